"""Reported numbers: "an FID of 1.73", "from 18.65 to 1.73", "20x faster", "15.7M parameters".

`find_numbers` is the plain function: every number in the text with its unit and sign ("-0.998",
"x7" for a factor written first; a range, "77%-94%", "3% - 15%" or "20x ~ 30x", is one number
valued at its low end), minus numbers that
are not results (inside names such as VASA-1 or GPT-4, resolutions such as 256x256, years,
citations, LaTeX and big-O bounds, URLs, enumerations, confidence intervals). `ResultFinder`
then ties each number to a metric, a previous value and the dataset and method of its
sentence; a number that no metric explains is dropped. Metric rules, first match wins (the rule id is the Result's `rule`):

    result:rank            a place in a ranking: "ranked 9th", "won the 1st place" (metric "rank")
    result:metric_before   a metric entity right before: "FID of 1.73", "FID=6.47", "FID 1.73"
    result:metric_after    a metric entity right after: "17.86 FID", "41.5% length-controlled win rate",
                           after the value's spread ("81.04 ± 3.87% sensitivity") or after the
                           value it is compared with ("68.3% vs 58.9% accuracy", "0.63 relative to
                           0.39, 0.52 and 0.57 in terms of ACC")
    result:unit            a unit that implies a metric: "45 seconds", "40 FPS", "480 GPU hours"; a
                           duration only when something takes it ("in 45 seconds", "took at most
                           28.6 h") or a time measure is it ("a runtime of 2 seconds", "the
                           inference time is 2.2 s"), not "a duration of 4 hours"
    result:parameters      "15.7M parameters", "1.5 billion-parameter", "a 7B model can obtain ..."
    result:out_of          "51 out of 57 games"
    result:faster          "20x faster (inference)"
    result:comparative     "60 times cheaper" (cost): result_units.json
    result:relative_change "10% higher visual quality", "4x reduction of training parameters", "8x speed
                           improvements" (a factor before "<measure> improvement/reduction"), and
                           "a 20.2% relative improvement", "10% higher than X" when the sentence
                           names no metric before the number
    result:unit_of         "55% of generated tokens", "15 GB of GPU memory"
    result:change_by       "reduce the regret by up to 70%", "improves helpfulness by 9.6%", and a
                           measure a passive change is said of ("the scan time can be reduced by 20x")
    result:change_from_to  "increasing the success rate from 85.79% to 98.95%"
    result:change_to       "reduced the multi-class logarithmic loss to 0.3033" (a measure no lexicon lists)
    result:phrase_of       "negligible time cost of approximately 17%", "a GenEval score of 0.86"
    result:phrase_is       "the parameter increase is less than 0.6%", "the error rate was 3.2%"
    result:number_phrase   "0.37 scene cuts", "83.7% average preference"
    result:list            the second and later numbers of "1.91/2.43", "8% and 30%", "A, B and C",
                           and of "N <measure> on D1, M on D2"
    result:metric_list     a further result of a number given for a list of metrics, one per other
                           metric: "95% precision and recall", "improves the t-DCF and EER by 25%"
    result:name_paren      "Scenery (21.512)" in a sentence that names the metric; "power consumption
                           (40% lower)": the measure phrase before a changed number's parenthesis
    result:sentence_metric a decimal or percentage in a sentence that names one metric before it
    result:dataset_score   "5.83 on GEditBench-EN" with no metric in sight
A number said to be a loss of a metric measures that loss: "0.41% accuracy loss", "~2% drop in
accuracy", "an accuracy drop of 1.2%" (metric "accuracy loss", "accuracy drop"; the entity stays
accuracy); a number a result stays within of another's measures the gap: "within 0.3% of the
accuracy of the bidirectional network", "the accuracy within a 1% margin from ..." (accuracy gap).
A gain in a metric the sentence names is named as one: "74.2% top-1 accuracy, 2.4% better than ...",
"a 55% relative improvement over ..." (metric "top-1 accuracy improvement", "... relative
improvement"; its metric entity is the metric's), never a value of the metric.
Previous values: "from A to B" (past A's spread and an aside: "from 1.17 +/- 0.543 mm (mean +/- std)
to 1.10"), "A -> B", "B compared to/versus A", numbers in parentheses
after "outperforming X (...)" and another system's best ("while the previous best is 42.8%",
"(second best was 95.00, third 94.46)") are previous values of the same metric, not results; a
list of several baselines ("0.87, compared to 0.85, 0.88 and 0.87") holds no result and no one
previous value.
Lists: a list of as many metrics as numbers, right before or after them, pairs in order ("an
accuracy and F1 of 90.1% and 88.2%"); "respectively" pairs the k-th metric, method or dataset of a list with the k-th number of
the list it closes ("accuracy, sensitivity and specificity of 0.965, 0.692 and 0.978,
respectively"; as many datasets named anywhere before the numbers pair so too: "on Face Forensics
dataset [46] and on our Deep Fakes dataset, performing with 82.55% and 77.33% accuracy
respectively"); slashed metrics pair with slashed numbers ("PSNR/SSIM of 32.10/0.912"); a method
named after a comparison cue ("outperforming BM25 by 19 points") owns no number.
Datasets: a number's dataset is the one its sentence ties it to; in a sentence that names none,
the previous sentence's after "the same dataset", the paper's only dataset, or the one dataset
that the number-free sentence before evaluates on ("Experimental results on the GQA v1.1 dataset
... We achieve ... 57.04%").

Metric entities: a metric named in patterns/weak_metrics.txt ("parameters", "inference speed":
words that describe methods as often as they measure them) stays an entity only when a result
measures it; a result whose metric is a phrase no lexicon knows ("harmlessness rate", "average
route length", "GPU hours") adds that phrase as a metric entity when it ends in a metric word.
"""

from __future__ import annotations

import functools
import json
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.components.batching import BatchedComponent
from kg.extract.components.doc_values import get_value, set_value
from kg.extract.components.candidates import Candidate
from kg.extract.components.entities import EntityRecord, occurrences
from kg.extract.components.names import (CHANGED_MEASURES, compared_before, read_cues, read_heads,
                                         singular, singular_phrase, title_end_of)
from kg.extract.components.sentences import sentence_offsets
from kg.extract.components.text import doc_text
from kg.extract.normalize import entity_key


_NUMBER = re.compile(r"[0-9][0-9.,]*")
_DIGIT = re.compile(r"\d")
_SLASHED_METRICS_GAP = re.compile(r"\s*(?:(?:in|of)\s+(?:terms\s+of\s+)?(?:the\s+)?)?")  # "31.2/0.89 in PSNR/SSIM"
_NUMBER_FULL = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}(?=\s?%)")  # "94,00%": a decimal comma, never a thousands one
_WORD_NUMBERS = {"half": 0.5, "twice": 2.0, "double": 2.0}
_WORD_NUMBER = re.compile(r"\b(?:by half|twice as|double the)\b")
# A pattern that starts with \b is tried at every position of the text; these substring tests
# rule it out first for almost every abstract.
_WORD_NUMBER_CUES = ("by half", "twice as", "double the")
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
_RESOLUTION_AFTER = re.compile(r"\s*(?:x|×|\{times\}|\\times|times)\s*\d")
_RESOLUTION_BEFORE = re.compile(r"\d\s*(?:x|×|\{times\}|\\times|times)\s*$")
# math just before a number: "O(", "Omega(", "leq 0.1", "k = 5", "\\epsilon=0.1" (but "FID=6.47" is a result)
_MATH_BEFORE = re.compile(r"(?:\b(?:[OoΩΘ]|Omega|Theta|omega|theta|poly|log|exp|sqrt|leq|geq|le|ge|lt|gt|approx|sim|in|tilde\{?O\}?|widetilde\{?O\}?)\s*\(\s*$|(?:(?<![A-Za-z])(?:leq|geq|le|ge)|\\leq|\\geq|\\le|\\ge)\s*$|(?<![A-Za-z])[A-Za-z]\s*[=<>≤≥]\s*$|\\[a-zA-Z]+\s*[=<>≤≥]?\s*$|[<>≤≥]\s*\$?\s*$|&(?:lt|gt|le|ge);=?\s*\$?\s*$)")
# a comparison sign before a number ("> 75%", "&lt;0.5%"), and one after a variable ("p < 5%")
_COMPARISON = r"(?:[<>≤≥]|&(?:lt|gt|le|ge);)=?\s*\$?\s*$"
_BOUND_BEFORE = re.compile(_COMPARISON)
_VARIABLE_BOUND = re.compile(r"(?<![A-Za-z])[A-Za-z]\s*\$?\s*" + _COMPARISON)
_PERCENT_AFTER = re.compile(r"\s?(?:%|\\%|percent\b)")
_CONFIDENCE_AFTER = re.compile(r"\s?(?:%|\\%|percent)?\s*(?:CI|CIs|confidence intervals?|credible intervals?|confidence)\b")
_CONFIDENCE_BEFORE = re.compile(r"(?:\bCIs?|confidence intervals?|credible intervals?|\brange)\s*(?:of\s+|[:=,]\s*|\(\s*)?(?:\[\s*)?-?$|(?:±|\\pm|\+/-|\+-|\bplus-minus|\bplus or minus)\s*\$?\s*$"
                                r"|(?:\bSDs?|\bs\.d\.|\bstd\.?|standard deviations?)\s*(?:of\s+|[:=,]\s*)?$")  # "(SD 2.90%)"
_INTERVAL_IN_PARENS = re.compile(r"(?:\d\s?(?:%|\\%)\s*)(?:CIs?|confidence intervals?|credible intervals?)\b")
_CHANCE_BEFORE = re.compile(r"\bchance(?:\s+level)?\s*(?:=|:|of|is|was)\s*$")
_FPS_AT = re.compile(r"\d\s?(?:FPS|fps)\s+(?:at|@)\s*$")
_INPUT_SIZE = re.compile(r"\d{5,}(?![\d.%])|\d+\s*[x×]\s*\d|\d+p\b")  # "640480" (a lost "x"), "640x480", "720p"
_RATIO_AFTER = re.compile(r"\s?(?:%|\\%)\s?:\s?\d")
_RATIO_BEFORE = re.compile(r"(?<![\w.\-@])\d+(?:\.\d+)?\s?(?:%|\\%)\s?:\s?$")
_SPREAD_AFTER_VALUE = re.compile(r"\d(?:\\?%)?\s*\(\s*(?:±|\\pm|\+/-)?\s*$")
# "$51$", "$94.54 \\pm 0.7 \\%$", "${\\sim30\\%}$", "$(\\sim 99\\%)$", "$&gt;$93\\%": a plain number in LaTeX
_PLAIN_MATH_NUMBER = re.compile(r"\$\s*[({]?\s*(?:(?:\\sim|\\approx|&gt;|&lt;|[<>])\s*)?[\d.,]+\s*(?:\\?%|\\times)?\s*"
                                r"(?:\\pm\s*[\d.,]+\s*(?:\\?%)?\s*)?[)}]?\s*\$")
_ABOUT_LATEX = re.compile(r"\\(?:sim|approx)\s*$")  # "\\sim 99\\%": about 99%
_IS_VERBS = (" is ", " was ", " are ", " were ", " remains ", " remained ", " stays ")
_PHRASE_IS = re.compile(r"([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})\s+(?:is|was|are|were|remains|remained|stays)\s+(?:only\s+|less than\s+|below\s+|under\s+|about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|at most\s+|at least\s+|over\s+|above\s+|just\s+|up to\s+)?$")
_PHRASE_WITH_PP_IS = re.compile(r"([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})\s+(?:between|for|across|over)\s+"
                                r"(?:(?!\b(?:that|which|who|where|when)\b)[^,;:()\d]){1,50}?"
                                r"\s+(?:is|was|are|were)\s+(?:only\s+|about\s+|around\s+|approximately\s+|roughly\s+|nearly\s+|"
                                r"just\s+)?$")  # (not a bound: "the conflict coefficient between the evidences K is less than 1")
_PHRASE_OF = re.compile(r"([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})\s+of\s+(?:only\s+|approximately\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|up to\s+|more than\s+|over\s+|at least\s+|less than\s+)?(?:~|∼)?$")
# a number that sets up an experiment rather than reports one
_SETUP_BEFORE = re.compile(r"(?:\bat (?:an? |the )?(?:[\w\-]+ ){0,3}(?:of|=)\s*$|\b(?:captured|recorded|sampled|acquired|filmed) at\s*$|\b(?:ranging|ranges|varying|varies|range) from\s*$|\bbetween\s*$|\bcompared (?:to|with) (?:between )?$|\b(?:containing|contains|comprising|consisting of) (?:about |around |approximately |over |nearly )?$)")
_SETUP_AFTER = re.compile(r"\s+of (?:the )?time(?=[.,;)])|\s+(?:corpus|corpora|dataset|datasets)\b|\s+of (?:the )?(?:recordings?|audio|speech|video|videos|data|footage|training data|text|labeled|unlabeled|annotated)\b"
    r"|\s+missing (?:data|values|labels|entries|modalities)\b"
    r"|\s+of (?:the )?(?:total|whole|entire|available|high-quality|raw) (?:training data|data|speech|recordings?|audio|footage)\b(?!\s+quality)|\s+(?:long|old)\b|\s*(?:as (?:a |the )?baseline)")
_DURATION_OF_DATA = re.compile(r"\s+of (?:[\w\-]+ )?(?:scans|recordings|clips|footage|audio|speech|video|videos|data|utterances)\b"
                               r"|\s+(?:long\s+)?(?:datasets?|recordings?|audio|speech)\b"  # "5 to 20 minutes long datasets"
                               r"|\s+(?:after|post|before|prior|into|ahead)\b")  # "up to 10 hours after death", "at 5 seconds into the future": a time point
_DURATION_CUE = re.compile(r"\b(?:in|within|takes?|taking|took|requires?|requiring|only|just|under|about|around|approximately|(?<!\bup )(?<!equivalent )to|reduces?|reduced|than|per|at)\s+(?:only\s+|just\s+|about\s+|around\s+|less than\s+|approximately\s+|at most\s+)?\$?$"
                           # a time measure the duration is: "an average runtime of 2 seconds", "inference time is 3.7 s"
                           r"|\b(?:run-?time|time|latency)s?\s+(?:of|is|was|are|were|=|:|\()\s*(?:only\s+|just\s+|about\s+|around\s+|less than\s+|approximately\s+|roughly\s+|~\s*)?\$?$")
_FACTOR_BEFORE = re.compile(r"(?:^|[\s(])[x×]$")  # matched on the two characters before a number
_FACTOR_GLUED = re.compile(r"[\w×]|\.\d")
_SYMBOL_GAP = re.compile(r"(?:'s)?\s*(?:\(\s*)?\$?(?:\\?[A-Za-zρ]{1,3})?\s?=\s?\$?")  # " r = ", "'s r = ", " ($\\rho="
_ABSOLUTE_AFTER = re.compile(r"\s*(?:absolute|relative)\b")
_GAIN_BEFORE = re.compile(r"\b(?:by|gains?|improvements?|increases?|boosts?)\s+(?:of\s+)?(?:up to\s+|about\s+|around\s+)?$")
_OVER_PREVIOUS = re.compile(r"\bover (?:the |a )?previous(?: [\w\-]+){0,2}?(?: of)?\s*$")
_CLAUSE_IN_CHANGE = re.compile(r"\b(?:while|whereas)\b")
_BUT_ALSO = re.compile(r",?\s+(?:but|and)\s+also\b")
# "a gain of 75% compared to PCA, an average AUC gain of 65.5% compared to ...": a new clause measures the
# second number, which is no baseline value of the first
_OWN_MEASURE_BEFORE = re.compile(r",\s+(?:an?\s+|the\s+)?(?:(?!(?:compared|outperform|surpass|beat|exceed|over|than|versus|vs|"
                                 r"against|baselines?|methods?|models?|approach|approaches|systems?|scores?)\b)[\w\-]+\s+){1,4}of\s+$")
_BASELINE_METRIC_GAP = re.compile(r"\s+(?:is|was|of)\s+")
_MARGIN_BEFORE = re.compile(r"\bmargins?\s*$")
_MARGINS_OPEN = re.compile(r"\s*(?:(?:more than|up to|about|around|over|nearly|approximately)\s+)?(?:[+\-]?\d|$)")
_FROM_BEFORE = re.compile(r"\bfrom\s*\$?$")  # (and LaTeX "from $92.65\\%$ to $93.64\\%$")
# a value's spread, with its unit: " $\pm$ 3.87%", "\pm 0.0587$", " +/- 0.509 mm"
_PLUS_MINUS = r"(?:±|\\pm|\+/-|\+-)"
_SPREAD = (r"\s*(?:\$\s*)?" + _PLUS_MINUS + r"\s*(?:\$\s*)?\d[\d.]*"
           r"(?:\s*(?:\\?%|(?!(?:and|or|of|on|in|at|for|to|vs|the|was|is|are|with|by|as|per)\b)[A-Za-z]{1,3}\b))?(?:\s*\$)?")
_RESPECTIVELY = re.compile(f"(?:{_SPREAD})?" r"\$?(?:,?\s+[A-Za-z][\w\-@.'()^]*){0,14}?\s*(?:\)\s*)?,?\s*(?:\(\s*)?respectively\b")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
# between the ends of a range: "77%-94%", "20x ~ 30x", "0.4~1.3 GPU-days" (not "from 18.65 to 1.73")
_RANGE_GAP = re.compile(r"(?:--|-|–|\s?[~∼]\s?|\s?\$?\\sim\$?\s?|\s[-–]\s)(?=\d)")  # (and LaTeX "1.0$\sim$2.0\%")
_SPACED_DASH = re.compile(r"\s[-–]\s")
# (or the mean and spread of runs: "1.93% (1.98+/-0.07) validation error")
_SPREAD_PAREN = re.compile(r"\s*\((?:(?:95|99|90)\s?%\s*(?:CI|confidence interval)[^()]{0,50}|"
                           r"\s*\d[\d.]*\s*" + _PLUS_MINUS + r"\s*\d[\d.]*\s*(?:\\?%)?\s*)\)\s*")
