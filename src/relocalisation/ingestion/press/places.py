"""Places against the COG: commune names, département numbers and names, région names → INSEE codes.

The gazetteer is read from the gzipped JSON shipped in ``territories/data`` (no database needed, so
the command line and the benchmark run without one); :meth:`Gazetteer.from_db` builds the same from
the ``Commune`` table. Homonyms (Roussillon in Isère and in Vaucluse) are resolved by context: the
département written next to the name, a département or région mentioned nearby, the territory of the
whole announcement, and last the most populated commune (with a lower confidence)."""
from __future__ import annotations

import functools
import gzip
import json
import re
from dataclasses import dataclass
from importlib import resources

from unidecode import unidecode

TOKEN_RE = re.compile(r"\w+")
_FOLDED_TOKEN = re.compile(r"[a-z0-9]+")
# Separators allowed inside a place name: spaces (one line break for PDF text), hyphens, apostrophes.
_JOIN_OK = re.compile(r"^(?:[ \u00a0\t]*[-'’ʼ]?[ \u00a0\t]*|[ \t]*\n[ \t]*)$")
DEPT_CODE_RE = r"(?:2[AB]|97[1-6]|0[1-9]|[1-8]\d|9[0-5])"
# Linking words inside French place names (« Saint-Cirgues-sur-Couze », « Châlons-en-Champagne »).
PARTICLES = {"sur", "sous", "en", "de", "des", "du", "la", "le", "les", "lès", "lez", "et", "aux", "au", "d", "l",
             "à", "a", "val", "mont"}
# Commune names that are also common words or frequent capitalised non-places.
AMBIGUOUS = {"y", "eu", "plan", "ville", "sainte", "saint", "le", "la", "les", "bar", "pont", "mont", "val", "port",
             "est", "ouest", "sud", "nord", "centre", "general", "france", "europe", "etat", "region", "marches",
             "mars", "mai", "juillet", "aout", "avril", "premier", "vaux", "voie", "vie", "orange", "bonne", "belle",
             "beaux", "bourg", "cite", "fleurs", "foi", "grand", "gouvernement", "lieu", "lyons", "moulin", "nation",
             "paix", "pays", "plaine", "sept", "site", "tour", "usine", "vert", "vrai", "aube", "ambition", "relance",
             "entreprises", "industrie", "foncier", "sante", "chimie", "plus", "tous", "quatre", "six", "ors",
             "aix", "dax", "arles", "la rochelle", "auvergne", "normandie", "bretagne", "jura", "vosges", "pres",
             "bonnes", "ceux", "elle", "lux", "sens", "vitrac", "mer", "savoie", "cote", "lac", "rue", "roche",
             "vendee", "ain", "pieces", "bretagne", "corse", "loire", "marne", "seine", "allier", "cher", "lot",
             "tarn", "var", "gard", "gers", "aude", "orne", "indre", "eure", "oise", "somme", "yonne", "vienne",
             "meuse", "moselle", "nievre", "sarthe", "manche", "creuse", "doubs", "isere", "drome", "ardeche",
             "cantal", "landes", "aisne", "ardennes", "calvados", "charente", "correze", "dordogne", "gironde",
             "herault", "mayenne", "morbihan", "finistere", "aveyron", "lozere", "vaucluse", "essonne"}


_FOLD: dict[int, str] = {}


def fold(text: str) -> str:
    """Accent-stripped lowercase text of the same length (so that spans stay valid): one character
    in, one character out (« œ » → « o », « € » → « E »)."""
    for ch in set(text):
        code = ord(ch)
        if code > 127 and code not in _FOLD:
            _FOLD[code] = (unidecode(ch)[:1] or " ")
    return text.translate(_FOLD).lower()


def fold_key(text: str) -> str:
    return " ".join({"st": "saint", "ste": "sainte"}.get(w, w) for w in _FOLDED_TOKEN.findall(fold(text)))


