"""Graphs for the database tests, made by kg's real graph builder from hand-written PaperFacts.

The papers use sentences from the seed abstracts (examples/seeds): VAR (seed 000), a one-step
diffusion paper (seed 001) and VL-GPT (seed 002), plus two small papers that share datasets with
them, so that loading papers in two batches must merge shared entities. `HOSTILE` papers carry
Cypher injection attempts in their titles and entity names.
"""
from __future__ import annotations

from kg.graph.build import build_graph
from kg.types import Comparison, Entity, Mention, Paper, PaperFacts, Result

VAR_ABSTRACT = (
    "We present Visual AutoRegressive modeling (VAR), a new generation paradigm that redefines the "
    "autoregressive learning on images as coarse-to-fine \"next-scale prediction\". On ImageNet "
    "256x256 benchmark, VAR significantly improve AR baseline by improving Frechet inception distance "
    "(FID) from 18.65 to 1.73, inception score (IS) from 80.4 to 350.2, with around 20x faster "
    "inference speed. It is also empirically verified that VAR outperforms the Diffusion Transformer "
    "(DiT) in multiple dimensions including image quality, inference speed, data efficiency, and "
    "scalability.")
DIFF_ABSTRACT = (
    "Our approach achieves state-of-the-art FIDs for single-step diffusion model sampling on "
    "CIFAR-10 (FID 1.73) and ImageNet at 64x64 resolution (FID 1.91), outperforming the "
    "Diffusion Transformer (DiT).")
VLGPT_ABSTRACT = (
    "In this work, we introduce Vision-Language Generative Pre-trained Transformer (VL-GPT), a "
    "transformer model proficient at concurrently perceiving and generating visual and linguistic "
    "data. VL-GPT is evaluated on ImageNet and MS-COCO for image generation.")
DIT_ABSTRACT = (
    "We explore a new class of diffusion models based on the transformer architecture (DiT). "
    "DiT reaches an FID of 2.27 on ImageNet for image generation and improves accuracy on CIFAR-10 to 93.1%.")
COCO_ABSTRACT = (
    "We propose Tiny-Det, a detector evaluated on MS-COCO and CIFAR-10 with 88.0% accuracy.")

INJECTION_TITLE = "A \"quoted\" 'title' with `backticks` }) DETACH DELETE n // and $rows"
INJECTION_METHOD = "X`}) MATCH (m) DETACH DELETE m //"
INJECTION_DATASET = "D'); DROP GRAPH; --{}"


def _sentence_around(text: str, start: int) -> str:
    begin = text.rfind(". ", 0, start) + 2 if text.rfind(". ", 0, start) >= 0 else 0
    end = text.find(". ", start)
    return text[begin:end + 1 if end >= 0 else len(text)]


def entity(name: str, key: str, abstract: str, *, proposed: bool = False,
           higher_is_better: bool | None = None, aliases: tuple[str, ...] = ()) -> Entity:
    """An Entity with a mention at the first place `name` occurs in `abstract`."""
    start = abstract.find(name)
    mentions = ()
    if start >= 0:
        mentions = (Mention(name, "abstract", start, start + len(name),
                            _sentence_around(abstract, start), "test"),)
    return Entity(name=name, key=key, aliases=aliases, mentions=mentions, proposed=proposed,
                  source="test", higher_is_better=higher_is_better)


def result(abstract: str, raw: str, metric: str, metric_key: str, value: float, *,
           dataset: str | None = None, dataset_key: str | None = None,
           method: str | None = None, method_key: str | None = None, unit: str = "") -> Result:
    start = abstract.find(raw)
    assert start >= 0, raw
    return Result(metric=metric, metric_key=metric_key, value=value, raw=raw, unit=unit,
                  previous=None, dataset=dataset, dataset_key=dataset_key, method=method,
                  method_key=method_key, field="abstract", start=start, end=start + len(raw),
                  sentence=_sentence_around(abstract, start), rule="test")


def comparison(abstract: str, winner: tuple[str, str], loser: tuple[str, str], text: str,
               metric: str | None = None, dataset: str | None = None) -> Comparison:
    start = abstract.find(text)
    assert start >= 0, text
    return Comparison(winner=winner[0], winner_key=winner[1], loser=loser[0], loser_key=loser[1],
                      metric=metric, dataset=dataset, field="abstract", start=start,
                      end=start + len(text), sentence=_sentence_around(abstract, start), rule="test")


FID = ("FID", "fid")
ACC = ("accuracy", "accuracy")


