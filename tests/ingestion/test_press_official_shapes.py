"""Shapes of official documents met in the synthetic development set K (issue 6, session 5): deliberations with
fiches (« Bénéficiaire : … », « Adresse du projet : … »), arrêtés with lettered items, committee minutes with
numbered items and decision lines. Sentences written for the tests (no sentence of a set; companies invented)."""
from relocalisation.ingestion.press import extract


def result(text, spacy=False):
    return extract(text, use_spacy=spacy).to_dict()


def laureates(text, spacy=False):
    return {lau["organisation"]: lau for lau in result(text, spacy)["laureates"]}


FICHES = """RÉGION EXEMPLE – COMMISSION PERMANENTE
Délibération n° CP-2022-0101

DÉCIDE
Article 1 : d'attribuer aux trois entreprises figurant en annexe des subventions d'un montant total de 700 000 €,
au titre du fonds d'accélération des investissements industriels dans les territoires, pour une dépense
subventionnable totale de 4 100 000 € HT ;
Article 2 : de prélever les crédits nécessaires, soit 700 000 €, sur le budget régional.

ANNEXE
Dossier n° 22-FA-0007
Bénéficiaire : FILATURE DU BOCAGE SAS
SIRET : 123 456 789 00012
Adresse du projet : ZI des Quatre Vents, 61100 Flers (Orne)
Territoire d'industrie : Bocage Sud
Objet : nouvelle ligne de filage
Coût total du projet : 1 500 000 € HT – Dépense subventionnable : 1 400 000 € HT
Subvention : 210 000 € (15 %)
Engagement emploi : création de 7 emplois

Dossier n° 22-FA-0009
Bénéficiaire : CONSERVES DE LA VIRE SARL
SIRET : 987 654 321 00034
Adresse du projet : rue du Port, 14500 Vire Normandie (Calvados)
Territoire d'industrie : Vire Ouest
Objet : autoclave
Coût total du projet : 1 200 000 € HT – Dépense subventionnable : 1 100 000 € HT
Subvention : 240 000 € (20 %)
Engagement emploi : création de 4 emplois

Dossier n° 22-FA-0011
Bénéficiaire : MÉCANIQUE DU HOULME SAS
Adresse du projet : 61200 Argentan (Orne)
Territoire d'industrie : Plaine d'Argentan
Coût total du projet : 1 700 000 € HT – Dépense subventionnable : 1 600 000 € HT
Subvention : 250 000 €
Engagement emploi : création de 3 emplois
"""


def test_fiche_fields_are_not_laureates_and_fill_the_fiche():
    got = laureates(FICHES, spacy=True)
    assert set(got) == {"FILATURE DU BOCAGE", "CONSERVES DE LA VIRE", "MÉCANIQUE DU HOULME"}
    lau = got["FILATURE DU BOCAGE"]
    assert (lau["commune_insee"], lau["aid_eur"], lau["jobs_created"]) == ("61169", 210000, 7)
    assert lau["investment_eur"] in (1500000, 1400000)


def test_deliberation_counts_and_totals():
    ann = result(FICHES)["announcement"]
    assert ann["new_laureates"] == 3  # « d'attribuer aux trois entreprises figurant en annexe »
    assert ann["aid_eur"] == 700000  # « des subventions d'un montant total de »
    assert ann["investment_eur"] == 4100000  # « dépense subventionnable totale »
    assert ann["envelope_eur"] is None  # « les crédits nécessaires, soit 700 000 € » is no envelope


def test_lettered_items_of_an_arrete():
    text = ("ARRÊTE\n\nArticle 1 – Une subvention est attribuée aux entreprises suivantes :\n"
            "1) SAS Plasturgie du Layon, à Chalonnes-sur-Loire (49) :\n"
            "   a) montant : 120 000 € ;\n   b) assiette subventionnable : 600 000 € ;\n   c) objet : presse.\n"
            "2) Tissages de l'Erdre, à Nort-sur-Erdre (44) :\n"
            "   a) montant : 90 000 € ;\n   b) assiette subventionnable : 450 000 €.\n\n"
            "Article 2 – La demande présentée par la SARL Négoce Ligérien (Ancenis-Saint-Géréon) est rejetée.\n")
    got = laureates(text)
    assert set(got) == {"Plasturgie du Layon", "Tissages de l'Erdre"}  # (the legal form in front is dropped)
    assert (got["Tissages de l'Erdre"]["aid_eur"], got["Tissages de l'Erdre"]["investment_eur"]) == (90000, 450000)


