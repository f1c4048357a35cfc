"""Answering an interpreted question from graph facts plus retrieval, always with evidence.

Strategies by kind: which-regions lists every region a graph fact supports (an
exhaustive answer, not a top-k sample), falling back to retrieval grouped by
region; numeric reads indicators (STATES) of the best paragraphs; compare builds
a region × evidence table; similar looks for other regions' paragraphs close to
the named region's; how returns the best paragraphs grouped by region.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from ingest import gazetteer
from kg import reads
from kg.ask import listing, report_parts
from kg.ask.headings import Headings
from kg.ask.practice import (CLAUSE_MARK, DATED_PLANS, GENERAL_AIM, HEARD_REPORTS, HEARING_VERBS, LEADERS_SHARING_OUT,
                             OWN_PLACE, PLACING_VERBS, SAFEGUARDS, SAFEGUARD_VERB, STUDY_GROUP, STUDY_VERBS, TAKING_AS,
                             abbreviations, asks_own, asks_provinces, central_titles, conditions, congress_spirits,
                             described_name, given_in_one_clause, given_role, group_studied, heard_about, held_meetings,
                             how_terms, in_both_scripts, is_clause, key_word_sets, listed_alternatives, made_documents,
                             made_in_period, named_bodies, named_with_own_place, names_a_means, names_as_acting,
                             names_a_report, names_a_spirit, names_as_held, own_place_names, placed_into, placed_thing,
                             plan_made, practice_terms, quoted_names, quoted_spellings, safeguarded_for,
                             said_as_national, said_as_own, said_beyond_names, said_otherwise, said_together,
                             sets_headings_aside, sets_year_said_aside, shares_out, spirit_of_congress, split_name,
                             studied_name, variants, without_actor, without_introduction, without_what_the_year_was)
from kg.ask.quantities import JOINING, Figure, Part, parse_parts, ranked_quantity, score, unit_agreement, unit_fits
from kg.ask.quotes import quote, sentences
from kg.ask.text_figures import (DAY, WHOLE, following, in_words, ordinal, plain, text_figures, unstated, whole_counts,
                                 year_figures)
from kg.ask.understand import Interpretation, KnownNames, plan_span_words, region_scanner, understand
from kg.graph import LABEL_OF_TYPE
from kg.store.base import GraphStore
from search import synonyms
from search.docstore import Filters
from search.grouping import group_by_region
from search.index import SearchIndex, hit_from_row

# A which-regions question about legal advisers is answered from the ADVISES relation too.
ADVISERS = re.compile(r"律师事务所|律所|法律顾问")
STATING_COLUMNS = ("id", "region", "year")  # what a stating paragraph contributes to a which-regions answer
PLACE_COLUMNS = ("region", "prefecture", "province", "year")  # what tells whether a fact is inside the question's scope
# Units of time: a ranking asking no time (多久, 时限, 天数) orders counts, not deadlines.
TIME_UNITS = frozenset({"日", "天", "个工作日", "工作日", "小时", "个工作小时", "分钟", "个月", "月", "年"})
TIME_ASKED = re.compile(r"多久|多长时间|时限|期限|天数|日内|工作日|用时|时间")
PARTS_SHOWN = 10  # reports whose part a report-part answer quotes, latest first
COMPARED_REGIONS = 30  # regions a comparison naming none shows
COMPARED_PARAGRAPHS = 20  # stating paragraphs of a region a comparison reads beyond the retrieved ones
LISTED_IN_TEXT = 30  # entities a listing answer names in its text; the facts hold every one read
FIGURE_PARAGRAPHS = 500  # paragraphs read for stated figures per numeric question
WINDOW = 40  # characters before a figure that count as its context
FACT_PARAGRAPHS_CACHED = 100_000  # paragraphs whose figures an answerer keeps (emptied when full)
ENTITIES_CACHED = 1_000  # entities whose paragraphs an answerer keeps (emptied when full)
# What a note says of reports whose issuer kg could not tell, when the question's place has none: unused, or (a
# numeric question) read, the figures then marked as of a place unknown.
UNPLACED_UNUSED = "可能有该地区的，未用于作答。"
UNPLACED_READ = "可能有该地区的：以下数值出自这些报告，请核对其是否为该地区的报告。"
NO_EVIDENCE = "未找到相关证据：语料中没有能回答这个问题的段落。"
# The words that ask for a comparison (比较…, …有什么不同, 相比如何), not what is compared.
COMPARE_FRAME = re.compile(r"^(?:请)?(?:比较|对比)(?:一下)?|(?:进行)?(?:比较|对比)$|(?:的|上|中)?(?:相比|比较|对比)?(?:有(?:什么|何|哪些)"
                           r"(?:不同|区别|差异|异同)|的?(?:异同|区别|差异)|如何|怎么样|怎样)[？?]?$")
# What a comparison of named regions asks when it names a measure, not a practice (纠错率, 多少件).
COMPARED_QUANTITY = re.compile(r"率|比例|多少|数量|件数|人数|次数|金额|数额")
# Sections of what a report plans or lacks (三、下一年度工作思路, 存在的问题和不足), not of what was done.
NOT_DONE = re.compile(r"下一步|下一年度|下年度|明年|今后|工作思路|工作打算|工作安排|存在的?(?:主要)?问题|不足|短板|困难")
# Words that say what is asked, not what to look for: dropped from the retrieval query.
QUESTION_WORDS = re.compile(r"哪些|哪个|哪里|什么|多少|怎样|怎么|如何|是否|有没有|能不能|情况|做法|地方|地区|"
                            r"各地|各县|还有|类似|相似|比较|对比|[吗呢?？。,，]")


@dataclass
class Answer:
    question: str
    interpretation: Interpretation
    answer: str
    evidence: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    table: list[dict[str, Any]] | None = None
    related: list[dict[str, Any]] = field(default_factory=list)  # possibly related, not asserted

    def to_dict(self) -> dict[str, Any]:
        data = {"question": self.question, "interpretation": self.interpretation.to_dict(),
                "answer": self.answer, "evidence": self.evidence, "facts": self.facts, "related": self.related}
        if self.table is not None:
            data["table"] = self.table
        return data


def cited_report(fact: dict[str, Any]) -> str:
    """The report a value comes from, by its title: a file name means nothing to a reader (the
    answer already names the region and year)."""
    return f"；来源《{fact['report_title']}》" if fact.get("report_title") else ""


class Answerer:
    """Holds the store and index for a run of questions (``kg ask --batch`` loads models once)."""

    def __init__(self, store: GraphStore, index: SearchIndex) -> None:
        self.store = store
        self.index = index
        self.known = KnownNames({etype: reads.entity_names(store, label)
                                 for etype, label in LABEL_OF_TYPE.items()})
        self.latest_year = reads.latest_year(store)
        self.places = index.columns().place_names()
        self._advisers: list[dict[str, Any]] | None = None
        self._facts: dict[str, list[dict[str, Any]]] = {}  # paragraph id → its stated figures
        self._entity_paragraphs: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self._spread: dict[str, list[dict[str, Any]]] = {}
        self._headings: Headings | None = None

    def advisers(self) -> list[dict[str, Any]]:
        """Every ADVISES relation with its region and mentioning paragraphs, read once per answerer
        (the Corpus keeps one per index generation): 70 ms of each adviser question at 300 reports."""
        if self._advisers is None:
            self._advisers = reads.advisers(self.store)
        return self._advisers

    def spread(self, label: str) -> list[dict[str, Any]]:
        """``reads.entity_spread`` of a label, read once per answerer: every entity of the corpus is
        counted (1.5 s for regulations at 3,000 reports), and the Corpus keeps one answerer per index
        generation."""
        if label not in self._spread:
            self._spread[label] = reads.entity_spread(self.store, label)
        return self._spread[label]

    def headings(self) -> Headings:
        """Every heading of the corpus with the first paragraph under it, read once per answerer (the
        Corpus keeps one per index generation) and only by a question that needs them."""
        if self._headings is None:
            self._headings = Headings(self.index.docstore.sectioned_paragraphs())
        return self._headings

    def ask(self, question: str, k: int = 10) -> Answer:
        interpretation = understand(question, self.known, self.latest_year, self.places)
        strategy = getattr(self, f"_{interpretation.kind}")
        # (a question about what the store holds says itself what it lacks)
        missing, instead = self.missing_scope(interpretation) if interpretation.kind != "reports" else ("", None)
        answer = strategy(instead or interpretation, k)
        answer.interpretation = interpretation
        if missing:
            answer.answer = f"{missing}\n{answer.answer}"
        return answer

    def missing_scope(self, it: Interpretation) -> tuple[str, Interpretation | None]:
        """What the store lacks when no report is of the question's place and year (宝应县2022年 when
        only its 2019 plan is loaded), with the years it has there: "not found" alone would read as
        "the report says nothing", when there is no report to say it; and the question to answer instead,
        if any. The place's reports all stating no year, one of them may be of the year asked, so they
        answer (a year filter would leave the question nothing); the place holding no report at all, those
        of its years whose issuer kg could not tell may be its own: a numeric question reads its figures
        from them, marked as of a place unknown (they count or list no region), any other says they are
        there and unused."""
        if not it.years and not it.year_range:
            return "", None
        filters = self.filters(it)
        columns = self.index.columns()
        if len(columns.select(filters)):
            return "", None
        when = (f"{it.year_range[0]}—{it.year_range[1]}" if it.year_range else "、".join(map(str, sorted(set(it.years)))))
        asked = "、".join(filters.regions) + when + "年"
        if not filters.regions:
            return f"注意：库中没有{asked}的报告。", None
        there = columns.select(Filters(regions=filters.regions))
        if not len(there):
            unplaced = columns.report_count(columns.select(replace(filters, regions=(), unplaced=True)))
            read = unplaced and it.kind == "numeric"
            return (f"注意：库中没有{asked}的报告，也没有该地区任何年份的报告"
                    + (f"；另有{unplaced}份{when}年的报告未能确定发布地区，"
                       + (UNPLACED_READ if read else UNPLACED_UNUSED) if unplaced else "。"),
                    replace(it, reads_unplaced=True) if read else None)
        years = columns.facets(("year",), there)["year"]
        held = "、".join(sorted(year for year, _ in years))
        undated = len(there) > sum(count for _, count in years)  # reports stating no year kg could read
        if not held:
            return (f"注意：库中没有{asked}的报告（该地区的报告都未标明年份）。"
                    "以下按这些未标明年份的报告作答，请核对年份。"), replace(it, years=[], year_range=None)
        return (f"注意：库中没有{asked}的报告（库中该地区报告的年份：{held}"
                + ("；另有未标明年份的报告，不在按年份检索之列" if undated else "") + "）。"), None

    # -- shared pieces -------------------------------------------------------------

    def filters(self, it: Interpretation) -> Filters:
        gaz = gazetteer.load()
        names: list[str] = []
        for region in it.regions:
            names.append(region["name"])
            if region["scope"]:  # 广东各县: every county under it, named explicitly
                place = gaz.by_code.get(region["code"])
                names += [p.name for p in gaz.descendants(place) if p.level == region["scope"]] if place else []
        filters = Filters(unplaced=True) if it.reads_unplaced else Filters(regions=tuple(dict.fromkeys(names)))
        if it.year_range:
            filters.years = it.year_range
        elif len(it.years) == 1:
            filters.year = it.years[0]
        elif it.years:
            filters.years = (min(it.years), max(it.years))
        return filters

    def query_text(self, it: Interpretation) -> str:
        text = it.question
        for region in it.regions + it.references:
            text = text.replace(region["name"], "")
        return QUESTION_WORDS.sub(" ", text).strip() or it.question

    def retrieve(self, it: Interpretation, k: int, filters: Filters | None = None) -> list[dict[str, Any]]:
        """The best paragraphs; none when not one of them uses a word of the question (no guessing)."""
        query = self.query_text(it)
        hits = self.index.search(query, k, filters or self.filters(it), "hybrid", syntax=False).hits
        words = [w for w in self.index.tokenizer.tokenize(query) if len(w) >= 2]
        if words and not any(w in hit["text"].lower() for hit in hits for w in words):
            return []
        return hits

    def hits_for(self, paragraph_ids: list[str]) -> list[dict[str, Any]]:
        found = self.index.paragraphs(paragraph_ids)
        rows = [found.get(pid) for pid in paragraph_ids]
        return [hit_from_row(row, rank, 1.0) for rank, row in enumerate((r for r in rows if r), start=1)]

    def entity_facts(self, it: Interpretation, skip_types: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        """One fact per paragraph the graph links to one of the question's entities (CITES or MENTIONS)."""
        facts = []
        for entity in it.entities:
            label = LABEL_OF_TYPE.get(entity["type"])
            if not label or entity["type"] in skip_types:
                continue
            facts += [{"kind": "CITES" if label == "Regulation" else "MENTIONS", "region": row["region"],
                       "entity": entity["name"], "year": row["year"], "paragraph_id": row["paragraph_id"]}
                      for row in self.entity_paragraphs(label, entity["name"])]
        return facts

    def entity_paragraphs(self, label: str, name: str) -> list[dict[str, Any]]:
        """Every paragraph pointing at an entity (``reads.all_entity_paragraphs``), read once per
        answerer: an initiative named in a question can have hundreds (0.2-0.4 s from the graph)."""
        cache = self._entity_paragraphs
        if (label, name) not in cache:
            rows = reads.all_entity_paragraphs(self.store, label, name)
            if len(cache) >= ENTITIES_CACHED:
                cache = self._entity_paragraphs = {}
            cache[(label, name)] = rows
        return cache[(label, name)]

    def entity_evidence(self, it: Interpretation) -> list[dict[str, Any]]:
        """Paragraphs the graph links to the question's entities, inside its places and years."""
        return self.hits_for(list(dict.fromkeys(f["paragraph_id"] for f in self._within(self.entity_facts(it), it))))

    def facts_of(self, paragraph_ids: list[str]) -> list[dict[str, Any]]:
        """The stated figures of the (distinct) paragraphs, in paragraph and text order, as
        ``reads.facts_of_paragraphs`` gives them. Each paragraph's are read from the graph once per
        answerer (the Corpus keeps one per index generation): a numeric question reads up to
        FIGURE_PARAGRAPHS paragraphs' figures, most of its time, and questions share paragraphs."""
        cache = self._facts  # this call's view, whatever another thread does meanwhile
        missing = [pid for pid in dict.fromkeys(paragraph_ids) if pid not in cache]
        if missing:
            read: dict[str, list[dict[str, Any]]] = {pid: [] for pid in missing}
            for fact in reads.facts_of_paragraphs(self.store, missing):
                read[fact["paragraph_id"]].append(fact)
            if len(cache) + len(read) > FACT_PARAGRAPHS_CACHED:  # start again from this call's paragraphs
                cache = {pid: cache[pid] for pid in paragraph_ids if pid in cache}
            cache.update(read)
            self._facts = cache
        return [dict(fact) for pid in sorted(set(paragraph_ids)) for fact in cache[pid]]

    # -- strategies ----------------------------------------------------------------

    def _which_regions(self, it: Interpretation, k: int) -> Answer:
        """Every region with a paragraph that states the practice: its name or a variant (exact
        index), a graph link to the question's entity, or an adviser relation. Regions that
        retrieval only finds similar go to ``related``, never into the answer or the facts."""
        terms = practice_terms(it.question, [r["name"] for r in it.regions + it.references])
        wordings = self._wordings(terms, it.question)
        stating = self._within(self._stating_paragraphs(it, wordings, terms), it)
        models = {r["name"] for r in it.references}  # 和始兴县一样: the others are asked for
        by_region: dict[str, list[dict[str, Any]]] = {}
        for fact in stating:
            if fact["region"]:
                by_region.setdefault(fact["region"], []).append(fact)
        model_states = sorted(models & by_region.keys())
        by_region = {region: found for region, found in by_region.items() if region not in models}
        facts, best = [], []
        for region, found in by_region.items():
            paragraph_ids = list(dict.fromkeys(f["paragraph_id"] for f in found if f["paragraph_id"]))
            years = sorted({f["year"] for f in found if f["year"]})
            # a graph relation names the fact first, the same one every run (graph rows come in no set order)
            found.sort(key=lambda f: (f["kind"] == "STATES_PRACTICE", f.get("entity") or f.get("law_firm") or ""))
            first = {key: found[0][key] for key in ("kind", "law_firm", "entity") if key in found[0]}
            facts.append({**first, "region": region, "year": years[-1] if years else None,
                          "years": years, "paragraph_id": paragraph_ids[0], "paragraphs": len(paragraph_ids),
                          "stated_as": sorted({f["stated_as"] for f in found})})
            best.append(paragraph_ids[0])
        # reports whose issuer kg could not tell that state it too: no region to count, but a researcher must
        # know the list leaves them out (one paragraph of each as evidence)
        first_of_report: dict[str, dict[str, Any]] = {}
        for hit in self.hits_for(list(dict.fromkeys(f["paragraph_id"] for f in stating
                                                    if not f["region"] and f["paragraph_id"]))):
            first_of_report.setdefault(hit["report_id"], hit)
        unplaced = list(first_of_report.values())
        evidence = self.hits_for(best)
        seen = {h["paragraph_id"] for h in evidence} | {h["paragraph_id"] for h in unplaced}
        related = [h for h in self.retrieve(it, k) if h["paragraph_id"] not in seen
                   and h["region"] not in by_region and h["region"] not in models]
        looked_for = _looked_for(wordings) or f"“{self.query_text(it)}”"
        unplaced_note = (f"另有{len(unplaced)}份未能确定发布地区的报告也陈述了这一做法（"
                         + "、".join(f"《{h['title']}》" if h["title"] else h["source"] for h in unplaced)
                         + "），不在所列地区之中。") if unplaced else ""
        if not facts:
            others = f"除{'、'.join(model_states)}外，" if model_states else ""
            text = f"没有找到陈述这一做法的段落：检索了{looked_for}，{others}没有任何地区的报告提到。"
            if unplaced:
                text = f"检索了{looked_for}，{others}没有任何确定地区的报告提到。{unplaced_note}"
            if related:
                text += "下方“可能相关”的段落只是语义相近，并未陈述该做法。"
            return Answer(it.question, it, text, _ranked(unplaced), [], related=_ranked(related))
        listing = "、".join(f"{f['region']}（{f['paragraphs']}段，{_years(f['years'])}；"
                            f"{'、'.join(f['stated_as'])}）" for f in facts)
        text = f"共{len(facts)}个地区的报告陈述了这一做法（检索了{looked_for}及图谱中的相关实体）：{listing}。"
        if model_states:
            text += f"（{'、'.join(model_states)}本身的报告也陈述了这一做法，未计入。）"
        text += unplaced_note
        return Answer(it.question, it, text, _ranked(evidence + unplaced), facts, related=_ranked(related))

    def _wordings(self, terms: list[str], question: str) -> list[tuple[str, list[list[str]]]]:
        """(label, required word groups) of each wording that states one of ``terms``: a name and
        its variants; for a clause, a practice name of the corpus it spells out (会前学法), else its
        most distinctive words together. A quoted name is stated as written (or a variant) or not at
        all: its words apart (谁执法谁普法 → 执法, 普法) are another matter. What an actor does is
        also stated without the actor (``without_actor``: reports name who acts in words of their
        own), and a wording of the actor's words alone (党政＋负责人) says who is named, not what is
        done: it states nothing. Studying a name (学习贯彻X) is stated by X with any verb of studying
        (``studied_name``), unless the question asks for a means of it (依托中心组…学习X); placing a
        thing in another (纳入年度目标考核) by the thing placed in any of its kind (``placed_into``), never by the
        name of where it is placed alone (年度工作要点: any report's plan); hearing a
        briefing (听取法治建设工作汇报) by hearing, its matter and a briefing word together (``heard_about``); a
        congress's spirit by the congress and 精神 however a list parts them (``congress_spirits``); a name of
        rule-of-law work also with the report's own place inside it (``named_with_own_place``); and a safeguard for
        what any work is for by providing it (``safeguarded_for``)."""
        spelled = quoted_spellings(question)  # (a quoted name's spellings are stated as written, as the name is)
        quoted = {spelling for name in quoted_names(question) for spelling in spelled.get(name, [name])}
        made = made_documents(question)
        official = synonyms.default().official
        found: list[tuple[str, list[list[str]]]] = []
        for term in terms:
            bare = without_actor(term)
            actor = term[:term.find(bare)] if bare != term else ""
            stated = self._term_wordings(bare, quoted) if actor else []
            stated += [(label, groups) for label, groups in self._term_wordings(term, quoted, made.get(term))
                       if not actor or not all(group[0] in actor for group in groups)]
            name = studied_name(bare) if term not in quoted and not names_a_means(question) else None
            listed = name.split("、") if name else []  # (学习宪法、民法典: studying either is studying what is listed)
            if any(len(self.index.docstore.exact.containing(each)) for each in listed):
                # the name's words apart (思想＋习近平 of 习近平新时代中国特色社会主义思想) are another matter
                stated = [(label, groups) for label, groups in stated if len(groups) == 1 or not all(
                    word in name or any(verb in word for verb in STUDY_VERBS)
                    for group in groups for word in group)]
                stated.append((f"{'/'.join(listed)}＋{'/'.join(STUDY_VERBS)}", [listed, list(STUDY_VERBS)]))
            spirits = congress_spirits(bare)
            numbered = [groups[0][0] for groups in spirits if groups[0][0].endswith(("大", "届"))]
            if numbered:  # (十九届中央全会精神: 全会精神＋中央 is any congress's, the one asked is named by its number)
                stated = [(label, groups) for label, groups in stated
                          if any(congress in word for congress in numbered for group in groups for word in group)]
            placed = placed_into(bare, self.index.tokenizer.tokenize) if term not in quoted else None
            if placed:  # (the name of what it is placed in alone, 年度工作要点, is any report's plan)
                stated = [(label, groups) for label, groups in stated if len(groups) > 1 or any(
                    placed[0] in word or word in PLACING_VERBS for word in groups[0])]
            if not placed and term not in quoted and (thing := placed_thing(bare)):  # (where what it is placed in
                # names no kind, each wording holds what is placed and a verb placing it: 经济社会＋发展 alone is any
                # report's aim, not 法治政府建设纳入经济社会发展重点工作)
                verbs = [*PLACING_VERBS, *TAKING_AS]  # (把习近平法治思想作为干部教育培训重点课程, 列为…重要内容)
                stated = [(label, groups) if any(thing in word for group in groups for word in group)
                          else (f"{thing}＋{'/'.join(verbs)}＋{label}", [[thing], verbs, *groups])
                          for label, groups in stated]
            found += stated
            if term not in quoted and (studied := group_studied(bare)):  # (中心组集体学习习近平法治思想)
                found.append((f"{studied}＋{'/'.join(STUDY_VERBS)}＋{STUDY_GROUP}",
                              [[studied], list(STUDY_VERBS), [STUDY_GROUP]]))
            if placed:
                what, kinds = placed  # (纳入年度目标考核 is also written 纳入年度目标责任考核, 纳入政绩考核指标体系)
                said = list(dict.fromkeys(w for kind in kinds for w in said_otherwise(kind, kind, official)))
                found.append((f"{what}＋{'/'.join(PLACING_VERBS)}＋{'/'.join(said)}",
                              [[what], list(PLACING_VERBS), said]))
            # (党的十九大、十九届二中、三中、四中全会精神 carries out the 十九大精神 asked)
            found += [("＋".join(group[0] for group in groups), groups) for groups in spirits]
            if term not in quoted and (own := named_with_own_place(bare)):  # (法治三门建设工作要点)
                found.append((own.replace(OWN_PLACE, "＜本地＞"), [[own]]))
            if term not in quoted and (matters := heard_about(bare, question)):
                # (定期听取工作汇报 in a sentence on 法治建设; 听取和研究法治政府建设工作情况)
                found.append((f"{'/'.join(HEARING_VERBS)}＋{'/'.join(matters)}＋{'/'.join(HEARD_REPORTS)}",
                              [list(HEARING_VERBS), matters, list(HEARD_REPORTS)]))
        beneficiaries = safeguarded_for(question)
        if self._for_any_work(beneficiaries):  # (为…发展提供坚强法治保障)
            found.append((f"{SAFEGUARD_VERB}＋{'/'.join(SAFEGUARDS)}", [[SAFEGUARD_VERB], list(SAFEGUARDS)]))
            # (a heading names the work it safeguards and no verb: 加强中心工作法治保障)
            joined = [f"{b}{of}{s}" for b in beneficiaries or () for of in ("", "的") for s in SAFEGUARDS]
            if joined:
                found.append(("/".join(joined[::2 * len(SAFEGUARDS)]), [joined]))
        return found

    def _for_any_work(self, beneficiaries: list[str] | None) -> bool:
        """Whether a safeguard asked is for what any report's work is for (经济社会发展, 中心任务: words too common in
        the corpus to pick a practice out, ``key_word_sets``, or written as the genre's aims, ``GENERAL_AIM``, however
        rare in a small corpus), so that providing it at all states the practice; one
        for a thing of its own (新冠肺炎疫情防控) is stated by that thing's words, as any clause is."""
        if beneficiaries is None:
            return False
        exact = self.index.docstore.exact
        return not beneficiaries or any(
            GENERAL_AIM.search(b) is not None
            or not key_word_sets(b, self.index.tokenizer.tokenize, lambda w: len(exact.containing(w)),
                                 self.index.docstore.count()) for b in beneficiaries)

    def _term_wordings(self, term: str, quoted: set[str],
                       made: tuple[str, str] | None = None) -> list[tuple[str, list[list[str]]]]:
        """(label, required word groups) of each wording that states ``term`` (``_wordings``; ``made``: the document
        it names made to carry out another, ``made_documents``)."""
        exact = self.index.docstore.exact
        wordings: list[tuple[str, list[list[str]]]] = []
        official = synonyms.default().official
        # the genre's other official wording of the whole name (法治化营商环境: 法治营商环境, each the
        # other's) states it too; a colloquial one's official term (柔性执法: 包容审慎监管) is a broader
        # thing, and so is one inside it (备案 of 备案审查)
        named = conditions(term, term in quoted, made) + [c for other in sorted(official.get(term, ()))
                                                          if other not in term and term in official.get(other, ())
                                                          for c in conditions(other)]
        if given_role(term):  # (stated by X given its role; the clause's key words are the role's rank and X)
            return named
        every = self.index.columns().vids
        if named and any(len(exact.matching(groups, [], every)) for _, groups in named):
            wordings += named
            split = None if term in quoted else split_name(term, self.index.tokenizer.tokenize)
            if split:  # 行政审批中介服务事项 is also written 行政审批前置中介服务事项
                wordings.append(("…".join(split), [[piece] for piece in split]))
            if term in quoted or not is_clause(term):
                return wordings  # a clause written as asked (法治政府建设示范市 has a verb inside) is also said otherwise
        if term in quoted:
            return wordings + named
        spelled = abbreviations(term, self.known.get("INITIATIVE", ()))
        if spelled:
            return wordings + [(name, [[name]]) for name in spelled]
        if name := described_name(term, self.index.tokenizer.tokenize):
            wordings += conditions(name)  # 法治化的营商环境 is also written 营商环境
        # A clause, or a name no report writes as such (行政诉讼庭审 for 旁听行政诉讼案件庭审).
        sets = key_word_sets(term, self.index.tokenizer.tokenize, lambda w: len(exact.containing(w)),
                             self.index.docstore.count(),
                             lambda words: len(exact.matching([[w] for w in words], [], every)))
        if sets:  # each key word or its official wording (上法庭 → 出庭), either of two listed (听取、研究)
            wordings += [("＋".join("/".join(group) for group in listed), [
                [w for word in group for w in said_otherwise(word, term, official)] for group in listed])
                for listed in (listed_alternatives(words, term) for words in sets)]
        else:
            wordings += named
        return wordings

    def _stating_paragraphs(self, it: Interpretation, wordings: list[tuple[str, list[list[str]]]],
                            terms: list[str]) -> list[dict[str, Any]]:
        """(region, year, paragraph_id, kind, stated_as) of each paragraph that states the practice.
        A graph entity of the question counts only when it names the whole practice: 法治政府建设
        inside 全国法治政府建设示范区 is a narrower name, and its mentions do not state the award; one
        of a clause the practice leaves out (法治政府 of 报告…法治政府建设情况，并在网上公开年度报告)
        names what the practice is about, not the practice. A fuller name of it (a region's 《关于落实
        〈纲要〉的工作方案》 for 《纲要》) states it."""
        found: list[dict[str, Any]] = []
        universe = self._paragraphs_within(self.filters(it))
        own, made_then = asks_own(it.question), made_in_period(it.question)
        provincial = own and asks_provinces(it.question)
        # a plan asked with the span of years it covers (本省2021—2025年的实施方案) is stated with the span beside it,
        # by its first year or its five-year period (实施方案(2021—2025年), “十四五”法治建设规划)
        span = plan_span_words(it.question)
        # (a title the centre issued is not stated by a place's own of its name: 《天津市法治政府建设实施纲要》)
        national = {variant for title in central_titles(it.question) for variant in variants(title)}
        year_said_aside = sets_year_said_aside(it.question)
        for label, groups in wordings:
            if OWN_PLACE in groups[0][0]:
                found += self._stating_with_own_place(label, groups[0][0], universe)
                continue
            dated_plan = groups[-1] == DATED_PLANS
            in_one_clause = given_in_one_clause(groups)
            spirit = names_a_spirit(groups)  # (a congress's spirit, not its opening greeted: ``spirit_of_congress``)
            formula = LEADERS_SHARING_OUT if shares_out(groups) else None  # (the formula itself states it)
            # (meetings and bodies in both scripts too: a report in traditional characters names them so)
            meetings = in_both_scripts(held_meetings(it.question, groups))
            bodies = in_both_scripts(named_bodies(groups))
            groups = in_both_scripts(groups)
            together = groups + [span] if span else groups
            matched = self.index.docstore.exact.matching(together, [], universe)
            as_national = len(groups) == 1 and not national.isdisjoint(groups[0])
            # (a report named is not stated by the sentence introducing one: 现将…情况报告如下)
            report = names_a_report(together)
            columns = STATING_COLUMNS + ("text", "section") + (("province",) if provincial else ())
            rows = self.index.docstore.rows(matched.tolist(), columns).values()
            if report:
                rows = [{**row, "text": without_introduction(row["text"])} for row in rows]
            if year_said_aside:  # (a sentence saying what the year was states nothing: the rest is read without it)
                rows = [{**row, "text": text, "trimmed": text != row["text"]} for row in rows
                        for text in [without_what_the_year_was(row["text"])]]
            found += [_stated(row["region"], row["year"], row["id"], label)
                      for row in rows
                      if (len(together) == 1 and not report and not row.get("trimmed")
                          or said_together(row["text"], together, row["section"] or "", in_one_clause))
                      and (len(together) > 1 or said_beyond_names(row["text"], together[0]))
                      and (formula is None or formula.search(row["text"]) is not None)
                      and (not spirit or spirit_of_congress(row["text"], groups, row["section"] or ""))
                      and (not dated_plan or plan_made(row["text"], groups[0]))
                      and all(names_as_held(row["text"], group) for group in meetings)
                      and all(names_as_acting(row["text"], group) for group in bodies)
                      and (not as_national or said_as_national(row["text"], groups[0], _places_in))
                      and (not own or len(groups) > 1
                           or said_as_own(row["text"], groups[0], _places_in, row["region"], made_then, row["year"],
                                          row["province"] if provincial else None))]
            # (a heading says what was done, not whose document it was; nor is it counted where the question says so)
            if not own and not span and not sets_headings_aside(it.question):
                headed = self.headings().stating(groups)
                inside = np.isin(np.array([p.vid for p in headed], dtype=universe.dtype), universe)
                found += [_stated(p.region, p.year, p.paragraph_id, label) for p, within in zip(headed, inside)
                          if within and all(names_as_held(p.heading, group) for group in meetings)
                          and all(names_as_acting(p.heading, group) for group in bodies)
                          and (formula is None or formula.search(p.heading) is not None)
                          and (not as_national or said_as_national(p.heading, groups[0], _places_in))]
        if ADVISERS.search(it.question) or any(e["type"] == "LAW_FIRM" for e in it.entities):
            found += self._adviser_facts()
        named = {variant for term in terms for variant in variants(term)}
        found += [{**f, "stated_as": f["entity"]} for f in self.entity_facts(it, ("AGENCY",))
                  if (f["entity"] in named or any(term in f["entity"] for term in terms))
                  and not any(name in f["entity"] and _places_in(f["entity"][:f["entity"].find(name)])
                              for name in national)]  # (a title with a place's name first is the place's own)
        return [f for f in found if f["paragraph_id"]]

    def _adviser_facts(self) -> list[dict[str, Any]]:
        """An ADVISES fact per law firm, year and region of a report that states it, with that report's first paragraph
        on it: the graph ties a township's adviser to the township's county, the division its code names, and lumps
        the county's own report and the township's into one relation (莱山区 and its 黄海路街道 hiring one firm)."""
        advised = self.advisers()
        regions = self.index.paragraphs([p for row in advised for p in row["paragraphs"]], ("region",))
        facts: dict[tuple[str, Any, str], dict[str, Any]] = {}
        for row in advised:
            for paragraph in sorted(row["paragraphs"]):  # (collect gives no order: the first by id, each run)
                region = regions.get(paragraph, {}).get("region") or row["region"]
                facts.setdefault((row["firm"], row["year"], region), {
                    "kind": "ADVISES", "region": region, "year": row["year"], "law_firm": row["firm"],
                    "paragraph_id": paragraph, "stated_as": row["firm"]})
        return list(facts.values())

    def _stating_with_own_place(self, label: str, written: str, universe: np.ndarray) -> list[dict[str, Any]]:
        """The paragraphs that write ``written`` with their own region in its place slot (法治{place}建设规划:
        法治海门建设规划 in 海门区's report), found by the words around the slot, then read with the region."""
        pieces = [[piece] for piece in written.split(OWN_PLACE) if piece]
        matched = self.index.docstore.exact.matching(in_both_scripts(pieces), [], universe)
        rows = self.index.docstore.rows(matched.tolist(), STATING_COLUMNS + ("text",)).values()
        return [_stated(row["region"], row["year"], row["id"], label) for row in rows if row["region"] and any(
                written.replace(OWN_PLACE, name) in row["text"] for name in own_place_names(row["region"]))]

    def _paragraphs_within(self, filters: Filters) -> np.ndarray:
        """The vector ids of the paragraphs inside ``filters`` (every paragraph when none is set), sorted."""
        columns = self.index.columns()
        return np.sort(columns.select(filters)) if filters.active() else columns.vids

    def _within(self, facts: list[dict[str, Any]], it: Interpretation) -> list[dict[str, Any]]:
        """Facts inside the question's places and years (graph facts are not filtered by retrieval)."""
        filters = self.filters(it)
        kept = []
        rows = self.index.paragraphs([f["paragraph_id"] for f in facts if f.get("paragraph_id")], PLACE_COLUMNS)
        for fact in facts:
            row = rows.get(fact["paragraph_id"]) if fact.get("paragraph_id") else None
            places = {row["region"], row["prefecture"], row["province"]} if row else {fact["region"]}
            if _inside(filters, places, row["year"] if row else fact.get("year")):
                kept.append(fact)
        return kept

    def _numeric(self, it: Interpretation, k: int) -> Answer:
        """Every quantity the question asks for (quantities.py), each from the stated figure whose
        indicator matches it, per region; a part with no matching figure is said to be missing,
        and a count is never given for a rate (or the reverse) without saying so."""
        tokenize = self.index.tokenizer.tokenize
        parts = parse_parts(it.question, self._place_words(it), tokenize)
        evidence = self.retrieve(it, k)
        if not parts:
            return Answer(it.question, it, NO_EVIDENCE if not evidence else
                          "问题中没有可识别的数量；以下是最相关的段落，请核对。", evidence)
        candidates = self._figures(it, parts, evidence)
        by_region: dict[str, list[Figure]] = {}
        for figure in candidates:
            by_region.setdefault(figure.fact["region"] or "", []).append(figure)
        lines, facts, noted = [], [], []
        answered: set[str] = set()
        asked = {w for w in tokenize(it.question) if len(w) >= 2}
        for region, figures in by_region.items():
            chosen = _assign(parts, figures, tokenize, asked)
            others = {i: _other_kind(part, figures, tokenize) for i, part in enumerate(parts)
                      if i not in chosen and not part.follows}
            if not chosen and not any(others.values()):
                continue
            answered.add(region)
            said, labels = [], ""  # labels: the parts said by the last entry of said
            for index, part in enumerate(parts):
                fact = chosen.get(index)
                if fact and fact is chosen.get(index - 1):  # 悬挂、摆放: one figure counts both, said once
                    said[-1] = f"{labels}、{part.label()}{said[-1][len(labels):]}"
                    labels += f"、{part.label()}"
                    continue
                labels = part.label()
                if fact:
                    facts.append({"kind": "STATES", "part": part.item, **fact})
                    said.append(f"{part.label()}：{said_value(fact)}（{fact['text']}{cited_report(fact)}）")
                    continue
                other = others.get(index)
                noted += [other["paragraph_id"]] if other else []
                missing = "日期" if part.years == DAY else "年份" if part.years else "比率" if part.rate else "数量"
                said.append(f"{part.label()}：报告未给出{missing}"
                            + (f"，只给出了“{other['text']}”，不代为换算" if other else ""))
            years = sorted({f["year"] for f in chosen.values() if f and f.get("year")})
            lines.append(f"{region or '（地区不详）'}{'、'.join(map(str, years))}{'年' if years else ''}："
                         + "；".join(said) + "。")
        if not facts and noted:
            return Answer(it.question, it, "\n".join(lines), _ranked(self.hits_for(list(dict.fromkeys(noted)))))
        looked = "、".join(f"“{p.item}”" for p in parts)
        if not facts:
            return Answer(it.question, it, f"未找到{looked}的数值。" + ("以下是最相关的段落，请核对。" if evidence else ""),
                          [], [], related=evidence)
        # a region the question names whose reports state none of it (浏阳市和德清县…分别是多少): said, not skipped
        lines += [f"{region}：未找到{looked}的数值。" for region in self._named_report_regions(it)
                  if region not in answered]
        cited = list(dict.fromkeys([f["paragraph_id"] for f in facts] + noted))
        evidence = _ranked(self.hits_for(cited) + [h for h in evidence if h["paragraph_id"] not in cited])
        return Answer(it.question, it, "\n".join(lines), evidence, facts)

    def _named_report_regions(self, it: Interpretation) -> list[str]:
        """The question's regions that are some report's own region (a county named, not a province
        whose counties are asked about)."""
        regions = self.index.columns().codes["region"]
        return [r["name"] for r in it.regions if not r["scope"] and r["name"] in regions]

    def _place_words(self, it: Interpretation) -> list[str]:
        """The question's place names as written, full and short (始兴县, 湖州), to take out of its parts."""
        gaz = gazetteer.load()
        words = []
        for region in it.regions:
            place = gaz.by_code.get(region["code"])
            words += [region["name"]] + (list(gazetteer.short_names(place)) if place else [])
        return [w for w in words if w]

    def _figures(self, it: Interpretation, parts: list[Part], evidence: list[dict[str, Any]],
                 paragraphs: np.ndarray | None = None) -> list[Figure]:
        """Each stated figure in the question's places and years with the words around it, from
        paragraphs that use a word of some part (exact index) and the retrieved ones: the graph's
        STATES facts and the numbers with a measure word that the paragraph writes beside them.
        ``paragraphs``: those matching paragraphs when the caller has them already (a ranking reads
        how many there are)."""
        found = self._figure_paragraphs(it, parts) if paragraphs is None else paragraphs
        vids = found[:FIGURE_PARAGRAPHS]
        rows = {r["id"]: r for r in self.index.docstore.rows(list(map(int, vids))).values()}
        for hit in evidence:
            rows.setdefault(hit["paragraph_id"], {**hit, "id": hit["paragraph_id"]})
        out = []
        searched_from: dict[tuple[str, str], int] = {}  # a text stated twice (印发21项 … 印发21项) is two places
        facts = self.facts_of(list(rows))
        # figures the extraction left out, read from the text; first, so an extracted fact wins a tie
        written = [f for pid, row in rows.items() for f in text_figures(row["text"], pid, row["year"])
                   + (year_figures(row["text"], pid, row["year"]) if any(p.years for p in parts) else [])
                   + (whole_counts(row["text"], pid, row["year"]) if any(p.unit == WHOLE for p in parts) else [])]
        for fact in unstated(written, facts) + facts:
            row = rows[fact["paragraph_id"]]
            key = (fact["paragraph_id"], fact["text"])
            at = fact["text_start"] if "text_start" in fact else row["text"].find(fact["text"], searched_from.get(key, 0))
            if at < 0:
                at = row["text"].find(fact["text"])
            searched_from[key] = at + 1
            window = row["text"][max(0, at - WINDOW):at + len(fact["text"])] if at >= 0 else fact["text"]
            after = row["text"][at + len(fact["text"]):at + len(fact["text"]) + WINDOW] if at >= 0 else ""
            end = at + len(fact["text"])
            clause = row["text"][max((m.end() for m in CLAUSE_MARK.finditer(row["text"], 0, at)), default=0):end] \
                if at >= 0 else fact["text"]
            out.append(Figure({**fact, "region": row["region"], "year": fact["year"] or row["year"],
                               "source": row["source"], "report_title": row["title"]}, window, after, clause))
        return out

    def _figure_paragraphs(self, it: Interpretation, parts: list[Part]) -> np.ndarray:
        """Every paragraph in the question's places and years that uses a word of some part."""
        universe = self._paragraphs_within(self.filters(it))
        words = sorted({w for p in parts for w in p.own_words if len(w) >= 2})
        return self.index.docstore.exact.matching([words], [], universe) if words else np.empty(0, dtype=np.int64)

    def _rank(self, it: Interpretation, k: int) -> Answer:
        """The regions ordered by one stated quantity (哪个县出庭应诉率最高): each region's figure for
        it from its latest report that states one, chosen as a numeric answer chooses (its indicator
        matches what was asked, a count never stands for a rate), ranked among figures of one unit.
        A region whose reports state no such figure is not ranked, and a search cut short says so."""
        tokenize = self.index.tokenizer.tokenize
        asked_text, ascending, bound = ranked_quantity(it.question)
        parts = parse_parts(asked_text, self._place_words(it), tokenize)[:1]
        if not parts:
            return self._which_regions(it, k)
        part = parts[0]
        paragraphs = self._figure_paragraphs(it, parts)
        figures = self._figures(it, parts, self.retrieve(it, k), paragraphs)
        by_region: dict[str, list[Figure]] = {}
        for figure in figures:
            if figure.fact["region"] and isinstance(figure.fact.get("value"), (int, float)):
                by_region.setdefault(figure.fact["region"], []).append(figure)
        asked = {w for w in tokenize(asked_text) if len(w) >= 2}
        rows = [fact for figures_of_region in by_region.values()
                if (fact := _latest_answer(part, figures_of_region, tokenize, asked))]
        units = Counter(fact["unit"] for fact in rows)
        if not TIME_ASKED.search(it.question):  # 谁审查的文件更多 counts documents, not a deadline (15日内备案)
            units = Counter({u: n for u, n in units.items() if u not in TIME_UNITS}) or units
        unit = "%" if part.rate else (bound.unit if bound and bound.unit else
                                        units.most_common(1)[0][0] if units else None)
        stated = sorted((f for f in rows if f["unit"] == unit), key=lambda f: f.get("norm_value") or f["value"],
                        reverse=not ascending)
        if not stated:
            return Answer(it.question, it, f"未找到各地区“{part.label()}”的数值，无法{'比较' if bound else '排序'}。")
        ranked = [f for f in stated if bound.holds(f["value"])] if bound else stated
        if bound:
            lines = [f"“{part.label()}”{bound.label()}的：{len(ranked)}个地区（{len(stated)}个地区的报告给出了这一数值）"
                     + ("。" if ranked else "，没有地区符合。")]
            others = [f for f in stated if f not in ranked]
        else:
            order = "从低到高" if ascending else "从高到低"
            lines = [f"按“{part.label()}”{order}：{len(ranked)}个地区的报告给出了这一数值（{unit or '无单位'}），"
                     f"{'最低' if ascending else '最高'}的是{ranked[0]['region']}（{said_value(ranked[0])}）。"]
            others = []
        lines += [f"{rank}. {f['region']}{_years([f['year']] if f.get('year') else [])}：{said_value(f)}"
                  f"（{f['text']}{cited_report(f)}）" for rank, f in enumerate(ranked, start=1)]
        if others:
            lines.append("其余给出该数值的地区：" + "、".join(f"{f['region']}（{said_value(f)}）" for f in others) + "。")
        silent = [r["name"] for r in it.regions if r["name"] not in {f["region"] for f in rows}]
        if silent:  # a region the question names whose reports state no such figure
            lines.append(f"{'、'.join(silent)}的报告未给出这一数值。")
        left_out = len(rows) - len(stated)
        if left_out:
            lines.append(f"另有{left_out}个地区给出的数值单位不同，未参与{'比较' if bound else '排序'}。")
        if len(paragraphs) > FIGURE_PARAGRAPHS:
            lines.append(f"注意：含这些词的段落超过{FIGURE_PARAGRAPHS}段，只读了其中{FIGURE_PARAGRAPHS}段，"
                         "排序可能不全；请按省份或年份缩小范围。")
        facts = [{"kind": "STATES", "rank": rank, "part": part.item, **f} for rank, f in enumerate(ranked, start=1)]
        evidence = _ranked(self.hits_for(list(dict.fromkeys(f["paragraph_id"] for f in ranked + others))))
        return Answer(it.question, it, "\n".join(lines), evidence, facts)

    def _how(self, it: Interpretation, k: int) -> Answer:
        """How regions do a practice, quoted from paragraphs that state it (its name, a variant or its
        key words, as a which-regions answer finds them), the best ``k`` regions by retrieval first.
        Regions retrieval finds only similar are "可能相关", not practices of the answer; when no
        paragraph states it, the answer says what was looked for before the similar paragraphs."""
        retrieved = self.entity_evidence(it) + self.retrieve(it, k)
        retrieved = list({h["paragraph_id"]: h for h in reversed(retrieved)}.values())[::-1]
        terms = how_terms(it.question, self._place_words(it))
        wordings = self._wordings(terms, it.question) if terms else []
        stating = self._within(self._stating_paragraphs(it, wordings, terms), it) if wordings else []
        looked_for = _looked_for(wordings)
        caveat = ""
        if wordings and not stating:
            absent = self._absent_words(wordings)
            if absent:  # a word no paragraph writes (碳达峰): nothing can state it
                text = f"没有找到陈述这一做法的段落：没有任何段落包含{'、'.join(f'“{w}”' for w in absent)}。"
                return Answer(it.question, it, text + ("下方“可能相关”的段落只是语义相近，未必是所问的做法。"
                                                       if retrieved else ""), related=_ranked(retrieved[:k]))
            caveat = f"没有段落同时写到{looked_for}的各个词；以下是最相关的段落，未必陈述所问的做法。"
        if stating:
            stated = {f["paragraph_id"]: f["region"] for f in stating}
            regions = len({region for region in stated.values() if region})
            # each region's paragraph that retrieval ranks best, else its first stating one: k regions
            # (a national corpus has thousands of stating paragraphs; only those shown are read)
            chosen: dict[str, str] = {}
            for pid in [h["paragraph_id"] for h in retrieved if h["paragraph_id"] in stated] + list(stated):
                if len(chosen) == k:
                    break
                chosen.setdefault(stated[pid] or pid, pid)
            evidence = self.hits_for(list(chosen.values()))
            related = [h for h in retrieved if h["paragraph_id"] not in stated]
        else:  # no practice named (怎样提升依法行政能力): the best paragraphs are the answer
            evidence, related = retrieved, []
        if not evidence:
            return Answer(it.question, it, NO_EVIDENCE)
        groups = group_by_region(evidence)[:k]
        words = self.index.tokenizer.tokenize(self.query_text(it))
        lines = []
        for group in groups:
            hit = _informative(group["hits"])
            said = quote(hit["text"], words, self.index.tokenizer.tokenize, section=hit.get("section") or "")
            lines.append(f"{group['region'] or '（地区不详）'}：{said}")
        head = (f"共{regions}个地区的报告陈述了这一做法（检索了{looked_for}），"
                + (f"以下是其中{len(groups)}个地区的做法：" if len(groups) < regions else "各地的做法：")
                if stating else f"{caveat}{len(groups)}个地区的做法：")
        related = [h for h in related if h["region"] not in {g["region"] for g in groups}]
        evidence = [hit for group in groups for hit in group["hits"]][:max(k, len(groups))]
        return Answer(it.question, it, head + "\n" + "\n".join(lines), _ranked(evidence), related=_ranked(related[:k]))

    def _entities(self, it: Interpretation, k: int) -> Answer:
        """Every entity of the asked type (kg/ask/listing.py) the question's scope states, counted,
        each with its regions and first paragraph: inside the question's places and years, and in
        paragraphs stating the practice it names with them (在行政复议方面引用了哪些法规), if any.
        法律法规 are counted apart from the other documents cited (plans, outlines), which are said."""
        etype = it.listing or "REGULATION"
        label, verb = LABEL_OF_TYPE[etype], listing.RELATIONS[etype][1]
        kinds = listing.asked_kinds(it.question, etype)
        noun, measure = listing.noun_of(etype, kinds)
        practice = listing.practice_words(it.question, etype, self._place_words(it))
        filters = self.filters(it)
        scope = f"{_scope_name(filters) or '库中'}的报告"
        if practice:
            terms = practice_terms(practice, [])
            wordings = self._wordings(terms, it.question) if terms else []
            stating = self._within(self._stating_paragraphs(it, wordings, terms), it) if wordings else []
            cited = self._listed_in(label, [f["paragraph_id"] for f in stating])
            scope += f"中陈述{_looked_for(wordings) or '“' + practice + '”'}的段落"
        elif filters.active():
            rows = self.index.docstore.rows(self._paragraphs_within(filters).tolist(), ("id",))
            cited = self._listed_in(label, [row["id"] for row in rows.values()])
        else:
            cited = [listing.Listed(row["name"], row["kind"], row["regions"], row["paragraphs"])
                     for row in self.spread(label)]
        listed = [e for e in cited if not kinds or e.kind in kinds]
        others = len(cited) - len(listed)
        if not filters.active() and not practice:
            for entity in listed[:LISTED_IN_TEXT]:  # the regions of those the answer names
                entity.places = [{"region": row["region"], "years": sorted(y for y in row["years"] if y),
                                  "paragraphs": row["paragraphs"], "first_paragraph": row["first_paragraph"]}
                                 for row in reads.entity_regions(self.store, label, entity.name)]
        besides = f"（另{verb}了{others}个不属于{noun}的文件，未计入；问“{verb}了哪些文件”可列出全部）" if others else ""
        if not listed:
            return Answer(it.question, it, f"{scope}没有{verb}{noun}{besides}。", related=_ranked(self.retrieve(it, k)))
        shown = listed[:LISTED_IN_TEXT]
        # the question's one place is said once, in front (a province's regions are said per entity)
        one_place = len(filters.regions) == 1 and len({p["region"] for e in listed for p in e.places}) == 1
        names = "、".join(f"{listing.shown_name(etype, e.name)}（{_spread(e, one_place)}）" for e in shown)
        more = f"等；以下按涉及地区数列出前{len(shown)}{measure}，全部见事实表" if len(listed) > len(shown) else ""
        text = f"{scope}共{verb}了{len(listed)}{measure}{noun}{besides}：{names}{more}。"
        facts = listing.facts(etype, listed)
        evidence = self.hits_for(list(dict.fromkeys(f["paragraph_id"] for f in facts)))  # each fact's, as for regions
        return Answer(it.question, it, text, _ranked(evidence), facts)

    def _reports(self, it: Interpretation, k: int) -> Answer:
        """What the store holds inside the question's places and years: its reports, counted, by
        region (most reports first) with their years. A fact per report, linked to its page."""
        filters = self.filters(it)
        held = [r for r in reads.list_reports(self.store)
                if _inside(filters, {r["region"], r["prefecture"], r["province"]}, r["year"])]
        scope = _scope_name(filters)
        if not held:
            return Answer(it.question, it, f"库中没有{scope}的报告。" if scope else "库中没有任何报告。")
        by_region: dict[str, list[dict[str, Any]]] = {}
        for report in held:
            by_region.setdefault(report["region"] or "（地区不详）", []).append(report)
        ranked = sorted(by_region.items(), key=lambda item: (-len(item[1]), item[0]))
        shown = "、".join(f"{region}（{len(reports)}份：{_years(sorted({r['year'] for r in reports if r['year']}))}）"
                          for region, reports in ranked[:LISTED_IN_TEXT])
        more = f"等（按报告数列出前{LISTED_IN_TEXT}个地区，全部见事实表）" if len(ranked) > LISTED_IN_TEXT else ""
        text = f"库中{scope}的报告共{len(held)}份，来自{len(ranked)}个地区：{shown}{more}。"
        facts = [{"kind": "REPORT", "region": report["region"], "year": report["year"], "report_id": report["id"],
                  "text": report["title"] or report["source"], "doc_type": report["doc_type"]}
                 for _, reports in ranked for report in reports]
        return Answer(it.question, it, text, facts=facts)

    def _part(self, it: Interpretation, k: int) -> Answer:
        """The items of the asked part (results, shortcomings, plans) of each report in the question's
        places and years (kg/ask/report_parts.py), latest first, each cited. Reports without such a
        part are counted, never quoted from elsewhere. Results, most of a report, are asked of a place."""
        part = report_parts.asked_part(it.question) or "problems"
        filters = self.filters(it)
        name = report_parts.NAMES[part]
        if part == "results" and not filters.regions:
            return Answer(it.question, it, f"“{name}”是每份报告的大部分内容，请指明地区（例如“始兴县2020年取得了哪些成效”）。")
        scope = self._paragraphs_within(filters)
        if part == "results":
            candidates = scope
        else:
            candidates = np.intersect1d(scope, np.array(self.index.docstore.vids_with_section_words(
                report_parts.SECTION_WORDS[part]), dtype=scope.dtype))
            if part == "plans" and filters.regions:  # a work plan is all plans
                candidates = np.union1d(candidates, self.index.columns().select(replace(filters, doc_type="work_plan")))
        wanted = ("id", "report_id", "region", "year", "title", "doc_type", "section", "ord", "text")
        by_report: dict[str, list[dict[str, Any]]] = {}
        for row in self.index.docstore.rows(candidates.tolist(), wanted).values():
            by_report.setdefault(row["report_id"], []).append(row)
        found = []
        for rows in by_report.values():
            rows.sort(key=lambda r: r["ord"])
            if got := report_parts.part_of_report(rows, part):
                found.append((rows[0], *got))
        found.sort(key=lambda f: (-(f[0]["year"] or 0), f[0]["region"] or ""))
        place = _scope_name(filters)
        if not found:
            return Answer(it.question, it, f"{place or '库中'}的报告中没有“{name}”这一部分。",
                          related=_ranked(self.retrieve(it, k)))
        shown = found[:PARTS_SHOWN]
        lines = [f"{place or '库中'}共{len(found)}份报告有“{name}”这一部分"
                 + (f"，以下是最近的{len(shown)}份" if len(found) > len(shown) else "") + "："]
        facts = []
        for first, heading, listed in shown:
            label = f"{first['region'] or '（地区不详）'}{_years([first['year']] if first['year'] else [])}"
            where = (f"“{heading}”" if heading else "（各段要点）" if heading == "" else
                     "（工作计划）" if first["doc_type"] == "work_plan" else "（各部分标题）")
            lines.append(f"{label}{where}（{len(listed)}条）：" + "；".join(
                f"（{n}）{item.text}" for n, item in enumerate(listed, start=1)) + "。")
            facts += [{"kind": "PART", "region": first["region"], "year": first["year"], "text": item.text,
                       "paragraph_id": item.paragraph_id} for item in listed]
        evidence = self.hits_for(list(dict.fromkeys(f["paragraph_id"] for f in facts)))  # each item's paragraph
        return Answer(it.question, it, "\n".join(lines), _ranked(evidence), facts)

    def _listed_in(self, label: str, paragraph_ids: list[str]) -> list[listing.Listed]:
        """The ``label`` entities of the paragraphs, grouped with the paragraphs' regions and years."""
        ids = list(dict.fromkeys(paragraph_ids))
        places = self.index.paragraphs(ids, ("region", "year"))
        rows = [{**row, **places.get(row["paragraph_id"], {"region": None, "year": None})}
                for row in reads.entities_of_paragraphs(self.store, label, ids)]
        return listing.group(rows)

    def _absent_words(self, wordings: list[tuple[str, list[list[str]]]]) -> list[str]:
        """The words that no paragraph of the corpus contains, when every wording needs one of them
        (碳达峰 of 碳达峰＋行动); none when some wording could be stated."""
        exact = self.index.docstore.exact
        absent: list[str] = []
        for _, groups in wordings:
            if OWN_PLACE in groups[0][0]:  # (a slot for each report's own place is no word to be absent)
                continue
            missing = [group for group in groups if not any(len(exact.containing(w)) for w in group)]
            if not missing:
                return []
            absent += [group[0] for group in missing if group[0] not in absent]
        return absent

    def _compare(self, it: Interpretation, k: int) -> Answer:
        """A row per region: the paragraph that best states the practice compared (as a how-answer finds
        stating paragraphs; by retrieval where none states it), quoted, with its figures. A paragraph
        of what was done comes before one of plans or shortcomings (三、下一年度工作思路, 存在的问题):
        the best-ranked one of 始兴县 on 行政复议工作 was its next year's plan. A measure compared between
        named regions (纠错率) is answered with their figures, in order, as a ranking is."""
        if len(it.regions) >= 2 and COMPARED_QUANTITY.search(it.question):
            return self._rank(it, k)  # 阜康市的纠错率和始兴县相比如何: their figures side by side, in order
        tokenize = self.index.tokenizer.tokenize
        words = tokenize(self.query_text(it))
        terms = how_terms(COMPARE_FRAME.sub("", it.question), self._place_words(it))
        wordings = self._wordings(terms, it.question) if terms else []
        stating: dict[str, list[str]] = {}
        for fact in self._within(self._stating_paragraphs(it, wordings, terms), it) if wordings else []:
            stating.setdefault(fact["region"], []).append(fact["paragraph_id"])
        # no place named (各地行政复议情况比较): the regions stating it, else those retrieval finds, at most
        # COMPARED_REGIONS (a national corpus has thousands)
        regions = [r["name"] for r in it.regions] or list(dict.fromkeys(
            list(stating) if wordings else [h["region"] for h in self.retrieve(it, 50) if h["region"]]))
        shown_regions = regions[:COMPARED_REGIONS] if not it.regions else regions
        table, evidence, lines, related = [], [], [], []
        for region in shown_regions:
            filters = self.filters(it)
            filters.regions = (region,)
            retrieved = self.retrieve(it, 5, filters)
            stated = set(stating.get(region, ()))
            candidates = ([h for h in retrieved if h["paragraph_id"] in stated]
                          + self.hits_for([pid for pid in stating.get(region, ()) if pid not in
                                           {h["paragraph_id"] for h in retrieved}][:COMPARED_PARAGRAPHS])) \
                if wordings else retrieved
            if not candidates:  # a region stating none of it has no row to show: its nearest paragraph is "related"
                table.append({"region": region, "year": None, "paragraph_id": None, "text": None, "indicators": []})
                lines.append(f"{region}：报告未陈述。")
                related += retrieved[:1]
                continue
            best = min(candidates, key=lambda h: bool(NOT_DONE.search(h.get("section") or "")))  # stable: rank kept
            evidence.append(best)
            said = quote(best["text"], words, tokenize, limit=1, section=best.get("section") or "")
            indicators = [{"name": f["name"], "value": f["value"], "unit": f["unit"], "text": f["text"]}
                          for f in self.facts_of([best["paragraph_id"]])]
            table.append({"region": region, "year": best["year"], "paragraph_id": best["paragraph_id"],
                          "text": said, "indicators": indicators})
            lines.append(f"{region}（{_years([best['year']] if best.get('year') else [])}）：{said}")
        if not evidence:
            text = f"没有地区的报告陈述{_looked_for(wordings)}。" if wordings else NO_EVIDENCE
            return Answer(it.question, it, text, table=table, related=_ranked(related))
        found = [row["region"] for row in table if row["paragraph_id"]]
        head = f"对比{len(shown_regions)}个地区"
        if wordings:
            more = f"；共{len(regions)}个地区陈述了它，此处列出前{len(shown_regions)}个" if len(regions) > len(shown_regions) else ""
            head += f"（检索了{_looked_for(wordings)}，{len(found)}个地区的报告陈述了它{more}）"
        head += "："
        return Answer(it.question, it, head + "\n" + "\n".join(lines), _ranked(evidence), table=table,
                      related=_ranked(related))

    def _similar(self, it: Interpretation, k: int) -> Answer:
        if not it.regions:
            return self._how(it, k)
        region = it.regions[0]["name"]
        own = Filters(regions=(region,))
        query = self.query_text(it)
        seeds = self.index.search(query, 3, own, "hybrid", syntax=False).hits if self.index.tokenizer.tokenize(query) else []
        if not seeds:  # "和X类似的做法": X's most concrete practices
            seeds = self.hits_for(self.index.docstore.richest_paragraphs(region, 3))
        if not seeds:
            return Answer(it.question, it, NO_EVIDENCE)
        pooled: dict[str, dict[str, Any]] = {}
        facts = []
        for seed in seeds:
            for hit in self.index.similar(seed["paragraph_id"], k):
                if hit["paragraph_id"] not in pooled or pooled[hit["paragraph_id"]]["score"] < hit["score"]:
                    pooled[hit["paragraph_id"]] = hit
                    facts.append({"kind": "SIMILAR", "region": hit["region"], "paragraph_id": hit["paragraph_id"],
                                  "like": seed["paragraph_id"]})
        evidence = sorted(pooled.values(), key=lambda h: -h["score"])[:k]
        groups = group_by_region(evidence)
        like = {f["paragraph_id"]: f["like"] for f in facts}
        by_id = {seed["paragraph_id"]: seed for seed in seeds}
        tokenize = self.index.tokenizer.tokenize
        pairs = []
        for group in groups:  # each region's closest paragraph, quoted beside the practice of X it matches
            hit = group["hits"][0]
            seed = by_id[like[hit["paragraph_id"]]]
            pairs.append(f"{group['region'] or '（地区不详）'}：{quote(hit['text'], tokenize(seed['text']), tokenize)}"
                         f"\n  ↔ {region}：{quote(seed['text'], tokenize(hit['text']), tokenize)}")
        text = (f"与{region}类似的做法见于{len(groups)}个地区：" + "、".join(g["region"] or "?" for g in groups) +
                f"。（前{len(seeds)}段为{region}自己的做法，其后为其他地区的相似段落）\n" + "\n".join(pairs))
        return Answer(it.question, it, text, _ranked(seeds + evidence), facts)


