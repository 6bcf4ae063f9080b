"""A company's own page or post about its award (nineteenth session): the laureate is the company whose page it
is, told by the page itself (its legal line, its web address, its « © », the author's employer), not the other
names of the page (« Mutuelle prise en charge », a bank, a project's name). Also a brief's headline line, a street's
name, a box-drawn table's names over two lines and a legend's indented items. Invented companies; real communes."""
from relocalisation.ingestion.press import extract


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


JOB_OFFER = """Accueil > Offres d'emploi > Industrie > Savoie

TECHNICIEN·NE DE MAINTENANCE (H/F)
Fromagerie Vallon-Blanc — Albertville (73200)
CDI · Temps plein · Publiée le 3 mai 2022

QUI SOMMES-NOUS ?

Fromagerie Vallon-Blanc, c'est une PME de 52 personnes installée depuis 1961 au pied du Beaufortain.

POURQUOI NOUS RECRUTONS ?

Notre projet CAVE-NEUVE a été retenu en 2021 par l'État comme lauréat de l'appel à projets « (Re)localisations
dans les secteurs critiques », volet agroalimentaire. Ce programme de 2,4 millions d'euros d'investissement
comprend une nouvelle cave d'affinage. Nous créons 11 postes d'ici fin 2022, dont celui-ci.

CE QUE NOUS OFFRONS

- Mutuelle prise en charge à 70 %, tickets restaurant
- Parking gratuit

Fromagerie Vallon-Blanc — SAS au capital de 300 000 € — ZA du Chiriac, 73200 Albertville
Contact RH : recrutement@fromagerie-vallon-blanc.example
"""


def test_a_job_offer_names_its_own_company_as_the_laureate():
    got = laureates(JOB_OFFER)
    assert set(got) == {"Fromagerie Vallon-Blanc"}
    assert got["Fromagerie Vallon-Blanc"]["investment_eur"] == 2_400_000


POST = """Hélène Rivoire • 1er
Directrice générale chez Tissages Garancière | Textile technique | Made in Vosges
2 j • 🌐

Quelle semaine ! Notre projet FIL-ROUGE vient d'être retenu par l'État dans le cadre de l'appel à projets
« Résilience » de France Relance.

👉 1,6 M€ investis dans notre atelier de Gérardmer
👉 480 k€ de soutien de l'État
👉 une douzaine de recrutements d'ici fin 2022

Merci à la Banque Vosgienne pour son prêt de 700 k€ et à toute l'équipe !

#Relocalisation #Vosges #Textile
"""


def test_a_post_names_its_authors_employer_even_once():
    got = laureates(POST)
    assert set(got) == {"Tissages Garancière"}
    assert got["Tissages Garancière"]["aid_eur"] == 480_000


def test_an_agencys_clients_are_its_laureates_not_the_agency():
    text = """Blog — Loir Essor, agence de développement économique

Trois de nos entreprises accompagnées lauréates de France Relance

Bonne nouvelle pour le territoire : nos entreprises accompagnées lauréates du volet « Résilience » sont trois.

- Mécaloir, à Vendôme (41), investit 2 M€ dans une ligne d'usinage, avec 600 000 € d'aide.
- Emballages du Perche, à Mondoubleau (41), investit 1,1 M€, avec 300 000 € d'aide.
- Loir Composites, à Montoire-sur-le-Loir (41), investit 900 000 €, avec 250 000 € d'aide.

Loir Essor SAS — contact@loir-essor.example — © 2022 Loir Essor
"""
    got = laureates(text)
    assert "Loir Essor" not in got
    assert {"Mécaloir", "Emballages du Perche", "Loir Composites"} <= set(got)


def test_a_channels_page_quoting_a_companys_post_is_not_the_channels_award():
    text = """LITTORAL TV · Côte d'Opale — Replay · Météo

Trois entreprises de la Côte d'Opale aidées pour relocaliser

Le gouvernement a dévoilé jeudi 63 nouveaux projets retenus dans le cadre de l'appel à projets « (Re)localisations
dans les secteurs critiques ». La Conserverie du Wimereux, à Wimereux, investit 2,2 M€ dans une ligne de plats
cuisinés, avec une aide de l'État de 600 000 €.

Sur les réseaux sociaux, l'entreprise a réagi : « Grande nouvelle pour toute l'équipe. Notre projet de nouvelle
ligne est retenu ! »

© Littoral TV — contact@littoral-tv.example
"""
    got = laureates(text)
    assert "Littoral TV" not in got and "LITTORAL TV" not in got
    assert "Conserverie du Wimereux" in got


