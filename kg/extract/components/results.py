"""Reported numbers: "an FID of 1.73", "from 18.65 to 1.73", "20x faster", "15.7M parameters".

`find_numbers` is the plain function: every number in the text with its unit, minus numbers that
are not results (inside names such as VASA-1 or GPT-4, resolutions such as 256x256, years,
citations, LaTeX and big-O bounds, URLs, enumerations). `ResultFinder` then ties each number to
a metric (a metric entity written next to it, a unit that implies one, or the phrase a verb of
change governs: "reduce the regret by 70%"), a previous value ("from A to B", "compared to A"),
and the dataset and method of its sentence. A number that no metric explains is dropped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.sentences import sentence_offsets
from kg.extract.components.text import doc_text

_NUMBER = re.compile(r"(?<![\w.\-/^{}_\\+*])(?:[+\-−]\s?)?\d+(?:,\d{3})*(?:\.\d+)?(?![\d])")
_WORD_NUMBERS = {"half": 0.5, "twice": 2.0, "double": 2.0, "triple": 3.0}
_MASKS = [
    re.compile(r"https?://\S+|www\.\S+|\S+\.(?:com|org|io|html)\S*"),
    re.compile(r"\$[^$]{0,300}\$"),
    re.compile(r"\[[^\]]{0,120}\]"),
    re.compile(r"\b(?:[OoΩΘ]|Omega|Theta|omega|theta|poly|log|exp|sqrt|tilde\{?O\}?|widetilde\{?O\}?)\s*\([^()]{0,80}(?:\([^()]{0,40}\)[^()]{0,40})*\)"),
    re.compile(r"\bet al\.?,?\s*(?:\(?\d{4}\)?)"),
    re.compile(r"\barXiv:\s?\d{4}\.\d{4,5}"),
    re.compile(r"\^\{?[^\s}]{1,20}\}?|_\{[^}]{0,20}\}"),
    # resolutions: 256x256, 64 times 64, 64{times}64, 1024 \times 1024
    re.compile(r"\d+\s*(?:x|×|\{times\}|\\times|times)\s*\d+(?:\s*(?:x|×)\s*\d+)?(?=\b|\s|$)"),
    # enumerations "(1)", "(ii)", "1)"
    re.compile(r"\(\s*(?:\d|[ivx]{1,4})\s*\)|(?<![\w.])\d\)"),
]
_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number in the text with its unit.

    Attributes:
        start, end: offsets of the number with its unit ("15.7M", "20x", "0.09 second").
        value: the number (51 for "51 out of 57").
        raw: the text of start:end.
        unit: "%", "x", "M", "B", "K", "s", "FPS", ... or "".
        implied_metric: the metric the unit implies ("runtime" for seconds) or None.
        bound: "up to", "over", "under", ... written before the number, or "".
    """

    start: int
    end: int
    value: float
    raw: str
    unit: str
    implied_metric: str | None


def read_units() -> list[tuple[re.Pattern, str, str | None]]:
    """The shipped unit table (patterns/result_units.json)."""
    data = json.loads(resources.files("kg.extract").joinpath("patterns/result_units.json").read_text("utf-8"))
    return [(re.compile(u["pattern"]), u["unit"], u["metric"]) for u in data["units"]]


def masked_regions(text: str) -> list[tuple[int, int]]:
    """Regions whose numbers are never results: URLs, LaTeX, citations, bounds, resolutions."""
    regions = []
    for pattern in _MASKS:
        regions.extend(m.span() for m in pattern.finditer(text))
    return regions


