"""Learned candidate classifier (issue 6): a logistic regression over the features of :mod:`.candidates`,
trained offline with scikit-learn (``bench/train_press_classifier.py``) and shipped as a small JSON file of
weights (``press_classifier.json``), applied here in pure Python (no runtime dependency).

In the extractor, a candidate the rules did not propose and that scores above the model's threshold becomes
a laureate header (kind ``learned``, confidence below the rules'), so the usual passage logic fills its
fields; a weak rule header (repli) scored very low is dropped."""
from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

from relocalisation.ingestion.press import candidates as cand_mod
from relocalisation.ingestion.press import lexicon
from relocalisation.ingestion.press.places import norm

MODEL_PATH = Path(__file__).with_name("press_classifier.json")
# spaCy entities over the whole text as extra candidates: measured (leave-one-set-out) to add nothing the
# capitalised runs miss, for ~100 ms per document; off.
SPACY_CANDIDATES = False
_WEAK_RULE_KINDS = {"candidate"}  # the fallback generator (confidence 0.45–0.55)


def logistic(weights: dict, bias: float, features: dict) -> float:
    """The probability a logistic regression of these weights gives these features (pure Python, bounded)."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class ShippedModel:
    """A model read from a JSON file shipped with the code (its subclass gives ``load``)."""

    @classmethod
    def load_or_none(cls):
        """The shipped model, or None when its file is missing or unreadable (the extractor then runs without it)."""
        try:
            return cls.load()
        except (OSError, ValueError, KeyError):
            return None


class Classifier(ShippedModel):
    """Weights of a logistic regression, read from its JSON file; also the base of :class:`.vetting.Vetting`."""
    FORMAT = "press-candidate-logreg/1"
    MODEL_PATH = MODEL_PATH

    def __init__(self, weights: dict, bias: float, threshold: float = 0.5, veto: float = 0.0, meta: dict | None = None):
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.veto = veto
        self.meta = meta or {}

    @classmethod
    def load(cls, path=None):
        path = path or cls.MODEL_PATH
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != cls.FORMAT:
            raise ValueError(f"Modèle inconnu : {path}")
        return cls(data["weights"], data["bias"], data.get("threshold", 0.5), data.get("veto", 0.0), data.get("meta"))

    def probability(self, features: dict) -> float:
        return logistic(self.weights, self.bias, features)


@functools.lru_cache(maxsize=1)
def default_classifier() -> Classifier | None:
    return Classifier.load_or_none()


class Collector:
    """Stands in for a model while training: keeps every document's candidates, proposes nothing."""

    def __init__(self):
        self.documents = []  # (source, text, candidates)


_NOT_A_NAME = ("lex:common_opener", "shape:abstract_noun")  # « Basée à Crolles, … », « Relocalisation : … »
_CONTEXT = ("cue:sent", "cue:para", "cue:prev_para", "cue:next_para", "money_in_sent", "jobs_in_sent",
            "list:after_colon_line")


def eligible(c, rule_keys, doc=None) -> bool:
    """A candidate the rules did not propose (not their span, not overlapping it, not a longer or shorter form of
    one of their names: « Dupont de Lyon » when the rules found « Dupont »), in a context that speaks of support,
    money or jobs, and that the rules' own guards accept (institutions, places, sectors, people, programmes)."""
    if c.rule is not None or c.features.get("rule") or c.features.get("rule_overlap"):
        return False
    x = c.features
    if not any(x.get(k) for k in _CONTEXT):
        return False  # « Corvex est un fabricant … » in a paragraph about something else
    if doc is not None:
        lead = doc.text[max(0, c.start - 40):c.start].rsplit("\n", 1)[-1]
        if not doc._plausible_org((c.name, c.start, c.end), lead):
            return False
    if any(x.get(k) for k in _NOT_A_NAME) or x.get("parent_elsewhere") or x.get("advisor_after") or x.get("line:cut"):
        return False  # a parent group, a capitalised common word, a consultant
    if x.get("in_quotes"):
        return False  # « Lasers et Combineurs pour … »: quotes name a project or a title, not its holder
    if (x.get("lex:first_name") or x.get("person_title")) and not (x.get("legal_form") or x.get("company_noun_before")):
        return False  # « Prénom Nom », « le préfet X »: a speaker (a company named after its founder has its noun)
    key = norm(c.name)
    return not any(key == k or key.startswith(k + " ") or k.startswith(key + " ") for k in rule_keys)


