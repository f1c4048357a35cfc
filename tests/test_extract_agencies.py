"""Agency rules on sentences of the genre: spurious phrases, party bodies, groups, districts."""

from __future__ import annotations

import pytest

from ingest import gazetteer
from ingest.extract.agencies import AgencyFinder, bureau_name, official_name
from ingest.extract.context import RegionContext
from ingest.extract.regions import RegionScanner


def _report_agencies(text: str) -> list:
    """The AGENCY entities kg finds in a report of ``text``, its title and page lines read as its metadata first."""
    from ingest.document import RawDocument
    from ingest.pipeline import build_document

    document = build_document(RawDocument(text, "report.txt", "/tests/report.txt"))
    return [e for e in document.entities if e.type == "AGENCY"]


def names(region: str, sentence: str) -> list[str]:
    """Official names of the agencies found in ``sentence`` of a report issued by ``region``."""
    gaz = gazetteer.load()
    place = gaz.by_name[region][0]
    hits = RegionScanner(gaz).scan(sentence, place)
    return [m.name for m in AgencyFinder(RegionContext(gaz, place)).find(sentence, hits)]


@pytest.mark.parametrize("sentence", [
    "全力推进浙江省建设法治政府各项任务。",  # a goal, not a government: no 浙江省建设法治人民政府
    "深入推进始兴县法治政府建设。",
    "福建省办理行政复议案件120件。",  # region + bare head: no 福建省办
    "甘肃省局部地区试行。",
    "紧扣县政府中心工作抓落实。",  # no 始兴县人民政府中心
    "全力推动北京国际科技创新中心建设，打造广州区域金融中心。",  # the role a plan gives a place
])
def test_phrases_are_not_bodies(sentence: str) -> None:
    found = names("始兴县", sentence)
    assert not any(n.endswith(("法治人民政府", "省办", "省局", "政府中心")) for n in found), found


def test_abbreviations_whose_full_form_is_certain_for_the_level_or_province() -> None:
    """省法院 is the province's high court; 党政办 a party and government office; 重庆's culture and tourism
    commissions are 文化和旅游发展委员会 (elsewhere 文化旅游委 is left as written)."""
    assert names("福建省", "省政府、省法院建立府院联动机制。") == ["福建省人民政府", "福建省高级人民法院"]
    assert names("荣昌区", "区文化旅游委严格履职，区党政办统筹协调。") == [
        "重庆市荣昌区文化和旅游发展委员会", "重庆市荣昌区党政办公室"]
    assert names("荣昌区", "区文化旅游委员会严格履职。") == ["重庆市荣昌区文化和旅游发展委员会"]
    assert names("恩施市", "市文化旅游委严格履职。") == ["恩施市文化旅游委"]


def test_words_that_read_like_a_body_s_end_are_none() -> None:
    """民办 is privately run (苏州市民办美术馆), though 移民办 is an office; 和厅 opens the department's own people
    (省司法厅行政复议专家和厅法律顾问); 优化 is how a group was reshaped, no part of its name."""
    assert names("苏州市", "修订《苏州市民办美术馆管理办法》。") == []
    assert names("始兴县", "县移民办开展宣传。") == ["始兴县移民办"]
    assert names("福建省", "邀请省司法厅行政复议专家和厅法律顾问开展讲座。") == ["福建省司法厅"]
    assert names("始兴县", "调整优化县法治建设工作领导小组。") == ["始兴县法治建设工作领导小组"]
    # (but 优化营商环境 names the group's work)
    assert names("始兴县", "成立优化营商环境工作领导小组。") == ["始兴县优化营商环境工作领导小组"]
    assert names("始兴县", "调整优化营商环境领导小组成员。") == ["始兴县优化营商环境领导小组"]
    assert names("荣昌区", "大力推进“川渝通办”。") == []  # (a province's one character opens no body's name)


def test_a_document_numbers_issuer_code_names_no_body() -> None:
    assert names("始兴县", "印发《实施方案》（始兴府办〔2019〕12号），县政府办公室负责解释。") == ["始兴县人民政府办公室"]


def test_party_committees_take_their_official_names() -> None:
    assert names("始兴县", "经县委常委会会议审议。") == ["中共始兴县委员会常务委员会"]
    assert names("始兴县", "中共始兴县委印发方案。") == ["中共始兴县委员会"]
    assert names("始兴县", "县委常委委员会专题听取汇报。") == ["中共始兴县委员会常务委员会"]  # 会 written out


def test_a_government_studies_in_its_party_groups_study_group() -> None:
    assert names("始兴县", "县政府理论学习中心组专题学法。") == ["始兴县人民政府党组理论学习中心组"]
    assert names("始兴县", "县政府党组理论学习中心组专题学法。") == ["始兴县人民政府党组理论学习中心组"]


def test_district_bodies_carry_their_city() -> None:
    assert names("静海区", "区委、区政府高度重视。") == ["中共天津市静海区委员会", "天津市静海区人民政府"]
    assert names("海淀区", "区园林绿化局开展执法检查。") == ["北京市海淀区园林绿化局"]
    # the city written before the district: the district is the body's region
    gaz = gazetteer.load()
    place = gaz.by_name["海淀区"][0]
    sentence = "中共北京市海淀区委常委会审议。"
    found = AgencyFinder(RegionContext(gaz, place)).find(sentence, RegionScanner(gaz).scan(sentence, place))
    assert [(m.name, m.region_code) for m in found] == [("中共北京市海淀区委员会常务委员会", place.code)]


def test_groups_and_offices_are_whole() -> None:
    assert names("始兴县", "县法治政府建设领导小组办公室印发通知。") == ["始兴县法治政府建设领导小组办公室"]
    assert names("始兴县", "县委理论学习中心组专题学习。") == ["中共始兴县委理论学习中心组"]
    assert names("始兴县", "县委理论中心组专题学习。") == ["中共始兴县委理论学习中心组"]
    assert names("始兴县", "县政府党组带头学法。") == ["中共始兴县人民政府党组"]  # a party body


def test_bodies_named_without_a_prefix_belong_to_the_report_region() -> None:
    assert names("仁化县", "召开全面依法治县委员会会议2次。") == ["中共仁化县委全面依法治县委员会"]
    assert names("仁化县", "成立了以县长为组长的法治建设工作领导小组。") == ["仁化县法治建设工作领导小组"]
    assert names("仁化县", "县依法治县委员会办公室牵头。") == ["中共仁化县委全面依法治县委员会办公室"]


def test_a_groups_office_named_bare_is_the_office_of_the_group_named_last() -> None:
    assert names("仁化县", "成立了法治政府建设工作领导小组，由县长任组长，领导小组办公室设县司法局。") == [
        "仁化县法治政府建设工作领导小组", "仁化县法治政府建设工作领导小组办公室", "仁化县司法局"]


def test_a_city_naming_its_national_zones_committee_by_the_kind_alone_names_it_in_the_zones_style() -> None:
    assert names("邯郸市", "冀南新区、经济技术开发区管委会开展督察。") == ["邯郸经济技术开发区管理委员会"]
    assert names("始兴县", "，产业集聚区管委会开展督察。") == ["始兴县产业集聚区管理委员会"]  # a county's zone


def test_county_market_bureau_is_not_a_county_and_city_pair() -> None:
    assert names("仁化县", "县市场监管局、县司法局负责。") == ["仁化县市场监督管理局", "仁化县司法局"]
    assert names("仁化县", "县市两级联动。") == []


def test_banners_party_schools_general_offices_and_congress_terms() -> None:
    assert names("西乌珠穆沁旗", "旗委常委会、旗委党校和旗人大常委会。") == [
        "中共西乌珠穆沁旗委员会常务委员会", "中共西乌珠穆沁旗委党校", "西乌珠穆沁旗人民代表大会常务委员会"]
    # the government's college of administration, as the party's school is the committee's
    assert names("始兴县", "纳入县行政学院干部培训重要内容。") == ["始兴县行政学院"]
    assert names("始兴县", "省政府办公厅印发通知。") == ["广东省人民政府办公厅"]
    assert names("始兴县", "始兴县第十七届人民代表大会\n常务委员会") == ["始兴县人民代表大会常务委员会"]


def test_deputies_and_meetings_are_not_bodies() -> None:
    assert names("始兴县", "邀请县人大代表旁听庭审。") == []
    assert names("始兴县", "贯彻市委经济工作会议和县委全会精神。") == ["中共韶关市委员会", "中共始兴县委员会"]


def test_a_programme_named_after_a_region_is_not_its_body() -> None:
    assert names("韶关市", "调整了法治韶关建设领导小组办公室。") == ["法治韶关建设领导小组办公室"]


def test_short_place_names_expand_for_core_bodies_only() -> None:
    assert names("昌吉市", "昌吉州党委高度重视。") == ["中共昌吉回族自治州委员会"]
    assert names("黄埔区", "广州港公安局配合执法。") == ["广州港公安局"]
    assert names("黄埔区", "建设广州金融中心和科技创新中心。") == []  # a role the plan gives the place


def test_law_based_governance_committee_in_its_short_forms() -> None:
    assert names("始兴县", "县委依法治县委抓总，县委依法治县办协调。") == [
        "中共始兴县委全面依法治县委员会", "中共始兴县委全面依法治县委员会办公室"]
    # (an office may study: 办学习 is no 办学, running a school)
    assert names("始兴县", "两位局负责人参加县委依法治县办学习贯彻专题培训。") == ["中共始兴县委全面依法治县委员会办公室"]
    assert names("始兴县", "县教育局指导学校办学习型组织。") == ["始兴县教育局"]  # (a learning organisation run)


def test_a_group_may_hold_the_words_of_its_task() -> None:
    assert names("始兴县", "报县依法行政工作领导小组办公室备案。") == ["始兴县依法行政工作领导小组办公室"]
    assert names("始兴县", "推进县依法行政工作。") == []
    # ... and open on the verb of its task (县加强…领导小组), which a clause's verb after the level word does not
    assert names("始兴县", "县加强法治政府建设工作领导小组提出要求。") == ["始兴县加强法治政府建设工作领导小组"]
    assert names("始兴县", "县加强法治政府建设工作，县领导小组督办。") == []
    # (the ordinal of a meeting written before the group's head is the meeting's; 部分 groups are some of them)
    assert names("始兴县", "召开县行政复议体制改革第一次领导小组会议。") == ["始兴县行政复议体制改革领导小组"]
    assert names("始兴县", "印发了县部分领导小组调整方案。") == []


def test_an_area_a_province_governs_directly_has_no_city_prefix() -> None:
    assert names("神农架林区", "区司法局牵头。") == ["神农架林区司法局"]


def test_zone_committees() -> None:
    assert names("西平县", "各街道办事处，产业集聚区管委会，县直有关单位。") == ["西平县产业集聚区管理委员会"]
    assert names("宝应县", "宝应湖旅游度假区管委会负责。") == ["宝应湖旅游度假区管理委员会"]


def test_discipline_and_supervisory_commissions() -> None:
    assert names("始兴县", "县纪委监委开展专项监督。") == ["中共始兴县纪律检查委员会", "始兴县监察委员会"]
    assert names("始兴县", "始兴县纪委监委、县纪委开展监督。") == [
        "中共始兴县纪律检查委员会", "始兴县监察委员会", "中共始兴县纪律检查委员会"]


def test_general_offices_and_provincial_departments() -> None:
    assert names("始兴县", "根据市委办公厅、省民政厅的通知。") == ["中共韶关市委办公厅", "广东省民政厅"]
    assert names("始兴县", "“粤省事”始兴分厅上线，县政务大厅启用。") == ["始兴县政务大厅"]  # a branch hall is no body