def _assign(parts: list[Part], figures: list[Figure], tokenize, asked: set[str]) -> dict[int, dict[str, Any]]:
    """Each part's best figure, best pairs first, no figure used twice (受理 and 不予受理 differ);
    the "到多少" of a from–to pair, and what a change reached (升级到多少个), is the value its
    from-figure became, or nothing; when the figure's own text states where it started
    (由2711项减至2656项), the pair is that start and the figure."""
    pairs = sorted(((score(part, figure, tokenize, asked), -(figure.fact.get("year") or 0), i, j)
                    for i, part in enumerate(parts) if not part.follows
                    for j, figure in enumerate(figures) if unit_fits(part, figure.fact)), reverse=True)
    chosen: dict[int, dict[str, Any]] = {}
    used: dict[int, int] = {}
    for value, _, i, j in pairs:
        if value > 0 and i not in chosen and j not in used.values():
            chosen[i] = figures[j].answered
            used[i] = j
    _respectively(parts, figures, chosen, used)
    _side_by_side(parts, figures, chosen, used)
    _said_together(parts, figures, chosen, used)
    for i, part in enumerate(parts):
        if part.reached and i in used and (became := figures[used[i]].became()):
            chosen[i] = became  # 升级到多少个 of 由首批15个升级为30个: 30个
        if not part.follows or i - 1 not in used:
            continue
        figure = figures[used[i - 1]]
        if started := figure.started():  # 由2711项减至2656项: the figure itself is what it became
            chosen[i - 1], chosen[i] = started, chosen[i - 1]
        elif became := figure.became():
            chosen[i] = became
    return chosen


