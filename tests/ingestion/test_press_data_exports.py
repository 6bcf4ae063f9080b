"""Open-data exports saved as text (JSON, XML, TSV, space-aligned columns), Markdown fiches and social-media threads:
read like the plain layouts the extractor knows. Invented companies; real communes."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.readers import data_to_text, read_bytes

JSON_EXPORT = {
    "dispositif": "Relocalisation / Diversification", "region": "Centre-Val de Loire",
    "laureats": [
        {"entreprise": "Céramiques du Berry", "commune": {"nom": "Vierzon", "departement": "18"},
         "investissement": 1250000, "subvention": 250000, "emplois_crees": 8},
        {"entreprise": "Optoloire", "commune": {"nom": "Orléans", "departement": "45"},
         "investissement": 3400000, "subvention": 500000, "emplois_crees": None},
    ]}

XML_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<laureats programme="(Re)localisation dans les secteurs critiques" vague="2">
  <laureat>
    <raisonSociale>Nutrisol Bretagne</raisonSociale>
    <commune insee="22278">Saint-Brieuc</commune>
    <investissement>4200000</investissement>
    <aide>900000</aide>
    <emploisCrees>25</emploisCrees>
  </laureat>
  <laureat>
    <raisonSociale>Électropuces de l'Odet</raisonSociale>
    <commune insee="29232">Quimper</commune>
    <investissement>2500000</investissement>
    <aide>600000</aide>
    <emploisCrees>12</emploisCrees>
  </laureat>
</laureats>
"""


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


def test_json_export_records_become_laureates():
    text = read_bytes(json.dumps(JSON_EXPORT, ensure_ascii=False).encode(), "export.txt")
    assert "Entreprise | Commune nom | Commune departement" in text
    got = laureates(text)
    assert set(got) == {"Céramiques du Berry", "Optoloire"}
    assert got["Céramiques du Berry"]["commune_insee"] == "18279"
    assert got["Céramiques du Berry"]["investment_eur"] == 1_250_000
    assert got["Céramiques du Berry"]["aid_eur"] == 250_000
    assert got["Céramiques du Berry"]["jobs_created"] == 8
    assert got["Optoloire"]["commune_insee"] == "45234" and got["Optoloire"]["jobs_created"] is None


def test_xml_export_records_become_laureates():
    text = read_bytes(XML_EXPORT.encode(), "export.txt")
    assert "Programme : (Re)localisation dans les secteurs critiques" in text
    got = laureates(text)
    assert set(got) == {"Nutrisol Bretagne", "Électropuces de l'Odet"}
    assert got["Nutrisol Bretagne"]["commune_insee"] == "22278"
    assert got["Électropuces de l'Odet"]["aid_eur"] == 600_000
    assert got["Électropuces de l'Odet"]["jobs_created"] == 12


def test_prose_html_and_broken_data_are_not_data():
    assert data_to_text("Le préfet annonce trois lauréats.") is None
    assert data_to_text("<!DOCTYPE html><html><body><p>x</p></body></html>") is None
    assert data_to_text('<?xml version="1.0"?><html><body><p>x</p></body></html>') is None
    assert data_to_text('{"laureats": [') is None
    assert data_to_text("<laureats><laureat>") is None
    assert data_to_text("[1, 2") is None


def test_xhtml_page_still_read_as_html():
    page = '<?xml version="1.0"?><html><body><h1>Lauréats</h1><script>alert(1)</script><p>Texte</p></body></html>'
    text = read_bytes(page.encode(), "page.txt")
    assert "alert" not in text and "Lauréats" in text


@settings(max_examples=60, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=25))
def test_any_json_never_crashes(value):
    data = json.dumps(value).encode()
    try:
        text = read_bytes(data, "x.txt")
    except Exception as exc:  # only the readers' French error is allowed
        assert type(exc).__name__ == "DocumentError"
        return
    extract(text)


def test_tab_separated_table_with_an_aid_column_needs_no_other_cue():
    text = ("Entreprise\tCommune\tDépartement\tInvestissement (€)\tAide (€)\tEmplois créés\n"
            "Céramiques du Berry\tVierzon\t18\t1 250 000\t250 000\t8\n"
            "Optoloire\tOrléans\t45\t3 400 000\t500 000\t21\n")
    got = laureates(text)
    assert set(got) == {"Céramiques du Berry", "Optoloire"}
    assert got["Optoloire"]["aid_eur"] == 500_000


