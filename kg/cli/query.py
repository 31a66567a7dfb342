"""`kg query NAME --param k=v`: run one query of the Cypher query pack and print a table."""
from __future__ import annotations

from kg.cli.load import add_connection_arguments, target_from_args
from kg.errors import UsageError


def add_parser(sub):
    parser = sub.add_parser("query", help="run a query of the Cypher query pack",
                            description="Run one query of the pack (kg/db/querypack/*.cypher) "
                            "against Neo4j and print the rows as a table. --list shows the "
                            "queries and their parameters.")
    parser.add_argument("name", nargs="?", metavar="NAME", help="the query's name (see --list)")
    parser.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="a query parameter; repeatable")
    parser.add_argument("--list", action="store_true", help="list the queries and exit")
    parser.add_argument("--show", action="store_true", help="print the query's Cypher and exit")
    add_connection_arguments(parser)
    return parser


def run(args) -> int:
    from kg.db.querypack import get_query, list_queries

    if args.list:
        for query in list_queries():
            params = " ".join(p.name if p.required else f"[{p.name}]" for p in query.params)
            print(f"{query.name} {params}\n    {query.description}")
        return 0
    if not args.name:
        raise UsageError("name a query (kg query --list shows them)")
    query = get_query(args.name)
    if args.show:
        print(query.text, end="")
        return 0
    given = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise UsageError(f"--param wants KEY=VALUE, got {item!r}")
        given[key.strip()] = value
    parameters = query.parameters(given)
    target = target_from_args(args)

    from kg.db.connect import open_driver
    from kg.db.reader import read

    driver = open_driver(target)
    try:
        columns, rows = read(driver, target, query.text, parameters)
    finally:
        driver.close()
    print(format_table(columns, rows))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return 0


def format_table(columns: list[str], rows: list[list]) -> str:
    """A plain text table: a header, a rule, one line per row; lists joined with ', '."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:77] + "..."