def _respectively(parts: list[Part], figures: list[Figure], chosen: dict[int, dict[str, Any]],
                  used: dict[int, int]) -> None:
    """Parts a report lists as the question does, then 分别 and as many figures in a row (办理时限、申请材料、
    办理环节分别压减62%、30.5%、27.5%): the n-th figure is the n-th part's, whatever words each figure's own
    subject has (the first one's subject names the last part: 办理环节分别压减62%). The list may stand a clause
    before 分别 in the same sentence, each part named by the start of its words (经济综合实力和基本竞争力再次实现
    “双进位”，分别名列全国百强第37位、第59位 for 经济综合实力和基本竞争力在全国百强中分别名列第几位)."""
    items = [part.item.partition("分别")[0] for part in parts]
    if len(parts) < 2 or any(part.follows or len(item) < 2 for part, item in zip(parts, items)):
        return
    for j, figure in enumerate(figures):
        sentence = re.split(r"[。；;！!？?]", figure.before)[-1]
        if not _listed_in_order(items, sentence.rpartition("分别")[0]):
            continue
        run = [j]
        while len(run) < len(parts) and (k := _written_beside(figures, run[-1], after=True, taken=set(run))) is not None:
            run.append(k)
        if len(run) == len(parts) and all(unit_fits(part, figures[k].fact) for part, k in zip(parts, run)):
            for i, k in enumerate(run):
                chosen[i] = figures[k].answered
                used[i] = k
            return


