"""Learned linking of figures to laureates (issue 6): which amount of the text is a laureate's investment, which its
aid, which number its jobs created.

Why a model: the rules read a laureate's figures inside its passage (segment), with cues written on the
development sets. On texts never seen, most of the fields they miss are figures written *after* the passage the
rules gave the laureate (a fiche's « Investissement : 3,2 M€ » under its description, « Le projet … créera 28
emplois » two paragraphs on), or cued in words the rules do not know. Here every amount and every jobs number
from the start of a laureate's passage to the next laureate's is a candidate, described by the rules' own
reading (role, pick), the words around it and where it stands from the laureate's name (same sentence, paragraphs
away, other names between). One logistic regression per field, trained on sets the rules were **not** written on
(``bench/train_press_linking.py``), shipped as JSON (``press_linking.json``) and applied in pure Python.

A field takes the best candidate scoring at least the field's threshold; below it, the rules' value stays unless
the model scores that very figure below the field's ``veto`` (then the field is left empty). A value the rules
read from no figure of the zone (a table cell, a label) is never touched."""
from __future__ import annotations

import bisect
import functools
import json
import re
from pathlib import Path

from relocalisation.ingestion.press import lexicon
from relocalisation.ingestion.press.classifier import ShippedModel, logistic

MODEL_PATH = Path(__file__).with_name("press_linking.json")
FORMAT = "press-field-linking/1"
FIELDS = ("investment_eur", "aid_eur", "jobs_created", "sector", "commune_insee")
# The announcement's own figures, chosen the same way among every amount and count of the text.
ANNOUNCEMENT_FIELDS = ("announcement.investment_eur", "announcement.aid_eur", "announcement.envelope_eur",
                       "announcement.new_laureates", "announcement.previous_laureates")
_MONEY_FIELDS = ("investment_eur", "aid_eur", "announcement.investment_eur", "announcement.aid_eur",
                 "announcement.envelope_eur")
_MAX_ZONE = 4000  # characters after a passage still searched (the next laureate usually comes sooner)
_WORD = re.compile(r"[a-z0-9€%]+")
_ANAPHORA_WORDS = re.compile(r"\b(?:le projet|l\W+entreprise|la societe|cette (?:pme|eti|tpe|entreprise|societe)|"
                             r"l\W+usine|le site|son projet|l\W+investissement|la pme|l\W+eti|elle|il)\b")


# Roles the rules give an amount that no laureate's investment or aid can have: revenue, a ceiling, a threshold.
# (An « envelope » or a « share » of an aid is often a laureate's own figure on new texts: left to the model;
# excluding them too lowered the cross-validated F1.)
_NOT_LAUREATE_ROLES = {"revenue", "cap", "floor", "equity"}  # (« equity »: a fund entering the capital)
# « Ensemble, ces projets représentent 45 M€ et 180 emplois », « au total », « cumulés »: the figures of several.
# « neuf projets », « 46 nouveaux lauréats »: a sentence that counts laureates speaks of their totals
_COUNTED = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\s+(?:nouveaux\s+)?"
                      r"(?:projets|laureats|entreprises|dossiers|industriels)\b")
_AGGREGATE = re.compile(r"\b(?:ensemble|au total|en tout|cumul\w*|totalis\w+|l\W+ensemble|ces (?:\w+ )?(?:projets|entreprises|"
                        r"laureats|dossiers|societes))\b")


class FieldModel:
    def __init__(self, weights: dict, bias: float, threshold: float, veto: float, override: bool = True):
        self.weights, self.bias, self.threshold, self.veto = weights, bias, threshold, veto
        # False: the model only fills a field the rules left empty (or empties one it scores under the veto)
        self.override = override

    def probability(self, features: dict) -> float:
        return logistic(self.weights, self.bias, features)


class Linking(ShippedModel):
    """One :class:`FieldModel` per field, read from ``press_linking.json``."""

    def __init__(self, models: dict, meta: dict | None = None):
        self.models = models
        self.meta = meta or {}

    @classmethod
    def load(cls, path=None):
        data = json.loads(Path(path or MODEL_PATH).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"Modèle inconnu : {path or MODEL_PATH}")
        models = {name: FieldModel(m["weights"], m["bias"], m["threshold"], m.get("veto", 0.0), m.get("override", True))
                  for name, m in data["fields"].items() if name in FIELDS + ANNOUNCEMENT_FIELDS}
        return cls(models, data.get("meta"))


@functools.lru_cache(maxsize=1)
def default_linking() -> Linking | None:
    return Linking.load_or_none()