def test_list_of_beneficiaries_in_aligned_columns():
    text = ("LISTE DES BENEFICIAIRES - FONDS TERRITOIRES D'INDUSTRIE - AUVERGNE-RHONE-ALPES\n\n"
            "Entreprise                    Commune                 Dép.   Investissement   Montant\n"
            "Décolletage Arvien            Cluses                  74     3 200 000 €      400 000 €\n"
            "Plasturgie Oyonnaxienne       Oyonnax                 01     1 800 000 €      250 000 €\n"
            "Textiles du Pilat             Bourg-Argental          42       950 000 €      150 000 €\n")
    got = laureates(text)
    assert set(got) == {"Décolletage Arvien", "Plasturgie Oyonnaxienne", "Textiles du Pilat"}
    assert got["Plasturgie Oyonnaxienne"]["commune_insee"] == "01283"


@pytest.mark.parametrize("heading", ["Entreprise\tCommune\tAide (€)", "Entreprise | Commune | Aide (€)"])
def test_call_name_stops_at_the_end_of_its_line(heading):
    text = f"Lauréats de l'appel à projets Relocalisation\n\n{heading}\nOptoloire\tOrléans\t500 000\n"
    assert extract(text).to_dict()["announcement"]["programme"] == "Relocalisation"


MARKDOWN_FICHES = """# Pack Relocalisation — Région Pays de la Loire : les lauréats de la session de juin

La commission permanente du 18 juin a attribué 1,5 M€ à deux entreprises.

## Atlantique Composites
- **Site :** Saint-Nazaire (44)
- **Aide régionale :** 800 000 €
- **Emplois créés :** 25

## Mayenne Électronique
- **Site :** Laval (53)
- **Aide régionale :** 700 000 €
"""


def test_markdown_fiches_under_headings():
    got = laureates(MARKDOWN_FICHES)
    assert set(got) == {"Atlantique Composites", "Mayenne Électronique"}
    assert got["Atlantique Composites"]["commune_insee"] == "44184"
    assert got["Atlantique Composites"]["aid_eur"] == 800_000 and got["Atlantique Composites"]["jobs_created"] == 25
    assert got["Mayenne Électronique"]["commune_insee"] == "53130"


THREAD = """🧵 1/3 Bonne nouvelle pour l'industrie en #Normandie : 2 entreprises lauréates de l'appel à projets #Résilience ! 👇

2/3 🏭 Fonderie de la Plaine de Caen à Mondeville (14) : 1,8 M€ investis, 400 k€ d'aide de l'État, 12 emplois à la clé.

3/3 💊 Biopharm Seine à Val-de-Reuil (27) relocalise un principe actif : 6 M€ d'investissement, soutien de 1,5 M€ #santé
"""


def test_thread_numbers_emoji_and_hashtags_are_not_part_of_names():
    result = extract(THREAD).to_dict()
    got = {lau["organisation"]: lau for lau in result["laureates"]}
    assert set(got) == {"Fonderie de la Plaine de Caen", "Biopharm Seine"}
    assert got["Biopharm Seine"]["commune_insee"] == "27701" and got["Biopharm Seine"]["aid_eur"] == 1_500_000
    assert result["announcement"]["programme"] == "Résilience"
    # offsets are those of the text as given
    s, e = got["Biopharm Seine"]["evidence"]["organisation"]
    assert THREAD[s:e] == "Biopharm Seine"


WIKI = """== Lauréats du plan de relance ==
En 2021, plusieurs entreprises de la vallée ont été lauréates de l'appel à projets « Résilience » :
* [[Décolletage Maurienne]], à Saint-Jean-de-Maurienne, pour une ligne de décolletage automatisée (aide de 380 000 €)<ref>Le Dauphiné, 4 mars 2021</ref> ;
* Alpes Fonderie Technique, à Modane (Savoie), soutenue à hauteur de 520 000 € pour un four à induction<ref name="pref" /> ;
* la PME [[Savoie Lames]] (Albertville), qui a obtenu 250 000 €.
"""


def test_wiki_links_and_references():
    got = laureates(WIKI)
    assert set(got) == {"Décolletage Maurienne", "Alpes Fonderie Technique", "Savoie Lames"}
    assert got["Décolletage Maurienne"]["aid_eur"] == 380_000
    assert got["Savoie Lames"]["commune_insee"] == "73011"


def test_fiche_on_one_line_with_bars():
    text = ("Appel à projets « (Re)localisation dans les secteurs critiques » — notification des aides (vague 3)\n\n"
            "Bénéficiaire : LABORATOIRES DU FOREZ | SIRET : 412 345 678 00021 | Commune : Montbrison (42) | "
            "Investissement : 7 300 000 € | Aide : 1 460 000 € | Emplois créés : 22\n"
            "Bénéficiaire : ÉLECTROLYSE DU VELAY | Commune : Le Puy-en-Velay (43) | Aide : 420 000 €\n")
    got = laureates(text)
    assert set(got) == {"LABORATOIRES DU FOREZ", "ÉLECTROLYSE DU VELAY"}
    assert got["LABORATOIRES DU FOREZ"]["commune_insee"] == "42147"
    assert got["LABORATOIRES DU FOREZ"]["aid_eur"] == 1_460_000 and got["LABORATOIRES DU FOREZ"]["jobs_created"] == 22
    assert got["ÉLECTROLYSE DU VELAY"]["aid_eur"] == 420_000


