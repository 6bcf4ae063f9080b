"""Shapes met in the seventeenth session: a map's legend with numbered rows and département headings, lists
« – Commune : Name – … – a / b / c » under a slash legend, a section heading's subtotal, « Emplois créés / maintenus »
columns, a ranking's « Aide : X pour Y », a company's own documents (a CEO's post, a blog, an annual report, an
investors' mail), a bank congratulating its client, a job offer, fronted time words, homonyms the text sets aside
(« l'autre Rians », « il existe aussi un Saint-Vallier »), a part of a département (« le Nord-Drôme »). Invented
companies; real communes."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.readers import read_bytes


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


def announcement(text):
    return extract(text).to_dict()["announcement"]


MAP_LEGEND = """PRÉFET DE LA RÉGION HAUTS-DE-FRANCE

Carte des lauréats « Résilience » et « (Re)localisations dans les secteurs critiques »
Situation au 30 juin 2022 – données cumulées toutes vagues

LÉGENDE
●  Résilience
▲  (Re)localisations – agroalimentaire
Taille du symbole : investissement < 1 M€  /  > 5 M€

N° COMMUNE              LAURÉAT / PROJET
-------------------------------------------------------------------------------
NORD (59)
1  DUNKERQUE  ●  Ferrailles du Littoral – presse-cisaille pour l'aciérie
                  Inv. 5,8 M€ · Aide État 1,4 M€ · 22 emplois créés

AISNE (02)
2  ESTRÉES    ▲  Brasserie des Trois Estrées – nouvelle salle de brassage
                  Inv. 2,9 M€ · Aide État 600 k€ · 9 empl. créés

SOMME (80)
3  ABBEVILLE  ●  Tôlerie Picarde du Ponthieu – cellule de pliage robotisée
                  Inv. 1,3 M€ · Aide État 390 k€ · 7 empl. créés
-------------------------------------------------------------------------------
Total région (tous lauréats, toutes vagues) :
61 lauréats – 430 M€ d'investissements – 101 M€ d'aides de l'État
"""


def test_a_map_legend_numbers_its_laureates_places_them_by_its_departement_headings_and_its_cumulative_total_is_no_wave():
    got = laureates(MAP_LEGEND)
    assert set(got) == {"Ferrailles du Littoral", "Brasserie des Trois Estrées", "Tôlerie Picarde du Ponthieu"}
    # « ESTRÉES » under « AISNE (02) »: the Aisne's, not the Nord's homonym
    assert got["Brasserie des Trois Estrées"]["commune_insee"] == "02291"
    assert (got["Ferrailles du Littoral"]["commune_insee"], got["Ferrailles du Littoral"]["investment_eur"]) == ("59183", 5_800_000)
    # the last row ends at the rule: the region's total is nobody's
    assert got["Tôlerie Picarde du Ponthieu"]["investment_eur"] == 1_300_000
    ann = announcement(MAP_LEGEND)
    assert ann["new_laureates"] is None and ann["aid_eur"] is None
    assert ann["investment_eur"] not in (1_000_000, 430_000_000)  # a legend's threshold, a cumulative total


SLASH_LIST = """Nantes, le 3 avril 2024 — La troisième relève de l'appel à projets distingue 12 entreprises des Pays de la Loire.

