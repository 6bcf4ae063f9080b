"""Shapes met in the third fresh held-out set (issue 6, helper press4): places glued to names, names in
enumerations with their commune in brackets, call headings. Sentences written for the tests."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.places import default_gazetteer


def laureates(text, spacy=False):
    return {lau["organisation"]: lau for lau in extract(text, use_spacy=spacy).to_dict()["laureates"]}


def test_enumeration_of_names_with_their_commune_in_brackets():
    text = ("Relance industrielle en Dordogne.\n\nQuatre PME sont lauréates, pour 1,2 million d'euros au total : "
            "Tannerie Vézère (Montignac-Lascaux), Boisdor (Nontron), Verrerie Lucas (Terrasson) et Mécafil (Sarlat, 24).")
    got = laureates(text)
    assert set(got) == {"Tannerie Vézère", "Boisdor", "Verrerie Lucas", "Mécafil"}
    assert got["Boisdor"]["commune_insee"] == "24311"
    assert got["Tannerie Vézère"]["commune_insee"] == "24291"


def test_a_bracket_that_is_not_a_place_stays_out_of_the_enumeration():
    text = "Appel à projets.\n\nSont lauréates : Ondulys (PME), Kervalis et Brasseries du Ried."
    assert "Ondulys (PME)" not in laureates(text)


def test_commune_with_its_hyphens_misplaced_is_found():
    gaz = default_gazetteer()
    (p,) = [p for p in gaz.spot("une usine à Essômes-surMarne (Aisne)") if p.kind == "commune"]
    assert p.candidates[0].code == "02290"
    (p,) = [p for p in gaz.spot("installée à Saint Laurent-de la-Prée.") if p.kind == "commune"]
    assert p.candidates[0].code == "17353"
    # Short words glued together are not a place.
    assert not [p for p in gaz.spot("le groupe Saintlaurent") if p.kind == "commune"]


def test_commune_glued_to_the_name_after_de_or_a():
    text = ("France Relance : soutien à l'investissement industriel.\n\nLe sous-préfet a remis hier une aide de "
            "180 000 euros à l'entreprise TRX+ de Saint-Laurent-de-la-Prée pour robotiser son atelier.")
    (lau,) = laureates(text).values()
    assert (lau["organisation"], lau["commune_insee"], lau["aid_eur"]) == ("TRX+", "17353", 180000)
    text = ("Les entreprises lauréates de l'Aisne sont : Vitrex à Essômes-surMarne, Carbolux à Hirson et "
            "Ardelis à Tergnier.")
    got = laureates(text)
    assert set(got) == {"Vitrex", "Carbolux", "Ardelis"}
    assert got["Vitrex"]["commune_insee"] == "02290"


def test_a_word_and_a_one_word_commune_after_de_remain_a_name():
    text = ("Plan de relance : trois lauréats.\n\nLa société Fonderie de Bretenoux (Lot) bénéficie d'une aide "
            "de 300 000 euros pour moderniser ses fours.")
    assert "Fonderie de Bretenoux" in laureates(text)


def test_a_call_heading_a_count_is_not_a_laureate():
    text = ("Bilan du plan de relance dans le département :\n\n• Appel à projets territorial : 6 entreprises\n"
            "• Appel à projets Résilience : 1 entreprise\n• Fonds aéronautique : 2 entreprises\n")
    assert not {"Appel", "Fonds aéronautique"} & set(laureates(text))


def test_name_and_departement_in_an_aside():
    text = ("Vingt nouvelles entreprises sont lauréates du fonds d'accélération, dans des secteurs variés : des "
            "fromages d'alpage (Fromagerie Alpina dans la Savoie) aux capteurs (Captelis, en Isère), en passant par "
            "les textiles techniques de Tissex (Loire).")
    got = laureates(text)
    assert {"Fromagerie Alpina", "Captelis", "Tissex"} <= set(got)
    assert got["Fromagerie Alpina"]["department_code"] == "73"
    assert got["Captelis"]["department_code"] == "38"
    # « (Loire) » is the département, not the commune Loiré (Maine-et-Loire) written without its accent.
    assert (got["Tissex"]["department_code"], got["Tissex"]["commune_insee"]) == ("42", None)


def test_paragraph_opening_with_name_and_activity_in_brackets():
    text = ("Appel à projets Résilience : 12 premiers lauréats.\n\n"
            "Vitalab (chimie pharmaceutique) investit dans une unité de principes actifs sur son site de Limay (78).\n\n"
            "Orthomed (dispositifs médicaux) va doubler sa production de prothèses à Besançon (25).\n")
    got = laureates(text)
    assert {"Vitalab", "Orthomed"} <= set(got)
    assert got["Vitalab"]["sector"] == "santé"
    assert got["Orthomed"]["commune_insee"] == "25056"


def test_subsidies_of_the_whole_plan_are_not_the_laureates_aid():
    text = ("Plan de relance en Corrèze.\n\nPrès de 70 millions d'euros de subventions ont déjà été accordés dans le "
            "département à des entreprises, des collectivités et des ménages. Cinq entreprises sont lauréates, pour un "
            "montant total de subventions de 2,6 millions d'euros : Mécalim (Tulle), Boisdor (Ussel) et Corrèze Inox "
            "(Brive-la-Gaillarde).")
    ann = extract(text, use_spacy=False).to_dict()["announcement"]
    assert ann["aid_eur"] == 2_600_000


def test_short_form_of_a_commune_next_to_a_sibling_in_brackets():
    text = ("Plan de relance en Dordogne.\n\nLes appels à projets ont permis d'accorder 1,8 million d'euros de "
            "subventions à Cuirs Vézère (Terrasson) et Mécanor (Sainte-Alvère) pour moderniser leurs ateliers.")
    got = laureates(text)
    assert set(got) == {"Cuirs Vézère", "Mécanor"}
    # « Terrasson » alone is Terrasson-Lavilledieu, the only commune whose name starts with it.
    assert got["Cuirs Vézère"]["commune_insee"] == "24547"


def test_no_short_form_without_a_unique_commune():
    gaz = default_gazetteer()
    assert [r.code for r in gaz.communes_starting("Terrasson")] == ["24547"]
    assert len(gaz.communes_starting("Saint")) > 1  # many communes: not a short form (never used)
    assert len(gaz.communes_starting("Sainte Marie")) == 0  # a commune of that exact name exists


def test_a_name_that_is_also_a_commune_is_a_company_with_its_legal_form():
    # « Boyer » is a commune (Loire, Saône-et-Loire); « Boyer SA » is a company.
    text = ("Plan de relance dans l'Aisne : les entreprises soutenues sont Verdix à Hirson, Boyer SA à Harly et "
            "Clarelis à Tergnier.")
    got = laureates(text)
    assert {"Verdix", "Boyer", "Clarelis"} <= set(got)
    assert got["Boyer"]["commune_insee"] == "02371"
    assert "Boyer" not in laureates("Plan de relance : les entreprises soutenues sont Verdix à Hirson, Boyer et Tergnier.")