def test_departement_column_gives_the_departement_not_a_homonym_commune():
    text = ("Relocalisation : 3 nouveaux lauréats pour l'appel à projets « (Re)localisation dans les secteurs critiques ».\n\n"
            "Nom de l'entreprise | Région | Département | Secteur | Nom du projet\n"
            "PHARMALP | Auvergne-Rhône-Alpes | Isère | Santé | ANTIBIO-ALP\n"
            "Gascogne Protéines | Nouvelle-Aquitaine | Landes | Agroalimentaire | PROTEILAND\n"
            "NORDSEMI | Hauts-de-France | Nord (59) | Électronique | WAFER+\n")
    got = laureates(text)
    assert got["PHARMALP"]["department_code"] == "38" and got["PHARMALP"]["region_code"] == "84"
    # « Landes » is also a commune of Charente-Maritime (17202): the column says it is the département
    assert got["Gascogne Protéines"]["department_code"] == "40" and got["Gascogne Protéines"]["commune_insee"] is None
    assert got["NORDSEMI"]["department_code"] == "59"


def test_spreadsheet_paste_with_administrative_headings():
    text = ("Fonds Relocalisation Grand Est — bénéficiaires 2022\n\n"
            "Structure bénéficiaire\tVille d'implantation\tCoût total HT\tMontant attribué\tCréations d'emplois\n"
            "ALSAPLAST SAS\tHaguenau\t1 250 000,00\t187 500,00\t6\n"
            "Moselle Précision\tForbach\t640 000,00\t96 000,00\t3\n")
    got = laureates(text)
    assert set(got) == {"ALSAPLAST", "Moselle Précision"}
    assert got["ALSAPLAST"]["commune_insee"] == "67180"
    assert got["ALSAPLAST"]["investment_eur"] == 1_250_000 and got["ALSAPLAST"]["aid_eur"] == 187_500
    assert got["Moselle Précision"]["jobs_created"] == 3


def test_total_with_a_part_of_state_aid():
    # « (4,1 M€, dont 900 000 € de l'État) »: the total is the investment, the part the aid
    text = ("Le préfet a présenté les lauréats régionaux du volet « Résilience » de France Relance.\n\n"
            "À Figeac (Lot), le sous-traitant Quercy Usinage investit 3,4 M€ dans un îlot robotisé (aide : 850 000 €).\n"
            "Dans l'Aude, à Limoux, la coopérative Vignerons du Razès construit une unité de conditionnement "
            "(4,1 M€, dont 900 000 € de l'État).\n")
    got = laureates(text)
    assert got["Vignerons du Razès"]["investment_eur"] == 4_100_000
    assert got["Vignerons du Razès"]["aid_eur"] == 900_000


def test_a_name_after_an_elided_article_is_a_candidate():
    from relocalisation.ingestion.press import candidates
    from relocalisation.ingestion.press.extract import Document, Extractor

    text = "Montpellier accueillera la nouvelle ligne de cartes électroniques d'Héraultronic (2,6 M€ ; aide de 650 000 €)."
    doc = Document(Extractor(), text, "t")
    doc._locate()
    found = {c.name: c.sources for c in candidates.generate(doc)}
    assert found["Héraultronic"] == {"cap_elided"}


def test_the_seat_yields_to_the_site_named_in_the_same_passage():
    text = ("Quatre entreprises bretonnes figurent parmi les lauréats de l'appel à projets « Résilience ».\n\n"
            "Basée à Brest, la start-up Océalis industrialise à Landerneau la production de capteurs sous-marins. "
            "Coût du projet : 2 M€ ; subvention : 500 000 €.\n")
    from relocalisation.ingestion.press.extract import Extractor

    got = {lau["organisation"]: lau for lau in Extractor(classifier=None)(text).to_dict()["laureates"]}
    assert got["Océalis"]["commune_insee"] == "29103"  # Landerneau, not Brest (29019)


