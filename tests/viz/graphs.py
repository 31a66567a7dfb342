"""Graphs for the view tests, made by kg's real graph builder from hand-written PaperFacts.

`abstract_graph()` uses sentences from the seed abstracts (examples/seeds) and one paper whose
title and entity names are HTML/JS injection attempts; `synthetic_graph(n)` is a bigger graph
with a skewed entity popularity, for the cap.
"""
from __future__ import annotations

import random

import networkx as nx

from kg.graph.build import build_graph
from kg.types import Entity, Mention, Paper, PaperFacts, Result

HOSTILE_TITLE = ('<script>window.__pwned = "title"</script><img src=x onerror="window.__pwned=\'img\'">'
                 ' javascript:window.__pwned=1 Robust ViT')
HOSTILE_METHOD = '<img src=x onerror="window.__pwned=\'method\'">Net'
HOSTILE_SENTENCE = "We test </script><script>window.__pwned='sentence'</script> on ImageNet."


def entity(name: str, key: str, abstract: str, *, proposed: bool = False) -> Entity:
    """An Entity with a mention at the first place `name` occurs in `abstract`."""
    start = abstract.find(name)
    mentions = ()
    if start >= 0:
        sentence = _sentence_around(abstract, start)
        mentions = (Mention(name, "abstract", start, start + len(name), sentence, "test"),)
    return Entity(name=name, key=key, mentions=mentions, proposed=proposed, source="test")


def result(abstract: str, raw: str, metric: str, metric_key: str, value: float, *,
           dataset: str | None = None, dataset_key: str | None = None,
           method: str | None = None, method_key: str | None = None, unit: str = "") -> Result:
    start = abstract.find(raw)
    return Result(metric=metric, metric_key=metric_key, value=value, raw=raw, unit=unit, previous=None,
                  dataset=dataset, dataset_key=dataset_key, method=method, method_key=method_key,
                  field="abstract", start=start, end=start + len(raw),
                  sentence=_sentence_around(abstract, start), rule="test")


def _sentence_around(text: str, at: int) -> str:
    begin = text.rfind(". ", 0, at)
    end = text.find(". ", at)
    return text[begin + 2 if begin >= 0 else 0: end + 1 if end >= 0 else len(text)]


VLGPT = ("In this work, we introduce Vision-Language Generative Pre-trained Transformer (VL-GPT), a "
         "transformer model proficient at concurrently perceiving and generating visual and linguistic "
         "data. VL-GPT reaches a CIDEr of 116.4 on MSCOCO captioning and an accuracy of 51.7 on VQAv2.")
MDP = ("We study the sample complexity of learning an optimal policy in an average-reward Markov "
       "decision process (MDP) under a generative model. We compare with Q-learning on MSCOCO.")
HOSTILE_ABSTRACT = ("We propose " + HOSTILE_METHOD + ", a transformer for robust vision. "
                    + HOSTILE_SENTENCE + " It reaches an accuracy of 88.1 on ImageNet.")


def abstract_graph() -> nx.MultiDiGraph:
    """Three papers: two with seed sentences, one whose texts are injection attempts."""
    papers = [
        PaperFacts(
            paper=Paper(id="2312.09251", title="VL-GPT: A Generative Pre-trained Transformer for Vision "
                        "and Language Understanding and Generation", abstract=VLGPT,
                        authors=("Jinguo Zhu", "Xiaohan Ding", "Yixiao Ge"), date="2023-12-14",
                        source="examples/seeds/002_d347bd77abd7ac0c.txt", line=12),
            methods=(entity("VL-GPT", "vlgpt", VLGPT, proposed=True), entity("transformer", "transformer", VLGPT)),
            datasets=(entity("MSCOCO", "mscoco", VLGPT), entity("VQAv2", "vqav2", VLGPT)),
            metrics=(entity("CIDEr", "cider", VLGPT), entity("accuracy", "accuracy", VLGPT)),
            tasks=(entity("captioning", "captioning", VLGPT),),
            results=(result(VLGPT, "116.4", "CIDEr", "cider", 116.4, dataset="MSCOCO", dataset_key="mscoco",
                            method="VL-GPT", method_key="vlgpt"),
                     result(VLGPT, "51.7", "accuracy", "accuracy", 51.7, dataset="VQAv2", dataset_key="vqav2",
                            method="VL-GPT", method_key="vlgpt")),
        ),
        PaperFacts(
            paper=Paper(id="neurips-2024-span", title="Span-Based Optimal Sample Complexity for Weakly "
                        "Communicating and General Average Reward MDPs", abstract=MDP,
                        authors=("Matthew Zurek", "Yudong Chen"), date="2024-12-11",
                        source="examples/seeds/000_fa78b4c63d8f22c8.txt", line=15),
            methods=(entity("Q-learning", "qlearning", MDP),),
            datasets=(entity("MSCOCO", "mscoco", MDP),),
        ),
        PaperFacts(
            paper=Paper(id="hostile-1", title=HOSTILE_TITLE, abstract=HOSTILE_ABSTRACT,
                        authors=('<b onmouseover="window.__pwned=\'author\'">Eve</b>',), date="2024-01-01",
                        source="tests/viz", line=1),
            methods=(entity(HOSTILE_METHOD, "hostilenet", HOSTILE_ABSTRACT, proposed=True),
                     entity("transformer", "transformer", HOSTILE_ABSTRACT)),
            datasets=(entity("ImageNet", "imagenet", HOSTILE_ABSTRACT),),
            metrics=(entity("accuracy", "accuracy", HOSTILE_ABSTRACT),),
            results=(result(HOSTILE_ABSTRACT, "88.1", "accuracy", "accuracy", 88.1, dataset="ImageNet",
                            dataset_key="imagenet", method=HOSTILE_METHOD, method_key="hostilenet"),),
        ),
    ]
    return build_graph(papers)


def synthetic_graph(n_papers: int, *, n_methods: int = 300, n_datasets: int = 80, seed: int = 3) -> nx.MultiDiGraph:
    """`n_papers` papers, each using 1-4 methods and 1-2 datasets drawn with a Zipf-like skew,
    so a few entities are very connected and most are not."""
    rng = random.Random(seed)
    method_weights = [1 / (rank + 1) for rank in range(n_methods)]
    dataset_weights = [1 / (rank + 1) for rank in range(n_datasets)]
    papers = []
    for number in range(n_papers):
        methods = {f"Method {i}" for i in rng.choices(range(n_methods), method_weights, k=rng.randint(1, 4))}
        datasets = {f"Dataset {i}" for i in rng.choices(range(n_datasets), dataset_weights, k=rng.randint(1, 2))}
        abstract = f"We apply {' and '.join(sorted(methods))} to {' and '.join(sorted(datasets))}."
        papers.append(PaperFacts(
            paper=Paper(id=f"p{number}", title=f"Paper number {number}", abstract=abstract,
                        authors=(f"Author {rng.randrange(n_papers)}",), date="2019-01-01"),
            methods=tuple(entity(m, m.lower().replace(" ", ""), abstract) for m in sorted(methods)),
            datasets=tuple(entity(d, d.lower().replace(" ", ""), abstract) for d in sorted(datasets)),
        ))
    return build_graph(papers)
