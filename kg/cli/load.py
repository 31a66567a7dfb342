"""`kg load GRAPH.json`: load a built graph into Neo4j over Bolt (idempotent, batched).

Also home of the connection arguments `kg query` shares. The password is read from
NEO4J_PASSWORD or a prompt only: a `--password` flag is refused without repeating its value.
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from kg.db.connect import DEFAULT_URI, DEFAULT_USER, Target
from kg.errors import UsageError


class _RefusePassword(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        parser.error("a password is never taken from the command line (it would end up in shell "
                     "history and process lists); set NEO4J_PASSWORD or let kg prompt for it")


def add_connection_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--uri", default=None, metavar="URI",
                        help=f"Bolt URI (default: $NEO4J_URI or {DEFAULT_URI})")
    parser.add_argument("--user", default=None, metavar="USER",
                        help=f"user name (default: $NEO4J_USER or {DEFAULT_USER})")
    parser.add_argument("--database", default=None, metavar="NAME",
                        help="database name (default: $NEO4J_DATABASE or the server's default)")
    parser.add_argument("--password", nargs="?", action=_RefusePassword, help=argparse.SUPPRESS)


def target_from_args(args: argparse.Namespace) -> Target:
    """URI, user, database from flags or the environment; the password from the environment or
    a prompt (on a terminal only).

    Raises:
        UsageError: no password in NEO4J_PASSWORD and no terminal to ask on.
    """
    uri = args.uri or os.environ.get("NEO4J_URI") or DEFAULT_URI
    user = args.user or os.environ.get("NEO4J_USER") or DEFAULT_USER
    database = args.database or os.environ.get("NEO4J_DATABASE") or None
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError("no password: set NEO4J_PASSWORD (or run kg on a terminal to be asked)")
        password = getpass.getpass(f"Password for {user} at {uri}: ")
    return Target(uri, user, password, database)


def add_parser(sub):
    parser = sub.add_parser("load", help="load a graph.json into Neo4j over Bolt",
                            description="Load OUT/graph.json (from `kg build`) into Neo4j: "
                            "constraints and indexes, then nodes, then relationships, merged in "
                            "batches, so loading twice changes nothing. The password comes from "
                            "NEO4J_PASSWORD or a prompt.")
    parser.add_argument("graph", metavar="GRAPH_JSON", help="graph.json written by `kg build`")
    add_connection_arguments(parser)
    parser.add_argument("--batch-size", type=int, default=1000, metavar="N",
                        help="rows per transaction (default 1000)")
    parser.add_argument("--wipe", action="store_true",
                        help="first delete every node with one of kg's labels (and its relationships)")
    return parser


def run(args) -> int:
    from kg.db.writer import load_graph_into
    from kg.graph.io import read_graph_json

    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    graph = read_graph_json(args.graph)
    target = target_from_args(args)
    stats = load_graph_into(graph, target.uri, target.user, target.password, target.database,
                            args.batch_size, wipe=args.wipe, progress=ProgressBar(),
                            source=str(args.graph))
    print(f"kg load: {args.graph} -> {target.uri}"
          f"{' (database ' + target.database + ')' if target.database else ''}")
    for line in stats.summary():
        print(f"  {line}")
    return 1 if sum(stats.rels_missing_endpoint.values()) else 0


class ProgressBar:
    """A tqdm bar over all rows of a load, on stderr, shown only on a terminal."""

    def __init__(self):
        self._bar = None

    def __call__(self, phase: str, rows: int, total: int) -> None:
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit="rows", desc="loading", leave=False,
                             disable=not sys.stderr.isatty())
        self._bar.set_postfix_str(phase, refresh=False)
        self._bar.update(rows)
        if self._bar.n >= total:
            self._bar.close()
