"""Entity extraction for this genre: one module per entity type, run as a spaCy pipeline by
``ingest.extract.spacy_pipeline``.

This package file imports nothing, so code that needs only a component (``kg ask`` reads
numerals and regions) does not pay for importing spaCy.
"""
