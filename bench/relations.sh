#!/usr/bin/env bash
# Related agencies (issue 16, DOMAIN.md §12): how long finding the groups takes with AGENCIES approved agencies
# and PRACTITIONERS practitioners (default 10,000 and 100,000; 1 % of the practitioners also listed by a second
# agency, a few hundred shared legal representatives and shareholders).
#
# Rows are seeded through SQL into a MySQL/MariaDB database (default: the server on 127.0.0.1:3306, database
# relations_bench, dropped and recreated); the portal is started on it from the packaged jar. Timed with curl:
#   - an approval (POST /api/agencies/{id}/review), which recomputes the links of the values the approved agency
#     holds (the relation index: reads only the agencies sharing one of them, writes the changes; the warm-up
#     approval, the first, indexes the seeded pool and writes every link) — RUNS agencies are registered and
#     submitted through the API for it;
#   - GET /api/agency-relations (the groups with their evidence, as STAFF sees them);
#   - a DRAW (POST /api/engagements/{id}/selection), whose pool counts each group as one entrant.
# Median and p95 in ms.
#
#   bench/relations.sh
#   AGENCIES=20000 PRACTITIONERS=200000 RUNS=5 bench/relations.sh
#
# Needs: java 17, curl, python3, the mysql/mariadb client, and backend/target/portal.jar (built if missing
# with mvn -o -q -DskipTests package). The database prelude and the portal's start are bench/lib.sh's.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

