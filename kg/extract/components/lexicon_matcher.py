"""Lexicon lookup: every name and alias of the lexicon files, matched with spaCy's PhraseMatcher.

Case-insensitive entries match on `LOWER`, case-sensitive ones on `ORTH`. A case-insensitive
form that is written with capitals and reads as a common English word once lowercased ("MATH",
"IS") still matches only as written, so the word "math" or "is" is never a dataset or a metric.
Hyphen/space variants ("auto-regressive", "auto regressive", "autoregressive"), a plural of
the last word and, for a ranking metric written "X@k", the usual cutoffs ("Recall@100") are added
for every form.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Iterable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.components.batching import BatchedComponent
from kg.extract.components.doc_values import set_value
from kg.extract.components.candidates import Candidate, add_candidates, register_candidates, token_offsets
from kg.extract.components.names import read_cues
from kg.extract.components.phrases import add_phrases
from kg.extract.components.text import doc_text
from kg.extract.lexicon import LexiconEntry, lexicon_paths, read_lexicons


_GLUED_AFTER = re.compile(r"-[A-Z][A-Za-z]")
# "hypervolume-guided weight adaptation", "FID-based selection": a metric that modifies a word
# a unit letter glued to a digit ("Flickr30k"): the tokenizer splits its capital ("Flickr30K" -> "Flickr30", "K")
_DIGIT_THEN_LOWER = re.compile(r"\d[a-z]")
_METRIC_AS_MODIFIER = re.compile(r"-(?:guided|based|driven|aware|conditioned|weighted|aligned|regularized|constrained)\b")
# the cutoffs of a ranking metric written "X@k" ("Recall@100", "NDCG@5")
_CUTOFFS = ("1", "3", "5", "10", "20", "50", "100", "200", "500", "1000")
# a prefix written solid in the lexicon and hyphenated in papers (or the reverse)
_PREFIX = re.compile(r"\b(auto|multi|self|semi|pre|non|co|meta|cross|inter|intra|super|sub|post|hyper)([a-z]{4,})")


def _title_case_end(text: str) -> int:
    """The end of the document's title when most of its words are capitalised ("Can GCNs Go as Deep as
    CNNs?"), else 0: a Title Case title capitalises common words, so their capital tells nothing."""
    end = text.find("\n\n", 0, 400)
    words = [w for w in text[:max(end, 0)].split() if w[:1].isalpha()]
    if end <= 0 or len(words) < 3:
        return 0
    return end if sum(w[0].isupper() for w in words) >= 0.6 * len(words) else 0


def read_common_words() -> frozenset[str]:
    """Common English words (patterns/common_words.txt), lowercased."""
    text = resources.files("kg.extract").joinpath("patterns/common_words.txt").read_text("utf-8")
    words = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(w.lower() for w in line.split())
    return frozenset(words | STOP_WORDS)


def surface_variants(form: str) -> list[str]:
    """The form plus its hyphen/space variants, a plural of its last word and, for "X@k", its cutoffs.

    Args:
        form: a lexicon name or alias.

    Returns:
        Distinct strings, `form` first.
    """
    variants = [form]
    if form[-2:] in ("@k", "@K"):
        variants += [form[:-1] + cutoff for cutoff in _CUTOFFS]  # "Recall@k" names "Recall@100"
    if "-" in form:
        variants += [form.replace("-", " "), form.replace("-", "")]
    if " " in form and form.islower():
        variants.append(form.replace(" ", "-"))  # "supervised-fine-tuning"
    prefixed = _PREFIX.sub(r"\1-\2", form)
    if prefixed != form:
        variants.append(prefixed)  # "auto-regressive model", "self-supervised"
    last = form.rsplit(" ", 1)[-1].rsplit("-", 1)[-1]  # (of "F-score", "score"; of "Mask R-CNN", "CNN")
    if last.isalpha() and len(last) >= 2 and last[-1].isupper() and sum(c.isupper() for c in last) >= 2:
        variants.append(form + "s")  # "FIDs", "GANs", and "mIoUs", "CycleGANs", "ViTs", "R-CNNs"
    if last.isalpha() and last.islower() and len(last) > 2:
        for v in list(variants):
            if v.endswith("y") and not v.endswith(("ay", "ey", "oy", "uy")):
                variants.append(v[:-1] + "ies")
            elif not v.endswith("s"):
                variants.append(v + "s")
    return list(dict.fromkeys(variants))


