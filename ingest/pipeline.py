"""The ingest pipeline: read → clean → metadata → segment → extract → graph.

Each file is processed on its own: a bad file becomes an entry in ``failed`` and
the rest go on. A document is written in one pass of batched statements after it
was fully built, so a failure while building never leaves half a report behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ingest.clean import clean
from ingest.document import Document, RawDocument, content_id
from ingest.extract import extract_entities
from ingest.metadata import extract_metadata
from ingest.readers import ReadError, discover, read_path
from ingest.segment import segment
from ingest.topics import classify


class EmptyDocumentError(ValueError):
    """Nothing but page chrome was left after cleaning."""


def build_document(raw: RawDocument) -> Document:
    """Turn a raw document into the full Document (no writes)."""
    cleaned = clean(raw.text)
    if not cleaned.text.strip():
        raise EmptyDocumentError("no text left after removing page navigation and boilerplate")
    metadata = extract_metadata(raw, cleaned)
    paragraphs = segment(cleaned.text)
    for paragraph in paragraphs:
        paragraph.topics = classify(paragraph.text)
    doc = Document(
        id=content_id(cleaned.text),
        source=raw.source,
        origin=raw.origin,
        text=cleaned.text,
        metadata=metadata,
        paragraphs=paragraphs,
        raw_offsets=cleaned.offsets,
    )
    doc.entities = extract_entities(doc)
    return doc


@dataclass
class IngestSummary:
    ingested: int = 0
    unchanged: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    def fail(self, path: str, error: str) -> None:
        self.failed.append({"path": path, "error": error})


def iter_raw(paths: Iterable[Path], max_bytes: int, summary: IngestSummary) -> list[RawDocument]:
    """Every raw document under ``paths``; unreadable inputs are recorded in ``summary``."""
    raws: list[RawDocument] = []
    for item in discover(list(paths)):
        if isinstance(item, ReadError):
            summary.fail(item.path, item.error)
            continue
        for result in read_path(item, max_bytes):
            if isinstance(result, ReadError):
                summary.fail(result.path, result.error)
            else:
                raws.append(result)
    return raws


def ingest(
    paths: Iterable[Path],
    write: Callable[[Document], bool],
    max_bytes: int,
    progress: Callable[[Iterable[RawDocument]], Iterable[RawDocument]] = lambda it: it,
    keep_documents: bool = False,
) -> IngestSummary:
    """Ingest files and folders; ``write`` stores one document and says whether it was new."""
    summary = IngestSummary()
    raws = iter_raw(paths, max_bytes, summary)
    for raw in progress(raws):
        try:
            doc = build_document(raw)
        except EmptyDocumentError as exc:
            summary.fail(raw.origin, str(exc))
            continue
        if write(doc):
            summary.ingested += 1
        else:
            summary.unchanged += 1
        if keep_documents:
            summary.documents.append(doc)
    return summary