def test_a_briefs_headline_line_names_its_laureate_and_a_streets_name_is_none():
    text = """LE JOUR DE L'EURE – mercredi 13 mars 2024

EN BREF

GAILLON
Les Chaudronneries Vauclin soutenues par l'État
Installée depuis 1986 sur la zone d'activités de la route de Conches, l'entreprise de tôlerie fine fait partie
des lauréats du Fonds d'accélération des investissements industriels dans les territoires. Elle va investir
780 000 € dans une ligne de pliage robotisée et recevra 156 000 € d'aide.

VERNON
Don du sang vendredi
L'Établissement français du sang organise une collecte vendredi, salle des fêtes.
"""
    got = laureates(text)
    assert set(got) == {"Chaudronneries Vauclin"}
    assert got["Chaudronneries Vauclin"]["aid_eur"] == 156_000


BOX_TABLE = """Tableau n° 7 : projets aidés au titre de l'appel « Relocalisation / Diversification » (en k€)

┌───────────────────────────┬─────────────────────┬─────────┬─────────┬─────────┐
│ Entreprise                │ Commune             │ Invest. │ Aide    │ Emplois │
├───────────────────────────┼─────────────────────┼─────────┼─────────┼─────────┤
│ Ferronnerie Industrielle  │ Cambrai (59)        │  3 150  │   630   │   20    │
│ du Cambrésis              │                     │         │         │         │
├───────────────────────────┼─────────────────────┼─────────┼─────────┼─────────┤
│ Caudry Dentelles          │ Caudry (59)         │  1 100  │   220   │    6    │
│ Techniques                │                     │         │         │         │
├───────────────────────────┼─────────────────────┼─────────┼─────────┼─────────┤
│ Solesmes Emballages       │ Solesmes (59)       │    950  │   190   │    7    │
└───────────────────────────┴─────────────────────┴─────────┴─────────┴─────────┘

Source : Région, dossiers d'aide.
"""


def test_a_box_drawn_tables_names_go_on_over_the_lines_of_their_row():
    got = laureates(BOX_TABLE)
    assert set(got) == {"Ferronnerie Industrielle du Cambrésis", "Caudry Dentelles Techniques", "Solesmes Emballages"}


LEGEND = """CARTE 2 — LES LAURÉATS DE FRANCE RELANCE DANS LA VIENNE

RENVOIS (numéros sur la carte)

  ①  ▲ orange, grand — CHÂTELLERAULT (86)
      Forges du Clain — forge de pièces pour le ferroviaire.
      Invest. 6 M€ · aide 1,6 M€ · 21 emplois créés

  ②  ● gris, moyen — LOUDUN (86)
      Loudunaise de Mécatronique — actionneurs pour l'aéronautique.
      Invest. 2,5 M€ · aide 700 k€ · 7 emplois créés
"""


def test_a_legends_indented_items_are_its_laureates():
    got = laureates(LEGEND)
    assert set(got) == {"Forges du Clain", "Loudunaise de Mécatronique"}
    assert got["Loudunaise de Mécatronique"]["aid_eur"] == 700_000


def test_a_letterhead_names_the_company_whose_site_was_retained():
    text = """**CHAUDRONNERIES RÉUNIES DE DENAIN (CRD)**
SAS au capital de 1 200 000 € — SIREN 000 000 000
Établissement de Denain (Nord) — rue des Forges, 59220 Denain

# NOTE D'INFORMATION AU COMITÉ SOCIAL ET ÉCONOMIQUE

La Direction informe le CSE que l'établissement a été retenu dans le cadre du dispositif « Rebond industriel ».
La notification porte sur une subvention de 350 000 €, pour un programme d'investissement de 3,5 M€.

Le CSE sera consulté lors de sa prochaine réunion.
"""
    got = laureates(text)
    assert set(got) == {"CHAUDRONNERIES RÉUNIES DE DENAIN"}
    assert got["CHAUDRONNERIES RÉUNIES DE DENAIN"]["aid_eur"] == 350_000


