"""Reads and writes of kg's `Doc._` extension values without the `doc._` proxy.

Each `doc._.name` access builds a spaCy `Underscore` object and looks the extension up (about
2 microseconds); the pipeline reads and writes some twenty values per abstract, which added up to
a few percent of extraction time. spaCy stores the value of an attribute extension in
`Doc.user_data` under the key ("._.", name, None, None) (`spacy.tokens.underscore.Underscore.
_get_key`), so these functions use that key directly: `doc._.name` still reads what they write,
and they read what `doc._.name = ...` wrote. Every kg extension has the default None, which is
also what `get_value` returns for a value never set.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc


def get_value(doc: Doc, name: str) -> Any:
    """`doc._.<name>` (None when unset) for an attribute extension whose default is None."""
    return doc.user_data.get(("._.", name, None, None))


def set_value(doc: Doc, name: str, value: Any) -> None:
    """`doc._.<name> = value` for an attribute extension (one without getter or setter)."""
    doc.user_data[("._.", name, None, None)] = value
