"""Shapes met in the tenth session: CSV exports, empty cells, emphasised total rows, totals with their unit, a
writer's adverb after a name. Invented companies; real communes."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.readers import data_to_text, read_bytes


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


CSV_EXPORT = (
    "id_dossier;raison_sociale;commune_siege;commune_site;dep_site;montant_invest_eur;montant_aide_eur;emplois_crees;statut\n"
    "D-001;CÉRAMIQUES DU BERRY;Bourges;Vierzon;18;1250000,00;250000,00;8;Lauréat\n"
    "D-002;OPTOLOIRE SAS;Paris;Orléans;45;3400000,00;500000,00;;Lauréat\n"
    'D-003;FONDERIE DU SANCERROIS;Sancerre;Sancerre;18;900000,00;0,00;;Non retenu\n'
)


def test_csv_export_is_read_as_a_table():
    text = read_bytes(CSV_EXPORT.encode(), "export.csv")
    assert text.splitlines()[0].startswith("Id dossier | Raison sociale | Commune siege | Commune site")
    got = laureates(text)
    assert set(got) == {"CÉRAMIQUES DU BERRY", "OPTOLOIRE"}
    # the site column places the laureate, not the seat's
    assert got["CÉRAMIQUES DU BERRY"]["commune_insee"] == "18279"
    assert got["OPTOLOIRE"]["commune_insee"] == "45234"
    assert got["CÉRAMIQUES DU BERRY"]["investment_eur"] == 1_250_000
    assert got["OPTOLOIRE"]["aid_eur"] == 500_000 and got["OPTOLOIRE"]["jobs_created"] is None


def test_prose_with_semicolons_is_no_csv():
    assert data_to_text("Trois lauréats ; deux en Bretagne ; un en Normandie ; bravo.\nLe préfet salue ; les élus aussi.") is None
    assert data_to_text("a;b;c\n1;2\n") is None  # rows of another width: not an export


def test_markdown_table_with_empty_cells_and_an_emphasised_total():
    text = ("# Lauréats normands de l'appel à projets Résilience\n\n"
            "| Entreprise | Site (dép.) | Projet | Investissement | Aide État |\n"
            "|---|---|---|---:|---:|\n"
            "| Verrerie du Bocage | Vire Normandie (14) | — | 2,4 M€ | 600 k€ |\n"
            "| Cidrerie Augeronne | Lisieux (14) | « POMME+ » | 1,6 M€ | 400 000 € |\n"
            "|   | **Total Normandie** | | **4 M€** | **1 M€** |\n")
    result = extract(text).to_dict()
    got = {lau["organisation"]: lau for lau in result["laureates"]}
    assert set(got) == {"Verrerie du Bocage", "Cidrerie Augeronne"}
    assert got["Verrerie du Bocage"]["project"] is None
    assert got["Cidrerie Augeronne"]["project"] == "POMME+"
    assert result["announcement"]["aid_eur"] == 1_000_000


def test_aligned_total_row_with_units():
    # (rules only: the learned linking may find the total by other means; the TOTAL row itself must give it)
    text = ("L'enveloppe régionale du fonds est de 41 M€ ; avec ces deux dossiers, 4,3 M€ sont engagés pour le Tarn.\n\n"
            "  Entreprise                     Site        Investissement  Aide Fonds   Emplois créés\n"
            "  Tanneries de la Vallée         Mazamet     2,7 M€          520 000 €    14\n"
            "  Verres Techniques du Ségala    Carmaux     3,4 M€          680 000 €    une quinzaine\n"
            "  TOTAL (2 projets)                          6,1 M€          1,2 M€\n")
    ann = extract(text, classifier=None).to_dict()["announcement"]
    assert ann["investment_eur"] == 6_100_000
    assert ann["aid_eur"] == 1_200_000


def test_a_writers_adverb_is_not_part_of_the_name():
    text = ("Le comité a retenu deux projets au titre du fonds Relocalisation :\n"
            "- Optoloire : 500 000 € pour une ligne de lentilles à Orléans ;\n"
            "- Céramiques du Berry aussi : 250 000 € pour un four à Vierzon.\n")
    assert set(laureates(text)) == {"Optoloire", "Céramiques du Berry"}


SCDL_XML = """<?xml version="1.0" encoding="UTF-8"?>
<subventions xmlns:ext="urn:exemple:extensions">
  <subvention>
    <nomAttribuant>Région Centre-Val de Loire</nomAttribuant>
    <nomBeneficiaire>CÉRAMIQUES DU BERRY</nomBeneficiaire>
    <objet>Nouveau four de cuisson</objet>
    <montant>250000.00</montant>
    <dispositifAide>Relocalisation / Diversification industrielle</dispositifAide>
    <ext:adresseBeneficiaire>3 rue de la Gare, 18000 Bourges</ext:adresseBeneficiaire>
    <ext:communeRealisation codeInsee="18279">Vierzon</ext:communeRealisation>
  </subvention>
  <subvention>
    <nomAttribuant>Région Centre-Val de Loire</nomAttribuant>
    <nomBeneficiaire>OPTOLOIRE</nomBeneficiaire>
    <objet>Ligne de lentilles</objet>
    <montant>500000.00</montant>
    <dispositifAide>Relocalisation / Diversification industrielle</dispositifAide>
    <ext:communeRealisation codeInsee="45234">Orléans</ext:communeRealisation>
  </subvention>
