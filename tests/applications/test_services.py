import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from relocalisation.applications import services
from relocalisation.applications.models import Application, State, StatusChange
from relocalisation.applications.services import ApplicationError, ConcurrentUpdate, transition
from tests.applications.factories import GOOD_FORM, submit

pytestmark = pytest.mark.django_db


def test_submission_records_history_and_freezes(world):
    app = world.apps["en_construction"]
    assert app.state == State.EN_CONSTRUCTION and app.submitted_at is not None
    actions = list(app.history.values_list("action", "from_state", "to_state"))
    assert actions == [("creer", "", "brouillon"), ("deposer", "brouillon", "en_construction")]
    with pytest.raises(ApplicationError) as err:
        services.update_form(world.user("applicant"), app, {"title": "x"}, expected_version=app.version)
    assert err.value.status == 403 and "modifiable" in err.value.message


def test_history_is_append_only(world):
    change = StatusChange.objects.filter(application=world.apps["en_instruction"]).first()
    change.motivation = "réécrit"
    with pytest.raises(PermissionDenied):
        change.save()
    with pytest.raises(PermissionDenied):
        change.delete()
    with pytest.raises(PermissionDenied):
        StatusChange.objects.filter(pk=change.pk).update(motivation="x")
    with pytest.raises(PermissionDenied):
        StatusChange.objects.all().delete()
    change.refresh_from_db()
    assert change.motivation == ""


TABLE = [
    # (state key, action, role, allowed)
    ("en_construction", "passer_en_instruction", "instructor", True),
    ("en_construction", "passer_en_instruction", "manager", True),
    ("en_construction", "passer_en_instruction", "admin", True),
    ("en_construction", "passer_en_instruction", "applicant", False),
    ("en_construction", "passer_en_instruction", "committee", False),
    ("en_construction", "passer_en_instruction", "other_instructor", False),
    ("en_instruction", "passer_en_instruction", "instructor", False),  # wrong state
    ("en_instruction", "repasser_en_construction", "instructor", True),
    ("en_instruction", "repasser_en_construction", "applicant", False),
    ("en_construction", "repasser_en_construction", "instructor", False),
    ("en_instruction", "classer_sans_suite", "instructor", True),
    ("en_construction", "classer_sans_suite", "manager", True),
    ("en_instruction", "classer_sans_suite", "committee", False),
    ("en_construction", "retirer", "applicant", True),
    ("en_instruction", "retirer", "applicant", True),
    ("en_instruction", "retirer", "instructor", False),
    ("brouillon", "retirer", "applicant", False),
    ("brouillon", "passer_en_instruction", "admin", False),  # drafts are invisible to staff
    ("en_instruction", "accepter", "committee", False),  # only through a committee decision
    ("en_instruction", "refuser", "instructor", False),
]


@pytest.mark.parametrize("state,action,role,allowed", TABLE)
def test_transition_table(world, state, action, role, allowed):
    app = world.apps[state]
    before = app.history.count()
    if allowed:
        transition(world.user(role), app, action, "motivation de test")
        assert app.history.count() == before + 1
        last = app.history.last()
        assert (last.action, last.from_state, last.actor) == (action, state, world.user(role))
    else:
        with pytest.raises(ApplicationError):
            transition(world.user(role), app, action, "motivation de test")
        assert app.history.count() == before
        assert Application.objects.get(pk=app.pk).state == state


def test_motivation_required_and_unknown_action(world):
    app = world.apps["en_instruction"]
    with pytest.raises(ApplicationError) as err:
        transition(world.user("instructor"), app, "repasser_en_construction", "  ")
    assert err.value.status == 422 and "motivation" in err.value.message.lower()
    with pytest.raises(ApplicationError) as err:
        transition(world.user("instructor"), app, "supprimer")
    assert "Action inconnue" in err.value.message


def test_corrections_cycle(world):
    app, applicant, instructor = world.apps["en_instruction"], world.user("applicant"), world.user("instructor")
    transition(instructor, app, "repasser_en_construction", "Joindre le devis")
    app.refresh_from_db()
    assert app.state == State.EN_CONSTRUCTION and app.corrections_open
    services.update_form(applicant, app, {"title": "Corrigé"}, expected_version=app.version)
    app.refresh_from_db()
    transition(applicant, app, "deposer")
    app.refresh_from_db()
    assert app.title == "Corrigé" and not app.corrections_open
    with pytest.raises(ApplicationError):
        transition(applicant, app, "deposer")  # already submitted, nothing asked


