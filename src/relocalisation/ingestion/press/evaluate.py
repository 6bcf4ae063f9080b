"""Scores of the extractor against a hand-checked gold file (``shared/gold/seeds-laureates.json``).

Matching rules (issue 6):
- a predicted laureate matches a gold one when their organisation names are equal once case,
  accents, punctuation, a leading article and a leading or trailing legal form are ignored
  (« BioWest » = « Biowest », « PEP SAS » = « PEP », « SAS Matière » = « Matière », « L'Arboiserie » = « Arboiserie »);
  each gold laureate matches at most once;
- « optional » gold laureates neither help nor hurt: predicting them is not counted, missing them neither;
- money matches within 1 %; other numbers exactly; texts case/accent-insensitively; codes exactly;
- a list in gold accepts any of its values (a list of names is one laureate written in several fair ways); ``null`` in gold means the text gives no value, so
  predicting one is a false positive (a list holding ``null`` also accepts no value);
- field counts: a gold value found is a true positive; a gold value missed (or wrong) is a false negative;
  a predicted value that is wrong, not expected, or on a spurious laureate is a false positive.
  Fields of gold laureates that were not found count as false negatives.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from relocalisation.ingestion.press.places import norm

LAUREATE_FIELDS = ["project", "commune_insee", "department_code", "region_code", "sector", "investment_eur",
                   "aid_eur", "jobs_created"]
ANNOUNCEMENT_FIELDS = ["programme", "new_laureates", "investment_eur", "aid_eur", "previous_laureates", "envelope_eur"]
MONEY = {"investment_eur", "aid_eur", "envelope_eur"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts"):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    laureates: Counts = field(default_factory=Counts)
    fields: dict = field(default_factory=dict)  # "laureate.commune_insee" → Counts
    errors: list = field(default_factory=list)  # human-readable differences

    def count(self, name: str) -> Counts:
        return self.fields.setdefault(name, Counts())

    @property
    def fields_total(self) -> Counts:
        total = Counts()
        for c in self.fields.values():
            total.add(c)
        return total

    def as_dict(self) -> dict:
        return {"laureates": self.laureates.as_dict(), "fields_micro": self.fields_total.as_dict(),
                "fields": {k: v.as_dict() for k, v in sorted(self.fields.items())}, "differences": self.errors}


LEGAL_FORMS = {"sas", "sa", "sarl", "sasu", "eurl", "snc", "scop", "sca", "se"}
ARTICLES = {"le", "la", "les", "l"}


def org_match_key(name) -> str:
    # « PEP SAS » = « PEP »: a trailing legal form is not part of the name.
    words = norm(name or "").split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    while len(words) > 1 and (words[0] in LEGAL_FORMS or words[0] in ARTICLES):
        words.pop(0)  # « SAS Matière » = « Matière », « L'Arboiserie » = « Arboiserie »
    return "".join(words)


def gold_org_keys(g: dict) -> set[str]:
    """A gold name, or a list of fair spellings of one laureate (« Les Sécheries X » / « Sécheries X »)."""
    names = g["organisation"] if isinstance(g["organisation"], list) else [g["organisation"]]
    return {org_match_key(n) for n in names}


def gold_org_name(g: dict) -> str:
    return g["organisation"][0] if isinstance(g["organisation"], list) else g["organisation"]


def value_matches(name: str, gold, predicted) -> bool:
    if predicted is None or gold is None:
        return False
    if name in MONEY:
        try:
            g, p = float(gold), float(predicted)
        except (TypeError, ValueError):
            return False
        return abs(p - g) <= 0.01 * abs(g)
    if isinstance(gold, (int, float)) and not isinstance(gold, bool):
        try:
            return int(predicted) == int(gold)
        except (TypeError, ValueError):
            return False
    return norm(str(gold)) == norm(str(predicted))


def score_value(counts: Counts, name: str, gold, predicted, where: str, errors: list):
    options = gold if isinstance(gold, list) else [gold]
    values = [g for g in options if g is not None]
    null_ok = any(g is None for g in options)
    if predicted is None:
        if values and not null_ok:
            counts.fn += 1
            errors.append(f"{where} {name}: manquant (attendu {gold!r})")
        return
    if any(value_matches(name, g, predicted) for g in values):
        counts.tp += 1
        return
    counts.fp += 1
    if values and not null_ok:
        counts.fn += 1
    errors.append(f"{where} {name}: {predicted!r} au lieu de {gold!r}")


def evaluate(gold: dict, predictions: dict[str, dict]) -> Report:
    """``predictions``: source file name → the extractor's JSON object for it."""
    report = Report()
    for doc in gold["documents"]:
        source = doc["source"]
        pred = predictions.get(source) or {"announcement": {}, "laureates": []}
        ann_gold, ann_pred = doc.get("announcement") or {}, pred.get("announcement") or {}
        for name in ANNOUNCEMENT_FIELDS:
            if name in ann_gold:
                score_value(report.count(f"announcement.{name}"), name, ann_gold[name], ann_pred.get(name),
                            f"[{source}] annonce", report.errors)
        golds = list(doc.get("laureates") or [])
        used = set()
        for lau in pred.get("laureates") or []:
            key = org_match_key(lau.get("organisation"))
            match = next((i for i, g in enumerate(golds) if i not in used and key in gold_org_keys(g)), None)
            if match is None:
                report.laureates.fp += 1
                report.errors.append(f"[{source}] lauréat en trop : {lau.get('organisation')!r}")
                for name in LAUREATE_FIELDS:
                    if lau.get(name) is not None:
                        report.count(f"laureate.{name}").fp += 1
                continue
            used.add(match)
            g = golds[match]
            if g.get("optional"):
                continue
            report.laureates.tp += 1
            for name in LAUREATE_FIELDS:
                if name in g:
                    score_value(report.count(f"laureate.{name}"), name, g[name], lau.get(name),
                                f"[{source}] {gold_org_name(g)}", report.errors)
        for i, g in enumerate(golds):
            if i in used or g.get("optional"):
                continue
            report.laureates.fn += 1
            report.errors.append(f"[{source}] lauréat manquant : {gold_org_name(g)!r}")
            for name in LAUREATE_FIELDS:
                values = g.get(name) if isinstance(g.get(name), list) else [g.get(name)]
                if name in g and any(v is not None for v in values) and None not in values:
                    report.count(f"laureate.{name}").fn += 1
    return report


def load_gold(path) -> dict:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise ValueError("Fichier de référence invalide : un objet avec une liste « documents » est attendu.")
    return data
