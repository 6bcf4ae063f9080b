import io
import threading
import time
import zipfile
from decimal import Decimal

import pytest
from django.db import connection, connections

from relocalisation.applications import services as app_services
from relocalisation.applications.models import Application, State
from relocalisation.applications.services import ApplicationError
from relocalisation.awards.models import Award, Origin
from relocalisation.programmes.models import Funder, FundingShare
from relocalisation.review import services
from relocalisation.review.exports import wave_xlsx, wave_zip
from relocalisation.review.models import Decision
from relocalisation.review.selectors import committee_rows, envelope_for, grid_for, score_summary, weighted_score
from tests.applications.factories import build_world, submit

pytestmark = pytest.mark.django_db


def in_instruction(world, title="Projet", aid="12000"):
    applicant = world.user("applicant")
    app = app_services.create_draft(applicant, organisation=world.company, wave=world.wave)
    submit(applicant, app, {"title": title, "aid_requested_eur": Decimal(aid)})
    app_services.transition(world.user("instructor"), app, "passer_en_instruction")
    app.refresh_from_db()
    return app


def test_weighted_score_and_disagreement(world):
    app = world.apps["en_instruction"]
    criteria = list(grid_for(world.call).criteria.all())
    assert [c.code for c in criteria] == ["valeur-ajoutee", "viabilite", "activite-strategique", "emplois", "dependance"]
    assert weighted_score({c.pk: 5 for c in criteria}, criteria) == Decimal("20.00")
    assert weighted_score({criteria[0].pk: 5}, criteria) is None  # incomplete
    services.save_review(world.user("instructor"), app, scores={c.code: 5 for c in criteria}, opinion="favorable",
                         comment="")
    services.save_review(world.user("manager"), app, scores={c.code: 1 for c in criteria}, opinion="defavorable",
                         comment="")
    summary = score_summary(app)
    assert summary.mean == Decimal("12.00") and summary.spread == Decimal("16.00") and summary.disagreement


def test_review_bad_input_and_rights(world):
    app = world.apps["en_instruction"]
    with pytest.raises(ApplicationError) as err:
        services.save_review(world.user("instructor"), app, scores={"viabilite": 9}, opinion="", comment="")
    assert "hors barème" in err.value.message
    with pytest.raises(ApplicationError) as err:
        services.save_review(world.user("instructor"), app, scores={"viabilite": "beaucoup"}, opinion="", comment="")
    assert "entier" in err.value.message
    with pytest.raises(ApplicationError):
        services.save_review(world.user("committee"), app, scores={"viabilite": 3}, opinion="", comment="")
    with pytest.raises(ApplicationError):
        services.save_review(world.user("instructor"), world.apps["en_construction"], scores={"viabilite": 3},
                             opinion="", comment="")


def test_review_optimistic_locking(world):
    app = world.apps["en_instruction"]
    review = services.save_review(world.user("instructor"), app, scores={"viabilite": 3}, opinion="", comment="a")
    services.save_review(world.user("instructor"), app, scores={"viabilite": 4}, opinion="", comment="b",
                         expected_version=review.version)
    with pytest.raises(app_services.ConcurrentUpdate):
        services.save_review(world.user("instructor"), app, scores={"viabilite": 1}, opinion="", comment="c",
                             expected_version=review.version)


def test_manager_edits_grid(world):
    services.save_criterion(world.user("manager"), world.call, code="export", label="Potentiel à l'export", weight="10")
    assert grid_for(world.call).criteria.filter(code="export").exists()
    with pytest.raises(ApplicationError):
        services.save_criterion(world.user("instructor"), world.call, code="x", label="x", weight="1")
    with pytest.raises(ApplicationError) as err:
        services.save_criterion(world.user("manager"), world.call, code="y", label="y", weight="abc")
    assert "nombre" in err.value.message


def test_decision_creates_award_with_joint_funder_split(world):
    """The CVL call: 80 % paid jointly by the Région and the Banque des Territoires, split not
    published — shared equally, and the award says so."""
    app = world.apps["en_instruction"]
    decision = services.record_decision(world.user("committee"), app, outcome="accepte", amount="9600,50", days="9")
    app.refresh_from_db()
    assert app.state == State.ACCEPTE and decision.amount_eur == Decimal("9600.50")
    award = Award.objects.get(pk=decision.award_id)
    assert award.origin == Origin.APPLICATION and award.aid_eur == Decimal("9600.50")
    assert award.programme_id == world.call.programme_id and award.region_id == "24"
    parts = award.funding_split
    assert {p["funder"] for p in parts} == {"region-centre-val-de-loire", "banque-des-territoires"}
    assert sum(Decimal(p["amount_eur"]) for p in parts) == Decimal("9600.50")
    assert sum(Decimal(p["days"]) for p in parts) == Decimal("9.0")
    assert "parts égales" in parts[0]["note"]
    assert app.history.last().action == "accepter"


