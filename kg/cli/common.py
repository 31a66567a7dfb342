"""Arguments and summaries shared by the subcommands that read abstracts."""
from __future__ import annotations

import argparse
import sys

from kg.report import Report

MAX_PROBLEM_LINES = 20


def add_input_arguments(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("inputs", nargs="+" if required else "*", metavar="INPUT",
                        help="files, directories or globs of abstracts (plain or gzip)")
    parser.add_argument("--format", dest="fmt", metavar="FORMAT",
                        help="force an input format instead of detecting it per file "
                             "(conference, daily, abstract-lines, jsonl, json, csv)")
    parser.add_argument("--lexicon", dest="lexicons", action="append", default=[], metavar="FILE",
                        help="an extra lexicon file (JSONL, see kg/extract/lexicons/README.md); repeatable")
    parser.add_argument("--workers", type=int, default=1, metavar="N",
                        help="extraction processes (default 1; 0 = one per CPU)")
    parser.add_argument("--strict", action="store_true",
                        help="stop at the first bad record instead of skipping it")


def print_problems(report: Report, out=sys.stderr) -> None:
    """One line per problem, at most MAX_PROBLEM_LINES of them, then how many more there were."""
    for line in report.problems[:MAX_PROBLEM_LINES]:
        print(f"  {line}", file=out)
    extra = len(report.problems) - MAX_PROBLEM_LINES
    if extra > 0:
        print(f"  ... and {extra} more", file=out)


def report_lines(report: Report) -> list[str]:
    lines = [f"records read: {report.read}, papers written: {report.written}, "
             f"duplicates merged: {report.merged}, skipped: {report.skipped_total}"]
    for reason, count in sorted(report.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  skipped ({reason}): {count}")
    return lines


def exit_status(report: Report) -> int:
    """0 all good, 1 some records skipped, 2 nothing usable."""
    if report.written == 0:
        return 2
    return 1 if report.skipped_total else 0
