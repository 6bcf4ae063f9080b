"""Shapes met in the fourth fresh held-out set (issue 6, helper rules4): a laureate named in one paragraph and
declared laureate in the next, asides naming several companies, enumerations whose amounts sit in brackets or
right after the commune, paragraphs opened by a name in capitals, « celui de X », announcement figures that are
not totals. Sentences written for the tests (no name or sentence of an article)."""
from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.numbers import find_quantities


def run(text, spacy=False):
    return extract(text, use_spacy=spacy).to_dict()


def laureates(text, spacy=False):
    return {lau["organisation"]: lau for lau in run(text, spacy)["laureates"]}


VISITS = (
    "Quatrième journée de la relance dans le département\n\n"
    "Arrondissement de Lens\n\n"
    "Le sous-préfet a visité l'entreprise VERNADIS, située à Liévin.\n\n"
    "Cette entreprise, spécialisée dans les joints pour l'automobile, est lauréate du fonds de modernisation "
    "de la filière automobile et bénéficie d'une aide de l'Etat de 412 300 euros.\n\n"
    "Cette aide lui permettra de robotiser son atelier.\n\n"
    "Arrondissement de Béthune\n\n"
    "La sous-préfète s'est rendue dans l'entreprise PLASTIVAL, située à Harnes.\n\n"
    "Cette entreprise, qui fabrique des bouchons, est lauréate de l'appel à projets Résilience et bénéficie "
    "d'une aide de l'Etat de 230 000 euros. Le projet devrait créer 6 nouveaux postes.\n")


def test_named_in_one_paragraph_laureate_in_the_next():
    out = run(VISITS)
    got = {lau["organisation"]: lau for lau in out["laureates"]}
    assert set(got) == {"VERNADIS", "PLASTIVAL"}
    assert (got["VERNADIS"]["commune_insee"], got["VERNADIS"]["aid_eur"]) == ("62510", 412300)
    assert (got["PLASTIVAL"]["commune_insee"], got["PLASTIVAL"]["aid_eur"]) == ("62413", 230000)
    assert got["PLASTIVAL"]["jobs_created"] == 6
    # The first laureate's aid is not the announcement's.
    assert out["announcement"]["aid_eur"] is None


def test_a_visit_without_support_in_the_next_paragraph_is_no_laureate():
    text = ("Journée de la relance.\n\nLe préfet a visité l'entreprise VERNADIS, située à Liévin.\n\n"
            "Cette entreprise fabrique des joints depuis 1950 et emploie 40 salariés.\n\n"
            "Plus tard, trois PME ont été retenues par le fonds de modernisation.\n")
    assert "VERNADIS" not in laureates(text)


def test_aside_with_several_names_and_their_departement():
    text = ("Vingt premières entreprises lauréates du fonds d'accélération en Bourgogne-Franche-Comté. Le communiqué "
            "détaille les effets attendus : « des ateliers de santé animale seront agrandis (Vetalis en Haute-Saône, "
            "Pharmacor en Côte d'Or), des projets créateurs d'emploi seront accompagnés (Mécajura dans le Jura, "
            "Holding Brunet dans le Doubs) ».")
    got = laureates(text)
    assert {"Vetalis", "Pharmacor", "Mécajura", "Holding Brunet"} <= set(got)
    assert got["Vetalis"]["department_code"] == "70"
    assert got["Pharmacor"]["department_code"] == "21"
    assert got["Mécajura"]["department_code"] == "39"
    assert got["Holding Brunet"]["department_code"] == "25"


def test_aside_cut_by_the_end_of_the_excerpt_keeps_its_names():
    text = ("Douze entreprises lauréates du fonds d'accélération. Des projets seront accompagnés (Mécajura dans le "
            "Jura, Holding Brunet dans l")
    assert {"Mécajura", "Holding Brunet"} <= set(laureates(text))