_LISTED_NAME = 2  # characters of a part's words that must open its name in a report's list


def _listed_in_order(items: list[str], listing: str) -> bool:
    """Whether ``listing`` names each item in turn, joined by 、/和/及, each by the longest start of its words
    it writes (two characters at least)."""
    at = 0
    for n, item in enumerate(items):
        found = next(((where, end) for end in range(len(item), _LISTED_NAME - 1, -1)
                      if (where := listing.find(item[:end], at)) >= 0), None)
        if found is None or (n and not re.fullmatch(JOINING, listing[at:found[0]])):
            return False
        at = found[0] + found[1]
    return True


def _side_by_side(parts: list[Part], figures: list[Figure], chosen: dict[int, dict[str, Any]],
                  used: dict[int, int]) -> None:
    """Parts asked next to each other (几个方面、多少项; 多少大项、多少小项、多少个支项) that no figure's
    words name take the figures written next to a neighbour's answer in its clause (7个方面20项,
    12大项25小项): reports give the second measure of one thing without repeating its words. Only a
    figure in exactly the measure word asked (个 only before the noun asked: 144个支项) is taken."""
    added = True
    while added:
        added = False
        for i, part in enumerate(parts):
            if i in chosen or part.follows or part.ordinal or part.rate or not part.unit:
                continue
            for j in (i - 1, i + 1):
                k = _written_beside(figures, used[j], after=i > j, taken=set(used.values())) if j in used else None
                if k is None or not _in_measure(part, figures[k]):
                    continue
                chosen[i] = figures[k].answered
                used[i] = k
                added = True
                break


