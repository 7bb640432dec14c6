"""Pure pieces of grouping: blocking keys, pair scores, near-duplicate test, and an order-independent linking step.

An engine groups features by blocking key (a shuffle), scores the pairs inside each block, and hands all scored
pairs to ``link``. Nothing here depends on the order in which articles arrive.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from kabar.stories.features import NUM_PERM, Features

KEY_TERMS = 6  # highest-weighted terms of an article used as blocking keys
BANDS, ROWS = 16, 4  # MinHash LSH bands for near-duplicate candidates (top terms catch most copies as well)
MAX_GAP_DAYS = 30  # articles further apart than this are never compared
FULL_WEIGHT_DAYS = 7  # pairs within a week are scored on content alone
MAX_NEIGHBOURS = 40  # per article and block, when a block is large (sorted-neighbourhood)
EDGE_THRESHOLD = 0.22  # pair score to consider linking two articles
CENTROID_THRESHOLD = 0.30  # clusters merge only when their centroids are this similar (stops chaining)
MAX_SPAN_DAYS = 35  # a story spans at most this many days
NEAR_DUP_CONTAINMENT = 0.6  # share of the shorter copy's shingles found in the longer one
NEAR_DUP_MIN_SHINGLES = 12


def blocking_keys(f: Features) -> list[str]:
    """Keys whose blocks hold every candidate partner: top terms ('t:') and MinHash bands ('b:')."""
    keys = []
    if f.vector:
        for term, _ in sorted(f.vector.items(), key=lambda kv: (-kv[1], kv[0]))[:KEY_TERMS]:
            keys.append("t:" + term)
    if f.body_hash:
        keys.append("h:" + f.body_hash)
    if len(f.minhash) == NUM_PERM * 4:
        for band in range(BANDS):
            keys.append(f"b:{band}:" + f.minhash[band * ROWS * 4 : (band + 1) * ROWS * 4].hex())
    return keys


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def time_factor(day_a: int | None, day_b: int | None) -> float:
    """1 within a week, then down to 0.5 at a month; 0.9 when a date is unknown."""
    if day_a is None or day_b is None:
        return 0.9
    gap = abs(day_a - day_b)
    if gap <= FULL_WEIGHT_DAYS:
        return 1.0
    if gap > MAX_GAP_DAYS:
        return 0.0
    return 1.0 - 0.5 * (gap - FULL_WEIGHT_DAYS) / (MAX_GAP_DAYS - FULL_WEIGHT_DAYS)


def pair_score(fa: Features, fb: Features) -> float:
    """Story similarity of two weighed articles: TF-IDF cosine damped by the time between them (rounded, stable)."""
    if not fa.vector or not fb.vector:
        return 0.0
    return round(cosine(fa.vector, fb.vector) * time_factor(fa.day, fb.day), 6)


def containment(fa: Features, fb: Features) -> float:
    """Estimated share of the shorter body's shingles that the other body holds (from MinHash and set sizes)."""
    if not fa.minhash or len(fa.minhash) != len(fb.minhash) or not fa.shingles or not fb.shingles:
        return 0.0
    sa = np.frombuffer(fa.minhash, dtype="<u4")
    sb = np.frombuffer(fb.minhash, dtype="<u4")
    jaccard = float(np.count_nonzero(sa == sb)) / len(sa)
    inter = jaccard * (fa.shingles + fb.shingles) / (1.0 + jaccard)
    return min(1.0, inter / min(fa.shingles, fb.shingles))


def is_duplicate(fa: Features, fb: Features) -> bool:
    """Exact copy (same normalised body) or near copy (syndicated text with another lead, trimmed or extended)."""
    if fa.body_hash and fa.body_hash == fb.body_hash:
        return True
    if min(fa.shingles, fb.shingles) < NEAR_DUP_MIN_SHINGLES:
        return False
    return containment(fa, fb) >= NEAR_DUP_CONTAINMENT