def test_enumeration_with_amounts_in_brackets():
    text = ("Sur le volet compétitivité, quatre entreprises ont été retenues au titre du fonds de soutien à "
            "l'industrie : Menuiserie Darrigade à Soustons (420 000 euros), Boisléger à Tartas (310 000 euros), "
            "Darriet scieries des Landes à Pissos (250 000 euros) et le fabricant de palettes Palex à "
            "Rion-des-Landes (150 000 euros).\n")
    out = run(text)
    got = {lau["organisation"]: lau for lau in out["laureates"]}
    assert set(got) == {"Menuiserie Darrigade", "Boisléger", "Darriet scieries des Landes", "Palex"}
    assert (got["Boisléger"]["commune_insee"], got["Boisléger"]["aid_eur"]) == ("40313", 310000)
    assert (got["Darriet scieries des Landes"]["commune_insee"], got["Darriet scieries des Landes"]["aid_eur"]) == \
        ("40227", 250000)
    assert (got["Palex"]["commune_insee"], got["Palex"]["aid_eur"]) == ("40243", 150000)
    assert got["Menuiserie Darrigade"]["aid_eur"] == 420000
    assert out["announcement"]["investment_eur"] is None


def test_amount_juxtaposed_or_elided_takes_the_role_of_the_previous_item():
    text = ("Bilan du plan de relance.\n\nDans la filière aéronautique, Aérotec à Biscarrosse se voit attribuer une "
            "subvention de 1,2 million d'euros, et Hélimeca à Mimizan 400 000 euros, pour des avions plus sobres. "
            "Dans le bois, la scierie Darbo à Rion-des-Landes bénéficiera d'une subvention de 700 000 euros, la "
            "scierie Berrouet à Pissos d'1,3 million d'euros pour des chaudières.\n")
    got = laureates(text)
    assert got["Hélimeca"]["aid_eur"] == 400000
    assert got["Berrouet"]["aid_eur"] == 1300000
    assert got["Aérotec"]["aid_eur"] == 1200000


def test_an_amount_alone_after_a_name_is_not_taken_across_a_sentence():
    # An amount without a cue in a sentence of its own stays without role.
    text = ("Deux entreprises sont lauréates.\n\nLa société Boisléger, à Tartas (40), agrandit son atelier. "
            "Le chantier coûtera 2 millions d'euros. Elle bénéficie d'une subvention de 300 000 euros.\n")
    lau = laureates(text)["Boisléger"]
    assert lau["aid_eur"] == 300000


def test_paragraphs_opened_by_a_name_in_capitals():
    text = ("Fonds de soutien à l'investissement industriel : trois nouvelles entreprises lauréates\n\n"
            "Trois entreprises du département rejoignent les lauréats de ce dispositif :\n\n"
            "AEROVOLT, installée sur l'aérodrome de Manosque, conçoit des moteurs électriques pour avions légers. "
            "Son projet d'atelier sera soutenu à hauteur de 600 000 €.\n\n"
            "NOIXCO (LES DÉLICES DU PAYS), spécialiste des pâtes de fruits, modernise sa confiserie de Forcalquier.\n\n"
            "BRASSAL, brasserie artisanale, installe une nouvelle ligne d'embouteillage à Digne-les-Bains.\n")
    got = laureates(text)
    assert {"AEROVOLT", "NOIXCO", "BRASSAL"} <= set(got)
    assert got["AEROVOLT"]["aid_eur"] == 600000
    assert got["BRASSAL"]["commune_insee"] == "04070"


def test_a_paragraph_in_capitals_without_laureate_context_is_not_a_laureate():
    text = ("Agenda de la semaine\n\nLe marché de Noël ouvre samedi.\n\n"
            "ATTENTION, la route de Manosque sera fermée lundi pour travaux.\n")
    assert not laureates(text)


