"""Ingest throughput on generated reports: extraction alone, and with graph writes (no embeddings).

    python benchmarks/ingest_speed.py [--reports 2000] [--runs 3]

Prints reports/s and paragraphs/s (median of the runs) for each stage, the ratio of
end-to-end to extraction-alone throughput (the cost of the graph), the target
(20 reports/s end to end), and peak memory of this process and of the FalkorDB server.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus import generate_reports  # noqa: E402
from ingest.pipeline import build_document, ingest  # noqa: E402
from ingest.readers import read_path  # noqa: E402
from kg.config import Settings  # noqa: E402
from kg.graph import write_document  # noqa: E402
from kg.store import embedded_server, open_store  # noqa: E402

TARGET = 20.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def server_peak_mb(pid: int | None) -> float | None:
    if not pid:
        return None
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def run_extraction(paths: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    paragraphs = 0
    for path in paths:
        for raw in read_path(path, 10**8):
            paragraphs += len(build_document(raw).paragraphs)
    return time.perf_counter() - start, paragraphs


def run_end_to_end(paths: list[Path], data_dir: Path) -> tuple[float, int, float | None]:
    settings = Settings.from_env({"KG_DATA_DIR": str(data_dir), "KG_GRAPH_LINGER_S": "0"})
    store = open_store(settings)
    paragraphs = 0

    def write(doc) -> bool:
        nonlocal paragraphs
        paragraphs += len(doc.paragraphs)
        return write_document(store, doc)

    start = time.perf_counter()
    summary = ingest(paths, write=write, max_bytes=10**8)
    elapsed = time.perf_counter() - start
    assert summary.ingested + summary.unchanged == len(paths), summary.failed[:3]
    server_mb = server_peak_mb(embedded_server(settings).status().pid)
    store.close()
    embedded_server(settings).stop()
    return elapsed, paragraphs, server_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = generate_reports(Path(tmp) / "corpus", args.reports)
        build_document(next(iter(read_path(paths[0], 10**8))))  # load jieba and the gazetteer once, outside timing
        extraction, end_to_end, server_mb = [], [], []
        for run in range(args.runs):
            seconds, paragraphs = run_extraction(paths)
            extraction.append((seconds, paragraphs))
            seconds, paragraphs, mb = run_end_to_end(paths, Path(tmp) / f"data{run}")
            end_to_end.append((seconds, paragraphs))
            server_mb.append(mb or 0)
            print(f"run {run + 1}: extraction {extraction[-1][0]:.1f}s, end to end {seconds:.1f}s", file=sys.stderr)
    n = args.reports
    ex_s = statistics.median(s for s, _ in extraction)
    e2e_s = statistics.median(s for s, _ in end_to_end)
    paragraphs = end_to_end[0][1]
    print(f"corpus: {n} generated reports, {paragraphs} paragraphs; median of {args.runs} runs")
    print(f"extraction alone : {n / ex_s:7.1f} reports/s {paragraphs / ex_s:8.0f} paragraphs/s")
    print(f"with graph writes: {n / e2e_s:7.1f} reports/s {paragraphs / e2e_s:8.0f} paragraphs/s")
    print(f"end to end / extraction alone throughput: {ex_s / e2e_s:.2f}")
    print(f"target {TARGET:.0f} reports/s end to end: {(n / e2e_s) / TARGET:.2f}x target")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: this process {peak_rss_mb():.0f} MB, largest extraction worker {children:.0f} MB, "
          f"FalkorDB server {max(server_mb):.0f} MB")


if __name__ == "__main__":
    main()
