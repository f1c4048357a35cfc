"""Synthetic corpora for the benchmarks, generated from samples/ (never shipped, made on demand).

Reports: each sample is re-issued by another county (its region, prefecture and province
names, full and short, replaced by those of a county drawn from the gazetteer) and
another year, so metadata, resolution and the graph see many regions. ``varied=True``
also draws the seeds from the genre test corpus, swaps in paragraphs of other seeds
and redraws the figures, so reports differ in more than their names (the vocabulary is
still that of the 13 seed reports: a limit of generated corpora, said where used). Paragraphs: for
search benchmarks, sentences of the samples recombined into new paragraphs.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from ingest import gazetteer
from ingest.gazetteer import short_names
from ingest.pipeline import build_document
from ingest.readers import read_path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
GENRE = REPO / "tests" / "corpus" / "genre"


def _names(place: gazetteer.Place | None) -> list[str]:
    return [place.name, *short_names(place)] if place else []


def generate_reports(out_dir: Path, count: int, seed: int = 7, varied: bool = False, start: int = 0) -> list[Path]:
    """Write ``count`` reports as .txt files under ``out_dir`` (named from ``start`` on)."""
    gaz = gazetteer.load()
    counties = sorted((p for p in gaz.by_code.values() if p.level == "county"), key=lambda p: p.code)
    rng = random.Random(seed + start)
    seeds = []
    for path in sorted(SAMPLES.iterdir()) + (sorted(GENRE.iterdir()) if varied else []):
        for raw in read_path(path, 10**8):
            doc = build_document(raw)
            place = gaz.by_code.get(doc.metadata.region_code or "")
            chain = gaz.chain(place) if place else []
            seeds.append((raw.text, doc.metadata.year, chain))
    pool = [line for text, _, _ in seeds for line in text.splitlines() if len(line) > 40] if varied else []
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        text, year, chain = seeds[i % len(seeds)]
        if varied:
            lines = text.splitlines()
            for _ in range(rng.randint(2, 6)):  # paragraphs of other reports, as practices travel
                lines.insert(rng.randrange(3, max(4, len(lines))), rng.choice(pool))
            text = "\n".join(lines)
            text = re.sub(r"(?<![\d.])\d{1,4}(?=[件个名人次项家万])",
                          lambda m: str(max(1, int(int(m.group(0)) * rng.uniform(0.5, 1.8)))), text)
        target = counties[rng.randrange(len(counties))]
        target_chain = gaz.chain(target)
        for old, new in zip(chain, target_chain + [target_chain[-1]] * 3):
            for old_name, new_name in zip(_names(old), _names(new) * 3):
                text = text.replace(old_name, new_name)
        if year:
            shift = rng.randrange(-3, 3)
            text = re.sub(r"20[12]\d", lambda m: str(int(m.group(0)) + shift), text)
        path = out_dir / f"r{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def sample_sentences() -> list[str]:
    sentences = []
    for path in sorted(SAMPLES.iterdir()):
        for raw in read_path(path, 10**8):
            for paragraph in build_document(raw).paragraphs:
                sentences += [s for s in re.split(r"(?<=[。；！？])", paragraph.text) if len(s) > 8]
    return sentences


def generate_paragraphs(count: int, sentences: list[str], seed: int = 11) -> list[list[int]]:
    """``count`` paragraphs as lists of two to five indexes into ``sentences``."""
    rng = random.Random(seed)
    return [[rng.randrange(len(sentences)) for _ in range(rng.randint(2, 5))] for _ in range(count)]