class LinkingCollector:
    """Stands in for a model while training: keeps every laureate's candidates, changes nothing."""

    def __init__(self):
        self.documents = []  # (source, [(organisation, {field: [(value, features, picked)]})], {field: [...]})


def _bucket(n: float, edges) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def _value(item):
    if isinstance(item, (SectorItem, CommuneItem)):
        return item.value
    return item.int_value


def _context_words(x: dict, f: str, q) -> None:
    """The words just left and right of a figure (``l1:``… ``r1:``…) and the words before it (``lw:``)."""
    left, right = _words(f[max(0, q.start - 60):q.start]), _words(f[q.end:q.end + 50])
    for i, w in enumerate(reversed(left[-3:])):
        x[f"l{i + 1}:{w}"] = 1.0
    for i, w in enumerate(right[:3]):
        x[f"r{i + 1}:{w}"] = 1.0
    for w in set(left[-6:]):
        x["lw:" + w] = 1.0


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_jobs_number(doc, q) -> bool:
    from relocalisation.ingestion.press.extract import _EN_CREATE, _JOB_NOUN

    if q.money or not (0 < q.int_value < 100_000) or q.value != int(q.value):
        return False
    if doc.text[q.start - 1:q.start] == "(" and doc.text[q.end:q.end + 1] == ")":
        return False  # « Loudéac (22)\nEmplois créés : … »: a département's number
    f = doc.folded
    return bool(_JOB_NOUN.match(f[q.end:q.end + 45]) or _EN_CREATE.search(f[max(0, q.start - 30):q.start]))


def zones(doc, laureates) -> list[tuple[int, int]]:
    """From the start of each laureate's passage to the start of the next laureate's passage (or the article's end)."""
    starts = sorted({s for lau in laureates for s, _ in [lau.segment, *lau.other_segments]})
    out = []
    first = min(starts, default=0)
    for lau in laureates:
        s, e = lau.segment
        i = bisect.bisect_right(starts, s)
        nxt = starts[i] if i < len(starts) else doc.own_end
        if s > first:
            # (a story's closing « REPÈRES » box holds its subject's figures, not those of a company named last)
            nxt = next((pos for pos in doc.figures_boxes if e <= pos < nxt), nxt)
        # (« **VILLAINES-LA-JUHEL — La menuiserie attend sa réponse** »: the next brief of a column is another's news)
        nxt = next((pos for pos in doc.brief_headings if e <= pos < nxt), nxt)
        out.append((s, max(e, min(nxt, e + _MAX_ZONE, doc.own_end))))
    return out


