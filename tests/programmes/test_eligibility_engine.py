from relocalisation.programmes.eligibility import (
    ELIGIBLE, NOT_ELIGIBLE, TO_CHECK, Place, Profile, RuleOutcome, SectorIndex, combine, evaluate_rule,
    size_category_for,
)

SECTORS = SectorIndex(prefixes={"sante": ["21", "26.60"], "electronique": ["26"]},
                      names={"sante": "santé", "electronique": "électronique"})
BJ = Place("38053", "Bourgoin-Jallieu", "38", "84", frozenset({"200000000"}))


def test_headcount_min_message():
    ok, msg = evaluate_rule("headcount_min", {"value": 10}, Profile(headcount=8), SECTORS)
    assert ok is False and msg == "effectif 8 < minimum 10"
    ok, _ = evaluate_rule("headcount_min", {"value": 10}, Profile(headcount=10), SECTORS)
    assert ok is True
    ok, msg = evaluate_rule("headcount_min", {"value": 10}, Profile(), SECTORS)
    assert ok is None and "non renseigné" in msg


def test_headcount_max():
    assert evaluate_rule("headcount_max", {"value": 5000}, Profile(headcount=5001), SECTORS)[0] is False
    assert evaluate_rule("headcount_max", {"value": 5000}, Profile(headcount=5000), SECTORS)[0] is True


def test_critical_sector_and_exception():
    assert evaluate_rule("critical_sectors", {"sectors": ["sante"]}, Profile(naf_code="21.10Z"), SECTORS)[0] is True
    assert evaluate_rule("critical_sectors", {"sectors": ["sante"]}, Profile(naf_code="47.11F"), SECTORS)[0] is False
    services = Profile(naf_code="62.01Z", naf_section="J", project_type="diversification")
    rule = {"sections": ["B", "C", "D", "E"], "except_project_types": ["diversification"]}
    assert evaluate_rule("naf_sections", rule, services, SECTORS)[0] is True
    services.project_type = "reshoring"
    assert evaluate_rule("naf_sections", rule, services, SECTORS)[0] is False


def test_territory():
    params = {"regions": ["84"]}
    assert evaluate_rule("territory", params, Profile(place=BJ), SECTORS)[0] is True
    other = Place("44162", "Saint-Herblain", "44", "52")
    assert evaluate_rule("territory", params, Profile(place=other), SECTORS)[0] is False
    assert evaluate_rule("territory", {"epcis": ["200000000"]}, Profile(place=BJ), SECTORS)[0] is True
    assert evaluate_rule("territory", params, Profile(), SECTORS)[0] is None


def test_size_categories_and_pmi():
    assert size_category_for(9) == "TPE" and size_category_for(10) == "PME"
    assert size_category_for(250) == "ETI" and size_category_for(5000) == "GE"
    pmi = {"values": ["PMI"]}
    assert evaluate_rule("size_categories", pmi, Profile(headcount=50, naf_section="C"), SECTORS)[0] is True
    assert evaluate_rule("size_categories", pmi, Profile(headcount=50, naf_section="G"), SECTORS)[0] is False
    assert evaluate_rule("size_categories", pmi, Profile(headcount=50), SECTORS)[0] is None


def test_project_type_and_phase():
    assert evaluate_rule("project_types", {"values": ["reshoring"]}, Profile(project_type="reshoring"), SECTORS)[0]
    assert evaluate_rule("phases", {"values": ["study"]}, Profile(phase="launch"), SECTORS)[0] is False


def test_combine():
    ok = RuleOutcome("a", True, "")
    assert combine([ok]) == ELIGIBLE
    assert combine([ok, RuleOutcome("b", None, "")]) == TO_CHECK
    assert combine([ok, RuleOutcome("b", False, "", blocking=False)]) == TO_CHECK
    assert combine([RuleOutcome("b", None, ""), RuleOutcome("c", False, "")]) == NOT_ELIGIBLE
    assert combine([]) == TO_CHECK  # nothing machine-checkable: the operator judges
