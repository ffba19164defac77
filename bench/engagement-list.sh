#!/usr/bin/env bash
# Times the engagement list (GET /api/engagements) with each filter and sort over N seeded engagements
# (default 100,000), and the Excel export of a filtered list.
#
#   bench/engagement-list.sh [N] [REPEATS]
#
# Needs the packaged portal (mvn -o -q -DskipTests package), curl, python3 and the mariadb (or mysql)
# client. It starts the portal on a fresh data directory with the embedded database, seeds 300 approved
# agencies and N engagements through SQL, and prints the number of matches, median and p95 response
# times in ms. KEEP=1 keeps the data directory.
set -euo pipefail

N=${1:-100000}
REPEATS=${2:-30}
. "$(dirname "$0")/lib.sh"
bench_prelude engagement
bench_start
bench_embedded_sql

echo "seeding 300 agencies and $N engagements"
python3 - "$N" >"$DATA/seed.sql" <<'PY'
import sys, random
from codes import uscc
n = int(sys.argv[1]); random.seed(7)
print("SET NAMES utf8mb4;")
print("INSERT INTO agency (name, uscc, agency_type, status, contact_name, contact_phone, email, registered_at, approved_at, "
      "created_at, updated_at) VALUES\n" + ",\n".join(
      "('评价机构%03d','%s','CONSULTING','APPROVED','联系人','13900000000','bench@example.cn',NOW(6),NOW(6),NOW(6),NOW(6))"
      % (i, uscc(i, "E")) for i in range(1, 301)) + ";")
print("SET @cap = (SELECT MAX(id) FROM rule_version WHERE rule_key = 'engagement.fee-caps');")
print("SET @first = (SELECT MIN(id) FROM agency WHERE uscc LIKE '91320100E%');")
print("SET @staff = (SELECT id FROM app_user WHERE username = 'admin');")
states = ["CREATED", "AGENCY_SELECTED", "ACCEPTED_BY_AGENCY", "PLAN_SUBMITTED", "PLAN_APPROVED", "IN_FIELDWORK",
          "REPORT_SUBMITTED", "REPORT_APPROVED", "ACCEPTED", "SETTLED", "CLOSED", "TERMINATED"]
weights = [4, 2, 4, 3, 3, 12, 4, 3, 6, 10, 40, 9]
types = ["EX_ANTE_ASSESSMENT", "TARGET_REVIEW", "MONITORING", "KEY_EVALUATION", "DEPARTMENT_OVERALL",
         "SELF_EVALUATION_REVIEW", "POLICY_EVALUATION", "OTHER"]
topics = ["义务教育", "公共卫生", "养老服务", "城乡建设", "农业产业", "交通运输", "文化旅游", "就业补助", "生态环境", "科技创新"]
rows = []
for i in range(1, n + 1):
    st = random.choices(states, weights)[0]
    agency = "NULL" if st == "CREATED" or (st == "TERMINATED" and random.random() < 0.5) else "@first + %d" % random.randint(0, 299)
    final = st in ("CLOSED", "TERMINATED")
    overdue = "FALSE" if final else ("TRUE" if random.random() < 0.06 else "FALSE")
    age = random.randint(0, 1500)
    deadline = "NULL" if final else "DATE_ADD(CURDATE(), INTERVAL %d DAY)" % random.randint(-30, 60)
    fee = random.randint(20, 600) * 1000
    rows.append("('%d 年%s专项资金绩效评价（%d）','%s','某市财政局',%d.00,%d.00,@cap,DATE_SUB(CURDATE(), INTERVAL %d DAY),"
                "DATE_ADD(DATE_SUB(CURDATE(), INTERVAL %d DAY), INTERVAL 120 DAY),@staff,'%s',DATE_SUB(NOW(6), INTERVAL %d DAY),"
                "%s,%s,%s,%s,%s,'admin',DATE_SUB(NOW(6), INTERVAL %d MINUTE),NOW(6))"
                % (2020 + age // 365, random.choice(topics), i, random.choice(types), fee * 40, fee, age, age, st, age // 2,
                   agency, "NULL" if agency == "NULL" else "'MERIT'", deadline, overdue,
                   "'已协商解除'" if st == "TERMINATED" else "NULL", age * 1440 + random.randint(0, 1439)))
    if len(rows) == 2000 or i == n:
        print("INSERT INTO engagement (title, engagement_type, commissioning_unit, funds_involved, fee, fee_cap_version_id, "
              "planned_start, planned_end, supervisor_id, state, state_entered_at, agency_id, selection_method, deadline, "
              "overdue, termination_reason, created_by, created_at, updated_at) VALUES\n" + ",\n".join(rows) + ";")
        rows = []
print("ANALYZE TABLE engagement, agency;")
PY
"${SQL[@]}" <"$DATA/seed.sql" >/dev/null
echo "engagements in the database: $("${SQL[@]}" -N -e 'SELECT COUNT(*) FROM engagement')"
AGENCY=$("${SQL[@]}" -N -e "SELECT MIN(id) + 17 FROM agency WHERE uscc LIKE '91320100E%'")

bench_login

printf "\n%-46s %8s %9s %9s\n" "GET /api/engagements ($N, $REPEATS runs)" "matches" "median ms" "p95 ms"
bench_measure "default (createdAt desc), page 0" "/api/engagements"
bench_measure "page 200 (offset 4,000)" "/api/engagements?page=200"
bench_measure "state=IN_FIELDWORK" "/api/engagements?state=IN_FIELDWORK"
bench_measure "state=PLAN_SUBMITTED,REPORT_SUBMITTED" "/api/engagements?state=PLAN_SUBMITTED,REPORT_SUBMITTED"
bench_measure "type=KEY_EVALUATION" "/api/engagements?type=KEY_EVALUATION"
bench_measure "agencyId=<one agency>" "/api/engagements?agencyId=$AGENCY"
bench_measure "overdue=true" "/api/engagements?overdue=true"
bench_measure "state=CLOSED&type=POLICY_EVALUATION" "/api/engagements?state=CLOSED&type=POLICY_EVALUATION"
bench_measure "q=养老服务 (title contains)" "/api/engagements?q=%E5%85%BB%E8%80%81%E6%9C%8D%E5%8A%A1"
bench_measure "sort=fee,desc" "/api/engagements?sort=fee,desc"
bench_measure "sort=deadline" "/api/engagements?sort=deadline"
bench_measure "sort=plannedEnd,desc" "/api/engagements?sort=plannedEnd,desc"

for _ in 1 2 3; do
  curl -fs -H "Authorization: Bearer $TOKEN" -o "$DATA/export.xlsx" -w '%{time_total}\n' \
    "http://127.0.0.1:$PORT/api/engagements/export?state=SETTLED"
done | sort -n | awk \
  '{ t[NR] = $1 * 1000 } END { printf "\nexport state=SETTLED (xlsx): median %.0f ms over 3 runs (%d rows)\n", t[2], rows }' rows="$(curl -fs -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/engagements?state=SETTLED&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["totalElements"])')"
