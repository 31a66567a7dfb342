"""The text of a Doc, computed once per Doc.

`Doc.text` joins every token's text on each access (half a millisecond for an abstract), and
every kg component reads the whole text, so it is kept in `Doc.user_data` (by the tokenizer
wrapper of `kg.extract.pipeline`, or here on first use).
"""

from __future__ import annotations

from spacy.tokens import Doc


TEXT_KEY = "kg_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed on the first call for this Doc only."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
