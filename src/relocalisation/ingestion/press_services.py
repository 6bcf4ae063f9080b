"""Writes of the press review queue (issue 6): store a text, run the extractor, accept or reject a
proposal. Accepting creates the Award through ``awards.services.save_award`` inside one transaction:
either everything (organisation, award, decision) is saved, or nothing — never a partial Award."""
from __future__ import annotations

import hashlib
import logging
from decimal import Decimal

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from relocalisation.activities.models import CriticalSector, SizeCategory
from relocalisation.awards.models import Award, Origin
from relocalisation.awards.services import save_award
from relocalisation.ingestion.models import PressExtraction, ProposedLaureate, Source
from relocalisation.ingestion.press.readers import DocumentError, check_text
from relocalisation.organisations.models import Organisation
from relocalisation.territories.models import Commune, Department, Region

logger = logging.getLogger(__name__)


class ReviewError(ValueError):
    """A decision that cannot be applied (French message for the operator)."""


@transaction.atomic
def submit_text(text: str, *, user=None, title: str = "", file_name: str = "", kind=Source.Kind.PASTED,
                url: str = "") -> PressExtraction:
    """Store the text and queue its extraction (the task starts after the commit)."""
    text = check_text(text)  # raises DocumentError (French) on empty or too long text
    source = Source.objects.create(
        title=title[:300], file_name=file_name[:255], kind=kind, url=url, text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(), created_by=user if user and user.is_authenticated else None)
    extraction = PressExtraction.objects.create(source=source, created_by=source.created_by)
    transaction.on_commit(lambda: _enqueue(extraction.pk))
    return extraction


def _enqueue(extraction_id):
    from relocalisation.ingestion.press_tasks import run_press_extraction

    run_press_extraction.enqueue(str(extraction_id))


def run_extraction(extraction_id) -> str:
    """Body of the background task. Idempotent: a finished extraction is left as it is."""
    from relocalisation.ingestion.press import extract

    extraction = PressExtraction.objects.select_related("source").get(pk=extraction_id)
    if extraction.is_finished:
        return extraction.status
    from relocalisation.core.tasks import report_progress

    PressExtraction.objects.filter(pk=extraction.pk).update(status=PressExtraction.Status.RUNNING, progress=10,
                                                            started_at=timezone.now())
    report_progress(10, 100, "Lecture du texte")
    try:
        result = extract(extraction.source.text, extraction.source.file_name).to_dict()
        PressExtraction.objects.filter(pk=extraction.pk).update(progress=70)
        report_progress(70, 100, "Enregistrement des propositions")
        _store_proposals(extraction, result)
    except Exception:  # noqa: BLE001 - a task must record its failure, not die silently
        logger.exception("Extraction %s en échec", extraction_id)
        PressExtraction.objects.filter(pk=extraction.pk).update(
            status=PressExtraction.Status.FAILED, progress=100, finished_at=timezone.now(),
            error="L'extraction a échoué sur ce texte ; l'équipe technique a été prévenue.")
        return PressExtraction.Status.FAILED
    return PressExtraction.Status.DONE


@transaction.atomic
def _store_proposals(extraction: PressExtraction, result: dict):
    from relocalisation.ingestion.press_selectors import guess_programme

    sectors = _sectors()
    proposals = [_proposal(extraction, position, lau, sectors) for position, lau in enumerate(result["laureates"])]
    ProposedLaureate.objects.filter(extraction=extraction).delete()
    ProposedLaureate.objects.bulk_create(proposals)
    extraction.result = result
    extraction.programme = guess_programme((result.get("announcement") or {}).get("programme"))
    extraction.status = PressExtraction.Status.DONE
    extraction.progress = 100
    extraction.finished_at = timezone.now()
    extraction.save(update_fields=["result", "programme", "status", "progress", "finished_at"])


def _sectors() -> dict:
    """Critical sectors by the name the extractor gives them."""
    return {s.name: s for s in CriticalSector.objects.all()}


def _proposal(extraction: PressExtraction, position: int, lau: dict, sectors: dict, **extra) -> ProposedLaureate:
    """A proposal from one laureate of the extractor's JSON (codes resolved against the reference tables)."""
    commune = Commune.objects.filter(pk=lau.get("commune_insee")).first() if lau.get("commune_insee") else None
    department = Department.objects.filter(pk=lau.get("department_code")).first() if lau.get("department_code") else None
    region = Region.objects.filter(pk=lau.get("region_code")).first() if lau.get("region_code") else None
    return ProposedLaureate(
        extraction=extraction, position=position, organisation_name=(lau["organisation"] or "")[:250],
        project_name=(lau.get("project") or "")[:250], commune=commune, department=department, region=region,
        sector=sectors.get(lau.get("sector") or ""), naf_division=lau.get("naf_division") or "",
        size_class=lau.get("size_class") or "", parent_group=(lau.get("parent_group") or "")[:250],
        investment_eur=_decimal(lau.get("investment_eur")), aid_eur=_decimal(lau.get("aid_eur")),
        jobs_created=lau.get("jobs_created"),
        extracted={k: v for k, v in lau.items() if k not in ("evidence", "confidence")},
        evidence=lau.get("evidence") or {}, confidence=lau.get("confidence") or {}, **extra,
    )


def _decimal(value):
    return None if value is None else Decimal(value)


def source_reference(source: Source) -> str:
    """What Award.source holds: the address of the stored text."""
    return reverse("ingestion:press_source", args=[source.pk])