def test_a_grant_decision_states_its_maximum():
    text = ("Arrêté portant attribution d'une subvention au titre du fonds d'accélération des investissements "
            "industriels dans les territoires\n\n"
            "Article 1er : Une subvention d'un montant maximum de 245 000 € est attribuée à la société PORCELAINES DU "
            "LIMOUSIN SAS (SIREN 512 345 678), sise 12 rue des Arts, 87000 Limoges, pour la réalisation d'un four "
            "tunnel électrique, dont le coût total éligible s'élève à 1 225 000 € HT.\n")
    (lau,) = extract(text).to_dict()["laureates"]
    assert (lau["commune_insee"], lau["aid_eur"], lau["investment_eur"]) == ("87085", 245_000, 1_225_000)
    # a ceiling per project stays a ceiling
    text = "Lauréats : l'aide, d'un montant maximum de 800 000 € par projet, va à Optoloire (Orléans) : 300 000 €.\n"
    assert all(lau["aid_eur"] != 800_000 for lau in extract(text).to_dict()["laureates"])


def test_deliberation_table_with_eligible_expense_and_proposed_amount():
    text = ("CONSEIL RÉGIONAL DE NORMANDIE — COMMISSION PERMANENTE DU 14 JUIN 2021\n"
            "Délibération n° CP 2021-06-112 — Dispositif « Impulsion Relocalisation »\n\n"
            "La commission permanente décide d'attribuer les aides suivantes :\n\n"
            "Bénéficiaire | Commune | Objet | Dépense subventionnable | Taux | Montant proposé\n"
            "SARL NORMANDIE VERRE TECHNIQUE | Évreux | Four de fusion électrique | 1 400 000 € | 20 % | 280 000 €\n"
            "SAS CIDRES DU BOCAGE | Domfront en Poiraie | Ligne de pressage | 650 000 € | 20 % | 130 000 €\n"
            "TOTAL | | | 2 050 000 € | | 410 000 €\n")
    result = extract(text).to_dict()
    got = {lau["organisation"]: lau for lau in result["laureates"]}
    assert set(got) == {"NORMANDIE VERRE TECHNIQUE", "CIDRES DU BOCAGE"}  # the legal form before the name is dropped
    assert (got["NORMANDIE VERRE TECHNIQUE"]["investment_eur"], got["NORMANDIE VERRE TECHNIQUE"]["aid_eur"]) == \
        (1_400_000, 280_000)
    assert (result["announcement"]["investment_eur"], result["announcement"]["aid_eur"]) == (2_050_000, 410_000)


def test_people_hired_are_jobs_created():
    text = ("Deux PME iséroises soutenues par l'État dans le cadre de France Relance.\n\n"
            "La première, Alpes Optique Industrie, installée à Moirans, va investir 3,2 millions d'euros dans une salle "
            "blanche. L'État apporte 640 000 euros. « Nous allons recruter une quinzaine de techniciens », indique "
            "son président.\n")
    (lau,) = extract(text).to_dict()["laureates"]
    assert lau["jobs_created"] == 15


HEADLINE = ("Relance : Sotralentz Packaging décroche 800 000 € pour son usine de Drulingen\n\n"
            "L'industriel alsacien fait partie des lauréats de l'appel à projets « Résilience ». L'entreprise, qui emploie "
            "320 salariés dans le Bas-Rhin, va investir 4 millions d'euros dans une nouvelle ligne d'extrusion-soufflage "
            "de fûts en plastique. L'aide de l'État s'élève à 800 000 euros et 22 postes seront créés d'ici fin 2022.\n")


def test_a_headline_names_the_laureate_of_the_article():
    (lau,) = extract(HEADLINE).to_dict()["laureates"]
    assert lau["organisation"] == "Sotralentz Packaging" and lau["commune_insee"] == "67105"
    assert (lau["investment_eur"], lau["aid_eur"], lau["jobs_created"]) == (4_000_000, 800_000, 22)


def test_a_headline_without_support_names_no_laureate():
    text = HEADLINE.replace("décroche 800 000 € pour son usine", "ferme son usine").replace(
        "fait partie des lauréats de l'appel à projets « Résilience »", "ne sera pas repris")
    assert extract(text).to_dict()["laureates"] == []


def test_a_dateline_places_the_laureate_of_a_local_article():
    text = ("Saint-Dié-des-Vosges. La scierie Vosges Bois Massif lauréate de France Relance\n\n"
            "Le dossier avait été déposé en janvier. La scierie Vosges Bois Massif, implantée dans la zone de la "
            "Madeleine, vient d'apprendre qu'elle bénéficiera d'une subvention de 350 000 € au titre du fonds "
            "d'accélération des investissements industriels dans les territoires. Six emplois seront créés.\n")
    (lau,) = extract(text).to_dict()["laureates"]
    assert lau["organisation"] == "Vosges Bois Massif" and lau["commune_insee"] == "88413"
