"""Similar practices find the partner of an equivalent practice from another report (issue 14).

Runs benchmarks/similar_pairs.py's check on the default (trained) model: a fall in hit@5
below the measured figure minus a small margin fails, so a change that weakens
``kg similar`` or the paragraph page's "similar practices" shows here.
"""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks.similar_pairs import PAIRS, REPO, build_index, load_pairs, score
from search.index import SearchIndex

# Measured 2026-12-02 on the 41 pairs: without the best-sentence ranking hit@5 0.549-0.573, MRR@10
# 0.322-0.336 (21 held-out pairs: hit@5 0.476-0.500); with it hit@5 0.659 (54 of 82 directions),
# MRR@10 0.342 (held out: 0.595, 25 of 42). The margins allow about four directions overall and two
# held out to move (training on all cores is not bit-for-bit repeatable), and stay above the
# figures without the sentence ranking. Measured again 2026-12-03: held out 0.571 (24 of 42) twice
# at f0db866, and 0.571, 0.548, 0.571 on bbb5b8a (one CI run gave 0.548 too): the held-out floor
# was one direction under the usual figure, and is now two (23 of 42 passes, 22 fails).
HIT_FLOOR = 0.61
HELD_OUT_HIT_FLOOR = 0.54
MRR_FLOOR = 0.30


@pytest.fixture(scope="module")
def pairs() -> list[dict[str, Any]]:
    return load_pairs(PAIRS)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    built = build_index(tmp_path_factory.mktemp("similar") / "data")
    yield built
    built.close()


def test_pairs_are_enough_and_well_formed(pairs: list[dict[str, Any]]) -> None:
    assert len(pairs) >= 30
    assert len({p["pid"] for p in pairs}) == len(pairs)
    assert sum(not p["shares_name"] for p in pairs) * 2 >= len(pairs), "at least half must not share a name"
    for pair in pairs:
        assert pair["a"]["file"] != pair["b"]["file"], pair["pid"]
        for side in (pair["a"], pair["b"]):
            text = (REPO / side["file"]).read_text(encoding="utf-8")
            assert text.count(side["quote"]) == 1, (pair["pid"], side["quote"])


def test_partner_in_top_five_of_similar_practices(index: SearchIndex, pairs: list[dict[str, Any]]) -> None:
    result = score(index, pairs)  # raises when a quote is in no paragraph, or several, as kg segments them
    regions = {row["id"]: row["region"] for row in index.docstore.rows(index.docstore.vids()).values()}
    for d in result["directions"]:  # similar shows other regions only: a same-region pair could never hit
        assert regions[d["source"]] is None or regions[d["source"]] != regions[d["partner"]], d["pid"]
    means = result["means"]["all"]
    assert means["hit@5"] >= HIT_FLOOR, means
    assert means["mrr@10"] >= MRR_FLOOR, means
    assert result["means"]["held_out"]["hit@5"] >= HELD_OUT_HIT_FLOOR, result["means"]["held_out"]
