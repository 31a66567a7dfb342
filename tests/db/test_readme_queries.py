"""The Cypher examples in README.md run against the seed graph and answer what they claim."""
from __future__ import annotations

import re
from pathlib import Path

import kg
from kg.db.connect import open_driver
from kg.db.reader import read
from kg.db.writer import load_graph_into

ROOT = Path(__file__).resolve().parents[2]


def readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```cypher\n(.*?)```", text, re.S)
    statements = [s.strip() for block in blocks for s in block.split(";")]
    return [s for s in statements if s and not all(l.startswith("//") for l in s.splitlines())]


def test_readme_cypher_examples_answer_on_the_seed_graph(empty_db):
    graph = kg.build([str(ROOT / "examples" / "seeds")], html=False).graph
    load_graph_into(graph, empty_db.uri, empty_db.user, empty_db.password, empty_db.database)
    fid, datasets, provenance = readme_queries()
    driver = open_driver(empty_db)
    try:
        columns, rows = read(driver, empty_db, fid, {})
        table = [dict(zip(columns, row)) for row in rows]
        assert {"method": "VAR", "FID": 1.73} in [{k: r[k] for k in ("method", "FID")} for r in table]
        assert [r["FID"] for r in table] == sorted(r["FID"] for r in table)

        columns, rows = read(driver, empty_db, datasets, {})
        counts = [row[1] for row in rows]
        assert counts == sorted(counts, reverse=True) and counts[0] > 1

        columns, rows = read(driver, empty_db, provenance, {})
        assert rows, "Stable Diffusion is used by seed papers"
        for row in rows:
            record = dict(zip(columns, row))
            assert record["u.text"] in record["u.sentence"] and record["u.rule"]
            assert record["u.text"].casefold().replace(" ", "").startswith("stablediffusion")
    finally:
        driver.close()