def find_numbers(text: str, units: list[tuple[re.Pattern, str, str | None]] | None = None) -> list[NumberMatch]:
    """Every number of `text` that may be a reported result, with its unit.

    Args:
        text: a document or sentence.
        units: the unit table; `read_units()` when None.

    Returns:
        NumberMatch objects in text order.
    """
    units = read_units() if units is None else units
    masks = masked_regions(text)
    out = []
    for m in _NUMBER.finditer(text):
        start, end = m.span()
        if any(s <= start < e for s, e in masks):
            continue
        raw_number = m.group(0)
        after = text[end:end + 30]
        # a number glued to letters is a name or a size qualifier (3D, 4K frames, GPT-4o, 8B)
        if re.match(r"[A-Za-z]", after[:1]) and not re.match(r"(?:x|×|X|M|B|K|k|s|ms|h|dB|FPS|fps|GB|MB)(?![A-Za-z])", after):
            continue
        if re.match(r"-[A-Za-z]", after) and not re.match(r"-(?:GPU|TPU|fold|times|point)", after):
            continue  # "480-GPU hours" keeps its number; "7B-parameter" is handled below
        value = float(raw_number.replace(",", "").replace("−", "-").replace(" ", ""))
        unit, implied = "", None
        for pattern, unit_name, metric in units:
            u = pattern.match(text, end)
            if u:
                unit, implied = unit_name, metric
                end = u.end()
                break
        if not unit and _YEAR.match(raw_number):
            continue
        out.append(NumberMatch(start, end, value, text[start:end], unit, implied))
    for m in re.finditer(r"\b(half|twice|double)\b", text):
        out.append(NumberMatch(m.start(), m.end(), _WORD_NUMBERS[m.group(1)], m.group(0), "x" if m.group(1) != "half" else "", None))
    out.sort(key=lambda n: n.start)
    return out


_CHANGE_VERB = r"(?:improv|increas|reduc|decreas|boost|lower|rais|cut|enhanc|accelerat|speed(?:s|ing)? up|sav|outperform|surpass|exceed|beat|filter|remov|retain|achiev|attain|reach|obtain|yield)\w*"
_FILLER = r"(?:\s+(?:by|to|of|at|is|was|are|were|reaches|reaching|around|about|approximately|roughly|nearly|only|just|up|over|under|below|above|than|less|more|at least|at most|a|an|the|score|scores|value|values|=|:|≈|~|of only|as low as|as high as)\b|\s*[=:≈~(])*\s*"
_NP_STOP = re.compile(r"\b(?:by|from|to|of|over|on|for|in|with|while|and|compared|versus|vs|than|at|under|across)\b")
_DET = re.compile(r"^(?:the|a|an|its|their|our|his|her|this|these|that|those|overall|average|relative)\s+", re.I)


def _noun_phrase(text: str) -> str | None:
    # "the harmlessness rate of LLaMA 30B" -> "harmlessness rate"
    cut = _NP_STOP.search(text)
    phrase = text[:cut.start()] if cut else text
    phrase = phrase.strip(" ,;:()")
    while True:
        stripped = _DET.sub("", phrase)
        if stripped == phrase:
            break
        phrase = stripped
    words = phrase.split()
    if not words or len(words) > 4 or any(re.search(r"\d", w) for w in words):
        return None
    if not all(re.match(r"^[A-Za-z][\w\-]*$", w) for w in words):
        return None
    return phrase


@dataclass
class ResultRecord:
    """One reported number of one document, before it becomes a `kg.types.Result`."""

    metric: str
    number: NumberMatch
    previous: NumberMatch | None
    dataset: object | None  # Span of the dataset mention
    method: object | None  # EntityRecord of the method
    metric_entity: object | None  # EntityRecord of the metric, when it is one
    start: int
    end: int
    sentence: tuple[int, int]
    rule: str


