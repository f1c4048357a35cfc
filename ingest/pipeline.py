"""The ingest pipeline: read → clean → metadata → segment → extract → graph.

Each file is processed on its own: a bad file becomes an entry in ``failed``, its
error named by the stage that failed ("read: …", "extract: …", "write: …"), and the
rest go on. A document is written in one pass of batched statements after it was
fully built, so a failure while building never leaves half a report behind; a
failure while writing leaves at most an incomplete report that readers do not see
(kg.graph) and the next ingest replaces.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ingest.clean import clean
from ingest.document import Document, RawDocument, content_id
from ingest.fingerprint import raw_hash, reading
from ingest.jieba_dictionary import load_default_dictionary
from ingest.manifest import with_address
from ingest.metadata import extract_metadata
from ingest.readers import ReadError, discover, display_path, read_path
from ingest.segment import segment
from ingest.topics import classify
from ingest.workers import worker_context


class EmptyDocumentError(ValueError):
    """Nothing but page chrome was left after cleaning."""


class StageError(Exception):
    """A document could not be built; the message names the stage ("extract: ValueError: …")."""


@contextmanager
def _stage(name: str) -> Iterator[None]:
    """Name the stage in any error raised inside, so a failure says where it happened."""
    try:
        yield
    except EmptyDocumentError as exc:
        raise StageError(f"{name}: {exc}") from exc
    except Exception as exc:  # any bug or bad input in one stage fails this document only
        raise StageError(f"{name}: {type(exc).__name__}: {exc}") from exc


def build_document(raw: RawDocument) -> Document:
    """Turn a raw document into the full Document (no writes); errors are StageErrors."""
    with _stage("clean"):
        cleaned = clean(raw.text)
        if not cleaned.text.strip():
            raise EmptyDocumentError("no text left after removing page navigation and boilerplate")
    with _stage("metadata"):
        metadata = extract_metadata(raw, cleaned)
    with _stage("segment"):
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
        raw_hash=raw_hash(raw.text, raw.hints),
        extraction=reading(raw.hints),
    )
    with _stage("extract"):
        # spaCy and the extractors are imported here, not with this module: a run whose files are
        # all unchanged never builds a document, and importing them costs about a second.
        from ingest.extract.spacy_pipeline import extract_entities

        load_default_dictionary()
        doc.entities = extract_entities(doc)
    return doc


@dataclass
class IngestSummary:
    ingested: int = 0
    unchanged: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)

    def fail(self, path: str, error: str) -> None:
        """Record a failure; the path is made printable (a non-UTF-8 file name keeps JSON valid)."""
        self.failed.append({"path": display_path(path), "error": error})


def iter_raw(paths: Iterable[Path], max_bytes: int, summary: IngestSummary,
             addresses: Mapping[str, str] | None = None) -> list[RawDocument]:
    """Every raw document under ``paths``; unreadable inputs are recorded in ``summary``. ``addresses`` (a
    download list's, see ``ingest.manifest``) gives a file its page's address; a .jsonl's records keep their own."""
    raws: list[RawDocument] = []
    for item in discover(list(paths)):
        if isinstance(item, ReadError):
            summary.fail(item.path, f"read: {item.error}")
            continue
        for result in read_path(item, max_bytes):
            if isinstance(result, ReadError):
                summary.fail(result.path, f"read: {result.error}")
            else:
                raws.append(with_address(result, item.name, addresses)
                            if addresses and item.suffix.lower() != ".jsonl" else result)
    return raws


# Below this many documents a worker process costs more to start (spaCy, jieba) than it saves.
PARALLEL_FROM = 40
# Documents submitted to each extraction worker ahead of the writer.
IN_FLIGHT = 8
# Documents written to the graph per batch of statements (one statement per kind of row).
WRITE_BATCH = 16


def _build_or_error(raw: RawDocument, prepare: Callable[[Document], None] | None = None
                    ) -> Document | StageError:
    """Runs in a worker process: errors travel back as values so one file never stops the batch.

    ``prepare`` is work of a later layer that belongs beside extraction (search tokens), so
    that the main process only writes.
    """
    try:
        doc = build_document(raw)
        if prepare is not None:
            with _stage("tokenize"):
                prepare(doc)
    except StageError as exc:
        return exc
    return doc


def _documents(raws: list[RawDocument], workers: int, prepare: Callable[[Document], None] | None = None
               ) -> Iterator[Document | StageError]:
    """Documents in input order; built in ``workers`` processes while the caller writes the graph.

    Extraction (and search tokenizing) is CPU-bound Python; the graph writes are batched and
    wait on the server, so the main process mostly waits and every core can extract.
    A worker that dies (killed, out of memory) fails the file it was building, found by
    building the first unfinished file alone in a new pool, and the rest go on.
    """
    build = partial(_build_or_error, prepare=prepare)
    if workers < 1 or len(raws) < PARALLEL_FROM:
        yield from map(build, raws)
        return
    done = 0
    while done < len(raws):
        try:
            for doc in _pooled(build, raws[done:], workers):
                yield doc
                done += 1
        except BrokenProcessPool:
            try:
                yield from _pooled(build, raws[done:done + 1], 1)
            except BrokenProcessPool:
                yield StageError("extract: the worker process building this file died "
                                 "(killed, or out of memory)")
            done += 1


def _pooled(build: Callable[[RawDocument], Document | StageError], raws: list[RawDocument], workers: int
            ) -> Iterator[Document | StageError]:
    """``raws`` built by a fresh pool of ``workers`` processes, in order.

    At most IN_FLIGHT documents per worker are submitted ahead of the consumer, so built
    documents never pile up in memory while the graph writes lag behind extraction.
    """
    context, initializer = worker_context()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer) as pool:
        futures = deque(pool.submit(build, raw) for raw in raws[:IN_FLIGHT * workers])
        submitted = len(futures)
        while futures:
            result = futures.popleft().result()
            if submitted < len(raws):
                futures.append(pool.submit(build, raws[submitted]))
                submitted += 1
            yield result


