"""Write a graph as one self-contained HTML page: vis-network drawn from pyvis' node and edge
lists, with a legend, label filters, search, neighbourhood highlight and tooltips.

The page makes no request: vis-network's script and style are inlined from the installed pyvis
package and kg's own template replaces pyvis' (which loads Bootstrap from a CDN). All text from
the data travels as JSON inside a `<script type="application/json">` element and reaches the DOM
only through `textContent` or the canvas, so a title holding `<script>` shows as text.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections import Counter
from functools import lru_cache
from pathlib import Path

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node

from kg.atomic import atomic_open
from kg.viz.assets import page_assets
from kg.viz.describe import edge_tooltip, node_label, node_tooltip
from kg.viz.select import DEFAULT_MAX_NODES, ViewStats, select_view
from kg.viz.style import EDGE_COLOUR, LABEL_STYLES, OTHER_STYLE, label_style

__all__ = ["DEFAULT_MAX_NODES", "ViewStats", "render_html", "write_html"]

# Above these sizes the page drops what costs the browser most: edge labels (drawn every
# frame), curved edges, Kamada-Kawai initial layout (vis-network's improvedLayout).
EDGE_LABEL_LIMIT = 250
SMOOTH_EDGE_LIMIT = 400
IMPROVED_LAYOUT_LIMIT = 100
MIN_NODE_SIZE = 6
MAX_NODE_SIZE = 42
MAX_MINOR_SIZE = 14
MINOR_LABELS = ("Paper", "Result")

# Characters that could end the JSON's <script> element or open an HTML comment in it;
# JSON.parse reads the escapes back as the same characters. (ensure_ascii already escapes
# U+2028/2029, which JS parsers before ES2019 took for line ends, and lone surrogates.)
_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def write_html(
    graph: nx.MultiDiGraph,
    path: str | os.PathLike,
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    focus: str | None = None,
    depth: int = 1,
    paper: str | None = None,
) -> ViewStats:
    """Write the page of `graph` (or of the view `select_view` picks) to `path`, atomically.

    Args:
        graph: a kg graph (node attr `label`, edge attr `type`).
        path: the HTML file to write; its directory is created.
        max_nodes: most nodes on the page (0: no cap); the most connected are kept.
        focus: name of a Method, Dataset, Metric, Task or Author to centre the view on.
        depth: radius of a focus or paper view.
        paper: id of a paper to centre the view on.

    Returns:
        ViewStats: what the page shows and what it left out.

    Raises:
        UsageError: a bad cap or depth, or a focus or paper the graph does not have.
    """
    html, stats = render_html(graph, max_nodes=max_nodes, focus=focus, depth=depth, paper=paper)
    # A lone surrogate (from text decoded with surrogateescape) cannot be written as UTF-8.
    html = html.encode("utf-8", "replace").decode("utf-8")
    with atomic_open(Path(path)) as handle:
        handle.write(html)
    return stats


def render_html(graph: nx.MultiDiGraph, **view_options) -> tuple[str, ViewStats]:
    """The page as a string and its ViewStats; `view_options` are those of `write_html`."""
    view, stats = select_view(graph, **view_options)
    network = build_network(graph, view)
    title = "kg graph"
    if stats.centre:
        title += ": " + ", ".join(node_label(node, graph.nodes[node]) for node in stats.centre)
    nodes, edges, _, _, _, _ = network.get_network_data()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": network.options,
        "legend": legend_entries(graph, view),
        "summary": stats.summary,
        "centre": list(stats.centre),
    }
    assets = page_assets()
    template = _environment().get_template("graph.html")
    html = template.render(
        csp=content_security_policy(assets.vis_js, assets.page_js),
        title=title,
        summary=stats.summary,
        vis_js=Markup(assets.vis_js), vis_css=Markup(assets.vis_css),
        page_js=Markup(assets.page_js), page_css=Markup(assets.page_css),
        data_json=Markup(script_json(data)),
    )
    return html, stats


def build_network(graph: nx.MultiDiGraph, view: nx.MultiDiGraph) -> Network:
    """A pyvis Network of `view`: styled nodes sized by their degree in `graph`, typed edges."""
    network = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    # Nodes and edges are appended the way Network.add_node/add_edge do it, minus their
    # linear-time membership checks (quadratic on big views): `view` has no duplicate node and
    # every edge end is one of its nodes.
    for node, attrs in view.nodes(data=True):
        style = label_style(attrs.get("label"))
        degree = graph.degree(node)
        minor = attrs.get("label") in MINOR_LABELS
        options = Node(
            str(node), style.shape, label=node_label(node, attrs) or str(node), color=style.colour,
            size=node_size(degree, minor=minor), kind=attrs.get("label") or OTHER_STYLE.legend,
            font=_font(degree, minor=minor), tip=node_tooltip(graph, node),
        ).options
        network.nodes.append(options)
        network.node_ids.append(str(node))
        network.node_map[str(node)] = options
    edge_labels = view.number_of_edges() <= EDGE_LABEL_LIMIT
    for number, (source, target, attrs) in enumerate(view.edges(data=True)):
        kind = str(attrs.get("type") or "")
        options = {"id": f"e{number}", "kind": kind, "tip": edge_tooltip(attrs)}
        if edge_labels:
            options["label"] = kind
        network.edges.append(Edge(str(source), str(target), directed=True, **options).options)
    network.options = vis_options(view)
    return network


def node_size(degree: int, *, minor: bool = False) -> float:
    """Drawn radius of a node with `degree` links in the whole graph: grows with the square
    root (area ~ links) and is the same in every view of the graph. Papers and results are
    drawn smaller: the entities are what a reader scans for."""
    root = math.sqrt(max(degree, 0))
    if minor:
        return round(min(MAX_MINOR_SIZE, 4 + 1.5 * root), 1)
    return round(min(MAX_NODE_SIZE, MIN_NODE_SIZE + 4 * root), 1)


def _font(degree: int, *, minor: bool) -> dict:
    # Hubs get labels big enough to read when the whole graph is in view; vis-network skips
    # labels smaller than 5 px on screen, so paper titles appear only when zoomed in.
    if minor:
        return {"size": 9, "color": "#555555"}
    return {"size": round(min(30, 12 + 2.5 * math.sqrt(max(degree, 0)))), "color": "#222222",
            "strokeWidth": 3, "strokeColor": "#ffffff"}


def vis_options(view: nx.MultiDiGraph) -> dict:
    """vis-network options: physics that stabilises off-screen and is then switched off by the
    page, sizes scaled by degree, cheaper drawing for big views."""
    nodes, edges = view.number_of_nodes(), view.number_of_edges()
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": nodes <= IMPROVED_LAYOUT_LIMIT},
        "nodes": {"borderWidth": 1},
        "edges": {
            "color": {"color": EDGE_COLOUR, "highlight": "#333333", "hover": "#333333", "opacity": 0.7},
            "width": 0.8,
            "selectionWidth": 1.5,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.4}},
            "font": {"size": 8, "color": "#777777", "strokeWidth": 2, "align": "middle"},
            "smooth": {"enabled": edges <= SMOOTH_EDGE_LIMIT, "type": "continuous", "roundness": 0.3},
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -45, "centralGravity": 0.012,
                                 "springLength": 80, "springConstant": 0.08, "damping": 0.5,
                                 "avoidOverlap": 0.3},
            "maxVelocity": 40,
            "minVelocity": 1.5,
            "timestep": 0.5,
            "stabilization": {"enabled": True, "iterations": 600 if nodes <= 200 else 300,
                              "updateInterval": 25, "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": edges > 600,
                        "hideEdgesOnZoom": edges > 1500, "navigationButtons": False,
                        "keyboard": False},
    }


def legend_entries(graph: nx.MultiDiGraph, view: nx.MultiDiGraph) -> list[dict]:
    """One legend entry per label present in the graph, in the style table's order."""
    total = Counter(attrs.get("label") for _, attrs in graph.nodes(data=True))
    shown = Counter(attrs.get("label") for _, attrs in view.nodes(data=True))
    order = list(LABEL_STYLES) + sorted(str(label) for label in total if label not in LABEL_STYLES)
    entries = []
    for label in order:
        if not total.get(label):
            continue
        style = label_style(label)
        entries.append({"label": label, "colour": style.colour, "shape": style.shape,
                        "shown": shown.get(label, 0), "total": total[label]})
    return entries


def content_security_policy(*scripts: str) -> str:
    """A policy that lets only these exact inline scripts run and forbids every request.

    A second line of defence behind escaping: markup that slipped into the page could neither
    run (no inline handler, no other script) nor load or send anything.
    """
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"
        for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")


def script_json(data) -> str:
    """JSON safe inside a `<script>` element: no `</script>`, `<!--` or U+2028/2029 survives."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), default=str)
    return text.translate(_JSON_ESCAPES)


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    # autoescape on: the title and summary come from the data and go into HTML text.
    return jinja2.Environment(loader=jinja2.PackageLoader("kg.viz", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True)
