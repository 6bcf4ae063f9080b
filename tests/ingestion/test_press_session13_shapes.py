"""Shapes met in the thirteenth session: stories about one company (their headline names it, the lead takes it up),
interviews, overseas and regional daily papers, State releases with headings « NOM (secteur) », annex tables and
CSV exports opened by a title line. Invented companies; real communes."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.readers import read_bytes


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


def announcement(text):
    return extract(text).to_dict()["announcement"]


STORY_HEADLINE = (
    "La Gazette des Alpes du Sud\n\n"
    "Industrie\n\n"
    "Manosque : Durancelle Arômes décroche 1,4 M€ pour rapatrier ses extraits naturels\n\n"
    "La PME figure parmi les 31 nouveaux lauréats de l'appel à projets « Résilience ». Elle va investir sur son site "
    "manosquin et créer des emplois.\n\n"
    "Par Claire Ambrois — Publié le 12/05/2021\n\n"
    "La nouvelle est tombée mercredi. La société, dont le siège social est installé à Digne-les-Bains, ne produit "
    "qu'à Manosque. C'est là que sera mené le projet : une unité d'extraction d'arômes naturels pour l'industrie "
    "alimentaire, aujourd'hui importés d'Inde.\n\n"
    "« On a vu ce que coûtait la dépendance », résume la présidente. L'investissement atteint 5,6 millions d'euros. "
    "L'État apportera une subvention de 1,4 million d'euros au titre de France Relance.\n\n"
    "Côté emploi, 14 postes seront créés d'ici 2022. La chaudronnerie gapençaise Inox Embrunais a déjà été retenue "
    "pour fabriquer les cuves, ce qui fera travailler une dizaine de personnes chez ce sous-traitant.\n"
)


def test_a_story_headline_names_its_company_for_the_whole_story():
    got = laureates(STORY_HEADLINE)
    assert set(got) == {"Durancelle Arômes"}  # the supplier chosen « pour fabriquer les cuves » is none
    lau = got["Durancelle Arômes"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (5_600_000, 1_400_000, 14)
    assert lau["commune_insee"] == "04112"  # Manosque, the headline's commune, not the head office


def test_one_headline_without_a_story_of_support_is_no_laureate():
    text = ("Manosque : Durancelle Arômes fête ses vingt ans\n\n"
            "La PME a réuni ses salariés samedi autour d'un repas. Elle compte aujourd'hui quarante personnes et "
            "prépare un nouveau catalogue de produits pour l'automne, sans projet d'investissement annoncé.\n")
    assert "Durancelle Arômes" not in laureates(text)


DATELINE_HEADLINE = (
    "Le Courrier de Guadeloupe\n\n"
    "LE MOULE. Caraïbe Perfusion va fabriquer des poches de sérum en Guadeloupe\n\n"
    "Par Line Sainte-Luce\n\n"
    "Sélectionnée dans le cadre de l'appel à projets « Résilience » du plan France Relance, la filiale du groupe "
    "Antilles Santé va construire une ligne de poches de sérum physiologique. Un investissement de 2,7 millions "
    "d'euros.\n\n"
    "Caraïbe Perfusion, créée en 2015, distribuait jusqu'ici des produits importés d'Europe. Avec ce projet, elle va "
    "produire elle-même ce que les hôpitaux achètent aujourd'hui en métropole.\n\n"
    "L'État accompagne le projet par une subvention de 650 000 euros. Douze postes seront créés.\n\n"
    "Les granulés arriveront au port de Jarry, à Baie-Mahault, où le transitaire Karib Fret assurera le dédouanement.\n"
)


def test_a_dateline_headline_names_the_company_of_the_lead():
    got = laureates(DATELINE_HEADLINE)
    assert "Caraïbe Perfusion" in got
    lau = got["Caraïbe Perfusion"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (2_700_000, 650_000, 12)
    assert lau["commune_insee"] == "97117"  # Le Moule, not the port of Baie-Mahault


THEME_HEADLINE = (
    "Économie / Industrie\n\n"
    "France 2030\u00a0: la start-up brestoise Algalia Marine va construire sa première usine à Landerneau\n\n"
    "Par Yann Le Goff — Publié le 12 octobre 2023\n\n"
    "Lauréate de l'appel à projets « Première usine », la jeune pousse va produire des alginates pour l'industrie "
    "pharmaceutique. Trente emplois sont annoncés.\n\n"
    "Quatre ans après sa création, Algalia Marine passe à l'échelle industrielle. La start-up fait partie des 14 "
    "nouveaux lauréats dévoilés ce jeudi.\n\n"
    "À lire aussi\n\n"
    "- Biotech : pourquoi Brest attire les investisseurs\n\n"
    "- Morlaix : le port se modernise\n\n"
    "Montant de l'investissement : 18 millions d'euros. L'État y contribue à hauteur de 4,5 millions d'euros. « Sans "
    "cette aide, on aurait construit en Irlande », reconnaît la cofondatrice. L'usine créera 30 emplois d'ici 2027.\n"
)


def test_a_theme_headline_names_the_company_the_story_tells_of():
    got = laureates(THEME_HEADLINE)
    assert set(got) == {"Algalia Marine"}  # « Biotech », a linked article's headline, is none
    lau = got["Algalia Marine"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["commune_insee"]) == (18_000_000, 4_500_000, "29103")
    ann = announcement(THEME_HEADLINE)
    assert ann["aid_eur"] is None and ann["investment_eur"] is None  # the laureate's own figures are no wave's


OVERSEAS_PAIR = (
    "Plan de relance : du cacao et de l'oxygène « made in Guyane »\n\n"
    "Deux entreprises guyanaises figurent parmi les 31 lauréats de la nouvelle vague de l'appel à projets "
    "« Résilience », annoncée lundi par le gouvernement.\n\n"
    "KOUROU. Le chocolat consommé en Guyane est encore largement importé. Cacao Kourou veut changer la donne. La jeune "
    "coopérative va construire une chocolaterie semi-industrielle à la sortie de la ville.\n\n"
    "Montant du projet : 900 000 euros. L'État a accordé une subvention de 300 000 € au titre de France Relance. Sept "
    "emplois seront créés.\n\n"
    "De l'oxygène produit sur place\n\n"
    "Le second lauréat, Oxymaroni, intervient dans un tout autre registre. Le territoire dépend de livraisons par "
    "bateau depuis les Antilles. L'entreprise, dont les bureaux sont à Remire-Montjoly, installera à "
    "Saint-Laurent-du-Maroni une unité de séparation d'air. Le projet est chiffré à 2,1 M€ et bénéficie d'une aide "
    "de l'État de 800 000 €. Cinq emplois seront créés.\n\n"
    "Selon la préfecture, les projets guyanais retenus depuis le lancement du plan de relance représentent « plus de "
    "12 millions d'euros d'investissements productifs ».\n"
)


def test_a_subject_taken_up_by_the_next_sentence_with_its_figures_in_the_next_paragraph():
    got = laureates(OVERSEAS_PAIR)
    assert set(got) == {"Cacao Kourou", "Oxymaroni"}  # « les Antilles » is a place
    assert (got["Cacao Kourou"]["investment_eur"], got["Cacao Kourou"]["aid_eur"]) == (900_000, 300_000)
    lau = got["Oxymaroni"]  # « Le second lauréat, Oxymaroni, … »
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (2_100_000, 800_000, 5)
    assert lau["commune_insee"] == "97311"  # the site, not the offices


def test_a_running_total_since_the_plan_began_is_not_the_waves():
    assert announcement(OVERSEAS_PAIR)["investment_eur"] is None


def test_a_photo_caption_and_an_advert_between_paragraphs():
    text = ("Longoni : une provenderie pour les élevages\n\n"
            "Mahoré Provendes fait partie des 88 nouveaux lauréats de l'appel à projets national sur les relocalisations. "
            "Avec Mahoré Provendes, l'île disposera de sa propre unité d'aliments pour animaux.\n\n"
            "L'usine sera construite dans la zone de Longoni, à Koungou, près du port.\n\n"
            "Le terrain de la future usine, dans la zone de Longoni. (Photo Kaza Info)\n\n"
            "Le montant de l'investissement s'élève à 5,2 millions d'euros. L'entreprise bénéficiera d'une aide publique "
            "de 1,5 million d'euros. Une vingtaine d'emplois seront créés.\n\n"
            "PUBLICITÉ — Vols Océan Indien – Paris dès 699 € A/R\n")
    got = laureates(text)
    assert set(got) == {"Mahoré Provendes"}
    lau = got["Mahoré Provendes"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (5_200_000, 1_500_000, 20)


RELEASE_WITH_SECTORS = (
    "PRÉFET DES DEUX-SÈVRES\n\n"
    "COMMUNIQUÉ DE PRESSE\n\n"
    "Trois entreprises des Deux-Sèvres viennent d'être retenues par l'État au titre de l'appel à projets "
    "« (Re)localisations dans les secteurs critiques ». Le plan France Relance, doté de 100 milliards d'euros, "
    "soutient leurs projets.\n\n"
    "GÂTINE RÉSEAUX (5G)\n"
    "Installée à Parthenay, la PME Gâtine Réseaux industrialise des antennes pour réseaux privés. Le projet, d'un "
    "montant de 1,3 million d'euros, est aidé à hauteur de 390 000 euros. Neuf emplois seront créés.\n\n"
    "NIORTAISE DE SÉROLOGIE (santé)\n"
    "À Niort, le laboratoire Niortaise de Sérologie va produire des réactifs. Investissement : 3,2 M€. Aide : "
    "800 000 euros. Près de 20 recrutements sont annoncés.\n\n"
    "LAITERIE DU THOUET (agroalimentaire)\n"
    "À Parthenay, la Laiterie du Thouet investit 1 500 000 € dans une tour de séchage. L'État accompagne le projet "
    "à hauteur de 300 k€.\n"
)


def test_headings_name_and_sector_in_a_release():
    got = laureates(RELEASE_WITH_SECTORS)
    assert set(got) == {"Gâtine Réseaux", "Niortaise de Sérologie", "Laiterie du Thouet"}  # no « PME Gâtine Réseaux »
    assert (got["Gâtine Réseaux"]["sector"], got["Gâtine Réseaux"]["aid_eur"]) == ("5G", 390_000)
    assert got["Niortaise de Sérologie"]["commune_insee"] == "79191"
    assert announcement(RELEASE_WITH_SECTORS)["envelope_eur"] is None  # the whole plan's budget


def test_a_fund_that_is_a_part_of_the_plan_keeps_its_envelope():
    text = ("Deuxième liste des lauréats du fonds « Territoires d'industrie », volet du plan France Relance doté de "
            "400 millions d'euros au niveau national.\n\n"
            "- Chaudronnerie Vannetaise (Vannes) : cuves inox. 2,5 M€, dont 400 000 € d'aide. Huit emplois créés.\n"
            "- Plasturgie de Lorient (Lorient) : injection. 1,2 M€, dont 200 000 € d'aide.\n")
    assert announcement(text)["envelope_eur"] == 400_000_000


def test_a_bullet_with_its_sector_between_name_and_commune():
    text = ("En Bretagne, deux projets ont été retenus au titre de l'appel à projets « (Re)localisations dans les "
            "secteurs critiques ».\n\n"
            "▪ Trégor Peptides – santé – Lannion (22)\n"
            "La jeune société construit une unité de production de peptides. Investissement : 3,1 M€ ; aide de l'État : "
            "900 000 € ; 12 emplois créés.\n\n"
            "▪ Guingamp Circuits – électronique – Guingamp (22)\n"
            "Le fabricant installe une seconde ligne. L'investissement de 4 M€ est accompagné par une aide de 1,2 M€.\n")
    got = laureates(text)
    assert set(got) == {"Trégor Peptides", "Guingamp Circuits"}
    assert got["Trégor Peptides"]["commune_insee"] == "22113"


def test_a_project_cell_with_a_coined_name_and_an_owner_column():
    text = ("Annexe – Sélection de lauréats\n\n"
            "Porteur de projet | Site du projet | Projet | Investissement | Aide de l'État | Emplois créés\n\n"
            "Vitréenne de Blisters | Vitré (35) | VB-Stéri : blisters pour seringues | 2,3 M€ | 690 k€ | 14\n\n"
            "Fougères Chimie | Fougères (35) | Relocalisation de la synthèse d'un acide | 11,8 M€ | 2,4 M€ | 22\n")
    got = laureates(text)
    assert got["Vitréenne de Blisters"]["project"] == "VB-Stéri"
    assert got["Fougères Chimie"]["project"] in (None, "Relocalisation de la synthèse d'un acide")


def test_a_csv_export_opened_by_a_title_line():
    data = ('"Plan de relance en Ille-et-Vilaine : qui a été aidé ? Données compilées par la rédaction"\n'
            "Entreprise;Commune du site;Dispositif;Investissement (€);Aide (€);Emplois créés;Statut\n"
            "Vitréenne de Blisters;Vitré;Résilience;2300000;690000;14;Lauréat 2021\n"
            "Fougères Chimie;Fougères;Territoires d'industrie;1900000;380000;5;Lauréat 2021\n"
            "Bureau d'études Rennes Conseil;Rennes;;;;;Prestataire\n").encode()
    got = laureates(read_bytes(data, "tableau.csv"))
    assert set(got) == {"Vitréenne de Blisters", "Fougères Chimie"}  # the consultant of the status column is none
    assert got["Fougères Chimie"]["aid_eur"] == 380_000


INTERVIEW = (
    "**TVA — Télé Vallée de l'Allier** · L'invité éco\n\n"
    "# « On rapatrie des comprimés qu'on achetait en Inde » : le patron de Limagne Galénique, invité de TVA\n\n"
    "Publié le 8 juin 2021 · Par la rédaction de TVA\n\n"
    "Son entreprise vient d'être retenue par l'État dans l'appel à projets « (Re)localisations dans les secteurs "
    "critiques ». Marc Fayolle, président de **Limagne Galénique**, était notre invité.\n\n"
    "**TVA : Limagne Galénique, que fabriquez-vous exactement ?**\n\n"
    "**Marc Fayolle :** Des comprimés génériques. Aujourd'hui, une bonne partie vient d'Asie.\n\n"
    "**TVA : Le projet retenu, c'est quoi ?**\n\n"
    "**M. F. :** Une unité de granulation. Notre siège est à Clermont-Ferrand, mais l'usine est à Riom. C'est là "
    "qu'on va investir 2,8 millions d'euros. L'État nous accompagne à hauteur de 700 000 euros.\n\n"
    "**TVA : Combien d'emplois ?**\n\n"
    "**M. F. :** Douze créations de postes. Et on sécurise les 40 emplois existants.\n"
)


def test_an_interview_of_a_laureates_head():
    got = laureates(INTERVIEW)
    assert set(got) == {"Limagne Galénique"}  # not the interviewer's channel
    lau = got["Limagne Galénique"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (2_800_000, 700_000, 12)
    assert lau["commune_insee"] == "63300"


def test_a_regions_president_is_no_interviewee():
    text = ("Relocalisation industrielle : 1 milliard pour la Région\n\n"
            "« Nous pouvons créer les conditions pour que les entreprises osent relocaliser », lance le président "
            "d'Auvergne-Rhône-Alpes. Laurent Fabrège promet de mobiliser 1 milliard d'euros pour rouvrir des usines et "
            "créer 20 000 emplois. Laurent Fabrège présentera le dispositif aux élus.\n")
    assert laureates(text) == {}


def test_a_ministry_by_its_seat_is_no_laureate():
    text = ("Relocalisations : Bercy ajoute 40 projets à son palmarès « Résilience »\n\n"
            "40 nouveaux lauréats, 300 millions d'euros d'investissements productifs : la vague de l'appel à projets "
            "« Résilience » porte à 250 le nombre de projets soutenus. Bercy a dévoilé lundi la liste.\n\n"
            "Parmi eux, Annonay Polymères, à Annonay, investit 6 M€ et reçoit 1,5 M€ d'aide.\n")
    got = laureates(text)
    assert "Bercy" not in got and "Annonay Polymères" in got


def test_a_headings_short_name_then_its_full_name():
    text = ("Relocalisation : deux industriels du Puy-de-Dôme décrochent le soutien de l'État\n\n"
            "Les projets ont été retenus au titre de l'appel à projets « (Re)localisation dans les secteurs critiques ».\n\n"
            "Issoire : Couze Santé va produire ses poches en Auvergne\n\n"
            "À Issoire, les Laboratoires Couze Santé vont rapatrier la fabrication de poches souples.\n\n"
            "Le projet représente un investissement de 4,6 millions d'euros, dont 1,38 million d'euros apportés par "
            "l'État. Une vingtaine d'emplois doivent être créés.\n\n"
            "Riom : la Fonderie Riomoise modernise ses fours\n\n"
            "À Riom, la Fonderie Riomoise a vu son dossier retenu. L'entreprise investit 2,1 millions d'euros. L'aide "
            "de l'État s'élève à 640 000 euros.\n")
    got = laureates(text)
    assert len([k for k in got if "Couze Santé" in k]) == 1
    lau = next(v for k, v in got.items() if "Couze Santé" in k)
    assert (lau["investment_eur"], lau["aid_eur"]) == (4_600_000, 1_380_000)


QA_INTERVIEW = (
    "ChimieMag · Entretien\n\n"
    "# « Rapatrier un principe actif, c'est d'abord une affaire de chimie »\n\n"
    "*Lauréate de l'appel à projets « (Re)localisations dans les secteurs critiques », la société Vannes Synthèse va "
    "produire en Bretagne un intermédiaire de l'ibuprofène. Son président détaille le projet.*\n\n"
    "**ChimieMag : Votre projet, baptisé IBU-BZH, vient d'être retenu. De quoi s'agit-il ?**\n\n"
    "**P. L. :** Nous allons fabriquer, sur notre site de Vannes, un intermédiaire aujourd'hui acheté en Chine.\n\n"
    "**Combien investissez-vous ?**\n\n"
    "**P. L. :** 12 millions d'euros sur trois ans. L'État nous accompagne à hauteur de 3 millions d'euros.\n\n"
    "**Votre actionnaire a-t-il pesé ?**\n\n"
    "**P. L. :** Le groupe Helvetor, qui nous détient, a apporté sa garantie sur une partie des prêts.\n\n"
    "**Et l'emploi ?**\n\n"
    "**P. L. :** Nous allons créer 25 postes à Vannes.\n\n"
    "> **Vannes Synthèse en bref**\n"
    "> Siège : Lorient\n"
    "> Actionnaire : groupe Helvetor (Bâle)\n"
)


def test_a_question_and_answer_interview_about_one_laureate():
    got = laureates(QA_INTERVIEW)
    assert set(got) == {"Vannes Synthèse"}  # not its shareholder
    lau = got["Vannes Synthèse"]
    assert (lau["project"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (
        "IBU-BZH", 12_000_000, 3_000_000, 25)  # « Combien investissez-vous ? » / « **P. L. :** 12 millions … »


def test_a_dossier_of_a_company_a_fronted_project_name_and_a_short_commune_name():
    text = ("Résilience : les façonniers pharmaceutiques en force dans la nouvelle vague\n\n"
            "Sur les 58 lauréats de la nouvelle vague de l'appel à projets « Résilience », 23 relèvent de la santé.\n\n"
            "À Montreuil, dans le Pas-de-Calais, Façonnage de la Canche va consacrer 9 M€ à une unité de compression. "
            "Baptisé CANCHE-SEC, le projet doit rapatrier la fabrication de comprimés. L'aide de l'État atteint 2,4 M€.\n\n"
            "Le dossier des Laboratoires Giennois est le plus important en montant. Le groupe investira 16 M€ dans son "
            "usine de Gien. L'État le soutient à hauteur de 4 M€.\n")
    got = laureates(text)
    assert {"Façonnage de la Canche", "Laboratoires Giennois"} <= set(got)
    lau = got["Façonnage de la Canche"]
    assert (lau["commune_insee"], lau["project"]) == ("62588", "CANCHE-SEC")  # Montreuil-sur-Mer
    assert got["Laboratoires Giennois"]["aid_eur"] == 4_000_000


def test_a_table_row_named_with_its_acronym_and_an_island():
    text = ("Six d'entre eux ont communiqué leurs chiffres, sur les 47 lauréats de l'appel à projets « Résilience » :\n\n"
            "Entreprise | Site (dép.) | Investissement | Aide de l'État\n\n"
            "Réunion Confitures Tropicales (RCT) | Saint-Louis (974) | 2,9 M€ | 870 k€\n\n"
            "Conserverie Lorientaise | Lorient (56) | 5,2 M€ | 1,3 M€\n\n"
            "Dans l'océan Indien, RCT veut réduire la dépendance de l'île aux confitures importées.\n")
    got = laureates(text)
    assert set(got) == {"Réunion Confitures Tropicales", "Conserverie Lorientaise"}
    assert got["Réunion Confitures Tropicales"]["aid_eur"] == 870_000


def test_a_wave_total_beside_the_running_count():
    text = ("Le ministère a dévoilé la liste de 47 nouveaux lauréats de l'appel à projets « Résilience ». Ensemble, ils "
            "portent 286 M€ d'investissements industriels, soutenus à hauteur de 71 M€ par l'État, et viennent "
            "s'ajouter aux 312 projets déjà retenus depuis l'ouverture du dispositif.\n\n"
            "- Conserverie Lorientaise (Lorient, 56) : 5,2 M€ d'investissement, 1,3 M€ d'aide.\n")
    ann = announcement(text)
    assert (ann["investment_eur"], ann["aid_eur"]) == (286_000_000, 71_000_000)


RADIO_PAGE = (
    "RADIO VAL D'ADOUR · Le direct\n\n"
    "Huiles, conserves : deux industriels des Landes soutenus pour produire en France\n\n"
    "Deux entreprises figurent parmi les 48 nouveaux lauréats du volet agroalimentaire de l'appel à projets "
    "« (Re)localisations dans les secteurs critiques ».\n\n"
    "À Tarnos, de l'huile « du Sud-Ouest au Sud-Ouest »\n\n"
    "Sur la rive de l'Adour, à Tarnos, l'Huilerie de l'Estuaire va construire une unité de trituration. Objectif : "
    "produire localement des huiles jusqu'ici importées.\n\n"
    "Le projet représente 11 millions d'euros. L'État le soutient à hauteur de 2,4 millions d'euros. Plus de 40 "
    "emplois doivent être créés.\n\n"
    "L'huilerie est une filiale de la coopérative Maïsadour Union, dont le siège est à Mont-de-Marsan.\n\n"
    "Mise à jour — Contactée par la radio, la Brasserie du Marsan, à Mont-de-Marsan, confirme avoir candidaté sans "
    "être retenue.\n\n"
    "RVA — Radio Val d'Adour · Tous droits réservés\n"
)


def test_a_trade_name_whose_figures_open_the_next_paragraph():
    got = laureates(RADIO_PAGE)
    # not the parent cooperative, not the brewery that was not retained, not the radio of the footer
    assert set(got) == {"Huilerie de l'Estuaire"}
    lau = got["Huilerie de l'Estuaire"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"], lau["commune_insee"]) == (
        11_000_000, 2_400_000, 40, "40312")


def test_a_list_of_names_with_commune_and_departement_then_a_sentence():
    text = ("Relocalisation/Diversification : cinq entreprises retenues par la Région\n\n"
            "La Région Centre-Val de Loire a dévoilé les lauréats de son appel à projets « Relocalisation/Diversification ».\n\n"
            "Les lauréats annoncés\n\n"
            "Forges du Cher (Vierzon, Cher). Le forgeron veut se diversifier vers le ferroviaire.\n\n"
            "Cosmétiques de Sologne (Romorantin-Lanthenay, Loir-et-Cher). Le fabricant de crèmes veut rapatrier le "
            "remplissage de ses flacons.\n\n"
            "Plasturgie Dunoise (Châteaudun, Eure-et-Loir). L'injecteur étudie une diversification.\n")
    got = laureates(text)
    assert {"Forges du Cher", "Cosmétiques de Sologne", "Plasturgie Dunoise"} <= set(got)
    assert got["Cosmétiques de Sologne"]["commune_insee"] == "41194"


def test_a_markdown_list_of_names_in_bold():
    text = ("Le gouvernement annonce 85 nouveaux lauréats de l'appel à projets « (Re)localisations dans les secteurs "
            "critiques », dont deux dans la région.\n\n"
            "- **Chimidrac** (Le Pont-de-Claix, Isère) — production d'un intermédiaire. Investissement : 18 M€. Aide de "
            "l'État : 4,5 M€. 35 emplois créés.\n"
            "- **Capteurs du Grésivaudan** (Crolles, Isère) — salle blanche. 22 M€ investis, dont 5 M€ d'aide publique.\n")
    got = laureates(text)
    assert {"Chimidrac", "Capteurs du Grésivaudan"} <= set(got)
    assert got["Chimidrac"]["aid_eur"] == 4_500_000


BOLD_ROUND_UP = (
    "# Territoires d'industrie : 12 nouveaux projets soutenus en Nouvelle-Aquitaine\n\n"
    "La préfète de région a dévoilé vendredi la nouvelle liste des lauréats du Fonds d'accélération des "
    "investissements industriels dans les territoires.\n\n"
    "## CHARENTE\n\n"
    "**Mérignac. Des douelles pour le cognac.** Il ne s'agit pas de la commune girondine, mais du village charentais. "
    "La **Tonnellerie Charentaise Roux** y investit 2,3 M€ dans une unité de cintrage. Aide obtenue : 460 000 €.\n\n"
    "## LANDES\n\n"
    "**Aire-sur-l'Adour. Composites pour l'aéronautique.** Sous-traitant de rang 1, **Composites de l'Adour** va "
    "construire un atelier de drapage. Le projet pèse 5 M€, soutenu à hauteur de 800 000 €.\n\n"
    "## DORDOGNE\n\n"
    "**Bergerac. Un dossier à revoir.** Le projet de la papeterie Delbos n'a pas été retenu dans cette vague.\n"
)


def test_a_round_up_of_bold_datelines_under_departement_headings():
    got = laureates(BOLD_ROUND_UP)
    assert {"Tonnellerie Charentaise Roux", "Composites de l'Adour"} <= set(got)
    assert got["Tonnellerie Charentaise Roux"]["commune_insee"] == "16216"  # Mérignac under « CHARENTE »
    assert got["Composites de l'Adour"]["commune_insee"] == "40001"
    assert got["Composites de l'Adour"]["aid_eur"] == 800_000


def test_a_cleft_sentence_a_campus_and_a_filed_dossier():
    text = ("Relocalisations : deux entreprises du Pas-de-Calais parmi les lauréats de l'appel à projets « (Re)localisations "
            "dans les secteurs critiques ».\n\n"
            "Calais : des cartes électroniques « made in Côte d'Opale »\n"
            "Son siège est à Lille, sur le site d'EuraTechnologies, mais c'est dans son atelier calaisien que Circuitronic "
            "fabriquera ses cartes. La société y investit 4,2 M€ (1,1 M€ d'aide publique). Douze postes seront créés.\n\n"
            "Béthune : un dossier en attente\n"
            "L'équipementier Béthune Hydraulique a confirmé avoir déposé un dossier pour un projet de 2,5 M€.\n")
    got = laureates(text)
    assert set(got) == {"Circuitronic"}
    assert (got["Circuitronic"]["aid_eur"], got["Circuitronic"]["commune_insee"]) == (1_100_000, "62193")


def test_a_programme_budget_inside_the_plans_share_for_industry():
    text = ("Ces 58 projets s'ajoutent aux 531 projets déjà soutenus au titre de l'appel à projets « Résilience ». Le "
            "volet « (Re)localisation » de France Relance est doté de 820 M€, au sein des 35 milliards d'euros que le "
            "plan consacre à l'industrie.\n\n"
            "- Vitréenne de Blisters (Vitré, 35) : 2,3 M€ d'investissement, 690 000 € d'aide.\n")
    assert announcement(text)["envelope_eur"] != 35_000_000_000


VENDEE_ROUND_UP = (
    "France 2030 : la Vendée industrielle rafle trois soutiens de l'État\n\n"
    "Le préfet a annoncé mercredi les lauréats vendéens de France 2030 pour ce semestre.\n\n"
    "Dans l'assiette : des légumes\n\n"
    "Changement de décor à Challans, où la Légumerie du Breuil transforme les légumes des maraîchers. L'entreprise "
    "investit 2,4 millions d'euros dans une ligne de surgélation, avec 480 000 euros d'aide, et dix recrutements.\n\n"
    "Une « Première usine » à La Roche-sur-Yon\n\n"
    "Avec Yonnatech Santé, c'est une start-up qui entre dans le club. Lauréate de l'appel à projets « Première usine », "
    "la jeune pousse va industrialiser ses pompes. Investissement : 4,2 millions d'euros. Aide : 2 millions.\n"
)


def test_where_a_trade_name_works_and_with_it_is_a_start_up():
    got = laureates(VENDEE_ROUND_UP)
    assert {"Légumerie du Breuil", "Yonnatech Santé"} <= set(got)
    assert got["Légumerie du Breuil"]["aid_eur"] == 480_000
    assert got["Yonnatech Santé"]["aid_eur"] == 2_000_000


def test_a_quote_between_a_laureate_and_its_figures():
    text = ("France 2030 : deux projets de santé récompensés dans le Tarn\n\n"
            "Castres. Deux entreprises du bassin figurent parmi les lauréats de France 2030.\n\n"
            "La plus spectaculaire est sans doute Collagène d'Autan. Cette start-up, née en 2021, a été sélectionnée par "
            "l'appel à projets « Première usine ». Elle va construire à Aussillon son premier site de production.\n\n"
            "Le choix d'Aussillon n'a rien d'un hasard. « Ici, on trouve des gens qui savent ce qu'est une peau », résume "
            "la cofondatrice.\n\n"
            "Montant du projet : 14 millions d'euros, dont 3,5 millions d'euros d'aide de l'État. La start-up vise 45 "
            "emplois d'ici 2029.\n")
    lau = laureates(text)["Collagène d'Autan"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (14_000_000, 3_500_000, 45)


def test_a_heading_departement_company_and_commune():
    text = ("Six entreprises de Bourgogne-Franche-Comté parmi les nouveaux lauréats de l'appel à projets « Résilience ».\n\n"
            "LES LAURÉATS RÉGIONAUX\n\n"
            "Territoire de Belfort – Cartelec Nord (Fontaine)\n"
            "Installée à Fontaine, la PME assemble des cartes électroniques. Son projet de 2,8 M€ (aide : 600 000 €) porte "
            "sur une ligne automatisée.\n\n"
            "Nièvre – Biscuiterie Nivernaise (Varennes-Vauzelles)\n"
            "La biscuiterie relance la production de pâtes sablées. L'investissement atteint 1,9 M€. Six postes seront "
            "ouverts.\n")
    got = laureates(text)
    assert got["Cartelec Nord"]["commune_insee"] == "90047"  # the Fontaine of the Territoire de Belfort
    assert got["Biscuiterie Nivernaise"]["investment_eur"] == 1_900_000


def test_a_story_headline_commune_beats_a_homonym_named_later():
    text = ("MADININA INFO — Économie\n\n"
            "Le Lamentin : Antilles Solutés retenue par France 2030\n\n"
            "Antilles Solutés, qui conditionne des solutés pour les hôpitaux, figure dans la liste des projets soutenus "
            "par l'État au titre de France 2030. L'entreprise va construire une unité de poches de perfusion.\n\n"
            "L'investissement atteint 5,4 millions d'euros. L'État l'accompagne à hauteur de 1,2 million.\n\n"
            "Le groupe n'exclut pas de dupliquer le modèle à Lamentin, en Guadeloupe, « si celui de Martinique "
            "fonctionne ».\n")
    lau = laureates(text)["Antilles Solutés"]
    assert lau["commune_insee"] == "97213"  # Le Lamentin (Martinique), not Lamentin (Guadeloupe)
