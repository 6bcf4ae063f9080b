"""Shapes met in the sixteenth session: web cards with a pinned commune, fiches headed « ~ Name ~ » with « Où / Quoi /
Combien » lines, deliberations whose « Considérant » tells of the laureate, grant tables with a « Dép. projet » or a
« territoire » column, homonyms the text places once (« Ussel dans le Cantal », « notre Sainte-Marie cantalienne »),
cleft sentences, portraits titled in capitals, an agency's activity figures, loans and fundraisings, an aid the text
says is undisclosed. Invented companies; real communes."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.readers import read_bytes

INTRO = "Le Gouvernement a dévoilé 40 nouveaux lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques ».\n\n"


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


def announcement(text):
    return extract(text).to_dict()["announcement"]


PINNED_CARDS = """<html><body>
<h1>Nos entreprises lauréates</h1>
<p>Plusieurs entreprises du Grand-Figeac ont été retenues par l'État au titre du plan France Relance.</p>
<div class="carte"><span class="etiquette">(Re)localisations – santé</span>
<h3>Quercy Dispositifs Médicaux</h3><p class="lieu">📍 Figeac</p>
<p>Des sondes urinaires jusqu'ici importées d'Asie seront fabriquées sur place.</p>
<ul><li><b>3,4 M€</b> investis</li><li><b>820 k€</b> d'aide de l'État</li><li><b>14</b> CDI à la clé</li></ul></div>
<div class="carte"><span class="etiquette">Territoires d'industrie – Fonds d'accélération</span>
<h3>Chaudronnerie du Célé</h3><p class="lieu">📍 Luzech</p>
<p>Nouvelle cellule de soudage robotisée.</p>
<ul><li><b>900 k€</b> investis</li><li><b>180 k€</b> de subvention État-Région</li><li><b>+4</b> emplois</li></ul></div>
<h2>À ne pas confondre</h2>
<p>Le prêt d'honneur de 20 000 € obtenu par la start-up Agrilot auprès de la plateforme locale est un prêt au créateur :
ce n'est pas une aide du plan de relance.</p>
</body></html>"""


def test_cards_with_a_pinned_commune_are_laureates_their_label_gives_the_sector_and_a_loan_said_not_aid_is_nothing():
    got = {lau["organisation"]: lau for lau in extract(read_bytes(PINNED_CARDS.encode(), "page.html")).to_dict()["laureates"]}
    assert set(got) == {"Quercy Dispositifs Médicaux", "Chaudronnerie du Célé"}
    qdm, cc = got["Quercy Dispositifs Médicaux"], got["Chaudronnerie du Célé"]
    assert (qdm["commune_insee"], qdm["sector"], qdm["investment_eur"], qdm["aid_eur"], qdm["jobs_created"]) == (
        "46102", "santé", 3_400_000, 820_000, 14)
    assert (cc["commune_insee"], cc["investment_eur"], cc["aid_eur"], cc["jobs_created"]) == ("46182", 900_000, 180_000, 4)


AGENCY_REPORT = """AGENCE CANTAL INDUSTRIE — RAPPORT D'ACTIVITÉ 2022

L'ANNÉE EN CHIFFRES

   98       projets d'entreprises accompagnés en 2022
   310 M€   d'investissements productifs accompagnés
   9        lauréats France Relance, toutes vagues confondues

Ces chiffres agrègent l'ensemble des accompagnements de l'agence ; ils ne correspondent à aucun appel à projets.

Avec leur accord, nous présentons deux des lauréats accompagnés.

~ Salaisons de la Planèze ~
Où : Saint-Georges, commune voisine de Saint-Flour.
Quoi : un séchoir à jambons, lauréat « (Re)localisations dans les secteurs critiques », volet agroalimentaire.
Combien : 2,6 M€ d'investissement ; 650 k€ d'aide de l'État.
Emplois : 11 créations.

~ MCA – Mécanique Cantalienne d'Arpajon ~
Où : Arpajon-sur-Cère (Cantal).
Quoi : rapatriement de l'usinage de pièces pour l'aéronautique ; lauréat « Résilience ».
Combien : 1,3 M€ d'investissement ; 390 k€ d'aide.
Emplois : non communiqué.

