"""SIGKILL `kg ingest` at random moments, run it again, and compare with a clean ingest.

    python benchmarks/crash_test.py --reports 200 --kills 10 --work /tmp/kg-crash

A clean ingest of ``--reports`` generated reports gives the expected counts and its duration.
Then, into a second store, `kg ingest` is started ``--kills`` times and killed with SIGKILL
(the whole process group, as a crash or an OOM kill would) at a moment drawn uniformly over
that duration, so kills land in extraction, graph writes, embedding and index saves; after
each kill the script waits for kg's processes to go (the watchdog stops the graph server,
workers die with their parent) and counts what is left. A last `kg ingest` runs to the end.
Printed: per kill, the moment and the leftovers; at the end, the counts against the clean
ingest, `kg check`'s verdict, and the kg processes still alive (none expected).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus import generate_reports  # noqa: E402


def kg_processes(data_dir: Path) -> list[str]:
    """Command lines of live processes that belong to this data directory's kg."""
    found = []
    needle, setting = str(data_dir).encode(), f"KG_DATA_DIR={data_dir}\0".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[-1].split()[0]
        except OSError:
            continue
        if state != "Z" and (needle in cmdline or setting in environ):
            found.append(cmdline.replace(b"\0", b" ").decode(errors="replace")[:120])
    return found


def ingest(env: dict[str, str], folder: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(folder), "--json"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)


def check(env: dict[str, str]) -> dict:
    done = subprocess.run([sys.executable, "-m", "kg.cli", "check", "--json"], env=env, capture_output=True, text=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--work", type=Path, default=Path("/tmp/kg-crash"))
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    folder = args.work / "reports"
    if len(list(folder.glob("*.txt"))) != args.reports:
        generate_reports(folder, args.reports, varied=True)
    base = {**os.environ, "PYTHONPATH": str(REPO), "KG_GRAPH_LINGER_S": "0"}

    clean_env = {**base, "KG_DATA_DIR": str(args.work / "clean")}
    start = time.perf_counter()
    clean = json.loads(ingest(clean_env, folder).communicate()[0])
    duration = time.perf_counter() - start
    print(f"clean ingest: {clean['reports']} reports, {clean['paragraphs']} paragraphs in {duration:.0f}s", flush=True)

    env = {**base, "KG_DATA_DIR": str(args.work / "crashed")}
    rng = random.Random(args.seed)
    for kill in range(args.kills):
        moment = rng.uniform(0.05, 0.95) * duration
        proc = ingest(env, folder)
        time.sleep(moment)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 15
        while kg_processes(args.work / "crashed") and time.monotonic() < deadline:
            time.sleep(0.5)
        left = kg_processes(args.work / "crashed")
        print(f"kill {kill + 1}: at {moment:.1f}s; kg processes left after it: {len(left)} {left[:3]}", flush=True)

    final = json.loads(ingest(env, folder).communicate()[0])
    verdict = check(env)
    left = kg_processes(args.work / "crashed")
    same = (final["reports"], final["paragraphs"]) == (clean["reports"], clean["paragraphs"])
    print(f"after {args.kills} kills and a last run: {final['reports']} reports, {final['paragraphs']} paragraphs "
          f"({'equal to' if same else 'DIFFERENT from'} the clean ingest); kg check ok: {verdict.get('ok')}; "
          f"kg processes left: {len(left)}")


if __name__ == "__main__":
    main()
