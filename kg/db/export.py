"""Bulk paths for large graphs: CSV files for `neo4j-admin database import full`, and a Cypher
script for `cypher-shell`.

Both are built from the same validated rows as the Bolt loader (`kg.db.writer.graph_batches`),
so labels, types and property keys come from the schema and every value is escaped as data.
"""
from __future__ import annotations

import csv
import math
import os
import shlex
from pathlib import Path

from kg.atomic import atomic_open
from kg.db import queries
from kg.db.writer import Batches, graph_batches
from kg.errors import UsageError
from kg.graph.schema import Schema, load_schema

# neo4j-admin CSV header types for the schema's property types.
_ADMIN_TYPES = {"string": "string", "int": "long", "float": "double", "bool": "boolean",
                "list": "string[]"}
_ARRAY_DELIMITERS = (";", "|", "\u00a6", "\u001f")
IMPORT_SCRIPT = "neo4j-admin-import.sh"
CYPHER_SCRIPT = "graph.cypher"


# --- neo4j-admin ---------------------------------------------------------------------------

def export_neo4j_admin(graph, out_dir: str | os.PathLike, database: str = "neo4j",
                       schema: Schema | None = None) -> tuple[list[Path], str]:
    """Write one CSV per label and relationship type, and the import command.

    Args:
        graph: a networkx MultiDiGraph following the graph contract.
        out_dir: where to write (created if missing).
        database: the database name the command imports into.

    Returns:
        (the files written, the `neo4j-admin database import full` command line). The command
        is also written to OUT/neo4j-admin-import.sh; it runs from OUT.
    """
    schema = schema or load_schema()
    batches = graph_batches(graph, schema)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    delimiter = _array_delimiter(batches)
    written, args = [], []
    for label, rows in batches.nodes.items():
        spec = schema.nodes[label]
        props = [p for p in spec.properties if p != spec.key]
        header = [f"{spec.key}:ID({label})", ":LABEL"] + [_admin_column(p, spec.properties[p]) for p in props]
        body = ([row["key"], label] + [_admin_value(row["props"].get(p), delimiter) for p in props]
                for row in rows)
        path = out / f"nodes_{label}.csv"
        _write_csv(path, header, body)
        written.append(path)
        args.append(f"--nodes={path.name}")
    for (rel_type, identity), rows in batches.relationships.items():
        spec = schema.relationships[rel_type]
        props = list(spec.properties)
        header = [f":START_ID({spec.source})", f":END_ID({spec.target})", ":TYPE"] + [
            _admin_column(p, spec.properties[p]) for p in props]
        body = ([row["src"], row["dst"], rel_type] +
                [_admin_value(row.get(p) if p in identity else row["props"].get(p), delimiter)
                 for p in props] for row in rows)
        suffix = "_" + "_".join(identity) if identity else ""
        path = out / f"relationships_{rel_type}{suffix}.csv"
        _write_csv(path, header, body)
        written.append(path)
        args.append(f"--relationships={path.name}")
    command = " ".join(["neo4j-admin", "database", "import", "full",
                        f"--array-delimiter={shlex.quote(_delimiter_arg(delimiter))}",
                        "--multiline-fields=true", "--overwrite-destination=false", *args,
                        shlex.quote(database)])
    script = out / IMPORT_SCRIPT
    with atomic_open(script) as handle:
        handle.write("#!/bin/sh\n# Import the CSV files of this folder into an EMPTY database "
                     f"{database!r}; run it from this folder\n# with the Neo4j server stopped. "
                     "Then create the constraints (see the README).\nset -e\ncd \"$(dirname \"$0\")\"\n"
                     f"{command}\n")
    script.chmod(0o755)
    written.append(script)
    return written, command


def _array_delimiter(batches: Batches) -> str:
    """The first candidate that no list element contains, so arrays split where they should."""
    used = set()
    for rows in [*batches.nodes.values(), *batches.relationships.values()]:
        for row in rows:
            for value in row["props"].values():
                if isinstance(value, list):
                    used.update(ch for v in value for ch in str(v) if ch in _ARRAY_DELIMITERS)
    for candidate in _ARRAY_DELIMITERS:
        if candidate not in used:
            return candidate
    raise UsageError("every array delimiter kg knows occurs inside a list value; use `kg load`")


def _delimiter_arg(delimiter: str) -> str:
    return delimiter if delimiter.isprintable() and ord(delimiter) < 128 else f"U+{ord(delimiter):04X}"


def _admin_column(prop: str, type_: str) -> str:
    return f"{prop}:{_ADMIN_TYPES.get(type_, 'string')}"


def _admin_value(value, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return delimiter.join(str(v) for v in value)
    return str(value)


def _write_csv(path: Path, header: list[str], rows) -> None:
    with atomic_open(path) as handle:  # "\n" stays "\n" on POSIX
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


# --- cypher-shell --------------------------------------------------------------------------

def export_cypher(graph, out_dir: str | os.PathLike, batch_size: int = 500,
                  schema: Schema | None = None) -> Path:
    """Write OUT/graph.cypher: the schema's constraints and indexes, then batched MERGE
    statements with every value written as an escaped Cypher literal; one statement a line.

    Run it with `cypher-shell -f graph.cypher`; running it twice changes nothing.
    """
    schema = schema or load_schema()
    batches = graph_batches(graph, schema)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / CYPHER_SCRIPT
    with atomic_open(path) as handle:
        handle.write("// kg graph for cypher-shell: constraints and indexes, then nodes, then "
                     "relationships (MERGE: idempotent)\n")
        for kind, label, prop in queries.schema_statements(schema):
            statement = (queries.unique_constraint(label, prop) if kind == "constraint"
                         else queries.range_index(label, prop))
            handle.write(statement + ";\n")
        for label, rows in batches.nodes.items():
            statement = _one_line(queries.merge_nodes(label, schema.nodes[label].key))
            for start in range(0, len(rows), batch_size):
                handle.write(_with_rows(statement, rows[start:start + batch_size]))
        for (rel_type, identity), rows in batches.relationships.items():
            spec = schema.relationships[rel_type]
            statement = _one_line(queries.merge_relationships(
                rel_type, spec.source, schema.nodes[spec.source].key, spec.target,
                schema.nodes[spec.target].key, identity))
            for start in range(0, len(rows), batch_size):
                handle.write(_with_rows(statement, rows[start:start + batch_size]))
    return path


def _one_line(statement: str) -> str:
    return " ".join(statement.split("\n"))


def _with_rows(statement: str, rows: list[dict]) -> str:
    # The loader's statement with `$rows` replaced by a literal list: the script needs no params.
    return statement.replace("UNWIND $rows AS row", f"UNWIND {cypher_literal(rows)} AS row", 1) + ";\n"


def cypher_literal(value) -> str:
    """`value` as a Cypher literal: strings single-quoted with backslash escapes, maps with
    backtick-quoted keys, NaN and infinities as expressions.

    Raises:
        TypeError: a value Cypher cannot hold as a property.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "(0.0/0.0)"
        if math.isinf(value):
            return "(1.0/0.0)" if value > 0 else "(-1.0/0.0)"
        return repr(value)
    if isinstance(value, str):
        return "'" + "".join(_escape_char(ch) for ch in value) + "'"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{queries.name(str(k))}: {cypher_literal(v)}"
                               for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as a Cypher literal")


_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b",
            "\f": "\\f"}


def _escape_char(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if ord(ch) < 0x20 or 0x7f <= ord(ch) < 0xa0 or ch in "\u2028\u2029":
        return f"\\u{ord(ch):04x}"
    return ch