def test_offices_of_a_government_or_a_party_committee() -> None:
    assert names("仁化县", "县法制办、县编办联合审查。") == [
        "仁化县人民政府法制办公室", "中共仁化县委机构编制委员会办公室"]


def test_national_ministries_but_not_words_that_hold_them() -> None:
    assert names("始兴县", "获公安部、民政部表彰。") == ["公安部", "民政部"]
    assert names("始兴县", "协调公安部门和司法部门，集中办公。") == []


def test_words_on_a_level_word_that_name_no_body() -> None:
    assert names("黄埔区", "推动跨省通办，市民服务中心启用，市民政局参加。") == ["广州市民政局"]
    assert names("番禺区", "服务广州国家中心城市建设。") == []
    assert names("始兴县", "我县政府高度重视，我县发展工作大局稳定。") == ["始兴县人民政府"]
    assert names("始兴县", "由我县人社局牵头组织。") == ["始兴县人力资源和社会保障局"]  # 我县's departments too


def test_parts_named_after_their_body() -> None:
    assert names("黄埔区", "向区人大及常委会报告。") == ["广州市黄埔区人民代表大会常务委员会", "广州市黄埔区人民代表大会"]
    assert names("韶关市", "召开全面依法治市委员会及办公室会议。") == [
        "中共韶关市委全面依法治市委员会办公室", "中共韶关市委全面依法治市委员会"]


def test_a_region_s_core_bodies_listed_bare_after_one_of_them_are_that_region_s() -> None:
    """自治区人大常委会、政府、政协、高级法院、检察院党组: each listed body the region's, the last with its party group."""
    assert names("南宁市", "专题听取自治区人大常委会、政府、政协、高级法院、检察院党组工作汇报。") == [
        "广西壮族自治区人民代表大会常务委员会", "广西壮族自治区人民政府", "中国人民政治协商会议广西壮族自治区委员会",
        "广西壮族自治区高级人民法院", "中共广西壮族自治区人民检察院党组"]
    assert names("始兴县", "在县人大、政协的有力监督下推进。") == [
        "始兴县人民代表大会", "中国人民政治协商会议始兴县委员会"]
    assert names("始兴县", "县司法局、政府法律顾问参加。") == ["始兴县司法局"]  # (only after a core body)
    assert names("始兴县", "自觉接受县委、人大、政协的监督。") == [
        "中共始兴县委员会", "始兴县人民代表大会", "中国人民政治协商会议始兴县委员会"]
    assert names("韶关市", "听取市人大常委会、政府工作报告。") == ["韶关市人民代表大会常务委员会"]  # (政府工作报告 a report)


def test_national_commissions_by_their_short_names() -> None:
    assert names("重庆市", "在国家卫生健康委“放管服”工作会议上交流，落实《国家发展改革委关于放开食盐价格的通知》。") == [
        "国家卫生健康委员会", "国家发展和改革委员会"]


def test_levels_coordinated_before_one_body() -> None:
    assert names("始兴县", "协调省、市编办解决。") == ["中共广东省委机构编制委员会办公室", "中共韶关市委机构编制委员会办公室"]
    assert names("始兴县", "省、市、县三级联动，省、市级政府参加。") == []


def test_levels_coordinated_before_one_party_committee() -> None:
    """省、市和县委 and 省、市委会议: the party committee of each level listed, as 省、市政府 names each government."""
    assert set(names("始兴县", "在省、市和县委的坚强领导下推进。")) == {
        "中共广东省委员会", "中共韶关市委员会", "中共始兴县委员会"}
    assert set(names("始兴县", "及时传达省、市委会议精神。")) == {"中共广东省委员会", "中共韶关市委员会"}
    assert names("始兴县", "协调省、市委托事项。") == []  # (委托: entrusted, no committee)


def test_a_group_given_its_head_is_named() -> None:
    assert names("始兴县", "副县长担任行政执法监督工作领导小组组长。") == ["始兴县行政执法监督工作领导小组"]


def test_service_centres_and_seats_named_without_a_region() -> None:
    assert names("始兴县", "进驻率达95%，政务服务中心全天开放。") == ["始兴县政务服务中心"]
    assert names("始兴县", "新建的企业开办服务中心投入使用。") == ["始兴县企业开办服务中心"]
    assert names("始兴县", "小组下设办公室，办公室设在财政局，负责日常工作。") == ["始兴县财政局"]
    assert names("始兴县", "积极推进公共法律服务中心建设。") == []  # a verb's object, not a name
    assert names("始兴县", "各乡镇服务中心全部建成。") == []


def test_committees_a_government_has_one_of() -> None:
    assert names("始兴县", "召开安委会全体会议，行政复议委员会审议案件。") == [
        "始兴县安全生产委员会", "始兴县人民政府行政复议委员会"]
    assert names("始兴县", "县安委会部署，县委会议研究。") == ["始兴县安全生产委员会", "中共始兴县委员会"]
    assert names("始兴县", "指导各级行政复议委员会。") == []


def test_courts_party_departments_and_common_abbreviations() -> None:
    assert names("始兴县", "市中级人民法院、县委办、县医保局参加。") == [
        "韶关市中级人民法院", "中共始兴县委办公室", "始兴县医疗保障局"]
    assert names("黄埔区", "区府办、区委政法委、区委组织部、区委统战部负责。") == [
        "广州市黄埔区人民政府办公室", "中共广州市黄埔区委政法委员会", "中共广州市黄埔区委组织部",
        "中共广州市黄埔区委统一战线工作部"]
    assert names("始兴县", "团县委、县干部和县委宣传部门参加。") == ["中共始兴县委员会"]  # 县委 alone in the last


def test_a_bare_department_joined_to_a_body_shares_its_region() -> None:
    assert names("始兴县", "按照县法治政府建设领导小组、司法局的部署。") == [
        "始兴县法治政府建设领导小组", "始兴县司法局"]
    assert names("始兴县", "县政府和有关局负责。") == ["始兴县人民政府"]
    # before the verb both share, the name ends where a word begins: not at 公安局长, a post
    assert names("始兴县", "县委和司法局联合开展普法。") == ["中共始兴县委员会", "始兴县司法局"]
    assert names("始兴县", "县政府和公安局长参加。") == ["始兴县人民政府"]


def test_a_short_name_keeping_its_level_word_names_the_place() -> None:
    assert names("延吉市", "延边州司法局、州中级人民法院指导。") == [
        "延边朝鲜族自治州司法局", "延边朝鲜族自治州中级人民法院"]


def test_ministries_by_their_short_names() -> None:
    assert names("始兴县", "获工信部、国家发改委通报表扬。") == ["工业和信息化部", "国家发展和改革委员会"]
    assert names("始兴县", "县工信部门和人社部门联合检查。") == []


def test_a_standing_committee_member_is_a_post_not_the_committee() -> None:
    assert names("始兴县", "市委常委、县委书记主持会议。") == []  # two posts of one person
    assert names("始兴县", "市委常委会听取汇报。") == ["中共韶关市委员会常务委员会"]
    assert names("始兴县", "召开县委常委会议、县委常委扩大会议。") == ["中共始兴县委员会常务委员会"] * 2


def test_an_autonomous_prefecture_by_its_short_name_outside_the_report_chain() -> None:
    assert names("始兴县", "报送中共楚雄州委、楚雄州人民政府。") == [
        "中共楚雄彝族自治州委员会", "楚雄彝族自治州人民政府"]
    assert names("始兴县", "赴楚雄州考察。") == []  # the place itself is no body


def test_a_cppcc_member_is_no_body() -> None:
    assert names("始兴县", "办理县人大代表建议、县政协委员提案。") == []
    assert names("始兴县", "县政协委员会召开会议。") == ["中国人民政治协商会议始兴县委员会"]


def test_an_autonomous_area_calls_itself_by_its_level() -> None:
    assert names("金平苗族瑶族傣族自治县", "自治县人民政府印发方案，自治县人大常委会审议。") == [
        "金平苗族瑶族傣族自治县人民政府", "金平苗族瑶族傣族自治县人民代表大会常务委员会"]
    assert names("昌吉市", "自治州党委和政府高度重视。") == ["中共昌吉回族自治州委员会", "昌吉回族自治州人民政府"]
    # (run together, as pages write them: 自治区党委政府, 县委政府)
    assert names("鄂尔多斯市", "全面落实自治区党委政府、市委的部署要求。") == [
        "中共内蒙古自治区委员会", "内蒙古自治区人民政府", "中共鄂尔多斯市委员会"]
    assert names("仁化县", "在县委政府的领导下。") == ["中共仁化县委员会", "仁化县人民政府"]
    assert names("始兴县", "自治县人民政府来访。") == []  # 始兴县 is no autonomous county


def test_a_party_secretary_or_member_is_a_post() -> None:
    assert names("始兴县", "县委副书记、县政府党组成员出席，县委印发方案。") == ["中共始兴县委员会"]
    assert names("始兴县", "县政府党组书记带头述法。") == []


def test_the_central_law_based_governance_office_by_its_short_name_and_its_groups() -> None:
    assert names("始兴县", "迎接中央依法治国办实地督察。") == ["中央全面依法治国委员会办公室"]
    # (a group it sends or holds is one body, the office's name part of its name: no body of its own inside it)
    assert names("始兴县", "配合中央依法治国办第二督察组督察。") == ["中央全面依法治国委员会办公室第二督察组"]
    assert names("新县", "向中央依法治国办守法普法协调小组推荐。") == ["中央全面依法治国委员会办公室守法普法协调小组"]
    assert names("始兴县", "获中央编办肯定。") == ["中央机构编制委员会办公室"]
    assert names("始兴县", "国办印发通知，中办、国办联合发文。")[0] == "国务院办公厅"
    assert "国务院办公厅" not in names("始兴县", "推行集中办公。")


def test_the_national_legal_publicity_office_by_its_short_name() -> None:
    """全国普法办 is a national body: no region's 普法依法治理领导小组办公室."""
    assert names("巴中市", "市司法局被中央宣传部、司法部、全国普法办表彰。")[-1] == "全国普法办公室"
    assert names("始兴县", "县普法办组织宣传。") == ["始兴县普法依法治理领导小组办公室"]


def test_the_law_based_governance_office_written_without_committee() -> None:
    assert names("始兴县", "县委全面依法治县办公室召开会议。") == ["中共始兴县委全面依法治县委员会办公室"]


def test_words_ending_in_bureau_that_name_a_situation_are_no_bodies() -> None:
    assert names("始兴县", "确保广东社会大局稳定，服务全省发展格局。") == []


def zone_names(zone: str, division: str | None, sentence: str) -> list[str]:
    """Official names of the agencies in ``sentence`` of a report issued by development zone ``zone``."""
    gaz = gazetteer.load()
    place = gaz.by_name[division][0] if division else None
    hits = RegionScanner(gaz).scan(sentence, place)
    return [m.name for m in AgencyFinder(RegionContext(gaz, place, zone)).find(sentence, hits)]


