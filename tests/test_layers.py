"""The layering the design fixes, read from the source: domain types and schema at the bottom,
ingest and the graph/search stores above, the Corpus above them, CLI and web on top, and no
import pointing back down the stack; and the web layer reads only through the Corpus."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.support import REPO

PACKAGES = ("ingest", "search", "kg", "web")

# Bottom to top; a module belongs to the longest prefix listed. A module may import its own
# layer or any below it, never one above.
LAYERS: list[tuple[str, ...]] = [
    ("ingest.schema", "ingest.document"),
    ("ingest",),
    ("search", "kg.config", "kg.store", "kg.queries", "kg.graph", "kg.reads", "kg.indicator_table", "kg.integrity"),
    ("kg.ask",),
    ("kg.read_models",),
    ("kg.corpus",),
    ("kg.cli", "web"),
]


def layer_of(module: str) -> int | None:
    best: tuple[int, int] | None = None
    for rank, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and (best is None or len(prefix) > best[1]):
                best = (rank, len(prefix))
    return best[0] if best else None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path) -> set[str]:
    """Project modules ``path`` imports, leaving out imports only type checkers see."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {id(node) for block in ast.walk(tree) if isinstance(block, ast.If)
                 and "TYPE_CHECKING" in ast.unparse(block.test) for stmt in block.body for node in ast.walk(stmt)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # ``from kg import reads`` imports the module kg.reads
            found |= {f"{node.module}.{alias.name}" for alias in node.names
                      if (REPO / node.module.replace(".", "/") / f"{alias.name}.py").exists()
                      or (REPO / node.module.replace(".", "/") / alias.name / "__init__.py").exists()}
    return {name for name in found if name.split(".")[0] in PACKAGES}


def sources() -> list[Path]:
    return sorted(path for package in PACKAGES for path in (REPO / package).rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    assert [module_name(p) for p in sources() if layer_of(module_name(p)) is None] in ([], ["kg"])


def test_no_import_points_back_down_the_stack() -> None:
    upward = []
    for path in sources():
        source = module_name(path)
        for target in runtime_imports(path):
            if layer_of(target) is not None and layer_of(source) is not None and layer_of(target) > layer_of(source):
                upward.append(f"{source} → {target}")
    assert not upward, upward


def test_the_layer_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: an import of the Corpus from the graph layer is reported."""
    assert layer_of("kg.graph") < layer_of("kg.corpus") < layer_of("web.pages")
    assert layer_of("ingest.schema") < layer_of("ingest.pipeline") < layer_of("search.index")
    assert "kg.corpus" in runtime_imports(REPO / "web" / "common.py")


# What only the layers below the Corpus may use: Cypher statements, running them, SQL, index internals.
FORBIDDEN_IN_WEB = {
    "kg.queries": re.compile(r"\bqueries\."),
    "a statement run": re.compile(r"\.run\([^)]"),
    "SQL": re.compile(r"\bsqlite3\b|\bSELECT\s|\bINSERT\s|\bDELETE\s+FROM\b"),
    "Cypher": re.compile(r"\bMATCH\s*\("),
    "index internals": re.compile(r"\.docstore\.|\.columns\(\)|\.tokenizer\b|extensions\[\"kg_(store|index)\"\]"),
}


def test_the_web_layer_runs_no_cypher_and_no_sql() -> None:
    found = []
    for path in sorted((REPO / "web").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for what, pattern in FORBIDDEN_IN_WEB.items():
                if pattern.search(line):
                    found.append(f"{path.relative_to(REPO)}:{number}: {what}: {line.strip()}")
    assert not found, found


def test_the_web_check_would_see_a_query() -> None:
    line = 'rows = store().run(queries.REPORT_BY_ID, {"id": report_id})'
    assert FORBIDDEN_IN_WEB["kg.queries"].search(line) and FORBIDDEN_IN_WEB["a statement run"].search(line)
    assert FORBIDDEN_IN_WEB["SQL"].search('db.execute("SELECT vid FROM paragraphs")')
    assert FORBIDDEN_IN_WEB["index internals"].search("index().docstore.facets(ids, name)")
    assert not FORBIDDEN_IN_WEB["a statement run"].search("}).run()")  # gunicorn's application loop


def test_graph_statements_run_only_in_the_graph_modules() -> None:
    """Reads are named functions in kg.reads beside the writes of kg.graph; nothing else runs Cypher."""
    allowed = {"kg/graph.py", "kg/reads.py", "kg/integrity.py", "kg/queries.py"}
    running = [str(path.relative_to(REPO)) for path in sorted((REPO / "kg").rglob("*.py"))
               if str(path.relative_to(REPO)) not in allowed and not path.is_relative_to(REPO / "kg" / "store")
               and FORBIDDEN_IN_WEB["kg.queries"].search(path.read_text(encoding="utf-8"))]
    assert not running, running
