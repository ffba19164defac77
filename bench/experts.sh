#!/usr/bin/env bash
# Experts performance (issue 14): the panel draw over a pool of EXPERTS experts with the specialty
# (POST /api/engagements/{id}/expert-panels: reading the pool, exclusions, the draw, storing its record,
# and GET .../verification re-running it), and the fee list and export over FEES fees (GET /api/expert-fees,
# GET /api/expert-fees/export).
#
# Rows are seeded through SQL into a MySQL/MariaDB database (default: the server on 127.0.0.1:3306,
# database experts_bench, dropped and recreated), the portal is started on it from the packaged jar, and
# each call is timed with curl: RUNS calls (each draw on its own engagement), median and p95 in ms.
#
#   bench/experts.sh
#   EXPERTS=20000 FEES=50000 RUNS=20 bench/experts.sh
#
# Needs: java 17, curl, python3, the mysql/mariadb client, and backend/target/portal.jar (built if missing
# with mvn -o -q -DskipTests package).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

EXPERTS="${EXPERTS:-5000}"
FEES="${FEES:-20000}"
RUNS="${RUNS:-15}"
bench_on_server experts 18556
bench_start_on_server 240

TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"${ADMIN_PASSWORD}\"}" "$BASE/login" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
ADMIN_ID=$(mysql_cmd -N "$BENCH_DB" -e "SELECT id FROM app_user WHERE username = 'admin'")

echo "== seeding ${EXPERTS} experts (specialty FINANCE_ACCOUNTING, a tenth paused, some rated), an agency, $((RUNS + 1)) engagements"
python3 - "$EXPERTS" > "$WORK/experts.sql" <<'PY'
import sys, datetime
n = int(sys.argv[1])
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def rid(i):
    birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=i % 18000)
    first = "320102" + birth.strftime("%Y%m%d") + "%03d" % (i // 18000)
    return first + "10X98765432"[sum(int(c) * w for c, w in zip(first, W)) % 11]
rows, spec = [], []
for i in range(1, n + 1):
    status = "PAUSED" if i % 10 == 0 else "ACTIVE"
    count = 3 + i % 3 if i % 4 == 0 else 0
    rows.append("('专家%d','%s','%s','单位%d','13912345678','%s','BUREAU',%d,%d,'bench',NOW(6),NOW(6))" % (
        i, rid(i), ["SENIOR", "INTERMEDIATE", "OTHER"][i % 3], i % 700, status, count, count * (2 + i % 9)))
for chunk in range(0, len(rows), 1000):
    print("INSERT INTO expert (name,id_number,title,employer,phone,status,source,rating_count,rating_total,created_by,created_at,updated_at) VALUES")
    print(",\n".join(rows[chunk:chunk + 1000]) + ";")
print("INSERT INTO expert_specialty (expert_id, specialty) SELECT id, 'FINANCE_ACCOUNTING' FROM expert;")
print("INSERT INTO expert_specialty (expert_id, specialty) SELECT id, 'EDUCATION' FROM expert WHERE id % 3 = 0;")
PY
mysql_cmd "$BENCH_DB" < "$WORK/experts.sql"
mysql_cmd "$BENCH_DB" <<SQL
INSERT INTO agency (name, uscc, agency_type, contact_name, contact_phone, email, status, registered_at, approved_at, created_at, updated_at)
  VALUES ('单位1', '91320100MA00000000', 'CONSULTING', '联系人', '13800000000', 'a@example.cn', 'APPROVED', NOW(6), NOW(6), NOW(6), NOW(6));
SQL
AGENCY_ID=$(mysql_cmd -N "$BENCH_DB" -e "SELECT MAX(id) FROM agency")
ENGAGEMENTS=()
for i in $(seq 0 "$RUNS"); do
  ID=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"title\":\"专家抽取基准 $i\",\"type\":\"KEY_EVALUATION\",
    \"commissioningUnit\":\"单位2\",\"evaluatedUnits\":[{\"unit\":\"单位3\"}],\"fundsInvolved\":\"1000000.00\",\"fee\":\"20000.00\",
    \"plannedStart\":\"$(date +%F)\",\"plannedEnd\":\"$(date -d '+60 days' +%F)\",\"supervisorId\":${ADMIN_ID}}" "$BASE/api/engagements" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  ENGAGEMENTS+=("$ID")
done
# the panels' engagements have the agency selected (its name is an employer of the pool: those experts are excluded)
mysql_cmd "$BENCH_DB" -e "UPDATE engagement SET agency_id = ${AGENCY_ID}, state = 'REPORT_SUBMITTED' WHERE id IN ($(IFS=,; echo "${ENGAGEMENTS[*]}"))"


echo "== timing"
# warm-up draw on the first engagement
bench_time_ms -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"size":5,"specialty":"FINANCE_ACCOUNTING","purpose":"REPORT"}' "$BASE/api/engagements/${ENGAGEMENTS[0]}/expert-panels" > /dev/null
for i in $(seq 1 "$RUNS"); do
  bench_time_ms -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"size":5,"specialty":"FINANCE_ACCOUNTING","purpose":"REPORT"}' "$BASE/api/engagements/${ENGAGEMENTS[$i]}/expert-panels"