@transaction.atomic
def accept_proposal(proposal: ProposedLaureate, *, user, data: dict) -> Award:
    """Apply the operator's edits, match or create the organisation, create the Award.

    ``data`` keys: organisation_name, project_name, commune (Commune|None), sector (CriticalSector|None),
    investment_eur, aid_eur, jobs_created, programme (Programme), organisation (Organisation|None),
    siren ("" or 9 digits), create_organisation (bool)."""
    proposal = ProposedLaureate.objects.select_for_update().select_related("extraction__source").get(pk=proposal.pk)
    if proposal.decision != ProposedLaureate.Decision.PENDING:
        raise ReviewError("Cette proposition a déjà été traitée.")
    programme = data.get("programme")
    if programme is None:
        raise ReviewError("Choisissez le dispositif auquel rattacher le lauréat.")
    name = (data.get("organisation_name") or "").strip()
    if not name:
        raise ReviewError("Le nom de l'organisation est obligatoire.")
    commune = data.get("commune")
    organisation = data.get("organisation")
    siren = (data.get("siren") or "").strip()
    if organisation is None and siren:
        organisation = Organisation.objects.filter(siren=siren).first()
    if organisation is None:
        if not data.get("create_organisation"):
            raise ReviewError("Choisissez une organisation existante ou demandez sa création.")
        organisation = Organisation(name=name, siren=siren or None, commune=commune,
                                    parent_group=proposal.parent_group,
                                    size_category=SizeCategory.objects.filter(code=proposal.size_class).first()
                                    if proposal.size_class else None,
                                    source=f"communiqué {proposal.extraction.source_id}")
        organisation.full_clean(exclude=["naf", "commune", "size_category", "website"])
        organisation.save()
    source = proposal.extraction.source
    evidence = proposal.evidence.get("organisation")
    quote = ""
    if proposal.extracted.get("segment"):
        s, e = proposal.extracted["segment"]
        quote = source.text[s:e][:2000]
    elif evidence:
        quote = source.text[evidence[0]:evidence[1]]
    announcement = (proposal.extraction.result or {}).get("announcement") or {}
    award = Award(
        programme=programme, organisation=organisation, project_name=(data.get("project_name") or "")[:250],
        commune=commune, department=proposal.department if commune is None else None,
        region=proposal.region if commune is None else None,
        sector=data.get("sector"), size_category=organisation.size_category,
        investment_eur=data.get("investment_eur"), aid_eur=data.get("aid_eur"), jobs_created=data.get("jobs_created"),
        decided_on=_parse_date(announcement.get("date")), origin=Origin.PRESS,
        source=source_reference(source), source_quote=quote,
        external_key=f"press:{proposal.pk}",
    )
    award.full_clean(exclude=["programme", "organisation"])
    save_award(award)
    proposal.organisation_name = name
    proposal.project_name = award.project_name
    proposal.commune = commune
    proposal.sector = award.sector
    proposal.investment_eur = award.investment_eur
    proposal.aid_eur = award.aid_eur
    proposal.jobs_created = award.jobs_created
    proposal.organisation = organisation
    proposal.award = award
    proposal.decision = ProposedLaureate.Decision.ACCEPTED
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.save()
    return award


@transaction.atomic
def add_missed_laureate(extraction: PressExtraction, *, user, name: str) -> ProposedLaureate:
    """A laureate the extractor missed: the operator types its name as written in the text; it joins the
    proposals (to accept or reject like the others) with the name's place in the text as evidence, and
    counts against the extractor's recall."""
    from relocalisation.ingestion.press.evaluate import org_match_key
    from relocalisation.ingestion.press_selectors import find_in_text

    extraction = PressExtraction.objects.select_for_update().select_related("source").get(pk=extraction.pk)
    if extraction.status != PressExtraction.Status.DONE:
        raise ReviewError("L'extraction de ce texte n'est pas terminée.")
    name = " ".join((name or "").split())
    if not name:
        raise ReviewError("Saisissez le nom de l'organisation tel qu'il est écrit dans le texte.")
    if len(name) > 250:
        raise ReviewError("Nom trop long (250 caractères au plus).")
    span = find_in_text(extraction.source.text, name)
    if span is None:
        raise ReviewError(f"« {name} » n'apparaît pas dans le texte : copiez le nom tel qu'il y est écrit.")
    existing = list(extraction.proposals.all())
    key = org_match_key(name)
    if any(org_match_key(p.organisation_name) == key or org_match_key(p.extracted.get("organisation")) == key
           for p in existing):
        raise ReviewError(f"« {name} » est déjà parmi les propositions.")
    from relocalisation.ingestion.press import read_laureate_at

    start, end = span
    # The other fields are read in the passage of the name, as the extractor would have: the operator
    # checks them like any proposal's. ``extracted`` stays empty: the extractor proposed nothing here.
    lau = read_laureate_at(extraction.source.text, start, end)
    lau["organisation"] = extraction.source.text[start:end]
    lau["evidence"] = {**(lau.get("evidence") or {}), "organisation": [start, end]}
    lau["confidence"] = {**(lau.get("confidence") or {}), "organisation": 1.0}
    proposal = _proposal(extraction, max((p.position for p in existing), default=-1) + 1, lau, _sectors(),
                         added_manually=True)
    proposal.extracted = {}
    proposal.save()
    return proposal


@transaction.atomic
def reject_proposal(proposal: ProposedLaureate, *, user, note: str = "") -> ProposedLaureate:
    proposal = ProposedLaureate.objects.select_for_update().get(pk=proposal.pk)
    if proposal.decision != ProposedLaureate.Decision.PENDING:
        raise ReviewError("Cette proposition a déjà été traitée.")
    proposal.decision = ProposedLaureate.Decision.REJECTED
    proposal.decision_note = note[:300]
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["decision", "decision_note", "decided_by", "decided_at"])
    return proposal


def _parse_date(value):
    import datetime as dt

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


__all__ = ["DocumentError", "ReviewError", "accept_proposal", "add_missed_laureate", "reject_proposal",
           "run_extraction", "submit_text"]
