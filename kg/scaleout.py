"""Extraction on a dask cluster: the same extraction, over partitions, into sharded facts files.

A partition is a contiguous range of records of one input file, so any input format works
(gzip included) and each shard's facts are in input order. Each task writes its own shard
`part-NNNNN.jsonl` into the output directory (atomically) and returns its Report; the driver
only plans partitions and adds up the counts, so no facts travel back through the scheduler.
`kg build --from-facts DIR` then assembles the graph from the shards.
"""
from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from kg.atomic import atomic_open
from kg.report import Report
from kg.types import PaperFacts

DEFAULT_PARTITION_RECORDS = 2000
SHARD_GLOB = "part-*.jsonl"


@dataclass(frozen=True)
class Partition:
    """Records [first, stop) of one input file (stop None: to the end)."""

    index: int
    path: str
    first: int
    stop: int | None
    fmt: str | None


def plan_partitions(paths: Sequence[str], fmt: str | None = None,
                    records_per_partition: int = DEFAULT_PARTITION_RECORDS) -> list[Partition]:
    """Cut the inputs into partitions of about `records_per_partition` records.

    Line-oriented files (JSON Lines, plain or gzip) are cut by line ranges; a file of another
    layout is one partition. Counting lines reads each file once, without parsing it.
    """
    from kg.ingest.files import expand_inputs

    plan: list[Partition] = []
    for path in expand_inputs(paths):
        lines = _count_lines(path) if _is_line_records(path, fmt) else None
        if not lines or lines <= records_per_partition:
            plan.append(Partition(len(plan), str(path), 0, None, fmt))
            continue
        for first in range(0, lines, records_per_partition):
            plan.append(Partition(len(plan), str(path), first, first + records_per_partition, fmt))
    return plan


def _open_binary(path: Path):
    with open(path, "rb") as probe:
        magic = probe.read(2)
    return gzip.open(path, "rb") if magic == b"\x1f\x8b" else open(path, "rb")


def _is_line_records(path: Path, fmt: str | None) -> bool:
    if fmt is not None:
        return fmt == "jsonl"
    with _open_binary(path) as handle:
        head = handle.read(4096).lstrip()
    return head.startswith(b"{")


def _count_lines(path: Path) -> int:
    count = 0
    with _open_binary(path) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(b"\n")
    return count


def run_partition(part: Partition, out_dir: str, lexicons: Sequence[str] = ()) -> Report:
    """Extract one partition into `out_dir/part-<index>.jsonl`; returns its counts."""
    from kg.ingest import iter_papers
    from kg.runner import extract_stream, without_failures

    report = Report()
    papers = iter_papers([part.path], fmt=part.fmt, report=report,
                         record_range=(part.first, part.stop))
    shard = Path(out_dir) / f"part-{part.index:05d}.jsonl"
    with atomic_open(shard) as handle:
        for line in without_failures(extract_stream(papers, lexicons=lexicons, as_json=True), report):
            handle.write(line + "\n")
            report.written += 1
    return report


def extract_with_dask(inputs: Sequence[str], out_dir: str | os.PathLike, *, fmt: str | None = None,
                      lexicons: Sequence[str] = (), scheduler: str | None = None, workers: int = 2,
                      records_per_partition: int = DEFAULT_PARTITION_RECORDS) -> Report:
    """Run extraction on dask, writing shards to `out_dir`; returns the added-up Report.

    Args:
        scheduler: address of a running dask.distributed scheduler ("tcp://host:8786"); None
            starts a LocalCluster of `workers` single-threaded worker processes.
    """
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(SHARD_GLOB):
        old.unlink()
    plan = plan_partitions(inputs, fmt, records_per_partition)
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.from_sequence(plan, npartitions=max(1, len(plan)))
        reports = bag.map(run_partition, str(out), tuple(lexicons)).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    total = Report()
    for part_report in reports:
        total.merge(part_report)
    return total


def read_facts_shards(path: str | os.PathLike) -> Iterator[PaperFacts]:
    """Facts from a facts file, or from every shard of a directory in shard order."""
    from kg.errors import InputError

    path = Path(path)
    if not path.exists():
        raise InputError(path, "missing path")
    if path.is_dir():
        files = sorted(path.glob(SHARD_GLOB)) or sorted(path.glob("*.jsonl"))
    else:
        files = [path]
    if not files:
        raise InputError(path, "no facts files (part-*.jsonl or *.jsonl) in this directory")
    for file in files:
        with open(file, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield PaperFacts.from_json(json.loads(line))
                except (json.JSONDecodeError, KeyError, TypeError, ValueError) as err:
                    raise InputError(file, f"not a facts record: {err}", line=number) from err
