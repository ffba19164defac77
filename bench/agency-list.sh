#!/usr/bin/env bash
# Times the staff agency list (GET /api/agencies) with each filter and sort, and the public directory,
# over N seeded agencies (default 10,000).
#
#   bench/agency-list.sh [N] [REPEATS]
#
# Needs the packaged portal (mvn -o -q -DskipTests package), curl and the mariadb (or mysql) client.
# It starts the portal on a fresh data directory with the embedded database, seeds N agencies (and a
# credit standing for a third of them) through SQL, and prints median and p95 response times in ms.
# With DB_URL=jdbc:mysql://host:port/schema (and DB_USER, DB_PASSWORD) it uses that server instead;
# the schema must be empty or a previous bench schema. KEEP=1 keeps the data directory.
set -euo pipefail

N=${1:-10000}
REPEATS=${2:-30}
BENCH_WIDTH=44
. "$(dirname "$0")/lib.sh"
bench_prelude agency
bench_start ${DB_URL:+JWT_SECRET=bench-secret-of-at-least-thirty-two-characters}

if [ -n "${DB_URL:-}" ]; then
  HOSTPORT=$(echo "$DB_URL" | sed -E 's#jdbc:(mysql|mariadb)://([^/]+)/([^?]+).*#\2#')
  SCHEMA=$(echo "$DB_URL" | sed -E 's#jdbc:(mysql|mariadb)://([^/]+)/([^?]+).*#\3#')
  SQL=("$CLIENT" -h "${HOSTPORT%%:*}" -P "${HOSTPORT##*:}" -u "${DB_USER:-root}" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$SCHEMA")
else
  bench_embedded_sql
fi

echo "seeding $N agencies"
python3 - "$N" >"$DATA/seed.sql" <<'PY'
import sys, random
from codes import uscc
n = int(sys.argv[1]); random.seed(42)
cities = ["南京", "苏州", "无锡", "常州", "扬州", "镇江", "徐州", "淮安", "南通", "盐城", "泰州", "宿迁", "连云港"]
words = ["金陵", "恒信", "正衡", "天衡", "明诚", "华誉", "致远", "信达", "博瑞", "汇通", "诚达", "启航", "中正", "立信", "众华"]
types = [("ACCOUNTING_FIRM", "会计师事务所"), ("ASSET_APPRAISAL", "资产评估有限公司"), ("CONSULTING", "管理咨询有限公司"),
         ("LAW_FIRM", "律师事务所"), ("RESEARCH_INSTITUTE", "研究院"), ("UNIVERSITY", "学院评价中心")]
statuses = ["APPROVED"] * 6 + ["SUBMITTED", "DRAFT", "RETURNED", "SUSPENDED", "REJECTED", "WITHDRAWN"]
print("SET NAMES utf8mb4;")
rows = []
for i in range(1, n + 1):
    t, suffix = random.choice(types)
    st = random.choice(statuses)
    name = "%s%s%s%s（%d）" % (random.choice(cities), random.choice(words), random.choice(words), suffix, i)
    days = random.randint(0, 2000)
    sub = "NULL" if st == "DRAFT" else "DATE_SUB(NOW(6), INTERVAL %d DAY)" % random.randint(0, days)
    rows.append("('%s','%s','%s','%s','联系人','13900000000','bench@example.cn',DATE_SUB(NOW(6), INTERVAL %d DAY),%s,%s,%d,"
                "DATE_SUB(NOW(6), INTERVAL %d DAY),DATE_SUB(NOW(6), INTERVAL %d HOUR))"
                % (name, uscc(i, "B"), t, st, days, sub, "TRUE" if random.random() < 0.05 else "FALSE",
                   random.choice([0, 0, 0, 0, 1, 2]), days, random.randint(0, 5000)))
    if len(rows) == 1000 or i == n:
        print("INSERT INTO agency (name, uscc, agency_type, status, contact_name, contact_phone, email, registered_at, "
              "submitted_at, confirmation_overdue, expiring_certificates, created_at, updated_at) VALUES\n" + ",\n".join(rows) + ";")
        rows = []
print("INSERT INTO credit_standing (agency_id, score, grade, blacklisted, computed_at, bands_version_id) "
      "SELECT id, 60 + (id * 7) % 40, ELT(1 + (id % 4), 'A', 'B', 'C', 'D'), (id % 97 = 0), NOW(6), "
      "(SELECT v.id FROM rule_version v WHERE v.rule_key = 'credit.bands' ORDER BY v.version DESC LIMIT 1) FROM agency WHERE id % 3 = 0 "
      "AND uscc LIKE '91320100B%';")
print("ANALYZE TABLE agency, credit_standing;")
PY
"${SQL[@]}" <"$DATA/seed.sql" >/dev/null
echo "agencies in the database: $("${SQL[@]}" -N -e 'SELECT COUNT(*) FROM agency')"

bench_login

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe="=&,"))' "$1"; }

printf "\n%-44s %8s %9s %9s\n" "GET /api/agencies ($N agencies, $REPEATS runs)" "matches" "median ms" "p95 ms"
bench_measure "default (updatedAt desc)" "/api/agencies"
bench_measure "status=APPROVED" "/api/agencies?status=APPROVED"
bench_measure "status=SUBMITTED (queue)" "/api/agencies?status=SUBMITTED"
bench_measure "pendingReview=true" "/api/agencies?pendingReview=true"
bench_measure "type=CONSULTING" "/api/agencies?type=CONSULTING"
bench_measure "grade=A" "/api/agencies?grade=A"
bench_measure "grade=B (base grade, incl. no standing)" "/api/agencies?grade=B"
bench_measure "q=name fragment (金陵)" "/api/agencies?$(enc 'q=金陵')"
bench_measure "q=USCC prefix (91320100B00012)" "/api/agencies?q=91320100B00012"
bench_measure "attention=true" "/api/agencies?attention=true"
for sort in name name,desc uscc agencyType status registeredAt submittedAt,desc updatedAt grade; do
  bench_measure "sort=$sort" "/api/agencies?sort=$sort"
done
bench_measure "page=400 size=20 sort=name" "/api/agencies?page=400&size=20&sort=name"
bench_measure "status+type+grade, sort=registeredAt,desc" "/api/agencies?status=APPROVED&type=ACCOUNTING_FIRM&grade=B&sort=registeredAt,desc"
bench_measure "size=100 sort=name" "/api/agencies?size=100&sort=name"
bench_measure "public directory (anonymous)" "/api/public/agencies" anonymous
bench_measure "public directory q=苏州, sort=grade" "/api/public/agencies?$(enc 'q=苏州&sort=grade')" anonymous
REPEATS=5 bench_measure "export (xlsx, status=APPROVED)" "/api/agencies/export?status=APPROVED"
