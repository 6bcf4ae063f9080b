"""Shapes met in the twelfth session, mostly in regional daily papers and local authorities' pages: « À lire aussi »
links inside an article, readers' comments, round-ups headed « Commune : … », fiches identified by their SIREN, a
head office said in more words, a dateline, cards « Nom » / « Commune – métier ». Invented companies; real communes."""
from relocalisation.ingestion.press import extract


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


INLINE_LINKS = (
    "Industrie. Trois entreprises de l'Ain lauréates de l'appel à projets « Résilience »\n\n"
    "La préfecture a dévoilé lundi les lauréats du département. Trois projets ont été retenus.\n\n"
    "La société Injectal Bugey, installée à Oyonnax, investit 2,4 millions d'euros dans deux presses électriques. "
    "L'État lui accorde une aide de 400 000 euros. Huit emplois seront créés.\n\n"
    "À lire aussi\n\n"
    "Oyonnax : la vallée de la plasturgie recrute\n\n"
    "Bugey : le salon des sous-traitants fait le plein\n\n"
    "Moules et outillages\n\n"
    "Plus modeste, le projet de la société Outilux Plastiques n'en est pas moins attendu, à Oyonnax. "
    "L'entreprise investit 900 000 euros et reçoit 150 000 euros d'aide. Quatre recrutements sont prévus.\n\n"
    "Enfin, la société Polyrhône Films, à Oyonnax, investit 3,1 millions d'euros. Aide de l'État : 500 000 euros.\n"
)


def test_links_inside_an_article_do_not_end_it():
    got = laureates(INLINE_LINKS)
    assert {"Injectal Bugey", "Outilux Plastiques", "Polyrhône Films"} <= set(got)
    assert got["Polyrhône Films"]["aid_eur"] == 500_000


def test_links_at_the_end_of_an_article_still_end_it():
    text = INLINE_LINKS.replace(
        "À lire aussi\n\nOyonnax : la vallée de la plasturgie recrute\n\nBugey : le salon des sous-traitants fait le plein\n\n"
        "Moules et outillages\n\n", "") + (
        "\nÀ lire aussi\n\nNantua : la papeterie ferme\n\n"
        "Sur le même territoire, la société Cartonnages du Lac, à Nantua, avait été retenue en 2021.\n")
    got = laureates(text)
    assert "Cartonnages du Lac" not in got and "Polyrhône Films" in got


ONE_LAUREATE_WITH_COMMENTS = (
    "Les Forges Thiernoises relancent la forge à chaud\n\n"
    "Thiers. Les Forges Thiernoises ont été retenues parmi les lauréats de l'appel à projets « (Re)localisation dans "
    "les secteurs critiques ». L'entreprise, dont le siège et le bureau d'études sont installés à Clermont-Ferrand, "
    "investit 4,9 millions d'euros à Thiers.\n\n"
    "Onze postes et une école interne\n\n"
    "L'État apporte 1,2 million d'euros. Onze emplois seront créés.\n\n"
    "Réactions (2)\n\n"
    "Coutelier63 — Bonne nouvelle, mais 11 emplois pour 1,2 million d'aide, ça fait cher.\n\n"
    "Durolle — Mon grand-père était forgeron chez eux.\n"
)


def test_readers_comments_end_the_article():
    got = laureates(ONE_LAUREATE_WITH_COMMENTS)
    assert set(got) == {"Forges Thiernoises"}  # no commenter's pseudonym
    lau = got["Forges Thiernoises"]
    assert (lau["aid_eur"], lau["jobs_created"]) == (1_200_000, 11)  # the story's own figures, paragraphs away
    assert lau["commune_insee"] == "63430"  # the dateline's Thiers, not the head office


PLACE_HEADLINES = (
    "Six entreprises de la Manche soutenues par le fonds Territoires d'industrie\n\n"
    "La préfecture a dévoilé lundi la liste des projets manchois retenus.\n\n"
    "Valognes : la nouvelle ligne de la Biscuiterie du Clos Normand\n\n"
    "C'est le plus gros projet de la liste. L'entreprise investit 3,5 millions d'euros à Valognes. Aide de l'État : "
    "600 000 euros. Dix emplois seront créés.\n\n"
    "Saint-Lô : Saint-Lô Emballages se lance dans le carton médical\n\n"
    "Le cartonnier saint-lois a obtenu 250 000 euros pour une nouvelle ligne.\n\n"
    "Coutances : Coutances Métal modernise son parc\n\n"
    "Enfin, le sous-traitant engage 1,5 million d'euros dans de nouveaux centres d'usinage à Coutances.\n"
)


