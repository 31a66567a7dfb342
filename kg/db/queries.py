"""Every Cypher statement kg sends (the query pack files aside), built from the schema.

Labels, relationship types and property keys come from `schemas/graph.json` only and are checked
to be plain identifiers before they are put in a statement (and backtick-quoted); every value is
a query parameter (`$rows`, `$key`, ...). Nothing from the data is ever formatted into Cypher.
"""
from __future__ import annotations

import re

from kg.graph.schema import Schema

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def name(identifier: str) -> str:
    """`identifier` backtick-quoted, after checking it is a plain schema identifier.

    Raises:
        ValueError: if it is anything else (it would mean a label came from data).
    """
    if not _IDENTIFIER.match(identifier):
        raise ValueError(f"not a schema identifier: {identifier!r}")
    return f"`{identifier}`"


# --- schema -------------------------------------------------------------------------------

def constraint_name(label: str, prop: str) -> str:
    return f"kg_{label.lower()}_{prop}_unique"


def index_name(label: str, prop: str) -> str:
    return f"kg_{label.lower()}_{prop}"


def unique_constraint(label: str, key: str) -> str:
    """Neo4j 5: a uniqueness constraint on a label's key (it also indexes the key)."""
    return (f"CREATE CONSTRAINT {name(constraint_name(label, key))} IF NOT EXISTS "
            f"FOR (n:{name(label)}) REQUIRE n.{name(key)} IS UNIQUE")


def range_index(label: str, prop: str) -> str:
    """Neo4j 5: a named range index on one property."""
    return (f"CREATE INDEX {name(index_name(label, prop))} IF NOT EXISTS "
            f"FOR (n:{name(label)}) ON (n.{name(prop)})")


def plain_index(label: str, prop: str) -> str:
    """An unnamed index without IF NOT EXISTS: the fallback for servers that refuse the above."""
    return f"CREATE INDEX FOR (n:{name(label)}) ON (n.{name(prop)})"


def schema_statements(schema: Schema) -> list[tuple[str, str, str]]:
    """(kind, label, property) for every constraint and index the schema asks for, keys first."""
    items = [("constraint", spec.label, spec.key) for spec in schema.nodes.values()]
    items += [("index", spec.label, prop) for spec in schema.nodes.values() for prop in spec.indexes
              if prop != spec.key]
    return items


# --- loading ------------------------------------------------------------------------------

def merge_nodes(label: str, key: str) -> str:
    """Batched upsert of nodes of one label. Rows: {key, props}. Returns the rows merged."""
    return (f"UNWIND $rows AS row\n"
            f"MERGE (n:{name(label)} {{{name(key)}: row.key}})\n"
            f"SET n += row.props\n"
            f"RETURN count(n) AS merged")


def merge_relationships(rel_type: str, source: str, source_key: str, target: str, target_key: str,
                        identity: tuple[str, ...] = ()) -> str:
    """Batched upsert of relationships of one type between existing nodes.

    Rows: {src, dst, props} plus one field per `identity` property: those are part of the MERGE
    pattern, so that e.g. OUTPERFORMS from two papers stays two relationships.
    Returns the rows merged (rows whose endpoints are missing are not merged).
    """
    ident = ", ".join(f"{name(p)}: row.{name(p)}" for p in identity)
    pattern = f"[r:{name(rel_type)}{' {' + ident + '}' if ident else ''}]"
    return (f"UNWIND $rows AS row\n"
            f"MATCH (a:{name(source)} {{{name(source_key)}: row.src}})\n"
            f"MATCH (b:{name(target)} {{{name(target_key)}: row.dst}})\n"
            f"MERGE (a)-{pattern}->(b)\n"
            f"SET r += row.props\n"
            f"RETURN count(r) AS merged")


def merge_node_single(label: str, key: str) -> str:
    """One node per statement (the naive loader `scripts/bench_load.py` compares against)."""
    return f"MERGE (n:{name(label)} {{{name(key)}: $key}}) SET n += $props"


def merge_relationship_single(rel_type: str, source: str, source_key: str, target: str,
                              target_key: str, identity: tuple[str, ...] = ()) -> str:
    """One relationship per statement (the naive loader of `scripts/bench_load.py`)."""
    ident = ", ".join(f"{name(p)}: ${name(p)}" for p in identity)
    pattern = f"[r:{name(rel_type)}{' {' + ident + '}' if ident else ''}]"
    return (f"MATCH (a:{name(source)} {{{name(source_key)}: $src}}) "
            f"MATCH (b:{name(target)} {{{name(target_key)}: $dst}}) "
            f"MERGE (a)-{pattern}->(b) SET r += $props")


def recount_papers(label: str) -> str:
    """Set each entity's `papers` to the papers linked to it in the database.

    The graph of one load only knows its own papers; after loading several graphs one after
    another, this makes `papers` what loading them all at once would have given.
    """
    return (f"MATCH (p:Paper)-->(e:{name(label)}) "
            f"WITH e, count(DISTINCT p) AS n SET e.papers = n")


def delete_label_batch(label: str) -> str:
    """Delete up to $limit nodes of one label with their relationships; returns how many."""
    return (f"MATCH (n:{name(label)}) WITH n LIMIT $limit DETACH DELETE n "
            f"RETURN count(*) AS deleted")


# --- counting -----------------------------------------------------------------------------

def count_label(label: str) -> str:
    return f"MATCH (n:{name(label)}) RETURN count(n) AS count"


def count_distinct_keys(label: str, key: str) -> str:
    return f"MATCH (n:{name(label)}) RETURN count(DISTINCT n.{name(key)}) AS count"


def count_type(rel_type: str) -> str:
    return f"MATCH ()-[r:{name(rel_type)}]->() RETURN count(r) AS count"
