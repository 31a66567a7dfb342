"""Readers of record formats: JSON Lines, JSON arrays and CSV, and the record -> Paper mapping.

Fields are looked up by these names (case-insensitive for CSV columns, exact for JSON keys),
the first one present wins:
- id: `id`, `paper_id`, `arxiv_id`; absent -> `paper_id_for(abstract)`;
- title: `title`;  abstract: `abstract`, `summary`, `abstract_text`;
- authors: `authors` as one string ("A, B and C", the arXiv snapshot layout) or a list of names
  (or of objects with a `name`); `author_count`/`n_authors` where only a count is given;
- date: `date`, `published`, `update_date` (ISO yyyy-mm-dd where complete);
- categories: `categories` as a space-separated string or a list; `award`; `upvotes`.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from typing import Any, Iterable, Iterator

from kg.ingest.dates import iso_date
from kg.ingest.ids import paper_id_for
from kg.ingest.skips import NO_ABSTRACT, NO_COLUMNS, NOT_A_RECORD, NOT_JSON, InputSkip, Skipped
from kg.types import Paper

ID_KEYS = ("id", "paper_id", "arxiv_id")
TITLE_KEYS = frozenset({"title"})
ABSTRACT_KEYS_ORDERED = ("abstract", "summary", "abstract_text")
ABSTRACT_KEYS = frozenset(ABSTRACT_KEYS_ORDERED)
DATE_KEYS = ("date", "published", "update_date")
COUNT_KEYS = ("author_count", "n_authors")
# Where a JSON document is an object holding the records in a list.
LIST_KEYS = ("papers", "records", "data", "items")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# Names in an arXiv authors string: commas, semicolons, and a final "and".
_AUTHOR_SPLIT_RE = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_PARENTHESES_RE = re.compile(r"\([^()]*\)")


def read_jsonl(lines: Iterable[tuple[int, str]], source: str) -> Iterator[Paper | Skipped]:
    """Papers of a JSON Lines file, one JSON object a line; blank lines are passed over.

    A line holding an object with its records in a list (`{"papers": [...]}`, a one-line JSON
    export) gives each of them, all at that line.
    """
    for lineno, text in lines:
        if not text.strip():
            continue
        try:
            value = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as err:
            yield Skipped(NOT_JSON, lineno, _json_error(err))
            continue
        listed = _listed_records(value)
        for item in listed if listed is not None else [value]:
            yield record_to_paper(item, source, lineno)


def read_json(lines: Iterable[tuple[int, str]], source: str) -> Iterator[Paper | Skipped]:
    """Papers of a JSON document: an array of records, an object holding one under `papers`
    (or `records`, `data`, `items`), or a single record. The document is loaded whole.
    """
    text = "\n".join(line for _, line in lines)
    if text.lstrip().startswith("["):
        # Element by element: each record gets its line, and those before any damage are kept.
        yield from _array_records(text, source)
        return
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as err:
        yield Skipped(NOT_JSON, getattr(err, "lineno", 1), _json_error(err))
        return
    if isinstance(value, dict):
        listed = _listed_records(value)
        value = listed if listed is not None else [value]
    if not isinstance(value, list):
        yield Skipped(NOT_A_RECORD, 1, f"a JSON {type(value).__name__}, not an array or object")
        return
    # An object's list: json.loads keeps no positions, so the object's start stands for them.
    for item in value:
        yield record_to_paper(item, source, 1)


def _listed_records(value: Any) -> list | None:
    """The records of an object that holds them in a list (`{"papers": [...]}`), else None."""
    if not isinstance(value, dict) or _first(value, ABSTRACT_KEYS_ORDERED) is not None:
        return None
    return next((value[k] for k in LIST_KEYS if isinstance(value.get(k), list)), None)


def _array_records(text: str, source: str) -> Iterator[Paper | Skipped]:
    decoder = json.JSONDecoder()
    position = text.index("[") + 1
    while True:
        position = _skip_space(text, position)
        if position < len(text) and text[position] == "]":
            return
        line = text.count("\n", 0, position) + 1
        try:
            value, position = decoder.raw_decode(text, position)
        except (json.JSONDecodeError, RecursionError) as err:
            yield Skipped(NOT_JSON, line, _json_error(err) + "; the rest of the array is not read")
            return
        yield record_to_paper(value, source, line)
        position = _skip_space(text, position)
        if position < len(text) and text[position] == ",":
            position += 1


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def read_csv(lines: Iterable[tuple[int, str]], source: str) -> Iterator[Paper | Skipped]:
    """Papers of a CSV (or tab-separated) file whose header names an abstract column.

    Raises:
        InputSkip: NO_COLUMNS when the header has no abstract column.
    """
    # Abstracts can be megabytes long; the csv module's default field limit is 128 KiB.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    numbered = iter(lines)
    current = [0]

    def text_lines() -> Iterator[str]:
        for lineno, text in numbered:
            current[0] = lineno
            yield text + "\n"

    stream = text_lines()
    header_text = next((text for text in stream if text.strip()), "")
    header_line = current[0]
    delimiter = "\t" if "\t" in header_text and "," not in header_text else ","
    header = header_columns(header_text.rstrip("\n"))
    columns = [c.strip().lower() for c in header]
    if not any(c in ABSTRACT_KEYS for c in columns):
        shown = ", ".join(repr(c) for c in header[:8]) or "none"
        raise InputSkip(NO_COLUMNS, header_line, f"the header has no title/abstract column (columns: {shown})")
    reader = csv.reader(stream, delimiter=delimiter)
    while True:
        start = current[0] + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield Skipped(NOT_A_RECORD, start, f"bad CSV row: {err}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        yield record_to_paper(dict(zip(columns, row)), source, start)


def header_columns(line: str) -> list[str]:
    """The cells of `line` read as a CSV (or tab-separated) header, stripped."""
    delimiter = "\t" if "\t" in line and "," not in line else ","
    try:
        return [c.strip() for c in next(csv.reader([line], delimiter=delimiter), [])]
    except csv.Error:
        return []


def record_to_paper(record: Any, source: str, line: int) -> Paper | Skipped:
    """The Paper of one JSON or CSV record, or why it is not one.

    Args:
        record: the decoded JSON value (or a CSV row as a dict of lower-cased columns).
        source: the file's path.
        line: the 1-based line where the record starts.
    """
    if not isinstance(record, dict):
        return Skipped(NOT_A_RECORD, line, f"a JSON {type(record).__name__}, not an object")
    abstract = _first(record, ABSTRACT_KEYS_ORDERED)
    if not isinstance(abstract, str) or not abstract.strip():
        what = "missing" if abstract is None else ("empty" if isinstance(abstract, str) else
                                                   f"a {type(abstract).__name__}, not text")
        return Skipped(NO_ABSTRACT, line, f"the abstract is {what}")
    abstract = _clean(abstract).strip()
    own_id = _first(record, ID_KEYS)
    own_id = _clean(str(own_id)).strip() if own_id not in (None, "") else ""
    title = record.get("title")
    title = " ".join(_clean(str(title)).split()) or None if title is not None else None
    date = _first(record, DATE_KEYS)
    return Paper(
        id=own_id or paper_id_for(abstract),
        title=title,
        abstract=abstract,
        authors=_authors(record.get("authors")),
        author_count=_integer(_first(record, COUNT_KEYS)),
        date=iso_date(_clean(str(date))) if date not in (None, "") else None,
        award=_clean(str(record["award"])).strip() or None if record.get("award") else None,
        categories=_categories(record.get("categories")),
        source=source,
        line=line,
        upvotes=_integer(record.get("upvotes")),
    )


def _first(record: dict, keys: Iterable[str]) -> Any:
    for key in keys:
        if record.get(key) is not None:
            return record[key]
    return None


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        text = _clean(value)
        while _PARENTHESES_RE.search(text):  # affiliations, possibly nested
            text = _PARENTHESES_RE.sub("", text)
        names = _AUTHOR_SPLIT_RE.split(text)
    elif isinstance(value, list):
        names = [item.get("name") if isinstance(item, dict) else item for item in value]
        names = [_clean(n) for n in names if isinstance(n, str)]
    else:
        return ()
    return tuple(" ".join(n.split()) for n in names if n and n.strip())


def _categories(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return tuple(_clean(value).split())
    if isinstance(value, list):
        return tuple(_clean(c).strip() for c in value if isinstance(c, str) and c.strip())
    return ()


def _integer(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _clean(text: str) -> str:
    # JSON can carry lone surrogates ("\ud800"), which no UTF-8 writer downstream accepts.
    if _SURROGATE_RE.search(text):
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text


def _json_error(err: Exception) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} at column {err.colno}"
    return "nested too deeply"