# "81.04 $\pm$ 3.87% sensitivity", "$0.9537\pm 0.0587$ AUC", "76.91 ± 1.17% (mean ± s.d.) accuracy":
# the value's spread (and what it is), then its metric
_SPREAD_THEN = re.compile(_SPREAD + r"(?:\s*\((?:mean|average|avg\.?|median)\s[^()]{0,25}\))?\s*")
_WORDED_RANGE_GAP = re.compile(r"\s+(to|and)\s+([+\-−]?)(?=\d)")  # (and signed: "+1.8% to +4.4%")
_WORDED_RANGE_UNITS = frozenset({"%", "x", "points", "dB"})  # (not lengths or times: "1 to 5 mm" is mostly a setup)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$")
_RANGE_TO_BEFORE = re.compile(r"\b(?:by|of|with|further|observe[sd]?)\s+(?:about\s+|around\s+|approximately\s+)?[+\-−]?$")
_RANGES_FROM_BEFORE = re.compile(r"\b(?:rang|var)(?:e|es|ed|ing|y|ies|ied|ying)?\s+(?:from\s+|between\s+)?$")
# between "N <measure> on D1" and the next "M on D2"
# a digit inside a name or a metric ("CIFAR-10", "F1"), not a number of its own
_GLUED_DIGIT = r"(?<=[A-Za-z@\-\d])\d"
_PARALLEL_GAP = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+(?:on|in|for)\s+(?:[^;.()\d]|" + _GLUED_DIGIT + r"){1,40}?(?:,|\s+and|,\s*and)\s*")
_DATASET_AFTER_GAP = re.compile(r"\s+(?:on|in|for)\s+(?:the\s+)?")
_WORDS_THEN_ON_GAP = re.compile(f"(?:{_SPREAD})?" r"(?:\s+[\w\-@]+){0,3}?\s+(?:on|in|for)\s+(?:the\s+)?")  # "gains on", "top-1 accuracy on"
_COMPARED_THEN_ON_GAP = re.compile(r"\s+(?:as\s+)?(?:compared\s+(?:with|to)|over|against)\s+[\w\-@]+(?:\s+[\w\-@]+)?"
                                   r"\s+(?:on|in|for)\s+(?:the\s+)?")
_SLASHED_TO = re.compile(r"\s+to\s+(?:(?:new|a|an|the|records?|record-breaking|of|only|about|around|just)\s+){0,4}")
# a value's spread and a parenthesis after it, between "from A" and "to B": "from 1.17 +/- 0.543 mm (mean
# +/- std over all patients) to 1.10 +/- 0.509 mm"
_SPREAD_AND_ASIDE = re.compile(r"\s*(?:\+/-|±|\\pm)\s*\$?[\d.]+\$?(?:\s?(?:%|\\%|[a-zA-Z]{1,3})\b)?|\s*\([^()]{0,80}\)")
_FROM_TO = re.compile(r"\$?\s+(?:\S+\s+){0,6}?to\s+(?:about\s+|around\s+|approximately\s+|only\s+|just\s+)?\$?")
# result rules whose metric phrase is stated as a measure with a value ("an average route length of ...")
_LIST_OF_RULES = frozenset({"result:list", "result:phrase_of", "result:phrase_is", "result:number_phrase",
                            "result:sentence_metric"})  # rules a metric named after a list overrides
_MEASURE_RULES = frozenset({"result:phrase_of", "result:phrase_is", "result:change_from_to", "result:change_to", "result:number_phrase", "result:unit"})
_AT = re.compile(r"\s+at\s")
_PAREN_GAP = re.compile(r"\s?\(")
# a phrase, then the parenthesis a number opens: "power consumption (40% lower"
_PHRASE_PAREN = re.compile(r"\b([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})\s*\(\s*\$?$")
# a loss of a metric, said after the metric's name ("accuracy loss", "mAP degradation") or before it,
# after the number ("~2% drop in accuracy"); a metric named before "loss of" and the number ("an
# accuracy drop of 1.2%")
_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:a\s+|an\s+|only\s+|about\s+|around\s+)?\$?$")
_MARGIN_OF_AFTER = re.compile(r"\$?\s*(?:margin\b|of\b)")  # "within 0.3% of", "within a 1% margin"
_LOSS_AFTER = re.compile(r"\s+(loss|drop|degradation)\b(?!\s+function)")
_LOSS_BEFORE = re.compile(r"\b(loss|drop|degradation)\s+(?:in|of)\s+(?:the\s+)?$", re.I)
_LOSS_OF_GAP = re.compile(r"\s+(?:loss|drop|degradation)\s+(?:of|is|was|=)\s+(?:only\s+|about\s+|around\s+|less\s+than\s+|below\s+)?\$?(?:&lt;|<|~|\\sim)?\s*\$?")
# between the metrics of one list that a number (or a list of as many numbers) is given for: "precision and
# recall", "accuracy, recall, precision, and F1-score" (not "/": slashed metrics pair with slashed numbers)
# (not "fewer parameters and the inference speed is 6 times faster": a clause of its own)
_METRIC_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_IN_TERMS_OF_BEFORE = re.compile(r"\bin\s+terms\s+of\s+(?:the\s+)?$")
_GAIN_WORD_IN = re.compile(r"\b(?:improvements?|gains?|increases?)\b")
# "97.8% on accuracy, F1 and AUC", "23.6% and 2.2% higher instance-level precision and recall"
_METRICS_AFTER_LIST_GAP = re.compile(
    r"\s*(?:(?:higher|lower|better|greater|more|less|fewer)\s+)?(?:(?:on|in|for)\s+(?:terms\s+of\s+)?(?:the\s+)?)?")
_BASELINE_LIST_GAP = re.compile(r"\s*\$?\s*(?:\\?%)?\s*\$?(\s+for\s+[\w\-.]+)?\s*(?:,\s*(?:and\s+)?|and\s+)\$?")  # "0.85, 0.88 and 0.87" ("0.78 for NetVLAD and 0.49")
# between a value and a baseline's: "0.81, outperforming a CycleGAN-based method of 0.72", "99.65% (baseline was 99.40%)"
_BASELINE_BETWEEN = re.compile(r"\s*\$?\s*(?:\\?%)?\s*\$?\s*(?:,\s*(?:outperform\w*|surpass\w*|beat\w*|exceed\w*)\s+(?:(?!\bby\b)[^,;.\d()]){1,60}?\s+(?:of|at)"
                               r"|\(\s*(?:the\s+)?baselines?(?:\s+(?:was|is|were|of))?\s*:?)\s*\$?")
# the words that compare a number with a baseline's ("81% compared to 75%", "0.93 against 0.81")
_COMPARED_WORDS = r"compared (?:to|with)|versus|vs\.?|against|relative to"
_COMPARED_BETWEEN = re.compile(rf"\b(?:{_COMPARED_WORDS})\b")
_COMPARED_AFTER = re.compile(rf"\s*\\?%?\s*\$?\s*(?:{_COMPARED_WORDS})\b")
_COMPARED_OPENS = re.compile(rf"\s*(?:as\s+)?(?:{_COMPARED_WORDS}|in comparison (?:to|with))\s")  # "(compared to X's 5.77 cm)"
# a number with a scope of its own ("31.5 on En-Fr", "0.93 when using pretraining") is no further baseline
_OWN_SCOPE_AFTER = re.compile(r"\s*\\?%?\s*\$?\s+(?:on|for|when|with|using|at|in(?!\s+terms\b))\b")
_BEST_OF_OTHERS = re.compile(r"\b(?:previous(?:ly)?\s+best|best\s+previous|prior\s+best|second[- ]best|next\s+best"
                             r"|runner[- ]up|winning\s+(?:system|team|entry)'s|winner's)\b"
                             r"(?:\s+(?!(?:and|by|with|in|while|but|we|our|achiev\w*|obtain\w*|reach\w*)\b)[\w\-]+){0,4}?"
                             r"(?:\s+(?:is|was|were|of|at|with|reach\w*|achiev\w*|obtain\w*|scor\w*|get\w*|got)|,|:)?\s*\$?$")
# another's value named by what it is ("improving on a baseline of 57.1%", "the previous state-of-the-art
# hybrid system of 7.5% WER", "previous work achieves a best score of 0.7812", "the highest reported accuracy
# of 46%", "the human performance of 96.6%", "the best performing team with an average score of 0.938"), not a
# gap to it ("over the baseline model when 80% ...", "the gap with the baseline down to 2.0")
_OTHERS_VERBS = r"(?:had|has|achieved|achieves|obtained|obtains|reached|reaches|scored|scores|yielded|yields)(?:\s+(?:an?|the|only))?"
_OTHERS_VALUE = re.compile(r"\b(?:previous(?:ly)?\s+(?:work|state[- ]of[- ]the[- ]art|record)|prior\s+work"
                           r"|(?:highest|best)\s+reported|baseline|human\s+(?:performance|accuracy|level|experts?|annotators?)"
                           r"|(?:best|top)[- ]performing\s+(?:team|system|method|model|entry|submission)s?(?:\s+with)?)\b"
                           r"(?:\s+(?!(?:and|by|with|in|while|but|we|our|when|to|down|than|if|where|using|after|over|for|on)\b)"
                           r"[\w\-']+){0,5}?(?:\s+(?:is|was|were|of|at|" + _OTHERS_VERBS + r")|,|:)\s*\$?$")
# a value people reach ("the 36-38% by the retinal specialists", "82% achieved by human experts")
_BY_PEOPLE_AFTER = re.compile(r"\s*\\?%?\s*\$?\s*(?:(?:achieved|obtained|reached|attained|reported)\s+)?by\s+(?:the\s+)?"
                              r"(?:[a-z\-]+\s+){0,2}?(?:humans?|experts?|specialists?|radiologists?|clinicians?|annotators?"
                              r"|doctors?|physicians?|ophthalmologists?|dermatologists?|pathologists?|raters?|observers?)\b")
# and others' ("compared to 1.51-2.33 for the baselines", "between 6ms and 3000ms for competing methods"; not
# "18.5% of the baseline system", a share of another's, which is ours)
_FOR_OTHERS_AFTER = re.compile(r"\s*\\?%?\s*\$?\s*(?:for|by)\s+(?:the\s+|all\s+)?(?:[a-z\-]+\s+){0,2}?(?:baselines?|competitors?"
                              r"|(?:other|existing|previous|prior|competing)\s+(?:methods?|approaches|models?|systems?|works?))\b")
# a gain before another's value is not ours to take it as the previous value ("0.4% better than the previous record of 83.1%")
_GAIN_THAN_AFTER = re.compile(r"\s*\\?%?\s*\$?\s*(?:better|higher|lower|worse|more|less|fewer|faster|slower)\s+than\b")
_ASIDE_ABBREVIATION = re.compile(r",\s*\b(?:e\.g|i\.e)\.,?(?=\s*by\s)")  # ", e.g., by 8%": an aside that opens the change
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:a|an)\s+(?:[\w\-]+\s+){0,2}?margin\s+of\s+|more than\s+|over\s+|up to\s+|about\s+"
                        r"|around\s+|nearly\s+|approximately\s+|at least\s+|~\s?|\+)?\$?$")
_VERB_CONNECTOR_END = re.compile(r"\b" + _OTHERS_VERBS + r"\s*\$?$")  # an _OTHERS_VALUE cue that ends in its verb
_GAIN_OVER_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|relative\s+to|over|than|against)\s+(?:the\s+|an?\s+)?$")
# the maker of the data a subject holds ("500 synthetic examples generated by backtranslation achieves ..."), not
# the owner of a result ("The result obtained by CapsNet is ...")
_AGENT_BEFORE = re.compile(r"\b(?:generated|created|synthesi[sz]ed|augmented|extracted|labell?ed|annotated)\s+(?:by|with|using|via)\s+(?:the\s+|an?\s+)?$")
_THIS_BEFORE = re.compile(r"\b(?:[Tt]his|[Tt]hese)\s+$")
_OURS_BEFORE = re.compile(r"\b(?:our|we)\b")  # "our team was the runner-up with ...": our own result
_DATASET_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|/)\s*(?:the\s+)?")  # (and "A and the B")
_TIME_UNITS = frozenset({"s", "ms", "min", "h", "days"})
_LENGTH_UNITS = frozenset({"mm", "cm", "m", "km", "nm", "px", "pixels", "voxels"})
# words of a physical quantity after a number: "a 1.5 gram microrobot", "1.4 hectares", "7.8 km of driving", "0.0929 deg"
_PHYSICAL_UNITS = _LENGTH_UNITS | frozenset("""g gram grams kg kilogram kilograms meter meters metre metres kilometer
kilometers kilometres miles mile hectare hectares liter liters litre litres deg degree degrees""".split())
# the object of "improves X by N%" when X is what is improved upon, not a measure
_TARGET = re.compile(r"\b(?:work|works|baselines?|methods?|approach(?:es)?|models?|state[- ]of[- ]the[- ]art|sota|systems?|competitors?"
                     r"|solutions?|counterparts?|best|(?:best|previous|prior|state[- ]of[- ]the[- ]art|sota|reported|published)\s+results?)\s*$",
                     re.I)  # (and "the previous best result"; not "semantic segmentation results")


