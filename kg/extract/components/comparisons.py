"""Comparisons: "X outperforms Y", "X surpasses Y on D", "X beats Y in FID".

The winner is the method named before the verb (or the paper's proposed method when the
subject is "our method/approach/model" or "it"), the loser the first method named after it in
the same clause; a metric or dataset entity in that clause goes with it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import BatchedComponent
from kg.extract.components.doc_values import get_value, set_value
from kg.extract.components.candidates import Candidate
from kg.extract.components.sentences import sentence_offsets
from kg.extract.components.text import doc_text


_VERB = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|"
    r"outperforming|(?:is|are|performs?)\s+(?:significantly\s+|much\s+|consistently\s+)?better than|"
    r"improves?\s+(?:up)?on|(?:is|are)\s+superior to)\b"
)
_CUE_WORDS = ("outperform", "surpass", "beat", "exceed", "better than", "improves on", "improve on", "improves upon", "improve upon", "superior")
_OUR_SUBJECT = re.compile(r"\b(?:our|the proposed)\s+(?:\w+\s+){0,2}?(?:method|approach|model|framework|algorithm|system|technique|network|architecture)s?\b|\b(?:it|we)\b", re.I)
_CLAUSE_END = re.compile(r"[.;:]\s|\s(?:while|whereas|but)\s|,\s(?:and|while|which)\s")


@dataclass
class ComparisonRecord:
    """One "winner beats loser" statement of one document."""

    winner: object  # EntityRecord
    loser: object  # EntityRecord
    metric: object | None
    dataset: Candidate | None
    start: int
    end: int
    sentence: tuple[int, int]
    rule: str


class ComparisonFinder(BatchedComponent):
    """Finds "X outperforms Y" between two method entities of a sentence.

    Sets:
        Doc._.comparisons: list of ComparisonRecord.
    """

    def __init__(self, nlp: Language, name: str = "kg_comparisons"):
        self.name = name
        if not Doc.has_extension("comparisons"):
            Doc.set_extension("comparisons", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # most abstracts compare nothing: a substring test is far cheaper than the pattern
        if not any(word in text for word in _CUE_WORDS):
            set_value(doc, "comparisons", [])
            return doc
        entities = get_value(doc, "entities") or []
        methods = sorted((s, e, ent) for ent in entities if ent.kind == "methods" for s, e, _ in ent.mentions)
        metrics = [(s, e, ent) for ent in entities if ent.kind == "metrics" for s, e, _ in ent.mentions]
        datasets = [(s, e, Candidate(s, e, "datasets", ent.name, r)) for ent in entities if ent.kind == "datasets" for s, e, r in ent.mentions]
        proposed = next((e for e in entities if e.kind == "methods" and e.proposed), None)
        found = []
        sents = sentence_offsets(doc)
        starts = [s for s, _ in sents]
        for verb in _VERB.finditer(text):
            s_start, s_end = sents[max(0, bisect_right(starts, verb.start()) - 1)]
            end_m = _CLAUSE_END.search(text, verb.end(), s_end)
            clause_end = end_m.start() if end_m else s_end
            losers = [m for m in methods if verb.end() <= m[0] < clause_end]
            if not losers:
                continue
            before = [m for m in methods if s_start <= m[0] and m[1] <= verb.start()]
            winner = before[-1][2] if before else None
            subject = text[max(s_start, verb.start() - 80):verb.start()]
            if (winner is None or _OUR_SUBJECT.search(subject[-40:])) and proposed is not None:
                winner = proposed if winner is None or not winner.proposed else winner
            if winner is None:
                continue
            loser = next((m[2] for m in losers if m[2] is not winner), None)
            if loser is None:
                continue
            metric = next((m[2] for m in metrics if s_start <= m[0] < s_end), None)
            dataset = next((d[2] for d in datasets if verb.end() <= d[0] < s_end), None) or next(
                (d[2] for d in datasets if s_start <= d[0] < s_end), None)
            found.append(ComparisonRecord(winner, loser, metric, dataset, verb.start(), clause_end,
                                          (s_start, s_end), "pattern:outperforms"))
        set_value(doc, "comparisons", found)
        return doc


@Language.factory("kg_comparisons", assigns=["doc._.comparisons"], requires=["doc._.entities"])
def make_comparison_finder(nlp: Language, name: str) -> ComparisonFinder:
    return ComparisonFinder(nlp, name)
