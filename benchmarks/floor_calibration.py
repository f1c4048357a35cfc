"""Calibrate the search floor (search/matching.py FLOOR) on questions with and without answers.

For each query, the top hybrid candidates that share no query word are split into
relevant (the text contains one of the question's ``answers``) and irrelevant; queries
whose answer is "nothing" (``--negatives``: terms no paragraph contains, checked here)
contribute only irrelevant ones. For each candidate floor the script prints how many
relevant no-shared-word paragraphs it keeps and how many irrelevant ones it lets through.

    KG_DATA_DIR=... python benchmarks/floor_calibration.py --questions ../shared/eval/dev_questions.jsonl \
        --questions tests/corpus/hard_questions.jsonl --negatives 碳达峰 首违不罚 ...
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kg.config import Settings
from search.evaluate import load_questions
from search.index import CANDIDATES, SearchIndex
from search.matching import query_words


def candidates(index: SearchIndex, text: str) -> list[tuple[str, float]]:
    """(paragraph text, cosine) of the hybrid candidates sharing no query word."""
    encoder = index._query_encoder()
    vector = encoder.encode([text])[0]
    vectors = index.vectors(encoder.dim)
    words = query_words(index, text)
    ranked = index.rank(text, "hybrid", CANDIDATES, None)
    rows = index.docstore.rows([vid for vid, _ in ranked])
    out = []
    for vid, _ in ranked[:20]:  # what a first and second page would show
        row, stored = rows.get(vid), vectors.vector(vid)
        if row and stored is not None and not any(w in row["text"].lower() for w in words):
            out.append((row["text"], float(stored @ vector)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=Path, action="append", default=[])
    parser.add_argument("--negatives", nargs="*", default=[])
    args = parser.parse_args()
    settings = Settings.from_env()
    index = SearchIndex(settings.data_dir, settings.embed_model, say=lambda _m: None)
    relevant, irrelevant = [], []
    for q in (q for path in args.questions for q in load_questions(path)):
        for text, cos in candidates(index, q["question"]):
            (relevant if any(a in text for a in q["answers"]) else irrelevant).append(cos)
    negatives = [t for t in args.negatives if index.search(t, 1).to_dict().get("match_count") == 0]
    for term in negatives:
        irrelevant += [cos for _, cos in candidates(index, term)]
    report = {"negatives_used": negatives, "relevant": len(relevant), "irrelevant": len(irrelevant), "floors": []}
    for floor in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        report["floors"].append({"floor": floor, "relevant_kept": sum(c >= floor for c in relevant),
                                 "irrelevant_kept": sum(c >= floor for c in irrelevant)})
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
