"""Search quality on the dev questions (samples/) and on the hard set (samples/ plus the genre
corpus in tests/corpus/genre, paraphrased questions in tests/corpus/hard_questions.jsonl):
MRR@10, nDCG@10 and recall@10 for lexical, dense and hybrid beside plain BM25, in one run.

    python benchmarks/search_eval.py [--dev ../shared/eval/dev_questions.jsonl] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.pipeline import ingest  # noqa: E402
from search.evaluate import evaluate, load_questions  # noqa: E402
from search.index import SearchIndex  # noqa: E402


def build(folders: list[Path], data_dir: Path, model: str | None) -> SearchIndex:
    index = SearchIndex(data_dir, model, say=lambda msg: print(msg, file=sys.stderr))
    ingest(folders, write=index.add_document, max_bytes=10**8)
    index.sync(progress=False)
    return index


def table(name: str, result: dict) -> str:
    lines = [f"{name}: {result['questions']} questions",
             f"  {'ranker':<11}{'MRR@10':>9}{'nDCG@10':>9}{'R@10':>8}"]
    for ranker, scores in result["means"].items():
        lines.append(f"  {ranker:<11}{scores['mrr@10']:>9.3f}{scores['ndcg@10']:>9.3f}{scores['recall@10']:>8.3f}")
    base = result["means"]["bm25_plain"]["ndcg@10"]
    hybrid = result["means"]["hybrid"]["ndcg@10"]
    lines.append(f"  hybrid / plain BM25 nDCG@10 = {hybrid / base:.3f}" if base else "  plain BM25 found nothing")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=REPO.parent / "shared/eval/dev_questions.jsonl")
    parser.add_argument("--hard", type=Path, default=REPO / "tests/corpus/hard_questions.jsonl")
    parser.add_argument("--model", help="KG_EMBED_MODEL to evaluate (default: the trained fallback)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.dev.exists():
            dev = build([REPO / "samples"], Path(tmp) / "dev", args.model)
            results["dev"] = evaluate(dev, load_questions(args.dev))
        hard = build([REPO / "samples", REPO / "tests/corpus/genre"], Path(tmp) / "hard", args.model)
        results["hard"] = evaluate(hard, load_questions(args.hard))
        results["model"] = hard.info()["model"]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    print(f"embedding model: {results['model']}")
    for name in ("dev", "hard"):
        if name in results:
            print(table(name, results[name]))


if __name__ == "__main__":
    main()