def norm(text: str) -> str:
    """Lowercase ASCII words separated by one space; « St » → « saint »."""
    words = TOKEN_RE.findall(unidecode(text).lower().replace("_", " "))
    return " ".join({"st": "saint", "ste": "sainte"}.get(w, w) for w in words)


@dataclass(frozen=True)
class CommuneRef:
    code: str
    name: str
    department: str
    region: str
    population: int


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    kind: str  # commune, department, region
    candidates: tuple  # CommuneRef for communes, code strings otherwise


# « Romorantin » for Romorantin-Lanthenay: the first half of a two-name town of 10 000 inhabitants or
# more, when no commune bears it and it is unique; these halves are words or other places, never short forms.
_NO_SHORT_FORM = {"grande", "loire", "petit", "petite", "porto", "boulogne", "moorea", "taiarapu", "capesterre", "remire",
                  # (words, or names that several communes share under 10 000 inhabitants)
                  "sable", "voisins", "deuil", "castelnau", "mauges", "combs"}
# « Boulogne-Billancourt » is written « Boulogne », « Montceau-les-Mines » « Montceau », « Brive-la-Gaillarde » « Brive ».
_TWO_NAMES = re.compile(r"([A-ZÉÈÂÎÔ][a-zéèêëàâîïôöûüç]{4,})-(?:[A-ZÉÈÂÎÔ]|(?:les|lès|lez|sur|sous|en|la|le|aux)-)[\wéèêàâîôûç'-]+")


_MIXED_CASE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+[A-ZÀ-Ý]\w*")  # one word with a capital inside: « GaN », « LiDAR »


