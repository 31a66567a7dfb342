"""Choose the part of a graph the HTML page shows: everything, a capped overview, or the
neighbourhood of a named entity or of one paper.

A browser lays out a few hundred nodes in a few seconds but not tens of thousands, so views
are capped at `max_nodes`. The overview keeps the most connected entities, then the papers
that link the most of them, then those papers' results; a centred view keeps the nodes
nearest its centre, the most connected first. `ViewStats` says what was left out.
"""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # annotations only: `kg --help` need not import networkx
    import networkx as nx

from kg.errors import UsageError

# A page with this many nodes stabilises in a few seconds in headless Chromium on a laptop
# (measured: see tests/viz and the README section on the HTML view).
DEFAULT_MAX_NODES = 400

# Shares of the overview's budget: entities first, then the papers that connect them (without
# papers most entities would float unconnected), and the rest for those papers' results (the
# numbers are what a reader looks for first).
ENTITY_SHARE = 0.5
PAPER_SHARE = 0.3

FOCUS_LABELS = ("Method", "Dataset", "Metric", "Task", "Author")
NON_ENTITY_LABELS = ("Paper", "Result")


@dataclass(frozen=True)
class ViewStats:
    """What a page shows of its graph and what it leaves out.

    Attributes:
        nodes_total: nodes in the whole graph.
        edges_total: edges in the whole graph.
        nodes_shown: nodes on the page.
        edges_shown: edges on the page.
        left_out: node label -> how many nodes of that label are not on the page (only the
            labels with some left out).
        centre: ids of the nodes a focus or paper view is centred on (empty for the overview).
        depth: radius of a centred view.
        max_nodes: the cap in force (0: none).
        capped: the cap left out nodes the view would otherwise show.
    """

    nodes_total: int
    edges_total: int
    nodes_shown: int
    edges_shown: int
    left_out: dict[str, int] = field(default_factory=dict)
    centre: tuple[str, ...] = ()
    depth: int = 0
    max_nodes: int = 0
    capped: bool = False

    @property
    def summary(self) -> str:
        """One line for the CLI and the page, e.g. 'showing 400 of 2,310 nodes ...'."""
        text = f"showing {self.nodes_shown:,} of {self.nodes_total:,} nodes and " \
               f"{self.edges_shown:,} of {self.edges_total:,} edges"
        if self.centre:
            text += f" within {self.depth} step{'s' if self.depth != 1 else ''} of {', '.join(self.centre)}"
        if self.left_out:
            parts = ", ".join(f"{count:,} {label}" for label, count in
                              sorted(self.left_out.items(), key=lambda kv: (-kv[1], kv[0])))
            text += f"; left out: {parts}"
        if self.capped:
            text += f" (capped at {self.max_nodes:,} nodes: raise --max-nodes or use --focus/--paper)"
        return text


def select_view(
    graph: nx.MultiDiGraph,
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    focus: str | None = None,
    depth: int = 1,
    paper: str | None = None,
) -> tuple[nx.MultiDiGraph, ViewStats]:
    """The subgraph a page shows and what it left out.

    Args:
        graph: the whole graph (kg's graph contract: node attr `label`, edge attr `type`).
        max_nodes: most nodes to keep; 0 keeps every node of the view.
        focus: name, key or alias of a Method, Dataset, Metric, Task or Author (any case):
            the view is its neighbourhood to `depth` steps, edges followed both ways.
        depth: radius of a focus or paper view (at least 1).
        paper: a paper id (with or without the 'Paper:' prefix): the view is its neighbourhood.

    Returns:
        (subgraph view of `graph`, ViewStats)

    Raises:
        UsageError: a negative cap or depth below 1, a focus or paper the graph does not have.
    """
    if max_nodes < 0:
        raise UsageError(f"--max-nodes must be 0 (no cap) or more, not {max_nodes}")
    if depth < 1:
        raise UsageError(f"--depth must be 1 or more, not {depth}")
    centre: list[str] = []
    if focus is not None:
        centre += find_named_nodes(graph, focus)
    if paper is not None:
        centre.append(find_paper(graph, paper))
    if centre:
        ranked = rank_by_distance(graph, centre, depth)
        capped = bool(max_nodes) and len(ranked) > max_nodes
    else:
        capped = bool(max_nodes) and graph.number_of_nodes() > max_nodes
        ranked = rank_overview(graph, max_nodes) if capped else list(graph.nodes)
    kept = ranked[:max_nodes] if max_nodes else ranked
    view = graph.subgraph(kept)
    kept_labels = Counter(attrs.get("label") for _, attrs in view.nodes(data=True))
    all_labels = Counter(attrs.get("label") for _, attrs in graph.nodes(data=True))
    left_out = {str(label): count - kept_labels.get(label, 0) for label, count in all_labels.items()
                if count > kept_labels.get(label, 0)}
    stats = ViewStats(
        nodes_total=graph.number_of_nodes(), edges_total=graph.number_of_edges(),
        nodes_shown=view.number_of_nodes(), edges_shown=view.number_of_edges(),
        left_out=left_out, centre=tuple(dict.fromkeys(centre)), depth=depth if centre else 0,
        max_nodes=max_nodes, capped=capped,
    )
    return view, stats