def test_a_communes_line_then_its_company_heads_each_paragraph():
    text = """Relocalisation : l'État et la Région soutiennent cinq entreprises

LES ENTREPRISES RETENUES

Annonay — Thermolaquage du Haut-Vivarais

Cette PME de 34 salariés investit 1,6 million d'euros dans une ligne de thermolaquage. L'aide publique atteint
240 000 euros. Huit recrutements sont prévus.

Aurillac — Biscuiterie Lacapelle

Maison familiale connue pour ses croquants, elle double sa ligne de cuisson. Montant du projet : 2,9 M€ ; aide :
450 000 €.

Rumilly — ISOTEC

ISOTEC (Isolants Techniques), installée à Rumilly, produit des isolants. Investissement : 7 M€. Aide publique :
1,4 M€.
"""
    got = laureates(text)
    assert set(got) == {"Thermolaquage du Haut-Vivarais", "Biscuiterie Lacapelle", "ISOTEC"}
    assert got["Biscuiterie Lacapelle"]["aid_eur"] == 450_000


def test_offices_pending_and_refused_files_and_rubrics_are_no_laureates():
    text = """LA LETTRE DE LA SOUS-TRAITANCE — n° 212

Le Président de la République annonce de nouveaux projets retenus au titre de France Relance.

* NOUVEAU — Décolletage Arvière, à Cluses (Haute-Savoie), figure parmi les lauréats du fonds « Résilience » : 2,1 M€
d'investissement, 600 000 € d'aide.

* EN ATTENTE — La Savonnerie Brémontaise, à Tarnos (Landes), n'a toujours pas de réponse à sa candidature à l'appel à
projets, déposée en juin.

* DÉFAILLANCE — Plasturgie Vosgelle, à Thann (Haut-Rhin), lauréate du fonds « Résilience » en 2021, a été placée en
liquidation judiciaire le 24 novembre.

Dernière étape, dans l'Eure. Les Forges de Saint-Marcel, installées depuis 1921 dans la commune du même nom, ont été
retenues par le fonds « Résilience » : 5,5 M€ d'investissement aidé à hauteur de 1,6 M€.

À Issoire, les Ateliers Chevrolet-Issoire avaient présenté un dossier au fonds « Résilience » en 2021. Refusé.
L'entreprise a finalement investi 2,8 M€ sur fonds propres.
"""
    got = laureates(text)
    assert {"Décolletage Arvière", "Forges de Saint-Marcel"} <= set(got)
    assert not {"Président de la République", "NOUVEAU", "DÉFAILLANCE", "Savonnerie Brémontaise",
                "Ateliers Chevrolet-Issoire", "Forges"} & set(got)


def test_a_cards_name_may_open_with_its_article():
    text = """Nos lauréats en Auvergne-Rhône-Alpes

Agroalimentaire

Les Vergers du Garon

Brignais (69)

Une unité de préparations de fruits pour l'industrie laitière.

- Investissement : 3,1 M€

- Aide de l'État : 705 000 €

Électronique

Microcapt Brévenne

L'Arbresle (69)

Une gamme de capteurs de pression.

- Investissement : 2 400 k€

- Aide de l'État : 640 k€
"""
    got = laureates(text)
    assert {"Les Vergers du Garon", "Microcapt Brévenne"} <= set(got)
    assert got["Les Vergers du Garon"]["aid_eur"] == 705_000


def test_a_group_letter_about_its_subsidiarys_award_names_the_subsidiary_not_the_group():
    text = """Groupe Halvéris — Lettre aux actionnaires — mars 2022

Chers actionnaires,

Le projet STÉRIFLEX de notre filiale tarnaise, les Laboratoires Montagne-Sombre, a été retenu par l'État au titre de
l'appel à projets « (Re)localisations dans les secteurs critiques ». Les Laboratoires Montagne-Sombre investissent
9,4 M€ à Castres, avec une aide de l'État de 2,8 M€.

Groupe Halvéris SA — contact@halveris.example — © 2022 Groupe Halvéris
"""
    got = laureates(text)
    assert "Laboratoires Montagne-Sombre" in got
    assert not {"Groupe Halvéris", "Halvéris"} & set(got)


def test_a_newsletter_with_an_open_call_still_announces_its_laureates():
    text = """La Lettre de l'agence — n° 47 — février 2021

France Relance : trois industriels normands lauréats de l'appel à projets « (Re)localisation »

Le Gouvernement a dévoilé fin janvier une nouvelle vague de lauréats. Trois projets normands figurent dans la liste.

Caux Peptides (Bolbec, Seine-Maritime) — santé. La société construit un atelier de synthèse de peptides.
Investissement : 6,3 M€ ; soutien de l'État : 2,1 M€ ; 28 emplois créés.

Fonderie Houlme Alu (Flers, Orne) — intrants essentiels. Au cœur de Flers Agglo, la fonderie investit 3,8 M€ dans
une cellule de fonderie sous pression, pour des pièces en PET et en aluminium. Aide de l'État : 1,14 M€.

Rappel : l'appel à projets « Résilience » reste ouvert. Les entreprises ont jusqu'au 1er juin 2021 pour déposer leur
dossier.
"""
    got = laureates(text)
    assert set(got) == {"Caux Peptides", "Fonderie Houlme Alu"}


