#!/usr/bin/env bash
# The load benchmark at a province's scale (issue 9): seeds 10,000 agencies, 100,000 engagements and
# 1,000,000 credit events, then drives the portal at 50 connections with wrk and prints, per endpoint,
# throughput and p50/p95/p99 beside the same SQL replayed by a plain JDBC program at the same
# concurrency (bench/load/LoadJdbc.java: the physical limit), as a ratio; then a write phase (propose
# and confirm credit events), a mixed read/write phase, how many stored standings differ from their
# ledgers, and the Java heap's peak.
#
#   bench/load.sh                          # embedded database, fresh data directory
#   DB_URL=jdbc:mysql://127.0.0.1:3306/load_bench DB_USER=root bench/load.sh
#   AGENCIES=2000 ENGAGEMENTS=20000 EVENTS=200000 SECONDS_PER=5 bench/load.sh    # a quicker look
#
# Options (environment): AGENCIES (10000), ENGAGEMENTS (100000), EVENTS (1000000), SEED (42),
# CONNECTIONS (50 concurrent clients; LoadJdbc runs as many workers over JDBC_CONNECTIONS=20, the
# portal's pool size), SECONDS_PER (10: each endpoint, after WARMUP=3; all the staff reads once first
# for WARMUP_ALL=20, the JIT's warm-up), WRITE_SECONDS (20),
# MIXED_SECONDS (30), WRITE_SHARE (0.2 of the mixed phase), JAVA_OPTS (the portal's JVM), ONLY (a
# regular expression: run only the endpoints whose label matches), KEEP=1 keeps the work directory,
# REUSE=1 measures again the data a KEEP=1 run left (no seeding), PORTAL_JAR another packaged portal
# (with its lib/ beside it).
# With DB_URL the schema is dropped and created again: its name must contain "bench".
#
# The data (bench/load/seed.py, seeded, so every run holds the same data):
# - agencies: 70 % approved, 5 % suspended (the pool), the rest in the other statuses;
# - credit events, for agencies in the pool: one agency with EVENTS/10 (100,000), fifteen with
#   EVENTS/100 to EVENTS/50 (10,000 to 20,000), the rest spread by a Pareto law (most agencies have
#   a handful, a long tail hundreds or thousands; the script prints the quantiles); six years of
#   events by type weight and age (recent ones proposed, objected or confirmed, older ones in force,
#   expired or withdrawn), 2 % with an objection, blacklist entries after some false reports;
# - engagements over five years in every state, fee accounts, acceptance scores and payments;
# - credit_standing rows computed from the ledger by SQL, checked by the same count as after the
#   writes (it must print 0 before the writes).
#
# How the JDBC side gets "the same SQL": for each endpoint the script turns the server's general log
# on, makes one request per sample path, and keeps the statements the portal's connections sent
# (SELECT, INSERT, UPDATE, DELETE; not SET, COMMIT or pings). LoadJdbc replays them on its own
# connections, in autocommit, reading every column of every row.
#
# Needs: java 17, python3, curl, the mariadb (or mysql) client, wrk (installed with apt-get when
# missing), and backend/target/portal.jar (built with mvn -o -q -DskipTests package when missing).
# Sends traffic to 127.0.0.1 only. Takes about 12 minutes on a quiet 2-core machine (a fifth of the scale
# took 17 minutes at a load average of 20 to 30: measure on a quiet machine).
set -euo pipefail

ROOT=${LOAD_ROOT:-$(cd "$(dirname "$0")/.." && pwd)}
# bash reads a script while it runs it: run a copy, so that editing this file meanwhile cannot disturb a run
if [ -z "${LOAD_ROOT:-}" ]; then
  COPY=$(mktemp)
  cp "$0" "$COPY"
  LOAD_ROOT=$ROOT exec bash "$COPY" "$@"