Au-delà des subventions, les lauréats ont mobilisé des prêts bancaires et des prêts Bpifrance (12,4 M€ au total pour
les entreprises accompagnées). Ces montants ne sont pas des aides publiques.
"""


def test_fiches_framed_by_tildes_with_where_what_how_much_lines_and_an_agency_s_activity_figures_are_no_wave_totals():
    got = laureates(AGENCY_REPORT)
    assert set(got) == {"Salaisons de la Planèze", "Mécanique Cantalienne d'Arpajon"}
    sp, mca = got["Salaisons de la Planèze"], got["Mécanique Cantalienne d'Arpajon"]
    # « Saint-Georges, commune voisine de Saint-Flour »: the Saint-Georges of the Cantal, not Saint-Flour
    assert (sp["commune_insee"], sp["investment_eur"], sp["aid_eur"], sp["jobs_created"]) == ("15188", 2_600_000, 650_000, 11)
    assert (mca["commune_insee"], mca["investment_eur"], mca["aid_eur"]) == ("15012", 1_300_000, 390_000)
    ann = announcement(AGENCY_REPORT)
    # the agency's activity over all calls, and the loans in brackets, are neither the wave's totals nor an envelope
    assert ann["new_laureates"] != 98 and ann["investment_eur"] is None and ann["envelope_eur"] is None


DELIBERATION = """EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL COMMUNAUTAIRE

Le Conseil communautaire,

Vu le Code général des collectivités territoriales ;
Vu la demande présentée le 3 mars 2022 par la SAS Menuiserie du Quercy ;

Considérant que la SAS Menuiserie du Quercy, dont le siège social est situé à Cahors, a été désignée lauréate de l'appel à projets national « Résilience » pour la création, sur la commune de Luzech, d'un atelier de fenêtres en bois ;

Considérant que ce programme, d'un coût total de 1 200 000 € HT, bénéficie d'une subvention de l'État de 300 000 € et permettra la création de six emplois ;

Considérant que la SARL Tournerie du Vers, implantée à Cahors et également lauréate de cette même vague de l'appel à projets « Résilience », relève de la communauté de communes voisine ;

Après en avoir délibéré,

DÉCIDE :

