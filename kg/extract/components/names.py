"""Names no lexicon knows: proposed methods, named datasets, and name-like words.

Rules (each candidate's `id_` names the rule):
- pattern:propose: "we propose/introduce/present ... X" where X is the first name in the clause
  (a name-like word, a Title Case run, a defined acronym, or "X, a ..." right after the verb);
- pattern:called: "called/named/termed/dubbed X"; the noun before the cue decides the kind
  ("a dataset, termed Objaverse-Mix"), and it is a proposal when the sentence speaks of "we/our";
- pattern:title: a title "X: ..." proposes X (or names a dataset for "X: A Benchmark ...");
- pattern:our_x: "our X framework/model/method" proposes X;
- pattern:dataset_cue: names before "dataset(s)/benchmark(s)/corpus/suite", lists included;
- pattern:on_name: a name after "on" in a sentence that reports numbers is a dataset;
- pattern:name_word / pattern:title_case: any other name-like word (CamelCase, capitals or
  digits inside: "DiT", "GPT-4", "PFGM++") or run of two or more capitalised words that does
  not start a sentence is a method candidate; lexicon and acronym evidence outrank it.
"""
from __future__ import annotations

import json
import re
from importlib import resources

from spacy.language import Language
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from kg.extract.components.sentences import sentence_offsets

from kg.extract.components.lexicon_matcher import CANDIDATES
from kg.extract.components.text import doc_text

PROPOSED_RULES = frozenset({"pattern:propose", "pattern:called_proposed", "pattern:title", "pattern:our_x"})

# A name-like word: capitals after the first character (DiT, MuZero, SSv2, GSM8K, Flow-Guided),
# letters mixed with digits (Argus3D, COCO2014, GPT-4), or a "++"/"*" suffix (PFGM++, Retro*).
_NAMEY = r"(?:[A-Za-z0-9][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*|[A-Za-z][A-Za-z\-]*\d[A-Za-z0-9\-]*|[A-Z][a-z]+(?=\+\+|\*))(?:\+\+|\*)?"
_CAP = r"[A-Z][a-zA-Z0-9\-]*"
# Title Case run: capitalised words, allowing "of/for/with/and/to/the/-" inside
# ("Planning with Dual Value Networks"), and a trailing version number ("AlpacaEval 2.0").
_CAP_RUN = rf"{_CAP}(?:\s+(?:(?:of|for|with|and|to|the|via|in|on)\s+)?{_CAP})+(?:\s+v?\d+(?:\.\d+)?\b)?"
NAME = rf"(?:{_NAMEY}|{_CAP_RUN}|{_CAP})"

NAMEY_RE = re.compile(rf"(?<![\w\-+*]){_NAMEY}(?![\w])")
CAP_RUN_RE = re.compile(rf"(?<![\w\-]){_CAP_RUN}(?![\w])")
_RESOLUTION = re.compile(r"^\d+(?:\.\d+)?(?:[xX×]\d+|[A-Za-z]{1,3}|-\w+)?$")

_PROPOSE_CUE = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:\w+ly\s+|first\s+|further\s+|then\s+|also\s+|here\s+|thus\s+|therefore\s+)?"
    r"(?:propose|introduce|present|develop|design|devise|put forward|construct|create|release|formulate|contribute|offer)[sd]?\b"
)
_CLAUSE_END = re.compile(r"[.;:!?]\s|\s(?:which|that|to|by|for|where|while|whose|in order)\s|\s+\(e\.g|$")
_CALLED = re.compile(r"\b(?:called|named|termed|dubbed|coined|denoted(?: as)?|we call(?: it| them| this)?|we term|we name)\s+")
_OUR_X = re.compile(rf"\b[Oo]ur\s+(?:novel\s+|new\s+|proposed\s+)?({_NAMEY}|{_CAP_RUN}|{_CAP})\s+(?:framework|model|method|approach|algorithm|architecture|system|pipeline|network)s?\b")
_DATASET_CUE = re.compile(r"\b(?:data ?sets?|benchmarks?|corpus|corpora|suites?|environments?|challenges?|leaderboards?|databases?)\b")
_ON_NAME = re.compile(rf"\b(?:on|across|over)\s+(?:the\s+)?(?:zero-shot\s+|one-shot\s+|few-shot\s+)?({_NAMEY}(?:\s+v?\d+(?:\.\d+)?\b)?|{_CAP_RUN})(?=\s*[,.;:)(]|\s+and\s|\s+with\s|\s*$|\s+\d)")
_APPOSITIVE = re.compile(r"\s*((?:[a-z][a-z\-]+\s+){0,3}[a-z][a-z\-]+),\s+(?:a|an)\s")
_GENERIC_START = frozenset({"a", "an", "the", "this", "these", "our", "new", "novel", "simple", "method", "approach", "framework", "model", "technique", "training"})
_NOT_PROPOSAL_CONTEXT = re.compile(r"\b(?:recent|existing|previous|prior|popular|well-known|standard|classic|so-called)\b")
_NAME_FIRST = re.compile(rf"(?<![\w\-]){NAME}(?![\w])")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*")