def test_a_zone_s_working_committee_and_administrative_committee_are_its_own() -> None:
    assert zone_names("惠州高新技术产业开发区", "惠州市", "区党工委、区管委会高度重视，将法治纳入区党工委理论学习中心组学习。") == [
        "中共惠州高新技术产业开发区工作委员会", "惠州高新技术产业开发区管理委员会",
        "中共惠州高新技术产业开发区工作委员会理论学习中心组"]
    # styled with the city it lies in, as a district's bodies are
    assert zone_names("东丽经济开发区", "东丽区", "管委会召开会议。") == ["天津东丽经济开发区管理委员会"]
    assert zone_names("东丽经济开发区", "东丽区", "机构改革后，原管委会职能移交。") == ["天津东丽经济开发区管理委员会"]
    # ... but a new area named after two cities (西咸: 西安 and 咸阳) is its province's, styled with the province
    assert zone_names("西咸新区", "西安市", "新区党工委、管委会统筹推进。") == ["中共陕西省西咸新区工作委员会", "陕西省西咸新区管理委员会"]
    # its working committee's committee for the rule of law is one body with it; an industrial park calls itself 园区
    assert zone_names("扬州工业园区", "扬州市", "召开园区党工委全面依法治区委员会会议。") == [
        "中共扬州工业园区工作委员会全面依法治区委员会"]
    assert zone_names("西咸新区", "西安市", "召开新区党工委全面依法治区委员会会议。") == [
        "中共陕西省西咸新区工作委员会全面依法治区委员会"]
    # ... and so is that committee named bare, set up by the working committee: the zone's 区 is the zone
    assert zone_names("兰州新区", "兰州市", "新区党工委成立了全面依法治区委员会并召开第一次会议。") == [
        "中共兰州新区工作委员会", "中共兰州新区工作委员会全面依法治区委员会"]
    # (not above it, nor in an autonomous region, whose own committee is named so too)
    assert zone_names("兰州新区", "兰州市", "参加上级全面依法治区委员会会议。") == []
    assert zone_names("银川经济技术开发区", "银川市", "落实全面依法治区委员会部署。") == []
    # ... another zone's report naming a park's committee: not its own
    assert zone_names("西咸新区", "西安市", "指导园区党工委学法。") == []
    # a street's working committee, a bracketed list of kinds, a zone whose city is unknown: none
    assert zone_names("惠州高新技术产业开发区", "惠州市", "街道党工委书记述法，各级党委（党组、党工委）学法。") == []
    assert zone_names("某某新区", None, "新区党工委统筹推进。") == []


def test_a_zone_s_bodies_take_the_style_its_publishing_committee_writes() -> None:
    """Where the zone's committee publishes the report, its bare 管委会 is that committee by the name it publishes under,
    and its other bodies share that style, however the text writes the zone; a bare 党工委 is the zone's as an object
    too (纳入党工委“第一议题”)."""
    gaz = gazetteer.load()

    def published(zone: str, division: str, publisher: str, sentence: str) -> list[str]:
        place = gaz.by_name[division][0]
        context = RegionContext(gaz, place, zone, zone_committee=publisher)
        return [m.name for m in AgencyFinder(context).find(sentence, RegionScanner(gaz).scan(sentence, place))]

    assert published("五象新区", "南宁市", "南宁五象新区规划建设管理委员会", "新区党工委、管委会统筹推进。") == [
        "中共南宁五象新区工作委员会", "南宁五象新区规划建设管理委员会"]
    assert published("东源产业园区", "东源县", "河源东源产业园区管理委员会",
                     "东源产业园区管委会坚持以习近平法治思想为指导，纳入党工委“第一议题”和理论学习中心组学习内容。") == [
        "河源东源产业园区管理委员会", "中共河源东源产业园区工作委员会", "中共河源东源产业园区工作委员会理论学习中心组"]
    # a bare 党工委 of a collective or a street is not the zone's
    assert published("五象新区", "南宁市", "南宁五象新区规划建设管理委员会", "指导各级党工委、街道党工委学法。") == []
    # a group the zone's report names with its kind is the zone's, its kind written once
    assert published("甘眉工业园区南区", "东坡区", "甘眉工业园区南区管理委员会", "成立园区法治政府建设工作领导小组。") == [
        "甘眉工业园区南区法治政府建设工作领导小组"]
    # a part of a zone that has a committee of its own: its bodies, its park's 园区党工委 and the group it sets up
    assert published("甘眉工业园区南区", "东坡区", "甘眉工业园区南区管理委员会",
                     "成立以园区管委会主任为组长的法治政府建设工作领导小组。一是园区党工委、管委会高度重视。") == [
        "甘眉工业园区南区管理委员会", "甘眉工业园区南区法治政府建设工作领导小组", "中共甘眉工业园区南区工作委员会",
        "甘眉工业园区南区管理委员会"]


def test_a_zone_is_read_as_its_committee_publishes_it_with_its_part_or_without() -> None:
    from ingest.extract.agencies import zone_as_published

    assert zone_as_published("甘眉工业园区南区", "甘眉工业园区南区管理委员会") == "甘眉工业园区南区"
    assert zone_as_published("甘眉工业园区", "甘眉工业园区南区管理委员会") == "甘眉工业园区"
    assert zone_as_published("东源产业园区", "河源东源产业园区管理委员会") == "河源东源产业园区"


def test_a_verb_asking_departments_to_take_part_is_no_part_of_the_first_one_s_name() -> None:
    assert names("始兴县", "宣传产业政策，邀请发改委、商务局等部门开展培训。") == [
        "始兴县发展和改革委员会", "始兴县商务局"]


def test_places_listed_before_one_head_share_it() -> None:
    assert names("金昌市", "永昌县、金川区人民政府，市政府各部门：") == [
        "永昌县人民政府", "金昌市金川区人民政府", "金昌市人民政府"]
    assert names("广州市", "天河区、海珠区和越秀区司法局联合开展") == [
        "广州市天河区司法局", "广州市海珠区司法局", "广州市越秀区司法局"]


def test_a_bureaus_report_calls_its_own_party_bodies_by_its_head_alone() -> None:
    gaz = gazetteer.load()
    place = gaz.by_name["綦江区"][0]
    scanner = RegionScanner(gaz)
    ctx = RegionContext(gaz, place)
    ctx.bureau = bureau_name("綦江区司法局", ctx, scanner)
    assert ctx.bureau == "重庆市綦江区司法局"
    sentence = "把学法纳入局党委会议，局党组书记带头讲法。"
    assert [m.name for m in AgencyFinder(ctx).find(sentence, scanner.scan(sentence, place))] == [
        "中共重庆市綦江区司法局委员会"]  # 局党组书记 is a post
    assert bureau_name("綦江区人民政府", ctx, scanner) is None
    # the bureau's party group issuing its report speaks for the bureau
    assert bureau_name("中共綦江区司法局党组", ctx, scanner) == "重庆市綦江区司法局"


def bureau_report(region: str, publisher: str, sentence: str, zone: str | None = None) -> tuple[str | None, list[str]]:
    """The bureau a report of ``region`` (or of its ``zone``) published by ``publisher`` is read as, and the official
    names of the agencies in its ``sentence``."""
    gaz = gazetteer.load()
    place = gaz.by_name[region][0]
    scanner = RegionScanner(gaz)
    ctx = RegionContext(gaz, place, zone, authored_by_bureau=True)
    ctx.bureau = bureau_name(publisher, ctx, scanner)
    return ctx.bureau, [m.name for m in AgencyFinder(ctx).find(sentence, scanner.scan(sentence, place))]


def test_a_bureau_called_by_its_region_s_short_name_in_its_own_report_is_the_bureau() -> None:
    """推进柳江卫生健康局法治建设 in 柳江区卫生健康局's report: the bureau itself, its district by its short name; another
    place's proper name on a short place name (广州港公安局) stays one."""
    assert bureau_report("柳江区", "柳江区卫生健康局", "深入学习贯彻习近平法治思想，推进柳江卫生健康局法治建设。") == (
        "柳州市柳江区卫生健康局", ["柳州市柳江区卫生健康局"])


def test_a_zone_s_bureau_publishing_its_report_is_the_bureau_of_it_under_the_zone_s_style() -> None:
    """金普新区卫生健康局 publishing the report of 金普新区 (大连's): the bureau, as its 区 opens it, whose own party
    group's study group the report names bare."""
    assert bureau_report("大连市", "金普新区卫生健康局", "通过党组理论学习中心组学习、专题研讨等形式系统学习法律法规。",
                         "金普新区") == ("大连金普新区卫生健康局", ["大连金普新区卫生健康局党组理论学习中心组"])


def test_an_office_s_organ_party_group_s_study_group_is_the_office_s() -> None:
    """列为机关党组中心组学习重点 in 陕西省人民政府办公厅's own report: its organ's party group's study group, 机关
    kept (not the office's 党组)."""
    assert bureau_report("陕西省", "陕西省人民政府办公厅", "将党内法规和国家法律法规列为机关党组中心组学习重点。")[1] == [
        "陕西省人民政府办公厅机关党组理论学习中心组"]


def test_a_commission_publishing_its_own_report_is_the_bureau_of_it() -> None:
    gaz = gazetteer.load()
    place = gaz.by_name["韶关市"][0]
    scanner = RegionScanner(gaz)
    ctx = RegionContext(gaz, place, authored_by_bureau=True)
    ctx.bureau = bureau_name("韶关市民族宗教事务委员会", ctx, scanner)
    assert ctx.bureau == "韶关市民族宗教事务委员会"
    sentence = "市民宗委党组研究制定了依法行政计划，成立了依法行政工作领导小组。"
    assert [m.name for m in AgencyFinder(ctx).find(sentence, scanner.scan(sentence, place))] == [
        "中共韶关市民族宗教事务委员会党组", "韶关市民族宗教事务委员会依法行政工作领导小组"]
    # a zone's management committee, a party committee and its commissions are no bureaus
    for publisher in ("韶关高新技术产业开发区管理委员会", "中共韶关市委员会", "韶关市委全面依法治市委员会",
                      "韶关市人民代表大会常务委员会"):
        assert bureau_name(publisher, ctx, scanner) is None, publisher


def test_a_level_word_begins_a_commission_named_on_people_but_no_citizens() -> None:
    assert names("始兴县", "县民委、县民宗局联合开展培训，市民反映良好。") == [
        "始兴县民族事务委员会", "始兴县民族宗教事务局"]


def test_a_group_named_after_a_long_task_keeps_its_whole_name() -> None:
    assert names("始兴县", "成立了始兴县创建省级法治政府建设示范县工作领导小组。") == [
        "始兴县创建省级法治政府建设示范县工作领导小组"]
    # not cut at the level word ending 示范县 (县工作领导小组)
    assert names("始兴县", "成立了以县长为组长的创建全国法治政府建设示范县工作领导小组。") == [
        "始兴县创建全国法治政府建设示范县工作领导小组"]


def test_a_zone_s_departments_school_and_committee_office_after_its_level_word() -> None:
    assert zone_names("惠州高新技术产业开发区", "惠州市", "区依法治区办与区经济发展部在区党校设立教学点。") == [
        "中共惠州高新技术产业开发区工作委员会全面依法治区委员会办公室", "惠州高新技术产业开发区经济发展部",
        "中共惠州高新技术产业开发区工作委员会党校"]
    # where 区 is a district of the report's chain, its bodies are that district's
    assert zone_names("东丽经济开发区", "东丽区", "区司法局指导。") == ["天津市东丽区司法局"]
    # 区委 and 区政府 lead a district, not a zone: those of the district it lies in, unnamed where the chain has none
    assert zone_names("惠州高新技术产业开发区", "惠州市", "在市委、市政府和区委、区政府的正确领导下，区经济发展部推进。") == [
        "中共惠州市委员会", "惠州市人民政府", "惠州高新技术产业开发区经济发展部"]


