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


def test_description_put_before_its_subject():
    text = ("Trois équipementiers soutenus par le fonds de modernisation de la filière automobile.\n\n"
            "Dirigée par Paul Mercier depuis 2010, Boîtiers Morvan usine des carters pour plusieurs constructeurs. "
            "L'entreprise investit 2,1 millions d'euros et recevra 700 000 euros.\n\n"
            "→ Start-up issue des laboratoires rennais, LUMIPHASE (Cesson-Sévigné) conçoit des capteurs optiques. "
            "Elle industrialise sa production avec 1,75 M€ d'investissement, soutenu à hauteur de 700 000 €.\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Boîtiers Morvan", "LUMIPHASE"}
    assert (got["LUMIPHASE"]["investment_eur"], got["LUMIPHASE"]["aid_eur"]) == (1750000, 700000)


def test_name_then_aside_then_verb():
    text = ("Quatre entreprises vosgiennes sont lauréates du fonds d'accélération.\n\n"
            "Scierie des Hautes Chaumes, entreprise familiale installée depuis 1962 à Rambervillers, va investir "
            "4,2 millions d'euros dans une unité de lamellé-collé.\n\n"
            "Enfin, les Tourneries du Lison, installées à Arbent depuis 1958, modernisent leur parc de tours "
            "(640 000 euros, dont 150 000 euros d'aide).\n\n"
            "Jacques Marchal, le directeur de l'agence, a salué ces projets.\n\n"
            "Bertolis, le cabinet choisi par la préfecture, accompagnera les projets retenus. Bertolis va aussi "
            "recenser les entreprises susceptibles d'être aidées.\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Scierie des Hautes Chaumes", "Tourneries du Lison"}
    assert (got["Tourneries du Lison"]["investment_eur"], got["Tourneries du Lison"]["aid_eur"]) == (640000, 150000)


def test_companies_listed_in_brackets_after_a_plural_noun():
    text = ("FLERS. Deux sous-traitants soutenus\nDeux entreprises flériennes (Emboutissage Ornais et l'Atelier "
            "Lecoq-Dupré) se partagent 740 000 euros du fonds de modernisation de la filière automobile.\n")
    assert set(laureates(text, classifier=None)) == {"Emboutissage Ornais", "Atelier Lecoq-Dupré"}


def test_workshop_noun_before_a_quoted_name():
    text = ("La charcuterie industrielle « Salaisons du Niolu », installée à Borgo, fait partie des lauréats de "
            "l'appel à projets (Re)localisation. Elle reçoit 310 000 euros pour un séchoir de 1,05 million d'euros.\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Salaisons du Niolu"}
    assert (got["Salaisons du Niolu"]["investment_eur"], got["Salaisons du Niolu"]["aid_eur"]) == (1050000, 310000)


def test_companies_not_retained_or_still_under_review_are_no_laureates():
    text = ("Trois entreprises du Cher sont lauréates du fonds de soutien.\n\n"
            "La société Pompes Berrichonnes, à Vierzon, investit 1,2 M€ avec une aide de 410 000 €.\n\n"
            "Je regrette que le dossier de la Fonderie Marlot, à Saint-Florent-sur-Cher, n'ait pas été retenu. "
            "Un autre dossier, celui de la société Laminoirs du Sancerrois, reste en cours d'instruction.\n")
    assert set(laureates(text, classifier=None)) == {"Pompes Berrichonnes"}


def test_dates_participles_and_project_names_are_no_organisations():
    text = ("Nordelec, lauréate de l'appel à projets « Résilience »\n\n"
            "Nous sommes fiers d'annoncer que notre projet « Cap Horizon » a été retenu par l'État.\n\n"
            "« Cap Horizon » représente un investissement de 5,2 millions d'euros. L'État y contribue à hauteur de "
            "1,6 million d'euros.\n\n"
            "À propos de Nordelec\nCréée en 1994, l'entreprise emploie 140 personnes et réalise un chiffre "
            "d'affaires de 18 millions d'euros.\n\n"
            "AGENDA\n• 11 mars : petit-déjeuner « Financer son projet industriel » à Lannion.\n")
    got = laureates(text, spacy=True, classifier=None)
    assert set(got) == {"Nordelec"}
    # One laureate in the whole text: its figures are read to the end, the revenue excepted.
    lau = got["Nordelec"]
    assert (lau["project"], lau["investment_eur"], lau["aid_eur"]) == ("Cap Horizon", 5200000, 1600000)


