"""The Flask app: an app factory with blueprints; every HTML page has a JSON twin."""

from __future__ import annotations

from flask import Flask

from kg.config import Settings


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app; the graph store is opened lazily per process and closed at exit."""
    import atexit

    from kg.store import open_store
    from web.pages import pages

    app = Flask(__name__)
    app.config["KG_SETTINGS"] = settings or Settings.from_env()
    app.config["JSON_AS_ASCII"] = False
    app.json.ensure_ascii = False
    store = open_store(app.config["KG_SETTINGS"])
    app.extensions["kg_store"] = store
    atexit.register(store.close)
    app.register_blueprint(pages)
    return app
