"""Server time of the pages whose work grows with the corpus, on an existing data directory.

    KG_DATA_DIR=/tmp/kg-e/data python benchmarks/store_pages.py [--repeat 7]

Build such a directory first, e.g. 300 generated reports (benchmarks/corpus.py) ingested with
``kg ingest``. Measured: the page of the most-cited regulation, of the province and of the county
with most reports, and /ask for a few questions, each the median of ``--repeat`` requests
beside the first (uncached) one, after one search that loads the indexes and models, through
Flask's test client (routing, graph, search, templates),
one request at a time. Uses only the app and its URLs, so the same script measures any
version of kg.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.config import Settings  # noqa: E402

QUESTIONS = ("哪些县聘请了律师事务所担任法律顾问?", "2021年各地行政复议纠错率是多少?",
             "怎样减少对守法企业的重复检查?", "哪些地区引用了法治政府建设实施纲要?")


def timed(client, url: str, repeat: int) -> tuple[float, float]:
    """The first request's time (nothing of this page cached yet) and the median of the next."""
    times = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times[0], statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from web import create_app

    app = create_app(Settings.from_env())
    client = app.test_client()
    assert client.get("/search?q=法治政府").status_code == 200  # loads indexes, dictionary and model
    home = client.get("/.json").get_json()
    regulation = home["regulations"][0]
    counties = [g for g in home["regions"] if g["level"] == "county"]
    provinces = [g for g in home["regions"] if g["level"] == "province"]
    urls = [f"/entities/regulation/{regulation['name']}"]
    urls += [f"/regions/{g[0]['id']}" for g in (provinces, counties) if g]
    urls += [f"/ask?q={q}" for q in QUESTIONS]
    print(f"{home['stats']['reports']} reports, {home['stats']['paragraphs']} paragraphs; most cited regulation: "
          f"{regulation['name']} ({regulation['paragraphs']} paragraphs); median of {args.repeat} requests")
    print("   first    median")
    for url in urls:
        first, median = timed(client, url, args.repeat)
        print(f"  {first:7.1f} {median:8.1f} ms  {url}")


if __name__ == "__main__":
    main()
