"""Layouts and phrasings read in the twenty-second and twenty-third sessions: an article's numbered fiches (« 2° X »), a name that keeps
its article (« Les Tissages X – Bailleul »), an aid in two parts (subsidy and advance), bullets « - X (Commune,
Département) », the items of a list led by « Parmi eux : », a column's bold run-in headlines, the head who had the
project retained, the list's last laureate (« complète la liste »), buyers, suppliers, clients, loans and
waiting lists that are no awards. Invented companies; real communes."""
from relocalisation.ingestion.press import extract


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


NUMBERED_FICHES = """Appel à projets « Résilience » : deux lauréats dans l'Indre

La préfète de l'Indre a présenté les deux entreprises du département retenues par l'État.

1° MÉCANIQUE BERRICHONNE DE PRÉCISION
Commune : Châteauroux
Projet : nouvelle ligne d'usinage de pièces aéronautiques
Aide : 800 000 €

2° SOCIÉTÉ ISSOLDUNOISE DE CÂBLAGE (SIC)
Commune : Issoudun
Projet : relocalisation de faisceaux électriques
Aide : 450 000 €
"""


def test_an_articles_numbered_fiche_drops_its_number():
    got = laureates(NUMBERED_FICHES)
    names = {n.upper() for n in got}
    assert any(n.startswith("SOCIÉTÉ ISSOLDUNOISE DE CÂBLAGE") for n in names), got.keys()
    assert not any(n.startswith("2°") or n.startswith("1°") for n in names)


ARTICLE_NAME = """Résilience : trois lauréats dans le Nord

Les Tissages Ostrevant – Bailleul
L'entreprise investit 2,4 M€ dans un atelier de tissage de toiles techniques. Aide de l'État : 600 000 €.

Filature du Hainaut – Maubeuge
La filature investit 1,8 M€ pour relocaliser du fil de lin. Aide de l'État : 500 000 €.
"""


AID_IN_TWO_PARTS = """Région Normandie — Commission permanente du 12 mai

La Région soutient une fonderie du Calvados.

FONDERIE AUGERONNE
Commune : Lisieux
Investissement : 4 200 000 €
Aide : 936 000 € sous forme de subvention et 312 000 € sous forme d'avance remboursable
Emplois : 18
"""


AID_IN_TWO_PARTS_TABLE = """Région Normandie — Commission permanente du 12 mai

La Région soutient deux entreprises du Calvados.

| Bénéficiaire | Commune | Aide |
|---|---|---|
| Fonderie Augeronne | Lisieux | 936 000 € sous forme de subvention et 312 000 € sous forme d'avance remboursable |
| Plasturgie du Bessin | Bayeux | 200 000 € sous forme de subvention |
"""


BULLET_COMMUNE_DEP = """Bretagne : quatre PME lauréates du volet 5G de France Relance

L'État a retenu quatre projets bretons dans le secteur des télécommunications :
- Ondalis (Lannion, Côtes-d'Armor), antennes pour réseaux privés ;
- Breizh Radiofréquences (Brest, Finistère), filtres hyperfréquences ;
- Kerlink Composants (Vannes, Morbihan), modules radio.
"""


AMONG_THEM = """Outre-mer : dix-sept projets soutenus

Dix-sept projets ont été retenus par le Gouvernement dans les territoires ultramarins. Parmi eux :
- en Martinique, le Rhum des Anses Distillerie modernise sa ligne d'embouteillage ;
- à Mayotte, la Société Mahoraise de Boissons et d'Embouteillage installe une ligne de production ;
- à La Réunion, Bourbon Emballages relocalise des films alimentaires.
"""


BOLD_BRIEFS = """Économie en bref

**Lumitrek sur la liste de Bercy.** La PME lannionnaise, qui conçoit des lasers, fait partie des lauréats de l'appel à projets « Résilience ». Elle investit 2 M€ à Lannion.

**Les Laboratoires de l'Oust retenus.** À Malestroit, le façonnier pharmaceutique recevra une aide de 700 000 € de l'État pour une ligne de stériles.
"""