def _said_together(parts: list[Part], figures: list[Figure], chosen: dict[int, dict[str, Any]],
                   used: dict[int, int]) -> None:
    """Parts asked in one measure next to each other (悬挂、摆放了多少个条幅展板; 审查、备案了多少件规范性
    文件) that no figure names one by one (one may have taken it) take the figure whose clause writes
    their words together, as listed (悬挂、摆放条幅、展板540余个), or lists them as the question does (取消、下放
    行政审批事项665项 for 取消、下放了多少项行政审批事项; 各部门、各乡镇街道领导班子集中学法300余次): one count of
    all of them, given to each (the answer says it once)."""
    for first in range(len(parts)):
        for last in range(len(parts) - 1, first, -1):
            group = range(first, last + 1)
            if any(parts[i].unit != parts[first].unit or not parts[i].head or parts[i].rate or parts[i].ordinal
                   or parts[i].years for i in group) or all(i in chosen for i in group):
                continue
            together = re.compile(JOINING.join(re.escape(parts[i].head) for i in group))
            as_asked = _as_listed([parts[i].item for i in group])
            taken = {j for i, j in used.items() if i not in group}
            for j, figure in enumerate(figures):
                # the parts answered already must be answered by this figure (审查 took 审查、备案…35件)
                if j in taken or any(used.get(i, j) != j for i in group) or not unit_fits(parts[first], figure.fact) \
                        or unit_agreement(parts[first].unit, figure.fact.get("unit")) < 0:
                    continue
                written = figure.clause or figure.before
                if together.search(written) or (as_asked and as_asked.search(written)):
                    fact = figure.answered
                    for i in group:
                        chosen[i], used[i] = fact, j
                    break