fi
rm -f "$0"
HERE="$ROOT/bench/load"
JAR=${PORTAL_JAR:-$ROOT/backend/target/portal.jar}
LIB="$(dirname "$JAR")/lib"
AGENCIES=${AGENCIES:-10000}
ENGAGEMENTS=${ENGAGEMENTS:-100000}
EVENTS=${EVENTS:-1000000}
SEED=${SEED:-42}
CONNECTIONS=${CONNECTIONS:-50}
# the JDBC side's connections: as many as the portal's pool (datasources.default.maximum-pool-size)
JDBC_CONNECTIONS=${JDBC_CONNECTIONS:-20}
SECONDS_PER=${SECONDS_PER:-10}
WARMUP=${WARMUP:-3}
WARMUP_ALL=${WARMUP_ALL:-20}
WRITE_SECONDS=${WRITE_SECONDS:-20}
MIXED_SECONDS=${MIXED_SECONDS:-30}
WRITE_SHARE=${WRITE_SHARE:-0.2}
ONLY=${ONLY:-.}
ZONE=${PORTAL_ZONE:-Asia/Shanghai}
ADMIN_PASSWORD=Load-bench-admin-2026
STARTED=$(date +%s)

[ -f "$JAR" ] || (cd "$ROOT" && mvn -o -q -DskipTests package)
CLIENT=$(command -v mariadb || command -v mysql) || { echo "needs the mariadb or mysql client" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get install -y wrk >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; }
fi

WORK="$ROOT/backend/target/load-bench"
REUSE=${REUSE:-0}
if [ "$REUSE" = 1 ] && [ -f "$WORK/meta.json" ]; then
  KEEP=1
  rm -rf "$WORK/paths" "$WORK/sql" "$WORK/results.txt" "$WORK/table.txt" "$WORK/jdbc.err"
else
  REUSE=0
  rm -rf "$WORK"
fi
mkdir -p "$WORK/paths" "$WORK/sql"
# LoadJdbc compiled once (the source launcher would compile it again for every endpoint: seconds each)
rm -rf "$WORK/jdbc-classes"
javac -nowarn -d "$WORK/jdbc-classes" -cp "$LIB/*" "$HERE/LoadJdbc.java"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
LOG="$WORK/portal.log"
PID=
SAMPLER=

GEN=
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  [ -n "$GEN" ] && kill "$GEN" 2>/dev/null || true
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"
    wait "$PID" 2>/dev/null || true
  fi
  if [ -n "${DB_URL:-}" ] && [ "${KEEP:-0}" != 1 ] && [ -n "${SCHEMA:-}" ]; then
    "${SQLROOT[@]}" -e "DROP DATABASE IF EXISTS \`$SCHEMA\`" 2>/dev/null || true
  fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK/data" "$WORK/tsv"
}
trap cleanup EXIT

# ------------------------------------------------------------------ the database and the portal
if [ -n "${DB_URL:-}" ]; then
  HOSTPORT=$(echo "$DB_URL" | sed -E 's#jdbc:(mysql|mariadb)://([^/]+)/([^?]+).*#\2#')
  SCHEMA=$(echo "$DB_URL" | sed -E 's#jdbc:(mysql|mariadb)://([^/]+)/([^?]+).*#\3#')
  DBHOST=${HOSTPORT%%:*}; DBPORT=${HOSTPORT##*:}; [ "$DBPORT" != "$HOSTPORT" ] || DBPORT=3306
  DBUSER=${DB_USER:-root}; DBPASS=${DB_PASSWORD:-}
  case "$SCHEMA" in *bench*) ;; *) echo "DB_URL's schema ($SCHEMA) must contain 'bench': it is dropped and created again" >&2; exit 1 ;; esac
  SQLROOT=("$CLIENT" -h "$DBHOST" -P "$DBPORT" -u "$DBUSER" ${DBPASS:+-p"$DBPASS"} --local-infile=1)
  [ "$REUSE" = 1 ] || "${SQLROOT[@]}" -e "DROP DATABASE IF EXISTS \`$SCHEMA\`; CREATE DATABASE \`$SCHEMA\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  DBKIND="DB_URL $DBHOST:$DBPORT/$SCHEMA"