def _read_pattern_text(name: str) -> str:
    return resources.files("kg.extract").joinpath(f"patterns/{name}").read_text("utf-8")


def read_not_names() -> frozenset[str]:
    """Words that look like names but are not (patterns/not_names.txt)."""
    words = set()
    for line in _read_pattern_text("not_names.txt").splitlines():
        if not line.startswith("#"):
            words.update(line.split())
    return frozenset(words)


def read_heads() -> dict[str, list[str]]:
    """Head words per kind (patterns/heads.json)."""
    data = json.loads(_read_pattern_text("heads.json"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def kind_of_phrase(phrase: str, heads: dict[str, list[str]]) -> str | None:
    """The kind a phrase's last word points to ("... distance" -> metrics), or None."""
    words = re.findall(r"[a-z][a-z\-]*", phrase.lower())
    if not words:
        return None
    last = words[-1]
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    for kind in ("datasets", "metrics", "tasks", "methods"):
        if last in heads[kind]:
            return kind
    return None


def _is_name(text: str, not_names: frozenset[str]) -> bool:
    text = text.strip()
    if not text or text in not_names or text.lower() in STOP_WORDS:
        return False
    if _RESOLUTION.match(text):
        return False
    return any(c.isalpha() for c in text)


class NameFinder:
    """Adds candidates for names that no lexicon lists (see the module docstring for rules).

    Sets:
        Doc.spans["kg_candidates"]: more spans, `label_` the kind, `kb_id_` the name as
            written, `id_` the rule.
    """

    def __init__(self, nlp: Language, name: str = "kg_names"):
        self.name = name
        self.not_names = read_not_names()
        self.heads = read_heads()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        sents = sentence_offsets(doc)
        found: list[tuple[int, int, str, str]] = []  # start, end, kind, rule
        title_end = _title_end(text)
        if title_end:
            found.extend(self._title(text[:title_end]))
        for s_start, s_end in sents:
            sentence = text[s_start:s_end]
            found.extend((s_start + a, s_start + b, k, r) for a, b, k, r in self._sentence(sentence, s_start < title_end))
        spans = []
        for start, end, kind, rule in found:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span) > 0:
                spans.append(Span(doc, span.start, span.end, label=kind, kb_id=text[start:end], span_id=rule))
        group = doc.spans.get(CANDIDATES)
        if group is None:
            doc.spans[CANDIDATES] = spans
        else:
            group.extend(spans)
        return doc

    # -- rules -----------------------------------------------------------------------------
    def _title(self, title: str) -> list[tuple[int, int, str, str]]:
        head, sep, rest = title.partition(":")
        if not sep or not head.strip():
            return []
        words = head.split()
        if len(words) > 3 or not words[0][:1].isupper():
            return []
        if any(w.lower() in STOP_WORDS for w in words[1:]) or head.strip() in self.not_names:
            return []
        if len(words) > 1 and not any(NAMEY_RE.fullmatch(w) for w in words):
            return []
        if words[0].lower() in {"towards", "toward", "beyond", "revisiting", "rethinking", "review", "survey", "position", "tutorial", "editorial", "correction", "erratum"}:
            return []
        start = len(title) - len(title.lstrip())
        kind = "datasets" if re.match(r"\s*(?:an?\s+)?(?:[\w\-]+\s+){0,3}(?:benchmark|dataset|corpus)\b", rest, re.I) else "methods"
        return [(start, start + len(head.strip()), kind, "pattern:title" if kind == "methods" else "pattern:title_dataset")]

    def _sentence(self, sentence: str, in_title: bool) -> list[tuple[int, int, str, str]]:
        out: list[tuple[int, int, str, str]] = []
        lowered_context = _NOT_PROPOSAL_CONTEXT.search(sentence)
        speaks_of_us = re.search(r"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work))\b", sentence) is not None
        # proposals
        for cue in _PROPOSE_CUE.finditer(sentence):
            clause_end = _CLAUSE_END.search(sentence, cue.end()).start()
            clause = sentence[cue.end():clause_end]
            appositive = _APPOSITIVE.match(clause)
            if appositive and appositive.group(1).split()[0] not in _GENERIC_START:
                out.append((cue.end() + appositive.start(1), cue.end() + appositive.end(1), "methods", "pattern:propose"))
                continue
            names = [m for m in _NAME_FIRST.finditer(clause) if _is_name(m.group(0), self.not_names)]
            if names:
                first = names[0]
                out.append((cue.end() + first.start(), cue.end() + first.end(), "methods", "pattern:propose"))
                # "we propose A and B, which ..."
                for other in names[1:]:
                    between = clause[names[0].end():other.start()]
                    if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", between):
                        out.append((cue.end() + other.start(), cue.end() + other.end(), "methods", "pattern:propose"))
        # "called X"
        for cue in _CALLED.finditer(sentence):
            after = sentence[cue.end():]
            m = _NAME_FIRST.match(after)
            if m and _is_name(m.group(0), self.not_names):
                name_end = m.end()
            else:
                m = re.match(r"(?:the\s+)?((?:[a-z][a-z\-]+\s+){0,2}[a-z][a-z\-]+)(?=\s*[,.;:()]|\s+(?:which|that|and)\b)", after)
                if not m:
                    continue
                name_end = m.end(1) if m.lastindex else m.end()
            start = cue.end() + (m.start(1) if m.lastindex else m.start())
            before = sentence[max(0, cue.start() - 40):cue.start()]
            kind = kind_of_phrase(before.rstrip(" ,"), self.heads) or "methods"
            if kind == "tasks":
                kind = "methods"
            proposed = kind == "methods" and speaks_of_us and not (lowered_context and lowered_context.start() < cue.start())
            rule = "pattern:called_proposed" if proposed else "pattern:called"
            out.append((start, cue.end() + name_end, kind, rule))
        for m in _OUR_X.finditer(sentence):
            if _is_name(m.group(1), self.not_names) and m.group(1)[:1].isupper():
                out.append((m.start(1), m.end(1), "methods", "pattern:our_x"))
        # datasets
        for cue in _DATASET_CUE.finditer(sentence):
            out.extend(self._names_before_cue(sentence, cue.start()))
        if re.search(r"\d", sentence):
            for m in _ON_NAME.finditer(sentence):
                if _is_name(m.group(1), self.not_names) and m.group(1) != sentence[:len(m.group(1))]:
                    out.append((m.start(1), m.end(1), "datasets", "pattern:on_name"))
        # other name-like words and Title Case runs: method candidates
        for m in NAMEY_RE.finditer(sentence):
            word = m.group(0).rstrip("-")
            if _is_name(word, self.not_names):
                out.append((m.start(), m.start() + len(word), "methods", "pattern:name_word"))
        if not in_title:
            for m in CAP_RUN_RE.finditer(sentence):
                if m.start() == 0 or sentence[:m.start()].strip() == "":
                    continue
                out.append((m.start(), m.end(), "methods", "pattern:title_case"))
        return out

    def _names_before_cue(self, sentence: str, cue_start: int) -> list[tuple[int, int, str, str]]:
        # The list before the cue ends at a preposition/verb; its items are the names.
        window_start = max(0, cue_start - 160)
        window = sentence[window_start:cue_start]
        cut = None
        for m in re.finditer(r"\b(?:on|of|across|over|from|using|with|in|including|such as|like|at|to|and the|the)\s", window):
            cut = m.end()
        segment = window[cut:] if cut is not None else window
        seg_start = window_start + (cut or 0)
        out = []
        pos = 0
        for item in _LIST_SPLIT.split(segment):
            idx = segment.find(item, pos)
            pos = idx + len(item)
            clean = re.sub(r"\s*\([^)]*\)\s*$", "", item).strip()
            if not clean:
                continue
            offset = seg_start + idx + (len(item) - len(item.lstrip()))
            words = clean.split()
            if len(words) > 5 or not (clean[:1].isupper() or NAMEY_RE.search(clean) or clean[:1].isdigit()):
                continue
            if not _is_name(clean, self.not_names) or clean.lower() in {"large-scale", "public", "real-world", "synthetic"}:
                continue
            out.append((offset, offset + len(clean), "datasets", "pattern:dataset_cue"))
        return out


def _title_end(text: str) -> int:
    """End of the title when the text starts with "title\\n\\n"; 0 when there is no title."""
    cut = text.find("\n\n")
    if 0 < cut <= 400 and not re.search(r"[.!?]\s", text[:cut]):
        return cut
    return 0


@Language.factory("kg_names", assigns=["doc.spans"])
def make_name_finder(nlp: Language, name: str) -> NameFinder:
    return NameFinder(nlp, name)
