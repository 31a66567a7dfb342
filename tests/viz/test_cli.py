import pytest

from kg.cli import main
from kg.graph.io import write_graph_json


@pytest.fixture
def graph_json(hand_graph, tmp_path):
    return write_graph_json(hand_graph, tmp_path / "graph.json")


def test_cli_viz_writes_the_page_and_says_what_it_shows(graph_json, tmp_path, capsys):
    out = tmp_path / "view.html"
    assert main(["viz", str(graph_json), "-o", str(out), "--max-nodes", "10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("view: showing 10 of 22 nodes")
    assert "left out:" in lines[0] and "capped at 10 nodes" in lines[0]
    assert lines[1] == f"graph.html: {out}"
    assert "vis-network" in out.read_text(encoding="utf-8")


def test_cli_viz_focus_and_paper(graph_json, tmp_path, capsys):
    assert main(["viz", str(graph_json.parent), "-o", str(tmp_path / "f.html"), "--focus", "vl-gpt"]) == 0
    assert "within 1 step of Method:vlgpt" in capsys.readouterr().out
    assert main(["viz", str(graph_json), "-o", str(tmp_path / "p.html"), "--paper", "2312.09251",
                 "--depth", "2"]) == 0
    assert "within 2 steps of Paper:2312.09251" in capsys.readouterr().out


def test_cli_viz_unknown_focus_is_one_line_exit_2(graph_json, tmp_path, capsys):
    assert main(["viz", str(graph_json), "-o", str(tmp_path / "v.html"), "--focus", "Resnet-50"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg viz: --focus 'Resnet-50': no method") and err.count("\n") == 1
    assert not (tmp_path / "v.html").exists()


def test_cli_viz_missing_graph_is_one_line_exit_2(tmp_path, capsys):
    assert main(["viz", str(tmp_path / "nope.json"), "-o", str(tmp_path / "v.html")]) == 2
    assert capsys.readouterr().err == f"kg viz: {tmp_path / 'nope.json'}: no such file\n"
