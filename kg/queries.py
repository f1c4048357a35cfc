"""Every Cypher statement kg runs, written once and portable between FalkorDB and Neo4j 5.

Rules: values only through parameters; labels and relationship types only from the
constants below (never from input); writes batched with ``UNWIND $rows``. Index and
constraint DDL lives in the dialect modules, which read INDEXED_PROPERTIES/UNIQUE_KEYS.

A report is written in several statements (FalkorDB has no multi-statement transaction):
MERGE_REPORT creates it with ``complete = false`` and MARK_REPORT_COMPLETE, the last
statement of a write, sets it true. Every reader-facing query matches only complete reports
(``coalesce(r.complete, true)``: reports written before the flag existed count as complete),
so a write cut short is invisible until ``kg check --repair`` or the next ingest replaces it.

Graph model (docs/architecture.md explains it):
  (:Region {id, name, level, code})-[:PART_OF]->(:Region)
  (:Report {id, source, origin, title, year, doc_type, publisher, published, complete, region,
            issuer_kind, division, ...})-[:ISSUED_BY]->(:Region)
      region is the issuing unit's name; a development zone (issuer_kind development_zone) is no
      division, so ISSUED_BY and division name the division it lies in; a town whose report never names
      it (issuer_kind township, region = division) is filed under its county's name, the most precise
      place the report gives
  (:Report)-[:HAS]->(:Paragraph {id, ord, section, text, start, end, report_id})
  (:Paragraph)-[:CITES {count}]->(:Regulation {name, kind, key, aliases})
      key joins a regulation's spellings across reports (ingest.extract.regulations.regulation_key);
      aliases lists the spellings other than name that reports used
  (:Paragraph)-[:MENTIONS {count}]->(:Agency|:LawFirm|:Initiative|:Region)
  (:Agency)-[:OF]->(:Region);  (:LawFirm)-[:ADVISES {year}]->(:Region)
  (:Paragraph)-[:STATES {subject, value, unit, year, text, start, end}]->(:Indicator {name, id})
      an Indicator is a canonical measure of ingest/extract/indicators.tsv (name: its display
      name, id: its id); the fact keeps the subject phrase as written
  (:Paragraph)-[:ABOUT]->(:Topic {name, label})   name is a key of ingest.topics.TAXONOMY
"""

from __future__ import annotations

from ingest.schema import NAMED_ENTITIES, NODES

# (label, property) pairs that MERGE or look-ups use; each gets an index.
UNIQUE_KEYS: list[tuple[str, str]] = [(node.label, node.key) for node in NODES]
INDEXED_PROPERTIES: list[tuple[str, str]] = UNIQUE_KEYS + [
    ("Report", "origin"),
    ("Report", "year"),
    ("Region", "name"),
    ("Indicator", "id"),
    ("Regulation", "key"),
]

# Entity labels that paragraphs point to by name, with the relationship used.
NAMED_ENTITY_LINKS: dict[str, str] = {kind.label: kind.relationship for kind in NAMED_ENTITIES}
ENTITY_LABELS: tuple[str, ...] = (*NAMED_ENTITY_LINKS, "Indicator", "Topic")

# -- writes -----------------------------------------------------------------------

MERGE_REGIONS = """
UNWIND $rows AS row
MERGE (g:Region {id: row.id})
SET g.name = row.name, g.level = row.level, g.code = row.code
"""

LINK_REGION_PARENTS = """
UNWIND $rows AS row
MATCH (child:Region {id: row.id})
MATCH (parent:Region {id: row.parent})
MERGE (child)-[:PART_OF]->(parent)
"""

# Reports are written in batches (one statement per kind of row for several reports).
MERGE_REPORTS = """
UNWIND $rows AS row
MERGE (r:Report {id: row.id})
SET r.source = row.source, r.origin = row.origin, r.title = row.title, r.year = row.year,
    r.doc_type = row.doc_type, r.publisher = row.publisher, r.published = row.published,
    r.region = row.region, r.province = row.province, r.prefecture = row.prefecture,
    r.division = row.division, r.issuer_kind = row.issuer_kind, r.paragraphs = row.paragraphs,
    r.chars = row.chars, r.ingested_at = row.ingested_at, r.extraction = row.extraction, r.url = row.url,
    r.complete = false
"""

# The last statement of a batch's write: from here on readers see its reports.
MARK_REPORTS_COMPLETE = "UNWIND $ids AS id MATCH (r:Report {id: id}) SET r.complete = true"

