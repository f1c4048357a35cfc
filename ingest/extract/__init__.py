"""Entity extraction (placeholder until the spaCy pipeline lands in this package)."""

from __future__ import annotations

from ingest.document import Document, Entity


def extract_entities(doc: Document) -> list[Entity]:
    return []