def test_minutes_items_with_decision_lines():
    text = ("COMPTE RENDU DU COMITÉ DE PILOTAGE – fonds d'accélération, examen des dossiers\n\n"
            "Présents :\n– M. Paul Vidal, sous-préfet\n– Mme Anne Roux, Région\n\n"
            "2.1 Céramiques du Berry (CDB) – Vierzon\nFour électrique. Investissement : 1 000 000 € ; aide : 200 000 €.\n"
            "→ Avis favorable.\n\n"
            "2.2 Tanneries de l'Arnon – Lignières\nLe plan de financement n'est pas bouclé.\n"
            "→ Dossier ajourné au prochain comité.\n\n"
            "2.3 Laboratoires Berrichons – Issoudun\nNouvelle ligne. Investissement : 2 M€ ; aide : 400 000 €.\n"
            "→ Avis favorable.\n\n"
            "2.4 Fromagerie de Graçay – Graçay\nDossier incomplet.\n→ Dossier à représenter lors d'une prochaine vague.\n")
    got = laureates(text)
    assert set(got) == {"Céramiques du Berry", "Laboratoires Berrichons"}
    assert got["Laboratoires Berrichons"]["aid_eur"] == 400000


def test_html_table_with_two_heading_rows_and_spans():
    from relocalisation.ingestion.press.readers import html_to_text

    html = ("<p>Trois entreprises de l'Orne sont lauréates de l'appel à projets « Résilience ».</p><table>"
            "<caption>Lauréats</caption><thead><tr><th rowspan='2'>Entreprise</th><th rowspan='2'>Commune</th>"
            "<th colspan='3'>Projet</th></tr><tr><th>Objet</th><th>Investissement</th><th>Aide de l'État</th></tr>"
            "</thead><tbody>"
            "<tr><td><strong>Filature du Houlme</strong> – <abbr title='x'>FDH</abbr></td><td>Flers</td>"
            "<td>Ligne de filage</td><td>3,4 M€</td><td>800 k€</td></tr>"
            "<tr><td>Conserves de l'Andaine</td><td>Bagnoles de l'Orne Normandie</td><td>Autoclave</td>"
            "<td rowspan='2'>2,1 M€</td><td>400 k€</td></tr>"
            "<tr><td>Tôlerie d'Argentan</td><td>Saint-Georges-<br>des-Groseillers</td><td>Presse</td><td>300 k€</td></tr>"
            "</tbody><tfoot><tr><th colspan='3'>Total</th><th>7,6 M€</th><th>1,5 M€</th></tr></tfoot></table>")
    text = html_to_text(html)
    assert "Entreprise | Commune | Objet | Investissement | Aide de l'État" in text
    assert "Tôlerie d'Argentan | Saint-Georges-des-Groseillers | Presse |  | 300 k€" in text  # an amount spanning rows is not repeated
    assert "Total |  |  | 7,6 M€ | 1,5 M€" in text
    got = laureates(text)
    assert set(got) == {"Filature du Houlme", "Conserves de l'Andaine", "Tôlerie d'Argentan"}
    assert (got["Filature du Houlme"]["investment_eur"], got["Filature du Houlme"]["aid_eur"]) == (3400000, 800000)
    assert got["Filature du Houlme"]["project"] is None  # « Objet » describes the project, it does not name it
    assert got["Tôlerie d'Argentan"]["commune_insee"] == "61391"


def test_amounts_and_jobs_inside_a_description_cell():
    text = ("Quatre entreprises sont lauréates du fonds d'accélération des investissements industriels.\n\n"
            "Entreprise | Commune | Projet | Aide\n\n"
            "Verrerie du Quercy | Figeac | Four électrique – 1,2 M€ ; 9 créations de postes | 300 000 €\n\n"
            "Lainages du Tarn | Mazamet | Lavage de laine – 800 000 € ; 20 emplois confortés | 150 000 €\n")
    got = laureates(text)
    assert (got["Verrerie du Quercy"]["investment_eur"], got["Verrerie du Quercy"]["jobs_created"]) == (1200000, 9)
    assert (got["Lainages du Tarn"]["investment_eur"], got["Lainages du Tarn"]["jobs_created"]) == (800000, None)


