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
    assert set(got) == {"SAS Plasturgie du Layon", "Tissages de l'Erdre"}
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
