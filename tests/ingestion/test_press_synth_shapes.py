"""Shapes met in the synthetic development set A (issue 6, session 4): lists of names in an aside, names with
lower-case words (« Ateliers réunis de la Vire », « Maison Roux et fils »), a laureate phrase put before its
subject, tables written with dashes, bullets opened by their place, a laureate named again at the start of a
later sentence, bare amounts next to an aid. Sentences written for the tests (no sentence of an article; the
companies are invented)."""
from relocalisation.ingestion.press import extract


def laureates(text, spacy=False, classifier="default"):
    return {lau["organisation"]: lau for lau in extract(text, use_spacy=spacy, classifier=classifier).to_dict()["laureates"]}


def test_every_name_of_a_list_holding_a_laureate_is_a_laureate():
    text = ("Décarbonation : quatre sites normands soutenus\n\n"
            "Quatre industriels normands (Verrerie Caux & Co, Normandie Plasturgie, SMTP et les Ateliers réunis de "
            "la Vire) bénéficient du soutien de l'État au titre du fonds décarbonation de l'industrie, pour un total "
            "de 3,2 millions d'euros d'aide. Vosges Bois, de son côté, attend la prochaine vague.\n")
    got = laureates(text, spacy=True)
    assert set(got) == {"Verrerie Caux & Co", "Normandie Plasturgie", "SMTP", "Ateliers réunis de la Vire"}
    # The list's total is nobody's aid.
    assert {lau["aid_eur"] for lau in got.values()} == {None}


def test_a_list_of_places_or_people_gives_no_sibling():
    text = ("Trois entreprises sont soutenues par le fonds : Boisléger à Tartas pour 310 000 euros, Palex à "
            "Morcenx-la-Nouvelle pour 150 000 euros et Darbo à Pissos pour 90 000 euros. Le sous-préfet, "
            "accompagné de Marc Dupuis et Jeanne Roux, a salué ces projets.\n")
    assert set(laureates(text)) == {"Boisléger", "Palex", "Darbo"}


def test_family_suffix_belongs_to_the_name():
    text = ("Trois entreprises du Jura sont lauréates de l'appel à projets « Résilience » : Maison Roux et fils, "
            "installée à Champagnole, investit 1,2 million d'euros.\n")
    assert "Maison Roux et fils" in laureates(text, classifier=None)


def test_laureate_phrase_before_its_subject():
    text = ("Plan de relance : une cartonnerie s'agrandit\n\n"
            "Lauréate du fonds d'accélération des investissements industriels dans les territoires, la Cartonnerie "
            "du Léman, filiale du groupe Papeco, va créer une vingtaine d'emplois à Thonon-les-Bains "
            "(Haute-Savoie). Le projet, d'un montant de 4 M€, est soutenu à hauteur de 600 000 €.\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Cartonnerie du Léman"}
    lau = got["Cartonnerie du Léman"]
    assert (lau["commune_insee"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == ("74281", 4000000, 600000, 20)


DASH_TABLE = (
    "Fonds d'accélération : sept entreprises retenues\n\n"
    "Le comité a retenu les entreprises suivantes.\n\n"
    "Entreprise – Commune – Investissement – Aide\n"
    "Forges Cauchoises – Fécamp – 2 000 000 € – 350 000 €\n"
    "Marin & Fils – Évreux – 1 200 000 € – 200 000 €\n"
    "Plasturgie du Val (PDV) – Saint-Lô – 900 000 € – 180 000 €\n"
)


def test_table_written_with_dashes_reads_each_cell_by_its_column():
    got = laureates(DASH_TABLE, classifier=None)
    assert set(got) == {"Forges Cauchoises", "Marin & Fils", "Plasturgie du Val"}
    assert [(got[k]["investment_eur"], got[k]["aid_eur"]) for k in ("Forges Cauchoises", "Marin & Fils")] == [
        (2000000, 350000), (1200000, 200000)]
    # The commune is the commune column's, not a word of the name (« Marin » is also a commune).
    assert got["Marin & Fils"]["commune_insee"] == "27229"
    assert got["Plasturgie du Val"]["commune_insee"] == "50502"


def test_bullets_opened_by_their_place():
    text = ("Parmi les projets retenus dans cette vague :\n"
            "- à Vénissieux (Rhône), les Fonderies Rhodaniennes relocalisent la fabrication de pièces ;\n"
            "- à Vendôme (Loir-et-Cher), Ondes Centre assemblera des antennes pour les réseaux 5G ;\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Fonderies Rhodaniennes", "Ondes Centre"}
    assert got["Ondes Centre"]["commune_insee"] == "41269"


def test_laureate_named_again_opens_its_own_passage():
    text = ("Six nouveaux projets sont accompagnés par le fonds d'accélération.\n\n"
            "En Aveyron, trois entreprises sont concernées (Cartons du Ségala et Salaisons du Larzac à Rodez, "
            "Gants Millavois à Millau). Cartons du Ségala investit 3,8 M€ dans une ligne de barquettes (aide : "
            "700 000 €). Les Salaisons du Larzac agrandissent leur séchoir (2,4 M€, aide de 450 000 €, 12 emplois). "
            "Gants Millavois, qui réalise 3 M€ de chiffre d'affaires, modernise son atelier pour 900 000 €, avec une "
            "aide de 250 000 €.\n")
    got = laureates(text, classifier=None)
    assert [(got[k]["investment_eur"], got[k]["aid_eur"]) for k in ("Cartons du Ségala", "Salaisons du Larzac",
                                                                    "Gants Millavois")] == [
        (3800000, 700000), (2400000, 450000), (900000, 250000)]
    assert got["Salaisons du Larzac"]["jobs_created"] == 12


def test_two_bare_amounts_side_by_side_are_investment_then_aid():
    text = ("Cinq entreprises sont retenues dans l'appel à projets « Résilience » :\n"
            "• Bocage Cartes, Montaigu-Vendée (85) – assemblage de cartes électroniques ; 2,8 M€, dont 860 000 € "
            "apportés par l'État.\n"
            "• Textiles du Thoré, à Mazamet (81) – lavage de laine (2,6 M€ ; 500 000 €).\n")
    got = laureates(text, classifier=None)
    assert (got["Bocage Cartes"]["investment_eur"], got["Bocage Cartes"]["aid_eur"]) == (2800000, 860000)
    assert (got["Textiles du Thoré"]["investment_eur"], got["Textiles du Thoré"]["aid_eur"]) == (2600000, 500000)


def test_commune_written_without_its_article_is_no_laureate():
    text = ("Les entreprises retenues :\n"
            "• Biolait des Marais, aux Herbiers (85) – ingrédients laitiers ; 3,6 M€ d'investissement pour une aide "
            "de 1,2 M€.\n"
            "• Les Ateliers de la Sèvre (Cholet, 49) – surblouses médicales ; 2,1 M€ investis.\n")
    got = laureates(text)
    assert "Herbiers" not in got and "Sèvre" not in got
    assert "Ateliers de la Sèvre" in got or "Les Ateliers de la Sèvre" in got