def test_csv_export_with_quoted_cells_and_a_status_column():
    text = ("Suivi des lauréats de l'appel à projets « Résilience ». L'export de l'outil de suivi :\n\n"
            "raison_sociale;siret;commune;dept;projet;investissement_eur;aide_eur;emplois_crees;statut;observations\n"
            '"Verrerie de la Loue";12345678900011;"Ornans";25;"Fours; moules";2100000;420000;6;"Convention signée";'
            '"Livraison en juin; acompte versé"\n'
            '"Salaisons du Haut-Doubs";12345678900029;"Morteau";25;"Séchoir";900000;180000;0;"En cours";""\n'
            '"Optique du Jura";12345678900037;"Morez";39;"Surfaçage";700000;140000;3;"Abandon";"Renonciation"\n')
    got = laureates(text)
    assert set(got) == {"Verrerie de la Loue", "Salaisons du Haut-Doubs"}
    lau = got["Verrerie de la Loue"]
    assert (lau["commune_insee"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == ("25434", 2100000, 420000, 6)
    assert got["Salaisons du Haut-Doubs"]["jobs_created"] == 0


PDF_TABLE = """Tableau 2 – Adhérents lauréats en 2021 de l'appel à projets « Résilience »

Adhérent               Site (dépt)          Projet                      Invest.    Aide
                                                                        (k€)       (k€)
------------------------------------------------------------------------------------------
Biscuiterie du         Nérac (47)           Nouvelle ligne de           2 350        470
Gers Réunie                                 cuisson
Laiterie des           Rodez (12)           Tour de séchage             2 900        435
Causses
Tonnellerie            Cognac (16)          Merranderie                 (en instruction)
Saintongeaise
------------------------------------------------------------------------------------------
Total lauréats (2)                                                      5 250        905
"""


def test_pdf_table_with_a_two_line_heading_in_thousands_of_euros():
    got = laureates(PDF_TABLE)
    assert set(got) == {"Biscuiterie du Gers Réunie", "Laiterie des Causses"}  # not the one still in instruction
    lau = got["Biscuiterie du Gers Réunie"]
    assert (lau["investment_eur"], lau["aid_eur"], lau["commune_insee"]) == (2350000, 470000, "47195")
    assert lau["project"] is None  # a description, not a project's name
    ann = result(PDF_TABLE)["announcement"]
    assert (ann["investment_eur"], ann["aid_eur"], ann["new_laureates"]) == (5250000, 905000, 2)


def test_fiche_that_names_its_laureate_again_by_acronym_keeps_its_figures():
    text = ("DOSSIER DE PRESSE – appel à projets « (Re)localisation dans les secteurs critiques »\n\n"
            "FICHE N° 1\n\nSociété : Antennes du Lauragais (ADL)\nSite : Castelnaudary (Aude)\nSecteur : 5G\n\n"
            "ADL, PME de 40 salariés, développe des antennes actives pour les petites cellules.\n\n"
            "Investissement total : 2,5 M€\nCréation de 9 emplois\n\n"
            "FICHE N° 2\n\nLauréat : Verrerie du Minervois\nOù ? Lézignan-Corbières (Aude)\nDomaine : santé\n\n"
            "La verrerie fabrique des flacons.\n\nEmplois attendus : une trentaine\n")
    got = laureates(text, spacy=True)
    assert set(got) == {"Antennes du Lauragais", "Verrerie du Minervois"}
    assert (got["Antennes du Lauragais"]["investment_eur"], got["Antennes du Lauragais"]["jobs_created"]) == (2500000, 9)
    assert got["Verrerie du Minervois"]["commune_insee"] == "11203"  # « Où ? » labels the place, it is no name
    assert got["Verrerie du Minervois"]["jobs_created"] == 30


def test_region_release_one_laureate_per_paragraph_opened_differently():
    text = ("Relocalisation : la Région soutient quatre nouveaux projets industriels\n\n"
            "La commission permanente a retenu quatre nouveaux lauréats de l'appel à projets régional.\n\n"
            "À Maubeuge, Forges de la Sambre va investir 2 M€ dans une ligne que l'entreprise avait délocalisée en "
            "Pologne. La Région l'accompagne à hauteur de 300 000 €.\n\n"
            "Autre lauréat, le façonnier pharmaceutique beauvaisien Laboratoires du Thérain produira dans l'Oise des "
            "comprimés. Son programme de 4 M€ est soutenu par une subvention régionale de 500 000 €.\n\n"
            "C'est un projet de relocalisation au sens strict que porte Sangles de l'Artois (SDA) à Lens : rapatrier "
            "de Chine le tissage. SDA investit 1,5 M€.\n\n"
            "Enfin, du côté d'Abbeville, la Conserverie de la Somme réintègre la production de ses soupes, avec un "
            "investissement de 1 M€.\n")
    got = laureates(text, spacy=True)
    assert set(got) == {"Forges de la Sambre", "Laboratoires du Thérain", "Sangles de l'Artois",
                        "Conserverie de la Somme"}  # « Pologne », « Chine »: countries, not companies
    assert got["Laboratoires du Thérain"]["aid_eur"] == 500000
    assert got["Conserverie de la Somme"]["commune_insee"] == "80001"


def test_passage_goes_on_with_la_pme_and_a_field_label():
    text = ("Lauréate de l'appel à projets « Résilience », Maison Caron fait revenir le fumage du hareng. "
            "L'entreprise va consacrer 2,7 millions d'euros à un atelier ; l'État prend en charge 900 000 euros.\n\n"
            "Dans le Nord, les entreprises retenues sont Biscuits de Bailleul à Bailleul et Endives de Flandre à "
            "Hazebrouck. La PME flamande investit 1,6 M€ dans une unité de lavage. Aide accordée : 480 000 euros.\n")
    got = laureates(text)
    assert (got["Maison Caron"]["investment_eur"], got["Maison Caron"]["aid_eur"]) == (2700000, 900000)
    assert (got["Endives de Flandre"]["investment_eur"], got["Endives de Flandre"]["aid_eur"]) == (1600000, 480000)


def test_newsletter_sections_events_agency_and_a_company_not_retained():
    text = ("LA LETTRE ÉCO – N° 12\nLa newsletter de Var Essor Industrie, agence de développement économique\n\n"
            "2. TROIS NOUVEAUX LAURÉATS « (RE)LOCALISATION »\n\n"
            "2.1 Arômes du Garlaban (Aubagne)\nCe fabricant rapatrie l'extraction. Investissement : 5 M€ ; aide de "
            "l'État : 1 M€.\n\n"
            "À noter : l'entreprise toulonnaise Rade Biotech, présélectionnée, n'a finalement pas été retenue.\n\n"
            "3. DEUX PROJETS SOUTENUS EN VAUCLUSE\n\nLe comité a retenu deux projets :\n\n"
            "– la Conserverie du Coulon, à Apt, modernise sa ligne (1,6 M€, subvention de 320 000 €) ;\n"
            "– la Mécanique Pertuisienne investit 2,3 M€ à Pertuis, avec 345 000 € d'aide.\n\n"
            "5. EN BREF\n\n• Salon « Industries du Var » : retrouvez l'agence sur le stand B12.\n"
            "• Webinaire « Financer son projet » : jeudi 20 janvier, 11 h.\n\n"
            "Var Essor Industrie – Toulon\nSe désinscrire\n")
    got = laureates(text, spacy=True)
    assert set(got) == {"Arômes du Garlaban", "Conserverie du Coulon", "Mécanique Pertuisienne"}
    assert (got["Mécanique Pertuisienne"]["investment_eur"], got["Mécanique Pertuisienne"]["aid_eur"]) == (2300000, 345000)


def test_dash_table_written_as_a_list_with_acronyms_and_a_pending_file():
    text = ("Fonds de modernisation de la filière automobile : quatre sous-traitants normands soutenus\n\n"
            "Le préfet fait connaître la liste des entreprises retenues.\n\n"
            "Entreprise – Commune – Montant de l'aide\n"
            "- Plasturgie du Bocage – Vire Normandie (14) – 620 000 €\n"
            "- EPA, Équipements du Pays d'Auge – Lisieux (14) – 450 000 €\n"
            "- M.S.B. Mécano-Soudure du Bessin – Bayeux (14) – 210 000 €\n\n"
            "Dossier en instruction (décision reportée à la prochaine relève) :\n"
            "- Carrosserie Honfleuraise – Honfleur (14)\n")
    got = laureates(text)
    assert set(got) == {"Plasturgie du Bocage", "Équipements du Pays d'Auge", "Mécano-Soudure du Bessin"}
    assert got["Équipements du Pays d'Auge"]["aid_eur"] == 450000


def test_arrete_item_at_a_commune_with_its_article_and_paired_jobs_label():
    text = ("ARRÊTE\nArticle 1 – Une subvention est attribuée aux entreprises suivantes :\n"
            "1) Vendée Hydraulique Réunie, aux Herbiers (85) :\n   a) montant : 220 000 € ;\n"
            "   b) assiette subventionnable : 980 000 €.\n\n"
            "FICHE 2\nBénéficiaire : Armor Légumineuses\nSite : Loudéac (22)\nEmplois créés / maintenus : 18 / 40\n\n"
            "FICHE 3\nBénéficiaire : Fonderie du Semnon\nSite : Vitré (35)\nEmplois créés / maintenus : – / 55\n")
    got = laureates(text)
    assert got["Vendée Hydraulique Réunie"]["aid_eur"] == 220000
    assert got["Armor Légumineuses"]["jobs_created"] == 18
    assert got["Fonderie du Semnon"]["jobs_created"] is None


def test_summary_by_departement_with_bare_amounts_shares_the_announced_aid():
    text = ("Bilan de la relève du fonds d'accélération, département par département\n\n"
            "La relève régionale a distingué cinq entreprises pour 1,8 M€ d'aides publiques.\n\n"
            "ARDÈCHE (07)\nDeux lauréats : la Tannerie du Vivarais à Annonay (260 000 €) et Confitures du Doux, "
            "installée à Tournon-sur-Rhône (330 000 €, une dizaine d'emplois à la clé).\n"
            "Sous-total : 590 000 €.\n\n"
            "LOIRE (42)\nTissages Roannais Réunis, à Roanne : 350 000 €.\n\n"
            "HAUTE-SAVOIE (74)\nDécolletage de l'Albanais, le site de Rumilly : 410 000 €, près de 15 postes créés.\n\n"
            "DRÔME (26)\nNougats du Jabron : 280 000 € pour doubler la capacité de cuisson.\n")
    got = laureates(text)
    assert set(got) == {"Tannerie du Vivarais", "Confitures du Doux", "Tissages Roannais Réunis",
                        "Décolletage de l'Albanais", "Nougats du Jabron"}
    assert {name: lau["aid_eur"] for name, lau in got.items()} == {
        "Tannerie du Vivarais": 260000, "Confitures du Doux": 330000, "Tissages Roannais Réunis": 350000,
        "Décolletage de l'Albanais": 410000, "Nougats du Jabron": 280000}
    assert got["Décolletage de l'Albanais"]["commune_insee"] == "74225"


def test_a_running_total_of_aid_does_not_make_bare_amounts_aids_and_times_are_no_names():
    text = ("Depuis 2020, 214 projets ont été retenus pour un total de 71 M€ d'aides publiques.\n\n"
            "11h30 : le ministre arrive à l'usine.\n\n"
            "À Castres, Laboratoires du Thoré, filiale du groupe Sorèze, va produire des ampoules (3,5 M€ ; 750 000 €).\n")
    got = laureates(text)
    assert set(got) == {"Laboratoires du Thoré"}
    assert (got["Laboratoires du Thoré"]["investment_eur"], got["Laboratoires du Thoré"]["aid_eur"]) == (3500000, 750000)


def test_sector_sections_with_respectively_acronym_lead_and_article():
    text = ("Sept industriels de la région figurent parmi les derniers bénéficiaires de France Relance.\n\n"
            "ÉLECTRONIQUE\nMicrotechniques du Val (Morteau) et Connectique du Drugeon (Pontarlier) obtiennent "
            "respectivement 700 000 € et 450 000 €.\n\n"
            "INTRANTS ESSENTIELS\nAciers de la Dheune, Le Creusot : 2 M€ pour un four, sur un programme de 11 M€.\n\n"
            "AUTOMOBILE\nEHSP – Équipements Haut-Saônois Plastiques, filiale du groupe Kessler, est aidé à hauteur "
            "de 600 000 € pour son usine d'Héricourt.\n\n"
            "AGROALIMENTAIRE\nLes Malteries de la Cure, Auxerre : 350 000 €.\n\n"
            "Au total, ces sept projets mobilisent 5,6 M€ d'aides de l'État.\n")
    got = laureates(text)
    assert set(got) >= {"Microtechniques du Val", "Connectique du Drugeon", "Aciers de la Dheune",
                        "Équipements Haut-Saônois Plastiques", "Les Malteries de la Cure"}
    assert (got["Microtechniques du Val"]["aid_eur"], got["Connectique du Drugeon"]["aid_eur"]) == (700000, 450000)
    assert (got["Aciers de la Dheune"]["aid_eur"], got["Aciers de la Dheune"]["investment_eur"]) == (2000000, 11000000)
    assert got["Les Malteries de la Cure"]["aid_eur"] == 350000


def test_markdown_export_with_bold_figures_footnotes_and_a_call_column():
    text = ("# France Relance : deux nouveaux lauréats « Résilience »\n\n"
            "Deux entreprises normandes figurent parmi les lauréats de l'appel à projets **« Résilience »**. Elles "
            "porteront ensemble **10,5 M€** d'investissements.\n\n"
            "| Entreprise | Commune | Appel à projets | Investissement | Aide de l'État |\n|---|---|---|---:|---:|\n"
            "| Cidrerie du Bessin | Bayeux | Résilience | 2,5 M€ | 660 k€ |\n"
            "| Chimie de l'Eure[^3] | Vernon | Résilience | 8 M€ | 2 M€ |\n\n"
            "[^3]: montant arrondi.\n\n"
            "• La Cidrerie du Bessin, entreprise familiale, double sa capacité.\n\n"
            "Notification des décisions : les lauréats sont informés par courrier.\n")
    r = result(text)
    got = {lau["organisation"]: lau for lau in r["laureates"]}
    assert set(got) == {"Cidrerie du Bessin", "Chimie de l'Eure"}  # the bullet names the table's laureate again
    assert got["Cidrerie du Bessin"]["project"] is None  # the call, not a project
    assert r["announcement"]["investment_eur"] == 10500000


def test_mail_list_with_acronym_before_name_and_a_total_line():
    text = ("Objet : lauréats AAP Résilience\n\nTrois entreprises de la région ont été retenues :\n\n"
            "* Roulements du Cher – Vierzon (18) – roulements – aide 520 000 €\n"
            "* S2L Sologne Laser Systèmes – Romorantin-Lanthenay (41) – cartes – aide 780 000 €\n"
            "* Filtres de Gien – Gien (45) – médias filtrants – aide 350 000 €\n\n"
            "Montant cumulé : 1 650 000 € d'aides pour 7,8 M€ d'investissements.\n")
    r = result(text)
    got = {lau["organisation"]: lau for lau in r["laureates"]}
    assert set(got) == {"Roulements du Cher", "Sologne Laser Systèmes", "Filtres de Gien"}
    assert (got["Filtres de Gien"]["aid_eur"], got["Filtres de Gien"]["investment_eur"]) == (350000, None)
    assert (r["announcement"]["aid_eur"], r["announcement"]["investment_eur"]) == (1650000, 7800000)


def test_deliberation_article_attributing_to_a_company_and_its_legal_grounds():
    text = ("LA COMMISSION PERMANENTE,\nVU l'avis favorable du comité technique réunissant la Région, Bpifrance et "
            "Loire Essor ;\n\nDÉCIDE\n"
            "Article 1 : d'attribuer à Moteurs du Bocage (MDB), aux Herbiers (85), une subvention de 320 000 €. Le "
            "programme, d'un montant de 2 400 000 €, prévoit la création de 14 emplois.\n")
    got = laureates(text)
    assert "Moteurs du Bocage" in got and "Loire Essor" not in got
    assert (got["Moteurs du Bocage"]["aid_eur"], got["Moteurs du Bocage"]["jobs_created"]) == (320000, 14)


def test_a_colon_inside_a_table_row_leaves_the_row_to_the_table():
    text = ("Les projets retenus au titre du plan de relance :\n\n"
            "Entreprise | Commune | Projet | Investissement | Aide\n\n"
            "SCIERIE DU LAYON SDL | Chemillé-en-Anjou (49) | « Bois 4.0 » : ligne de sciage | 760 000 € | 228 000 €\n\n"
            "Tonnellerie d'Anjou | Saumur (49) | Merrains | 1,2 M€ | 300 000 €\n")
    got = laureates(text)
    assert got["SCIERIE DU LAYON SDL"]["aid_eur"] == 228000


def test_bullets_name_place_sector_with_a_leading_acronym():
    text = ("En Bretagne, 3 nouveaux projets sont retenus par l'appel à projets « Résilience ».\n\n"
            "• Laboratoires de l'Oust – Loudéac – Santé\n  Extension de l'unité. Aide : 1 150 k€.\n\n"
            "• FEV – Fougères Électronique Vitréenne – Fougères – Électronique\n  Cartes pour drones. Aide : 510 k€.\n\n"
            "• Pois du Blavet – Pontivy – Agroalimentaire\n  Texturation de protéines. Aide : 1 020 k€.\n")
    got = laureates(text)
    assert set(got) == {"Laboratoires de l'Oust", "Fougères Électronique Vitréenne", "Pois du Blavet"}
    assert got["Laboratoires de l'Oust"]["sector"] == "santé"
    assert got["Fougères Électronique Vitréenne"]["aid_eur"] == 510000


def test_ordinal_laureate_and_a_name_cut_by_another_rule():
    text = ("Deux entreprises du secteur ont été retenues par le fonds de modernisation de la filière aéronautique.\n\n"
            "Alors la nouvelle est bien accueillie : Capdenac Usinage, une PME installée à Bagnac-sur-Célé, reçoit "
            "800 000 euros.\n\n"
            "Deuxième lauréat, Sofralux, filiale du groupe Averna. Sur le site de Figeac, l'entreprise lance le projet "
            "« Ailes Légères ». Montant du programme : 4,1 millions d'euros, avec un coup de pouce public de 1,2 million.\n")
    got = laureates(text, spacy=True)
    assert set(got) == {"Capdenac Usinage", "Sofralux"}
    assert (got["Sofralux"]["investment_eur"], got["Sofralux"]["commune_insee"]) == (4100000, "46102")


def test_the_agency_that_follows_the_laureates_and_a_councillor_are_no_laureates():
    text = ("En 2021, l'équipe industrie d'Orne Essor a accompagné 40 projets.\n\n"
            "Trois entreprises suivies par Orne Essor ont été désignées lauréates de l'appel à projets « Résilience » :\n"
            "- Filature du Houlme (Flers) : 350 000 €\n- Biscuits d'Argentan (Argentan) : 200 000 €\n\n"
            "L'opposition, par la voix de Maëlys Kerbrat (Flers Autrement), a voté pour.\n")
    got = laureates(text, spacy=True)
    assert set(got) == {"Filature du Houlme", "Biscuits d'Argentan"}


def test_a_visit_in_the_plant_of_a_laureate_opens_its_passage():
    text = ("Visite du ministre dans le Doubs : quatre lauréats de l'appel à projets « Résilience ».\n\n"
            "Dans les ateliers de Microtechniques du Saugeais, le ministre a échangé avec des opératrices. Le projet de "
            "l'entreprise : une salle blanche. Coût : 7,2 millions d'euros, dont 2 millions apportés par l'État, et "
            "28 emplois créés.\n")
    got = laureates(text)
    assert set(got) == {"Microtechniques du Saugeais"}
    assert (got["Microtechniques du Saugeais"]["jobs_created"], got["Microtechniques du Saugeais"]["aid_eur"]) == (28, 2000000)