LISTE DES LAURÉATS PAR DÉPARTEMENT
(investissement / aide de l'État / emplois créés)

Loire-Atlantique (44)
– Saint-Nazaire : Galettes de l'Estuaire – ligne de galettes surgelées – 3,1 M€ / 700 000 € / 12
– Machecoul-Saint-Même : Conserves du Pays de Retz – atelier de légumes cuisinés – 4,6 M€ / 1,1 M€ / une vingtaine

Vendée (85)
– Challans : Biscuiterie du Marais Breton – troisième four tunnel – 5,2 M€ / 1 M€ / 17
"""


def test_a_list_of_commune_colon_name_items_gives_each_its_commune_and_the_legend_says_which_figure_is_the_jobs():
    got = laureates(SLASH_LIST)
    assert set(got) == {"Galettes de l'Estuaire", "Conserves du Pays de Retz", "Biscuiterie du Marais Breton"}
    g, c, b = got["Galettes de l'Estuaire"], got["Conserves du Pays de Retz"], got["Biscuiterie du Marais Breton"]
    assert (g["commune_insee"], g["investment_eur"], g["aid_eur"], g["jobs_created"]) == ("44184", 3_100_000, 700_000, 12)
    assert (c["commune_insee"], c["jobs_created"]) == ("44087", 20)
    assert (b["commune_insee"], b["department_code"], b["jobs_created"]) == ("85047", "85", 17)


SECTIONS = """Le ministère chargé de l'Industrie annonce 52 nouveaux lauréats de l'appel à projets « (Re)localisations dans
les secteurs critiques ».

## Exemples de projets lauréats par région

### Bretagne (6 lauréats, 44 M€ d'investissements)

- **Kerverzic Pharma**, à Lannion (22), secteur santé : ampoules injectables. Investissement de 7,4 M€, aide de 1,9 M€ ; 21 emplois créés.

### Normandie (5 lauréats, 38 M€ d'investissements)

- **Laiterie du Bessin**, à Bayeux (14) : poudres de lait infantile. 6,2 M€ d'investissement, 1,5 M€ d'aide.
"""


def test_a_section_headings_subtotal_is_not_its_first_laureates_investment():
    got = laureates(SECTIONS)
    assert got["Kerverzic Pharma"]["investment_eur"] == 7_400_000
    assert got["Laiterie du Bessin"]["investment_eur"] == 6_200_000


JOBS_PAIR = """Dossier de presse — les lauréats bretons de France Relance

| Entreprise | Commune du site (dép.) | Investissement | Aide État | Emplois créés / maintenus |
|---|---|---|---|---|
| Menuiseries Alu du Trégor | Lannion (22) | 2,3 M€ | 600 000 € | 14 / 52 |
| Fumaisons de Cornouaille | Quimperlé (29) | 1,8 M€ | 450 000 € | – / 35 |
"""


def test_a_created_slash_kept_column_gives_the_first_figure_as_jobs_created_and_a_dash_as_none():
    got = laureates(JOBS_PAIR)
    assert got["Menuiseries Alu du Trégor"]["jobs_created"] == 14
    assert got["Fumaisons de Cornouaille"]["jobs_created"] is None


RANKING = """Classement — les lauréats du Grand Est les plus aidés par France Relance

Quelles entreprises de la région ont reçu les plus grosses subventions de l'État ? Notre classement des lauréats.

1. Orthoplast Haute-Marne — Chaumont (Haute-Marne)
Santé. Aide : 2,1 M€ pour 8,4 M€ (implants rachidiens). 16 emplois.

2. Tissages Aubois — Romilly-sur-Seine (Aube)
Résilience. Aide : 1,3 M€ pour 4,8 M€ (tricotage technique). 12 emplois créés.

Hors classement
- Le fabricant de pompes Hydrocol, à Colmar, a obtenu un prêt de 9 M€ de Bpifrance. S'agissant d'un prêt, il ne figure pas dans ce classement.
"""


def test_an_aid_for_an_amount_gives_the_investment_and_a_company_said_not_in_the_ranking_is_no_laureate():
    got = laureates(RANKING)
    assert "Hydrocol" not in got
    assert (got["Orthoplast Haute-Marne"]["aid_eur"], got["Orthoplast Haute-Marne"]["investment_eur"]) == (2_100_000, 8_400_000)
    assert got["Tissages Aubois"]["investment_eur"] == 4_800_000


CEO_POST = """Nolwenn Kervella • 1er
CEO chez Kerbrat Composants | Électronique bretonne
2 j • 🌐

Très fière de vous annoncer que Kerbrat Composants est LAURÉATE de l'appel à projets Résilience 🚀

Concrètement :
👉 Une nouvelle ligne CMS (composants montés en surface) automatisée
👉 2,1 M€ d'investissement sur notre site de Quimperlé (Finistère)
👉 640 k€ de soutien de l'État
👉 Une quinzaine de recrutements d'ici fin 2023

Merci à notre banque, qui nous suit avec un prêt de 500 k€.
"""


def test_a_ceos_post_about_their_own_company_gives_it_the_figures_of_the_whole_post():
    got = laureates(CEO_POST)
    assert set(got) == {"Kerbrat Composants"}  # not « CMS », not « 2,1 M€ d'investissement … »
    k = got["Kerbrat Composants"]
    assert (k["commune_insee"], k["investment_eur"], k["aid_eur"], k["jobs_created"]) == ("29233", 2_100_000, 640_000, 15)


BLOG = """# Trois de nos clients lauréats de France Relance

Petit tour d'horizon, avec leur accord.

## Légumes de Garonne (Tarn-et-Garonne) – (Re)localisations, volet agroalimentaire

Légumes de Garonne transforme des légumineuses cultivées en Occitanie. Son projet crée une ligne de cuisson à Valence,
dans le Tarn-et-Garonne (82400).

- Investissement : 3,7 M€
- Aide de l'État : 1 M€
- Emplois : 11 créations de postes prévues

## Notre cabinet en chiffres

| Depuis 2020 | |
|---|---|
| Dossiers lauréats | 19 |
| Consultants dédiés | 7 |
"""


def test_a_blog_items_figures_listed_under_its_paragraph_are_its_own_and_a_key_figures_table_names_no_one():
    got = laureates(BLOG)
    assert set(got) == {"Légumes de Garonne"}
    lg = got["Légumes de Garonne"]
    assert (lg["commune_insee"], lg["investment_eur"], lg["aid_eur"], lg["jobs_created"]) == ("82186", 3_700_000, 1_000_000, 11)


ANNUAL_REPORT = """# ROUVENAY INDUSTRIES — Rapport annuel 2021

**1.1 Activité**

Le chiffre d'affaires consolidé s'établit à 88,4 M€, en hausse de 6 % par rapport à 2020 (83,4 M€).

**1.2 Programme d'investissement du site de Moulins**

Au mois de mai 2021, le projet d'extension de notre site de Moulins (Allier) a été retenu par l'État au titre du
Fonds d'accélération des investissements industriels dans les territoires.

Le programme représente un investissement de 4,4 M€, dont 1,1 M€ de subvention accordée par l'État. Il s'accompagnera
de la création de 14 postes.

**1.3 Périmètre**

Le Groupe a cédé le 30 septembre 2021 sa filiale Rouvenay Polska, qui réalisait un chiffre d'affaires de 6,2 M€.
"""


def test_a_companys_annual_report_titled_with_its_name_tells_its_own_award_and_par_rapport_is_no_aid():
    got = laureates(ANNUAL_REPORT)
    assert set(got) == {"ROUVENAY INDUSTRIES"}
    r = got["ROUVENAY INDUSTRIES"]
    assert (r["commune_insee"], r["investment_eur"], r["aid_eur"], r["jobs_created"]) == ("03190", 4_400_000, 1_100_000, 14)


INVESTOR_MAIL = """From: Claire Bastide <claire@biocelia.example>
To: investors@biocelia.example
Subject: [Biocelia] Investor update – Q3 2021

Bonjour à tous,

TL;DR : Série A bouclée, lauréats France Relance, site d'Évry lancé.

• Série A closée : 5 M€ levés auprès de nos business angels.
• France Relance : notre projet CELLSAFE est lauréat de l'appel à projets « (Re)localisations dans les secteurs critiques ».
   – Programme d'investissement : 3,6 M€
   – Soutien public : 950 k€ de subvention
   – Recrutements liés au projet : 10 postes à créer
• Site : le bail est signé dans le Genopole, à Évry-Courcouronnes (Essonne).
"""


def test_a_companys_mail_to_its_investors_names_it_in_the_subject_and_its_other_news_are_no_laureates():
    got = laureates(INVESTOR_MAIL)
    assert set(got) == {"Biocelia"}
    b = got["Biocelia"]
    assert (b["commune_insee"], b["investment_eur"], b["aid_eur"], b["jobs_created"]) == ("91228", 3_600_000, 950_000, 10)


BANK_POST = """Banque Australe de l'Océan Indien
8 200 abonnés

🎉 Toutes nos félicitations à notre client la Confiturerie Piton Vert ! 🎉

La confiturerie fait partie des lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques » de France
Relance. Son projet ? Une nouvelle unité de transformation de fruits à Saint-Pierre, dans la zone de Pierrefonds.

🏭 1,6 million d'euros d'investissement
🤝 480 000 euros de subvention de l'État
👩‍🍳 9 emplois créés

« Transformer nos fruits à La Réunion, c'est créer des emplois ici », souligne sa gérante.

Banque Australe de l'Océan Indien – SA coopérative. Siège social : 12, rue de Paris, 97400 Saint-Denis.
"""


def test_a_bank_congratulating_its_client_names_the_laureate_and_its_own_seat_is_not_the_site():
    got = laureates(BANK_POST)
    assert set(got) == {"Confiturerie Piton Vert"}
    c = got["Confiturerie Piton Vert"]
    assert (c["commune_insee"], c["investment_eur"], c["aid_eur"], c["jobs_created"]) == ("97416", 1_600_000, 480_000, 9)


JOB_OFFER = """Technicien d'usinage H/F – CDI – Saint-Dié-des-Vosges

  Entreprise : Vosgimed Instruments
  Lieu : Saint-Dié-des-Vosges (88100)
  Contrat : CDI – temps plein
  Salaire : 27 000 à 31 000 € brut annuel

L'entreprise
Vosgimed Instruments fabrique des instruments chirurgicaux. Nos 90 collaborateurs travaillent le titane. Notre projet
VOSGI-RELOC a été retenu par l'État comme lauréat de l'appel à projets « (Re)localisations dans les secteurs critiques ».
Grâce à un investissement de 6 millions d'euros dans notre usine, nous allons rapatrier la fabrication d'instruments.
À la clé : 25 postes à créer d'ici fin 2023, dont celui-ci !

Offres similaires
  Régleur CN H/F – Mécafaves – Épinal (88) – CDI
"""


def test_a_job_offers_company_is_the_laureate_and_its_contract_lines_and_similar_offers_are_not():
    got = laureates(JOB_OFFER)
    assert set(got) == {"Vosgimed Instruments"}
    v = got["Vosgimed Instruments"]
    assert (v["commune_insee"], v["investment_eur"], v["jobs_created"]) == ("88413", 6_000_000, 25)


FRONTED = """Sarthe : une année d'investissements industriels

Plusieurs entreprises sarthoises ont été retenues par l'État en 2021.

Autre ambiance à Allonnes, aux portes du Mans, où Plasturgie Allonnaise a bénéficié en septembre du Fonds
d'accélération des investissements industriels dans les territoires. L'aide de 300 k€ accompagne l'achat d'une presse,
pour 1,2 M€ au total.

Enfin, fin octobre, Cartelectro, installé sur la zone d'activités de Changé, à l'est du Mans, a été retenu dans le volet
électronique des (Re)localisations : un investissement de 2,6 M€, dont 900 000 € pris en charge par l'État. Son
principal fournisseur, le distributeur nantais Composouest, n'est pas concerné par le dispositif.
"""


def test_time_words_before_the_subject_and_a_relative_clause_still_name_laureates_and_a_supplier_said_unconcerned_does_not():
    got = laureates(FRONTED)
    assert set(got) == {"Plasturgie Allonnaise", "Cartelectro"}
    assert (got["Cartelectro"]["commune_insee"], got["Cartelectro"]["investment_eur"]) == ("72058", 2_600_000)
    assert (got["Plasturgie Allonnaise"]["commune_insee"], got["Plasturgie Allonnaise"]["aid_eur"]) == ("72003", 300_000)


HOMONYMS_SET_ASIDE = """Saint-Vallier : la Céramique de la Valloire rapatrie ses assiettes

À Saint-Vallier, dans le Nord-Drôme, la Céramique de la Valloire a obtenu une subvention de 380 000 euros de la Région
pour un investissement de 2,2 millions d'euros.

Attention à ne pas confondre : il existe aussi un Saint-Vallier en Saône-et-Loire. Rien à voir avec notre commune.
"""

OTHER_RIANS = """Rians : les plantes du Haut-Var deviennent des médicaments

À l'entrée de Rians, Varophyto vient d'être retenue par l'État au titre de l'appel à projets « (Re)localisations dans
les secteurs critiques ». « On me demande si je confonds avec l'autre Rians, dans le Cher… Non, le nôtre est bien dans
le Var. »
"""


def test_a_homonym_the_text_sets_aside_is_not_the_site_and_a_part_of_a_departement_places_it():
    got = laureates(HOMONYMS_SET_ASIDE)
    assert set(got) == {"Céramique de la Valloire"}  # not « Nord-Drôme »
    assert got["Céramique de la Valloire"]["commune_insee"] == "26333"
    assert laureates(OTHER_RIANS)["Varophyto"]["commune_insee"] == "83104"


RUNNING_TOTAL = """Le ministère annonce 40 nouveaux lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques ».
Ces 40 projets représentent 300 millions d'euros d'investissements et bénéficient d'un soutien de l'État de 70 millions
d'euros. Au total, ce sont donc désormais 480 projets pour 2,1 milliards d'euros d'investissements et 520 millions
d'euros d'aides, qui ont été retenus depuis septembre 2020.
"""


def test_a_running_total_said_after_its_amount_is_not_the_waves():
    ann = announcement(RUNNING_TOTAL)
    assert (ann["new_laureates"], ann["investment_eur"], ann["aid_eur"]) == (40, 300_000_000, 70_000_000)


def test_read_from_html_the_map_legend_keeps_its_rows():
    html = "<html><body><pre>" + MAP_LEGEND.replace("<", "&lt;") + "</pre></body></html>"
    got = {lau["organisation"] for lau in extract(read_bytes(html.encode(), "carte.html")).to_dict()["laureates"]}
    assert "Brasserie des Trois Estrées" in got


STATUS_TABLE = """<html><body>
<h1>Batteries : la filière française se structure</h1>
<p>Au sommet de la chaîne, Cellorion, dont l'usine de Dunkerque tourne depuis mars, a bouclé un financement de 900 M€.</p>
<p>Trois acteurs sont lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques ».</p>
<table><caption>Qui fait quoi ?</caption>
<thead><tr><th>Maillon</th><th>Acteur</th><th>Localisation</th><th>Chiffre clé</th><th>Statut vis-à-vis de l'AAP</th></tr></thead>
<tbody>
<tr><td>Cellules</td><td>Cellorion</td><td>Dunkerque (59)</td><td>Financement 900 M€</td><td>Non candidat</td></tr>
<tr><td>Électrolyte</td><td>Électrolytes du Gard</td><td>Salindres (30)</td><td>7,5 M€ investis</td><td>Lauréat (nov. 2026)</td></tr>
<tr><td>BMS</td><td>Gestion Cellules Vendée</td><td>Les Herbiers (85)</td><td>1,9 M€ investis</td><td>Lauréat (nov. 2026)</td></tr>
</tbody></table>
</body></html>"""


def test_a_status_column_saying_not_a_candidate_rules_the_company_out_of_the_prose_too():
    got = {lau["organisation"] for lau in extract(read_bytes(STATUS_TABLE.encode(), "analyse.html")).to_dict()["laureates"]}
    assert got == {"Électrolytes du Gard", "Gestion Cellules Vendée"}


SLIDES = """Fonds d'accélération des investissements industriels
dans les territoires
Vague d'automne 2026 – Haute-Savoie
Entreprise
Commune
Territoire d'industrie
Investissement
Aide État
Emplois créés
Décolletage des Aravis
Cluses
Vallée de l'Arve
2,2 M€
440 k€
9
Laquage du Chéran
Rumilly
Grand Annecy – Rumilly
870 k€
170 k€
3
Total
3,07 M€
610 k€
12
"""


def test_a_slides_table_with_one_cell_per_line_row_after_row_is_read_as_a_table():
    got = {lau["organisation"]: lau for lau in extract(read_bytes(SLIDES.encode(), "diaporama.txt")).to_dict()["laureates"]}
    assert set(got) == {"Décolletage des Aravis", "Laquage du Chéran"}
    d, q = got["Décolletage des Aravis"], got["Laquage du Chéran"]
    assert (d["commune_insee"], d["investment_eur"], d["aid_eur"], d["jobs_created"]) == ("74081", 2_200_000, 440_000, 9)
    assert (q["commune_insee"], q["investment_eur"], q["aid_eur"], q["jobs_created"]) == ("74225", 870_000, 170_000, 3)


CHRONICLE = """CHRONIQUE DE NOVEMBRE — L'industrie haut-marnaise au fil des jours

▸ 9 NOVEMBRE — SAINT-DIZIER
La Serrurerie Bragarde, 31 salariés, apprend qu'elle figure parmi les lauréats du Fonds d'accélération des
investissements industriels dans les territoires. Elle investit 1,2 M€ dans une ligne de pliage ; l'État apporte 240 000 €.

▸ 13 NOVEMBRE — JOINVILLE
La fonderie Joinvilloise de Moulage annonce un plan de départs volontaires (18 postes). Elle avait été lauréate de « Résilience » en 2021.

▸ 20 NOVEMBRE — CHAUMONT
Le sous-traitant Chaumont Injection Plastique confirme la suppression de 30 postes. Sa candidature au Fonds d'accélération n'avait pas été retenue en juin.
"""


def test_a_chronicles_dated_items_place_their_laureate_and_earlier_or_refused_awards_are_no_laureates():
    got = laureates(CHRONICLE)
    assert set(got) == {"Serrurerie Bragarde"}
    b = got["Serrurerie Bragarde"]
    assert (b["commune_insee"], b["investment_eur"], b["aid_eur"]) == ("52448", 1_200_000, 240_000)


REPORT_BOX = """**3.4.** La commission a auditionné des dirigeants de la vague d'octobre 2026.

> **Encadré 4 — Deux lauréats auditionnés par la commission**
>
> **a) Salaisons du Bocage Virois, Vire Normandie (Calvados).** Entreprise familiale retenue au titre du Fonds
> d'accélération pour une nouvelle unité de tranchage. Investissement : 2 100 000 € ; aide : 420 000 € ; 12 emplois créés.
>
> **b) Cordages de la Côte d'Albâtre, Beaurepaire (Seine-Maritime, près de Goderville).** Lauréate du dispositif
> « Résilience » pour relocaliser des cordages synthétiques. Investissement : 1 300 000 € ; aide : 390 000 €.

