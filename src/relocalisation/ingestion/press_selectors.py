"""Reads of the press review queue: who may operate it, organisation candidates, the highlighted text."""
from __future__ import annotations

from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import mark_safe
from rapidfuzz import fuzz

from relocalisation.core.text import normalize
from relocalisation.ingestion.models import PressExtraction, ProposedLaureate
from relocalisation.organisations.models import Membership, Organisation, Role
from relocalisation.programmes.models import Programme

OPERATOR_ROLES = (Role.MANAGER, Role.ADMIN)
FIELD_LABELS = {
    "organisation": "organisation", "project": "projet", "commune_insee": "commune", "commune_name": "commune",
    "department_code": "département", "region_code": "région", "sector": "secteur", "naf_division": "NAF",
    "investment_eur": "investissement", "aid_eur": "aide", "jobs_created": "emplois créés",
    "jobs_kept": "emplois maintenus", "size_class": "taille", "parent_group": "groupe",
    "programme": "dispositif", "new_laureates": "nouveaux lauréats", "envelope_eur": "enveloppe",
    "previous_laureates": "projets déjà soutenus", "date_text": "date", "laureates_in_scope": "lauréats du territoire",
}


def is_operator(user) -> bool:
    """Staff, or a programme manager / administrator of any organisation."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return Membership.objects.filter(user=user, role__in=OPERATOR_ROLES).exists()


def extractions_for(user):
    if not is_operator(user):
        return PressExtraction.objects.none()
    return PressExtraction.objects.select_related("source", "programme").order_by("-created_at")


def find_in_text(text: str, name: str) -> tuple[int, int] | None:
    """Where ``name`` is written in ``text``, ignoring case, accents and how the words are spaced
    (line breaks, non-breaking spaces): the operator types what they read. The extractor's own folding
    keeps positions, so a match in the folded text is the span in the original."""
    import re

    from relocalisation.ingestion.press.places import fold

    words = fold(name).split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(rf"(?<!\w){pattern}(?!\w)", fold(text))
    return (match.start(), match.end()) if match else None


def review_quality(extractions=None) -> dict:
    """The extractor's quality as the operators' reviews measure it: precision = proposals accepted /
    proposals decided; recall = proposals accepted / (accepted + laureates added by hand)."""
    from django.db.models import Count

    proposals = ProposedLaureate.objects.all()
    if extractions is not None:
        proposals = proposals.filter(extraction__in=extractions)
    counts = {(row["decision"], row["added_manually"]): row["n"] for row in
              proposals.values("decision", "added_manually").annotate(n=Count("id"))}
    accepted = counts.get((ProposedLaureate.Decision.ACCEPTED, False), 0)
    rejected = counts.get((ProposedLaureate.Decision.REJECTED, False), 0)
    pending = counts.get((ProposedLaureate.Decision.PENDING, False), 0)
    missed = sum(n for (decision, manual), n in counts.items()
                 if manual and decision != ProposedLaureate.Decision.REJECTED)
    return {
        "accepted": accepted, "rejected": rejected, "pending": pending, "missed": missed,
        "precision": accepted / (accepted + rejected) if accepted + rejected else None,
        "recall": accepted / (accepted + missed) if accepted + missed else None,
    }


def reviewed_gold() -> tuple[list[dict], dict[str, str]]:
    """Texts whose every proposal was examined, as ``eval_press`` reference documents (accepted laureates
    with the operator's values) and their texts by file name."""
    from django.db.models import Exists, OuterRef

    pending = ProposedLaureate.objects.filter(extraction=OuterRef("pk"), decision=ProposedLaureate.Decision.PENDING)
    extractions = (PressExtraction.objects.filter(status=PressExtraction.Status.DONE, proposals__isnull=False)
                   .exclude(Exists(pending)).distinct().select_related("source").order_by("created_at"))
    documents, texts = [], {}
    for extraction in extractions:
        name = f"{extraction.pk}.txt"
        texts[name] = extraction.source.text
        accepted = (extraction.proposals.filter(decision=ProposedLaureate.Decision.ACCEPTED)
                    .select_related("commune__department", "department", "sector").order_by("position"))
        laureates = []
        for p in accepted:
            department = p.commune.department_id if p.commune_id else p.department_id
            region = None
            if p.commune_id:
                region = p.commune.department.region_id
            elif p.region_id or p.department_id:
                region = p.region_id or p.department.region_id
            laureates.append({
                "organisation": p.organisation_name, "project": p.project_name or None,
                "commune_insee": p.commune_id, "department_code": department, "region_code": region,
                "sector": p.sector.name if p.sector_id else None,
                "investment_eur": int(p.investment_eur) if p.investment_eur is not None else None,
                "aid_eur": int(p.aid_eur) if p.aid_eur is not None else None,
                "jobs_created": p.jobs_created,
            })
        documents.append({"source": name, "announcement": {}, "laureates": laureates})
    return documents, texts


def guess_programme(name: str | None) -> Programme | None:
    """The programme whose name or short name is closest to the one the text quotes (≥ 85/100)."""
    if not name:
        return None
    wanted = normalize(name)
    best, best_score = None, 0.0
    for programme in Programme.objects.only("id", "name", "short_name"):
        for candidate in (programme.short_name, programme.name):
            if not candidate:
                continue
            score = fuzz.token_set_ratio(wanted, normalize(candidate))
            if score > best_score:
                best, best_score = programme, score
    return best if best_score >= 85 else None


def organisation_candidates(proposal: ProposedLaureate, limit: int = 5) -> list[tuple[Organisation, int]]:
    """Existing organisations that may be this laureate: fuzzy name, bonus for the same place."""
    key = normalize(proposal.organisation_name)
    words = [w for w in key.split() if len(w) >= 3] or key.split()
    if not words:
        return []
    query = Q()
    for word in words[:4]:
        query |= Q(name_normalized__contains=word)
    scored = []
    for org in Organisation.objects.filter(query).select_related("commune")[:300]:
        score = fuzz.token_sort_ratio(key, org.name_normalized)
        if proposal.commune_id and org.commune_id == proposal.commune_id:
            score += 10
        elif proposal.department_id and org.commune_id and org.commune.department_id == proposal.department_id:
            score += 5
        if score >= 70:
            scored.append((org, min(int(score), 100)))
    scored.sort(key=lambda item: -item[1])
    return scored[:limit]


def highlighted_text(text: str, proposals, announcement: dict | None = None) -> str:
    """The source text, HTML-escaped, with every evidence span in a <mark> (titled with its field).
    Overlapping spans are clipped so that the markup stays well nested."""
    spans = []
    for proposal in proposals:
        for field, (start, end) in (proposal.evidence or {}).items():
            if field in ("commune_name", "department_code", "region_code") or end <= start:
                continue
            spans.append((start, end, field, proposal.position))
    for field, (start, end) in ((announcement or {}).get("evidence") or {}).items():
        if end > start and field != "date":
            spans.append((start, end, field, None))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, pos = [], 0
    for start, end, field, position in spans:
        start = max(0, min(start, len(text)))
        end = max(0, min(end, len(text)))
        if start < pos:
            start = pos
        if end <= start:
            continue
        out.append(escape(text[pos:start]))
        label = FIELD_LABELS.get(field, field)
        who = f"lauréat {position + 1}" if position is not None else "annonce"
        css = "press-mark press-mark--announcement" if position is None else "press-mark"
        data = f' data-laureate="{position}"' if position is not None else ""
        out.append(f'<mark class="{css}"{data} title="{escape(label)} ({who})">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))
