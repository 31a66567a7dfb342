"""Bad input through the `kg` command: one line per problem naming file and line, the good
records still processed, counts in the summary, and the documented exit status."""
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "arxiv-cs-2019-sample.jsonl.gz"


def run_kg(*args):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def good_records():
    with gzip.open(SAMPLE, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for _, line in zip(range(3), handle)]


def _no_traceback(proc):
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout


def _summary(proc) -> str:
    return next(line for line in proc.stderr.splitlines() if line.startswith("records read:"))


def test_all_good_input_exits_0(tmp_path):
    proc = run_kg("extract", ROOT / "examples" / "seeds", "-o", tmp_path / "f.jsonl")
    _no_traceback(proc)
    assert proc.returncode == 0
    assert _summary(proc) == "records read: 295, papers written: 285, duplicates merged: 10, skipped: 0"


def test_malformed_json_line_is_skipped_and_named(tmp_path, good_records):
    path = tmp_path / "mixed.jsonl"
    lines = [json.dumps(good_records[0]), '{"id": "x", "title": "broken', json.dumps(good_records[1]),
             json.dumps({"id": "noabs", "title": "No abstract here"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run_kg("extract", path, "-o", tmp_path / "f.jsonl")
    _no_traceback(proc)
    assert proc.returncode == 1
    problems = [l.strip() for l in proc.stderr.splitlines() if l.startswith("  ") and ":" in l
                and not l.strip().startswith("skipped")]
    assert problems[0].startswith(f"{path}:2: not JSON")
    assert problems[1].startswith(f"{path}:4: no abstract")
    assert _summary(proc) == "records read: 4, papers written: 2, duplicates merged: 0, skipped: 2"
    assert len((tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize("make, reason", [
    (lambda d: d / "missing.jsonl", "missing path"),
    (lambda d: _written(d / "empty.jsonl", b""), "empty file"),
    (lambda d: _written(d / "blob.bin", bytes(range(256)) * 64), "binary file"),
    (lambda d: _directory(d / "empty_dir"), "no readable inputs"),
    (lambda d: _written(d / "t.csv", b"name,text\na,b\n"), "no title/abstract columns"),
], ids=["missing", "empty", "binary", "empty-dir", "csv-columns"])
def test_unusable_input_alone_exits_2_with_one_line(tmp_path, make, reason):
    path = make(tmp_path)
    proc = run_kg("extract", path, "-o", tmp_path / "f.jsonl")
    _no_traceback(proc)
    assert proc.returncode == 2
    lines = [l.strip() for l in proc.stderr.splitlines()]
    assert any(l.startswith(str(path)) and reason in l for l in lines), proc.stderr
    assert _summary(proc).endswith("skipped: 1")


def test_unusable_input_beside_good_ones_exits_1(tmp_path):
    proc = run_kg("extract", tmp_path / "missing.jsonl", SAMPLE, "-o", tmp_path / "f.jsonl")
    _no_traceback(proc)
    assert proc.returncode == 1
    assert _summary(proc) == "records read: 303, papers written: 303, duplicates merged: 0, skipped: 1"


def test_invalid_utf8_is_repaired_and_reported(tmp_path, good_records):
    path = tmp_path / "latin1.jsonl"
    good = json.dumps(good_records[0]).encode()
    bad = json.dumps({"id": "b", "title": "T", "abstract": "Caf\u00e9 results 91% accuracy"}).encode()
    path.write_bytes(good + b"\n" + bad.replace("\\u00e9".encode(), b"\xe9") + b"\n")
    proc = run_kg("extract", path, "-o", tmp_path / "f.jsonl")
    _no_traceback(proc)
    assert f"{path}:2: invalid UTF-8 replaced" in proc.stderr
    records = [json.loads(l) for l in (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records[1]["paper"]["abstract"] == "Caf\ufffd results 91% accuracy"


def test_unknown_format_is_a_usage_error(tmp_path):
    proc = run_kg("extract", SAMPLE, "--format", "xml", "-o", tmp_path / "f.jsonl")
    _no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "kg extract: unknown format 'xml'; known formats: conference, daily, abstract-lines, jsonl, json, csv"]
    assert not (tmp_path / "f.jsonl").exists()


def test_strict_stops_at_first_bad_record(tmp_path, good_records):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps(good_records[0]) + "\nnot json\n", encoding="utf-8")
    proc = run_kg("extract", path, "-o", tmp_path / "f.jsonl", "--strict")
    _no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines()[-1].startswith(f"kg extract: {path}:2: not JSON")
    assert not (tmp_path / "f.jsonl").exists(), "a failed run must not leave a facts file"


def test_hostile_text_is_extracted_without_crash(tmp_path):
    records = [
        {"id": "latex", "title": "Bounds", "abstract": "We prove $\\widetilde{O}(SA\\frac{H}{\\varepsilon^2})$ "
         "and reach 93.1\\% accuracy on CIFAR-10 \\cite{x} with $n=10^{6}$."},
        {"id": "html", "title": "<script>alert(1)</script>", "abstract": "Our <b>model</b> &amp; "
         "<img src=x onerror=alert(1)> gets 75.2% top-1 accuracy on ImageNet &lt;3."},
        {"id": "emoji", "title": "🚀 Fast", "abstract": "🔥 We are 20x faster 🙂 than DiT on FFHQ 256x256."},
        {"id": "rtl", "title": "نموذج", "abstract": "\u202eWe propose Foo\u202c, נמדד על MNIST עם 99.1% accuracy."},
        {"id": "zh", "title": "图像分类", "abstract": "我们提出了一种新方法，在 CIFAR-10 上达到 97.3% 的准确率。"},
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    proc = run_kg("extract", path, "-o", tmp_path / "f.jsonl")
    _no_traceback(proc)
    assert proc.returncode == 0
    out = [json.loads(l) for l in (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["paper"]["id"] for r in out] == [r["id"] for r in records]
    for rec in out:
        for result in rec["results"]:
            field = rec["paper"]["title"] if result["field"] == "title" else rec["paper"]["abstract"]
            assert result["raw"] in field[result["start"]:result["end"]] or result["raw"] in result["sentence"]
