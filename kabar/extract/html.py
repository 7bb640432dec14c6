"""HTML pages: visible lines (resiliparse, block-level newlines) for the line classifier, with the lists that stand
between the article's paragraphs kept (keep_article_lists), and head metadata (JSON-LD, Open Graph, article:* and
author meta tags) for the title, description and metadata fields."""

from __future__ import annotations

import html as html_lib
import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import islice
from typing import Any

from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.html import HTMLTree

from kabar.data import load_json, load_lines
from kabar.extract.speedups import speedups

JSONLD_ARTICLE_TYPES = ("article", "newsarticle", "reportagenewsarticle", "blogposting", "webpage", "analysisnewsarticle",
                        "liveblogposting", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle")
META_NAMES = {
    "og:title": "og_title",
    "twitter:title": "twitter_title",
    "og:description": "og_description",
    "description": "description",
    "twitter:description": "twitter_description",
    "og:site_name": "site_name",
    "og:url": "url",
    "article:published_time": "published",
    "og:published_time": "published",
    "datepublished": "published",
    "pubdate": "published",
    "publishdate": "published",
    "publish-date": "published",
    "content_publishdate": "published",
    "dtk:publishdate": "published",
    "date": "published",
    "article:modified_time": "modified",
    "og:updated_time": "modified",
    "author": "author",
    "article:author": "author",
    "content_author": "author",
    "dtk:author": "author",
    "content_editor": "editor",  # (Okezone's "content_Editor", beside its "content_Author")
    "og:locale": "locale",
    "content-language": "language",
    "language": "language",
    "article:section": "section",
}


def parse(html: str) -> HTMLTree:
    return HTMLTree.parse(keep_article_lists(html))


# resiliparse's main-content filter drops every <ul> fewer than four levels below <body> and every <ul> whose links
# hold over a fifth of its text, lists inside the article too. A list set between two text blocks (the page's own
# <p>...</p><ul>...</ul><p>, or a heading on either side) is handed to resiliparse as an <ol>, which that filter
# leaves to its other rules (class, id, role: "related", "nav" ... still drop it) and which it renders the same way.
# A list of links only ("Baca juga") stays a <ul>. (One scan of the page for "<ul"; the rest only around the lists.)
LIST_OPENING = re.compile(r"<ul[\s>]", re.IGNORECASE)
LIST_CLOSING = re.compile(r"</ul\s*>", re.IGNORECASE)
BLOCK_CLOSED_BEFORE = re.compile(r"</(?:p|h[1-6])\s*>\s*$", re.IGNORECASE)
BLOCK_OPENING = re.compile(r"\s*<(?:p|h[1-6])[\s>]", re.IGNORECASE)
TAG_TEXT = re.compile(r"<[^>]*>")
LIST_ITEM = re.compile(r"<li\b", re.IGNORECASE)
LINK = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)


def keep_article_lists(html: str) -> str:
    """html with each <ul> list that stands between two text blocks and is not links only turned into an <ol>."""
    pieces, done = [], 0
    for start in _tag_marks(html)[0]:
        if start < done or not BLOCK_CLOSED_BEFORE.search(html, max(0, start - 40), start):
            continue
        inside = html.find(">", start) + 1
        close = LIST_CLOSING.search(html, inside) if inside else None
        if close is None or not BLOCK_OPENING.match(html, close.end()):
            continue  # unclosed (truncated page), or no text block after it
        if LIST_OPENING.search(html, inside, close.start()) or _links_only(html[inside : close.start()]):
            continue  # a nested list (left as it is), or links only
        pieces += [html[done : start + 1], "ol", html[start + 3 : close.start() + 2], "ol"]  # "<ul" .. "</ul"
        done = close.start() + 4
    return "".join([*pieces, html[done:]]) if pieces else html


def _text_of(fragment: str) -> str:
    return " ".join(html_lib.unescape(TAG_TEXT.sub(" ", fragment)).split())


def _links_only(items_html: str) -> bool:
    """True when the list has no item, or half or more of its items are nothing but a link (related articles)."""
    items = [item for chunk in LIST_ITEM.split(items_html)[1:] if _text_of(item := chunk[chunk.find(">") + 1 :])]
    linked = 0
    for item in items:
        text = _text_of(item)
        link_text = " ".join(_text_of(m.group(1)) for m in LINK.finditer(item))
        linked += len(link_text) >= 0.9 * len(text)
    return not items or 2 * linked >= len(items)


