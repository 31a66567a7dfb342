"""Tell an input's format from the first kilobytes of its text (and, as a last hint, its name).

The markers, in the order they are tried:
- `[` first: a JSON array (`json`); `{` first: JSON Lines (`jsonl`), unless the first line is a
  lone `{` (a pretty-printed JSON document, `json`);
- a session times line ("Wed 11 Dec. 15:30 - 15:50 PST"): a conference page (`conference`);
- a line starting "Abstract:" followed by text: `abstract-lines`;
- a daily-papers marker ("• 8 authors", "Get trending papers", "Daily Papers", "byAK ..."):
  `daily`;
- a first line that is a CSV header with a title or abstract column: `csv`;
- otherwise the file name's extension (.jsonl, .json, .csv, .tsv; under .gz too).
"""
from __future__ import annotations

import re
from pathlib import PurePath

from kg.ingest.conference import TIMES_RE
from kg.ingest.daily import AUTHORS_RE, PAGE_MARKERS
from kg.ingest.records import ABSTRACT_KEYS, TITLE_KEYS, header_columns

# Lines of the head looked at for the text layouts' markers.
MAX_LINES = 200
_ABSTRACT_LINE_RE = re.compile(r"^\s*Abstract:\s*\S", re.IGNORECASE)
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "csv"}


def detect_format(head: str, path: str = "") -> str | None:
    """The format name of a file whose text begins with `head`, or None if nothing tells.

    Args:
        head: the first kilobytes of the file, decoded.
        path: the file's name, used only when the content has no marker.
    """
    stripped = head.lstrip()
    if stripped.startswith("["):
        return "json"
    if stripped.startswith("{"):
        return "json" if stripped.split("\n", 1)[0].strip() == "{" else "jsonl"
    lines = [line.strip() for line in head.splitlines()[:MAX_LINES]]
    if any(TIMES_RE.match(line) for line in lines):
        return "conference"
    if any(_ABSTRACT_LINE_RE.match(line) for line in lines):
        return "abstract-lines"
    if any(AUTHORS_RE.match(line) or line.lower() in PAGE_MARKERS for line in lines):
        return "daily"
    first = next((line for line in lines if line), "")
    columns = {c.lower() for c in header_columns(first)}
    if columns & (TITLE_KEYS | ABSTRACT_KEYS):
        return "csv"
    return _by_extension(path)


def _by_extension(path: str) -> str | None:
    suffixes = [s.lower() for s in PurePath(path).suffixes]
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes.pop()
    return _EXTENSIONS.get(suffixes[-1]) if suffixes else None
