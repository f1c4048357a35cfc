"""Issuers named only aside: a district's bureau naming itself by the plan it drafted and by its head's post, a street
office by its short name, a zone under its province's name lying in a city, a government after what the year was or by
its document number in brackets, a district by its city's and its own initials with its level's; and the names kept out
of the graph beside them (a lake named after a district, deputies quoted, topics of study, a branch of law, where a firm
would stand, a code counting kinds) or written in full (a congress's and a CPPCC's offices, a bureau's party
committee)."""

from __future__ import annotations

from ingest.clean import clean
from ingest.document import RawDocument
from ingest.extract.initiatives import find_initiatives
from ingest.extract.agencies import official_name
from ingest.extract.law_firms import find_firms
from ingest.extract.regulations import find_citations
from ingest.gazetteer import load
from ingest.metadata import extract_metadata
from ingest.page_address import addressed_place
from ingest.pipeline import build_document

BODY = "全面推进依法行政，加快建设法治政府，各项工作取得了新的进展和成效。"


def metadata(text: str):
    return extract_metadata(RawDocument(text=text, source="t.txt", origin="/t.txt"), clean(text))


def test_a_bureau_is_of_the_district_whose_plan_it_drafted_not_of_one_it_visited() -> None:
    text = ("2023年，我局在区委、区政府的正确领导下，" + BODY + "\n一是压实责任。区司法局党委书记、局长带队到大足区学习法治"
            "政府建设经验。二是完善制度。拟定《璧山区法治政府建设实施方案》，统筹推进全区工作。")
    meta = metadata(text)
    assert (meta.region, meta.province) == ("璧山区", "重庆市")
    assert meta.publisher == "重庆市璧山区司法局"  # (the bureau its head's post names: 区司法局党委书记、局长)
    # ... but not a visiting city bureau's head, nor an official's other post
    for head in ("市司法局党委书记、局长莅临我局调研指导。", "区委常委、政法委书记、区公安分局局长带队检查。"):
        text = "2023年，我局在区委、区政府的正确领导下，" + BODY + "\n二是完善制度。拟定《璧山区法治政府建设实施方案》。" + head
        assert (metadata(text).region, metadata(text).publisher) == ("璧山区", None)

def test_a_street_office_opening_its_text_by_its_short_name_is_the_street() -> None:
    text = "2022年，棠景街以习近平新时代中国特色社会主义思想为指导，按照区委、区政府工作部署，" + BODY
    meta = metadata(text)
    assert (meta.region, meta.issuer_kind) == ("棠景街道", "township")
    doc = build_document(RawDocument(text, "t.txt", "/t.txt"))
    assert [(e.text, e.name) for e in doc.entities if e.type == "REGION" and e.name == "棠景街道"] == [("棠景街", "棠景街道")]


def test_a_zone_named_under_its_province_lies_in_the_one_city_its_text_names() -> None:
    meta = metadata("贵州双龙航空港经济区2021年度法治政府建设工作情况报告\n2021年，经济区在中共贵阳市委全面依法治市委员会"
                    "办公室的监督指导下，" + BODY)
    assert (meta.region, meta.prefecture, meta.province) == ("双龙航空港经济区", "贵阳市", "贵州省")


def test_a_government_opening_the_sentence_after_the_one_saying_what_the_year_was_publishes_the_report() -> None:
    meta = metadata("2021年时间节点特殊，是“十四五”规划开局之年。这一年，唐山市委、市政府以习近平法治思想为指导，" + BODY)
    assert (meta.region, meta.publisher) == ("唐山市", "唐山市人民政府")
    # (开局 of 开局之年 is no bureau: 局 ends no body there)
    meta = metadata("2021年是“十四五”规划开局之年。一年来，唐山市委、市政府以习近平法治思想为指导，" + BODY)
    assert (meta.region, meta.publisher) == ("唐山市", "唐山市人民政府")


def test_a_lake_named_after_the_own_district_is_no_region() -> None:
    text = "广州市白云区2021年法治政府建设年度报告\n2021年，我区以白云湖数字科技城的开发建设为抓手，" + BODY
    doc = build_document(RawDocument(text, "t.txt", "/t.txt"))
    regions = [(e.text, e.name) for e in doc.entities if e.type == "REGION"]
    assert ("白云", "白云区") not in regions and ("白云区", "白云区") in regions
    # (a province's short name before a city's is the province: 广东江门; so is one before 山区)
    text = "江门市2021年法治政府建设年度报告\n2021年，推动广东江门高质量发展，助力浙江山区26县，" + BODY
    names = {e.name for e in build_document(RawDocument(text, "t.txt", "/t.txt")).entities if e.type == "REGION"}
    assert {"广东省", "浙江省"} <= names


