"""The docstore's write side: a paragraph's fingerprint hashes its CJK ideographs and nothing else,
so near-identical paragraphs (punctuation, digits, spacing, Latin text) collapse into one hit."""

from __future__ import annotations

import hashlib

import pytest

from search.docstore import ParagraphRow, fingerprint, vector_id


@pytest.mark.parametrize("text", ["", "2023年，全县办理行政复议案件12件。", "ＡＢＣ law 🙂 〇一二 \t\n",
                                  "㐀𠀀一龥\u9fff\u4e00\u3400", "法治政府建设" * 200])
def test_fingerprint_hashes_the_ideographs_alone(text: str) -> None:
    ideographs = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    assert fingerprint(text) == hashlib.sha1(ideographs.encode()).hexdigest()[:16]
    assert fingerprint(f" {text}，1.") == fingerprint(text)


def test_a_rows_vector_id_is_its_paragraph_ids() -> None:
    row = ParagraphRow(id="r1#3", report_id="r1", origin="a.txt", source="a.txt", title=None, region=None,
                       region_code=None, prefecture=None, province=None, year=None, doc_type=None, section="",
                       ord=3, text="法治", tokens=["法治"])
    assert row.vid == vector_id("r1#3") == row.vid
