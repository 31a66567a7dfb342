"""The Bolt loader against a real Bolt server (see tests/conftest.py for which one)."""
from __future__ import annotations

import threading

import pytest

from kg.db.connect import Target, open_driver
from kg.db.reader import database_counts, distinct_key_counts, graph_counts, read
from kg.db.writer import GraphWriter, RetryPolicy, graph_batches, load_graph_into
from kg.errors import DatabaseError, InputError
from tests.bolt_server import free_port
from tests.db.graphs import (INJECTION_DATASET, INJECTION_METHOD, INJECTION_TITLE, hostile_graph,
                             seed_like_graph)

FAST_RETRY = RetryPolicy(attempts=2, delay=0.2, max_delay=0.2, transaction_seconds=1.0)


def load(graph, target: Target, **kwargs):
    return load_graph_into(graph, target.uri, target.user, target.password, target.database, **kwargs)


def counts(target: Target):
    driver = open_driver(target)
    try:
        return database_counts(driver, target), distinct_key_counts(driver, target)
    finally:
        driver.close()


def test_load_graph_into_counts_equal_the_graph_and_a_second_load_changes_nothing(empty_db):
    graph = seed_like_graph()
    first = load(graph, empty_db, batch_size=7)
    (labels, types), keys = counts(empty_db)
    assert (labels, types) == graph_counts(graph)
    assert keys == labels  # no key is on two nodes
    assert sum(first.nodes_created.values()) == graph.number_of_nodes()
    assert sum(first.rels_created.values()) == graph.number_of_edges()
    assert sum(first.nodes_matched.values()) == sum(first.rels_matched.values()) == 0

    second = load(graph, empty_db, batch_size=1000)
    assert counts(empty_db)[0] == (labels, types)
    assert sum(second.nodes_created.values()) == sum(second.rels_created.values()) == 0
    assert sum(second.nodes_matched.values()) == graph.number_of_nodes()
    assert sum(second.rels_matched.values()) == graph.number_of_edges()


def test_load_graph_into_in_two_batches_equals_all_at_once(empty_db):
    load(seed_like_graph(slice(0, 3)), empty_db, batch_size=5)
    stats = load(seed_like_graph(slice(3, 5)), empty_db, batch_size=5)
    assert counts(empty_db)[0] == graph_counts(seed_like_graph())
    assert stats.nodes_matched["Dataset"] == 3  # ImageNet, CIFAR-10, MS-COCO were there already
    assert stats.nodes_created["Dataset"] == 0
    driver = open_driver(empty_db)
    try:
        _, rows = read(driver, empty_db, "MATCH (d:Dataset {key: 'cifar10'}) RETURN d.name, d.aliases")
    finally:
        driver.close()
    assert rows == [["CIFAR-10", ["CIFAR10"]]]


def test_load_graph_into_keeps_outperforms_from_two_papers_apart(empty_db):
    graph = seed_like_graph()
    graph.add_edge("Method:var", "Method:dit", key="OUTPERFORMS:2212.09748", type="OUTPERFORMS",
                   paper="2212.09748", count=1)
    load(graph, empty_db)
    driver = open_driver(empty_db)
    try:
        _, rows = read(driver, empty_db, "MATCH (:Method {key: 'var'})-[o:OUTPERFORMS]->"
                                         "(:Method {key: 'dit'}) RETURN o.paper ORDER BY o.paper")
    finally:
        driver.close()
    assert rows == [["2212.09748"], ["2404.02905"]]


