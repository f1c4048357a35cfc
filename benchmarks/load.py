"""Bounded load on `kg serve` (127.0.0.1 only): throughput, p50/p95/p99 and errors.

    python benchmarks/load.py --data /tmp/kg-scale/data --clients 8,32 --seconds 30

Serves the store at ``--data`` twice in one run, as a user starts it: the baseline with one
process (`kg serve --workers 0`, waitress, four threads: the server before worker processes)
and with worker processes (`kg serve`, gunicorn, ``--workers``). For each, ``--clients``
concurrent clients request a fixed mix (search, ask, entity and region pages, their JSON twins)
for ``--seconds`` seconds each, at most ``--max-requests`` requests in all, once the workers have
finished reading ahead (``/healthz``'s ``warming``) and a short warm-up; every request goes
to 127.0.0.1 and the script stops by itself. Printed: requests/s, latency percentiles, errors
(status other than 200 or a failed connection), per kind of page, and the ratio of throughput
with workers to the baseline.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
QUERIES = ["行政复议", "法律顾问", "行政执法三项制度", "证明事项告知承诺制", "规范性文件备案审查", "府院联动",
           "负责人出庭应诉", "包容审慎监管", "公共法律服务", "综合行政执法", "重大行政决策 合法性审查",
           "法治督察", "\"行政争议实质性化解\"", "怎样推进严格规范公正文明执法", "政务公开 -疫情", "法治宣传教育"]
QUESTIONS = ["哪些县聘请了律师事务所担任法律顾问?", "怎样减少对守法企业的重复检查", "行政复议案件有多少件?",
             "哪些地方推行了行政执法三项制度？", "2021年行政复议纠错率是多少?", "各地如何开展法治督察？",
             "收到、受理、审结的行政复议案件各多少件？", "哪些县建立了府院联动机制?"]
PAGES_PER_KIND = 40  # entity and region pages: the most cited regulations, the first regions


def urls(data_dir: Path) -> dict[str, list[str]]:
    """The request mix, per kind, from what the store holds."""
    sys.path.insert(0, str(REPO))
    from search.docstore import DocStore

    store = DocStore(data_dir / "search" / "paragraphs.sqlite")
    regions = [r for r in store.regions()[:PAGES_PER_KIND] if r]
    regulations = [row[0] for row in store.db.execute(
        "SELECT name FROM entities WHERE type = 'REGULATION' GROUP BY name ORDER BY count(*) DESC LIMIT ?",
        (PAGES_PER_KIND,))]
    store.close()
    quote = urllib.parse.quote
    return {
        "search": [f"/search?q={quote(q)}" for q in QUERIES] + [f"/search.json?q={quote(q)}" for q in QUERIES],
        "ask": [f"/ask.json?q={quote(q)}" for q in QUESTIONS],
        "entity": [f"/entities/regulation/{quote(name)}" for name in regulations],
        "region": [f"/regions/{quote(name)}" for name in regions],
    }


def start_server(data_dir: Path, port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", str(port), "--workers", str(workers)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=5)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError(f"the server did not come up: {proc.stderr.read().decode()[-2000:]}")


def wait_until_warm(port: int, answers: int, seconds: float = 300) -> float:
    """Poll /healthz on fresh connections until ``answers`` in a row say their worker has finished
    reading ahead (``warming`` false), so that the load measures the server in its steady state;
    the seconds waited. A new connection goes to whichever worker accepts it first, so several
    answers in a row are needed to have heard from each."""
    started = time.monotonic()
    in_a_row = 0
    while in_a_row < answers and time.monotonic() - started < seconds:
        conn = http.client.HTTPConnection(HOST, port, timeout=30)
        conn.request("GET", "/healthz")
        warming = json.loads(conn.getresponse().read()).get("warming", False)
        conn.close()
        in_a_row = 0 if warming else in_a_row + 1
        time.sleep(0.2 if warming else 0.05)
    return time.monotonic() - started


def stop_server(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def run_load(port: int, mix: dict[str, list[str]], clients: int, seconds: float, max_requests: int,
             only: str | None = None) -> dict[str, list[tuple[float, bool]]]:
    """``clients`` threads requesting the mix until time or the request budget runs out."""
    results: dict[str, list[tuple[float, bool]]] = {kind: [] for kind in mix}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    budget = [max_requests]
    plan = [kind for kind, weight in (("search", 5), ("ask", 2), ("entity", 2), ("region", 1))
            for _ in range(weight) if only in (None, kind)]

    def client(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                if budget[0] <= 0:
                    return
                budget[0] -= 1
            kind = rng.choice(plan)
            if not mix[kind]:
                continue
            start = time.perf_counter()
            try:
                conn.request("GET", rng.choice(mix[kind]))
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=60)
            with lock:
                results[kind].append(((time.perf_counter() - start) * 1000, ok))

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def summary(results: dict[str, list[tuple[float, bool]]], seconds: float) -> dict[str, dict[str, float]]:
    out = {}
    everything = [r for rows in results.values() for r in rows]
    for kind, rows in [*results.items(), ("all", everything)]:
        times = sorted(t for t, _ in rows)
        if not times:
            continue
        pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
        out[kind] = {"requests": len(times), "rps": len(times) / seconds, "p50": statistics.median(times),
                     "p95": pick(0.95), "p99": pick(0.99), "errors": sum(not ok for _, ok in rows)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--clients", default="8,32")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--port", type=int, default=5077)
    parser.add_argument("--only", choices=("search", "ask", "entity", "region"), help="one kind of page only")
    args = parser.parse_args()
    mix = urls(args.data)
    table = {}
    for label, workers in (("baseline: one process (waitress)", 0), (f"{args.workers} worker processes", args.workers)):
        proc = start_server(args.data, args.port, workers)
        try:
            waited = wait_until_warm(args.port, 4 * max(1, workers))
            print(label, f"read ahead for {waited:.0f} s after start-up", flush=True)
            run_load(args.port, mix, 4, 5, 200)  # warm every worker's caches
            for clients in (int(c) for c in args.clients.split(",")):
                started = time.monotonic()
                results = run_load(args.port, mix, clients, args.seconds, args.max_requests, args.only)
                table[(label, clients)] = summary(results, time.monotonic() - started)
                print(label, clients, json.dumps(table[(label, clients)], ensure_ascii=False), flush=True)
        finally:
            stop_server(proc)
    print(f"\n{'server':<34} {'clients':>7} {'kind':<7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for (label, clients), rows in table.items():
        for kind, row in rows.items():
            print(f"{label:<34} {clients:>7} {kind:<7} {row['rps']:>7.1f} {row['p50']:>8.0f} {row['p95']:>8.0f} "
                  f"{row['p99']:>8.0f} {row['errors']:>6}")
    for clients in (int(c) for c in args.clients.split(",")):
        base = table[("baseline: one process (waitress)", clients)]
        new = table[(f"{args.workers} worker processes", clients)]
        for kind in ("search", "all"):
            if kind in base and kind in new:
                print(f"{clients} clients, {kind}: {new[kind]['rps'] / base[kind]['rps']:.2f}x the baseline's "
                      f"throughput; p95 {new[kind]['p95']:.0f} ms vs {base[kind]['p95']:.0f} ms")


if __name__ == "__main__":
    main()
