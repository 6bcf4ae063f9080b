"""Text helpers shared by search and matching: accent- and case-insensitive forms of French text."""
import re

from unidecode import unidecode

_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize(text: str | None) -> str:
    """« Saint-Étienne » → « saint etienne »: lowercase ASCII words separated by single spaces."""
    if not text:
        return ""
    return _NON_WORD.sub(" ", unidecode(text).lower()).strip()


def search_terms(query: str | None) -> list[str]:
    return [t for t in normalize(query).split(" ") if t]