_COMPARED_BEFORE = compared_before()
_BEATS = re.compile(r"\b(?:outperform|surpass|exceed|beat)")
_OUT_OF_NOUN = re.compile(r"(?:[\w\-]+\s+){0,4}?([a-z][\w\-]*s)\b")
_OUT_OF = re.compile(r"\$?\s*(?:/|out of)\s*\$?(\d+)\$?\s+([a-z][\w\-]*)")
_METRIC_KIND_WORDS = frozenset(read_cues()["metric_kind_words"])
_LATEX_WORD = re.compile(r"\\[a-zA-Z]+\{?\s*$")


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number in the text with its unit.

    Attributes:
        start, end: offsets of the number with its unit ("15.7M", "20x", "0.09 second").
        value: the number (51 for "51 out of 57").
        raw: the text of start:end.
        unit: "%", "x", "M", "B", "K", "s", "FPS", ... or "".
        implied_metric: the metric the unit implies ("runtime" for seconds) or None.
        after_name: the number follows a capitalised word ("Llama 3", "RTX 4090").
    """

    start: int
    end: int
    value: float
    raw: str
    unit: str
    implied_metric: str | None
    after_name: bool = False


def read_weak_metrics() -> tuple[frozenset[str], frozenset[str]]:
    """(metric names that need a reported number, names that are never metric entities).

    Read from patterns/weak_metrics.txt.
    """
    text = resources.files("kg.extract").joinpath("patterns/weak_metrics.txt").read_text("utf-8")
    lines = [line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    never = frozenset(line[1:].strip() for line in lines if line.startswith("!"))
    return frozenset(line for line in lines if not line.startswith("!")) | never, never


def _read_unit_data() -> dict:
    return json.loads(resources.files("kg.extract").joinpath("patterns/result_units.json").read_text("utf-8"))


def read_units() -> list[tuple[re.Pattern, str, str | None]]:
    """The shipped unit table (patterns/result_units.json)."""
    return [(re.compile(u["pattern"]), u["unit"], u["metric"]) for u in _read_unit_data()["units"]]


@functools.lru_cache(maxsize=1)
def read_rank_context() -> tuple[re.Pattern, re.Pattern]:
    """(before, after): the context that makes an ordinal a place in a ranking (result_units.json)."""
    ranks = _read_unit_data()["ranks"]
    return re.compile(ranks["before"]), re.compile(ranks["after"])


@functools.lru_cache(maxsize=1)
def read_operating_points() -> frozenset[str]:
    """Metrics a number after "at" sets an operating point in, lowercased (result_units.json)."""
    return frozenset(name.lower() for name in _read_unit_data()["operating_points"])


@functools.lru_cache(maxsize=1)
def read_comparatives() -> tuple[dict[str, str], re.Pattern]:
    """Comparatives a factor measures a metric by ("cheaper" -> "cost"; result_units.json), and
    their pattern right after a number: no noun may follow ("60x cheaper than", not "3x cheaper models")."""
    metrics = _read_unit_data()["comparatives"]
    words = "|".join(sorted(map(re.escape, metrics), key=len, reverse=True))
    return metrics, re.compile(rf"\s*({words})\b(?=\s*(?:than\b|and\b|while\b|in\b|[,.;)]|$))")


@functools.lru_cache(maxsize=1)
def read_symbols() -> tuple[dict[str, str], re.Pattern, re.Pattern]:
    """Statistics' symbols and the metric each names ("r" -> "Pearson correlation"; result_units.json),
    their pattern right before a number ("(r = 0.92", "rho= 0.65", "$\\rho=0.7"), and the words of
    a sentence that evaluates something."""
    data = _read_unit_data()["symbols"]
    metrics = dict(data["metrics"])
    words = "|".join(sorted(map(re.escape, metrics), key=len, reverse=True))
    return metrics, re.compile(rf"(?:^|(?<=[\s(,;$]))({words})\s?=\s?\$?$"), re.compile(data["context"])


def symbol_metric(text: str, start: int, value: float, sentence: tuple[int, int] | None = None) -> str | None:
    """The metric a statistic's symbol before the number at `start` names, if one does: the value is
    a correlation (between -1 and 1) and its sentence (found around `start` when None) evaluates something."""
    if "=" not in text[max(0, start - 3):start] or not -1 <= value <= 1:
        return None
    metrics, pattern, context = read_symbols()
    m = pattern.search(text, max(0, start - 8), start)
    if not m or not context.search(text, *(sentence or _sentence_around(text, start))):
        return None
    return metrics[m.group(1)]


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    """The offsets of the sentence around `pos`, cut at ". " or a line break (find_numbers has no Doc)."""
    start = max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1)
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e >= 0]
    return start, min(ends) if ends else len(text)


def _is_rank(text: str, start: int, end: int) -> bool:
    """The ordinal at start:end is a place in a ranking: "ranked 9th", "the 7th place"."""
    before, after = read_rank_context()
    return bool(before.search(text[max(0, start - 30):start]) or after.match(text, end))


def read_metric_in_context() -> list[tuple[str, re.Pattern, bool, str]]:
    """(unit, pattern, whether it is searched in the text right before the number rather than in
    the whole sentence, metric): implied metrics renamed by their context (result_units.json)."""
    rules = _read_unit_data().get("metric_in_context", {}).get("rules", [])
    return [(unit, re.compile(r.get("before") or r["sentence"]), "before" in r, r["metric"])
            for r in rules for unit in r.get("units") or [r["unit"]]]


def _inside(text: str, pos: int, opener: str, closer: str, reach: int) -> int:
    """Offset of the unclosed `opener` before pos (within reach), or -1."""
    o = text.rfind(opener, max(0, pos - reach), pos)
    if o < 0:
        return -1
    return o if text.find(closer, o, pos) < 0 else -1


def _spread_of_a_value(text: str, start: int, end: int) -> bool:
    """The number at start:end is all that parentheses right after a value hold: "0.99 (0.001)"."""
    return text[end:end + 1] == ")" and _SPREAD_AFTER_VALUE.search(text, max(0, start - 12), start) is not None


def _not_a_result(text: str, start: int, end: int) -> bool:
    """Local context that rules a number out (names, math, citations, URLs, resolutions)."""
    before = text[start - 1] if start else " "
    if before == "/" and start >= 2 and (text[start - 2].isdigit() or text[start - 2] == "%"):
        # "1.91/2.43", "9.8%/5.7%": a list of values (or a fraction)
        numerator = re.search(r"(\d+(?:\.\d+)?)/$", text[max(0, start - 12):start])
        if numerator and "." not in numerator.group(1) and int(numerator.group(1)) <= 10 and "." not in text[start:end]:
            return True  # "1/8", "1/1200": a fraction, not a result
    elif (before.isalpha() and not _ABOUT_LATEX.search(text, max(0, start - 10), start)) or before in "_^{\\/" or (
            before == "-" and start >= 2 and text[start - 2].isalnum()):
        return True  # GPT-4, VASA-1, x^{2} (not "\sim30\%")
    if before == "." and start >= 2 and text[start - 2].isdigit():
        return True
    if text[end:end + 1] == "/" and text[end + 1:end + 2].isdigit() and text[start:end].isdigit() and int(text[start:end]) <= 10:
        return True  # the numerator of "1/8"
    # the whitespace-delimited word holding the number
    w_start = text.rfind(" ", 0, start) + 1
    w_end = text.find(" ", end)
    word = text[w_start:w_end if w_end >= 0 else len(text)]
    if "://" in word or "www." in word or ".com" in word or ".html" in word or "arXiv" in word or "@" in word:
        return True
    in_math = text.count("$", 0, start) % 2 == 1
    plain = in_math and _PLAIN_MATH_NUMBER.match(text, text.rfind("$", 0, start))
    if in_math and not plain:
        return True  # inside $...$ (but "$51$ out of $57$" is a plain number)
    if not plain and _inside(text, start, "{", "}", 30) >= 0:
        return True  # T^{2/3} (not "${\sim30\%}$")
    if _inside(text, start, "[", "]", 120) >= 0:
        return True  # [12], [NeurIPS'21]
    if start >= 2 and text[start - 1] == "(" and text[start - 2].isalnum() and text[end:end + 2] in ("x)", "×)"):
        return True  # "MobileNetV1(1.0x)": a name's width (not "ResNet-50(76.1%)")
    paren = _inside(text, start, "(", ")", 80)
    if paren >= 0 and _MATH_BEFORE.search(text, max(0, paren - 12), paren + 1):
        return True  # O(K^{1/3}), Omega(T^{2/3})
    math = _MATH_BEFORE.search(text, max(0, start - 16), start) or _LATEX_WORD.search(text, max(0, start - 12), start)
    near = max(0, start - 10)
    if math and _PERCENT_AFTER.match(text, end) and (_ABOUT_LATEX.search(text, near, start) or (
            _BOUND_BEFORE.search(text, near, start) and not _VARIABLE_BOUND.search(text, near, start))):
        # "(&gt; 75% accuracy)", "&lt;0.5% increase": a bound on a share (not "p < 5%"); "\sim 99\%": about 99%
        math = None
    if math:
        return True  # leq 0.1, \times 2
    if _RESOLUTION_AFTER.match(text, end) or _RESOLUTION_BEFORE.search(text, max(0, start - 12), start):
        return True  # 256x256, 64 times 64
    if _CONFIDENCE_AFTER.match(text, end) or _CONFIDENCE_BEFORE.search(text, max(0, start - 30), start):
        return True  # "95% CI", "CI: 0.88-0.94", "(range: -0.13-1.00)", "0.94 ± 0.05": spreads, not scores
    if paren >= 0 and _INTERVAL_IN_PARENS.search(text, paren, start):
        return True  # "(with 95% confidence intervals 76.00%--83.75% and 81.00%--88.00%)": all bounds
    if _CHANCE_BEFORE.search(text, max(0, start - 20), start):
        return True  # "(chance = 0.26)": the chance level
    if _FPS_AT.search(text, max(0, start - 20), start) and _INPUT_SIZE.match(text, start):
        return True  # "131.45 FPS at 640480": the input size (not "40 FPS at 80.1% mAP")
    if _RATIO_AFTER.match(text, end) or _RATIO_BEFORE.search(text, max(0, start - 8), start):
        return True  # "an 80%:20% random split", "a 1:1 ratio": proportions of a setup
    if before == "(" and text[end:end + 1] == ")" and end - start <= 2:
        return True  # (1)
    if _spread_of_a_value(text, start, end):
        return True  # "0.99 (0.001)": a standard deviation after its value
    if text[end:end + 1] == ")" and (start == 0 or text[start - 1] in " \n") and end - start <= 2:
        return True  # 1)
    return False


def _unit_at(text: str, pos: int, units) -> tuple[int, str, str | None]:
    """(end, unit, implied metric) of the unit written at pos, or (pos, "", None)."""
    for pattern, unit_name, metric in units:
        u = pattern.match(text, pos)
        if u:
            return u.end(), unit_name, metric
    return pos, "", None


def _range_end(text: str, low: float, start: int, end: int, unit: str, units) -> tuple[int, str, str | None] | None:
    """(end, unit, implied metric) of the high end of a range "A-B" / "A ~ B" starting at end, or None."""
    gap = _RANGE_GAP.match(text, end)
    if gap is None:
        return _worded_range_end(text, low, start, end, unit, units)
    high = _NUMBER_FULL.match(text, gap.end())
    if high is None or (text[high.end():high.end() + 1].isalpha() and not _unit_at(text, high.end(), units)[1]):
        return None  # "3-5x" is a range; "2-3D" is not
    if float(high.group(0).replace(",", "")) < low:
        return None  # "10-7" (ten to the minus seven), "2019-11": no range runs downwards
    high_end, high_unit, implied = _unit_at(text, high.end(), units)
    if (unit and high_unit != unit) or (not unit and _SPACED_DASH.fullmatch(gap.group(0))):
        return None  # "3% - 15%" is a range, "5 - 3" is not said to be one
    return high_end, high_unit, implied


def _opens_range(before: str) -> bool:
    """The words before a number open a range of numbers: "between", "ranges from"."""
    return bool(_BETWEEN_BEFORE.search(before) or _RANGES_FROM_BEFORE.search(before))


def _worded_range_end(text: str, low: float, start: int, end: int, unit: str,
                      units) -> tuple[int, str, str | None] | None:
    # "AUC between 86% to 94%", "between 7% and 18%", "ranges from 21% to 97%", "3x to 18x
    # acceleration": a range of percentages or factors (not "from 17.2% to 73.0%": a change)
    gap = _WORDED_RANGE_GAP.match(text, end)
    if gap is None:
        return None
    before = text[max(0, start - 30):start]
    if not (_opens_range(before) or (gap.group(1) == "to" and (unit == "x" or _RANGE_TO_BEFORE.search(before)))):
        return None  # (not "raises the accuracy 61.2% to 70.4%": a change)
    high = _NUMBER_FULL.match(text, gap.end())
    if high is None or (gap.group(2) and text[start - 1:start] != gap.group(2)):
        return None  # (a sign on the high end only where the low end has it: "+1.33 to +2.63 points")
    high_end, high_unit, implied = _unit_at(text, high.end(), units)
    if high_unit not in _WORDED_RANGE_UNITS or unit not in ("", high_unit) or float(high.group(0).replace(",", "")) <= low:
        return None
    return high_end, high_unit, implied


def find_numbers(text: str, units: list[tuple[re.Pattern, str, str | None]] | None = None) -> list[NumberMatch]:
    """Every number of `text` that may be a reported result, with its unit.

    Args:
        text: a document or sentence.
        units: the unit table; `read_units()` when None.

    Returns:
        NumberMatch objects in text order.
    """
    units = read_units() if units is None else units
    out = []
    consumed = 0  # the end of the last range: its high end is no number of its own
    for m in _NUMBER.finditer(text):
        if m.start() < consumed:
            continue
        decimal = _DECIMAL_COMMA.match(text, m.start())
        full = decimal or _NUMBER_FULL.match(text, m.start())
        if full is None:
            continue
        start, end = full.span()
        raw_number = full.group(0)
        value = float(raw_number.replace(",", "." if decimal else ""))
        if _FACTOR_BEFORE.match(text, max(0, start - 2), start) and not _FACTOR_GLUED.match(text, end) \
                and not text[max(0, start - 3):start - 2].isdigit():
            # "x7 faster", "(x0.40 training time)", "at x4.": a factor written before its number
            # (not "a 3 ×4 grid", "x4y")
            out.append(NumberMatch(start - 1, end, value, text[start - 1:end], "x", None))
            continue
        if _not_a_result(text, start, end) and not symbol_metric(text, start, value):
            continue
        ordinal = _ORDINAL.match(text, end)
        if ordinal:
            if raw_number.isdigit() and _is_rank(text, start, ordinal.end()):
                # "ranked 9th on the leaderboard", "won the 1st place": a rank, valued by its number
                out.append(NumberMatch(start, ordinal.end(), value, text[start:ordinal.end()], "", "rank"))
            continue
        after = text[end:end + 12]
        if after[:1].isalpha() and not re.match(r"(?:x|×|X|M|B|K|k|s|ms|h|dB|FPS|fps|GB|MB|TB|TFLOPs|GFLOPs|times)(?![A-Za-z])", after):
            continue  # 3D, 4K frames, 8B-based, 2nd
        if after[:1] == "-" and after[1:2].isalpha() and not re.match(r"-(?:GPU|TPU|fold|times|point)", after):
            continue  # "7-layer", "2-stage"
        if start >= 2 and text[start - 1] == "-" and (text[start - 2].isdigit() or text[start - 2] == "%"):
            continue  # the high end of "65.27%-87.71%" after a low end ruled out
        end, unit, implied = _unit_at(text, end, units)
        if not unit and text.startswith("$", end) and text.count("$", 0, start) % 2:
            # "$1.9$\\% test error", "$1,000$ times faster", "only $1.5$ GPU hours": a plain number in
            # LaTeX with its unit after the math
            after_math, unit, implied = _unit_at(text, end + 1, units)
            end = after_math if unit else end
        if not unit and _YEAR.fullmatch(raw_number):
            continue
        high = _range_end(text, value, start, end, unit, units)
        if high is not None:
            # "77%-94% precision", "20x ~ 30x faster", "4-6 mm": one result, valued at its low end
            end, unit, implied = high
            consumed = end
            if _spread_of_a_value(text, start, end):
                continue  # "an AUC of 0.79 (0.78-0.81)": the interval of the value before it
        sign = text[start - 1] if start and (text[start - 1] in "+−" or (
            text[start - 1] == "-" and (start == 1 or text[start - 2] in " (["))) else ""
        if sign:
            start -= 1
            value = -value if sign != "+" else value  # "near -0.998", "−1.2 dB"
        prev_word = re.search(r"([A-Za-z][\w\-]*)\s$", text[max(0, start - 30):start])
        prev = prev_word.group(1) if prev_word else ""
        # "Llama 3", "RTX 4090" (not "Our 7B model")
        after_name = bool(prev) and (prev[0].isupper() or any(c.isupper() for c in prev[1:])) \
            and "." not in raw_number and prev.lower() not in STOP_WORDS
        out.append(NumberMatch(start, end, value, text[start:end], unit, implied, after_name))
    word_numbers = _WORD_NUMBER.finditer(text) if any(cue in text for cue in _WORD_NUMBER_CUES) else ()
    for m in word_numbers:
        word = m.group(0).split()[-1] if m.group(0).startswith("by") else m.group(0).split()[0]
        s = m.start() + m.group(0).index(word)
        out.append(NumberMatch(s, s + len(word), _WORD_NUMBERS[word], word, "x" if word != "half" else "", None))
    out.sort(key=lambda n: n.start)
    return out


_CHANGE_VERB = r"\b(?:improv|increas|reduc|decreas|boost|lower|rais|cut|enhanc|accelerat|speed(?:s|ing)? up|sav|outperform|surpass|exceed|beat|filter|remov|retain|achiev|attain|reach|obtain|yield|shorten|lift|advanc|gain)\w*"
_CHANGE_BY = re.compile(_CHANGE_VERB + r"\s+((?:(?!\bby\b)[^\d.;])+?)\s+by\s+(?:an?\s+(?:[a-z]+\s+)?margins?\s+(?:of\s+)?(?:\(\s*)?)?(?:up to\s+|over\s+|about\s+|around\s+|approximately\s+|nearly\s+|roughly\s+|at least\s+|more than\s+|a factor of\s+|an average of\s+|\+|~\s?|\$?\\sim\$?\s?)?$")
# "the energy consumptions are reduced by 1.6x", "their computational cost is also reduced by 4.5x",
# "scan time can be reduced by 20x": a measure the passive change is said of (the phrase is read by
# _noun_phrase and must end in a measure word)
_PASSIVE_CHANGE_BY = re.compile(
    r"(?:^|[,;:]\s+|\b(?:that|which|where|while|but|show|shows|showed|find|found|demonstrate)\s+)"
    r"((?:[A-Za-z][\w\-]*\s+){0,6}?[A-Za-z][\w\-]*)\s+"
    r"(?:(?:can|could|may|might|will|would|to)\s+(?:(?:also|further|significantly)\s+)?be|is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:(?:also|further|significantly|substantially|greatly|considerably|dramatically|even|shown\s+to\s+be)\s+)*"
    r"(?:reduced|improved|increased|decreased|boosted|lowered|raised|enhanced|cut|accelerated|shortened)\s+(?:up\s+|down\s+)?by\s+"
    r"(?:up to\s+|over\s+|about\s+|around\s+|approximately\s+|nearly\s+|more than\s+|at least\s+|a factor of\s+|~\s?)?\$?$")
# a training setting a schedule changes is no result: "the learning rate is reduced by 10x every 30 epochs"
_TRAINING_SETTINGS = frozenset({"learning rate", "dropout rate", "weight decay", "momentum", "temperature",
                                "batch size", "step size", "sampling rate", "frame rate"})
_SCHEDULE_AFTER = re.compile(r"\s*\S*\s+(?:every|per|after\s+each|each)\b")
_PASSIVE_CUE = re.compile(r"\b(?:is|are|was|were|be|been)\s")
# between a list of metrics and the list of numbers it names: "The precision, recall and F1 of our system
# are 0.90, ...", "precision, recall and F measures for positive comments are 89.3%, ..."
_METRICS_SUBJECT_GAP = re.compile(r"[^\d;.()]{0,60}?\s(?:are|were|is|was|reach(?:es|ed)?|achieve[sd]?)\s*:?\s*\$?")
_CHANGE_FROM = re.compile(_CHANGE_VERB + r"\s+(.+?)\s+from\s*$")
# (not a gap to another's: "bring the classification accuracy ... to only 3% below the performance of ...")
_GAP_AFTER = re.compile(r"\s*\$?\s*(?:below|above|behind|short of|lower|higher|worse|better|less|more)\b")
# "reduced the multi-class logarithmic loss to 0.3033": a measure a change brings to the number
_CHANGE_TO = re.compile(r"\b(?:improv|increas|reduc|decreas|boost|lower|rais|cut|shorten|bring|brought|push)\w*\s+"
                        r"((?:the|its|their|our)\s+[^\d.;,]+?)(?<!\bup)\s+to\s+(?:only\s+|just\s+|about\s+|around\s+|approximately\s+|~\s?)?\$?$")
_FILLER_BEFORE = re.compile(
    r"(?:\s*(?:\(|\)|=|:|≈|~|,)?\s*(?:of|to|at|is|was|are|were|by|around|about|approximately|roughly|nearly|only|just|up to|over|under|below|above|than|less than|more than|at least|at most|a|an|the|score|scores|value|values|of only|near|equals?(?=\s+to\b)|as low as|as high as|improves? to|drops? to|from|(?:improve[sd]?|increase[sd]?|boost(?:s|ed)?|rises|rose|jump(?:s|ed)|grows|grew|drop(?:s|ped)|decrease[sd]?|falls|fell|goes|went|declines?|declined)(?=\s+(?:from|to)\b))\b)*\s*[=:≈~(]?\s*\$?"
)  # (and a LaTeX value's opening dollar: "a precision of $88.23\%$")
_FILLER_AFTER = re.compile(r"\s*\$?(?:\)\s*)?(?:(?:(?:absolute|relative)\s+)?(?:improvements?|gains?|reductions?)\s+(?=in terms of))?(?:in terms of\s+(?:the\s+)?)?(?!(?:with|without|while|whereas|but|and|or|at|versus|vs|compared|than|which|when)\s)(?:(?:higher|lower|better|improvement|increase|gain|reduction|drop|relative|absolute|average|mean|top-1|length-controlled|in|of|on|the|points?|pp|overall|averaged|[\w\-]+)\s+){0,2}")
_NP_STOP = re.compile(r"\s(?:albeit|although|though|whereas|despite|by|from|to|of|over|on|for|in|with|while|and|compared|versus|vs\.?|than|at|under|across|during|when|after|before|as|if|because|thanks|using|via|through|per|against|relative(?=\s+to\b)|w\.r\.t\.?|which|that|respectively|without|has|have|had|is|are|was|were|be|been|can|could|will|would|may|might|must|should|does|do|did)(?=\s|$)|[,;:()=]")
_PARTICLE = re.compile(r"^(?:down|up|off|out)(?:\s+|$)")
_NUMBER_OF_START = re.compile(r"^(?:the\s+)?(?:total\s+)?(?:number|amount|fraction|percentage|proportion|share|count)\s+of\s+(?:the\s+)?", re.I)
# leading words that are no part of a measure phrase: reporting verbs, determiners, praise
_DET = re.compile(r"^(?:observed?|observes|achieved?|achieves|obtained?|obtains|reported?|reports|shows?|showed|demonstrated?|demonstrates|yields?|yielded|provides?|provided|brings?|sees?|gets?|the|a|an|its|their|our|his|her|this|these|that|those|overall|relative|absolute|significant|substantial|notable|noteworthy|remarkable|impressive|negligible|considerable|consistent|large|huge|dramatic|marked|clear|slight|modest|only|extra|further|total|up|over|new|record|competitive|superior|strong|state-of-the-art|sota|best|better|higher|lower)\s+", re.I)
_INNER_DET = re.compile(r"^.*\s(?:a|an|the|achieves|achieved|obtains|obtained|yields|yielded|shows|showed|gives|gave|brings|brought|provides|provided|reaches|reached|attains|attained)\s+(?=\S)", re.I)
_NUMBER_OF = re.compile(r"^(?:number|amount|fraction|percentage|proportion|share|count) of\s+", re.I)
_SETUP_NOUNS = frozenset("""steps step epochs epoch layers layer samples sample images image tasks task videos video
settings setting datasets dataset examples example iterations iteration times seconds classes class objects users
languages models model students teachers heads blocks experts frames views shots demonstrations prompts
words tokens slices system systems version release""".split())
_DURATION_NOUNS = frozenset("years months weeks".split())  # "15.6 years on average": a duration, no measure
# "a 7B model can obtain ...", "An 8.7B model ... achieves": the size, in parameters, of a model
# that achieves a result (after "a/an/our/this/its")
_SIZED_MODEL = re.compile(
    r"\s+(?:(?:language|generative|diffusion|base|dense|student|draft)\s+)?"
    r"(?:models?|LLMs?|LMs?|networks?|transformers?|variants?|versions?)\b")
_SIZED_MODEL_ACHIEVES = re.compile(
    r"[^,;.]{0,40}?\b(?:can\s+|could\s+|also\s+)?"
    r"(?:achiev|obtain|reach|outperform|surpass|match|attain|rival|beat|set)\w*\b")
_MODEL_DET = re.compile(r"(?:\b[Aa]n?|\b[Oo]ur|\b[Tt]his|\b[Ii]ts)\s+$")
# a parameter count after its number (and its unit): "15.7M parameters", "1.5 billion-parameter"
_PARAMETERS_AFTER = re.compile(
    r"[\s\-]*(?:trainable\s+|learnable\s+|total\s+|model\s+)?(?:parameters|params|parameter)\b")
# sizes that set up an experiment ("an image size of 160", "a beam size of 5"), not measure a result
_SETUP_SIZE = re.compile(
    r"(?:^|\s)(?:image|input|batch|mini-batch|minibatch|beam|patch|window|kernel|crop|vocabulary|training set|sample"
    r"|population|step|grid|filter|hidden|embedding|context) sizes?$", re.I)
# plural nouns after a bare count that make it a count of what is measured ("the segmentation accuracy of
# 19 muscles", "the cumulative rewards across 49 games"), not a value of the metric
_COUNTED_AFTER = re.compile(r"\s+([a-z]+s)(?![\w\-/])")
_SCOPE_BEFORE = re.compile(r"\b(?:of|across|over|for|on)\s+$")  # (not "higher specificity than 3 graders": a result)
_COUNTED_NOUNS = _SETUP_NOUNS | frozenset("""muscles trackers landmarks participants graders games patients subjects
annotators organs scenes categories domains benchmarks sites centers hospitals volunteers speakers runs seeds folds
regions structures lesions""".split())
# nouns after "X% of" that name no measure
_NO_MEASURE_NOUNS = frozenset("cases case them all these those instances examples".split())
_COMPARE_CUE = re.compile(r"\b(?:outperform\w*|surpass\w*|compared (?:to|with)|than|previous|prior|baseline\w*|versus|vs\.?|beat\w*|exceed\w*)\b")
# last words that make a result's metric phrase a metric entity of its own
_METRIC_WORDS = frozenset("""rate accuracy score error length time hours ratio latency throughput memory
footprint distance precision recall correlation fps cuts calls runtime""".split())
_MODIFIERS = re.compile(r"^(?:(?:higher|lower|better|worse|faster|slower|improvement|increase|gain|reduction|drop|relative|absolute|in|of|on|the|points?|pp|overall|averaged|mean)(?:\s+|$))+", re.I)
# between two numbers of one list: "1.91/2.43", "8% and 30%", "0.80 dB for 4K frames and 0.96 dB"
# (a value's spread and unit may stand between: "92.4 $\pm$ 13.5 HU and 100.7 $\pm$ 14.6 HU"; so may the
# dollars of LaTeX values: "$3.54\%$ and $10.09\%$")
_LIST_GAP = re.compile(f"(?:{_SPREAD})?" r"\$?(?:\s+(?:for|on|in|at|with|under)\s+[^;.()]{1,40}?)?\s*(?:/|,|and|or|,\s*and|,\s*or)\s*\$?(?:\+\s*)?")
_NOT_PHRASE_START = frozenset("""of and or to in on for the with higher lower better worse more less fewer faster slower
improvement improvements gain gains increase increases reduction reductions decrease drop boost speedup
relative absolute respectively vs versus as near each every per across many several various over under above below
at by from into within without after before during pp compared comparing depending when while between if than is are was were be been being has have had""".split())
# words inside rule 6's phrase that end it: "99% similarity in terms of MS-SSIM" -> "similarity"
_PHRASE_BREAKS = frozenset("""in on at by with from into within without over under as when while if than
compared comparing is are was were be been has have had""".split())  # (not "coefficient of variation")
_RELATIVE_AFTER = re.compile(r"\s*(?:higher|lower|better|worse|more|less|fewer|faster|slower|improvement|gain|increase|reduction|decrease|drop|boost|speed-?up)(?![\w-])")
_FACTOR_GAIN_AFTER = re.compile(r"\$?\s+((?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+"
                                r"(improvements?|reductions?|speedups?|speed-ups?|gains?|increases?|boosts?)\b")
_BARE_GAIN = re.compile(
    r"\s*(?:(?:percentage\s+)?points?\s+|pp\s+)?(?:(relative)\s+|absolute\s+)?(?:improvements?|gains?|increases?)\b(?!\s+(?:in|of)\b)"
    r"|\s*(?:higher|better)\s+than\b")  # "7.7% point absolute improvement"
_ACRONYM_AFTER = re.compile(r"\s?\(([A-Za-z][\w\-@.]{0,14})\)")
# rule 6's words after a number, up to a break: "0.37 scene cuts", "83.7% average preference"
_NUMBER_PHRASE = re.compile(r"\s+((?:[a-z][a-z\-]+\s+){0,2}[a-z][a-z\-]+)(?=\s*[,.;:()]|"
                            r"\s+(?:in|on|for|of|versus|vs|compared|than|while|when|and|with|over)\b)")
_WITH_BEFORE = re.compile(r"\b(?:[Ww]ith|[Uu]sing)\s+(?:only\s+)?\$?$")
# what a share after "with"/"using" sets up ("with $1\%$ corruptions", "using 10% labeled data")
_SETUP_SHARE_NOUNS = frozenset("""corruption corruptions noise label labels labeled labelled data annotation annotations
outlier outliers sample samples example examples""".split())
_SUBJECT_GAP = re.compile(r"(?:\s+(?:model|network|classifier|architecture|baseline|system))?(?:\s*\([^()]{1,20}\))?"
                          r"(?:\s+(?:was|is|were|are)\s+able\s+to|\s+(?:alone|only))?"
                          r"\s+(?:achieve[sd]?|obtain(?:s|ed)?|reach(?:es|ed)?|yield(?:s|ed)?|gets|got|gives?|gave|"
                          r"score[sd]?|attain(?:s|ed)?|records?|recorded)"
                          r"(?:\s+(?:an?|the|its))?(?:\s+[\w\-]+){0,4}?(?:\s+(?:of|=|:))?(?:\s+(?:about|around|~))?\s*\$?~?")
_NEW_SETTING = re.compile(r"\b(?:user stud(?:y|ies)|participants|survey|deploy\w*|in production|in practice|"
                          r"real[- ]world|appl(?:y|ied|ying|ies)|also|other|another|additional|further|transfer\w*)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but|and\s+(?:the|our|a|an|its))\b")
_PART_OF_OURS = re.compile(r"\b(?:backbone|base|underlying|our|proposed)\s+$", re.I)  # "The backbone CNN achieved"
_EVALUATED_ON = re.compile(r"\b(?:evaluat|experiment|test|validat|benchmark|assess)\w*\b.{0,40}?\b(?:on|using|with|in)\s+"
                           r"(?:the\s+|a\s+|our\s+)?(?:[\w\-]+\s+){0,3}$", re.I)
_SAME_DATASET = re.compile(r"\bthe\s+same\s+(?:dataset|data\s?set|benchmark|corpus|test\s+set)\b")
_GAIN_WORDS = frozenset({"improvement", "gain", "increase", "reduction", "decrease", "boost"})  # in the singular
# the rest of a list of shares, then "in (the) (average) " or "... in terms of": the list's measure follows
_LIST_THEN_IN = re.compile(r"(?:\s*,?\s*(?:and\s+)?[-+]?\d+(?:\.\d+)?\s?(?:%|\\%))*,?"
                           r"(?:[^.;\d]{0,60}?\s+in\s+terms\s+of|\s+in)\s+(?:the\s+)?(?:(?:average|mean|overall)\s+)?")
_FACTOR_NOUN = re.compile(r"\s*(?:(?:overall|total|weight|model|parameter|network|memory|storage|structured|"
                          r"non-structured|unstructured)\s+){0,2}(compression|pruning)\b(?!\s+rate)")
_COMPRESSED_BY = re.compile(r"\bcompress(?:es|ed|ing)?\s+(?:(?:the|a|an|its|our|their)\s+)?(?:[\w\-]+\s+){0,2}?"
                            r"(?:by\s+)?(?:(?:about|around|approximately|up to|over|nearly|more than|roughly)\s+)?(?:a factor of\s+)?$")
_DATASET_GAP = re.compile(r"(?:[^.;)\d]|" + _GLUED_DIGIT + r")*?\b(?:on|in|for|at|across|of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?")
# (or reports its experiments: "... patches were registered", "Results: Pegasus detected ...")
_SELF = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Hh]ere(?:in)?|[Tt]his (?:paper|work|study|article|letter|thesis|report|project)|"
                   r"(?:[Ii]n|[Tt]o) this|[Pp]ropos\w*|[Pp]resent(?:ed|s)|[Ii]ntroduc\w*|[Nn]ovel)\b|"
                   r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:trained|evaluated|tested|collected|registered|developed|designed|"
                   r"built|implemented|used|applied|performed|conducted|measured|computed|calculated|compared|"
                   r"analy[sz]ed|obtained|achieved|recruited|enrolled|included|acquired)\b|"
                   r"^\W*(?i:Results?|Methods?|Materials|Findings|Conclusions?|Experiments?|Evaluation|Design)\s*[:.]")
_BACKGROUND_SENTENCES = 6  # at most this many opening sentences are background
# "at" before a number (an operating point's, when an operating-point metric follows it), and "at" and a
# number before a metric mention: "at 0.7 IoU", "at a 0.5 IoU threshold", "at 142 FPS"
_AT_BEFORE = re.compile(r"\bat\s+(?:an?\s+)?$")
_AT_THRESHOLD = re.compile(r"\bat\s+(?:an?\s+)?\d[\d.]*\s*$")
# before a point metric named before its number: "at a reasonable false positive rate of", "for FAR="
_POINT_BEFORE = re.compile(r"(?:\b(?:at|for)\s+|@\s*)(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}$")
_POINT_GAP = re.compile(r"\s*(?:of|=|:)?\s*(?:only\s+|just\s+)?\$?")
_THRESHOLD_AFTER = re.compile(r"\s*(?:IoU\s+)?thresholds?\b")
# a gain that names no measure ("an average improvement of 41%", "a 17% relative gain"), and the metrics
# such a gain is not in: costs and speeds a sentence gives beside a quality's gain
_GENERIC_GAIN = re.compile(r"(?:(?:average|relative|absolute|maximum|overall|mean)\s+)?(?:improvement|gain|increase|boost)s?")
_NOT_GAINED = frozenset({"fps", "runtime", "training time", "inference time", "latency", "parameters", "flops",
                         "memory", "throughput", "speedup", "speed", "training speed", "inference speed",
                         "energy consumption", "model size", "computational complexity", "computational cost", "cost"})
# (spaCy's stop words but those that also name things: "top 5 accuracy", "mine detection", "front view error")
_FUNCTION_WORDS = STOP_WORDS - {"top", "bottom", "front", "back", "side", "part", "mine", "name", "call", "move",
                                "amount", "whole", "first", "last", "well"}


def _without_function_words(metric: str) -> str:
    """The metric phrase without the function words it opens with: a phrase that opens with one ("the",
    "and", "it only", "all patches"; not "ME", nor "top 5 accuracy") is a clause's piece, not
    a measure's name."""
    words = metric.split(" ")
    k = 0
    while k < len(words) and not words[k].isupper() and words[k].lower() in _FUNCTION_WORDS:
        k += 1
    return " ".join(words[k:]) if k else metric


