#!/usr/bin/env bash
# Extracts facts from an annotated set and scores them:
#   scripts/eval.sh [dev|holdout|holdout2..10|tune|tune2..10] [--show-errors N]
#   (scripts/eval_all.py scores every set in one run and prints one table)
#   dev       ../shared/eval (EVAL_DIR overrides it): the 48-abstract development set (default)
#   holdout   eval/holdout_*: 30 seed abstracts never used for tuning
#   holdout2  eval/holdout2_*: 43 more seed abstracts never used for tuning (see eval/README.md)
#   tune      eval/tune_*: 80 seed abstracts annotated for this project and used for tuning
#   tune2     eval/tune2_*: 84 more seed abstracts, used for tuning
#   holdout3  eval/holdout3_*: 40 result-rich 2019 arXiv abstracts never used for tuning
#   tune3     eval/tune3_*: 40 more result-rich 2019 arXiv abstracts, used for tuning
#   holdout4  eval/holdout4_*: 40 result-rich 2019 arXiv abstracts of a second draw, never used for tuning
#   tune4     eval/tune4_*: the other 40 of that draw, used for tuning
#   holdout5  eval/holdout5_*: 40 result-rich 2019 arXiv abstracts of a third draw, never used for tuning
#   tune5     eval/tune5_*: the other 40 of that draw, used for tuning
#   holdout6  eval/holdout6_*: 40 result-rich 2019 arXiv abstracts of a fourth draw, never used for tuning
#   tune6     eval/tune6_*: the other 40 of that draw, used for tuning
#   holdout7  eval/holdout7_*: 40 result-rich 2019 arXiv abstracts of a fifth draw, never used for tuning
#   tune7     eval/tune7_*: the other 40 of that draw, used for tuning
#   holdout8  eval/holdout8_*: 40 result-rich 2019 arXiv abstracts of a sixth draw, never used for tuning
#   tune8     eval/tune8_*: the other 40 of that draw, used for tuning
#   holdout9  eval/holdout9_*: 40 result-rich 2019 arXiv abstracts of a seventh draw, never used for tuning
#   tune9     eval/tune9_*: the other 40 of that draw, used for tuning
#   holdout10 eval/holdout10_*: 40 result-rich 2019 arXiv abstracts of an eighth draw, never used for tuning
#   tune10    eval/tune10_*: the other 40 of that draw, used for tuning
set -euo pipefail
cd "$(dirname "$0")/.."
set_name=dev
if [ -n "${1:-}" ] && [ "${1#-}" = "$1" ]; then
  if [ "$1" != dev ] && [ ! -f "eval/${1}_input.jsonl" ]; then
    echo "eval.sh: no set named $1 (eval/${1}_input.jsonl does not exist)" >&2; exit 2
  fi
  set_name=$1; shift
fi
scorer=${EVAL_DIR:-../shared/eval}/score.py
if [ "$set_name" = dev ]; then
  eval_dir=${EVAL_DIR:-../shared/eval}
  input=$eval_dir/dev_input.jsonl gold=$eval_dir/dev_gold.jsonl
else
  input=eval/${set_name}_input.jsonl gold=eval/${set_name}_gold.jsonl
fi
out=${EVAL_OUT:-out/eval}
mkdir -p "$out"
.venv/bin/kg extract "$input" -o "$out/$set_name.jsonl"
.venv/bin/kg eval "$gold" "$out/$set_name.jsonl" --scorer "$scorer" "$@"
