"""kg's tokenizer (kg/extract/tokenizer.py): the same tokens as spaCy's searches, found faster."""
import gzip
import json
import re

import spacy
from hypothesis import example, given
from hypothesis import strategies as st
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from kg.extract.tokenizer import EXTRA_INFIXES, EXTRA_PREFIXES, EXTRA_SUFFIXES, InfixFinditer, SuffixSearch

from tests.extract.conftest import ARXIV_SAMPLE

EN = spacy.blank("en").Defaults
SUFFIXES = list(EN.suffixes) + list(EXTRA_SUFFIXES)
INFIXES = list(EN.infixes) + list(EXTRA_INFIXES)
PLAIN_SUFFIX = compile_suffix_regex(SUFFIXES).search
PLAIN_INFIX = compile_infix_regex(INFIXES).finditer
FAST_SUFFIX = SuffixSearch(SUFFIXES)
FAST_INFIX = InfixFinditer(INFIXES)

# Pieces a chunk of an abstract is made of: letters, digits, units, quotes, dots, LaTeX, newlines.
PIECES = st.sampled_from(["a", "Z", "9", "0.5", "km", "GB", "'s", "’s", ".", "..", "...", ",", ")", "(", "\"",
                          "-", "—", "=", "%", "$", "\\%", "x", "\n", "°C", "é", "ß", "🙂", "+", "/", "km³", "US$", "اكواب"])
CHUNKS = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=12).map("".join)


def _span(match):
    return None if match is None else match.span()


@given(CHUNKS)
@example("1اكواب\n")  # the widest suffix (an Arabic unit) ending before a final newline ("$" matches there)
@example("12km³\n")
@example("e.g...........")  # a run of dots longer than any bounded suffix
def test_suffix_search_finds_what_the_plain_search_finds(text):
    assert _span(FAST_SUFFIX.search(text)) == _span(PLAIN_SUFFIX(text))
    assert _span(FAST_SUFFIX.search(text)) == _span(PLAIN_SUFFIX(text))  # the remembered answer too


@given(CHUNKS)
def test_infix_finditer_finds_what_the_plain_finditer_finds(text):
    assert [m.span() for m in FAST_INFIX.finditer(text)] == [m.span() for m in PLAIN_INFIX(text)]


def test_infix_shortcut_is_taken_only_when_the_patterns_allow_it():
    assert FAST_INFIX._skip_alnum  # spaCy's English infixes never match inside "ResNet50"
    letters = InfixFinditer(INFIXES + [r"(?<=a)b(?=c)"])  # this one would: "abc"
    assert not letters._skip_alnum
    assert [m.group() for m in letters.finditer("abc")] == ["b"]


def test_searches_keep_spacys_patterns_for_serialisation(nlp):
    assert FAST_SUFFIX.pattern == compile_suffix_regex(SUFFIXES).pattern
    restored = spacy.blank("en")
    restored.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert [t.text for t in restored.tokenizer("CIFAR-10 (FID=1.73).")] == \
        ["CIFAR", "-", "10", "(", "FID", "=", "1.73", ")", "."]


def test_tokens_equal_spacys_on_the_bundled_abstracts(nlp):
    # spaCy's own searches over the same patterns: kg's give the same tokens
    plain = spacy.blank("en")
    plain.tokenizer.infix_finditer = PLAIN_INFIX
    plain.tokenizer.suffix_search = PLAIN_SUFFIX
    plain.tokenizer.prefix_search = compile_prefix_regex(list(EXTRA_PREFIXES) + list(EN.prefixes)).search
    with gzip.open(ARXIV_SAMPLE, "rt", encoding="utf-8") as handle:
        abstracts = [json.loads(line)["abstract"] for line in handle]
    assert len(abstracts) == 303
    for text in abstracts:
        assert [(t.idx, t.text) for t in nlp.tokenizer(text)] == [(t.idx, t.text) for t in plain.tokenizer(text)]


def test_suffix_memo_is_bounded(monkeypatch):
    import kg.extract.tokenizer as tokenizer

    monkeypatch.setattr(tokenizer, "MEMO_SIZE", 10)
    search = SuffixSearch(SUFFIXES)
    for i in range(25):
        search.search(f"word{i},")
    assert len(search._memo) <= 10
    assert search.search("model,").group() == ","
    assert re.fullmatch(r"\d+km", "10km") and search.search("10km").group() == "km"


def test_a_full_stop_after_a_name_ending_in_lowercase_and_a_capital_is_cut(nlp):
    # corpus 1810.07733 (tune4): "... 25.9% in mIoU." at a sentence end; abbreviations stay whole
    assert [t.text for t in nlp.make_doc("46.1% and 25.9% in mIoU. We beat DiT. A Ph.D. thesis, e.g. this.")] == [
        "46.1", "%", "and", "25.9", "%", "in", "mIoU", ".", "We", "beat", "DiT", ".", "A", "Ph.D.", "thesis", ",",
        "e.g.", "this", "."]


def test_latex_text_markup_is_cut_from_the_name_it_marks(nlp):
    # tune9 1904.08159: "$\\textit{ModelNet40}$ dataset"; corpus: "\\emph{Transformer-XL}"
    assert [t.text for t in nlp.make_doc(r"on the $\textit{ModelNet40}$ dataset and $\textit{KITTI}$. \textbf{DCMN}")] == [
        "on", "the", "$\\textit{", "ModelNet40", "}$", "dataset", "and", "$\\textit{", "KITTI", "}$", ".",
        "\\textbf{", "DCMN", "}"]


def test_a_parenthesis_between_a_digit_and_a_letter_splits(nlp):
    # tune8 and corpus 1904.09290: "0.0013(ACER)" is a value and the metric that names it
    assert [t.text for t in nlp.make_doc("the result of 0.0013(ACER), CAS(ME)^2 and f(x)")] == [
        "the", "result", "of", "0.0013", "(", "ACER", ")", ",", "CAS(ME)^2", "and", "f(x", ")"]


def test_a_function_word_glued_to_a_capital_is_cut(nlp):
    # corpus 1903.12269 and 1908.10486: spaces the PDF text lost
    assert [t.text for t in nlp.make_doc("Crushing Neural Network withProgressive Bit Search")] == [
        "Crushing", "Neural", "Network", "with", "Progressive", "Bit", "Search"]
    assert [t.text for t in nlp.make_doc("Market1501, MARS andDukeMTMC-VideoReID datasets")] == [
        "Market1501", ",", "MARS", "and", "DukeMTMC", "-", "VideoReID", "datasets"]
    # corpus 1903.01003, 1706.06197
    assert [t.text for t in nlp.make_doc("Hacking Google reCAPTCHA v3 using Reinforcement Learning")][2] == "reCAPTCHA"
    assert [t.text for t in nlp.make_doc("meProp: Sparsified Back Propagation")][0] == "meProp"
