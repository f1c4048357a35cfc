"""Hostile and clumsy input on the ingest side: each bad file or record is one named failure,
the rest of the batch is ingested (exit 3), nothing bad is stored, and no process is left over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import struct
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from ingest.extract import spacy_pipeline as extract
from ingest.document import RawDocument
from ingest.pipeline import PARALLEL_FROM, build_document, ingest
from ingest.readers import MAX_ZIP_RATIO, ReadError, read_path
from ingest.validate import MAX_LENGTH, YEAR_MIN

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
GBK_NAME = b"\xb1\xa8\xb8\xe6"  # 报告 in GBK: not valid UTF-8, as in a zip made on Chinese Windows
TRUNCATED_UTF16 = b"\xff\xfe\x00\x00garbage\x00\x01"


class Killed(BaseException):
    """Stands for SIGKILL: not an Exception, so no ``except Exception`` cleanup runs."""


def kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI as a user does; bytes out, so the test sees whether stdout is valid UTF-8."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(REPO), **(env or {})})


def sample_text(i: int = 0) -> str:
    return sorted(SAMPLES.iterdir())[i].read_text(encoding="utf-8")


def write_docx(path: Path, text: str) -> None:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(path)


def inflate_docx(real: Path, bomb: Path, extra: int, declared: int | None = None) -> None:
    """A copy of ``real`` whose document.xml carries ``extra`` bytes of whitespace (highly compressible);
    with ``declared``, its central directory entry understates the uncompressed size as that."""
    with zipfile.ZipFile(real) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for member in src.infolist():
            data = src.read(member)
            if member.filename != "word/document.xml":
                dst.writestr(member, data)
                continue
            head, tail = data.rsplit(b"</w:body>", 1)
            with dst.open(member.filename, "w", force_zip64=True) as out:
                out.write(head)
                block = b" " * 1_000_000
                for _ in range(extra // len(block)):
                    out.write(block)
                out.write(b"</w:body>" + tail)
    if declared is not None:
        data = bytearray(bomb.read_bytes())
        entry = data.index(b"PK\x01\x02")  # central directory entries, until the one named
        while data[entry + 46:entry + 46 + len(b"word/document.xml")] != b"word/document.xml":
            entry = data.index(b"PK\x01\x02", entry + 4)
        data[entry + 24:entry + 28] = struct.pack("<I", declared)  # uncompressed size field
        bomb.write_bytes(bytes(data))


def peak_memory(call):
    """(result, peak bytes Python allocated while running ``call``)."""
    tracemalloc.start()
    try:
        return call(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# -- readers ------------------------------------------------------------------------


def test_truncated_utf16_is_a_read_error_not_a_crash(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(TRUNCATED_UTF16)
    [result] = read_path(bad, 10**6)
    assert isinstance(result, ReadError) and "UTF-16" in result.error


@pytest.mark.parametrize("field,value", [("year", 1e30), ("year", 2**63 - 1), ("year", 1800), ("year", "二〇二〇"),
                                         ("year", True), ("year", [2020]), ("title", 123), ("title", ["a"]),
                                         ("region", {"name": "x"}), ("url", 1.5), ("id", [1]),
                                         ("title", "长" * 501)])
def test_a_jsonl_record_with_a_bad_value_fails_alone(tmp_path: Path, field: str, value: object) -> None:
    good = {"text": sample_text(), "title": "好的标题", "year": 2021, "id": "ok"}
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (good, {**good, "id": "bad", field: value})),
                    encoding="utf-8")
    first, second = read_path(path, 10**8)
    assert isinstance(first, RawDocument) and first.hints == {"title": "好的标题", "year": 2021}
    assert isinstance(second, ReadError) and second.path.endswith(":2") and f"'{field}'" in second.error


def test_jsonl_values_are_cleaned_where_that_is_unambiguous(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"text": "正文\udc80。", "id": 7, "year": "2020", "title": " 标题\udc81 "}),
                    encoding="utf-8")
    [raw] = read_path(path, 10**8)
    assert raw.source == "7" and raw.hints == {"year": 2020, "title": "标题?"}
    assert raw.text == "正文?。"


@pytest.mark.parametrize("year,expected", [(1900, None), (1948, None), (YEAR_MIN, YEAR_MIN), (2022, 2022)])
def test_a_year_read_from_the_title_is_kept_only_when_plausible(year: int, expected: int | None) -> None:
    text = f"浏阳市{year}年法治政府建设年度报告\n市司法局牵头清理规范性文件,共计废止文件36件。\n"
    assert build_document(RawDocument(text=text, source="x.txt", origin="/x.txt")).metadata.year == expected


def test_a_title_from_a_page_or_the_text_is_bounded() -> None:
    """An HTML page's <title> or a text's first line is not validated like a jsonl field, so cut."""
    long_title = "法治政府建设年度报告" * 200
    raw = RawDocument(text=sample_text(), source="x.html", origin="/x.html", hints={"title": long_title})
    title = build_document(raw).metadata.title
    assert title == long_title[:MAX_LENGTH["title"]]


def test_a_docx_that_inflates_hugely_is_refused_before_inflating(tmp_path: Path) -> None:
    real = tmp_path / "real.docx"
    write_docx(real, sample_text())
    [ok] = read_path(real, 10**8)
    assert isinstance(ok, RawDocument) and "法治" in ok.text

    bomb = tmp_path / "bomb.docx"
    inflate_docx(real, bomb, extra=200_000_000)
    assert bomb.stat().st_size < 2_000_000
    [refused], peak = peak_memory(lambda: read_path(bomb, 10**8))
    assert isinstance(refused, ReadError) and "zip bomb" in refused.error
    assert peak < 20_000_000  # refused from the directory, nothing inflated

    ratio_only = tmp_path / "ratio.docx"
    inflate_docx(real, ratio_only, extra=20_000_000)  # under the size limit, over the ratio limit
    [refused] = read_path(ratio_only, 10**8)
    assert isinstance(refused, ReadError) and f"limit of {MAX_ZIP_RATIO}" in refused.error


def test_a_docx_that_understates_its_size_is_refused_without_inflating_it(tmp_path: Path) -> None:
    real = tmp_path / "real.docx"
    write_docx(real, sample_text())
    liar = tmp_path / "liar.docx"
    inflate_docx(real, liar, extra=100_000_000, declared=20_000)  # passes the size and ratio limits
    assert zipfile.ZipFile(liar).getinfo("word/document.xml").file_size == 20_000
    [refused], peak = peak_memory(lambda: read_path(liar, 10**8))
    assert isinstance(refused, ReadError) and "not a readable DOCX" in refused.error
    assert peak < 20_000_000  # read in bounded pieces, never the 100 MB at once


def test_a_gbk_file_name_is_read_with_a_readable_name(tmp_path: Path) -> None:
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/" + GBK_NAME + b".txt"))
    path.write_text(sample_text(), encoding="utf-8")
    [raw] = read_path(path, 10**8)
    assert raw.source == "报告.txt" and raw.origin.endswith("/报告.txt")
    raw.origin.encode("utf-8")  # storable and printable


# -- building documents ---------------------------------------------------------------


def test_a_text_longer_than_the_pipeline_limit_is_extracted_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = RawDocument(text=sample_text(1), source="long.txt", origin="/long.txt")
    whole = build_document(raw)
    monkeypatch.setattr(extract.nlp(), "max_length", len(whole.text) // 5)  # as a 5 MB text meets 1,000,000
    pieces = build_document(raw)
    ords = [p.ord for p in pieces.paragraphs]
    for entity in pieces.entities:
        at = ords.index(entity.paragraph)
        assert pieces.text[entity.start:entity.end] == entity.text
        # in its paragraph, or in a heading above it (after the paragraph before), or below the last one
        gap_start = pieces.paragraphs[at - 1].end if at else 0
        last = at == len(ords) - 1
        assert gap_start <= entity.start and (entity.start < pieces.paragraphs[at].end + 1 or last)
    key = [(e.type, e.name, e.start, e.end) for e in whole.entities]
    found = [(e.type, e.name, e.start, e.end) for e in pieces.entities]
    assert len(set(key) ^ set(found)) <= len(key) // 50  # pieces cut at paragraphs lose almost no context


def test_chunks_cover_the_text_and_respect_the_size() -> None:
    text = ("第一段。" * 30 + "\n") * 20 + "无段落" * 400
    starts = [i for i in range(len(text)) if i == 0 or text[i - 1] == "\n"]
    spans = extract.chunk_spans(text, starts, 500)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(0 < end - start <= 500 for start, end in spans)
    assert all(start in starts for start, _ in spans[1:] if start < len(text) - 1200)


def test_a_failure_in_any_stage_fails_that_file_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(sample_text(i), encoding="utf-8")
    real_extract = extract.extract_entities

    def flaky_extract(document):
        if document.source == "r1.txt":
            raise RuntimeError("boom")
        return real_extract(document)

    monkeypatch.setattr(extract, "extract_entities", flaky_extract)  # build_document imports it when it runs
    written = []

    def write(document) -> bool:
        if document.source == "r2.txt":
            raise ConnectionError("graph gone")
        written.append(document.source)
        return True

    summary = ingest([tmp_path], write=write, max_bytes=10**8, workers=0)
    assert written == ["r0.txt"] and summary.ingested == 1
    errors = {Path(f["path"]).name: f["error"] for f in summary.failed}
    assert errors == {"r1.txt": "extract: RuntimeError: boom", "r2.txt": "write: ConnectionError: graph gone"}


# -- end to end ------------------------------------------------------------------------


def test_a_hostile_folder_is_ingested_except_its_bad_files(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(sample_text(0), encoding="utf-8")
    (folder / "bad.txt").write_bytes(TRUNCATED_UTF16)
    (folder / "records.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
        {"id": "ok", "text": sample_text(2)},
        {"id": "year", "text": sample_text(3), "year": 1e30},
        {"id": "title", "text": sample_text(3), "title": 123},
        ["a", "list"],
    )), encoding="utf-8")
    gbk_folder = os.fsencode(folder)
    with open(gbk_folder + b"/" + GBK_NAME + b".txt", "wb") as handle:  # readable name, good content
        handle.write(sample_text(1).encode("gb18030"))
    with open(gbk_folder + b"/" + GBK_NAME + b"2.txt", "wb") as handle:  # readable name, bad content
        handle.write(TRUNCATED_UTF16)
    write_docx(tmp_path / "real.docx", sample_text(4))
    inflate_docx(tmp_path / "real.docx", folder / "bomb.docx", extra=200_000_000)

    result = kg("ingest", str(folder), "--json")
    assert result.returncode == 3, result.stderr.decode("utf-8", "replace")
    summary = json.loads(result.stdout.decode("utf-8"))  # valid UTF-8 and one JSON object
    assert b"Traceback" not in result.stderr
    assert summary["ingested"] == 3 and summary["reports"] == 3
    failed = {f["path"].rsplit("/", 1)[-1]: f["error"] for f in summary["failed"]}
    assert set(failed) == {"bad.txt", "records.jsonl:2", "records.jsonl:3", "records.jsonl:4", "报告2.txt",
                           "bomb.docx"}
    assert all(error.startswith("read: ") for error in failed.values())

    check = kg("check", "--json")
    report = json.loads(check.stdout)
    assert check.returncode == 0 and report["ok"] and report["implausible_years"] == {"graph": 0, "index": 0}
    kg("graph", "stop")


def test_check_repairs_a_half_written_report_and_ingest_writes_it_again(data_dir: Path, tmp_path: Path) -> None:
    from kg.config import Settings
    from kg.graph import stats, write_document
    from kg.store import open_store

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(sample_text(0), encoding="utf-8")
    assert kg("ingest", str(folder), "--json").returncode == 0
    (folder / "one.txt").write_text(sample_text(0).replace("。", "。另有补充说明。", 1), encoding="utf-8")
    [raw] = read_path(folder / "one.txt", 10**8)
    doc = build_document(raw)
    store = open_store(Settings.from_env())
    try:
        real_run = store.run

        def run(query, params=None):
            if "SET r.complete = true" in query:
                raise Killed()  # killed just before the report would have become visible
            return real_run(query, params)

        store.run = run
        with pytest.raises(Killed):
            write_document(store, doc)
        store.run = real_run
        assert stats(store)["reports"] == 0  # the old version is gone, the new one not yet visible
    finally:
        store.close()

    check = kg("check", "--json")
    assert check.returncode == 1 and json.loads(check.stdout).get("incomplete_reports") == [doc.id], \
        (check.stdout, check.stderr[-2000:])  # what it said instead (seen once on a machine loaded at 7)
    repaired = kg("check", "--repair", "--json")
    assert repaired.returncode == 0 and json.loads(repaired.stdout)["incomplete_reports"] == []
    assert json.loads(repaired.stdout)["repaired"]["deleted_reports"] == [{"id": doc.id, "source": "one.txt"}]
    again = json.loads(kg("ingest", str(folder), "--json").stdout)
    assert again["ingested"] == 1 and again["reports"] == 1
    assert again["paragraphs"] == len(doc.paragraphs)
    assert json.loads(kg("check", "--json").stdout)["ok"]
    kg("graph", "stop")


def test_a_worker_that_dies_fails_its_file_only(data_dir: Path, tmp_path: Path) -> None:
    """A worker killed while building one file (as the kernel's OOM killer would) fails that file."""
    site = tmp_path / "site"
    site.mkdir()
    # Every process of the run (kg, the fork server, its workers) imports this at start-up.
    (site / "sitecustomize.py").write_text(
        "import os, signal\n"
        "import ingest.pipeline as pipeline\n"
        "real_build = pipeline.build_document\n"
        "def build(raw):\n"
        "    if raw.source == 'poison.txt':\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        "    return real_build(raw)\n"
        "pipeline.build_document = build\n", encoding="utf-8")
    folder = tmp_path / "many"
    folder.mkdir()
    names = [f"r{i:03d}.txt" for i in range(PARALLEL_FROM + 4)]
    names[PARALLEL_FROM // 2] = "poison.txt"
    for i, name in enumerate(names):
        (folder / name).write_text(sample_text(i % 5)[:1500] + f"\n附{i}。", encoding="utf-8")
    result = kg("ingest", str(folder), "--json", env={"PYTHONPATH": f"{site}{os.pathsep}{REPO}"})
    assert result.returncode == 3, result.stderr.decode("utf-8", "replace")[-2000:]
    summary = json.loads(result.stdout)
    assert [Path(f["path"]).name for f in summary["failed"]] == ["poison.txt"]
    assert "worker process" in summary["failed"][0]["error"]
    assert summary["ingested"] == len(names) - 1
    kg("graph", "stop")


# -- no leftovers ----------------------------------------------------------------------


def processes() -> dict[int, tuple[int, str]]:
    """pid → (parent pid, command line) of every live (non-zombie) process."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[-1].split()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if stat[0] != "Z":
            found[int(entry.name)] = (int(stat[1]), cmdline)
    return found


def descendants(root: int) -> dict[int, str]:
    """Processes started by ``root``, directly or through its children."""
    table = processes()
    found: dict[int, str] = {}
    frontier = {root}
    while frontier:
        frontier = {pid for pid, (ppid, _) in table.items() if ppid in frontier and pid not in found}
        found.update({pid: table[pid][1] for pid in frontier})
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signals are Linux's")
def test_killing_ingest_leaves_no_worker_processes(data_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(PARALLEL_FROM + 20):
        (folder / f"r{i:03d}.txt").write_text(sample_text(i % 5) + f"\n附{i}。", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(folder)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        deadline = time.monotonic() + 120
        workers: dict[int, str] = {}
        while time.monotonic() < deadline and proc.poll() is None:
            forked = [cmd for cmd in descendants(proc.pid).values() if "multiprocessing.forkserver" in cmd]
            if len(forked) > 1:  # the fork server and a worker (forked from it: the same command line)
                time.sleep(2)  # let the workers start extracting
                workers = {pid: cmd for pid, cmd in descendants(proc.pid).items() if "multiprocessing" in cmd}
                break
            time.sleep(0.2)
        assert workers, "the ingest never started worker processes"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and set(workers) & set(processes()):
            time.sleep(0.2)
        left = {pid: workers[pid] for pid in set(workers) & set(processes())}
        assert not left, f"left running after kg was killed: {left}"  # fork server, workers, resource tracker
    finally:
        if proc.poll() is None:
            proc.kill()
        kg("graph", "stop")