def candidate_pairs(features: list[Features]) -> set[tuple[int, int]]:
    """Index pairs (i < j) sharing a blocking key; a large block pairs each article with its nearest in time only."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        for key in blocking_keys(f):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2:
            continue
        pairs.update(block_pairs(members, features))
    return pairs


def block_pairs(members: list[int], features: list[Features]) -> Iterable[tuple[int, int]]:
    """Pairs inside one block: all when small, else a sorted-neighbourhood window over publication day."""
    if len(members) <= MAX_NEIGHBOURS:
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = members[x], members[y]
                yield (a, b) if a < b else (b, a)
        return
    ordered = sorted(members, key=lambda i: (features[i].day if features[i].day is not None else -1, features[i].id))
    for x, a in enumerate(ordered):
        da = features[a].day
        for b in ordered[x + 1 : x + 1 + MAX_NEIGHBOURS]:
            db = features[b].day
            if da is not None and db is not None and db - da > MAX_GAP_DAYS:
                break
            yield (a, b) if a < b else (b, a)


def sort_key(f: Features) -> tuple[str, str]:
    """Earliest first: publication date (undated last), then id."""
    return (f.published or "9999", f.id)


@dataclass
class _Cluster:
    members: list[int]
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    first: int | None = None
    last: int | None = None


def _centroid_cosine(a: _Cluster, b: _Cluster) -> float:
    if not a.norm2 or not b.norm2:
        return 0.0
    small, large = (a, b) if len(a.centroid) <= len(b.centroid) else (b, a)
    dot = sum(w * large.centroid.get(t, 0.0) for t, w in small.centroid.items())
    return dot / math.sqrt(a.norm2 * b.norm2)


def _span(a: _Cluster, b: _Cluster) -> int:
    days = [d for d in (a.first, a.last, b.first, b.last) if d is not None]
    return (max(days) - min(days)) if days else 0


def link(features: list[Features], scored: Iterable[tuple[float, int, int]],
         duplicates: Iterable[tuple[int, int]] = ()) -> list[list[int]]:
    """Clusters of indices: duplicates always together, then edges strongest first, merging two clusters only when
    their centroids agree and the story stays within MAX_SPAN_DAYS. Deterministic and independent of input order
    as long as ``features`` is sorted by id (edges are ordered by score, then by ids)."""
    parent = list(range(len(features)))
    clusters: dict[int, _Cluster] = {}
    for i, f in enumerate(features):
        vec = dict(f.vector or {})
        clusters[i] = _Cluster([i], vec, sum(w * w for w in vec.values()), f.day, f.day)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def merge(ra: int, rb: int) -> None:
        a, b = clusters[ra], clusters[rb]
        if len(a.centroid) < len(b.centroid):
            ra, rb, a, b = rb, ra, b, a
        for t, w in b.centroid.items():
            a.centroid[t] = a.centroid.get(t, 0.0) + w
        a.norm2 = sum(w * w for w in a.centroid.values())
        a.members.extend(b.members)
        days_first = [d for d in (a.first, b.first) if d is not None]
        days_last = [d for d in (a.last, b.last) if d is not None]
        a.first = min(days_first) if days_first else None
        a.last = max(days_last) if days_last else None
        parent[rb] = ra
        del clusters[rb]

    for i, j in sorted(duplicates, key=lambda p: (features[p[0]].id, features[p[1]].id)):
        ri, rj = find(i), find(j)
        if ri != rj:
            merge(ri, rj)
    edges = sorted(((s, i, j) for s, i, j in scored if s >= EDGE_THRESHOLD),
                   key=lambda e: (-e[0], features[e[1]].id, features[e[2]].id))
    for _score, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        a, b = clusters[ri], clusters[rj]
        if _span(a, b) > MAX_SPAN_DAYS:
            continue
        if _centroid_cosine(a, b) >= CENTROID_THRESHOLD:
            merge(ri, rj)
    return [sorted(c.members) for c in clusters.values()]


def representative(members: list[int], features: list[Features]) -> int:
    """The member closest to the cluster centroid (ties: earliest)."""
    if len(members) == 1:
        return members[0]
    centroid: dict[str, float] = {}
    for i in members:
        for t, w in (features[i].vector or {}).items():
            centroid[t] = centroid.get(t, 0.0) + w
    ordered = sorted(members, key=lambda i: sort_key(features[i]))
    return max(ordered, key=lambda i: round(cosine(features[i].vector or {}, centroid), 6))  # first of equals wins
