"""Extraction on a local dask.distributed cluster of 2 workers equals the single-process run."""
import json
from pathlib import Path

import kg
from kg.report import Report
from kg.scaleout import extract_with_dask, plan_partitions, read_facts_shards

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "arxiv-cs-2019-sample.jsonl.gz"


def test_plan_partitions_cuts_line_records_by_count():
    plan = plan_partitions([str(SAMPLE)], records_per_partition=100)
    assert [(p.first, p.stop) for p in plan] == [(0, 100), (100, 200), (200, 300), (300, 400)]


def test_plan_partitions_keeps_a_page_layout_whole():
    plan = plan_partitions([str(ROOT / "examples" / "seeds")], records_per_partition=10)
    assert len(plan) == 5 and all(p.stop is None for p in plan)


def test_dask_cluster_extraction_equals_single_process(tmp_path):
    report = extract_with_dask([str(SAMPLE)], tmp_path / "shards", workers=2, records_per_partition=100)
    shards = sorted((tmp_path / "shards").glob("part-*.jsonl"))
    assert [s.name for s in shards] == [f"part-0000{i}.jsonl" for i in range(4)]
    assert (report.read, report.written, report.skipped_total) == (303, 303, 0)

    single = [f.to_json() for f in kg.extract(str(SAMPLE))]
    sharded = [f.to_json() for f in read_facts_shards(tmp_path / "shards")]
    assert sharded == single

    from_shards = kg.build(facts=read_facts_shards(tmp_path / "shards"), html=False).graph
    direct = kg.build([str(SAMPLE)], html=False).graph
    assert sorted(from_shards.nodes(data=True)) == sorted(direct.nodes(data=True))
    assert sorted(from_shards.edges(keys=True, data=True)) == sorted(direct.edges(keys=True, data=True))


def test_build_from_facts_counts_repeated_papers_as_merged(tmp_path):
    facts = [f.to_json() for f in kg.extract(str(SAMPLE))][:10]
    path = tmp_path / "facts.jsonl"
    path.write_text("".join(json.dumps(f) + "\n" for f in facts + facts[:3]), encoding="utf-8")
    report = Report()
    result = kg.build(facts=read_facts_shards(path), html=False, report=report)
    assert result.graph.graph["papers"] == 10
    assert (report.read, report.merged, report.written) == (13, 3, 10)
