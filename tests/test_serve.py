"""`kg serve` with worker processes: every worker answers, an upload job started in one worker is
followed from any other, a second ingest waits for the first, and a stop leaves nothing running."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

from ingest.clean import clean
from ingest.segment import segment
from tests.support import REPO, SAMPLES, live_servers, start_serve


def first_paragraph(path: Path) -> str:
    return segment(clean(path.read_text(encoding="utf-8")).text)[0].text

TOKEN = "s3rve"


def get_json(url: str) -> dict:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def upload(base: str, path: Path) -> dict:
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{path.name}\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(f"{base}/ingest.json", data=body, method="POST", headers={
        "Content-Type": f"multipart/form-data; boundary={boundary}", "Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def worker_pids(master: int) -> set[int]:
    """Children of the master that serve (the graph server and its watchdog are children too)."""
    children = Path(f"/proc/{master}/task/{master}/children")
    pids = {int(pid) for pid in children.read_text().split()} if children.exists() else set()
    return {pid for pid in pids if b"kg.cli\0serve" in Path(f"/proc/{pid}/cmdline").read_bytes()}


def test_workers_share_jobs_and_stop_cleanly(data_dir: Path, tmp_path: Path) -> None:
    env = {**os.environ, "KG_DATA_DIR": str(data_dir), "PYTHONPATH": str(REPO), "KG_API_TOKEN": TOKEN,
           "KG_GRAPH_LINGER_S": "0", "KG_WEB_WORKERS": "2"}
    files = sorted(SAMPLES.iterdir())
    first = tmp_path / "first"
    first.mkdir()
    for path in files[:-1]:
        shutil.copy(path, first)
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(first)], env=env, check=True,
                   capture_output=True, timeout=600)
    server, base = start_serve(env, attempts=240)
    try:
        assert len(worker_pids(server.pid)) == 2

        job = upload(base, files[-1])["job"]
        for _ in range(600):  # polled with fresh connections: the answers come from both workers
            job = get_json(f"{base}/ingest/jobs/{job['id']}")["job"]
            if job["step"] in ("done", "failed"):
                break
            time.sleep(0.5)
        assert job["step"] == "done" and job["summary"]["ingested"] == 1, job
        assert job["summary"]["reports"] == len(files)
        # every worker finds the new report once the job saved the indexes (they reload on their own);
        # the query is the opening of its first paragraph (a title is metadata, not a paragraph)
        title = job["results"][0]["title"]
        query = urllib.parse.quote(first_paragraph(files[-1])[:30])
        for _ in range(6):
            hits = get_json(f"{base}/search.json?q={query}")["hits"]
            assert any(hit["title"] == title for hit in hits)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=90)
    deadline = time.monotonic() + 20
    while live_servers(data_dir) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not live_servers(data_dir), "the graph server outlived kg serve"