def test_name_then_de_and_a_one_word_commune_of_the_departement_named_after():
    text = ("Plus de cent entreprises sont lauréates du fonds de modernisation. Parmi elles : l'entreprise Morvel "
            "de Tonneins en Lot-et-Garonne, Garonne Outillage de Villeneuve-sur-Lot dans le Lot-et-Garonne.\n")
    got = laureates(text)
    assert "Morvel" in got and "Morvel de Tonneins" not in got
    assert got["Morvel"]["commune_insee"] == "47310"
    assert got["Garonne Outillage"]["commune_insee"] == "47323"
    # A trade noun before « de Commune » keeps its commune: « Fonderie de Bretenoux (Lot) » is a name.
    text = ("Plan de relance : trois lauréats.\n\nLa société Verrerie de Bretenoux en Lot bénéficie d'une aide "
            "de 300 000 euros pour moderniser ses fours.")
    assert "Verrerie de Bretenoux" in laureates(text)


def test_celui_de_and_also_laureate_openers():
    text = ("Fonds de modernisation : deux projets dans la Loire\n\n"
            "Parmi les nouveaux lauréats figure la fonderie Dumas, basée à Firminy, dans la Loire. L'entreprise "
            "compte 30 salariés. Autre projet retenu, celui de Forez Mécanique, qui conçoit des moules pour "
            "l'automobile. Le projet de la PME devrait permettre la création de six emplois.\n\n"
            "Également lauréate, Saint-Chamond Précision Industrie, qui fabrique des pièces de freins.\n")
    got = laureates(text)
    assert {"Dumas", "Forez Mécanique", "Saint-Chamond Précision Industrie"} <= set(got)
    assert got["Forez Mécanique"]["jobs_created"] == 6
    assert got["Dumas"]["jobs_created"] is None


def test_place_of_the_previous_laureate_is_not_carried_over():
    text = ("Les 20 premiers lauréats de l'appel à projets ont été dévoilés. Parmi les gagnants figurent : le "
            "spécialiste de la chimie fine Chimex, qui va investir dans une unité de principes actifs sur son usine "
            "de Salindres (Gard), ou encore le laboratoire lyonnais Perfusia, spécialiste des médicaments "
            "injectables.\n")
    got = laureates(text)
    assert got["Chimex"]["commune_insee"] == "30305"
    assert got["Perfusia"]["commune_insee"] is None
    assert got["Perfusia"]["department_code"] in (None, "69")


def test_keycap_digits_are_a_number():
    (q,) = [q for q in find_quantities("nous dévoilons 1️⃣1️⃣0️⃣ projets lauréats") if q.value]
    assert q.value == 110
    text = ("La ministre a annoncé plus d'une centaine d'entreprises lauréates du fonds de modernisation.\n"
            "Avec le ministre, nous dévoilons 1️⃣1️⃣0️⃣ projets lauréats du fonds, soutenus par l'État.\n")
    assert run(text)["announcement"]["new_laureates"] in (100, 110)


def test_approximate_count_of_laureate_companies():
    text = "La ministre a annoncé ce jeudi plus d'une centaine d'entreprises lauréates du fonds de modernisation.\n"
    assert run(text)["announcement"]["new_laureates"] == 100


def test_eligibility_threshold_is_not_the_investment():
    text = ("Le gouvernement a dévoilé les 25 premiers lauréats de l'appel à projets. Près de 90 dossiers, portant "
            "sur des investissements supérieurs à 1 million d'euros, ont été déposés. L'État espère générer "
            "400 millions d'euros d'investissements industriels.\n")
    assert run(text)["announcement"]["investment_eur"] == 400_000_000


def test_a_top_up_of_the_fund_is_not_an_aid():
    text = ("Quatre nouvelles entreprises lauréates du fonds.\n\nCe fonds vise à aider les industriels. Initialement "
            "doté de 200 millions d'euros, il bénéficie d'un abondement supplémentaire de 150 millions d'euros afin "
            "de poursuivre son déploiement.\n")
    ann = run(text)["announcement"]
    assert ann["aid_eur"] is None
    assert ann["envelope_eur"] in (200_000_000, 150_000_000)


