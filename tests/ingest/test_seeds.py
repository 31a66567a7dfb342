"""The five seed documents: three page layouts, real text, 295 records, 285 distinct papers."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from kg.ingest import dedupe, iter_papers, merge_papers
from kg.report import Report

from tests.ingest.conftest import ABSTRACT_LINES_SEED, CONFERENCE_SEED, DAILY_SEED, SEEDS, assert_counts_add_up

VAR_TITLE = "Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction"


def test_iter_papers_seeds_give_295_records_and_285_papers():
    report = Report()
    papers = list(dedupe(iter_papers([SEEDS], report=report), report))
    assert report.read == 295
    assert len(papers) == 285
    assert report.merged == 10
    assert not report.skipped and not report.problems
    assert len({p.id for p in papers}) == 285
    assert_counts_add_up(report, len(papers))


def test_iter_papers_seeds_records_per_file():
    counts = Counter(Path(paper.source).name[:3] for paper in iter_papers([SEEDS]))
    assert counts == {"000": 3, "001": 76, "002": 94, "003": 112, "004": 10}


def test_conference_var_keeps_title_award_authors_and_latex():
    papers = list(iter_papers([CONFERENCE_SEED]))
    assert [p.title for p in papers] == [
        "Span-Based Optimal Sample Complexity for Weakly Communicating and General Average Reward MDPs",
        "VASA-1: Lifelike Audio-Driven Talking Faces Generated in Real Time",
        VAR_TITLE,
    ]
    var = papers[2]
    assert var.award == "Best Paper"
    assert var.authors == ("Keyu Tian", "Yi Jiang", "Zehuan Yuan", "BINGYUE PENG", "Liwei Wang")
    assert var.abstract.startswith("We present Visual AutoRegressive modeling (VAR), a new generation")
    assert "FID) from 18.65 to 1.73" in var.abstract
    assert var.date == "Wed 11 Dec."
    assert (var.line, var.source) == (29, str(CONFERENCE_SEED))
    assert papers[0].award is None and papers[0].authors == ("Matthew Zurek", "Yudong Chen")
    assert r"$\varepsilon$-optimal" in papers[0].abstract  # LaTeX math kept as printed


def test_daily_keeps_author_counts_dates_and_upvotes():
    papers = list(iter_papers([DAILY_SEED]))
    first, second, third = papers[:3]
    assert first.title == ("VL-GPT: A Generative Pre-trained Transformer for Vision and Language "
                           "Understanding and Generation")
    assert first.abstract.startswith("In this work, we introduce Vision-Language Generative")
    assert (first.author_count, first.date, first.upvotes, first.line) == (8, "2023-12-14", 1, 13)
    assert first.authors == () and first.award is None
    assert (second.title, second.author_count, second.date, second.upvotes) == (
        "Transformers learn in-context by gradient descent", 7, "2022-12-15", None)
    assert (third.author_count, third.date) == (1, "Jul 25")  # no year printed: kept as printed
    assert sum(p.author_count is not None for p in papers) == 90
    # The listing's last record ends the file without a newline: its date still counts.
    assert papers[-1].title == "Preserving Statistical Validity in Adaptive Data Analysis"
    assert (papers[-1].author_count, papers[-1].date) == (6, "2014-11-10")


def test_daily_without_counts_reads_title_abstract_pairs():
    papers = list(iter_papers([SEEDS / "001_2d687e4bedecaf0d.txt"]))
    assert len(papers) == 76
    assert papers[0].title == "One-Shot Diffusion Mimicker for Handwritten Text Generation"
    assert papers[0].abstract.startswith("Existing handwritten text generation methods")
    assert all(p.author_count is None and p.date is None for p in papers)


def test_abstract_lines_have_no_title_and_strip_the_prefix():
    papers = list(iter_papers([ABSTRACT_LINES_SEED]))
    assert len(papers) == 10
    assert all(p.title is None for p in papers)
    assert papers[0].abstract.startswith("Training diffusion models for audiovisual sequences")
    assert [p.line for p in papers] == list(range(1, 11))


def test_merge_papers_joins_the_two_copies_of_a_seed_paper():
    papers = {}
    for paper in iter_papers([SEEDS]):
        papers[paper.id] = merge_papers(papers[paper.id], paper) if paper.id in papers else paper
    assert len(papers) == 285
    # Read first without a count (001), then with "• N authors" and a date (002).
    twice = [p for p in papers.values() if p.also_seen and p.author_count is not None]
    assert twice, "a paper listed in 001 and 002 keeps 002's author count"
    paper = twice[0]
    assert paper.source.endswith("001_2d687e4bedecaf0d.txt")
    assert paper.also_seen[0][0].endswith("002_d347bd77abd7ac0c.txt")
    assert paper.date is not None
