#!/usr/bin/env bash
# Runs every test of the portal: the front end's unit tests (Vitest), the backend's unit and
# integration tests against a real MySQL-compatible database (the embedded MariaDB unless DB_URL is
# set), and the browser tests (playwright-core driving Debian's chromium) against the packaged jar.
# Installs chromium first when it is missing. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the browser tests"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -qq chromium >/dev/null 2>&1 || {
    $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
  }
fi

exec mvn -B verify "$@"