def test_examples_after_comme_in_a_long_sentence():
    text = ("Le plan de relance soutient l'industrie.\n\nUne aide qui va notamment profiter à des entreprises "
            "familiales du département comme Vosgia à Épinal, Bois du Donon à Schirmeck ou encore Cartonnages "
            "Kieffer à Saverne. Cette dernière reçoit une subvention de 300 000 euros.\n")
    got = laureates(text)
    assert {"Vosgia", "Bois du Donon", "Cartonnages Kieffer"} <= set(got)
    assert got["Vosgia"]["commune_insee"] == "88160"
    assert got["Cartonnages Kieffer"]["aid_eur"] == 300000


def test_a_supplementary_subsidy_to_the_fund_is_its_envelope():
    text = ("Neuf nouveaux lauréats du fonds d'accélération.\n\nLe fonds était initialement doté de 250 M€ à l'échelle "
            "nationale, et a été renforcé par une subvention supplémentaire de 120 M€, partagée entre l'État et les "
            "régions.\n")
    ann = run(text)["announcement"]
    assert ann["aid_eur"] is None
    assert ann["envelope_eur"] == 250_000_000


def test_an_illustration_in_euros_is_not_a_total():
    text = ("Le plan de relance a retenu douze entreprises. « Quand l'État verse un euro, cela génère quatre euros "
            "d'investissements », explique le préfet.\n")
    assert run(text)["announcement"]["investment_eur"] is None


def test_figures_of_an_earlier_wave_are_not_this_announcement():
    text = ("France Relance : 12 nouveaux projets lauréats dans la région.\n\nLe fonds, doté de 400 millions d'euros, "
            "bénéficiera en 2022 de 150 millions d'euros supplémentaires, cofinancés par l'État et les régions, au "
            "service des investissements industriels. Ce dispositif a déjà permis de financer 33 projets pour un "
            "montant total de subvention de 14 millions d'euros. La nouvelle vague a permis d'identifier 12 nouveaux "
            "projets lauréats, représentant 4 millions d'euros de subventions pour un total de 31 millions d'euros "
            "d'investissements.\n")
    ann = run(text)["announcement"]
    assert ann["previous_laureates"] == 33
    assert ann["new_laureates"] == 12
    assert ann["aid_eur"] == 4_000_000
    assert ann["investment_eur"] == 31_000_000


def test_count_of_projects_with_a_long_description():
    text = "Relance.\n\nLes sept premiers projets d'investissement industriel ont été présentés hier en préfecture.\n"
    assert run(text)["announcement"]["new_laureates"] == 7


def test_name_after_dont_in_a_bullet_and_a_name_after_a_colon():
    text = ("Les entreprises soutenues par le plan de relance dans le Morbihan :\n\n"
            "- 3 entreprises via le dispositif « territoires d'industrie » dont Atlantique polymères Ouest à Ploërmel ;\n"
            "- 1 entreprise a bénéficié du fonds pour la modernisation de l'aéronautique : Kervo group\n")
    got = laureates(text)
    assert {"Atlantique polymères Ouest", "Kervo group"} <= set(got)
    assert got["Atlantique polymères Ouest"]["commune_insee"] == "56165"


def test_english_and_inside_a_name():
    text = ("Les appels à projets ont permis de soutenir une vingtaine d'entreprises lauréates : « On citera l'agroalimentaire "
            "(Vergers Bleus and Co à Laon, Confitures Bréval à Soissons) ou l'aéronautique (Aérocomp à Hirson) ».\n")
    got = laureates(text)
    assert {"Vergers Bleus and Co", "Confitures Bréval", "Aérocomp"} <= set(got)


def test_commune_with_its_article_in_lowercase_after_a():
    text = ("Plan de relance : trois lauréats.\n\nÀ la Ferté-Bernard (72), la biscuiterie Marlin va investir "
            "2 millions d'euros dans une nouvelle ligne, avec une aide de 400 000 euros.\n")
    assert laureates(text)["Marlin"]["commune_insee"] == "72132"


