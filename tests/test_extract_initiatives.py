"""Initiative rules: what a quote names that is not a programme, by structure and context."""

from __future__ import annotations

import pytest

from ingest.extract.initiatives import find_initiatives


def names(text: str) -> list[str]:
    return [m.name for m in find_initiatives(text)]


@pytest.mark.parametrize("text", [
    "报告分为“履职情况”“主要举措及工作成效”“存在的不足及原因”三部分。",  # section headings
    "围绕“全面提升依法行政水平”目标推进。",  # a goal
    "在法治建设上“走在前列、争当标杆”。",  # a slogan of striving
    "获评第二批“全国法治政府建设示范市”称号。",  # an award
    "入选“省级行政执法优秀案例”。",
    "聚焦“多头跑”“审批慢”问题，推行并联审批。",  # problems named
    "着力解决群众“办证难”的问题。",
    "发挥法律顾问“智囊团”作用。",  # a role
    "落实“坚持依法行政，推进政务公开，建设服务型政府”要求。",  # someone's words
    "为建设“现代化、国际化的一流营商环境示范城市”提供保障。",  # a long goal with 的
    "开展“学法用法，人人有责；守法护法，人人有份”主题宣传。",  # a sentence
])
def test_quotes_that_name_no_programme(text: str) -> None:
    assert names(text) == []


def test_programmes_still_found() -> None:
    assert names("推行“一网通办”，深化“放管服”改革。") == ["一网通办", "放管服"]
    assert names("坚持“审批权力进清单,清单之外无审批”。") == ["审批权力进清单,清单之外无审批"]


def test_a_date_quote_runs_on_to_its_week() -> None:
    assert names("举办“12·4”宪法宣传周活动。") == ["12·4宪法宣传周"]


@pytest.mark.parametrize("text", [
    "组织干部通过“学习强国”学习平台学法。",
    "推广“粤省事”小程序。",
    "依托“浙政钉”开展线上培训。",
])
def test_platforms_and_apps_are_not_programmes(text: str) -> None:
    assert names(text) == []


def test_a_programme_reached_through_a_verb_keeps_its_head() -> None:
    assert names("通过“最多跑一次”改革压缩时限。") == ["最多跑一次"]
