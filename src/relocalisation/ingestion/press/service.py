"""File-level helpers shared by the commands, the web task and the benchmark."""
from __future__ import annotations

from pathlib import Path

from relocalisation.ingestion.press.extract import ANNOUNCEMENT_FIELDS, extract
from relocalisation.ingestion.press.readers import SUPPORTED, DocumentError, read_document


def iter_inputs(paths):
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED:
                    yield child
        else:
            yield path


def empty_result(source: str, error: str = "") -> dict:
    out = {"source": source, "announcement": {name: None for name in ANNOUNCEMENT_FIELDS} | {"evidence": {},
                                                                                           "confidence": {}},
           "laureates": []}
    if error:
        out["error"] = error
    return out


def run_text(text: str, source: str = "", use_spacy: bool = True, classifier="default") -> dict:
    return extract(text, source, use_spacy=use_spacy, classifier=classifier).to_dict()


def run_file(path: Path, use_spacy: bool = True, classifier="default") -> dict:
    try:
        text = read_document(path)
    except DocumentError as exc:
        return empty_result(path.name, str(exc))
    return run_text(text, path.name, use_spacy, classifier)