_JUNCTION = 2  # characters either side of a junction of a list that a report must write as the question does


def _as_listed(items: list[str]) -> re.Pattern[str] | None:
    """The items of a list as a question writes them, its junctions only: the end of the first, the middle ones
    whole, the start of the last (省级取消 | 下放行政审批事项 → 取消、下放); None when an item is too short to say so."""
    if any(len(item) < _JUNCTION for item in items):
        return None
    words = [items[0][-_JUNCTION:], *items[1:-1], items[-1][:_JUNCTION]]
    return re.compile(JOINING.join(map(re.escape, words)))


def _written_beside(figures: list[Figure], j: int, after: bool, taken: set[int]) -> int | None:
    """The figure written right after (or right before) figure ``j`` in the same clause, not yet taken."""
    def value_of(figure: Figure) -> tuple[float, str]:
        return plain(float(figure.fact["value"]), figure.fact.get("unit") or "")

    paragraph = figures[j].fact["paragraph_id"]
    for k, figure in enumerate(figures):
        if k == j or k in taken or figure.fact["paragraph_id"] != paragraph or \
                not isinstance(figure.fact.get("value"), (int, float)):
            continue
        if (following(figures[j].after) == value_of(figure)) if after else (following(figure.after) == value_of(figures[j])):
            return k
    return None