def candidates(doc, lau, zone) -> dict:
    """{field: [(quantity, features)]} of one laureate."""
    from relocalisation.ingestion.press.extract import (
        _AGGREGATE_LEFT, _KEPT, _TOTAL_BEFORE, _TOTAL_LINE, _enclosing, section_subtotal,
    )

    f = doc.folded
    zs, ze = zone
    segs = [lau.segment, *lau.other_segments]
    org = lau.fields.get("organisation")
    org_pos = org.start if org is not None else zs
    first_word = (_words(f[org.start:org.end]) or [""])[0] if org is not None else ""
    own = {s for s, _ in segs} | ({org.start} if org is not None else set())
    qs = list(doc.quantities_in(zs, ze))
    for s, e in lau.other_segments:
        if s >= ze or e <= zs:
            qs += [q for q in doc.quantities_in(s, e) if q not in qs]
    money = [q for q in qs if q.money]
    values = sorted({q.int_value for q in money})
    picked = {name: (v.start, v.end) for name, v in lau.fields.items() if name in FIELDS and v is not None}
    seg_end = max(e for _, e in segs)
    out = {name: [] for name in FIELDS}
    for q in qs:
        is_money = q.money
        if not is_money and not _is_jobs_number(doc, q):
            continue
        ss, se = _enclosing(doc.sentences, q.start)
        line_start = f.rfind("\n", 0, q.start)
        if line_start >= 0 and _TOTAL_LINE.match(f, line_start):
            continue  # « Total : 3 M€ d'investissements, 19 emplois »: the list's figures, no one's
        if _TOTAL_BEFORE.search(f, max(0, q.start - 40), q.start) and \
                bisect.bisect_left(doc.named, q.start) - bisect.bisect_left(doc.named, ss) >= 2:
            continue  # « (A, B, C et D) bénéficient … pour un total de 3,2 M€ »: as the rules read it
        if _AGGREGATE_LEFT.search(f, ss, q.start) and org_pos > q.end:
            continue
        if section_subtotal(f, q.start) or doc.pay(q):
            continue  # « ### Grand Est (9 lauréats, 61 M€) »: the section's sum; « Salaire : 27 000 € brut »: a pay
        if is_money and re.search(r"\benveloppe\b[^.;!?]{0,60}?(?:\best\s+de|\bde|:|\bs\W?\s*eleve\s+a|\batteint)\s*(?:pres\s+de\s+|plus\s+de\s+)?$",
                                  f[max(ss, q.start - 90):q.start]):
            continue  # « L'enveloppe de l'appel à projets est de 300 000 euros »: the programme's, no laureate's
        if doc.wave_sums(ss, se):
            continue  # « Au total, 17,2 M€ d'aides de l'État pour 86 M€ d'investissements »: the wave's sums
        x = {"kind:" + lau.kind: 1.0}
        in_seg = any(s <= q.start < e for s, e in segs)
        x["in_seg" if in_seg else "out_seg"] = 1.0
        if not in_seg and _AGGREGATE.search(f, ss, se):
            continue  # « Ensemble, ces projets représentent 45 M€ et 180 emplois » after the passage: the group's
        if not in_seg:
            paras = f.count("\n\n", lau.segment[1], q.start) if q.start > lau.segment[1] else 0
            x["paras:" + _bucket(paras, (0, 1, 2, 4))] = 1.0
        lo, hi = sorted((org_pos, q.start))
        between = [p for p in doc.named[bisect.bisect_left(doc.named, lo):bisect.bisect_left(doc.named, hi)]
                   if p not in own and p != lo]
        x["names_between:" + _bucket(len(between), (0, 1, 3))] = 1.0
        if q.start < org_pos:
            x["before_name"] = 1.0
        if ss <= org_pos < se:
            x["same_sent"] = 1.0
        sent_names = bisect.bisect_left(doc.named, se) - bisect.bisect_left(doc.named, ss)
        x["sent_names:" + _bucket(sent_names, (0, 1, 2))] = 1.0
        ps = f.rfind("\n\n", 0, q.start)
        pe = f.find("\n\n", q.end)
        para = f[ps + 1:pe if pe >= 0 else len(f)]
        if first_word and len(first_word) > 2 and re.search(r"\b" + re.escape(first_word) + r"\b", para):
            x["name_in_para"] = 1.0
        if _ANAPHORA_WORDS.search(f[ss:q.start]):
            x["anaphora_before"] = 1.0
        line_start += 1
        if ":" in f[line_start:q.start] and q.start - line_start < 60:
            x["label_line"] = 1.0
        _context_words(x, f, q)
        if q.approx:
            x["approx"] = 1.0
        if _AGGREGATE.search(f, ss, se):
            x["aggregate_sent"] = 1.0
        if re.search(r"\btotal", f[max(ss, q.start - 40):q.start]):
            x["total_left"] = 1.0
        if is_money:
            role, conf = doc.money_role(q, lau.segment[0])
            if role in _NOT_LAUREATE_ROLES:
                continue  # the rules' cues are sure it is no laureate's figure (the issue's « 6 M€ à 3 ans »)
            x["role:" + role] = 1.0
            x["role_conf"] = conf
            if len(values) > 1:
                x["rank:" + ("max" if q.int_value == values[-1] else "min" if q.int_value == values[0] else "mid")] = 1.0
            x["n_money:" + _bucket(len(values), (1, 2, 3, 5))] = 1.0
            x["mag:" + _bucket(q.int_value, (99_999, 999_999, 9_999_999, 99_999_999))] = 1.0
            if re.search(r"\bdont\s+$", f[max(0, q.start - 12):q.start]):
                x["dont_before"] = 1.0
            for name in ("investment_eur", "aid_eur"):
                y = dict(x)
                if picked.get(name) == (q.start, q.end):
                    y["picked"] = 1.0
                elif any(picked.get(o) == (q.start, q.end) for o in FIELDS if o != name):
                    y["picked_other"] = 1.0
                out[name].append((q, y))
        else:
            if _KEPT.search(f[max(ss, q.start - 30):min(se, q.end + 70)]):
                x["kept_cue"] = 1.0
            if picked.get("jobs_created") == (q.start, q.end):
                x["picked"] = 1.0
            elif lau.fields.get("jobs_kept") is not None and (lau.fields["jobs_kept"].start, lau.fields["jobs_kept"].end) == (q.start, q.end):
                x["picked_kept"] = 1.0
            out["jobs_created"].append((q, x))
    return out


