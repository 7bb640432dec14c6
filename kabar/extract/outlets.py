"""Which outlet published a page: its self-name in the text, its URL, its meta tags; agencies it cites.

Outlets and agencies come from kabar/data/id/outlets.json and kabar/data/id/agencies.txt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate, islice
from urllib.parse import urlsplit

from kabar.data import load_json, load_lines

__all__ = [
    "agency_mentions",
    "alias_first_words",
    "agency_name",
    "may_name_agencies",
    "find_agency_at",
    "outlet_by_cue",
    "outlet_from_html_meta",
    "outlet_from_url",
    "outlet_in_copyright",
    "self_named_domain",
]

# A domain-shaped token as outlets write their own name in datelines: "TRIBUNJATIM.COM", "jpnn.com", "Kompas.tv".
DOMAIN_TOKEN = r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?i:com|co\.id|co|id|net|tv|news|or\.id|web\.id|my\.id)"


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("www.", "").split()).strip(" .,-–—:|()")


@cache
def _outlets() -> list[dict]:
    return load_json("id/outlets.json")["outlets"]


@cache
def _cue_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for outlet in _outlets():
        for cue in [outlet["name"], *outlet["cues"], *outlet["domains"]]:
            index.setdefault(_norm(cue), outlet["name"])
    return index


@cache
def _domain_index() -> dict[str, str]:
    return {d.lower(): o["name"] for o in _outlets() for d in o["domains"]}


@cache
def _zones() -> tuple[dict[str, str], str]:
    data = load_json("id/outlets.json")
    return {o["name"]: o["zone"] for o in data["outlets"] if o.get("zone")}, data["default_zone"]


def outlet_zone(name: str | None) -> str | None:
    """The UTC offset a known outlet's clock runs on ("+07:00" WIB for most; WITA/WIT for the outlets of central and
    eastern Indonesia); None for an outlet not in the data file."""
    if not name or name not in _domain_index().values():
        return None
    zones, default = _zones()
    return zones.get(name, default)


def outlet_by_cue(text: str) -> str | None:
    """The display name of the outlet whose self-name is exactly text ("KOMPAS.com", "PR BEKASI", "detikNews")."""
    return _cue_index().get(_norm(text)) if text else None


@lru_cache(maxsize=4096)
def outlet_from_url(url: str | None) -> str | None:
    """The outlet owning the URL's host (the longest known domain suffix wins), or None. Cached (cleared with the line
    caches): the metadata step asks about a page's URL several times."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    index = _domain_index()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = index.get(".".join(parts[i:]))
        if name:
            return name
    return None


def self_named_domain(token: str) -> str | None:
    """An outlet's self-name in a dateline: the data file's display form, or a domain-shaped name as written.

    A domain in the dateline position ("TRIBUNJATIM.COM, SURABAYA -") names the outlet even when it is not in our
    list; it is shown with its first letter capitalised when the page wrote it all in capitals.
    """
    known = outlet_by_cue(token)
    if known:
        return known
    token = token.strip()
    if re.fullmatch(DOMAIN_TOKEN, token):
        if token.isupper():
            head, _, tail = token.partition(".")
            return head.capitalize() + "." + tail.lower()
        return token
    return None


def outlet_from_html_meta(html_meta: dict | None) -> str | None:
    """Outlet from og:site_name / application-name / publisher tags: the data file's form when known."""
    if not html_meta:
        return None
    for key in ("site_name", "og:site_name", "application-name", "publisher", "article:publisher", "twitter:site",
                "copyright"):
        value = html_meta.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        value = value.strip().lstrip("@")
        if re.match(r"https?://", value):
            value = outlet_from_url(value) or ""
            if not value:
                continue
        known = outlet_by_cue(value) or outlet_from_url(value if "." in value and " " not in value else None)
        for piece in re.split(r"\s+[-|–—:]\s+", value) if not known else []:
            known = known or outlet_by_cue(piece)  # "Berita Terkini Hari Ini - Liputan6.com"
        if known:
            return known
        if key in ("site_name", "og:site_name", "application-name") and len(value) <= 40:
            return value
    return None


_COPYRIGHT_OPENING = re.compile(r"^\s*(?:copyright|hak cipta|©|\(c\))(?:\s*(?:©|\(c\)|(?:19|20)\d\d|[-–]))*\s*",
                                re.IGNORECASE)
_HOLDER_END = re.compile(r"\.\s|\.$|\s[-–—|]\s|,|\s(?:all rights|hak cipta|(?:19|20)\d\d\b)", re.IGNORECASE)


def copyright_holder(line: str) -> str | None:
    """Whom a copyright line names, as written, listed or not: "© 2026 Indonesia Business Post. All rights
    reserved." -> "Indonesia Business Post", "Copyright © 2026 PROKAL.co" -> "PROKAL.co"."""
    m = _COPYRIGHT_OPENING.match(line[:200])
    if not m:
        return None
    rest = line[m.end() : 200]
    holder = rest[: end.start()] if (end := _HOLDER_END.search(rest)) else rest
    holder = holder.strip(" .")
    return holder if 2 <= len(holder) <= 40 and any(c.isalpha() for c in holder) else None


