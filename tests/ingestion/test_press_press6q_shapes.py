"""Shapes of official documents (issue 6, helper press6q): decrees « 1° À la société X, SAS dont le siège … »,
deliberations « d'attribuer … à la SARL X », minutes « 2.1 – X, Commune » and « Dossier 3.1 – X – Commune »,
press kits « ▶ X – Commune (Département) », a CSV table pasted in an e-mail, totals of the laureates.
Sentences written for the tests (no name or sentence of a development set)."""
from relocalisation.ingestion.press import extract


def run(text, spacy=False):
    return extract(text, use_spacy=spacy).to_dict()


def laureates(text, spacy=False):
    return {lau["organisation"]: lau for lau in run(text, spacy)["laureates"]}


def test_triangle_bullet_heading_with_commune_and_departement():
    text = ("LES DEUX LAURÉATS\n\n"
            "▶ CÉRAMIQUES DU LIMOUSIN – Limoges (Haute-Vienne)\n"
            "Secteur : santé\n"
            "L'entreprise relocalise la fabrication d'implants dentaires.\n"
            "Investissement : 3,2 M€ | Aide État : 700 000 € | Emplois créés : 12\n\n"
            "▶ FILATURE DU BÉARN – Oloron-Sainte-Marie (Pyrénées-Atlantiques)\n"
            "Secteur : intrants essentiels\n"
            "Investissement : 2 M€ | Aide État : 400 000 € | Emplois créés : 7\n")
    got = laureates(text)
    assert set(got) == {"CÉRAMIQUES DU LIMOUSIN", "FILATURE DU BÉARN"}
    assert got["CÉRAMIQUES DU LIMOUSIN"]["commune_name"] == "Limoges"
    assert (got["CÉRAMIQUES DU LIMOUSIN"]["aid_eur"], got["CÉRAMIQUES DU LIMOUSIN"]["jobs_created"]) == (700000, 12)
    assert got["FILATURE DU BÉARN"]["department_code"] == "64"


