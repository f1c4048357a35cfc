"""Whether report metadata survives the layouts real pages come in, on the development sets.

Why: a metadata rule written around the layout of the report it was derived from may depend on that
layout (a title on the first line, the opening sentence right under it). Each report of the unseen
development sets A-G is read again in other layouts of the genre, and the reports whose region, year or
type then differ from the gold are counted:

- ``stored``: the text as stored;
- ``body``: the body alone (an excerpt without title, date or source lines);
- ``titled``: the page's title (from sources_X.tsv) over the body;
- ``chrome``: a portal's navigation and widget lines over the stored text;
- ``chrome_body``: the same lines over the body alone;
- ``crumb``: the page's title as the last crumb of the portal's breadcrumb over the body, the page showing
  no title line of its own;
- ``numerals``: the stored text with its years and dates in Chinese numerals (二〇二一年, 二〇二二年一月十日), as
  official documents signed under the old standard and some reports write them.

Only metadata is computed, so a run takes seconds. A held-out set is read only once it was scored (then it joins DEVELOPMENT_SETS).

    python -m benchmarks.metadata_layouts [--list]
"""

from __future__ import annotations

import csv
import re
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ingest.clean import clean
from ingest.document import RawDocument
from ingest.metadata import extract_metadata

UNSEEN = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "unseen"
# The development sets' prefixes: each was scored held out before its gold and reports joined the repository;
# a set still held out is kept outside it.
def set_order(name: str) -> tuple[int, str]:
    """Where an unseen set comes: a to z, then the two-letter names (aa, ab…)."""
    return len(name), name


DEVELOPMENT_SETS = sorted((path.stem[len("gold_"):] for path in UNSEEN.glob("gold_*.json")), key=set_order)


def set_of(report: Path) -> str:
    """The set an unseen report belongs to, by its name's letters before its number (a01_…: a; aa01_…: aa)."""
    return re.match(r"[a-z]+", report.name).group()
FIELDS = ("region", "year", "doc_type")
# Navigation and widget lines of a government portal, as scraped pages carry them above the text.
PORTAL_CHROME = ("网站首页\n政务公开\n当前位置：首页 > 政务公开 > 法治政府建设\n【字体：大 中 小】\n打印本页 关闭窗口\n"
                 "分享到：\n信息公开目录\n无障碍浏览\n")
# A portal's breadcrumb, whose last crumb some portals make the document's title.
BREADCRUMB = "当前位置：首页 > 政务公开 > 法治政府建设 > "
_NO_TITLE = "[no title in stored text]"
_NUMERALS = "〇一二三四五六七八九"
_YEAR_DATE = re.compile(r"((?:19|20)\d{2})(?=\s*[年—－\-–~～至到])(?:年(\d{1,2})月(\d{1,2})日)?")


def _page_titles(name: str) -> dict[str, str]:
    """The page titles of one set's reports, by file name (empty where the page showed none)."""
    path = UNSEEN / f"sources_{name}.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["title"].replace(_NO_TITLE, "").strip() for row in csv.DictReader(handle, delimiter="\t")}


def in_numerals(text: str) -> str:
    """``text`` with its years and dates written in Chinese numerals: 2021年 → 二〇二一年, 2022年1月10日 →
    二〇二二年一月十日."""
    def small(number: int) -> str:  # 1–31
        tens, units = divmod(number, 10)
        return (_NUMERALS[tens] if tens > 1 else "") + ("十" if tens else "") + (_NUMERALS[units] if units else "")

    def written(match: re.Match[str]) -> str:
        year = "".join(_NUMERALS[int(digit)] for digit in match.group(1))
        month, day = match.group(2), match.group(3)
        return year + (f"年{small(int(month))}月{small(int(day))}日" if month else "")

    return _YEAR_DATE.sub(written, text)


def layouts(stored: str, body: str, title: str) -> dict[str, str]:
    """The texts of one report in each layout (see the module docstring)."""
    return {"stored": stored, "body": body, "titled": f"{title}\n{body}", "chrome": PORTAL_CHROME + stored,
            "chrome_body": PORTAL_CHROME + body, "crumb": f"{BREADCRUMB}{title}\n{body}", "numerals": in_numerals(stored)}


def misfiled(text: str, gold: dict[str, object]) -> list[str]:
    """The fields of FIELDS whose value read from ``text`` differs from the gold."""
    meta = extract_metadata(RawDocument(text=text, source="layout.txt", origin="/layout.txt"), clean(text))
    return [field for field in FIELDS if getattr(meta, field) != gold.get(field)]


def measure(on_miss: Callable[[str, str, list[str]], None] | None = None) -> dict[str, dict[str, int]]:
    """Per layout, how many development reports are misfiled (region, year or type), of how many."""
    counts: dict[str, dict[str, int]] = {}
    for name in DEVELOPMENT_SETS:
        titles = _page_titles(name)
        gold = json.loads((UNSEEN / f"gold_{name}.json").read_text(encoding="utf-8"))
        for entry in gold["documents"]:
            stored = (UNSEEN / "reports" / entry["doc"]).read_text(encoding="utf-8")
            start, end = entry["body_span"]
            for layout, text in layouts(stored, stored[start:end], titles.get(entry["doc"], "")).items():
                count = counts.setdefault(layout, {"reports": 0, "misfiled": 0})
                count["reports"] += 1
                fields = misfiled(text, entry)
                if fields:
                    count["misfiled"] += 1
                    if on_miss:
                        on_miss(layout, entry["doc"], fields)
    return counts


def main(argv: list[str]) -> int:
    if argv not in ([], ["--list"]):
        print(__doc__, file=sys.stderr)
        return 2
    listing = (lambda layout, doc, fields: print(f"{layout:12} {doc:32} {' '.join(fields)}")) if argv else None
    print(json.dumps(measure(listing), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