else
  SQLROOT=()
  DBKIND="embedded"
fi

echo "== $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== starting the portal on port $PORT ($DBKIND; work directory $WORK)"
env PORTAL_DATA_DIR="$WORK/data" MICRONAUT_SERVER_PORT="$PORT" PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" PORTAL_DEMO=false \
  ${DB_URL:+JWT_SECRET=load-bench-secret-of-at-least-thirty-two-characters} \
  java ${JAVA_OPTS:-} -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
for _ in $(seq 1 240); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { echo "the portal exited; see $LOG" >&2; tail -20 "$LOG" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$BASE/health" >/dev/null || { echo "the portal did not answer /health; see $LOG" >&2; exit 1; }

if [ -z "${DB_URL:-}" ]; then
  DBHOST=127.0.0.1; SCHEMA=portal; DBUSER=root; DBPASS=
  DBPORT=$(grep -o 'Embedded MariaDB started on port [0-9]*' "$LOG" | grep -o '[0-9]*$' | tail -1 || true)
  [ -n "$DBPORT" ] || DBPORT=$(ps -eo args | grep "[m]ariadbd.*$WORK/data" | grep -o -- '--port=[0-9]*' | head -1 | cut -d= -f2)
  SQLROOT=("$CLIENT" -h 127.0.0.1 -P "$DBPORT" -u root --skip-ssl --local-infile=1)
fi
SQL=("${SQLROOT[@]}" "$SCHEMA")
JDBC_URL="jdbc:mysql://$DBHOST:$DBPORT/$SCHEMA?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
q() { "${SQL[@]}" -N -B -e "$1"; }

# the Java heap in use, sampled every second (MB: survivor + eden + old)
( while kill -0 "$PID" 2>/dev/null; do
    jstat -gc "$PID" 2>/dev/null | awk 'NR == 2 { printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024 }'
    sleep 1
  done ) >"$WORK/heap.txt" &
SAMPLER=$!

# ------------------------------------------------------------------ seeding
TODAY=$(TZ="$ZONE" date +%F)
meta() { python3 -c "import json,sys; m=json.load(open('$WORK/meta.json')); print(eval(sys.argv[1]))" "$1"; }
T0=$(date +%s)
if [ "$REUSE" = 0 ]; then
ADMIN_ID=$(q "SELECT id FROM app_user WHERE username = 'admin'")
q "SELECT CONCAT('{', GROUP_CONCAT(CONCAT('\"', rule_key, '\": {\"id\": ', id, ', \"content\": ', content, '}')), '}')
   FROM rule_version r WHERE version = (SELECT MAX(version) FROM rule_version x WHERE x.rule_key = r.rule_key)" >"$WORK/rules.json"
q "SELECT CONCAT('{\"agency\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM agency),
   ', \"engagement\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM engagement),
   ', \"acceptance\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM acceptance),
   ', \"payment\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM payment),
   ', \"credit_event\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM credit_event),
   ', \"credit_objection\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM credit_objection),
   ', \"credit_blacklist_entry\": ', (SELECT COALESCE(MAX(id), 0) + 1 FROM credit_blacklist_entry), '}')" >"$WORK/first-ids.json"

echo "== generating $AGENCIES agencies, $ENGAGEMENTS engagements, $EVENTS credit events (seed $SEED, today $TODAY)"
mkdir -p "$WORK/tsv"
# the generator runs beside the loading: each table is loaded as soon as its file is complete (TABLE.done)
python3 "$HERE/seed.py" "$WORK/tsv" --agencies "$AGENCIES" --engagements "$ENGAGEMENTS" --events "$EVENTS" --seed "$SEED" \
  --today "$TODAY" --admin-id "$ADMIN_ID" --rules "$WORK/rules.json" --first-ids "$WORK/first-ids.json" &
