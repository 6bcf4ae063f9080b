import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from relocalisation.detection import maps
from relocalisation.detection.models import Lead
from relocalisation.land import services
from relocalisation.land.models import LandParcel, ParcelMatch

pytestmark = pytest.mark.django_db

HEADER = "reference;nom;nature;commune;surface_m2;viabilise;friche;disponible_le;prix_eur;latitude;longitude;icpe;embranchement_ferre\n"
GOOD = (HEADER
        + "A1;Lot A1;terrain;38185;20000;oui;non;2026-03-01;1 200 000,50;45.19;5.72;oui;non\n"
        + "A2;Friche B;terrain bâti;69123;50000;non;oui;01/09/2027;;45.75;4.85;oui;oui\n")


@pytest.fixture
def client_agency(client, agency_user):
    client.force_login(agency_user)
    return client


def upload(client, text, name="foncier.csv"):
    return client.post(reverse("land:import"), {"file": SimpleUploadedFile(name, text.encode("utf-8"))})


def test_import_creates_then_updates(client_agency, agency):
    response = upload(client_agency, GOOD)
    assert response.status_code == 200 and "Import réussi" in response.content.decode()
    a1 = LandParcel.objects.get(agency=agency, reference="A1")
    assert a1.surface_m2 == 20000 and a1.serviced and a1.icpe_allowed and not a1.rail_access
    assert str(a1.price_eur) == "1200000.50" and a1.available_from == dt.date(2026, 3, 1)
    assert LandParcel.objects.get(reference="A2").kind == "both"
    response = upload(client_agency, GOOD.replace("Lot A1", "Lot A1 bis"))
    assert "mis à jour" in response.content.decode()
    assert LandParcel.objects.filter(agency=agency).count() == 2
    assert LandParcel.objects.get(reference="A1").name == "Lot A1 bis"


def test_import_is_atomic_with_french_report(client_agency, agency):
    bad = GOOD + "A3;;terrain;99999;-5;peut-être;non;31/02/2026;abc;45;;oui;non\n"
    response = upload(client_agency, bad)
    body = response.content.decode()
    assert response.status_code == 400 and "rien n'a été enregistré" in body
    for message in ("nom obligatoire", "code INSEE inconnu", "valeur positive attendue", "« oui » ou « non »",
                    "date attendue", "montant attendu", "latitude et longitude vont ensemble"):
        assert message in body, message
    assert not LandParcel.objects.exists()
    response = upload(client_agency, "foo;bar\n1;2\n")
    assert response.status_code == 400 and "colonnes obligatoires absentes" in response.content.decode()
    response = upload(client_agency, HEADER + "A1;x;terrain;38185;1;oui;non;;;;;oui;non\nA1;y;terrain;38185;1;oui;non;;;;;oui;non\n")
    assert "en double" in response.content.decode()


def parcel(agency, name, **kw):
    defaults = {"surface_m2": 10000, "commune_id": "38185"}
    defaults.update(kw)
    return LandParcel.objects.create(agency=agency, name=name, **defaults)


def test_matching_filters_and_ranks_with_reasons(agency, other_agency):
    good = parcel(agency, "Bon", surface_m2=20000, serviced=True, icpe_allowed=True, latitude=45.19, longitude=5.72)
    parcel(agency, "Trop petit", surface_m2=2000, icpe_allowed=True)
    parcel(agency, "Sans ICPE", surface_m2=20000)
    parcel(agency, "Trop tard", surface_m2=20000, icpe_allowed=True, available_from=dt.date(2030, 1, 1))
    parcel(agency, "Ailleurs", surface_m2=20000, icpe_allowed=True, commune_id="69123")
    ok2 = parcel(agency, "Moins bien", surface_m2=28000, icpe_allowed=True)
    parcel(other_agency, "Autre agence", surface_m2=20000, icpe_allowed=True)
    needs = services.Needs(surface_min=10000, surface_max=30000, needed_by=dt.date(2027, 1, 1), departments=["38"],
                           icpe=True)
    found, rejected = services.match(agency, needs)
    assert [m.parcel for m in found] == [good, ok2]
    assert "viabilisé" in found[0].reasons and found[0].score > found[1].score
    why = {p.name: reason for p, reason in rejected}
    assert "inférieure au minimum" in why["Trop petit"] and why["Sans ICPE"] == "ICPE non autorisées"
    assert "disponible seulement" in why["Trop tard"] and why["Ailleurs"] == "hors des territoires demandés"
    assert "Autre agence" not in why