def decide(model: Linking, scored: dict, has_value: dict) -> dict:
    """What the model changes in one laureate: {field: (probability, item) to set, or None to empty it}.
    ``scored``: {field: [(probability, key, item, picked by the rules)]}; one figure (same key) is never both the
    investment and the aid: the field that wants it most takes it, the other its next best."""
    out, taken = {}, set()
    order = sorted(scored, key=lambda name: -max(t[0] for t in scored[name]))
    for name in order:
        fm = model.models[name]
        items = [t for t in scored[name] if not (name in _MONEY_FIELDS and t[1] in taken)]
        best = max(items, key=lambda t: t[0]) if items else None
        rule = next((t for t in scored[name] if t[3]), None)
        if not fm.override and has_value.get(name):
            if rule is not None and rule[0] < fm.veto:
                out[name] = None
            elif rule is not None and name in _MONEY_FIELDS:
                taken.add(rule[1])
            continue
        if best is not None and best[0] >= fm.threshold:
            out[name] = (best[0], best[2])
            if name in _MONEY_FIELDS:
                taken.add(best[1])
            continue
        if has_value.get(name) and rule is not None and rule[0] < fm.veto:
            out[name] = None
    return out


class SectorItem:
    """A sector a laureate may belong to, with the words that say it (its evidence)."""

    def __init__(self, slug, start, end):
        self.slug, self.start, self.end = slug, start, end
        self.value = lexicon.SECTOR_NAMES[slug]


_DOC_PROGRAMMES = {
    "doc_sectoral": re.compile(r"secteurs?\s+critiques|\(re\)\s*localisation|relocalisation\s+dans\s+les"),
    "doc_resilience": re.compile(r"\bresilience\b"),
    "doc_territoires": re.compile(r"territoires?\s+d\W?industrie|fonds\s+d\W?acceleration"),
    "doc_regional": re.compile(r"\bregion\b|conseil\s+regional|\bpack\b"),
}


def sector_candidates(doc, lau) -> list:
    """[(SectorItem, features)] of one laureate: every sector its passage, its header line or the heading above it
    names, and the rules' own choice."""
    from relocalisation.ingestion.press.extract import _sectors_named

    f = doc.folded
    s, e = lau.segment
    if not hasattr(doc, "_sector_doc"):
        named_doc = {slug for slug, _, _ in _sectors_named(f)}
        cues_doc = {sector for m in lexicon.SECTOR_RE.finditer(f) for sector in [lexicon.SECTOR_CUE_OF_GROUP[m.lastgroup][0]]}
        x = {k: 1.0 for k, rx in _DOC_PROGRAMMES.items() if rx.search(f)}
        x["doc_named:" + _bucket(len(named_doc), (0, 1, 2))] = 1.0
        x["doc_cued:" + _bucket(len(cues_doc), (0, 1, 2, 3))] = 1.0
        doc._sector_doc = x
    scores, evidence, words = {}, {}, {}
    for m in lexicon.SECTOR_RE.finditer(f, s, e):
        sector, weight, _ = lexicon.SECTOR_CUE_OF_GROUP[m.lastgroup]
        scores[sector] = scores.get(sector, 0) + weight
        evidence.setdefault(sector, (m.start(), m.end()))
        words.setdefault(sector, set()).add(m.group(0))
    line_end = f.find("\n", s)
    line_end = e if line_end < 0 else min(line_end, e)
    header = {slug: (s + a, s + b) for slug, a, b in _sectors_named(f[s:line_end])}
    above_start = max(0, s - 400)
    above = {slug: (above_start + a, above_start + b) for slug, a, b in _sectors_named(f[above_start:s])}
    rule = lau.fields.get("sector_slug")
    slugs = set(scores) | set(header) | set(above) | ({rule.value} if rule is not None and rule.value in lexicon.SECTOR_NAMES else set())
    total = sum(scores.values()) or 1
    ranked = sorted(scores.values(), reverse=True)
    # the programme named in the passage or just above it (« lauréate de l'appel à projets Résilience »)
    near = {k.replace("doc_", "near_"): 1.0 for k, rx in _DOC_PROGRAMMES.items() if rx.search(f, above_start, e)}
    out = []
    for slug in sorted(slugs):
        x = dict(doc._sector_doc)
        x.update(near)
        x["slug:" + slug] = 1.0
        x["kind:" + lau.kind] = 1.0
        sc = scores.get(slug, 0)
        x["cue_score:" + _bucket(sc, (0, 1, 2, 3, 5, 8))] = 1.0
        x["cue_share"] = round(sc / total, 2)
        if sc and sc == ranked[0]:
            x["cue_best"] = 1.0
            if len(ranked) > 1 and ranked[1] == sc:
                x["cue_tie"] = 1.0
        for w in words.get(slug, ()):
            x["cw:" + w] = 1.0
        if slug in header:
            x["named_header"] = 1.0
        if slug in above:
            x["named_above"] = 1.0
        span = header.get(slug) or evidence.get(slug) or above.get(slug)
        if rule is not None and rule.value == slug:
            x["picked"] = 1.0
            x["rule_conf"] = rule.confidence
            span = (rule.start, rule.end)
        out.append((SectorItem(slug, *span), x))
    return out


