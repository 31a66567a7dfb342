"""`kg eval GOLD PRED` (kg/cli/eval.py): runs the given scorer on the two files."""

from kg.cli import main


def test_eval_runs_the_scorer_with_both_files(tmp_path, capfd):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text('{"id": "a"}\n')
    pred.write_text('{"paper": {"id": "a"}}\n')
    scorer = tmp_path / "score.py"
    scorer.write_text("import sys\nprint('scored', *[a.rsplit('/', 1)[-1] for a in sys.argv[1:]])\n")
    status = main(["eval", str(gold), str(pred), "--scorer", str(scorer), "--show-errors", "3"])
    assert status == 0
    assert capfd.readouterr().out.strip() == "scored gold.jsonl pred.jsonl --show-errors 3"


def test_eval_missing_scorer_is_a_usage_error(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{}\n")
    status = main(["eval", str(gold), str(gold), "--scorer", str(tmp_path / "absent.py")])
    assert status == 2
    assert "scorer not found" in capsys.readouterr().err
