"""The eligibility engine: a company profile against the rules of every call.

Rules are data (``EligibilityRule`` rows edited in the admin); this module only knows how to
evaluate each *kind* of rule. A rule whose data is missing from the profile answers « à vérifier »
(never « éligible »); a blocking rule that fails makes the call « non éligible »; a non-blocking rule
that fails asks for a check by the instructor.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from relocalisation.programmes.models import EligibilityRule, Phase, ProjectType

ELIGIBLE, NOT_ELIGIBLE, TO_CHECK = "eligible", "not_eligible", "to_check"
STATUS_LABELS = {ELIGIBLE: "Éligible", NOT_ELIGIBLE: "Non éligible", TO_CHECK: "À vérifier"}
INDUSTRIAL_SECTIONS = {"B", "C", "D", "E"}

Kind = EligibilityRule.Kind


@dataclass(frozen=True)
class Place:
    commune_code: str
    commune_name: str
    department_code: str | None
    region_code: str | None
    epci_codes: frozenset[str] = frozenset()


@dataclass
class Profile:
    """What we know of the company and its project. Every field may be unknown (None)."""

    headcount: int | None = None
    naf_code: str | None = None
    naf_section: str | None = None
    place: Place | None = None
    project_type: str | None = None
    phase: str | None = None
    organisation_name: str | None = None

    @property
    def size_category(self) -> str | None:
        return size_category_for(self.headcount)

    @property
    def is_industrial(self) -> bool | None:
        return None if self.naf_section is None else self.naf_section in INDUSTRIAL_SECTIONS


@dataclass
class RuleOutcome:
    rule: str  # the rule kind, stable for API clients
    ok: bool | None  # None = cannot tell from the profile
    message: str
    blocking: bool = True
    label: str = ""


@dataclass
class CallOutcome:
    call: object
    status: str
    reasons: list[RuleOutcome]
    open: bool

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass
class SectorIndex:
    """Critical sectors by NAF prefix, loaded once per evaluation batch."""

    prefixes: dict[str, list[str]] = field(default_factory=dict)  # slug -> prefixes
    names: dict[str, str] = field(default_factory=dict)
    _memo: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def sectors_of(self, naf_code: str) -> list[str]:
        found = self._memo.get(naf_code)
        if found is None:  # 732 sub-classes at most: memoised for the life of the index
            found = self._memo[naf_code] = [slug for slug, prefixes in self.prefixes.items()
                                            if any(naf_code.startswith(p) for p in prefixes)]
        return found


def size_category_for(headcount: int | None) -> str | None:
    """TPE < 10 ≤ PME < 250 ≤ ETI < 5 000 ≤ GE (headcount criterion of décret n° 2008-1354)."""
    if headcount is None:
        return None
    if headcount < 10:
        return "TPE"
    if headcount < 250:
        return "PME"
    if headcount < 5000:
        return "ETI"
    return "GE"


def _fmt_int(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


_LABELS = {ProjectType: dict(ProjectType.choices), Phase: dict(Phase.choices)}


def _choice_label(choices, value: str) -> str:
    return _LABELS[choices].get(value, value)


def _labels(choices, values: Iterable[str]) -> str:
    return ", ".join(f"« {_choice_label(choices, v).lower()} »" for v in values)


def evaluate_rule(kind: str, params: dict, profile: Profile, sectors: SectorIndex,
                  territory_names: dict[str, str] | None = None) -> tuple[bool | None, str]:
    """Return (ok, French message) for one rule against a profile."""
    territory_names = territory_names or {}
    exempt = params.get("except_project_types") or []
    if exempt and profile.project_type in exempt:
        return True, f"critère non applicable aux projets de type « {_choice_label(ProjectType, profile.project_type).lower()} »"

    if kind in (Kind.HEADCOUNT_MIN, Kind.HEADCOUNT_MAX):
        limit = int(params["value"])
        word = "minimum" if kind == Kind.HEADCOUNT_MIN else "maximum"
        if profile.headcount is None:
            return None, f"effectif non renseigné ({word} {_fmt_int(limit)})"
        ok = profile.headcount >= limit if kind == Kind.HEADCOUNT_MIN else profile.headcount <= limit
        sign = ("≥" if ok else "<") if kind == Kind.HEADCOUNT_MIN else ("≤" if ok else ">")
        return ok, f"effectif {_fmt_int(profile.headcount)} {sign} {word} {_fmt_int(limit)}"

    if kind == Kind.NAF_PREFIXES:
        prefixes = params.get("prefixes", [])
        if not profile.naf_code:
            return None, "code NAF non renseigné"
        ok = any(profile.naf_code.startswith(p) for p in prefixes)
        verb = "fait partie des" if ok else "ne fait pas partie des"
        return ok, f"code NAF {profile.naf_code} {verb} activités admises ({', '.join(prefixes)})"

    if kind == Kind.NAF_SECTIONS:
        sections = params.get("sections", [])
        if not profile.naf_section:
            return None, "code NAF non renseigné (activité à préciser)"
        ok = profile.naf_section in sections
        verb = "admise" if ok else "hors des sections admises"
        return ok, f"section NAF {profile.naf_section} {verb} ({', '.join(sections)})"

    if kind == Kind.CRITICAL_SECTORS:
        wanted = params.get("sectors", [])
        if not profile.naf_code:
            return None, "code NAF non renseigné (secteur critique à préciser)"
        found = [s for s in sectors.sectors_of(profile.naf_code) if s in wanted]
        if found:
            names = ", ".join(f"« {sectors.names.get(s, s)} »" for s in found)
            return True, f"code NAF {profile.naf_code} dans le secteur critique {names}"
        return False, f"code NAF {profile.naf_code} hors des secteurs critiques de l'appel"

    if kind == Kind.TERRITORY:
        return _evaluate_territory(params, profile, territory_names)

    if kind == Kind.PROJECT_TYPES:
        values = params.get("values", [])
        if not profile.project_type:
            return None, f"type de projet non renseigné (admis : {_labels(ProjectType, values)})"
        ok = profile.project_type in values
        name = _choice_label(ProjectType, profile.project_type).lower()
        return ok, f"type de projet « {name} » {'admis' if ok else 'non admis'} (admis : {_labels(ProjectType, values)})"

    if kind == Kind.PHASES:
        values = params.get("values", [])
        if not profile.phase:
            return None, f"phase du projet non renseignée (admises : {_labels(Phase, values)})"
        ok = profile.phase in values
        name = _choice_label(Phase, profile.phase).lower()
        return ok, f"phase « {name} » {'admise' if ok else 'non admise'} (admises : {_labels(Phase, values)})"

    if kind == Kind.SIZE_CATEGORIES:
        values = params.get("values", [])
        category = profile.size_category
        if category is None:
            return None, f"effectif non renseigné (catégories visées : {', '.join(values)})"
        matches = category in values or (
            "PMI" in values and category == "PME" and profile.is_industrial is True
        )
        if "PMI" in values and category == "PME" and profile.is_industrial is None and category not in values:
            return None, "PME : le caractère industriel (PMI) dépend du code NAF, non renseigné"
        verb = "visée" if matches else "hors des catégories visées"
        return matches, f"catégorie {category} (effectif {_fmt_int(profile.headcount)}) {verb} ({', '.join(values)})"

    return None, f"règle de type « {kind} » inconnue du moteur"


def _evaluate_territory(params: dict, profile: Profile, names: dict[str, str]) -> tuple[bool | None, str]:
    regions = set(params.get("regions", []))
    departments = set(params.get("departments", []))
    communes = set(params.get("communes", []))
    epcis = set(params.get("epcis", []))
    scope = ", ".join(names.get(f"region:{c}", c) for c in sorted(regions)) or ", ".join(
        names.get(f"department:{c}", c) for c in sorted(departments)) or "territoire de l'appel"
    if not (regions or departments or communes or epcis):
        return True, "dispositif national"
    place = profile.place
    if place is None:
        return None, f"commune du projet non renseignée (territoire : {scope})"
    ok = (
        place.commune_code in communes
        or (place.department_code in departments)
        or (place.region_code in regions)
        or bool(place.epci_codes & epcis)
    )
    where = f"{place.commune_name} ({place.department_code})"
    return ok, f"{where} {'dans' if ok else 'hors'} du territoire du dispositif ({scope})" if ok else \
        f"{where} hors du territoire du dispositif ({scope})"


def validate_rule_params(kind: str, params: dict) -> list[str]:
    """French messages for malformed rule parameters (used by the admin)."""
    errors: list[str] = []
    if not isinstance(params, dict):
        return ["Les paramètres doivent être un objet JSON."]
    if kind in (Kind.HEADCOUNT_MIN, Kind.HEADCOUNT_MAX):
        value = params.get("value")
        if not isinstance(value, int) or value < 0:
            errors.append("« value » doit être un entier positif (effectif).")
    list_keys = {
        Kind.NAF_PREFIXES: ["prefixes"], Kind.NAF_SECTIONS: ["sections"], Kind.CRITICAL_SECTORS: ["sectors"],
        Kind.PROJECT_TYPES: ["values"], Kind.PHASES: ["values"], Kind.SIZE_CATEGORIES: ["values"],
    }
    for key in list_keys.get(kind, []):
        if not isinstance(params.get(key), list) or not params.get(key):
            errors.append(f"« {key} » doit être une liste non vide.")
    if kind == Kind.PROJECT_TYPES or kind == Kind.PHASES:
        allowed = ProjectType.values if kind == Kind.PROJECT_TYPES else Phase.values
        bad = [v for v in params.get("values", []) if v not in allowed]
        if bad:
            errors.append(f"Valeurs inconnues : {', '.join(map(str, bad))} (admises : {', '.join(allowed)}).")
    if kind == Kind.TERRITORY:
        for key in ("regions", "departments", "communes", "epcis"):
            if key in params and not isinstance(params[key], list):
                errors.append(f"« {key} » doit être une liste de codes INSEE.")
    if kind not in Kind.values:
        errors.append(f"Type de règle inconnu : {kind}.")
    return errors


def combine(outcomes: list[RuleOutcome]) -> str:
    if not outcomes:  # nothing machine-checkable: the operator judges
        return TO_CHECK
    if any(o.ok is False and o.blocking for o in outcomes):
        return NOT_ELIGIBLE
    if any(o.ok is None or (o.ok is False and not o.blocking) for o in outcomes):
        return TO_CHECK
    return ELIGIBLE


def describe_rule(kind: str, params: dict, sector_names: dict[str, str] | None = None,
                  names: dict[str, str] | None = None) -> str:
    """The rule in plain French, for the programme page (« Effectif d'au moins 10 salariés »)."""
    sector_names, names = sector_names or {}, names or {}
    if kind == Kind.HEADCOUNT_MIN:
        text = f"Effectif d'au moins {_fmt_int(int(params.get('value', 0)))} salariés"
    elif kind == Kind.HEADCOUNT_MAX:
        text = f"Effectif d'au plus {_fmt_int(int(params.get('value', 0)))} salariés"
    elif kind == Kind.NAF_PREFIXES:
        text = "Activité (code NAF) commençant par : " + ", ".join(params.get("prefixes", []))
    elif kind == Kind.NAF_SECTIONS:
        text = "Activité dans les sections NAF " + ", ".join(params.get("sections", []))
        if set(params.get("sections", [])) == INDUSTRIAL_SECTIONS:
            text = "Activité industrielle (sections NAF B à E)"
    elif kind == Kind.CRITICAL_SECTORS:
        text = "Secteurs : " + ", ".join(sector_names.get(s, s) for s in params.get("sectors", []))
    elif kind == Kind.TERRITORY:
        parts = [names.get(f"region:{c}", f"région {c}") for c in params.get("regions", [])]
        parts += [names.get(f"department:{c}", f"département {c}") for c in params.get("departments", [])]
        parts += [f"commune {c}" for c in params.get("communes", [])]
        parts += [f"EPCI {c}" for c in params.get("epcis", [])]
        text = "Territoire : " + (", ".join(parts) or "France entière")
    elif kind == Kind.PROJECT_TYPES:
        text = "Projets : " + ", ".join(_choice_label(ProjectType, v).lower() for v in params.get("values", []))
    elif kind == Kind.PHASES:
        text = "Phases : " + ", ".join(_choice_label(Phase, v).lower() for v in params.get("values", []))
    elif kind == Kind.SIZE_CATEGORIES:
        text = "Entreprises visées : " + ", ".join(params.get("values", []))
    else:
        text = kind
    exempt = params.get("except_project_types") or []
    if exempt:
        text += " (sauf projets de " + ", ".join(_choice_label(ProjectType, v).lower() for v in exempt) + ")"
    return text
