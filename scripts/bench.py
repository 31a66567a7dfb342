#!/usr/bin/env python3
"""Throughput, scaling and memory of kg on a corpus, all measured in this one run.

Usage: .venv/bin/python scripts/bench.py [CORPUS] [--limit N] [--rounds N] [--skip-build] [--skip-4x]

CORPUS defaults to ../shared/corpus/arxiv-cs-2019.jsonl.gz (15,111 arXiv abstracts). Prints:
abstracts/s of spacy.blank("en") tokenisation alone; abstracts/s of `kg extract` in one process
and with --workers 2, with their ratios; peak RSS of each (summed over the process tree);
peak RSS of `kg extract` on 1x and 4x the corpus (streaming: it should not grow); seconds of a
full `kg build` of the corpus. Each kg figure is a fresh `kg` process timed from outside.

The machine this was written on is a VM whose speed drifts by 20% within a minute, so
tokenizer-only, one-process and two-worker extraction are measured in alternating rounds
(--rounds, default 3; a fresh pipeline or process each time) and the best round of each is
used for the ratios, as `timeit` does; every round is printed too.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "arxiv-cs-2019.jsonl.gz"
KG = [sys.executable, "-m", "kg"]


def tree_rss_kib(pid: int) -> int:
    """Resident set size of a process and all its descendants, in KiB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack.extend(int(c) for c in children.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


def run_measured(cmd: list[str]) -> tuple[float, int]:
    """Run a command; return (seconds, peak RSS in MiB of its process tree, sampled every 20 ms)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kib(proc.pid))
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"bench: {' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return seconds, peak // 1024


def tokenizer_only(texts: list[str]) -> float:
    """abstracts/s of spacy.blank("en") over the same texts kg extract reads (title + abstract)."""
    import spacy

    nlp = spacy.blank("en")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return len(texts) / (time.perf_counter() - started)


def read_texts(corpus: Path, limit: int | None) -> list[dict]:
    records = []
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def write_copies(records: list[dict], path: Path, copies: int) -> None:
    """The records `copies` times, each copy with new ids so that none is merged away."""
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for copy in range(copies):
            for rec in records:
                rec = dict(rec, id=f"{rec['id']}~{copy}" if copy else rec["id"])
                handle.write(json.dumps(rec) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, help="use only the first N records")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds of tokenizer-only and "
                        "one- and two-process extraction; the best of each is reported (default 3)")
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-4x", action="store_true")
    args = parser.parse_args()

    records = read_texts(Path(args.corpus), args.limit)
    n = len(records)
    texts = [f"{r.get('title') or ''}\n\n{r['abstract']}" for r in records]
    print(f"corpus: {args.corpus} ({n} abstracts); cpus: {os.cpu_count()}")

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        tmp = Path(tmp)
        one = tmp / "corpus-1x.jsonl.gz"
        write_copies(records, one, 1)

        tok_rates, one_rates, two_rates, rss1, rss2, same = [], [], [], 0, 0, True
        for round_no in range(1, max(1, args.rounds) + 1):
            tok_rates.append(tokenizer_only(texts))
            seconds, rss = run_measured(KG + ["extract", str(one), "-o", str(tmp / "f1.jsonl")])
            one_rates.append(n / seconds)
            rss1 = max(rss1, rss)
            seconds2, rss = run_measured(KG + ["extract", str(one), "-o", str(tmp / "f2.jsonl"), "--workers", "2"])
            two_rates.append(n / seconds2)
            rss2 = max(rss2, rss)
            same = same and (tmp / "f1.jsonl").read_bytes() == (tmp / "f2.jsonl").read_bytes()
            print(f"  round {round_no}: tokenizer only {tok_rates[-1]:7.1f}/s; kg extract {one_rates[-1]:6.1f}/s "
                  f"({seconds:.1f} s), ratio {one_rates[-1] / tok_rates[-1]:.2f}; --workers 2 {two_rates[-1]:6.1f}/s "
                  f"({seconds2:.1f} s), {two_rates[-1] / one_rates[-1]:.2f}x")
        tok_rate, rate1, rate2 = max(tok_rates), max(one_rates), max(two_rates)
        print(f"tokenizer only (spacy.blank('en'), this process): {tok_rate:8.1f} abstracts/s")
        print(f"kg extract, 1 process:   {rate1:8.1f} abstracts/s  (peak RSS {rss1} MiB)")
        print(f"  ratio to tokenizer-only: {rate1 / tok_rate:.2f}  (target >= 0.35)")
        print(f"kg extract, --workers 2: {rate2:8.1f} abstracts/s  (peak RSS {rss2} MiB, all processes)")
        print(f"  speed-up over 1 process: {rate2 / rate1:.2f}x  (target >= 1.6x)")
        print(f"  facts identical to 1 process in every round: {same}")

        if not args.skip_4x:
            four = tmp / "corpus-4x.jsonl.gz"
            write_copies(records, four, 4)
            seconds, rss4 = run_measured(KG + ["extract", str(four), "-o", str(tmp / "f4.jsonl")])
            print(f"kg extract, 4x corpus ({4 * n} abstracts), 1 process: {4 * n / seconds:.1f} abstracts/s, "
                  f"peak RSS {rss4} MiB vs {rss1} MiB at 1x (ratio {rss4 / max(rss1, 1):.2f})")

        if not args.skip_build:
            seconds, rssb = run_measured(KG + ["build", str(one), "-o", str(tmp / "build")])
            print(f"kg build of the corpus (extract, assemble, graph.json, GraphML, capped HTML): "
                  f"{seconds:.1f} s (target < 60 s), peak RSS {rssb} MiB")
            seconds, rssb2 = run_measured(KG + ["build", str(one), "-o", str(tmp / "build2"), "--workers", "2"])
            print(f"kg build --workers 2: {seconds:.1f} s, peak RSS {rssb2} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