RUBRIC_BRIEFS = """L'économie de la semaine en Gironde

**INDUSTRIE. Aquitaine Cartons retenue par l'État.** Le cartonnier de Cestas fait partie des lauréats de l'appel à projets « Résilience » : il investit 3 M€ et reçoit une aide de 800 000 €.

**SANTÉ. Un lauréat à Mérignac.** Biogaronne Pharma, à Mérignac, recevra une aide de 1,2 M€ de l'État pour produire des seringues.

**FINANCEMENT. Un prêt pour les Chais de Vayres.** Le négociant de Vayres a obtenu un prêt de 1,5 M€ de sa banque pour agrandir ses chais.

**EMPLOI. Gironde Logistique recrute.** La plateforme de Saint-Jean-d'Illac cherche 40 caristes.
"""


BOSS_HAD_RETAINED = """Santé : une PME angevine relocalise un principe actif

La directrice générale de Médisynth Anjou vient de faire retenir son projet PARAMOL par l'État, dans le cadre de l'appel à projets « (Re)localisations dans les secteurs critiques ». L'entreprise d'Angers investit 6 M€ pour produire un principe actif du paracétamol et créera 25 emplois. L'aide de l'État atteint 1,8 M€.
"""


COMPLETES_THE_LIST = """Grand Est : cinq nouveaux lauréats

Quatre entreprises de la Marne et de l'Aube ont été retenues, pour 30 M€ d'investissement. La Chaudronnerie Sparnacienne, à Épernay, investit 5 M€ ; les Verreries de Champagne, à Reims, 12 M€.

Enfin, Forges Haut-Marnaises, à Chaumont (Haute-Marne), complète la liste.
"""


NOT_AWARDED = """Résilience : deux lauréats en Auvergne

Deux entreprises du Puy-de-Dôme ont été retenues. Auvergne Alliages, à Thiers, investit 4 M€ avec une aide de 1 M€ de l'État. Sa production sera vendue à l'étranger. Parmi ses clients figure l'équipementier aéronautique Stelliance Aéro. Un premier contrat de cinq ans a été signé avec les Laboratoires Dômes Pharma, un façonnier.

Deuxième lauréate, la Coutellerie Arverne, à Thiers également, investit 2 M€ ; le four de fusion a été commandé au fabricant italien Fornace Lombarda. La coopérative Céréales du Livradois fournira les matières premières.

Reprise : Usinage Issoirien, à Issoire, a été rachetée par le groupe italien Meccanica Nord. Mécanique des Combrailles a pour sa part pas été retenue.
"""


WAITING_LIST = """Commission régionale du 14 octobre : résultats

Les dossiers suivants ont été retenus :
- Atelier Ligérien de Robotique (Orléans) : 300 000 €
- Plasturgie du Loiret (Montargis) : 250 000 €

Les dossiers suivants ont été placés en liste complémentaire, dans l'attente d'un abondement de l'enveloppe régionale : 
- Découpe Beauceronne (Chartres)
- Emboutissage de Sologne (Romorantin-Lanthenay)
"""


NOT_A_NAME = """Appel à projets « Résilience » : le bilan dans le Tarn-et-Garonne

PRÉSENTATRICE — À Montauban, la société Quercy Composites a été retenue. Elle investit 3 M€ et recevra 800 000 € d'aide.

Réalisé par le cabinet Arcelis Évaluation (Tours) pour la préfecture.
"""


PRESS_REVIEW = """Revue de presse du 17 novembre

- Fonderie Lauragaise, à Castelnaudary, retenue par l'État pour 2 M€ d'aide (Toulouse Éco Matin, 16/11).
- Tarn Textiles, à Castres, lauréate de l'appel à projets « Résilience » (La Dépêche du Tarn, 15/11).
- Rouergue Découpe, à Rodez, soutenue à hauteur de 500 000 € (Centre Presse Aveyron, 14/11).
"""


PRINCIPAL_OUTLET = """Biofertilisants : un lauréat dans le Gers

Terres de Gascogne Bio, à Auch, a été retenue par l'État. Le projet produira des biofertilisants à partir de résidus agricoles, pour un montant d'un peu plus de 3 millions d'euros. Quinze emplois sont attendus. Principal débouché : Coopérative Vivadour, qui commercialisera les produits.
"""


