"""Lexicon files: canonical names and aliases of datasets, metrics, tasks and methods.

A lexicon file holds one JSON object a line:
    {"name": "CIFAR-10", "aliases": ["CIFAR10", "CIFAR 10"], "domain": "vision",
     "case_sensitive": false}
Metrics may add "higher_is_better"; datasets may add "kind". The shipped files are named after
their kind (`datasets.jsonl`, ...); a user lexicon (`--lexicon FILE`) names the kind of each line
in "type": dataset|metric|task|method.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

from kg.errors import InputError

KINDS = ("methods", "datasets", "metrics", "tasks")
_TYPE_TO_KIND = {"method": "methods", "dataset": "datasets", "metric": "metrics", "task": "tasks"}


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One lexicon line.

    Attributes:
        kind: "methods", "datasets", "metrics" or "tasks".
        name: canonical display name.
        aliases: other surface forms.
        case_sensitive: match only with the case as written.
        higher_is_better: metrics only; None when unknown.
        domain: the field it belongs to ("vision", "language", ...); None when not given.
        source: "lexicon:<file name>:<line>", the rule id facts carry.
    """

    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    case_sensitive: bool = False
    higher_is_better: bool | None = None
    domain: str | None = None
    source: str = ""

    @property
    def forms(self) -> tuple[str, ...]:
        """The name followed by the aliases, without duplicates."""
        seen: dict[str, None] = {self.name: None}
        for alias in self.aliases:
            seen.setdefault(alias, None)
        return tuple(seen)


def shipped_lexicon_paths() -> list[Path]:
    """The lexicon files bundled with kg, one per kind (missing files are skipped)."""
    root = resources.files("kg.extract.lexicons")
    paths = [Path(str(root / f"{kind}.jsonl")) for kind in KINDS]
    return [p for p in paths if p.is_file()]


def read_lexicon(path: str | Path) -> list[LexiconEntry]:
    """Read one lexicon file.

    Args:
        path: a shipped file named `<kind>.jsonl`, or a user file whose lines carry "type".

    Returns:
        The entries in file order.

    Raises:
        InputError: the file is missing or a line is not a valid entry (names the line).
    """
    path = Path(path)
    file_kind = path.stem if path.stem in KINDS else None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(path, f"cannot read lexicon: {err.strerror or err}") from err
    entries = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(path, f"not JSON: {err.msg}", number) from err
        if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"].strip():
            raise InputError(path, 'a lexicon entry needs a non-empty "name"', number)
        kind = _TYPE_TO_KIND.get(str(data.get("type", "")).lower().rstrip("s"), file_kind)
        if kind is None:
            raise InputError(path, '"type" must be one of dataset, metric, task, method', number)
        aliases = data.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise InputError(path, '"aliases" must be a list of strings', number)
        hib = data.get("higher_is_better")
        entries.append(
            LexiconEntry(
                kind=kind,
                name=data["name"].strip(),
                aliases=tuple(a.strip() for a in aliases if a.strip()),
                case_sensitive=bool(data.get("case_sensitive", False)),
                higher_is_better=hib if isinstance(hib, bool) else None,
                domain=data["domain"] if isinstance(data.get("domain"), str) else None,
                source=f"lexicon:{path.name}:{number}",
            )
        )
    return entries


def read_lexicons(paths: Iterable[str | Path]) -> list[LexiconEntry]:
    """Read several lexicon files in order."""
    entries: list[LexiconEntry] = []
    for path in paths:
        entries.extend(read_lexicon(path))
    return entries


def lexicon_paths(extra: Sequence[str | Path] = ()) -> list[Path]:
    """The shipped lexicons followed by the user's extra files."""
    return shipped_lexicon_paths() + [Path(p) for p in extra]
