"""Reader of files of lines that begin with "Abstract:" (no titles, no ids).

Each "Abstract:" line starts a record; following lines without the prefix continue its abstract
(a wrapped paragraph). Text before the first "Abstract:" line is not a record and is reported.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from kg.ingest.skips import NO_ABSTRACT, NOT_A_RECORD, Skipped
from kg.ingest.text_records import non_blank, printed_paper
from kg.types import Paper

PREFIX_RE = re.compile(r"^Abstract:", re.IGNORECASE)


def read_abstract_lines(lines: Iterable[tuple[int, str]], source: str) -> Iterator[Paper | Skipped]:
    """Papers of an `Abstract:` lines file.

    Args:
        lines: (line number, text) of the file.
        source: the file's path, recorded in each Paper.

    Yields:
        A Paper per "Abstract:" line; Skipped for an empty abstract, and once for each run of
        lines before the first "Abstract:" line.
    """
    start: int | None = None
    parts: list[str] = []
    stray: int | None = None  # first line of a run of text that belongs to no record
    for lineno, text in non_blank(lines):
        if match := PREFIX_RE.match(text):
            if start is not None:
                yield _paper(source, start, parts)
            start, parts = lineno, [text[match.end():].strip()]
        elif start is not None:
            parts.append(text)
        elif stray is None:
            stray = lineno
            yield Skipped(NOT_A_RECORD, lineno, "text before the first 'Abstract:' line")
    if start is not None:
        yield _paper(source, start, parts)


def _paper(source: str, start: int, parts: list[str]) -> Paper | Skipped:
    abstract = "\n".join(p for p in parts if p)
    if not abstract:
        return Skipped(NO_ABSTRACT, start, "'Abstract:' with no text")
    return printed_paper(source, start, None, abstract)