GEN=$!
generated() { # table: waits for its file; fails when the generator failed
  until [ -f "$WORK/tsv/$1.done" ]; do
    kill -0 "$GEN" 2>/dev/null || { [ -f "$WORK/tsv/$1.done" ] && return 0; wait "$GEN" || true; echo "seed.py failed before $1" >&2; exit 1; }
    sleep 0.2
  done
}

load() { # table: its columns are in tsv/TABLE.cols
  "${SQL[@]}" -e "SET foreign_key_checks = 0; SET unique_checks = 0; LOAD DATA LOCAL INFILE '$WORK/tsv/$1.tsv' INTO TABLE $1
    CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\t' LINES TERMINATED BY '\n' ($(cat "$WORK/tsv/$1.cols"))"
}
# the secondary indexes of the big tables are dropped for the load and built again after it (a sorted
# build is several times faster than a million random inserts); an index a foreign key needs stays
drop_indexes() { # table; prints the ADD INDEX clauses of the dropped ones
  local name cols added=()
  while IFS=$'\t' read -r name cols; do
    if q "ALTER TABLE $1 DROP INDEX $name" </dev/null 2>/dev/null; then added+=("ADD INDEX $name ($cols)"); fi
  done < <(q "SELECT INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM information_schema.STATISTICS
              WHERE TABLE_SCHEMA = '$SCHEMA' AND TABLE_NAME = '$1' AND INDEX_NAME LIKE 'ix\\_%' GROUP BY INDEX_NAME")
  (IFS=,; echo "${added[*]}")
}
for t in agency engagement acceptance engagement_fee payment credit_event credit_objection credit_blacklist_entry; do
  T1=$(date +%s)
  readd=
  case $t in engagement|credit_event) readd=$(drop_indexes "$t") ;; esac
  generated "$t"
  T2=$(date +%s)
  load "$t"
  [ -z "$readd" ] || q "ALTER TABLE $t $readd"
  echo "   $t: $(q "SELECT COUNT(*) FROM $t") rows (waited $(( T2 - T1 )) s for the generator, loaded in $(( $(date +%s) - T2 )) s)"
done
wait "$GEN" || { echo "seed.py failed" >&2; exit 1; }
GEN=
cp "$WORK/tsv/meta.json" "$WORK/meta.json"
rm -rf "$WORK/tsv"
fi

# the read model, computed from the ledger as the credit rules say (DOMAIN.md §6): score =
# clamp(base + Σ points in force), grade by the bands, blacklisted while an entry is active,
# changes_on the next day on which an event starts or stops counting or an entry starts or ends.
BANDS=$(python3 -c "import json; r=json.load(open('$WORK/rules.json'))['credit.bands']; c=r['content']; print(r['id'], c['base'], c['minA'], c['minB'], c['minC'])")
read -r BANDS_ID BASE_SCORE MIN_A MIN_B MIN_C <<<"$BANDS"
SCORE="LEAST(100, GREATEST(0, $BASE_SCORE + COALESCE(p.points, 0)))"
[ "$REUSE" = 1 ] || q "DELETE FROM credit_standing;
   INSERT INTO credit_standing (agency_id, score, grade, blacklisted, blacklisted_until, computed_at, changes_on, points_in_force, bands_version_id)
   SELECT a.id, $SCORE,
          CASE WHEN $SCORE >= $MIN_A THEN 'A' WHEN $SCORE >= $MIN_B THEN 'B' WHEN $SCORE >= $MIN_C THEN 'C' ELSE 'D' END,
          b.until_on IS NOT NULL, b.until_on, UTC_TIMESTAMP(6),
          NULLIF(LEAST(COALESCE(p.next_on, '9999-12-31'), COALESCE(n.next_on, '9999-12-31')), '9999-12-31'),
          COALESCE(p.points, 0), $BANDS_ID
   FROM agency a
   LEFT JOIN (SELECT agency_id,
                     SUM(CASE WHEN effective_on <= '$TODAY' AND expires_on > '$TODAY' THEN points ELSE 0 END) AS points,
                     LEAST(COALESCE(MIN(CASE WHEN effective_on > '$TODAY' THEN effective_on END), '9999-12-31'),
                           COALESCE(MIN(CASE WHEN expires_on > '$TODAY' THEN expires_on END), '9999-12-31')) AS next_on
              FROM credit_event WHERE status IN ('PROPOSED', 'EFFECTIVE') GROUP BY agency_id) p ON p.agency_id = a.id
   LEFT JOIN (SELECT agency_id, MAX(until_on) AS until_on FROM credit_blacklist_entry
              WHERE start_on <= '$TODAY' AND until_on >= '$TODAY' AND (lifted_on IS NULL OR lifted_on > '$TODAY')
              GROUP BY agency_id) b ON b.agency_id = a.id
   LEFT JOIN (SELECT agency_id, MIN(LEAST(IF(start_on > '$TODAY', start_on, '9999-12-31'),
                                          IF(until_on >= '$TODAY', DATE_ADD(until_on, INTERVAL 1 DAY), '9999-12-31'),
                                          IF(lifted_on > '$TODAY', lifted_on, '9999-12-31'))) AS next_on
              FROM credit_blacklist_entry WHERE lifted_on IS NULL OR lifted_on > '$TODAY' GROUP BY agency_id) n ON n.agency_id = a.id;
   ANALYZE TABLE agency, engagement, engagement_fee, acceptance, payment, credit_event, credit_objection,
                 credit_blacklist_entry, credit_standing;" >/dev/null

