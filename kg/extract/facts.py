"""doc_to_facts(): the only place where spaCy objects become kg's types.

A paper is read as one text, `title + "\\n\\n" + abstract` (or the abstract alone); every
Mention, Result and Comparison is mapped back to the field it lies in, with offsets into that
field, so that `paper.abstract[m.start:m.end] == m.text`.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.doc_values import get_value
from kg.extract.components.names import singular_phrase, title_end_of
from kg.extract.components.sentences import sentence_offsets
from kg.extract.components.text import doc_text
from kg.extract.normalize import entity_key
from kg.types import Comparison, Entity, Mention, Paper, PaperFacts, Result


TITLE_SEPARATOR = "\n\n"


def paper_text(paper: Paper) -> str:
    """The text the pipeline reads for a paper: title, a blank line, abstract."""
    if paper.title:
        return paper.title + TITLE_SEPARATOR + paper.abstract
    return paper.abstract


def extract_facts(papers: Iterable[Paper], nlp: Language, batch_size: int = 64) -> Iterator[PaperFacts]:
    """Run the pipeline over papers, lazily, in input order.

    Args:
        papers: Paper records (any iterable; consumed lazily).
        nlp: a pipeline from `kg.extract.pipeline.build_nlp`.
        batch_size: docs per `nlp.pipe` batch.

    Yields:
        One PaperFacts per paper.
    """
    # tee rather than nlp.pipe(as_tuples=True): it holds at most a batch of papers, and skips
    # spaCy's per-doc context handling
    for_text, for_facts = itertools.tee(papers)
    docs = nlp.pipe((paper_text(p) for p in for_text), batch_size=batch_size)
    for doc, paper in zip(docs, for_facts):
        yield doc_to_facts(doc, paper)


class _Fields:
    """Maps document offsets to (field, start, end) and finds sentences."""

    def __init__(self, doc: Doc, paper: Paper):
        self.text = doc_text(doc)
        self.title_len = len(paper.title) if paper.title and self.text.startswith(paper.title) else None
        self.offset = self.title_len + len(TITLE_SEPARATOR) if self.title_len is not None else 0
        self.sents = sentence_offsets(doc) or [(0, len(self.text))]
        self.sent_starts = [s for s, _ in self.sents]

    def locate(self, start: int, end: int) -> tuple[str, int, int] | None:
        if self.title_len is not None and end <= self.title_len:
            return "title", start, end
        if start >= self.offset:
            return "abstract", start - self.offset, end - self.offset
        return None

    def sentence(self, start: int) -> str:
        i = max(0, bisect_right(self.sent_starts, start) - 1)
        s, e = self.sents[i]
        return self.text[s:e].strip()

    def in_one_sentence(self, start: int, end: int) -> bool:
        i = max(0, bisect_right(self.sent_starts, start) - 1)
        return end <= self.sents[i][1]


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)$")
_SHORT_NAME = re.compile(r"\S*[A-Z]\S*[A-Z0-9]\S*")  # one word with two capitals or a capital and a digit


def _written_name(text: str, entity) -> str:
    """A result's method as the paper writes it: its short name where the paper writes one ("DAT" for
    "domain adversarial training (DAT)", "S2-LBI"); else its name, or, when the paper never writes that
    name in any case (a lexicon's canonical "CNN" for "convolutional neural networks"), as the abstract
    first writes it, in the singular (the title's capitals only where the abstract has none)."""
    if not entity.mentions:
        return entity.name
    title_end = title_end_of(text)
    written_as_named = entity.name.lower() in text.lower()
    if " " in entity.name or not written_as_named:
        short = next((text[s:e] for s, e, _ in entity.mentions if s >= title_end and _SHORT_NAME.fullmatch(text[s:e])), None)
        if short is not None:
            return singular_phrase(short)  # ("UNets" is UNet)
    if written_as_named:
        return entity.name
    start, end, _ = next((m for m in entity.mentions if m[0] >= title_end), entity.mentions[0])
    written = singular_phrase(text[start:end])
    if _SENTENCE_START.search(text, max(0, start - 10), start) and written[1:2].islower():
        written = written[0].lower() + written[1:]  # "Support vector machines reach ...": a sentence's capital
    return written


def doc_to_facts(doc: Doc, paper: Paper) -> PaperFacts:
    """Convert a processed Doc into PaperFacts.

    Args:
        doc: a Doc made by `build_nlp()` from `paper_text(paper)`.
        paper: the paper the doc was made from.

    Returns:
        The paper's entities (by kind), results and comparisons.
    """
    fields = _Fields(doc, paper)
    by_kind: dict[str, list[Entity]] = {"methods": [], "datasets": [], "metrics": [], "tasks": []}
    for rec in get_value(doc, "entities") or []:
        mentions = []
        for s, e, rule in rec.mentions:
            where = fields.locate(s, e)
            if where is None or not fields.in_one_sentence(s, e):
                continue
            field, start, end = where
            mentions.append(Mention(fields.text[s:e], field, start, end, fields.sentence(s), rule))
        if not mentions:
            continue
        by_kind[rec.kind].append(
            Entity(
                name=rec.name,
                key=rec.key,
                aliases=tuple(rec.aliases),
                mentions=tuple(mentions),
                proposed=rec.proposed if rec.kind == "methods" else False,
                source=rec.source,
                higher_is_better=rec.higher_is_better if rec.kind == "metrics" else None,
            )
        )
    results = []
    for r in get_value(doc, "results") or []:
        where = fields.locate(r.start, r.end)
        if where is None:
            continue
        field, start, end = where
        dataset = r.dataset
        results.append(
            Result(
                metric=r.metric,
                metric_key=r.metric_entity.key if r.metric_entity is not None else entity_key("metrics", r.metric),
                value=r.number.value,
                raw=r.number.raw,
                unit=r.number.unit,
                previous=r.previous.value if r.previous is not None else None,
                dataset=fields.text[dataset.start:dataset.end] if dataset is not None else None,
                dataset_key=entity_key("datasets", dataset.name) if dataset is not None else None,
                method=_written_name(fields.text, r.method) if r.method is not None else None,
                method_key=r.method.key if r.method is not None else None,
                field=field,
                start=start,
                end=end,
                sentence=fields.sentence(r.start),
                rule=r.rule,
            )
        )
    comparisons = []
    for c in get_value(doc, "comparisons") or []:
        where = fields.locate(c.start, c.end)
        if where is None:
            continue
        field, start, end = where
        comparisons.append(
            Comparison(
                winner=c.winner.name,
                winner_key=c.winner.key,
                loser=c.loser.name,
                loser_key=c.loser.key,
                metric=c.metric.name if c.metric is not None else None,
                dataset=fields.text[c.dataset.start:c.dataset.end] if c.dataset is not None else None,
                field=field,
                start=start,
                end=end,
                sentence=fields.sentence(c.start),
                rule=c.rule,
            )
        )
    return PaperFacts(
        paper=paper,
        methods=tuple(by_kind["methods"]),
        datasets=tuple(by_kind["datasets"]),
        metrics=tuple(by_kind["metrics"]),
        tasks=tuple(by_kind["tasks"]),
        results=tuple(results),
        comparisons=tuple(comparisons),
    )
