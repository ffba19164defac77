#!/usr/bin/env bash
# Measures how soon an access token stops working on ANOTHER portal instance after its user's roles change
# (issue 8, "sessions that really end"): two packaged portals on one database (a fresh schema on the
# MySQL/MariaDB server at DB_HOST, default 127.0.0.1:3306), a STAFF user signed in on instance A, the roles
# changed through A, instance B polled with the old token until it answers 401. Also the median time of an
# authenticated GET on B, which includes the per-request session check.
# usage: bench/session-revocation.sh [rounds]    (build first: mvn -DskipTests package; needs curl, python3,
#        the mariadb client, and a server at DB_HOST with user root and an empty password)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-20}
jar=backend/target/portal.jar
host=${DB_HOST:-127.0.0.1:3306}
schema="bench_sessions_$$_$(date +%s)"
dir=$(mktemp -d -p "$PWD/backend/target" bench-sessions-XXXX)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  mariadb -h "${host%:*}" -P "${host#*:}" -uroot -e "DROP DATABASE IF EXISTS $schema" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

. bench/lib.sh

port=""
start() { # start NAME: starts one instance, sets $port when it is healthy
  port=$(bench_free_port)
  DB_URL="jdbc:mysql://$host/$schema?createDatabaseIfNotExist=true" DB_USER=root DB_PASSWORD= \
  JWT_SECRET="session-bench-secret-of-at-least-32-characters" PORTAL_ADMIN_PASSWORD="Bench-Admin-2026" \
  PORTAL_DATA_DIR="$dir/$1" MICRONAUT_SERVER_PORT=$port java -jar "$jar" >"$dir/$1.log" 2>&1 &
  pids+=($!)
  local pid=$! deadline=$((SECONDS + 120))
  until curl -sf "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "instance $1 exited; see $dir/$1.log" >&2; exit 1; }
    [ $SECONDS -lt $deadline ] || { echo "instance $1 did not become healthy" >&2; exit 1; }
    sleep 0.1
  done
}

start a; a=$port
start b; b=$port
python3 - "$a" "$b" "$rounds" <<'PY'
import json, statistics, sys, time, urllib.error, urllib.request
a, b, rounds = f"http://127.0.0.1:{sys.argv[1]}", f"http://127.0.0.1:{sys.argv[2]}", int(sys.argv[3])

def call(base, method, path, body=None, token=None):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            raw = r.read()
            return r.status, json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        return e.code, None

admin = call(a, "POST", "/login", {"username": "admin", "password": "Bench-Admin-2026"})[1]["access_token"]
name = f"bench{int(time.time())}"
status, created = call(a, "POST", "/api/users", {"username": name, "displayName": "Bench", "roles": ["STAFF"],
                                                 "password": "Bench-Staff-2026"}, admin)
assert status == 201, status
uid = created["id"]
token = call(a, "POST", "/login", {"username": name, "password": "Bench-Staff-2026"})[1]["access_token"]
times = []
for _ in range(200):
    t0 = time.perf_counter()
    assert call(b, "GET", "/api/inbox/unread-count", token=token)[0] == 200
    times.append((time.perf_counter() - t0) * 1000)
print(f"authenticated GET on instance B (session checked): median {statistics.median(times):.2f} ms, "
      f"p95 {sorted(times)[int(len(times) * 0.95)]:.2f} ms over {len(times)} requests")
refused, first_refused = [], 0
roles = [["STAFF", "ADMIN"], ["STAFF"]]
for i in range(rounds):
    token = call(a, "POST", "/login", {"username": name, "password": "Bench-Staff-2026"})[1]["access_token"]
    assert call(b, "GET", "/api/inbox/unread-count", token=token)[0] == 200
    version = call(a, "GET", f"/api/users/{uid}", token=admin)[1]["version"]
    status, _ = call(a, "PUT", f"/api/users/{uid}", {"displayName": "Bench", "roles": roles[i % 2], "enabled": True,
                                                     "version": version}, admin)
    assert status == 200, status
    changed, polls = time.perf_counter(), 0
    while call(b, "GET", "/api/inbox/unread-count", token=token)[0] != 401:
        polls += 1
        assert time.perf_counter() - changed < 60, "still accepted after 60 s"
    refused.append((time.perf_counter() - changed) * 1000)
    first_refused += polls == 0
print(f"token refused by instance B after a role change through A: median {statistics.median(refused):.1f} ms, "
      f"max {max(refused):.1f} ms over {rounds} changes; refused by the very first request after the change "
      f"in {first_refused} of {rounds}")
PY
