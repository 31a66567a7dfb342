"""Schwartz & Hearst acronym definitions (kg/extract/components/acronyms.py)."""
import pytest

from kg.extract.components.acronyms import best_long_form, find_acronym_pairs

from tests.extract.conftest import facts_of


def pairs(text):
    return [(text[p.short_start:p.short_end], text[p.long_start:p.long_end]) for p in find_acronym_pairs(text)]


@pytest.mark.parametrize("text, expected", [
    # seeds: VAR, InstaFlow, PDVN, RAIN, Seer abstracts
    ("by improving Frechet inception distance (FID) from 18.65 to 1.73",
     [("FID", "Frechet inception distance")]),
    ("we propose a novel online training algorithm, called Planning with Dual Value Networks (PDVN), which",
     [("PDVN", "Planning with Dual Value Networks")]),
    ("We introduce a novel inference method, Rewindable Auto-regressive INference (RAIN), that allows",
     [("RAIN", "Rewindable Auto-regressive INference")]),
    ("The experimental results on Something Something V2 (SSv2), Bridgedata and EpicKitchens-100",
     [("SSv2", "Something Something V2")]),
    ("Regret minimization in streaming multi-armed bandits (MABs) has been studied",
     [("MABs", "multi-armed bandits")]),
    # corpus 1802.02311, 1906.03467: a version after the initials ("-III", "16") is no letter of the long form
    ("were applied to the Medical Information Mart for Intensive Care (MIMIC-III) dataset",
     [("MIMIC-III", "Medical Information Mart for Intensive Care")]),
    ("The framework is evaluated on the public Lung Nodule Analysis (LUNA16) challenge dataset",
     [("LUNA16", "Lung Nodule Analysis")]),
])
def test_find_acronym_pairs_long_form_before_short(text, expected):
    assert pairs(text) == expected


def test_find_acronym_pairs_short_form_before_long():
    text = "achieving an FID (Frechet Inception Distance) of 23.3 on MS COCO 2017-5k"
    assert pairs(text) == [("FID", "Frechet Inception Distance")]


@pytest.mark.parametrize("text", [
    "in the single-pass setting (see above) with K arms",
    "as shown before (Song et al., 2023) in prior work",
    "the two challenges: (1) the initialization mismatch",
    "a regret lower bound of Omega(T^{2/3}) has been proved",
])
def test_find_acronym_pairs_ignores_parentheses_that_define_nothing(text):
    assert pairs(text) == []


def test_best_long_form_needs_first_letter_at_word_start():
    assert best_long_form("FID", "the Frechet inception distance") == 4
    assert best_long_form("XYZ", "nothing like it") is None


def test_find_acronym_pairs_a_capitalised_short_name_only_in_parentheses():
    text = "introduce a novel tokenizer: Self-consistency Tokenizer (Selftok)."
    assert [text[p.short_start:p.short_end] for p in find_acronym_pairs(text)] == ["Selftok"]
    # corpus 1902.08899: a word before a parenthesis is no short form unless built like an acronym
    text = "detection of Situation Frames in Text and Speech (SF Text and Speech)."
    assert "Speech" not in [text[p.short_start:p.short_end] for p in find_acronym_pairs(text)]


@pytest.mark.parametrize("text, long_form", [
    # seed abstract (tune2 set): letters of any case start at "ScOre-based"; the capitals find the name
    ('Our architecture "BEhavior generation with ScOre-based Diffusion Policies" (BESO) leverages a model.',
     "BEhavior generation with ScOre-based Diffusion Policies"),
    # corpus 2019 abstracts
    ("an agent trained by Rapidly Exploring Random Tree algorithm (RRT) search", "Rapidly Exploring Random Tree algorithm"),
    ("the popular `deep image prior' (DIP) approach", "deep image prior"),
    ("PCAnet and kernel principal component analysis (kPCA) are compared", "kernel principal component analysis"),
    ("Experimental f-GCN based on graph convolutional networks (GCN) results", "graph convolutional networks"),
])
def test_find_acronym_pairs_capitals_of_the_short_form(text, long_form):
    pairs = find_acronym_pairs(text)
    assert [text[p.long_start:p.long_end] for p in pairs] == [long_form]


def test_find_acronym_pairs_short_form_followed_by_what_it_is():
    # tune2 seed abstract: "(GUESS as its abbreviation)"
    assert pairs("a strategy named GradUally Enriching SyntheSis (GUESS as its abbreviation) for motion") == [
        ("GUESS", "GradUally Enriching SyntheSis")]


