"""Plain data the components pass along a Doc: candidates and cached token offsets.

Components store character offsets, not spaCy Spans: a Span recomputes its offsets and text
from its tokens on every access, which costs more than the rules themselves.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from kg.extract.components.doc_values import get_value, set_value


_OFFSETS_KEY = "kg_token_offsets"


class Candidate(NamedTuple):
    """A possible entity mention.

    Attributes:
        start, end: character offsets in the Doc text.
        kind: "methods", "datasets", "metrics" or "tasks".
        name: the canonical name (lexicon) or the name as written (patterns).
        rule: "lexicon:<file>:<line>" or "pattern:<rule>".
    """

    start: int
    end: int
    kind: str
    name: str
    rule: str


def register_candidates() -> None:
    """Declare `Doc._.candidates` (idempotent)."""
    if not Doc.has_extension("candidates"):
        Doc.set_extension("candidates", default=None)


def add_candidates(doc: Doc, candidates: list[Candidate]) -> None:
    """Append to `Doc._.candidates`."""
    current = get_value(doc, "candidates")
    if current is None:
        set_value(doc, "candidates", list(candidates))
    else:
        current.extend(candidates)


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token, computed once per Doc."""
    cached = doc.user_data.get(_OFFSETS_KEY)
    if cached is None:
        arr = doc.to_array([IDX, LENGTH])
        starts = arr[:, 0].tolist() if len(arr) else []
        ends = (arr[:, 0] + arr[:, 1]).tolist() if len(arr) else []
        cached = doc.user_data[_OFFSETS_KEY] = (starts, ends)
    return cached
