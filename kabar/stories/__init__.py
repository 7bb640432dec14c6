"""Grouping: duplicates and stories.

Pure pieces, so the local engine, the store and Spark run the same logic:

- ``features.article_features(article) -> Features``: boosted term counts (title and in-sentence capitalised words
  count double), names and figures ('#772'), a MinHash signature of the body's word 5-shingles, a body hash, the
  publication day. No corpus statistics: computed where the article is, stored with it (JSON).
- ``features.document_frequencies`` / ``counted_terms`` and ``idf_table(df, n)``: smoothed IDF with a background
  prior; ``weigh_features(f, idf)`` sets ``f.vector`` (top TF-IDF terms, L2-normalised) and ``f.specific``.
- ``cluster.blocking_keys(f)``: the top terms, the body hash and 16 MinHash bands; ``cluster.block_pairs`` pairs a
  block (a sorted-neighbourhood window in time when it is large), so cost grows near-linearly.
- ``cluster.pair_score(fa, fb)``: sqrt(TF-IDF cosine x overlap of names and figures) x time factor;
  ``cluster.is_duplicate(fa, fb)``: same body hash, or MinHash containment of the shorter body >= 0.6.
  ``batch.score_pair_array`` computes both for millions of pairs at once, with identical results.
- ``cluster.link(features, scored, duplicates)``: copies together, then average-link agglomeration (exact averages,
  deterministic, independent of input order); ``group.story_id`` names a story after its earliest member.
- ``group.group_articles(articles) -> (articles, stories)``: all of it in memory (``kabar digest``).
"""

from __future__ import annotations

from kabar.stories.group import group_articles

__all__ = ["group_articles"]
