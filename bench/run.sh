#!/usr/bin/env bash
# The benchmark (bench/README.md): packages the service for PostgreSQL and for H2, and an empty application with the
# same extensions, then drives them on localhost and writes bench/results/. Arguments go to the driver, e.g.
#   bash bench/run.sh --databases=postgresql --records=1000000 --scale-to=10000000 --read-seconds=10
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench/work
mkdir -p "$work"

need() { command -v "$1" >/dev/null 2>&1; }
need wrk || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
need curl || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q curl; }

package() { # package <kind> <pom> <destination>
  ./mvnw -B -q -f "$2" package -DskipTests -Dquarkus.datasource.db-kind="$1"
  rm -rf "$3" && cp -r "$(dirname "$2")/target/quarkus-app" "$3"
}
for kind in postgresql h2; do
  [[ " $* " == *" --only=demo "* && $kind == postgresql ]] && continue # the demo's first starts are H2's
  echo "[bench] packaging the service and the empty application for $kind"
  package "$kind" pom.xml "$work/app-$kind"
  # --only=import, --only=ingest and --only=demo start no empty application.
  [[ " $* " == *" --only=import "* || " $* " == *" --only=ingest "* || " $* " == *" --only=demo "* ]] \
    || package "$kind" bench/empty-app/pom.xml "$work/empty-$kind"
done

./mvnw -B -q -f bench/pom.xml compile exec:java -Dbench.root="$PWD" -Dexec.args="$*"
