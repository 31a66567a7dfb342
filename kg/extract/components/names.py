"""Names no lexicon knows: proposed methods, named datasets, and name-like words.

Name pieces come from the tokens: a token is name-like when a lexeme flag says so (capitals
after its first character: "DiT", "MuZero", "FID"; letters mixed with digits: "Argus3D",
"GSM8k"; computed once per vocabulary entry), or Title Case. A piece is the whole word around
such a token ("LLaMA-3-8B", "U-Net"), and a run of capitalised words, with "of/for/with/..."
inside, is one piece ("Planning with Dual Value Networks"). Cue words are found by a spaCy
Matcher; the rules then look at the pieces near each cue. Each candidate's `id_` names its rule:

- pattern:propose: "we propose/introduce/present ... X": the first piece of the clause, or
  "X, a ..." right after the verb, and a name set off by commas after the head the first one
  qualifies ("a simple SnapshotRL baseline algorithm, S3RL, which"); the past tense too ("we
  developed PlexusNet"), but not an earlier work's ("as we presented in ..."); "we create X, a
  new dataset ..." names a dataset (pattern:dataset_cue);
- pattern:called_proposed / pattern:called: "called/named/termed/dubbed X"; the noun before the
  cue decides the kind ("a dataset, termed Objaverse-Mix"); a proposal when the sentence speaks
  of "we/our" and not of "recent/existing" work; "we refer to as X" proposes only a name (a
  capitalised one, or a long form with the acronym it defines), not a concept ("a situation we
  refer to as mesa-optimization") or a problem ("a simpler problem we refer to as SparseCCE");
- pattern:title / pattern:title_dataset: a title "X: ..." proposes X (or names a dataset for
  "X: A Benchmark for ..."); X is a name-like word or up to three words with one, or up to five
  capitalised words ending in a model's head word (cues.json: title_name_heads), and not a
  meeting or a contest of two things ("DPO Meets PPO: ...", "X Versus Y: ..."; title_relation_words);
- pattern:title_model: a title that opens with two to five such capitalised words before "for",
  "with", "via", ... proposes them ("Hybrid Residual Attention Network for Single Image Super
  Resolution"), unless the lexicon knows them ("Generative Adversarial Network for ..."), an article
  opens them ("A Deep Neural Network for ...") or a word is a gerund or "-based";
- pattern:our_x: "our X framework/model/method" proposes X, and so do "the proposed X model",
  "the proposed method, X," and "our/the proposed" before a name-like word no lexicon knows,
  also after a described head ("our proposed deep network DUBLID"; not "our previously presented
  method GONet");
- pattern:dataset_cue: names before "dataset(s)/benchmark(s)/corpus/suite", lists included
  (never after a title's colon), and one name-like word or a quoted name right after a singular
  cue ("dataset INbreast", "a new dataset 'Hishab'");
- pattern:on_name: a name-like piece after "on/across" in a sentence that reports numbers, and
  the names listed after it ("on DAVIS and FBMS");
- pattern:benchmark_name: a name built like a benchmark ("DPG-Bench", "AlpacaEval", "Bridgedata"),
  or ending in a year ("DCASE 2019", "BraTS2018": a challenge's or benchmark's edition), with the
  task of that edition after it ("SemEval-2019 Task 3", "CoNLL 2018 Shared Task": a benchmark of its own);
- pattern:threshold_metric: average precision or recall at a threshold the lexicon does not list
  ("AP90", "mAP60", "AR100"): a metric, not a method;
- pattern:name_word / pattern:title_case: any other name-like piece, or run of two or more
  capitalised words not at a sentence start whose head (the word before a connector: "Engine for
  Edge-computing") is a method's (heads.json: methods, method_runs; cues.json: our_heads), is a
  method candidate that lexicon and acronym evidence outrank ("Google Room Simulator"; not
  "University of Chicago", "Lung Cancer", "Tesla Model S");
- pattern:task_phrase: up to three modifiers before a task head word ("text-conditioned video
  prediction", "regret minimization"; patterns/heads.json); a second head after "and" takes the
  first one's modifiers ("action classification and detection" -> also "action detection");
- pattern:metric_phrase: a lexicon metric with the nouns that qualify it ("single-step accuracy",
  "search success rate"), or "<noun>ness/ion rate|score|accuracy" ("harmlessness rate").
- pattern:metric_cue: the items of a list after "in terms of" / "measured by" in a sentence that
  evaluates something ("outperforms X in terms of hypervolume, expected utility, and sparsity"),
  minus generic words and qualities (cues.json: not_measures), tasks and gerunds; a verb ends the
  list (", compared with", "and suggests"), and kinds of one evaluation are none ("in terms of both
  automatic and human evaluations");
- pattern:metric_change: a measure a verb changes ("lower dynamics error", "reduces the inference
  time"; cues.json: metric_change_verbs, metric_change_heads).
Tasks also come from a title's "for X" / "Towards X" phrase when a task word ends it
(pattern:task_phrase; cues.json: title_task_heads, and title_qualified_task_heads after a word that
is no kind of study: "for histologic image analysis", not "for Computational Analysis of ..."; a
verb's gerund or an adverb's quality before the task is cut: "for Improving ...", cues.json:
title_verb_gerunds) or, in two or three words, an action noun in -ing/-tion/-sion ("Deep Frame
Prediction for Video Coding" -> "video coding"; pattern:title_action),
and from a title that opens with a task gerund, or has one after "for": "Detecting Toxicity in News
Articles" -> "toxicity detection", "... for Detecting Depression" (pattern:title_gerund;
cues.json: title_gerund_tasks), or names one by its noun: "Automated Segmentation of Lesions in
Ultrasound" -> "lesion segmentation" (pattern:title_nominal; the same nouns).
"""

from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left
from importlib import resources
from typing import NamedTuple, Sequence

import numpy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.components.batching import BatchedComponent
from kg.extract.components.doc_values import get_value
from kg.extract.components.candidates import Candidate, add_candidates, register_candidates, token_offsets
from kg.extract.components.phrases import add_phrases
from kg.extract.components.sentences import sentence_offsets
from kg.extract.components.text import doc_text


# Doc.user_data key: (start, end) of the text after each "we propose/introduce/..." cue
PROPOSAL_CLAUSES = "kg_proposal_clauses"
# Doc.user_data key: (start, end) of each measure a verb changes ("lower dynamics error"); a weak
# metric said so ("reduces the inference time") is a metric even without a number
CHANGED_MEASURES = "kg_changed_measures"
PROPOSED_RULES = frozenset({"pattern:propose", "pattern:called_proposed", "pattern:title", "pattern:title_model",
                            "pattern:our_x"})

