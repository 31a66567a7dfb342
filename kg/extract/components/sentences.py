"""Sentence boundaries for abstracts, on a blank pipeline.

spaCy's rule-based `sentencizer` splits after every "." token, which cuts "Maiti et al. [NeurIPS'21]"
and "e.g. 17.86 FID" in two. `find_sentence_starts` is a regular expression over the text that
splits after ".", "!" or "?" (and after a blank line, which separates a title from its abstract)
unless the period closes a known abbreviation or an initial; it also splits a run-together
"space.Our" that scraped abstracts contain.
"""
from __future__ import annotations

import re
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc
from kg.extract.components.text import doc_text


def read_abbreviations() -> frozenset[str]:
    """The shipped abbreviations (patterns/abbreviations.txt), lowercased."""
    text = resources.files("kg.extract").joinpath("patterns/abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


# A sentence ends at [.!?] (plus closing quotes/brackets) followed by space and a capital, digit
# or opening bracket; or at a blank line; or at "word.Word" where both words are long enough
# that it cannot be an abbreviation or a name like "Node.js".
_BOUNDARY = re.compile(
    r"[.!?][\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])"
    r"|\n\s*\n\s*"
    r"|(?<=[a-z]{3}[.!?])(?=[A-Z][a-z]{2})"
)
_WORD_BEFORE = re.compile(r"(\b[\w.]+(?: al)?)[.!?]$")


def find_sentence_starts(text: str, abbreviations: frozenset[str] = frozenset()) -> list[int]:
    """Character offsets where a new sentence starts (0 is not included).

    Args:
        text: the document text.
        abbreviations: lowercased words after which a period does not end a sentence.

    Returns:
        Increasing offsets of the first character of every sentence but the first.
    """
    starts = []
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == ".":
            before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start() + 1)
            if before:
                word = before.group(1)
                low = word.lower()
                if low in abbreviations or low.endswith(" al") or (
                    len(word) == 1 and word.isupper()
                ) or "." in word.rstrip("."):
                    # "et al.", "e.g.", "J. Smith", "i.e." and other dotted abbreviations
                    if not (low == "etc" or low.endswith(" etc")):
                        continue
        end = match.end()
        if end < len(text) and end not in starts[-1:]:
            starts.append(end)
    return starts


class SentenceSplitter:
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
            doc._.sent_offsets = [(0, len(text))] if text else []
            return doc
        doc[0].is_sent_start = True
        bounds = [0]
        for offset in find_sentence_starts(text, self.abbreviations):
            span = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
                if span.start_char > bounds[-1]:
                    bounds.append(span.start_char)
        bounds.append(len(text))
        doc._.sent_offsets = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
        return doc


def sentence_offsets(doc: Doc) -> list[tuple[int, int]]:
    """`Doc._.sent_offsets`, or the whole text as one sentence when no splitter ran."""
    offsets = doc._.sent_offsets if Doc.has_extension("sent_offsets") else None
    return offsets if offsets is not None else [(0, len(doc_text(doc)))]


@Language.factory("kg_sentences", assigns=["token.is_sent_start", "doc._.sent_offsets"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp, name)