class CommuneItem:
    """A commune a laureate may be at: one reading (INSEE code) of a place name of its passage."""

    def __init__(self, ref, start, end):
        self.ref, self.start, self.end = ref, start, end
        self.value = ref.code


_DEP_NEXT = re.compile(r"\s*(?:\(\s*|,\s*)(\d{2}|2[abAB]|97\d)\s*\)")
_SITE_LEFT = re.compile(r"(?:site|usine|unite|atelier|implant\w*|installe\w*|situe\w*|base\w*|localis\w*)\b[^.;\n]{0,25}$")
_SEAT_LEFT = re.compile(r"(?:siege|head\s+office|siege\s+social|bureaux|direction\s+generale)\b[^.;,\n]{0,50}$")


def commune_candidates(doc, lau, zone) -> list:
    """[(CommuneItem, features)] of one laureate: each reading of each commune named in its passage and zone."""
    f = doc.folded
    segs = [lau.segment, *lau.other_segments]
    zs, ze = zone
    org = lau.fields.get("organisation")
    org_pos = org.start if org is not None else lau.segment[0]
    own = {s for s, _ in segs} | ({org.start} if org is not None else set())
    places = list(doc.places_in(zs, ze))
    for s, e in lau.other_segments:
        if s >= ze or e <= zs:
            places += [p for p in doc.places_in(s, e) if p not in places]
    rule = lau.fields.get("commune_insee")
    if rule is not None and not any(p.start == rule.start for p in places):
        # (« Vierzon. Dans le hangar … »: the dateline the rules read the site from opens the paragraph, before the passage)
        places += [p for p in doc.places_in(rule.start, rule.end) if p.start == rule.start]
    seg_deps = {p.candidates[0] for p in places if p.kind == "department" and any(s <= p.start < e for s, e in segs)}
    for s, e in segs:
        for m in re.finditer(r"\((\d[0-9ab]|\d{3})\)", doc.text[s:e]):
            seg_deps.add(m.group(1).upper() if m.group(1)[1:].isalpha() else m.group(1))
    seg_regs = {p.candidates[0] for p in places if p.kind == "region" and any(s <= p.start < e for s, e in segs)}
    ctx_deps, ctx_regs = doc.context["departments"], doc.context["regions"]
    counts = {}
    for p in places:
        if p.kind == "commune":
            for r in p.candidates:
                counts[r.code] = counts.get(r.code, 0) + 1
    line_end = f.find("\n", org_pos)
    line_end = len(f) if line_end < 0 else line_end
    head_start = f.rfind("\n", 0, org_pos) + 1
    out = []
    for p in places:
        if p.kind != "commune" or lexicon.REGISTRY_COURT_LEFT.search(f, max(0, p.start - 45), p.start):
            continue  # (« RCS Bourges »: the registry's court)
        pops = sorted((r.population or 0 for r in p.candidates), reverse=True)
        x0 = {"kind:" + lau.kind: 1.0}
        in_seg = any(s <= p.start < e for s, e in segs)
        x0["in_seg" if in_seg else "out_seg"] = 1.0
        if org is not None and org.start <= p.start < org.end:
            x0["in_name"] = 1.0
        if head_start <= p.start < line_end:
            x0["name_line"] = 1.0
        if p.start < org_pos:
            x0["before_name"] = 1.0
        x0["dist:" + _bucket(abs(p.start - org_pos), (30, 80, 200, 500, 1500))] = 1.0
        lo, hi = sorted((org_pos, p.start))
        between = [q for q in doc.named[bisect.bisect_left(doc.named, lo):bisect.bisect_left(doc.named, hi)]
                   if q not in own and q != lo]
        x0["names_between:" + _bucket(len(between), (0, 1, 3))] = 1.0
        left, right = _words(f[max(0, p.start - 50):p.start]), _words(f[p.end:p.end + 30])
        for i, w in enumerate(reversed(left[-3:])):
            x0[f"l{i + 1}:{w}"] = 1.0
        for i, w in enumerate(right[:2]):
            x0[f"r{i + 1}:{w}"] = 1.0
        if _SITE_LEFT.search(f, max(0, p.start - 50), p.start):
            x0["site_left"] = 1.0
        if _SEAT_LEFT.search(f, max(0, p.start - 75), p.start):
            x0["seat_left"] = 1.0
        if doc.text[p.end:p.end + 2].startswith((" (", "(")):
            x0["paren_after"] = 1.0
        x0["readings:" + _bucket(len(p.candidates), (1, 2, 4))] = 1.0
        # « Allonnes (28) », « (Allonnes, 28) », « Allonnes (Eure-et-Loir) »: the département written next to the
        # name decides among homonyms, as in the rules
        next_dep = None
        dm = _DEP_NEXT.match(doc.text, p.end)
        if dm:
            next_dep = dm.group(1).upper()
        else:
            nxt = next((o for o in doc.places_in(p.end, p.end + 4) if o.kind == "department"), None)
            if nxt is not None:
                next_dep = nxt.candidates[0]
        readings = [r for r in p.candidates if next_dep is None or r.department == next_dep] or list(p.candidates)
        for r in readings:
            x = dict(x0)
            if next_dep is not None and r.department == next_dep:
                x["dep_next_to"] = 1.0
            if r.department in seg_deps:
                x["dep_in_seg"] = 1.0
            elif seg_deps:
                x["dep_other_in_seg"] = 1.0
            if r.department in ctx_deps[:1]:
                x["dep_dominant"] = 1.0
            elif r.department in ctx_deps:
                x["dep_in_text"] = 1.0
            if r.region in seg_regs or r.region in ctx_regs[:1]:
                x["reg_in_context"] = 1.0
            if len(p.candidates) > 1:
                x["pop_first" if (r.population or 0) == pops[0] else "pop_lower"] = 1.0
            x["pop:" + _bucket(r.population or 0, (500, 2000, 10000, 50000))] = 1.0
            if counts.get(r.code, 0) > 1:
                x["named_again"] = 1.0
            if rule is not None and rule.value == r.code:
                x["picked"] = 1.0
                x["rule_conf"] = rule.confidence
            out.append((CommuneItem(r, p.start, p.end), x))
    return out