# (an active verb: "videos were processed at a frame rate of 25 fps" is a setup)
_RUNS_AT = re.compile(r"(?<!was )(?<!were )\b(?:runs?|running|ran|operat(?:es|ing|ed|e)|works?|working|execut(?:es|ing|ed|e))\s+"
                      r"(?:\w+\s+)?at\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}(?:of|=)\s*$")
_MEASURE_AFTER_MARGIN = re.compile(r"\s*(?:\\?%|\$)?\s*(?:in|in\s+terms\s+of)\s+(?:the\s+)?[a-z]")  # "by 30% in speed"
_MEASURE_AFTER_BY = re.compile(r"\s*(?:\\?%|\$|points?|percentage points?)?\s*(?:in|on|in\s+terms\s+of)\s+(?:the\s+)?(?=[a-z])")
_MARGIN_MEASURE_WORDS = _METRIC_WORDS | {"quality"}  # the last word of a margin's measure named after it
_SUBJECT_METRIC_GAP = re.compile(r"\s*(?:\(\s*[\d.]+\s*\\?%?\s*\)\s*)?")  # "F-measure (82.2%) outperforms"
_PART_CUE = re.compile(r"\b(?:with|using|via|by|through)\s+(?:the\s+(?:aid|help|use)\s+of\s+)?(?:(?:the|our|a|an)\s+)?"
                       r"(?:(?:proposed|new|novel)\s+)?$", re.I)  # ("With the aid of PBS, we ...")
_OUR_METHOD = re.compile(r"\b(?:[Oo]ur|[Tt]he\s+proposed)\s+(?:(?:full|overall|final|complete|whole|proposed)\s+)?"
                         r"(?:method|approach|model|framework|system|network|architecture|algorithm|pipeline)\b(?!.*\b(?:[Oo]ur|[Tt]he\s+proposed)\s)")
_RELATIVE_CLAUSE = re.compile(r"[\w)],\s+(?:which|who)\s[^,;()]*$")  # the clause a mention is inside of
_IN_SETTING = re.compile(r"\s*(?:(?:relative|absolute)\s+)?(?:higher|lower|better|worse|larger|smaller)\s+in\s+")  # "lower in <a setting>"
_GENERIC_MEASURES = frozenset({"score", "scores", "value", "values", "result", "results", "performance"})


@functools.lru_cache(maxsize=1)
def measure_heads() -> frozenset[str]:
    """Last words of a phrase that names what a number measures (patterns/heads.json: measures)."""
    return frozenset(read_heads()["measures"])


def _plain_form(word: str) -> str:
    """A word without hyphens and spaces: "speed-up" and "speedup" are one spelling."""
    return word.replace("-", "").replace(" ", "")


_LY_NOUNS = frozenset({"anomaly", "family", "assembly", "supply", "reply", "poly", "rally", "jelly", "butterfly"})


def _noun_phrase(text: str, allow_digits: bool = False) -> str | None:
    """The metric phrase at the start of `text`: "the harmlessness rate of LLaMA 30B" -> "harmlessness rate"."""
    text = _PARTICLE.sub("", text)  # "cut down the cost" -> "the cost"
    text = _NUMBER_OF_START.sub("", text)  # "the number of epochs" -> "epochs"
    cut = _NP_STOP.search(" " + text)
    phrase = (text[:cut.start() - 1] if cut else text).strip(" ,;:()") if not cut or cut.start() > 0 else ""
    while True:
        stripped = _DET.sub("", phrase)
        stripped = _NUMBER_OF.sub("", stripped)
        if stripped == phrase:
            break
        phrase = stripped
    inner = _INNER_DET.search(phrase)
    if inner:
        phrase = phrase[inner.end():]  # "yields an improvement", "method achieves improvements" -> "improvement(s)"
    words = phrase.split()
    while len(words) > 1 and words[-1].lower().endswith("ly") and words[-1].lower() not in _LY_NOUNS:
        words.pop()  # "improves the performance additionally by 5%": the measure without the adverb
    phrase = " ".join(words)
    if not words or len(words) > 4:
        return None
    for w in words:
        if not re.match(r"^[A-Za-z][\w\-]*$", w):
            return None
        if not allow_digits and any(c.isdigit() for c in w) and not any(c.isupper() for c in w):
            return None
    return phrase


@dataclass
class ResultRecord:
    """One reported number of one document, before it becomes a `kg.types.Result`."""

    metric: str
    number: NumberMatch
    previous: NumberMatch | None
    dataset: Candidate | None  # the dataset mention (offsets, canonical name)
    method: object | None  # EntityRecord of the method
    metric_entity: object | None  # EntityRecord of the metric, when it is one
    start: int
    end: int
    sentence: tuple[int, int]
    rule: str