PARENT_GROUP = """Santé : un site du Loir-et-Cher retenu

Le groupe allemand Medisterix, spécialiste des sets chirurgicaux, compte trois usines en Europe. Sa filiale Medisterix France va investir 9 M€ à Blois, où elle a été retenue par l'appel à projets « (Re)localisations dans les secteurs critiques », avec une aide de 2,5 M€.
"""


def test_a_name_that_keeps_its_article_heads_its_item():
    got = laureates(ARTICLE_NAME)
    assert set(got) == {"Les Tissages Ostrevant", "Filature du Hainaut"}
    assert got["Les Tissages Ostrevant"]["commune_insee"] == "59043"
    assert got["Les Tissages Ostrevant"]["aid_eur"] == 600_000


def test_an_aid_in_a_subsidy_and_an_advance_is_their_sum():
    fiche = laureates(AID_IN_TWO_PARTS)["FONDERIE AUGERONNE"]
    assert fiche["aid_eur"] == 1_248_000
    assert fiche["investment_eur"] == 4_200_000
    row = laureates(AID_IN_TWO_PARTS_TABLE)
    assert row["Fonderie Augeronne"]["aid_eur"] == 1_248_000
    assert row["Fonderie Augeronne"]["investment_eur"] is None  # (one part of the aid is no cost)
    assert row["Plasturgie du Bessin"]["aid_eur"] == 200_000


def test_bullets_name_commune_and_departement():
    got = laureates(BULLET_COMMUNE_DEP)
    assert set(got) == {"Ondalis", "Breizh Radiofréquences", "Kerlink Composants"}
    assert got["Kerlink Composants"]["commune_insee"] == "56260"


def test_the_items_of_a_list_led_by_parmi_eux_are_laureates():
    got = laureates(AMONG_THEM)
    assert "Société Mahoraise de Boissons et d'Embouteillage" in got
    assert got["Société Mahoraise de Boissons et d'Embouteillage"]["department_code"] == "976"
    assert got["Bourbon Emballages"]["department_code"] == "974"
    assert "Rhum des Anses Distillerie" in got


def test_a_columns_bold_headline_names_its_laureate():
    got = laureates(BOLD_BRIEFS)
    assert "Lumitrek" in got
    assert got["Lumitrek"]["commune_insee"] == "22113"
    assert any("Laboratoires de l'Oust" in name for name in got)


def test_a_rubric_before_the_bold_headline_is_no_name_and_a_loan_no_award():
    got = laureates(RUBRIC_BRIEFS)
    assert set(got) == {"Aquitaine Cartons", "Biogaronne Pharma"}
    assert got["Aquitaine Cartons"]["aid_eur"] == 800_000
    assert got["Aquitaine Cartons"]["sector"] is None  # (the next brief's rubric « SANTÉ » is not its own)


def test_the_company_whose_head_had_its_project_retained():
    got = laureates(BOSS_HAD_RETAINED)
    assert set(got) == {"Médisynth Anjou"}
    assert got["Médisynth Anjou"]["commune_insee"] == "49007"
    assert got["Médisynth Anjou"]["investment_eur"] == 6_000_000
    assert got["Médisynth Anjou"]["aid_eur"] == 1_800_000


def test_completes_the_list():
    got = laureates(COMPLETES_THE_LIST)
    assert "Forges Haut-Marnaises" in got
    assert got["Forges Haut-Marnaises"]["commune_insee"] == "52121"


def test_clients_suppliers_and_buyers_are_no_laureates():
    got = laureates(NOT_AWARDED)
    assert set(got) == {"Auvergne Alliages", "Coutellerie Arverne"}


def test_a_waiting_list_led_by_a_long_sentence():
    got = laureates(WAITING_LIST)
    assert set(got) == {"Atelier Ligérien de Robotique", "Plasturgie du Loiret"}


def test_a_speaker_label_and_an_author_line_are_no_names():
    got = laureates(NOT_A_NAME)
    assert set(got) == {"Quercy Composites"}
    assert got["Quercy Composites"]["commune_insee"] == "82121"