def test_a_zone_led_by_a_party_committee_names_it_after_its_level_word() -> None:
    """区党委 of a zone (some are led by a 党委, not a 党工委): 中共{zone}委员会, with its standing committee; 区党委管委会
    written without a comma is the two committees, the latter named with its span."""
    assert zone_names("惠州高新技术产业开发区", "惠州市", "在区党委的领导下，区党委常委会专题听取汇报。") == [
        "中共惠州高新技术产业开发区委员会", "中共惠州高新技术产业开发区委员会常务委员会"]
    assert zone_names("惠州高新技术产业开发区", "惠州市", "组织区党委理论学习中心组专题学习。") == [
        "中共惠州高新技术产业开发区委员会理论学习中心组"]
    assert zone_names("惠州高新技术产业开发区", "惠州市", "区党委管委会主要负责同志履行职责。") == [
        "惠州高新技术产业开发区管理委员会"]
    # its study group by 党委 alone, in a report naming no 党工委; not every level's (各级党委理论学习中心组)
    assert zone_names("惠州高新技术产业开发区", "惠州市", "在区党委的领导下，通过党委理论中心组学习，推动各级党委理论学习中心组学法。") == [
        "中共惠州高新技术产业开发区委员会", "中共惠州高新技术产业开发区委员会理论学习中心组"]


def test_a_station_named_after_its_place_at_a_clause_start_is_a_body() -> None:
    assert names("始兴县", "唐家派出所被命名为枫桥式派出所；城关司法所调解纠纷，推动司法所建设。") == [
        "唐家派出所", "城关司法所"]


def _in_qijiang_justice_bureaus_report(sentence: str, authored_by_bureau: bool = True) -> list[str]:
    """The agencies of ``sentence`` in a report the 綦江区 justice bureau publishes: about itself, or
    (``authored_by_bureau`` False) the government's report that it posts."""
    gaz = gazetteer.load()
    place = gaz.by_name["綦江区"][0]
    ctx = RegionContext(gaz, place, bureau="重庆市綦江区司法局", authored_by_bureau=authored_by_bureau)
    return [m.name for m in AgencyFinder(ctx).find(sentence, RegionScanner(gaz).scan(sentence, place))]


def test_a_bureaus_report_calls_its_party_groups_study_group_by_its_name_alone() -> None:
    sentence = "将宪法纳入党组理论学习中心组学习内容，区政府党组理论学习中心组带头学，局党组中心组学法4次。"
    assert _in_qijiang_justice_bureaus_report(sentence) == [
        "重庆市綦江区司法局党组理论学习中心组", "重庆市綦江区人民政府党组理论学习中心组",
        "重庆市綦江区司法局党组理论学习中心组"]
    # a government's report its 司法局 publishes: a bare study group is none of the bureau's
    assert _in_qijiang_justice_bureaus_report(sentence, authored_by_bureau=False) == [
        "重庆市綦江区人民政府党组理论学习中心组", "重庆市綦江区司法局党组理论学习中心组"]


def test_a_plenary_meeting_of_a_committee_is_no_body_of_it() -> None:
    assert names("始兴县", "召开县委全委会议，审议工作报告。") == ["中共始兴县委员会"]


def test_a_level_word_after_the_verb_fa_is_a_body_but_kaifaqu_is_no_district() -> None:
    assert names("始兴县", "转发省委依法治省委文件，下发县委通知。") == [
        "中共广东省委全面依法治省委员会", "中共始兴县委员会"]
    assert names("始兴县", "推进开发区管理体制改革。") == []


def test_a_group_reshaped_or_holding_its_task_s_words_is_the_region_s() -> None:
    assert names("仁化县", "及时调整充实了依法行政工作领导小组。") == ["仁化县依法行政工作领导小组"]
    assert names("仁化县", "召开全县依法行政工作领导小组会议。") == ["仁化县依法行政工作领导小组"]
    # groups that each town or department set up are many, none of them the county's
    assert names("仁化县", "各镇及各部门相应成立了由主要负责人为组长的依法行政工作领导小组。") == []
    assert names("仁化县", "县政府本级和行政执法机关均成立了由一把手挂帅的法治政府建设工作领导小组。") == ["仁化县人民政府"]


@pytest.mark.parametrize(("author", "study_group"), [
    ("重庆市綦江区司法局", ["重庆市綦江区司法局党组理论学习中心组"]),  # the bureau wrote the report
    # the government's report, which its bureau publishes: the study group is the government's party group's
    ("重庆市綦江区人民政府", ["重庆市綦江区人民政府党组理论学习中心组"]),
])
def test_who_wrote_the_report_says_whose_bare_study_group_it_is(author: str, study_group: list[str]) -> None:
    text = (f"{author}2023年度法治政府建设情况报告\n发布机构：重庆市綦江区司法局\n一、主要工作\n"
            "将宪法纳入党组理论学习中心组学习内容，全年开展学法12次。\n")
    assert [e.name for e in _report_agencies(text) if e.text == "党组理论学习中心组"] == study_group


def test_a_bureaus_bare_study_group_after_an_item_naming_no_body_is_its_own() -> None:
    """、 lists bodies only after a body's head (党委、党组理论学习中心组: kinds of body); after a count of meetings it
    lists the bureau's own activities."""
    sentence = "召开党组会议“第一议题”学习19次、党组理论中心组学习会7次。各级党委、党组理论学习中心组带头学法。"
    assert _in_qijiang_justice_bureaus_report(sentence) == [
        "中共重庆市綦江区司法局党组", "重庆市綦江区司法局党组理论学习中心组"]


def test_a_provincial_department_titled_by_its_ting_wrote_its_report() -> None:
    """A 厅's title names it as a 局's does: its bare study group is its own, not its government's."""
    text = ("广东省交通运输厅2023年度法治政府建设年度报告\n发布机构：广东省交通运输厅\n一、主要工作\n"
            "把习近平法治思想作为厅党组、理论学习中心组学习和机关干部日常学习的重要内容。\n")
    assert [e.name for e in _report_agencies(text) if "党组" in e.name] == [
        "中共广东省交通运输厅党组", "广东省交通运输厅党组理论学习中心组"]


def test_a_bureau_s_head_before_its_own_group_names_the_bureau_itself() -> None:
    """In the bureau's report, 局法治政府建设领导小组 is the bureau's group (its 局 written once), and a party group
    meeting listed after 局党组理论学习中心组、 is the bureau's party group's, as after a bare group."""
    assert _in_qijiang_justice_bureaus_report("担任局法治政府建设领导小组组长。") == [
        "重庆市綦江区司法局法治政府建设领导小组"]
    assert _in_qijiang_justice_bureaus_report("局党组理论学习中心组、党组会、局务会先后14次组织学习。") == [
        "重庆市綦江区司法局党组理论学习中心组", "中共重庆市綦江区司法局党组"]
    # (not after another bureau's group: 市司法局's meeting is not the writer's party group's)
    assert "中共重庆市綦江区司法局党组" not in _in_qijiang_justice_bureaus_report("列席市司法局党组理论学习中心组、党组会议3次。")
    # a bureau styled a commission writes its 委 once too; a word the head opens (局属单位) is no self-reference
    gaz = gazetteer.load()
    place = gaz.by_name["广州市"][0]
    commission = RegionContext(gaz, place, bureau="广州市发展和改革委员会", authored_by_bureau=True)
    sentence = "担任委法治建设领导小组组长。"
    assert [m.name for m in AgencyFinder(commission).find(sentence, RegionScanner(gaz).scan(sentence, place))] == [
        "广州市发展和改革委员会法治建设领导小组"]
    assert _in_qijiang_justice_bureaus_report("担任局属单位安全生产领导小组组长。") == [
        "重庆市綦江区司法局局属单位安全生产领导小组"]


def test_a_county_s_political_and_legal_commission_is_its_party_committee_s() -> None:
    assert names("安化县", "我局先后派员参加了县政法委开展的培训班。") == ["中共安化县委政法委员会"]
    assert names("安化县", "县委政法委牵头。") == ["中共安化县委政法委员会"]


def test_a_study_group_written_without_xuexi_is_the_same_group() -> None:
    assert _in_qijiang_justice_bureaus_report("把习近平法治思想作为党组理论中心组学习的重要内容。") == [
        "重庆市綦江区司法局党组理论学习中心组"]


@pytest.mark.parametrize(("opening", "study_group"), [
    # the bureau names itself as the report's subject: its report, though the title names no body
    ("2023年，区司法局在区委、区政府的坚强领导下，扎实推进法治政府建设。", ["重庆市綦江区司法局党组理论学习中心组"]),
    # the region speaks: the government's report, which its bureau posts
    ("2023年，我区坚持以习近平法治思想为指导，扎实推进法治政府建设。", ["重庆市綦江区人民政府党组理论学习中心组"]),
])
def test_a_bureau_opening_its_untitled_report_as_subject_wrote_it(opening: str, study_group: list[str]) -> None:
    text = ("关于2023年法治政府建设情况的报告\n发布机构：重庆市綦江区司法局\n" + opening + "\n一、主要工作\n"
            "将宪法纳入党组理论学习中心组学习内容，全年开展学法12次。\n")
    assert [e.name for e in _report_agencies(text) if e.text == "党组理论学习中心组"] == study_group


@pytest.mark.parametrize(("head", "group"), [
    # the government's office writes its own report: the group it sets up is its own
    ("2022年，在县委、县政府的坚强领导下，武定县人民政府办公室坚持依法行政。\n", "武定县人民政府办公室法治政府建设工作领导小组"),
    # the government's report, which its office posts: the group is the county's
    ("武定县2022年法治政府建设情况报告\n发布机构：武定县人民政府办公室\n2022年，武定县坚持依法行政。\n",
     "武定县法治政府建设工作领导小组"),
])
def test_a_governments_office_writing_its_report_sets_up_its_own_group(head: str, group: str) -> None:
    text = head + "一、主要举措\n成立了以主要负责人为组长的法治政府建设工作领导小组，定期研究法治工作。\n"
    assert [e.name for e in _report_agencies(text) if e.name.endswith("领导小组")] == [group]


def _in_a_government_report(sentence: str) -> list[str]:
    gaz = gazetteer.load()
    place = gaz.by_name["始兴县"][0]
    ctx = RegionContext(gaz, place, authored_by_government=True)
    return [m.name for m in AgencyFinder(ctx).find(sentence, RegionScanner(gaz).scan(sentence, place))]


def test_a_governments_report_calls_its_party_groups_study_group_by_its_name_alone() -> None:
    assert _in_a_government_report("将宪法列入党组理论学习中心组学习计划。") == ["始兴县人民政府党组理论学习中心组"]
    assert _in_a_government_report("召开常务会议、党组理论学习中心组会议学法。") == ["始兴县人民政府党组理论学习中心组"]
    # after a body's head it is a kind of group (各级党委、党组…) or that body's own
    assert _in_a_government_report("各级党委、党组理论学习中心组带头学法。") == []
    assert names("始兴县", "将宪法列入党组理论学习中心组学习计划。") == []  # nobody known wrote it


def test_a_provinces_report_leaves_a_bare_study_group_to_the_levels_it_accounts_for() -> None:
    """A province's government reports on the work of 全省各级政府: 通过中心组学习 there may be any level's group; its
    own it names (省政府党组理论学习中心组), where a county's report means its own by the bare group."""
    gaz = gazetteer.load()
    sentence = "坚持通过中心组学习、会前学法等形式深化学习。"

    def found(place_name: str) -> list[str]:
        place = gaz.by_name[place_name][0]
        finder = AgencyFinder(RegionContext(gaz, place, authored_by_government=True))
        return [m.name for m in finder.find(sentence, RegionScanner(gaz).scan(sentence, place))]

    assert found("甘肃省") == []
    assert found("始兴县") == ["始兴县人民政府党组理论学习中心组"]


