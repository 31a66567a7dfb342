"""Sentence boundaries for abstracts, on a blank pipeline.

spaCy's rule-based `sentencizer` splits after every "." token, which cuts "Maiti et al. [NeurIPS'21]"
and "e.g. 17.86 FID" in two. `find_sentence_starts` is a regular expression over the text that
splits after ".", "!" or "?" (and after a blank line, which separates a title from its abstract)
unless the period closes a known abbreviation or an initial; it also splits a run-together
"space.Our" that scraped abstracts contain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from importlib import resources

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import BatchedComponent
from kg.extract.components.doc_values import get_value, set_value
from kg.extract.components.candidates import token_offsets
from kg.extract.components.text import doc_text


def read_abbreviations() -> frozenset[str]:
    """The shipped abbreviations (patterns/abbreviations.txt), lowercased."""
    text = resources.files("kg.extract").joinpath("patterns/abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


# Candidate boundaries: [.!?] (plus closing quotes/brackets) then space or a glued capital, or a
# blank line; that is, CANDIDATE_PLAIN. _CANDIDATE finds the same matches (a property test
# checks it) but starts with one character class, which `re` scans for quickly: with the
# alternation first it tried a match at every character, half the splitter's time. The checks
# that need context are done in Python on the few candidates.
CANDIDATE_PLAIN = r"[.!?][\"')\]]*(?:\s+|(?=[A-Z][a-z]{2}))|\n\s*\n\s*"
_CANDIDATE = re.compile(r"[.!?\n](?:(?<=[.!?])[\"')\]]*(?:\s+|(?=[A-Z][a-z]{2}))|(?<=\n)\s*\n\s*)")
_DECIMAL = re.compile(r"[\d,]*\.\d+[.!?]?")
_WORD_BEFORE = re.compile(r"(\b[\w.]+(?: al)?)[.!?]$")
_STARTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"'([")


def find_sentence_starts(text: str, abbreviations: frozenset[str] = frozenset()) -> list[int]:
    """Character offsets where a new sentence starts (0 is not included).

    Args:
        text: the document text.
        abbreviations: lowercased words after which a period does not end a sentence.

    Returns:
        Increasing offsets of the first character of every sentence but the first.
    """
    starts: list[int] = []
    n = len(text)
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if end >= n:
            break
        first = text[match.start()]
        if first != "\n":
            if text[end] not in _STARTERS:
                continue
            if not match.group(0)[-1].isspace():
                # glued "space.Our": only after three lowercase letters
                word_end = text[max(0, match.start() - 3):match.start()]
                if not (word_end.isalpha() and word_end.islower()):
                    continue
            if first == ".":
                before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start() + 1)
                if before:
                    word = before.group(1)
                    low = word.lower()
                    # (a decimal is no dotted abbreviation: "... of 0.262 and 0.145. The ..." ends a sentence)
                    dotted = "." in word.rstrip(".") and not _DECIMAL.fullmatch(word)
                    if low in abbreviations or low.endswith(" al") or (len(word) == 1 and word.isupper()) or dotted:
                        # "et al.", "e.g.", "J. Smith", "i.e." and other dotted abbreviations
                        if not (low == "etc" or low.endswith(" etc")):
                            continue
                elif text[match.start() - 1:match.start()].isdigit() and text[end:end + 1].isdigit():
                    continue
        if not starts or end > starts[-1]:
            starts.append(end)
    return starts


class SentenceSplitter(BatchedComponent):
    """Sets `Token.is_sent_start` and `Doc._.sent_offsets` from `find_sentence_starts`.

    Only sentence starts are marked; every other token keeps the default, which `Doc.sents`
    reads as "not a start". Later components read `Doc._.sent_offsets` (a list of
    (start_char, end_char)) because walking `Doc.sents` builds every Token object again.
    """

    def __init__(self, nlp: Language, name: str = "kg_sentences"):
        self.name = name
        self.abbreviations = read_abbreviations()
        if not Doc.has_extension("sent_offsets"):
            Doc.set_extension("sent_offsets", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if len(doc) == 0:
            set_value(doc, "sent_offsets", [(0, len(text))] if text else [])
            return doc
        token_starts, _ = token_offsets(doc)
        flags = numpy.full((len(doc), 1), -1, dtype="int64").astype("uint64")
        flags[0, 0] = 1
        bounds = [0]
        for offset in find_sentence_starts(text, self.abbreviations):
            i = bisect_left(token_starts, offset)
            if 0 < i < len(token_starts) and token_starts[i] > bounds[-1]:
                flags[i, 0] = 1
                bounds.append(token_starts[i])
        # one call instead of setting Token.is_sent_start per token (each set re-checks the Doc)
        doc.from_array([SENT_START], flags)
        bounds.append(len(text))
        set_value(doc, "sent_offsets", [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)])
        return doc


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """`Doc._.sent_offsets`, or the whole text as one sentence when no splitter ran."""
    offsets = get_value(doc, "sent_offsets")
    return offsets if offsets is not None else [(0, len(doc_text(doc)))]


@Language.factory("kg_sentences", assigns=["token.is_sent_start", "doc._.sent_offsets"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
