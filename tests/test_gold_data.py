"""Integrity of the hand-made gold of the unseen report sets (data only; kg is never run here).

A gold file is scored as written: an offset one character off, a `unique` key its entities do not
produce or an alias pointing nowhere would be counted as a kg error. These checks hold the gold to
the conventions of tests/corpus/eval/README.md, so a slip in the data fails here instead.
"""

import re
from pathlib import Path
from typing import Any

import pytest

from ingest.clean import for_matching
from tests.support import UNSEEN, gold_documents, unseen_sets

INDICATORS = Path(__file__).parent.parent / "ingest" / "extract" / "indicators.tsv"
# Sets A to E were annotated before these conventions (no nested flags, no published dates).
SETS = unseen_sets("gold_{x}.json", since="f")
SCORED_TYPES = ("REGULATION", "AGENCY", "LAW_FIRM", "REGION", "INITIATIVE", "METRIC", "SLOGAN")
DOC_TYPES = {"annual_report", "work_plan", "summary", "article"}
# Levels of the issuing body (a department files under its region's kind; a banner 旗 is a county).
ISSUER_KINDS = {"province", "prefecture", "county", "district", "autonomous", "development_zone", "township"}
QUALIFIERS = {None, "approx", "at_least", "at_most"}
# Entity types whose surface text is an accepted name of its key (AGENCY's is its `resolved` name).
SURFACE_ALIAS_TYPES = {"REGULATION", "REGION", "INITIATIVE", "SLOGAN"}


def _key(entity: dict[str, Any]) -> str:
    """The dedup key README gives: a METRIC's text, else canonical, else resolved, else text."""
    if entity["type"] == "METRIC":
        return entity["text"]
    return entity.get("canonical") or entity.get("resolved") or entity["text"]


KeysByType = dict[str, set[str]]


def _derived(document: dict[str, Any]) -> tuple[KeysByType, KeysByType, dict[str, dict[str, set[str]]]]:
    """`unique`, `unique_not_nested` and `aliases` as the entities imply them (OTHER is never scored)."""
    unique: KeysByType = {}
    not_nested: KeysByType = {}
    aliases: dict[str, dict[str, set[str]]] = {}
    for entity in document["entities"]:
        if entity["type"] not in SCORED_TYPES:
            continue
        key = _key(entity)
        unique.setdefault(entity["type"], set()).add(key)
        if not entity["nested"]:
            not_nested.setdefault(entity["type"], set()).add(key)
        name = entity.get("resolved") if entity["type"] == "AGENCY" else (
            entity["text"] if entity["type"] in SURFACE_ALIAS_TYPES else None)
        if name and name != key:
            aliases.setdefault(entity["type"], {}).setdefault(key, set()).add(name)
    return unique, not_nested, aliases


def _as_sets(mapping: dict[str, list[str]]) -> KeysByType:
    """A gold file's per-type key lists as sets, types with no keys left out."""
    return {etype: set(keys) for etype, keys in mapping.items() if keys}


@pytest.mark.parametrize("name", SETS)
def test_every_entity_span_holds_its_text_inside_the_body(name: str) -> None:
    for document in gold_documents(name):
        body_start, body_end = document["body_span"]
        assert 0 <= body_start < body_end <= len(document["text"]), document["doc"]
        for entity in document["entities"]:
            assert document["text"][entity["start"]:entity["end"]] == entity["text"], (document["doc"], entity)
            assert body_start <= entity["start"] < entity["end"] <= body_end, (document["doc"], entity)


@pytest.mark.parametrize("name", SETS)
def test_entities_are_in_order_and_nested_ones_lie_inside_a_span(name: str) -> None:
    for document in gold_documents(name):
        entities = document["entities"]
        assert [e["start"] for e in entities] == sorted(e["start"] for e in entities), document["doc"]
        for entity in entities:
            if entity["nested"]:
                assert any(outer["start"] <= entity["start"] and entity["end"] <= outer["end"]
                           and outer["type"] == entity["nested_in"] and outer is not entity
                           for outer in entities), (document["doc"], entity)