def visible_lines(tree: HTMLTree, main_content: bool = True) -> list[str]:
    """The page's visible text, one block element per line (resiliparse is ~10x faster than lxml-based walkers)."""
    text = extract_plain_text(tree, preserve_formatting=True, main_content=main_content, list_bullets=False,
                              alt_texts=False, comments=False)
    return text.split("\n")


PHOTO_STORY_MIN_CAPTIONS = 3  # captions, at least, for a page without paragraphs to be a photo story told in them
PHOTO_STORY_CAPTION_WORDS = 8  # words of each, at least (a sentence, not a label; many captions have no full stop)


@cache
def _caption_credit() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("extract/caption_credits.txt")), re.IGNORECASE)


def photo_story_captions(html: str) -> list[str]:
    """The captions of a photo story ("FOTO: ..."), whose text is all in its figures, their closing credits cut: three
    <figcaption>s or more of a sentence's length; else []. (Only for a page the classifier found no text in.)"""
    if "<figcaption" not in html:
        return []
    captions: list[str] = []
    for node in HTMLTree.parse(html).body.query_selector_all("figcaption"):
        text = _caption_credit().sub("", " ".join(node.text.split())).strip()
        if text and text not in captions:
            captions.append(text)
    sentences = [c for c in captions if len(c.split()) >= PHOTO_STORY_CAPTION_WORDS]
    return sentences if len(sentences) >= PHOTO_STORY_MIN_CAPTIONS else []


def _jsonld_objects(data: Any) -> list[dict]:
    """Flatten JSON-LD (lists, @graph) into its objects."""
    out: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            out.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
    return out


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD author value (string, Person object or list)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name.strip())
    return names


def _article_objects(raw: str) -> list[tuple[dict, bool]]:
    """(object, whether it is an article rather than a web page) of the article-like objects of a JSON-LD block."""
    try:
        data = json.loads(raw.strip().removeprefix("<!--").removesuffix("-->"), strict=False)
    except (ValueError, TypeError):
        return []
    out = []
    for obj in _jsonld_objects(data):
        kinds = obj.get("@type")
        kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
        if any(isinstance(k, str) and k.lower() in JSONLD_ARTICLE_TYPES for k in kinds):
            out.append((obj, any(isinstance(k, str) and k.lower() != "webpage" for k in kinds)))
    return out


SAME_STORY_WORDS = 0.3  # share of a JSON-LD headline's words the page's own title holds, at least, for its story


def _other_story(obj: dict, meta: dict[str, Any]) -> bool:
    """Whether a JSON-LD article is another story than the page's (a related or next article some pages describe
    too): its headline shares almost no words with the page's og:title or <title>, and its URL is not the page's."""
    headline_text, own = obj.get("headline"), meta.get("og_title") or meta.get("title")
    if not isinstance(headline_text, str) or not headline_text.strip() or not own:
        return False
    url = obj.get("url") or obj.get("mainEntityOfPage")
    url = url.get("@id") if isinstance(url, dict) else url
    if isinstance(url, str) and meta.get("url") and url.rstrip("/") == str(meta["url"]).rstrip("/"):
        return False
    words = set(re.findall(r"\w+", headline_text.lower()))
    return bool(words) and len(words & set(re.findall(r"\w+", own.lower()))) < SAME_STORY_WORDS * len(words)


def _merge_jsonld(objects: list[tuple[dict, bool]], found: dict[str, Any], meta: dict[str, Any]) -> None:
    """The page's own article first, web pages after (a WebPage's date may be the section's), other stories never."""
    for obj, article in sorted(objects, key=lambda pair: not pair[1]):
        if _other_story(obj, meta):
            continue
        for key, name in (("headline", "headline"), ("datePublished", "published"), ("dateModified", "modified"),
                          ("description", "description"), ("articleBody", "article_body"), ("inLanguage", "language")):
            value = obj.get(key)
            if isinstance(value, str) and value.strip() and (article or name not in found):
                found.setdefault(name, value.strip())
        if article and obj.get("author"):
            found.setdefault("authors", _names(obj["author"]))
        if article and obj.get("editor"):
            found.setdefault("editors", _names(obj["editor"]))
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            found.setdefault("publisher", publisher["name"].strip())


