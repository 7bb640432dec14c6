"""On the five customer sample pages: the figures outlets disagree on are found with their sources, nothing else
is a conflict, and the figures outlets share agree."""

from pathlib import Path

import pytest

from kabar.analysis.claims import compare_figures
from kabar.nlp.figures import find_figures
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def claims_and_ids():
    from kabar.extract import extract_pages
    from kabar.io import read_inputs

    pages = [p for p in read_inputs([str(SEEDS)]) if not isinstance(p, Exception)]
    articles = [a for a in extract_pages(pages) if not isinstance(a, Exception)]
    for art in articles:
        art.figures = find_figures(art.text, art.published)
    ids = {Path(a.source).name[:3]: a.id for a in articles}
    return compare_figures(articles), ids


def _docs(claim):
    return {d for v in claim["values"] for d in v["documents"]}


def test_conflicts_are_the_two_civilian_tolls(claims_and_ids):
    claims, ids = claims_and_ids
    conflicts = [c for c in claims if c["status"] == "conflict"]
    found = sorted(sorted((v["value"], tuple(v["documents"])) for v in c["values"]) for c in conflicts)
    assert found == [
        [(36, (ids["000"],)), (37, (ids["001"],))],
        [(61, (ids["001"],)), (63, (ids["000"],))],
    ]
    for claim in conflicts:
        assert all(v["attributed_to"] for v in claim["values"])  # each side's source is named


def test_shared_figures_agree(claims_and_ids):
    claims, ids = claims_and_ids
    agree = [c for c in claims if c["status"] == "agree"]
    soldiers = next(c for c in agree if 772 in {v["value"] for v in c["values"]})
    assert {ids["000"], ids["001"], ids["002"]} <= _docs(soldiers)  # 772 twice, and "lebih dari 700"
    nearly = next(c for c in agree if 5000 in {v["value"] for v in c["values"]})
    assert _docs(nearly) == {ids["002"], ids["004"]}
    assert [v["qualifier"] for v in nearly["values"]] == ["at_most"]


def test_past_war_toll_and_one_days_toll_stand_alone(claims_and_ids):
    claims, _ = claims_and_ids
    singles = {v["value"] for c in claims if c["status"] == "single" for v in c["values"]}
    assert {30000, 43} <= singles
