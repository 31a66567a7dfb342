"""The page in a real browser: headless Chromium over the DevTools protocol.

Skipped (with the reason) only where chromium is not installed; scripts/test.sh installs it.
"""
import json
import time

import pytest

from kg.viz.page import write_html
from tests.viz.graphs import HOSTILE_METHOD, HOSTILE_TITLE, synthetic_graph

READY = "window.kgView && window.kgView.ready"

PAINTED_PIXELS = """(() => {
  const canvas = document.querySelector('#kg-graph canvas');
  const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted += 1; } }
  return painted;
})()"""


def node_point(browser, node_id: str) -> tuple[float, float]:
    """Viewport coordinates of a node's centre."""
    return tuple(browser.evaluate(f"""(() => {{
      const network = kgView.network;
      const at = network.canvasToDOM(network.getPositions([{json.dumps(node_id)}])[{json.dumps(node_id)}]);
      const box = document.getElementById('kg-graph').getBoundingClientRect();
      return [at.x + box.left, at.y + box.top];
    }})()"""))


def element_centre(browser, selector: str) -> tuple[float, float]:
    return tuple(browser.evaluate(f"""(() => {{
      const box = document.querySelector({json.dumps(selector)}).getBoundingClientRect();
      return [box.left + box.width / 2, box.top + box.height / 2];
    }})()"""))


def open_page(browser, path, timeout=60.0) -> str:
    url = browser.open(path)
    browser.wait_for(READY, timeout=timeout)
    browser.pump(0.3)
    return url


def assert_stayed_offline(browser, url):
    outside = [r for r in browser.log.requests if r != url and not r.startswith("data:")]
    assert outside == []


def record_timing(artifacts, name, browser, stats):
    timings = artifacts / "viz-timings.json"
    data = json.loads(timings.read_text()) if timings.exists() else {}
    data[name] = {"nodes": stats.nodes_shown, "edges": stats.edges_shown,
                  "layout_ms": round(browser.evaluate("kgView.layoutMs")),
                  "ready_ms_since_navigation": round(browser.evaluate("kgView.readyAt"))}
    timings.write_text(json.dumps(data, indent=2))
    return data[name]


def test_page_seed_graph_renders_offline_without_errors(browser, seed_graph, tmp_path, artifacts):
    page = tmp_path / "seed.html"
    stats = write_html(seed_graph, page)
    url = open_page(browser, page)
    assert browser.evaluate(PAINTED_PIXELS) > 20_000
    assert browser.log.errors() == []
    assert_stayed_offline(browser, url)
    legend = browser.evaluate("[...document.querySelectorAll('#kg-legend-list li')].map(li => li.textContent)")
    assert any(item.startswith("Paper") for item in legend) and any(item.startswith("Method") for item in legend)
    assert browser.evaluate("document.getElementById('kg-search').type") == "search"
    assert browser.evaluate("document.getElementById('kg-summary').textContent") == stats.summary
    assert browser.evaluate("kgView.nodes.length") == stats.nodes_shown
    browser.screenshot(artifacts / "seed-graph.png")
    timing = record_timing(artifacts, "seed graph (default cap)", browser, stats)
    print(f"seed graph: {timing}")


def test_page_injected_markup_stays_text(browser, hand_graph, tmp_path, artifacts):
    page = tmp_path / "hostile.html"
    write_html(hand_graph, page)
    url = open_page(browser, page)
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.querySelectorAll('img, b, script:not([id]) + script[src]').length") == 0
    assert browser.evaluate("document.scripts.length") == 3
    # hovering the paper shows its title, tags and all, as text in the tooltip
    x, y = node_point(browser, "Paper:hostile-1")
    browser.mouse_move(x, y)
    tooltip = browser.wait_for("(() => { const t = document.querySelector('div.vis-tooltip');"
                               " return t && t.style.visibility !== 'hidden' && t.textContent; })()", timeout=5)
    assert HOSTILE_TITLE in tooltip
    tags = browser.evaluate("[...document.querySelectorAll('div.vis-tooltip *')].map(e => e.tagName)")
    assert set(tags) == {"DIV", "SPAN"}
    # the search finds the hostile method by its literal name and says so as text
    browser.evaluate("document.getElementById('kg-search').focus()")
    browser.send("Input.insertText", text=HOSTILE_METHOD)
    browser.click(*element_centre(browser, "#kg-search-form button[type=submit]"))
    assert browser.wait_for("kgView.highlighted", timeout=5) == "Method:hostilenet"
    assert browser.evaluate("document.getElementById('kg-status').textContent") == f"Found: {HOSTILE_METHOD}"
    browser.pump(0.5)
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.log.errors() == []
    assert_stayed_offline(browser, url)
    browser.screenshot(artifacts / "hostile-graph.png")


