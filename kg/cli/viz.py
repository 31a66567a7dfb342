"""`kg viz GRAPH -o view.html`: the HTML view of a built graph, whole, capped or centred."""
from __future__ import annotations

import time


def add_parser(sub):
    from kg.viz.select import DEFAULT_MAX_NODES

    parser = sub.add_parser(
        "viz", help="write the HTML view of a graph",
        description="Write one self-contained HTML page showing a graph kg built (graph.json, "
        "graph.graphml or a build directory). It opens offline in any browser.")
    parser.add_argument("graph", metavar="GRAPH", help="graph.json, graph.graphml or a `kg build` output directory")
    parser.add_argument("-o", "--output", required=True, metavar="HTML", help="the page to write")
    parser.add_argument("--max-nodes", type=int, default=DEFAULT_MAX_NODES, metavar="N",
                        help=f"most nodes on the page, the most connected kept (default {DEFAULT_MAX_NODES}; "
                             "0 = no cap)")
    parser.add_argument("--focus", metavar="NAME",
                        help="show only the neighbourhood of the method, dataset, metric, task or author "
                             "of this name (or alias, any case)")
    parser.add_argument("--paper", metavar="ID", help="show only the neighbourhood of this paper")
    parser.add_argument("--depth", type=int, default=1, metavar="K",
                        help="radius of --focus and --paper in steps (default 1)")
    return parser


def run(args) -> int:
    from kg.graph.io import load_graph
    from kg.viz.page import write_html

    started = time.perf_counter()
    graph = load_graph(args.graph)
    stats = write_html(graph, args.output, max_nodes=args.max_nodes, focus=args.focus,
                       depth=args.depth, paper=args.paper)
    print(f"view: {stats.summary}")
    print(f"graph.html: {args.output}")
    print(f"seconds: {time.perf_counter() - started:.2f}")
    return 0
