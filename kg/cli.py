"""The ``kg`` command line. Contracts (flags, JSON fields, exit codes) are fixed in docs/contracts.md.

Exit codes: 0 ok, 1 failure, 2 usage error (click's own), 3 some inputs failed.
Every ``--json`` output is one JSON object on stdout with Chinese unescaped;
progress bars and messages go to stderr so stdout stays machine-readable.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from kg.config import Settings
from kg.store import GraphStore, GraphStoreError, embedded_server, open_store

EXIT_FAILURE = 1
EXIT_PARTIAL = 3


def emit(obj: dict[str, Any]) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def fail(message: str, code: int = EXIT_FAILURE) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


@contextmanager
def graph(settings: Settings) -> Iterator[GraphStore]:
    """The configured store for the duration of one command; errors become a clear message."""
    try:
        store = open_store(settings)
    except GraphStoreError as exc:
        fail(str(exc))
    try:
        yield store
    except GraphStoreError as exc:
        fail(str(exc))
    finally:
        store.close()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
@click.pass_context
def main(ctx: click.Context) -> None:
    """kg: knowledge graph and search over Chinese rule-of-law government reports.

    Data lives under KG_DATA_DIR (default ./data). Set NEO4J_URI to use Neo4j
    instead of the embedded FalkorDB store.
    """
    ctx.obj = Settings.from_env()


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary object on stdout.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[Path, ...], as_json: bool) -> None:
    """Ingest files or folders (.txt .md .html .htm .pdf .docx .jsonl).

    Unchanged content is skipped; a changed file replaces its earlier version.
    Files that cannot be read are listed with the reason and skipped (exit 3).
    """
    from tqdm import tqdm

    from ingest.pipeline import ingest as run_ingest
    from kg.graph import stats, write_document

    with graph(settings) as store:
        summary = run_ingest(
            paths,
            write=lambda doc: write_document(store, doc),
            max_bytes=int(settings.max_file_mb * 1_000_000),
            progress=lambda items: tqdm(items, desc="ingest", unit="doc", file=sys.stderr,
                                        disable=None),
        )
        totals = stats(store)
    result = {"ingested": summary.ingested, "unchanged": summary.unchanged, "failed": summary.failed,
              "reports": totals["reports"], "paragraphs": totals["paragraphs"]}
    if as_json:
        emit(result)
    else:
        click.echo(f"ingested {summary.ingested}, unchanged {summary.unchanged}, failed {len(summary.failed)}; "
                   f"the store holds {totals['reports']} reports, {totals['paragraphs']} paragraphs")
        for failure in summary.failed:
            click.echo(f"  failed: {failure['path']}: {failure['error']}", err=True)
    if summary.failed:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the document as one JSON object.")
@click.pass_obj
def extract(settings: Settings, file: Path, as_json: bool) -> None:
    """Extract metadata, paragraphs and entities from one FILE without writing anything."""
    from ingest.pipeline import EmptyDocumentError, build_document
    from ingest.readers import ReadError, read_path

    results = read_path(file, max_bytes=int(settings.max_file_mb * 1_000_000))
    errors = [r for r in results if isinstance(r, ReadError)]
    docs = [r for r in results if not isinstance(r, ReadError)]
    if not docs:
        fail(f"{errors[0].path}: {errors[0].error}" if errors else f"{file}: no document")
    try:
        doc = build_document(docs[0])
    except EmptyDocumentError as exc:
        fail(f"{file}: {exc}")
    data = doc.to_dict()
    if as_json:
        emit(data)
        return
    meta = data["metadata"]
    click.echo(f"{meta['title']}\n  {meta['province']} › {meta['prefecture']} › {meta['region']} · "
               f"{meta['year']} · {meta['doc_type']} · {meta['publisher']} · {meta['published']}")
    for entity in data["entities"]:
        click.echo(f"  {entity['type']:<10} {entity['text']}  →  {entity['name']}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def stats(settings: Settings, as_json: bool) -> None:
    """Counts of reports, paragraphs, entities by type and relationships; backend in use."""
    from kg.graph import stats as graph_stats

    with graph(settings) as store:
        result = graph_stats(store)
        result["graph_backend"] = store.backend
        result["graph"] = store.describe()
    if as_json:
        emit(result)
        return
    click.echo(f"graph backend: {result['graph_backend']}")
    click.echo(f"reports: {result['reports']}  paragraphs: {result['paragraphs']}")
    for label, count in result["entities"].items():
        click.echo(f"  {label}: {count}")
    for rel, count in sorted(result["relationships"].items()):
        click.echo(f"  -[:{rel}]-> {count}")


@main.group("graph")
def graph_group() -> None:
    """Start, stop or inspect the embedded graph store of KG_DATA_DIR (or report on Neo4j)."""


@graph_group.command("start")
@click.pass_obj
def graph_start(settings: Settings) -> None:
    """Start the embedded store and keep it running until `kg graph stop`."""
    if settings.neo4j_uri:
        _neo4j_status(settings)
        return
    try:
        server = embedded_server(settings)
        server.pin()
        server.release()
    except GraphStoreError as exc:
        fail(str(exc))
    status = server.status()
    click.echo(f"FalkorDB running (pid {status.pid}) on {status.socket}")


@graph_group.command("stop")
@click.pass_obj
def graph_stop(settings: Settings) -> None:
    """Flush the embedded store to disk and stop it."""
    if settings.neo4j_uri:
        click.echo("NEO4J_URI is set: kg does not stop an external Neo4j server")
        return
    try:
        stopped = embedded_server(settings).stop()
    except GraphStoreError as exc:
        fail(str(exc))
    click.echo("FalkorDB stopped" if stopped else "FalkorDB was not running")


@graph_group.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def graph_status(settings: Settings, as_json: bool) -> None:
    """Whether the store runs, where, and with which pid."""
    if settings.neo4j_uri:
        _neo4j_status(settings, as_json)
        return
    try:
        status = embedded_server(settings).status()
    except GraphStoreError as exc:
        fail(str(exc))
    if as_json:
        emit({"backend": "falkordb", **status.__dict__})
    else:
        state = f"running (pid {status.pid})" if status.running else "stopped"
        click.echo(f"FalkorDB {state}; socket {status.socket}; data {status.data_dir}"
                   + ("; pinned by `kg graph start`" if status.pinned else ""))


def _neo4j_status(settings: Settings, as_json: bool = False) -> None:
    with graph(settings) as store:
        info = store.describe()
    if as_json:
        emit({**info, "running": True})
    else:
        click.echo(f"Neo4j reachable at {info['uri']}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.pass_obj
def serve(settings: Settings, host: str, port: int) -> None:
    """Serve the web UI and JSON API with waitress (a production WSGI server)."""
    import signal

    import waitress

    from web import create_app

    # SIGTERM (docker stop, kill) must unwind like Ctrl-C so the store is released at exit.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))

    try:
        app = create_app(settings)
    except GraphStoreError as exc:
        fail(str(exc))
    click.echo(f"serving kg on http://{host}:{port} (graph: {settings.backend})", err=True)
    waitress.serve(app, host=host, port=port, threads=4)


@main.group("eval")
def eval_group() -> None:
    """Measure quality against annotated data."""


@eval_group.command("extraction")
@click.option("--gold", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=lambda: str(Path("../shared/eval/seeds_gold.json")), show_default="../shared/eval/seeds_gold.json",
              help="Gold annotations (seeds_gold.json format).")
@click.option("--corpus", type=click.Path(path_type=Path, exists=True, file_okay=False), default="samples",
              show_default=True, help="Folder holding the annotated documents.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def eval_extraction(gold: Path, corpus: Path, as_json: bool) -> None:
    """Precision, recall and F1 per entity type, per unique entity and per mention; metadata errors."""
    from ingest.evaluate import evaluate

    try:
        report = evaluate(gold, corpus).to_dict()
    except FileNotFoundError as exc:
        fail(str(exc))
    if as_json:
        emit(report)
        return
    click.echo(f"{'type':<11}{'unique P/R/F1':>24}{'mention P/R/F1':>24}")
    for etype, scores in report["unique"].items():
        mention = report["mention"][etype]
        click.echo(f"{etype:<11}{scores['precision']:>8.3f}{scores['recall']:>8.3f}{scores['f1']:>8.3f}"
                   f"{mention['precision']:>8.3f}{mention['recall']:>8.3f}{mention['f1']:>8.3f}")
    click.echo(f"metadata errors: {len(report['metadata_errors'])}")
    for error in report["metadata_errors"]:
        click.echo(f"  {error['doc']} {error['field']}: expected {error['expected']!r}, got {error['got']!r}")
    click.echo(f"SLOGAN: {report['slogans']}")


def entry() -> None:
    """Console-script entry point."""
    main()


if __name__ == "__main__":
    entry()
