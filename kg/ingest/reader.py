"""`iter_papers`: every paper record of the inputs, whatever their layout, streamed."""
from __future__ import annotations

import os
from typing import Callable, Iterable, Iterator

from kg.errors import InputError, UsageError
from kg.ingest.abstract_lines import read_abstract_lines
from kg.ingest.conference import read_conference
from kg.ingest.daily import read_daily
from kg.ingest.detect import detect_format
from kg.ingest.files import InputFile, MissingInput, check_text, expand_inputs, head_text, iter_lines, read_head
from kg.ingest.records import read_csv, read_json, read_jsonl
from kg.ingest.skips import INVALID_UTF8, NO_INPUTS, UNKNOWN_FORMAT, InputSkip, Skipped
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
) -> Iterator[Paper]:
    """Every paper record of the inputs, in input order, one at a time.

    Args:
        inputs: files, directories (read recursively, in sorted order) and glob patterns;
            files may be plain or gzip (told by their first bytes, not their name).
        fmt: one of FORMATS to read every file as; None detects each file's format.
        report: counts records read (`read`) and skipped (`skip(reason, path, line, detail)`);
            repaired text adds a line to `problems` without counting as a skip.
        strict: raise InputError at the first problem instead of skipping.

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
    return _papers(inputs, fmt, report if report is not None else Report(), strict)


def _papers(inputs, fmt: str | None, report: Report, strict: bool) -> Iterator[Paper]:
    def skip(reason: str, path: str, line: int | None, detail: str = "") -> None:
        if strict:
            raise InputError(path, f"{reason}: {detail}" if detail else reason, line)
        report.skip(reason, path, line, detail)

    groups: dict[str, bool] = {}  # directory or glob -> has it given a readable file yet
    for item in expand_inputs(inputs):
        if isinstance(item, MissingInput):
            skip(item.reason, item.path, None, item.detail)
            continue
        if item.group is not None:
            groups.setdefault(item.group, False)
        readable = False
        try:
            for outcome in _read_file(item, fmt, report, strict):
                readable = True
                report.read += 1
                if isinstance(outcome, Skipped):
                    skip(outcome.reason, item.path, outcome.line, outcome.detail)
                else:
                    yield outcome
        except InputSkip as err:
            skip(err.reason, item.path, err.line, err.detail)
        if readable and item.group is not None:
            groups[item.group] = True
    for group, readable in groups.items():
        if not readable:
            skip(NO_INPUTS, group, None, "none of its files could be read")


def _read_file(item: InputFile, fmt: str | None, report: Report, strict: bool) -> Iterator[Paper | Skipped]:
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

    yield from FORMATS[name](iter_lines(path, on_invalid), path)
