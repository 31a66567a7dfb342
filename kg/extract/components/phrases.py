"""Pattern docs for PhraseMatchers, tokenised without growing the pipeline's vocabulary.

spaCy keeps a lexeme for every new word in the Vocab only while the Vocab holds fewer than
10,000 entries; beyond that, each occurrence of an unseen word recomputes its lexical
attributes. Tokenising thousands of lexicon aliases with the pipeline's own tokenizer fills the
Vocab and makes every later abstract slower to tokenise. PhraseMatcher matches on attribute
hashes (ORTH, LOWER), which do not depend on the Vocab, so the patterns are tokenised by a copy
of the tokenizer with a Vocab of its own.

The copy is built from the tokenizer's rules directly rather than through `spacy.blank` and
`Tokenizer.from_bytes`: each of those loads the ~1,600 special cases again, and together they
were a quarter of the pipeline's start-up time. Its Vocab computes only LOWER (ORTH is the text
itself): the attributes kg's phrase matchers read.
"""

from __future__ import annotations

import weakref
from typing import Iterable

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab


_SIDE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


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


def phrase_docs(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """Tokenise `texts` exactly as `nlp` would, into a separate Vocab.

    Args:
        nlp: the pipeline whose tokenizer rules to copy.
        texts: phrases to tokenise.

    Returns:
        One Doc per text, usable as ORTH or LOWER PhraseMatcher patterns of `nlp`.
    """
    tokenizer = _side_tokenizer(nlp)
    # Lexicon forms repeat (a variant and its lowercase, an alias shared by entries): each
    # distinct text is tokenised once, since making a Doc costs more than matching it later.
    texts = list(texts)
    docs = dict(zip(dict.fromkeys(texts), tokenizer.pipe(dict.fromkeys(texts))))
    return [docs[text] for text in texts]