# how many stored standings differ from their ledger today (points in force, score, blacklisting)
DIFF_SQL="SELECT COUNT(*) FROM agency a LEFT JOIN credit_standing s ON s.agency_id = a.id
   LEFT JOIN (SELECT agency_id, SUM(points) AS points FROM credit_event
              WHERE status IN ('PROPOSED', 'EFFECTIVE') AND effective_on <= '$TODAY' AND expires_on > '$TODAY'
              GROUP BY agency_id) p ON p.agency_id = a.id
   LEFT JOIN (SELECT DISTINCT agency_id FROM credit_blacklist_entry
              WHERE start_on <= '$TODAY' AND until_on >= '$TODAY' AND (lifted_on IS NULL OR lifted_on > '$TODAY')) b ON b.agency_id = a.id
   WHERE (s.agency_id IS NULL AND (COALESCE(p.points, 0) <> 0 OR b.agency_id IS NOT NULL))
      OR (s.agency_id IS NOT NULL AND (s.points_in_force <> COALESCE(p.points, 0) OR s.score <> $SCORE
                                       OR s.blacklisted <> (b.agency_id IS NOT NULL)))"
[ "$REUSE" = 1 ] && echo "== reusing the data seeded before (REUSE=1)"
echo "   seeded in $(( $(date +%s) - T0 )) s; events per agency in the pool: $(meta "m['eventsPerPoolAgency']")"
echo "   standings that differ from their ledger after seeding: $(q "$DIFF_SQL")"

