"""Reading from the database: counts per label/type and running a query pack query.

Reads go through managed read transactions (`session.execute_read`) only: they retry transient
errors, and the test server (FalkorDB) returns no records to auto-commit `session.run()`.
"""
from __future__ import annotations

from typing import Any

import neo4j
from neo4j import exceptions as neo4j_errors

from kg.db import queries
from kg.db.connect import Target, one_line
from kg.errors import DatabaseError
from kg.graph.schema import Schema, load_schema


def read(driver: neo4j.Driver, target: Target, statement: str,
         parameters: dict[str, Any] | None = None) -> tuple[list[str], list[list[Any]]]:
    """Run one read statement; (column names, rows).

    Raises:
        DatabaseError: the server refused the statement or could not be reached.
    """

    def work(tx):
        result = tx.run(statement, parameters or {})
        return list(result.keys()), [list(record.values()) for record in result]

    try:
        with driver.session(database=target.database) as session:
            return session.execute_read(work)
    except neo4j_errors.Neo4jError as err:
        raise DatabaseError(f"{target.uri}: query failed: {one_line(err)}") from err
    except (neo4j_errors.DriverError, OSError) as err:
        raise DatabaseError(f"{target.uri}: {one_line(err)}") from err


def database_counts(driver: neo4j.Driver, target: Target,
                    schema: Schema | None = None) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per schema label and relationships per schema type in the database."""
    schema = schema or load_schema()
    labels = {label: read(driver, target, queries.count_label(label))[1][0][0]
              for label in schema.nodes}
    types = {rel_type: read(driver, target, queries.count_type(rel_type))[1][0][0]
             for rel_type in schema.relationships}
    return labels, types


def distinct_key_counts(driver: neo4j.Driver, target: Target,
                        schema: Schema | None = None) -> dict[str, int]:
    """Distinct key values per label: equal to `database_counts` when no node is duplicated."""
    schema = schema or load_schema()
    return {label: read(driver, target, queries.count_distinct_keys(label, spec.key))[1][0][0]
            for label, spec in schema.nodes.items()}


def graph_counts(graph) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per label and edges per type of a networkx graph, keyed like `database_counts`."""
    schema = load_schema()
    labels = dict.fromkeys(schema.nodes, 0)
    types = dict.fromkeys(schema.relationships, 0)
    for _, label in graph.nodes(data="label"):
        labels[label] += 1
    for _, _, key, rel_type in graph.edges(keys=True, data="type"):
        types[rel_type or str(key).split(":", 1)[0]] += 1
    return labels, types
