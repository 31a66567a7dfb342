"""scripts/eval_all.py's Markdown table: pooled rows sum the sets' counts before dividing."""
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_all.py"


def load_script():
    spec = importlib.util.spec_from_file_location("eval_all", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def counts(tp, fp, fn):
    p, r = tp / (tp + fp), tp / (tp + fn)
    return {"tp": tp, "fp": fp, "fn": fn, "f1": round(2 * p * r / (p + r), 3)}


def test_markdown_pools_the_counts_of_each_group_and_brackets_the_earlier_run():
    eval_all = load_script()
    # holdout: 9/1/1 (F1 0.9) and 1/1/9 (F1 0.167): pooled 10/2/10, F1 10/16 = 0.625, not their mean 0.533
    scores = {"holdout": {t: counts(9, 1, 1) for t in eval_all.TYPES},
              "holdout2": {t: counts(1, 1, 9) for t in eval_all.TYPES}}
    old = {"holdout": {t: counts(8, 2, 2) for t in eval_all.TYPES},
           "holdout2": {t: counts(1, 1, 9) for t in eval_all.TYPES}}
    table = eval_all._markdown(scores, old).splitlines()
    assert table[0].startswith("| set | datasets | metrics | results |")
    assert table[2].startswith("| holdout | 0.900 (0.800) |")
    assert table[-1].startswith("| all holdout sets | 0.625 (0.563) |")  # old: 9/3/11, P 0.75, R 0.45
    assert len(table) == 5  # header, rule, two sets, one pooled row (no tune set)
