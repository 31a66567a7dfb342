"""Entity resolution: candidates from the lexicon, acronyms and name patterns become entities.

Steps: (1) every acronym definition becomes one entity named by its short form with the long
form as alias, typed by the lexicon where it knows either form, else by the long form's head
word ("... distance" -> metric), else a method (and a method when one algorithm, model or
architecture follows it: "a multiple hypothesis tracking (MHT) algorithm", "a ... (DAB) neural
network"; proposed when the paper's proposal clause, "our", "is designed to", "we ... the
introduction of a ...", "a novel ..." or a part of ours ("our architecture consists of ...") frames
it, unless it is taken from others: "a recently proposed ..."); (2) overlapping candidates are
resolved: lexicon first, then acronyms, then proposal and dataset cues, then bare name-like
words, longer spans before shorter ones, and a weak pattern never overrides lexicon or acronym
evidence of another kind; (3) mentions are grouped by merge key (`kg.extract.normalize.entity_key`); (4) names found
by a pattern are looked up again in the whole text so that every later mention counts; (5) the
tasks are cut to the few the paper addresses (named in the title, repeated, or stated first; not
a task every mention of which is a tool the paper uses: "using transfer learning", cues.json:
task_tool_cues);
(6) a task the paper names no other way may be implied (patterns/implied_tasks.json: FID on an
image dataset is image generation, "classification accuracy" on CIFAR-10 image classification).

An acronym the abstract defines wins over a lexicon entry with the same short form ("MSD" defined
as Multi-Student Distillation is not the Million Song Dataset), and an acronym whose long form
names nothing we extract ("multi-armed bandits (MABs)") is dropped with its later mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import BatchedComponent
from kg.extract.components.doc_values import get_value, set_value
from kg.extract.components.candidates import Candidate
from kg.extract.components.names import (
    EDITION_TASK, NAMING_WORDS, PROPOSAL_CLAUSES, PROPOSED_RULES, TASK_AFTER_EDITION, YEAR, compared_before,
    cue_alternation, head_word, kind_of_phrase, read_cues, read_heads, read_implied_tasks, read_not_names,
    title_end_of,
)
from kg.extract.components.text import doc_text
from kg.extract.lexicon import LexiconEntry
from kg.extract.normalize import entity_key, fold


# Resolution order of rules: lower wins an overlap, and within a rank the longer span. An acronym
# definition or a proposed name outranks a lexicon name inside it ("Multi-Student Distillation
# (MSD)" over "distillation", "we propose Motion Mamba" over "Mamba").
_RANK = {"acronym": 0, "pattern:propose": 0, "pattern:called_proposed": 0, "pattern:title": 0,
         "pattern:title_model": 0, "pattern:our_x": 0,
         "lexicon": 1, "pattern:metric_phrase": 1, "pattern:metric_change": 1, "pattern:task_phrase": 1, "pattern:title_action": 1,
         "pattern:title_gerund": 1, "pattern:title_nominal": 1,
         "pattern:called": 2, "pattern:title_dataset": 2,
         "pattern:dataset_cue": 3, "pattern:on_name": 3,
         "pattern:benchmark_name": 4, "pattern:name_word": 5, "pattern:title_case": 6}
_WEAK_NAME_RANK = _RANK["pattern:name_word"]  # names made by their look alone
_NAMED_AS_TASK = re.compile(r"\b(?:tasks?|problems?)\s+(?:of|such\s+as|like|including)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$")
_TASK_PHRASE_RULES = frozenset({"pattern:task_phrase", "pattern:title_action"})
_DATASET_CUE_RULES = frozenset({"pattern:dataset_cue", "pattern:title_dataset"})
_INTRODUCED_NAME_RULES = frozenset({"pattern:propose", "pattern:repeat", "pattern:name_word", "pattern:title_case"})
_INTRODUCED_OR_TITLE_RULES = _INTRODUCED_NAME_RULES | {"pattern:title"}  # a name a title introduces, too
# A version or size written after a method name stays on the mention: "LLaMA 30B", "Llama 3",
# "LLaMA-3-8B", "Stable Diffusion 3", "GPT-4o".
_VERSION = re.compile(r"(?:[\s\-]v\d+-\d+|[\s\-]v?\d+(?:\.\d+)?[BMKbmk]?(?:-\d+(?:\.\d+)?[BMKbmk])?|-\d*[a-z]{1,2}\b)(?![\w.%])")
# A resolution or split written after a dataset name stays on the mention: "ImageNet 256x256",
# "ImageNet-64x64", "FFHQ 64{times}64", "MS COCO 2017-5k", "ImageNet at 64x64 resolution".
_QUALIFIER = re.compile(
    r"(?:[\s\-]*\d+\s*(?:x|×|\{times\}|\\times|times)\s*\d+(?:\s+resolution)?"
    r"|\s+at\s+\d+\s*(?:x|×|times)\s*\d+(?:\s+resolution)?"
    r"|[\s\-]*(?:19|20)\d\d(?:-\d+[kK])?(?![\w.])"
    r"|-\d+[kK](?![\w.])"
    r"|-\d+(?![\w.])"  # Kinetics-600, EpicKitchens-100
    r"|\s+v?\d+\.\d+(?!\w|\.\d))"  # AlpacaEval 2.0
)
# the same qualifiers at the end of a name found by a pattern: "MS COCO 2014" -> "MS COCO"
_TRAILING_QUALIFIER = re.compile(r"[\s\-]+(?:(?:19|20)\d\d(?:-\d+[kK])?|\d+\s*(?:x|×)\s*\d+|\d+[kK])$")


@dataclass(slots=True)
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
    lexicon_aliases: tuple[str, ...] = ()  # the lexicon entry's aliases, when a lexicon entry names it
    proposed: bool = False
    source: str = ""
    higher_is_better: bool | None = None


_DATASET_BEFORE = re.compile(r"\b(?:benchmark|dataset|data set|corpus|suite)s?(?:,|\s+(?:called|named|termed|dubbed))\s+(?:the\s+)?$", re.I)
_TASK_BEFORE = re.compile(r"(?:\b(?:task|problem|setting)s?(?:,|:|\s+(?:called|named|termed|dubbed))|\b(?:for|of|on|in|to|towards))\s+(?:the\s+)?$", re.I)
_PLAIN_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*(?:\s+[a-z]+(?:-[a-z]+)*){0,2}")  # "white matter", "left ventricular"
_OBJECT_GAP = re.compile(r"\s*(?:(?:an?|the|new|novel)\s+)*")  # between a proposal verb and its object
_NAMING_BEFORE = re.compile(rf"\b{NAMING_WORDS}\s+(?:the\s+)?$")
_DATASET_AFTER = re.compile(r"\)?\s+(?:dataset|data set|benchmark|corpus|database)s?\b")
_TASK_AFTER = re.compile(r"\)?\s+(?:task|problem|setting|dataset|benchmark|challenge)s?\b")
# an apposition after a name, up to its head noun: ", an end-to-end vision tokenizer tuning approach"
_APPOSITION_AFTER = re.compile(r",\s+(?:an?|the first)\s+((?:(?!(?:that|which|for|to|with|of|in|on|by)\s)[\w\-]+\s+){0,6}[\w\-]+)")
_METRIC_HEAD_AFTER = re.compile(r"\)?\s+(?:error|errors|score|scores|accuracy|metric|metrics|measure)\b")
_INNER_CAPITAL = re.compile(r"(?<=[A-Za-z0-9])[A-Z0-9]")  # "GPR", "PM2.5", "3D", "LaTeX"
_WORDS = re.compile(r"[a-z0-9]+")
# a problem cast as another: "formulate ... as a sequence labeling task" (annotators list 6 of 30 such as tasks)
_FRAMING = re.compile(r"\bas\s+(?:an?\s+)?((?:[\w\-]+\s+){0,3}[\w\-]+)\s+(?:task|problem)s?\b")
# a citation's authors: "(Mann and McCallum, 2007)", "(LeCun, Cortes, and Burges, 2010)", "Marcus et al. 1993)"
_CITATION = re.compile(r"(?<![\w-])([A-Z][\w\-']+(?:\s+et\s+al\.?,?|(?:,\s*[A-Z][\w\-']+)*,?\s+(?:and|&amp;|&)\s+"
                       r"[A-Z][\w\-']+,))\s*(?:19|20)\d\d[a-z]?\)")  # (not "PointRCNN and STD (2019)")
_YEAR_CLOSE = re.compile(r"(?:19|20)\d\d[a-z]?\)")  # what a citation needs, searched first
_VARIABLE = re.compile(r"[A-Za-z](?:_\{?\w{1,4}\}?)?")  # one letter, perhaps with a subscript
_METRIC_WORD_AFTER = re.compile(r"\)?\s+(?:metric|measure)\b")  # (not "(LMD) metrics", metrics for a task)
_METHOD_HEAD_AFTER = re.compile(r"\)?\s+(?:(?:neural|deep|convolutional|recurrent|generative|language|diffusion)\s+)?"
                                r"(?:model|models|network|networks|architecture|architectures|algorithm|algorithms|framework|solver|solvers)\b")
_EDITION = re.compile(rf"(.*?[A-Za-z])[\s\-_]?{YEAR}")
_DATA_NOUN_AFTER = re.compile(r"\s+(?:data\s?sets?|databases?|corpus|corpora|benchmarks?)\b")  # "the PEA265 database"
_TASK_OF_EDITION = re.compile(TASK_AFTER_EDITION.pattern + "$")
_YEAR_AFTER = re.compile(rf"[\s\-_]?{YEAR}\b")
_CONNECTOR_WORD = re.compile(r"\s(?:on|of|in|for|and|or|the|to|with|at|by|from)\s")
_VERSIONED = re.compile(rf"(.*?[A-Za-z])\s(?:v?\d+\.\d+(?:\.\d+)?|{YEAR})")  # "MultiWOZ 2.1", "DCASE 2019"
_PLURAL_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*[A-Z]s$")
_OTHER_KIND_HEADS = frozenset("dataset datasets benchmark benchmarks corpus suite collection metric measure task problem".split())
# "(MTN) is designed to ...", "(SIFP) is proposed in this paper" (not "is proposed by Smith", "is developed in 20%")
_PASSIVE_PROPOSAL = re.compile(
    r"\)?\s+(?:is|are)\s+(?:then\s+|further\s+|also\s+|first\s+)?(?:proposed|designed|developed|introduced|devised)"
    r"(?=\s+(?:to|for|as|that|which|with|here|in this)\b|\s*[,.;])")
# "a novel SubEquivariant Transformer (SET)", "two novel ones Radial Difference LBPTOP (RDLBPTOP) and
# Angular Difference LBPTOP (ADLBPTOP)": a new name the paper brings
_NOVEL_BEFORE = re.compile(r"\b(?:novel|new)\s+(?:ones?\s+)?(?:[^.;:()]{1,60}?\([^()]{1,15}\)\s*,?\s*(?:and\s+)?)?$")
# "The proposed network, referred to as SRSCN, comprises a shape reconstruction neural network (SRNN)",
# "The core components of our architecture are the Long-skip Refinement Module (LRM) and ...": parts of ours
_OUR_PARTS_BEFORE = re.compile(
    r"(?:\b(?:[Oo]ur|[Tt]he\s+proposed)\b[^.;]{0,60}?\b(?:comprises|comprising|consists\s+of|consisting\s+of"
    r"|is\s+composed\s+of|incorporates|utilizes|contains)|\bcomponents\s+of\s+(?:our|the\s+proposed)\b[^.;]{0,40}?"
    r"\b(?:are|is|include))\b[^.;]{0,100}$")
# (but not a part taken from others: "utilizes a modified version of a recently proposed ... network (DGC-Net)")
_OTHERS_BEFORE = re.compile(r"\b(?:recently|previously|already)\s+(?:proposed|introduced|published)\b|\b(?:existing|off-the-shelf|pre-?trained)\b")
# "We do so through the introduction of a differentiable approximation bridge (DAB)": our nominal proposal
_WE_INTRODUCTION_OF = re.compile(r"\b[Ww]e\b[^.;:]{0,40}?\b(?:introduction|proposal)\s+of\s+(?:a|an)\s+(?:novel\s+|new\s+)?$")
_COMPARED_BEFORE = compared_before()
_VARIANT_SUFFIX = re.compile(r"-[A-Za-z0-9]{1,5}\+?")  # "-32B", "-f", "-sf", "-A", "-Large"
_NEXT_WORD = re.compile(r" ([a-z][a-z\-]+)")
_LOSS_AFTER = re.compile(
    rf"[\s\-](?:{cue_alternation(read_cues()['training_loss_words'])})\b"
    r"(?!\s+(?:of|is|was|=|:)?\s*[<>≤~]?\s*\d)")  # (not "an MSE loss of 0.021")
_VALUE_AFTER = re.compile(r"[^.;\d]{0,25}?\b(?:of|is|was|=|:|reaches|reached)\s*[<>≤~]?\s*\d")
_TRAINING_MEASURE = re.compile(r"divergence|distance|entropy|likelihood|loss", re.I)
_LOSS_WORD = re.compile(r"\b(?:loss|losses)\b")
_MINIMISED_BEFORE = re.compile(r"\b(?:minimi[sz]\w*)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+)?$", re.I)


def _title_head(text: str, title_end: int) -> str:
    """The lowercased part of a title before its colon ("one more step"), or ""."""
    head, colon, _ = text[:title_end].partition(":")
    return head.strip().lower() if colon else ""


def _is_title_case(phrase: str) -> bool:
    words = [w for w in phrase.split() if w.lower() not in ("of", "for", "with", "and", "the", "via", "to", "in", "on", "a")]
    return bool(words) and all(w[:1].isupper() for w in words)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _inside_words(piece: str, form: str) -> bool:
    """`piece` is some words of `form`, not all of it ("rAnked" of "Reward rAnked FineTuning")."""
    at = form.find(piece)
    while at >= 0 and piece != form:
        end = at + len(piece)
        if (at == 0 or not _word_char(form[at - 1])) and (end == len(form) or not _word_char(form[end])):
            return True
        at = form.find(piece, at + 1)
    return False


def _within(spans: list[tuple[int, int]], cand: Candidate) -> bool:
    """The candidate lies inside one of the spans."""
    return any(s <= cand.start and cand.end <= e for s, e in spans)


def rank(rule: str) -> int:
    """Priority of a rule when candidates overlap (lower wins)."""
    return _RANK.get("lexicon" if rule[0] == "l" else rule, 4)


def resolve_overlaps(candidates: list[tuple[Candidate, bool]], length: int) -> list[tuple[Candidate, bool]]:
    """Keep the best of overlapping candidates.

    Args:
        candidates: (candidate, proposed) pairs.
        length: length of the text (for the occupancy maps).

    Returns:
        The kept pairs: per kind no two overlap; a candidate of rank >= 3 (a bare pattern)
        overlaps no kept candidate of any kind, a pattern task phrase no kept method.
    """
    # a proposed copy of a span first: "we introduce SDXL" keeps the lexicon's entity, proposed
    order = sorted(candidates, key=lambda c: (rank(c[0].rule), c[0].start - c[0].end, c[0].start, not c[1]))
    taken: dict[str, bytearray] = {}
    anything = bytearray(length + 1)
    kept = []
    for cand, proposed in order:
        s, e = cand.start, cand.end
        occupied = taken.get(cand.kind)
        if occupied is None:
            occupied = taken[cand.kind] = bytearray(length + 1)
        if occupied.find(1, s, e) >= 0:
            continue
        if rank(cand.rule) >= 3 and anything.find(1, s, e) >= 0:
            continue
        if cand.rule in _TASK_PHRASE_RULES and "methods" in taken and taken["methods"].find(1, s, e) >= 0:
            continue  # "model predictive control" is a method; no task "predictive control" inside it
        occupied[s:e] = b"\x01" * (e - s)
        anything[s:e] = b"\x01" * (e - s)
        kept.append((cand, proposed))
    return kept


class EntityResolver(BatchedComponent):
    """Turns `Doc._.candidates` and `Doc._.acronyms` into entities.

    Sets:
        Doc._.entities: list of EntityRecord, one per (kind, merge key), in text order.
    """

    def __init__(self, nlp: Language, name: str = "kg_entities"):
        self.name = name
        self.heads = read_heads()
        self.not_names = read_not_names()
        cues = read_cues()
        self.max_tasks = int(cues.get("max_tasks", 4))
        self.title_only_tasks = frozenset(cues.get("title_only_tasks", ()))
        self.capital_dataset_cue = re.compile(r"\s+(?:" + "|".join(  # "Dataset", "Data Set", "Challenge"
            re.escape(" ".join(w.capitalize() for w in c.split())) for c in sorted(cues["dataset_cues"], key=len, reverse=True)) + r")\b")
        self.tool_before = re.compile(  # "using transfer learning": a tool, not the task
            r"\b(?i:" + "|".join(re.escape(c) for c in sorted(cues["task_tool_cues"], key=len, reverse=True)) +
            r")\s+(?:(?i:" + "|".join(re.escape(w) for w in cues["task_tool_fillers"]) + r")\s+){0,2}$")
        self.never_proposed = frozenset(cues.get("never_proposed", ()))
        self.method_heads = frozenset(self.heads["methods"])
        # "our (proposed) ", "the proposed " right before an acronym's long form, or our described
        # system: "Our new goal-conditioned policy architecture \"...\" (BESO)" (a noun head, no
        # activity: not "our corpus by training Statistical Machine Translation (SMT)")
        system_heads = "|".join(re.escape(h) for h in sorted(set(cues["our_heads"]) | set(cues["title_name_heads"]),
                                                              key=len, reverse=True))
        self.ours_before = re.compile(
            r"\b(?:[Oo]ur\s+(?:(?:proposed|novel|new)\s+)?"
            r"(?:(?:(?!(?:by|with|for|of|and|to|on|in)\s)[\w\-]+\s+){0,3}(?:" + system_heads + r")\s*[\"“‘']?)?"
            r"|[Tt]he\s+(?:new\s+|newly\s+)?proposed\s+)$")
        self.no_kind_heads = frozenset(self.heads["none"])
        self.modifier_heads = self.method_heads | frozenset(self.heads["tasks"])
        self.implied_tasks = read_implied_tasks()
        # (a rule of datasets and phrases: the phrases as one case-insensitive regex of whole words)
        self.implied_task_phrases = [
            re.compile(r"\b(?:" + "|".join(re.escape(p) for p in rule["phrases"]) + r")\b", re.I) if "phrases" in rule
            else None for rule in self.implied_tasks]
        if not Doc.has_extension("entities"):
            Doc.set_extension("entities", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        lexicon: dict[tuple[str, str], LexiconEntry] = get_value(doc, "lexicon_entries") or {}
        candidates: list[Candidate] = get_value(doc, "candidates") or []
        pairs: list[tuple[Candidate, bool]] = []
        acronym_aliases: dict[tuple[str, str], list[str]] = {}
        acronym_cover = bytearray(len(text) + 1)
        acronym_kinds = []
        acronyms = []
        skipped: set[str] = set()
        field_long_forms: set[str] = set()
        no_kind_forms: list[str] = []  # forms of acronyms of no kind ("Unmanned Aerial Vehicles", "UAV's")
        defined_long_forms: list[str] = []  # long forms of the acronyms of a kind
        acronym_names: dict[tuple[str, str], str] = {}
        long_names: dict[tuple[str, str], str] = {}  # (kind, key of a long form) -> the acronym's entity name
        clauses = doc.user_data.get(PROPOSAL_CLAUSES, ())
        title_end = title_end_of(text)
        title_head = _title_head(text, title_end)
        for pair in get_value(doc, "acronyms") or []:
            short_text = text[pair.short_start:pair.short_end]
            long_text = text[pair.long_start:pair.long_end]
            kind, name, proposed = self._type_acronym(text, pair, candidates, lexicon, clauses)
            if not proposed and kind == "methods" and title_head and long_text.lower() == title_head:
                proposed = True  # "One More Step: A Versatile ..." and "called One More Step (OMS)"
            if kind is None:
                # "multi-armed bandits (MABs)": a defined acronym, but of no kind we extract
                skipped.add(short_text)
                # "offline reinforcement learning (RL)" is still a task; RL alone is a field
                (field_long_forms if short_text in self.not_names else skipped).add(long_text)
                if head_word(long_text) in self.no_kind_heads:
                    # the long form and the short form's plural and possessive
                    no_kind_forms += [long_text, short_text + "'s", short_text + "s"]
                continue
            acronym_kinds.append((kind, name))
            defined_long_forms.append(long_text)
            if kind in ("methods", "datasets"):
                long_names.setdefault((kind, entity_key(kind, long_text)), name)
            if kind in ("methods", "datasets", "metrics") and name.lower() != short_text.lower() and (
                    " " in name or kind == "metrics" or (
                        "-" in name and fold(name) != fold(short_text))):
                # "Consistency Trajectory Model (CTM)": named CTM in this paper, as its authors
                # call it, and so is "Once for All (OFA)", the lexicon's Once-for-All (not "(UNet)",
                # a spelling of U-Net); the lexicon's name stays an alias and the merge key stays the lexicon's
                # (so does a metric's: "average symmetric surface distance (ASD)" is ASD here, ASSD
                # in the lexicon; a case variant, "MAP" for mAP, keeps the lexicon's name)
                acronym_names.setdefault((kind, entity_key(kind, name)), short_text)
            acronyms.append(pair)
            acronym_aliases.setdefault((kind, name), []).append(long_text)
            for s, e in ((pair.short_start, pair.short_end), (pair.long_start, pair.long_end)):
                if kind == "tasks" and s == pair.long_start and any(
                        c.kind == "tasks" and c.rule[0] == "l" and c.start <= s and e <= c.end and c.end - c.start > e - s
                        for c in candidates):
                    continue  # "offline reinforcement learning (RL)": the lexicon's longer task stays
                pairs.append((Candidate(s, e, kind, name, "acronym"), proposed))
                acronym_cover[s:e] = b"\x01" * (e - s)
        # (cheap tests first: a citation needs a year before ")", a framing "as" and "task" or "problem")
        authors = [m.span(1) for m in _CITATION.finditer(text)] \
            if (" et al" in text or " and " in text) and _YEAR_CLOSE.search(text) else []
        framings = [m.span(1) for m in _FRAMING.finditer(text, title_end)] \
            if " as " in text and ("task" in text or "problem" in text) else []
        # "the SEED, DEAP, and DREAMER datasets": a name the dataset cue lists is no lexicon method
        cue_listed = {(c.start, c.end) for c in candidates if c.rule == "pattern:dataset_cue"}
        if cue_listed:
            candidates = [c for c in candidates if not (
                c.rule[0] == "l" and c.kind == "methods" and (c.start, c.end) in cue_listed)]
        candidates = self._without_words_of_benchmark_names(text, candidates)
        lexicon_at = {(c.start, c.end, c.kind): c for c in candidates if c.rule[0] == "l"}
        lexicon_spans = {(c.start, c.end) for c in lexicon_at.values()}
        defined = {text[p.short_start:p.short_end]: k for (k, _), p in zip(acronym_kinds, acronyms)}
        # "we propose ETT, an end-to-end vision tokenizer tuning approach": a new method of that
        # name, not the lexicon's ETT dataset, wherever the abstract says ETT
        renamed = {text[c.start:c.end] for c in candidates if c.rule == "pattern:propose"
                   and (c.start, c.end) in lexicon_spans and (c.start, c.end, c.kind) not in lexicon_at
                   and self._described_as_method(text, c.end)}
        for c in candidates:
            is_lexicon = c.rule[0] == "l"  # "lexicon:..."
            if renamed and text[c.start:c.end] in renamed:
                if is_lexicon and c.kind != "methods":
                    continue
                if c.rule == "pattern:propose":
                    pairs.append((c, True))
                    continue
            if acronyms:
                if not is_lexicon and (acronym_cover.find(1, c.start, c.end) >= 0 or (
                        rank(c.rule) >= 3 and text[c.start:c.end] in defined)):
                    continue  # the acronym's entity takes this mention
                if is_lexicon and defined.get(text[c.start:c.end], c.kind) != c.kind:
                    continue  # the abstract defines this acronym as something else
            if c.kind == "tasks" and _within(framings, c):
                continue  # "we view reverse engineering as a machine translation task": a framing, not the task
            if not is_lexicon and _within(authors, c):
                continue  # "the MNIST dataset (LeCun, Cortes, and Burges, 2010)": a citation's authors
            if not is_lexicon and c.kind != "metrics" and _VARIABLE.fullmatch(text, c.start, c.end):
                continue  # "a $O(\log \rho)$ approximation", "(N=400)", "$W_1 * x$": a variable, no name
            if skipped and text[c.start:c.end] in skipped and (is_lexicon or rank(c.rule) >= 3):
                continue  # "autoregressive (AR)" is not the metric AR
            if no_kind_forms and not is_lexicon and rank(c.rule) >= 3 and any(
                    text[c.start:c.end] in form for form in no_kind_forms):
                continue  # "Aerial Vehicles" of "Unmanned Aerial Vehicles (UAVs)" names no method either
            if defined_long_forms and not is_lexicon and rank(c.rule) >= 5 and c.start < title_end and any(
                    _inside_words(text[c.start:c.end], form) for form in defined_long_forms):
                continue  # "rAnked FineTuning" in a title: words of "Reward rAnked FineTuning (RAFT)"
            if field_long_forms and not (is_lexicon and c.kind == "tasks") and self._in_field_form(
                    text[c.start:c.end], field_long_forms, is_lexicon, rank(c.rule), c.kind):
                continue  # "machine learning (ML)": no method, nor "Light Detection" of its "(LiDAR)"
            if c.kind == "metrics" and (c.end - c.start <= 4 if is_lexicon else c.rule == "pattern:metric_phrase") \
                    and self._used_as_modifier(text, c):
                continue  # "the AR generation process", "image AR models": AR is not average recall here
            if c.kind == "metrics" and is_lexicon and self._trained_on(text, c, lexicon):
                continue  # "a KL divergence loss", "minimizing the Wasserstein distance": trained, not measured
            proposed = c.rule in PROPOSED_RULES
            long_name = None
            if long_names and not is_lexicon:
                long_name = long_names.get((c.kind, entity_key(c.kind, text[c.start:c.end])))
            if long_name:
                # "Generative Adversarial Classifier for ..." in a title, "... Classifier (GAC)" later: GAC
                c = c._replace(name=long_name)
            if proposed and (c.start, c.end, c.kind) in lexicon_at:
                # "we present rectified flow": the lexicon's entity, proposed here
                c = lexicon_at[(c.start, c.end, c.kind)]
            elif not is_lexicon and (c.start, c.end) in lexicon_spans:
                continue  # "we also introduce the MSE between ...": the lexicon's metric, not a new method
            pairs.append((c, proposed))

        records: dict[tuple[str, str], EntityRecord] = {}
        resolved = resolve_overlaps(pairs, len(text))
        # the versions written after lexicon methods: "v1-5" of "Stable Diffusion v1-5" is no name of its own
        versions = [(c.end, q.end()) for c, _ in resolved if c.kind == "methods" and c.rule.startswith("lexicon:")
                    for q in [_VERSION.match(text, c.end)] if q]
        for cand, proposed in resolved:
            kind, name, rule = cand.kind, cand.name, cand.rule
            start, end = cand.start, cand.end
            if not rule.startswith("lexicon:") and any(s <= start and end <= e for s, e in versions):
                continue
            if kind == "datasets":
                # keep "ImageNet 256x256" as the mention while the entity stays "ImageNet"
                if not rule.startswith("lexicon:"):
                    name = _TRAILING_QUALIFIER.sub("", name) or name
                q = _QUALIFIER.match(text, end)
                if q:
                    end = q.end()
            elif kind == "methods" and rule.startswith("lexicon:"):
                q = _VERSION.match(text, end)
                if q:
                    end = q.end()
            if kind != "datasets" and not rule.startswith("lexicon:") and _PLURAL_ACRONYM.match(name):
                name = name[:-1]  # "the GMs and the IMs": the entity GM, named in the singular
            key = entity_key(kind, name)
            if not key:  # no letter or digit: punctuation is not a name
                continue
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
            if entry is None and (cand.start, cand.end, kind) in lexicon_at:
                entry = lexicon.get((kind, lexicon_at[(cand.start, cand.end, kind)].name))  # an acronym's long form
            if entry is not None:
                if entry.higher_is_better is not None:
                    rec.higher_is_better = entry.higher_is_better
                rec.lexicon_aliases = (entry.name,) + entry.aliases  # kept through a rename to the acronym
            for alias in acronym_aliases.get((kind, name), ()):
                if alias not in rec.aliases and alias != rec.name:
                    rec.aliases.append(alias)
        self._one_kind_per_name(text, records)
        self._merge_editions(records)
        self._merge_into_edition_tasks(text, records)
        self._propagate(text, records)
        for rec in records.values():
            if rec.proposed and rec.kind == "methods" and rec.name.lower() in self.never_proposed:
                rec.proposed = False  # "we designed a convolutional neural network (CNN)": a CNN, not CNN
            short = acronym_names.get((rec.kind, rec.key))
            if short is not None and short != rec.name:
                if len(short) > 2 and short.endswith("s") and short[-2].isupper():
                    short = short[:-1]  # "LLMs" -> "LLM": names are singular
                rec.aliases = [rec.name] + [a for a in rec.aliases if a != short and a != rec.name]
                rec.name = short
            rec.mentions.sort()
            seen = {rec.name}
            for start, end, _ in rec.mentions:
                surface = text[start:end]
                if surface in seen:
                    continue
                seen.add(surface)
                if surface not in rec.aliases and entity_key(rec.kind, surface) != rec.key:
                    rec.aliases.append(surface)
            # the lexicon entry's other forms (all of the entity's key: the lexicon merges them)
            rec.aliases.extend(a for a in rec.lexicon_aliases if a != rec.name and a not in rec.aliases)
            if rec.kind == "datasets":
                # "the Active Vision Dataset", "the Siemens Innovation Challenge": a capitalised cue
                # word is part of the name as written, an alias (the entity keeps the bare name)
                for start, end, _ in rec.mentions:
                    cue = self.capital_dataset_cue.match(text, end)
                    if cue and (full := text[start:cue.end()]) not in rec.aliases and full != rec.name:
                        rec.aliases.append(full)
        self._proposed_variants(text, records)
        lexicon_tasks = [(c.start, c.end) for c in candidates if c.kind == "tasks" and c.rule[0] == "l"]
        self._select_tasks(text, records, lexicon_tasks)
        self._add_implied_tasks(text, records, lexicon)
        set_value(doc, "entities", sorted(records.values(), key=lambda r: r.mentions[0][0]))
        return doc

    def _select_tasks(self, text: str, records: dict[tuple[str, str], EntityRecord],
                      lexicon_tasks: list[tuple[int, int]] = ()) -> None:
        # An abstract names many activities; the tasks a paper addresses are the few named in
        # its title, repeated, or stated first. Keep the best `max_tasks` by that score.
        tasks = [r for r in records.values() if r.kind == "tasks"]
        title_end = text.find("\n\n", 0, 400)
        for rec in tasks:
            if rec.source in _TASK_PHRASE_RULES:
                # "for GPR Landmine Classification" -> "GPR landmine classification", "Text-to-SQL
                # Parsing" -> "text-to-SQL parsing"; a title in capitals is lowercased throughout
                rec.name = rec.name.lower() if rec.name.isupper() else " ".join(
                    "-".join(p if _INNER_CAPITAL.search(p) else p.lower() for p in w.split("-"))
                    for w in rec.name.split())
        first_sentence_end = text.find(". ", max(title_end, 0))
        second_sentence_end = text.find(". ", first_sentence_end + 1) if first_sentence_end >= 0 else -1
        # an abstract of one or two sentences is all early
        first_sentence_end = len(text) if first_sentence_end < 0 else first_sentence_end
        second_sentence_end = len(text) if second_sentence_end < 0 else second_sentence_end
        for rec in list(tasks):
            # broad paradigms ("reinforcement learning") are the task only when the title says so,
            # or the abstract opens with one and comes back to it after its first sentence (an
            # acronym's definition, "Reinforcement learning (RL) is ...", is said once)
            s = rec.mentions[0][0]
            if rec.name.lower() in self.title_only_tasks and not (0 < title_end and s < title_end) \
                    and not (s < first_sentence_end and any(m[0] > first_sentence_end for m in rec.mentions)):
                del records[(rec.kind, rec.key)]
                tasks.remove(rec)
        for rec in list(tasks):
            # "we used transfer learning from ImageNet", "via Transfer Learning": a tool, when every
            # mention follows a cue of use ("using", "via", "employ", ...), not a task addressed
            if all(self.tool_before.search(text, max(0, s - 40), s) for s, _, _ in rec.mentions):
                del records[(rec.kind, rec.key)]
                tasks.remove(rec)
        for rec in list(tasks):
            # a phrase no lexicon knows must be in the title, said twice, or said early
            # (a phrase around a lexicon task, "long-term human video generation", is as sure as it)
            s, e = rec.mentions[0][:2]
            # (or named as a task: "Experimental results for the task of object recognition")
            if rec.source == "pattern:task_phrase" and len(rec.mentions) < 2 and not (
                    0 < title_end and s < title_end) and s > second_sentence_end and not any(
                    s <= ls and le <= e for ls, le in lexicon_tasks) and \
                    not _NAMED_AS_TASK.search(text, max(0, s - 40), s):
                del records[(rec.kind, rec.key)]
                tasks.remove(rec)
        if len(tasks) <= self.max_tasks:
            return

        def score(rec: EntityRecord) -> tuple:
            in_title = title_end > 0 and rec.mentions[0][0] < title_end
            early = rec.mentions[0][0] < first_sentence_end
            return (-(3 * in_title + len(rec.mentions) + early), rec.mentions[0][0])

        for rec in sorted(tasks, key=score)[self.max_tasks:]:
            del records[(rec.kind, rec.key)]

    def _add_implied_tasks(self, text: str, records: dict[tuple[str, str], EntityRecord],
                           lexicon: dict[tuple[str, str], LexiconEntry]) -> None:
        # "FID on CIFAR-10" with no generation task named: the paper addresses image generation;
        # "classification accuracy" on CIFAR-10: image classification
        tasks = [r.name.lower() for r in records.values() if r.kind == "tasks"]
        if len(tasks) >= self.max_tasks:
            return
        domains = {e.domain for (kind, _), e in lexicon.items() if kind == "datasets"}
        datasets = {r.name for r in records.values() if r.kind == "datasets"}
        metrics = {r.name: r for r in records.values() if r.kind == "metrics"}
        for rule, phrases in zip(self.implied_tasks, self.implied_task_phrases):
            if any(word in task for task in tasks for word in rule["unless_task_words"]):
                continue
            if phrases is None:
                metric = next((metrics[m] for m in rule["metrics"] if m in metrics), None)
                if metric is None or not domains & set(rule["dataset_domains"]):
                    continue
                start, end, _ = metric.mentions[0]
            else:
                said = phrases.search(text) if datasets & set(rule["datasets"]) else None
                if said is None:
                    continue
                start, end = said.span()
            key = entity_key("tasks", rule["task"])
            if ("tasks", key) not in records:
                records[("tasks", key)] = EntityRecord(
                    kind="tasks", name=rule["task"], key=key, mentions=[(start, end, f"implied:{rule['task']}")],
                    source="implied_tasks.json")
                tasks.append(rule["task"])

    @staticmethod
    def _in_field_form(mention: str, field_long_forms: set[str], is_lexicon: bool, rule_rank: int, kind: str) -> bool:
        """The mention is the long form of an acronym that names no entity (`not_names.txt`), or a
        pattern's method or dataset that is a piece of one or one with a modifier ("fixed-wing
        Unmanned Aerial Vehicle")."""
        if mention in field_long_forms:
            return is_lexicon or rule_rank >= 3
        return not is_lexicon and rule_rank >= 3 and kind != "tasks" and any(
            mention in form or form in mention for form in field_long_forms)

    @staticmethod
    def _trained_on(text: str, c: Candidate, lexicon) -> bool:
        """A lexicon measure named as a training loss or objective; "accuracy loss" is a drop."""
        entry = lexicon.get((c.kind, c.name))
        if (entry is not None and entry.higher_is_better) or _VALUE_AFTER.match(text, c.end):
            return False  # (nor "an MSE loss of 0.021": a reported value)
        # (a mention "cross entropy loss" of the metric cross-entropy; "test loss" is a metric's own name)
        named_loss = _LOSS_WORD.search(text, c.start, c.end) and not _LOSS_WORD.search(c.name)
        # one minimises a divergence to train; "minimizes the latency by 35%" reports a result
        minimised = _TRAINING_MEASURE.search(c.name) and _MINIMISED_BEFORE.search(text, max(0, c.start - 30), c.start)
        return bool(_LOSS_AFTER.match(text, c.end) or named_loss or minimised)

    def _used_as_modifier(self, text: str, c: Candidate) -> bool:
        # a short metric acronym followed by a method or task head word names something else
        last = text[c.start:c.end].rsplit(" ", 1)[-1]
        if not (last.isupper() and len(last) <= 4):
            return False
        m = _NEXT_WORD.match(text, c.end)
        if not m:
            return False
        word = m.group(1).lower()
        word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        return word in self.modifier_heads

    def _described_as_method(self, text: str, end: int) -> bool:
        # "ETT, an end-to-end vision tokenizer tuning approach" (not "WINOGRANDE, a large-scale dataset")
        m = _APPOSITION_AFTER.match(text, end)
        words = re.findall(r"[a-z\-]+", m.group(1)) if m else ()
        return any(w in self.method_heads for w in words) and not any(w in _OTHER_KIND_HEADS for w in words)

    @staticmethod
    def _lexicon_agrees(cand: Candidate, long_text: str, lexicon) -> bool:
        # the long form is one of the entry's, or words it shares with one outnumber the others
        # ("minimum tandem cost detection function (min-t-DCF)" for "tandem detection cost function")
        entry = lexicon.get((cand.kind, cand.name))
        if entry is None or len(entry.forms) == 1:
            return True
        if entity_key(cand.kind, long_text) in {entity_key(cand.kind, f) for f in entry.forms}:
            return True
        words = set(_WORDS.findall(long_text.lower()))
        for form in entry.forms:
            form_words = set(_WORDS.findall(form.lower()))
            if len(form_words) > 1 and len(words & form_words) >= 0.6 * len(words | form_words):
                return True
        return False

    def _type_acronym(self, text: str, pair, candidates: list[Candidate], lexicon, clauses=()) -> tuple[str, str, bool]:
        lo = min(pair.short_start, pair.long_start)
        hi = max(pair.short_end, pair.long_end)
        short = (pair.short_start, pair.short_end)
        long = (pair.long_start, pair.long_end)
        candidates = [c for c in candidates if c.start < hi and lo < c.end]  # only those nearby
        proposed = any(c.rule in PROPOSED_RULES for c in candidates)
        known = any(c.rule[0] == "l" and (c.start, c.end) in (short, long) for c in candidates)
        in_clause = False  # proposed only because the proposal's clause defines it
        if not proposed and not known and (any(s <= lo < e for s, e in clauses) or
                                           self.ours_before.search(text, max(0, lo - 80), lo)):
            # "we introduce MAR-3D, which integrates ... (Cascaded MAR)": a new name of the proposal;
            # "our Shortest Path Diffusion (SPD)", "our proposed <name> (ACR)"
            proposed = in_clause = True
        if not proposed and not known and (_PASSIVE_PROPOSAL.match(text, hi) or
                                           _WE_INTRODUCTION_OF.search(text, max(0, lo - 80), lo) or
                                           _NOVEL_BEFORE.search(text, max(0, lo - 90), lo) or
                                           _OUR_PARTS_BEFORE.search(text, max(0, lo - 200), lo)) and \
                not _OTHERS_BEFORE.search(text, max(0, lo - 40), lo):
            proposed = True  # "An end-to-end multi-task network (MTN) is designed to ..."
        long_key = entity_key("methods", text[long[0]:long[1]])
        for c in candidates:
            if c.rule.startswith("lexicon:") and (c.start, c.end) in (short, long):
                if (c.start, c.end) == short and not self._lexicon_agrees(c, text[long[0]:long[1]], lexicon):
                    continue  # "MSD" defined as Multi-Student Distillation is not the Million Song Dataset
                return c.kind, c.name, proposed
        if text[short[0]:short[1]] in self.not_names:
            return None, text[short[0]:short[1]], proposed  # "natural language processing (NLP)": a field
        if not proposed and head_word(text[long[0]:long[1]]) in self.no_kind_heads and not _DATASET_AFTER.match(text, hi):
            # "Food and Drug Administration (FDA)" (but "human mamma carcinoma (HMC) dataset" is data)
            return None, text[short[0]:short[1]], proposed
        kind = None
        for c in candidates:
            # the lexicon knows the long form's ending ("... stable diffusion models")
            if c.rule.startswith("lexicon:") and c.end == long[1] and c.start >= long[0]:
                kind = c.kind
                break
        if kind == "tasks" and proposed and not _TASK_BEFORE.search(text, max(0, lo - 40), lo) \
                and not _TASK_AFTER.match(text, hi):
            # "we present Self-Play Preference Optimization (SPO)": a method, not the task; but
            # "a framework for hyperspectral image change detection (HSI-CD)" names the task
            kind = None
        if kind is None:
            long_text = text[long[0]:long[1]]
            if _DATASET_BEFORE.search(text, max(0, lo - 40), lo) or _DATASET_AFTER.match(text, hi):
                # "a novel benchmark, Erase Concept Generator and Visual Filter (ECGVF)", "a much
                # larger drug-target interaction extraction (DTIE) dataset"
                return "datasets", text[short[0]:short[1]], proposed
            kind = kind_of_phrase(long_text, self.heads)
            if in_clause and kind is None and _PLAIN_WORDS.fullmatch(long_text) and \
                    not _NAMING_BEFORE.search(text, max(0, lo - 12), lo) and \
                    not any(s <= lo and _OBJECT_GAP.fullmatch(text, s, lo) for s, _ in clauses):
                # "segmentation of ... into white matter (WM), gray matter (GM)": a definition in the
                # proposal's sentence of up to three plain words of no kind names no method (unless
                # the paper calls its proposal so, "called fast registration (FR)", or proposes it
                # right away, "we propose learning from play (LfP)")
                proposed = False
            for c in candidates:
                if c.rule in ("pattern:dataset_cue", "pattern:on_name") and (c.start, c.end) in (short, long):
                    kind = "datasets"
            if proposed and (kind not in ("datasets", "metrics") or head_word(long_text) == "loss"):
                # "Coverage-centric Coreset Selection (CCS)", "a novel components loss (CL)",
                # proposed: a method (a training objective); a proposed "... score" stays a metric
                kind = "methods"
            head_after = _METHOD_HEAD_AFTER.match(text, hi)
            if head_after and (kind is None or (kind == "tasks" and not head_after.group(0).endswith("s"))):
                # "ordinary differential equation (ODE) models"; "the Advanced 3D Camera Control (AC3D)
                # architecture": one method, whatever its long form ends in (but "acoustic event
                # detection (AED) models" are models for the task)
                kind = "methods"
            if kind is None and not proposed and _METRIC_HEAD_AFTER.match(text, hi):
                kind = "metrics"  # "optimal sub-pattern assignment (OSPA) errors"
            elif kind == "tasks" and not proposed and _METRIC_WORD_AFTER.match(text, hi):
                kind = "metrics"  # "the correct localization (CorLoc) measure" (not "object detection (OD) accuracy")
            if kind is None and (proposed or _is_title_case(long_text) or any(
                    c.kind == "methods" and c.rule.startswith("lexicon:") and long[0] <= c.start and c.end <= long[1]
                    for c in candidates)):
                # "Hierarchical Temporal Mamba (HTM)": a proper name, or one built on a known method
                kind = "methods"
        return kind, text[short[0]:short[1]], proposed

    @staticmethod
    def _one_kind_per_name(text: str, records: dict[tuple[str, str], EntityRecord]) -> None:
        # "a labelled eyeblink dataset (i.e., HUST-LEBW) ... The experiments on HUST-LEBW": a name
        # a cue makes a dataset is that dataset where only its look made it a method candidate
        # (and "MinAtar: An Atari-inspired Testbed ... We introduce MinAtar": the title says what
        # the paper introduces)
        cue_datasets = [r for (kind, _), r in records.items() if kind == "datasets" and " " in r.name and any(
            rule in _DATASET_CUE_RULES for _, _, rule in r.mentions)]
        for (kind, key), rec in list(records.items()):
            if kind != "methods":
                continue
            dataset = records.get(("datasets", entity_key("datasets", rec.name)))
            if dataset is None:
                # "trained using ISI Bengali handwritten numeral dataset ... test data of ISI Bengali
                # handwritten numerals": the start of a cue's dataset name
                dataset = next((d for d in cue_datasets if d.name.startswith(rec.name + " ")), None)
            if dataset is None:
                edition = _VERSIONED.fullmatch(rec.name)
                base = edition and records.get(("datasets", entity_key("datasets", edition.group(1))))
                if base and all(r in _INTRODUCED_OR_TITLE_RULES for _, _, r in rec.mentions):
                    # "MultiWOZ 2.1: ...", "we present our system for DCASE 2019": a version or a
                    # year's edition of a dataset the paper names is data, not a proposed method
                    del records[(kind, key)]
                    rec.kind, rec.key, rec.proposed = "datasets", entity_key("datasets", rec.name), False
                    same = records.setdefault(("datasets", rec.key), rec)
                    if same is not rec:
                        same.mentions.extend(rec.mentions)
                continue
            introduced = any(r == "pattern:title_dataset" for _, _, r in dataset.mentions) and all(
                r in _INTRODUCED_NAME_RULES for _, _, r in rec.mentions)
            # ("MultiWOZ 2.1: Multi-Domain Dialogue State Corrections ... this new MultiWOZ 2.1
            # dataset": a title's name the abstract calls a dataset)
            introduced = introduced or any(r == "pattern:dataset_cue" and _DATA_NOUN_AFTER.match(text, e)
                                           for _, e, r in dataset.mentions) and all(
                r in _INTRODUCED_OR_TITLE_RULES for _, _, r in rec.mentions)
            if not introduced and (rec.proposed or any(rank(r) < _WEAK_NAME_RANK for _, _, r in rec.mentions)):
                continue
            if any(r in _DATASET_CUE_RULES or r == "pattern:benchmark_name" or r.startswith("lexicon:")
                   for _, _, r in dataset.mentions):
                # (not a dataset of "on X" alone: "based on VoxResNet")
                dataset.mentions.extend(rec.mentions)
                del records[(kind, key)]

    @staticmethod
    def _without_words_of_benchmark_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates minus the lexicon's inside a benchmark's longer name. "NIST SRE 2016", "SemEval-2019
        Task 3": an edition named around a lexicon word (the metric NIST; SemEval, whose one task it is) is
        that benchmark, and so is a lexicon dataset's name around another entry's ("NIST" of the lexicon's
        "NIST SRE"). A plain edition, "DCASE 2019", stays its lexicon dataset's mention; a run joined by a
        connector, "0.303 EAO on VOT2019", is no name."""
        names = [(c.start, c.end, bool(EDITION_TASK.search(text, c.start, c.end))) for c in candidates
                 if (c.rule == "pattern:benchmark_name" and not _CONNECTOR_WORD.search(text, c.start, c.end))
                 or (c.kind == "datasets" and c.rule[0] == "l" and " " in text[c.start:c.end])]
        if not names:
            return candidates
        return [c for c in candidates if not (c.rule[0] == "l" and any(
            s <= c.start and c.end <= e and (s, e) != (c.start, c.end) and (
                c.kind in ("metrics", "methods") or (task and c.kind == "datasets"))
            for s, e, task in names))]

    @staticmethod
    def _merge_into_edition_tasks(text: str, records: dict[tuple[str, str], EntityRecord]) -> None:
        # "SemEval-2019 Task 3" and, later, "SemEval 2019" or "SemEval" alone: the paper's one task of that
        # edition (of that benchmark)
        tasks = {}
        for rec in records.values():
            if rec.kind == "datasets" and EDITION_TASK.search(rec.name):
                edition = _TASK_OF_EDITION.sub("", rec.name)
                for form in (edition, _EDITION.fullmatch(edition).group(1)):
                    tasks.setdefault(entity_key("datasets", form), []).append(rec)
        tasks = {form: recs[0] for form, recs in tasks.items() if len(recs) == 1}
        if not tasks:
            return
        for (kind, key), rec in list(records.items()):
            if rec in tasks.values() or not (kind == "datasets" or (
                    kind == "methods" and rec.source.startswith("pattern:") and not rec.proposed)):
                continue  # (a name pattern's "method": "UDPipe at SIGMORPHON 2019: ..." in a title)
            # (the mention of a lexicon dataset stops before its year: "SemEval" of "SemEval 2019")
            editions = {m: entity_key("datasets", text[m[0]:m[1]] + (year.group(0) if year else ""))
                        for m in rec.mentions for year in [_YEAR_AFTER.match(text, m[1])]}
            moved = [m for m in rec.mentions if editions[m] in tasks]
            for m in moved:
                tasks[editions[m]].mentions.append(m)
            rec.mentions = [m for m in rec.mentions if m not in moved]
            if not rec.mentions:
                del records[(kind, key)]

    @staticmethod
    def _merge_editions(records: dict[tuple[str, str], EntityRecord]) -> None:
        # "BraTS2018" beside BraTS, "VOT 2016" beside VOT: a year's edition of a dataset the paper
        # names is a mention of it (editions the lexicon lists, "CoNLL-2003", stay themselves)
        for (kind, key), rec in list(records.items()):
            if kind != "datasets" or rec.source.startswith("lexicon:"):
                continue
            edition = _EDITION.fullmatch(rec.name)
            base = edition and records.get(("datasets", entity_key("datasets", edition.group(1))))
            if base and base is not rec:
                base.mentions.extend(rec.mentions)
                base.proposed = base.proposed or rec.proposed
                del records[(kind, key)]

    @staticmethod
    def _proposed_variants(text: str, records) -> None:
        """A proposed method's variants are proposed too: "OREAL-32B" of OREAL, "HiGRU-sf" of HiGRU
        (a hyphen and a short suffix after the proposed name); not a method the lexicon knows
        ("ST-GCN" after a proposed ST) nor one the abstract compares with ("beats DAN-MMD")."""
        proposed = [r.name for r in records.values() if r.kind == "methods" and r.proposed]
        if not proposed:
            return
        for rec in records.values():
            if rec.kind != "methods" or rec.proposed or rec.lexicon_aliases or not any(
                    _VARIANT_SUFFIX.fullmatch(rec.name, len(name)) and rec.name.startswith(name) for name in proposed):
                continue
            if not any(_COMPARED_BEFORE.search(text, max(0, start - 60), start) for start, _, _ in rec.mentions):
                rec.proposed = True

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
            # longest form first ("Lambek's" before "Lambek"), in a fixed order: a set's order
            # changes with the hash seed, and so would the mentions
            forms = sorted({text[s:e] for s, e, _ in rec.mentions if e - s >= 2}, key=lambda f: (-len(f), f))
            for form in forms:
                for start in occurrences(text, form):
                    end = start + len(form)
                    if covered.find(1, start, end) >= 0:
                        continue
                    rec.mentions.append((start, end, "pattern:repeat"))
                    covered[start:end] = b"\x01" * (end - start)


def occurrences(text: str, form: str):
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
