#!/usr/bin/env bash
# Times the results area's lists and export (issue 13) over 10,000 budget units and 100,000 rectification
# tasks: GET /api/rectifications with each filter and sort, the rectification board, GET
# /api/result-applications and its xlsx export, and the public results list.
#
#   bench/results-list.sh [UNITS] [TASKS] [REPEATS]      # defaults 10000 100000 20
#
# Needs the packaged portal (mvn -o -q -DskipTests package), curl, python3 and the mariadb (or mysql)
# client. It starts the portal on a fresh data directory with the embedded database and seeds through SQL
# UNITS budget units, TASKS/4 engagements (each with one evaluated unit, its result, its feedback letter),
# four findings and four tasks per letter (statuses spread, a fifth overdue) and a publication for one
# engagement in ten; prints matches, median and p95 in ms. KEEP=1 keeps the data directory.
set -euo pipefail

UNITS=${1:-10000}
TASKS=${2:-100000}
REPEATS=${3:-20}
. "$(dirname "$0")/lib.sh"
bench_prelude results
bench_start
bench_embedded_sql

echo "seeding $UNITS budget units and $TASKS rectification tasks"
python3 - "$UNITS" "$TASKS" >"$DATA/seed.sql" <<'PY'
import sys, random
from codes import uscc
units, tasks = int(sys.argv[1]), int(sys.argv[2]); random.seed(13)
engagements = max(1, tasks // 4)
print("SET NAMES utf8mb4;")
print("INSERT INTO agency (name, uscc, agency_type, status, contact_name, contact_phone, email, registered_at, approved_at, "
      "created_at, updated_at) VALUES\n" + ",\n".join(
      "('评价机构%03d','%s','CONSULTING','APPROVED','联系人','13900000000','bench@example.cn',NOW(6),NOW(6),NOW(6),NOW(6))"
      % (i, uscc(i, "R")) for i in range(1, 51)) + ";")
print("SET @a0 = (SELECT MIN(id) - 1 FROM agency WHERE uscc LIKE '91320100R%');")
print("SET @cap = (SELECT MAX(id) FROM rule_version WHERE rule_key = 'engagement.fee-caps');")
print("SET @bands = (SELECT MAX(id) FROM rule_version WHERE rule_key = 'results.bands');")
print("SET @app = (SELECT MAX(id) FROM rule_version WHERE rule_key = 'results.application');")
print("SET @rect = (SELECT MAX(id) FROM rule_version WHERE rule_key = 'results.rectification');")
print("SET @staff = (SELECT id FROM app_user WHERE username = 'admin');")
def chunks(rows, head):
    for i in range(0, len(rows), 2000):
        print(head + ",\n".join(rows[i:i + 2000]) + ";")
chunks(["('预算单位%05d','B%08d','主管部门%02d',NOW(6),NOW(6),0)" % (i, i, i % 40) for i in range(1, units + 1)],
       "INSERT INTO budget_unit (name, code, department, created_at, updated_at, version) VALUES\n")
print("SET @u0 = (SELECT MIN(id) - 1 FROM budget_unit);")
chunks(["('%d 年专项资金绩效评价（%d）','KEY_EVALUATION','某市财政局',1000000.00,50000.00,@cap,CURDATE(),CURDATE(),@staff,"
        "'CLOSED',NOW(6),@a0 + %d,'MERIT','admin',NOW(6),NOW(6))" % (2022 + i % 4, i, 1 + i % 50) for i in range(1, engagements + 1)],
       "INSERT INTO engagement (title, engagement_type, commissioning_unit, funds_involved, fee, fee_cap_version_id, planned_start, "
       "planned_end, supervisor_id, state, state_entered_at, agency_id, selection_method, created_by, created_at, updated_at) VALUES\n")
print("SET @e0 = (SELECT MIN(id) - 1 FROM engagement);")
unit_of = [random.randint(1, units) for _ in range(engagements + 1)]
chunks(["(@e0 + %d, 0, '预算单位%05d', '专项项目', %d.00, @u0 + %d)" % (i, unit_of[i], random.randint(10, 5000) * 10000, unit_of[i])
        for i in range(1, engagements + 1)],
       "INSERT INTO engagement_unit (engagement_id, position, unit_name, project_name, funds, budget_unit_id) VALUES\n")
print("SET @v0 = (SELECT MIN(id) - 1 FROM engagement_unit);")
concl = [("EXCELLENT", 93, "COMMEND_PRIORITY", None), ("GOOD", 85, "RECTIFY", None), ("MEDIUM", 72, "REDUCE", (0.3, 0.5)), ("POOR", 50, "CANCEL", (1, 1))]
rows = []
for i in range(1, engagements + 1):
    c, score, action, share = random.choices(concl, [20, 45, 28, 7])[0]
    rng = "NULL, NULL" if share is None else "(SELECT funds * %s FROM engagement_unit WHERE id = @v0 + %d), (SELECT funds * %s FROM engagement_unit WHERE id = @v0 + %d)" % (share[0], i, share[1], i)
    rows.append("(@v0 + %d, @e0 + %d, @u0 + %d, %d, %d.00, '%s', @bands, '完善管理', 1, NULL, '%s', NULL, NULL, @app, 'admin', NOW(6), NOW(6))"
                % (i, i, unit_of[i], 2022 + i % 4, score, c, action))
chunks(rows, "INSERT INTO evaluation_result (evaluated_unit_id, engagement_id, budget_unit_id, result_year, score, conclusion, "
       "bands_version_id, recommendations, revision, funds, suggested_action, suggested_min, suggested_max, application_version_id, "
       "recorded_by, recorded_at, updated_at) VALUES\n")
print("UPDATE evaluation_result r JOIN engagement_unit u ON u.id = r.evaluated_unit_id SET r.funds = u.funds, "
      "r.suggested_min = CASE r.suggested_action WHEN 'REDUCE' THEN ROUND(u.funds * 0.3, 2) WHEN 'CANCEL' THEN u.funds END, "
      "r.suggested_max = CASE r.suggested_action WHEN 'REDUCE' THEN ROUND(u.funds * 0.5, 2) WHEN 'CANCEL' THEN u.funds END;")
cats = ["DECISION", "BUDGET_EXECUTION", "FUND_MANAGEMENT", "PROJECT_MANAGEMENT", "OUTPUT", "BENEFIT", "OTHER"]
chunks(["(@v0 + %d, %d, '问题 %d-%d：资金拨付滞后', '%s')" % (i, k, i, k, random.choice(cats)) for i in range(1, engagements + 1) for k in range(4)],
       "INSERT INTO result_finding (evaluated_unit_id, position, text, category) VALUES\n")
chunks(["(@v0 + %d, @e0 + %d, @u0 + %d, DATE_SUB(CURDATE(), INTERVAL %d DAY), DATE_ADD(DATE_SUB(CURDATE(), INTERVAL %d DAY), INTERVAL 60 DAY), @rect, 'admin', NOW(6))"
        % (i, i, unit_of[i], (i * 7) % 400, (i * 7) % 400) for i in range(1, engagements + 1)],
       "INSERT INTO feedback_letter (evaluated_unit_id, engagement_id, budget_unit_id, issued_on, deadline, rules_version_id, issued_by, issued_at) VALUES\n")
print("INSERT INTO rectification_task (letter_id, budget_unit_id, finding_id, finding_text, category, deadline, status, measures, review_comment, version) "
      "SELECT l.id, l.budget_unit_id, f.id, f.text, f.category, l.deadline, "
      "ELT(1 + (f.id % 10), 'ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','OPEN','OPEN','ANSWERED','ANSWERED','RETURNED'), "
      "IF(f.id % 10 < 5 OR f.id % 10 > 6, '已整改', NULL), IF(f.id % 10 = 9, '请补充', NULL), 0 "
      "FROM feedback_letter l JOIN result_finding f ON f.evaluated_unit_id = l.evaluated_unit_id;")
chunks(["(@e0 + %d, %d, CURDATE(), '评价结论已公开', 'publications/bench-%d.pdf', 'report.pdf', 100, REPEAT('0', 64), 'admin', NOW(6))"
        % (i, 2022 + i % 4, i) for i in range(1, engagements + 1, 10)],
       "INSERT INTO result_publication (engagement_id, pub_year, published_on, summary, storage_key, file_name, size_bytes, sha256, published_by, published_at) VALUES\n")
print("ANALYZE TABLE budget_unit, engagement_unit, evaluation_result, result_finding, feedback_letter, rectification_task, result_publication;")
PY
"${SQL[@]}" <"$DATA/seed.sql" >/dev/null 2>"$DATA/seed.err" || { tail -c 600 "$DATA/seed.err" >&2; exit 1; }
echo "units: $("${SQL[@]}" -N -e 'SELECT COUNT(*) FROM budget_unit'), tasks: $("${SQL[@]}" -N -e 'SELECT COUNT(*) FROM rectification_task'), results: $("${SQL[@]}" -N -e 'SELECT COUNT(*) FROM evaluation_result')"
UNIT=$("${SQL[@]}" -N -e "SELECT budget_unit_id FROM rectification_task GROUP BY budget_unit_id ORDER BY COUNT(*) DESC LIMIT 1")

bench_login

printf "\n%-46s %8s %9s %9s\n" "($UNITS units, $TASKS tasks, $REPEATS runs)" "matches" "median ms" "p95 ms"
bench_measure "rectifications: default (deadline), page 0" "/api/rectifications"
bench_measure "rectifications: page 200" "/api/rectifications?page=200"
bench_measure "rectifications: status=ANSWERED" "/api/rectifications?status=ANSWERED"
bench_measure "rectifications: overdue=true" "/api/rectifications?overdue=true"
bench_measure "rectifications: unitId=<busiest unit>" "/api/rectifications?unitId=$UNIT"
bench_measure "rectifications: unitId&status=OPEN" "/api/rectifications?unitId=$UNIT&status=OPEN"
bench_measure "rectifications: sort=id,desc" "/api/rectifications?sort=id,desc"
bench_measure "rectifications/board" "/api/rectifications/board"
bench_measure "result-applications: default" "/api/result-applications"
bench_measure "result-applications: year=2024" "/api/result-applications?year=2024"
bench_measure "result-applications: unitId" "/api/result-applications?unitId=$UNIT"
bench_measure "result-applications: conclusion=MEDIUM" "/api/result-applications?conclusion=MEDIUM"
bench_measure "budget-units: default (name)" "/api/budget-units"
bench_measure "budget-units: q=单位0999" "/api/budget-units?q=%E5%8D%95%E4%BD%8D0999"
bench_measure "public/results: year=2023" "/api/public/results?year=2023"
bench_measure "public/results: default" "/api/public/results"

for q in "year=2024" ""; do
  times=$(for _ in 1 2 3; do
    curl -fs -H "Authorization: Bearer $TOKEN" -o "$DATA/export.xlsx" -w '%{time_total}\n' \
      "http://127.0.0.1:$PORT/api/result-applications/export?$q"
  done | sort -n)
  echo "$times" | awk -v q="${q:-all}" -v size="$(stat -c %s "$DATA/export.xlsx")" \
    '{ t[NR] = $1 * 1000 } END { printf "export result-applications %s (xlsx, %d bytes): median %.0f ms over 3 runs\n", q, size, t[2] }'
done
