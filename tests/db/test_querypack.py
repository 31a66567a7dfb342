"""The Cypher query pack: headers parse, parameters convert, and every query answers right."""
from __future__ import annotations

import pytest

from kg.db.connect import open_driver
from kg.db.querypack import get_query, list_queries, parse_query
from kg.db.reader import read
from kg.db.writer import load_graph_into
from kg.errors import UsageError
from tests.db.graphs import seed_like_graph

EXPECTED = {"leaderboard", "outperforms", "task_datasets", "task_metrics", "proposals_on_dataset",
            "cooccurring_datasets"}


def test_list_queries_has_the_pack_with_described_parameters():
    queries = {q.name: q for q in list_queries()}
    assert set(queries) == EXPECTED
    for query in queries.values():
        assert query.description and query.params
        for param in query.params:
            assert f"${param.name}" in query.text


def test_pack_query_parameters_convert_types_and_fill_defaults():
    query = get_query("leaderboard")
    assert query.parameters({"metric": "FID", "dataset": "ImageNet", "limit": "3"}) == {
        "metric": "FID", "dataset": "ImageNet", "limit": 3}
    assert query.parameters({"metric": "FID", "dataset": "x"})["limit"] == 25
    with pytest.raises(UsageError, match="needs --param dataset"):
        query.parameters({"metric": "FID"})
    with pytest.raises(UsageError, match="no parameter 'metirc'"):
        query.parameters({"metirc": "FID", "dataset": "x"})
    with pytest.raises(UsageError, match="wants int"):
        query.parameters({"metric": "FID", "dataset": "x", "limit": "many"})
    assert get_query("cooccurring_datasets").parameters({})["dataset"] is None


def test_parse_query_reads_the_header_only():
    query = parse_query("q", "// q: first line\n// more\n// param a: float = 0.5 -- a number\n"
                             "MATCH (n) // param b: int\nRETURN n LIMIT $a")
    assert query.description == "first line more"
    assert [(p.name, p.type, p.default) for p in query.params] == [("a", "float", 0.5)]


def test_get_query_unknown_name_lists_the_pack():
    with pytest.raises(UsageError, match="leaderboard"):
        get_query("nope")


@pytest.fixture(scope="module")
def loaded(bolt_driver, bolt_target):
    from tests.conftest import clear_database

    clear_database(bolt_driver, bolt_target)
    t = bolt_target
    load_graph_into(seed_like_graph(), t.uri, t.user, t.password, t.database)
    return bolt_target


def run(target, name, **params):
    query = get_query(name)
    driver = open_driver(target)
    try:
        columns, rows = read(driver, target, query.text,
                             query.parameters({k: str(v) for k, v in params.items()}))
    finally:
        driver.close()
    return [dict(zip(columns, row)) for row in rows]


def test_leaderboard_sorts_lower_is_better_ascending(loaded):
    rows = run(loaded, "leaderboard", metric="Frechet inception distance", dataset="imagenet")
    assert [(r["method"], r["value"]) for r in rows] == [("VAR", 1.73), ("ECT", 1.91), ("DiT", 2.27)]
    assert rows[0]["paper"].startswith("Visual Autoregressive Modeling")


def test_leaderboard_sorts_higher_is_better_descending(loaded):
    rows = run(loaded, "leaderboard", metric="accuracy", dataset="CIFAR10", limit=1)
    assert [(r["method"], r["value"]) for r in rows] == [("DiT", 93.1)]


def test_outperforms_lists_the_beaten_methods_with_the_paper(loaded):
    rows = run(loaded, "outperforms", method="var")
    assert [(r["outperforms"], r["paper"][:6]) for r in rows] == [("DiT", "Visual")]


def test_task_datasets_and_metrics_count_papers(loaded):
    assert [(r["dataset"], r["papers"]) for r in run(loaded, "task_datasets", task="Image Generation")] == [
        ("ImageNet", 2), ("CIFAR-10", 1), ("MS-COCO", 1)]
    assert [(r["metric"], r["papers"]) for r in run(loaded, "task_metrics", task="image generation")] == [
        ("FID", 1), ("accuracy", 1)]


def test_proposals_on_dataset_lists_papers_and_their_methods(loaded):
    rows = run(loaded, "proposals_on_dataset", dataset="MS-COCO")
    assert [(r["paper"], r["methods"]) for r in rows] == [
        ("Tiny-Det", ["Tiny-Det"]),
        ("VL-GPT: A Generative Pre-trained Transformer for Vision and Language Understanding "
         "and Generation", ["VL-GPT"])]


def test_cooccurring_datasets_with_and_without_a_dataset(loaded):
    rows = run(loaded, "cooccurring_datasets", dataset="CIFAR-10")
    assert [(r["with_dataset"], r["papers"]) for r in rows] == [("ImageNet", 2), ("MS-COCO", 1)]
    pairs = run(loaded, "cooccurring_datasets")
    assert {(r["dataset"], r["with_dataset"], r["papers"]) for r in pairs} == {
        ("CIFAR-10", "ImageNet", 2), ("ImageNet", "MS-COCO", 1), ("CIFAR-10", "MS-COCO", 1)}
