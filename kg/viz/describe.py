"""Plain-text labels and tooltips of graph nodes and edges for the HTML page.

Everything here is plain text taken from the data; the page puts it into the DOM with
`textContent` and draws labels on a canvas, so no value is ever parsed as HTML. A tooltip is
a dict {"title": str, "rows": [[field, value], ...]} the page's script turns into elements.
"""
from __future__ import annotations

import networkx as nx

PAPER_LABEL_CHARS = 24
ENTITY_LABEL_CHARS = 40
TOOLTIP_VALUE_CHARS = 600
TOOLTIP_AUTHORS = 8

# Result -> neighbour relationships whose target's name a Result tooltip shows.
RESULT_PARTS = {"MEASURES": "Metric", "ON_DATASET": "Dataset", "OF_METHOD": "Method"}


def shorten(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis when longer."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def node_label(node: str, attrs: dict) -> str:
    """The text drawn under a node: an entity's name, a paper's shortened title, a result's
    reported value."""
    label = attrs.get("label")
    if label == "Paper":
        return shorten(attrs.get("title") or attrs.get("id") or _key_of(node), PAPER_LABEL_CHARS)
    if label == "Result":
        value = attrs.get("raw") or _number(attrs.get("value"))
        return shorten(value or _key_of(node), PAPER_LABEL_CHARS)
    return shorten(attrs.get("name") or attrs.get("key") or _key_of(node), ENTITY_LABEL_CHARS)


def node_tooltip(graph: nx.MultiDiGraph, node: str) -> dict:
    """The tooltip of a node: a paper's title, authors and date; a result's metric, value,
    dataset, method and sentence; an entity's name, aliases and paper count."""
    attrs = graph.nodes[node]
    label = attrs.get("label") or "Node"
    if label == "Paper":
        authors = list(attrs.get("authors") or [])
        shown = ", ".join(authors[:TOOLTIP_AUTHORS])
        if len(authors) > TOOLTIP_AUTHORS:
            shown += f" and {len(authors) - TOOLTIP_AUTHORS} more"
        rows = [("Paper", attrs.get("id") or attrs.get("key")), ("Authors", shown), ("Date", attrs.get("date")),
                ("Award", attrs.get("award")), ("Categories", ", ".join(attrs.get("categories") or [])),
                ("Source", _source(attrs))]
        return _tooltip(attrs.get("title") or attrs.get("id") or _key_of(node), rows)
    if label == "Result":
        parts = _result_parts(graph, node)
        value = attrs.get("raw") or _number(attrs.get("value"))
        if attrs.get("unit") and attrs.get("unit") not in str(value):
            value = f"{value} {attrs['unit']}"
        rows = [("Metric", parts.get("Metric") or attrs.get("metric")), ("Value", value),
                ("Previous", _number(attrs.get("previous"))),
                ("Dataset", parts.get("Dataset") or attrs.get("dataset")),
                ("Method", parts.get("Method") or attrs.get("method")),
                ("Paper", attrs.get("paper")), ("Sentence", attrs.get("sentence"))]
        return _tooltip(f"Result: {value}", rows)
    rows = [("Type", label), ("Also called", ", ".join(attrs.get("aliases") or [])),
            ("Papers", attrs.get("papers")), ("Links", graph.degree(node))]
    return _tooltip(attrs.get("name") or attrs.get("key") or _key_of(node), rows)


def edge_tooltip(attrs: dict) -> dict:
    """The tooltip of an edge: its relationship type and where the fact came from."""
    rows = [("Metric", attrs.get("metric")), ("Dataset", attrs.get("dataset")),
            ("Paper", attrs.get("paper")), ("Text", attrs.get("text")),
            ("Sentence", attrs.get("sentence")), ("Seen", _times(attrs.get("count"))),
            ("Author position", _position(attrs.get("position")))]
    return _tooltip(str(attrs.get("type") or "edge"), rows)


def _tooltip(title, rows) -> dict:
    return {
        "title": shorten(title, TOOLTIP_VALUE_CHARS),
        "rows": [[name, shorten(value, TOOLTIP_VALUE_CHARS)] for name, value in rows
                 if value not in (None, "", [])],
    }


def _result_parts(graph: nx.MultiDiGraph, node: str) -> dict[str, str]:
    parts = {}
    for _, target, attrs in graph.out_edges(node, data=True):
        label = RESULT_PARTS.get(attrs.get("type"))
        if label:
            target_attrs = graph.nodes[target]
            parts[label] = target_attrs.get("name") or target_attrs.get("key") or _key_of(target)
    return parts


def _source(attrs: dict) -> str | None:
    source = attrs.get("source")
    if source and attrs.get("line"):
        return f"{source}:{attrs['line']}"
    return source


def _number(value) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _times(count) -> str | None:
    if not count:
        return None
    return f"{count} time{'s' if count != 1 else ''}"


def _position(position) -> str | None:
    return None if position is None else str(int(position) + 1)


def _key_of(node) -> str:
    """The part of a node id after its label: 'Dataset:cifar10' -> 'cifar10'."""
    return str(node).split(":", 1)[-1]
