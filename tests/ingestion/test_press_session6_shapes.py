"""Shapes of official documents met in the synthetic development sets M, W and X (issue 6, session 6): grant
annexes with tabs or dot leaders, space-aligned tables, box frames, exports, fiches, arrêtés with postal addresses,
numbered items, press kits. Sentences and names written for the tests (no sentence of a set; companies invented)."""
from relocalisation.ingestion.press import extract


def result(text, spacy=False):
    return extract(text, use_spacy=spacy).to_dict()


def laureates(text, spacy=False):
    return {lau["organisation"]: lau for lau in result(text, spacy)["laureates"]}


def test_enumeration_with_a_commune_after_each_name():
    text = ("France Relance : trois entreprises mayennaises lauréates\n\n"
            "Parmi les 41 nouveaux lauréats de l'appel à projets « Résilience », trois sont mayennais : Polyvert Ouest, "
            "à Château-Gontier-sur-Mayenne, la Fromagerie Brossard, à Évron, et les Laboratoires de l'Erve, dont l'usine "
            "est installée à Meslay-du-Maine.\n\n"
            "Polyvert Ouest (2,4 M€, aide de 600 000 €) produira des films techniques.")
    got = laureates(text, spacy=True)
    assert {"Polyvert Ouest", "Fromagerie Brossard", "Laboratoires de l'Erve"} <= set(got)
    assert got["Polyvert Ouest"]["investment_eur"] == 2_400_000 and got["Polyvert Ouest"]["aid_eur"] == 600_000
    assert got["Fromagerie Brossard"]["commune_insee"] == "53097"  # Évron


def test_company_spends_on_works_and_is_helped():
    text = ("Trois entreprises du Jura lauréates de l'appel à projets « Résilience ».\n\n"
            "La Tournerie Vuillet, 40 salariés, consacre 2,2 M€ à une ligne de décolletage, aidée à hauteur de "
            "450 000 € ; une dizaine d'emplois seront créés.")
    lau = laureates(text)["Tournerie Vuillet"]
    assert (lau["investment_eur"], lau["aid_eur"]) == (2_200_000, 450_000)


def test_relocalise_pour_is_an_investment():
    text = ("France Relance : deux lauréats dans le Doubs.\n\n"
            "Les Ateliers Bressot, qui réalisent 12 M€ de chiffre d'affaires, relocalisent pour 1,8 M€ la production "
            "de ressorts.")
    lau = laureates(text)["Ateliers Bressot"]
    assert (lau["investment_eur"], lau["aid_eur"]) == (1_800_000, None)


TAB_ANNEX = ("Article 1 : d'attribuer aux deux entreprises figurant en annexe des subventions d'un montant total de "
             "500 000 €, dont 300 000 € au titre de la dotation de l'État.\n"
             "Article 2 : de prendre acte du retrait, à la demande de l'entreprise, du dossier déposé par la SARL "
             "Chaudronnerie Vallat (Dole).\n"
             "Article 3 : d'affecter une autorisation de programme de 500 000 €.\n\n"
             "ANNEXE 1\n"
             "N° dossier\tBénéficiaire\tCommune (dép.)\tObjet du programme\tCoût total (€ HT)\tTaux\tSubvention (€)\t"
             "Engagement emplois (créations)\n"
             "22-TI-01\tMenuiseries Jurassiennes SAS\tChampagnole (39)\tligne de débit\t1 500 000\t20 %\t300 000\t6\n"
             "22-TI-02\tMoulages du Revermont\tSaint-Amour (39)\tpresse\t1 000 000\t20 %\t200 000\t3\n"
             "TOTAL\t\t\t\t2 500 000\t\t500 000\t9\n")


def test_tab_annex_with_file_numbers_and_a_withdrawn_file():
    res = result(TAB_ANNEX)
    got = {lau["organisation"]: lau for lau in res["laureates"]}
    assert set(got) == {"Menuiseries Jurassiennes", "Moulages du Revermont"}
    assert got["Moulages du Revermont"]["aid_eur"] == 200_000 and got["Moulages du Revermont"]["jobs_created"] == 3
    ann = res["announcement"]
    assert ann["investment_eur"] == 2_500_000  # the TOTAL row, not the « dont » share nor the budget appropriation


ARRETE = ("LE PRÉFET DE LA RÉGION EXEMPLE,\nOFFICIER DE LA LÉGION D'HONNEUR,\n\nARRÊTE\n\nArticle 1er\n"
          "Une subvention d'un montant maximum de 120 000 € est attribuée à la société MÉCANIQUE DE L'ORNAIN, "
          "SIRET 123 456 789 00011, dont le siège est situé zone artisanale des Grands Prés, 55000 Bar-le-Duc.\n"
          "Cette subvention est destinée au financement d'un centre d'usinage, d'un montant prévisionnel de "
          "800 000 € HT.\n")


