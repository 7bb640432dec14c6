"""People in meta lines: parse "oleh X", "Penulis: X", "Editor: Y | Penerjemah: Z" into properly cased names."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kabar.data import load_json, load_lines
from kabar.extract.dates import find_dates
from kabar.extract.outlets import find_agency_at, outlet_by_cue  # (imported once: these run per meta line)

__all__ = ["CUE_KINDS", "cue_segments", "names_in", "proper_case"]

CUE_KINDS = ("byline", "editor", "translator", "credit")
_SEPARATORS = "[:|]"
_NAME_WORD = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ.'’-]*$")


@cache
def _cues() -> dict:
    return load_json("id/meta_cues.json")


@cache
def _cue_pattern() -> re.Pattern:
    """Any byline/editor/translator/credit cue at a segment start, longest first, with its optional separator."""
    pairs = [(w, kind) for kind in CUE_KINDS for w in _cues()[kind]]
    words = sorted({w for w, _ in pairs}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])(?P<cue>{alternation})(?![\w-])\s*(?P<sep>{_SEPARATORS}|[-–—](?=\s))?\s*", re.IGNORECASE)


@cache
def _cue_kind() -> dict[str, str]:
    return {w: kind for kind in CUE_KINDS for w in _cues()[kind]}


def cue_segments(line: str) -> list[tuple[str, str, str]] | None:
    """Split a meta line into (kind, cue, rest) segments: "Penulis: A | Editor: B" -> [('byline',..,'A'), ...].

    Returns None when the line does not start with a cue. A cue in the middle of the line only starts a new
    segment when it carries a separator ("Editor:") or follows a '|', so "oleh Ali diperbarui ..." stays whole.
    Cached per line (cleared with the line caches): the classifier and the metadata step ask about the same meta
    lines and segments several times (half the calls on the AEB dumps).
    """
    segments = _cue_segments_of(line)
    return None if segments is None else list(segments)


@lru_cache(maxsize=16384)
def _cue_segments_of(line: str) -> tuple[tuple[str, str, str], ...] | None:
    """cue_segments, as a tuple."""
    pattern = _cue_pattern()
    text = line.strip()
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1].strip()  # "(Reporting by X; Editing by Y)" closing a wire story
    first = pattern.match(text)
    if not first:
        return None
    comma = not first.group("sep") and text[first.end() - 1 : first.end() + 1] != " ," and text[first.end():][:1] == ","
    if comma and _cue_kind()[first.group("cue").lower()] != "credit":
        text = text[: first.end()] + text[first.end() + 1 :]  # BBC's "Penulis, Rivan Dwiastono": the comma separates
        first = pattern.match(text)
    elif not first.group("sep") and first.group("cue").lower() not in _cues()["no_separator_needed"]:
        return None  # "Sumber di kepolisian ...", "Red Bull ...": these cues need "Sumber:", "Red:"
    starts: list[re.Match] = [first]
    for m in pattern.finditer(text, first.end()):
        before = text[: m.start()].rstrip()
        if m.group("sep") or before.endswith(("|", ";")):  # ("Reporting by X; Editing by Y")
            starts.append(m)
    segments = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        rest = text[m.end() : end].strip(" |-–—;")
        rest = rest if rest.startswith(",") else rest.strip(",")  # "By , Science": the name is missing (see names_in)
        segments.append((_cue_kind()[m.group("cue").lower()], m.group("cue"), rest))
    return tuple(segments)


def proper_case(name: str) -> str:
    """"SARAH MEILIANA GUNAWAN" -> "Sarah Meiliana Gunawan"; mixed case ("M Bayu Pratama", "McDonald") is kept."""
    words = name.split()
    if not words:
        return ""
    shouting = sum(w.isupper() for w in words if len(w) > 1) > 0 and all(not w.islower() for w in words)
    particles = _cues()["name_particles"]
    out = []
    for i, word in enumerate(words):
        if i and word.lower() in particles and (word.islower() or shouting):
            out.append(word.lower())
            continue
        if (word.isupper() and (shouting or len(word) > 1) and len(word.rstrip(".")) > 1) or word.islower():
            word = re.sub(r"[A-Za-zÀ-ÿ]+", lambda m: m.group(0).capitalize(), word.lower())
        out.append(word)
    return " ".join(out)


@cache
def _date_cue_pattern() -> re.Pattern:
    words = sorted(_cues()["published"] + _cues()["updated"], key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", re.IGNORECASE)


@cache
def badge_endings() -> tuple[str, ...]:
    """The account badges a name may end with, each with the space before it (lower case)."""
    return tuple(" " + badge for badge in _cues()["badges"])


def without_badge(text: str) -> str:
    """The name without the account badge a blog platform prints after it ("Rahmadi Santoso Terverifikasi")."""
    lowered = text.lower()
    for badge in badge_endings():
        if lowered.endswith(badge):
            return text[: -len(badge)].rstrip()
    return text


def _strip_tail(text: str, dates: list | None = None) -> str:
    """Cut what follows the names: dates, "diperbarui ...", "- detikNews", "(Reuters)", "/ANTARA" (dates: find_dates(text)
    when the caller has it)."""
    dates = find_dates(text) if dates is None else dates
    if dates:
        text = text[: dates[0].start]
    m = _date_cue_pattern().search(text)
    if m:
        text = text[: m.start()]
    if _TAIL_MARK.search(text):
        text = _TAIL_SPLIT.split(text)[0]
    # weekday names and "pukul 10.00" left before a date; "On" of "By X On 11/13/19"
    text = _TRAILING_SEPARATORS.sub("", text)
    if dates:  # "AGUS DWI CAHYONOSELASA, 06 OKTOBER 2026": the date's weekday glued to the name by the page's markup
        text = _glued_weekday().sub("", text)
    return _before_date_words().sub("", text) if dates else text


@cache
def _glued_weekday() -> re.Pattern:
    weekdays = "|".join(sorted(map(re.escape, load_json("id/calendar.json")["weekdays"]), key=len, reverse=True))
    return re.compile(rf"(?<=[^\W\d_]{{3}})(?:{weekdays})$", re.IGNORECASE)


_TAIL_SPLIT = re.compile(r"\s[-–—|·•]\s|\s*[(\[]|\s*/\s*|\s[-–—]$|\s*[|·•]")  # "X [Halmahera Selatan]"
_TRAILING_SEPARATORS = re.compile(r"[\s,|-]+$")
_LEADING_BY = re.compile(r"^(?:by|oleh)\s+", re.IGNORECASE)
_KIND_BY = re.compile(r"^([A-Za-z]+)\s+(?:by|oleh)\s+", re.IGNORECASE)  # "Analysis by X", "Foto oleh X"
_DOMAIN_WORD = re.compile(r"\w\.(?:com|co|id|net|org|tv|news|info|io|uk)$", re.IGNORECASE)
# Characters without which _TAIL_SPLIT / _NAME_SEPARATORS cannot match: a search for one of them is several times
# cheaper than the split (whose patterns open with \s*, tried at every position).
_TAIL_MARK = re.compile(r"[-–—|·•(\[/]")
_NAME_MARK = re.compile(r"[,;&.]|dan|and")
_NAME_SEPARATORS = re.compile(r"\s*[,;&]\s*|\s+(?:dan|and)\s+|(?<=\w{3})(?<!Prof|PROF)(?<!Drs|DRS|Dra|DRA)\.\s+")


@cache
def _before_date_words() -> re.Pattern:
    """A word that leads into the date cut off after the names ("By Ali On 11/13/19", "oleh Ali pada 2 Mei 2020")."""
    weekdays = load_json("id/calendar.json")["weekdays"]  # "oleh X pada Rabu, 25 November 2026": the date's weekday
    words = "|".join(re.escape(w) for w in sorted([*_cues()["before_date"], *weekdays], key=len, reverse=True))
    return re.compile(rf"(?:[\s,]+(?:{words}))+\s*$", re.IGNORECASE)


@cache
def _role_words() -> frozenset[str]:
    return frozenset(w for kind in CUE_KINDS for w in _cues()[kind])


MAX_NAME_WORDS = 6


def _is_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= MAX_NAME_WORDS:
        return False
    if not all(_NAME_WORD.match(w) for w in words):
        return False
    if not words[0][0].isupper():
        return False
    if not any(len(w.rstrip(".")) > 1 for w in words):
        return False
    if any(len(_GLUED_CAPITAL.findall(w)) > 1 for w in words):
        return False  # "FacebookXWhatsAppTelegramSalin": a share bar's buttons dumped without spaces ("McDonald" has one)
    stop = _not_name_words()
    return not any(w.lower().strip(".") in stop for w in words)


_GLUED_CAPITAL = re.compile(r"[a-z][A-Z]")


@cache
def _not_name_words() -> frozenset[str]:
    cues = _cues()
    return frozenset(cues["not_names"]) | frozenset(cues["site_words"]) | frozenset(load_json("id/calendar.json")["weekdays"])


def _join_abbreviated(parts: list[str], text: str) -> list[str]:
    """Undo a split after a shortened given name: ["Moh", "Kadafi"] from "Moh. Kadafi" -> ["Moh. Kadafi"]."""
    short = _cues()["name_abbreviations"]
    out: list[str] = []
    for part in parts:
        prev = out[-1] if out else ""
        if prev and prev.split()[-1].lower() in short and f"{prev}. {part}" in text:
            out[-1] = f"{prev}. {part}"
        else:
            out.append(part)
    return out


@cache
def _places() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_locations.txt"))


@cache
def _given_names() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_person_names.txt"))


def has_given_name(words: list[str]) -> bool:
    """Whether one of the words is a given name of the person-names gazetteer."""
    names = _given_names()
    return any(w in names for w in words)


@cache
def _occupations() -> frozenset[str]:
    return frozenset(_cues()["occupations"])


def _opens_with_agency(part: str) -> bool:
    """Whether a part of a byline is (or opens with) an agency or outlet ("Antara Foto", "Reuters Staff"), not a
    person whose given name an outlet shares ("Fajar Nugroho": the daily Fajar)."""
    found = find_agency_at(part, 0)
    if found is None or found[1] == len(part):
        return found is not None
    words = part.split()
    return not (part[: found[1]] in _given_names() and _is_name(words))


def names_in(text: str, outlet_words: frozenset[str] = frozenset(), dates: list | None = None) -> list[str]:
    """The person names in the rest of a meta line, properly cased: "X dan Y, Z diperbarui ..." -> [X, Y, Z].

    Outlet self-names ("Laporan wartawan Tribunnews.com, Igman Ibrahim") are skipped. Returns [] when any part is
    not name-like: a wrong name is worse than none. dates: find_dates(text), when the caller has it (the answer is
    the same without it). Cached per text: the classifier, the meta-line test and the metadata step read the same
    bylines and segments again (a third of the calls on the AEB pages).
    """
    if outlet_words:
        return _names_in(text, outlet_words, dates)
    return list(_names_of(text))


@lru_cache(maxsize=16384)
def _names_of(text: str) -> tuple[str, ...]:
    return tuple(_names_in(text))


def _names_in(text: str, outlet_words: frozenset[str] = frozenset(), dates: list | None = None) -> list[str]:
    """names_in, uncached."""
    if text[:1] == ",":
        return []  # "By , Spaceflight": the writer's name was left out (a link the page renders empty); a desk follows
    text = without_badge(_strip_tail(text, dates).strip(" ,;:|-–—·•*"))  # ("Hendra Wijaya*": an opinion's footnote)
    text = _LEADING_BY.sub("", text)
    if (kind_by := _KIND_BY.match(text)) is not None:
        if kind_by.group(1).lower() not in _cues()["writing_kinds"]:
            return []  # "Photos by X", "Video by X": a credit for pictures, not for the text
        text = text[kind_by.end() :]  # "Analysis by Chris Cillizza"
    if not text:
        return []
    parts = _NAME_SEPARATORS.split(text) if _NAME_MARK.search(text) else [text]
    if len(parts) == 1 and len(text.strip(" .").split()) > MAX_NAME_WORDS:
        return []  # one part, too long for a name: skipped as an outlet/role or refused, no name either way
    parts = _join_abbreviated(parts, text)
    names: list[str] = []
    for part in parts:
        part = part.strip(" .")
        if not part:
            continue
        if outlet_by_cue(part) or _opens_with_agency(part) or part.lower() in outlet_words \
                or part.lower() in _role_words():
            continue  # "Laporan wartawan Tribunnews.com, X"; "Fahreza Rizky, Jurnalis"
        if part.split(None, 1)[0].lower() in _occupations():
            continue  # "Oleh: Fajar Nugroho, Peneliti Lembaga Kajian": the columnist's occupation, not a second person
        if part.lower().rstrip(".") in _cues()["degrees"]:
            continue  # "Dr. Ahmad Fauzi, M.Si": a degree, not a second person
        words = part.split()
        if words[0].lower() in _role_words():
            continue  # "Kontributor Makassar, Hendra Cipto", "Wartawan Tribun Jogja, X": role and beat, not a name
        if len(parts) > 1 and part in _places():
            continue  # "Kontributor Bandung, Andi Saputra" read after its cue, "Andi Saputra, Bandung": a place
        if _DOMAIN_WORD.search(words[-1]):
            continue  # "Troy L. Smith, Cleveland.com": the site, not a second person
        if not _is_name(words):
            return []
        half = len(words) // 2
        if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
            part = " ".join(words[:half])  # "Sean Martin Sean Martin": the name printed twice (link and text)
        name = proper_case(part)
        if name not in names:
            names.append(name)
    return names