Article premier – D'attribuer à la SAS Menuiserie du Quercy une aide à l'immobilier d'entreprise de 20 000 €.
"""


def test_a_considerant_that_tells_of_the_award_reads_the_laureate_and_its_figures():
    got = laureates(DELIBERATION)
    assert set(got) == {"Menuiserie du Quercy", "Tournerie du Vers"}
    assert got["Tournerie du Vers"]["commune_insee"] == "46042"
    mq = got["Menuiserie du Quercy"]
    assert (mq["commune_insee"], mq["investment_eur"], mq["aid_eur"], mq["jobs_created"]) == ("46182", 1_200_000, 300_000, 6)


GRANTS_CSV = """N° dossier;Bénéficiaire;Commune du siège;Commune du projet;Dép. projet;Dispositif;Montant voté (€)
2023-101;SAS BOIS DU LIORAN;Aurillac;Murat;15;Relocalisation/Diversification - volet investissement;120 000,00
2023-102;SARL TEXTILES DE LA MONTAGNE;Clermont-Ferrand;Beaulieu;15;Relocalisation/Diversification - volet conseil;9 600,00
2023-103;ASSOCIATION INDUSTRIES DU CANTAL;Aurillac;Aurillac;15;Soutien aux manifestations économiques;15 000,00
"""


def test_a_project_departement_column_places_homonyms_the_programme_drops_its_strand_and_an_association_is_no_laureate():
    result = extract(read_bytes(GRANTS_CSV.encode(), "subventions.csv")).to_dict()
    got = {lau["organisation"]: lau for lau in result["laureates"]}
    assert set(got) == {"BOIS DU LIORAN", "TEXTILES DE LA MONTAGNE"}
    assert got["BOIS DU LIORAN"]["commune_insee"] == "15138"  # Murat of the Cantal, not of the Allier
    assert got["TEXTILES DE LA MONTAGNE"]["commune_insee"] == "15020"  # one of ten Beaulieu
    assert result["announcement"]["programme"] == "Relocalisation/Diversification"


OVERSEAS_CSV = """territoire;commune_site;entreprise;aide_etat_eur
Martinique;Sainte-Marie;Rhumerie Coulée d'Or Industrie;410000
La Réunion;Sainte-Marie;Piments Bourbon Conditionnement;260000
"""


def test_a_territory_column_places_the_homonym_commune_of_each_row():
    got = {lau["organisation"]: lau for lau in extract(read_bytes(OVERSEAS_CSV.encode(), "outre-mer.csv")).to_dict()["laureates"]}
    assert got["Rhumerie Coulée d'Or Industrie"]["commune_insee"] == "97228"
    assert got["Piments Bourbon Conditionnement"]["commune_insee"] == "97418"


HOMONYMS_PLACED_ONCE = INTRO + (
    "Deuxième lauréat, la Fromagerie des Burons, installée à Sainte-Marie, la plus petite commune du canton. Une "
    "précision : les moteurs de recherche renvoient vers La Réunion, mais c'est bien notre Sainte-Marie cantalienne qui "
    "est concernée. La fromagerie investit 1,1 million d'euros, dont 260 000 euros d'aide publique.\n\n"
    "Le troisième nom a surpris. L'Herboristerie du Plomb est installée à Ussel. Oui, Ussel dans le Cantal, et non "
    "la sous-préfecture de la Corrèze. Le projet représente 700 000 euros d'investissement.\n")


def test_a_homonym_the_text_places_once_is_that_one_in_every_mention():
    got = laureates(HOMONYMS_PLACED_ONCE)
    assert got["Fromagerie des Burons"]["commune_insee"] == "15198"  # « cantalienne »: the Cantal's
    assert got["Herboristerie du Plomb"]["commune_insee"] == "15244"  # « Ussel dans le Cantal »


CLEFT = INTRO + (
    "Dans les Landes, c'est Résines du Marensin qui décroche la mise, avec une aide de 700 000 € pour une unité de "
    "distillation de 2,9 M€.\n\n"
    "C'est sur la zone d'activités de Castets que la Scierie des Landes Atlantiques (SLA) va implanter une ligne de "
    "rabotage, aujourd'hui sous-traitée au Portugal.\n\n"
    "Le projet, retenu au titre de l'appel à projets, pèse 4,2 millions d'euros. L'État le soutient à hauteur de "
    "1 million d'euros. La Scierie des Landes Atlantiques avait déjà levé 2 M€ auprès de business angels.\n")


def test_cleft_sentences_name_the_laureate_a_project_weighs_its_cost_and_a_fundraising_is_no_aid():
    got = laureates(CLEFT)
    assert set(got) == {"Résines du Marensin", "Scierie des Landes Atlantiques"}
    sla = got["Scierie des Landes Atlantiques"]
    assert (sla["commune_insee"], sla["investment_eur"], sla["aid_eur"]) == ("40075", 4_200_000, 1_000_000)
    assert (got["Résines du Marensin"]["investment_eur"], got["Résines du Marensin"]["aid_eur"]) == (2_900_000, 700_000)


PORTRAIT = """L'ÉCHO DES MONTAGNES — Portrait d'entreprise

DELPRAT, SOIXANTE ANS DE ROBINETS ET UN RETOUR EN FRANCE

De la robinetterie agricole aux vannes pour l'industrie pharmaceutique, l'entreprise aurillacoise a traversé toutes les crises. Lauréate du plan de relance, elle rapatrie aujourd'hui une production partie en Chine.

Il y a chez Delprat une pièce que le directeur fait visiter en premier : l'atelier de 1964. « Mon père avait quatre ouvriers », raconte Jean Delprat, 58 ans, à la tête de l'entreprise.

1964 — Nouvelle usine sur la route de Vic

