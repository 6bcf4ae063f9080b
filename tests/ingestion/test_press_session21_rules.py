"""Layouts and phrasings read in the twenty-first session: a sector's run-in heading (« 5G. X, PME … »,
« Intrants essentiels de l'industrie – X (Commune) »), amounts written in two parts, a space-aligned table whose name
fills its column, département headings above homonyms, a decree's « Fait à », a story's closing « REPÈRES » box, a
column of bold briefs, errata, pending files, a trade paper's capital sub-headings, an interview's lead, funds and
breadcrumbs that are no companies. Invented companies; real communes."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.extract import _name_shaped
from relocalisation.ingestion.press.numbers import find_quantities


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


def test_an_amount_written_in_two_parts_is_one_amount():
    values = [(q.value, q.money) for q in find_quantities("une aide de trois millions deux cent mille euros et 12 emplois")]
    assert values[0] == (3_200_000, True)
    assert [(q.value, q.money) for q in find_quantities("1 million 500 000 €")] == [(1_500_000, True)]
    # two numbers side by side that are not one amount stay two
    assert [q.value for q in find_quantities("2 millions 300 emplois")] == [2_000_000, 300]
    # « et demi »: half of the scale more, money only when the words after say so
    assert [(q.value, q.money) for q in find_quantities("deux millions et demi d'euros")] == [(2_500_000, True)]
    assert [(q.value, q.money) for q in find_quantities("3 millions et demi de masques")] == [(3_500_000, False)]


RUN_IN = """Le ministre a annoncé les nouveaux lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques ».

Santé. À Annonay (Ardèche), la société Galénica Vivaroise investit 8,2 M€ ; l'État l'accompagne à hauteur de 2 M€.

