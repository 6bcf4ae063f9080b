"""Demo for the detection app (``relocalisation load_demo``, idempotent): the agency « Auvergne-Rhône-Alpes
Entreprises » with a ``demo-agence`` account, a SYNTHETIC registry of 4 000 establishments imported and
scored, leads in every stage (some with overdue actions), and a small club with an event."""
import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from relocalisation.detection import selectors, services
from relocalisation.detection.models import (STAGE_ORDER, Attendance, Club, ClubEvent, ClubMembership, Lead,
                                             RegistryVersion, Stage)
from relocalisation.organisations.models import Membership, Organisation, Role

DEMO_PASSWORD = "demo-Relocalisation-2026"  # same as the other demo accounts (organisations/demo.py)
AGENCY_NAME = "Auvergne-Rhône-Alpes Entreprises"
REGISTRY_ROWS = 4000
CLUB_FIRMS = ["Démo Plasturgie de l'Ain (fictive)", "Démo Décolletage de la vallée de l'Arve (fictive)",
              "Démo Pharma du Rhône (fictive)", "Démo Textiles techniques de la Loire (fictive)"]


def demo_agency() -> Organisation:
    agency = Organisation.objects.filter(name=AGENCY_NAME, kind=Organisation.Kind.AGENCY).first()
    if agency is None:
        agency = Organisation.objects.create(name=AGENCY_NAME, kind=Organisation.Kind.AGENCY, source="démonstration")
    return agency


def demo_user(agency):
    user, created = get_user_model().objects.get_or_create(username="demo-agence", defaults={
        "first_name": "Agathe", "last_name": "Demo-Agence", "email": "demo-agence@demo.relocalisation.example"})
    if created or not user.check_password(DEMO_PASSWORD):
        user.set_password(DEMO_PASSWORD)
        user.save()
    Membership.objects.get_or_create(user=user, organisation=agency, role=Role.AGENCY)
    return user


def ensure_registry(agency, stdout) -> None:
    from relocalisation.detection.synthetic import generate

    if not RegistryVersion.objects.filter(is_current=True).exists():
        path = settings.VAR_DIR / "demo" / "StockEtablissement.demo.synthetic.csv.gz"
        if not path.exists():
            generate(REGISTRY_ROWS, path, seed=2026, quiet=True)
        job = services.import_registry(str(path))
        stdout.write(f"Registre synthétique de démonstration : {job.rows_kept} établissements actifs sur {job.rows_read}.")
    weights = services.current_weights(agency)
    if weights.home_region_id is None and not weights.runs.exists():  # versions in use stay immutable
        weights.home_region_id = "84"
        weights.save(update_fields=["home_region"])
    run = selectors.current_run(agency)
    if run is None or run.registry_id != RegistryVersion.objects.get(is_current=True).pk:
        job = services.score_registry(agency)
        stdout.write(f"Scores de démonstration : {job.rows_scored} établissements notés.")


def ensure_leads(agency, user) -> None:
    if Lead.objects.filter(agency=agency).exists():
        return
    rows = selectors.search(agency, selectors.RegistryFilters(region="84"), limit=len(Stage.values)).rows
    today = timezone.localdate()
    path = STAGE_ORDER + [Stage.ABANDONED]
    for i, (row, stage) in enumerate(zip(rows, path)):
        lead, _ = services.create_lead_from_registry(agency, row, user)
        target = path.index(stage)
        for step in (STAGE_ORDER[1:target + 1] if stage != Stage.ABANDONED else [Stage.CONTACTED, Stage.ABANDONED]):
            services.move_lead(lead, step, user)
        lead.next_action = ["Premier appel", "Visite du site", "Réunion avec la direction", "Montage du dossier",
                            "Suivi de l'instruction", "Suivi des emplois", ""][i % 7]
        lead.next_action_on = today + dt.timedelta(days=(-5 if i % 3 == 0 else 10 + i))
        lead.notes = "Projet fictif de démonstration (établissement du registre synthétique)."
        lead.save()


def ensure_club(agency) -> None:
    club, _ = Club.objects.get_or_create(agency=agency, name="Club relocalisation Auvergne-Rhône-Alpes (démo)",
                                         defaults={"description": "Réseau d'entreprises accompagnées par l'agence (démonstration)."})
    members = []
    for name in CLUB_FIRMS:
        org, _ = Organisation.objects.get_or_create(name=name, kind=Organisation.Kind.COMPANY,
                                                    defaults={"source": "démonstration"})
        member, _ = ClubMembership.objects.get_or_create(club=club, organisation=org)
        members.append(member)
    event, _ = ClubEvent.objects.get_or_create(club=club, title="Rencontre « sécuriser ses approvisionnements »",
                                               defaults={"date": timezone.localdate() - dt.timedelta(days=20),
                                                         "place": "Lyon"})
    for member, status in zip(members, [Attendance.Status.ATTENDED, Attendance.Status.ATTENDED,
                                        Attendance.Status.EXCUSED, Attendance.Status.REGISTERED]):
        Attendance.objects.get_or_create(event=event, member=member, defaults={"status": status})


def load(stdout):
    agency = demo_agency()
    user = demo_user(agency)
    ensure_registry(agency, stdout)
    ensure_leads(agency, user)
    ensure_club(agency)
    stdout.write(f"Détection : agence « {agency.name} », compte demo-agence (mot de passe « {DEMO_PASSWORD} »).")
