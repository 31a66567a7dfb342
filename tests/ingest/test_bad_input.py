"""Bad input: each problem is one line naming the file (and line), good records still come through,
and the counts add up: read == passed on + merged + skipped records."""
from __future__ import annotations

import csv
import json

import pytest

from kg.errors import InputError
from kg.ingest import iter_papers
from kg.report import Report

from tests.ingest.conftest import ARXIV_SAMPLE, DAILY_SEED, assert_counts_add_up


def _read(paths, **options):
    report = Report()
    papers = list(iter_papers([str(p) for p in paths], report=report, **options))
    assert_counts_add_up(report, len(papers))
    for line in report.problems:
        assert "\n" not in line
    return papers, report


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_empty_file_is_skipped_by_name(tmp_path, arxiv_records):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("\n  \n\t\n")
    good = _jsonl(tmp_path / "good.jsonl", arxiv_records[:2])
    papers, report = _read([empty, blank, good])
    assert len(papers) == 2
    assert report.skipped == {"empty file": 2}
    assert report.problems == [f"{empty}: empty file: 0 bytes", f"{blank}: empty file: nothing but whitespace"]


def test_missing_path_and_unmatched_glob_are_skipped(tmp_path, arxiv_records):
    good = _jsonl(tmp_path / "good.jsonl", arxiv_records[:1])
    papers, report = _read([tmp_path / "nope.jsonl", good, tmp_path / "*.csv"])
    assert len(papers) == 1
    assert report.skipped == {"missing path": 2}
    assert report.problems[0] == f"{tmp_path / 'nope.jsonl'}: missing path: no such file or directory"
    assert report.problems[1].startswith(f"{tmp_path / '*.csv'}: missing path")