# The first statement of a removal, so a removal cut short hides the report instead of
# leaving it visible with part of its paragraphs.
MARK_REPORT_INCOMPLETE = "MATCH (r:Report {id: $id}) SET r.complete = false"

LINK_REPORT_REGIONS = """
UNWIND $rows AS row
MATCH (r:Report {id: row.id})
MATCH (g:Region {id: row.region_id})
MERGE (r)-[:ISSUED_BY]->(g)
"""

MERGE_PARAGRAPHS = """
UNWIND $rows AS row
MATCH (r:Report {id: row.report_id})
MERGE (p:Paragraph {id: row.id})
SET p.ord = row.ord, p.section = row.section, p.text = row.text,
    p.start = row.start, p.end = row.end, p.report_id = row.report_id
MERGE (r)-[:HAS]->(p)
"""


def _link_named_entities(label: str, rel: str) -> str:
    return f"""
UNWIND $rows AS row
MATCH (p:Paragraph {{id: row.paragraph_id}})
MERGE (e:{label} {{name: row.name}})
SET e += row.props
MERGE (p)-[m:{rel}]->(e)
SET m.count = row.count
"""


LINK_NAMED_ENTITIES: dict[str, str] = {
    label: _link_named_entities(label, rel) for label, rel in NAMED_ENTITY_LINKS.items()
}

LINK_REGION_MENTIONS = """
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph_id})
MATCH (g:Region {id: row.region_id})
MERGE (p)-[m:MENTIONS]->(g)
SET m.count = row.count
"""

LINK_INDICATORS = """
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph_id})
MERGE (i:Indicator {name: row.indicator_name})
SET i.id = row.indicator
MERGE (p)-[s:STATES {start: row.start, end: row.end}]->(i)
SET s.subject = row.subject, s.value = row.value, s.unit = row.unit, s.year = row.year, s.text = row.text
"""

# The name each regulation key already has in the graph (a new spelling joins that node).
REGULATIONS_BY_KEY = """
UNWIND $keys AS key
MATCH (e:Regulation {key: key})
RETURN e.key AS key, e.name AS name
"""

# Spellings of a regulation other than its name, added to those already recorded.
ADD_REGULATION_ALIASES = """
UNWIND $rows AS row
MATCH (e:Regulation {name: row.name})
SET e.aliases = coalesce(e.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(e.aliases, [])]
"""

LINK_AGENCY_REGIONS = """
UNWIND $rows AS row
MATCH (a:Agency {name: row.name})
MATCH (g:Region {id: row.region_id})
MERGE (a)-[:OF]->(g)
"""

# ADVISES keeps the ids of the reports that state it, so removing the last of them removes it.
_ADD_REPORT = """SET a.reports = CASE WHEN row.report_id IN coalesce(a.reports, []) THEN a.reports
                     ELSE coalesce(a.reports, []) + row.report_id END"""

LINK_ADVISERS = f"""
UNWIND $rows AS row
MATCH (f:LawFirm {{name: row.name}})
MATCH (g:Region {{id: row.region_id}})
MERGE (f)-[a:ADVISES {{year: row.year}}]->(g)
{_ADD_REPORT}
"""

# A report of unknown year names an adviser: one ADVISES edge without a year (a property of a
# MERGE pattern may not be null).
LINK_ADVISERS_UNDATED = f"""
UNWIND $rows AS row
MATCH (f:LawFirm {{name: row.name}})
MATCH (g:Region {{id: row.region_id}})
MERGE (f)-[a:ADVISES]->(g)
{_ADD_REPORT}
"""

# A removed report no longer states its advisers; an ADVISES edge no remaining report states goes
# (two statements: FalkorDB does not apply a SET that a later WITH … WHERE … DELETE follows).
# Only the firms the report's paragraphs mention can hold its id (an adviser is written with the
# firm's MENTIONS), so both start from those names instead of scanning every ADVISES edge.
UNLINK_REPORT_ADVISERS = """
UNWIND $firms AS firm
MATCH (:LawFirm {name: firm})-[a:ADVISES]->(:Region)
WHERE $id IN a.reports
WITH a, [x IN a.reports WHERE x <> $id] AS rest
SET a.reports = rest
"""
DELETE_UNSTATED_ADVISERS = """
UNWIND $firms AS firm
MATCH (:LawFirm {name: firm})-[a:ADVISES]->(:Region)
WHERE a.reports = []
DELETE a
"""

