"""Shared by the readers of text layouts: non-blank lines, and a Paper from printed fields."""
from __future__ import annotations

from typing import Iterable, Iterator

from kg.ingest.ids import paper_id_for
from kg.types import Paper


def non_blank(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """(line number, stripped text) of each line with any text on it."""
    for lineno, text in lines:
        text = text.strip()
        if text:
            yield lineno, text


def printed_paper(source: str, line: int, title: str | None, abstract: str, **fields) -> Paper:
    """A Paper from a text layout, which has no ids of its own: the id comes from the abstract."""
    abstract = abstract.strip()
    return Paper(id=paper_id_for(abstract), title=title, abstract=abstract,
                 source=source, line=line, **fields)