def test_a_party_group_named_by_its_meeting_alone_is_the_writers_own() -> None:
    assert _in_qijiang_justice_bureaus_report("召开党组会议21次，党组扩大会议学法2次。") == [
        "中共重庆市綦江区司法局党组", "中共重庆市綦江区司法局党组"]
    assert _in_a_government_report("召开常务会议、党组会议研究法治政府建设。") == ["中共始兴县人民政府党组"]
    # (or by its study together: 党组集中学法7次; the plan or system of such study is every group's, not the writer's)
    assert _in_qijiang_justice_bureaus_report("全年党组集中学法7次，落实党组学法计划、党组集体学法制度。") == [
        "中共重庆市綦江区司法局党组"]
    assert _in_qijiang_justice_bureaus_report("将习近平法治思想纳入党组理论学习重点内容。") == ["中共重庆市綦江区司法局党组"]
    # after a body's head (党委（党组）会议) or a collective (各单位党组会) it is a kind of meeting, and a report
    # nobody known wrote names nobody's
    assert _in_a_government_report("各级党委（党组）会议、各单位党组会议专题学法。") == []
    assert names("始兴县", "召开党组会议研究法治政府建设。") == []
    # ... and listed after the writer's own study group named bare: the items of one list are one body's
    assert _in_qijiang_justice_bureaus_report("运用党组理论学习中心组、党组会议“第一议题”等载体。") == [
        "重庆市綦江区司法局党组理论学习中心组", "中共重庆市綦江区司法局党组"]
    # (not after another body's group: 政府党组理论学习中心组 is the government's)
    assert "中共重庆市綦江区司法局党组" not in _in_qijiang_justice_bureaus_report(
        "运用区政府党组理论学习中心组、党组会议等载体。")
    # ... after a regular meeting listed before it (周一例会、党组会), and its study group after it (党组会、党组理论学习中心组)
    assert _in_qijiang_justice_bureaus_report("通过周一例会、党组会、党组理论学习中心组学习等多种形式组织学习。") == [
        "中共重庆市綦江区司法局党组", "重庆市綦江区司法局党组理论学习中心组"]


def test_the_rule_of_law_group_by_its_other_names_and_the_task_force_are_the_report_regions() -> None:
    """法治工作领导小组, “法治建设”工作领导小组 (the work quoted) and 法治建设工作专班 (a task force) lead a region's
    rule-of-law work as 法治建设领导小组 does: the report region's, its bureau's in the bureau's report."""
    assert names("仁化县", "发挥法治工作领导小组作用。") == ["仁化县法治工作领导小组"]
    assert names("仁化县", "成立以县长为组长的“法治建设”工作领导小组。") == ["仁化县法治建设工作领导小组"]
    assert names("仁化县", "动态调整并充实法治建设工作专班。") == ["仁化县法治建设工作专班"]
    assert _in_qijiang_justice_bureaus_report("发挥法治工作领导小组作用。") == ["重庆市綦江区司法局法治工作领导小组"]


def test_a_department_listed_after_the_writing_bureaus_own_party_body_is_the_bureaus() -> None:
    """…，提交局党委、案审委集体研究: the bureau's case review committee (案审委 written out), as items of one list are one
    body's; departments listed bare elsewhere are the region's."""
    assert _in_qijiang_justice_bureaus_report("对重点案件，提交局党委、案审委集体研究决定。") == [
        "中共重庆市綦江区司法局委员会", "重庆市綦江区司法局案件审理委员会"]
    assert names("仁化县", "专项检查中，会同公安局、财政局开展执法。") == ["仁化县公安局", "仁化县财政局"]


def test_a_level_coordinated_with_the_levels_under_it_names_one_body_of_its_own() -> None:
    assert names("仁化县", "建立县、乡镇法治建设领导小组，县、街道两级联动。") == ["仁化县法治建设领导小组"]
    assert names("西乌珠穆沁旗", "建立旗、苏木镇依法治理工作领导小组。") == ["西乌珠穆沁旗依法治理工作领导小组"]


def test_a_study_group_written_once_after_a_party_committee_and_its_government_is_both_bodies() -> None:
    assert names("临夏市", "市委和市政府党组理论学习中心组带头学。") == [
        "中共临夏市委理论学习中心组", "临夏市人民政府党组理论学习中心组"]
    assert names("临夏市", "市委、市政府高度重视。") == ["中共临夏市委员会", "临夏市人民政府"]  # no group: the bodies


def test_he_before_a_level_word_opens_another_body() -> None:
    assert names("海淀区", "在区委、区政府正确领导和市司法局有力指导下，区人力资源和社会保障局配合。") == [
        "中共北京市海淀区委员会", "北京市海淀区人民政府", "北京市司法局", "北京市海淀区人力资源和社会保障局"]
    # ... and so does 与 (市司法局与市公安局), which inside a name joins two fields as 和 does (海洋与渔业局)
    assert names("北海市", "市海洋与渔业局牵头，市司法局与市公安局配合。") == [
        "北海市海洋与渔业局", "北海市司法局", "北海市公安局"]


def test_a_townships_report_names_its_party_committee_by_level_and_its_study_group_alone() -> None:
    text = ("桃花镇2024年法治政府建设情况报告\n2024年，在仁化县委、县政府的坚强领导下，桃花镇坚持依法行政。\n"
            "一、主要举措\n镇党委召开专题会议研究法治建设，党委理论学习中心组集中学法6次，各级党委带头学法。\n")
    assert [e.name for e in _report_agencies(text) if "桃花镇" in e.name] == [
        "中共仁化县桃花镇委员会", "中共仁化县桃花镇委员会理论学习中心组"]
    # its study group written 理论中心组, and the county bureaus' stations in it by its level
    text = ("桃花镇2024年法治政府建设情况报告\n2024年，在仁化县委、县政府的坚强领导下，桃花镇坚持依法行政。\n"
            "一、主要举措\n党委理论中心组集中学法，明确各村、镇司法所、派出所的职责，县司法所长指导。\n")
    assert [e.name for e in _report_agencies(text) if "桃花镇" in e.name] == [
        "中共仁化县桃花镇委员会理论学习中心组", "仁化县司法局桃花镇司法所", "仁化县公安局桃花镇派出所"]


def test_a_group_a_bureaus_report_sets_up_is_the_bureaus_and_its_members_are_no_plural() -> None:
    sentence = "成立由局长任组长，各科室负责人为成员的依法行政工作领导小组，全区法治建设领导小组统筹推进。"
    assert _in_qijiang_justice_bureaus_report(sentence) == [
        "重庆市綦江区司法局依法行政工作领导小组", "重庆市綦江区法治建设领导小组"]
    assert names("綦江区", "各镇街相应成立了依法行政工作领导小组。") == []


def _in_bureaus_report(region: str, bureau: str, sentence: str) -> list[str]:
    """The agencies of ``sentence`` in a report ``bureau`` of ``region`` wrote."""
    gaz = gazetteer.load()
    place = gaz.by_name[region][0]
    scanner = RegionScanner(gaz)
    ctx = RegionContext(gaz, place, bureau=bureau, authored_by_bureau=True)
    return [m.name for m in AgencyFinder(ctx).find(sentence, scanner.scan(sentence, place))]


def test_a_police_bureaus_report_calls_its_party_committees_study_group_by_its_head_alone() -> None:
    assert _in_bureaus_report("泾源县", "泾源县公安局", "采取党委中心组学习、会前学法等方式，全年开展学习12次。") == [
        "泾源县公安局党委理论学习中心组"]


def test_a_departments_study_group_listed_after_its_party_committee_is_its_own() -> None:
    """纳入厅党委会、党委理论学习中心组学习: the items of one list are the department's, though 、 ends a body's name."""
    assert _in_bureaus_report("云南省", "云南省应急管理厅", "把习近平法治思想纳入厅党委会、党委理论学习中心组学习。") == [
        "中共云南省应急管理厅委员会", "云南省应急管理厅党委理论学习中心组"]
    # (after another body, a kind of group)
    assert "云南省应急管理厅党委理论学习中心组" not in _in_bureaus_report(
        "云南省", "云南省应急管理厅", "督促各级党委、党委理论学习中心组学习。")


def test_the_bureaus_customary_short_names_take_their_official_names() -> None:
    assert names("仁化县", "县疾控局、县国动办、县文旅局和县退役军人局联合开展普法。") == [
        "仁化县疾病预防控制局", "仁化县国防动员办公室", "仁化县文化和旅游局", "仁化县退役军人事务局"]
    assert names("仁化县", "县环保局开展执法检查。") == ["仁化县环境保护局"]
    assert names("仁化县", "县城管执法局、县综治局、县经济信息委和县普法办联合开展普法。") == [
        "仁化县城市管理综合执法局", "仁化县综合治理局", "仁化县经济和信息化委员会", "仁化县普法依法治理领导小组办公室"]
    assert names("仁化县", "县委主题教育办开展督导。") == ["中共仁化县委主题教育领导小组办公室"]
    assert names("仁化县", "为县卫生健康委加挂县疾病预防控制局牌子。") == ["仁化县卫生健康委员会", "仁化县疾病预防控制局"]
    assert names("仁化县", "县发展改革委、县发展改革局牵头。") == ["仁化县发展和改革委员会", "仁化县发展和改革局"]


def test_a_zone_named_in_a_city_report_has_its_bodies_under_its_official_style() -> None:
    """A city's plan addressing its zones (惠州高新区党工委、管委会): the zone's bodies, its short kind under
    the full one, and the committee written bare after the other the same zone's; a county's zone keeps its
    written name (博罗县经济开发区)."""
    assert names("惠州市", "各县（区）人民政府，惠州高新区党工委、管委会，市直各单位：") == [
        "中共惠州高新技术产业开发区工作委员会", "惠州高新技术产业开发区管理委员会"]
    assert names("惠州市", "惠州经开区管委会牵头。") == ["惠州经济技术开发区管理委员会"]
    assert names("博罗县", "博罗县经济开发区管委会、党工委负责。") == [
        "博罗县经济开发区管理委员会", "中共博罗县经济开发区工作委员会"]
    assert names("惠州市", "惠州高新区党工委书记讲话。") == []  # a person's post


def test_a_justice_bureaus_report_names_its_stations_under_itself() -> None:
    """The 司法所 a 司法局 sends out are its own in its report; elsewhere a station keeps its written name."""
    sentence = "东溪司法所获评先进单位。"
    assert _in_qijiang_justice_bureaus_report(sentence) == ["重庆市綦江区司法局东溪司法所"]
    assert _in_qijiang_justice_bureaus_report(sentence, authored_by_bureau=False) == ["东溪司法所"]
    assert _in_qijiang_justice_bureaus_report("东溪派出所协助调解。") == ["东溪派出所"]  # the police's station


def test_levels_run_together_before_one_party_committee_name_each_committee() -> None:
    assert names("始兴县", "贯彻落实省市县委决策部署，推进市县两级政府依法行政。") == [
        "中共广东省委员会", "中共韶关市委员会", "中共始兴县委员会"]
    assert names("南沙区", "按照省市区委工作要求推进。") == ["中共广东省委员会", "中共广州市委员会", "中共广州市南沙区委员会"]


def test_a_zone_s_study_group_is_its_own_wherever_it_is_the_object() -> None:
    assert zone_names("惠州高新技术产业开发区", "惠州市", "将宪法纳入党工委理论学习中心组学习内容。") == [
        "中共惠州高新技术产业开发区工作委员会理论学习中心组"]
    assert zone_names("惠州高新技术产业开发区", "惠州市", "各级党工委中心组、街道党工委理论学习中心组带头学法。") == []


