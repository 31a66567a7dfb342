"""Sentence boundaries on a blank pipeline (kg/extract/components/sentences.py)."""
import re

from hypothesis import example, given
from hypothesis import strategies as st

from kg.extract.components.sentences import CANDIDATE_PLAIN, _CANDIDATE, find_sentence_starts, read_abbreviations

ABBREVIATIONS = read_abbreviations()


def split(text):
    starts = [0] + find_sentence_starts(text, ABBREVIATIONS) + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, starts[1:])]


def test_find_sentence_starts_keeps_et_al_and_citation_together():
    # dev abstract db570efc97 (seeds): a citation with "et al." inside one sentence
    text = ("In the single-pass setting with K arms and T trials, a regret lower bound has been proved "
            "(Maiti et al. [NeurIPS'21]; Agarwal at al. [COLT'22]). On the other hand, the bound is loose.")
    assert split(text) == [
        "In the single-pass setting with K arms and T trials, a regret lower bound has been proved "
        "(Maiti et al. [NeurIPS'21]; Agarwal at al. [COLT'22]).",
        "On the other hand, the bound is loose.",
    ]


def test_find_sentence_starts_does_not_split_eg_or_decimals():
    text = "Our method achieves excellent performance, e.g. 17.86 FID score on ImageNet. The code is public."
    assert split(text) == [
        "Our method achieves excellent performance, e.g. 17.86 FID score on ImageNet.",
        "The code is public.",
    ]


def test_find_sentence_starts_splits_after_a_decimal_that_ends_a_sentence():
    # corpus 1902.04236: a decimal before ". The" is no dotted abbreviation
    text = ("The proposed method was tested on two independent datasets with a Mean Squared Error of 0.262 and 0.145. "
            "The Cross-Correlation coefficient of the respective datasets were found to be 0.933 and 0.931. The "
            "reported errors and similarity was found to be better than conventional approaches.")
    assert len(split(text)) == 3 and split(text)[1].startswith("The Cross-Correlation")


def test_find_sentence_starts_splits_run_together_sentences():
    # seed 004: "...in the audiovisual space.Our key contribution..."
    text = "we propose a novel training approach in the audiovisual space.Our key contribution lies here."
    assert split(text) == ["we propose a novel training approach in the audiovisual space.",
                           "Our key contribution lies here."]


def test_find_sentence_starts_splits_title_from_abstract():
    text = "Seer: Language Instructed Video Prediction\n\nImagining the future trajectory is the key."
    assert split(text) == ["Seer: Language Instructed Video Prediction", "Imagining the future trajectory is the key."]


def test_sentence_splitter_sets_token_sentence_starts(nlp):
    doc = nlp("VAR is fast. It beats DiT, e.g. on ImageNet. Done.")
    assert [s.text for s in doc.sents] == ["VAR is fast.", "It beats DiT, e.g. on ImageNet.", "Done."]
    assert doc._.sent_offsets == [(0, 13), (13, 45), (45, 50)]


SENTENCE_PIECES = st.sampled_from([".", "!", "?", "\"", "'", ")", "]", " ", "  ", "\n", "\n\n", " \n \n ", "\t",
                                   "A", "Abc", "abc", "e.g", "1", "0.5", "Our"])


@given(st.lists(SENTENCE_PIECES, max_size=20).map("".join))
@example("ab.\n\nCd")
@example("end.)\" Next")
def test_candidate_boundaries_are_those_of_the_plain_pattern(text):
    # the fast pattern (one leading character class) finds what the readable alternation finds
    plain = re.compile(CANDIDATE_PLAIN)
    assert [m.span() for m in _CANDIDATE.finditer(text)] == [m.span() for m in plain.finditer(text)]
