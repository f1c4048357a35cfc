"""The ingest page: authorized users (KG_API_TOKEN) upload files and follow the job's progress.

Uploads are written under <data>/uploads/<batch>/ and go through the same pipeline as
``kg ingest`` (graph and index together) in a background thread, one job at a time;
``/ingest/jobs/<id>`` (and its JSON twin, which the page polls) shows files done, the
current step and per-file results. Without a configured token every write is refused.
"""

from __future__ import annotations

import hmac
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, request, url_for
from werkzeug.utils import secure_filename

from kg.corpus import ingest_into
from web.common import respond, twin_route

ingest_page = Blueprint("ingest_page", __name__)
JOBS_KEPT = 20


@dataclass
class IngestJob:
    id: str
    files: int
    step: str = "queued"  # queued → extracting → indexing → done | failed
    done: int = 0
    results: list[dict[str, str]] = field(default_factory=list)
    summary: dict[str, Any] | None = None
    error: str | None = None
    started: float = field(default_factory=time.time)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _authorized() -> bool:
    token = current_app.config["KG_SETTINGS"].api_token
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip() or request.form.get("token", "")
    return bool(token) and hmac.compare_digest(given.encode(), token.encode())


def _jobs() -> dict[str, IngestJob]:
    return current_app.extensions.setdefault("kg_ingest_jobs", {})


def _save_uploads(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for upload in (f for f in request.files.getlist("files") if f and f.filename):
        suffix = Path(upload.filename).suffix.lower()
        name = secure_filename(upload.filename)
        if not Path(name).suffix:  # secure_filename drops Chinese names; keep the type
            name = f"upload-{len(paths)}{suffix}"
        path = folder / f"{len(paths):03d}-{name}"
        upload.save(path)
        paths.append(path)
    return paths


def _run(app, job: IngestJob, paths: list[Path]) -> None:
    """The job itself, in a background thread; one at a time (the index has one writer)."""
    store, index = app.extensions["kg_store"], app.extensions["kg_index"]
    settings = app.config["KG_SETTINGS"]

    def written(doc, new: bool) -> None:
        job.results.append({"path": doc.source, "status": "ingested" if new else "unchanged",
                            "title": doc.metadata.title or ""})
        job.done += 1

    def progress(items, _total):
        job.step = "extracting"
        return items

    with app.extensions.setdefault("kg_ingest_lock", threading.Lock()):
        try:
            summary = ingest_into(store, index, paths, max_bytes=int(settings.max_file_mb * 1_000_000),
                                  progress=progress, on_document=written)
            job.results += [{"path": Path(f["path"]).name, "status": "failed", "error": f["error"]}
                            for f in summary.failed]
            job.done += len(summary.failed) + summary.unchanged
            job.summary = summary.to_dict()
            job.step = "done"
        except Exception as exc:  # the job reports its failure; the server goes on
            job.error = f"{type(exc).__name__}: {exc}"
            job.step = "failed"


@twin_route(ingest_page, "/ingest", methods=["GET", "POST"])
def ingest_files(suffix: str | None = None):
    data: dict[str, Any] = {"enabled": bool(current_app.config["KG_SETTINGS"].api_token), "job": None, "error": None,
                            "jobs": [j.to_dict() for j in sorted(_jobs().values(), key=lambda j: -j.started)]}
    if request.method == "GET":
        return respond("ingest.html", data, suffix)
    if not _authorized():
        data["error"] = "需要有效的 API 令牌（KG_API_TOKEN）才能导入文件。"
        return respond("ingest.html", data, suffix, 401 if data["enabled"] else 403)
    settings = current_app.config["KG_SETTINGS"]
    job_id = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6]
    paths = _save_uploads(settings.data_dir / "uploads" / job_id)
    if not paths:
        data["error"] = "没有选择文件。"
        return respond("ingest.html", data, suffix, 400)
    job = IngestJob(job_id, len(paths))
    jobs = _jobs()
    jobs[job_id] = job
    for old in sorted(jobs.values(), key=lambda j: j.started)[:-JOBS_KEPT]:
        jobs.pop(old.id, None)
    threading.Thread(target=_run, args=(current_app._get_current_object(), job, paths), daemon=True).start()
    data["job"] = job.to_dict()
    data["job_url"] = url_for("ingest_page.job_status", job_id=job_id)
    return respond("ingest_job.html", data, suffix, 202)


@twin_route(ingest_page, "/ingest/jobs/<job_id>")
def job_status(job_id: str, suffix: str | None = None):
    job = _jobs().get(job_id)
    if job is None:
        abort(404)
    return respond("ingest_job.html", {"job": job.to_dict(), "job_url": request.path.removesuffix(".json")}, suffix)
