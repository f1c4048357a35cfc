"""The user's path at growing scale: `kg ingest DIR` in steps up to a national corpus.

    python benchmarks/national_scale.py --sizes 1000,3000,10000,30000 --work /tmp/kg-scale

Reports are generated (benchmarks/corpus.py, varied: regions of every province, years
2015-2024 shifted, paragraphs swapped between 13 seed reports, figures redrawn) in chunks,
and each chunk is ingested into the same store with the `kg` command as a user runs it,
default model included (the fallback trained on the corpus). After each step it measures,
with the commands a user runs:

* ingest: reports/s of that chunk, end to end (extraction, graph, search sync, model);
* peak RSS: largest process of the ingest (main or extraction worker) and the graph server;
* cold start: `kg graph start` (graph loaded) + the first `kg search` (indexes and model
  loaded, one query answered), from nothing running;
* add one report: `kg ingest ONE_NEW_FILE`, with the graph server warm and cold;
* unchanged: `kg ingest` of 1,000 files already ingested;
* hybrid query p50/p95 in one process, unfiltered and with a province, region or year filter.

Baseline measured in the same run: extraction alone (no graph, no index) over 200 of the
reports, in this process: the ingest figures are printed as ratios to it and to the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus import generate_reports  # noqa: E402

TARGETS = {"reports_per_s": 20.0, "peak_rss_gib": 8.0, "cold_start_s": 60.0, "add_one_s": 5.0,
           "unchanged_1000_s": 10.0, "query_p95_ms": 100.0}
QUERIES = ["行政复议纠错率", "法律顾问参与重大决策", "行政执法三项制度", "证明事项告知承诺制", "规范性文件备案审查",
           "包容审慎监管", "府院联动", "负责人出庭应诉", "综合行政执法改革", "公共法律服务体系"]


def kg(env: dict[str, str], *args: str) -> tuple[float, dict | None, str]:
    """Run `kg ARGS`; (wall seconds, parsed JSON stdout or None, stderr)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg.cli", *args], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 3):
        raise RuntimeError(f"kg {' '.join(args)} exited {done.returncode}: {done.stderr[-2000:]}")
    try:
        return seconds, json.loads(done.stdout), done.stderr
    except json.JSONDecodeError:
        return seconds, None, done.stderr


