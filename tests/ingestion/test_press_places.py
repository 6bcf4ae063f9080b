"""Place resolution against the COG shipped in the package (no database), homonyms by context."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.places import default_gazetteer, norm

GAZ = default_gazetteer()


INTRO = "Le Gouvernement annonce les lauréats retenus.\n\n"


def place_of(text):
    laureates = extract(INTRO + text, use_spacy=False).laureates
    assert laureates, text
    lau = laureates[0]
    return lau.get("commune_insee"), lau.get("department_code"), lau.get("region_code")


@pytest.mark.parametrize("text, code", [
    ("- Dupont Industries – Saint-Herblain (44) : une PME qui fabrique des composants.", "44162"),
    ("- Dupont Industries (Lannion – 22) : une PME qui fabrique des composants.", "22113"),
    ("- Dupont Industries (Lannion, 22) : une PME qui fabrique des composants.", "22113"),
    ("- Dupont Industries : une TPE basée à Champagnier qui fabrique des composants électroniques.", "38068"),
    ("- Dupont Industries : le site de Bourgoin-Jallieu produira des médicaments.", "38053"),
    ("- Dupont Industries : filiale installée sur la plateforme Roussillon en Isère, elle produit du phénol.", "38344"),
    ("- Dupont Industries : l'entreprise implantée à Roussillon (Vaucluse) produit des ocres.", "84102"),
    ("- Dupont Industries (Valence, 82) : une PME qui fabrique des emballages.", "82186"),
    ("- Dupont Industries (Valence, Drôme) : une PME qui fabrique des emballages.", "26362"),
    ("- Dupont Industries (Saint-Priest, 69) : une PME qui fabrique des seringues.", "69290"),
    ("- Dupont Industries (St-Priest, 07) : une PME qui fabrique des seringues.", "07288"),
    ("- Dupont Industries (Saint-Étienne) : une PME qui fabrique des seringues.", "42218"),
    ("- Dupont Industries, à Lamballe-Armor (22) : une PME qui fabrique des plats cuisinés.", "22093"),
])
def test_commune_phrasings(text, code):
    assert place_of(text)[0] == code


def test_homonym_resolved_by_the_territory_of_the_text():
    text = ("Le préfet de la Drôme salue les lauréats de la Drôme.\n\n"
            "- Dupont Industries : une PME installée à Valence qui fabrique des composants électroniques.\n")
    assert place_of(text) == ("26362", "26", "84")


def test_activity_split_between_cities_takes_the_one_in_the_territory():
    text = ("En Isère, ce sont 2 entreprises qui remportent ce soutien :\n"
            "- Alpha : PME spécialisée en électronique. Une activité répartie entre Paris, Caen et Grenoble.\n"
            "- Beta : PME installée à Voiron (38) qui fabrique des capteurs.\n")
    laureates = extract(INTRO + text, use_spacy=False).laureates
    assert laureates[0].get("commune_insee") == "38185"


def test_department_only_when_no_commune():
    text = "- Dupont Industries : une PME de l'Isère (38) qui fabrique des composants électroniques, 12 emplois."
    commune, dep, reg = place_of(text)
    assert commune is None and dep == "38" and reg == "84"


def test_resolver_api():
    assert GAZ.resolve("Roussillon", "38")[0].code == "38344"
    assert GAZ.resolve("Roussillon", "84")[0].code == "84102"
    assert GAZ.resolve("Roussillon", context_departments=["84"])[0].code == "84102"
    assert GAZ.resolve("Valence", context_regions=["76"])[0].code == "82186"
    ref, confidence = GAZ.resolve("Roussillon")  # no context: the most populated, with a low confidence
    assert ref.code == "38344" and confidence < 0.5
    assert GAZ.resolve("Nowhere-sur-Rien") == (None, 0.0)
    assert GAZ.department_code("Côtes-d'Armor") == "22"
    assert GAZ.department_code("2A") == "2A"
    assert norm("St-Étienne") == "saint etienne"


# Every commune whose name is unique within its département resolves from « Name (dep) ».
_UNIQUE = sorted((refs[0].name, r.department, r.code) for key, refs in GAZ.communes.items()
                 for r in refs if sum(1 for x in refs if x.department == r.department) == 1
                 and "(" not in r.name)  # « Castillon (Canton de Lembeye) » cannot sit inside parentheses


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=len(_UNIQUE) - 1))
def test_any_commune_with_its_department_code(i):
    name, dep, code = _UNIQUE[i]
    ref = GAZ.resolve(name, dep)[0]
    assert ref is not None and ref.code == code


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.integers(min_value=0, max_value=len(_UNIQUE) - 1))
def test_any_commune_in_a_bullet(i):
    name, dep, code = _UNIQUE[i]
    ref = GAZ.by_code[code]
    text = f"- Société Exemple ({ref.name}, {dep}) : une PME qui fabrique des composants électroniques.\n"
    commune, department, _ = place_of(text)
    assert commune == code and department == dep


def test_common_words_are_not_taken_for_places():
    # « Plan » (Isère) and « Y » (Somme) are communes, but not here.
    text = ("- Dupont Industries : une PME de Grenoble (38) qui profite du Plan de relance. Y compris "
            "pour fabriquer des composants électroniques.")
    assert place_of(text)[0] == "38185"
    text = "- Dupont Industries : une PME qui profite du Plan de relance pour fabriquer des composants électroniques."
    assert place_of(text)[0] is None
