"""Paths and records of the sample data bundled in examples/ (real seed and corpus text)."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.ingest import record_skips

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
ARXIV_SAMPLE = ROOT / "examples" / "arxiv-cs-2019-sample.jsonl.gz"
CONFERENCE_SEED = SEEDS / "000_fa78b4c63d8f22c8.txt"
DAILY_SEED = SEEDS / "002_d347bd77abd7ac0c.txt"
ABSTRACT_LINES_SEED = SEEDS / "004_3c7b7a09f6373a5e.txt"


@pytest.fixture(scope="session")
def arxiv_records() -> list[dict]:
    """The 303 records of the bundled arXiv sample, as dicts."""
    with gzip.open(ARXIV_SAMPLE, "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def assert_counts_add_up(report, papers_out: int) -> None:
    """Every record read was either passed on, merged or skipped, and each skip has a line."""
    assert report.read == papers_out + report.merged + record_skips(report)
    assert len([p for p in report.problems if "replaced" not in p]) == report.skipped_total