</subventions>
"""


def test_scdl_export_beneficiaries_and_insee_codes():
    result = extract(read_bytes(SCDL_XML.encode(), "subventions.xml.txt")).to_dict()
    got = {lau["organisation"]: lau for lau in result["laureates"]}
    # the granting body's column is no laureate's
    assert set(got) == {"CÉRAMIQUES DU BERRY", "OPTOLOIRE"}
    # the code of the commune where the project is carried out, not the beneficiary's address
    assert got["CÉRAMIQUES DU BERRY"]["commune_insee"] == "18279"
    assert got["OPTOLOIRE"]["aid_eur"] == 500_000
    assert result["announcement"]["programme"] == "Relocalisation / Diversification industrielle"


def test_candidates_under_review_in_a_status_column_are_no_laureates():
    text = ("Comité de pilotage Territoire d'industrie — ordre du jour\n\n"
            "- Accueil des participants\n"
            "- Foncier économique : point sur la friche des Ilettes\n"
            "- Fonds d'accélération des investissements industriels : enveloppe indicative de 3,5 M€\n\n"
            "Annexe — Pré-candidatures reçues\n\n"
            "Entreprise | Commune | Montant du projet | Aide sollicitée | État du dossier\n"
            "Décolletage du Giffre | Cluses | 1,9 M€ | 380 000 € | Complet — en instruction\n"
            "Connectique du Borne | Bonneville (74) | 3,1 M€ | 620 000 € | Pré-dépôt\n"
            "Outillage des Aravis | Thônes | 850 000 € | 170 000 € | Pièces manquantes\n")
    assert extract(text).to_dict()["laureates"] == []


def test_levels_of_figures_and_labels_are_no_names():
    text = ("Chiffres clés — AAP « Résilience »\n"
            "• National (cumul) : 542 projets — 2,3 Md€ d'investissements — 780 M€ d'aide de l'État\n\n"
            "Nouveaux lauréats :\n"
            "- Opale Textiles Médicaux, à Calais (62) : 800 000 € d'aide pour 3,2 M€ d'investissement.\n\n"
            "Catégories : Plan France Relance | Politique industrielle en France\n")
    assert set(laureates(text)) == {"Opale Textiles Médicaux"}


def test_a_trade_noun_before_a_name_that_is_no_place_opens_the_name():
    text = ("Vingt-trois lauréats normands pour le fonds Territoires d'industrie.\n\n"
            "Dans l'atelier de la tôlerie du Bessin, les presses tournent. L'entreprise de Vire Normandie (Calvados) "
            "investit 2,4 millions d'euros ; l'État y contribue à hauteur de 400 000 €.\n")
    got = laureates(text)
    assert set(got) == {"Tôlerie du Bessin"}
    assert got["Tôlerie du Bessin"]["aid_eur"] == 400_000


def test_a_byline_names_no_laureate():
    text = ("Trois PME du Cher lauréates du fonds Relocalisation\n\n"
            "Mercredi 6 avril 2022 - Par Nathalie Bertin, Radio Sologne Infos\n\n"
            "Usinage du Cher, à Vierzon, reçoit 300 000 € de l'État pour un centre d'usinage de 1,2 M€.\n\n"
            "Radio Sologne Infos — 100.6 FM\n")
    assert set(laureates(text)) == {"Usinage du Cher"}


def test_an_interviews_answer_gives_the_amount_its_question_asks_for():
    text = ("Lauréate de l'appel à projets « (Re)localisation dans les secteurs critiques », la société Ondeval va "
            "produire à Lannion (22) ses antennes 5G.\n\n"
            "Quel est le montant de l'investissement ?\n\n"
            "12 millions d'euros sur trois ans : une ligne de report CMS et une chambre de test. L'État nous soutient à hauteur de 3,6 "
            "millions d'euros.\n\n"
            "Ondeval en bref\nSiège : Paris ; production et R&D : Lannion (Côtes-d'Armor)\n")
    got = laureates(text)
    assert set(got) == {"Ondeval"}
    assert got["Ondeval"]["investment_eur"] == 12_000_000 and got["Ondeval"]["aid_eur"] == 3_600_000


def test_the_short_name_after_a_trade_noun_keeps_the_passage_going():
    text = ("Golbey : Tissages Valmonde décroche l'aide de l'État\n\n"
            "Retenue dans la nouvelle vague de l'appel à projets « Résilience », la PME va installer une ligne de "
            "non-tissé médical dans son usine de Golbey.\n\n"
            "Par Julien Marchal\n\n"
            "Pour Valmonde, le chantier est chiffré à 4,3 millions d'euros. L'État apporte une subvention de 850 000 €, "
            "le reste étant financé par un emprunt bancaire de 2 M€.\n\n"
            "Les autres lauréats du Grand Est\n\n"
            "• Lorhydral (Hagondange, Moselle) : 2,1 M€ investis, 12 emplois créés.\n")
    got = laureates(text)
    assert got["Tissages Valmonde"]["investment_eur"] == 4_300_000
    assert got["Tissages Valmonde"]["aid_eur"] == 850_000


def test_a_bank_loan_is_no_aid():
    text = ("La société Optoloire, à Orléans, lauréate de l'appel à projets « Résilience », investit 3 M€. Le "
            "projet est financé par un prêt bancaire de 1,5 M€ et par ses fonds propres.\n")
    assert laureates(text)["Optoloire"]["aid_eur"] is None


def test_a_project_amount_column_and_a_postponed_file():
    text = ("Pack Relocalisation - Commission permanente - Bénéficiaires\n\n"
            "N°  Bénéficiaire                       Site du projet   Dép  Montant projet (€)   Subvention (€)   Emplois créés\n"
            "1   Tricotages du Roannais             Roanne           42          1 850 000          277 500              14\n"
            "2   Salaisons Réunies du Cantal        Aurillac         15          3 100 000          465 000              12\n\n"
            "Dossier reporté à la CP de novembre : Mécanique du Pilat (Saint-Chamond) - pièces manquantes\n")
    got = laureates(text)
    assert set(got) == {"Tricotages du Roannais", "Salaisons Réunies du Cantal"}
    assert got["Tricotages du Roannais"]["investment_eur"] == 1_850_000


def test_a_formula_is_no_commune_and_a_trade_acronym_no_name():
    text = ("Dans la nouvelle vague de l'appel à projets « (Re)localisation dans les secteurs critiques », "
            "l'électronique compte deux lauréats.\n\n"
            "La start-up grenobloise Semivolt, qui conçoit des composants de puissance en nitrure de gallium (GaN), va "
            "investir 28 millions d'euros dans sa ligne de Crolles. L'État l'accompagne à hauteur de 7 M€.\n\n"
            "Chez le sous-traitant en électronique (EMS) Carteval Industrie, c'est l'usine de Cholet (Maine-et-Loire) "
            "qui profite du projet : 7 M€ pour une deuxième ligne. Aide de l'État : 1,4 M€.\n")
    got = laureates(text)
    assert set(got) == {"Semivolt", "Carteval Industrie"}
    assert got["Semivolt"]["commune_insee"] == "38140"  # Crolles, not Gan (64)
    assert got["Semivolt"]["sector"] == "électronique"
    assert got["Carteval Industrie"]["commune_insee"] == "49099"


def test_trade_names_under_their_article_and_a_local_authority():
    text = ("Relance : qui a décroché quoi en Saône-et-Loire ?\n\n"
            "À DIGOIN, UN FOUR ÉLECTRIQUE\n"
            "Même dispositif pour la Faïencerie Nouvelle du Charolais, qui remplace son four tunnel au gaz par un four "
            "électrique : 1,5 M€ d'investissement, 300 k€ d'aide.\n\n"
            "À LOUHANS, DES GALETTES\n"
            "Retenue dans le volet agroalimentaire de l'appel à projets « (Re)localisation dans les secteurs critiques », "
            "la Biscuiterie Bressane va construire une nouvelle ligne à Louhans. Le programme atteint 5,6 millions "
            "d'euros, avec 1,1 million d'aide de l'État.\n\n"
            "ET AUSSI\n"
            "À Montceau-les-Mines, la communauté urbaine Creusot-Montceau prépare une zone d'activités de 25 hectares.\n")
    got = laureates(text)
    assert set(got) == {"Faïencerie Nouvelle du Charolais", "Biscuiterie Bressane"}
    assert got["Biscuiterie Bressane"]["investment_eur"] == 5_600_000


def test_an_amount_in_brackets_after_works_is_their_cost():
    text = ("Le gouvernement a annoncé 64 nouveaux lauréats de l'appel à projets « Résilience ». Parmi eux figure la "
            "Conserverie Bellegarde, à Concarneau (Finistère), qui va moderniser ses lignes de sardines (2,5 millions "
            "d'euros).\n")
    got = laureates(text)
    assert got["Conserverie Bellegarde"]["investment_eur"] == 2_500_000
    assert got["Conserverie Bellegarde"]["aid_eur"] is None


def test_a_live_blogs_entries_far_from_the_lead():
    text = ("EN DIRECT — Le ministre dévoile les lauréats régionaux de l'appel à projets « Résilience »\n\n"
            "- 10:33\n\nLe président de Région prend la parole : « Ces projets, ce sont des usines qui reviennent dans "
            "nos vallées. La Région complétera l'effort de l'État avec son fonds régional pour les entreprises qui le "
            "demanderont. Nous voulons des filières fortes, des territoires vivants et des emplois durables. »\n\n"
            "- 10:27\n\nÉlectronique maintenant : Savoie Microcapteurs, au Bourget-du-Lac (Savoie), va produire des "
            "microbatteries. Investissement : 11 M€, aide de l'État : 2,7 M€. Les cellules seront fournies par "
            "Lithiaval, à Bernin (Isère).\n")
    got = laureates(text)
    assert set(got) == {"Savoie Microcapteurs"}
    assert got["Savoie Microcapteurs"]["commune_insee"] == "73051"
    assert got["Savoie Microcapteurs"]["aid_eur"] == 2_700_000


def test_a_social_thread_where_laureates_give_their_figures_in_comments():
    text = ("Gwenaëlle Le Bihan • 2e\n"
            "Déléguée générale chez Ondes d'Armor Réseau | Radiofréquences en Bretagne\n"
            "3 sem.\n\n"
            "Le Gouvernement a dévoilé hier les nouveaux lauréats du volet 5G de l'appel à projets « (Re)localisation "
            "dans les secteurs critiques » :\n\n"
            "👉 Kerlan Radio Systèmes (Lannion) : filtres RF pour antennes 5G\n"
            "👉 Menhir Électronique (Vitré) : nouvelle ligne CMS\n\n"
            "Erwan Kerhervé • 1er\n"
            "Président de Kerlan Radio Systèmes\n"
            "3 sem.\n"
            "Merci pour le relais ! Concrètement : 3,4 M€ d'investissement sur le site de Lannion, dont 1 M€ de soutien "
            "de l'État, et 12 postes à pourvoir d'ici fin 2022.\n"
            "J'aime • 👍 48    Répondre\n\n"
            "Morgane Ollivier • 3e+\n"
            "Chargée de mission chez Technopole du Léon\n"
            "3 sem.\n"
            "Bravo à tous, le Trégor est une terre de lauréats.\n")
    got = laureates(text)
    assert set(got) == {"Kerlan Radio Systèmes", "Menhir Électronique"}
    assert got["Kerlan Radio Systèmes"]["investment_eur"] == 3_400_000
    assert got["Kerlan Radio Systèmes"]["aid_eur"] == 1_000_000
    assert got["Kerlan Radio Systèmes"]["jobs_created"] == 12


OCR_LETTER = """0bjet : Fonds d'acc6l6ration des
        investissements industriels dans les territoires - projets laur6ats

