"""Reads of the programmes app: catalogue search and the eligibility of a profile for every call."""
from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, Prefetch, Q, QuerySet, prefetch_related_objects
from django.db.models.functions import Lower
from django.utils import timezone

from relocalisation.activities.models import CriticalSector, NafCode
from relocalisation.core.text import search_terms
from relocalisation.organisations.identifiers import clean_identifier, siret_error
from relocalisation.organisations.models import Establishment
from relocalisation.programmes.eligibility import (
    ELIGIBLE, NOT_ELIGIBLE, TO_CHECK, CallOutcome, Place, Profile, RuleOutcome, SectorIndex, combine, evaluate_rule,
)
from relocalisation.programmes.models import Call, EligibilityRule, Phase, Programme, ProjectType, Wave
from relocalisation.territories.models import Commune, Department, Region


class ProfileError(ValueError):
    """Bad profile input; ``errors`` maps a field name to a French message."""

    def __init__(self, errors: dict[str, str], status: int = 400):
        super().__init__("; ".join(errors.values()))
        self.errors = errors
        self.status = status


def place_for(commune_code: str) -> Place | None:
    commune = Commune.objects.filter(code=commune_code).first()
    if commune is None:
        return None
    epcis = frozenset(commune.epcis.values_list("code", flat=True))
    return Place(commune.code, commune.name, commune.department_id, commune.region_id, epcis)


def build_profile(*, siret: str | None = None, headcount: int | None = None, naf: str | None = None,
                  commune: str | None = None, project_type: str | None = None,
                  phase: str | None = None) -> Profile:
    """Validate the inputs of the eligibility form/API and build a Profile. Explicit values win over
    what the platform knows of the SIRET. Raises ProfileError with French messages."""
    errors: dict[str, str] = {}
    profile = Profile(project_type=project_type or None, phase=phase or None)
    if siret:
        message = siret_error(siret)
        if message:
            errors["siret"] = message
        else:
            establishment = (Establishment.objects.select_related("organisation", "naf", "commune")
                             .filter(siret=clean_identifier(siret)).first())
            if establishment is None:
                raise ProfileError({"siret": "Aucun établissement connu de la plateforme pour ce SIRET. "
                                             "Renseignez l'effectif, le code NAF et la commune."}, status=404)
            org = establishment.organisation
            profile.organisation_name = org.name
            profile.headcount = establishment.headcount if establishment.headcount is not None else org.headcount
            naf = naf or establishment.naf_id or org.naf_id
            commune = commune or establishment.commune_id or org.commune_id
    if headcount is not None:
        if headcount < 0:
            errors["headcount"] = "L'effectif ne peut pas être négatif."
        elif headcount > 1_000_000:
            errors["headcount"] = "Effectif invraisemblable (plus d'un million de salariés)."
        else:
            profile.headcount = headcount
    if naf:
        code = naf.strip().upper()
        naf_row = NafCode.objects.filter(code=code).first()
        if naf_row is None or naf_row.level != "subclass":
            errors["naf"] = f"Code NAF inconnu : « {naf[:20]} » (format attendu : 21.10Z, NAF rév. 2)."
        else:
            profile.naf_code, profile.naf_section = naf_row.code, naf_row.section
    if commune:
        place = place_for(commune.strip())
        if place is None:
            errors["commune"] = f"Code commune INSEE inconnu : « {commune[:20]} » (5 caractères, ex. 38053)."
        profile.place = place
    if project_type and project_type not in ProjectType.values:
        errors["project_type"] = f"Type de projet inconnu (admis : {', '.join(ProjectType.values)})."
    if phase and phase not in Phase.values:
        errors["phase"] = f"Phase inconnue (admises : {', '.join(Phase.values)})."
    if errors:
        raise ProfileError(errors)
    return profile


def sector_index() -> SectorIndex:
    sectors = list(CriticalSector.objects.all())
    return SectorIndex(prefixes={s.slug: list(s.naf_prefixes) for s in sectors}, names={s.slug: s.name for s in sectors})