LINK_TOPICS = """
UNWIND $rows AS row
MATCH (p:Paragraph {id: row.paragraph_id})
MERGE (t:Topic {name: row.topic})
SET t.label = row.label
MERGE (p)-[:ABOUT]->(t)
"""

# -- replacing and removing reports -------------------------------------------------

REPORT_EXISTS = "MATCH (r:Report {id: $id}) WHERE coalesce(r.complete, true) RETURN r.id AS id"

# Any report node with this id, complete or not (a half-written one is removed before rewriting).
REPORT_NODE_EXISTS = "UNWIND $ids AS id MATCH (r:Report {id: id}) RETURN r.id AS id"

INCOMPLETE_REPORTS = """
MATCH (r:Report)
WHERE NOT coalesce(r.complete, true)
RETURN r.id AS id, r.source AS source, r.origin AS origin
ORDER BY id
"""

REPORTS_FROM_ORIGIN = "UNWIND $origins AS origin MATCH (r:Report {origin: origin}) RETURN r.id AS id"

# Which of the rows' reports are complete (the batched idempotency check).
# Reports the batch need not write: complete, and made as each row's version says (the current
# reading rules, and what the container or a download list told of it): a report made otherwise is
# written again in place; see ingest/fingerprint.py.
COMPLETE_REPORTS_AMONG = """
UNWIND $rows AS row
MATCH (r:Report {id: row.id})
WHERE coalesce(r.complete, true) AND r.extraction = row.extraction
RETURN r.id AS id
"""

DELETE_REPORT_PARAGRAPHS = """
MATCH (r:Report {id: $id})-[:HAS]->(p:Paragraph)
DETACH DELETE p
"""

DELETE_REPORT = "MATCH (r:Report {id: $id}) DETACH DELETE r"

# The entities a report's paragraphs point to: after its removal, only these can be orphans.
ENTITIES_OF_REPORT = """
MATCH (r:Report {id: $id})-[:HAS]->(:Paragraph)-[:CITES|MENTIONS|STATES|ABOUT]->(e)
RETURN DISTINCT labels(e)[0] AS label, e.name AS name
"""

# Those of ``names`` no paragraph points to any more (their only support was a removed report).
# An existence test, not a count: a hub (国务院, a topic, the "other" indicator) has tens of
# thousands of uses at 30,000 reports, and counting them took 0.3-1 s per replaced report
# (these relationship types start only at paragraphs, so no label test either).
DELETE_ORPHANS: dict[str, str] = {
    label: f"""
UNWIND $names AS name
MATCH (e:{label} {{name: name}})
WHERE NOT (e)<-[:CITES|MENTIONS|STATES|ABOUT]-()
DETACH DELETE e
"""
    for label in ENTITY_LABELS
}

# Years outside first..last, stored before values were validated, in each place a year is
# kept: kg check counts them, --repair sets them to null.
_YEAR_PLACES = {"Report": "(x:Report)", "STATES": "()-[x:STATES]->()", "ADVISES": "()-[x:ADVISES]->()"}

COUNT_YEARS_OUTSIDE: dict[str, str] = {place: f"""
MATCH {pattern}
WHERE x.year < $first OR x.year > $last
RETURN count(x) AS count
""" for place, pattern in _YEAR_PLACES.items()}

CLEAR_YEARS_OUTSIDE: dict[str, str] = {place: f"""
MATCH {pattern}
WHERE x.year < $first OR x.year > $last
SET x.year = null
""" for place, pattern in _YEAR_PLACES.items()}

# -- reads ------------------------------------------------------------------------

# Counts by label and type, one statement each, answered from the label and relationship
# indexes rather than by a scan of the whole graph.
COUNT_LABEL: dict[str, str] = {label: f"MATCH (n:{label}) RETURN count(n) AS count"
                               for label in ("Region", *ENTITY_LABELS)}

# Reports and paragraphs as readers see them (complete reports only).
COUNT_COMPLETE_REPORTS = """
MATCH (r:Report)
WHERE coalesce(r.complete, true)
RETURN count(r) AS reports, sum(coalesce(r.paragraphs, 0)) AS paragraphs
"""

RELATIONSHIP_TYPES = ("HAS", "ISSUED_BY", "PART_OF", "CITES", "MENTIONS", "STATES", "ABOUT", "OF", "ADVISES")
COUNT_RELATIONSHIP: dict[str, str] = {rel: f"MATCH ()-[r:{rel}]->() RETURN count(r) AS count"
                                      for rel in RELATIONSHIP_TYPES}

