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


def test_adverb_glued_to_the_place_and_family_suffix_after_et():
    text = ("Trois ateliers soutenus par l'État\n\n"
            "À Lavelanet, la Filature Mauriès investit 900 000 euros et reçoit une aide de 200 000 euros.\n\n"
            "Toujours à Lavelanet, les Tissages Bonnafous et Fils, dernier fabricant de plaids de la vallée, "
            "reçoivent 80 000 euros pour un investissement de 300 000 euros.\n")
    got = laureates(text)
    assert "Tissages Bonnafous et Fils" in got and "Fils" not in got
    assert got["Tissages Bonnafous et Fils"]["aid_eur"] == 80000


def test_aid_verbs_touche_and_se_voit_attribuer():
    text = ("Relance : deux PME soutenues\n\n"
            "La société Cartonnages Vidalenc investit 1,2 million d'euros dans une onduleuse. Elle touchera 300 000 euros "
            "et prévoit six embauches.\n\n"
            "La société Brosserie Quercynoise se voit attribuer 150 000 euros pour un programme de 700 000 euros.\n")
    got = laureates(text)
    assert got["Cartonnages Vidalenc"]["aid_eur"] == 300000
    assert (got["Brosserie Quercynoise"]["aid_eur"], got["Brosserie Quercynoise"]["investment_eur"]) == (150000, 700000)


def test_share_financed_by_the_fund_is_the_aid():
    text = ("Fonds de relance : un lauréat\n\n"
            "La société Menuiserie Arvernoise va agrandir son atelier. Coût du chantier : 2 millions d'euros, dont "
            "400 000 euros financés par le fonds.\n")
    lau = laureates(text)["Menuiserie Arvernoise"]
    assert (lau["investment_eur"], lau["aid_eur"]) == (2000000, 400000)


def test_ordinal_beneficiary_lead_purchase_and_business_park():
    text = ("Relance : quatre PME soutenues par l'État\n\n"
            "Premier bénéficiaire de la liste, la Chaudronnerie Arlésienne (CHA), installée dans la zone d'activités de "
            "Tarascon, va acquérir une plieuse pour 600 000 euros. L'aide accordée s'élève à 120 000 euros.\n")
    lau = laureates(text)["Chaudronnerie Arlésienne"]
    assert (lau["commune_name"], lau["investment_eur"], lau["aid_eur"]) == ("Tarascon", 600000, 120000)


def test_two_subjects_of_a_plural_verb_and_respective_amounts():
    text = ("La filière soutenue par l'État\n\n"
            "Les Tanneries Réunies de Millau et Aveyron Cuirs Fins, à Rodez, reçoivent respectivement 90 000 et "
            "140 000 euros pour des programmes de 400 000 et 700 000 euros.\n")
    got = laureates(text)
    assert set(got) == {"Tanneries Réunies de Millau", "Aveyron Cuirs Fins"}
    first, second = got["Tanneries Réunies de Millau"], got["Aveyron Cuirs Fins"]
    assert (first["commune_name"], first["aid_eur"], first["investment_eur"]) == ("Millau", 90000, 400000)
    assert (second["commune_name"], second["aid_eur"], second["investment_eur"]) == ("Rodez", 140000, 700000)


def test_name_after_a_natural_place_word_is_no_laureate():
    text = ("Relance : une PME soutenue\n\n"
            "De l'autre côté du col de la Faucille, à Gex (Ain), la Plasturgie Gessienne investit 900 000 euros et reçoit "
            "une aide de 200 000 euros.\n")
    assert "Faucille" not in laureates(text)


def test_compte_recruter_is_a_hiring_plan_not_a_headcount():
    text = ("Relance : une PME soutenue\n\n"
            "La société Plasturgie Gessienne investit 900 000 euros et reçoit une aide de 200 000 euros. L'entreprise "
            "compte recruter près de 12 personnes d'ici deux ans.\n")
    assert laureates(text)["Plasturgie Gessienne"]["jobs_created"] == 12


def test_caps_section_heading_opened_by_a_preposition_is_no_laureate():
    text = ("Six PME soutenues par la Région\n\n"
            "DU TEXTILE À LA SANTÉ\n\n"
            "À Roanne, Tricotages Foréziens investit 1 million d'euros dans une ligne de bandages. La Région accorde "
            "250 000 euros.\n")
    got = laureates(text, classifier="default")
    assert "DU TEXTILE À LA SANTÉ" not in got and "Tricotages Foréziens" in got


def test_project_carried_at_a_place_by_a_company():
    text = ("Six PME soutenues par la Région\n\n"
            "Le projet le plus lourd est porté à Viviez par Causses Recyclage Industriel. La société va investir "
            "3 millions d'euros, avec une aide de 600 000 euros.\n")
    lau = laureates(text)["Causses Recyclage Industriel"]
    assert (lau["commune_name"], lau["aid_eur"]) == ("Viviez", 600000)


