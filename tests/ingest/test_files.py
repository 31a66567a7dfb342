"""Path expansion (directories, globs), forced and unknown formats."""
from __future__ import annotations

import json
import shutil

import pytest

from kg.errors import UsageError
from kg.ingest import FORMATS, iter_papers
from kg.ingest.files import InputFile, MissingInput, expand_inputs, resolve_inputs
from kg.report import Report

from tests.ingest.conftest import ABSTRACT_LINES_SEED, ARXIV_SAMPLE, DAILY_SEED, SEEDS


def test_resolve_inputs_walks_directories_sorted_and_recursively(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".hidden").write_text("x")
    found = list(resolve_inputs([tmp_path]))
    assert found == [InputFile(str(tmp_path / "a.txt"), str(tmp_path)),
                     InputFile(str(tmp_path / "b" / "z.txt"), str(tmp_path))]


def test_resolve_inputs_names_each_file_once_and_reports_missing(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("x")
    found = list(resolve_inputs([one, tmp_path, tmp_path / "nope.txt"]))
    assert found == [InputFile(str(one)), MissingInput(str(tmp_path / "nope.txt"), "missing path",
                                                       "no such file or directory")]


def test_expand_inputs_gives_paths_and_counts_missing(tmp_path):
    report = Report()
    assert list(expand_inputs([SEEDS, tmp_path / "nope"], report)) == sorted(str(p) for p in SEEDS.iterdir())
    assert report.problems == [f"{tmp_path / 'nope'}: missing path: no such file or directory"]


def test_iter_papers_record_ranges_cover_a_file_once(tmp_path):
    parts = [list(iter_papers([ARXIV_SAMPLE], record_range=(first, first + 100))) for first in (0, 100, 200, 300)]
    assert [len(p) for p in parts] == [100, 100, 100, 3]
    assert [p.id for part in parts for p in part] == [p.id for p in iter_papers([ARXIV_SAMPLE])]
    assert parts[1][0].line == 101
    report = Report()
    daily = list(iter_papers([DAILY_SEED], record_range=(90, None), report=report))
    assert len(daily) == report.read == 4


def test_iter_papers_expands_globs(tmp_path):
    for seed in SEEDS.glob("00[04]_*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    papers = list(iter_papers([str(tmp_path / "*.txt")]))
    assert len(papers) == 3 + 10
    assert papers[0].source.endswith("000_fa78b4c63d8f22c8.txt")


def test_iter_papers_recursive_glob_over_directories(tmp_path):
    (tmp_path / "deep" / "er").mkdir(parents=True)
    shutil.copy(ABSTRACT_LINES_SEED, tmp_path / "deep" / "er" / "abs.txt")
    assert len(list(iter_papers([str(tmp_path / "**" / "*.txt")]))) == 10


def test_iter_papers_forced_format_overrides_detection(tmp_path):
    # Detected as daily (the page markers) ...
    assert len(list(iter_papers([DAILY_SEED]))) == 94
    # ... forced as abstract-lines, the daily page has no "Abstract:" line: one skip, no papers.
    report = Report()
    assert list(iter_papers([DAILY_SEED], fmt="abstract-lines", report=report)) == []
    assert report.skipped == {"not a record": 1}
    # A listing of plain title/abstract pairs has no marker; forcing `daily` reads it.
    pairs = tmp_path / "pairs.txt"
    pairs.write_text("A Title\n\nIts abstract, long enough to read as one.\n\nB Title\n\nAnother abstract.\n")
    report = Report()
    assert list(iter_papers([pairs], report=report)) == []
    assert report.skipped == {"unknown format": 1}
    assert "--format" in report.problems[0]
    assert [p.title for p in iter_papers([pairs], fmt="daily")] == ["A Title", "B Title"]


def test_iter_papers_forced_jsonl_reads_a_file_named_txt(tmp_path):
    path = tmp_path / "records.txt"
    path.write_text(json.dumps({"id": "x1", "abstract": "We study things."}) + "\n")
    assert [p.id for p in iter_papers([path], fmt="jsonl")] == ["x1"]


def test_iter_papers_unknown_format_is_a_usage_error_listing_formats():
    with pytest.raises(UsageError) as caught:
        iter_papers([SEEDS], fmt="xml")  # raised at the call, before any iteration
    message = str(caught.value)
    assert "'xml'" in message
    assert all(name in message for name in FORMATS)
    assert "\n" not in message
