#!/usr/bin/env bash
# The issue-9 benchmarks in one command, for a quiet machine: the start-up (bench/startup.sh), the sign-in
# page in a browser (bench/frontend.sh) and the load benchmark at a province's scale (bench/load.sh, with
# its defaults: 10,000 agencies, 100,000 engagements, 1,000,000 credit events, 50 connections). Builds the
# packaged portal first when it is missing; each script's output goes to the terminal and to
# backend/target/bench-results/<script>.txt. Takes about 25 minutes on 2 cores.
#
#   bench/all.sh                 # everything
#   bench/all.sh startup load    # some of: startup frontend load
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f backend/target/portal.jar ] || mvn -o -q -DskipTests package
out=backend/target/bench-results
mkdir -p "$out"
which=("$@"); [ ${#which[@]} -gt 0 ] || which=(startup frontend load)
echo "== $(date -u +%FT%TZ) on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg): ${which[*]}"
for b in "${which[@]}"; do
  case $b in
    startup) bench/startup.sh 5 2>&1 | tee "$out/startup.txt" ;;
    frontend) bench/frontend.sh 5 2>&1 | tee "$out/frontend.txt" ;;
    load) bench/load.sh 2>&1 | tee "$out/load.txt" ;;
    *) echo "unknown benchmark $b (startup, frontend, load)" >&2; exit 2 ;;
  esac
done
echo "== results in $out"
