"""Demo instruction: scores on the demo dossiers in instruction, one acceptance (with its award),
one refusal (both « à notifier »), a committee session and two simulations. Idempotent."""
import datetime as dt
from decimal import Decimal

from django.utils import timezone

from relocalisation.applications.models import Application, State
from relocalisation.organisations.demo import demo_user
from relocalisation.review import services
from relocalisation.review.models import CommitteeSession, Decision, Simulation
from relocalisation.review.selectors import grid_for

SCORES = {"[Démo] En instruction — sourcing d'aciers": 4, "[Démo] À accepter — moules d'injection": 5,
          "[Démo] À refuser — négoce de pièces": 1}


def load(stdout):
    from relocalisation.programmes.demo import demo_wave

    wave = demo_wave()
    instructor, committee = demo_user("demo-instructeur"), demo_user("demo-comite")
    criteria = list(grid_for(wave.call).criteria.all())
    apps = {a.title: a for a in Application.objects.filter(wave=wave, title__in=SCORES)}
    for title, value in SCORES.items():
        app = apps.get(title)
        if app and app.state == State.EN_INSTRUCTION and not app.reviews.exists():
            services.save_review(instructor, app, scores={c.code: value for c in criteria},
                                 opinion="favorable" if value >= 3 else "defavorable", comment="Avis de démonstration.")
    session = CommitteeSession.objects.filter(wave=wave).first() or services.create_session(
        committee, wave, timezone.localdate() + dt.timedelta(days=7), "Comité de démonstration")
    if not Simulation.objects.filter(wave=wave).exists():
        in_instruction = [a for a in apps.values() if a.state == State.EN_INSTRUCTION]
        services.create_simulation(committee, wave, "Scénario A — tout retenir",
                                   [(a, True, a.aid_requested_eur) for a in in_instruction])
        services.create_simulation(committee, wave, "Scénario B — meilleurs scores",
                                   [(a, SCORES[a.title] >= 4, a.aid_requested_eur) for a in in_instruction])
    accept = apps.get("[Démo] À accepter — moules d'injection")
    if accept and not Decision.objects.filter(application=accept).exists() and accept.state == State.EN_INSTRUCTION:
        services.record_decision(committee, accept, outcome="accepte", amount=Decimal("9600"), days=Decimal("8"),
                                 motivation="Projet structurant pour la filière.", session=session)
    refuse = apps.get("[Démo] À refuser — négoce de pièces")
    if refuse and not Decision.objects.filter(application=refuse).exists() and refuse.state == State.EN_INSTRUCTION:
        # Left in the « à notifier » queue, like the acceptance: notifying is the next demo step.
        services.record_decision(committee, refuse, outcome="refuse",
                                 motivation="Activité de négoce, sans production.", session=session)
    stdout.write("Instruction de démonstration : notes, comité, simulations et décisions prêtes.")
