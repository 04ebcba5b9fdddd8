#!/usr/bin/env bash
# Mints a development token signed with the development key shipped with the project (never valid in production).
#   bash src/dev/mint-token.sh producer R11        a producer of Île-de-France
#   bash src/dev/mint-token.sh admin               an administrator
#   bash src/dev/mint-token.sh reader              a reader (when reads require a role)
# Options by environment: SUBJECT (default dev-<role>), CLIENT (default dev-cli), TTL seconds (default 3600).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
role=${1:?usage: mint-token.sh producer|admin|reader [REGION...]}
shift
regions=""
for region in "$@"; do regions="${regions:+$regions,}\"$region\""; done
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"https://dmp-indicators.local/dev","aud":"dmp-indicators","sub":"%s","preferred_username":"%s","azp":"%s","groups":["%s"],"regions":[%s],"iat":%d,"exp":%d}' \
  "${SUBJECT:-dev-$role}" "${SUBJECT:-dev-$role}" "${CLIENT:-dev-cli}" "$role" "$regions" "$now" "$((now + ${TTL:-3600}))" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$here/jwt-dev-private.pem" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
