"""`kg eval extraction` scores the indicator each gold METRIC is filed under."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from ingest.evaluate import evaluate
from kg.cli import main
from tests.support import unseen_sets

TEXT = "某县2022年法治政府建设情况\n全年收到行政复议申请18件，受理16件，新建口袋公园7个，出庭应诉率100%。\n"


def gold_file(tmp_path: Path) -> Path:
    """A one-report gold file whose metrics carry ``indicator`` (one of them filed wrongly by kg)."""
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")

    def metric(surface: str, value: int, unit: str, indicator: str) -> dict:
        start = TEXT.index(surface)
        return {"type": "METRIC", "text": surface, "start": start, "end": start + len(surface), "value": value,
                "unit": unit, "indicator": indicator}

    entities = [metric("收到行政复议申请18件", 18, "件", "reconsideration.received"),
                metric("受理16件", 16, "件", "reconsideration.accepted"),
                metric("新建口袋公园7个", 7, "个", "business.registrations"),  # kg says "other"
                metric("出庭应诉率100%", 100, "%", "appearance.rate")]
    gold = {"doc": "r.txt", "region": None, "province": None, "prefecture": None, "year": 2022, "doc_type": None,
            "publisher": None, "title": None, "published": None, "body_span": [0, len(TEXT)],
            "entities": entities, "unique": {}}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": [gold]}, ensure_ascii=False), encoding="utf-8")
    return path


def test_indicator_accuracy_counts_found_metrics_and_lists_the_wrong_ones(tmp_path: Path) -> None:
    scores = evaluate(gold_file(tmp_path), tmp_path).to_dict()["indicators"]
    assert (scores["gold"], scores["matched"], scores["correct"]) == (4, 4, 3)
    assert scores["accuracy"] == 0.75 and scores["accuracy_of_gold"] == 0.75
    assert [(e["expected"], e["got"]) for e in scores["errors"]] == [("business.registrations", "other")]


def test_the_cli_prints_indicator_accuracy(tmp_path: Path) -> None:
    gold = gold_file(tmp_path)
    result = CliRunner().invoke(main, ["eval", "extraction", "--gold", str(gold), "--corpus", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "METRIC indicator accuracy: 0.750 of 4 found" in result.output


def test_by_default_every_gold_set_is_scored_apart() -> None:
    """The seeds and each unseen set (tuned-on and held-out alike) are reported separately."""
    result = CliRunner().invoke(main, ["eval", "extraction", "--json"])
    assert result.exit_code == 0, result.output
    sets = json.loads(result.output)["sets"]
    committed = [f"gold_{name}.json" for name in unseen_sets("gold_{x}.json")]
    assert len(committed) >= 24
    assert [Path(name).name for name in sets] == ["seeds_gold.json", *committed]
    assert all(report["unique"]["REGULATION"]["tp"] > 0 for report in sets.values())


def test_outside_the_repository_the_default_says_what_to_give(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["eval", "extraction"])
    assert result.exit_code == 1 and "--gold" in result.output and "Traceback" not in result.output


def test_a_metric_written_in_traditional_characters_matches_its_unit_in_either_script(tmp_path: Path) -> None:
    """kg stores a unit in simplified characters (35項 → 项); gold writes it as the report does."""
    text = "某市2022年法治政府建設情況\n明確35項主要任務。\n"
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    start = text.index("35項")
    entity = {"type": "METRIC", "text": "35項", "start": start, "end": start + 3, "value": 35, "unit": "項"}
    gold = {"doc": "r.txt", "region": None, "province": None, "prefecture": None, "year": 2022, "doc_type": None,
            "publisher": None, "title": None, "published": None, "body_span": [0, len(text)],
            "entities": [entity], "unique": {}}
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": [gold]}, ensure_ascii=False), encoding="utf-8")
    metric = evaluate(path, tmp_path).to_dict()["unique"]["METRIC"]
    assert (metric["tp"], metric["fp"], metric["fn"]) == (1, 0, 0)
