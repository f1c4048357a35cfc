"""The schema of entity kinds (ingest.schema) is the one source the graph queries, graph writes,
search dictionary, question parser, display names and URL map derive from."""

from __future__ import annotations

from ingest.pipeline import build_document
from ingest.readers import read_path
from ingest.schema import ENTITY_BY_SEGMENT, ENTITY_TYPES, NAMED_ENTITIES, NODES
from kg import graph, queries
from search.docstore import VOCABULARY_TYPES
from tests.support import SAMPLES
from web.labels import DISPLAY_NAMES


def test_each_kind_has_its_statements_names_and_url() -> None:
    for kind in NAMED_ENTITIES:
        assert f"[:{kind.relationship}]" in queries.ENTITY_PARAGRAPHS_PAGE[kind.label]
        assert f"(e:{kind.label} " in queries.LINK_NAMED_ENTITIES[kind.label]
        assert kind.label in queries.ENTITY_NODE and kind.label in queries.ENTITY_NAMES
        assert graph.LABEL_OF_TYPE[kind.type] == kind.label and graph.NODE_PROPS[kind.label] == kind.properties
        assert ENTITY_BY_SEGMENT[kind.node.segment] is kind
    assert set(VOCABULARY_TYPES) == {kind.type for kind in NAMED_ENTITIES}
    assert set(queries.NEIGHBOURS_OUT) == set(queries.NEIGHBOURS_IN) == {(n.label, n.key) for n in NODES}
    assert DISPLAY_NAMES["node"] == {n.label: n.display for n in NODES}
    assert len({n.segment for n in NODES}) == len({n.label for n in NODES}) == len(NODES)


def test_extraction_emits_exactly_the_schema_types() -> None:
    found = {entity.type for path in sorted(SAMPLES.iterdir()) for raw in read_path(path, 10**8)
             for entity in build_document(raw).entities}
    assert found <= set(ENTITY_TYPES)
    assert {kind.type for kind in NAMED_ENTITIES} <= found
