"""Broad, phrasing-independent organisation candidates and their features (issue 6, learned classifier).

The rules of :mod:`.extract` recognise laureates by the shape of the sentence that names them; every new
article brings shapes they do not know. Here, *any* capitalised word run (and any spaCy ORG/MISC entity)
is a candidate, described by general cues around it — words left and right, punctuation, bullet or table
line, place or amount nearby, support cues in the sentence or paragraph, lexicons (institutions, places,
people), what the rules thought of it. :mod:`.classifier` scores these features with a small logistic
regression trained offline (``bench/train_press_classifier.py``).

No feature quotes a word of a given article: context words are kept only when written in lower case (common
French words), and the training script keeps only words seen in several training documents."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from relocalisation.ingestion.press import lexicon
from relocalisation.ingestion.press.places import fold, norm

# A run of capitalised words, linking words allowed inside (« Menuiserie de l'Atlantique », « Thiot Ingénierie »).
_CAP_WORD = r"[A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ0-9][\w&@+'’ʼ./-]*"
# (a run may follow an elided article, « l'usine d'Héraultronic »: its own source, so the models weigh it apart)
_CAP_RUN = re.compile(r"(?:(?<![\w&@+'’./-])|(?<=\b[dDlL]['’]))" + _CAP_WORD + r"(?:[ \t]{1,3}(?:de[ \t]la[ \t]|(?:de|des|du|la|le|et|&|pour|en)[ \t]{1,3}|de[ \t]l['’]|d['’]|l['’])?"
                      + _CAP_WORD + r"){0,6}")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[^\w\s]")
_SENTENCE_OPENERS = {"le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
                     "leurs", "il", "elle", "ils", "elles", "a", "au", "aux", "en", "dans", "pour", "par", "avec", "sur",
                     "apres", "avant", "depuis", "parmi", "selon", "grace", "lors", "chez", "entre", "outre", "enfin",
                     "ainsi", "puis", "ensuite", "aussi", "de", "du", "d", "et", "mais", "ou", "si", "c", "cest", "on",
                     "nous", "vous", "quant", "tous", "toutes", "plusieurs", "deux", "trois", "quatre", "cinq", "six",
                     "sept", "huit", "neuf", "dix", "basee", "base", "situee", "situe", "installee", "installe",
                     "implantee", "implante", "concernant", "notamment", "dont", "qui", "que"}
# Words written in capitals as a heading or a rubric (« FOCUS – … », « Divers : … »), never a company alone.
_HEADING_WORDS = {"focus", "zoom", "divers", "agenda", "actualite", "actualites", "sommaire", "edito", "editorial",
                  "encadre", "temoignage", "temoignages", "interview", "reportage", "industrie", "innovation",
                  "emploi", "economie", "entreprise", "entreprises", "repere", "reperes", "chiffre", "bilan",
                  "relance", "annonce", "communique", "breves", "breve", "info", "infos", "contact", "accueil"}
_COMPANY_WORDS = {"pme", "eti", "tpe", "pmi", "groupe", "societe", "entreprise", "laboratoire", "start-up", "startup",
                  "cooperative", "filiale", "site", "usine"}
_CUE = re.compile(r"laureat|retenue?s?\b|soutenue?s?\b|\bsoutien\b|beneficie|beneficiaires?\b|selectionne|subvention|"
                  r"\baides?\b|accompagne|finance|france relance|fonds|appel a projets|investi|relocalis")
_STRONG_CUE = re.compile(r"laureat|retenue?s?\b|selectionnee?s?\b|beneficiaires?\b|soutenue?s?\b")
_JOBS = re.compile(r"\bemplois?\b|\bpostes\b|recrut\w+|embauch\w+")
_COMPANY_NOUN_BEFORE = re.compile(r"(?:societe|entreprise|start-?up|startup|pme|pmi|eti|tpe|groupe|laboratoire|fonderie|"
                                  r"usine|filiale|cooperative|fabricant|industriel|sous-traitant|equipementier|specialiste|"
                                  r"concepteur|producteur|leader|maison|manufacture|firme|atelier|menuiserie|biotech|"
                                  r"jeune pousse|site)s?\s+(?:[a-z-]+\s+){0,3}$")
_COMPANY_NOUN_AFTER = re.compile(r"\s*,?\s*(?:une?\s+|l\W\s*|la\s+|le\s+)?(?:autre\s+|jeune\s+)?(?:societe|entreprise|"
                                 r"start-?up|pme|pmi|eti|tpe|groupe|laboratoire|fabricant|industriel|specialiste|"
                                 r"concepteur|conceptrice|producteur|leader|filiale|sous-traitant|equipementier)\b")
_LEGAL_AFTER = re.compile(r",?[ \t]*(?:SAS|SA|SARL|SASU|EURL|SNC|SCOP|SCA|S\.A\.S\.?|S\.A\.)(?![\w])")
_PERSON_BEFORE = re.compile(r"(?:\bm\.|\bmme|\bmonsieur|\bmadame|prefete?|ministre|president\w*|directeur|directrice|"
                            r"dirigeant\w*|maire|depute\w*|senat\w*|gerant\w*|fondat\w+|\bpdg|responsable|"
                            r"(?:dirige|fonde|preside|gere)e?s?\s+par)\s+(?:de\s+\w+\s+)?$")
_PERSON_AFTER = re.compile(r"\s*,\s*(?:le\s+|la\s+|son\s+|sa\s+)?(?:prefet|prefete|sous-prefet|ministre|president|presidente|"
                           r"directeur|directrice|dirigeant|dirigeante|maire|depute|deputee|senateur|gerant|gerante|"
                           r"fondateur|fondatrice|pdg|responsable|secretaire|vice|charge)")
_PROGRAMME_BEFORE = re.compile(r"(?:fonds|appel\s+a\s+projets|programme|dispositif|plan|volet|operation|label|aap|ami)\s*$")
_VERB_AFTER = re.compile(r"\s+(?:va|vont|a|ont|est|sont|investit|investira|investissent|beneficie|beneficient|recoit|"
                         r"recevra|obtient|prevoit|prevoient|lance|cree|creera|developpe|modernise|construit|relocalise|"
                         r"produit|fabrique|concoit|compte|emploie|souhaite|entend|doit|peut|agrandit|installe|ouvre)\b")
_PARENT_NAME = re.compile(r"(?:filiale|membre)\s+(?:du|d['’]un)\s+groupe\s+(?:[a-zéèêàâîôûç-]+\s+){0,2}(" + _CAP_WORD
                          + r"(?:[ \t]" + _CAP_WORD + r"){0,3})|\b(?:du|au)\s+groupe\s+(?:[a-zéèêàâîôûç-]+\s+){0,2}("
                          + _CAP_WORD + r"(?:[ \t]" + _CAP_WORD + r"){0,3})")
ADVISOR_AFTER = re.compile(r"\s*,\s*(?:(?:le|un|son|notre)\s+(?:cabinet|consultant|bureau\s+d\W*etudes|conseil|"
                           r"prestataire|partenaire|client|fournisseur|media|journal|magazine|"
                           # « X, le site d'information … » is a medium; « X, le site de Rumilly » is the laureate's plant
                           r"site\s+(?:d\W*information|d\W*actualite|internet|web|specialise))|"
                           # « Provence Éco Développement, agence d'attractivité … »: the agency that writes or helps
                           r"(?:l\W\s*|une\s+|notre\s+)?agence\s+(?:d\W\s*attractivite|de\s+developpement|regionale|economique|"
                           r"departementale))\b|"
                           r"\s*,\s*(?:(?:son|l\W?)\s*)?(?:actionnaire|proprietaire|maison\s+mere)\b|"  # a shareholder or owner
                           # « Quant à Castmetal Iberia, concurrent espagnol de la Fonderie X, … »: a competitor
                           r"\s*,\s*(?:(?:le|un|son|leur|notre)\s+)?(?:principal\s+|grand\s+|rival\s+)?concurrente?s?\b|"
                           # « Breizh Capital Croissance est un fonds d'investissement régional »: an investor or a bank
                           r"\s+est\s+(?:un|une|le|la)\s+(?:fonds\s+d\W?\s*investissement|societe\s+de\s+(?:gestion|capital)|"
                           r"banque|cabinet|investisseur)\b")
_TABLE_LINE = re.compile(r"\|")
_BULLET = re.compile(r"[ \t]*" + lexicon.BULLET_MARK + r"[ \t]*")
_MONTHS = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
           "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
FIRST_NAMES = lexicon.FIRST_NAMES
_PUBLIC = {"etat", "prefet", "prefete", "prefecture", "ministre", "ministere", "gouvernement", "bpifrance", "region",
           "regional", "regionale", "departemental", "departement", "president", "presidente", "relance", "agence",
           "conseil", "republique", "commission", "europeenne", "collectivite", "mairie", "maire", "dreets", "direccte",
           "ademe", "cci", "senat", "assemblee", "ville", "metropole", "agglomeration", "communaute", "syndicat",
           "association", "chambre", "fonds", "plan", "programme", "appel", "dispositif", "france", "europe",
           "territoires", "industrie", "banque", "caisse", "universite", "ecole", "institut", "pole", "cluster"}


_SECTORS = {norm(v) for v in lexicon.SECTOR_NAMES.values()}


@dataclass
class Candidate:
    name: str
    start: int
    end: int
    sources: set = field(default_factory=set)  # "cap", "spacy:ORG", …
    features: dict = field(default_factory=dict)
    rule: object = None  # the rule header with the same name span, if any
    score: float = 0.0


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def generate(doc, ents=None) -> list[Candidate]:
    """Capitalised runs (with a leading sentence word or company noun removed, split on « et »), plus spaCy
    ORG/MISC entities. ``ents``: [(label, start, end)] over the whole text, or None."""
    from relocalisation.ingestion.press.extract import clean_org

    t = doc.text
    out: dict[tuple[int, int], Candidate] = {}

    def add(raw_start, raw_end, source):
        raw = t[raw_start:raw_end]
        org = clean_org(raw, raw_start)
        if not org:
            return
        name, s, e = org
        if len(name) < 2 or not re.search(r"[A-Za-zÀ-ÿ]{2}", name):
            return
        c = out.get((s, e))
        if c is None:
            c = out[(s, e)] = Candidate(name, s, e)
        c.sources.add(source)

    for m in _CAP_RUN.finditer(t):
        s, e = m.start(), m.end()
        stop = re.search(r"[^\W\d_]{2,}\.\s", t[s:e])  # « Lisieux. Cette PME »: a sentence ends inside the run
        if stop:
            e = s + stop.end() - 2
        words = list(re.finditer(r"\S+", t[s:e]))
        add(s, e, "cap_elided" if s and t[s - 1] in "'’" else "cap")
        # « Pour Dupont », « Ces entreprises »: a capitalised sentence word in front is not the name.
        first = fold(words[0].group(0)).rstrip("'’")
        if len(words) > 1 and (first in _SENTENCE_OPENERS or norm(words[0].group(0)) in _SENTENCE_OPENERS
                               or first in _COMPANY_WORDS or re.fullmatch(r"\d{1,2}[.)°]?", first)
                               # « 5G. Radiante Systèmes, PME … »: a run-in heading ends with its full stop
                               or re.fullmatch(r"\d+G\.", words[0].group(0))):
            add(s + words[1].start(), e, "cap_tail")
        if " et " in t[s:e]:
            pos = s
            for part in re.split(r"(\s+et\s+)", t[s:e]):
                if part.strip() and not re.fullmatch(r"\s+et\s+", part):
                    add(pos, pos + len(part), "cap_split")
                pos += len(part)
        # « Dupont de Montbrison », « Vetoquinol en Haute-Saône »: the place at the end of the run is not the name.
        for p in doc.places_in(s + 1, e + 1):
            if p.end >= e - 1:
                mm = re.search(r"\s+(?:de|d['’]|du|des|en|la|le)\s*$", t[s:p.start])
                if mm and mm.start() > 0:
                    add(s, s + mm.start(), "cap_cut")
    for label, s, e in ents or []:
        if label in ("ORG", "MISC", "PER"):
            add(s, e, "spacy:" + label)
    return sorted(out.values(), key=lambda c: (c.start, c.end))


def _bucket(n: int, edges=(1, 2, 3, 5, 8)) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return "more"


def features(doc, cands: list[Candidate], headers) -> None:
    """Fill ``c.features`` (name → float) for each candidate. ``headers``: the rules' headers."""
    t, f = doc.text, doc.folded
    by_span = {(h.org.start, h.org.end): h for h in headers}
    rule_spans = sorted((h.org.start, h.org.end) for h in headers)
    rule_keys = {norm(h.org.value) for h in headers}
    # How often each name occurs in the text (a laureate is often named again).
    keys = [norm(c.name) for c in cands]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    starts = [c.start for c in cands]
    # Names written somewhere as a parent (« filiale du groupe X », « du groupe X »): not the laureate.
    parents = {norm(m.group(1)) for m in _PARENT_NAME.finditer(t) if m.group(1)}
    groups = {norm(m.group(2)) for m in _PARENT_NAME.finditer(t) if m.group(2)}
    paras = [m.end() for m in re.finditer(r"\n[ \t]*\n", t)]
    cue_cache: dict[tuple[int, int], tuple] = {}

    def span_cues(a, b):
        """(jobs, strong cue, cue) in f[a:b], once per span: sentences and paragraphs are shared by candidates."""
        hit = cue_cache.get((a, b))
        if hit is None:
            hit = cue_cache[(a, b)] = (bool(_JOBS.search(f, a, b)), bool(_STRONG_CUE.search(f, a, b)),
                                       bool(_CUE.search(f, a, b)))
        return hit

    lower_words = {w for w in re.findall(r"[^\W\d_]+", t) if w.islower()}  # no per-name regex: re's cache is shared
    first_line_end = t.find("\n")
    for c, key in zip(cands, keys):
        x = c.features
        x["bias"] = 1.0
        s, e, name = c.start, c.end, c.name
        words = key.split()
        for src in c.sources:
            x["src:" + src] = 1.0
        if len(c.sources) > 1:
            x["src:several"] = 1.0
        # What the rules said
        h = by_span.get((s, e))
        c.rule = h
        if h is not None:
            x["rule"] = 1.0
            x["rule_conf"] = h.org.confidence
            x["rule_kind:" + h.kind] = 1.0
        else:
            i = bisect.bisect_right(rule_spans, (e, float("inf")))
            if any(rs < e and s < re_ for rs, re_ in rule_spans[max(0, i - 3):i]):
                x["rule_overlap"] = 1.0
            if key in rule_keys:
                x["rule_same_name"] = 1.0
        # Shape of the name
        x["nwords:" + _bucket(len(words), (1, 2, 3, 4))] = 1.0
        letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", name)
        if letters.isupper() and len(letters) >= 2:
            x["shape:allcaps"] = 1.0
        elif re.search(r"[a-zà-ÿ][A-ZÀ-Ý]", name):
            x["shape:camel"] = 1.0
        if re.search(r"\d", name):
            x["shape:digit"] = 1.0
        if re.search(r"[&+]", name):
            x["shape:amp"] = 1.0
        if "-" in name:
            x["shape:hyphen"] = 1.0
        if len(words) == 1 and name.lower() in lower_words and not letters.isupper():
            x["shape:common_word"] = 1.0  # « Divers », « Focus »: the same word written in lower case elsewhere
        if len(letters) <= 3:
            x["shape:short"] = 1.0
        if _LEGAL_AFTER.match(t, e) or re.search(r"\b(?:SAS|SARL|SA|SASU|EURL|SCOP)\b", name):
            x["legal_form"] = 1.0
        # Lexicons
        if key in lexicon.INSTITUTIONS or any(w in _PUBLIC for w in words):
            x["lex:public"] = 1.0
        if words and words[0] in lexicon.LABEL_WORDS:
            x["lex:label_word"] = 1.0
        if any(w in _MONTHS for w in words):
            x["lex:month"] = 1.0
        if key in doc.gaz.department_names or key in doc.gaz.region_names:
            x["lex:dep_or_region"] = 1.0
        elif key in doc.gaz.communes:
            x["lex:commune"] = 1.0
        communes = doc.gaz.communes
        if not x.get("lex:commune") and not x.get("lex:dep_or_region") and (
                any(a + " " + key in communes for a in ("la", "le", "les", "l"))
                or ("-" in name and any(norm(part) in communes for part in name.split("-") if len(part) > 3))):
            x["lex:place_like"] = 1.0  # « Bazoche-Gouet » (La Bazoche-Gouet), « Béthune-Bruay »: a place's shape
        places = doc.places_in(s, e)
        if places and not x.get("lex:commune") and not x.get("lex:dep_or_region"):
            x["lex:contains_place"] = 1.0
            if places[0].start == s:
                x["lex:starts_with_place"] = 1.0
        if places and places[-1].end >= e - 1 and places[-1].start > s:
            x["lex:ends_with_place"] = 1.0  # « Dupont de Montbrison »: maybe a name, maybe a name and its place
        if key in _SECTORS:
            x["lex:sector"] = 1.0
        if words and fold(words[-1]) in lexicon.LABEL_WORDS:
            x["lex:label_word_last"] = 1.0
        if words and (words[0] in FIRST_NAMES or words[0].split("-")[0] in FIRST_NAMES) and len(words) >= 2:
            x["lex:first_name"] = 1.0
        if key in parents:
            x["parent_elsewhere"] = 1.0
        elif key in groups:
            x["group_elsewhere"] = 1.0  # « du groupe X »: a parent, or the laureate's own group
        if len(words) == 1 and (key in _SENTENCE_OPENERS or key in _COMPANY_WORDS or key in lexicon.LABEL_WORDS
                                or key in _HEADING_WORDS):
            x["lex:common_opener"] = 1.0  # « Basée à Crolles, X … », « Entreprise | Commune »
        if len(words) == 1 and not letters.isupper() and re.search(r"(?:tion|sion|ment|isme|ite|ites|ions)$", key):
            x["shape:abstract_noun"] = 1.0  # « Relocalisation : … »
        if ADVISOR_AFTER.match(f, e):
            x["advisor_after"] = 1.0  # « X, le cabinet mandaté par l'État »
        if _PERSON_BEFORE.search(f, max(0, s - 40), s) or _PERSON_AFTER.match(f, e):
            x["person_title"] = 1.0
        if "spacy:PER" in c.sources:
            x["spacy:per_any"] = 1.0
        if c.sources == {"spacy:PER"} or ("spacy:PER" in c.sources and not any(k.startswith("spacy:O") for k in c.sources)):
            x["spacy_per"] = 1.0
        n = counts[key]
        x["count:" + _bucket(n, (1, 2, 3))] = 1.0
        # Position: sentence, line, paragraph
        ss, se = _enclosing(doc.sentences, s)
        ls = t.rfind("\n", 0, s) + 1
        le = t.find("\n", e)
        le = len(t) if le < 0 else le
        line = t[ls:le]
        bm = _BULLET.match(t, ls)
        bullet = bool(bm and bm.group(0).strip())
        before_line = t[(bm.end() if bm else ls):s]
        if bullet:
            x["line:bullet"] = 1.0
        if _TABLE_LINE.search(line):
            x["line:table"] = 1.0
        if not before_line.strip():
            x["line:initial"] = 1.0
        if len(line.strip()) <= 80 and not line.rstrip().endswith((".", ";", ",")):
            x["line:short"] = 1.0
        if line.rstrip().endswith(":"):
            x["line:ends_colon"] = 1.0
        if not t[le:].strip() and line.count("(") > line.count(")"):
            x["line:cut"] = 1.0  # « • ARMOR CHIMIE (ACF LAB»: the extract stops in the middle of the item
        if s < first_line_end or first_line_end < 0:
            x["line:title"] = 1.0
        if not f[ss:s].strip(" \t\n-–—•●▪*·"):
            x["sent:initial"] = 1.0
        x["sent:pos"] = round(min(1.0, (s - ss) / max(1, se - ss)), 2)
        pi = bisect.bisect_right(paras, s) - 1
        ps = paras[pi] if pi >= 0 else 0
        pe_i = bisect.bisect_right(paras, s)
        pe = paras[pe_i] if pe_i < len(paras) else len(t)
        prev_ps = paras[pi - 1] if pi >= 1 else 0
        if not f[ps:s].strip(" \t\n-–—•●▪*·"):
            x["para:initial"] = 1.0
        # Inside brackets or quotes
        op, cl = t.rfind("(", ss, s), t.rfind(")", ss, s)
        if op > cl:
            x["in_parens"] = 1.0
        # Between quotes that open and close close by (a long quotation is a speech, not a title).
        for oq, cq in (("«", "»"), ("“", "”")):
            qo, qc = t.rfind(oq, max(ss, s - 60), s), t.find(cq, e, min(se, e + 60))
            if qo >= 0 and qc >= 0 and cq not in t[qo:s] and oq not in t[e:qc]:
                x["in_quotes"] = 1.0
        # Punctuation around
        left = t[max(ss, s - 3):s].rstrip(" \t")
        right = t[e:min(len(t), e + 3)].lstrip(" \t")
        x["lp:" + (left[-1:] if left and not left[-1:].isalnum() else ("w" if left else "^"))] = 1.0
        x["rp:" + (right[:1] if right and not right[:1].isalnum() else ("w" if right else "$"))] = 1.0
        # Context words (lower case only, folded): two on each side, and bags in a window of six.
        lw = [w for w in _words(f[max(ss, s - 80):s])][-6:]
        rw = [w for w in _words(f[e:min(se, e + 80)])][:6]
        lraw = _words(t[max(ss, s - 80):s])[-6:]
        rraw = _words(t[e:min(se, e + 80)])[:6]
        for i, (w, raw) in enumerate(zip(reversed(lw), reversed(lraw))):
            if raw.islower() and raw.isalpha():
                if i < 2:
                    x[f"l{i + 1}:{w}"] = 1.0
                x["lw:" + w] = 1.0
        for i, (w, raw) in enumerate(zip(rw, rraw)):
            if raw.islower() and raw.isalpha():
                if i < 2:
                    x[f"r{i + 1}:{w}"] = 1.0
                x["rw:" + w] = 1.0
        # Cues around
        if _COMPANY_NOUN_BEFORE.search(f, max(0, s - 50), s):
            x["company_noun_before"] = 1.0
        if _COMPANY_NOUN_AFTER.match(f, e):
            x["company_noun_after"] = 1.0
        if _PROGRAMME_BEFORE.search(f, max(0, s - 30), s):
            x["programme_before"] = 1.0
        if re.search(r"(?:\bdu|\bau|d\W+un|\bdes)\s+groupes?(?:\s+[a-z-]+){0,2}\s+$", f[max(0, s - 50):s]):
            x["parent_before"] = 1.0
        if _VERB_AFTER.match(f, e):
            x["verb_after"] = 1.0
        after = f[e:e + 50]
        if re.match(r"\s*(?:,\s*)?(?:(?:basee?|situee?|installee?|implantee?)\s+)?(?:a|au|en)\s+[a-z]", after) and \
                any(p.start <= e + 40 for p in doc.places_in(e, e + 50)):
            x["place_after:a"] = 1.0
        if re.match(r"\s*\(", t[e:e + 3]):
            inside = t[e:t.find(")", e) + 1] if t.find(")", e) > 0 else ""
            if doc.places_in(e, e + len(inside)) or re.search(r"\(\s*\d{2,3}\b|\(\s*2[AB]\b", inside):
                x["place_after:paren"] = 1.0
            elif inside and len(inside) < 60:
                x["paren_after"] = 1.0
        if re.match(r"\s*[–—-]\s*[A-ZÀ-Ý]", t[e:e + 5]) and doc.places_in(e, e + 40):
            x["place_after:dash"] = 1.0
        if doc.places_in(max(ss, s - 60), s):
            x["place_before_sent"] = 1.0
        if doc.places_in(ss, se):
            x["place_in_sent"] = 1.0
        qs = doc.quantities_in(ss, se)
        if any(q.money for q in qs):
            x["money_in_sent"] = 1.0
        if any(q.money for q in doc.quantities_in(ls, le)):
            x["money_in_line"] = 1.0
        if any(q.money for q in doc.quantities_in(e, min(len(t), e + 120))):
            x["money_after"] = 1.0
        for name_, hit in zip(("jobs_in_sent", "cue:strong_sent", "cue:sent"), span_cues(ss, se)):
            if hit:
                x[name_] = 1.0
        if span_cues(ps, pe)[2]:
            x["cue:para"] = 1.0
        if pi >= 0 and span_cues(prev_ps, ps)[2]:
            x["cue:prev_para"] = 1.0
        # The next paragraph only (« Cette entreprise … est lauréate »), not a later one about other companies.
        next_pe = paras[pe_i + 1] if pe_i + 1 < len(paras) else len(t)
        if span_cues(pe, min(next_pe, pe + 400))[1]:
            x["cue:next_para"] = 1.0
        # Lists: the previous non-empty line ends with « : » (an introduced list), separators around
        prev_line_end = t.rfind("\n", 0, ls - 1) if ls > 0 else -1
        prev_line = t[prev_line_end + 1:max(0, ls - 1)].strip()
        if prev_line.endswith(":"):
            x["list:after_colon_line"] = 1.0
        if re.search(r"(?:,|\bet|;|:|\bainsi que|\bou encore|\boutre)\s*$", f[max(ss, s - 15):s]):
            x["list:sep_before"] = 1.0
        if re.match(r"\s*(?:,|\bet\b|;|\.)", f[e:e + 5]):
            x["list:sep_after"] = 1.0
        if x.get("list:sep_before") and re.match(r"\s*(?:,|\bet\b|;)", f[e:e + 5]):
            x["list:middle"] = 1.0
        neighbours = (bisect.bisect_left(starts, se) - bisect.bisect_left(starts, ss)
                      - (bisect.bisect_right(starts, s) - bisect.bisect_left(starts, s)))
        x["sent:caps:" + _bucket(neighbours, (0, 1, 3, 6))] = 1.0
    _siblings(doc, cands)


def _siblings(doc, cands):
    """How many other names of the same sentence look like listed companies (a place or a bracket after them):
    an enumeration of laureates names them all alike."""
    by_sentence: dict[tuple, list] = {}
    for c in cands:
        by_sentence.setdefault(_enclosing(doc.sentences, c.start), []).append(c)
    for group in by_sentence.values():
        placed = sum(1 for c in group if c.features.get("place_after:a") or c.features.get("place_after:paren")
                     or c.features.get("place_after:dash"))
        for c in group:
            own = 1 if (c.features.get("place_after:a") or c.features.get("place_after:paren")
                        or c.features.get("place_after:dash")) else 0
            c.features["siblings_placed:" + _bucket(placed - own, (0, 1, 3))] = 1.0


def _enclosing(spans, pos):
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return pos, pos + 1