def test_a_reports_items_open_on_departement_name_and_commune():
    text = """Rapport d'information — extrait

Les rapporteurs se sont rendus dans plusieurs entreprises lauréates :

> **La Réunion — Conserverie Australe du Port, Le Port.** Lauréate du volet agroalimentaire de l'appel à projets
> « (Re)localisations dans les secteurs critiques », cette PME a investi 2,9 M€. L'aide de l'État s'élève à 870 000 €.

> **Haute-Savoie — Décolletage du Môle, Bonneville.** Ce décolleteur, lauréat de l'appel à projets « Résilience »,
> a investi 3,4 M€, avec une aide de 1 M€.

> **Puy-de-Dôme — Aciers Fins du Livradois, Ambert.** Lauréate de l'appel à projets, l'entreprise a engagé 6 millions
> d'euros, avec un soutien public de 1,8 million d'euros.

Contactée, la préfecture n'a pas souhaité commenter.
"""
    got = laureates(text)
    assert set(got) == {"Conserverie Australe du Port", "Décolletage du Môle", "Aciers Fins du Livradois"}
    assert got["Décolletage du Môle"]["commune_insee"] == "74042"


def test_an_interviews_answer_names_the_company_and_its_commune():
    text = """# « Rebond industriel : la conserverie d'Orange, c'est notre premier succès »

Entretien avec le vice-président de l'agglomération.

**Et le premier projet à aboutir ?**

C'est la Conserverie Aigues-Ouvèze, à Orange, dans la zone du Coudoulet. Ils vont investir 4 millions d'euros dans
une ligne de conserves. Ils bénéficient d'une subvention de 500 000 € prise sur l'enveloppe « Rebond industriel ».
Ce sont 25 emplois créés d'ici 2028.
"""
    got = laureates(text)
    assert set(got) == {"Conserverie Aigues-Ouvèze"}
    assert got["Conserverie Aigues-Ouvèze"]["aid_eur"] == 500_000


def test_a_trades_capital_opens_a_name_of_small_words_before_its_commune():
    text = """Réponse du ministère

Dans la Drôme, ont notamment été retenus :
- au titre du volet intrants essentiels, les Céramiques techniques du Vercors, à Saint-Marcellin, pour la production
  de céramiques destinées aux semi-conducteurs (3,1 M€ d'investissement, 800 000 € d'aide) ;
- au titre du Fonds d'accélération, la Manufacture dioise du cuir, à Die, pour la modernisation de son atelier de
  coupe (1,1 M€ d'investissement, 250 000 € d'aide).
"""
    got = laureates(text)
    assert {"Céramiques techniques du Vercors", "Manufacture dioise du cuir"} <= set(got)


def test_an_applicant_its_investor_and_an_agency_are_no_laureates():
    text = """# La Biscuiterie Le Guennec lève 2 M€ et se porte candidate à France Relance

La Biscuiterie Le Guennec, installée à Redon, annonce une levée de fonds de 2 millions d'euros auprès de Armor
Capital Croissance. L'entreprise a par ailleurs déposé sa candidature à l'appel à projets « (Re)localisations dans les
secteurs critiques ». Le dossier est suivi par AD Normandie.

Le programme d'investissement est estimé à 3,7 M€. S'il est retenu, il créerait 20 emplois.

**À propos de Armor Capital Croissance**
Armor Capital Croissance est un fonds d'investissement régional dédié aux PME de l'Ouest.
"""
    assert laureates(text) == {}


def test_the_items_under_open_calls_are_calls_not_laureates():
    text = """LETTRE DU CLUSTER — mars 2022

Deux adhérents lauréats de France Relance :

- Argentan Salaisonnerie (Argentan, Orne) : 1,2 M€ d'investissement, 300 000 € d'aide de l'État.
- Biscuits de l'Aure (Bayeux, Calvados) : 800 000 € d'investissement, 200 000 € d'aide de l'État.

---------------------------------------------------------
APPELS À PROJETS OUVERTS
---------------------------------------------------------
- Impulsion Conquête (Région Normandie) : jusqu'à 50 % des dépenses de prospection
- Plan de modernisation des ateliers (France Relance) : enveloppe nationale de 130 M€
"""
    got = laureates(text)
    assert set(got) == {"Argentan Salaisonnerie", "Biscuits de l'Aure"}
