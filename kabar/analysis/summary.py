"""An extractive multi-document summary of a story: 5-8 central, non-repeating sentences, each citing its sources.

Sentences are TF-IDF vectors (a few lines of numpy: importing scikit-learn costs about two seconds per process
and its per-call checks cost more than the arithmetic for a story's few dozen sentences); a sentence is central
when it is close to the story's centroid and echoed by other outlets, with a bonus for leads (news puts the gist
first). Maximal marginal relevance picks the sentences; near-duplicates from other outlets are not picked again
but are cited. The most central sentence leads (the gist); the others follow in the order of the dates they speak
of (or their article's date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kabar.analysis.timeline import (
    content_words,
    drop_opener,
    is_furniture,
    originals_and_copies,
    overlap,
    stopwords,
    strip_citation,
    strip_dateline,
    with_copies,
)
from kabar.records import Article

MIN_SENTENCES, MAX_SENTENCES = 5, 8
MIN_WORDS, MAX_WORDS = 7, 70
NEAR_DUPLICATE = 0.6  # cosine (or content-word overlap) at which two sentences say the same thing: cited together
REDUNDANT = 0.35  # cosine at which a sentence adds too little to one already picked
MMR_LAMBDA = 0.7
LEAD_BONUS = (0.25, 0.12, 0.05)  # added to the score of an article's first, second and third sentences
MAX_CHARS = 400
MAX_POSITION = 15  # sentences after this one in an article are not candidates (news puts the gist first)
MAX_CANDIDATES = 800  # bounds the similarity matrix of very large stories

_QUOTE_START = re.compile(r"^[\"“”'‘]")
ANAPHORIC_PENALTY = 0.75  # score factor for a sentence opening with "Ia", "Hal itu", ... (needs its context)


@cache
def _anaphoric_starts() -> re.Pattern | None:
    try:
        from kabar.data import load_lines

        words = load_lines("id/anaphoric_starts.txt")
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return None
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{alternation})(?!\w)", re.IGNORECASE)


def is_anaphoric(sentence: str) -> bool:
    pattern = _anaphoric_starts()
    return bool(pattern and pattern.match(sentence))


@dataclass
class _Sentence:
    article: int  # index into the originals
    position: int  # sentence number within the article
    text: str
    date: str  # the date it speaks of, else its article's publication date, else ""
    words: frozenset[str]


def _candidates(articles: list[Article]) -> list[_Sentence]:
    from kabar.nlp.timexpr import is_caption, news_sentence_spans

    out: list[_Sentence] = []
    for a_index, article in enumerate(articles):
        text = article.text or ""
        event_dates = {e.start: e.date for e in article.events}
        for position, (start, end) in enumerate(news_sentence_spans(text)):
            if position >= MAX_POSITION:
                break
            raw = text[start:end]
            sentence = drop_opener(strip_citation(strip_dateline(raw, lead=start == 0)).strip())
            n_words = len(sentence.split())
            if not MIN_WORDS <= n_words <= MAX_WORDS or sentence.endswith("?") or is_caption(sentence):
                continue
            if is_furniture(sentence):
                continue
            if sentence[-1:] not in ".!\"”’)":
                continue  # headings, list items and cut-off lines are not summary sentences
            date = event_dates.get(start) or (article.published or "")[:10]
            out.append(_Sentence(a_index, position, sentence, date, content_words(sentence)))
    if len(out) > MAX_CANDIDATES:  # keep the earliest sentences of every article
        out = sorted(out, key=lambda s: (s.position, s.article))[:MAX_CANDIDATES]
        out.sort(key=lambda s: (s.article, s.position))
    return out


_TOKEN = re.compile(r"[^\W\d_][\w-]+")


def _tfidf(texts: list[str]):
    """Row-normalised TF-IDF matrix (sublinear tf, smooth idf) of texts; None when no word is left."""
    import numpy as np

    stop = stopwords()
    docs = [[w for w in (t.lower() for t in _TOKEN.findall(text)) if w not in stop] for text in texts]
    vocabulary: dict[str, int] = {}
    for words in docs:
        for word in words:
            vocabulary.setdefault(word, len(vocabulary))
    if not vocabulary:
        return None
    matrix = np.zeros((len(docs), len(vocabulary)), dtype=np.float32)
    for row, words in enumerate(docs):
        for word in words:
            matrix[row, vocabulary[word]] += 1.0
    df = (matrix > 0).sum(axis=0)
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    np.log1p(matrix, out=matrix)
    matrix *= idf
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def _similarities(sentences: list[_Sentence]):
    """The TF-IDF matrix and cosine similarity matrix of the sentences (None, None when no vocabulary is left)."""
    matrix = _tfidf([s.text for s in sentences])
    if matrix is None:
        return None, None
    return matrix, matrix @ matrix.T


def _scores(sentences: list[_Sentence], matrix, sims) -> list[float]:
    import numpy as np

    centroid = matrix.mean(axis=0)
    norm = np.linalg.norm(centroid) or 1.0
    to_centroid = matrix @ (centroid / norm)
    articles = np.array([s.article for s in sentences])
    scores = []
    for i, sentence in enumerate(sentences):
        other = articles != sentence.article
        support = float(sims[i, other].max()) if other.any() else 0.0
        score = 0.6 * float(to_centroid[i]) + 0.4 * support
        if sentence.position < len(LEAD_BONUS):
            score += LEAD_BONUS[sentence.position] * max(score, 0.1)
        if _QUOTE_START.match(sentence.text):
            score *= 0.7  # a quote is colour; the summary should state facts
        elif is_anaphoric(sentence.text):
            score *= ANAPHORIC_PENALTY
        scores.append(score)
    return scores


def target_size(n_articles: int, n_candidates: int) -> int:
    """5 sentences for a small story, up to 8 for a large one, never more than there are."""
    return min(n_candidates, max(MIN_SENTENCES, min(MAX_SENTENCES, 4 + n_articles // 2)))


def _same(a: _Sentence, b: _Sentence, sim: float) -> bool:
    return sim >= NEAR_DUPLICATE or overlap(a.words, b.words) >= 0.8


def summarize(articles: list[Article], size: int | None = None) -> list[dict[str, Any]]:
    """Schema summary[] items {text, documents}: picked sentences in date order, each citing every source."""
    originals, copies = originals_and_copies(articles)
    sentences = _candidates(originals)
    if not sentences:
        return []
    matrix, sims = _similarities(sentences)
    if matrix is None:
        return []
    scores = _scores(sentences, matrix, sims)
    want = size or target_size(len(originals), len(sentences))
    chosen: list[int] = []
    remaining = set(range(len(sentences)))
    # redundancy[i]: the highest similarity of sentence i to a chosen one, kept up to date as sentences are
    # chosen instead of recomputed over all chosen for every candidate at every step (quadratic in big stories)
    redundancy: list | None = None
    while remaining and len(chosen) < want:
        penalty = redundancy if redundancy is not None else [0.0] * len(sentences)
        mmr = [MMR_LAMBDA * scores[i] - (1 - MMR_LAMBDA) * penalty[i] for i in range(len(sentences))]
        best = max(sorted(remaining), key=mmr.__getitem__)
        remaining.discard(best)
        if any(sims[best, j] >= REDUNDANT or _same(sentences[best], sentences[j], sims[best, j]) for j in chosen):
            continue
        chosen.append(best)
        column = list(sims[:, best])  # the same numpy scalars as sims[i, best]
        redundancy = column if redundancy is None else [max(r, c) for r, c in zip(redundancy, column, strict=True)]
    # The gist (the first pick) leads; the other sentences follow in the order of the dates they speak of.
    # Within one day, leads before later paragraphs.
    chosen[1:] = sorted(chosen[1:], key=lambda i: (sentences[i].date or "9999", sentences[i].position,
                                                   sentences[i].article))
    out = []
    for i in chosen:
        sources = [originals[sentences[i].article].id]
        for j, other in enumerate(sentences):
            doc = originals[other.article].id
            if doc not in sources and _same(sentences[i], other, sims[i, j]):
                sources.append(doc)
        text = sentences[i].text
        if len(text) > MAX_CHARS:
            text = text[: text.rfind(" ", 0, MAX_CHARS)].rstrip(" ,;") + "…"
        out.append({"text": text, "documents": with_copies(sources, copies)})
    return out
