# Shared prelude of the bench scripts: source it, then call what the script needs.
#
#   . "$(dirname "$0")/lib.sh"
#   bench_prelude agency          # ROOT, JAR, CLIENT, DATA (/tmp/agency-bench.*), PORT, LOG, ADMIN_PASSWORD, cleanup on exit
#   bench_start [VAR=value ...]   # starts the packaged portal on DATA and PORT, waits for /health (sets PID)
#   bench_wait_healthy [SECONDS]  # for a portal a script started itself (PID, PORT, LOG); bench_stop stops it
#   bench_embedded_sql            # SQL=(client for the embedded database's schema)
#   bench_login                   # TOKEN of the admin
#   bench_on_server NAME PORT     # or, on a MySQL/MariaDB server (DB_HOST, DB_PORT, DB_USER, DB_PASSWORD; BENCH_DB
#                                 # NAME_bench, dropped and recreated): WORK, BASE, mysql_cmd; then bench_start_on_server
#   bench_measure LABEL PATH [anonymous]   # prints matches (totalElements or -), median and p95 in ms over REPEATS calls
#
# KEEP=1 keeps the data directory. BENCH_WIDTH sets the label column (default 46).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR="${BENCH_JAR:-$ROOT/backend/target/portal.jar}" # BENCH_JAR: another build, e.g. to compare before and after a change
ADMIN_PASSWORD=Bench-admin-2026
export PYTHONPATH="$ROOT/bench${PYTHONPATH:+:$PYTHONPATH}" # the seeds import codes.py
PID=

bench_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

bench_prelude() { # name
  [ -f "$JAR" ] || { echo "missing $JAR: run mvn -o -q -DskipTests package" >&2; exit 1; }
  CLIENT=$(command -v mariadb || command -v mysql) || { echo "needs the mariadb or mysql client" >&2; exit 1; }
  DATA=$(mktemp -d "/tmp/$1-bench.XXXXXX")
  PORT=$(bench_free_port)
  LOG="$DATA/portal.log"
  trap bench_cleanup EXIT
}

bench_cleanup() {
  bench_stop
  [ "${KEEP:-0}" = 1 ] || rm -rf "$DATA"
}

bench_start() { # extra environment, VAR=value ...
  echo "starting the portal on port $PORT (data in $DATA)"
  env PORTAL_DATA_DIR="$DATA" MICRONAUT_SERVER_PORT="$PORT" PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" PORTAL_DEMO=false \
    "$@" java -jar "$JAR" >"$LOG" 2>&1 &
  PID=$!
  bench_wait_healthy
}

bench_wait_healthy() { # [seconds, default 120]: until the portal of PID answers /health on PORT, its output in LOG
  for _ in $(seq 1 $((${1:-120} * 2))); do
    curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { echo "the portal exited; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
    sleep 0.5
  done
  echo "the portal did not answer /health; see $LOG" >&2
  exit 1
}

bench_stop() { # stops the portal of PID, if it runs
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  PID=
}

bench_embedded_sql() {
  local dbport
  dbport=$(grep -o 'Embedded MariaDB started on port [0-9]*' "$LOG" | grep -o '[0-9]*$')
  SQL=("$CLIENT" -h 127.0.0.1 -P "$dbport" -u root --skip-ssl portal)
}

bench_login() {
  TOKEN=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" \
    "http://127.0.0.1:$PORT/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
}

bench_measure() { # label, path with query, [anonymous]
  local label=$1 url="http://127.0.0.1:$PORT$2" auth=() total
  [ "${3:-}" = anonymous ] || auth=(-H "Authorization: Bearer $TOKEN")
  curl -fs "${auth[@]}" "$url" -o /dev/null # warm-up
  total=$(curl -fs "${auth[@]}" "$url" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("totalElements", "-") if isinstance(d, dict) else "-")' 2>/dev/null || echo "-")
  for _ in $(seq 1 "$REPEATS"); do
    curl -fs "${auth[@]}" -o /dev/null -w '%{time_total}\n' "$url"
  done | sort -n | awk -v label="$label" -v total="$total" -v w="${BENCH_WIDTH:-46}" '{ t[NR] = $1 * 1000 } END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; p = t[int(NR * 0.95 + 0.999)];
      printf "%-" w "s %8s %9.1f %9.1f\n", label, total, m, p }'
}

bench_time_ms() { # curl arguments: prints "status seconds" of one call, for bench_report
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@"
}

bench_report() { # label: reads bench_time_ms lines on stdin, prints median, p95, calls and failures
  python3 -c '
import sys
label = sys.argv[1]
rows = [l.split() for l in sys.stdin if l.strip()]
bad = [r for r in rows if not r[0].startswith("2")]
t = sorted(float(r[1]) * 1000 for r in rows)
p95 = t[min(len(t) - 1, int(round(0.95 * (len(t) - 1))))]
print("%-66s median %8.1f ms  p95 %8.1f ms  (%d calls%s)" % (label, t[len(t) // 2], p95, len(t), ", %d failed" % len(bad) if bad else ""))
' "$1"
}

mysql_cmd() {
  mysql -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$@"
}

bench_on_server() { # name, default port
  BENCH_NAME=$1
  PORT="${PORT:-$2}"
  DB_HOST="${DB_HOST:-127.0.0.1}"
  DB_PORT="${DB_PORT:-3306}"
  DB_USER="${DB_USER:-root}"
  DB_PASSWORD="${DB_PASSWORD:-}"
  BENCH_DB="${BENCH_DB:-$1_bench}"
  WORK="${WORK:-$(mktemp -d "/tmp/$1-bench.XXXXXX")}"
  ADMIN_PASSWORD="Bench-Admin-2026"
  BASE="http://127.0.0.1:${PORT}"
  [ -f "$JAR" ] || (cd "$ROOT" && mvn -o -q -DskipTests package)
  trap bench_stop EXIT
  echo "== database ${BENCH_DB} on ${DB_HOST}:${DB_PORT}, work dir ${WORK}"
  mysql_cmd -e "DROP DATABASE IF EXISTS \`${BENCH_DB}\`; CREATE DATABASE \`${BENCH_DB}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

bench_start_on_server() { # [seconds to wait, default 240]
  DB_URL="jdbc:mysql://${DB_HOST}:${DB_PORT}/${BENCH_DB}?createDatabaseIfNotExist=true" DB_USER="$DB_USER" DB_PASSWORD="$DB_PASSWORD" \
    JWT_SECRET="${BENCH_NAME}-bench-secret-of-at-least-32-characters" PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" PORTAL_DATA_DIR="$WORK/data" \
    MICRONAUT_SERVER_PORT="$PORT" java -jar "$JAR" >>"$WORK/portal.log" 2>&1 &
  PID=$!
  LOG="$WORK/portal.log" bench_wait_healthy "${1:-240}"
}
