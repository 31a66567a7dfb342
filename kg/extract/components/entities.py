"""Entity resolution: candidates from the lexicon, acronyms and name patterns become entities.

Steps: (1) every acronym definition becomes one entity named by its short form with the long
form as alias, typed by the lexicon where it knows either form, else by the long form's head
word ("... distance" -> metric), else a method; (2) overlapping candidates are resolved, lexicon
first, then acronyms, then proposal and dataset cues, then bare name-like words, longer spans
before shorter ones; (3) mentions are grouped by merge key; (4) names found by a pattern are
looked up again in the whole text so that every later mention counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.components.lexicon_matcher import CANDIDATES
from kg.extract.components.names import PROPOSED_RULES, kind_of_phrase, read_heads
from kg.extract.lexicon import LexiconEntry
from kg.extract.normalize import entity_key
from kg.extract.components.text import doc_text

# Resolution order of rules: lower wins an overlap.
_RANK = {"lexicon": 0, "acronym": 1, "pattern:propose": 2, "pattern:called_proposed": 2,
         "pattern:called": 2, "pattern:title": 2, "pattern:title_dataset": 2, "pattern:our_x": 2,
         "pattern:dataset_cue": 3, "pattern:on_name": 3, "pattern:name_word": 5,
         "pattern:title_case": 6}
# A resolution or split written after a dataset name stays on the mention: "ImageNet 256x256",
# "ImageNet-64x64", "FFHQ 64{times}64", "MS COCO 2017-5k", "ImageNet at 64x64 resolution".
_QUALIFIER = re.compile(
    r"(?:[\s\-]*\d+\s*(?:x|×|\{times\}|\\times|times)\s*\d+(?:\s+resolution)?"
    r"|\s+at\s+\d+\s*(?:x|×|times)\s*\d+(?:\s+resolution)?"
    r"|[\s\-]*(?:19|20)\d\d(?:-\d+[kK])?)"
)


@dataclass
class EntityRecord:
    """One entity of one document, before it becomes a `kg.types.Entity`."""

    kind: str
    name: str
    key: str
    spans: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    proposed: bool = False
    source: str = ""
    higher_is_better: bool | None = None


def _rank(rule: str) -> int:
    return _RANK.get("lexicon" if rule.startswith("lexicon:") else rule, 4)


class EntityResolver:
    """Turns `Doc.spans["kg_candidates"]` and `Doc._.acronyms` into entities.

    Sets:
        Doc._.entities: list of EntityRecord, one per (kind, merge key).
    """

    def __init__(self, nlp: Language, name: str = "kg_entities"):
        self.name = name
        self.heads = read_heads()
        if not Doc.has_extension("entities"):
            Doc.set_extension("entities", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lexicon: dict[tuple[str, str], LexiconEntry] = doc._.lexicon_entries or {}
        candidates = list(doc.spans.get(CANDIDATES, []))
        by_offsets: dict[tuple[int, int], list[Span]] = {}
        for c in candidates:
            by_offsets.setdefault((c.start_char, c.end_char), []).append(c)

        mentions: list[tuple[Span, str, str, str, bool]] = []  # span, kind, name, rule, proposed
        acronym_aliases: dict[tuple[str, str], list[str]] = {}
        acronym_spans: list[tuple[int, int]] = []
        for short, long in doc._.acronyms or []:
            kind, name, proposed = self._type_acronym(short, long, by_offsets, candidates)
            acronym_aliases.setdefault((kind, name), []).append(long.text)
            for span in (short, long):
                mentions.append((span, kind, name, "acronym", proposed))
                acronym_spans.append((span.start_char, span.end_char))
        for c in candidates:
            if any(c.start_char < e and s < c.end_char for s, e in acronym_spans) and not c.id_.startswith("lexicon:"):
                continue
            mentions.append((c, c.label_, c.kb_id_, c.id_, c.id_ in PROPOSED_RULES))

        accepted = self._resolve_overlaps(mentions)
        records: dict[tuple[str, str], EntityRecord] = {}
        for span, kind, name, rule, proposed in accepted:
            canonical, span = self._canonical(kind, name, rule, span)
            span = Span(doc, span.start, span.end, label=kind, kb_id=canonical, span_id=rule)
            key = entity_key(kind, canonical)
            rec = records.get((kind, key))
            if rec is None:
                rec = records[(kind, key)] = EntityRecord(kind=kind, name=canonical, key=key, source=rule)
            elif _rank(rule) < _rank(rec.source):
                rec.source = rule
                if rule.startswith("lexicon:") or rule == "acronym":
                    rec.name = canonical
            rec.spans.append(span)
            rec.proposed = rec.proposed or proposed
            entry = lexicon.get((kind, canonical))
            if entry is not None and entry.higher_is_better is not None:
                rec.higher_is_better = entry.higher_is_better
            for alias in acronym_aliases.get((kind, name), []):
                if alias not in rec.aliases and alias != rec.name:
                    rec.aliases.append(alias)
        self._propagate(doc, records)
        for rec in records.values():
            rec.spans.sort(key=lambda s: s.start_char)
            for span in rec.spans:
                if span.text != rec.name and span.text not in rec.aliases and entity_key(rec.kind, span.text) != rec.key:
                    rec.aliases.append(span.text)
        doc._.entities = sorted(records.values(), key=lambda r: r.spans[0].start_char)
        return doc

    def _type_acronym(self, short: Span, long: Span, by_offsets, candidates) -> tuple[str, str, bool]:
        proposed = any(
            c.id_ in PROPOSED_RULES and c.start_char < max(short.end_char, long.end_char)
            and min(short.start_char, long.start_char) < c.end_char
            for c in candidates
        )
        for span in (short, long):
            for c in by_offsets.get((span.start_char, span.end_char), []):
                if c.id_.startswith("lexicon:"):
                    return c.label_, c.kb_id_, proposed
        # the lexicon knows the long form's ending ("... stable diffusion models")
        for c in candidates:
            if c.id_.startswith("lexicon:") and c.end_char == long.end_char and c.start_char >= long.start_char:
                kind = c.label_
                break
        else:
            kind = kind_of_phrase(long.text, self.heads) or "methods"
            for c in by_offsets.get((long.start_char, long.end_char), []) + by_offsets.get((short.start_char, short.end_char), []):
                if c.id_ in ("pattern:dataset_cue", "pattern:on_name"):
                    kind = "datasets"
        return kind, short.text, proposed

    @staticmethod
    def _resolve_overlaps(mentions):
        # Lexicon first, then acronyms, cues, bare names; longer spans first within a rank.
        order = sorted(mentions, key=lambda m: (_rank(m[3]), -(m[0].end_char - m[0].start_char), m[0].start_char))
        taken: dict[str, list[tuple[int, int]]] = {}
        strong: list[tuple[int, int]] = []  # spans of rank <= 1 of any kind
        accepted = []
        for m in order:
            span, kind, rule = m[0], m[1], m[3]
            s, e = span.start_char, span.end_char
            if any(s < te and ts < e for ts, te in taken.get(kind, [])):
                continue
            if _rank(rule) >= 3 and any(s < te and ts < e for ts, te in strong):
                # a bare pattern never overrides lexicon or acronym evidence of another kind
                continue
            taken.setdefault(kind, []).append((s, e))
            if _rank(rule) <= 1:
                strong.append((s, e))
            accepted.append(m)
        return accepted

    @staticmethod
    def _canonical(kind: str, name: str, rule: str, span: Span) -> tuple[str, Span]:
        if kind == "datasets":
            # keep "ImageNet 256x256" as the mention while the entity stays "ImageNet"
            m = _QUALIFIER.match(doc_text(span.doc), span.end_char)
            if m:
                longer = span.doc.char_span(span.start_char, m.end(), alignment_mode="expand")
                if longer is not None:
                    span = Span(span.doc, longer.start, longer.end, label=span.label, kb_id=span.kb_id, span_id=span.id)
        return name, span

    @staticmethod
    def _propagate(doc: Doc, records: dict[tuple[str, str], EntityRecord]) -> None:
        # Names found by a pattern or acronym once are mentions wherever they occur again.
        text = doc_text(doc)
        covered = [(s.start_char, s.end_char) for r in records.values() for s in r.spans]
        for rec in records.values():
            if rec.source.startswith("lexicon:"):
                continue
            forms = {s.text for s in rec.spans if len(s.text) >= 2}
            for form in forms:
                for start in _occurrences(text, form):
                    end = start + len(form)
                    if any(start < e and s < end for s, e in covered):
                        continue
                    span = doc.char_span(start, end)
                    if span is not None:
                        span = Span(doc, span.start, span.end, label=rec.kind, kb_id=rec.name, span_id="pattern:repeat")
                        rec.spans.append(span)
                        covered.append((start, end))


def _occurrences(text: str, form: str):
    """Start offsets of `form` in `text` where it is a whole word (not inside "X-Y" or "XY")."""
    start = text.find(form)
    n = len(form)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + n] if start + n < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            yield start
        start = text.find(form, start + 1)


@Language.factory("kg_entities", assigns=["doc._.entities"], requires=["doc._.acronyms"])
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver(nlp, name)
