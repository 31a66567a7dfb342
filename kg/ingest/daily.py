"""Reader of daily-papers listings (the Hugging Face "Daily Papers" page copied as text).

Records are a title line and an abstract line, optionally followed by

      • 8 authors
    ·
    Dec 14, 2023 1          (a date, then an optional upvote count)

A page starts with furniture ("Get trending papers in your email inbox!", "Subscribe", the
page's own date); lines of PAGE_NOISE and bare dates where a title would be are passed over.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from kg.ingest.dates import MONTHS, iso_date
from kg.ingest.skips import NO_ABSTRACT, Skipped
from kg.ingest.text_records import non_blank, printed_paper
from kg.types import Paper

AUTHORS_RE = re.compile(r"^•\s*(\d+)\s+authors?$", re.IGNORECASE)
DATE_RE = re.compile(
    r"^(?P<date>(?P<month>[A-Za-z]{3})[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)(?:\s+(?P<upvotes>\d+))?$"
)
SEPARATOR = "·"
# Lines that mark a daily-papers page (used by detect.py) ...
PAGE_MARKERS = frozenset({
    "get trending papers in your email inbox!", "daily papers", "byak and the research community",
})
# ... and every line of page furniture passed over while reading one.
PAGE_NOISE = PAGE_MARKERS | {"new", "subscribe"}


def read_daily(lines: Iterable[tuple[int, str]], source: str) -> Iterator[Paper | Skipped]:
    """Papers of a daily-papers listing.

    Args:
        lines: (line number, text) of the file.
        source: the file's path, recorded in each Paper.

    Yields:
        A Paper per title and abstract; Skipped("no abstract") for a title at the end of the
        file with no abstract after it.
    """
    record: dict | None = None  # the paper being read; its count and date follow its abstract
    title: tuple[int, str] | None = None  # a title waiting for its abstract
    after_separator = False
    for lineno, text in non_blank(lines):
        if record is not None and title is None:
            if match := AUTHORS_RE.match(text):
                record["author_count"] = int(match.group(1))
                continue
            if text == SEPARATOR:
                after_separator = True
                continue
            if after_separator and (match := _date(text)):
                record["date"] = iso_date(match.group("date"))
                if match.group("upvotes"):
                    record["upvotes"] = int(match.group("upvotes"))
                after_separator = False
                continue
        after_separator = False
        if title is None:
            if text.lower() in PAGE_NOISE or text == SEPARATOR or _date(text) or AUTHORS_RE.match(text):
                continue
            if record is not None:
                yield printed_paper(source, **record)
                record = None
            title = (lineno, text)
        else:
            record = {"line": title[0], "title": " ".join(title[1].split()), "abstract": text}
            title = None
    if record is not None:
        yield printed_paper(source, **record)
    if title is not None:
        yield Skipped(NO_ABSTRACT, title[0], f"title {title[1][:60]!r} has no abstract after it")


def _date(text: str) -> re.Match | None:
    match = DATE_RE.match(text)
    return match if match and match.group("month").lower() in MONTHS else None
