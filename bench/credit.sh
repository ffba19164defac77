#!/usr/bin/env bash
# Credit performance (issue 5): one agency with 1,000 ledger events (GET /api/agencies/{id}/credit)
# and 10,000 agencies with their grades (GET /api/credit-standings, and the agency area's
# GET /api/agencies?grade= which joins the same read model), plus the ledger list and export and the standings export.
#
# Rows are seeded through SQL into a MySQL/MariaDB database (default: the server on 127.0.0.1:3306,
# database credit_bench, dropped and recreated), the portal is started on it from the packaged jar,
# and each endpoint is timed with curl: RUNS calls after WARMUP calls, median and p95 in ms.
#
#   bench/credit.sh                     # defaults
#   AGENCIES=20000 EVENTS=5000 RUNS=50 bench/credit.sh
#   DB_HOST=10.0.0.5 DB_PORT=3306 DB_USER=root DB_PASSWORD=... BENCH_DB=credit_bench bench/credit.sh
#
# Needs: java 17, curl, the mysql client, and backend/target/portal.jar (built if missing with
# mvn -o -q -DskipTests package).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

AGENCIES="${AGENCIES:-10000}"
EVENTS="${EVENTS:-1000}"
RUNS="${RUNS:-30}"
WARMUP="${WARMUP:-5}"
bench_on_server credit 18555
echo "== first start: schema and rule tables"
bench_start_on_server 180
bench_stop

echo "== seeding ${AGENCIES} agencies with a few events each, and one agency with ${EVENTS} events"
START_SEED=$(date +%s%N)
mysql_cmd "$BENCH_DB" <<SQL
SET @types := (SELECT id FROM rule_version WHERE rule_key = 'credit.event-types' ORDER BY version DESC LIMIT 1);
SET @admin := (SELECT id FROM app_user WHERE username = 'admin');
CREATE TEMPORARY TABLE digits (d INT PRIMARY KEY);
INSERT INTO digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
CREATE TEMPORARY TABLE seq (n INT PRIMARY KEY);
INSERT INTO seq SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d
  FROM digits a, digits b, digits c, digits e, digits f WHERE a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d < GREATEST(${AGENCIES}, ${EVENTS});
CREATE TEMPORARY TABLE kinds (k INT PRIMARY KEY, code VARCHAR(40), zh VARCHAR(100), en VARCHAR(100), points INT, months INT, source VARCHAR(16));
INSERT INTO kinds VALUES
  (0, 'LATE_SUBMISSION', '工作方案或报告逾期提交', 'Plan or report late', -2, 12, 'DEADLINE'),
  (1, 'COMMENDATION', '财政部门通报表扬', 'Commendation by a finance department', 2, 12, 'COMMENDATION'),
  (2, 'OBSTRUCTED_INSPECTION', '拒绝或阻挠执业质量检查', 'Refused or obstructed a practice-quality inspection', -10, 24, 'INSPECTION'),
  (3, 'UNAUTHORISED_SUBCONTRACTING', '未经同意转包或分包', 'Subcontracted without consent', -20, 36, 'INSPECTION'),
  (4, 'UNAPPROVED_TEAM_CHANGE', '未经同意变更工作组成员', 'Team changed without approval', -3, 12, 'INSPECTION'),
  (5, 'REPORT_RETURNED_REPEATEDLY', '报告退回修改超过两次', 'Report returned more than twice', -2, 12, 'INSPECTION');

INSERT INTO agency (name, uscc, agency_type, contact_name, contact_phone, email, status, registered_at, created_at, updated_at)
SELECT CONCAT('压测第三方机构', LPAD(n, 5, '0')), CONCAT('91320100', LPAD(n, 10, '0')),
       ELT(1 + n % 6, 'ACCOUNTING_FIRM', 'ASSET_APPRAISAL', 'CONSULTING', 'LAW_FIRM', 'RESEARCH_INSTITUTE', 'UNIVERSITY'),
       '联系人', '13800000000', 'bench@example.cn', IF(n % 10 = 9, 'SUSPENDED', 'APPROVED'), NOW(6), NOW(6), NOW(6)
FROM seq WHERE n < ${AGENCIES};

-- 0 to 3 events in force per agency, so that grades spread over A to D
INSERT INTO credit_event (agency_id, type_code, type_name_zh, type_name_en, points, validity_months, proposes_blacklist, source,
                          types_version_id, evidence, status, proposed_on, objection_deadline, effective_on, expires_on,
                          proposed_by_name, created_at, updated_at)
