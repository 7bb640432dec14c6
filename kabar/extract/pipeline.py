"""Extraction over a batch of pages: template lines across the batch, line classification, metadata, language, id.

Text dumps are classified line by line (kabar.extract.lines). HTML pages are rendered to visible lines
(kabar.extract.html, resiliparse) and go through the same classifier, with the head's headline as a title hint and
its JSON-LD/meta tags passed to the metadata step. For HTML, ``Article.lines`` is None and ``body_lines`` number the
lines of that visible-text rendering.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kabar.data import load_json, load_lines
from kabar.extract.features import LineFeatures, normalise
from kabar.extract.lines import DUMP_GAPS, MAIN_CONTENT_GAPS, classify, clean_line, headline_cell
from kabar.extract.templates import (
    MIN_PAGES,
    joined_normalised,
    page_group,
    page_template_parts,
    template_lines,
)
from kabar.language import detect_language
from kabar.records import Article, InputError, LineLabels, Page

MIN_MAIN_CONTENT_CHARS = 400  # below this, an HTML page is also read without the main-content filter
METADATA_KEYS = ("outlet", "published", "published_basis", "authors", "editors", "translators", "agencies", "dateline")


def article_id(text: str, normalised: dict[str, str] | None = None) -> str:
    """Stable id from the content: words of the normalised body, whatever the spacing or case. ``normalised``: lines
    already normalised (the template step's longest lines), by their text; the others are normalised here."""
    if normalised:
        return id_of_normalised(normalised_lines(text, normalised))
    return id_of_normalised([normalise(text)])


def normalised_lines(text: str, known: dict[str, str]) -> list[str]:
    """normalise() of each line of text.split("\n"), those in ``known`` (by their text) taken from it."""
    return [known[p] if p in known else normalise(p) for p in text.split("\n")]


def id_of_normalised(parts: list[str]) -> str:
    """article_id of a text from the normalise() of its lines."""
    return hashlib.sha1(joined_normalised(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class PageLines:
    """A page reduced to lines, with what its HTML head says (empty for text dumps)."""

    lines: list[str]
    meta: dict[str, Any] = field(default_factory=dict)
    html: bool = False
    normalised: dict[str, str] = field(default_factory=dict)  # some stripped lines and their normalise()


def page_lines(page: Page) -> PageLines:
    if page.kind == "html":
        from kabar.extract.html import html_meta, parse, visible_lines

        tree = parse(page.raw)
        return PageLines(visible_lines(tree), html_meta(page.raw), html=True)
    return PageLines(page.raw.split("\n"))


def _metadata(lines: list[str], labels: LineLabels, body: list[str], url: str | None, meta: dict | None,
              fetched: str | None = None) -> dict:
    """The metadata engineer's extract_metadata, or nothing until it exists (a bug there must not lose the page)."""
    try:
        from kabar.extract.metadata import extract_metadata
    except ImportError:
        return {}
    try:
        return extract_metadata(lines, labels, body, url, html_meta=meta, fetched=fetched) or {}
    except Exception:  # the article (body, title, lines) is still worth keeping without its metadata
        return {}


def build_article(page: Page, pl: PageLines, template: frozenset[str] = frozenset()) -> Article:
    """The Article of one page from its lines and the batch's template lines for its outlet."""
    from kabar.extract.html import description as meta_description
    from kabar.extract.html import headline, headlines

    hint = headline(pl.meta) if pl.html else None
    classified = classify(pl.lines, template, title_hint=hint, gaps=MAIN_CONTENT_GAPS if pl.html else DUMP_GAPS)
    labels = classified.labels
    if pl.html and _body_chars(pl.lines, labels) < MIN_MAIN_CONTENT_CHARS:
        # resiliparse's main-content filter sometimes drops the article itself: retry on every visible line (the
        # page is parsed again rather than keeping every parsed page of the batch in memory)
        from kabar.extract.html import parse, visible_lines

        whole = visible_lines(parse(page.raw), main_content=False)
        whole_classified = classify(whole, template, title_hint=hint)
        if _body_chars(whole, whole_classified.labels) > _body_chars(pl.lines, labels):
            pl.lines, classified = whole, whole_classified
            labels = classified.labels
    body_lines = list(labels.body)
    paragraphs = [_without_trailing_link(pl.lines[n - 1].strip()) for n in body_lines]
    title = headline_cell(pl.lines[labels.title - 1]).strip() if labels.title else None
    desc = pl.lines[labels.description - 1].strip() if labels.description else None
    if pl.html:
        # the headline as printed on the page (the <h1>) when it matches one of the head's forms, else the head's
        title = title if title and hint and (_generic_hint(hint, pl.meta) or any(
            _similar(title, h) for h in headlines(pl.meta))) else hint or title
        if title and title == hint and not any(pl.meta.get(k) for k in ("headline", "og_title", "twitter_title")):
            title = _printed_part(title, pl.lines) or title  # only a <title>: "Site - Headline" on an old site
        desc = meta_description(pl.meta) or desc
        if not paragraphs and pl.meta.get("jsonld", {}).get("article_body"):
            paragraphs = [p.strip() for p in pl.meta["jsonld"]["article_body"].split("\n") if p.strip()]
            body_lines = []
        if not paragraphs:  # a photo story: its text is in the captions, which the rendering leaves out
            from kabar.extract.html import photo_story_captions

            paragraphs = photo_story_captions(page.raw)
    title = clean_line(title) if title else title  # (no-break, doubled and zero-width spaces of the headline)
    desc = clean_line(desc) if desc else desc
    url = page.url or (pl.meta.get("url") if pl.html else None)
    # (the metadata step reads the lines as the classifier did: "Penulis:\xa0X", "Editor :  Y" as plain text)
    cleaned = _cleaned_lines(pl.lines, classified.features)
    meta = _metadata(cleaned, labels,
                     [cleaned[n - 1] for n in body_lines] if body_lines else [clean_line(p) for p in paragraphs], url,
                     pl.meta if pl.html else None, page.fetched)
    if pl.html and "T" not in (meta.get("published") or "") and title and not pl.meta.get("published"):
        # neither the head nor the main content dates the page to the minute: resiliparse's main-content filter may
        # have dropped the byline block under the headline with the headline itself (rmol.id); read it from there
        if (stated := _header_date(page.raw, title)) is not None:
            meta["published"], meta["published_basis"] = stated, "byline"
    if pl.html and not meta.get("authors") and title and not meta.get("agencies"):
        # no writer anywhere: a byline of a link, a dash and the outlet ("<a>X</a> - Bisnis.com") under the headline
        # is mostly link text, which the main-content filter drops; the head may name the editor as author
        meta["authors"] = [n for n in _header_byline(page.raw, title) if n not in (meta.get("editors") or [])]
    if _writer_bio_last(paragraphs, meta.get("authors") or []):
        paragraphs = paragraphs[:-1]
        if body_lines:  # (the line labels say the same: the bio is furniture)
            bio = body_lines.pop()
            labels.body = [n for n in labels.body if n != bio]
            labels.boilerplate = sorted([*labels.boilerplate, bio])
    text = "\n".join(paragraphs)
    words = normalised_lines(text, pl.normalised) if text.strip() else None  # (the id's and the language's words)
    article = Article(
        id=id_of_normalised(words) if words is not None else article_id(page.raw),
        source=page.source,
        url=url,
        text=text,
        title=title,
        description=desc,
        lines=None if pl.html else labels,
        body_lines=body_lines,
    )
    for key in METADATA_KEYS:
        if meta.get(key) is not None:
            setattr(article, key, meta[key])
    language = detect_language(text, normalised=words) if text else detect_language(title or "")
    article.language = language or meta.get("language")
    return article


@cache
def _generic_titles() -> frozenset[str]:
    return frozenset(load_lines("extract/generic_titles.txt"))


def _generic_hint(hint: str, meta: dict) -> bool:
    """Whether the head's headline is no headline: the site's name ("Kabar Pesisir" as og:title) or a generic page
    title ("Home", "Beranda"); the headline the page prints is then the title."""
    plain = " ".join(hint.lower().split())
    site = meta.get("site_name")
    return plain in _generic_titles() or isinstance(site, str) and plain == " ".join(site.lower().split())


TRAILING_LINK_WORDS = 20  # words of a related link's cue and headline glued to a paragraph's end, at most
SENTENCE_END = (".", "!", "?", '"', "”", ")")


@cache
def _trailing_link_cues() -> tuple[str, ...]:
    """The link cues of kabar/data/extract/link_cues.txt with their colon and the space before them."""
    return tuple(f" {cue}:" for cue in load_lines("extract/link_cues.txt"))


def _without_trailing_link(paragraph: str) -> str:
    """The paragraph without a related link glued to its end ("... kata dia. Baca juga: Banjir Rendam Tiga
    Kecamatan": a site that sets the link inside the paragraph's element), when a sentence ends before the cue."""
    if ":" not in paragraph[-TRAILING_LINK_WORDS * 12:]:
        return paragraph  # (no cue's colon near the end: most paragraphs)
    low = paragraph.lower()
    for cue in _trailing_link_cues():
        at = low.rfind(cue)
        if at > 0 and paragraph[:at].rstrip().endswith(SENTENCE_END) \
                and len(paragraph[at:].split()) <= TRAILING_LINK_WORDS and not paragraph.endswith("."):
            return paragraph[:at].rstrip()
    return paragraph


TITLE_PARTS = re.compile(r"\s+[-|–—:]\s+")
CELL_SPLIT = re.compile(r"\t+")


def _printed_part(title: str, lines: list[str]) -> str | None:
    """The part of a <title> like "Harian Pelita Borneo - Nelayan Sambas Keluhkan Kelangkaan Solar" that the page
    prints as a line of its own (or as a table cell of one: old table layouts put the left column's links and the
    headline in one row), when the <title> is all the head says; None when no part is printed alone."""
    parts = [part.strip() for part in TITLE_PARTS.split(title) if len(part.split()) >= 3]
    if len(parts) < 2 and not (parts and parts[0] != title):
        return None
    wanted = {part.lower(): part for part in parts}
    for line in lines:
        for cell in CELL_SPLIT.split(line) if "\t" in line else [line]:
            if (found := wanted.get(" ".join(cell.split()).lower())) is not None:
                return found
    return None


def _cleaned_lines(lines: list[str], features: list[LineFeatures]) -> list[str]:
    """clean_line of every line, read off the classifier's features: each holds the clean_line of its line, and the
    lines without one clean to "" (no clean_line run again over every line of the page)."""
    cleaned = [""] * len(lines)
    for line in features:
        cleaned[line.number - 1] = line.text
    return cleaned


HEADER_PIECES = 8  # text pieces under the headline where its byline and date stand
MAX_HEADER_LINE = 120


def _header_date(raw: str, title: str) -> str | None:
    """The publication date and time of a byline or date line right under the headline in the page's HTML, where
    the main content may not reach: "LAPORAN: X", "SELASA, 06 OKTOBER 2026 | 15:20 WIB" (rmol.id)."""
    from kabar.extract.dates import parse_published
    from kabar.extract.html import lines_under_headline
    from kabar.extract.metadata import meta_line_kind

    for line in lines_under_headline(raw, title, HEADER_PIECES):
        if len(line) <= MAX_HEADER_LINE and meta_line_kind(line) in ("date", "byline"):
            iso, basis = parse_published(line)
            if iso and "T" in iso and basis != "updated":
                return iso
    return None


HEADER_BYLINE_PIECES = 3  # text pieces joined into one line ("Name", "-", "Bisnis.com")
_BARE_NAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4}$")


def _header_byline(raw: str, title: str) -> list[str]:
    """The writers of a byline right under the headline in the page's HTML, where the main content may not reach: a
    cued one in one piece ("Oleh: La Ode Muhammad Ardin | 03-11-2026 16:15 WITA"), or a name, a separator and the
    outlet in separate elements ("<a>Dwi Rachmawati Sari</a><span>-</span><span>Bisnis.com</span>")."""
    from kabar.extract.bylines import cue_segments, names_in
    from kabar.extract.html import lines_under_headline
    from kabar.extract.metadata import meta_line_kind, people_in_line

    pieces = [p for p in lines_under_headline(raw, title, HEADER_PIECES) if len(p) <= MAX_HEADER_LINE]
    for piece in pieces:
        if (cued := cue_segments(piece)) and cued[0][0] == "byline" and meta_line_kind(piece) == "byline":
            names = [name for kind, rest in people_in_line(piece, "byline") if kind == "byline"
                     for name in names_in(rest)]
            if names:
                return names
    for i in range(len(pieces) - 1):
        if not (_BARE_NAME.match(pieces[i]) and pieces[i + 1][:1] in "-–—|·,"):
            continue  # (a name, then a separator: the only uncued shape read, so most pages cost one match a piece)
        for size in range(2, HEADER_BYLINE_PIECES + 1):
            line = " ".join(pieces[i : i + size])
            if i + size <= len(pieces) and meta_line_kind(line) == "byline":
                names = [rest for kind, rest in people_in_line(line, "byline") if kind == "byline"]
                if names:
                    return [name for rest in names for name in names_in(rest)]
    return []


MAX_BIO_WORDS = 60


def _writer_bio_last(paragraphs: list[str], authors: list[str]) -> bool:
    """Whether the last paragraph is the columnist's bio under an opinion piece: it opens with the page's author and a
    bio verb ("Hendra Wijayakusuma adalah peneliti di ...", "Jane Doe is a lecturer at ...") or an occupation."""
    if len(paragraphs) < 2 or not authors:
        return False
    last = paragraphs[-1]
    if len(last.split()) > MAX_BIO_WORDS:
        return False
    low = last.lower()
    if any(low.startswith(f"{name.lower()} {verb} ") for name in authors for verb in _bio_verbs()):
        return True
    # "Hendra Wijaya, dosen Fakultas Perikanan ...": the name, a comma and an occupation (meta_cues.json)
    return any(low.startswith(f"{name.lower()}, ") and low[len(name) + 2 :].split(None, 1)[0] in _occupations()
               for name in authors if len(low) > len(name) + 2)


@cache
def _occupations() -> frozenset[str]:
    return frozenset(load_json("id/meta_cues.json")["occupations"])


@cache
def _bio_verbs() -> tuple[str, ...]:
    return tuple(load_lines("extract/bio_verbs.txt"))


def _similar(a: str, b: str) -> bool:
    from kabar.extract.lines import _similarity

    return _similarity(a, b) >= 0.5


def _body_chars(lines: list[str], labels: LineLabels) -> int:
    return sum(len(lines[n - 1].strip()) for n in labels.body)


def _usable(page: Page) -> str | None:
    """Why a page cannot be an article, or None."""
    if not page.raw or page.raw.isspace():  # (not raw.strip(): a copy of the whole page when it ends with a newline)
        return "empty page"
    if "\x00" in page.raw[:4096]:
        return "binary content, not a page"
    return None


def extract_page(page: Page, template: frozenset[str] = frozenset()) -> Article:
    reason = _usable(page)
    if reason:
        raise InputError(page.source, reason)
    return build_article(page, page_lines(page), template)


def batch_templates(pages: list[Page], prepared: list[PageLines | InputError]) -> dict[str, frozenset[str]]:
    """template_lines of a batch. Only the pages of outlets with MIN_PAGES pages or more in the batch are read: a
    template line recurs on MIN_PAGES distinct pages of its outlet, so a smaller group has none (template_lines would
    keep nothing of it), and a batch of many outlets need not key every line of every page."""
    readable = [(page, pl) for page, pl in zip(pages, prepared, strict=True) if isinstance(pl, PageLines)]
    sizes = Counter(page_group(page.url) for page, _ in readable)
    keys = []
    for page, pl in readable:
        if sizes[page_group(page.url)] >= MIN_PAGES:
            group, signature, short, pl.normalised = page_template_parts(pl.lines, page.url)
            keys.append((group, signature, short))
    return template_lines(keys)


def extract_pages(pages: list[Page], templates: dict[str, frozenset[str]] | None = None) -> list[Article | InputError]:
    """Articles (or InputErrors) for a batch, in order; lines recurring across the batch's pages of one outlet are
    treated as template. ``templates`` (group -> lines, see kabar.extract.templates) replaces the batch's own count,
    e.g. when Spark has counted template lines over the whole input with a shuffle."""
    prepared: list[PageLines | InputError] = []
    for page in pages:
        try:
            reason = _usable(page)
            prepared.append(InputError(page.source, reason) if reason else page_lines(page))
        except Exception as err:
            prepared.append(InputError(page.source, f"unreadable page ({type(err).__name__}: {err})"))
    if templates is None:
        templates = batch_templates(pages, prepared)
    out: list[Article | InputError] = []
    for page, pl in zip(pages, prepared, strict=True):
        if isinstance(pl, InputError):
            out.append(pl)
            continue
        try:
            out.append(build_article(page, pl, templates.get(page_group(page.url), frozenset())))
        except Exception as err:
            out.append(InputError(page.source, f"extraction failed ({type(err).__name__}: {err})"))
    return out