# a dimension written before a name: "3DBGrowth", "3D-SGRL"
_DIMENSION_PREFIX = re.compile(r"(?:[1-4]D-?)+")  # "3D-", "3D-2D-"
# Capitals after the first character, letters with digits (a leading number only as a dimension
# before a name: "30B", "3D" and "64x64" are sizes), or a "++"/"*" suffix.
_NAME_LIKE = re.compile(r"(?:[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[A-Z][A-Za-z0-9]*|[A-Za-z]+\d[A-Za-z0-9]*)\+{0,2}|[A-Za-z]+\+\+")  # "SiamFC+"
_WORD_TAIL = re.compile(r"(?:[\w\-+*']|\.(?=\d))*")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_+*")
_DASH_THEN_LOWER = re.compile(r"-{2,}(?=[a-z])")
_VERSION = re.compile(r" v?\d+(?:\.\d)?[BMK]?\b(?![.,]?\d|\s?\\?%)")  # "UDPipe 2.0", not "SD 2.90%", "CC 0.963"
# a proposal's clause ends where its description starts: "X, which", "a network consisting of a VAE",
# "present this preorder as a Hasse diagram"
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|\s(?:which|that|to|by|for|where|while|whose|in order|with the|consisting of|composed of|comprising|based on|built on|using|leveraging|as an?|as the)\s|\s+\((?:e\.g|i\.e)|\s-{1,2}\s")
_APPOSITIVE = re.compile(r"\s*((?!\w+ing\s)(?:[a-z]+(?:-[a-z]+)*\s+){0,3}[a-z]+(?:-[a-z]+)*)(?:,\s+(?:a|an|the first|which|that)|\s+as\s+(?:a|an|the))\s")
_NAMED_TERM = re.compile(r"[Nn]amed\s+entit")
_LOWER_NAME_AFTER_CUE = re.compile(r"(?:the\s+)?((?:[a-z]+(?:-[a-z]+)*\s+){0,2}[a-z]+(?:-[a-z]+)*)(?=\s*[,.;:()\"”'’]|\s+(?:which|that|and|to|for|in|as)\b)")
_GENERIC_START = frozenset({"a", "an", "the", "this", "these", "our", "new", "novel", "simple", "method", "approach", "framework", "model", "technique", "training", "two", "three", "several", "various", "multiple"})
_EXAMPLES_BEFORE = re.compile(r"\b(?:such as|for example|including|existing|previous)\b|\be\.g\.")
# "we construct a Danish dataset containing comments from Reddit": the name is the data's source
_DATA_SOURCE_BEFORE = re.compile(r"\b(?:dataset|corpus|collection|benchmark)\s+(?:[\w\-]+\s+){0,4}?(?:from|of|collected|crawled|scraped)\s+(?:(?!(?:and|or|the|a|an|with|our)\b)[\w\-]+\s+){0,3}\S*$")
_NOT_PROPOSAL_CONTEXT = re.compile(
    r"\b(?:recent|existing|previous|prior|popular|well-known|standard|classic|so-called|widely used|widely-used)\b"
    r"|\bthe state-of-the-art\s+(?:[\w\-]+\s+){0,2}$")  # "we use the state-of-the-art pose detector named OpenPose"
_AS = re.compile(r"\sas\s")
_CUE_AS_MODIFIER = re.compile(r"[\w\-]+ +(?!(?:and|or|for|of|in|on|with|from|to|via)\b)[A-Z]")
_NOT_LIST_NAMES = frozenset("task tasks data dataset datasets benchmark corpus model models method methods".split())
_VERSION_WORD = re.compile(r"v?\d+(?:\.\d+)*")
_TITLE_DATA_REST = re.compile(
    r"\s*(?:an?\s+)?(?:[\w\-]+\s+){0,3}(?:benchmark|dataset|corpus)\b"
    r"|\s*(?:an?|the)\s+(?:[\w\-]+\s+){0,3}(?:database|testbed|data set)s?"
    r"(?=\s+(?:for|of|and|with|to|in|on|from)\b|\s*[:,.]|\s*$)",
    re.I)
_WE = re.compile(r"\b[Ww]e\b")
# before a past-tense "we proposed ...": words that make it an earlier work's
_EARLIER_WORK = re.compile(r"\b(?:as|that|which|where|when|previously|earlier|once|recently)\s+(?:\w+\s+)?$", re.I)
_US = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Tt]his (?:paper|work|study))\b")
_HAS_DIGIT = re.compile(r"\d")
# Names built like benchmarks: "DPG-Bench", "GEditBench-EN", "AlpacaEval 2.0", "Bridgedata", "SQuAD"
_BENCHMARK_NAME = re.compile(r"(?:[Bb]ench|Eval|Arena|[Dd]ata(?:set)?|Corpus|QA|Gym|Suite)(?:[\s\-]?(?:v?\d[\w.]*|[A-Z]{1,3}|Hard|Lite|Pro|Plus))?$")
YEAR = r"(?:19[89]\d|20[0-3]\d)"  # a year in a name: a benchmark's or venue's edition
_YEAR_END = re.compile(rf"(?:[A-Za-z]{{2}}|[A-Za-z][\s\-_]){YEAR}$")  # not "RTX A2000", "Matlab R2019"
# one task of a benchmark's edition, a benchmark of its own: "SemEval-2019 Task 3", "CoNLL 2018 Shared Task"
TASK_AFTER_EDITION = re.compile(r"\s+(?:[Ss]hared\s+[Tt]ask(?:\s+\d{1,2}\b)?|Task\s+\d{1,2}[A-Za-z]?\b)")
EDITION_TASK = re.compile(rf"(?:[A-Za-z]{{2}}|[A-Za-z][\s\-_]){YEAR}{TASK_AFTER_EDITION.pattern}$")
_YEAR_SUFFIX = re.compile(rf"[\s\-_']?(?:{YEAR}|'?[12]\d)$")  # "ECCV2020", "CVPR'19"
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*")
_DETERMINERS = frozenset("""the a an this these those that our their its his her such both all each several various
many some other two three four five six seven eight nine ten multiple different new existing standard popular
public large small real synthetic""".split())
_NOT_MODIFIER = re.compile(r"^(?:[\w\-]+(?:ly|ed|er|est|ing)|[\w\-]+(?<!ss)(?<!ness)(?<!ics)(?<!ous)s|high|low|good|best|strong|competitive|comparable|similar|overall|top|final|same|superior|state-of-the-art|impressive|remarkable|significant|new|novel|great|excellent|poor|reasonable|decent|satisfactory|promising|considerable|substantial|average|mean|test|validation|training|reported|expected|achieved|overall|total|relative|absolute|human-level|near-perfect|perfect|nearly|almost|up|per|their|its|our)$")
# "<noun>ness/ion/ity rate|score|accuracy": harmlessness rate, speculation accuracy
_METRIC_NOUN_ENDINGS = ("ness", "ion", "ity", "ance", "ence")
# words that end a task phrase on its left: adverbs, participles, comparatives, numbers
_NOT_TASK_MODIFIER = re.compile(r"(?:ly|ed|ing|er|est|ful|ous|ble|[^siu]s)$|^\d|^[a-z]$")
_NOUN_SUFFIX = re.compile(r"(?:ness|ity|ment|ance|ence|age)$")
_AFTER_CUE = re.compile(r"\s*(?::|,?\s*(?:such as|including|namely|like|e\.g\.,?|i\.e\.,?)|\()\s*")
_LIST_END = re.compile(r"[.;:)]\s|[.;:)]$|\s(?:which|that|to|for|where|while|with|show|demonstrate|and show|we)\b|,\s(?:we|where|which|while|and (?:we|show|demonstrate))\b")
# after "in terms of": modifiers of one head, not a list of measures ("both automatic and human
# evaluations", "both metric-based and human evaluations", "human or automated metrics")
_SHARED_HEAD_ITEMS = re.compile(r"\s+(?:both\s+)?(?:the\s+)?[\w\-]+\s+(?:and|or)\s+[\w\-]+\s+(?:evaluations|metrics|measures|assessments)\b")
# a verb after a list of measures, which ends it: ", compared with", "and suggests that"
_VERB_AFTER_ITEM = re.compile(r",?\s+(?:(?:as\s+)?compared|relative|suggests?|suggesting|indicat(?:es?|ing)|benefits)\b")
# a value in a list item, no part of a name: "datasets: 94.58% on the SEED dataset, ..."
_VALUE_IN_ITEM = re.compile(r"\d\s*(?:\\?%|percent\b)|^[\d.,]+\s+(?:on|in|for|at)\s")
_DATE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d|$)")
_SIZE_ONLY = re.compile(r"^[\d.,]+\s*(?:[xX×]\s*\d+|[kKmMbB]|[KMGTP]B|hours?|h)?$|^\d+[xX×]\d+$")
_NAMED_AFTER_CLAUSE = re.compile(r",?\s*(?:which|that)\s+(?:we\s+)?(?:call|calls|name|names|term|terms|dub|dubs|is called|is named|is termed|is dubbed)\b")
NAMING_WORDS = r"(?:called|named|termed|dubbed|coined)"  # the words that give a name, as a regex
_NAMING_IN_CLAUSE = re.compile(rf"\b{NAMING_WORDS}\b")
# ", called X" after what the proposal's clause is based on: "we construct an efficient two-stage PWML
# semantic segmentation network based on the characteristics of the lesion, called refined segmentation R-CNN"
_NAMED_LATER = re.compile(rf",\s+{NAMING_WORDS}\s")
_GERUND_BEFORE = re.compile(r"\s*(?:\w+ly\s+)?[a-z]+ing\s")  # used with .match(text, pos): anchored at pos
# "a length-controlled AlpacaEval" (but not an adverb: "a carefully-tuned Hydra head recipe")
_GLUED_MODIFIER = re.compile(r"(?:^|\s)((?:(?![a-z]+ly-)[a-z]+-[a-z]+\s)+)$")
# "PMC-SA, a new dataset of ...": up to three modifiers between the article and the cue word
_APPOSITION_CUE = r",\s+(?:an?|the)\s+((?:[\w\-]+\s+){{0,3}}?)(?:{cues})\b"
_FACTOR = re.compile(r"^[x×]\d+(?:\.\d+)?$")  # "x4 scale factor", "x7 faster": a factor, no name
# head words after a proposed name that make it something other than a method
_NOT_METHOD_HEADS = frozenset("""metric metrics measure measures score scores index distance dataset datasets
benchmark benchmarks corpus suite diagram""".split())
_POSSESSIVE = ("'s", "’s")
_HARDWARE_NAME = re.compile(r"(?:NVIDIA\s+)?(?:GTX|RTX|Quadro|Tesla|TITAN|Titan|Jetson)[\s\-]?[A-Z]?\d{2,4}\s?(?:Ti|Xp|X|Super)?")
_PAIR_SPLIT = re.compile(r"-to-|-|/")
_YEAR_WORD = re.compile(YEAR)
_LOWER_LAST_ITEM = re.compile(r"\bor\s+((?:[a-z][a-z\-]*\s+){1,2})$")  # "CNNs or better dataset"
_ACTION_NOUN_ENDINGS = ("ing", "tion", "sion")
_TITLE_ACTIVITY = re.compile(r"[A-Z][a-z]+ing")
_APPOSITION_END = re.compile(r"(?:\s+(?:and|of|for|the|[A-Z][\w\-]*))*\s*[,()]")  # "Bounce and Learn,"
_ADVERB_BEFORE_NAME = re.compile(r"[A-Z][a-z]+ly")
_OWNER_RUN = re.compile(r"(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*['’]s\s")  # "Paderborn University's "
_AUTHORS_AFTER = re.compile(r"\s*(?:et al\b|and colleagues\b|'s? (?:et al|group)\b)")
_AND_BEFORE = re.compile(r"\b([A-Za-z][\w\-]*)\s+and\s+$")
# the object of a title's task word ends at a preposition, punctuation or the title's end
_OBJECT_END = r"(?=\s+(?i:with|via|using|through|by|from|in|on|under|and|at|of|for|without|to|as|into)\b|\s*[:,?!.(]|\s*$)"
_TITLE_GERUND = re.compile(r"(?:^(?:(?:Towards?|On)\s+)?|\bfor\s+)([A-Za-z][a-z]+ing)\s+((?:[A-Za-z][\w\-]*)(?:\s+[A-Za-z][\w\-]*)*?)"
                           + _OBJECT_END)
# "<Noun> of <object>" anywhere in a title (the word before the noun is read apart: "Semantic Segmentation of")
_TITLE_NOMINAL = r"\b((?i:{nouns}))\s+of\s+(?:the\s+)?((?:[A-Za-z][\w\-]*)(?:\s+[A-Za-z][\w\-]*)*?)" + _OBJECT_END
_WORD_BEFORE = re.compile(r"(?:^|(?<=\s))([\w\-]+)\s+$")  # the word right before a position
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "bias", "news", "series", "species", "ics", "diabetes", "sales")
_ICS_PLURALS = ("metrics", "topics", "heuristics", "characteristics", "clinics", "lyrics", "comics")  # (not "statistics")
_ES_PLURALS = ("sses", "xes", "ches", "shes", "zzes", "biases", "aliases", "lenses", "viruses", "buses", "gases")


def singular(word: str) -> str:
    """A plural word in the singular: "trajectories" -> "trajectory", "classes" -> "class",
    "biases" -> "bias", "diseases" -> "disease", "poses" -> "pose", "metrics" -> "metric"; "news",
    "sales", "statistics" stay."""
    if word.endswith(_ICS_PLURALS):
        return word[:-1]
    if not word.endswith("s") or word.endswith(_NOT_PLURAL_ENDINGS):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ises", "yses")):
        return word[:-2] + "is"  # "crises" -> "crisis", "analyses" -> "analysis"
    if word.endswith(_ES_PLURALS):
        return word[:-2]
    return word[:-1]


def singular_phrase(phrase: str) -> str:
    """A phrase with its last word in the singular: "average accuracies" -> "average accuracy"."""
    last = phrase.rsplit(" ", 1)[-1]
    return phrase[:-len(last)] + singular(last)


# the task phrase of a title: "for X" / "Towards X", up to a preposition, punctuation or the end
_TITLE_FOR = re.compile(r"(?:\bfor|(?:^|:\s*)Towards?)\s+((?:[A-Za-z][\w\-]*)(?:\s+[A-Za-z][\w\-]*){0,4}?)(?=\s+(?i:with|via|using|through|by|from|in|on|under|and|at|of|for|without|beyond)\b|\s*[:,?!.(]|\s*$)")
# after a verb that changes a measure: "(the) <one or two words> <measure word>", then a break
_CHANGED_MEASURE = re.compile(r"\s+(?:the\s+|its\s+|their\s+)?((?:[a-z]+(?:-[a-z]+)*\s+){1,2})([a-z]+)(?=\s*[,.;:)]|\s+(?:and|by|of|while|than|compared|over|from|to|for|in|on|with|without|at)\b)")
# "across 5 benchmarks, ...", "on three datasets of ..." (a year counts nothing: "the ISBI 2017 test dataset")
_COUNTED_BEFORE = re.compile(
    r"\b(?:(?!(?:19|20)\d\d\b)\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w\-]+\s+)?$", re.I)
