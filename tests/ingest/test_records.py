"""JSON Lines, JSON and CSV round-trip real arXiv records (examples/arxiv-cs-2019-sample.jsonl.gz)."""
from __future__ import annotations

import csv
import gzip
import json

from kg.ingest import iter_papers, paper_id_for
from kg.report import Report

from tests.ingest.conftest import ARXIV_SAMPLE, assert_counts_add_up


def _expected(record: dict) -> tuple:
    return (record["id"], record["title"], record["abstract"].strip())


def test_jsonl_reads_the_arxiv_sample_gzip():
    report = Report()
    papers = list(iter_papers([ARXIV_SAMPLE], report=report))
    assert report.read == 303 and len(papers) == 303 and not report.skipped
    assert_counts_add_up(report, len(papers))
    first = papers[0]
    assert first.id == "0907.3220"
    assert first.title == "Inter Genre Similarity Modelling For Automatic Music Genre Classification"
    assert first.authors == ("Ulas Bagci", "Engin Erzin")
    assert first.categories == ("cs.AI",)
    assert first.date == "2009-07-18"
    assert (first.line, first.source) == (1, str(ARXIV_SAMPLE))
    assert papers[1].line == 2


def test_jsonl_round_trips_records(tmp_path, arxiv_records):
    path = tmp_path / "papers.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in arxiv_records))
    papers = list(iter_papers([path]))
    assert [(p.id, p.title, p.abstract) for p in papers] == [_expected(r) for r in arxiv_records]
    assert [p.categories for p in papers] == [tuple(r["categories"].split()) for r in arxiv_records]
    assert [p.date for p in papers] == [r["update_date"] for r in arxiv_records]


def test_jsonl_categories_string_splits_into_several(tmp_path, arxiv_records):
    path = tmp_path / "multi.jsonl"
    path.write_text(json.dumps({**arxiv_records[0], "categories": "cs.LG stat.ML"}))
    assert next(iter_papers([path])).categories == ("cs.LG", "stat.ML")


def test_json_array_round_trips_records_with_line_of_each(tmp_path, arxiv_records):
    path = tmp_path / "papers.json"
    path.write_text(json.dumps(arxiv_records[:20], indent=2))
    papers = list(iter_papers([path]))
    assert [(p.id, p.title, p.abstract) for p in papers] == [_expected(r) for r in arxiv_records[:20]]
    # indent=2 prints each record as "{", its 6 fields, "}," : 8 lines a record after the "[".
    assert [p.line for p in papers] == [2 + 8 * i for i in range(20)]


def test_json_object_holding_papers_list(tmp_path, arxiv_records):
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"papers": arxiv_records[:3]}))
    assert [p.id for p in iter_papers([path])] == [r["id"] for r in arxiv_records[:3]]


def test_csv_round_trips_records_with_case_insensitive_header(tmp_path, arxiv_records):
    path = tmp_path / "papers.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["ID", "Title", "Authors", "Abstract", "Categories", "Update_Date"])
        for r in arxiv_records[:40]:
            writer.writerow([r["id"], r["title"], r["authors"], r["abstract"], r["categories"], r["update_date"]])
    papers = list(iter_papers([path]))
    assert [(p.id, p.title, p.abstract) for p in papers] == [_expected(r) for r in arxiv_records[:40]]
    # Abstracts with line breaks are quoted multi-line fields: lines still point at record starts.
    assert papers[0].line == 2
    assert [p.line for p in papers] == sorted(p.line for p in papers)
    assert papers[0].date == arxiv_records[0]["update_date"]


def test_generic_records_use_synonyms_and_hash_ids(tmp_path, arxiv_records):
    r = arxiv_records[5]
    path = tmp_path / "generic.jsonl"
    lines = [
        {"paper_id": "P-1", "title": r["title"], "summary": r["abstract"]},
        {"title": r["title"], "abstract": r["abstract"], "authors": ["Ada Lovelace", {"name": "Alan Turing"}]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines))
    first, second = iter_papers([path])
    assert (first.id, first.abstract) == ("P-1", r["abstract"].strip())
    assert second.id == paper_id_for(r["abstract"])
    assert second.authors == ("Ada Lovelace", "Alan Turing")


def test_arxiv_author_strings_split_on_commas_and_and(tmp_path):
    path = tmp_path / "authors.jsonl"
    path.write_text(json.dumps({"id": "1", "abstract": "Text.",
                                "authors": "A. Smith (MIT), B. Jones, and C. Wu and D. Li"}))
    (paper,) = iter_papers([path])
    assert paper.authors == ("A. Smith", "B. Jones", "C. Wu", "D. Li")


def test_gzip_is_told_by_magic_bytes_not_name(tmp_path, arxiv_records):
    hidden = tmp_path / "papers.txt"
    hidden.write_bytes(gzip.compress(("\n".join(json.dumps(r) for r in arxiv_records[:5])).encode()))
    named = tmp_path / "plain.jsonl.gz"
    named.write_text(json.dumps(arxiv_records[0]))
    assert [p.id for p in iter_papers([hidden])] == [r["id"] for r in arxiv_records[:5]]
    assert [p.id for p in iter_papers([named])] == [arxiv_records[0]["id"]]


def test_gzip_sample_and_plain_copy_give_the_same_papers(tmp_path):
    plain = tmp_path / "sample.jsonl"
    plain.write_bytes(gzip.decompress(ARXIV_SAMPLE.read_bytes()))
    strip = lambda ps: [(p.id, p.title, p.abstract, p.authors, p.date) for p in ps]  # noqa: E731
    assert strip(iter_papers([plain])) == strip(iter_papers([ARXIV_SAMPLE]))


def test_iter_papers_streams_jsonl_one_record_at_a_time():
    report = Report()
    papers = iter_papers([ARXIV_SAMPLE], report=report)
    assert report.read == 0  # nothing is read before the first paper is asked for
    assert next(papers).id == "0907.3220"
    assert report.read == 1