class ResultFinder(BatchedComponent):
    """Ties numbers to metrics, previous values, datasets and methods (see the module docstring).

    Sets:
        Doc._.results: list of ResultRecord in text order.
    """

    def __init__(self, nlp: Language, name: str = "kg_results"):
        self.name = name
        self.units = read_units()
        self.metric_in_context = read_metric_in_context()
        self.weak, self.never = read_weak_metrics()
        self.metric_words = _METRIC_WORDS
        if not Doc.has_extension("results"):
            Doc.set_extension("results", default=None)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        numbers = find_numbers(text, self.units)
        if not numbers:
            self._update_metric_entities(doc, text, [])
            set_value(doc, "results", [])
            return doc
        entities = get_value(doc, "entities") or []
        metric_spans = _metric_compounds(text, sorted((s, e, ent) for ent in entities if ent.kind == "metrics"
                                                      for s, e, _ in ent.mentions))
        dataset_spans = sorted((s, e, Candidate(s, e, "datasets", ent.name, r)) for ent in entities if ent.kind == "datasets" for s, e, r in ent.mentions)
        method_spans = sorted((s, e, ent) for ent in entities if ent.kind == "methods" for s, e, _ in ent.mentions)
        title_end = title_end_of(text)
        # of several proposed methods, the one the title names first: "... Models with Deep SHORE" (its
        # title mention may be another name's, "SHORE", so the title is searched for its name and aliases)
        proposed = [e for e in entities if e.kind == "methods" and e.proposed]
        if len(proposed) > 1 and title_end:
            # (case-sensitive: "Coupled Knowledge Distillation" in a title-case title is a technique, and the
            # model it trains, UVA-Net, owns the numbers)
            title = text[:title_end]
            proposed.sort(key=lambda e: min((next(occurrences(title, form), len(title))
                                             for form in (e.name, *e.aliases)), default=len(title)))
        # "A SVM approach for ...": the one method a title names owns the numbers no sentence ties
        in_title = [e for e in entities if e.kind == "methods" and e.mentions[0][0] < title_end]
        title_method = in_title[0] if len(in_title) == 1 and not proposed else None
        single_dataset = [e for e in entities if e.kind == "datasets"]
        single_dataset = (Candidate(*single_dataset[0].mentions[0][:2], "datasets", single_dataset[0].name,
                                    single_dataset[0].mentions[0][2]) if len(single_dataset) == 1 else None)
        results = []
        sents = sentence_offsets(doc)
        sent_starts = [s for s, _ in sents]
        by_sentence: dict[int, list[NumberMatch]] = {}
        for n in numbers:
            by_sentence.setdefault(max(0, bisect_left(sent_starts, n.start + 1) - 1), []).append(n)
        # the abstract's opening sentences before it speaks of the paper tell the background ("Glioma
        # constitutes 80% of malignant primary brain tumors"): no result of the paper's own
        abstract = [i for i, (s, _) in enumerate(sents) if s >= title_end]
        own_from = next((i for i in abstract[:_BACKGROUND_SENTENCES + 1] if _SELF.search(text[sents[i][0]:sents[i][1]])), 0)
        for s_i, in_sent in by_sentence.items():
            s_start, s_end = sents[s_i]
            if s_start >= title_end and s_i < own_from:
                continue
            ctx = _Sentence(text, s_start, s_end, in_sent,
                            [m for m in metric_spans if s_start <= m[0] < s_end],
                            [d for d in dataset_spans if s_start <= d[0] < s_end],
                            [m for m in method_spans if s_start <= m[0] < s_end], bool(proposed),
                            self._metric_of_the_sentence_before(s_i, results, sents))
            seen: set[tuple[str, float]] = set()
            # a sentence that names no dataset: the one of the sentence before, the paper's only one
            named_before = self._datasets_of_the_sentence_before(s_i, sents, dataset_spans)
            fallback = self._same_dataset(text, s_start, s_end, named_before) or single_dataset or \
                self._dataset_set_up_before(text, s_i, sents, named_before, by_sentence)
            for rec in ctx.results():
                if (rec.metric, rec.number.value) in seen and _inside(text, rec.number.start, "(", ")", 40) >= 0:
                    continue  # "a gain of 26% (7% to 33%)" after "a win-rate of 33%": the same number again
                seen.add((rec.metric, rec.number.value))
                if rec.rule == "result:unit":
                    rec.metric = self._metric_in_context(rec, text, s_start, s_end)
                if rec.metric_entity is None and _GENERIC_GAIN.fullmatch(rec.metric):
                    rec.metric = ctx.gain_in_the_one_metric(rec.metric)
                measure = _without_function_words(rec.metric)
                if measure != rec.metric:
                    if rec.metric_entity is None or not measure:
                        continue  # "96 % of the 271 pairs", "7 out of 10 and": a word, no measure, before it
                    rec.metric = measure  # "a 15-25% increase in both entity F1"
                rec.dataset = rec.dataset or fallback
                rec.method = rec.method or self._method(ctx, rec.number, proposed) or title_method
                results.append(rec)
        self._update_metric_entities(doc, text, results)
        set_value(doc, "results", results)
        return doc

    @staticmethod
    def _metric_of_the_sentence_before(s_i: int, results, sents) -> str | None:
        """The one metric that the results of sentence `s_i - 1` report (each by a metric entity), as
        they write it, or None."""
        if not s_i:
            return None
        before = [r for r in results if r.sentence == sents[s_i - 1]]
        names = {r.metric for r in before if r.metric_entity is not None}
        return names.pop() if len(names) == 1 and all(r.metric_entity is not None for r in before) else None

    @staticmethod
    def _datasets_of_the_sentence_before(s_i: int, sents, dataset_spans) -> list[Candidate]:
        """The dataset mentions of the sentence before sentence `s_i`, or [] when `s_i` is the
        first or names a dataset itself."""
        start, end = sents[s_i]
        if not s_i or any(start <= s < end for s, _, _ in dataset_spans):
            return []
        return [span for s, _, span in dataset_spans if sents[s_i - 1][0] <= s < start]

    @staticmethod
    def _same_dataset(text: str, start: int, end: int, named_before: list[Candidate]) -> Candidate | None:
        """The dataset the previous sentence names last, in a sentence that says "(on) the same
        dataset" and names none."""
        if not named_before or "same" not in text[start:end] or not _SAME_DATASET.search(text, start, end):
            return None
        return named_before[-1]

    @staticmethod
    def _dataset_set_up_before(text: str, s_i: int, sents, named_before: list[Candidate],
                               by_sentence) -> Candidate | None:
        """In a sentence that names no dataset, the one dataset of the sentence before when that
        sentence reports no number: "Both models were also tested on the Fashion-MNIST dataset.
        This proved to be the case as CNN-SVM reached a test accuracy of ~90.72%"."""
        if not named_before or s_i - 1 in by_sentence or len({span.name for span in named_before}) != 1:
            return None
        start, end = sents[s_i]
        if _NEW_SETTING.search(text, start, end):
            return None  # (nor a sentence that moves to another setting: "In a user study, ...")
        # (only a dataset the sentence evaluates on: "testing ... was performed on the whole MOST
        # dataset", not one it draws from, "constants ... from Wikidata")
        cue = _EVALUATED_ON.search(text, max(sents[s_i - 1][0], named_before[0].start - 80), named_before[0].start)
        return named_before[-1] if cue else None

    def _metric_in_context(self, rec: ResultRecord, text: str, start: int, end: int) -> str:
        """The metric a unit implies, as its context names it ("... training ... 6 GPU days",
        "train the model in 14 hours")."""
        for unit, pattern, before, metric in self.metric_in_context:
            if rec.number.unit != unit:
                continue
            if pattern.search(text, max(start, rec.number.start - 60), rec.number.start) if before \
                    else pattern.search(text, start, end):
                return metric
        return rec.metric

    @staticmethod
    def _ends_with(entity, names: frozenset[str]) -> bool:
        # "extra parameters" is as weak as "parameters"; a name the lexicon lists is judged as a
        # whole ("average precision" and "average return" are metrics, "precision" is vague)
        # (by its aliases too: a metric named by its paper's acronym, "number of parameters (NoP)", is
        # as weak as its long form)
        low = entity.name.lower()
        if low in names or any(alias.lower() in names for alias in entity.aliases):
            return True
        return not entity.source.startswith("lexicon:") and any(low.endswith(" " + n) for n in names)

    def _update_metric_entities(self, doc, text, results):
        entities = get_value(doc, "entities") or []
        measured = {id(r.metric_entity) for r in results if r.metric_entity is not None}
        # "in terms of mesh quality and runtime ... in 45 seconds": the number measures the named
        # runtime even where no rule tied the two; a unit ("1.3 GPU-days") names no metric itself
        measured_names = {r.metric.lower() for r in results}
        spans = [(r.start, r.end) for r in results]

        def outside_results(mention) -> bool:
            return not any(start <= mention[0] and mention[1] <= end for start, end in spans)

        measured.update(id(e) for e in entities if e.kind == "metrics" and e.name.lower() in measured_names
                        and any(outside_results(m) for m in e.mentions))
        changed = set(doc.user_data.get(CHANGED_MEASURES, ()))
        kept = [e for e in entities if e.kind != "metrics" or (
            not self._ends_with(e, self.never) and (id(e) in measured or not self._ends_with(e, self.weak) or any(
                (s, end) in changed for s, end, _ in e.mentions)))]
        known = {(e.kind, e.key) for e in kept}
        metric_mentions = [(s, e) for ent in kept if ent.kind == "metrics" for s, e, _ in ent.mentions]
        for r in results:
            words = r.metric.split()
            if r.metric_entity is not None or words[-1].lower() not in self.metric_words:
                continue
            if len(words) < 2 and not r.rule == "result:unit":
                continue
            if r.rule not in _MEASURE_RULES:
                continue  # "7.9% increase in sequence length" changes a quantity; it names no metric
            key = entity_key("metrics", r.metric)
            if ("metrics", key) in known or r.metric.lower() in self.never:
                continue
            s_start, s_end = r.sentence
            at = text.find(r.metric, s_start, s_end)
            if at < 0 or any(s < at + len(r.metric) and at < e for s, e in metric_mentions):
                continue
            known.add(("metrics", key))
            rec = EntityRecord(kind="metrics", name=r.metric, key=key, mentions=[(at, at + len(r.metric), r.rule)],
                               source=r.rule)
            r.metric_entity = rec
            kept.append(rec)
        if len(kept) != len(entities):
            kept.sort(key=lambda e: e.mentions[0][0])
        set_value(doc, "entities", kept)

    @staticmethod
    def _method(ctx, num, proposed):
        before = [m for m in ctx.methods if m[1] <= num.start]
        if before and ctx.reports_for(before[-1], num):
            return before[-1][2]
        ours = _OUR_METHOD.search(ctx.text, ctx.start, num.start) if proposed else None
        if ours and not any(m[0] >= ours.end() for m in before) and all(
                _PART_CUE.search(ctx.text, max(ctx.start, m[0] - 30), m[0]) for m in before if m[2].proposed):
            # "By replacing dilated convolutions with the proposed JPU module, our method achieves ...
            # (mIoU of 53.13%)": the paper's own method, the one its title names first, not a part of it
            return proposed[0]
        for s, e, ent in reversed(before):
            if ent.proposed and not (_RELATIVE_CLAUSE.search(ctx.text, ctx.start, s) and "," in ctx.text[e:num.start]) \
                    and not (proposed and ent is not proposed[0] and _PART_CUE.search(ctx.text, max(ctx.start, s - 30), s)):
                # "SwiftNet, which is a set of models discovered by GRAM, outperforms ...": not GRAM; "With the
                # aid of PBS, we can ...": a part of the paper's method, which owns the number
                return ent
        if proposed:
            return proposed[0]
        # "outperforming BM25 by up to 19 points", "the baseline HEVC": the method compared with
        # owns no number of the sentence
        owners = [m for m in before if not ctx.compared(m) and not _AGENT_BEFORE.search(ctx.text, max(ctx.start, m[0] - 25), m[0])]
        if owners:
            return owners[-1][2]
        return None


