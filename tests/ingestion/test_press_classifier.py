"""Learned candidate classifier (issue 6): the shipped model, its features, and what it adds to the rules.
Sentences written for these tests; companies and people are invented."""
import json
from io import StringIO

from django.core.management import call_command

from relocalisation.ingestion.press import extract
from relocalisation.ingestion.press.candidates import features, generate
from relocalisation.ingestion.press.classifier import MODEL_PATH, Classifier, Collector, default_classifier
from relocalisation.ingestion.press.extract import Extractor

# Two laureates named in prose the rules do not know: « Pour X, à Commune, … » (« Chez X, » became a rule in the
# fifteenth session), « Plus au sud, X, implantée à … ».
ORNE = """Industrie : l'Orne compte deux nouveaux lauréats

Grâce au soutien de l'État, deux entreprises ornaises vont moderniser leurs usines. Le préfet de l'Orne s'est félicité de ces choix.

Pour Tôlerie Besnard, à Flers, une nouvelle cabine de peinture sera installée d'ici l'été pour 800 000 euros d'investissement, dont 240 000 euros de subvention.

Plus au sud, Plasturgie du Perche, implantée à Mortagne-au-Perche, financera une presse à injecter électrique ; dix emplois sont prévus.
"""

CALVADOS = """Relance industrielle : des projets soutenus dans le Calvados

Mardi, la préfète Martine Lebrun et la Région Normandie ont visité plusieurs ateliers. Autre dossier retenu par Bpifrance,
celui de Biscuiterie Vautier à Falaise, qui investit 1,2 million d'euros dans une ligne de cuisson et prévoit 12 recrutements.
"""


def laureates(text, classifier="default"):
    return {lau["organisation"]: lau for lau in extract(text, use_spacy=False, classifier=classifier).to_dict()["laureates"]}


def test_the_shipped_model_loads_and_is_small():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["format"] == "press-candidate-logreg/1"
    clf = Classifier.load()
    assert 0.3 <= clf.threshold < 1 and 50 < len(clf.weights) < 10_000  # (5 600 weights: 130 kB of JSON)
    assert default_classifier() is not None
    # No word of an article: context words are lower-case common words, names never appear.
    lexical = [k.split(":", 1)[1] for k in clf.weights if k.startswith(("l1:", "l2:", "r1:", "r2:", "lw:", "rw:"))]
    assert lexical and all(w == w.lower() for w in lexical)


def test_features_are_deterministic():
    def run():
        collector = Collector()
        Extractor(use_spacy=False, classifier=collector)(ORNE, "orne.txt")
        return [(c.name, c.start, c.end, sorted(c.features.items())) for c in collector.documents[0][2]]

    first = run()
    assert first == run()
    by_name = {name: dict(feats) for name, _, _, feats in first}
    assert by_name["Tôlerie Besnard"]["place_after:a"] == 1.0
    assert by_name["Plasturgie du Perche"].get("lex:commune") is None


def test_a_new_phrasing_is_found_by_the_classifier_only():
    # the rules miss « Pour X, à Commune, … » (« Plus au sud, X, implantée à A, verbe » is now a rule of their own)
    assert set(laureates(ORNE, classifier=None)) == {"Plasturgie du Perche"}
    found = laureates(ORNE)
    assert set(found) == {"Tôlerie Besnard", "Plasturgie du Perche"}
    besnard = found["Tôlerie Besnard"]
    assert (besnard["commune_name"], besnard["investment_eur"], besnard["aid_eur"]) == ("Flers", 800000, 240000)
    assert found["Plasturgie du Perche"]["jobs_created"] == 10
    # Below the rules' confidence: a person checks these first.
    assert besnard["confidence"]["organisation"] < 0.55


def test_institutions_places_and_people_are_not_laureates():
    found = laureates(CALVADOS)
    assert "Biscuiterie Vautier" in found
    assert not {"Région Normandie", "Bpifrance", "Martine Lebrun", "Calvados", "Falaise", "Relance"} & set(found)
    assert not {"Orne", "État", "Industrie"} & set(laureates(ORNE))


def test_candidates_cover_names_in_any_shape():
    doc_text = "Les lauréats : la PME Photoval, ATELIERS  DU  LITTORAL (Vannes), 3. Forges Dumas et Cie."
    ex = Extractor(use_spacy=False, classifier=Collector())
    ex(doc_text, "x")
    names = {c.name for c in ex.classifier.documents[0][2]}
    assert {"Photoval", "ATELIERS DU LITTORAL", "Forges Dumas et Cie"} <= names


def test_generate_and_features_need_no_model():
    ex = Extractor(use_spacy=False, classifier=None)
    from relocalisation.ingestion.press.extract import Document

    doc = Document(ex, ORNE, "orne.txt")
    doc.places = ex.gaz.spot(ORNE)
    doc.p_starts = [p.start for p in doc.places]
    cands = generate(doc)
    features(doc, cands, [])
    assert all(c.features["bias"] == 1.0 for c in cands)


def test_eval_press_measures_rules_alone_or_with_the_classifier(tmp_path):
    (tmp_path / "orne.txt").write_text(ORNE, encoding="utf-8")
    gold = {"documents": [{"source": "orne.txt", "laureates": [
        {"organisation": "Tôlerie Besnard", "commune_insee": "61169"},
        {"organisation": "Plasturgie du Perche", "jobs_created": 10}]}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")

    def laureates_found(*flags):
        out = StringIO()
        call_command("eval_press", str(tmp_path / "gold.json"), str(tmp_path), "--json", *flags, stdout=out)
        return json.loads(out.getvalue())["laureates"]["tp"]

    assert laureates_found() == 2
    assert laureates_found("--sans-classifieur") == 1  # « Pour X, à Commune, … » is the classifier's


def test_a_name_described_once_as_the_consultant_is_not_a_laureate_elsewhere():
    """With a model that accepts every candidate, the consultant's second mention (no « le cabinet » next
    to it) is still refused, while a company in the same context is kept."""
    from relocalisation.ingestion.press.classifier import Classifier
    from relocalisation.ingestion.press.extract import Extractor

    text = ("Trois entreprises du bassin sont lauréates du fonds de relance.\n\n"
            "Bertolis, le cabinet choisi par la préfecture, accompagnera les projets retenus.\n"
            "Bertolis va aussi recenser les entreprises susceptibles de bénéficier d'une subvention.\n"
            "Fonderies Marchal investit 3 millions d'euros avec une aide de 500 000 euros.\n")
    accept_all = Classifier({}, bias=10.0, threshold=0.5)
    names = [lau.get("organisation") for lau in Extractor(classifier=accept_all)(text).laureates]
    assert "Bertolis" not in names
    assert "Fonderies Marchal" in names