def test_place_intro_with_an_aside_between_dashes():
    text = ("Six PME soutenues par la Région\n\n"
            "À Lodève, Lodève Feutres Techniques — dont le nom dit assez l'ancrage — investit 800 000 euros. La Région "
            "apporte 160 000 euros.\n")
    lau = laureates(text)["Lodève Feutres Techniques"]
    assert (lau["commune_name"], lau["investment_eur"]) == ("Lodève", 800000)


def test_lead_phrases_then_name_at_place_and_verb():
    text = ("Six PME soutenues par la Région\n\n"
            "Enfin, côté lotois, la Boissellerie Quercy Bois, à Gramat, relance la fabrication de jouets. Un projet de "
            "300 000 euros, soutenu à hauteur de 60 000 euros.\n\n"
            "Plus au nord, Causses Emballages, installée à Figeac, investit 1,2 million d'euros. Aide : 200 000 euros.\n")
    got = laureates(text)
    assert got["Boissellerie Quercy Bois"]["commune_name"] == "Gramat"
    assert got["Causses Emballages"]["commune_name"] == "Figeac"


def test_amount_spent_on_a_plant_is_the_investment():
    text = ("Six PME soutenues par la Région\n\n"
            "À Figeac, Usinages du Célé a fait le pari du médical. Cet usineur de 50 salariés va consacrer 1,8 million "
            "d'euros à un atelier d'implants. La Région accorde 300 000 euros.\n")
    lau = laureates(text)["Usinages du Célé"]
    assert (lau["investment_eur"], lau["aid_eur"]) == (1800000, 300000)


def test_names_in_the_title_block_never_repeated_are_no_laureates():
    text = ("LA LETTRE DE LA MÉCANIQUE\n\n"
            "Thiérache, Laonnois, Vermandois : trois sous-traitants aidés\n\n"
            "Le fonds de relance a retenu trois nouveaux projets de sous-traitants. Le principal bénéficiaire est "
            "Guise Forge, à Guise, qui investit 2 M€ avec une aide de 400 000 €. À Laon, Axone Usinage investit 1 M€ "
            "(aide : 200 000 €). Enfin, Vervins Découpe, à Vervins, engage 900 000 € ; l'aide atteint 180 000 €.\n")
    got = laureates(text, classifier="default")
    assert not {"Thiérache", "Laonnois", "Vermandois"} & set(got)


def test_wave_totals_in_a_sentence_that_then_names_an_earlier_laureate():
    text = ("Relance : deux sous-traitants aidés\n\n"
            "La société Guise Forge investit 2 M€ avec une aide de 400 000 €. La société Axone Usinage investit 1 M€ "
            "avec une aide de 200 000 €.\n\n"
            "Ces deux dossiers, qui totalisent 3 M€ d'investissements et 600 000 € d'aides, rejoignent les projets "
            "retenus l'an dernier, parmi lesquels celui de la fonderie Vervins Alu, à Vervins.\n")
    ex = extract(text, use_spacy=False, classifier=None).to_dict()
    assert (ex["announcement"]["investment_eur"], ex["announcement"]["aid_eur"]) == (3000000, 600000)


def test_commune_whose_article_merges_with_de_or_a():
    text = ("Relance : deux PME soutenues par l'État\n\n"
            "La société Sarthe Inox, installée au Mans, investit 1 million d'euros et reçoit une aide de 200 000 euros.\n\n"
            "La société Océane Voilerie, basée aux Sables-d'Olonne, investit 800 000 euros et reçoit une aide de "
            "150 000 euros.\n")
    got = laureates(text)
    assert got["Sarthe Inox"]["commune_insee"] == "72181"
    assert got["Océane Voilerie"]["commune_name"] == "Les Sables-d'Olonne"


def test_just_outside_a_town_is_its_place():
    text = ("Relance : une PME soutenue par l'État\n\n"
            "La société Bocage Menuiseries, qui fabrique des escaliers aux portes de Fontenay-le-Comte, investit "
            "900 000 euros, dont 180 000 euros d'aide.\n")
    assert laureates(text)["Bocage Menuiseries"]["commune_name"] == "Fontenay-le-Comte"


def test_adverb_before_a_colon_is_no_laureate():
    text = ("Quelle fierté ! Cidrerie du Perche est lauréate de l'appel à projets Résilience.\n\n"
            "Concrètement : 1,5 M€ investis dans notre atelier de Mortagne-au-Perche, dont 400 000 € de soutien de "
            "l'État. +5 postes l'an prochain.\n")
    got = laureates(text)
    assert "Concrètement" not in got
    assert got["Cidrerie du Perche"]["aid_eur"] == 400000


