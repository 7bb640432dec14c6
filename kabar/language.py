"""Language of a text (ISO 639-1) by function-word counts.

Hand-written because the field's identifiers either ship large models (fastText lid.176, langdetect profiles we
would have to download) or confuse Indonesian and Malay; a count of frequent function words over small word lists
(kabar/data/lang/*.txt) is fast, deterministic and good enough for whole news articles.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import filterfalse

from kabar.data import load_lines

LANGUAGES = ("id", "ms", "en", "de", "fr", "es", "pt", "nl", "it", "jv")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
WORD_EDGES = ".,:;!?\"'“”‘’()[]-–—"  # no letters: stripping them off a chunk's ends leaves its words as they are
MIN_HITS = 2
MALAY_MARKERS = 6  # the first words of ms.txt are forms Indonesian does not use (kerana, bahawa, boleh...)


@cache
def _words(lang: str) -> frozenset[str]:
    return frozenset(load_lines(f"lang/{lang}.txt"))


@cache
def _index() -> dict[str, tuple[str, ...]]:
    """word -> languages whose function-word list holds it."""
    index: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        for word in _words(lang):
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


@cache
def _malay_only() -> frozenset[str]:
    return frozenset(load_lines("lang/ms.txt")[:MALAY_MARKERS + 2]) - _words("id")


def _first_words(head: str, max_words: int) -> list[str]:
    """[t.lower() for t in WORD.findall(head)][:max_words], faster: no word spans whitespace, a chunk of letters only
    is one whole word (the regex only runs on chunks with digits or punctuation), and the text is split only as far
    as the words still missing (each chunk holds one word or more, or none: then the rest is split further). The
    words are lower-cased in one call, joined by spaces: a space is neither cased nor case-ignorable, so even a
    final sigma lower-cases as it does at the end of its own word."""
    tokens: list[str] = []
    rest = head
    while rest and len(tokens) < max_words:
        missing = max_words - len(tokens)
        chunks = rest.split(None, missing)
        rest = chunks.pop() if len(chunks) > missing else ""  # the text after the first `missing` chunks
        for chunk in chunks:
            if chunk.isalpha():
                tokens.append(chunk)
            elif (bare := chunk.strip(WORD_EDGES)).isalpha():  # "kata," "(dia)": one word once its edges are off
                tokens.append(bare)
            else:
                tokens.extend(WORD.findall(chunk))
    return " ".join(tokens[:max_words]).lower().split(" ") if tokens else []


# Characters whose lower case depends on their neighbours or spans two characters: a text holding one is lower-cased
# differently as a whole (normalise) than word by word (_first_words), so its words are read again.
CONTEXT_CASED = ("\u0130", "\u03a3")  # "İ" -> "i̇", "Σ" -> "σ" or final "ς"


def _normalised_head(text: str, normalised: list[str], max_words: int) -> tuple[str, bool] | None:
    """(the normalised lines before the one the cut at max_words * 12 characters falls in, joined by spaces; whether
    such a line is left out), or None when the text holds a character in CONTEXT_CASED (see words_of_normalised)."""
    if any(ch in text for ch in CONTEXT_CASED):
        return None
    if len(normalised) != text.count("\n") + 1:
        raise ValueError("normalised needs one entry per line of text")
    limit = max_words * 12
    # the line the cut falls in: the first whose "\n" (or the text's end) is past the limit
    cut = text.count("\n", 0, limit + 1) if len(text) > limit else len(normalised)
    return " ".join(normalised[:cut]), cut < len(normalised)  # (one pass over the joined lines, not one per line)


def words_of_normalised(text: str, normalised: list[str], max_words: int = 400) -> list[str] | None:
    """_first_words(text[:max_words * 12], max_words) from the normalised lines of text (kabar.extract.features.normalise
    of each line of text.split("\n"), which the article id computes anyway), or None when they cannot tell: a line
    reaching past the cut before max_words words, or a character in CONTEXT_CASED. normalise's words are the text's
    lower-cased letter runs, joined by ' ’ - (split here) and its digit runs (dropped here): lower-casing keeps every
    character other than "İ" a letter, a digit or neither as it was (tests/extract/test_fast_paths.py)."""
    head = _normalised_head(text, normalised, max_words)
    if head is None:
        return None
    tokens = letter_words(head[0], max_words)
    return None if len(tokens) < max_words and head[1] else tokens  # (a cut inside a line may cut a word there)


def letter_words(normalised: str, max_words: int) -> list[str]:
    """The first max_words words of normalised text split at whitespace and at ' ’ -, digit runs left out."""
    # (three replaces: str.translate is several times slower)
    rest = normalised.replace("-", " ").replace("'", " ").replace("’", " ")
    tokens: list[str] = []
    while rest and len(tokens) < max_words:
        missing = max_words - len(tokens)
        chunks = rest.split(None, missing)  # (split only as far as the words still missing)
        rest = chunks.pop() if len(chunks) > missing else ""
        tokens.extend(filterfalse(str.isdecimal, chunks))
    return tokens[:max_words]


def known_words_python(normalised: str, max_words: int) -> tuple[dict[str, int], int]:
    """({function word: times among letter_words(normalised, max_words)}, how many words that is): what
    detect_language counts (the C speedups' known_words over the table of _index's words, where they are built)."""
    tokens = letter_words(normalised, max_words)
    return Counter(filter(_index().__contains__, tokens)), len(tokens)


@cache
def _known_words():
    """known_words(normalised, max_words): in C (words are hashed where they stand, no str made of each) when built."""
    from kabar.extract.speedups import speedups

    if speedups is None:  # (not built: no compiler at install time, or built from another version of the C file)
        return known_words_python
    table, known_words = speedups.word_table(tuple(_index())), speedups.known_words
    return lambda normalised, max_words: known_words(table, normalised, max_words)


def _counted_words(text: str, max_words: int, normalised: list[str] | None) -> tuple[dict[str, int], int]:
    """({function word: times among the first max_words words of text}, how many words were read), from the
    normalised lines where they can tell (see words_of_normalised), else from the text."""
    head = _normalised_head(text, normalised, max_words) if normalised is not None else None
    if head is not None:
        counts, read = _known_words()(head[0], max_words)
        if read >= max_words or not head[1]:
            return counts, read
    tokens = _first_words(text[: max_words * 12], max_words)
    return Counter(filter(_index().__contains__, tokens)), len(tokens)


def detect_language(text: str, max_words: int = 400, normalised: list[str] | None = None) -> str | None:
    """ISO 639-1 code of the language with most function words among the first max_words words, or None.
    ``normalised``: normalise() of each line of text.split("\n"), when known (see words_of_normalised)."""
    counts, read = _counted_words(text, max_words, normalised)  # (only the function words: the Malay markers are some)
    if not read:
        return None
    scores = dict.fromkeys(LANGUAGES, 0)
    index = _index()
    for token, count in counts.items():
        for lang in index[token]:
            scores[lang] += count
    del scores["ms"]
    best = max(scores, key=lambda lang: (scores[lang], lang == "id"))
    if scores[best] < MIN_HITS:
        return None
    if best == "id":
        malay = sum(counts[t] for t in _malay_only() & counts.keys())
        if malay >= 3 and malay >= 0.02 * read:
            return "ms"
    return best