SELECT a.id, k.code, k.zh, k.en, k.points, k.months, FALSE, k.source, @types, '压测数据', 'EFFECTIVE',
       CURDATE() - INTERVAL (s.n % 200) DAY, CURDATE() - INTERVAL (s.n % 200) DAY + INTERVAL 10 DAY,
       CURDATE() - INTERVAL (s.n % 200) DAY, CURDATE() - INTERVAL (s.n % 200) DAY + INTERVAL k.months MONTH, 'bench', NOW(6), NOW(6)
FROM seq s JOIN agency a ON a.uscc = CONCAT('91320100', LPAD(s.n, 10, '0'))
JOIN digits r ON r.d < s.n % 4
JOIN kinds k ON k.k = (s.n + r.d * 7) % 6
WHERE s.n < ${AGENCIES};

-- every seventh agency was commended five times: +10, grade A
INSERT INTO credit_event (agency_id, type_code, type_name_zh, type_name_en, points, validity_months, proposes_blacklist, source,
                          types_version_id, evidence, status, proposed_on, objection_deadline, effective_on, expires_on,
                          proposed_by_name, created_at, updated_at)
SELECT a.id, 'COMMENDATION', '财政部门通报表扬', 'Commendation by a finance department', 2, 12, FALSE, 'COMMENDATION', @types,
       '压测数据', 'EFFECTIVE', CURDATE() - INTERVAL r.d DAY, CURDATE() - INTERVAL r.d DAY + INTERVAL 10 DAY,
       CURDATE() - INTERVAL r.d DAY, CURDATE() - INTERVAL r.d DAY + INTERVAL 12 MONTH, 'bench', NOW(6), NOW(6)
FROM seq s JOIN agency a ON a.uscc = CONCAT('91320100', LPAD(s.n, 10, '0'))
JOIN digits r ON r.d < 5
WHERE s.n < ${AGENCIES} AND s.n % 7 = 0;

-- the agency with a long ledger: in force, expired, proposed, withdrawn, some with objections
INSERT INTO agency (name, uscc, agency_type, contact_name, contact_phone, email, status, registered_at, created_at, updated_at)
VALUES ('压测长台账机构', '913201009999999999', 'CONSULTING', '联系人', '13800000000', 'bench@example.cn', 'APPROVED', NOW(6), NOW(6), NOW(6));
SET @long := LAST_INSERT_ID();
INSERT INTO credit_event (agency_id, type_code, type_name_zh, type_name_en, points, validity_months, proposes_blacklist, source,
                          types_version_id, evidence, status, proposed_on, objection_deadline, effective_on, expires_on,
                          proposed_by_name, withdrawn_by_name, withdrawn_at, withdrawal_reason, created_at, updated_at)
SELECT @long, k.code, k.zh, k.en, k.points, k.months, FALSE, k.source, @types,
       CONCAT('压测证据说明第 ', s.n, ' 条：检查发现的事实、时间和依据。'),
       CASE WHEN s.n % 10 = 0 THEN 'WITHDRAWN' WHEN s.n % 10 = 1 THEN 'PROPOSED' ELSE 'EFFECTIVE' END,
       CURDATE() - INTERVAL s.n DAY, CURDATE() - INTERVAL s.n DAY + INTERVAL 10 DAY,
       CURDATE() - INTERVAL s.n DAY + INTERVAL 11 DAY, CURDATE() - INTERVAL s.n DAY + INTERVAL 11 DAY + INTERVAL k.months MONTH, 'bench',
       IF(s.n % 10 = 0, 'admin', NULL), IF(s.n % 10 = 0, NOW(6), NULL), IF(s.n % 10 = 0, '压测撤销', NULL), NOW(6), NOW(6)
FROM seq s JOIN kinds k ON k.k = s.n % 6 WHERE s.n < ${EVENTS};
INSERT INTO credit_objection (event_id, agency_id, kind, reason, status, submitted_by_id, submitted_by_name, submitted_at,
                              decided_by_name, decided_at, decision_comment)
SELECT e.id, @long, 'EVENT', '压测异议理由', 'DISMISSED', @admin, 'bench', NOW(6), 'admin', NOW(6), '压测处理意见'
FROM credit_event e WHERE e.agency_id = @long AND e.status = 'EFFECTIVE' AND e.id % 9 = 0;