def paper_facts() -> list[PaperFacts]:
    """Five papers; the first three and the last two share datasets, metrics and methods."""
    fid = lambda a: entity("FID", "fid", a, higher_is_better=False,  # noqa: E731
                           aliases=("Frechet inception distance",))
    acc = lambda a: entity("accuracy", "accuracy", a, higher_is_better=True)  # noqa: E731
    imagenet = lambda a: entity("ImageNet", "imagenet", a)  # noqa: E731
    cifar = lambda a: entity("CIFAR-10", "cifar10", a, aliases=("CIFAR10",))  # noqa: E731
    coco = lambda a: entity("MS-COCO", "mscoco", a, aliases=("COCO",))  # noqa: E731
    dit = lambda a, proposed=False: entity("DiT", "dit", a, proposed=proposed)  # noqa: E731
    imggen = lambda a: entity("image generation", "image generation", a)  # noqa: E731
    return [
        PaperFacts(
            paper=Paper(id="2404.02905", title="Visual Autoregressive Modeling: Scalable Image "
                        "Generation via Next-Scale Prediction", abstract=VAR_ABSTRACT,
                        authors=("Keyu Tian", "Yi Jiang", "Zehuan Yuan", "BINGYUE PENG", "Liwei Wang"),
                        award="Best Paper", source="examples/seeds/000_fa78b4c63d8f22c8.txt", line=33),
            methods=(entity("VAR", "var", VAR_ABSTRACT, proposed=True), dit(VAR_ABSTRACT)),
            datasets=(imagenet(VAR_ABSTRACT),), metrics=(fid(VAR_ABSTRACT),),
            results=(result(VAR_ABSTRACT, "1.73", "FID", "fid", 1.73, dataset="ImageNet",
                            dataset_key="imagenet", method="VAR", method_key="var"),),
            comparisons=(comparison(VAR_ABSTRACT, ("VAR", "var"), ("DiT", "dit"),
                                    "VAR outperforms the Diffusion Transformer (DiT)"),),
        ),
        PaperFacts(
            paper=Paper(id="seed001-ectm", title="Efficient one-step diffusion", abstract=DIFF_ABSTRACT,
                        authors=("Yi Jiang", "Ann Other"), source="examples/seeds/001_2d687e4bedecaf0d.txt",
                        line=17),
            methods=(entity("ECT", "ect", DIFF_ABSTRACT + " ECT", proposed=True), dit(DIFF_ABSTRACT)),
            datasets=(cifar(DIFF_ABSTRACT), imagenet(DIFF_ABSTRACT)), metrics=(fid(DIFF_ABSTRACT),),
            results=(result(DIFF_ABSTRACT, "1.91", "FID", "fid", 1.91, dataset="ImageNet",
                            dataset_key="imagenet", method="ECT", method_key="ect"),
                     result(DIFF_ABSTRACT, "1.73", "FID", "fid", 1.73, dataset="CIFAR-10",
                            dataset_key="cifar10", method="ECT", method_key="ect")),
            comparisons=(comparison(DIFF_ABSTRACT, ("ECT", "ect"), ("DiT", "dit"),
                                    "outperforming the Diffusion Transformer (DiT)"),),
        ),
        PaperFacts(
            paper=Paper(id="2312.09251", title="VL-GPT: A Generative Pre-trained Transformer for "
                        "Vision and Language Understanding and Generation", abstract=VLGPT_ABSTRACT,
                        source="examples/seeds/002_d347bd77abd7ac0c.txt", line=13),
            methods=(entity("VL-GPT", "vl-gpt", VLGPT_ABSTRACT, proposed=True),),
            datasets=(imagenet(VLGPT_ABSTRACT), coco(VLGPT_ABSTRACT)),
            tasks=(imggen(VLGPT_ABSTRACT),),
        ),
        PaperFacts(
            paper=Paper(id="2212.09748", title="Scalable Diffusion Models with Transformers",
                        abstract=DIT_ABSTRACT, authors=("William Peebles", "Saining Xie")),
            methods=(dit(DIT_ABSTRACT, proposed=True),),
            datasets=(imagenet(DIT_ABSTRACT), cifar(DIT_ABSTRACT)),
            metrics=(fid(DIT_ABSTRACT), acc(DIT_ABSTRACT)), tasks=(imggen(DIT_ABSTRACT),),
            results=(result(DIT_ABSTRACT, "2.27", "FID", "fid", 2.27, dataset="ImageNet",
                            dataset_key="imagenet", method="DiT", method_key="dit"),
                     result(DIT_ABSTRACT, "93.1%", "accuracy", "accuracy", 93.1, unit="%",
                            dataset="CIFAR-10", dataset_key="cifar10", method="DiT", method_key="dit")),
        ),
        PaperFacts(
            paper=Paper(id="tinydet", title="Tiny-Det", abstract=COCO_ABSTRACT, authors=("Ann Other",)),
            methods=(entity("Tiny-Det", "tiny-det", COCO_ABSTRACT, proposed=True),),
            datasets=(coco(COCO_ABSTRACT), cifar(COCO_ABSTRACT)), metrics=(acc(COCO_ABSTRACT),),
            results=(result(COCO_ABSTRACT, "88.0%", "accuracy", "accuracy", 88.0, unit="%",
                            dataset="CIFAR-10", dataset_key="cifar10", method="Tiny-Det",
                            method_key="tiny-det"),),
        ),
    ]


def hostile_facts() -> list[PaperFacts]:
    """Two papers whose title, author, method and dataset names are Cypher injection attempts."""
    abstract = (f"We propose {INJECTION_METHOD} and test it on {INJECTION_DATASET} and ImageNet.")
    return [PaperFacts(
        paper=Paper(id="evil'}) DETACH DELETE n //", title=INJECTION_TITLE, abstract=abstract,
                    authors=("Robert'); MATCH (n) DETACH DELETE n; //",)),
        methods=(entity(INJECTION_METHOD, "x`}) match (m) detach delete m //", abstract, proposed=True),),
        datasets=(entity(INJECTION_DATASET, "d'); drop graph; --{}", abstract),
                  entity("ImageNet", "imagenet", abstract)),
    )]


def seed_like_graph(papers: slice = slice(None)):
    """The graph of `paper_facts()[papers]`, built by kg's real builder."""
    return build_graph(paper_facts()[papers])


def hostile_graph():
    return build_graph(hostile_facts())
