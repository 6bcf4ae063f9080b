"""Shapes no company name has, whatever the text around it (eighteenth session): a count, a run cut before its end,
a writer's adverbial, a phrase of common words, a newspaper. Each was proposed as a laureate somewhere in the
synthetic sets and none of those proposals was one. Invented companies; real communes."""
import pytest

from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.extract import _DATE_IN_NAME, clean_org


def laureates(text):
    return {lau["organisation"]: lau for lau in extract(text).to_dict()["laureates"]}


@pytest.mark.parametrize("run", [
    "57 salariés", "2 en agroalimentaire", "1 en plasturgie", "8 nouveaux postes dans l'équipe",  # counts
    "Ligne de stérilisation et", "MICROTECHNIQUES DU", "Publiée le",  # cut before their end
    "De son côté", "Enfin", "Pour sa part",  # the writer's adverbials
    "Radios 5G pour petites cellules", "Prix indicatifs payés aux producteurs",  # phrases of common words
    "Seul lauréat normand du volet 5G cette année", "Fiches projets des lauréats régionaux",
    "Télécom & Réseaux Hebdo", "Agro Process Magazine", "L'Écho du Bocage", "Le Courrier des Alpes",  # newspapers
])
def test_runs_shaped_like_no_company_name_are_refused(run):
    assert clean_org(run, 0) is None


@pytest.mark.parametrize("name", [
    "Société méridionale de traitements phosphatés",  # an old name opens with its company noun
    "Société vosgienne des composites", "Chimie rhénane des fluides", "Laiterie coopérative du Haut-Anjou",
    "3D Plus", "1001 Fontaines", "Armor Ondes Radio", "Sémaphore Radio", "Conserverie de la Liane",
])
def test_names_with_small_words_digits_or_trades_are_kept(name):
    assert clean_org(name, 0)[0] == name


def test_a_newspaper_quoted_as_a_source_is_no_laureate():
    text = ("La filière plasturgie à l'honneur\n\n"
            "Selon Télécom & Réseaux Hebdo, la société Armorik Plast, à Lannion, figure parmi les lauréats du volet "
            "5G. Elle investit 3 M€.\n\n"
            "Le Courrier du Trégor, qui a révélé l'information, précise que 12 emplois seront créés.\n")
    got = laureates(text)
    assert set(got) == {"Armorik Plast"}
    assert got["Armorik Plast"]["commune_insee"] == "22113"


@pytest.mark.parametrize("run", ["Malgré son nom", "Dans", "Selon les services de l'État"])
def test_a_preposition_opens_a_sentence_not_a_name(run):
    assert clean_org(run, 0) is None


@pytest.mark.parametrize("run", ["Séance du 22 juin 2021", "TI-OCC-2022-041", "Vague de novembre", "Octobre 2021",
                                 "Save the date ➡ 17 juin", "Série A closée le 22 juin"])
def test_dates_read_as_names_are_no_laureates(run):
    # (dropped from the laureates once the passages are cut, not refused as headers: such a line still closes the
    # passage before it)
    assert _DATE_IN_NAME.search(run)


@pytest.mark.parametrize("name", ["Mars Wrigley", "Fonderie Mai", "Juin Industrie", "Grâcieuse Biscuiterie"])
def test_month_words_inside_a_name_without_a_day_or_a_year_are_kept(name):
    assert clean_org(name, 0)[0] == name and not _DATE_IN_NAME.search(name)


@pytest.mark.parametrize("run", ["Nature aide", "N° dossier", "Chef de projet TI", "Versement de la subvention",
                                 "Nouveaux lauréats — détail", "Montant eur", "Lauréat Entreprise", "Soit pour la Corse"])
def test_the_call_s_own_words_are_no_names(run):
    assert clean_org(run, 0) is None
