#!/usr/bin/env bash
# Builds the portal and starts it on http://localhost:${MICRONAUT_SERVER_PORT:-8080}.
# Without DB_URL it uses the embedded MariaDB, keeping its data under ${PORTAL_DATA_DIR:-./data}.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -DskipTests -Dnpm.install.args="install --prefer-offline --no-audit --no-fund" package
exec java ${JAVA_OPTS:-} -jar backend/target/portal.jar
