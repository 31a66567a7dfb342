"""The graph builder on facts stated by hand from real seed sentences."""
from kg.graph.build import GraphBuilder, author_key, build_graph
from kg.graph.schema import load_schema
from kg.types import Comparison, Entity, Mention, Paper, PaperFacts, Result

VAR_ABSTRACT = (
    "We present Visual AutoRegressive modeling (VAR), a new generation paradigm. On ImageNet "
    "256x256 benchmark, VAR significantly improve AR baseline by improving Frechet inception "
    "distance (FID) from 18.65 to 1.73. VAR outperforms the Diffusion Transformer (DiT)."
)


def _mention(text, rule="test"):
    start = VAR_ABSTRACT.index(text)
    return Mention(text, "abstract", start, start + len(text), VAR_ABSTRACT[:40], rule)


def var_facts(paper_id="var", authors=("Keyu Tian", "Yi Jiang")):
    paper = Paper(paper_id, "Visual Autoregressive Modeling", VAR_ABSTRACT, authors=authors)
    fid_at = VAR_ABSTRACT.index("FID) from")
    return PaperFacts(
        paper=paper,
        methods=(
            Entity("VAR", "var", ("Visual AutoRegressive modeling",), (_mention("VAR"),), proposed=True),
            Entity("DiT", "dit", ("Diffusion Transformer",), (_mention("DiT"),)),
        ),
        datasets=(Entity("ImageNet", "imagenet", (), (_mention("ImageNet 256x256"),)),),
        metrics=(Entity("FID", "fid", ("Frechet inception distance",), (_mention("FID"),),
                        higher_is_better=False),),
        tasks=(Entity("image generation", "image generation"),),
        results=(Result("FID", "fid", 1.73, "1.73", "", 18.65, "ImageNet 256x256", "imagenet",
                        "VAR", "var", "abstract", fid_at, fid_at + 23, "sentence", "test"),),
        comparisons=(Comparison("VAR", "var", "DiT", "dit", None, None, "abstract",
                                VAR_ABSTRACT.index("VAR outperforms"), len(VAR_ABSTRACT) - 1,
                                "VAR outperforms the Diffusion Transformer (DiT).", "test"),),
    )


def test_graph_nodes_carry_schema_labels_and_keys():
    graph = build_graph([var_facts()])
    schema = load_schema()
    for node, attrs in graph.nodes(data=True):
        spec = schema.nodes[attrs["label"]]
        assert node == f"{attrs['label']}:{attrs[spec.key]}"
    assert graph.nodes["Dataset:imagenet"]["name"] == "ImageNet"
    assert graph.nodes["Metric:fid"]["higher_is_better"] is False
    assert graph.nodes["Method:var"]["aliases"] == ["Visual AutoRegressive modeling"]


def test_graph_edges_are_typed_with_provenance():
    graph = build_graph([var_facts()])
    types = {attrs["type"] for _, _, attrs in graph.edges(data=True)}
    assert types == {"AUTHORED", "PROPOSES", "USES", "EVALUATES_ON", "USES_METRIC", "ADDRESSES",
                     "REPORTS", "MEASURES", "ON_DATASET", "OF_METHOD", "OUTPERFORMS"}
    edge = graph.edges["Paper:var", "Dataset:imagenet", "EVALUATES_ON"]
    assert VAR_ABSTRACT[edge["start"]:edge["end"]] == "ImageNet 256x256"
    assert edge["paper"] == "var" and edge["rule"] == "test"
    outperforms = graph.edges["Method:var", "Method:dit", "OUTPERFORMS:var"]
    assert outperforms["text"].startswith("VAR outperforms")


def test_graph_result_node_holds_value_previous_and_ties():
    graph = build_graph([var_facts()])
    (result,) = [n for n, a in graph.nodes(data=True) if a["label"] == "Result"]
    attrs = graph.nodes[result]
    assert attrs["value"] == 1.73 and attrs["previous"] == 18.65 and attrs["raw"] == "1.73"
    targets = {graph.nodes[v]["label"]: v for _, v in graph.out_edges(result)}
    assert targets == {"Metric": "Metric:fid", "Dataset": "Dataset:imagenet", "Method": "Method:var"}


def test_graph_merges_entities_across_papers():
    graph = build_graph([var_facts("p1"), var_facts("p2", authors=("Keyu  Tian",))])
    assert graph.graph["papers"] == 2
    assert graph.nodes["Dataset:imagenet"]["papers"] == 2
    labels = [a["label"] for _, a in graph.nodes(data=True)]
    assert labels.count("Dataset") == 1 and labels.count("Author") == 2
    assert author_key("Keyu  Tian") == author_key("keyu tian")


def test_graph_same_paper_twice_adds_nothing():
    once = build_graph([var_facts()])
    twice = build_graph([var_facts(), var_facts()])
    assert once.number_of_nodes() == twice.number_of_nodes()
    assert once.number_of_edges() == twice.number_of_edges()


def test_graph_builder_is_incremental():
    builder = GraphBuilder()
    builder.add(var_facts("p1"))
    first = builder.graph().number_of_nodes()
    builder.add(var_facts("p2"))
    assert builder.graph().number_of_nodes() > first
