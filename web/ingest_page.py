"""The ingest page: authorized users (KG_API_TOKEN) upload files and see per-file results.

Uploads are written under <data>/uploads/<batch>/ and go through the same pipeline
as ``kg ingest`` (graph and index together), so every rule of the CLI holds here.
Without a configured token the endpoint refuses all writes.
"""

from __future__ import annotations

import hmac
import time
from pathlib import Path

from flask import Blueprint, current_app, request
from werkzeug.utils import secure_filename

from ingest.pipeline import ingest
from kg.graph import link_topics, stats, write_document
from web.common import index, respond, store, twin_route

ingest_page = Blueprint("ingest_page", __name__)


def _authorized() -> bool:
    token = current_app.config["KG_SETTINGS"].api_token
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip() or request.form.get("token", "")
    return bool(token) and hmac.compare_digest(given.encode(), token.encode())


@twin_route(ingest_page, "/ingest", methods=["GET", "POST"])
def ingest_files(suffix: str | None = None):
    data = {"enabled": bool(current_app.config["KG_SETTINGS"].api_token), "result": None, "error": None}
    if request.method == "GET":
        return respond("ingest.html", data, suffix)
    if not _authorized():
        data["error"] = "需要有效的 API 令牌（KG_API_TOKEN）才能导入文件。"
        return respond("ingest.html", data, suffix, 401 if data["enabled"] else 403)
    uploads = [f for f in request.files.getlist("files") if f and f.filename]
    if not uploads:
        data["error"] = "没有选择文件。"
        return respond("ingest.html", data, suffix, 400)
    settings = current_app.config["KG_SETTINGS"]
    folder = settings.data_dir / "uploads" / time.strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for upload in uploads:
        name = secure_filename(upload.filename) or "upload"
        if Path(upload.filename).suffix and not Path(name).suffix:  # secure_filename drops Chinese names
            name = f"upload-{len(paths)}{Path(upload.filename).suffix.lower()}"
        path = folder / f"{len(paths):03d}-{name}"
        upload.save(path)
        paths.append(path)
    per_file: list[dict[str, str]] = []

    def write(doc) -> bool:
        new = write_document(store(), doc)
        index().add_document(doc)
        per_file.append({"path": doc.source, "status": "ingested" if new else "unchanged",
                         "title": doc.metadata.title or ""})
        return new

    summary = ingest(paths, write=write, max_bytes=int(settings.max_file_mb * 1_000_000))
    link_topics(store(), index().sync(progress=False))
    per_file += [{"path": Path(f["path"]).name, "status": "failed", "error": f["error"]} for f in summary.failed]
    totals = stats(store())
    data["result"] = {"ingested": summary.ingested, "unchanged": summary.unchanged, "failed": summary.failed,
                      "files": per_file, "reports": totals["reports"], "paragraphs": totals["paragraphs"]}
    return respond("ingest.html", data, suffix, 200)