Monsieur le Pr6sident,

J'ai le plaisir de vous informer que le comit6 r6gional de s6lection, r6uni le 25 janvier, a retenu deux projets
port6s par des entreprises du territoire. Ils repr6sentent 6,1 MC d'investissements.

- la soci6t6 FORGEAGE BOURGUIGNON DE PR6CISION, au Creusot, qui investit 5,2 M€ dans une presse de
  4 OOO tonnes. La subvention de l'Etat s'6lève à 8OO OOO €. Le projet pr6voit la cr6ation de 2O emplois ;

- la soci6t6 CHAUDRONNERIE DE LA DHEUNE, à Chagny, pour un atelier de soudage (9OO OOO € d'investissement,
  subvention de 18O OOO €, 6 emplois cr66s).
"""


def test_an_ocr_letter_is_repaired_in_place():
    from relocalisation.ingestion.press.extract import repair_ocr

    repaired = repair_ocr(OCR_LETTER)
    assert len(repaired) == len(OCR_LETTER)  # evidence offsets stay those of the text
    assert "société FORGEAGE BOURGUIGNON DE PRÉCISION" in repaired and "800 000 €" in repaired
    assert "6 emplois créés" in repaired and "6,1 M€" in repaired
    result = extract(OCR_LETTER).to_dict()
    got = {lau["organisation"]: lau for lau in result["laureates"]}
    assert got["FORGEAGE BOURGUIGNON DE PRÉCISION"]["aid_eur"] == 800_000
    assert got["FORGEAGE BOURGUIGNON DE PRÉCISION"]["jobs_created"] == 20
    assert got["CHAUDRONNERIE DE LA DHEUNE"]["aid_eur"] == 180_000
    assert result["announcement"]["programme"].startswith("Fonds d'accélération des investissements")


def test_plain_figures_are_not_ocr():
    from relocalisation.ingestion.press.extract import repair_ocr

    text = "Le 6 mai, 6 PME de l'Oise (60) ont reçu 600 000 €. ÉTAPE 6 : OK. Le modèle A6 et la ligne L16 OO."
    assert repair_ocr(text) == text


def test_a_company_that_thinks_about_applying_is_no_laureate():
    text = ("Loudéac : l'appel à projets « Résilience » présenté aux industriels du Centre-Bretagne\n\n"
            "Les dossiers seront examinés par un comité de sélection en octobre ; les lauréats ne seront pas connus "
            "avant la fin de l'année. L'enveloppe régionale est de 12 millions d'euros.\n\n"
            "Dans la salle, plusieurs dirigeants ont déjà un projet en tête. La Visserie du Lié, qui emploie 40 "
            "salariés à Loudéac, réfléchit à rapatrier la fabrication de vis spéciales. « On monte le dossier, mais "
            "rien n'est fait », tempère son gérant, qui évoque un investissement « autour de 1,5 million d'euros ».\n")
    assert laureates(text) == {}


def test_common_words_in_a_heading_of_capitals_are_no_commune():
    from relocalisation.ingestion.press.places import default_gazetteer

    gaz = default_gazetteer()
    text = "AU CREUSOT, LA FORGE SE MODERNISE\nForges du Morvan investit 3,2 M€.\n"
    kinds = {(text[p.start:p.end], p.kind) for p in gaz.spot(text)}
    assert ("CREUSOT", "commune") in kinds  # « AU CREUSOT »: Le Creusot, its article merged in « AU »
    assert not any(name == "LA FORGE" or name == "FORGE" for name, _ in kinds)
    # a commune in capitals after a word of place is still one
    assert any(p.kind == "commune" for p in gaz.spot("À LA FORGE, UNE USINE NEUVE\n"))


PDF_COLUMNS = """Annexe 2 – Liste des lauréats de l'appel à projets « Résilience » en Centre-Val de Loire

