"""`kg eval GOLD PRED`: score a facts file against a gold standard with the project's scorer.

The scorer is the evaluation script of the shared evaluation kit (`score.py`, standard library
only); kg does not ship a copy of it, so that the figures are always the kit's own. By default
it is looked up at `../shared/eval/score.py` beside the repository; `--scorer` names another.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.errors import UsageError

DEFAULT_SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


def add_parser(sub):
    parser = sub.add_parser("eval", help="score a facts file against a gold standard",
                            description="Score `kg extract` output (PRED) against annotated abstracts "
                            "(GOLD) with the evaluation kit's score.py.")
    parser.add_argument("gold", metavar="GOLD", help="gold annotations (JSON Lines)")
    parser.add_argument("pred", metavar="PRED", help="facts written by `kg extract` (JSON Lines)")
    parser.add_argument("--scorer", metavar="PATH", default=str(DEFAULT_SCORER),
                        help=f"the scoring script (default: {DEFAULT_SCORER})")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N",
                        help="list up to N misses and extras per type")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    return parser


def run(args) -> int:
    scorer = Path(args.scorer)
    if not scorer.is_file():
        raise UsageError(f"scorer not found: {scorer} (give one with --scorer)")
    for name in (args.gold, args.pred):
        if not Path(name).is_file():
            raise UsageError(f"no such file: {name}")
    command = [sys.executable, str(scorer), args.gold, args.pred]
    if args.show_errors:
        command += ["--show-errors", str(args.show_errors)]
    if args.json:
        command.append("--json")
    return subprocess.call(command)