def test_a_city_report_naming_its_zone_without_the_city_styles_it_with_the_city() -> None:
    assert names("惠州市", "各县（区）人民政府，仲恺新区党工委、管委会，市直各单位：") == [
        "中共惠州仲恺新区工作委员会", "惠州仲恺新区管理委员会"]
    assert names("惠州市", "各县（区）人民政府，各新区管委会：") == []  # zones of each kind
    assert names("博罗县", "，罗阳新区管委会牵头。") == []  # a county's report: no city to style it with
    # the zone's written name keeps the places before its city
    assert names("惠州市", "广东惠州大亚湾经济技术开发区管委会牵头。") == ["广东惠州大亚湾经济技术开发区管理委员会"]


def test_qu_dangwei_in_an_autonomous_region_is_the_regions_party_committee() -> None:
    """区党委 is how reports in an autonomous region call its party committee; a district's is its 区委."""
    assert names("阿勒泰地区", "认真贯彻区党委全会精神。") == ["中共新疆维吾尔自治区委员会"]
    assert names("海淀区", "认真贯彻区委全会精神。") == ["中共北京市海淀区委员会"]


def test_a_unit_a_body_sets_up_under_itself_is_that_bodys() -> None:
    assert names("始兴县", "县司法局下设行政复议室，负责案件审理。") == ["始兴县司法局", "始兴县司法局行政复议室"]
    # an office seated in a department is the seat rule's, not a unit of the group
    assert "始兴县依法行政领导小组办公室" not in names("始兴县", "县依法行政领导小组下设办公室在司法局。")


def test_a_government_party_group_written_without_its_level_is_the_regions() -> None:
    assert names("始兴县", "全年组织政府党组理论学习10次。") == ["中共始兴县人民政府党组"]
    assert names("始兴县", "将宪法列入政府党组中心组学习计划。") == ["始兴县人民政府党组理论学习中心组"]
    assert names("始兴县", "各级政府党组带头学法。") == []  # a kind of group
    # its meeting is named by it, as the 县政府党组 of 县政府党组会议 is (政府党组会5次, 召开政府党组会议)
    assert names("始兴县", "政府党组会研究部署。") == ["中共始兴县人民政府党组"]


def test_a_verb_of_setting_up_between_a_place_and_a_body_is_no_part_of_its_name() -> None:
    """韶关市组建行政审批服务局: the city's bureau is set up; its name holds no 组建."""
    assert names("始兴县", "支持韶关市组建行政审批服务局，始兴县新设立公共资源交易中心。") \
        == ["韶关市行政审批服务局", "始兴县公共资源交易中心"]


def test_a_bureau_called_by_its_level_and_ju_or_ting_is_the_reporting_bureau_or_none() -> None:
    """市局党委 in a city police bureau's report is that bureau's party committee; a place with 局 alone before a
    party body names no body of the place (no 韶关市局党委) where no bureau of that level wrote the report."""
    gaz = gazetteer.load()
    place = gaz.by_name["韶关市"][0]
    sentence = "市局党委多次召开会议，县局党组专题研究。"
    ctx = RegionContext(gaz, place, bureau="韶关市公安局", authored_by_bureau=True)
    hits = RegionScanner(gaz).scan(sentence, place)
    assert [m.name for m in AgencyFinder(ctx).find(sentence, hits)] == ["中共韶关市公安局委员会"]
    assert names("始兴县", "市局党委多次召开会议。") == []
    # (and 省厅党组 in a provincial department's report: that department's party group)
    place = gaz.by_name["江苏省"][0]
    sentence = "省厅党组坚持把法治化列为核心特征之首。"
    ctx = RegionContext(gaz, place, bureau="江苏省民政厅", authored_by_bureau=True)
    hits = RegionScanner(gaz).scan(sentence, place)
    assert [m.name for m in AgencyFinder(ctx).find(sentence, hits)] == ["中共江苏省民政厅党组"]
    # (a bureau's report naming 省厅党组 names a department's: no name of its own bureau)
    ctx = RegionContext(gaz, place, bureau="江苏省统计局", authored_by_bureau=True)
    assert [m.name for m in AgencyFinder(ctx).find(sentence, hits)] == []


def test_an_autonomous_regions_own_report_calls_it_qu() -> None:
    """In the autonomous region's own report 全面依法治区委员会 is the region's party committee's committee, as 全区
    is the whole region; in a city's report in it, 区 is no level of the city's chain."""
    assert names("广西壮族自治区", "召开全面依法治区委员会会议，区司法厅牵头。") == [
        "中共广西壮族自治区委全面依法治区委员会", "广西壮族自治区司法厅"]
    assert names("南宁市", "召开全面依法治区委员会会议。") == []


def test_the_rule_of_law_leading_group_named_bare_is_the_regions() -> None:
    """A region has one group leading its rule-of-law work; named bare it is the report region's, but not after a
    level word, a township or a collective (each of them has its own)."""
    assert names("始兴县", "召开常务会议、法治政府建设工作领导小组会议研究部署。") == ["始兴县法治政府建设工作领导小组"]
    assert names("始兴县", "充分发挥全面推进依法行政工作领导小组牵头作用。") == ["始兴县全面推进依法行政工作领导小组"]
    assert names("始兴县", "各乡镇健全法治建设领导小组，本部门依法行政工作领导小组定期研究。") == []


def test_a_body_is_not_extended_over_a_clause_it_is_the_subject_of() -> None:
    """省司法厅积极协调司法部: the clause after the body is what it does, not a sub-body of it (省司法厅积极协调司法部
    would swallow the ministry); a sub-body after it still is one (县司法局党委)."""
    assert names("始兴县", "省司法厅积极协调司法部开展试点。") == ["广东省司法厅", "司法部"]
    assert names("始兴县", "县司法局党委理论学习中心组开展学习。") == ["始兴县司法局党委理论学习中心组"]
    # nor over its leaders and how they work (局领导班子严格执行党委决定: the bureau, the committee no sub-body)
    assert names("始兴县", "县教育局领导班子严格执行党委集体决策制度。") == ["始兴县教育局"]
    assert names("始兴县", "县教育局严格执行党委集体决策制度。") == ["始兴县教育局"]
    # nor over the means it works by (区司法局利用党组会、中心组等形式学习: the bureau, no 利用党组会 of its own)
    assert names("始兴县", "县司法局利用党组会、干部职工大会等形式学习法律法规。") == ["始兴县司法局"]
    assert names("始兴县", "县资源综合利用中心开展执法检查。") == ["始兴县资源综合利用中心"]  # (利用 inside a name)


def test_the_central_committees_departments_take_their_official_names() -> None:
    assert names("始兴县", "学习中央宣传部、司法部通知，中宣部、中组部联合部署，中央政法委员会召开会议。") == [
        "中共中央宣传部", "司法部", "中共中央宣传部", "中共中央组织部", "中共中央政法委员会"]


def test_a_level_word_written_again_after_the_place_is_no_part_of_the_name() -> None:
    """渠县县委 (as two-character counties are written), 始兴县县政府: the place's own committee and government;
    X市市场监督管理局 keeps its 市."""
    assert names("渠县", "中共渠县县委、渠县县政府：") == ["中共渠县委员会", "渠县人民政府"]
    assert names("韶关市", "韶关市市场监督管理局牵头。") == ["韶关市市场监督管理局"]


def test_shi_opening_shichang_is_no_level_word() -> None:
    """市场监督管理局 named bare is no body of a city called 场监督管理局 (no 韶关市场监督管理局)."""
    assert "韶关市场监督管理局" not in names("韶关市", "联合公安局、市场监督管理局开展检查。")
    assert names("始兴县", "县市场监管局牵头。") == ["始兴县市场监督管理局"]


def test_he_inside_a_departments_name_opens_no_list() -> None:
    """住房和城乡建设局、市场监督管理局: 和 joins two fields of one name, no list begins after it (no X城乡建设局);
    after a body it joins two (财政局和公安局、审计局)."""
    assert "韶关市城乡建设局" not in names("韶关市", "会同住房和城乡建设局、市场监督管理局开展检查。")
    assert names("韶关市", "财政局和公安局、审计局开展检查。") == ["韶关市公安局", "韶关市审计局"]


def test_a_level_word_inside_a_sub_bodys_words_opens_another_body() -> None:
    """县司法局会同县市场监管局: two bodies, the second a relative name; 依法治县办 after 县委 is a sub-body."""
    assert names("仁化县", "县司法局会同县市场监管局开展检查。") == ["仁化县司法局", "仁化县市场监督管理局"]
    assert names("仁化县", "县委依法治县办牵头。") == ["中共仁化县委全面依法治县委员会办公室"]


def test_a_branch_named_after_a_place_is_still_read_as_before() -> None:
    """市公安局X区分局: the place a branch is named after stays a place (the rules for 会同县 leave it)."""
    assert names("始兴县", "市公安局浈江区分局开展执法。") == names("韶关市", "市公安局浈江区分局开展执法。")


def test_the_central_committees_own_organs_take_their_official_names_but_posts_in_them_do_not() -> None:
    assert names("始兴县", "学习总书记在中央政治局第九次集体学习时的讲话，邀请中央党校教授授课。") \
        == ["中共中央政治局", "中共中央党校"]
    assert names("始兴县", "中央政治局委员、中央政治局常委出席。") == []  # a person's posts
    # (and its decision-making commissions, named without 中共 as 中央全面依法治国委员会 is)
    assert names("始兴县", "学习总书记在中央审计委员会会议上的讲话。") == ["中央审计委员会"]
    assert names("始兴县", "落实中央财经委员会办公室有关要求。") == ["中央财经委员会办公室"]  # (its office is another body)


def test_a_standing_committee_written_out_after_wei_is_the_committees() -> None:
    assert names("始兴县", "召开市委常务委员会研究部署。") == ["中共韶关市委员会常务委员会"]


def test_a_committees_members_listed_after_it_are_no_body_under_it() -> None:
    """委员会委员和两个协调小组成员: the committee, not a body named from it to the groups."""
    assert names("始兴县", "及时调整充实县委全面依法治县委员会委员和两个协调小组成员。") == ["中共始兴县委全面依法治县委员会"]


def test_a_government_office_written_without_its_level_is_the_regions() -> None:
    assert names("始兴县", "由政府办牵头，政府督查室跟踪督办。") == ["始兴县人民政府办公室", "始兴县人民政府督查室"]
    assert names("始兴县", "提高政府办事效率，改造政府办公楼。") == []  # 办 as a verb, an office building


def test_a_bodys_name_standing_alone_in_quotes_names_a_platform() -> None:
    """“X省电子税务局”正式上线: an app or site named after a body, as a quoted place name is an honour."""
    assert names("始兴县", "“韶关市电子税务局”正式上线，韶关市税务局推广使用。") == ["韶关市税务局"]