def outlet_in_copyright(line: str) -> str | None:
    """The outlet a copyright line names: "COPYRIGHT © ANTARA 2020", "© 2020 Kompas.com", "Hak Cipta Tempo.co"."""
    m = _COPYRIGHT_OPENING.match(line[:200])
    if not m:
        return None
    words = re.split(r"\s+", line[m.end() : 200].strip())
    for cut in range(min(len(words), 5), 0, -1):
        known = outlet_by_cue(" ".join(words[:cut]))
        if known:
            return known
    return None


# --- agencies -----------------------------------------------------------------------------------------------------


# A word of a name: letters, digits and & ' - inside, dots only between letters ("Tempo.co." -> "Tempo.co").
_TOKEN = re.compile(r"[^\W_](?:[\w&'’-]|\.(?=\w))*")


@cache
def _agency_table() -> tuple[dict[str, str], dict[str, str]]:
    """Canonical name of every agency alias and Indonesian outlet cue: exact spelling for short, case-sensitive
    aliases (AP, AFP, NYT), lower case for the others."""
    pairs: list[tuple[str, str]] = []
    for line in load_lines("id/agencies.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        pairs.extend((alias, names[0]) for alias in names)
    for outlet in _outlets():
        for cue in [outlet["name"], *outlet["cues"]]:
            if len(cue) >= 5 or "." in cue:  # short Indonesian cues ("viva", "tirto") are too ambiguous in prose
                pairs.append((cue, outlet["name"]))
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for alias, name in pairs:
        key = " ".join(alias.split())
        if len(key) <= 4:
            exact.setdefault(key, name)
        else:
            folded.setdefault(key.lower(), name)
    return exact, folded


@cache
def alias_first_words() -> dict[str, int]:
    """Lower-cased first word of every alias -> the most words an alias starting with it has."""
    out: dict[str, int] = {}
    for table in _agency_table():
        for alias in table:
            words = alias.split()
            first = words[0].lower()
            out[first] = max(out.get(first, 0), len(words))
    return out


def _canonical(matched: str) -> str | None:
    exact, folded = _agency_table()
    name = exact.get(matched) or (folded.get(matched.lower()) if len(matched) > 4 else None)
    # Names are capitalised in prose; "antara" in lower case is the word "between", not ANTARA.
    if name and (matched[0].isupper() or matched[0].isdigit() or name[0].islower() or "." in matched):
        return name
    return None


def _longest_at(text: str, tokens: list[re.Match], i: int) -> tuple[str, int] | None:
    """The longest alias made of tokens[i:i+k] (single spaces between them) and its end offset."""
    best = None
    first = tokens[i].group(0).lower()
    most = alias_first_words().get(first) or alias_first_words().get(first.rstrip(".’'"))
    if not most:
        return None
    for k in range(1, most + 1):
        if i + k > len(tokens):
            break
        last = tokens[i + k - 1]
        if k > 1 and text[tokens[i + k - 2].end() : last.start()] != " ":
            break
        end = last.end()
        while end > tokens[i].start() and text[end - 1] in ".’'":
            end -= 1  # "Reuters." at a sentence end
        name = _canonical(text[tokens[i].start() : end])
        if name is None and end != last.end():
            name = _canonical(text[tokens[i].start() : last.end()])  # "Tempo.co." vs "Tempo.co"
            end = last.end() if name else end
        if name:
            best = (name, end)
        span = text[tokens[i].start() : last.end()]
        if span.isascii() and span.lower() not in _alias_prefixes():
            break  # every longer candidate starts with span + " ": no alias does ("The Guardian" vs "the man")
    return best


@cache
def _alias_prefixes() -> frozenset[str]:
    """Every alias (lower case) and each of its first-words prefixes ("the jakarta" of "the jakarta post")."""
    exact, folded = _agency_table()
    out: set[str] = set()
    for alias in [*(a.lower() for a in exact), *folded]:
        out.add(alias)
        out.update(alias[:j] for j, ch in enumerate(alias) if ch == " ")
    return frozenset(out)


@cache
def _max_alias_words() -> int:
    return max(alias_first_words().values(), default=1)


def agency_mentions(text: str) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) of every agency or outlet name in text, longest names first, no overlaps."""
    firsts = alias_first_words()
    out: list[tuple[str, int, int]] = []
    covered = 0
    low = text.lower()
    if len(low) != len(text):  # a few letters ("İ") change length when lower-cased: keep offsets true
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    words = _TOKEN.findall(low)
    if firsts.keys().isdisjoint(words):
        return out  # no alias can start here: one C-level scan instead of a Python step per token
    matches = list(_TOKEN.finditer(low))  # (the same tokens as words, with their offsets)
    for m in [matches[i] for i, word in enumerate(words) if word in firsts]:  # a Python step per candidate only
        if m.start() < covered:
            continue
        hit = find_agency_at(text, m.start())
        if hit:
            out.append((hit[0], m.start(), hit[1]))
            covered = hit[1]
    return out


# A _TOKEN token that starts with a capital or a digit. Its matches start at every such _TOKEN token and end with it
# (same continuation); the only other letter that lower-cases to an ASCII one is the Kelvin sign (see may_name_agencies).
_CAPITAL_TOKEN = re.compile(r"[A-Z0-9](?:[\w&'’-]|\.(?=\w))*")
_DOT_LETTER = re.compile(r"\.(?=\w)")


@cache
def _gate_tables() -> tuple[dict[str, re.Pattern | None], dict[str, list[str]], dict[str, list[tuple[str, int]]]]:
    """(first word of the aliases -> a pattern of it followed by a second word of its longer aliases, or None when it
    is an alias by itself, also without a closing ".’'"), and the first words that may stand in lower case (canonical name in
    lower case, or a dot in the alias: see _canonical): without a dot under their first five letters, with one
    (as (word, index of its first dot)) under the two letters after that dot."""
    exact, folded = _agency_table()
    lower_ok: set[str] = set()
    singles: set[str] = set()
    seconds: dict[str, set[str]] = {}
    for alias, name in [*exact.items(), *folded.items()]:
        words = alias.lower().split()
        if name[0].islower() or "." in alias:
            lower_ok.add(words[0])
        if len(words) == 1:
            singles.add(words[0])
        else:
            seconds.setdefault(words[0], set()).add(words[1])
    followers: dict[str, re.Pattern | None] = {}
    plain: dict[str, list[str]] = {}
    dotted: dict[str, list[tuple[str, int]]] = {}
    for first in alias_first_words():
        bare = first.rstrip(".’'")
        alone = first in singles or bare in singles
        pairs = sorted(seconds.get(first, ()), key=len, reverse=True)
        followers[first] = None if alone else re.compile(rf"{re.escape(first)} (?:{'|'.join(map(re.escape, pairs))})")
        if (first in lower_ok or bare in lower_ok) and "." not in first:
            plain.setdefault(first[:5], []).append(first)
        elif first in lower_ok or bare in lower_ok:
            dot = first.index(".")
            dotted.setdefault(first[dot + 1 : dot + 3], []).append((first, dot))
    return followers, plain, dotted


def may_name_agencies(texts: list[str]) -> list[bool]:
    """For each text, False when agency_mentions(text) is surely empty. One scan of the texts together (a page's
    paragraphs) for capitalised words instead of tokenising every text: a name needs an alias's first word,
    capitalised unless the alias may be written in lower case, and a longer alias's second word after it."""
    if not texts:
        return []
    joined = "\n".join(texts)
    low = joined.lower()
    if len(low) != len(joined) or "\u212a" in joined:  # ("İ" lower-cased is longer; "\u212a" lower-cased is "k")
        return [True] * len(texts)
    firsts = alias_first_words()
    followers, plain, dotted = _gate_tables()
    capitalised = firsts.keys() & "\n".join(_CAPITAL_TOKEN.findall(joined)).lower().split("\n")
    # ("The" starts most English paragraphs: it counts only when a longer alias's second word follows somewhere)
    wanted = {w for w in capitalised if followers[w] is None or followers[w].search(low)}
    starts = [(m.start(), word) for m in _CAPITAL_TOKEN.finditer(joined) if (word := m.group().lower()) in wanted] \
        if wanted else []
    for key, words in plain.items():  # "detikcom", "kumparan", "dpa" in lower case
        if key in low:
            for word in words:
                pos = low.find(word)
                while pos >= 0:
                    starts.append((pos, word))
                    pos = low.find(word, pos + 1)
    for m in _DOT_LETTER.finditer(low):  # "kompas.com" in lower case: at a dot inside a word (few on a page)
        for word, dot in dotted.get(low[m.start() + 1 : m.start() + 3], ()):
            if low.startswith(word, m.start() - dot):
                starts.append((m.start() - dot, word))
    ends = list(accumulate(len(text) + 1 for text in texts))  # text i ends (with its "\n") before ends[i]
    out = [False] * len(texts)
    for pos, word in starts:
        if followers[word] is None or followers[word].match(low, pos):
            out[bisect_right(ends, pos)] = True
    return out


def find_agency_at(text: str, pos: int) -> tuple[str, int] | None:
    """The agency or outlet named at text[pos:], as (canonical name, end offset), or None."""
    # _longest_at never reads past the longest alias: only that many tokens are taken
    tokens = list(islice(_TOKEN.finditer(text, pos, min(len(text), pos + 120)), _max_alias_words()))
    if not tokens or tokens[0].start() != pos:
        return None
    return _longest_at(text, tokens, 0)


def agency_name(text: str) -> str | None:
    """Canonical name when text is exactly an agency/outlet name ("REUTERS"; "Kantor Berita RIA" is not)."""
    text = text.strip()
    found = find_agency_at(text, 0)
    return found[0] if found and found[1] == len(text) else None