def test_a_round_up_headed_commune_colon_headline():
    got = laureates(PLACE_HEADLINES)
    assert {"Biscuiterie du Clos Normand", "Saint-Lô Emballages", "Coutances Métal"} <= set(got)
    assert got["Biscuiterie du Clos Normand"]["commune_insee"] == "50615"
    assert got["Biscuiterie du Clos Normand"]["investment_eur"] == 3_500_000
    assert got["Saint-Lô Emballages"]["aid_eur"] == 250_000


def test_a_single_commune_headline_is_no_round_up():
    text = ("Valognes : la foire de la Biscuiterie du Clos Normand bat son record\n\n"
            "La foire aux plants a attiré trois mille visiteurs dimanche, sous le soleil.\n")
    assert "Biscuiterie du Clos Normand" not in laureates(text)


def test_an_ordinal_before_the_name_is_not_a_name():
    # (a guard: the old code passes it too; « Deuxième » was taken for a name in a longer local story)
    text = ("Deux entreprises du Tarn sont lauréates de l'appel à projets « Résilience ».\n\n"
            "Deuxième lauréat, les Laboratoires Montagne Noire, à Castres, fabricant de crèmes dermatologiques, vont "
            "construire un nouvel atelier. Le projet est évalué à 6 millions d'euros. Douze postes seront ouverts.\n")
    got = laureates(text)
    assert "Deuxième" not in got and "Laboratoires Montagne Noire" in got


def test_a_name_taken_up_by_this_start_up():
    text = ("Deux entreprises du Tarn sont lauréates de l'appel à projets « Première usine ».\n\n"
            "La plus spectaculaire est sans doute Collagène Sidobre. Cette start-up, née en 2021, va construire à "
            "Mazamet son premier site de production. Elle investit 14 millions d'euros, avec 3,5 millions d'euros "
            "d'aide de l'État.\n")
    got = laureates(text)
    assert "Collagène Sidobre" in got
    assert got["Collagène Sidobre"]["commune_insee"] == "81163"


def test_a_project_code_name_before_its_owner():
    text = ("5G. À Lannion, Armor Radio Modules va fabriquer des modules radio\n\n"
            "Le projet KORRIGAN de Armor Radio Modules a été retenu par l'appel à projets (Re)localisation, au titre "
            "du secteur de la 5G.\n\n"
            "Lannion. Armor Radio Modules, PME lannionnaise de 58 salariés, fait partie des 39 lauréats de la dernière "
            "vague. Au niveau national, ces 39 projets totalisent 265 millions d'euros d'investissements pour "
            "61 millions d'euros d'aide de l'État.\n\n"
            "Le montant total du programme s'élève à 3,7 millions d'euros, dont 1,1 million d'euros de subvention de "
            "l'État.\n")
    result = extract(text).to_dict()
    got = {lau["organisation"]: lau for lau in result["laureates"]}
    assert set(got) == {"Armor Radio Modules"}
    lau = got["Armor Radio Modules"]
    assert lau["project"] == "KORRIGAN"
    assert (lau["investment_eur"], lau["aid_eur"]) == (3_700_000, 1_100_000)  # not the wave's figures
    assert result["announcement"]["investment_eur"] == 265_000_000
    assert result["announcement"]["aid_eur"] == 61_000_000


def test_a_project_named_without_quotes():
    text = ("Les Poudres du Berry figurent parmi les lauréats de l'appel à projets « (Re)localisation dans les secteurs "
            "critiques ». Le projet, baptisé en interne ATOMEX, consiste à installer une ligne d'atomisation à "
            "Vierzon. Le montant de l'investissement s'élève à 7,8 millions d'euros.\n")
    assert laureates(text)["Poudres du Berry"]["project"] == "ATOMEX"


