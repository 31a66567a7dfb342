"""`kg export --format neo4j-admin|cypher OUT/`: bulk-load files for a graph `kg build` wrote.

OUT is the build's output folder (or its graph.json); the files go to OUT/neo4j-admin/ or
OUT/graph.cypher unless `-o DIR` says otherwise.
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import UsageError

FORMATS = ("neo4j-admin", "cypher")


def add_parser(sub):
    parser = sub.add_parser("export", help="write neo4j-admin CSV files or a cypher-shell script",
                            description="Write the files to bulk-load a graph: CSV files plus the "
                            "exact `neo4j-admin database import full` command (--format "
                            "neo4j-admin), or a script for `cypher-shell -f` (--format cypher).")
    parser.add_argument("--format", dest="fmt", required=True, metavar="FORMAT",
                        help="neo4j-admin or cypher")
    parser.add_argument("source", metavar="OUT",
                        help="the folder `kg build -o` wrote (or its graph.json)")
    parser.add_argument("-o", "--out", default=None, metavar="DIR",
                        help="folder to write into (default: OUT/neo4j-admin, or OUT for cypher)")
    parser.add_argument("--database", default="neo4j", metavar="NAME",
                        help="database the neo4j-admin command imports into (default neo4j)")
    return parser


def run(args) -> int:
    if args.fmt not in FORMATS:
        raise UsageError(f"unknown --format {args.fmt!r}; use one of {', '.join(FORMATS)}")
    from kg.db.export import export_cypher, export_neo4j_admin
    from kg.graph.io import GRAPH_JSON, read_graph_json

    source = Path(args.source)
    graph_path = source / GRAPH_JSON if source.is_dir() else source
    graph = read_graph_json(graph_path)
    if args.fmt == "neo4j-admin":
        out = Path(args.out) if args.out else graph_path.parent / "neo4j-admin"
        files, command = export_neo4j_admin(graph, out, database=args.database)
        print(f"kg export: {len(files) - 1} CSV files in {out}")
        print("import into an empty database, with the server stopped, from that folder:")
        print(f"  {command}")
        print(f"(also written to {files[-1]})")
    else:
        path = export_cypher(graph, Path(args.out) if args.out else graph_path.parent)
        print(f"kg export: {path}\nrun: cypher-shell -u neo4j -f {path}")
    return 0
