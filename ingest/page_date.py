"""The month a page's address says it was put up (…/202203/t20220303_10456224.html, …/2025-03/07/…, /art/2023/3/1/).

Why: a report that names its year nowhere and dates itself nowhere (一、工作开展情况 and straight to the work) is
dated by the page it stands on: the content systems of government sites file a page under the month it was posted,
and that month dates the report as a posting date in its text would. It is the last resort, because a page is
sometimes posted late or moved (a 2019 report under 202201/): of the 463 reports and articles in the development
sets whose page's address holds a month, the month read as a posting date gives the year for 406, leaves 32 untold
and misleads 25. A plan naming no year of its own is not dated by it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_YEAR = r"((?:19|20)\d{2})"
# The folders a content system files a page under first: a year then month and day (/2023/3/1/, /2021/1217/), a year
# and month as one folder or two (/202203/, /2025-03/, /2020/09/); then a whole date in a folder's or the file's name
# (/2018-08-02/, t20220303_), never cut from a longer run of digits (an article's number 2023031015221523357) nor one
# end of a span (/20200101-20201231/: a folder of a year's pages). (An 8-digit article number may still read as a
# date: /info/1052/20190112.htm.)
_POSTED = (
    re.compile("/" + _YEAR + r"/(0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/"),
    re.compile("/" + _YEAR + r"/(0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/"),
    re.compile("/" + _YEAR + r"[-/]?(0[1-9]|1[0-2])/"),
    re.compile(r"(?<![\d\-–])" + _YEAR + r"-?(0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?![\d\-–])"),
)
_EARLIEST_POSTING = 1995  # (the first government sites; an epoch date, 1970-01, is a system's blank)


def month_posted(url: str | None) -> str | None:
    """The month (YYYY-MM) the address of a page files it under, or None when its path holds no date."""
    if not url:
        return None
    try:
        path = urlsplit(url if "//" in url else f"//{url}").path
    except ValueError:  # (an address that is none: a malformed IPv6 host)
        return None
    for pattern in _POSTED:
        for match in pattern.finditer(path):
            year, month = int(match.group(1)), int(match.group(2))
            if year >= _EARLIEST_POSTING:
                return f"{year:04d}-{month:02d}"
    return None