class ServerMemory(threading.Thread):
    """Polls the graph server's peak RSS (VmHWM) while a command runs."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(daemon=True)
        self.pid_path = data_dir / "graph.pid"
        self.peak_kb = 0
        self.running = True

    def run(self) -> None:
        while self.running:
            try:
                pid = int(self.pid_path.read_text())
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
            except (OSError, ValueError):
                pass
            time.sleep(0.5)


def baseline_extraction(paths: list[Path]) -> float:
    """Reports/s of extraction alone (read, clean, metadata, segment, entities) in this process."""
    from ingest.pipeline import build_document
    from ingest.readers import read_path

    build_document(next(iter(read_path(paths[0], 10**8))))  # jieba and the gazetteer load outside timing
    start = time.perf_counter()
    for path in paths:
        for raw in read_path(path, 10**8):
            build_document(raw)
    return len(paths) / (time.perf_counter() - start)


def query_latency(data_dir: Path) -> dict[str, dict[str, float]]:
    """p50/p95 ms of hybrid queries in one process, unfiltered and filtered."""
    from search.docstore import Filters
    from search.index import SearchIndex

    index = SearchIndex(data_dir, os.environ.get("KG_EMBED_MODEL"), say=lambda _m: None)
    index.warm()
    first = [column[0] for column in index.docstore.filter_columns()]
    cases = {"none": None, "province": Filters(province=first[3]),
             "region": Filters(region=first[1]), "year": Filters(year=first[4])}
    out = {}
    for name, filters in cases.items():
        times = []
        for _ in range(3):
            for query in QUERIES:
                start = time.perf_counter()
                index.search(query, 10, filters)
                times.append((time.perf_counter() - start) * 1000)
        times.sort()
        out[name] = {"p50": times[len(times) // 2], "p95": times[int(len(times) * 0.95) - 1]}
    index.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,3000,10000,30000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-scale"))
    parser.add_argument("--resume", action="store_true",
                        help="continue a run's store: steps it already holds are neither ingested nor measured")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    data_dir = args.work / "data"
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "KG_GRAPH_LINGER_S": "0", "PYTHONPATH": str(REPO)}
    kg(env, "graph", "stop")

    chunks, done = [], 0
    for size in sizes:
        folder = args.work / f"chunk-{done:05d}-{size:05d}"
        if len(list(folder.glob("*.txt"))) != size - done:
            generate_reports(folder, size - done, varied=True, start=done)
        chunks.append(sorted(folder.glob("*.txt")))
        done = size
    extra = generate_reports(args.work / "extra", len(sizes), varied=True, start=10**6)

    base = baseline_extraction(chunks[0][:200])
    print(f"baseline (same run): extraction alone {base:.1f} reports/s over 200 reports, one process", flush=True)

    held = 0
    if args.resume and data_dir.exists():
        _, held_stats, _ = kg(env, "stats", "--json")
        held = held_stats["reports"] if held_stats else 0
        print(f"resuming: the store holds {held} reports; steps up to that size are skipped", flush=True)
    rows = []
    for step, (size, chunk) in enumerate(zip(sizes, chunks)):
        if size <= held:
            continue
        memory = ServerMemory(data_dir)
        memory.start()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        seconds, result, _ = kg(env, "ingest", str(chunk[0].parent), "--json")
        memory.running = False
        peak_process_kb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        assert result and not result["failed"], result
        rate = len(chunk) / seconds

        cold_graph, _, _ = kg(env, "graph", "start")
        cold_search, _, _ = kg(env, "search", "行政复议", "-k", "5", "--json")
        warm_add, added, _ = kg(env, "ingest", str(extra[step]), "--json")
        assert added and added["ingested"] == 1, added
        kg(env, "graph", "stop")
        unchanged_s, unchanged, _ = kg(env, "ingest", str(chunks[0][0].parent), "--json")
        assert unchanged and unchanged["unchanged"] == len(chunks[0]), unchanged
        cold_add, _, _ = kg(env, "ingest", str(extra[step]), "--json")  # unchanged now, from cold
        latency = query_latency(data_dir)
        row = {"reports": result["reports"], "paragraphs": result["paragraphs"], "chunk": len(chunk),
               "ingest_s": seconds, "reports_per_s": rate, "ms_per_report": 1000 / rate,
               "peak_process_mb": peak_process_kb / 1024, "peak_server_mb": memory.peak_kb / 1024,
               "cold_graph_s": cold_graph, "cold_search_s": cold_search, "cold_start_s": cold_graph + cold_search,
               "add_one_warm_s": warm_add, "unchanged_cold_s": cold_add,
               "unchanged_1000_s": unchanged_s * 1000 / len(chunks[0]), "query_ms": latency}
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)

    print("\nreports  paragraphs  ingest r/s  ms/report  cold start s  add one (warm) s  "
          "1000 unchanged s  hybrid p95 ms (none/province/region/year)  peak RSS MB (process/server)")
    for r in rows:
        q = r["query_ms"]
        print(f"{r['reports']:>7}  {r['paragraphs']:>10}  {r['reports_per_s']:>10.1f}  {r['ms_per_report']:>9.1f}  "
              f"{r['cold_start_s']:>12.1f}  {r['add_one_warm_s']:>16.1f}  {r['unchanged_1000_s']:>16.1f}  "
              f"{q['none']['p95']:>6.1f}/{q['province']['p95']:.1f}/{q['region']['p95']:.1f}/{q['year']['p95']:.1f}"
              f"  {r['peak_process_mb']:.0f}/{r['peak_server_mb']:.0f}")
    last = rows[-1]
    print(f"\nat {last['reports']} reports, against the targets (ratio ≥ 1 meets it):")
    print(f"  ingest {last['reports_per_s']:.1f} reports/s: {last['reports_per_s'] / TARGETS['reports_per_s']:.2f}x target, "
          f"{last['reports_per_s'] / base:.2f}x the extraction-alone baseline")
    peak_gib = (last["peak_process_mb"] * 2 + last["peak_server_mb"]) / 1024  # main + worker + server, upper bound
    print(f"  peak RSS ≤ {peak_gib:.2f} GiB (main + worker + server): {TARGETS['peak_rss_gib'] / peak_gib:.2f}x")
    for key, target in (("cold_start_s", "cold_start_s"), ("add_one_warm_s", "add_one_s"),
                        ("unchanged_1000_s", "unchanged_1000_s")):
        print(f"  {key} {last[key]:.1f}s: {TARGETS[target] / last[key]:.2f}x target ({TARGETS[target]:.0f}s)")
    worst = max(v["p95"] for v in last["query_ms"].values())
    print(f"  hybrid p95 (worst filter) {worst:.1f} ms: {TARGETS['query_p95_ms'] / worst:.2f}x target")


if __name__ == "__main__":
    main()