def apply(doc, headers, taken):
    """Candidates of ``doc`` scored by ``doc.x.classifier``; returns (new headers, ids of rule headers to drop)."""
    from relocalisation.ingestion.press.extract import Header, Value, _enclosing

    clf = doc.x.classifier
    ents = None
    if doc.x.use_spacy and SPACY_CANDIDATES:
        from relocalisation.ingestion.press import nlp as nlp_mod

        ents = nlp_mod.entities([doc.text])[0]
    cands = cand_mod.generate(doc, ents)
    cand_mod.features(doc, cands, headers)
    if isinstance(clf, Collector):
        clf.documents.append((doc.source, doc.text, cands))
        return [], set()
    for c in cands:
        c.score = clf.probability(c.features)
    vetoed = set()
    for c in cands:
        # A weak rule header (fallback generator) on a capitalised common word or a very low score is dropped.
        if c.rule is not None and c.rule.kind in _WEAK_RULE_KINDS and (
                c.score < clf.veto or any(c.features.get(k) for k in _NOT_A_NAME)):
            vetoed.add(id(c.rule))
    rule_keys = {norm(h.org.value) for h in headers if id(h) not in vetoed}
    # A name described once as the consultant (« X, le cabinet mandaté par … ») is not a laureate in its
    # other mentions either (« X va également tracer … »).
    advisors = {norm(c.name) for c in cands if c.features.get("advisor_after")}
    # Best mention of each name, never overlapping a rule header or a better candidate.
    chosen = []
    by_span = {(c.start, c.end): c for c in cands}
    ranked = []
    for c in sorted(cands, key=lambda c: -c.score):
        if c.score < clf.threshold:
            break
        # « Conserverie Quiberonnaise et Ouest Tôlerie »: two names joined by « et », each a likely name on its
        # own, are two laureates (« Laines et Feutres X » keeps its whole name: « Laines » alone scores low).
        parts = _et_parts(c, by_span)
        ranked += parts if parts and all(p.score >= 0.5 for p in parts) else [c]
    for c in ranked:
        if not eligible(c, rule_keys, doc) or norm(c.name) in advisors:
            continue
        if any(o.start < c.end and c.start < o.end for o in chosen) or any(norm(o.name) == norm(c.name) for o in chosen):
            continue
        chosen.append(c)
    out = []
    spans = [(h.org.start, h.start) for h in headers]
    for c in sorted(chosen, key=lambda c: c.start):
        ss, se = _enclosing(doc.sentences, c.start)
        ls = doc.text.rfind("\n", 0, c.start) + 1
        bullet = re.match(r"[ \t]*" + lexicon.BULLET_MARK, doc.text[ls:c.start])
        # The passage opens at the sentence (or bullet) unless another laureate is named earlier in it.
        shared = any(ss <= os_ < c.start for os_, _ in spans) or any(ss <= o.start < c.start for o in chosen)
        start = c.start if shared else (ls if bullet and ls >= ss else ss)
        conf = round(0.4 + 0.15 * min(1.0, (c.score - clf.threshold) / max(1e-6, 1 - clf.threshold)), 2)
        out.append(Header(start, Value(c.name, c.start, c.end, conf), "candidate", None, None, c.end))
        spans.append((c.start, start))
    return out, vetoed


def _et_parts(c, by_span):
    """The two candidates « A » and « B » of a candidate « A et B », or None."""
    m = re.search(r"\s+et\s+", c.name)
    if not m:
        return None
    first = by_span.get((c.start, c.start + m.start()))
    second = by_span.get((c.start + m.end(), c.end))
    return [first, second] if first and second else None