def territory_names() -> dict[str, str]:
    names = {f"region:{code}": name for code, name in Region.objects.values_list("code", "name")}
    names.update({f"department:{code}": f"{name} ({code})" for code, name in Department.objects.values_list("code", "name")})
    return names


def calls_for_eligibility() -> list[Call]:
    return list(
        Call.objects.filter(programme__is_published=True)
        .select_related("programme")
        .prefetch_related(Prefetch("rules", queryset=EligibilityRule.objects.order_by("position", "id")),
                          Prefetch("waves", queryset=Wave.objects.order_by("number")))
        .order_by("programme__name", "title")
    )


@dataclass
class EligibilityContext:
    """What evaluating many profiles needs, loaded once (calls, rules, sectors, names)."""

    calls: list[Call]
    sectors: SectorIndex
    names: dict[str, str]

    @classmethod
    def load(cls) -> "EligibilityContext":
        calls = calls_for_eligibility()
        for call in calls:  # plain lists: cheaper than the related manager on every evaluation
            call.rules_list = list(call.rules.all())
        return cls(calls, sector_index(), territory_names())

    @classmethod
    def cached(cls) -> "EligibilityContext":
        """The context shared by the requests of this process (see CatalogueMemo)."""
        return _CONTEXT.get()


CONTEXT_TTL = 60.0  # seconds: bounds the « open now » facets; edits are seen at once (catalogue version)


class CatalogueMemo:
    """A value built from the catalogue once per process and reused while the catalogue's version in
    the shared cache is unchanged (any change to programmes, calls, waves or rules, in any process,
    bumps it after commit), and for at most CONTEXT_TTL seconds as a safety bound."""

    def __init__(self, build):
        self.build = build
        self.entry: tuple[float, int, object] | None = None

    def get(self):
        from relocalisation.core.cache import version

        now = time.monotonic()
        ttl = getattr(settings, "ELIGIBILITY_CONTEXT_TTL", CONTEXT_TTL)
        current = version("catalogue")
        if self.entry is None or now - self.entry[0] >= ttl or self.entry[1] != current:
            self.entry = (now, current, self.build())
        return self.entry[2]

    def forget(self) -> None:
        self.entry = None


_CONTEXT = CatalogueMemo(EligibilityContext.load)


def forget_eligibility_context(**kwargs) -> None:
    _CONTEXT.forget()
    _FACETS.forget()
    from relocalisation.core.cache import bump

    bump("catalogue")  # other processes and the cached public pages


def evaluate_call(call: Call, profile: Profile, ctx: EligibilityContext, today=None) -> CallOutcome:
    outcomes = []
    rules = getattr(call, "rules_list", None)
    for rule in rules if rules is not None else call.rules.all():
        ok, message = evaluate_rule(rule.kind, rule.params, profile, ctx.sectors, ctx.names)
        outcomes.append(RuleOutcome(rule.kind, ok, message, rule.blocking, rule.label))
    return CallOutcome(call=call, status=combine(outcomes), reasons=outcomes, open=call.is_open(today))


_STATUS_ORDER = {ELIGIBLE: 0, TO_CHECK: 1, NOT_ELIGIBLE: 2}


def evaluate_profile(profile: Profile, *, open_only: bool = False, ctx: EligibilityContext | None = None,
                     today=None) -> list[CallOutcome]:
    """Every call's answer for the profile: open calls first, then eligible before « à vérifier »."""
    ctx = ctx or EligibilityContext.cached()
    today = today or timezone.localdate()
    results = [evaluate_call(call, profile, ctx, today) for call in ctx.calls]
    if open_only:
        results = [r for r in results if r.open]
    results.sort(key=lambda r: (not r.open, _STATUS_ORDER[r.status], r.call.programme.name, r.call.title))
    return results


def programmes_for_commune(commune: Commune) -> Q:
    """Programmes whose territory covers the commune: national ones, its région, its département, its EPCI."""
    return (Q(level="national") | Q(regions=commune.region_id) | Q(departments=commune.department_id)
            | Q(epcis__communes=commune.code))


