"""Bulk export: neo4j-admin CSV files with typed headers, and a cypher-shell script."""
from __future__ import annotations

import csv

from kg.db.connect import open_driver
from kg.db.export import cypher_literal, export_cypher, export_neo4j_admin
from kg.db.reader import database_counts, graph_counts, read
from tests.db.graphs import INJECTION_TITLE, hostile_graph, seed_like_graph


def graph_with_hostile_paper():
    import networkx as nx

    return nx.compose(seed_like_graph(), hostile_graph())


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def test_export_neo4j_admin_writes_typed_csvs_and_the_import_command(tmp_path):
    graph = graph_with_hostile_paper()
    files, command = export_neo4j_admin(graph, tmp_path)
    labels, types = graph_counts(graph)
    header, rows = read_csv(tmp_path / "nodes_Paper.csv")
    assert header[:2] == ["key:ID(Paper)", ":LABEL"]
    assert "authors:string[]" in header and "author_count:long" in header
    assert len(rows) == labels["Paper"]
    row = next(dict(zip(header, r)) for r in rows if r[0] == "evil'}) DETACH DELETE n //")
    assert row["title:string"] == INJECTION_TITLE
    header, rows = read_csv(tmp_path / "nodes_Metric.csv")
    assert "higher_is_better:boolean" in header
    assert {r[0]: dict(zip(header, r))["higher_is_better:boolean"] for r in rows} == {
        "fid": "false", "accuracy": "true"}
    header, rows = read_csv(tmp_path / "relationships_OUTPERFORMS_paper.csv")
    assert header[:3] == [":START_ID(Method)", ":END_ID(Method)", ":TYPE"]
    assert len(rows) == types["OUTPERFORMS"]
    csv_files = [f for f in files if f.suffix == ".csv"]
    assert sum(len(read_csv(f)[1]) for f in csv_files) == graph.number_of_nodes() + graph.number_of_edges()
    assert command.startswith("neo4j-admin database import full ")
    assert command.endswith(" neo4j") and "--multiline-fields=true" in command
    for f in csv_files:
        assert f"={f.name}" in command
    assert command in (tmp_path / "neo4j-admin-import.sh").read_text()


def test_cypher_literal_escapes_quotes_backslashes_and_control_characters():
    assert cypher_literal("a'b\\c\n\u0001") == "'a\\'b\\\\c\\n\\u0001'"
    assert cypher_literal({"k": [1, 2.5, True, None]}) == "{`k`: [1, 2.5, true, null]}"


def test_export_cypher_script_loads_the_same_graph(tmp_path, empty_db, bolt_driver):
    graph = graph_with_hostile_paper()
    path = export_cypher(graph, tmp_path, batch_size=4)
    statements = [line.rstrip(";") for line in path.read_text(encoding="utf-8").splitlines()
                  if line.endswith(";")]
    assert statements[0].startswith("CREATE CONSTRAINT")
    data = [s for s in statements if not s.startswith("CREATE ")]
    # The schema statements are Neo4j 5 syntax, which the FalkorDB test server refuses; the data
    # statements are what this test runs (twice: the script is idempotent).
    for _ in range(2):
        for statement in data:
            with bolt_driver.session(database=empty_db.database) as session:
                session.execute_write(lambda tx: tx.run(statement).consume())
    assert database_counts(bolt_driver, empty_db) == graph_counts(graph)
    _, rows = read(bolt_driver, empty_db, "MATCH (p:Paper {key: $k}) RETURN p.title",
                   {"k": "evil'}) DETACH DELETE n //"})
    assert rows == [[INJECTION_TITLE]]