def test_jobs_kept_then_jobs_created_in_one_sentence():
    text = ("La société Métaux du Cher, à Vierzon, est lauréate de l'appel à projets « Résilience ». Elle investit "
            "7,8 millions d'euros.\n\n64 salariés, bientôt 82\n\nCôté emploi, les 64 postes actuels sont confortés et "
            "18 embauches sont programmées, pour l'essentiel des opérateurs.\n")
    assert laureates(text)["Métaux du Cher"]["jobs_created"] == 18


def test_a_head_office_said_in_more_words_and_a_registry_court_yield_to_the_dateline():
    text = ("Les Poudres du Berry misent sur Vierzon\n\n"
            "Vierzon. Dans le hangar de la rue des Forges, le directeur du site se réjouit : les Poudres du Berry font "
            "partie des lauréats de l'appel à projets « Résilience ». L'investissement s'élève à 7,8 millions d'euros. "
            "L'entreprise, dont le siège social et les services administratifs sont à Bourges, réalise un chiffre "
            "d'affaires de 14 millions d'euros.\n\n"
            "Poudres du Berry SAS, RCS Bourges 834 512 908.\n")
    assert laureates(text)["Poudres du Berry"]["commune_insee"] == "18279"


def test_a_commune_opening_another_company_name_is_no_place():
    # (a guard: here the old code finds Revin too; in a single-company story whose passage runs to its end, « Givet
    # Céramiques » in the closing box was taken for the site)
    text = ("Ardennes. Les Forges de la Semoy, à Revin, sont lauréates de l'appel à projets « Résilience ». Elles "
            "investissent 4,9 millions d'euros pour une presse à vis. D'autres entreprises de la vallée avaient été "
            "retenues, comme Givet Céramiques en 2022 pour un four électrique.\n")
    got = laureates(text)
    assert got["Forges de la Semoy"]["commune_insee"] == "08363"


DELIBERATION = (
    "COMMISSION PERMANENTE DU CONSEIL RÉGIONAL\n\n"
    "Article 1 : d'attribuer, au titre du « Pack Relocalisation », les aides détaillées ci-après.\n\n"
    "1. SAS INJECTION DU HAUT-BUGEY – SIREN 785 738 842\n"
    "Siège et établissement bénéficiaire : Oyonnax (01)\n"
    "Projet : rapatriement de la production de bouchons injectés pour flacons pharmaceutiques.\n"
    "Dépense subventionnable : 1 450 000 € HT\n"
    "Aide régionale : subvention de 180 000 €\n\n"
    "2. SAS DÉCOLLETAGE DU GIFFRE (DDG) – SIREN 799 987 951\n"
    "Siège : Cluses (74) – Établissement bénéficiaire : nouveau bâtiment, zone des Bords d'Arve, Marnaz (74)\n"
    "Projet : relocalisation de la fabrication de broches de connecteurs pour l'électronique embarquée.\n"
    "Dépense subventionnable : 2 300 000 € HT\n"
    "Aide régionale : subvention de 100 000 €\n\n"
    "3. SARL COUTELLERIE DE LA DUROLLE – SIREN 901 051 016\n"
    "Siège et établissement bénéficiaire : Thiers (63)\n"
    "Projet : réinternalisation du polissage des lames.\n"
    "Dépense subventionnable : 620 000 € HT\n"
    "Aide régionale : subvention de 93 000 €\n"
)


def test_fiches_headed_by_a_name_and_its_siren():
    got = {k.lower(): v for k, v in laureates(DELIBERATION).items()}
    assert set(got) == {"injection du haut-bugey", "décolletage du giffre", "coutellerie de la durolle"}
    assert got["injection du haut-bugey"]["aid_eur"] == 180_000
    assert got["coutellerie de la durolle"]["commune_insee"] == "63430"


def test_a_seat_label_yields_to_the_site_of_the_fiche():
    got = {k.lower(): v for k, v in laureates(DELIBERATION).items()}
    assert got["décolletage du giffre"]["commune_insee"] == "74169"  # Marnaz, not the seat Cluses