AGENCIES="${AGENCIES:-10000}"
PRACTITIONERS="${PRACTITIONERS:-100000}"
RUNS="${RUNS:-5}"
bench_on_server relations 18557
bench_start_on_server 240
login() {
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/login" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
TOKEN=$(login admin "$ADMIN_PASSWORD")
ADMIN_ID=$(mysql_cmd -N "$BENCH_DB" -e "SELECT id FROM app_user WHERE username = 'admin'")

echo "== seeding ${AGENCIES} approved agencies, ${PRACTITIONERS} practitioners, shareholders"
python3 - "$AGENCIES" "$PRACTITIONERS" > "$WORK/seed.sql" <<'PY'
import sys, datetime, random
agencies, people = int(sys.argv[1]), int(sys.argv[2])
random.seed(16)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def rid(i, region="320102"):
    birth = datetime.date(1940, 1, 1) + datetime.timedelta(days=i % 25000)
    first = region + birth.strftime("%Y%m%d") + "%03d" % (i // 25000 % 1000)
    return first + "10X98765432"[sum(int(c) * w for c, w in zip(first, W)) % 11]
def chunks(table, cols, rows):
    for c in range(0, len(rows), 2000):
        print("INSERT INTO %s (%s) VALUES\n%s;" % (table, cols, ",\n".join(rows[c:c + 2000])))
rows = []
for i in range(1, agencies + 1):
    rep = rid(i, "320106") if i % 50 else rid(i - 1, "320106")  # every 50th shares the previous one's legal representative
    rows.append("('基准机构%d','B%017d','ACCOUNTING_FIRM','联系人','025-8%07d','office@bench%d.cn','APPROVED','江苏省南京市某区某路 %d 号',"
                "'法人%d','RESIDENT_ID','%s',NOW(6),NOW(6),NOW(6),NOW(6))" % (i, i, i, i, i, i, rep))
chunks("agency", "name,uscc,agency_type,contact_name,contact_phone,email,status,registered_address,legal_rep_name,"
       "legal_rep_id_type,legal_rep_id_number,registered_at,approved_at,created_at,updated_at", rows)
rows = []
for i in range(people):
    agency = 1 + i % agencies
    role = "LEAD_EVALUATOR" if i % 5 == 0 else "OTHER"
    rows.append("(@first+%d,'%s','从业人员%d','RESIDENT_ID','%s','会计师',NOW(6),NOW(6))" % (agency - 1, role, i, rid(100000 + i)))
    if i % 100 == 0:  # 1 %: listed by a second agency too
        rows.append("(@first+%d,'OTHER','从业人员%d','RESIDENT_ID','%s','会计师',NOW(6),NOW(6))" % (random.randrange(agencies), i, rid(100000 + i)))
print("SET @first := (SELECT MIN(id) FROM agency WHERE name LIKE '基准机构%');")
chunks("agency_person", "agency_id,role,name,id_type,id_number,title,created_at,updated_at", rows)
rows = []
for i in range(agencies // 10):  # a tenth of the agencies have a shareholder; every 20th holder holds two
    holder = rid(900000 + i // 2 if i % 20 == 0 else 900000 + i, "320111")
    rows.append("(@first+%d,'PERSON','股东%d','RESIDENT_ID','%s',60.00)" % (i * 10, i, holder))
chunks("agency_shareholder", "agency_id,holder_kind,name,id_type,id_number,share_percent", rows)
PY
mysql_cmd "$BENCH_DB" < "$WORK/seed.sql"
echo "   $(mysql_cmd -N "$BENCH_DB" -e "SELECT COUNT(*) FROM agency") agencies, $(mysql_cmd -N "$BENCH_DB" -e "SELECT COUNT(*) FROM agency_person") practitioners, $(mysql_cmd -N "$BENCH_DB" -e "SELECT COUNT(*) FROM agency_shareholder") shareholders"

# RUNS (+1 warm-up) agencies registered and submitted through the API, each approved in turn below
SUBMITTED=()
for i in $(seq 0 "$RUNS"); do
  USCC=$(python3 -c "from codes import uscc; print(uscc($i, 'N'))")
  USER="rb${i}$(date +%s%N | tail -c 6)"
  ID=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$USER\",\"password\":\"$ADMIN_PASSWORD\",\"agencyName\":\"新机构$i\",
    \"uscc\":\"$USCC\",\"agencyType\":\"CONSULTING\",\"contactName\":\"王\",\"contactPhone\":\"13912345678\",\"email\":\"a@example.cn\"}" \
    "$BASE/api/registrations" | python3 -c 'import json,sys; print(json.load(sys.stdin)["agencyId"])')
  AT=$(login "$USER" "$ADMIN_PASSWORD")
  LEAD=$(python3 -c "
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
first = '32011519800101%03d' % $i
print(first + '10X98765432'[sum(int(c) * w for c, w in zip(first, W)) % 11])")
  curl -sf -X PUT -H "Authorization: Bearer $AT" -H 'Content-Type: application/json' -d "{\"name\":\"新机构$i\",\"uscc\":\"$USCC\",
    \"agencyType\":\"CONSULTING\",\"independentLegalPerson\":true,\"registeredAddress\":\"江苏省南京市新街口 $i 号\",\"foundedOn\":\"2010-01-01\",
    \"registeredCapital\":\"1000000.00\",\"contactName\":\"王\",\"contactPhone\":\"025-6600$(printf %04d "$i")\",\"email\":\"a@example.cn\",
    \"businessScope\":\"咨询\",\"qualitySystem\":\"复核\",\"legalRepresentative\":{\"name\":\"赵\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"$LEAD\",\"phone\":\"13800138000\"},
    \"leadEvaluators\":[{\"name\":\"钱\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"$LEAD\",\"title\":\"高级会计师\",\"yearsExperience\":9,
    \"certificates\":[{\"certType\":\"注册会计师\",\"certNumber\":\"1\",\"issuedOn\":\"2010-01-01\",\"expiresOn\":\"2030-01-01\"}]}],
    \"declarationAccepted\":true}" "$BASE/api/agencies/me" > /dev/null
  printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n' > "$WORK/licence.pdf"
  curl -sf -H "Authorization: Bearer $AT" -F "file=@$WORK/licence.pdf;type=application/pdf" -F category=BUSINESS_LICENCE \
    "$BASE/api/agencies/me/documents" > /dev/null
  curl -sf -X POST -H "Authorization: Bearer $AT" "$BASE/api/agencies/me/submission" > /dev/null
  SUBMITTED+=("$ID")
done


echo "== timing"
bench_time_ms -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"decision":"APPROVE"}' \
  "$BASE/api/agencies/${SUBMITTED[0]}/review" > /dev/null # warm-up: the first recompute writes every link
for i in $(seq 1 "$RUNS"); do
  bench_time_ms -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"decision":"APPROVE"}' "$BASE/api/agencies/${SUBMITTED[$i]}/review"
done | bench_report "POST agencies/{id}/review APPROVE (recomputes its links)"
echo "   $(mysql_cmd -N "$BENCH_DB" -e "SELECT COUNT(*) FROM agency_relation_link") links stored"
for i in $(seq 1 "$RUNS"); do
  bench_time_ms -H "Authorization: Bearer $TOKEN" "$BASE/api/agency-relations"
done | bench_report "GET agency-relations (groups with evidence)"
curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/agency-relations" | python3 -c '
import json, sys
g = json.load(sys.stdin)["groups"]
print("   %d groups, %d agencies in them, the largest of %d" % (len(g), sum(len(x["agencyIds"]) for x in g), max([len(x["agencyIds"]) for x in g] or [0])))'
for i in $(seq 1 "$RUNS"); do
  ID=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"title\":\"抽取基准 $i\",\"type\":\"KEY_EVALUATION\",
    \"commissioningUnit\":\"单位2\",\"evaluatedUnits\":[{\"unit\":\"单位3\"}],\"fundsInvolved\":\"1000000.00\",\"fee\":\"20000.00\",
    \"plannedStart\":\"$(date +%F)\",\"plannedEnd\":\"$(date -d '+60 days' +%F)\",\"supervisorId\":${ADMIN_ID}}" "$BASE/api/engagements" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  bench_time_ms -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"method":"DRAW"}' "$BASE/api/engagements/$ID/selection"
done | bench_report "POST engagements/{id}/selection DRAW (${AGENCIES} agencies, groups as one)"
bench_stop
mysql_cmd -e "DROP DATABASE IF EXISTS \`${BENCH_DB}\`"