class LexiconMatcher(BatchedComponent):
    """Marks every lexicon name and alias found in the text.

    Sets:
        Doc._.candidates: one Candidate per match: offsets, kind ("datasets", ...), the
            canonical name, the rule ("lexicon:datasets.jsonl:12").
        Doc._.lexicon_entries: {(kind, canonical name): LexiconEntry} for the entries found.
    """

    def __init__(self, nlp: Language, name: str = "kg_lexicon", *, lexicons: Sequence[str] = (),
                 shipped: bool = True):
        self.name = name
        self.nlp = nlp
        self.entries: list[LexiconEntry] = []
        # One matcher on LOWER; forms that must match as written are checked on the few hits.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._common = read_common_words()
        # a suffix a name is cut before is no other name glued to it, in Title Case too ("ImageNet-Trained
        # Networks", "GAN-Based Models"; cues.json: name_suffixes_to_strip)
        suffixes = sorted(read_cues()["name_suffixes_to_strip"], key=len, reverse=True)
        self._suffix_after = re.compile("(?:" + "|".join(re.escape(x) for x in suffixes) + r")\b", re.I)
        self._by_id: dict[int, LexiconEntry] = {}
        self._forms: dict[int, tuple[set[str], set[str]]] = {}  # match id -> (any case, as written)
        if not Doc.has_extension("lexicon_entries"):
            Doc.set_extension("lexicon_entries", default=None)
        register_candidates()
        paths = lexicon_paths(lexicons) if shipped else list(lexicons)
        self.add_entries(read_lexicons(paths))

    def add_entries(self, entries: Iterable[LexiconEntry]) -> None:
        """Add entries to the matchers (later entries do not replace earlier ones)."""
        common = read_common_words()

        def reads_as_word(form: str) -> bool:  # written with capitals, a common word once lowercased
            return form != form.lower() and form.lower() in common

        forms: dict[str, list[str]] = {}
        for entry in entries:
            key = f"kg_lexicon_{len(self.entries)}"
            match_id = self.nlp.vocab.strings.add(key)
            self.entries.append(entry)
            self._by_id[match_id] = entry
            any_case, as_written = self._forms.setdefault(match_id, (set(), set()))
            for form in entry.forms:
                word_like = reads_as_word(form)
                for variant in surface_variants(form):
                    forms.setdefault(key, []).append(variant)
                    # (so may a variant alone: "COMPASs", a plural of "COMPAS", is "compass"; and
                    # a mixed-case plural matches only as written: "GlaSs" is no "glass")
                    mixed_plural = variant == form + "s" and not form.isupper() and form[-1:].isupper()
                    if entry.case_sensitive or word_like or reads_as_word(variant) or mixed_plural:
                        as_written.add(variant)
                    else:
                        any_case.add(variant.lower())
                        # the tokenizer splits "GSM8K" (a "K" suffix) but not "GSM8k": match
                        # case-insensitive forms in both tokenisations, whichever the lexicon writes
                        if variant.lower() != variant:
                            forms[key].append(variant.lower())
                        if _DIGIT_THEN_LOWER.search(variant):
                            forms[key].append(variant.upper())
        add_phrases(self.matcher, self.nlp, forms)

    def __call__(self, doc: Doc) -> Doc:
        starts, ends = token_offsets(doc)
        text = doc_text(doc)
        found = {}
        candidates = []
        title_end = _title_case_end(text)
        for match_id, start, end in self.matcher(doc):
            entry = self._by_id[match_id]
            s, e = starts[start], ends[end - 1]
            if (_GLUED_AFTER.match(text, e) and not self._suffix_after.match(text, e)) or (
                    s >= 2 and text[s - 1] == "-" and text[s - 2].isalnum()):
                continue  # "SlowFast" in "SlowFast-VGen" is part of another name
            if entry.kind == "metrics" and _METRIC_AS_MODIFIER.match(text, e):
                continue
            surface = text[s:e]
            if e <= title_end and surface[:1].isupper() and surface[1:].islower() and surface.lower() in self._common:
                continue  # "DeepGCNs: Can GCNs Go as Deep as CNNs?": a word a Title Case title capitalises, not Go
            any_case, as_written = self._forms[match_id]
            if as_written and surface not in as_written:
                surface = " ".join(surface.split())
                if surface not in as_written and surface.lower() not in any_case:
                    continue  # "math" is not MATH, "is" is not IS
            candidates.append(Candidate(s, e, entry.kind, entry.name, entry.source))
            found[(entry.kind, entry.name)] = entry
        add_candidates(doc, candidates)
        set_value(doc, "lexicon_entries", found)
        return doc


@Language.factory(
    "kg_lexicon",
    assigns=["doc._.candidates", "doc._.lexicon_entries"],
    default_config={"lexicons": [], "shipped": True},
)
def make_lexicon_matcher(nlp: Language, name: str, lexicons: list[str], shipped: bool) -> LexiconMatcher:
    return LexiconMatcher(nlp, name, lexicons=lexicons, shipped=shipped)
