"""`kg load`, `kg query` and `kg export` as a user runs them (in-process, real server)."""
from __future__ import annotations

import logging

import pytest

from kg.cli import main
from kg.graph.io import write_graph_json
from tests.bolt_server import free_port
from tests.db.graphs import seed_like_graph


@pytest.fixture
def graph_file(tmp_path):
    return str(write_graph_json(seed_like_graph(), tmp_path / "graph.json"))


@pytest.fixture
def env(monkeypatch, empty_db):
    monkeypatch.setenv("NEO4J_URI", empty_db.uri)
    monkeypatch.setenv("NEO4J_USER", empty_db.user)
    monkeypatch.setenv("NEO4J_PASSWORD", empty_db.password)
    if empty_db.database:
        monkeypatch.setenv("NEO4J_DATABASE", empty_db.database)
    else:
        monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    return empty_db


def test_kg_load_prints_counts_and_never_the_password(env, graph_file, capsys, caplog, tmp_path):
    caplog.set_level(logging.DEBUG)  # the driver's own debug log included
    assert main(["load", graph_file, "--batch-size", "4"]) == 0
    assert main(["load", graph_file]) == 0
    out, err = capsys.readouterr()
    graph = seed_like_graph()
    assert f"nodes: {graph.number_of_nodes()} created, 0 matched" in out
    assert f"nodes: 0 created, {graph.number_of_nodes()} matched" in out
    assert f"relationships: 0 created, {graph.number_of_edges()} matched" in out
    assert caplog.text  # the driver did log (HELLO etc.), and still:
    for text in (out, err, caplog.text, *(p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())):
        assert env.password not in text


def test_kg_load_refuses_a_password_argument_without_repeating_it(graph_file, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["load", graph_file, "--password", "hunter2-secret"])
    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert "NEO4J_PASSWORD" in err and "hunter2-secret" not in out + err


def test_kg_load_stopped_server_is_one_line_naming_the_uri_exit_2(graph_file, capsys, monkeypatch):
    uri = f"bolt://127.0.0.1:{free_port()}"
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-not-shown")
    assert main(["load", graph_file, "--uri", uri]) == 2
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and uri in err and err.startswith("kg load: ")
    assert "pw-not-shown" not in out + err and "Traceback" not in err


def test_kg_load_missing_graph_file_is_one_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    assert main(["load", str(tmp_path / "nope.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.json" in err


def test_kg_query_prints_a_table(env, graph_file, capsys):
    main(["load", graph_file])
    capsys.readouterr()
    assert main(["query", "leaderboard", "--param", "metric=FID", "--param", "dataset=ImageNet"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["method", "value", "metric", "dataset", "paper", "paper_id"]
    assert lines[2].split()[:4] == ["VAR", "1.73", "FID", "ImageNet"]
    assert lines[-1] == "(3 rows)"


def test_kg_query_list_and_bad_parameter(capsys):
    assert main(["query", "--list"]) == 0
    assert "leaderboard metric dataset [limit]" in capsys.readouterr().out
    assert main(["query", "leaderboard", "--param", "metric"]) == 2
    assert "KEY=VALUE" in capsys.readouterr().err


def test_kg_export_both_formats(graph_file, tmp_path, capsys):
    assert main(["export", "--format", "neo4j-admin", str(tmp_path)]) == 0
    assert "neo4j-admin database import full" in capsys.readouterr().out
    assert (tmp_path / "neo4j-admin" / "nodes_Paper.csv").exists()
    assert main(["export", "--format", "cypher", graph_file, "-o", str(tmp_path / "c")]) == 0
    assert (tmp_path / "c" / "graph.cypher").exists()
    assert main(["export", "--format", "graphml", str(tmp_path)]) == 2


def test_kg_build_neo4j_loads_what_it_built(env, tmp_path, capsys):
    from pathlib import Path

    import kg
    from kg.db.connect import open_driver
    from kg.db.reader import database_counts, graph_counts

    seeds = Path(__file__).resolve().parents[2] / "examples" / "seeds"
    assert main(["build", str(seeds / "000_fa78b4c63d8f22c8.txt"), "-o", str(tmp_path / "out"),
                 "--no-html", "--neo4j"]) == 0
    out, _ = capsys.readouterr()
    assert f"neo4j: {env.uri}" in out
    driver = open_driver(env)
    try:
        assert database_counts(driver, env) == graph_counts(kg.load_graph(tmp_path / "out"))
    finally:
        driver.close()


def test_kg_build_neo4j_unreachable_fails_before_writing_anything(tmp_path, capsys, monkeypatch):
    uri = f"bolt://127.0.0.1:{free_port()}"
    monkeypatch.setenv("NEO4J_PASSWORD", "pw-not-shown")
    out_dir = tmp_path / "out"
    assert main(["build", "examples/seeds", "-o", str(out_dir), "--neo4j", "--uri", uri]) == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("kg build: ") and uri in err
    assert not out_dir.exists()
