"""The addresses a download list gives its files (``kg ingest --sources LIST``): file name → page address.

Why: a report saved as plain text loses the address of the page it came from, and a report that never names its
issuer (我区, 区委, 高新区综治局 and nothing more) can be placed only by that address (www.jiangjin.gov.cn spells
江津区; see ``page_address``). A crawler's jsonl keeps the address in each record and a saved page in its canonical
link; a folder of .txt files keeps it only in the list its collector wrote while downloading. This module reads that
list, so the address reaches the reader's hints as a jsonl record's ``url`` does. An address the file gives itself
(a saved page's canonical link, a record's ``url``) is kept: the list fills in only what the file lacks.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from pathlib import Path

from ingest.document import RawDocument
from ingest.validate import InvalidValue, given_string

# The columns a list must have, by name, in its header row; any others (a title, a note) are ignored.
FILE_COLUMN, URL_COLUMN = "file", "url"
MAX_LIST_BYTES = 50_000_000


class SourcesError(ValueError):
    """A download list kg cannot read: the message names the list, the line and the problem."""


def read_addresses(path: Path) -> dict[str, str]:
    """Each listed file's name (its last path part, as the list writes it) and its page's address.

    The list is tab-separated (a .csv comma-separated), UTF-8, with a header row naming the columns ``file`` and
    ``url``. Rows without an address are skipped; a file listed twice with different addresses is an error,
    since either could be the report's.
    """
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise SourcesError(f"{path}: over the {MAX_LIST_BYTES // 1_000_000} MB limit of a download list")
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise SourcesError(f"{path}: not UTF-8 text") from None
    rows = csv.reader(text.splitlines(), delimiter="," if path.suffix.lower() == ".csv" else "\t")
    header = [name.strip().lower() for name in next(rows, [])]
    if FILE_COLUMN not in header or URL_COLUMN not in header:
        raise SourcesError(f"{path}: the first line must name the columns '{FILE_COLUMN}' and '{URL_COLUMN}' "
                           f"(got {header[:6]})")
    file_at, url_at = header.index(FILE_COLUMN), header.index(URL_COLUMN)
    addresses: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        if len(row) <= max(file_at, url_at) or not row[file_at].strip() or not row[url_at].strip():
            continue
        try:
            url = given_string("url", row[url_at])
        except InvalidValue as exc:
            raise SourcesError(f"{path}:{line}: {exc}") from None
        name = Path(row[file_at].strip()).name
        if addresses.setdefault(name, url) != url:
            raise SourcesError(f"{path}:{line}: {name} is listed with two addresses ({addresses[name]}, {url})")
    return addresses


def with_address(raw: RawDocument, file_name: str, addresses: Mapping[str, str]) -> RawDocument:
    """``raw`` with its listed address as its ``url`` hint, unless it gives one itself or the list lacks it."""
    if "url" not in raw.hints and file_name in addresses:
        raw.hints["url"] = addresses[file_name]
    return raw
