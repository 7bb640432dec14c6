"""Which outlet published a page: its self-name in the text, its URL, its meta tags; agencies it cites.

Outlets and agencies come from kabar/data/id/outlets.json and kabar/data/id/agencies.txt.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from kabar.data import load_json, load_lines

__all__ = [
    "agency_name",
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


def outlet_by_cue(text: str) -> str | None:
    """The display name of the outlet whose self-name is exactly text ("KOMPAS.com", "PR BEKASI", "detikNews")."""
    return _cue_index().get(_norm(text)) if text else None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet owning the URL's host (the longest known domain suffix wins), or None."""
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
        known = outlet_by_cue(value) or outlet_from_url(value if "." in value and " " not in value else None)
        if known:
            return known
        if key in ("site_name", "og:site_name", "application-name") and len(value) <= 40:
            return value
    return None


def outlet_in_copyright(line: str) -> str | None:
    """The outlet a copyright line names: "COPYRIGHT © ANTARA 2020", "© 2020 Kompas.com", "Hak Cipta Tempo.co"."""
    m = re.match(r"^\s*(?:copyright|hak cipta|©|\(c\))\s*(?:©|\(c\))?\s*(?:(?:19|20)\d\d\s*[-–]?\s*)*(?P<name>.+?)\s*"
                 r"(?:(?:19|20)\d\d)?\s*(?:[.,|]|all rights|hak cipta|$)", line, re.IGNORECASE)
    if not m:
        return None
    name = m.group("name")
    for cut in range(len(name.split()), 0, -1):
        candidate = " ".join(name.split()[:cut])
        known = outlet_by_cue(candidate)
        if known:
            return known
    return None


# --- agencies -----------------------------------------------------------------------------------------------------


@cache
def _agency_aliases() -> list[tuple[re.Pattern, str]]:
    """(pattern, canonical name) for every agency alias and every Indonesian outlet cue, longest alias first."""
    pairs: list[tuple[str, str]] = []
    for line in load_lines("id/agencies.txt"):
        names = [n.strip() for n in line.split("|") if n.strip()]
        pairs.extend((alias, names[0]) for alias in names)
    for outlet in _outlets():
        for cue in [outlet["name"], *outlet["cues"]]:
            if len(cue) >= 5 or "." in cue:  # short Indonesian cues ("viva", "tirto") are too ambiguous in prose
                pairs.append((cue, outlet["name"]))
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    out = []
    for alias, name in pairs:
        flags = 0 if len(alias) <= 4 else re.IGNORECASE
        out.append((re.compile(rf"{re.escape(alias)}(?![\w-])", flags), name))
    return out


def find_agency_at(text: str, pos: int) -> tuple[str, int] | None:
    """The agency or outlet named at text[pos:], as (canonical name, end offset), or None."""
    for pattern, name in _agency_aliases():
        m = pattern.match(text, pos)
        # Names are capitalised in prose; "antara" in lower case is the word "between", not ANTARA.
        if m and (m.group(0)[0].isupper() or m.group(0)[0].isdigit() or name[0].islower()):
            return name, m.end()
    return None


def agency_name(text: str) -> str | None:
    """Canonical name when text is exactly an agency/outlet name ("REUTERS", "Kantor Berita RIA" is not)."""
    text = text.strip()
    found = find_agency_at(text, 0)
    return found[0] if found and found[1] == len(text) else None
