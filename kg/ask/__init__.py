"""Questions in natural language, answered from the graph and the paragraphs with cited evidence.

``understand`` turns a question into an Interpretation (regions, years, entities,
topic, kind) with rules over the gazetteer and the names the graph holds;
``answer`` picks a strategy per kind and returns facts and evidence paragraphs.
No LLM is involved, so every sentence of an answer points at its paragraph.
"""

from kg.ask.answer import Answer, Answerer
from kg.ask.understand import Interpretation, understand

__all__ = ["Answer", "Answerer", "Interpretation", "understand"]
