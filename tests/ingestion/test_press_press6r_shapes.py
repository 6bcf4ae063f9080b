"""Shapes of regional and national press prose (synthetic development set R, issue 6): companies named after their
town, départements « dans les … », fronted leads, asides, aid verbs. Sentences written for the tests (no sentence
of an article; the companies are invented)."""
from relocalisation.ingestion.press import extract


def laureates(text, spacy=False, classifier=None):
    return {lau["organisation"]: lau for lau in extract(text, use_spacy=spacy, classifier=classifier).to_dict()["laureates"]}


def test_company_named_after_its_town_gets_that_commune():
    text = ("Relance : deux industriels de la Sarthe soutenus\n\n"
            "Dans la Sarthe, la société Mamers Conditionnement va investir 2 millions d'euros dans une ligne de "
            "flaconnage. Elle reçoit une aide de 400 000 euros et prévoit 8 emplois.\n")
    lau = laureates(text)["Mamers Conditionnement"]
    assert (lau["commune_insee"], lau["department_code"]) == ("72180", "72")


def test_department_after_dans_les():
    text = ("Relance : un lauréat pyrénéen\n\n"
            "La société Pyrène Verre Technique, dans les Hautes-Pyrénées, va investir 3 millions d'euros. Elle reçoit "
            "une aide de 500 000 euros.\n")
    assert laureates(text)["Pyrène Verre Technique"]["department_code"] == "65"