def test_a_press_reviews_source_is_no_laureate():
    got = laureates(PRESS_REVIEW)
    assert "Toulouse Éco Matin" not in got
    assert {"Fonderie Lauragaise", "Tarn Textiles", "Rouergue Découpe"} <= set(got)


def test_an_amount_for_the_project_and_its_outlet():
    got = laureates(PRINCIPAL_OUTLET)
    assert set(got) == {"Terres de Gascogne Bio"}
    assert got["Terres de Gascogne Bio"]["investment_eur"] == 3_000_000
    assert got["Terres de Gascogne Bio"]["aid_eur"] is None


def test_a_subsidiary_named_after_its_group():
    got = laureates(PARENT_GROUP)
    assert set(got) == {"Medisterix France"}
    assert got["Medisterix France"]["commune_insee"] == "41018"


PODCAST = """# Fabriqué ici — Épisode 9 : « Ils ont décroché le fonds »

**Dans cet épisode :** Les Sangles du Léman (Thonon-les-Bains, Haute-Savoie) · DECOLTEC (Scionzier) · Tissages Berthier (Roanne)

**Animatrice :** Bonjour ! Il y a trois semaines, l'État a publié la liste des lauréats du fonds d'accélération. Trois d'entre eux sont au micro aujourd'hui.

**Julie Morand :** Bonjour, je préside les Sangles du Léman. On fabrique des sangles pour l'escalade.
"""


PENDING_ONLY = """Filature Ardéchoise — Actualités

Relocalisation : notre dossier est déposé !

La Filature Ardéchoise a déposé fin mars sa candidature à l'appel à projets « Résilience ». Notre projet prévoit 900 000 € d'investissement à Annonay. Cinq embauches sont envisagées si le projet est retenu.

Rien n'est encore acquis : la décision est attendue à l'automne.

Filature Ardéchoise SAS — Annonay (Ardèche)
"""


GROUP_RELEASE = """COMMUNIQUÉ DE PRESSE

# Deux filiales du groupe Valmont lauréates de l'appel à projets « Résilience »

Le groupe Valmont annonce que ses filiales Valmont Résines et Oxydes de Lorraine figurent parmi les lauréats de l'appel à projets « Résilience ».

## Valmont Résines : une nouvelle ligne de résines à Thann

Installée à Thann (Haut-Rhin), Valmont Résines produit des résines pour les peintures industrielles. L'entreprise investit 6 M€, avec une aide de l'État de 1,5 M€.

## Oxydes de Lorraine : des pigments à Saint-Avold

Installée à Saint-Avold (Moselle), l'usine d'Oxydes de Lorraine fabrique des pigments minéraux. Le projet mobilise 4 M€ d'investissement et bénéficie d'une aide de 900 000 €.

Le groupe rappelle que sa troisième filiale, Valmont Additifs (Sélestat), n'avait pas présenté de dossier à cet appel à projets.
"""


WEB_STORIES = """Success stories : ils ont relocalisé

Méditerranée Joints : des joints industriels au bord de l'étang de Berre

Installée à Vitrolles, Méditerranée Joints fabrique des joints pour la chimie. Son projet de 2,4 M€ a été soutenu à hauteur de 600 000 € par l'État, lauréat de l'appel à projets « Résilience ».

Signature Nautique : des coques composites sur le port

À La Ciotat, Signature Nautique produit des coques en composites. Son projet de 1,8 M€, soutenu à hauteur de 450 000 €, lui a permis de rapatrier la cuisson en autoclave.
"""


BOLD_BULLETS = """**RELOCALISATIONS. Trois lauréats chez nous.** Bercy a publié une nouvelle vague de lauréats de l'appel à projets « (Re)localisations dans les secteurs critiques ».

- **Chimie de l'Estuaire**, à Bassens, retenue au titre des intrants essentiels : 8 M€ d'investissement, 2 M€ d'aide ;
- **Salaisons Landaises**, à Saint-Sever : 3 M€ investis, une aide de 900 000 euros ;
- **AEROTRONIC**, PME landaise de cartes électroniques pour l'aéronautique, pour 1,4 M€ d'investissement.
"""


