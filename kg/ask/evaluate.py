"""Question answering quality: evidence recall@10, exact answers, interpretation accuracy.

Question files are JSONL: ``question``, ``answers`` (an evidence paragraph is relevant
when it contains one), optional ``kind`` and ``expect`` with any of ``regions`` and
``years`` (the interpretation), ``entities``, ``value``/``unit`` (numeric answers) and
``answer_regions`` (the exact set a which-regions answer must list from graph facts).

Answer sets (../shared/eval/dev_answers.jsonl) are scored by ``score_answer_sets``:
``which_regions`` records give the complete ``regions`` (``[]``: the answer must name
none), ``numeric`` records every asked ``values`` as written (number + unit).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ingest.clean import for_matching
from kg.ask.answer import Answerer, said_value
from kg.ask.understand import KINDS

K = 10


def _ratio(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def evaluate(answerer: Answerer, questions: list[dict[str, Any]]) -> dict[str, Any]:
    """Both kinds of question file in one report: evidence questions and answer sets."""
    answer_sets = [q for q in questions if "answers" not in q and ("regions" in q or "values" in q)]
    report = evaluate_evidence(answerer, [q for q in questions if q not in answer_sets])
    if answer_sets:
        report["answer_sets"] = score_answer_sets(answerer, answer_sets)
    report["absent_regions"] = absent_regions(answerer, questions)
    return report


def absent_regions(answerer: Answerer, questions: list[dict[str, Any]]) -> list[str]:
    """The regions the questions expect in answers that no report of the store is issued by: the
    scores then measure a store other than the questions were written on (the default questions
    need samples/ and tests/corpus/genre ingested), not the answers."""
    expected = {region for q in questions
                for region in (*q.get("regions", ()), *q.get("expect", {}).get("answer_regions", ()))}
    return sorted(expected - set(answerer.index.docstore.regions()))


def missing_values(answer: str, values: list[str]) -> list[str]:
    """The asked ``values`` an answer does not state as often as they are asked (two parts of 16件 need it twice)."""
    return [v for v in dict.fromkeys(values) if answer.count(v) < values.count(v)]


def ungiven_values(facts: list[dict[str, Any]], values: list[str]) -> list[str]:
    """The asked ``values`` that no part of the answer gives as its figure. Stricter than :func:`missing_values`,
    which the sentence quoted as one part's evidence can satisfy for another: 13个 given for the 25个 asked, quoting
    "提出的25个问题现场交办2个县市区和13个责任部门", states 25个 without answering it."""
    given = Counter(_as_compared(said_value(f)) for f in facts if f.get("kind") == "STATES")
    ungiven = []
    for value in values:
        if given[_as_compared(value)] > 0:
            given[_as_compared(value)] -= 1
        else:
            ungiven.append(value)
    return ungiven


def _as_compared(value: str) -> str:
    """A value as written, in simplified script, without spaces and with one kind of dash (13 个, 35項, 2021-2025年)."""
    return re.sub(r"[-－~～至]", "—", for_matching(value).replace(" ", ""))


def score_answer_sets(answerer: Answerer, questions: list[dict[str, Any]]) -> dict[str, Any]:
    """Region precision and recall (micro, over every listed region), negatives answered without
    naming a region, numerics whose answer states every asked value (as often as asked) and, stricter, those whose
    parts are given every asked value as their figures."""
    corpus_regions = set(answerer.index.docstore.regions())
    listed_total = listed_right = gold_total = negatives = silent = numerics = complete = given = 0
    rows = []
    for q in questions:
        result = answerer.ask(q["question"], K)
        row: dict[str, Any] = {"qid": q.get("qid"), "kind": q["kind"], "answer": result.answer}
        if q["kind"] == "which_regions":
            listed = {f["region"] for f in result.facts if f.get("region")}
            gold = set(q["regions"])
            listed_total += len(listed)
            listed_right += len(listed & gold)
            gold_total += len(gold)
            row.update(listed=sorted(listed), missing=sorted(gold - listed), wrong=sorted(listed - gold))
            if not gold:
                negatives += 1
                named = sorted(r for r in corpus_regions if r in result.answer)
                row["silent"] = not listed and not named
                silent += row["silent"]
        elif q["kind"] == "numeric":
            numerics += 1
            missing = missing_values(result.answer, q["values"])
            ungiven = ungiven_values(result.facts, q["values"])
            row.update(missing_values=missing, complete=not missing, ungiven_values=ungiven, given=not ungiven)
            complete += not missing
            given += not ungiven
        rows.append(row)
    return {"questions": len(questions), "region_precision": _ratio(listed_right, listed_total) if listed_total else 1.0,
            "region_recall": _ratio(listed_right, gold_total) if gold_total else 1.0,
            "negatives": negatives, "negatives_silent": _ratio(silent, negatives),
            "numerics": numerics, "numerics_complete": _ratio(complete, numerics),
            "numerics_given": _ratio(given, numerics), "per_question": rows}


def evaluate_evidence(answerer: Answerer, questions: list[dict[str, Any]]) -> dict[str, Any]:
    evidence_hits = exact_hits = exact_total = interp_hits = interp_total = 0
    rows = []
    for q in questions:
        result = answerer.ask(q["question"], K)
        expect = q.get("expect", {})
        texts = [h["text"] for h in result.evidence[:K]]
        evidence_ok = any(a in t for a in q["answers"] for t in texts)
        evidence_hits += evidence_ok
        it = result.interpretation
        checks = {"kind": it.kind == q["kind"]} if q.get("kind") in KINDS else {}  # other label sets are skipped
        if "regions" in expect:
            checks["regions"] = [r["name"] for r in it.regions] == expect["regions"]
        if "years" in expect:
            checks["years"] = it.years == expect["years"]
        if "entities" in expect:
            checks["entities"] = sorted(e["name"] for e in it.entities) == sorted(expect["entities"])
        interp_ok = all(checks.values())
        interp_total += 1
        interp_hits += interp_ok
        exact_ok = None
        if "value" in expect:
            fact = result.facts[0] if result.facts else {}
            exact_ok = fact.get("value") is not None and abs(float(fact["value"]) - expect["value"]) < 1e-9 \
                and ("unit" not in expect or fact.get("unit") == expect["unit"])
        elif "answer_regions" in expect:
            stated = {f["region"] for f in result.facts if f.get("kind") != "RETRIEVED" and f.get("region")}
            exact_ok = stated == set(expect["answer_regions"])
        if exact_ok is not None:
            exact_total += 1
            exact_hits += exact_ok
        rows.append({"qid": q.get("qid"), "evidence": evidence_ok, "exact": exact_ok,
                     "interpretation": interp_ok, "failed_checks": [k for k, ok in checks.items() if not ok],
                     "answer": result.answer})
    return {"questions": len(questions), "evidence_recall@10": _ratio(evidence_hits, len(questions)),
            "exact_answers": _ratio(exact_hits, exact_total), "exact_total": exact_total,
            "interpretation_accuracy": _ratio(interp_hits, interp_total), "per_question": rows}
