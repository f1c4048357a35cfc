"""The Flask app: an app factory with blueprints; every HTML page has a JSON twin."""

from __future__ import annotations

from flask import Flask

from kg.config import Settings


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app with the graph store and the search index of ``settings``; both close at exit."""
    import atexit

    from ingest.topics import label as topic_label
    from kg.store import open_store
    from search.index import SearchIndex
    from web import errors, security
    from web.entity_pages import entity_pages
    from web.highlight import highlight
    from web.ingest_page import ingest_page, request_limit
    from web.labels import display, report_name
    from web.pages import pages
    from web.search_pages import search_pages

    app = Flask(__name__)
    settings = settings or Settings.from_env()
    app.config["KG_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = request_limit(settings)
    app.json.ensure_ascii = False
    store = open_store(settings)
    search_index = SearchIndex(settings.data_dir, settings.embed_model)
    app.extensions["kg_store"] = store
    app.extensions["kg_index"] = search_index
    atexit.register(store.close)
    atexit.register(search_index.close)
    app.jinja_env.filters["highlight"] = highlight
    app.jinja_env.filters["topic_label"] = topic_label
    app.jinja_env.filters["zh"] = display
    app.jinja_env.filters["report_name"] = report_name
    app.context_processor(lambda: {"search_info": search_index.info()})
    for blueprint in (pages, search_pages, entity_pages, ingest_page):
        app.register_blueprint(blueprint)
    errors.register(app)
    security.register(app)
    return app
