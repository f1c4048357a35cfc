"""Studying or carrying out a named doctrine is stated by the name with any verb of studying
(kg/ask/practice.py ``studied_name``): a question writes 学习贯彻 where reports write 认真贯彻落实 or
深刻领会. Every report here is guided by 习近平新时代中国特色社会主义思想, as real ones are, so the
name's words alone (习近平, 思想) pick no report out."""

from __future__ import annotations

import pytest

from kg.ask.answer import Answerer
from tests.answering import answerer_over_texts, listed_regions

CARRIES_IT_OUT = """铜仁市2022年法治政府建设情况报告
2022年，铜仁市坚持以习近平新时代中国特色社会主义思想为指导，在市委的坚强领导下推进各项工作。
铜仁市认真贯彻落实习近平法治思想，扎实推进法治政府建设，各项工作取得新成效。
全年审查规范性文件12件，办理行政复议案件7件，全部在法定期限内审结。
"""
GRASPS_IT = """毕节市2022年法治政府建设情况报告
2022年，毕节市坚持以习近平新时代中国特色社会主义思想为指导，在市委的坚强领导下推进各项工作。
毕节市深刻领会习近平法治思想的内涵要求，紧紧围绕中心工作推进依法行政。
全年审查规范性文件9件，办理行政复议案件5件，全部在法定期限内审结。
"""
NEVER_NAMES_IT = """安顺市2022年法治政府建设情况报告
2022年，安顺市坚持以习近平新时代中国特色社会主义思想为指导，在市委的坚强领导下推进各项工作。
安顺市扎实推进依法行政，政府常务会议会前学法12次。
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory):
    texts = {"tongren_2022.txt": CARRIES_IT_OUT, "bijie_2022.txt": GRASPS_IT, "anshun_2022.txt": NEVER_NAMES_IT}
    with answerer_over_texts(tmp_path_factory.mktemp("studied"), texts) as answerer:
        yield answerer


def test_a_studied_name_is_stated_with_any_verb_of_studying(answerer: Answerer) -> None:
    assert listed_regions(answerer, "哪些地方学习贯彻、深学笃用习近平法治思想？") == {"铜仁市", "毕节市"}



ANOTHER_DOCTRINE = """遵义市2022年法治政府建设情况报告
2022年，遵义市深入学习贯彻习近平新时代中国特色社会主义思想，推进依法行政。
全年审查规范性文件10件，办理行政复议案件6件，全部在法定期限内审结。
开展法治宣传活动30场，发放宣传资料5000份。
"""
NEITHER = """六盘水市2022年法治政府建设情况报告
2022年，六盘水市扎实推进依法行政，政府常务会议会前学法12次。
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
开展法治宣传活动20场，发放宣传资料3000份。
"""


@pytest.fixture(scope="module")
def few_name_it(tmp_path_factory: pytest.TempPathFactory):
    """Reports that do not all open with the doctrine of the time: its words (习近平, 思想) are rare here."""
    texts = {"tongren_2022.txt": CARRIES_IT_OUT.replace("坚持以习近平新时代中国特色社会主义思想为指导，", ""),
             "zunyi_2022.txt": ANOTHER_DOCTRINE, "liupanshui_2022.txt": NEITHER}
    with answerer_over_texts(tmp_path_factory.mktemp("studied_rare"), texts) as answerer:
        yield answerer


def test_a_studied_name_s_words_apart_state_no_study_of_it(few_name_it: Answerer) -> None:
    # 遵义市 studies 习近平新时代中国特色社会主义思想: 习近平 and 思想 in one sentence, not the name asked
    assert listed_regions(few_name_it, "哪些地方学习贯彻习近平法治思想？") == {"铜仁市"}


STUDIES_THE_CONSTITUTION = """黔南州2023年法治政府建设情况报告
2023年，黔南州扎实推进依法行政，州政府常务会议专题学习《中华人民共和国宪法》4次。
全年审查规范性文件6件，办理行政复议案件11件，全部在法定期限内审结。
"""
SPREADS_THE_CIVIL_CODE = """黔东南州2023年法治政府建设情况报告
2023年，黔东南州扎实推进依法行政，组织开展民法典宣讲进社区活动25场。
全年审查规范性文件7件，办理行政复议案件10件，全部在法定期限内审结。
"""
NAMES_NEITHER = """安顺市2023年法治政府建设情况报告
2023年，安顺市扎实推进依法行政，政府常务会议会前学法12次。
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
"""


@pytest.fixture(scope="module")
def two_laws(tmp_path_factory: pytest.TempPathFactory):
    texts = {"qiannan_2023.txt": STUDIES_THE_CONSTITUTION, "qiandongnan_2023.txt": SPREADS_THE_CIVIL_CODE,
             "anshun_2023.txt": NAMES_NEITHER}
    with answerer_over_texts(tmp_path_factory.mktemp("studied_listed"), texts) as answerer:
        yield answerer


def test_studying_names_listed_together_is_studying_any_of_them(two_laws: Answerer) -> None:
    # (宪法, 民法典: each too short to be a studied name alone; listed, either is studied with any verb of studying)
    assert listed_regions(two_laws, "哪些地方组织学习宪法、民法典？") == {"黔南布依族苗族自治州", "黔东南苗族侗族自治州"}


GROUP_STUDIES_IT = """江北区2022年法治政府建设情况报告
2022年，江北区扎实推进依法行政，区委理论学习中心组集体学习习近平法治思想4次。
全年审查规范性文件6件，办理行政复议案件11件，全部在法定期限内审结。
"""
PLACED_IN_GROUP_STUDY = """中都街道2025年法治建设情况报告
2025年，中都街道把习近平法治思想纳入党工委理论学习中心组学习计划，全年学习12次。
全年审查规范性文件3件，调解矛盾纠纷40件。
"""
STUDIES_IT_ELSEWHERE = """潞城区2025年法治政府建设情况报告
2025年，潞城区深入学习贯彻习近平法治思想，推进依法行政。区委理论学习中心组研究部署经济工作。
全年审查规范性文件8件，办理行政复议案件9件，全部在法定期限内审结。
"""


@pytest.fixture(scope="module")
def groups(tmp_path_factory: pytest.TempPathFactory):
    texts = {"jiangbei_2022.txt": GROUP_STUDIES_IT, "zhongdu_2025.txt": PLACED_IN_GROUP_STUDY,
             "lucheng_2025.txt": STUDIES_IT_ELSEWHERE}
    with answerer_over_texts(tmp_path_factory.mktemp("studied_groups"), texts) as answerer:
        yield answerer


def test_a_study_group_studying_a_name_is_stated_by_the_group_the_name_and_studying_in_one_sentence(
        groups: Answerer) -> None:
    # (集体学习, 纳入…中心组学习计划: however the report words the group's study; 潞城区's group meets on other work)
    assert listed_regions(groups, "哪些地方的党委理论学习中心组专题学习习近平法治思想？") == {"江北区", "中都街道"}
