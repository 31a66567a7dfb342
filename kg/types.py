"""Typed records passed between kg's stages.

ingest -> Paper; extract -> PaperFacts (Entity, Mention, Result, Comparison); graph -> networkx.
Only `kg/extract/facts.py` turns spaCy objects into these; every other stage reads and writes
these types (or plain JSON made from them by `to_json`/`from_json`).

Offsets: a Mention, Result or Comparison names the `field` it was found in ("title" or
"abstract") and `start`/`end` character offsets into that field of the Paper, so that
`paper.abstract[m.start:m.end] == m.text` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_KINDS = ("methods", "datasets", "metrics", "tasks")

# The `to_json` methods are written out field by field, in field order, instead of calling
# `dataclasses.asdict`: asdict deep-copies every value recursively, which cost more than the
# JSON encoding itself on `kg extract`'s hot path.


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as read from an input file.

    Attributes:
        id: the record's own id (arXiv id, or `id` field); otherwise `paper_id_for(abstract)`.
        title: as printed, or None where the source has no title (`Abstract:` lines).
        abstract: the abstract text, stripped.
        authors: author names in order; empty where the source gives none.
        author_count: number of authors where the source gives only a count ("• 8 authors").
        date: the date as the source prints it (ISO where the source is ISO).
        award: e.g. "Best Paper", where the source says so.
        categories: arXiv categories, where given.
        source: the file the record came from.
        line: the 1-based line of that file where the record starts.
        also_seen: further (source, line) places where the same paper was read.
        upvotes: the upvote count a daily-papers listing prints beside the date, where given.
    """

    id: str
    title: str | None
    abstract: str
    authors: tuple[str, ...] = ()
    author_count: int | None = None
    date: str | None = None
    award: str | None = None
    categories: tuple[str, ...] = ()
    source: str = ""
    line: int = 0
    also_seen: tuple[tuple[str, int], ...] = ()
    upvotes: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "abstract": self.abstract,
            "authors": list(self.authors),
            "author_count": self.author_count,
            "date": self.date,
            "award": self.award,
            "categories": list(self.categories),
            "source": self.source,
            "line": self.line,
            "also_seen": [list(p) for p in self.also_seen],
            "upvotes": self.upvotes,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Paper:
        return cls(
            id=str(data["id"]),
            title=data.get("title"),
            abstract=data.get("abstract", ""),
            authors=tuple(data.get("authors") or ()),
            author_count=data.get("author_count"),
            date=data.get("date"),
            award=data.get("award"),
            categories=tuple(data.get("categories") or ()),
            source=data.get("source", ""),
            line=int(data.get("line") or 0),
            also_seen=tuple((s, int(n)) for s, n in data.get("also_seen") or ()),
            upvotes=data.get("upvotes"),
        )


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entity was seen: exact text, field, offsets into that field, the sentence."""

    text: str
    field: str
    start: int
    end: int
    sentence: str
    rule: str

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "rule": self.rule,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Mention:
        return cls(**{k: data[k] for k in ("text", "field", "start", "end", "sentence", "rule")})


@dataclass(frozen=True, slots=True)
class Entity:
    """A method, dataset, metric or task as one paper mentions it.

    Attributes:
        name: canonical display name ("CIFAR-10", "FID").
        key: merge key across papers (see `kg.extract.normalize.entity_key`); equal keys are
            one node in the graph.
        aliases: other names this paper (or the lexicon) gives it ("Frechet inception distance").
        mentions: every place it occurs in this paper.
        proposed: methods only: the paper introduces it.
        source: "lexicon:<file>:<line>" or "pattern:<rule>": what made it an entity.
        higher_is_better: metrics only: True for accuracy, False for FID, None if unknown.
    """

    name: str
    key: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    proposed: bool = False
    source: str = ""
    higher_is_better: bool | None = None

    def to_json(self) -> dict[str, Any]:
        data = {
            "name": self.name,
            "key": self.key,
            "aliases": list(self.aliases),
            "proposed": self.proposed,
            "source": self.source,
            "mentions": [m.to_json() for m in self.mentions],
        }
        if self.higher_is_better is not None:
            data["higher_is_better"] = self.higher_is_better
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entity:
        return cls(
            name=data["name"],
            key=data["key"],
            aliases=tuple(data.get("aliases") or ()),
            mentions=tuple(Mention.from_json(m) for m in data.get("mentions") or ()),
            proposed=bool(data.get("proposed", False)),
            source=data.get("source", ""),
            higher_is_better=data.get("higher_is_better"),
        )


@dataclass(frozen=True, slots=True)
class Result:
    """A reported number: "FID from 18.65 to 1.73 on ImageNet 256x256".

    Attributes:
        metric: canonical metric name, or a short phrase for unnamed measures.
        metric_key: merge key of the metric (Entity.key of the Metric it measures).
        value: the number (1.73; 20 for "20x"; 15.7 for "15.7M"; 51 for "51 out of 57").
        raw: the number as written ("1.73", "20x", "15.7M", "51 out of 57").
        unit: "%", "x", "M", "B", "K", "s", "ms", "h", "FPS", ... or "" when none.
        previous: the old or baseline value ("from 18.65 to ...") or None.
        dataset: the dataset mention it is tied to ("ImageNet 256x256") or None.
        dataset_key: merge key of that dataset, or None.
        method: the method it is tied to, or None.
        method_key: merge key of that method, or None.
        field, start, end: where the stating text is ("FID from 18.65 to 1.73").
        sentence: the whole sentence.
        rule: the rule that produced it.
    """

    metric: str
    metric_key: str
    value: float
    raw: str
    unit: str
    previous: float | None
    dataset: str | None
    dataset_key: str | None
    method: str | None
    method_key: str | None
    field: str
    start: int
    end: int
    sentence: str
    rule: str

    def to_json(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "metric_key": self.metric_key,
            "value": self.value,
            "raw": self.raw,
            "unit": self.unit,
            "previous": self.previous,
            "dataset": self.dataset,
            "dataset_key": self.dataset_key,
            "method": self.method,
            "method_key": self.method_key,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "rule": self.rule,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Result:
        return cls(**{k: data.get(k) for k in cls.__slots__})


@dataclass(frozen=True, slots=True)
class Comparison:
    """"X outperforms Y": `winner` beats `loser`, optionally on a metric and dataset."""

    winner: str
    winner_key: str
    loser: str
    loser_key: str
    metric: str | None
    dataset: str | None
    field: str
    start: int
    end: int
    sentence: str
    rule: str

    def to_json(self) -> dict[str, Any]:
        return {
            "winner": self.winner,
            "winner_key": self.winner_key,
            "loser": self.loser,
            "loser_key": self.loser_key,
            "metric": self.metric,
            "dataset": self.dataset,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "rule": self.rule,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Comparison:
        return cls(**{k: data.get(k) for k in cls.__slots__})


@dataclass(frozen=True, slots=True)
class PaperFacts:
    """Everything extracted from one paper; serialises to one line of `kg extract` output."""

    paper: Paper
    methods: tuple[Entity, ...] = ()
    datasets: tuple[Entity, ...] = ()
    metrics: tuple[Entity, ...] = ()
    tasks: tuple[Entity, ...] = ()
    results: tuple[Result, ...] = ()
    comparisons: tuple[Comparison, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"paper": self.paper.to_json()}
        for kind in ENTITY_KINDS:
            data[kind] = [e.to_json() for e in getattr(self, kind)]
        data["results"] = [r.to_json() for r in self.results]
        data["comparisons"] = [c.to_json() for c in self.comparisons]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PaperFacts:
        return cls(
            paper=Paper.from_json(data["paper"]),
            **{k: tuple(Entity.from_json(e) for e in data.get(k) or ()) for k in ENTITY_KINDS},
            results=tuple(Result.from_json(r) for r in data.get("results") or ()),
            comparisons=tuple(Comparison.from_json(c) for c in data.get("comparisons") or ()),
        )
