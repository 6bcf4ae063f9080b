"""Demo for the land app (idempotent): a few FICTITIOUS parcels of the demo agency in Auvergne-Rhône-Alpes
(communes and approximate positions are real places; owners, surfaces and prices are invented), and one
match recorded on a demo lead."""
import datetime as dt
from decimal import Decimal

from django.utils import timezone

from relocalisation.land import services
from relocalisation.land.models import LandParcel

PARCELS = [
    # reference, name, commune, lat, lon, surface, serviced, brownfield, icpe, rail, price, months
    ("DEMO-001", "Parc de la Plaine de l'Ain — lot 12 (fictif)", "01390", 45.830, 5.290, 45000, True, False, True, True, Decimal("1800000"), 0),
    ("DEMO-002", "Friche de la chimie — Roussillon (fictif)", "38344", 45.372, 4.812, 80000, True, True, True, True, None, 6),
    ("DEMO-003", "ZA des Basses Échelles — Bourgoin-Jallieu (fictif)", "38053", 45.586, 5.274, 12000, True, False, False, False, Decimal("540000"), 0),
    ("DEMO-004", "Bâtiment d'activité — Champagnier (fictif)", "38068", 45.113, 5.720, 6500, True, False, False, False, None, 3),
    ("DEMO-005", "ZAC de la Loire — Andrézieux-Bouthéon (fictif)", "42005", 45.527, 4.261, 30000, False, False, True, False, Decimal("900000"), 12),
]


def load(stdout):
    from relocalisation.detection.demo import demo_agency
    from relocalisation.detection.models import Lead

    agency = demo_agency()
    today = timezone.localdate()
    for ref, name, commune, lat, lon, surface, serviced, brownfield, icpe, rail, price, months in PARCELS:
        LandParcel.objects.update_or_create(agency=agency, reference=ref, defaults={
            "name": name, "commune_id": commune, "latitude": lat, "longitude": lon, "surface_m2": surface,
            "serviced": serviced, "brownfield": brownfield, "icpe_allowed": icpe, "rail_access": rail,
            "price_eur": price, "rent_eur_m2_year": None if price else Decimal("45.00"), "zoning": "UX",
            "available_from": today + dt.timedelta(days=30 * months) if months else None,
            "owner_name": "Propriétaire fictif (démonstration)", "contact": "foncier@demo.relocalisation.example",
            "kind": "building" if "Bâtiment" in name else "land"})
    lead = Lead.objects.filter(agency=agency, stage="qualified").first()
    if lead and not lead.parcel_matches.exists():
        needs = services.Needs(surface_min=10000, surface_max=60000, departments=["01", "38"], icpe=True)
        found, _ = services.match(agency, needs)
        for m in found[:2]:
            services.record_match(lead, m, needs)
    stdout.write(f"Foncier : {len(PARCELS)} terrains fictifs pour « {agency.name} ».")
