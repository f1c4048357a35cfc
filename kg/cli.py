"""The ``kg`` command line. Its contracts (flags, JSON fields, exit codes) are the project design's
(DESIGN.md, "Contracts", beside this checkout in ../shared); they are exact: outside checks use them.

Exit codes: 0 ok, 1 failure, 2 usage error (click's own), 3 some inputs failed.
Every ``--json`` output is one JSON object on stdout with Chinese unescaped, a failure's
too (``{"error": ...}``, see ``JsonErrorsGroup``); progress bars and messages go to stderr
so stdout stays machine-readable.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from ingest.schema import DOC_TYPES
from kg.config import Settings
from kg.store import GraphStoreError, embedded_server

if TYPE_CHECKING:  # imported lazily at run time: `kg --help` must not load torch
    from kg.corpus import Corpus
    from search.docstore import Filters

EXIT_FAILURE = 1
EXIT_PARTIAL = 3


JSON_OUTPUT = "kg_json_output"  # ctx.meta key: the command line asked for --json


def emit(obj: dict[str, Any]) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


class Failure(click.ClickException):
    """A command that cannot do what was asked: ``error: …`` on stderr and ``code`` as exit status."""

    def __init__(self, message: str, code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = code

    def show(self, file: Any = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


def fail(message: str, code: int = EXIT_FAILURE) -> NoReturn:
    raise Failure(message, code)


class JsonErrorsGroup(click.Group):
    """The top-level group: with ``--json`` anywhere on the command line, every failure (usage
    errors, ``fail``, unexpected exceptions) also prints one ``{"error": …}`` object on stdout,
    so a script reading stdout always gets JSON; stderr and the exit code stay as without it."""

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        ctx = super().make_context(info_name, args, parent=parent, **extra)
        ctx.meta[JSON_OUTPUT] = "--json" in args
        return ctx

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.exceptions.Exit:  # --help, --version: not failures
            raise
        except click.ClickException as exc:
            if ctx.meta.get(JSON_OUTPUT):
                emit({"error": exc.format_message()})
            raise
        except Exception as exc:  # a bug: its traceback still goes to stderr, exit status 1 as before
            if ctx.meta.get(JSON_OUTPUT):
                emit({"error": f"{type(exc).__name__}: {exc}"})
            raise


@contextmanager
def open_corpus(settings: Settings) -> Iterator["Corpus"]:
    """The corpus of the data dir for the duration of one command (its store and index open on
    first use); graph and search errors become a clear message."""
    from kg.corpus import Corpus
    from search.index import SearchError

    corpus = Corpus(settings, say=lambda msg: click.echo(msg, err=True))
    try:
        yield corpus
    except (GraphStoreError, SearchError) as exc:
        fail(str(exc))
    finally:
        corpus.close()


@click.group(cls=JsonErrorsGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option("--sources", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="A download list (tab-separated, .csv comma-separated) with columns 'file' and 'url': each "
                   "listed file's page address, which places a report that never names its issuer.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON summary object on stdout.")
@click.pass_obj
def ingest(settings: Settings, paths: tuple[Path, ...], sources: Path | None, as_json: bool) -> None:
    """Ingest files or folders (.txt .md .html .htm .pdf .docx .jsonl).

    Unchanged content is skipped; a changed file (or a changed address in --sources) replaces its
    earlier version. Files that cannot be read are listed with the reason and skipped (exit 3).
    """
    from tqdm import tqdm

    addresses = _addresses(sources)
    with open_corpus(settings) as corpus:
        summary = corpus.ingest(
            paths, progress=lambda items, total: tqdm(items, total=total, desc="ingest", unit="doc",
                                               file=sys.stderr, disable=None),
            sync_progress=sys.stderr.isatty(), addresses=addresses,
        )
    result = summary.to_dict()
    if as_json:
        emit(result)
    else:
        click.echo(f"ingested {summary.ingested}, unchanged {summary.unchanged}, failed {len(summary.failed)}; "
                   f"the store holds {summary.reports} reports, {summary.paragraphs} paragraphs")
        for failure in summary.failed:
            click.echo(f"  failed: {failure['path']}: {failure['error']}", err=True)
    if summary.failed:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--url", default=None, help="The address of the page FILE was saved from, when FILE does not say it "
                                          "(as `kg ingest --sources` gives it).")
@click.option("--json", "as_json", is_flag=True, help="Print the document as one JSON object.")
@click.pass_obj
def extract(settings: Settings, file: Path, url: str | None, as_json: bool) -> None:
    """Extract metadata, paragraphs and entities from one FILE without writing anything."""
    from ingest.manifest import with_address
    from ingest.pipeline import StageError, build_document
    from ingest.readers import ReadError, read_path

    results = read_path(file, max_bytes=int(settings.max_file_mb * 1_000_000))
    errors = [r for r in results if isinstance(r, ReadError)]
    docs = [with_address(r, file.name, {file.name: url} if url else {})
            for r in results if not isinstance(r, ReadError)]
    if not docs:
        fail(f"{errors[0].path}: {errors[0].error}" if errors else f"{file}: no document")
    try:
        doc = build_document(docs[0])
    except StageError as exc:
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
    with open_corpus(settings) as corpus:
        result = corpus.stats()
    info = result["search"]
    if as_json:
        emit(result)
        return
    click.echo(f"graph backend: {result['graph_backend']}")
    kind = " (fallback trained on this corpus)" if info["model_kind"] == "trained" else ""
    click.echo(f"embedding model: {info['model'] or 'none yet'}{kind}; index: {info['index_type'] or 'none yet'}; "
               f"{info['vectors']} vectors over {info['paragraphs']} paragraphs")
    if info["model_use"]:
        click.echo(f"  good for: {info['model_use']}")
    click.echo(f"reports: {result['reports']}  paragraphs: {result['paragraphs']}")
    for label, count in result["entities"].items():
        click.echo(f"  {label}: {count}")
    for rel, count in sorted(result["relationships"].items()):
        click.echo(f"  -[:{rel}]-> {count}")


def _filters(region: str | None, province: str | None, year: int | None, doc_type: str | None,
             entity: str | None = None, topic: str | None = None) -> "Filters":
    """Filters with region names completed from the gazetteer (广东 → 广东省)."""
    from search.docstore import Filters

    return Filters(region=region, province=province, year=year, doc_type=doc_type, entity=entity,
                   topic=topic).with_full_names()


def _print_hits(hits: list[dict[str, Any]]) -> None:
    for hit in hits:
        where = " · ".join(str(v) for v in (hit["region"], hit["year"], hit["title"], hit["section"]) if v)
        more = f"  (+{len(hit['duplicates'])} near-identical)" if hit.get("duplicates") else ""
        click.echo(f"{hit['rank']:>3}. [{hit['score']:.4f}] {hit['paragraph_id']}  {where}{more}")
        text = hit["text"]
        click.echo(f"     {text[:160]}{'…' if len(text) > 160 else ''}")


def _read_batch(file: Path, key: str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(line number, request or None, error) for each non-empty line of a JSONL batch file."""
    with file.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                request = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"line {number}: not JSON ({exc.msg})"
                continue
            if not isinstance(request, dict) or not str(request.get(key) or "").strip():
                yield number, None, f"line {number}: needs a non-empty {key!r}"
                continue
            yield number, request, None