def test_arrete_postcode_place_and_honours():
    got = laureates(ARRETE)
    assert set(got) == {"MÉCANIQUE DE L'ORNAIN"}
    lau = got["MÉCANIQUE DE L'ORNAIN"]
    assert lau["commune_insee"] == "55029" and lau["investment_eur"] == 800_000


HTML_TWO_ROW_HEADING = """<table><thead>
<tr><th rowspan="2">Dpt</th><th rowspan="2">Entreprise</th><th rowspan="2">Commune (site du projet)</th>
<th rowspan="2">Statut</th><th colspan="2">Montants (€)</th><th colspan="2">Emplois</th></tr>
<tr><th>Investissement</th><th>Aide État</th><th>créés</th><th>maintenus</th></tr></thead>
<tbody>
<tr><td rowspan="2">08</td><td>FORGES DE LA SEMOY</td><td>Sedan</td><td>Lauréat</td><td>2 000 000</td><td>500 000</td><td>7</td><td>40</td></tr>
<tr><td>ARDENNE PACKAGING</td><td>Rethel</td><td>En instruction</td><td>900 000</td><td>nc</td><td>nc</td><td>nc</td></tr>
<tr><td>51</td><td>CHAMPAGNE CÂBLES</td><td>Épernay</td><td>Lauréat</td><td>1 200 000</td><td>300 000</td><td>4</td><td>22</td></tr>
</tbody></table>"""


def test_html_table_status_column_and_parent_headings():
    from relocalisation.ingestion.press.readers import html_to_text

    got = laureates(html_to_text(HTML_TWO_ROW_HEADING))
    assert set(got) == {"FORGES DE LA SEMOY", "CHAMPAGNE CÂBLES"}  # « En instruction »: not yet
    assert got["CHAMPAGNE CÂBLES"]["jobs_created"] == 4  # « Emplois » over « créés »
    assert got["FORGES DE LA SEMOY"]["project"] is None  # « Commune (site du projet) » holds a place


MAP_TEXT = """Version texte de la carte des lauréats
8 nouveaux lauréats

▼ MEUSE (55) – 2 lauréats
  ● VERRERIE DE L'ARGONNE
    Commune : Clermont-en-Argonne
    Projet : four électrique
    Investissement : 3,1 M€ – Aide : 700 000 € – Emplois créés : 9
    [Fermer]

  ■ MEUSE PRÉCISION
    Commune : Verdun
    Investissement : 1,2 M€ – Aide : 240 000 € – Emplois créés : 5
    [Fermer]
"""


def test_fiche_name_lines_over_label_lines():
    got = laureates(MAP_TEXT)
    assert set(got) == {"VERRERIE DE L'ARGONNE", "MEUSE PRÉCISION"}
    assert got["MEUSE PRÉCISION"]["aid_eur"] == 240_000 and got["MEUSE PRÉCISION"]["commune_insee"] == "55545"


DOTTED = """ANNEXE – PROJETS SOUTENUS

Projet n° 1
  Bénéficiaire ................ SCIERIE DU HAUT-LIGNON (SAS)
  Site du projet .............. Tence (43)
  Coût total éligible ......... 900 000 € HT
  Subvention État ............. 180 000 €
  Emplois ..................... 3 créations ; 20 emplois maintenus
  Observations ................ projet également instruit au titre d'un autre appel (non retenu).

Projet n° 2
  Bénéficiaire ................ VELAY ÉTIQUETTES
  Site du projet .............. Yssingeaux (43)
  Coût total éligible ......... 600 000 € HT
  Subvention État ............. 120 000 €
  Emplois ..................... maintien des 15 emplois (pas de création)

RÉCAPITULATIF
  Nombre de projets ........... 2
  Subventions État ............ 300 000 €
"""


def test_dot_leaders_fiches_and_summary():
    res = result(DOTTED)
    got = {lau["organisation"]: lau for lau in res["laureates"]}
    assert set(got) == {"SCIERIE DU HAUT-LIGNON", "VELAY ÉTIQUETTES"}
    assert got["SCIERIE DU HAUT-LIGNON"]["jobs_created"] == 3
    assert got["VELAY ÉTIQUETTES"]["jobs_created"] is None  # kept jobs only
    assert res["announcement"]["new_laureates"] == 2


