"""detect_format on the heads of real seed and corpus files, and on small samples."""
from __future__ import annotations

import gzip

import pytest

from kg.ingest.detect import detect_format

from tests.ingest.conftest import ARXIV_SAMPLE, SEEDS


@pytest.mark.parametrize("name, expected", [
    ("000_fa78b4c63d8f22c8.txt", "conference"),
    ("001_2d687e4bedecaf0d.txt", "daily"),
    ("002_d347bd77abd7ac0c.txt", "daily"),
    ("003_c273f1a1012d9d74.txt", "daily"),
    ("004_3c7b7a09f6373a5e.txt", "abstract-lines"),
])
def test_detect_format_seeds(name, expected):
    assert detect_format((SEEDS / name).read_text()[:65536], name) == expected


def test_detect_format_arxiv_jsonl():
    head = gzip.decompress(ARXIV_SAMPLE.read_bytes())[:65536].decode("utf-8", "replace")
    assert detect_format(head, "sample.dat") == "jsonl"


@pytest.mark.parametrize("head, path, expected", [
    ('[{"abstract": "x"}]', "a.txt", "json"),
    ('{\n  "papers": []\n}', "a.txt", "json"),
    ('{"abstract": "x"}\n{"abstract": "y"}', "a.txt", "jsonl"),
    ("Title,Abstract,Year\nA,B,2020\n", "a.txt", "csv"),
    ("title\tabstract\nA\tB\n", "a.txt", "csv"),
    ("paper_id,summary\n1,B\n", "a.txt", "csv"),
    ("name,text\nA,B\n", "papers.csv.gz", "csv"),
    ("name,text\nA,B\n", "papers.txt", None),
    ("Just some prose without markers.\n", "notes.txt", None),
])
def test_detect_format_samples(head, path, expected):
    assert detect_format(head, path) == expected