class ResultFinder:
    """Ties numbers to metrics, previous values, datasets and methods.

    Sets:
        Doc._.results: list of ResultRecord in text order.
    """

    def __init__(self, nlp: Language, name: str = "kg_results"):
        self.name = name
        self.units = read_units()
        if not Doc.has_extension("results"):
            Doc.set_extension("results", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        entities = doc._.entities or []
        numbers = find_numbers(text, self.units)
        metric_spans = [(s.start_char, s.end_char, e) for e in entities if e.kind == "metrics" for s in e.spans]
        dataset_spans = [(s.start_char, s.end_char, s, e) for e in entities if e.kind == "datasets" for s in e.spans]
        method_spans = [(s.start_char, s.end_char, e) for e in entities if e.kind == "methods" for s in e.spans]
        proposed = [e for e in entities if e.kind == "methods" and e.proposed]
        datasets = [e for e in entities if e.kind == "datasets"]
        results = []
        sents = sentence_offsets(doc)
        used_as_previous: set[int] = set()
        for s_start, s_end in sents:
            in_sent = [n for n in numbers if s_start <= n.start < s_end]
            for i, num in enumerate(in_sent):
                if num.start in used_as_previous:
                    continue
                previous = self._previous(text, num, in_sent, s_start)
                if previous is not None:
                    used_as_previous.add(previous.start)
                # "from A to B": A is the previous value of B, not a result of its own
                nxt = in_sent[i + 1] if i + 1 < len(in_sent) else None
                if nxt is not None and re.fullmatch(r"\s*(?:to|->|→|rightarrow|\\rightarrow)\s*", text[num.end:nxt.start]) and re.search(r"\bfrom\s*$|\(\s*$", text[max(s_start, num.start - 8):num.start]):
                    continue
                metric, metric_entity, rule = self._metric(text, num, metric_spans, s_start, s_end, previous)
                if metric is None:
                    continue
                dataset = self._dataset(num, dataset_spans, s_start, s_end, datasets)
                method = self._method(text, num, method_spans, s_start, proposed)
                start = min(num.start, previous.start if previous else num.start)
                results.append(ResultRecord(metric, num, previous, dataset, method, metric_entity,
                                            start, num.end, (s_start, s_end), rule))
        doc._.results = results
        return doc

    @staticmethod
    def _previous(text: str, num: NumberMatch, in_sent: list[NumberMatch], s_start: int) -> NumberMatch | None:
        before = [n for n in in_sent if n.end <= num.start]
        if before:
            prev = before[-1]
            between = text[prev.end:num.start]
            if re.fullmatch(r"\s*(?:to|->|→|rightarrow|\\rightarrow)\s*", between) and prev.unit == num.unit:
                return prev
        after = [n for n in in_sent if n.start >= num.end]
        if after:
            nxt = after[0]
            between = text[num.end:nxt.start]
            if re.fullmatch(r"[^.;\d]{0,60}?\b(?:compared (?:to|with)|versus|vs\.?|over|from)\s+(?:the\s+)?(?:[\w\-*+]+\s+){0,4}?(?:of\s+|with\s+)?\(?", between, re.S) and (nxt.unit == num.unit):
                if not re.search(r"\bto\b", between):
                    return nxt
        return None

    def _metric(self, text, num: NumberMatch, metric_spans, s_start, s_end, previous):
        # 1. a metric written right before: "FID of 1.73", "FID=6.47", "FID 1.73", "success rate from 85.79% to"
        best = None
        for ms, me, ent in metric_spans:
            if not (s_start <= ms < s_end):
                continue
            if me <= num.start:
                anchor = previous.start if previous and previous.start < num.start else num.start
                between = text[me:anchor]
                if len(between) <= 40 and re.fullmatch(_FILLER + r"(?:from\s*)?", between) :
                    if best is None or me > best[1]:
                        best = (ms, me, ent, "result:metric_before")
            elif ms >= num.end:
                between = text[num.end:ms]
                if len(between) <= 30 and not re.search(r"[\d.;,()]", between) and re.fullmatch(
                    r"\s*(?:(?:higher|lower|better|improvement|increase|gain|reduction|drop|relative|absolute|average|mean|top-1|length-controlled|in|of|on|the|points?|pp)\s+|[\w\-]+\s+)?", between
                ):
                    if best is None or best[3] != "result:metric_before":
                        best = (ms, me, ent, "result:metric_after")
                        break
        if best is not None:
            ent = best[2]
            phrase = text[best[0]:best[1]]
            return (ent.name if ent is not None else phrase), ent, best[3]
        # 2. a unit that implies a metric: "45 seconds", "40 FPS", "480-GPU hours"
        after = text[num.end:num.end + 40]
        if num.implied_metric:
            return num.implied_metric, None, "result:unit"
        m = re.match(r"\s*(?:trainable\s+|learnable\s+|total\s+)?(parameters|params|parameter)\b", after)
        if m or re.match(r"[\s\-]*(?:billion|million)?[\s\-]*parameters?\b", after):
            return "parameters", None, "result:parameters"
        m = re.match(r"\s*out of\s+(\d+)\s+([a-z][\w\-]*)", after)
        if m:
            return m.group(2), None, "result:out_of"
        # 3. "20x faster (inference)", "10% higher visual quality", "4x reduction of training parameters"
        m = re.match(r"\s*(?:faster|speed-?up|acceleration|quicker)\b(?:\s+(?:in\s+)?(inference|training|sampling|decoding|generation|convergence|rendering))?", after)
        if m and num.unit in ("x", "%"):
            return (f"{m.group(1)} speed" if m.group(1) else "speed"), None, "result:faster"
        m = re.match(r"\s*(?:higher|lower|better|improvements?|increases?|gains?|reductions?|decreases?|drops?|boosts?|fewer|less|more|smaller|larger)\s+(?:(?:in|of|on)\s+)?(?:the\s+)?([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3})", after)
        if m and num.unit in ("x", "%", "dB"):
            phrase = _noun_phrase(m.group(1))
            if phrase:
                return phrase, None, "result:relative_change"
        if num.unit == "%":
            m = re.match(r"\s*of\s+(?:the\s+)?([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3})", after)
            if m:
                phrase = _noun_phrase(m.group(1))
                if phrase:
                    return phrase, None, "result:percent_of"
        # 4. "reduce the regret by up to 70%", "improves helpfulness by 9.6%"
        before = text[max(s_start, num.start - 90):num.start]
        m = re.search(_CHANGE_VERB + r"\s+((?:(?!\bby\b)[^\d.;,])+?)\s+by\s+(?:up to\s+|over\s+|about\s+|around\s+|approximately\s+|nearly\s+|roughly\s+|at least\s+|a factor of\s+)?$", before)
        if m and num.unit in ("x", "%", "") :
            phrase = _noun_phrase(m.group(1))
            if phrase:
                return phrase, None, "result:change_by"
        if previous is not None:
            m = re.search(_CHANGE_VERB + r"\s+(.+?)\s+from\s*$", text[max(s_start, previous.start - 90):previous.start])
            if m:
                phrase = _noun_phrase(m.group(1))
                if phrase:
                    return phrase, None, "result:change_from_to"
        return None, None, ""

    @staticmethod
    def _dataset(num, dataset_spans, s_start, s_end, datasets):
        in_sent = [(s, e, span) for s, e, span, _ in dataset_spans if s_start <= s < s_end]
        if in_sent:
            after = [d for d in in_sent if d[0] >= num.end and d[0] - num.end <= 60]
            if after:
                return after[0][2]
            before = [d for d in in_sent if d[1] <= num.start]
            if before:
                return before[-1][2]
            return in_sent[0][2]
        if len(datasets) == 1:
            return datasets[0].spans[0]
        return None

    @staticmethod
    def _method(text, num, method_spans, s_start, proposed):
        before = [(s, e, ent) for s, e, ent in method_spans if s_start <= s and e <= num.start]
        for s, e, ent in reversed(before):
            if ent.proposed:
                return ent
        if proposed:
            return proposed[0]
        return None


@Language.factory("kg_results", assigns=["doc._.results"], requires=["doc._.entities"])
def make_result_finder(nlp: Language, name: str) -> ResultFinder:
    return ResultFinder(nlp, name)
