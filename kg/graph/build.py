"""Assemble per-paper facts into one networkx graph, merging entities across papers.

Node ids are '<Label>:<key>' (see `kg.graph.schema.Schema.node_id`); entities with the same
merge key (`Entity.key`, from `kg.extract.normalize.entity_key`) are one node whatever their
surface form. Every node has `label`, every edge `type`, both from the schema.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from typing import Iterable

import networkx as nx

from kg.graph.schema import Schema, load_schema
from kg.types import Entity, Mention, Paper, PaperFacts, Result

# Which node label and which paper->entity relationship each entity kind gets.
ENTITY_LABELS = {"methods": "Method", "datasets": "Dataset", "metrics": "Metric", "tasks": "Task"}
PAPER_EDGES = {"datasets": "EVALUATES_ON", "metrics": "USES_METRIC", "tasks": "ADDRESSES"}


def author_key(name: str) -> str:
    """Merge key of an author: accents, case and spacing do not make a different person."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().casefold()


def result_id(paper_id: str, result: Result) -> str:
    """Stable id of a Result: the paper, where its text is, and what it measures."""
    return f"{paper_id}:{result.field}:{result.start}-{result.end}:{result.metric_key}"


class GraphBuilder:
    """Adds PaperFacts one at a time to a MultiDiGraph; `graph()` returns the finished graph.

    The same paper added twice (same id) is merged: its properties are united and its facts
    add no duplicate nodes or edges (edges are keyed by relationship type).
    """

    def __init__(self, schema: Schema | None = None):
        self.schema = schema or load_schema()
        self._graph = nx.MultiDiGraph(schema_version=1, papers=0)
        self._papers: dict[str, Paper] = {}
        self._names: dict[str, Counter] = defaultdict(Counter)
        self._fallback_names: dict[str, str] = {}
        self._entity_papers: dict[str, set[str]] = defaultdict(set)

    def add(self, facts: PaperFacts) -> None:
        paper = self._add_paper(facts.paper)
        paper_node = self.schema.node_id("Paper", paper.id)
        for position, name in enumerate(paper.authors):
            author = self._add_node("Author", author_key(name), name=name)
            self._add_edge(author, paper_node, "AUTHORED", position=position)
        for kind, label in ENTITY_LABELS.items():
            for entity in getattr(facts, kind):
                node = self._add_entity(label, entity, paper.id)
                if kind == "methods":
                    rel = "PROPOSES" if entity.proposed else "USES"
                else:
                    rel = PAPER_EDGES[kind]
                self._add_edge(paper_node, node, rel, **_provenance(paper.id, entity))
        for result in facts.results:
            self._add_result(paper_node, paper.id, result)
        for comp in facts.comparisons:
            winner = self._add_named("Method", comp.winner_key, comp.winner)
            loser = self._add_named("Method", comp.loser_key, comp.loser)
            text = (paper.title or "") if comp.field == "title" else paper.abstract
            self._add_edge(
                winner, loser, "OUTPERFORMS", key=f"OUTPERFORMS:{paper.id}",
                paper=paper.id, metric=comp.metric, dataset=comp.dataset,
                text=text[comp.start:comp.end], field=comp.field, start=comp.start, end=comp.end,
                sentence=comp.sentence, rule=comp.rule, count=1,
            )

    def graph(self) -> nx.MultiDiGraph:
        """The graph so far, with display names and per-entity paper counts settled."""
        g = self._graph
        for node, name in self._fallback_names.items():
            g.nodes[node]["name"] = name
        for node, names in self._names.items():
            # The most frequent surface form names the node; ties go to the first seen.
            g.nodes[node]["name"] = names.most_common(1)[0][0]
        for node, papers in self._entity_papers.items():
            g.nodes[node]["papers"] = len(papers)
        g.graph["papers"] = len(self._papers)
        return g

    # -- nodes ---------------------------------------------------------------------------

    def _add_node(self, label: str, key: str, **props) -> str:
        spec = self.schema.nodes[label]
        node = self.schema.node_id(label, key)
        attrs = self._graph.nodes.get(node)
        if attrs is None:
            self._graph.add_node(node, label=label, **{spec.key: key})
            attrs = self._graph.nodes[node]
        for name, value in props.items():
            if value is not None and name not in attrs:
                attrs[name] = value
        return node

    def _add_paper(self, paper: Paper) -> Paper:
        known = self._papers.get(paper.id)
        if known is not None:
            from kg.ingest import merge_papers

            paper = merge_papers(known, paper)
        self._papers[paper.id] = paper
        node = self.schema.node_id("Paper", paper.id)
        props = {
            "title": paper.title, "abstract": paper.abstract, "authors": list(paper.authors),
            "author_count": paper.author_count if paper.author_count is not None
            else (len(paper.authors) or None),
            "date": paper.date, "award": paper.award, "categories": list(paper.categories),
            "source": paper.source, "line": paper.line,
        }
        for name in self.schema.nodes["Paper"].properties:
            if name not in props and hasattr(paper, name):
                props[name] = getattr(paper, name)
        self._graph.add_node(node, label="Paper", key=paper.id)
        attrs = self._graph.nodes[node]
        attrs.update({k: v for k, v in props.items() if v not in (None, "", [])})
        return paper

    def _add_named(self, label: str, key: str, name: str) -> str:
        """A node a result or comparison points at; named by its entity mentions if it has any."""
        node = self._add_node(label, key)
        self._fallback_names.setdefault(node, name)
        return node

    def _add_entity(self, label: str, entity: Entity, paper_id: str) -> str:
        node = self._add_node(label, entity.key)
        attrs = self._graph.nodes[node]
        aliases = set(attrs.get("aliases", ())) | set(entity.aliases)
        aliases.discard(entity.name)
        if aliases:
            attrs["aliases"] = sorted(aliases)
        if entity.higher_is_better is not None and label == "Metric":
            attrs.setdefault("higher_is_better", entity.higher_is_better)
        self._names[node][entity.name] += 1
        self._entity_papers[node].add(paper_id)
        return node

    def _add_result(self, paper_node: str, paper_id: str, result: Result) -> None:
        rid = result_id(paper_id, result)
        node = self._add_node(
            "Result", rid, paper=paper_id, metric=result.metric, value=float(result.value),
            raw=result.raw, unit=result.unit or None, previous=result.previous,
            dataset=result.dataset, method=result.method, field=result.field,
            start=result.start, end=result.end, sentence=result.sentence, rule=result.rule,
        )
        self._add_edge(paper_node, node, "REPORTS")
        # A result may measure an unnamed quantity ("inference speed"): it still gets a node.
        metric = self._add_named("Metric", result.metric_key, result.metric)
        self._add_edge(node, metric, "MEASURES")
        if result.dataset_key and result.dataset:
            dataset = self._add_named("Dataset", result.dataset_key, result.dataset)
            self._add_edge(node, dataset, "ON_DATASET")
        if result.method_key and result.method:
            method = self._add_named("Method", result.method_key, result.method)
            self._add_edge(node, method, "OF_METHOD")

    # -- edges ---------------------------------------------------------------------------

    def _add_edge(self, source: str, target: str, rel_type: str, key: str | None = None, **props) -> None:
        self.schema.check_type(rel_type)
        key = key or rel_type
        if self._graph.has_edge(source, target, key):
            attrs = self._graph.edges[source, target, key]
            if "count" in attrs and "count" in props:
                attrs["count"] += props["count"]
            return
        self._graph.add_edge(source, target, key=key, type=rel_type,
                             **{k: v for k, v in props.items() if v is not None})


def _provenance(paper_id: str, entity: Entity) -> dict:
    """Where a paper->entity fact was first seen, and how many mentions back it."""
    first: Mention | None = entity.mentions[0] if entity.mentions else None
    if first is None:
        return {"paper": paper_id, "rule": entity.source or None, "count": 0}
    return {
        "paper": paper_id, "text": first.text, "field": first.field, "start": first.start,
        "end": first.end, "sentence": first.sentence, "rule": first.rule,
        "count": len(entity.mentions),
    }


def build_graph(facts: Iterable[PaperFacts], schema: Schema | None = None) -> nx.MultiDiGraph:
    """Assemble a graph from facts (see GraphBuilder)."""
    builder = GraphBuilder(schema)
    for item in facts:
        builder.add(item)
    return builder.graph()