CARDS = (
    "Communauté de communes du Saugeais\n\n"
    "Territoires d'industrie : les projets soutenus sur notre territoire\n\n"
    "Le comité régional a retenu trois entreprises du territoire. Ensemble, elles investissent 4 M€.\n\n"
    "Décolletage du Saugeais\n\n"
    "Morteau – composants horlogers\n\n"
    "La société achète un centre de décolletage. Investissement : 1,6 M€. Aide : 320 000 €. 7 emplois créés.\n\n"
    "Fromagerie du Mont d'Or\n\n"
    "Pontarlier – affinage de comté\n\n"
    "Nouvelle cave d'affinage : 1,2 M€ d'investissement soutenu à hauteur de 200 000 €.\n\n"
    "Lamellés de la Loue\n\n"
    "Ornans – charpente et ossature bois\n\n"
    "Une ligne de lamellé-collé : 950 000 € investis, 190 000 € d'aide, 6 postes créés.\n\n"
    "Communauté de communes du Saugeais – Hôtel communautaire – Accessibilité : non conforme\n"
)


def test_cards_a_name_then_its_commune_and_trade():
    got = laureates(CARDS)
    assert set(got) == {"Décolletage du Saugeais", "Fromagerie du Mont d'Or", "Lamellés de la Loue"}
    assert got["Fromagerie du Mont d'Or"]["commune_insee"] == "25462"
    assert got["Lamellés de la Loue"]["jobs_created"] == 6


def test_a_seat_label_is_no_laureate():
    # (a guard: the old code passes it; « Siège » was proposed in newsletters where the label follows prose)
    text = ("Deux entreprises lauréates du fonds d'accélération.\n\n"
            "- Entreprise : Lunetterie du Haut-Jura\n- Siège : Morez\n- Aide : 200 000 €\n\n"
            "- Entreprise : Bois de la Loue\n- Siège et atelier : Ornans (25)\n- Aide : 150 000 €\n")
    got = laureates(text)
    assert not any(name.lower().startswith("siège") for name in got)


def test_prose_above_a_table_fills_the_row_that_the_cells_do_not_say():
    text = ("Sept lauréats agroalimentaires du fonds d'accélération en Nouvelle-Aquitaine\n\n"
            "Le comité régional a validé de nouveaux projets.\n\n"
            "Ossau Affinage — À Mauléon-Licharre, la fromagerie de lait de brebis se dote d'une cave "
            "d'affinage. Coût : 3,9 millions d'euros.\n\n"
            "Établissements Darrigade — Le meunier, dont les bureaux sont à Agen, modernise son moulin de Nérac pour "
            "produire des farines de légumineuses. Le chantier, de 5,6 millions d'euros, reçoit 700 000 euros d'aide.\n\n"
            "Lauréat | Commune | Dép. | Investissement | Aide\n\n"
            "Ossau Affinage | Mauléon-Licharre | 64 | 3,9 M€ | 585 k€\n\n"
            "Établissements Darrigade | Nérac | 47 | 5,6 M€ | 700 k€\n")
    got = laureates(text)
    assert got["Établissements Darrigade"]["sector"] == "agroalimentaire"  # from the prose
    assert got["Établissements Darrigade"]["commune_insee"] == "47195"  # from the cell, not the offices in the prose
    assert got["Ossau Affinage"]["aid_eur"] == 585_000


def test_key_figures_paragraph_after_a_laureate_is_its_own():
    text = ("► FRANCE 2030 : TERRES CATALYSE DÉCROCHE « PREMIÈRE USINE »\n\n"
            "C'est officiel : la start-up Terres Catalyse, dont le siège est à Compiègne, est lauréate de l'appel à "
            "projets « Première usine ». Elle produira à Noyon des catalyseurs pour électrolyseurs.\n\n"
            "Les chiffres : 14 M€ d'investissement, 2 M€ d'aide de l'État, 60 emplois d'ici 2028.\n\n"
            "► TERRITOIRES D'INDUSTRIE : 200 000 € POUR LES RESSORTS DU CLERMONTOIS\n\n"
            "Le fonds d'accélération soutient les Ressorts du Clermontois, à Clermont (Oise), à hauteur de 200 000 €. "
            "Le fabricant investit 1,3 M€ dans deux enrouleuses. Cinq personnes seront recrutées.\n")
    got = laureates(text)
    assert (got["Terres Catalyse"]["investment_eur"], got["Terres Catalyse"]["aid_eur"]) == (14_000_000, 2_000_000)
    assert got["Ressorts du Clermontois"]["jobs_created"] == 5