def default_workers() -> int:
    """One extraction worker per core: the main process only writes batches (measured at about
    2% of a core during a 1,000-report ingest), so a core kept for it would sit idle."""
    return max(1, os.cpu_count() or 1)


def ingest(
    paths: Iterable[Path],
    write: Callable[[Document], bool] | None = None,
    max_bytes: int = 50_000_000,
    progress: Callable[[Iterable[Document | StageError], int], Iterable[Document | StageError]]
    = lambda items, _total: items,
    keep_documents: bool = False,
    workers: int | None = None,
    unchanged: Callable[[RawDocument], bool] = lambda _raw: False,
    prepare: Callable[[Document], None] | None = None,
    write_many: Callable[[list[Document]], list[bool | Exception]] | None = None,
    addresses: Mapping[str, str] | None = None,
) -> IngestSummary:
    """Ingest files and folders; ``write`` stores one document and says whether it was new, or
    ``write_many`` stores WRITE_BATCH documents at once and says it of each (or gives its error).

    ``unchanged`` says a file's text is stored already (it is counted, not extracted again);
    ``prepare`` runs on each built document in the extraction process (it must pickle).
    ``workers`` extraction processes (default: one per core; 0 builds in this process).
    ``addresses`` maps file names to their pages' addresses (``kg ingest --sources``).
    A failure of a write fails that document only ("write: …"); the write path itself keeps
    the graph free of visible half-written reports.
    """
    if write_many is None:
        if write is None:
            raise TypeError("ingest needs write or write_many")
        write_many, batch = partial(_write_each, write), 1
    else:
        batch = WRITE_BATCH
    summary = IngestSummary()
    raws = []
    for raw in iter_raw(paths, max_bytes, summary, addresses):
        if unchanged(raw):
            summary.unchanged += 1
        else:
            raws.append(raw)
    built = _documents(raws, default_workers() if workers is None else workers, prepare)
    pending: list[tuple[RawDocument, Document]] = []
    for raw, doc in zip(raws, progress(built, len(raws))):
        if isinstance(doc, StageError):
            summary.fail(raw.origin, str(doc))
            continue
        pending.append((raw, doc))
        if len(pending) >= batch:
            _record(summary, pending, write_many, keep_documents)
    _record(summary, pending, write_many, keep_documents)
    return summary


def _write_each(write: Callable[[Document], bool], docs: list[Document]) -> list[bool | Exception]:
    results: list[bool | Exception] = []
    for doc in docs:
        try:
            results.append(write(doc))
        except Exception as exc:  # one document's write failing must not stop the batch
            results.append(exc)
    return results


def _record(summary: IngestSummary, pending: list[tuple[RawDocument, Document]],
            write_many: Callable[[list[Document]], list[bool | Exception]], keep_documents: bool) -> None:
    """Write the pending documents and count each one's outcome; empties ``pending``."""
    if not pending:
        return
    try:
        results = write_many([doc for _, doc in pending])
    except Exception as exc:  # the batch writer itself failed: every document of it failed
        results = [exc] * len(pending)
    for (raw, doc), result in zip(pending, results):
        if isinstance(result, Exception):
            summary.fail(raw.origin, f"write: {type(result).__name__}: {result}")
            continue
        if result:
            summary.ingested += 1
        else:
            summary.unchanged += 1
        if keep_documents:
            summary.documents.append(doc)
    pending.clear()
