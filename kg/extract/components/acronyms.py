"""Acronym definitions: "Frechet Inception Distance (FID)" and "FID (Frechet Inception Distance)".

The algorithm is Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
definitions in biomedical text", as scispacy's `abbreviation.py` implements it: a short form in
parentheses is matched character by character, from its end, against the words before it; the
first character of the short form must start a word of the long form. A digit the long form does
not spell is read as ML names write it: a 2 between letters as "to" ("memory-to-sequence
(Mem2Seq)"), else as a repeat of the letter before it ("Asynchronous Advantage Actor-Critic (A3C)",
"Recurrent Replay Distributed DQN (R2D2)"). `find_acronym_pairs` is
the plain function; `AcronymDetector` only wires it into spaCy.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import BatchedComponent
from kg.extract.components.doc_values import set_value
from kg.extract.components.text import doc_text


_PAREN = re.compile(r"\(([^()\[\]]{1,80})\)")
_WORD = re.compile(r"[^\s()]+")
_SHORT_FORM_END = re.compile(r"[;,]\s|\s+(?:as its abbreviation|as abbreviation|for short|in short|hereafter)\b")
_VERSION_TAIL = re.compile(r"[\s\-]?(?:v?\d{1,2}(?:\.\d+)?|I{1,3}|IV|VI{0,3})$")  # "-III", "-2", " v2" (a year is an edition)
_REPEATED_LETTER = re.compile(r"([A-Za-z])([2-4])(?![\d.])")  # "TA3N", "A3C", "R2D2": a digit repeats the letter before it
_TO_TWO = re.compile(r"(?<=[A-Za-z])2(?=[A-Za-z])")
_TO_WORD = re.compile(r"(?:^|[\s\-])to[\s\-]")
_SHORT_OK = re.compile(r"^[A-Za-z0-9][\w+*&./\- ]{0,11}$")
_OPENERS_TO_STRIP = "\"'“‘`"
_CLOSERS_TO_STRIP = "\"'”’`"
# a long form that holds one of these is a clause, not a name: "the proposed S-D approach achieves
# a peak-to-noise-ratio (PSNR)", "the method is evaluated using ... challenge (ISLES 2015)"
_CLAUSE_VERBS = frozenset("""is are was were be been there has have had achieves achieved yields yielded obtains
obtained reaches reached attains attained gets got shows showed gives gave reports reported outperforms
outperformed""".split())


class AcronymPair(NamedTuple):
    """Character offsets of a short form and its long form in the same text."""

    short_start: int
    short_end: int
    long_start: int
    long_end: int


def _is_short_form(text: str, in_parentheses: bool = False) -> bool:
    # 2..12 characters, at least one letter and one capital or digit, at most two words, e.g.
    # "FID", "SSv2", "T2I", "PFGM++"; lowercase words ("in") and plain numbers are not.
    if not 2 <= len(text) <= 12 or not _SHORT_OK.match(text):
        return False
    if not any(c.isalpha() for c in text):
        return False
    if in_parentheses and " " not in text and len(text) >= 5 and text[0].isupper() and text[1:].isalpha():
        return True  # "Self-consistency Tokenizer (Selftok)": a name's short form
    return sum(c.isupper() or c.isdigit() for c in text) >= 2 and any(c.isupper() for c in text)


def best_long_form(short: str, candidate: str) -> int | None:
    """Where the long form for `short` starts inside `candidate`, or None.

    Schwartz & Hearst's `findBestLongForm`: walk the short form from its last character back,
    finding each (alphanumeric) character in the candidate from its end back; the first
    character must begin a word.
    """
    s_index = len(short) - 1
    l_index = len(candidate) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            candidate[l_index].lower() != char
            or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = candidate.rfind(" ", 0, l_index + 1) + 1
    return start


def capital_long_form(short: str, candidate: str, letters_start: int) -> int | None:
    """An earlier start of the long form than `letters_start`, found by the capitals of `short`.

    Schwartz & Hearst match letters of any case, so for "BEhavior generation with ScOre-based
    Diffusion Policies (BESO)" they start at "ScOre-based" (its "b" begins a word after the
    hyphen). Matching the short form's capitals, from its end, to capitals of the candidate
    finds "BEhavior ...". None unless every capital matches, the first begins a word, and the
    words gained cross no clause or formula and do not hold the capitals themselves ("f-GCN
    based on ...", "PCAnet and kernel principal component analysis (kPCA)").
    """
    capitals = "".join(c for c in short if c.isupper())
    if len(capitals) < 3:
        return None
    l_index = len(candidate) - 1
    for char in reversed(capitals):
        while l_index >= 0 and candidate[l_index] != char:
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
    first = l_index + 1
    if first > 0 and candidate[first - 1].isalnum():
        return None
    start = candidate.rfind(" ", 0, first + 1) + 1
    if start >= letters_start:
        return None
    extension = candidate[start:letters_start]
    if capitals in extension or any(c in extension for c in ",;$\\"):
        return None
    return start


def find_acronym_pairs(text: str) -> list[AcronymPair]:
    """Acronym definitions in `text`, as offsets of the short and the long form.

    Finds "long form (SF)" and, when the parenthesis holds several words and the word before
    it is a short form, "SF (long form)". The long form has at most min(|SF| + 5, 2|SF|) words,
    the bound of Schwartz & Hearst.

    Args:
        text: any text.

    Returns:
        One pair per definition, in text order.
    """
    pairs = []
    for match in _PAREN.finditer(text):
        inner = match.group(1)
        inner_stripped = inner.strip()
        inner_start = match.start(1) + (len(inner) - len(inner.lstrip()))
        # "(SSv2)" or "(FID; ...)": a short form is the first chunk up to ";" or ","
        # "(GUESS as its abbreviation)", "(RAFT for short)": the words after it say what it is
        short = _SHORT_FORM_END.split(inner_stripped, maxsplit=1)[0].strip()
        if _is_short_form(short, in_parentheses=True) and len(short.split()) <= 2:
            pair = _long_form_before(text, match.start(), short, inner_start)
            if pair:
                pairs.append(pair)
                continue
        words = inner_stripped.split()
        if len(words) >= 2:
            before = list(_WORD.finditer(text, max(0, match.start() - 14), match.start()))
            if before:
                word = before[-1]
                short = word.group(0).strip(",;:")
                if _is_short_form(short) and text[word.end():match.start()].strip() == "":
                    start = best_long_form(short, inner_stripped)
                    if start is not None and len(inner_stripped) > len(short):
                        pairs.append(
                            AcronymPair(
                                word.start(), word.start() + len(short),
                                inner_start + start, inner_start + len(inner_stripped),
                            )
                        )
    return pairs


def _long_form_before(text: str, paren_start: int, short: str, short_start: int) -> AcronymPair | None:
    max_words = min(len(short) + 5, len(short) * 2)
    # the candidate is the words before "(" in the same clause
    window_start = max(0, paren_start - 160)
    window = text[window_start:paren_start]
    clause_cut = max(window.rfind(c) for c in ".;:()[]\n")
    if clause_cut >= 0:
        window_start += clause_cut + 1
        window = window[clause_cut + 1:]
    words = list(_WORD.finditer(window))
    if not words:
        return None
    words = words[-max_words:]
    candidate_start = words[0].start()
    candidate = window[candidate_start:words[-1].end()]
    # "Medical Information Mart for Intensive Care (MIMIC-III)": a version's letters are no initials
    letters = _VERSION_TAIL.sub("", short)
    if len(letters) < 3 or not any(c.isupper() for c in letters[1:]):
        letters = short
    start = best_long_form(letters, candidate)
    if start is None and _REPEATED_LETTER.search(letters):
        # "memory-to-sequence (Mem2Seq)": a 2 between letters may be "to"; "Temporal Attentive
        # Adversarial Adaptation Network (TA3N)": else a digit repeats the letter (three A's)
        if _TO_TWO.search(letters) and _TO_WORD.search(candidate):
            start = best_long_form(_TO_TWO.sub("to", letters), candidate)
        if start is None:
            letters = _REPEATED_LETTER.sub(lambda m: m.group(1) * int(m.group(2)), letters)
            start = best_long_form(letters, candidate)
    if start is None:
        return None
    by_capitals = capital_long_form(letters, candidate, start)
    if by_capitals is not None:
        start = by_capitals
    long_text = candidate[start:]
    long_text_stripped = long_text.lstrip(_OPENERS_TO_STRIP)
    start += len(long_text) - len(long_text_stripped)
    long_text = long_text_stripped.rstrip(",")
    if long_text[-1:] in _CLOSERS_TO_STRIP and long_text.count(long_text[-1]) == 1:
        long_text = long_text[:-1]  # '"domain adaptation" (DA)'
    if len(long_text) <= len(short) or long_text.lower() == short.lower():
        return None
    if long_text.split()[0].lower() in {"the", "a", "an", "our", "this", "these", "of", "and", "or", "with", "to", "in", "on", "for"}:
        return None
    if not _CLAUSE_VERBS.isdisjoint(long_text.lower().replace(",", " ").split()):
        return None
    abs_start = window_start + candidate_start + start
    return AcronymPair(short_start, short_start + len(short), abs_start, abs_start + len(long_text))


class AcronymDetector(BatchedComponent):
    """Finds acronym definitions and sets `Doc._.acronyms`.

    Sets:
        Doc._.acronyms: list of AcronymPair (character offsets of the short and the long
        form), in text order (Schwartz & Hearst 2003, see `find_acronym_pairs`).
    """

    def __init__(self, nlp: Language, name: str = "kg_acronyms"):
        self.name = name
        if not Doc.has_extension("acronyms"):
            Doc.set_extension("acronyms", default=None)

    def __call__(self, doc: Doc) -> Doc:
        set_value(doc, "acronyms", find_acronym_pairs(doc_text(doc)))
        return doc


@Language.factory("kg_acronyms", assigns=["doc._.acronyms"])
def make_acronym_detector(nlp: Language, name: str) -> AcronymDetector:
    return AcronymDetector(nlp, name)
