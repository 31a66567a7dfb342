"""`kg build` and `kg extract` end to end over the bundled seed and corpus files."""
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import kg

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "examples" / "seeds"
SAMPLE = ROOT / "examples" / "arxiv-cs-2019-sample.jsonl.gz"


def run_kg(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, **kwargs)


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    proc = run_kg("build", SEEDS, "-o", out)
    assert proc.returncode == 0, proc.stderr
    return out, proc.stdout


def test_build_seeds_reports_285_papers_and_writes_outputs(seed_build):
    out, stdout = seed_build
    assert "records read: 295, papers written: 285, duplicates merged: 10, skipped: 0" in stdout
    assert re.search(r"^papers: 285$", stdout, re.M)
    for name in ("graph.json", "graph.graphml", "graph.html"):
        assert (out / name).stat().st_size > 1000


def test_build_summary_matches_loaded_graph(seed_build):
    out, stdout = seed_build
    graph = kg.load_graph(out / "graph.json")
    nodes_line = re.search(r"^nodes: (\d+)  (.*)$", stdout, re.M)
    edges_line = re.search(r"^edges: (\d+)  (.*)$", stdout, re.M)
    assert int(nodes_line.group(1)) == graph.number_of_nodes()
    assert int(edges_line.group(1)) == graph.number_of_edges()
    labels = Counter(a["label"] for _, a in graph.nodes(data=True))
    assert dict(kv.split("=") for kv in nodes_line.group(2).split()) == {k: str(v) for k, v in labels.items()}
    assert labels["Paper"] == 285
    graphml = kg.load_graph(out / "graph.graphml")
    assert graphml.number_of_nodes() == graph.number_of_nodes()
    assert graphml.number_of_edges() == graph.number_of_edges()


def test_build_seed_graph_keeps_exact_titles_and_award(seed_build):
    out, _ = seed_build
    graph = kg.load_graph(out)
    titles = {a.get("title"): a for _, a in graph.nodes(data=True) if a["label"] == "Paper"}
    var = titles["Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction"]
    assert var["award"] == "Best Paper"
    assert var["authors"][:2] == ["Keyu Tian", "Yi Jiang"]


def test_extract_writes_one_record_per_paper(tmp_path):
    facts = tmp_path / "facts.jsonl"
    proc = run_kg("extract", SAMPLE, "-o", facts)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 303
    assert len({r["paper"]["id"] for r in records}) == 303
    for rec in records:
        assert set(rec) >= {"paper", "methods", "datasets", "metrics", "tasks", "results"}
        for kind in ("methods", "datasets", "metrics", "tasks"):
            for entity in rec[kind]:
                for m in entity["mentions"]:
                    field = rec["paper"]["abstract"] if m["field"] == "abstract" else rec["paper"]["title"]
                    assert field[m["start"]:m["end"]] == m["text"]


def test_extract_workers_give_the_same_facts(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run_kg("extract", SAMPLE, "-o", one).returncode == 0
    assert run_kg("extract", SAMPLE, "-o", two, "--workers", "2").returncode == 0
    assert one.read_bytes() == two.read_bytes()


def test_build_without_inputs_is_a_usage_error(tmp_path):
    proc = run_kg("build", "-o", tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["kg build: no INPUT given (or use --from-facts)"]
