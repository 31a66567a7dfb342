"""Stable ids for papers whose source gives none."""
from __future__ import annotations

import hashlib

ID_LENGTH = 10


def paper_id_for(abstract: str) -> str:
    """The id of a paper read without an id of its own.

    The id depends on the abstract only (whitespace collapsed, stripped), because the same paper
    is printed with a title in one layout and without one in the `Abstract:` layout, and both
    must get the same id to merge. A record's own id (arXiv id, `id` field) always wins over this.

    Args:
        abstract: the abstract text as read.

    Returns:
        The first 10 hex digits of the SHA-1 of the normalised abstract in UTF-8.
    """
    normalised = " ".join(abstract.split())
    # surrogatepass: JSON may carry lone surrogates ("\ud800"); hashing must not fail on them.
    return hashlib.sha1(normalised.encode("utf-8", "surrogatepass")).hexdigest()[:ID_LENGTH]
