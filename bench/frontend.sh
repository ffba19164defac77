#!/usr/bin/env bash
# Measures what the sign-in page costs a browser: the JS and CSS it loads (each file's size, gzipped,
# and the bytes the server actually sent), then Lighthouse's performance audit with its default mobile
# preset (simulated slow 4G, 4x CPU slowdown), median of several runs.
#
# usage: bench/frontend.sh [runs] [page]    (default 3 runs of /login; build first: mvn -DskipTests package)
#
# It starts the packaged portal (embedded database, throw-away data directory under backend/target),
# drives Debian's chromium (CHROME_PATH, default /usr/bin/chromium) and runs on the project's pinned
# node in frontend/.node. Lighthouse 12.2.3 is installed on first use into
# ${PORTAL_BENCH_TOOLS:-~/.cache/portal-bench}/lighthouse-12.2.3 with the pinned npm.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
page=${2:-/login}
jar=backend/target/portal.jar
node=frontend/.node/node/node
npm_cli=frontend/.node/node/node_modules/npm/bin/npm-cli.js
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -f "$jar" ] || { echo "$jar is missing: mvn -DskipTests package" >&2; exit 1; }
[ -x "$node" ] && [ -d frontend/node_modules/playwright-core ] || { echo "the front end is not built: mvn -DskipTests package" >&2; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "no browser at $CHROME_PATH (apt-get install chromium)" >&2; exit 1; }

tools=${PORTAL_BENCH_TOOLS:-$HOME/.cache/portal-bench}/lighthouse-12.2.3
lighthouse=$tools/node_modules/lighthouse/cli/index.js
if [ ! -f "$lighthouse" ]; then
  echo "installing lighthouse 12.2.3 into $tools" >&2
  mkdir -p "$tools"
  PATH="$PWD/frontend/.node/node:$PATH" "$node" "$npm_cli" install --prefix "$tools" --save-exact --no-audit --no-fund \
    --loglevel=error lighthouse@12.2.3 >&2
fi

dir=$(mktemp -d -p "$PWD/backend/target" bench-frontend-XXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
. bench/lib.sh
port=$(bench_free_port)
PORTAL_DATA_DIR="$dir/data" MICRONAUT_SERVER_PORT=$port PORTAL_ADMIN_PASSWORD=Bench-2026-x java -jar "$jar" >"$dir/portal.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "the portal exited; see $dir/portal.log" >&2; cat "$dir/portal.log" >&2; exit 1; }
  sleep 0.25
done
url="http://127.0.0.1:$port$page"

echo "== JS and CSS loaded by $page (gzip: each file compressed with gzip -9; sent: bytes on the wire)"
"$node" bench/frontend-bytes.mjs "$url"

# a running portal has served its pages before: warm it up, as a visitor's first request would find it
for _ in 1 2 3 4 5; do
  curl -s "$url" | grep -o '/assets/[^"]*' | sed "s|^|http://127.0.0.1:$port|" | xargs -n 1 curl -s -o /dev/null --compressed
done

echo "== Lighthouse 12.2.3, mobile preset, $runs runs"
for i in $(seq "$runs"); do
  "$node" "$lighthouse" "$url" --quiet --only-categories=performance --output=json --output-path="$dir/lh-$i.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$dir/chrome-$i"
done
"$node" -e '
  const files = process.argv.slice(1)
  const runs = files.map((f) => JSON.parse(require("fs").readFileSync(f, "utf8")))
  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1] }
  const audit = (id) => runs.map((r) => r.audits[id].numericValue)
  const scores = runs.map((r) => Math.round(r.categories.performance.score * 100))
  console.log(`performance score: ${scores.join(" ")}  median ${median(scores)}`)
  for (const [id, name] of [["first-contentful-paint", "FCP"], ["largest-contentful-paint", "LCP"],
    ["total-blocking-time", "TBT"], ["speed-index", "Speed Index"]]) {
    console.log(`${name}: median ${Math.round(median(audit(id)))} ms (${audit(id).map(Math.round).join(" ")})`)
  }
  console.log(`CLS: median ${median(audit("cumulative-layout-shift")).toFixed(3)}`)
  // Lighthouse rates the speed of this machine (a quiet desktop: about 1000 to 2000; lower: CPU contention)
  console.log(`benchmarkIndex of this machine: ${runs.map((r) => Math.round(r.environment.benchmarkIndex)).join(" ")}`)
' "$dir"/lh-*.json
