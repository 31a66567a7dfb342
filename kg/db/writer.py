"""The Bolt loader: a networkx graph (the graph contract) into Neo4j, idempotently, in batches.

Order: constraints and indexes (from the schema), then nodes label by label, then relationships
type by type, each batch one `UNWIND $rows ... MERGE` in a managed transaction. Loading the same
graph twice changes nothing; loading a second graph merges shared nodes by their key.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

import neo4j
from neo4j import exceptions as neo4j_errors

from kg.db import queries
from kg.db.connect import Target, one_line, open_driver
from kg.errors import DatabaseError, InputError
from kg.graph.schema import Schema, load_schema

# An edge keyed "<TYPE>:<paper id>" (OUTPERFORMS) is one of several of that type between the same
# two nodes; the paper is part of its identity in the MERGE pattern.
IDENTITY_PROPERTY = "paper"

# progress(phase, rows in this batch, rows in the whole load), after each batch
Progress = Callable[[str, int, int], None]


@dataclass
class Batches:
    """A graph turned into parameter rows, validated against the schema before anything is sent.

    Attributes:
        nodes: label -> rows {key, props}.
        relationships: (type, identity properties) -> rows {src, dst, props, [paper]}.
        dropped: (label or type, property) -> how many values were left out: not in the schema.
    """

    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    relationships: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = field(default_factory=dict)
    dropped: Counter = field(default_factory=Counter)

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(len(rows) for rows in self.relationships.values())


@dataclass
class LoadStats:
    """What a load did, per label and relationship type.

    Attributes:
        nodes_created / nodes_matched: label -> nodes the load created / found already there.
        rels_created / rels_matched: type -> relationships created / found already there.
        rels_missing_endpoint: type -> rows not loaded because an endpoint node is missing.
        schema_created: constraint and index statements the server accepted.
        deleted: nodes removed first by `wipe`.
        notes: one line per thing the user should know (e.g. a refused constraint).
        seconds: wall time of the load.
    """

    nodes_created: Counter = field(default_factory=Counter)
    nodes_matched: Counter = field(default_factory=Counter)
    rels_created: Counter = field(default_factory=Counter)
    rels_matched: Counter = field(default_factory=Counter)
    rels_missing_endpoint: Counter = field(default_factory=Counter)
    schema_created: int = 0
    deleted: int = 0
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> list[str]:
        """Lines for the CLI: totals, then per label/type `created+matched`."""
        nodes = ", ".join(f"{label} {self.nodes_created[label]}+{self.nodes_matched[label]}"
                          for label in sorted(set(self.nodes_created) | set(self.nodes_matched)))
        rels = ", ".join(f"{t} {self.rels_created[t]}+{self.rels_matched[t]}"
                         for t in sorted(set(self.rels_created) | set(self.rels_matched)))
        lines = []
        if self.deleted:
            lines.append(f"wiped: {self.deleted} nodes deleted first")
        lines += [
            f"nodes: {sum(self.nodes_created.values())} created, "
            f"{sum(self.nodes_matched.values())} matched ({nodes or 'none'})",
            f"relationships: {sum(self.rels_created.values())} created, "
            f"{sum(self.rels_matched.values())} matched ({rels or 'none'})",
        ]
        missing = sum(self.rels_missing_endpoint.values())
        if missing:
            lines.append(f"relationships not loaded, endpoint missing: {missing} "
                         f"({', '.join(f'{t} {n}' for t, n in sorted(self.rels_missing_endpoint.items()))})")
        lines += [f"note: {note}" for note in self.notes]
        lines.append(f"time: {self.seconds:.1f}s")
        return lines


@dataclass(frozen=True)
class RetryPolicy:
    """Retries on a lost connection, on top of the driver's own retries of transient errors.

    Attributes:
        attempts: tries per batch before giving up with a DatabaseError.
        delay: seconds before the second try; doubled for each further one, up to `max_delay`.
        transaction_seconds: how long the driver retries one transaction (`execute_write`).
    """

    attempts: int = 4
    delay: float = 1.0
    max_delay: float = 8.0
    transaction_seconds: float = 15.0


# --- graph -> rows (pure) ------------------------------------------------------------------

def graph_batches(graph, schema: Schema | None = None, source: str = "graph") -> Batches:
    """Validate `graph` against the schema and turn it into parameter rows.

    Args:
        graph: a networkx MultiDiGraph following the graph contract.
        schema: defaults to the schema shipped with kg.
        source: how to name the graph in errors (its file path).

    Raises:
        InputError: a node or edge whose label, type or endpoints the schema does not allow.
    """
    schema = schema or load_schema()
    batches = Batches()
    node_keys: dict[Any, tuple[str, Any]] = {}
    for node_id, attrs in graph.nodes(data=True):
        label = attrs.get("label")
        spec = schema.nodes.get(label)
        if spec is None:
            raise InputError(source, f"node {node_id!r}: unknown label {label!r}")
        key = attrs.get(spec.key)
        if key is None:
            prefix = f"{label}:"
            if not str(node_id).startswith(prefix):
                raise InputError(source, f"node {node_id!r}: no {spec.key!r}")
            key = str(node_id)[len(prefix):]
        props = _properties(attrs, spec.properties, label, batches.dropped)
        props.pop(spec.key, None)
        batches.nodes.setdefault(label, []).append({"key": key, "props": props})
        node_keys[node_id] = (label, key)

    rels = defaultdict(list)
    for src, dst, edge_key, attrs in graph.edges(keys=True, data=True):
        rel_type = attrs.get("type") or str(edge_key).split(":", 1)[0]
        spec = schema.relationships.get(rel_type)
        if spec is None:
            raise InputError(source, f"edge {src!r} -> {dst!r}: unknown relationship type {rel_type!r}")
        (src_label, src_key), (dst_label, dst_key) = node_keys[src], node_keys[dst]
        if (src_label, dst_label) != (spec.source, spec.target):
            raise InputError(source, f"edge {src!r} -[{rel_type}]-> {dst!r}: the schema wants "
                                     f"{spec.source} -> {spec.target}")
        props = _properties(attrs, spec.properties, rel_type, batches.dropped)
        row = {"src": src_key, "dst": dst_key}
        identity: tuple[str, ...] = ()
        if str(edge_key) != rel_type and ":" in str(edge_key):
            identity = (IDENTITY_PROPERTY,)
            row[IDENTITY_PROPERTY] = props.pop(IDENTITY_PROPERTY, None) or str(edge_key).split(":", 1)[1]
        row["props"] = props
        rels[(rel_type, identity)].append(row)
    batches.relationships = dict(rels)
    return batches


def _properties(attrs: dict, allowed: dict[str, str], owner: str, dropped: Counter) -> dict:
    """The attributes the schema names for `owner`, as Neo4j property values (None left out)."""
    props = {}
    for prop, value in attrs.items():
        if prop in ("label", "type"):
            continue
        if prop not in allowed:
            dropped[(owner, prop)] += 1
            continue
        if value is None:
            continue
        if isinstance(value, (list, tuple, set)):
            value = [v for v in value if v is not None]
        props[prop] = value
    return props


# --- loading -------------------------------------------------------------------------------

def load_graph_into(graph, uri: str, user: str, password: str, database: str | None = None,
                    batch_size: int = 1000, *, wipe: bool = False, progress: Progress | None = None,
                    retry: RetryPolicy = RetryPolicy(), source: str = "graph") -> LoadStats:
    """Load `graph` into the database at `uri` (the entry point of `kg load` and `kg build --neo4j`).

    Args:
        graph: a networkx MultiDiGraph following the graph contract.
        uri, user, password, database: the target; database None means the server's default.
        batch_size: rows per transaction.
        wipe: first delete every node carrying one of the schema's labels.
        progress: called as progress(phase, rows, total rows) after each batch.
        retry: how hard to retry when the connection is lost mid-load.
        source: the graph's file, for error messages.

    Raises:
        InputError: the graph does not follow the schema (checked before connecting).
        DatabaseError: the server cannot be reached, refuses a statement, or is lost for longer
            than `retry` allows. Running the same load again then completes it.
    """
    batches = graph_batches(graph, source=source)
    target = Target(uri, user, password, database)
    driver = open_driver(target, retry_seconds=retry.transaction_seconds)
    try:
        return GraphWriter(driver, target, batch_size=batch_size, retry=retry).load(
            batches, wipe=wipe, progress=progress)
    finally:
        driver.close()


class GraphWriter:
    """Writes `Batches` through an open driver. Returns `LoadStats`; raises DatabaseError.

    Args:
        driver: an open driver (see `kg.db.connect.open_driver`).
        target: where the driver points (its URI names the server in errors).
        batch_size: rows per transaction.
        retry: retries on a lost connection.
    """

    def __init__(self, driver: neo4j.Driver, target: Target, *, batch_size: int = 1000,
                 retry: RetryPolicy = RetryPolicy(), schema: Schema | None = None):
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.driver = driver
        self.target = target
        self.batch_size = batch_size
        self.retry = retry
        self.schema = schema or load_schema()

    def load(self, batches: Batches, *, wipe: bool = False,
             progress: Progress | None = None) -> LoadStats:
        started = time.monotonic()
        stats = LoadStats()
        if wipe:
            stats.deleted = self.wipe()
        self.ensure_schema(stats)
        total = batches.node_count + batches.relationship_count
        for label, rows in batches.nodes.items():
            spec = self.schema.nodes[label]
            statement = queries.merge_nodes(label, spec.key)
            for chunk in _chunks(rows, self.batch_size):
                merged, created = self._write(statement, chunk, f"{label} nodes")
                stats.nodes_created[label] += created
                stats.nodes_matched[label] += merged - created
                if progress:
                    progress(label, len(chunk), total)
        for (rel_type, identity), rows in batches.relationships.items():
            spec = self.schema.relationships[rel_type]
            statement = queries.merge_relationships(
                rel_type, spec.source, self.schema.nodes[spec.source].key,
                spec.target, self.schema.nodes[spec.target].key, identity)
            for chunk in _chunks(rows, self.batch_size):
                merged, created = self._write(statement, chunk, f"{rel_type} relationships",
                                              counter="relationships_created")
                stats.rels_created[rel_type] += created
                stats.rels_matched[rel_type] += merged - created
                stats.rels_missing_endpoint[rel_type] += len(chunk) - merged
                if progress:
                    progress(rel_type, len(chunk), total)
        for label, spec in self.schema.nodes.items():
            if "papers" in spec.properties:
                statement = queries.recount_papers(label)
                self._run_managed(lambda tx: tx.run(statement).consume(), f"{label} paper counts")
        if batches.dropped:
            stats.notes.append("properties not in the schema were left out: " + ", ".join(
                f"{owner}.{prop} ({n})" for (owner, prop), n in sorted(batches.dropped.items())))
        stats.seconds = time.monotonic() - started
        return stats

    def ensure_schema(self, stats: LoadStats) -> None:
        """Create the schema's constraints and indexes (Neo4j 5 statements, IF NOT EXISTS).

        The one place that handles a server which refuses them: FalkorDB, the test server, answers
        CREATE CONSTRAINT and named `IF NOT EXISTS` indexes with a DatabaseError (Neo4j answers
        syntax it does not know with a ClientError, which is raised). Then every key and index
        becomes a plain `CREATE INDEX FOR (n:L) ON (n.p)`, which such a server refuses in turn
        when the index exists already; uniqueness then rests on MERGE, which this loader is the
        only writer to rely on. The summary says so once.
        """
        fallback = False
        refused_plain = 0
        for kind, label, prop in queries.schema_statements(self.schema):
            if not fallback:
                statement = (queries.unique_constraint(label, prop) if kind == "constraint"
                             else queries.range_index(label, prop))
                try:
                    self._schema_statement(statement)
                    stats.schema_created += 1
                    continue
                except neo4j_errors.DatabaseError:
                    fallback = True
            try:
                self._schema_statement(queries.plain_index(label, prop))
                stats.schema_created += 1
            except neo4j_errors.DatabaseError:
                refused_plain += 1
        if fallback:
            stats.notes.append(
                "the server refused Neo4j 5 constraint/index statements; plain indexes were "
                f"used instead ({refused_plain} already existed or were refused), so key "
                "uniqueness rests on MERGE")

    def wipe(self, limit: int = 10000) -> int:
        """Delete every node with a schema label (and its relationships), in batches."""
        deleted = 0
        for label in self.schema.nodes:
            statement = queries.delete_label_batch(label)
            while True:
                records = self._run_managed(
                    lambda tx: tx.run(statement, limit=limit).single()["deleted"], "wipe")
                deleted += records
                if records < limit:
                    break
        return deleted

    def _schema_statement(self, statement: str) -> None:
        # Schema statements cannot share a transaction with data; each gets its own.
        self._run_managed(lambda tx: tx.run(statement).consume(), "schema",
                          passthrough=(neo4j_errors.DatabaseError,))

    def _write(self, statement: str, rows: list[dict], what: str,
               counter: str = "nodes_created") -> tuple[int, int]:
        """Run one batch; (rows merged, entities created) from its record and summary counters."""

        def work(tx):
            result = tx.run(statement, rows=rows)
            record = result.single()
            summary = result.consume()
            return (record["merged"] if record else 0), getattr(summary.counters, counter)

        return self._run_managed(work, what)

    def _run_managed(self, work, what: str, passthrough: tuple = ()):
        """`work(tx)` in a managed write transaction, retried with backoff if the server is lost."""
        last: Exception | None = None
        for attempt in range(self.retry.attempts):
            if attempt:
                time.sleep(min(self.retry.max_delay, self.retry.delay * 2 ** (attempt - 1)))
            try:
                with self.driver.session(database=self.target.database) as session:
                    return session.execute_write(work)
            except passthrough:
                raise
            except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired,
                    neo4j_errors.TransientError, OSError) as err:
                last = err
            except neo4j_errors.Neo4jError as err:
                raise DatabaseError(f"{self.target.uri}: the server refused the {what} batch: "
                                    f"{one_line(err)}") from err
        raise DatabaseError(
            f"lost the graph database at {self.target.uri} while loading {what} "
            f"({self.retry.attempts} attempts): {one_line(last)}; "
            "run the same load again to complete it (loading is idempotent)") from last


def _chunks(rows: list, size: int) -> Iterable[list]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