# ------------------------------------------------------------------ the endpoints
TOKEN=$(curl -fs -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" \
  "$BASE/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
GIANT=$(meta "m['giant']")
HEAVY=$(meta "m['heavy'][0]")
python3 - "$WORK" <<'PY'
import json, os, sys, urllib.parse
work = sys.argv[1]
m = json.load(open(os.path.join(work, "meta.json")))
e = lambda s: urllib.parse.quote(s, safe="=&,")
endpoints = {
    "agencies: first page": ["/api/agencies"],
    "agencies: filters and sorts": ["/api/agencies?status=APPROVED&sort=name", "/api/agencies?" + e("q=金陵"),
                                    "/api/agencies?grade=C&sort=registeredAt,desc", "/api/agencies?type=LAW_FIRM&sort=uscc",
                                    "/api/agencies?status=APPROVED&type=CONSULTING&grade=B&sort=submittedAt,desc",
                                    "/api/agencies?pendingReview=true", "/api/agencies?attention=true&sort=grade"],
    "agencies: deep page (400)": ["/api/agencies?page=400&size=20&sort=name", "/api/agencies?page=300&size=20"],
    "engagements: first page": ["/api/engagements", "/api/engagements?state=IN_FIELDWORK", "/api/engagements?sort=fee,desc"],
    "engagements: deep page (499)": ["/api/engagements?page=499&size=20", "/api/engagements?page=450&size=20&sort=deadline"],
    "credit events": ["/api/credit-events", "/api/credit-events?status=PROPOSED", "/api/credit-events?type=LATE_SUBMISSION",
                      "/api/credit-events?agencyId=%d" % m["giant"], "/api/credit-events?blacklistProposal=true",
                      "/api/credit-events?sort=points"],
    "credit standings": ["/api/credit-standings", "/api/credit-standings?grade=A", "/api/credit-standings?sort=score,desc",
                         "/api/credit-standings?blacklisted=true", "/api/credit-standings?page=100"],
    "credit record: small agencies": ["/api/agencies/%d/credit" % a for a in m["small"]],
    "credit record: 10k+ events": ["/api/agencies/%d/credit" % a for a in m["heavy"][:5]],
    "dashboard": ["/api/dashboard"],
    "public directory": ["/api/public/agencies", "/api/public/agencies?" + e("q=苏州&sort=grade"),
                         "/api/public/agencies?type=UNIVERSITY", "/api/public/agencies?page=150"],
    "credit record: 100k events": ["/api/agencies/%d/credit" % m["giant"]],
}
with open(os.path.join(work, "endpoints.txt"), "w") as out:
    for i, (label, paths) in enumerate(endpoints.items()):
        open(os.path.join(work, "paths", "%02d.txt" % i), "w").write("\n".join(paths) + "\n")
        out.write("%02d\t%s\t%s\n" % (i, "anonymous" if "public" in label else "staff", label))
open(os.path.join(work, "writers.txt"), "w").write("\n".join(str(a) for a in m["writers"]) + "\n")
PY

# the portal's own connections to the database (for the general log)
portal_threads() {
  q "SELECT GROUP_CONCAT(ID) FROM information_schema.PROCESSLIST WHERE DB = '$SCHEMA' AND ID <> CONNECTION_ID()"
}

# captures the statements of one request per path of an endpoint into sql/NN.sql
capture() { # index auth
  local idx=$1 auth=() n=0
  [ "$2" = anonymous ] || auth=(-H "Authorization: Bearer $TOKEN")
  : >"$WORK/sql/$idx.sql"
  q "SET GLOBAL log_output = 'TABLE'"
  while read -r path && [ $n -lt 5 ]; do
    n=$((n + 1))
    # warm first (caches, lazy refreshes); the first path was, by the size probe
    [ $n = 1 ] || curl -s -o /dev/null --max-time 60 "${auth[@]}" "$BASE$path" || true
    q "SET GLOBAL general_log = 'OFF'; TRUNCATE mysql.general_log; SET GLOBAL general_log = 'ON'"
    curl -s -o /dev/null --max-time 60 "${auth[@]}" "$BASE$path" || true
    q "SET GLOBAL general_log = 'OFF'"
    local threads
    threads=$(portal_threads)
    q "SELECT REPLACE(REPLACE(CONVERT(argument USING utf8mb4), '\n', ' '), '\r', ' ') FROM mysql.general_log
       WHERE command_type IN ('Query', 'Execute') AND thread_id IN (${threads:-0})" |
      grep -Eiv '^\s*(SET|SHOW|COMMIT|ROLLBACK|START TRANSACTION|BEGIN|SELECT @@|/\* ping|SELECT 1\s*$)' >>"$WORK/sql/$idx.sql" || true
    echo "--" >>"$WORK/sql/$idx.sql"
  done <"$WORK/paths/$idx.txt"
  restore_log
  q "TRUNCATE mysql.general_log"
}

# waits until the portal's connections are idle; stops statements still running after 10 s (answers
# the load tool gave up on) so that the next endpoint starts clean, and says how many
drain() {
  local busy killed=0
  for _ in $(seq 1 20); do
    busy=$(q "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = '$SCHEMA' AND COMMAND = 'Query' AND ID <> CONNECTION_ID()")
    [ "$busy" = 0 ] && { echo 0; return; }
    sleep 0.5
  done
  for id in $(q "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '$SCHEMA' AND COMMAND = 'Query' AND ID <> CONNECTION_ID()"); do
    q "KILL QUERY $id" 2>/dev/null && killed=$((killed + 1)) || true
  done
  echo "$killed"
}

field() { local v; v=$(grep -o " $1=[^ ]*" <<<"$2" | head -1 | cut -d= -f2); echo "${v:-0}"; }

run_wrk() { # auth seconds paths-file [write-share]
  local auth=$1 seconds=$2 paths=$3 share=${4:-0} token=
  [ "$auth" = anonymous ] || token=$TOKEN
  LOAD_TOKEN="$token" LOAD_PATHS="$paths" LOAD_WRITE_SHARE="$share" LOAD_WRITERS="$WORK/writers.txt" \
    wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --timeout 30s -s "$HERE/workload.lua" "$BASE" 2>&1 | grep '^RESULT' || echo "RESULT requests=0"
}

OLD_LOG=$(q "SELECT CONCAT(@@global.general_log, ' ', @@global.log_output)")
restore_log() { q "SET GLOBAL general_log = '${OLD_LOG%% *}'; SET GLOBAL log_output = '${OLD_LOG##* }'"; }

HEADER=$(printf "%-32s %9s | %8s %8s %8s %8s %6s | %8s %8s %8s %8s | %5s" "endpoint ($CONNECTIONS connections)" "bytes" \
  "app rps" "p50 ms" "p95 ms" "p99 ms" "errors" "jdbc rps" "p50 ms" "p95 ms" "p99 ms" "ratio")
printf "\n%s\n" "$HEADER" | tee "$WORK/table.txt"

measure() { # index auth label
  local idx=$1 auth=$2 label=$3 auth_h=() bytes app killed jdbc errors
  [ "$auth" = anonymous ] || auth_h=(-H "Authorization: Bearer $TOKEN")
  # the answer's size (a probe that takes longer than a minute shows as ">60s")
  bytes=$(curl -s -o /dev/null -w '%{size_download}' --max-time 60 "${auth_h[@]}" "$BASE$(head -1 "$WORK/paths/$idx.txt")") || bytes=">60s"
  capture "$idx" "$auth"
  drain >/dev/null
  run_wrk "$auth" "$WARMUP" "$WORK/paths/$idx.txt" >/dev/null
  drain >/dev/null
  app=$(run_wrk "$auth" "$SECONDS_PER" "$WORK/paths/$idx.txt")
  killed=$(drain)
  echo "$label: $app killed=$killed" >>"$WORK/results.txt"
  jdbc=$(java -cp "$WORK/jdbc-classes:$LIB/*" LoadJdbc "$JDBC_URL" "$DBUSER" "$DBPASS" "$CONNECTIONS" 1 "$SECONDS_PER" \
    "$WORK/sql/$idx.sql" "$JDBC_CONNECTIONS" 2>>"$WORK/jdbc.err" | grep '^RESULT' || echo "RESULT rps=0")
  echo "$label (jdbc): $jdbc" >>"$WORK/results.txt"
  errors=$(( $(field non2xx "$app") + $(field socket "$app") + $(field timeout "$app") ))
  printf "%-32s %9s | %8s %8s %8s %8s %6s | %8s %8s %8s %8s | %5s\n" "$label" "$bytes" \
    "$(field rps "$app")" "$(field p50 "$app")" "$(field p95 "$app")" "$(field p99 "$app")" "$errors$([ "$killed" = 0 ] || echo "+${killed}k")" \
    "$(field rps "$jdbc")" "$(field p50 "$jdbc")" "$(field p95 "$jdbc")" "$(field p99 "$jdbc")" \
    "$(python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print('%.2f' % (a / b) if b else '-')" "$(field rps "$app")" "$(field rps "$jdbc")")" \
    | tee -a "$WORK/table.txt"
}