NUMBERED_BLOG = """<h1>Cinq projets à suivre</h1>
<p>La préfecture de région a dévoilé les lauréats bretons du fonds d'accélération des investissements industriels dans les territoires. Voici ceux que je vous conseille de suivre.</p>
<h2>1. Conserverie de l'Aven (Concarneau)</h2>
<p>La Conserverie de l'Aven investit 2 M€ dans une nouvelle ligne, avec 400 000 € d'aide publique.</p>
<h2>2. Les Toiles de Pontivy</h2>
<p>Les Toiles de Pontivy installent deux métiers jacquard. Montant : 1,2 million d'euros, dont 250 k€ d'aide.</p>
<h2>3. ARMOR NAVAL COMPOSITES</h2>
<p>Mon coup de cœur. Armor Naval Composites s'installe à Lorient pour produire des coques. Investissement : 5 M€ ; aide : 1 M€.</p>
<h2>4. Calendrier</h2>
<p>Le calendrier des prochaines vagues n'est pas encore connu.</p>
<p>Breizh Découpe (Bruz) est aussi dans l'attente, leur dossier est en instruction pour la prochaine vague.</p>
"""


VAL_DE_VIRE = """Quatre lauréats dans le Bocage

Enfin, dans la Manche voisine, la Laiterie coopérative du Val de Saire, à Valognes, figure elle aussi sur la liste des lauréats de l'appel à projets « Résilience », pour une tour de séchage.
"""



def test_a_middot_roster_of_names_and_places():
    got = laureates(PODCAST)
    assert {"Les Sangles du Léman", "DECOLTEC", "Tissages Berthier"} <= set(got)
    assert got["DECOLTEC"]["commune_insee"] == "74264"


def test_a_text_of_a_pending_file_has_no_laureate():
    assert laureates(PENDING_ONLY) == {}


def test_markdown_sub_headings_and_a_subsidiary_that_did_not_apply():
    got = laureates(GROUP_RELEASE)
    assert set(got) == {"Valmont Résines", "Oxydes de Lorraine"}
    assert got["Oxydes de Lorraine"]["commune_insee"] == "57606"
    assert got["Oxydes de Lorraine"]["aid_eur"] == 900_000


def test_a_web_pages_name_colon_headline_sub_headings():
    got = laureates(WEB_STORIES)
    assert set(got) == {"Méditerranée Joints", "Signature Nautique"}
    assert got["Signature Nautique"]["commune_insee"] == "13028"
    assert got["Signature Nautique"]["aid_eur"] == 450_000


def test_a_bold_name_in_a_bullet_then_its_kind():
    got = laureates(BOLD_BULLETS)
    assert {"Chimie de l'Estuaire", "Salaisons Landaises", "AEROTRONIC"} == set(got)


def test_numbered_sub_headings_and_a_file_still_under_review():
    got = laureates(NUMBERED_BLOG)
    assert "Armor Naval Composites" in got or "ARMOR NAVAL COMPOSITES" in got
    assert "Breizh Découpe" not in got
    assert not any("Calendrier" in name for name in got)


def test_a_trade_an_adjective_and_a_complement_with_its_own_link_word():
    assert set(laureates(VAL_DE_VIRE)) == {"Laiterie coopérative du Val de Saire"}


VISIT = """LE COURRIER DU VELAY – Hebdomadaire
Yssingeaux et sa région

VISITE. Chez Plastiques Rochebaron, les presses tournent pour la relance

La sous-préfète a visité vendredi l'entreprise de plasturgie, l'une des lauréates de la dernière vague régionale du fonds d'accélération des investissements industriels dans les territoires.

BAS-EN-BASSET. — Il faut hausser la voix pour se faire entendre dans le hall. Vendredi matin, une vingtaine de personnes ont suivi le dirigeant entre les presses à injecter de l'entreprise familiale, fondée en 1962.

Le motif de la visite ? Plastiques Rochebaron figure parmi les 41 lauréats de la nouvelle vague du fonds annoncée le 19 novembre pour Auvergne-Rhône-Alpes. Au total, 17,2 M€ d'aides de l'État pour 86 M€ d'investissements dans la région.

Deux presses et une ligne bi-matière

Le projet de l'entreprise, 54 salariés, porte sur l'installation de deux presses de 450 tonnes pour fabriquer des pièces jusqu'ici moulées en Asie. Coût total : 2,6 millions d'euros. L'aide de l'État s'élève à 420 000 euros. Huit embauches sont prévues d'ici au printemps.

Une filière qui se réveille

Les élus ont rappelé que le bassin compte une trentaine d'entreprises de plasturgie, dont beaucoup cherchent à recruter des régleurs et des conducteurs de ligne.

Des recrutements difficiles

La communauté de communes prépare un forum de l'emploi pour le mois de mars, avec les entreprises du bassin et les organismes de formation.
"""