¹ *Ces données ne comprennent pas les interventions en fonds propres de la Région via AD Normandie.*
"""


def test_a_reports_lettered_bold_items_give_name_and_commune_and_a_channel_of_money_is_no_laureate():
    got = laureates(REPORT_BOX)
    assert set(got) == {"Salaisons du Bocage Virois", "Cordages de la Côte d'Albâtre"}
    assert got["Salaisons du Bocage Virois"]["commune_insee"] == "14762"
    assert (got["Cordages de la Côte d'Albâtre"]["commune_insee"], got["Cordages de la Côte d'Albâtre"]["aid_eur"]) == ("76064", 390_000)


MAP_TEXT = """Carte interactive — les lauréats occitans de la vague de novembre

Version texte de la carte

- ● Figeac (Lot) — Quercy Cartes Durcies — Cartes électroniques pour l'aéronautique — Investissement : 2,4 M€ · Aide : 700 k€ · Emplois : +12
- ● Rodez (Aveyron) — Présures du Ségala — Atelier de ferments lactiques — Investissement : 1,7 M€ · Aide : 420 k€ · Emplois : +8
- ○ Tarbes (Hautes-Pyrénées) — Bigorre Accumulateurs — en instruction — Investissement envisagé : 12 M€
"""


def test_a_maps_text_version_lines_are_laureates_unless_the_line_says_the_file_is_still_examined():
    got = laureates(MAP_TEXT)
    assert set(got) == {"Quercy Cartes Durcies", "Présures du Ségala"}
    assert (got["Quercy Cartes Durcies"]["commune_insee"], got["Quercy Cartes Durcies"]["investment_eur"]) == ("46102", 2_400_000)


SUPPLIER_AND_PARENT = """Les Forges du Rouergue, à Rodez, ont été retenues par l'État au titre de l'appel à projets « (Re)localisations
dans les secteurs critiques ». Elles investissent 3,8 M€ dans une presse à forger ; l'État apporte 1,1 M€.

L'acier viendra des Aciéries Mosellanes, à Hayange (Moselle), avec lesquelles un contrat-cadre a été signé.

À noter : c'est bien la filiale qui porte le projet, et non sa maison mère, le groupe Causses Industries, dont le siège
est à Lyon.
"""


def test_a_supplier_the_steel_comes_from_and_a_parent_named_after_a_comma_are_no_laureates():
    got = {name.removeprefix("Les ") for name in laureates(SUPPLIER_AND_PARENT)}
    assert got == {"Forges du Rouergue"}


RADIO = """[07:31:10] JOURNALISTE : Premier dossier, à Vierzon : la Porcelainerie du Cher, qui a été retenue par la Région
Centre-Val de Loire au titre de son appel à projets « Relocalisation / Diversification ».
[07:31:44] JOURNALISTE : Deuxième dossier, dans l'Indre, à Issoudun : Cuirs Techniques d'Issoudun, retenus eux aussi,
pour un projet de cuir aéronautique de 4 millions d'euros.
"""


def test_an_items_order_word_is_no_name():
    got = laureates(RADIO)
    assert "Deuxième dossier" not in got and "Premier dossier" not in got