def test_semicolon_table_with_raison_sociale_and_abbreviated_columns():
    text = ("Bonjour,\n\nVoici la liste des projets retenus par l'appel à projets Résilience :\n\n"
            "Dpt;Commune;Raison sociale;Intitulé projet;Secteur;Inv. total (€);Aide État (€);Forme;Emplois créés\n"
            "87;Limoges;OPTIQUE DU VAL DE VIENNE;Verres correcteurs;Santé;1 800 000;360 000;Subv.;9\n"
            "19;Tulle;CORRÈZE USINAGE;Pièces de turbines;Intrants essentiels;2 500 000;500 000;AR;14\n\n"
            "Bien cordialement,\n")
    got = laureates(text)
    assert set(got) == {"OPTIQUE DU VAL DE VIENNE", "CORRÈZE USINAGE"}  # (no « Dpt », « Raison sociale », « Forme »)
    lau = got["OPTIQUE DU VAL DE VIENNE"]
    assert (lau["commune_name"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == \
        ("Limoges", 1800000, 360000, 9)


def test_deliberation_grants_to_a_sarl_with_a_long_name_in_capitals():
    text = ("Considérant que les entreprises ci-après ont été retenues par l'État au titre du dispositif « Relance "
            "locale » ;\n\nDÉCIDE :\n\n"
            "ARTICLE 1 : d'attribuer une aide à l'immobilier d'entreprise de 75 000 € à la SARL TEINTURES ET APPRÊTS "
            "DE LA VALLÉE DU LOT, à Figeac, pour l'extension de son atelier (programme global : 900 000 €). "
            "Création de quatre emplois.\n\n"
            "ARTICLE 2 : d'attribuer une aide à l'immobilier d'entreprise de 40 000 € à la SARL MENUISERIES DU "
            "SÉGALA, à Capdenac-Gare, pour la construction d'un entrepôt (programme global : 500 000 €).\n\n"
            "ARTICLE 3 : de ne pas donner suite à la demande de la SAS Quercy Emballages (Cahors), le projet ne "
            "comportant pas de volet immobilier.\n\n"
            "ARTICLE 4 : d'imputer la dépense totale de 115 000 € sur le chapitre 204 du budget départemental.\n")
    out = run(text)
    got = {lau["organisation"]: lau for lau in out["laureates"]}
    assert set(got) == {"TEINTURES ET APPRÊTS DE LA VALLÉE DU LOT", "MENUISERIES DU SÉGALA"}
    assert got["TEINTURES ET APPRÊTS DE LA VALLÉE DU LOT"]["commune_name"] == "Figeac"
    assert out["announcement"]["aid_eur"] == 115000
    assert out["announcement"]["investment_eur"] is None


def test_decree_item_with_legal_form_after_the_name():
    text = ("ARRÊTE\n\nArticle 1er – Une subvention d'investissement est attribuée aux bénéficiaires désignés ci-après :\n\n"
            "1° À la société CONSERVERIE DU GUILVINEC, SAS dont le siège est situé à Quimper (Finistère), pour la "
            "création d'une ligne d'appertisation, d'un coût total éligible de 1 400 000 € HT : subvention de "
            "280 000 €. Le projet prévoit la création de 6 emplois ;\n\n"
            "2° À la société MOULAGES DE L'ODET, SARL dont le siège est situé à Quimper (Finistère), pour la "
            "modernisation de ses presses, d'un coût total éligible de 600 000 € HT : subvention de 120 000 €.\n")
    got = laureates(text, spacy=True)
    assert set(got) == {"CONSERVERIE DU GUILVINEC", "MOULAGES DE L'ODET"}  # (no « SAS », no « SARL »)
    lau = got["CONSERVERIE DU GUILVINEC"]
    assert (lau["commune_name"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == \
        ("Quimper", 1400000, 280000, 6)


def test_numbered_items_of_minutes_and_their_decisions():
    text = ("Comité de pilotage Territoires d'industrie – compte rendu\n\n2. Examen des projets\n\n"
            "2.1 – Tuilerie Gasconne (TG), Auch\n"
            "Projet : four à rouleaux électrique.\n"
            "Coût : 1,2 M€. Aide sollicitée : 240 000 €.\n"
            "Emplois : 5 créations.\n"
            "→ AVIS FAVORABLE. Montant retenu : 200 000 € (plafond par projet).\n\n"
            "2.2 – Salaisons de Lomagne, Lectoure\n"
            "Projet : séchoir à jambons.\n"
            "Coût : 800 000 €. Aide sollicitée : 160 000 €.\n"
            "→ AVIS FAVORABLE pour 160 000 €.\n\n"
            "3. Synthèse\n\n"
            "Deux projets retenus, pour 2 M€ d'investissement et 360 000 € d'aides.\n")
    out = run(text, spacy=True)
    got = {lau["organisation"]: lau for lau in out["laureates"]}
    assert set(got) == {"Tuilerie Gasconne", "Salaisons de Lomagne"}  # (no « AVIS FAVORABLE »)
    assert got["Tuilerie Gasconne"]["commune_name"] == "Auch"
    assert got["Salaisons de Lomagne"]["commune_name"] == "Lectoure"
    assert (out["announcement"]["investment_eur"], out["announcement"]["aid_eur"]) == (2000000, 360000)


def test_dossier_headings_with_decision_lines():
    text = ("Relevé de décisions du comité d'engagement – aides à l'investissement productif\n"
            "\n"
            "Deux des dossiers présentés ont été retenus par l'État dans le cadre de l'appel à projets « "
            "Résilience ».\n"
            "\n"
            "Dossier 4.1 – SAS BISCUITERIE DU MORVAN – Avallon (Yonne)\n"
            "Objet : nouvelle ligne de cuisson pour les biscuits secs vendus en grande surface.\n"
            "Programme d'investissement : 1 100 000 € HT.\n"
            "Aide de l'État : 220 000 €.\n"
            "Aide proposée : 150 000 € (subvention, 15 %).\n"
            "Emplois : cinq créations.\n"
            "Décision : ACCORD.\n"
            "\n"
            "Dossier 4.2 – SARL FROMAGERIE DU CHAROLAIS – Charolles (Saône-et-Loire)\n"
            "Objet : cave d'affinage.\n"
            "Programme d'investissement : 700 000 € HT.\n"
            "Aide proposée : 90 000 € (subvention).\n"
            "Décision : ACCORD.\n"
            "\n"
            "Dossier 4.3 – SAS NIÈVRE RECYCLAGE – Cosne-Cours-sur-Loire (Nièvre)\n"
            "Objet : broyage de palettes.\n"
            "Décision : REJET – hors du champ du régime.\n")
    got = laureates(text, spacy=True)
    assert set(got) == {"BISCUITERIE DU MORVAN", "FROMAGERIE DU CHAROLAIS"}  # (no « ACCORD », no rejected item)
    lau = got["BISCUITERIE DU MORVAN"]
    assert (lau["commune_name"], lau["investment_eur"]) == ("Avallon", 1100000)


def test_sentence_summing_up_the_laureates_gives_the_totals():
    text = ("Le dispositif « Cap Industrie », doté d'un budget de 5 M€, a été mobilisé cette année : l'agence a "
            "accordé 3 M€ d'aides pour 20 M€ d'investissements, tous dossiers confondus.\n\n"
            "À Rodez (Aveyron), la société Couteaux du Rouergue investit 900 000 € et reçoit une subvention de "
            "150 000 €.\n\n"
            "À Millau (Aveyron), la société Gants de Tarn et Causses investit 1,1 M€ et reçoit une subvention de "
            "200 000 €.\n\n"
            "Au total, ces deux projets représentent 2 M€ d'investissement et 350 000 € d'aides régionales.\n")
    ann = run(text)["announcement"]
    assert (ann["investment_eur"], ann["aid_eur"]) == (2000000, 350000)
    assert ann["new_laureates"] == 2  # (« ces deux projets » in the summing sentence)


ALIGNED = (
    "  APPEL À PROJETS « RÉSILIENCE » – Liste des bénéficiaires\n\n"
    "  Bénéficiaire              Dépt   Commune du projet      Secteur            Assiette       Aide        Emplois\n"
    "                                                                             retenue        notifiée    créés\n"
    "  ──────────────────────────────────────────────────────────────────────────────────────────────────────\n"
    "  BRETONNE DE                 29    Landerneau             Agroalimentaire    2 400 000      480 000     11\n"
    "  DÉSHYDRATATION\n"
    "  ──────────────────────────────────────────────────────────────────────────────────────────────────────\n"
    "  VANNES MICRO-ONDES          56    Vannes                 Électronique       3 600 000      900 000     15\n"
    "  ──────────────────────────────────────────────────────────────────────────────────────────────────────\n"
    "  TOTAL (2 projets)                                                          6 000 000      1 380 000   26\n\n"
    "  Rappel : depuis l'ouverture de l'appel à projets, 41 entreprises de la région ont été retenues.\n\n"
    "  Document non contractuel – Diffusion : DREETS, Région, Breizh Invest&co\n")


def test_indented_aligned_table_with_box_rules_and_eligible_base():
    out = run(ALIGNED)
    got = {lau["organisation"]: lau for lau in out["laureates"]}
    assert set(got) == {"BRETONNE DE DÉSHYDRATATION", "VANNES MICRO-ONDES"}  # (no recipient of the document)
    lau = got["BRETONNE DE DÉSHYDRATATION"]
    assert (lau["commune_name"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == \
        ("Landerneau", 2400000, 480000, 11)
    ann = out["announcement"]
    assert (ann["new_laureates"], ann["investment_eur"], ann["previous_laureates"]) == (2, 6000000, 41)


def test_ordinal_laureate_then_article_and_name():
    text = ("Bonne nouvelle pour l'emploi : trois entreprises du territoire figurent parmi les lauréats du fonds "
            "d'accélération.\n"
            "\n"
            "Des tuiles aux biotechnologies\n"
            "\n"
            "Première lauréate, la Tuilerie Auscitaine – 40 salariés, 6 M€ de chiffre d'affaires – investit 2,1 "
            "M€ sur son site d'Auch dans une ligne de tuiles plates. L'État l'accompagne à hauteur de 300 000 €. "
            "« Nous allons embaucher dix personnes », se réjouit son directeur, Paul Lacoste.\n"
            "\n"
            "Même dynamique à Fleurance, chez Gers Biocapteurs. La PME a obtenu 200 000 € pour son projet.\n")
    got = laureates(text)
    assert "Tuilerie Auscitaine" in got
    assert (got["Tuilerie Auscitaine"]["investment_eur"], got["Tuilerie Auscitaine"]["aid_eur"]) == (2100000, 300000)


def test_dental_prostheses_are_health():
    text = ("Lauréate du fonds d'accélération, la société Armor Céramiques Dentaires, à Lorient (Morbihan), "
            "produira des blocs céramiques pour prothèses dentaires grâce à une aide de 200 000 €.\n")
    assert laureates(text)["Armor Céramiques Dentaires"]["sector"] == "santé"


def test_call_for_applications_has_no_laureates():
    text = ("APPEL À MANIFESTATION D'INTÉRÊT « Sites industriels clés en main »\n"
            "\n"
            "Le présent appel accompagne les collectivités et aide les projets de requalification de friches.\n"
            "\n"
            "QUI PEUT CANDIDATER ?\n"
            "\n"
            "- Les intercommunalités couvertes par un Territoire d'industrie ;\n"
            "\n"
            "NATURE DE L'ACCOMPAGNEMENT\n"
            "\n"
            "- Cofinancement d'études préalables (diagnostic pollution, études de marché) : jusqu'à 50 % du coût "
            "HT, dans la limite de 60 000 € par site ;\n"
            "- Prêts au secteur public local sur 20 à 40 ans ;\n"
            "\n"
            "CRITÈRES DE SÉLECTION\n"
            "\n"
            "- Maîtrise foncière ou calendrier d'acquisition crédible ;\n"
            "- Sobriété foncière (friche, densification) ;\n"
            "\n"
            "CALENDRIER\n"
            "\n"
            "- Date limite de dépôt des dossiers : 15 mars 2027\n"
            "- Annonce des lauréats : juin 2027\n")
    assert run(text)["laureates"] == []


def test_departement_then_name_heading_over_a_fiche():
    text = ("Les projets lauréats de l'appel à projets « Résilience »\n\n"
            "Savoie (73) – Chocolaterie des Bauges\n\n"
            "Commune : Chambéry\n\n"
            "Secteur : agroalimentaire\n\n"
            "Investissement : 2,5 M€ – Aide de l'État : 600 000 €\n\n"
            "Isère (38) – Grenoble Capteurs Médicaux (groupe Alpes Santé)\n\n"
            "Commune : Grenoble\n\n"
            "Secteur : santé\n\n"
            "Investissement : 4 M€ – Aide de l'État : 900 000 €\n")
    got = laureates(text)
    assert {"Chocolaterie des Bauges", "Grenoble Capteurs Médicaux"} <= set(got)
    assert (got["Chocolaterie des Bauges"]["commune_name"], got["Chocolaterie des Bauges"]["aid_eur"]) == ("Chambéry", 600000)
    assert got["Grenoble Capteurs Médicaux"]["department_code"] == "38"


def test_list_announced_as_following_gives_the_count_and_services_are_no_laureates():
    text = ("Sommaire\n"
            "- Direction régionale de l'alimentation, de l'agriculture et de la forêt\n"
            "  Arrêté portant composition d'un comité – 2 pages\n\n"
            "ARRÊTE\n\n"
            "Article 1er – Une subvention d'investissement est attribuée aux bénéficiaires désignés ci-après :\n\n"
            "1° À la société VERRERIE DU PERCHE, SAS dont le siège est situé à Nogent-le-Rotrou (Eure-et-Loir), "
            "pour un four électrique, d'un coût total éligible de 900 000 € HT : subvention de 180 000 € ;\n\n"
            "2° À la société LAINAGES DE SOLOGNE, SARL dont le siège est situé à Romorantin-Lanthenay (Loir-et-Cher), "
            "pour une ligne de cardage, d'un coût total éligible de 500 000 € HT : subvention de 100 000 €.\n")
    out = run(text, spacy=True)
    assert {lau["organisation"] for lau in out["laureates"]} == {"VERRERIE DU PERCHE", "LAINAGES DE SOLOGNE"}
    assert out["announcement"]["new_laureates"] == 2


def test_place_then_company_that_takes_over_a_production():
    text = ("Le dispositif régional a soutenu plusieurs projets cette année.\n\n"
            "Enfin, à Vire (Calvados), la Chaudronnerie Viroise reprend la fabrication de cuves inox confiée à un "
            "sous-traitant étranger. 1,2 M€ d'investissement, 200 000 € d'aide.\n")
    got = laureates(text)
    assert "Chaudronnerie Viroise" in got
    assert (got["Chaudronnerie Viroise"]["investment_eur"], got["Chaudronnerie Viroise"]["aid_eur"]) == (1200000, 200000)


def test_count_of_files_granted_in_a_summary_of_decisions():
    text = ("Synthèse du point 2 : 3 dossiers accordés ; 410 000 € engagés par l'agence pour 2 900 000 € "
            "d'investissements.\n")
    assert run(text)["announcement"]["new_laureates"] == 3


def test_amount_granted_beats_amount_asked_for():
    text = ("Comité de pilotage – examen des projets\n\n"
            "2.1 – Brosserie du Jura, Morez\n"
            "Projet : ligne de brosses industrielles.\n"
            "Coût : 900 000 €. Aide sollicitée : 200 000 €.\n"
            "→ AVIS FAVORABLE. Montant retenu : 150 000 € (plafond par projet).\n\n"
            "2.2 – Horlogerie de Morteau, Morteau\n"
            "Projet : atelier de boîtiers.\n"
            "Coût : 1,1 M€. Aide sollicitée : 220 000 €.\n"
            "Discussion : la Région confirme son cofinancement au titre de son règlement (60 000 €, hors fonds).\n"
            "→ AVIS FAVORABLE pour 220 000 €.\n")
    got = laureates(text)
    assert got["Brosserie du Jura"]["aid_eur"] == 150000
    assert got["Horlogerie de Morteau"]["aid_eur"] == 220000


def test_a_total_of_jobs_after_a_list_is_no_count_of_laureates():
    text = ("Cinq entreprises ont été retenues, dont trois dans le Cantal.\n\n"
            "Fromagerie du Lioran | Murat (15) | cave d'affinage | 900 000 € | 180 000 €\n\n"
            "Les trois entreprises prévoient au total 17 créations d'emplois.\n")
    assert run(text)["announcement"]["new_laureates"] in (5, None)


def test_laureates_announced_with_the_next_call_are_kept():
    text = ("Six lauréats pour la deuxième vague de l'appel à projets « Cap Usines »\n\n"
            "Les lauréats sont :\n"
            "- Tôlerie du Gévaudan (Mende, 48) : nouvelle presse plieuse, aide de 120 000 € ;\n"
            "- Lozère Bois Massif (Marvejols, 48) : séchoir, aide de 90 000 €.\n\n"
            "La troisième vague est ouverte. Date limite de dépôt des dossiers : 30 juin.\n")
    assert {"Tôlerie du Gévaudan", "Lozère Bois Massif"} <= set(laureates(text))


def test_last_fiche_under_a_name_and_departement_heading_keeps_its_lines():
    text = ("Les lauréats de la vague 2026\n\n"
            "Cartonnerie du Velay (Haute-Loire)\n\n"
            "Commune : Yssingeaux\n\n"
            "Investissement : 1,5 M€ – Aide de l'État : 300 000 €\n\n"
            "Savonnerie du Forez (Loire)\n\n"
            "Commune : Feurs\n\n"
            "Investissement : 900 000 € – Aide de l'État : 200 000 €\n")
    lau = laureates(text)["Savonnerie du Forez"]
    assert (lau["commune_name"], lau["investment_eur"], lau["aid_eur"]) == ("Feurs", 900000, 200000)


def test_html_accordion_with_definition_list_and_bulleted_fiche():
    from relocalisation.ingestion.press.readers import read_bytes
    html = ("<html><body><h1>Lauréats du fonds d'accélération en Occitanie</h1>"
            "<p>Deux entreprises ont été retenues.</p>"
            "<details><summary>Aveyron (12) – Forges du Rouergue</summary>"
            "<dl><dt>Commune</dt><dd>Decazeville</dd><dt>Investissement</dt><dd>2,4 M€</dd>"
            "<dt>Aide</dt><dd>480 000 €</dd></dl></details>"
            "<details><summary>Tarn (81) – Mégisserie de Graulhet</summary>"
            "<ul><li>Commune : Graulhet</li><li>Investissement : 1,1 M€</li><li>Aide : 220 000 €</li></ul>"
            "</details></body></html>")
    text = read_bytes(html.encode(), "page.html")
    assert "Commune : Decazeville" in text
    got = laureates(text)
    assert (got["Forges du Rouergue"]["commune_name"], got["Forges du Rouergue"]["aid_eur"]) == ("Decazeville", 480000)
    assert (got["Mégisserie de Graulhet"]["commune_name"], got["Mégisserie de Graulhet"]["investment_eur"]) == \
        ("Graulhet", 1100000)


def test_table_drawn_with_box_characters():
    text = ("Liste des lauréats retenus\n\n"
            "┌──────────────────────────┬────────────┬──────────────┐\n"
            "│ Entreprise               │ Commune    │ Aide (€)     │\n"
            "├──────────────────────────┼────────────┼──────────────┤\n"
            "│ FILATURE DU VIVARAIS     │ Annonay    │ 150 000      │\n"
            "│ PAPETERIE DU HAUT-LIGNON │ Tence      │ 90 000       │\n"
            "└──────────────────────────┴────────────┴──────────────┘\n")
    got = laureates(text)
    assert set(got) == {"FILATURE DU VIVARAIS", "PAPETERIE DU HAUT-LIGNON"}
    assert (got["FILATURE DU VIVARAIS"]["commune_name"], got["FILATURE DU VIVARAIS"]["aid_eur"]) == ("Annonay", 150000)


def test_minutes_whose_only_cue_is_a_favourable_opinion():
    text = ("Compte rendu du comité de sélection\n\n"
            "Projet 1 – Ganterie de Millau (Millau)\n"
            "Coût : 500 000 €. Aide proposée : 100 000 €.\n"
            "Avis : favorable.\n\n"
            "Projet 2 – Aveyron Découpe Laser (Rodez)\n"
            "Coût : 800 000 €. Aide proposée : 150 000 €.\n"
            "Avis : favorable.\n")
    got = laureates(text)
    assert set(got) == {"Ganterie de Millau", "Aveyron Découpe Laser"}
    assert (got["Aveyron Découpe Laser"]["commune_name"], got["Aveyron Découpe Laser"]["aid_eur"]) == ("Rodez", 150000)


def test_a_framed_box_of_key_figures_is_no_table():
    text = ("Quatre entreprises du Cantal ont été retenues par l'appel à projets.\n\n"
            "┌────────────────────────────────┐\n"
            "│ EN CHIFFRES                    │\n"
            "│ 4     lauréats cantaliens      │\n"
            "│ 6,2 M€ d'investissements       │\n"
            "└────────────────────────────────┘\n")
    names = set(laureates(text))
    assert not any("lauréats" in n or "M€" in n for n in names)


def test_list_with_dot_leaders_and_its_total():
    text = ("Liste des bénéficiaires retenus au titre du fonds d'accélération\n\n"
            "FONDERIE DU GÉVAUDAN (Mende) ..................... 180 000 €\n"
            "TANNERIE DE MILLAU (Millau) ........................ 95 000 €\n"
            "TOTAL ................................................ 275 000 €\n")
    out = run(text)
    got = {lau["organisation"]: lau for lau in out["laureates"]}
    assert (got["FONDERIE DU GÉVAUDAN"]["commune_name"], got["FONDERIE DU GÉVAUDAN"]["aid_eur"]) == ("Mende", 180000)
    assert got["TANNERIE DE MILLAU"]["aid_eur"] == 95000
    assert out["announcement"]["aid_eur"] == 275000


def test_lettered_items_of_a_decision_are_separate_sentences():
    text = ("ARTICLE 1 : Les subventions suivantes sont attribuées :\n\n"
            "a) à la société CIDRERIE DU PERCHE, à Mortagne-au-Perche (61), une subvention de 120 000 € pour un "
            "pressoir (dépense éligible : 600 000 €) ;\n"
            "b) à la société LAITERIE DU BOCAGE, à Flers (61), une subvention de 200 000 € pour une tour de séchage "
            "(dépense éligible : 1 000 000 €).\n")
    got = laureates(text)
    assert (got["CIDRERIE DU PERCHE"]["investment_eur"], got["CIDRERIE DU PERCHE"]["aid_eur"]) == (600000, 120000)
    assert (got["LAITERIE DU BOCAGE"]["investment_eur"], got["LAITERIE DU BOCAGE"]["aid_eur"]) == (1000000, 200000)


def test_arrow_bullet_headings():
    text = ("Les lauréats de l'appel à projets Résilience\n\n"
            "➜ BOIS DU LIMOUSIN – Égletons (Corrèze)\n"
            "Secteur : intrants essentiels\n"
            "Investissement : 2 M€ – Aide : 500 000 €\n\n"
            "➜ PORCELAINE DE SAINT-YRIEIX – Saint-Yrieix-la-Perche (Haute-Vienne)\n"
            "Secteur : santé\n"
            "Investissement : 1 M€ – Aide : 250 000 €\n")
    got = laureates(text)
    assert set(got) == {"BOIS DU LIMOUSIN", "PORCELAINE DE SAINT-YRIEIX"}
    assert got["PORCELAINE DE SAINT-YRIEIX"]["aid_eur"] == 250000


def test_next_editions_budget_is_not_the_envelope():
    text = ("Le dispositif « Élan Industrie » a été mobilisé cette année pour 9 entreprises.\n\n"
            "À Dole (Jura), la société Jura Optique investit 1 M€ et reçoit une aide de 200 000 €.\n\n"
            "Le dispositif sera reconduit en 2027 avec un budget prévisionnel de 4 M€.\n")
    assert run(text)["announcement"]["envelope_eur"] is None


def test_one_amount_after_pour_ending_the_sentence_is_the_investment():
    text = ("Quelques projets retenus par l'appel à projets :\n\n"
            "À Laval (Mayenne), Mayenne Sérums Animaux modernise sa production de vaccins pour bovins pour 8 M€.\n")
    assert laureates(text)["Mayenne Sérums Animaux"]["investment_eur"] == 8000000


def test_a_national_total_does_not_override_the_releases_figures():
    text = ("Quatre nouveaux lauréats en Bretagne pour 12 M€ d'investissements.\n\n"
            "Au total, le programme national a permis 900 M€ d'investissements dans l'industrie.\n")
    assert run(text)["announcement"]["investment_eur"] == 12000000
