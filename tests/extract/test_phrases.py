"""Phrase patterns (kg/extract/components/phrases.py): a phrase's pattern is the LOWER of the
tokens the pipeline's own tokenizer makes of it, so a PhraseMatcher finds it in abstracts."""
from hypothesis import given
from hypothesis import strategies as st
from spacy.matcher import PhraseMatcher

from kg.extract.components.phrases import add_phrases, lower_patterns

PHRASES = st.lists(st.sampled_from(["FID", "GSM8K", "auto-regressive", "e.g.", "(", ")", "-", "10", "x", "vs.",
                                    "ImageNet-1k", "’s", "don't", "Müller", "  ", " "]), max_size=6).map("".join)


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
