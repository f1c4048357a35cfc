"""How many "paragraphs" are not text: headings, titles, dates, bylines, notes, fragments.

Why: search hits, similar-paragraph lists and answers quote paragraphs; a heading or a
dateline stored as a paragraph is a useless hit. The test of a unit here is written apart
from ingest.segment's rules (by what a reader would call noise), so the figure measures
segmentation rather than restating it.

    python -m benchmarks.paragraph_noise [FOLDER...]   (default: the seeds, the genre texts
    and set A of the unseen development set, where present)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from ingest.clean import clean
from ingest.document import RawDocument
from ingest.metadata import extract_metadata
from ingest.readers import ReadError, read_path
from ingest.segment import segment

REPO = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (REPO.parent / "shared" / "corpus" / "seeds", REPO / "tests" / "corpus" / "genre",
                   REPO.parent / "wt-a" / "tests" / "corpus" / "unseen" / "reports")

_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．])")
_LIST_ITEM = re.compile(r"^(?:[（(]?\d{1,2}[)）.、．]|[（(][一二三四五六七八九十]+[)）]|[①-⑳]|[一二三四五六七八九十]是)")
_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:星期.)?$|^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")
_NOTE = re.compile(r"^[（(]此件|^(?:文章|信息)?(?:来源|发布时间|发布日期|更新时间|字号)\s*[:：]")
_BODY_END = re.compile(r"(?:政府|局|委|办|办公室|委员会|中心组|党组|法院|检察院)$")


def noise_kind(text: str, title: str | None) -> str | None:
    """Why a paragraph is no text, or None when it is one."""
    text = text.strip()
    if title and text == title.strip():
        return "title"
    if _DATE.match(text):
        return "date"
    if _NOTE.match(text):
        return "note"
    if _NUMBERED.match(text) and len(text) <= 40 and "。" not in text.rstrip("。"):
        return "heading"
    if len(text) <= 30 and _BODY_END.search(text) and not re.search(r"[，,。；]", text):
        return "byline"
    if len(text) < 20 and not _LIST_ITEM.match(text):
        return "short"
    return None


def measure(folder: Path) -> dict[str, object]:
    """Paragraph counts of every report in ``folder`` and the share that are noise, by kind."""
    kinds: Counter[str] = Counter()
    total = 0
    for path in sorted(folder.glob("*.txt")):
        for raw in read_path(path, 10**8):
            if isinstance(raw, ReadError):
                continue
            cleaned = clean(raw.text)
            title = extract_metadata(RawDocument(raw.text, raw.source, raw.origin), cleaned).title
            for paragraph in segment(cleaned.text):
                total += 1
                kind = noise_kind(paragraph.text, title)
                if kind:
                    kinds[kind] += 1
    noise = sum(kinds.values())
    return {"folder": folder.name, "paragraphs": total, "noise": noise,
            "fraction": round(noise / total, 3) if total else 0.0, "by_kind": dict(kinds)}


def main(argv: list[str]) -> None:
    folders = [Path(a) for a in argv] or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    print(json.dumps([measure(f) for f in folders], ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
