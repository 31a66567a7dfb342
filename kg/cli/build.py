"""`kg build INPUT... -o OUT`: graph.json, graph.graphml and graph.html, and a summary."""
from __future__ import annotations

import sys
from collections import Counter

from kg.cli.common import add_input_arguments, exit_status, print_problems, report_lines
from kg.cli.load import ProgressBar, add_connection_arguments, target_from_args
from kg.errors import UsageError
from kg.report import Report


# Imported while Ctrl-C is held (kg.cli._sigint_held).
PRELOAD = ("kg.api", "kg.extract.pipeline", "kg.extract.facts", "kg.graph.build", "kg.viz.page")


def add_parser(sub):
    parser = sub.add_parser("build", help="build the knowledge graph and its outputs",
                            description="Build the graph of the inputs and write OUT/graph.json, "
                            "OUT/graph.graphml and OUT/graph.html.")
    add_input_arguments(parser, required=False)
    parser.add_argument("--from-facts", metavar="PATH",
                        help="assemble from facts already extracted (a facts file or a directory "
                             "of part-NNNNN.jsonl shards from `kg extract --engine dask`)")
    parser.add_argument("-o", "--out", required=True, metavar="OUT", help="output directory")
    parser.add_argument("--no-html", dest="html", action="store_false", help="skip graph.html")
    parser.add_argument("--max-nodes", type=int, metavar="N",
                        help="node cap of graph.html (default: the viewer's)")
    neo4j = parser.add_argument_group("loading into Neo4j (as `kg load` does)")
    neo4j.add_argument("--neo4j", action="store_true",
                       help="also load the graph into Neo4j; the server is checked before building")
    add_connection_arguments(neo4j)
    neo4j.add_argument("--batch-size", type=int, default=1000, metavar="N",
                       help="rows per transaction (default 1000)")
    return parser


def run(args) -> int:
    import kg

    report = Report()
    facts = None
    if args.from_facts:
        if args.inputs:
            raise UsageError("give INPUT files or --from-facts, not both")
        from kg.scaleout import read_facts_shards

        facts = read_facts_shards(args.from_facts)
    elif not args.inputs:
        raise UsageError("no INPUT given (or use --from-facts)")
    target = None
    if args.neo4j:
        # Fail before any work or output when the database cannot be reached.
        from kg.db.connect import open_driver

        target = target_from_args(args)
        open_driver(target).close()
    result = kg.build(args.inputs, args.out, fmt=args.fmt, lexicons=args.lexicons,
                      workers=args.workers, html=args.html, max_nodes=args.max_nodes,
                      facts=facts, report=report, strict=args.strict, progress=True)
    print_problems(report)
    for line in summary_lines(result):
        print(line)
    status = exit_status(report)
    if target is not None:
        from kg.db.writer import load_graph_into

        stats = load_graph_into(result.graph, target.uri, target.user, target.password,
                                target.database, args.batch_size, progress=ProgressBar(),
                                source=str(result.paths.get("graph.json", args.out)))
        print(f"neo4j: {target.uri}")
        for line in stats.summary():
            print(f"  {line}")
    return status


def summary_lines(result) -> list[str]:
    graph = result.graph
    lines = report_lines(result.report)
    lines.append(f"papers: {graph.graph.get('papers', 0)}")
    labels = Counter(attrs.get("label") for _, attrs in graph.nodes(data=True))
    types = Counter(attrs.get("type") for _, _, attrs in graph.edges(data=True))
    lines.append(f"nodes: {graph.number_of_nodes()}  " + "  ".join(f"{k}={v}" for k, v in sorted(labels.items())))
    lines.append(f"edges: {graph.number_of_edges()}  " + "  ".join(f"{k}={v}" for k, v in sorted(types.items())))
    if result.view is not None and getattr(result.view, "summary", None):
        lines.append(f"view: {result.view.summary}")
    for name, path in result.paths.items():
        lines.append(f"{name}: {path}")
    lines.append(f"seconds: {result.seconds:.2f}")
    return lines