En 2021, Delprat dépose un dossier à l'appel à projets « (Re)localisations dans les secteurs critiques ». Il est retenu. Le projet représente un investissement de 2,2 millions d'euros ; l'État y contribue à hauteur de 600 000 euros. Delprat prévoit neuf embauches à Aurillac.
"""


def test_a_portrait_titled_in_capitals_is_about_the_company_not_its_boss_and_a_timeline_line_is_no_laureate():
    got = laureates(PORTRAIT)
    assert set(got) == {"Delprat"}
    d = got["Delprat"]
    assert (d["commune_insee"], d["investment_eur"], d["aid_eur"], d["jobs_created"]) == ("15014", 2_200_000, 600_000, 9)


UNDISCLOSED = INTRO + (
    "En Bretagne, c'est Ploërmel Électronique qui est retenue. L'entreprise investit 2,4 millions d'euros dans une "
    "ligne de cartes électroniques et annonce huit recrutements. Le montant de l'aide n'a pas été communiqué, « à la "
    "demande de l'entreprise ». Ploërmel Électronique avait déjà levé 1,5 million d'euros auprès de business angels.\n")


def test_an_aid_the_text_says_is_undisclosed_stays_empty_and_a_fundraising_does_not_fill_it():
    got = laureates(UNDISCLOSED)
    pe = got["Ploërmel Électronique"]
    assert (pe["investment_eur"], pe["aid_eur"], pe["jobs_created"]) == (2_400_000, None, 8)


FIGURES_HEADING = INTRO + (
    "C'est officiel depuis le 2 décembre : la SAS Tissages de Josselin figure parmi les nouveaux lauréats, volet santé.\n\n"
    "**Quelques chiffres :**\n\n"
    "- investissement total : **3,8 millions d'euros** ;\n"
    "- soutien de l'État : **950 000 euros** ;\n"
    "- **douze** recrutements prévus, qui s'ajouteront aux 40 salariés actuels.\n")


def test_a_quelques_chiffres_heading_and_its_list_are_the_laureate_s_figures():
    got = laureates(FIGURES_HEADING)
    tj = got["Tissages de Josselin"]
    assert (tj["investment_eur"], tj["aid_eur"], tj["jobs_created"]) == (3_800_000, 950_000, 12)


RADIO = INTRO + (
    "Bonne nouvelle pour la zone de Pontivy : le fabricant de compotes Vergers du Blavet figure parmi les entreprises "
    "retenues. Il investit 2 M€, dont 500 000 € d'aide de l'État. « Produire ici, c'est nourrir ici », résume son "
    "président, Yves Le Corre, au micro de Radio Blavet.\n\n"
    "La matière première viendra des producteurs du secteur, en particulier de la coopérative Pommes d'Argoat, à "
    "Pontivy. « Nous ne sommes pas lauréats, mais c'est une excellente nouvelle pour la filière », se réjouit son "
    "directeur.\n\n"
    "La Biscuiterie du Blavet, installée à Pontivy, a obtenu un prêt de 300 000 € de Bpifrance pour agrandir son "
    "entrepôt. L'entreprise, qui avait déposé un dossier de relocalisation, attend toujours la réponse de l'État.\n")


def test_a_lead_in_a_radio_and_a_supplier_that_says_it_is_not_a_laureate_and_a_pending_file_are_no_laureates():
    got = laureates(RADIO)
    assert set(got) == {"Vergers du Blavet"}
    assert (got["Vergers du Blavet"]["commune_insee"], got["Vergers du Blavet"]["aid_eur"]) == ("56178", 500_000)


BRIEFS = """LA LETTRE INDUSTRIE — En bref

— BRETAGNE —
Armor Filtration double sa capacité
La société Armor Filtration, fabricant lannionnais de filtres, investit 1,9 M€ dans une ligne de membranes, avec un coup de pouce de 570 k€ de l'État : l'entreprise est lauréate de l'appel à projets « (Re)localisations dans les secteurs critiques ». Six emplois seront créés.

— OCCITANIE —
Hydrovolt lève 3 M€ à Perpignan
La société catalane Hydrovolt, qui conçoit des électrolyseurs compacts, a levé 3 M€ auprès d'un fonds régional et de deux family offices. L'entreprise, qui emploie 11 salariés, prévoit un atelier en 2024. Aucune aide publique n'a été sollicitée à ce stade.