ALL_PARAGRAPH_IDS = """
MATCH (r:Report)-[:HAS]->(p:Paragraph)
WHERE coalesce(r.complete, true)
RETURN p.id AS id
"""

LIST_REPORTS = """
MATCH (r:Report)
WHERE coalesce(r.complete, true)
RETURN r.id AS id, r.title AS title, r.source AS source, r.region AS region, r.prefecture AS prefecture,
       r.province AS province, r.year AS year, r.doc_type AS doc_type
ORDER BY r.province, r.region, r.year
"""

REPORT_BY_ID = "MATCH (r:Report {id: $id}) WHERE coalesce(r.complete, true) RETURN r AS report"

REPORT_PARAGRAPHS = """
MATCH (r:Report {id: $id})-[:HAS]->(p:Paragraph)
WHERE coalesce(r.complete, true)
RETURN p.id AS id, p.ord AS ord, p.section AS section, p.text AS text
ORDER BY p.ord
"""

# Everything the search index needs to re-index reports the graph holds (kg check --repair).
REPORTS_OF_PARAGRAPHS = """
UNWIND $ids AS pid
MATCH (r:Report)-[:HAS]->(:Paragraph {id: pid})
WHERE coalesce(r.complete, true)
RETURN DISTINCT r AS report
"""

PARAGRAPHS_FOR_INDEX = """
MATCH (r:Report {id: $id})-[:HAS]->(p:Paragraph)
WHERE coalesce(r.complete, true)
OPTIONAL MATCH (p)-[:CITES|MENTIONS]->(e)
WITH p, collect(DISTINCT {label: labels(e)[0], name: coalesce(e.name, '')}) AS entities
OPTIONAL MATCH (p)-[:ABOUT]->(t:Topic)
RETURN p.id AS id, p.ord AS ord, p.section AS section, p.text AS text, p.start AS start, p.end AS end,
       entities, collect(t.name) AS topics
ORDER BY p.ord
"""

# -- question answering and entity pages -----------------------------------------

ENTITY_NAMES = {label: f"MATCH (e:{label}) RETURN e.name AS name" for label in NAMED_ENTITY_LINKS}

# Paragraphs pointing at one entity, with their report: the policy-to-practice rows.
ENTITY_PARAGRAPHS: dict[str, str] = {
    label: f"""
MATCH (e:{label} {{name: $name}})<-[:{rel}]-(p:Paragraph)
MATCH (r:Report {{id: p.report_id}})
WHERE coalesce(r.complete, true)
RETURN r.region AS region, r.province AS province, r.prefecture AS prefecture, r.year AS year,
       r.id AS report_id, r.title AS title, p.id AS paragraph_id, p.section AS section, p.text AS text
ORDER BY r.province, r.region, r.year, p.ord
"""
    for label, rel in NAMED_ENTITY_LINKS.items()
}

# Entity reads start from the entity (its name index) and find each paragraph's report by
# report_id, not through HAS (see PARAGRAPH_ROWS): 14 ms instead of 100 ms for 97 paragraphs.
# An entity page at scale: per region, the number of paragraphs pointing at the entity, their
# years and the earliest one (by year, then order in its report), in one aggregate, so that a
# much-cited regulation's page reads a row per region instead of every paragraph.
ENTITY_REGIONS: dict[str, str] = {
    label: f"""
MATCH (e:{label} {{name: $name}})<-[:{rel}]-(p:Paragraph)
MATCH (r:Report {{id: p.report_id}})
WHERE coalesce(r.complete, true)
WITH r, p
ORDER BY r.year, p.ord, p.id
RETURN r.region AS region, r.province AS province, count(p) AS paragraphs,
       collect(DISTINCT r.year) AS years, collect(p.id)[0] AS first_paragraph
"""
    for label, rel in NAMED_ENTITY_LINKS.items()
}

# One page of the paragraphs pointing at an entity, earliest first; properties are read for the
# page's rows only.
ENTITY_PARAGRAPHS_PAGE: dict[str, str] = {
    label: f"""
MATCH (e:{label} {{name: $name}})<-[:{rel}]-(p:Paragraph)
MATCH (r:Report {{id: p.report_id}})
WHERE coalesce(r.complete, true)
WITH r, p
ORDER BY r.year, r.province, r.region, p.ord, p.id
SKIP $skip
LIMIT $limit
RETURN r.region AS region, r.province AS province, r.prefecture AS prefecture, r.year AS year,
       r.id AS report_id, r.title AS title, p.id AS paragraph_id, p.section AS section, p.text AS text
"""
    for label, rel in NAMED_ENTITY_LINKS.items()
}

