"""Scoring extraction against hand-annotated gold (../shared/eval/seeds_gold.json format).

Per unique entity: predicted names (mapped through the gold ``aliases``) against
the gold ``unique`` keys; METRIC compares (value, unit) pairs, since a metric's
surface span has no canonical form. Per mention: multisets of spans matched by
type and overlap in raw-file offsets. SLOGAN is scored merged into INITIATIVE
as a negative (kg does not emit slogans; a slogan predicted as initiative is a
false positive) — the report says so. Indicators: each gold METRIC that carries an
``indicator`` is paired with the predicted metric over the same raw span (same value
and unit first); accuracy is over the gold metrics kg found, and also over all of them
(a missed metric counts as a wrong indicator there).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.clean import for_matching
from ingest.document import Document
from ingest.schema import ENTITY_TYPES

META_FIELDS = ("region", "province", "prefecture", "year", "doc_type", "publisher", "published", "title")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def prf(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class IndicatorCounts:
    """Gold metrics with an ``indicator``, how many kg found, and how many of those it filed right."""

    gold: int = 0
    matched: int = 0
    correct: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "matched": self.matched, "correct": self.correct,
                "accuracy": round(self.correct / self.matched, 3) if self.matched else 0.0,
                "accuracy_of_gold": round(self.correct / self.gold, 3) if self.gold else 0.0,
                "errors": self.errors}


@dataclass
class Report:
    unique: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    mention: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    metadata_errors: list[dict[str, Any]] = field(default_factory=list)
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    extras: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    indicators: "IndicatorCounts" = field(default_factory=lambda: IndicatorCounts())

    def to_dict(self) -> dict[str, Any]:
        return {
            "unique": {t: self.unique[t].prf() for t in ENTITY_TYPES},
            "mention": {t: self.mention[t].prf() for t in ENTITY_TYPES},
            "metadata_errors": self.metadata_errors,
            "slogans": "not emitted; gold SLOGAN spans are ignored when scoring INITIATIVE",
            "indicators": self.indicators.to_dict(),
        }


def _metric_key(value: Any, unit: str | None) -> str:
    """``value|unit``, the unit in simplified characters: kg stores a unit normalised (35項 is 35|项,
    so figures of reports in either script add up), while gold writes it as the report does."""
    unit = for_matching(unit) if unit else unit
    try:
        number = float(value)
    except (TypeError, ValueError):
        return f"{value}|{unit}"
    return f"{number:g}|{unit}"


def _predicted_unique(doc: Document, etype: str, alias_to_key: dict[str, str]) -> set[str]:
    keys = set()
    for e in doc.entities:
        if e.type != etype:
            continue
        if etype == "METRIC":
            keys.add(_metric_key(e.attrs.get("value"), e.attrs.get("unit")))
        else:
            keys.add(alias_to_key.get(e.name, alias_to_key.get(e.text, e.name)))
    return keys


def score_document(doc: Document, gold: dict[str, Any], report: Report) -> None:
    for name in META_FIELDS:
        expected = gold.get(name)
        actual = getattr(doc.metadata, name)
        alternatives = [expected] + list(gold.get("alt_titles", [])) if name == "title" else [expected]
        if actual not in alternatives:
            report.metadata_errors.append({"doc": gold["doc"], "field": name, "expected": expected, "got": actual})
    body_start, body_end = gold["body_span"]
    for etype in ENTITY_TYPES:
        alias_to_key: dict[str, str] = {}
        for key, names in gold.get("aliases", {}).get(etype, {}).items():
            for alias in names:
                alias_to_key[alias] = key
        if etype == "METRIC":
            gold_keys = {_metric_key(e.get("value"), e.get("unit")) for e in gold["entities"] if e["type"] == "METRIC"}
        else:
            gold_keys = set(gold.get("unique", {}).get(etype, []) or [])
        predicted = _predicted_unique(doc, etype, alias_to_key)
        if doc.raw_offsets is not None:
            predicted_in_body = set()
            for e in doc.entities:
                if e.type == etype and body_start <= doc.raw_offsets[e.start] < body_end:
                    if etype == "METRIC":
                        predicted_in_body.add(_metric_key(e.attrs.get("value"), e.attrs.get("unit")))
                    else:
                        predicted_in_body.add(alias_to_key.get(e.name, alias_to_key.get(e.text, e.name)))
            predicted = predicted_in_body
        counts = Counts(len(predicted & gold_keys), len(predicted - gold_keys), len(gold_keys - predicted))
        report.unique[etype].add(counts)
        report.misses[etype] += [f"{gold['doc'][:3]}:{k}" for k in sorted(gold_keys - predicted)]
        report.extras[etype] += [f"{gold['doc'][:3]}:{k}" for k in sorted(predicted - gold_keys)]
        report.mention[etype].add(_mention_counts(doc, gold, etype, body_start, body_end))
    _score_indicators(doc, gold, report.indicators)


def _score_indicators(doc: Document, gold: dict[str, Any], counts: IndicatorCounts) -> None:
    """Pair each gold metric having an ``indicator`` with a predicted metric over the same raw
    span, one to one, preferring the same value and unit; compare their indicator ids."""
    if doc.raw_offsets is None:
        return
    predicted = [(doc.raw_offsets[e.start], doc.raw_offsets[e.end - 1] + 1, e) for e in doc.entities
                 if e.type == "METRIC"]
    used: set[int] = set()
    for entry in (e for e in gold["entities"] if e["type"] == "METRIC" and e.get("indicator")):
        counts.gold += 1
        key = _metric_key(entry.get("value"), entry.get("unit"))
        overlapping = [i for i, (start, end, _) in enumerate(predicted)
                       if i not in used and start < entry["end"] and entry["start"] < end]
        same = [i for i in overlapping
                if _metric_key(predicted[i][2].attrs.get("value"), predicted[i][2].attrs.get("unit")) == key]
        if not (same or overlapping):
            continue
        index = (same or overlapping)[0]
        used.add(index)
        counts.matched += 1
        got = predicted[index][2].attrs.get("indicator")
        if got == entry["indicator"]:
            counts.correct += 1
        else:
            counts.errors.append({"doc": gold["doc"], "text": entry["text"], "subject": entry.get("subject"),
                                  "expected": entry["indicator"], "got": got,
                                  "subject_got": predicted[index][2].attrs.get("subject")})


def _mention_counts(doc: Document, gold: dict[str, Any], etype: str, body_start: int, body_end: int) -> Counts:
    """Greedy one-to-one matching of spans of one type that overlap (raw-file offsets)."""
    if doc.raw_offsets is None:
        return Counts()
    gold_spans = [(e["start"], e["end"]) for e in gold["entities"] if e["type"] == etype]
    predicted = []
    for e in doc.entities:
        if e.type != etype:
            continue
        start = doc.raw_offsets[e.start]
        end = doc.raw_offsets[e.end - 1] + 1
        if body_start <= start < body_end:
            predicted.append((start, end))
    used = [False] * len(gold_spans)
    tp = 0
    for start, end in predicted:
        for i, (gs, ge) in enumerate(gold_spans):
            if not used[i] and gs < end and start < ge:
                used[i] = True
                tp += 1
                break
    return Counts(tp, len(predicted) - tp, len(gold_spans) - tp)


def evaluate(gold_path: Path, corpus_dir: Path, addresses: Mapping[str, str] | None = None) -> Report:
    """Score extraction on the gold documents in ``corpus_dir``; ``addresses`` gives their pages' addresses as a
    download list does at ingest (``kg ingest --sources``)."""
    from ingest.manifest import with_address
    from ingest.pipeline import build_document
    from ingest.readers import ReadError, read_path

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    report = Report()
    for entry in gold["documents"]:
        results = read_path(corpus_dir / entry["doc"], max_bytes=50_000_000)
        raws = [r for r in results if not isinstance(r, ReadError)]
        if not raws:
            raise FileNotFoundError(f"{corpus_dir / entry['doc']}: cannot read the gold document")
        score_document(build_document(with_address(raws[0], Path(entry["doc"]).name, addresses or {})), entry, report)
    return report
