"""The catalogue as open data, following Etalab's schema « Dispositifs d'aides pour les
professionnels » 0.2.0 (opendata_schemas/etalab-dispositif-aide-professionnels-0.2.0.schema.json).
One row per call (appel à projets); ids are stable UUIDs derived from the call."""
from __future__ import annotations

import json
import uuid
from collections.abc import Iterator


from relocalisation.programmes.eligibility import size_category_for
from relocalisation.programmes.models import Call, EligibilityRule, Phase, ProjectType, SupportKind

FIELDS = [
    "id", "titre", "promesse", "description", "eligibilite", "types_aides", "porteurs", "programmes_parents",
    "url_source", "cibles", "eligibilite_geographique", "eligibilite_geographique_exclusions", "date_ouverture",
    "date_cloture", "date_mise_a_jour", "base_juridique", "eligibilite_effectif_minimal",
    "eligibilite_effectif_maximal", "eligibilite_categorie_taille_entreprise",
    "eligibilite_annees_existence_minimal", "eligibilite_forme_juridique", "eligibilite_forme_juridique_exclusions",
    "ciblage_secteur_activite", "ciblage_naf", "ciblage_naf_exclusions", "chainage_paiement",
]
NAMESPACE = uuid.UUID("6f1c0f4e-3a52-4f59-9d0e-52a1f0c0d0a1")  # fixed: ids stay stable across exports

# Our support kinds in the vocabulary of the schema's "types_aides".
TYPES_AIDES = {
    SupportKind.SUBSIDY: "financement",
    SupportKind.LOAN_EQUITY: "financement",
    SupportKind.ADVISORY_DAYS: "accompagnement",
    SupportKind.ENGINEERING_DAYS: "ingénierie",
    SupportKind.NETWORK: "information",
}
# The schema's size classes (INSEE): MIC (microentreprise) | PME | ETI | GE.
SCHEMA_SIZES = {"TPE": "MIC", "PME": "PME", "PMI": "PME", "ETI": "ETI", "GE": "GE"}


def call_uuid(call: Call) -> str:
    return str(uuid.uuid5(NAMESPACE, f"call:{call.programme.slug}:{call.slug}"))


def _rules(call: Call, kind: str) -> list[EligibilityRule]:
    return [r for r in call.rules.all() if r.kind == kind and r.blocking]


def _geography(call: Call) -> str:
    codes = []
    for rule in _rules(call, EligibilityRule.Kind.TERRITORY):
        codes += [f"REG-{c}" for c in rule.params.get("regions", [])]
        codes += [f"DEP-{c}" for c in rule.params.get("departments", [])]
        codes += [f"COM-{c}" for c in rule.params.get("communes", [])]
        codes += [f"EPCI-{c}" for c in rule.params.get("epcis", [])]
    if not codes:
        codes = [f"REG-{r.code}" for r in call.programme.regions.all()]
    return "|".join(codes) or "PAYS-99100"  # 99100 = France in the COG's country codes


def _eligibility_text(call: Call) -> str:
    lines = [f"- {r.label or r.get_kind_display()}{'' if r.blocking else ' (à vérifier)'}" for r in call.rules.all()]
    return "\n".join(lines) or "Aucun critère d'éligibilité automatisé : voir la description."


def _headcount_bounds(call: Call) -> tuple[int | None, int | None]:
    mins = [int(r.params["value"]) for r in _rules(call, EligibilityRule.Kind.HEADCOUNT_MIN)]
    maxs = [int(r.params["value"]) for r in _rules(call, EligibilityRule.Kind.HEADCOUNT_MAX)]
    return (max(mins) if mins else None, min(maxs) if maxs else None)


