"""The topic taxonomy of rule-of-law government work, and the rules that assign it.

Topics follow the chapters that the central guidelines (法治政府建设实施纲要) give
these reports, so one paragraph's topic is what a researcher would file it under.
Rules come first (terms of art are unambiguous in this genre); paragraphs no rule
claims are given the nearest topic description by the search index's model.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    key: str
    label: str
    terms: tuple[str, ...]

    @property
    def description(self) -> str:
        return self.label + "：" + "、".join(self.terms)


TAXONOMY: tuple[Topic, ...] = (
    Topic("leadership", "法治建设组织领导", ("第一责任人", "党政主要负责人", "法治建设领导小组", "依法治县", "依法治市",
                                      "依法治区", "法治督察", "法治建设考核", "述法", "专题研究法治", "法治政府建设示范")),
    Topic("functions", "政府职能与营商环境", ("放管服", "营商环境", "行政审批", "审批事项", "权责清单", "权力清单",
                                     "证明事项", "告知承诺", "一网通办", "一窗受理", "最多跑一次", "企业开办",
                                     "市场准入", "负面清单", "政务服务")),
    Topic("rulemaking", "制度建设与规范性文件", ("规范性文件", "合法性审核", "合法性审查", "备案审查", "文件清理",
                                       "立法", "制度建设", "公平竞争审查", "行政规范性")),
    Topic("decisions", "重大行政决策", ("重大行政决策", "决策程序", "公众参与", "专家论证", "风险评估", "集体讨论",
                                  "决策事项目录", "决策后评估")),
    Topic("enforcement", "行政执法", ("行政执法", "执法", "行政处罚", "双随机", "三项制度", "执法公示", "全过程记录",
                                 "法制审核", "包容审慎", "综合执法", "执法证", "轻微违法", "免罚", "两法衔接",
                                 "行政检查", "信用监管")),
    Topic("emergencies", "突发事件应对", ("突发事件", "应急", "疫情防控", "防汛", "安全生产", "防疫")),
    Topic("disputes", "矛盾纠纷化解", ("行政复议", "行政应诉", "出庭应诉", "行政诉讼", "调解", "信访", "仲裁",
                                "矛盾纠纷", "纠错率", "败诉")),
    Topic("oversight", "行政权力监督", ("监督", "审计", "政务公开", "信息公开", "人大代表建议", "政协提案", "问责",
                                 "统计监督", "廉政", "督查")),
    Topic("legal_advisers", "法律顾问与公职律师", ("法律顾问", "公职律师", "律师事务所", "法律顾问团", "外聘律师")),
    Topic("legal_education", "法治宣传与法治能力", ("普法", "学法", "法治宣传", "法治培训", "法治人才", "考法", "宪法宣传",
                                          "谁执法谁普法", "法治文化", "法律知识", "旁听庭审", "会前学法")),
    Topic("legal_services", "公共法律服务", ("公共法律服务", "法律援助", "公证", "司法鉴定", "法律服务")),
    Topic("digital", "数字政府", ("数字政府", "互联网+", "大数据", "信息化", "智慧", "电子政务", "网上办", "掌上办",
                              "数据共享", "政务服务网", "一体化平台")),
)
BY_KEY = {topic.key: topic for topic in TAXONOMY}
MAX_TOPICS = 2


def classify(text: str) -> list[str]:
    """Up to MAX_TOPICS topic keys whose terms the paragraph uses, most hits first."""
    scored = []
    for order, topic in enumerate(TAXONOMY):
        hits = sum(text.count(term) for term in topic.terms)
        if hits:
            scored.append((-hits, order, topic.key))
    return [key for _, _, key in sorted(scored)[:MAX_TOPICS]]


def label(key: str) -> str:
    return BY_KEY[key].label if key in BY_KEY else key
