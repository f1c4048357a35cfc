"""The ingest page: authorized users (KG_API_TOKEN) upload files and follow the job's progress.

Uploads are written under <data>/uploads/<job>/ and go through the same pipeline as
``kg ingest`` (graph and index together) in a background thread, one job at a time in all
server processes; jobs are files under <data>/jobs/ so every process can show them;
``/ingest/jobs/<id>`` (and its JSON twin, which the page polls) shows files done, the
current step and per-file results. The folder is deleted when the job ends unless
KG_KEEP_UPLOADS is set.

The token is checked before the body is read: an ``Authorization: Bearer`` header is checked
from the headers alone; the page's form field is accepted only for small bodies (the page's
script sends the header, so large uploads from the browser work too). Without a configured
token every write is refused. Job lists need the token and name files only by their upload
names, never by server paths; a job's own page is reached by its unguessable id.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import shutil
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from flask import Blueprint, abort, current_app, request, url_for
from werkzeug.utils import secure_filename

from kg.config import Settings
from kg.corpus import Corpus
from web.common import respond, twin_route
from web.labels import display

ingest_page = Blueprint("ingest_page", __name__)
JOBS_KEPT = 20
FORM_TOKEN_MAX_BYTES = 2_000_000  # bodies up to this size may carry the token as a form field
UPLOAD_FILES_PER_REQUEST = 5  # the request limit, in multiples of KG_MAX_FILE_MB


def request_limit(settings: Settings) -> int:
    """The largest request body accepted (bytes): a few files of the largest size ingest takes."""
    return int(settings.max_file_mb * 1_000_000) * UPLOAD_FILES_PER_REQUEST


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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "IngestJob":
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    def to_dict(self) -> dict[str, Any]:
        """The job as its page and JSON twin show it, with the Chinese names of step and statuses."""
        data = asdict(self)
        data["step_label"] = display(self.step, "ingest_step")
        for result in data["results"]:
            result["status_label"] = display(result["status"], "ingest_status")
        return data


def _settings() -> Settings:
    return current_app.config["KG_SETTINGS"]


def _token_matches(given: str) -> bool:
    token = _settings().api_token
    return bool(token) and bool(given) and hmac.compare_digest(given.encode(), token.encode())


def _bearer() -> str:
    header = request.headers.get("Authorization", "")
    return header[len("Bearer "):].strip() if header.startswith("Bearer ") else ""


@ingest_page.before_request
def check_token_before_the_body() -> None:
    """Refuse an unauthorized upload from its headers, before its body is parsed."""
    if request.method != "POST":
        return
    if not _settings().api_token:
        abort(403, description="服务器未设置 KG_API_TOKEN，导入已关闭。")
    if request.content_length is not None and request.content_length > current_app.config["MAX_CONTENT_LENGTH"]:
        abort(413, description=f"上传的内容太大：每次最多 {current_app.config['MAX_CONTENT_LENGTH'] // 1_000_000} MB。")
    if request.headers.get("Authorization"):
        if not _token_matches(_bearer()):
            abort(401, description="API 令牌无效。")
        return
    if request.content_length is None or request.content_length > FORM_TOKEN_MAX_BYTES:
        abort(401, description="较大的上传须在 Authorization: Bearer 请求头中提供 API 令牌（导入页面的脚本会这样做）。")
    if not _token_matches(request.form.get("token", "")):
        abort(401, description="需要有效的 API 令牌（KG_API_TOKEN）才能导入文件。")


def _authorized_reader() -> bool:
    """Whether this GET may see the job list (it names uploaded files and titles)."""
    return _token_matches(_bearer())


class JobFiles:
    """Jobs as small JSON files under <data>/jobs: the server runs several worker processes, and
    the one that polls a job is rarely the one that runs it."""

    ID = re.compile(r"^[0-9a-f-]{20,80}$")

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def save(self, job: IngestJob) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".{job.id}.tmp"
        tmp.write_text(json.dumps(asdict(job), ensure_ascii=False))
        os.replace(tmp, self.folder / f"{job.id}.json")

    def get(self, job_id: str) -> IngestJob | None:
        path = self.folder / f"{job_id}.json"
        if not self.ID.match(job_id) or not path.exists():
            return None
        return IngestJob.from_dict(json.loads(path.read_text()))

    def recent(self) -> list[IngestJob]:
        """The last JOBS_KEPT jobs, newest first; older job files are removed."""
        paths = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in paths[JOBS_KEPT:]:
            old.unlink(missing_ok=True)
        jobs = [self.get(p.stem) for p in paths[:JOBS_KEPT]]
        return sorted((j for j in jobs if j), key=lambda j: -j.started)


def _jobs() -> JobFiles:
    return JobFiles(_settings().data_dir / "jobs")


def _save_uploads(folder: Path) -> dict[Path, str]:
    """The uploaded files saved under ``folder``: saved path → the name the user gave it."""
    folder.mkdir(parents=True, exist_ok=True)
    saved: dict[Path, str] = {}
    for upload in (f for f in request.files.getlist("files") if f and f.filename):
        given = Path(upload.filename).name
        name = secure_filename(given)
        if not Path(name).suffix:  # secure_filename drops Chinese names; keep the type
            name = f"upload-{len(saved)}{Path(given).suffix.lower()}"
        path = folder / f"{len(saved):03d}-{name}"
        upload.save(path)
        saved[path] = given
    return saved


def _without_paths(message: str, folder: Path, settings: Settings) -> str:
    """``message`` with the server's folders taken out (a user sees file names, not paths)."""
    return message.replace(f"{folder}/", "").replace(str(folder), "").replace(str(settings.data_dir), "<数据目录>")


