"""Property tests: whatever is written to a file, iter_papers does not crash and its counts add up."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kg.ingest import FORMATS, iter_papers
from kg.report import Report
from kg.types import Paper

from tests.ingest.conftest import assert_counts_add_up

# Text that looks a little like our layouts, mixed with anything at all.
_FRAGMENTS = st.sampled_from([
    "Abstract:", "  • 3 authors", "·", "Mar 1, 2024 2", "Wed 11 Dec. 15:30 - 15:50 PST", "Best Paper",
    "A · B", "title,abstract", '{"abstract": "x"}', "[", "{", "\n", "\n\n", ",", '"',
])
_TEXT = st.lists(st.one_of(st.text(max_size=80), _FRAGMENTS), max_size=30).map("".join)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["id", "title", "abstract", "authors", "categories", "date",
                                       "summary", "papers", "upvotes", "x"]), children, max_size=6),
    max_leaves=12,
)


def _check(data: bytes, name: str, fmt: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        report = Report()
        papers = list(iter_papers([path], fmt=fmt, report=report))
        assert_counts_add_up(report, len(papers))
        assert all(isinstance(p, Paper) and p.abstract and p.abstract == p.abstract.strip() for p in papers)
        assert all(p.source == str(path) and p.line >= 1 for p in papers)
        assert all(line.startswith(str(path)) and "\n" not in line for line in report.problems)


@given(text=_TEXT, fmt=st.sampled_from([None, *FORMATS]), name=st.sampled_from(["in.txt", "in.csv", "in.json"]))
def test_iter_papers_arbitrary_text_never_crashes_and_counts_add_up(text, fmt, name):
    _check(text.encode("utf-8", "surrogatepass"), name, fmt)


@given(data=st.binary(max_size=400), fmt=st.sampled_from([None, *FORMATS]))
def test_iter_papers_arbitrary_bytes_never_crash_and_counts_add_up(data, fmt):
    _check(data, "in.dat", fmt)


@given(records=st.lists(_JSON, max_size=6), as_array=st.booleans())
def test_iter_papers_arbitrary_json_records_never_crash_and_counts_add_up(records, as_array):
    text = json.dumps(records) if as_array else "\n".join(json.dumps(r) for r in records)
    _check(text.encode("utf-8"), "in.json" if as_array else "in.jsonl", None)