write_row() { # label result
  printf "%-32s %9s | %8s %8s %8s %8s %6s | proposed %s, confirmed %s; statuses %s\n" "$1" "-" \
    "$(field rps "$2")" "$(field p50 "$2")" "$(field p95 "$2")" "$(field p99 "$2")" \
    "$(( $(field non2xx "$2") + $(field socket "$2") + $(field timeout "$2") ))" \
    "$(field proposed "$2")" "$(field confirmed "$2")" "$(field statuses "$2")" | tee -a "$WORK/table.txt"
}

# a freshly started JVM runs interpreted until the JIT has compiled the request path: warm it up once on
# every staff read (not the longest ledgers), so that the first endpoint measured is not the one that pays
if [ "$WARMUP_ALL" -gt 0 ]; then
  grep -v -e '100k events' -e '10k+ events' -e public "$WORK/endpoints.txt" | cut -f1 | while read -r idx; do cat "$WORK/paths/$idx.txt"; done \
    >"$WORK/paths/warmup.txt"
  run_wrk staff "$WARMUP_ALL" "$WORK/paths/warmup.txt" >/dev/null
  drain >/dev/null
fi

# every read endpoint but the longest ledger (which may exhaust a portal that loads it whole) ...
while IFS=$'\t' read -r idx auth label; do
  [[ "$label" =~ $ONLY ]] && measure "$idx" "$auth" "$label"