# Head tags are read with regular expressions over the raw HTML: resiliparse's DOM node access costs ~0.2 ms per
# node (a page has dozens of <meta>), which alone made the HTML path slower than trafilatura.
META_TAG = re.compile(r"<meta\b([^>]*)>", re.IGNORECASE)
ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
TITLE_TAG = re.compile(r"<title\b[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# A JSON-LD block: its opening tag, then the text up to the first closing </script> (searched on its own: a lazy
# "(.*?)</script>" tested every character of the block for the closing tag)
JSONLD_OPENING = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>", re.IGNORECASE)
SCRIPT_CLOSING = re.compile(r"</script>", re.IGNORECASE)
CANONICAL_TAG = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[^>]*>", re.IGNORECASE)
HTML_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
# "+json" is found by a fast literal scan ("+" is uncased); the JSON-LD tag regex scans every "<" of the page
JSONLD_HINT = re.compile(r"\+json", re.IGNORECASE)
HEAD_END = re.compile(r"</head\s*>|<body\b", re.IGNORECASE)
_last_head: tuple[str, int | None] | None = None  # (the last page asked, where its head ends): see head_end


def head_end(html: str) -> int | None:
    """Where the page's head ends (HEAD_END's first match), None when nothing marks it. The last page asked is
    remembered (by identity: no hash of a ~170 KB page): html_meta and the byline and date readers under the headline
    ask about the same page one after the other, and the search runs over its whole head (~60 KB)."""
    global _last_head
    last = _last_head
    if last is not None and last[0] is html:
        return last[1]
    end = HEAD_END.search(html)
    _last_head = (html, end.start() if end else None)
    return _last_head[1]


# One scan of the head for its <meta> and <link> tags and for where it ends (HEAD_END's alternatives): three searches
# of the same ~60 KB cost more than this one. Groups: a <meta>'s attributes, a whole <link> tag; neither at the end.
HEAD_TAG_OR_END = re.compile(r"<(?:meta\b([^>]*)>|(link\b[^>]*>)|/head\s*>|body\b)", re.IGNORECASE)
NO_HEAD_END_LIMIT = 200_000  # the head tags of a page with no </head> nor <body> are read up to here


def _meta_key_content_python(attributes: str) -> tuple[str, str]:
    """(the first non-empty of the property, name, itemprop and http-equiv attributes, else ""; the content attribute,
    else "") of a <meta> tag's attributes, unescaped."""
    attrs = _attrs(attributes)
    key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv") or ""
    return key, attrs.get("content", "")


def _no_meta_reader(attributes: str) -> None:
    return None  # (without the C speedups: the dict is read)


# (the same read in C, without a dict of every attribute: None when a value needs unescaping)
_meta_key_content = speedups.meta_key_content if speedups is not None else _no_meta_reader


def _head_tags_python(html: str, limit: int) -> tuple[int | None, list[str], list[tuple[int, int]]] | None:
    """(where the head ends (HEAD_END's first match) or None, the attributes of each <meta> before it, the (start,
    end) of each <link> tag before it: META_TAG's and CANONICAL_TAG's candidates) in one scan; with no end, the tags
    ending by limit. None when a tag holds a "<" ('<meta content="<link ...>">'): a tag there may hide one that
    separate searches would find; the caller searches them. (_head_tags without the C speedups.)"""
    metas, links = [], []
    for found in HEAD_TAG_OR_END.finditer(html):
        attributes, link = found.groups()
        if attributes is not None:
            if "<" in attributes:
                return None
            metas.append((attributes, found.end()))
        elif link is not None:
            if "<" in link[1:]:
                return None
            links.append(found.span())
        else:  # </head> or <body
            return found.start(), [text for text, _ in metas], links
    return None, [text for text, end in metas if end <= limit], [(start, end) for start, end in links if end <= limit]


# (the same scan in C: ~600 "<" of a ~60 KB head found 16 characters at a time, each tag read where it stands)
_head_tags_of = speedups.head_tags if speedups is not None else _head_tags_python


def _head_tags(html: str) -> tuple[int | None, list[str], list[tuple[int, int]]] | None:
    """_head_tags_python's answer (in C where built); head_end remembers the page."""
    global _last_head
    scanned = _head_tags_of(html, NO_HEAD_END_LIMIT)
    if scanned is not None:
        _last_head = (html, scanned[0])
    return scanned


def _attrs(tag: str) -> dict[str, str]:
    """Attributes of a tag, names in lower case, values unescaped (the last of a repeated name wins)."""
    out = {}
    for name, double, single, bare in ATTR.findall(tag):  # (tuples of strings: cheaper than match objects)
        value = double or single or bare
        out[name.lower()] = html_lib.unescape(value) if "&" in value else value
    return out


def _tag_marks_python(html: str) -> tuple[list[int], list[int], None, None]:
    """(where each LIST_OPENING match starts, where each JSONLD_HINT match starts, None, None): _tag_marks without the
    C speedups, which leaves "datePublished" and "<time" to _date_published_places and _holds_time_tag (asked of some
    pages only)."""
    lists, hints = LIST_OPENING.finditer(html), JSONLD_HINT.finditer(html)
    return [found.start() for found in lists], [found.start() for found in hints], None, None


def _holds_time_tag(html: str) -> bool:
    """Whether the page holds "<time" (from _tag_marks' pass where it has one: the search of a whole page for a tag it
    does not hold costs ~0.1 ms)."""
    places = _tag_marks(html)[3]
    return bool(places) if places is not None else "<time" in html


def _date_published_places(html: str) -> list[int]:
    """Where each "datePublished" of the page starts (_tag_marks' third list)."""
    places, at = [], html.find("datePublished")
    while at >= 0:
        places.append(at)
        at = html.find("datePublished", at + 1)
    return places


# (the page's scans in one C pass, 16 characters at a time: ~0.04 ms a page, ~0.15 before)
_tag_marks_of = speedups.tag_marks if speedups is not None else _tag_marks_python
_last_marks: tuple[str, tuple] | None = None  # (the last page asked, its marks): see _tag_marks


def _tag_marks(html: str) -> tuple[list[int], list[int], list[int] | None, list[int] | None]:
    """(where each list opening LIST_OPENING finds starts, where each JSONLD_HINT match starts, where each
    "datePublished" starts or None, where each "<time" starts or None: see _date_published_places and _holds_time_tag)
    in the page. The last page asked is remembered (by identity): keep_article_lists and html_meta read the same page
    one after the other."""
    global _last_marks
    last = _last_marks
    if last is not None and last[0] is html:
        return last[1]
    marks = _tag_marks_of(html)
    _last_marks = (html, marks)
    return marks


def _jsonld_blocks(html: str) -> Iterator[str]:
    """The text of each JSON-LD block (an application/ld+json <script> up to the first </script> after its opening
    tag), found from the places of "+json" in the page (_tag_marks): each search for an opening tag starts after the
    last ">" before the next "+json" (an opening tag holds no ">", so none starts earlier). When no </script> follows
    an opening tag, none follows a later one either: the search ends."""
    hints = _tag_marks(html)[1]
    pos = at = 0
    while (at := bisect_left(hints, pos, at)) < len(hints):  # (the first "+json" from pos on)
        opening = JSONLD_OPENING.search(html, max(pos, html.rfind(">", pos, hints[at]) + 1))
        closing = SCRIPT_CLOSING.search(html, opening.end()) if opening else None
        if closing is None:
            return
        yield html[opening.end() : closing.start()]
        pos = closing.end()


# schema.org microdata in the page's body: <meta itemprop="datePublished" content="..."> or <time itemprop=...
# datetime="...">, read when the head states no publication date (a page of lists holds several: then none is taken).
# Found from the places of the property name (microdata names are case-sensitive: _tag_marks), each tag read around
# it: a pattern scanning the whole page doubled html_meta's time.
BODY_DATE_PROP = re.compile(r"<(?:meta|time)\b[^>]*\bitemprop\s*=\s*[\"']?datePublished\b[^>]*>", re.IGNORECASE)


def _body_date_published(html: str, start: int) -> str | None:
    """The body's one microdata datePublished (content or datetime attribute), None when absent or not one day."""
    values = []
    places = _tag_marks(html)[2]  # (every "datePublished" of the page, in order)
    if places is None:  # (without the C speedups)
        places = _date_published_places(html)
    for pos in places[bisect_left(places, start) :]:
        # (the tag opens within a few hundred characters: a bounded look-back keeps a hostile page linear)
        tag_start, tag_end = html.rfind("<", max(start, pos - 2000), pos), html.find(">", pos, pos + 2000)
        tag = BODY_DATE_PROP.fullmatch(html, tag_start, tag_end + 1) if tag_start >= 0 and tag_end >= 0 else None
        if tag:
            attrs = _attrs(tag.group(0))
            value = (attrs.get("content") or attrs.get("datetime") or "").strip()
            if value and not value.startswith("0001"):
                values.append(value)
    return values[0] if values and len({v[:10] for v in values}) == 1 else None


# resiliparse's main-content filter drops a credit box whose names are links ("Penulis <a>X</a> Editor <a>Y</a>": mostly
# link text), so the page's writer and editor are lost. Such a box stands by the headline: the links a few KB around the
# headline's first place in the body are read when a credit label (meta_cues.json byline/editor words) opens the text
# just before them. The headline is found with one long-needle str.find, several times cheaper than a scan for "<h1"
# or for each label over a whole ~170 KB page.
CREDIT_BEFORE_HEADLINE, CREDIT_AFTER_HEADLINE = 2000, 4000
LINK_WITH_TEXT = re.compile(r"<a\b[^>]*>([^<]{2,80})</a\s*>")  # (literal "<a" prefix: a fast scan)
# The headline is looked for as written up to its first character that a page may escape or spell otherwise (quotes,
# ampersands, dashes); hyphens, commas, colons and full stops are kept ("Pete-pete Listrik ...", "Anak-anak ...").
HEADLINE_KEY_END = re.compile(r"[^\w ,.:;!?%()/-]")
# A label inside its own element right before the link: "<span>Editor:</span> <a>X</a>", "<b>Penulis</b>: <a>", and
# "<h6>Editor</h6><h6><a>X</a></h6>" (Kompas.com's credit box: label and name in two block elements).
# (Both matched at the last "<" only: most links of a page follow a tag, and a scan of the text before each would cost.)
CLOSING_LABEL_TAG = re.compile(r"</(?:span|strong|b|em|i|label|small|h[1-6]|div|p|dt|th|td)>\s*:?\s*\Z", re.IGNORECASE)
OPENING_CONTAINER = re.compile(r"<(?:h[1-6]|div|span|p|dd|td|strong|b)\b[^<>]{0,80}>\s*\Z", re.IGNORECASE)
MIN_HEADLINE_KEY = 12


@cache
def _credit_labels() -> tuple[re.Pattern, dict[str, str]]:
    """A byline/editor label opening a text node ("...>Editor :", "| Penulis") right before a link; label -> kind."""
    cues = load_json("id/meta_cues.json")
    kinds = {w: kind for kind in ("byline", "editor") for w in cues[kind]}
    words = "|".join(re.escape(w) for w in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"[>|]\s*({words})\s*:?\s*\Z", re.IGNORECASE), kinds


HEADER_CHARS = 2500  # characters of HTML after the headline read for its byline and date block


_last_headline: tuple[str, int, str, int] | None = None  # (page, start, key, where): see _headline_at
_last_pieces: tuple[str, str | None, int, list[str]] | None = None  # (page, title, limit, pieces): lines_under_headline


def _headline_at(html: str, start: int, title: str | None) -> int:
    """Where the headline first stands in the HTML after start, or -1: its first run of characters a page writes as
    they are, of at least MIN_HEADLINE_KEY characters ("[HOAKS] Video ...": the run after the bracket). The last
    answer is remembered (the page by identity): credit_links and the date and byline readers under the headline
    look for the same headline in the same page, each search a scan of its body up to the headline."""
    global _last_headline
    key = next((run.strip()[:40] for run in HEADLINE_KEY_END.split(title or "") if len(run.strip()) >= MIN_HEADLINE_KEY),
               "")
    if not key:
        return -1
    last = _last_headline
    if last is not None and last[0] is html and last[1] == start and last[2] == key:
        return last[3]
    at = html.find(key, start)
    _last_headline = (html, start, key, at)
    return at


def lines_under_headline(html: str, title: str | None, limit: int) -> list[str]:
    """The first ``limit`` text pieces (between tags) after the headline's first place in the body, unescaped: its
    byline and date block, read from the raw HTML (no second render of the page: one str.find and one slice). The
    last answer is remembered (the date and the byline readers ask one after the other)."""
    global _last_pieces
    last = _last_pieces
    if last is not None and last[0] is html and last[1] == title and last[2] == limit:
        return list(last[3])
    at = _headline_at(html, head_end(html) or 0, title)
    if at < 0:
        pieces = []
    else:
        close = html.find("<", at)  # (the headline's own text ends at its closing tag)
        # (the pieces of whitespace between tags, most of them, are passed over before unescaping: they give "")
        unescaped = (" ".join(html_lib.unescape(t).split()) for t in TAG_TEXT.split(html[close : close + HEADER_CHARS])
                     if t and not t.isspace())
        pieces = list(islice(filter(None, unescaped), limit))  # (the pieces past the first ``limit`` are not unescaped)
    _last_pieces = (html, title, limit, pieces)
    return list(pieces)


def credit_links(html: str, start: int, title: str | None) -> list[tuple[str, str]]:
    """(kind, link text) for each link after a credit label near the headline's first place after start; kind is
    'byline' or 'editor'. [] when the headline is not found in the page as written (escaped, shortened)."""
    at = _headline_at(html, start, title)
    if at < 0:
        return []
    label_before, kinds = _credit_labels()
    found = []
    for link in LINK_WITH_TEXT.finditer(html, max(start, at - CREDIT_BEFORE_HEADLINE), at + CREDIT_AFTER_HEADLINE):
        before = html[max(0, link.start() - 120) : link.start()].rstrip()
        if before.rstrip(": ")[-1:] in ("", ">"):
            lt = before.rfind("<")
            for _ in range(2):  # (the link's own containers: "<h6><a>", "<div><span><a>")
                if lt < 0 or OPENING_CONTAINER.match(before, lt) is None:
                    break
                before = before[:lt].rstrip()
                lt = before.rfind("<")
            if lt < 0 or CLOSING_LABEL_TAG.match(before, lt) is None:
                continue
            before = before[:lt].rstrip()
        if label := label_before.search(before):
            found.append((kinds[label.group(1).lower()], " ".join(html_lib.unescape(link.group(1)).split())))
    return found


def html_meta(html: str) -> dict[str, Any]:
    """Head metadata: {"title", "og_title", "headline", "description", "published", "modified", "authors",
    "site_name", "publisher", "url", "language", "jsonld": {...}, "credit_links": [(kind, name), ...]} (keys only
    when the page states them)."""
    meta: dict[str, Any] = {}
    scanned = _head_tags(html)
    end = scanned[0] if scanned is not None else head_end(html)
    head_end_at = end if end is not None else min(len(html), NO_HEAD_END_LIMIT)  # (searched up to there: no copy)
    if scanned is not None:
        metas = scanned[1]
        # (CANONICAL_TAG backtracks through each tag: a link tag whose text lacks "anon" is not tried; "anon" has no
        # letter that matches anything but its own two cases under IGNORECASE, "canonical"'s i would: İ, ı)
        canonical = next((found for start, end in scanned[2] if "anon" in html[start:end].lower()
                          and (found := CANONICAL_TAG.match(html, start, end))), None)
    else:
        metas = [tag.group(1) for tag in META_TAG.finditer(html, 0, head_end_at)]
        canonical = CANONICAL_TAG.search(html, 0, head_end_at)
    title = TITLE_TAG.search(html, 0, head_end_at)
    if title and title.group(1).strip():
        meta["title"] = " ".join(html_lib.unescape(title.group(1)).split())
    for attributes in metas:
        key, content = _meta_key_content(attributes) or _meta_key_content_python(attributes)
        field = META_NAMES.get(key.strip().lower())
        content = content.strip()
        if not field or not content:
            continue
        if field == "author":
            meta.setdefault("authors", [])
            if content not in meta["authors"] and not content.startswith("http"):
                meta["authors"].append(content)
        elif field == "editor":  # (kept apart from JSON-LD's editors: a tag of its own names the editor even when
            # he also wrote the story, as the site's credit box does)
            meta.setdefault("tag_editors", [])
            if content not in meta["tag_editors"]:
                meta["tag_editors"].append(content)
        else:
            meta.setdefault(field, content)
    if "published" not in meta and (stated := _body_date_published(html, head_end_at)):
        meta["published"] = stated
    if canonical and _attrs(canonical.group(0)).get("href"):
        meta.setdefault("url", _attrs(canonical.group(0))["href"])
    lang = HTML_LANG.search(html[:5000])
    if lang:
        meta.setdefault("language", lang.group(1))
    jsonld: dict[str, Any] = {}
    _merge_jsonld([pair for block in _jsonld_blocks(html) for pair in _article_objects(block)], jsonld, meta)
    if jsonld:
        meta["jsonld"] = jsonld
        for key in ("headline", "published", "modified", "description", "publisher"):
            if key in jsonld:
                meta.setdefault(key, jsonld[key])
        if jsonld.get("authors"):
            meta.setdefault("authors", jsonld["authors"])
        if jsonld.get("editors"):
            meta.setdefault("editors", jsonld["editors"])
    if credits := credit_links(html, head_end_at, headline(meta)):
        meta["credit_links"] = credits
    if "published" not in meta and _holds_time_tag(html) and (stamp := time_under_headline(html, headline(meta))):
        meta["published"] = stamp  # (the date a theme prints, "24 November 2026", with its time only in the tag)
    return meta


TIME_DATETIME = re.compile(r"<time\b[^>]*?\bdatetime\s*=\s*[\"']([^\"'<>]{10,40})[\"']", re.IGNORECASE)


def time_under_headline(html: str, title: str | None) -> str | None:
    """The datetime attribute of the first <time> element in the HEADER_CHARS after the headline's first place in the
    body (a WordPress theme's "entry-date"), when the head states no date: None when the headline is not found."""
    at = _headline_at(html, head_end(html) or 0, title)
    for m in TIME_DATETIME.finditer(html, at, at + HEADER_CHARS) if at >= 0 else ():
        tag = m.group(0).lower()
        if "updated" not in tag and "modified" not in tag:  # (class="updated": the update's date, not the story's)
            return m.group(1).strip()
    return None


SITE_SUFFIX = re.compile(r"\s+[|\-–—:»·]\s+([^|\-–—:»·]{2,40})$")
# the tail of a <title> that names the site rather than the story: "| Kompas.com", "- detikNews", "| Republika Online"
SITE_WORDS = re.compile(r"\.(?:com|co|id|net|org|tv)\b|\b(?:news|online|media|tv|com|portal)\b|(?-i:^[a-z]+[A-Z])",
                        re.IGNORECASE)
PAGE_SUFFIX = re.compile(r"\s+(?:halaman|hal\.|page)\s+(?:all|\d+)$", re.IGNORECASE)  # "... Halaman all" (Kompas)


@lru_cache(maxsize=4096)
def strip_site_name(title: str, site: str | None = None) -> str:
    """The title without a trailing " | Site" part (repeatedly: "Judul - Nasional | Kompas.com"). Cached (cleared with
    the line caches): headline() and headlines() ask about the same head titles several times a page."""
    for _ in range(3):
        match = SITE_SUFFIX.search(title)
        if not match:
            break
        tail = match.group(1).strip()
        same_site = site and (tail.lower() in site.lower() or site.lower() in tail.lower())
        if not (same_site or SITE_WORDS.search(tail)):
            break
        title = title[: match.start()].strip()
    return PAGE_SUFFIX.sub("", title)


def headline(meta: dict[str, Any]) -> str | None:
    """The page's own headline: JSON-LD headline, og:title, else <title>, without a trailing " | Site" part."""
    site = meta.get("site_name") or meta.get("publisher")
    for key in ("headline", "og_title", "twitter_title", "title"):
        if meta.get(key):
            text = " ".join(str(meta[key]).split())
            return strip_site_name(text, site) or text
    return None


def headlines(meta: dict[str, Any]) -> list[str]:
    """Every form of the headline the head states (JSON-LD headline, og:title, twitter:title, <title> without its
    site part): a page may shorten or reword one of them for social media (VOI's og:title)."""
    site = meta.get("site_name") or meta.get("publisher")
    out = []
    for key in ("headline", "og_title", "twitter_title", "title"):
        if meta.get(key):
            text = " ".join(str(meta[key]).split())
            out.append(strip_site_name(text, site) or text)
    return out


def description(meta: dict[str, Any]) -> str | None:
    for key in ("description", "og_description", "twitter_description"):
        if meta.get(key):
            return " ".join(str(meta[key]).split())
    return None
