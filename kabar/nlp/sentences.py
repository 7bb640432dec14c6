"""Sentence spans of a text. sentencex handles Indonesian abbreviations better than spaCy's blank 'id' or pysbd."""

from __future__ import annotations

from functools import lru_cache

from sentencex import segment


def sentence_spans(text: str, language: str = "id") -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of text, paragraph by paragraph."""
    return list(_spans(text, language))


@lru_cache(maxsize=256)
def _spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """sentence_spans, memoised: quotes, figures and dates each split the same article text."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for para in text.split("\n"):
        cursor = 0
        for sentence in segment(language, para):
            stripped = sentence.strip()
            if not stripped:
                continue
            start = para.find(stripped, cursor)
            if start < 0:
                continue
            end = start + len(stripped)
            spans.append((offset + start, offset + end))
            cursor = end
        offset += len(para) + 1
    return tuple(spans)


def sentences(text: str, language: str = "id") -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, language)]