def test_place_first_sentences_with_a_description_or_a_side():
    text = ("Les lauréats du fonds de modernisation dans l'Ain.\n\n"
            "À Bellignat, le mouliste PLASTOFORM (42 salariés) investit 920 000 euros dans un centre d'usinage.\n\n"
            "Côté Charente-Maritime, les Ateliers Aéro Charentais, à Rochefort, modernisent leur chaîne de "
            "traitement de surface pour 2,3 M€.\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"PLASTOFORM", "Ateliers Aéro Charentais"}
    assert got["PLASTOFORM"]["investment_eur"] == 920000


def test_programme_named_without_quotes_is_recognised():
    text = ("Six nouveaux projets accompagnés\n\nLe préfet a validé six dossiers au titre du fonds d'accélération des "
            "investissements industriels dans les territoires. Le projet « Atelier 4.0 » de la société Brivex en fait "
            "partie.\n")
    programme = extract(text, use_spacy=False).to_dict()["announcement"]["programme"]
    assert programme == "fonds d'accélération des investissements industriels dans les territoires"


def test_count_of_new_laureates_in_looser_shapes():
    for text, n in (("Dans un secteur en mutation, trois entreprises de Saône-et-Loire viennent d'obtenir un soutien du "
                     "fonds de modernisation. La société Usimor investit 2 M€.\n", 3),
                    ("L'appel à projets vient de retenir quatre projets des Côtes-d'Armor. La société Lanvolt investit "
                     "3 M€.\n", 4)):
        assert extract(text, use_spacy=False).to_dict()["announcement"]["new_laureates"] == n
    # An earlier total is not the new count.
    text = "Le fonds a déjà soutenu 150 projets depuis l'été. La société Usimor investit 2 M€.\n"
    assert extract(text, use_spacy=False).to_dict()["announcement"]["new_laureates"] is None


def test_commune_in_brackets_after_the_name_and_département_written_after_de():
    text = ("Quatre entreprises costarmoricaines lauréates de l'appel à projets.\n\n"
            "→ La société Lumiblanc (Lannion) va rapatrier l'assemblage de ses modules optiques. Investissement : "
            "3,9 M€.\n")
    assert laureates(text, classifier=None)["Lumiblanc"]["commune_insee"] == "22113"
    # « de Saône-et-Loire » (no article) names the text's département: « Torcy » is the one there, not the larger
    # Torcy of Seine-et-Marne.
    text = ("Saône-et-Loire : l'État soutient trois équipementiers\n\nTrois entreprises de Saône-et-Loire sont "
            "lauréates du fonds de modernisation. Le préfet de Saône-et-Loire l'a annoncé jeudi.\n\n"
            "Enfin, à Torcy, Mécanique Carel recevra 380 000 euros pour automatiser son atelier.\n")
    assert laureates(text, classifier=None)["Mécanique Carel"]["commune_insee"] == "71540"


def test_site_commune_before_the_owner_and_engage_as_investment():
    text = ("Trois sous-traitants soutenus par le fonds de modernisation de la filière automobile.\n\n"
            "Un peu plus au sud, le site de Montélimar de Caoutchoucs Drômois (CDR) se dote d'une presse à injection. "
            "Montant du programme : 3,1 M€, dont 900 000 € subventionnés.\n\n"
            "Usinages Adour, à Tarnos (40), engage 3,2 M€ dans un îlot d'usinage. L'aide de l'État s'élève à 1,1 M€.\n")
    got = laureates(text)
    assert "Caoutchoucs Drômois" in got and not any(k.startswith("Montélimar") for k in got)
    assert (got["Usinages Adour"]["investment_eur"], got["Usinages Adour"]["aid_eur"]) == (3200000, 1100000)


ALIGNED = (
    "Fonds d'accélération des investissements industriels dans les territoires\n"
    "Comité régional de sélection – Projets retenus\n\n"
    "Entreprise                      Commune                  Dépt   Investissement   Aide État   Emplois\n"
    "                                                                 éligible (€)      (€)       créés\n"
    "Mécanique Fine de              Saint-Dié-des-            88      2 340 000        400 000       6\n"
    "la Fave                         Vosges\n"
    "LORELEC                         Golbey                    88        980 500        190 000       3\n\n"
    "Préfecture – 5 place de la République – 67073 Strasbourg Cedex        1/2\n"
    "----------------------------------------------------------------------------------------------\n"
    "Entreprise                      Commune                  Dépt   Investissement   Aide État   Emplois\n"
    "Imprimerie Barisienne           Bar-le-Duc                55      1 890 000        280 000       5\n\n"
    "TOTAL (3 projets)                                                5 210 500        870 000      14\n")


def test_table_aligned_with_spaces_as_copied_from_a_pdf():
    doc = extract(ALIGNED, use_spacy=False, classifier=None).to_dict()
    got = {lau["organisation"]: lau for lau in doc["laureates"]}
    assert set(got) == {"Mécanique Fine de la Fave", "LORELEC", "Imprimerie Barisienne"}
    lau = got["Mécanique Fine de la Fave"]  # name and commune broken over two lines
    assert (lau["commune_insee"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == ("88413", 2340000, 400000, 6)
    assert got["Imprimerie Barisienne"]["commune_insee"] == "55029"
    ann = doc["announcement"]
    assert (ann["new_laureates"], ann["investment_eur"], ann["aid_eur"]) == (3, 5210500, 870000)


def test_fiches_with_labelled_lines():
    text = ("France Relance : deux projets retenus au titre de la (re)localisation dans les secteurs critiques\n\n"
            "Fiche lauréat n° 1\nLauréat : Laboratoires du Ségala\nLocalisation : Rodez (Aveyron)\n"
            "Secteur : santé – façonnage de comprimés\nProjet : « GELULIS », nouvelle ligne de formes sèches\n"
            "Coût du projet : 3,4 M€\nMontant de l'aide : 1 050 000 €\nEmplois : + 11 CDI d'ici fin 2022\n\n"
            "Fiche lauréat n° 2\nLauréat : Chimie Castraise\nLocalisation : Castres (81)\n"
            "Secteur : intrants essentiels de l'industrie\nCoût du projet : 5 200 000 € HT\n"
            "Montant de l'aide : deux millions d'euros\nEmplois : une quinzaine de créations\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Laboratoires du Ségala", "Chimie Castraise"}
    lau = got["Laboratoires du Ségala"]
    assert (lau["project"], lau["sector"], lau["jobs_created"], lau["aid_eur"]) == ("GELULIS", "santé", 11, 1050000)
    assert got["Chimie Castraise"]["jobs_created"] == 15


def test_numbered_decisions_with_comma_place_and_lower_case_adjective():
    text = ("La commission permanente a attribué l'aide régionale à la relocalisation :\n\n"
            "1. Filatures de Somme maritime, à Abbeville – subvention de 180 000 euros sur un investissement de "
            "950 000 € HT.\n\n"
            "2. Biscuits Lemoine et Fille, Beauvais (Oise) – subvention de 90 000 € pour un four de 1,4 M€.\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Filatures de Somme maritime", "Biscuits Lemoine et Fille"}
    assert got["Biscuits Lemoine et Fille"]["commune_insee"] == "60057"


def test_name_ending_with_an_adjective_and_bracketed_amount_taken_for_an_aid():
    text = ("Relance industrielle : quatre projets normands\n\n"
            "À Vire Normandie (Calvados), les Conserves du Bocage virois, filiale du groupe Terrenor, construisent un "
            "atelier de fumage. Le projet, lauréat de l'appel à projets « Résilience », représente 2,6 M€.\n\n"
            "Au port de Fécamp, les Filets Cauchois modernisent leur atelier de filetage (1 150 000 €). Lauréats du "
            "fonds d'accélération, ils reçoivent 230 000 €.\n")
    got = laureates(text, classifier=None)
    assert "Conserves du Bocage virois" in got
    assert (got["Filets Cauchois"]["investment_eur"], got["Filets Cauchois"]["aid_eur"]) == (1150000, 230000)


def test_press_kit_by_département():
    text = ("DOSSIER DE PRESSE\nTroisième relève : 19 nouveaux projets\n\n"
            "Le comité État-Région a retenu 19 projets supplémentaires, qui rejoignent les 64 déjà soutenus depuis "
            "l'automne.\n\nSAÔNE-ET-LOIRE\nLe projet « Forge 2025 » des Aciéries et Forges du Charolais (AFC) porte sur "
            "une presse de forgeage. Montant : 4,8 M€ ; aide : 800 000 € ; 20 emplois créés.\n\n"
            "HAUTE-SAÔNE\nJeune pousse de la fabrication additive, IMPRIM 3D s'agrandit à Héricourt : 650 000 € "
            "investis, 130 000 € d'aide, 3 postes.\n")
    doc = extract(text, use_spacy=False, classifier=None).to_dict()
    got = {lau["organisation"]: lau for lau in doc["laureates"]}
    assert set(got) == {"Aciéries et Forges du Charolais", "IMPRIM 3D"}
    assert got["Aciéries et Forges du Charolais"]["project"] == "Forge 2025"
    assert (doc["announcement"]["new_laureates"], doc["announcement"]["previous_laureates"]) == (19, 64)


def test_adjourned_and_rejected_items_rows_and_signatures_are_no_laureates():
    text = ("Relevé des décisions du comité du fonds de modernisation aéronautique\n\n"
            "1) Projets retenus\n\na) Usinage Tarbais : subvention de 400 000 € pour un centre d'usinage de 1,5 M€.\n\n"
            "2) Projets ajournés\n\na) Mécanique du Comminges : le comité demande un plan de financement consolidé.\n\n"
            "3) Projets non retenus\n\na) Forges du Volvestre (Carbonne) : le projet relève d'une simple maintenance.\n\n"
            "Article 4 : d'ajourner l'examen de la demande présentée par Polymères Mayennais (Laval).\n\n"
            "DOSSIER EN ATTENTE\nBénéficiaire pressenti : Tissages Creusois, à Aubusson (23)\n"
            "Statut : ajourné – pièces à compléter.\n\n"
            "Vague 2 (mars 2021)\nTotal : 400 000 €\n\nFait à Toulouse, pour le préfet de région.\n")
    assert set(laureates(text, classifier=None)) == {"Usinage Tarbais"}


def test_space_aligned_table_cells_are_read_by_the_table_only():
    text = ("Annexe 2 – Appel à projets « Résilience » – lauréats de la région\n\n"
            "Raison sociale              Commune (dépt)        Secteur            Aide        Emplois\n"
            "Fonderie Sambrienne de      Maubeuge (59)         Automobile         1 250 000   22\n"
            "Précision\n"
            "Emballages du Béthunois     Bruay-la-             Agroalimentaire    355 000     -\n"
            "Souples                     Buissière (62)\n")
    got = laureates(text)
    assert set(got) == {"Fonderie Sambrienne de Précision", "Emballages du Béthunois Souples"}
    assert got["Fonderie Sambrienne de Précision"]["commune_insee"] == "59392"
    assert got["Emballages du Béthunois Souples"]["commune_insee"] == "62178"


def test_list_pasted_with_semicolons_total_row_and_acronym_alias():
    text = ("Objet : TR: Territoires d'industrie - liste vague 3\n\nCi-dessous la liste des lauréats du fonds "
            "d'accélération des investissements industriels dans les territoires (montants = aide accordée).\n\n"
            "Nom;Commune;Montant\nFaïencerie Sarroise;Sarreguemines;285000\nForges Ardennaises (FAR);Sedan;530000\n"
            "TOTAL;;815000\n\nLes entreprises accompagnées par notre cabinet sont FAR et Faïencerie Sarroise.\n")
    doc = extract(text, use_spacy=False, classifier=None).to_dict()
    got = {lau["organisation"]: lau for lau in doc["laureates"]}
    assert set(got) == {"Faïencerie Sarroise", "Forges Ardennaises"}  # « FAR » is the second one, named again
    assert (got["Forges Ardennaises"]["aid_eur"], got["Forges Ardennaises"]["commune_insee"]) == (530000, "08409")
    assert (doc["announcement"]["aid_eur"], doc["announcement"]["new_laureates"]) == (815000, 2)


def test_running_totals_are_not_the_new_count():
    for text in ("Relance : la société Brivex investit 2 M€.\n\n> L'agence a accompagné 41 entreprises lauréates du plan "
                 "de relance depuis 2020.\n",
                 "Relance : la société Brivex investit 2 M€. Avec cette vague, 61 entreprises bretonnes ont été soutenues "
                 "depuis l'ouverture du dispositif.\n"):
        assert extract(text, use_spacy=False).to_dict()["announcement"]["new_laureates"] is None
    text = "Trois projets sont retenus. Ils s'ajoutent aux 47 projets déjà retenus depuis le lancement du dispositif.\n"
    assert extract(text, use_spacy=False).to_dict()["announcement"]["previous_laureates"] == 47


def test_dash_table_in_a_text_with_a_pipe_and_prose_after_it():
    text = ("INDUSTRIE | Intrants essentiels : la chimie du Sud relève la tête\n\n"
            "Le Sud compte deux nouveaux lauréats du volet « intrants essentiels » de France Relance.\n\n"
            "Entreprise – Commune – Montant de l'aide\n"
            "Résines de Grasse – Grasse (06) – 1,9 M€\n"
            "Chimie Fine de Haute-Provence (CFHP) – Manosque (04) – 735 000 €\n\n"
            "Chez Résines de Grasse, l'investissement de 6,5 M€ doit permettre d'extraire sur place des molécules "
            "aromatiques ; 22 emplois sont annoncés. Le projet « Luberon Synthèse » de CFHP (2,45 M€) vise la "
            "production de solvants biosourcés.\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Résines de Grasse", "Chimie Fine de Haute-Provence"}
    lau = got["Résines de Grasse"]
    assert (lau["aid_eur"], lau["investment_eur"], lau["jobs_created"]) == (1900000, 6500000, 22)
    assert got["Chimie Fine de Haute-Provence"]["aid_eur"] == 735000


def test_sector_from_a_section_title():
    text = ("DOSSIER DE PRESSE\nRelocalisation dans les secteurs critiques : deux projets retenus\n\n"
            "▌AGROALIMENTAIRE\nÀ Crest, dans la Drôme, les Pâtes de la Drôme construisent une unité de séchage "
            "(2,6 M€ investis, 650 000 € d'aide).\n\n"
            "## Électronique\nOptilab Voiron, PME de Voiron (38), industrialise des capteurs : 3,8 M€ d'investissement.\n")
    got = laureates(text, classifier=None)
    assert got["Pâtes de la Drôme"]["sector"] == "agroalimentaire"
    assert got["Optilab Voiron"]["sector"] == "électronique"


def test_tab_table_acronym_cells_email_headers_and_withdrawn_rows():
    text = ("De : Sandrine Poupard <s.poupard@example.org>\nEnvoyé : mardi 30 mars 2021 17:42\n"
            "Objet : TR: Résilience – lauréats (relève de mars)\n\nCi-dessous la liste des lauréats de l'appel à "
            "projets « Résilience ».\n\n"
            "Lauréat\tSite\tDpt\tSecteur\tInvest. (€)\tAide (€)\tEmplois créés\n"
            "Textiles Médicaux des Vosges\tRemiremont\t88\tsanté\t3 100 000\t800 000\t22\n"
            "HGE – Haguenau Électronique\tHaguenau\t67\télectronique\t2 400 000\t640 000\t14\n"
            "PLOM (Plastiques de l'Oise Moulés)\tNoyon\t60\tsanté\t1 700 000\t260 000\t5\n"
            "Laboratoires Sedanais\tSedan\t08\tsanté\t—\t—\tretiré par l'entreprise\n")
    got = laureates(text, classifier=None)
    assert set(got) == {"Textiles Médicaux des Vosges", "Haguenau Électronique", "Plastiques de l'Oise Moulés"}
    lau = got["Textiles Médicaux des Vosges"]
    assert (lau["commune_insee"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == ("88383", 3100000, 800000, 22)


def test_labels_and_place_fragments_of_fiches_are_no_laureates():
    text = ("Deux entreprises bretonnes lauréates du fonds de soutien.\n\n"
            "Bénéficiaire : Armor Conserverie\nImplantation : Pontivy (56)\nAvance remboursable : 300 000 €\n\n"
            "Raison sociale : Léon Menuiseries\nSite : Landerneau (29)\nSubvention : 120 000 €\n")
    got = laureates(text)
    assert "Avance remboursable" not in got and not any(k.startswith("Pontivy") for k in got)
    assert {"Armor Conserverie", "Léon Menuiseries"} <= set(got)
