"""The graph schema from `schemas/graph.json`: labels, keys, properties, relationship types.

The one description of the graph: the builder, the JSON/GraphML writers and the Neo4j loader
all read it from here, so a label or relationship type can never come from data.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class NodeSpec:
    label: str
    key: str
    display: str
    properties: dict[str, str]
    indexes: tuple[str, ...]


@dataclass(frozen=True)
class RelSpec:
    type: str
    source: str
    target: str
    properties: dict[str, str]


@dataclass(frozen=True)
class Schema:
    nodes: dict[str, NodeSpec]
    relationships: dict[str, RelSpec]

    def node_id(self, label: str, key_value: str) -> str:
        """The networkx node id of a node: '<Label>:<key value>'."""
        return f"{self.nodes[label].label}:{key_value}"

    def check_label(self, label: str) -> str:
        if label not in self.nodes:
            raise ValueError(f"unknown node label {label!r}; the schema has {sorted(self.nodes)}")
        return label

    def check_type(self, rel_type: str) -> str:
        if rel_type not in self.relationships:
            raise ValueError(f"unknown relationship type {rel_type!r}; the schema has {sorted(self.relationships)}")
        return rel_type


def schema_from_json(data: dict) -> Schema:
    """Build a Schema from the parsed contents of `schemas/graph.json`."""
    provenance = data.get("provenance", {}).get("properties", {})
    nodes = {
        label: NodeSpec(label, spec["key"], spec.get("display", spec["key"]), dict(spec["properties"]),
                        tuple(spec.get("indexes", ())))
        for label, spec in data["nodes"].items()
    }
    rels = {}
    for rel_type, spec in data["relationships"].items():
        props = dict(provenance) if spec.get("provenance") else {}
        props.update(spec.get("properties", {}))
        rels[rel_type] = RelSpec(rel_type, spec["from"], spec["to"], props)
    return Schema(nodes, rels)


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    """The schema shipped with kg (`schemas/graph.json`, installed as package `kg.schemas`)."""
    text = resources.files("kg.schemas").joinpath("graph.json").read_text(encoding="utf-8")
    return schema_from_json(json.loads(text))
