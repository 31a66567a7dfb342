#!/usr/bin/env bash
# Creates .venv (if missing) and installs kg into it in editable mode, with optional extras.
# Usage: scripts/venv.sh [EXTRAS]   e.g. scripts/venv.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
spec="."
[ -n "${1:-}" ] && spec=".[$1]"
# pip's progress output is noise in CI logs; errors still show.
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec" 2>&1 \
  | grep -v "^WARNING: Location" || true
.venv/bin/python -c "import kg.cli" || { echo "scripts/venv.sh: kg did not install" >&2; exit 1; }