def test_radius_uses_parcel_coordinates(agency):
    near = parcel(agency, "Grenoble", latitude=45.188, longitude=5.724)
    parcel(agency, "Lyon", commune_id="69123", latitude=45.757, longitude=4.832)
    parcel(agency, "Sans point", commune_id="38053")
    assert round(services.distance_km((45.188, 5.724), (45.757, 4.832))) in range(90, 96)
    found, rejected = services.match(agency, services.Needs(centre=(45.19, 5.72), radius_km=30))
    assert [m.parcel for m in found] == [near]
    assert {p.name for p, _ in rejected} == {"Lyon", "Sans point"}
    assert services.centre_of_commune(agency, "38185") == (45.188, 5.724)
    assert services.centre_of_commune(agency, "38053") is None


def test_match_page_records_on_lead(client_agency, agency):
    good = parcel(agency, "Bon", surface_m2=20000, serviced=True)
    lead = Lead.objects.create(agency=agency, name="Projet")
    params = {"surface_min": 10000, "surface_max": 30000, "territories": "38", "lead": str(lead.pk)}
    response = client_agency.get(reverse("land:match"), params)
    assert response.status_code == 200 and "Bon" in response.content.decode()
    response = client_agency.post(reverse("land:match"), {**params, "parcel": [good.pk]})
    assert response.status_code == 302
    match = ParcelMatch.objects.get(lead=lead, parcel=good)
    assert match.criteria["surface_min"] == 10000 and "viabilisé" in match.reasons
    assert "Bon" in client_agency.get(reverse("detection:lead", args=[lead.pk])).content.decode()
    bad = client_agency.get(reverse("land:match"), {"surface_min": 5, "surface_max": 1, "radius_km": 10})
    assert bad.status_code == 400 and "surface maximale" in bad.content.decode()
    assert client_agency.get(reverse("land:match"), {"lead": "pas-un-uuid"}).status_code == 404


def test_match_radius_from_commune_without_parcels_warns(client_agency, agency):
    parcel(agency, "Bon")
    response = client_agency.get(reverse("land:match"), {"surface_min": 1, "centre_commune": "38053", "radius_km": 20})
    assert response.status_code == 200 and "pas pu être appliqué" in response.content.decode()


def test_map_projection_places_points_in_their_department(client_agency, agency):
    import re

    # Grenoble (38), Lyon (69), Brest (29), Strasbourg (67), Ajaccio (2A) fall inside their département's box
    paths = {p["code"]: p["d"] for p in maps.department_paths()}

    def bbox(d):
        x = y = 0.0
        xs, ys = [], []
        numbers = [float(n) for n in re.findall(r"-?\d*\.?\d+", d)]
        for i in range(0, len(numbers), 2):
            x, y = x + numbers[i], y + numbers[i + 1]
            xs.append(x); ys.append(y)
        return min(xs), min(ys), max(xs), max(ys)

    for code, lat, lon in [("38", 45.188, 5.724), ("69", 45.757, 4.832), ("29", 48.39, -4.486),
                           ("67", 48.573, 7.752), ("2A", 41.919, 8.738)]:
        x, y = maps.project(lat, lon)
        x0, y0, x1, y1 = bbox(paths[code])
        assert x0 <= x <= x1 and y0 <= y <= y1, code
    parcel(agency, "Point", latitude=45.188, longitude=5.724)
    parcel(agency, "Sans point")
    response = client_agency.get(reverse("land:map"))
    html = response.content.decode()
    assert response.status_code == 200 and html.count('class="dt-point"') == 1 and "Sans point" in html
    x, y = maps.project(45.188, 5.724)
    assert f'cx="{x}" cy="{y}"' in html  # not localised (« 45,6 » would be an invalid SVG coordinate)


def test_parcel_pages(client_agency, agency):
    response = client_agency.post(reverse("land:parcels"), {"name": "Nouveau", "kind": "land", "surface_m2": 5000,
                                                            "commune_code": "38185"})
    assert response.status_code == 302
    p = LandParcel.objects.get(name="Nouveau")
    assert p.agency == agency and p.commune_id == "38185"
    bad = client_agency.post(reverse("land:parcels"), {"name": "X", "kind": "land", "surface_m2": 5,
                                                       "commune_code": "99999", "latitude": 45})
    assert bad.status_code == 400 and "Commune inconnue" in bad.content.decode()
    assert client_agency.get(reverse("land:parcel", args=[p.pk])).status_code == 200