def search_programmes(query: str | None = None) -> QuerySet[Programme]:
    qs = Programme.objects.filter(is_published=True)
    for term in search_terms(query):
        qs = qs.filter(Q(search_text__contains=term) | Q(calls__search_text__contains=term))
    return qs.distinct()


# --- Catalogue -------------------------------------------------------------------------------------

SIZE_RANGES = {"TPE": (0, 9), "PME": (10, 249), "PMI": (10, 249), "ETI": (250, 4999), "GE": (5000, 10**9)}
SORTS = {
    "nom": "Nom (A → Z)",
    "enveloppe": "Enveloppe (décroissante)",
    "recent": "Plus récents",
    "cloture": "Date limite la plus proche",
}


@dataclass
class CatalogueFilters:
    q: str = ""
    commune: Commune | None = None
    sector: str = ""
    size: str = ""
    support: str = ""
    open_only: bool = False
    sort: str = "nom"


def call_accepts_size(call: Call, size: str) -> bool:
    """False when a blocking rule of the call excludes every firm of that size class."""
    lo, hi = SIZE_RANGES[size]
    for rule in call.rules.all():
        if not rule.blocking:
            continue
        if rule.kind == EligibilityRule.Kind.HEADCOUNT_MIN and hi < int(rule.params.get("value", 0)):
            return False
        if rule.kind == EligibilityRule.Kind.HEADCOUNT_MAX and lo > int(rule.params.get("value", 10**9)):
            return False
        if rule.kind == EligibilityRule.Kind.SIZE_CATEGORIES:
            values = set(rule.params.get("values", []))
            if size not in values and not (size == "PME" and "PMI" in values) and not (size == "PMI" and "PME" in values):
                return False
    return True


def call_accepts_sector(call: Call, sector: CriticalSector) -> bool:
    """False when a blocking sector/NAF rule of the call leaves the sector out entirely."""
    for rule in call.rules.all():
        if not rule.blocking:
            continue
        if rule.kind == EligibilityRule.Kind.CRITICAL_SECTORS and sector.slug not in rule.params.get("sectors", []):
            return False
        if rule.kind == EligibilityRule.Kind.NAF_PREFIXES:
            prefixes = rule.params.get("prefixes", [])
            if not any(p.startswith(s) or s.startswith(p) for p in prefixes for s in sector.naf_prefixes):
                return False
    return True


def catalogue(filters: CatalogueFilters, today=None):
    """Published programmes matching the filters.

    Text and territory filters and the usual sorts run in SQL and the result stays a lazy QuerySet
    (the page only loads its own 20 programmes); filters that need the rules (size, sector, support,
    open now, next deadline) are evaluated in Python on the SQL-filtered set. Call ``decorate`` on the
    programmes shown to set ``open_calls`` and ``next_deadline``."""
    today = today or timezone.localdate()
    qs = search_programmes(filters.q).select_related("operator")
    if filters.commune is not None:
        qs = qs.filter(programmes_for_commune(filters.commune)).distinct()
    needs_rules = bool(filters.size or filters.sector or filters.support or filters.open_only
                       or filters.sort == "cloture")
    if not needs_rules:
        order = {"enveloppe": [F("envelope_eur").desc(nulls_last=True), Lower("name")],
                 "recent": ["-created_at", Lower("name")]}.get(filters.sort, [Lower("name")])
        return qs.order_by(*order)
    facets = catalogue_facets()
    kept = []
    for programme in qs:
        f = facets.get(programme.id)
        if f is None:  # published after the facets were computed: compute its own
            f = _facets_of(decorate([programme], today)[0], list(CriticalSector.objects.all()))
        if filters.support and filters.support not in f.supports:
            continue
        if filters.size and filters.size not in f.sizes:
            continue
        if filters.sector and filters.sector not in f.sectors:
            continue
        if filters.open_only and not f.open:
            continue
        programme.next_deadline = f.next_deadline
        kept.append(programme)
    if filters.sort == "enveloppe":
        kept.sort(key=lambda p: (p.envelope_eur is None, -(p.envelope_eur or 0), p.name.lower()))
    elif filters.sort == "recent":
        kept.sort(key=lambda p: p.created_at, reverse=True)
    elif filters.sort == "cloture":
        kept.sort(key=lambda p: (p.next_deadline is None, p.next_deadline or 0, p.name.lower()))
    else:
        kept.sort(key=lambda p: p.name.lower())
    return kept


