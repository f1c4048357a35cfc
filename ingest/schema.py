"""The kinds of things kg knows, in one table: extraction type ↔ graph label ↔ relationship ↔ key
property ↔ URL segment ↔ display name ↔ node properties.

Queries (kg.queries), graph writes (kg.graph), the question parser (kg.ask), the search index's
entity terms, the web's URL map and display names, and the extraction evaluation all derive
from these tables, so adding a kind of entity is one row here (plus its extractor).

Why it lives in ``ingest``: it is the bottom of the layering (domain types and schema), below
ingest, the stores, the Corpus and the adapters. ``ingest`` may not import ``kg`` and the
design card fixes the four top-level packages, so the schema sits beside the domain types
(ingest.document) and imports nothing of the project.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeKind:
    """A kind of graph node as pages name it: label, key property, URL segment, Chinese name."""

    label: str
    key: str
    segment: str
    display: str


@dataclass(frozen=True)
class EntityKind:
    """A kind of named entity that extraction finds and paragraphs point to by name."""

    type: str  # the extraction type (Entity.type)
    node: NodeKind
    relationship: str  # (:Paragraph)-[relationship]->(node)
    properties: tuple[str, ...] = ()  # node properties besides the name, copied from Entity.attrs

    @property
    def label(self) -> str:
        return self.node.label


REPORT = NodeKind("Report", "id", "report", "报告")
PARAGRAPH = NodeKind("Paragraph", "id", "paragraph", "段落")
REGION = NodeKind("Region", "id", "region", "地区")
INDICATOR = NodeKind("Indicator", "name", "indicator", "指标")
TOPIC = NodeKind("Topic", "name", "topic", "主题")

# Entities that paragraphs point to by name, and that pages and questions can name.
NAMED_ENTITIES: tuple[EntityKind, ...] = (
    EntityKind("REGULATION", NodeKind("Regulation", "name", "regulation", "法规文件"), "CITES", ("kind", "key")),
    EntityKind("AGENCY", NodeKind("Agency", "name", "agency", "机构"), "MENTIONS"),
    EntityKind("LAW_FIRM", NodeKind("LawFirm", "name", "law-firm", "律师事务所"), "MENTIONS"),
    EntityKind("INITIATIVE", NodeKind("Initiative", "name", "initiative", "举措"), "MENTIONS"),
)

# Every kind of node, in the order the graph view lists them.
NODES: tuple[NodeKind, ...] = (REPORT, PARAGRAPH, REGION, *(kind.node for kind in NAMED_ENTITIES), INDICATOR, TOPIC)

# Extraction types: the named entities, plus regions (resolved to Region nodes through the
# gazetteer) and metrics (stored as STATES edges to Indicator nodes).
ENTITY_TYPES: tuple[str, ...] = (*(kind.type for kind in NAMED_ENTITIES), "REGION", "METRIC")

ENTITY_BY_TYPE: dict[str, EntityKind] = {kind.type: kind for kind in NAMED_ENTITIES}
ENTITY_BY_LABEL: dict[str, EntityKind] = {kind.label: kind for kind in NAMED_ENTITIES}
ENTITY_BY_SEGMENT: dict[str, EntityKind] = {kind.node.segment: kind for kind in NAMED_ENTITIES}
NODE_BY_SEGMENT: dict[str, NodeKind] = {node.segment: node for node in NODES}
NODE_BY_LABEL: dict[str, NodeKind] = {node.label: node for node in NODES}

DOC_TYPES: tuple[str, ...] = ("annual_report", "work_plan", "summary", "article")