done | bench_report "POST expert-panels: draw 5 of ${EXPERTS} experts"
PANEL=$(mysql_cmd -N "$BENCH_DB" -e "SELECT MAX(id) FROM expert_panel")
for i in $(seq 1 "$RUNS"); do
  bench_time_ms -H "Authorization: Bearer $TOKEN" "$BASE/api/expert-panels/${PANEL}/verification"
done | bench_report "GET expert-panels/{id}/verification (re-run of the record)"
for i in $(seq 1 "$RUNS"); do
  bench_time_ms -H "Authorization: Bearer $TOKEN" "$BASE/api/expert-panels/${PANEL}"
done | bench_report "GET expert-panels/{id} (bureau: pool, exclusions, draws)"

echo "== seeding ${FEES} fees (opinions and fees on closed panels)"
mysql_cmd "$BENCH_DB" <<SQL
SET @draw := (SELECT draw_version_id FROM expert_panel LIMIT 1);
SET @check := (SELECT checklist_version_id FROM expert_panel LIMIT 1);
SET @fee := (SELECT id FROM rule_version WHERE rule_key = 'experts.fees' ORDER BY version DESC LIMIT 1);
CREATE TEMPORARY TABLE digits (d INT PRIMARY KEY);
INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
CREATE TEMPORARY TABLE seq (n INT PRIMARY KEY);
INSERT INTO seq SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d FROM digits a, digits b, digits c, digits e, digits f
  WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d < CEIL(${FEES} / 5);
INSERT INTO expert_panel (engagement_id, agency_id, purpose, size, specialty, days, status, draw_version_id, checklist_version_id,
  decision, created_by, created_at, closed_by, closed_at)
  SELECT ${ENGAGEMENTS[0]}, ${AGENCY_ID}, 'PLAN', 5, 'FINANCE_ACCOUNTING', 1.0, 'CLOSED', @draw, @check, 'APPROVE', 'bench', NOW(6), 'bench', NOW(6) FROM seq;
CREATE TEMPORARY TABLE closed AS SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS k FROM expert_panel WHERE status = 'CLOSED';
CREATE TEMPORARY TABLE seats (s INT PRIMARY KEY);
INSERT INTO seats VALUES (0),(1),(2),(3),(4);
INSERT INTO expert_panel_member (panel_id, expert_id, draw_round, status)
  SELECT c.id, 1 + MOD(c.k * 5 + s.s, ${EXPERTS}), 1, 'INVITED' FROM closed c, seats s;
INSERT INTO expert_opinion (panel_id, expert_id, verdict, items, checklist_version_id, submitted_at)
  SELECT panel_id, expert_id, 'PASS', '[]', @check, NOW(6) FROM expert_panel_member m JOIN closed c ON c.id = m.panel_id;
INSERT INTO expert_fee (panel_id, expert_id, title, days, rate, amount, fee_version_id, status, created_at)
  SELECT m.panel_id, m.expert_id, e.title, 1.0, 900.00, 900.00, @fee, 'PAYABLE', NOW(6)
  FROM expert_panel_member m JOIN closed c ON c.id = m.panel_id JOIN expert e ON e.id = m.expert_id;
SQL
COUNT=$(mysql_cmd -N "$BENCH_DB" -e "SELECT COUNT(*) FROM expert_fee")
for i in $(seq 1 "$RUNS"); do
  bench_time_ms -H "Authorization: Bearer $TOKEN" "$BASE/api/expert-fees?status=PAYABLE"
done | bench_report "GET expert-fees?status=PAYABLE (page 1 of ${COUNT})"
for i in $(seq 1 "$RUNS"); do
  bench_time_ms -H "Authorization: Bearer $TOKEN" "$BASE/api/expert-fees/export"
done | bench_report "GET expert-fees/export (${COUNT} fees, xlsx)"
bench_stop
mysql_cmd -e "DROP DATABASE IF EXISTS \`${BENCH_DB}\`"
