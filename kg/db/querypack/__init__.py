"""The Cypher query pack: one `.cypher` file per query, ready to paste into the Neo4j Browser.

Each file starts with a header of `//` comments:

    // NAME: what the query answers
    // param NAME: TYPE [= DEFAULT] -- what it means

TYPE is string, int, float or bool; a param without a default is required; `= null` makes it
optional. `kg query NAME --param k=v` converts each value to its declared type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from kg.errors import UsageError

_PARAM = re.compile(r"//\s*param\s+(\w+)\s*:\s*(\w+)\s*(?:=\s*(\S+))?\s*(?:--\s*(.*))?$")
_NO_DEFAULT = object()


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = _NO_DEFAULT
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is _NO_DEFAULT


@dataclass(frozen=True)
class PackQuery:
    """One query of the pack: its name (the file stem), description, parameters and text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str

    def parameters(self, given: dict[str, str]) -> dict[str, Any]:
        """Typed parameters from `NAME=VALUE` strings, defaults filled in.

        Raises:
            UsageError: an unknown or missing parameter, or a value not of the declared type.
        """
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise UsageError(f"query {self.name!r} has no parameter {unknown[0]!r}; "
                             f"it takes {', '.join(known) or 'none'}")
        values = {}
        for param in self.params:
            if param.name in given:
                values[param.name] = _convert(self.name, param, given[param.name])
            elif param.required:
                raise UsageError(f"query {self.name!r} needs --param {param.name}=... ({param.help})")
            else:
                values[param.name] = param.default
        return values


def _convert(query: str, param: Param, raw: str) -> Any:
    try:
        if param.type == "int":
            return int(raw)
        if param.type == "float":
            return float(raw)
        if param.type == "bool":
            if raw.lower() not in ("true", "false"):
                raise ValueError(raw)
            return raw.lower() == "true"
    except ValueError:
        raise UsageError(f"query {query!r}: --param {param.name} wants {param.type}, got {raw!r}") from None
    return raw


def _default(raw: str | None, type_: str) -> Any:
    if raw is None:
        return _NO_DEFAULT
    if raw == "null":
        return None
    return {"int": int, "float": float, "bool": lambda v: v == "true"}.get(type_, str)(raw)


def parse_query(name: str, text: str) -> PackQuery:
    """A PackQuery from the text of one `.cypher` file (see the module docstring)."""
    description, params = "", []
    for line in text.splitlines():
        if not line.startswith("//"):
            break
        match = _PARAM.match(line)
        if match:
            pname, ptype, default, help_ = match.groups()
            params.append(Param(pname, ptype, _default(default, ptype), (help_ or "").strip()))
        elif not params:
            body = line[2:].strip()
            if not description and body.startswith(f"{name}:"):
                body = body[len(name) + 1:].strip()
            description = f"{description} {body}".strip()
    return PackQuery(name, description, tuple(params), text)


def list_queries() -> list[PackQuery]:
    """Every query of the pack, by name."""
    files = resources.files(__name__)
    return sorted((parse_query(f.name[:-len(".cypher")], f.read_text(encoding="utf-8"))
                   for f in files.iterdir() if f.name.endswith(".cypher")), key=lambda q: q.name)


def get_query(name: str) -> PackQuery:
    """The query called `name`.

    Raises:
        UsageError: no such query (the message lists the ones there are).
    """
    for query in list_queries():
        if query.name == name:
            return query
    raise UsageError(f"no query {name!r} in the pack; there are: "
                     f"{', '.join(q.name for q in list_queries())}")
