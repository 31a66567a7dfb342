"""The seed graph (examples/seeds, built by kg's real pipeline) in the database."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.db.connect import open_driver
from kg.db.querypack import get_query
from kg.db.reader import database_counts, distinct_key_counts, graph_counts, read
from kg.db.writer import load_graph_into

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


@pytest.fixture(scope="module")
def seed_graphs():
    files = sorted(SEEDS.glob("*.txt"))
    build = lambda inputs: kg.build([str(f) for f in inputs], html=False).graph  # noqa: E731
    return {"all": build(files), "first": build(files[:3]), "rest": build(files[3:])}


def load(graph, target):
    return load_graph_into(graph, target.uri, target.user, target.password, target.database)


def state(target):
    driver = open_driver(target)
    try:
        return database_counts(driver, target), distinct_key_counts(driver, target)
    finally:
        driver.close()


def test_seed_graph_counts_equal_networkx_and_reloading_changes_none(empty_db, seed_graphs):
    graph = seed_graphs["all"]
    load(graph, empty_db)
    (labels, types), keys = state(empty_db)
    assert (labels, types) == graph_counts(graph)
    assert keys == labels
    again = load(graph, empty_db)
    assert state(empty_db)[0] == (labels, types)
    assert sum(again.nodes_created.values()) == sum(again.rels_created.values()) == 0


def test_seed_graph_000_002_then_003_004_equals_all_five(empty_db, seed_graphs):
    load(seed_graphs["first"], empty_db)
    load(seed_graphs["rest"], empty_db)
    (labels, types), keys = state(empty_db)
    assert (labels, types) == graph_counts(seed_graphs["all"])
    assert keys == labels
    # Per-entity paper counts add up across the two loads, as if loaded at once.
    driver = open_driver(empty_db)
    try:
        _, rows = read(driver, empty_db, "MATCH (d:Dataset) WHERE d.papers IS NOT NULL "
                                         "RETURN d.key AS key, d.papers AS papers", {})
    finally:
        driver.close()
    graph = seed_graphs["all"]
    expected = {a["key"]: a["papers"] for _, a in graph.nodes(data=True)
                if a["label"] == "Dataset" and "papers" in a}
    assert dict(rows) == expected
    assert max(expected.values()) > 1


def test_leaderboard_seed_graph_has_var_with_fid_1_73_on_imagenet(empty_db, seed_graphs):
    load(seed_graphs["all"], empty_db)
    query = get_query("leaderboard")
    driver = open_driver(empty_db)
    try:
        columns, rows = read(driver, empty_db, query.text,
                             query.parameters({"metric": "FID", "dataset": "ImageNet"}))
    finally:
        driver.close()
    table = [dict(zip(columns, row)) for row in rows]
    assert {"method": "VAR", "value": 1.73} in [{k: r[k] for k in ("method", "value")} for r in table]
    values = [r["value"] for r in table]
    assert values == sorted(values)  # FID: lower is better, best first