def _in_measure(part: Part, figure: Figure) -> bool:
    """Whether ``figure`` is counted in the measure word ``part`` asks: the same word (2万余人次 in
    人次), or 个 with the noun asked right after it (多少个支项: 144个支项)."""
    unit = plain(float(figure.fact["value"]), figure.fact.get("unit") or "")[1]
    return unit == part.unit and (unit != "个" or figure.subject.startswith(part.head))


def _latest_answer(part: Part, figures: list[Figure], tokenize, asked: set[str]) -> dict[str, Any] | None:
    """A region's figure for ``part`` from its latest year that states one (a ranking compares regions
    at their latest, not a figure of 2016 with one of 2023 chosen by wording alone)."""
    for year in sorted({f.fact.get("year") or 0 for f in figures}, reverse=True):
        chosen = _assign([part], [f for f in figures if (f.fact.get("year") or 0) == year], tokenize, asked)
        if 0 in chosen:
            return chosen[0]
    return None


def _other_kind(part: Part, figures: list[Figure], tokenize) -> dict[str, Any] | None:
    """A figure for the part's indicator of the other kind (a count where a rate was asked)."""
    ranked = [(score(part, figure, tokenize), figure.fact) for figure in figures
              if (figure.fact.get("unit") == "%") != part.rate and not part.years and not figure.fact.get("years")]
    ranked = [(value, fact) for value, fact in ranked if value > 0]
    return max(ranked, key=lambda pair: pair[0])[1] if ranked else None