def test_page_search_focuses_and_highlights_the_node(browser, hand_graph, tmp_path):
    page = tmp_path / "search.html"
    write_html(hand_graph, page)
    open_page(browser, page)
    browser.evaluate("document.getElementById('kg-search').focus()")
    browser.send("Input.insertText", text="mscoco")
    browser.click(*element_centre(browser, "#kg-search-form button[type=submit]"))
    assert browser.wait_for("kgView.highlighted", timeout=5) == "Dataset:mscoco"
    assert browser.evaluate("kgView.network.getSelectedNodes()") == ["Dataset:mscoco"]
    # neighbours keep their colour, the rest is dimmed
    colours = browser.evaluate("Object.fromEntries(kgView.nodes.get().map(n => [n.id, n.color]))")
    assert colours["Paper:neurips-2024-span"] == "#4e79a7"
    assert colours["Method:hostilenet"].startswith("rgba(")
    browser.evaluate("document.getElementById('kg-search').value = ''")
    browser.send("Input.insertText", text="no such node")
    browser.click(*element_centre(browser, "#kg-search-form button[type=submit]"))
    assert browser.wait_for("document.getElementById('kg-status').textContent.startsWith('No node')", timeout=5)


def test_page_click_highlights_neighbourhood_and_background_clears(browser, hand_graph, tmp_path):
    page = tmp_path / "click.html"
    write_html(hand_graph, page)
    open_page(browser, page)
    browser.click(*node_point(browser, "Method:qlearning"))
    assert browser.wait_for("kgView.highlighted", timeout=5) == "Method:qlearning"
    colours = browser.evaluate("Object.fromEntries(kgView.nodes.get().map(n => [n.id, n.color]))")
    assert colours["Paper:neurips-2024-span"] == "#4e79a7"  # its one neighbour
    assert colours["Dataset:vqav2"].startswith("rgba(")
    # a corner of the canvas is background once the graph is fitted into view
    assert browser.evaluate("kgView.network.getNodeAt({x: 5, y: 5})") is None
    corner = browser.evaluate("(() => { const b = document.getElementById('kg-graph').getBoundingClientRect();"
                              " return [b.left + 5, b.top + 5]; })()")
    browser.click(*corner)
    assert browser.wait_for("kgView.highlighted === null", timeout=5)
    assert browser.evaluate("kgView.nodes.get('Dataset:vqav2').color") == "#59a14f"


def test_page_label_filter_hides_and_shows_nodes(browser, hand_graph, tmp_path):
    page = tmp_path / "filter.html"
    write_html(hand_graph, page)
    open_page(browser, page)
    authors = sum(1 for _, a in hand_graph.nodes(data=True) if a["label"] == "Author")
    total = browser.evaluate("kgView.visibleNodes.length")
    browser.click(*element_centre(browser, "#kg-legend-list li[data-label=Author] input"))
    assert browser.wait_for(f"kgView.visibleNodes.length === {total - authors}", timeout=5)
    browser.click(*element_centre(browser, "#kg-legend-list li[data-label=Author] input"))
    assert browser.wait_for(f"kgView.visibleNodes.length === {total}", timeout=5)


def test_page_physics_stops_once_stable(browser, hand_graph, tmp_path):
    page = tmp_path / "still.html"
    write_html(hand_graph, page)
    open_page(browser, page)
    before = browser.evaluate("kgView.network.getPositions()")
    time.sleep(1.0)
    assert browser.evaluate("kgView.network.getPositions()") == before
    assert browser.evaluate("kgView.network.physics.options.enabled") is False


def test_page_capped_big_graph_opens_in_seconds(browser, tmp_path, artifacts):
    graph = synthetic_graph(3000)
    page = tmp_path / "big.html"
    started = time.perf_counter()
    stats = write_html(graph, page)
    written = time.perf_counter() - started
    assert stats.capped and stats.nodes_shown == 400
    url = open_page(browser, page, timeout=30)
    assert browser.evaluate("kgView.layoutMs") < 15_000
    assert "left out:" in browser.evaluate("document.getElementById('kg-summary').textContent")
    assert browser.evaluate(PAINTED_PIXELS) > 20_000
    assert browser.log.errors() == []
    assert_stayed_offline(browser, url)
    timing = record_timing(artifacts, f"synthetic {graph.number_of_nodes()} nodes (default cap)", browser, stats)
    print(f"synthetic graph: written in {written:.2f}s, {timing}")