@pytest.mark.parametrize("text", [
    # 1906.07552, 1810.13304 (corpus): a long form that would hold a clause's verb defines nothing
    "The proposed S-D approach achieves a peak-to-noise-ratio (PSNR) of 18.9 dB.",
    "The proposed S-D approach obtains a peak-to-noise-ratio (PSNR) of 18.9 dB.",
    "Our method is evaluated using two public datasets from the 2015 Ischemic Stroke Lesion Segmentation challenge "
    "(ISLES 2015).",
])
def test_find_acronym_pairs_no_long_form_across_a_verb(text):
    assert find_acronym_pairs(text) == []


def test_a_metric_acronym_after_a_clause_stays_a_metric(nlp):
    facts = facts_of(nlp, "The proposed S-D approach achieves a peak-to-noise-ratio (PSNR) of 18.9 dB.")
    assert [(m.name, m.proposed) for m in facts.methods] == [("S-D", True)]
    assert [(r.metric, r.value, r.method) for r in facts.results] == [("PSNR", 18.9, "S-D")]


def test_a_long_form_without_its_last_word_still_defines_the_lexicon_metric(nlp):
    # tune11 set (arXiv 1908.06399): "Area Under the Receiver Operating Characteristic (AUROC) curve"
    # defines AUROC, the metric, not a method of that name
    facts = facts_of(nlp, "Results: For RDR detection, Pegasus performed with an 89.4% (95% CI: 88.0-90.7) Area Under "
                          "the Receiver Operating Characteristic (AUROC) curve for the MAILOR cohort, compared to an "
                          "AUROC of 98.5% (95% CI: 97.8-99.2) on the benchmark dataset.")
    assert "AUROC" in {m.name for m in facts.metrics} and "AUROC" not in {m.name for m in facts.methods}
    assert [(r.metric, r.raw) for r in facts.results] == [("AUROC", "89.4%"), ("AUROC", "98.5%")]


@pytest.mark.parametrize("text, expected", [
    # holdout3 (1907.12743), corpus 1908.04436: a digit repeats the letter before it
    ("Finally, we propose Temporal Attentive Adversarial Adaptation Network (TA3N), which attends to",
     [("TA3N", "Temporal Attentive Adversarial Adaptation Network")]),
    ("we test the widely used Asynchronous Actor-Critic (A2C) algorithm",
     [("A2C", "Asynchronous Actor-Critic")]),
    ("we use Recurrent Replay Distributed DQN (R2D2) as the agent",
     [("R2D2", "Recurrent Replay Distributed DQN")]),
    # corpus 1905.07687, 1811.02134: a 2 between letters is "to" when the long form says "to"
    ("with two proposed models, the memory-to-sequence (Mem2Seq) model", [("Mem2Seq", "memory-to-sequence")]),
    ("a language-independent ASR system in a unified sequence-to-sequence (S2S) model",
     [("S2S", "sequence-to-sequence")]),
    # a digit the long form spells stays a digit
    ("features of a Two-Stream Inflated 3D ConvNet (I3D)", [("I3D", "Inflated 3D ConvNet")]),
])
def test_find_acronym_pairs_a_digit_repeats_a_letter_or_says_to(text, expected):
    assert pairs(text) == expected


def test_a_defined_acronym_names_the_proposed_method_of_a_hyphenated_lexicon_name(nlp):
    # holdout5 (1908.09791): the lexicon's Once-for-All is named OFA in a paper that defines it, so
    # that the results the abstract gives for OFA belong to it; a spelling ("(UNet)") keeps U-Net
    facts = facts_of(nlp, "In this work, we introduce Once for All (OFA) for efficient neural network design. "
                          "OFA requires 14x fewer GPU hours than ProxylessNAS.",
                    title="Once for All: Train One Network and Specialize it for Efficient Deployment")
    ofa = [m for m in facts.methods if m.name == "OFA"]
    assert ofa and ofa[0].proposed and "Once for All" in ofa[0].aliases
    assert [(r.value, r.method) for r in facts.results] == [(14.0, "OFA")]
    facts = facts_of(nlp, "We segment the images with a U-Net (UNet) trained on 20 scans.")
    assert [m.name for m in facts.methods] == ["U-Net"]