def _stated(region: str | None, year: int | None, paragraph_id: str, label: str) -> dict[str, Any]:
    """A which-regions fact: the paragraph of ``region`` and ``year`` that states the practice as ``label`` says."""
    return {"kind": "STATES_PRACTICE", "region": region, "year": year, "paragraph_id": paragraph_id, "stated_as": label}


def _places_in(text: str) -> set[str]:
    """The full names of the places ``text`` names (重庆市 of 《重庆市法治政府建设实施方案》)."""
    return {hit.place.name for hit in region_scanner().scan(text, None)}


def _years(years: list[int]) -> str:
    return "、".join(map(str, years)) + "年" if years else "年份不详"


def _looked_for(wordings: list[tuple[str, list[list[str]]]]) -> str:
    """The wordings an answer looked for, each once, as it says them."""
    return "、".join(f"“{label}”" for label in dict.fromkeys(label for label, _ in wordings))


def _inside(filters: Filters, places: set[str | None], year: int | None) -> bool:
    """Whether something of ``places`` (its region and those above it) and ``year`` is inside the
    question's places and years."""
    if filters.regions and not places & set(filters.regions):
        return False
    if filters.year and year != filters.year:
        return False
    return not filters.years or bool(year and filters.years[0] <= year <= filters.years[1])


def _scope_name(filters: Filters) -> str:
    """The question's places and years as an answer names them (始兴县2020年), "" for the whole store."""
    return "、".join(filters.regions) + _scope_years(filters)


def _scope_years(filters: Filters) -> str:
    if filters.year:
        return f"{filters.year}年"
    return f"{filters.years[0]}—{filters.years[1]}年" if filters.years else ""


def _spread(entity: listing.Listed, one_place: bool) -> str:
    """Where an entity is stated, for the answer's list: the paragraphs, and unless the question
    names one place, its regions by name where read (at most three), else their number."""
    if one_place:
        return f"{entity.paragraphs}段"
    named = [place["region"] for place in entity.places if place["region"]]
    if named and len(named) == entity.regions:
        regions = "、".join(named[:3]) + (f"等{entity.regions}个地区" if len(named) > 3 else "")
    else:
        regions = f"{entity.regions}个地区"
    return f"{regions}，{entity.paragraphs}段"


def said_value(fact: dict[str, Any]) -> str:
    """16宗, 40%, 1.5亿元, 第六次, 2021—2025年, 290余场: the value as the report writes it, with its
    unit, and 余/多 when its text says the number is a floor (2万余人次 is not 2万人次)."""
    if written := fact.get("written") or ordinal(fact) or in_words(fact):
        return written
    value = fact["value"]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    unit = fact["unit"] or ""
    scale, rest = (unit[0], unit[1:]) if unit[:1] in "万亿" and len(unit) > 1 else ("", unit)
    more = re.search(rf"(?<![\d.]){re.escape(str(value))}\s*{scale}(余|多)\s*{re.escape(rest)}", fact.get("text") or "")
    return f"{value}{scale}{more.group(1)}{rest}" if more else f"{value}{unit}"


def _ranked(hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hits numbered 1… in the order given (evidence joins several rankings)."""
    for rank, hit in enumerate(hits, start=1):
        hit["rank"] = rank
    return hits


def _informative(hits: list[dict[str, Any]]) -> dict[str, Any]:
    """The best hit that says more than a heading (a heading alone makes no answer line)."""
    return next((hit for hit in hits if sentences(hit["text"])), hits[0])


def first_sentence(text: str, limit: int = 80) -> str:
    """The text up to its first full stop, cut at ``limit`` characters."""
    sentence = re.split(r"(?<=[。；！])", text, maxsplit=1)[0]
    return sentence if len(sentence) <= limit else sentence[:limit] + "…"