# The entities of one label that some of the paragraphs point at (a listing question inside a scope:
# 宝应县引用了哪些法规), by the paragraphs' ids.
ENTITIES_OF_PARAGRAPHS: dict[str, str] = {
    label: f"""
UNWIND $ids AS pid
MATCH (p:Paragraph {{id: pid}})-[:{rel}]->(e:{label})
RETURN pid AS paragraph_id, e.name AS name, e.kind AS kind
"""
    for label, rel in NAMED_ENTITY_LINKS.items()
}

# Every entity of one label that a complete report's paragraph points at, with the number of regions and
# paragraphs that do (a listing question over the whole corpus: its count is the number of rows).
ENTITY_SPREAD: dict[str, str] = {
    label: f"""
MATCH (p:Paragraph)-[:{rel}]->(e:{label})
MATCH (r:Report {{id: p.report_id}})
WHERE coalesce(r.complete, true)
RETURN e.name AS name, e.kind AS kind, count(DISTINCT r.region) AS regions, count(DISTINCT p) AS paragraphs
ORDER BY regions DESC, paragraphs DESC, name
"""
    for label, rel in NAMED_ENTITY_LINKS.items()
}

# Which of ``ids`` point at the entity (bounded: the candidates of one page).
# Those of the reports that point at the entity in any paragraph (the policy-to-practice list
# shows reports that do not cite a regulation: one citing it in another paragraph is not one).
REPORTS_POINTING_AMONG: dict[str, str] = {
    label: f"""
UNWIND $ids AS rid
MATCH (:Paragraph {{report_id: rid}})-[:{rel}]->(:{label} {{name: $name}})
RETURN DISTINCT rid AS id
"""
    for label, rel in NAMED_ENTITY_LINKS.items()
}

# Paragraphs by id with their report, in the shape of ENTITY_PARAGRAPHS' rows. The report is
# found by the paragraph's report_id (its index) rather than through HAS: FalkorDB plans the
# HAS pattern as a scan of every report's edges (850 ms for 100 ids at 7k paragraphs, 6 ms so).
PARAGRAPH_ROWS = """
UNWIND $ids AS pid
MATCH (p:Paragraph {id: pid})
WITH p
MATCH (r:Report)
WHERE r.id = p.report_id AND coalesce(r.complete, true)
RETURN r.region AS region, r.province AS province, r.prefecture AS prefecture, r.year AS year,
       r.id AS report_id, r.title AS title, p.id AS paragraph_id, p.section AS section, p.text AS text
"""

# From the firm to the few paragraphs that mention it, not from its region through every paragraph of
# the region's reports: the same rows, 2.5x faster at 30,000 reports (20,000 relations: 3 s, not 8).
ADVISERS = """
MATCH (f:LawFirm)-[a:ADVISES]->(g:Region)
OPTIONAL MATCH (f)<-[:MENTIONS]-(p:Paragraph)<-[:HAS]-(r:Report)-[:ISSUED_BY]->(g)
WHERE coalesce(r.complete, true)
RETURN g.name AS region, g.code AS code, f.name AS firm, a.year AS year, collect(DISTINCT p.id) AS paragraphs
ORDER BY region, firm
"""

FACTS_OF_PARAGRAPHS = """
UNWIND $ids AS pid
MATCH (p:Paragraph {id: pid})-[s:STATES]->(i:Indicator)
RETURN pid AS paragraph_id, coalesce(s.subject, i.name) AS name, coalesce(i.id, 'other') AS indicator,
       i.name AS indicator_name, s.value AS value, s.unit AS unit, s.year AS year, s.text AS text, s.start AS start
ORDER BY pid, s.start, s.end
"""

LATEST_YEAR = "MATCH (r:Report) WHERE coalesce(r.complete, true) RETURN max(r.year) AS year"

# -- pages ------------------------------------------------------------------------

TOP_ENTITIES: dict[str, str] = {
    label: f"""
MATCH (p:Paragraph)-[:{rel}]->(e:{label})
MATCH (r:Report)-[:HAS]->(p)
WHERE coalesce(r.complete, true)
RETURN e.name AS name, count(DISTINCT p) AS paragraphs
ORDER BY paragraphs DESC, name
LIMIT $limit
"""
    for label, rel in NAMED_ENTITY_LINKS.items()
}

