import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from relocalisation.detection import selectors, services
from relocalisation.detection.models import (Attendance, Club, ClubEvent, ClubMembership, Lead, LeadStageChange,
                                             RegistryJob, ScoringWeights, Stage)
from relocalisation.organisations.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def client_agency(client, agency_user):
    client.force_login(agency_user)
    return client


def test_explore_filters_map_and_pagination(client_agency, scored):
    response = client_agency.get(reverse("detection:explore"), {"region": "84", "size": "pme", "sort": "score"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ajouter au pipeline" in html and 'class="dt-map"' in html and "<caption>" in html
    assert "<script>" not in html  # no inline script (CSP)
    rows = response.context["rows"]
    assert rows and all(r["region"] == "84" and r["band"] in selectors.SIZE_GROUPS["pme"] for r in rows)
    colored = [p for p in response.context["map"] if p["count"]]
    assert colored and all(p["code"] in {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"} for p in colored)
    page2 = client_agency.get(reverse("detection:explore"), {"page": 2})
    assert page2.status_code == 200 and page2.context["page_number"] == 2


def test_explore_bad_filter_is_400_in_french(client_agency, scored):
    response = client_agency.get(reverse("detection:explore"), {"naf": "abc", "min_score": "500"})
    assert response.status_code == 400
    assert "Préfixe NAF attendu" in response.content.decode()


def test_explore_without_scores_explains(client_agency, var_dir):
    response = client_agency.get(reverse("detection:explore"))
    assert response.status_code == 200 and "score_registry" in response.content.decode()


def test_territory_filter(client_agency, scored):
    from relocalisation.territories.models import Commune, IndustrialTerritory

    territory = IndustrialTerritory.objects.create(slug="test-nord-isere", name="Nord-Isère test")
    territory.communes.add(Commune.objects.get(code="38053"), Commune.objects.get(code="38185"))
    response = client_agency.get(reverse("detection:explore"), {"territory": territory.slug})
    assert response.status_code == 200
    assert all(r["commune"] in {"38053", "38185"} for r in response.context["rows"])


def test_export_csv(client_agency, scored):
    response = client_agency.get(reverse("detection:export"), {"naf": "2"})
    body = b"".join(response.streaming_content).decode()
    lines = body.strip().splitlines()
    assert lines[0].lstrip("\ufeff").startswith("siret;siren;nom;naf")
    assert len(lines) > 1 and all(line.split(";")[3].startswith("2") for line in lines[1:])


def test_establishment_detail_and_signal(client_agency, scored):
    row = selectors.search(scored, selectors.RegistryFilters(), limit=1).rows[0]
    url = reverse("detection:establishment", args=[row["siret"]])
    response = client_agency.get(url)
    assert response.status_code == 200 and "Contribution" in response.content.decode()
    response = client_agency.post(url, {"kind": "land", "strength": "0.8", "observed_on": "2026-01-10", "note": "cherche 2 ha"})
    assert response.status_code == 302
    assert client_agency.get(reverse("detection:establishment", args=["00000000000000"])).status_code == 404


def test_add_to_pipeline_once(client_agency, scored):
    row = selectors.search(scored, selectors.RegistryFilters(), limit=1).rows[0]
    for _ in range(2):
        response = client_agency.post(reverse("detection:add_to_pipeline"), {"siret": row["siret"]})
        assert response.status_code == 302
    lead = Lead.objects.get(agency=scored, siret=row["siret"])
    assert lead.stage == Stage.DETECTED and lead.score == row["score"] and lead.department_id == row["department"]
    assert client_agency.post(reverse("detection:add_to_pipeline"), {"siret": "123"}).status_code == 404


def test_weights_new_version_and_rescore_job(client_agency, scored):
    data = {"strategic": 50, "size": 10, "industrial_territory": 0, "region": 20, "exposure": 10, "signals": 10,
            "home_region": "84", "note": "Priorité aux secteurs critiques"}
    response = client_agency.post(reverse("detection:weights"), data)
    assert response.status_code == 302
    assert ScoringWeights.objects.filter(agency=scored).count() == 2
    zero = {**data, **{k: 0 for k in ScoringWeights.FACTORS}}
    assert client_agency.post(reverse("detection:weights"), zero).status_code == 400
    response = client_agency.post(reverse("detection:rescore"))
    job = RegistryJob.objects.filter(agency=scored, kind="score").order_by("-started_at").first()
    assert response.status_code == 302 and job.status == "done" and job.progress == 100  # immediate backend
    assert selectors.current_run(scored).weights.version == 2
    page = client_agency.get(reverse("detection:job", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert page.status_code == 200 and "Lignes notées" in page.content.decode()


def make_lead(agency, name="Projet test", stage=Stage.DETECTED, **kw):
    lead = Lead.objects.create(agency=agency, name=name, stage=stage, **kw)
    LeadStageChange.objects.create(lead=lead, to_stage=stage)
    return lead


def test_board_moves_with_htmx_and_overdue(client_agency, agency):
    late = make_lead(agency, "En retard", next_action="Rappeler", next_action_on=timezone.localdate() - dt.timedelta(days=3))
    response = client_agency.get(reverse("detection:board"))
    assert response.status_code == 200 and "1 action en retard" in response.content.decode()
    response = client_agency.post(reverse("detection:lead_move", args=[late.pk]), {"stage": "contacted"},
                                  HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and 'id="tableau"' in response.content.decode()
    late.refresh_from_db()
    assert late.stage == "contacted"
    assert list(late.stage_changes.values_list("to_stage", flat=True)) == ["detected", "contacted"]
    response = client_agency.post(reverse("detection:lead_move", args=[late.pk]), {"stage": "bogus"})
    assert response.status_code == 302
    services.move_lead(late, Stage.ABANDONED)
    with pytest.raises(services.LeadError):
        services.move_lead(late, Stage.QUALIFIED)


def test_lead_list_detail_and_edit(client_agency, agency, agency_user):
    lead = make_lead(agency)
    assert client_agency.get(reverse("detection:leads")).status_code == 200
    response = client_agency.post(reverse("detection:lead", args=[lead.pk]), {
        "name": "Projet renommé", "owner": agency_user.pk, "next_action": "Visite", "next_action_on": "2030-01-01",
        "notes": "ok", "application_id": "", "award": ""})
    assert response.status_code == 302
    lead.refresh_from_db()
    assert lead.name == "Projet renommé" and lead.owner == agency_user
    response = client_agency.post(reverse("detection:leads"), {"name": "Hors registre", "siret": "12"})
    assert response.status_code == 400 and "14 chiffres" in response.content.decode()


def test_funnel(client_agency, agency):
    a = make_lead(agency, "A", naf_code="21.10Z", department_id="38")
    services.move_lead(a, Stage.CONTACTED)
    services.move_lead(a, Stage.QUALIFIED)
    make_lead(agency, "B", naf_code="10.71C", department_id="69")
    data = selectors.funnel(agency)
    assert data["groups"] == [("Tous", [2, 1, 1, 0, 0, 0])]
    by_dep = dict(selectors.funnel(agency, "department")["groups"])
    assert by_dep["38"][:3] == [1, 1, 1] and by_dep["69"][:2] == [1, 0]
    assert dict(selectors.funnel(agency, "section")["groups"])["C"][0] == 2
    response = client_agency.get(reverse("detection:funnel"), {"par": "department"})
    assert response.status_code == 200 and "<caption>" in response.content.decode()
    html = client_agency.get(reverse("detection:funnel")).content.decode()
    assert 'width="400.0"' in html and 'width="200.0"' in html  # bars in SVG units, not localised


def test_club_members_events_attendance(client_agency, agency):
    response = client_agency.post(reverse("detection:clubs"), {"name": "Club test", "description": ""})
    club = Club.objects.get(agency=agency)
    firm = Organisation.objects.create(name="Usine membre", kind="company")
    url = reverse("detection:club", args=[club.pk])
    assert client_agency.post(url, {"action": "member", "organisation": firm.pk, "joined_on": "2026-01-01",
                                    "contact": "x"}).status_code == 302
    assert client_agency.post(url, {"action": "member", "organisation": firm.pk, "joined_on": "2026-01-01"}).status_code == 400
    assert client_agency.post(url, {"action": "event", "title": "Visite", "date": "2026-02-02", "place": "Lyon"}).status_code == 302
    event = ClubEvent.objects.get(club=club)
    member = ClubMembership.objects.get(club=club)
    event_url = reverse("detection:club_event", args=[event.pk])
    assert client_agency.post(event_url, {"member": member.pk, "status": "attended"}).status_code == 302
    assert Attendance.objects.get(event=event, member=member).status == "attended"
    assert client_agency.post(event_url, {"member": 999999, "status": "attended"}).status_code == 400
    assert "Usine membre" in client_agency.get(url).content.decode()


def test_reminder_email_for_overdue_actions(agency, agency_user, mailoutbox):
    from django.core.management import call_command

    agency_user.email = "chargee@example.org"
    agency_user.save()
    today = timezone.localdate()
    make_lead(agency, "Retard", owner=agency_user, next_action="Rappeler", next_action_on=today - dt.timedelta(days=1))
    make_lead(agency, "À venir", owner=agency_user, next_action_on=today + dt.timedelta(days=1))
    make_lead(agency, "Clos", stage=Stage.ABANDONED, owner=agency_user, next_action_on=today - dt.timedelta(days=9))
    call_command("send_lead_reminders", stdout=open("/dev/null", "w"))
    assert len(mailoutbox) == 1 and "Retard" in mailoutbox[0].body
    assert "À venir" not in mailoutbox[0].body and "Clos" not in mailoutbox[0].body


def test_import_job_visible_to_agencies(client_agency, var_dir, registry_file):
    job = services.import_registry(str(registry_file))
    response = client_agency.get(reverse("detection:job", args=[job.pk]))
    assert response.status_code == 200 and "Lignes lues" in response.content.decode()
    assert "Import du registre" in client_agency.get(reverse("detection:weights")).content.decode()


def test_agency_uploads_its_own_dependency_index(client_agency, scored, other_agency):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from relocalisation.detection.models import DependencyIndex

    url = reverse("detection:dependency_index")
    page = client_agency.get(reverse("detection:weights")).content.decode()
    assert "valeurs provisoires non officielles" in page
    bad = SimpleUploadedFile("indice.csv", b"division,value\n21,7\n")
    client_agency.post(url, {"file": bad})
    assert not DependencyIndex.objects.filter(agency=scored).exists()
    good = SimpleUploadedFile("indice.csv", "# source : test\ndivision,value,source\n21,1,test\n".encode())
    assert client_agency.post(url, {"file": good}).status_code == 302
    assert DependencyIndex.objects.filter(agency=scored).count() == 1
    services.score_registry(scored)
    services.score_registry(other_agency)
    pharma = selectors.search(scored, selectors.RegistryFilters(naf="21"), limit=3).rows
    other = selectors.search(other_agency, selectors.RegistryFilters(naf="21"), limit=3).rows
    assert all(r["v_exposure"] == 1.0 for r in pharma)
    assert all(r["v_exposure"] == pytest.approx(0.7) for r in other)  # the default (placeholder) value
    textile = selectors.search(scored, selectors.RegistryFilters(naf="13"), limit=3).rows
    assert all(r["v_exposure"] == 0.0 for r in textile)  # own index replaces the default entirely
    client_agency.post(url, {"action": "reset"})
    assert not DependencyIndex.objects.filter(agency=scored).exists()