def test_deputies_and_members_quoted_and_topics_of_study_are_no_initiatives_but_a_layout_stood_on_is() -> None:
    text = ("召开“两代表一委员”述法评议会。全年组织3次学法活动，内容分别为“坚持人民立场学习民法典”、“习近平法治思想学习纲要”。"
            "立足“一个统筹、四大职能”工作布局，坚定“四个自信”。")
    names = {m.name for m in find_initiatives(text)}
    assert "一个统筹、四大职能" in names
    assert not names & {"两代表一委员", "坚持人民立场学习民法典", "习近平法治思想学习纲要", "四个自信"}
    # (a stance before a work or service word is still a stance; programmes a plan's contents name are programmes)
    assert [m.name for m in find_initiatives("树立“有解思维”工作理念，增强“法治为民”服务意识。")] == []
    kept = {m.name for m in find_initiatives("督察内容主要包括“三项制度”落实情况。本次培训内容为“枫桥经验”的创新发展。")}
    assert kept == {"三项制度", "枫桥经验"}


def test_a_branch_of_law_is_no_statute() -> None:
    cited = {c.canonical for c in find_citations("学习内容以宪法和行政法等基础法为中心，学习行政处罚法、行政许可法等。")}
    assert "行政法" not in cited and {"宪法", "行政处罚法", "行政许可法"} <= cited


def test_where_party_branches_were_set_up_names_no_law_firm() -> None:
    assert find_firms("推动在律师事务所、司法鉴定机构成立153个独立党支部。", set()) == []
    assert [f.text for f in find_firms("聘请北京大成律师事务所担任法律顾问。", set())] == ["北京大成律师事务所"]
    assert [f.text for f in find_firms("聘请湖南向阳律师事务所担任法律顾问。", set())] == ["湖南向阳律师事务所"]


def test_a_district_s_site_spelled_by_its_city_s_initials_and_its_own_with_its_level_s_is_that_district() -> None:
    place = addressed_place("http://www.zzszq.gov.cn/zw/gkml/", load(), "")
    assert place is not None and (place.name, load().by_code[place.parent_code].name) == ("市中区", "枣庄市")


def test_a_government_s_number_in_brackets_before_the_title_names_the_publisher() -> None:
    meta = metadata("【沙政发〔2020〕2号 】沙河口区2019年度法治政府建设报告\n市政府:\n2019年,沙河口区在市委、市政府的坚强领导下,"
                    + BODY)
    assert (meta.title, meta.publisher) == ("沙河口区2019年度法治政府建设报告", "大连市沙河口区人民政府")


def test_a_text_opening_on_its_year_with_a_heading_on_the_rule_of_law_government_is_an_annual_report() -> None:
    meta = metadata("2023年,福建省人力资源和社会保障厅全面贯彻落实党的二十大精神。\n一、党对法治政府建设领导全面加强\n" + BODY)
    assert meta.doc_type == "annual_report"
    news = "2023年，某县召开全面依法治县委员会会议，县委书记出席会议并讲话。\n一、提高政治站位，推动法治建设再上新台阶\n"
    assert metadata(news).doc_type == "article"


def test_offices_of_a_congress_and_a_cppcc_and_a_bureau_s_party_committee_are_named_in_full() -> None:
    assert official_name("衡阳市蒸湘区", "人大办") == "衡阳市蒸湘区人民代表大会常务委员会办公室"
    assert official_name("衡阳市蒸湘区", "政协办") == "中国人民政治协商会议衡阳市蒸湘区委员会办公室"
    assert official_name("西安市临潼区", "交通局党委") == "中共西安市临潼区交通运输局委员会"
    assert official_name("衡阳市蒸湘区", "人大常委会办公室") == "衡阳市蒸湘区人民代表大会常务委员会办公室"
    assert official_name("衡阳市蒸湘区", "政协办公室") == "中国人民政治协商会议衡阳市蒸湘区委员会办公室"


def test_a_code_runs_on_across_a_page_s_space_but_not_over_a_measure_word() -> None:
    assert [m.name for m in find_initiatives("纳入 “141” 基层智治体系。")] == ["141基层智治体系"]
    assert [m.name for m in find_initiatives("1424项“10+1”类政务服务事项全部列入清单。")] == ["10+1"]
    assert [m.name for m in find_initiatives("推行“1+N”个性化法律服务模式。")] == ["1+N个性化法律服务模式"]
