"""Every Cypher statement of kg/queries.py and the Neo4j DDL, linted offline with Neo4j's own
grammar (npm @neo4j-cypher/language-support, installed by test.sh into tests/cypher-lint)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from kg import queries
from kg.store.dialect_neo4j import schema_statements
from tests.support import REPO

LINTER = REPO / "tests/cypher-lint"
# Parameter values of the right shape, so that only real problems are reported.
LIST_PARAMETERS = {"rows", "ids", "origins", "names", "keys"}


def statements() -> list[tuple[str, str]]:
    found = []
    for name, value in vars(queries).items():
        if name.startswith("_") or not name.isupper():
            continue
        if isinstance(value, str) and re.search(r"\b(MATCH|MERGE|RETURN|UNWIND)\b", value):
            found.append((name, value))
        elif isinstance(value, dict):
            found += [(f"{name}[{key}]", text) for key, text in value.items()
                      if isinstance(text, str) and "MATCH" in text]
    found += [(f"neo4j DDL {i}", ddl) for i, ddl in enumerate(schema_statements())]
    return found


def test_all_statements_pass_neo4j_lint() -> None:
    if not (LINTER / "node_modules/@neo4j-cypher/language-support").exists() or not shutil.which("node"):
        pytest.skip("the Cypher linter is not installed (test.sh runs npm ci in tests/cypher-lint)")
    batch = [{"name": name, "query": text,
              "parameters": {p: ([] if p in LIST_PARAMETERS else "x") for p in re.findall(r"\$(\w+)", text)}}
             for name, text in statements()]
    assert len(batch) > 40
    result = subprocess.run(["node", str(LINTER / "lint.js")], input=json.dumps(batch), capture_output=True,
                            text=True, check=True, timeout=120)
    errors = {row["name"]: row["errors"] for row in json.loads(result.stdout) if row["errors"]}
    assert errors == {}
