"""Lexicon lookup: every name and alias of the lexicon files, matched with spaCy's PhraseMatcher.

Case-insensitive entries match on `LOWER`, case-sensitive ones on `ORTH`. A case-insensitive
form that is written with capitals and reads as a common English word once lowercased ("MATH",
"IS") still matches only as written, so the word "math" or "is" is never a dataset or a metric.
Hyphen/space variants ("auto-regressive", "auto regressive", "autoregressive") and a plural of
the last word are added for every form.
"""
from __future__ import annotations

from importlib import resources
from typing import Iterable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.extract.lexicon import LexiconEntry, lexicon_paths, read_lexicons

CANDIDATES = "kg_candidates"


def read_common_words() -> frozenset[str]:
    """Common English words (patterns/common_words.txt), lowercased."""
    text = resources.files("kg.extract").joinpath("patterns/common_words.txt").read_text("utf-8")
    words = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            words.update(w.lower() for w in line.split())
    return frozenset(words | STOP_WORDS)


def surface_variants(form: str) -> list[str]:
    """The form plus its hyphen/space variants and a plural of its last word.

    Args:
        form: a lexicon name or alias.

    Returns:
        Distinct strings, `form` first.
    """
    variants = [form]
    if "-" in form:
        variants += [form.replace("-", " "), form.replace("-", "")]
    last = form.rsplit(" ", 1)[-1]
    if last.isalpha() and last.islower() and len(last) > 2:
        for v in list(variants):
            if v.endswith("y") and not v.endswith(("ay", "ey", "oy", "uy")):
                variants.append(v[:-1] + "ies")
            elif not v.endswith("s"):
                variants.append(v + "s")
    return list(dict.fromkeys(variants))


class LexiconMatcher:
    """Marks every lexicon name and alias found in the text.

    Sets:
        Doc.spans["kg_candidates"]: one span per match, `label_` the kind ("datasets", ...),
            `kb_id_` the canonical name, `id_` the rule ("lexicon:datasets.jsonl:12").
        Doc._.lexicon_entries: {(kind, canonical name): LexiconEntry} for the entries found.
    """

    def __init__(self, nlp: Language, name: str = "kg_lexicon", *, lexicons: Sequence[str] = ()):
        self.name = name
        self.nlp = nlp
        self.entries: list[LexiconEntry] = []
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        if not Doc.has_extension("lexicon_entries"):
            Doc.set_extension("lexicon_entries", default=None)
        self.add_entries(read_lexicons(lexicon_paths(lexicons)))

    def add_entries(self, entries: Iterable[LexiconEntry]) -> None:
        """Add entries to the matchers (later entries do not replace earlier ones)."""
        common = read_common_words()
        lower_forms: dict[str, list[str]] = {}
        exact_forms: dict[str, list[str]] = {}
        for entry in entries:
            key = f"kg_lexicon_{len(self.entries)}"
            self.entries.append(entry)
            for form in entry.forms:
                word_like = form.lower() in common and form != form.lower()
                target = exact_forms if entry.case_sensitive or word_like else lower_forms
                target.setdefault(key, []).extend(surface_variants(form))
        for forms, matcher in ((lower_forms, self.lower), (exact_forms, self.exact)):
            for key, texts in forms.items():
                matcher.add(key, list(self.nlp.tokenizer.pipe(texts)))
        self._by_id = {
            self.nlp.vocab.strings.add(f"kg_lexicon_{i}"): e for i, e in enumerate(self.entries)
        }

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        found = {}
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                entry = self._by_id[match_id]
                spans.append(Span(doc, start, end, label=entry.kind, kb_id=entry.name, span_id=entry.source))
                found[(entry.kind, entry.name)] = entry
        group = doc.spans.get(CANDIDATES)
        if group is None:
            doc.spans[CANDIDATES] = spans
        else:
            group.extend(spans)
        doc._.lexicon_entries = found
        return doc


@Language.factory(
    "kg_lexicon",
    assigns=["doc.spans", "doc._.lexicon_entries"],
    default_config={"lexicons": []},
)
def make_lexicon_matcher(nlp: Language, name: str, lexicons: list[str]) -> LexiconMatcher:
    return LexiconMatcher(nlp, name, lexicons=lexicons)
