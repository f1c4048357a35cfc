"""LAW_FIRM: names ending in 律师事务所, and whether the text says the firm was hired as legal adviser."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FIRM = re.compile(r"[\u4e00-\u9fff（）()]{2,24}?律师事务所")
# Words that open a clause before a firm's name rather than belong to it.
_LEADING = re.compile(r"^(?:.*?(?:聘请|聘任|委托|选聘|签约|约请|邀请|通过|与|和|及|由|同|请|是|为|了|的|等))+")
# Firms of no name, where something was done (推动在律师事务所…成立党支部).
_FIRMS_AT = re.compile(r"(?:在|对|向|到)律师事务所$")
_ADVISER = re.compile(r"法律顾问")


@dataclass
class FirmMention:
    text: str
    start: int
    end: int
    advises: bool  # the sentence says the firm serves as legal adviser


def find_firms(text: str, region_starts: set[int]) -> list[FirmMention]:
    """Firm names; a name starts at a region name inside the candidate when there is one (广东天行健律师事务所)."""
    out = []
    for match in _FIRM.finditer(text):
        start, end = match.start(), match.end()
        if _FIRMS_AT.search(match.group()):
            continue
        region_start = next((i for i in range(start, end) if i in region_starts), None)
        if region_start is not None:
            start = region_start
        else:
            lead = _LEADING.match(text[start:end - len("律师事务所")])
            if lead:
                start += lead.end()
        if end - start <= len("律师事务所") + 1:
            continue
        sentence_start = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
        sentence_end = min(i for i in (text.find("。", end), text.find("\n", end), len(text)) if i != -1)
        out.append(FirmMention(text[start:end], start, end, bool(_ADVISER.search(text[sentence_start:sentence_end]))))
    return out
