"""Why a record or an input was skipped: the reasons ingestion reports, and the value readers yield.

A reader yields `Skipped` in place of a Paper for a record it cannot use; `iter_papers` counts it
as read and skipped (or raises InputError under `strict`). Reasons that concern a whole input
rather than one record are listed in INPUT_SKIP_REASONS: they are counted in `Report.skipped` but
not in `Report.read`, so that `read == written + merged + (skipped - input skips)`.
"""
from __future__ import annotations

from typing import NamedTuple

# Record-level reasons.
NOT_JSON = "not JSON"
NOT_A_RECORD = "not a record"
NO_ABSTRACT = "no abstract"
TOO_LONG = "abstract too long"

# Longer than any abstract (arXiv caps them at 1,920 characters; the longest of 15,111 arXiv cs
# abstracts has 2,205): such a record is a scraping accident, and spaCy refuses texts
# over a million characters anyway.
MAX_ABSTRACT_CHARS = 100_000

# Input-level reasons.
MISSING_PATH = "missing path"
EMPTY_FILE = "empty file"
BINARY_FILE = "binary file"
NO_INPUTS = "no readable inputs"
UNKNOWN_FORMAT = "unknown format"
UNREADABLE_FILE = "unreadable file"
NO_COLUMNS = "no title/abstract columns"
NO_RECORDS = "no records"

INPUT_SKIP_REASONS = frozenset(
    {MISSING_PATH, EMPTY_FILE, BINARY_FILE, NO_INPUTS, UNKNOWN_FORMAT, UNREADABLE_FILE, NO_COLUMNS,
     NO_RECORDS}
)

# A problem line that is not a skip: the text was kept with its bad bytes replaced.
INVALID_UTF8 = "invalid UTF-8 replaced"


class Skipped(NamedTuple):
    """A record a reader could not turn into a Paper.

    Attributes:
        reason: one of the record-level reasons above.
        line: the 1-based line where the record starts.
        detail: what exactly was wrong, for the problem line.
    """

    reason: str
    line: int
    detail: str = ""


def record_skips(report) -> int:
    """Skipped records of `report`, leaving out whole inputs skipped (missing, empty, binary...)."""
    return sum(n for reason, n in report.skipped.items() if reason not in INPUT_SKIP_REASONS)


class InputSkip(Exception):
    """Raised by a reader or by file access when a whole input (from `line` on) is unusable.

    `iter_papers` turns it into one `Report.skip` (or an InputError under `strict`).
    """

    def __init__(self, reason: str, line: int | None = None, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.line = line
        self.detail = detail
