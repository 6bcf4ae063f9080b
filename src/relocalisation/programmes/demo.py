"""Demo waves (DEBUG only): an OPEN demonstration wave on the Centre-Val de Loire call so that
applying works in the demo. Clearly labelled as fictitious; idempotent."""
import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.utils import timezone

from relocalisation.programmes.models import Call, Wave

DEMO_WAVE_NUMBER = 90
DEMO_PROGRAMME = "relocalisation-diversification-centre-val-de-loire"
DEMO_CALL = "relocalisation-diversification"


def demo_call():
    return Call.objects.select_related("programme").get(programme__slug=DEMO_PROGRAMME, slug=DEMO_CALL)


def demo_wave():
    return Wave.objects.get(call=demo_call(), number=DEMO_WAVE_NUMBER)


def load(stdout):
    call = demo_call()
    # Always open for a few months from now (the demo must work whatever the day).
    paris = ZoneInfo("Europe/Paris")
    deadline = (timezone.now() + dt.timedelta(days=120)).astimezone(paris).replace(hour=23, minute=59, second=0,
                                                                                   microsecond=0)
    Wave.objects.update_or_create(call=call, number=DEMO_WAVE_NUMBER, defaults={
        "label": "Vague de démonstration (fictive)", "opens_at": timezone.now() - dt.timedelta(days=30),
        "deadline": deadline, "envelope_eur": Decimal(120_000),
        "source": "démonstration — données fictives, sans lien avec l'appel réel"})
    stdout.write(f"Vague de démonstration ouverte jusqu'au {deadline:%d/%m/%Y} sur « {call.title} ».")
