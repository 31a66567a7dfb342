"""The same paper read twice: stream out the first copy (`dedupe`) or join both (`merge_papers`)."""
from __future__ import annotations

from typing import Iterable, Iterator

from kg.ingest.dates import is_iso_date
from kg.report import Report
from kg.types import Paper


def dedupe(papers: Iterable[Paper], report: Report) -> Iterator[Paper]:
    """The papers with repeated ids left out; the first occurrence wins.

    Streaming: only the ids seen are kept in memory, so later copies cannot add their fields to
    one already passed on (use `merge_papers` where all papers are held anyway).

    Args:
        papers: papers in input order.
        report: each repeat is counted in `report.merged`.
    """
    seen: set[str] = set()
    for paper in papers:
        if paper.id in seen:
            report.merged += 1
            continue
        seen.add(paper.id)
        yield paper


def merge_papers(a: Paper, b: Paper) -> Paper:
    """One paper from two records of it: every field either has, `a`'s where both have one.

    A full (ISO) date wins over a partial one ("Jul 25"); categories are united; `b`'s place
    (source, line) and its own `also_seen` go into `also_seen`.

    Args:
        a: the copy read first (its id, source and line are kept).
        b: the copy read later.
    """
    date = a.date
    if date is None or (not is_iso_date(date) and is_iso_date(b.date)):
        date = b.date or a.date
    places = [p for p in (*a.also_seen, (b.source, b.line), *b.also_seen) if p != (a.source, a.line)]
    return Paper(
        id=a.id,
        title=a.title or b.title,
        abstract=a.abstract or b.abstract,
        authors=a.authors or b.authors,
        author_count=a.author_count if a.author_count is not None else b.author_count,
        date=date,
        award=a.award or b.award,
        categories=tuple(dict.fromkeys((*a.categories, *b.categories))),
        source=a.source,
        line=a.line,
        also_seen=tuple(dict.fromkeys(places)),
        upvotes=a.upvotes if a.upvotes is not None else b.upvotes,
    )
