"""Wall time of `kg stats`, `kg search` and `kg ask` on the samples, as a user runs them.

    python benchmarks/cli_speed.py [--repeat 5] [--json]

Ingests the samples once into a temporary KG_DATA_DIR, then times each command as a fresh
process (`python -m kg.cli ...`, imports included), median of ``--repeat`` runs, with its ratio
to `kg stats` (the floor: start-up, the graph and the index's state, no model):
- warm: KG_GRAPH_LINGER_S=60, so the embedded graph server stays up between calls, as it does
  for a user typing commands; one untimed call first starts it;
- cold: the graph server stopped before each call (`kg graph stop`), so each call starts it.
The target (issue 15): search and ask within about 3x stats.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
COMMANDS = {
    "stats": ["stats", "--json"],
    "search": ["search", "行政复议", "--json"],
    "ask": ["ask", "哪些县聘请了律师事务所担任法律顾问?", "--json"],
}
TARGET_RATIO = 3.0


def kg(args: list[str], env: dict[str, str]) -> float:
    """Seconds one `kg` process took; raises if it failed."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg.cli", *args], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"kg {' '.join(args)} exited {done.returncode}: {done.stderr[-500:]}")
    return elapsed


def medians(env: dict[str, str], repeat: int, cold: bool) -> dict[str, float]:
    """Median seconds per command; cold stops the graph server before every timed call."""
    result = {}
    for name, args in COMMANDS.items():
        times = []
        for _ in range(repeat):
            if cold:
                kg(["graph", "stop"], env)
            times.append(kg(args, env))
        result[name] = statistics.median(times)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="Print one JSON object instead of a table.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(REPO), "KG_DATA_DIR": str(Path(tmp) / "data"),
               "KG_GRAPH_LINGER_S": "60"}
        env.pop("KG_EMBED_MODEL", None)  # the trained fallback, as on a machine without a hub
        try:
            ingest_s = kg(["ingest", str(REPO / "samples")], env)
            kg(COMMANDS["stats"], env)  # starts the graph server, which then lingers
            report = {"ingest_s": round(ingest_s, 2), "repeat": args.repeat, "modes": {}}
            for mode, cold in (("warm", False), ("cold", True)):
                times = medians(env, args.repeat, cold)
                report["modes"][mode] = {name: {"median_s": round(s, 3), "ratio_to_stats": round(s / times["stats"], 2)}
                                         for name, s in times.items()}
        finally:
            kg(["graph", "stop"], env)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return
    print(f"samples ingested in {report['ingest_s']} s; median wall time of {args.repeat} runs per command")
    for mode, rows in report["modes"].items():
        print(f"{mode}:")
        for name, row in rows.items():
            flag = "" if name == "stats" else ("ok" if row["ratio_to_stats"] <= TARGET_RATIO else f"OVER {TARGET_RATIO}x")
            print(f"  kg {name:<7}{row['median_s']:7.2f} s  {row['ratio_to_stats']:5.2f}x stats  {flag}")


if __name__ == "__main__":
    main()