def test_explicit_shares_split_in_proportion(world):
    region, _ = Funder.objects.get_or_create(slug="test-region", defaults={"name": "Région test"})
    bank, _ = Funder.objects.get_or_create(slug="test-banque", defaults={"name": "Banque test"})
    FundingShare.objects.create(programme=world.call.programme, call=world.call, funder=region, share_percent=60)
    FundingShare.objects.create(programme=world.call.programme, call=world.call, funder=bank, share_percent=20)
    split, note = services.funding_split(world.call, Decimal("1000"), Decimal("10"))
    assert [(p["funder"], p["amount_eur"], p["days"]) for p in split] == [("test-region", "750.00", "7.5"),
                                                                          ("test-banque", "250.00", "2.5")]
    assert "parts publiées" in note


def test_envelope_is_computed_from_decisions_and_enforced(world):
    world.wave.envelope_eur = Decimal("20000")
    world.wave.save()
    first, second = world.apps["en_instruction"], in_instruction(world, "Deuxième")
    services.create_simulation(world.user("committee"), world.wave, "Tout retenir",
                               [(first, True, Decimal("15000")), (second, True, Decimal("15000"))])
    assert envelope_for(world.wave).remaining == Decimal("20000")  # simulations bind nothing
    services.record_decision(world.user("committee"), first, outcome="accepte", amount="15000")
    assert envelope_for(world.wave).remaining == Decimal("5000")
    with pytest.raises(ApplicationError) as err:
        services.record_decision(world.user("committee"), second, outcome="accepte", amount="5000,01")
    assert err.value.status == 409 and "reste à attribuer" in err.value.message
    second.refresh_from_db()
    assert second.state == State.EN_INSTRUCTION and not Decision.objects.filter(application=second).exists()
    services.record_decision(world.user("committee"), second, outcome="accepte", amount="5000")
    assert envelope_for(world.wave).remaining == Decimal("0")


def test_decision_rules(world):
    app = world.apps["en_instruction"]
    with pytest.raises(ApplicationError):
        services.record_decision(world.user("instructor"), app, outcome="accepte", amount="10")
    with pytest.raises(ApplicationError) as err:
        services.record_decision(world.user("committee"), app, outcome="refuse")
    assert "motivation" in err.value.message
    with pytest.raises(ApplicationError):
        services.record_decision(world.user("committee"), app, outcome="peut-être")
    with pytest.raises(ApplicationError):
        services.record_decision(world.user("committee"), app, outcome="accepte", amount="-5")
    with pytest.raises(ApplicationError):
        services.record_decision(world.user("committee"), world.apps["en_construction"], outcome="accepte", amount="5")
    services.record_decision(world.user("committee"), app, outcome="refuse", motivation="Hors cible")
    with pytest.raises(ApplicationError):
        services.record_decision(world.user("committee"), app, outcome="accepte", amount="5")


def test_committee_ranking_and_running_total(world):
    world.wave.envelope_eur = Decimal("20000")
    world.wave.save()
    a, b = world.apps["en_instruction"], in_instruction(world, "Meilleur", aid="15000")
    criteria = list(grid_for(world.call).criteria.all())
    services.save_review(world.user("instructor"), a, scores={c.code: 2 for c in criteria}, opinion="", comment="")
    services.save_review(world.user("instructor"), b, scores={c.code: 5 for c in criteria}, opinion="", comment="")
    rows, envelope = committee_rows(world.wave)
    assert [r["app"].pk for r in rows] == [b.pk, a.pk]
    assert [r["running"] for r in rows] == [Decimal("15000"), Decimal("27000")]
    assert [r["fits"] for r in rows] == [True, False]


