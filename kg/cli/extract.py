"""`kg extract INPUT... -o facts.jsonl`: per-paper facts, one JSON object a line."""
from __future__ import annotations

import json
import sys
import time

from kg.atomic import atomic_open
from kg.cli.common import add_input_arguments, exit_status, print_problems, report_lines
from kg.report import Report


def add_parser(sub):
    parser = sub.add_parser("extract", help="extract facts from abstracts into a JSONL file",
                            description="Extract methods, datasets, metrics, tasks and results "
                            "from abstracts, one JSON object per paper.")
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="facts file to write (JSON Lines); '-' for standard output")
    return parser


def run(args) -> int:
    import kg

    report = Report()
    started = time.perf_counter()
    facts = kg.extract(args.inputs, fmt=args.fmt, lexicons=args.lexicons, workers=args.workers,
                       report=report, strict=args.strict)
    if args.output == "-":
        _write(facts, sys.stdout)
    else:
        with atomic_open(args.output) as handle:
            _write(facts, handle)
    seconds = time.perf_counter() - started
    print_problems(report)
    for line in report_lines(report):
        print(line, file=sys.stderr)
    rate = report.written / seconds if seconds else 0.0
    print(f"seconds: {seconds:.2f} ({rate:.0f} papers/s); facts: {args.output}", file=sys.stderr)
    return exit_status(report)


def _write(facts, handle) -> None:
    for item in facts:
        handle.write(json.dumps(item.to_json(), ensure_ascii=False))
        handle.write("\n")
