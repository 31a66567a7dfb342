"""Round trips through graph.json and GraphML keep every node, edge and attribute."""
import json

import pytest

from kg.errors import InputError
from kg.graph.build import build_graph
from kg.graph.io import load_graph, read_graph_json, read_graphml, write_graph_json, write_graphml
from tests.graph.test_build import var_facts


def _snapshot(graph):
    nodes = {n: dict(a) for n, a in graph.nodes(data=True)}
    edges = {(u, v, k): dict(a) for u, v, k, a in graph.edges(keys=True, data=True)}
    return nodes, edges


def test_graph_json_round_trip(tmp_path):
    graph = build_graph([var_facts("p1"), var_facts("p2")])
    path = write_graph_json(graph, tmp_path / "graph.json")
    back = read_graph_json(path)
    assert _snapshot(back) == _snapshot(graph)
    assert back.graph == graph.graph
    assert back.is_multigraph() and back.is_directed()


def test_graph_json_is_plain_node_link(tmp_path):
    path = write_graph_json(build_graph([var_facts()]), tmp_path / "graph.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    labels = {n["label"] for n in data["nodes"]}
    assert "Paper" in labels and all("type" in e for e in data["edges"])


def test_graphml_round_trip_restores_lists(tmp_path):
    graph = build_graph([var_facts()])
    path = write_graphml(graph, tmp_path / "graph.graphml")
    assert '"Keyu Tian"' in path.read_text(encoding="utf-8")  # the list travels as JSON text
    back = read_graphml(path)
    assert _snapshot(back) == _snapshot(graph)


def test_load_graph_accepts_directory_and_graphml(tmp_path):
    graph = build_graph([var_facts()])
    write_graph_json(graph, tmp_path / "graph.json")
    write_graphml(graph, tmp_path / "graph.graphml")
    assert load_graph(tmp_path).number_of_edges() == graph.number_of_edges()
    assert load_graph(tmp_path / "graph.graphml").number_of_nodes() == graph.number_of_nodes()


def test_read_graph_json_names_bad_file(tmp_path):
    bad = tmp_path / "graph.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="graph.json: not a graph.json file"):
        read_graph_json(bad)


def _read_back(path):
    import networkx as nx

    graph = nx.read_graphml(path, force_multigraph=True)
    return ({n: a for n, a in graph.nodes(data=True)},
            {(u, v, k): a for u, v, k, a in graph.edges(keys=True, data=True)}, graph.graph)


def test_graphml_reads_back_as_networkx_own_writer(tmp_path):
    # kg streams GraphML itself (networkx's writer is slow); networkx must read it exactly as it
    # reads what networkx writes, types and escapes included
    import networkx as nx

    from kg.graph.io import graph_to_graphml_ready

    graph = build_graph([var_facts("p1"), var_facts("p2")])
    graph.add_node("odd <&> \"node\"", label="Method", name="A & B <C> \"q\" 'x'\nline", papers=2,
                   score=1.5, proposed=True, aliases=["x", "y"])
    graph.add_edge("odd <&> \"node\"", "odd <&> \"node\"", key=7, type="OUTPERFORMS", value=3, papers=2.0)
    ours = write_graphml(graph, tmp_path / "ours.graphml")
    theirs = tmp_path / "theirs.graphml"
    nx.write_graphml(graph_to_graphml_ready(graph), theirs, encoding="utf-8")
    assert _read_back(ours) == _read_back(theirs)


def test_graphml_replaces_characters_xml_cannot_carry(tmp_path):
    graph = build_graph([var_facts()])
    graph.add_node("m", label="Method", name="bell\x07 and form\x0cfeed")
    back = read_graphml(write_graphml(graph, tmp_path / "graph.graphml"))
    assert back.nodes["m"]["name"] == "bell\ufffd and form\ufffdfeed"
