"""Grouping of articles: near-duplicates (``duplicate_of``) and stories, from the pure pieces in features/cluster."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kabar.records import Article, Story
from kabar.stories.batch import candidate_pair_array, score_pair_array
from kabar.stories.cluster import EDGE_THRESHOLD, link, representative, sort_key
from kabar.stories.features import Features, article_features, document_frequencies, idf_table, weigh_features


@dataclass
class Grouping:
    """The outcome over a set of features: ``duplicate_of`` per article id and the stories."""

    duplicate_of: dict[str, str]
    stories: list[Story]


def story_id(first_member_id: str) -> str:
    """A story is named after its earliest member, so the id is the same whatever the input order."""
    return "s" + first_member_id


def group_features(features: list[Features]) -> Grouping:
    """Duplicates and stories over features (any order in, the same result out)."""
    unique: dict[str, Features] = {}
    for f in features:
        unique.setdefault(f.id, f)
    feats = list(unique.values())
    idf = idf_table(document_frequencies(feats), len(feats))
    for f in feats:
        weigh_features(f, idf)
    return group_weighed(feats)


def group_weighed(features: list[Features]) -> Grouping:
    """Grouping of features whose ``vector`` is already set (the store weighs while loading, to save memory)."""
    feats = sorted(features, key=lambda f: f.id)
    pairs = candidate_pair_array(feats)
    scores, is_copy = score_pair_array(feats, pairs)
    duplicates = [(int(i), int(j)) for i, j in pairs[is_copy]]
    keep = scores >= EDGE_THRESHOLD
    pairs, scores = pairs[keep], scores[keep]
    del is_copy, keep
    clusters = link(feats, _stream(scores, pairs), duplicates)
    del pairs, scores
    duplicate_of = duplicate_roots(feats, duplicates)
    stories = []
    for members in clusters:
        ordered = sorted(members, key=lambda i: sort_key(feats[i]))
        title = feats[representative(members, feats)].title
        stories.append(Story(id=story_id(feats[ordered[0]].id), documents=[feats[i].id for i in ordered], title=title))
    stories.sort(key=lambda s: s.id)
    return Grouping(duplicate_of=duplicate_of, stories=stories)


def _stream(scores, pairs, step: int = 100_000):
    """(score, i, j) tuples a slice at a time, so millions of edges never exist as Python objects all at once."""
    for start in range(0, len(scores), step):
        yield from zip(scores[start : start + step].tolist(), pairs[start : start + step, 0].tolist(),
                       pairs[start : start + step, 1].tolist(), strict=True)


def duplicate_roots(feats: list[Features], duplicates: list[tuple[int, int]]) -> dict[str, str]:
    """Each copy points at the earliest article of its group of copies (publication date, then id)."""
    parent = list(range(len(feats)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in duplicates:
        ri, rj = find(i), find(j)
        if ri != rj:
            # keep the earliest as root so the group's root is its earliest copy
            if sort_key(feats[ri]) <= sort_key(feats[rj]):
                parent[rj] = ri
            else:
                parent[ri] = rj
    out = {}
    for i, f in enumerate(feats):
        root = find(i)
        if root != i:
            out[f.id] = feats[root].id
    return out


def copy_id(article_id: str, source: str) -> str:
    """Id of a second page with the same body as another (ids come from the body, so they would collide)."""
    return f"{article_id}-{hashlib.sha1(source.encode('utf-8')).hexdigest()[:6]}"


def unique_ids(articles: list[Article]) -> list[Article]:
    """Make document ids unique: of pages with the same body the earliest (date, then source) keeps the id, the
    others get ``copy_id`` and become its duplicates through the body hash."""
    by_id: dict[str, list[Article]] = {}
    for a in articles:
        by_id.setdefault(a.id, []).append(a)
    for same in by_id.values():
        if len(same) > 1:
            same.sort(key=lambda a: (a.published or "9999", a.source))
            for a in same[1:]:
                a.id = copy_id(a.id, a.source)
    return articles


def group_articles(articles: list[Article], features: list[Features | None] | None = None
                   ) -> tuple[list[Article], list[Story]]:
    """Set ``duplicate_of`` on copies and return the stories; articles keep their order.

    ``features`` may hold each article's ``article_features`` computed beforehand (in worker processes), aligned
    with articles; None entries are computed here."""
    ready = features if features is not None and len(features) == len(articles) else [None] * len(articles)
    unique_ids(articles)
    features = []
    for a, done in zip(articles, ready, strict=True):
        if done is not None:
            done.id = a.id  # unique_ids may have renamed a copy; nothing else in the features depends on the id
            features.append(done)
            continue
        try:
            features.append(article_features(a))
        except Exception:  # a malformed article must not stop grouping; it stands alone
            features.append(Features(id=a.id, title=a.title or ""))
    grouping = group_features(features)
    for a in articles:
        a.duplicate_of = grouping.duplicate_of.get(a.id)
    return articles, grouping.stories