done < <(grep -v '100k events' "$WORK/endpoints.txt")

# a page beyond the first 10,000 rows is refused (400), in bounded time
deep=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE/api/engagements?page=2000&size=20")
echo "page 2000 of the engagements (beyond the first 10,000 rows): HTTP ${deep% *} in $(python3 -c "print(round(${deep#* } * 1000))") ms" | tee -a "$WORK/table.txt"

# ... then the writes alone, and writes among the reads (staff lists and small records)
if [[ "writes" =~ $ONLY ]]; then
  w=$(run_wrk staff "$WRITE_SECONDS" /dev/null 1)
  echo "writes: $w killed=$(drain)" >>"$WORK/results.txt"
  write_row "writes: propose + confirm" "$w"
  grep -v -e '100k events' -e '10k+ events' -e public "$WORK/endpoints.txt" | cut -f1 | while read -r idx; do cat "$WORK/paths/$idx.txt"; done \
    >"$WORK/paths/mixed.txt"
  m=$(run_wrk staff "$MIXED_SECONDS" "$WORK/paths/mixed.txt" "$WRITE_SHARE")
  echo "mixed: $m killed=$(drain)" >>"$WORK/results.txt"
  write_row "mixed: reads, ${WRITE_SHARE} writes" "$m"
  echo "agencies written to: $(q "SELECT COUNT(DISTINCT agency_id) FROM credit_event WHERE evidence LIKE '压测：%'")" | tee -a "$WORK/table.txt"
fi
echo "standings that differ from their ledger: $(q "$DIFF_SQL")" | tee -a "$WORK/table.txt"

# ... and last the agency with the longest ledger
while IFS=$'\t' read -r idx auth label; do
  [[ "$label" =~ $ONLY ]] && measure "$idx" "$auth" "$label"
done < <(grep '100k events' "$WORK/endpoints.txt")

kill "$SAMPLER" 2>/dev/null || true; SAMPLER=
echo "Java heap in use, peak: $(sort -n "$WORK/heap.txt" | tail -1) MB (max $(jcmd "$PID" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -1 | awk -F= '{ printf "%.0f MB", $2 / 1048576 }'))" | tee -a "$WORK/table.txt"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$WORK/table.txt"
echo "portal errors logged: $(grep -c ' ERROR ' "$LOG" || true); total time $(( $(date +%s) - STARTED )) s; details in $WORK/results.txt"