class _Sentence:
    """The numbers and entities of one sentence, and the rules that tie them."""

    def __init__(self, text, start, end, numbers, metrics, datasets, methods, paper_proposes=False,
                 metric_before=None):
        self.text, self.start, self.end = text, start, end
        self.metric_before = metric_before  # the one metric the sentence before reports
        self.numbers, self.metrics, self.datasets, self.methods = numbers, metrics, datasets, methods
        self.paper_proposes = paper_proposes  # the paper proposes a named method

    def results(self) -> list[ResultRecord]:
        text = self.text
        # the previous value of each number, by index ("from 18.65 to 1.73"); _lists reads it too
        self.previous_of: dict[int, NumberMatch] = {}
        # where the baselines compared with a number end, by the number's start: its metric may follow them
        self.baselines_end: dict[int, int] = {}
        previous_of = self.previous_of
        skip: set[int] = set()
        nums = self.numbers
        names = [(s, e) for s, e, _ in self.datasets] + [(s, e) for s, e, _ in self.methods]
        for i, num in enumerate(nums):
            if num.after_name and not any(m[1] <= num.start and num.start - m[1] <= 2 for m in self.metrics):
                skip.add(i)  # "Llama 3", "RTX 4090", "LLaMA 30B"
            elif any(s <= num.start < e for s, e in names):
                skip.add(i)  # a version in a name's mention: "AlpacaEval 2.0", "Stable Diffusion 1.5"
        setup: set[int] = set()
        for i, num in enumerate(nums):
            before = text[max(self.start, num.start - 40):num.start]
            setup_before = _SETUP_BEFORE.search(before)
            if setup_before and setup_before.group(0).startswith("at ") and _PARAMETERS_AFTER.match(text, num.end):
                setup_before = None  # "at an unprecedented scale of 100 billion parameters": a model's size
            if setup_before and _WORDED_RANGE_GAP.search(num.raw) and _opens_range(before):
                setup_before = None  # "accuracies between 81% and 97%": a range of results (find_numbers)
            if setup_before and num.implied_metric == "FPS" and _RUNS_AT.search(before):
                setup_before = None  # "runs at a rate of 214.7 FPS": what it runs at, a result
            if setup_before or _SETUP_AFTER.match(text, num.end) or self._operating_point(num, before):
                skip.add(i)  # "at FAR of 0.1%", "ranging from 20 to", "13 hours of recordings", "at 0.7 IoU"
                setup.add(i)
            elif num.implied_metric in ("runtime", "training time") and _DURATION_OF_DATA.match(text, num.end):
                skip.add(i)  # "29 min of scans", "5 to 20 minutes long datasets": an amount of data
                setup.add(i)
            elif num.implied_metric in ("runtime", "training time") and not _DURATION_CUE.search(before[-25:]):
                skip.add(i)  # a duration is a result when something takes it: "in 45 seconds"
        for i in range(len(nums) - 1):
            a, b = nums[i], nums[i + 1]
            between = text[a.end:b.start]
            if i in setup or i + 1 in setup:
                continue  # "ranging from 20 to 80 epochs": a setup's range (of results, one number: find_numbers)
            if _BY_BEFORE.search(text, max(self.start, a.start - 16), a.start):
                continue  # "improve the ROC-AUC by 8% to 0.91": a change and the value it reaches, no previous
            if (re.fullmatch(r"\s*(?:to|->|→|rightarrow|\\rightarrow|⇒|=>)\s*", between) or (
                    _FROM_BEFORE.search(text, max(self.start, a.start - 6), a.start) and (
                        _FROM_TO.fullmatch(between) or _FROM_TO.fullmatch(_SPREAD_AND_ASIDE.sub("", between))))) and (
                    a.unit == b.unit or not a.unit or not b.unit or {a.unit, b.unit} <= _TIME_UNITS):
                # "from 18.65 to 1.73", "18.65 -> 1.73", "from 65 hours with BERT to about 5 seconds"
                previous_of[i + 1] = a
                skip.add(i)
                skip.discard(i + 1)
        self._slashed_from_to(nums, setup, previous_of, skip)
        for i in range(len(nums) - 1):
            a, b = nums[i], nums[i + 1]
            if i in skip or (i + 1) in previous_of or i in previous_of:
                continue
            between = text[a.end:b.start]
            if re.fullmatch(r"\s+from\s+", between) and re.search(r"\bto\s+$", text[max(self.start, a.start - 6):a.start]) and (
                    a.unit == b.unit or not b.unit):
                previous_of[i] = b  # "reducing the error rate to 0.09 from 0.13"
                skip.add(i + 1)
                continue
            # (not a margin of its own after the comparison: "by 51% compared to ... features alone, by 16%
            # compared to ...": parallel gains, no baseline value)
            if len(between) <= 70 and (_COMPARED_BETWEEN.search(between) or _BASELINE_BETWEEN.fullmatch(between)) \
                    and (a.unit == b.unit or not b.unit) and \
                    not _BY_BEFORE.search(text, max(self.start, b.start - 16), b.start) and \
                    not re.search(r"\band\b|[;]", between) and not _OWN_MEASURE_BEFORE.search(between) and not (
                    _RELATIVE_AFTER.match(text, b.end) and not _GAIN_BEFORE.search(text, max(self.start, a.start - 30), a.start)):
                # (not a value's gain after it: "69%, which, as compared to the previous methods, is 2% more
                # accurate"; but a gain's: "reduces noise by 6.4 dB, compared to a 2.9 dB reduction")
                previous_of[i] = b
                skip.add(i + 1)
                # "0.87, compared to mean scores of 0.85, 0.88 and 0.87": a list of baselines (no one
                # previous value); but "91.1% versus 73% and 81.9% versus 75%" goes on with a result
                j = i + 1
                while j + 1 < len(nums) and nums[j + 1].unit == b.unit:
                    gap = _BASELINE_LIST_GAP.fullmatch(text, nums[j].end, nums[j + 1].start)
                    if not gap or _COMPARED_AFTER.match(text, nums[j + 1].end) or (
                            _OWN_SCOPE_AFTER.match(text, nums[j + 1].end) and not gap.group(1)):
                        break  # (but "0.78 for NetVLAD and 0.49 for SeqSLAM": each baseline's owner)
                    j += 1
                skip.update(range(i + 2, j + 1))
                if j > i + 1 and len({nums[k].value for k in range(i + 1, j + 1)}) > 1:
                    del previous_of[i]
                self.baselines_end[a.start] = nums[j].end
            elif (a.unit == b.unit or not b.unit) and ";" not in between and \
                    _OVER_PREVIOUS.search(text, max(self.start, b.start - 40), b.start):
                # "87.6% over the previous 62.4%"; the baseline of a gain is no previous value of it
                # ("a 10% absolute improvement ... over the previous baseline of 80.28%")
                gain = _RELATIVE_AFTER.match(text, a.end) or _ABSOLUTE_AFTER.match(text, a.end) or \
                    _GAIN_BEFORE.search(text, max(self.start, a.start - 30), a.start)
                if not gain:
                    previous_of[i] = b
                skip.add(i + 1)
        self._best_of_others(nums, skip, previous_of)
        # numbers in parentheses after "outperforming X (...)" are the baseline's values
        baseline: set[int] = set()
        for i, num in enumerate(nums):
            paren = _inside(text, num.start, "(", ")", 60)
            if paren < self.start or _RELATIVE_AFTER.match(text, num.end):
                continue
            inside = text[paren + 1:num.start]
            if re.match(r"\s*(?:e\.g\.|i\.e\.|for example)", inside) or (
                    _MARGIN_BEFORE.search(text, max(self.start, paren - 30), paren) and _MARGINS_OPEN.match(inside)):
                continue  # (not "outperforms X by a large margin (6.7%, ...)": the margins; but "by a big margin
                # (P@1 is 61.1 per cent ...)" gives the baseline's values)
            if _COMPARED_OPENS.match(inside):
                baseline.add(i)  # "(compared to visual odometry's 5.77 cm and 0.1032 deg)": the baseline's values
                continue
            cue = None
            for cue in _COMPARE_CUE.finditer(text, max(self.start, paren - 80), paren):
                pass
            if cue is not None and not _NUMBER.search(text, cue.end(), paren) and "," not in text[cue.end():paren]:
                # (not "Over baseline SLANT, both approaches yielded improved performance (0.89 vs. 0.82
                # DSC)": another clause's)
                baseline.add(i)
        records: list[tuple[int, ResultRecord]] = []
        for i, num in enumerate(nums):
            if i in skip:
                continue
            if i in baseline:
                continue
            metric, entity, rule = self._metric(num, previous_of.get(i))
            if metric is None:
                continue
            if rule == "result:out_of":
                # "51 out of 57 games": raw "51 out of 57", value 51
                m = _OUT_OF.match(text, num.end)
                end = m.start(2) - 1
                num = replace(num, end=end, raw=text[num.start:end].replace("$", ""))
            prev = previous_of.get(i)
            start = min(num.start, prev.start) if prev else num.start
            records.append((i, ResultRecord(metric, num, prev, self._dataset(num), None, entity,
                                            start, max(num.end, prev.end if prev else num.end), (self.start, self.end), rule)))
        records = self._lists(records, skip | baseline)
        # weaker rules for numbers neither a rule nor a list explained
        done = {i for i, _ in records}
        for i, num in enumerate(nums):
            if i in skip or i in baseline or i in done:
                continue
            metric, entity, rule = self._metric(num, previous_of.get(i), weak=True)
            if metric is None:
                continue
            prev = previous_of.get(i)
            start = min(num.start, prev.start) if prev else num.start
            records.append((i, ResultRecord(metric, num, prev, self._dataset(num), None, entity,
                                            start, max(num.end, prev.end if prev else num.end), (self.start, self.end), rule)))
        records = self._lists(records, skip | baseline)
        for i in sorted(baseline):
            self._attach_baseline(nums[i], records)
        records += self._shared_metrics(records)
        return [r for _, r in sorted(records, key=lambda t: t[1].number.start)]

    def _best_of_others(self, nums, skip, previous_of):
        # "our new record on THUMOS14 is 46.9% while the previous best is 42.8%", "accuracy 95.78
        # (second best was 95.00, third 94.46)", "93.19, the winning system's 93.23": another
        # system's score is the previous value of the number before it, not a result
        text = self.text
        for k in range(len(nums)):
            num = nums[k]
            # (the first number of a sentence only by _OTHERS_VALUE: "It outperforms the previous state of the
            # art which reported an accuracy of 87%" has no number of ours to be the previous value of)
            best = _BEST_OF_OTHERS.search(text, max(self.start, num.start - 40), num.start) if k and k not in skip else None
            cue = None if k in skip else best or _OTHERS_VALUE.search(text, max(self.start, num.start - 60), num.start)
            if cue is None or _BY_BEFORE.search(text, max(self.start, num.start - 30), num.start) or \
                    _OURS_BEFORE.search(text, max(self.start, cue.start() - 30), cue.start()) or \
                    _THIS_BEFORE.search(text, max(self.start, cue.start() - 8), cue.start()) or \
                    (cue.group(0).rstrip(" $").endswith(",") and
                     _GAIN_OVER_BEFORE.search(text, max(self.start, cue.start() - 20), cue.start())) or \
                    (best is None and _VERB_CONNECTOR_END.search(cue.group(0)) and
                     any(cue.start() <= ms and me <= num.start for ms, me, _ in self.methods)):
                # (not a margin, "outperforms the previous best model by 2%", nor ours, "our team was the
                # runner-up", "We provide a ... baseline ... This baseline achieves 2 %, ...", nor our gain over
                # it: "BLEU improvements compared with the baseline, 1.74 points for ...", nor a baseline it
                # names, which owns its value: "the baseline VGG-16 achieves 71.5%")
                continue
            skip.add(k)
            others = k  # "a baseline ... PSNR of 15.3 dB and 12.2 dB, respectively": a list of others' values
            while others + 1 < len(nums) and nums[others + 1].unit == num.unit and \
                    _BASELINE_LIST_GAP.fullmatch(text, nums[others].end, nums[others + 1].start):
                others += 1
                skip.add(others)
            mine = k - 1
            while mine >= 0 and (mine in skip or _GAIN_THAN_AFTER.match(text, nums[mine].end)):
                mine -= 1
            human = cue.group(0).lower().startswith("human")  # a human level is no baseline our number replaces
            if others == k and not human and mine >= 0 and mine not in previous_of and nums[mine].unit == num.unit:
                previous_of[mine] = num
                self.baselines_end[nums[mine].start] = num.end
            paren = _inside(text, num.start, "(", ")", 60)
            for j in range(k + 1, len(nums)):  # "(second best was 95.00, third 94.46)": all others'
                if paren < 0 or _inside(text, nums[j].start, "(", ")", 80) != paren:
                    break
                skip.add(j)
        for k, num in enumerate(nums):
            if _BY_PEOPLE_AFTER.match(text, num.end) or _FOR_OTHERS_AFTER.match(text, num.end):
                # "approximately double the 36-38% by the retinal specialists", "compared to 1.51-2.33 for
                # the baselines": people's or others' level, no result
                skip.add(k)

    def _slashed_from_to(self, nums, setup, previous_of, skip):
        # "reducing FID scores from 1.79/1.58 to new records of 1.30/0.97 on CIFAR-10/ImageNet-64":
        # the k-th old value is the previous value of the k-th new one
        text = self.text
        i = 0
        while i < len(nums):
            if i in setup or not _FROM_BEFORE.search(text, max(self.start, nums[i].start - 6), nums[i].start):
                i += 1
                continue
            old = self._slash_run(nums, i)
            new = self._slash_run(nums, i + len(old))
            if len(old) >= 2 and len(new) == len(old) and _SLASHED_TO.fullmatch(text, old[-1].end, new[0].start):
                for k in range(len(old)):
                    previous_of[i + len(old) + k] = old[k]
                    skip.add(i + k)
                    skip.discard(i + len(old) + k)
            i += max(1, len(old))

    def _slash_run(self, nums, i):
        # nums[i], nums[i + 1], ... while only "/" separates them
        run = nums[i:i + 1]
        while i + len(run) < len(nums) and self.text[run[-1].end:nums[i + len(run)].start] == "/":
            run.append(nums[i + len(run)])
        return run

    def _attach_baseline(self, num, records):
        # "(FID=6.47, 19.4M parameters)": the previous value of the same metric/unit before it
        metric = None
        for ms, me, ent in self.metrics:
            if me <= num.start and (num.start - me <= 3 or _BASELINE_METRIC_GAP.fullmatch(self.text, me, num.start)):
                metric = ent  # "(FID=6.47", "(P@1 is 61.1 per cent and MAP is 76.3 per cent)"
        for _, rec in reversed(records):
            if rec.number.start >= num.start or rec.previous is not None:
                continue
            if (metric and (rec.metric_entity is metric or rec.metric == metric.name or any(
                    ent is metric and me <= rec.number.start and rec.number.start - me <= 40 and
                    not _NUMBER.search(self.text, me, rec.number.start)
                    for _, me, ent in self.metrics))) or (  # "a P@1 (precision) score of 83.3"
                    not metric and rec.number.unit == num.unit and rec.number.unit):
                rec.previous = num
                return
            if not metric and not num.unit and not rec.number.unit and rec.metric_entity is not None:
                rec.previous = num
                return

    def _lists(self, records, excluded):
        # "1.91/2.43", "8% and 30%", "40.6%, 20.3% and 10.2%": one metric for the whole list
        text, nums = self.text, self.numbers
        self._parallel_datasets(records)
        have = {i for i, _ in records}
        by_index = dict(records)
        changed = True
        while changed:
            changed = False
            for i in range(len(nums)):
                if i in have or i in excluded:
                    continue
                for j in (i - 1, i + 1):
                    if j < 0 or j >= len(nums) or j not in have:
                        continue
                    a, b = (nums[j], nums[i]) if j < i else (nums[i], nums[j])
                    between = text[a.end:b.start]
                    src = by_index[j]
                    if src.rule == "result:out_of":
                        continue
                    if _LIST_GAP.fullmatch(between) and (a.unit == b.unit or not a.unit):
                        metric = src.metric
                        ds = self._dataset(nums[i]) or src.dataset
                        if src.rule == "result:dataset_score" and ds is not None:
                            metric = f"{ds.name} {src.metric.rsplit(' ', 1)[-1]}"
                        prev = self.previous_of.get(i)  # "from 1.79/1.58 to 1.30/0.97"
                        rec = ResultRecord(metric, nums[i], prev, ds, None, src.metric_entity,
                                           min(nums[i].start, prev.start) if prev else nums[i].start, nums[i].end,
                                           src.sentence, "result:list")
                        by_index[i] = rec
                        have.add(i)
                        records.append((i, rec))
                        changed = True
                        break
        self._distribute(records)
        self._distribute_datasets(records)
        self._distribute_slashed_metrics(records)
        self._distribute_respectively(records)
        self._distribute_listed_metrics(records)
        return records

    def _metric_list(self, span):
        """The mentions of `span`'s list of metrics ("t-DCF and EER", "accuracy, recall, precision, and
        F1-score"), in text order: [span] when no list joins it to others."""
        spans = self.metrics  # (in text order)
        k = spans.index(span)
        lo = hi = k
        while lo > 0 and _METRIC_LIST_GAP.fullmatch(self.text, spans[lo - 1][1], spans[lo][0]):
            lo -= 1
        while hi + 1 < len(spans) and _METRIC_LIST_GAP.fullmatch(self.text, spans[hi][1], spans[hi + 1][0]):
            hi += 1
        return spans[lo:hi + 1]

    def _as_loss(self, num, metric, entity):
        """The metric as a loss when the sentence says the number is one: "0.41% accuracy loss", "~2%
        drop in accuracy", "an accuracy drop of 1.2%" measure an accuracy loss or drop, not an accuracy."""
        if entity is None or metric is None:
            return metric
        ms, me, _ = self._nearest_mention(num, entity)
        if ms >= num.end:
            word = _LOSS_AFTER.match(self.text, me) or _LOSS_BEFORE.search(self.text, num.end, ms)
        else:
            word = _LOSS_AFTER.match(self.text, me) if _LOSS_OF_GAP.fullmatch(self.text, me, num.start) else None
        return f"{metric} {word.group(1).lower()}" if word and not metric.endswith(word.group(1)) else metric

    def _nearest_mention(self, num, entity):
        """The mention of the metric entity nearest the number."""
        return min((m for m in self.metrics if m[2] is entity),
                   key=lambda m: m[0] - num.end if m[0] >= num.end else num.start - m[1] if m[1] <= num.start
                   else len(self.text))

    def _distribute_listed_metrics(self, records):
        # "93.2%, 93.2% and 97.8% on accuracy, F1 score and AUC", "an accuracy and F1 of 90.1% and
        # 88.2%": a list of as many metrics as numbers, right after or before the list of numbers
        # and with no "respectively" (which _distribute_respectively reads), pairs in order
        text = self.text
        group = sorted((r for _, r in records), key=lambda r: r.number.start)
        runs, k = [], 0
        while k < len(group):
            run = [group[k]]
            while k + len(run) < len(group) and _LIST_GAP.fullmatch(text, run[-1].number.end, group[k + len(run)].number.start):
                run.append(group[k + len(run)])
            k += len(run)
            if len(run) >= 2 and len({r.metric for r in run}) == 1 and not _RESPECTIVELY.match(text, run[-1].number.end):
                runs.append(run)
        paired, paired_end = [], -1  # the metrics the last run paired with, and where that run ends
        for run in runs:
            first, last = run[0].number, run[-1].number
            after = [m for m in self.metrics if m[0] >= last.end]
            after = self._metric_list(after[0]) if after and _METRICS_AFTER_LIST_GAP.fullmatch(text, last.end, after[0][0]) else []
            before = [m for m in self.metrics if m[1] <= first.start and first.start - m[1] <= 80]
            before = self._metric_list(before[-1]) if before and (
                first.start - before[-1][1] <= 45 and _FILLER_BEFORE.fullmatch(text, before[-1][1], first.start)
                or _METRICS_SUBJECT_GAP.fullmatch(text, before[-1][1], first.start)) else []
            # "precision, recall and F measures for positive comments are 89.3%, 95.0% and 92.1%; for
            # negative comments are 97.1%, 78.5% and 86.8%": a later run after ";" pairs as the first did
            again = paired if paired_end >= 0 and ";" in text[paired_end:first.start] and not any(
                paired_end <= m[0] < first.start for m in self.metrics) else []
            for metrics in (after, before, again):
                if len(metrics) == len(run) and len({ent.name for _, _, ent in metrics}) == len(run):
                    for rec, (ms, me, ent) in zip(run, metrics):
                        rec.metric, rec.metric_entity = self._metric_text(ent, ms, me), ent
                    paired, paired_end = metrics, last.end
                    break

    def _shared_metrics(self, records):
        """Further records of a number given for a list of metrics, one per other metric: "95%
        precision and recall", "improves the t-DCF and EER by 25%", "more than 98% of accuracy,
        recall, precision, and F1-score". Not when another number of the sentence measures one of
        them ("accuracy and F1 of 90% and 0.88"), nor for a number of a list."""
        text, out = self.text, []
        if "respectively" in text[self.start:self.end]:
            return out  # "DC and cDC were 0.86 (0.025) and 0.97 (0.006), respectively": one metric each
        group = sorted((r for _, r in records), key=lambda r: r.number.start)
        # (a metric the sentence's one named metric gives a number is no other number's: _metric's weakest rule)
        measured = {id(r.metric_entity) for r in group if r.rule != "result:sentence_metric"}
        for k, rec in enumerate(group):
            if rec.metric_entity is None or rec.rule not in ("result:metric_after", "result:metric_before"):
                continue
            span = self._nearest_mention(rec.number, rec.metric_entity)
            listed = self._metric_list(span)
            if len(listed) < 2 or len({ent.name for _, _, ent in listed}) < len(listed):
                continue
            if span is not (listed[0] if span[0] >= rec.number.end else listed[-1]):
                continue  # the number's metric is the list's end nearest it
            others = [m for m in listed if m is not span]
            if any(id(ent) in measured or ent.source == "pattern:metric_cue" for _, _, ent in others):
                # (nor a word only a cue made a metric: "in terms of the F-score, compared with")
                continue
            if (k and _LIST_GAP.fullmatch(text, group[k - 1].number.end, rec.number.start)) or (
                    k + 1 < len(group) and _LIST_GAP.fullmatch(text, rec.number.end, group[k + 1].number.start)):
                continue
            out.extend((-1, replace(rec, metric=self._metric_text(ent, ms, me), metric_entity=ent, rule="result:metric_list"))
                       for ms, me, ent in others)
        return out

    def _distribute_slashed_metrics(self, records):
        # "PSNR/SSIM of 32.10/0.912", "80.1%/92.3% mAP/Rank-1 accuracy": the k-th of the slashed
        # metrics measures the k-th of the slashed numbers, in this run and in the runs of as many
        # numbers that a list joins to it ("PSNR/SSIM of 32.10/0.912 and 28.50/0.851")
        text, nums = self.text, self.numbers
        by_number = {id(r.number): r for _, r in records}
        runs, i = [], 0
        while i < len(nums):
            run = self._slash_run(nums, i)
            i += len(run)
            if len(run) >= 2 and all(id(n) in by_number for n in run):
                runs.append(run)
        metrics: list = []
        for k, run in enumerate(runs):
            first, last = run[0], run[-1]
            joined = k and len(runs[k - 1]) == len(run) and _LIST_GAP.fullmatch(text, runs[k - 1][-1].end, first.start)
            if not joined:
                metrics = self._slashed_metrics_around(first, last, len(run))
            for num, (ms, me, ent) in zip(run, metrics):
                rec = by_number[id(num)]
                rec.metric, rec.metric_entity = self._metric_text(ent, ms, me), ent

    def _slashed_metrics_around(self, first, last, count):
        """The run of `count` distinct slashed metric mentions just before `first` ("PSNR/SSIM of")
        or just after `last` ("... in PSNR/SSIM"), or []."""
        text = self.text
        before = self._slashed_names([m for m in self.metrics if m[1] <= first.start and first.start - m[1] <= 40],
                                     from_end=True)
        if before and _DIGIT.search(text, before[-1][1], first.start):
            before = []  # other numbers between the metrics and this run
        after = [m for m in self.metrics if m[0] >= last.end and m[0] - last.end <= 40]
        if after and not _SLASHED_METRICS_GAP.fullmatch(text, last.end, min(after)[0]):
            after = []
        for metrics in (before, self._slashed_names(after)):
            if len(metrics) == count and len({ent.name for _, _, ent in metrics}) == count:
                return metrics
        return []

    def _slashed_names(self, spans, from_end=False):
        # the run of mentions that only "/" separates, from the last of `spans` back or the first on
        spans = sorted(spans, reverse=from_end)
        run = spans[:1]
        for m in spans[1:]:
            left, right = (m, run[-1]) if from_end else (run[-1], m)
            if self.text[left[1]:right[0]] != "/":
                break
            run.append(m)
        return run[::-1] if from_end else run

    def _respective_runs(self, records):
        """Each list of numbers that "respectively" closes: (records in text order, end of the cue)."""
        text = self.text
        group = sorted((r for _, r in records), key=lambda r: r.number.start)
        runs = []
        for k, rec in enumerate(group):
            cue = _RESPECTIVELY.match(text, rec.number.end)
            if not cue:
                continue
            run = [rec]
            while k - len(run) >= 0 and _LIST_GAP.fullmatch(text, group[k - len(run)].number.end, run[0].number.start):
                run.insert(0, group[k - len(run)])
            if len(run) >= 2 and (not runs or runs[-1][0][-1].number.end <= run[0].number.start):
                runs.append((run, cue.end()))
        return runs

    def reports_for(self, method, num) -> bool:
        """The number's clause reports it for this method mention, a subject right before the verb,
        though the paper proposes another: "the CNN-SVM model was able to achieve a test accuracy
        of ~99.04%", "BPsvm yields a sensitivity of 86.6%". Not a proposed method (the default
        owner anyway), one compared with, the proposed method's backbone, a name inside another
        ("Skywork UniPic achieves"), nor one the proposed method's clause uses ("FooNet with
        ResNet-50 achieves", "Applying FooNet to BERT")."""
        text = self.text
        start, end, ent = method
        if ent.proposed or not _SUBJECT_GAP.fullmatch(text, end, num.start) or self.compared(method):
            return False
        if _PART_OF_OURS.search(text, max(self.start, start - 20), start) or _AGENT_BEFORE.search(text, max(self.start, start - 25), start):
            return False  # (nor the agent inside the subject: "500 synthetic examples generated by backtranslation achieves")
        if any(m[0] <= start and end <= m[1] and m[:2] != (start, end) for m in self.methods):
            return False
        return not any(m[2].proposed and m[1] <= start and not _CLAUSE_BREAK.search(text, m[1], start)
                       for m in self.methods if m[1] <= num.start)

    def compared(self, method) -> bool:
        """The method mention, or the list it ends, follows a comparison cue ("outperforming BM25",
        "In comparison to FCN, U-Net, and SegNet")."""
        first = self._named_list(self.methods, self.start, method[1])[0]
        return bool(_COMPARED_BEFORE.search(self.text, max(self.start, first[0] - 60), first[0]))

    def _named_list(self, spans, start, end):
        """The mentions of `spans` that end last in start:end when they form one list ("DC and cDC")."""
        inside = [m for m in spans if start <= m[0] and m[1] <= end]
        run = inside[-1:]
        while len(run) < len(inside) and _DATASET_LIST_GAP.fullmatch(self.text, inside[-len(run) - 1][1], run[0][0]):
            run.insert(0, inside[-len(run) - 1])
        return run

    def _distribute_respectively(self, records):
        # "The DC and cDC ... were 0.66 and 0.80, respectively"; "the MAE for the Pix2Pix and Cycle
        # GAN models were 92.4 HU and 100.7 HU, respectively"; "89.78%, 56.13% rank-1 accuracy on
        # PRID2011 and iLIDS-VID respectively, and 85.16%, 45.36% mAP on DukeMTMC and MARS
        # respectively": the k-th name of a list owns the k-th number of the list after it
        since = self.start
        for run, cue_end in self._respective_runs(records):
            first = run[0].number.start
            last = run[-1]
            named_after = last.rule == "result:metric_after" and last.metric_entity is not None
            after = self._named_list(self.metrics, last.number.end, cue_end)
            listed_after = len(after) == len(run) and len({ent.name for _, _, ent in after}) == len(run)
            if listed_after and _METRICS_AFTER_LIST_GAP.fullmatch(self.text, last.number.end, after[0][0]):
                # "93.2%, 93.2% and 97.8% on accuracy, F1 score and AUC, respectively"
                for rec, (ms, me, ent) in zip(run, after):
                    rec.metric, rec.metric_entity = self._metric_text(ent, ms, me), ent
            elif listed_after and _IN_TERMS_OF_BEFORE.search(self.text, max(self.start, after[0][0] - 20), after[0][0]):
                # "12.39%, 15.71%, 15.45%, and 18.09% overall performance improvements over the second-best
                # method VBLIINDS, in terms of SROCC, KROCC, PLCC and RMSE, respectively": gains, one per metric
                for rec, (ms, me, ent) in zip(run, after):
                    gain = " improvement" if _GAIN_WORD_IN.search(rec.metric or "") else ""
                    rec.metric, rec.metric_entity = self._metric_text(ent, ms, me) + gain, ent
            elif named_after and all(r.rule in _LIST_OF_RULES or (r.rule == "result:change_by" and r.metric_entity in (
                    None, last.metric_entity)) for r in run[:-1]):
                # "3.17%, 16.15%, 1.44%, 21.46% error rate on ... respectively", "outperformed them by
                # 2.48%, 7.42% and 9.96% for the Jaccard index, respectively": the metric after the list
                for rec in run[:-1]:
                    rec.metric, rec.metric_entity = last.metric, last.metric_entity
            metrics = self._named_list(self.metrics, since, first)
            # (a metric named right after the numbers wins: "Evaluated by BLEU and METEOR, ... score
            # 30.1 and 31.2 BLEU on En-De and En-Fr, respectively")
            distinct = len({ent.name for _, _, ent in metrics}) == len(run)
            if not named_after and len(metrics) == len(run) and distinct and len({r.metric for r in run}) == 1:
                for rec, (ms, me, ent) in zip(run, metrics):
                    rec.metric, rec.metric_entity = self._metric_text(ent, ms, me), ent
            methods = self._named_list(self.methods, since, first)
            # a paper's numbers are its proposed method's unless the list names proposed methods: not
            # the backbones or models it acts on ("Using ResNet-18 and ResNet-50 as backbones, the
            # framework achieves 29.4 FPS and 12.2 FPS, respectively"), nor those compared with
            owners = methods and (not self.paper_proposes or all(ent.proposed for _, _, ent in methods)) \
                and not self.compared(methods[0])
            if owners and len(methods) == len(run) and len({ent.name for _, _, ent in methods}) == len(run):
                for rec, (_, _, ent) in zip(run, methods):
                    rec.method = ent
            datasets = self._named_list(self.datasets, run[-1].number.end, cue_end)
            if len(datasets) == len(run) and (_WORDS_THEN_ON_GAP.fullmatch(self.text, run[-1].number.end, datasets[0][0])
                                              or _COMPARED_THEN_ON_GAP.fullmatch(self.text, run[-1].number.end,
                                                                                 datasets[0][0])):
                # ("... 2.82% as compared with ResNet on CASME-I, ..., CAS(ME)^2 and SMIC datasets respectively")
                for rec, (_, _, span) in zip(run, datasets):
                    rec.dataset = span
            else:
                # the list of datasets that ends last before the numbers, or as many datasets named
                # anywhere before them ("evaluated both on Face Forensics dataset [46] and on our Deep
                # Fakes dataset, performing with 82.55% and 77.33% accuracy respectively"), one entry
                # per dataset ("on Penn Treebank (PTB) and Wikitext-2")
                listed = _distinct_names(self._named_list(self.datasets, since, first))
                before = _distinct_names([d for d in self.datasets if since <= d[0] and d[1] <= first])
                pairs = listed if len(listed) == len(run) else before if len(before) == len(run) else None
                if pairs:
                    for rec, (_, _, span) in zip(run, pairs):
                        rec.dataset = span
                elif len(listed) > 1 and not datasets and len({rec.dataset.name if rec.dataset else None
                                                                for rec in run}) == 1:
                    # "for the JSRT, Montgomery and our databases were 0.979, 0.941, and 0.889,
                    # respectively": a list that does not pair with the numbers gives them none of its names
                    for rec in run:
                        rec.dataset = None
            since = cue_end

    def _parallel_datasets(self, records):
        # "a 20.2% relative improvement on the ShanghaiTech Part B, 20.9% on the UCF-QNRF and 15.1% on
        # the MTC": each later "N on D" is the first number's measure on another dataset
        text, nums = self.text, self.numbers
        by_index = dict(records)
        for k, (i, rec) in enumerate(records):
            src = by_index.get(i - 1)
            if rec.rule != "result:dataset_score" or src is None or \
                    src.rule in ("result:dataset_score", "result:out_of"):
                continue
            a, b = nums[i - 1], nums[i]
            if a.unit == b.unit and _PARALLEL_GAP.fullmatch(text, a.end, b.start) and \
                    _DATASET_AFTER_GAP.match(text, b.end):
                records[k] = (i, replace(rec, metric=src.metric, metric_entity=src.metric_entity, rule="result:list"))
                by_index[i] = records[k][1]

    def _distribute_datasets(self, records):
        # "on two datasets: 100DOH and MECCANO, improving AP50 by 8% and 30%, respectively";
        # "on CIFAR-10/FFHQ 64x64 datasets, with FID scores of 1.91/2.43": one dataset per number
        text = self.text
        group = sorted((r for _, r in records), key=lambda r: r.number.start)
        if len(group) < 2:
            return
        first_num = group[0].number
        named = [d for d in self.datasets if d[1] <= first_num.start]
        right_after = False
        if len(named) < len(group):
            # "FID ... of 1.30/0.97 on CIFAR-10/ImageNet-64": the slashed names after the numbers
            after = [d for d in self.datasets if d[0] >= group[-1].number.end]
            named = after[:len(group)]
            if len(named) < len(group) or not _WORDS_THEN_ON_GAP.fullmatch(text, group[-1].number.end, named[0][0]):
                return
            # "an improvement of 11% and 5% for KITTI and SYNTHIA": a list of as many names right
            # after the numbers pairs with them without "respectively"
            right_after = bool(_DATASET_AFTER_GAP.fullmatch(text, group[-1].number.end, named[0][0])) and (
                len(after) == len(group) or not _DATASET_LIST_GAP.fullmatch(text, named[-1][1], after[len(group)][0]))
        named = named[-len(group):]
        slashed = all(text[a.number.end:b.number.start] == "/" for a, b in zip(group, group[1:])) and all(
            text[a[1]:b[0]] == "/" for a, b in zip(named, named[1:]))
        listed = all(_DATASET_LIST_GAP.fullmatch(text[a[1]:b[0]]) for a, b in zip(named, named[1:]))
        if not (slashed or (listed and (right_after or "respectively" in text[group[-1].number.end:self.end]))):
            return
        if not all(_LIST_GAP.fullmatch(text[a.number.end:b.number.start]) for a, b in zip(group, group[1:])):
            return
        for rec, (_, _, span) in zip(group, named):
            rec.dataset = span

    def _distribute(self, records):
        # "faster training and inference ... by 2.5x and 1.75x respectively"
        text = self.text
        if "respectively" not in text[self.start:self.end]:
            return
        group = [r for _, r in records if r.rule in ("result:list", "result:change_by")]
        if len(group) != 2:
            return
        first, second = sorted(group, key=lambda r: r.number.start)
        m = re.match(r"^(?:(\w+(?:\s\w+)?)\s)?(\w+) and (\w+)(?: (\w+))?$", first.metric)
        if m:
            prefix, a, b, head = m.group(1), m.group(2), m.group(3), m.group(4) or ""
            if prefix in ("speed",):
                return
            head = " " + head if head else ""
            first.metric = f"{a}{head}".strip()
            second.metric = f"{b}{head}".strip()

    def _dataset(self, num):
        text = self.text
        for s, e, span in self.datasets:
            # (a metric's digits are no number: "95.43 F1 on the CoNLL2000 Chunking task")
            if s >= num.end and s - num.end <= 45 and _DATASET_GAP.fullmatch(text, num.end, s):
                return span
        for s, e, span in self.datasets:
            # "Scenery (21.512)"
            if e <= num.start and re.fullmatch(r"\s*\(\s*", text[e:num.start]):
                return span
        before = [d for d in self.datasets if d[1] <= num.start]
        after = [d for d in self.datasets if d[0] >= num.end]
        if before and after and self._bound(before[-1]) and after[0][0] - num.end <= 120 \
                and not re.search(r"[;:]", text[num.end:after[0][0]]):
            # "87.45% on the SEED-IV dataset, 84.33% and 85.62% for two tasks ... on the DEAP
            # dataset": SEED-IV is the earlier number's; these numbers are DEAP's
            return after[0][2]
        if before:
            return before[-1][2]
        if after:
            return after[0][2]
        return None

    def _bound(self, dataset) -> bool:
        """The dataset follows a number of its own: "87.45% on the SEED-IV dataset"."""
        return any(0 <= dataset[0] - n.end <= 45 and _DATASET_AFTER_GAP.fullmatch(self.text, n.end, dataset[0])
                   for n in self.numbers)

    def _metric_named_after(self, num, end):
        """A metric entity a few filler words after `end` ("17.86 FID", "lower inference memory
        footprint"), with the modifiers kept, as a `_metric` answer; or None."""
        text = self.text
        for ms, me, ent in self.metrics:
            if ms >= end and ms - end <= 40:
                f = _FILLER_AFTER.fullmatch(text, end, ms)
                if f and not re.search(r"[\d;,]", text[end:ms]) and not _AT.match(text, end):
                    # keep the modifiers: "lower inference memory footprint" -> "inference memory footprint"
                    mods = _MODIFIERS.sub("", text[end:ms].strip()).strip("() ")
                    surface = self._metric_text(ent, ms, me)
                    if mods and (mods[0].isdigit() or any(w.lower() in _NOT_PHRASE_START or w.lower() in STOP_WORDS
                                                          or w in _LENGTH_UNITS for w in mods.split())):
                        mods = ""  # "0.963 when the DSC", "6.73 mm Hausdorff distance": no modifier
                    return (f"{mods} {surface}".strip() if mods else surface), ent, "result:metric_after"
                return None
        return None

    def _metric(self, num, previous, weak: bool = False):
        """(metric, metric entity or None, rule) of a number, or (None, None, "") when no rule names one."""
        metric, entity, rule = self._metric_by_rule(num, previous, weak)
        if entity is not None and self._counts_what_is_measured(num):
            return None, None, ""
        if metric is not None and self._within_of_another(num):
            metric, entity = self._as_gap(num, metric, entity, rule)
            return metric, entity, rule
        return self._as_loss(num, metric, entity), entity, rule

    def _counts_what_is_measured(self, num) -> bool:
        """A bare count after "of/across/..." of what a metric is taken over: "the segmentation accuracy
        of 19 muscles", "across 49 games" (but "higher than 7 of 10 graders" is a result)."""
        if num.unit or not num.raw.isdigit() or not _SCOPE_BEFORE.search(self.text, max(self.start, num.start - 8), num.start):
            return False
        counted = _COUNTED_AFTER.match(self.text, num.end)
        return bool(counted) and singular(counted.group(1)) + "s" in _COUNTED_NOUNS

    def _within_of_another(self, num) -> bool:
        """The number is how far a result stays within another's: "within 0.3% of", "within a 1% margin"."""
        return num.unit in ("%", "dB", "points") and bool(
            _WITHIN_BEFORE.search(self.text, max(self.start, num.start - 16), num.start)) and bool(
            _MARGIN_OF_AFTER.match(self.text, num.end))

    def _as_gap(self, num, metric, entity, rule):
        """(metric, entity) of a number a result stays within of another's: the gap in the metric,
        not a value of it ("within 0.3% of the accuracy of the bidirectional network" -> accuracy gap)."""
        if rule == "result:unit_of":
            # the metric is named after "of" ("of the accuracy of"), or before the number when "of"
            # names the other system ("a comparable rank-1 accuracy (within 1% of the original model)")
            named = [m for m in self.metrics if num.end <= m[0] <= num.end + 12] or self._metrics_before(num)[-1:]
            if not named:  # ("within 0.4% of the performance of full fine-tuning": a measure's gap)
                measure = singular(metric.split()[-1].lower()) in measure_heads()
                return (f"{metric} gap" if measure else metric), entity
            ms, me, entity = named[0]
            metric = self._metric_text(entity, ms, me)
        return f"{metric} gap", entity

    def _metric_by_rule(self, num, previous, weak: bool = False):
        text = self.text
        if num.implied_metric == "rank":
            return "rank", None, "result:rank"  # a place needs no metric: "ranked 9th (F1 0.61)"
        symbol = symbol_metric(text, num.start, num.value, (self.start, self.end))
        if symbol:
            for ms, me, ent in self.metrics:
                if me <= num.start <= me + 12 and _SYMBOL_GAP.fullmatch(text, me, num.start):
                    # "Spearman correlation r = 0.61", "Pearson's r = 0.94": the metric named before it
                    return self._metric_text(ent, ms, me), ent, "result:metric_before"
            return symbol, None, "result:symbol"  # "(r = 0.92, p < 0.001)"
        anchor = min(previous.start, num.start) if previous is not None else num.start
        # 1. a metric entity right after ("31% FVD improvement"), right before ("FID of 1.73",
        #    "FID=6.47"), or after a few words ("41.5% length-controlled win rate")
        # (or after the value it is compared with: "68.3% vs 58.9% accuracy")
        ends = (num.end, previous.end) if previous is not None and previous.start > num.end else (num.end,)
        for end in ends:
            for ms, me, ent in self.metrics:
                if ms >= end and ms - end <= 3 and not text[end:ms].strip(" $"):
                    return self._metric_text(ent, ms, me), ent, "result:metric_after"
        for ms, me, ent in self.metrics:
            if ms >= num.end and _PAREN_GAP.fullmatch(text, num.end, ms) and text[me:me + 1] == ")":
                return self._metric_text(ent, ms, me), ent, "result:metric_after"  # "9.8%/5.7% (AUC)"
            if ms >= num.end and (_SPREAD_PAREN.fullmatch(text, num.end, ms) or _SPREAD_THEN.fullmatch(text, num.end, ms)):
                # "a 77.97% (95% CI, 65.27%-87.71%) sensitivity", "81.04 $\pm$ 3.87% sensitivity": the
                # value's interval or spread, then its metric
                return self._metric_text(ent, ms, me), ent, "result:metric_after"
        best = None
        for ms, me, ent in self.metrics:
            if me <= anchor and anchor - me <= 45:
                f = _FILLER_BEFORE.fullmatch(text, me, anchor)
                if f and (best is None or me > best[1]):
                    best = (ms, me, ent)
        if best is not None:
            metric = self._metric_text(best[2], best[0], best[1])
            if "," in text[best[1]:anchor] and _BARE_GAIN.match(text, num.end):
                # "achieve 72.0% accuracy, an 11.6% improvement over the current state of the art":
                # the gain in that metric, not a value of it
                return f"{metric} improvement", best[2], "result:metric_before"
            return metric, best[2], "result:metric_before"
        # (or after its baselines: "0.63 relative to other methods 0.39, 0.52 and 0.57 in terms of ACC")
        ends = (num.end, self.baselines_end[num.start]) if num.start in self.baselines_end else (num.end,)
        for end in ends:
            named = self._metric_named_after(num, end)
            if named:
                return named
        # ("$10\%$ improvement in recall": the number's closing LaTeX dollar is no word)
        after_start = num.end + 1 if text.startswith("$", num.end) else num.end
        after = text[after_start:after_start + 60]
        # 2. units and counted nouns
        m = re.match(r"\s+of\s+(?:the\s+)?([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3})", after)
        if m and num.unit in ("%", "GB", "x"):
            phrase = _noun_phrase(m.group(1))
            if phrase and phrase.lower() in _NO_MEASURE_NOUNS:
                phrase = None  # "in 53% of the cases", "92.4% of them": the measure is in the verb
            at = after_start + m.start(1)
            if phrase and any(s <= at < e for s, e, _ in self.datasets):
                phrase = None  # "41.22% of the ImageNet (ILSVRC 2012) validation images": data, no measure
            if phrase and _WITH_BEFORE.search(text, max(self.start, num.start - 12), num.start) and \
                    set(phrase.lower().split()) & _SETUP_SHARE_NOUNS:
                return None, None, ""  # "With only 20% of the training examples, TRE matches ...": the setup
            if phrase and phrase.split()[-1].lower() not in ("time",) or (phrase and num.unit != "x"):
                if phrase:
                    return phrase, None, "result:unit_of"
        if num.implied_metric:
            return num.implied_metric, None, "result:unit"
        if _PARAMETERS_AFTER.match(after):
            return "parameters", None, "result:parameters"
        sized = _SIZED_MODEL.match(after) if num.unit in ("B", "M") else None
        if sized and _MODEL_DET.search(text, max(self.start, num.start - 6), num.start) and \
                _SIZED_MODEL_ACHIEVES.match(after, sized.end()):
            return "parameters", None, "result:parameters"  # "a 7B model can obtain 94.0", "An 8.7B model ... achieves"
        m = _OUT_OF.match(text, num.end)
        if m and not num.unit:
            # "8 out of 10 recently published probing tasks" -> "tasks"
            tail = _OUT_OF_NOUN.match(text, m.start(2))
            return (tail.group(1) if tail else m.group(2)), None, "result:out_of"
        gain = _FACTOR_GAIN_AFTER.match(text, num.end) if num.unit == "x" else None
        if gain and gain.group(1).split()[0] not in _NOT_PHRASE_START:
            # "8x speed improvements", "31X frame rate improvement", "3.6x workload reduction": the
            # change in the measure the words before the gain name
            return f"{gain.group(1)} {singular(gain.group(2).lower())}", None, "result:relative_change"
        if num.unit == "x" and not _RELATIVE_AFTER.match(text, num.end) and \
                _COMPRESSED_BY.search(text, max(self.start, num.start - 60), num.start):
            return "compression rate", None, "result:compressed"  # "compresses the network about 8 times"
        factor_of = _FACTOR_NOUN.match(text, num.end) if num.unit == "x" else None
        if factor_of:
            return f"{factor_of.group(1)} rate", None, "result:compressed"  # "40x compression", "8x weight pruning"
        # 3. "20x faster (inference)", "10% higher visual quality", "4x reduction of training parameters"
        m = re.match(r"\s*(?:faster|speed[- ]?ups?|acceleration(?!\s+factors?\b)|quicker)\b(?:\s+(?:in\s+|for\s+)?(inference|training|sampling|decoding|generation|convergence|rendering))?", after)
        if m and num.unit in ("x", "%"):
            return (f"{m.group(1)} speed" if m.group(1) else "speed"), None, "result:faster"
        if num.unit in ("x", "%"):
            comparatives, comparative = read_comparatives()
            m = comparative.match(after)
            if m:
                return comparatives[m.group(1)], None, "result:comparative"  # "60 times cheaper"
        m = re.match(r"\s*(?:(?:percentage\s+)?points?\s+|pp\s+)?(?:(?:relative|absolute)\s+)?(?:higher|lower|better|worse|improvements?|increases?|gains?|reductions?|decreases?|drops?|boosts?|fewer|less|more|smaller|larger|relative improvements?)\s+(?:in\s+terms\s+of\s+|(?:in|of)\s+)?(?:the\s+)?([A-Za-z][\w\-]*(?:\s+[A-Za-z0-9][\w\-]*(?![\w\-]|\.\w)){0,3})", after)
        if m and num.unit in ("x", "%", "dB", "", "points"):
            phrase = _noun_phrase(m.group(1), allow_digits=True)
            at = after_start + m.start(1)
            if phrase and (any(s == at and ent.source.startswith("lexicon:") for s, _, ent in self.methods) or
                           any(s == at and e >= at + len(phrase) for s, e, _ in self.datasets)):
                phrase = None  # "the 2.35x larger ResNet-152", "30 times larger the ImageNet": a name, no measure
            if phrase and _IN_SETTING.match(m.group(0)) and not any(s == at for s, _, _ in self.metrics) and \
                    singular(phrase.split()[-1].lower()) not in measure_heads():
                phrase = None  # "20 times lower in globular cluster fields": where, not what
            if phrase and singular(phrase.split()[-1].lower()) in ("model", "network") and \
                    re.search(r"\b(?:smaller|larger|bigger|compact)\b", m.group(0)):
                phrase = "model size"  # "a 2-4x smaller model", "7.4x more compact model"
            if phrase:
                return phrase, None, "result:relative_change"
        # "a 20.2% relative improvement on ShanghaiTech", "10% higher than the state of the art":
        # a gain in no measure the sentence names before it
        m = _BARE_GAIN.match(after)
        if m and num.unit in ("x", "%", "dB", "points") and not self._metrics_before(num):
            return _gain_name(m), None, "result:relative_change"
        # 4. "reduce the regret by up to 70%", "increasing the success rate from 85.79% to 98.95%"
        before = text[max(self.start, num.start - 100):num.start]
        tail = before[-40:]
        # cheap substring tests first: the end-anchored patterns are tried at every position
        # ("improve the ROC-AUC, e.g., by 8%": an aside's abbreviation is no sentence end)
        unaside = _ASIDE_ABBREVIATION.sub(lambda a: " " * len(a.group(0)), before)
        m = _CHANGE_BY.search(unaside) if " by " in tail else None
        if m and (also := _BUT_ALSO.search(m.group(1))):
            # "not only outperforms state-of-art methods, but also significantly reduces the annotation
            # cost by over 70%": the change of the clause after "but also"
            m = _CHANGE_BY.search(unaside, m.start(1) + also.end())
        if m and _CLAUSE_IN_CHANGE.search(m.group(1)):
            m = None  # "PESQ ... is obtained, while also the output SNR is ahead by 0.5 dB": another clause's change
        if m:
            phrase = m.group(1)
            faster = re.match(r"(?:faster|quicker)\s+(.+)", phrase)
            if faster:
                # "faster training and inference times over VAR" -> "training and inference speed"
                core = re.split(r"\s+(?:over|than|compared|versus|vs)\b", faster.group(1))[0]
                core = re.sub(r"\s+(?:times?|speeds?)$", "", core).strip()
                if re.fullmatch(r"[a-z]+(?: and [a-z]+)?", core):
                    return core + " speed", None, "result:change_by"
            np_ = _noun_phrase(phrase, allow_digits=True)
            if _BEATS.match(m.group(0)) or _TARGET.search(phrase) or (np_ and _TARGET.search(np_)):
                # (the noun phrase too: "we improve the state-of-the-art for the UKP ... Corpus by 20.8 points")
                # "outperforms the state-of-the-art approach by 9.33%": the phrase is the loser; the
                # margin is in the one metric the sentence names, if it names one ("85.6 F1 ...,
                # outperforming the baselines by 0.8": an F1 improvement)
                measure = self._measure_after_margin(num)
                if measure:
                    return measure, None, "result:change_by"  # "by 7.37% on average video quality"
                named = {ent.name: self._metric_text(ent, ms, me) for ms, me, ent in self.metrics}
                verb = num.start - len(before) + m.start()
                subject = [(ms, me, ent) for ms, me, ent in self.metrics
                           if me <= verb and _SUBJECT_METRIC_GAP.fullmatch(text, me, verb)]
                if len(named) > 1 and subject:
                    # "our best F-measure (82.2%) outperforms state-of-art algorithms by 6.6%" (at 27 FPS)
                    ms, me, ent = subject[-1]
                    named = {ent.name: self._metric_text(ent, ms, me)}
                # (or, naming none, the one metric of the sentence before: "... an F-measure of 0.82.
                # It outperforms state-of-art algorithms by 6.6%")
                if not named and self.metric_before is not None and not _MEASURE_AFTER_MARGIN.match(text, num.end) \
                        and self.metric_before.lower() not in _NOT_GAINED:  # (not "10 billion parameters. ... by +0.8%")
                    named = {self.metric_before: self.metric_before}
                return (f"{named.popitem()[1]} improvement" if len(named) == 1 else "improvement"), None, "result:change_by"
            if np_:
                return np_, None, "result:change_by"
        m = None
        if " by " in tail and _PASSIVE_CUE.search(tail):
            # (from a word's start: "^" of a window cut inside a word is no sentence start)
            window_start = num.start - len(before)
            inside_a_word = window_start > self.start and not text[window_start - 1].isspace()
            m = _PASSIVE_CHANGE_BY.search(before[before.find(" ") + 1:] if inside_a_word else before)
        if m:
            np_ = _noun_phrase(m.group(1), allow_digits=True)
            if np_ and singular(np_.split()[-1].lower()) in measure_heads() and not _SETUP_SIZE.search(np_) and \
                    np_.lower() not in _TRAINING_SETTINGS and not _SCHEDULE_AFTER.match(text, num.end):
                if np_[1:2].islower():
                    np_ = np_[0].lower() + np_[1:]  # "Distances are reduced by ..." opens a sentence
                return singular_phrase(np_), None, "result:change_by"  # "energy consumptions are"
        if previous is not None and previous.start < num.start:
            m = (_CHANGE_FROM.search(text, max(self.start, previous.start - 100), previous.start)
                 if "from" in text[max(self.start, previous.start - 8):previous.start] else None)
            if m:
                np_ = _noun_phrase(m.group(1), allow_digits=True)
                if np_:
                    return np_, None, "result:change_from_to"
        m = _CHANGE_TO.search(before) if " to " in tail and not _GAP_AFTER.match(text, num.end) else None
        if m:
            np_ = _noun_phrase(m.group(1), allow_digits=True)
            if np_ and singular(np_.split()[-1].lower()) in measure_heads() and not _SETUP_SIZE.search(np_) and \
                    np_.lower() not in _TRAINING_SETTINGS:
                return np_, None, "result:change_to"
        # 5. "time cost of approximately 17%", "a GenEval score of 0.86"
        m = _PHRASE_OF.search(before) if " of " in tail else None
        if m:
            stops = list(_NP_STOP.finditer(" " + m.group(1)))
            # ("localized with an error of only 1.4 mm": the phrase after its preposition, for a
            # number with a unit or decimals, not "with the error of 19 buildings"; and "from
            # initial errors of 10 mm" is a previous value)
            np_ = _noun_phrase(m.group(1)[stops[-1].end() - 1:], allow_digits=True) if stops and \
                stops[-1].group(0).strip() != "from" and (num.unit or "." in num.raw) and \
                "--" not in m.group(1) else _noun_phrase(m.group(1), allow_digits=True)
            if np_ and np_.lower() in _GENERIC_MEASURES and self._metrics_before(num):
                np_ = None  # "BLEU produced a score of 20.01": the metric the sentence names
            if np_ and singular(np_.split()[-1].lower()) in measure_heads() and not _SETUP_SIZE.search(np_):
                head = np_.split()[-1].lower()
                named = self._metric_after_list(num) if singular(head) in _GAIN_WORDS or head in _GENERIC_MEASURES \
                    else None
                if named is not None:
                    # "improvements of 5.8%, 0.5%, and 4.8% in the average Dice scores": gains in Dice;
                    # "a mean performance of 91.2% and 88.4% in terms of the Dice score": Dice
                    return self._metric_text(named[2], named[0], named[1]), named[2], "result:phrase_of"
                if " " not in np_ and singular(head) in ("improvement", "gain", "increase") and not self.metrics and \
                        self.metric_before is not None and self.metric_before.lower() not in _NOT_GAINED and \
                        not _MEASURE_AFTER_MARGIN.match(text, num.end):
                    # "... an increase in the mean classification score of 0.5%. ... resulted in improvements of
                    # 0.2% in 2D": the gain in the one metric of the sentence before
                    return f"{self.metric_before} improvement", None, "result:phrase_of"
                return np_, None, "result:phrase_of"
        # 5b. "the parameter increase is less than 0.6%", "the error rate was 3.2%"
        is_verb = any(v in tail for v in _IS_VERBS)
        for pattern in (_PHRASE_IS, _PHRASE_WITH_PP_IS) if is_verb else ():
            # ("the error rate was 3.2%"; "the average pairwise error between the MRI and CT locations
            # was 0.30 mm")
            m = pattern.search(before)
            if m and pattern is _PHRASE_WITH_PP_IS and any(
                    num.start - len(before) + m.start() <= ms < num.start for ms, _, _ in self.metrics):
                break  # a named metric in the phrase: the rules below name it ("The coefficient of determination for ...")
            np_ = _noun_phrase(m.group(1), allow_digits=True) if m else None
            if np_ and singular(np_.split()[-1].lower()) in measure_heads():
                return np_, None, "result:phrase_is"
        # 6. "0.37 scene cuts", "83.7% average preference", "$3\%$ error" (not a setup: "with $1\%$ corruptions")
        if num.unit in ("", "%") and ("." in num.raw or num.unit == "%"):
            spread = _SPREAD_PAREN.match(text, num.end)  # (after the spread of runs: "1.93% (1.98+/-0.07) validation error")
            m = _NUMBER_PHRASE.match(text, spread.end() - 1, num.end + 80) if spread and text[spread.end() - 1].isspace() \
                else _NUMBER_PHRASE.match(after)
            words = m.group(1).split() if m else []
            inner = next((k for k, w in enumerate(words) if k and w in _PHRASE_BREAKS), None)
            words = words[:inner]  # "99% similarity in terms of MS-SSIM" -> "similarity"
            setup_share = num.unit == "%" and _WITH_BEFORE.search(tail) and set(words) & _SETUP_SHARE_NOUNS
            if words and not setup_share and words[-1] not in _SETUP_NOUNS and words[0] not in _NOT_PHRASE_START \
                    and words[0] not in _PHYSICAL_UNITS and words[0] not in _DURATION_NOUNS \
                    and not words[-1].endswith("ly") and not (len(words) == 1 and words[0].endswith(("ing", "ed"))):
                # (not "to 0.93 significantly (p < 0.001)", "15.6 years on average", "<1% resulting in",
                # "99.9% correlated", "the (SMART) 2.0 system", "984.465 words")
                return " ".join(words), None, "result:number_phrase"
        if not weak or ("." not in num.raw and num.unit not in ("%", "x", "dB")):
            return None, None, ""
        # 7. a measure phrase right before the number's parenthesis, with a change after the number:
        # "power consumption (40% lower), and energy efficiency (2.5X higher)" (not the metric named
        # earlier, "frames per second (FPS) (2.48X higher)")
        named_before = _PHRASE_PAREN.search(text, max(self.start, num.start - 50), num.start)
        if named_before and _RELATIVE_AFTER.match(text, num.end) and not any(
                me == named_before.end(1) for _, me, _ in self.metrics):
            words = named_before.group(1).split()
            while words and (words[0].lower() in _NOT_PHRASE_START or words[0].lower() in STOP_WORDS):
                words = words[1:]  # "and energy efficiency ("
            np_ = _noun_phrase(" ".join(words)) if words else None
            if np_ and singular(np_.split()[-1].lower()) in measure_heads():
                return np_, None, "result:name_paren"
        # 8. a metric named earlier in the sentence ("FID scores ...: 1.20 on ImageNet and 8.20 on COCO")
        ds = self._dataset_after(num)
        prior = self._metrics_before(num)
        if prior:
            ms, me, ent = prior[-1]
            named = text[ms:me]
            foreign = ds is not None and any(text[d[0]:d[1]] in named for d in self.datasets) and text[ds.start:ds.end] not in named
            if not foreign:
                rule = "result:name_paren" if re.search(r"\(\s*$", text[max(self.start, num.start - 3):num.start]) else "result:sentence_metric"
                gain = _BARE_GAIN.match(text, num.end)
                if gain:
                    # "an accuracy level that is, on average, 13.5% higher than ...", "a 55% relative
                    # improvement over ...": the gain in that metric, not a value of it
                    return f"{self._metric_text(ent, ms, me)} {_gain_name(gain)}", ent, rule
                return self._metric_text(ent, ms, me), ent, rule
        if ds is not None:
            rel = re.match(r"\s*(improvement|gain|increase)\b", text[num.end:num.end + 20])
            return f"{ds.name} {rel.group(1) if rel else 'score'}", None, "result:dataset_score"
        return None, None, ""

    def _metric_after_list(self, num):
        """The metric mention that ends a list of numbers starting at `num` ("5.8%, 0.5%, and 4.8%
        in the average Dice scores"), or None."""
        m = _LIST_THEN_IN.match(self.text, num.end)
        if m is None:
            return None
        return next((span for span in self.metrics if span[0] == m.end()), None)

    def gain_in_the_one_metric(self, gain: str) -> str:
        """A gain that names no measure, in the one metric the sentence names: "an AUC of 0.99 ..., an
        average improvement of 41% on CIFAR10" -> "average AUC improvement"; not a cost or an operating
        point ("5% improvement over Mask R-CNN at more than 10 fps")."""
        points = read_operating_points()
        named = {ent.name: (ms, me) for ms, me, ent in self.metrics
                 if ent.name.lower() not in _NOT_GAINED and ent.name.lower() not in points}
        if len(named) != 1:
            return gain
        ms, me = next(iter(named.values()))
        *modifiers, head = gain.split()
        return " ".join([*modifiers, self.text[ms:me], singular(head.lower())])

    def _operating_point(self, num, before: str) -> bool:
        """The number sets the point another is measured at: "at 90% sensitivity", "at 0.7 IoU threshold",
        "at a reasonable false positive rate of 0.5%", "for FAR=0.01%" (result_units.json: operating_points)."""
        points = read_operating_points()
        text = self.text
        if not _AT_BEFORE.search(before):
            # "at a reasonable false positive rate of 0.5%", "a FRR of just 0.62% for FAR=0.01%": the point
            # metric named before the number
            return any(ent.name.lower() in points or text[ms:me].lower() in points
                       for ms, me, ent in self.metrics if _POINT_GAP.fullmatch(text, me, num.start)
                       and _POINT_BEFORE.search(text, max(self.start, ms - 30), ms))
        return _THRESHOLD_AFTER.match(text, num.end) is not None or any(
            0 <= ms - num.end <= 2 and (ent.name.lower() in points or text[ms:me].lower() in points)
            for ms, me, ent in self.metrics)  # ("mAP at 5% threshold")

    def _metrics_before(self, num):
        """The metric mentions of the sentence that end before the number, in text order; not one after
        "at" and a number, where it sets a condition ("81.1% mAP ... at 0.7 IoU ..., which is 7.6% better":
        the gain is mAP's)."""
        text = self.text
        return [m for m in self.metrics if m[1] <= num.start and not _AT_THRESHOLD.search(text, max(self.start, m[0] - 16), m[0])]

    def _measure_after_margin(self, num) -> str | None:
        """The measure a margin is in, named after it as no lexicon metric: "by 15.5 points in the
        overall score", "by 7.37% on average video quality"; None for "by 2% on CIFAR-10"."""
        gap = _MEASURE_AFTER_BY.match(self.text, num.end)
        if not gap:
            return None
        rest = self.text[gap.end():min(self.end, gap.end() + 60)].rstrip(" .!?")
        cut = _NP_STOP.search(" " + rest)  # (a comma or a preposition ends the phrase)
        words = (rest[:cut.start() - 1] if cut else rest).split()
        if 0 < len(words) <= 4 and all(re.fullmatch(r"[a-z][a-z\-]*", w) for w in words) \
                and words[-1] in _MARGIN_MEASURE_WORDS:
            return " ".join(words)
        return None

    def _metric_text(self, ent, ms, me):
        # The metric as the sentence writes it when that is the canonical name, an alias or a
        # longer form of it ("memory footprint" for "memory usage"); keys still merge them.
        surface = self.text[ms:me]
        aliases = {a.lower() for a in ent.aliases}
        acronym = _ACRONYM_AFTER.match(self.text, me)
        if acronym and " " in surface:
            # "minimum tandem cost detection function (min-t-DCF)": the acronym, as annotators write it
            short = acronym.group(1)
            return short if short == ent.name or short.lower() in aliases else ent.name
        if surface == ent.name or ent.name.lower() in singular_phrase(surface).lower():
            return ent.name  # (and "average accuracies" is the "average accuracy" entity)
        if " " not in surface and "$" not in surface and surface.lower() in aliases \
                and _plain_form(singular(surface.lower())) != _plain_form(ent.name.lower()):
            # "F-measure", "Recall@100", "DSC": the word the paper uses (as annotators write it),
            # but not a plural or hyphenated spelling of the name ("speed-up" is speedup)
            return surface
        if (surface.isupper() and len(surface) <= 6) or "$" in surface:
            return ent.name  # (and "$F_1$ score", LaTeX, is F1)
        if len(surface.split()) > 1 and ent.name not in ent.aliases:
            one = singular_phrase(surface)  # ("F measures" is an F measure, the alias "F-measure")
            return one if one != surface and _plain_form(one.lower()) in {_plain_form(a) for a in aliases} else surface
        return ent.name

    def _dataset_after(self, num):
        for s, e, span in self.datasets:
            if s >= num.end and s - num.end <= 45 and re.fullmatch(r"\s*(?:(?:improvement|gain|increase|higher|lower|better)\s+)?(?:on|in)\s+(?:the\s+)?(?:zero-shot\s+)?", self.text[num.end:s]):
                return span
        return None


def _gain_name(bare_gain: re.Match) -> str:
    """What a _BARE_GAIN match names: "relative improvement" or "improvement"."""
    return "relative improvement" if bare_gain.group(1) else "improvement"


def _distinct_names(spans: list) -> list:
    """The mentions, the first of each name only."""
    seen: set[str] = set()
    out = []
    for m in spans:
        if m[2].name not in seen:
            seen.add(m[2].name)
            out.append(m)
    return out


def _metric_compounds(text: str, spans: list) -> list:
    """Metric spans with "ROUGE-L F1-score" as one span of ROUGE-L: a metric of kind F1 or accuracy
    (cues.json: metric_kind_words) right after another metric's name qualifies that metric."""
    out = []
    for span in spans:
        if out and span[2].name in _METRIC_KIND_WORDS and out[-1][2] is not span[2] and text[out[-1][1]:span[0]] == " ":
            out[-1] = (out[-1][0], span[1], out[-1][2])
        else:
            out.append(span)
    return out


@Language.factory("kg_results", assigns=["doc._.results"], requires=["doc._.entities"])
def make_result_finder(nlp: Language, name: str) -> ResultFinder:
    return ResultFinder(nlp, name)