— GRAND EST —
Reprise de Tissages de la Meurthe : le tribunal tranche
Le tribunal de commerce de Nancy a validé la reprise de Tissages de la Meurthe par le groupe textile Filorain. Sur les 73 salariés du site, 52 sont conservés. Le repreneur promet un investissement de 1,8 M€ sur trois ans, sans aide publique annoncée.
"""


def test_a_column_of_briefs_keeps_the_laureate_and_drops_briefs_of_other_news():
    got = laureates(BRIEFS)
    assert set(got) == {"Armor Filtration"}
    assert (got["Armor Filtration"]["investment_eur"], got["Armor Filtration"]["aid_eur"]) == (1_900_000, 570_000)


RANKING = """# Classement : les plus grosses aides à la relocalisation dans le Grand Est

*Méthode : montant de l'aide publique annoncé par l'État au titre de France Relance.*

### 1. Vosges Biologics — 7,5 M€
**Épinal (Vosges)** · (Re)localisations, secteur santé
Une unité de bioproduction. Investissement : 30 M€. Emplois annoncés : 60.

### 2. Fibres d'Argonne — 3,2 M€
**Sainte-Menehould (Marne)** · (Re)localisations, intrants essentiels
Une ligne de fibres de lin techniques. Investissement : 12 M€, 25 créations de postes.
"""


def test_a_ranking_s_numbered_headings_with_their_amount_are_laureates():
    got = laureates(RANKING)
    assert set(got) == {"Vosges Biologics", "Fibres d'Argonne"}
    vb, fa = got["Vosges Biologics"], got["Fibres d'Argonne"]
    assert (vb["commune_insee"], vb["aid_eur"], vb["investment_eur"]) == ("88160", 7_500_000, 30_000_000)
    assert (fa["commune_insee"], fa["aid_eur"], fa["investment_eur"], fa["jobs_created"]) == ("51507", 3_200_000, 12_000_000, 25)


LONG_CSV = """"bloc";"libelle";"valeur";"unite";"note"
"article";"Titre";"Saint-Flour : Planèze Connectique va produire ses câbles";"";""
"appel à projets";"Programme";"(Re)localisations dans les secteurs critiques";"";"volet électronique"
"entreprise";"Nom";"Planèze Connectique";"";"SAS"
"entreprise";"Siège social";"Aurillac (15000)";"";"direction"
"entreprise";"Site de production concerné";"Saint-Flour (15100)";"";"nouvel atelier"
"projet";"Investissement total";"2,4";"M€";""
"projet";"Subvention de l'État";"600 000";"€";""
"projet";"Emplois créés";"9";"postes";""
"financement hors subvention";"Prêt Bpifrance";"500";"k€";"prêt innovation"
"écosystème";"Principal client";"Câbles du Massif Central";"";"Clermont-Ferrand"
"écosystème";"Concurrent";"Nordic Cable Systems";"";"Finlande"
"""


def test_a_record_in_long_form_is_read_as_a_fiche_and_its_clients_loans_and_competitors_are_no_laureates():
    got = {lau["organisation"]: lau for lau in extract(read_bytes(LONG_CSV.encode(), "infographie.csv")).to_dict()["laureates"]}
    assert set(got) == {"Planèze Connectique"}
    pc = got["Planèze Connectique"]
    assert (pc["commune_insee"], pc["investment_eur"], pc["aid_eur"], pc["jobs_created"]) == ("15187", 2_400_000, 600_000, 9)


LOCAL_STORY = (
    "Économie › Industrie\n\n"
    "# Bailleul : Croq'Monts va produire ses chips en Flandre\n\n"
    "Derrière la marque Croq'Monts se trouve la société Snacks des Monts de Flandre, fondée par deux anciens de la "
    "grande distribution. Elle figure parmi les 58 lauréats de la dernière vague de l'appel à projets « (Re)localisations "
    "dans les secteurs critiques ». Son dirigeant a passé douze ans chez Pommes Frites du Nord, à Lille.\n\n"
    "Le projet de Snacks des Monts de Flandre représente 2,4 M€ d'investissement ; l'État apporte 600 000 €. Premier "
    "client de l'entreprise, le distributeur Flandre Épicerie absorbe 40 % des volumes.\n\n"
    "À lire aussi : Hazebrouck : la biscuiterie Vandamme annonce 20 suppressions de postes\n\n"
    "Le dossier a été monté avec un prêt de 300 000 € à la Banque Flamande d'Entreprises (BFE).\n")


def test_a_brand_and_its_company_are_one_laureate_and_a_former_employer_a_client_and_a_linked_headline_are_not():
    got = laureates(LOCAL_STORY)
    assert len(got) == 1
    (lau,) = got.values()
    assert lau["organisation"] in {"Croq'Monts", "Snacks des Monts de Flandre"}
    assert (lau["commune_insee"], lau["investment_eur"], lau["aid_eur"]) == ("59043", 2_400_000, 600_000)


CONVENTION = """# Fiche de synthèse — Convention de financement

