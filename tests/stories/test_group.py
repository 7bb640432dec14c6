"""Grouping: duplicates and stories on hand-written articles in many outlets' styles, and the seeds."""

from __future__ import annotations

import random

import pytest

from kabar.records import Article
from kabar.stories import group_articles
from kabar.stories.cluster import blocking_keys, containment, is_duplicate, pair_score, time_factor
from kabar.stories.features import (
    Features,
    article_features,
    document_frequencies,
    idf_table,
    minhash_signature,
    number_terms,
    weigh_features,
)
from kabar.stories.group import group_features
from tests.conftest import SEEDS
from tests.stories.fixtures import DUPLICATE_OF, articles, events


def _story_of(stories) -> dict[str, str]:
    return {doc: s.id for s in stories for doc in s.documents}


@pytest.fixture(scope="module")
def grouped():
    arts, stories = group_articles(articles())
    return arts, stories


def test_same_event_told_by_four_outlets_and_a_follow_up_is_one_story(grouped):
    _, stories = grouped
    story = _story_of(stories)
    gempa = [a for a, e in events().items() if e == "gempa"]
    assert len({story[a] for a in gempa}) == 1


def test_every_story_holds_exactly_one_event(grouped):
    _, stories = grouped
    ev = events()
    for s in stories:
        assert len({ev[d] for d in s.documents}) == 1, s.documents
    assert len(stories) == len(set(ev.values()))


def test_two_floods_in_one_province_on_the_same_day_stay_apart(grouped):
    story = _story_of(grouped[1])
    assert story["banjir-bekasi-tribun"] == story["banjir-bekasi-kumparan"]
    assert story["banjir-bandung-okezone"] == story["banjir-bandung-republika"]
    assert story["banjir-bekasi-tribun"] != story["banjir-bandung-okezone"]


def test_the_same_official_at_two_events_days_apart_stays_apart(grouped):
    story = _story_of(grouped[1])
    assert story["gub-rs-suara"] == story["gub-rs-merdeka"]
    assert story["gub-pasar-detik"] == story["gub-pasar-viva"]
    assert story["gub-rs-suara"] != story["gub-pasar-detik"]


def test_an_event_over_a_week_is_one_story(grouped):
    story = _story_of(grouped[1])
    assert story["pendaki-h1-liputan6"] == story["pendaki-h3-tempo"] == story["pendaki-h7-kompas"]


def test_agency_copies_point_to_the_earliest_copy_and_originals_are_not_flagged(grouped):
    arts, _ = grouped
    flagged = {a.id: a.duplicate_of for a in arts if a.duplicate_of}
    assert flagged == DUPLICATE_OF


def test_story_id_comes_from_the_earliest_member_and_title_is_a_member_headline(grouped):
    arts, stories = grouped
    by_id = {a.id: a for a in arts}
    for s in stories:
        earliest = min(s.documents, key=lambda d: (by_id[d].published, d))
        assert s.id == "s" + earliest
        assert s.documents[0] == earliest
        assert s.title in {by_id[d].title for d in s.documents}


def test_same_stories_ids_and_duplicates_whatever_the_input_order():
    reference_arts, reference = group_articles(articles())
    reference_dups = {a.id: a.duplicate_of for a in reference_arts}
    for seed in range(3):
        shuffled = articles()
        random.Random(seed).shuffle(shuffled)
        arts, stories = group_articles(shuffled)
        assert [(s.id, s.documents, s.title) for s in stories] == [(s.id, s.documents, s.title) for s in reference]
        assert {a.id: a.duplicate_of for a in arts} == reference_dups


def test_seeds_form_one_story():
    from kabar.api import read_pages
    from kabar.engines.local import run_articles

    errors = []
    pages = read_pages([str(SEEDS)], errors)
    arts, failed = run_articles(pages)
    assert len(arts) == 5 and not failed and not errors
    arts, stories = group_articles(arts)
    assert len(stories) == 1 and len(stories[0].documents) == 5
    assert not any(a.duplicate_of for a in arts)


def test_seeds_stay_one_story_and_alone_among_other_events():
    from kabar.api import read_pages
    from kabar.engines.local import run_articles

    seeds, _ = run_articles(read_pages([str(SEEDS)], []))
    arts, stories = group_articles(seeds + articles())
    story = _story_of(stories)
    seed_stories = {story[a.id] for a in seeds}
    assert len(seed_stories) == 1
    members = next(s for s in stories if s.id in seed_stories).documents
    assert sorted(members) == sorted(a.id for a in seeds)


# ---- the pure pieces ---------------------------------------------------------------------------------------------

def _weighed(arts: list[Article]) -> list[Features]:
    feats = [article_features(a) for a in arts]
    idf = idf_table(document_frequencies(feats), len(feats))
    for f in feats:
        weigh_features(f, idf)
    return feats


def test_pair_score_is_symmetric_bounded_and_higher_for_the_same_event():
    feats = {f.id: f for f in _weighed(articles())}
    same = pair_score(feats["gempa-detik"], feats["gempa-antara"])
    other = pair_score(feats["gempa-detik"], feats["banjir-bandung-okezone"])
    assert same == pair_score(feats["gempa-antara"], feats["gempa-detik"])
    assert 0.0 <= other < same <= 1.0


def test_time_factor_damps_distant_pairs_and_cuts_after_a_month():
    assert time_factor(100, 103) == 1.0
    assert 0.5 < time_factor(100, 120) < 1.0
    assert time_factor(100, 140) == 0.0
    assert time_factor(None, 100) == 0.9


def test_articles_of_one_event_share_a_blocking_key():
    feats = {f.id: f for f in _weighed(articles())}
    for a, b in [("gempa-detik", "gempa-cnn"), ("pendaki-h1-liputan6", "pendaki-h7-kompas"),
                 ("ekspor-antara", "ekspor-kontan-trim")]:
        assert set(blocking_keys(feats[a])) & set(blocking_keys(feats[b]))


def test_features_survive_a_round_trip_through_json():
    import json

    f = article_features(articles()[0])
    back = Features.from_dict(json.loads(json.dumps(f.to_dict())))
    assert back.to_dict() == f.to_dict()


def test_minhash_containment_estimate_is_close_to_the_truth():
    rng = random.Random(7)
    words = [f"kata{i}" for i in range(3000)]
    base = " ".join(rng.choice(words) for _ in range(400))
    half = " ".join(base.split()[:200])
    other = " ".join(rng.choice(words) for _ in range(400))
    fa, fb, fc = (Features(id=x, minhash=minhash_signature(t)[0], shingles=minhash_signature(t)[1])
                  for x, t in (("a", base), ("b", half), ("c", other)))
    assert containment(fa, fb) > 0.85  # the trimmed copy lies inside the original
    assert containment(fa, fc) < 0.1
    assert is_duplicate(fa, fb) and not is_duplicate(fa, fc)


def test_number_terms_keep_figures_and_drop_days_and_years():
    terms = number_terms("Pada 21 Oktober 2020, 772 tentara tewas dan Rp 5.000 dibayar; Jumat (23/10).")
    assert "#772" in terms and "#5000" in terms
    assert not {"#21", "#2020", "#23", "#10"} & set(terms)


def test_group_features_tolerates_empty_and_repeated_articles():
    arts = articles()[:3] + [Article(id="kosong", source="x", text="")] + articles()[:1]
    feats = [article_features(a) for a in arts]
    grouping = group_features(feats)
    ids = [d for s in grouping.stories for d in s.documents]
    assert sorted(ids) == sorted({a.id for a in arts})
