"""The headings of every report, as statements of what the paragraphs under them did.

Why: reports of the genre follow a template whose headings are themselves statements
(一、党政主要负责人履行推进法治建设第一责任人职责情况, （一）深入学习贯彻习近平法治思想); the
paragraphs under such a heading tell how, often without repeating what it names. A which-regions
answer that read paragraph text alone missed every report that states the practice only in its
heading. A heading is not a paragraph (ingest keeps it as the section path of the paragraphs under
it), so it is matched here, and the first paragraph under it is what the answer cites.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ingest.segment import PATH_SEPARATOR
from search.exact import normalize


@dataclass(frozen=True)
class HeadedParagraph:
    """The first paragraph under a heading of one report: what a match of the heading cites."""

    paragraph_id: str
    vid: int
    region: str | None
    year: int | None
    heading: str


class Headings:
    """Every heading of the corpus, normalized as the exact index normalizes paragraphs (so 行政执法
    “三项制度” reads as 行政执法三项制度), each with the first paragraph under it in every report
    that writes it. Template headings repeat across reports, so they are matched once each."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        """``rows``: (id, vid, report_id, region, year, section) of paragraphs with a section, in
        report order (a heading's first paragraph may sit under a subheading of it)."""
        self._under: dict[str, list[HeadedParagraph]] = {}
        seen: set[tuple[str, str]] = set()
        for row in rows:
            for heading in (h.strip() for h in row["section"].split(PATH_SEPARATOR)):
                if heading and (row["report_id"], heading) not in seen:
                    seen.add((row["report_id"], heading))
                    self._under.setdefault(normalize(heading), []).append(
                        HeadedParagraph(row["id"], row["vid"], row["region"], row["year"], heading))

    def stating(self, groups: list[list[str]]) -> list[HeadedParagraph]:
        """The first paragraph under each heading that holds a word of every group (a wording of a
        practice: one group for a name, several for a clause's key words)."""
        wanted = [[norm for norm in map(normalize, group) if norm] for group in groups]
        if not all(wanted):
            return []
        return [paragraph for norm, paragraphs in self._under.items()
                if all(any(word in norm for word in group) for group in wanted) for paragraph in paragraphs]
