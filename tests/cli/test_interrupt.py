"""Ctrl-C during `kg build` leaves each output whole: the old file or the complete new one."""
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "arxiv-cs-2019-sample.jsonl.gz"


def _outputs_are_whole(out: Path) -> None:
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")], "temporary files left behind"
    graph_json = out / "graph.json"
    if graph_json.read_text(encoding="utf-8") != "OLD":
        json.loads(graph_json.read_text(encoding="utf-8"))
    graphml = (out / "graph.graphml").read_text(encoding="utf-8")
    assert graphml == "OLD" or graphml.rstrip().endswith("</graphml>")
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert html == "OLD" or html.rstrip().endswith("</html>")


@pytest.mark.parametrize("delay", [0.3, 0.8, 1.2, 1.5, 2.0, 2.4, 2.5, 2.6, 2.9, 3.5])
def test_interrupted_build_leaves_no_half_written_output(tmp_path, delay):
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.json", "graph.graphml", "graph.html"):
        (out / name).write_text("OLD", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(SAMPLE), "-o", str(out)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err
    if proc.returncode == 130:
        # "kg:" while starting up, "kg build:" once the build runs; never a traceback.
        assert err.strip().splitlines()[-1] in ("kg: interrupted", "kg build: interrupted"), err
    _outputs_are_whole(out)
