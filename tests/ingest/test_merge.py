"""dedupe (streaming, first wins) and merge_papers (every field either copy has)."""
from __future__ import annotations

from kg.ingest import dedupe, iter_papers, merge_papers
from kg.report import Report
from kg.types import Paper

from tests.ingest.conftest import ABSTRACT_LINES_SEED, CONFERENCE_SEED

VAR_TITLE = "Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction"


def _var() -> Paper:
    return list(iter_papers([CONFERENCE_SEED]))[2]


def test_dedupe_keeps_first_and_counts_repeats():
    report = Report()
    once = list(iter_papers([CONFERENCE_SEED, ABSTRACT_LINES_SEED]))
    papers = list(dedupe(iter(once + once[::-1] + once[:1]), report))
    assert papers == once
    assert report.merged == len(once) + 1


def test_merge_papers_untitled_copy_gets_title_authors_and_award():
    var = _var()
    untitled = Paper(id=var.id, title=None, abstract=var.abstract, source="abstracts.txt", line=7,
                     categories=("cs.CV",), date="2024-04-03")
    merged = merge_papers(untitled, var)
    assert merged.title == VAR_TITLE
    assert merged.award == "Best Paper"
    assert merged.authors == var.authors
    assert merged.categories == ("cs.CV",)
    assert merged.date == "2024-04-03"
    assert (merged.source, merged.line) == ("abstracts.txt", 7)
    assert merged.also_seen == ((var.source, var.line),)


def test_merge_papers_prefers_a_full_date_and_keeps_counts():
    a = Paper(id="x", title="T", abstract="A.", author_count=None, date="Jul 25", source="a", line=1)
    b = Paper(id="x", title="Other", abstract="A.", author_count=8, date="2024-07-25", upvotes=3,
              source="b", line=9, categories=("cs.LG",))
    c = Paper(id="x", title=None, abstract="A.", source="c", line=4)
    merged = merge_papers(merge_papers(a, b), c)
    assert (merged.title, merged.author_count, merged.date, merged.upvotes) == ("T", 8, "2024-07-25", 3)
    assert merged.also_seen == (("b", 9), ("c", 4))
    assert Paper.from_json(merged.to_json()) == merged
