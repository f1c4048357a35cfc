"""Server time of every web page on the samples, and of the search page on a 100k-paragraph index.

    python benchmarks/page_speed.py [--large 100000] [--repeat 7]

Times are taken around Flask's test client (the whole server side: routing, graph queries,
search, templates), medians of ``--repeat`` requests after one warm-up request. The baseline
printed beside each page is /healthz, measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.search_speed import build, train_model  # noqa: E402
from kg.config import Settings  # noqa: E402
from kg.corpus import ingest_into  # noqa: E402
from search.tokens import SearchTokenizer  # noqa: E402
from benchmarks.corpus import sample_sentences  # noqa: E402

TARGET_MS = {"samples": 200, "large search": 300}


def timed(client, url: str, repeat: int) -> float:
    assert client.get(url).status_code == 200, url
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def sample_app(data_dir: Path):
    from web import create_app

    app = create_app(Settings.from_env({"KG_DATA_DIR": str(data_dir), "KG_GRAPH_LINGER_S": "0"}))
    store, index = app.extensions["kg_corpus"].store, app.extensions["kg_corpus"].index

    ingest_into(store, index, [REPO / "samples"], 10**8)
    index.warm()
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = sample_app(Path(tmp) / "samples")
        client = app.test_client()
        hit = client.get("/search.json?q=法律顾问&region=始兴县").get_json()["hits"][0]
        pages = ["/healthz", "/", "/search?q=法律顾问", "/search?q=怎样减少对守法企业的重复检查&province=广东",
                 "/ask?q=哪些县聘请了律师事务所担任法律顾问?", "/ask?q=2021年各地行政复议纠错率是多少?",
                 f"/reports/{hit['report_id']}", f"/paragraphs/{hit['paragraph_id']}",
                 "/entities/regulation/党政主要负责人履行推进法治建设第一责任人职责规定", "/regions/440222",
                 "/regions/440000", "/compare?regions=始兴县,阜康市,宝应县", "/graph/region/440222", "/ingest"]
        results = {url: timed(client, url, args.repeat) for url in pages}
        baseline = results["/healthz"]
        print(f"samples (5 reports): median server time of {args.repeat} requests; baseline /healthz {baseline:.1f} ms")
        for url, ms in results.items():
            flag = "ok" if ms <= TARGET_MS["samples"] else "OVER 200 ms"
            print(f"  {ms:7.1f} ms  {ms / baseline:6.1f}x  {flag:<11} {url}")
        app.extensions["kg_corpus"].store.close()

        model = train_model(Path(tmp))
        sentences = sample_sentences()
        tokenizer = SearchTokenizer()
        large_dir = Path(tmp) / "samples"  # same graph, search index replaced by the large one
        import shutil
        shutil.rmtree(large_dir / "search")
        build(args.large, large_dir, model, sentences, [tokenizer.tokenize(s) for s in sentences])
        from web import create_app

        app = create_app(Settings.from_env({"KG_DATA_DIR": str(large_dir), "KG_EMBED_MODEL": model, "KG_GRAPH_LINGER_S": "0"}))
        app.extensions["kg_corpus"].index.warm()
        client = app.test_client()
        print(f"search page on {args.large} paragraphs (median of {args.repeat}):")
        for url in ("/search?q=法律顾问", "/search?q=怎样减少对守法企业的重复检查", "/search?q=行政复议&province=广东省",
                    "/search?q=行政复议&mode=lexical", "/search?q=行政复议&mode=dense"):
            ms = timed(client, url, args.repeat)
            print(f"  {ms:7.1f} ms  {'ok' if ms <= TARGET_MS['large search'] else 'OVER 300 ms':<11} {url}")
        app.extensions["kg_corpus"].store.close()


if __name__ == "__main__":
    main()