ALIGNED = """N°   RAISON SOCIALE           COMMUNE          DPT  INVEST.      AIDE  EMPLOIS
                                                         (k€)      (k€)    CRÉÉS
---------------------------------------------------------------------------------
1    ALPES CONNECTIQUE        Annecy           74     4 200     1 050       14
2    SAVOIE ARÔMES            Chambéry         73       900   270 (*)        3
---------------------------------------------------------------------------------
     TOTAL (2 lauréats)                                5 100     1 320       17
"""


def test_aligned_table_with_a_number_column_first_and_right_aligned_figures():
    res = result(ALIGNED)
    got = {lau["organisation"]: lau for lau in res["laureates"]}
    assert set(got) == {"ALPES CONNECTIQUE", "SAVOIE ARÔMES"}
    assert got["SAVOIE ARÔMES"]["aid_eur"] == 270_000 and got["SAVOIE ARÔMES"]["investment_eur"] == 900_000
    assert res["announcement"]["new_laureates"] == 2 and res["announcement"]["investment_eur"] == 5_100_000


BOXED = """NOTE DE CONJONCTURE

┌──────────────────────────────────────────────────────────────┐
│ ENCADRÉ – DEUX NOUVEAUX LAURÉATS « RÉSILIENCE »              │
│ La dernière vague a distingué 2 entreprises de la région.    │
│                                                              │
│ • Lorraine Seringues (LS), Toul – santé : ligne de           │
│   seringues ; 2,6 M€ investis, 780 000 € d'aide.             │
│ • Moselle Microcâbles (MMC), dont l'usine est implantée à    │
│   Forbach – électronique : câbles ; 1,1 M€ investis, 330 k€  │
│   d'aide.                                                    │
└──────────────────────────────────────────────────────────────┘
"""


def test_box_frame_is_no_text():
    got = laureates(BOXED)
    assert set(got) == {"Lorraine Seringues", "Moselle Microcâbles"}
    # a wrapped item goes on past the frame of the line above
    assert got["Moselle Microcâbles"]["aid_eur"] == 330_000 and got["Moselle Microcâbles"]["commune_insee"] == "57227"


REPORT = """4. FRANCE RELANCE
- Signature à Metz de la convention régionale (enveloppe de 12 M€).

Les projets régionaux retenus seront soutenus à hauteur de 2 M€.

Vosges – TISSAGES DE LA VOLOGNE, établis à Bruyères, relocalisent la production de toiles techniques. Le programme
s'élève à 1,4 M€, l'aide de l'État à 420 k€.

Meuse – FONDERIE DE L'AIRE n'a de l'Aire que le nom : son usine est à Ligny-en-Barrois. Elle investit 2 M€ ;
aide : 500 000 €.
"""


def test_paragraphs_led_by_their_departement_and_report_items():
    got = laureates(REPORT)
    assert {"TISSAGES DE LA VOLOGNE", "FONDERIE DE L'AIRE"} <= set(got)
    assert "Signature" not in got


EXPORT = """[enregistrement 1/2]
raison_sociale=ARGONNE FIBRES
commune_site=Sainte-Menehould
intitule_projet=FIBRA-2
assiette_eligible=1500000.00
montant_aide=450000.00
etp_crees=8
statut=ENGAGE

[enregistrement 2/2]
raison_sociale=MARNE CAPTEURS
commune_site=Reims
montant_aide=
statut=INSTRUCTION
"""


def test_export_key_value_lines():
    got = laureates(EXPORT)
    assert "ARGONNE FIBRES" in got and not any(name in got for name in ("ENGAGE", "FIBRA-2"))
    assert got["ARGONNE FIBRES"]["jobs_created"] == 8


NUMBERED = """Les lauréats sont les suivants :

1. La Castelroussine de Mécanique (CDM), à Châteauroux, va moderniser son atelier. Le projet, d'un montant de
1,2 M€, est soutenu à hauteur de 240 000 €.

2. Les Tissages de Valençay, entreprise familiale de Valençay, investissent 500 000 € dans un métier à tisser.
"""


def test_numbered_items_with_article_and_acronym():
    got = laureates(NUMBERED)
    assert {"La Castelroussine de Mécanique", "Les Tissages de Valençay"} <= set(got)


PRESS_KIT = """3. LES NOUVEAUX LAURÉATS

LUMIÈRE DU PERCHE                                       Nogent-le-Rotrou
Secteur : électronique
Fabrication de luminaires ; l'entreprise réintègre une production.
Investissement : 2,4 M€  |  Aide de l'État : 500 k€  |  Emplois : + 12

TÔLERIE CHARTRAINE                                      Lucé
Installée depuis 2012 dans la zone industrielle du Mans, l'entreprise garde le nom de sa ville d'origine.
Investissement : 700 000 €  |  Aide : 100 000 €  |  Emplois : une dizaine
"""