def test_notification_queue_and_letter(world, mailoutbox, django_capture_on_commit_callbacks):
    decision = services.record_decision(world.user("committee"), world.apps["en_instruction"], outcome="accepte",
                                        amount="8000")
    assert Decision.objects.filter(notified_at__isnull=True).count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        services.notify_decision(world.user("manager"), decision)
    decision.refresh_from_db()
    assert decision.notified_at is not None
    letter = [m for m in mailoutbox if m.attachments]
    assert letter and letter[0].attachments[0][2] == "application/pdf" and letter[0].attachments[0][1][:4] == b"%PDF"
    with pytest.raises(ApplicationError):
        services.notify_decision(world.user("manager"), decision)


def test_exports(world):
    apps = Application.objects.filter(wave=world.wave).exclude(state="brouillon").select_related("organisation", "call", "wave")
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(wave_xlsx(apps))).active
    assert sheet.cell(1, 1).value == "Numéro" and sheet.max_row == 3
    archive = zipfile.ZipFile(io.BytesIO(wave_zip(apps)))
    assert sorted(archive.namelist()) == sorted(f"{a.reference}.pdf" for a in apps)
    assert all(archive.read(n).startswith(b"%PDF") for n in archive.namelist())


def test_committee_page_renders(client, world):
    from tests.applications.factories import login

    services.create_simulation(world.user("committee"), world.wave, "Scénario A",
                               [(world.apps["en_instruction"], True, Decimal("1000"))])
    login(client, world.user("committee"))
    page = client.get(f"/instruction/vagues/{world.wave.pk}/comite/").content.decode()
    assert "Scénario A" in page and "reste à attribuer" in page and world.apps["en_instruction"].reference in page


# --- the race for the last euros (PostgreSQL: real concurrent transactions) -------------------

def _in_thread(fn, *args):
    result = {}

    def run():
        try:
            result["value"] = fn(*args)
        except Exception as exc:  # noqa: BLE001 — reported to the test
            result["error"] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


@pytest.mark.postgres
def test_envelope_race_one_wins(db, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("Concurrence réelle : PostgreSQL seulement (SQLite sérialise toute écriture).")
    # The data must be committed for other connections to see it: build it in a thread.
    thread, built = _in_thread(lambda: build_world(envelope=Decimal("10000")))
    thread.join()
    world = built["value"]
    try:
        thread, second = _in_thread(in_instruction, world, "Concurrent", "6000")
        thread.join()
        apps = [world.apps["en_instruction"], second["value"]]
        # Widen the window between reading the sum and writing the decision: without the row lock
        # both decisions would read 10 000 € remaining and both be accepted.
        real_envelope = services.envelope_for

        def slow_envelope(wave):
            value = real_envelope(wave)
            time.sleep(0.3)
            return value

        monkeypatch.setattr(services, "envelope_for", slow_envelope)
        barrier = threading.Barrier(2)

        def decide(app):
            barrier.wait()
            return services.record_decision(world.user("committee"), app, outcome="accepte", amount="6000")

        runs = [_in_thread(decide, app) for app in apps]
        for thread, _ in runs:
            thread.join(20)
        outcomes = [r for _, r in runs]
        winners = [r for r in outcomes if "value" in r]
        losers = [r for r in outcomes if "error" in r]
        assert len(winners) == 1 and len(losers) == 1, outcomes
        assert isinstance(losers[0]["error"], ApplicationError) and "reste à attribuer" in losers[0]["error"].message
        thread, remaining = _in_thread(lambda: envelope_for(world.wave).remaining)
        thread.join()
        assert remaining["value"] == Decimal("4000")
    finally:
        thread, _ = _in_thread(_cleanup, world)
        thread.join()


def _cleanup(world):
    """Remove the committed rows (the history's guard is bypassed on purpose: test teardown)."""
    from django.contrib.auth import get_user_model
    from django.db.models import QuerySet

    from relocalisation.applications.models import StatusChange
    from relocalisation.organisations.models import Organisation

    apps = Application.objects.filter(wave=world.wave)
    awards = list(Decision.objects.filter(wave=world.wave).values_list("award_id", flat=True))
    Decision.objects.filter(wave=world.wave).delete()
    Award.objects.filter(pk__in=[a for a in awards if a]).delete()
    QuerySet(model=StatusChange).filter(application__in=apps).delete()
    apps.delete()
    world.wave.delete()
    get_user_model().objects.filter(pk__in=[u.pk for u in world.users.values()]).delete()
    Organisation.objects.filter(siren__in=["900000019", "900000027"]).delete()
    Organisation.objects.filter(name="Opérateur test").delete()
