#!/usr/bin/env python3
"""Score every annotated set in one run and print one table of F1 figures.

    .venv/bin/python scripts/eval_all.py [--out DIR] [--json FILE] [--markdown [--against OLD.json]] [SET ...]

One `kg extract` process (this Python's `-m kg`) reads the inputs of all sets (the dev set from
../shared/eval, or EVAL_DIR as for scripts/eval.sh; the others from eval/), its output is split
per set by paper id into out/eval_all/, and the evaluation kit's score.py scores each set. A paper of a set's input that is missing from the output is named, since the
scorer would count it as all misses. With no SET, every set that exists is scored.

--markdown prints the table as Markdown (one row per set), with two pooled rows: every holdout set
together and every tune set together (F1 of the summed tp/fp/fn); --against OLD.json adds, in
brackets, the figures of an earlier run's --json file (the README's table is made so).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KIT = Path(os.environ.get("EVAL_DIR") or ROOT.parent / "shared" / "eval")
TYPES = ("datasets", "metrics", "results", "results_full", "methods", "methods_proposed", "tasks")
SHORT = {"results_full": "res_full", "methods_proposed": "proposed"}


def known_sets() -> dict[str, tuple[Path, Path]]:
    """Set name -> (input, gold), dev first, then eval/'s sets in name order."""
    sets = {}
    if (KIT / "dev_input.jsonl").is_file():
        sets["dev"] = (KIT / "dev_input.jsonl", KIT / "dev_gold.jsonl")
    names = [path.name[: -len("_input.jsonl")] for path in (ROOT / "eval").glob("*_input.jsonl")]
    # holdout, holdout2, ..., holdout10, tune, tune2, ...
    for name in sorted(names, key=lambda n: (n.rstrip("0123456789"), int(n[len(n.rstrip("0123456789")):] or 1))):
        sets[name] = (ROOT / "eval" / f"{name}_input.jsonl", ROOT / "eval" / f"{name}_gold.jsonl")
    return sets


def ids_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line)["id"] for line in lines if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", metavar="SET")
    parser.add_argument("--out", default=str(ROOT / "out" / "eval_all"), help="where facts go")
    parser.add_argument("--json", metavar="FILE", help="also write all scores as JSON")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table with pooled rows")
    parser.add_argument("--against", metavar="OLD.json", help="with --markdown: an earlier --json file, in brackets")
    args = parser.parse_args()
    if importlib.util.find_spec("spacy") is None:
        print("eval_all: run it with the project's Python, .venv/bin/python (scripts/venv.sh makes it)",
              file=sys.stderr)
        return 2
    scorer = KIT / "score.py"
    if not scorer.is_file():
        print(f"eval_all: no scorer at {scorer} (set EVAL_DIR to the evaluation kit)", file=sys.stderr)
        return 2
    sets = known_sets()
    unknown = [name for name in args.sets if name not in sets]
    if unknown:
        print(f"eval_all: unknown set(s) {', '.join(unknown)}; known: {', '.join(sets)}",
              file=sys.stderr)
        return 2
    chosen = {name: sets[name] for name in args.sets or sets}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    facts_path = out / "all_sets.jsonl"
    done = subprocess.run([sys.executable, "-m", "kg", "extract", *(str(i) for i, _ in chosen.values()),
                           "-o", str(facts_path)], cwd=ROOT)
    if done.returncode:
        return done.returncode
    facts = {}
    with facts_path.open(encoding="utf-8") as lines:
        for line in lines:
            facts[json.loads(line)["paper"]["id"]] = line
    scores = {}
    for name, (input_path, gold) in chosen.items():
        ids = ids_of(input_path)
        missing = [i for i in ids if i not in facts]
        if missing:
            print(f"{name}: no facts for {len(missing)} paper(s): {', '.join(missing)}")
        pred = out / f"{name}.jsonl"
        pred.write_text("".join(facts[i] for i in ids if i in facts), encoding="utf-8")
        done = subprocess.run([sys.executable, str(scorer), str(gold), str(pred), "--json"],
                              stdout=subprocess.PIPE, text=True)  # (the scorer's errors reach stderr)
        if done.returncode:
            print(f"eval_all: score.py failed on {name} (exit {done.returncode})", file=sys.stderr)
            return done.returncode
        scores[name] = json.loads(done.stdout)
    if args.markdown:
        old = json.loads(Path(args.against).read_text(encoding="utf-8")) if args.against else None
        print(_markdown(scores, old))
    else:
        print(f"{'set':<9}" + "".join(f"{SHORT.get(t, t):>9}" for t in TYPES))
        for name, score in scores.items():
            print(f"{name:<9}" + "".join(f"{_f1(score, t):>9}" for t in TYPES))
    if args.json:
        Path(args.json).write_text(json.dumps(scores, indent=1), encoding="utf-8")
    return 0


def _pooled(scores: dict, prefix: str) -> dict:
    """F1 of the tp/fp/fn summed over the sets whose name starts with `prefix`."""
    chosen = [score for name, score in scores.items() if name.startswith(prefix)]
    pooled = {}
    for kind in TYPES:
        tp, fp, fn = (sum(score[kind][k] for score in chosen) for k in ("tp", "fp", "fn"))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        pooled[kind] = {"f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}
    return pooled


def _with_pooled(scores: dict) -> dict:
    """The scores and, for each group of sets that has any, its pooled row."""
    rows = dict(scores)
    for prefix in ("holdout", "tune"):
        if any(name.startswith(prefix) for name in scores):
            rows[f"all {prefix} sets"] = _pooled(scores, prefix)
    return rows


def _markdown(scores: dict, old: dict | None) -> str:
    rows = _with_pooled(scores)
    old = _with_pooled(old) if old is not None else None
    lines = ["| set | " + " | ".join(TYPES) + " |", "|---" * (len(TYPES) + 1) + "|"]
    for name, score in rows.items():
        cells = []
        for kind in TYPES:
            cell = _f1(score, kind)
            if old is not None and name in old:
                cell += f" ({_f1(old[name], kind)})"
            cells.append(cell)
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _f1(score: dict, kind: str) -> str:
    value = score.get(kind, {}).get("f1")
    return "-" if value is None else f"{value:.3f}"


if __name__ == "__main__":
    sys.exit(main())
