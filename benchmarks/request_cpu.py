"""Server time per request of each page in the load mix, in one process (no HTTP, no contention).

    python benchmarks/request_cpu.py --data /tmp/kg-l/data [--repeat 5] [--prewarm] [--profile ask [--cold]]

Why: under load, latency is per-request CPU times queueing; measuring each URL of
``benchmarks/load.py``'s mix alone with Flask's test client on a warm app says which pages to
make cheaper before spending the cores on a load run. Printed per kind: the median over its
URLs of each URL's median wall and CPU time, and its slowest URL by CPU, then the same of each URL's
first request ("cold": what a fresh worker or a new index generation pays before its caches are
filled; the server's start-up warming runs first, as in ``kg serve``, and with ``--prewarm`` also
what a worker process reads ahead in the background, ``Corpus.prewarm``). ``--profile KIND`` runs
that kind's URLs under cProfile (``--cold``: their first requests) and prints the top functions
by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.load import urls  # noqa: E402
from kg.config import Settings  # noqa: E402


def request(client, url: str) -> tuple[float, float]:
    """Wall and CPU milliseconds of one request. CPU time is this process's (the graph server's is
    not counted): on shared cores it is the steadier figure."""
    start, start_cpu = time.perf_counter(), time.process_time()
    assert client.get(url).status_code == 200, url
    return (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000


def timed(client, url: str, repeat: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """The first request's wall and CPU milliseconds (it fills per-generation caches), and the
    medians of ``repeat`` requests after it."""
    cold = request(client, url)
    warm = [request(client, url) for _ in range(repeat)]
    return cold, (statistics.median(t[0] for t in warm), statistics.median(t[1] for t in warm))


def line(kind: str, times: dict[str, tuple[float, float]]) -> str:
    """One row of the table: median wall and CPU over the URLs, and the slowest URL by CPU."""
    slowest = max(times, key=lambda url: times[url][1])
    return (f"{kind:<8} {len(times):>4} {statistics.median(t[0] for t in times.values()):>8.1f} "
            f"{statistics.median(t[1] for t in times.values()):>7.1f} {times[slowest][1]:>15.1f}  "
            f"{urllib.parse.unquote(slowest)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--profile", choices=("search", "ask", "entity", "region"))
    parser.add_argument("--cold", action="store_true", help="profile the first request of each URL")
    parser.add_argument("--prewarm", action="store_true", help="read ahead as a worker process does first")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    from web import create_app

    app = create_app(Settings.from_env({"KG_DATA_DIR": str(args.data)}))
    app.extensions["kg_corpus"].warm()
    if args.prewarm:
        app.extensions["kg_corpus"].prewarm()
    client = app.test_client()
    mix = urls(args.data)
    if args.profile:
        if not args.cold:
            for url in mix[args.profile]:
                client.get(url)  # caches filled first: the profile shows a warm request
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(1 if args.cold else args.repeat):
            for url in mix[args.profile]:
                client.get(url)
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
        return
    header = f"{'kind':<8} {'urls':>4} {'wall ms':>8} {'cpu ms':>7} {'slowest cpu ms':>15}  slowest url"
    measured = {kind: {url: timed(client, url, args.repeat) for url in kind_urls} for kind, kind_urls in mix.items()}
    for title, which in (("warm (after the first request of each URL)", 1), ("cold (first request of each URL)", 0)):
        print(f"{title}\n{header}")
        for kind, times in measured.items():
            print(line(kind, {url: pair[which] for url, pair in times.items()}))


if __name__ == "__main__":
    main()
