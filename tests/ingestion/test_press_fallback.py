"""Fallback candidate generator (issue 6): names found in laureate passages whatever the phrasing.
Sentences written for these tests; companies are invented."""
from relocalisation.ingestion.press import extract

INTRO = "La préfecture a présenté les nouveaux lauréats du fonds de soutien à l'industrie.\n\n"


def names(text, spacy=False):
    return [lau["organisation"] for lau in extract(text, use_spacy=spacy).to_dict()["laureates"]]


def by_name(text, spacy=False):
    return {lau["organisation"]: lau for lau in extract(text, use_spacy=spacy).to_dict()["laureates"]}


def test_items_with_a_place_after_the_name_in_any_sentence():
    text = INTRO + ("Ont également obtenu un financement, en plus de Ferronnerie Lamarque à Millau (12), "
                    "Distillerie Vernet à Rodez (12), ainsi que Verrerie Castan à Albi (81).")
    found = by_name(text)
    assert set(found) == {"Ferronnerie Lamarque", "Distillerie Vernet", "Verrerie Castan"}
    assert found["Verrerie Castan"]["commune_insee"] == "81004"
    assert found["Distillerie Vernet"]["department_code"] == "12"


def test_bare_names_count_only_inside_an_enumeration():
    text = INTRO + "Les autres bénéficiaires du dispositif sont : Atelier Rivière, Brunet et Fils, Calmette Industrie, et Dorval."
    # With a comma before the last « et », the bare « et » belongs to a name.
    assert names(text) == ["Atelier Rivière", "Brunet et Fils", "Calmette Industrie", "Dorval"]
    lone = INTRO + "Les projets sont portés par des acteurs variés. Calmette Industrie en fait partie."
    assert "Calmette Industrie" not in names(lone)


def test_described_company_with_a_place_and_jobs():
    text = INTRO + "À Figeac (46), la menuiserie artisanale Solbois va agrandir son atelier et créer 12 emplois."
    lau = by_name(text)["Solbois"]
    assert (lau["commune_insee"], lau["jobs_created"]) == ("46102", 12)


def test_public_bodies_people_parents_and_headings_are_rejected():
    text = INTRO + ("ZOOM – Le plan de relance a soutenu vingt projets dans la région.\n\n"
                    "Le préfet Jean Martin, Bpifrance et la Région Occitanie ont salué les projets retenus : "
                    "Omega Composites à Castres (81).\n\n"
                    "La société Fromagerie Dubosc, du groupe Lactavia, a aussi été retenue.")
    found = names(text, spacy=True)
    assert "Omega Composites" in found and "Fromagerie Dubosc" in found
    for wrong in ("ZOOM", "Jean Martin", "Bpifrance", "Région Occitanie", "Occitanie", "Lactavia"):
        assert wrong not in found


def test_no_candidate_without_an_announcement():
    text = "L'usine Verdier à Limoges (87) fermera ses portes en mars ; 40 emplois sont menacés, dont ceux de Tessier à Aixe-sur-Vienne (87)."
    assert names(text) == []


def test_fallback_confidence_is_below_the_rules():
    text = INTRO + "Les entreprises retenues sont Alpha Joints à Vierzon (18) et Bêta Moules à Bourges (18).\n\n" \
        "Sont aussi aidées, sans autre précision, Gamma Plast à Tours (37), Delta Bois à Blois (41) et Epsilon à Dreux (28)."
    out = extract(text, use_spacy=False).to_dict()["laureates"]
    conf = {lau["organisation"]: lau["confidence"]["organisation"] for lau in out}
    assert conf["Alpha Joints"] >= 0.7  # rule « les entreprises retenues sont … »
    assert conf["Gamma Plast"] <= 0.55 and conf["Epsilon"] <= 0.55  # fallback


def test_lists_of_people_and_of_sectors_are_not_laureates():
    text = INTRO + ("Agnès Durand, Paul Lefort et Marc Olivier ont présenté les lauréats retenus dans quatre filières : "
                    "Santé, Agroalimentaire, Électronique et Aéronautique.")
    found = names(text, spacy=True)
    for wrong in ("Agnès Durand", "Paul Lefort", "Marc Olivier", "Santé", "Agroalimentaire", "Électronique", "Aéronautique"):
        assert wrong not in found
