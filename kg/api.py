"""kg's Python API: extract facts, build a graph and its outputs, load a graph back.

    import kg
    result = kg.build(["examples/seeds"], "out/seeds")
    graph = kg.load_graph("out/seeds/graph.json")
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from kg.progress import with_progress
from kg.report import Report
from kg.types import Paper, PaperFacts

if TYPE_CHECKING:  # `kg extract` does not need networkx: the graph modules load in build()
    import networkx as nx

GRAPH_HTML = "graph.html"
Inputs = str | os.PathLike | Iterable[str | os.PathLike]

__all__ = ["build", "extract", "load_graph", "read_papers", "BuildResult"]


def load_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read a graph kg wrote: graph.json, graph.graphml, or a build directory holding them.

    Every node and edge attribute comes back as written (see `kg.graph.io`).
    """
    from kg.graph.io import load_graph as read

    return read(path)


def _paths(inputs: Inputs) -> list[str]:
    if isinstance(inputs, (str, os.PathLike)):
        return [os.fspath(inputs)]
    return [os.fspath(p) for p in inputs]


def extract(
    inputs: Inputs,
    *,
    fmt: str | None = None,
    lexicons: Sequence[str] = (),
    workers: int = 1,
    report: Report | None = None,
    strict: bool = False,
    as_json: bool = False,
) -> Iterator[PaperFacts] | Iterator[str]:
    """Facts of every distinct paper in the inputs, streamed in input order.

    A paper seen again (same id) is counted in `report.merged` and not extracted twice; a
    paper the pipeline raised on is counted as skipped. With `as_json`, each paper's facts
    come as one line of JSON (what `kg extract` writes), serialised by the workers.
    """
    from kg.ingest import dedupe, iter_papers
    from kg.runner import extract_stream, without_failures

    report = report if report is not None else Report()
    papers = dedupe(iter_papers(_paths(inputs), fmt=fmt, report=report, strict=strict), report)
    items = extract_stream(papers, lexicons=lexicons, workers=workers, as_json=as_json)
    for item in without_failures(items, report):
        report.written += 1
        yield item


def read_papers(inputs: Inputs, *, fmt: str | None = None, report: Report | None = None,
                strict: bool = False) -> list[Paper]:
    """All distinct papers of the inputs, duplicates merged field by field, in first-seen order."""
    from kg.ingest import iter_papers, merge_papers

    report = report if report is not None else Report()
    papers: dict[str, Paper] = {}
    for paper in iter_papers(_paths(inputs), fmt=fmt, report=report, strict=strict):
        known = papers.get(paper.id)
        if known is None:
            papers[paper.id] = paper
        else:
            papers[paper.id] = merge_papers(known, paper)
            report.merged += 1
    return list(papers.values())


@dataclass
class BuildResult:
    """What `build` made: the graph, the run's counts, the files written and the time taken."""

    graph: nx.MultiDiGraph
    report: Report
    paths: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    view: object | None = None


def build(
    inputs: Inputs | None = None,
    out_dir: str | os.PathLike | None = None,
    *,
    fmt: str | None = None,
    lexicons: Sequence[str] = (),
    workers: int = 1,
    html: bool = True,
    max_nodes: int | None = None,
    facts: Iterable[PaperFacts] | None = None,
    report: Report | None = None,
    strict: bool = False,
    progress: bool = False,
) -> BuildResult:
    """Build the graph of the inputs (or of already extracted `facts`) and write its outputs.

    Args:
        inputs: files, directories or globs of abstracts.
        out_dir: where graph.json, graph.graphml and graph.html go; None writes nothing.
        fmt: force an input format instead of detecting it.
        lexicons: extra lexicon files.
        workers: extraction processes (0: one per CPU).
        html: write graph.html too.
        max_nodes: cap of the HTML view (None: the view's default).
        facts: build from these facts instead of reading `inputs`.
        report: counts are added here.
        strict: stop at the first bad record.
        progress: show a progress bar on stderr when it is a terminal.
    """
    from kg.graph.build import GraphBuilder
    from kg.graph.io import GRAPH_GRAPHML, GRAPH_JSON, write_graph_json, write_graphml
    from kg.runner import extract_stream, without_failures

    started = time.perf_counter()
    report = report if report is not None else Report()
    from_facts = facts is not None
    if facts is None:
        papers = read_papers(inputs or (), fmt=fmt, report=report, strict=strict)
        facts = without_failures(extract_stream(papers, lexicons=lexicons, workers=workers), report)
        if progress:
            facts = with_progress(facts, total=len(papers))
    builder = GraphBuilder()
    added = 0
    for item in facts:
        builder.add(item)
        added += 1
    graph = builder.graph()
    if from_facts:
        # Shards written by separate workers may repeat a paper; the graph merged them by id.
        report.read += added
        report.merged += added - graph.graph["papers"]
    report.written += graph.graph["papers"]
    result = BuildResult(graph, report)
    if out_dir is not None:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        result.paths["graph.json"] = write_graph_json(graph, out / GRAPH_JSON)
        result.paths["graph.graphml"] = write_graphml(graph, out / GRAPH_GRAPHML)
        if html:
            from kg.viz.page import write_html

            options = {} if max_nodes is None else {"max_nodes": max_nodes}
            result.view = write_html(graph, out / GRAPH_HTML, **options)
            result.paths["graph.html"] = out / GRAPH_HTML
    result.seconds = time.perf_counter() - started
    return result