| | |
|---|---|
| **Dispositif** | Appel à projets régional « Relocalisation / Diversification » |
| **Bénéficiaire** | SAS TÔLERIE DU BOISCHAUT (TDB) |
| **SIREN** | 558 409 928 |
| **Siège social** | 4, rue de la Gare, 36000 Châteauroux |
| **Lieu de réalisation** | ZA des Ribattes, 36100 Issoudun (Indre) |
| **Chargée d'affaires** | Mme Lucie Garrigou |

## Plan de financement prévisionnel

| Emplois | Montant (€ HT) | Ressources | Montant (€) |
|---|---:|---|---:|
| Découpe laser | 520 000 | Subvention Région (présente convention) | 180 000 |
| Presse plieuse | 310 000 | Avance remboursable Région | 120 000 |
| Extension de bâtiment | 420 000 | Prêt bancaire | 650 000 |
| **Total** | **1 250 000** | **Total** | **1 250 000** |

Création de **8 emplois** en CDI sur le site d'Issoudun.
"""


def test_a_fiche_laid_out_as_a_table_and_its_plan_of_financing():
    got = laureates(CONVENTION)
    assert set(got) == {"TÔLERIE DU BOISCHAUT"}
    tdb = got["TÔLERIE DU BOISCHAUT"]
    # the plan's total is the investment; the grant and the repayable advance are the aid, the loan is not
    assert (tdb["commune_insee"], tdb["investment_eur"], tdb["aid_eur"], tdb["jobs_created"], tdb["project"]) == (
        "36088", 1_250_000, 300_000, 8, None)


COMPANY_PAGE = """Actualités – Notre atelier de Langres retenu par Territoires d'industrie | CLB – Coutellerie Langroise du Bassigny

Accueil > Actualités

Notre atelier de Langres retenu par le Fonds d'accélération « Territoires d'industrie »

Bonne nouvelle pour le Bassigny : CLB fait partie des entreprises haut-marnaises lauréates du Fonds d'accélération des investissements industriels dans les territoires.

Notre projet porte sur la modernisation de notre atelier de Langres. Montant total : 2,2 millions d'euros. L'État accompagne le projet par une subvention de 450 000 euros. À la clé, 7 créations de postes, en plus de nos 60 collaborateurs répartis entre l'atelier et notre siège administratif et commercial de Chaumont.

Nous remercions la Communauté de communes, la Région Grand Est et le pôle Mécanique Est, dont nous sommes adhérents.

CLB – Coutellerie Langroise du Bassigny
Siège : 12 avenue de la République, 52000 Chaumont
Atelier : rue des Couteliers, 52200 Langres
"""


def test_a_company_s_own_page_speaks_of_one_laureate_its_seat_address_yields_to_the_workshop():
    got = laureates(COMPANY_PAGE)
    assert len(got) == 1
    (lau,) = got.values()
    assert lau["organisation"] in {"CLB", "Coutellerie Langroise du Bassigny"}
    assert (lau["commune_insee"], lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == ("52269", 2_200_000, 450_000, 7)


GLUED_ARTICLE = INTRO + (
    "Liste des lauréats :\n"
    "- Lessonia Marine – Saint-Thonan (29) : microbilles pour dispositifs médicaux ; investissement de 6,1 M€.\n"
    "- Lavandières du Léon – Landerneau (29) : blanchisserie industrielle ; investissement de 2 M€.\n")


def test_a_name_that_begins_with_the_letters_of_an_article_is_a_name():
    # (« Le verrier de Saint-Omer » is a trade; « Lessonia », « Lavandières » only begin with « Les », « La »)
    assert set(laureates(GLUED_ARTICLE)) == {"Lessonia Marine", "Lavandières du Léon"}