def test_an_areas_party_committee_and_office_are_named_by_the_level_alone() -> None:
    # a 地区 is governed by an office of the province (行政公署), its party committee called 地委
    assert names("日土县", "在地委、行署的坚强领导下，全县推进法治建设。") == ["中共阿里地区委员会", "阿里地区行政公署"]
    # not in a place outside any 地区, nor inside a longer word
    assert names("始兴县", "在地委、行署的坚强领导下，全县推进法治建设。") == []
    assert names("日土县", "向当地委托机构移交事项。") == []
    # its committee named after its task, and that committee's office, as a county's are named
    assert names("日土县", "提请召开地委依法治地委员会会议，地委依法治地办督促落实。") == [
        "中共阿里地区委全面依法治地委员会", "中共阿里地区委全面依法治地委员会办公室"]
    # a league (盟) is governed so too: 盟委 and 行署, and its committee named after its level
    assert names("科尔沁右翼中旗", "在盟委、行署的领导下，落实依法治盟委员会部署。") == [
        "中共兴安盟委员会", "兴安盟行政公署", "中共兴安盟委全面依法治盟委员会"]
    assert names("日土县", "在盟委的领导下推进。") == []  # (no league above a 地区's county)


def test_a_provinces_department_named_bare_is_the_provinces() -> None:
    assert names("成都市", "完善行政复议工作机制。（司法厅负责）") == ["四川省司法厅"]
    assert "四川省公安局" not in names("成都市", "进驻政务服务大厅及公安局、财政局。")


def test_a_word_ending_in_a_head_character_is_no_office_or_department() -> None:
    """举办 and 干部 end in 办 and 部: after 区委党校 they are what it does and whom it trains."""
    assert names("西市区", "纳入区委党校干部教育培训核心内容。") == ["中共营口市西市区委党校"]
    assert names("西市区", "区委党校举办专题培训班。") == ["中共营口市西市区委党校"]
    assert names("西市区", "区委宣传部牵头。") == ["中共营口市西市区委宣传部"]


def test_a_place_s_party_committee_written_dangwei_and_a_congress_s_term_without_di() -> None:
    assert names("宁夏回族自治区", "自治区党委常委会会议专题学习。") == ["中共宁夏回族自治区委员会常务委员会"]
    assert names("昌吉回族自治州", "纳入州党委党校主体班次。") == ["中共昌吉回族自治州委党校"]
    assert names("包河区", "向区四届人大常委会提交审议。") == ["合肥市包河区人民代表大会常务委员会"]


def test_the_cppcc_s_office_is_an_office() -> None:
    # (by its official style, as the party committee's 委办 is 中共…委办公室)
    assert names("西市区", "区政协办牵头组织。") == ["中国人民政治协商会议营口市西市区委员会办公室"]



def test_a_verb_of_passing_is_no_part_of_a_bodys_name() -> None:
    """区委、区政府通过常委会会议…听取…: 通过 ends the government's name; no body 高陵区人民政府通过常委员会."""
    found = names("高陵区", "区委、区政府通过常委会会议、常务会议和专题会议听取法治政府建设工作汇报。")
    assert not any("通过" in name for name in found), found


def test_a_verb_after_a_place_ends_it_before_the_body_the_verb_takes() -> None:
    """海曙区召开区委全面依法治区委员会会议 / 鄞州区被市委表彰: the place is the verb's subject; the body after the verb
    is named on its own (区委…委员会, 市委), never glued to the place with the verb inside."""
    found = names("海曙区", "海曙区召开区委全面依法治区委员会第三次会议。鄞州区被市委市政府评为先进集体。")
    assert not any("召开" in name or "被" in name for name in found), found
    assert "中共宁波市海曙区委全面依法治区委员会" in found and "中共宁波市委员会" in found, found


def test_an_enforcement_brigade_is_a_body_of_its_place() -> None:
    """区市场监管综合执法大队 / 县交通运输执法支队: the brigades of a district's or county's enforcement are bodies; so
    are a city's corps (市文化市场行政执法总队) and team (市文化市场综合行政执法队)."""
    assert names("海曙区", "保留区市场监管综合执法大队、区交通运输执法支队。") == [
        "宁波市海曙区市场监管综合执法大队", "宁波市海曙区交通运输执法支队"]
    assert names("天津市", "梳理编制市文化市场行政执法总队权责清单。") == ["天津市文化市场行政执法总队"]
    assert names("丽水市", "责成市文化市场综合行政执法队立即整改。") == ["丽水市文化市场综合行政执法队"]


def test_an_unnamed_districts_bodies_above_it_are_its_provinces_and_its_own_stay_unresolved() -> None:
    from ingest.document import RawDocument
    from ingest.pipeline import build_document

    # (the district never names itself; the one city named is where a meeting was held)
    text = ("2021年，区委、区政府坚决贯彻自治区党委、自治区人民政府部署，学习在石嘴山市召开的推进会经验，我区全面推进依法行政。\n"
            "一、主要工作\n区委常委会专题研究法治建设，全区依法行政水平持续提升，我区法治政府建设取得新成效。\n")
    doc = build_document(RawDocument(text, "report.txt", "/tests/report.txt"))
    assert (doc.metadata.region, doc.metadata.province) == (None, "宁夏回族自治区")
    agencies = {e.name for e in doc.entities if e.type == "AGENCY"}
    assert {"中共宁夏回族自治区委员会", "宁夏回族自治区人民政府"} <= agencies
    assert not any("石嘴山" in name or "常务委员会" in name for name in agencies), agencies


def test_a_party_body_named_in_quotes_when_set_up_is_a_body_not_a_programme() -> None:
    from ingest.document import RawDocument
    from ingest.pipeline import build_document

    text = ("酉阳土家族苗族自治县2020年法治政府建设情况报告\n2020年，县成立了“中共酉阳土家族苗族自治县委全面依法治县委员会”，"
            "组建“中共酉阳土家族苗族自治县委全面依法治县委员会办公室”，“山东地税电子税务局”上线。\n")
    doc = build_document(RawDocument(text, "report.txt", "/tests/report.txt"))
    assert [e.name for e in doc.entities if e.type == "AGENCY" and e.name.startswith("中共")] == [
        "中共酉阳土家族苗族自治县委全面依法治县委员会", "中共酉阳土家族苗族自治县委全面依法治县委员会办公室"]
    assert not [e for e in doc.entities if e.type == "INITIATIVE" and e.name.startswith("中共")]


def test_a_townships_report_sets_up_its_own_group_named_bare() -> None:
    text = ("桃花镇2024年法治政府建设情况报告\n2024年，在仁化县委、县政府的坚强领导下，桃花镇坚持依法行政。\n"
            "一、主要举措\n成立由镇党委书记、镇长任双组长的法治政府建设领导小组，全镇推进。\n")
    assert "仁化县桃花镇法治政府建设领导小组" in [e.name for e in _report_agencies(text)]


def test_a_town_never_naming_itself_keeps_its_group_named_bare_as_written() -> None:
    """我镇 only, under its county's notice: the group is the town's, whose name is unknown, not the county's."""
    text = ("在金水新区党工委、管委会的领导下,我镇持续深化法治政府建设实践。根据《新蔡县法治政府建设年度报告工作规定的通知》"
            "要求,现将我镇2024年法治政府建设情况报告如下。\n一、压实责任\n持续完善法治建设领导小组架构,全镇协同推进。\n")
    names = [e.name for e in _report_agencies(text)]
    assert "法治建设领导小组" in names and "新蔡县法治建设领导小组" not in names


def test_a_committee_of_a_citys_part_of_a_zone_styles_the_parts_groups_by_the_parts_name() -> None:
    text = ("四川天府新区成都管理委员会\n关于2020年度法治政府建设有关情况的报告\n市人民政府:\n"
            "现将成都天府新区2020年度法治政府建设有关情况报告如下。\n一、依法防控疫情\n迅速成立应对新冠肺炎疫情防控领导小组,"
            "统筹推进防控工作。\n")
    assert "成都天府新区应对新冠肺炎疫情防控领导小组" in [e.name for e in _report_agencies(text)]


def test_a_study_group_after_its_bureaus_committee_meetings_is_that_committees() -> None:
    """召开党委会议、理论学习中心组学习 in a bureau's report: its own committee's group; 机关党委 is the organ's."""
    gaz = gazetteer.load()
    place = gaz.by_name["泾源县"][0]
    ctx = RegionContext(gaz, place, bureau="泾源县公安局", authored_by_bureau=True)

    def found(sentence: str) -> list[str]:
        return [m.name for m in AgencyFinder(ctx).find(sentence, RegionScanner(gaz).scan(sentence, place))]

    assert found("定期召开党委会议、理论学习中心组学习。") == ["泾源县公安局党委理论学习中心组"]
    assert found("发挥机关党委作用，理论学习中心组开展学习。") == []
    # (only a meeting listed with the group: not a clause before it, nor another unit's committee)
    assert found("召开党委会议3次，指导下属单位理论学习中心组开展学法。") == []
    assert found("推动全县乡镇党委会议、理论学习中心组学习。") == []


def test_setting_a_body_up_after_a_level_word_is_a_clause_and_the_body_is_named_after_it() -> None:
    assert names("泾源县", "机构改革后我县重新组建县委全面依法治县委员会，由县委书记任主任。") == [
        "中共泾源县委全面依法治县委员会"]


def test_a_provincial_departments_report_calls_its_party_committee_by_its_head_alone() -> None:
    gaz = gazetteer.load()
    place = gaz.by_name["广东省"][0]
    ctx = RegionContext(gaz, place)
    ctx.bureau = bureau_name("广东省司法厅", ctx, RegionScanner(gaz))
    ctx.authored_by_bureau = True
    sentence = "2019年，厅党委切实抓好理论武装，厅党委中心组开展专题学习。"
    assert [m.name for m in AgencyFinder(ctx).find(sentence, RegionScanner(gaz).scan(sentence, place))] == [
        "中共广东省司法厅委员会", "广东省司法厅党委理论学习中心组"]


def test_a_study_group_written_alone_is_the_issuers_own_party_bodys() -> None:
    gaz = gazetteer.load()
    scanner = RegionScanner(gaz)

    def found(ctx: RegionContext, sentence: str) -> list[str]:
        return [m.name for m in AgencyFinder(ctx).find(sentence, scanner.scan(sentence, ctx.place))]

    place = gaz.by_name["泾源县"][0]
    bureau = RegionContext(gaz, place, bureau="泾源县司法局", authored_by_bureau=True)
    assert found(bureau, "召开党组会议21次、理论学习中心组集体学习14次。") == [
        "中共泾源县司法局党组", "泾源县司法局党组理论学习中心组"]  # (its meeting names the party group itself)
    government = RegionContext(gaz, place, authored_by_government=True)
    assert found(government, "县政府常务会议严格落实会前学法制度，通过中心组学习等形式学习。") == [
        "泾源县人民政府", "泾源县人民政府党组理论学习中心组"]
    street = RegionContext(gaz, gaz.by_name["鲤城区"][0], township="金龙街道")
    assert found(street, "街道用好周工作例会、中心组每月学习等契机。") == ["中共泉州市鲤城区金龙街道工作委员会理论学习中心组"]
    # another body's group, a kind of group, the system every group keeps, a centre's verb
    assert found(government, "推动各级党委（党组）理论学习中心组将习近平法治思想列入学习内容。") == []
    assert "泾源县人民政府党组理论学习中心组" not in found(government, "县委常委会、中心组带头学。")
    assert found(government, "全面落实理论学习中心组学法、领导干部述法制度。") == []
    assert found(government, "由县政务服务中心组织开展培训。") == ["泾源县政务服务中心"]


def test_the_supreme_court_and_procuratorate_by_their_short_names() -> None:
    assert names("密云区", "大数据法律监督模型入选最高检《公益诉讼检察白皮书》，两案入选最高法典型案例。") == [
        "最高人民检察院", "最高人民法院"]
    assert names("密云区", "宪法具有最高法律效力。") == []


