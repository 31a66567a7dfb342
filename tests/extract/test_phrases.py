"""Phrase patterns (kg/extract/components/phrases.py): a phrase's pattern is the LOWER of the
tokens the pipeline's own tokenizer makes of it, so a PhraseMatcher finds it in abstracts."""
from hypothesis import given
from hypothesis import strategies as st
from spacy.matcher import PhraseMatcher

from kg.extract.components.phrases import add_phrases, lower_patterns
from kg.extract.lexicon import read_lexicons, shipped_lexicon_paths
from kg.extract.components.lexicon_matcher import surface_variants

PHRASES = st.lists(st.sampled_from(["FID", "GSM8K", "auto-regressive", "e.g.", "(", ")", "-", "10", "x", "vs.",
                                    "ImageNet-1k", "’s", "don't", "Müller", "  ", " ", "Cannot", "gonna",
                                    "Dont", "im", "diffusion", "model"]), max_size=6).map("".join)


def test_lower_patterns_are_the_lowercase_tokens_of_the_pipeline(nlp):
    texts = ["Frechet Inception Distance", "GSM8K", "ImageNet-1k", "auto-regressive", "GSM8K"]
    assert lower_patterns(nlp, texts) == [tuple(t.lower for t in nlp.make_doc(text)) for text in texts]
    assert [len(p) for p in lower_patterns(nlp, texts)] == [3, 2, 3, 3, 2]  # "GSM8" "K", "ImageNet" "-" "1k"


@given(st.lists(PHRASES, max_size=5))
def test_lower_patterns_tokenise_as_the_pipeline_does(nlp, texts):
    assert lower_patterns(nlp, texts) == [tuple(t.lower for t in nlp.make_doc(text)) for text in texts]


def test_add_phrases_matches_each_key_case_insensitively(nlp):
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    add_phrases(matcher, nlp, {"METRIC": ["Frechet inception distance", "FID"], "DATA": ["CIFAR-10"]})
    doc = nlp.make_doc("We report frechet Inception distance (fid) on cifar-10.")
    found = [(nlp.vocab.strings[m], doc[s:e].text) for m, s, e in matcher(doc)]
    assert found == [("METRIC", "frechet Inception distance"), ("METRIC", "fid"), ("DATA", "cifar-10")]


def test_lower_patterns_of_every_shipped_lexicon_form_tokenise_as_the_pipeline_does(nlp):
    # plain-word forms skip the tokenizer (a fast path); every shipped form and variant must get
    # the pattern the pipeline's tokenizer would give it
    forms = sorted({v for entry in read_lexicons(shipped_lexicon_paths()) for form in entry.forms
                    for v in surface_variants(form)} | {"Cannot stop", "gonna go", "Dont panic"})
    assert len(forms) > 10000
    assert lower_patterns(nlp, forms) == [tuple(t.lower for t in nlp.make_doc(text)) for text in forms]
