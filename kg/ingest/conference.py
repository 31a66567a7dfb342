"""Reader of conference session pages (NeurIPS-style virtual site).

A record is a block of non-blank lines that starts with a times line and runs to the next one:

    Wed 11 Dec. 16:10 - 16:30 PST
    Best Paper                                   (optional award line)
    Visual Autoregressive Modeling: ...          (title)
    Keyu Tian · Yi Jiang · ...                   (authors, separated by " · ")
    We present Visual AutoRegressive ...         (abstract; LaTeX math kept as printed)

Everything before the first times line (menus, the session header) is page furniture.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from kg.ingest.skips import NO_ABSTRACT, Skipped
from kg.ingest.text_records import non_blank, printed_paper
from kg.types import Paper

# "Wed 11 Dec. 15:30 - 15:50 PST": a date, then a start and end time joined by a dash.
TIMES_RE = re.compile(
    r"^(?P<date>(?:\w{2,9}\.?,?\s+){0,3}?)\s*\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?[-–—]\s*"
    r"\d{1,2}:\d{2}\b.{0,40}$",
    re.IGNORECASE,
)
AWARD_RE = re.compile(
    r"^(best|outstanding|honou?rable mention|runner[- ]up|test of time|distinguished)\b.{0,60}$",
    re.IGNORECASE,
)
AUTHOR_SEPARATOR = "·"


def read_conference(lines: Iterable[tuple[int, str]], source: str) -> Iterator[Paper | Skipped]:
    """Papers of a conference session page.

    Args:
        lines: (line number, text) of the file.
        source: the file's path, recorded in each Paper.

    Yields:
        A Paper per times block; Skipped("no abstract") for a block with no abstract.
    """
    block: list[tuple[int, str]] = []
    for lineno, text in non_blank(lines):
        if TIMES_RE.match(text):
            if block:
                yield _block_to_paper(block, source)
            block = [(lineno, text)]
        elif block:
            block.append((lineno, text))
    if block:
        yield _block_to_paper(block, source)


def _block_to_paper(block: list[tuple[int, str]], source: str) -> Paper | Skipped:
    start, times = block[0]
    rest = [text for _, text in block[1:]]
    award = None
    if len(rest) >= 3 and AWARD_RE.match(rest[0]):
        award = rest.pop(0)
    if len(rest) < 2:
        return Skipped(NO_ABSTRACT, start, f"session block {times!r} has no title and abstract")
    title = rest.pop(0)
    authors: tuple[str, ...] = ()
    # The authors line is there when it has the separator, or (one author) when text follows it.
    if AUTHOR_SEPARATOR in rest[0] or (len(rest) >= 2 and len(rest[0]) <= 200):
        authors = tuple(name.strip() for name in rest.pop(0).split(AUTHOR_SEPARATOR) if name.strip())
    if not rest:
        return Skipped(NO_ABSTRACT, start, f"{title[:60]!r} has no abstract")
    date = TIMES_RE.match(times).group("date").strip() or None
    return printed_paper(source, start, " ".join(title.split()), "\n".join(rest),
                         authors=authors, date=date, award=award)