def test_press_kit_name_lines_with_a_right_aligned_commune():
    got = laureates(PRESS_KIT)
    assert set(got) == {"LUMIÈRE DU PERCHE", "TÔLERIE CHARTRAINE"}  # « du Mans » is Le Mans, no laureate
    assert got["LUMIÈRE DU PERCHE"]["jobs_created"] == 12 and got["TÔLERIE CHARTRAINE"]["jobs_created"] == 10


MINUTES = """PROCÈS-VERBAL – COMMISSION PERMANENTE

Rapport n° 12 : deux entreprises du territoire sont lauréates du fonds d'accélération :
- la Limousine de Découpe, implantée sur la zone d'activités de Saint-Junien, pour une presse (1,3 M€ investis,
  200 000 € d'aide) ;
- la Tannerie Bellac, à Bellac, pour un foulon (600 000 €, aide de 90 000 €).

Amendement n° 1, présenté par le groupe Avenir et Territoires (M. Paul Ravel) : porter l'aide à 250 000 €.
Mis aux voix, l'amendement n° 1 est ADOPTÉ.
Le produit de la cotisation foncière des entreprises (CFE) est estimé à 4,2 M€.
- de poursuivre l'aménagement de la ZAC de Bellevue, à Limoges (AP de 2 M€) ;
Prog. 1 300 k€ | Aide 200 k€
"""


def test_minutes_items_votes_terms_and_parks():
    got = laureates(MINUTES)
    assert {"Limousine de Découpe", "Tannerie Bellac"} <= set(got)
    for name in ("Avenir et Territoires", "ADOPTÉ", "CFE", "ZAC de Bellevue", "Prog", "Amendement n° 1"):
        assert name not in got


def test_agenda_dates_and_bare_words_are_no_laureates():
    text = ("Relevé de décisions du comité régional : deux entreprises sont lauréates.\n\n"
            "1. FORGES DU LOT (Figeac) : avis favorable, aide de 300 000 €.\n"
            "2. TUILERIE DU QUERCY (Cahors) : avis favorable, aide de 120 000 €.\n\n"
            "Informations :\n"
            "- Prochain CRDE : mardi 12 mai 2022.\n"
            "- DDETS du Lot, service Développement économique : Mme Anne Roux, référente France Relance\n")
    got = laureates(text)
    assert {"FORGES DU LOT", "TUILERIE DU QUERCY"} <= set(got)
    assert not {"Prochain CRDE", "Relance", "DDETS du Lot"} & set(got)


def test_items_numbered_with_a_slash():
    text = ("Objet : AAP Résilience – dossiers validés en comité\n\n"
            "Deux dossiers du Grand Est ont été retenus par le comité de sélection.\n\n--- DOSSIERS VALIDÉS ---\n\n"
            "1/ VOSGES MICROFLUIDIQUE – Épinal (88)\n"
            "   Prog. 2 100 k€ | Aide 630 k€ (Subv.) | +12 ETP\n\n"
            "2/ AUBE POLYMÈRES – Troyes (10)\n"
            "   Prog. 4 000 k€ | Aide 1 000 k€ (AR) | +20 ETP\n")
    got = laureates(text)
    assert set(got) == {"VOSGES MICROFLUIDIQUE", "AUBE POLYMÈRES"}
    assert got["AUBE POLYMÈRES"]["commune_insee"] == "10387"


def test_fiche_project_named_in_capitals_before_its_description():
    text = ("Focus sur quelques projets lauréats :\n\n"
            "- **Entreprise** : Armor Algues\n"
            "- **Localisation** : Paimpol (Côtes-d'Armor)\n"
            "- **Projet** : ALGAPRO 2 – extraction de protéines d'algues\n"
            "- **Investissement** : 2,2 M€\n"
            "- **Aide de l'État** : 600 k€\n\n"
            "- **Entreprise** : Léon Électronique\n"
            "- **Localisation** : Landivisiau (Finistère)\n"
            "- **Projet** : cartes pour bornes de recharge\n"
            "- **Investissement** : 1,1 M€\n")
    got = laureates(text)
    assert got["Armor Algues"]["project"] == "ALGAPRO 2"
    assert got["Armor Algues"]["commune_insee"] == "22162" and got["Armor Algues"]["aid_eur"] == 600_000
    assert got["Léon Électronique"]["project"] is None
