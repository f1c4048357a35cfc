"""Exact-count speed ("N 段 / M 份报告 包含 …") on a synthetic docstore of 100k or 1M paragraphs.

Paragraphs are random runs of 2–5 sentences from the sample reports, spread over
synthetic reports (40 paragraphs each), regions and years. Each query is parsed as
the search box parses it, then counted over the whole corpus exactly as
``kg search`` does (search/exact.py + the numpy columns); ranking is not included.

    python benchmarks/count_speed.py --paragraphs 100000 [--queries 200] [--dir /tmp/countbench]

With ``--dir`` the store is kept there (``bench.sqlite``) and grown, not rebuilt: a later run
with more ``--paragraphs`` adds only the missing ones, and the queries do not depend on how
much was built, so runs over the same store compare. ``insert_ms_per_paragraph`` is the
build time of the paragraphs this run added (docstore rows and both exact indexes).
Each count is timed twice: wall time (``all``, ``by_kind``: what a user waits, valid on a quiet
machine) and this process's CPU time (``cpu``: comparable between runs while other jobs share
the cores, though a loaded machine still slows it through shared caches).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from search.docstore import DocStore, Filters, ParagraphRow
from search.filtering import FilterColumns
from search.query import parse

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
REGIONS = [f"测试{i}县" for i in range(300)]


def sentences() -> list[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    return [s for s in re.split(r"(?<=[。；！？])|\n", text) if len(s.strip()) >= 8]


def build(path: Path, paragraphs: int, rng: random.Random) -> DocStore:
    store = DocStore(path)
    if store.count() > paragraphs:
        raise SystemExit(f"{path} holds {store.count()} paragraphs, more than --paragraphs {paragraphs}")
    pool = sentences()
    batch = []
    for n in range(store.count(), paragraphs):
        report = n // 40
        region = REGIONS[report % len(REGIONS)]
        text = "".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
        batch.append(ParagraphRow(id=f"r{report}-{n}", report_id=f"r{report}", origin=f"o{report}", source="bench",
                                  title=None, region=region, region_code=None, prefecture=None, province="测试省",
                                  year=2018 + report % 5, doc_type="annual_report", section="", ord=n % 40,
                                  text=text, tokens=[]))
        if len(batch) == 20000:
            store.add(batch)
            batch = []
    store.add(batch)
    return store


def queries(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """(category, query) pairs: single terms of 1–6 characters, AND, OR and exclusion."""
    pool = [s for s in sentences() if len(s) > 12]

    def term(size: int) -> str:
        while True:
            s = rng.choice(pool)
            start = rng.randrange(0, len(s) - size)
            t = s[start:start + size]
            if all("\u4e00" <= ch <= "\u9fff" for ch in t):
                return t

    out = []
    for i in range(count):
        kind = i % 5
        if kind == 0:
            out.append(("1-2 chars", term(rng.randint(1, 2))))
        elif kind == 1:
            out.append(("3-6 chars", term(rng.randint(3, 6))))
        elif kind == 2:
            out.append(("A B", f"{term(4)} {term(2)}"))
        elif kind == 3:
            out.append(("A OR B", f"{term(3)} OR {term(4)}"))
        else:
            out.append(('"A" -B', f'"{term(5)}" -{term(2)}'))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--dir", type=Path, default=None, help="keep the docstore here to rerun without rebuilding")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp())
    path = folder / "bench.sqlite"
    before = 0
    if path.exists():
        existing = DocStore(path)
        before = existing.count()
        existing.close()
    started = time.perf_counter()
    store = build(path, args.paragraphs, random.Random(f"build-{before}"))
    build_s = time.perf_counter() - started
    rng = random.Random(13)
    columns = FilterColumns.read(store)
    t0 = time.perf_counter()
    store.exact.slot_map()  # loaded once per process and after each write, like the columns
    map_ms = (time.perf_counter() - t0) * 1000
    region_filter = Filters(region=REGIONS[0])
    timings: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for category, text in queries(rng, args.queries):
        for filtered in (False, True):
            parsed = parse(text)
            t0, c0 = time.perf_counter(), time.process_time()
            universe = np.sort(columns.select(region_filter)) if filtered else columns.vids
            matched = store.exact.matching(parsed.required, parsed.excluded, universe)
            columns.report_count(matched)
            kind = category + (" +region" if filtered else "")
            timings.setdefault(kind, []).append((time.perf_counter() - t0) * 1000)
            cpu.setdefault(kind, []).append((time.process_time() - c0) * 1000)

    def summary(values: list[float]) -> dict[str, float]:
        ordered = sorted(values)
        return {"n": len(values), "p50_ms": round(statistics.median(ordered), 2),
                "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 2), "max_ms": round(ordered[-1], 2)}

    added = store.count() - before
    print(json.dumps({"paragraphs": store.count(), "added": added, "build_s": round(build_s, 1),
                      "insert_ms_per_paragraph": round(build_s * 1000 / added, 2) if added else None,
                      "slot_map_load_ms": round(map_ms, 1),
                      "all": summary([ms for values in timings.values() for ms in values]),
                      "by_kind": {k: summary(v) for k, v in timings.items()},
                      "cpu": {"all": summary([ms for values in cpu.values() for ms in values]),
                              "by_kind": {k: summary(v) for k, v in cpu.items()}}}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
