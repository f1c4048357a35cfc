"""`kg serve` with several worker processes: gunicorn, each worker building its own app.

Why processes: a search or an answer is CPU-bound Python (tokenizing, ranking, rendering),
so threads of one process share one core; worker processes use all of them. Each worker
opens its own graph connection and loads the search indexes after the fork (a socket or a
SQLite handle must not be shared across a fork), and reloads them when an ingest, from the
CLI or the upload page in any worker, saves new ones (``SearchIndex.refresh`` reads
``state.json``). Threads inside each worker (gthread) keep slow clients from blocking it.
A worker starts with empty caches, so it reads the most requested of them ahead in the
background (``Corpus.prewarm``) instead of making its first visitors wait for them.
"""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

from kg.config import Settings


class KgServer(BaseApplication):
    """A gunicorn application whose workers call the Flask app factory."""

    def __init__(self, settings: Settings, options: dict[str, Any]) -> None:
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        """The app of one worker, its indexes loaded; the rest of what its first requests would
        build (answerer, most-linked entity and region pages) is read ahead in the background."""
        from web import create_app

        app = create_app(self.settings)
        corpus = app.extensions["kg_corpus"]
        corpus.warm()
        corpus.prewarm_in_background()
        return app


def serve_with_workers(settings: Settings, host: str, port: int, workers: int, threads: int = 4) -> None:
    """Serve until stopped (SIGINT/SIGTERM stop the workers, each releasing its store)."""
    KgServer(settings, {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "preload_app": False,  # each worker opens its own connections after the fork
        "timeout": 120,
        "graceful_timeout": 10,
        # gunicorn reads request bodies as the app asks for them; Flask's limit and the upload
        # page's header check refuse an oversized or unauthorized upload before reading it.
        "limit_request_line": 8190,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": f"kg-serve:{settings.data_dir}",
    }).run()
