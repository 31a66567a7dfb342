"""Lexicon lookup (kg/extract/components/lexicon_matcher.py), with the small test lexicon."""
from kg.extract.components.lexicon_matcher import surface_variants


def found(nlp, text):
    doc = nlp(text)
    return [(text[c.start:c.end], c.kind, c.name) for c in doc._.candidates if c.rule.startswith("lexicon:")]


def test_lexicon_matcher_finds_aliases_and_returns_the_canonical_name(bare_nlp):
    text = "improving Frechet inception distance (FID) from 18.65 to 1.73 on CIFAR10"
    assert found(bare_nlp, text) == [
        ("Frechet inception distance", "metrics", "FID"),
        ("FID", "metrics", "FID"),
        ("CIFAR10", "datasets", "CIFAR-10"),
    ]


def test_lexicon_matcher_honours_case_sensitive_entries(bare_nlp):
    # "IS" is case-sensitive: the verb "is" is not the Inception Score
    assert found(bare_nlp, "The model is good and its IS is 350.2") == [("IS", "metrics", "IS")]


def test_lexicon_matcher_does_not_read_a_common_word_as_an_upper_case_name(bare_nlp):
    # "MATH" is a dataset; "math" is a word
    assert found(bare_nlp, "We test math reasoning on MATH and GSM8k.") == [("MATH", "datasets", "MATH")]


def test_lexicon_matcher_skips_a_name_glued_to_another_name(bare_nlp):
    # seeds (SlowFast-VGen abstract style): "Mamba" inside "Motion-Mamba" is not Mamba
    assert found(bare_nlp, "We compare Motion-Mamba with Mamba.") == [("Mamba", "methods", "Mamba")]


def test_lexicon_matcher_matches_plurals_and_hyphen_variants(bare_nlp):
    assert found(bare_nlp, "Diffusion models excel at image-generation.") == [
        ("Diffusion models", "methods", "diffusion model"),
        ("image-generation", "tasks", "image generation"),
    ]
    assert "image generation" in surface_variants("image generation")
    assert "auto regressive model" in surface_variants("auto-regressive model")
    assert "autoregressive models" in surface_variants("auto-regressive model")


def test_lexicon_matcher_a_metric_that_modifies_a_word_is_no_metric(nlp):
    # seeds (tune set): dynamic reward weighting
    text = ("We introduce two approaches: (1) hypervolume-guided weight adaptation and (2) gradient-based "
            "weight optimization. Both improve hypervolume on three benchmarks.")
    metrics = [(surface, start) for surface, kind, _ in found(nlp, text) if kind == "metrics"
               for start in [text.rfind(surface)]]
    assert metrics == [("hypervolume", text.rfind("hypervolume"))]


def test_lexicon_matcher_matches_a_unit_letter_in_either_case(nlp):
    # corpus 1904.09421 and 1907.12006: the lexicon writes "Flickr30k" and "GOT-10k"; the tokenizer
    # cuts a capital unit letter off a digit ("Flickr30K" -> "Flickr30", "K"), so both spellings match
    text = ("The experimental results demonstrate that our multi-modal GRU model obtains the state-of-the-art "
            "performance on Flickr8K, Flickr30K and MS COCO datasets. We evaluate our tracker on the OTB, VOT, "
            "GOT-10K, TrackingNet and LaSOT benchmark.")
    datasets = [(surface, name) for surface, kind, name in found(nlp, text) if kind == "datasets"]
    assert ("Flickr8K", "Flickr8k") in datasets
    assert ("Flickr30K", "Flickr30k") in datasets
    assert ("GOT-10K", "GOT-10k") in datasets


def test_lexicon_matcher_a_name_that_reads_as_a_lowercase_word_matches_only_as_written(nlp):
    # corpus 1905.09271: "compass" is the word, not COMPAS (whose plural "COMPASs" reads the same)
    assert found(nlp, "They all agree on a common chirality, but have no global compass.") == []
    # corpus 1908.02432 and 1902.00753: a glove is no GloVe; "Glove", as papers also write it, is
    text = ("DronePick consists of a quadcopter equipped with a magnetic grabber, a tactile glove with finger motion "
            "tracking sensor, hand tracking system, and the Virtual Reality (VR) application.")
    assert [f for f in found(nlp, text) if f[2] == "GloVe"] == []
    text = "These two later domains are more sensitive to corpus size and training method, with Glove outperforming Word2vec."
    assert ("Glove", "methods", "GloVe") in found(nlp, text)