-- every standing stale: the portal recomputes them all from the ledger at start (the daily job)
INSERT INTO credit_standing (agency_id, score, grade, blacklisted, computed_at, changes_on, points_in_force, bands_version_id)
SELECT id, 0, 'D', FALSE, NOW(6), CURDATE(), 0,
       (SELECT v.id FROM rule_version v WHERE v.rule_key = 'credit.bands' ORDER BY v.version DESC LIMIT 1) FROM agency;
SQL
echo "   seeded in $(( ($(date +%s%N) - START_SEED) / 1000000 )) ms: $(mysql_cmd -N "$BENCH_DB" -e 'SELECT COUNT(*) FROM agency') agencies, $(mysql_cmd -N "$BENCH_DB" -e 'SELECT COUNT(*) FROM credit_event') events"

echo "== second start: the daily job recomputes every standing"
START_UP=$(date +%s%N)
bench_start_on_server 180
echo "   up in $(( ($(date +%s%N) - START_UP) / 1000000 )) ms; the recomputation runs in the background"
for _ in $(seq 1 300); do grep -q 'Daily credit job: ' "$WORK/portal.log" && break; sleep 1; done
echo "   $(grep -o 'Daily credit job: .*' "$WORK/portal.log" | tail -1)"
echo "   grades: $(mysql_cmd -N "$BENCH_DB" -e "SELECT GROUP_CONCAT(CONCAT(grade, '=', c) ORDER BY grade SEPARATOR ' ') FROM (SELECT grade, COUNT(*) c FROM credit_standing GROUP BY grade) g")"

TOKEN=$(curl -sf "$BASE/login" -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"${ADMIN_PASSWORD}\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
LONG_ID=$(mysql_cmd -N "$BENCH_DB" -e "SELECT id FROM agency WHERE uscc = '913201009999999999'")

# time NAME PATH: WARMUP untimed calls, then RUNS timed ones; prints median and p95 in ms and the answer's size
time_it() {
  local name="$1" path="$2" status size
  for _ in $(seq 1 "$WARMUP"); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE$path"; done
  : > "$WORK/times"
  for _ in $(seq 1 "$RUNS"); do
    read -r status size t < <(curl -s -o "$WORK/body" -w '%{http_code} %{size_download} %{time_total}\n' -H "Authorization: Bearer $TOKEN" "$BASE$path")
    [ "$status" = 200 ] || { echo "$name: HTTP $status $(head -c 300 "$WORK/body")" >&2; exit 1; }
    echo "$t" >> "$WORK/times"
  done
  sort -n "$WORK/times" | awk -v name="$name" -v size="$size" '{ a[NR] = $1 * 1000 } END {
    m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; p = a[int(NR * 0.95 + 0.999)];
    printf "%-58s median %7.1f ms   p95 %7.1f ms   (%d calls, %d bytes)\n", name, m, p, NR, size }'
}

echo "== timings (${RUNS} calls each after ${WARMUP} warm-up calls)"
time_it "agency credit, ${EVENTS} events (GET /api/agencies/{id}/credit)" "/api/agencies/${LONG_ID}/credit"
time_it "credit standings, first page by name" "/api/credit-standings?size=20"
time_it "credit standings, grade A" "/api/credit-standings?grade=A&size=20"
time_it "credit standings, grade B (base grade: joins rows and no rows)" "/api/credit-standings?grade=B&size=20"
time_it "credit standings, by score desc, page 100" "/api/credit-standings?sort=score,desc&page=100&size=20"
time_it "credit standings, q=USCC" "/api/credit-standings?q=913201000000004242"
time_it "agency list with grade filter (GET /api/agencies?grade=C)" "/api/agencies?grade=C&size=20"
time_it "ledger list, all agencies, first page" "/api/credit-events?size=20"
time_it "ledger list, status EFFECTIVE, sorted by points" "/api/credit-events?status=EFFECTIVE&sort=points,asc&size=20"
time_it "ledger export, the long ledger (Excel)" "/api/credit-events/export?agencyId=${LONG_ID}"
time_it "standings export, every agency of the pool (Excel)" "/api/credit-standings/export"
time_it "public directory (agency area, joins credit_standing)" "/api/public/agencies?size=20"
echo "== done; portal log in $WORK/portal.log"