def _sizes(call: Call, lo: int | None, hi: int | None) -> str:
    values = [v for r in _rules(call, EligibilityRule.Kind.SIZE_CATEGORIES) for v in r.params.get("values", [])]
    if not values and (lo is not None or hi is not None):
        lo, hi = lo or 0, hi if hi is not None else 10**7
        values = [c for c, n in (("TPE", 0), ("PME", 10), ("ETI", 250), ("GE", 5000))
                  if size_category_for(max(lo, n)) == c and n <= hi]
    schema_values = []
    for v in values:
        if SCHEMA_SIZES.get(v) and SCHEMA_SIZES[v] not in schema_values:
            schema_values.append(SCHEMA_SIZES[v])
    return "|".join(schema_values)


def _naf(call: Call, sectors: dict[str, list[str]]) -> str:
    codes: list[str] = []
    for rule in _rules(call, EligibilityRule.Kind.NAF_SECTIONS):
        codes += rule.params.get("sections", [])
    for rule in _rules(call, EligibilityRule.Kind.NAF_PREFIXES):
        codes += rule.params.get("prefixes", [])
    for rule in _rules(call, EligibilityRule.Kind.CRITICAL_SECTORS):
        for slug in rule.params.get("sectors", []):
            codes += sectors.get(slug, [])
    seen = []
    for code in codes:
        if code not in seen:
            seen.append(code)
    return "|".join(seen)


def _sector_text(call: Call, sector_names: dict[str, str]) -> str:
    names = [sector_names.get(s, s) for r in _rules(call, EligibilityRule.Kind.CRITICAL_SECTORS)
             for s in r.params.get("sectors", [])]
    if names:
        return "|".join(names)
    if _rules(call, EligibilityRule.Kind.NAF_SECTIONS):
        return "industrie"
    return "tous secteurs d'activité"


def _porteurs(call: Call) -> str:
    actors = []
    operator = call.programme.operator
    if operator:
        actors.append({"nom": operator.name, "siren": operator.siren or "", "roles": ["instructeur"]})
    for share in call.programme.funding_shares.all():
        entry = {"nom": share.funder.name, "siren": "", "roles": ["financeur"]}
        if entry["nom"] not in [a["nom"] for a in actors]:
            actors.append(entry)
    return json.dumps(actors, ensure_ascii=False)


def _iso(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "hour"):
        return value.isoformat()
    return f"{value.isoformat()}T00:00:00+00:00"


def dispositif_rows() -> Iterator[list]:
    from relocalisation.activities.models import CriticalSector

    sectors = {s.slug: list(s.naf_prefixes) for s in CriticalSector.objects.all()}
    sector_names = {s.slug: s.name for s in CriticalSector.objects.all()}
    yield FIELDS
    calls = (Call.objects.filter(programme__is_published=True)
             .select_related("programme", "programme__operator")
             .prefetch_related("rules", "programme__regions", "programme__funding_shares__funder")
             .order_by("programme__name", "title"))
    for call in calls.iterator(chunk_size=200):
        programme = call.programme
        lo, hi = _headcount_bounds(call)
        types = [TYPES_AIDES[k] for k in (call.support_kinds or programme.support_kinds) if k in TYPES_AIDES]
        types = list(dict.fromkeys(types)) or ["financement"]
        description = "\n\n".join(x for x in (call.description, programme.description) if x)[:5000] or programme.name
        parents = "|".join(x for x in (programme.name, programme.parent_plan) if x and x != call.title)
        yield [
            call_uuid(call), call.title, (programme.summary or "")[:180], description, _eligibility_text(call),
            "|".join(types), _porteurs(call), parents, programme.website or "", "professionnels", _geography(call),
            "", _iso(call.opens_on or programme.starts_on), _iso(call.closes_on or programme.ends_on),
            _iso(programme.updated_at.replace(microsecond=0)),
            "", lo if lo is not None else "", hi if hi is not None else "", _sizes(call, lo, hi), "", "", "",
            _sector_text(call, sector_names), _naf(call, sectors), "", "",
        ]


# Human labels for the rule parameter values, used by the programme page.
PROJECT_TYPE_LABELS = dict(ProjectType.choices)
PHASE_LABELS = dict(Phase.choices)
