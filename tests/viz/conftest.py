"""Fixtures of the view tests: graphs, and a headless Chromium for the page tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.viz.chromium import Chromium, find_chromium
from tests.viz.graphs import abstract_graph

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="session")
def hand_graph():
    """Three papers built by kg's graph builder, one full of injection attempts."""
    return abstract_graph()


@pytest.fixture(scope="session")
def seed_graph():
    """The graph of the five bundled seed documents, built by kg's real pipeline."""
    import kg

    return kg.build([str(REPO / "examples" / "seeds")]).graph


@pytest.fixture(scope="session")
def chromium_binary() -> str:
    path = find_chromium()
    if path is None:
        pytest.skip("page tests need Debian's chromium, which is not installed and could not be "
                    "installed here (scripts/test.sh installs it when run as root)")
    return path


@pytest.fixture(scope="module")
def browser(chromium_binary):
    with Chromium(chromium_binary) as chromium:
        yield chromium


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """test-artifacts/ at the repository root (gitignored): screenshots and timings."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