Entreprise
Céramiques du Berry
Optoloire
Verrerie de Vierzon
Commune
Vierzon
Orléans
Vierzon
Investissement
1 250 000 €
3 400 000 €
800 000 €
Aide de l'État
250 000 €
500 000 €
120 000 €

Source : préfecture de région.
"""


def test_a_pdf_table_copied_column_by_column():
    text = read_bytes(PDF_COLUMNS.encode(), "annexe.txt")
    assert "Entreprise | Commune | Investissement | Aide de l'État" in text
    assert "Source : préfecture de région." in text
    got = laureates(text)
    assert set(got) == {"Céramiques du Berry", "Optoloire", "Verrerie de Vierzon"}
    assert got["Optoloire"]["commune_insee"] == "45234" and got["Optoloire"]["aid_eur"] == 500_000
    assert got["Verrerie de Vierzon"]["investment_eur"] == 800_000


def test_a_fiche_is_not_a_table_of_columns():
    from relocalisation.ingestion.press.readers import columns_to_table

    fiche = "Entreprise\nOptoloire\nCommune\nOrléans\nAide\n500 000 €\n"
    assert columns_to_table(fiche) == fiche
    uneven = "Entreprise\nOptoloire\nVerrerie de Vierzon\nCommune\nOrléans\nAide\n500 000 €\n120 000 €\n"
    assert columns_to_table(uneven) == uneven


def test_a_pasted_export_is_laid_out_like_an_uploaded_one():
    from relocalisation.ingestion.press_forms import SubmitForm

    form = SubmitForm(data={"text": CSV_EXPORT.replace("\n", "\r\n")})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["document_text"] == read_bytes(CSV_EXPORT.encode(), "export.csv")
    form = SubmitForm(data={"text": "Le préfet a annoncé trois lauréats ; bravo."})
    assert form.is_valid() and form.cleaned_data["document_text"] == "Le préfet a annoncé trois lauréats ; bravo."


def test_a_subsidiary_of_a_foreign_group_that_relocates_a_syrup():
    text = ("Trois nouveaux lauréats de l'appel à projets « (Re)localisation dans les secteurs critiques » en Normandie\n\n"
            "À Évreux, le laboratoire Pharmélis, filiale du groupe allemand Kessler Pharma, relocalise la production "
            "d'un sirop contre la toux jusqu'ici fabriqué en Inde. L'investissement atteint 8 millions d'euros, dont "
            "2 millions d'aide de l'État.\n")
    got = laureates(text)["Pharmélis"]
    assert got["parent_group"] == "Kessler Pharma"
    assert got["sector"] == "santé"


def test_a_scheme_that_opens_the_document_is_its_programme():
    text = ("Pack Relocalisation - Commission permanente du 21/10/2021 - Bénéficiaires\n\n"
            "N°  Bénéficiaire                       Site du projet   Dép  Montant projet (€)   Subvention (€)   Observations\n"
            "1   Tricotages du Roannais             Roanne           42          1 850 000          277 500   déjà lauréat AAP Résilience 2020\n"
            "2   Salaisons Réunies du Cantal        Aurillac         15          3 100 000          465 000\n")
    assert extract(text).to_dict()["announcement"]["programme"] == "Pack Relocalisation"


def test_more_words_of_health_and_food():
    got = laureates("Lauréats de l'appel à projets « Résilience » :\n"
                    "- Textiles Niortais (Niort) : blouses et champs opératoires non tissés, 380 000 € d'aide.\n"
                    "- Huilerie de la Durance (Manosque) : moulin à huile d'olive, 560 000 € d'aide.\n")
    assert got["Textiles Niortais"]["sector"] == "santé"
    assert got["Huilerie de la Durance"]["sector"] == "agroalimentaire"


def test_a_bare_amount_label_in_prose_is_the_projects():
    text = ("À CHARNAY-LÈS-MÂCON, LES LABORATOIRES RECRUTENT\n"
            "Les Laboratoires Saône-Vignes, spécialisés dans les solutés pour l'hôpital, ont vu leur projet de "
            "relocalisation retenu dans le volet santé de l'appel à projets « (Re)localisation dans les secteurs "
            "critiques ». Montant : 4 M€. L'entreprise n'a pas communiqué le montant de l'aide.\n")
    got = laureates(text)["Laboratoires Saône-Vignes"]
    assert got["investment_eur"] == 4_000_000 and got["aid_eur"] is None


RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Courrier de l'Ouest - Économie</title>
<item><title>Cholet : la PME Maugeplast lauréate de l'appel à projets « Résilience »</title>
<pubDate>Tue, 08 Mar 2022 06:00:00 +0100</pubDate>
<description><![CDATA[<p>La PME choletaise Maugeplast va investir 2,4 millions d'euros dans une nouvelle ligne d'injection
de pièces médicales. L'État lui accorde une aide de 600 000 €.</p>]]></description></item>
<item><title>Saumur : la fête du vin attire 30 000 visiteurs</title>
<description><![CDATA[<p>Succès pour la fête des vins de Loire.</p>]]></description></item>
</channel></rss>
"""