class Gazetteer:
    def __init__(self, communes, departments, regions, aliases=()):
        """``aliases``: (name, commune code) pairs also spotted as that commune (former communes merged
        into a commune nouvelle, « Beaupréau » → Beaupréau-en-Mauges)."""
        self.communes: dict[str, list[CommuneRef]] = {}
        for c in communes:
            self.communes.setdefault(norm(c.name), []).append(c)
            if fold_key(c.name) != norm(c.name):  # « Œting »: spotting folds one character to one
                self.communes.setdefault(fold_key(c.name), []).append(c)
            bracket = re.fullmatch(r"(.+?)\s+\((?:Ville|Campagne|Canton\s[^()]+)\)", c.name)
            if bracket:  # « Château-Chinon (Ville) » is written « Château-Chinon »
                self.communes.setdefault(norm(bracket.group(1)), []).append(c)
        for refs in self.communes.values():
            refs.sort(key=lambda r: -r.population)
        self.by_code = {c.code: c for c in communes}
        short: dict[str, list[CommuneRef]] = {}
        for c in communes:
            m = _TWO_NAMES.fullmatch(c.name)
            if m and c.population >= 10_000:
                short.setdefault(norm(m.group(1)), []).append(c)
        extra = {key: refs for key, refs in short.items() if len(refs) == 1 and key not in _NO_SHORT_FORM}
        for name, code in aliases:
            ref = self.by_code.get(code)
            if ref is not None:
                extra.setdefault(norm(name), []).append(ref)
        dep_and_reg = {norm(d["name"]) for d in departments} | {norm(r["name"]) for r in regions}
        for key, refs in extra.items():
            if key not in self.communes and key not in dep_and_reg and key not in AMBIGUOUS and len(key) > 3:
                self.communes[key] = refs
        self.departments = {d["code"]: d for d in departments}  # code → {code, name, region}
        self.department_names: dict[str, str] = {}
        for d in departments:
            self.department_names[norm(d["name"])] = d["code"]
            self.department_names[fold_key(d["name"])] = d["code"]
        self.regions = {r["code"]: r for r in regions}
        self.region_names = {norm(r["name"]): r["code"] for r in regions} | {fold_key(r["name"]): r["code"] for r in regions}
        # Short forms used in prose.
        for alias, code in (("aura", "84"), ("paca", "93"), ("ile de france", "11"), ("idf", "11"),
                            ("region sud", "93"), ("occitanie", "76"), ("grand est", "44")):
            if code in self.regions:
                self.region_names.setdefault(alias, code)
        self.max_words = max(len(k.split()) for k in list(self.communes) + list(self.department_names))
        # Names of three words or more with their spaces removed (« essomessurmarne »): a typo that glues or
        # splits the words differently (« Essômes-surMarne ») still finds the commune, when unambiguous.
        glued: dict[str, set] = {}
        for key in self.communes:
            if len(key.split()) >= 3:
                glued.setdefault(key.replace(" ", ""), set()).add(key)
        self.glued = {g: next(iter(keys)) for g, keys in glued.items() if len(keys) == 1 and len(g) >= 10}
        self.glued_first = {k.split()[0] for k in self.glued.values()}
        # Every word prefix of every name (« saint », « saint herblain »): spotting extends a candidate
        # only while it is still the beginning of some name.
        self.prefixes = set()
        for key in list(self.communes) + list(self.department_names) + list(self.region_names):
            words = key.split()
            for n in range(1, len(words) + 1):
                self.prefixes.add(" ".join(words[:n]))

    # --- construction -------------------------------------------------------------------------
    @classmethod
    def from_package(cls) -> "Gazetteer":
        data = resources.files("relocalisation.territories") / "data"

        def read(name):
            with gzip.open(data.joinpath(name).open("rb")) as fh:
                return json.load(fh)

        rows = read("communes.json.gz")
        communes = [CommuneRef(c["code"], c["nom"], c.get("departement", ""), c.get("region", ""),
                               c.get("population") or 0)
                    for c in rows if c.get("type") == "commune-actuelle"]
        # A former commune points at the commune it now belongs to (« chefLieu »), not at its old code.
        aliases = [(c["nom"], c.get("chefLieu") or c["code"]) for c in rows
                   if c.get("type") in ("commune-deleguee", "commune-associee")]
        departments = [{"code": d["code"], "name": d["nom"], "region": d.get("region", "")}
                       for d in read("departements.json.gz")]
        regions = [{"code": r["code"], "name": r["nom"]} for r in read("regions.json.gz")]
        return cls(communes, departments, regions, aliases)

    @classmethod
    def from_db(cls) -> "Gazetteer":
        from relocalisation.territories.models import Commune, Department, Region

        communes = [CommuneRef(code, name, dep or "", reg or "", pop or 0) for code, name, dep, reg, pop in
                    Commune.objects.filter(kind=Commune.Kind.CURRENT)
                    .values_list("code", "name", "department_id", "region_id", "population")]
        departments = [{"code": c, "name": n, "region": r or ""}
                       for c, n, r in Department.objects.values_list("code", "name", "region_id")]
        regions = [{"code": c, "name": n} for c, n in Region.objects.values_list("code", "name")]
        return cls(communes, departments, regions)

    # --- lookups ------------------------------------------------------------------------------
    def department_of(self, code: str) -> dict | None:
        return self.departments.get(code)

    def region_of_department(self, code: str) -> str:
        d = self.departments.get(code)
        return d["region"] if d else ""

    def department_code(self, name_or_code: str) -> str | None:
        s = name_or_code.strip().upper()
        if s in self.departments:
            return s
        if s.isdigit() and len(s) == 1 and "0" + s in self.departments:
            return "0" + s
        key = norm(name_or_code)
        code = self.department_names.get(key)
        if code is None and len(key) >= 6:
            # « Côted'Or », « Haute Saône »: spaces and hyphens lost or added in the text.
            glued = getattr(self, "_dept_glued", None)
            if glued is None:
                glued = self._dept_glued = {k.replace(" ", ""): c for k, c in self.department_names.items()}
            code = glued.get(key.replace(" ", ""))
        if code is None:
            # « le Nord-Drôme », « le Haut-Var », « le sud Manche »: a part of the département
            m = re.match(r"(?:nord|sud|est|ouest|haut|bas|centre)[ -](.{4,})$", key)
            if m:
                code = self.department_names.get(m.group(1))
        return code

    def communes_named(self, name: str, department: str | None = None) -> list[CommuneRef]:
        refs = self.communes.get(norm(name), [])
        if department:
            refs = [r for r in refs if r.department == department]
        return refs

    def communes_starting(self, name: str, departments=None, named_elsewhere: bool = False) -> list[CommuneRef]:
        """Communes whose name is ``name`` followed by more words (« Terrasson » → Terrasson-Lavilledieu),
        in one of ``departments`` (a code or a list; anywhere when empty). A name that is itself a commune gives
        none, unless ``named_elsewhere`` (« Montreuil, dans le Pas-de-Calais »: the Montreuils are elsewhere)."""
        key = norm(name) + " "
        if (key.strip() in self.communes and not named_elsewhere) or len(key) < 5:
            return []
        deps = [departments] if isinstance(departments, str) else list(departments or [])
        found = {r.code: r for k, refs in self.communes.items() if k.startswith(key)
                 for r in refs if not deps or r.department in deps}
        return list(found.values())

    def resolve(self, name: str, department: str | None = None, context_departments=(), context_regions=()):
        """Best commune for a name, with a confidence: (CommuneRef, confidence) or (None, 0)."""
        refs = self.communes.get(norm(name), [])
        return choose(refs, department, context_departments, context_regions)

    # --- spotting -----------------------------------------------------------------------------
    def spot(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
        """Capitalised word sequences of ``text[start:end]`` that name a commune, département or région
        (longest match first)."""
        end = len(text) if end is None else end
        folded = fold(text[start:end])
        toks = [(start + m.start(), start + m.end(), {"st": "saint", "ste": "sainte"}.get(m.group(), m.group()))
                for m in _FOLDED_TOKEN.finditer(folded)]
        out = []
        i = 0
        names = (self.communes, self.department_names, self.region_names)
        while i < len(toks):
            first = text[toks[i][0]]
            if not (first.isupper() or first.isdigit()) and not (
                    # « à la Ferté-Bernard »: the article of a commune written in lowercase after « à »
                    toks[i][2] in ("la", "le", "les") and i + 1 < len(toks) and text[toks[i + 1][0]].isupper()
                    and re.search(r"(?:^|\s)[àÀaA]\s+$", text[max(0, toks[i][0] - 3):toks[i][0]])):
                i += 1
                continue
            lead = self._article_commune(text, toks, i) if first.isupper() else None
            if toks[i][2] not in self.prefixes and not lead:
                i += 1
                continue
            found = None
            key = toks[i][2]
            n = 1
            while key in self.prefixes:
                if any(key in d for d in names):
                    found = (n, key)
                if i + n >= len(toks) or n >= self.max_words:
                    break
                if not _JOIN_OK.match(text[toks[i + n - 1][1]:toks[i + n][0]]):
                    break
                key = key + " " + toks[i + n][2]
                if key not in self.prefixes:
                    break
                n += 1
            if toks[i][2] in self.glued_first:
                glued = self._glued_match(text, toks, i)
                if glued and (not found or glued[0] > found[0]):
                    found = glued
            if lead and (not found or (lead[0] >= found[0] and found[1] not in self.department_names
                                       and found[1] not in self.region_names)):
                found = lead
            if not found:
                i += 1
                continue
            n, key = found
            s, e = toks[i][0], toks[i + n - 1][1]
            if _MIXED_CASE.fullmatch(text[s:e]):
                i += n  # « GaN », « PoC »: a chemical formula or an acronym, not the commune « Gan »
                continue
            if key in self.communes and key not in self.department_names and key not in self.region_names \
                    and self._common_words_in_caps(text, s, e):
                i += n  # « AU CREUSOT, LA FORGE SE MODERNISE »: in a line of capitals, common words are no commune
                continue
            if _NAME_GOES_ON.match(text, e):
                i += n  # « Mont-de-Mar… » (a cut « Mont-de-Marsan »): not the commune « Mont »
                continue
            if key in self.region_names:
                out.append(PlaceMention(s, e, "region", (self.region_names[key],)))
            if key in self.department_names and not re.match(r"-[A-ZÀ-Ý]", text[e:e + 2]):
                # (« les Ateliers du Nord-Caraïbe »: a longer proper name, not the département du Nord)
                out.append(PlaceMention(s, e, "department", (self.department_names[key],)))
            if key in self.communes:
                out.append(PlaceMention(s, e, "commune", tuple(self.communes[key])))
            i += n
        return out

    @staticmethod
    def _common_words_in_caps(text: str, s: int, e: int) -> bool:
        """A mention inside a heading written in capitals, neither at its start nor after a word of place (« À »,
        « AU », « EN », « DE », « (  »): capitals hide whether « LA FORGE » is a commune or a forge."""
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        line = text[ls:len(text) if le < 0 else le]
        if not text[s:e].isupper() or not line.isupper() or not text[ls:s].strip():
            return False
        # (« ▸ 9 NOVEMBRE — SAINT-DIZIER »: a dateline's town after its dash)
        return not re.search(r"(?:^|[\s(])(?:À|A|AU|AUX|EN|DE|D['’]|DU|DES|ET|SUR|LÈS)\s*$|\(\s*$|\d[ \t]*[—–][ \t]*$|"
                             r"(?:JANVIER|FÉVRIER|MARS|AVRIL|MAI|JUIN|JUILLET|AOÛT|SEPTEMBRE|OCTOBRE|NOVEMBRE|DÉCEMBRE)[ \t]*[—–][ \t]*$",
                             text[max(ls, s - 14):s])

    def _article_commune(self, text, toks, i):
        """(number of tokens, commune key) for a commune whose article is merged into « des », « aux », « du », « au »
        (« à la sortie des Herbiers » → Les Herbiers, « au Mans » → Le Mans), else None."""
        if i == 0 or not _JOIN_OK.match(text[toks[i - 1][1]:toks[i][0]]):
            return None
        article = _MERGED_ARTICLES.get(text[toks[i - 1][0]:toks[i - 1][1]].lower())  # (« AU CREUSOT » too)
        if not article:
            return None
        key, best = article + " " + toks[i][2], None
        for n in range(1, self.max_words):
            if key in self.communes:
                best = (n, key)
            if i + n >= len(toks) or not _JOIN_OK.match(text[toks[i + n - 1][1]:toks[i + n][0]]):
                break
            key += " " + toks[i + n][2]
        return best

    def _glued_match(self, text, toks, i):
        """(number of tokens, commune key) when tokens i… glued together spell a commune of three words or
        more (typo « Essômes-surMarne » for Essômes-sur-Marne), else None."""
        glued, best = toks[i][2], None
        for n in range(2, self.max_words + 1):
            if i + n > len(toks) or not _JOIN_OK.match(text[toks[i + n - 2][1]:toks[i + n - 1][0]]):
                break
            glued += toks[i + n - 1][2]
            if glued in self.glued:
                best = (n, self.glued[glued])
        return best


_MERGED_ARTICLES = {"des": "les", "aux": "les", "du": "le", "au": "le"}
# A hyphen and a particle after a match: the name of a longer place goes on (« Mont-de-… », « Saint-Jean-sur-… »).
_NAME_GOES_ON = re.compile(r"-(?:de|du|des|sur|sous|en|le|la|les|lès|lez|l['’]|d['’])(?:-|\b)", re.IGNORECASE)


def choose(refs, department=None, context_departments=(), context_regions=()):
    if not refs:
        return None, 0.0
    if department:
        inside = [r for r in refs if r.department == department]
        if inside:
            return inside[0], 0.95
        return None, 0.0
    for rank, dep in enumerate(context_departments):
        inside = [r for r in refs if r.department == dep]
        if inside:
            return inside[0], 0.85 if rank == 0 else 0.75
    for reg in context_regions:
        inside = [r for r in refs if r.region == reg]
        if inside:
            return inside[0], 0.7
    if len(refs) == 1:
        return refs[0], 0.7
    return refs[0], 0.45


def is_ambiguous_name(key: str) -> bool:
    return key in AMBIGUOUS or len(key) <= 2


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.from_package()
