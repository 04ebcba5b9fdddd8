#!/usr/bin/env bash
# Takes README's picture of the dashboard page (docs/images/dashboard.png) from a running service with the demo
# dataset, in Debian's headless Chromium (apt-get install chromium):
#   bash src/dev/screenshot.sh [BASE_URL, default http://localhost:8080] [OUTPUT, default docs/images/dashboard.png]
set -euo pipefail
base=${1:-http://localhost:8080}
output=${2:-docs/images/dashboard.png}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
mkdir -p "$(dirname "$output")"
# --virtual-time-budget lets the page's reads and drawing finish before the picture is taken.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars --lang=fr-FR \
  --window-size=1400,1720 --virtual-time-budget=15000 --screenshot="$PWD/$output" \
  "$base/?territory=94&from=2016-12-16&asOf=2018-06-05"
echo "screenshot.sh: $output"