def find_named_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Ids of the entity nodes whose name, key or alias is `name` (case-insensitive).

    Raises:
        UsageError: no entity has that name; the message lists the closest names.
    """
    wanted = name.strip().casefold()
    found, names = [], set()
    for node, attrs in graph.nodes(data=True):
        if attrs.get("label") not in FOCUS_LABELS:
            continue
        spellings = [attrs.get("name"), attrs.get("key"), *(attrs.get("aliases") or [])]
        spellings = [str(s) for s in spellings if s]
        names.update(spellings)
        if any(s.casefold() == wanted for s in spellings):
            found.append(node)
    if not found:
        close = difflib.get_close_matches(name, sorted(names), n=5, cutoff=0.6)
        hint = f"; closest: {', '.join(close)}" if close else ""
        raise UsageError(f"--focus {name!r}: no method, dataset, metric, task or author has that name{hint}")
    return found


def find_paper(graph: nx.MultiDiGraph, paper: str) -> str:
    """The node id of a paper given its id, with or without the 'Paper:' prefix.

    Raises:
        UsageError: the graph has no such paper.
    """
    node = paper if paper.startswith("Paper:") else f"Paper:{paper}"
    if node not in graph or graph.nodes[node].get("label") != "Paper":
        raise UsageError(f"--paper {paper!r}: the graph has no paper with that id")
    return node


def rank_by_distance(graph: nx.MultiDiGraph, centre: Iterable[str], depth: int) -> list[str]:
    """Nodes within `depth` steps of `centre` (edges followed both ways), nearest first and,
    at one distance, the most connected first.

    A Result in reach brings its metric, dataset and method one step further out, so that a
    reported number is never shown without what it measures.
    """
    distance = {node: 0 for node in centre}
    frontier = list(distance)
    for step in range(1, depth + 1):
        nxt = []
        for node in frontier:
            for other in _neighbours(graph, node):
                if other not in distance:
                    distance[other] = step
                    nxt.append(other)
        frontier = nxt
    for node, step in list(distance.items()):
        if graph.nodes[node].get("label") == "Result":
            for other in graph.successors(node):
                distance.setdefault(other, step + 1)
    return sorted(distance, key=lambda n: (distance[n], -graph.degree(n), str(n)))


def rank_overview(graph: nx.MultiDiGraph, max_nodes: int) -> list[str]:
    """The first `max_nodes` nodes of the capped overview, in the order they are kept.

    Entities (every label but Paper and Result) by degree take up to ENTITY_SHARE of the
    budget; then papers by how many of those entities they link (papers that report results
    first among equals) up to PAPER_SHARE; then the results of the kept papers; then more
    papers, then more entities by degree until the budget is used.
    """
    degree = dict(graph.degree())
    entities = sorted((n for n, a in graph.nodes(data=True) if a.get("label") not in NON_ENTITY_LABELS),
                      key=lambda n: (-degree[n], str(n)))
    entity_budget = max(1, int(max_nodes * ENTITY_SHARE))
    kept = entities[:entity_budget]
    kept_set = set(kept)
    links: Counter = Counter()
    for node in kept:
        for other in _neighbours(graph, node):
            if graph.nodes[other].get("label") == "Paper":
                links[other] += 1
    results_of = {p: [o for o in graph.successors(p) if graph.nodes[o].get("label") == "Result"]
                  for p in links}
    ranked = sorted(links, key=lambda n: (-links[n], -bool(results_of[n]), -degree[n], str(n)))
    papers = ranked[:max(0, min(int(max_nodes * PAPER_SHARE), max_nodes - len(kept)))]
    kept += papers
    kept_set.update(papers)
    for paper_node in papers:
        for result in results_of[paper_node]:
            if len(kept) >= max_nodes:
                break
            kept.append(result)
            kept_set.add(result)
    kept += ranked[len(papers):][:max(0, max_nodes - len(kept))]
    kept += [n for n in entities[entity_budget:] if n not in kept_set][:max(0, max_nodes - len(kept))]
    return kept[:max_nodes]


def _neighbours(graph: nx.MultiDiGraph, node: str) -> Iterable[str]:
    """Successors and predecessors: a view follows edges both ways."""
    yield from graph.successors(node)
    yield from graph.predecessors(node)
