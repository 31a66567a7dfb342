import base64
import hashlib
import json
import re

import pytest

from kg.errors import UsageError
from kg.viz.page import render_html, script_json, write_html
from tests.viz.graphs import HOSTILE_METHOD, HOSTILE_TITLE


def inline_scripts(html: str) -> list[tuple[str, str]]:
    """(attributes, body) of every <script> element."""
    return re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)


def test_script_json_cannot_close_its_script_element():
    data = {"title": "</script><script>alert(1)</script> <!-- \u2028\u2029 & done"}
    text = script_json(data)
    assert "</" not in text and "<!--" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == data


def test_render_html_loads_nothing_from_outside(hand_graph):
    html, _ = render_html(hand_graph)
    assert "<link" not in html
    assert not re.search(r"<script[^>]*\bsrc=", html)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", html)
    assert "bootstrap" not in html.lower()
    # vis-network itself is inlined from the installed pyvis package
    assert "vis-network" in html and len(html) > 400_000


def test_render_html_has_data_text_only_as_escaped_json(hand_graph):
    html, _ = render_html(hand_graph)
    for hostile in (HOSTILE_TITLE, HOSTILE_METHOD, "<script>window.__pwned", "<img src=x", "<b onmouseover"):
        assert hostile not in html
    data = next(body for attrs, body in inline_scripts(html) if 'id="kg-data"' in attrs)
    titles = [node["tip"]["title"] for node in json.loads(data)["nodes"]]
    assert HOSTILE_TITLE in titles


def test_render_html_policy_allows_only_its_own_scripts(hand_graph):
    html, _ = render_html(hand_graph)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    policy = policy.replace("&#39;", "'")
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    executable = [body for attrs, body in inline_scripts(html) if "application/json" not in attrs]
    assert len(executable) == 2
    assert {base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() for body in executable} == allowed


def test_write_html_writes_the_page_and_returns_stats(hand_graph, tmp_path):
    target = tmp_path / "out" / "view.html"
    stats = write_html(hand_graph, target, focus="MSCOCO")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stats.nodes_shown == 6 and stats.nodes_total == 22
    assert stats.left_out == {"Author": 6, "Method": 3, "Dataset": 2, "Metric": 1, "Task": 1,
                              "Paper": 1, "Result": 2}
    assert [p.name for p in target.parent.iterdir()] == ["view.html"]


def test_write_html_bad_focus_writes_nothing(hand_graph, tmp_path):
    target = tmp_path / "view.html"
    with pytest.raises(UsageError):
        write_html(hand_graph, target, focus="no such thing")
    assert not target.exists()