def test_an_unnamed_branch_of_a_group_makes_the_group_the_laureate():
    text = ("Deux entreprises ont été retenues au titre du fonds de soutien : La division emballage du groupe Cartalis "
            "(500 000 euros) pour une ligne de barquettes sur son site de Mimizan, Boisléger à Tartas (300 000 euros).\n")
    got = laureates(text)
    assert (got["Cartalis"]["aid_eur"], got["Cartalis"]["commune_insee"]) == (500000, "40184")
    # A named subsidiary stays the laureate, not its parent.
    text = ("Le plan de relance soutient trois projets. Dans le Rhône, la filiale du groupe allemand Kraftwerk, "
            "l'entreprise Rhodanie Paliers, a été retenue pour moderniser son usine.\n")
    assert "Kraftwerk" not in laureates(text)


def test_single_company_after_a_colon_and_a_commune_cut_by_the_excerpt():
    text = ("Plan de relance dans les Landes.\n\nUne entreprise a également été identifiée comme faisant partie des "
            "secteurs stratégiques : Ovalis à Mont-de-Mar")
    lau = laureates(text)["Ovalis"]
    assert lau["commune_insee"] != "64396"  # not the commune « Mont » (Pyrénées-Atlantiques)


def test_public_bodies_after_the_new_openers_are_not_laureates():
    text = ("Plan de relance : les lauréats.\n\nLe dispositif retenu est celui de Bpifrance, qui gère les aides.\n\n"
            "Également retenue, Bordeaux Métropole accompagne les entreprises.\n\n"
            "PARIS, le 3 mars 2021 – Le ministre a présenté les entreprises lauréates, soutenues par l'État.\n")
    assert not laureates(text)


def test_the_endowment_beats_an_amount_mobilised():
    text = ("Relance en Corrèze : six lauréats.\n\nLe volet industrie, qui mobilise à lui seul 31 millions d'euros dans "
            "le département, soutient l'investissement. Cette mesure, dotée de 500 millions d'euros à l'échelle "
            "nationale, vise les extensions de sites.\n")
    assert run(text)["announcement"]["envelope_eur"] == 500_000_000


def test_the_previous_article_of_the_page_is_not_read():
    text = ("Revitalisation du bassin d'emploi\n\n2 nouveaux dossiers retenus avec la création de 20 emplois.\n\n"
            "La commission a retenu deux dossiers : Menuiserie Océane à Challans, Vendée Métal à Montaigu.\n\n"
            "Article précédent\n\n9 nouveaux dossiers retenus avec 80 emplois\n\nLa commission a retenu neuf dossiers, "
            "dont Atelier Bocage à Mortagne-sur-Sèvre.\n")
    out = run(text)
    assert out["announcement"]["new_laureates"] == 2
    assert "Atelier Bocage" not in {lau["organisation"] for lau in out["laureates"]}


def test_company_named_after_the_site_it_owns_in_a_list():
    text = ("France Relance : fonds de soutien aux projets industriels.\n\nDans les prochains mois, les projets "
            "suivants seront accélérés :\n\n  • la transformation profonde du site de production de Vosges Papier "
            "Thaon avec une nouvelle machine ;\n  • la modernisation de l'usine de Lunéville ;\n  • l'extension de "
            "l'atelier de découpe de Mécalor à Toul.\n")
    # Rules and classifier: the learned vetting (seventh session) drops « Vosges Papier Thaon » (score 0.06, a name
    # after « du site de production de », no figure) — one of its known misses on short texts.
    got = {lau["organisation"]: lau for lau in extract(text, use_spacy=False, vetting=None).to_dict()["laureates"]}
    assert {"Vosges Papier Thaon", "Mécalor"} <= set(got)
    assert "Lunéville" not in got


