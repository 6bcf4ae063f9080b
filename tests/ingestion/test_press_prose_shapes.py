"""Shapes met in the synthetic development sets P (realistic press) and L (agencies, collectivities), issue 6,
session 5: heading lines « Nom – Commune (Département) », figures in the paragraphs under them. Sentences written
for the tests (no sentence of an article; the companies are invented)."""
from relocalisation.ingestion.press import extract


def laureates(text, spacy=False, classifier=None):
    return {lau["organisation"]: lau for lau in extract(text, use_spacy=spacy, classifier=classifier).to_dict()["laureates"]}


def test_heading_line_name_dash_commune_and_departement_in_brackets():
    text = ("Relocalisation : trois lauréats à suivre dans la nouvelle vague\n\n"
            "Pharmalpes Synthèse – Saint-Marcellin (Isère)\n"
            "Le sous-traitant grenoblois rapatrie la production d'un antibiotique. L'atelier, un investissement de 14 M€, "
            "créera 30 emplois.\n\n"
            "Granulats du Velay – Brives-Charensac (Haute-Loire)\n"
            "La PME va produire des silicates pour l'industrie. Investissement : 3 M€, 12 emplois.\n")
    got = laureates(text)
    assert set(got) == {"Pharmalpes Synthèse", "Granulats du Velay"}
    lau = got["Pharmalpes Synthèse"]
    assert (lau["commune_name"], lau["investment_eur"], lau["jobs_created"]) == ("Saint-Marcellin", 14000000, 30)
    assert got["Granulats du Velay"]["jobs_created"] == 12