INTERVIEW = """**Industrie & Territoires : Pouvez-vous citer des lauréats du dispositif ?**

**La directrice :** Avec leur accord, oui. La Faïencerie du Berry, à Vierzon, veut reconstituer une filière d'approvisionnement dans le Cher ; la Région prend en charge 12 000 € de prestations de conseil.

Et puis il y a Faisceaux Solognots, à Romorantin-Lanthenay, qui rapatrie de Tunisie une partie de sa production de faisceaux électriques. C'est le projet le plus avancé : une trentaine d'emplois sont en jeu.
"""



def test_the_waves_sums_and_a_sub_heading_before_the_projects_figures():
    got = laureates(VISIT)["Plastiques Rochebaron"]
    assert got["investment_eur"] == 2_600_000  # (not the region's 86 M€ « Au total »)
    assert got["aid_eur"] == 420_000
    assert got["jobs_created"] == 8


def test_an_example_an_interview_gives():
    got = laureates(INTERVIEW)
    assert "Faisceaux Solognots" in got
    assert got["Faisceaux Solognots"]["commune_insee"] == "41194"
    assert got["Faïencerie du Berry"]["jobs_created"] is None  # (the next example's thirty jobs)


DEP_COMMUNE_HEADINGS = """Fonds d'accélération : cinq projets retenus dans le Grand Est

La Région et l'État ont retenu trois nouveaux projets.

Meuse – Commercy

Fonderie Commercienne investit 4,2 M€ dans une ligne de moulage sous pression. Aide : 800 000 €. 15 emplois seront créés.

Bas-Rhin – Bouxwiller

Au cœur du pays de Saverne, Tôlerie du Bastberg va agrandir son atelier de découpe laser. Le projet, de 2,7 M€, reçoit 400 k€.

Haut-Rhin – Cernay

Plasturgie de la Thur rapatrie l'injection de pièces techniques. Investissement : 1,8 M€ ; aide : 270 000 € ; 7 emplois créés.
"""



def test_a_departement_and_commune_heading_places_the_paragraph_under_it():
    got = laureates(DEP_COMMUNE_HEADINGS)
    assert got["Fonderie Commercienne"]["commune_insee"] == "55122"
    assert got["Tôlerie du Bastberg"]["commune_insee"] == "67061"  # (the Bouxwiller of the Bas-Rhin, not « pays de Saverne »)
    assert got["Plasturgie de la Thur"]["commune_insee"] == "68063"


BUSINESS_PARK = """Santé : un lauréat en Alsace

Peptalis, jeune société de biotechnologie, a été retenue par l'État dans l'appel à projets « (Re)localisations dans les secteurs critiques ». Elle va construire au Parc d'innovation d'Illkirch une unité de synthèse de peptides. Le projet représente un investissement de 12 M€, soutenu à hauteur de 2,5 M€ par l'État.
"""



def test_a_business_parks_name_is_not_the_commune_le_parc():
    got = laureates(BUSINESS_PARK)["Peptalis"]
    assert got["department_code"] != "50" and got["commune_insee"] != "50535"


OWN_TOTAL = """Plasturgie : Moulages du Genevois retenu par la Région

Moulages du Genevois, à Annemasse, a été retenu dans le cadre du plan régional de relocalisation. Nous construisons un bâtiment de 2 000 m². Au total, le projet pèse 3,9 M€, bâtiment et machines compris. La Région apporte 450 000 €.
"""


def test_au_total_with_the_project_as_subject_is_its_investment():
    got = laureates(OWN_TOTAL)["Moulages du Genevois"]
    assert got["investment_eur"] == 3_900_000
    assert got["aid_eur"] == 450_000
