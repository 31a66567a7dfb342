"""atomic_open: all or nothing, with the file mode the umask asks for."""
import os
import stat

import pytest

from kg.atomic import atomic_open


def test_atomic_open_replaces_only_on_success(tmp_path):
    path = tmp_path / "out.json"
    path.write_text("OLD")
    with pytest.raises(RuntimeError):
        with atomic_open(path) as handle:
            handle.write("half")
            raise RuntimeError("stop")
    assert path.read_text() == "OLD"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with atomic_open(path) as handle:
        handle.write("NEW")
    assert path.read_text() == "NEW"


def test_atomic_open_file_mode_follows_umask(tmp_path):
    old = os.umask(0o022)
    try:
        with atomic_open(tmp_path / "graph.html") as handle:
            handle.write("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "graph.html").stat().st_mode) == 0o644