def test_directory_with_no_readable_inputs_is_skipped(tmp_path):
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    junk_dir = tmp_path / "junk"
    junk_dir.mkdir()
    (junk_dir / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    papers, report = _read([empty_dir, junk_dir, DAILY_SEED])
    assert len(papers) == 94
    assert report.skipped == {"no readable inputs": 2, "binary file": 1}
    assert f"{empty_dir}: no readable inputs: directory holds no files" in report.problems
    assert f"{junk_dir}: no readable inputs: none of its files could be read" in report.problems


def test_binary_file_is_skipped(tmp_path, arxiv_records):
    binary = tmp_path / "model.bin"
    binary.write_bytes(bytes(range(256)) * 40)
    noise = tmp_path / "noise.txt"  # no NUL, but not text either
    noise.write_bytes(bytes(range(1, 32)) * 10 + b"\xff\xfe\xfd" * 50)
    utf16 = tmp_path / "utf16.jsonl"
    utf16.write_bytes(json.dumps(arxiv_records[0]).encode("utf-16"))
    papers, report = _read([binary, noise, utf16, ARXIV_SAMPLE])
    assert len(papers) == 303
    assert report.skipped == {"binary file": 3}
    assert report.problems[0] == f"{binary}: binary file: holds NUL bytes"
    assert "UTF-16" in report.problems[2]


def test_invalid_utf8_inside_good_text_is_replaced_and_reported(tmp_path):
    data = DAILY_SEED.read_bytes()
    lines = data.split(b"\n")
    assert lines[14].startswith(b"In this work, we introduce Vision-Language")
    lines[14] = lines[14].replace(b"Vision-Language", b"Vision\xff\xfeLanguage", 1)
    broken = tmp_path / "daily.txt"
    broken.write_bytes(b"\n".join(lines))
    papers, report = _read([broken])
    assert len(papers) == 94
    assert papers[0].abstract.startswith("In this work, we introduce Vision\ufffd\ufffdLanguage")
    assert report.skipped_total == 0
    assert report.problems == [f"{broken}:15: invalid UTF-8 replaced"]


def test_latin1_jsonl_line_keeps_its_record(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"id": "x", "title": "Caf\xe9", "abstract": "Na\xefve Bayes for caf\xe9s."}\n')
    papers, report = _read([path])
    assert [(p.id, p.title) for p in papers] == [("x", "Caf\ufffd")]
    assert report.problems == [f"{path}:1: invalid UTF-8 replaced"]


def test_malformed_json_line_among_good_ones(tmp_path, arxiv_records):
    path = tmp_path / "mixed.jsonl"
    good = [json.dumps(r) for r in arxiv_records[:3]]
    path.write_text("\n".join([good[0], '{"id": "broken", "abstract": "cut off', good[1], "", "[1, 2]", good[2]]))
    papers, report = _read([path])
    assert [p.id for p in papers] == [r["id"] for r in arxiv_records[:3]]
    assert report.read == 5
    assert report.skipped == {"not JSON": 1, "not a record": 1}
    assert report.problems[0].startswith(f"{path}:2: not JSON: Unterminated string")
    assert report.problems[1] == f"{path}:5: not a record: a JSON list, not an object"


def test_json_record_without_abstract(tmp_path, arxiv_records):
    records = [arxiv_records[0], {"id": "no-abs", "title": "A title only"},
               {"id": "empty", "abstract": "   "}, {"id": "num", "abstract": 42}, arxiv_records[1]]
    papers, report = _read([_jsonl(tmp_path / "some.jsonl", records)])
    assert [p.id for p in papers] == [arxiv_records[0]["id"], arxiv_records[1]["id"]]
    assert report.skipped == {"no abstract": 3}
    assert report.problems == [
        f"{tmp_path / 'some.jsonl'}:2: no abstract: the abstract is missing",
        f"{tmp_path / 'some.jsonl'}:3: no abstract: the abstract is empty",
        f"{tmp_path / 'some.jsonl'}:4: no abstract: the abstract is a int, not text",
    ]


def test_json_array_broken_part_way_keeps_the_records_before(tmp_path, arxiv_records):
    path = tmp_path / "cut.json"
    text = json.dumps(arxiv_records[:3], indent=1)
    path.write_text(text[: text.index(arxiv_records[2]["abstract"][:30])])
    papers, report = _read([path])
    assert [p.id for p in papers] == [r["id"] for r in arxiv_records[:2]]
    assert report.skipped == {"not JSON": 1}
    assert report.problems[0].startswith(f"{path}:")


def test_csv_without_title_or_abstract_columns_is_skipped(tmp_path, arxiv_records):
    path = tmp_path / "wrong.csv"
    path.write_text("name,text\nVAR,We present Visual AutoRegressive modeling\n")
    good = _jsonl(tmp_path / "good.jsonl", arxiv_records[:1])
    papers, report = _read([path, good])
    assert len(papers) == 1
    assert report.skipped == {"no title/abstract columns": 1}
    assert report.problems == [f"{path}:1: no title/abstract columns: the header has no title/abstract "
                               f"column (columns: 'name', 'text')"]
    with pytest.raises(InputError, match=r"wrong\.csv:1: no title/abstract columns"):
        list(iter_papers([path], strict=True))


def test_truncated_gzip_keeps_records_before_the_damage(tmp_path):
    data = ARXIV_SAMPLE.read_bytes()
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    papers, report = _read([path])
    assert 100 < len(papers) < 303
    assert list(report.skipped) == ["unreadable file"]
    assert report.problems[0].startswith(f"{path}:{len(papers) + 1}: unreadable file")


@pytest.mark.parametrize("layout", ["jsonl", "csv", "daily"])
def test_five_megabyte_abstract_is_skipped_with_its_size(tmp_path, arxiv_records, layout):
    sentence = arxiv_records[0]["abstract"] + " "
    abstract = (sentence * (5_000_000 // len(sentence) + 1))[:5_000_000].strip()
    path = tmp_path / f"big.{layout}"
    if layout == "jsonl":
        _jsonl(path, [{"id": "big", "title": "Big", "abstract": abstract}, arxiv_records[1]])
    elif layout == "csv":
        with path.open("w", newline="") as stream:
            csv.writer(stream).writerows([["title", "abstract"], ["Big", abstract],
                                          [arxiv_records[1]["title"], arxiv_records[1]["abstract"]]])
    else:
        path.write_text(f"Daily Papers\n\nBig\n\n{abstract}\n\n  • 3 authors\n·\nMar 1, 2024\n\n"
                        f"{arxiv_records[1]['title']}\n\n{arxiv_records[1]['abstract']}\n")
    papers, report = _read([path])
    assert [p.title for p in papers] == [arxiv_records[1]["title"]]
    assert report.skipped == {"abstract too long": 1}
    (problem,) = report.problems
    assert problem.startswith(f"{path}:") and problem.endswith(
        "abstract too long: 5,000,000 characters (at most 100,000)")


def test_non_english_and_marked_up_text_is_kept_as_printed(tmp_path):
    records = [
        {"id": "zh", "title": "基于深度学习的图像分类", "abstract": "我们提出了一种新的图像分类方法，在 CIFAR-10 上达到 97.3% 的准确率。"},
        {"id": "ar", "title": "تعلم الآلة", "abstract": "نقترح طريقة جديدة لتصنيف النصوص باستخدام الشبكات العصبية."},
        {"id": "mix", "title": "<b>Bold</b> &amp; 🚀", "abstract": "We reach $\\mathcal{O}(n^2)$ &lt;fast&gt; 🙂 \u200fמודל\u200f."},
    ]
    papers, report = _read([_jsonl(tmp_path / "intl.jsonl", records)])
    assert [(p.title, p.abstract) for p in papers] == [(r["title"], r["abstract"]) for r in records]
    assert not report.problems


def test_lone_surrogates_in_json_become_replacement_characters(tmp_path):
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"id": "s", "title": "A \\ud800 B", "abstract": "x \\ud83d\\ude00 y \\udc00"}\n')
    (paper,) = iter_papers([path])
    assert paper.title == "A \ufffd B"
    assert paper.abstract == "x \U0001f600 y \ufffd"
    paper.abstract.encode("utf-8")  # writable downstream


def test_strict_raises_at_the_first_problem_with_file_and_line(tmp_path, arxiv_records):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(arxiv_records[0]) + "\nnot json\n" + json.dumps(arxiv_records[1]) + "\n")
    seen = []
    with pytest.raises(InputError) as caught:
        for paper in iter_papers([path], strict=True):
            seen.append(paper.id)
    assert seen == [arxiv_records[0]["id"]]
    assert str(caught.value).startswith(f"{path}:2: not JSON")
    assert (caught.value.path, caught.value.line) == (str(path), 2)
    with pytest.raises(InputError, match="missing path"):
        list(iter_papers([tmp_path / "absent"], strict=True))


def test_file_with_no_records_says_so(tmp_path, arxiv_records):
    empty_array = tmp_path / "none.json"
    empty_array.write_text("[]\n")
    no_sessions = tmp_path / "page.txt"
    no_sessions.write_text("Skip to main content\n\nOral Session 2D\n")
    papers, report = _read([empty_array, ARXIV_SAMPLE])
    assert len(papers) == 303
    assert report.problems == [f"{empty_array}: no records: read as json, it holds no paper records"]
    papers, report = _read([no_sessions], fmt="conference")
    assert papers == [] and report.skipped == {"no records": 1}