_COUNTED_LIST = re.compile(r"\s*,\s*")
_OF_NAMES = re.compile(r"\s+of\s+(?=[A-Z])")
_SINGULAR_CUES = frozenset({"dataset", "benchmark", "corpus", "database"})
# a quoted name right after a singular cue word: 'a new dataset "ToyADMOS"', "a new dataset 'Hishab'"
_QUOTED_AFTER_CUE = re.compile(r"\s+[\"“'‘]([A-Z][\w\-]*(?: [A-Z0-9][\w\-]*){0,3})[\"”'’]")
_NAME_AFTER_CUE = re.compile(r" (?![IVX]+\b|[Vv]\d)([A-Z](?:[\w\-]|\.(?=\w))*)(?=[\s,;:)]|\.(?:\s|$)|$)(?! (?:model|network|method|dataset))")
_BUILT_ON_WORD = re.compile(r"-(?:based|style)$")
_DESCRIPTION_QUOTED = re.compile(r"(?:one of|an? |some |many |most )|(?:[a-z][\w\-]*\s+){3,}[a-z][\w\-]*$")  # lowercase, 4+ words
_QUOTED_NAME = re.compile(r"([^\"”'’`]{2,60}?)[\"”’`']")
_HARDWARE_AFTER = re.compile(r"(?:\s+[\w\-]*\d[\w\-]*)?\s+(?:GPU|CPU|TPU|FPGA|ASIC)s?\b")
_HARDWARE_HEADS = frozenset("GPU GPUs CPU CPUs TPU TPUs FPGA FPGAs ASIC ASICs".split())
_BUILT_ON_CUE = re.compile(r"\s(?:based on|built on|built upon|on top of|using|leveraging|with the help of|(?:to|for) [a-z]+ing|(?:the )?(?:use|usage|application) of|to (?:use|adopt|employ|apply|leverage|utilize|exploit))\s")
# a description, then the name after a dash or colon: "a new RL framework -- HERON"
_DESCRIBED_NAME = re.compile(r"\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,5}?([a-z]+)\s*(?:-{1,3}|—|–|:)\s*")
# "we propose a novel Fully Convolutional Network (FCN), RatLesNet, for ...": a described head and
# its acronym, then the name in commas
_DESCRIBED_APPOSITION = re.compile(r"\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,5}?([A-Za-z]+)\s+\(\s*[A-Z][A-Za-z0-9\-]{1,11}\s*\)\s*,\s*")
_HEAD_THEN_COMMA = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}([a-z]+),\s*")  # " baseline algorithm, "
_APPOSITION_CLOSE = re.compile(r"\s*(?:,|\s(?:for|to|that|which)\b)")
_LOWER_METHOD = re.compile(r"\s+(?:an?|the)\s+(?:novel\s+|new\s+)?((?:[a-z][a-z\-]+\s+){0,3}[a-z][a-z\-]+)\s+(?:method|approach|algorithm|framework|technique|scheme|strategy|paradigm)\b")
# "we propose policy-guided diffusion.": a lowercase name that is the whole object of the verb,
# with a hyphenated word or two words or more ("we propose learning." names nothing)
_LOWER_NAME_PROPOSED = re.compile(r"\s+((?!\w+ing\s)(?:[a-z]+(?:-[a-z]+)+|[a-z]{2,}\s+[a-z]+(?:-[a-z]+)*)(?:\s+[a-z]+(?:-[a-z]+)*){0,2})(?=\s*[.;:,(])")
_OUR_GAP = re.compile(r"\s*(?:novel\s+|new\s+|proposed\s+)?")
_RUN_CONNECTOR = re.compile(r"\s(?:of|for|in|on|with|to|from|and|via)\s")  # inside a run of capitalised words
# what "we refer to as X" names when these words come before it: no method
_NOT_METHOD_BEFORE = re.compile(r"\b(?:problem|task|setting|phenomenon|situation|property|effect|condition|issue)s?$")
# a long form and the acronym it defines: "hybrid proximal policy optimization (H-PPO)"
_DEFINED_AFTER = re.compile(r"[^,;.()\"“]{1,80}\s\([A-Z][\w\-]*\)")
_SPEED_BEFORE_ON = re.compile(r"\d\s*(?:fps|FPS|frames per second|ms|milliseconds?|seconds?|s|Hz|images/s|samples/s)"
                              r"\s+(?:\w+\s+)?(?:on|using)\s*$")
_DETERMINER_AFTER_AS = re.compile(r"\s*(?:their|its|his|her|our|the|a|an|this|these|those|such)\s", re.I)
_OUR_DESCRIBED = re.compile(r"(?!previous|earlier|prior|former)(?:[a-z][a-z\-]*\s+){0,2}?([a-z]+),\s+")  # "the proposed (deep neural) network, MCPNet,"
# "our proposed method LIT", "Our proposed deep network DUBLID": up to two modifiers and a head, then
# the name (not "our previously presented method GONet": an earlier work's)
_OUR_HEADED = re.compile(r"((?:(?![a-z]+ly\s)(?!previous|earlier|prior|former)[a-z][a-z\-]*\s+){0,2}?([a-z]+))\s+(?=[A-Z])")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")
_AND_NAME = re.compile(r"\s+and\s+")
_EXPANSION_OPEN = re.compile(r"[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z][\w\-]*\s?\($")  # "BioBERT (", "CMH-ECC ("
_NEXT_WORDS = re.compile(r"(?:[\s,()]+[\w.\-]+){1,3}")  # the next three words
_ON_GAP = re.compile(r"\s+(?:the\s+)?(?:(?:zero|one|few)-shot\s+)?")
_GLUED = re.compile(r"[\w\-]*")
_ON_FOLLOW = re.compile(r"\s*[,.;:)(]|\s+(?:and|with|for|in|at|by|while|to)\s|\s*$|\s+\d|\s+(?:data|bench)")
_LIST_START_WORDS = frozenset("""on of across over from using with in including as like at to the both two three four five
several popular public standard benchmark""".split())
# average precision or recall at an IoU threshold or a cutoff the lexicon does not list: "AP90", "mAP60", "AR100"
_THRESHOLD_METRIC = re.compile(r"(?:m?AP|AR)(?:@|_)?\d{2,3}")
_COPULA = re.compile(r" (?:is|are|was|were) (?:a|an|the) ")
_PAREN_TAIL = re.compile(r"\s*\([^)]*\)\s*$|\s*\[\d+(?:\s*[,\-–]\s*\d+)*\]\s*$")  # "(POPI)", a citation "[1]"
# endings of the ordinary words a sentence may open with before "dataset(s)" (not "Reddit dataset")
_NOT_NAME_ENDINGS = ("ly", "ing", "ed", "ent", "ive", "al", "ic", "ous", "ble", "tion", "s")
# lowercase words before a name in a list item ("we compile", "such as the"), but not a
# lowercase name itself ("nuScenes", "iNaturalist": capitals after the first letter)
_LOWER_LEAD = re.compile(r"^(?:[a-z][a-z\-]*\s+)+(?=[A-Z0-9]|[a-z]+[A-Z0-9])")
# a sentence's first words before a dataset's name: "We gathered a BISON", "For fair comparison
# CEDAR", "Using this labeled SAOKE", "In Google Speech Command" (not "The Stack")
_NAME_MARK = re.compile(r"[A-Z0-9]")
_SENTENCE_LEAD = re.compile(r"^(?:We|Our|For|On|In|Using|Unlike|With|Across|From|By|At)\s+(?:[a-z][a-z\-]*\s+)*(?=[A-Z0-9]|[a-z]+[A-Z])")
_ITEM_TAIL = re.compile(r"\s(?:on|in|for|across|over|under|at|compared|than|while|when|with|of|from|to|against|between|among|within)(?:\s|$)")
# one item of a list of measures: optional determiner, then one to three lowercase words or acronyms
_MEASURE_ITEM = re.compile(r"^\s*((?:the|its|their|both|either)\s+)?((?:[a-z][a-z\-]+|[A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*)(?:\s+(?:[a-z][a-z\-]+|[A-Z]{2,}[0-9]*)){0,2})\s*$")


def _read_text(name: str) -> str:
    return resources.files("kg.extract").joinpath(f"patterns/{name}").read_text("utf-8")


def _initials(run: str) -> str:
    return "".join(w[0] for w in run.split() if w[:1].isupper())


def _title_head_capitals(title: str) -> str:
    # the capitals of a one-word title head ("ViSiL: Fine-grained ..." -> "VSL"), or ""
    head, colon, _ = title.partition(":")
    head = head.strip()
    if not colon or " " in head:
        return ""
    capitals = "".join(c for c in head if c.isupper())
    return capitals if len(capitals) >= 2 else ""


def read_not_names() -> frozenset[str]:
    """Words that look like names but are not (patterns/not_names.txt)."""
    words = set()
    for line in _read_text("not_names.txt").splitlines():
        if line.startswith("= "):
            words.add(line[2:].strip())  # a whole capitalised phrase: "Deep Learning"
        elif not line.startswith("#"):
            for word in line.split():
                words.add(word)
                if word[-1].isupper() or word[-1].isdigit():
                    words.add(word + "s")  # an acronym's plural: "LiDARs", "MRIs"
    return frozenset(words)