def link(doc, laureates) -> None:
    """Fields investment, aid and jobs created of ``laureates`` chosen by the model (``doc.x.linking``)."""
    model = doc.x.linking
    if model is None:
        return
    if not laureates:
        if isinstance(model, LinkingCollector):
            model.documents.append((doc.source, [], {}))
        return
    from relocalisation.ingestion.press.extract import Value

    collected = []
    for lau, zone in zip(laureates, zones(doc, laureates)):
        skip = lau.kind == "table"  # a table row's cells are read by their column: nothing to link
        cands = {} if skip else candidates(doc, lau, zone)
        # (a cell or label that said « Autre – mécanique » leaves no sector to choose)
        cands["sector"] = [] if lau.no_sector else sector_candidates(doc, lau)
        if not skip:
            cands["commune_insee"] = commune_candidates(doc, lau, zone)
        if isinstance(model, LinkingCollector):
            collected.append((lau.get("organisation"), {
                "skip": skip, **{name: [(_value(q), x, bool(x.get("picked"))) for q, x in items]
                                 for name, items in cands.items()}}))
            continue
        scored = {name: [(fm.probability(x), (q.start, q.end), q, bool(x.get("picked"))) for q, x in items]
                  for name, items in cands.items() if (fm := model.models.get(name)) is not None and items}
        for name, choice in decide(model, scored, {name: lau.fields.get(name) is not None for name in FIELDS}).items():
            if name in lau.fixed:
                continue
            if name == "sector":
                if choice is None:
                    for key in ("sector", "sector_slug", "naf_division"):
                        lau.fields.pop(key, None)
                else:
                    p, item = choice
                    if item.slug != (lau.get("sector_slug")):
                        lau.fields.pop("naf_division", None)
                    conf = round(min(0.9, p), 2)
                    lau.fields["sector"] = Value(item.value, item.start, item.end, conf)
                    lau.fields["sector_slug"] = Value(item.slug, item.start, item.end, conf)
            elif name == "commune_insee":
                if choice is None:
                    lau.fields.pop("commune_insee", None)
                    lau.fields.pop("commune_name", None)
                else:
                    p, item = choice
                    conf, ref = round(min(0.9, p), 2), item.ref
                    lau.fields["commune_insee"] = Value(ref.code, item.start, item.end, conf)
                    lau.fields["commune_name"] = Value(ref.name, item.start, item.end, conf)
                    lau.fields["department_code"] = Value(ref.department, item.start, item.end, conf)
                    lau.fields["region_code"] = Value(ref.region, item.start, item.end, conf)
            elif choice is None:
                lau.fields.pop(name, None)
            else:
                p, q = choice
                if name in ("investment_eur", "aid_eur") and q.money and doc.borrowed_or_raised(q):
                    continue  # « X avait déjà levé 1,5 M€ auprès de business angels »: never a grant nor a cost
                lau.fields[name] = Value(q.int_value, q.start, q.end, round(min(0.9, p), 2))
        inv, aid = lau.fields.get("investment_eur"), lau.fields.get("aid_eur")
        if inv is not None and aid is not None and abs(inv.value - aid.value) <= 0.01 * inv.value:
            # « 9,4 M EUR » alone on the laureate's line of a box, its investment in the prose: no aid pays the
            # whole cost, so the same amount is the aid only where the words say so
            q = next((q for q in doc.quantities_in(aid.start, aid.end) if q.start == aid.start), None)
            if q is None or doc.money_role(q)[0] != "aid":
                lau.fields.pop("aid_eur")
    if isinstance(model, LinkingCollector):
        model.documents.append((doc.source, collected, {}))


