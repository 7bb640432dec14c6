"""Vectorised candidate pairs and pair scores: the same formulas as ``cluster.pair_score`` and
``cluster.is_duplicate``, computed for millions of pairs with numpy/scipy instead of one Python call per pair
(measured on 10,000 generated articles: 439,000 pairs in 4 s instead of 26 s one by one)."""

from __future__ import annotations

from array import array
from collections import defaultdict

import numpy as np
from scipy import sparse

from kabar.stories import cluster
from kabar.stories.features import NUM_PERM, Features

CHUNK = 200_000  # pairs scored per vector operation (bounds memory)


def candidate_pair_array(features: list[Features]) -> np.ndarray:
    """Unique candidate pairs (i < j) as an (n, 2) int64 array, sorted; same pairs as ``cluster.candidate_pairs``.
    Blocks are built one key family at a time (terms and body hashes, then each MinHash band) to bound memory."""
    n = len(features)
    codes = array("q")

    def add_blocks(keyed) -> None:
        blocks: dict[str, list[int]] = defaultdict(list)
        for i, key in keyed:
            blocks[key].append(i)
        for members in blocks.values():
            if len(members) >= 2:
                codes.extend(a * n + b for a, b in cluster.block_pairs(members, features))

    add_blocks((i, key) for i, f in enumerate(features) for key in cluster.blocking_keys(f, bands=False))
    for band in range(cluster.BANDS):
        add_blocks((i, key) for i, f in enumerate(features) if (key := cluster.band_key(f, band)))
    unique = np.unique(np.frombuffer(codes, dtype=np.int64)) if codes else np.zeros(0, dtype=np.int64)
    return np.stack([unique // max(n, 1), unique % max(n, 1)], axis=1)


def _matrices(features: list[Features]):
    vocab: dict[str, int] = {}
    rows, cols, vals = array("q"), array("q"), array("d")
    srows, scols, svals = array("q"), array("q"), array("d")
    for i, f in enumerate(features):
        for t, w in (f.vector or {}).items():
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
            vals.append(w)
        for t, w in (f.specific or {}).items():
            srows.append(i)
            scols.append(vocab.setdefault(t, len(vocab)))
            svals.append(w)
    shape = (len(features), max(1, len(vocab)))
    vectors = sparse.csr_matrix((np.frombuffer(vals), (np.frombuffer(rows, dtype=np.int64),
                                                       np.frombuffer(cols, dtype=np.int64))), shape=shape)
    specific = sparse.csr_matrix((np.frombuffer(svals), (np.frombuffer(srows, dtype=np.int64),
                                                         np.frombuffer(scols, dtype=np.int64))), shape=shape)
    present = specific.copy()
    present.data[:] = 1.0
    return vectors, specific, present


def score_pair_array(features: list[Features], pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(scores, is_duplicate) for each pair of indices, as pair_score/is_duplicate would give them one by one."""
    n_pairs = len(pairs)
    scores = np.zeros(n_pairs)
    duplicate = np.zeros(n_pairs, dtype=bool)
    if not n_pairs:
        return scores, duplicate
    vectors, specific, present = _matrices(features)
    totals = np.array([f.specific_total for f in features])
    n_specific = np.array([len(f.specific or ()) for f in features])
    days = np.array([np.nan if f.day is None else f.day for f in features], dtype=float)
    shingles = np.array([f.shingles for f in features], dtype=float)
    signatures = np.zeros((len(features), NUM_PERM), dtype=np.uint32)
    has_signature = np.zeros(len(features), dtype=bool)
    for i, f in enumerate(features):
        if len(f.minhash) == NUM_PERM * 4:
            signatures[i] = np.frombuffer(f.minhash, dtype="<u4")
            has_signature[i] = True
    hash_codes: dict[str, int] = {}
    body = np.array([hash_codes.setdefault(f.body_hash, len(hash_codes) + 1) if f.body_hash else 0 for f in features])
    for start in range(0, n_pairs, CHUNK):
        a = pairs[start : start + CHUNK, 0]
        b = pairs[start : start + CHUNK, 1]
        text = np.asarray(vectors[a].multiply(vectors[b]).sum(axis=1)).ravel()
        shared = np.asarray(specific[a].multiply(present[b]).sum(axis=1)).ravel()
        union = totals[a] + totals[b] - shared
        smaller = np.minimum(totals[a], totals[b])
        jaccard = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        contained = np.minimum(1.0, np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0))
        overlap = np.sqrt(jaccard * contained)
        judged = np.minimum(n_specific[a], n_specific[b]) >= cluster.MIN_SPECIFIC
        score = np.where(judged, np.sqrt(np.maximum(text, 0.0) * overlap), text * cluster.NO_NAMES_DISCOUNT)
        scores[start : start + len(a)] = np.round(score * _time_factors(days[a], days[b]), 6)
        same_body = (body[a] == body[b]) & (body[a] > 0)
        equal = (signatures[a] == signatures[b]).sum(axis=1) / NUM_PERM
        inter = equal * (shingles[a] + shingles[b]) / (1.0 + equal)
        shorter = np.minimum(shingles[a], shingles[b])
        contained = np.minimum(1.0, np.divide(inter, shorter, out=np.zeros_like(inter), where=shorter > 0))
        near = has_signature[a] & has_signature[b] & (shorter >= cluster.NEAR_DUP_MIN_SHINGLES) & (
            contained >= cluster.NEAR_DUP_CONTAINMENT)
        duplicate[start : start + len(a)] = same_body | near
    return scores, duplicate


def _time_factors(da: np.ndarray, db: np.ndarray) -> np.ndarray:
    gap = np.abs(da - db)
    span = cluster.MAX_GAP_DAYS - cluster.FULL_WEIGHT_DAYS
    factor = np.where(gap <= cluster.FULL_WEIGHT_DAYS, 1.0, 1.0 - 0.5 * (gap - cluster.FULL_WEIGHT_DAYS) / span)
    factor = np.where(gap > cluster.MAX_GAP_DAYS, 0.0, factor)
    return np.where(np.isnan(gap), 0.9, factor)