def _run_batch(file: Path, key: str, answer: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
    """One result object per input line (``id`` echoed), models loaded once; a bad line or a
    failed request becomes an ``error`` object and exit code 3, and the rest go on."""
    from search.index import SearchError

    failures = 0
    for _, request, error in _read_batch(file, key):
        if error:
            failures += 1
            emit({"error": error})
            continue
        try:
            result = answer(request)
        except (SearchError, ValueError, TypeError) as exc:
            failures += 1
            result = {key: request[key], "error": str(exc)}
        emit({"id": request["id"], **result} if "id" in request else result)
    if failures:
        sys.exit(EXIT_PARTIAL)


SEARCH_FILTER_OPTIONS = [
    click.option("--region", help="Region name (a county, prefecture or province; includes the places under it)."),
    click.option("--province", help="Province name, e.g. 广东 or 广东省."),
    click.option("--year", type=int, help="Year the report covers."),
    click.option("--doc-type", type=click.Choice(DOC_TYPES),
                 help="Document type."),
    click.option("--entity", help="Only paragraphs mentioning this entity (canonical name)."),
    click.option("--topic", help="Only paragraphs of this topic key (see `kg stats`)."),
]


def search_filter_options(func):
    for option in reversed(SEARCH_FILTER_OPTIONS):
        func = option(func)
    return func


@main.command()
@click.argument("query", required=False)
@click.option("-k", "k", default=10, show_default=True, type=click.IntRange(1, 1000), help="Number of hits.")
@search_filter_options
@click.option("--mode", type=click.Choice(["hybrid", "dense", "lexical"]), default="hybrid", show_default=True,
              help="hybrid fuses BM25 and embeddings by reciprocal rank.")
@click.option("--batch", "batch", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="JSONL file of queries ({query, id?, region?, province?, year?, doc_type?, mode?, k?}); "
                   "one result object per line on stdout.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def search(settings: Settings, query: str | None, k: int, region: str | None, province: str | None,
           year: int | None, doc_type: str | None, entity: str | None, topic: str | None, mode: str,
           batch: Path | None, as_json: bool) -> None:
    """Search paragraphs: BM25 over jieba tokens fused with embeddings (FAISS).

    Keywords are exact: every word must occur ("精确短语", +必须, -排除, A OR B), counted over
    the whole corpus; a question (with 哪些, 如何, ？…) is only ranked."""
    if not query and not batch:
        raise click.UsageError("give a QUERY or --batch FILE")
    with open_corpus(settings) as corpus:
        if batch:
            _run_batch(batch, "query", lambda request: corpus.search(
                request["query"], int(request.get("k") or k),
                _filters(request.get("region"), request.get("province"), request.get("year"),
                         request.get("doc_type"), request.get("entity"), request.get("topic")),
                request.get("mode") or mode).to_dict())
            return
        result = corpus.search(query, k, _filters(region, province, year, doc_type, entity, topic), mode)
    if as_json:
        emit(result.to_dict())
        return
    if result.exact.get("no_match"):
        click.echo(f"没有段落包含{result.exact['condition']}")
    elif result.exact:
        click.echo(f"{result.exact['match_count']} 段 / {result.exact['report_count']} 份报告 包含{result.exact['condition']}")
    click.echo(f"{len(result.hits)} hits ({result.mode}; model {result.model})")
    _print_hits(result.hits)
    if result.related:
        click.echo("语义相关，但不包含检索词:" if result.exact.get("no_match") else "相关，但不包含全部检索词:")
        _print_hits(result.related)


@main.command()
@click.argument("paragraph_id")
@click.option("-k", "k", default=10, show_default=True, type=click.IntRange(1, 1000), help="Number of hits.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def similar(settings: Settings, paragraph_id: str, k: int, as_json: bool) -> None:
    """Paragraphs from other regions most similar to PARAGRAPH_ID (similar practices), grouped by region."""
    with open_corpus(settings) as corpus:
        result = corpus.similar(paragraph_id, k)
    if as_json:
        emit(result)
        return
    click.echo(f"similar practices to {paragraph_id} ({result['region']}), from other regions:")
    for group in result["groups"]:
        click.echo(f"— {group['region'] or '(region unknown)'} ({group['province'] or ''}), best {group['best_score']:.4f}")
        _print_hits(group["hits"])


@main.command()
@click.argument("question", required=False)
@click.option("-k", "k", default=10, show_default=True, type=click.IntRange(1, 100), help="Evidence paragraphs.")
@click.option("--batch", "batch", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="JSONL file of questions ({question, id?, k?}); one answer object per line on stdout.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def ask(settings: Settings, question: str | None, k: int, batch: Path | None, as_json: bool) -> None:
    """Answer a question in Chinese from graph facts and paragraphs, citing the evidence."""
    if not question and not batch:
        raise click.UsageError("give a QUESTION or --batch FILE")
    with open_corpus(settings) as corpus:
        if batch:
            _run_batch(batch, "question", lambda request: corpus.ask(
                request["question"], int(request.get("k") or k)).to_dict())
            return
        result = corpus.ask(question, k).to_dict()
    if as_json:
        emit(result)
        return
    it = result["interpretation"]
    references = f" like={[r['name'] for r in it['references']]}" if it.get("references") else ""
    click.echo(f"interpretation: kind={it['kind']} regions={[r['name'] for r in it['regions']]}{references} "
               f"years={it['years']} entities={[e['name'] for e in it['entities']]} topic={it['topic']}")
    click.echo(result["answer"])
    click.echo("evidence:")
    _print_hits(result["evidence"])
    if result["related"]:
        click.echo("可能相关 (not part of the answer):")
        _print_hits(result["related"])


@main.command()
@click.option("--repair", is_flag=True, help="Index what the graph holds but the index lacks, re-encode, rebuild BM25; "
                                              "delete half-written reports (ingest writes them again); null "
                                              "implausible years.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def check(settings: Settings, repair: bool, as_json: bool) -> None:
    """Verify that the graph and the search indexes hold the same paragraphs, that no report is
    half-written and no stored year implausible; exit 1 if not."""
    from kg import integrity

    with open_corpus(settings) as corpus:
        report = corpus.check(repair, progress=sys.stderr.isatty())
    if as_json:
        emit(report)
    else:
        click.echo(f"graph paragraphs: {report['graph_paragraphs']}; indexed: {report['index_paragraphs']}; "
                   f"vectors: {report['vectors']}")
        for key in ("missing_in_index", "missing_in_graph", "vectors_missing", "vectors_orphaned"):
            if report[key]:
                click.echo(f"{key.replace('_', ' ')}: {len(report[key])} (e.g. {report[key][0]})")
        if report["unembedded"] or report["lexical_stale"]:
            click.echo(f"not yet embedded: {report['unembedded']}; BM25 stale: {report['lexical_stale']}")
        for line in integrity.describe(report):
            click.echo(line)
        click.echo("ok: graph and indexes agree" if report["ok"] else "NOT consistent: run `kg check --repair`")
    if not report["ok"]:
        sys.exit(EXIT_FAILURE)


@main.group("model")
def model_group() -> None:
    """The embedding model of KG_DATA_DIR's search index."""


@model_group.command("retrain")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def model_retrain(settings: Settings, as_json: bool) -> None:
    """Train the fallback model again on the corpus as it is now and re-encode every paragraph.

    kg retrains by itself only while the corpus is small (see docs/scaling.md); after that a
    routine ingest keeps the model, and this command is how to refresh it.
    """
    if settings.embed_model:
        fail(f"KG_EMBED_MODEL={settings.embed_model} is configured: there is no fallback model to retrain")
    with open_corpus(settings) as corpus:
        info = corpus.retrain_model(progress=sys.stderr.isatty())
    if as_json:
        emit(info)
    else:
        click.echo(f"embedding model: {info['model']}; {info['vectors']} vectors")


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
    with open_corpus(settings) as corpus:
        info = corpus.store.describe()
    if as_json:
        emit({**info, "running": True})
    else:
        click.echo(f"Neo4j reachable at {info['uri']}")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port to listen on.")
@click.option("--workers", type=click.IntRange(0, 64), default=None,
              help="Worker processes (default: KG_WEB_WORKERS, else the number of cores); 0 serves "
                   "from this process with waitress.")
@click.pass_obj
def serve(settings: Settings, host: str, port: int, workers: int | None) -> None:
    """Serve the web UI and JSON API (gunicorn worker processes, or waitress in one process)."""
    import os
    import signal

    from web import create_app

    workers = settings.web_workers if workers is None else workers
    if workers == 0:
        import waitress

        # SIGTERM (docker stop, kill) must unwind like Ctrl-C so the store is released at exit.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        try:
            app = create_app(settings)
        except GraphStoreError as exc:
            fail(str(exc))
        app.extensions["kg_corpus"].warm()
        click.echo(f"serving kg on http://{host}:{port} (graph: {settings.backend})", err=True)
        # waitress buffers a whole body before Flask runs: its own limit refuses an oversized one first.
        waitress.serve(app, host=host, port=port, threads=4, max_request_body_size=app.config["MAX_CONTENT_LENGTH"])
        return
    from web.server import serve_with_workers

    if settings.backend == "falkordb":  # start (or join) the graph once, before the workers fork
        try:
            embedded_server(settings).acquire()
        except GraphStoreError as exc:
            fail(str(exc))
    click.echo(f"serving kg on http://{host}:{port} with {workers} worker processes "
               f"(graph: {settings.backend})", err=True)
    serve_with_workers(settings, host, port, workers, threads=int(os.environ.get("KG_WEB_THREADS") or 4))


@main.group("eval")
def eval_group() -> None:
    """Measure quality against annotated data."""


# The project's gold sets, relative to the repository root: the five seeds, and every unseen set whose gold is in
# the repository (each was scored held out before it joined; a set still held out is kept outside it).
SEEDS_GOLD = (Path("tests/corpus/eval/seeds_gold.json"), Path("samples"))
UNSEEN = Path("tests/corpus/unseen")


def _addresses(sources: Path | None) -> dict[str, str]:
    """The page addresses a download list gives (``ingest.manifest``); a list kg cannot read stops the command
    before anything is read or written, with the list's name and the problem."""
    from ingest.manifest import SourcesError, read_addresses

    if sources is None:
        return {}
    try:
        return read_addresses(sources)
    except SourcesError as exc:
        fail(str(exc))


def _gold_sets() -> list[tuple[Path, Path]]:
    """The gold sets present where kg runs, seeds first, then the unseen sets in order (gold_a.json, …, gold_z.json,
    gold_aa.json, …)."""
    unseen = [(gold, UNSEEN / "reports") for gold in sorted(UNSEEN.glob("gold_*.json"), key=lambda p: (len(p.stem), p.stem))]
    return [(gold, folder) for gold, folder in [SEEDS_GOLD, *unseen] if gold.exists()]


@eval_group.command("extraction")
@click.option("--gold", type=click.Path(path_type=Path, exists=True, dir_okay=False), multiple=True,
              help="Gold annotations (seeds_gold.json format); repeatable. Default: the seeds and every "
                   "unseen set in tests/corpus/unseen.")
@click.option("--corpus", type=click.Path(path_type=Path, exists=True, file_okay=False), multiple=True,
              help="Folder of the annotated documents: one for all gold files, or one per --gold in order "
                   "(default: samples).")
@click.option("--sources", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="A download list giving the documents' page addresses, as `kg ingest --sources` reads it.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (one per set under \"sets\" "
                                                        "when several are scored).")
def eval_extraction(gold: tuple[Path, ...], corpus: tuple[Path, ...], sources: Path | None, as_json: bool) -> None:
    """Precision, recall and F1 per entity type, per unique entity and per mention; metadata errors."""
    from ingest.evaluate import evaluate

    addresses = _addresses(sources)
    if gold:
        if len(corpus) not in (0, 1, len(gold)):
            fail("give one --corpus for all gold files, or one per --gold")
        folders = list(corpus) * len(gold) if len(corpus) == 1 else list(corpus) or [Path("samples")] * len(gold)
        sets = list(zip(gold, folders))
    else:
        sets = _gold_sets()
        if not sets:
            fail("no gold sets here: run in the repository root, or give --gold and --corpus")
    reports = {}
    for gold_path, folder in sets:
        try:
            reports[str(gold_path)] = evaluate(gold_path, folder, addresses).to_dict()
        except FileNotFoundError as exc:
            fail(str(exc))
    if as_json:
        emit(next(iter(reports.values())) if len(reports) == 1 else {"sets": reports})
        return
    for name, report in reports.items():
        if len(reports) > 1:
            click.echo(f"== {name}")
        _print_extraction_report(report)


def _print_extraction_report(report: dict) -> None:
    click.echo(f"{'type':<11}{'unique P/R/F1':>24}{'mention P/R/F1':>24}")
    for etype, scores in report["unique"].items():
        mention = report["mention"][etype]
        if not (scores["tp"] or scores["fp"] or scores["fn"]):
            click.echo(f"{etype:<11}{'none in gold or predicted':>48}")
            continue
        click.echo(f"{etype:<11}{scores['precision']:>8.3f}{scores['recall']:>8.3f}{scores['f1']:>8.3f}"
                   f"{mention['precision']:>8.3f}{mention['recall']:>8.3f}{mention['f1']:>8.3f}")
    click.echo(f"metadata errors: {len(report['metadata_errors'])}")
    for error in report["metadata_errors"]:
        click.echo(f"  {error['doc']} {error['field']}: expected {error['expected']!r}, got {error['got']!r}")
    click.echo(f"SLOGAN: {report['slogans']}")
    indicators = report["indicators"]
    if indicators["gold"]:
        click.echo(f"METRIC indicator accuracy: {indicators['accuracy']:.3f} of {indicators['matched']} found"
                   f" ({indicators['accuracy_of_gold']:.3f} of all {indicators['gold']} gold metrics)")


@eval_group.command("ask")
@click.option("--questions", type=click.Path(path_type=Path, exists=True, dir_okay=False), multiple=True,
              default=lambda: [str(Path("tests/corpus/ask_questions.jsonl"))], show_default="tests/corpus/ask_questions.jsonl",
              help="JSONL questions (see kg/ask/evaluate.py for the fields); repeatable.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def eval_ask(settings: Settings, questions: tuple[Path, ...], as_json: bool) -> None:
    """Evidence recall@10, exact answers and interpretation accuracy on the ingested corpus."""
    from kg.ask.evaluate import evaluate
    from search.evaluate import load_questions

    with open_corpus(settings) as corpus:
        report = evaluate(corpus.answerer(), [q for path in questions for q in load_questions(path)])
    if as_json:
        emit(report)
        return
    if absent := report["absent_regions"]:
        click.echo(f"warning: no report of {len(absent)} region(s) the questions expect is ingested "
                   f"({'、'.join(absent[:8])}{'…' if len(absent) > 8 else ''}): the scores are of another corpus "
                   "than the questions were written on", err=True)
    click.echo(f"questions: {report['questions']}  evidence recall@10: {report['evidence_recall@10']}  "
               f"exact answers: {report['exact_answers']} (of {report['exact_total']})  "
               f"interpretation: {report['interpretation_accuracy']}")
    for row in report["per_question"]:
        if not (row["evidence"] and row["exact"] is not False and row["interpretation"]):
            click.echo(f"  {row['qid']}: evidence={row['evidence']} exact={row['exact']} "
                       f"interpretation failed on {row['failed_checks']}")
    if sets := report.get("answer_sets"):
        click.echo(f"answer sets: {sets['questions']}  region precision: {sets['region_precision']}  "
                   f"recall: {sets['region_recall']}  negatives silent: {sets['negatives_silent']} "
                   f"(of {sets['negatives']})  numerics complete: {sets['numerics_complete']} (of {sets['numerics']}), "
                   f"given: {sets['numerics_given']}")
        for row in sets["per_question"]:
            if row.get("missing") or row.get("wrong") or row.get("silent") is False or row.get("given") is False:
                click.echo(f"  {row['qid']}: {row}")


@eval_group.command("search")
@click.option("--questions", type=click.Path(path_type=Path, exists=True, dir_okay=False), required=True,
              help="JSONL questions with `question` and `answers` (dev_questions.jsonl format).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def eval_search(settings: Settings, questions: Path, as_json: bool) -> None:
    """MRR@10, nDCG@10 and recall@10 per mode beside plain BM25, on the ingested corpus."""
    from search.evaluate import evaluate, load_questions

    with open_corpus(settings) as corpus:
        report = evaluate(corpus.index, load_questions(questions))
    if as_json:
        emit(report)
        return
    click.echo(f"{'ranker':<11}{'MRR@10':>9}{'nDCG@10':>9}{'R@10':>8}")
    for ranker, scores in report["means"].items():
        click.echo(f"{ranker:<11}{scores['mrr@10']:>9.3f}{scores['ndcg@10']:>9.3f}{scores['recall@10']:>8.3f}")


# Allocations between two collections of CPython's youngest generation (default 700). A command
# imports about a thousand modules (spaCy, numpy, scipy, faiss) before its real work, and at the
# default threshold the collections that follow walk that growing heap again and again: about 8%
# of the CPU of adding one report to a store. Collecting every 50,000 allocations still bounds
# the cyclic garbage a long ingest or a server can hold.
GC_THRESHOLD = 50_000


def entry() -> None:
    """Console-script entry point."""
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    main()


if __name__ == "__main__":
    entry()
