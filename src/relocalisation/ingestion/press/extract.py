"""Extraction of an announcement and its laureates from a French text.

Pipeline (rules + gazetteers; spaCy only where it helps, see :mod:`.nlp`):
1. laureate *headers* are found: bullet items « - Nom : … », « Le projet « X » porté par Y – Commune (44) »,
   label lines « Entreprise : Y », prose introductions « la société Y, basée à … », table rows, and
   sentences whose subject (a spaCy ORG entity) « a été retenue » / « est lauréate »;
2. each header opens a *segment* that runs to the next header (or to the end of its paragraph);
3. inside a segment, rules read the project, place, sector, amounts (with their role: investment,
   aid, envelope, revenue), jobs, size class and parent group; outside segments, the announcement
   figures are read the same way.
Every value keeps the span of the words it came from (``evidence``) and a confidence in [0, 1]."""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field


from relocalisation.ingestion.press import lexicon
from relocalisation.ingestion.press.candidates import ADVISOR_AFTER
from relocalisation.ingestion.press.numbers import Quantity, find_quantities
from relocalisation.ingestion.press.places import (
    DEPT_CODE_RE, Gazetteer, PlaceMention, choose, default_gazetteer, fold, is_ambiguous_name, norm,
)

Q_OPEN = "«“\"„"
Q_CLOSE = "»”\""
APOS = "'’ʼ"
BULLET_RE = re.compile(r"^[ \t]*" + lexicon.BULLET_MARK + r"[ \t]*", re.MULTILINE)
NAME_CHARS = r"[\w&@.+'’ʼ/()-]"
# A capitalised name: « Seqens », « ASF 4.0 », « Groupe Dupont & Fils », « BioWest », « 3D Plast ».
# Linking words may be elided (« Menuiserie de l'Atlantique », « Moulins d'Auvergne »).
# (connectors of a name in capitals, « LAINES ET FEUTRES DE LA MONTAGNE NOIRE », do not count as words either)
# (Corsican and Italian links too: « Biscotteria di a Casinca », « Salumeria di u Nebbiu », « Pasta della Valle »)
CAPNAME = (r"(?:[A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ0-9][\w&@+'’ʼ./-]*)(?:[ \t](?:de[ \t]la[ \t]|DE[ \t]LA[ \t]|di[ \t][au][ \t]|di[ \t]|della[ \t]|(?:de|des|du|la|le|et|and|&|pour|en|DE|DES|DU|ET)[ \t]|de[ \t]l['’]|DE[ \t]L['’]|et[ \t]d['’]|ET[ \t]D['’]|d['’]|D['’]|l['’])?"
           r"(?:[A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ0-9][\w&@+'’ʼ./-]*)){0,5}")
MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
          "novembre", "decembre"]


@dataclass
class Value:
    value: object
    start: int
    end: int
    confidence: float


@dataclass
class Header:
    start: int  # where the segment starts
    org: Value
    kind: str
    project: Value | None = None
    place_hint: tuple | None = None  # (start, end) of a place phrase given in the header
    end_of_header: int = 0
    columns: dict | None = None  # table rows: column index → folded header text
    sector_hint: tuple | None = None  # (start, end) of words in the header that name the sector (« (29, IAA) »)
    dep_hint: tuple | None = None  # (code, start, end): « Dans le Loiret, sont retenues X, Y… » names the département
    cell_sep: str = "|"  # table rows: the separator of their cells
    cells: list | None = None  # rows of a space-aligned table: [(column label, text, start, end)], text merged over lines
    story: bool = False  # the company a whole story is about: its passage runs to the next header


@dataclass
class Laureate:
    fields: dict = field(default_factory=dict)  # name → Value
    segment: tuple = (0, 0)
    other_segments: list = field(default_factory=list)  # segments of later mentions merged into this one
    kind: str = ""
    # a sector cell or label said the activity is outside the critical sectors (« Autre – mécanique »)
    no_sector: bool = False
    # fields a rule read whole where no single figure holds them (« 936 000 € de subvention et 312 000 € d'avance »):
    # the learned linking, which picks one figure, leaves them
    fixed: set = field(default_factory=set)

    def get(self, name):
        v = self.fields.get(name)
        return v.value if v else None

    def to_dict(self) -> dict:
        out = {name: self.get(name) for name in LAUREATE_FIELDS}
        out["evidence"] = {k: [v.start, v.end] for k, v in self.fields.items() if v.value is not None}
        out["confidence"] = {k: round(v.confidence, 2) for k, v in self.fields.items() if v.value is not None}
        out["segment"] = list(self.segment)
        return out


LAUREATE_FIELDS = ["organisation", "project", "commune_insee", "commune_name", "department_code", "region_code",
                   "sector", "naf_division", "investment_eur", "aid_eur", "jobs_created", "jobs_kept",
                   "size_class", "parent_group"]
ANNOUNCEMENT_FIELDS = ["programme", "date", "date_text", "new_laureates", "laureates_in_scope", "investment_eur",
                       "aid_eur", "envelope_eur", "previous_laureates", "department_code", "region_code"]


@dataclass
class Extraction:
    source: str
    text_length: int
    announcement: dict
    laureates: list
    error: str = ""

    def to_dict(self) -> dict:
        ann = {name: (self.announcement[name].value if name in self.announcement else None)
               for name in ANNOUNCEMENT_FIELDS}
        ann["evidence"] = {k: [v.start, v.end] for k, v in self.announcement.items() if v.value is not None}
        ann["confidence"] = {k: round(v.confidence, 2) for k, v in self.announcement.items() if v.value is not None}
        out = {"source": self.source, "announcement": ann, "laureates": [lau.to_dict() for lau in self.laureates]}
        if self.error:
            out["error"] = self.error
        return out




# --------------------------------------------------------------------------------------------------
# Sentences and paragraphs
# --------------------------------------------------------------------------------------------------
_KEY_VALUE = re.compile(r"(?m)^(?<=[ \t]{0})([a-z][a-z0-9_]{1,40})=(?=\S)")
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]")
_DOT_LEADER = re.compile(r"(?<=[^\s.…])[ \t]*(?:[.…][ \t]?){4,}[ \t]*(?=\S)")
_GRANT_MAXIMUM_LEFT = re.compile(r"(?:subvention|aide|avance\s+remboursable)\s+(?:\w+\s+){0,2}d\W*un\s+montant\s+"
                                 r"(?:maximum|maximal|plafonne)\s+(?:de\s+|d\W*)$")
_WHOLE_OF_PART = re.compile(r"[\s)]*,?\s*dont\s+(?:environ\s+|pres\s+de\s+|plus\s+de\s+)?(?=\d)")
# the part after « dont »: an amount, then words that make it the aid (« 900 000 € de l'État », « … d'aide publique »)
_AID_OF_PART = re.compile(r"[\d\s.,]+(?:millions?|milliards?|md\s*e|[mk]\s*e|e|eur|euros?)?\b\s*(?:d\W*euros\s*)?"  # (folded: € → e)
                          r"(?:de\s+l\W*etat|de\s+la\s+region|d\W*aides?|de\s+subventions?|(?:sont\s+)?(?:finance|apporte|pris\s+en\s+charge)\w*\s+par)")
_ONE_LINE_FICHE = re.compile(r"^[ \t]*[A-ZÀ-Ý][^|\n:]{1,40}:[^|\n]*(?:\|[ \t]*[A-ZÀ-Ýa-zà-ÿ][^|\n:]{1,40}:[^|\n]*){2,}$", re.MULTILINE)
_MARKUP = re.compile(r"\*\*|__|~~|\[\^\d{1,3}\]")
_WIKI_PIPED_LINK = re.compile(r"\[\[[^\]|\n]*\|(?=[^\]\n]*\]\])")
_WIKI_TABLE_FRAME = re.compile(r"(?m)^(?:\{\||\|\}|\|-|\|\+)[^\n]*$")
_CAMEL_HASHTAG = re.compile(r"(?<![\w&])#([A-ZÀ-Ý][a-zà-ÿ]+)([A-ZÀ-Ý][a-zà-ÿ]+)\b")
_TEXT_MARKS = re.compile(r"(?<![\w_])__|__(?![\w_])|(?m:^[ \t]*\d{1,2}/\d{1,2}(?=[ \t]))|\[\[|\]\]|"
                         r"<ref\b[^<>\n]{0,80}/>|<ref\b[^<>\n]{0,80}>[^<\n]{0,300}</ref>|"  # wiki links and references
                         r"(?<![\w&])#(?=[A-ZÀ-Ýa-zà-ÿ])|\d?\uFE0F?\u20E3|[\U0001F300-\U0001FAFF\uFE0F\u200D]")  # (dingbats are bullets)
# a lower-case word, then an opening bracket (« sous-traitants en électronique ( », not « Micromécanique ( »)
_LOWER_WORD_PAREN = re.compile(r"(?<![\w-])[a-zà-ÿ][a-zà-ÿ-]{2,}\s*\(\s*$")
# A name in bold inside a sentence (after a word and a space): « porté par **Vosgienne de Fibres Techniques** (VFT) »
_INLINE_BOLD = re.compile(r"(?<=[\w,;'’»)] )\*\*(?=[A-ZÀ-Ý0-9«])([^*\n]{1,80}?)\*\*(?=[\s,.;:)»]|$)")
# « **Site :** Laval », « **Aide** : 300 k€ »: the emphasis of a label (elsewhere, « **Grand Est.** » keeps its marks in
# the text, which bound its sentence as before)
_LABEL_EMPHASIS = re.compile(r"\*\*(?=[^*\n]{1,40}?(?::[ \t]*\*\*|\*\*[ \t]*:))|(?<=:)[ \t]*\*\*|(?<=[^*\s])\*\*(?=[ \t]*:)")
_SENT_END = re.compile(r"(?<=[.!?…])(?<!\.\.\.\.)[\"»”)]?\s+(?=[«\"“(]?[A-ZÀÂÉÈÊÎÔÙÛÇ0-9-•])|\n[ \t]*\n|\n(?=[ \t]*(?:[-–—•●▪*]|\d{1,2}[.)]|[a-h]\))\s)"
                       r"|\n(?=[^\n]{0,120}?(?:\.{4}|…{2}|[ \t]:[ \t]{3,}\S))"  # a line with dot leaders (« X ....... 180 000 € ») is an item
                       r"|(?<=:)[ \t]*\n")
_PARA_END = re.compile(r"\n[ \t]*\n")
_LINE_END = re.compile(r"\n(?:[ \t]*\n)*")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    spans, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _enclosing(spans, pos):
    """The (start, end) span of ``spans`` (sorted, disjoint) that contains ``pos`` — binary search."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return pos, pos


def _within(items, starts, s, e):
    """Items whose start is in [s, e), given their sorted start positions."""
    return items[bisect.bisect_left(starts, s):bisect.bisect_left(starts, e)]


# --------------------------------------------------------------------------------------------------
# Organisation names
# --------------------------------------------------------------------------------------------------
# « la société X », « l'entreprise X », « société X » → X; but « Société Générale » keeps its name.
# « la PME Petites et moyennes entreprises X »: a web page that spells out the abbreviation (<abbr title>).
ABBR_SPELLED = (r"(?:\s+(?:[Pp]etites\s+et\s+moyennes\s+(?:entreprises|industries)|[Tt]rès\s+petites\s+entreprises|"
                r"[Ee]ntreprises?\s+de\s+taille\s+intermédiaire))?")
_LEADING = re.compile(r"^(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Uu]ne?)\s*(?:soci[ée]t[ée]|entreprise|start-?up|startup|(?:PME|PMI|ETI|TPE)" + ABBR_SPELLED + r"|"
                      r"groupe|jeune\s+pousse|coopérative|laboratoire|biotech)|(?:soci[ée]t[ée]|entreprise|start-?up|startup|"
                      r"groupe|jeune\s+pousse|coopérative|laboratoire|biotech|(?:PME|PMI|ETI|TPE)(?=\s+[A-ZÀ-Ý])))\s+")
_TRAILING = re.compile(r"[\s,;:.–—-]+$")


def table_org(cell: str, start: int) -> tuple[str, int, int] | None:
    """The organisation in a table cell: « SLI – Somme Légumerie Industrielle » and « PLOM (Plastiques de l'Oise
    Moulés) » give the full name; « Plasturgie Ebroïcienne (PLASTEB) » the name before the acronym."""
    seat = re.search(r"\s*[–—,;]\s*si[èe]ge(?:\s+social)?\s*:", cell)
    if seat:  # « Pharmacie X (PGVL) — siège : Orléans »: the name, then where its head office is
        cell = cell[:seat.start()]
    if re.match(r"\s*\d[\d \u00a0\u202f.]*\s+[a-zà-ÿ]", cell):
        return None  # « 3 870 établissements » under « Bénéficiaires »: a count of them, no name
    m = re.match(r"\s*(?:Projet|PROJET)\s*[«“\"]\s*[^»”\"\n]{1,40}?\s*[»”\"]\s*[–—-]\s+(?=[A-ZÀ-Ý0-9])", cell)
    if m:  # « Projet « NIOBE » — Alu-Sèvre »: the project, then its company
        return clean_org(cell[m.end():], start + m.end())
    m = re.match(r"\s*(?:[-–—•*]\s+)?(?:[A-Z0-9&]{2,8}\s*(?:[–—-]\s+|,\s+)|(?:[A-Z]\.){2,6}\s+)(?=[A-ZÀ-Ý])", cell)
    if m:  # « ECA, Équipements … », « M.S.A. Mécano-Soudure … »: the name after its acronym
        return clean_org(cell[m.end():], start + m.end())
    m = re.match(r"\s*[-–—•*]\s+(?=[A-ZÀ-Ý0-9])", cell)
    if m:  # « - Plastivire Injection – Vire (14) – 620 000 € »: a table written as a list
        cell, start = cell[m.end():], start + m.end()
    m = re.match(r"\s*[A-Z0-9&]{2,8}\s*\(\s*(?P<full>[A-ZÀ-Ý][^()]{4,80}?)\s*\)\s*$", cell)
    if m:
        return clean_org(m.group("full"), start + m.start("full"))
    acronym = re.search(r"\s*\([^()]{1,30}\)\s*$", cell) or \
        re.search(r"(?<=[a-zà-ÿ])\s*[–—-]\s*[A-Z0-9&]{2,8}\s*$", cell)  # « Polymères X – PTO »: the acronym after
    return clean_org(cell[:acronym.start()] if acronym else cell, start)


def _acronym_of(acronym: str, name: str) -> bool:
    """« S2E » for « Sologne Électronique Embarquée »: its letters are initials of the name's words, the first first."""
    initials = [fold(w[0]) for w in re.findall(r"[A-ZÀ-Ý][\w'’-]*", name)]
    letters = [fold(c) for c in acronym if c.isalpha()]
    return bool(initials) and len(letters) >= 2 and letters[0] == initials[0] and set(letters) <= set(initials)


def _abbreviates(acronym: str, name: str) -> bool:
    """« ISOMAT » for « Isolants et Matériaux Techniques », « S2E » for « Sologne Électronique Embarquée »: the letters
    of the acronym, in order, in the name's, the first of both the same."""
    letters = re.sub(r"[^a-z0-9]", "", fold(name))
    acr = fold(acronym).replace("&", "")
    if not acr or not letters or acr[0] != letters[0]:
        return False
    it = iter(letters)
    return all(c in it for c in acr)


def clean_org(text: str, start: int) -> tuple[str, int, int] | None:
    """Strip quotes, articles and company nouns around a name; returns (name, start, end) or None."""
    raw = text
    s, e = 0, len(raw)
    while s < e and (raw[s].isspace() or raw[s] in Q_OPEN + "*_"):
        s += 1
    while e > s and (raw[e - 1].isspace() or raw[e - 1] in Q_CLOSE + ",;:.–—-*_"):
        e -= 1
    m = re.match(r"\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=[A-ZÀ-Ý])", raw[s:e])
    if m:
        s += m.end()  # « 2.2 Cartonnerie X »: the number of a section, not part of the name
    m = _SECTOR_RUN_IN.match(raw, s, e)
    if m:
        s = m.end()  # « – 5G. Ondavia Systems, à Évry-Courcouronnes, … »: a sector's run-in heading, then the name
    m = re.match(r"(?:Prenez|Prenons|Citons|Voyez|Regardez|Voici|Voilà|Ajoutons|Notons|Songez\s+à|Pensez\s+à)\s+"
                 r"(?=(?:la|le|les|l['’]|aux?)\s*[A-ZÀ-Ý])", raw[s:e])
    if m:
        s += m.end()  # « Prenez la Chaudronnerie du Morvan, à Château-Chinon »: a columnist's imperative
    m = _LEADING.match(raw[s:e])
    if m and m.end() < e - s:
        s += m.end()
    m = re.match(r"(?:la|le|les|l['’])\s*(?=[A-ZÀ-Ý0-9])", raw[s:e])
    if m:
        s += m.end()
    m = _LEGAL_SUFFIX.search(raw[s:e])
    if m and m.start() > 0:
        e = s + m.start()
    m = re.match(r"(?:SAS|SARL|SASU|EURL|SA|SNC|SCOP|SCA|SEM)\s+(?=[A-ZÀ-Ý0-9][\w'’-]*\s+\S)", raw[s:e])
    if m:
        s += m.end()  # « SARL NORMANDIE VERRE TECHNIQUE » (a deliberation's table): the legal form is not the name
    m = re.search(r",?\s+(?:filiale|membre)\s+(?:du|de\s+la|de|d['’])\s", raw[s:e], re.IGNORECASE)
    if m and m.start() > 0:
        e = s + m.start()  # « DIAGAST FILIALE du groupe E.F.S »: the parent is not part of the name
    cut = None
    for cut in re.finditer(r"[a-zà-ÿ]{2,}[.!?]\s+(?=[A-ZÀ-Ý0-9])", raw[s:e]):
        pass
    if cut:
        s += cut.end()  # « Bien sûr. Nordiale Pharma »: a sentence ends inside the run, the name is after it
    m = re.search(r"(?:\[\^\d{1,3}\]|\*+)$", raw[s:e])
    if m:
        e = s + m.start()  # « Vernon Chimie[^3] »: a footnote mark
    m = _TRAILING_ADVERB.search(raw[s:e])
    if m and m.start() > 0:
        e = s + m.start()  # « Agrovaurais toujours : … », « Nordiale aussi »: the adverb is the writer's, not the name's
    m = re.match(r"([A-Z][A-Z0-9&]{1,5})\s+(?=[A-ZÀ-Ý][a-zà-ÿ])", raw[s:e])
    if m and _acronym_of(m.group(1), raw[s + m.end():e]):
        s += m.end()  # « S2E Sologne Électronique Embarquée »: the acronym, then the name it stands for
    name = raw[s:e]
    if not name or len(name) > 80 or len(name.split()) > 8:
        return None
    if re.search(r"\s:\s", name):
        return None  # « Catégories : Plan France Relance »: a label and its value, not a name
    if re.match(r"(?:SAS|SARL|SASU|SA|EURL|SCOP|SCA|SNC)\s+au\s+capital\b", name):
        return None  # « SAS au capital de 2 400 000 € »: a letterhead's legal line
    if re.match(r"(?:Établissement|Etablissement|ÉTABLISSEMENT|Site|SITE|Usine|USINE)\s+(?:de|du|des|d['’]|DE|DU|D['’])\s*\S", name):
        return None  # « Établissement de Marly (Nord) », « Usine de Flers »: a company's site, not its name
    if re.search(r"\s(?:Agglo|AGGLO|Agglomération|Métropole|MÉTROPOLE|Intercom|Communauté)$", name):
        return None  # « Flers Agglo », « Nantes Métropole »: a local authority
    if not (name[0].isupper() or name[0].isdigit()):
        return None
    if re.match(r"\d[\d  .,]*\s*(?:M€|k€|€|M\s*EUR|%|millions?\b|milliards?\b|euros?\b)", name):
        return None  # « 1,9 M€ d'investissement sur notre site de Quimperlé » (a bullet of figures): an amount, no name
    if norm(name) in lexicon.INSTITUTIONS or not re.search(r"[A-Za-zÀ-ÿ]", name):
        return None
    # « L'entreprise », « Cette PME », « Elle »: a reference, not a name.
    if _GENERIC_NAME.match(name) or norm(name) in _PRONOUNS or norm(name) in _COMMON_NOUN_ALONE:
        return None
    if not _name_shaped(name):
        return None
    name = re.sub(r"\s+", " ", name)  # « MARTIN  FOOD » (PDF spacing); the span keeps the original
    return name, start + s, start + e


def _name_shaped(name: str) -> bool:
    """Shapes no company name has, whatever the text around it (checked on the 6 664 proposals of 128 sets: 106 have
    one, none of them was a laureate):
    - a count (« 57 salariés », « 2 en agroalimentaire »);
    - a run cut before its end (« Ligne de stérilisation et », « MICROTECHNIQUES DU »);
    - a writer's adverbial (« De son côté », « Enfin ») or preposition (« Malgré son nom »);
    - the call's own words (« Nature aide », « Montant eur », « Chef de projet TI »);
    - a phrase of three common words or more (« Radios 5G pour petites cellules »); old names such as « Société
      méridionale de traitements phosphatés » open with their company noun;
    - a newspaper (« Télécom & Réseaux Hebdo », « L'Écho du Bocage »);
    - a headline in capitals, with its verb (« LA TÔLERIE SE MET AU MACHINISME AGRICOLE »);
    - a line of accounts (« EBITDA courant », « Dette nette », « Chiffre d'affaires 412 »);
    - a work, not its maker (« Extension de l'entrepôt d'Allonnes », « Création d'une ligne »);
    - a network, a federation or an agency named by its members' trade (« Réseau des développeurs économiques du Grand
      Est », « Fédération des industries mécaniques »);
    - a critical sector's name alone, a run-in heading (« 5G. », « Intrants essentiels de l'industrie – »);
    - an action noun or a price alone, a list's item (« Raccordement », « Prix de cession »)."""
    if name.isupper() and _CAPS_HEADLINE_VERB.search(name):
        return False
    if re.search(r"[›»>]|\s/\s", name):
        return False  # « Économie › Industrie › Puy-de-Dôme »: a page's breadcrumb
    if _ACCOUNTS_LINE.match(name) or _WORK_PHRASE.match(name) or _BODY_NAME.match(name) or _SECTOR_ALONE.fullmatch(name) \
            or _ACTION_NOUN_ALONE.fullmatch(name):
        return False
    if _COUNT_NAME.match(name) or _CUT_NAME.search(name) or _ADVERBIAL_NAME.fullmatch(name) \
            or _PREPOSITION_FIRST.match(name) or _CALL_WORD_IN_NAME.search(name):
        return False
    common = [w for w in _WORD.findall(name) if w[0].islower() and w not in _NAME_LINKS]
    if len(common) >= 3 and not _OLD_COMPANY_NOUN.match(name):
        return False
    return not _OUTLET_NAME.search(name)


# « LA TÔLERIE SE MET AU MACHINISME AGRICOLE », « RBF S'AGRANDIT »: a headline in capitals, with its verb
_CAPS_HEADLINE_VERB = re.compile(r"\s(?:SE|S['’]\w+|EST|SONT|VA|VONT|MET|METTENT|MISE|MISENT|INVESTIT|INVESTISSENT|RELOCALISE|"
                                 r"RECRUTE|DÉCROCHE|OBTIENT|REÇOIT|RAPATRIE|MODERNISE|AGRANDIT|LANCE)(?:\s|$)")
_ACCOUNTS_LINE = re.compile(r"(?:EBITDA|EBIT|EBE|BFR|Capex|CAPEX|R[ée]sultats?|Chiffre\s+d['’]affaires|Dette|Endettement|Tr[ée]sorerie|"
                            r"Marge|Dividendes?|Croissance|Perspectives|Free\s+cash|Cash[- ]flow|Exc[ée]dent\s+brut|Capitaux\s+propres)"
                            r"(?=\s*$|\s+[a-zà-ÿ0-9(])")
# « ▪ Raccordement fibre optique et … », « Prix de cession : … »: a list's action noun or a price, alone
_ACTION_NOUN_ALONE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{4,}ement|Prix(?:\s+(?:de|du|d['’])\s*[a-zà-ÿ]+)?")
# The five critical sectors as a heading writes them (« Santé. », « Intrants essentiels de l'industrie – »)
_SECTOR_HEADING_WORDS = r"(?:Santé|Agroalimentaire|Électronique|Intrants\s+essentiels(?:\s+de\s+l['’]industrie)?|5G)"
_SECTOR_RUN_IN_LEAD = re.compile(r"[ \t]*(?:[-–—•][ \t]*)?" + _SECTOR_HEADING_WORDS + r"\.[ \t]+")
_SECTOR_RUN_IN = re.compile(_SECTOR_HEADING_WORDS + r"\.[ \t]+(?=[A-ZÀ-Ý])")
# « 5G. Radiante Systèmes, PME … », « Intrants essentiels de l'industrie – Forges de l'Hogneau »: a sector's run-in heading
_SECTOR_ALONE = re.compile(r"(?i:sant[ée]|agro-?alimentaire|[ée]lectronique|intrants?\s+essentiels?(?:\s+de\s+l['’]\s*industrie)?|"
                           r"(?:applications\s+industrielles\s+de\s+la\s+)?5G)")
_BODY_NAME = re.compile(r"(?:Réseau|Fédération|Syndicat|Chambre|Comité|Agence|Association|Pôle|Cluster|Conseil|Club|Collectif)\s+"
                        r"(?:des|de\s+la|de\s+l['’]|du|de|d['’]|pour\s+(?:la|le|l['’]))\s*[a-zà-ÿ]")
_WORK_PHRASE = re.compile(r"(?:Extension|Construction|Création|Acquisition|Modernisation|Agrandissement|Rénovation|Installation|"
                          r"Achat|Mise\s+en\s+place|Remplacement|Implantation|Déménagement|Automatisation)\s+"
                          r"(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*une?\s+|de\s+|d['’]\s*)[a-zà-ÿ]")
_COUNT_NAME = re.compile(r"\d+(?:[.,]\d+)?\s+[a-zà-ÿ]")
_WORD = re.compile(r"[\wÀ-ÿ]+")
_CUT_NAME = re.compile(r"\s(?:et|ou|de|du|des|la|le|les|à|au|aux|en|pour|par|sur|avec|dans|d['’]|l['’])$",
                       re.IGNORECASE)
_ADVERBIAL_NAME = re.compile(r"(?:Enfin|Ensuite|Puis|Aussi|Ainsi|Par\s+ailleurs|En\s+outre|De\s+(?:son|leur)\s+côté|"
                             r"Pour\s+(?:sa|leur)\s+part|Quant\s+à\s+(?:elle|lui|eux)|"
                             # a reporter's participle (« Contactée, sa gérante confirme … »)
                             r"(?:Contacté|Interrogé|Sollicité|Interviewé|Questionné|Relancé|Joint)e?s?)")
_MONTHS_RE = r"(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
_PREPOSITION_FIRST = re.compile(r"(?:Malgré|Dans|Selon|Depuis|Grâce|Durant|Pendant)\b|À\s")
# (a year, a month written small or after a day: « Séance du 22 juin 2021 », « Vague de novembre »)
_DATE_IN_NAME = re.compile(r"\b(?:19|20)\d\d\b|\b" + _MONTHS_RE + r"\b|\b\d{1,2}(?:er)?\s+(?i:" + _MONTHS_RE + r")\b")
# (the call's own words, written small or opening a table's heading: « Nature aide », « N° dossier », « Montant eur »)
_CALL_WORD_IN_NAME = re.compile(r"\b(?:lauréats?|projets?|aides?|subventions?|enveloppes?|dossiers?|secteurs?)\b|"
                                r"^(?:Lauréats?|Montants?|Soit|Dont)\b")
_NAME_LINKS = {"de", "des", "du", "d", "la", "le", "les", "l", "et", "en", "à", "au", "aux", "sur", "sous", "a"}
_OLD_COMPANY_NOUN = re.compile(r"(?:Soci[ée]t[ée]|Compagnie|Manufacture|Coop[ée]rative|Union|[ÉE]tablissements|"
                               r"Laboratoires?|Ateliers?)\s")
_OUTLET_NAME = re.compile(r"\s(?:Hebdo|Magazine|Mag|Quotidien|Libérée?|Républicaine?)(?:\s+Édition\b.*)?$|\sÉdition\s|"
                          r"^(?:Le\s+|La\s+|L['’]\s*)?(?:Courrier|[ÉE]cho|Gazette|Journal|Quotidien|Dépêche|Tribune|Réveil|Éveil)"
                          r"\s+(?:d[eu]s?|d['’])")


_TRAILING_ADVERB = re.compile(r"\s+(?:toujours|aussi|encore|egalement|également|enfin|ensuite|donc|ici|"
                              r"pour\s+sa\s+part|de\s+son\s+c[oô]t[ée]|quant\s+a\s+elle)$")
_LEGAL_SUFFIX = re.compile(r"(?:\s+|,\s*)(?:SAS|SA|SARL|SASU|EURL|SNC|SCOP|SCA|SE|S\.A\.S\.?|S\.A\.)\.?$")


_LEGAL_AFTER = re.compile(r",?[ \t]*(?:SAS|SA|SARL|SASU|EURL|SNC|SCOP|SCA|S\.A\.S\.?|S\.A\.)(?![\w])")

_GENERIC_NAME = re.compile(r"^(?:L['’]\s*|La\s+|Le\s+|Les\s+|Cette\s+|Ce\s+|Cet\s+|Ces\s+|Son\s+|Sa\s+|Ses\s+|Leur\s+|"
                           r"Un\s+|Une\s+|Des\s+)[a-zàâäéèêëîïôöùûüç]")
# « filiale à 100 % du Groupe », « la Société s'engage »: a financial report's capitalised common noun, no name
_COMMON_NOUN_ALONE = {"groupe", "societe", "entreprise", "filiale", "usine", "emetteur", "beneficiaire", "client", "fournisseur",
                      "pastille", "marqueur", "legende", "puce"}  # (a map legend: « [Pastille orange] Cognac »)
_PRONOUNS = {"elle", "il", "ils", "elles", "celle ci", "celui ci", "ceux ci", "on", "nous", "vous", "lequel", "laquelle"}


def org_key(name: str) -> str:
    key = norm(name)
    key = re.sub(r"\b(?:sas|sa|sarl|sasu|eurl|sca|snc|se|groupe|group|france|societe|entreprise)\b", " ", key)
    key = re.sub(r"^\s*(?:la|le|les|l)\s+(?=\S+\s)", "", key)  # « La Coopérative X » is « Coopérative X » of the table
    # « Laiterie coop. des Monts du Cantal » in a table is the « Laiterie coopérative … » of the text
    key = re.sub(r"\b(?:coop|cooperative|coopérative)\b", "cooperative", key)
    key = re.sub(r"\b(?:ets|etabl|etablissements?)\b", "etablissements", key)
    return " ".join(key.split()) or norm(name)


# --------------------------------------------------------------------------------------------------
# The extractor
# --------------------------------------------------------------------------------------------------
class Extractor:
    def __init__(self, gazetteer: Gazetteer | None = None, use_spacy: bool = True, classifier="default",
                 vetting="default", linking="default"):
        self.gaz = gazetteer or default_gazetteer()
        self.use_spacy = use_spacy
        # Learned candidate classifier (classifier.py): "default" = the shipped model, None/False = rules only.
        if classifier == "default":
            from relocalisation.ingestion.press.classifier import default_classifier

            classifier = default_classifier()
        self.classifier = classifier or None
        # Learned vetting of the proposed laureates (vetting.py); it goes with the classifier (rules only = neither).
        if vetting == "default":
            from relocalisation.ingestion.press.vetting import default_vetting

            vetting = default_vetting() if self.classifier is not None else None
        self.vetting = vetting or None
        # Learned linking of figures to laureates (linking.py); it goes with the classifier too.
        if linking == "default":
            from relocalisation.ingestion.press.linking import default_linking

            linking = default_linking() if self.classifier is not None else None
        self.linking = linking or None

    def __call__(self, text: str, source: str = "") -> Extraction:
        return Document(self, text or "", source).run()


# OCR of a scanned letter: « soci6t6 », « 2O22 », « 4 OOO », « Perr0t », « MONTCE11IENNE », « 9,55 MC ». Each repair
# changes one character for one (offsets kept), and only in a text that shows several such errors.
_OCR_SIX = re.compile(r"(?<=[A-Za-zÀ-ÿ])6(?=[A-Za-zÀ-ÿ6]|\b)|(?<![\w,.])6(?=[a-zà-ÿ]{2,})")
_OCR_NUMBER = re.compile(r"(?<![\w])(?=[0-9O]*[0-9])(?=[0-9O]*O)[0-9O]{2,}(?![\w])|(?<=\d[ \u00a0\u202f])O{3}(?![\w])")
_OCR_ZERO = re.compile(r"(?<=[A-Za-z])0(?=[a-z])|(?<![\w])0(?=[a-z]{2,})")
_OCR_ELL = re.compile(r"(?<=[A-Z])11(?=[A-Z])|(?<=[a-z])11(?=[a-z])")
_OCR_EURO = re.compile(r"(?<=\d[ \u00a0\u202f])([Mk])C(?![\w])")


def unwrap_lines(text: str) -> str:
    """A text hard-wrapped at a fixed width (a newspaper's or a PDF's lines: « Sous-traitant électronique de / 160
    salariés, Elvos … installe ») is read as its sentences: a line break inside a paragraph becomes a space (one
    character for one, offsets kept). Only in a text whose long lines mostly end near one width, and only where the
    line is long, does not end a sentence or a label, and the next line goes on (no bullet, heading, table or
    blank line)."""
    lines = text.split("\n")
    long_lines = [len(ln.rstrip()) for ln in lines if len(ln.strip()) >= 30]
    if len(long_lines) < 8:
        return text
    width = sorted(long_lines)[int(0.9 * (len(long_lines) - 1))]
    near = sum(1 for n in long_lines if width - 18 <= n <= width)
    # (a digest's item headers and titles are shorter lines between wrapped paragraphs: near half the lines will do)
    if width > 100 or near < 0.45 * len(long_lines) or (
            near < 0.6 * len(long_lines) and any(re.match(r" {6,}\S", ln) for ln in lines)):
        # paragraphs written on one line each: nothing is wrapped (between 45 and 60 % of lines near the width, a
        # digest's short titles between wrapped paragraphs, unless lines are indented: a legend's or a table's layout)
        return text
    out = list(text)
    pos = 0
    for i, ln in enumerate(lines[:-1]):
        end = pos + len(ln)
        nxt = lines[i + 1]
        body = ln.rstrip()
        # (before a capital, only a full line or a dangling word is wrapped: « … leur site d'Héricourt » over
        # « Malgré leur nom, … » is a headline and its paragraph; « … installe à » over « Saint-Dié … » is one sentence)
        capital = bool(re.match(r"\s*[A-ZÀ-Ý]", nxt))
        # (« … Bocage Pharma » over « Ne cherchez pas … »: a sentence's first word opens the next line of another
        # column or paragraph, unless the line hangs on « à », « de » (« … installe à » / « Le Havre »))
        if capital and (len(body) < width - 8 or _SENTENCE_OPENER.match(nxt)) and not _DANGLING_END.search(body):
            pos = end + 1
            continue
        if len(body) >= width - 25 and nxt.strip() and not _NOT_WRAPPED_END.search(body) \
                and not _NOT_WRAPPED_NEXT.match(nxt) and "|" not in body and "\t" not in body \
                and len(re.findall(r"\s[–—-]\s|;", body)) < 2 \
                and not re.search(r"\S {3,}\S", body.strip()):
            out[end] = " "
        pos = end + 1
    return "".join(out)


_SENTENCE_OPENER = re.compile(r"\s*(?:Ne|Le|La|Les|Il|Elle|Ils|Elles|On|Nous|Vous|Dans|Pour|Au|Aux|En|Ce|Cet|Cette|Ces|Un|Une|Des|"
                              r"Mais|Et|Son|Sa|Ses|Leur|Leurs|À|Avec|Sur|Par|Depuis|Après|Avant|Selon|Si|Ainsi|Enfin|"
                              r"C['’]|L['’]|D['’]|Qu['’])(?:\s|(?<=['’]))")
# a line ending on a word that needs the next one (« à », « de », « l' », a comma)
_DANGLING_END = re.compile(r"(?:\b(?:à|a|au|aux|de|du|des|d['’]|le|la|les|l['’]|en|et|ou|pour|par|sur|avec|dans|un|une|son|sa|ses|"
                           r"leur|leurs|chez|vers|entre|dont|que|qui)|,)\s*$", re.IGNORECASE)
# a line that ends its sentence, a label or a heading (« … 22 emplois créés. », « Investissement : »)
_NOT_WRAPPED_END = re.compile(r"[.!?:;»”\"]\s*$|^\s*(?:[#▌■▪•●*>▶►→-]|\d{1,2}[.)]\s)|^[^a-zà-ÿ]*$")
# a line that opens something of its own (a bullet, a heading, a table row, a section mark, a capitals title)
_NOT_WRAPPED_NEXT = re.compile(r"\s*(?:[-–—•●▪*■▌#>|+▶►→]|\d{1,2}[.)/]\s|[^a-zà-ÿ\n]{6,}$)")


def repair_ocr(text: str) -> str:
    if len(_OCR_SIX.findall(text)) + len(_OCR_NUMBER.findall(text)) < 4:
        return text  # not an OCR text: « 6 » and « O » are what they say

    def six(m):
        around = text[max(0, m.start() - 1):m.end() + 1]
        return "É" if around.replace("6", "").isupper() else "é"

    for _ in range(2):  # (« cr66s », « 27O OOO »: a repair's neighbour is repaired on the second pass)
        text = _OCR_SIX.sub(six, text)
        text = _OCR_NUMBER.sub(lambda m: m.group(0).replace("O", "0"), text)
    text = _OCR_ZERO.sub(lambda m: "O" if m.start() == 0 or not text[m.start() - 1].isalpha() else "o", text)
    text = _OCR_ELL.sub(lambda m: "LL" if text[m.start() - 1].isupper() else "ll", text)
    return _OCR_EURO.sub(lambda m: m.group(1) + "€", text)


class Document:
    def __init__(self, extractor: Extractor, text: str, source: str):
        self.x = extractor
        self.gaz = extractor.gaz
        self.raw = text  # as given: the rewritings below keep every offset
        self.slide_starts: list[int] = []  # a slide deck's title lines (``_slide_title_headers``)
        # « │ Entreprise │ Commune │ »: a table drawn with box characters is a table « | » (same length, offsets kept);
        # a frame (« │ EN CHIFFRES │ », two bars) is no table
        if "│" in text or "┃" in text:
            text = _BOX_ROW.sub(lambda m: m.group(0).translate(_BOX_BARS), text)
        # A spreadsheet pasted as text (cells between tabs, three lines at least): a table « | » (offsets kept)
        if text.count("\t") >= 6:
            text = _tab_table_as_pipes(text)
        # « Bénéficiaire ........ FORGES X »: dot leaders read as the colon of a label, offsets kept.
        text = _DOT_LEADER.sub(lambda m: " :" + " " * (len(m.group(0)) - 2), text)
        # « │ • Vosges … │ »: the frame of a box (box-drawing characters) is no text; blanked, offsets kept
        text = _BOX_DRAWING.sub(" ", text)
        # A card's questions as labels (« Où ? Vernon (Eure) » is « Où : … »), and fields set side by side on one line
        # (« Investissement : 4,2 M€ · Aide Région : 450 000 € »): each field on its line (offsets kept)
        text = re.sub(r"(?m)^([ \t]*)(Où|Quoi|Qui|Combien|Quand) \?(?=[ \t])", lambda m: m.group(1) + m.group(2) + " :", text)
        text = re.sub(r"(?<=\S) · (?=[A-ZÀ-Ý][^\n:·|]{1,30}[ \t]:)", " \n ", text)
        # « > > Le Gouvernement a annoncé … »: an e-mail's quoted lines (forwarded twice); the marks blanked, offsets kept
        if len(re.findall(r"(?m)^[ \t]*>", text)) >= 3 and re.search(
                r"a écrit\s*:|Message d'origine|(?m:^(?:De|From|Objet|Subject)\s*:)|(?m:^[ \t]*>[ \t]*>)", text):
            text = re.sub(r"(?m)^(?:[ \t]*>)+", lambda m: " " * len(m.group(0)), text)
        elif len(re.findall(r"(?m)^[ \t]*>[ \t]+[A-ZÀ-Ý]", text)) >= 3:
            # « > Opsilane, spécialiste de … » in a release: a list's items marked with « > », read as bullets
            # (not « > Mèt Kaz : 17 emplois c'est bien … », a reader's comment under its handle)
            text = re.sub(r"(?m)^([ \t]*)>(?=[ \t]+[A-ZÀ-Ý](?![^\n:]{0,30}\s:))", lambda m: m.group(1) + "•", text)
        # « +-----+ / | TOLERIE FINE DE LA THUR     | »: a box drawn in ASCII; a line with a bar at each end only is
        # framed text, not a table row (bars blanked, offsets kept)
        if "|" in text and re.search(r"(?m)^[ \t]*\+[-=]{5,}", text):
            text = _ASCII_FRAMED.sub(lambda m: " " + m.group(1) + " ", text)
        # « 08:30 | ARQUES — La verrerie technique investit 7,5 M€ »: a live feed's time and headline, no table row
        text = re.sub(r"(?m)^([ \t]*\d{1,2}[:h]\d{2}[ \t]*)\|(?=[ \t]*[A-ZÀ-Ý])", lambda m: m.group(1) + "—", text)
        # « | **Bénéficiaire** | SAS X | » / « | **Lieu de réalisation** | … Issoudun (Indre) | »: a fiche laid out as a table
        # of two columns, label then value; read as the lines « Bénéficiaire : SAS X » (bars blanked, offsets kept)
        if "|" in text:
            text = _key_value_tables(text)
        # « ~ Ouest Lyophilisation ~ », « ◆ X ◆ »: a heading framed by the same marks on both sides (marks blanked, offsets kept)
        text = _FRAMED_HEADING.sub(lambda m: " " * len(m.group(1)) + m.group(3) + " " * len(m.group(4)), text)
        # « raison_sociale=X », « montant_aide=822000.00 »: an export's key=value lines read as labels, offsets kept
        text = _KEY_VALUE.sub(lambda m: m.group(1).replace("_", " ") + ":", text)
        # Markdown, wiki and social-media marks (« [[X]]<ref>…</ref> », « 2/5 🏭 », « 1️⃣ », « #Résilience », « **Site :** »):
        # blanked, offsets kept, so a label or a name reads as in plain text (« ## » headings stay: they mark sections)
        if "{|" in text and "||" in text:
            # a wiki table (« {| class="wikitable" », « ! A !! B », « | x || y », « |- »): read as a « a | b » table,
            # offsets kept; a piped link « [[Bonneville (Haute-Savoie)|Bonneville]] » keeps the words it shows
            text = _WIKI_PIPED_LINK.sub(lambda m: " " * len(m.group(0)), text)
            text = _WIKI_TABLE_FRAME.sub(lambda m: " " * len(m.group(0)), text)
            text = re.sub(r"(?m)^!", "|", text.replace("||", " |").replace("!!", " |"))
        # « #SaintJuéry »: a hashtag glues a compound commune's words; its « # » makes room for the hyphen (offsets kept)
        text = _CAMEL_HASHTAG.sub(lambda m: m.group(1) + "-" + m.group(2), text)
        text = _TEXT_MARKS.sub(lambda m: " " * len(m.group(0)), text)
        if "**" in text:
            text = _LABEL_EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)
        # « Bénéficiaire : X | Commune : Y | Aide : Z »: a fiche written on one line is read as its labelled lines
        # (each « | » becomes a line break, offsets kept)
        if "|" in text:
            text = _ONE_LINE_FICHE.sub(lambda m: m.group(0).replace("|", "\n"), text)
        text = repair_ocr(unwrap_lines(text))
        # « Le projet **FIBRACT** porté par **Vosgienne de Fibres Techniques** (VFT) consiste … »: a name in bold inside
        # a sentence is read as plain words (marks blanked, offsets kept); the marked copy keeps the bold for the rules
        # that read it (a round-up's « **Mérignac. …** La **Tonnellerie X** y investit »)
        self.marked = text
        if "**" in text:
            text = _INLINE_BOLD.sub(lambda m: "  " + m.group(1) + "  ", text)
        self.text = text
        # Markdown emphasis (« **32,9 M€** d'investissements ») hides cues: blanked in the folded copy, offsets kept.
        self.folded = _MARKUP.sub(lambda m: " " * len(m.group(0)), fold(text))
        self.source = source
        self.sentences = sentence_spans(text)
        # « investissement < 1 M€ / 1 à 5 M€ / > 5 M€ »: a legend's thresholds are no figures of anyone
        self.quantities = [q for q in find_quantities(text)
                           if not re.search(r"[<>≤≥][ \t]*$", text[max(0, q.start - 3):q.start])]
        self.q_starts = [q.start for q in self.quantities]
        # « Article précédent », « À lire aussi »: what follows is another article of the page.
        self.own_end, self.link_spans = _own_end(text)
        self.table_totals: dict[str, Value] = {}  # « TOTAL » line of a table: the announcement's figures
        self.table_spans: list[tuple[int, int]] = []  # lines of space-aligned tables, read by their own rule only
        self.refused: set[str] = set()  # names a table's status column says are no laureates (« Non candidat »)

    @functools.cached_property
    def brief_headings(self) -> list[int]:
        """Starts of a column's brief headings (« **ÉVRON — Les Salaisons … ** », « MONTARGIS (45) — … »)."""
        return sorted(m.start() for rx in (_CAPS_PLACE_BRIEF, _CAPS_PLACE_BRIEF_BOLD) for m in rx.finditer(self.text))

    @functools.cached_property
    def figures_boxes(self) -> list[int]:
        """Starts of key-figure boxes in the last part of the text (« REPÈRES », « En chiffres », « Chiffres clés » alone
        on a line, figures under it)."""
        return [m.start() for m in _FIGURES_BOX.finditer(self.text) if m.start() > 0.5 * len(self.text)]

    @functools.cached_property
    def project_names(self) -> set:
        """Names the text gives to projects (« projet baptisé KERNEVEZ », « Baptisé « Pochadour », le projet … »)."""
        names = set()
        for rx in (_PROJECT_NAME, _PROJECT_FRONTED):
            for m in rx.finditer(self.text):
                names.add(norm(m.group("name")))
        for m in re.finditer(r"\b(?:[Pp]rojet|[Pp]rogramme)\s*,?\s+(?:baptisé|nommé|intitulé|dénommé|appelé)\s+"
                             r"(?P<name>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9'’+-]{2,}(?:\s+\d+)?)(?![\w'’-])", self.text):
            names.add(norm(m.group("name")))
        # « le projet ALSAPI est officiellement lauréat » then « ALSAPI en chiffres »: a code in capitals after « projet »
        for m in re.finditer(r"\b(?:[Ll]e|[Nn]otre|[Ss]on|[Ll]eur|[Cc]e)\s+projet\s+(?P<name>[A-Z][A-Z0-9+-]{2,}(?:\s+\d+)?)(?![\w'’-])",
                             self.text):
            names.add(norm(m.group("name")))
        # « Unité d'isolats de protéines de féverole « PROFEVE » » in a table's project column: a code in capitals, quoted
        for m in re.finditer(r"[a-zà-ÿ][ \t]+[«“\"][ \t\u00a0]*(?P<name>[A-Z][A-Z0-9+-]{3,14})[ \t\u00a0]*[»”\"]", self.text):
            names.add(norm(m.group("name")))
        return {n for n in names if n}

    @functools.cached_property
    def aggregate_spans(self) -> list[tuple[int, int]]:
        """« 126 projets accompagnés … 410 M€ … » then « Ces chiffres agrègent l'ensemble des accompagnements … »: a
        block of figures the text itself says are a body's activity over all calls, not a wave's totals."""
        out = []
        for m in _AGGREGATE_NOTE.finditer(self.folded):
            ps, _ = self._paragraph(m.start())
            prev = self.text.rfind("\n\n", 0, max(0, ps - 2))
            start = ps if self.folded[ps:m.start()].strip() else (0 if prev < 0 else prev + 2)
            out.append((start, m.end()))
        return out

    @functools.cached_property
    def said_laureate(self) -> set[int]:
        """Starts of names the text calls a laureate right after them (« Solvéo Revêtements, lauréat lui aussi, … »,
        « X, elle aussi lauréate »): the learned vetting does not overrule the text there."""
        said = {m.start("org") for rx in (_SAID_LAUREATE, _PRONOUN_ALSO_LAUREATE, _COMPLETES_THE_LIST) for m in rx.finditer(self.text)}
        # (« **Lumitrek sur la liste de Bercy.** »: a brief's bold headline, its subject and its award)
        return said | {m.start("name") + (len(m.group("name")) - len(m.group("name").lstrip())) for m in _BOLD_BRIEF_SUBJECT.finditer(self.text)}

    @functools.cached_property
    def bold_briefs(self) -> list[int]:
        """Starts of a column's bold run-in briefs (« **INDUSTRIE. X retenue par l'État.** Le cartonnier … »), three at
        least; else none."""
        heads = [m.start() for m in _BOLD_RUN_IN_BRIEF.finditer(self.text, 0, self.own_end)]
        return heads if len(heads) >= 3 else []

    @functools.cached_property
    def brief_items(self) -> list[tuple[int, int]]:
        """A column of briefs (« — CORSE — / Hydrolis lève 3 M€ à Ajaccio / La société … »): the span of each item, from
        its headline to the next one, when the text has three such items at least; else none."""
        heads = [m.start() for m in _BRIEF_HEADLINE.finditer(self.text, 0, self.own_end)]
        # (« **FINANCEMENT. Un prêt pour les Chais de Vayres.** Le négociant … »: a column's bold run-in headlines)
        heads += [m.start() for m in _BOLD_RUN_IN_BRIEF.finditer(self.text, 0, self.own_end)]
        # (« ▸ 13 NOVEMBRE — JOINVILLE »: a chronicle's dated heading opens an item, however short)
        heads = sorted(set(heads) | {m.start() for m in re.finditer(r"^(?=" + _DATED_HEADING.pattern + ")", self.text[:self.own_end],
                                                         re.MULTILINE | re.IGNORECASE)})
        if len(heads) < 3:
            return []
        return [(a, b) for a, b in zip(heads, heads[1:] + [self.own_end])]

    def _item_tells_support(self, pos: int) -> bool:
        """In a column of briefs, the item holding ``pos`` tells of a support (not « Aucune aide publique n'a été
        sollicitée », « sans aide publique annoncée »)."""
        item = next(((a, b) for a, b in self.brief_items if a <= pos < b), None)
        if item is None:
            return True
        if re.search(r"laureate?s?\s+(?:du|de\s+la|des)\s+(?:trophee|prix|concours)", self.folded[item[0]:item[1]]) \
                and not lexicon.KNOWN_PROGRAMMES.search(self.folded, *item):
            return False  # « Ondine Sensors, lauréate du Trophée de l'entreprise finistérienne »: a prize, no programme
        if any(q.money and self.money_role(q)[0] == "aid" for q in self.quantities_in(*item)):
            return True  # « … avec un coup de pouce de 570 k€ de l'État »
        for m in _SUPPORT_CUE.finditer(self.folded, *item):
            ss, se = _enclosing(self.sentences, m.start())
            sent = self.folded[max(ss, item[0]):min(se, item[1])] if se > ss else self.folded[m.start():m.end()]
            if not (_NOT_RETAINED.search(sent) or _PENDING.search(sent) or re.search(
                    r"\b(?:aucune|sans|pas\s+d\W)\s*(?:aide|subvention|soutien)|\bs\W\s*il\s+est\s+retenu|"
                    # (« Elle avait été lauréate de « Résilience » en 2021 »: an earlier award, the brief tells other news)
                    r"\bavai(?:t|ent)\s+ete\s+(?:laureate?s?|retenue?s?)|"
                    r"laureate?s?\s+(?:du|de\s+la|des)\s+(?:trophee|prix|concours)", sent) or (
                    # (« FINANCEMENT. Un prêt pour les Chais de Vayres. »: a bank loan, no public support)
                    re.search(r"\bprets?\b|\bemprunts?\b", sent) and not re.search(r"\baides?\b|subvention|laureat|retenue?s?\b", sent)) or (
                    re.fullmatch(r"\W*[a-z'-]{3,30}\s*[.:]\W*", sent) and item[0] <= ss < item[0] + 12)):  # (its rubric)
                return True
        # (no word of support: only a brief of other news — a fundraising, a takeover, a nomination, a closure, a year's
        # revenue — is no laureate's; the column may say once, above its items, that they are laureates)
        return not _OTHER_NEWS.search(self.folded, *item)

    @functools.cached_property
    def said_not_beneficiary(self) -> set[str]:
        """Names the text says outright are no beneficiary (« Daurat Process n'est pas bénéficiaire de l'aide publique
        accordée à ce projet »), wherever they are named."""
        return {org_key(org[0]) for rx in (_SAID_NOT_BENEFICIARY, _SAID_NOT_BENEFICIARY_REL) for m in rx.finditer(self.text)
                if (org := clean_org(m.group("org"), m.start("org"))) and org[0] == m.group("org")}

    @functools.cached_property
    def interview(self) -> bool:
        """Three questions on lines of their own (« **Combien investissez-vous ?** »): an interview."""
        return len(_QUESTION_LINE.findall(self.text)) >= 3

    @functools.cached_property
    def card_headings(self) -> int:
        """How many « Nom – Commune » headings stand above a blank line (a page of cards has several)."""
        return len(_CARD_HEADING.findall(self.text))

    def quantities_in(self, s, e):
        return _within(self.quantities, self.q_starts, s, e)

    def places_in(self, s, e):
        return _within(self.places, self.p_starts, s, e)

    # ---------------------------------------------------------------------------------------------
    def _locate(self):
        """Places named in the text and the territory they make up (needed by every header rule)."""
        self.places = self.gaz.spot(self.text)
        # « au Parc d'innovation d'Illkirch », « le Port industriel »: a business park's name, not the commune Le Parc
        self.places = [p for p in self.places if not (p.kind == "commune" and _PARK_AFTER.match(self.folded, p.end))]
        # « Publicité — Cuisines X, Guilherand-Granges : … »: an advertisement's places and prices are no laureate's
        ads = [(m.start(), m.end()) for m in _AD_LINE.finditer(self.text)]
        if ads:
            self.places = [p for p in self.places if not any(a <= p.start < b for a, b in ads)]
            self.quantities = [q for q in self.quantities if not any(a <= q.start < b for a, b in ads)]
            self.q_starts = [q.start for q in self.quantities]
        # « À Rignac – la commune aveyronnaise, et non son homonyme du Lot – », « rien à voir avec le Vouillé des
        # Deux-Sèvres »: the département a homonym is said not to be in, for every mention of that commune
        # « Oui, Ussel dans le Cantal », « notre Sainte-Marie cantalienne »: the départements the text writes with a homonym
        affirmed: dict[str, set] = {}
        for p in self.places:
            if p.kind == "commune" and len(p.candidates) > 1 and p.start < self.own_end \
                    and not any(a <= p.start < b for a, b in self.link_spans):  # (not another article's headline)
                code = self._affirmed_department(p)
                if code:
                    affirmed.setdefault(norm(self.text[p.start:p.end]), set()).add(code)
        self.denied_deps: dict[str, set] = {}
        for p in self.places:
            if p.kind == "department" and _DENIED_PLACE.search(self.folded, max(0, p.start - 60), p.start):
                ss, _ = _enclosing(self.sentences, p.start)
                near = [q for q in self.places if q.kind == "commune" and max(ss, p.start - 200) <= q.start < p.start
                        and any(r.department == p.candidates[0] for r in q.candidates) and len(q.candidates) > 1]
                # (« … et non à Changé en Mayenne, où se trouve notre « bon élève » » when the text also writes « Changé
                # (Mayenne) »: both homonyms are in the text, none is denied everywhere)
                if near and p.candidates[0] not in affirmed.get(norm(self.text[near[-1].start:near[-1].end]), ()):
                    self.denied_deps.setdefault(norm(self.text[near[-1].start:near[-1].end]), set()).add(p.candidates[0])
        if self.denied_deps:
            self.places = [PlaceMention(p.start, p.end, p.kind, tuple(r for r in p.candidates if r.department not in
                                                                      self.denied_deps.get(norm(self.text[p.start:p.end]), ())))
                           if p.kind == "commune" and norm(self.text[p.start:p.end]) in self.denied_deps else p
                           for p in self.places]
        # a homonym the text places once, in one département only, is that one in its every mention
        affirmed = {k: v.pop() for k, v in affirmed.items() if len(v) == 1 and "?" not in v}
        if affirmed:
            self.places = [PlaceMention(p.start, p.end, p.kind, narrowed)
                           if p.kind == "commune" and len(p.candidates) > 1 and norm(self.text[p.start:p.end]) in affirmed
                           and (narrowed := tuple(r for r in p.candidates
                                                  if r.department == affirmed[norm(self.text[p.start:p.end])]))
                           else p for p in self.places]
        self.p_starts = [p.start for p in self.places]
        self.context = self._territory()

    def run(self) -> Extraction:
        self._locate()
        headers = self._headers()
        for h in headers:
            self._widen_trade_name(h)
            ls = self.text.rfind("\n", 0, h.start) + 1
            if ls < h.start and _SECTOR_RUN_IN_LEAD.fullmatch(self.text, ls, h.start):
                h.start = ls  # « 5G. Ondeline Réseaux, PME … »: the sector's run-in heading opens the item's passage
        for h in headers:
            self._place_heading_above(h, headers)
        self.named = sorted(h.org.start for h in headers)
        # « Ardennes Forge & Estampage (AFE) … AFE et Carbochim Est »: an acronym in brackets names the same laureate.
        aliases = {}
        for h in headers:
            am = re.match(r"\s*\(\s*([A-Z0-9][A-Z0-9&.-]{1,9})\s*\)", self.text[h.org.end:h.org.end + 16])
            # (« Tulle Mécanique de Précision (TMP Corrèze) »: the initials and a place, another name of it)
            am2 = re.match(r"\s*\(\s*(([A-Z][A-Z0-9&]{1,6})[ \t]+[A-ZÀ-Ý][\w'’-]{2,20})\s*\)", self.text[h.org.end:h.org.end + 40])
            if am:
                aliases[org_key(am.group(1))] = org_key(h.org.value)
            elif am2 and _acronym_of(am2.group(2), h.org.value):
                aliases[org_key(am2.group(1))] = org_key(h.org.value)
            elif len(h.org.value) >= 8:
                # « Poudres Fines des Nestes (PFN) » in a later sentence than the header's: the acronym is its alias too
                am = re.search(re.escape(h.org.value) + r"\s*\(\s*([A-Z][A-Z0-9&]{1,7})\s*\)", self.text)
                # (« Menuiseries du Ruffécois (MDR) »: the small words may have their letter too)
                if am and (_acronym_of(am.group(1), h.org.value) or _abbreviates(am.group(1), h.org.value)):
                    aliases.setdefault(org_key(am.group(1)), org_key(h.org.value))
        # « CIRA (Circuits Imprimés Rapides de l'Atlantique) – Les Herbiers »: the acronym first, then what it stands for
        for h in headers:
            rm = re.match(r"\s*\(\s*(" + CAPNAME + r")\s*\)", self.text[h.org.end:h.org.end + 90]) \
                if re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", h.org.value) else None
            if rm and _acronym_of(h.org.value, rm.group(1)):
                aliases.setdefault(org_key(rm.group(1)), org_key(h.org.value))
        # « CBM fait partie des lauréates … » then, at the foot of its page, « CBM – Coutellerie Bassigny Médical »: the
        # acronym and the name it stands for are one laureate
        for h in headers:
            if re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", h.org.value):
                for em in re.finditer(r"(?<![\w-])" + re.escape(h.org.value) + r"[ \t]+[–—-][ \t]+(" + CAPNAME + r")", self.text):
                    if _acronym_of(h.org.value, em.group(1)):
                        aliases.setdefault(org_key(em.group(1)), org_key(h.org.value))
        # « Derrière la marque Croc'Flandre se trouve la société Snacks du Mont-Noir »: the brand and the company are one
        for bm in _BRAND_BEHIND.finditer(self.text):
            org, brand = org_key(bm.group("org")), bm.group("brand")
            first = next((h for h in headers if h.org.start < bm.start() and org_key(h.org.value) != org
                          and (not brand or org_key(brand) == org_key(h.org.value) or h.story)), None)
            if first is not None and org not in aliases:
                aliases[org] = aliases.get(org_key(first.org.value), org_key(first.org.value))
        # A fiche « Société : Antennes X (ARM) » whose text says « ARM, PME de 70 salariés, … » then gives its figures:
        # the laureate named again right after its own header does not end its passage.
        kept = []
        for h in headers:
            key = org_key(h.org.value)
            if kept and kept[-1].kind == "label" and h.kind != "label" and aliases.get(key, key) == aliases.get(org_key(kept[-1].org.value),
                                                                              org_key(kept[-1].org.value)):
                continue
            if kept and h.kind not in ("table", "label") and self._short_form_of(h.org.value, kept[-1].org.value):
                # « Doubs – Décolletage Vuillemin-Roy (Morteau) » then « …, Vuillemin-Roy rapatrie … », « Plastiques
                # Haut-Saônois (Lure) » then « PHS investit … »: the heading's laureate under a shorter name
                aliases[key] = aliases.get(org_key(kept[-1].org.value), org_key(kept[-1].org.value))
                continue
            if kept and kept[-1].kind == "candidate" and h.kind not in ("table", "label", "candidate") \
                    and h.start <= kept[-1].end_of_header + 200 and "\n" in self.text[kept[-1].org.end:h.org.start] \
                    and self._short_form_of(kept[-1].org.value, h.org.value):
                # « • BIGUGLIA — Castagniccia Tradizione relocalise … » then « Les Salaisons Castagniccia Tradizione … »: a
                # brief's headline names it short, its first sentence whole; the rule's header reads its passage
                aliases[org_key(kept[-1].org.value)] = key
                kept[-1] = h
                continue
            if kept and kept[-1].kind == "colon" and h.kind not in ("table", "label") \
                    and (self._short_form_of(kept[-1].org.value, h.org.value) or self._brand_of(kept[-1].org.value, h.org.value)):
                # « Flers : Houlme Santé va produire … » then « … les Laboratoires Houlme Santé vont rapatrier … »: the
                # heading's laureate under its full name
                if self._brand_of(kept[-1].org.value, h.org.value):
                    aliases[org_key(kept[-1].org.value)] = key  # (its other short mentions too)
                    kept[-1].org = Value(h.org.value, h.org.start, h.org.end, kept[-1].org.confidence)  # its full name
                aliases[key] = aliases.get(org_key(kept[-1].org.value), org_key(kept[-1].org.value))
                continue
            story = next((k for k in kept if k.story), None)
            if story is not None and h.kind not in ("table", "label") and self._brand_of(story.org.value, h.org.value) \
                    and not re.search(r"\b(?:filiales?|groupe|maison\s+mere|soeur|ancienne?|ex)\b[^.;]{0,30}$",
                                      self.folded[max(0, h.org.start - 50):h.org.start]):
                # (« Sa filiale iséroise Hexalys Alpes » is another company of the group)
                # « Rhénapharm va produire … » (the story's title) then « … Rhénapharm Production, à Saint-Louis »:
                # the story's laureate under its full name
                aliases[org_key(story.org.value)] = key
                story.org = Value(h.org.value, h.org.start, h.org.end, story.org.confidence)
                continue
            kept.append(h)
        headers = kept
        pairs = self._read(headers, aliases)
        laureates = [lau for _, lau in pairs]
        # A proposal the vetting drops is no laureate, but its passage and figures are no announcement total either.
        covered = [seg for lau in laureates for seg in [lau.segment, *lau.other_segments]]
        amounts = {lau.get(name) for lau in laureates for name in ("investment_eur", "aid_eur")} - {None}
        if self.x.vetting is not None:
            from relocalisation.ingestion.press import vetting

            laureates = vetting.vet(self, pairs)
            if len(laureates) < len(pairs):
                # A dropped proposal no longer ends the passage before it: the kept laureates are read again
                # without it (« Le projet créera 28 emplois » after a false name is the laureate's again).
                kept_keys = {self._alias_key(lau.get("organisation"), aliases) for lau in laureates}
                kept_headers = [h for h in headers if self._alias_key(h.org.value, aliases) in kept_keys]
                laureates = [lau for _, lau in self._read(kept_headers, aliases)]
        if self.x.linking is not None:
            from relocalisation.ingestion.press import linking

            linking.link(self, laureates)
        self._apply_corrections(laureates)
        # A date read as a name (« Séance du 22 juin 2021 », « TI-OCC-2022-041 ») is no laureate. It is dropped only
        # here, once the passages are cut: such a line still closes the passage before it (« Série A closée le 22
        # juin » is an investor update's other news, not part of the laureate's story).
        laureates = [lau for lau in laureates if not _DATE_IN_NAME.search(lau.get("organisation") or "")]
        for um in _AID_UNDISCLOSED.finditer(self.folded, 0, self.own_end):
            # « Le montant de l'aide n'a pas été communiqué »: the text says the laureate whose passage it closes has none
            # (the closest passage that began before it: segments may overlap the next laureate's opening)
            owner = max(((s, lau) for lau in laureates for s, e in [lau.segment, *lau.other_segments] if s <= um.start() < e),
                        key=lambda x: x[0], default=(None, None))[1]
            ps_, pe_ = self._paragraph(um.start())
            org = owner.get("organisation") if owner is not None else None
            # (its paragraph names it: « L'Huilerie X … Le montant de l'aide n'a pas été communiqué » is about X)
            if org and (self._mentions(org, ps_, pe_) or owner.segment[0] >= ps_):
                owner.fields.pop("aid_eur", None)
        announcement = self._announcement(covered, amounts)
        rows = [lau for lau in laureates if lau.kind == "table"]
        if "new_laureates" not in announcement and "laureates_in_scope" not in announcement and len(rows) >= 2 \
                and len(rows) == len(laureates):
            # A table of laureates with no count written, and no laureate outside it: its rows are the new laureates.
            announcement["new_laureates"] = Value(len(rows), rows[0].segment[0], rows[-1].segment[1], 0.5)
        elif "new_laureates" not in announcement and "laureates_in_scope" not in announcement and len(laureates) >= 2 \
                and _LIST_FOLLOWS.search(self.folded, 0, laureates[0].segment[0]):
            # « les entreprises ci-après ont été retenues », « la liste des projets retenus » before the laureates:
            # the list that follows is the whole of them (the rows of its table, when it has one).
            listed = rows if len(rows) >= 2 else laureates
            announcement["new_laureates"] = Value(len(listed), listed[0].segment[0], listed[-1].segment[1], 0.4)
        if self.x.linking is not None:
            from relocalisation.ingestion.press import linking

            linking.link_announcement(self, laureates, announcement)
        return Extraction(self.source, len(self.text), announcement, laureates)

    def _place_heading_above(self, h: Header, headers: list[Header]) -> None:
        """« Meuse – Commercy » alone on its line, a blank line, then « Fonderie Meusienne de Précision investit … »: the
        heading places the paragraph's laureate; its passage starts at the heading."""
        t = self.text
        ps = t.rfind("\n\n", 0, h.org.start) + 2
        # (the name opens the paragraph, or its first sentence: « Au cœur du pays de Saverne, SOCOMEL … »)
        if ps < 2 or h.start < ps or h.org.start - ps > 120 or re.search(r"[.!?:;\n]", t[ps:h.org.start]):
            return
        hm = _DEP_DASH_COMMUNE_LINE.search(t, max(0, ps - 80), ps)
        if not hm or hm.end() != ps or any(hm.start() <= o.org.start < h.org.start for o in headers):
            return
        code = self.gaz.department_code(hm.group("dep"))
        if code and self.gaz.communes_named(hm.group("com"), code):
            h.start = hm.start()
            h.place_hint = hm.span("com")
            h.dep_hint = (code, hm.start("dep"), hm.end("dep"))

    def _widen_trade_name(self, h: Header) -> None:
        """« La Fromagerie coopérative du Grimont bénéficie … »: a trade alone, then an adjective written small and its
        complement in capitals, is one name (« Fromagerie » alone is no company's name)."""
        words = h.org.value.split()
        if h.kind == "table" or not words or fold(words[-1]).lower() not in lexicon.TRADE_HEADS or len(words) > 2 \
                or (len(words) == 2 and fold(words[0]).lower() not in ("la", "le", "les", "l'")):
            return
        m = _TRADE_ADJECTIVE_TAIL.match(self.text, h.org.end)
        if m:
            end = h.org.end + len(m.group(0))
            h.org = Value(self.text[h.org.start:end], h.org.start, end, h.org.confidence)
            h.end_of_header = max(h.end_of_header, end)

    @staticmethod
    def _short_form_of(short: str, name: str) -> bool:
        """« Vuillemin-Roy » for « Décolletage Vuillemin-Roy » (its last words, five letters or more), « PHS » for
        « Plastiques Haut-Saônois » (its initials, all of them)."""
        sk, nk = org_key(short), org_key(name)
        if not sk or sk == nk or re.search(r"\s[–—-]\s", name):
            return False  # (« FRESHLINE – Légumerie du Léon »: a project and its laureate, the later name is the right one)
        if len(sk) >= 5 and nk.endswith(" " + sk):
            return True
        initials = [fold(w[0]) for w in re.findall(r"[A-ZÀ-Ý][\w'’]*", name)]
        return bool(re.fullmatch(r"[A-Z0-9&]{2,6}", short)) and len(initials) >= 2 and \
            [fold(c) for c in short if c.isalpha()] == initials

    @staticmethod
    def _brand_of(short: str, name: str) -> bool:
        """« Sulfochem » (a sub-heading « Sulfochem : 65 M€ à Mourenx ») for « Sulfochem Béarn »: the name's first
        word, a brand rather than a trade (« Plastiques » is no short form of « Plastiques du Guiers »)."""
        sk, nk = org_key(short), org_key(name)
        return len(sk) >= 5 and " " not in sk and nk.startswith(sk + " ") and sk not in lexicon.TRADE_HEADS \
            and sk not in lexicon.LABEL_WORDS

    @staticmethod
    def _alias_key(name, aliases) -> str:
        key = org_key(name)
        return aliases.get(key, key)

    def _read(self, headers: list[Header], aliases: dict) -> list[tuple[Header, Laureate]]:
        """(first header, laureate) of each organisation named by ``headers``, read in its segments."""
        segments = self._segments(headers)
        if headers and len({self._alias_key(h.org.value, aliases) for h in headers}) == 1:
            # A text about one laureate (a company's own release, a local story) speaks of it to the end: its
            # figures may sit paragraphs away from its name (« « Cap Stérile » représente 5,2 M€ … »).
            segments[0] = (segments[0][0], max(segments[0][1], self.own_end))
            # (« À propos des Laboratoires X » at the foot of their own release, « Fondée en 2012, X a été rachetée … »
            # near the end of a story whose headline names X: the text spoke of it from its headline)
            first = self._mentions(headers[0].org.value, 0, headers[0].org.start)
            if first and (first[0].start() < 600
                          or _ABOUT_BOX.search(self.text, max(0, headers[0].org.start - 200), headers[0].org.start)):
                segments[0] = (self.text.rfind("\n", 0, first[0].start()) + 1, segments[0][1])
        seen: dict[str, Laureate] = {}
        pairs = []
        for header, (s, e) in zip(headers, segments):
            lau = self._laureate(header, s, e)
            key = self._alias_key(lau.get("organisation"), aliases)
            if key in seen:  # the same organisation twice: keep the first, fill its gaps
                first = seen[key]
                first.other_segments.append(lau.segment)
                fc, lc = first.fields.get("commune_insee"), lau.fields.get("commune_insee")
                if fc is not None and lc is not None and fc.confidence <= 0.55 and lc.confidence >= fc.confidence + 0.2:
                    # « Nutrisem Beauce – projet … » (a heading: only the name's own town) then « Nutrisem Beauce
                    # construit à Châteaudun (Eure-et-Loir) »: the passage's place beats a guess from the name
                    for name in ("commune_insee", "commune_name", "department_code", "region_code"):
                        first.fields.pop(name, None)
                for name, value in lau.fields.items():
                    # (a table's cell says its value outright: it beats what the prose above the table let us read)
                    if name not in first.fields or first.fields[name].value is None or (
                            lau.kind == "table" and first.kind != "table" and name != "organisation"):
                        first.fields[name] = value
                continue
            seen[key] = lau
            pairs.append((header, lau))
        return pairs

    def read_at(self, start: int, end: int) -> Laureate:
        """Fields of the organisation written at text[start:end], which the operator added because the
        extractor missed it: it becomes one more header among the rules' and its passage (its sentence
        and the next ones that speak of it) is read like theirs."""
        self._locate()
        headers = [h for h in self._headers() if not (h.org.start < end and start < h.org.end)]
        sentence_start = _enclosing(self.sentences, start)[0]
        line_start = self.text.rfind("\n", 0, start) + 1
        own = Header(max(sentence_start, line_start, 0), Value(self.text[start:end], start, end, 1.0), "candidate",
                     end_of_header=end)
        headers = sorted([*headers, own], key=lambda h: h.start)
        self.named = sorted(h.org.start for h in headers)
        index = headers.index(own)
        s, e = self._segments(headers)[index]
        return self._laureate(own, s, e)

    # ---------------------------------------------------------------------------------------------
    # Territory of the whole text: départements and régions it names.
    def _territory(self) -> dict:
        deps, regs = Counter(), Counter()
        t, f = self.text, self.folded

        def elsewhere(pos):  # other articles' headlines (« À lire aussi ») inside the text
            return any(a <= pos < b for a, b in self.link_spans)

        # (« (24-13) » is a score)
        for m in re.finditer(r"\(\s*(" + DEPT_CODE_RE + r")\s*\)|(?<![\d\s])\s*[–—-]\s*(" + DEPT_CODE_RE + r")\s*\)", t):
            code = m.group(1) or m.group(2)
            if self.gaz.department_of(code) and not elsewhere(m.start()):
                deps[code] += 1
        for p in self.places:
            if elsewhere(p.start):
                continue
            before = f[max(0, p.start - 25):p.start]
            if _REFERENCE_POINT_LEFT.search(f, max(0, p.start - 30), p.start):
                continue  # « au sud de Vienne », « au nord de Lyon »: a town that places the site, not its département
            if p.kind == "department" and (_DEP_PREP.search(before) or t[p.start - 1:p.start] == "("):
                deps[p.candidates[0]] += 1
            elif p.kind == "region" and (_REG_PREP.search(before) or p.end - p.start > 8):
                regs[p.candidates[0]] += 1
        total = sum(deps.values())
        homonym_hint = None
        # (a tie between départements is broken by their régions' mentions: « Le quotidien de la Martinique »)
        # (two mentions at least: one « Saint-Claude en Guadeloupe ou chez nous ? » is no hint)
        ranked = sorted(deps, key=lambda d: (deps[d], max(0, regs.get(self.gaz.region_of_department(d), 0) - 1)), reverse=True)
        dominant = ranked[0] if ranked and deps[ranked[0]] >= 2 and deps[ranked[0]] >= 0.6 * total else None
        if not deps:
            # no département written: the communes that have no homonym say where the text is (« Louverné »,
            # « Saint-Berthevin » place « Changé » in the Mayenne, not in the Sarthe) — a hint for homonyms only
            unique = Counter(p.candidates[0].department for p in self.places
                             if p.kind == "commune" and len(p.candidates) == 1)
            if unique:
                top, n = unique.most_common(1)[0]
                if n >= 2 and n >= 0.6 * sum(unique.values()):
                    deps[top] = n
                    ranked = [top]
                    if n >= 4 and n >= 0.8 * sum(unique.values()):
                        homonym_hint = top  # (« Privas », « Le Cheylard », « Aubenas », « Le Teil »: a story of the Ardèche)
        for d in ranked:
            regs[self.gaz.region_of_department(d)] += 0  # keep the key, no weight
        return {"departments": ranked, "regions": [r for r, _ in regs.most_common() if r],
                "dominant": dominant, "dep_counts": deps, "reg_counts": regs,
                # (for homonyms only: not a département to give a laureate whose commune is not written)
                "homonym_hint": dominant or homonym_hint,
                # (the département a story's head names: « VENDÉE / FONTENAY-LE-COMTE » above the headline)
                "named_deps": {p.candidates[0] for p in self.places if p.kind == "department" and p.start < 400
                               and not elsewhere(p.start) and self._line_end(p.start) - t.rfind("\n", 0, p.start) <= 60}}

    # ---------------------------------------------------------------------------------------------
    # Headers
    def _headers(self) -> list[Header]:
        t = self.text
        headers: list[Header] = []
        taken = []  # spans already claimed

        announces = bool(_ANNOUNCES.search(self.folded))
        if announces:
            # (a closure story: its only words of support are negated — « Le dossier n'a pas été retenu », « un dossier
            # France Relance refusé » — or are a social plan's « accompagnement individualisé »)
            def told(m):
                ss, se = _enclosing(self.sentences, m.start())
                sent = self.folded[ss:se] if se > ss else self.folded[max(0, m.start() - 100):m.end() + 100]
                if _NOT_RETAINED.search(sent) or re.search(r"\brefus\w*|\brejet\w*", sent) or (
                        re.search(r"\bcandidat\w*", sent) and not re.search(r"laureat|retenu|selectionn|decroch", sent)):
                    return False
                return not (m.group(0).startswith("accompagn") and re.search(
                    r"reclassement|licenci\w+|individualise|plan\s+social|\bpse\b|suppressions?\s+de\s+postes|fermeture", sent))
            announces = any(told(m) for m in _ANNOUNCES.finditer(self.folded))
        # (« Si le dossier est retenu, … », « Les premiers lauréats devraient être connus cet été »: no grant yet)
        granted = any(not re.search(r"\bsi\s+(?:\w+\s+){0,3}$", self.folded[max(0, g.start() - 30):g.start()])
                      and not re.match(r"\w*\s+(?:\w+\s+)?(?:devraient|devrait|seront|sera)\b", self.folded[g.end():g.end() + 40])
                      for g in _GRANTED.finditer(self.folded))
        if _CALL_FOR_APPLICATIONS.search(self.folded) and not granted:
            announces = False  # a call's rules (« Date limite de dépôt », « Qui peut candidater ? »), no laureate yet
        # « Ancoris, le cabinet mandaté par l'État, … »: a consultant, a bank or a client is no laureate, in any mention.
        advisors = {norm(m.group(0)) for m in re.finditer(CAPNAME, t) if ADVISOR_AFTER.match(self.folded, m.end())
                    # « Cinq entreprises suivies par Sarthe Essor »: the agency or consultant that follows them
                    or _FOLLOWED_BY.search(self.folded, max(0, m.start() - 30), m.start())}
        # « La filiale du groupe lyonnais Heliantha Pharma … » then « Le groupe Heliantha Pharma … »: the parent, in any mention
        # (only in prose: a list's own item « - Seqens : … » is a laureate even when another item is its subsidiary)
        parents = {norm(m.group("org") or m.group("org2")) for m in _PARENT_NAMED.finditer(t)}
        # « PARIS, 14 oct 2026 (APH) - … », « APH 141042 OCT 26 »: the news agency that wrote the dispatch
        advisors |= {norm(m.group("agency")) for m in _AGENCY_DATELINE.finditer(t)}
        # « Fonds Vercors Croissance II – FPCI », « les participations de Vercors Croissance II »: an investment fund
        advisors |= {norm(m.group("org")) for m in _FUND_NAMED.finditer(t)}
        # « Chez Robotique X, nous aimons raconter les réussites de nos clients » (no award of its own): the supplier
        # writing about a client's award
        if not self._own_awards and _OUR_CLIENTS.search(self.folded, 0, self.own_end):
            advisors |= {norm(m.group("org")) for m in _WRITER_AT.finditer(t, 0, self.own_end)}

        labels = [0]  # label headers so far (« Bénéficiaire : X »): two make a text of fiches

        def add(h: Header | None):
            if h is None:
                return
            if not announces and h.kind not in ("project_by", "org_for_project", "label") and h is not self.self_company and not (
                    h.kind == "table" and _table_tells_grant((h.columns or {}).values())):
                return  # a list of companies in a text that announces no support (closures, agenda…); a table
                # with a column of aid (« Subvention », « Aide (€) ») says it by itself
            pt = _PERSON_TITLE_OF.match(self.text, h.org.start)
            if pt and (_first_name_led(pt.group("person")) or pt.group("speaker")) \
                    and fold(pt.group("co").split()[0]) not in _INSTITUTION_HEADS:
                # « Anne-Sophie Marchand, présidente de Porcelaine de la Yèvre (Vierzon) », « YANN — Yann L., président
                # d'Ondelys Systems »: a person named by the company they run; the company is the one to read
                h.org = Value(pt.group("co"), pt.start("co"), pt.end("co"), h.org.confidence)
            tm = re.search(r"[ \t]+[–—][ \t]+(?=[A-ZÀ-Ý])[^–—()]{2,40}$", h.org.value) if h.kind == "table" else None
            if tm and len(h.org.value[:tm.start()].split()) >= 2 and any(
                    p.kind == "commune" and p.start == h.org.start + tm.end() - len(tm.group(0).lstrip(" \t–—"))
                    and p.end == h.org.end for p in self.places_in(h.org.start + tm.start(), h.org.end)):
                # « SAS Loire Textiles Techniques – Saint-Jean-de-Braye (45) » in a table's cell: the name, then its seat
                h.org = Value(h.org.value[:tm.start()], h.org.start, h.org.start + tm.start(), h.org.confidence)
            tm = re.match(r"(?:Président|Présidente|Directeur\s+général|Directrice\s+générale|PDG|Gérant|Gérante|Fondateur|"
                          r"Fondatrice|Dirigeant|Dirigeante)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)(?=[A-ZÀ-Ý])",
                          h.org.value)
            if tm and len(h.org.value) - tm.end() >= 4:
                # « Président des Laminoirs Lysiens (siège à Lillers …) », a signature's line: the company, not its head
                h.org = Value(h.org.value[tm.end():], h.org.start + tm.end(), h.org.end, h.org.confidence)
            cut = re.search(r"[ \t]*\([ \t]*[A-Z][A-Z0-9&]{1,7}[ \t]*\)$", h.org.value)
            if cut and cut.start() > 2:
                # « Garonne Microsystèmes Filtrants (GMF) » in a heading: the name, its acronym an alias (see run)
                h.org = Value(h.org.value[:cut.start()], h.org.start, h.org.start + cut.start(), h.org.confidence)
            am = re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", h.org.value) and \
                re.match(r"[ \t]*[–—-][ \t]+(" + CAPNAME + r")", self.text[h.org.end:h.org.end + 90])
            if am and _acronym_of(h.org.value, am.group(1)):
                # « • FE2 – Fougères Électronique Embarquée – Fougères »: the name the acronym stands for
                h.org = Value(am.group(1), h.org.end + am.start(1), h.org.end + am.end(1), h.org.confidence)
            if h.kind != "table" and any(a <= h.org.start < b for a, b in self.table_spans):
                return  # a cell or the rest of a broken name in a space-aligned table
            if h.kind != "table" and any(o.kind == "table" and o.start <= h.org.start < o.end_of_header for o in headers):
                return  # « Réunion Fruits Transformation (RFT) | Saint-Louis (974) | … »: a word of another row's cells
            if any(a <= h.org.start < b for a, b in self.link_spans):
                return  # « À lire aussi » / « - Biotech : pourquoi Nantes attire … »: another article's headline
            if h.kind == "sibling":
                # A listed name may sit inside the passage a sibling claimed from the sentence start: only
                # another header's name excludes it.
                if any(o.org.start < h.org.end and h.org.start < o.org.end for o in headers):
                    return
            else:
                i = bisect.bisect_right(taken, (h.org.start, float("inf"))) - 1
                if 0 <= i < len(taken) and taken[i][0] <= h.org.start < taken[i][1]:
                    return
            if h.kind not in ("label", "table", "colon") and labels[0] >= 2 and self._in_fiche_field(h):
                return
            if self._is_place_only(h.org.value) and not _LEGAL_AFTER.match(self.text, h.org.end):
                return
            if re.match(r"[ \t]*(?:[-•*][ \t]*)?\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+$",
                        self.raw[self.raw.rfind("\n", 0, h.org.start) + 1:h.org.start]):
                return  # « 14/11  Club des DRH industriels – Metz »: an agenda's entry
            if _DATED_HEADING.match(self.raw, self.raw.rfind("\n", 0, h.org.start) + 1) \
                    and h.org.start < self._line_end(h.org.start) <= h.org.end + 40:
                return  # « ▸ 17 NOVEMBRE — NOGENT » (then « Bonne nouvelle … »): a chronicle's date and town
            if re.match(r"[ \t]*(?:[-•*][ \t]*)?(?:19|20)\d\d[ \t]*[–—:-][ \t]+$",
                        self.raw[self.raw.rfind("\n", 0, h.org.start) + 1:h.org.start]):
                return  # « 1968 — Nouvelle usine sur le plateau de Thiers »: a line of a timeline
            if h.kind == "colon" and re.match(r"[ \t]*:[^\n]*\b(?:pas|et\s+non)\s+(?:de\s+)?\d", self.folded[h.org.end:self._line_end(h.org.start)]):
                return  # « - Perrotin : l'aide accordée est de 290 000 €, pas 360 000 € »: a correction's line, not an item
            if h.kind == "candidate" and self._title_only_mention(h):
                return
            if h.kind not in ("table", "label") and any(a <= h.org.start < b for _, (a, b) in self._caps_blocks):
                return  # « – Unité de farines, Saint-Pierre (974) » under a slide's company: what it does
            if h.kind not in ("table", "label") and self._non_award_rubric(h.org.start):
                return  # « **LEVÉE DE FONDS — Mécanhydro boucle 4 M€** », « **SALON — X, J-150** »: a column's other news
            rls = self.raw.rfind("\n", 0, h.org.start) + 1
            if h.kind not in ("table", "label") and re.match(r"[ \t]*[➢◦▸]", self.raw[rls:h.org.start]) and any(
                    re.match(r"[ \t]*•", ln) for ln in self.raw[max(0, rls - 400):rls].split("\n")[-7:]):
                return  # « • Lunel Ferments » / « ➢ Ferments lactiques et levains »: a sub-item, what the item does
            if h.kind == "candidate" and _CAPS_NAME_HEADING.match(self.text, self.text.rfind("\n", 0, h.org.start) + 1) \
                    and h.org.value.isupper():
                return  # « EXTRUDAL : UNE LIGNE DE PROFILÉS TECHNIQUES »: the sub-heading's headline, not a name
            if norm(h.org.value) in lexicon.TECH_TERMS and not re.search(r"[A-ZÀ-Ý0-9][\w'’&-]*[ \t]*\($",
                                                                         self.text[max(0, h.org.start - 60):h.org.start]):
                return  # « recyclage du PET », « l'Open RAN »: a material or a technique (« X (PVC) » is X's acronym)
            if h.kind not in ("table", "label") and _ADDRESS_BEFORE.search(self.folded, max(0, h.org.start - 40), h.org.start):
                return  # « la zone d'activités de la route de Conches, l'entreprise … »: a street's name, not a company's
            if h.kind not in ("table", "label") and re.search(r"\b(?:notre|votre|leur|son|ce|le)\s+projet\s*[«“\"]?\s*$",
                                                            self.folded[max(0, h.org.start - 20):h.org.start]):
                return  # « Notre projet VOSGI-RELOC a été retenu »: the project's name, not its company's
            if h.kind == "candidate" and re.fullmatch(r"[A-Z]{2,5}", h.org.value) \
                    and re.search(r"(?:^|\s)[a-zà-ÿ][\w'’-]*\s*\(\s*$", self.text[max(0, h.org.start - 30):h.org.start]):
                return  # « circuits imprimés (PCB) », « unités radio (RU) »: a technical term's acronym
            if (h.kind in _PROSE_KINDS or h.kind == "candidate") and self.brief_items and not self._item_tells_support(h.org.start):
                return  # « Hydrolis lève 3 M€ … Aucune aide publique n'a été sollicitée »: a brief about something else
            if h.kind not in ("label", "table", "colon"):
                ls_ = self.text.rfind("\n", 0, h.org.start) + 1
                if h.kind == "candidate" and not self.text[ls_:h.org.start].strip() \
                        and re.match(r"[ \t]*:", self.text[h.org.end:h.org.end + 5]):
                    return  # « Dirigeant : « … » », « Rubrique : Lannion > Économie »: a fiche's label, not a name
                lab = re.match(r"[ \t>]*(?:[-•*][ \t]*)?([^\n:>]{2,40}?)[ \t]*:[ \t]*", self.folded[ls_:h.org.start])
                ss_ = _enclosing(self.sentences, h.org.start)[0]
                if not (lab and _ROLE_LABEL.match(lab.group(1))) and ss_ > ls_:
                    # (« Montant : … sont attendus. Principal débouché : X, l'équipementier … »)
                    lab = re.fullmatch(r"\s*([^\n:>.]{2,40}?)[ \t]*:[ \t]*", self.folded[ss_:h.org.start])
                if lab and _ROLE_LABEL.match(lab.group(1)):
                    return  # « Principal client : Opérateur Télécom Ouest », « Concurrent : X »: someone else than the laureate
            if re.match(r"\s+(?:reprend|rach[eè]te|acquiert|absorbe|prend\s+le\s+contr[oô]le)\b", self.text[h.org.end:h.org.end + 30]) \
                    and re.search(r"\bgroupe\s+(?:[a-zà-ÿ-]+\s+)?$", self.folded[max(0, h.org.start - 40):h.org.start]):
                return  # « Le groupe espagnol Ardanz Industrias reprend 100 % du capital »: the buyer
            if h.kind == "candidate" and re.search(r"\b(?:acquiert|rachete|reprend|absorbe|cede|vend)\s+(?:les\s+|la\s+|le\s+|l\W\s*|sa\s+|son\s+|ses\s+)?$",
                                                   self.folded[max(0, h.org.start - 25):h.org.start]):
                return  # « Le groupe NordChem acquiert les Peintures de l'Ouest »: a takeover's target, no laureate by that
            if h.kind != "subject" and not h.story and _EMPLOYER_LINE.fullmatch(self.text[self.text.rfind("\n", 0, h.org.start) + 1:h.org.start]) \
                    and re.match(r"[ \t]*(?:[|•·][^\n]*)?(?:\n|$)", self.text[h.org.end:]):
                return  # « Chargée de mission chez Technopole Trégor »: a commenter's employer (a laureate's own
                # comment is read by _repeated_mentions; the author of a post about its award, by _poster_header)
            if self._acronym_of_named(h, headers):
                return  # « les Salaisons Grimault et Fils (SGF) » after the title's « Salaisons Grimault »: the same laureate
            if self.text[h.org.start - 1:h.org.start] == "(" and any(
                    re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", o.org.value) and _abbreviates(o.org.value, h.org.value)
                    and re.fullmatch(r"[ \t]*\(", self.text[o.org.end:h.org.start]) for o in headers):
                return  # « ISOMAT (Isolants et Matériaux Techniques) »: what the laureate's acronym stands for, the same one
            if h.kind != "table" and org_key(h.org.value) in self.refused:
                return  # « Hexacell … » in the prose, « Hexacell | … | Non candidat » in the table
            if any(org_key(h.org.value) == k or org_key(h.org.value).endswith(" " + k) for k in self.said_not_beneficiary):
                return  # « Daurat Process n'est pas bénéficiaire de l'aide » (the supplier of a laureate, said once)
            if self._not_a_name(h.org.value, h.org.start, h.org.end) or self._not_retained(h) \
                    or norm(h.org.value) in advisors or (norm(h.org.value) in parents and (h.kind in _PROSE_KINDS or h.kind == "candidate")):
                return
            if (h.kind in _PROSE_KINDS or h.kind == "candidate") and any(p.startswith(norm(h.org.value) + " ") for p in parents) \
                    and re.search(r"\bgroupe\s+(?:[a-z-]+\s+)?$", self.folded[max(0, h.org.start - 30):h.org.start]):
                return  # « filiale du groupe lyonnais Dumontet Industries » then « Le groupe Dumontet, qui possède … »
            self._cut_trailing_place(h)
            self._cut_site_commune(h)
            self._extend_name_suffix(h)
            self._extend_by_acronym(h)
            if re.fullmatch(r"(?:(?:Le|La|Les)\s+|L['’]\s*)[a-zà-ÿ-]+", h.org.value.strip()):
                return  # « Le verrier de Saint-Omer » cut to its place: a trade, no name
            # (a table row's name starts its own line: the row above's « Filiale du groupe X » is not about it)
            lo = self.text.rfind("\n", 0, h.org.start) + 1 if h.kind in ("table", "label") else 0
            if _PARENT_BEFORE.search(self.folded, max(lo, h.org.start - 50), h.org.start) and \
                    not _BRANCH_OF.search(self.folded, max(lo, h.org.start - 60), h.org.start):
                return  # « la filiale du groupe japonais NTN, … »: the parent group is not the laureate
            if h.kind in ("apposition", "intro") and re.search(r"\b(?:une?|des)\s+[a-z]{4,}\s+(?:de|du|des|d\W)\s*$",
                                                    self.folded[max(0, h.org.start - 40):h.org.start]):
                # « une biscuiterie de Casinca, un fabricant de … »: a place after a trade, not a name
                return
            if h.kind == "table" and len([c for c in (h.columns or {}).values() if c.strip()]) <= 3 \
                    and norm(h.org.value).split()[0] in lexicon.LABEL_WORDS | _LONE_LABELS:
                return  # « | Investissements générés | 24,6 M€ | »: a table of key figures, no laureate's row
            if h.kind in ("apposition", "at_place") and norm(h.org.value).split()[0] in lexicon.LABEL_WORDS:
                return  # « À Valence, la société … », « Enfin, à Millau (Aveyron), … »: not a name
            # A prose header claims its name, not the sentence before it: another laureate may be named
            # earlier in the same sentence (« … mis en œuvre par X, … ou encore la société Y »).
            claim = h.org.start if h.kind in _PROSE_KINDS else h.start
            bisect.insort(taken, (claim, max(h.end_of_header, h.org.end)))
            headers.append(h)
            labels[0] += h.kind == "label"

        # E2: a table written with dashes, tabs or semicolons: its heading says what each cell is, which beats the
        # line rules below (« Fonderie X – Vire – 2 000 000 € – 350 000 € » is not a « NOM – Commune » line).
        for h in self._text_table_headers():
            add(h)
        for h in self._aligned_table_headers():
            add(h)
        # B: « Le projet « X » porté par Y – Commune (44) », « Le projet « X » de la PME Y à Commune (60) »
        for m in [*_PROJECT_BY.finditer(t), *_PROJECT_OF.finditer(t)]:
            found = {k for k, v in m.groupdict().items() if v}
            og = "org" if "org" in found else "org2"
            org = clean_org(m.group(og), m.start(og))
            if not org:
                continue
            line_start = t.rfind("\n", 0, m.start()) + 1
            bullet = BULLET_RE.match(t, line_start)
            start = line_start if (bullet or m.start() - line_start < 5) else self._sentence_start(m.start())
            group = next(g for g in ("project", "project2", "project2q") if g in found)
            project = Value(m.group(group).strip(), m.start(group), m.end(group), 0.9)
            add(Header(start, Value(org[0], org[1], org[2], 0.9), "project_by", project,
                       (m.end(og), self._line_end(m.end())), m.end()))
        # B1: « « X » est porté par Y » (the quoted name is the project even without the word « projet »)
        for m in _QUOTED_PROJECT_BY.finditer(t):
            org = clean_org(m.group("org"), m.start("org"))
            if not org:
                continue
            ss, se = _enclosing(self.sentences, m.start())
            project = Value(m.group("project").strip(), m.start("project"), m.end("project"), 0.85)
            add(Header(min(ss, m.start()), Value(org[0], org[1], org[2], 0.85), "project_by", project,
                       (m.end("org"), max(se, m.end())), m.end()))
        # B2: « Y pour son projet « X » » at the start of a line or bullet
        for m in _ORG_FOR_PROJECT.finditer(t):
            org = clean_org(m.group("org"), m.start("org"))
            if org and norm(org[0]).split()[0] not in lexicon.LABEL_WORDS:  # « Exemple avec le projet « X » »
                project = Value(m.group("project").strip(), m.start("project"), m.end("project"), 0.85)
                add(Header(m.start(), Value(org[0], org[1], org[2], 0.85), "org_for_project", project,
                           None, m.end()))
        # A / D: lines « - Nom (Commune, 38) : description » and « Entreprise : Nom »
        for m in _COLON_LINE.finditer(t):
            add(self._colon_header(m))
        # A1: headings « Valognes : la tour de séchage de la Laiterie X » above their paragraph (a round-up by commune)
        for h in [*self._sector_heading_headers(), *self._bold_dateline_headers(), *self._dep_name_commune_headers(),
                  *self._project_heading_headers(), *self._commune_first_headers(), *self._slide_place_headers(),
                  *self._numbered_laureate_headers(), *self._slide_title_headers(), *self._section_name_headers(),
                  *self._bold_name_place_headers()]:
            add(h)
        round_up = [*self._caps_place_brief_headers(), *self._place_headline_headers()]
        for h in round_up or [self._story_headline_header() or self._subject_headline_header() or self._caps_portrait_header()]:
            add(h)
        for h in [*self._caps_name_heading_headers(), *self._bold_brief_subject_headers(), *self._numbered_name_heading_headers()]:
            add(h)
        # A1b: « 1. SAS PLASTIQUES BUGISTES – SIREN 785 738 843 » above its fiche's lines: a company identified by its number
        for m in _SIREN_LINE.finditer(t):
            org = clean_org(m.group("org"), m.start("org"))
            if org:
                add(Header(m.start(), Value(org[0], org[1], org[2], 0.85), "label", None,
                           (m.end(), self._line_end(m.end())), m.end()))
        # A2: a short line « NOM – Commune » or « Nom (Commune, 87) » followed by its description
        for m in _SHORT_LINE.finditer(t):
            add(self._short_line_header(m))
        # A4b: a line with the name alone (perhaps a bullet), then lines « Commune : X », « Projet : … »
        for m in _FICHE_NAME_LINE.finditer(t):
            add(self._fiche_name_header(m))
        # A4: a heading line with the name alone, then « Commune (38) – description »
        for m in _NAME_LINE.finditer(t):
            add(self._name_line_header(m))
        # A4c: cards « Fromagerie des Combes » / « Frasne – affinage de comté » (the name, then its commune and trade)
        for h in [*self._card_headers(_NAME_PLACE_TRADE, whole_place=True), *self._card_headers(_PIN_CARD, self.raw),
                  *self._ranked_amount_headers(), *self._card_headers(_LABEL_NAME_PLACE),
                  *self._card_headers(_NUMBERED_PLACE_NAME, whole_place=True),
                  *self._card_headers(_BULLET_PLACE_COLON_NAME, whole_place=True),
                  *self._card_headers(_LETTERED_BOLD, whole_place=True),
                  *self._card_headers(_PLACE_DEP_NAME_DASH, whole_place=True), *self._indented_dash_headers(), *self._caps_block_headers(),
                  *self._card_headers(_PLACE_DASH_NAME_LINE, whole_place=True), *self._card_headers(_BULLET_SUBPLACE, self.raw),
                  *self._card_headers(_BULLET_PLACE_DASH_NAME, whole_place=True), *self._card_headers(_NAME_DASH_PLACE_DEP_LINE, whole_place=True),
                  *self._card_headers(_BULLET_NAME_COMMUNE_DEP, whole_place=True)]:
            add(h)
        # A4b: a heading « Département (01) – Nom » above the labelled lines of its fiche (« Commune : … »)
        for m in _DEP_FIRST_LINE.finditer(t):
            add(self._plausible_header(self._dep_first_header(m)))
        # A5: « Nom (Commune) - description » on one line
        for m in _PAREN_DASH_LINE.finditer(t):
            add(self._paren_dash_header(m))
        # A6: a bullet that ends with the territory « - Nom (29, agroalimentaire) ; »
        for m in _BULLET_PAREN_END.finditer(t):
            add(self._bullet_paren_header(m))
        # A3: bullets without colon « - Somfy, à Cluses, qui … », « - la fromagerie Chabert, à Rumilly, pour … »
        for m in _BULLET_COMMA.finditer(t):
            add(self._bullet_comma_header(m))
        # E: table rows « Nom | Commune | Montant »
        for h in self._table_headers():
            add(h)
        # C: prose introductions « la société Y », « Y, PME basée à … » in laureate sentences
        if _ANNOUNCES.search(self.folded):
            for m in _COMPANY_INTRO.finditer(t):
                add(self._intro_header(m, m.group("org"), m.start("org")))
            for m in _APPOSITION.finditer(t):
                add(self._intro_header(m, m.group("org"), m.start("org"), apposition=True))
            # « … mis en œuvre par X », « … mené par Exinnov, à Bordeaux » (the project is described first)
            for m in _CARRIED_BY.finditer(t):
                if not _PERSON_AFTER.match(t, m.end("org")):
                    add(self._intro_header(m, m.group("org"), m.start("org")))
            # « les entreprises retenues sont X à A, Y à B et Z », « Dans le Loiret, sont retenues X, Y à B »
            for m in _ENUM_RETAINED.finditer(t):
                for h in self._enum_headers(m):
                    add(h)
            # « C'est le cas de X, un fabricant de … »: a company noun in apposition, inside a sentence
            for m in _MID_APPOSITION.finditer(t):
                before = t[max(0, m.start("org") - 40):m.start("org")]
                if re.search(r"[A-ZÀ-Ý][\w'’-]*[ \t]+(?:(?:de|du|des|la|le|et)[ \t]+|de[ \t]+la[ \t]+|d['’]|l['’])?$", before) \
                        or re.search(r"-[lL]['’]$|\bprojets?[ \t]+$", before):
                    continue  # the end of a longer name (« Hydrogène du Cotentin », « Saint-Donat-sur-l'Herbasse »)
                org = m.group("org")
                head, sep, rest = org.partition(" et ")
                if sep and self._is_place_only(head):
                    # « cap sur l'Eure-et-Loir et Plasturgie du Loir, lauréate elle aussi »
                    add(self._intro_header(m, rest, m.start("org") + len(head) + len(sep), apposition=True))
                    continue
                add(self._intro_header(m, org, m.start("org"), apposition=True))
            # « Hors appel à projets national, Microsoud, fabricant de transformateurs …, obtient 500 000 € »
            for m in _NAME_AFTER_FRONTED.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), apposition=True)))
            # « La Métallerie Bragarde, 38 salariés, apprend qu'elle figure parmi les lauréats du Fonds … »
            for m in _LEARNS_AWARD.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            # « Autre projet retenu, celui de X, qui conçoit … »: « celui de » after a project or laureate word
            for m in _CELUI_DE.finditer(t):
                ss, _ = _enclosing(self.sentences, m.start())
                if _CELUI_CUE.search(self.folded, max(ss, m.start() - 120), m.start()):
                    # (« Le plus gros projet est celui d'X. » says the support by itself, in a support text)
                    add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"),
                                                                  cued=bool(_ANNOUNCES.search(self.folded)))))
            # « Fruits secs de Garonne est installée depuis 1998 à Valence, … »: a paragraph opening on where the
            # company is (the rest of the paragraph, or the next, tells of its project)
            for m in _IS_LOCATED_AT.finditer(t):
                ps_, pe_ = self._paragraph(m.start("org"))
                nxt = self._next_paragraph(pe_)
                funded = any(q.money for q in self.quantities_in(ps_, pe_)) or bool(
                    nxt and _ANAPHORA_START.match(self.folded, nxt[0]) and any(q.money for q in self.quantities_in(*nxt)))
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=funded)))
            # « Sud-Ouest Conserves agrandit son usine de … : 5,2 M€ d'investissement », « Les Laboratoires cévenols, fabricant
            # de …, reçoivent 570 000 € »: a sentence opened by a company that does a project's verb, with its figures
            for m in _SUBJECT_PROJECT_VERB.finditer(t):
                ss_, se_ = _enclosing(self.sentences, m.start("org"))
                if _first_name_led(m.group("org")) or not any(q.money for q in self.quantities_in(ss_, se_)) \
                        or re.search(r"\s(?:et|&)\s+[A-ZÀ-Ý]", m.group("org")):
                    continue  # (« X et Y, à Rodez, reçoivent respectivement … »: two subjects, for the plural rules)
                if re.search(r"[A-ZÀ-Ý][\w'’-]*[ \t]*\n[ \t]*$", t[max(0, m.start("org") - 40):m.start("org")]):
                    continue  # « … Ardennes Forge / Composants (AFC) relocalise »: the rest of a name cut by the line's end
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            # « … le portail de **Lamothe Précision**. », « À Beaumont, **Arverne Diagnostics** occupe … »: a reportage
            # that writes each company in bold where it first names it (two at least), in paragraphs of support
            bold = [m for m in re.finditer(r"\*\*(?P<org>[A-ZÀ-Ý][^*\n]{1,60}?)\*\*", self.marked)
                    if re.search(r"[a-zà-ÿ,]\s*$", self.marked[self.marked.rfind("\n", 0, m.start()) + 1:m.start()])
                    and re.fullmatch(CAPNAME, m.group("org").strip())
                    # (« Notre projet **SOLVA** »: a project's code name)
                    and not re.fullmatch(r"[A-Z0-9+'’-]{2,14}", m.group("org").strip())
                    and not re.search(r"\b(?:projet|programme|marque|gamme|produit|baptise|nomme)\s*$|\bpar\s*$|" + _SPEECH_VERB + r"\s*$",
                                      fold(self.marked[max(0, m.start() - 30):m.start()]))]  # (« par **X** »: a byline;
            # « », se souvient **Yann-Erwan L.** »: the speaker)
            if len(bold) >= 2:
                for k, m in enumerate(bold):
                    # (its story runs to the next company in bold: the support may be told paragraphs later)
                    end = bold[k + 1].start() if k + 1 < len(bold) else self.own_end
                    if self._support_told(m.start(), end):
                        add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            # « Directrice générale de Nitrea Chimie depuis 2019, Frédérique M. revient sur le projet … retenu par l'État »:
            # an interview's lead names the company its guest runs
            for m in _FRONTED_TITLE_OF.finditer(t):
                if norm(m.group("org")) not in lexicon.INSTITUTIONS and fold(m.group("org").split()[0]) not in _INSTITUTION_HEADS:
                    add(self._intro_header(m, m.group("org"), m.start("org")))  # (the title is the guest's, not a person's name)
            # « … annonce la liste des lauréats de la vague : l'Atelier X en fait partie, avec une subvention de … »
            for m in _IS_PART_OF.finditer(t):
                ss_, _ = _enclosing(self.sentences, m.start("org"))
                # (the list just named: in the same sentence, before a colon — « Les projets sont portés par des acteurs
                # variés. X en fait partie. » is not about laureates)
                if re.search(r"\b(?:laureat|retenu|selectionn|liste)\w*\b[^.;]*:\s*(?:la|le|les|l\W)?\s*$",
                             self.folded[ss_:m.start("org")]):
                    add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            # « Chez Usinage Célé-Lot, on usine depuis 1979 … »: the company whose premises the sentence enters
            for m in _AT_COMPANY.finditer(t):
                end = min(self.own_end, m.end() + 1500)
                told = self._support_told(m.start(), end, fundraising_too=True)
                near = self.folded[m.start():min(self.own_end, m.end() + 600)]
                if _NOT_RETAINED.search(near) or _PENDING.search(near) or re.search(r"\bon\s+attend\b|pas\s+encore\s+de\s+victoire", near):
                    continue  # « Chez X, on attendait la liste … Elle est tombée : dossier ajourné », « On a déposé, on attend »
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=told)))
            # « En Corse-du-Sud, c'est Insula Circuits qui décroche la mise »
            for m in _CEST_X_QUI.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            # « C'est sur cette zone, à Baie-Mahault, que la Caribéenne de Conditionnement Alimentaire (CCA) va implanter
            # une ligne … » (its paragraph, or the next, tells of the support)
            for m in _CLEFT_PLACE.finditer(t):
                ps_, pe_ = self._paragraph(m.start("org"))
                nxt = self._next_paragraph(pe_)
                if self._support_told(ps_, nxt[1] if nxt else pe_, fundraising_too=True):
                    add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            # « La Biscuiterie Santa Lina, c'est d'abord une boutique … » opening a portrait whose next lines tell of support
            for m in _NAME_CEST.finditer(t):
                ps_, pe_ = self._paragraph(m.start("org"))
                for _ in range(2):  # (the support and its figures may come in the next two paragraphs)
                    nxt = self._next_paragraph(pe_)
                    pe_ = nxt[1] if nxt else pe_
                if self._support_told(ps_, pe_):
                    add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            # « La Région a retenu Chaussures Mauges Création dans le cadre de … »: the company is what the body retained
            for m in _RETAINED_OBJECT.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            # « … le fonds Territoires d'industrie soutient Polyval (polymères techniques), qui … »: what a public body funds
            for m in _SUPPORTS_OBJECT.finditer(t):
                if _PUBLIC_FUNDER_LEFT.search(self.folded, max(0, m.start() - 110), m.start()):
                    add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            # « Avec Yonna Medical, c'est une start-up qui entre dans le club », « Changement de décor à Challans, où la
            # Légumerie du Marais transforme … »
            for m in (*_WITH_IT_IS.finditer(t), *(m for m in _WHERE_TRADE.finditer(t)
                                                   if fold(m.group("org").split()[0]) in lexicon.TRADE_HEADS)):
                h = self._plausible_header(self._intro_header(m, m.group("org"), m.start("org")))
                if h is None and m.re is _WITH_IT_IS:
                    h = self._headline_story(m)
                add(h)
            # « … mais c'est dans son atelier calaisien que Calytronic fabriquera ses cartes »: a cleft sentence
            for m in _CLEFT_SITE.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            # « Et le premier à aboutir ? » / « C'est la Conserverie Durance-Luberon, à Cavaillon, … »: an answer that
            # names the company and its commune
            for m in _CLEFT_NAME_AT.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            # « …, les Céramiques techniques de la Galaure, à Saint-Vallier, pour … », « la Manufacture romanaise du cuir,
            # à Romans-sur-Isère »: a trade's capital opens a name of small words, then its commune
            for m in _SMALL_TRADE_NAME_AT.finditer(t):
                ps, pe = m.span("place")
                org = clean_org(m.group("org"), m.start("org"))
                pa, pb = self._paragraph(m.start())
                if org and fold(org[0].split()[0]) in lexicon.TRADE_HEADS and any(
                        p.kind == "commune" and p.start == ps for p in self.places_in(ps, pe)) and (
                        _LAUREATE_CUE.search(self.folded, pa, pb) and any(q.money for q in self.quantities_in(pa, pb))):
                    add(Header(_enclosing(self.sentences, org[1])[0], Value(org[0], org[1], org[2], 0.6), "intro", None,
                               (ps, pe), org[2]))
            # « Le dossier des Laboratoires X est le plus important en montant. »: a sentence opened by the dossier
            for m in _DOSSIER_OF.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            # « Également lauréate, X, qui fabrique … »: a sentence opened by the laureate word
            for m in _ALSO_LAUREATE.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            # « Premier bénéficiaire dans l'ordre de présentation, la Forge X (FX), … »: an ordinal laureate noun, then the name
            for m in _ORDINAL_BENEFICIARY.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            # « Deuxième projet : les Textiles Médicaux X (TMSQ). », « … des projets … est porté par les Laboratoires X. »
            for m in [*_ORDINAL_COLON.finditer(t), *_PROJECT_CARRIED_BY.finditer(t)]:
                if _first_name_led(m.group("org")) or re.match(r"\s*,\s*(?:sa|son)\s", t[m.end("org"):m.end("org") + 8]) \
                        or fold(m.group("org").split()[0]) in _INSTITUTION_HEADS \
                        or re.match(r"\s*,?\s*(?:plus\s+)?connue?s?\s+sous", self.folded[m.end("org"):m.end("org") + 30]):
                    continue  # « … est porté par Jeanne Martin, sa dirigeante »: a person; a bank; « la Laiterie X, plus
                    # connue sous sa marque Y »: the brand the text goes on with
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            # « Lauréate du fonds …, la Cartonnerie X, filiale …, va … »: the subject after a fronted laureate phrase
            for m in _FRONTED_LAUREATE.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            # « Le deuxième projet concerne … plus spécifiquement X », « Le premier concerne X, à … »
            for m in _ORDINAL_CONCERNS.finditer(t):
                add(self._intro_header(m, m.group("org"), m.start("org")))
            for m in _SUBJECT_ASIDE_VERB.finditer(t):
                words = norm(m.group("org")).split()
                if len(words) >= 2 and words[0] in lexicon.FIRST_NAMES:
                    continue  # « Marc Vernay, le dirigeant, explique … »: a person
                if re.search(r"(?:ent|ont)$", m.group(0)) and re.search(r"\set\s+[A-ZÀ-Ý]", m.group("org")):
                    # « Les Scieries X et Y Emballages, à Golbey, reçoivent respectivement … »: two subjects
                    pos = m.start("org")
                    for part in re.split(r"(\s+et\s+(?=[A-ZÀ-Ý])(?!" + _FAMILY_SUFFIX + r"))", m.group("org")):
                        if part.strip() and not part.strip() == "et":
                            h = self._plausible_header(self._intro_header(m, part, pos, apposition=True))
                            if h:
                                h.kind = "plural"
                            add(h)
                        pos += len(part)
                    continue
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), apposition=True)))
            for m in _FRONTED_APPOSITION.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), apposition=True)))
            for m in _PLURAL_ASIDE.finditer(t):
                pos = m.start("names")
                for part in re.split(r"(\s*,\s*|\s+et\s+|\s+ainsi\s+que\s+)", m.group("names")):
                    if part.strip() and not re.fullmatch(r"\s*,\s*|\s+et\s+|\s+ainsi\s+que\s+", part) \
                            and re.fullmatch(r"\s*(?:(?:la|le|les|l['’])\s*)?" + CAPNAME + r"\s*", part):
                        # (a name with lower-case words inside is left to the list's siblings rule)
                        h = self._plausible_header(self._intro_header(m, part, pos))
                        if h:
                            h.kind = "plural"
                        add(h)
                    pos += len(part)
            # « La plus spectaculaire est sans doute Dermalp Biotech. Cette start-up, née en 2021, … »: the only name of a
            # sentence that the next one takes up as « cette start-up », « cette PME »
            for h in self._taken_up_headers():
                add(h)
            for m in _NAME_AT_PLACE_VERB.finditer(t):
                h = self._plausible_header(self._intro_header(m, m.group("org"), m.start("org")))
                if h:
                    h.place_hint = (m.end("org"), m.end())
                add(h)
            # « Enfin, côté aveyronnais, la Ganterie X, à Millau, rapatrie … », « Plus au sud, Y, installée à A, investit »
            for m in _LEAD_NAME_AT_PLACE_VERB.finditer(t):
                if _first_name_led(m.group("org")):
                    continue  # « Hier, Marc Vernay, à Lyon, a rappelé … »: a person
                h = self._plausible_header(self._intro_header(m, m.group("org"), m.start("org")))
                if h:
                    h.kind, h.place_hint = "place_intro", (m.end("org"), m.end())
                add(h)
            # « Le projet le plus important est porté à Decazeville par X »: the place between the verb and « par »
            for m in _CARRIED_AT_PLACE_BY.finditer(t):
                if _first_name_led(m.group("org")):
                    continue  # « porté à Bercy par Marc Vernay »: a person
                h = self._plausible_header(self._intro_header(m, m.group("org"), m.start("org")))
                if h:
                    h.place_hint = (m.start("place"), m.end("place"))
                add(h)
            # « Dans les ateliers de Microtechniques X, le ministre a … »: a visit opens the laureate's passage
            for m in _IN_THE_PLANT_OF.finditer(t):
                h = self._intro_header(m, m.group("org"), m.start("org"))
                # (« …, le ministre a échangé »: the visitor is the subject of the clause, the name is no person)
                if h and norm(h.org.value) not in lexicon.INSTITUTIONS and not self._is_place_only(h.org.value):
                    add(h)
            # « EHSM – Équipementier Haute-Saône Moulage, filiale du groupe X, est aidé … »: an acronym, then the name
            for m in _ACRONYM_LEAD.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), apposition=True)))
            # « – la Pertuisienne de Mécanique investit 2,3 M€ à Pertuis … »: a bullet opened by its subject
            for m in _BULLET_SUBJECT.finditer(t):
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            intros = list(_PLACE_INTRO.finditer(t))
            for k, m in enumerate(intros):
                if not self.places_in(m.start(), m.start("org")):
                    continue  # « Dans le cadre de France Relance, L'État souhaite … »: no place before the name
                names = [(m.group("org"), m.start("org"))]
                if re.search(r"\b(?:ont|sont|vont|investissent|bénéficient|reçoivent|obtiennent|prévoient)$", m.group(0)):
                    # « Dans le Rhône, Boiron et Sanofi ont été retenus »: two laureates
                    names, offset = [], 0
                    for part in re.split(r"\s+et\s+(?=[A-ZÀ-Ý])(?!" + _FAMILY_SUFFIX + r")", m.group("org")):
                        pos = m.group("org").find(part, offset)
                        offset = pos + len(part)
                        names.append((part, m.start("org") + pos))
                for name, pos in names:
                    h = self._intro_header(m, name, pos)
                    if h is None and len(names) == 1:
                        # (a report told in short turns or paragraphs: its figures come a few lines later, before the
                        # next place it visits)
                        end = min(self.own_end, m.end() + 1200, intros[k + 1].start() if k + 1 < len(intros) else len(t))
                        # (or an item of a list the text says is of laureates: « Parmi eux : – en Martinique, le X … »)
                        if self._support_told(m.end(), end) or self._list_lead_tells(m.start("org")):
                            h = self._intro_header(m, name, pos, cued=True)
                    if h:
                        h.kind = "place_intro" if len(names) == 1 else "plural"
                        h.place_hint = (m.start(), m.start("org"))
                    add(h)
            for m in _LEAD_PLACE_INTRO.finditer(t):
                if not self.places_in(m.start(), m.start("org")):
                    continue
                h = self._intro_header(m, m.group("org"), m.start("org"))
                if h:
                    h.kind, h.place_hint = "place_intro", (m.start(), m.start("org"))
                    self._keep_lowmid_name(h, m)
                add(h)
            for m in [*_CLAUSE_AT_PLACE_VERB.finditer(t), *_AT_PLACE_THEN_IS_A.finditer(t), *_THERE_IS_AT_PLACE.finditer(t),
                      *_SUBJECT_BUILDS_AT.finditer(t), *_ATTRIBUTE_TO.finditer(t)]:
                if not self.places_in(m.start("place"), m.end("place")):
                    continue
                h = self._plausible_header(self._intro_header(m, m.group("org"), m.start("org")))
                if h:
                    h.place_hint = (m.start("place"), m.end("place"))
                add(h)
            for m in [*_PRONOUN_ALSO_LAUREATE.finditer(t), *_ALSO_AMONG_LAUREATES.finditer(t), *_WHOSE_PROJECT_RETAINED.finditer(t)]:
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"))))
            for m in _COMPLETES_THE_LIST.finditer(t):  # (said a laureate, with or without figures)
                add(self._plausible_header(self._intro_header(m, m.group("org"), m.start("org"), cued=True)))
            for m in _SUBJECT_RETAINED.finditer(t):
                h = self._intro_header(m, m.group("org"), m.start("org"))
                if h:
                    self._keep_lowmid_name(h, m)
                add(self._plausible_header(h))
            # H: « les entreprises X, Y et Z » (each one a header; the sentence must announce support)
            for m in _PLURAL_INTRO.finditer(t):
                for h in self._plural_headers(m):
                    add(h)
            # G: inline « Diager (Besançon, 25), Urgo Medical (Chenôve, 21) et … », « Aledia (38) »
            for m in _INLINE_PAREN.finditer(t):
                add(self._inline_header(m))
            for m in _INLINE_DEP.finditer(t):
                add(self._inline_header(m))
            # « BH Technologies (Grenoble), Cedrat Technologies (Meylan) et GlycoBar (Meylan) »
            for m in _INLINE_COMMUNE.finditer(t):
                add(self._inline_commune_header(m))
            # « une ligne de modules photovoltaïques (Armor – 44) »: name and département in brackets
            for m in _PAREN_ORG_DEP.finditer(t):
                h = self._inline_header(m)
                if h:
                    # The description comes before the brackets, from the previous bracket of the sentence.
                    ss, _ = _enclosing(self.sentences, m.start())
                    h.kind, h.start = "paren_org", max(ss, t.rfind(")", ss, m.start()) + 1)
                add(h)
            # « vins fins (Chapoutier dans la Drôme) », « robots (Awabot, en Isère) »: name and place in an aside
            for m in _PAREN_ORG_PLACE.finditer(t):
                h = self._inline_header(m)
                if h:
                    ss, _ = _enclosing(self.sentences, m.start())
                    h.kind, h.start = "paren_org", max(ss, t.rfind(")", ss, m.start()) + 1)
                add(h)
            # « (Vetalis en Haute-Saône, Pharmacor en Côte d'Or) »: several names and their département in one aside
            for h in self._aside_list_headers():
                add(h)
            # « Seqens (chimie pharmaceutique) investit … » opening a paragraph: name, activity, verb
            for m in _PAREN_ACTIVITY.finditer(t):
                org = clean_org(m.group("org"), m.start("org"))
                if org and not self._is_place_only(org[0]) and norm(org[0]).split()[0] not in lexicon.LABEL_WORDS:
                    add(Header(m.start("org"), Value(org[0], org[1], org[2], 0.7), "intro", None, None,
                               m.end("desc"), sector_hint=(m.start("desc"), m.end("desc"))))
            # « NOM, située sur … conçoit … », « NOM (MARQUE), spécialiste de … » opening a paragraph
            for m in _CAPS_OPENER.finditer(t):
                add(self._caps_opener_header(m))
            # « Loire – ROANNE TEXTILES (R2T), établie à Roanne, … »: a paragraph led by its département
            for m in _PLACE_DASH_CAPS.finditer(t):
                if self.gaz.department_code(m.group("lead").strip()) or any(
                        p.start == m.start("lead") for p in self.places_in(m.start("lead"), m.end("lead"))):
                    add(self._caps_opener_header(m))
            # « X, à Commune (Département) », « X, située à Commune (32) »: one laureate, described after
            for m in _AT_PLACE.finditer(t):
                h = self._inline_header(m)
                if h:
                    h.kind = "at_place"
                add(h)
            # « Relance : Sotralentz Packaging décroche 800 000 € pour son usine de Drulingen »: a headline whose
            # subject wins the support (the article then says « L'entreprise … »)
            head = _HEADLINE_WIN.match(t, 0, min(len(t), 400))
            if head and "\n" not in t[head.start("org"):head.end()].strip():
                add(self._intro_header(head, head.group("org"), head.start("org")))
            # « BRETEUIL / Les Tôleries Hamelin soutenues par l'État / Installée depuis 1986 … fait partie des lauréats »:
            # a brief's headline line, anywhere in a column of briefs or a town's page
            for m in _HEADLINE_WIN_LINE.finditer(t):
                if not _COUNTED_GROUP.match(fold(m.group("org"))):  # (« Trois PME du Cher lauréates du fonds … »)
                    add(self._intro_header(m, m.group("org"), m.start("org")))
            # F: « Y a été retenue », subject found by spaCy
            if self.x.use_spacy:
                for h in self._spacy_headers(taken):
                    add(h)
            # « la Biscuiterie Bressane va construire … », « pour la Faïencerie Nouvelle de Digoin, qui remplace … »: a
            # trade name under its article, subject of a project verb, in a paragraph of support (after the other
            # rules: they know better where a name they found ends)
            if _ANNOUNCES.search(self.folded):
                for m in _ARTICLE_TRADE_NAME.finditer(t):
                    if fold(m.group("org").split()[0]) in lexicon.TRADE_HEADS and len(m.group("org").split()) >= 2:
                        add(self._intro_header(m, m.group("org"), m.start("org")))
                # « Antennes Poitou Systèmes (APS) a son siège … »: a name that opens a sentence with its own acronym
                # (the initials of its words) is an organisation introduced to the reader
                for m in _SELF_ACRONYM.finditer(t):
                    words = [w for w in re.findall(r"[^\W\d_]+", m.group("org")) if fold(w) not in _ACRONYM_SKIP]
                    acr = re.sub(r"[^A-Z]", "", m.group("acr"))
                    if len(words) == len(acr) >= 2 and _initials_of(m.group("org") + " (", acr) \
                            and fold(words[0]) not in _INSTITUTION_HEADS:
                        add(self._intro_header(m, m.group("org"), m.start("org")))
            # « Toutes nos félicitations à notre client la Conserverie X ! » then « La conserverie fait partie des lauréats »
            for m in _CONGRATS.finditer(t, 0, self.own_end):
                org = clean_org(m.group("org"), m.start("org"))
                if org and _CONGRATS_SUPPORT.search(self.folded, m.end(), min(self.own_end, m.end() + 400)):
                    add(Header(m.start(), Value(org[0], org[1], org[2], 0.7), "intro", None, None, org[2]))
            # « la directrice générale de Médisynth Anjou vient de faire retenir son projet PARAMOL »: the company its head
            # had retained, the subject of the story
            for m in _BOSS_OF.finditer(t, 0, self.own_end):
                g = "org" if m.group("org") else "org2"
                if not _BOSS_HAD_RETAINED.match(self.folded, m.end(g)):
                    continue
                org = clean_org(m.group(g), m.start(g))
                # (not _plausible_org: the head's title stands before the name, as before a person's)
                if org and not self._is_place_only(org[0]) and norm(org[0]) not in lexicon.INSTITUTIONS \
                        and not _first_name_led(org[0]) and not self._not_a_name(*org):
                    add(Header(self.text.rfind("\n", 0, m.start()) + 1, Value(org[0], org[1], org[2], 0.75),
                               "intro", None, None, org[2], story=True))
            if not headers:
                add(self._interviewee_header())
            if not headers:
                add(self._poster_header())
            add(self.title_author)
            own = self.self_company
            if own is not None and not any(org_key(h.org.value) == org_key(own.org.value) and h.org.start <= own.org.start
                                           for h in headers):
                # (« Coop'Îles : … » in its own letter's last page: its passage is the whole letter)
                headers[:] = [h for h in headers if org_key(h.org.value) != org_key(own.org.value)]
                add(own)
            # Fallback generator: whatever the phrasing, after all the rules (lower confidence).
            for h in self._fallback_headers(taken):
                add(h)
            # Learned candidate classifier: names no rule proposed, scored on general cues (classifier.py).
            if self.x.classifier is not None:
                from relocalisation.ingestion.press import classifier as learned

                new, vetoed = learned.apply(self, headers, taken)
                headers[:] = [h for h in headers if id(h) not in vetoed]
                for h in new:
                    add(h)
            # An enumeration names alike: the other names of a list that holds a laureate are laureates too.
            for h in self._enumeration_siblings(headers):
                add(h)
            # « (Rouergue Emballages et … à Rodez, …). Rouergue Emballages investit 3,8 M€ … »: a laureate named
            # again at the start of a later sentence opens a passage of its own, merged with the first.
            for h in self._repeated_mentions(headers):
                add(h)
            # « - YANN — Yann L., président d'Ondelys Systems » then « [00:01:15] YANN : On les concevait à Lannion … »: a
            # transcript's turns are the passages of the company their speaker runs (with the question just before)
            headers.extend(self._speaker_turn_headers(headers))
        # « … accueillie : Capdenac Mécanique, une PME … »: a name found whole by one rule and cut by another is one
        # laureate, under its whole name.
        headers[:] = [h for h in headers if not any(
            o is not h and o.org.start <= h.org.start and h.org.end <= o.org.end
            and o.org.end - o.org.start > h.org.end - h.org.start for o in headers)]
        # « * DÉFAILLANCE — Plasturgie Dufresne, à Thann … », « >> AGROÉQUIPEMENT & AGRO — L'huilerie Castaing … »: a
        # rubric in capitals before a dash, then the item's own name (not its acronym: « FE2 – Fougères Électronique »)
        starts = {o.org.start: o for o in headers}
        headers[:] = [h for h in headers if not (
            h.kind not in ("table", "label") and re.sub(r"[^A-Za-zÀ-ÿ]", "", h.org.value).isupper()
            and (rm := re.match(r"[ \t]*[—–][ \t]*(?:(?:La|Le|Les)[ \t]+|L['’][ \t]*)?", self.text[h.org.end:h.org.end + 12]))
            and (o := starts.get(h.org.end + rm.end())) is not None and o is not h
            and not _abbreviates(h.org.value, o.org.value))]
        headers.sort(key=lambda h: (h.start, h.org.start))
        self._split_clauses(headers)
        headers.sort(key=lambda h: (h.start, h.org.start))
        # (the page's own company may be named only in its footer: its passage starts at the award it tells)
        headers = [h for h in headers if h.org.start < self.own_end or (h is self.self_company and h.start < self.own_end)]
        # « ## CHARENTE » then « **Mérignac. Des fûts pour le cognac.** »: the heading's département places the
        # homonyms of its section
        for h in headers:
            if h.dep_hint is None and h.kind not in ("table", "label"):
                before = [(code, ds, de) for pos, _, code, ds, de, _ in self.dep_headings if pos < h.start]
                if before:
                    h.dep_hint = before[-1]
        questions = [q.start() for q in _QUESTION_LINE.finditer(self.text, 0, self.own_end)]
        if len(questions) >= 3 and headers and headers[0].org.start < questions[0] \
                and not any(h.org.start < questions[0] and org_key(h.org.value) != org_key(headers[0].org.value)
                            for h in headers):
            # an interview (« **Combien investissez-vous ?** ») of the one laureate its lead names: the answers
            # are all about its project
            headers[0].story = True
        own = self.title_author
        if own is not None and any(h.org.start == own.org.start for h in headers):
            # the company's own document (« Subject: [X] Investor update »): the other names its loose rules find —
            # « TL;DR : Série A bouclée, … », « dans le Genopole, à Évry » — are its news and places, not laureates
            headers = [h for h in headers if h.org.start == own.org.start or h.kind not in ("candidate", "at_place", "colon")]
        elif self.self_company is not None:
            key = org_key(self.self_company.org.value)
            if any(org_key(h.org.value) == key for h in headers):
                # its job offer, blog or post: « Nous RECRUTONS », « Mutuelle prise en charge », « POIS D'ICI » are its
                # words, not other laureates
                headers = [h for h in headers if org_key(h.org.value) == key or h.story
                           or h.kind not in ("candidate", "at_place", "colon", "subject", "intro")]
        pm = _POSTER_EMPLOYER.search(self.text, 0, min(self.own_end, 400))
        if pm and headers and org_key(pm.group("org")) == org_key(headers[0].org.value) \
                and _OUR_AWARD.search(self.folded, pm.end(), min(self.own_end, pm.end() + 2500)) is None \
                and re.search(r"\b(?:notre|nos|nous|on)\b", self.folded[headers[0].org.end:self.own_end]):
            # « CEO chez Kerlann Électronique | … » then « Kerlann Électronique est LAURÉATE … notre site … »: the author's
            # company speaks of itself, all through its post
            headers[0].story = True
        return headers

    def _non_award_rubric(self, pos: int) -> bool:
        """The item of a column of news under a rubric that tells no award (« **NOMINATION — … »): the nearest rubric
        line at or above ``pos``, in a text with two rubric lines at least."""
        if len(self._rubric_lines) < 2:
            return False
        i = bisect.bisect_right(self._rubric_lines, (pos, "~")) - 1
        # (the item is the rubric's paragraph: a blank line ends it)
        return i >= 0 and self._rubric_lines[i][1] in _NON_AWARD_RUBRICS \
            and not re.search(r"\n[ \t]*\n", self.text[self._rubric_lines[i][0]:pos])

    @functools.cached_property
    def _rubric_lines(self) -> list[tuple[int, str]]:
        return [(m.start(), " ".join(fold(m.group("rub")).split())) for m in _RUBRIC_LINE.finditer(self.text, 0, self.own_end)]

    def _title_only_mention(self, h: Header) -> bool:
        """« Sambre-Avesnois, Cambrésis, Soissonnais : quatre sous-traitants aidés »: a name in the title block (the
        lines before the first finished sentence) that the body never repeats is a territory or a theme, not a
        laureate (a headline previews names that the article then tells about)."""
        first_sentence = re.search(r"[.!?…][»”\"]?[ \t]*(?:\n|$)", self.text)
        if not first_sentence or h.org.start >= first_sentence.start():
            return False
        ls = self.text.rfind("\n", 0, h.org.start) + 1
        if first_sentence.start() < self._line_end(h.org.start) or ls > first_sentence.start():
            return False
        # (« Cambrésis » inside « Cambrésis Plasturgie » is another name)
        return len(re.findall(re.escape(h.org.value) + r"(?![\w-]|[ \t]+[A-ZÀ-Ý])", self.text)) == 1

    def _in_fiche_field(self, h: Header) -> bool:
        """Fiches (« Bénéficiaire : X », « Adresse du projet : … », « Territoire d'industrie : Moselle Est »,
        « Engagement emploi : … »): once a text names its laureates by a label, the other labelled lines are fields
        of a fiche — neither their label nor their value is another laureate."""
        t = self.text
        ls = t.rfind("\n", 0, h.org.start) + 1
        m = _FIELD_LINE.match(t, ls)
        return bool(m) and m.end() <= t.find("\n", ls) % (len(t) + 1) and not lexicon.ORG_LABELS.match(m.group("head").strip())

    def _split_clauses(self, headers: list[Header]):
        """« un atelier … mis en œuvre par Delpharm à Dreux, le projet GAÏA … mené par Exinnov, ou encore le
        projet Biopigments de la société PILI »: several laureates in one sentence, each described in its own
        clause; a prose header starts at its clause, not at the sentence."""
        for prev, h in zip(headers, headers[1:]):
            if h.kind not in ("intro", "at_place", "apposition") or prev.org.end >= h.org.start:
                continue
            ss, se = _enclosing(self.sentences, h.org.start)
            if not (ss <= prev.org.start < se):
                continue
            last = None
            for m in _CLAUSE_START.finditer(self.folded, prev.org.end, h.org.start):
                last = m
            if last and last.start() + 1 > h.start:
                h.start = last.start() + 1
        # « … retenues : A à X (…), B à Y (…) et le fabricant de palettes C à Z (…) »: a prose header found by its
        # company noun starts at the sentence, but the items before it belong to other laureates.
        for h in headers:
            if h.kind not in _PROSE_KINDS:
                continue
            ss, se = _enclosing(self.sentences, h.org.start)
            before = [o for o in headers if o is not h and max(ss, h.start) <= o.org.start < h.org.start]
            if not before:
                continue
            last_end = max(o.org.end for o in before)
            seps = list(re.finditer(r",|;|\s(?:et|ainsi\s+que|ou\s+encore)\s", self.text[last_end:h.org.start]))
            if seps:
                h.start = max(h.start, last_end + seps[-1].end())

    def _cut_trailing_place(self, h: Header):
        """« AG+SPARS de Saint-Laurent-de-la-Prée », « Defta à Essômes-sur-Marne »: a commune glued to the
        name is its place. After « de », only a commune of several words or a name written in capitals
        (« Fonderie de Bretenoux », « Tissages de Charlieu » are names)."""
        v = h.org
        for p in reversed(self.places_in(v.start, v.end)):
            if p.kind != "commune" or p.end != v.end:
                continue
            m = re.search(r"\s+(?:(?P<at>à|a)\s+|(?:de\s+|d['’]\s*))$|(?P<comma>\s*,\s*(?:(?:à|a)\s+)?)$", self.text[v.start:p.start])
            if not m:
                continue
            name = self.text[v.start:v.start + m.start()].strip()
            several = len(re.findall(r"[^\W\d_]+", self.text[p.start:p.end])) >= 2
            if not m.group("at") and not m.group("comma") and m.group(0).strip().isupper():
                continue  # « FONDERIES & EMBOUTISSAGES DE MARLY »: a name in capitals, its « DE » too, is one name
            head = fold(re.sub(r"^(?:Les|La|Le|L['’])\s*", "", name))
            if not m.group("at") and not m.group("comma") and (_TRADE_NOUN.fullmatch(head) or head in lexicon.TRADE_HEADS):
                continue  # « Forges de Saint-Marcel » (« Saint-Marcel » of several words): « Forges » alone is no name
            if not name or not (m.group("at") or m.group("comma") or several or re.search(r"[A-ZÀ-Ý0-9+&][A-ZÀ-Ý0-9+&]", name)
                                or self._commune_of_named_departement(p, name)):
                continue
            h.org = Value(name, v.start, v.start + len(name), v.confidence)
            if h.place_hint is None:
                h.place_hint = (p.start, p.end)
            return

    def _commune_of_named_departement(self, p: PlaceMention, name: str) -> bool:
        """« Fichet de Davézieux en Ardèche »: a one-word commune after « de » is a place when the département named
        right after is its own — unless the name before it is a trade (« Verrerie de Bretenoux (Lot) »)."""
        if _TRADE_NOUN.search(fold(name.split()[-1])):
            return False
        m = re.match(r"\s*(?:,\s*)?(?:\(\s*(?P<code>" + DEPT_CODE_RE + r")\s*\)|(?:en|dans\s+(?:le|la|les)|dans\s+l['’])\s*"
                     r"(?P<dep>[A-ZÀ-Ý][\w'’-]+(?:[ -][\w'’-]+){0,3}))", self.text[p.end:p.end + 50])
        if not m:
            return False
        code = m.group("code") or None
        if code is None:
            words = m.group("dep").split()
            code = next((c for k in range(len(words), 0, -1) if (c := self.gaz.department_code(" ".join(words[:k])))), None)
        return bool(code) and any(r.department == code for r in p.candidates)

    def _is_place_only(self, name: str) -> bool:
        key = norm(name)
        if len(key.split()) == 1 and any(a + " " + key in self.gaz.communes for a in ("les", "la", "le", "l")) \
                and re.search(r"\b(?:aux|les|la|le|l['’])\s*" + re.escape(name) + r"\b", self.text):
            return True  # « aux Herbiers (85) »: Les Herbiers, written without its article
        if len(key.split()) == 1 and key in self.gaz.prefixes and re.search(
                r"\bentre\s+(?:[A-ZÀ-Ý][\w'’-]+\s+et\s+)?" + re.escape(name) + r"\b(?!\s+[A-ZÀ-Ý])", self.text):
            return True  # « entre Montceau et Sanvignes »: two towns (of « Sanvignes-les-Mines »), written short
        return (key in self.gaz.department_names or key in self.gaz.region_names
                # (« le Nord-Drôme », « le Haut-Var »: a part of a département)
                or bool(re.match(r"(?:nord|sud|est|ouest|haut|bas|centre)[ -]", key) and self.gaz.department_code(name))
                # (« Haute-Corrèze », « Basse-Ardèche »: the upper or lower part of a département)
                or bool(re.match(r"(?:haute|basse|moyenne)[ -]", key) and self.gaz.department_code(name.split("-", 1)[-1]))
                or (key in self.gaz.communes and len(key.split()) >= 1 and not re.search(r"\d", name)
                    and key not in _COMMON_ORG_WORDS and name[:1].isupper() and key in _place_words(self)))

    def _sentence_start(self, pos: int) -> int:
        return _enclosing(self.sentences, pos)[0] if self.sentences else pos

    def _line_end(self, pos: int) -> int:
        n = self.text.find("\n", pos)
        return len(self.text) if n < 0 else n

    def _colon_header(self, m: re.Match) -> Header | None:
        t = self.text
        head, rest = m.group("head"), m.group("rest")
        bullet = bool(m.group("bullet").strip())
        hs = m.start("head")
        head_words = norm(head).split()
        if not head_words or "|" in head:
            return None  # (« X | Annecy (74) | « Vis 4.0 » : îlot … »: a table row, read by the table rule)
        if re.search(r"\?[ \t*_»”\"]*$", rest):
            return None  # « **TDP : Durance Excipients, qu'est-ce que vous fabriquez ?** »: an interviewer's question
        if self.interview and re.search(r"(?:…|\.\.\.)[ \t*_»”\"]*$", rest):
            return None  # « **Filières Agro : Votre usine est à Valence…** » in an interview: the outlet's question
        if self.interview and re.match(r"[ \t]*(?:\*\*|__)?" + re.escape(head.strip(" *_")) + r"(?:\*\*|__)?[ \t]*[·|•–—]",
                                       t[:300], re.I):
            return None  # the outlet named on the masthead (« **FILIÈRES AGRO MAGAZINE** · … ») asks the questions
        if lexicon.ORG_LABELS.match(head.strip()):
            org = clean_org(rest.split("(")[0].split(",")[0].split(" – ")[0].split(" - ")[0], m.start("rest"))
            if not org:
                return None
            return Header(m.start(), Value(org[0], org[1], org[2], 0.85), "label", None,
                          (org[2], self._line_end(org[2])), m.end())
        if not m.group("gap"):
            return None  # « raison sociale:X » (an export's key) names a laureate; any other « a:b » is no line of a list
        # (« Les Malteries de l'Yonne, Auxerre : 350 000 € »: an article before a capitalised name is no label)
        named = re.match(r"(?:Les|La|Le|L['’])\s*[A-ZÀ-Ý]", head.strip())
        # (a long head is a sentence, unless a short name stands before a dash: « X — attention, c'est bien à … »)
        if (head_words[0] in lexicon.LABEL_WORDS and not named) or (
                len(head_words) > 16 and not re.match(r"[^–—,.;:]{2,50}\s[–—]\s", head.strip())) or len(head_words) > 30:
            return None
        # Split the head into name and place: « Nom (Commune, 38) », « Nom – Commune (38) », « Nom, à Commune »
        name_part, place_hint = head, None
        pm = re.search(r"\s*(?:\(|[–—]\s|\s-\s|,|\s(?:à|a)\s)", head)
        if pm:
            name_part = head[:pm.start()]
            place_hint = (hs + pm.start(), hs + len(head))
        org = clean_org(name_part, hs)
        if not org and norm(name_part) in _CATEGORY_WORDS:
            org = (name_part.strip(), hs, hs + len(name_part.strip()))  # (« Santé » is no name: read above)
        if not org:
            return None
        start = m.start()
        if norm(org[0]) in _CATEGORY_WORDS:
            # a portfolio's card: the name on its own line, then « Métallurgie – Thiers (63) – Entrée : 2023 »
            above = re.search(r"(?:^|\n)[ \t]*([A-ZÀ-Ý0-9][^\n.:;!?]{1,60}?)[ \t]*\n(?:[ \t]*\n)?[ \t]*$", t[max(0, hs - 100):hs])
            if not above or len(above.group(1).split()) > 6:
                return None
            org = clean_org(above.group(1), max(0, hs - 100) + above.start(1))
            if not org or norm(org[0]) in _CATEGORY_WORDS:
                return None
            start = max(0, hs - 100) + above.start(1)
        if not bullet and len(org[0].split()) > 1 and all(re.sub(r"^[ldLD]['’]", "", w)[:1].islower()
                                                          for w in org[0].split()[1:]):  # (« de l'Albanais » is a name)
            return None  # « Autre projet, dans le domaine de la santé : … »: a phrase, not a name
        rest_f = fold(rest[:200])
        has_place = place_hint is not None and bool(
            re.search(r"\(\s*" + DEPT_CODE_RE + r"\s*\)|[–—-]\s*" + DEPT_CODE_RE + r"\b", head)
            or self.gaz.spot(t, place_hint[0], place_hint[1]))
        described = bool(_DESCRIBES_COMPANY.search(rest_f))
        # « Nouvelle Nougaterie X : 280 000 € pour doubler … »: a line that opens on its amount
        money_first = bool(re.match(r"\s*\d[\d  .,]*\s*(?:€|euros?\b|[mk]€|M€|millions?\b|milliards?\b)", rest)) \
            and len(head_words) <= 6 and not re.search(r"\d|[.!?]\s", head) \
            and head_words[0] not in ("chiffre", "entreprise", "societe", "capital", "effectif", "enveloppe", "total", "sous")
        if not bullet and not (has_place or money_first or _STARTS_WITH_COMPANY.match(rest_f)):
            return None
        if bullet and not (has_place or described or len(rest.split()) >= 6):
            return None
        # A sentence, not a name, before the colon (« Les projets retenus sont les suivants : »).
        # (after a dash, the words are the name's place or aside: « X — attention, c'est bien à Labruguière »)
        said = name_part if pm and re.match(r"\s*[–—]", head[pm.start():]) else head
        if any(w in {"sont", "est", "ont", "a", "seront", "sera", "sont-ils", "est-il"} for w in said.split()[1:]):
            return None
        if re.search(r"\w{4,}[.!?]\s+[A-ZÀ-Ý]", head):
            return None  # « → AVIS FAVORABLE. Montant retenu : … »: a sentence ends before the label
        conf = 0.9 if (has_place or described) else 0.7
        return Header(start, Value(org[0], org[1], org[2], conf), "colon", None, place_hint, m.start("rest"))

    def _heading_org(self, name: str, start: int, article: bool = False) -> tuple[str, int, int] | None:
        """The name a heading or a list line gives, cleaned (``clean_org``); never a place or a label (nor led by an
        article, unless ``article``: « Les Ateliers du Lac (Doussard, Haute-Savoie) · … » in a roster)."""
        org = clean_org(name, start)
        if not org or self._is_place_only(org[0]) or (_label_led(org[0]) if article else norm(org[0]).split()[0] in lexicon.LABEL_WORDS) or (
                # (« LA LETTRE ÉCO – N° 12 »: in capitals, a heading, not « Les Ateliers du Lac »)
                norm(org[0]).split()[0] in lexicon.LABEL_WORDS and re.sub(r"[^A-Za-zÀ-ÿ]", "", org[0]).isupper()):
            return None
        return org

    def _mentions(self, name: str, start: int, end: int, flags: int = 0) -> list[re.Match]:
        """Where ``name`` is written again in text[start:end], as a whole name."""
        return list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", self.text[start:end], flags))

    def _headline_org(self, m: re.Match, *patterns) -> tuple[str, int, int] | None:
        """The company a heading's headline (group « rest » of ``m``) names, by the first of ``patterns`` that finds it;
        never a place, a label or a public body."""
        rest, rs = m.group("rest"), m.start("rest")
        nm = next((found for found in (rx.search(rest) for rx in patterns) if found), None)
        org = nm and self._heading_org(nm.group("org"), rs + nm.start("org"))
        return None if not org or norm(org[0]) in lexicon.INSTITUTIONS else org

    def _caps_place_brief_headers(self) -> list[Header]:
        """« MONTARGIS (45) — Plastiques du Gâtinais change de dimension »: a brief's heading, its commune in capitals
        and its département, then a headline whose subject is the company."""
        out = []
        # (« **ÉVRON — Les Salaisons Jarriais relocalisent le jambon sec** »: in bold, the département left out)
        for m in [*_CAPS_PLACE_BRIEF.finditer(self.text), *_CAPS_PLACE_BRIEF_BOLD.finditer(self.text)]:
            ps, pe = m.span("place")
            if not any(p.kind == "commune" and p.start == ps for p in self.places_in(ps, pe)):
                continue
            if re.search(r"\s:\s", m.group("rest")):
                continue  # « ORLÉANS (45) — Prêts garantis : la Banque de France fait le point »: a theme, then its news
            if not m.groupdict().get("dep"):
                # (without its département, a bold line is a brief of any news: its brief must speak of support)
                nxt = _BOLD_LINE.search(self.text, m.end())
                if not _SUPPORT_CUE.search(self.folded, m.start(), nxt.start() if nxt else len(self.text)):
                    continue
            org = self._headline_org(m, _HEADLINE_SUBJECT)
            if org:
                hint_end = m.end("dep") + 1 if m.groupdict().get("dep") else pe
                out.append(Header(ps, Value(org[0], org[1], org[2], 0.8), "colon", None, (ps, hint_end), m.end("rest")))
        return out

    def _bold_brief_subject_headers(self) -> list[Header]:
        """« **Lumitrek sur la liste de Bercy.** La PME lannionnaise … », « **Les Laboratoires de l'Oust retenus.** »: a
        column's briefs, each opened by a bold run-in headline whose subject is the company and whose words tell its
        award."""
        out = []
        for m in _BOLD_BRIEF_SUBJECT.finditer(self.text):
            org = clean_org(m.group("name"), m.start("name"))
            if not org or _first_name_led(org[0]) or self._is_place_only(org[0]) or norm(org[0]) in lexicon.INSTITUTIONS \
                    or _label_led(org[0]) or norm(org[0]).split()[0] in _NUMBER_WORDS | {"des", "nos", "ses", "leurs"}:
                continue  # (« **SANTÉ. Un lauréat à Mérignac.** »: no name)
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "colon", None, None, m.end()))
        return out

    def _caps_name_heading_headers(self) -> list[Header]:
        """« EXTRUDAL : UNE LIGNE DE PROFILÉS TECHNIQUES » over « Installé à Fontaine, …, Extrudal fabrique … »: a trade
        paper's sub-headings, each a company in capitals and a headline; the paragraph under it names the company.
        Two such headings at least."""
        out = []
        # (« ## Sorelmex Pigments : une nouvelle ligne d'oxydes de fer … »: a release's Markdown sub-headings)
        for m in [*_CAPS_NAME_HEADING.finditer(self.text), *_MD_NAME_HEADING.finditer(self.text)]:
            name = m.group("name").strip()
            ps = m.end()
            pe = self.text.find("\n\n", ps)
            pe = len(self.text) if pe < 0 else pe
            found = re.search(r"(?<![\w-])" + re.escape(fold(name)) + r"(?![\w-])", self.folded[ps:pe], re.IGNORECASE)
            if not found or fold(name).lower() in lexicon.LABEL_WORDS or self._is_place_only(name):
                continue
            os_ = ps + found.start()
            org = clean_org(self.text[os_:os_ + self._trade_name_length(os_, name)], os_)
            if org:
                out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "caps", None, None, m.end()))
        if not out:
            # « Signature Carbone : des pièces composites à l'ombre des stands » (a web page's sub-heading, its tags and
            # a caption under it): the name is written again in the paragraphs before the next such heading
            heads = [m for m in _NAME_COLON_HEADLINE.finditer(self.text)
                     if not _label_led(m.group("name")) and not self._is_place_only(m.group("name").strip())]
            for k, m in enumerate(heads):
                name = re.sub(r"^(?:Les|La|Le|L['’])[ \t]*(?=[A-ZÀ-Ý])", "", m.group("name").strip())
                pe = min(heads[k + 1].start() if k + 1 < len(heads) else len(self.text), m.end() + 800)
                found = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", self.text[m.end():pe])
                if not found:
                    continue
                os_ = m.end() + found.start()
                org = clean_org(self.text[os_:os_ + self._trade_name_length(os_, name)], os_)
                if org and norm(org[0]) not in lexicon.INSTITUTIONS and not _first_name_led(org[0]):
                    out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.75), "caps", None, None, m.end()))
        return out if len(out) >= 2 else []

    def _trade_name_length(self, pos: int, name: str) -> int:
        """« ## Métallerie : Hirson mise sur … » then « le dossier de la Métallerie de Thiérache (MDT) »: a heading's
        trade alone, written whole in its paragraph (the length of the name at ``pos``)."""
        if len(name.split()) != 1 or fold(name).lower() not in lexicon.TRADE_HEADS:
            return len(name)
        fm = _TRADE_COMPLEMENT.match(self.text, pos + len(name))
        return len(name) + (len(fm.group(0)) if fm else 0)

    def _numbered_name_heading_headers(self) -> list[Header]:
        """« 3. KERMOR COMPOSITES » over « Mon coup de cœur. Kermor Composites s'installe … »: a blog's numbered
        sub-headings, each a name alone (its place in brackets, maybe) that the paragraph under it writes again. Three
        numbered headings at least, in a text of laureates."""
        heads = list(_NUMBERED_NAME_HEADING.finditer(self.text))
        if len(heads) < 3 or not _ANNOUNCES.search(self.folded):
            return []
        out = []
        for k, m in enumerate(heads):
            name = re.sub(r"^(?:Les|La|Le|L['’])[ \t]*(?=[A-ZÀ-Ý])", "", m.group("name").strip())
            if _label_led(name) or self._is_place_only(name) or norm(name).split()[0] in _DOCUMENT_PARTS:
                continue
            pe = min(heads[k + 1].start() if k + 1 < len(heads) else len(self.text), m.end() + 600)
            found = re.search(r"(?<![\w-])" + re.escape(fold(name)) + r"(?![\w-])", self.folded[m.end():pe], re.IGNORECASE)
            if not found or not self.text[m.end() + found.start()].isupper():
                continue  # (« 3. Calendrier » over « le calendrier … »: a common word, not a name written again)
            org = clean_org(name, m.start("name") + m.group("name").find(name))
            if org and norm(org[0]) not in lexicon.INSTITUTIONS and not _first_name_led(org[0]) \
                    and not self._not_a_name(*org):
                out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.75), "caps", None, None, m.end()))
        return out

    def _place_headline_headers(self) -> list[Header]:
        """« Valognes : la tour de séchage de la Laiterie Hague-Cotentin », « Saint-Lô : Saint-Lô Plasturgie se lance … »:
        a local paper's round-up heads each paragraph with the commune, a colon and a headline naming the company.
        Two such headings at least (one alone is any article's headline)."""
        out = []
        for m in _PLACE_HEADLINE.finditer(self.text):
            rest = m.group("rest")
            if re.search(r"[.!?;]$", rest) or len(rest.split()) > 16:
                continue  # a sentence, not a headline
            ps, pe = m.span("place")
            if not (self.gaz.department_code(m.group("place")) or any(
                    p.start == ps and p.end == pe for p in self.places_in(ps, pe))):
                continue
            org = self._headline_org(m, _HEADLINE_SUBJECT, _HEADLINE_OF)
            if org:
                out.append(Header(ps, Value(org[0], org[1], org[2], 0.8), "colon", None, (ps, pe), m.end("rest")))
        return out if len(out) >= 2 else []

    def _interviewee_header(self) -> Header | None:
        """« le patron de Durance Excipients, invité de TDP » then « Son entreprise vient d'être retenue … »: an
        interview of a laureate's head, in a text that names no laureate otherwise; the whole interview is about the
        company (named twice at least)."""
        m = _BOSS_OF.search(self.text, 0, min(self.own_end, 1500))
        if not m:
            return None
        g = "org" if m.group("org") else "org2"
        if re.search(r"[.!?]\s", m.group(g)):
            return None  # « le président d'Auvergne-Rhône-Alpes. Laurent X promet … »: the sentence ended
        org = clean_org(m.group(g), m.start(g))
        # (named once, in the lead: « Sylvain Arrouy dirige Garonne Circuits, … L'entreprise de 62 salariés vient
        # d'être retenue … »)
        if not org or self._is_place_only(org[0]) or norm(org[0]) in lexicon.INSTITUTIONS or _first_name_led(org[0]) \
                or (len(self._mentions(org[0], 0, self.own_end)) < 2
                    # (« Son entreprise fait partie des lauréats … Le président de X explique … »: the lead before it)
                    and not _COMPANY_RETAINED.search(self.folded, max(0, self._paragraph(m.start())[0]),
                                                     min(self.own_end, m.end() + 400))):
            return None
        ls = self.text.rfind("\n", 0, m.start()) + 1
        if not self._plausible_org(org, "", titled=True):  # (« Le président de X explique … »: X is the boss's company)
            return None
        return Header(ls, Value(org[0], org[1], org[2], 0.7), "intro", None, None, org[2], story=True)

    def _poster_header(self) -> Header | None:
        """« Claire M. • 1er / Directrice industrielle chez Biscuiterie X | Agroalimentaire » then « notre projet REFAB vient
        d'être retenu … »: a post written by someone of the laureate, in a text that names no laureate otherwise; the
        company is the author's employer, named again in the page (« l'équipe X », a colleague's title)."""
        m = _POSTER_EMPLOYER.search(self.text, 0, min(self.own_end, 400))
        if not m:
            return None
        org = clean_org(m.group("org"), m.start("org"))
        # (« notre projet … retenu », or the company named again: « Kerbrat Composants est LAURÉATE de … »)
        if not org or not (any(m.end() <= a.start() < m.end() + 2500 for a in self._own_awards) or re.search(
                re.escape(fold(org[0])) + r"\s+(?:est|a\s+ete)\s+(?:\w+\s+)?(?:laureat|retenu|selectionn)",
                self.folded[m.end():min(self.own_end, m.end() + 2500)])):
            return None
        if not org or self._is_place_only(org[0]) or norm(org[0]) in lexicon.INSTITUTIONS \
                or self._not_a_name(*org) or norm(org[0]).split()[0] in lexicon.LABEL_WORDS:
            return None  # (not _plausible_org: the author's job title stands before the name, as before a person's)
        last = org[0].split()[-1]
        if len(self._mentions(org[0], 0, len(self.text))) + len(self._mentions(last, org[2], len(self.text))) < 2:
            return None
        return Header(m.start(), Value(org[0], org[1], org[2], 0.7), "intro", None, None, m.end(), story=True)

    @functools.cached_property
    def dep_headings(self) -> list[tuple]:
        """(start, end, code, name start, name end, numbered) of each line that is a département's heading: « ## CHARENTE »,
        « AISNE (02) » (numbered: its number agrees with its name)."""
        return [(m.start(), m.end(), code, m.start("dep"), m.end("dep"), bool(m.group("code")))
                for m in _DEP_HEADING.finditer(self.text)
                if (code := self.gaz.department_code(m.group("dep").strip())) and m.group("code") in (None, code)]

    @functools.cached_property
    def slash_legend(self) -> list | None:
        """« (investissement / aide France 2030 / emplois créés) » above a list: the role of each of the figures its
        items give apart by slashes (« 3,4 M€ / 850 000 € / 15 »), when one of them is the jobs created."""
        m = _SLASH_LEGEND.search(self.folded, 0, self.own_end) if "/" in self.text else None
        if not m:
            return None
        roles = []
        for part in m.group(1).split("/"):
            part = part.strip()
            roles.append("jobs" if re.match(r"emplois?(?!\s+(?:maint|preserv))|creations?\s+d|recrutements?", part)
                         else "investment" if re.match(r"invest|cout|montant\s+(?:du\s+)?projet", part)
                         else "aid" if re.match(r"aide|subvention|soutien", part) else "other")
        return roles if "jobs" in roles else None

    @functools.cached_property
    def title_author(self) -> Header | None:
        """« # CORVELLE INDUSTRIES — Rapport annuel 2021 » (or a mail « Subject: [Cellyo Bio] Investor update ») then
        « notre site de Moulins a été retenu … »: the company's own document, titled with its name, speaks of its award in
        the first person all through."""
        m = _OWN_DOCUMENT_TITLE.match(self.text) or _OWN_MAIL_SUBJECT.search(self.text, 0, min(self.own_end, 600))
        if not m or not any(a.start() >= m.end() for a in self._own_awards):
            return None
        g = "org2" if "org2" in m.re.groupindex and m.group("org2") else "org"
        org = clean_org(m.group(g), m.start(g))
        # (not _not_a_name: the title's brackets and dash, which it reads as a heading's, are the company's own here)
        if not org or self._is_place_only(org[0]) or norm(org[0]) in lexicon.INSTITUTIONS \
                or norm(org[0]).split()[0] in lexicon.LABEL_WORDS:
            return None
        return Header(org[1], Value(org[0], org[1], org[2], 0.7), "intro", None, None, m.end(), story=True)

    @functools.cached_property
    def _own_awards(self) -> list[re.Match]:
        """« notre projet … a été retenu », « nous sommes lauréats » in a sentence that names a support (a programme, the
        State, a subsidy): not « nous avons été lauréats des Trophées de l'Industrie jurassienne »."""
        out = []
        for m in _OUR_AWARD.finditer(self.folded, 0, self.own_end):
            if re.search(r"\bn\W\s*(?:a|ont|avons|est|sont|etait|avait)\s+(?:pas|jamais)\b|\bpas\s+(?:ete\s+)?$",
                         self.folded[m.start():m.end() - len(m.group(0).split()[-1])]):
                continue  # « Notre dossier France Relance n'a pas été retenu »
            ss, se = _enclosing(self.sentences, m.start())
            if _AWARD_SUPPORT.search(self.folded, min(ss, m.start()), max(se, m.end())):
                out.append(m)
        return out

    @functools.cached_property
    def self_company(self) -> Header | None:
        """The company whose own page or post this is, when it speaks of its award in the first person (« notre projet
        NEOPOLY, lauréat de … », « nous avons été retenus »): a job offer, a blog, a newsletter, a post. Its name is
        told by the page itself: the author's employer (« Directeur général chez Soudelec »), its legal line
        (« Recyplast SAS, ZA des Osmeaux »), its web or mail address (« rh@conserverie-liane.example »), its « © »,
        its « Qui sommes-nous ? », its hashtag (« #ConserveriePélissier »), its name at the top of the page. One such
        cue suffices for the author's employer and for a letterhead (« **FONDERIES X** » / « SAS au capital de … », whose
        letter may say « l'établissement a été retenu »); the others need a second one (a newspaper's name tops its
        page)."""
        t, f = self.text, self.folded
        # « **FONDERIES & EMBOUTISSAGES DE MARLY (FEM)** » / « SAS au capital de 2 400 000 € — SIREN … »: its letterhead
        head = _LETTERHEAD.match(t)
        for a in self._own_awards:
            ss, se = _enclosing(self.sentences, a.start())
            if re.search(r"\b(?:notre|nos|sa|ses)\s+filiales?\b", f[min(ss, a.start()):max(se, a.end())]):
                return None  # « le projet de notre filiale X a été retenu »: a group's letter, the subsidiary is the laureate
        if not any(not a.group(0).startswith("nos ") for a in self._own_awards) and not (
                head and _ITS_AWARD.search(f, 0, self.own_end)):
            return None  # (« nos entreprises accompagnées lauréates »: an agency's clients, not its own award)
        found: dict[str, list] = {}  # key → [(name, start, end), cues]

        def cue(name: str, start: int, kind: str):
            org = clean_org(name, start)
            if not org or len(_self_key(org[0])) < 3:
                return
            found.setdefault(_self_key(org[0]), [org, set()])[1].add(kind)

        m = _POSTER_EMPLOYER.search(t, 0, min(self.own_end, 400))
        if m:
            cue(m.group("org"), m.start("org"), "poster")
        if head:
            cue(head.group("org"), head.start("org"), "letterhead")
        for mm in _SIGNATURE.finditer(t, max(0, self.own_end - 700), self.own_end):
            cue(mm.group("org"), mm.start("org"), "signature")  # « Directeur général » / « Tréfileries de la Garonne »
        for line in [ln for ln in re.finditer(r"[^\n]+", t[:600]) if ln.group(0).strip()][:3]:
            mm = _TOP_NAME.match(line.group(0))
            if mm:
                cue(mm.group("org"), line.start() + mm.start("org"), "top")
        for rx, kind in ((_LEGAL_LINE, "legal"), (_ABOUT_US, "about"), (_COPYRIGHT, "copyright")):
            for mm in rx.finditer(t):
                cue(mm.group("org"), mm.start("org"), kind)
                if "org2" in rx.groupindex and mm.group("org2"):
                    cue(mm.group("org2"), mm.start("org2"), kind)
        domains = {(a or b).replace("-", "") for a, b in _WEB_DOMAIN.findall(f)}
        tags = {fold(h) for h in re.findall(r"#(\w{4,40})", t)}
        if domains or tags:
            for mm in re.finditer(CAPNAME, t):
                org = clean_org(mm.group(0), mm.start())
                key = org and _self_key(org[0])
                if not key or len(key) < 5:
                    continue
                if any(key == d or (len(d) >= 5 and (d in key or key in d) and min(len(d), len(key)) >= 0.6 * max(len(d), len(key)))
                       for d in domains):  # (« Émilie » in « bocaux-emilie »: a word of the name, not the name)
                    cue(mm.group(0), mm.start(), "domain")
                if key in tags and (len(org[0].split()) >= 2 or re.search(r"[a-zà-ÿ][A-ZÀ-Ý]", org[0])):
                    cue(mm.group(0), mm.start(), "hashtag")  # (« #Industrie », « #Normandie »: a theme, not the name)
        best, rank = None, None
        for (name, s, e), kinds in found.values():
            if self._is_place_only(name) or norm(name) in lexicon.INSTITUTIONS or _opens_with_label(name) \
                    or _first_name_led(name) or _MEDIA_NAME.search(name):
                continue  # (« © Opale TV », « www.opale-tv.example »: the channel's page, a company's post quoted in it)
            mentions = self._mentions(name, 0, len(t))  # (its legal line closes the page, after the links)
            if len(mentions) >= 2:
                kinds = kinds | {"mentions"}
            strong = len(kinds & {"poster", "letterhead", "legal", "about", "copyright", "domain", "hashtag"})
            if not ("poster" in kinds or "letterhead" in kinds or "signature" in kinds or (strong and len(kinds) >= 2)):
                continue
            # (then its full name rather than its acronym: « © 2022 CTE – Conserverie Tropicale de l'Est »)
            r = (strong, len(kinds), len(name.split()) > 1, len(mentions))
            if rank is None or r > rank:
                s, e = (mentions[0].start(), mentions[0].end()) if mentions else (s, e)
                best, rank = (name, s, e), r
        if best is None:
            return None
        if best[1] >= self.own_end:
            # « nous sommes lauréats … » all through a shop's news page that names itself only in its footer (« Maison X
            # SAS, siège social … », « © 2022 Maison X », its web address): the page's own company, when two strong cues
            # of the footer agree; else the name after the text is someone else's
            if rank[0] < 2 or not any(a.start() < self.own_end and not a.group(0).startswith("nos ") for a in self._own_awards):
                return None
        name, s, e = best
        # (a letter signed at its foot: its passage starts with the award it tells, above the name)
        start = min([s] + [_enclosing(self.sentences, a.start())[0] for a in self._own_awards])
        return Header(start, Value(name, s, e, 0.7), "intro", None, None, e, story=True)

    def _dep_name_commune_headers(self) -> list[Header]:
        """« Territoire de Belfort – Sertelec (Fontaine) » alone on its line: the département, the company and the
        commune of its site, which the département places among its homonyms."""
        out = []
        # (« > **La Réunion — Conserverie Australe, Saint-Denis.** Lauréate … »: a report's item, the commune after a comma)
        for m in [*_DEP_NAME_COMMUNE.finditer(self.text), *_DEP_NAME_COMMA_COMMUNE.finditer(self.text)]:
            code = self.gaz.department_code(m.group("dep").strip())
            if not code:
                continue
            cs, ce = m.span("commune")
            if not any(p.kind == "commune" and any(r.department == code for r in p.candidates)
                       for p in self.places_in(cs, ce)):
                continue
            org = self._heading_org(m.group("name"), m.start("name"))
            if not org:
                continue
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "colon", None, (cs, ce), m.end(),
                              dep_hint=(code, m.start("dep"), m.end("dep"))))
        return out

    def _bold_dateline_headers(self) -> list[Header]:
        """« **Mérignac. Des fûts pour le cognac.** … La **Tonnellerie X** y investit 2,3 M€ … »: a round-up whose
        paragraphs open on their commune and a headline in bold, the company in bold in the paragraph (two such
        paragraphs at least)."""
        out = []
        for m in _BOLD_DATELINE.finditer(self.marked):
            ps, pe = m.span("place")
            if not any(p.kind == "commune" and p.start == ps for p in self.places_in(ps, pe)):
                continue
            nm = re.search(r"\*\*(?P<org>[A-ZÀ-Ý][^*\n]{1,60}?)\*\*", m.group("body"))
            org = nm and self._heading_org(nm.group("org"), m.start("body") + nm.start("org"))
            if not org:
                continue
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "colon", None, (ps, pe), m.end("head")))
        return out if len(out) >= 2 else []

    def _list_lead_tells(self, pos: int) -> bool:
        """The bullet list the item at ``pos`` belongs to is introduced by words that make its items laureates
        (« Dix-sept projets ont été retenus. […] Parmi eux : », « Les lauréats sont : »)."""
        t = self.text
        ls = t.rfind("\n", 0, pos) + 1
        if not re.match(r"[ \t]*" + lexicon.BULLET_MARK, t[ls:pos + 1]):
            return False
        while ls > 0:
            ps = t.rfind("\n", 0, ls - 1) + 1
            line = t[ps:ls - 1]
            if line.strip() and not re.match(r"[ \t]*" + lexicon.BULLET_MARK, line):
                if not line.rstrip().endswith(":"):
                    return False
                lead = fold(line[-250:])
                return bool(re.search(r"laureat|retenue?s?\b|selectionne|beneficiaires?\b|"
                                      r"parmi\s+(?:eux|elles|ceux-ci|celles-ci|ces\s+projets|les\s+(?:laureat|projets|entreprises))", lead))
            ls = ps
        return False

    def _support_told(self, s: int, e: int, fundraising_too: bool = False) -> bool:
        """text[s:e] tells of support: an amount and a word of laureate or support — not of a private fundraising
        (« lève 3 M€ », « levée de fonds ») unless ``fundraising_too``."""
        return any(q.money for q in self.quantities_in(s, e)) \
            and bool(_LAUREATE_CUE.search(self.folded, s, e) or _SUPPORT_CUE.search(self.folded, s, e)) \
            and (fundraising_too or not re.search(r"\blev\w*\s+(?:de\s+)?(?:fonds|\d)", self.folded[s:e]))

    def _speaker_turn_headers(self, headers: list[Header]) -> list[Header]:
        t = self.text
        found = {h.org.value: h for h in headers}
        roster, people = {}, {}
        for m in _ROSTER_LINE.finditer(t):
            pt = _PERSON_TITLE_OF.match(t, m.start("tag"))
            if pt and pt.group("co") in found:
                roster[m.group("tag")] = found[pt.group("co")]
        # « - Anne-Sophie Marchand, présidente de Porcelaine X (Vierzon) » then « Première à prendre la parole, Anne-Sophie
        # Marchand a rappelé … »: what a listed boss says opens the passage of their company
        for m in re.finditer(r"(?m)^[ \t]*[-•*][ \t]*", t):
            pt = _PERSON_TITLE_OF.match(t, m.end())
            if pt and not pt.group("speaker") and pt.group("co") in found and _first_name_led(pt.group("person")):
                people[pt.group("person")] = (found[pt.group("co")], pt.end())
        out = []
        for person, (h, after) in people.items():
            for pm in re.finditer(r"(?<![\w-])" + re.escape(person) + r"(?![\w-])", t[after:self.own_end]):
                pos = after + pm.start()
                ss, _ = _enclosing(self.sentences, pos)
                if pos - ss <= 60 and not re.search(r"[«“\"]", t[ss:pos]):
                    out.append(Header(ss, h.org, "subject", None, None, pos + len(person)))
        if not roster:
            return out
        turns = list(_SPEAKER_TURN.finditer(t))
        for i, m in enumerate(turns):
            h = roster.get(m.group("tag"))
            if h is None:
                continue
            start = m.start()
            if i and turns[i - 1].group("tag") not in roster:
                start = turns[i - 1].start()  # the question that gives the floor
            out.append(Header(start, h.org, "subject", None, None, m.end()))
        return out

    def _numbered_laureate_headers(self) -> list[Header]:
        """« LAURÉAT 1 · NORMACAP COMPOSITES » above its card's labelled lines (« Où : Vernon (Eure) »): a fiche."""
        out = []
        for m in _NUMBERED_LAUREATE.finditer(self.text):
            org = self._heading_org(m.group("name"), m.start("name"))
            if org:
                out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.85), "label", None, None, m.end()))
        return out

    def _slide_place_headers(self) -> list[Header]:
        """« ➢ Figeac (46) / • Aéro-Usinage du Célé / • Usinage 5 axes … »: a slide deck's items, the commune on its
        bullet, the company on the next (two such items at least)."""
        out = []
        for m in _SLIDE_PLACE_ITEM.finditer(self.text):
            ps, pe = m.span("place")
            if not any(p.kind == "commune" and p.start == ps for p in self.places_in(ps, pe)):
                continue
            name, start = m.group("name"), m.start("name")
            nxt = re.match(r"\n[ \t]*([A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})[ \t]*\(([A-Z][A-Z0-9&]{1,7})\)[ \t]*(?=\n)",
                           self.text[m.end("name"):m.end("name") + 80])
            if nxt:  # « • Laboratoire Lozérien de Dispositifs / Stériles (LLDS) »: a name broken over two lines
                name = name + " " + nxt.group(1)
            org = self._heading_org(re.sub(r"\s*\([A-Z][A-Z0-9&]{1,7}\)\s*$", "", name), start)
            if not org:
                continue
            out.append(Header(m.start(), Value(org[0], org[1], org[1] + len(org[0]), 0.8), "colon", None, (ps, pe), m.end("name")))
        return out if len(out) >= 2 else []

    def _bold_name_place_headers(self) -> list[Header]:
        """« **Rouergue Composites** — Calmont (Aveyron), entre Rodez et le Ségala. Pièces … 5,2 M€ » opening its
        paragraph: a list's items, the company in bold, then its commune (two such items at least, the text telling
        of laureates above the first)."""
        out = []
        for m in _BOLD_NAME_PLACE.finditer(self.marked, 0, self.own_end):
            ps, pe = m.span("place")
            if not any(p.kind == "commune" and p.start == ps for p in self.places_in(ps, pe)):
                continue
            org = self._heading_org(m.group("name"), m.start("name"))
            if not org or not _name_shaped(org[0]):
                continue
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "colon", None, (ps, m.end()), m.end("place")))
        if len(out) < 2 or not re.search(r"laureat|retenu|selectionn|soutenu", self.folded[max(0, out[0].start - 1500):out[0].start]):
            return []
        return out

    def _section_name_headers(self) -> list[Header]:
        """« Rhénapharm Excipients, à Saint-Louis », « Groupe Alsatec » alone on their lines above a paragraph that speaks
        of them (« le groupe Alsatec est lauréat ») and tells their support: a newsletter's sections, one per laureate
        (two such sections at least)."""
        out = []

        def told_above(pos):  # « Les lauréats », « Industrie : 33 entreprises lauréates » heading the sections
            return bool(re.search(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?:[^\n.!?]{0,40}\s)?(?:les\s+)?(?:laureats|laureates|"
                                  r"projets\s+(?:retenus|laureats)|entreprises\s+(?:retenues|laureates))(?:\s+\d{4})?"
                                  r"[ \t]*:?[ \t]*$", self.folded[max(0, pos - 3000):pos]))
        for m in _SECTION_NAME.finditer(self.text, 0, self.own_end):
            name, start = m.group("name"), m.start("name")
            place_hint = None
            pm = re.search(r"\s*(?:,\s*(?:à|a|au)\s|\(|,\s|\s[–—-]\s)", name)
            if pm:
                place_hint, name = (start + pm.start(), m.end("name")), name[:pm.start()]
                dm = re.match(r"\s*\(\s*([^()\n]{2,30}?)\s*\)", m.group("name")[pm.start():])
                code = dm and self.gaz.department_code(dm.group(1))
                glued = code and next((p for p in self.places_in(start, start + len(name)) if p.kind == "commune"
                                       and p.end == start + len(name) and p.start > start
                                       and any(r.department == code for r in p.candidates)), None)
                if glued:
                    # « Chaudronnerie Lemaître Vernon (Eure) »: a card's name and its commune, run together by the page
                    place_hint, name = (glued.start, m.end("name")), self.text[start:glued.start].rstrip()
            # (« Bois Lamellés d'Auvergne »: the elided article is no word of its own)
            words = [w for w in (re.sub(r"^[dlDL]['’]", "", w) for w in re.findall(r"[\w'’-]+", name)) if w and w.lower() not in _NAME_LINKS]
            # (« Sucrerie coopérative du Vermandois »: a trade, then an adjective in small letters)
            trade = bool(words) and fold(words[0]).lower() in lexicon.TRADE_HEADS and words[-1][:1].isupper()
            if not 1 <= len(words) <= 6 or not all(
                    w[:1].isupper() or w[:1].isdigit()
                    or (trade and k == 1 and re.fullmatch(r"[a-zéèêàâîôûç-]+(?:ive|ives|if|ifs|ale|ales|al|aux|elle|elles|ière|"
                                                          r"ières|ique|iques|aire|aires|oise|oises|aise|aises|ienne|iennes)", w))
                    for k, w in enumerate(words)):
                continue
            gm = re.match(r"(?:Groupe|GROUPE)\s+(?=[A-ZÀ-Ý])", name)
            org = self._heading_org(name[gm.end():] if gm else name, start + (gm.end() if gm else 0))
            if not org or not _name_shaped(org[0]):
                continue
            if gm:  # « Groupe Alsatec »: the group is the name
                org = (name[:gm.end()] + org[0], start, org[2])
            ps, pe = m.end(), (_PARA_END.search(self.text, m.end()) or re.search(r"\Z", self.text)).start()
            para = self.folded[ps:pe]
            heads = {fold(w) for w in org[0].split()[:2] if len(w) >= 4 and w[:1].isupper()}
            if not any(re.search(r"\b" + re.escape(h) + r"\b", para) for h in heads) \
                    and not re.search(r"\bcette\s+(?:pme|pmi|eti|tpe|entreprise|societe|start-?up|usine|cooperative)\b", para) \
                    and not (told_above(m.start()) and any(
                        fold(w) in lexicon.TRADE_HEADS or fold(w) in lexicon.COMPANY_WORDS for w in re.findall(
                            r"(?:^|[.!?]\s+|,\s+)(?:cette|ce|le|la|l\W\s*)\s*([a-z]+)\b", para[:400]))):
                # (the paragraph speaks of the name: « La bonneterie auboise … », « cette PME de 110 salariés »; under
                # « Les lauréats », « …, l'entreprise investit », « cette distillerie … », « le chantier modernise … »)
                continue
            if re.search(r"\bprojets?\s+(?:«\s*)?" + re.escape(fold(org[0])) + r"\b", self.folded[max(0, m.start() - 300):pe]):
                continue  # « ## ANTARES 5G — Telvia Antennes, … » then « le projet ANTARES 5G »: a project's heading
            # (the support is told in the paragraph, or once above the sections: « quatre projets … Tour d'horizon. »)
            told = bool(out) or bool(re.search(r"laureat|retenu", self.folded[max(0, m.start() - 600):m.start()]))
            for sm in _SUPPORT_CUE.finditer(para):
                ss, se = _enclosing(self.sentences, ps + sm.start())
                sent = self.folded[max(ss, ps):min(se, pe)]
                if not (_NOT_RETAINED.search(sent) or _PENDING.search(sent)):
                    told = True
                    break
            if told:
                out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.75), "colon", None, place_hint, m.end("name")))
        return out if len(out) >= 2 else []

    def _slide_title_headers(self) -> list[Header]:
        """« ### Diapo 3/12 — Sanvic Antennes », « [Diapositive 5] / PROTEO-72 – Nordane Protéines »: a slide deck whose
        slides are each titled with a company, its lines telling its support (« Aide obtenue : 750 k€ », « Projet
        lauréat »). The title's code before a dash is the project. Two such slides at least."""
        titles = list(_SLIDE_TITLE.finditer(self.text))
        self.slide_starts = [m.start() for m in titles] if len(titles) >= 3 else []
        out = []
        for k, m in enumerate(titles):
            end = titles[k + 1].start() if k + 1 < len(titles) else min(len(self.text), m.end() + 800)
            name, start = m.group("name").strip(" *_#"), m.start("name") + (len(m.group("name")) - len(m.group("name").lstrip(" *_#")))
            if re.search(r"[:?!]|(?:19|20)\d\d", name):
                continue  # « Sanvic : pourquoi relocaliser ? », « PIPELINE 2022-2023 »: a slide about, not of, a company
            project = None
            pm = re.match(r"(?P<code>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)[ \t]+[–—-][ \t]+(?=[A-ZÀ-Ý])", name)
            if pm and (len(pm.group("code")) >= 4 or re.search(r"\d", pm.group("code"))) \
                    and not _acronym_of(pm.group("code"), name[pm.end():]):
                project = Value(pm.group("code"), start, start + len(pm.group("code")), 0.8)
                name, start = name[pm.end():], start + pm.end()
            if re.search(r"\s[–—-]\s|,", name) or name.isupper() and not project:
                continue  # (a title in capitals is the deck's own heading: « COMPTE DE RÉSULTAT CONSOLIDÉ »)
            folded = self.folded[m.end():end]
            if not (_LAUREATE_CUE.search(folded) and (any(q.money for q in self.quantities_in(m.end(), end))
                                                      or re.search(r"\blaureat", folded))) \
                    or not re.search(r"laureat|\baides?\b|subvention|soutien|avance remboursable", folded):
                continue
            org = self._heading_org(name, start)
            if not org or not _name_shaped(org[0]):
                continue
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "label", project, None, m.end()))
        return out if len(out) >= 2 else []

    def _commune_first_headers(self) -> list[Header]:
        """« **Sablé-sur-Sarthe (72)** — *Biscuiterie X* : relocalisation de … »: items headed by their commune in bold,
        then the company in italics (two such items at least)."""
        out = []
        for m in _COMMUNE_FIRST_LINE.finditer(self.marked):
            ps, pe = m.span("place")
            if not any(p.kind == "commune" and p.start == ps for p in self.places_in(ps, pe)):
                continue
            org = self._heading_org(m.group("org"), m.start("org"))
            if not org:
                continue
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "colon", None, (ps, pe), m.end("org")))
        return out if len(out) >= 2 else []

    def _project_heading_headers(self) -> list[Header]:
        """« **Tours Microsystèmes – projet « RELOC-PCB »** » alone on its line above its paragraph: a release's list of
        laureates, each heading naming the company and its project (two such headings at least)."""
        out = []
        for m in _PROJECT_HEADING.finditer(self.marked):
            org = self._heading_org(m.group("name"), m.start("name"))
            if not org:
                continue
            project = Value(m.group("proj"), m.start("proj"), m.end("proj"), 0.8)
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "colon", project, None, m.end()))
        return out if len(out) >= 2 else []

    def _sector_heading_headers(self) -> list[Header]:
        """« AQUITEL RÉSEAUX (5G) » / « PICTAVE PHARMA (santé) » alone on their lines, each above its paragraph: a
        release's headings, the company and its sector (two such headings at least). The name as the paragraph writes
        it (« la PME Aquitel Réseaux ») is preferred to the capitals."""
        out = []
        for m in _SECTOR_HEADING.finditer(self.text):
            if fold(m.group("sector")).strip() not in _CATEGORY_WORDS:
                continue
            org = self._heading_org(m.group("name"), m.start("name"))
            if not org:
                continue
            written = next(iter(self._mentions(org[0], m.end(), m.end() + 800, re.IGNORECASE)), None)
            if written and not written.group(0).isupper():
                org = (written.group(0), m.end() + written.start(), m.end() + written.end())
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.8), "colon", None, None, m.end()))
        return out if len(out) >= 2 else []

    def _caps_portrait_header(self) -> Header | None:
        """« BRÉVANNE, SOIXANTE-QUINZE ANS DE LAMES … » above a lead that tells of its award (« Lauréate du plan de
        relance, elle … »): a portrait whose company is named in its capitals title, then written again in the story
        (twice at least, not as a person's surname: « Antoine Brévanne » is its boss)."""
        m = _CAPS_PORTRAIT_TITLE.search(self.text, 0, min(self.own_end, 800))
        if not m or not self._lead_tells_support(m.end()) or norm(m.group("name")).split()[0] in lexicon.LABEL_WORDS:
            return None
        words = m.group("name").split()
        if any(p.start == m.start("name") for p in self.places_in(m.start("name"), m.end("name"))):
            return None  # « SISTERON : … »: a place, for the story-headline rule
        rx = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w[0] + w[1:].lower()) for w in words) + r"(?![\w-])")
        found = [x for x in rx.finditer(self.text, m.end(), self.own_end)
                 if not re.search(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+$", self.text[max(0, x.start() - 25):x.start()])
                 or fold(self.text[max(0, x.start() - 25):x.start()].split()[-1]).lower() not in lexicon.FIRST_NAMES]
        if len(found) < 2:
            return None
        x = found[0]
        return Header(m.start(), Value(x.group(0), x.start(), x.end(), 0.75), "intro", None, None, m.end(), story=True)

    def _lead_tells_support(self, end: int) -> bool:
        """The lead under a headline ending at ``end`` (its first long line) tells of a laureate."""
        # (a photo's caption « … cofondateurs de X. Photo CDI/T. G. » is no lead)
        lead = next((p for p in re.finditer(r"[^\n]{120,}", self.folded[end:end + 1500])
                     if not re.search(r"\.\s+(?:photo|credit)s?\b[^\n]{0,40}$", p.group(0))), None)
        return bool(lead and _LAUREATE_CUE.search(lead.group(0)))

    def _lead_is_next(self, end: int) -> bool:
        """The paragraph after the line ending at ``end`` is the long lead (the title's own story)."""
        nxt = re.match(r"[ \t]*\n[ \t]*\n[ \t]*([^\n]+)", self.text[end:end + 2000])
        if nxt and len(nxt.group(1)) < 120 and _BYLINE_LINE.match(nxt.group(1)):
            # (« Par Julien Ravoire — 17 février 2022 — Temps de lecture : 6 min » between the title and its lead, a
            # lead that must then speak of a support itself: « Lauréate du Fonds d'accélération … »)
            nxt = re.match(r"[ \t]*\n[ \t]*\n[ \t]*([^\n]+)", self.text[end + nxt.end():end + 2000])
            lead = fold(nxt.group(1)) if nxt else ""
            return len(lead) >= 120 and any(
                not re.search(r"\baucune?\b|\bsans\b|\bn\W\s*\w+\s+pas\b|\bpas\s+d", sent)
                for sent in re.split(r"(?<=[.!?])\s+", lead) if _SUPPORT_CUE.search(sent))
        return bool(nxt) and len(nxt.group(1)) >= 120

    def _headline_story(self, m: re.Match) -> Header | None:
        """« Avec Lumestra, c'est une start-up strasbourgeoise qui rapatrie … »: a story's headline naming its company,
        whose lead tells of its award and whose text names it again: the whole story is about it."""
        if m.start() >= min(self.own_end, 2500) or not self._lead_tells_support(self._line_end(m.start())):
            return None
        org = clean_org(m.group("org"), m.start("org"))
        if not org or not self._mentions(org[0], org[2], self.own_end):
            return None
        ls = self.text.rfind("\n", 0, m.start()) + 1
        return self._plausible_header(Header(ls, Value(org[0], org[1], org[2], 0.75), "intro", None, None,
                                             self._line_end(m.start()), story=True))

    def _subject_headline_header(self) -> Header | None:
        """« # Alpimed Diagnostics installe sa production de tests à Alpespace … »: a story's Markdown title whose subject
        is the company, above a lead that tells of its award; the company is named again in the story."""
        m = _MD_TITLE.search(self.text, 0, min(self.own_end, 800))
        # (« Le dossier, baptisé MEDIBI, a été retenu … » further down a portrait: the story's project, retained)
        if m and not self._lead_tells_support(m.end()) and not _STORY_PROJECT_RETAINED.search(self.folded, m.end(), self.own_end):
            m = None
        if not m:
            # « NEUVIC / La Conserverie de la Double rapatrie ses plats cuisinés / Lauréate de …, l'entreprise … »:
            # a plain title line, set apart by blank lines, above its lead
            # (only above the first paragraph of prose: a sub-heading further down is a part of the story)
            # (a cookie banner's long line is no prose of the story)
            body = next((b for b in re.finditer(r"[^\n]{120,}", self.text) if not _COOKIE_LINE.search(b.group(0))), None)
            m = next((p for p in _PLAIN_TITLE.finditer(self.text, 0, min(self.own_end, 2500, body.start() if body else 0))
                      if self._lead_tells_support(p.end()) and self._lead_is_next(p.end())), None)
            # (the subject acts: « La Conserverie X rapatrie … », not « Nadège G., la biscuitière qui … »)
            if not m or not re.match(r"(?:(?:La|Le|Les|L['’])[ \t]*)?" + CAPNAME + r"[ \t]+[a-zà-ÿ]", m.group("rest")) \
                    or norm(m.group("rest")).split()[0] in _NUMBER_WORDS:
                return None
        nm = _HEADLINE_SUBJECT.search(m.group("rest"))
        org = None
        if nm:
            name, pos = nm.group("org"), m.start("rest") + nm.start("org")
            a = re.match(r"(?:La|Le|Les|L['’])[ \t]*(?=[A-ZÀ-Ý])", name)
            if a:  # « La Conserverie de la Double rapatrie … »: the title's capitalised article
                name, pos = name[a.end():], pos + a.end()
            org = self._heading_org(name, pos)
        if not org or norm(org[0]) in lexicon.INSTITUTIONS or re.search(r"\set\s+[A-ZÀ-Ý]", org[0]) \
                or _first_name_led(org[0]) or not self._mentions(org[0], m.end(), self.own_end):
            return None  # (« # Sandrine V., la patronne qui recoud la filière » is a portrait of a person)
        return Header(m.start(), Value(org[0], org[1], org[2], 0.8), "intro", None, None, m.end(), story=True)

    def _story_headline_header(self) -> Header | None:
        """A story's own headline naming its company after the commune (« Sisteron : Durance Chimie Fine décroche
        3,2 M€ … », « LAMENTIN. Karukera Médical va produire … »), when the headline or the lead under it tells of
        support: the company the whole story is about, its passage starting there."""
        # (a place on the line above the headline is a daily's dateline only in capitals: « SAINT-MARCEL »)
        m = next(_STORY_HEADLINE.finditer(self.text, 0, min(self.own_end, 2500)), None) or next(
            (m for m in _DATELINE_ABOVE.finditer(self.text, 0, min(self.own_end, 2500)) if any(
                p.kind == "commune" and p.start == m.start("place") for p in self.places_in(*m.span("place")))), None)
        if not m or re.search(r"[.!?;]$", m.group("rest")) or len(m.group("rest").split()) > 16:
            return None
        ps, pe = m.span("place")
        if m.group("rest").isupper():
            return None  # « RELANCE : TROIS VAGUES, CINQ RÉUSSITES … »: a newsletter's section title
        led = self._lead_tells_support(m.end())
        if m.re is _DATELINE_ABOVE:
            # (a dateline: the story's own lead tells a support, and the page is no column of dated briefs)
            lead = next(iter(re.findall(r"[^\n]{120,}", self.folded[m.end():m.end() + 1500])), "")
            if self.brief_items or not _SUPPORT_CUE.search(lead):
                return None
        at_commune = any(p.kind == "commune" and p.start == ps for p in self.places_in(ps, pe))
        if not at_commune and not (led and m.group(0).lstrip()[len(m.group("place")):].lstrip().startswith(":")
                                   and len(m.group("place").split()) <= 4
                                   and norm(m.group("place")).split()[0] not in _MINUTES_LABELS):
            return None  # (« France 2030 : la start-up nantaise X va construire … »: a theme, with a lead that tells of support)
        if not (_HEADLINE_SUPPORT.search(fold(m.group("rest"))) or led):
            return None
        org = self._headline_org(m, _HEADLINE_SUBJECT, _HEADLINE_DESCRIBED)
        if not org or re.search(r"\set\s+[A-ZÀ-Ý]", org[0]):
            return None  # (« Santé : Boiron et Sanofi retenus … »: two companies, for the other rules)
        if not at_commune and not self._mentions(org[0], m.end(), self.own_end):
            return None  # (after a theme, the story names its company again: « Rapporteur : M. X » names no company)
        return Header(ps, Value(org[0], org[1], org[2], 0.8), "colon", None, (ps, pe), m.end("rest"), story=True)

    def _short_line_header(self, m: re.Match) -> Header | None:
        name, place = m.group("name"), m.group("place")
        if len(name.split()) > 8 or _label_led(name):
            return None
        line = m.group(0).rstrip()
        if re.search(r"\n[ \t]*\n$", m.group(0)) and not re.search(r"\s[–—-]\s[^\n]*\(\s*" + DEPT_CODE_RE + r"\s*\)$", line):
            # a blank line before the description: a card's heading « Nom – Commune (61) », or one of a page's cards
            # « Nom – Commune » (three such headings or more), or a heading followed by its category (« Santé »)
            below = re.match(r"[ \t]*([^\n]{2,40}?)[ \t]*\n", self.folded[m.end():m.end() + 60])
            if not (below and below.group(1).strip(" :#") in _CATEGORY_WORDS) and self.card_headings < 3:
                return None
        ps = m.start("place")
        if not (self.places_in(ps, m.end("place")) or re.search(r"\b" + DEPT_CODE_RE + r"\b", place)):
            return None
        if not re.search(r"(?:^|[\s(,–—-])" + DEPT_CODE_RE + r"\s*\)?\s*$", place) and \
                all(p.start > ps + 3 for p in self.places_in(ps, m.end("place"))):
            return None  # « LA LETTRE ÉCO – Le journal des entreprises des Vosges »: a title, the place far inside
        if any(p.kind == "commune" and p.start == m.start("name") for p in self.places_in(m.start("name"), ps)) and \
                len(norm(name).split()) <= 2 and self._is_place_only(name):
            return None
        org = clean_org(name, m.start("name"))
        if not org:
            return None
        # « • Laboratoires X – Loudéac – Santé »: the last part of the line names the sector
        hint = m.span("sector") if m.group("sector") else None  # (« 3.1 Électronique – X, Figeac (Lot) »)
        last = None if hint else re.search(r"[–—]\s*([^–—\n]{3,40}?)\s*$", place)
        if last and _sector_of_words(fold(last.group(1))):
            hint = (ps + last.start(1), ps + last.end(1))
        return Header(m.start(), Value(org[0], org[1], org[2], 0.8), "short_line", None, (ps, m.end("place")),
                      m.end(), sector_hint=hint)

    def _fiche_name_header(self, m: re.Match) -> Header | None:
        name = m.group("name")
        ns = m.start("name")
        fm = re.match(r"(?:Fiche|FICHE|Lauréat|LAURÉAT|Dossier|DOSSIER|Projet|PROJET)[ \t]*(?:n°|N°|no)?[ \t]*\d{1,3}[ \t]*[—–:-][ \t]*"
                      r"(?=[A-ZÀ-Ý0-9])", name)
        if fm:  # « FICHE 1 — COMPOSITES GARONNE »: the fiche's number is no part of the name
            name, ns = name[fm.end():], ns + fm.end()
        fm = re.match(r"\d{1,2}°[ \t]+(?=[A-ZÀ-Ý])", name)
        if fm:  # « 2° SOCIÉTÉ CASTELROUSSINE D'ÉLECTRONIQUE (SCE) »: an article's numbered item
            name, ns = name[fm.end():], ns + fm.end()
        am = re.match(r"([A-Z][A-Z0-9&]{1,5})[ \t]+[–—-][ \t]+(\S.*)", name)
        if am and _acronym_of(am.group(1), am.group(2)):
            name = am.group(1)  # « C2PR – Câbles & Connectique du Pays de Redon »: the acronym and what it stands for
        below = self.text[m.end():m.end() + 400]
        # (« Adhérent depuis 2009. Site : Plouhinec »: the label after a short sentence of the line)
        labels = [norm(x).split()[0] for x in re.findall(r"(?m)^[ \t]*(?:[^\n:.]{2,60}\.[ \t]+(?=[^\n:.]{2,40}:))?([^\n:]{2,40}?)[ \t]*:",
                                                         below)[:2]
                  if norm(x).split()]
        # the two lines under the name are labelled with the usual words of a fiche (« Commune », « Projet », « Aide »)
        if any(lexicon.ORG_LABELS.match(w) for w in labels) or re.match(r"(?:dossier|projet|fiche)\s+n", fold(name).lower()):
            return None  # (« Dossier n° 22-FA-0007 / Bénéficiaire : X »: the fiche names its laureate on a line of its own)
        if len(labels) < 2 or not all(w in lexicon.LABEL_WORDS for w in labels) or not any(w in _FICHE_LABELS for w in labels) \
                or re.search(r"[.:;!?]$|,|\s[–—-]\s", name.strip()) or re.match(r"\d{1,2}(?:\.\d{1,2})*\.?\s", name):
            return None  # (« 2.1 – X, Montluçon », « 4. LES GRANDS ÉQUILIBRES DU BUDGET » are for the other rules)
        words = norm(name).split()
        if not words or _label_led(name) or words[0] in _DOCUMENT_PARTS or self._is_place_only(name):
            return None
        org = table_org(name, ns)
        if not org:
            return None
        # (a fiche like « Bénéficiaire : X » ones: its labelled lines are its fields, read as a record)
        return Header(m.start(), Value(org[0], org[1], org[2], 0.75), "label", None, None, m.end("name"))

    def _name_line_header(self, m: re.Match) -> Header | None:
        place = m.group("place")
        ps = m.start("place")
        if not any(p.kind == "commune" and p.start == ps for p in self.places_in(ps, m.end("place"))):
            return None
        paren = m.group("paren")
        if paren and not (re.fullmatch(DEPT_CODE_RE, paren.strip()) or self.gaz.department_code(paren)):
            return None
        org = self._line_name(m)
        if not org:
            return None
        del place
        return Header(m.start(), Value(org[0], org[1], org[2], 0.75), "name_line", None, (ps, m.end()), m.end())

    def _card_headers(self, rx: re.Pattern, text: str | None = None, whole_place: bool = False) -> list[Header]:
        """A web page's cards or a list's headings, each a name (group « name ») with its commune (group « place »,
        perhaps its département « dep » after it): « Fromagerie des Combes » / « Frasne – affinage de comté »,
        « Menuiseries Alu du Brulhois » / « 📍 Auvillar » (read in the raw text: the pin is blanked like every emoji),
        « Le bon élève — Mayenne Protéines Végétales, Changé (Mayenne) ». Two at least: one alone may be any heading."""
        out = []
        for m in rx.finditer(self.text if text is None else text):
            ps, pe = m.span("place")
            if not any(p.kind == "commune" and p.start == ps and (p.end == pe or not whole_place)
                       for p in self.places_in(ps, pe)):
                continue
            org = self._line_name(m)
            if re.search(r"[—–-]\s*(?:" + _NO_WORDS + r")", fold(self.text[m.end("name"):self._line_end(m.end("name"))])):
                continue  # « ○ Tarbes (Hautes-Pyrénées) — Bigorre Batteries — en instruction — … »: not (yet) a laureate
            if org and not self._is_place_only(org[0]):
                hint_end = m.end("dep") + 1 if "dep" in rx.groupindex else pe
                out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.75), "name_line", None, (ps, hint_end), m.end()))
        return out if len(out) >= 2 else []

    def _indented_dash_headers(self) -> list[Header]:
        """« ①  ▲ orange, grand — BASSENS (33), zone portuaire » / «     Lafargue Bio-Solvants — unité de production … » /
        «     Invest. 6 M€ · aide 1,6 M€ · 21 emplois créés »: a legend's or a list's items, each a block whose indented
        line gives a name then, after a dash, what it does, with the block's figures (two such items at least; the
        item's passage is its whole block, its commune on the line above)."""
        out = []
        for m in _INDENTED_NAME_DASH.finditer(self.text):
            if self.raw[m.start():m.start("name")].strip(" \t"):
                continue  # « 🩺 Santé – blouses … »: an emoji, blanked, is no indentation
            bs = self.text.rfind("\n\n", 0, m.start())
            bs = 0 if bs < 0 else bs + 2
            be = self.text.find("\n\n", m.end())
            be = len(self.text) if be < 0 else be
            if not any(q.money for q in self.quantities_in(bs, be)):
                continue
            org = self._line_name(m)
            if org and not self._is_place_only(org[0]):
                out.append(Header(bs, Value(org[0], org[1], org[2], 0.7), "name_line", None, None, m.end("name")))
        return out if len(out) >= 2 else []

    def _caps_block_headers(self) -> list[Header]:
        return [h for h, _ in self._caps_blocks]

    @functools.cached_property
    def _caps_blocks(self) -> list[tuple[Header, tuple[int, int]]]:
        """« LABORATOIRE AUSTRAL GALÉNIQUE (LAG) » / «   – Sainte-Marie, ZAC aéroportuaire » / «   – Invest. 1,5 M€ –
        Aide 600 k€ »: a slide's company in capitals on its own line, then its dashed items, one of them with money (two
        such blocks at least; the block ends at the first line that is not an item). Each header, and the span of its
        items (« – Unité de farines, Saint-Pierre (974) » is what it does, no other name)."""
        out = []
        for m in _CAPS_NAME_ITEMS.finditer(self.text, 0, self.own_end):
            name = m.group("name")
            if sum(1 for w in re.findall(r"[^\W\d_]{2,}", name)) < 2 or any(c.isdigit() for c in name):
                continue
            if not any(q.money for q in self.quantities_in(m.end("name"), m.end())):
                continue
            org = self._line_name(m)
            if not org or self._is_place_only(org[0]) or self._not_a_name(*org):
                continue
            out.append((Header(m.start("name"), Value(org[0], org[1], org[2], 0.7), "name_line", None, None, m.end("name")),
                        (m.end("name"), m.end())))
        return out if len(out) >= 2 else []

    def _ranked_amount_headers(self) -> list[Header]:
        """« ### 1. Nordpharma Biologics — 9,2 M€ » then « **Compiègne (Oise)** · … »: a ranking's items, each a numbered
        name and its amount (two at least), its commune on the line under it."""
        out = []
        for m in _RANKED_AMOUNT.finditer(self.text):
            org = clean_org(m.group("name"), m.start("name"))
            if not org or self._is_place_only(org[0]):
                continue
            ls = m.end()
            le = self._line_end(ls)
            place = next((p for p in self.places_in(ls, le) if p.kind == "commune"), None)
            hint = (place.start, le) if place else None
            out.append(Header(m.start(), Value(org[0], org[1], org[2], 0.75), "name_line", None, hint, m.end("name")))
        return out if len(out) >= 2 else []

    def _line_name(self, m: re.Match):
        """The organisation a heading line names in its « name » group, unless that is a label or a place."""
        name = m.group("name")
        if _opens_with_label(name) or self._is_place_only(name):
            return None
        return clean_org(name, m.start("name"))

    def _dep_first_header(self, m: re.Match) -> Header | None:
        code = self.gaz.department_code(m.group("dep").strip())
        if not code or (m.group("code") and m.group("code") != code):
            return None
        org = self._line_name(m)
        if not org:
            return None
        return Header(m.start(), Value(org[0], org[1], org[2], 0.75), "short_line", None,
                      (m.start("dep"), m.end("code") if m.group("code") else m.end("dep")), m.end("name"))

    def _aside_list_headers(self) -> list[Header]:
        """Items « Nom en Département » / « Nom dans le Département » separated by commas inside one bracket; the
        last item may be cut by the end of an excerpt (« …, Y dans l »)."""
        t = self.text
        out = []
        for b in re.finditer(r"\(([^()\n]{5,300})(?:\)|\Z)", t):
            inner_start = b.start(1)
            # Items separated by commas, « ; » or « et » (« X, en Haute-Saône, et Y, en Côte-d'Or »).
            items = list(re.finditer(r"(?:(?!,\s*(?:et\s+)?(?=[A-ZÀ-Ý0-9])|;|\s+et\s+(?=[A-ZÀ-Ý0-9]))[^;])+", b.group(1)))
            if len(items) < 2:
                continue
            found, cut = [], None
            for it in items:
                m = _ASIDE_ITEM.fullmatch(t, inner_start + it.start(), inner_start + it.end())
                if m:
                    found.append(m)
                elif it is items[-1] and b.end() == len(t):
                    cut = re.fullmatch(r"[\s,]*(?:et\s+)?(?P<org>" + CAPNAME + r")\s+(?:dans|en)(?:\s+\w{1,3}['’]?)?\s*",
                                       t[inner_start + it.start():inner_start + it.end()])
                    if cut:
                        cut = (inner_start + it.start() + cut.start("org"), inner_start + it.start() + cut.end("org"))
            if len(found) < (1 if cut else 2):
                continue
            for m in found:
                h = self._inline_header(m)
                if h:
                    ss, _ = _enclosing(self.sentences, m.start())
                    h.kind, h.start, h.end_of_header = "paren_org", m.start("org"), m.end()
                    out.append(h)
            if cut and out:
                org = clean_org(t[cut[0]:cut[1]], cut[0])
                if org and not self._is_place_only(org[0]) and norm(org[0]).split()[0] not in lexicon.LABEL_WORDS:
                    out.append(Header(org[1], Value(org[0], org[1], org[2], 0.6), "paren_org", None, None, cut[1]))
        return out

    def _paren_dash_header(self, m: re.Match) -> Header | None:
        ps, pe = m.start("place"), m.end("place")
        if re.search(r"\)\.[ \t]+\w+$", m.group(0)) and "," not in m.group("place"):
            return None  # (« Nom (Commune, Département). Le … » only: « Nom (Normandie). » may end a longer name)
        if m.group("commune"):
            # « NOM à Commune (Département) – … »: the commune must be one, the parenthesis names its département.
            cs = m.start("commune")
            if not any(p.kind == "commune" and p.start == cs for p in self.places_in(cs, m.end("commune"))):
                return None
            ps = m.start("at")
        elif not any(p.kind in ("commune", "department") for p in self.places_in(ps, pe)):
            return None
        name = m.group("name")
        words = [w for w in norm(name).split() if w not in ("le", "la", "les", "l")]  # « L'ARBOISERIE »
        if not words or words[0] in lexicon.LABEL_WORDS or len(name.split()) > 8:
            return None
        org = clean_org(name, m.start("name"))
        if not org or self._is_place_only(org[0]):
            return None
        return Header(m.start(), Value(org[0], org[1], org[2], 0.8), "paren_dash", None, (ps, pe), m.end("place") + 1)

    def _bullet_paren_header(self, m: re.Match) -> Header | None:
        """« - Nom (29, IAA) ; »: a département (code or name) in the closing parenthesis, maybe a sector."""
        name = m.group("name")
        if len(name.split()) > 8 or norm(name).split()[0] in lexicon.LABEL_WORDS:
            return None
        inner, is_ = m.group("inner"), m.start("inner")
        dep, others, pos = None, [], 0
        for part in inner.split(","):
            ps = is_ + pos + (len(part) - len(part.lstrip()))
            pos += len(part) + 1
            word = part.strip()
            if dep is None and (re.fullmatch(DEPT_CODE_RE, word) or self.gaz.department_code(word)):
                dep = word
            elif word:
                others.append((ps, ps + len(word)))
        if dep is None:
            return None
        place = (m.start("inner") - 1, m.end("inner") + 1)
        # (« * PYRENE CHIMIE -- Lannemezan (65) »: a dash typed twice in a plain-text mail)
        dash = list(re.finditer(r"\s(?:[–—-]|--)\s+", name))
        if dash:
            # « - Electravia – Vaumeilh (04) »: the words after the dash name the commune, not the company.
            tail_start = m.start("name") + dash[-1].end()
            tail = name[dash[-1].end():]
            if _written_as_name(tail) and len(tail.split()) <= 6 or any(
                    p.kind == "commune" and p.start == tail_start for p in self.places_in(tail_start, m.end("name"))):
                name, place = name[:dash[-1].start()], (tail_start, place[1])
                dash = dash[:-1]
            if dash and fold(name[dash[-1].end():]).strip() in _CATEGORY_WORDS:
                name = name[:dash[-1].start()]  # « ▪ Kerlann Biotech – santé – Ploufragan (22) »: the sector, then the commune
        acronym = re.match(r"([A-ZÀ-Ý0-9&.-]{2,})\s*/\s*[A-ZÀ-Ý]", name)
        if acronym:
            name = acronym.group(1)  # « SOFALIP /Société de Fabrication Alimentaire Provençale »: the acronym
        org = clean_org(name, m.start("name"))
        if not org or self._is_place_only(org[0]):
            return None
        hint = (others[0][0], others[-1][1]) if others else None
        return Header(m.start(), Value(org[0], org[1], org[2], 0.75), "bullet_paren", None,
                      place, m.end(), sector_hint=hint)

    def _enum_headers(self, m: re.Match) -> list[Header]:
        t = self.text
        ss, se = _enclosing(self.sentences, m.start())
        dep_hint = None
        dm = re.search(r"(?:^|\b)(?:[Dd]ans\s+(?:le|la|les|l['’])\s*|[Ee]n\s+)(?P<d>[A-ZÀ-Ý][\w'’ -]{2,40}?)\s*,",
                       t[ss:m.start("list")])
        if dm:
            code = self.gaz.department_code(dm.group("d"))
            if code:
                dep_hint = (code, ss + dm.start("d"), ss + dm.end("d"))
        out = []
        ls = m.start("list")
        # Items are separated by commas and by « et » before a capital (« AX system et Société industrielle Auer »).
        # A comma inside brackets does not separate items (« Diager (Besançon, 25), … »).
        for part in re.finditer(r"(?:(?!\s+et\s+[A-ZÀ-Ý0-9])(?:\([^()\n]*\)|[^,]))+", m.group("list")):
            item = re.sub(r"^\s*(?:et\s+)?", "", part.group(0))
            istart = ls + part.start() + (len(part.group(0)) - len(item))
            item = item.rstrip()
            seg_start = istart
            # « l'industrie charcutière Brisson »: lowercase words before the name are a description.
            lead = re.match(r"(?:(?:l['’]|la\s|le\s|les\s|une?\s|des\s)\s*)?(?:[a-zàâäéèêëîïôöùûüç'’-]+\s+){0,3}(?=[A-ZÀ-Ý0-9])", item)
            if lead:
                item, istart = item[lead.end():], istart + lead.end()
            nm = re.match(CAPNAME, item)
            if not nm:
                continue
            rest = item[nm.end():]
            at = re.match(r"\s+(?:à|a)\s+(?=[A-ZÀ-Ý])", rest)
            name = nm.group(0)
            # « Manuco (Bergerac) », « KSB (La Roche-Chalais) »: the bracket gives the place, not the name.
            bracket = re.fullmatch(r"\s*\(\s*[A-ZÀ-Ý0-9][^()]*\)\s*", rest)
            if bracket and not (self.places_in(istart + nm.end(), istart + len(item)) or _written_as_place(rest)):
                bracket = None
            if not at and not bracket and rest.strip():
                # « AX system », « Société industrielle Auer »: a short item without « à » is a whole name.
                if len(item.split()) > 4 or re.search(r"\b(?:qui|pour|dont|avec|est|sont|a|ont|va|de\s+la)\b", item):
                    continue
                name = item
            org = clean_org(_cut_name(name), istart) if name != item else None
            if org is None and name == item and item[:1].isupper():
                org = (re.sub(r"\s+", " ", item), istart, istart + len(item))
            # « Le Triangle »: a capitalised article belongs to the name; the next word must not be a label.
            words = [w for w in norm(org[0]).split() if w not in ("le", "la", "les", "l")] if org else []
            if not org or not words or self._is_place_only(org[0]) or words[0] in lexicon.LABEL_WORDS:
                continue
            hint = (istart + nm.end(), istart + len(item)) if (at or bracket) else None
            out.append(Header(seg_start, Value(org[0], org[1], org[2], 0.7), "enum", None, hint,
                              istart + len(item), dep_hint=dep_hint))
        return out

    def _plural_headers(self, m: re.Match) -> list[Header]:
        ss, se = _enclosing(self.sentences, m.start())
        if not _SUPPORT_CUE.search(self.folded[ss:se]):
            return []
        out = []
        # Descriptions in brackets are not names: blank them, keeping the offsets.
        names = re.sub(r"\([^()\n]*\)", lambda b: " " * len(b.group(0)), m.group("names"))
        for nm in re.finditer(CAPNAME, names):
            name = _cut_name(nm.group(0))
            # « X et Y » inside one CAPNAME match: split on the conjunction.
            for part in re.split(r"\s+et\s+", name):
                offset = m.start("names") + nm.start() + nm.group(0).find(part)
                org = clean_org(part, offset)
                if org and not self._is_place_only(org[0]) and norm(org[0]).split()[0] not in lexicon.LABEL_WORDS \
                        and norm(org[0]).split()[0] not in _NOT_NAME_START:  # « … entreprises lauréates\n\nTrois … »
                    out.append(Header(offset, Value(org[0], org[1], org[2], 0.7), "plural", None, None, org[2]))
        return out

    def _bullet_comma_header(self, m: re.Match) -> Header | None:
        # the regex already stops the name (a lower-case adjective at its end is part of it: « … de Picardie maritime »)
        if self.text[m.end("org"):m.end("org") + 2] == "**" and not re.match(r"\*\*\s*,", self.text[m.end("org"):m.end("org") + 6]):
            return None  # « - **DIAGNOBZH** — Kerlab Diagnostics … »: a project in bold, then its company (the comma form
            # « - **ADOURTRONIC**, PME landaise … » is the company's)
        org = clean_org(m.group("org"), m.start("org"))
        words = norm(org[0]).split() if org else []
        if words[:1] in (["la"], ["le"], ["les"], ["l"]) and len(words) > 1:
            words = words[1:]  # « 1. La Fléchoise de Menuiseries (FMI), à … »: the name after its article
        if not org or self._is_place_only(org[0]) or words[0] in lexicon.LABEL_WORDS:
            return None
        window_end = min(self._line_end(m.end()), m.end() + 80)
        has_place = any(p.kind in ("commune", "department") for p in self.places_in(m.end("org"), window_end)) \
            or _DEP_IN_BRACKETS.search(self.text, m.end("org"), window_end)  # « , aux Herbiers (85) : »
        if not has_place and not _STARTS_WITH_COMPANY.match(re.sub(r"^\s*,", "", self.folded[m.end():m.end() + 60])):
            return None
        if re.match(r"\s*,\s*(?:maire|adjointe?|conseill\w+|deputee?|senat\w+|prefete?|sous-prefete?)\b",
                    self.folded[m.end("org"):m.end("org") + 30]):
            return None  # « *Bernadette Hamelin, maire d'Aubusson* »: a signature, an elected official (a company's boss
            # « Sandrine P., présidente de Polymold » is read as the company, when added)
        return Header(m.start(), Value(org[0], org[1], org[2], 0.75), "bullet_comma", None,
                      (m.end("org"), window_end), m.end("org"))

    def _inline_header(self, m: re.Match) -> Header | None:
        ss, se = _enclosing(self.sentences, m.start())
        window = self.folded[max(0, ss - 300):se]
        ps, pe = self._paragraph(m.start())
        if not (_ANNOUNCES.search(window) or _LIST_CUE.search(window) or self._middot_roster(m.start()) or (
                # a live blog's entry « 10:27 — Électronique maintenant : Savoie Microsystèmes, au Bourget-du-Lac
                # (Savoie), … 11 M€ »: far from the lead that announces the laureates, but opening its sentence with
                # its own figures in the paragraph
                _ANNOUNCES.search(self.folded) and any(q.money for q in self.quantities_in(ps, pe))
                and re.fullmatch(r"(?:[^,;:\n]{0,40}:)?\s*", self.text[ss:m.start("org")]))):
            return None
        dep = m.group("dep")
        if not re.fullmatch(DEPT_CODE_RE, dep) and not self.gaz.department_code(dep):
            return None
        if "place" not in m.re.groupindex:
            place_span = (m.start("dep") - 1, m.end())
        else:
            place_span = (m.start("place"), m.end())
        org = self._heading_org(_cut_name(m.group("org")), m.start("org"), article=self._middot_roster(m.start()))
        if not org:
            return None
        if re.search(r"\bprojets?\s*(?:«\s*)?$", self.folded[max(0, org[1] - 12):org[1]]):
            return None  # « Ostrea Bretagne – projet MAREA (Plouhinec, Finistère) »: the project, not its company
        if self._ends_with_place(org):
            return None  # « PME de Lannion (22) »: the parenthesis belongs to the place
        if re.search(r"(?:^|[\s,(])(?:de|d['’]|à|a|en)\s*$", self.text[max(0, org[1] - 4):org[1]]) \
                and _written_as_place("(" + org[0] + ")") and len(org[0].split()) == 1:
            return None  # « X (…), de Bazoche-Gouet (28), décroche … »: where X comes from, not a company
        code = dep if re.fullmatch(DEPT_CODE_RE, dep) else self.gaz.department_code(dep)
        return Header(m.start("org"), Value(org[0], org[1], org[2], 0.75), "inline", None, place_span, m.end(),
                      dep_hint=(code, m.start("dep"), m.end("dep")))

    def _inline_commune_header(self, m: re.Match) -> Header | None:
        """« Nom (Commune) » in a sentence that announces laureates: the bracket holds exactly one commune."""
        ps, pe = m.start("place"), m.end("place")
        ss, se = _enclosing(self.sentences, m.start())
        if not any(p.kind == "commune" and p.start == ps and p.end == pe for p in self.places_in(ps, pe)):
            # « Delmon Group (Terrasson) et Fedd (Sainte-Alvère) »: a short form the gazetteer lacks, next to
            # a sibling « Nom (Commune) » of the same sentence.
            if not _written_as_place("(" + m.group("place") + ")") or not any(
                    o.start() != m.start() and any(p.kind == "commune" and p.start == o.start("place") and p.end == o.end("place")
                                                   for p in self.places_in(o.start("place"), o.end("place")))
                    for o in _INLINE_COMMUNE.finditer(self.text, ss, se)):
                return None
        window = self.folded[max(0, ss - 300):se]
        if not (_ANNOUNCES.search(window) or _LIST_CUE.search(window) or self._middot_roster(m.start())):
            return None
        org = self._heading_org(_cut_name(m.group("org")), m.start("org"))
        if not org:
            return None
        if self._ends_with_place(org):
            return None  # « l'usine de Meylan (Isère) »
        return Header(m.start("org"), Value(org[0], org[1], org[2], 0.7), "inline", None, (ps, pe), m.end())

    def _middot_roster(self, pos: int) -> bool:
        """« **Dans cet épisode :** Les Ateliers du Lac (Doussard, Haute-Savoie) · MICRONARVE (Marnaz) · … »: a line of
        three names or more, each with its place in brackets, separated by middle dots, in a text of laureates."""
        ls, le = self.text.rfind("\n", 0, pos) + 1, self._line_end(pos)
        line = self.text[ls:le]
        items = re.split(r"[ \t]+[·•|][ \t]+", line)
        return len(items) >= 3 and sum(bool(re.search(r"\([^()]{2,50}\)\s*$", x)) for x in items) >= 3 \
            and bool(_ANNOUNCES.search(self.folded))

    def _ends_with_place(self, org) -> bool:
        """« PME de Lannion », « usine à Meylan »: the name ends with a place introduced by a preposition
        (« Chartreuse Bio » ends with the commune Bio, but without one)."""
        return any(p.end == org[2] and re.search(r"(?:\bde|\bd['’]|\bà|\ba|\ben)\s*$", self.text[org[1]:p.start])
                   for p in self.places_in(org[1], org[2]))

    def _paragraph(self, pos: int) -> tuple[int, int]:
        t = self.text
        start = t.rfind("\n\n", 0, pos)
        end = t.find("\n\n", pos)
        return (0 if start < 0 else start + 2), (len(t) if end < 0 else end)

    def _paragraphs_about(self, h: Header, end: int, nxt: int) -> int:
        t = self.text
        pm = _PARA_END.search(t, end)
        if not pm or pm.start() >= nxt or t[end:pm.start()].strip():
            return end  # the passage does not reach its paragraph's end, or no paragraph follows before the next name
        pos = end
        while True:
            pm = _PARA_END.search(t, pos)
            if not pm or pm.start() >= nxt:
                return end
            nxt_para_end = _PARA_END.search(t, pm.end())
            para_end = min(nxt_para_end.start() if nxt_para_end else len(t), nxt)
            para = self.folded[pm.end():para_end]
            if _BYLINE_PARA.fullmatch(para):
                pos = pm.end()  # « Par Julien Marchal »: the byline between the chapô and the article
                continue
            if _FIGURES_HEADING.fullmatch(para) and nxt_para_end and nxt_para_end.start() < nxt:
                # « **Quelques chiffres :** » and the list of the project's figures under it
                after = _PARA_END.search(t, nxt_para_end.end())
                end = min(after.start() if after else len(t), nxt)
                pos = nxt_para_end.end()
                continue
            if self._speaks_of(h, para):
                end = para_end
                pos = pm.end()
                continue
            return end

    @staticmethod
    def _speaks_of(h: Header, para: str) -> bool:
        """A (folded) paragraph that names the laureate again, by its first word, or by the distinctive last word
        of a trade name (« Tissages Valmonde … Pour Valmonde, le chantier … »), or speaks of it (« Elle … »)."""
        words = org_key(h.org.value).split(" ") if org_key(h.org.value) else []
        short = words[-1] if len(words) >= 2 and words[0] in lexicon.TRADE_HEADS and len(words[-1]) >= 5 else ""
        return any(w and re.search(r"\b" + re.escape(w) + r"\b", para) for w in (words[:1] + [short])) \
            or bool(_ANAPHORA.search(para) or _ANAPHORA_START.match(para))

    def _same_paragraph_follow(self, end: int, nxt: int) -> int:
        """« Au pied des Pyrénées, X, installée à A, fabrique … . Son projet de 6 M€ … prévoit 18 postes. »: the next
        sentences of the paragraph that speak of « le projet », « la PME », « le plasturgiste », or open on a figure
        belong to the laureate named before them, up to the last such sentence before the paragraph ends."""
        pe = self.text.find("\n\n", end)
        pe = len(self.text) if pe < 0 else pe
        if nxt >= pe and re.search(r"[.!?»]\s*$", self.text[end:pe]):
            return pe  # the only laureate of its paragraph: the paragraph speaks of it
        pe = min(nxt, pe)
        i = bisect.bisect_left(self.sentences, (end, -1))
        last = end
        for s2, e2 in self.sentences[i:]:
            if s2 >= pe:
                break
            if _FOLLOW_START.match(self.folded, s2) or _ANAPHORA_START.match(self.folded, s2):
                last = min(e2, pe)
        return last

    @staticmethod
    def _keep_lowmid_name(h: Header, m: re.Match):
        """« les Aciers fins du Velay »: the lower-case word inside the name matched by the rule belongs to it."""
        full = m.group("org").rstrip()
        if h.org.start == m.start("org") and full.startswith(h.org.value) and \
                re.match(r"[ \t]+[a-zà-ÿ]{3,12}[ \t]+(?:de|du|des|d['’])", full[len(h.org.value):]):
            h.org = Value(full, h.org.start, h.org.start + len(full), h.org.confidence)

    def _paragraph_place(self, pos: int, context_deps, context_regs):
        """« À Vierzon, deux entreprises sont retenues. Les Fonderies X … »: a paragraph opened by « À Commune, »
        places the laureates it describes when their own passage names no commune."""
        ps, _ = self._paragraph(pos)
        m = _PARAGRAPH_PLACE.match(self.text, ps, pos)
        if not m and ps >= 2:
            # « À Decazeville, les métaux ont une seconde vie » as the heading line just above the paragraph
            hs, he = self._paragraph(ps - 2)
            if he - hs <= 90 and "\n" not in self.text[hs:he].strip() and not self.text[hs:he].rstrip().endswith("."):
                m = _PARAGRAPH_PLACE.match(self.text, hs, he)
        if not m:
            return None
        g = "place" if m.group("place") else "caps" if m.group("caps") else "dateline"
        p = next((p for p in self.places_in(m.start(g), m.end(g))
                  if p.kind == "commune" and p.start == m.start(g) and (g == "place" or p.end == m.end(g))), None)
        if p is None:
            return None
        ref, c = choose(list(p.candidates), None, context_deps, context_regs)
        if not ref or (c < 0.5 and self.context["dominant"] and ref.department != self.context["dominant"]):
            return None
        return (0.6, p.start, p.end, ref, None, "paragraph")

    def _intro_header(self, m, name, pos, apposition=False, cued=False) -> Header | None:
        ss, se = _enclosing(self.sentences, pos)
        if "\n" in self.text[ss:pos] and re.search(r";[ \t]*$", self.text[pos:self._line_end(pos)]):
            ss = self.text.rfind("\n", 0, pos) + 1  # « Article 2 : d'attribuer à X … ; »: its own line, not the list's sentence
        ps, pe = self._paragraph(pos)
        para = self.folded[ps:pe]
        if m.group(0).lower().startswith("le groupe"):
            # « Le groupe X » is often a parent or a bystander: only with a support cue in its paragraph.
            if not _SUPPORT_CUE.search(para):
                return None
        elif not cued and not (_LAUREATE_CUE.search(para) or any(q.money for q in self.quantities_in(ps, pe))
                  or _JOBS_CUE.search(para) or self._next_paragraph_supports(pe) or self._next_paragraph_funds(pe)):
            return None
        cut = _cut_name(name)
        if name.strip().startswith(cut) and re.match(r"[ \t]+[a-zéèêàâîôûç]{3,}(?:$|[ \t]+(?:de|du|des|d['’]))", name.strip()[len(cut):]) \
                and re.fullmatch(_NAME_ADJ, name.strip()):
            cut = name.strip()  # « Salaisons du Bocage virois »: the rule matched the adjective as part of the name
        org = clean_org(cut, pos)
        if not org:
            return None
        tm = re.search(r"(?<![\w'’])(?P<noun>[a-zéèêëàâîïôöùûüç]{4,})\s+(?:du|de\s+la|des|de\s+l['’]\s*|d['’]\s*)\s*$", self.text[max(0, org[1] - 40):org[1]])
        if tm and fold(tm.group("noun")) in lexicon.TRADE_HEADS and len(org[0].split()) <= 3 \
                and not (re.search(r"\bde\s+(?:la|l['’])\s*$", self.text[max(0, org[1] - 40):org[1]][:tm.start("noun")])
                         and re.match(r"\s+(?:au|aux|à)\s", self.text[org[2]:org[2] + 5])) \
                and not self._is_place_only(org[0]) and norm(org[0]) not in self.gaz.communes:
            # « la fonderie du Bocage », « la tannerie des Cévennes »: the trade noun opens the name (the words
            # after it are no commune: « la fonderie de Flers » is a plant, not a name)
            start = max(0, org[1] - 40) + tm.start("noun")
            name = self.text[start:org[2]]
            org = (name[:1].upper() + name[1:], start, org[2])
        if re.match(r"\s*(?:le|ce)\s+projet\s*,", self.folded[ss:org[1]]):
            i = bisect.bisect_left(self.sentences, (ss, -1)) - 1
            ps_ = self.sentences[i][0] if i >= 0 else ss
            if ps_ < ss and (_PROJECT_NAME.search(self.text, ps_, ss) or _PROJECT_CAPS.search(self.text, ps_, ss)):
                ss = ps_
        return Header(ss, Value(org[0], org[1], org[2], 0.75 if apposition else 0.8),
                      "apposition" if apposition else "intro", None, None, org[2])

    def _cut_site_commune(self, h: Header):
        """« le site de Montélimar de Joints & Élastomères Techniques »: the commune of the site, then the owner."""
        if not re.search(r"(?:site|usine|etablissement|unite)\s+(?:de|d\W)\s*$", self.folded[max(0, h.org.start - 25):h.org.start]):
            return
        m = re.match(r"(\S+?)\s+(?:de|du|des|d['’])\s*(?=[A-ZÀ-Ý0-9])", h.org.value)
        if m and norm(m.group(1)) in self.gaz.communes and fold(m.group(1)) not in lexicon.TRADE_HEADS:
            # (« l'usine de Forges de Commentry »: « Forges » is a commune too, but here the trade of the name)
            start = h.org.start + m.end()
            h.org = Value(h.org.value[m.end():], start, h.org.end, h.org.confidence)

    def _acronym_of_named(self, h: Header, headers: list[Header]) -> bool:
        """An acronym in brackets (« (SGF) ») after the full name of a laureate already found under a shorter name (the
        story's title said « Salaisons Grimault »): that laureate takes the full name, and the acronym is its alias."""
        acr = h.org.value
        if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", acr) or self.text[h.org.start - 1:h.org.start] != "(":
            return False
        before = self.text[max(0, h.org.start - 90):h.org.start - 1]
        for m in re.finditer(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*", before):
            span = before[m.start():].rstrip()
            words = [w for w in re.findall(r"[^\W\d_]+", span) if fold(w) not in _ACRONYM_SKIP]
            if len(words) != len(acr) or not _initials_of(span + " (", acr):
                continue
            start = h.org.start - 1 - len(before) + m.start()
            for o in headers:
                if o.kind not in ("table", "label") and org_key(span).startswith(org_key(o.org.value) + " "):
                    o.org = Value(span, start, start + len(span), o.org.confidence)
                    return True
            return False
        return False

    def _extend_by_acronym(self, h: Header):
        """« les Ateliers réunis de la Fure (ARF) », « les Circuits imprimés du Haut-Poitou (CIHP) »: a name with
        lower-case words stops at the first of them; its acronym in brackets says where it really ends."""
        am = re.match(r"\s*\(\s*([A-Z][A-Z0-9&]{2,7})\s*\)", self.text[h.org.end:h.org.end + 12])
        if am:
            # « C'est là qu'Embrun Bois Lamellé (EBL) fabrique … »: a commune cut off the front of the name, its acronym
            # says it belongs to it
            lm = re.search(r"(?<![\w-])((?:[A-ZÀ-Ý][\w-]*[ \t]+){1,2})$", self.text[max(0, h.org.start - 40):h.org.start])
            acr = am.group(1)
            if lm and not _initials_of(h.org.value + " (", acr) and _initials_of(lm.group(1) + h.org.value + " (", acr):
                start = h.org.start - len(lm.group(1))
                h.org = Value(self.text[start:h.org.end], start, h.org.end, h.org.confidence)
                return
        m = re.match(r"[^()\n.;:,«»]{1,60}?(?=\(\s*([A-Z][A-Z0-9&]{1,7})\s*\))", self.text[h.org.end:h.org.end + 70])
        if not m or not re.search(r"[a-zà-ÿ]", m.group(0)):
            return
        span = self.text[h.org.start:h.org.end + m.end()].rstrip()
        words = [w for w in re.findall(r"[^\W\d_]+", span)
                 if fold(w) not in ("de", "des", "du", "la", "le", "les", "l", "d", "en", "et", "a", "au", "aux")]
        if len(words) == len(re.sub(r"[^A-Z]", "", m.group(1))) and _initials_of(span + " (", re.sub(r"[^A-Z]", "", m.group(1))):
            h.org = Value(span, h.org.start, h.org.start + len(span), h.org.confidence)
            h.end_of_header = max(h.end_of_header, h.org.end)

    def _extend_name_suffix(self, h: Header):
        """« Maison Roux et fils », « Dupont & Cie », « Martin frères »: a lower-case family or partner suffix
        belongs to the name (the capitalised run stops before it)."""
        m = _NAME_SUFFIX.match(self.text, h.org.end)
        if not m:
            # « Fruits secs de Garonne est installée … »: a small-letter word inside a name that the text writes whole
            # again and again (the capitalised run stopped at « secs »)
            lt = _LOWER_TAIL.match(self.text, h.org.end, h.org.end + 60)
            if lt and not _ENUM_STOP.match(lt.group(0).split()[0]):
                whole = h.org.value + lt.group(0)
                if len(re.findall(r"(?<![\w'’-])" + re.escape(whole) + r"(?![\w'’-])", self.text)) >= 2:
                    m = lt
        if not m and " " not in h.org.value.strip() and (_TRADE_NOUN.fullmatch(fold(h.org.value.strip()))
                                                        or re.fullmatch(r"\w{3,}aies?", fold(h.org.value.strip()))):
            # « la Pruneraie garonnaise va investir »: a trade's name with its place adjective in small letters
            m = re.compile(r"[ \t]+[a-zéèêëàâîïôöùûüç]{3,}(?:ais|aise|ois|oise|ien|ienne|ain|aine)s?(?=[ \t]*[,.;:(]|[ \t]+(?:va|vont|a|ont|est|sont|qui|investit|investira|porte|prévoit|relocalise|produit|fabrique)\b)").match(self.text, h.org.end)
        if m:
            h.org = Value(self.text[h.org.start:m.end()], h.org.start, m.end(), h.org.confidence)
            h.end_of_header = max(h.end_of_header, m.end())
            return
        # « la société Forges de la Marne / Bragarde, à Saint-Dizier »: a name hard-wrapped in an indented list item
        w = re.match(r"[ \t]*\n[ \t]+(?P<w>[A-ZÀ-Ý][\w'’-]{2,}(?:[ \t]+[A-ZÀ-Ý][\w'’-]{2,})?)(?=[ \t]*,)", self.text[h.org.end:h.org.end + 60])
        if w and h.kind in _PROSE_KINDS and not self._is_place_only(w.group("w")) \
                and norm(w.group("w")).split()[0] not in lexicon.LABEL_WORDS:
            end = h.org.end + w.end("w")
            h.org = Value(" ".join(self.text[h.org.start:end].split()), h.org.start, end, h.org.confidence)
            h.end_of_header = max(h.end_of_header, end)

    def _enumeration_siblings(self, headers: list[Header]) -> list[Header]:
        """Names listed with a laureate (« (Verrerie Caux & Co, Normandie Plasturgie, SMTP et les Ateliers réunis
        de la Vire) ») are laureates too: a list of companies in a support sentence names them alike. Only chains
        of bare names count (separators, articles and a short bracket between them, nothing else), in a sentence
        with a support cue; every sibling passes the usual guards (institutions, places, people, parents)."""
        t, f = self.text, self.folded
        accepted = sorted((h.org.start, h.org.end) for h in headers)
        if not accepted:
            return []
        out: list[Header] = []
        seen_sentences = set()
        for a_start, _ in accepted:
            ss, se = _enclosing(self.sentences, a_start)
            if (ss, se) in seen_sentences or not _PASSAGE_CUE.search(f, ss, se):
                continue
            seen_sentences.add((ss, se))
            # (a member after « à » is the commune of the name before it, not a listed name)
            members = [m for m in _ENUM_MEMBER.finditer(t, ss, se) if not re.search(r"\b(?:à|au)[ \t]+$", t[max(ss, m.start() - 4):m.start()])]
            chains, chain = [], []
            for m in members:
                if chain and not _ENUM_GAP.fullmatch(t, chain[-1].end(), m.start()):
                    chains.append(chain)
                    chain = []
                chain.append(m)
            if chain:
                chains.append(chain)
            for chain in chains:
                spans = []
                for m in chain:
                    spans += self._split_member(m.start("name"), m.end("name"), accepted)
                if len(spans) < 2:
                    continue
                hit = [any(a < e and s < b for a, b in accepted) for s, e in spans]
                if not any(hit):
                    continue
                # A listed laureate's passage starts at its own name, not at the sentence start, so that each
                # name of the list keeps its own passage.
                for h in headers:
                    if h.kind == "candidate" and h.start < spans[0][0] <= h.org.start < se:
                        h.start = h.org.start
                # Quotes around the chain: a title or a project, not a list of companies.
                if t.count("«", ss, spans[0][0]) > t.count("»", ss, spans[0][0]):
                    continue
                for (s, e), is_hit in zip(spans, hit):
                    if is_hit:
                        continue
                    org = clean_org(t[s:e], s)
                    if not org or self._is_place_only(org[0]) or any(
                            p.start <= org[1] and p.end >= org[2] for p in self.places_in(org[1] - 40, org[2])):
                        continue  # « Vitrex à Essômes-surMarne, Carbolux à Hirson »: a place is no sibling
                    lead = t[max(ss, s - 40):s]
                    if re.search(r"(?:\b(?:à|au|aux|en|sur|de|du|des|pour|par|avec)\s+|\bdans\s+(?:(?:le|la|les)\s+|l['’]\s*)?|"
                                 r"\b[dl]['’]\s*)$", t[max(ss, org[1] - 16):org[1]]):
                        continue  # « … à Morcenx-la-Nouvelle, … », « dans le Comminges, »: a complement, not a listed name
                    if not self._plausible_org(org, lead) or _PERSON_AFTER_NAME.match(f, org[2]):
                        continue
                    words = norm(org[0]).split()
                    if len(words) >= 2 and words[0] in lexicon.FIRST_NAMES:
                        continue  # « Marc Dupuis et Jeanne Roux »: people
                    out.append(Header(org[1], Value(org[0], org[1], org[2], 0.5), "sibling", None, None, org[2]))
        if out and self.x.use_spacy:
            out = self._drop_people(out)
        return out

    def _repeated_mentions(self, headers: list[Header]) -> list[Header]:
        t = self.text
        spans = sorted((h.org.start, h.org.end) for h in headers)
        out, seen = [], set()
        for h in sorted(headers, key=lambda h: h.org.start):
            name = h.org.value
            if name in seen or len(name) < 3:
                continue
            seen.add(name)
            # the name, or its acronym given in brackets after it (« Chimie Fine du Luberon (CFL) … de CFL »)
            am = re.match(r"\s*\(\s*([A-Z0-9][A-Z0-9&.-]{1,9})\s*\)", t[h.org.end:h.org.end + 16])
            names = re.escape(name) + ("|" + re.escape(am.group(1)) if am else "")
            # A name written in capitals in a list is written in small letters in the prose (« SAMBRE FORGE » → « Sambre Forge »).
            flags = re.IGNORECASE if name.isupper() and len(name) >= 5 else 0
            for m in re.finditer(r"(?<![\w&@+'’.-])(?:" + names + r")(?![\w&@+'’-])", t, flags):
                p = m.start()
                # (a table's row may come after the prose that told of its laureate: « Ovalys — À Mauléon, … » above
                # the table « Ovalys | Mauléon-Licharre | 64 | … »)
                # (a live report runs backwards: « 14h55 / Visite de l'usine de X » may stand above X's announcement)
                visit = _VISIT_LEAD.search(t, max(0, p - 40), p)
                if (h.org.start <= p <= h.org.end if h.kind == "table" or visit else p <= h.org.end) or p >= self.own_end \
                        or any(a <= p < b for a, b in spans):
                    continue
                ls = t.rfind("\n", 0, p) + 1
                if _AUTHOR_TITLE.fullmatch(t[ls:p]) and re.match(r"[ \t]*(?:[|•·,–—-][^\n]*)?(?:\n|$)", t[m.end():]):
                    # « Président de Kerwan Radio Systems » heading a comment of a thread: what follows is that
                    # laureate's own word (« Concrètement : 3,4 M€ d'investissement … »)
                    out.append(Header(ls, Value(t[p:m.end()], p, m.end(), h.org.confidence), "subject", None, None, m.end()))
                    spans.append((p, m.end()))
                    continue
                ss, _ = _enclosing(self.sentences, p)
                # (« Baraqueville : le jambon … revient / Entre Rodez et Naucelle, les X … »: a sub-heading without a full
                # stop runs into the sentence under it; the sentence is the line's)
                lead = t[max(ss, t.rfind("\n", 0, p) + 1):p]
                if not re.fullmatch(r"[\s\-–—•●▪*]*(?:(?:Enfin|Ainsi|Quant\s+à|De\s+son\s+côté|Pour\s+sa\s+part)\s*,?\s*)?"
                                    # (« Au cœur du Bassin, à Aubin, X transforme … », « Entre Rodez et Naucelle, les X … »)
                                    r"(?:(?:Chez|Pour|Côté|Du\s+côté\s+d\w*|À|Au|Aux|à|au|En|Dans|Entre|Près\s+d\w*|Depuis)\s+[^,.;:\n]{0,40}?,\s*){0,2}"
                                    # « 14h55 / Visite de l'usine de Chimie Vivaroise au Pouzin »: a live report's visit
                                    r"(?:" + _VISIT_WORDS + r")?"
                                    r"(?:(?:Les|La|Le|L['’]|les|la|le|l['’]|Chez|chez)\s*)?", lead) \
                        and not re.fullmatch(r".{0,40}\b(?:projet|programme)\s+[«“\"][^»”\"]{1,40}[»”\"]\s+(?:de|d['’]|du|des)\s*", lead):
                    continue  # only a mention that opens its sentence (or « le projet « X » de Y ») is about that laureate
                out.append(Header(ss, Value(t[p:m.end()], p, m.end(), h.org.confidence), "subject", None, None, m.end()))
                spans.append((p, m.end()))
        return out

    def _split_member(self, s, e, accepted):
        """« SMTP et Normandie Plasturgie » is one run of capitalised words; split it at « et » when a laureate
        found elsewhere ends before or starts after that « et »."""
        t = self.text
        for m in re.finditer(r"\s+(?:et|&)\s+", t[s:e]):
            cut_a, cut_b = s + m.start(), s + m.end()
            if any(a < cut_a <= b <= cut_a + 1 or (cut_b <= a < cut_b + 1 and b <= e) for a, b in accepted):
                return [(s, cut_a)] + self._split_member(cut_b, e, accepted)
        return [(s, e)]

    def _taken_up_headers(self) -> list[Header]:
        out = []
        for i, (ss, se) in enumerate(self.sentences[1:], 1):
            taken_up = _TAKEN_UP.match(self.text, ss)
            if not taken_up or not re.match(r"\s*[,a-zà-ÿ(]", self.text[taken_up.end():taken_up.end() + 3]):
                continue  # (« La conserverie Hamelin, installée … » names its own company: it takes up nothing)
            ps, pe = self.sentences[i - 1]
            if "\n\n" in self.text[pe:ss]:
                continue  # (another paragraph)
            names = []
            for m in re.finditer(CAPNAME, self.text[ps:pe]):
                a = ps + m.start()
                if a == ps and len(m.group(0).split()) >= 2 and not _first_name_led(m.group(0)) \
                        and re.match(r"\s+(?:veut|va|vient|compte|entend|mise|investit|lance|prévoit|a\s+décidé|s['’]apprête)\b",
                                     self.text[a + len(m.group(0)):a + len(m.group(0)) + 20]):
                    pass  # « Couac Maroni veut changer la donne. La jeune coopérative … »: the sentence's subject
                elif a == ps or not (self.text[a - 1:a].isspace() or re.search(r"\b[dlDL]['’]$", self.text[a - 3:a])) \
                        or self.text[a - 2:a - 1] in ".!?:«\"“":
                    continue  # the sentence's first word, a word glued to a mark (« celui d'Hertzia » is a name)
                name = m.group(0).rstrip(".,;")
                if re.search(r"\b(?:les|aux|depuis|vers|en|(?:non|pas)\s+(?:à|au))\s+$", self.text[max(ps, a - 10):a]) or (
                        re.search(r"\bà\s+$", self.text[max(ps, a - 4):a]) and norm(name) in self.gaz.communes):
                    continue  # « … depuis les Antilles. », « … et non à Capdenac-le-Haut. »: a place, not a company
                if self._is_place_only(name) or _first_name_led(name) or norm(name) in lexicon.INSTITUTIONS \
                        or lexicon.KNOWN_PROGRAMMES.search(fold(name)) or norm(name).split()[0] in lexicon.LABEL_WORDS:
                    continue
                names.append((name, a))
            if len(names) == 1 and not taken_up.group(0).startswith("Ce") and names[0][1] != ps and \
                    self.text[names[0][1] + len(names[0][0]):pe].strip(" .!?»”\"") != "" \
                    and (fold(names[0][0].split()[0]) not in lexicon.TRADE_HEADS or (
                        # (« dans les ateliers des Forges X, au bord de … »: a workshop of the name, read elsewhere)
                        (tw := re.search(r"([a-zà-ÿ]+)\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*$", self.text[max(ps, names[0][1] - 40):names[0][1]]))
                        and fold(tw.group(1)) in lexicon.TRADE_HEADS)):
                continue  # « L'entreprise … » takes up only a name that ends the sentence (« … est celui d'Hertzia. »),
                # or a trade's name (« Dans le hall de la Biscuiterie de l'Aulne, les techniciens … L'entreprise … »)
            if len(names) == 1:
                h = self._intro_header(taken_up, names[0][0], names[0][1])
                if h is None and (re.search(r"\b(?:dossiers?|projets?|laureate?s?)\b", self.folded[ps:pe])
                                  or self._next_paragraph_funds(self._paragraph(ss)[1])):
                    # « Le dossier le plus structurant est celui d'Hertzia. L'équipementier rennais … »: the sentence
                    # says by itself that the name is a laureate's (its figures come paragraphs later)
                    org = clean_org(names[0][0], names[0][1])
                    h = org and Header(ps, Value(org[0], org[1], org[2], 0.7), "intro", None, None, org[2])
                h = self._plausible_header(h)
                if h:
                    h.start = ps
                    out.append(h)
        return out

    def _plausible_header(self, h: Header | None) -> Header | None:
        """Public bodies, places and labels are no laureates (« Également retenue, Bordeaux Métropole … »)."""
        return h if h and self._plausible_org((h.org.value, h.org.start, h.org.end), "") else None

    def _caps_opener_header(self, m: re.Match) -> Header | None:
        """A paragraph opened by a name in capitals and a comma, then a company description, in a paragraph that
        speaks of support or under a line « … lauréates de ce dispositif : »."""
        before = self.text[:m.start()].rstrip(" \t")
        if before and not before.endswith("\n\n") and not re.search(r"[.:!?»)]\s*\n$|\n[ \t]*\n$", before + "\n"):
            return None  # a line that continues a paragraph, not one that opens it
        org = clean_org(m.group("org"), m.start("org"))
        if not org or not self._plausible_org(org, ""):
            return None
        desc = self.folded[m.start("desc"):m.start("desc") + 200]
        if not (_DESCRIBES_COMPANY.search(desc) or _CAPS_DESC.search(desc)):
            return None
        ps, pe = self._paragraph(m.start("org"))
        para = self.folded[ps:pe]
        if not (_SUPPORT_CUE.search(para) or any(q.money for q in self.quantities_in(ps, pe)) or _JOBS_CUE.search(para)):
            heading = None
            for hm in _COLON_END_LINE.finditer(self.text, max(0, ps - 2500), ps):
                heading = hm
            if not heading or not _PASSAGE_CUE.search(self.folded, heading.start(), heading.end()):
                return None
        return Header(m.start("org"), Value(org[0], org[1], org[2], 0.7), "caps", None, None, m.end("org"))

    def _next_paragraph(self, pe: int) -> tuple[int, int] | None:
        """The paragraph right after the one ending at ``pe``, or None."""
        m = _PARA_END.match(self.text, pe)
        return self._paragraph(m.end()) if m else None

    def _next_paragraph_funds(self, pe: int) -> bool:
        """« Couac Maroni veut changer la donne. La jeune coopérative va construire … » then « Montant du projet :
        1,2 million d'euros. L'État a accordé une subvention de 480 000 € »: the next paragraph opens on the
        project's figures and tells of the support."""
        nxt = self._next_paragraph(pe)
        return bool(nxt) and bool(_FIGURES_START.match(self.folded, nxt[0])) \
            and bool(_SUPPORT_CUE.search(self.folded, *nxt)) and any(q.money for q in self.quantities_in(*nxt))

    def _next_paragraph_supports(self, pe: int) -> bool:
        """« … a visité l'entreprise X, située à A. » then « Cette entreprise … est lauréate … »: the support is
        told in the next paragraph, which speaks of the same company."""
        nxt = self._next_paragraph(pe)
        return bool(nxt) and bool(_ANAPHORA_START.match(self.folded, nxt[0])) and bool(_SUPPORT_CUE.search(self.folded, *nxt))

    def _text_table_headers(self) -> list[Header]:
        """Tables written as lines with another separator than « | »: a heading line whose cells name the columns
        (« Entreprise – Commune – Investissement – Aide »), then the lines with as many cells."""
        t = self.text
        out = []
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", t)]
        i = 0
        while i < len(lines):
            ls, le = lines[i]
            i += 1
            for sep in ("\t", "–", ";", ","):
                cells = m_split(t, ls, sep)
                # « raison_sociale;investissement_eur;… »: the headings of a CSV export
                folded = [fold(t[a:b]).replace("_", " ").strip() for a, b in cells]
                if len(cells) < 3 or len(t[ls:le]) > 250:
                    continue
                org_col = next((k for k, c in enumerate(folded) if _ORG_COLUMN.fullmatch(c)), None)
                roles = sum(1 for c in folded if _ROLE_COLUMN.fullmatch(c))
                if org_col is None or roles < 1 or roles + 1 < len(cells) - 1:
                    continue
                columns = dict(enumerate(folded))
                place_col = site_column(columns)
                status_col = next((k for k, c in columns.items() if _STATUS_COLUMN.fullmatch(c)), None)
                self.table_spans.append((ls, le))  # the heading line: its labels (« Raison sociale ») are no names
                while i < len(lines):
                    rs, re_ = lines[i]
                    row = m_split(t, rs, sep)
                    if len(row) != len(cells):
                        break
                    i += 1
                    cs, ce = row[org_col]
                    # (« TOTAL » may stand in the first column, before an empty name cell)
                    total = _total_row(t, row[:org_col + 1])
                    if total:
                        if total == "total":
                            self._row_totals(row, columns)  # (a sub-total is a part's, not the announcement's)
                        continue
                    if status_col is not None and _STATUS_NO.search(fold(t[row[status_col][0]:row[status_col][1]])):
                        # « Abandon », « Ajourné », « Refusé » in the status column: not (or no longer) a laureate,
                        # and no other rule may take its name for one
                        self.table_spans.append((rs, re_))
                        continue
                    org = table_org(t[cs:ce], cs)
                    if org:
                        hint = row[place_col] if place_col is not None else (rs, re_)
                        out.append(Header(rs, Value(org[0], org[1], org[2], 0.85), "table", None, hint, re_,
                                          columns=columns, cell_sep=sep))
                break
        return out

    def _table_totals(self, parts, columns):
        """« TOTAL (8 projets)   13 145 500   2 300 000   43 »: the announcement's figures, read by column."""
        for pos, text, ps, pe in parts:
            label = max((c for c in columns if c[0] <= pos + 2), default=(0, ""))[1]
            digits = re.sub(r"[^\d]", "", text)
            m = re.search(r"\((\d+)\s+(?:projets|laureats|entreprises|dossiers)\)", fold(text)) or \
                re.search(r"total\s+(?:des\s+)?(?:projets|laureats|entreprises|dossiers)\s*\((\d+)\)", fold(text))
            if m:
                self.table_totals.setdefault("new_laureates", Value(int(m.group(1)), ps + m.start(1), ps + m.end(1), 0.8))
            elif digits:
                if re.fullmatch(r"[\d  .,]+(?:\s*€)?", text):
                    if re.search(r"\bk\s*(?:€|e\b|eur\b|euros)|milliers", label) and "€" not in text:
                        digits = str(int(digits) * 1000)  # « 15 430 » under « Invest. (k€) »
                    amount = int(digits)
                else:  # « 15,1 M€ », « 380 k€ »: a figure with its own unit
                    amount = next((v for q in self.quantities_in(ps, pe) if (v := column_amount(q, label)) is not None), None)
                    if amount is None:
                        continue
                # Not money_column: under the TOTAL line of an aligned (PDF) table a bare « Montant » is read as the
                # investment, as before (table rows read it as the aid).
                name = ("aid_eur" if re.search(r"aide|subvention", label) else
                        "investment_eur" if re.search(r"invest|cout|montant|assiette|depense", label) else None)
                if name:
                    self.table_totals.setdefault(name, Value(amount, ps, pe, 0.8))

    def _aligned_table_headers(self) -> list[Header]:  # noqa: C901 - one pass over the lines, as the layout
        """Tables copied from a PDF: columns aligned with runs of spaces under a heading line (« Entreprise   Commune
        Dépt   Investissement   Aide État »); a name or a commune too long for its column goes on under it on the
        next line (« Ateliers Mécaniques de / la Meurthe »). Each chunk belongs to the column it starts under."""
        t = self.text
        out: list[Header] = []
        columns = None  # [(start column, folded label)]
        heading_next = False
        row = None  # [label, [fragments (text, start, end)]] per column, and the row's line start
        lines, pos = [], 0
        for line in t.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1

        def chunks(ls, le):
            """(column, text, start, end) of each run of words separated by single spaces."""
            # (« 210 000 € 820 000 € »: two amounts one space apart are two cells)
            return [(m.start() + k.start(), k.group(0), ls + m.start() + k.start(), ls + m.start() + k.end())
                    for m in re.finditer(r"\S+(?: \S+)*", t[ls:le])
                    for k in re.finditer(r"(?:(?<=€ )|^)\S.*?(?=(?<=€) \d|$)", m.group(0))]

        def flush():
            if row is None:
                return
            cells, start = row
            # (the name is not always the first column: « N°   RAISON SOCIALE   COMMUNE … »)
            org_idx = next((i for i, (label, _) in enumerate(cells) if _ORG_COLUMN.fullmatch(label)), 0)
            org_cells = cells[org_idx][1]
            if not org_cells:
                return
            name = ""
            for text, _, _ in org_cells:
                name = name + text if name.endswith("-") else (name + " " + text).strip()
            acronym = re.search(r"\s*\([^()]{1,30}\)$", name)
            if acronym:
                name = name[:acronym.start()]
            first = org_cells[0]
            org = clean_org(name, first[1])
            rest = " ".join(f[0] for i, c in enumerate(cells) if i != org_idx for f in c[1])
            if not org or not re.search(r"\d", rest) or _STATUS_NO.search(fold(rest)):
                return  # (« Merranderie   (en instruction) »: not decided yet)
            merged = []
            for label, frags in cells:
                text = ""
                for ftext, _, _ in frags:
                    text = text + ftext if text.endswith("-") else (text + " " + ftext).strip()
                if frags:
                    merged.append((label, text, frags[0][1], frags[0][2]))
            out.append(Header(start, Value(org[0], first[1], first[1] + len(org[0]) if len(org[0]) <= first[2] - first[1]
                                           else first[2], 0.8), "table", None, None, first[2],
                              columns={i: c[0] for i, c in enumerate(cells)}, cells=merged))

        for ls, le in lines:
            line = t[ls:le]
            parts = chunks(ls, le)
            folded = [fold(p[1]) for p in parts]
            if len(parts) >= 3 and re.search(r"\S {2,}\S", line) and any(_ORG_COLUMN.fullmatch(c) for c in folded) \
                    and sum(1 for c in folded if _ROLE_COLUMN.fullmatch(c) or re.fullmatch(r"dep\w*\.?", c)) >= 2:
                flush()
                row = None
                columns = [(p[0], fold(p[1])) for p in parts]
                money_cols = {i for i, (_, label) in enumerate(columns) if money_column(label)}
                self.table_spans.append((ls, le))
                heading_next = True
                continue
            if columns is None:
                continue
            # (a table may be indented as a whole: its rows start under its first heading, not at column 0)
            indent = columns[0][0]
            if heading_next and parts and parts[0][0] > indent + 1 and not any(re.search(r"\d", p[1]) for p in parts):
                # « Appel à / projets », « Invest. / (k€) »: a heading written on two lines
                for pos, text, _, _ in parts:
                    k = max((i for i, (cstart, _) in enumerate(columns) if cstart <= pos + 2), default=0)
                    columns[k] = (columns[k][0], columns[k][1] + " " + fold(text))
                money_cols = {i for i, (_, label) in enumerate(columns) if money_column(label)}
                self.table_spans.append((ls, le))
                heading_next = False
                continue
            heading_next = False
            parts = _split_at_columns(parts, [c for c, _ in columns[1:]])
            if not line.strip():
                flush()
                row = None
                continue
            if columns is not None:
                self.table_spans.append((ls, le))  # a line of the table: no other rule reads it
            if re.match(r"\s*total\b", fold(line)):
                self._table_totals(parts, columns)
            if re.match(r"\s*total\b", fold(line)) or re.fullmatch(r"[-=_─━═ ]{10,}", line):
                flush()
                row, columns = None, (None if re.match(r"\s*total\b", fold(line)) else columns)
                continue

            def column_of(pos, text=""):
                best = 0
                # a number is right-aligned under its heading: its end says its column (« 735 (*) » under « AIDE »)
                at = pos + len(text) - 1 if re.match(r"\d", text) else pos + 2
                for i, (cstart, _) in enumerate(columns):
                    if cstart <= at:
                        best = i
                return best

            if parts and parts[0][0] <= indent + 1 and len(parts) >= 3 and (
                    row is None or len(parts) >= len(columns) - 1
                    or any(column_of(p[0]) in money_cols and re.search(r"\d", p[1]) for p in parts)):
                # (« Gascogne   (47)   stérilisation » under a row: the rest of its cells, not a new row)
                flush()
                row = ([(label, []) for _, label in columns], ls)
                for pos, text, ps, pe in parts:
                    row[0][column_of(pos, text)][1].append((text, ps, pe))
            elif row is not None and parts and len(parts) < len(columns):
                for pos, text, ps, pe in parts:  # the rest of a name or a commune, under its column
                    row[0][column_of(pos, text)][1].append((text, ps, pe))
            else:
                flush()
                row = None
        flush()
        return out

    def _table_headers(self) -> list[Header]:
        t = self.text
        if "|" not in t:
            return []  # (tables with other separators are read first, before the line rules: _text_table_headers)
        rows = [(m.start(), [c.strip() for c in m.group(0).split("|")]) for m in re.finditer(r"^[^\n|]*(?:\|[^\n]*)+$", t, re.M)]
        if len(rows) < 2:
            return []
        out = []
        header_cols = None
        for start, cells in rows:
            folded = [fold(c).replace("_", " ").strip("` ") for c in cells]  # (« raison_sociale »: an export's keys)
            # (a row with figures is data, even when its status cell says « Lauréat »)
            # (« | Dossiers lauréats | 26 | », a key-figures table: a row with a bare figure is no heading)
            if (header_cols is None and not any(re.fullmatch(r"\d[\d  .,]*\s*(?:M€|k€|€|%)?", c) for c in cells)
                and not any(re.search(r"\d\s*(?:M€|k€|Md€|€)", c) for c in cells)) \
                    or (any(re.search(r"^(?:entreprise|societe|laureat|beneficiaire|porteur|raison sociale|nom)", c) for c in folded)
                        and not any(re.search(r"\d", c) for c in cells)):
                cols = {i: c for i, c in enumerate(folded)}
                org_col = pipe_org_column(cols)
                if org_col is not None:
                    header_cols = (org_col, cols)
                    continue
            if header_cols is None:
                continue
            org_col, _ = header_cols
            if org_col >= len(cells):
                continue
            offset = start
            cell_starts = []
            for c in m_split(t, start):
                cell_starts.append(c)
            cs, ce = cell_starts[org_col] if org_col < len(cell_starts) else (start, start)
            total = _total_row(t, cell_starts[:org_col + 1])
            if total:
                if total == "total":
                    self._row_totals(cell_starts, header_cols[1])
                continue
            status_col = next((i for i, c in header_cols[1].items() if _STATUS_COLUMN.fullmatch(c.strip())), None)
            if status_col is not None and status_col < len(cell_starts) and status_col != org_col \
                    and _STATUS_NO.search(fold(t[cell_starts[status_col][0]:cell_starts[status_col][1]])):
                self.table_spans.append((start, self._line_end(start)))
                refused = table_org(t[cs:ce], cs)
                if refused:
                    self.refused.add(org_key(refused[0]))  # (« Non candidat »: nor in the prose that speaks of it)
                continue  # « En instruction », « Ajourné » in the status column: not (yet) a laureate
            org = table_org(t[cs:ce], cs)
            more = self._box_cell_more(start, org_col) if org and "│" in self.raw else None
            if more:
                # « │ Ferroviaire Services │ … │ » then « │ Hainaut (FSH) │ │ … »: a box-drawn table's cell goes on over
                # the next lines of its row (the rule between rows is blanked)
                joined = table_org(t[cs:ce].strip() + " " + more[0], cs)
                if joined and len(joined[0]) > len(org[0]):
                    org = (joined[0], org[1], more[2] if joined[2] > cs + len(t[cs:ce].strip()) else org[2])
            if org:
                line_end = self._line_end(offset)
                place_col = site_column(header_cols[1])
                hint = cell_starts[place_col] if place_col is not None and place_col < len(cell_starts) else (start, line_end)
                out.append(Header(start, Value(org[0], org[1], org[2], 0.85), "table", None, hint,
                                  line_end, columns=header_cols[1]))
        return out

    def _box_cell_more(self, start: int, col: int) -> tuple[str, int, int] | None:
        """The rest of a box-drawn table's cell ``col`` on the lines right below the row at ``start``: lines whose other
        cells hold no figure (the row's figures stand on its first line), until the rule between rows."""
        t, parts = self.text, []
        pos = self._line_end(start) + 1
        while pos < len(t) and t[pos] != "\n":
            cells = m_split(t, pos)
            end = self._line_end(pos)
            if "|" not in t[pos:end] or col >= len(cells) or any(
                    re.search(r"\d", re.sub(r"\(\s*(?:\d{2,3}|2[AB])\s*\)", "", t[a:b])) for k, (a, b) in enumerate(cells) if k != col):
                break
            a, b = cells[col]
            if t[a:b].strip():
                parts.append((t[a:b].strip(), a, b))
            pos = end + 1
        if not parts:
            return None
        return " ".join(p[0] for p in parts), parts[0][1], parts[-1][2]

    def _row_totals(self, cells, columns):
        """A « Total » row of a table: the announcement's investment and aid, by column."""
        for i, (cs, ce) in enumerate(cells):
            label = columns.get(i, "")
            qs = [(q, v) for q in self.quantities_in(cs, ce) if (v := column_amount(q, label)) is not None]
            role = money_column(label)
            if role and qs:
                q, v = qs[0]
                self.table_totals.setdefault(role[0], Value(v, q.start, q.end, 0.8))

    def _spacy_headers(self, taken) -> list[Header]:
        from relocalisation.ingestion.press import nlp as nlp_mod

        out = []
        candidates = []
        for ss, se in self.sentences:
            i = bisect.bisect_right(taken, (se, float("inf")))
            if any(s < se and ss < e for s, e in taken[max(0, i - 3):i]):
                continue
            m = _SUBJECT_VERB.search(self.folded, ss, se)
            if m:
                candidates.append((ss, se, m.start()))
        if not candidates:
            return out
        for (ss, se, verb), ents in zip(candidates, nlp_mod.entities([self.text[s:v] for s, e, v in candidates])):
            group = []  # the subject: the last entity, with those joined to it by « , » or « et »
            for label, es, ee in ents:
                if label not in ("ORG", "MISC", "PER"):
                    continue
                name = self.text[ss + es:ss + ee]
                if re.match(r"[ \t]*:", self.text[ss + ee:ss + ee + 3]):
                    continue  # « Bretagne Éco : Votre projet vient d'être retenu » : the interviewer's label
                if label == "PER" and not re.search(r"[A-Z]{2,}|\d", name) \
                        and not self._person_is_company(name, self.text[ss:ss + es], self.text[ss + ee:verb]):
                    continue  # persons are speakers, not laureates
                if group and re.fullmatch(r"\s*(?:,|et|,\s*et)\s*", self.text[group[-1][2]:ss + es]):
                    group.append((name, ss + es, ss + ee))
                else:
                    group = [(name, ss + es, ss + ee)]
            for name, start, end in group:
                if re.search(r"\bprojet\s*[«“\"]?\s*$", self.folded[ss:start]):
                    # « Le projet KEVRE de Trégor Ondes a été retenu »: the entity names the project; its owner follows
                    owner = re.match(r"\s*[»”\"]?\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+|d['’]\s*|porté\s+par\s+)"
                                     r"(?:(?:la|le|l['’])\s*)?(?P<org>" + CAPNAME + ")", self.text[end:verb])
                    org = owner and clean_org(owner.group("org"), end + owner.start("org"))
                    if org and not self._is_place_only(org[0]):
                        out.append(Header(ss, Value(org[0], org[1], org[2], 0.6), "subject",
                                          Value(name, start, end, 0.7), None, org[2]))
                    continue
                # « Boiron et Sanofi » may come as one entity.
                offset = 0
                for part in re.split(r"\s+et\s+(?=[A-ZÀ-Ý])", name):
                    pos = name.find(part, offset)
                    offset = pos + len(part)
                    org = clean_org(_cut_name(part), start + pos)
                    if org and not self._is_place_only(org[0]):
                        out.append(Header(ss, Value(org[0], org[1], org[2], 0.6), "subject", None, None, org[2]))
        return out


    @staticmethod
    def _person_is_company(name: str, before: str, to_verb: str) -> bool:
        """A name spaCy takes for a person, without capitals run or digit, that is still a company: the subject of the
        support verb (« Varophyto vient d'être retenue », « X, …, a bénéficié ») that opens with a trade (« Plastiques
        Allonnais », not the tail « Chaudronnerie Nucléaire » of « Rhodanienne de Chaudronnerie Nucléaire ») or is one
        word, no first name and no article before it (not « l'Agglo »)."""
        if re.fullmatch(r"\s*(?:,[^,.;]{1,80},\s*)?", to_verb) is None:
            return False  # a person's name away from the verb is no subject of it
        if fold(name.split()[0]) in lexicon.TRADE_HEADS and not re.search(r"[A-ZÀ-Ý][\w'’-]*\s+(?:de|du|des|d['’])\s*$", before):
            return True
        return len(name.split()) == 1 and norm(name) not in lexicon.FIRST_NAMES and not re.search(
            r"(?:\b[LlDd]['’]|\b(?:[Ll]a|[Ll]e|[Ll]es|[Nn]otre|[Vv]otre|[Cc]ette|[Ss]a|[Ss]on)\s+)$", before)

    # ---------------------------------------------------------------------------------------------
    # Fallback (issue 6, generality): names the phrasing rules missed, found in « laureate passages » whatever
    # the wording. A passage is a sentence or bullet in a laureate context (a support cue in it, or a list
    # introduced by one); inside it, each comma/« et »-separated item whose head is a capitalised name is a
    # candidate when a place follows it (« X à Commune (37) », « X (Commune) », « X – Commune ») or when the
    # item is a short bare name inside an enumeration, or the name follows a company noun. Lower confidence
    # than the rules; public bodies, people, places and labels are rejected.
    def _fallback_headers(self, taken) -> list[Header]:
        t, f = self.text, self.folded
        out: list[Header] = []
        list_context = False  # bullets after a cue line ending with « : »
        units = []
        for ss, se in self.sentences:
            unit = f[ss:se]
            bullet = bool(BULLET_RE.match(t, ss) and BULLET_RE.match(t, ss).group(0).strip())
            cue = bool(_PASSAGE_CUE.search(unit))
            # After a cue line ending with « : », a short line without bullet is an item too
            # (« Les entreprises concernées sont les suivantes : » then « Nom - Commune (04) – … »).
            plain_item = list_context and not bullet and "\n" not in t[ss:se].strip() and len(t[ss:se].strip()) <= 160
            in_context = cue or (list_context and (bullet or plain_item))
            weak = False
            if not in_context:
                # « Easyturn est un concepteur de … », « Il y a les sous-traitants X et Y »: a company named with a
                # company noun, in a paragraph that announces support (only such candidates are kept).
                ps, pe = self._paragraph(ss)
                weak = bool(_PASSAGE_CUE.search(f[ps:pe]))
            if not in_context:
                # « X à Commune (38) … 2 M€ » / « … 40 emplois »: a place with an amount or jobs
                has_place = self._has_place(ss, se)
                has_number = any(q.money for q in self.quantities_in(ss, se)) or bool(_JOBS_CUE.search(unit))
                in_context = has_place and has_number
            if unit.rstrip().endswith(":"):
                list_context = cue or (list_context and bullet)
            elif not (bullet or plain_item):
                list_context = list_context and unit.rstrip().endswith(":")
            if in_context or weak:
                units.append((ss, se, not in_context))
        for ss, se, weak in units:
            cands = self._passage_candidates(ss, se)
            if weak:
                named = [c for c in cands if c[3] == "noun"]
                cands = named + [c for c in cands if c[3] == "bare" and any(n[6] for n in named)]
            strong = [c for c in cands if c[3] != "bare"]
            bare = [c for c in cands if c[3] == "bare"]
            # A bare name counts only inside an enumeration of several names (« : A, B, C et D »).
            plural_noun = any(c[3] == "noun" and c[6] for c in cands)
            keep = strong + (bare if len(bare) + len(strong) >= 3 or plural_noun else [])
            for name, s, e, why, hint, item_start, _ in keep:
                i = bisect.bisect_right(taken, (s, float("inf"))) - 1
                if 0 <= i < len(taken) and taken[i][0] <= s < taken[i][1]:
                    continue
                conf = 0.55 if why in ("place", "noun") else 0.5
                out.append(Header(item_start, Value(name, s, e, conf), "candidate", None, hint, e))
        if out and self.x.use_spacy:
            out = self._drop_people(out)
        return out

    def _passage_candidates(self, ss, se):
        t = self.text
        out = []
        # « A, B et C et D, et E »: with a comma before the last « et », a bare « et » belongs to a name
        # (« Clôtures et Piquets »).
        splitter = _ITEM_SPLIT_COMMA if re.search(r",\s+et\s+", t[ss:se]) else _ITEM_SPLIT
        for part in splitter.finditer(t, ss, se):
            raw = part.group(0)
            istart = part.start()
            lm = _ITEM_LEAD.match(raw)
            lead = lm.group("lead") if lm else ""
            body_start = istart + (lm.end() if lm else 0)
            body = t[body_start:part.end()]
            listed = False
            first = re.match(r"[A-ZÀ-Ý][a-zà-ÿ]*(?:['’]|\b)", body)
            # The first item of the sentence, or the first after a colon (« … retenues : La branche … »).
            opens = not t[ss:istart].strip(" \t\n-–—•●▪*") or t[ss:istart].rstrip().endswith(":")
            if opens and not lead and first and fold(first.group(0)).rstrip("'’") in _SENTENCE_WORDS:
                # « Ces dossiers concernent les entreprises X », « Les autres entreprises bénéficiaires sont X »,
                # « Il y a le concepteur de … X »: the capitalised determiner opens a sentence, not a name.
                cop = list(_COPULA.finditer(body))
                run = re.match(r"[A-ZÀ-Ý][a-zà-ÿ]*(?:['’]\s*|\s+)(?:(?:[ld]['’])?[a-zà-ÿ'’-]+\s+){0,8}?(?=[A-ZÀ-Ý0-9])", body)
                cut = cop[-1].end() if cop else (run.end() if run else 0)
                if cut:
                    lead, listed = body[:cut], bool(cop) and bool(_LIST_NOUN.search(fold(body[:cut])))
                    body_start += cut
                    body = body[cut:]
            site_of = None
            if not re.match(CAPNAME, body) or len(body.split()) > 8:
                # « - 4 entreprises via le dispositif « … » dont X à A ; »: the name comes after « dont », « comme »…
                dm = _EXAMPLE_WORD.search(body)
                if not dm:
                    # « • la transformation profonde du site de production de X avec … »: the company owns the site
                    dm = site_of = _SITE_OF.search(body)
                if dm:
                    lead, listed = lead + body[:dm.end()], bool(_LIST_NOUN.search(fold(body[:dm.end()])))
                    body_start += dm.end()
                    body = body[dm.end():]
            colon = t.rfind(":", ss, istart + 1)
            if colon >= 0 and not lead.strip(" (") and _LIST_NOUN.search(self.folded[ss:colon]) \
                    and len(body.split()) <= 4 and not _VERBISH.search(body):
                listed = True  # « 1 entreprise a bénéficié du fonds … : Kervo group »: the companies follow the colon
                colon_item = re.split(r"\s+(?:à|a|en|dans)\s+(?=[A-ZÀ-Ý])", body.strip(" .;)»\n"))[0]
            else:
                colon_item = None
            nm = re.match(CAPNAME, body)
            if not nm:
                continue
            name = _cut_name(nm.group(0))
            rest = body[len(name):] if body.startswith(name) else body[nm.end():]
            why, hint = None, None
            pm = _ITEM_PLACE.match(rest)
            if not pm:
                # « Lesbats scieries de l'Atlantique à Léon »: lowercase words inside a name that resumes with a
                # capital before its place.
                mid = _NAME_MIDDLE.match(rest)
                if mid and _ITEM_PLACE.match(rest, mid.end()) and not _VERBISH.search(mid.group("low")):
                    name = name + rest[:mid.end()]
                    rest = rest[mid.end():]
                    pm = _ITEM_PLACE.match(rest)
            if pm:
                ps = body_start + len(name) + pm.start("place")
                pe = body_start + len(name) + pm.end()
                # The place must start the phrase (« FOCUS – Le plan France Relance … » is no place).
                if any(p.kind in ("commune", "department") and p.start <= ps + 3 and _written_as_name(t[p.start:p.end])
                       for p in self.places_in(ps, min(pe + 1, se))) or pm.group("dep"):
                    why, hint = "place", (ps, pe)
            if why is None and (_COMPANY_LEAD.search(lead) or listed or site_of):
                why = "noun"
                if colon_item and re.fullmatch(r"[A-ZÀ-Ý0-9][\w&@+'’.-]*(?:\s+[\w&@+'’.-]+){0,3}", colon_item):
                    name = colon_item
            elif why is None and pm and pm.group(0).lstrip().startswith("(") and not pm.group("dep") \
                    and _written_as_place("(" + pm.group("place") + ")") and len(name.split()) <= 4:
                why, hint = "bare", (ps, pe)  # « Verrerie Lucas (Terrasson) »: a short form the gazetteer lacks
            after = t[part.end():part.end() + 60]
            if why is None and not _VERBISH.search(body) and len(body.split()) <= 4 and _APPOSED_NOUN.match(after):
                name, why = body.strip(" .)»\n"), "noun"  # « Pour Palumbo industries, une PME conceptrice … »
            if why is None and _IS_A_COMPANY.match(body):
                why = "noun"  # « Easyturn est un concepteur de pièces … »
            if why is None and _DESCRIBED_LEAD.fullmatch(lead) and rest[:1] in ("", " ", ",") \
                    and _DESCRIBED_NEXT.match(rest) and self._has_place_or_figure(ss, se):
                why = "described"  # « À Vierzon (18), la charcuterie industrielle Dupont investit … »
            if why is None and not lead.strip(" (") and len(body.split()) <= 4 and not _VERBISH.search(body) \
                    and (not rest.strip(" .)»\n") or len(body.split()) <= 4):
                name, why = body.strip(" .)»\n"), "bare"
            if why is None:
                continue
            if why in ("place", "bare") and re.fullmatch(r"\s*\(?\s*(?:de|d['’]|du|des|à|a|au|aux|en)\s*", lead):
                continue  # « …, de Bazoche-Gouet (28), décroche … »: a complement of place, not a name
            org = clean_org(name, body_start)
            if not org or not self._plausible_org(org, lead):
                continue
            start = istart if lead.strip(" (") == "" or site_of else org[1]  # « … produites à A par une unité de X »
            if why == "described":
                start, hint = ss, (ss, org[1])  # « À Figeac (46), la menuiserie X »: the place comes first
            plural = why == "noun" and (listed or bool(re.search(_COMPANY_NOUNS + r"s\s+$", lead)))
            out.append((org[0], org[1], org[2], why, hint, start, plural))
        return out

    def _has_place(self, ss, se) -> bool:
        return any(p.kind in ("commune", "department") for p in self.places_in(ss, se)) or bool(
            _DEP_IN_BRACKETS.search(self.text, ss, se))

    def _has_place_or_figure(self, ss, se) -> bool:
        return self._has_place(ss, se) and (
            any(q.money for q in self.quantities_in(ss, se)) or bool(_JOBS_CUE.search(self.folded[ss:se]))
            or bool(_PASSAGE_CUE.search(self.folded[ss:se])))

    def _place_person_or_title(self, name, words, s, e) -> bool:
        """Capitalised words that name a place, a person, a heading or a page element, not a company: « De Tarbes
        à Lourdes », « dans la zone de Technoland », « le Pays de Gex », « Laetitia, opératrice », « Sud »,
        « S'implanter » (a menu), « APPROUVE » (a deliberation), « LA LETTRE ÉCO – Agence de développement »."""
        if not words:
            return False
        f = self.folded
        if len(words) >= 2 and words[0] in ("de", "du", "des", "d") and (
                self._is_place_only(" ".join(name.split()[1:]).lstrip("'’")) or " ".join(words[1:]) in self.gaz.communes):
            return True  # « De Tarbes à Lannemezan, … »: a range of places
        if re.search(r"«\s*chez\s+$", self.text[max(0, s - 12):s]) and re.match(r"\s*»", self.text[e:e + 3]):
            return True  # « chez Martin », how the workers call the plant: a nickname
        if re.search(r"\bfiliale\s+(?:[a-z]+\s+)?(?:de\s+la\s+societe|de\s+l\W\s*entreprise|de\s+l\W\s*eti|de\s+la\s+pme)\s+"
                     r"(?:[a-z-]+\s+)?$", f[max(0, s - 60):s]):
            return True  # « Ondalis est une filiale de la société nantaise X »: the parent
        if len(words) == 1 and re.search(r"\b[a-z][a-z-]+\s+(?:a|au)\s+$", f[max(0, s - 30):s]) and \
                not re.search(r"(?:attribu|accord|vers|octroy|allou|destin|revien|profit|appartien)\w*\s+(?:a|au)\s+$", f[max(0, s - 30):s]):
            return True  # « fabriquées par un sous-traitant à Sousse »: a place after « à »
        if re.fullmatch(r"[\d\s,.]+(?:M|k|K|Md|Mds)?", name.strip()):
            return True  # « investit 1 M€ »: a figure cut before its currency sign
        parts = name.split()
        if len(parts) >= 2 and all(re.sub(r"^[ldLD]['’]", "", w)[:1].islower() for w in parts[1:]) \
                and self.text.rfind("\n", 0, s) + 1 >= s - 2 \
                and re.match(r"\s*,\s*[a-zà-ÿ]", self.text[e:e + 6]):
            return True  # « Gants médicaux, kaolin, porcelaine : … » opening a line: common nouns, listed
        if _PLACE_OF_ZONE.search(f, max(0, s - 45), s):
            return True  # « dans la zone de Millau Nord », « le parc d'activités de Témis »: a place
        if _CAPS_HEADING.fullmatch(name.strip()) and self.text.rfind("\n", 0, s) + 1 >= s - 3 and \
                re.match(r"[ \t]*(?:\n|$)", self.text[e:e + 3]):
            return True  # « DE L'AÉRONAUTIQUE AU MÉDICAL », « ET APRÈS ? »: a section heading in capitals
        if len(words) == 1 and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:ement|amment|emment)", name.strip()) and \
                re.match(r"[ \t]*[:,]", self.text[e:e + 3]):
            return True  # « Concrètement : 2,2 M€ … », « Parallèlement, … »: an adverb opening a sentence
        if _SOLD_BEFORE.search(f, max(0, s - 60), s):
            return True  # « le groupe a cédé sa filiale de cosmétiques, X, à … »: a business sold, not a laureate
        if _NATURAL_PLACE_BEFORE.search(f, max(0, s - 30), s):
            return True  # « de l'autre côté du col de la Chipotte », « la vallée de la Vologne »: a natural place
        if len(words) >= 3 and words[0] in _TERRITORY_HEADS and words[1] in ("de", "du", "des", "d"):
            return True  # « Pays de Montbéliard », « Parc des expositions de Rennes »: a territory or a venue
        if len(words) == 1 and (words[0] in lexicon.FIRST_NAMES or words[0] in _BARE_NOT_NAMES):
            return True  # « Laetitia, opératrice … », « Sud », « APPROUVE »
        if re.fullmatch(r"[SsMmTt]['’][a-zà-ÿ]+(?:er|ir|re)", name.strip()):
            return True  # « S'implanter »: a verb, an item of a menu
        if _MASTHEAD_AFTER.match(f, e) and re.fullmatch(r"[^a-z]+", name) and \
                self.text.rfind("\n", 0, s) + 1 >= s - 3:
            return True  # « SARTHE ESSOR – Agence de développement … » opening a line: the publisher
        return False

    @functools.cached_property
    def _only_pending(self) -> bool:
        """The text tells of a file filed or under review and of no award at all (« a déposé sa candidature … si le
        projet est retenu »): nobody in it is a laureate yet."""
        f = self.folded[:self.own_end]
        if not _PENDING.search(f):
            return False
        f = re.sub(r"\bsi\s+(?:le|notre|son|leur|ce)\s+(?:projet|dossier)\s+(?:est|etait)\s+(?:retenu|selectionne)e?", " ", f)
        return not re.search(r"laureat|\bretenue?s?\b|\bselectionnee?s?\b|\bsoutenue?s?\b|\bobtenu\b|\baccordee?s?\b|\bprimee?s?\b|"
                             r"\bdecroche|\bbeneficie|\battribuee?s?\b|\bversee?s?\b", f)

    def wave_sums(self, ss: int, se: int) -> bool:
        """The sentence text[ss:se] gives a wave's sums (« Au total, 17,2 M€ d'aides de l'État pour 86 M€
        d'investissements »): it opens on « Au total, », names no one and speaks of no one's project (not « Au total, le
        projet pèse 3,9 M€ »)."""
        return bool(re.match(r"\s*(?:au\s+total|en\s+tout)\s*,", self.folded[ss:ss + 20])) \
            and not _OWN_PROJECT_WORDS.search(self.folded, ss, se) \
            and bisect.bisect_left(self.named, se) == bisect.bisect_left(self.named, ss)

    def _not_retained(self, h: Header) -> bool:
        """« … le dossier de la Fonderie X n'ait pas été retenu », « celui de la société Y reste en cours
        d'instruction »: named in a support text, but not (yet) a laureate."""
        ss, se = _enclosing(self.sentences, h.org.start)
        if h.kind in ("table", "label") or ("\n" in self.text[ss:se] and re.search(
                r";[ \t]*$", self.text[h.org.start:self._line_end(h.org.start)])):
            # a row or a fiche's line, not the « sentence » that runs over the whole table; a deliberation's article
            # ending with « ; » (« Article 5 : d'ajourner l'examen du dossier de … » is the next one's)
            ss, se = self.text.rfind("\n", 0, h.org.start) + 1, self._line_end(h.org.start)
        f = self.folded[ss:se]
        if (_NOT_RETAINED.search(f) or _PENDING.search(f)) and not _RETAINED.search(f):
            return True
        if re.search(r"\brestee?s?\s+sur\s+le\s+carreau\b", f) and not _RETAINED.search(f):
            return True  # « Plusieurs dossiers sont restés sur le carreau, dont celui du fabricant … X »
        if re.search(r"\bsans\s+aide\s+publique\b", f) and not _RETAINED.search(f) and not re.search(r"laureat", f):
            return True  # « X annonce une nouvelle usine à Albertville (35 M€, sans aide publique à ce stade) »
        if _TAKEN_OVER_AFTER.match(self.folded, h.org.end) and not _SUPPORT_CUE.search(f):
            return True  # « Reprise : X, à Issoire, a été rachetée par le groupe italien Y »: a takeover, no award
        if _SUPPLIES_AFTER.match(self.folded, h.org.end):
            return True  # « La coopérative X fournira les matières premières »: the laureate's supplier
        if _CLOSURE.search(f) and not _SUPPORT_CUE.search(f):
            return True  # « la direction de X a confirmé la fermeture de son usine et le transfert de la production en Pologne »
        if re.search(r"\ba\s+tort\b[^.;]{0,120}\bcomme\s+(?:laureat|beneficiaire|retenu)", f):
            return True  # « nous avions présenté à tort les Laboratoires X, à Hégenheim, comme lauréats »: an erratum
        nm = _NOT_CANDIDATE.search(self.folded, h.org.end, min(max(se, h.org.end), h.org.end + 150))
        if nm and not re.search(r"[A-ZÀ-Ý]", re.sub(r"\([^()\n]{1,40}\)", "", self.text[h.org.end:nm.start()])) \
                and not _RETAINED.search(f):
            return True  # « X … n'a jamais candidaté » (not « X … compte parmi ses clients Y (qui, lui, n'a pas candidaté) »)
        um = _UNCONCERNED.search(self.folded, h.org.end, min(max(se, h.org.end), h.org.end + 100))
        if um and not re.search(r"[A-ZÀ-Ý]", self.text[h.org.end:um.start()]):
            return True  # « le distributeur nantais Composouest, n'est pas concerné par le dispositif » (not another name's)
        if h.kind in _PROSE_KINDS or h.kind == "candidate":
            ps_, pe_ = self._paragraph(h.org.start)
            ls_ = self.text.rfind("\n", 0, h.org.start) + 1
            if re.match(r"[ \t]*" + lexicon.BULLET_MARK, self.text[ls_:h.org.start]):
                ps_, pe_ = ls_, self._line_end(h.org.start)  # (a list's item: « • À Ploërmel, une conserverie attend … » is another's)
            para = self.folded[ps_:pe_]
            if _PENDING.search(para) and not _RETAINED.search(para) \
                    and not re.search(r"laureat|\bretenue?s?\b|\bselectionnee?s?\b|\bsoutenue?s?\b|\bsubvention", para):
                return True  # « La Biscuiterie X … a obtenu un prêt … L'entreprise … attend toujours la réponse de l'État »
        if (h.kind in _PROSE_KINDS or h.kind == "candidate") and self._only_pending:
            return True  # « notre dossier est déposé ! … si le projet est retenu … Rien n'est encore acquis »
        i = bisect.bisect_left(self.sentences, (se, -1))
        if (h.kind in _PROSE_KINDS or h.kind == "candidate") and i < len(self.sentences) \
                and self.sentences[i][0] < self._paragraph(h.org.start)[1]:
            nxt = self.folded[self.sentences[i][0]:self.sentences[i][1]]
            quoted = nxt
            if h.kind == "candidate":  # (the quote's own words: not « …, détaille le ministre. Le façonnier, qui ne figure pas … »)
                qm = re.match(r"\s*[<«\"“][^»”\"]*", nxt)
                quoted = qm.group(0) if qm else nxt
            if re.match(r"\s*[<«\"“]", nxt) and (_NOT_RETAINED.search(quoted) or _NOT_CANDIDATE.search(quoted)) \
                    and not _RETAINED.search(nxt):
                return True
            if re.match(r"\s*(?:(?:le|son|leur)\s+(?:dossier|projet)|(?:la|sa|leur)\s+candidature)(?:\s+[a-z'-]+){0,6}?(?:,[^.;]{0,60},)?\s+"
                        r"(?:n\W\s*(?:a|ont|est|etait|avait)\s+pas\s+(?:encore\s+)?(?:ete\s+)?(?:retenue?|selectionnee?|laureate?|soutenue?)|"
                        r"(?:a|est)\s+(?:ete\s+)?(?:rejetee?|refusee?|ajournee?|ecartee?))\b", nxt):
                return True  # « X … avait présenté un projet de 3,2 M€ … Le dossier n'a pas été retenu. »
            if re.match(r"\s*(?:le|son|leur)\s+dossier\s+(?:est|reste|etait|restait)\s+(?:en\s+realite\s+|encore\s+|toujours\s+)*"
                        r"[<«\"“]?\s*(?:en\s+cours\s+d\W\s*(?:instruction|examen)|a\s+l\W\s*etude)\b", nxt):
                return True  # « … Leur dossier est en réalité toujours en cours d'instruction par les services de l'État. »
            if re.match(r"\s*(?:l\W?\s*entreprise|la\s+societe|la\s+pme|elle|il)\b", nxt) and _NOT_CANDIDATE.search(nxt) \
                    and not _RETAINED.search(nxt):
                return True  # « X … annonce une levée de fonds … L'entreprise, qui emploie 85 personnes, n'a pas candidaté »
            if re.match(r"\s*(?:refuse|rejete|recale|ecarte)e?s?\s*[.!]", nxt):
                return True  # « X … avaient présenté un dossier au fonds « Résilience » en 2021. Refusé. »
            if re.search(r"\b(?:il|elle|elles|ils|l\W?entreprise|la\s+societe)\s+" + _NOT_LISTED.pattern[2:], nxt):
                return True  # « X a obtenu un prêt … S'agissant d'un prêt, il ne figure pas dans ce classement. »  # « … la distillerie X, à Lumio. « Nous ne sommes pas lauréats, mais … », se réjouit son gérant »
        if (h.kind in _PROSE_KINDS or h.kind == "candidate") and re.match(
                r"\s*(?:non\s+concernee?s?|sans\s+(?:aucun\s+)?lien\s+avec|en\s+dehors\s+de)\s+(?:par\s+)?(?:ces|cette|ce)\s+"
                r"(?:annonces?|dispositifs?|appels?|vagues?|programmes?)", self.folded[self._paragraph(h.org.start)[0]:]):
            return True  # « Non concernées par ces annonces, plusieurs entreprises … ont bouclé des financements privés »
        if (h.kind in _PROSE_KINDS or h.kind == "candidate") and not _RETAINED.search(f) \
                and _CANDIDATES_PARA.match(self.folded, self._paragraph(h.org.start)[0]):
            return True  # « Parmi les candidats déclarés, … À Digne, X étudie … »: applicants of an open call
        # « 3) Projets non retenus » / « DOSSIER EN ATTENTE » then the item; « Statut : ajourné » on the next line
        ls = self.text.rfind("\n", 0, h.org.start) + 1
        heading = None
        before = self.folded[max(0, ls - 300):ls].rstrip("\n").split("\n")
        for line in reversed(before):
            if line.strip() and not re.fullmatch(r"[-=_─━*~#\s]+", line):  # (a rule under the heading is not it)
                heading = line.strip()
                break
        # (a line ending with a full stop is the previous item's last sentence, « → Dossier ajourné. », not a heading)
        # (nor is the row above in a table: « X | … | En instruction » speaks of X only)
        if heading and len(heading) <= 100 and not heading.endswith(".") and "|" not in heading and "\t" not in heading \
                and _NOT_RETAINED_HEADING.search(heading):
            return True
        if re.match(r"[ \t]*[" + lexicon.BULLET_CHARS + r"➢]", self.text[ls:h.org.start]):
            # (« Dossiers en instruction (prochaine vague) » / « • A – Rodez » / « ➢ … » / « • B – Auch »: the heading
            # of the list, above its other items and their sub-items)
            for line in reversed(self.raw[max(0, ls - 800):ls].rstrip("\n").split("\n")):
                if not line.strip() or re.match(r"[ \t]*[" + lexicon.BULLET_CHARS + r"➢]", line) \
                        or re.match(r"[ \t]*[a-zà-ÿ]", line):
                    continue  # (an item, a sub-item, or the rest of one on the next line)
                if (len(line.strip()) <= 100 or (line.rstrip().endswith(":") and not re.search(
                        r"laureat|\bretenue?s?\b|selectionnee?s?\b|soutenue?s?\b", fold(line).lower()))) \
                        and not line.strip().endswith(".") and "|" not in line and _NOT_RETAINED_HEADING.search(fold(line).lower()):
                    return True  # (or the sentence that leads into the list: « Les dossiers suivants ont été placés en
                    # liste complémentaire … : »)
                break
        nxt = self.folded[self._line_end(h.org.start):self._line_end(h.org.start) + 120]
        if re.match(r"\s*(?:statut|decision|avis)\s*:\s*(?:ajourn|rejet|refus|non\s+retenu|en\s+attente|report)", nxt):
            return True
        # « 2.4 Tanneries X – Commune / … / → Dossier ajourné au prochain comité. »: the item's decision line, in its block
        if h.kind in _PROSE_KINDS or h.kind in ("sibling", "table"):
            return False  # (the lines under a table row are the next rows: « Ajourné | Y | … » speaks of Y only)
        le = self._line_end(h.org.start)
        block = self.folded[le:le + 800]
        gap = re.search(r"\n[ \t]*\n", block)
        block = block[:gap.start()] if gap else block
        return any(_DECISION_NO.match(line) for line in block.split("\n"))

    def _not_a_name(self, name, s, e) -> bool:
        """Shapes that are never an organisation, whatever rule found them."""
        words = norm(name).split()
        if len(words) == 1 and words[0] in _NUMBER_WORDS | {"quatorze", "dix-sept", "dix-huit", "dix-neuf"}:
            return True  # « Quatorze entreprises ont été retenues »: a count
        if re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+[ \t]+[a-zà-ÿ]{3,}(?:é|ée|és|ées)", name.strip()):
            return True  # « **Équipement livré :** 2 centres d'usinage … »: a label, a noun and its participle
        if words and words[0] in ("presentatrice", "presentateur", "journaliste", "animateur", "animatrice", "chroniqueur",
                                  "chroniqueuse", "intervieweur") and len(words) == 1:
            return True  # « PRÉSENTATRICE — À Montauban, … »: a transcript's speaker
        if len(words) > 2 and words[1] == "par" and words[0] in ("realise", "realisee", "redige", "redigee", "publie",
                                                                  "publiee", "edite", "editee", "prepare", "preparee"):
            return True  # « Réalisé par le cabinet Arcelis Évaluation (Tours) »: a report's author line
        if self.text[s - 1:s] == "(" and re.match(r"\s*,\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*\)", self.text[e:e + 16]):
            return True  # « (Toulouse Éco Matin, 16/11) »: a press review's source and its date
        if re.search(r"\w\.(?:example|fr|com|org|net|eu|io)$", name.strip(), re.IGNORECASE):
            return True  # « EmploiEst.example »: a web site (a job board), not the company
        if self._place_person_or_title(name, words, s, e):
            return True
        if words and words[0] in ("hebdomadaire", "bihebdomadaire", "quotidien", "mensuel", "bimensuel", "bimestriel",
                                   "trimestriel") and len(words) >= 2:
            return True  # « Hebdomadaire d'informations locales — Neuvic · Mussidan »: the paper's masthead
        if len(words) == 1 and re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:tion|sion|ment)s?", name.strip()) \
                and re.match(r"[ \t]+[a-zà-ÿ]", self.text[e:e + 3]) \
                and re.fullmatch(r"[ \t]*[–—•*-]?[ \t]*", self.text[self.text.rfind("\n", 0, s) + 1:s]):
            return True  # « – Substitution partielle aux aliments importés »: an item's common noun, not a name
        if len(words) >= 2 and words[0] in ("edition", "editions") and s < 300 \
                and re.match(r"[ \t]*(?:[–—·|/-][ \t]*[A-ZÀ-Ý][\w'’ -]{1,40}){1,6}[ \t]*$", self.text[e:self._line_end(s)]):
            return True  # « Édition Charmes – Mirecourt – Rambervillers » under a paper's title: its local edition
        if words and words[0] in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"):
            words = words[1:]  # « Lundi 7 février — Sainte-Marie : inauguration … »: an agenda's day
            if not words:
                return True
        if words and re.fullmatch(r"\d{1,2}(?:er)?", words[0]) and any(w in _MONTH_WORDS for w in words[1:3]):
            return True  # « 11 mars : petit-déjeuner … »: a date
        if re.match(r"(?:communaute\s+(?:de\s+communes|d\W?\s*agglomeration|urbaine)|syndicat\s+mixte|conseil\s+(?:regional|departemental)|"
                    r"mairie\s+(?:de|d\W)|ville\s+(?:de|d\W)|commune\s+(?:de|d\W)|hotel\s+(?:de\s+region|du\s+departement)|"
                    r"association)\b", norm(name)):
            return True  # « Communauté de communes Loue-Saugeais-Haut-Jura – Hôtel communautaire »: a local authority;
            # « ASSOCIATION INDUSTRIES EN BERRY »: an association, no industrial laureate
        if "_" in name or re.fullmatch(r"[A-Za-zÀ-ÿ]+\d{2,4}", name.strip()):
            return True  # « *Lucie_Pau* : 22 millions à Mourenx … », « Beñat64 »: a commenter's handle
        if len(words) == 1 and re.fullmatch(r"(?:autres?|premier|premiere|second|seconde|dernier|derniere|"
                                            r"(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix)ieme)s?", words[0]):
            return True  # « Deuxième lauréat, les Laboratoires X, à Castres, … »: an ordinal, then the name
        if len(words) == 1 and _FRONTED_PARTICIPLE.fullmatch(words[0]) and re.match(r"\s+(?:en|a|au|dans|par|sur|depuis)\b", fold(self.text[e:e + 12])):
            return True  # « Fondés en 1987, les Laboratoires X … », « Implantée à Y, … »: a fronted participle
        if re.search(r"\b(?:projet|programme|ligne|usine|unite|site)\s*,?\s+(?:baptisee?|nommee?|intitulee?|denommee?|appelee?)\s*,?\s*[<«\"“]?\s*$",
                     fold(self.text[max(0, s - 50):s])):
            return True  # « Le projet, baptisé « Reloc-Ant5G », représente … »: the project's name, not its company's
        bp = fold(self.text[max(0, s - 60):s])
        if re.search(r"\b(?:baptisee?s?|nommee?s?|intitulee?s?|denommee?s?)\s*,?\s*[<«\"“*]*\s*$", bp) \
                and not re.search(r"\b(?:societe|entreprise|start-?up|pme|eti|filiale|structure|cooperative)\b[^.;]{0,25}$", bp):
            return True  # « la nouvelle ligne … — baptisée **PULPE 974** — »: what is named is the project
        lm = re.match(r"\s*,\s*([a-zà-ÿ]{3,})\s*,\s*[a-zà-ÿ]", self.text[e:e + 40])
        if lm and fold(lm.group(1)) not in ("qui", "que", "dont", "mais", "puis", "enfin", "aussi", "egalement", "ensuite", "notamment", "toutefois", "cependant",
                                            "pourtant", "desormais", "donc", "elle", "lui", "eux", "quant", "alors", "ainsi",
                                            "surtout", "encore", "deja", "pourtant", "certes", "justement", "fondee", "creee"):
            return True  # « Goyavier, letchi, mangue José : … »: the first word of a list of things
        ls = self.text.rfind("\n", 0, s) + 1
        prev = self.text[max(0, ls - 40):ls].strip().split("\n")[-1].strip(" *_[]")
        if re.search(r"\bpublicit[ée]\b|\bpublireportage\b|\bannonce\s+sponsoris", fold(self.text[ls:s]) + " " + fold(prev)) \
                and not re.search(r"\bpublicit[ée]\s+(?:de|du|des|pour)\b", fold(self.text[ls:s])):
            return True  # « *Publicité* — **Concession X** · Journées portes ouvertes »: an advertiser
        if re.fullmatch(r"(?:M|Md|Mds|k|K)?\s*(?:EUR|euros?)", name.strip()):
            return True  # « 9,4 M EUR »: the unit of an amount (« 9,4 » split at its comma)
        if re.match(r"d['’]\s*(?:attribuer|accorder|allouer|approuver|autoriser|affecter|engager|octroyer|verser)\b", fold(name)):
            return True  # « Article 1 : D'attribuer à la SAS X … »: the decision's verb
        mm = re.search(r"\bminist(?:ere|re|eres)\b([^.;:()\n]{0,80})$", fold(self.text[max(0, s - 90):s]))
        if mm and set(re.findall(r"[a-z]+", mm.group(1))) <= _MINISTRY_WORDS:
            return True  # « le ministère de l'Économie, des Finances et de la Relance »: a ministry's title
        if re.fullmatch(r"(?:premier|premiere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|dernier|derniere|autre)\s+"
                        r"(?:dossier|projet|laureat|laureate|entreprise|exemple)s?", norm(name)):
            return True  # « Deuxième dossier, dans l'Indre, à Issoudun : X »: the order of the item, not a name
        if norm(name) in self.project_names:
            return True  # « un projet baptisé KERNEVEZ » … « KERNEVEZ fait partie des lauréats »: the project, in any mention
        if " et " in name and all(self._is_place_only(part) for part in re.split(r"\s+et\s+", name.strip())):
            return True  # « entre Charenton-le-Pont et Maisons-Alfort »: two places
        if len(words) >= 2 and words[0] == "par" and re.match(r"Par\s+[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý]", name):
            return True  # « Par Pierre-Yves Castagnède »: the article's byline
        before = fold(self.text[max(0, s - 120):s])
        if re.search(r"\b(?:salle|rue|avenue|place|lycee|college|ecole|gymnase|stade|boulevard|bd|quai|espace|allee|impasse|"
                     r"square|residence|cite|pont)\s+(?:des\s+|du\s+|de\s+la\s+|de\s+)?$", before[-40:]):
            return True  # « salle Jean-Moulin », « rue de l'Épinette »: a place named after someone or something
        if re.search(r"\b(?:creanciers|concurrents)\b[^.;!?]{0,100}$|\bqui\s+(?:equipera|equipe|fournira|fournit|livrera|livre)\b"
                     r"[^.;!?]{0,60}$", before):
            return True  # « Parmi les créanciers figurent …, dont X », « le fabricant qui équipera la cave, X »
        if words and words[0] in _LONE_LABELS and (len(words) == 1 or (name.isupper() and len(words) == 2)):
            return True  # « Capacité : 40 millions … », « Clients : CHU … », « Texte : X. Photos : Y », « Oui, … »
        if len(words) >= 4 and words[0] in lexicon.FIRST_NAMES and "et" in words[1:3] \
                and words[words.index("et", 1) + 1] in lexicon.FIRST_NAMES:
            return True  # « Loïc et Anne-Sophie Tonnerre fument … »: a couple
        if len(words) == 1 and words[0] in _RUBRICS:
            return True  # « ▶ ACQUISITION : NORDCHEM REPREND … »: a newsletter's rubric
        if name.isupper() and len(words) >= 4 and any(w in _HEADLINE_VERBS for w in words[1:]):
            return True  # « NORDCHEM REPREND LES PEINTURES DE L'OUEST »: a headline in capitals
        if words and words[0] in ("madame", "monsieur", "mesdames", "messieurs", "cher", "chere", "chers", "cheres"):
            return True  # « Madame la Présidente, »: a letter's salutation
        if " ".join(words) in ("jusqu ici", "jusqu a present", "jusque la", "aujourd hui", "desormais", "dorenavant", "auparavant"):
            return True  # « Jusqu'ici, cette PME … »: an adverb opening the sentence
        if " ".join(words) in ("j aime", "repondre", "commenter", "republier", "envoyer", "signaler", "suivre", "s abonner"):
            return True  # « J'aime (14) · Répondre »: a social network's buttons
        if re.search(r"\b(?:en|au|aux|sur\s+les)\s+bords?\s+(?:de\s+la|de\s+l\W|du|de|des)\s*$|\brives?\s+(?:de\s+la|de\s+l\W|du|de)\s*$",
                     fold(self.text[max(0, s - 30):s])):
            return True  # « en bord de Garonne »: a river
        if words and words[0] in ("se", "desinscription", "desabonnement", "partager", "imprimer", "suivez-nous", "facebook", "twitter", "linkedin", "instagram", "youtube"):
            return True  # « Partager : Facebook | Twitter »: the sharing buttons of a web page
        if len(words) >= 3 and words[0] in ("officier", "commandeur", "chevalier", "grand") and ("legion" in words or "ordre" in words):
            return True  # « OFFICIER DE LA LÉGION D'HONNEUR »: a prefect's honours, in the heading of an arrêté
        if words and words[0] in _DOCUMENT_PARTS and (re.search(r"\d|n°", name) or len(words) <= 2):
            return True  # « Fiche lauréat n° 2 », « Annexe 1 », « Article 3 », « Vague 2 »: a part of the document
        if re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,9}", name) and re.search(r"[a-zà-ÿ]\s*\(\s*$", self.text[max(0, s - 4):s]) \
                and re.match(r"\s*\)\s+[A-ZÀ-Ý][a-zà-ÿ]", self.text[e:e + 6]):
            return True  # « le sous-traitant en électronique (EMS) Cartelec Industrie »: the trade's acronym, then the name
        if re.fullmatch(r"[A-Z]{2,6}s?", name) and _LOWER_WORD_PAREN.search(self.text, max(0, s - 40), s) \
                and not _initials_of(self.text[max(0, s - 80):s], name.rstrip("s")) \
                and re.match(r"\s*(?:\)\s*(?:[a-zà-ÿ,;.]|$)|(?:et|ou)\s+[a-zà-ÿ]|,\s*[a-zà-ÿ])", self.text[e:e + 8]):
            return True  # « l'un des rares sous-traitants en électronique (EMS) à avoir … », « polymères (PET et
            # polyamides) »: the trade's or the material's acronym
        if re.fullmatch(r"[A-Z]{2,6}", name) and re.search(r"\b[a-zà-ÿ]{3,}\s+$", self.text[max(0, s - 25):s]) \
                and (em := re.match(r"\s*\(\s*([a-zà-ÿ][^()\n]{3,60})\)", self.text[e:e + 70])) \
                and _initials_of(em.group(1), name):
            return True  # « une nouvelle ligne CMS (composants montés en surface) »: a technique spelt out in small letters
        if re.search(r"\b(?:communaute\s+(?:urbaine|d\W\s*agglomeration|de\s+communes)|metropole|agglomeration|"
                     r"syndicat\s+mixte)\s+(?:de\s+l\W\s*|de\s+la\s+|du\s+|des\s+|de\s+|d\W\s*)?$", self.folded[max(0, s - 40):s]):
            return True  # « la communauté urbaine Creusot-Montceau prépare une zone … »: a local authority
        if re.search(r"\b(?:cabinets?\s+(?:de\s+conseil\s+|d\W\s*(?:audit|etudes|avocats)\s+)?|bureaux?\s+d\W\s*etudes\s+|"
                     r"societe\s+d\W\s*ingenierie\s+)(?:[a-z-]+\s+){0,2}$", self.folded[max(0, s - 50):s]):
            return True  # « c'est le cabinet orléanais Ligéris Conseil qui a été retenu pour conduire … »: a consultant
        if re.search(r"\b(?:fourni|livre)e?s?\s+par\s+(?:le\s+|la\s+|les\s+|l\W\s*)?(?:[a-z-]+\s+){0,2}$|"
                     # (« L'acier viendra des Aciéries Ferval »)
                     r"\b(?:viennent|viendront|viendra|proviennent|proviendra|proviendront|provient|vient|sortent|sortiront)\s+"
                     r"(?:de\s+chez|des|du|de\s+la|de\s+l\W|de|d\W)\s*$|"
                     r"\bfournisseurs?\s+(?:[a-z-]+\s+){0,2}$", self.folded[max(0, s - 50):s]):
            return True  # « Les cellules seront fournies par X », « Les séchoirs viennent de X »: a supplier
        if re.match(r"\s+(?:a\s+(?:deja\s+)?ete|est|sera|ont\s+(?:deja\s+)?ete|sont|seront)\s+(?:deja\s+)?(?:retenue?s?|choisie?s?|selectionnee?s?)\s+"
                    r"pour\s+(?:fabriquer|fournir|realiser|construire|livrer|installer|equiper|concevoir|assurer|monter)\b",
                    self.folded[e:e + 80]):
            return True  # « Vallon Inox a déjà été retenue pour fabriquer les réacteurs »: the laureate's supplier
        if fold(name).replace(" ", "") in ("r&d", "rh", "pdg", "dg", "ceo", "cto", "daf", "drh", "rse", "ia", "btp", "ca", "hse", "qse"):
            return True  # « production et R&D : Cesson-Sévigné », « PDG : … »: a function or a department of a firm
        if words and words[0] in ("direction", "secretariat", "sous-direction"):
            return True  # « Direction régionale de l'environnement … »: a service of the administration
        if re.fullmatch(r"\d{1,2}\s*h\s*\d{0,2}", name.strip()):
            return True  # « 11h30 : arrivée du ministre »: a time in a live report
        if re.match(r"(?:Où|Quoi|Qui|Quand|Combien|Comment|Pourquoi|Quel\w*)\s*\?", name):
            return True  # « Où ? Caen (Calvados) »: the label of a fiche's line
        if re.match(r"(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr)\s+(?:(?:le|la)\s+)?[A-ZÀ-Ý]", name) or re.match(r"\d{5}\s+[A-ZÀ-Ý]", name):
            return True  # « M. Étienne R. », « Mme Roux »: a person; « 52100 Saint-Dizier »: a postal address
        ls = self.text.rfind("\n", 0, s) + 1
        if re.search(r"\b(?:au\s+micro|a\s+l\W\s*antenne|sur\s+l\W\s*antenne|sur\s+le\s+plateau|dans\s+les\s+colonnes|"
                     r"nos\s+confreres)\s+(?:de\s+|d\W\s*|du\s+)$", self.folded[max(0, s - 40):s]) \
                or words[:2] == ["du", "cote"]:
            return True  # « …, PDG, au micro de Radio Planèze »: the outlet; « Du côté d'Aurillac, … »: a place
        left = self.folded[max(0, s - 90):s]
        left = left[max(left.rfind(". "), left.rfind("\n")) + 1:]
        if re.search(r"\b(?:dirigee?s?|fondee?s?|creee?s?|presidee?s?|geree?s?|pilotee?s?)\s+(?:depuis\s+\d{4}\s+)?par\s+(?:\*\*)?$", left) \
                and _first_name_led(name):
            return True  # « l'entreprise dirigée par Karima B.-L. »: its boss
        if _FORMER_EMPLOYER_LEFT.search(left) or _CLIENT_LEFT.search(left) or _NOT_LAUREATE_LEFT.search(left):
            return True  # « après douze ans passés chez X », « ancienne cadre de la Filature X », « Premier client de NCEP,
            # l'équipementier X »: someone's former employer, a customer
        if words and words[0] == "banque" or (re.fullmatch(r"[A-Z][A-Z0-9&]{1,6}", name.strip()) and re.search(
                r"\bBanque\b[^()\n]{0,60}\(\s*" + re.escape(name.strip()) + r"\s*\)", self.text)):
            return True  # « Banque Hennuyère d'Entreprises (BHE) », « Chez BHE, nous croyons … »: the bank, never a laureate
        if re.fullmatch(r"(?:(?:Le|La|Les)\s+|L['’]\s*)[a-zà-ÿ-]+", name.strip()):
            return True  # « Le verrier de Saint-Omer fait partie … »: a trade, no name
        if re.match(r"[ \t]*\[\d{1,3}\][ \t]+\d{1,2}/\d{1,2}/\d{2,4}", self.text[self.text.rfind("\n", 0, s) + 1:s]):
            return True  # « [6] 20/06/2021 14:30 — Le Parisien de l'Est »: a digest item's source
        if re.match(r"[A-Z]\.(?:-[A-Z]\.)?\s+[A-ZÀ-Ý][a-zà-ÿ]", name):
            return True  # « J. Mercier, Du peigne au polymère, 1998 »: an author, a person
        if len(words) == 1 and words[0] in _MONTH_WORDS:
            return True  # « Février : mise en service de la ligne »: a timeline's month
        if words and words[0] in ("notre", "nos", "votre", "vos", "mon", "ma", "mes"):
            return True  # « Notre atelier de Nogent retenu … »: a company's own « we », not a name
        if words[:2] in (["bonne", "nouvelle"], ["mauvaise", "nouvelle"], ["bonnes", "nouvelles"]):
            return True  # « Bonne nouvelle pour la zone de Pierrefonds : … »: a lead-in, no name
        if re.search(r"\b(?:la|le|les|une|un)\s+(?:plaine|vallee|massif|plateau|baie|golfe|vallon|piemont|causse|bassin|"
                     r"foret|montagne|presqu\W?\s*ile|lac|etang|val|haute\s+vallee|basse\s+vallee|cote)\s+(?:de\s+la\s+|de\s+l\W\s*|du\s+|"
                     r"des\s+|de\s+|d\W\s*)$", self.folded[max(0, s - 40):s]):
            return True  # « à Borgo, dans la plaine de la Marana »: a stretch of land, no company
        grounds = re.match(r"[ \t]*(?:(?P<vu>VU|Vu)|CONSIDÉRANT|Considérant)\b", self.text[ls:s + 1])
        if grounds and (grounds.group("vu") or not re.search(r"\blaureat|\b(?:a|ont)\s+ete\s+(?:retenu|selectionn|designe)",
                                                                self.folded[ls:self._line_end(s)])):
            return True  # « VU l'avis du comité réunissant la Région, Bpifrance et X » : the legal grounds of a decision
            # (« Considérant que la SAS X … a été désignée lauréate … » tells of the laureate)
        if re.search(r"\bsiege\b[^.;]{0,40}\bsur\s+le\s+(?:site|campus|parc)\s+(?:de\s+|d\W\s*)$", self.folded[max(0, s - 90):s]):
            return True  # « Son siège est à Lille, sur le site d'EuraTechnologies »: a campus, where the seat is
        le = self.text.find("\n", e)
        if re.search(r"tous\s+droits\s+reserves|mentions\s+legales|reproduction\s+interdite|all\s+rights\s+reserved|©",
                     self.folded[ls:le if le >= 0 else len(self.text)]):
            return True  # « TRV — Télé Rhône Vallées · Tous droits réservés »: the publisher's footer
        # (« et non sa maison mère, le groupe Aubrac Industries »)
        if re.search(r"(?:actionnaires?|maison\s+mere|societe\s+mere|detenue?\s+par)\s*[:,]?\s*(?:le\s+|du\s+)?(?:groupe\s+)?$",
                     self.folded[ls:s]):
            return True  # « Actionnaire : groupe Helvane (Bâle) » in a company's box: its owner, not a laureate
        if re.match(r"[ \t]*(?:PUBLICITÉ|Publicité|PUBLI-?REPORTAGE|Publi-?reportage|Sponsorisé|SPONSORISÉ|Contenu\s+sponsorisé)\b",
                    self.text[ls:s + 1]):
            return True  # « PUBLICITÉ — Vols Mayotte – Paris dès 699 € »: an advertisement on the page
        if re.match(r"[ \t]*(?:De|À|A|Cc|Cci|Objet|Envoyé|Date|From|To|Subject|Sent)[ \t]*:", self.text[ls:s + 1]) \
                and not (self.title_author is not None and self.title_author.org.start == s):
            return True  # « De : … », « Objet : TR: … »: the header of a forwarded e-mail (not « Subject: [X] » of X's own)
        bm = re.search(r"\b[Pp]ar\s+(?P<first>[A-ZÀ-Ý][\w-]+)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s*[,—–-]\s*$", self.text[ls:s])
        if bm and norm(bm.group("first")) in lexicon.FIRST_NAMES:
            return True  # « Par Nathalie Bertin, Radio Val de Loire »: a byline names the newsroom, not a laureate
        if re.search(r"\b(?:Diffusion|Destinataires?|Copie\s+à|Ampliation)[ \t]*:[^\n]*$", self.text[ls:s]):
            return True  # « Diffusion : DREETS, Région, X »: the recipients of a document
        if lexicon.KNOWN_PROGRAMMES.fullmatch(fold(name)) or fold(name) in ("resilience", "tr", "fwd", "re"):
            return True  # « Résilience – lauréats … »: the programme, not a laureate
        if words and ((words[0] in _EVENT_WORDS and not (  # (« Réunion Fruits Transformation »: the island's name)
                words[0] in ("reunion", "signature") and len(name.split()) >= 2 and name.split()[1][:1].isupper()
                and not self._is_place_only(name.split(None, 1)[1])))  # (« Signature Carbone », not « Signature à Lyon »)
                      or (words[0] in _SECTION_WORDS and len(words) <= 4)):
            return True  # « Salon « Industries du Sud » », « Webinaire … »: an event of a newsletter
        if name.count("(") != name.count(")") or name.count("«") != name.count("»") \
                or norm(name) in ("avance remboursable", "subvention", "aide accordee"):
            return True  # « Pontivy (56 »: a piece of a place; « Avance remboursable »: a label
        if len(words) > 2 and re.search(r"\s(?:et|ou)\s", name) and all(
                self._is_place_only(pm.group(0)) or self.gaz.communes_named(pm.group(0), None)
                or (len(pm.group(0).split()) == 1 and any(p.kind == "commune" for p in self.places_in(s + pm.start(), s + pm.end())))
                for pm in re.finditer(r"(?:^|(?<=\set\s)|(?<=\sou\s))(?:(?!\s(?:et|ou)\s).)+", name)):
            return True  # « Gramat et Valence-d'Agen complètent la liste »: two communes
        if " ".join(words) in lexicon.FOREIGN_PLACES or (len(words) > 2 and all(
                " ".join(norm(part).split()) in lexicon.FOREIGN_PLACES
                for part in re.split(r"\s+(?:et|ou)\s+(?:d['’]\s*|de\s+|du\s+|des\s+)?", name.strip()))):
            return True  # « rapatrie de Tunisie l'assemblage », « d'Espagne et d'Allemagne »: countries, where it comes from
        if len(words) == 1 and words[0] in _NOT_ORG_WORDS:
            return True  # « Total », « Fait à Toulouse », « Associé – Cabinet X »: a row label, a signature, a title
        before = self.folded[max(0, s - 60):s]
        if re.search(r"\b(?:presente|deposee?|porte)\s+par\s+(?:le\s+)?groupe\s+$", before):
            return True  # « amendement présenté par le groupe Territoires et Ruralités »: a political group
        if re.fullmatch(r"[A-Z]{2,6}", name) and self.text[s - 1:s] == "(":
            # « la cotisation foncière des entreprises (CFE) »: the acronym of a term written in small letters
            phrase = re.findall(r"[a-zà-ÿ][\w'’-]*", self.text[max(0, s - 80):s - 1].split("\n")[-1])
            initials = [fold(w[0]) for w in phrase if len(w) > 3]
            if len(initials) >= len(name) and [fold(c) for c in name] == initials[-len(name):]:
                return True
        if words and words[0] in ("prochain", "prochaine", "precedent", "precedente"):
            return True  # « Prochain CRDE : 12 mai »: a date of the agenda
        if words and words[0] in ("zac", "za", "zi", "zae", "zone"):
            return True  # « la ZAC de Bonvert »: a business park, a place
        if len(words) == 1 and re.match(r"\.[ \t]*\d", self.text[e:e + 3]):
            return True  # « Prog. 3 450 k€ »: an abbreviated label before its figure
        if len(words) <= 3 and re.search(r"\b(?:du|au)\s+$", self.text[max(0, s - 4):s]) and "le " + " ".join(words) in self.gaz.communes:
            return True  # « la zone industrielle sud du Mans, l'entreprise … »: Le Mans, a place
        if "=" in name:
            return True  # « CA filière = environ 2 milliards » (a wiki infobox's field), a formula: no name
        if re.match(r"(?:N°|No\.?|Numéro)\s*\d", name, re.IGNORECASE):
            return True  # « N° 27 – Juin 2021 »: an issue of a newsletter
        if re.match(r"\d{1,2}\s*h\s*\d{2}\b", name):
            return True  # « 10h45 Visite de la société X »: an item of the programme of a visit
        if words and words[0] in ("region", "etat", "prefecture", "bpifrance", "ademe", "departement", "metropole", "cci", "cma",
                                  "ddets", "dreets", "dreal", "direccte", "sgar", "ddpp", "drfip", "dgfip", "urssaf"):
            return True  # « Région Centre-Val de Loire et Bpifrance »: public bodies
        if "/" in name and all(norm(part) in self.gaz.communes for part in name.split("/") if part.strip()):
            return True  # « Metz / Reims »: places
        if len(words) == 1 and re.search(r"(?:ee|ees|issue|nee)$", words[0]) and \
                re.match(r"\s+(?:en|par|a|au|aux|dans|sur|depuis|il\s+y\s+a|de|d\W)\b", self.folded[e:e + 15]):
            return True  # « Créée en 1994, l'entreprise … »: a participle opening the sentence
        # « notre projet « Cap Stérile » a été retenu », « (« Ailes Légères ») »: a project's name, not its holder
        return bool(re.search(r"(?:projet\s*|\(\s*)[«“\"]\s*$", self.text[max(0, s - 12):s], re.IGNORECASE))

    def _plausible_org(self, org, lead, titled: bool = False) -> bool:
        """``titled``: the name is said to be the company of a person's title (« le président de X »)."""
        name, s, e = org
        key = norm(name)
        words = key.split()
        if self._not_a_name(name, s, e):
            return False
        while len(words) > 1 and words[0] in ("le", "la", "les", "l"):
            words = words[1:]  # « La Noix Gaillarde »: a capitalised article belongs to the name
        if not words or words[0] in lexicon.LABEL_WORDS or key in lexicon.INSTITUTIONS:
            return False
        if key in _SECTOR_WORDS or fold(name) in _SECTOR_WORDS:
            return False  # « Santé, Agroalimentaire, Électronique et 5G »: sectors, not companies
        if any(w in _PUBLIC_WORDS for w in words) or key in lexicon.UMBRELLA_PLANS:
            return False
        if words[0] in _NOT_NAME_START or re.search(r"[€%$]", name) or not re.match(r"[^\W\d]", name):
            return False
        # « Boyer SA »: a legal form after the name makes it a company, even when a commune bears it.
        legal = bool(_LEGAL_AFTER.match(self.text, e))
        if (self._is_place_only(name) and not legal) or words[0] in _MONTH_WORDS or re.fullmatch(r"[\d\s]+", key):
            return False
        if len(name) < 2 or (len(words) == 1 and len(key) <= 2 and not name.isupper()):
            return False
        if (not titled and _PERSON_TITLE.search(self.folded[max(0, s - 40):s])) or _PERSON_AFTER_NAME.match(self.folded, e):
            return False
        if re.search(r"(?:\bdu|\bau|d\W+un|\bdes)\s+groupes?\b", fold(lead)) and not _BRANCH_OF.search(fold(lead)):
            return False  # « la société X, du groupe Y », « filiale du groupe Z »: the parent is not the laureate
        if re.search(r"(?:fonds|appel|programme|dispositif|plan)\W*$", fold(lead)):
            return False  # « le fonds X », « l'appel à projets Y »: a programme
        if words[0] in _DECISION_WORDS:
            return False  # « Décision : ACCORD. », « → AVIS FAVORABLE »: the decision on an item, not a name
        if re.search(r"\s(?:19|20)\d\d$", name) or all(w in _LEGAL_WORDS for w in words):
            return False  # « BILAN D'ACTIVITÉ 2026 », « France 2030 »: a title or a plan; « SAS » alone: a legal form
        return True

    def _drop_people(self, headers: list[Header]) -> list[Header]:
        """spaCy PER entities are speakers or officials, not laureates (unless the name looks like a brand)."""
        from relocalisation.ingestion.press import nlp as nlp_mod

        spans = sorted({_enclosing(self.sentences, h.org.start) for h in headers})
        people = []
        for (ss, se), ents in zip(spans, nlp_mod.entities([self.text[s:e] for s, e in spans])):
            people += [(ss + a, ss + b) for label, a, b in ents if label == "PER"]
        kept = []
        for h in headers:
            per = any(a <= h.org.start < b or h.org.start <= a < h.org.end for a, b in people)
            # « X à Commune (37) » is a company's shape, whatever spaCy thinks of « Chêne Décors ».
            if per and h.org.confidence < 0.55 and not re.search(r"[A-Z]{2,}|\d|&", h.org.value) \
                    and len(h.org.value.split()) >= 2 and norm(h.org.value).split()[0] not in lexicon.TRADE_HEADS:
                continue
            kept.append(h)
        return kept

    # ---------------------------------------------------------------------------------------------
    def _segments(self, headers: list[Header]) -> list[tuple[int, int]]:
        t = self.text
        out = []
        for i, h in enumerate(headers):
            nxt = headers[i + 1].start if i + 1 < len(headers) else len(t)
            end = nxt
            if not h.story:
                # « ------------ » under a legend's last row, then « Total région … 412 M€ »: a long rule closes the item
                rm = _LONG_RULE.search(t, max(h.end_of_header, h.org.end), end)
                end = rm.start() if rm else end
                # (« OISE (60) » above the next row: a département's section heading closes the item before it)
                lo = max(h.end_of_header, h.org.end)
                end = next((pos for pos, pe, _, _, _, numbered in self.dep_headings
                            if numbered and lo <= pos and pe <= end), end)
            if i > 0 and not h.story:
                # « REPÈRES / • 6,5 M€ d'investissement / • 1,2 M€ d'aide de l'État » closing a story: the story's key
                # figures, not those of a company named last in passing (« En février dernier, Polymères du Teil … »)
                end = next((pos for pos in self.figures_boxes if max(h.end_of_header, h.org.end) < pos < end), end)
            if not h.story and self.slide_starts:
                # (a slide deck: the next slide closes the item, whatever it is about)
                end = next((pos for pos in self.slide_starts if max(h.end_of_header, h.org.end) < pos < end), end)
            if not h.story and self.bold_briefs:
                # (a column of bold run-in briefs: the next brief closes the item, its rubric « **SANTÉ.** » included)
                end = next((a for a in self.bold_briefs if max(h.end_of_header, h.org.end) < a < end), end)
            if h.story:
                end = min(nxt, max(self.own_end, h.end_of_header))
            elif h.kind in ("intro", "apposition", "subject", "place_intro", "at_place", "caps"):
                pos = h.end_of_header
                # A paragraph opened by « NOM, … » is a line: its layout may not leave blank lines between paragraphs.
                breaks = _LINE_END if h.kind == "caps" else _PARA_END
                while True:
                    pm = breaks.search(t, pos)
                    if not pm or pm.start() >= end:
                        break
                    nxt_para_end = breaks.search(t, pm.end())
                    if h.kind == "caps" and not re.search(r"[.!?:»)]\s*$", t[pos:pm.start()]):
                        pos = pm.end()  # a hard-wrapped line (PDF): the sentence goes on
                        continue
                    para = self.folded[pm.end():nxt_para_end.start() if nxt_para_end else len(t)]
                    # (« Considérant que ce programme, d'un coût total de … »: a deliberation's grounds go on speaking of it)
                    para = re.sub(r"^\s*considerant\s+qu(?:e\s+|\W\s*)", "", para)
                    if _FIGURES_HEADING.fullmatch(para) and nxt_para_end and nxt_para_end.start() < end:
                        pos = nxt_para_end.end()  # « **Quelques chiffres :** » and the list under it
                        continue
                    if _BYLINE_PARA.fullmatch(para) or _CAPTION_PARA.fullmatch(para.strip()) \
                            or self._speaks_of(h, para) or _FIGURES_START.match(para):  # « Elle bénéficie d'une subvention … »
                        pos = pm.end()
                        continue
                    if h.kind in ("intro", "apposition", "subject") and nxt_para_end and nxt_para_end.start() < end \
                            and len(para.strip()) < 90 and "\n" not in para.strip() and not re.search(r"[.!?:;,»]$", para.strip()) \
                            and not re.search(r"\s[A-ZÀ-Ý]", t[pm.end():nxt_para_end.start()].strip()):
                        # (a sub-heading without a name: « Cartelec double sa capacité à Cholet » heads another story)
                        pm2 = breaks.search(t, nxt_para_end.end())
                        para2 = self.folded[nxt_para_end.end():pm2.start() if pm2 else len(t)]
                        words = org_key(h.org.value).split(" ") if org_key(h.org.value) else []
                        if (words and re.search(r"\b" + re.escape(words[0]) + r"\b", para2)) or _ANAPHORA_START.match(para2) \
                                or _FIGURES_START.match(para2) or re.match(
                                r"\s*(?:le|son|ce)\s+projet\s+(?:de\s+l\W\s*entreprise|de\s+la\s+(?:societe|pme)|industriel)?\b", para2):
                            pos = nxt_para_end.end()  # « Deux presses et une ligne bi-matière » (a sub-heading), then « Le
                            continue  # projet de l'entreprise … Coût total : 2,6 millions d'euros »
                    if nxt_para_end and nxt_para_end.start() < end and h.kind in ("intro", "apposition", "subject") \
                            and _FIGURES_START.match(self.folded, nxt_para_end.end()) \
                            and re.search(r"[«“\"]", t[pm.end():nxt_para_end.start()]):
                        pos = nxt_para_end.end()  # a quote, then « Montant du projet : 14 millions d'euros … »: its figures
                        continue
                    end = pm.start()
                    break
            elif h.kind == "table":
                end = min(end, self._line_end(h.start))
            elif h.kind == "paren_org":
                end = min(end, h.end_of_header)
            elif h.kind in ("enum", "candidate", "sibling"):
                # An item of « sont retenues X à A, Y à B et Z »; the last one keeps the next sentences
                # that speak of it (« Cette dernière envisage … »).
                ss, se = _enclosing(self.sentences, h.start)
                if nxt < se:
                    end = nxt
                else:
                    end = se
                    for s2, e2 in self.sentences:
                        if s2 < end or s2 >= nxt:
                            continue
                        if not (_ANAPHORA_START.match(self.folded, s2) or _FIELD_NEXT.match(self.folded, s2)):
                            break
                        end = e2
                    if h.kind == "candidate":
                        end = self._same_paragraph_follow(end, nxt)
                        # The only name of its paragraph: the next paragraphs that name it again or speak of « le
                        # projet », « l'entreprise » are its own too (its figures often come there).
                        end = self._paragraphs_about(h, end, nxt)
            elif h.kind == "inline":
                end = min(end, _enclosing(self.sentences, h.start)[1] or end)
            elif h.kind == "plural":
                # What follows « les entreprises X et Y » in the sentence describes all of them.
                end = _enclosing(self.sentences, h.start)[1] or end
            else:
                # A list ends at a heading line (« … dans le secteur de l'électronique : ») or, for the
                # last item, at the first paragraph break after a finished sentence.
                bm = BULLET_RE.match(t, h.start)
                # (« - **Entreprise** : X » then « - **Localisation** : … »: a fiche's fields are bullets of their own)
                if bm and bm.group(0).strip() and h.kind != "label":
                    # The next item of the same list ends this one, even when the rules missed its name.
                    mark = re.escape(bm.group(0).rstrip())
                    nb = re.compile(r"\n" + mark + r"[ \t]").search(t, max(h.end_of_header, h.org.end) - 1, end)
                    if nb:
                        end = nb.start()
                pos = h.end_of_header
                while True:
                    pm = _PARA_END.search(t, pos, end)
                    if not pm:
                        break
                    before = t[:pm.start()].rstrip()
                    # (the item's own heading line, « Nom (Loire) », is not its finished last sentence)
                    if i + 1 == len(headers) and before.endswith((".", "!", "?", "»", ")")) \
                            and not (before.endswith(")") and pm.start() <= self._line_end(h.org.end)) \
                            and not _FIELD_NEXT.match(self.folded, pm.end()) \
                            and not re.match(r"[ \t]*[-•*▪][ \t]*\+?\d", t[pm.end():pm.end() + 20]):
                        # (« Emplois attendus : … », « - 900 k€ investis » under a card's description: it goes on)
                        end = pm.start()
                        break
                    pos = pm.end()
                hm = _HEADING_LINE.search(t, h.end_of_header, end)
                if hm:
                    end = hm.start()
                # « Montant cumulé : 4 050 000 € d'aides … », « Total : 16,85 M€ » after the last item: the list's figures,
                # no one's
                for tm in _TOTAL_LINE.finditer(self.folded, max(h.end_of_header, h.org.end), end):
                    before = self.text[max(0, tm.start() - 3):tm.start()].rstrip(" \t")
                    if not before or before[-1] in ".!?;)\n0123456789€%":  # (not a hard-wrapped sentence going on)
                        end = tm.start()
                        break
            # another message of a chat export (« [24/11/2026 07:56] Jean-Luc : Saint-Claude en Guadeloupe ? ») is
            # someone else's words, not the rest of the laureate's item
            cm = _CHAT_MESSAGE.search(t, self._line_end(max(h.end_of_header, h.org.end)), end)
            if cm:
                end = cm.start()
            start = h.start
            if not h.story and h.kind not in ("table", "label"):
                # « ### À Saint-Dié-des-Vosges, des compresses … »: a Markdown heading opens another laureate's section
                mh = _MD_HEADING.search(t, self._line_end(max(h.end_of_header, h.org.end)), end)
                if mh:
                    end = mh.start()
                # « ### À Golbey, la fibre technique s'émancipe » right above the laureate's paragraph: its section's
                # heading (which may name the site) belongs to its passage
                ps = self._paragraph(h.start)[0]
                above = _MD_HEADING_ABOVE.search(t, max(0, ps - 200), ps)
                if above and (i == 0 or headers[i - 1].start < above.start()):
                    start = above.start() + 1
            out.append((start, max(end, h.org.end)))
        return out

    # ---------------------------------------------------------------------------------------------
    def _laureate(self, h: Header, s: int, e: int) -> Laureate:
        lau = Laureate(segment=(s, e), kind=h.kind)
        f = lau.fields
        f["organisation"] = h.org
        project = h.project or self._project(s, e)
        if project and not h.project and isinstance(project.value, str) and re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", project.value) \
                and _acronym_of(project.value, h.org.value):
            # « SAS MÉTALLERIE BERRUYÈRE DE PRÉCISION (MBP) »: the company's own initials, not its project's name
            project = self._project(project.end, e)
        if project:
            f["project"] = project
        self._place(lau, h, s, e)
        self._sector(lau, h, s, e)
        self._money(lau, s, e)
        self._jobs(lau, s, e)
        self._size_and_group(lau, h, s, e)
        self._financing_plan(lau, s, e)
        if h.kind == "label" and h.cells is None:
            self._fiche_record(h, s, e)
        if h.columns:
            self._table_row(lau, h)
        return lau

    def _financing_plan(self, lau: Laureate, s: int, e: int):
        """« | Emplois | Montant | Ressources | Montant | » … « | **Total** | **1 250 000** | »: a plan of financing in
        the laureate's passage; its total is the investment, its grants and repayable advances the public aid (loans and
        self-financing are neither)."""
        hm = _FINANCING_PLAN_HEAD.search(self.folded, s, e)
        if not hm:
            return
        t = self.text
        aid, total = [], None
        for rm in re.finditer(r"[^\n]+", t[hm.end():min(e, hm.end() + 3000)]):
            row = rm.group(0)
            if "|" not in row:
                break
            cells = [(c, hm.end() + rm.start() + k) for c, k in _pipe_cells(row)]
            for (label, ls), (value, vs) in zip(cells, cells[1:]):
                lf = fold(re.sub(r"[*_]", "", label)).lower().strip()
                q = next((q for q in self.quantities_in(vs, vs + len(value)) if q.int_value >= 1000), None)
                if q is None:
                    continue
                if re.match(r"total", lf) and total is None:
                    total = q
                elif re.match(r"(?:subvention|aide|avance\s+remboursable)", lf) and not re.search(r"\bpret|bancaire", lf):
                    aid.append(q)
        # (the plan says it outright: it beats what the prose rules read)
        if total is not None:
            lau.fields["investment_eur"] = Value(total.int_value, total.start, total.end, 0.85)
        if aid:
            lau.fields["aid_eur"] = Value(sum(q.int_value for q in aid), aid[0].start, aid[-1].end, 0.8)

    def _fiche_record(self, h: Header, s: int, e: int):
        """A fiche « Bénéficiaire : X / Localisation : Figeac (Lot) / Aide de l'État : 1,95 M€ / Emplois créés : 27 »
        is a record: its labelled lines are read like the columns of a table row."""
        cells, last = [], h.org.end
        for m in _FIELD_VALUE.finditer(self.text, h.org.end, e):
            key = fold(m.group("key")).strip()
            # the record ends at a blank line or at a label it already has (the next fiche's)
            if (cells and re.search(r"\n[ \t]*\n", self.text[last:m.start()])) or any(c[0] == key for c in cells):
                break
            last = m.end()
            if lexicon.ORG_LABELS.match(key) or not key:
                continue
            cells.append((key, m.group("val"), m.start("val"), m.end("val")))
        if len(cells) >= 2:
            h.cells = cells
            h.columns = {i: c[0] for i, c in enumerate(cells)}

    def _table_row(self, lau: Laureate, h: Header):
        """Columns say what a cell is (« Aide de l'État », « Emplois créés »): they beat the prose rules."""
        t = self.text
        cells = h.cells if h.cells is not None else [
            (h.columns.get(i, ""), t[cs:ce], cs, ce) for i, (cs, ce) in enumerate(m_split(t, h.start, h.cell_sep))]
        described, unknown = [], set()
        for label, cell, cs, ce in cells:
            if not cell or cs == ce:
                continue
            if re.search(r"\binsee\b|code\s+(?:de\s+la\s+)?commune", label):
                # « Code INSEE », « Commune réalisation code Insee » (open-data exports): the code names the commune
                ref = self.gaz.by_code.get(cell.strip())
                if ref is not None:
                    _place_laureate(lau, ref, cs, ce, 0.95)
                continue
            if (h.cells is not None or h.columns) and _PLACE_COLUMN.match(label):
                if _SEAT_COLUMN.fullmatch(label) and any(_PLACE_COLUMN.match(c[0]) and not _SEAT_COLUMN.fullmatch(c[0])
                                                         for c in cells):
                    continue  # « Commune siège » beside « Commune site »: the site places the laureate
                # « Saint-Dié-des- / Vosges » broken over two lines: the merged name, in the « Dépt » column's département
                dep = next((c[1].strip() for c in cells if _DEP_COLUMN.fullmatch(c[0].strip())), None)
                if dep is None:
                    # « territoire » Martinique beside « commune_site » Saint-Pierre: a column naming the département
                    dep = next((code for c in cells if re.fullmatch(r"\s*(?:territoire|collectivite|dom|outre[\s-]mer)\s*", c[0])
                                and (code := self.gaz.department_code(c[1].strip()))), None)
                if dep is None:
                    # « Code postal » 97134: the postcode gives the département (« 971 » overseas)
                    pc = next((c[1].strip() for c in cells if re.fullmatch(r"\s*(?:code\s+postal|cp)\s*", c[0])
                               and re.fullmatch(r"\d{5}", c[1].strip())), None)
                    dep = pc and (pc[:3] if pc.startswith("97") else pc[:2])
                pc5 = re.match(r"\s*([^()\d\n]{2,50}?)\s*\(\s*((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97\d)\d{2,3})\s*\)", cell)
                if pc5 and len(pc5.group(2)) == 5 and self.gaz.communes_named(pc5.group(1), None):
                    # « Pleumeur-Bodou (22560) (nouvel atelier …) »: a commune and its postcode, a note after them
                    code5 = pc5.group(2)
                    cell, dep = pc5.group(1), code5[:3] if code5.startswith("97") else code5[:2]
                    if dep == "20":
                        dep = "2A" if code5 < "20200" else "2B"
                dm = re.fullmatch(r"(.+?)\s*\(\s*(" + DEPT_CODE_RE + r")\s*\)", cell.strip())
                dn = re.fullmatch(r"(.+?)\s*\(\s*([^()\d]{3,40}?)\s*\)", cell.strip())
                if dm:  # « Maubeuge (59) »
                    cell, dep = dm.group(1), dm.group(2)
                elif dn and self.gaz.department_code(dn.group(2)):  # « Figeac (Lot) »
                    cell, dep = dn.group(1), self.gaz.department_code(dn.group(2))
                elif dn and not self.gaz.communes_named(cell.strip(), None):
                    cell = dn.group(1)  # « Saint-Louis (Marie-Galante) »: the island named after the commune
                refs = self.gaz.communes_named(cell, dep if dep and self.gaz.department_of(dep) else None)
                if not refs and re.match(r"[^,;\n]{2,50}[,;]\s+(?:zone|za|zi|zac|parc|quartier|lieu-dit|site|port|rue|route|avenue|"
                                         r"boulevard|chemin|\d)", cell.strip(), re.IGNORECASE):
                    # « Site : Le Lamentin, zone de la Lézarde. »: the commune, then where in it
                    cell = re.split(r"[,;]", cell.strip(), maxsplit=1)[0]
                    refs = self.gaz.communes_named(cell, dep if dep and self.gaz.department_of(dep) else None)
                if len(refs) > 1 and norm(cell.strip()) in self.denied_deps:
                    refs = [r for r in refs if r.department not in self.denied_deps[norm(cell.strip())]]
                if len(refs) > 1:
                    refs = self._homonyms_by_table_section(refs, h.start)
                if len(refs) == 1:
                    _place_laureate(lau, refs[0], cs, ce, 0.9)
                continue
            if _DEP_COLUMN.fullmatch(label.strip()):
                # « Isère », « Landes (40) », « 38 » under « Département »: the laureate's département, which beats a
                # commune the prose rules read elsewhere in the row (« Landes » is also a commune of the 17)
                dc = re.fullmatch(r"\s*(?:(.+?)\s*\(\s*(" + DEPT_CODE_RE + r")\s*\)|(.+?))\s*", cell)
                code = dc and (self.gaz.department_code(dc.group(2)) if dc.group(2) else self.gaz.department_code(dc.group(3)))
                if code:
                    current = lau.fields.get("department_code")
                    if current is None or current.value != code:
                        for name in ("commune_insee", "commune_name"):
                            lau.fields.pop(name, None)
                        lau.fields["department_code"] = Value(code, cs, ce, 0.9)
                        lau.fields["region_code"] = Value(self.gaz.region_of_department(code), cs, ce, 0.9)
                continue
            qs = self.quantities_in(cs, ce)
            money = [(q, v) for q in qs if (v := column_amount(q, label)) is not None]
            role = money_column(label)
            if role and money:
                q, v = money[0]
                held = lau.fields.get(role[0])
                fc = fold(cell)
                if role[0] == "aid_eur" and len(money) == 2 and "subvention" in fc and re.search(r"avances?\s+remboursable", fc) \
                        and re.search(r"\s(?:et|\+)\s", fc) and not re.search(r"\bdont\b|\bpret|total|\bsoit\b", fc):
                    # « Aide : 936 000 € sous forme de subvention et 312 000 € sous forme d'avance remboursable »: both
                    # are the aid
                    v, q = v + money[1][1], Value(None, q.start, money[1][0].end, 0)
                    lau.fixed.add("aid_eur")
                    inv = lau.fields.get("investment_eur")
                    if inv is not None and q.start <= inv.start and inv.end <= q.end:
                        del lau.fields["investment_eur"]  # (one of the two parts, taken by the prose for the cost)
                if held is None or held.confidence <= role[1]:  # (a total cost beats an eligible base)
                    lau.fields[role[0]] = Value(v, q.start, q.end, role[1])
            elif role:
                if _EMPTY_CELL.fullmatch(fold(cell)):
                    # « n.c. » under « Aide de l'État »: the table says the aid is not known, so the row's comment
                    # (« prêt Bpifrance de 1 M€ en complément ») does not give it
                    unknown.add(role[0])
                    if lau.fields.get(role[0]) is not None and h.start <= lau.fields[role[0]].start < self._line_end(h.start):
                        lau.fields.pop(role[0])
                continue
            elif re.search(r"emplois?|postes|recrutements|\betp\b|\bempl\b", label) and qs:
                target = "jobs_kept" if re.search(r"maint|preserv", label) else "jobs_created"
                q = qs[0]
                if re.search(r"cre\w*\s*/\s*(?:maint|preserv|sauvegard|conserv)", label) and "/" in cell:
                    # « Emplois créés / maintenus » over « 25 / 60 »: the first is created (« – / 55 »: none)
                    slash = cs + cell.index("/")
                    made = [p for p in qs if p.end <= slash]
                    if not made:
                        continue
                    q, target = made[0], "jobs_created"
                if target == "jobs_created" and re.search(r"maint|preserv|sauvegard|conserv", fold(cell)):
                    # « 9 créations ; 64 emplois maintenus », « maintien des 35 emplois (pas de création) »
                    kept_words = r"maint\w*|preserv\w*|sauvegard\w*|conserv\w*|existants?"
                    made = [p for p in qs if not re.match(r"\s*\)?\s*(?:emplois?\s+|postes?\s+)?(?:" + kept_words + ")", self.folded[p.end:p.end + 25])
                            and not re.search(r"(?:" + kept_words + r")\s+(?:de\s+|des\s+|d\W)?(?:ses\s+|les\s+)?$", self.folded[max(cs, p.start - 25):p.start])]
                    if not made:
                        continue
                    q = made[0]
                lau.fields[target] = Value(q.int_value, q.start, q.end, 0.9)
            elif re.search(r"secteur|filiere|domaine", label):
                slug = _sector_of_words(fold(cell))
                if _OTHER_SECTOR.match(fold(cell)):
                    _drop_sector(lau)  # « Autre – métallurgie »: the cell says the activity is none of the five
                elif slug:
                    lau.fields["sector"] = Value(lexicon.SECTOR_NAMES[slug], cs, ce, 0.9)
                    lau.fields["sector_slug"] = Value(slug, cs, ce, 0.9)
            elif re.search(r"projet|intitule", label) and not re.search(r"appel|programme|dispositif|porteur|beneficiaire|"
                                                                      r"\bsite\b|\bsiege\b|\blieu\b", label) \
                    and not re.match(r"(?:id|identifiant|n°|no|num(?:ero)?|ref(?:erence)?|code)\b", label) \
                    and not _PLACE_COLUMN.match(label) and (not qs or (  # (« Commune (site du projet) » holds a place)
                        (caps := _CAPS_PROJECT.match(cell)) and all(q.end <= cs + caps.end("q") for q in qs))):
                # « SEKKOIA », « « Fil Vert » » name a project; « Atelier de dénoyautage et séchage » describes it
                # (« « LIDAR-MER » : capteurs lidar … »: the quoted name, then its description)
                quoted = re.fullmatch(r"\s*[«“\"]\s*(?P<q>[^»”\"]{2,60}?)\s*[»”\"]\s*(?:[:–—-]\s.*)?", cell, re.DOTALL)
                words = cell.split()
                # (« PROTEOL – extraction … », « CAPSULE 2 – extension … »: a name in capitals, then what it is)
                caps = _CAPS_PROJECT.match(cell)
                if quoted:
                    lau.fields["project"] = Value(quoted.group("q"), cs, ce, 0.85)
                elif caps:
                    lau.fields["project"] = Value(caps.group("q"), cs + caps.start("q"), cs + caps.end("q"), 0.8)
                elif len(words) <= 5 and all(not w[:1].islower() for w in words if len(w) >= 4) \
                        and not _EMPTY_CELL.fullmatch(fold(cell)):
                    lau.fields["project"] = Value(cell, cs, ce, 0.85)
            elif qs and not _PLACE_COLUMN.match(label) and not re.search(r"dep\w*\.?$|departement|siret|siren|code", label):
                # a description cell « Nouvelle ligne … – 1,85 M€ ; 12 créations de postes »: read as prose
                described.append((cs, ce))
        for cs, ce in described:
            bare = []
            for q in self.quantities_in(cs, ce):
                if not q.money:
                    continue
                role, conf = self.money_role(q, cs)
                name = {"investment": "investment_eur", "aid": "aid_eur"}.get(role)
                if name and name not in lau.fields and name not in unknown:
                    lau.fields[name] = Value(q.int_value, q.start, q.end, min(conf, 0.7))
                elif role == "other":
                    bare.append(q)
            aid = lau.fields.get("aid_eur")
            if bare and aid is not None and "investment_eur" not in lau.fields:
                bigger = [q for q in bare if q.int_value > aid.value]  # an aid never exceeds what it pays for
                if bigger:
                    lau.fields["investment_eur"] = Value(bigger[0].int_value, bigger[0].start, bigger[0].end, 0.5)
            if "jobs_created" not in lau.fields:
                self._jobs(lau, cs, ce)

    def _project(self, s, e) -> Value | None:
        m = _PROJECT_NAME.search(self.text, s, e) or _PROJECT_FRONTED.search(self.text, s, e)
        if m:
            name = m.group("name").strip()
            if 1 <= len(name.split()) <= 6:
                return Value(name, m.start("name"), m.start("name") + len(name), 0.8)
        m = _PROJECT_CAPS.search(self.text, s, e)
        if m:
            return Value(m.group("name"), m.start("name"), m.end("name"), 0.65)
        m = _PROJECT_PAREN.search(self.text, s, e)
        if m and m.group("name").islower():
            m = None  # « des petites cellules (« small cells ») »: a term explained, not a project's name
        if m and not re.match(r"[A-ZÀ-Ý0-9 .-]{2,}$", m.group("name")) or (m and len(m.group("name").split()) >= 2):
            return Value(m.group("name"), m.start("name"), m.end("name"), 0.5)
        for m in _PROJECT_CAPWORD.finditer(self.text, s, e):
            name = m.group("name")
            key = norm(name)
            if key in lexicon.INSTITUTIONS or key in self.gaz.communes or key in self.gaz.department_names \
                    or key in self.gaz.region_names or key in lexicon.UMBRELLA_PLANS:
                continue
            return Value(name, m.start("name"), m.end("name"), 0.55)
        return None

    # --- place --------------------------------------------------------------------------------
    def _place(self, lau: Laureate, h: Header, s: int, e: int):
        t, f = self.text, self.folded
        org = h.org
        candidates = []  # (confidence, start, end, CommuneRef | None, dep code | None, reason)
        seg_deps = []
        # Départements named in the segment (« en Isère », « (38) »).
        for m in re.finditer(r"\(\s*(" + DEPT_CODE_RE + r")\s*(?:\)|,(?!\s*\d{2}))", t[s:e]):
            if self.gaz.department_of(m.group(1)):
                seg_deps.append((m.group(1), s + m.start(1), s + m.end(1)))
        # (« MÉTALLERIE DE L'EST RÉUNIONNAIS (MER) »: the acronym in capitals after the name is no commune « Mer »)
        seg_places = [p for p in self.places_in(s, e) if not (
            t[p.start - 1:p.start] == "(" and t[p.start:p.end].isupper() and org.end <= p.start <= org.end + 3
            and t[p.end:p.end + 1] == ")")]
        denied = set()
        for p in seg_places:
            before = f[max(0, p.start - 25):p.start]
            if _REFERENCE_POINT_LEFT.search(f, max(0, p.start - 30), p.start):
                continue  # « au sud de Vienne »: a town that places the site, not its département
            if p.kind == "department" and (_DENIED_PLACE.search(f, max(0, p.start - 60), p.start)
                                           or _UNCONCERNED_AFTER.match(f, p.end, min(len(f), p.end + 120))):
                # « rien à voir avec son homonyme du Rhône », « nos collègues de Bassens en Savoie (…) ne sont pas
                # concernés »: said not to be the place
                denied.add(p.candidates[0])
                continue
            if p.kind == "department" and (_DEP_PREP.search(before) or t[p.start - 1:p.start] == "(" or (
                    p.candidates[0].startswith("97") and p.start < h.org.start and re.search(r"\ba\s+(?:la\s+)?$", before))):  # « à Mayotte »
                if re.search(r"\bsiege\b[^.;!?]{0,60}$", re.sub(r"\.\.\.|…|\.(?=\s+(?:de|du|des|en|dans)\s)", " ", f[max(s, p.start - 80):p.start])):
                    continue  # « … dont le siège est à Saint-Pierre… de La Réunion »: where the seat is, not the site
                seg_deps.append((p.candidates[0], p.start, p.end))
        if h.dep_hint and not seg_deps:
            seg_deps.append(h.dep_hint)
        dep_codes = [d for d, _, _ in seg_deps]
        context_deps = list(dict.fromkeys(dep_codes + self.context["departments"]))
        context_regs = [p.candidates[0] for p in seg_places if p.kind == "region"] + self.context["regions"]

        if h.kind == "plural":
            # « Les Scieries de Rambervillers et Y, à Golbey, reçoivent … »: the place after the last subject is its
            # own; a commune closing an earlier subject's name is that one's.
            named = self._commune_in_name(org, dep_codes, context_regs, after_de=True)
            if named and named[2] == org.end:
                candidates.append((0.8,) + named[1:])
        near_towns = set()  # spans of towns named only to place a homonym (« commune voisine de Redon »)
        for p in ([] if candidates else seg_places):
            if p.kind != "commune":
                continue
            if _FORMER_EMPLOYER_PLACE.search(f, max(s, _enclosing(self.sentences, p.start)[0], p.start - 100), p.start):
                continue  # « Son dirigeant a passé douze ans chez X, à Lille »: the former employer's town
            if denied and len(p.candidates) > 1 and any(r.department not in denied for r in p.candidates):
                p = PlaceMention(p.start, p.end, p.kind, tuple(r for r in p.candidates if r.department not in denied))
            if (p.start, p.end) in near_towns:
                continue  # « Sainte-Marie, commune voisine de Redon (Ille-et-Vilaine) »: Redon only places its neighbour
            if len(p.candidates) > 1:
                near = self._demonym_department(p, near_towns)
                if near:  # « Changé, dans l'agglomération lavalloise »: the homonym near Laval
                    p = PlaceMention(p.start, p.end, p.kind, tuple(r for r in p.candidates if r.department == near))
                    if len(p.candidates) == 1 and (near_towns or _DEMONYM_BEFORE.search(f, max(0, p.start - 60), p.start)):
                        candidates.append((0.9, p.start, p.end, p.candidates[0], near, "department named"))
                        continue
            if org.start <= p.start < org.end and h.kind != "table":
                continue
            if lexicon.REGISTRY_COURT_LEFT.search(f, max(0, p.start - 45), p.start):
                continue  # « RCS Bourges 834 512 908 »: the registry's court, not a site
            if _SIGNED_AT_LEFT.search(f, max(0, p.start - 12), p.start):
                continue  # « Fait à Alençon, le 18 novembre 2021 »: where the prefect signed the decree
            if (_REFERENCE_POINT_LEFT.search(f, max(0, p.start - 30), p.start) or _AREA_OF_LEFT.search(f, max(0, p.start - 30), p.start)) and any(
                    q.kind == "commune" and q is not p and not _REFERENCE_POINT_LEFT.search(f, max(0, q.start - 30), q.start)
                    and not _AREA_OF_LEFT.search(f, max(0, q.start - 30), q.start) for q in seg_places):
                continue  # « Au sud de Lyon, …, X investit … à Saint-Fons »: the city that places the site
            if any(q.start < p.start and q.kind == "commune" for q in seg_places) and \
                    _BETWEEN_TOWNS_LEFT.search(f, max(0, p.start - 40), p.start):
                continue  # « installé à Valence, …, entre Agen et Castelsarrasin »: the towns that place it, not its site
            nw = re.match(r"[ \t]+([A-ZÀ-Ý][\w-]+)", t[p.end:p.end + 30])
            if nw and (fold(nw.group(1)) in lexicon.TRADE_HEADS or fold(nw.group(1)) in _NAME_TAIL_WORDS) \
                    and not (org.start <= p.start < org.end):
                continue  # « et Givet Céramiques en 2022 »: the commune opens another company's name
            name = t[p.start:p.end]
            if any(q.kind == "department" and q.start == p.start and q.end == p.end for q in seg_places) \
                    and (all(r.name != name for r in p.candidates)
                         or re.search(r"(?:\ben|\bdans\s+(?:le|la|les|l\W))\s*$", f[max(0, p.start - 12):p.start])
                         # (« à La Réunion », « à Mayotte »: the island, not a commune of that name in the Lot-et-Garonne)
                         or any(q.kind == "department" and q.start == p.start and str(q.candidates[0]).startswith("97")
                                for q in seg_places)):
                # « Neyret (Loire) »: the département, not the commune Loiré written without its accent;
                # « dans le Doubs », « en Lozère »: the département, whatever commune bears its name.
                continue
            if re.search(r"(?:de\s+la|du|des)\s+$", f[max(0, p.start - 8):p.start]) and \
                    _PLACE_OF_ZONE.search(f, max(0, p.start - 45), p.start) and \
                    not any(r.department in context_deps for r in p.candidates):
                continue  # « dans la zone de la Limoise »: a local place name, the same as a commune elsewhere
            key = norm(name)
            after = t[p.end:p.end + 40]
            before = f[max(s, p.start - 45):p.start]
            # (« dont le siège social et les services administratifs sont à Bourges »: a seat is said in more words)
            seat_before = f[max(s, p.start - 70):p.start]
            explicit = re.match(r"\s*\(\s*(" + DEPT_CODE_RE + r")\s*\)|\s*[,–—-]\s*(" + DEPT_CODE_RE + r")\b(?!\s*(?:%|€|M|k|mil|emplo|salar))", after)
            inside_paren = re.search(r"\(\s*$", t[max(s, p.start - 3):p.start]) and re.match(r"\s*[,–—-]\s*(" + DEPT_CODE_RE + r")\s*\)", after)
            dep = None
            conf = 0.0
            reason = ""
            if explicit or inside_paren:
                dep = (explicit.group(1) or explicit.group(2)) if explicit else inside_paren.group(1)
                ref, c = choose(list(p.candidates), dep)
                if ref:
                    # (« Siège : Cluses (74) – Établissement bénéficiaire : … Marnaz (74) »: the seat yields to the site)
                    seat = bool(_SEAT_CUE.search(seat_before))
                    candidates.append((0.95 * (0.7 if seat else 1.0), p.start, p.end, ref, dep, "seat" if seat else "code"))
                    continue
            pc = re.search(r"(?<!\d)(?<!\d )(\d{5})[ \t]+$", t[max(s, p.start - 12):p.start])
            if pc:  # « 14500 Vire Normandie »: an address; the postcode gives the département
                code = pc.group(1)
                dep = code[:3] if code.startswith("97") else ("2A" if code < "20200" else "2B") if code.startswith("20") else code[:2]
                ref, c = choose(list(p.candidates), dep)
                if ref:
                    # (« Siège : 12 avenue de la République, 52000 Chaumont »: the seat's address yields to the site's)
                    seat = bool(re.search(r"(?:^|\n|[.–—|][ \t])[ \t]*(?:[-•*][ \t]*)?siege(?:\s+social)?\s*:[^\n]*$", f[max(s, p.start - 90):p.start]))
                    candidates.append((0.93 * (0.7 if seat else 1.0), p.start, p.end, ref, dep, "seat" if seat else "postcode"))
                    continue
            dm = re.match(r"\s*(?:\(|,\s*|\s)(?:en|dans\s+l['’]|dans\s+le|dans\s+la|dans\s+les)?\s*([A-ZÉÈ][\w'’ -]+?)\s*(?:\)|[,.;:]|\s)", after)
            if dm:
                code = self.gaz.department_code(dm.group(1).strip())
                if code:
                    ref, c = choose(list(p.candidates), code)
                    if ref is None:
                        # « À Montreuil, dans le Pas-de-Calais »: the short name of the one commune of that
                        # département it begins (Montreuil-sur-Mer)
                        refs = self.gaz.communes_starting(name, [code], named_elsewhere=True)
                        ref = refs[0] if len(refs) == 1 else None
                    if ref:
                        # (« dont le siège est à Montbéliard (Doubs) »: the seat yields to a site, as below)
                        seat = bool(_SEAT_CUE.search(seat_before))
                        candidates.append((0.9 * (0.7 if seat else 1.0), p.start, p.end, ref, code,
                                           "seat" if seat else "department named"))
                        continue
            dep_here = next((d.candidates[0] for d in seg_places if d.kind == "department" and d.start == p.start
                             and d.end == p.end), None)
            if dep_here and t[p.start - 1:p.start] == "(" and any(q.kind == "commune" and 0 < p.start - q.end <= 3
                                                                  for q in seg_places):
                continue  # « Changé (Mayenne) »: the département of the commune before it, not the commune Mayenne
            if dep_here and t[p.start - 1:p.start] == "(" and all(r.department != dep_here for r in p.candidates):
                continue  # « Malterie du Berry (Indre) »: the département, not the commune Indre of the Loire-Atlantique
            cue = _PLACE_CUE.search(before)
            # « La société X (Lannion) va … », « ONDALINK (Pleumeur-Bodou) conçoit … »: the commune in brackets
            # right after the name is the laureate's, like a place given in a header.
            in_header = (h.place_hint and h.place_hint[0] <= p.start < h.place_hint[1]) or (
                re.fullmatch(r"\s*\(\s*", t[org.end:p.start]) and re.match(r"\s*[),]", t[p.end:p.end + 3])) or (
                # « Les Forges du Rouergue, à Rodez, font partie … »: the commune set off right after the name
                re.fullmatch(r"\s*,\s*(?:à|a)\s+", t[org.end:p.start]) and re.match(r"\s*,", t[p.end:p.end + 2]))
            ambiguous = is_ambiguous_name(key) or (name.isupper() and len(name) > 3)
            if cue or in_header:
                ref, c = choose(list(p.candidates), None, context_deps, context_regs)
                ref = _prefer_city(p.candidates, ref, dep_codes, self.context)
                dom = self.context["dominant"]
                if ref and c < 0.5 and dom and ref.department != dom:
                    continue  # « Saint-Nazaire » in a text about the Isère: a homonym we cannot place
                if ref and not (ambiguous and not in_header and c < 0.7):
                    conf = c * (0.95 if in_header else 0.9)
                    if in_header and h.story and len(p.candidates) == 1 and (p.start, p.end) == tuple(h.place_hint or ()):
                        conf = max(conf, 0.92)  # « Le Lamentin : Caraïbes Perfusion retenue … »: the story's own commune
                    elif in_header and len(p.candidates) == 1 and re.fullmatch(r"\s*,\s*(?:à|a)\s+", t[org.end:p.start]):
                        conf = max(conf, 0.92)  # « Les Forges du Rouergue, à Rodez, … »: named with the company itself
                    seat = bool(_SEAT_CUE.search(seat_before))  # (« (siège à Bourges, usine à Issoudun) » too)
                    if seat:
                        conf *= 0.85  # « Basée à Brest, la start-up … industrialise à Landerneau »: the seat yields to a site
                    candidates.append((conf, p.start, p.end, ref, None, "seat" if seat else "cue"))
                    continue
            if ambiguous or _sentence_initial(t, p.start):
                continue
            ref, c = choose(list(p.candidates), None, [self.context["dominant"]] if self.context["dominant"] else dep_codes[:1])
            if ref and c >= 0.75:
                candidates.append((0.55, p.start, p.end, ref, None, "territory"))
        if not candidates and h.place_hint:
            # « (Terrasson) », « (Sarlat) »: the first word(s) of a longer commune name of the département
            # (Terrasson-Lavilledieu, Sarlat-la-Canéda), when only one commune there starts with them.
            hs, he = h.place_hint
            pm = re.search(r"\(\s*([A-ZÀ-Ý][^()\n,;:]{2,40}?)\s*\)", t[hs - 1:he + 1])
            if pm and _written_as_place(pm.group(0)):
                dep = (dep_codes[:1] or [self.context["dominant"]] or [None])[0]
                refs = self.gaz.communes_starting(pm.group(1), dep or self.context["departments"][:1] or None)
                if len(refs) == 1:
                    cs = hs - 1 + pm.start(1)
                    candidates.append((0.6 if dep else 0.5, cs, cs + len(pm.group(1)), refs[0], dep, "short form"))
            # « X à Mont-de-Mar » at the very end of an excerpt: the commune of the text's territory that the cut
            # name begins.
        ps_ = t.rfind("\n", 0, org.start) + 1  # the line of the name, and the one above it
        lb = t.rfind("\n", 0, max(0, ps_ - 1)) + 1
        dh = _DATED_HEADING.match(t, lb) if ps_ - lb < 90 else None
        if dh:
            # « ▸ 9 NOVEMBRE — SAINT-DIZIER » above the item: the chronicle's town is the laureate's, rather than a
            # word of its first sentence (« Bonne nouvelle pour … »)
            town = next((p for p in self.places_in(dh.end(), ps_) if p.kind == "commune"), None)
            if town:
                ref, c = choose(list(town.candidates), None, context_deps, context_regs)
                if ref:
                    candidates = [x for x in candidates if x[5] in ("code", "postcode", "department named")]
                    candidates.append((0.85, town.start, town.end, ref, None, "dateline"))
        if not candidates or max(candidates, key=lambda c: c[0])[5] == "seat":
            # « Vierzon. Dans le hangar … » (a dateline), « À Vierzon, … »: the commune opening the laureate's
            # paragraph, rather than a head office named later
            opening = self._paragraph_place(org.start, context_deps, context_regs)
            if opening:
                candidates.append(opening if not candidates else (0.8,) + opening[1:])
        if not candidates and h.kind != "table":
            named = self._commune_in_name(org, dep_codes, context_regs)
            if named:
                candidates.append(named)

        # « … dans une pépinière de Chambéry, où elle a gardé son siège »: the seat said after the commune, in any
        # mention of the passage
        seats = {c[3].code for c in candidates if c[5] == "seat"} | {
            p.candidates[0].code for p in seg_places
            if p.kind == "commune" and len(p.candidates) == 1 and _SEAT_AFTER.match(f, p.end)}
        if seats and any(c[3].code not in seats for c in candidates):
            # « Chalon-sur-Saône. Retenue … » then « Ses bureaux sont … à Chalon-sur-Saône, mais c'est à Saint-Marcel
            # que … »: the commune said to be the seat is the seat in every mention
            candidates = [(c[0] * 0.85, *c[1:5], "seat") if c[3].code in seats and c[5] != "seat" else c
                          for c in candidates]
        if any(c[5] == "seat" for c in candidates) and any(c[5] in ("cue", "code", "postcode", "department named")
                                                           for c in candidates):
            # « … une nouvelle unité à Saint-Pierre » and, in the footer, « Siège social : … 97400 Saint-Denis »: a
            # site said in the text beats any seat
            candidates = [c for c in candidates if c[5] != "seat"]
        if candidates:
            # Prefer communes in the territory of the segment, then of the text.
            def score(c):
                conf, start, _, ref, _, reason = c
                bonus = 0.0
                if dep_codes and ref.department in dep_codes and reason != "seat":
                    bonus += 0.1  # (the seat's own « (Doubs) » is no hint of where the site is)
                if self.context["dominant"] and ref.department == self.context["dominant"]:
                    bonus += 0.05
                if reason == "cue":
                    ss_ = _enclosing(self.sentences, start)[0]
                    if _SITE_WORDS_LEFT.search(f, max(ss_, start - 120), start):
                        bonus += 0.05  # « construire une unité de production … sur la commune de Sarrola-Carcopino »
                    elif _FOUNDED_LEFT.search(f, max(ss_, start - 30), start):
                        bonus -= 0.05  # « Créé en 2012 à Ajaccio, le laboratoire … »: where it began, not where it builds
                return (conf + bonus, -start)
            conf, cs, ce, ref, dep, reason = max(candidates, key=score)
            lau.fields["commune_insee"] = Value(ref.code, cs, ce, min(conf, 0.97))
            lau.fields["commune_name"] = Value(ref.name, cs, ce, min(conf, 0.97))
            lau.fields["department_code"] = Value(ref.department, cs, ce, min(conf + 0.02, 0.98))
            lau.fields["region_code"] = Value(ref.region, cs, ce, min(conf + 0.03, 0.98))
            return
        if seg_deps:
            code, ds, de = seg_deps[0]
            lau.fields["department_code"] = Value(code, ds, de, 0.8)
            lau.fields["region_code"] = Value(self.gaz.region_of_department(code), ds, de, 0.8)
            return
        dom = self.context["dominant"]
        if dom:
            counts = self.context["dep_counts"]
            lau.fields["department_code"] = Value(dom, s, s, 0.5)
            lau.fields["region_code"] = Value(self.gaz.region_of_department(dom), s, s, 0.5)
            del counts
            return
        regs = [p for p in seg_places if p.kind == "region"]
        if regs:
            lau.fields["region_code"] = Value(regs[0].candidates[0], regs[0].start, regs[0].end, 0.7)

    def _apply_corrections(self, laureates: list[Laureate]) -> None:
        """« CORRECTIF : • Maille & Santé crée 12 emplois, pas 21 ; • la LAT est à Brie en Ille-et-Vilaine (35) »,
        « Erratum : … l'aide accordée est de 290 000 €, pas 360 000 € »: a correction later in the text replaces the
        figure or the place it names for that laureate."""
        t, f = self.text, self.folded
        for cm in _CORRECTION_CUE.finditer(f, 0, self.own_end):
            window_end = min(self.own_end, cm.end() + 700)
            for ss, se in self.sentences:
                if se <= cm.start() or ss >= window_end:
                    continue
                # (a bulleted list of corrections: each bullet is its own sentence)
                for part_s, part_e in [(ss + m.start(), ss + m.end()) for m in re.finditer(r"[^\n•;]+", t[ss:se])]:
                    part = f[part_s:part_e]
                    lau = next((lau for lau in laureates if self._names_laureate(lau, part_s, part_e)), None)
                    if lau is None:
                        continue
                    jm = re.search(r"(\d+)\s+(?:emplois|postes|embauches|recrutements)\b[^.;]{0,25}?,?\s*(?:pas|et\s+non)\s+(\d+)", part)
                    if jm:
                        pos = part_s + jm.start(1)
                        lau.fields["jobs_created"] = Value(int(jm.group(1)), pos, pos + len(jm.group(1)), 0.85)
                    qs = [q for q in self.quantities_in(part_s, part_e) if q.money]
                    for a, b in zip(qs, qs[1:]):
                        if re.fullmatch(r"\s*,?\s*(?:et\s+)?(?:pas|non)\s+(?:de\s+)?", f[a.end:b.start]):
                            for name in ("aid_eur", "investment_eur"):
                                v = lau.fields.get(name)
                                if v is not None and v.value == b.int_value:
                                    lau.fields[name] = Value(a.int_value, a.start, a.end, 0.85)
                    pm = re.search(r"\b(?:est|sont|se\s+trouve|sera)\s+(?:bien\s+|installee?\s+|implantee?\s+)?(?:a|au)\s+", part)
                    if pm:
                        for p in self.places_in(part_s + pm.end(), part_e):
                            if p.kind != "commune":
                                continue
                            after = t[p.end:part_e]
                            dep = next((self.gaz.department_code(d.strip()) or (d.strip() if self.gaz.department_of(d.strip()) else None)
                                        for d in re.findall(r"\(\s*([^()]{2,30})\s*\)|\ben\s+([A-ZÀ-Ý][\w'’ -]{2,30})", after)[:1]
                                        for d in [x for x in d if x]), None)
                            ref, _ = choose(list(p.candidates), dep, self.context["departments"])
                            if ref is not None:
                                _place_laureate(lau, ref, p.start, p.end, 0.85)
                            break

    def _names_laureate(self, lau: Laureate, s: int, e: int) -> bool:
        """The laureate is named in text[s:e]: its name, its last word(s) or the acronym given for it."""
        org = lau.get("organisation") or ""
        part = self.text[s:e]
        if org and org in part:
            return True
        acr = re.search(re.escape(org) + r"\s*\(\s*([A-Z][A-Z0-9&]{1,7})\s*\)", self.text) if org else None
        if acr and re.search(r"(?<![\w-])" + re.escape(acr.group(1)) + r"(?![\w-])", part):
            return True
        words = org.split()
        return len(words) >= 2 and len(words[-1]) >= 5 and bool(re.search(r"(?<![\w-])" + re.escape(words[-1]) + r"(?![\w-])", part))

    def _affirmed_department(self, p: PlaceMention) -> str | None:
        """The département written right after a commune: « Ussel (Cantal) », « Ussel dans le Cantal », « Ussel, en
        Corrèze », « Sainte-Marie cantalienne » — when it is one of the commune's homonyms' (« ? » when asked)."""
        if _DENIED_PLACE.search(self.folded, max(0, p.start - 60), p.start) or \
                re.search(r"\b(?:pas|non|ni)\s+(?:a|de|dans|en)?\s*$", self.folded[max(0, p.start - 12):p.start]):
            return None  # « et non à Allonnes (Maine-et-Loire) »: the homonym it is not
        after = self.text[p.end:p.end + 40]
        code = None
        m = re.match(r"\s*\(\s*([^()\n]{2,30}?)\s*\)|\s*,?\s+(?:dans\s+(?:le|la|les|l['’])|en)\s*([A-ZÀ-Ý][\w'’-]+(?:[ -][\w'’-]+){0,3}?)"
                     r"(?=[\s,.;:)!?]|$)", after)
        if m:
            code = self.gaz.department_code((m.group(1) or m.group(2)).strip())
            if code and re.match(r"\s*(?:ou\b|\?)", after[m.end():]):
                return "?"  # « Saint-Claude en Guadeloupe ou chez nous ? », « est bien Lavaur dans le Tarn ? »: in doubt
        if code is None:
            dm = re.match(r"[ \t]+([a-z]{5,})\b", self.folded[p.end:p.end + 30])
            code = dm and self._department_of_demonym(dm.group(1))
        return code if code and any(r.department == code for r in p.candidates) else None

    def _department_of_demonym(self, word: str) -> str | None:
        """« cantalienne » → 15, « jurassien » → 39, « aveyronnaise » → 12: a one-word département's name (its final
        « e » or « s » dropped) followed by an adjective's ending."""
        stems = {word[:k] for k in range(4, len(word) - 1)
                 if re.fullmatch(r"(?:ss|nn|n)?(?:ien|ienne|iens|iennes|ois|oise|oises|ais|aise|aises|ain|aine|ains|aines|"
                                 r"eois|eoise|en|enne|ens|ennes)", word[k:])}
        found = {code for code, d in _one_word_departments(self.gaz).items() if d in stems}
        return found.pop() if len(found) == 1 else None

    def _demonym_department(self, p: PlaceMention, near_towns: set | None = None) -> str | None:
        """« Changé, dans l'agglomération lavalloise », « Marly, dans l'agglomération messine »: the adjective of a
        town right after a homonym commune; the département of the homonym that has that town (« lavalloise » →
        Laval, Mayenne)."""
        dm = re.match(r"[ \t]+([a-z]{5,})\b", self.folded[p.end:p.end + 30])
        if dm:
            # « notre Sainte-Marie cantalienne »: the adjective of a département right after the commune
            code = self._department_of_demonym(dm.group(1))
            if code and any(r.department == code for r in p.candidates):
                return code
        hm = re.match(r"\s*,?\s*(?:en|dans\s+la)\s+(?:haute|basse|moyenne)-([a-z]{4,})\b", self.folded[p.end:p.end + 40])
        if hm:
            # « À Ussel, en Haute-Corrèze »: the upper part of a département named by one word
            code = next((c for c, d in _one_word_departments(self.gaz).items() if hm.group(1).startswith(d)), None)
            if code and any(r.department == code for r in p.candidates):
                return code
        bm = _DEMONYM_BEFORE.search(self.folded, max(0, p.start - 60), p.start)
        if bm:
            # « sur le plateau creusois, à Saint-Priest »: the adjective of a département just before the commune
            code = self._department_of_demonym(bm.group("adj"))
            if code and any(r.department == code for r in p.candidates):
                return code
        m = _NEAR_DEMONYM.match(self.folded, p.end, p.end + 70)
        if not m:
            # « à Beaumont, aux portes de Clermont-Ferrand »: the town it neighbours, named
            n = _NEAR_TOWN.match(self.folded, p.end, p.end + 70)
            town = n and next((q for q in self.places_in(n.end() - 1, n.end() + 40)
                               if q.kind == "commune" and q.start >= n.end() - 1 and len(q.candidates) == 1), None)
            deps = {r.department for r in p.candidates}
            if not (town and town.candidates[0].department in deps):
                return None
            if near_towns is not None:
                near_towns.add((town.start, town.end))
            return town.candidates[0].department
        adj = m.group("adj")
        deps = {r.department for r in p.candidates}
        found = set()
        for k in range(4, len(adj) - 2):
            rest = adj[k:]
            if not re.fullmatch(r"[a-z]?(?:ois|oise|ais|aise|ien|ienne|in|ine|ain|aine|on|onne|ois|ins|iens|ais)s?|"
                                r"(?:e|i)?(?:en|enne)s?", rest):
                continue
            for ref in self.gaz.communes.get(adj[:k], []):
                if ref.department in deps and ref.population >= 2000:
                    found.add(ref.department)
        return found.pop() if len(found) == 1 else None

    def _commune_in_name(self, org: Value, dep_codes, context_regs, after_de=False):
        """« Hautmont Tôlerie Industrielle », « Joigny Céréales », « Pharmaplast Évreux »: a company named after its
        town, when its passage gives no commune; only a commune of the passage's or the text's départements (else
        region), and only one. ``after_de``: instead, the commune closing the name after « de » (« Scieries de X »),
        which may be the only commune of that name in France."""
        def before_of(p):
            return self.text[org.start:p.start]

        for p in self.places_in(org.start, org.end):
            if p.kind != "commune":
                continue
            if after_de:
                if p.end != org.end or not re.search(r"\s(?:de|du|d['’])\s*$", before_of(p)):
                    continue
            elif not (p.start == org.start and p.end < org.end) and not (
                    # « Sofrelec Fougères »: the site's town written after the brand (not « X de Commune »)
                    p.end == org.end and p.start > org.start and not re.search(r"\d", org.value)
                    and re.search(r"[A-ZÀ-Ýa-zà-ÿ]{3,}[ \t]+$", before_of(p))
                    and not re.search(r"\b(?:SAS|SA|SARL|SASU|EURL|SNC|SCOP)[ \t]+$", before_of(p))
                    and not re.search(r"\b(?:de|du|des|d['’])\s*\S*\s*$", before_of(p))):
                continue
            for scope in (list(dep_codes), self.context["departments"]):
                refs = [r for r in p.candidates if r.department in scope]
                if refs:
                    break
            else:
                refs = [r for r in p.candidates if r.region in context_regs]
                if after_de and not refs and len(p.candidates) == 1:
                    refs = list(p.candidates)
            word = self.text[p.start:p.end]
            if len(refs) == 1 and any(fold(fm.group(1)) in lexicon.FIRST_NAMES for fm in re.finditer(
                    r"\b([A-ZÀ-Ý][\w-]+)\s+" + re.escape(word) + r"\b", self.text)):
                return None  # « Lamothe Précision, … fondée par Antoine Lamothe »: the founder's name, not a town
            if len(refs) == 1:
                return (0.5, p.start, p.end, refs[0], None, "name")
            return None
        return None

    # --- sector -------------------------------------------------------------------------------
    def _sector(self, lau: Laureate, h: Header, s: int, e: int):
        f = self.folded
        # A heading (« … retenus dans le secteur de la santé : ») or the header sentence names it.
        if h.sector_hint:
            hs, he = h.sector_hint
            slug = _sector_of_words(f[hs:he])
            if slug:
                lau.fields["sector"] = Value(lexicon.SECTOR_NAMES[slug], hs, he, 0.9)
                lau.fields["sector_slug"] = Value(slug, hs, he, 0.9)
                return
        # a web page's card: its category on the line just above the name (« Santé » / « NordPharma Galénique »)
        above = re.search(r"(?:^|\n)[ \t]*([^\n]{2,45}?)[ \t]*\n(?:[ \t]*\n)?[ \t]*$", f[max(0, h.start - 120):h.start])
        # (« (Re)localisations – agroalimentaire »: the call, then the sector)
        if above and re.sub(r"^(?:\(re\)\s*localisations?|relocalisations?|resilience|volet|aap|appel|fonds)\b[^\n–—|•(]{0,40}?\s[–—-]\s+",
                            "", above.group(1)).strip(" :#") in _SECTOR_TITLE_WORDS:
            slug = _sector_of_words(above.group(1))
            if slug:
                hs, he = max(0, h.start - 120) + above.start(1), max(0, h.start - 120) + above.end(1)
                lau.fields["sector"] = Value(lexicon.SECTOR_NAMES[slug], hs, he, 0.9)
                lau.fields["sector_slug"] = Value(slug, hs, he, 0.9)
                return
        lm = re.search(r"(?:^|\n)[ \t]*(?:[-–•*][ \t]*)?(?:secteur|filiere|domaine)(?:\s+d\W?activite)?\s*:([^\n]*)", f[s:e])
        if lm:
            # « Secteur : santé – façonnage de comprimés »: the label line says it
            slug = _sector_of_words(lm.group(1))
            if slug and not _OTHER_SECTOR.match(lm.group(1)):
                ls, le = s + lm.start(1), s + lm.end(1)
                lau.fields["sector"] = Value(lexicon.SECTOR_NAMES[slug], ls, le, 0.9)
                lau.fields["sector_slug"] = Value(slug, ls, le, 0.9)
                return
            if _OTHER_SECTOR.match(lm.group(1)):
                _drop_sector(lau)
                return
        head_end = max(h.end_of_header, h.org.end)
        header_sent = f[s:self._line_end(head_end)]
        named = _sectors_named(header_sent)
        span = None
        if len(named) == 1:
            slug, span = named[0][0], (s + named[0][1], s + named[0][2])
            conf = 0.95
        else:
            heading = self._heading_before(s)
            if heading:
                hs, he = heading
                named = _sectors_named(f[hs:he])
                if len(set(n[0] for n in named)) == 1:
                    slug, span, conf = named[0][0], (hs + named[0][1], hs + named[0][2]), 0.9
            if span is None:
                # « ▌SANTÉ », « ## Agroalimentaire », « INTRANTS ESSENTIELS DE L'INDUSTRIE »: a section title above
                section = None
                for m in _SECTION_TITLE.finditer(self.text, max(0, h.org.start - 1500), h.org.start):
                    section = m
                if section:
                    g = "title" if section.group("title") else "caps"
                    hs, he = section.start(g), section.end(g)
                    # the title names a sector, and nothing else (« ▌SANTÉ », « ## Agroalimentaire »)
                    found = _sector_of_words(f[hs:he]) if len(f[hs:he].split()) <= 5 else None
                    if found and f[hs:he].strip(" :#") in _SECTOR_TITLE_WORDS:
                        slug, span, conf = found, (hs, he), 0.85
        scores, evidence, naf = Counter(), {}, Counter()
        for m in lexicon.SECTOR_RE.finditer(f, s, e):
            sector, weight, division = lexicon.SECTOR_CUE_OF_GROUP[m.lastgroup]
            scores[sector] += weight
            evidence.setdefault(sector, (m.start(), m.end()))
            if division:
                naf[(sector, division)] += weight
        if span is None:
            if not scores:
                return
            (slug, best), *rest = scores.most_common()
            second = rest[0][1] if rest else 0
            if best < 2:
                return
            conf = 0.85 if best >= 2 * second and best >= 3 else 0.6
            span = evidence[slug]
        lau.fields["sector"] = Value(lexicon.SECTOR_NAMES[slug], span[0], span[1], conf)
        lau.fields["sector_slug"] = Value(slug, span[0], span[1], conf)
        divisions = [(w, d) for (sec, d), w in naf.items() if sec == slug]
        if divisions:
            w, d = max(divisions)
            if w >= 2:
                lau.fields["naf_division"] = Value(d, span[0], span[1], 0.6)

    def _homonyms_by_table_section(self, refs, pos: int):
        """« Héricourt » in a row under the heading line « HAUTE-SAÔNE » (a table per département): the homonym of that
        département; else the one of the région the text is about (« Clamecy » in a release of Bourgogne-Franche-Comté)."""
        t = self.text
        for p in reversed(self.places):
            if p.start >= pos or p.kind != "department" or p.start < pos - 2500:
                continue
            ls = t.rfind("\n", 0, p.start) + 1
            le = t.find("\n", p.end)
            line = t[ls:le if le >= 0 else len(t)]
            if re.fullmatch(r"[\s#*_>=-]*(?:[IVX]{1,5}\.?[ \t]*[–—-][ \t]*)?", t[ls:p.start]) and re.fullmatch(r"[\s*_:#=-]*(?:\(\s*\d[\dAB]\s*\))?[\s*_:=-]*",
                                                                          t[p.end:ls + len(line)]):
                picked = [r for r in refs if r.department == p.candidates[0]]
                return picked or refs
        regions = self.context.get("regions") or []
        if regions:
            picked = [r for r in refs if r.region == regions[0]]
            if len(picked) == 1:
                return picked
        return refs

    def _heading_before(self, pos: int):
        """The last line ending with « : » before ``pos`` (a list heading), if no laureate sits between."""
        t = self.text
        window_start = max(0, pos - 600)
        last = None
        for m in _HEADING_LINE.finditer(t, window_start, pos):
            last = m
        if not last:
            return None
        # Only the sentence that ends with the colon.
        seg = t[last.start():last.end()]
        cut = max(seg.rfind(". "), seg.rfind("\n"))
        return (last.start() + cut + 1 if cut >= 0 else last.start()), last.end()

    # --- money --------------------------------------------------------------------------------
    def _money(self, lau: Laureate, s: int, e: int):
        picks = {"investment": [], "aid": []}
        others = []
        for q in self.quantities_in(s, e):
            if not q.money:
                continue
            if _NEGATED_LEFT.search(self.folded, max(s, q.start - 40), q.start):
                continue  # « n'a pas reçu une aide de 2 M€ » (an erratum: the right figure follows)
            if _TOTAL_BEFORE.search(self.folded, max(0, q.start - 40), q.start):
                ss, _ = _enclosing(self.sentences, q.start)
                if bisect.bisect_left(self.named, q.start) - bisect.bisect_left(self.named, ss) >= 2:
                    continue  # « (A, B, C et D) bénéficient … pour un total de 3,2 M€ »: the list's total, no one's
            ss, se = _enclosing(self.sentences, q.start)
            if self.wave_sums(ss, se):
                continue  # « X figure parmi les 41 lauréats … Au total, 17,2 M€ d'aides pour 86 M€ »: the wave's sums
            if section_subtotal(self.folded, q.start):
                continue  # « ### Grand Est (9 lauréats, 61 M€ d'investissements) »: the section's sum, not its first laureate's
            if (_COUNTED_TOTAL.search(self.folded, ss, q.start) or _COUNTED_LEFT.search(self.folded, ss, q.start)) \
                    and "depuis" not in self.folded[ss:se]:
                continue  # « Au niveau national, ces 39 projets totalisent 265 M€ … »: the wave's figures, not the laureate's
            org = lau.fields.get("organisation")
            if org is not None and org.start > q.end and _AGGREGATE_LEFT.search(
                    self.folded, _enclosing(self.sentences, q.start)[0], q.start):
                continue  # « Ces quatre dossiers, qui totalisent 10,5 M€ …, rejoignent …, dont celui de X »: not X's
            role, conf = self.money_role(q, s)
            if role == "other":
                role, conf = self._listed_money_role(q, s)
            if role in picks:
                picks[role].append((q, conf))
            elif role == "other":
                others.append(q)
        self._respectively(lau, picks)
        self._unlabelled_pair(picks, others)
        if not picks["investment"]:
            for q in others + [a for a, _ in picks["aid"]]:
                # « Aide : 2,95 M€ pour 10,2 M€ (implants) »: the aid, then what it pays for
                if any(a.end <= q.start and a.int_value < q.int_value and _AID_FOR.fullmatch(self.folded, a.end, q.start)
                       for a, _ in picks["aid"]):
                    picks["investment"].append((q, 0.6))
                    picks["aid"] = [(a, c) for a, c in picks["aid"] if a is not q]
                    break
        if not picks["investment"] and not picks["aid"] and len(others) == 1 and re.search(
                r"\bpour\s+(?:pres\s+de\s+|plus\s+de\s+|environ\s+)?$", self.folded[max(s, others[0].start - 20):others[0].start]) \
                and re.match(r"\s*[.;]", self.folded[others[0].end:others[0].end + 3]):
            # « X modernise sa production de vaccins pour 14 M€. »: the one amount, what the works cost
            picks["investment"].append((others[0], 0.5))
        inv = picks["investment"][0][0].int_value if picks["investment"] else None
        if not picks["aid"] and len(others) == 1 and (inv is None or others[0].int_value < inv) and self._items_are_aids():
            # « … a distingué dix entreprises pour 4,1 M€ d'aides. … X, à Roanne : 350 000 €. »
            picks["aid"].append((others[0], 0.45))
        for role, fname in (("investment", "investment_eur"), ("aid", "aid_eur")):
            items = picks[role]
            if not items:
                continue
            if role == "aid" and len(items) > 1:
                # « Aide sollicitée : 400 000 € … Montant retenu : 350 000 € »: the amount asked for is not the one granted
                asked = [(q, c) for q, c in items
                         if re.search(r"(?:sollicit|demand)\w*\s*:?\s*$", self.folded[max(s, q.start - 25):q.start])]
                granted = [(q, c) for q, c in items if (q, c) not in asked and re.search(
                    r"(?:retenu|accorde|attribue|notifie|octroye|favorable)\w*\b[^\n]{0,20}$", self.folded[max(s, q.start - 40):q.start])]
                if asked and granted:
                    items = granted
            # « un investissement total de 150 M€ » beats a first milestone; else the first figure.
            totals = [(q, c) for q, c in items if role == "investment" and re.search(
                r"total|global|au total|en tout", self.folded[max(s, q.start - 40):q.end + 30])]
            q, c = (totals or items)[0]
            lau.fields[fname] = Value(q.int_value, q.start, q.end, c)

    def _respectively(self, lau: Laureate, picks):
        """« X (Morteau) et Y (Pontarlier) obtiennent respectivement 700 000 € et 450 000 € »: the n-th name takes the
        n-th amount."""
        org = lau.fields.get("organisation")
        if org is None:
            return
        ss, se = _enclosing(self.sentences, org.start)
        m = re.search(r"\brespectivement\b", self.folded[ss:se])
        if not m:
            return
        cut = ss + m.start()
        names = self.named[bisect.bisect_left(self.named, ss):bisect.bisect_left(self.named, cut)]
        amounts = self._respective_amounts(cut, se)
        if len(names) >= 2 and org.start in names and len(amounts) > len(names) and len(amounts) % len(names) == 0:
            # « … reçoivent respectivement 180 000 et 250 000 euros pour des programmes de 900 000 et 1,25 million
            # d'euros »: one group of amounts per role, each read like a group of its own
            n = len(names)
            for k in range(0, len(amounts), n):
                group = amounts[k:k + n]
                q = group[names.index(org.start)]
                role, conf = self.money_role(group[0], ss)
                if role == "other":
                    role, conf = self.money_role(group[-1], ss)
                if role in ("aid", "investment"):
                    picks[role][:] = [(q, max(conf, 0.7))] + [(p, c) for p, c in picks[role] if p is not q and p not in amounts]
            return
        if len(names) < 2 or len(amounts) != len(names) or org.start not in names:
            return
        q = amounts[names.index(org.start)]
        role, conf = self.money_role(amounts[0], ss)  # the cue before the first amount speaks for all of them
        if role == "other":
            role, conf = self.money_role(q, ss)
        if role in ("aid", "investment"):
            picks[role][:] = [(q, max(conf, 0.7))] + [(p, c) for p, c in picks[role] if p is not q and p not in amounts]

    def _respective_amounts(self, s, e):
        """Money amounts of s:e, with a bare number written just before one (« 180 000 et 250 000 euros »), which
        shares its currency."""
        qs = self.quantities_in(s, e)
        out = []
        for i, q in enumerate(qs):
            if q.money:
                out.append(q)
            elif i + 1 < len(qs) and qs[i + 1].money and q.value >= 1000 and not q.approx and \
                    re.fullmatch(r"\s*(?:et|,|ou)\s*", self.text[q.end:qs[i + 1].start]):
                out.append(q)
        return out

    def _unlabelled_pair(self, picks, others):
        """Amounts without a cue next to the laureate's aid: « 1,4 M€, aide de 490 000 € », « modernise son atelier
        pour 900 000 €, avec une aide de 250 000 € » — the larger one, in the aid's sentence, is the investment
        (an aid never exceeds the investment it supports). Two bare amounts side by side, the larger first
        (« (3,5 M€ ; 750 000 €) », « 2,8 M€, dont 860 000 € »), are the investment and the aid."""
        if picks["investment"]:
            return
        if len(picks["aid"]) >= 2 and not others:
            # « modernisent leur atelier (1 150 000 €). … elles reçoivent 230 000 € »: a bracketed amount taken for
            # an aid, and a larger one than the aid with the clearer cue: the larger is the investment.
            best = max(picks["aid"], key=lambda qc: qc[1])
            bigger = [(q, c) for q, c in picks["aid"] if q.int_value > best[0].int_value and c < best[1]]
            if bigger:
                picks["investment"].append((bigger[0][0], 0.5))
                picks["aid"][:] = [best]
            return
        if not others:
            return
        if picks["aid"]:
            aid, _ = picks["aid"][0]
            sentence = _enclosing(self.sentences, aid.start)
            bigger = [q for q in others if q.int_value > aid.int_value
                      and _enclosing(self.sentences, q.start) == sentence]
            if bigger:
                picks["investment"].append((bigger[0], 0.5))
            return
        for a, b in zip(others, others[1:]):
            between = self.folded[a.end:b.start]
            if a.int_value > b.int_value and len(between) <= 12 and re.fullmatch(r"[\s,;:–—-]*(?:dont|soit|et)?\s*", between):
                picks["investment"].append((a, 0.5))
                picks["aid"].append((b, 0.5))
                return

    def _listed_money_role(self, q: Quantity, s: int) -> tuple[str, float]:
        """An amount without a cue in a laureate's item: « X à A (620 000 euros) » is what the laureate receives;
        « …, et Y à B 800 000 euros » / « la scierie Z à C d'1,3 million d'euros » take the role of the previous
        item's amount in the same sentence (« X se voit attribuer une subvention de 5 M€, et Y … »)."""
        t = self.text
        if re.search(r"\(\s*$", t[max(0, q.start - 3):q.start]) and re.match(r"\s*[),]", t[q.end:q.end + 3]):
            return "aid", 0.55  # (« (330 000 €, une dizaine d'emplois) » too)
        item_role = self._list_item_amount_role(q)
        if item_role:
            return item_role
        ss, _ = _enclosing(self.sentences, q.start)
        prev = [p for p in self.quantities_in(ss, s) if p.money]
        for p in reversed(prev):  # « A pour 3 M€, B pour 2 M€ et C pour 1 M€ »: back to the first amount with a cue
            role, _ = self.money_role(p, ss)
            if role in ("aid", "investment"):
                return role, 0.6
            if role != "other":
                break
        if not prev:
            # « Les lauréats et leur subvention : A à X, 310 000 euros ; … »: the cue of the list's introduction
            best = None
            for role, rx in _LEFT_CUES:
                if role in ("aid", "investment"):
                    for m in rx.finditer(self.folded, ss, s):
                        if best is None or m.end() > best[1]:
                            best = (role, m.end())
            if best and ":" in self.text[best[1]:s]:
                return best[0], 0.5
        return "other", 0.3

    def _items_are_aids(self) -> bool:
        """The text counts its laureates with the aid they share (« dix entreprises pour 4,1 M€ d'aides »): an amount
        without a cue in a laureate's item is its share of that aid."""
        if not hasattr(self, "_aid_items"):
            f = self.folded
            # (« Depuis 2020, 214 projets ont été retenus pour 71 M€ d'aides »: a running total says nothing of the items)
            self._aid_items = any(not re.search(r"depuis|cumul|a\s+ce\s+jour", f[max(0, m.start() - 80):m.end()])
                                  for m in _COUNT_FOR_AID.finditer(f, 0, self.own_end))
        return self._aid_items
    def _total_line_role(self, q: Quantity) -> tuple[str, float] | None:
        """« Total : 2 345 000 € » under a list whose items end with their aid: the total of those aids."""
        t = self.text
        ls = t.rfind("\n", 0, q.start) + 1
        if not re.fullmatch(r"[ \t]*(?:Total|TOTAL)[ \t]*(?::|\.{4,}|…{2,})[ \t]*", t[ls:q.start]):
            return None
        before = [p for p in self.quantities_in(max(0, ls - 1500), ls) if p.money]
        for p in reversed(before[-3:]):  # the last item's amount (« 300 000 € (dont 100 000 € en prêt) »)
            role = self._list_item_amount_role(p)
            if role:
                return role[0], 0.6
        return None

    def _list_item_amount_role(self, q: Quantity) -> tuple[str, float] | None:
        """« 1. Nivelec (Varennes-Vauzelles) : 350 000 € »: the one amount of a list item, after its colon, is what
        the list grants — the aid, unless a note says what the amounts are (« Les montants indiqués correspondent aux
        investissements »)."""
        t = self.text
        ls = t.rfind("\n", 0, q.start) + 1
        bulleted = bool(BULLET_RE.match(t, ls) and BULLET_RE.match(t, ls).group(0).strip()) \
            and bool(re.search(r"[:,–—]\s*$", t[ls:q.start]))
        # « FONDERIE X (Mende) ........ 180 000 € »: a line of a list with dot leaders, its amount at the end
        dotted = bool(_DOT_LEADER_END.search(t, ls, q.start))
        if not (bulleted or dotted) \
                or not re.match(r"[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*[.;]?[ \t]*(?:\n|$)", t[q.end:q.end + 90]):
            return None
        note = _AMOUNTS_NOTE.search(self.folded)
        if note and note.group("what").startswith("invest"):
            return "investment", 0.6
        return "aid", 0.6 if note else 0.5

    def _asked_for(self, q: Quantity) -> str | None:
        """« Quel est le montant de l'investissement ? / 12 millions d'euros sur trois ans »: an interview's answer
        that opens with the amount is what the question asked for."""
        f = self.folded
        ps, _ = self._paragraph(q.start)
        # (« **A. K. :** 23 millions … »: the answerer's initials in bold before the answer)
        if not re.fullmatch(r"[ \t>]*(?:[*_]*[\w .'’-]{1,30}[ \t]*:[ \t]*[*_]*[ \t]*)?(?:\w+[ \t]+){0,2}", f[ps:q.start]):
            return None
        question = f[max(0, ps - 200):ps].rstrip().rstrip("*_ \t")
        if not question.endswith("?"):
            return None
        question = question[question.rfind("\n") + 1:]
        if re.search(r"invest|cout|budget", question):
            return "investment"
        if re.search(r"\baide|subvention|soutien|financement\s+public|l\W\s*etat\s+(?:vous\s+)?(?:apporte|verse|finance)", question):
            return "aid"
        if re.search(r"\bcombien\b|\bmontant\b", question):
            return "investment"  # « Combien cela représente-t-il ? » / « Quatorze millions d'euros sur trois ans. »
        return None

    def pay(self, q: Quantity) -> bool:
        """« Salaire : 27 000 à 31 000 € brut annuel »: a job offer's pay, no figure of the project."""
        f = self.folded
        return bool(q.money and (_SALARY_LEFT.search(f, max(0, q.start - 60), q.start)
                                 or re.match(r"\s*(?:bruts?|nets?)\s+(?:annuels?|mensuels?|par\s+mois|/)", f[q.end:q.end + 20])))

    def numbered_part(self, q: Quantity) -> bool:
        """« Diapositive 8 », « Annexe 2 », « Épisode 31 »: the number of a part of the document, no count."""
        return bool(re.search(r"\b(?:diapositive|slide|page|partie|chapitre|annexe|episode|numero|n°|tome|volume|article)\s*$",
                              self.folded[max(0, q.start - 15):q.start]))

    def borrowed_or_raised(self, q: Quantity) -> bool:
        """The amount is a loan or a private fundraising (« un prêt Bpifrance de 500 000 € », « a levé 1,5 M€ »)."""
        ss, _ = _enclosing(self.sentences, q.start)
        return bool(_LOAN_LEFT.search(self.folded, max(ss, q.start - 45), q.start)
                    or _FUNDRAISING_LEFT.search(self.folded, max(ss, q.start - 90), q.start))

    def money_role(self, q: Quantity, floor: int = 0) -> tuple[str, float]:
        f = self.folded
        ss, se = _enclosing(self.sentences, q.start)
        right = _right_context(f, q.end, se)
        if _REVENUE_RIGHT.match(right) or _REVENUE_LABEL_LEFT.search(f, f.rfind("\n", 0, q.start) + 1, q.start):
            return "revenue", 0.8  # (« CA 2021 : 14 M€ », a fiche's line, whatever passage it falls in)
        if self.pay(q):
            return "other", 0.6  # « Salaire : 27 000 à 31 000 € brut annuel »: a job offer's pay
        if _LOAN_LEFT.search(f, max(ss, q.start - 45), q.start):
            return "other", 0.6  # « un emprunt bancaire de 2 M€ », « un prêt de 2,5 M€ de la BEI »: borrowed, not granted
        if _EQUITY_LEFT.search(f, max(ss, q.start - 90), q.start):
            return "equity", 0.6  # « Le fonds X entre au capital de l'entreprise à hauteur de 3 M€ »: no aid, no cost
        if _GRANT_MAXIMUM_LEFT.search(f, max(0, q.start - 70), q.start) and not _CAP_RIGHT.match(right):
            return "aid", 0.8  # « une subvention d'un montant maximum de 245 000 € est attribuée à … »: the grant itself
        if _CAP_RIGHT.match(right) or re.search(r"plafon\w+\s+(?:a\s+)?$|jusqu\W*a\s+$|dans\s+la\s+limite\s+(?:de|d\W*)\s*$|"
                                                r"limitee?\s+a\s+$|au\s+maximum\s+(?:de\s+)?$|maximum\s+de\s+$",
                                                f[max(0, q.start - 30):q.start]):
            return "cap", 0.7  # « jusqu'à 800 000 € par projet »: a ceiling, not an amount granted
        if re.search(r"superieu?r\w*\s+(?:ou\s+egal\w*\s+)?a\s+$|minimum\s+(?:de\s+|d\W*)?$|minimal\w*\s+de\s+$|"
                     r"seuil\s+(?:de\s+|d\W*)$|exceda\w+\s+$|a\s+partir\s+(?:de\s+|d\W*)$|au-?dela\s+(?:de\s+|d\W*)$",
                     f[max(0, q.start - 30):q.start]) \
                or (q.approx == "au moins" and re.search(r"\bd\W?\s*$", f[max(0, q.start - 3):q.start])):
            return "floor", 0.7  # « des investissements supérieurs à 1 million d'euros »: an eligibility threshold
        if re.match(r"\s*supplementaires?\b", right) and re.search(r"\bfonds\b|\bdote\w*|enveloppe|dotation", f[ss:se]):
            return "envelope", 0.6  # « le fonds bénéficiera de 300 M€ supplémentaires »: a top-up of the fund
        # « (4,1 M€, dont 900 000 € de l'État) »: the words after the part (« de l'État ») are the part's, not this
        # total's; the total is read from its left, else it is what the aid pays for
        whole = _WHOLE_OF_PART.match(right)
        if whole:
            right = ""
        if re.search(r"\bdont\s+(?:environ\s+|pres\s+de\s+)?$", f[max(0, q.start - 20):q.start]) and any(
                p.money and p is not q and re.fullmatch(r"[\s)]*(?:\w+\s+){0,3}?,?\s*dont\s+(?:environ\s+|pres\s+de\s+)?", f[p.end:q.start])
                and self.money_role(p, floor)[0] == "aid" for p in self.quantities_in(max(0, q.start - 60), q.start)):
            # « des subventions de 1 742 000 €, dont 1 045 200 € de l'État »: a part of the aid before, not a figure of
            # its own (« 2,8 M€, dont 860 000 € financés par l'État » is a cost and its aid: left to the rules below)
            return "share", 0.5
        if _INVEST_RIGHT.match(right):
            return "investment", 0.9
        if _AID_RIGHT.match(right) or _AID_BY_RIGHT.match(right):
            return "aid", 0.85
        if _ENVELOPE_RIGHT.match(right):
            return "envelope", 0.8
        left_start = max(ss, floor, q.start - 90)
        left = f[left_start:q.start]
        if _SPENT_ON_RIGHT.match(right) and re.search(r"consacr\w+\s+(?:pres\s+de\s+|plus\s+de\s+|environ\s+)?$", left):
            return "investment", 0.8  # « va consacrer 2,3 M€ à un atelier d'usinage », « X consacre 3,6 M€ à une ligne »: spent on a plant
        plain = _plain_money_role(left, right)
        if plain:
            return plain
        if re.search(r"\bpour\s+un\s+montant\s+(?:total\s+|global\s+)?(?:de\s+|d\W*)(?:un\s+peu\s+)?(?:plus\s+de\s+|pres\s+de\s+|environ\s+)?$", left) \
                and not re.search(r"\baid\w*|subvention|avance|soutien|\bpret|financ|dotation", left):
            return "investment", 0.7  # « produira des biofertilisants …, pour un montant d'un peu plus de 3 millions d'euros »
        if re.fullmatch(r"\s*montant\s*:\s*", left) and re.search(r"[.!?»][ \t]*$", self.text[self.text.rfind("\n", 0, ss) + 1:ss]):
            return "investment", 0.6  # « … retenu dans le volet santé. Montant : 4 M€. »: in prose, the project's amount
            # (a fiche's or a list's « Montant : » line is the aid: _LEFT_CUES)
        if _PROJECT_WEIGHS.match(f, ss, q.start):
            return "investment", 0.7  # « Le projet — un centre d'usinage, …, un bâtiment — représente 1,45 million d'euros »
        if _FOR_A_THING.search(left):
            return "investment", 0.7  # « reçoit 310 000 € pour un séchoir de 1,05 M€ »: what the money pays for
        if _CHARGED_TO_BUDGET.search(f, ss, se) and re.search(r"depenses?\s+(?:\w+\s+)?(?:de\s+|d\W*)?$", left):
            return "aid", 0.7  # « d'imputer la dépense totale de 425 000 € sur le chapitre 204 »: what the public body pays
        if _WORKS_FOR_LEFT.search(left):
            return "investment", 0.65  # « agrandit ses caves d'affinage pour 3,3 M€ »: the cost of the works
        if _WORKS_PAREN_LEFT.search(left):
            return "investment", 0.6  # « qui va moderniser ses lignes de sardines (2,5 millions d'euros) »
        if _FUNDRAISING_LEFT.search(left):
            return "other", 0.3  # « une levée de fonds de 6 M€ auprès d'investisseurs »: private equity, no envelope
        best = None
        for role, rx in _LEFT_CUES:
            for m in rx.finditer(left):
                if best is None or m.end() > best[1]:
                    best = (role, m.end(), m.start())
        if best is None:
            asked = self._asked_for(q)
            if asked:
                return asked, 0.7
            if whole and _AID_OF_PART.match(f, q.end + whole.end()):
                return "investment", 0.6
            if re.match(r"\s*(?:par|de la part de)\s+l\W*etat", right):
                return "aid", 0.6
            if _PAYS_FOR_RIGHT.match(right) and not any(p.money and p is not q for p in self.quantities_in(ss, se)):
                return "investment", 0.6  # « X : 5 M€ pour une ligne de seringues », the one amount of its sentence
            return "other", 0.3
        role, end, start = best
        distance = len(left) - end
        cue_at = left_start + start
        if any(p.money and p is not q and re.fullmatch(r"\s*(?:de|d['’])\s*", f[p.end:cue_at])
               for p in self.quantities_in(max(0, cue_at - 40), cue_at)):
            # « qui réalise 3 M€ de chiffre d'affaires, modernise son atelier pour 900 000 € »: the cue names the
            # amount written just before it, not this one.
            return "other", 0.3
        if role == "investment" and re.search(r"(?:aides?|subventions?)\s+(?:d\W*un|pour\s+un)\s+montant\s+(?:global|total)\s+(?:de\s+|d\W*)?$",
                                              left):
            role = "aid"  # « des subventions d'un montant total de 1 896 000 € »: the total of the aid
        if role in ("bridge", "bridge2"):  # « à hauteur de », « s'élève à »: whose money is it?
            before = left[:start]
            sub = None
            for r2, rx in _LEFT_CUES:
                if r2.startswith("bridge"):
                    continue
                for m in rx.finditer(before[-60:]):
                    if sub is None or m.end() > sub[1]:
                        sub = (r2, m.end())
            if role == "bridge":
                role = sub[0] if sub and sub[0] in ("investment", "envelope") else "aid"
            elif sub:
                role = sub[0]
            elif re.search(r"projet|programme|chantier|usine|extension|ligne", before[-40:]):
                role = "investment"
            else:
                return "other", 0.3
        if role == "revenue":
            return "revenue", 0.7
        if role == "aid" and re.search(r"supplementaires?\s+(?:de\s+|d\W*)$|complement\w*\s+(?:de\s+|d\W*)$", left) \
                and re.search(r"\bdote\w*|\bdotation|enveloppe|\bfonds\b", f[ss:q.start]):
            return "envelope", 0.6  # « doté de 400 M€, … consolidé par une subvention supplémentaire de 300 M€ »: a top-up
        conf = 0.85 if distance < 25 else 0.7 if distance < 60 else 0.5
        return role, conf

    # --- jobs ---------------------------------------------------------------------------------
    def _jobs(self, lau: Laureate, s: int, e: int):
        f = self.folded
        created, kept = [], []
        for q in self.quantities_in(s, e):
            if q.money:
                continue
            if _NEGATED_LEFT.search(f, max(s, q.start - 40), q.start):
                continue  # « le projet ne créera pas 40 emplois : il en créera 14 » (an erratum)
            right = f[q.end:q.end + 45]
            m = _JOB_NOUN.match(right)
            if not m:
                if (_EN_CREATE.search(f[max(s, q.start - 30):q.start]) or (
                        # « recruter une quinzaine de techniciens »: whoever is hired is a job created
                        _HIRE_LEFT.search(f, max(s, q.start - 30), q.start) and _PEOPLE_RIGHT.match(right))) \
                        and q.int_value < 100_000:
                    created.append((q, 0.7))
                continue
            ss, se = _enclosing(self.sentences, q.start)
            sent = f[ss:se]
            tail = f[q.end + m.end():min(se, q.end + m.end() + 40)]
            # « 4 recrutements et le maintien de 29 salariés »: what follows « et » speaks of other jobs
            # (and what follows the sentence's end — the next laureate's name « Vitré Conserves » — is no word of it)
            after = re.split(r"\s+et\s+|,|;|[.!?](?:\s|$)|\n", right[m.end() - 1:] + tail[:25])[0]
            # (« les 64 postes sont confortés et 18 embauches … »: what comes before « et » speaks of other jobs)
            if _KEPT.search(after) or re.search(r"(?:maint|preserv|sauvegard|perennis|consolid|confort|securis)\w*\s+(?:\w+\s+){0,2}$",
                                                re.split(r"\s+et\s+|[,;]", f[max(ss, q.start - 30):q.start])[-1]):
                kept.append(q)
                continue
            noun = m.group("noun")
            if noun.startswith(("personne", "salarie", "collaborateur", "agent")):
                before = f[max(ss, q.start - 60):q.start]
                hc = _HEADCOUNT.search(before)
                # (« l'entreprise compte recruter 30 personnes »: « compter » + a hiring verb is a plan, no headcount)
                hired = re.match(r"\s+(?:seront|vont\s+etre|doivent\s+etre|devraient\s+etre)\s+(?:recrute|embauche)", right[m.end():])
                if not hired and (not _CREATION.search(before) or (
                        hc and not re.match(r"compte\w*\s+(?:recrut|embauch|cree)", before[hc.start():]))):
                    continue  # a headcount, not jobs created (« Cinq personnes seront recrutées » are)
            if q.int_value <= 0 or q.int_value > 100_000:
                continue
            created.append((q, 0.85 if _CREATION.search(sent) or noun.startswith("emploi") else 0.7))
        if created:
            q, c = created[0]
            lau.fields["jobs_created"] = Value(q.int_value, q.start, q.end, c)
        if kept:
            lau.fields["jobs_kept"] = Value(kept[0].int_value, kept[0].start, kept[0].end, 0.7)
        if not created:
            m = _JOBS_LABEL.search(f, s, e)
            if m:
                lau.fields["jobs_created"] = Value(int(re.sub(r"\D", "", m.group(1))), m.start(1), m.end(1), 0.8)
            else:
                # « Emplois : + 11 CDI d'ici fin 2022 », « Emplois : une quinzaine de créations »: the first number
                # of a jobs label line, unless the line speaks of jobs kept.
                pm = re.search(r"emplois?\s+crees?\s*/\s*(?:maintenus|preserves|sauvegardes|conserves)\s*:\s*"
                               r"(?P<c>\d[\d  ]*|[–—-])\s*/", f[s:e])
                if pm:  # « Emplois créés / maintenus : 18 / 40 »: the first of the pair; « – / 55 »: none created
                    if pm.group("c")[0].isdigit():
                        lau.fields["jobs_created"] = Value(int(re.sub(r"\D", "", pm.group("c"))), s + pm.start("c"),
                                                           s + pm.end("c"), 0.8)
                    return
                lm = re.search(r"(?:^|\n|\|)[ \t]*(?:[-–•*][ \t]*)?(?:emplois?|creations?\s+d\W*emplois?|recrutements?)"
                               r"(?:\s+crees|\s+a\s+creer|\s+prevus|\s+attendus|\s+envisages|\s+vises)?\s*:([^\n]*)", f[s:e])
                if lm and not _KEPT.search(lm.group(1)):
                    ls = s + lm.start(1)
                    qs = [q for q in self.quantities_in(ls, s + lm.end(1)) if not q.money and 0 < q.int_value < 100_000]
                    if qs:
                        lau.fields["jobs_created"] = Value(qs[0].int_value, qs[0].start, qs[0].end, 0.75)
        if "jobs_created" not in lau.fields and self.slash_legend is not None:
            # « (investissement / aide France 2030 / emplois créés) » over the list, then « … – 3,4 M€ / 850 000 € / 15 »:
            # the figure at the jobs' place of the legend
            place = self.slash_legend.index("jobs")
            for lm in re.finditer(r"(?m)^[^\n]*$", f[s:e]):
                parts = lm.group(0).rsplit("–", 1)[-1].split("/")
                if len(parts) == len(self.slash_legend):
                    ps = s + lm.end() - len("/".join(parts[place:]))
                    q = next((q for q in self.quantities_in(ps, ps + len(parts[place]))
                              if not q.money and 0 < q.int_value < 100_000), None)
                    if q:
                        lau.fields["jobs_created"] = Value(q.int_value, q.start, q.end, 0.75)
                        break
        if "jobs_created" not in lau.fields:
            # « (investissement 6,2 M€ ; emplois 25 ; aide 1,8 M€) »: a label without colon, then its number.
            for m in _JOBS_LABEL_BARE.finditer(f, s, e):
                q = next((q for q in self.quantities_in(m.end(), m.end() + 20) if q.start - m.end() <= 1), None)
                if q and not q.money and 0 < q.int_value < 100_000:
                    lau.fields["jobs_created"] = Value(q.int_value, q.start, q.end, 0.75)
                    break

    # --- size, group ----------------------------------------------------------------------------
    def _size_and_group(self, lau: Laureate, h: Header, s: int, e: int):
        t = self.text
        m = _SIZE.search(t, s, min(e, s + 400))
        if m:
            word = m.group(1).upper().replace("-", "")
            size = {"STARTUP": "PME", "MICROENTREPRISE": "TPE", "GRANDE ENTREPRISE": "GE", "GRAND GROUPE": "GE"}.get(word, word)
            lau.fields["size_class"] = Value(size, m.start(1), m.end(1), 0.8)
        m = _GROUP.search(t, s, e)
        if m:
            gname = "g" if m.group("g") else "g2"
            g = clean_org(_cut_name(m.group(gname)), m.start(gname))
            if g and org_key(g[0]) != org_key(h.org.value):
                lau.fields["parent_group"] = Value(g[0], g[1], g[2], 0.8)

    # ---------------------------------------------------------------------------------------------
    def _announcement(self, covered, laureate_amounts=frozenset()) -> dict:
        t, f = self.text, self.folded
        out: dict[str, Value] = {}

        covered = sorted(covered)

        def outside(pos):
            i = bisect.bisect_right(covered, (pos, float("inf")))
            return not any(s <= pos < e for s, e in covered[max(0, i - 3):i])

        prog = self._programme()
        if prog:
            out["programme"] = prog
        # Counts of laureates.
        best_new = None
        aggregate = self.aggregate_spans
        for q in self.quantities:
            if q.money or q.start >= self.own_end or any(a <= q.start < b for a, b in aggregate) or self.numbered_part(q):
                continue
            right = f[q.end:q.end + 90]
            left = f[max(0, q.start - 40):q.start]
            if _RUNNING_TOTAL_LEFT.search(f, max(0, q.start - 160), q.start):
                continue  # « Total région (tous lauréats, toutes vagues) : 58 lauréats »: a running total, no wave's count
            if re.match(r"[ \t]*\n", right):
                right = ""  # the figure of a key-figures line (« Emplois créés : 164 ») says nothing of the next line
                if re.search(r"(?:^|\n)[ \t]*(?:[-–•*][ \t]*)?(?:laureats|projets|entreprises)[^\n:]{0,40}"
                             r"(?:precedent\w*|anterieur\w*|deja\s+\w+)\s*:\s*$", f[max(0, q.start - 80):q.start]):
                    # « Lauréats régionaux des vagues précédentes : 39 »
                    out.setdefault("previous_laureates", Value(q.int_value, q.start, q.end, 0.8))
                    continue
                if re.search(r"(?:^|\n)[ \t]*(?:[-–•*][ \t]*)?(?:nouveaux\s+laureats|nombre\s+de\s+laureats|laureats\s+de\s+la\s+"
                             r"(?:vague|session|releve)|(?:projets|entreprises)\s+(?:retenu|laureat)e?s)[^\n:]{0,25}:\s*$",
                             f[max(0, q.start - 80):q.start]):
                    best_new = (2, q)  # « Nouveaux lauréats : 8 »
                    continue
            m = _NEW_LAUREATES.match(right)
            if not m and re.match(r"\s+(?:nouveaux|nouvelles)\s+(?:projets|entreprises)\b", right) \
                    and not re.search(r"\bdont\s+$", left):
                # « Parmi les 11 nouveaux projets, … »: new projects are new laureates
                if best_new is None or best_new[0] < 2 or q.value > best_new[1].value:
                    best_new = (2, q)
                continue
            if m:
                if re.search(r"(?:s\W*ajout\w*|s\W*ajoutant|viennent\s+s\W*ajouter)\s+(?:a|aux)\s+$|(?:apres|outre)\s+les\s+$|"
                             r"(?:premiere|precedente|derniere)s?\s+(?:vague|releve|session|serie)\s+(?:de|d\W*)\s*$", left) \
                        or re.match(r"\s*\w+(?:\s+\w+)?\s+(?:precedemment|deja)", right[m.end():]):
                    out.setdefault("previous_laureates", Value(q.int_value, q.start, q.end, 0.85))
                    continue
                if re.search(r"\bdont\s+$", left):
                    out.setdefault("laureates_in_scope", Value(q.int_value, q.start, q.end, 0.7))
                    continue
                if (m.group("adj") or m.group("adj2")) and not m.group("new"):
                    out.setdefault("laureates_in_scope", Value(q.int_value, q.start, q.end, 0.6))
                    continue
                if re.match(r"[^.;:!?]{0,60}\bdepuis\b", right[m.end():]):
                    continue  # « a accompagné 41 entreprises lauréates du plan de relance depuis 2020 »: a running total
                if _EARLIER_COUNT_LEFT.search(f[max(_enclosing(self.sentences, q.start)[0], q.start - 60):q.start]) \
                        or re.match(r"\s*(?:deja|precedemment)\b", right[:m.end()].split(None, 1)[-1]):
                    # « Depuis son lancement, 38 entreprises ont été accompagnées », « Ils rejoignent les 596 projets
                    # déjà soutenus »: the laureates of the earlier waves
                    out.setdefault("previous_laureates", Value(q.int_value, q.start, q.end, 0.7))
                    continue
                rank = 2 if (m.group("new") or re.search(r"parmi\s+les\s+$", left)) else 1
                if best_new is None or rank > best_new[0] or (rank == best_new[0] and q.value > best_new[1].value):
                    best_new = (rank, q)
                continue
            if re.match(r"\s+(?:projets|laureats)", right) and re.search(
                    r"(?:s\W*ajout\w*|s\W*ajoutant|viennent\s+s\W*ajouter)\s+(?:a|aux)\s+$", left):
                out.setdefault("previous_laureates", Value(q.int_value, q.start, q.end, 0.85))
            elif re.search(r"(?:rejoign\w*|rejoint|s\W*ajout\w*\s+(?:a|aux)|completent)\s+(?:les\s+)?$", left) and re.match(
                    r"\s+(?:deja\s+)?(?:projets|laureats|entreprises|dossiers|soutenus|retenus|accompagnes|finances)\b", right):
                # « 19 projets supplémentaires, qui rejoignent les 64 déjà soutenus »
                out.setdefault("previous_laureates", Value(q.int_value, q.start, q.end, 0.75))
            elif re.match(r"\s+(?:precedent|ancien)(?:ne)?s\s+(?:projets|laureat\w*|dossiers|entreprises)\b", right):
                out.setdefault("previous_laureates", Value(q.int_value, q.start, q.end, 0.75))
            elif re.match(r"\s+(?:projets|laureats|entreprises)\b", right):
                # « le gouvernement a déjà annoncé son soutien à 160 projets »: an earlier wave.
                ss, _ = _enclosing(self.sentences, q.start)
                if _ALREADY_BEFORE.search(f[max(ss, q.start - 90):q.start]) or _EARLIER_COUNT_LEFT.search(f[max(ss, q.start - 130):q.start]):
                    out.setdefault("previous_laureates", Value(q.int_value, q.start, q.end, 0.7))
        if best_new is None and "laureates_in_scope" not in out:
            # « trois entreprises de Saône-et-Loire viennent d'obtenir un soutien », « vient de retenir quatre
            # projets », « Trois entreprises du bassin figurent sur la dernière liste »: looser shapes, lower confidence.
            for q in self.quantities:
                if q.money or q.start >= self.own_end or not (1 <= q.value <= 500) or q.value != int(q.value) \
                        or self.numbered_part(q):
                    continue
                left, right = f[max(0, q.start - 40):q.start], f[q.end:q.end + 120]
                if _ALREADY_BEFORE.search(left) or re.search(r"(?:depuis|deja|au total|desormais|porte a)\W*$", left):
                    continue
                if _EARLIER_COUNT_LEFT.search(f[max(_enclosing(self.sentences, q.start)[0], q.start - 60):q.start]):
                    if _NEW_LOOSE_RIGHT.match(right):
                        out.setdefault("previous_laureates", Value(q.int_value, q.start, q.end, 0.6))
                    continue  # « Depuis son lancement, 38 entreprises ont été accompagnées »: the earlier waves
                lm = _NEW_LOOSE_RIGHT.match(right)
                if lm and re.match(r"[^.;:!?]{0,60}\bdepuis\b", right[lm.end():]):
                    continue  # « 61 entreprises ont été soutenues depuis l'ouverture »: a running total
                if not lm and re.search(r"\bces\s+$", left) and re.match(r"\s+(?:projets|laureats|entreprises|dossiers)\b", right):
                    ss, se = _enclosing(self.sentences, q.start)
                    if _LAUREATES_TOTAL.search(f[ss:se]) and "depuis" not in f[ss:se] \
                            and any(p.money for p in self.quantities_in(ss, se)):
                        lm = True  # « Au total, ces quatre projets représentent 15 M€ … »: the count of the laureates described
                if lm or _NEW_LOOSE_LEFT.search(left):
                    best_new = (0, q)
                    break
        if best_new:
            q = best_new[1]
            out["new_laureates"] = Value(q.int_value, q.start, q.end, (0.55, 0.7, 0.85)[best_new[0]])
        # Aggregate money outside the laureates. For each role, a figure in a sentence about laureates beats
        # one about the whole plan (« 90 M€ accordés à des entreprises, des collectivités et des ménages »).
        money: dict[str, tuple] = {}
        for q in self.quantities:
            if not q.money:
                continue
            if q.int_value < 1000 or q.start >= self.own_end or any(a <= q.start < b for a, b in aggregate):
                continue  # « l'État verse un euro … trois euros d'investissements »: an illustration, not a total
            if any(abs(q.int_value - a) <= 0.01 * a for a in laureate_amounts):
                continue  # a laureate's own figure repeated in the title or lead
            role, conf = self.money_role(q)
            if role == "other":
                role, conf = self._total_line_role(q) or (role, conf)
            qs, qe = _enclosing(self.sentences, q.start)
            if not outside(q.start) and role != "envelope" and not _AGGREGATE_LEFT.search(f, qs, q.start) and not (
                    (_COUNTED_TOTAL.search(f, qs, q.start) or _COUNTED_LEFT.search(f, qs, q.start)) and "depuis" not in f[qs:qe]):
                continue  # inside a laureate's passage, only an envelope is the programme's (a laureate has none), or
                # the wave's figures (« ces 39 projets totalisent 265 M€ »)
            name = {"investment": "investment_eur", "aid": "aid_eur", "envelope": "envelope_eur"}.get(role)
            if not name or name in out:
                continue
            ss, se = _enclosing(self.sentences, q.start)
            sentence = f[ss:se] if se > ss else f[max(0, q.start - 150):q.end + 150]
            # « … a déjà permis de financer 54 projets pour 25 M€ de subventions »: the earlier waves' figures.
            if name != "envelope_eur" and (_SINCE_START.search(f, ss, q.start)
                                           or _RUNNING_TOTAL_LEFT.search(f, max(0, q.start - 160), q.start)):
                continue  # « les projets retenus depuis le lancement du plan représentent 10 M€ »: a running total
            rank = 0 if name != "envelope_eur" and (_PLAN_WIDE.search(sentence) or _ALREADY.search(sentence)) else 1
            if rank == 1 and name != "envelope_eur" and _LAUREATES_TOTAL.search(sentence) and "depuis" not in sentence:
                rank = 2  # « Au total, ces quatre projets représentent 15 M€ … », « Trois projets retenus, pour 5 M€ »
            if name == "envelope_eur" and plan_budget(f, max(ss, q.start - 80), q.start):
                continue  # « Le plan France Relance, doté de 100 milliards d'euros, … »: the whole plan's, no programme's
            if name == "envelope_eur" and _LOCAL_BUDGET.search(sentence):
                continue  # « Le conseil municipal a adopté un budget de 41,7 M€ »: a town's budget, no programme's
            if name == "envelope_eur" and _NEXT_EDITION.search(sentence):
                continue  # « Le dispositif sera reconduit en 2027 avec un budget de 6 M€ »: the next edition's budget
            if name == "envelope_eur" and _ENDOWED.search(f[max(ss, q.start - 40):q.start]):
                rank = 2  # « doté de 700 M€ » names the endowment; « qui mobilise 44 M€ » may be a share of it
            if name not in money or rank > money[name][0]:
                money[name] = (rank, Value(q.int_value, q.start, q.end, conf))
        for name, (_, value) in money.items():
            out.setdefault(name, value)
        for name, value in self.table_totals.items():
            out[name] = value  # a table's TOTAL row is its own announcement, more exact than the prose around it
        # Territory of the announcement.
        dom = self.context["dominant"]
        if dom:
            out["department_code"] = Value(dom, 0, 0, 0.6)
            out["region_code"] = Value(self.gaz.region_of_department(dom), 0, 0, 0.6)
        elif self.context["reg_counts"]:
            reg, n = self.context["reg_counts"].most_common(1)[0]
            if n >= 2 and reg:
                out["region_code"] = Value(reg, 0, 0, 0.5)
        date = self._date()
        if date:
            out["date_text"] = date[0]
            if date[1]:
                out["date"] = date[1]
        return out

    def _programme(self) -> Value | None:
        t, f = self.text, self.folded
        scores: dict[str, list] = {}
        for m in _QUOTED.finditer(t):
            name = m.group("name").strip().strip(",;:. ")
            if not name or len(name.split()) > 8 or len(name) < 3 or name[-1] in ".!?":
                continue
            if not (name[0].isupper() or name[0] in "(«" or name[0].isdigit()):
                continue
            key = norm(name)
            if key in lexicon.UMBRELLA_PLANS:
                continue  # « plan « France Relance » »: the frame, not the programme won
            before = f[max(0, m.start() - 70):m.start()]
            kw = _PROGRAMME_KW.search(before)
            points = 0
            if kw:
                points = {"call": 3, "scheme": 2, "plan": 1}[kw.lastgroup]
            elif re.match(r"(?:fonds|programme|dispositif|appel a projets|appel a manifestation)\b", key):
                points = 2  # « Le « Fonds d'accélération … » s'inscrit … »: the name says what it is
            entry = scores.setdefault(key, [0, 0, None, 0])
            entry[0] += points
            entry[1] += 1
            if points and (entry[2] is None or points > entry[3] or (points == entry[3] and name[0].isupper()
                                                                   and not entry[2][0][0].isupper())):
                entry[2] = (name, m.start("name"), m.start("name") + len(name))
                entry[3] = points
        # « Pack Relocalisation - Commission permanente du 21/10/2021 »: a scheme that opens the document's first lines
        # names it, as strongly as a known programme (and first, on a tie)
        for m in _TITLE_SCHEME.finditer(t, 0, sum(len(x) + 1 for x in t.split("\n", 3)[:3])):
            name = m.group("name").strip()
            if norm(name) in lexicon.UMBRELLA_PLANS:
                continue
            entry = scores.setdefault(norm(name), [0, 0, None, 0])
            entry[0] += 3
            entry[1] += 1
            if entry[2] is None or entry[3] < 3:
                entry[2], entry[3] = (name, m.start("name"), m.start("name") + len(name)), 3
        # Programme names known from the reference data, quoted or not: as strong as « appel à projets « X » ».
        known = list(lexicon.KNOWN_PROGRAMMES.finditer(f, 0, self.own_end))
        full = next((k for k in known if "secteurs critiques" in k.group(0)), None)
        for m in known:
            name = t[m.start():m.end()]
            if re.fullmatch(r"\(re\)\s?localisations?", m.group(0)):
                if re.search(r"[«“\"]\s*$", t[max(0, m.start() - 3):m.start()]):
                    continue  # (quoted, the quoted names already count it: « le volet national « (Re)localisation » »)
                if full is not None:
                    # (« (Re)localisations » alone, in a text that also writes the call's whole name: that one)
                    name = t[full.start():full.end()]
            entry = scores.setdefault(norm(name), [0, 0, None, 0])
            entry[0] += 3
            entry[1] += 1
            if entry[2] is None or entry[3] < 3:
                entry[2], entry[3] = (name, m.start(), m.end()), 3
        # « Dispositif aide : X » lines and a table's « Dispositif » column (open-data exports): the scheme, once per
        # distinct value (a column repeats it on every row)
        for name, ns, ne in self._programme_cells():
            key = norm(name)
            if key in lexicon.UMBRELLA_PLANS:
                continue
            entry = scores.setdefault(key, [0, 0, None, 0])
            entry[0] += 2
            entry[1] += 1
            if entry[2] is None:
                entry[2], entry[3] = (name, ns, ne), 2
        best = None
        for key, (points, count, ev, top) in scores.items():
            if ev is None or points < 2:
                continue
            score = points + count
            # (on a tie, the programme the text names first: « … lauréats du Fonds d'accélération … » in the lead, then
            # « son voisin avait été retenu dans le volet « Résilience » » is another's, earlier award)
            if best is None or score > best[0] or (score == best[0] and ev[1] < best[1][1]):
                best = (score, ev, top)
        if best:
            score, (name, s, e), top = best
            name = re.sub(r"\s+", " ", name)
            if re.fullmatch(r"relocalisations?(?: industrielles?)? dans les secteurs critiques", norm(name)):
                name = "(Re)localisation dans les secteurs critiques"  # the call's official name, « (Re) » often dropped
            return Value(name, s, e, 0.9 if top >= 3 else 0.75)
        m = _UNQUOTED_CALL.search(t)
        if m:
            name = m.group("name").strip()
            return Value(name, m.start("name"), m.start("name") + len(name), 0.55)
        # « lauréates du fonds d'accélération des investissements industriels dans les territoires »
        m = _LAUREATES_OF.search(t)
        if m:
            name = m.group("name").strip()
            if len(name.split()) <= 10 and norm(name) not in lexicon.UMBRELLA_PLANS:
                return Value(name, m.start("name"), m.start("name") + len(name), 0.5)
        return None

    def _programme_cells(self) -> list[tuple[str, int, int]]:
        t, f = self.text, self.folded
        seen, out = set(), []
        for m in _PROGRAMME_LABEL_LINE.finditer(f):
            out.append((t[m.start("v"):m.end("v")].strip(), m.start("v"), m.end("v")))
        for hm in re.finditer(r"^[^\n]*(?:\t|\|)[^\n]*$", f, re.M):
            sep = "|" if "|" in hm.group(0) else "\t"
            labels = [c.strip() for c in hm.group(0).split(sep)]
            col = next((i for i, c in enumerate(labels) if _PROGRAMME_COLUMN.fullmatch(c)), None)
            if col is None:
                continue
            pos = hm.end() + 1
            for rm in re.finditer(r"[^\n]+", t[pos:pos + 20000]):
                cells = rm.group(0).split(sep)
                if len(cells) != len(labels):
                    break
                raw = cells[col]
                start = pos + rm.start() + sum(len(c) + 1 for c in cells[:col])
                # « Relocalisation/Diversification - volet investissement »: the scheme, without its strand
                raw = re.split(r"\s+[–—-]\s+(?=(?:volet|axe|mesure|option)\b)", raw, maxsplit=1, flags=re.I)[0]
                value = raw.strip()
                if len(value) >= 4 and re.search(r"[a-zA-ZÀ-ÿ]{3}", value) and norm(value) not in seen:
                    seen.add(norm(value))
                    s0 = start + raw.index(value)
                    out.append((value, s0, s0 + len(value)))
        return out[:6]

    def _date(self):
        f = self.folded
        for m in _DATE.finditer(f):
            ss, se = _enclosing(self.sentences, m.start())
            if re.search(r"annon|laureat|retenu|devoil|selection", f[ss:se]):
                day = 1 if m.group("day") == "1er" else int(m.group("day"))
                month = MONTHS.index(m.group("month")) + 1
                year = m.group("year")
                iso = f"{int(year):04d}-{month:02d}-{day:02d}" if year else None
                return Value(self.text[m.start():m.end()], m.start(), m.end(), 0.6), \
                    (Value(iso, m.start(), m.end(), 0.6) if iso else None)
        return None


# --------------------------------------------------------------------------------------------------
# Patterns
# --------------------------------------------------------------------------------------------------
_COMMON_ORG_WORDS = set()


def _split_at_columns(parts, starts):
    """« Hélicerie du Territoire Fontaine » where a name fills its column and one space is left before the commune:
    a chunk that runs over a column's start, a word beginning exactly there, is two cells."""
    out = []
    for pos, text, ps, pe in parts:
        cut = [c - pos for c in starts if pos < c < pos + len(text) and text[c - pos - 1] == " " and text[c - pos] != " "]
        k0 = 0
        for k in cut:
            out.append((pos + k0, text[k0:k - 1], ps + k0, ps + k - 1))
            k0 = k
        out.append((pos + k0, text[k0:], ps + k0, pe))
    return out


def _tab_table_as_pipes(text: str) -> str:
    """Runs of three lines or more with two tabs or more each (a copied spreadsheet): their tabs become « | »."""
    lines = text.split("\n")
    tabbed = [line.count("\t") >= 2 for line in lines]
    out, k = [], 0
    while k < len(lines):
        j = k
        while j < len(lines) and tabbed[j]:
            j += 1
        if j - k >= 3:
            out.extend(line.replace("\t", "|") for line in lines[k:j])
            k = j
        else:
            out.append(lines[k])
            k += 1
    return "\n".join(out)


def _place_words(doc):
    return doc.gaz.communes


def _right_context(f: str, pos: int, sentence_end: int, width: int = 60) -> str:
    right = f[pos:min(sentence_end if sentence_end > pos else len(f), pos + width)]
    nl = right.find("\n")
    if nl >= 0:
        following = right[nl + 1:]
        if not following.strip() or re.match(r"\s*(?:[-–—•*]|\d{1,2}[.)]|[^\n:]{1,40}:)", following) or "\n" in following:
            right = right[:nl]
    return right


# « | Emplois | Montant (€ HT) | Ressources | Montant (€) | », « | Dépenses | … | Recettes | … | »: a plan of financing's head
_FINANCING_PLAN_HEAD = re.compile(r"^[ \t]*\|?[ \t]*(?:\*\*)?(?:emplois|depenses)(?:\*\*)?[ \t]*\|[^\n]*\|[ \t]*(?:\*\*)?(?:ressources|recettes|financements)\b[^\n]*\n(?:[ \t]*\|?[ \t:|-]+\n)?",
                                  re.MULTILINE)


def _pipe_cells(row: str):
    """(text, offset) of each cell of a « | a | b | » row."""
    pos = row.index("|") + 1 if row.lstrip().startswith("|") else 0
    out = []
    for part in row[pos:].split("|"):
        out.append((part, pos))
        pos += len(part) + 1
    return [c for c in out if c[0].strip()] if out else []


# « La filiale du groupe lyonnais Heliantha Pharma »: the parent group, named as such
_PARENT_NAMED = re.compile(r"\b[Ff]iliale\s+(?:française\s+)?(?:du|de|d['’])\s*(?:groupe|géant|leader)\s+(?:[a-zà-ÿ-]{3,}\s+){0,2}(?P<org>" + CAPNAME + r")|"
                           # « Le groupe allemand Medisterix, spécialiste des sets … Sa filiale Medisterix France va investir »
                           r"\b[Ll]e\s+groupe\s+(?:[a-zà-ÿ-]{3,}\s+){0,2}(?P<org2>" + CAPNAME + r")(?=[^.!?]{0,200}[.!?]\s+(?:Sa|Une)\s+filiale\s+(?P=org2)\s)")
# « … a passé douze ans chez X, à Lille », « ancienne cadre de la Filature X, à Lavelanet »: the former employer and its town
_FORMER_EMPLOYER_PLACE = re.compile(r"\b(?:passee?s?|travaille|fait\s+ses\s+armes)\s+(?:[a-z]+\s+){0,3}chez\s+[^.;]{2,60}?,?\s+(?:a|au|en)\s+$|"
                                    r"\banciens?n?e?s?\s+(?:cadre|directeur|directrice|salariee?|dirigeante?)\b[^.;]{2,70}?,?\s+(?:a|au)\s+$")
_FORMER_EMPLOYER_LEFT = re.compile(r"(?:\b(?:passee?s?|travaille|debute|fait\s+ses\s+armes|fait\s+carriere)\s+(?:[a-z]+\s+){0,3}chez\s+"
                                   # (« chez un sous-traitant du décolletage, X »)
                                   r"(?:(?:un|une|le|la|l\W)\s*[a-z-]+(?:\s+[a-z-]+){0,3},\s+)?|"
                                   # « passée auparavant par le fabricant de meubles X »
                                   r"\bpassee?s?\s+(?:auparavant\s+|notamment\s+|d\W\s*abord\s+|jadis\s+)?par\s+(?:le|la|les|l\W)\s*"
                                   r"[a-z-]+(?:\s+(?:de|d\W)\s*[a-z-]+)?\s+|"
                                   # a résumé's line « 2004 : entre chez X »
                                   r"\b(?:entre|entree)\s+chez\s+|"
                                   r"\banciens?n?e?s?\s+(?:cadre|directeur|directrice|salariee?|dirigeante?|ingenieure?|responsable|"
                                   r"commerciale?|employee?)s?\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l\W\s*|d\W\s*|chez\s+)|"
                                   r"\bapres\s+avoir\s+(?:dirige|travaille|ete|occupe|gere)\b[^.;]{0,60}?\b(?:de\s+la|du|des|de\s+l\W|d\W|chez)\s*)"
                                   r"(?:[a-z-]+\s+)?$")
# « du pôle Ondes & Systèmes Connectés », « Acquisition de 100 % du capital de la société X », « une levée de fonds de
# 9 M€ menée par X »: a cluster, a takeover's target, an investor
_NOT_LAUREATE_LEFT = re.compile(r"\b(?:pole(?:\s+de\s+competitivite)?|cluster|federation|syndicat|chambre)\s+$|"
                                # « l'entreprise a été rachetée à l'automne par le groupe danois X »: the buyer
                                r"\b(?:rachetee?s?|reprise?s?|acquise?s?|absorbee?s?)\s+(?:[^.;:]{0,30}?\s)?par\s+(?:le\s+groupe\s+|la\s+societe\s+|"
                                r"le\s+fonds\s+|l\W\s*industriel\s+|son\s+concurrent\s+)?(?:[a-z-]+\s+)?$|"
                                # « Ces résines sont notamment achetées par le fabricant de peintures X »: a buyer of its products
                                r"\b(?:achetee?s?|utilisee?s?|commandee?s?|vendue?s?)\s+(?:notamment\s+|surtout\s+|en\s+particulier\s+)?par\s+"
                                r"(?:le|la|les|l\W)\s*(?:fabricant|constructeur|groupe|societe|industriel|equipementier|laboratoire|leader|"
                                r"specialiste|client)s?\s+(?:(?:de|d\W|du|des)\s*[a-z-]+(?:\s+[a-z-]+){0,2}\s+)?(?:[a-z-]+\s+)?$|"
                                # « le four de fusion, commandé au fabricant italien X »: a supplier
                                r"\b(?:commandee?s?|achetee?s?|fournie?s?|livree?s?|confiee?s?)\s+(?:[^.;:]{0,20}?\s)?(?:au|a\s+la|a\s+l\W\s*|aupres\s+(?:du|de\s+la))\s*"
                                r"(?:(?:fabricant|constructeur|fournisseur|equipementier|specialiste|societe|groupe|entreprise)\s+(?:[a-z-]+\s+){0,2})?$|"
                                # « fournisseur notamment de l'équipementier X », « sous-traitant du constructeur Y »: a client
                                r"\b(?:fournisseur|fournisseuse|sous-traitant|sous-traitante)s?\s+(?:(?:notamment|historique|principal|"
                                r"attitre|officiel|exclusif|direct|de\s+rang\s+\d)\s+)*"
                                r"(?:(?:de|d\W)\s*[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?=du\s|de\s+la\s|de\s+l\W|des\s))?"  # (« de faisceaux électriques »)
                                r"(?:de\s+la\s+|de\s+l\W\s*|du\s+|des\s+|de\s+|d\W\s*)"
                                r"(?:(?:equipementier|constructeur|groupe|societe|leader|geant|industriel|motoriste|avionneur|laboratoire|"
                                # (« Fournisseur du constructeur de machines agricoles Valmorey, l'entreprise … »)
                                r"chantier|fabricant|distributeur|enseigne|marque)\s+(?:[a-z-]+\s+|(?:de|d\W)\s*[a-z-]+(?:\s+[a-z-]+){0,2}\s+)?)?$|"
                                r"\bpour\s+le\s+compte\s+(?:de\s+la\s+|de\s+l\W\s*|du\s+|des\s+|de\s+|d\W\s*)(?:[a-z-]+\s+){0,2}$|"
                                # « son partenaire industriel, l'équipementier X, qui deviendra son premier client »
                                r"\b(?:son|leur)\s+partenaire\s+(?:industriel|financier|historique|commercial)\s*,\s*(?:l\W\s*|le\s+|la\s+)?(?:[a-z-]+\s+)?$|"
                                # « la société mère, le petit groupe Kornog Marée, qui détient … »: the parent
                                r"\b(?:societe|maison)\s+mere\s*,?\s*(?:le\s+|la\s+|l\W\s*)?(?:petit\s+|grand\s+|jeune\s+)?(?:groupe\s+|holding\s+)?[a-z]*\s*$|"
                                # « Son concurrent direct, Emballages X, basé à Lorient, … »: a competitor
                                r"\b(?:son|leur|un|le|notre)\s+(?:principal\s+|grand\s+|plus\s+grand\s+)?concurrente?\s*(?:direct\w*\s*|historique\s*)?,?\s*(?:la\s+|le\s+|les\s+|l\W\s*)?[*_]*\s*$|"
                                # « que la marque X faisait réaliser au Portugal, chez Malhas do Ave »: a subcontractor
                                r"\b(?:faisait|fait|faisaient|font)\s+(?:realiser|fabriquer|produire|assembler)\b[^.;]{0,60}\bchez\s+$|"
                                # « porté par la SEM Gâtinais Développement »: a local authorities' company builds, the
                                # industrial tenant is the laureate
                                r"\b(?:sem|spl|semop|societe\s+d\W\s*economie\s+mixte(?:\s+locale)?|societe\s+publique\s+locale)\s+$|"
                                r"\b(?:acquisition|rachat|absorption|integration)\s+(?:de\s+(?:\d+\s*%\s+(?:du\s+capital\s+)?)?)?"
                                r"(?:du\s+capital\s+)?(?:de\s+)?(?:(?:la\s+societe|l\W\s*entreprise|la\s+pme)\s+(?:[a-z]+\s+)?)?$|"
                                r"\b(?:levee\s+de\s+fonds|tour\s+de\s+table)\b[^.;]{0,60}\b(?:menee?|conduite?|pilotee?)\s+par\s+$|"
                                # « une levée de fonds de 2 millions d'euros auprès de Breizh Capital »: an investor
                                r"\b(?:levee\s+de\s+fonds|tour\s+de\s+table|leve|levee|augmentation\s+de\s+capital)\b[^.;]{0,80}\baupres\s+(?:de\s+la\s+|de\s+l\W\s*|du\s+|des\s+|de\s+|d\W\s*)$|"
                                # « Prêt de 2,8 M€ à Côtes d'Armor Habitat »: a borrower
                                r"\bprets?\b[^.;\n]{0,50}\s(?:a|au)\s+(?:la\s+|l\W\s*)?$|"
                                # « les interventions en fonds propres de la Région via AD Normandie »: a channel of money
                                r"\bvia\s+(?:l\W\s*agence\s+|la\s+societe\s+|le\s+fonds\s+)?$|"
                                # « Le Groupe a cédé … sa filiale X »: a subsidiary sold
                                r"\b(?:cede|cedee|vendu|vendue|cession\s+de)\b[^.;]{0,40}\b(?:sa|leur|la)\s+filiale\s+$")
# « Premier client de NCEP, l'équipementier X », « des clients comme X »: a customer
_CLIENT_LEFT = re.compile(r"\b(?:premier|principal|grand|gros|plus\s+gros)\s+client\b[^.;]{0,60}$|"
                          # « le client en question, le groupe ferroviaire X, n'a reçu aucune aide »
                          r"\ble\s+client\s+(?:en\s+question\s*)?,\s*(?:le|la|l\W)\s*(?:groupe\s+)?(?:[a-z-]+\s+)?$|\bclients?\s+(?:historiques?\s+)?"
                          r"(?:comme|tels?\s+que|dont)\s+(?:[a-z-]+\s+)?$|"
                          # « Ses clients s'appellent la laiterie X, la coopérative Y ou le conserveur Z »
                          r"\b(?:ses|leurs|nos)\s+(?:principaux\s+|grands\s+)?clients\s+(?:s\W\s*appellent|sont|comptent|se\s+nomment)\b[^.;:]{0,100}$|"
                          # « Parmi ses clients figure l'équipementier aéronautique X »
                          r"\bparmi\s+(?:ses|leurs|nos|les)\s+(?:principaux\s+|grands\s+)?clients\s*,?\s+(?:figure(?:nt)?|on\s+(?:trouve|retrouve|compte)|"
                          r"se\s+trouve(?:nt)?|il\s+y\s+a)\s+(?:l\W\s*|le\s+|la\s+|les\s+)?(?:[a-z-]+\s+){0,3}$|"
                          # « un premier contrat de cinq ans a été signé avec les Laboratoires X, un façonnier »
                          r"\bcontrat\b[^.;:]{0,40}\b(?:signe|conclu|passe)e?\s+avec\s+(?:la\s+societe\s+|le\s+groupe\s+|les\s+|la\s+|le\s+|l\W\s*)?$")
# « Derrière la marque Croc'Flandre se trouve la société Snacks du Mont-Noir »: a brand and its company
_BRAND_BEHIND = re.compile(r"[Dd]errière\s+(?:la\s+marque|ce\s+nom|l['’]enseigne|cette\s+marque)(?:\s+(?P<brand>[^,.;\n]{2,40}?))?,?\s+"
                           r"(?:se\s+(?:trouve|cache|tient)|il\s+y\s+a|on\s+trouve)\s+(?:(?:la\s+(?:société|SAS|SARL|PME|start-?up)|"
                           r"l['’]\s*entreprise)\s+)?(?P<org>" + CAPNAME + r")")
# The label of a fiche's line whose value is someone else than the laureate
_ROLE_LABEL = re.compile(r"(?:principal\s+|principaux\s+)?(?:clients?|concurrents?|fournisseurs?|partenaires?|banques?|actionnaires?|debouches?|"
                         r"dirigeante?s?|maire|accompagnement|conseil|cabinet|auteure?|media|source|donnees|rubrique|"
                         r"siege(?:\s+social)?|contact|investisseurs?|financeurs?|prestataires?|sous-traitants?|maison\s+mere|groupe|"
                         # « Actionnariat : famille X (72 %), Fonds Y (28 %) », « Prochain portrait : X »
                         r"actionnariat|capital|prochain\s+(?:portrait|numero|episode|article))\b")
_KV_ROW = re.compile(r"^([ \t]*)\|([^|\n]*)\|([^|\n]*)\|[ \t]*$")


def _key_value_tables(text: str) -> str:
    """Two-column tables whose first cells are labels (« Bénéficiaire », « SIREN », « Lieu de réalisation ») rewritten
    as label lines « Bénéficiaire : SAS X » (same length: offsets kept)."""
    lines = text.split("\n")
    out, i = list(lines), 0
    while i < len(lines):
        j = i
        while j < len(lines) and _KV_ROW.match(lines[j]):
            j += 1
        if j - i >= 3:
            rows = [_KV_ROW.match(line) for line in lines[i:j]]
            keys = [fold(re.sub(r"[*_]", "", r.group(2))).strip().lower() for r in rows]
            labelled = [k for k in keys if k and (lexicon.ORG_LABELS.match(k) or k.split()[0] in lexicon.LABEL_WORDS)]
            if any(lexicon.ORG_LABELS.match(k) for k in keys) and len(labelled) >= 3:
                for k, r in zip(range(i, j), rows):
                    if not r.group(2).strip() or set(r.group(2).strip()) <= set("-: "):
                        out[k] = " " * len(lines[k])  # the empty head « | | | » and the rule « |---|---| »
                    else:
                        chars = list(lines[k])
                        chars[r.start(2) - 1], chars[r.end(2)], chars[r.end(3)] = " ", ":", " "
                        out[k] = "".join(chars)
        i = max(j, i + 1)
    return "\n".join(out)


@functools.lru_cache(maxsize=4)
def _one_word_departments(gaz) -> dict:
    """code → the folded name of each one-word département, its final « e » or « s » dropped (« cantal », « vosg »)."""
    return {code: re.sub(r"(?:e|es|s)$", "", fold(d["name"]).lower()) for code, d in gaz.departments.items()
            if re.fullmatch(r"[a-z]{4,}", fold(d["name"]).lower())}


def _prefer_city(refs, ref, passage_deps, context=None):
    """« SERAM Composites, basée à Mérignac » in a text that also names the Charente-Maritime: the city of 78 000
    inhabitants, not the village of 237 of that département, unless the passage itself names the village's."""
    if ref is None or ref.department in passage_deps:
        return ref
    big = max(refs, key=lambda r: r.population)
    regions = (context or {}).get("regions") or []
    if regions and ref.region == regions[0] and big.region != regions[0] and len(context.get("departments") or ()) >= 2:
        # « Saint-Louis, à deux pas de la frontière suisse » in a release of the Grand Est that names the Moselle more:
        # a release naming several départements: the town of 22 000 of the région, not its village of 600 (nor La Réunion's city)
        bigr = max((r for r in refs if r.region == regions[0]), key=lambda r: r.population)
        if bigr is not ref and bigr.population >= 10_000 and bigr.population >= 10 * max(ref.population, 1) \
                and not (set(passage_deps) - {bigr.department}):
            return bigr
    if context and ref.department == context.get("homonym_hint") and big.department not in context.get("departments", ()):
        return ref  # « Saint-André » in a weekly of the Maurienne (Savoie throughout): the village, not La Réunion's town
    named = (context or {}).get("named_deps") or set()
    if context and ref.department in named and big.department not in named and ref.department in context.get("departments", ())[:1]:
        return ref  # « Montreuil » in a story of Fontenay-le-Comte under « VENDÉE »: the Vendée's, not Seine-Saint-Denis's
    regs = (context or {}).get("reg_counts") or {}
    if context and context.get("departments")[:1] == [ref.department] and regs.get(ref.region, 0) > regs.get(big.region, 0):
        return ref  # « Saint-Pierre » in « Le quotidien de la Martinique »: the Martinique one, not La Réunion's city
    if big.population >= 20_000 and big.population >= 20 * max(ref.population, 1) and not (
            set(passage_deps) - {big.department}):
        return big
    return ref


def _label_led(name: str) -> bool:
    """« Commune », « Montant total », « La liste »: a line led by a label's word. « Les Tissages Ostrevant », « LES
    CÂBLERIES DE SARRE » are names that keep their article (a capital word after it, and another after that)."""
    words = norm(name).split()
    if not words or words[0] not in lexicon.LABEL_WORDS:
        return False
    if re.sub(r"[^A-Za-zÀ-ÿ]", "", name).isupper() and len(words) > 1 and not (
            words[1] in lexicon.TRADE_HEADS or words[1].rstrip("s") in lexicon.TRADE_HEADS or words[1].endswith("eries")):
        return True  # (« LE PODCAST DE L'ESTUAIRE », « LE GUETTEUR DE L'ITON »: in capitals, only a trade keeps its article)
    return not (words[0] in ("le", "la", "les") and len(words) > 2
                and re.match(r"\S+[ \t]+[A-ZÀ-Ý][\w'’-]*[ \t]+\S", name.strip()) and words[1] not in lexicon.LABEL_WORDS
                # (« LA LETTRE ÉCO », « Le Journal des entreprises »: a publication's title)
                and words[1] not in ("lettre", "newsletter", "journal", "bulletin", "magazine", "revue", "gazette", "echo", "echos",
                                     "quotidien", "hebdo", "semaine", "depeche", "tribune", "point", "fil", "une", "liste",
                                     # (a newspaper's masthead: « LA VOIX DU BOCAGE », « Le Courrier de l'Ouest »)
                                     "voix", "courrier", "republicain", "progres", "nouvelles", "nouvelliste", "petit",
                                     "telegramme", "reveil", "independant", "renaissance", "presse", "eclair", "dauphine",
                                     "parisien", "populaire", "union", "messager", "informateur", "avenir"))


def _first_name_led(name: str) -> bool:
    words = norm(name).split()
    return len(words) >= 2 and words[0] in lexicon.FIRST_NAMES


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos]
    return pos == 0 or bool(re.search(r"(?:[.!?:]\s+|\n\s*|^)$", before)) or bool(
        re.search(r"(?:^|\n)[ \t]*(?:[-–—•*]\s*)?$", text[max(0, pos - 6):pos]))


def _cut_name(name: str) -> str:
    """« Dupont Industries, PME de … » → « Dupont Industries »; stops at a verb or lowercase word."""
    name = re.split(r"\.\s", name)[0]  # « Akinao. Située à … »: a full stop ends the name
    words = []
    for w in re.split(r"(\s+)", name.strip()):
        if not w.strip():
            words.append(w)
            continue
        if words and not (w[0].isupper() or w[0].isdigit() or w in {"&", "de", "des", "du", "et", "d'", "la", "le", "di", "della"}
                          or (w in {"a", "u"} and "".join(words).rstrip().endswith(" di"))
                          or re.match(r"[ld]['’][A-ZÀ-Ý]", w)):
            break
        words.append(w)
    out = "".join(words).strip()
    out = re.sub(r"\s+(?:de|des|du|et|la|le|d'|di|di\s+[au]|della)$", "", out)
    return out


# A sector cell or label that puts the activity outside the critical sectors: « Autre – mécanique », « Hors secteurs
# critiques », « Non concerné ».
_OTHER_SECTOR = re.compile(r"\s*(?:autres?\b|hors\s+secteurs?|non\s+concern|aucun\b)")


def _drop_sector(lau: Laureate) -> None:
    for key in ("sector", "sector_slug", "naf_division"):
        lau.fields.pop(key, None)
    lau.no_sector = True


def _initials_of(before: str, acronym: str) -> bool:
    """« la Chimie rhénane des fluides (CRF) »: the acronym is made of the initials of the words before its bracket
    (the name's own short form, unlike « sous-traitants en électronique (EMS) »)."""
    words = [w for w in re.findall(r"[^\W\d_]+", before.rsplit("(", 1)[0])
             if fold(w) not in ("de", "des", "du", "la", "le", "les", "l", "d", "en", "et", "a", "au", "aux")]
    tail = words[-len(acronym):]
    return len(tail) == len(acronym) and fold("".join(w[0] for w in tail)) == fold(acronym)


def _sector_of_words(folded_cell: str) -> str | None:
    if "pharmac" in folded_cell:
        return "sante"  # « chimie pharmaceutique », « industrie pharmaceutique »: health before chemistry
    for word, slug in lexicon.HEADING_WORD_SECTOR.items():
        if word in folded_cell:
            return slug
    scores = Counter()
    for rx, sector, weight, _ in lexicon.SECTOR_CUES:
        if rx.search(folded_cell):
            scores[sector] += weight
    return scores.most_common(1)[0][0] if scores else None


def _sectors_named(folded_text: str):
    out = []
    for m in lexicon.SECTOR_HEADING.finditer(folded_text):
        word = m.group(1).lstrip("l'’")
        word = re.sub(r"s$", "", word) if word.startswith("intrant") else word
        key = "intrants essentiels" if word.startswith("intrant") else word
        if key.startswith("pharmac"):
            key = "sante"
        slug = lexicon.HEADING_WORD_SECTOR.get(key)
        if slug:
            out.append((slug, m.start(1), m.end(1)))
    return out


# Cell separators of a table written as text lines: « a | b », a tab, « a – b » (a dash between spaces: never
# inside a name such as « Vire-Normandie »), « a ; b ».
_CELL_SEPS = {"|": re.compile(r"\|"), "\t": re.compile(r"\t"), "–": re.compile(r"[ \t]+[–—-][ \t]+"),
              ";": re.compile(r"[ \t]*;[ \t]*"), ",": re.compile(r"[ \t]*,[ \t]*")}


def _csv_split(text: str, line_start: int, end: int, sep: str):
    """Cell spans of a CSV line: a separator inside double quotes is text (« "Connecteurs; faisceaux" »); the quotes
    are not part of the cell."""
    spans, s, quoted = [], line_start, False
    for i in range(line_start, end + 1):
        ch = text[i] if i < end else sep
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            a, b = s, i
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b - a >= 2 and text[a] == '"' and text[b - 1] == '"':
                a, b = a + 1, b - 1
            spans.append((a, b))
            s = i + 1
    return spans


def m_split(text: str, line_start: int, sep: str = "|"):
    """Cell spans of a « a | b | c » line (or of another separator of ``_CELL_SEPS``)."""
    end = text.find("\n", line_start)
    end = len(text) if end < 0 else end
    if sep in (";", ",") and '"' in text[line_start:end]:
        return _csv_split(text, line_start, end, sep)
    spans, pos = [], line_start
    for m in [*_CELL_SEPS[sep].finditer(text, line_start, end), None]:
        i, nxt = (m.start(), m.end()) if m else (end, end)
        s, e = pos, i
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
        pos = nxt
    return spans


_ORGN = r"(?P<org>[^\n–—(),:;.]{1,80}?(?:\.\d)?[^\n–—(),:;.]{0,20}?)"
_PROJECT_BY = re.compile(
    r"(?:le\s+|son\s+)?projet\s+(?:[«“\"]\s*(?P<project>[^»”\"\n]{1,80}?)\s*[»”\"]|(?-i:(?P<project2>[A-Z][A-Z0-9-]{2,}[A-Za-z0-9-]*)))"
    r"\s*,?\s*(?:porté|présenté|mené|conduit|"
    r"développé|déposé|piloté)\s+par\s+" + _ORGN + r"(?=\s*(?:[–—(),:;]|\s-\s|\s(?:a|est|sera|qui|pour|à|en|au|dans|situé|basé|implanté|dont)\s|\.\s|\.$|$))",
    re.IGNORECASE | re.MULTILINE)
_QUOTED_PROJECT_BY = re.compile(
    r"(?<!projet )(?<!projet)[«“\"]\s*(?P<project>[^»”\"\n]{1,60}?)\s*[»”\"]\s*,?\s*(?:est|sera|a\s+été|sont|seront)\s+"
    r"(?:porté|présenté|mené|conduit|développé|piloté)e?s?\s+par\s+" + _ORGN +
    r"(?=\s*(?:[–—(),:;]|\s-\s|\s(?:a|est|sera|qui|pour|à|en|au|dans|situé|basé|implanté|dont)\s|\.\s|\.$|$))",
    re.IGNORECASE | re.MULTILINE)
_ORG_FOR_PROJECT = re.compile(
    r"^[ \t]*(?:[-–—•●▪*]\s*)?(?P<org>[A-ZÀ-Ý0-9][^\n:,(]{0,60}?)\s*(?:\([^)\n]{1,60}\)\s*)?,?\s+(?:pour|avec)\s+(?:son|le|leur)\s+projet\s+"
    r"[«“\"]\s*(?P<project>[^»”\"\n]{1,80}?)\s*[»”\"]", re.MULTILINE)
# a labelled line of a fiche, « - **Aide de l'État** : 1,2 M€ », « montant aide:822000.00 »
# (« TJM-Stéri : blisters … », « SiCPACK : mise en boîtier … »: a coined name with capitals inside, then a colon)
_CAPS_PROJECT = re.compile(r"\s*(?P<q>[A-Z][A-Z0-9-]{2,}(?:[ \t][A-Z0-9][A-Z0-9-]*){0,2}|[A-Z][\w-]*[A-Z][\w-]*)"
                           r"(?:[ \t]+[–—-]|[ \t]*:)[ \t]+\S")
_FIELD_VALUE = re.compile(r"(?m)^[ \t]*(?:[-–•*][ \t]*)?(?:\*\*)?(?P<key>[A-Za-zÀ-ÿ][^\n:*]{1,40}?)(?:\*\*)?[ \t]*:[ \t]*(?P<val>[^\n]*\S)")
_FIELD_LINE = re.compile(r"[ \t]*(?:[-–•*][ \t]*)?(?P<head>[^\n:]{2,60}?)[ \t]*:(?:[ \t]|(?=\S))")  # (« X (85) : » ending its line heads a list)
_COLON_LINE = re.compile(
    r"^(?P<bullet>[ \t]*(?:" + lexicon.BULLET_MARK + r"[ \t]*)?)(?:\*\*)?(?P<head>[^\n:]{1,110}?)(?:\*\*)?\s*[:：](?P<gap>[ \t]*)(?P<rest>[^\n]+)",
    re.MULTILINE)
# Words that make a commune before them the start of a company's name (« Givet Céramiques », « Vierzon Pharma »)
_NAME_TAIL_WORDS = {"ceramiques", "ceramique", "pharma", "technologies", "technology", "systemes", "systems", "solutions",
                    "textiles", "textile", "polymeres", "precision", "metal", "metaux", "nutrition", "biotech", "aliments",
                    "industrie", "plast", "composite", "emballage", "packaging", "electronics", "automation"}
# « … Dermalp Biotech. Cette start-up … »: a sentence that takes up the company named just before
# A paragraph that opens on the project's figures (« Montant du projet : 1,2 million d'euros. L'État a accordé … »)
# (« - Investissement : 4,1 M€ » / « - Aide de l'État : 1,2 M€ »: a list of labelled figures under the paragraph)
_FIGURES_START = re.compile(r"(?:[-•*][ \t]*)?(?:investissements?|aides?|subventions?|montants?|emplois|couts?|budget)\b[^:\n]{0,30}:[ \t]*\d|"
                            r"(?:montant|cout|budget|investissement)s?\s+(?:du|de\s+l\W\s*|total)|(?:le|ce)\s+(?:projet|programme)(?:\s*,[^,.;\n]{1,60},)?\s+"
                            r"(?:est\s+chiffre|represente|s\W\s*eleve|coute|beneficie)|l\W\s*etat\s+(?:a\s+)?(?:accorde|apporte|verse|finance|subventionne|accompagne|soutient|aide)")
_TAKEN_UP = re.compile(r"(?:Cette|Cet|Ce|La|Le|L['’])\s*(?:(?:jeune|petite|nouvelle)\s+)?(?:start-?up|startup|entreprise|PME|PMI|ETI|TPE|"
                       r"société|biotech|jeune\s+pousse|coopérative|industriel|fabricant|sous-traitant|équipementier|"
                       r"laboratoire|[a-zé]{3,}erie)\b")
# « 1. SAS PLASTIQUES BUGISTES – SIREN 785 738 843 », « - Forges X (SIRET 123 456 789 00012) »: a name line with its number
_SIREN_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+|" + lexicon.BULLET_MARK + r"[ \t]*)?(?P<org>[A-ZÀ-Ý0-9][^\n:–—|()]{1,80}?)"
                         r"[ \t]*(?:\([A-Z0-9&.'’ -]{1,12}\)[ \t]*)?(?:[–—,-][ \t]*|\([ \t]*)(?:n°[ \t]*)?SIRE[NT][ \t]*(?:n°)?[ \t]*:?[ \t]*"
                         r"\d{3}[ \t  ]?\d{3}[ \t  ]?\d{3}(?:[ \t  ]?\d{5})?[ \t]*\)?[ \t]*$", re.MULTILINE)
# « Valognes : la tour de séchage de la Laiterie X » / « Saint-Lô : Saint-Lô Plasturgie se lance … » above a blank line
_PLACE_HEADLINE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Ý][\w'’ -]{1,45}?)[ \t\u00a0\u202f]*:[ \t]+(?P<rest>[\w«\"“][^\n:]{6,150}?)[ \t]*\n[ \t]*\n"
                             r"(?=[ \t]*[A-ZÀ-Ý«\"“])", re.MULTILINE)
_BOLD_LINE = re.compile(r"^[ \t]*\*\*[^\n]+\*\*[ \t]*$", re.MULTILINE)
_CAPS_NAME_HEADING = re.compile(r"^[ \t#*_]*(?P<name>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&'’. -]{2,40}?)[ \t]*:[ \t]+[A-ZÀ-Ý0-9«\"][A-ZÀ-Ý0-9 ,'’«»\"!?&-]{4,80}"
                                r"[ \t*_]*\n(?:[ \t]*\n)?(?=[ \t]*[A-ZÀ-Ý][^\n]{80,})", re.MULTILINE)
_DEP_DASH_COMMUNE_LINE = re.compile(r"(?:^|(?<=\n))[ \t*_#]*(?P<dep>[A-ZÀ-Ý][\w'’ -]{1,30}?)[ \t]+[–—-][ \t]+(?P<com>[A-ZÀ-Ý][\w'’ -]{1,45}?)"
                                    r"[ \t*_]*\n[ \t]*\n")
_NUMBERED_NAME_HEADING = re.compile(r"^[ \t#]*\d{1,2}[.)][ \t]+(?P<name>[A-ZÀ-Ý][^\n:()–—.!?«»]{2,50}?)(?:[ \t]*\([^()\n]{2,40}\))?[ \t]*\n",
                                    re.MULTILINE)
_NAME_COLON_HEADLINE = re.compile(r"(?<=\n\n)[ \t]*(?P<name>[A-ZÀ-Ý0-9][\w&'’.() -]{1,48}?)[ \t]*:[ \t]+(?P<rest>[a-zà-ÿ«\"][^\n.:;!?]{4,100})[ \t]*\n[ \t]*\n")
_MD_NAME_HEADING = re.compile(r"^[ \t]*#{2,4}[ \t]+(?P<name>[A-ZÀ-Ý0-9][^\n:#*]{2,50}?)[ \t]*:[ \t]+[^\n]{4,120}\n(?:[ \t]*\n)?"
                              r"(?=[ \t]*[A-ZÀ-Ý][^\n]{80,})", re.MULTILINE)
_CAPS_PLACE_BRIEF_BOLD = re.compile(r"^[ \t]*\*\*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40}?)[ \t]*[–—][ \t]*"
                                    r"(?P<rest>[\w«\"“][^\n*]{4,120}?)[ \t]*\*\*[ \t]*$", re.MULTILINE)
_CAPS_PLACE_BRIEF = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40}?)[ \t]*\((?P<dep>" + DEPT_CODE_RE + r")\)[ \t]*[–—-][ \t]*"
                               r"(?P<rest>[\w«\"“][^\n]{4,120}?)[ \t]*$", re.MULTILINE)
# « le patron de Durance Excipients », « président de **X** »: the head of a company, named by it
# A post's author line: « Directrice industrielle chez Biscuiterie X | Agroalimentaire | Lean » (the employer before « | »)
# (« Présidente de NutriBocage | Agroalimentaire »: a head's title, then « de » and the company)
_POSTER_EMPLOYER = re.compile(r"(?m)^[ \t]*(?:[A-ZÀ-Ý][\w'’ -]{2,60}?\s+(?:chez|@|at)\s+|(?:Président|PDG|CEO|Directeur|Directrice|"
                              r"Fondat(?:eur|rice)|Co-?fondat(?:eur|rice)|Gérant|Dirigeant)e?(?:[ \t]+(?:général|générale|"
                              r"délégué|déléguée|et\s+fondat(?:eur|rice)))?[ \t]+(?:de[ \t]+|du[ \t]+|d['’][ \t]*))"
                              r"(?P<org>" + CAPNAME + r")[ \t]*(?:[|•·][^\n]*)?$")
# The author's company speaks of its own award: « notre projet REFAB vient d'être retenu », « nous sommes lauréats »
_OWN_DOCUMENT_TITLE = re.compile(r"\s*(?:#{1,3}[ \t]*)?(?:\*\*)?(?:(?:Le\s+blog|La\s+lettre|Le\s+journal|Les\s+actualités)\s+"
                                 r"(?:de\s+|d['’]|du\s+)?(?P<org2>" + CAPNAME + r")[ \t]+[—–|-][ \t]+[^\n]*\n|"
                                 r"(?P<org>" + CAPNAME + r")[ \t]+[—–|-][ \t]+(?:\*\*)?"
                           r"(?:Rapport\s+(?:annuel|d['’]activité|financier)|Lettre\s+aux\s+actionnaires|Communiqué|"
                           r"Lettre\s+d['’]information|Newsletter|Dossier\s+de\s+presse|Le\s+blog|Blog)\b[^\n]*\n)")
_CONGRATS = re.compile(r"(?:[Ff]élicitations|FÉLICITATIONS|[Bb]ravo|BRAVO)\s+(?:aussi\s+)?(?:à|a)\s+(?:tous\s+)?"
                       r"(?:(?:notre|nos)\s+(?:client|partenaire|adhérent|membre|ami)e?s?\s+(?:de\s+|d['’]\s*)?)?"
                       r"(?:(?:la|le|les|l['’])\s*)?(?:(?:société|entreprise)\s+)?(?P<org>" + CAPNAME + r")")
_CONGRATS_SUPPORT = re.compile(r"\blaureat\w*|\bretenue?s?\b|\bselectionnee?s?\b|\bsubvention\w*")
_LEARNS_AWARD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:La|Le|Les|L['’])\s*)?(?P<org>" + CAPNAME + r")"
                           r"(?:\s*\([^)\n]{1,40}\))?(?:,[^,.;\n]{1,60},)?\s+(?:apprend|vient\s+d['’]apprendre|a\s+appris|annonce|"
                           r"se\s+réjouit)\s+qu['’](?:elle|il|ils|elles)\s+(?:figure|figurent|fait\s+partie|font\s+partie|est|sont)\b"
                           r"[^.;\n]{0,25}?(?:lauréat|retenu|sélectionné)", re.MULTILINE)
# « ▸ 9 NOVEMBRE — SAINT-DIZIER »: a chronicle's date, then the town of its item
_DATED_HEADING = re.compile(r"[ \t]*(?:[▸►▶■•*-][ \t]*)?\d{1,2}(?:er)?[ \t]+" + _MONTHS_RE + r"(?:[ \t]+\d{4})?[ \t]*[—–-]",
                            re.IGNORECASE)
_SALARY_LEFT = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(?:salaire|remuneration|paie)\b[^\n]*$")
_SLASH_LEGEND = re.compile(r"(?m)^[ \t]*\(([^()\n]{5,120}/[^()\n]{3,120})\)[ \t]*$")
_OWN_MAIL_SUBJECT = re.compile(r"(?m)^(?:Subject|Objet)[ \t]*:[ \t]*(?:(?:RE|TR|Fwd?)[ \t]*:[ \t]*)*\[(?P<org>" + CAPNAME + r")\][^\n]*\n")
# The company's own page names it: « Recyplast SAS, ZA des Osmeaux », « Les Ateliers de Rumilly — SAS au capital de … »,
# « Qui sommes-nous ? » then its name, « © 2022 CTE – Conserverie Tropicale de l'Est », « rh@cte-reunion.example »,
# its name at the top (« Conserverie de la Liane – Boulogne-sur-Mer depuis 1948 »)
_LEGAL_LINE = re.compile(r"(?P<org>" + CAPNAME + r")[ \t]*(?:[,–—-][ \t]*)?(?:SAS|SARL|SASU|EURL|SCOP|SCA|SNC)\b")
_ABOUT_US = re.compile(r"(?:Qui\s+sommes[- ]nous|QUI\s+SOMMES[- ]NOUS|À\s+propos|A\s+propos)[ \t]*\??[ \t]*\n\s*"
                       r"(?:(?:La|Le|Les|L['’])\s*)?(?P<org>" + CAPNAME + r")")
_COPYRIGHT = re.compile(r"©[ \t]*(?:\d{4}[ \t]*)?(?:[-–—][ \t]*)?(?P<org>" + CAPNAME + r")(?:[ \t]+[–—-][ \t]+(?P<org2>" + CAPNAME + r"))?")
_WEB_DOMAIN = re.compile(r"(?:@|\bwww\.|https?://(?:www\.)?)([a-z0-9-]{3,40})\.|\b([a-z0-9-]{3,40})\.(?:example|fr|com|eu|bzh)\b")
_MEDIA_NAME = re.compile(r"(?i)(?:^|\s)(?:TV|FM|Radio|Télé|Infos?|Actus?|Presse|Matin|Soir|Hebdo|Mag|Magazine|Journal|Quotidien)$|"
                         r"^(?:Radio|Télé|France\s+\d|Journal|Le\s+Journal|La\s+Gazette|Le\s+Courrier)\b")
_LETTERHEAD = re.compile(r"\s*(?:\*\*|#{1,3}[ \t]*)?(?P<org>" + CAPNAME + r")[^\n]{0,20}\n(?:[^\n]*\n)?[ \t]*(?:\*\*)?"
                         r"(?:SAS|SARL|SASU|SA|EURL|SCOP|SCA|Société\s+(?:par\s+actions\s+simplifiée|anonyme|coopérative))\b"
                         r"[^\n]*(?:capital|SIREN|RCS)")
# its letter says « l'établissement a été retenu », « la société a été retenue »
_ITS_AWARD = re.compile(r"\b(?:l\W\s*etablissement|l\W\s*entreprise|la\s+societe|le\s+site|l\W\s*usine|notre\s+\w+)\s+a\s+ete\s+"
                        r"(?:retenue?|selectionnee?|designee?\s+laureate?)\b")
_AWARD_SUPPORT = re.compile(r"relance|appel\s+a\s+projets?|\baap\b|resilience|relocalis|territoires?\s+d\W?industrie|\bfonds\b|"
                            r"france\s+2030|\bl\W?etat\b|bpifrance|\bregion\b|subvention|\baide\b|soutien|dispositif|programme|"
                            r"secteurs?\s+critiques|\bpack\b|\bministere\b|rebond")
_TOP_NAME = re.compile(r"[ \t#*]*(?P<org>" + CAPNAME + r")[ \t]*(?:[–—|-]|$)")


def _opens_with_label(name: str) -> bool:
    """« Bénéficiaire X », « Les lauréats », « Site : … »: a name whose first word is a label's; the article of a name
    (« Les Vergers de Beauvallon ») is not its first word."""
    words = norm(name).split()
    if len(words) > 1 and re.match(r"(?:L['’]\s*|(?:La|Le|Les)\s+)[A-ZÀ-Ý]", name.strip()):
        words = words[1:]
    return not words or words[0] in lexicon.LABEL_WORDS


def _self_key(name: str) -> str:
    """« Conserverie de la Liane » → « conserverieliane »: what a web address makes of a name."""
    return "".join(w for w in re.findall(r"[a-z0-9]+", fold(name)) if w not in ("de", "du", "des", "la", "le", "les", "l", "d", "et"))


_OUR_AWARD = re.compile(r"\b(?:notre|nos)\s+(?:projet|dossier|entreprise|societe|site|usine)s?\b[^.!?\n]{0,140}?"
                        r"\b(?:retenue?s?|laureat\w*|selectionne\w*)|\bnous\s+(?:sommes|avons\s+ete)\s+[^.!?\n]{0,40}?"
                        r"\b(?:laureat\w*|retenue?s?|selectionne\w*)")
_TAKEN_OVER_AFTER = re.compile(r"(?:\s*,[^,.;\n]{2,50},)?\s+(?:a\s+ete|est|vient\s+d\W\s*etre)\s+(?:rachetee?|reprise?|cedee?|absorbee?)\s+"
                               r"(?:par|au|a)\b")
_SUPPLIES_AFTER = re.compile(r"\s+(?:fournira|fourniront|livrera|livreront)\s+(?:les|la|le|l\W\s*|des|ses)\s*(?:matieres?\s+premieres?|matiere|"
                             r"equipements?|machines?|lignes?|fours?|robots?|composants|intrants)\b")
_COMPANY_RETAINED = re.compile(r"\b(?:l\W\s*entreprise|la\s+societe|la\s+pme|l\W\s*eti|elle)\b[^.!?]{0,40}?\b(?:vient\s+d\W\s*etre\s+|a\s+ete\s+)"
                               r"(?:retenue|selectionnee|distinguee)|\bfait\s+partie\s+des\s+laureats\b")
_BOSS_HAD_RETAINED = re.compile(r"\s+(?:vient\s+de\s+faire\s+(?:retenir|selectionner)|a\s+fait\s+(?:retenir|selectionner)|"
                                r"vient\s+de\s+voir\s+(?:son|le)\s+(?:projet|dossier)\s+(?:\w+\s+)?(?:retenu|selectionne))\b")
_BOSS_OF = re.compile(r"\b(?:patron(?:ne)?|président(?:e)?|PDG|directeur\s+général|directrice\s+générale|(?:co)?fondat(?:eur|rice)|"
                      r"dirigeant(?:e)?|gérant(?:e)?)\s+(?:de\s+la\s+société\s+|de\s+l['’]entreprise\s+|de\s+la\s+|de\s+|d['’])\s*"
                      r"(?:\*\*)?(?P<org>" + CAPNAME + r")|"
                      # « Sylvain Arrouy dirige Garonne Circuits, sous-traitant en électronique … »
                      r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý][\w'’-]+\s+(?:dirige|préside|a\s+fondé|a\s+repris)\s+"
                      r"(?:la\s+société\s+|l['’]entreprise\s+)?(?P<org2>" + CAPNAME + r")(?=,)")
# « Territoire de Belfort – Sertelec (Fontaine) », « Nièvre – Biscuiterie Delorme (Varennes-Vauzelles) »
_DEP_NAME_COMMUNE = re.compile(r"^[ \t]*(?P<dep>[A-ZÀ-Ý][\w'’ -]{2,40}?)[ \t]+[–—-][ \t]+(?P<name>[A-ZÀ-Ý0-9][^\n()–—]{1,60}?)[ \t]*"
                               r"\((?P<commune>[A-ZÀ-Ý][^()\n]{1,40})\)[ \t]*$", re.MULTILINE)
_DEP_NAME_COMMA_COMMUNE = re.compile(r"^[ \t>•*-]*(?P<dep>[A-ZÀ-Ý][\w'’ -]{2,40}?)[ \t]+[–—][ \t]+(?P<name>[A-ZÀ-Ý0-9][^\n,—–()]{1,60}?),[ \t]+"
                                     r"(?P<commune>[A-ZÀ-Ý][^\n,.()]{1,40}?)[ \t]*\.", re.MULTILINE)
# « ## CHARENTE », « LOIRET » alone on a line: a round-up's section by département
# (« AISNE (02) »: with its number)
# (« IV. – LA RÉUNION »: a report's numbered part)
_DEP_HEADING = re.compile(r"^[ \t]*(?:#{1,4}[ \t]*|[■▌►▶◆][ \t]*)?(?:[IVX]{1,5}\.?[ \t]*[–—-][ \t]*)?(?P<dep>[A-ZÀ-Ý][\w'’ -]{2,40}?)"
                          r"(?:[ \t]+\((?P<code>\d{2,3}|2[AB])\))?[ \t]*:?[ \t]*$", re.MULTILINE)
# « **Mérignac. Des fûts pour le cognac.** La **Tonnellerie X** y investit … »: a bold dateline heading its paragraph
_BOLD_DATELINE = re.compile(r"^[ \t]*\*\*(?P<place>[A-ZÀ-Ý][\w'’ -]{1,45}?)\.[ \t]+(?P<head>[^*\n]{3,120}?)\*\*(?P<body>[^\n]*)$",
                            re.MULTILINE)
_WITH_IT_IS = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*Avec\s+(?:(?:la|le|les|l['’])\s*)?(?P<org>" + CAPNAME
                         + r"),\s+c['’]est\s+(?:une?|la|le|l['’])\s*")
_WHERE_TRADE = re.compile(r",\s+où\s+(?:la|le|les|l['’])\s*(?P<org>" + CAPNAME + r")\s+[a-zéèêàâîôûç]")
_SMALL_TRADE_NAME_AT = re.compile(r"\b(?:les|la|le|l['’])\s*(?P<org>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+){0,2}\s+"
                                  r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)[\wÀ-ÿ'’-]+),\s+(?:à|a)\s+"
                                  r"(?P<place>[A-ZÀ-Ý][\w'’-]+(?:[ -][\w'’-]+){0,3})")
_CLEFT_NAME_AT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*C['’]est\s+(?:(?:la|le|les)\s+|l['’]\s*)(?P<org>" + CAPNAME
                            + r"),\s+(?:à|au|aux|en)\s+[A-ZÀ-Ý]")
# « … mais c'est dans son atelier calaisien que Calytronic fabriquera … »
_CLEFT_SITE = re.compile(r"\bc['’]est\s+(?:dans|à|sur|au|en)\s[^.;\n]{3,80}?\sque\s+(?:(?:la|le|les|l['’])\s*)?(?P<org>" + CAPNAME
                         + r")\s+(?:va\s+|vont\s+)?[a-zéèêàâîôûç]")
# « AQUITEL RÉSEAUX (5G) », « ▪ PICTAVE PHARMA (santé) »: a company in capitals and its sector, alone on a line
_SECTOR_HEADING = re.compile(r"^[ \t]*(?:[-•▪*#]+[ \t]*)?(?P<name>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&'’ .-]{2,60}?)[ \t]*"
                             r"\((?P<sector>[^()\n]{2,30})\)[ \t]*$", re.MULTILINE)
# a story's headline: its commune then a colon (« Sisteron : … ») or a full stop (« LAMENTIN. … »), alone on its line
_STORY_HEADLINE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Ý][\w'’ -]{1,45}?)[ \t\u00a0\u202f]*(?::|\.(?=[ \t]+[A-ZÀ-Ý]))[ \t]+"
                             r"(?P<rest>[\w«\"“][^\n:]{6,150}?)[ \t]*\n[ \t]*\n", re.MULTILINE)
# « SAINT-MARCEL » alone on the line above the headline (a daily's dateline)
_DATELINE_ABOVE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{1,45}?)[ \t]*(?P<above>\n(?:[ \t]*\n)?)[ \t]*(?=[A-ZÀ-Ý«])"
                             r"(?P<rest>[\w«\"“][^\n:]{6,150}?)[ \t]*\n[ \t]*\n", re.MULTILINE)
# an interviewer's question on a line of its own (« **Combien investissez-vous ?** », « — Et l'emploi ? »)
_QUESTION_LINE = re.compile(r"^[ \t>]*(?:[-–—][ \t]*)?(?:\*\*|__|\*)?[^\n]{3,250}\?[ \t]*(?:\*\*|__|\*)?[ \t]*$", re.MULTILINE)
# the labels of minutes and letters (« Rapporteur : M. X », « EXCUSÉS : UIMM Normandie »), never a story's theme
_MINUTES_LABELS = {"rapporteur", "rapporteure", "excuses", "excusees", "presents", "presentes", "absents", "objet",
                   "destinataires", "copie", "contact", "contacts", "signataire", "invites", "participants"}
# a headline that tells of support (« … décroche 3,2 M€ pour … », « … lauréat de France Relance »)
_HEADLINE_SUPPORT = re.compile(r"\b(?:decroche|obtient|recoit|empoche|laureat\w*|retenue?s?|soutenue?s?|aidee?s?|subvention\w*|"
                               r"coup\s+de\s+pouce|relance|millions?|m€|k€|\d+\s*€)")
# the headline's subject (« Saint-Lô Plasturgie se lance … », « la Cuivrerie Sourdine se diversifie ») …
_STORY_PROJECT_RETAINED = re.compile(r"(?:^|[.!?]\s+)(?:le|son)\s+(?:dossier|projet)(?:,\s+(?:baptise|appele|nomme|intitule)\s+[^,.]{1,40},)?"
                                     r"\s+(?:a\s+ete|vient\s+d\W\s*etre)\s+(?:retenu|selectionne|laureat)")
_HEADLINE_SUBJECT = re.compile(r"^(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s*(?=[A-ZÀ-Ý]))?(?P<org>" + CAPNAME + r")(?:\s*,|\s+(?:s['’]|se\s+|n['’]|ne\s+)?(?!(?:de|du|des|la|le|les|et|en|sur|sous)\b|[dl]['’])[a-zéèêàâîôûç])")
# … or a described company (« la start-up nantaise Enzymia Atlantique va construire … »)
_HEADLINE_DESCRIBED = re.compile(r"^(?:la|le|l['’])\s*(?:start-?up|startup|PME|PMI|ETI|TPE|société|entreprise|jeune\s+pousse|"
                                 r"biotech|coopérative)(?:\s+[a-zéèêàâîôûç-]{3,}){0,2}\s+(?P<org>" + CAPNAME + r")\s+[a-zéèêàâîôûç]")
# … or the company a noun belongs to (« la tour de séchage de la Laiterie X », « nouvelle usine pour Y »)
_HEADLINE_OF = re.compile(r"\b(?:de\s+la|de\s+l['’]|du|des|de|d['’]|chez|pour)\s*(?:(?:la|le|les|l['’])\s*)?(?P<org>" + CAPNAME + r")\s*$")
_DESCRIBES_COMPANY = re.compile(
    r"\b(?:entreprise|societe|pme|pmi|eti|tpe|start-?up|startup|filiale|groupe|fabricant|specialis\w+|leader|"
    r"industriel\w*|laboratoire|usine|site|projet|investi\w*|developpe|produit|fabrique|concoit|conception|cree|creation)\b")
_ANAPHORA = re.compile(r"\b(?:le projet|l\W+entreprise|la societe|cette (?:pme|eti|tpe|entreprise|societe|start-?up)|"
                       r"l\W+usine|le site|son projet|l\W+investissement|la start-?up|la pme|l\W+eti|son (?:directeur|president|pdg|dirigeant)|"
                       r"sa (?:directrice|presidente|dirigeante))\b")
_STARTS_WITH_COMPANY = re.compile(
    r"\s*(?:(?:une?|la|le|l\W|cette|ce|cet)\s*)?(?:jeune\s+)?(?:entreprise|societe|pme|pmi|eti|tpe|start-?up|startup|filiale|"
    r"fabricant|specialiste|leader|groupe|industriel|equipementier|sous-traitant|laboratoire)\b")
_LIST_FOLLOWS = re.compile(r"\b(?:beneficiaires|entreprises|projets|laureats|dossiers)\s+(?:[a-z]+\s+){0,2}?(?:ci-apres|ci-dessous)|"
                           r"\bci-(?:apres|dessous)\b[^.;]{0,100}?\b(?:retenu|laureat|beneficiaire)|"
                           r"\bliste\s+des\s+(?:projets|laureats|entreprises|beneficiaires)\b[^.;]{0,80}?\bretenu")
_BOX_BARS = str.maketrans({"│": "|", "┃": "|"})
_BOX_ROW = re.compile(r"^[^\n│┃]*[│┃](?:[^\n│┃]*[│┃]){2,}[^\n]*$", re.MULTILINE)
_CALL_FOR_APPLICATIONS = re.compile(r"date\s+limite\s+de\s+(?:depot|candidature|reponse)|"
                                    r"qui\s+peut\s+candidater|modalites\s+de\s+candidature|"
                                    # « Les industriels ont jusqu'au 30 avril pour déposer leur dossier »
                                    r"\b(?:ont|avez|a)\s+jusqu\W*(?:au|a)\s+[^.]{0,30}?\bpour\s+(?:deposer|candidater|postuler|repondre)|"
                                    r"dossier\s+de\s+candidature\s+(?:est\s+)?telechargeable")
_GRANTED = re.compile(r"\b(?:ont|a|sont|est)\s+(?:ete\s+)?(?:retenue?s?|selectionnee?s?|laureate?s?|soutenue?s?|designee?s?)\b|"
                      r"\b(?:nouveaux|nouvelles|premiers|premieres|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+laureat|"
                      r"\blaureat(?:e|s|es)?\s+(?:sont|est)\b|"
                      # « quatre industriels normands lauréats de l'appel », « une nouvelle vague de lauréats »
                      r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:\w+\s+){1,3}laureat(?:e|s|es)\s+(?:de|du|des)\b|"
                      r"\bvague\s+de\s+laureat|\bfigurent\s+dans\s+la\s+liste\b")
_ANNOUNCES = re.compile(r"laureat|retenu|soutenu|selectionn|subvention|aide de l|france relance|france 2030|beneficiaires\b|"
                        r"plan de relance|accompagn|beneficie|avis favorable|avis\s*:\s*favorable|aides? (?:sollicitee|accordee|attribuee)|"
                        # « qui a décroché 850 k€ du Fonds d'accélération … »: money won
                        r"decroch\w*\s+(?:pres\s+de\s+|plus\s+de\s+)?\d[\d\s,.]*\s*(?:k|m|millions?\s+d\W?\s*)?(?:e|euros?)\b")
_LAUREATE_CUE = re.compile(r"laureat|palmares\b|retenue?s?\b|soutenue?s?\b|\bsoutien\b|france relance|selectionnee?s?\b|subvention|\baides?\b|beneficie|"
                           r"accompagnee?s?\b|investi\w*|\bemplois?\b|financ\w+|recompens\w+|distingu\w+|relocalis\w+")
_SUPPORT_CUE = re.compile(r"laureat|retenue?s?\b|soutenue?s?\b|\bsoutien\b|\bsoutien(?:t|nent)\b|france relance|subvention|\baides?\b|"
                          r"beneficie|accompagn\w+|a hauteur de")
_JOBS_CUE = re.compile(r"\bemplois?\b|\bpostes\b|recrut\w+|embauch\w+")
_COMPANY_INTRO = re.compile(
    r"(?:(?<=\s)|^)(?:[Ll]a\s+soci[ée]t[ée]|[Ll]['’]\s*entreprise|[Ll]a\s+start-?up|[Ll]a\s+startup|[Ll]a\s+jeune\s+pousse|"
    r"[Ll]a\s+PME|[Ll]a\s+PMI|[Ll]a\s+SAS|[Ll]a\s+SARL|[Ll]a\s+SASU|[Ll]['’]\s*EURL|[Ll]['’]\s*ETI|[Ll]a\s+TPE|(?:[Ll]e|[Dd]u|[Aa]u)\s+(?:fabricant|producteur)|[Ll]['’]\s*industriel|[Ll]a\s+coopérative|"
    r"[Ll]a\s+biotech|[Ll]['’]\s*équipementier|[Ll]e\s+sous-traitant|[Ll]e\s+laboratoire|[Ll]e\s+spécialiste|"
    r"[Ll]['’]\s*entreprise\s+familiale|[Ll]a\s+manufacture|[Ll]e\s+groupe|chez|"
    # a workshop noun (« la charcuterie industrielle X », « la biscuiterie Y », « la verrerie Z »)
    r"[Ll]a\s+[a-zéèêôûîâç]{3,}erie)\s+"
    r"(?:(?!(?:a|est|va|sera|ont|sont|qui|que|et)\s)[a-zéèêëàâîïôûç'’-]+\s+){0,3}"
    r"(?:\([A-Z][A-Za-z0-9&]{1,9}\)\s+)?"  # « le sous-traitant en électronique (EMS) Cartelec »: a trade's acronym
    r"(?:[«“\"]\s*)?(?P<org>" + CAPNAME + ")")
_ARTICLE_TRADE_NAME = re.compile(r"(?:(?<=\s)|^)(?:[Ll]a|[Ll]es|[Ll]e|[Ll]['’])[ \t]*(?P<org>" + CAPNAME + r")(?=,?[ \t]+(?:qui[ \t]+)?"
                                 r"(?:va|vont|investit|investissent|investira|prévoit|installe|construit|modernise|"
                                 r"relocalise|rapatrie|remplace|crée|créera|double|triple|agrandit|étend|lance|équipe)\b)")
# The title line of a comment's author (« Président de X », « CEO X », « Directrice des opérations chez X »).
_AUTHOR_TITLE = re.compile(r"[ \t]*(?:Président|Présidente|PDG|CEO|COO|CTO|Directeur|Directrice|Fondateur|Fondatrice|Cofondateur|"
                           r"Cofondatrice|Co-fondateur|Co-fondatrice|Gérant|Gérante|Dirigeant|Dirigeante|Responsable|DG)\b"
                           r"[^\n]{0,60}?(?:\s(?:de|du|des|chez)\s+|\sd['’]|(?<=CEO)\s+|(?<=PDG)\s+|(?<=DG)\s+)")
# (« **Élodie P.** · 3e+ — Consultante … chez X »: a network's comment heading, name and rank before the title)
_EMPLOYER_LINE = re.compile(r"[ \t]*(?:[^\n]{0,60}?[·—–|][ \t]*)?[A-ZÀ-Ý][\w'’ -]{2,50}\s+chez\s+")
# « Enfin, fin octobre, Sertilec, installé … »: time and order words before the sentence's subject
_FRONTED_ADVERBIAL = (r"(?:(?:Enfin|Ensuite|Puis|Par\s+ailleurs|De\s+son\s+côté|De\s+leur\s+côté|"
                      r"(?:[Ff]in|[Dd]ébut|[Mm]i-?)\s*(?:" + _MONTHS_RE + r"|\d{4})|(?:En|Depuis|Dès)\s+(?:" + _MONTHS_RE + r"(?:\s+\d{4})?|\d{4}))"
                      r"[ \t]*,[ \t]+){1,2}")
_APPOSITION = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:" + _FRONTED_ADVERBIAL + r")?(?P<org>" + CAPNAME + r")\s*(?:\([^)\n]{1,50}\))?,\s+(?:une?\s+|la\s+|l['’]\s*|cette\s+)?"
    r"(?:jeune\s+|autre\s+)?(?:soci[ée]t[ée]|entreprise|start-?up|startup|PME|PMI|ETI|TPE|fabricant|spécialiste|leader|"
    r"équipementier|sous-traitant|filiale|industriel|lauréate?s?|(?:installée?|implantée?|basée?|située?|établie?|spécialisée?)\s+"
    r"(?:à|au|aux|en|dans|sur)|"
    # (« Les Ateliers de Lignières, une menuiserie industrielle qui va relocaliser … »: a trade in apposition)
    r"(?<=une\s)(?:menuiserie|fonderie|scierie|laiterie|fromagerie|conserverie|biscuiterie|brasserie|distillerie|verrerie|"
    r"papeterie|chaudronnerie|tôlerie|tannerie|filature|malterie|minoterie|huilerie|légumerie|cartonnerie|imprimerie|"
    r"coutellerie|serrurerie|métallerie|ganterie|savonnerie|parfumerie|salaisonnerie|torréfaction|entreprise|société))\b",
    re.MULTILINE)
_PAREN_DASH_LINE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:" + lexicon.BULLET_MARK + r"[ \t]*)?(?:\*\*|__)?(?P<name>[A-ZÀ-Ý0-9][^\n:()–—*]{0,60}?)(?:\*\*|__)?[ \t]*"
    r"(?:\((?:groupe|filiale|marque)\s[^()\n]{1,40}\)[ \t]*|\((?:PME|ETI|TPE|PMI|GE|start-?up)\)[ \t]*|"  # « (groupe TEXIER) », « (PME) »
    r"\([A-Z][A-Z0-9&.]{1,7}\)(?=,?[ \t]*(?:à|a)[ \t])[ \t]*)?"  # « Société Industrielle d'Eu (SIE), à Eu (76) — … »
    r"(?:(?P<at>(?:,[ \t]*)?(?<=[\s,])(?:à|a)[ \t]+)(?P<commune>[A-ZÀ-Ý][^\n:()–—,]{1,40}?)[ \t]*)?"  # « à Vitré » (not « de l|a Lys »)
    r"\((?P<place>[A-ZÀ-Ý0-9][^()\n]{1,40})\)(?:[ \t]*[-–—:][ \t]+\S|[ \t]+(?:pour|qui|afin)\b|[ \t]*;?[ \t]*$|"
    # « **Scierie X (Rambervillers).** 350 000 € pour … »: the bold opening of a brief
    r"\.?(?:\*\*|__)[ \t]+(?=\S)|"
    # « Sologne Cosmétiques (Romorantin-Lanthenay, Loir-et-Cher). Le fabricant de crèmes … »
    r"\.[ \t]+(?:Le|La|Les|L['’]|Ce|Cette|Cet|Son|Sa|Ses)\b)", re.MULTILINE)
# « - Nom (29, IAA) ; » — a list item that is only a name and its territory.
_BULLET_PAREN_END = re.compile(
    # (« * LABORATOIRE X (LAB) -- Pamiers (09) »: the name's acronym, then its commune and département)
    r"^[ \t]*(?:[" + lexicon.BULLET_CHARS + r"])[ \t]*(?P<name>[A-ZÀ-Ý0-9][^\n:()]{0,80}?(?:[ \t]*\([A-Z0-9&]{2,8}\)[^\n:()]{0,40}?)?)"
    r"[ \t]*\((?P<inner>[^()\n]{1,60})\)"
    r"[ \t]*[;.,]?[ \t]*$", re.MULTILINE)
_HEADLINE_WIN = re.compile(r"\s*(?:[^\n:]{0,40}:[ \t]+)?(?P<org>" + CAPNAME + r")[ \t]+(?:d[ée]croche|obtient|re[çc]oit|touche|"
                           r"remporte|empoche|rafle|b[ée]n[ée]ficie[ \t]+d|est[ \t]+laur[ée]at|laur[ée]ate?[ \t]+d|"
                           r"(?:est[ \t]+)?(?:soutenue?|retenue?|s[ée]lectionn[ée]e?)[ \t]+(?:par|pour|au|à|a))\b")
_ADDRESS_BEFORE = re.compile(r"\b(?:route|rue|avenue|chemin|boulevard|allee|quai|impasse|zone\s+d\W?activites?|"
                             r"zone\s+industrielle|parc\s+d\W?activites?|"
                             # « À deux pas de Bâle, l'entreprise … »: a place near the site
                             r"a\s+deux\s+pas|non\s+loin|aux\s+portes|a\s+proximite|a\s+quelques\s+(?:kilometres|minutes|km))"
                             r"\s+(?:de\s+la\s+|de\s+l\W\s*|des\s+|du\s+|de\s+|d\W\s*)$")
_INDENTED_NAME_DASH = re.compile(r"(?m)^[ \t]{2,}(?P<name>[A-ZÀ-Ý][^\n—–]{2,70}?)[ \t]+[—–][ \t]+[a-zà-ÿ][^\n]{5,}$")
_COUNTED_GROUP = re.compile(r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|\d+|plusieurs|"
                            r"quelques|des|les|nos|ces)\s+(?:\w+\s+)?(?:pme|eti|tpe|entreprises?|industriels?|projets?|sites?|"
                            r"usines?|societes?|start-?ups?|laureats?|acteurs?)\b")
_HEADLINE_WIN_LINE = re.compile(r"(?m)^[ \t#*]*(?:(?:Les|La|Le|L['’])[ \t]*)?(?P<org>" + CAPNAME + r")[ \t]+(?:soutenue?s?|aidée?s?|retenue?s?|sélectionnée?s?|"
                                r"lauréates?)[ \t]+(?:par|pour|au|à|du|de)\b[^\n.!?]{0,80}$")
_PROSE_KINDS = ("intro", "apposition", "place_intro", "at_place", "subject", "caps")
_CARRIED_BY = re.compile(
    r"\b(?:(?:(?:porté|mené|conduit|développé|réalisé|piloté|déposé)e?s?|mise?s?\s+en\s+(?:œ|oe)uvre)\s+par|"
    # « C'est un projet de relocalisation … que porte Textiles X (TTA) à Béthune »
    r"qu(?:e\s+|['’]\s*)(?:porte|portent|mène|mènent|conduit|conduisent|pilote|pilotent)|"
    # « Article 3 : d'attribuer à Vendée Moteurs (VME), aux Herbiers (85), une subvention de 320 000 € »
    r"(?:attribuer|accorder|octroyer|verser)\s+(?:une\s+(?:subvention|aide|avance\s+remboursable)\s+)?(?:à|au))\s+"
    r"(?:(?:la\s+société|l['’]\s*entreprise|la\s+PME|la\s+TPE|l['’]\s*ETI|la\s+start-?up|le\s+groupe|"
    r"le\s+laboratoire|la\s+coopérative)\s+)?(?P<org>" + CAPNAME + r")")
# « porté par Jeanne Martin, sa dirigeante »: a person, not the laureate.
# « la branche sacs du groupe X », « l'activité emballage du groupe Y »: an unnamed part of the group, which is the laureate
# (unlike « la filiale du groupe X, l'entreprise Z », where the subsidiary has its own name).
_BRANCH_OF = re.compile(r"\b(?:branche|division|activite|pole|departement|business\s+unit)(?:\s+[a-z-]+){0,2}\s+du\s+groupe"
                        r"(?:\s+[a-z-]+)?\s+$")
_PARENT_BEFORE = re.compile(r"(?:(?:\bdu|\bau|d\W+un|\bdes|\bau\s+sein\s+du)\s+groupes?|filiale\s+de\s+la\s+(?:cooperative|holding)|(?:coentreprise|co-entreprise|joint-venture)\s+"
                            r"(?:entre|de|du|avec)\s+(?:le\s+|les\s+|l\W)?(?:groupes?\s+)?|(?:detenue?|controlee?|rachetee?|"
                            # (« rachetée en 2020 par le groupe familial allemand X »)
                            r"possedee?|reprise|acquise)(?:\s+(?:en|depuis)\s+(?:\w+\s+)?\d{4})?\s+par\s+(?:le\s+)?(?:groupe\s+)?)(?:\s*[a-z-]+){0,3}\s+$")
_PERSON_AFTER = re.compile(r",?\s+(?:son|sa|leur|le|la)\s+(?:directeur|directrice|dirigeant|dirigeante|président|présidente|"
                           r"fondateur|fondatrice|gérant|gérante|PDG|responsable|chef)\b")
_CLAUSE_START = re.compile(r",\s+(?:ou\s+encore\s+|et\s+|ainsi\s+que\s+|puis\s+)?(?:le|la|les|l\W|un|une|des)\b")
_ANAPHORA_START = re.compile(r"\s*(?:cette\s+derniere|ce\s+dernier|celle-ci|celui-ci|elle|l\W\s*entreprise|la\s+societe|"
                             # « Les chiffres : 14 M€ d'investissement, … » after a laureate's paragraph: its key figures
                             r"(?:les\s+chiffres|en\s+chiffres|chiffres[\s-]+cles|le\s+projet\s+en\s+chiffres)(?=\s*:)|"
                             r"cette\s+(?:pme|eti|tpe|entreprise|societe|start-?up)|"
                             # « La PME boulonnaise, basée à … », « L'ETI familiale investit … »
                             r"(?:la\s+(?:pme|tpe|start-?up|cooperative)|l\W\s*eti)(?:\s+[a-z-]{3,})?(?=\s*,|\s+[a-z]))\b")
_COUNT_FOR_AID = re.compile(r"\b(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
                            r"quinze|seize|vingt)\s+(?:nouveaux\s+|nouvelles\s+)?(?:entreprises|laureats|projets|dossiers|"
                            r"beneficiaires)\b[^.;\n]{0,60}?\b(?:pour|mobilis\w+|totalis\w+|represent\w+|se\s+partag\w+|"
                            r"beneficie\w*\s+de)\s+(?:un\s+total\s+de\s+)?\d[\d,.\s]*[a-z]{0,9}\s+"
                            r"(?:d\W*aides?|de\s+subventions?|d\W*aide\s+publique|de\s+soutien)\b")
_NEXT_EDITION = re.compile(r"\b(?:sera|seront)\s+reconduite?s?\b|\bprochaine?s?\s+(?:edition|vague|session|releve|appel)")
_DOT_LEADER_END = re.compile(r"(?:\.{4,}|…{2,}|[ \t]:[ \t]{3,})[ \t]*$")  # (dot leaders are read as « : » and spaces)
# « Ces quatre dossiers, qui totalisent 10,5 M€ d'investissements et 2,1 M€ d'aides, … »: the wave's totals, even in a
# sentence that goes on to name a laureate
_AGGREGATE_LEFT = re.compile(r"\b(?:ces|les)\s+(?:[a-z]+\s+)?(?:dossiers|projets|entreprises|laureats|beneficiaires)\b[^.;]{0,30}"
                             r"\b(?:totalis\w+|represent\w+|cumul\w+)\b[^.;]{0,60}$")
_CHAT_MESSAGE = re.compile(r"(?m)^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[:h]\d{2}(?::\d{2})?\]?\s*[-–]?\s*[^\n:]{2,60}:")
_TOTAL_CELL = re.compile(r"[\W_]*(?P<sub>sous-|s/|s\.\s?)?total")


_CUMUL_WORDS = re.compile(r"cumul|depuis|tou(?:te)?s\s+(?:vagues|dispositifs|programmes)|(?:19|20)\d\d\s*[-–/à]+\s*(?:19|20)\d\d")


_SECTION_COUNT = re.compile(r"^[ \t]*#{1,6}[^\n]*\b\d+\s+(?:nouveaux\s+)?(?:laureats|projets|entreprises|dossiers)\b|"
                            r"\(\s*\d+\s+(?:nouveaux\s+)?(?:laureats|projets|entreprises|dossiers)\b[^)\n]*$")


def section_subtotal(folded: str, pos: int) -> bool:
    """The amount at ``pos`` sums a section's laureates, as its heading says: « ### Grand Est (9 lauréats, 61 M€) »."""
    return bool(_SECTION_COUNT.search(folded, folded.rfind("\n", 0, pos) + 1, pos))


def cumulative_total_row(text: str, pos: int) -> bool:
    """The amount at ``pos`` stands in a table's total row that sums several waves (« TOTAL (cumul 2020-2023) | … »)."""
    ls = text.rfind("\n", 0, pos) + 1
    first = re.split(r"[|;\t]", text[ls:pos], maxsplit=1)[0]
    return bool(_TOTAL_CELL.match(fold(first))) and bool(_CUMUL_WORDS.search(fold(first)))


def _total_row(text: str, cells) -> str | None:
    """« total » or « sub-total » when one of ``cells`` (the first ones of a row, up to the name's) opens a total row
    (« TOTAL », « Sous-total Ardennes », « S/TOTAL DEP 08 »); None for a row of a laureate."""
    for a, b in cells:
        m = _TOTAL_CELL.match(fold(text[a:b]))
        if m:
            # (« TOTAL lauréats (cumul cluster 2020-2023) »: a running total of several waves, no announcement's)
            return "sub-total" if m.group("sub") or _CUMUL_WORDS.search(fold(text[a:b])) else "total"
    return None
_TOTAL_LINE = re.compile(r"\n[ \t]*(?:[-–•*][ \t]*)?(?:montants?\s+(?:cumule|total|global)|(?:sous-)?total\b|au\s+total\b|soit\s+(?:un\s+)?total\b|"
                         r"ensemble\s+des\s+(?:projets|laureats))")
_FIELD_NEXT = re.compile(r"\s*(?:aides?|subventions?|investissements?|montant|emplois?|cout)\b[^:\n.]{0,25}:")  # « Aide accordée : … »
_PASSAGE_CUE = re.compile(r"laureat|retenue?s?\b|soutenue?s?\b|\bsoutien\b|beneficie|beneficiaires?\b|selectionne|identifiee?s?\b|"
                         r"\bsuivant(?:e?s)?\b|concerne(?:nt)?\b|on\s+retrouve|\belus?\b|\bnommes\b|financee?s?\b|"
                         r"accompagnee?s?\b|aidee?s?\b|subvention|financ\w*|\bobten\w*|\bobtiennent\b|france\s+relance|fonds\s+d\W*acceleration|"
                         r"(?:entreprises|societes|laureats|laureates|projets|beneficiaires)\b[^.:\n]{0,60}\s(?:sont|:)|"
                         r"^\W*parmi\s+(?:elles|eux|celles-ci|ceux-ci)\b")
# Items of a passage: split at commas, semicolons, colons, brackets that open a list, « et » / « ainsi que »
# before a capital, and « outre ».
# A bracket after an item describes it, unless it names companies at places (« (Cler Verts à Bélesta, Snam à
# Viviez) »): those are items of their own.
_BRACKET_DESC = r"(?:\s\((?![^()\n]*[A-ZÀ-Ý0-9][\w.&'’-]*\s+(?:à|a)\s+[A-ZÀ-Ý])(?:[^()\n]{0,60})\))?"
_ITEM_SPLIT = re.compile(r"(?:(?![,;:]|\s+(?:et|ainsi\s+que|ou\s+encore|outre)\s+(?=[A-ZÀ-Ý0-9])|\s\()[^\n])+"
                         + _BRACKET_DESC)
# « la charcuterie industrielle X », « le fabricant lyonnais Y »: an article and up to three lowercase words.
_DESCRIBED_LEAD = re.compile(r"(?:l['’]|la\s+|le\s+|une?\s+)(?:[a-zàâäéèêëîïôöùûüç-]+\s+){1,3}")
# … followed by a verb or a comma, not by more capitalised words of a title.
_DESCRIBED_NEXT = re.compile(r"(?:\s*,|\s+(?:va|vont|doit|doivent|a|ont|est|sont|peut|prévoit|investit|investira|"
                             r"souhaite|veut|entend|compte|projette|annonce|réalise|reçoit|recevra|bénéficie|bénéficiera|"
                             r"obtient|pourra|lance|crée|créera|installe|construit|modernise|développe)\b|\s*$)")
# Capitalised words that open a sentence, not a company name.
# (Not place prepositions: « À Bonneval (28), la société X » is read by the place rules.)
# Participles that open a sentence about a company (« Fondée en 1987, … », « Installés à Lyon, … »)
_DEMONYM_WORD = r"[a-zàâäéèêëîïôöùûüç]{3,}(?:ois|oise|ais|aise|ien|ienne|ain|aine|in|ine|ol|ole|on|onne|an|ane)s?"
_ORDINAL_COLON = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:Premier|Première|Deuxième|Second|Seconde|Troisième|Quatrième|Cinquième|"
                            r"Dernier|Dernière|Autre)\s+(?:projet|dossier|lauréate?|bénéficiaire)(?:\s+[a-zéèêëàâîïôöùûüç-]{3,}){0,2}\s*:\s+"
                            r"(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])\s*)?(?:(?:société|entreprise|PME|PMI|ETI|start-?up)\s+)?"
                            r"(?P<org>" + CAPNAME + r"(?:[ \t]+" + _DEMONYM_WORD + r"(?=[ \t*_]*[,.;(]))?)")
# « … a retenu la société X », « soutient l'entreprise X »: a company noun with its article, before the name
_COMPANY_NOUN = r"(?:la\s+société|l['’]\s*entreprise|la\s+PME|l['’]\s*ETI|la\s+start-?up)\s+"
_PROJECT_CARRIED_BY = re.compile(r"\b(?:projets?|dossiers?)\b(?:(?!\bet\b)[^.;:\n,]){0,80}?\b(?:est|sont|a\s+été)\s+portée?s?\s+par\s+"
                         r"(?:" + _COMPANY_NOUN + r"|(?:les|la|le|l['’])\s*)?"
                         r"(?P<org>" + CAPNAME + r")(?=\s*[.,;(])")
_AID_UNDISCLOSED = re.compile(r"\b(?:le\s+)?montant\s+(?:de\s+l\W\s*aide|de\s+la\s+subvention|du\s+soutien(?:\s+public)?)\s+"
                              r"(?:n\W\s*a\s+pas\s+ete|n\W\s*est\s+pas)\s+(?:communique|precise|devoile|rendu\s+public|divulgue)|"
                              r"\baide\s+(?:non\s+communiquee|non\s+precisee|non\s+devoilee)\b")
_CEST_X_QUI = re.compile(r"\b[Cc]['’]est\s+(?:(?:la|le|les|l['’])\s*)?(?:(?:société|entreprise|PME|PMI|ETI|start-?up)\s+)?(?P<org>" + CAPNAME +
                         r")\s+qui\s+(?:décroche|obtient|remporte|rafle|empoche|bénéficie|profite|est\s+retenue?|a\s+été\s+(?:retenue?|sélectionnée?))\b")
_CLEFT_PLACE = re.compile(r"\b[Cc]['’]est\s+(?:à|au|aux|sur|dans|en)\s+[^.;:!?\n]{1,80}?\s+qu(?:e\s+|['’]\s*)(?:(?:la|le|les|l['’])\s*)?"
                          r"(?:(?:société|entreprise|PME|PMI|ETI|start-?up)\s+)?(?P<org>" + CAPNAME + r")"
                          r"(?=\s*(?:\([A-Z0-9&]{2,8}\)\s*)?(?:va|vont|a|ont|veut|compte|prévoit|installe|implante|construit|investit|"
                          r"s['’]installe|s['’]implante|produira|produit|fabrique)\b)")
_CAPS_PORTRAIT_TITLE = re.compile(r"^[ \t]*(?:#+[ \t]*)?(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,2})[ \t]*[,:–—][ \t]+"
                                  r"[A-ZÀ-Ý0-9][^a-zà-ÿ\n]{10,}$", re.MULTILINE)
_NAME_CEST = re.compile(r"(?:^|(?<=\n))[ \t]*(?:(?:La|Le|Les|L['’])[ \t]*)?(?P<org>" + CAPNAME + r"),[ \t]+c['’]est\b", re.MULTILINE)
_IS_LOCATED_AT = re.compile(r"(?:^|(?<=\n)|(?<=[a-zà-ÿ0-9»)][.!?] ))[ \t]*(?:(?:La|Le|Les|L['’])[ \t]*)?(?P<org>" + CAPNAME + r"(?:[ \t]+[a-zàâäéèêëîïôöùûüç]{3,}[ \t]+"
                            r"(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*" + CAPNAME + r")?)[ \t]+(?:est|sont)[ \t]+"
                            r"(?:installée?s?|implantée?s?|basée?s?|située?s?|établie?s?)[ \t]+(?:depuis[ \t]+(?:19|20)\d\d[ \t]+)?"
                            r"(?:à|au|aux|en|dans|sur)\b", re.MULTILINE)
_SUBJECT_PROJECT_VERB = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:Les|La|Le|L['’])[ \t]*)?(?P<org>" + CAPNAME + r"(?:[ \t]+" + _DEMONYM_WORD + r")?)"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]+[^,.;\n]{3,120},)?\s+(?:va\s+|vont\s+)?"
    r"(?:agrandi\w*|investi(?:t|ssent|ra|ront)|relocalise\w*|construi(?:t|sent|ra|ront)|modernise\w*|double\w*|rapatrie\w*|"
    r"industrialise\w*|reçoi(?:t|vent)|recevra\w*|obtien(?:t|nent)|obtiendra\w*|décroche\w*|bénéficie\w*)\b")
_LONE_LABELS = {"voix", "synthe", "plateau", "vends", "achete", "cherche", "recherche", "loue", "invest", "conditionnement", "usinage", "fabrication", "assemblage", "extrusion", "modernisation",
                "capacite", "capacites", "clients", "client", "mieux", "pire", "texte", "textes", "photos", "autofinancement",
                "oui", "non", "publicite", "horaires", "tarif", "tarifs", "prix", "debouches", "marches", "marche",
                "production", "produits", "produit", "salaries", "surface", "superficie", "chiffre", "bilan", "bref",
                "verdict", "resultat", "perspectives", "avenir", "historique", "origine", "origines", "enjeu", "enjeux",
                "objectif", "calendrier", "investisseurs", "banques", "banque", "emprunt", "pret", "prets", "capital",
                "realisation", "realisations", "interview", "entretien", "propos", "recueillis", "reportage", "encadre"}
_RUBRICS = {"acquisition", "acquisitions", "cession", "cessions", "reprise", "reprises", "nomination", "nominations", "financement",
           "financements", "agenda", "emploi", "export", "innovation", "international", "conjoncture", "immobilier",
           "foncier", "energie", "recrutement", "recrutements", "formation", "fusion", "fusions", "rachat", "rachats",
           "partenariat", "partenariats", "focus", "zoom", "carnet", "breves", "bref", "social", "investissements",
           "levee", "levees", "chiffres", "implantation", "implantations", "extension", "extensions", "fermeture"}
_HEADLINE_VERBS = {"reprend", "rachete", "acquiert", "investit", "lance", "ouvre", "ferme", "recrute", "relocalise", "rapatrie",
                   "decroche", "obtient", "recoit", "cede", "annonce", "inaugure", "construit", "double", "agrandit", "quitte"}
_SUPPORTS_OBJECT = re.compile(r"\b(?:soutient|soutiendra|accompagne|accompagnera|finance|financera|subventionne|subventionnera)\s+"
                              r"(?:également\s+|aussi\s+)?(?:" + _COMPANY_NOUN + r")?"
                              r"(?P<org>" + CAPNAME + r")(?=\s*[,(]|\s+(?:à|au|dans|pour|qui|en)\b)")
_PUBLIC_FUNDER_LEFT = re.compile(r"\b(?:fonds|l\W\s*etat|la\s+region|le\s+departement|dispositif|programme|france\s+relance|france\s+2030|"
                                 r"bpifrance|banque\s+des\s+territoires|appel\s+a\s+projets|territoires\s+d\W\s*industrie|prefet|prefecture)"
                                 r"[^.;:]{0,90}$")
_RETAINED_OBJECT = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:également\s+|aussi\s+|finalement\s+)?(?:retenu|sélectionné|désigné|distingué)\s+"
                              r"(?:" + _COMPANY_NOUN + r")?(?P<org>" + CAPNAME + r")"
                              r"(?=\s*[,(]|\s+(?:dans|au|pour|parmi|comme|à|en)\b)")
_LOWER_TAIL = re.compile(r"[ \t]+[a-zàâäéèêëîïôöùûüç]{3,}[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*[A-ZÀ-Ý][\w'’-]+")
# small words that never sit inside a name (« X investit de … », « X devient de fait … »)
_ENUM_STOP = re.compile(r"(?:est|sont|a|ont|va|vont|investit|devient|reste|passe|sera|fait|dit|dote|dispose|produit|fabrique|"
                        r"rapatrie\w*|relocalise\w*|beneficie\w*|obtient|recoit|reçoit|installe\w*|implante\w*|situe\w*|base\w*|"
                        r"lance|cree|crée|ouvre|investira|recrute|emploie|compte)$")
_IS_PART_OF = re.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))[ \t]*(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])[ \t]*)?(?P<org>" + CAPNAME + r")"
                         r"\s+en\s+(?:fait|font|faisait|faisaient)\s+partie\b")
_AT_COMPANY = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*Chez\s+(?P<org>" + CAPNAME + r")\s*,\s+(?=[a-zà-ÿ])")
# The title of a company's boss, then « de » before the company (« directrice générale de X »)
_BOSS_TITLE_OF = (r"(?:[Pp]résidente?|PDG|DG|[Gg]érante?|[Dd]irect(?:eur|rice)|(?:[Cc]o)?[Ff]ondat(?:eur|rice)|[Dd]irigeante?|[Pp]atron(?:ne)?)"
            r"(?:[ \t]+(?:générale?|associée?|technique|industrielle?|déléguée?))?"
            r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])")
_FRONTED_TITLE_OF = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?=[A-ZÀ-Ý])" + _BOSS_TITLE_OF + r"(?P<org>" + CAPNAME + r")(?=\s+depuis\b|\s*,)")
_PERSON_TITLE_OF = re.compile(
    r"(?P<speaker>[A-ZÀ-Ý]{2,}[ \t]*[—–-][ \t]*)?(?P<person>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.-]*|de|du|le|la)){1,3}),[ \t]+"
    + _BOSS_TITLE_OF + r"(?P<co>" + CAPNAME + r")")
_ACRONYM_SKIP = ("de", "des", "du", "la", "le", "les", "l", "d", "en", "et", "a", "au", "aux")
_SELF_ACRONYM = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))[ \t]*(?:(?:La|Le|Les|L['’])[ \t]*)?"
                           r"(?P<org>[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:d['’])?[\w'’&-]+){1,6}?)[ \t]*\([ \t]*(?P<acr>[A-Z][A-Z0-9&]{1,7})[ \t]*\)"
                           r"[ \t]*,?[ \t]+(?=[a-zà-ÿ])")
# Public bodies known by their initials (« l'Agence de développement économique (ADE) a accompagné … »)
_INSTITUTION_HEADS = {"reseau", "cluster", "agence", "banque", "direction", "conseil", "communaute", "chambre", "caisse", "comite",
                      "syndicat", "association", "federation", "institut", "office", "pole", "commissariat",
                      "secretariat", "ministere", "prefecture", "region", "departement", "service", "groupement",
                      "fonds", "plan", "programme", "appel", "commission", "autorite", "mission"}
_FRONTED_PARTICIPLE = re.compile(r"(?:fonde|cree|ne|installe|implante|base|situe|specialise|rachete|repris|detenu|"
                                 r"labellise|certifie|issu)e?s?")
_SENTENCE_WORDS = {"les", "ces", "ce", "cet", "cette", "la", "le", "l", "il", "elle", "ils", "elles", "parmi", "pour",
                   "on", "nous", "son", "sa", "ses", "leur", "leurs", "un", "une", "des", "enfin", "ainsi", "aussi",
                   "outre", "citons", "notamment", "chez"}
_COPULA = re.compile(r"\s(?:sont|seront|est|sera|concernent|concerne|comprennent|incluent|figurent|citons|notamment|comme|"
                     r"tel(?:le)?s\s+que|:)"
                     r"\s+(?:(?:les\s+)?(?:entreprises|sociétés|PME|ETI)\s+)?(?=[A-ZÀ-Ý0-9])")
_LIST_NOUN = re.compile(r"\b(?:entreprises?|societes?|laureat\w*|beneficiaires?|pme|eti|tpe|start-?ups?|dossiers?|"
                        r"projets?)\b")
_COMPANY_NOUNS = (r"(?:soci[ée]t[ée]|entreprise|start-?up|startup|PME|PMI|ETI|TPE|fabricant|concepteur|conceptrice|"
                  r"producteur|productrice|spécialiste|sous-traitant|équipementier|industriel|leader|filiale|"
                  r"laboratoire|fonderie|coopérative|manufacture|éditeur|fournisseur|constructeur|acteur)")
# « X est un concepteur de … », « X est une PME spécialisée … » at the start of a sentence.
_IS_A_COMPANY = re.compile(r"[ \t]*(?:" + CAPNAME + r")\s+(?:est|était)\s+(?:un|une|le|la|l['’])\s*(?:autre\s+|jeune\s+)?"
                           + _COMPANY_NOUNS + r"s?\b")
# « X, une PME conceptrice … », « X, une autre PME … »: a company noun in apposition right after the item.
_APPOSED_NOUN = re.compile(r"\s*,\s+(?:une?\s+|l['’]\s*|la\s+|le\s+)(?:autre\s+|jeune\s+)?" + _COMPANY_NOUNS + r"s?\b")
_DEP_IN_BRACKETS = re.compile(r"\(\s*(?:" + DEPT_CODE_RE + r")\s*\)")
_ITEM_SPLIT_COMMA = re.compile(r"(?:(?![,;:]|\s+(?:ainsi\s+que|ou\s+encore|outre)\s+(?=[A-ZÀ-Ý0-9])|\s\()[^\n])+"
                               + _BRACKET_DESC)
_ITEM_LEAD = re.compile(r"\s*(?:\(\s*)?(?:(?:et|ainsi\s+que|ou\s+encore|outre|notamment|dont|puis)\s+)?"
                        r"(?P<lead>(?:(?:l['’]|d['’])?[a-zàâäéèêëîïôöùûüç'’-]+\s+){0,6}?)(?=[A-ZÀ-Ý0-9])")
_COMPANY_LEAD = re.compile(r"(?:^|\s|['’])(?:soci[ée]t[ée]|entreprise|start-?up|startup|PME|PMI|ETI|TPE|groupe|"
                           r"laboratoire|fonderie|usine|filiale|coop[ée]rative|fabricant|industriel|sous-traitant|"
                           r"équipementier|spécialiste|concepteur|producteur)s?\s+(?:[a-zàâäéèêëîïôöùûüç-]+\s+){0,4}$")
_ITEM_PLACE = re.compile(r"\s*(?:,\s*)?(?:(?:basée?|située?|installée?|implantée?)\s+)?(?:à|a|au|–|—|-|\(|en(?=\s)|dans\s+(?:le|la|les)(?=\s)|dans\s+l['’])\s*"
                         r"(?P<place>[A-ZÀ-Ý][^()\n,;:]{1,40}?)\s*(?:\(\s*(?P<dep>" + DEPT_CODE_RE + r")\s*\)|\)|(?=[,;.]|$|\s+[a-z]|\s*\(|\s+\d))")
_SITE_OF = re.compile(r"\b(?:site|usine|unité|atelier|ateliers|entreprise|société|PME|ETI|groupe)(?:\s+[a-zéèêàâîôûç-]+){0,3}\s+"
                      r"(?:de|d['’])\s*(?=[A-ZÀ-Ý0-9])")
_EXAMPLE_WORD = re.compile(r"\b(?:dont|notamment|comme|tel(?:le)?s?\s+que|parmi\s+lesquel\w+)\s+(?=[A-ZÀ-Ý0-9])")
_NAME_MIDDLE = re.compile(r"(?P<low>(?:\s+(?!(?:des|du|les)\b)[a-zà-ÿ'’-]{3,}){1,2})\s+(?:(?:de|des|du|d['’]|de\s+l['’])\s*)?"
                          r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?(?=\s+(?:à|a)\s+[A-ZÀ-Ý])")
_VERBISH = re.compile(r"\b(?:qui|que|pour|dont|avec|est|sont|a|ont|va|vont|sera|seront|de\s+la|du|des|les|dans|sur|par|en|au|aux)\b")
_DECISION_WORDS = {"accord", "rejet", "refus", "avis", "ajourne", "ajournement", "favorable", "defavorable", "decision"}
_LEGAL_WORDS = {"sas", "sa", "sarl", "sasu", "eurl", "snc", "scop", "sca", "se", "scic"}
_PUBLIC_WORDS = {"etat", "prefet", "prefete", "prefecture", "ministre", "ministere", "gouvernement", "bpifrance",
                 "region", "regional", "regionale", "departemental", "president", "presidente", "sous", "relance",
                 "agence", "conseil", "republique", "commission", "europeenne", "territoires", "collectivite",
                 "mairie", "maire", "dreets", "direccte", "ademe", "cci", "senat", "assemblee", "premier",
                 "ville", "metropole", "agglomeration", "communaute", "syndicat", "association", "chambre", "fonds"}
def _written_as_place(bracket: str) -> bool:
    """« (Terrasson) », « (La Roche-Chalais) »: one to four capitalised words (« de », « sur »… between them),
    not a label (« (PME) ») — a place the gazetteer may not know under that short form."""
    inner = bracket.strip().strip("()").strip()
    words = re.findall(r"[^\s'’-]+", inner)
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or norm(inner).split()[0] in lexicon.LABEL_WORDS:
        return False
    return all(w[:1].isupper() or w.lower() in ("de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lès", "d", "l")
               for w in words) and not re.search(r"\d", inner)


def _written_as_name(words: str) -> bool:
    """« Le Plan » (a commune) but not « Le plan » (a common noun): each main word is capitalised."""
    return all(w[:1].isupper() or w.lower() in ("de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et", "lès",
                                                "l", "d", "aux", "au")
               for w in re.split(r"[\s'’-]+", words) if w)


_NOT_NAME_START = {"realise", "realisee", "redige", "redigee", "publie", "publiee", "edite", "editee", "sans", "cote", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "vingt",
                   "trente", "cent", "mille", "quelques", "nombreuses", "nombreux", "toujours", "egalement", "encore",
                   "ensuite", "puis", "enfin", "aussi", "ainsi", "desormais", "deja", "notamment", "surtout", "meme",
                   "selon", "par", "grace", "lors", "entre", "via", "sous", "contre", "vers", "si", "quant", "c", "ce",
                   "cet", "qu", "ou", "ni", "mais", "donc", "or", "car", "afin", "alors", "tous", "toutes", "chaque",
                   "plusieurs", "certaines", "certains", "leurs", "nos", "vos", "ses", "sa", "son", "mon", "notre"}
_SECTOR_WORDS = {norm(v) for v in lexicon.SECTOR_NAMES.values()} | set(lexicon.HEADING_WORD_SECTOR) | {
    "aeronautique", "automobile", "industrie", "energie", "chimie", "numerique", "mobilites", "metallurgie",
    "plasturgie", "textile", "bois", "agriculture", "sante", "intrants essentiels"}
# The category of a card or a portfolio line (« Santé », « Métallurgie », « Textile technique »): never a company.
_CATEGORY_WORDS = _SECTOR_WORDS | {
    "materiaux", "mecanique", "textile technique", "textiles", "cosmetique", "cosmetiques", "defense", "emballage",
    "verre", "papier", "logistique", "robotique", "optique", "photonique", "pharmacie", "siderurgie", "fonderie",
    "electronique de puissance", "biens d'equipement", "medtech", "biotechnologies", "chimie fine"}
_MONTH_WORDS = set(MONTHS) | {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
_FOLLOWED_BY = re.compile(r"\b(?:suivie?s?|accompagnee?s?|conseillee?s?|epaulee?s?|coachee?s?)\s+par\s+(?:l\W\s*agence\s+|le\s+cabinet\s+)?$")
_PERSON_TITLE = re.compile(r"(?:\bm\.|\bmme|\bmonsieur|\bmadame|par\s+la\s+voix\s+de|prefete?|ministre|president\w*|directeur|directrice|"
                           r"dirigeante?|maire|depute\w*|senat\w*|fondat\w+|gerant\w*|\bpdg|\bdg|selon|explique|"
                           r"souligne|precise|indique|declare|(?:dirige|fonde|preside|gere|cree)e?s?\s+par)\W*(?:\w+\W+){0,2}$")
_PERSON_AFTER_NAME = re.compile(r"\s*,\s*(?:le\s+|la\s+)?(?:prefet|prefete|sous-prefet|ministre|president|presidente|"
                                r"directeur|directrice|maire|depute|senateur|dirigeant|fondateur|pdg)")
_ENUM_RETAINED = re.compile(
    r"(?:(?:entreprises|sociétés|lauréats|lauréates|projets)\s+(?:retenue?s|lauréate?s|sélectionnée?s|soutenue?s|choisie?s)\s+sont"
    r"|\bsont\s+(?:également\s+|aussi\s+)?(?:retenue?s|lauréate?s|sélectionnée?s|soutenue?s|choisie?s)"
    r"|\b(?:sont|seront)\s+les\s+suivante?s)\s*:?\s+"
    r"(?P<list>[^.\n]{3,400})")
_PROJECT_OF = re.compile(
    r"(?:le\s+|son\s+)?projet\s+[«“\"]\s*(?P<project>[^»”\"\n]{1,80}?)\s*[»”\"]\s*,?\s+(?:de|d['’]|du)\s*(?:la\s+|l['’]\s*|le\s+)?"
    r"(?:soci[ée]t[ée]|entreprise|(?:PME|PMI|ETI|TPE)" + ABBR_SPELLED + r"|start-?up|groupe|laboratoire|coopérative)\s+"
    + _ORGN + r"(?=\s*(?:[–—(),:;]|\s-\s|\s(?:a|est|sera|qui|pour|à|en|au|dans|de|situé|basé|implanté|spécialisée?|dont|(?i:filiale))\s|\.\s|\.$|$))"
    # « Le projet « Creuset 2025 » des Forges et Usinages du Creusot (FUC) porte sur … »: a plural name after « des »
    r"|(?:le\s+|son\s+)?projet\s+[«“\"]\s*(?P<project2q>[^»”\"\n]{1,80}?)\s*[»”\"]\s*,?\s+des\s+(?P<org2>" + CAPNAME + r")"
    r"(?=\s*\(|\s+(?:porte|vise|consiste|concerne|prévoit|permet|représente)\b)",
    re.MULTILINE)
_MID_APPOSITION = re.compile(
    r"(?:(?<=[a-zé’'] )|(?<=\b[lL]['’]))(?P<org>" + CAPNAME + r"),\s+(?:"
    # « où le Moulinage du Haut-Vivarais, autre lauréat ardéchois de cette même vague, investit … »
    r"(?:autre|nouvel(?:le)?|second(?:e)?|deuxième|troisième)\s+lauréate?\b|"
    # « à l'Atelier Sèvre Chaussures, lauréat choletais qui rapatrie … », « X, lauréat lui aussi, investit … »
    r"lauréate?(?:\s+[a-zéèêàâîôûç-]{4,})?\s+(?:qui|de|du|des)\b|lauréate?s?\s+(?:lui|elle|eux|elles)\s+(?:aussi|également)\b|"
    # « s'attarde sur Agrimeca Châteaubriant, fabricant d'équipements d'élevage, qui relocalise … »
    r"(?:fabricant|spécialiste|équipementier|producteur|productrice|concepteur|conceptrice)\s+(?:de|d['’]|du|des)\s*[a-zéèêàâîôûç][^,.;\n]{2,60},\s+qui\b|"
    r"(?:une?\s+|l['’]\s*)(?:jeune\s+)?(?:fabricant|entreprise|soci[ée]t[ée]|PME|PMI|ETI|TPE|"
    r"start-?up|spécialiste|équipementier|sous-traitant|laboratoire|leader|industriel|filiale|façonni(?:er|ère)|mouliste|"
    r"plasturgiste|chaudronnier|décolleteur|imprimeur|verrier|transformateur|conditionneur|producteur|productrice|"
    r"concepteur|conceptrice|fournisseur|constructeur)\b)")
# A name between commas after a fronted phrase, described by a trade noun without article (« Hors appel à projets
# national, Microsoud, fabricant de transformateurs … »)
_NAME_AFTER_FRONTED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*[A-ZÀ-Ý][^,.;:!?\n]{2,60},\s+(?P<org>" + CAPNAME + r"),\s+(?:fabricant|spécialiste|"
    r"équipementier|sous-traitant|leader|producteur|productrice|concepteur|conceptrice|façonnier|transformateur|"
    r"conditionneur|constructeur|éditeur|imprimeur|mouliste|plasturgiste|décolleteur|chaudronnier)\s+(?:de|d['’]|du|des|en)\b",
    re.MULTILINE)
# A news agency's dateline « PARIS, 14 oct 2026 (APH) - » (the agency is never a laureate of its dispatch)
_WRITER_AT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*Chez[ \t]+(?:\*\*|__)?(?P<org>" + CAPNAME + r")(?:\*\*|__)?,[ \t]+nous\b")
_OUR_CLIENTS = re.compile(r"\b(?:nos\s+clients?|notre\s+client(?:e)?|notre\s+role\s+dans\s+(?:le|ce)\s+projet)\b")
_FUND_NAMED = re.compile(r"\bFonds[ \t]+(?P<org>[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:[A-ZÀ-Ý][\w'’-]*|[IVX]{1,4}|\d{1,2})){0,4})"
                         r"(?=[ \t]*(?:[–—-][ \t]*)?(?:FPCI|FCPR|FCPI|SLP|SCR|FPS)\b)")
_AGENCY_DATELINE = re.compile(r"(?m)^[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý' -]{1,40},\s+(?:(?:le\s+)?\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?\s+(?:\d{4}\s+)?|"
                             r"[A-Za-zéû]+\s+)?\((?P<agency>[A-Z][A-Za-z-]{1,10})\)\s*[-–—]")
# « Visite de l'usine de X », « Première étape chez X »: a live report's stop at a company
_VISIT_WORDS = (r"(?:Visite|(?:Première|Deuxième|Dernière)\s+étape|Étape|Arrêt|Passage)\s+(?:chez\s+|"
                r"(?:de\s+l['’]|à\s+l['’]|au\s+|du\s+)(?:usine|site|atelier|siège)\s+(?:de\s+|d['’]|du\s+)?)")
_VISIT_LEAD = re.compile(_VISIT_WORDS + "$")
_INLINE_COMMUNE = re.compile(r"(?P<org>" + CAPNAME + r")\s*\(\s*(?P<place>[A-ZÀ-Ý][^()\n,;:]{1,40}?)\s*\)")
# Beneficiaries other than companies: a figure of the whole plan, not of the laureates.
_ALREADY = re.compile(r"\b(?:a|ont|avait|avaient)\s+deja\s+(?:annonce|retenu|soutenu|selectionne|designe|finance|accompagne|"
                      r"aide|permis\s+de\s+(?:financer|soutenir|accompagner|aider|retenir))\w*\b")
_UMBRELLA_LEFT = re.compile(r"\b(?:plan\s+(?:france\s+)?relance|france\s+relance|plan\s+de\s+relance|france\s+2030)\b[^.;]{0,40}$")


def plan_budget(folded: str, start: int, pos: int) -> bool:
    """« Le plan France Relance, doté de 100 milliards d'euros »: the amount at ``pos`` is the whole plan's budget
    (but « le fonds, volet du plan France Relance doté de 400 M€ » is the fund's)."""
    if re.search(r"\bau\s+sein\s+(?:des|du|de\s+la|de\s+l\W\s*)\s*$", folded[max(start, pos - 25):pos]):
        return True  # « doté de 820 M€, au sein des 35 milliards d'euros que le plan consacre à l'industrie »
    m = _UMBRELLA_LEFT.search(folded, start, pos)
    return bool(m) and not re.search(r"\bvolets?\s+(?:du|de\s+la|de)\s*$", folded[max(0, m.start() - 20):m.start()])
_SINCE_START = re.compile(r"\bdepuis\s+(?:le\s+(?:lancement|debut|demarrage)|l\W\s*(?:ouverture|origine|entree\s+en\s+vigueur)|"
                          r"(?:son|sa)\s+(?:lancement|creation|ouverture)|"
                          # « 248 entreprises retenues depuis septembre 2020, pour 1,9 milliard »: a running total
                          r"(?:(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s+)?(?:19|20)\d\d)\b")
_AID_FOR = re.compile(r"\s+(?:d\W?aide\s+)?pour\s+(?:un\s+(?:investissement|projet|programme)(?:\s+total)?\s+de\s+)?"
                      r"(?:pres\s+de\s+|plus\s+de\s+|environ\s+)?")
_LONG_RULE = re.compile(r"\n[ \t]*[-=_─━]{10,}[ \t]*(?=\n)")
# « toutes vagues confondues », « (données cumulées) », « en cumul »: the figures after it sum several waves
_RUNNING_TOTAL_LEFT = re.compile(r"\b(?:toutes\s+(?:les\s+)?(?:vagues|sessions|releves|editions|annees)(?:\s+confondues)?|"
                                 r"(?:donnees|chiffres|montants)\s+cumule(?:e|s|es)?|en\s+cumul|\(\s*cumul)\b[^.;!?]{0,100}$")
_ALREADY_BEFORE = re.compile(_ALREADY.pattern + r"[^.;:]{0,50}$")
_LOCAL_BUDGET = re.compile(r"\bconseil\s+(?:municipal|communautaire)\b|\bbudget\s+(?:principal|primitif|annexe|communal|municipal|supplementaire|rectificatif|"
                           r"de\s+la\s+(?:commune|ville)|(?:19|20)\d\d)\b")
_ENDOWED = re.compile(r"(?:\bdotee?s?|\bdotation|\benveloppe(?:\s+[a-z]+){0,2}|\bbudget)\s+(?:[a-z]+\s+){0,4}?(?:de|d\W*)\s*$")
_INLINE_LINK = re.compile(r"^[ \t>]*(?:\*\*|__)?[ \t]*(?:[ÀA]\s+lire\s+(?:aussi|également)|Lire\s+aussi|Voir\s+aussi|LIRE\s+AUSSI)"
                          r"[ \t]*(?:\*\*|__)?[ \t]*(?::|›|»|>|–|—|-)?[ \t]*(?:\*\*|__)?[ \t]*\S[^\n]*$", re.MULTILINE)
_OTHER_ARTICLE = re.compile(r"^[ \t>]*(?:#{1,6}[ \t]*)?(?:\*\*|__|\*|_)?[ \t]*(?:Article\s+(?:précédent|suivant)|[ÀA]\s+lire\s+(?:aussi|également)|Lire\s+aussi|"
                            r"Sur\s+le\s+même\s+(?:sujet|thème)|(?:Articles?|Offres?|Annonces?)\s+(?:similaires|liés|associés)|"
                            r"Dans\s+la\s+même\s+rubrique|Vous\s+aimerez\s+aussi|Ces\s+articles\s+peuvent\s+vous\s+intéresser|"
                            r"(?:Les\s+)?[Aa]utres\s+actualités|Nos\s+autres\s+articles|Les\s+plus\s+lus|À\s+la\s+une\s+également)"
                            r"[ \t]*(?:\*\*|__|\*|_)?[ \t]*:?[ \t]*$", re.MULTILINE | re.IGNORECASE)
_MINISTRY_WORDS = set("""de la l du des d et economie economique finances relance industrie souverainete industrielle numerique
delegue deleguee charge chargee aupres ministre transition ecologique energetique travail agriculture alimentation sante
solidarites armees interieur cohesion territoires action comptes publics plein emploi insertion recherche enseignement
superieur innovation outre mer""".split())
_CORRECTION_CUE = re.compile(r"\b(?:correctif|correction|rectificatif|erratum|precision\s+importante|errata)\b")
_NEAR_TOWN = re.compile(r"\s*,?\s*(?:(?:sur|dans)\s+(?:l\W\s*|la\s+|le\s+)[a-z-]{3,20}\s+)?(?:aux\s+portes|pres|non\s+loin|a\s+deux\s+pas|a\s+cote|a\s+proximite|dans\s+la\s+banlieue|"
                        r"a\s+quelques\s+kilometres|a\s+une\s+\w+\s+de\s+kilometres|(?:une\s+|la\s+)?(?:commune\s+)?voisine?)\s+(?:de\s+|d\W\s*)(?=\S)")
_DEMONYM_BEFORE = re.compile(r"\b(?:plateau|pays|bassin|vallee|campagne|territoire|littoral|bocage|massif|departement|"
                             r"cote|sud|nord|est|ouest|centre)\s+(?P<adj>[a-z]{5,})\s*,\s*(?:a|au|en)\s+$")
_TRADE_ADJECTIVE_TAIL = re.compile(r"[ \t]+(?:[a-zéèêàâîôûç]+(?:ive|ives|elle|elles|ique|iques|ale|ales|ière|ières|aire|aires|"
                                   r"ine|ines|euse|euses|ée|ées|ante|antes|ienne|iennes|oise|oises|aise|aises))"
                                   r"[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|d['’])"
                                   # (« du Val de Vire », « des Monts du Forez »: the complement's own link words)
                                   r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:(?:de|du|des|de[ \t]+la|sur)[ \t]+|d['’]|l['’])?[A-ZÀ-Ý][\w'’-]*){0,2}")
_BETWEEN_TOWNS_LEFT = re.compile(r"\bentre\s+(?:[a-z][\w'’-]*\s+et\s+)?$")
# « n'a pas reçu une aide de 2 M€ », « ne créera pas 40 emplois »: a figure said not to be
_NEGATED_LEFT = re.compile(r"\b(?:n\W\s*(?:a|ont|avait|avaient)\s+pas\s+(?:recu|obtenu|percu|touche)|"
                           r"ne\s+(?:creera|creeront|cree|creent|recevra|percevra|touchera)\s+pas)\s+(?:une\s+|d\W\s*)?"
                           r"(?:aide\s+|subvention\s+)?(?:de\s+|d\W\s*)?(?:pres\s+de\s+|plus\s+de\s+)?$")
_SPEECH_VERB = (r"\b(?:se\s+souvient|explique|raconte|sourit|confie|precise|ajoute|resume|souligne|indique|affirme|assure|"
                r"estime|detaille|reconnait|glisse|poursuit|conclut|temoigne|insiste|note|rappelle|plaisante|soupire)")
_CLOSURE = re.compile(r"\bfermeture\s+de\s+(?:son|leur|l\W\s*)\s*(?:usine|site|atelier)\b|"
                      r"\btransfert\s+de\s+(?:la|sa|leur)\s+production\s+(?:en|vers|au|aux)\b")
_UNCONCERNED_AFTER = re.compile(r"[^.;!?]{0,80}?\bne\s+(?:sont|est|seront|sera)\s+pas\s+concernee?s?\b")
_PROJECT_WEIGHS = re.compile(r"\s*(?:le|ce|son|leur)\s+(?:projet|programme)\b[^.;:]{0,160}\brepresente(?:ra)?\s+"
                             r"(?:pres\s+de\s+|plus\s+de\s+|environ\s+)?$")
_REVENUE_LABEL_LEFT = re.compile(r"(?:^|\s)(?:ca|chiffre\s+d\W\s*affaires)(?:\s+(?:19|20)\d\d)?\s*:\s*$", re.MULTILINE)
_REFERENCE_POINT_LEFT = re.compile(r"\b(?:au|a\s+l\W?\s*)\s*(?:sud|nord|est|ouest)(?:-(?:est|ouest))?\s+(?:de\s+|d\W\s*)$")
# « Au total, le projet pèse 3,9 M€ », « … notre investissement »: the sum of one laureate's project, not of a wave
_OWN_PROJECT_WORDS = re.compile(r"\b(?:le|son|notre|ce|leur)\s+projet\b|\b(?:l\W\s*|son\s+|notre\s+)investissement\b|\bl\W\s*entreprise\b|"
                                r"\bla\s+(?:societe|pme)\b|\b(?:il|elle|nous)\b|\b(?:va|doit)\s+investir\b|\binvestit\b|\binvestira\b")
_PARK_AFTER = re.compile(r"\s+(?:d\W\s*(?:innovation|activites?|affaires|entreprises)\b|technologiques?\b|industriels?\b|scientifiques?\b|"
                         r"des\s+expositions\b|naturel\s+regional\b|logistiques?\b|tertiaires?\b)")
# « au cœur du pays de Saverne », « aux portes de Chambéry »: the area around a town, which places the site elsewhere
_AREA_OF_LEFT = re.compile(r"\b(?:pays|bassin|portes|agglomeration|region)\s+(?:de\s+|d\W\s*)$")
_SIGNED_AT_LEFT = re.compile(r"(?:^|\n)[ \t*_]*fait\s+a\s+$")
_NEAR_DEMONYM = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?,?\s*(?:dans|de|en\s+peripherie\s+de|pres\s+de|au\s+c\w+ur\s+de|a\s+l\W\s*entree\s+de)\s+"
                           r"(?:l\W\s*|la\s+|le\s+)?(?:agglomeration|metropole|aire\s+urbaine|banlieue|couronne|region|bassin|pays|plaine|vallee|"
                           r"communaute\s+urbaine)\s+(?P<adj>[a-z]{5,})")
_SITE_WORDS_LEFT = re.compile(r"\b(?:unite|usine|ligne|atelier|site)\s+de\s+(?:production|fabrication)\b|\bnouvelle\s+usine\b|"
                              r"\b(?:construire|construira|construit|implanter|implantera|installer|installera)\s+(?:une?|sa|son|ses|leur)\s+"
                              r"(?:nouvel(?:le)?\s+)?(?:unite|usine|ligne|atelier|batiment|site)\b")
_FOUNDED_LEFT = re.compile(r"\b(?:creee?s?|fondee?s?|nee?s?)\s+(?:en\s+\d{4}\s+)?a\s+$")
# « rien à voir avec le Vouillé des Deux-Sèvres », « et non de son homonyme de la Corrèze »: a place said not to be it
# (« si je confonds avec l'autre Rians, dans le Cher… Non »: the other one)
_DENIED_PLACE = re.compile(r"(?:\bhomonymes?|\bil\s+existe\s+(?:aussi|egalement)\s+une?\s+(?=$)|\brien\s+a\s+voir\s+avec|\bconfon\w+\s+avec|\bl\W\s*autre\s+(?=$)|\bet\s+non\s+(?:pas\s+)?(?:de|a|avec|dans)\b|"
                           # « Saint-Georges dans le Cantal, pas Saint-Georges-de-l'Oyapock en Guyane »
                           r"(?:,|\bmais)\s+(?:non\s+|pas\s+)(?:pas\s+)?(?:de\s+|a\s+|dans\s+|celle\s+|celui\s+)?(?=[a-z]))"
                           r"[^.;:()\n]{0,35}$")
# An advertisement: « Publicité — X … » on one line, or « Publicité » alone above its one line
_ASCII_FRAMED = re.compile(r"(?m)(?<=^)\|([^|\n]*)\|(?=[ \t]*$)")
_FRAMED_HEADING = re.compile(r"(?m)^([ \t]*([~=◆◇■□●○★☆✦✧♦])\2{0,4}[ \t]+)([^\n]{2,80}?)([ \t]+\2{1,5}[ \t]*)$")
_AD_LINE = re.compile(r"(?im)^[ \t]*[*_\[]*(?:publicit[ée]|annonce\s+sponsoris[ée]e|publi-?reportage|sponsoris[ée])[*_\]]*"
                      r"(?:[ \t]*[—–:|-][^\n]*|[ \t]*\n(?:[ \t]*\n)?[^\n]*)$")
_LEGAL_NOTICES = re.compile(r"^[ \t]*(?:#+[ \t]*)?(?:annonces?[ \t]+(?:l[ée]gales|judiciaires)(?:[ \t]+et[ \t]+(?:l[ée]gales|officielles|judiciaires))?|"
                            r"avis[ \t]+(?:administratifs|judiciaires)|ANNONCES?[ \t]+(?:LÉGALES|LEGALES|JUDICIAIRES))[ \t]*:?[ \t]*$",
                            re.MULTILINE | re.IGNORECASE)
_COMMENTS_HEADING = re.compile(r"^[ \t]*(?:\d+[ \t]+(?:commentaires?|réactions?)|(?:Les[ \t]+|Vos[ \t]+)?(?:[Cc]ommentaires?|[Rr]éactions?)"
                               r"(?:[ \t]*\(\d+\))?|Réagi(?:r|ssez)(?:[ \t]+à[ \t]+cet[ \t]+article)?|"
                               r"(?:Laisser|Ajouter|Écrire)[ \t]+un[ \t]+commentaire|"
                               # « **Commentaires les plus pertinents ▾** »: a social network's comments
                               r"[*_ \t]*Commentaires[ \t]+les[ \t]+plus[ \t]+\w+[ \t]*[▾▼⌄]?[*_ \t]*)[ \t]*:?[ \t]*$", re.MULTILINE | re.IGNORECASE)


def _own_end(text: str) -> tuple[int, list[tuple[int, int]]]:
    """Where the article's own text ends: at « À lire aussi », « Article suivant »… (what follows is another article
    of the page), unless the links stand inside the article: a few short headlines, then the article's prose again (a
    paragraph of two sentences or more). Also the spans of those inline links, whose headlines name no laureate."""
    pos, links = 0, []
    # « Commentaires (3) », « 5 réactions »: the readers' comments (which may name the laureates again) end it
    # (unless a rule follows: a thread of posts, each with its comments, goes on after it)
    comments = next((c.start() for c in _COMMENTS_HEADING.finditer(text) if c.start() > 0.2 * len(text)
                     and not re.search(r"^[ \t]*[-_=*·•─]{5,}[ \t]*$", text[c.end():], re.MULTILINE)), len(text))
    # « ANNONCES LÉGALES »: a paper's legal notices (constitutions, capital increases) name companies, none a laureate
    legal = next((c.start() for c in _LEGAL_NOTICES.finditer(text) if c.start() > 0.2 * len(text)), len(text))
    text = text[:min(comments, legal)]
    # « À lire aussi : Graulhet : la mégisserie X annonce … », « >> À lire aussi : … » on one line: another article's headline
    links += [(m.start(), m.end()) for m in _INLINE_LINK.finditer(text)]
    while True:
        m = _OTHER_ARTICLE.search(text, pos)
        if not m:
            return len(text), links
        blocks = [b for b in re.split(r"\n[ \t]*\n", text[m.end():m.end() + 3000]) if b.strip()][:7]
        short = 0
        while short < len(blocks) - 1 and (
                (len(blocks[short].strip()) <= 160 and blocks[short].count("\n") < 4
                 and not re.search(r"\w[.!?](?:\s|$)", blocks[short]))
                # « > - [Rugby : …](…) » lines: a block of bulleted links, each a headline
                or all(re.match(r"[ \t>]*[-•*][ \t]+\S", line) and len(line) <= 300
                       for line in blocks[short].strip().split("\n"))):
            short += 1
        after = blocks[short] if short < len(blocks) else ""
        if 1 <= short <= 6 and len(after) >= 150 and len(re.findall(r"[\w€%)][.!?»](?:\s|$)", after)) >= 2:
            pos = m.end()
            links.append((m.start(), text.find(after.strip(), m.end())))
            continue
        return (m.start() if m.start() > 0.2 * len(text) else len(text)), links


# A sentence that sums up the laureates' figures.
_LAUREATES_TOTAL = re.compile(r"\b(?:projets|laureats|dossiers|entreprises)\s+(?:[a-z]+\s+){0,2}?"
                              r"(?:representent|totalisent|cumulent)\b|\b(?:projets|dossiers)\s+(?:retenus|soutenus|selectionnes)"
                              r"\s*,?\s+pour\b")
# « ces 39 projets totalisent 265 M€ »: counted laureates and their sum (« Ces projets représentent 65 M€ » may be one
# laureate's several projects)
_COUNTED_TOTAL = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s+"
                            r"(?:nouveaux\s+|autres\s+)?(?:projets|laureats|dossiers|entreprises)\s+(?:[a-z]+\s+){0,2}?"
                            r"(?:representent|totalisent|cumulent)\b")
# « la liste de 61 nouveaux lauréats de l'appel …, représentant 430 M€ »: the amount closes a count of laureates
_COUNTED_LEFT = re.compile(r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente)\s+"
                           r"(?:nouveaux\s+|autres\s+)?(?:projets|laureats|dossiers|entreprises)\b[^.;]{0,140}\b"
                           r"(?:representant|totalisant|cumulant|(?:qui\s+)?(?:represente(?:nt)?|totalise(?:nt)?|cumule(?:nt)?)|pour\s+un\s+total\s+de)"
                           # (« … un contingent qui représente, selon Bercy, 410 millions d'euros »: a source between commas)
                           r"(?:\s*,\s*(?:selon|d\W\s*apres|a\s+en\s+croire)\s+[^,.;]{2,40},)?\s+"
                           r"(?:(?:au\s+total|en\s+tout|ensemble|globalement)\s+)?(?:pres\s+de\s+|plus\s+de\s+|environ\s+)?"
                           # (« … représentent 391 M€ d'investissements et sont soutenus à hauteur de 87 M€ »: the same sum's aid;
                           # « …, dont 4 M€ pour X » is one laureate's share)
                           r"(?:[^.;]{0,120}?\bet\s+(?:sont|seront|ont\s+ete)\s+(?:soutenus|aides|subventionnes|accompagnes)[^.;]{0,40})?$")
_PLAN_WIDE = re.compile(r"\bcollectivites\b|\bmenages\b|\bparticuliers\b|\bassociations\b")
_PAREN_ORG_PLACE = re.compile(r"\(\s*(?P<org>" + CAPNAME + r")\s*,?\s+(?:dans\s+(?:le|la|les|l['’])\s*|en\s+)"
                              r"(?P<dep>[A-ZÀ-Ý][\w'’ -]{1,30}?)\s*\)")
_ASIDE_ITEM = re.compile(r"[\s,]*(?:et\s+)?(?P<org>" + CAPNAME + r")\s*,?\s+(?:dans\s+(?:le|la|les)\s+|dans\s+l['’]\s*|en\s+)"
                         r"(?P<dep>[A-ZÀ-Ý][\w'’ -]{1,30}?)\s*,?\s*")
_CAPS_OPENER = re.compile(r"(?:\A|(?<=\n))[ \t]*(?P<org>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&'’.+-]{2,}(?:[ \t]+[A-ZÀ-Ý0-9&'’.+-]{2,}){0,3})"
                          r"[ \t]*(?:\([^()\n]{1,50}\)[ \t]*)?,[ \t]+(?P<desc>[^\n]{10,})")
_PLACE_DASH_CAPS = re.compile(r"(?:\A|(?<=\n))[ \t]*(?P<lead>[A-ZÀ-Ý][\w'’-]+(?:[ \t-]+[\w'’-]+){0,3}?)[ \t]+[–—][ \t]+"
                              r"(?P<org>[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&'’.+-]{2,}(?:[ \t]+[A-ZÀ-Ý0-9&'’.+-]{2,}){0,3})"
                              r"[ \t]*(?:\([^()\n]{1,50}\)[ \t]*)?(?:,[ \t]+|[ \t]+(?=[a-zà-ÿ]))(?P<desc>[^\n]{10,})")
# Trades written as names (« Fonderie de Bretenoux », « Tissages de Charlieu »): the commune after them is part of the name.
_TRADE_NOUN = re.compile(r"(?:\w+eries?|tissages?|moulins?|forges?|ateliers?|salaisons|filatures?|manufactures?|usines?|"
                         r"chantiers?|etablissements|ets|domaines?|chateau|caves?|vignobles?|mines|carrieres|industries?|"
                         r"outillages?|mecaniques?|plastiques|emballages|transports|aciers?|bois|conserves|produits|"
                         r"laboratoires?|abattoirs?|cooperative|pepinieres?|eaux|sources?)$")
_CELUI_DE = re.compile(r"\b(?:celui|celle)\s+(?:de\s+la\s+(?:société|PME|start-?up)\s+|de\s+l['’]\s*(?:entreprise|ETI)\s+|d['’]\s*|de\s+|des\s+)"
                       r"(?P<org>" + CAPNAME + r")(?=\s*[,.;(]|\s+(?:à|qui|dont|pour|basée?|située?|implantée?)\s)")
_DOSSIER_OF = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:Le|Un|L['’]autre)\s+(?:dossier|projet)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+|d['’]\s*)"
                         r"(?:(?:société|entreprise|PME|ETI|start-?up)\s+)?(?P<org>" + CAPNAME + r")"
                         r"(?=\s+(?:est|a\s+été|figure|fait|porte|vise|prévoit|concerne|représente)\b)")
_CELUI_CUE = re.compile(r"\b(?:projets?|dossiers?|laureat\w*|retenue?s?|selectionnee?s?|soutenue?s?)\b[^.;:]*$")
_ALSO_LAUREATE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[a-zé]\.))[ \t]*(?:(?:[ÉE]galement|Aussi|Enfin|Autre|Deuxième|Troisième|"
                            r"Quatrième|Cinquième|Second|Seconde|Dernier|Dernière|Nouveau|Nouvelle|Premier|Première)\s+)?"
                            r"(?:[Ll]auréate?s?|[Rr]etenue?s?|[Ss]électionnée?s?|[Ss]outenue?s?)(?:\s+(?:également|aussi|elle\s+aussi))?"
                            r"\s*,\s+(?:(?:la\s+société|l['’]\s*entreprise|la\s+PME|la\s+start-?up)\s+|"
                            # « Première lauréate, la Scierie X – 80 salariés – investit … »: an article, then the name
                            r"(?:la|le|les|l['’])\s*(?=[A-ZÀ-Ý])|"
                            # « Autre lauréat, le façonnier pharmaceutique compiégnois Laboratoires X produira … »
                            r"(?:le|la|les|l['’])\s*(?:[a-zéèêàâîôûç-]{3,}\s+){1,3}(?=" + CAPNAME + r"\s+[a-zéèêàâîôûç]))?"
                            r"(?P<org>" + CAPNAME + r")")
_ORDINAL_BENEFICIARY = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:Le|La|L['’])\s*(?=[a-zé]))?(?:[Pp]remier|[Pp]remière|[Dd]euxième|[Ss]econd|[Ss]econde|"
    r"[Tt]roisième|[Qq]uatrième|[Cc]inquième|[Ss]ixième|[Dd]ernier|[Dd]ernière|Autre|Nouveau|Nouvelle)\s+(?:bénéficiaire|lauréate?|dossier\s+retenu|projet\s+retenu)\b[^,.;:\n]{0,60},\s+"
    r"(?:(?:la|le|les|l['’])\s*)?(?:(?:société|entreprise|PME|PMI|ETI|start-?up)\s+)?(?P<org>" + CAPNAME + r")(?=\s*[,(]|\s+[a-zéèêàâîôûç])")
# « Lauréate du fonds d'accélération des investissements industriels dans les territoires, la Cartonnerie X, … »
_FRONTED_LAUREATE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[ÉE]galement\s+|Elle\s+aussi\s+|Autre\s+)?(?:[Ll]auréate?s?|[Rr]etenue?s?|[Ss]électionnée?s?|[Ss]outenue?s?)"
    r"\s+(?:de|du|des|d['’]|par|au\s+titre\s+d\w*|dans\s+le\s+cadre\s+d\w*)\b[^,.;:\n]{3,140},"
    # (« Lauréate de l'appel à projets … du plan France Relance, volet agroalimentaire, la Pruneraie X … »)
    r"(?:\s+(?:volet|vague|section|catégorie|au\s+titre|dans\s+le)\b[^,.;:\n]{2,60},)?\s+"
    r"(?:(?:la|le|les|l['’])\s*)?(?:(?:société|entreprise|PME|PMI|ETI|start-?up|firme)\s+)?(?P<org>" + CAPNAME + r")")
# « et fils », « & Cie », « frères »: family and partner suffixes written in lower case after a name.
_NAME_SUFFIX = re.compile(r"[ \t]+(?:(?:et|&)[ \t]+(?:fils|filles|cie|compagnie|associés|associes)\b\.?|"
                          r"(?:père|frères)(?:[ \t]+(?:et|&)[ \t]+fils)?\b)")
_ENUM_CAP = r"(?=[\w&@+'’ʼ./-]*[^\W\d_])[A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ0-9][\w&@+'’ʼ./-]*"  # a word with a letter: « 150 » is no name
_ENUM_LINK = r"(?:(?:de|des|du|et|&|pour|en|sur|aux?)[ \t]+(?:la[ \t]+|le[ \t]+|l['’])?|la[ \t]+|le[ \t]+|d['’]|l['’])"
# A lower-case word inside a name (« Ateliers réunis de la Vire »): an adjective or noun, never a verb form, and
# only when the name goes on with a capital.
_ENUM_LOWER = r"(?!(?:sous|dans|sans|vers|chez|puis|plus|tres|très|les|des|ses|ces|mes|nos|vos|ans|fois|mois|pas)\b)" \
              r"[a-zàâäéèêëîïôöùûüç][a-zàâäéèêëîïôöùûüç-]*(?:s|x|é|ée|ale|elle|ique|aise|oise|ienne|ine)"
_ENUM_MEMBER = re.compile(
    r"(?<![\w&@+'’.-])(?:(?:les|la|le|l['’])[ \t]*)?(?P<name>" + _ENUM_CAP + r"(?:[ \t]+" + _ENUM_LINK + r"?" + _ENUM_CAP
    + r"|[ \t]+" + _ENUM_LOWER + r"(?=[ \t]+" + _ENUM_LINK + r"?[A-ZÀ-Ý]))*(?:[ \t]+(?:(?:et|&)[ \t]+(?:fils|cie)|frères))?)")
# Between two listed names: a separator, with perhaps a short bracket (« X (Caen), Y et Z »).
# « X, à La Flèche, Y, à Sablé-sur-Sarthe, et Z »: a commune set off by commas after each name.
_ENUM_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]+(?:à|au)[ \t]+[A-ZÀ-Ý][^,;()\n]{1,35}?)?[ \t]*(?:,|;|,?[ \t]+et|,?[ \t]+ainsi[ \t]+que|,?[ \t]+ou[ \t]+encore)[ \t]+")
# A letter's signature: the signer's title on its line, the company's name on the next
_SIGNATURE = re.compile(r"(?m)^[ \t]*(?:Président|Présidente|Directeur|Directrice|PDG|P\.-D\.G\.|Gérant|Gérante|DG|CEO|"
                        r"Co-?gérante?|Fondatrice|Fondateur)\b[^\n]{0,50}\n[ \t]*(?P<org>[A-ZÀ-Ý][^\n]{2,60}?)[ \t]*$")
# « Nous n'avons pas candidaté à Résilience », « (un fabricant) qui n'a jamais candidaté »
_NOT_CANDIDATE = re.compile(r"\bn\W\s*(?:avons|avez|avait|avaient|a|ont)\s+(?:(?:meme|jamais|pas)\s+)+(?:encore\s+)?(?:candidate\b|"
                            # « X (Sélestat) n'avait pas présenté de dossier à cet appel à projets »
                            r"(?:presente|depose)\s+(?:de\s+)?(?:dossier|candidature)\b)")
_SAID_NOT_BENEFICIARY = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<org>[A-ZÀ-Ý][\w'’&-]*(?:[ \t]+[A-ZÀ-Ý][\w'’&-]*){0,4})"
                                   r"[ \t]+n['’](?:est|était)[ \t]+pas[ \t]+(?:elle-même[ \t]+|lui-même[ \t]+)?"
                                   r"(?:bénéficiaire|lauréate?|candidate?|concernée?[ \t]+par|porteu(?:r|se)[ \t]+d[eu])\b", re.MULTILINE)
# « auprès de la coopérative Élevages du Nord Grande-Terre, qui n'est pas elle-même porteuse de projet »,
_SAID_NOT_BENEFICIARY_REL = re.compile(r"(?<![\w'’-])(?P<org>[A-ZÀ-Ý][\w'’&-]*(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+|d['’]|l['’])?"
                                       r"[A-ZÀ-Ý][\w'’&-]*){0,4})(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]+(?:qui[ \t]+n['’](?:est|était)[ \t]+pas[ \t]+|"
                                       # « la société Microdôme (Villeneuve-d'Ascq), non bénéficiaire de l'aide »
                                       r"non[ \t]+)"
                                       r"(?:elle-même[ \t]+|lui-même[ \t]+)?(?:bénéficiaire|lauréate?|candidate?|"
                                       r"porteu(?:r|se)[ \t]+d[eu])\b")
_UNCONCERNED = re.compile(r"\bn\W\s*(?:est|sont)\s+pas\s+concernee?s?\s+par\b")
_NOT_LISTED = re.compile(r"\bne\s+(?:figure|figurent|apparait|apparaissent)\s+pas\s+(?:dans|parmi|sur)\b|"
                         r"\bne\s+(?:fait|font)\s+pas\s+partie\s+des\s+(?:laureat|retenu|beneficiaire|projets\s+retenus|elus)")
_NOT_RETAINED = re.compile(_NOT_LISTED.pattern + r"|"
                           r"\bjugee?s?\s+(?:\W\s*)?(?:pas|non|in)\s*eligibles?\b|"  # « son dossier a été jugé « pas éligible » »
                           r"\bn\W\s*(?:avait|avaient)\s+pas\s+(?:encore\s+)?ete\s+(?:retenue?s?|selectionnee?s?)|\b(?:du|le|au)\s+retrait\b|\bn\W\s*(?:a|ait|ont|aient|est|soit|sont|etait)\s+(?:[a-z]+ment\s+|en\s+revanche\s+|quant\s+a\s+lui\s+|pour\s+sa\s+part\s+)?pas\s+(?:encore\s+)?(?:ete\s+)?(?:retenue?s?|selectionnee?s?|"
                           r"laureate?s?|soutenue?s?)|\bnon\s+retenue?s?|\b(?:reste|restent|est|sont)\s+(?:encore\s+)?en\s+cours\s+"
                           r"d\W\s*(?:instruction|examen)|\b(?:encore\s+)?a\s+l\W\s*etude\b|\b(?:ecartee?s?|recalee?s?)\b|"
                           r"\bajourn(?:e|ee|es|ees|er|ement)\b|\bretiree?s?\s+par\b|\bdesist\w*|"
                           # « a indiqué avoir retiré son dossier pour se tourner vers un financement privé »
                           r"\b(?:avoir|a|ont|avait|avaient)\s+retire\s+(?:son|sa|leur)\s+(?:dossier|candidature|demande)\b|"
                           # « Dossier reporté à la CP de novembre : X — pièces manquantes »
                           r"\b(?:dossiers?|projets?|demandes?)\s+(?:reportee?s?|differee?s?)\b|\bpieces\s+manquantes\b|"
                           r"\b(?:est|sont|a\s+ete|ont\s+ete)\s+(?:rejetee?s?|refusee?s?)\b|\bavis\s+defavorable\b|"
                           # « a vu son dossier rejeté faute de plan de financement »
                           r"\b(?:a|ont|avait|avaient)\s+vu\s+(?:son|leur|sa)\s+(?:dossier|projet|candidature)\s+(?:rejetee?|refusee?|ecartee?|recalee?)\b|"
                           r"\bcandidatures?\s+(?:a\s+ete\s+|ont\s+ete\s+)?(?:rejetee?s?|refusee?s?|ecartee?s?)\b|"
                           r"\bne\s+(?:figure|figurent|compte|comptent)\s+pas\s+parmi\s+les\s+(?:laureat|beneficiaire|retenu)|"
                           # « le dossier de X n'est PAS dans la liste : il a été ajourné »
                           r"\bn\W\s*(?:est|etait|sont|etaient)\s+pas\s+(?:dans|sur)\s+(?:la|cette)\s+liste\b|"
                           # « de ne pas donner suite à la demande de la société X »: a decision that refuses
                           r"\bne\s+pas\s+(?:donner\s+suite|retenir|accorder|attribuer)\b|"
                           # « confirme avoir candidaté sans être retenue »
                           r"\bsans\s+(?:avoir\s+ete|etre)\s+(?:retenue?s?|selectionnee?s?|laureate?s?)\b|"
                           # « … a dû se contenter d'un prêt d'honneur de 40 000 euros »
                           r"\b(?:a\s+du|doit|devra|ont\s+du|doivent)\s+se\s+contenter\b|\bhors\s+relocalisation\b|"
                           # « Nous ne sommes pas lauréats, mais … », se réjouit son gérant
                           r"\bne\s+(?:sommes|suis|sont|est|serons|sera)\s+pas\s+(?:encore\s+)?(?:laureat|retenu|selectionn|beneficiaire)|"
                           # « Le prêt d'honneur obtenu par X … : ce n'est pas une aide du plan de relance »
                           r"\bn\W\s*(?:est|etait|s\W\s*agit)\s+pas\s+(?:d\W\s*)?(?:une|d\W\s*)?\s*(?:aide|subvention)s?\s+(?:du|de\s+l\W|de\s+la|au\s+titre)")
# Words of a decision that is not (or not yet) a grant, shared by decision lines, headings and status cells.
_NO_WORDS = r"ajourn|rejet|refus|non\s+retenu|en\s+attente|sans\s+suite|defavorable|\ben\s+(?:cours\s+d\W*)?instruction|\breporte(?:e|s|es)?\b"
_DECISION_NO = re.compile(r"[ \t]*(?:→|⇒|=>|->|➔|►|-)?[ \t]*(?:(?:statut|decision|avis(?:\s+du\s+comite)?)\s*:\s*)?(?:le\s+)?"
                          r"(?:dossier\s+|projet\s+|demande\s+)?(?:" + _NO_WORDS + r"|a\s+represent|avis\s+defavorable|classe\s+sans\s+suite)")
_NOT_RETAINED_HEADING = re.compile(_NO_WORDS + r"|ecart|reporte|differe|"
                                   # « APPELS À PROJETS OUVERTS », « À vos agendas »: calls to apply to, dates, no laureates
                                   r"appels?\s+(?:a\s+projets?\s+)?(?:ouverts?|en\s+cours)|a\s+vos\s+agendas|^agenda\b|"
                                   # « Bienvenue à nos nouveaux adhérents »: an association's new members
                                   r"nouveaux\s+adherents|bienvenue\s+a\s+nos\b|"
                                   # « Liste complémentaire »: financed only if a laureate withdraws
                                   r"listes?\s+(?:complementaire|d\W\s*attente)")
# « candidature déposée …, réponse attendue début 2022 », « aide en cours d'instruction »: not yet a laureate.
_CANDIDATES_PARA = re.compile(r"\s*parmi\s+les\s+(?:candidats|candidatures|entreprises\s+candidates|futurs\s+candidats|"
                              r"porteurs\s+de\s+projets?)\b")
# (« le dossier … a été réorienté vers un autre fonds et sera examiné à la rentrée »: not granted here, not yet)
_PENDING = re.compile(r"\bcandidature\s+(?:deposee|en\s+cours)\b|\breponse\s+attendue\b|\baide\s+en\s+cours\s+d\W\s*instruction|"
                      r"\b(?:a|ont)\s+ete\s+reorientee?s?\b|\b(?:sera|seront)\s+(?:re)?examinee?s?\b|"
                      # « … attend toujours la réponse à sa candidature, toujours en instruction »
                      r"\b(?:toujours|encore)\s+en\s+(?:cours\s+d\W\s*)?instruction\b|\battend(?:ent)?\s+(?:toujours|encore)\s+(?:la\s+|une\s+|leur\s+|sa\s+)?reponse\b|"
                      # « …, dont le dossier a été déposé en janvier »: a file, no decision yet
                      r"\bdont\s+le\s+dossier\s+a\s+ete\s+depose\b|"
                      # « la Brosserie X a déposé fin janvier sa candidature à la prochaine vague »
                      r"\b(?:a|ont|avons)\s+depose\s+(?:[a-z]+\s+){0,3}(?:sa|son|leur|notre|un|une)\s+(?:candidature|dossier)\b|"
                      r"\b(?:notre|son|leur)\s+dossier\s+est\s+depose\b|"
                      # « X (Bruz) est aussi dans l'attente, leur dossier est en instruction pour la prochaine vague »
                      r"\b(?:dossier|candidature)s?\s+(?:est|sont|reste|restent)\s+(?:encore\s+|toujours\s+)?en\s+(?:cours\s+d\W\s*)?instruction\b|"
                      # « X (Mazamet) : dossier complet mais en cours d'instruction ; … Décision attendue en janvier »
                      r"\bdossier\s+(?:complet\s+)?(?:mais\s+)?(?:encore\s+|toujours\s+)?en\s+cours\s+d\W\s*instruction\b|"
                      r"\bdecision\s+attendue\b|"
                      r"\b(?:est|sont)\s+(?:aussi\s+|egalement\s+|toujours\s+|encore\s+)*dans\s+l\W\s*attente\b|"
                      # « projet logistique, non éligible au fonds », « dossier en cours de constitution », « attend … avant de déposer »
                      r"\bnon\s+eligibles?\b|\b(?:dossier|candidature)s?\s+en\s+cours\s+de\s+(?:constitution|montage|preparation|redaction)\b|"
                      r"\bavant\s+de\s+(?:deposer|candidater)\b|"
                      # « le sort de X, toujours suspendu à la décision de l'État »
                      r"\bsuspendue?s?\s+a\s+(?:la\s+)?decision\b|\ben\s+attente\s+(?:de\s+la\s+|d\W\s*une\s+)?(?:decision|reponse)\b|"
                      # « Je vais déposer un dossier dès le mois de juin »: a file to come
                      r"\b(?:vais|va|allons|vont|compte|comptons|comptent)\s+deposer\s+(?:un|notre|mon|son|leur|sa|une)\s+(?:dossier|candidature)\b|"
                      # « a déposé sa candidature, fin décembre », « se porte candidate à France Relance »
                      r"\bdepose\s+(?:sa|leur|son|un)\s+(?:candidature|dossier)\b|\bse\s+port(?:e|ent)\s+candidate?s?\b|"
                      # « n'a toujours pas de réponse à sa candidature »
                      r"\bn\W\s*(?:a|ont)\s+(?:toujours|encore)\s+pas\s+(?:eu\s+)?de\s+reponse\b|"
                      # « X réfléchit à rapatrier … », « envisage de déposer un dossier »: a project, not yet a file
                      r"\breflechi(?:t|ssent)\s+(?:a\b|encore\b)|\benvisag\w*\s+de\s+(?:deposer|candidater|postuler|repondre)\b|"
                      # « …, qui compte candidater avant l'été », « n'était pas candidate »
                      r"\b(?:compte|comptent|va|vont|prevoit\s+de|prevoient\s+de|souhaite|souhaitent)\s+candidater\b|"
                      r"\bn\W\s*(?:etait|est|etaient|sont)\s+pas\s+candidat\w*|"
                      r"\b(?:monte|montent|prepare|preparent)\s+(?:deja\s+|actuellement\s+)?(?:(?:le|un|son|leur|sa)\s+)?(?:dossier|candidature)\b|"
                      # « a confirmé avoir déposé un dossier pour un projet de 2,5 M€ »: a file, no decision yet
                      r"\bavoir\s+depose\s+(?:un|son|leur)\s+dossier\b|"
                      # « X a déposé, pour son site de Fos-sur-Mer, un dossier de candidature au même appel »
                      r"\b(?:a|ont|avait|avaient)\s+(?:elle\s+aussi\s+|lui\s+aussi\s+|aussi\s+|egalement\s+)?depose\s*,?[^.;]{0,60}?\b(?:un|son|leur|sa)\s+(?:dossier|candidature)\b|"
                      r"\b(?:attend|attendent)\s+(?:sa|leur|une)\s+reponse\b|"
                      # « X envisage un bâtiment de 4 000 m² … »: an intention, no file yet
                      r"\benvisag(?:e|ent|eait|eaient)\s+(?:un|une|la|le)\s+(?:nouvel(?:le)?\s+)?(?:batiment|investissement|projet|extension|usine|agrandissement|atelier)\b")
_RETAINED = re.compile(r"\b(?:a|ont|est|sont)\s+(?:ete\s+)?(?:retenue?s?|selectionnee?s?|laureate?s?)\b|\bbeneficie")
_CHARGED_TO_BUDGET = re.compile(r"\bimput(?:er|ee?s?|ant)\b")
_FOR_A_THING = re.compile(r"\bpour\s+(?:(?:un|une|des|le|la|son|sa|ses|leur|leurs)\s+|l\W\s*)(?!montant|total|somme|budget|aide|"
                         r"subvention|enveloppe|fonds|plan|programme|dispositif|appel|dotation)"
                         r"(?:(?!dote|plus\b|moins\b|montant|total)[a-z-]+\s+){1,3}(?:de|d\W)\s*$")
_DOCUMENT_PARTS = {"fiche", "fiches", "annexe", "annexes", "tableau", "article", "page", "liste", "figure", "encadre",
                   "section", "chapitre", "partie", "sommaire", "source", "sources", "credit", "credits", "legende",
                   "vague", "releve", "phase", "session", "tranche", "lot", "etape", "comite", "dossier", "dossiers",
                   "deliberation", "arrete", "convention", "rapport", "reference", "ref", "amendement", "sous-amendement"}
_SECTION_WORDS = {"notification", "calendrier", "modalites", "criteres", "eligibilite", "contenu", "procedure", "sommaire",
                  "introduction", "conclusion", "contexte", "objectifs", "presentation", "composition", "glossaire",
                  # items of a meeting's agenda (« Foncier économique : point sur … », « Questions diverses »)
                  "foncier", "bilan", "accueil", "questions", "decision", "decisions", "examen", "rappel", "divers",
                  # a report's close-ups (« 3. Focus : projets notifiés … », « Zoom : … », « Agenda »)
                  "focus", "zoom", "agenda", "perspectives", "synthese", "annexe", "annexes", "methode", "sources"}
_EVENT_WORDS = {"salon", "webinaire", "webinar", "forum", "colloque", "seminaire", "conference", "rencontres", "table-ronde",
                "inauguration", "visite", "journee", "matinale", "petit-dejeuner",
                # actions that open an item of a report (« - Signature à Lyon de la convention … »)
                "signature", "annonce", "installation", "reunion", "lancement", "ouverture", "cloture", "remise", "presentation"}
# « Établissements Godart et Fils »: the family or partner word after « et » belongs to the name, never a name alone.
_FAMILY_SUFFIX = r"(?:Fils|Filles|Frères|Sœurs|Cie|Compagnie|Associés)\b"
_NOT_ORG_WORDS = {"representant", "representante", "representants", "fils", "filles", "freres", "soeurs", "cie", "compagnie", "associes", "total", "totaux", "sous-total", "ensemble", "fait", "associe", "associee", "directeur", "directrice",
                  "gerant", "gerante", "president", "presidente", "consultant", "consultante", "charge", "chargee",
                  "contact", "contacts", "objet", "statut", "signe", "signataire", "destinataire", "copie",
                  # votes of an assembly (« L'amendement est ADOPTÉ »), and a bare « Fonds »
                  "adopte", "adoptee", "adoptes", "adoptees", "rejete", "rejetee", "approuve", "approuvee", "fonds",
                  "pme", "pmi", "eti", "tpe", "relance",
                  # the level of a figure (« • National (cumul) : 542 projets »)
                  "national", "nationale", "regional", "regionale", "departemental", "departementale", "local", "cumul",
                  # an amount's tax mention (« 2,35 M€ HT »)
                  "ht", "ttc", "hors taxes",
                  # a committee's decision written on its own (« → RETENU », « AJOURNÉ »)
                  "retenu", "retenue", "retenus", "retenues", "ajourne", "ajournee", "refuse", "refusee", "accepte",
                  "acceptee", "favorable", "defavorable",
                  # a contract or a unit of jobs (« +10 empl. (CDI) »)
                  "cdi", "cdd", "etp"}
_TOTAL_BEFORE = re.compile(r"\b(?:total|au\s+total|en\s+tout|cumul\w*|ensemble|a\s+eux|a\s+elles)\b[^.;]{0,25}$")
_PLACE_COLUMN = re.compile(r"communes?|villes?|localisation|lieu|sites?|implantation|ou\b")
# A cell that says « nothing given »: « — », « n.c. », « NC », « s.o. », « néant », « non communiqué ».
_EMPTY_CELL = re.compile(r"\s*(?:[-–—/.*?]+|n\.?\s?[cdr]\.?|s\.?\s?o\.?|neant|aucun|sans\s+objet|"
                         r"non\s+(?:communique|renseigne|connu|disponible)e?s?)\s*", re.IGNORECASE)
def _table_tells_grant(labels) -> bool:
    """A table with a column of aid (« Subvention », « Aide (€) »), or an export's bare « montant » beside the scheme and
    the decision (« nom_beneficiaire;montant;…;dispositif;date_decision »): it says by itself that the rows were granted."""
    labels = [c for c in labels if c]
    return any(money_column(c) == ("aid_eur", 0.9) for c in labels) or (
        any(money_column(c) == ("aid_eur", 0.7) for c in labels)
        and any(re.match(r"dispositif|date\s+(?:de\s+(?:la\s+)?)?decision", c) for c in labels))


def pipe_org_column(columns: dict[int, str]) -> int | None:
    """The organisation's column of a « a | b » table: a beneficiary's rather than a granting body's (an SCDL
    « subventions » export has « Nom attribuant » before « Nom bénéficiaire »)."""
    first = min((i for i, c in columns.items() if c.strip()), default=None)  # (« | Client | … »: after the empty cell)
    # (« Adhérent » names a cluster's member only in the first column: « Agenda | Financements | Adhérents » is a menu)
    named = [i for i, c in columns.items() if (re.search(r"entreprise|societe|laureat|beneficiaire|porteur|raison[ _]sociale|^nom|^acteurs?$|"
                                                         r"^filiales?$", c)
                                               # (« Client | Site du projet | … | Aide »: a consultancy's laureates)
                                               or (i == first and re.match(r"adherent|membre|clients?$", c)))
             and not re.search(r"attribu|financeur|instructeur|service|contact|referent|signataire", c)
             # (« Siret bénéficiaire » is its number, not its name; « Bénéficiaire (SIRET) » is both)
             and not re.match(r"(?:siret|siren|code|id|identifiant|numero|n°|no|num|adresse|commune|ville)\b", c)]
    strong = [i for i in named if not re.match(r"nom\b", columns[i]) or re.search(r"beneficiaire|entreprise|societe", columns[i])]
    return (strong or named or [None])[0]


_TITLE_SCHEME = re.compile(r"^[ \t]*(?P<name>(?:Pack|Pass|Fonds|Prime|Contrat|Programme|Dispositif)[ \t]+[A-ZÀ-Ý][\w'’]+"
                           r"(?:[ \t]+(?:[A-ZÀ-Ý][\w'’]+|de|des|du|d['’]\w+|et|pour|la|le|l['’]\w+)){0,5})[ \t]*(?:[-–—:|]|$)", re.M)
_PROGRAMME_COLUMN = re.compile(r"(?:nom\s+(?:du\s+)?)?(?:dispositifs?|programmes?|appel\s+a\s+projets|aap)(?:\s+(?:d\W\s*)?aides?)?")
_PROGRAMME_LABEL_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?:nom\s+(?:du\s+)?)?(?:dispositif|programme|appel\s+a\s+projets)"
                                   r"(?:\s+(?:d\W\s*)?aides?)?[ \t]*:[ \t]*(?P<v>[^\n]{4,90}?)[ \t]*$", re.M)
_SEAT_COLUMN = re.compile(r".*\b(?:siege|social|sociale|domiciliation|adresse)\b.*")


def _place_laureate(lau, ref, start: int, end: int, confidence: float) -> None:
    """The laureate's commune, with its département and région, from a table cell."""
    for name, value in (("commune_insee", ref.code), ("commune_name", ref.name),
                        ("department_code", ref.department), ("region_code", ref.region)):
        lau.fields[name] = Value(value, start, end, confidence)


def site_column(columns: dict[int, str]) -> int | None:
    """The column of a table that places the laureate: its site's (« Commune site », « Ville d'implantation ») rather
    than its seat's (« Commune siège ») when the table has both."""
    places = [k for k, c in columns.items() if _PLACE_COLUMN.match(c)]
    return next((k for k in places if not _SEAT_COLUMN.fullmatch(columns[k])), places[0] if places else None)


def column_amount(q, label: str) -> int | None:
    """The euros of a number in a money column: a bare « 2 350 » under « Invest. (k€) » is 2 350 000 €; a figure
    written with its own unit (« 1,1 M€ ») keeps it; a bare number under a heading without unit must look like euros."""
    if not q.money:
        # (headings are folded: « (k€) » reads « (ke) »)
        if re.search(r"\bk\s*(?:€|e\b|eur\b|euros)|milliers", label):
            return int(round(q.value * 1000))
        if re.search(r"\bm\s*(?:€|e\b|eur\b|euros)|millions", label):
            return int(round(q.value * 1_000_000))
        if q.value < 1000:
            return None
    return q.int_value
# « dont 6,2 M€ apportés par l'État », « Le programme, évalué à 9,4 M€ », « 5 M€ pour une ligne de seringues »: the
# verb or the thing paid for says the role of an amount that has no cue noun.
_GIVEN_BY_RIGHT = re.compile(r"\s*(?:apporte|verse|accorde|octroye|finance|pris\s+en\s+charge|alloue|attribue)e?s?\s+par\s+"
                             r"(?:l\W*etat|bpifrance|les\s+pouvoirs\s+publics|france\s+relance)")
# « Le terrain de la future usine, dans la zone de Longoni. (Photo Kaza Mayotte) »: a photo's caption between paragraphs
_CAPTION_PARA = re.compile(r"(?:\[?photos?\b|[^\n]{0,300}?(?:\(\s*photos?\b[^()\n]{0,60}\)|©|\bcredits?\s+photos?\b|"
                           r"[.!?]\s+photos?\s+[^\n.]{0,40}(?:\.\s?[^\n.]{0,20}){0,3}$))[^\n]{0,300}")  # (« … cet été. Photo Le Phare/M. D.-A. »)
_COOKIE_LINE = re.compile(r"\bcookies?\b|\btraceurs\b", re.IGNORECASE)
_BYLINE_LINE = re.compile(r"[ \t*_]*(?:Par|PAR)\s+[A-ZÀ-Ý][^\n]{2,40}?(?:[—–|,]\s*[^\n]*)?$")
_BYLINE_PARA = re.compile(r"\s*par\s+[^\n]{3,50}")  # « Par Julien Marchal » alone in its paragraph
_LOAN_LEFT = re.compile(r"\b(?:emprunts?|prets?(?!\s+a\s+taux\s+zero)|credits?\s+bancaires?)(?:\s+(?:bancaires?|bonifies?|participatifs?|"
                        r"obligataires?|d\W\s*honneur|garantis?(?:\s+par\s+l\W\s*etat)?))?\s+(?:de\s+|d\W\s*)(?:\w+\s+){0,2}$|"
                        # « prêts Bpifrance (15,6 M€ au total …) »: the loans' sum in brackets
                        r"\b(?:emprunts?|prets?)(?:\s+[\w-]+){0,2}\s*\(\s*(?:environ\s+|pres\s+de\s+|plus\s+de\s+)?$")
_VALUED_LEFT = re.compile(r"\b(?:programme|projet|chantier|investissement)\s*,?\s*(?:est\s+|sera\s+)?(?:evalue|estime|chiffre)e?s?\s+a\s*$")
# Verbs of works on a plant: the amount after them (« … pour 3,3 M€ », « … (2,5 millions d'euros) ») is their cost.
_WORKS_VERBS = (r"agrandi\w*|modernis\w*|relocalis\w*|equip\w*|construi\w*|renouvel\w*|etend\w*|amenag\w*|renov\w*|"
                r"automatis\w*|robotis\w*")
_WORKS_FOR_LEFT = re.compile(r"\b(?:" + _WORKS_VERBS + r"|reconstrui\w*)\s+[^.;,]{0,80}\bpour\s+$")
_WORKS_PAREN_LEFT = re.compile(r"\b(?:" + _WORKS_VERBS + r"|investi\w*)\s+[^.;()]{0,80}\(\s*$")
_FUNDRAISING_LEFT = re.compile(r"\blevee?s?\s+de\s+fonds\s+(?:de\s+|d\W\s*)?$|"
                               # « X avait déjà levé 1,5 million d'euros auprès de business angels »
                               r"\b(?:leve|levent|levait|levera|lever)\s+(?:deja\s+|pres\s+de\s+|plus\s+de\s+|environ\s+)*$|"
                               r"\baugmentation\s+de\s+capital\s+(?:de\s+|d\W\s*)?$")
# « Le fonds régional X entre par ailleurs au capital de l'entreprise à hauteur de 3 M€ »: equity
_EQUITY_LEFT = re.compile(r"\b(?:entre|entrent|entrera|entreront|est\s+entre|prend|prendra)\s+(?:\w+\s+){0,2}au\s+capital\b[^.;]{0,50}$|"
                          r"\bprise\s+de\s+participation\b[^.;]{0,30}$")
# What a company's money buys: a plant or a piece of it (« une ligne », « un atelier », « son usine »)
_PLANT_NOUNS = (r"lignes?|usine|unite|atelier|batiment|extension|site|fours?|machines?|equipements?|robots?|"
                r"centres?|salles?|chaines?|plateforme|presses?|outils?|halls?|entrepots?")
_SPENT_ON_RIGHT = re.compile(r"\s*(?:(?:a|au|dans)\s+(?:une?|la|le|l\W|son|sa|ses|des)|aux)\s*(?:nouvel\w*\s+|deuxieme\s+|seconde?\s+)?"
                             r"(?:" + _PLANT_NOUNS + r"|cellules?|agrandissement|modernisation|"
                             r"construction|achat|acquisition|automatisation|installation|renouvellement|transformation)\b")
_PAYS_FOR_RIGHT = re.compile(r"\s*pour\s+(?:une?|la|le|les|des|l\W|sa|son|ses)\s*(?:nouvel\w*\s+|deuxieme\s+|seconde?\s+)?"
                             r"(?:" + _PLANT_NOUNS + r")\b")


def _plain_money_role(left: str, right: str) -> tuple[str, float] | None:
    if _GIVEN_BY_RIGHT.match(right):
        return "aid", 0.75
    if _VALUED_LEFT.search(left):
        return "investment", 0.7
    return None


def money_column(label: str) -> tuple[str, float] | None:
    """(field, confidence) of the money a table column holds, from its folded heading: the aid (« Aide de l'État »,
    « Subvention », a bare « Montant » in a list of laureates: what they receive) or the investment (« Invest. »,
    « Coût du projet », « Montant total »); None for any other column."""
    if re.search(r"subventionnable|eligible", label) and re.search(r"depense|assiette|cout|invest|montant", label):
        # « Dépense subventionnable », « Coût éligible »: what the aid is computed on (a total cost beside it wins)
        return "investment_eur", 0.85
    if re.search(r"aide|subvention|soutien|financement|(?:montant|\bmt)\s+(?:de\s+l|accorde|attribue|alloue|octroye|notifie|verse|"
                 r"propose|vote|engage)", label):
        return "aid_eur", 0.9  # (« MT ENGAGE »: what an accounting system has committed to the beneficiary)
    if re.fullmatch(r"montants?(?:\s*\(.*\))?", label.strip()):
        return "aid_eur", 0.7
    if re.search(r"invest|\binv\b|cout|montant\s+(?:du|total)|montant\s+(?:de\s+l\W\s*)?(?:projet|operation|programme)|budget|"
                 r"assiette|depense", label):
        return "investment_eur", 0.9
    return None
# Column headings of a table: the organisation's, and those that say what another cell holds.
_ORG_COLUMN = re.compile(r"(?:entreprises?|societes?|laureats?|beneficiaires?|porteurs?(?:\s+de\s+projets?)?|raison\s+sociale|"
                         r"tiers(?:\s+beneficiaires?)?|"  # (an accounting system's « Tiers bénéficiaire »)
                         r"adherents?|membres?|structures?|"
                         r"filiales?|clients?|"  # (a group's annual report: « Filiale   Site du projet   Investissement … »)
                         # (« nom_beneficiaire »: an open-data export's key)
                         r"nom(?:\s+de\s+l\W\s*entreprise|\s+(?:du\s+)?beneficiaire|\s+(?:de\s+la\s+)?societe)?)\s*(?:laureates?|retenues?|beneficiaires?|\(.*\))?")
_ROLE_COLUMN = re.compile(r"(?:(?:communes?|villes?|localisation|lieu|sites?|implantation)"
                          r"(?:\s+(?:d\W\s*implantation|du\s+projet|du\s+site|de\s+production))?|departements?|dep\.?|dpt\.?|territoire|"
                          r"creations?\s+(?:d\W\s*)?(?:emplois?|postes)|"
                          r"invest\.?|inv\.?(?:\s+total)?|intitule\s+(?:du\s+)?projet|"
                          # « Forme », « Nature de l'aide »: subsidy or repayable advance, a property of the aid
                          r"forme|nature|(?:forme|nature|type)\s+(?:de\s+l\W\s*|d\W\s*)aide|"
                          r"(?:montant\s+(?:de\s+l\W\s*|du\s+|des\s+)?)?(?:investissements?|aides?|subventions?|soutien)"
                          r"(?:\s+\w+){0,3}|montants?(?:\s+\w+){0,3}|emplois?(?:\s+\w+){0,2}|postes|secteurs?|filieres?|"
                          r"projets?|intitule|activite|siret|siren|naf|code\s+naf|statut|etat|decision|avis|"
                          r"observations?|commentaires?|remarques?|objet|description|"
                          # the other usual columns of a grant annex: file number, cost, eligible expense, rate
                          r"n°\s*(?:de\s+)?(?:dossier|ordre)|numero(?:\s+de\s+dossier)?|ref(?:erence)?|objet(?:\s+\w+){1,3}|"
                          r"cout(?:\s+\w+){0,4}|depenses?(?:\s+\w+){0,3}|assiette(?:\s+\w+){0,2}|taux(?:\s+\w+){0,2}|"
                          r"(?:engagements?\s+)?emplois?(?:\s+\w+){0,2}|"
                          # an open-data export's other keys (« code_postal;dispositif;…;date_decision;operateur »)
                          r"code\s+postal|dispositifs?|date(?:\s+(?:de\s+(?:la\s+)?|du\s+)?(?:decision|attribution|notification|convention|"
                          r"comite|cp))?|operateur|"
                          # (« id_dossier;…;commune_siege;commune_site;code_insee_site;dept;… »: a tracking tool's export)
                          r"id(?:\s+dossier)?|identifiant(?:\s+\w+)?|(?:communes?|villes?)\s+(?:siege|site|implantation)|"
                          r"code\s+insee(?:\s+\w+)?|dept)\s*(?:\(.*\))?")
_STATUS_NO = re.compile(_NO_WORDS + r"|abandon|renonc|resili(?:e|ee|es|ation)\b|retire|desist|"
                        # a file still being put together: « Pièces manquantes », « Pré-dépôt », « Incomplet »
                        r"pieces\s+manquantes|pre-?\s?depot|incomplet|"
                        # not a laureate at all: « Prestataire », « Candidat » (but « Candidature retenue » is one)
                        r"\b(?:prestataire|fournisseur|consultant|candidate?s?)\b|"
                        # « Sans objet » (a parent group listed for the record), « Non candidat »
                        r"\bsans\s+objet\b|\bnon[\s-]+candidat")
_STATUS_COLUMN = re.compile(r"(?:statut|etat|decision|avis|situation)(?:\s+(?:du|de\s+la|des)\s+(?:dossiers?|demandes?|comite|projets?)|\s+comite|"
                            # (« Statut vis-à-vis de l'AAP (Re)localisations »)
                            r"\s+(?:vis-a-vis|au\s+regard|a\s+l\W\s*egard)\s+(?:de|du|des)\b.*|"
                            # (« Statut au 31/12/2021 »: a status on a date)
                            r"\s+(?:au|a\s+la\s+date\s+du)\s+\d[\d/.\s]*(?:\d{4})?)?")
_COLON_END_LINE = re.compile(r"[^\n]{10,400}:[ \t]*(?=\n)")
_CAPS_DESC = re.compile(r"\b(?:modernis\w+|install\w+|situee?|basee?|implantee?|specialis\w+|brasserie|fabrication|"
                        r"production|conçoit|fabriqu\w+)\b")
_PAREN_ACTIVITY = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<org>" + CAPNAME + r")\s*\((?P<desc>[a-zàâäéèêëîïôöùûüç'’ -]{3,60})\)\s+"
                             r"(?:investit|investira|va|vont|prévoit|développe|construit|crée|créera|renforce|étend|"
                             r"modernise|installe|implante|augmente|lance|relocalise|bénéficie|produit|fabrique|a\s+été|est)\b")
_PAREN_ORG_DEP = re.compile(r"\(\s*(?P<org>" + CAPNAME + r")\s*[–—-]\s*(?P<dep>" + DEPT_CODE_RE + r")\s*\)")
_LIST_CUE = re.compile(r"projets?\s+suivants|accelere\w*|beneficiaires?")
_ORDINAL_CONCERNS = re.compile(
    r"\b(?:[Ll]e|[Ll]a|[Uu]n|[Uu]ne)\s+(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|"
    r"sixième|septième|huitième|dernier|dernière|autre)\s+(?:(?:projet|lauréat|lauréate|dossier)\s+)?"
    r"(?:(?:soutenu|retenu|sélectionné|lauréat|primé|financé)e?s?\s+)?"
    r"(?:concerne|porte\s+sur|est\s+celui\s+de|revient\s+à|est\s+porté\s+par)\s+"
    r"(?:[^.\n]{0,80}?\b(?:plus\s+(?:spécifiquement|précisément|particulièrement)|notamment|en\s+particulier)\s+)?"
    r"(?:(?:la\s+société|l['’]\s*entreprise|la\s+PME|la\s+TPE|l['’]\s*ETI|la\s+start-?up|le\s+groupe)\s+)?"
    r"(?P<org>" + CAPNAME + r")(?=\s*[,.;(]|\s+(?:à|qui|dont|pour)\s)")
_AT_PLACE = re.compile(
    r"(?P<org>" + CAPNAME + r")(?:,\s+(?:(?:situé|basé|installé|implanté|établi)e?s?\s+)?|,?\s+(?:situé|basé|installé|implanté|établi)e?s?\s+)(?:à|a|au|aux)\s+"
    r"(?P<place>[A-ZÀ-Ý][^()\n,.;]{1,40}?)\s*\(\s*(?P<dep>" + DEPT_CODE_RE + r"|[A-ZÀ-Ý][^()\n,]{2,30})\s*\)")
_PAREN_OPT = r"(?:\s*\([^()\n]{1,80}\))?"  # « SAS Matière (fabricants de construction métalliques) »
_PLURAL_INTRO = re.compile(
    r"(?:[Ll]es|[Dd]es)\s+(?:soci[ée]t[ée]s|entreprises|PME|start-?ups?|industriels|laboratoires|groupes)\s+(?:[a-zéèêàâîôûç-]+\s+)?"
    r"(?P<names>" + CAPNAME + _PAREN_OPT + r"(?:\s*,\s*" + CAPNAME + _PAREN_OPT + r")*(?:\s+et\s+" + CAPNAME + _PAREN_OPT + r")?)")
_FICHE_LABELS = {"commune", "ville", "localisation", "lieu", "site", "adresse", "projet", "secteur", "activite", "investissement",
                 "aide", "subvention", "montant", "emplois", "departement", "filiere", "objet", "ou", "quoi", "combien",
                 "siren", "siret"}
# « ● PICARDIE FIBRES TECHNIQUES » alone on its line, a fiche's label lines under it (checked by the rule)
_FICHE_NAME_LINE = re.compile(r"^[ \t]*(?:[" + lexicon.BULLET_CHARS + r"][ \t]*|#{1,6}[ \t]+)?(?P<name>[A-ZÀ-Ý0-9][^\n:|;]{1,70}?)[ \t]*\n"
                              # the labelled lines may be bullets (« - Site : Laval », a Markdown fiche)
                              r"(?=[ \t]*(?:[-–•*][ \t]+)?[A-ZÀ-Ý][^\n:]{1,40}:[ \t]*\S[^\n]*\n"
                              r"[ \t]*(?:[-–•*][ \t]+)?[A-ZÀ-Ý][^\n:]{1,40}:)", re.MULTILINE)
_DEP_FIRST_LINE = re.compile(
    r"^[ \t]*(?P<dep>[A-ZÀ-Ý][\w'’-]+(?:[ -][\w'’-]+){0,3})[ \t]*(?:\((?P<code>" + DEPT_CODE_RE + r")\))?[ \t]*[–—-][ \t]+"
    r"(?P<name>[A-ZÀ-Ý0-9][^\n:()–—]{1,80}?)[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*\n(?:[ \t]*\n)?"
    r"(?=[ \t]*(?:[-–•*][ \t]*)?[A-ZÀ-Ý][\w'’ ]{2,30}?[ \t]*:)", re.MULTILINE)
_NAME_LINE = re.compile(
    # (« > MINÉRAUX DU TEIL » / « Site : Le Teil (07) »: an e-mail's quoted item, the site on a labelled line)
    r"^[ \t]*(?:>[ \t]*)?(?P<name>[A-ZÀ-Ý0-9][\w&@+'’.-]*(?:[ \t]+[\w&@+'’.-]+){0,5})"
    # (« PHOTONIQUE TRÉGOR SYSTÈMES (PTS) »: its acronym after it)
    r"(?:[ \t]+\([A-Z0-9&.'’ -]{1,12}\))?"
    # (« CONSERVERIE X -- "PROJET BOCAUX 2025" »: the project after a dash, typed or not)
    r"(?:[ \t]+(?:[–—-]|--)[ \t]+[«\"“]?[ \t]*[Pp](?:rojet|ROJET)[ \t]+[^\n]{2,40}?)?[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(?:(?:[Ss]ite|[Cc]ommune|[Ll]ieu|[Ll]ocalisation|[Ii]mplantation)(?:\s+(?:du\s+projet|de\s+production))?[ \t]*:[ \t]*)?"
    r"(?P<place>[A-ZÀ-Ý][^\n()–—,:]{1,40}?)"
    # (« Langon, près de Redon (Ille-et-Vilaine) »: a larger town nearby)
    r"(?:,[ \t]+(?:près|non\s+loin|à\s+côté|aux\s+portes)[ \t]+(?:de|d['’])[ \t]*[A-ZÀ-Ý][^\n()–—,:]{1,30}?)?"
    r"[ \t]*(?:\((?P<paren>[^)\n]{1,30})\)|[–—-][ \t]*" + DEPT_CODE_RE + r"\b)",
    re.MULTILINE)
_NAME_PLACE_TRADE = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-Ý0-9][\w&@+'’.-]*(?:[ \t]+[\w&@+'’.-]+){0,5})(?:[ \t]+\([A-Z0-9&.'’ -]{1,12}\))?[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?P<place>[A-ZÀ-Ý][^\n()–—,:]{1,40}?)[ \t]+[–—-][ \t]+[a-zà-ÿ][^\n]{2,80}\n", re.MULTILINE)
_LABEL_NAME_PLACE = re.compile(r"^[ \t]*(?:(?:Le|La|Les|L['’])[ \t]*)?[^\n—–:]{2,30}?[ \t]+[—–][ \t]+(?P<name>[A-ZÀ-Ý][^\n,—–()]{1,60}?),[ \t]+"
                               r"(?P<place>[A-ZÀ-Ý][^\n,()]{1,40}?)[ \t]*\((?P<dep>[^()\n]{2,30})\)[ \t]*$", re.MULTILINE)
_RANKED_AMOUNT = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?\d{1,2}[.)][ \t]+(?P<name>[A-ZÀ-Ý][^\n–—:]{1,70}?)[ \t]+[–—-][ \t]+"
                            r"\d[\d  ,.]*[ \t]*(?:M€|k€|€|millions?\s+d['’]euros|M\s*EUR)(?:\*\*)?[ \t]*\n", re.MULTILINE)
# « ● Figeac (Lot) — Quercy Avionique Composants — Cartes électroniques … »: a map's text version, each line the
# commune and its département, then the name and what it does
_PLACE_DEP_NAME_DASH = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?:[●■◆▲★✚○◇□▪][ \t]*)?(?P<place>[A-ZÀ-Ý][^\n()—–:]{1,40}?)[ \t]*"
                                  r"\((?P<dep>[^()\n]{2,30})\)[ \t]+[—–][ \t]+(?P<name>[A-ZÀ-Ý][^\n—–]{1,70}?)[ \t]+[—–][ \t]",
                                  re.MULTILINE)
# « Annonay — Thermolaquage du Vivarais » alone on its line above its paragraph: a commune, then the company of its site
# « - Merville – Établissements Dufossé-Leclercq » then its description and figures on the lines under it: a list's
# items, each its commune, a dash and the company (« - Saint-Léonard (agglomération du Boulonnais) – BMT – … »)
_BULLET_PLACE_DASH_NAME = re.compile(r"^[ \t]*[-•*▪][ \t]+(?P<place>[A-ZÀ-Ý][^\n()—–:]{1,40}?)(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+[—–]"
                                     r"[ \t]+(?P<name>[A-ZÀ-Ý0-9][^\n:()—–]{1,80}?)(?:[ \t]+\([A-Z0-9&]{2,8}\))?(?:[ \t]+[—–][ \t]+[^\n]{2,80}?)?[ \t]*\n"
                                     r"[ \t]*[^\s•*▪-]",
                                     re.MULTILINE)
# « Vitrélia Ingrédients – Vitré (35) – agroalimentaire » alone on its line: an annex's list, name, commune (its
# département) and perhaps the sector
_NAME_DASH_PLACE_DEP_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-Ý0-9][^\n–—:()|/]{1,60}?)(?:[ \t]+\([A-Z0-9&]{2,8}\))?[ \t]+[–—][ \t]+"
    r"(?P<place>[A-ZÀ-Ý][^\n()–—|:]{1,40}?)[ \t]*\((?P<dep>\d{2,3}|2[AB])\)(?:[ \t]+[–—][ \t]+[^\n|]{2,60})?[ \t]*$", re.MULTILINE)
_PLACE_DASH_NAME_LINE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Ý][^\n()—–:]{1,40}?)[ \t]+[—–][ \t]+(?P<name>[A-ZÀ-Ý0-9][^\n—–:()]{1,60}?)"
                                   r"[ \t]*\n[ \t]*\n", re.MULTILINE)
# « > **b) Salaisons du Val de Vire, Vire Normandie (Calvados).** Entreprise … »: a report's lettered or numbered items,
# the name and its commune in bold
_LETTERED_BOLD = re.compile(r"^[ \t>]*\*\*(?:[a-z]|\d{1,2})[).][ \t]+(?P<name>[A-ZÀ-Ý][^,*\n]{1,70}?),[ \t]+"
                            r"(?P<place>[A-ZÀ-Ý][^,*\n()]{1,40}?)[ \t]*(?:\([^()\n]{2,60}\))?\.?\*\*", re.MULTILINE)
# « – Sablé-sur-Sarthe : Rillettes Sarthoises Réunies – modernisation de l'atelier – 9,3 M€ / 1,86 M€ / 25 »: a list's
# items, each the commune, a colon, then the name and what it does
_BULLET_PLACE_COLON_NAME = re.compile(r"^[ \t]*[–—•*-][ \t]+(?P<place>[A-ZÀ-Ý][^\n:–—()]{1,40}?)[ \t]*:[ \t]+"
                                      r"(?P<name>[A-ZÀ-Ý][^\n–—(,:]{1,60}?)[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[–—,]|$)",
                                      re.MULTILINE)
# « - Ondalis (Lannion, Côtes-d'Armor) développera … »: a list's items, each a name, its commune and département in
# brackets, then what it does (two at least, see _card_headers)
_BULLET_NAME_COMMUNE_DEP = re.compile(r"^[ \t]*[-•*][ \t]+(?P<name>[A-ZÀ-Ý0-9][^\n()–—:,]{1,60}?)[ \t]*(?:\([A-Z][A-Z0-9&]{1,7}\)[ \t]*)?"
                                      r"\((?P<place>[A-ZÀ-Ý][^\n(),]{1,40}?),[ \t]*(?P<dep>[A-ZÀ-Ý][^\n(),]{1,30}?)\)",
                                      re.MULTILINE)
# « 3  SAINT-QUENTIN ■ Laboratoires Vermandois – conditionnement … »: a map legend's numbered rows, the commune in
# capitals, perhaps the legend's symbol, then the name and what it does
_NUMBERED_PLACE_NAME = re.compile(r"^[ \t]*\d{1,3}[.)]?[ \t]+(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]*?[A-ZÀ-Ý])[ \t]+(?:[^\w\s][ \t]+)?"
                                  r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ][^\n–—]{1,60}?)[ \t]+[–—][ \t]", re.MULTILINE)
# « DLAO – Déshydratation Lomagne Ail & Oignon » / « 📍 Valence (82400) »: a card's name above its pinned commune
# « • Pyrénées Chimie Industrie » / « ➢ Lannemezan (65) » / « ➢ Intrants essentiels » …: a slide's item, its sub-items
_BULLET_SUBPLACE = re.compile(r"^[ \t]*•[ \t]*(?P<name>[A-ZÀ-Ý0-9][^\n:|]{1,60}?)[ \t]*\n[ \t]*[➢◦▸][ \t]*(?P<place>[A-ZÀ-Ý][^\n()]{1,40}?)"
                              r"[ \t]*\([^()\n]{1,30}\)[ \t]*$", re.MULTILINE)
_PIN_CARD = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?(?P<name>[A-ZÀ-Ý0-9][^\n:|;📍]{1,70}?)[ \t]*\n(?:[ \t]*\n)?[ \t]*📍[ \t]*"
                       r"(?P<place>[A-ZÀ-Ý][^\n()–—,:]{1,40}?)(?=[ \t]*(?:[(,–—-]|\n|$))", re.MULTILINE)
_BULLET_COMMA = re.compile(
    # (« *Usinov Machines SAS — 12 rue de l'Outillage … — contact@… »: the publisher's address in italics, not a bullet)
    r"^(?![ \t]*\*[^\s*][^\n]*(?:@|\b\d{1,4},?[ \t]+(?:rue|avenue|boulevard|bd|chemin|route|place|impasse|allée|quai)\b))[ \t]*"
    + lexicon.BULLET_MARK + r"[ \t]*(?:(?:la|le|les|l['’])\s*(?:[a-zéèêàâîôûç-]+\s+)?)?(?:\*\*)?"
    r"(?P<org>" + CAPNAME + r"(?:[ \t]+(?!(?:qui|que|dont|est|sont|a|ont|va|vont)\b)[a-zéèêàâîôûç]{4,}(?:s|e|es|x|al|aux))?)"
    r"(?:\*\*)?(?:[ \t]*\([A-Z0-9][A-Z0-9&.'’-]{1,11}\))?\s*(?=,|\s[–—-]\s)", re.MULTILINE)  # (« X (FMI), à La Flèche »)  # « - Filatures de Picardie maritime, à Abbeville – … »
# « Bisontine Micro-Fluidique – Besançon » above a blank line: the heading of a card on a web page
_CARD_HEADING = re.compile(r"^[ \t]*[A-ZÀ-Ý][^\n–—:]{1,60}\s[–—]\s[A-ZÀ-Ý][^\n()–—:]{1,40}(?:\([^()\n]{1,30}\))?[ \t]*\n[ \t]*\n",
                           re.MULTILINE)
# (« ### 1. Novacier Alpes — Ugine (Savoie) »: a Markdown heading numbered as in a ranking)
_SHORT_LINE = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:(?:" + lexicon.BULLET_MARK + r"|\d{1,2}(?:\.\d{1,2}){1,2}\.?(?:[ \t]+[–—-])?(?=[ \t])|"
    # « Dossier 3.1 – NOM – Commune (Département) »: the numbered heading of an item in minutes
    r"(?:Dossier|Projet|Lauréat|Fiche)[ \t]+(?:n°[ \t]*)?\d{1,2}(?:\.\d{1,2})?[ \t]*[–—:-](?=[ \t]))[ \t]*)?"
    # « 3.1 Électronique – Quercy Aéro-Connectique, Figeac (Lot) »: the item's sector, then its name and commune
    r"(?:(?P<sector>(?i:santé|électronique|agroalimentaire|intrants\s+essentiels(?:\s+de\s+l['’]industrie)?|5G))[ \t]+[–—-][ \t]+)?(?:\*\*|__)?(?P<name>[A-ZÀ-Ý0-9][^\n:()–—*]{0,60}?)(?:[ \t]*\([A-Z0-9][A-Z0-9&.'’ -]{0,11}\))?(?:\*\*|__)?[ \t]*"
    r"(?:[–—]|\s-\s|,\s*(?:à\s+)?|\(|[ \t]{4,})[ \t]*(?P<place>[A-ZÀ-Ý][^\n:()*]{1,50}?)(?:\)|[ \t]*\([^()\n:]{2,30}\))?(?:\*\*|__)?[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[A-ZÀ-Ýa-z«\"“*_])",
    re.MULTILINE)
_INLINE_PAREN = re.compile(
    r"(?P<org>" + CAPNAME + r")\s*\(\s*(?P<place>[A-ZÀ-Ý][^()\n,–—]{1,40}?)\s*[,–—-]\s*(?P<dep>" + DEPT_CODE_RE
    + r"|[A-ZÀ-Ý][^()\n,]{2,30})\s*\)")
_INLINE_DEP = re.compile(r"(?P<org>" + CAPNAME + r")\s*\(\s*(?P<dep>" + DEPT_CODE_RE + r")\s*\)")
# A name ending with a lower-case adjective of place or kind (« les Salaisons du Bocage virois »).
_NAME_ADJ = (CAPNAME + r"(?:[ \t]+[a-zéèêàâîôûç]{3,}(?:ois|oise|oises|ais|aise|aises|ien|ienne|iens|iennes|in|ine|ins|"
             r"ines|al|ale|aux|ales|ique|iques|ime|imes|é|ée|és|ées|ard|arde|eux|euse|ais|ol|ole|ols|oles|"
             r"on|onne|ons|onnes)"
             # (« le Chantier naval du Golfe »: the adjective, then the name goes on with a capital)
             r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+)?)?)?")
# The verb after a laureate introduced by its place: a usual one, or any other in the present or future
# (« assemblera », « sécurise », « relocalisent »), never a relative or an article.
_INTRO_VERB = (r"(?:va|vont|investit|investira|investissent|a|ont|est|sont|bénéficie|bénéficient|bénéficiera|reçoit|reçoivent|"
               r"recevra|obtient|obtiennent|prévoit|prévoient|lance|entend|entendent|souhaite|souhaitent|veut|veulent|compte|"
               r"projette|doit|crée|créera|construit|construira|relocalise|relocalisera|développe|modernise|installe|implante|"
               r"ouvre|agrandit|étend|reprend|entreprend|(?:s['’]|se\s+)?(?!(?:qui|que|de|une|le|la|les|ce|cette|se|ne|dont|et|ou)\b)[a-zéèêàâîôûç]{3,}"
               r"(?:e|ent|era|eront|ira|iront|it|issent))\b")  # « s'agrandit », « se dote »
_IN_THE_PLANT_OF = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:Dans|Chez|Sur\s+le\s+site)\s+(?:les|des|le|de)?\s*"
                              r"(?:ateliers|locaux|usines?|murs|halls?|lignes)\s+(?:de\s+la\s+société\s+|de\s+l['’]\s*entreprise\s+|"
                              r"d['’]\s*|de\s+|du\s+|des\s+)(?P<org>" + CAPNAME + r")(?=\s*,)")
_ACRONYM_LEAD = re.compile(r"^[ \t]*[A-Z0-9&]{2,8}[ \t]+[–—][ \t]+(?P<org>" + CAPNAME + r")(?=\s*,|\s*\(|\s+" + _INTRO_VERB + r")",
                           re.MULTILINE)
_BULLET_SUBJECT = re.compile(r"^[ \t]*[-–—•●▪*][ \t]*(?:(?:la|le|les|l['’])\s*)?(?P<org>" + _NAME_ADJ + r")\s+" + _INTRO_VERB,
                             re.MULTILINE)
# Place words before a name: the name is the place (« la zone de Millau Nord », « le parc d'activités de Témis »).
_PLACE_OF_ZONE = re.compile(r"\b(?:zone|zac|za|zi|parc\s+d\W\s*activites?|parc\s+industriel|quartier|lotissement|"
                            r"technopole|technopark|pepiniere\s+d\W\s*entreprises)(?:\s+(?:industrielle|artisanale|"
                            r"commerciale|portuaire|d\W\s*activites?))?\s+(?:de\s+la\s+|de\s+l\W\s*|de\s+|du\s+|des\s+|d\W\s*)?$")
_CAPS_HEADING = re.compile(r"(?:DE|DU|DES|D['’]|AU|AUX|À|ET|EN|POUR|VERS|SUR|ENTRE|APRÈS|AVANT|QUAND|COMMENT|CÔTÉ)\b[^a-zà-ÿ]*")
_SOLD_BEFORE = re.compile(r"\b(?:cede|vendu|revendu|cession\s+de|vente\s+de)\s+(?:sa|son|ses|la|le|l\W)\s*(?:filiale|activite|"
                          r"branche|division|usine|site)s?\b[^,.;()]{0,40},?\s*$")
# (« au cœur du Niolu », « au pied du Ventoux »: a region or a height named by where the site stands in it)
_NATURAL_PLACE_BEFORE = re.compile(r"\b(?:au\s+co?e?ur|au\s+pied|col|mont|monts|massif|vallee|vallon|lac|foret|plateau|gorges|pic|baie|etang|"
                                   r"canal|riviere|fleuve|pointe|cap|ile|presqu\W?ile|causse|marais|estuaire|cote)\s+"
                                   r"(?:de\s+la\s+|de\s+l\W\s*|du\s+|des\s+|de\s+|d\W\s*)$")
_TERRITORY_HEADS = {"pays", "vallee", "bassin", "parc", "zone", "palais", "plateau", "plaine", "massif", "quartier"}
_BARE_NOT_NAMES = {"nord", "sud", "est", "ouest", "centre", "approuve", "decide", "autorise", "attribue", "precise",
                   "considerant", "vu", "delibere", "arrete", "charge", "dit", "mandate", "sollicite"}
_MASTHEAD_AFTER = re.compile(r"\s*[–—-]\s*(?:l\W\s*|la\s+|le\s+|votre\s+)?(?:agence|association|chambre|syndicat|lettre|"
                             r"journal|magazine|newsletter|bulletin|pole|cluster|federation|union|comite|communaute|"
                             r"service|direction|portail|actualite|information)\b")
# « À Vierzon, … », « Plus au sud, à Saint-Florent-sur-Cher, … »: a paragraph opened by its commune.
_PARAGRAPH_PLACE = re.compile(r"[ \t]*(?:[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[a-zà-ÿ'’-]+){0,5},[ \t]+)?(?:À|A|à)[ \t]+"
                              r"(?P<place>[A-ZÀ-Ý][^,.;:\n()]{1,40}?)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?,|"
                              # « ISSOUDUN » alone on the first line of a brief
                              r"[ \t]*(?P<caps>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40}?)[ \t]*\n|"
                              # « Saint-Dié-des-Vosges. La scierie X … »: a local paper's dateline; « Cholet : la PME X
                              # lauréate … »: a headline's
                              r"[ \t]*(?P<dateline>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?:[ \t]+[\w'’]+(?:-[\w'’]+)*){0,2})"
                              r"(?:\.[ \t]+(?=[A-ZÀ-Ý])|[ \t]+:[ \t]+)")
_PLACE_INTRO = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[a-zà-ÿ])(?=À\s))[ \t]*(?:(?:Enfin|Par\s+ailleurs|De\s+même|Également|Aussi|Plus\s+loin|Toujours|"
    r"Plus\s+(?:à\s+l['’](?:est|ouest)|au\s+(?:nord|sud))),\s+(?:à|au|aux|en|dans|sur|du\s+côté(?=\s+d)|près(?=\s+d))|À|A|Au|Aux|En|Dans|Sur|Près\s+de|Côté|Du\s+côté(?=\s+d)|(?:Basée?|Installée?|Implantée?|"
    r"Située?|Établie?)\s+(?:à|au|en|dans)|(?<![^\n])[ \t]*[-–—•●▪*][ \t]*(?:à|À|au|Au|aux|Aux|en|En|dans|Dans|sur|Sur))\s+"
    # (« À Capdenac-Gare — côté aveyronnais, et non chez la voisine lotoise Capdenac —, X investit … »: an aside in dashes)
    r"(?:[^,.\n—–]{2,60}?\s+[—–][^—–\n]{2,90}[—–][ \t]*|[^,.\n]{2,60}),"
    r"(?:\s+(?:dans|en|au|commune\s+déléguée\s+de|près\s+de|non\s+loin\s+de|aux\s+portes\s+de|à\s+deux\s+pas\s+de|"
    r"à\s+(?:quelques|\w+)\s+kilomètres\s+de)\s+[^,.\n]{2,40},)?"
    # (« À Saint-Pierre, la ville au pied de la montagne Pelée, les Ateliers X … »: what the town is)
    r"(?:\s+(?:la|le|l['’])\s*(?:ville|commune|cité|bourg|village|capitale|sous-préfecture|préfecture)\b[^,.\n]{0,50},)?"
    r"(?:\s+(?:enfin|aussi|également|par\s+ailleurs|de\s+son\s+côté|pour\s+sa\s+part),)?\s+"
    # an article, perhaps with what the laureate is (« le mouliste MOULINJECT », « la PME X »)
    r"(?:(?:la|le|les|l['’])\s*(?:[a-zéèêàâîôûç-]{3,}\s+){0,2})?(?P<org>" + _NAME_ADJ + r")"
    # an aside between the name and its verb (« SBSD (Soufre Béarn …) », « X, sous-traitant de la filière, »)
    r"(?:\s*\([^()\n]{1,60}\))?(?:,\s+[^,.\n«»]{3,120},|\s+[–—]\s+[^–—.\n«»]{3,120}?\s+[–—])?\s+" + _INTRO_VERB, re.MULTILINE)
_JOBS_LABEL_BARE = re.compile(r"(?:[(;,]|\n)[ \t]*emplois?(?:\s+crees|\s+a\s+creer|\s+prevus|\s+directs)?[ \t]+(?=\d|une?\s|[a-z]+\s+(?:emplois|postes)?)")
# « Les montants indiqués correspondent aux subventions accordées »: what the bare amounts of a list are.
_AMOUNTS_NOTE = re.compile(r"\bmontants?\b[^.:;()\n]{0,40}?\b(?:correspond\w*|sont|represent\w*|s\W\s*entend\w*)\b"
                           r"[^.;()\n]{0,20}?\b(?P<what>subventions?|aides?|investissements?|avances?)")
# A sentence that goes on about the laureate named before it: « Le projet, … », « Son projet … », « La PME … »,
# « Le plasturgiste, qui … », « 6,4 M€ d'investissement … ».
_FOLLOW_START = re.compile(r"[\s«]*(?:(?:le|son|ce|leur|cet)\s+(?:projet|programme|investissement|chantier|plan)\b|"
                           r"(?:la|le|l\W)\s*(?:pme|pmi|eti|tpe|start-?up|societe|entreprise|usine|[a-z]+iste|fabricant|"
                           r"industriel|sous-traitant|equipementier|laboratoire|manufacture|groupe\s+familial)\b|"
                           r"\d[\d\s,.]*\s*(?:millions?|m€|k€|€|euros))")
# A name with a lower-case word inside, before « de X » (« Aciers fins du Velay »), or with a trailing adjective.
_NAME_LOWMID = (r"(?:" + CAPNAME + r"[ \t]+[a-zà-ÿ]{3,12}(?=[ \t]+(?:de|du|des|d['’])\W)|" + _NAME_ADJ
                + r")(?:[ \t]+(?:de[ \t]la|de[ \t]l['’]|du|des|de|d['’])[ \t]*" + CAPNAME + r")?")
# « Plus au sud, à Mehun-sur-Yèvre, les Aciers fins du Berry relancent … », « Enfin, tout au nord, à Vierzon, la
# Tuilerie X, fondée en 1920, investit … »: a place after a short lead of direction, then the subject and its verb.
_LEAD_PLACE_INTRO = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[A-ZÀ-Ý][a-zà-ÿ]+,[ \t]+)?(?:[A-ZÀ-Ýa-zà-ÿ][\w'’-]*(?:[ \t]+[a-zà-ÿ'’-]+){0,5},[ \t]+)?"
    # « Toujours à Sedan, … », « Non loin, à … »: an adverb of the list glued to the place
    r"(?:(?:Toujours|Également|Aussi|Puis|Et|Plus\s+loin|Non\s+loin|Tout\s+près)[ \t]+)?"
    r"(?:«[ \t]*)?(?:à|À|A)[ \t]+[A-ZÀ-Ý][^,.\n]{1,40}?(?:[ \t]*\([^()\n]{1,30}\))?,[ \t]+"
    # (« À Châtenois, au pied du Haut-Kœnigsbourg, X s'apprête à investir … »: where the place is)
    r"(?:(?:au|aux|à|près|non\s+loin|entre|dans|en|sur)\b[^,.\n]{2,40},[ \t]+)?"
    r"(?:(?:la|le|les|l['’])\s*(?:[a-zéèêàâîôûç-]{3,}\s+){0,2})?(?P<org>" + _NAME_LOWMID + r")"
    r"(?:\s*\([^()\n]{1,60}\))?(?:,\s+[^,.\n«»]{3,120},)?\s+" + _INTRO_VERB, re.MULTILINE)
# « La Tuilerie X vient d'être retenue parmi les lauréats », « Y figure parmi les 30 projets retenus », « Z a été
# sélectionnée »: a sentence (or a quoted clause) whose subject is the laureate, found without spaCy.
_SUBJECT_RETAINED = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=«\s)|(?<=\n))[ \t]*"
    # « **Octobre 2021** — **X** (Sanvignes-les-Mines) rejoint … »: a chronicle's dated item
    r"(?:(?:\*\*|__)?(?:(?:1er|[0-3]?\d)[ \t]+)?(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)[ \t]+(?:19|20)\d\d(?:\*\*|__)?[ \t]*[—–][ \t]*)?"
    r"(?:[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[a-zà-ÿ'’-]+){0,5},\s+)?"
    # (« Enfin, dans le Comminges, X a été retenu »: a place of the writer's between commas)
    # (« À Bolbec, la Biscuiterie X fait aussi partie des heureux élus »: the place opens the sentence)
    r"(?:(?:dans|en|à|au|aux|du\s+côté\s+de|près\s+de|Dans|En|À|Au|Aux)\s+[^,.;\n]{2,40},\s+|"
    # (« **À Cosne-Cours-sur-Loire**, **Dufeu Plasturgie** figure aussi au palmarès »)
    r"(?:\*\*|__)(?:À|Au|Aux|Dans|En)\s+[^,.;\n*]{2,40}(?:\*\*|__),\s+)?"
    # (« L'entreprise de mécanique de précision Mécabocage, installée … »: its trade before its name, in small letters)
    r"(?:(?:la|le|les|l['’]|La|Le|Les|L['’])\s*(?:(?:société|entreprise|PME|PMI|ETI|start-?up)\s+"
    r"(?:(?:de|d['’])\s*[a-zéèêàâîôûç-]{3,}(?:\s+(?:de|d['’]|du|des|et)?\s*[a-zéèêàâîôûç-]{3,}){0,3}\s+)?)?)?(?:\*\*|__)?(?P<org>" + _NAME_LOWMID + r")"
    r"(?:\*\*|__)?(?:\s*\([^()\n]{1,60}\))?(?:,\s+[^,.\n«»]{3,100},)?\s+(?:(?:vient|viennent)\s+d['’]\s*être\s+(?:officiellement\s+)?"
    r"(?:retenue?s?|sélectionnée?s?|désignée?s?|choisie?s?)|figure(?:nt)?\s+(?:également\s+|aussi\s+|bien\s+)?parmi\s+les\s+"
    r"(?:\d+\s+|[a-zé]+\s+){0,2}(?:lauréats|bénéficiaires|(?:projets|entreprises|dossiers)\s+(?:retenus|retenues|"
    r"sélectionnés|sélectionnées|soutenus|soutenues|lauréats))|(?:a|ont)\s+été\s+(?:officiellement\s+)?(?:retenue?s?|"
    r"sélectionnée?s?|désignée?s?\s+lauréate?s?)|(?:est|sont)\s+(?:désormais\s+)?lauréate?s?\b|"
    # (« X fait aussi partie des heureux élus », « Les Ateliers X (AMV) font partie des entreprises retenues »)
    r"(?:fait|font)\s+(?:aussi\s+|également\s+|bien\s+)?partie\s+des\s+(?:\d+\s+|[a-zé]+\s+){0,2}(?:lauréats|lauréates|élus|"
    r"bénéficiaires|(?:entreprises|projets|dossiers)(?:\s+[a-zé-]{4,})?\s+"
    r"(?:retenus|retenues|lauréats|lauréates|sélectionnés|sélectionnées))|"
    # « Gélules Atlantique fait partie de la même vague de lauréats »
    r"fait\s+partie\s+de\s+la\s+(?:même\s+)?(?:vague|liste|promotion|sélection|session)\s+(?:de\s+|des\s+)lauréats|"
    # « X (Sanvignes-les-Mines) rejoint la liste des lauréats du Fonds d'accélération »
    r"figure(?:nt)?\s+(?:aussi\s+|également\s+)?au\s+palmarès\b|"
    r"(?:rejoint|rejoignent|intègre|intègrent)\s+(?:à\s+son\s+tour\s+|aussi\s+|également\s+)?(?:la\s+liste|le\s+cercle|le\s+club|"
    r"la\s+promotion)\s+des\s+(?:lauréats|bénéficiaires)|"
    # « La Fonderie Flérienne de Précision a décroché une aide de 1,4 M€ pour … »
    r"(?:a|ont)\s+(?:décroché|obtenu|reçu)\s+(?:une\s+)?(?:aide|subvention)\s+(?:publique\s+|de\s+l['’]État\s+)?(?:de|d['’])\s*\d)",
    re.MULTILINE)
# « la start-up girondine Ostréa Bio, elle aussi lauréate de l'appel … »: a name, then the pronoun that says it won too
_SAID_LAUREATE = re.compile(r"(?P<org>" + CAPNAME + r")(?:\*\*|__)?,[ \t]+(?:(?:autre|nouvel(?:le)?)[ \t]+lauréate?\b|"
                            r"lauréate?s?[ \t]+(?:lui|elle|eux|elles)[ \t]+(?:aussi|également)\b)")
# « le spécialiste du thermolaquage **Thermolaq**, implanté à Montbrison, figurait lui aussi parmi les lauréats »
_ALSO_AMONG_LAUREATES = re.compile(r"(?P<org>" + CAPNAME + r")(?:\*\*|__)?,[ \t]+[^.;:!?\n«»]{3,80},[ \t]+figur(?:e|ait|ent|aient)[ \t]+"
                                   r"(?:(?:lui|elle|eux|elles)[ \t]+)?(?:aussi|également|de\s+même)[ \t]+parmi[ \t]+les[ \t]+lauréats\b")
# « Enfin, Fonderies de Haute-Marne (Chaumont) complète la liste régionale, sans montant communiqué »
_COMPLETES_THE_LIST = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))[ \t]*(?:(?:la|le|les)[ \t]+|l['’][ \t]*)?(?P<org>" + CAPNAME + r")"
                                 r"(?:[ \t]*\([^()\n]{2,40}\)|,[ \t]+(?:à|au|en)[ \t]+[^,.;\n]{2,50},)?[ \t]+(?:complète|complètent|clôt|clôturent|ferme|ferment)[ \t]+"
                                 r"(?:la[ \t]+liste|le[ \t]+palmarès|la[ \t]+sélection)\b", re.MULTILINE)
_PRONOUN_ALSO_LAUREATE = re.compile(r"(?P<org>" + CAPNAME + r"),[ \t]+(?:elle|il|elles|ils)[ \t]+(?:aussi|également|de\s+même)[ \t]+"
                            r"(?:lauréate?s?|retenue?s?|sélectionnée?s?)\b")
# « Les Lunetiers de la Bienne, à Morez (Jura), relancent … », « X, enfin, à Lons-le-Saunier, reprennent … »
# « Dirigée par M. X depuis 2012, Usitec usine … », « Start-up issue des laboratoires lannionnais, ONDALINK (Pleumeur-Bodou)
# conçoit … », « Filiale du groupe Y, Nordet Médical fabrique … »: a description put before its subject.
_FRONTED_APPOSITION = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[-–—•●▪*→][ \t]*)?(?:(?:Dirig|Cré|Fond|Install|Implant|Bas|Situ|Spécialis|Détenu|Rachet|Repris)"
    r"ée?s?|Issue?s?|Née?s?|Filiale|Start-?up|Jeune\s+pousse|PME|PMI|ETI|TPE|Leader|Spécialiste|Fabricant|Entreprise|Sous-traitant|"
    r"Équipementier|Acteur|Pionni(?:er|ère)|Fournisseur|Product(?:eur|rice)|Société|Groupe\s+familial)\b[^.;:!?\n«»]{2,120}?,\s+"
    r"(?:(?:la|le|les|l['’])\s*)?(?P<org>" + _NAME_ADJ + r")(?:\s*\([^()\n]{1,60}\))?\s+" + _INTRO_VERB, re.MULTILINE)
# « Vosges Bois, scierie familiale installée …, va investir … », « Enfin, les Tourneries X, installées à A, modernisent … »:
# a sentence opened by a name, an aside between commas, then its verb.
_SUBJECT_ASIDE_VERB = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:[-–—•●▪*→][ \t]*)?(?:(?:Enfin|Ainsi|Également|Autre\s+lauréat\w*|De\s+son\s+côté|"
    r"Pour\s+sa\s+part|Quant\s+à\s+(?:elle|lui)|Côté\s+[\w-]+(?:\s+[\w-]+)?)\s*,\s*)?(?:(?:Les|La|Le|L['’]|les|la|le|l['’])\s*)?(?P<org>" + _NAME_ADJ + r")"
    r"(?:\s*\([^()\n]{1,60}\))?,\s+(?!(?:qui|que)\s+(?:a|ont|est|sont)\s+(?:déclaré|dit|expliqué|souligné))[^.;:!?\n«»]{3,140}?,\s+"
    + _INTRO_VERB, re.MULTILINE)
# « Deux entreprises flériennes (Tôlerie Flérienne et l'Atelier Gaudin-Lecoq) se partagent … »
_PLURAL_ASIDE = re.compile(
    r"\b(?:[Ll]es|[Dd]es|[Dd]eux|[Tt]rois|[Qq]uatre|[Cc]inq|[Ss]ix|[Ss]ept|[Hh]uit|\d{1,2})\s+(?:entreprises|sociétés|PME|PMI|ETI|"
    r"industriels|sous-traitants|équipementiers|fabricants|start-?ups?|laboratoires|groupes)(?:\s+[a-zéèêàâîôûç-]+){0,2}\s*"
    r"\((?P<names>[^()\n]{3,200})\)")
_NAME_AT_PLACE_VERB = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:(?:Les|La|Le|L['’])\s*)?(?P<org>" + CAPNAME + r")(?:\s*\([^()\n]{1,60}\))?,"
    r"(?:\s+(?:enfin|aussi|également|quant\s+à\s+elle|de\s+son\s+côté|pour\s+sa\s+part),)?\s+(?:(?:installée?s?|basée?s?|"
    r"implantée?s?|située?s?)\s+)?(?:à|au|aux|en)\s+[A-ZÀ-Ý][^,.\n]{1,40}?(?:\s*\([^()\n]{1,60}\))?,\s+" + _INTRO_VERB,
    re.MULTILINE)
_LEAD_NAME_AT_PLACE_VERB = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*[A-ZÀ-Ý][a-zà-ÿ]+(?:[ \t]+[a-zà-ÿ'’-]+){0,4},\s+(?:[a-zà-ÿ'’-]+(?:[ \t]+[a-zà-ÿ'’-]+){0,3},\s+)?"
    r"(?:(?:la|le|les|l['’])\s*)?(?P<org>" + _NAME_ADJ + r")(?:\s*\([^()\n]{1,60}\))?,\s+(?:(?:installée?s?|basée?s?|"
    r"implantée?s?|située?s?)\s+)?(?:à|au|aux)\s+[A-ZÀ-Ý][^,.\n]{1,40}?(?:\s*\([^()\n]{1,60}\))?,\s+" + _INTRO_VERB)
_CARRIED_AT_PLACE_BY = re.compile(
    r"\b(?:porté|mené|conduit|réalisé|piloté)e?s?\s+(?:à|au|en)\s+(?P<place>[A-ZÀ-Ý][^,.;\n]{1,40}?)\s+par\s+"
    r"(?:(?:la\s+société|l['’]\s*entreprise|la\s+PME|la\s+start-?up|le\s+groupe)\s+)?(?P<org>" + CAPNAME + r")")
# « …, tandis que Bocage Électronique, à Saint-Lô, double sa ligne » (a second subject inside the sentence), « Je pense
# à Limousin Filtres, à Limoges. C'est une PME qui … » (the next sentence says what it is).
_CLAUSE_AT_PLACE_VERB = re.compile(
    r"\b(?:tandis\s+qu(?:e\s+|['’]\s*)|alors\s+qu(?:e\s+|['’]\s*)|et\s+|puis\s+|ainsi\s+que\s+|mais\s+aussi\s+)"
    r"(?:(?:la|le|les|l['’])\s*)?(?P<org>" + CAPNAME + r"),\s+(?:(?:installée?s?|basée?s?|implantée?s?|située?s?)\s+)?"
    r"(?:à|au|aux)\s+(?P<place>[A-ZÀ-Ý][^,.\n]{1,40}?)(?:\s*\([^()\n]{1,60}\))?,\s+" + _INTRO_VERB)
# « Et puis il y a CIREX, à Romorantin-Lanthenay, qui rapatrie de Tunisie … »: an example an interview gives
_THERE_IS_AT_PLACE = re.compile(
    r"\b[Ii]l\s+y\s+a\s+(?:aussi\s+|encore\s+|également\s+|enfin\s+)?(?:(?:la|le|les|l['’])\s*)?(?P<org>" + CAPNAME + r"),\s+"
    r"(?:(?:installée?s?|basée?s?|implantée?s?|située?s?)\s+)?(?:à|au|aux)\s+(?P<place>[A-ZÀ-Ý][^,.\n()]{1,40}?)"
    r"(?:\s*\([^()\n]{1,60}\))?,\s+qui\s+(?!n['’e])")
# « Synthérhône va construire à Saint-Fons un atelier … », « **Hyperfréquences du Val de Loire (HFVL)** va construire
# à Joué-lès-Tours … »: a sentence whose subject builds its plant in a named commune (the commune is checked)
_SUBJECT_BUILDS_AT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:\*\*|__)?(?P<org>" + CAPNAME + r")(?:\*\*|__)?(?:\s*\([A-Z][A-Z0-9&]{1,7}\))?(?:\*\*|__)?"
    r"\s+(?:va|vont)\s+(?:construire|bâtir|implanter|installer|ouvrir|créer|agrandir|étendre|moderniser|relocaliser|rapatrier)"
    r"\s+(?:à|au|aux)\s+(?P<place>[A-ZÀ-Ý][\w'’-]*(?:[ \t-]+(?:sur|sous|en|lès|lez|les|le|la|de|du|des|d['’]|l['’])?[ \t-]*[A-ZÀ-Ý][\w'’-]*){0,4})"
    r"(?=\s+(?:une?|sa|son|ses|leur|leurs|des|la|le|les|l['’])\b)")
# « nos confrères de La Boisserie Mayennaise, dont le projet a été retenu pour leur usine de Château-Gontier »
_WHOSE_PROJECT_RETAINED = re.compile(
    r"(?:(?<=\s)|^)(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]['’])[ \t]*)?(?P<org>" + CAPNAME + r")(?:\s*\([^()\n]{1,40}\))?,\s+dont\s+(?:le|son|leur)\s+"
    r"(?:projet|dossier)(?:\s+[a-zéèêàâîôûç-]{3,}){0,3}\s+(?:a\s+été|vient\s+d['’]être|est)\s+(?:lui\s+aussi\s+|également\s+|aussi\s+)?"
    r"(?:retenu|sélectionné|soutenu|lauréat)\b")
# « **LEVÉE DE FONDS — Mécanhydro boucle 4 M€** »: a rubric in capitals, a dash, the item's headline
_RUBRIC_LINE = re.compile(r"^[ \t>*#_-]*(?:\*\*|__)?(?P<rub>[A-ZÀ-Ý][A-ZÀ-Ý'’ &]{2,40}?)[ \t]*[—–][ \t]+\S[^\n]*$", re.MULTILINE)
_NON_AWARD_RUBRICS = {"levee de fonds", "levees de fonds", "nomination", "nominations", "rachat", "rachats", "cession", "cessions",
                      "acquisition", "acquisitions", "fusion", "salon", "salons", "agenda", "abandon", "defaillance",
                      "defaillances", "fermeture", "liquidation", "redressement judiciaire", "carnet", "deces", "recrutement",
                      "recrutements", "plan social", "evenement", "evenements"}
# « la Métallerie de Thiérache »: the complement that makes a trade a name
_TRADE_COMPLEMENT = re.compile(r"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*[A-ZÀ-Ý][\w'’-]+"
                               r"(?:[ \t]+(?:et[ \t]+)?[A-ZÀ-Ý][\w'’-]+)*")
# A company in capitals alone on its line (its acronym after it), then two indented dashed items at least, each item
# perhaps wrapped on indented lines (a slide)
_CAPS_NAME_ITEMS = re.compile(
    r"^(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’&-]*(?:[ \t]+[A-ZÀ-Ý'’&-]+){1,5})(?:[ \t]+\([A-Z0-9&]{2,8}\))?[ \t]*\n"
    r"(?:[ \t]+[–—•-][ \t]+[^\n]+\n(?:[ \t]{3,}(?![–—•-])[^\n]+\n)*){2,}", re.MULTILINE)
# « Article 1 : d'attribuer à la SAS FORGES VIROISES (Vire Normandie – 14) une subvention de … »: a deliberation's
# article, the beneficiary with its commune and département
_ATTRIBUTE_TO = re.compile(
    r"\b(?:d['’]\s*)?(?:attribuer|accorder|allouer|octroyer)\s+(?:à|a|aux)\s+(?:la\s+|l['’]\s*|les\s+)?"
    r"(?:(?:SAS|SARL|SA|SASU|EURL|SCOP|société|entreprise)\s+)?(?P<org>" + CAPNAME + r")(?:\s*[–—-]\s*[A-Z0-9&]{2,8})?\s*"
    r"\((?P<place>[A-ZÀ-Ý][^()\n–—,]{1,40}?)\s*(?:[–—-]|,)\s*(?:\d{2,3}|2[AB])\s*\)")
_AT_PLACE_THEN_IS_A = re.compile(
    r"(?P<org>" + CAPNAME + r"),\s+(?:(?:installée?s?|basée?s?|implantée?s?|située?s?)\s+)?(?:à|au|aux)\s+"
    r"(?P<place>[A-ZÀ-Ý][^,.\n()]{1,40}?)(?:\s*\([^()\n]{1,60}\))?\s*\.\s+(?:C['’]est|Il\s+s['’]agit\s+d['’])\s*"
    r"(?:une?\s+|l['’]\s*)(?:autre\s+|jeune\s+|petite\s+)?" + _COMPANY_NOUNS)
_SUBJECT_VERB = re.compile(
    r"\b(?:est|sont|a\s+ete|ont\s+ete|sera|seront|figure\s+parmi|fait\s+partie|vien(?:t|nent)\s+d\W\s*etre)\s+"
    r"(?:egalement\s+|aussi\s+|parmi\s+)?"
    r"(?:designee?s?\s+)?(?:laureate?s?|retenue?s?|selectionnee?s?|distinguee?s?|soutenue?s?)\b|\b(?:beneficie|beneficiera|obtient|"
    r"remporte|decroche|recoit|recevra)\s+(?:d\W*une?\s+|une?\s+|de\s+)?(?:aide|subvention|soutien|financement)|"
    # « … où Plastiques Allonnais a bénéficié en septembre du Fonds d'accélération … »
    r"\ba\s+beneficie\s+(?:en\s+\w+\s+)?(?:du|de\s+la|de\s+l\W|d\W*une?)\s*(?:fonds|aide|subvention|soutien|appel|programme|dispositif)\b")
_PROJECT_NAME = re.compile(
    r"(?:projet\s*:?\s*(?:baptis[ée]|intitul[ée]|nomm[ée]|d[ée]nomm[ée]|appel[ée])?|(?:porte|prend)\s+le\s+nom\s+(?:de\s+)?|"
    r"(?:projet|programme|investissement),?\s+(?:baptis|intitul|nomm|d[ée]nomm)[ée]e?s?\s+)\s*[«“\"]\s*(?P<name>[^»”\"\n]{1,60}?)\s*[»”\"]",
    re.IGNORECASE)
# « Baptisé « Pochadour », le projet représente … »: the quoted name fronted before the project
_PROJECT_FRONTED = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:Baptis|Nomm|Intitul|Dénomm)ée?s?\s*[«“\"]\s*(?P<name>[^»”\"\n]{1,60}?)"
                              r"\s*[»”\"]\s*,\s+(?:le|ce|leur|son)\s+(?:projet|programme|investissement)\b", re.MULTILINE)
# « électrifie l'un de ses fours (« Four E-Nord ») »: a quoted name in brackets after what the laureate does.
_PROJECT_PAREN = re.compile(r"\(\s*[«“]\s*(?P<name>[^»”\n()]{2,40}?)\s*[»”]\s*\)")
_PROJECT_CAPS = re.compile(r"(?:[Pp]rojet(?:\s+(?:soutenu|retenu|industriel|lauréat|subventionné))?(?:\s*,?\s+(?:baptis|nomm|intitul|dénomm|appel)ée?\s+(?:en\s+interne\s+)?|"
                           # (« Le projet s'appelle APIVAL. »)
                           r"\s+(?:s['’]appelle|se\s+nomme|a\s+pour\s+nom)\s+|\s+)|"
                           # « Baptisé FORMA-SEC, le projet doit … »: the name fronted before the project
                           r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:Baptisé|Nommé|Intitulé|Dénommé)\s+(?=[A-ZÀ-Ý][A-ZÀ-Ý0-9-]{2,}[^\n,]{0,20},\s+(?:le|ce)\s+projet\b))"
                           r"(?:\*\*|__)?"
                           # (« CADENCE 3 », « BELLERIVE 2025 », « UVP 5X »: a number or a version is part of the name)
                           r"(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý0-9-]{2,}(?:[a-z][A-Za-z0-9-]*)?(?:[ \t](?:\d{1,4}|\d[A-Z]{1,2}|[IVX]{1,3})(?=[\s,.;:)»]))?)"
                           r"(?![\w])", re.MULTILINE)
# « à travers son projet Novagreen »: one capitalised word (no sentence starts after « projet »).
_PROJECT_CAPWORD = re.compile(r"\b(?:son|leur|ce|du|le)\s+projet[ \t]+(?!(?:Nous|Vous|Il|Elle|Ils|Elles|On|Le|La|Les)\b)"
                              r"(?P<name>[A-Z][a-z]+(?:[A-Z0-9][\w-]*)?)\b(?!\s+[A-ZÀ-Ý])")
# A line ending with « : »; a bullet only when it names a sector (« • Dans le secteur de la santé : »).
# A section title on its own line: marked (« ## », « ▌ », « ■ ») or written in capitals, short.
_SECTION_TITLE = re.compile(r"(?:^|(?<=\n))[ \t]*(?:(?:#{1,4}|[▌■►▶◆])[ \t]*(?P<title>[^\n]{3,50})|(?P<caps>[A-ZÀ-Ý0-9' /&-]{3,50}))"
                            r"[ \t]*(?=\n)")
_SECTOR_TITLE_WORDS = {"sante", "agroalimentaire", "agro-alimentaire", "electronique", "5g", "5g / telecoms", "telecoms",
                       "telecommunications", "5g et telecoms", "intrants essentiels", "intrants essentiels de l'industrie",
                       "industrie agroalimentaire", "sante et industrie pharmaceutique", "pharmacie", "chimie",
                       "electronique et 5g", "agroalimentaire et agriculture"}
# the company's own box at the foot of its release (« À propos des Laboratoires X », « About X »)
_ABOUT_BOX = re.compile(r"(?:^|\n)[ \t#*]*(?:À|A)\s+propos\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])[^\n]{2,80}\n")
_NUMBER_WORDS = set("un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente "
                    "quarante cinquante soixante cent mille".split())
_PLAIN_TITLE = re.compile(r"(?m)(?<=\n\n)[ \t]*(?P<rest>[A-ZÀ-Ý][^\n.!?:;|]{15,120}?)[ \t]*$")
_ROSTER_LINE = re.compile(r"(?m)^[ \t]*[-•*][ \t]*(?P<tag>[A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,20})[ \t]*[—–-][ \t]*")
_SPEAKER_TURN = re.compile(r"(?m)^[ \t]*(?:\[[\d:]{4,8}\][ \t]*)?(?P<tag>[A-ZÀ-Ý][A-ZÀ-Ý'’-]{1,20})[ \t]*:")
_NUMBERED_LAUREATE = re.compile(r"(?m)^[ \t]*(?:#{1,4}[ \t]+)?(?:\*\*)?(?:LAURÉATE?|Lauréate?|LAUREATE?|BÉNÉFICIAIRE|Bénéficiaire)[ \t]*"
                                r"(?:n°[ \t]*)?\d{1,2}[ \t]*[·:–—-][ \t]*(?P<name>[A-ZÀ-Ý0-9][^\n*]{1,70}?)[ \t]*(?:\*\*)?[ \t]*$")
# « **Rouergue Composites** — Calmont (Aveyron), … »: a bold name opening its line, a dash, its commune
_BOLD_NAME_PLACE = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]+)?(?:\*\*|__)(?P<name>[A-ZÀ-Ý0-9][^*_\n]{1,70}?)(?:\*\*|__)[ \t]*[—–][ \t]*"
                              r"(?P<place>[A-ZÀ-Ý][^,.;:()\n]{1,40}?)[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*[,.;]")
# A section's heading alone on its line, a blank line, then its paragraph
_SECTION_NAME = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?P<name>[A-ZÀ-Ý0-9][^\n.:;!?*_|]{2,70}?)(?:\*\*|__)?[ \t]*\n"
                           r"[ \t]*\n(?=[ \t]*\S[^\n]{120,})")
# A slide's title: « ### Diapo 3/12 — Name », « Slide 4 : Name », or the line under « [Diapositive 5] »
_SLIDE_TITLE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+)?(?:(?:\*\*|__)?(?:Diapo(?:sitive)?|Slide|Planche|Transparent)[ \t]*n?°?[ \t]*"
                          r"\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?(?:\*\*|__)?[ \t]*[—–:-][ \t]*|\[(?:Diapo(?:sitive)?|Slide)[ \t]*\d{1,3}"
                          r"(?:[ \t]*/[ \t]*\d{1,3})?\][ \t]*\n[ \t]*)(?P<name>[^\n]{2,80}?)[ \t]*$")
_SLIDE_PLACE_ITEM = re.compile(r"(?m)^[ \t]*[➢►▶•*–-][ \t]*(?P<place>[A-ZÀ-Ý][^\n()•]{1,40}?)[ \t]*\((?:" + DEPT_CODE_RE + r")\)[ \t]*\n"
                               r"[ \t]*[•*–-][ \t]*(?P<name>[A-ZÀ-Ý][^\n:•]{2,80}?)[ \t]*$")
_COMMUNE_FIRST_LINE = re.compile(r"(?m)^[ \t]*(?:[-•*][ \t]+)?(?:\*\*|__)(?P<place>[A-ZÀ-Ý][^*\n]{1,70}?)(?:\*\*|__)[ \t]*[—–-][ \t]*"
                                 r"(?:\*|_)(?P<org>[A-ZÀ-Ý0-9][^*_\n]{1,80}?)(?:\*|_)[ \t]*[:—–-]")
_PROJECT_HEADING = re.compile(r"(?m)^[ \t]*(?:#{1,4}[ \t]+)?(?:\*\*|__)?[ \t]*(?:[-•*][ \t]+)?(?P<name>[A-ZÀ-Ý][^–—\n*|:]{2,70}?)[ \t]+[–—-][ \t]+"
                              r"(?:[Pp]rojet|[Pp]rogramme)[ \t]*[«\"“]?[ \t]*(?P<proj>[^»\"”\n*()]{2,40}?)[ \t]*[»\"”]?(?:[ \t]*\([^()\n]{2,30}\))?[ \t]*(?:\*\*|__)?[ \t]*$")
_MD_TITLE = re.compile(r"(?m)^[ \t]*#{1,2}[ \t]+(?P<rest>[^\n#]{10,160}?)[ \t]*$")
_MD_HEADING = re.compile(r"\n[ \t]*#{1,6}[ \t]+\S")
_MD_HEADING_ABOVE = re.compile(r"\n[ \t]*#{1,6}[ \t]+[^\n]+\n[ \t\n]*$")
_HEADING_LINE = re.compile(r"(?:^|\n)(?:(?![ \t]*(?:[-–—•●▪*]|\d{1,2}[.)]))|(?=[^\n]*\b(?:secteur|domaine|filière)s?\b))"
                           # (« … Aide de l'État : / 900 000 € »: a label wrapped before its figure is no heading)
                           r"[^\n]{10,300}:[ \t]*(?=\n(?![ \t]*\d))")
_PLACE_CUE = re.compile(
    r"(?:bas[ée]e?s?|situ[ée]e?s?|implant[ée]e?s?|install[ée]e?s?|localis[ée]e?s?|etablie?s?|sise?s?|domicili[ée]e?s?|"
    r"install\w*|implant\w*)\s+(?:a|au|aux|en|sur\s+la\s+commune\s+de|dans\s+la\s+commune\s+de)\s+$"
    # (« l'université de Pau » is no « site de »)
    r"|(?<![a-z])(?:site|usine|plateforme|plate-forme|etablissement|unite|implantation|siege|atelier|ateliers|zone|parc|aerodrome|aeroport)"
    r"\s+(?:industriel(?:le)?s?\s+|de\s+production\s+|historique\s+|actuel\s+|d['’]\s*activites?\s+|artisanale\s+)?"
    r"(?:de|d['’]|a|du|de\s+la|situee?\s+a)?\s*$"
    r"|(?:^|\W)(?:a|au|entre|commune\s+de|ville\s+de|localisation\s*:|lieu\s*:|commune\s*:|ville\s*:)\s+$"
    r"|(?:^|\W)(?:a|entre)\s+[^.;:]{0,40},\s*$|(?:,|\bet)\s+$"
    r"|(?:zone|parc)\s+(?:d\W*activites?|industriel(?:le)?|artisanale?)\s+(?:de|d\W)\s*$"  # « la zone d'activités de X »
    # « à la sortie des Herbiers », « aux portes de Vierzon »: just outside a town is still its place
    r"|(?:a\s+la\s+sortie|aux\s+portes|aux\s+abords|a\s+proximite|a\s+deux\s+pas|a\s+l\W\s*entree)\s+(?:de|des|du|d\W)\s*$")
# The company's seat rather than its plant: « dont le siège est à », « basée à », « domiciliée à ».
_DEP_COLUMN = re.compile(r"(?:dep\w*\.?|dpt\.?|departements?(?:\s*\(.*\))?)(?:\s+(?:du\s+)?(?:site|projet))?")  # a table's « Dépt », « Département (n°) »
_SEAT_CUE = re.compile(r"(?:^|\n|[–—|]\s*)siege(?:\s+social)?\s*:\s*$|"  # « Siège : Cluses (74) », a fiche's label
                       r"(?:(?:siege(?:\s+social|\s+administratif(?:\s+et\s+commercial)?|\s+commercial)?|bureaux(?:\s+d\W\s*etudes?|\s+administratifs|\s+commerciaux)?|direction\s+generale)(?:\s+et\s+(?:le|la|les|l\W|ses|son|sa)\s*[^,.;()]{2,30}?)?(?:\s+(?:est|sont|reste|restent|restera|resteront|demeure|demeurent))?"
                       r"(?:\s+(?:toujours|encore|desormais))?(?:\s+(?:situe|installe|base)e?s?)?"
                       # (« Ses bureaux sont toujours installés avenue de l'Europe, à Chalon »: an address, then the town)
                       r"(?:\s+(?:\d+,?\s+)?(?:avenue|rue|boulevard|bd|cours|place|allee|chemin|quai|route)\s[^,.;()]{2,40},)?"
                       # (« son siège et son bureau d'études sur la technopole du Futuroscope, à Chasseneuil »)
                       r"(?:\s+(?:sur|dans)\s+(?:la|le|l\W)\s*(?:technopole|zone|parc|site|campus|plateforme|pepiniere|"
                       r"quartier|pole)\b[^,.;()]{0,40},)?"
                       r"|bas[ée]e?s?|domicili[ée]e?s?)\s+"
                       r"(?:a|au|aux|en|de|d\W)\s*$")
_SEAT_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?,?\s*(?:(?:ou|la\s+ou)\s+(?:elle|il|l\W\s*entreprise|la\s+societe|le\s+groupe)\s+"
                         r"(?:a\s+)?(?:garde|conserve|maintenu|installe|etabli|fixe|a)\s+(?:toujours\s+)?son\s+siege|"
                         # « Installée à Bastia pour son siège, la société … »
                         r"pour\s+(?:son|le)\s+siege\b)")
_DEP_PREP = re.compile(r"(?:\ben|dans\s+l\W*|dans\s+le|dans\s+la|dans\s+les|de\s+l\W*|\bdu|de\s+la|\bde|departement\s+(?:de\s+la|de\s+l\W*|du|des|de)|"
                       r"prefet\s+de\s+(?:la|l\W*)|prefete?\s+(?:du|de\s+la|de\s+l\W*)|"
                       # « Le Journal du Pays de Serres — Édition Tarn-et-Garonne »: a paper's local edition
                       r"\bedition)\s*[:-]?\s*$")
_REG_PREP = re.compile(r"(?:region|\ben|la|\bl\W*|de)\s*$")
_CAP_RIGHT = re.compile(r"^\s*(?:au\s+)?(?:maximum\s+|max\.?\s+)?par\s+(?:projet|entreprise|dossier|laureat|beneficiaire|an\b|"
                        r"annee|salarie|emploi|poste|territoire|mois)")
_INVEST_RIGHT = re.compile(r"^\s*(?:\)\s*)?(?:(?:d\W*|de\s+)?(?:investissements?|investis|d\W*investissement)|"
                           r"(?:seront|sont|ont\s+ete|vont\s+etre|sera|a\s+ete|seraient|doivent\s+etre)\s+investis)")
_AID_RIGHT = re.compile(r"^\s*(?:\)\s*)?(?:d\W*|de\s+)?(?:aides?|subventions?|soutien|financement\s+public|avances?\s+remboursables?|"
                        r"de\s+l\W*etat|aide\s+publique)")
# « dont 700 000 euros financés par le fonds », « … pris en charge par l'État »: the public share of a cost
_AID_BY_RIGHT = re.compile(r"^\s*(?:sont\s+|seront\s+)?(?:financ|pris\s+en\s+charge|couvert|soutenu|subventionn|accord|apport)\w*\s+par\s+(?:le\s+fonds|"
                           r"l\W*etat|la\s+region|le\s+dispositif|le\s+plan|france\s+relance|bpifrance)\b")
_ENVELOPE_RIGHT = re.compile(r"^\s*(?:d\W*|de\s+)?(?:enveloppe|budget|credits)")
_REVENUE_RIGHT = re.compile(r"^\s*(?:\)\s*)?(?:(?:a|d\W*ici)\s+(?:\d+|un|deux|trois|quatre|cinq|six|dix)\s+ans|"
                            r"(?:de\s+|d\W*)?(?:chiffre\s+d\W*affaires|ca\b|ventes|revenus|de\s+ca\b))")
_LEFT_CUES = [
    ("investment", re.compile(r"investi\w*|\bengage(?:ra|nt|ront)?\b|montant\s+(?:global|total|du\s+projet|du\s+programme|des\s+travaux)|projet\s*:|cout\s+(?:total|global)?|(?<!autorisation\sde\s)programmes?\s+de|budget\s+du\s+projet|"
                              r"montant\s+previsionnel|jalon|projet,?\s+(?:global\s+|total\s+|industriel\s+)?(?:de|d\W*un\s+montant\s+de|estime\s+a|chiffre\s+a)|capex|depense|"
                              # « Le projet pèse 4,5 millions d'euros », « le chantier représente 3 M€ »
                              # (not « le programme représente … »: a public programme's budget as often as a plant's)
                              r"(?:projet|chantier|investissement)\s+(?:pese|pesera|represente(?:ra)?|atteint|atteindra)\s+(?:pres\s+de\s+|plus\s+de\s+|environ\s+)?|"
                              # what the aid is a share of: « assiette subventionnable », « base éligible »
                              r"assiette|\bbase\s+(?:subventionnable|eligible)|subventionnable|\beligible|"
                              # « L'entreprise va consacrer 2,7 M€ à … »: a company spends; a programme « consacre » an envelope
                              r"(?:entreprise|societe|pme|eti|tpe|groupe|elle|start-?up)\s+(?:va\s+|vont\s+|compte\s+|prevoit\s+de\s+)?consacr\w+")),
    # a bare « montant : » as an item of an official list is the amount granted (« a) montant : 340 000 € »); in
    # prose (« Montant : 3,1 M€, dont 1,2 M€ … ») it is the project's
    ("aid", re.compile(r"\baid(?:e|es|ee|ees)\b|subventions?\b|(?:^|\n)[ \t]*(?:[a-z0-9][.)]|[-–•*])[ \t]*montant\s*:|soutien(?:\s+financier)?\b|beneficie\w*\s+d\W*|\baccordee?s?|\bapport|"
                       r"avance\s+remboursable|pret\b|participation|pri[st]e?s?\s+en\s+charge|prend\s+en\s+charge|contribution|soutenue?s?|financement|finance\s+par|"
                       r"\bdotation\s+de|recoi\w*|recev\w+|obtien\w*|obtenu|percoi\w*|percev\w+|octroyee?s?\s+(?:a|au)")),
    # (« une autorisation de programme de 1,7 M€ »: the budget appropriation that covers the grants)
    ("envelope", re.compile(r"autorisations?\s+(?:de\s+programme|d\W*engagement)|credits?\s+de\s+paiement|enveloppe|\bdotee?s?\b|budget|mobilis\w+|fonds\s+de|credits(?!\s+necessaires)|consacr\w+|abond\w+|rallonge|"
                            r"allou\w+|octroye\s+un\s+budget")),
    ("revenue", re.compile(r"chiffre\s+d\W*affaires|croissance\s+de|\bca\s+de|ventes|\bca\b(?:\s+(?:19|20)\d\d)?\s*:")),  # « CA 2021 : 14 M€ »
    # « Coût : 28 millions d'euros », « le projet coûte 11,4 M€ »: the cost of the project
    # (« Le projet … pèse 6,8 millions d'euros »: what the project weighs is its cost)
    ("investment", re.compile(r"\bcout\s*:|\bcoute(?:ra|nt|ront)?\b|\b(?:projet|programme|investissement|chantier)\b[^.;:]{0,60}\bpes(?:e|ent|era|ait)\s+(?:pres\s+de\s+|plus\s+de\s+|environ\s+)?$")),
    # « va acquérir deux centres d'usinage pour 1,4 M€ »: a purchase is an investment
    ("investment", re.compile(r"\bacqu(?:erir|iert|ierent|errera|erront|isition)\b")),
    # « Elle touchera 450 000 euros », « X se voit attribuer 600 000 euros »: what a laureate gets
    ("aid", re.compile(r"\btouch(?:e|era|ent|eront)\b|\bse\s+voi(?:t|ent)\s+(?:attribuer|accorder|octroyer|allouer|verser)\b|"
                       r"\b(?:decroch|remport|empoch)(?:e|ent|era|eront)\b|"  # « X décroche 800 000 € pour son usine »
                       # « l'État met 1,2 M€ sur la table pour accompagner le projet »
                       r"\b(?:l\W?\s*etat|la\s+region)\s+(?:y\s+)?(?:met|mettra|injecte|injectera|debloque|debloquera|verse|versera)\s+$|"
                       r"\baid(?:ons|ez|ent|era|erons|eront)\b")),  # « nous l'aidons pour 560 000 euros »
    ("bridge", re.compile(r"a\s+hauteur\s+de")),
    ("bridge2", re.compile(r"s\W*eleve(?:ra|nt)?\s+a|atteint|se\s+monte\s+a|est\s+de|est\s+estimee?\s+a|sera\s+de")),
]
_JOB_NOUN = re.compile(r"^\s*(?:\)\s*|[»”\">]\s*)?(?:d\W*\s*|de\s+)?(?:nouveaux\s+|nouvelles\s+)?(?P<noun>emplois?|postes?|recrutements?|embauches?|"
                       r"creations?\s+de\s+postes?|"
                       r"salaries?|personnes|collaborateurs?|etp\b|cdi\b|creations?\s+d\W*emplois?|agents|"
                       r"empl\.)")  # (« +10 empl. (CDI) »: a note's abbreviation)
_HEADCOUNT = re.compile(r"(?:emploie|emploient|compte|comptent|regroupe|effectif\w*|emploie\s+aujourd\W*hui)\s+(?:\w+\s+){0,2}$")
_HIRE_LEFT = re.compile(r"\b(?:recrut(?:er|era|eront|e|ent)|embauch(?:er|era|eront|e|ent))\s+(?:environ\s+|pres\s+de\s+|plus\s+de\s+|jusqu\W*a\s+)?$")
_PEOPLE_RIGHT = re.compile(r"\s*(?:de\s+|d\W\s*)?(?:nouveaux\s+|nouvelles\s+|jeunes\s+)?[a-z-]{4,}(?:s|x)\b(?!\s+(?:d\W*euros|euros))")
_EN_CREATE = re.compile(r"\ben\s+(?:creer\w*|creera\w*|cree\w*|recrut\w+|embauch\w+|generer\w*)\s+$")
_KEPT = re.compile(r"maint\w+|preserv\w+|sauvegard\w+|perennis\w+|conserv\w+|existants|confort\w+|consolid\w+|securis\w+")
_CREATION = re.compile(r"creat\w+|cree\w*|creer|recrut\w+|embauch\w+|a\s+terme|nouveaux\s+emplois|generer|genere\w*|"
                       r"arrivee\s+de")  # « l'arrivée de 35 nouveaux collaborateurs »
_JOBS_LABEL = re.compile(r"emplois?\s*(?:crees|a\s+creer|prevus)?\s*:\s*(?:\+\s*)?(\d[\d\s]{0,6})")
_SIZE = re.compile(r"\b(TPE|PME|PMI|ETI|start-?up|startup|microentreprise|grande entreprise|grand groupe)\b", re.IGNORECASE)
_GROUP = re.compile(r"(?:filiale|fait\s+partie|appartient|appartenant|membre|propriété)\s+(?:du|au|d['’]un)\s+groupe\s+"
                    # « filiale du groupe allemand Kessler Pharma »: a nationality between the group and its name
                    r"(?:(?:allemand|américain|suisse|italien|espagnol|belge|néerlandais|britannique|japonais|chinois|"
                    r"indien|suédois|danois|autrichien|canadien|coréen|français|familial|industriel|pharmaceutique|"
                    r"chimique|agroalimentaire|international|européen|mondial|coopératif)\s+)?"
                    r"(?P<g>" + CAPNAME + r")|\((?:groupe|filiale\s+du\s+groupe)\s+(?P<g2>" + CAPNAME + r")\)")
_QUOTED = re.compile(r"[«“\"]\s*(?P<name>[^«»“”\"\n]{2,120}?)\s*(?:[»”\"]|(?=\s*[,;]))")
_PROGRAMME_KW = re.compile(
    r"(?P<call>appels?\s+a\s+projets?(?:\s+(?:national|regional|europeen|local))?|\baap\b|\bami\b|"
    r"appel\s+a\s+manifestation\s+d\W*interet|appel\s+a\s+candidatures?|concours|volet)\s*$|"
    r"(?P<scheme>(?:dans\s+le\s+cadre\s+(?:du|de\s+la|de\s+l\W*)|dispositif|programme|operation|initiative|label|"
    r"intitulee?|denommee?|baptisee?|mesure|"
    r"guichet|fonds\s+(?:de\s+soutien|d\W*accelerati\w+|regional|national))\b[^.]{0,25})\s*$|"
    r"(?P<plan>plan|strategie)\s*$")
_UNQUOTED_CALL = re.compile(
    r"(?:appel\s+à\s+projets|\bAAP|\bAMI|appel\s+à\s+manifestation\s+d['’]intérêt)\s+(?:national\s+|régional\s+)?(?P<name>(?:[A-ZÀ-Ý(][\w()’'/-]+)(?:[ \t]+(?:de|des|du|la|le|dans|les|d’|d')?[ \t]*[A-ZÀ-Ý(][\w()’'/-]+){0,4}"
    r"(?:[ \t]+d['’][ \t]*[a-zà-ÿ]{4,}\b)?)")  # (the name never runs onto the next line: a table's heading)
_LAUREATES_OF = re.compile(
    r"(?:lauréat|bénéficiaire)e?s?\s+(?:du|de\s+la|de\s+l['’]\s*)\s*(?P<name>(?:fonds|programme|dispositif)\s+[^,.;:\n()«»\"“”]{3,100}|"
    # « Les lauréats du Pack Relocalisation 2022 »: a regional scheme's capitalised name (its year left out)
    r"(?-i:(?:Pack|Pass|Prime|Contrat)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}))",
    re.IGNORECASE)
_EARLIER_COUNT_LEFT = re.compile(r"(?:^|[.!?:]\s+|\n)\s*depuis\s+(?:son|sa|leur|le|la|l\W)\s*(?:lancement|creation|ouverture|"
                                 r"debut|mise\s+en\s+place)[^.;:!?]{0,40}?,\s*$|(?:rejoign\w*|rejoint|completent)\s+(?:les\s+)?$|"
                                 # « les deux premières programmations … ont permis de retenir 23 entreprises »
                                 r"\b(?:premier|premiere|precedent|precedente|dernier|derniere)s?\s+(?:programmations?|vagues?|releves?|"
                                 r"sessions?|comites?|editions?|appels?)\b[^.;:!?]{0,60}?\b(?:ont|avaient|a|avait)\s+(?:permis\s+de\s+)?"
                                 r"(?:retenir|soutenir|financer|accompagner|selectionner|retenu|soutenu|finance|accompagne|selectionne)\s+$|"
                                 # « les annexes relatives aux vagues 1 et 2, qui comptaient au total 31 projets »
                                 r"\b(?:vagues?|releves?|sessions?|programmations?|editions?)\s+(?:\d+|precedentes?)(?:\s+et\s+\d+)?\b[^.;:!?]{0,40}?"
                                 r"\b(?:comptai\w+|comptent|totalisai\w+|representai\w+)\s+(?:au\s+total\s+|deja\s+)?$")
# « Ces chiffres agrègent l'ensemble des accompagnements de l'agence … ; ils ne correspondent à aucun appel à projets »
# « **Quelques chiffres :** » alone above the list of a project's figures
_OTHER_NEWS = re.compile(r"\blev(?:e|ent|ee|era|ait)\s+(?:\d|de\s+fonds)|\blevee\s+de\s+fonds|\b(?:reprise|rachat|rachete|reprend)\b|"
                         r"\bnommee?\b|\bnomination\b|\bferme(?:ture|ra|nt)?\b|\bliquidation\b|\bredressement\b|"
                         r"\bchiffre\s+d\W\s*affaires\s+record|\b(?:aucune|sans)\s+aide|\bfonds\s+propres\b|\bcandidature\b|\brecale|"
                         r"\btrophee|\bprix\s+(?:de|du|des)\b|\bconcours\b|"
                         # « Le négociant a obtenu un prêt de 800 000 € du Crédit X »: a bank loan
                         r"\b(?:obtenu|obtient|decroche|accorde)\s+(?:un|deux|des)\s+(?:\w+\s+)?prets?\b|"
                         # a social plan: « annonce un plan de départs volontaires », « la suppression de 40 postes »
                         r"\bplan\s+(?:de\s+departs|social|de\s+sauvegarde)|\bsuppressions?\s+de\s+\d+\s+postes|\blicenciements?\b")
# A brief's headline: a short line without a final full stop, right above its paragraph of prose
_BOLD_RUN_IN_BRIEF = re.compile(r"^[ \t]*\*\*[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}[.:][ \t]+[^*\n]{3,140}?\*\*[ \t]*(?=\S)", re.MULTILINE)
_BOLD_BRIEF_SUBJECT = re.compile(r"^[ \t]*\*\*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,30}[.:][ \t]+)?(?:(?:Les|La|Le|L['’])[ \t]*(?=[A-ZÀ-Ý]))?(?P<name>" + CAPNAME + r")[ \t]+"
                                 r"(?:sur[ \t]+la[ \t]+liste|parmi[ \t]+les[ \t]+(?:lauréats|retenus|élus)|(?:est[ \t]+|sont[ \t]+)?"
                                 r"(?:retenue?s?|lauréate?s?|sélectionnée?s?|distinguée?s?|soutenue?s?|primée?s?)\b|"
                                 r"(?:décroche|décrochent|obtient|obtiennent|reçoit|reçoivent|empoche|remporte)[ \t]+)"
                                 r"[^*\n]{0,100}?\*\*", re.MULTILINE)
_BRIEF_HEADLINE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|[▸►▶■•][ \t]*)?[A-ZÀ-Ý0-9«\"][^\n]{6,90}[^.\n:;,][ \t]*\n(?:[ \t]*\n)?(?=[ \t]*[A-ZÀ-Ý«\"][^\n]{150,})",
                             re.MULTILINE)
_FIGURES_BOX = re.compile(r"^[ \t#*_>]*(?:REP[ÈE]RES|Rep[èe]res|EN\s+CHIFFRES|En\s+chiffres|(?:LES\s+)?CHIFFRES[ \t]+CL[ÉE]S|"
                          r"(?:Les\s+)?[Cc]hiffres[ \t]+cl[ée]s|L['’]ESSENTIEL)[ \t*_:]*\n(?=[^\n]*\d)", re.MULTILINE)
_FIGURES_HEADING = re.compile(r"\s*(?:quelques\s+|les\s+)?(?:chiffres|reperes|donnees|points)(?:\s+cles)?\s*:\s*")
_AGGREGATE_NOTE = re.compile(r"\b(?:ces|les)\s+(?:chiffres|donnees|montants|indicateurs)(?:\s+\w+){0,2}\s+(?:agregent|cumulent|"
                             r"additionnent|portent\s+sur\s+l\W\s*ensemble|couvrent\s+l\W\s*ensemble|concernent\s+l\W\s*ensemble|"
                             r"ne\s+correspondent\s+a\s+aucun)")
_NEW_LAUREATES = re.compile(
    r"\s+(?:d\W|de\s+)?(?:(?P<new>nouveaux|nouvelles|nouveau|nouvelle|premiers|premieres)\s+)?(?:laureats|laureates|"
    r"projets\s+(?P<adj>\w+\s+)?(?:laureats?|retenus|selectionnes)|"
    r"projets\s+d\W*[a-z]+(?:\s+[a-z]+){0,2}\s+(?:soutenus|retenus|laureats|selectionnes|accompagnes|"
    r"ont\s+ete\s+(?:presentes|retenus|selectionnes|devoiles))|entreprises\s+(?P<adj2>\w+\s+)?(?:laureates|retenues|selectionnees)|"
    r"dossiers\s+(?:retenus|selectionnes|accordes)|(?:projets|entreprises|dossiers)\s+(?:ont\s+ete|sont)\s+(?:retenu|selectionn|designe)\w*)")
_NEW_LOOSE_RIGHT = re.compile(
    r"\s+(?:nouveaux\s+|nouvelles\s+)?(?:entreprises|societes|projets|dossiers|pme|industriels|sites)\b[^.;:!?\n]{0,70}?"
    r"\b(?:laureates?|laureats|(?:ont\s+ete|sont|seront)\s+(?:retenu|selectionn|soutenu|accompagn|design)\w*|retenu\w*|"
    r"selectionn\w*|figurent\s+(?:parmi|sur)|viennent\s+d\W\s*(?:obtenir|etre)|obtiennent|decroch\w*|beneficient|"
    r"beneficieront|se\s+partagent|vont\s+beneficier)|"  # « Trois entreprises du nord … vont bénéficier d'un coup de pouce »
    r"\s+(?:entreprises|projets|dossiers|laureats)\s+annoncee?s\b")  # « Les cinq projets annoncés lundi »
# (« Nous en avons retenu quatre, emblématiques de l'année »: the paper's pick, no count of laureates)
_NEW_LOOSE_LEFT = re.compile(r"(?<!\bnous\sen\savons\s)(?<!\bnous\savons\s)\b(?:vient|viennent|a|ont)\s+(?:de\s+|d\W\s*)?"
                             r"(?:retenir|retenu|selectionner|selectionne|soutenir|valider|valide)\s+$|"
                             # « DÉCIDE d'attribuer aux cinq entreprises figurant en annexe … »
                             r"\b(?:attribuer|attribue|accorder|accorde|octroyer|octroye)\s+(?:[a-z]+\s+){0,3}?aux\s+$|"
                             # « Nombre de projets : 5 » in the summary of a fiche list
                             r"(?:^|\n)[ \t]*nombre\s+(?:de\s+|d\W)(?:projets|laureats|dossiers|entreprises|beneficiaires)(?:\s+\w+){0,2}\s*:\s*$")
_DATE = re.compile(r"\b(?P<day>1er|[0-3]?\d)\s+(?P<month>" + "|".join(MONTHS) + r")(?:\s+(?P<year>(?:19|20)\d\d))?\b")


def extract(text: str, source: str = "", gazetteer: Gazetteer | None = None, use_spacy: bool = True,
            classifier="default", vetting="default", linking="default") -> Extraction:
    return Extractor(gazetteer, use_spacy, classifier, vetting, linking)(text, source)


def read_laureate_at(text: str, start: int, end: int, gazetteer: Gazetteer | None = None) -> dict:
    """The extractor's reading (JSON shape of one laureate) for a name the operator pointed at."""
    return Document(Extractor(gazetteer, use_spacy=False, classifier=None), text, "").read_at(start, end).to_dict()
