"""Pattern docs for PhraseMatchers, tokenised without growing the pipeline's vocabulary.

spaCy keeps a lexeme for every new word in the Vocab only while the Vocab holds fewer than
10,000 entries; beyond that, each occurrence of an unseen word recomputes its lexical
attributes. Tokenising thousands of lexicon aliases with the pipeline's own tokenizer fills the
Vocab and makes every later abstract slower to tokenise. PhraseMatcher matches on attribute
hashes (ORTH, LOWER), which do not depend on the Vocab, so the patterns are tokenised by a copy
of the tokenizer with a Vocab of its own.
"""

from __future__ import annotations

import weakref
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc


_SIDE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def phrase_docs(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """Tokenise `texts` exactly as `nlp` would, into a separate Vocab.

    Args:
        nlp: the pipeline whose tokenizer rules to copy.
        texts: phrases to tokenise.

    Returns:
        One Doc per text, usable as PhraseMatcher patterns of `nlp`.
    """
    side = _SIDE.get(nlp)
    if side is None:
        side = spacy.blank(nlp.lang)
        inner = getattr(nlp.tokenizer, "tokenizer", nlp.tokenizer)
        side.tokenizer.from_bytes(inner.to_bytes(exclude=["vocab"]))
        _SIDE[nlp] = side
    # Lexicon forms repeat (a variant and its lowercase, an alias shared by entries): each
    # distinct text is tokenised once, since making a Doc costs more than matching it later.
    texts = list(texts)
    docs = dict(zip(dict.fromkeys(texts), side.tokenizer.pipe(dict.fromkeys(texts))))
    return [docs[text] for text in texts]