@dataclass
class ProgrammeFacets:
    """What the catalogue filters need to know of a programme, derived from its calls and rules."""

    sizes: set[str]
    sectors: set[str]
    supports: set[str]
    open: bool
    next_deadline: object = None


def _facets_of(programme: Programme, sectors: list[CriticalSector]) -> ProgrammeFacets:
    calls = list(programme.calls.all())
    supports = set(programme.support_kinds or []).union(*[set(c.support_kinds or []) for c in calls])
    return ProgrammeFacets(
        sizes={s for s in SIZE_RANGES if not calls or any(call_accepts_size(c, s) for c in calls)},
        sectors={x.slug for x in sectors if not calls or any(call_accepts_sector(c, x) for c in calls)},
        supports=supports, open=bool(programme.open_calls), next_deadline=programme.next_deadline)


def _build_facets() -> dict[int, ProgrammeFacets]:
    sectors = list(CriticalSector.objects.all())
    programmes = decorate(Programme.objects.filter(is_published=True))
    return {p.id: _facets_of(p, sectors) for p in programmes}


_FACETS = CatalogueMemo(_build_facets)


def catalogue_facets() -> dict[int, ProgrammeFacets]:
    """Facets of every published programme, shared by the requests of this process like the
    eligibility context (same time-to-live, dropped by the same signals)."""
    return _FACETS.get()


def decorate(programmes, today=None) -> list[Programme]:
    """Load calls (with rules and waves) of the given programmes and set ``open_calls`` and
    ``next_deadline`` on each."""
    today = today or timezone.localdate()
    programmes = list(programmes)
    prefetch_related_objects(programmes, "regions", Prefetch(
        "calls", queryset=Call.objects.prefetch_related("rules", "waves").order_by("title")))
    for programme in programmes:
        programme.open_calls = [c for c in programme.calls.all() if c.is_open(today)]
        deadlines = [w.deadline for c in programme.open_calls for w in c.waves.all() if w.is_open(today)]
        programme.next_deadline = min(deadlines) if deadlines else None
    return programmes


def resolve_commune(value: str) -> tuple[Commune | None, str | None]:
    """A commune from an INSEE code, « Nom », or « Nom (38) »; else a French message (unknown/homonyms)."""
    from relocalisation.core.text import normalize
    import re

    value = (value or "").strip()
    if not value:
        return None, None
    if re.fullmatch(r"\d[\dAB]\d{3}", value.upper()):
        commune = Commune.objects.filter(code=value.upper()).first()
        return (commune, None) if commune else (None, f"Code commune INSEE inconnu : « {value} ».")
    match = re.fullmatch(r"(.+?)\s*\((\w{2,3})\)", value)
    name, dep = (match.group(1), match.group(2).upper()) if match else (value, None)
    candidates = Commune.objects.filter(name_normalized=normalize(name), kind=Commune.Kind.CURRENT)
    if dep:
        candidates = candidates.filter(department_id=dep)
    candidates = list(candidates.select_related("department")[:10])
    if len(candidates) == 1:
        return candidates[0], None
    if not candidates:
        return None, f"Commune introuvable : « {value[:60]} ». Saisissez son nom exact ou son code INSEE."
    options = ", ".join(f"{c.name} ({c.department_id})" for c in candidates)
    return None, f"Plusieurs communes s'appellent « {name} » : précisez le département ({options})."
