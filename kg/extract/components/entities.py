"""Entity resolution: candidates from the lexicon, acronyms and name patterns become entities.

Steps: (1) every acronym definition becomes one entity named by its short form with the long
form as alias, typed by the lexicon where it knows either form, else by the long form's head
word ("... distance" -> metric), else a method; (2) overlapping candidates are resolved: lexicon
first, then acronyms, then proposal and dataset cues, then bare name-like words, longer spans
before shorter ones, and a weak pattern never overrides lexicon or acronym evidence of another
kind; (3) mentions are grouped by merge key (`kg.extract.normalize.entity_key`); (4) names found
by a pattern are looked up again in the whole text so that every later mention counts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.candidates import Candidate
from kg.extract.components.names import PROPOSED_RULES, kind_of_phrase, read_heads
from kg.extract.components.text import doc_text
from kg.extract.lexicon import LexiconEntry
from kg.extract.normalize import entity_key

# Resolution order of rules: lower wins an overlap.
_RANK = {"lexicon": 0, "acronym": 1, "pattern:propose": 2, "pattern:called_proposed": 2,
         "pattern:called": 2, "pattern:title": 2, "pattern:title_dataset": 2, "pattern:our_x": 2,
         "pattern:dataset_cue": 3, "pattern:on_name": 3, "pattern:benchmark_name": 4,
         "pattern:name_word": 5, "pattern:title_case": 6}
# A resolution or split written after a dataset name stays on the mention: "ImageNet 256x256",
# "ImageNet-64x64", "FFHQ 64{times}64", "MS COCO 2017-5k", "ImageNet at 64x64 resolution".
_QUALIFIER = re.compile(
    r"(?:[\s\-]*\d+\s*(?:x|×|\{times\}|\\times|times)\s*\d+(?:\s+resolution)?"
    r"|\s+at\s+\d+\s*(?:x|×|times)\s*\d+(?:\s+resolution)?"
    r"|[\s\-]*(?:19|20)\d\d(?:-\d+[kK])?(?![\w.]))"
)


@dataclass
class EntityRecord:
    """One entity of one document, before it becomes a `kg.types.Entity`.

    Attributes:
        mentions: (start, end, rule) character offsets in the Doc text.
    """

    kind: str
    name: str
    key: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    proposed: bool = False
    source: str = ""
    higher_is_better: bool | None = None


def rank(rule: str) -> int:
    """Priority of a rule when candidates overlap (lower wins)."""
    return _RANK.get("lexicon" if rule.startswith("lexicon:") else rule, 4)


def resolve_overlaps(candidates: list[tuple[Candidate, bool]], length: int) -> list[tuple[Candidate, bool]]:
    """Keep the best of overlapping candidates.

    Args:
        candidates: (candidate, proposed) pairs.
        length: length of the text (for the occupancy maps).

    Returns:
        The kept pairs: per kind no two overlap; a candidate of rank >= 3 never overlaps a
        kept candidate of rank <= 1 of any kind.
    """
    order = sorted(candidates, key=lambda c: (rank(c[0].rule), c[0].start - c[0].end, c[0].start))
    taken: dict[str, bytearray] = {}
    strong = bytearray(length + 1)
    kept = []
    for cand, proposed in order:
        s, e = cand.start, cand.end
        occupied = taken.get(cand.kind)
        if occupied is None:
            occupied = taken[cand.kind] = bytearray(length + 1)
        if occupied.find(1, s, e) >= 0:
            continue
        r = rank(cand.rule)
        if r >= 3 and strong.find(1, s, e) >= 0:
            continue
        occupied[s:e] = b"\x01" * (e - s)
        if r <= 1:
            strong[s:e] = b"\x01" * (e - s)
        kept.append((cand, proposed))
    return kept


class EntityResolver:
    """Turns `Doc._.candidates` and `Doc._.acronyms` into entities.

    Sets:
        Doc._.entities: list of EntityRecord, one per (kind, merge key), in text order.
    """

    def __init__(self, nlp: Language, name: str = "kg_entities"):
        self.name = name
        self.heads = read_heads()
        if not Doc.has_extension("entities"):
            Doc.set_extension("entities", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lexicon: dict[tuple[str, str], LexiconEntry] = doc._.lexicon_entries or {}
        candidates: list[Candidate] = doc._.candidates or []
        pairs: list[tuple[Candidate, bool]] = []
        acronym_aliases: dict[tuple[str, str], list[str]] = {}
        acronym_cover = bytearray(len(text) + 1)
        for pair in doc._.acronyms or []:
            kind, name, proposed = self._type_acronym(text, pair, candidates)
            long_text = text[pair.long_start:pair.long_end]
            acronym_aliases.setdefault((kind, name), []).append(long_text)
            for s, e in ((pair.short_start, pair.short_end), (pair.long_start, pair.long_end)):
                pairs.append((Candidate(s, e, kind, name, "acronym"), proposed))
                acronym_cover[s:e] = b"\x01" * (e - s)
        for c in candidates:
            if not c.rule.startswith("lexicon:") and acronym_cover.find(1, c.start, c.end) >= 0:
                continue
            pairs.append((c, c.rule in PROPOSED_RULES))

        records: dict[tuple[str, str], EntityRecord] = {}
        for cand, proposed in resolve_overlaps(pairs, len(text)):
            kind, name, rule = cand.kind, cand.name, cand.rule
            start, end = cand.start, cand.end
            if kind == "datasets":
                # keep "ImageNet 256x256" as the mention while the entity stays "ImageNet"
                q = _QUALIFIER.match(text, end)
                if q:
                    end = q.end()
            key = entity_key(kind, name)
            rec = records.get((kind, key))
            if rec is None:
                rec = records[(kind, key)] = EntityRecord(kind=kind, name=name, key=key, source=rule)
            elif rank(rule) < rank(rec.source):
                rec.source = rule
                if rule.startswith("lexicon:") or rule == "acronym":
                    rec.name = name
            rec.mentions.append((start, end, rule))
            rec.proposed = rec.proposed or proposed
            entry = lexicon.get((kind, name))
            if entry is not None and entry.higher_is_better is not None:
                rec.higher_is_better = entry.higher_is_better
            for alias in acronym_aliases.get((kind, name), ()):
                if alias not in rec.aliases and alias != rec.name:
                    rec.aliases.append(alias)
        self._propagate(text, records)
        for rec in records.values():
            rec.mentions.sort()
            for start, end, _ in rec.mentions:
                surface = text[start:end]
                if surface != rec.name and surface not in rec.aliases and entity_key(rec.kind, surface) != rec.key:
                    rec.aliases.append(surface)
        doc._.entities = sorted(records.values(), key=lambda r: r.mentions[0][0])
        return doc

    def _type_acronym(self, text: str, pair, candidates: list[Candidate]) -> tuple[str, str, bool]:
        lo = min(pair.short_start, pair.long_start)
        hi = max(pair.short_end, pair.long_end)
        proposed = any(c.rule in PROPOSED_RULES and c.start < hi and lo < c.end for c in candidates)
        short = (pair.short_start, pair.short_end)
        long = (pair.long_start, pair.long_end)
        for c in candidates:
            if c.rule.startswith("lexicon:") and (c.start, c.end) in (short, long):
                return c.kind, c.name, proposed
        kind = None
        for c in candidates:
            # the lexicon knows the long form's ending ("... stable diffusion models")
            if c.rule.startswith("lexicon:") and c.end == long[1] and c.start >= long[0]:
                kind = c.kind
                break
        if kind is None:
            kind = kind_of_phrase(text[long[0]:long[1]], self.heads) or "methods"
            for c in candidates:
                if c.rule in ("pattern:dataset_cue", "pattern:on_name") and (c.start, c.end) in (short, long):
                    kind = "datasets"
        return kind, text[short[0]:short[1]], proposed

    @staticmethod
    def _propagate(text: str, records: dict[tuple[str, str], EntityRecord]) -> None:
        # Names found by a pattern or acronym once are mentions wherever they occur again.
        covered = bytearray(len(text) + 1)
        for rec in records.values():
            for s, e, _ in rec.mentions:
                covered[s:e] = b"\x01" * (e - s)
        for rec in records.values():
            if rec.source.startswith("lexicon:"):
                continue
            for form in {text[s:e] for s, e, _ in rec.mentions if e - s >= 2}:
                for start in _occurrences(text, form):
                    end = start + len(form)
                    if covered.find(1, start, end) >= 0:
                        continue
                    rec.mentions.append((start, end, "pattern:repeat"))
                    covered[start:end] = b"\x01" * (end - start)


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


@Language.factory("kg_entities", assigns=["doc._.entities"], requires=["doc._.acronyms", "doc._.candidates"])
def make_entity_resolver(nlp: Language, name: str) -> EntityResolver:
    return EntityResolver(nlp, name)