def test_submission_refused_when_incomplete_or_not_eligible(world):
    applicant = world.user("applicant")
    app = services.create_draft(applicant, organisation=world.company, wave=world.wave)
    with pytest.raises(ApplicationError) as err:
        transition(applicant, app, "deposer")
    assert "renseignez" in err.value.message
    # 5 employees: the call requires at least 10 (blocking rule)
    services.update_form(applicant, app, dict(GOOD_FORM, headcount=5), expected_version=app.version)
    app.refresh_from_db()
    with pytest.raises(ApplicationError) as err:
        transition(applicant, app, "deposer")
    assert "pas éligible" in err.value.message
    assert Application.objects.get(pk=app.pk).state == State.BROUILLON


def test_submission_refused_one_minute_after_deadline(world):
    applicant = world.user("applicant")
    app = services.create_draft(applicant, organisation=world.company, wave=world.wave)
    services.update_form(applicant, app, GOOD_FORM, expected_version=app.version)
    world.wave.deadline = timezone.now() - dt.timedelta(minutes=1)
    world.wave.save()
    app.refresh_from_db()
    with pytest.raises(ApplicationError) as err:
        transition(applicant, app, "deposer")
    assert "date limite" in err.value.message and "heure de Paris" in err.value.message
    assert Application.objects.get(pk=app.pk).state == State.BROUILLON


def test_deadline_is_compared_in_paris_time(world):
    """A deadline at 23:59 Paris is 22:59 UTC in winter: one minute later is refused."""
    from zoneinfo import ZoneInfo

    paris_deadline = dt.datetime(2026, 11, 27, 23, 59, tzinfo=ZoneInfo("Europe/Paris"))
    world.wave.deadline = paris_deadline
    assert services.deadline_passed(world.wave, now=dt.datetime(2026, 11, 27, 22, 58, 30, tzinfo=dt.UTC)) is False
    assert services.deadline_passed(world.wave, now=dt.datetime(2026, 11, 27, 23, 0, 0, tzinfo=dt.UTC)) is True
    assert services.deadline_text(world.wave) == "27/11/2026 à 23:59"


def test_two_instructors_no_lost_update(world):
    """Both read version N; the first write wins, the second is refused (409) instead of overwriting."""
    app = world.apps["en_construction"]
    read_by_first = Application.objects.get(pk=app.pk)
    read_by_second = Application.objects.get(pk=app.pk)
    transition(world.user("instructor"), read_by_first, "passer_en_instruction",
               expected_version=read_by_first.version)
    with pytest.raises(ConcurrentUpdate) as err:
        transition(world.user("manager"), read_by_second, "classer_sans_suite", "doublon",
                   expected_version=read_by_second.version)
    assert err.value.status == 409
    app.refresh_from_db()
    assert app.state == State.EN_INSTRUCTION
    assert app.history.filter(action="classer_sans_suite").count() == 0


def test_two_applicant_tabs_no_lost_update(world):
    applicant = world.user("applicant")
    app = world.apps["brouillon"]
    version = app.version
    services.update_form(applicant, app, {"title": "Onglet 1"}, expected_version=version)
    with pytest.raises(ConcurrentUpdate):
        services.update_form(applicant, app, {"title": "Onglet 2"}, expected_version=version)
    assert Application.objects.get(pk=app.pk).title == "Onglet 1"


def test_create_draft_checks_company_and_deadline(world):
    with pytest.raises(ApplicationError):
        services.create_draft(world.user("other_company"), organisation=world.company, wave=world.wave)
    world.wave.deadline = timezone.now() - dt.timedelta(seconds=1)
    world.wave.save()
    with pytest.raises(ApplicationError) as err:
        services.create_draft(world.user("applicant"), organisation=world.company, wave=world.wave)
    assert "date limite" in err.value.message


def test_messages_notify_by_email(world, mailoutbox, django_capture_on_commit_callbacks):
    app = world.apps["en_instruction"]
    with django_capture_on_commit_callbacks(execute=True):
        services.post_message(world.user("instructor"), app, "Pouvez-vous préciser le calendrier ?")
    assert any("entreprise@example.test" in m.to for m in mailoutbox)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.post_message(world.user("applicant"), app, "Début des travaux en mars.")
    assert any("instructor@example.test" in m.to for m in mailoutbox)
    with pytest.raises(ApplicationError):
        services.post_message(world.user("committee"), app, "Le comité écrit ?")
    with pytest.raises(ApplicationError):
        services.post_message(world.user("applicant"), app, "   ")


def test_submit_helper_worked(world):
    assert submit  # the world's dossiers were submitted through the real services
    assert world.apps["en_instruction"].state == State.EN_INSTRUCTION
