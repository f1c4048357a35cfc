"""Readers: files in, RawDocuments out, or a ReadError that names the file and the problem.

One function per format; ``read_path`` dispatches on the suffix. A reader never
raises for bad input: the caller reports the error and goes on with other files.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.document import RawDocument
from ingest.validate import InvalidValue, bounded, given_string, given_year, valid_unicode

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".jsonl")

# A .docx is a zip archive: refused before inflating when it declares more than this in
# all, or a member over 1 MB that inflates more than MAX_ZIP_RATIO times (a zip bomb;
# real documents' XML compresses about 5-20 times, and images not at all).
MAX_ZIP_UNCOMPRESSED = 200_000_000
MAX_ZIP_RATIO = 100
_RATIO_CHECKED_FROM = 1_000_000


@dataclass
class ReadError:
    path: str
    error: str


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as valid Unicode for messages, JSON and the store.

    Names that are not UTF-8 (a GBK name from a Windows zip) arrive surrogate-escaped;
    each such part is read as GB18030 when it decodes, else with replacement characters.
    """
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    parts = []
    for part in os.fsencode(text).split(b"/"):
        for encoding in ("utf-8", "gb18030"):
            try:
                parts.append(part.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
        else:
            parts.append(part.decode("utf-8", errors="replace"))
    return "/".join(parts)


def discover(paths: list[Path]) -> Iterator[Path | ReadError]:
    """Files to ingest, folders walked recursively in name order; unsupported files named as errors."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith("."):
                    continue
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
                else:
                    yield ReadError(str(child), f"unsupported file type '{child.suffix or '(none)'}'; "
                                                f"kg reads {', '.join(SUPPORTED_SUFFIXES)}")
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path
            else:
                yield ReadError(str(path), f"unsupported file type '{path.suffix or '(none)'}'; "
                                           f"kg reads {', '.join(SUPPORTED_SUFFIXES)}")
        else:
            yield ReadError(str(path), "no such file or folder")


def read_path(path: Path, max_bytes: int) -> list[RawDocument | ReadError]:
    """Read one file into one or more raw documents (a .jsonl holds many)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [ReadError(str(path), f"cannot read: {exc.strerror}")]
    if size == 0:
        return [ReadError(str(path), "empty file")]
    if size > max_bytes:
        return [ReadError(str(path), f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit "
                                     "(KG_MAX_FILE_MB)")]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [ReadError(str(path), f"cannot read: {exc.strerror}")]
    suffix = path.suffix.lower()
    try:
        return _read_format(path, suffix, data)
    except _Unreadable as exc:
        return [ReadError(str(path), str(exc))]
    except Exception as exc:  # a reader library failing on hostile input fails this file only
        return [ReadError(str(path), f"{type(exc).__name__}: {exc}")]


def _read_format(path: Path, suffix: str, data: bytes) -> list[RawDocument | ReadError]:
    """Dispatch on the suffix; _Unreadable for input that is not what it claims to be."""
    if suffix in (".txt", ".md"):
        return [_raw(path, _check_text(decode(data), path))]
    if suffix in (".html", ".htm"):
        return [_read_html(path, data)]
    if suffix == ".pdf":
        return [_raw(path, _check_text(_pdf_text(data), path))]
    if suffix == ".docx":
        return [_raw(path, _check_text(_docx_text(data), path))]
    if suffix == ".jsonl":
        return list(_read_jsonl(path, data))
    return [ReadError(str(path), f"unsupported file type '{suffix}'")]


class _Unreadable(Exception):
    pass


def _raw(path: Path, text: str, **kw: Any) -> RawDocument:
    return RawDocument(text=text, source=display_path(path.name), origin=display_path(path.resolve()), **kw)


def _check_text(text: str, path: Path) -> str:
    if not text.strip():
        raise _Unreadable("no text in the file (empty after reading)")
    return text


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (a superset of GBK and GB2312)."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise _Unreadable(f"cannot decode the text: it starts with a {exc.encoding.upper()} byte-order mark "
                          f"but is not valid {exc.encoding.upper()} ({exc.reason} at byte {exc.start})") from exc
    if b"\x00" in data[:8192]:
        raise _Unreadable("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_readable(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or not _mostly_readable(str(best)):
        raise _Unreadable("cannot decode the text: not UTF-8, GBK/GB18030 or another known encoding")
    return str(best)


def _mostly_readable(text: str) -> bool:
    """Reject decodings that are mostly control or private-use characters."""
    if not text:
        return False
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(text) < 0.01


# The comment a browser writes at the head of a page it saves: <!-- saved from url=(0045)http://www.… -->.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_SAVED_FROM_HEAD = 2000


def _read_html(path: Path, data: bytes) -> RawDocument:
    import trafilatura

    html = decode(data)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True,
                               deduplicate=False, output_format="txt")
    if not text or not text.strip():
        from lxml import html as lxml_html

        try:
            text = lxml_html.fromstring(html).text_content()
        except Exception as exc:  # lxml raises several parser errors for garbage markup
            raise _Unreadable(f"cannot parse the HTML: {exc}") from exc
    meta = trafilatura.extract_metadata(html)
    hints = {}
    if meta is not None:
        if meta.title:
            hints["title"] = meta.title
        if meta.date:
            hints["published"] = meta.date
        if meta.url:  # (its canonical or og:url link: a government site's address may name the issuer)
            hints["url"] = bounded("url", meta.url)
    if "url" not in hints and (saved := _SAVED_FROM.search(html[:_SAVED_FROM_HEAD])):
        hints["url"] = bounded("url", saved.group(1))  # (the address a browser notes on a page it saved)
    return _raw(path, _check_text(text, path), html=html, hints=hints)


