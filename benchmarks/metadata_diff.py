"""Which reports' metadata a change moves: dump it before and after, then compare.

Why: a metadata rule written for one report's wording can refile others. Before a rule is
committed, every report kg has texts for (the seeds in samples/, the genre texts and the unseen
development sets A-S) is read again and each field that changed is listed, so that a change is
seen on the reports it was not written for. Only metadata is computed (no entity extraction), so
a dump takes seconds. Each set was scored once held out before it joined DEVELOPMENT_SETS; a next
held-out set stays out of it until then.

    python -m benchmarks.metadata_diff dump OUT.json
    python -m benchmarks.metadata_diff diff BEFORE.json AFTER.json
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from benchmarks.metadata_layouts import DEVELOPMENT_SETS, set_of
from ingest.clean import clean
from ingest.metadata import extract_metadata
from ingest.readers import ReadError, read_path

REPO = Path(__file__).resolve().parent.parent
FIELDS = ("title", "region", "issuer_kind", "division", "prefecture", "province", "year", "doc_type",
          "publisher", "published")
_MAX_BYTES = 50_000_000


def report_files() -> list[Path]:
    """The seeds, the genre texts and the unseen development reports."""
    unseen = REPO / "tests" / "corpus" / "unseen" / "reports"
    return (sorted((REPO / "samples").glob("*.txt")) + sorted((REPO / "tests" / "corpus" / "genre").glob("*.txt"))
            + sorted(p for p in unseen.glob("*.txt") if set_of(p) in DEVELOPMENT_SETS))


def dump(files: list[Path]) -> dict[str, dict[str, object]]:
    """The metadata fields of each file, by its path relative to the repository."""
    out: dict[str, dict[str, object]] = {}
    for path in files:
        raw = next(r for r in read_path(path, _MAX_BYTES) if not isinstance(r, ReadError))
        meta = asdict(extract_metadata(raw, clean(raw.text)))
        out[str(path.relative_to(REPO))] = {field: meta.get(field) for field in FIELDS}
    return out


def changes(before: dict[str, dict[str, object]], after: dict[str, dict[str, object]]) -> list[str]:
    """One line per field that differs (a file present in one dump only is listed as such)."""
    lines = []
    for name in sorted(before.keys() | after.keys()):
        if name not in before or name not in after:
            lines.append(f"{name}: only {'after' if name in after else 'before'}")
            continue
        lines += [f"{Path(name).name:32} {field:11} {before[name].get(field)!r} -> {after[name].get(field)!r}"
                  for field in FIELDS if before[name].get(field) != after[name].get(field)]
    return lines


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "dump":
        Path(argv[1]).write_text(json.dumps(dump(report_files()), ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        try:
            before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:])
        except (OSError, ValueError) as exc:
            print(f"metadata_diff: cannot read a dump: {exc}", file=sys.stderr)
            return 1
        print("\n".join(changes(before, after)) or "no change")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
