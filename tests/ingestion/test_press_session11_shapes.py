"""Shapes met in the eleventh session: exports framed by comment lines, PDF copies with page furniture and words cut
at a line's end, « Autre – … » sector cells, file-number columns, a web page's card category above the name, a
key-figures line. Invented companies; real communes."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.readers import read_bytes, unpaginate


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


TSV_WITH_COMMENTS = (
    "# Export – appel à projets « Résilience » – lauréats de la région Grand Est\n"
    "# séparateur : tabulation ; montants en euros\n"
    "id_projet\traison_sociale\tcommune_siege\tcommune_site\tdep_site\tsecteur\tmontant_investissement_eur\t"
    "montant_aide_eur\templois_crees\tstatut\n"
    "GE-17\tCartonnages Vosgiens\tÉpinal\tRemiremont\t88\tAutre – emballage\t1 900 000,00\t380 000,00\t7\tLauréat\n"
    "GE-18\tMoselle Thermique\tMetz\tThionville\t57\tIntrants essentiels\t5 200 000,00\t1 040 000,00\t12\tLauréat\n"
    "GE-19\tForges de la Rosselle\tForbach\tSaint-Avold\t57\tAutre – métallurgie\t2 600 000,00\t650 000,00\t\tLauréat\n"
    "\n"
    "# Projets lauréats : 3\n"
)


def test_tab_export_framed_by_comment_lines_is_a_table():
    text = read_bytes(TSV_WITH_COMMENTS.encode(), "export_laureats.txt")
    assert "Id projet | Raison sociale | Commune siege" in text
    assert "séparateur : tabulation" in text and "Projets lauréats : 3" in text  # the comments stay as text
    got = laureates(text)
    assert set(got) == {"Cartonnages Vosgiens", "Moselle Thermique", "Forges de la Rosselle"}
    assert got["Cartonnages Vosgiens"]["commune_insee"] == "88383"
    assert got["Moselle Thermique"]["aid_eur"] == 1_040_000


def test_a_file_number_column_names_no_project():
    got = laureates(read_bytes(TSV_WITH_COMMENTS.encode(), "export_laureats.txt"))
    assert len(got) == 3 and all(lau["project"] is None for lau in got.values())


def test_an_other_sector_cell_means_no_critical_sector():
    got = laureates(read_bytes(TSV_WITH_COMMENTS.encode(), "export_laureats.txt"))
    # « Autre – métallurgie »: the export says the activity is none of the five, whatever a forge suggests
    assert got["Forges de la Rosselle"]["sector"] is None
    assert got["Cartonnages Vosgiens"]["sector"] is None
    assert got["Moselle Thermique"]["sector"] == "intrants essentiels"


def test_comment_lines_inside_the_rows_are_no_export():
    text = "# titre\nnom;commune;aide\nA;B;C\n# une note au milieu\nD;E;F\n"
    assert "|" not in read_bytes(text.encode(), "notes.txt")


PDF_COPY = (
    "PRÉFET DU LOIR-ET-CHER\n\n"
    "Communiqué de presse\n\n"
    "Deux entreprises du département sont lauréates de l'appel à projets « Résilience ».\n\n"
    "La Chocolaterie Solognote, installée à Romorantin-Lanthenay, double sa ligne d'enrobage. L'investis-\n"
    "sement atteint 3,2 M€,\n\n"
    "________________________________________________________________________\n"
    "Préfecture de Loir-et-Cher – Place de la République – 41000 Blois         Page 1/2\n\n\n"
    "PRÉFET DU LOIR-ET-CHER                       Communiqué de presse – 12 mai 2021\n\n"
    "soutenu par l'État à hauteur de 640 000 €. Onze emplois seront créés.\n\n"
    "Vendôme Optique, à Vendôme, relocalise la fabrication de lentilles techniques. Le projet repré-\n"
    "sente 1,4 M€ HT et reçoit une aide de 350 000 €.\n\n"
    "________________________________________________________________________\n"
    "Préfecture de Loir-et-Cher – Place de la République – 41000 Blois         Page 2/2\n"
)


def test_page_furniture_is_removed_and_the_cut_sentence_joined():
    text = unpaginate(PDF_COPY)
    assert "Page 1/2" not in text and "Place de la République" not in text
    assert "L'investissement atteint 3,2 M€,\nsoutenu par l'État" in text
    assert "représente 1,4 M€" in text
    assert text.startswith("PRÉFET DU LOIR-ET-CHER")  # the first page's head is the document's own


def test_pdf_copy_gives_the_aid_after_the_page_break():
    got = laureates(read_bytes(PDF_COPY.encode(), "communique.txt"))
    assert set(got) == {"Chocolaterie Solognote", "Vendôme Optique"}  # « HT » is no laureate
    assert got["Chocolaterie Solognote"]["investment_eur"] == 3_200_000
    assert got["Chocolaterie Solognote"]["aid_eur"] == 640_000
    assert got["Chocolaterie Solognote"]["jobs_created"] == 11
    assert got["Vendôme Optique"]["investment_eur"] == 1_400_000


def test_line_end_cuts_are_mended_only_in_a_laid_out_text():
    assert unpaginate("Les Établissements Durand-\nMartin, à Niort, et la Cidrerie Mau-\nrin.") == \
        "Les Établissements Durand-Martin, à Niort, et la Cidrerie Maurin."
    laid_out = "une production straté-\ngique et des emplois quali-\nfiés à Sablé-sur-\nSarthe"
    assert unpaginate(laid_out) == "une production stratégique et des emplois qualifiés à Sablé-sur-Sarthe"
    assert unpaginate("- un projet de sous-\ntraitance") == "- un projet de sous-\ntraitance"  # a single cut: left


CARDS = (
    "Les lauréats de la vague en Nouvelle-Aquitaine\n\n"
    "Les chiffres clés\n"
    "Nouveaux lauréats : 3\n"
    "Emplois créés annoncés : 57\n"
    "Lauréats des vagues précédentes : 26\n\n"
    "Santé\n\n"
    "Pharmacharente\n\n"
    "Cognac (16)\n\n"
    "Remplissage de flacons injectables.\n\n"
    "- Investissement : 6,1 M€\n\n"
    "- Emplois créés : 25\n\n"
    "Électronique\n\n"
    "Niortronic\n\n"
    "Niort (79)\n\n"
    "Assemblage de cartes pour l'énergie et la santé.\n\n"
    "- Investissement : 2,3 M€\n\n"
    "- Emplois créés : 20\n\n"
    "Agroalimentaire\n\n"
    "Conserves du Poitou\n\n"
    "Châtellerault (86)\n\n"
    "Légumes appertisés, composants électroniques de pilotage.\n\n"
    "- Investissement : 4 M€\n\n"
    "- Emplois créés : 12\n"
)


def test_card_category_above_the_name_is_its_sector():
    got = laureates(CARDS)
    assert got["Pharmacharente"]["sector"] == "santé"
    assert got["Niortronic"]["sector"] == "électronique"
    assert got["Conserves du Poitou"]["sector"] == "agroalimentaire"


def test_key_figures_line_of_earlier_waves():
    ann = extract(CARDS).to_dict()["announcement"]
    # « Emplois créés annoncés : 57 » ends its line: it is no count of laureates
    assert ann["previous_laureates"] == 26
    assert ann["new_laureates"] == 3


def test_portfolio_card_category_line_is_no_laureate():
    text = ("Fonds Relocalisation – nos participations\n\n"
            "Le fonds investit en fonds propres dans des PME industrielles qui relocalisent une production. Il "
            "accompagne aujourd'hui sept entreprises, lauréates de son comité d'investissement.\n\n"
            "Lames du Forez\n\n"
            "Métallurgie – Thiers (63) – Entrée : 2023\n\n"
            "Fabricant de lames industrielles. Le fonds a investi 1,2 M€ pour une ligne de trempe sous vide.\n\n"
            "Salaisons d'Issoire\n\n"
            "Agroalimentaire – Issoire (63) – Entrée : 2024\n\n"
            "Nouvel atelier de séchage et de tranchage. 20 emplois créés.\n")
    got = laureates(text)
    assert set(got) == {"Lames du Forez", "Salaisons d'Issoire"}
    assert got["Lames du Forez"]["commune_insee"] == "63430"
    assert got["Salaisons d'Issoire"]["commune_insee"] == "63178"


def test_pipe_table_site_column_beats_the_seat_column():
    text = ("Délibération de la commission permanente – aides à l'investissement industriel\n\n"
            "La commission permanente attribue les subventions suivantes :\n\n"
            "| N° | Bénéficiaire | Siège social | Lieu de réalisation | Montant | Emplois créés |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Tôlerie Charentaise | Angoulême (16) | Cognac (16) | 250 000 € | 6 |\n"
            "| 2 | Biscuits de la Sèvre | Poitiers (86) | Niort (79) | 180 000 € | 4 |\n")
    got = laureates(text)
    assert got["Tôlerie Charentaise"]["commune_insee"] == "16102"
    assert got["Biscuits de la Sèvre"]["commune_insee"] == "79191"


EMAIL = (
    "<html><body><table width='640'><tr><td>"
    "<h1>La Lettre de l'Agence</h1>"
    "<p>Trois industriels de la région parmi les nouveaux lauréats « Résilience ».</p>"
    "<table><tr><td><b>Fougères Textiles</b> – Fougères (35)</td></tr>"
    "<tr><td>Le tisseur rapatrie la confection de vêtements de protection. 2,4 M€ investis, 500 k€ d'aide de l'État, "
    "12 créations de postes.</td></tr>"
    "<tr><td><b>Vitré Conserves</b> – Vitré (35)</td></tr>"
    "<tr><td>Nouvelle ligne d'appertisation. Projet de 3,1 M€, aide de 700 000 €, une quinzaine d'emplois.</td></tr>"
    "</table>"
    "<p>Se désinscrire.</p>"
    "</td></tr></table></body></html>"
)


def test_email_layout_tables_keep_their_blocks():
    text = read_bytes(EMAIL.encode(), "lettre.html")
    assert "\n\nFougères Textiles – Fougères (35)\n\n" in text
    assert "|" not in text  # one cell a row: a frame, not a table of columns
    got = laureates(text)
    assert set(got) == {"Fougères Textiles", "Vitré Conserves"}
    assert got["Fougères Textiles"]["investment_eur"] == 2_400_000
    assert got["Fougères Textiles"]["jobs_created"] == 12
    assert got["Vitré Conserves"]["aid_eur"] == 700_000


def test_cards_with_a_heading_a_blank_line_and_a_category():
    text = ("France Relance : les projets lauréats dans le Puy-de-Dôme\n\n"
            "Trois entreprises du département ont été retenues au titre de l'appel à projets « Résilience ».\n\n"
            "Auvergne Micro-Pompes – Riom\n\n"
            "Santé\n\n"
            "Production de pompes pour perfusion, aujourd'hui importées.\n\n"
            "- Investissement : 2 100 000 €\n\n"
            "- Emplois créés : 11\n\n"
            "Coutellerie Thiernoise – Thiers\n\n"
            "Intrants essentiels\n\n"
            "Forge de lames industrielles.\n\n"
            "- Investissement : 900 000 €\n\n"
            "Issoire Alliages – Issoire\n\n"
            "Intrants essentiels\n\n"
            "Fonderie d'alliages légers.\n\n"
            "- Investissement : 4 000 000 €\n")
    got = laureates(text)
    assert set(got) == {"Auvergne Micro-Pompes", "Coutellerie Thiernoise", "Issoire Alliages"}
    assert got["Auvergne Micro-Pompes"]["commune_insee"] == "63300"
    assert got["Auvergne Micro-Pompes"]["investment_eur"] == 2_100_000
    assert got["Coutellerie Thiernoise"]["investment_eur"] == 900_000


def test_a_lone_heading_with_a_place_above_a_blank_line_is_no_card():
    text = ("APPEL À PROJETS « REBOND INDUSTRIEL »\n"
            "Bassin industriel Vierzon – Romorantin-Lanthenay\n\n"
            "CAHIER DES CHARGES\n\n"
            "Sont éligibles les entreprises des communes de Vierzon,\n"
            "Blois, Vendôme et Romorantin-Lanthenay.\n\n"
            "Le projet retenu sera accompagné par l'État. Date limite de dépôt : 30 juin.\n")
    assert laureates(text) == {}


def test_plain_text_email_items_with_a_site_line():
    text = ("==============================================================\n"
            "  LA LETTRE DES INDUSTRIES DU BERRY  —  n°12  —  mars 2022\n"
            "==============================================================\n\n"
            "1. RELANCE : DEUX ADHÉRENTS LAURÉATS\n\n"
            "Deux de nos adhérents font partie de la nouvelle vague de lauréats de l'appel à projets\n"
            "« Résilience ». Cette vague compte 48 lauréats au niveau national.\n\n"
            "> CÉRAMIQUES VIERZONNAISES — projet KAOLIN\n"
            "  Site : Vierzon (18)\n"
            "  Nouveau four pour isolateurs techniques. Investissement : 3,4 M€. Aide de l'État :\n"
            "  900 000 €. Créations d'emplois : 12.\n\n"
            "> BLÉSOISE DE MÉCANIQUE\n"
            "  Site : Blois (41)\n"
            "  Le projet, chiffré à 1,8 M€, est soutenu par une subvention de 450 000 €.\n\n"
            "3. Focus : l'apprentissage dans nos usines\n")
    got = laureates(text)
    assert set(got) == {"CÉRAMIQUES VIERZONNAISES", "BLÉSOISE DE MÉCANIQUE"}
    assert got["CÉRAMIQUES VIERZONNAISES"]["jobs_created"] == 12
    assert got["BLÉSOISE DE MÉCANIQUE"]["commune_insee"] == "41018"
    assert got["BLÉSOISE DE MÉCANIQUE"]["aid_eur"] == 450_000
    assert got["BLÉSOISE DE MÉCANIQUE"]["jobs_created"] is None


def test_a_name_wrapped_in_an_indented_list_item():
    text = ("S'agissant du Cantal, deux projets ont été retenus :\n"
            "- au titre de l'appel à projets « Résilience », la société Salaisons de la Haute\n"
            "  Jordanne, à Aurillac, modernise son atelier de séchage ; ce projet de 2,1 millions\n"
            "  d'euros bénéficie d'une aide de 400 000 euros ;\n"
            "- la société Fromagerie des Monts, établie à Riom-ès-Montagnes, crée une ligne de\n"
            "  conditionnement pour un investissement de 1,2 million d'euros.\n")
    got = laureates(text)
    assert "Salaisons de la Haute Jordanne" in got and "Jordanne" not in got
    assert got["Salaisons de la Haute Jordanne"]["aid_eur"] == 400_000


def test_a_newsletter_issue_number_is_no_laureate():
    text = ("<html><body><table><tr><td><h1>La Lettre Bpifrance Centre</h1><p><b>N° 27</b> – Juin 2021</p>"
            "<p>Trois PME régionales lauréates de l'appel à projets « Résilience ».</p>"
            "<p><b>Berry Optique</b> – Bourges (18)</p><p>La PME relocalise des lentilles. Investissement de 2 M€, "
            "aide de 500 000 €.</p></td></tr></table></body></html>")
    got = laureates(read_bytes(text.encode(), "lettre.html"))
    assert "N° 27" not in got and "Berry Optique" in got


THREAD = (
    "Fil copié le 19/10/2021\n\n"
    "Marc Delpech @marc_delpech@piaille.fr\n"
    "🧵 Le Gers décroche 3 projets lauréats dans la nouvelle vague du Fonds d'accélération des investissements industriels "
    "dans les territoires. Le détail 👇 (1/4)\n\n"
    "Marc Delpech @marc_delpech@piaille.fr\n"
    "1️⃣ Conserverie d'Armagnac, #SaintClar : nouvelle ligne de plats cuisinés, 900 000 € d'investissement, "
    "180 000 € d'aide, 4 emplois. (2/4)\n\n"
    "Marc Delpech @marc_delpech@piaille.fr\n"
    "2️⃣ Tonnellerie Gasconne — attention, c'est bien à #Condom (et pas à Auch où est le siège du groupe) : "
    "rénovation du parc de machines, 650 000 € dont 130 000 € d'aide. Pas de création d'emplois annoncée mais "
    "les 40 postes sont sécurisés. (3/4)\n\n"
    "Marc Delpech @marc_delpech@piaille.fr\n"
    "3️⃣ Gers Emballages, #Auch : 1,2 M€ investis, 240 k€ d'aide, 6 embauches prévues. (4/4)\n"
)


def test_thread_hashtag_of_a_compound_commune():
    got = laureates(THREAD)
    assert "SaintClar" not in got and "Saint-Clar" not in got
    assert got["Conserverie d'Armagnac"]["commune_insee"] == "32370"


def test_thread_item_with_an_aside_after_the_dash():
    got = laureates(THREAD)
    assert set(got) == {"Conserverie d'Armagnac", "Tonnellerie Gasconne", "Gers Emballages"}
    assert got["Tonnellerie Gasconne"]["commune_insee"] == "32107"  # the site, not the group's seat
    assert got["Tonnellerie Gasconne"]["aid_eur"] == 130_000
    assert got["Tonnellerie Gasconne"]["jobs_created"] is None  # « les 40 postes sont sécurisés »: kept, not created


def test_communes_without_homonym_place_a_homonym():
    # no département written anywhere: Louverné and Saint-Berthevin (Mayenne only) say which Changé it is
    text = ("Relance industrielle : trois entreprises de l'agglomération retenues par l'État\n\n"
            "Trois entreprises de l'agglomération figurent parmi les lauréats de l'appel à projets « Résilience ».\n\n"
            "Installée dans la zone des Grands Prés à Changé, la Fromagerie du Vicoin va construire une tour de "
            "séchage. Montant du projet : 5,1 M€.\n\n"
            "À Louverné, Plastiques Mayennais relocalise l'injection de pièces techniques (1,2 M€).\n\n"
            "À Saint-Berthevin, Tôlerie Lavalloise modernise sa ligne de découpe (800 000 €).\n")
    got = laureates(text)
    assert got["Fromagerie du Vicoin"]["commune_insee"] == "53054"


def test_a_seat_with_its_departement_yields_to_the_site():
    text = ("Deux entreprises de Haute-Saône lauréates de l'appel à projets « Résilience ».\n\n"
            "Lure Cartonnages : un nouvel atelier\n\n"
            "Filiale d'un groupe dont le siège est à Montbéliard (Doubs), Lure Cartonnages va créer un atelier de "
            "calages en carton sur la zone d'activités d'Héricourt. L'investissement atteint 2,3 M€ et bénéficie d'une "
            "aide de 300 000 €.\n")
    got = laureates(text)
    assert got["Lure Cartonnages"]["commune_insee"] == "70285"


JSON_UNDER_A_NOTE = (
    "Export de l'outil de suivi des aides, collé pour la note au cabinet.\n"
    "Filtre : dispositif = \"Pack Relocalisation\" ; commission permanente du 20/11/2026.\n\n"
    "{\n"
    "  \"dispositif\": {\"libelle\": \"Pack Relocalisation\", \"enveloppe_annuelle_eur\": \"15 000 000\"},\n"
    "  \"dossiers\": [\n"
    "    {\"beneficiaire\": \"FOUGERES TEXTILES SAS\", \"site_projet\": {\"commune\": \"Fougères\", \"insee\": \"35115\"},\n"
    "     \"cout_total_projet_eur\": \"1 850 000\", \"assiette_eligible_eur\": \"1 387 500\", \"emplois_crees_prevus\": 12,\n"
    "     \"montant_aide_eur\": \"277 500\"},\n"
    "    {\"beneficiaire\": \"VITRE CONSERVES\", \"site_projet\": {\"commune\": \"Vitré\", \"insee\": \"35360\"},\n"
    "     \"cout_total_projet_eur\": \"3 400 000\", \"assiette_eligible_eur\": \"2 900 000\", \"emplois_crees_prevus\": 9,\n"
    "     \"montant_aide_eur\": \"580 000\"}\n"
    "  ]\n"
    "}\n"
    "Fin de l'export.\n"
)


def test_json_export_pasted_under_a_note():
    text = read_bytes(JSON_UNDER_A_NOTE.encode(), "note.txt")
    assert text.startswith("Export de l'outil de suivi des aides")
    assert "Beneficiaire | " in text and text.rstrip().endswith("Fin de l'export.")
    got = laureates(text)
    assert set(got) == {"FOUGERES TEXTILES", "VITRE CONSERVES"}
    assert got["FOUGERES TEXTILES"]["commune_insee"] == "35115"
    assert got["VITRE CONSERVES"]["jobs_created"] == 9


def test_a_total_cost_beats_the_eligible_base():
    got = laureates(read_bytes(JSON_UNDER_A_NOTE.encode(), "note.txt"))
    assert got["FOUGERES TEXTILES"]["investment_eur"] == 1_850_000
    assert got["VITRE CONSERVES"]["investment_eur"] == 3_400_000


ERP_STATEMENT = (
    "SIGMA-FIN v4.2           AGENCE REGIONALE       EDITION DU 24/11/2026\n"
    "ETAT DES ENGAGEMENTS PAR DISPOSITIF                    PAGE    1 /    1\n\n"
    "+--------------+------------------------+--------------+------+---------------+-------------+-----+\n"
    "|N. DOSSIER    |TIERS BENEFICIAIRE      |COMMUNE PROJET|INSEE |COUT PROJET HT |MT ENGAGE    |EMPL |\n"
    "+--------------+------------------------+--------------+------+---------------+-------------+-----+\n"
    "|DEP 16        |                        |              |      |               |             |     |\n"
    "|TI-26-0031    |TOLERIE CHARENTAISE     |COGNAC        |16102 |   3 900 000,00|   780 000,00|   20|\n"
    "|              |   S/TOTAL DEP 16       |              |      |   3 900 000,00|   780 000,00|   20|\n"
    "|DEP 79        |                        |              |      |               |             |     |\n"
    "|TI-26-0034    |BISCUITS DE LA SEVRE    |NIORT         |79191 |   1 720 000,00|   344 000,00|    9|\n"
    "|              |   S/TOTAL DEP 79       |              |      |   1 720 000,00|   344 000,00|    9|\n"
    "+--------------+------------------------+--------------+------+---------------+-------------+-----+\n"
    "|              |TOTAL GENERAL           |              |      |   5 620 000,00| 1 124 000,00|   29|\n"
    "+--------------+------------------------+--------------+------+---------------+-------------+-----+\n"
)


def test_accounting_statement_of_commitments():
    result = extract(ERP_STATEMENT).to_dict()
    got = {lau["organisation"]: lau for lau in result["laureates"]}
    # « Tiers bénéficiaire » names the laureates, « MT ENGAGE » is their aid, « EMPL » their jobs; sub-totals are
    # no laureates and no announcement totals
    assert set(got) == {"TOLERIE CHARENTAISE", "BISCUITS DE LA SEVRE"}
    assert got["TOLERIE CHARENTAISE"]["aid_eur"] == 780_000
    assert got["BISCUITS DE LA SEVRE"]["jobs_created"] == 9
    assert got["BISCUITS DE LA SEVRE"]["commune_insee"] == "79191"
    assert result["announcement"]["aid_eur"] == 1_124_000


def test_markdown_preview_of_an_open_data_file_with_snake_case_headings():
    text = ("# Lauréats de l'appel à projets « Résilience » en Bretagne\n\n"
            "| Fichier | Description |\n|---|---|\n| `laureats.csv` | table principale |\n\n"
            "## Aperçu des données\n\n"
            "| siren | raison_sociale | commune | code_insee | cout_total_eur | aide_etat_eur | emplois_crees |\n"
            "|---|---|---|---|---:|---:|---:|\n"
            "| 912004570 | Trégor Photonique | Lannion | 22113 | 5200000 | 1560000 | 18 |\n"
            "| 853317821 | Fougères Protection | Fougères | 35115 | 760000 | 228000 | 6 |\n")
    got = laureates(text)
    assert set(got) == {"Trégor Photonique", "Fougères Protection"}
    assert got["Trégor Photonique"]["aid_eur"] == 1_560_000
    assert got["Fougères Protection"]["commune_insee"] == "35115"


def test_a_reply_in_a_chat_export_is_not_the_item_before_it():
    text = ("[Export de discussion — groupe « Élus du Haut-Jura »]\n\n"
            "[24/11/2026 07:48] Patrick V. : Le préfet a publié les lauréats du Fonds d'accélération des "
            "investissements industriels dans les territoires. 2 lauréats dans le Jura !\n"
            "[24/11/2026 07:55] Patrick V. : Le détail :\n"
            "1️⃣ Plastiques du Lizon à Saint-Claude : ligne d'injection, 2,9 M€, aide de 580 k€\n"
            "2️⃣ Fromagerie du Mont Rivel à Champagnole : nouvelle cave d'affinage, 650 000 € investis, 130 000 € d'aide\n"
            "[24/11/2026 07:56] Jean-Luc B. : Saint-Claude en Guadeloupe ou chez nous ? 😂\n"
            "[24/11/2026 07:57] Patrick V. : Le nôtre, bien sûr.\n")
    got = laureates(text)
    assert got["Fromagerie du Mont Rivel"]["commune_insee"] == "39097"
    assert got["Plastiques du Lizon"]["department_code"] == "39"


def test_wiki_table_of_laureates():
    text = ("== Lauréats 2026 ==\n"
            "Les deux projets retenus par l'appel à projets « Résilience » représentent 6,1 M€ d'investissement.\n\n"
            "{| class=\"wikitable sortable\"\n"
            "|+ Lauréats de la vallée\n"
            "! Entreprise !! Commune (site) !! Investissement !! Aide État !! Emplois créés\n"
            "|-\n"
            "| [[Riom Connectique]] || [[Riom]] || 4,2 M€ || 1,26 M€ || 24\n"
            "|-\n"
            "| Thiers Antennes || [[Thiers (Puy-de-Dôme)|Thiers]] || 1,9 M€ || 570 k€ || 12\n"
            "|}\n\n"
            "{{Infobox Territoire\n| CA filière = environ 2 milliards d'euros\n}}\n")
    got = laureates(text)
    assert set(got) == {"Riom Connectique", "Thiers Antennes"}
    assert got["Riom Connectique"]["aid_eur"] == 1_260_000
    assert got["Thiers Antennes"]["commune_insee"] == "63430"
    assert got["Thiers Antennes"]["jobs_created"] == 12


def test_committee_notes_with_abbreviations():
    text = ("Comité sélection AAP Reloc/Diversif. — vague 3 — 6 dossiers instruits\n\n"
            "1) BERRY ROBINETTERIE — Vierzon (18)\n"
            "   - inv. 1,45 M€ (machines 5 axes + four)\n"
            "   - subv. proposée 290 k€ → OK unanime\n"
            "   - +10 empl. (CDI) à 24 mois\n"
            "   → RETENU\n\n"
            "2) SOLOGNE EMBALLAGES — Romorantin-Lanthenay (41)\n"
            "   - inv. 780 k€ / subv. 156 k€\n"
            "   - 6 empl. créés, 22 maintenus\n"
            "   → RETENU (avis fav.)\n")
    got = laureates(text)
    assert set(got) == {"BERRY ROBINETTERIE", "SOLOGNE EMBALLAGES"}  # « RETENU » is a decision, not a name
    assert got["BERRY ROBINETTERIE"]["jobs_created"] == 10
    assert got["SOLOGNE EMBALLAGES"]["jobs_created"] == 6


def test_a_columnist_imperative_and_jobs_secured_before_their_number():
    text = ("Chronique. J'ai voulu faire les comptes des lauréats de l'appel à projets « Résilience ».\n\n"
            "Prenez la Chaudronnerie du Nivernais, à Nevers. L'entreprise a décroché une aide de 390 000 euros pour "
            "un investissement d'1,3 million.\n\n"
            "Pour le plasturgiste Plastiques de la Loue, à Ornans, l'enjeu est de tenir : le projet de 2,4 M€, aidé à "
            "hauteur de 800 000 €, sécurise ses 45 emplois.\n")
    got = laureates(text)
    assert "Chaudronnerie du Nivernais" in got and not any(name.startswith("Prenez") for name in got)
    assert got["Chaudronnerie du Nivernais"]["aid_eur"] == 390_000
    assert got["Plastiques de la Loue"]["jobs_created"] is None  # « sécurise ses 45 emplois »: kept
