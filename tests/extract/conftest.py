"""Shared fixtures for the extraction tests: one pipeline per session, helpers to run it."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.facts import doc_to_facts, paper_text
from kg.extract.pipeline import build_nlp
from kg.types import Paper

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
ARXIV_SAMPLE = ROOT / "examples" / "arxiv-cs-2019-sample.jsonl.gz"
DATA = ROOT / "tests" / "data" / "extract"


@pytest.fixture(scope="session")
def nlp():
    """The shipped pipeline (shipped lexicons included)."""
    return build_nlp()


@pytest.fixture(scope="session")
def bare_nlp():
    """The pipeline with only the small test lexicon, so rules are tested on their own."""
    return build_nlp([DATA / "lexicon.jsonl"], shipped_lexicons=False)


def facts_of(nlp, abstract: str, title: str | None = None, paper_id: str = "t1"):
    """PaperFacts of one abstract."""
    paper = Paper(id=paper_id, title=title, abstract=abstract)
    return doc_to_facts(nlp(paper_text(paper)), paper)


def names(entities) -> set[str]:
    return {e.name for e in entities}


def results_by_value(facts) -> dict[float, object]:
    return {r.value: r for r in facts.results}


def metric_values(facts) -> list[tuple[str, float]]:
    """(metric, value) of each result, in text order."""
    return [(r.metric, r.value) for r in facts.results]
