"""Merge keys: the one place that decides when two names are the same entity.

`entity_key("datasets", "CIFAR-10") == entity_key("datasets", "CIFAR 10") == "cifar10"`, and a
lexicon alias maps to its canonical entry's key (`"MS-COCO"` -> the key of `"COCO"` when the
lexicon lists it so).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.extract.lexicon import KINDS, read_lexicons, shipped_lexicon_paths

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=1 << 16)
def fold(name: str) -> str:
    """Casefold, strip accents, drop everything but letters, digits and "+", singularise.

    Letters outside ASCII stay ("À" -> "a", "图" -> "图"), so a name never folds to nothing
    unless it has no letter or digit at all.

    The singular rule is deliberately simple (a final "s" on a form longer than three
    characters, not "ss"), the same rule the evaluation uses, so "diffusion models" and
    "diffusion model" or "GANs" and "GAN" fold together while "FPS" and "loss" stay.
    """
    # "PFGM++" is not "PFGM": a plus sign survives as "plus"
    text = unicodedata.normalize("NFKC", name).casefold().replace("×", "x").replace("+", "plus")
    if text.isascii():
        text = _NOT_ALNUM.sub("", text)
    else:  # NFKD splits "à" into "a" and a combining accent, which is not alphanumeric
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum())
    if len(text) > 3 and text.endswith("s") and not text.endswith("ss"):
        text = text[:-1]
    return text


@lru_cache(maxsize=1)
def _shipped_alias_keys() -> dict[str, dict[str, str]]:
    # Read on first use, not at import: kind -> folded alias -> folded canonical name.
    table: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for entry in read_lexicons(shipped_lexicon_paths()):
        canonical = fold(entry.name)
        for form in entry.aliases:
            table[entry.kind].setdefault(fold(form), canonical)
    return table


@lru_cache(maxsize=1 << 16)
def entity_key(kind: str, name: str) -> str:
    """The merge key of an entity across papers.

    Args:
        kind: "methods", "datasets", "metrics" or "tasks" (singular forms are accepted too).
        name: any surface form of the entity.

    Returns:
        The folded canonical name: the folded name itself, or the folded canonical name of
        the shipped lexicon entry that lists `name` as an alias.
    """
    if not kind.endswith("s"):
        kind += "s"
    key = fold(name)
    return _shipped_alias_keys().get(kind, {}).get(key, key)
