#!/usr/bin/env bash
# Extracts facts from the development abstracts and scores them: scripts/eval.sh [--show-errors N]
# Uses the evaluation kit beside the repository (../shared/eval); EVAL_DIR overrides it.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
out=${EVAL_OUT:-out/eval}
mkdir -p "$out"
.venv/bin/kg extract "$eval_dir/dev_input.jsonl" -o "$out/facts.jsonl"
.venv/bin/kg eval "$eval_dir/dev_gold.jsonl" "$out/facts.jsonl" --scorer "$eval_dir/score.py" "$@"
