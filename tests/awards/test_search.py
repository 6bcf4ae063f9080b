"""The laureate search gives the same awards whether it takes the id-list path (rare terms) or the
scan path (terms found everywhere)."""
import pytest

from relocalisation.awards import selectors
from relocalisation.awards.models import Award


@pytest.mark.django_db
@pytest.mark.parametrize("term", ["synthetique", "usine", "seqens", "zzz-introuvable"])
def test_both_search_paths_agree(term, monkeypatch):
    from relocalisation.ingestion.synthetic import generate

    generate(120, seed=5)
    expected = set(Award.objects.filter(organisation__name_normalized__contains=term).values_list("pk", flat=True)) | \
        set(Award.objects.filter(project_name__icontains=term).values_list("pk", flat=True))
    by_lists = set(selectors.filter_awards({"q": term}).values_list("pk", flat=True))
    monkeypatch.setattr(selectors, "SEARCH_LIST_LIMIT", 0)
    by_scan = set(selectors.filter_awards({"q": term}).values_list("pk", flat=True))
    assert by_lists == by_scan == expected
    if term == "synthetique":
        assert expected  # the synthetic set is labelled in its names: the test is not vacuous