@pytest.mark.parametrize("name", SETS)
def test_unique_sets_and_aliases_follow_from_the_entities(name: str) -> None:
    for document in gold_documents(name):
        unique, not_nested, aliases = _derived(document)
        assert _as_sets(document["unique"]) == unique, document["doc"]
        assert _as_sets(document["unique_not_nested"]) == not_nested, document["doc"]
        written = {etype: {key: set(names) for key, names in by_key.items()}
                   for etype, by_key in document["aliases"].items() if by_key}
        assert written == aliases, document["doc"]


PINYIN_GLOSS = re.compile(r"（[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}）")


@pytest.mark.parametrize("name", SETS)
def test_regulation_canonicals_are_the_normalised_titles(name: str) -> None:
    """()→（）, <>→〈〉, a year range's dash → —, no spaces, simplified characters; an in-text alias takes
    its full title."""
    for document in gold_documents(name):
        titles = {e["canonical"] for e in document["entities"] if e["type"] == "REGULATION" and "alias_of" not in e}
        for entity in document["entities"]:
            if entity["type"] != "REGULATION":
                continue
            if "alias_of" in entity:
                assert entity["canonical"] == entity["alias_of"] in titles, (document["doc"], entity)
                continue
            expected = entity["text"].replace("(", "（").replace(")", "）").replace("<", "〈").replace(">", "〉")
            expected = PINYIN_GLOSS.sub("", expected)  # a mirror site's glosses (關(guān)於), as kg's cleaning drops them
            expected = for_matching(re.sub(r"(\d{4})[-–—~－]+(\d{4})", r"\1—\2", expected.replace(" ", "")))
            assert entity["canonical"] == expected, (document["doc"], entity)


@pytest.mark.parametrize("name", SETS)
def test_metrics_carry_a_known_indicator_and_a_consistent_value(name: str) -> None:
    known = {line.split("\t")[0] for line in INDICATORS.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")}
    for document in gold_documents(name):
        for metric in (e for e in document["entities"] if e["type"] == "METRIC"):
            assert metric["indicator"] in known, (document["doc"], metric)
            assert metric["qualifier"] in QUALIFIERS and isinstance(metric["target"], bool), (document["doc"], metric)
            assert metric["subject"] and metric["unit"], (document["doc"], metric)
            assert metric["year"] is None or isinstance(metric["year"], int), (document["doc"], metric)
            if not metric.get("chinese_numeral"):
                assert f"{metric['value']:g}" in metric["text"], (document["doc"], metric)
            if metric["unit"][0] in "万亿" and len(metric["unit"]) > 1:
                scale = 10_000 if metric["unit"][0] == "万" else 100_000_000
                assert metric["norm_unit"] == metric["unit"][1:], (document["doc"], metric)
                assert abs(metric["norm_value"] - metric["value"] * scale) < 1e-6, (document["doc"], metric)


@pytest.mark.parametrize("name", SETS)
def test_documents_have_the_metadata_fields(name: str) -> None:
    documents = gold_documents(name)
    sources = (UNSEEN / f"sources_{name}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert sorted(d["doc"] for d in documents) == sorted(line.split("\t")[0] for line in sources)
    for document in documents:
        assert document["doc_type"] in DOC_TYPES, document["doc"]
        assert document["issuer_kind"] in ISSUER_KINDS, document["doc"]
        assert document["published"] == document["publish_date"], document["doc"]
        assert document["annotated_types"] == list(SCORED_TYPES), document["doc"]
        for field in ("region", "province", "issuer_kind", "note"):
            assert document[field], (document["doc"], field)


@pytest.mark.parametrize("name", SETS)
def test_every_report_file_of_the_set_has_a_source_row(name: str) -> None:
    """A report added or renamed without its sources_<set>.tsv row would be scored with no recorded origin."""
    sources = (UNSEEN / f"sources_{name}.tsv").read_text(encoding="utf-8").splitlines()[1:]
    listed = sorted(line.split("\t")[0] for line in sources)
    on_disk = sorted(path.name for path in (UNSEEN / "reports").glob(f"{name}[0-9][0-9]_*.txt"))
    assert listed == on_disk
    assert all(line.count("\t") == 2 and line.split("\t")[1].startswith("http") for line in sources)
