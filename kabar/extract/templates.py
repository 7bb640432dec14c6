"""Template lines: short lines that recur across many pages of one outlet (menus, widgets, footers).

Pure functions so a Spark engine can compute the same thing with a shuffle: map each page to
``page_template_keys(...)`` (group, signature, lines), reduce by (group, line) counting distinct signatures, and
keep the lines ``is_template`` accepts.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from kabar.extract.features import EDGE_PUNCTUATION, normalise

MAX_WORDS = 15  # template lines are short; long lines recurring across pages are syndicated copy, not template
MIN_PAGES = 3
SIGNATURE_LINES = 3
MIN_SHARE = 0.3


@lru_cache(maxsize=4096)
def page_group(url: str | None) -> str:
    """The outlet key of a page: its host without "www." ("" when unknown: such pages are pooled together). Cached:
    the template step and the article step both ask, and urlsplit costs more than the rest of a short page."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:  # a malformed URL ("http://[::1/x"): its page is pooled with the unknown ones, not lost
        return ""
    return host.removeprefix("www.").removeprefix("m.").removeprefix("amp.")


@lru_cache(maxsize=65536)
def short_line_key(text: str) -> str | None:
    """line_key of a stripped line of at most MAX_WORDS words, else None (cached: menus and footers recur on every page
    of an outlet; kabar.extract.lines.clear_text_caches forgets them)."""
    words = text.split(None, MAX_WORDS)  # (stops splitting a long line once it is known to be long)
    if len(words) > MAX_WORDS:
        return None
    # line_key: lower-casing never adds or removes a space, so the words can be joined first
    return " ".join(words).lower().strip(EDGE_PUNCTUATION)


def page_template_keys(raw_lines: list[str], url: str | None) -> tuple[str, str, frozenset[str]]:
    """(group, signature, normalised short lines) of one page; signature tells copies of one page apart."""
    group, signature, short, _ = page_template_parts(raw_lines, url)
    return group, signature, short


def page_template_parts(raw_lines: list[str], url: str | None) -> tuple[str, str, frozenset[str], dict[str, str]]:
    """page_template_keys, and the normalised text of each line the signature is made of (the page's longest lines,
    mostly its longest paragraphs: the article id normalises them again, see kabar.extract.pipeline.article_id)."""
    texts = list(filter(None, map(str.strip, raw_lines)))
    short = set(map(short_line_key, texts))
    short.discard(None)
    short.discard("")
    # copies of one article share their longest lines; pages of one outlet share at most a long footer
    longest = heapq.nlargest(SIGNATURE_LINES, texts, key=len)  # (= sorted(..., reverse=True)[:n], ties in order)
    normalised = {text: normalise(text) for text in longest}
    return page_group(url), joined_normalised(normalised[text] for text in longest), frozenset(short), normalised


def joined_normalised(parts: Iterable[str]) -> str:
    """normalise of whitespace-joined texts from their normalised parts: no word spans whitespace, so the words of
    the whole are the parts' words in order (the empty parts add none)."""
    return " ".join(filter(None, parts))


def is_template(distinct_pages: int, group_pages: int, min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE) -> bool:
    return distinct_pages >= min_pages and distinct_pages >= min_share * group_pages


def template_lines(
    pages: Iterable[tuple[str, str, frozenset[str]]], min_pages: int = MIN_PAGES, min_share: float = MIN_SHARE
) -> dict[str, frozenset[str]]:
    """Per group, the normalised lines found on enough distinct pages of that group."""
    by_signature: dict[str, dict[str, set[str]]] = defaultdict(dict)  # group -> signature -> lines of its copies
    for group, signature, lines in pages:
        copies = by_signature[group]
        if signature in copies:
            copies[signature] |= lines
        else:
            copies[signature] = set(lines)
    out: dict[str, frozenset[str]] = {}
    for group, copies in by_signature.items():
        counts: Counter[str] = Counter()
        for lines in copies.values():
            counts.update(lines)  # distinct pages (signatures) holding each line
        kept = frozenset(line for line, n in counts.items() if is_template(n, len(copies), min_pages, min_share))
        if kept:
            out[group] = kept
    return out