def test_an_rss_feed_is_read_as_short_articles():
    text = read_bytes(RSS_FEED.encode(), "flux.xml.txt")
    assert "<p>" not in text and "Title |" not in text
    got = laureates(text)
    assert set(got) == {"Maugeplast"}
    assert got["Maugeplast"]["commune_insee"] == "49099"  # the headline « Cholet : … » places it
    assert got["Maugeplast"]["sector"] == "santé" and got["Maugeplast"]["aid_eur"] == 600_000


def test_html_cards_with_definition_lists_are_fiches():
    page = ("<html><body><main><h1>Les lauréats du fonds régional 2022</h1>"
            "<p>La Région a retenu deux entreprises lors de la commission permanente du 21 octobre 2022.</p>"
            "<div class='card'><h3>Optiloire</h3><dl><dt>Commune</dt><dd>Roanne (42)</dd><dt>Investissement</dt>"
            "<dd>1,8 M€</dd><dt>Subvention</dt><dd>270 000 €</dd><dt>Emplois créés</dt><dd>12</dd></dl></div>"
            "<div class='card'><h3>Velay Plasturgie</h3><dl><dt>Commune</dt><dd>Yssingeaux (43)</dd>"
            "<dt>Subvention</dt><dd>330 000 €</dd></dl></div></main></body></html>")
    text = read_bytes(page.encode(), "laureats.html")
    assert "Optiloire\nCommune : Roanne (42)\nInvestissement : 1,8 M€" in text
    got = laureates(text)
    assert set(got) == {"Optiloire", "Velay Plasturgie"}
    assert got["Optiloire"]["commune_insee"] == "42187" and got["Optiloire"]["jobs_created"] == 12
    assert got["Velay Plasturgie"]["aid_eur"] == 330_000


def test_laureates_of_a_regional_pack():
    text = ("Les lauréats du Pack Relocalisation 2022\n\n"
            "La Région a retenu Optiloire, à Roanne (42), pour une ligne de lentilles : 270 000 € de subvention.\n")
    assert extract(text).to_dict()["announcement"]["programme"] == "Pack Relocalisation"
    text = "Les lauréats du pass relocalisation sont annoncés : Optiloire, à Roanne (42), reçoit 270 000 €.\n"
    assert extract(text).to_dict()["announcement"]["programme"] != "pass relocalisation sont annoncés"
