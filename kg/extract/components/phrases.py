"""Phrase patterns for kg's LOWER PhraseMatchers, tokenised as the pipeline tokenises text.

A PhraseMatcher on LOWER compares the lowercase-form hash of each token, so a pattern is the
sequence of those hashes for the phrase's tokens. `add_phrases` hands the matcher these
sequences rather than Docs (spaCy's own unpickling of a PhraseMatcher does the same): adding
~15,000 lexicon forms as Docs checked each Doc's annotations and took 0.08 s of a 1.4 s start-up.

The phrases are tokenised by a copy of the pipeline's tokenizer with a Vocab of its own, so
that their words do not enter the pipeline's Vocab. The copy is built from the tokenizer's
rules directly rather than through `spacy.blank` and `Tokenizer.from_bytes`: each of those
loads the ~1,600 special cases again. Its Vocab computes only LOWER.
"""

from __future__ import annotations

import re
import weakref
from typing import Iterable, Mapping

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab


_SIDE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_PLAIN_WORDS = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _side_tokenizer(nlp: Language) -> Tokenizer:
    """A tokenizer with the rules of `nlp`'s and a Vocab of its own (made once per pipeline)."""
    side = _SIDE.get(nlp)
    if side is None:
        inner = getattr(nlp.tokenizer, "tokenizer", nlp.tokenizer)
        vocab = Vocab(lex_attr_getters={LOWER: nlp.vocab.lex_attr_getters[LOWER]})
        side = _SIDE[nlp] = Tokenizer(
            vocab,
            rules=inner.rules,
            prefix_search=inner.prefix_search,
            suffix_search=inner.suffix_search,
            infix_finditer=inner.infix_finditer,
            token_match=inner.token_match,
            url_match=inner.url_match,
            faster_heuristics=inner.faster_heuristics,
        )
    return side


def lower_patterns(nlp: Language, texts: Iterable[str]) -> list[tuple[int, ...]]:
    """The LOWER hashes of each text's tokens, as `nlp`'s tokenizer splits the text.

    Args:
        nlp: the pipeline whose tokenizer rules to use.
        texts: phrases.

    Returns:
        One tuple per text (empty for an empty text): a pattern for
        `PhraseMatcher(nlp.vocab, attr="LOWER").add`.
    """
    tokenizer = _side_tokenizer(nlp)
    texts = list(texts)
    # forms repeat (a variant and its lowercase, an alias shared by entries): tokenise each once
    distinct = list(dict.fromkeys(texts))
    patterns: dict[str, tuple[int, ...]] = {}
    rest = []
    specials = tokenizer.rules or {}
    strings = tokenizer.vocab.strings
    for text in distinct:
        # ASCII words separated by single spaces, none a special case ("Cannot", "Gonna"): no
        # English prefix, suffix or infix applies to a run of letters, so the tokens are the
        # words (9,320 of the 16,896 shipped forms; skipping the tokenizer for them took 0.85 s
        # off `kg extract` start-up on 2026-12-01)
        if _PLAIN_WORDS.fullmatch(text) and not any(word in specials for word in text.split(" ")):
            # the StringStore's id, not a bare hash: some words are spaCy symbols ("meta", "cc")
            patterns[text] = tuple([strings.add(word.lower()) for word in text.split(" ")])
        else:
            rest.append(text)
    for text, doc in zip(rest, tokenizer.pipe(rest)):
        patterns[text] = tuple([token.lower for token in doc])
    return [patterns[text] for text in texts]


def add_phrases(matcher: PhraseMatcher, nlp: Language, phrases: Mapping[str, list[str]]) -> None:
    """Add each key's phrases to `matcher`, which must match on LOWER, tokenising them in one pass."""
    keys = list(phrases)
    patterns = iter(lower_patterns(nlp, [text for key in keys for text in phrases[key]]))
    for key in keys:
        matcher.add(key, [next(patterns) for _ in phrases[key]])