def test_the_central_committee_for_the_rule_of_law_without_its_full() -> None:
    assert names("津南区", "深入贯彻落实中央依法治国委员会第一次、第二次会议精神。") == ["中央全面依法治国委员会"]


def test_a_townships_committee_for_the_rule_of_law_is_its_party_committees() -> None:
    """依法治镇委员会, bare or in a title, is the town's party committee's (as a county's 依法治县委员会 is its 县委's);
    a street's is its working committee's."""
    from ingest.extract.context import RegionContext
    from ingest.extract.regions import RegionScanner
    from ingest.gazetteer import load

    gaz = load()
    scanner = RegionScanner(gaz)

    def found(sentence: str, township: str) -> list[str]:
        context = RegionContext(gaz, gaz.by_name["仁化县"][0], township=township)
        return [m.name for m in AgencyFinder(context).find(sentence, scanner.scan(sentence, context.place))]

    assert found("成立了依法治镇委员会，完善《全面依法治镇委员会工作规则》。", "桃花镇") == [
        "中共仁化县桃花镇委全面依法治镇委员会", "中共仁化县桃花镇委全面依法治镇委员会"]
    assert found("及时调整全面依法治街工作委员会成员。", "丹霞街道") == [
        "中共仁化县丹霞街道工作委员会全面依法治街工作委员会"]
    assert found("指导各乡全面依法治乡委员会开展工作。", "桃花镇") == []


def test_a_townships_government_and_congress_by_its_level_or_its_name() -> None:
    text = ("中共桃花镇委员会 桃花镇人民政府关于2024年法治政府建设情况的报告\n仁化县人民政府：\n"
            "2024年，桃花镇在县委、县政府和镇党委的领导下，在镇人大的监督下，镇政府坚持依法行政，督促各乡镇政府落实。\n")
    assert [e.name for e in _report_agencies(text) if "桃花镇" in e.name] == [
        "中共仁化县桃花镇委员会", "仁化县桃花镇人民政府", "中共仁化县桃花镇委员会", "仁化县桃花镇人民代表大会",
        "仁化县桃花镇人民政府"]


def test_a_townships_government_after_its_party_committee_and_its_offices_by_their_short_names() -> None:
    from ingest.extract.context import RegionContext
    from ingest.extract.regions import RegionScanner
    from ingest.gazetteer import load

    gaz = load()
    scanner = RegionScanner(gaz)
    township = RegionContext(gaz, gaz.by_name["仁化县"][0], township="桃花镇")

    def found(sentence: str) -> list[tuple[str, str]]:
        return [(m.text, m.name) for m in AgencyFinder(township).find(sentence, scanner.scan(sentence, township.place))]

    committee, government = "中共仁化县桃花镇委员会", "仁化县桃花镇人民政府"
    # the level (or the name) written once for the committee and the government
    assert found("镇党委、政府高度重视。") == [("镇党委、政府", government), ("镇党委", committee)]
    assert found("桃花镇党委政府主要负责人带头。") == [("桃花镇党委政府", government), ("镇党委", committee)]
    # its offices by their short names, with its level or bare at a word's start; not another level's (县平安办)
    assert [name for _, name in found("镇党政办、平安办牵头，党政综合办公室配合。")] == [
        "仁化县桃花镇党政办公室", "仁化县桃花镇平安建设办公室", "仁化县桃花镇党政综合办公室"]
    assert "仁化县桃花镇平安建设办公室" not in [name for _, name in found("县平安办统筹指导。")]
    # a group it sets up, its level written for its name
    assert found("成立镇法治政府建设工作领导小组，党委书记任组长。") == [
        ("镇法治政府建设工作领导小组", "仁化县桃花镇法治政府建设工作领导小组")]


def test_a_streets_working_committee_and_office_by_its_level_by_its_name_or_bare() -> None:
    from ingest.extract.context import RegionContext
    from ingest.extract.regions import RegionScanner
    from ingest.gazetteer import load

    gaz = load()
    scanner = RegionScanner(gaz)
    street = RegionContext(gaz, gaz.by_name["鲤城区"][0], township="金龙街道")

    def found(sentence: str) -> list[str]:
        return [m.name for m in AgencyFinder(street).find(sentence, scanner.scan(sentence, street.place))]

    committee, office = "中共泉州市鲤城区金龙街道工作委员会", "泉州市鲤城区金龙街道办事处"
    assert found("街道党工委、办事处负责人切实履行第一责任人职责。") == [committee, office]
    assert found("金龙街道党工委、办事处高度重视法治建设。") == [committee, office]
    assert found("将法治政府建设纳入街道党工委、办事处年度重点工作。") == [committee, office]
    assert found("主持召开党工委会议，全年党工委理论学习中心组学法4次。") == [committee, committee + "理论学习中心组"]
    # its working committee by the short name 工委, and its office right after it with no 、 between
    assert found("2023年,金龙街道工委办事处在区委、区政府的坚强领导下推进工作。") == [
        committee, office, "中共泉州市鲤城区委员会", "泉州市鲤城区人民政府"]
    # a post, every street's committee and 办 as a verb are none of its bodies
    assert found("由街道党工委书记任组长，各街道党工委参加，街道办理事项20件。") == []

    # a street office that publishes its report under its district government's name is named so (its title:
    # 鲤城区人民政府金龙街道办事处关于…的报告)
    street.street_office = "泉州市鲤城区人民政府金龙街道办事处"
    assert found("街道党工委、办事处负责人切实履行第一责任人职责。") == [committee, street.street_office]


def test_a_townships_own_units_by_its_level_are_its_own() -> None:
    """街道政务中心 and 乡执法队 are the township's service centre and law-enforcement team (by their official names,
    政务服务中心, 综合行政执法队); a station after them is its county bureau's (乡执法队、司法所); a workforce (执法队伍) or
    another level's unit (县政务中心) is none of them."""
    from ingest.extract.context import RegionContext
    from ingest.extract.regions import RegionScanner
    from ingest.gazetteer import load

    gaz = load()
    scanner = RegionScanner(gaz)

    def found(context: RegionContext, sentence: str) -> list[str]:
        return [m.name for m in AgencyFinder(context).find(sentence, scanner.scan(sentence, context.place))]

    street = RegionContext(gaz, gaz.by_name["海珠区"][0], township="龙凤街道")
    assert found(street, "街道政务中心工作人员都进行挂牌上岗。") == ["广州市海珠区龙凤街道政务服务中心"]
    township = RegionContext(gaz, gaz.by_name["科尔沁右翼前旗"][0], township="满族屯满族乡")
    assert found(township, "乡执法队、司法所会同边境管理派出所开展联合执法。") == [
        "科尔沁右翼前旗满族屯满族乡综合行政执法队", "科尔沁右翼前旗司法局满族屯满族乡司法所"]
    assert not [name for name in found(township, "不断优化乡综合行政执法队伍，县政务中心派员指导。") if "满族乡" in name]
    assert not [name for name in found(township, "乡执法队员深入村组，乡执法队长带队检查。") if "满族乡" in name]


def test_a_level_character_written_twice_is_a_slip_of_the_pen() -> None:
    """元谋县县卫生健康局 is 元谋县's 卫生健康局; a word the level character begins (县城) is no slip."""
    assert official_name("元谋县", "县卫生健康局") == "元谋县卫生健康局"
    assert official_name("元谋县", "县委") == "中共元谋县委员会"
    assert official_name("某县", "县城管理局") == "某县县城管理局"
    assert official_name("某区", "区域发展中心") == "某区区域发展中心"
    assert official_name("某旗", "旗司法局") == "某旗司法局"


def test_a_commissions_report_calls_its_party_group_and_groups_by_its_wei() -> None:
    """委党组, 党组会 and 委法治领导小组 in 某市卫生健康委's own report (titled by its short name) are the commission's,
    not the city's party committee's or its government's."""
    text = ("广州市卫生健康委关于2024年度法治政府建设情况的报告\n2024年，委党组带头深入学习习近平法治思想，"
            "组织党组会会前学法5次。调整委法治领导小组成员。" + "各项工作取得新进展。")
    found = {(e.text, e.name) for e in _report_agencies(text)}
    assert {("委党组", "中共广州市卫生健康委员会党组"), ("党组会", "中共广州市卫生健康委员会党组"),
            ("委法治领导小组", "广州市卫生健康委员会法治领导小组")} <= found


def test_a_zone_committees_bureau_is_named_under_the_committee() -> None:
    text = ("中国(上海)自由贸易试验区管理委员会保税区管理局2023年度法治政府建设情况报告\n发布机构:保税区管理局\n"
            "2023年，保税区管理局党组坚持以习近平法治思想为指导，统筹推进保税区管理局重大行政决策工作。")
    found = {e.name for e in _report_agencies(text)}
    assert {"中共中国（上海）自由贸易试验区管理委员会保税区管理局党组", "中国（上海）自由贸易试验区管理委员会保税区管理局"} <= found
    assert not any(name.startswith("上海中国") for name in found)


def test_ban_in_a_word_of_running_an_institution_is_no_office() -> None:
    assert names("云南省", "制定了《云南省优化社会办医疗机构跨部门审批实施方案》。") == []
    assert names("上海市", "研制《上海市民办教育促进条例》。") == []


def test_a_streets_report_calls_its_own_bodies_by_the_level_after_any_verb() -> None:
    """召开街道党工委会议, 构建街道党工委统筹、办事处…, 街道工委、办事处: the street's own; 各街道党工委 is every street's."""
    text = ("白鹤街道2022年度法治政府建设报告\n2022年，白鹤街道在鄞州区委、区政府的坚强领导下，构建街道党工委统筹、"
            "办事处具体实施的工作格局。定期召开街道党工委会议。街道工委、办事处坚持党建引领。各街道党工委参加培训。")
    found = [(e.text, e.name) for e in _report_agencies(text) if "街道" in e.name]
    party = "中共宁波市鄞州区白鹤街道工作委员会"
    assert found.count(("街道党工委", party)) == 2 and ("街道工委", party) in found
    assert ("办事处", "宁波市鄞州区白鹤街道办事处") in found and len(found) == 4


def test_a_bureaus_report_names_the_department_of_its_line_above_by_level_and_head() -> None:
    text = ("武汉市生态环境局2025年法治政府建设工作报告\n2025年，我局坚持依法治污。积极配合省厅开展执法检查，"
            "向市局报送案卷。")
    found = {(e.text, e.name) for e in _report_agencies(text)}
    assert ("省厅", "湖北省生态环境厅") in found and ("市局", "武汉市生态环境局") in found


def test_a_zones_committee_written_with_half_width_brackets_is_the_zones() -> None:
    text = ("临港新片区2023年度法治工作情况报告\n中国(上海)自由贸易试验区临港新片区管委会坚持依法行政，" + "各项工作取得新进展。")
    found = {(e.text, e.name) for e in _report_agencies(text)}
    assert ("中国(上海)自由贸易试验区临港新片区管委会", "中国（上海）自由贸易试验区临港新片区管理委员会") in found


def test_another_streets_bodies_and_a_line_named_otherwise_above_are_not_the_reports() -> None:
    text = ("白鹤街道2022年度法治政府建设报告\n2022年，白鹤街道在鄞州区委、区政府的坚强领导下，学习其他街道党工委经验，"
            "与周边街道办事处协作，全区街道办事处参加。")
    assert not any("白鹤街道" in e.name for e in _report_agencies(text))
    county = "东至县教育体育局2023年法治政府建设情况报告\n2023年，我局积极配合省厅开展检查。"
    assert not any(e.text == "省厅" for e in _report_agencies(county))  # (its province has a 教育厅, no 教育体育厅)
