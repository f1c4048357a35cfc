"""The one ingest sequence every entry point runs: files → graph + search index, then sync.

The CLI, the web ingest job, tests and benchmarks all call ``ingest_into`` so that the
order that keeps graph and index consistent (write each report to both, then embed and
rebuild the lexical index once, then link topics found by similarity) lives in one place,
together with what makes a routine ingest proportional to what changed: files whose text
was ingested before are skipped before extraction, and search tokens are computed in the
extraction worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.document import Document, RawDocument
from ingest.pipeline import IngestSummary, ingest
from kg.graph import link_topics, report_exists, stats, write_documents
from kg.store.base import GraphStore

if TYPE_CHECKING:
    from search.index import SearchIndex

Progress = Callable[[Iterable[Any], int], Iterable[Any]]


@dataclass
class IngestResult:
    """What ``kg ingest --json`` prints: this run's counts and the store's totals after it."""

    ingested: int
    unchanged: int
    failed: list[dict[str, str]]
    reports: int
    paragraphs: int

    def to_dict(self) -> dict[str, Any]:
        return {"ingested": self.ingested, "unchanged": self.unchanged, "failed": self.failed,
                "reports": self.reports, "paragraphs": self.paragraphs}


def ingest_into(store: GraphStore, index: "SearchIndex", paths: Iterable[Path], max_bytes: int,
                progress: Progress = lambda items, _total: items,
                on_document: Callable[[Document, bool], None] = lambda _doc, _new: None,
                workers: int | None = None, sync_progress: bool = False) -> IngestResult:
    """Ingest ``paths`` into the graph and the search index and bring the index up to date.

    ``on_document`` hears of each written document and whether it was new (the web job's
    per-file results).
    """
    def unchanged(raw: RawDocument) -> bool:
        report_id = index.unchanged(raw)
        return report_id is not None and report_exists(store, report_id)

    def write_many(docs: list[Document]) -> list[bool | Exception]:
        results = write_documents(store, docs)
        for doc, result in zip(docs, results):
            if not isinstance(result, Exception):
                index.add_document(doc)
                on_document(doc, result)
        return results

    summary: IngestSummary = ingest(paths, write_many=write_many, max_bytes=max_bytes, progress=progress,
                                    workers=workers, unchanged=unchanged, prepare=index.document_tokenizer())
    link_topics(store, index.sync(progress=sync_progress))
    totals = stats(store)
    return IngestResult(summary.ingested, summary.unchanged, summary.failed, totals["reports"],
                        totals["paragraphs"])