def test_load_graph_into_injection_attempts_arrive_as_text_and_change_nothing_else(empty_db, bolt_driver):
    with bolt_driver.session(database=empty_db.database) as session:
        session.execute_write(lambda tx: tx.run("CREATE (:Sentinel {name: 'keep me'})").consume())
    load(seed_like_graph(), empty_db)
    before = counts(empty_db)[0]
    load(hostile_graph(), empty_db)
    _, rows = read(bolt_driver, empty_db, "MATCH (p:Paper {key: $id}) RETURN p.title", {"id": "evil'}) DETACH DELETE n //"})
    assert rows == [[INJECTION_TITLE]]
    _, rows = read(bolt_driver, empty_db, "MATCH (:Paper)-[:PROPOSES]->(m:Method) WHERE m.name = $n RETURN m.key", {"n": INJECTION_METHOD})
    assert rows == [["x`}) match (m) detach delete m //"]]
    _, rows = read(bolt_driver, empty_db, "MATCH (d:Dataset) WHERE d.name = $n RETURN count(d)", {"n": INJECTION_DATASET})
    assert rows == [[1]]
    _, rows = read(bolt_driver, empty_db, "MATCH (n:Sentinel) RETURN n.name")
    assert rows == [["keep me"]]
    labels, types = counts(empty_db)[0]
    hostile_labels, hostile_types = graph_counts(hostile_graph())
    # Everything from before is still there; the hostile paper added exactly its own nodes
    # (its ImageNet merged into the existing one).
    assert labels == {k: before[0][k] + hostile_labels[k] - (1 if k == "Dataset" else 0) for k in labels}
    assert types == {k: before[1][k] + hostile_types[k] for k in types}


def test_load_graph_into_wipe_removes_only_kg_labels(empty_db, bolt_driver):
    load(seed_like_graph(), empty_db)
    with bolt_driver.session(database=empty_db.database) as session:
        session.execute_write(lambda tx: tx.run("CREATE (:Sentinel {name: 'keep me'})").consume())
    stats = load(seed_like_graph(slice(4, 5)), empty_db, wipe=True)
    assert stats.deleted == seed_like_graph().number_of_nodes()
    assert counts(empty_db)[0] == graph_counts(seed_like_graph(slice(4, 5)))
    assert read(bolt_driver, empty_db, "MATCH (n:Sentinel) RETURN count(n)")[1] == [[1]]


def test_load_graph_into_unreachable_server_is_one_line_naming_the_uri():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(DatabaseError) as caught:
        load_graph_into(seed_like_graph(), uri, "neo4j", "secret-pw", retry=FAST_RETRY)
    message = str(caught.value)
    assert uri in message and "\n" not in message and "secret-pw" not in message


def test_graph_batches_rejects_a_label_outside_the_schema():
    graph = seed_like_graph()
    graph.add_node("Evil:x", label="Evil`) DETACH DELETE n //", key="x")
    with pytest.raises(InputError, match="unknown label"):
        graph_batches(graph, source="g.json")


def test_graph_batches_leaves_out_properties_outside_the_schema():
    graph = seed_like_graph()
    graph.nodes["Dataset:imagenet"]["evil`} DETACH DELETE n //"] = "x"
    batches = graph_batches(graph)
    assert batches.dropped == {("Dataset", "evil`} DETACH DELETE n //"): 1}
    assert all("evil`} DETACH DELETE n //" not in row["props"] for row in batches.nodes["Dataset"])


def test_load_graph_into_rerun_after_the_server_stopped_mid_load_has_no_duplicates(stoppable_server):
    server = stoppable_server
    conn = server.connection
    target = Target(conn.uri, conn.user, conn.password)
    graph = seed_like_graph()
    stopped = threading.Event()

    def stop_after_some_batches(phase, rows, total, seen=[0]):
        seen[0] += 1
        if seen[0] == 6 and not stopped.is_set():
            server.stop()  # a graceful stop: what was committed is saved to disk
            stopped.set()

    with pytest.raises(DatabaseError) as caught:
        load(graph, target, batch_size=3, progress=stop_after_some_batches, retry=FAST_RETRY)
    assert stopped.is_set()
    assert conn.uri in str(caught.value) and "\n" not in str(caught.value)

    server.start()
    (labels, types), _ = counts(target)
    assert 0 < sum(labels.values()) < graph.number_of_nodes()  # the first load was cut short
    stats = load(graph, target, batch_size=3)
    (labels, types), keys = counts(target)
    assert (labels, types) == graph_counts(graph)
    assert keys == labels
    assert sum(stats.nodes_matched.values()) > 0  # the re-run found what the first one wrote


def test_graph_writer_schema_step_is_repeatable(empty_db, bolt_driver):
    writer = GraphWriter(bolt_driver, empty_db)
    from kg.db.writer import LoadStats

    for _ in range(2):
        stats = LoadStats()
        writer.ensure_schema(stats)
        assert stats.schema_created > 0 or stats.notes
