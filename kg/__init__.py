"""kg: a knowledge graph and semantic search over Chinese rule-of-law government reports."""

__version__ = "0.1.0"
