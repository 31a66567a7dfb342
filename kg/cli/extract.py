"""`kg extract INPUT... -o facts.jsonl`: per-paper facts, one JSON object a line."""
from __future__ import annotations

import sys
import time

from kg.atomic import atomic_open
from kg.cli.common import add_input_arguments, exit_status, print_problems, report_lines
from kg.errors import UsageError
from kg.progress import with_progress
from kg.report import Report


# Imported while Ctrl-C is held (kg.cli._sigint_held).
PRELOAD = ("kg.api", "kg.extract.pipeline", "kg.extract.facts")


def add_parser(sub):
    parser = sub.add_parser("extract", help="extract facts from abstracts into a JSONL file",
                            description="Extract methods, datasets, metrics, tasks and results "
                            "from abstracts, one JSON object per paper.")
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="facts file to write (JSON Lines); '-' for standard output; "
                             "with --engine dask, a directory of part-NNNNN.jsonl shards")
    parser.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="local processes (default) or a dask cluster")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="with --engine dask: a running scheduler (tcp://host:8786); "
                             "default: a local cluster of --workers processes")
    parser.add_argument("--partition-records", type=int, default=2000, metavar="N",
                        help="with --engine dask: records per partition (default 2000)")
    return parser


def run(args) -> int:
    from kg.api import extract

    report = Report()
    started = time.perf_counter()
    if args.engine == "dask":
        return _run_dask(args, report, started)
    lines = extract(args.inputs, fmt=args.fmt, lexicons=args.lexicons, workers=args.workers,
                    report=report, strict=args.strict, as_json=True)
    lines = with_progress(lines)
    if args.output == "-":
        _write(lines, sys.stdout)
    else:
        with atomic_open(args.output) as handle:
            _write(lines, handle)
    return _summarise(args, report, started)


def _run_dask(args, report: Report, started: float) -> int:
    from kg.scaleout import extract_with_dask

    if args.output == "-":
        raise UsageError("--engine dask writes shards: give a directory with -o")
    report.merge(extract_with_dask(args.inputs, args.output, fmt=args.fmt, lexicons=args.lexicons,
                                   scheduler=args.scheduler, workers=args.workers or 2,
                                   records_per_partition=args.partition_records))
    return _summarise(args, report, started)


def _summarise(args, report: Report, started: float) -> int:
    seconds = time.perf_counter() - started
    print_problems(report)
    for line in report_lines(report):
        print(line, file=sys.stderr)
    rate = report.written / seconds if seconds else 0.0
    print(f"seconds: {seconds:.2f} ({rate:.0f} papers/s); facts: {args.output}", file=sys.stderr)
    return exit_status(report)


def _write(lines, handle) -> None:
    for line in lines:
        handle.write(line)
        handle.write("\n")
