"""How often a report's address files it right: each unseen gold report's metadata read without and with its page's
address (tests/corpus/unseen/sources_*.tsv) as a jsonl record would carry it (``url``).

Why: ingest/page_address.py reads the division a government site spells; a rule that reads addresses can also misfile
a report a county's site reposts. This prints every report whose region, province or prefecture the address moved,
with the gold's, and the regions right without and with addresses. Metadata only: seconds.

    python -m benchmarks.address_metadata
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ingest.clean import clean
from ingest.document import RawDocument
from ingest.metadata import extract_metadata

UNSEEN = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "unseen"


def main() -> None:
    addresses = {row["file"]: row["url"] for table in sorted(UNSEEN.glob("sources_*.tsv"))
                 for row in csv.DictReader(table.open(encoding="utf-8"), delimiter="\t")}
    right, total = [0, 0], 0
    for gold in sorted(UNSEEN.glob("gold_*.json")):
        for document in json.loads(gold.read_text(encoding="utf-8"))["documents"]:
            text = (UNSEEN / "reports" / document["doc"]).read_text(encoding="utf-8")
            read = [extract_metadata(RawDocument(text=text, source=document["doc"], origin=document["doc"],
                                                 hints=hints), clean(text))
                    for hints in ({}, {"url": addresses.get(document["doc"], "")})]
            total += 1
            for i, meta in enumerate(read):
                right[i] += meta.region == document["region"]
            before, after = ((m.region, m.province, m.prefecture) for m in read)
            if before != after:
                print(f"{document['doc']:34} {before} -> {after}  gold {document['region']}, {document['province']}")
    print(f"regions right: {right[0]} of {total} without addresses, {right[1]} with them")


if __name__ == "__main__":
    main()
