"""Readers, cleaning, metadata, structure and extraction on the samples and on reports written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.document import RawDocument
from ingest.evaluate import evaluate
from ingest.pipeline import build_document
from ingest.readers import ReadError, read_path
from tests.support import EVAL, REPO, SAMPLES, unseen_sets

GOLD = EVAL / "seeds_gold.json"

# A county report of the genre written for these tests: another province, layout and year.
COUNTY_REPORT = """您当前所在位置:首页 > 政务公开
浏阳市2022年法治政府建设年度报告
索引号
430181-2023-001
发文日期
2023年02月15日
2022年,我市在长沙市委、市政府的坚强领导下,深入贯彻《法治政府建设实施纲要（2021-2025年）》,全面推进依法行政。
一、主要工作
（一）深化“放管服”改革。市司法局牵头清理规范性文件,共计废止文件36件,宣布失效文件12件;企业开办压缩至2个工作日。
（二）加强法律顾问工作。聘请湖南金州律师事务所担任市政府法律顾问,全年审查合同158份。市人社局、市发改局落实《中华人民共和国行政复议法》。
关闭窗口 打印本页
"""


def doc_from(text: str, name: str = "test.txt"):
    return build_document(RawDocument(text=text, source=name, origin=f"/tests/{name}"))


def test_county_report_metadata_resolved_from_the_gazetteer() -> None:
    doc = doc_from(COUNTY_REPORT)
    meta = doc.metadata
    assert (meta.region, meta.prefecture, meta.province) == ("浏阳市", "长沙市", "湖南省")
    assert (meta.year, meta.doc_type, meta.published) == (2022, "annual_report", "2023-02-15")
    assert "关闭窗口" not in doc.text and "索引号" not in doc.text


def test_relative_agency_names_are_resolved_with_the_report_region() -> None:
    names = {e.name for e in doc_from(COUNTY_REPORT).entities if e.type == "AGENCY"}
    assert {"浏阳市司法局", "浏阳市人力资源和社会保障局", "浏阳市发展和改革局"} <= names
    assert "中共长沙市委员会" in names and "长沙市人民政府" in names  # coordinated with 长沙市委


def test_entities_of_each_type_with_contract_fields() -> None:
    doc = doc_from(COUNTY_REPORT)
    by_type = {}
    for e in doc.entities:
        by_type.setdefault(e.type, []).append(e)
        assert doc.text[e.start:e.end] == e.text
    regulations = {e.name: e.attrs["kind"] for e in by_type["REGULATION"]}
    assert regulations["法治政府建设实施纲要（2021—2025年）"] == "outline"
    assert regulations["中华人民共和国行政复议法"] == "law"
    assert [e.name for e in by_type["LAW_FIRM"]] == ["湖南金州律师事务所"]
    assert by_type["LAW_FIRM"][0].attrs.get("advises_code")
    assert "放管服" in {e.name for e in by_type["INITIATIVE"]}
    metrics = {(e.attrs["value"], e.attrs["unit"]) for e in by_type["METRIC"]}
    assert {(36, "件"), (12, "件"), (2, "个工作日"), (158, "份")} <= metrics
    levels = {e.name: e.attrs["level"] for e in by_type["REGION"]}
    assert levels["浏阳市"] == "county" and levels["长沙市"] == "prefecture"


def test_sections_follow_the_numbering() -> None:
    paragraphs = doc_from(COUNTY_REPORT).paragraphs
    firm = next(p for p in paragraphs if "律师事务所" in p.text)
    assert firm.section == "一、主要工作 > （二）加强法律顾问工作"


def test_gbk_and_bom_files_decode(tmp_path: Path) -> None:
    (tmp_path / "gbk.txt").write_bytes(COUNTY_REPORT.encode("gbk"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + COUNTY_REPORT.encode("utf-8"))
    for name in ("gbk.txt", "bom.txt"):
        [raw] = read_path(tmp_path / name, 10**7)
        assert build_document(raw).metadata.region == "浏阳市"


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "empty file"),
    ("binary.txt", b"\x00\x01\x02" * 100, "binary file"),
    ("notes.xyz", b"text", "unsupported file type"),
    ("broken.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
    ("broken.docx", b"PK garbage", "not a readable DOCX"),
])
def test_bad_files_get_a_clear_error(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [result] = read_path(path, 10**7)
    assert isinstance(result, ReadError) and message in result.error


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": "r1", "text": COUNTY_REPORT, "year": 2022}, ensure_ascii=False), "{not json", "{}"]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = read_path(path, 10**7)
    assert [r.source for r in results if isinstance(r, RawDocument)] == ["r1"]
    errors = [r.error for r in results if isinstance(r, ReadError)]
    assert any("invalid JSON" in e for e in errors) and any("'text'" in e for e in errors)


def test_html_boilerplate_is_removed(tmp_path: Path) -> None:
    body = "".join(f"<p>{line}</p>" for line in COUNTY_REPORT.splitlines()[1:])
    html = f"<html><head><title>浏阳市2022年法治政府建设年度报告</title></head><body><nav>首页 | 政务公开</nav>{body}</body></html>"
    (tmp_path / "r.html").write_text(html, encoding="utf-8")
    [raw] = read_path(tmp_path / "r.html", 10**7)
    doc = build_document(raw)
    assert doc.metadata.region == "浏阳市" and "放管服" in doc.text


def test_seed_metadata_and_extraction_quality_against_gold() -> None:
    report = evaluate(GOLD, SAMPLES).to_dict()
    assert report["metadata_errors"] == []
    unique = report["unique"]
    # The targets of issue 3 that hold today; REGULATION is tracked in the issue note.
    assert unique["AGENCY"]["f1"] >= 0.90
    assert unique["LAW_FIRM"]["f1"] >= 0.95
    assert unique["REGION"]["f1"] >= 0.90
    assert unique["INITIATIVE"]["f1"] >= 0.85
    assert unique["METRIC"]["f1"] >= 0.85
    assert unique["REGULATION"]["f1"] >= 0.90


# Unique-entity F1 measured on the unseen sets (A–F tuned on; G held out, scored once after the
# last round, then a development set too: AGENCY, INITIATIVE and METRIC of C, F and G as measured
# after issue 11's round 3; H held out, scored once after round 3; I held out, scored once after
# round 4), less a margin: a change that loses ground on reports kg was not built on fails here.
# METRIC of D, I, K and L: as measured after issue 11's round 7 (D .986 → 1.0, I .983 → 1.0, K .845 → .986,
# L .990 → 1.0).
UNSEEN_FLOORS = {
    "gold_a.json": {"REGULATION": 0.97, "AGENCY": 0.93, "REGION": 0.97, "INITIATIVE": 0.98, "METRIC": 0.97},
    "gold_b.json": {"REGULATION": 0.94, "AGENCY": 0.94, "REGION": 0.94, "INITIATIVE": 0.98, "METRIC": 1.0},
    "gold_c.json": {"REGULATION": 1.0, "AGENCY": 0.92, "REGION": 0.97, "INITIATIVE": 0.98, "METRIC": 1.0},
    "gold_d.json": {"REGULATION": 1.0, "AGENCY": 0.92, "REGION": 0.97, "INITIATIVE": 0.98, "METRIC": 1.0},
    "gold_e.json": {"REGULATION": 0.97, "AGENCY": 0.92, "REGION": 0.92, "INITIATIVE": 0.98, "METRIC": 0.99},
    "gold_f.json": {"REGULATION": 0.98, "AGENCY": 0.96, "REGION": 1.0, "INITIATIVE": 0.95, "METRIC": 0.97},
    "gold_g.json": {"REGULATION": 0.98, "AGENCY": 0.87, "REGION": 0.97, "INITIATIVE": 1.0, "METRIC": 0.98},
    # (INITIATIVE .969 since h08's division of charge was relabelled out of the gold in session 42: one match fewer)
    "gold_h.json": {"REGULATION": 1.0, "AGENCY": 0.98, "REGION": 0.97, "INITIATIVE": 0.96, "METRIC": 0.97},
    "gold_i.json": {"REGULATION": 1.0, "AGENCY": 0.97, "REGION": 0.97, "INITIATIVE": 0.95, "METRIC": 1.0},
    # held out when first scored (at 68354b8 and after round 5: REGULATION .913, AGENCY .898, INITIATIVE .935,
    # METRIC .950); raised to round 6's measured figures
    "gold_j.json": {"REGULATION": 1.0, "AGENCY": 0.97, "REGION": 1.0, "INITIATIVE": 1.0, "METRIC": 1.0},
    # held out when first scored, at 68354b8 and again after rounds 5 and 6: REGULATION .970, AGENCY .875, INITIATIVE
    # .780, REGION .955, METRIC .845 both times; then a development set (its issuers' metadata rules); AGENCY,
    # INITIATIVE and METRIC raised to round 7's measured figures
    "gold_k.json": {"REGULATION": 0.97, "AGENCY": 0.95, "REGION": 0.97, "INITIATIVE": 0.90, "METRIC": 0.98},
    # held out when scored at the session's start and end (the same figures); then a development set; AGENCY,
    # INITIATIVE and METRIC raised to round 7's measured figures
    # (AGENCY raised to round 8's .962)
    "gold_l.json": {"REGULATION": 1.0, "AGENCY": 0.96, "REGION": 1.0, "INITIATIVE": 0.94, "METRIC": 1.0},
    # held out when scored at the session's start and after round 7 (the same figures but METRIC .913 → .917);
    # then a development set (AGENCY raised to round 8's .982)
    "gold_m.json": {"REGULATION": 0.93, "AGENCY": 0.98, "REGION": 1.0, "INITIATIVE": 1.0, "METRIC": 0.93},
    # held out when scored at the start of round 8 and after it (the same figures); then a development set
    # (INITIATIVE raised to .754: a quote before 微信公众号 names media)
    "gold_n.json": {"REGULATION": 0.96, "AGENCY": 0.95, "REGION": 1.0, "INITIATIVE": 0.85, "METRIC": 0.97},
    # held out when scored at the start of round 9 (REGULATION .985, AGENCY .897, INITIATIVE .800, METRIC .925);
    # then a development set (zones of every approved kind, 地委/行署, a province's 厅, codes of parts running
    # on, minutes and points: raised to the measured figures); N's AGENCY and INITIATIVE moved by the same rules
    "gold_o.json": {"REGULATION": 0.98, "AGENCY": 0.96, "REGION": 1.0, "INITIATIVE": 0.90, "METRIC": 0.95},
    # held out at the start of round 9 and after it (REGULATION .984, AGENCY .943 → .950, INITIATIVE .533, REGION
    # .977, METRIC .966); then a development set: a mirror site's glosses dropped (AGENCY .965), its quoted
    # reforms and awards relabelled to the conventions (INITIATIVE .857)
    "gold_p.json": {"REGULATION": 0.98, "AGENCY": 0.96, "REGION": 0.97, "INITIATIVE": 0.85, "METRIC": 0.96},
    # held out at the start of round 9, in its middle and at its end (the same figures each time); then a
    # development set: round 10 (INITIATIVE .884 with two spans relabelled to the conventions, METRIC .982)
    "gold_q.json": {"REGULATION": 0.98, "AGENCY": 0.94, "REGION": 0.95, "INITIATIVE": 0.88, "METRIC": 0.98},
    # held out at the start of round 10 and after round 11 (the same figures); then a development set: rounds 13–15
    # (AGENCY .896, INITIATIVE .927)
    "gold_r.json": {"REGULATION": 0.95, "AGENCY": 0.89, "REGION": 0.96, "INITIATIVE": 0.97, "METRIC": 0.90},
    # held out at the start of round 10 and after rounds 11, 13 and 15 (AGENCY .916 → .947 after round 13); then a
    # development set, not yet tuned on
    "gold_s.json": {"REGULATION": 1.0, "AGENCY": 0.94, "REGION": 1.0, "INITIATIVE": 0.80, "METRIC": 0.99},
    # U and V: held out at the start and end of the session that built them (the same figures); then development sets
    # (the genre's short names 综治局, 城管执法局, 经济信息委, 普法办: U's AGENCY .946; V's kinds counted: METRIC 1.0)
    "gold_u.json": {"REGULATION": 0.98, "AGENCY": 0.94, "REGION": 0.97, "INITIATIVE": 0.90, "METRIC": 0.96},
    "gold_v.json": {"REGULATION": 1.0, "AGENCY": 0.90, "REGION": 1.0, "INITIATIVE": 0.90, "METRIC": 0.99},
    # W: held out at the start of the same session and after its last round (the same figures, AGENCY .855 and REGION
    # .865); then a development set: a government body's code on the page, a distinctive short name (.897, .895);
    # a province named by the codes of the documents it answers (AGENCY .934, REGION .923)
    # (and the genre's short names: AGENCY .951) (INITIATIVE .865 since w02's division of charge was relabelled out of
    # the gold in session 54: one match fewer)
    "gold_w.json": {"REGULATION": 1.0, "AGENCY": 0.97, "REGION": 0.97, "INITIATIVE": 0.86, "METRIC": 0.94},
    # X: held out at the start and end of the same session (the same figures); then a development set: rare short
    # names are distinctive (AGENCY .816, REGION .982); enforcement brigades are bodies (AGENCY .868)
    # (and the genre's short names: AGENCY .884)
    "gold_x.json": {"REGULATION": 0.98, "AGENCY": 0.88, "REGION": 1.0, "INITIATIVE": 0.95, "METRIC": 1.0},
    # Y: held out at the start and end of the same session (the same figures); then a development set: a campaign
    # names its county by a two-character full name (AGENCY .789, REGION 1.0)
    "gold_y.json": {"REGULATION": 1.0, "AGENCY": 0.81, "REGION": 1.0, "INITIATIVE": 0.66, "METRIC": 0.93},
    # Z: held out at the start of the next session (fc27795) and after its rounds (3fdf398): AGENCY .830 → .839, the
    # others the same; then a development set: a byline names the source, a review's headline is news (AGENCY .876)
    # (things put up counted, 法治灯箱1000多面: METRIC .930)
    "gold_z.json": {"REGULATION": 0.89, "AGENCY": 0.87, "REGION": 0.97, "INITIATIVE": 0.94, "METRIC": 0.93},
    # T (a second set of that name; the first was lost): held out at the start of the session after Z's (9f2999f) and
    # at its end (05bfd4e), the same figures: no extraction rule changed in between; then a development set (its
    # issuer's outer scope, 七五普法, the genre's short names: AGENCY .895; doctrines quoted: INITIATIVE .808)
    "gold_t.json": {"REGULATION": 0.97, "AGENCY": 0.91, "REGION": 1.0, "INITIATIVE": 0.80, "METRIC": 0.98},
    # AA (the first set of two-letter name): held out at the start of the session after T's (f39fea5) and at its
    # end (9456a99), the same figures: none of that session's rules moved it
    # (then a development set: a zone's own bodies opening its report, codes of a line of thinking or of measures,
    # convictions and passages studied, working hours: AGENCY .906, INITIATIVE .846, REGION 1.0, METRIC 1.0; the
    # same session's rules raised D, J, R, S, T, U, V, W, X, Y and Z, above)
    "gold_aa.json": {"REGULATION": 0.96, "AGENCY": 0.90, "REGION": 1.0, "INITIATIVE": 0.84, "METRIC": 1.0},
    # AC (AB is the name the answer scripts give sets A and B together): held out at the start of the session after
    # AA's (c0e270e) and at the end of its rounds (dc577c7): INITIATIVE .850 → .829, REGION .903 → 1.0, the others the
    # same; then a development set (a code of parts running on to its 工作部署: INITIATIVE .878)
    "gold_ac.json": {"REGULATION": 1.0, "AGENCY": 0.81, "REGION": 1.0, "INITIATIVE": 0.87, "METRIC": 0.93},
    # AD (12 excerpts of 600–800 characters, built at the start of the session after AC's): held out, scored at that
    # session's start (12f35e2): the figures below
    "gold_ad.json": {"REGULATION": 0.97, "AGENCY": 0.88, "REGION": 0.97, "INITIATIVE": 0.95, "METRIC": 0.94},
    # AE (12 excerpts of 500–760 characters, built at the start of the session after AD's): held out, scored at that
    # session's start (4f9af3a): the figures below
    "gold_ae.json": {"REGULATION": 0.97, "AGENCY": 0.92, "REGION": 0.97, "INITIATIVE": 0.81, "METRIC": 0.92},
    # AF (12 excerpts of 590–760 characters, built in the session that built AE, after its rules): held out, scored with
    # that session's start code (4f9af3a) and its final code (86f909f): the same figures, below
    "gold_af.json": {"REGULATION": 0.98, "AGENCY": 0.95, "REGION": 0.95, "INITIATIVE": 0.85, "METRIC": 0.91},
    # AG (6 excerpts, the pool of unused pages being thin) and AH (12), built at the start of the session after AF's:
    # held out, scored at that session's start (7b15056: AG INITIATIVE .732; AH AGENCY .891, INITIATIVE .821, REGION
    # .974); then development sets of that session (a code's name of ten characters: AG INITIATIVE .78; quoted party
    # bodies, a township's and a department's own bodies, classes held: AH AGENCY .96, INITIATIVE .914, REGION 1.0)
    "gold_ag.json": {"REGULATION": 0.90, "AGENCY": 0.89, "REGION": 1.0, "INITIATIVE": 0.78, "METRIC": 0.97},
    "gold_ah.json": {"REGULATION": 0.98, "AGENCY": 0.96, "REGION": 1.0, "INITIATIVE": 0.91, "METRIC": 0.98},
    # AI (12 excerpts, built in the session that built AG and AH, after its first rules): held out, scored with that
    # session's start code (7b15056) and its final code (67c4f38): the same figures, below; AGENCY .95 → .93 in session
    # 57: a zone's bare study group is styled as its 党工委 is, with its city (中共大同新荣经济技术开发区工作委员会…, as
    # ax11's gold styles 东莞滨海湾新区's); ai04's gold writes both without the city
    "gold_ai.json": {"REGULATION": 0.96, "AGENCY": 0.93, "REGION": 0.97, "INITIATIVE": 0.88, "METRIC": 0.95},
    # AJ (12 excerpts, 12 provinces): held out, scored with the next session's start code (13a480d) and its final
    # code (43ebdcc): the same figures, below
    "gold_aj.json": {"REGULATION": 1.0, "AGENCY": 0.91, "REGION": 1.0, "INITIATIVE": 0.89, "METRIC": 1.0},
    "gold_ak.json": {"REGULATION": 0.94, "AGENCY": 0.90, "REGION": 0.96, "INITIATIVE": 0.84, "METRIC": 1.0},
    # AL (12 excerpts, 10 provinces): held out, scored with the next session's start code (0f381f0) and after its
    # first rules (c8608f5): the same figures, REGULATION .878 AGENCY .925 INITIATIVE .857 REGION 1.0 METRIC .987
    "gold_al.json": {"REGULATION": 1.0, "AGENCY": 0.95, "REGION": 1.0, "INITIATIVE": 0.85, "METRIC": 0.98},
    # AM (12 excerpts, 11 provinces, built in the same session after AL's first rules): held out, scored with that
    # session's start code (0f381f0) and after its rules from AL (ee02318): REGULATION 1.0, AGENCY .667 / .681,
    # INITIATIVE .684, REGION .913, METRIC .952 (four documents' region wrong)
    "gold_am.json": {"REGULATION": 1.0, "AGENCY": 0.93, "REGION": 0.93, "INITIATIVE": 0.68, "METRIC": 0.95},
    # AN (12 excerpts, 10 provinces, four townships, built in the same session after AM's rules): held out, scored with
    # that session's start code (0f381f0) and after its rules from AL and AM (2245885): REGULATION .914, AGENCY .769 /
    # .796, INITIATIVE .741, REGION .944, METRIC .964
    "gold_an.json": {"REGULATION": 0.91, "AGENCY": 0.87, "REGION": 0.94, "INITIATIVE": 0.74, "METRIC": 0.96},
    # AO (12 excerpts, 10 provinces, built from the last stored pages in session 41): held out, scored with that
    # session's start code (4f79a82): REGULATION .95, AGENCY .901, INITIATIVE .767, REGION 1.0, METRIC .984; then a
    # development set (AGENCY .917, INITIATIVE .881 after the rules written from it)
    "gold_ao.json": {"REGULATION": 0.95, "AGENCY": 0.91, "REGION": 1.0, "INITIATIVE": 0.88, "METRIC": 0.98},
    # AP (12 excerpts, 11 provinces, from the stored pages' last leftovers in session 42): held out, scored with that
    # session's start code (64247a1): REGULATION .971, AGENCY .894, INITIATIVE .840, REGION .933, METRIC .989
    "gold_ap.json": {"REGULATION": 0.97, "AGENCY": 0.89, "REGION": 0.93, "INITIATIVE": 0.84, "METRIC": 0.98},
    # AQ (12 excerpts, 12 provinces, from the stored pages' leftovers in session 43): held out, scored with that
    # session's start code (2581a7b): REGULATION .984, AGENCY .688, INITIATIVE .845, REGION .936, METRIC .980
    "gold_aq.json": {"REGULATION": 0.98, "AGENCY": 0.78, "REGION": 0.95, "INITIATIVE": 0.84, "METRIC": 0.98},
    "gold_ar.json": {"REGULATION": 0.97, "AGENCY": 0.95, "REGION": 0.94, "INITIATIVE": 0.82, "METRIC": 0.97},
    # AS: held out at session 44's code REGULATION 1.0, AGENCY .887, INITIATIVE .844, REGION .919, METRIC .982; as a
    # development set after session 45's rules (a neighbour county's court, a town named once): AGENCY .916, REGION .974
    "gold_as.json": {"REGULATION": 0.99, "AGENCY": 0.91, "REGION": 0.97, "INITIATIVE": 0.86, "METRIC": 0.98},
    # AT (12 excerpts, 11 provinces, from the stored pages' leftovers in session 45): held out, scored with that
    # session's start code (4d1415c): REGULATION .987, AGENCY .752, INITIATIVE .844, REGION .974, METRIC 1.0; then a
    # development set (AGENCY .810 after streets' own bodies, REGION 1.0 once 和政策 named no county)
    "gold_at.json": {"REGULATION": 0.98, "AGENCY": 0.8, "REGION": 0.99, "INITIATIVE": 0.84, "METRIC": 0.99},
    # AU (12 excerpts, 10 provinces, from the stored pages' leftovers in session 46): held out, scored with that
    # session's start code (16cfe53): REGULATION .980, AGENCY .758, INITIATIVE .885, REGION .977, METRIC .963; then a
    # development set (AGENCY .803 once 漳州市's report, saying 全省 once, was no longer filed under 福建省)
    "gold_au.json": {"REGULATION": 0.97, "AGENCY": 0.8, "REGION": 0.97, "INITIATIVE": 0.88, "METRIC": 0.96},
    # AV (12 excerpts, 8 provinces, from the stored pages' leftovers in session 47): held out, scored with that
    # session's start code (19021bd): REGULATION 1.0, AGENCY .808, INITIATIVE .745, REGION .923, METRIC .991 (two
    # documents' region wrong); then a development set (a clause's verb run into a township's name, a street named
    # twice as subject): AGENCY .852, REGION .974
    "gold_av.json": {"REGULATION": 1.0, "AGENCY": 0.85, "REGION": 0.97, "INITIATIVE": 0.74, "METRIC": 0.99},
    # AW (12 excerpts, 10 provinces, session 48): held out, scored with that session's start code (919ea07):
    # REGULATION .967, AGENCY .864, INITIATIVE .851, REGION .976, METRIC .978 (西咸新区's region unknown); then a
    # development set (a zone named once as subject, styled with its province; a 地区's task committee): AGENCY .930
    "gold_aw.json": {"REGULATION": 0.96, "AGENCY": 0.93, "REGION": 0.97, "INITIATIVE": 0.85, "METRIC": 0.97},
    "gold_ax.json": {"REGULATION": 0.99, "AGENCY": 0.90, "REGION": 0.99, "INITIATIVE": 0.96, "METRIC": 0.99},
    # AY (12 excerpts, 9 provinces, session 50): held out at that session's start code (a760635): REGULATION .983,
    # AGENCY .939, INITIATIVE .963, REGION .957, METRIC .984 (两江新区 and 周溪乡 not found as issuers); then a development
    # set (a zone calling itself by its kind, a township opening on 一年来): AGENCY .970, REGION 1.0
    "gold_ay.json": {"REGULATION": 0.98, "AGENCY": 0.96, "REGION": 0.99, "INITIATIVE": 0.95, "METRIC": 0.98},
    # AZ (12 excerpts, 11 provinces, session 51): held out at that session's start code (7f9515b): REGULATION .990,
    # AGENCY .929, INITIATIVE .923, REGION .919, METRIC .943 (no document's region wrong; 现将街道 read as a township,
    # 贵阳 and 毕节 inside names not found); then a development set (现将街道…报告如下; 纳入街道党工委、办事处):
    # AGENCY .947, REGION .944
    "gold_az.json": {"REGULATION": 0.99, "AGENCY": 0.94, "REGION": 0.94, "INITIATIVE": 0.92, "METRIC": 0.94},
    # BA (12 excerpts, 9 provinces, session 52): held out at that session's start code (7aaec20): REGULATION 1.0,
    # AGENCY .819, INITIATIVE .717, REGION .897, METRIC .988 (scored without the pages' addresses: three untitled
    # reports that name their issuer only by their site lose their region and its bodies' full names; 积极配合新区 read as
    # a zone); as a development set (no zone named by adverb and verb; xam read as 兴安盟 where the address is given)
    # unchanged without addresses
    "gold_ba.json": {"REGULATION": 0.99, "AGENCY": 0.81, "REGION": 0.89, "INITIATIVE": 0.71, "METRIC": 0.98},
    # BB (12 excerpts, 11 provinces, session 53): held out at that session's start code (a012ef2): REGULATION 1.0,
    # AGENCY .876, INITIATIVE .744, REGION .963, METRIC .889 (a county branch of a prefecture's bureau filed under the
    # prefecture; an autonomous county named by its short name in a table cell after an empty key not read); then a
    # development set (a bureau's branch files under its county; a key after an empty cell read): AGENCY .935
    "gold_bb.json": {"REGULATION": 0.99, "AGENCY": 0.93, "REGION": 0.96, "INITIATIVE": 0.74, "METRIC": 0.88},
    # BC (12 excerpts, 11 provinces, session 54): held out at that session's start code (4a52ba9) and after its
    # initiative and answer rules (8401b22), the same figures: REGULATION 1.0, AGENCY .933, INITIATIVE .867,
    # REGION .971, METRIC .987 (a tourism resort zone that names no city or province loses its parent's bodies)
    "gold_bc.json": {"REGULATION": 0.99, "AGENCY": 0.93, "REGION": 0.97, "INITIATIVE": 0.86, "METRIC": 0.98},
    # BD (12 excerpts, 11 provinces, session 55): held out at that session's start code (9b422f9): REGULATION .952,
    # AGENCY .902, INITIATIVE .792, REGION 1.0, METRIC .973 (a bureau's untitled report filed under the province a
    # rule it cites names; a title that lost its 》 hid the two after it); then a development set (the formula of
    # reporting names the issuer; no title runs past its sentence): REGULATION .985, AGENCY .934
    "gold_bd.json": {"REGULATION": 0.98, "AGENCY": 0.93, "REGION": 0.99, "INITIATIVE": 0.79, "METRIC": 0.97},
    # BE (12 excerpts, 12 provinces, session 56): held out at that session's start code (c200b5e): REGULATION 1.0,
    # AGENCY .893, INITIATIVE .800, REGION 1.0, METRIC .935 (a bonded zone's untitled report filed under its city; a
    # street whose district the text never names loses its parents' bodies); the same figures after the session's rules;
    # INITIATIVE .889 after session 58's (a division of charge whose parts open with the bodies that take them)
    "gold_be.json": {"REGULATION": 0.99, "AGENCY": 0.89, "REGION": 0.99, "INITIATIVE": 0.85, "METRIC": 0.93},
    # BF (12 excerpts, 9 provinces, session 57): held out at that session's start code (caef1d8): REGULATION .982,
    # AGENCY .827, INITIATIVE .600, REGION .903, METRIC .923 (an industrial park's report filed under the province a
    # rule it cites names; districts named by their stems in a list missed); then a development set (产业园区 a zone's
    # kind; own districts' stems in a list; a zone's bodies as its publishing committee writes them): AGENCY .899,
    # REGION 1.0; INITIATIVE .788 after session 58's rules (an evaluation's indicators, a change's two states)
    "gold_bf.json": {"REGULATION": 0.98, "AGENCY": 0.89, "REGION": 0.99, "INITIATIVE": 0.78, "METRIC": 0.92},
    # BG (12 excerpts, 9 provinces, session 58): held out at that session's start code (d76d629): REGULATION 1.0,
    # AGENCY .891, INITIATIVE .857, REGION 1.0, METRIC .983 (a street's committees and centres missed; a scenic area's
    # committee posted by the city's office); the same after the session's rules, four metadata errors fewer
    "gold_bg.json": {"REGULATION": 0.99, "AGENCY": 0.89, "REGION": 0.99, "INITIATIVE": 0.85, "METRIC": 0.98},
    # BH (12 excerpts, 10 provinces, session 59): held out at that session's start code (5be0f13): REGULATION .986,
    # AGENCY .922, INITIATIVE .815, REGION .974, METRIC .937 (a town's bodies unresolved where only its site names its
    # county; a commission's study group; sheets uncounted); the same after the session's rules but METRIC .950
    "gold_bh.json": {"REGULATION": 0.98, "AGENCY": 0.92, "REGION": 0.97, "INITIATIVE": 0.81, "METRIC": 0.94},
    # BI (12 excerpts, 11 provinces, session 60): held out at that session's start code (eb04c03): REGULATION .955,
    # AGENCY .927, INITIATIVE .800, REGION 1.0, METRIC .978 (course titles read as regulations, a staffing office and a
    # group of a national office missed, a quoted saying read as a programme); AGENCY .945 after the session's rules
    "gold_bi.json": {"REGULATION": 0.95, "AGENCY": 0.94, "REGION": 0.99, "INITIATIVE": 0.79, "METRIC": 0.97},
    # BJ (12 excerpts, 10 provinces, session 61): held out at that session's start code (6c5b9a2): REGULATION .984,
    # AGENCY .852, INITIATIVE .733, REGION .933, METRIC .933 (an untitled street's and a township's reports read under
    # no region or their city, so their bodies went unnamed; quoted goals and slogans read as programmes); AGENCY .932
    # and REGION .968 after the session's metadata rules (a spaced year, a street ranking itself in its city);
    # AGENCY .941 and REGION 1.0 after session 62's (a park calling itself 园区, named once in its plan's title)
    "gold_bj.json": {"REGULATION": 0.98, "AGENCY": 0.94, "REGION": 0.99, "INITIATIVE": 0.73, "METRIC": 0.93},
    # BK (12 excerpts, 8 provinces, session 62): held out at that session's start code (11ff435): REGULATION 1.0,
    # AGENCY .921, INITIATIVE .815, REGION .947, METRIC .909 (an untitled new area's bureau read under no region, so its
    # bodies went unnamed; a township named once in a list missed; counts of years and aspects missed); AGENCY .957 and
    # REGION .973 after session 63's rules (a township's committee for the rule of law, a department's publisher)
    "gold_bk.json": {"REGULATION": 0.99, "AGENCY": 0.95, "REGION": 0.97, "INITIATIVE": 0.81, "METRIC": 0.90},
    # BL (12 excerpts, 10 provinces, session 63): held out at that session's start code (72be0bb): REGULATION .947,
    # AGENCY .750, INITIATIVE .755, REGION .909, METRIC 1.0 (an untitled district's report ranking itself in its city
    # read as the city's, a township named 村 + 乡 and a city's bureau named only by its site read under no region, so
    # their bodies went unnamed; numbered systems read without their names); AGENCY .772 and REGION .941 after the
    # session's metadata rules
    "gold_bl.json": {"REGULATION": 0.94, "AGENCY": 0.77, "REGION": 0.94, "INITIATIVE": 0.75, "METRIC": 0.99},
    # BM (12 excerpts, 11 provinces, session 64): held out at that session's start code (6d1c534) and at the last
    # commit before it was read (a9f6372), alike: REGULATION 1.0, AGENCY .984, INITIATIVE .870, REGION 1.0, METRIC 1.0,
    # metadata all right; AGENCY .992 after the session's last rule (a body's name does not run over its leaders)
    "gold_bm.json": {"REGULATION": 0.99, "AGENCY": 0.99, "REGION": 0.99, "INITIATIVE": 0.86, "METRIC": 0.99},
    # BN (12 excerpts, 10 provinces, session 65): held out at that session's start code (f242ffa) and at the last
    # commit before it was read (e8e10d2), alike: REGULATION .923, AGENCY .922, INITIATIVE .909, REGION 1.0, METRIC .968
    # (an untitled district bureau's report that names no place read under no region, so its bodies went unnamed; a
    # county bureau's bare 教育局 and its system's group missed); three metadata errors fewer after the session's rules
    "gold_bn.json": {"REGULATION": 0.92, "AGENCY": 0.92, "REGION": 0.99, "INITIATIVE": 0.90, "METRIC": 0.96},
    # BO (12 excerpts, 11 provinces, session 66): held out at that session's start code (db78f69), the last commit
    # before it was read for extraction: REGULATION 1.0, AGENCY .916, INITIATIVE .815, REGION .970, METRIC 1.0 (a county
    # bureau's report naming only 县委、县政府 and its township's county unnamed read under no region, so their bodies went
    # unnamed); INITIATIVE .846 after the session's rule (“四个亲自” is no programme)
    "gold_bo.json": {"REGULATION": 0.99, "AGENCY": 0.91, "REGION": 0.96, "INITIATIVE": 0.84, "METRIC": 0.99},
    # BP (12 excerpts, 11 provinces, session 67): held out at that session's start code (84ece78) and its last commit
    # before BP was read (99b0c9b), alike: REGULATION .975, AGENCY .937 (an untitled district bureau's report filed
    # under its city, so the district's bodies went unnamed), INITIATIVE .882, REGION .974, METRIC .960; AGENCY .968,
    # REGION 1.0, METRIC 1.0 after the session's rules (the district's bureau, 省厅党组, 利用党组, 为华新镇, a circle's reaches)
    "gold_bp.json": {"REGULATION": 0.97, "AGENCY": 0.96, "REGION": 0.99, "INITIATIVE": 0.88, "METRIC": 0.99},
    # BQ (12 excerpts, 12 provinces, session 68): held out at that session's start code (450c299) and its last commit
    # before BQ was read (53864a3), alike: REGULATION 1.0, AGENCY .780 (a township titled after its county, 水市镇, a
    # province's untitled department and a zone's part, 甘眉工业园区南区, filed under the wrong region or none, so their
    # bodies went unnamed), INITIATIVE .700, REGION .875, METRIC .950; AGENCY .902, REGION .909 after the session's
    # rules (a township the division table knows, a zone's part, its bodies and groups, a street's 工委, 县政法委)
    "gold_bq.json": {"REGULATION": 0.99, "AGENCY": 0.89, "REGION": 0.90, "INITIATIVE": 0.69, "METRIC": 0.94},
    # BR (12 excerpts, 11 provinces, session 69): held out at that session's start code (2ee596c) and its last commit
    # before BR was read (13f84a8), alike: REGULATION .917, AGENCY .701 (a province's commission on a site under the
    # province's initials read under no region, a district's bureau naming only its city under the city, a zone's
    # authority under its city, so their bodies went unnamed), INITIATIVE .857, REGION .971, METRIC .957; AGENCY .769
    # (text only; .826 with the addresses) after the session's rules (the zone, the district's bureau naming itself in
    # its plan's title, a party group named by its study)
    "gold_br.json": {"REGULATION": 0.91, "AGENCY": 0.76, "REGION": 0.97, "INITIATIVE": 0.85, "METRIC": 0.95},
    # BS (12 excerpts, 10 provinces, session 70): held out at that session's start code (605bd90) and its last commit
    # before BS was read (85253c0), alike: REGULATION .988, AGENCY .716 (a town read as 依托镇 from 依托镇平安办, a pilot
    # free-trade zone's bureau under 浦东新区 or none, a bureau titled by its level alone under no region, a commission's
    # 委党组 read as the government's), INITIATIVE .880, REGION .941, METRIC .947; AGENCY .945, REGION 1.0 after the
    # session's rules (the town the division table knows, the zone and its committee's bureau, the source line's city,
    # the commission's own bodies)
    "gold_bs.json": {"REGULATION": 0.98, "AGENCY": 0.94, "REGION": 0.99, "INITIATIVE": 0.87, "METRIC": 0.94},
    # BT (12 excerpts, 10 provinces, session 70): held out at that session's start code (605bd90): AGENCY .639, REGION
    # .970 (two towns under their city or none); at its last commit before BT was read (b8ebbeb), with the session's
    # rules for towns and streets: REGULATION 1.0, AGENCY .750, INITIATIVE .885, REGION .941, METRIC 1.0; AGENCY .864
    # after the session's later rules (a pilot zone's area and its committee, 省厅 of a bureau's line)
    "gold_bt.json": {"REGULATION": 0.99, "AGENCY": 0.86, "REGION": 0.94, "INITIATIVE": 0.88, "METRIC": 0.99},
    # BU (12 excerpts, 11 provinces, session 71): held out at that session's start code (b21737e) and its last commit
    # before BU was read (5068e32), alike: REGULATION .959, AGENCY .764 (a town never naming itself read as the zone
    # leading it, 在中牟新区, a township named only in its brand, 法治舒桥, under none, a city's part of 天府新区 under
    # the province), INITIATIVE .750, REGION .929, METRIC .905; after the session's rules (the town, the township's
    # brand, the city's part of a zone, a bureau's committee's study group, 组建 in a clause, short documents, an
    # app listed after an app, a slogan's parts, 例 and 位) REGULATION 1.0, AGENCY .918, INITIATIVE .809, REGION .966,
    # METRIC 1.0
    "gold_bu.json": {"REGULATION": 0.99, "AGENCY": 0.91, "REGION": 0.96, "INITIATIVE": 0.80, "METRIC": 0.99},
    # BV (12 excerpts, 11 provinces, session 72): held out at that session's start code (7b9e609): REGULATION 1.0,
    # AGENCY .780 (a zone's bureau as the opening's subject read as no issuer, its bodies unresolved; an audit bureau's
    # report under the justice bureau that posted it), INITIATIVE .638 (commemorative days, training courses, trophies,
    # a saying, a code of discipline), REGION 1.0, METRIC .933; after the session's rules (the zone's bureau, its city
    # by its site's initials, the title's bureau over the posting one, a street opening its text, 在圩镇 no town, a
    # bureau by its district's short name, those quotes, 学分 and 微克/立方米) AGENCY .874, INITIATIVE .857, METRIC .968;
    # AGENCY .885 after a zone's bare 全面依法治区委员会
    "gold_bv.json": {"REGULATION": 0.99, "AGENCY": 0.88, "REGION": 0.99, "INITIATIVE": 0.85, "METRIC": 0.96},
    # BW (12 excerpts, 10 provinces, session 73): held out at that session's start code (b4b8cc7), text only:
    # REGULATION 1.0, AGENCY .750 (a city's enforcement corps and team, a bureau's party group's meetings after a
    # regular meeting, a case review committee after the bureau's party committee, the rule-of-law group as 法治工作
    # 领导小组 and the task force, a town under the county the division table gives), INITIATIVE .865, REGION .968,
    # METRIC .964; after the session's rules AGENCY .811, INITIATIVE .914, METRIC 1.0 (with the pages' addresses AGENCY
    # .924: bw06's district, 区林业局 and nothing more, is its site's)
    "gold_bw.json": {"REGULATION": 0.99, "AGENCY": 0.80, "REGION": 0.96, "INITIATIVE": 0.91, "METRIC": 0.99},
    # BX (12 excerpts, 10 provinces, session 74): held out at that session's start code (3484add), text only:
    # REGULATION 1.0, AGENCY .837 (省法院, 党政办, 重庆's 文化旅游委, 和厅 and 优化 run into names, 民办 an office),
    # INITIATIVE .880, REGION .828 (川渝滇黔, a street naming itself only before its goal), METRIC 1.0; after the
    # session's rules AGENCY .928, REGION 1.0 (with the pages' addresses AGENCY 1.0: bx04's 市卫生健康委 is its site's
    # city's)
    "gold_bx.json": {"REGULATION": 0.99, "AGENCY": 0.92, "REGION": 0.99, "INITIATIVE": 0.87, "METRIC": 0.99},
    # BY (12 excerpts, 10 provinces, session 75): held out at that session's start code (1da0f09), text only:
    # REGULATION 1.0, AGENCY .831 (a region's courts and CPPCC listed bare after its congress, 国家卫生健康委, a
    # commission's bodies named by 委 alone), INITIATIVE .857 (“十四五”法治建设规划), REGION .960, METRIC .979; after the
    # session's rules AGENCY .869, INITIATIVE .897 (with the pages' addresses AGENCY .916, REGION 1.0: by06's 长治市 and
    # by10's 深圳市 are their sites')
    "gold_by.json": {"REGULATION": 0.99, "AGENCY": 0.86, "REGION": 0.95, "INITIATIVE": 0.89, "METRIC": 0.97},
    # BZ (12 excerpts, 9 provinces, session 76): held out at that session's start code (5f333d9), text only:
    # REGULATION .982 (民法典 inside a quoted campaign), AGENCY .855 (a street office under its district government's
    # name, a township's units by its level), INITIATIVE .974 (“十四五”意见), REGION 1.0, METRIC .977 (73049个工作日);
    # after the session's rules REGULATION, INITIATIVE and METRIC 1.0, AGENCY .912 (with the pages' addresses AGENCY
    # .962: bz04's 涪陵区 is its site's, www.fl.gov.cn)
    "gold_bz.json": {"REGULATION": 0.99, "AGENCY": 0.90, "REGION": 0.99, "INITIATIVE": 0.99, "METRIC": 0.99},
    # CA (12 excerpts, 12 provinces, session 77): held out at that session's start code (fdb9af7), text only as with
    # the pages' addresses: REGULATION .974 (行政法 a branch of law), AGENCY .844 (荣昌区's bureau filed under 永川区,
    # a place it visited; 石门街 by its short name; 贵阳's zone under its province), INITIATIVE .857 (study topics,
    # “两代表一委员”), REGION .950, METRIC .914; after the session's rules REGULATION .987, AGENCY .932, INITIATIVE
    # 1.0, REGION .976
    "gold_ca.json": {"REGULATION": 0.98, "AGENCY": 0.93, "REGION": 0.97, "INITIATIVE": 0.99, "METRIC": 0.91},
    # CB (12 excerpts, 12 provinces, session 77): held out at 79977a1 (after CA's rules, which moved it nowhere: the
    # same figures at fdb9af7), text only: REGULATION 1.0, AGENCY .731 (枣庄's 市中区 filed as 乐山's, its site zzszq
    # unread; 人大办, 政协办 and a bureau's 党委 as written), INITIATIVE .821 (a code across a page's space, “10+1”类),
    # REGION .968, METRIC 1.0; after the session's rules AGENCY .769 (with the pages' addresses .775 → .919),
    # INITIATIVE .923
    "gold_cb.json": {"REGULATION": 0.99, "AGENCY": 0.76, "REGION": 0.96, "INITIATIVE": 0.92, "METRIC": 0.99},
}


def test_every_committed_gold_set_has_its_floors() -> None:
    """A set that joins the repository is guarded from then on: its measured figures go in above."""
    assert sorted(UNSEEN_FLOORS) == sorted(f"gold_{name}.json" for name in unseen_sets("gold_{x}.json"))


@pytest.mark.parametrize("gold", sorted(UNSEEN_FLOORS))
def test_unseen_reports_do_not_lose_ground(gold: str) -> None:
    unique = evaluate(REPO / "tests/corpus/unseen" / gold, REPO / "tests/corpus/unseen/reports").to_dict()["unique"]
    for etype, floor in UNSEEN_FLOORS[gold].items():
        assert unique[etype]["f1"] >= floor, (gold, etype, unique[etype])


def test_traditional_characters_are_matched_as_simplified_and_kept_as_written() -> None:
    text = ("始興縣人民政府2021年法治政府建設年度報告\n一、主要工作\n"
            "認真貫徹《中華人民共和國行政處罰法》，縣司法局聘請廣東天行健律師事務所擔任法律顧問。")
    doc = build_document(RawDocument(text, "trad.txt", "/tests/trad.txt"))
    by_type = {(e.type, e.name): e for e in doc.entities}
    regulation = by_type[("REGULATION", "中华人民共和国行政处罚法")]
    assert regulation.text == "中華人民共和國行政處罰法" == doc.text[regulation.start:regulation.end]
    assert ("LAW_FIRM", "广东天行健律师事务所") in by_type


GENRE_EXPECTED = {  # file: (region, prefecture, province, year, doc_type, a law firm hired as adviser or None)
    "renhua_2021.txt": ("仁化县", "韶关市", "广东省", 2021, "annual_report", "广东韶达律师事务所"),
    "nanxiong_2022.txt": ("南雄市", "韶关市", "广东省", 2022, "annual_report", "广东南粤律师事务所"),
    "deqing_2021.txt": ("德清县", "湖州市", "浙江省", 2021, "annual_report", None),
    "anji_2022.txt": ("安吉县", "湖州市", "浙江省", 2022, "annual_report", "浙江天册律师事务所"),
    "jimusaer_2021.txt": ("吉木萨尔县", "昌吉回族自治州", "新疆维吾尔自治区", 2021, "annual_report", None),
    "gaoyou_2020.txt": ("高邮市", "扬州市", "江苏省", 2020, "annual_report", None),
    "yunxi_2022.txt": ("郧西县", "十堰市", "湖北省", 2022, "annual_report", None),
    "liuyang_2021.txt": ("浏阳市", "长沙市", "湖南省", 2021, "annual_report", "湖南金州律师事务所"),
}


@pytest.mark.parametrize("name", sorted(GENRE_EXPECTED))
def test_genre_reports_of_other_regions_and_years(name: str) -> None:
    """The project's own reports of the genre (tests/corpus/genre): metadata and resolved entities."""
    region, prefecture, province, year, doc_type, firm = GENRE_EXPECTED[name]
    doc = build_document(read_path(REPO / "tests/corpus/genre" / name, 10**8)[0])
    meta = doc.metadata
    assert (meta.region, meta.prefecture, meta.province, meta.year, meta.doc_type) == \
        (region, prefecture, province, year, doc_type)
    agencies = {e.name for e in doc.entities if e.type == "AGENCY"}
    assert all(not a.startswith(("县", "市")) for a in agencies), agencies  # relative names resolved
    if firm:
        advisers = [e for e in doc.entities if e.type == "LAW_FIRM" and e.name == firm]
        assert advisers and advisers[0].attrs.get("advises_code") == meta.region_code
    metrics = [e for e in doc.entities if e.type == "METRIC"]
    assert metrics and all(e.attrs.get("value") is not None and e.attrs.get("unit") for e in metrics)