def test_a_file_named_by_celui_de_then_taken_up_by_its_trade():
    text = ("Cinq entreprises de l'Ouest lauréates de l'appel à projets sur les secteurs critiques.\n\n"
            "HERTZ OUEST VEUT SA PROPRE STATION RADIO\n\n"
            "Le dossier le plus structurant est celui d'Hertz Ouest. L'équipementier rennais, fondé par d'anciens "
            "chercheurs, va produire à Cesson-Sévigné ses stations radio 5G compactes.\n\n"
            "« Jusqu'ici, nous faisions fabriquer nos cartes radio en Asie », raconte son président.\n\n"
            "Le montant de l'investissement s'élève à 7 millions d'euros, dont 2,1 millions pris en charge par l'État.\n")
    assert "Hertz Ouest" in laureates(text)


BRIEFS = (
    "EN BREF — ENTREPRISES & TERRITOIRES\n\n---\n\n"
    "MONTARGIS (45) — Injection du Gâtinais change de dimension\n"
    "Le plasturgiste, lauréat du fonds d'accélération des investissements industriels dans les territoires, installe "
    "une ligne d'injection en salle blanche. Le programme pèse 2,4 M€ ; la subvention s'élève à 480 000 €.\n\n---\n\n"
    "ORLÉANS (45) — Prêts garantis : la Banque de France fait le point\n"
    "Les entreprises du Loiret ont remboursé l'essentiel de leurs prêts garantis par l'État.\n"
)


def test_a_brief_headed_by_its_commune_in_capitals():
    got = laureates(BRIEFS)
    assert set(got) == {"Injection du Gâtinais"}  # « Prêts garantis : … » is a theme, not a name
    assert got["Injection du Gâtinais"]["aid_eur"] == 480_000


def test_a_siren_in_a_sentence_heads_no_fiche():
    # (a guard of the fiche rule above: the old code passes it too)
    text = ("Conseil communautaire du 28 septembre 2023, Saint-Lô\n\n"
            "La SAS Diagnostics Normands (SIREN 503 905 757), dont le siège social et le laboratoire de recherche sont situés à Caen, conçoit des réactifs.\n\n"
            "L'entreprise a été désignée lauréate de l'appel à projets « Première usine » pour la construction de sa "
            "première unité de production, sur le parc d'activités de la Chevalerie à Saint-Lô. Le soutien de l'État "
            "s'élève à 1,8 M€.\n")
    got = laureates(text)
    assert [lau["commune_insee"] for lau in got.values()] == ["50502"]


def test_the_heading_laureate_named_again_under_a_shorter_name():
    text = ("COMMUNIQUÉ DE PRESSE\n\nQuatre entreprises de Bourgogne-Franche-Comté lauréates de l'appel à projets "
            "« Résilience ».\n\n"
            "Doubs – Visserie Mougin-Faivre (Morteau)\n"
            "Entreprise familiale du Haut-Doubs, Mougin-Faivre rapatrie dans son atelier de Morteau la fabrication de vis "
            "d'ostéosynthèse. Le programme, d'un montant de 3,4 M€, bénéficie d'une subvention de 800 000 €.\n\n"
            "Haute-Saône – Injection Haut-Saônoise (Lure)\n"
            "Filiale d'un groupe lyonnais, IHS investit 5,2 M€ dans son usine de Lure. L'aide de l'État s'élève à "
            "1,1 M€ ; une quinzaine d'emplois seront créés.\n")
    got = laureates(text)
    assert set(got) == {"Visserie Mougin-Faivre", "Injection Haut-Saônoise"}
    assert got["Visserie Mougin-Faivre"]["aid_eur"] == 800_000
    assert (got["Injection Haut-Saônoise"]["investment_eur"], got["Injection Haut-Saônoise"]["jobs_created"]) == (5_200_000, 15)


def test_a_sentence_naming_its_own_company_takes_up_nothing():
    # (a guard of the « L'équipementier … » rule: the old code passes it too)
    text = ("Ce devait être le grand retour du maquereau « made in Boulonnais ». La conserverie Hamelin, installée au "
            "Portel, espérait décrocher une aide de l'État. Mais la liste des lauréats ne mentionne pas l'entreprise.\n")
    assert "Boulonnais" not in laureates(text)
