"""Which-regions answers at a corpus many times a set's size: every unseen set in one store.

Why: each answer set of tests/corpus/unseen is scored on a store of its own 12 reports
(scripts/eval_unseen_answers.sh), but a researcher loads hundreds. A rule that holds a
practice's key words to a fixed count of chance meetings, say, finds fewer of them the more
paragraphs there are. Here all the sets' reports are ingested together and each set's
which-regions and numeric questions are asked over all of them; a which-regions answer is
scored on the facts from that set's own reports only (its gold says nothing of the others'),
so the figures compare with the per-set ones. Negatives count as silent when nothing from the
set's reports is listed; a numeric answer is complete when it states every asked value.

    python -m benchmarks.answers_at_scale                 # ingests into a fresh temporary store
    python -m benchmarks.answers_at_scale --store DIR     # DIR: a store of tests/corpus/unseen/reports
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

UNSEEN = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "unseen"


def set_questions() -> dict[str, tuple[tuple[str, ...], list[dict]]]:
    """Each answer set's name, the file prefixes of its reports, and its which-regions and numeric questions."""
    from search.evaluate import load_questions

    sets = {}
    for path in sorted(UNSEEN.glob("answer_sets*.jsonl")):
        name = path.stem.removeprefix("answer_sets").lstrip("_") or "ab"
        sets[name] = (tuple(name), [q for q in load_questions(path) if q["kind"] in ("which_regions", "numeric")])
    return sets


def score(store_dir: Path) -> dict[str, dict]:
    """Per set: region precision and recall over its own reports' facts, negatives left silent, and numerics
    whose answer states every asked value (as kg eval ask scores them: a numeric question names its region)."""
    from kg.ask.answer import Answerer
    from kg.ask.evaluate import K, missing_values
    from kg.config import Settings
    from kg.store import open_store
    from search.index import SearchIndex

    store = open_store(Settings.from_env({"KG_DATA_DIR": str(store_dir), "KG_GRAPH_LINGER_S": "0"}))
    index = SearchIndex(store_dir, None, say=lambda _m: None)
    try:
        answerer = Answerer(store, index)
        source = {row["id"]: row["source"] or "" for row in index.docstore.rows(index.columns().vids.tolist(),
                                                                                 ("id", "source")).values()}
        results = {}
        for name, (prefixes, questions) in set_questions().items():
            right = listed = expected = negatives = silent = numerics = complete = 0
            for question in questions:
                answer = answerer.ask(question["question"], K)
                if question["kind"] == "numeric":
                    numerics += 1
                    complete += not missing_values(answer.answer, question["values"])
                    continue
                facts = answer.facts
                regions = {f["region"] for f in facts if f.get("region")
                           and source.get(f.get("paragraph_id") or "", "?")[:1] in prefixes}
                gold = set(question["regions"])
                right, listed, expected = right + len(regions & gold), listed + len(regions), expected + len(gold)
                if not gold:
                    negatives, silent = negatives + 1, silent + (not regions)
            results[name] = {"precision": round(right / listed, 3) if listed else 1.0,
                             "recall": round(right / expected, 3) if expected else 1.0,
                             "negatives_silent": f"{silent}/{negatives}", "numerics_complete": f"{complete}/{numerics}"}
        return results
    finally:
        index.close()
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a store already holding tests/corpus/unseen/reports")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = args.store or Path(tmp) / "store"
        if args.store is None:
            subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(UNSEEN / "reports"), "--json"],
                           env={**os.environ, "KG_DATA_DIR": str(store_dir)},
                           check=True, stdout=subprocess.DEVNULL)
        results = score(store_dir)
    for name, row in results.items():
        print(f"{name:>3}  precision {row['precision']:.3f}  recall {row['recall']:.3f}  "
              f"negatives silent {row['negatives_silent']}  numerics complete {row['numerics_complete']}")
    macro = {k: sum(r[k] for r in results.values()) / len(results) for k in ("precision", "recall")}
    print(f"macro over {len(results)} sets: precision {macro['precision']:.3f}  recall {macro['recall']:.3f}")


if __name__ == "__main__":
    main()
