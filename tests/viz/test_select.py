import pytest

from kg.errors import UsageError
from kg.viz.select import ENTITY_SHARE, NON_ENTITY_LABELS, select_view
from tests.viz.graphs import synthetic_graph


@pytest.fixture(scope="module")
def big_graph():
    return synthetic_graph(600)


def test_select_view_keeps_everything_under_the_cap(hand_graph):
    view, stats = select_view(hand_graph, max_nodes=400)
    assert set(view.nodes) == set(hand_graph.nodes)
    assert stats.nodes_shown == stats.nodes_total == 22
    assert stats.edges_shown == stats.edges_total == 31
    assert stats.left_out == {} and not stats.capped
    assert stats.summary == "showing 22 of 22 nodes and 31 of 31 edges"


def test_select_view_cap_keeps_the_most_connected_entities(big_graph):
    view, stats = select_view(big_graph, max_nodes=100)
    assert view.number_of_nodes() == stats.nodes_shown == 100
    assert stats.capped
    entities = [n for n, a in big_graph.nodes(data=True) if a["label"] not in NON_ENTITY_LABELS]
    kept = [n for n in entities if n in view]
    assert len(kept) >= int(100 * ENTITY_SHARE)
    # no entity left out is more connected than one kept
    assert min(big_graph.degree(n) for n in kept) >= max(big_graph.degree(n) for n in entities if n not in view)
    # the papers kept are there to connect the kept entities: each links at least one
    papers = [n for n in view if view.nodes[n]["label"] == "Paper"]
    assert papers and all(view.degree(n) > 0 for n in papers)
    assert sum(stats.left_out.values()) == big_graph.number_of_nodes() - 100
    assert "left out:" in stats.summary and "capped at 100 nodes" in stats.summary


def test_select_view_zero_cap_keeps_every_node(big_graph):
    view, stats = select_view(big_graph, max_nodes=0)
    assert view.number_of_nodes() == big_graph.number_of_nodes()
    assert not stats.capped


def test_select_view_focus_is_the_neighbourhood_to_depth(hand_graph):
    view, stats = select_view(hand_graph, focus="mscoco")
    # the two papers evaluating on it, the result measured on it and that result's metric and method
    assert set(view.nodes) == {"Dataset:mscoco", "Paper:2312.09251", "Paper:neurips-2024-span",
                               "Result:2312.09251:abstract:215-220:cider", "Metric:cider", "Method:vlgpt"}
    assert stats.centre == ("Dataset:mscoco",) and stats.depth == 1
    assert "within 1 step of Dataset:mscoco" in stats.summary
    deeper, _ = select_view(hand_graph, focus="MSCOCO", depth=2)
    assert "Method:qlearning" in deeper and "Author:matthew zurek" in deeper
    assert "Paper:hostile-1" not in deeper


def test_select_view_focus_cap_keeps_the_nearest(big_graph):
    view, stats = select_view(big_graph, focus="Method 0", depth=2, max_nodes=50)
    assert view.number_of_nodes() == 50 and stats.capped
    assert "Method:method0" in view
    assert all(big_graph.has_edge("Method:method0", n) or big_graph.has_edge(n, "Method:method0")
               for n in view if n != "Method:method0" and view.nodes[n]["label"] == "Paper")


def test_select_view_unknown_focus_names_the_closest(hand_graph):
    with pytest.raises(UsageError, match=r"--focus 'MSCOC0': no method.*closest: MSCOCO"):
        select_view(hand_graph, focus="MSCOC0")


def test_select_view_paper_with_or_without_prefix(hand_graph):
    view, stats = select_view(hand_graph, paper="neurips-2024-span")
    assert set(view.nodes) == {"Paper:neurips-2024-span", "Method:qlearning", "Dataset:mscoco",
                               "Author:matthew zurek", "Author:yudong chen"}
    same, _ = select_view(hand_graph, paper="Paper:neurips-2024-span")
    assert set(same.nodes) == set(view.nodes)
    with pytest.raises(UsageError, match="no paper with that id"):
        select_view(hand_graph, paper="1234.5678")


def test_select_view_rejects_bad_cap_and_depth(hand_graph):
    with pytest.raises(UsageError, match="--max-nodes"):
        select_view(hand_graph, max_nodes=-1)
    with pytest.raises(UsageError, match="--depth"):
        select_view(hand_graph, focus="MSCOCO", depth=0)


def test_select_view_default_overview_of_seeds_shows_results(seed_graph):
    view, stats = select_view(seed_graph)
    labels = [a["label"] for _, a in view.nodes(data=True)]
    assert labels.count("Result") >= 40
    # every result shown hangs off a paper that is shown too
    for node, attrs in view.nodes(data=True):
        if attrs["label"] == "Result":
            assert any(view.nodes[p]["label"] == "Paper" for p in view.predecessors(node))
