"""Integrity of the held-out answer sets over unseen sets D to I (data only; kg is never run here).

A held-out set is only worth scoring if its answers are grounded: every region it names is a
gold region of the set, and every numeric value is written, as given, in the report of the
region and year the question names. These checks keep a typo in the data from being counted
as a kg error. The gold file of a set may be committed after its answer set; the checks that
need it are skipped until it exists, so they start guarding the set as soon as it lands.
"""

import json
import re
from typing import Any

import pytest

from tests.support import UNSEEN, gold_documents, unseen_sets

SETS = unseen_sets("answer_sets_{x}.jsonl")


def _questions(name: str) -> list[dict[str, Any]]:
    """Each line of set ``name``'s answer set parsed as JSON (a malformed line fails here)."""
    lines = (UNSEEN / f"answer_sets_{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _named_reports(question: str, documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The reports of the year and region the question names: its first two characters suffice, and
    an autonomous prefecture goes by its first character and level word too (巴州 for 巴音郭楞蒙古自治州). An
    undated report (year null, u05) is named by its region in a question naming no year. A region may have
    two reports of one year (v06, its government's, and v07, its 司法局's)."""
    named = [d for d in documents
             if (f"{d['year']}年" in question if d["year"] else re.search(r"\d{4}年", question) is None)
             and (d["region"][:2] in question or d["region"][0] + d["region"][-1] in question)]
    assert named, f"question must name a report's region and year: {question}"
    return named


def _numeric_cases() -> list[tuple[str, dict[str, Any]]]:
    """(set, question) for every numeric question of every set, so each is reported by its qid."""
    return [(name, q) for name in SETS for q in _questions(name) if q["kind"] == "numeric"]


@pytest.mark.parametrize("name", SETS)
def test_lines_have_the_answer_set_shape(name: str) -> None:
    questions = _questions(name)
    assert len({q["qid"] for q in questions}) == len(questions)
    for question in questions:
        assert question["kind"] in {"which_regions", "numeric"}, question
        answer_field = "regions" if question["kind"] == "which_regions" else "values"
        assert set(question) == {"qid", "kind", "question", answer_field}, question


@pytest.mark.parametrize("name", SETS)
def test_listed_regions_are_gold_regions_of_the_set(name: str) -> None:
    regions = {document["region"] for document in gold_documents(name)}
    for question in _questions(name):
        if question["kind"] == "which_regions":
            assert set(question["regions"]) <= regions, question
            assert len(set(question["regions"])) == len(question["regions"]), question


@pytest.mark.parametrize(
    ("name", "question"), _numeric_cases(), ids=lambda case: case if isinstance(case, str) else case["qid"]
)
def test_numeric_values_are_written_in_the_named_report(name: str, question: dict[str, Any]) -> None:
    reports = _named_reports(question["question"], gold_documents(name))
    assert len(question["values"]) >= 2, "a multi-part question asks for two or more quantities"
    assert any(all(value in report["text"] for value in question["values"]) for report in reports), (
        f"{question['values']} not all in one of {[report['doc'] for report in reports]}")