def test_bullet_name_with_acronym_then_place_and_dash():
    text = ("Les lauréats bretons :\n\n"
            "• Conserverie Moderne de Douarnenez (CMD), à Douarnenez (Finistère) — boîtes de sardines. 4 M€ investis, "
            "1 M€ d'aide, 12 emplois créés.\n"
            "• Lannion Photonique, à Lannion (Côtes-d'Armor) — lasers. 2 M€, dont 500 000 € d'aide.\n")
    lau = laureates(text)["Conserverie Moderne de Douarnenez"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (4000000, 1000000, 12)


def test_sector_words_of_the_press():
    text = ("Relance : trois PME soutenues par l'État\n\n"
            "La société Graines du Gâtinais transforme des légumineuses de la région ; elle investit 1 M€ avec une aide "
            "de 200 000 €.\n\n"
            "La société Voironnaise de Composants lance une ligne de condensateurs céramiques ; elle investit 2 M€ avec "
            "une aide de 400 000 €.\n\n"
            "La société Ariège Recyclage va récupérer les métaux stratégiques contenus dans les déchets électroniques ; "
            "elle investit 3 M€ avec une aide de 600 000 €.\n")
    got = laureates(text)
    assert got["Graines du Gâtinais"]["sector"] == "agroalimentaire"
    assert got["Voironnaise de Composants"]["sector"] == "électronique"
    assert got["Ariège Recyclage"]["sector"] == "intrants essentiels"


def test_half_dozen_jobs_and_loose_counts_of_laureates():
    text = ("Territoires d'industrie : le point\n\n"
            "Quatre entreprises du sud de la Creuse vont bénéficier d'un coup de pouce de l'État.\n\n"
            "À Aubusson, la société Tapis de Haute-Marche investit 1 million d'euros. L'État apporte 250 000 euros ; une "
            "demi-douzaine d'emplois devraient être créés.\n")
    ex = extract(text, use_spacy=False, classifier=None).to_dict()
    assert ex["announcement"]["new_laureates"] == 4
    assert ex["laureates"][0]["jobs_created"] == 6


def test_projects_announced_count_as_new_laureates():
    text = ("Relance : la nouvelle fournée\n\n"
            "Les trois projets annoncés mardi par la préfète totalisent 4 millions d'euros d'investissements.\n\n"
            "À Guéret, la société Marche Bois investit 2 millions d'euros et reçoit une aide de 400 000 euros.\n")
    assert extract(text, use_spacy=False, classifier=None).to_dict()["announcement"]["new_laureates"] == 3


def test_cost_of_works_after_pour_and_fundraising_is_no_envelope():
    text = ("Relance : une PME soutenue par l'État\n\n"
            "Dans le Doubs, la société Fromagerie du Haut-Saugeais agrandit ses caves pour 2,4 millions d'euros. Neuf "
            "emplois seront créés. L'aide de 500 000 euros est complétée par une levée de fonds de 3 M€ auprès "
            "d'investisseurs.\n")
    ex = extract(text, use_spacy=False, classifier=None).to_dict()
    got = {lau["organisation"]: lau for lau in ex["laureates"]}
    assert got["Fromagerie du Haut-Saugeais"]["investment_eur"] == 2400000
    assert ex["announcement"]["envelope_eur"] is None


def test_critical_sectors_call_gets_its_official_name():
    text = ("Le ministère a publié une nouvelle liste de lauréats de l'appel à projets de relocalisation dans les "
            "secteurs critiques.\n\n"
            "• Verrerie du Tréport, au Tréport (Seine-Maritime) — flacons. 3 M€ investis, 900 000 € d'aide.\n")
    ex = extract(text, use_spacy=False, classifier=None).to_dict()
    assert ex["announcement"]["programme"] == "(Re)localisation dans les secteurs critiques"


def test_quoted_number_of_hires():
    text = ("Relance : une PME soutenue par l'État\n\n"
            "En Bretagne, la société Lactalis Armor Ingrédients, à Loudéac, transformera le petit-lait en poudre. "
            "L'investissement s'élève à 6 millions d'euros, dont 1,5 million pris en charge par l'État, pour « une "
            "trentaine » de recrutements.\n")
    assert laureates(text)["Lactalis Armor Ingrédients"]["jobs_created"] == 30


def test_people_in_the_new_lead_and_carried_by_shapes_are_no_laureates():
    text = ("Six PME soutenues par la Région\n\n"
            "Mardi soir, Julien Marchal, à Rodez, a salué ces dossiers. Le projet phare est porté à Millau par Sophie "
            "Garric, qui investit 2 millions d'euros avec une aide de 400 000 euros.\n")
    assert not {"Julien Marchal", "Sophie Garric"} & set(laureates(text))


def test_town_written_after_the_brand_is_the_commune():
    text = ("Relance : une PME soutenue dans l'Eure\n\n"
            "Dans l'Eure, la société Flaconnage Vernon va investir 2 millions d'euros. Elle reçoit une aide de "
            "500 000 euros.\n")
    lau = laureates(text)["Flaconnage Vernon"]
    assert (lau["commune_insee"], lau["department_code"]) == ("27681", "27")


def test_a_city_beats_a_village_of_the_same_name_in_another_departement_of_the_text():
    text = ("Relance : deux PME soutenues par l'État\n\n"
            "La société Provence Joints, basée à Vitrolles, investit 2 millions d'euros et reçoit une aide de "
            "400 000 euros.\n\n"
            "La société Alpes Bois Massif, installée à Gap (Hautes-Alpes), investit 1 million d'euros et reçoit une "
            "aide de 200 000 euros.\n")
    assert laureates(text)["Provence Joints"]["commune_insee"] == "13117"


def test_cost_label_and_verb_and_arrival_of_new_staff():
    text = ("Décarbonation : deux lauréats soutenus par l'État\n\n"
            "A Gardanne (Bouches-du-Rhône), Calcaires du Garlaban va remplacer un four au gaz. Coût: 12 millions "
            "d'euros. Aide: 4 millions.\n\n"
            "A Louviers (Eure), les Cartonneries Lovériennes installent une chaudière biomasse. Le projet coûte "
            "6,5 millions d'euros. L'aide atteint 2 millions. Il s'accompagnera de l'arrivée de 12 nouveaux "
            "collaborateurs.\n")
    got = laureates(text)
    assert got["Calcaires du Garlaban"]["investment_eur"] == 12000000
    assert (got["Cartonneries Lovériennes"]["investment_eur"], got["Cartonneries Lovériennes"]["jobs_created"]) == (6500000, 12)


def test_bullet_opened_by_a_capitalised_place_preposition():
    text = ("Trois entreprises de chez nous ont été retenues par l'État.\n\n"
            "• À Saint-Dié-des-Vosges, Tournerie Déodatienne agrandit son atelier : 700 000 euros d'investissement, "
            "140 000 euros d'aide.\n"
            "• À Senones, Papeterie du Rabodeau automatise sa ligne. Subvention : 90 000 euros.\n")
    got = laureates(text)
    assert got["Tournerie Déodatienne"]["commune_name"] == "Saint-Dié-des-Vosges"
    assert got["Papeterie du Rabodeau"]["aid_eur"] == 90000


def test_applicants_of_an_open_call_are_no_laureates():
    text = ("Décarbonation : l'appel à projets est ouvert, les lauréats seront soutenus par l'État\n\n"
            "Parmi les candidats déclarés, la Biscuiterie du Champsaur, à Gap, envisage de changer ses fours. À Sisteron, "
            "Tuileries et Briqueteries de la Durance étudie de son côté une récupération de chaleur sur ses fours.\n")
    got = laureates(text, classifier="default")
    assert not {"Tuileries et Briqueteries de la Durance", "Tuileries", "Biscuiterie du Champsaur"} & set(got)


def test_aid_told_with_the_verb_aider():
    text = ("Quatre projets soutenus par la Région.\n\n"
            "Dans le Bocage, la société Gâtine Actionneurs, qui fournit des vérins aux constructeurs, investit 1,8 million "
            "d'euros ; nous l'aidons pour 300 000 euros.\n")
    assert laureates(text)["Gâtine Actionneurs"]["aid_eur"] == 300000


def test_a_subsidiary_sold_is_no_laureate():
    text = ("Relance : le groupe Vidal Chimie lauréat\n\n"
            "La société Vidal Chimie investit 6 millions d'euros dans une unité de synthèse et reçoit une aide de "
            "1,5 million d'euros. Le groupe a depuis cédé sa filiale d'arômes, Vidal Saveurs, à un industriel italien, "
            "qui investit 2 millions d'euros.\n")
    got = laureates(text, classifier="default")
    assert "Vidal Chimie" in got and "Vidal Saveurs" not in got


def test_theme_word_of_a_headline_before_a_colon_is_no_laureate():
    text = ("Relance : une PME ardéchoise soutenue par l'État\n\n"
            "La société Moulinages du Vivarais investit 1 million d'euros et reçoit une aide de 200 000 euros.\n")
    got = laureates(text)
    assert "Relance" not in got and "Moulinages du Vivarais" in got
