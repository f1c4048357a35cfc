"""The fingerprint of kg's reading rules: what a document becomes depends on its text and on them.

Why: a re-ingest skips a file whose text is unchanged, and the graph keeps a report whose
content it already holds. After an upgrade that changes cleaning, metadata, segmentation or
extraction (new indicator rules, district issuers), such files would keep what the old rules
made of them, silently and forever. So the hash that decides "unchanged" covers the rules too,
and a stored report remembers the fingerprint it was made with: when the rules change, the
next ingest reads every file again and replaces each report in place (same id, same URLs).
The fingerprint is a hash of the ``ingest`` package's own files (code and data tables), so
it changes exactly when what a document becomes can change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent
_RULE_FILES = ("*.py", "*.tsv", "*.json", "*.txt")


@lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """A short hash of every code and data file of the ``ingest`` package."""
    digest = hashlib.sha1()
    files = sorted({path for pattern in _RULE_FILES for path in PACKAGE.rglob(pattern)
                    if "__pycache__" not in path.parts})
    for path in files:
        digest.update(path.relative_to(PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def raw_hash(raw_text: str, hints: Mapping[str, Any]) -> str:
    """What decides that a file is unchanged: its text as read, before any cleaning, what its container
    or download list says of it (a jsonl record's region, a listed address: they decide its issuer too),
    and the rules that read it. A re-ingest compares it with the one recorded at the file's origin and
    skips the file without extracting it again only when both are the same."""
    digest = hashlib.sha1(extraction_fingerprint().encode())
    digest.update(raw_text.encode("utf-8", "surrogatepass"))
    if hints:  # (none: the hash a file had before hints counted, so such files stay unchanged)
        digest.update(_told(hints))
    return digest.hexdigest()


def reading(hints: Mapping[str, Any]) -> str | None:
    """The version of a document kg stores and compares (``Document.extraction``) when its container or a download
    list told kg something of it, or None (the rules alone, ``extraction_fingerprint``). Why: a report's id is its
    text's, so the same text given an address later (``kg ingest --sources``) is the same report; it is the
    version that says the stored one was read without that address and must be read again."""
    if not hints:
        return None
    return f"{extraction_fingerprint()}+{hashlib.sha1(_told(hints)).hexdigest()[:12]}"


def _told(hints: Mapping[str, Any]) -> bytes:
    """The hints as bytes that do not depend on the order they were given in."""
    return json.dumps(hints, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass")