ISSUING_REGIONS = """
MATCH (r:Report)-[:ISSUED_BY]->(g:Region)
WHERE coalesce(r.complete, true)
RETURN g.id AS id, g.name AS name, g.level AS level, count(r) AS reports
ORDER BY reports DESC, name
"""

ENTITY_NODE: dict[str, str] = {label: f"MATCH (e:{label} {{name: $name}}) RETURN e AS entity"
                               for label in NAMED_ENTITY_LINKS}

LAW_FIRM_ADVISES = """
MATCH (f:LawFirm {name: $name})-[a:ADVISES]->(g:Region)
RETURN g.id AS id, g.name AS region, a.year AS year
ORDER BY year, region
"""

AGENCY_REGION = "MATCH (a:Agency {name: $name})-[:OF]->(g:Region) RETURN g.id AS id, g.name AS region"

REGION_BY_ID = "MATCH (g:Region {id: $id}) RETURN g AS region"

# A region's reports one page at a time (a province holds thousands at national scale).
REGION_REPORTS = """
MATCH (r:Report)-[:ISSUED_BY]->(g:Region)
WHERE g.id IN $ids AND coalesce(r.complete, true)
WITH r
ORDER BY r.year DESC, r.title, r.id
SKIP $skip
LIMIT $limit
RETURN r.id AS id, r.title AS title, r.year AS year, r.doc_type AS doc_type, r.region AS region
"""

COUNT_REGION_REPORTS = """
MATCH (r:Report)-[:ISSUED_BY]->(g:Region)
WHERE g.id IN $ids AND coalesce(r.complete, true)
RETURN count(r) AS count
"""

REGION_AGENCIES = """
MATCH (a:Agency)-[:OF]->(g:Region)
WHERE g.id IN $ids
RETURN a.name AS name, g.name AS region
ORDER BY name
"""

REGION_LAW_FIRMS = """
MATCH (f:LawFirm)-[a:ADVISES]->(g:Region)
WHERE g.id IN $ids
RETURN f.name AS name, g.name AS region, a.year AS year
ORDER BY name
"""

REGION_REGULATIONS = """
MATCH (r:Report)-[:ISSUED_BY]->(g:Region)
WHERE g.id IN $ids AND coalesce(r.complete, true)
MATCH (r)-[:HAS]->(p:Paragraph)-[:CITES]->(e:Regulation)
RETURN e.name AS name, e.kind AS kind, count(DISTINCT p) AS paragraphs
ORDER BY paragraphs DESC, name
LIMIT $limit
"""

REGION_INDICATORS = """
MATCH (r:Report)-[:ISSUED_BY]->(g:Region)
WHERE g.id IN $ids AND coalesce(r.complete, true)
MATCH (r)-[:HAS]->(p:Paragraph)-[s:STATES]->(i:Indicator)
RETURN coalesce(s.subject, i.name) AS name, s.value AS value, s.unit AS unit, s.year AS year, s.text AS text,
       p.id AS paragraph_id, g.name AS region, coalesce(i.id, 'other') AS indicator, i.name AS indicator_name
ORDER BY year DESC, paragraph_id, s.start, s.end
LIMIT $limit
"""

# The named entities of several paragraphs in one statement (a report page reads all of its own).
PARAGRAPH_ENTITIES = """
UNWIND $ids AS pid
MATCH (p:Paragraph {id: pid})-[m:CITES|MENTIONS]->(e)
RETURN pid AS paragraph_id, labels(e)[0] AS label, coalesce(e.name, '') AS name, e.id AS id, m.count AS count
ORDER BY paragraph_id, label, name
"""

# Neighbourhood of one node for the graph view; the label and key property come from
# ingest.schema's table, never from input.
NEIGHBOURS_OUT: dict[tuple[str, str], str] = {}
NEIGHBOURS_IN: dict[tuple[str, str], str] = {}
for _label, _key in UNIQUE_KEYS:
    for _table, _pattern in ((NEIGHBOURS_OUT, "(n)-[rel]->(m)"), (NEIGHBOURS_IN, "(m)-[rel]->(n)")):
        _table[(_label, _key)] = f"""
MATCH (n:{_label} {{{_key}: $key}})
MATCH {_pattern}
WHERE coalesce(n.complete, true) AND coalesce(m.complete, true)
RETURN type(rel) AS type, labels(m)[0] AS label, m.id AS id, m.name AS name, m.title AS title,
       m.text AS text, m.region AS region, m.year AS year
LIMIT $limit
"""