_COUNT_NOUN = re.compile(r"\s+(?:\w+\s+){0,2}?(?:laureat\w*|projets?|entreprises?|dossiers?|beneficiaires?|pme|eti|"
                         r"sites?|industriels?|societes?)\b")
_NATIONAL = re.compile(r"\bnational\w*|\ben france\b|\bfrance relance\b|l\W+ensemble du territoire|\bpays\b")


def announcement_candidates(doc, laureates, announcement) -> dict:
    """{field: [(item, features)]} of the announcement: every amount and every count of laureates of the text."""
    from relocalisation.ingestion.press.extract import (
        _LOCAL_BUDGET, _RUNNING_TOTAL_LEFT, _SINCE_START, _enclosing, cumulative_total_row, plan_budget,
    )

    f = doc.folded
    covered = sorted(seg for lau in laureates for seg in [lau.segment, *lau.other_segments])
    n = len(laureates)
    sums = {}
    for name in ("investment_eur", "aid_eur"):
        values = [lau.get(name) for lau in laureates if lau.get(name) is not None]
        sums[name] = sum(values) if len(values) >= 2 else None
    own_values = {lau.get(name) for lau in laureates for name in ("investment_eur", "aid_eur")} - {None}
    money_values = sorted({q.int_value for q in doc.quantities if q.money and q.start < doc.own_end}, reverse=True)
    picked = {"announcement." + k: (v.start, v.end) for k, v in announcement.items() if v is not None}
    out = {name: [] for name in ANNOUNCEMENT_FIELDS}
    first_para_end = f.find("\n\n", f.find("\n\n") + 2) if "\n\n" in f else len(f)
    for q in doc.quantities:
        if q.start >= doc.own_end:
            break
        if q.money:
            fields = ("announcement.investment_eur", "announcement.aid_eur", "announcement.envelope_eur")
        elif 0 < q.int_value < 10_000 and q.value == int(q.value) and _COUNT_NOUN.match(f, q.end) and not doc.numbered_part(q):
            fields = ("announcement.new_laureates", "announcement.previous_laureates")
        else:
            continue
        if cumulative_total_row(doc.text, q.start) or any(a <= q.start < b for a, b in doc.aggregate_spans):
            continue  # « TOTAL lauréats (cumul 2020-2023) | … », « Ces chiffres agrègent … »: several waves' sum
        ss, se = _enclosing(doc.sentences, q.start)
        if _RUNNING_TOTAL_LEFT.search(f, max(0, q.start - 160), q.start):
            if not q.money:
                continue  # « Total (toutes vagues) : 58 lauréats »: no wave's count, nor the earlier waves'
            fields = ("announcement.envelope_eur",)
        # (« … désormais 532 projets pour 611 M€ d'aides, qui ont été retenus depuis septembre 2020 »: said after it too)
        if q.money and (_SINCE_START.search(f, ss, q.start) or (_SINCE_START.search(f, q.end, se)
                                                                and re.search(r"\b(?:desormais|au\s+total)\b", f[ss:q.start]))):
            fields = ("announcement.envelope_eur",)  # a running total since the plan began is not this wave's
        if q.money and plan_budget(f, max(ss, q.start - 80), q.start):
            fields = tuple(x for x in fields if x != "announcement.envelope_eur")  # the whole plan's budget
        if q.money and _LOCAL_BUDGET.search(f, ss, se):
            fields = tuple(x for x in fields if x != "announcement.envelope_eur")  # a town's budget
        x = {}
        x["covered" if any(s <= q.start < e for s, e in covered) else "outside"] = 1.0
        x["pos:" + ("lead" if q.start < first_para_end else _bucket(round(q.start / max(1, doc.own_end), 1), (0.2, 0.5, 0.8)))] = 1.0
        _context_words(x, f, q)
        if _AGGREGATE.search(f, ss, se):
            x["aggregate_sent"] = 1.0
        if re.search(r"\btotal", f[max(ss, q.start - 40):q.start]):
            x["total_left"] = 1.0
        if _NATIONAL.search(f, ss, se):
            x["national_sent"] = 1.0
        if q.approx:
            x["approx"] = 1.0
        if q.money:
            role, conf = doc.money_role(q)
            x["role:" + role] = 1.0
            x["role_conf"] = conf
            x["mag:" + _bucket(q.int_value, (999_999, 9_999_999, 99_999_999, 999_999_999))] = 1.0
            if money_values and q.int_value == money_values[0]:
                x["largest"] = 1.0
            if q.int_value in own_values:
                x["a_laureates_value"] = 1.0
            for name, total in sums.items():
                if total and abs(q.int_value - total) <= 0.02 * total:
                    x["sum_of:" + name] = 1.0
        else:
            if n and q.int_value == n:
                x["equals_found"] = 1.0
            elif n:
                x["vs_found:" + ("more" if q.int_value > n else "fewer")] = 1.0
            # (not the count's size: the synthetic sets rarely announce more than 100 laureates, real releases do)
        for name in fields:
            y = dict(x)
            if picked.get(name) == (q.start, q.end):
                y["picked"] = 1.0
            elif any(v == (q.start, q.end) for k, v in picked.items() if k != name):
                y["picked_other"] = 1.0
            out[name].append((q, y))
    return out


