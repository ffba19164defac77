#!/usr/bin/env bash
# Backup and restore at a province's scale (issue 12): seeds AGENCIES agencies, ENGAGEMENTS engagements and
# EVENTS credit events (bench/load/seed.py, the data of bench/load.sh) into a portal on the embedded
# database, stops it, then times `portal backup` of that data directory and `portal restore` of the archive
# into a new, empty one (the commands of bin/portal: PortalCommand with a 512 MB heap), and prints the
# archive's size and restore's phases; with COMPARE=1 (default) then a restore as it worked before
# (one connection, indexes kept during the load, 1,000 rows a batch).
#
# Options (environment): DEMO=1 measures the demo data instead (PORTAL_DEMO=true, no seeding);
# AGENCIES (10000), ENGAGEMENTS (100000), EVENTS (100000), SEED (42),
# PORTAL_JAR (backend/target/portal.jar, with lib/ beside it; built with mvn -o -q -DskipTests package when
# missing), KEEP=1 keeps the work directory (backend/target/backup-bench).
# Needs: java 17, python3, curl, the mariadb (or mysql) client.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE="$ROOT/bench/load"
JAR=${PORTAL_JAR:-$ROOT/backend/target/portal.jar}
AGENCIES=${AGENCIES:-10000}
ENGAGEMENTS=${ENGAGEMENTS:-100000}
EVENTS=${EVENTS:-100000}
SEED=${SEED:-42}
ZONE=${PORTAL_ZONE:-Asia/Shanghai}
WORK=${WORK:-$ROOT/backend/target/backup-bench}
TOOL=(java -Xmx512m -Dlogback.configurationFile=logback-tool.xml -cp "$JAR" gov.bureau.portal.ops.PortalCommand)

[ -f "$JAR" ] || (cd "$ROOT" && mvn -o -q -DskipTests package)
CLIENT=$(command -v mariadb || command -v mysql) || { echo "needs the mariadb or mysql client" >&2; exit 1; }
rm -rf "$WORK"
mkdir -p "$WORK"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
LOG="$WORK/portal.log"
PID=
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
DEMO=${DEMO:-0}
env PORTAL_DATA_DIR="$WORK/data" MICRONAUT_SERVER_PORT="$PORT" PORTAL_ADMIN_PASSWORD=Backup-bench-admin-2026 \
  PORTAL_DEMO=$([ "$DEMO" = 1 ] && echo true || echo false) PORTAL_DEMO_PASSWORD=Backup-bench-demo-2026 \
  java -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 480); do
  curl -fs "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { echo "the portal exited; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
  sleep 0.5
done
DBPORT=$(ps -eo args | grep "[m]ariadbd.*$WORK/data" | grep -o -- '--port=[0-9]*' | head -1 | cut -d= -f2)
SQL=("$CLIENT" -h 127.0.0.1 -P "$DBPORT" -u root --skip-ssl --local-infile=1 portal)
q() { "${SQL[@]}" -N -B -e "$1"; }

# ------------------------------------------------------------------ seeding (as bench/load.sh does)
T0=$(date +%s)
if [ "$DEMO" = 1 ]; then
  echo "== the demo data (PORTAL_DEMO=true)"
else
q "SELECT CONCAT('{', GROUP_CONCAT(CONCAT('\"', rule_key, '\": {\"id\": ', id, ', \"content\": ', content, '}')), '}')
   FROM rule_version r WHERE version = (SELECT MAX(version) FROM rule_version x WHERE x.rule_key = r.rule_key)" >"$WORK/rules.json"
q "SELECT CONCAT('{\"agency\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM agency),
   ', \"engagement\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM engagement),
   ', \"acceptance\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM acceptance),
   ', \"payment\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM payment),
   ', \"credit_event\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM credit_event),
   ', \"credit_objection\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM credit_objection),
   ', \"credit_blacklist_entry\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM credit_blacklist_entry), '}')" >"$WORK/first-ids.json"
mkdir -p "$WORK/tsv"
python3 "$HERE/seed.py" "$WORK/tsv" --agencies "$AGENCIES" --engagements "$ENGAGEMENTS" --events "$EVENTS" --seed "$SEED" \
  --today "$(TZ="$ZONE" date +%F)" --admin-id "$(q "SELECT id FROM app_user WHERE username = 'admin'")" \
  --rules "$WORK/rules.json" --first-ids "$WORK/first-ids.json"
for t in agency engagement acceptance engagement_fee payment credit_event credit_objection credit_blacklist_entry; do
  "${SQL[@]}" -e "SET foreign_key_checks = 0; SET unique_checks = 0; LOAD DATA LOCAL INFILE '$WORK/tsv/$t.tsv' INTO TABLE $t
    CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n' ($(cat "$WORK/tsv/$t.cols"))"
done
rm -rf "$WORK/tsv"
echo "== seeded $AGENCIES agencies, $ENGAGEMENTS engagements, $EVENTS credit events in $(( $(date +%s) - T0 )) s"
fi
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=

# ------------------------------------------------------------------ backup and restore
T1=$(date +%s%N)
env PORTAL_DATA_DIR="$WORK/data" "${TOOL[@]}" backup "$WORK/backup.zip"
echo "== backup: $(( ($(date +%s%N) - T1) / 1000000 )) ms wall (starting the embedded database included), $(du -k "$WORK/backup.zip" | cut -f1) KB"
restore() { # label, data directory, extra JVM options
  local t=$(date +%s%N) sampler
  # the database server's CPU time, sampled until it stops
  ( while sleep 1; do ps -eo cputime,args | grep "[m]ariadbd.*$2" | awk '{print $1}' >"$WORK/db-cpu.new" \
      && [ -s "$WORK/db-cpu.new" ] && mv "$WORK/db-cpu.new" "$WORK/db-cpu"; done ) &
  sampler=$!
  env PORTAL_DATA_DIR="$2" java -Xmx512m -Dlogback.configurationFile=logback-tool.xml ${3:-} -cp "$JAR" \
    gov.bureau.portal.ops.PortalCommand restore "$WORK/backup.zip"
  kill "$sampler" 2>/dev/null || true
  echo "== restore ($1): $(( ($(date +%s%N) - t) / 1000000 )) ms wall (creating and starting the embedded database included);" \
    "the database server's CPU $(cat "$WORK/db-cpu" 2>/dev/null || echo ?)"
  rm -f "$WORK/db-cpu"
}
restore "this release" "$WORK/restored"
if [ "${COMPARE:-1}" = 1 ]; then
  # as restore worked before: every index filled row by row, 1,000 rows per insert and commit
  restore "as before: one connection, indexes kept, 1,000 rows a batch" "$WORK/restored-before" \
    "-Dportal.restore.defer-indexes-from=9223372036854775807 -Dportal.restore.batch=1000 -Dportal.restore.parallel=1"
  rm -rf "$WORK/restored-before"
fi