5G. Ondeline Réseaux, PME installée à Lannion (Côtes-d'Armor), industrialisera des antennes actives. Le projet, d'un
montant de 4,4 M€, est soutenu à hauteur de 1,3 M€.
"""


def test_a_sector_run_in_heading_is_no_name():
    got = laureates(RUN_IN)
    assert set(got) == {"Galénica Vivaroise", "Ondeline Réseaux"}
    assert got["Ondeline Réseaux"]["sector"] == "5G"
    assert got["Ondeline Réseaux"]["commune_insee"] == "22113"
    assert got["Galénica Vivaroise"]["sector"] == "santé"


def test_a_sector_name_alone_is_no_company():
    assert not _name_shaped("Intrants essentiels de l'industrie")
    assert not _name_shaped("5G")
    assert not _name_shaped("Raccordement")
    assert not _name_shaped("Économie › Industrie › Vosges")
    assert _name_shaped("Chimie rhénane des fluides")  # a company that opens with a sector's word


SECTOR_DASH = """Préfecture du Nord — Communiqué

Trois entreprises du Valenciennois sont lauréates de l'appel à projets « (Re)localisations dans les secteurs critiques ».

Intrants essentiels de l'industrie – Aciéries de l'Escaut (Trith-Saint-Léger)
Aciéries de l'Escaut investit 9 M€ dans un four de refusion. L'aide de l'État s'élève à 2 M€.

Électronique – Bobinages du Hainaut (Anzin)
L'entreprise investit 3 M€ pour fabriquer des transformateurs. L'aide de l'État s'élève à 750 000 €.
"""


def test_a_sector_before_a_dash_heads_the_item():
    got = laureates(SECTOR_DASH)
    assert set(got) == {"Aciéries de l'Escaut", "Bobinages du Hainaut"}
    assert got["Aciéries de l'Escaut"]["aid_eur"] == 2_000_000


DEMONYM = """Les lauréats de l'appel à projets Résilience sont connus.

C'est sur le plateau creusois, à Saint-Priest, que la Laiterie des Hautes Bruyères va installer une tour de séchage :
3 M€ d'investissement, dont 700 000 € pris en charge par l'État.
"""


def test_a_departements_adjective_before_a_homonym():
    got = laureates(DEMONYM)
    assert got["Laiterie des Hautes Bruyères"]["commune_insee"] == "23234"  # Saint-Priest (Creuse), not the Rhône's


LIST_WITHOUT_FIGURES = """PRÉFET DE LA SARTHE

Plan de relance – Appel à projets « Résilience » : cinq entreprises sarthoises lauréates

Les entreprises lauréates :

• Fonderie du Narais, à Parigné-l'Évêque : une ligne de moulage. Investissement : 2,1 M€ – aide de l'État : 600 000 € – 8 emplois créés.

• Emballages de la Vègre, à Sablé-sur-Sarthe : une ligne de thermoformage. Investissement : 1,3 million d'euros – aide : 390 k€ – 5 emplois créés.

• Ateliers du Loir Réunis, à La Flèche : robotisation de l'atelier de soudure. Investissement : 4,8 M€ – aide : 700 000 €.

• Biscuits Fresnay, à Allonnes : une ligne de cuisson. Investissement : 2,2 M€ – 11 emplois créés.

• Usinage Cénomane : une ligne d'usinage cinq axes. Le site, dans l'agglomération mancelle, sera choisi d'ici l'été.
"""


def test_the_last_item_of_a_list_is_kept_without_figures():
    got = laureates(LIST_WITHOUT_FIGURES)
    assert "Usinage Cénomane" in got
    assert len(got) == 5


ALIGNED = """4. LES LAURÉATS PAR DÉPARTEMENT

HAUTE-SAÔNE

Entreprise              Commune        Projet                               Investissement   Aide        Emplois créés
Tôlerie de la Lizaine   Héricourt      Ligne de pliage robotisé             1 500 000 €      220 000 €   6

NIÈVRE

Entreprise              Commune        Projet                               Investissement   Aide        Emplois créés
Vernis du Beuvron       Clamecy        Atelier de synthèse                  2,9 M€           400 k€      –

TERRITOIRE DE BELFORT

Entreprise              Commune        Projet                               Investissement   Aide        Emplois créés
Spirales du Territoires Fontaine       Ressorts pour l'énergie              800 000 €        160 000 €   3
"""


def test_an_aligned_table_under_departement_headings():
    got = laureates("Fonds d'accélération des investissements industriels dans les territoires : les lauréats.\n\n" + ALIGNED)
    assert got["Spirales du Territoires"]["commune_insee"] == "90047"  # Fontaine, whose name starts one space away
    assert got["Tôlerie de la Lizaine"]["commune_insee"] == "70285"  # Héricourt (Haute-Saône), not the Pas-de-Calais's
    assert got["Vernis du Beuvron"]["commune_insee"] == "58079"  # Clamecy (Nièvre), not the Aisne's


DECREE = """ARRÊTÉ portant attribution d'une subvention au titre du Fonds d'accélération des investissements industriels

Article 1er – Une subvention de 250 000 € est attribuée à la SAS Verrerie du Houlme pour son établissement de
Flers (Orne).

Fait à Alençon, le 3 mai 2022
"""


def test_where_the_decree_was_signed_is_no_site():
    assert laureates(DECREE)["Verrerie du Houlme"]["commune_insee"] == "61169"


ANOTHER_LAUREATE = """Le préfet de l'Ardèche a visité des entreprises soutenues par France Relance.

La délégation s'est rendue à Saint-Priest, à quelques kilomètres de Privas, où la Soierie du Haut-Vivarais, autre
lauréat ardéchois de cette même vague, investit 1,4 million d'euros dans un atelier de moulinage.
"""


def test_another_laureate_in_apposition():
    got = laureates(ANOTHER_LAUREATE)
    assert got["Soierie du Haut-Vivarais"]["commune_insee"] == "07288"
    assert got["Soierie du Haut-Vivarais"]["investment_eur"] == 1_400_000


NOT_HOLDER = """Trois entreprises guadeloupéennes sont lauréates de l'appel à projets « (Re)localisations dans les secteurs critiques ».

À Baie-Mahault, la Yaourterie de Jarry investit 3 M€ ; l'État apporte 800 000 €. Le lait sera collecté auprès de la
coopérative Éleveurs du Moule, qui n'est pas elle-même porteuse de projet.
"""


def test_a_supplier_said_not_to_hold_a_project():
    assert set(laureates(NOT_HOLDER)) == {"Yaourterie de Jarry"}


STORY_WITH_BOX = """LE VIVARAIS MATIN

Les pansements reviennent d'Asie

L'entreprise Pansements de l'Eyrieux a décroché une place parmi les lauréats de l'appel à projets « (Re)localisations
dans les secteurs critiques ». Concrètement, l'État met 900 000 € sur la table pour accompagner le projet. Le programme
d'investissement atteint 4,5 M€. Le financement est bouclé : l'entreprise a aussi obtenu un prêt de 1 M€.

TMO n'est pas la première entreprise du département à bénéficier du dispositif. En février dernier, Plastiques du Teil,
au Teil, avait été retenue pour une ligne de granulés recyclés.

REPÈRES
• 4,5 M€ d'investissement
• 900 000 € d'aide de l'État
"""


def test_a_closing_box_is_the_storys_and_the_state_puts_money_on_the_table():
    got = laureates(STORY_WITH_BOX)
    assert got["Pansements de l'Eyrieux"]["aid_eur"] == 900_000
    if "Plastiques du Teil" in got:
        assert got["Plastiques du Teil"]["aid_eur"] is None
        assert got["Plastiques du Teil"]["investment_eur"] is None


BOLD_BRIEFS = """# Le Journal des Trois Rivières — Mayenne

## EN BREF

**ÉVRON — Les Fumaisons Jarriaises relocalisent le jambon sec**
Le charcutier évronnais bénéficie d'un coup de pouce de 250 000 € de l'État, au titre de l'appel à projets « (Re)localisations dans les secteurs critiques ». Il investit 1,2 million d'euros dans un séchoir.

**VILLAINES-LA-JUHEL — La menuiserie attend sa réponse**
La Menuiserie Juhelloise a déposé en septembre un dossier pour moderniser son atelier (900 000 €). La réponse est attendue en mars.

**MAYENNE — Transports Guérand lève 2 M€**
Le transporteur a bouclé une levée de fonds de 2 M€ pour renouveler sa flotte.
"""


def test_a_column_of_bold_briefs_headed_by_their_commune():
    got = laureates(BOLD_BRIEFS)
    assert set(got) == {"Fumaisons Jarriaises"}
    assert got["Fumaisons Jarriaises"]["commune_insee"] == "53097"
    assert got["Fumaisons Jarriaises"]["aid_eur"] == 250_000


def test_a_trade_then_its_adjective_and_complement_is_one_name():
    text = ("Poligny : la fromagerie modernise ses caves\n\nLa Fromagerie coopérative des Monts Jura bénéficie d'un coup de "
            "pouce de 300 000 € de l'État au titre du Fonds d'accélération des investissements industriels dans les "
            "territoires pour moderniser ses caves d'affinage à Poligny.\n")
    assert "La Fromagerie coopérative des Monts Jura" in laureates(text)


PENDING = """Huit lauréats jurassiens pour le Fonds d'accélération des investissements industriels dans les territoires.

Lunettes Bienne-Optic, à Morez, a décroché 500 000 € pour une ligne d'usinage de montures.

Plusieurs entreprises jurassiennes attendent encore une réponse, notamment le fabricant de jouets Ludiforme, à Arinthod,
dont le dossier a été déposé en janvier.
"""


def test_files_still_waiting_are_no_laureates():
    assert set(laureates(PENDING)) == {"Lunettes Bienne-Optic"}


INTERVIEW = """*Le Journal du Pays de Serres — Édition Tarn-et-Garonne*

**Marc Delpech dirige Serres Électronique, sous-traitant installé depuis 1990 à Valence, sur la rive droite de la
Garonne, entre Agen et Castelsarrasin. L'entreprise de 50 salariés vient d'être retenue par l'État dans le cadre de
l'appel à projets « (Re)localisations dans les secteurs critiques ». Entretien.**

**De quoi s'agit-il ?**

Nous allons rapatrier l'assemblage de cartes. Le projet représente un investissement de six millions d'euros. Nous
sommes soutenus à hauteur de 1,8 M€.
"""


def test_an_interviews_lead_names_the_company_once():
    got = laureates(INTERVIEW)
    assert set(got) == {"Serres Électronique"}
    assert got["Serres Électronique"]["commune_insee"] == "82186"  # Valence (Tarn-et-Garonne): the paper's edition
    assert got["Serres Électronique"]["investment_eur"] == 6_000_000


ERRATUM = """ERRATUM

Dans notre édition du 22 octobre, l'article consacré aux lauréats de l'appel à projets « (Re)localisations dans les
secteurs critiques » comportait des erreurs.

Contrairement à ce que nous avons écrit, la société Capteurs des Trois Pays n'a pas reçu une aide de 3 M€. L'entreprise a
été retenue pour un projet de 4 M€ à Saint-Louis (Haut-Rhin). L'aide de l'État s'élève à 800 000 €. Par ailleurs, le
projet ne créera pas 50 emplois : il en créera 12.

Enfin, nous avions présenté à tort les Laboratoires Rhénopharm, à Hégenheim, comme lauréats de la même vague. Leur
dossier est en réalité toujours en cours d'instruction.
"""


def test_an_erratum_gives_the_right_figures_and_withdraws_a_name():
    got = laureates(ERRATUM)
    assert set(got) == {"Capteurs des Trois Pays"}
    assert got["Capteurs des Trois Pays"]["aid_eur"] == 800_000
    assert got["Capteurs des Trois Pays"]["jobs_created"] == 12


CAPS_SUBHEADINGS = """EMBALLAGE MAGAZINE — Fournisseurs

Le constructeur de lignes d'extrusion a vu ses commandes doubler. Plusieurs de ses clients ont bénéficié des aides de
France Relance. Revue de détail.

POLYFORM : UNE LIGNE DE PROFILÉS TECHNIQUES
Installé à Fontaine, dans l'agglomération grenobloise, Polyform fabrique des profilés. Lauréat de l'appel à projets Résilience, l'industriel investit 4 M€. L'État l'accompagne à hauteur de 900 000 €.

FILMEX : DES FILMS BARRIÈRE POUR LES CONSERVES
À Valence, dans le Tarn-et-Garonne, Filmex produit des films multicouches. L'entreprise, retenue au titre de l'appel à projets « (Re)localisations dans les secteurs critiques », investit 2,5 millions d'euros.
"""


def test_capital_sub_headings_name_the_company_not_the_headline():
    got = laureates(CAPS_SUBHEADINGS)
    assert {k.lower() for k in got} == {"polyform", "filmex"}
    by = {k.lower(): v for k, v in got.items()}
    assert by["polyform"]["commune_insee"] == "38169"
    assert by["filmex"]["commune_insee"] == "82186"


def test_a_project_name_with_its_number():
    text = ("COMMUNIQUÉ DE PRESSE\n\nPlastiques Brédannais SAS, PME familiale implantée à Oyonnax (Ain), annonce que son "
            "projet TRIPLEX 2 a été retenu par l'État dans le cadre de l'appel à projets « Résilience ».\n\n"
            "Le projet TRIPLEX 2 représente un investissement de 3 M€, soutenu à hauteur de 900 000 €.\n")
    assert laureates(text)["Plastiques Brédannais"]["project"] == "TRIPLEX 2"


FUND_LETTER = """Fonds Chartreuse Croissance III – FPCI
Grenoble, le 28 avril 2022

Au 31 mars 2022, Chartreuse Croissance III a appelé 60 % de ses engagements. Les participations de Chartreuse
Croissance III ont bien résisté.

Nous avons le plaisir de vous annoncer que Cartonnages du Guiers, à Saint-Laurent-du-Pont, figure parmi les lauréats de
l'appel à projets « Résilience » : 2,5 M€ d'investissement, 600 000 € d'aide de l'État.
"""


def test_the_fund_writing_to_its_investors_is_no_laureate():
    assert set(laureates(FUND_LETTER)) == {"Cartonnages du Guiers"}


def test_the_upper_part_of_a_departement_places_a_homonym():
    text = ("Les lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques » :\n\n"
            "– Santé. À Ussel, en Haute-Corrèze, la société Membranova relocalise des membranes de dialyse. Le projet, "
            "de 5 M€, bénéficie de 1,2 M€ d'aide.\n")
    got = laureates(text)
    assert set(got) == {"Membranova"}
    assert got["Membranova"]["commune_insee"] == "19275"


VENDEE = """VENDÉE
FONTENAY-LE-COMTE

La tôlerie Bironneau n'a pas été retenue

L'amertume est forte : à quelques kilomètres de là, un concurrent a été retenu. La Serrurerie Montreuillaise, à
Montreuil, a décroché 300 000 € pour un programme de 1,5 M€.
"""


def test_a_homonym_in_a_story_of_the_departement():
    assert laureates(VENDEE)["Serrurerie Montreuillaise"]["commune_insee"] == "85148"  # not Montreuil (93)


EQUITY = """Trois entreprises du Hainaut sont lauréates de l'appel à projets « (Re)localisations dans les secteurs critiques ».

Intrants essentiels de l'industrie – Forges de la Selle (Le Cateau-Cambrésis)
Forges de la Selle investit 7 M€ dans une presse à forger. Une vingtaine d'emplois sont attendus. Le fonds régional
Hainaut Capital entre par ailleurs au capital de l'entreprise à hauteur de 2 M€.
"""


def test_a_fund_entering_the_capital_gives_no_aid():
    got = laureates(EQUITY)["Forges de la Selle"]
    assert (got["investment_eur"], got["aid_eur"], got["jobs_created"]) == (7_000_000, None, 20)


def test_a_town_that_places_the_site_is_not_the_site():
    text = ("Les lauréats de l'appel à projets Résilience.\n\nAu sud de Lyon, dans la vallée de la chimie, Chimiris "
            "Pharma investit 20 M€ pour produire à Saint-Fons un principe actif, avec une aide de 5 M€.\n")
    assert laureates(text)["Chimiris Pharma"]["commune_insee"] == "69199"


def test_a_homonym_said_not_concerned():
    text = ("À : l'ensemble des collaborateurs du site de Bassens (Gironde)\n\n"
            "Le projet CABLO de notre site de Bassens, sur la rive droite de Bordeaux, a été retenu par l'État parmi les "
            "lauréats du Fonds d'accélération des investissements industriels dans les territoires. Il représente un "
            "investissement de 4 M€, soutenu à hauteur de 1 M€.\n\n"
            "Nos collègues de l'établissement de Bassens en Savoie ne sont pas concernés par ce projet.\n\n"
            "Pierre Lafon\nDirecteur général\nCâbleries de l'Estuaire\n")
    got = laureates(text)
    assert [v["commune_insee"] for v in got.values()] == ["33032"]


REFUSED_AND_WITHDRAWN = """Fonderie : la nouvelle vague de lauréats du plan de relance

Fonderie du Boischaut, à Châteauroux, fait partie des lauréats : 4 M€ d'investissement, 1 M€ d'aide de l'État.

À l'inverse, la Fonderie Châtelleraudaise, à Châtellerault, a vu son dossier rejeté faute de plan de financement. Interrogée,
la société Moulages Lyonnais, qui avait annoncé sa candidature, a indiqué avoir retiré son dossier. Quant à **Fundiciones
Aragón**, concurrent espagnol de la Fonderie du Boischaut, il vient d'annoncer 25 M€ d'investissements à Saragosse.
"""


def test_refused_withdrawn_and_competitors_are_no_laureates():
    assert set(laureates(REFUSED_AND_WITHDRAWN)) == {"Fonderie du Boischaut"}


PORTRAIT = """OUEST MAGAZINE — PORTRAIT

À Landerneau, les Ateliers Kerdélan fabriquent depuis cinquante ans des vannes en inox pour les laiteries. Une PMI
discrète, qui vient de décrocher un coup de pouce de l'État.

Aujourd'hui, l'entreprise réalise 12 millions d'euros de chiffre d'affaires. Ses clients s'appellent la laiterie Abers Lait, la coopérative Léon Lait ou le conserveur Kerzo.

Le projet — un centre d'usinage cinq axes et un nouveau bâtiment — représente 1,2 million d'euros. Il a été retenu par
le Fonds d'accélération des investissements industriels dans les territoires, qui lui accorde 240 000 euros de
subvention.

FICHE D'IDENTITÉ
Raison sociale : Ateliers Kerdélan SAS
CA 2021 : 12 M€
"""


def test_a_portraits_clients_and_its_revenue_line():
    got = laureates(PORTRAIT)
    assert set(got) == {"Ateliers Kerdélan"}
    assert (got["Ateliers Kerdélan"]["investment_eur"], got["Ateliers Kerdélan"]["aid_eur"]) == (1_200_000, 240_000)


NOT_THEM = """Relocalisation : trois lauréats du Fonds d'accélération dans le Niortais

Cartonnages du Lambon, à Niort, est lauréate : 2 M€ d'investissement, 400 000 € d'aide de l'État.

Son concurrent direct, *Emballages Sud-Vienne*, basé à Poitiers, a levé 6 M€ auprès d'un fonds pour un rachat.

La marque Maison Véral faisait réaliser ses pulls au Portugal, chez Malhas do Sul. La direction de Thermo-Sèvre,
fabricant de radiateurs, a confirmé la fermeture de son usine et le transfert de la production en Pologne.

Projets repérés par le comité :
1. **Transports Gâtinais** (Échiré) — plateforme logistique ; projet logistique, non éligible au fonds en l'état.
2. **Chanvre du Marais** (Coulon) — panneaux isolants ; dossier en cours de constitution.

> - Actionnariat : famille Lambon (72 %), Sèvre Croissance (28 %)
"""


def test_competitors_subcontractors_closures_and_shareholders_are_no_laureates():
    assert set(laureates(NOT_THEM)) == {"Cartonnages du Lambon"}


def test_a_quoted_code_in_a_tables_project_column_is_the_project():
    text = ("Quatre lauréats agroalimentaires du Centre-Val de Loire :\n\n"
            "| Entreprise | Commune | Projet | Investissement | Aide | Emplois |\n|---|---|---|---|---|---|\n"
            "| Protéines de Beauce | Pithiviers (45) | Unité d'isolats de protéines « PROTEIX » | 14 M€ | 3,5 M€ | 38 |\n"
            "| Huilerie du Gâtinais | Montargis (45) | Presse à froid | 2 M€ | 500 000 € | 8 |\n\n"
            "Projet le plus important des deux, PROTEIX doit permettre à Protéines de Beauce de produire 6 000 tonnes.\n")
    assert set(laureates(text)) == {"Protéines de Beauce", "Huilerie du Gâtinais"}


SLIDE_ITEMS = """Comité régional de suivi – 17/03/2022
Lauréats occitans
• Chimie des Baronnies
➢ Lannemezan (65)
➢ Intrants essentiels
➢ Unité de production de coagulants
➢ Invest. : 12 M€ | Aide : 3 M€
• Conserves du Quercy Blanc
➢ Valence (Tarn-et-Garonne)
➢ Agroalimentaire
➢ Légumerie-conserverie : haricots,
tomates du Quercy
➢ Invest. : 2 M€ | Aide : 400 k€
Comité régional de suivi – 17/03/2022
Dossiers en instruction (prochaine vague)
• Composites du Rouergue – Rodez (12)
➢ Électronique de puissance – avis
technique attendu
• Malterie de l'Astarac – Auch (32)
➢ Agroalimentaire – compléments demandés
"""


def test_a_slides_items_their_sub_items_and_a_heading_of_pending_files():
    got = laureates("Appel à projets « (Re)localisations dans les secteurs critiques » : les lauréats.\n\n" + SLIDE_ITEMS)
    assert set(got) == {"Chimie des Baronnies", "Conserves du Quercy Blanc"}
    assert got["Conserves du Quercy Blanc"]["commune_insee"] == "82186"


DIGEST = """VEILLE RELANCE – Digest quotidien
Flux agrégés : 14 sources | Éléments nouveaux : 3 | Généré le 25/06/2021 à 06:00

[1] 24/06/2021 07:12 — La Voix du Hainaut
Résilience : trois industriels du Nord décrochent un soutien de l'État
Trois PME nordistes figurent parmi les lauréats de l'appel à projets Résilience publiés vendredi.
À Hazebrouck, Vannes de Flandre Industrie investit 2,8 M€ dans la fabrication de vannes
inox pour l'industrie pharmaceutique, avec une aide de 1,1 M€. À Maubeuge, Sambre Circuits
Électroniques touche 640 000 € pour une ligne de cartes de puissance qui créera 11 emplois.
Enfin, à Hautmont, la société Hautmont Précision investit 1,9 M€ avec une aide de 380 000 €
et prévoit 7 recrutements ; le projet doit démarrer à l'automne prochain, selon son gérant.
→ Lire la suite : voixduhainaut.example/2021/06/24/resilience-trois-pme

[2] 23/06/2021 18:40 — Startups Nord
La start-up lilloise Hydrelix lève 6 M€ pour ses électrolyseurs
Hydrelix, fondée en 2018, annonce une levée de fonds de 6 millions d'euros menée par
un fonds régional. Son chiffre d'affaires a doublé en 2020. L'entreprise vise une première
usine à l'horizon 2024, sans site arrêté, et recrutera une vingtaine de personnes.
→ Lire la suite : startups-nord.example/hydrelix-6-millions
"""


def test_a_digests_wrapped_lines_keep_a_name_whole():
    got = laureates(DIGEST)
    assert "Sambre Circuits Électroniques" in got
    assert got["Sambre Circuits Électroniques"]["aid_eur"] == 640_000


def test_outlets_acronyms_members_and_competitors():
    text = ("Ruffec : les Menuiseries du Ruffec relocalisent leurs fenêtres | Le Charente Quotidien\n\n"
            "Le Charente Quotidien Édition Ruffec\n\n"
            "Les Menuiseries du Ruffec (MDR), installées à Ruffec (Charente), font partie de la nouvelle liste de "
            "lauréats du Fonds d'accélération des investissements industriels dans les territoires. MDR investit "
            "2,1 M€, avec une aide de 400 000 €.\n\n"
            "À Confolens, un concurrent, la Menuiserie du Goire, a pour sa part choisi d'investir sur ses fonds propres.\n\n"
            "Bienvenue à nos nouveaux adhérents\n"
            "- Roto-Moulage de Salbris – Salbris\n"
            "- Thermoformage Tourangeau – Joué-lès-Tours\n")
    assert set(laureates(text)) == {"Menuiseries du Ruffec"}


LEGEND = """CARTE DES LAURÉATS – HAUTS-DE-FRANCE – FONDS D'ACCÉLÉRATION DES INVESTISSEMENTS INDUSTRIELS
Légende : ★ métallurgie · ● textile · ■ santé · ▲ agroalimentaire · ◆ électronique
-------------------------------------------------------------------------------
NORD (59)
1  DUNKERQUE  ★  Ferrailles des Dunes – unité de tri et de préparation
                  des ferrailles pour aciérie électrique
                  Inv. 6,4 M€ · Aide État 1,9 M€ · 30 emplois créés
2  BAILLEUL   ●  Tissages de la Lys – ligne de
                  non-tissés techniques
                  Inv. 1,2 M€ · Aide État 350 k€ · 11 empl. créés

AISNE (02)
3  SAINT-QUENTIN ■ Laboratoires du Vermand – conditionne-
                  ment stérile de formes injectables
                  Inv. 9 M€ · Aide État 2,8 M€ · 45 empl. créés
4  ESTRÉES    ▲  Malterie de la Thiérache – malt d'orge
                  brassicole, nouvelle touraille
                  Inv. 3,5 M€ · Aide État n.c. · 14 empl. créés
-------------------------------------------------------------------------------
Les territoires d'industrie concernés : Flandre-Lys, Sambre-Avesnois-Thiérache, Vallée de la Bresle,
Saint-Quentinois, Grand Amiénois et Dunkerquois ; les lauréats sont accompagnés par leur territoire.
"""


def test_a_legends_indented_lines_are_not_unwrapped():
    got = laureates(LEGEND)
    assert {"Tissages de la Lys", "Malterie de la Thiérache", "Ferrailles des Dunes"} <= set(got)
    assert "Sambre-Avesnois-Thiérache" not in got
