from kg.viz.describe import edge_tooltip, node_label, node_tooltip, shorten
from tests.viz.graphs import HOSTILE_TITLE


def rows(tip):
    return dict(tip["rows"])


def test_shorten_cuts_long_text_with_ellipsis():
    assert shorten("Span-Based Optimal Sample Complexity", 12) == "Span-Based\u2026"
    assert shorten("MSCOCO", 12) == "MSCOCO"
    assert shorten("two\n lines", 20) == "two lines"


def test_node_label_short_for_papers_full_for_entities(hand_graph):
    paper = hand_graph.nodes["Paper:2312.09251"]
    assert node_label("Paper:2312.09251", paper) == "VL-GPT: A Generative Pr\u2026"
    assert node_label("Dataset:mscoco", hand_graph.nodes["Dataset:mscoco"]) == "MSCOCO"
    result = "Result:2312.09251:abstract:215-220:cider"
    assert node_label(result, hand_graph.nodes[result]) == "116.4"


def test_node_tooltip_paper_has_title_authors_date(hand_graph):
    tip = node_tooltip(hand_graph, "Paper:2312.09251")
    assert tip["title"].startswith("VL-GPT: A Generative Pre-trained Transformer")
    assert rows(tip)["Authors"] == "Jinguo Zhu, Xiaohan Ding, Yixiao Ge"
    assert rows(tip)["Date"] == "2023-12-14"
    assert rows(tip)["Paper"] == "2312.09251"


def test_node_tooltip_result_has_metric_value_dataset_method_sentence(hand_graph):
    tip = node_tooltip(hand_graph, "Result:2312.09251:abstract:261-265:accuracy")
    assert rows(tip)["Metric"] == "accuracy"
    assert rows(tip)["Value"] == "51.7"
    assert rows(tip)["Dataset"] == "VQAv2"
    assert rows(tip)["Method"] == "VL-GPT"
    assert rows(tip)["Sentence"] == ("VL-GPT reaches a CIDEr of 116.4 on MSCOCO captioning and an "
                                     "accuracy of 51.7 on VQAv2.")


def test_node_tooltip_entity_counts_papers(hand_graph):
    tip = node_tooltip(hand_graph, "Dataset:mscoco")
    assert tip["title"] == "MSCOCO"
    assert rows(tip)["Type"] == "Dataset"
    assert rows(tip)["Papers"] == "2"


def test_edge_tooltip_has_type_and_sentence(hand_graph):
    attrs = hand_graph.edges["Paper:2312.09251", "Dataset:vqav2", "EVALUATES_ON"]
    tip = edge_tooltip(attrs)
    assert tip["title"] == "EVALUATES_ON"
    assert rows(tip)["Text"] == "VQAv2"
    assert rows(tip)["Sentence"].endswith("an accuracy of 51.7 on VQAv2.")


def test_node_tooltip_keeps_markup_as_plain_text(hand_graph):
    assert node_tooltip(hand_graph, "Paper:hostile-1")["title"] == HOSTILE_TITLE
