"""The ingest product: a document with metadata, sections, paragraphs and entities.

Plain dataclasses (not pydantic) because thousands are built per second during a
bulk ingest; ``to_dict`` gives the JSON shape of the ``kg extract`` contract.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """What a reader produced: raw text plus whatever the container already told us."""

    text: str
    source: str  # the file name, or a jsonl record's id (shown to users)
    origin: str  # where it came from exactly (path, path#record); a changed origin replaces its report
    html: str | None = None  # original markup, when the reader had any (kept for boilerplate rules)
    hints: dict[str, Any] = field(default_factory=dict)  # title/url/region/year given by the container


@dataclass
class Metadata:
    title: str | None = None
    region: str | None = None
    province: str | None = None
    prefecture: str | None = None
    year: int | None = None
    doc_type: str | None = None
    publisher: str | None = None
    published: str | None = None  # YYYY-MM-DD
    region_code: str | None = None
    region_level: str | None = None
    # What kind of unit issued it (ingest.issuer.ISSUER_KINDS). ``region`` names the issuing unit;
    # ``division`` (with region_code) is the division the report is filed under: the region itself,
    # or for a development zone or a township (镇, 乡, 街道, below the code table) the division it lies in.
    issuer_kind: str | None = None
    division: str | None = None
    # The address of the page the report was saved from, where its file, record or download list gave one: where a
    # reader finds the report as published.
    url: str | None = None

    @property
    def township(self) -> str | None:
        """The township (镇, 乡, 街道) that issued the report; None for any other issuer, and for a town whose report
        never names it (我镇 only), whose region is its county's name: the most precise place the report gives."""
        return self.region if self.issuer_kind == "township" and self.region != self.division else None


@dataclass
class Paragraph:
    ord: int
    text: str
    start: int  # offsets into Document.text
    end: int
    section: str  # section path, headings joined with " > "; "" before the first heading
    topics: list[str] = field(default_factory=list)  # keys of ingest.topics.TAXONOMY
    # Search tokens, filled in the extraction worker by the search layer (tokenizing there keeps
    # the main process, which writes the graph, free); None until then.
    tokens: list[str] | None = None


@dataclass
class Entity:
    type: str
    text: str  # surface string
    name: str  # canonical or resolved name
    start: int
    end: int
    paragraph: int  # Paragraph.ord
    attrs: dict[str, Any] = field(default_factory=dict)  # kind, level, subject, value, unit, ...

    def to_dict(self) -> dict[str, Any]:
        base = {"type": self.type, "text": self.text, "name": self.name,
                "start": self.start, "end": self.end, "paragraph": self.paragraph}
        base.update(self.attrs)
        return base


@dataclass
class Document:
    id: str
    source: str
    origin: str
    text: str
    metadata: Metadata
    paragraphs: list[Paragraph]
    entities: list[Entity] = field(default_factory=list)
    raw_offsets: list[int] | None = None  # raw_offsets[i] = index in the raw text of text[i]
    raw_hash: str | None = None  # raw_hash of what the reader gave: unchanged files skip extraction
    # The reading rules it was made with (ingest/fingerprint.py); None: the rules of this process.
    extraction: str | None = None

    def paragraph_id(self, ord_: int) -> str:
        return f"{self.id}-{ord_:04d}"

    def to_dict(self) -> dict[str, Any]:
        """The ``kg extract --json`` object."""
        meta = asdict(self.metadata)
        contract_meta = {k: meta[k] for k in ("title", "region", "province", "prefecture", "year",
                                               "doc_type", "publisher", "published")}
        return {
            "source": self.source,
            "id": self.id,
            "text": self.text,
            "metadata": contract_meta,
            "paragraphs": [{k: v for k, v in asdict(p).items() if k != "tokens"} for p in self.paragraphs],
            "entities": [e.to_dict() for e in self.entities],
        }


def content_id(normalized_text: str) -> str:
    """A report's id: the hash of its normalized text, so identical content is ingested once."""
    return hashlib.sha1(normalized_text.encode("utf-8")).hexdigest()[:16]
