"""`iter_papers`: every paper record of the inputs, whatever their layout, streamed."""
from __future__ import annotations

import itertools
import os
from typing import Callable, Iterable, Iterator

from kg.errors import InputError, UsageError
from kg.ingest.abstract_lines import read_abstract_lines
from kg.ingest.conference import read_conference
from kg.ingest.daily import read_daily
from kg.ingest.detect import detect_format
from kg.ingest.files import InputFile, MissingInput, check_text, head_text, iter_lines, read_head, resolve_inputs
from kg.ingest.records import read_csv, read_json, read_jsonl
from kg.ingest.skips import (INVALID_UTF8, MAX_ABSTRACT_CHARS, NO_INPUTS, NO_RECORDS, TOO_LONG,
                             UNKNOWN_FORMAT, InputSkip, Skipped)
from kg.report import Report
from kg.types import Paper

Reader = Callable[[Iterable[tuple[int, str]], str], Iterator["Paper | Skipped"]]

# The formats `--format` accepts, each with its reader.
FORMATS: dict[str, Reader] = {
    "conference": read_conference,
    "daily": read_daily,
    "abstract-lines": read_abstract_lines,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
}


def iter_papers(
    inputs: Iterable[str | os.PathLike] | str | os.PathLike,
    fmt: str | None = None,
    report: Report | None = None,
    strict: bool = False,
    record_range: tuple[int, int | None] | None = None,
) -> Iterator[Paper]:
    """Every paper record of the inputs, in input order, one at a time.

    Args:
        inputs: files, directories (read recursively, in sorted order) and glob patterns;
            files may be plain or gzip (told by their first bytes, not their name).
        fmt: one of FORMATS to read every file as; None detects each file's format.
        report: counts records read (`read`) and skipped (`skip(reason, path, line, detail)`);
            repaired text adds a line to `problems` without counting as a skip.
        strict: raise InputError at the first problem instead of skipping.
        record_range: (first, stop): read only records first..stop-1 (0-based, stop None: to
            the end) of each file, counting skipped ones too; for splitting one large file
            into partitions. In JSON Lines a record is a non-blank line, and lines outside the
            range are not parsed.

    Returns:
        An iterator of Paper (duplicates are not merged here; see `dedupe`).

    Raises:
        UsageError: `fmt` is not a known format (raised at once, not on first iteration).
        InputError: under `strict`, at the first skipped record or input or repaired line.
    """
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; known formats: {', '.join(FORMATS)}")
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return _papers(inputs, fmt, report if report is not None else Report(), strict, record_range)


def _papers(inputs, fmt: str | None, report: Report, strict: bool,
            record_range: tuple[int, int | None] | None) -> Iterator[Paper]:
    def skip(reason: str, path: str, line: int | None, detail: str = "") -> None:
        if strict:
            raise InputError(path, f"{reason}: {detail}" if detail else reason, line)
        report.skip(reason, path, line, detail)

    groups: dict[str, bool] = {}  # directory or glob -> has it given a readable file yet
    for item in resolve_inputs(inputs):
        if isinstance(item, MissingInput):
            skip(item.reason, item.path, None, item.detail)
            continue
        if item.group is not None:
            groups.setdefault(item.group, False)
        readable = False
        try:
            for outcome in _read_file(item, fmt, report, strict, record_range):
                readable = True
                report.read += 1
                if isinstance(outcome, Skipped):
                    skip(outcome.reason, item.path, outcome.line, outcome.detail)
                elif len(outcome.abstract) > MAX_ABSTRACT_CHARS:
                    skip(TOO_LONG, item.path, outcome.line,
                         f"{len(outcome.abstract):,} characters (at most {MAX_ABSTRACT_CHARS:,})")
                else:
                    yield outcome
        except InputSkip as err:
            skip(err.reason, item.path, err.line, err.detail)
        if readable and item.group is not None:
            groups[item.group] = True
    for group, readable in groups.items():
        if not readable:
            skip(NO_INPUTS, group, None, "none of its files could be read")


def _read_file(item: InputFile, fmt: str | None, report: Report, strict: bool,
               record_range: tuple[int, int | None] | None) -> Iterator[Paper | Skipped]:
    path = item.path
    head = read_head(path)
    check_text(head)
    name = fmt or detect_format(head_text(head), path)
    if name is None:
        raise InputSkip(UNKNOWN_FORMAT, None, f"cannot tell the format; force one with --format "
                                              f"({', '.join(FORMATS)})")

    def on_invalid(line: int) -> None:
        if strict:
            raise InputError(path, INVALID_UTF8, line)
        report.problems.append(f"{path}:{line}: {INVALID_UTF8}")

    lines = iter_lines(path, on_invalid)
    if record_range is None:
        outcomes = FORMATS[name](lines, path)
    elif name == "jsonl":
        # One record a non-blank line: cut the lines, so records out of range are never parsed.
        outcomes = FORMATS[name](_in_range(_non_blank_lines(lines), *record_range), path)
    else:
        outcomes = _in_range(FORMATS[name](lines, path), *record_range)
    found = False
    for outcome in outcomes:
        found = True
        yield outcome
    if not found and record_range is None:
        raise InputSkip(NO_RECORDS, None, f"read as {name}, it holds no paper records")


def _non_blank_lines(lines: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    return (item for item in lines if item[1].strip())


def _in_range(items: Iterator, first: int, stop: int | None) -> Iterator:
    return itertools.islice(items, first, stop)
