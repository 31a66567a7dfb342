"""build_nlp(): the one place that assembles kg's spaCy pipeline.

`spacy.blank("en")` with kg's tokenizer (kg/extract/tokenizer.py: a hyphen or "=" between a
letter and a digit splits, so that "CIFAR-10", "GPT-4" and "FID=6.47" tokenise the same way in
text and in lexicon patterns; faster affix searches, same tokens) and these components, in
order (each also has a batch `pipe()`):

    kg_sentences  sentence starts that survive "et al." and "e.g."   (components/sentences.py)
    kg_acronyms   Schwartz & Hearst acronym definitions               (components/acronyms.py)
    kg_lexicon    lexicon names and aliases (PhraseMatcher)           (components/lexicon_matcher.py)
    kg_names      proposed methods, named datasets, name-like words,
                  task and metric phrases                             (components/names.py)
    kg_entities   candidates -> entities with merge keys              (components/entities.py)
    kg_results    numbers -> results (metric, value, previous, ...)   (components/results.py)
    kg_comparisons  "X outperforms Y"                                 (components/comparisons.py)

The Vocab computes only the lexical attributes these components read: LOWER (the phrase
matchers) and the name flags of kg_names. spaCy computes every lexical attribute of a word
the first time it meets it (and, once the Vocab is full, every time), and a blank English
pipeline has ~20 of them (shape, stop word, like_num, ...). A user of `build_nlp()` who
wants those on tokens must not rely on them: they read as 0/False.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import spacy
from spacy.attrs import LOWER
from spacy.language import Language

from kg.extract.tokenizer import TOKENIZER_CONFIG


# The lexical attributes of spaCy's own that kg's components read.
READ_LEXICAL_ATTRIBUTES = frozenset({LOWER})

# Importing the component modules registers their factories with spaCy.
from kg.extract.components import (  # noqa: F401
    acronyms,
    comparisons,
    entities,
    lexicon_matcher,
    names,
    results,
    sentences,
)


def build_nlp(lexicons: Sequence[str | Path] = (), *, shipped_lexicons: bool = True) -> Language:
    """Assemble the extraction pipeline.

    Args:
        lexicons: user lexicon files (JSONL with a "type" per line) added to the shipped ones.
        shipped_lexicons: False to use only `lexicons` (for tests of the rules themselves).

    Returns:
        A spaCy Language whose docs carry `doc._.entities`, `doc._.results` and
        `doc._.comparisons` (read them with `kg.extract.facts.doc_to_facts`).

    Raises:
        InputError: a lexicon file is missing or malformed.
    """
    nlp = spacy.blank("en", config=TOKENIZER_CONFIG)
    builtin = frozenset(nlp.vocab.lex_attr_getters)
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_acronyms")
    nlp.add_pipe("kg_lexicon", config={"lexicons": [str(p) for p in lexicons], "shipped": shipped_lexicons})
    nlp.add_pipe("kg_names")
    nlp.add_pipe("kg_entities")
    nlp.add_pipe("kg_results")
    nlp.add_pipe("kg_comparisons")
    # keep the attributes kg reads and the flags its components added
    nlp.vocab.lex_attr_getters = {attr: getter for attr, getter in nlp.vocab.lex_attr_getters.items()
                                  if attr not in builtin or attr in READ_LEXICAL_ATTRIBUTES}
    return nlp
