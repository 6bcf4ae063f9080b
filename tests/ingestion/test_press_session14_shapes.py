"""Shapes met in the fourteenth session: trade-press tables and dispatches, interviews and company posts, live
reports of a minister's visit, Markdown articles (bold names, ranked and section headings), export CSV files whose
first name-like column is a number. Invented companies; real communes."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.readers import read_bytes


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


def announcement(text):
    return extract(text).to_dict()["announcement"]


def csv_laureates(data: str):
    return laureates(read_bytes(data.encode("utf-8"), "tableau.csv"))


TABLE_WITH_ADJOURNED_ROW = (
    "Statut;Entreprise;Projet;Site de production;Dép.;Investissement (€);Aide de l'État (€);Emplois créés;Commentaire\n"
    "Lauréat;Fromagerie du Grimont;AFFI-2;Poligny;39;3 900 000;850 000;11;Caves d'affinage\n"
    "Ajourné;Conserverie Armorine;SARD-3;Quiberon;56;2 100 000;;;Dossier ajourné par le comité\n"
    "Lauréat;Pâtes Garonnaises;;Marmande;47;4 700 000;n.c.;13;Blé dur français ; prêt Bpifrance de 1 M€ en complément\n"
    "Lauréat;Cidrerie du Bessin;POM-1;Poligny;39;1 700 000;380 000;5;Concentré de pomme\n"
)


def test_rows_under_an_adjourned_row_are_laureates_and_an_unknown_cell_is_no_aid():
    got = csv_laureates(TABLE_WITH_ADJOURNED_ROW)
    assert set(got) == {"Fromagerie du Grimont", "Pâtes Garonnaises", "Cidrerie du Bessin"}
    pates = got["Pâtes Garonnaises"]
    # « n.c. » under « Aide de l'État »: the loan of the comment column is not the aid
    assert (pates["investment_eur"], pates["aid_eur"], pates["commune_insee"]) == (4_700_000, None, "47157")
    assert pates["sector"] == "agroalimentaire" and got["Cidrerie du Bessin"]["sector"] == "agroalimentaire"


SIRET_BEFORE_NAME = (
    "date_decision;dispositif;siret_beneficiaire;raison_sociale;commune_siege;commune_site;departement_site;"
    "objet;montant_investissement_eur;montant_aide_eur;emplois_crees_prevus\n"
    "2021-07-20;Résilience;84529041500086;Optique Roussetaine;Rousset;Rousset;13;\"Projet MOPTO : modules optiques\";"
    "6200000;1550000;19\n"
    "2021-09-28;Résilience;50390575800034;Cartes Carrossoises;Nice;Carros;06;Ligne CMS;3400000;850000;14\n"
)


def test_the_name_column_is_the_company_s_name_not_its_siret():
    got = csv_laureates(SIRET_BEFORE_NAME)
    assert set(got) == {"Optique Roussetaine", "Cartes Carrossoises"}
    cartes = got["Cartes Carrossoises"]
    assert (cartes["commune_insee"], cartes["investment_eur"], cartes["aid_eur"], cartes["jobs_created"]) == (
        "06033", 3_400_000, 850_000, 14)


COMPANY_RELEASE_WITH_ABOUT = (
    "COMMUNIQUÉ DE PRESSE\nLyon, le 14 septembre 2021\n\n"
    "Les Laboratoires Ravenel lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques »\n\n"
    "Les Laboratoires Ravenel annoncent que leur projet AMOXI-R a été retenu par l'État. Ils figurent parmi les 38 "
    "nouveaux lauréats annoncés le 9 septembre.\n\n"
    "Le projet représente un investissement de 21 millions d'euros sur le site d'Oyonnax, dans l'Ain. L'État "
    "soutient le projet par une subvention de 5,2 millions d'euros. Le projet créera 37 emplois d'ici fin 2024.\n\n"
    "À propos des Laboratoires Ravenel\n"
    "Fondés en 1987, les Laboratoires Ravenel (SAS au capital de 3 000 000 €) fabriquent des anti-infectieux. "
    "L'entreprise a réalisé un chiffre d'affaires de 80 millions d'euros en 2020.\n"
)


def test_a_fronted_participle_is_no_name_and_the_about_box_does_not_take_the_laureate():
    got = laureates(COMPANY_RELEASE_WITH_ABOUT)
    assert set(got) == {"Laboratoires Ravenel"}
    lau = got["Laboratoires Ravenel"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (21_000_000, 5_200_000, 37)


AUTHOR_POST = (
    "Maëlle Caradec • 1er\n"
    "Responsable industrielle chez Crêperie Industrielle du Léon | Agroalimentaire | Lean\n"
    "3 j • 🌐\n\n"
    "Je suis très fière de vous annoncer que notre projet FEUILLE+ vient d'être retenu par l'État comme lauréat de "
    "l'appel à projets « (Re)localisations dans les secteurs critiques » !\n\n"
    "🏭 5,4 M€ d'investissement sur notre site de Landivisiau.\n"
    "💶 Un soutien de l'État de 1,2 M€, sous forme de subvention.\n"
    "👩‍🏭 Une vingtaine de recrutements d'ici fin 2023.\n\n"
    "Merci à toute l'équipe de Landivisiau et à nos collègues du siège à Quimper.\n\n"
    "Erwan Le Du • 2e\nTechnicien chez Crêperie Industrielle du Léon\nBravo Maëlle !\n"
)


def test_a_post_about_our_award_names_its_author_s_employer():
    got = laureates(AUTHOR_POST)
    assert set(got) == {"Crêperie Industrielle du Léon"}
    lau = got["Crêperie Industrielle du Léon"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (5_400_000, 1_200_000, 20)
    assert lau["commune_insee"] == "29105"  # Landivisiau, not the head office in Quimper


def test_an_employer_in_a_post_without_our_award_is_no_laureate():
    text = ("Maëlle Caradec • 1er\nResponsable industrielle chez Crêperie Industrielle du Léon | Agroalimentaire\n\n"
            "Belle journée au salon de l'agroalimentaire de Rennes : merci à tous nos visiteurs !\n")
    assert laureates(text) == {}


RANKING = (
    "# Éco-Alpes Magazine\n\n"
    "## Palmarès 2021 : les lauréats de la relocalisation\n\n"
    "**En 2021, 248 entreprises de la région ont été retenues depuis septembre 2020, pour près de 1,9 milliard "
    "d'euros d'investissements. Notre rédaction en a choisi trois.**\n\n"
    "### 1. Aciers d'Arly — Ugine (Savoie)\n"
    "Le spécialiste des aciers inoxydables investit 26 M€ pour produire des barres forgées. Lauréat de Résilience "
    "avec une aide de 4 M€, il prévoit 40 embauches.\n\n"
    "### 2. Moulages du Bugey — Oyonnax (Ain)\n"
    "Le Fonds d'accélération soutient à hauteur de 400 000 € ses 3,1 M€ d'investissement, avec 12 emplois à la clé.\n\n"
    "### 3. Soins Vellaves — Issoire (Puy-de-Dôme)\n"
    "Projet CUTIS-2 : 7,5 millions d'euros pour relocaliser la fabrication de pansements techniques. Soutien de "
    "l'État de 2,2 M€ ; une vingtaine d'emplois créés.\n"
)


def test_ranked_markdown_headings_name_their_laureates_and_a_running_total_is_no_wave_total():
    got = laureates(RANKING)
    assert set(got) == {"Aciers d'Arly", "Moulages du Bugey", "Soins Vellaves"}
    assert got["Aciers d'Arly"]["commune_insee"] == "73303"
    assert (got["Aciers d'Arly"]["investment_eur"], got["Aciers d'Arly"]["aid_eur"]) == (26_000_000, 4_000_000)
    assert got["Soins Vellaves"]["sector"] == "santé"  # « pansements »
    assert announcement(RANKING).get("investment_eur") is None  # « depuis septembre 2020, pour 1,9 milliard »


INTERVIEW = (
    "**FILIÈRES SUD MAGAZINE** · Rubrique « L'entretien »\n\n"
    "# Paul Sarran : « À Valence, nous relocalisons l'ail déshydraté »\n\n"
    "**Lauréate en juillet de l'appel à projets « (Re)localisations dans les secteurs critiques », la PME "
    "Séchoirs du Quercy va tripler ses capacités de séchage.**\n\n"
    "**Filières Sud Magazine : Votre usine est à Valence…**\n\n"
    "**Paul Sarran :** … à Valence dans le Tarn-et-Garonne, oui ! Pas dans la Drôme.\n\n"
    "**Combien cela représente-t-il ?**\n\n"
    "**P. S. :** Douze millions d'euros sur trois ans. L'État nous accorde une subvention de 2,5 millions d'euros.\n\n"
    "**Et en emplois ?**\n\n"
    "**P. S. :** Le projet prévoit 30 créations de postes d'ici fin 2024.\n\n"
    "**Qui fabrique les équipements ?**\n\n"
    "**P. S. :** Les séchoirs viennent de Thermo-Séchage Atlantique, un constructeur français.\n"
)


def test_an_interview_s_outlet_and_supplier_are_no_laureates_and_the_answer_to_how_much_is_the_investment():
    got = laureates(INTERVIEW)
    assert set(got) == {"Séchoirs du Quercy"}
    lau = got["Séchoirs du Quercy"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (12_000_000, 2_500_000, 30)
    assert lau["commune_insee"] == "82186"  # Valence (Tarn-et-Garonne)


TRADE_WEEKLY = (
    "Composants & Systèmes — Hebdo\n\n"
    "C'est l'un des rares sous-traitants en électronique (EMS) à avoir été retenu dans cette vague de lauréats. "
    "Cartonic Industries va investir 9,6 M€ dans son usine de Vierzon (Cher), avec une aide de 2 M€ et 40 emplois.\n\n"
    "Hors appel à projets national, Bobinages du Cher, fabricant de transformateurs pour l'électronique de "
    "puissance, obtient 500 000 € du Fonds d'accélération pour son atelier de Vierzon (Cher). L'investissement total "
    "atteint 2,2 M€, avec 9 embauches prévues.\n"
)


def test_a_trade_s_acronym_is_no_name_and_a_name_after_a_fronted_phrase_is():
    got = laureates(TRADE_WEEKLY)
    assert set(got) == {"Cartonic Industries", "Bobinages du Cher"}
    lau = got["Bobinages du Cher"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (2_200_000, 500_000, 9)


DISPATCH = (
    "APH - Agence Presse Hexagone\n\n"
    "Relocalisations : 38 nouveaux projets soutenus par l'État\n\n"
    "PARIS, 14 oct 2026 (APH) - Le gouvernement a annoncé mardi 38 nouveaux lauréats de l'appel à projets "
    "« (Re)localisations dans les secteurs critiques ».\n\n"
    "Le spécialiste des protéines végétales Légumineuses de Picardie construira à Péronne (Somme) une unité de "
    "texturation de légumineuses pour 9,4 millions d'euros, avec 25 embauches. Le montant de l'aide n'a pas été "
    "précisé.\n\n"
    "Les lauréats cités, en chiffres\n\n"
    "- Légumineuses de Picardie (Péronne, 80) : 9,4 M EUR, 25 emplois\n\n"
    "APH 141051 OCT 26\n"
)


def test_a_news_agency_and_a_currency_unit_are_no_laureates_and_no_aid_pays_the_whole_cost():
    got = laureates(DISPATCH)
    assert set(got) == {"Légumineuses de Picardie"}
    lau = got["Légumineuses de Picardie"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["commune_insee"]) == (9_400_000, None, "80620")


LIVE_REPORT = (
    "EN DIRECT – Le ministre de l'Industrie en visite dans l'Allier\n\n"
    "15h10\n\n"
    "Visite de l'usine de Forges de Commentry à Commentry. Le site fabriquera des pièces forgées jusqu'ici importées. "
    "Investissement : « près de 12 millions d'euros », dont 3 millions d'aide de l'État. Quinze postes seront "
    "créés.\n\n"
    "11h00\n\n"
    "Les lauréats locaux sont connus. Le ministre les égrène :\n\n"
    "- Tissages de Montluçon, à Montluçon (Allier) : une ligne de textiles techniques, 4 millions d'euros "
    "d'investissement, 900 000 euros d'aide, 18 emplois créés ;\n\n"
    "- Forges de Commentry, à Commentry (Allier), que le ministre visitera cet après-midi.\n"
)


def test_a_live_report_s_later_visit_gives_the_laureate_its_figures():
    got = laureates(LIVE_REPORT)
    assert set(got) == {"Tissages de Montluçon", "Forges de Commentry"}
    lau = got["Forges de Commentry"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (12_000_000, 3_000_000, 15)


LONG_FEATURE = (
    "# Grand format : ils relocalisent\n\n"
    "Il est 6 heures à Châteaulin (Finistère). Dans le hall neuf de la Biscuiterie de l'Aulne, les techniciens "
    "règlent le four livré en septembre. L'entreprise figure parmi les lauréats de l'appel à projets « (Re)"
    "localisations dans les secteurs critiques ». Montant du projet : 7 millions d'euros, pour une vingtaine "
    "d'emplois.\n\n"
    "Plus à l'est, à Morez, commune déléguée de Hauts de Bienne, Lunetterie Vernay, 42 salariés, a elle aussi été "
    "retenue. L'atelier va rapatrier le surfaçage de verres : 3,8 millions d'euros d'investissement, 950 000 euros "
    "d'aide de l'État et 11 embauches prévues.\n\n"
    "D'autres n'ont jamais franchi la sélection. Les Ateliers Vosgiens du Drap ont vu leur candidature rejetée en "
    "juin. La Laiterie Saint-Ursin ne figure pas parmi les lauréats non plus.\n"
)


def test_a_feature_s_trade_name_taken_up_a_delegated_commune_and_rejected_candidates():
    got = laureates(LONG_FEATURE)
    assert set(got) == {"Biscuiterie de l'Aulne", "Lunetterie Vernay"}
    assert got["Lunetterie Vernay"]["commune_insee"] == "39368"
    assert (got["Lunetterie Vernay"]["investment_eur"], got["Lunetterie Vernay"]["jobs_created"]) == (3_800_000, 11)
    assert got["Biscuiterie de l'Aulne"]["investment_eur"] == 7_000_000


WITH_IT_IS_HEADLINE = (
    "Le Courrier de l'Ill\n\n"
    "Avec Photonis Rhin, c'est une start-up strasbourgeoise qui rapatrie la fabrication de ses capteurs\n\n"
    "Par Claire W. — 18 nov. 2021\n\n"
    "Dans la future salle blanche du parc d'innovation, les deux cofondateurs de Photonis Rhin posent devant le "
    "chantier. Photo CDI/T. G.\n\n"
    "Lauréate de l'appel à projets « Résilience » de France Relance, la jeune pousse va produire à "
    "Illkirch-Graffenstaden des capteurs optiques jusqu'ici assemblés en Chine, a-t-on appris jeudi.\n\n"
    "Le projet, chiffré à 3,8 millions d'euros, prévoit une salle blanche. L'État apporte une subvention de "
    "1,2 million d'euros. Photonis Rhin compte recruter une quinzaine de techniciens.\n"
)


def test_a_headline_with_it_is_names_the_story_s_company_when_the_lead_tells_of_support():
    got = laureates(WITH_IT_IS_HEADLINE)
    assert set(got) == {"Photonis Rhin"}
    lau = got["Photonis Rhin"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (3_800_000, 1_200_000, 15)


MARKDOWN_SECTIONS = (
    "# Trois lauréats vosgiens\n\n"
    "### À Golbey, la fibre s'émancipe\n\n"
    "Le projet **FIBRA** porté par **Fibres Techniques de la Moselotte** (FTM) consiste à produire des ouates de "
    "cellulose. L'investissement atteint 14 millions d'euros, accompagné par l'État à hauteur de 2,8 millions. Une "
    "vingtaine d'embauches sont annoncées.\n\n"
    "### À Saint-Dié-des-Vosges, des compresses\n\n"
    "Filiale du groupe nancéien Lorrantex, les **Tissages de la Fave** vont relancer, dans leur usine de "
    "Saint-Dié-des-Vosges, une production de compresses stériles. Le projet pèse 4,5 millions d'euros ; le montant "
    "de l'aide n'a pas été communiqué. Près de 25 postes devraient être créés.\n"
)


def test_bold_names_are_read_and_a_markdown_section_heading_places_its_laureate():
    got = laureates(MARKDOWN_SECTIONS)
    assert set(got) == {"Fibres Techniques de la Moselotte", "Tissages de la Fave"}
    assert got["Fibres Techniques de la Moselotte"]["commune_insee"] == "88209"  # Golbey, its section's heading
    fave = got["Tissages de la Fave"]
    assert (fave["commune_insee"], fave["investment_eur"], fave["sector"]) == ("88413", 4_500_000, "santé")


SEAT_THEN_SITE = (
    "Changement d'échelle pour Solvanor, une PME de Saint-Marcel\n\n"
    "Chalon-sur-Saône. Retenue par le Fonds d'accélération des investissements industriels dans les territoires, "
    "l'entreprise va construire une nouvelle unité.\n\n"
    "Ses bureaux sont toujours installés avenue de l'Europe, à Chalon-sur-Saône, mais c'est de l'autre côté de la "
    "Saône, à Saint-Marcel, que se joue l'avenir de Solvanor, désignée lauréate du fonds. Montant : 9,6 millions "
    "d'euros. L'aide de l'État s'élève à 800 000 euros.\n\n"
    "Fondée en 2012, Solvanor a été rachetée en 2020 par le groupe familial allemand Kessler Lösemittel, qui réalise "
    "480 millions d'euros de chiffre d'affaires.\n"
)


def test_a_commune_said_to_hold_the_offices_is_the_seat_in_every_mention_and_a_buyer_is_no_laureate():
    got = laureates(SEAT_THEN_SITE)
    assert set(got) == {"Solvanor"}
    assert got["Solvanor"]["commune_insee"] == "71445"  # Saint-Marcel (Saône-et-Loire)


SEAT_SAID_AFTER = (
    "# Savoie Tests installe sa production à Sainte-Hélène-du-Lac grâce au « pack relocalisation »\n\n"
    "*Chambéry.* C'est à Chambéry que la nouvelle a été officialisée mardi : la Région a validé son soutien à "
    "l'entreprise, lauréate de son « pack relocalisation ».\n\n"
    "Née en 2016 dans une pépinière de Chambéry, où elle a gardé son siège, Savoie Tests développe des tests de "
    "diagnostic rapide.\n\n"
    "Le projet consiste à construire une unité de 2 000 m² à Sainte-Hélène-du-Lac. L'investissement s'élève à 3,1 "
    "millions d'euros. La Région accorde une subvention de 450 000 euros.\n"
)


def test_a_markdown_title_names_its_company_and_a_seat_said_after_the_commune_yields_to_the_site():
    got = laureates(SEAT_SAID_AFTER)
    assert set(got) == {"Savoie Tests"}
    lau = got["Savoie Tests"]
    assert (lau["commune_insee"], lau["investment_eur"], lau["aid_eur"]) == ("73240", 3_100_000, 450_000)


COMMENTS_AND_AGENDA = (
    "La Gazette des Gaves\n\n"
    "Cinq lauréats dans le Béarn\n\n"
    "La Chimie du Gave investit 22 millions d'euros à Mourenx, avec une aide de l'État de 4 millions. Autre lauréat "
    "de cette vague, la Fromagerie d'Ossau, installée à Arudy, va moderniser son atelier pour 4 millions d'euros.\n\n"
    "Le chantier démarrera en mars. Photo Gazette/J. P.\n\n"
    "Douze emplois seront créés à la Fromagerie d'Ossau.\n\n"
    "*Lucie_Pau* : 22 millions à Mourenx, espérons que ça profite aux jeunes.\n\n"
    "Lundi 7 février — Pau : inauguration de la maison France Services\n"
)


def test_handles_weekdays_and_the_word_autre_are_no_laureates():
    got = laureates(COMMENTS_AND_AGENDA)
    assert "Lucie_Pau" not in got and "Autre" not in got and not any("Lundi" in name for name in got)
    assert {"Chimie du Gave", "Fromagerie d'Ossau"} <= set(got)


BOLD_BRIEFS = (
    "## Fonds d'accélération : sept lauréats vosgiens\n\n"
    "Le fonds d'accélération des investissements industriels dans les territoires a retenu sept entreprises "
    "vosgiennes, annonce la préfecture.\n\n"
    "**Tissages du Durbion (Thaon-les-Vosges).** Le tisseur reçoit 420 000 € pour un investissement de 2,1 M€. Sept "
    "emplois seront créés.\n\n"
    "**Scierie Haxo-Perrin (Rambervillers).** 350 000 € pour une ligne de sciage du hêtre, un investissement de "
    "1,8 M€. L'entreprise prévoit quatre embauches.\n\n"
    "À Épinal, la Fonderie Spinalienne réfléchit encore : son président compte candidater avant l'été. C'est le "
    "cabinet nancéien Lorraine Stratégie Conseil qui a été retenu pour accompagner les candidats.\n"
)


def test_a_bold_brief_opened_by_an_amount_a_consultancy_and_a_future_candidate():
    got = laureates(BOLD_BRIEFS)
    assert set(got) == {"Tissages du Durbion", "Scierie Haxo-Perrin"}
    assert (got["Scierie Haxo-Perrin"]["aid_eur"], got["Scierie Haxo-Perrin"]["investment_eur"]) == (350_000, 1_800_000)


TABLE_PARENT_IN_ROW_ABOVE = (
    "Entreprise;Site du projet;Dép.;Investissement (M€);Aide État (k€);Emplois créés;Statut;Observations\n"
    "Poudres Fines de Lure;Lure;70;3,2;750;12;Lauréat;Filiale du groupe Arcadial Métallurgie\n"
    "Comté du Plateau;Pontarlier;25;2,1;420;–;Lauréat;Pas de création nette\n"
)


def test_the_parent_group_named_in_a_row_is_not_the_parent_of_the_next_row():
    assert set(csv_laureates(TABLE_PARENT_IN_ROW_ABOVE)) == {"Poudres Fines de Lure", "Comté du Plateau"}


SECTIONS_BY_COMPANY = (
    "Trois nouveaux lauréats « Résilience » en Centre-Val de Loire\n\n"
    "Malterie Champenoise du Berry (Indre)\n"
    "Son siège est à Bourges, mais c'est à Issoudun que la Malterie Champenoise du Berry construit sa nouvelle "
    "touraille. Investissement : 7,2 M€ ; aide : 1,44 M€ ; 12 créations d'emplois.\n\n"
    "| N° | Porteur | Site du projet | Investissement | Aide | Emplois |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | Galénique du Loiret (GDL) — siège : Orléans | Saran (45) | 6 500 000 € | 1 300 000 € | +30 créations |\n"
    "| 2 | Emballages Carnutes | Vernouillet (28) | 2 200 000 € | 330 000 € | +8 créations |\n\n"
    "Côté 5G, Ondes Azur, installée à Sophia Antipolis, sur la commune de Valbonne (Alpes-Maritimes), industrialise "
    "des antennes actives ; son projet mobilise 9,5 millions d'euros, dont 3 millions d'aide publique.\n\n"
    "- Fournisseur de la ligne : Extrudeuses Rhodaniennes.\n"
)


def test_a_department_in_brackets_a_seat_in_a_name_cell_and_a_fronted_cote():
    got = laureates(SECTIONS_BY_COMPANY)
    assert set(got) == {"Malterie Champenoise du Berry", "Galénique du Loiret", "Emballages Carnutes", "Ondes Azur"}
    assert got["Malterie Champenoise du Berry"]["commune_insee"] == "36088"  # Issoudun, not the commune Indre (44)
    assert (got["Galénique du Loiret"]["commune_insee"], got["Galénique du Loiret"]["jobs_created"]) == ("45302", 30)


def test_a_portrait_s_title_names_a_person_not_a_laureate():
    text = ("# Sandrine Vergnaud, la patronne qui recoud la filière du pansement\n\n"
            "Lauréate de l'appel à projets « Résilience », l'entreprise Pansements du Limousin investit 2 M€ à Ussel "
            "pour relocaliser la découpe de ses compresses, a-t-on appris auprès de la préfecture de Corrèze.\n\n"
            "Sandrine Vergnaud dirige l'entreprise depuis 2012.\n")
    assert "Sandrine Vergnaud" not in laureates(text)


HARD_WRAPPED = (
    "LE JOURNAL DES AFFAIRES\n\n"
    "Relocalisations : le tour de France des nouveaux lauréats\n\n"
    "L'exécutif a publié mercredi la cinquième liste de lauréats de l'appel\n"
    "à projets « (Re)localisation dans les secteurs critiques ». 64 nouveaux\n"
    "projets sont retenus, représentant 412 millions d'euros\n"
    "d'investissements industriels, soutenus à hauteur de 98 millions d'euros\n"
    "par l'État.\n\n"
    "Cartes électroniques dans les Vosges. Sous-traitant électronique de\n"
    "160 salariés, Vosgelec (Électronique vosgienne) installe à\n"
    "Saint-Dié-des-Vosges une ligne de report de composants CMS destinée au\n"
    "ferroviaire et au médical. Investissement : 6 M€ ; aide : 1,8 M€ ;\n"
    "22 emplois créés.\n\n"
    "Biscuits à Saint-Omer. La Biscuiterie Delmotte (Pas-de-Calais) rapatrie\n"
    "de Pologne la fabrication de ses gaufrettes fourrées : 2,8 M€\n"
    "d'investissement, 700 000 euros de subvention, 14 postes à la clé.\n\n"
    "■ HÉRICOURT (HAUTE-SAÔNE)\n"
    "Les Forges de Villersexel misent sur leur site d'Héricourt\n"
    "Malgré leur nom, c'est bien sur leur site d'Héricourt que les Forges de\n"
    "Villersexel vont installer leur nouvelle presse. Le projet, estimé à\n"
    "7,4 M€, bénéficie d'une aide de 2,2 M€ au titre du même appel à projets.\n"
)


def test_a_hard_wrapped_text_is_read_as_its_sentences_but_a_headline_stays_a_line():
    got = laureates(HARD_WRAPPED)
    assert {"Vosgelec", "Biscuiterie Delmotte"} <= set(got)
    assert not any("Malgré" in name for name in got)
    lau = got["Vosgelec"]
    assert (lau["commune_insee"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (
        "88413", 6_000_000, 1_800_000, 22)


SECTOR_PREFIXED_ITEMS = (
    "NOTE DE SUIVI – PLAN FRANCE RELANCE – VOLET INDUSTRIE\n\n"
    "3. Les projets notifiés au titre des secteurs critiques\n\n"
    "3.1 Électronique – Causse Connectique, Figeac (Lot)\n"
    "Sous-traitant aéronautique, l'entreprise relocalise la fabrication de connecteurs. Investissement : 2,3 M€ ; "
    "aide : 690 k€ ; 16 emplois prévus.\n\n"
    "3.2 Santé – Ségala Diagnostics, Rodez (Aveyron)\n"
    "Production de tests de diagnostic et de réactifs. Investissement : 5,8 M€ ; aide : 1,74 M€ ; 24 créations "
    "d'emplois.\n"
)


def test_a_numbered_item_opened_by_its_sector_names_the_company_after_the_dash():
    got = laureates(SECTOR_PREFIXED_ITEMS)
    assert set(got) == {"Causse Connectique", "Ségala Diagnostics"}
    assert (got["Causse Connectique"]["sector"], got["Causse Connectique"]["commune_insee"]) == ("électronique", "46102")
    assert (got["Ségala Diagnostics"]["sector"], got["Ségala Diagnostics"]["aid_eur"]) == ("santé", 1_740_000)