def test_company_owning_a_new_unit_in_a_long_caption():
    text = ("Neuf projets accélérés dans la région.\n\nCi-dessus des gaufres fourrées haut de gamme qui doivent être "
            "produites à Douai par une nouvelle unité de Gaufrex Nord, soutenue par France Relance.\n")
    assert laureates(text)["Gaufrex Nord"]["commune_insee"] == "59178"


def test_place_of_origin_in_brackets_is_not_a_company():
    text = ("Plan de relance : quinze lauréats, dont plusieurs en Eure-et-Loir : ainsi, Salaisons Morin (9 M€ de CA en "
            "2019), de Vaudrimont-la-Haie (28), décroche une aide de 300 000 €.\n")
    assert "Vaudrimont-la-Haie" not in laureates(text)


def test_title_case_name_located_on_a_site_and_support_told_by_elle():
    text = ("Quatre nouvelles entreprises lauréates du fonds.\n\nAérovolt, située sur l'aérodrome de Manosque, conçoit "
            "des hélices. Son projet sera soutenu à hauteur de 800 000 €.\n\nLe préfet a rencontré la société Brassal, "
            "installée à Digne-les-Bains.\n\nElle bénéficie d'une subvention de 90 000 euros.\n")
    got = laureates(text)
    assert (got["Aérovolt"]["commune_insee"], got["Aérovolt"]["aid_eur"]) == ("04112", 800000)
    assert got["Brassal"]["aid_eur"] == 90000


def test_aside_items_joined_by_et_and_commas():
    text = ("Vingt entreprises lauréates du fonds d'accélération. Des unités seront renforcées (Vetalis, en Haute-Saône, "
            "et Pharmacor, en Côte-d'Or) et des emplois créés (Mécajura dans le Jura et Holding Brunet dans le Doubs).\n")
    got = laureates(text)
    assert {k: got[k]["department_code"] for k in ("Vetalis", "Pharmacor", "Mécajura", "Holding Brunet")} == \
        {"Vetalis": "70", "Pharmacor": "21", "Mécajura": "39", "Holding Brunet": "25"}


def test_eligibility_from_an_amount_is_not_the_investment():
    text = ("Appel à projets : 14 lauréats.\n\nLe fonds finance les projets industriels à partir de 500 000 euros "
            "d'investissement. Les lauréats investiront 60 millions d'euros au total.\n")
    assert run(text)["announcement"]["investment_eur"] == 60_000_000


def test_amounts_of_a_list_take_the_cue_of_its_introduction():
    for text in ("Les lauréats et leur subvention : Boisléger à Tartas, 310 000 euros ; Palex à Morcenx-la-Nouvelle, "
                 "150 000 euros ; Darbo à Pissos, 90 000 euros.\n",
                 "Trois entreprises sont soutenues par le fonds : Boisléger à Tartas pour 310 000 euros, Palex à "
                 "Morcenx-la-Nouvelle pour 150 000 euros et Darbo à Pissos pour 90 000 euros.\n"):
        got = laureates(text)
        assert [got[k]["aid_eur"] for k in ("Boisléger", "Palex", "Darbo")] == [310000, 150000, 90000]


def test_names_in_capitals_opening_lines_without_blank_lines():
    text = ("Fonds de soutien : trois nouvelles entreprises lauréates.\nTrois entreprises rejoignent les lauréats de ce "
            "dispositif :\nAEROVOLT, installée sur l'aérodrome de\nManosque, conçoit des moteurs électriques. Son projet "
            "est soutenu à hauteur de 300 000 €.\nBRASSAL, brasserie artisanale, installe une nouvelle ligne à "
            "Digne-les-Bains.\nLe préfet a salué ces projets et le travail de la\nDREETS, installée à Marseille, qui "
            "accompagne les entreprises.\n")
    got = laureates(text)
    assert set(got) == {"AEROVOLT", "BRASSAL"}
    assert (got["AEROVOLT"]["commune_insee"], got["AEROVOLT"]["aid_eur"]) == ("04112", 300000)
    assert got["BRASSAL"]["commune_insee"] == "04070"