def _pdf_text(data: bytes) -> str:
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return "\n".join((page.extract_text() or "") for page in pdf.pages)
    except Exception as exc:  # pdfminer raises many types for broken files
        raise _Unreadable(f"not a readable PDF: {exc.__class__.__name__}: {exc}") from exc


def _check_zip(data: bytes) -> None:
    """Refuse an archive whose declared sizes are implausible, before anything is inflated, and
    one whose members inflate to other than what they declare.

    zipfile stops a member at its declared size, but a reader asking for the whole member at once
    (python-docx does) inflates the compressed data in one call, so a member that understates its
    size could still inflate without bound. Reading each member here in bounded chunks costs at
    most the declared sizes and fails on such a member (its CRC does not match the cut data).
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            total = sum(m.file_size for m in members)
            if total > MAX_ZIP_UNCOMPRESSED:
                raise _Unreadable(f"refused: the DOCX declares {total / 1e6:.0f} MB uncompressed, over the "
                                  f"{MAX_ZIP_UNCOMPRESSED / 1e6:.0f} MB limit (a zip bomb?)")
            for member in members:
                ratio = member.file_size / max(member.compress_size, 1)
                if member.file_size > _RATIO_CHECKED_FROM and ratio > MAX_ZIP_RATIO:
                    raise _Unreadable(f"refused: '{member.filename}' in the DOCX inflates {ratio:.0f} times "
                                      f"({member.file_size / 1e6:.0f} MB), over the limit of {MAX_ZIP_RATIO} "
                                      "(a zip bomb?)")
            for member in members:
                with archive.open(member) as stream:
                    while stream.read(1 << 20):
                        pass
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, ValueError,
            EOFError) as exc:
        raise _Unreadable(f"not a readable DOCX: {exc.__class__.__name__}: {exc}") from exc


def _docx_text(data: bytes) -> str:
    import docx

    _check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zip/xml errors for broken files
        raise _Unreadable(f"not a readable DOCX: {exc.__class__.__name__}: {exc}") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append("\t".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def _read_jsonl(path: Path, data: bytes) -> Iterator[RawDocument | ReadError]:
    text = decode(data)
    origin = str(path.resolve())
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(where, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
            yield ReadError(where, "a jsonl record needs a non-empty string field 'text'")
            continue
        record["text"] = valid_unicode(record["text"])
        try:
            fields = _record_fields(record)
        except InvalidValue as exc:
            yield ReadError(where, f"invalid record: {exc}")
            continue
        record_id = fields.pop("id", None) or f"{display_path(path.name)}:{number}"
        yield RawDocument(text=record["text"], source=record_id, origin=f"{origin}#{record_id}", hints=fields)


def _record_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The optional fields of a jsonl record, validated; absent or empty ones left out."""
    fields: dict[str, Any] = {}
    for key in ("title", "url", "region", "id"):
        if record.get(key) not in (None, ""):
            value = given_string(key, record[key])
            if value:
                fields[key] = value
    if record.get("year") not in (None, ""):
        fields["year"] = given_year(record["year"])
    return fields
