"""Agreement of two annotations of the same abstracts, scored like kg's output.

    python scripts/agreement.py eval/holdout2_gold.jsonl eval/holdout2_gold_b.jsonl [--scorer PATH]

The second file is written in the facts format `score.py` reads (first file as the gold) and
scored with the dev kit's scorer, so the figures compare directly with `scripts/eval.sh`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def as_facts(gold: dict) -> dict:
    """One gold annotation line as a `kg extract` facts line."""
    proposed = {m["name"] for m in gold.get("methods_proposed", [])}
    methods = [{"name": m["name"], "aliases": m.get("aliases", []), "proposed": m["name"] in proposed}
               for m in gold.get("methods", [])]
    listed = {m["name"] for m in methods}
    methods += [{"name": m["name"], "aliases": m.get("aliases", []), "proposed": True}
                for m in gold.get("methods_proposed", []) if m["name"] not in listed]
    return {
        "paper": {"id": gold["id"]},
        "methods": methods,
        "datasets": [{"name": d["name"], "mentions": [{"text": d.get("mention") or d["name"]}]}
                     for d in gold.get("datasets", [])],
        "metrics": [{"name": m["name"], "aliases": m.get("aliases", [])} for m in gold.get("metrics", [])],
        "tasks": [{"name": t["name"]} for t in gold.get("tasks", [])],
        "results": [{key: r.get(key) for key in ("metric", "value", "dataset", "method")}
                    for r in gold.get("results", [])],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="annotation used as the gold")
    parser.add_argument("second", type=Path, help="annotation scored against it")
    parser.add_argument("--scorer", type=Path, default=Path("../shared/eval/score.py"))
    args = parser.parse_args(argv)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for number, line in enumerate(args.second.read_text("utf-8").splitlines(), 1):
            try:
                out.write(json.dumps(as_facts(json.loads(line))) + "\n")
            except (json.JSONDecodeError, KeyError) as err:
                print(f"{args.second}:{number}: not an annotation line ({err})", file=sys.stderr)
                return 2
    return subprocess.call([sys.executable, str(args.scorer), str(args.first), out.name])


if __name__ == "__main__":
    sys.exit(main())