def read_heads() -> dict[str, list[str]]:
    """Head words per kind (patterns/heads.json)."""
    data = json.loads(_read_text("heads.json"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def read_weak_metric_names() -> frozenset[str]:
    """Metric names of patterns/weak_metrics.txt (with or without "!"), lowercased."""
    lines = _read_text("weak_metrics.txt").splitlines()
    return frozenset(line.strip().lstrip("!").strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def read_implied_tasks() -> list[dict]:
    """Rules of tasks implied by a metric on a kind of dataset, or by a phrase on named datasets
    (patterns/implied_tasks.json)."""
    return json.loads(_read_text("implied_tasks.json"))["rules"]


def cue_alternation(words: list[str]) -> str:
    """A regex alternation of cue words from a data file; a trailing "*" stands for any word
    ending ("outperform*")."""
    return "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words)


def read_cues() -> dict[str, list[str]]:
    """Cue word lists (patterns/cues.json)."""
    data = json.loads(_read_text("cues.json"))
    return {k: v for k, v in data.items() if not k.startswith("_")}  # lists, and max_tasks


@functools.lru_cache(maxsize=1)
def compared_before() -> re.Pattern:
    """The text before a method that makes it the one compared with (cues.json: compared_method_*),
    compiled once for the components that ask."""
    cues = read_cues()
    return re.compile(rf"\b(?:{cue_alternation(cues['compared_method_cues'])})\s+"
                      rf"(?:(?:{cue_alternation(cues['compared_method_fillers'])})\s+){{0,4}}$", re.I)


def is_name_like(word: str) -> bool:
    """True for "DiT", "FID", "Argus3D", "GSM8k", "PFGM++", "3DBGrowth", "3D-SGRL", "3D-2D-CNN"; False for
    "Model", "64x64", "3D", "3D-aware"."""
    if word[:1].isdigit():
        # a dimension before a name: "3DBGrowth", "3D-SGRL", "3DGS" (not "3D", "4K", "2nd")
        m = _DIMENSION_PREFIX.match(word)
        rest = word[m.end():] if m else ""
        return bool(rest) and rest[0].isupper() and all(is_name_like(part) for part in rest.split("-") if part)
    if not word or not word[0].isalpha():
        return False
    if len(word) == 1:
        return False
    if word[0].isupper() and word[1:].islower():
        return False
    return _NAME_LIKE.fullmatch(word) is not None and (
        any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word) or word.endswith("++")
    )


_WORD = re.compile(r"[A-Za-z0-9][\w\-]*")


def words_before(text: str, pos: int, limit: int = 3) -> list[tuple[int, str]]:
    """Up to `limit` space-separated words that end right before `pos` (which follows a space).

    Returns (start, word) pairs, nearest last; stops at the first thing that is not a word.
    Plain string scanning: a regular expression anchored at the end would be tried at every
    position of the window.
    """
    out: list[tuple[int, str]] = []
    if pos <= 0 or text[pos - 1] != " ":
        return out
    end = pos - 1
    while len(out) < limit and end > 0:
        space = text.rfind(" ", max(0, end - 40), end)
        start = space + 1
        opened = text[start:end][:1] in "([\"“‘"  # "(recognition rate": the word after the opener, and no further
        start += opened
        word = text[start:end]
        if not word or _WORD.fullmatch(word) is None:
            break
        out.insert(0, (start, word))
        if space < 0 or opened:
            break
        end = space
    return out


def head_word(phrase: str) -> str | None:
    """A phrase's last word, lowercase and singular ("Gaussian Processes" -> "process"), or None."""
    words = re.findall(r"[a-z][a-z\-]*", phrase.lower())
    if not words:
        return None
    last = words[-1]
    # "models" -> "model", "processes" -> "process", "strategies" -> "strategy"; "synthesis" stays
    return singular(last) if len(last) > 3 else last


def kind_of_phrase(phrase: str, heads: dict[str, list[str]]) -> str | None:
    """The kind a phrase's last word points to ("... distance" -> metrics), or None."""
    last = head_word(phrase)
    if last is None:
        return None
    for kind in ("datasets", "metrics", "tasks", "methods"):
        if last in heads[kind]:
            return kind
    return None


class NamePiece(NamedTuple):
    """A word or run of words that may be a name.

    Attributes:
        start, end: character offsets.
        words: number of capitalised/name-like words in it.
        name_like: at least one word is name-like (not just capitalised).
        sentence_initial: it starts a sentence.
    """

    start: int
    end: int
    words: int
    name_like: bool
    sentence_initial: bool


def find_name_pieces(
    text: str,
    token_starts: Sequence[int],
    token_named: Sequence[bool],
    connectors: frozenset[str],
    sentence_starts: Sequence[int],
    suffixes: Sequence[str] = (),
) -> list[NamePiece]:
    """Name pieces from the start offsets of name-like or capitalised tokens.

    Args:
        text: the document text.
        token_starts: start offsets of tokens that are name-like or Title Case, increasing.
        token_named: for each of those tokens, whether it is name-like (`is_name_like`).
        connectors: lowercase words allowed inside a run ("of", "with", ...).
        sentence_starts: start offsets of sentences, increasing.
        suffixes: word endings to drop ("-based" in "LLaMA-3-8B-based").

    Returns:
        Single words and maximal runs, in text order (a run and its first word may both occur).
    """
    units: list[tuple[int, int, bool]] = []
    last_end = -1
    for s, named in zip(token_starts, token_named):
        if s < last_end:
            if named and units:
                units[-1] = (units[-1][0], units[-1][1], True, False)
            continue
        if s > 0 and text[s - 1] in _WORD_CHARS:
            while s > 0 and text[s - 1] in _WORD_CHARS:
                s -= 1
        e = _WORD_TAIL.match(text, s).end()
        dash = _DASH_THEN_LOWER.search(text, s, e)
        if dash and dash.start() > s:
            # "the Autoregressive Reward Model--a novel reward parametrization" (not "Gauss--Newton")
            e = dash.start()
            named = named and is_name_like(text[s:e])
        if text[e - 1] in ".-'":
            while e > s and text[e - 1] in ".-'":
                e -= 1
        word = text[s:e]
        hyphen_caps = False
        if "-" in word:
            if word.lower().endswith(suffixes):
                for suffix in suffixes:
                    # "-based"; "-Based" in a title only after a name ("CNN-Based", not "Flow-Guided")
                    if word.lower().endswith(suffix) and len(word) > len(suffix) + 1 and (
                            word.endswith(suffix) or is_name_like(word[:-len(suffix)])):
                        e -= len(suffix)
                        word = text[s:e]
                        break
            # "Flow-Guided", "MS-COCO", "Arena-Hard": capitals after a hyphen count only
            # inside a run of capitalised words (see below), not alone ("Action-Driven")
            hyphen_caps = not named and any(c.isupper() for c in word[1:])
        if e <= s or not (word[0].isalpha() or (word[0].isdigit() and is_name_like(word))):
            last_end = max(last_end, e)
            continue
        named = named or word[0].isdigit()  # "3D-SGRL": the dimension is part of the name
        units.append((s, e, bool(named), hyphen_caps))
        last_end = e
    pieces: list[NamePiece] = []
    starts_set = set(sentence_starts)
    title_end = sentence_starts[1] if len(sentence_starts) > 1 and text[:sentence_starts[1]].endswith("\n\n") else 0
    i = 0
    while i < len(units):
        s, e, named, caps = units[i]
        run_end, run_named, n = e, named, 1
        j = i + 1
        while j < len(units) and n < 6:
            gap = text[run_end:units[j][0]]
            if gap == " " or (gap.startswith(" ") and gap.endswith(" ") and gap.strip() in connectors):
                run_end, n = units[j][1], n + 1
                run_named = run_named or units[j][2] or units[j][3] or caps
                j += 1
            else:
                break
        in_title = s < title_end
        version = _VERSION.match(text, run_end)
        if version and (n > 1 or text[s].isupper()):
            run_end = version.end()
        initial = s in starts_set or (s - 1 in starts_set) or (s >= 2 and text[s - 2:s] == "\n\n")
        if (n > 1 or version) and not in_title:
            if initial and not named:
                # "The Something Something V2": drop the sentence-initial word
                if n > 2 or (version and n > 1):
                    pieces.append(NamePiece(units[i + 1][0], run_end, n - 1, run_named, False))
            else:
                pieces.append(NamePiece(s, run_end, n, run_named, initial))
        for k in range(i, j):
            us, ue, un, _ = units[k]
            if in_title and not un:
                continue
            pieces.append(NamePiece(us, ue, 1, un, initial and k == i))
        i = j
    pieces.sort(key=lambda p: (p.start, -p.end))
    return pieces


class NameFinder(BatchedComponent):
    """Adds candidates for names that no lexicon lists (rules in the module docstring).

    Sets:
        Doc._.candidates: more Candidates (the name as written, the rule).
    """

    def __init__(self, nlp: Language, name: str = "kg_names"):
        self.name = name
        register_candidates()
        self.not_names = read_not_names()
        self.generic_phrases = tuple(w for w in self.not_names if " " in w)
        self._generic_text, self._generic_cover = None, None  # the last text _generic_at read
        self.heads = read_heads()
        cues = read_cues()
        self.cues = cues
        self.connectors = frozenset(cues["name_connectors"])
        self.suffixes = tuple(cues["name_suffixes_to_strip"])
        self.title_non_names = frozenset(cues["title_non_names"])
        self.title_relation_words = frozenset(cues["title_relation_words"])
        self.title_name_heads = frozenset(cues["title_name_heads"])
        self.title_model_fillers = frozenset(cues["title_model_fillers"])
        self.our_not_method_words = frozenset(cues["our_not_method_words"])
        self.title_nominal_not_after = tuple(cues["title_nominal_not_after"])
        self.never_proposed = frozenset(cues["never_proposed"])
        heads = "|".join(h.capitalize() for h in sorted(self.title_name_heads, key=len, reverse=True))
        self.title_model = re.compile(rf"((?:[A-Z][\w\-]*\s+){{1,4}}(?:{heads}))\s+(?:for|with|via|using|in|on|to)\s")
        self.title_gerund_tasks = cues["title_gerund_tasks"]
        nouns = sorted(set(self.title_gerund_tasks.values()), key=len, reverse=True)
        self.title_nominal = re.compile(_TITLE_NOMINAL.format(nouns="|".join(nouns)))
        not_names = self.not_names
        # Lexeme flags, computed once per vocabulary entry: name-like; and name-like or
        # capitalised but not a stop word ("We", "The"), i.e. a possible part of a name.
        self.flag = nlp.vocab.add_flag(lambda s: s not in not_names and is_name_like(s))
        self.part_flag = nlp.vocab.add_flag(
            lambda s: s.lower() not in STOP_WORDS and (s[:1].isupper() or (s not in not_names and is_name_like(s))))
        # Cue phrases are matched on LOWER by a PhraseMatcher (a hash lookup per token); a
        # token Matcher with "IN" sets would call Python for every token.
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        adverbs = [""] + [a + " " for a in dict.fromkeys(cues["propose_adverbs"])]
        verbs = cues["propose_verbs"]
        propose = [f"we {a}{v}" for a in adverbs for v in verbs]
        propose += [f"this {p} {a}{v}" for p in cues["propose_paper_subjects"] for a in adverbs[:1] for v in verbs]
        propose += [f"our {p} {v}" for p in cues["our_propose_subjects"] for v in verbs if v.endswith("s")]
        propose += ["by proposing", "by introducing", "we are proposing"]
        # "Our method, Self-Predictive Representations (SPR), trains ..."
        propose += [f"our {p} ," for p in cues["our_propose_subjects"]]
        # "we instantiate our framework ... and propose the SSO algorithm": "we" must come first
        and_propose = [f"and {v}" for v in verbs if not v.endswith(("s", "ed"))]
        naming = list(cues["naming_cues"]) + [f"we {v}" for v in cues["naming_verbs_after_we"]]
        naming += ["denoted as", "referred to as", "known as", "we refer to as", "we refer to it as"]
        task_heads = [h for h in self.heads["tasks"]]
        task_heads += [h + "s" for h in task_heads if not h.endswith("s")]
        phrases = {
            "TASK_HEAD": task_heads,
            "METRIC_HEAD": ["rate", "rates", "score", "scores", "accuracy", "accuracies"],
            "PROPOSE": propose,
            "AND_PROPOSE": and_propose,
            "NAMING": naming,
            "DATASET_CUE": cues["dataset_cues"],
            "OUR": ["our", "the proposed", "a new", "a novel"],  # ("a new method, MoSh++, that ...")
            "ON": cues["on_preps"],
            "METRIC_CUE": cues["metric_cues_after"],
            "METRIC_CHANGE": cues["metric_change_verbs"],
        }
        add_phrases(self.matcher, nlp, phrases)
        self.our_heads = frozenset(cues["our_heads"])
        self.method_heads = frozenset(self.heads["methods"])
        self.run_heads = self.method_heads | self.our_heads | frozenset(self.heads["method_runs"])
        self.no_kind_heads = frozenset(self.heads["none"])
        self.no_kind_run_heads = frozenset(self.heads["none_runs"])
        self.dataset_heads = frozenset(self.heads["datasets"])
        self.task_run_heads = frozenset(self.heads["task_runs"])
        self.metric_modifiers = frozenset(cues["metric_modifiers"])
        self.setting_modifiers = frozenset(cues["setting_modifiers"])
        self.task_stop = frozenset(cues["task_modifier_stop"])
        self.task_keep = frozenset(cues["task_modifier_keep"])
        self.dataset_lead_words = frozenset(cues["dataset_lead_words"])
        dataset_cues = sorted(cues["dataset_cues"], key=len, reverse=True)
        cue_words = "|".join(re.escape(c) + "s?" for c in dataset_cues if not c.endswith("s"))
        self.dataset_apposition = re.compile(_APPOSITION_CUE.format(cues=cue_words))
        # "..., DEAP, and DREAMER datasets": a listed name ends before its cue word
        self.cue_at_end = re.compile(r"\s+(?:" + "|".join(re.escape(c) for c in dataset_cues) + r")$", re.I)
        self.title_task_heads = frozenset(cues["title_task_heads"])
        self.title_qualified_task_heads = frozenset(cues["title_qualified_task_heads"])
        self.title_verb_gerunds = frozenset(cues["title_verb_gerunds"])
        self.kinds_of_study = frozenset(cues["kinds_of_study"])
        self.not_action_nouns = frozenset(cues["title_action_not_nouns"])
        self.task_heads = frozenset(self.heads["tasks"])
        self.metric_change_heads = frozenset(cues["metric_change_heads"])
        self.not_measures = frozenset(cues["not_measures"])
        self.metric_cue_not_after = frozenset(cues["metric_cue_not_after"])
        self.metric_context = re.compile("|".join(r"\b" + re.escape(w) for w in cues["metric_cue_context"]), re.I)
        self.weak_metrics = read_weak_metric_names()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        sents = sentence_offsets(doc)
        sent_starts = [s for s, _ in sents]
        if len(doc) == 0:
            return doc
        idx, ends = token_offsets(doc)
        arr = doc.to_array([self.part_flag, self.flag])
        part = numpy.flatnonzero(arr[:, 0])
        token_starts = [idx[i] for i in part.tolist()]
        # one numpy step: indexing the array once per token makes a numpy scalar each time
        token_named = (arr[part, 1] != 0).tolist()
        pieces = find_name_pieces(text, token_starts, token_named, self.connectors, sent_starts, self.suffixes)
        piece_starts = [p.start for p in pieces]
        title_end = title_end_of(text)
        found: list[tuple[int, int, str, str]] = []
        named: list[Candidate] = []  # candidates whose name is not the text they cover
        existing = get_value(doc, "candidates") or ()
        known_methods = [(c.start, c.end) for c in existing if c.kind == "methods"]
        if title_end:
            found.extend(self._title(text[:title_end]) or self._title_model(text[:title_end], existing))
            found.extend(self._title_task(text[:title_end]))
            named.extend(self._title_gerund_task(text[:title_end]))
            named.extend(self._title_nominal_tasks(text[:title_end], existing))
        clauses: list[tuple[int, int]] = []
        changed_spans: list[tuple[int, int]] = []
        digits: dict[int, bool] = {}
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            rule = strings[match_id]
            c_start = idx[start]
            c_end = ends[end - 1]
            s_i = max(0, bisect_left(sent_starts, c_start + 1) - 1)
            s_start, s_end = sents[s_i]
            if rule == "TASK_HEAD":
                task = self._task_phrase(text, c_start, c_end, title_end)
                if task:
                    found.append(task)
                else:
                    named.extend(self._shared_modifier_task(text, c_start, c_end, title_end, known_methods))
            elif rule == "METRIC_HEAD":
                before = words_before(text, c_start, 1)
                if before and before[0][1].islower() and before[0][1].endswith(_METRIC_NOUN_ENDINGS) and \
                        before[0][1] not in self.setting_modifiers:  # (not "dilation rate", "confidence score")
                    phrase = text[before[0][0]:c_end]
                    one = singular_phrase(phrase)  # "average accuracies" -> "average accuracy"
                    if one != phrase:
                        named.append(Candidate(before[0][0], c_end, "metrics", one, "pattern:metric_phrase"))
                    else:
                        found.append((before[0][0], c_end, "metrics", "pattern:metric_phrase"))
            elif rule == "PROPOSE":
                if text[c_end - 2:c_end] == "ed" and _EARLIER_WORK.search(text, max(s_start, c_start - 30), c_start):
                    continue  # "as we presented in our earlier study, CLIP ...": told, not proposed here
                found.extend(self._propose(text, c_end, s_end, pieces, piece_starts, clauses))
            elif rule == "AND_PROPOSE":
                if _WE.search(text, s_start, c_start):
                    found.extend(self._propose(text, c_end, s_end, pieces, piece_starts, clauses))
            elif rule == "NAMING":
                if _NAMED_TERM.match(text, c_start):
                    continue  # "named entity recognition", "named entities": a term, not a naming
                if text.startswith(" as ", c_end):
                    if _DETERMINER_AFTER_AS.match(text, c_end + 3):
                        continue  # "named as their hash": a description, no name
                    c_end += 3  # "termed as funnel transform", "denoted as ...": the name after "as"
                found.extend(self._naming(text, c_start, c_end, s_start, s_end, pieces, piece_starts))
            elif rule == "DATASET_CUE":
                found.extend(self._names_before_cue(text, c_start, s_start, title_end))
                found.extend(self._name_right_after_cue(text, c_start, c_end))
                found.extend(self._names_after_cue(text, c_end, s_end))
                if _COUNTED_BEFORE.search(text, max(s_start, c_start - 20), c_start) and (
                        text.startswith(", ", c_end) or _OF_NAMES.match(text, c_end)):
                    # "across 5 benchmarks, ProcTHOR, ArchitecTHOR, RoboTHOR and ManipulaTHOR",
                    # "three datasets of Indian Pines, University of Pavia and Salinas"
                    found.extend(self._names_after_cue(text, c_end, s_end, counted=True))
            elif rule == "OUR":
                found.extend(self._our(text, c_end, pieces, piece_starts, known_methods))
            elif rule == "METRIC_CHANGE":
                changed = self._changed_measure(text, c_end, s_end)
                found.extend(changed)
                changed_spans.extend((s, e) for s, e, _, _ in changed)
            elif rule == "METRIC_CUE":
                # "groups defined in terms of race and sex" defines something; it measures nothing
                before = words_before(text, c_start, 1)
                if before and before[0][1].lower() in self.metric_cue_not_after:
                    continue
                if self.metric_context.search(text, s_start, c_start):
                    found.extend(self._measures_after_cue(text, c_end, s_end))
            elif rule == "ON":
                has_digit = digits.get(s_i)
                if has_digit is None:
                    has_digit = digits[s_i] = _HAS_DIGIT.search(text, s_start, s_end) is not None
                if has_digit:
                    found.extend(self._on(text, c_end, s_end, pieces, piece_starts))
        found.extend(self._metric_phrases(text, existing))
        known_spans = {(c.start, c.end) for c in existing}
        title_capitals = _title_head_capitals(text[:title_end])
        benchmark_end = -1  # the end of "CoNLL 2018 Shared Task": its "Shared Task" piece is no name
        for p in pieces:
            if p.start < benchmark_end:
                continue
            if (p.start, p.end) in known_spans:
                continue  # the lexicon already names it
            if p.sentence_initial and not p.name_like:
                continue
            if p.start < title_end and not p.name_like:
                continue
            if p.name_like or p.words >= 2:
                word = text[p.start:p.end]
                if not self._ok(text, p):
                    continue
                if word.rsplit(None, 1)[-1] in _HARDWARE_HEADS or _HARDWARE_AFTER.match(text, p.end):
                    continue  # "a single TITAN Xp GPU", "an Intel Core i5-4590 CPU": hardware, not a method
                head = head_word(word) if p.words >= 2 else None
                if head in self.no_kind_heads:
                    continue  # "Stanford University", "the Kessler Foundation": no method
                if not p.name_like and (head in self.no_kind_run_heads or head in self.task_run_heads):
                    continue  # "Short Baseline Neutrino Program"; "Handwriting Character Recognition" is a task's words
                if not p.name_like and title_capitals and _initials(word) == title_capitals:
                    continue  # "USIP: ...", "an Unsupervised Stable Interest Point detector": the title's name
                if not p.name_like and _EXPANSION_OPEN.search(text, max(0, p.start - 40), p.start):
                    continue  # "BioBERT (Bidirectional Encoder Representations from ...)": the name's expansion
                if _THRESHOLD_METRIC.fullmatch(word):
                    found.append((p.start, p.end, "metrics", "pattern:threshold_metric"))  # "AP90", "mAP60"
                elif _BENCHMARK_NAME.search(word) or _YEAR_END.search(word) or EDITION_TASK.search(word):
                    # ("DCASE 2019", "BraTS2018", "Kaggle Data Science Bowl 2017": a challenge's edition; one task
                    # of an edition, "SemEval-2019 Task 3", or after the piece, "CoNLL 2018 Shared Task")
                    task = TASK_AFTER_EDITION.match(text, p.end) if _YEAR_END.search(word) else None
                    benchmark_end = task.end() if task else p.end
                    found.append((p.start, benchmark_end, "datasets", "pattern:benchmark_name"))
                else:
                    # (the head before a connector: "Highly Untangled Generative-model Engine for Edge-computing")
                    run_head = head_word(_RUN_CONNECTOR.split(word, 1)[0])
                    if not p.name_like and run_head not in self.run_heads:
                        # "University of Chicago", "Tesla Model S", "Goodhart's Law", "Lung Cancer": a run of
                        # capitalised words names a method by its head ("Kenyan Food Classifier", "Linear
                        # Prediction Coding Net"); a named one without (Professor Forcing) needs other evidence
                        continue
                    if p.name_like:
                        found.append((p.start, p.end, "methods", "pattern:name_word"))
                    else:  # named in the singular: "Determinantal Point Processes" -> "Determinantal Point Process"
                        named.append(Candidate(p.start, p.end, "methods", singular_phrase(word), "pattern:title_case"))
        doc.user_data[PROPOSAL_CLAUSES] = clauses
        doc.user_data[CHANGED_MEASURES] = changed_spans
        add_candidates(doc, [Candidate(start, end, kind, text[start:end], rule)
                             for start, end, kind, rule in dict.fromkeys(found)] + named)
        return doc

    # -- rules -----------------------------------------------------------------------------
    def _ok(self, text: str, p: NamePiece) -> bool:
        word = text[p.start:p.end]
        # (nor a run of such words, "IEEE TPAMI", nor one after a dimension, "3D-MRI")
        if word[:1].isdigit() and _DIMENSION_PREFIX.sub("", word, count=1) in self.not_names:
            return False
        before_year = _YEAR_SUFFIX.sub("", word).split() if word[-1:].isdigit() else ()
        if before_year and before_year[-1] in self.not_names:
            return False  # "ECCV2020", "NeurIPS 2019": a venue's year; "Instagram in Kenya in March 2019": a date
        if word.endswith(_POSSESSIVE):
            return False  # "Hitachi and Paderborn University's joint effort": an owner, not a name
        if _HARDWARE_NAME.fullmatch(word):
            return False  # "4 GPU hours on GTX1080Ti": hardware
        return not self._all_not_names(text, p.start, word) and word.lower() not in STOP_WORDS \
            and not self._generic_at(text, p.start) \
            and not _FACTOR.match(word) and not text.startswith("@", p.end) \
            and not _AUTHORS_AFTER.match(text, p.end)  # "Recall@100": a metric; "Vaswani et al.": an author

    def _all_not_names(self, text: str, start: int, piece: str) -> bool:
        # every word of the piece is a not-name or starts in a generic phrase ("T1-weighted MR images"),
        # but for the connectors of a run ("Cebuano to Tagalog")
        at = start
        words = piece.split()
        for word in words:
            at = text.find(word, at)
            if len(words) > 1 and word in self.connectors:
                at += len(word)
                continue
            if word not in self.not_names and not self._generic_at(text, at) and not (
                    "-" in word and all(part in self.not_names for part in word.split("-"))):
                return False  # (a pair of not-names is one too: "Nepali-English", "CPU-GPU")
            at += len(word)
        return True

    def _generic_at(self, text: str, start: int) -> bool:
        # "Deep Learning to PTA-stained samples", "a Deep Learning based system": a piece that starts
        # in a generic phrase of not_names.txt ("Deep Learning") names nothing. The characters the
        # phrases cover are found once per text.
        if self._generic_text is not text:
            self._generic_text, self._generic_cover = text, None
            for phrase in self.generic_phrases:
                at = text.find(phrase)
                while at >= 0:
                    end = at + len(phrase)
                    if not text[end:end + 1].isalnum():
                        if self._generic_cover is None:
                            self._generic_cover = bytearray(len(text) + 1)
                        self._generic_cover[at:end] = b"\x01" * (end - at)
                    at = text.find(phrase, at + 1)
        return self._generic_cover is not None and self._generic_cover[start] == 1

    @staticmethod
    def _pieces_between(pieces, piece_starts, start: int, end: int) -> list[NamePiece]:
        i = bisect_left(piece_starts, start)
        out = []
        while i < len(pieces) and pieces[i].start < end:
            if pieces[i].end <= end:
                out.append(pieces[i])
            i += 1
        return out

    def _metric_phrases(self, text, candidates):
        # "single-step accuracy", "search success rate": a metric with the nouns that qualify it
        # (lowercase, not adjectives such as "high" or "improved", nor a factor: "3-fold speed up")
        out = []
        for c in candidates:
            if c.kind != "metrics" or not c.rule.startswith("lexicon:"):
                continue
            start = None
            for w_start, w in reversed(words_before(text, c.start, 2)):
                if not w.islower() or w[0].isdigit() or w in STOP_WORDS or _NOT_MODIFIER.match(w) or \
                        w in self.setting_modifiers or not (
                        "-" in w or _NOUN_SUFFIX.search(w) or w in self.metric_modifiers):
                    break
                start = w_start
            if start is not None:
                out.append((start, c.end, "metrics", "pattern:metric_phrase"))
        return out

    def _task_phrase(self, text, head_start, head_end, title_end):
        # "text-conditioned video prediction", "regret minimization", "Novel View Synthesis":
        # up to three modifiers before a task head word; Title Case counts in the title only
        in_title = head_start < title_end
        if not in_title and not text[head_start].islower():
            return None
        kept_start = None
        for start, w in reversed(words_before(text, head_start)):
            low = w.lower()
            if low in STOP_WORDS or low in _DETERMINERS or low in self.task_stop or (
                    "-" not in w and _NOT_TASK_MODIFIER.search(low) and low not in self.task_keep) or (
                    not in_title and not w[0].islower()) or (
                    _BUILT_ON_WORD.search(low)):
                break  # "diffusion-based conditional generation" is conditional generation
            kept_start = start
        if kept_start is None:
            return None
        return (kept_start, head_end, "tasks", "pattern:task_phrase")

    def _shared_modifier_task(self, text, head_start, head_end, title_end, known_methods=()) -> list[Candidate]:
        # "action classification and detection": the second head with the first one's modifiers
        m = _AND_BEFORE.search(text, max(0, head_start - 40), head_start)
        if not m or m.group(1).lower() not in self.task_heads:
            return []
        first = self._task_phrase(text, m.start(1), m.end(1), title_end)
        if first is None or any(s < m.end(1) and first[0] < e for s, e in known_methods):
            return []  # (not "model predictive control and estimation": the first phrase is a method)
        name = text[first[0]:m.start(1)] + text[head_start:head_end]
        return [Candidate(head_start, head_end, "tasks", name, "pattern:task_phrase")]

    def _title(self, title: str) -> list[tuple[int, int, str, str]]:
        head, sep, rest = title.partition(":")
        if not sep or not head.strip():
            return []
        words = head.split()
        # "Convolutional Recurrent Predictor: ...": capitalised words that end in a model's head word
        named_model = 1 < len(words) <= 5 and all(w[:1].isupper() for w in words) and \
            head_word(head) in self.title_name_heads and not words[0].lower().endswith("ing") and \
            words[0].lower() not in STOP_WORDS  # not "Evaluating Word Embedding Models", "The Regretful Agent"
        if (len(words) > 3 and not named_model) or not (words[0][:1].isupper() or is_name_like(words[0])):
            return []
        one_word = len(words) == 1 or (len(words) == 2 and _VERSION_WORD.fullmatch(words[1]))
        if not words[0][:1].isupper() and not one_word:
            return []  # "sharpDARTS: ...", "wav2vec 2.0: ..." (not "mHealth Apps: A Systematic Review")
        if any(w.lower() in STOP_WORDS or w.lower() in self.title_relation_words for w in words[1:]) or \
                head.strip() in self.not_names:
            return []  # (nor "DPO Meets PPO: ...": two things met)
        if len(words) > 1 and not any(is_name_like(w) for w in words) and not named_model and \
                not (len(words) == 3 and words[1] == "&"):  # "Mix & Match: ...", "Curls & Whey: ..."
            return []
        if head.strip().lower() in self.title_non_names or words[0].lower() in self.title_non_names:
            return []
        if len(words) > 1 and _TITLE_ACTIVITY.fullmatch(words[0]) and \
                singular(words[-1].lower()) not in self.title_name_heads:
            return []  # "Auditing ImageNet: ...", "Explaining AlphaGo: ...": an activity on a name (not "Lifting AutoEncoders")
        start = len(title) - len(title.lstrip())
        # "MinAtar: An Atari-inspired Testbed ...", "SEWA DB: A Rich Database ...", "Segway DRIVE Benchmark: ..."
        data = _TITLE_DATA_REST.match(rest) or head_word(head) in self.dataset_heads
        kind = "datasets" if data else "methods"
        return [(start, start + len(head.strip()), kind, "pattern:title" if kind == "methods" else "pattern:title_dataset")]

    def _title_model(self, title: str, existing: Sequence[Candidate]) -> list[tuple[int, int, str, str]]:
        # "Hybrid Residual Attention Network for Single Image Super Resolution": the model a title
        # opens with (not "A Deep Neural Network for ...", "Testing Deep Neural Network based ...",
        # "LSTM-based Network for ...", nor "Generative Adversarial Network for ...", a lexicon name)
        m = self.title_model.match(title)
        if not m:
            return []
        words = m.group(1).split()
        if len(words) < 3 and not any(is_name_like(w) for w in words):
            return []  # "Generative Model for ...", "Context Model for ...": a description
        if words[0].lower() in STOP_WORDS or any(w.lower().endswith(("ing", "-based")) for w in words) \
                or words[0].lower() in self.title_non_names or m.group(1).lower() in self.never_proposed:
            return []
        for c in existing:
            if c.kind == "methods" and c.start < m.end(1) and m.start(1) < c.end:
                # a lexicon name inside: a new model only if words other than fillers qualify it
                # ("Syntax-Infused Variational Autoencoder"; not "Deep Convolutional Neural Network")
                rest = (title[m.start(1):c.start] + " " + title[c.end:m.end(1)]).lower().split()
                if all(w in self.title_model_fillers or w in self.title_name_heads for w in rest):
                    return []
        return [(m.start(1), m.end(1), "methods", "pattern:title_model")]

    def _built_on(self, text: str, end: int) -> bool:
        # a name piece cut before "-based", "-guided", ... (cues.json: name_suffixes_to_strip)
        for suffix in self.suffixes:
            if text[end:end + len(suffix)].lower() == suffix:
                after = end + len(suffix)
                return after >= len(text) or not text[after].isalnum()
        return False

    def _title_task(self, title: str) -> list[tuple[int, int, str, str]]:
        # "... for Autonomous Real-World Reinforcement Learning", "Towards Continual Learning":
        # the phrase after "for"/"towards" in a title, when a task word ends it
        m = _TITLE_FOR.search(title)
        if not m:
            return []
        words = m.group(1).split()
        last = words[-1].lower()
        # a task head as written or singular (not kind_of_phrase: it reads "synthesis" as a plural)
        # (or a short phrase ending in an action noun: "Deep Frame Prediction for Video Coding")
        # (two or three words, none a function word, not opening with a verb's gerund: not "for Vision",
        # "for Improving Machine Reading")
        head = last in self.title_task_heads or last in self.task_heads or last.rstrip("s") in self.task_heads or (
            singular(last) in self.title_qualified_task_heads and any(
                w.lower() not in self.kinds_of_study and w.lower() not in self.task_stop for w in words[:-1]))
        action = 2 <= len(words) <= 3 and last.endswith(_ACTION_NOUN_ENDINGS) and last not in self.not_action_nouns \
            and not words[0].lower().endswith("ing") and not any(w.lower() in STOP_WORDS for w in words)
        if not head and not action:
            return []
        if any(is_name_like(w) and not w.isupper() for w in words):
            return []  # "for LLMs": a name, not the task
        if len(words) == 1 and last.endswith("ing") and title[m.end(1):].strip()[:1].isalpha():
            return []  # "for Learning From Noisy Labels": a verb with its object, not the task
        start = m.start(1)
        while len(words) > 2 and (words[0].lower() in self.task_stop or words[0].lower() in STOP_WORDS or
                                 self._task_phrase_opener(words)):
            # "for Efficient Video Generation", "for Computationally Efficient Gesture Classification",
            # "for Generalizing Affordance Understanding": the task without the quality or the verb
            start += len(words.pop(0)) + 1
        if words[0].lower() in self.task_stop:
            return []
        return [(start, m.end(1), "tasks", "pattern:task_phrase" if head else "pattern:title_action")]

    def _task_phrase_opener(self, words: list[str]) -> bool:
        """A title's 'for X' phrase opens with a verb's gerund or an adverb of a quality, which are no
        part of the task ("for Generalizing Affordance Understanding", "for Computationally Efficient
        Gesture Classification"; not "for Weakly Supervised Segmentation", "for Cooking State Recognition")."""
        low = words[0].lower()
        return low in self.title_verb_gerunds or (low.endswith("ly") and words[1].lower() in self.task_stop)

    def _title_gerund_task(self, title: str) -> list[Candidate]:
        # "Detecting Toxicity in News Articles", "Towards Predicting Links ...", "... for Detecting
        # Depression": the gerund's object of up to three words, as a task named by the gerund's
        # noun ("toxicity detection")
        for m in _TITLE_GERUND.finditer(title):
            head = self.title_gerund_tasks.get(m.group(1).lower())
            name = head and self._object_task(title, m.start(2), m.end(2), head)
            if name:
                return [Candidate(m.start(1), m.end(2), "tasks", name, "pattern:title_gerund")]
        return []

    def _title_nominal_tasks(self, title: str, existing: Sequence[Candidate]) -> list[Candidate]:
        # "Automated Segmentation of Lesions in Ultrasound" -> "lesion segmentation"; not when the
        # word before makes a task the lexicon knows ("Semantic Segmentation of Aerial Images")
        if " of " not in title:
            return []
        lexicon_tasks = {c.end for c in existing if c.kind == "tasks" and c.end <= len(title)}
        out = []
        for m in self.title_nominal.finditer(title):
            before = _WORD_BEFORE.search(title, max(0, m.start(1) - 40), m.start(1))
            if before and m.end(1) in lexicon_tasks:
                continue
            if before and before.group(1) in ("the", "a") and \
                    title[:before.start(1)].rstrip().lower().endswith(self.title_nominal_not_after):
                continue  # "Preventing the Generation of Inconsistent Sets": an action against the task, not it
            name = self._object_task(title, m.start(2), m.end(2), m.group(1).lower())
            if name and not title.startswith(",", m.end(2)):  # "Detection of Objects, Surfaces, and ..."
                out.append(Candidate(m.start(1), m.end(2), "tasks", name, "pattern:title_nominal"))
        return out

    def _object_task(self, title: str, start: int, end: int, head: str) -> str | None:
        # a task's object of one to three plain words, the last singular: "Links" + "prediction"
        # -> "link prediction"; None for "the ...", "GPT-4's ...", "Patient Groups based", "Long and ..."
        words = title[start:end].split()
        plain = all(w.lower() not in STOP_WORDS and not _NAME_MARK.search(w[1:]) and not w.endswith(("ing", "ed"))
                    for w in words)
        if not 1 <= len(words) <= 3 or not plain or words[0].lower() in self.task_stop \
                or title.startswith(" and ", end):
            return None
        return f"{singular_phrase(' '.join(words).lower())} {head}"

    def _propose(self, text, cue_end, s_end, pieces, piece_starts, clauses):
        if text.endswith("formulate", 0, cue_end):
            # "we formulate causality extraction as a sequence tagging problem", "the motion
            # tracking as a Quadratic Program (QP)": what follows "as" is a framing, not a proposal
            framing = _AS.search(text, cue_end, s_end)
            if framing and not self._pieces_between(pieces, piece_starts, cue_end, framing.start()):
                return []  # nothing named before "as"
            s_end = framing.start() if framing else s_end
        m = _CLAUSE_END.search(text, cue_end, min(s_end, cue_end + 250))
        clause_end = m.start() if m else min(s_end, cue_end + 250)
        # the clause in which a defined acronym names the proposal: up to what it is built on
        # ("we propose a new policy representation based on score-based diffusion models (SDMs)")
        built_on = _BUILT_ON_CUE.search(text, cue_end, s_end)
        if built_on and _NAMING_IN_CLAUSE.search(text, built_on.end(), s_end):
            built_on = None  # "a network based on the lesion's characteristics, called RS R-CNN"
        gerund = _GERUND_BEFORE.match(text, cue_end)
        if gerund:
            # "we propose training reward models (RMs)": an activity; but "we propose learning from
            # play (LfP)" names the proposal by the gerund phrase itself
            clauses.append((cue_end, gerund.end()))
        else:
            clauses.append((cue_end, built_on.start() if built_on else s_end))
            if built_on and built_on.start() == cue_end:
                return []  # "we propose the use of inertial measurement units (IMU)": nothing new is named
        # "we propose a new RL framework -- HERON", "a novel discrete visual tokenizer: Selftok", "a
        # novel Fully Convolutional Network (FCN), RatLesNet, for ...": a described head, then the name
        for described_name, close in ((_DESCRIBED_NAME, None), (_DESCRIBED_APPOSITION, _APPOSITION_CLOSE)):
            described = described_name.match(text, cue_end, s_end)
            if described and described.group(1).lower() in self.method_heads:
                after = self._pieces_between(pieces, piece_starts, described.end(), described.end() + 80)
                if after and after[0].start == described.end() and self._ok(text, after[0]) and (
                        close is None or close.match(text, after[0].end)):
                    return [(after[0].start, after[0].end, "methods", "pattern:propose")]
        named_later = _NAMED_LATER.search(text, clause_end, s_end)
        if _NAMING_IN_CLAUSE.search(text, cue_end, clause_end) or _NAMED_AFTER_CLAUSE.match(text, clause_end) or (
                named_later and not _WE.search(text, clause_end, named_later.start())):
            return []  # "we propose a framework called X", "... recipe, which we call X": the naming rule reads X
        appositive = _APPOSITIVE.match(text, cue_end, clause_end + 8)
        if appositive and appositive.group(1).split()[0] not in _GENERIC_START:
            return [(appositive.start(1), appositive.end(1), "methods", "pattern:propose")]
        names = [p for p in self._pieces_between(pieces, piece_starts, cue_end, clause_end) if self._ok(text, p)]
        if not names:
            # "we propose the dense reinforcement learning method"
            m = _LOWER_METHOD.match(text, cue_end, clause_end) or _LOWER_NAME_PROPOSED.match(text, cue_end, clause_end + 1)
            words = m.group(1).split() if m else []
            if m and words[-1] in self.method_heads and not any(
                    w in _GENERIC_START or w in self.task_stop for w in words[:1]) and not (
                    len(words) == 1 and words[0] in self.method_heads):
                return [(m.start(1), m.end(1), "methods", "pattern:propose")]  # not "a learning framework"
            return []
        first = names[0]
        if _ADVERB_BEFORE_NAME.fullmatch(text, first.start, first.end) and text[first.end + 1:first.end + 2].isupper():
            return []  # "a Highly Untangled Generative-model Engine ...": the run's adverb, cut from it
        if text[cue_end - 1] == "," and not _APPOSITION_END.match(text, first.end):
            return []  # "Our model, TASCNet, uses" names it; "with our model, Baxter robot can" does not
        if _OWNER_RUN.match(text, first.start):
            return []  # "we present Hitachi and Paderborn University's joint effort": the owner's, unnamed
        if self._built_on(text, first.end):
            return []  # "a novel Transformer-based diffusion model": built on the name, not named by it
        if _EXAMPLES_BEFORE.search(text, cue_end, first.start):
            return []  # "we present an evaluation of existing ... services, such as Amazon Rekognition": not new
        if _DATA_SOURCE_BEFORE.search(text[cue_end:first.start]):
            return []  # "a Danish dataset containing user-generated comments from Reddit": the source
        head = _NEXT_LOWER_WORD.match(text, first.end)
        if head and head.group(1) in _NOT_METHOD_HEADS:
            return []  # "we propose the Fisher metric for ...": not a method's name
        if gerund and gerund.end() <= first.start:
            return []  # "we propose training reward models (RMs)": an activity, not a name
        start = first.start
        glued = _GLUED_MODIFIER.search(text, cue_end, start)
        if glued:
            start = glued.start(1)  # "a length-controlled AlpacaEval"
        apposition = self.dataset_apposition.match(text, first.end)
        if apposition and not any(w.lower() in STOP_WORDS or w.lower() in self.method_heads
                                  for w in apposition.group(1).split()):
            # "We also create PMC-SA, a new dataset of academic publications": a dataset's name
            # (not "DistillX, a framework for dataset distillation")
            return [(first.start, first.end, "datasets", "pattern:dataset_cue")]
        out = [(start, first.end, "methods", "pattern:propose")]
        last = first
        for other in names[1:]:
            if other.start < last.end:
                continue
            # "we propose A and B, which ...", "A as well as a B mechanism", "a simple SnapshotRL baseline
            # algorithm, S3RL, which ...": the name of what the first one qualifies, set off by commas
            gap = text[last.end:other.start]
            head = _HEAD_THEN_COMMA.fullmatch(gap)
            if re.fullmatch(r"\s*(?:,|and|,\s*and|as well as(?: an?)?)\s*", gap) or (
                    head and head.group(1) in self.method_heads and _APPOSITION_CLOSE.match(text, other.end)):
                out.append((other.start, other.end, "methods", "pattern:propose"))
                last = other
        return out

    def _naming(self, text, cue_start, cue_end, s_start, s_end, pieces, piece_starts):
        after_start = cue_end
        while after_start < s_end and text[after_start] in " \"'“‘`":
            after_start += 1
        quoted = after_start > cue_end and text[after_start - 1] in "\"“'‘`"
        candidates = self._pieces_between(pieces, piece_starts, after_start, min(s_end, after_start + 80))
        referring = text.startswith("we refer", cue_start)  # "we refer to (it) as"
        if referring and (quoted or not candidates or candidates[0].start != after_start) \
                and not _DEFINED_AFTER.match(text, after_start, s_end):
            return []  # "a situation we refer to as mesa-optimization", "what we refer to as slo-mo playback": a
            # concept; only a name ("we refer to as LogAG", "... as Panoptic FPN") is a proposed one's
        m = _QUOTED_NAME.match(text, after_start, s_end) if quoted else None
        if m:
            start, end = m.start(1), m.end(1)  # 'called "Reuse and Diffuse"'
            while end > start and text[end - 1] in ",.;: ":
                end -= 1  # 'known as "the reversal curse,"'
            if text.startswith("the ", start):
                start += 4
            if _DESCRIPTION_QUOTED.match(text, start, end):
                return []  # 'has been called "one of the embarrassments of applied mathematics"': no name
        elif candidates and self._built_on(text, candidates[0].end):
            return []  # "called Constraint-based causal Discovery (CD-NOD)": the acronym names it
        elif candidates and candidates[0].start == after_start and self._ok(text, candidates[0]):
            start, end = candidates[0].start, candidates[0].end
        elif text[cue_start:cue_end].lower().startswith("we ") and candidates and self._ok(text, candidates[0]):
            # "We call our one-step models InstaFlow", "We call the collection ..., the Relational Box Field"
            start, end = candidates[0].start, candidates[0].end
        else:
            m = _LOWER_NAME_AFTER_CUE.match(text, after_start, s_end)
            if not m or all(w in STOP_WORDS for w in m.group(1).split()) or m.group(1).startswith(("a ", "an ")):
                return []  # (not 'whom we call the "prime" agent', nor "is called a sketch": a kind, not a name)
            start, end = m.start(1), m.end(1)
        before = text[max(s_start, cue_start - 40):cue_start].rstrip(" ,")
        before = re.sub(r"\s*,?\s*(?:which|that|and|as|we|what)?\s*$", "", before)
        kind = kind_of_phrase(before, self.heads) or "methods"
        if referring and (kind == "tasks" or _NOT_METHOD_BEFORE.search(before)):
            return []  # "a simpler problem we refer to as SparseCCE": a problem's name, no method's
        if kind == "tasks":
            kind = "methods"
        sentence = text[s_start:s_end]
        lowered = _NOT_PROPOSAL_CONTEXT.search(text, s_start, cue_start)
        proposed = kind == "methods" and _US.search(sentence) is not None and lowered is None
        return [(start, end, kind, "pattern:called_proposed" if proposed else "pattern:called")]

    def _our(self, text, cue_end, pieces, piece_starts, known_methods=()):
        gap = _OUR_GAP.match(text, cue_end)
        start = gap.end()
        described = _OUR_DESCRIBED.match(text, start)
        headed = None
        if described and described.group(1) in self.our_heads:
            start = described.end()  # "The proposed method, RegNet, is evaluated": the name after its head
        elif (m := _OUR_HEADED.match(text, start)) and m.group(2) in self.our_heads:
            headed = m
            start = m.end()  # "our proposed method LIT", "Our proposed deep network DUBLID"
        cands = self._pieces_between(pieces, piece_starts, start, start + 60)
        if not cands or cands[0].start != start or not self._ok(text, cands[0]):
            return []
        p = cands[0]
        head = _NEXT_LOWER_WORD.match(text, p.end)
        said_proposed = text.endswith("proposed", 0, cue_end) or gap.group(0).strip() == "proposed"

        def known(piece) -> bool:  # a method the lexicon or an acronym names already
            return any(s < piece.end and piece.start < e for s, e in known_methods)

        if text.endswith(("new", "novel"), 0, cue_end) and not (described or headed):
            return []  # "a new method, MoSh++,", "a novel network UtterIdNet" (not "a novel FER framework": a task's)
        not_method = head and (head.group(1) in self.dataset_heads or head.group(1) in ("baseline", "baselines"))
        our_name = text.endswith(("our", "Our"), 0, cue_end) and not said_proposed
        if our_name:
            not_method = not_method or self._data_or_part_follows(text, p.end)
        if (head and head.group(1) in self.our_heads) or (described and text.startswith(",", p.end)) or (
                (headed or said_proposed or our_name) and p.name_like and not known(p) and not not_method):
            # "our X framework", "the proposed ST-ConvLSTM model", "Our proposed BFA utilizes ...",
            # "our SiamFC+ and SiamRPN+ obtain ..." (a name no lexicon knows, after "our")
            found = [(p.start, p.end, "methods", "pattern:our_x")]
            second = _AND_NAME.match(text, p.end)
            nxt = [c for c in self._pieces_between(pieces, piece_starts, second.end(), second.end() + 40)
                   if c.start == second.end()] if second and our_name else []
            if nxt and nxt[0].name_like and self._ok(text, nxt[0]) and not known(nxt[0]) \
                    and not self._data_or_part_follows(text, nxt[0].end):
                found.append((nxt[0].start, nxt[0].end, "methods", "pattern:our_x"))
            return found
        return []

    def _data_or_part_follows(self, text: str, end: int) -> bool:
        # after a plain "our NAME": "our QS-OCR text dataset", "our KorQX training data", "our MTurk
        # study" name data or a study; "our TTR-based reward" names a part of something else
        near = _NEXT_WORDS.match(text, end)
        return text[end:end + 12].lower().startswith(self.suffixes) or bool(near and any(
            w in self.dataset_heads or singular(w) in self.dataset_heads or w in self.our_not_method_words
            for w in re.findall(r"[\w\-]+", near.group(0).lower())))

    def _on(self, text, cue_end, s_end, pieces, piece_starts):
        m = _ON_GAP.match(text, cue_end)
        if not m or _SPEED_BEFORE_ON.search(text, max(0, cue_end - 30), cue_end):
            return []  # ("18 fps on GAP8", "40 ms on a Jetson TX2": the hardware a speed is measured on)
        start = m.end()
        cands = self._pieces_between(pieces, piece_starts, start, start + 60)
        if not cands or cands[0].start != start:
            return []
        p = max((c for c in cands if c.start == start), key=lambda c: c.end)
        found = []
        while (p.name_like or p.words >= 2) and self._ok(text, p) and len(found) < 6:
            after = _GLUED.match(text, p.end).end()  # "MS COCO 2014-30k"
            if not (_ON_FOLLOW.match(text, after) or after >= len(text)):
                break
            found.append((p.start, p.end, "datasets", "pattern:on_name"))
            # the next item of a list: "on DAVIS and FBMS", "on SST-2, MRPC and QQP"
            gap = _LIST_SPLIT.match(text, after)
            nxt = [c for c in self._pieces_between(pieces, piece_starts, gap.end(), gap.end() + 40)
                   if c.start == gap.end()] if gap else []
            if not nxt:
                break
            p = max(nxt, key=lambda c: c.end)
        return found

    @staticmethod
    def _name_right_after_cue(text, cue_start, cue_end):
        # "the publicly available mammographic dataset INbreast", "the benchmark dataset PETS09":
        # one name-like word (inner capitals or digits) right after a singular cue word
        if text[cue_start:cue_end].lower() not in _SINGULAR_CUES:
            return []
        quoted = _QUOTED_AFTER_CUE.match(text, cue_end)
        if quoted:
            return [(quoted.start(1), quoted.end(1), "datasets", "pattern:dataset_cue")]
        m = _NAME_AFTER_CUE.match(text, cue_end)
        if not m or not _NAME_MARK.search(m.group(1)[1:]):
            return []  # "dataset Human3.6M", "dataset INbreast"; not "dataset The"
        return [(m.start(1), m.end(1), "datasets", "pattern:dataset_cue")]

    def _names_after_cue(self, text, cue_end, s_end, counted=False):
        # "two large-scale datasets: 100DOH and MECCANO", "benchmarks, such as MATH and GSM8k";
        # counted: a comma after "5 benchmarks" opens the list too
        m = ((_COUNTED_LIST.match(text, cue_end, s_end) or _OF_NAMES.match(text, cue_end, s_end)) if counted
             else _AFTER_CUE.match(text, cue_end, s_end))
        if not m:
            return []
        end_m = _LIST_END.search(text, m.end(), min(s_end, m.end() + 160))
        segment_end = end_m.start() if end_m else min(s_end, m.end() + 160)
        return self._list_items(text, m.end(), text[m.end():segment_end], names_only=counted)

    def _list_items(self, text, seg_start, segment, names_only=False, must_look_like_names=False, sentence_start=-1):
        out = []
        title_end = title_end_of(text)
        pos = 0
        for item in _LIST_SPLIT.split(segment):
            idx = segment.find(item, pos)
            pos = idx + len(item)
            clean = _PAREN_TAIL.sub("", item).strip()
            offset = seg_start + idx + (len(item) - len(item.lstrip()))
            if clean.count("(") != clean.count(")"):
                # "(3D-SGRL)" cut by the list: the name without its stray bracket
                stripped = clean.lstrip("(")
                offset += len(clean) - len(stripped)
                clean = stripped.rstrip(")").strip()
            if not clean:
                continue
            lead = _LOWER_LEAD.match(clean)
            sentence_lead = None if lead else _SENTENCE_LEAD.match(clean)
            rest = clean[sentence_lead.end():].split() if sentence_lead else []
            if rest and len(rest) <= 3 and any(_NAME_MARK.search(w[1:]) for w in rest) and rest[0][0].isalpha() \
                    and not rest[-1][0].islower() and not rest[-1].endswith("-"):
                lead = sentence_lead  # a short name after the sentence's first words, not a clause
            if lead and lead.end() < len(clean) and (clean.split()[0].lower() not in _DETERMINERS or
                                                     self._data_lead(clean[:lead.end()], clean[lead.end():])):
                # "we compile ObscuraX, a dataset of ...": the name starts at its first name-like word
                # (after a determiner, only data: "our established PRCS dataset")
                offset += lead.end()
                clean = clean[lead.end():]
            cue_end = self.cue_at_end.search(clean)
            if cue_end and cue_end.start() > 0:
                clean = clean[:cue_end.start()]  # "..., DEAP, and DREAMER datasets": the name before the cue
            words = clean.split()
            if len(words) > 5 or words[0] in _DETERMINERS or words[0].lower() in _DETERMINERS and (
                    offset == sentence_start or len(words) == 1 or not words[1][:1].isupper()
                    or words[0] in ("A", "An", "The") or offset < title_end):
                continue  # (but in a sentence a capitalised run names: "the New York Times Annotated corpus")
            if len(words) > 2 and (words[-1] in ("a", "an") and words[-2].islower() or _COPULA.search(clean)):
                continue  # "SR workloads pose a challenge", "APcNER is a French": a clause before a common noun
            if clean.lower() in _NOT_LIST_NAMES:
                continue  # "The Task, Dataset, and Corpus": words of the description, not names
            if offset == sentence_start and len(words) == 1 and not any(c.isupper() or c.isdigit() for c in clean[1:]) \
                    and ("-" in clean or clean.lower().endswith(_NOT_NAME_ENDINGS) or clean.lower() in STOP_WORDS):
                continue  # a sentence's first word: "Extensive datasets ...", "Large-scale datasets"
            all_capitalised = all(w[:1].isupper() or w[:1].isdigit() or w in self.connectors for w in words) and (
                not must_look_like_names or any(is_name_like(part) for w in words for part in w.split("-")))
            if not (all_capitalised or (not names_only and any(is_name_like(w) for w in words))):
                if names_only:
                    break  # "on 4 datasets, MSGL consistently outperforms ...": a clause ends the names
                continue
            if clean in self.not_names or clean.lower() in STOP_WORDS or not any(c.isalpha() for c in clean) or \
                    _SIZE_ONLY.match(clean) or _DATE.match(clean) or _VALUE_IN_ITEM.search(clean):
                continue  # (a value is no part of a name: "datasets: 94.58% on the SEED dataset, ...")
            if words[0].isdigit() and not _YEAR_WORD.fullmatch(words[0]) and any(w[:1].islower() for w in words[1:]) or \
                    all(part in self.not_names for part in _PAIR_SPLIT.split(words[0])) and len(words) == 1:
                continue  # a count, "332 CHF patients"; a language pair, "English-French test set"
            out.append((offset, offset + len(clean), "datasets", "pattern:dataset_cue"))
        return out

    def _data_lead(self, lead: str, name: str) -> bool:
        """Lowercase words that only data's name follows: "our established", "the existing"."""
        words, named = lead.split(), name.split()
        after_determiner = len(words) == 1 or words[0].lower() in ("our", "the", "this", "these", "a", "an", "its", "their")
        return words[-1].lower() in self.dataset_lead_words and after_determiner and len(named) <= 3 \
            and all(w[:1].isupper() or w[:1].isdigit() for w in named)

    def _measures_after_cue(self, text, cue_end, s_end):
        # "(outperforms ...) in terms of hypervolume, expected utility, and sparsity": each item
        # names a measure; a list the window cuts off loses its last (cut) item
        if _SHARED_HEAD_ITEMS.match(text, cue_end):
            return []  # "in terms of both automatic and human evaluations": kinds of evaluation, no measures
        end_m = _LIST_END.search(text, cue_end, min(s_end, cue_end + 120))
        verb = _VERB_AFTER_ITEM.search(text, cue_end, end_m.start() if end_m else min(s_end, cue_end + 120))
        if verb:
            end_m = verb  # "in terms of the F-score, compared with a conventional method": the list ends
        segment_end = end_m.start() if end_m else min(s_end, cue_end + 120)
        segment = text[cue_end:segment_end]
        if end_m is None and segment_end < s_end:
            segment = segment[:segment.rfind(",") + 1]
        out = []
        pos = 0
        for item in _LIST_SPLIT.split(segment):
            idx = segment.find(item, pos)
            pos = idx + len(item)
            measure = _MEASURE_ITEM.match(_ITEM_TAIL.split(item, 1)[0])  # "sparsity on both ..."
            if measure is None:
                continue
            phrase = measure.group(2)
            if self._names_a_measure(phrase.split()):
                start = cue_end + idx + measure.start(2)
                out.append((start, start + len(phrase), "metrics", "pattern:metric_cue"))
        return out

    def _changed_measure(self, text, cue_end, s_end):
        # "lower dynamics error", "reduces the inference time": one or two modifiers and a measure word
        m = _CHANGED_MEASURE.match(text, cue_end, s_end)
        if not m or m.group(2) not in self.metric_change_heads:
            return []
        words = m.group(1).split()
        if any(w in STOP_WORDS or w in _DETERMINERS or w in self.task_stop or w.endswith("ly") or len(w) < 3
               for w in words) or kind_of_phrase(words[-1], self.heads) in ("tasks", "datasets"):
            # "improves the overall accuracy": a quality (task_modifier_stop lists qualities and
            # vague words); "improves evaluation efficiency": a task's property more often than a
            # measure the annotators of our sets name
            return []
        return [(m.start(1), m.end(2), "metrics", "pattern:metric_change")]

    def _names_a_measure(self, words: list[str]) -> bool:
        # not stop words, gerunds, adverbs or fragments ("gt" of "&gt;"); not a generic word or
        # quality ("ability", "capacity"), and not a task, dataset or method ("localization")
        for w in words:
            low = w.lower()
            if low in STOP_WORDS or low in self.task_stop or low.endswith(("ing", "ly")) or (w.islower() and len(w) < 3):
                return False
        last = words[-1].lower()
        return last not in self.not_measures and kind_of_phrase(last, self.heads) not in ("tasks", "datasets", "methods")

    def _names_before_cue(self, text, cue_start, s_start, title_end):
        # The list before the cue starts after a preposition or determiner; its items are names.
        window_start = max(s_start, cue_start - 160)
        seg_start = window_start
        # walk back word by word to the last preposition/determiner before the list
        pos = cue_start
        start_word = ""
        while pos > window_start:
            space = text.rfind(" ", window_start, pos - 1)
            raw_word = text[space + 1:pos].strip()
            word = raw_word.strip(",;:()").lower()
            if raw_word.endswith(":") and pos < cue_start:
                if cue_start < title_end:
                    return []  # "Mafiascum Dataset: A Large Text Corpus": after a title's colon, a description
                seg_start = pos
                break
            if word in _LIST_START_WORDS:
                seg_start, start_word = pos, word
                break
            if space < window_start:
                break
            pos = space + 1
        # a title capitalises every word: after a preposition there a name must look like one
        # ("Evaluation of Comprehensive Mapping Robot Datasets"; not "The Objectron Dataset")
        # (nor where the cue qualifies the next word: "Self-Supervised Dataset Distillation")
        strict = cue_start < title_end and (bool(start_word) and start_word not in _DETERMINERS
                                            or _CUE_AS_MODIFIER.match(text, cue_start))
        last_item = _LOWER_LAST_ITEM.search(text, seg_start, cue_start)
        if last_item and not all(w in _DETERMINERS for w in last_item.group(1).split()):
            return []  # "more complex CNNs or better dataset": the cue's item is a quality; the list no data
        return self._list_items(text, seg_start, text[seg_start:cue_start], must_look_like_names=strict,
                                sentence_start=s_start)


def title_end_of(text: str) -> int:
    """End of the title when the text starts with "title\\n\\n"; 0 when there is no title."""
    cut = text.find("\n\n", 0, 400)
    if cut > 0 and not re.search(r"[.!?]\s", text[:cut]):
        return cut
    return 0


@Language.factory("kg_names", assigns=["doc._.candidates"])
def make_name_finder(nlp: Language, name: str) -> NameFinder:
    return NameFinder(nlp, name)
