"""Integrity of the held-out answer set over unseen set D (data only; kg is never run here).

A held-out set is only worth scoring if its answers are grounded: every region it names is a
gold region of the set, and every numeric value is written, as given, in the report of the
region and year the question names. These checks keep a typo in the data from being counted
as a kg error.
"""

import json
from pathlib import Path
from typing import Any

import pytest

UNSEEN = Path(__file__).parent / "corpus" / "unseen"
ANSWERS = UNSEEN / "answer_sets_d.jsonl"
GOLD = UNSEEN / "gold_d.json"


def _questions() -> list[dict[str, Any]]:
    """Each line parsed as JSON (a malformed line fails here, naming its number)."""
    lines = ANSWERS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _documents() -> list[dict[str, Any]]:
    """Gold documents of set D with their report text attached."""
    documents = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    for document in documents:
        document["text"] = (UNSEEN / "reports" / document["doc"]).read_text(encoding="utf-8")
    return documents


def _named_report(question: str, documents: list[dict[str, Any]]) -> dict[str, Any]:
    """The one report whose year and region (its first two characters suffice) the question names."""
    named = [d for d in documents if f"{d['year']}年" in question and d["region"][:2] in question]
    assert len(named) == 1, f"question must name exactly one report's region and year: {question}"
    return named[0]


def test_lines_have_the_answer_set_shape() -> None:
    questions = _questions()
    assert len({q["qid"] for q in questions}) == len(questions)
    for question in questions:
        assert question["kind"] in {"which_regions", "numeric"}, question
        answer_field = "regions" if question["kind"] == "which_regions" else "values"
        assert set(question) == {"qid", "kind", "question", answer_field}, question


def test_listed_regions_are_gold_regions_of_set_d() -> None:
    regions = {document["region"] for document in _documents()}
    for question in _questions():
        if question["kind"] == "which_regions":
            assert set(question["regions"]) <= regions, question
            assert len(set(question["regions"])) == len(question["regions"]), question


@pytest.mark.parametrize("question", [q for q in _questions() if q["kind"] == "numeric"], ids=lambda q: q["qid"])
def test_numeric_values_are_written_in_the_named_report(question: dict[str, Any]) -> None:
    report = _named_report(question["question"], _documents())
    assert len(question["values"]) >= 2, "a multi-part question asks for two or more quantities"
    for value in question["values"]:
        assert value in report["text"], f"{value} not in {report['doc']}"
