"""The Flask app: an app factory with blueprints; every HTML page has a JSON twin."""

from __future__ import annotations

from flask import Flask

from kg.config import Settings


# Near-identical paragraphs a hit links to by name (the count says how many there are; the JSON
# twin lists all): a paragraph copied by a hundred counties made a hundred links per hit.
DUPLICATES_LINKED = 10


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app over the corpus of ``settings`` (graph store and search index; closed at exit)."""
    import atexit

    from ingest.schema import NAMED_ENTITIES
    from ingest.topics import label as topic_label
    from kg.corpus import Corpus
    from web import errors, security
    from web.entity_pages import entity_pages
    from web.highlight import highlight
    from web.ingest_page import ingest_page, request_limit
    from web.labels import MODEL_USES, display, report_name
    from web.pages import pages
    from web.search_pages import search_pages

    app = Flask(__name__)
    settings = settings or Settings.from_env()
    app.config["KG_SETTINGS"] = settings
    app.config["MAX_CONTENT_LENGTH"] = request_limit(settings)
    app.json.ensure_ascii = False
    corpus = Corpus(settings).open()  # a graph that cannot start fails the start-up, not a request
    app.extensions["kg_corpus"] = corpus
    atexit.register(corpus.close)
    app.jinja_env.filters["highlight"] = highlight
    app.jinja_env.filters["topic_label"] = topic_label
    app.jinja_env.filters["zh"] = display
    app.jinja_env.filters["report_name"] = report_name
    app.jinja_env.globals["ENTITY_SEGMENTS"] = {kind.label: kind.node.segment for kind in NAMED_ENTITIES}
    app.jinja_env.globals["DUPLICATES_LINKED"] = DUPLICATES_LINKED
    app.context_processor(lambda: {"search_info": corpus.info(), "model_uses": MODEL_USES})
    for blueprint in (pages, search_pages, entity_pages, ingest_page):
        app.register_blueprint(blueprint)
    errors.register(app)
    security.register(app)
    return app
