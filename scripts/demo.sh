#!/usr/bin/env bash
# Quick start: install kg into .venv and build the graph of the bundled sample abstracts.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/venv.sh
out=${1:-out/demo}
.venv/bin/kg build examples/seeds -o "$out"
echo
echo "graph.json: $(pwd)/$out/graph.json"
echo "graph.html: $(pwd)/$out/graph.html"
