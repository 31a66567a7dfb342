"""build_nlp (kg/extract/pipeline.py): components, tokenizer, user lexicons."""
import pytest

from kg.errors import InputError
from kg.extract.pipeline import build_nlp

from tests.extract.conftest import facts_of


def test_build_nlp_assembles_the_components(nlp):
    assert nlp.pipe_names == ["kg_sentences", "kg_acronyms", "kg_lexicon", "kg_names", "kg_entities",
                              "kg_results", "kg_comparisons"]


def test_build_nlp_tokenizer_splits_names_from_numbers(nlp):
    assert [t.text for t in nlp.make_doc("ImageNet-64x64 and FID=6.47, F1=0.846")] == [
        "ImageNet", "-", "64x64", "and", "FID", "=", "6.47", ",", "F1", "=", "0.846"]


def test_build_nlp_user_lexicon_adds_entries(tmp_path):
    lexicon = tmp_path / "mine.jsonl"
    lexicon.write_text('{"name": "Zorblax", "aliases": ["ZBX-Bench"], "type": "dataset"}\n')
    nlp = build_nlp([lexicon])
    facts = facts_of(nlp, "We evaluate on the zorblax suite and report results.")
    assert [d.name for d in facts.datasets] == ["Zorblax"]
    assert facts.datasets[0].mentions[0].rule == "lexicon:mine.jsonl:1"


def test_build_nlp_bad_user_lexicon_is_an_input_error(tmp_path):
    lexicon = tmp_path / "bad.jsonl"
    lexicon.write_text("not json\n")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        build_nlp([lexicon])


def test_build_nlp_handles_empty_and_odd_text(nlp):
    # seen in the corpus: a capitalised word with a number that starts a sentence
    for text in ["", " ", "\n\n", "(", "$", "1.", "Title\n\n", "Stage 2 trains it. Phase 3.", "A. B. C 4"]:
        doc = nlp(text)
        assert doc._.entities is not None or text.strip() == ""


def test_build_nlp_computes_only_the_lexical_attributes_kg_reads(nlp):
    # LOWER feeds the phrase matchers and kg_names' flags mark name-like words; spaCy's other
    # lexical attributes (shape, like_num, ...) are not computed for words the pipeline meets
    doc = nlp.make_doc("Zorblatt-7 beats Qwixotron on 4711 unseen corpora")
    zorb, qwix, number = doc[0], doc[4], doc[6]
    assert (zorb.lower_, qwix.lower_) == ("zorblatt", "qwixotron")
    assert nlp.get_pipe("kg_names").flag in nlp.vocab.lex_attr_getters
    assert qwix.check_flag(nlp.get_pipe("kg_names").part_flag)
    assert (number.like_num, qwix.shape_, qwix.is_alpha) == (False, "", False)