def _run(app, job: IngestJob, folder: Path, uploads: dict[Path, str]) -> None:
    """The job itself, in a background thread; one at a time across all server processes (the
    index has one writer), under a lock file in the data directory.

    The job writes through a Corpus of its own (its own index), never the one this process's
    requests read: those keep answering from the generation they loaded, and switch to the new
    one as a whole when the job's sync replaces ``state.json`` (as every other server process does).
    """
    settings: Settings = app.config["KG_SETTINGS"]
    corpus = Corpus(settings)
    jobs = JobFiles(settings.data_dir / "jobs")
    given_name = {path.name: name for path, name in uploads.items()}

    def written(doc, new: bool) -> None:
        job.results.append({"path": given_name.get(doc.source, doc.source), "status": "ingested" if new else "unchanged",
                            "title": doc.metadata.title or ""})
        job.done += 1
        jobs.save(job)

    def progress(items, _total):
        job.step = "extracting"
        jobs.save(job)
        return items

    try:
        summary = corpus.ingest(list(uploads), progress=progress, on_document=written)
        failed = [{"path": given_name.get(Path(f["path"]).name, Path(f["path"]).name),
                   "error": _without_paths(f["error"], folder, settings)} for f in summary.failed]
        job.results += [{**f, "status": "failed"} for f in failed]
        job.done += len(failed) + summary.unchanged
        job.summary = {**summary.to_dict(), "failed": failed}
        job.step = "done"
    except Exception as exc:  # the job reports its failure; the server goes on
        app.logger.exception("ingest job %s failed", job.id)
        job.error = _without_paths(f"{type(exc).__name__}: {exc}", folder, settings)
        job.step = "failed"
    finally:
        corpus.close()
        jobs.save(job)
        if not settings.keep_uploads:
            shutil.rmtree(folder, ignore_errors=True)


@twin_route(ingest_page, "/ingest", methods=["GET", "POST"])
def ingest_files(suffix: str | None = None):
    settings = _settings()
    data: dict[str, Any] = {
        "enabled": bool(settings.api_token), "job": None, "error": None,
        "limit_mb": current_app.config["MAX_CONTENT_LENGTH"] // 1_000_000,
        "jobs": [j.to_dict() for j in _jobs().recent()] if _authorized_reader() else [],
    }
    if request.method == "GET":
        return respond("ingest.html", data, suffix)
    job_id = time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex
    folder = settings.data_dir / "uploads" / job_id
    uploads = _save_uploads(folder)
    if not uploads:
        shutil.rmtree(folder, ignore_errors=True)
        abort(400, description="没有选择文件。")
    job = IngestJob(job_id, len(uploads))
    _jobs().save(job)
    threading.Thread(target=_run, args=(current_app._get_current_object(), job, folder, uploads), daemon=True).start()
    data["job"] = job.to_dict()
    data["job_url"] = url_for("ingest_page.job_status", job_id=job_id)
    return respond("ingest_job.html", data, suffix, 202)


@twin_route(ingest_page, "/ingest/jobs/<job_id>")
def job_status(job_id: str, suffix: str | None = None):
    job = _jobs().get(job_id)
    if job is None:
        abort(404)
    return respond("ingest_job.html", {"job": job.to_dict(), "job_url": request.path.removesuffix(".json")}, suffix)