def same_scope(items: list, name: str) -> list:
    """Candidates of one announcement field (``(item, features, …)``) that may replace the rules' pick: a total
    investment or aid of the whole country (« Au total, le programme national a permis 900 M€ ») never replaces
    the release's own figure when the rules found one outside such a sentence; it may still fill an empty field.
    (Envelopes are national more often than not: left to the model.)"""
    if name not in ("announcement.investment_eur", "announcement.aid_eur"):
        return items
    rule = next((t for t in items if t[1].get("picked")), None)
    if rule is None or rule[1].get("national_sent"):
        return items
    return [t for t in items if t is rule or not t[1].get("national_sent")]


def link_announcement(doc, laureates, announcement: dict) -> None:
    """The announcement's totals and counts chosen by the model (``doc.x.linking``), in place."""
    model = doc.x.linking
    if model is None:
        return
    from relocalisation.ingestion.press.extract import Value

    from relocalisation.ingestion.press.extract import _enclosing

    cands = announcement_candidates(doc, laureates, announcement)
    if isinstance(model, LinkingCollector):
        if model.documents and model.documents[-1][0] == doc.source:
            model.documents[-1][2].update({name: [(q.int_value, x, bool(x.get("picked"))) for q, x in items]
                                           for name, items in cands.items()})
        return
    scored = {name: [(fm.probability(x), (q.start, q.end), q, bool(x.get("picked"))) for q, x in same_scope(items, name)]
              for name, items in cands.items() if (fm := model.models.get(name)) is not None and items}
    has = {name: announcement.get(name.split(".", 1)[1]) is not None for name in ANNOUNCEMENT_FIELDS}
    for name, choice in decide(model, scored, has).items():
        key = name.split(".", 1)[1]
        if choice is not None and key in ("investment_eur", "aid_eur") and any(
                lau.get(key) == choice[1].int_value for lau in laureates) \
                and not (_AGGREGATE.search(doc.folded, *(span := _enclosing(doc.sentences, choice[1].start)))
                         or _COUNTED.search(doc.folded, *span)):
            choice = None  # a laureate's own figure, in the lead or again, is no wave's total (as for the rules)
        if choice is None:
            announcement.pop(key, None)
        else:
            p, q = choice
            announcement[key] = Value(q.int_value, q.start, q.end, round(min(0.9, p), 2))
