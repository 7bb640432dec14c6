"""Article metadata from the classified lines of a page: outlet, publication date, people, agencies, dateline.

Two entry points (see the interfaces in docs/architecture.md):
  meta_line_kind(line)  - is this raw line a byline/date/editor/translator/credit/dateline line?
  extract_metadata(...) - the metadata fields of one page, from its meta lines and lead paragraphs only.
Nothing is taken from boilerplate lines (related-article lists, captions) except a copyright line's outlet name.
"""

from __future__ import annotations

import logging
import re
from functools import cache

from kabar.data import load_json, load_lines
from kabar.extract import dates as _dates
from kabar.extract.bylines import cue_segments, names_in
from kabar.extract.features import is_boilerplate_cue
from kabar.extract.outlets import (
    DOMAIN_TOKEN,
    agency_name,
    alias_first_words,
    copyright_holder,
    may_name_agencies,
    outlet_by_cue,
    outlet_from_html_meta,
    outlet_from_url,
    outlet_in_copyright,
    outlet_zone,
    self_named_domain,
)
from kabar.records import LineLabels

__all__ = ["extract_metadata", "find_agencies", "meta_line_kind", "meta_line_kinds", "parse_dateline", "people_in_line"]

MAX_META_LINE = 250
logger = logging.getLogger(__name__)


@cache
def _cues() -> dict:
    return load_json("id/meta_cues.json")


@cache
def _calendar_words() -> frozenset[str]:
    cal = load_json("id/calendar.json")
    return frozenset([*cal["months"], *cal["weekdays"], *cal["timezones"], *cal["zone_words"],
                      *cal["weekday_abbreviations"]])


# --- datelines ------------------------------------------------------------------------------------------------------

_PLACE = r"[A-Z][A-Za-z'’.]*(?:[ /-][A-Z][A-Za-z'’.]*){0,3}"
_DASH = r"(?:\s*[-–—]+\s*|\s*:\s+)"
_DATELINE_PATTERNS = (
    # "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "Liputan6.com, Jakarta-", "TEMPO.CO, Jakarta -"
    re.compile(rf"^(?P<a>[^,()\n]{{2,40}}?)\s*,\s*(?P<b>[^,()\n]{{2,40}}?){_DASH}"),
    # "Baku/Yerevan (ANTARA) -", "Jakarta (ANTARA) -"
    re.compile(rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?)\s*\((?P<outlet>[^)]{{2,40}})\){_DASH}"),
    # "KONTAN.CO.ID - JAKARTA." (outlet, then place closed by a full stop)
    re.compile(rf"^(?P<outlet>{DOMAIN_TOKEN})\s*[-–—]+\s*(?P<place>[A-Z]{{3,}}(?:\s[A-Z]{{3,}})?)\.\s"),
    # "PR BEKASI -", "KOMPAS.com -", "Suara.com -", "VIVA –", "RMOL. "
    re.compile(rf"^(?P<outlet>[^,()\n]{{2,40}}?)(?:{_DASH}|\.\s+(?=[A-Z]))"),
    # "Jakarta. " (Jakarta Globe and other English editions: a known place alone, closed by a full stop)
    re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.\s+(?=[A-Z])"),
    # "Jenewa: " (Medcom, Metro TV: a known place alone, closed by a colon)
    re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?):\s+(?=[A-Z\"“])"),
    # "Jakarta - " (detik, okezone, sindonews: the place alone)
    # ("Sistan - Baluchestan, yang ..." is one name written with a spaced dash, not a dateline)
    re.compile(r"^(?P<place>[A-Z][A-Za-z'’.]*(?:[ /][A-Z][A-Za-z'’.]*){0,2})\s*[-–—]+\s+(?=[A-Z\"“])(?![A-Z]\w+,)"),
)
_PLACE_DOT, _PLACE_COLON = 4, 5  # the "Jakarta. " and "Jenewa: " patterns: only a gazetteer place counts there
_SPACED_DASH_DATELINE = re.compile(r"^(?P<a>[^,()\n]{2,40}?)\s*,\s*(?P<b>[^,()\n]{2,40}?)\s+[-–—]+\s+")


def _place_and_outlet(a: str, b: str) -> tuple[str, str] | None:
    """(place, outlet) of the two parts of "JAKARTA, KOMPAS.com -" or "Liputan6.com, Jakarta -", either order."""
    if (outlet := self_named_domain(a)) and _is_place(b):
        return _proper_place(b), outlet
    if (outlet := self_named_domain(b)) and _is_place(a):
        return _proper_place(a), outlet
    return None


PLACE_OUTLET_LINE_CHARS = 60


def _place_outlet_line(text: str) -> tuple[str, str] | None:
    """(place, outlet) of a dateline alone on its line without a dash, the lead on the next line: "Jakarta, NU
    Online" (NU Online breaks the line after it); a listed outlet and a gazetteer place only."""
    a, comma, b = text.strip().partition(",")
    if not comma or "," in b or len(text) > PLACE_OUTLET_LINE_CHARS:
        return None
    pair = _place_and_outlet(a.strip(), b.strip())
    return pair if pair and pair[0] in _known_places() else None  # ("Budi Santoso, Kompas.com" is a byline)


_BRAND = re.compile(r"[A-Z][A-Za-z]{2,24}(?:\.[a-z]{2,6})?")


def _place_and_brand(a: str, b: str) -> bool:
    """"AMBON, Siwalimanews": a known place in capitals, then one word naming an outlet kabar does not list."""
    return (a.isupper() and a.title() in _known_places() and _BRAND.fullmatch(b) is not None
            and b.lower() not in _calendar_words())


_PLACE_WORD_SPLIT = re.compile(r"[ /-]")
_DATE_REST_TOKEN = re.compile(r"[^\s,|:()\-–—·•/]+")
_NUMBER = re.compile(r"[\d.,]+")
_TIME_ONLY = re.compile(r"\s*(?:pukul\s+)?[0-2]?\d[:.][0-5]\d(?:[:.][0-5]\d)?\s*\(?(?:WIB|WITA|WIT)\)?\s*", re.IGNORECASE)
_CLOCK_12H = re.compile(r"\s*[01]?\d[:.][0-5]\d\s*[ap]\.?\s?m\.?\s*", re.IGNORECASE)  # "2:05 pm" beside a date
_CUE_WORD = re.compile(r"[\w.-]+")
_DIGIT = re.compile(r"[0-9]")
_SEGMENT_SPLIT = re.compile(r"\s*[|•·●]\s*|\s+[-–—]+\s+|^\s*[-–—]+\s*")  # ("●": The Jakarta Post)
_SEGMENT_MARK = re.compile(r"[|•·●\-–—]")  # no match of _SEGMENT_SPLIT (or _PIECES) without one: a cheap search first


def _proper_place(place: str) -> str:
    """"BAKU/YEREVAN" -> "Baku/Yerevan"; mixed case is kept ("Washington D.C.")."""
    place = " ".join(place.split())
    if place.isupper() and len(place) > 3:
        return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), place.lower())
    return place


def _is_place(text: str) -> bool:
    if not all(re.fullmatch(_PLACE, part.strip()) for part in text.split(",")):  # "Nusa Dua, Bali"
        return False
    words = {w.lower().strip(".") for w in _PLACE_WORD_SPLIT.split(text)}
    return not (words & _calendar_words()) and outlet_by_cue(text) is None


_PLACE_THEN_DATE = re.compile(rf"^(?P<place>{_PLACE})\s*[●•|·]\s*(?P<date>.+)$")


def _place_over_lead(lines: list[str], body_at: list[int]) -> str | None:
    """A gazetteer place in capitals alone on the line right over the lead ("JAKARTA" / "Pemerintah Turki
    mengirim ...": Anadolu, and pages that set the dateline as a paragraph of its own), else None."""
    above = _neighbour(lines, body_at[0], -1) if body_at else None
    text = lines[above - 1].strip() if above is not None else ""
    if not text.isupper() or not 3 <= len(text) <= MAX_PLACE_CHARS:
        return None
    place = _proper_place(text)
    return place if place in _known_places() else None


MAX_PLACE_CHARS = 30


def _place_before_date(lines: list[str], meta_numbers: list[int]) -> str | None:
    """The place a date line opens with when the lead names none: "Jakarta ● Wed, November 18, 2026" (The Jakarta
    Post), "Jakarta | Rabu, 25 November 2026"; a gazetteer place only."""
    for n in meta_numbers:
        m = _PLACE_THEN_DATE.match(lines[n - 1].strip())
        if m and (place := _proper_place(m["place"])) in _known_places() and _date_only(m["date"]):
            return place
    return None


def parse_dateline(text: str) -> tuple[str | None, str | None, int]:
    """(place, outlet, end) of the dateline opening a lead paragraph; (None, None, 0) when there is none.

    "PR BEKASI - ..." names only the outlet (place None); "Jakarta - ..." only the place.
    """
    head = text[:120]
    for i, pattern in enumerate(_DATELINE_PATTERNS):
        m = pattern.match(head)
        if not m:
            continue
        groups = m.groupdict()
        if i == 0:
            # (the first dash may be inside a hyphenated name, "MAKASSAR, TRIBUN-TIMUR.COM - ": then the spaced dash)
            for found in (m, _SPACED_DASH_DATELINE.match(head)):
                if found and (pair := _place_and_outlet(found["a"].strip(), found["b"].strip())):
                    return (*pair, found.end())
            place = _proper_place(m["a"].strip())
            if place in _known_places() and _date_only(m["b"]):  # "Jakarta, 25 November 2026 - ": place and date
                return place, None, m.end()
            if _place_and_brand(m["a"].strip(), m["b"].strip()):
                return place, None, m.end()  # "AMBON, Siwalimanews –": an outlet kabar does not list
            continue
        if i == 1:
            # "Washington (ANTARA/Reuters) -", "Paris (AFP) -": every part an outlet or agency; the first part is
            # the publishing outlet when it is Indonesian, else (an agency's own dateline) no outlet is named.
            parts = [p.strip() for p in groups["outlet"].split("/")]
            if not all(self_named_domain(p) or agency_name(p) for p in parts):
                continue
            outlet = self_named_domain(parts[0])
        else:
            outlet = self_named_domain(groups["outlet"]) if groups.get("outlet") else None
            if groups.get("outlet") and outlet is None:
                continue
        place = groups.get("place")
        if place is not None and not _is_place(place):
            continue
        if i == len(_DATELINE_PATTERNS) - 1 and not _likely_bare_place(place):
            continue
        if i in (_PLACE_DOT, _PLACE_COLON) and place not in _known_places():
            continue
        return (_proper_place(place) if place else None), outlet, m.end()
    if head[:1].islower():
        return _lower_case_dateline(head)
    return _glued_dateline(head)


# "surabaya (ANTARA) -", "makassar - ", "jakarta, CNN Indonesia --" (a dateline typed in lower case): the place's
# words before the dateline's first mark
_LOWER_PLACE = re.compile(r"^[a-z][a-z'’]*(?: [a-z][a-z'’]*){0,2}(?=\s*[,(.:]|\s*[-–—])")


def _lower_case_dateline(head: str) -> tuple[str | None, str | None, int]:
    """A dateline whose place is typed in lower case: read as the same dateline with the place capitalised, when
    the place is in the gazetteer."""
    m = _LOWER_PLACE.match(head)
    if m is None or (place := m[0].title()) not in _known_places():
        return None, None, 0
    return parse_dateline(place + head[m.end():])


# "SAMARINDA–Banjir merendam ..." (Jawa Pos network: a place in capitals glued to its dash), "BOGOR-RADAR BOGOR,
# Pemerintah ..." (Radar network: place, dash, the outlet, a comma)
_GLUED_DATELINE = re.compile(
    r"^(?P<place>[A-Z]{3,}(?: [A-Z]{3,}){0,2})[-–—](?:(?P<outlet>[A-Z][\w. ]{2,30}?),\s+|(?=[A-Z][a-z]))")


# "Fimela.com, Jakarta Musim hujan ..." (KLY's lifestyle sites): the outlet's domain, a comma and the place, no dash
_DASHLESS_DATELINE = re.compile(r"^(?P<outlet>[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|tv)),\s+"
                                r"(?P<place>[A-Z][a-z]+)(?: (?P<second>[A-Z][a-z]+))?\s+(?=[A-Z])")


def _dashless_dateline(head: str) -> tuple[str | None, str | None, int]:
    """A dateline of the outlet's domain and a gazetteer place without a dash (see _DASHLESS_DATELINE)."""
    m = _DASHLESS_DATELINE.match(head)
    outlet = self_named_domain(m["outlet"]) if m else None
    if m is None or outlet is None:
        return None, None, 0
    if m["second"] and (place := f"{m['place']} {m['second']}") in _known_places():
        return place, outlet, m.end()
    if m["place"] in _known_places():
        return m["place"], outlet, m.end("place") + 1
    return None, None, 0


def _glued_dateline(head: str) -> tuple[str | None, str | None, int]:
    """A dateline whose dash has no space around it (see _GLUED_DATELINE); a gazetteer place only."""
    m = _GLUED_DATELINE.match(head)
    if m is None:
        return _dashless_dateline(head) if "," in head[:40] else (None, None, 0)
    if (place := _proper_place(m["place"])) not in _known_places():
        return None, None, 0
    outlet = self_named_domain(m["outlet"]) or outlet_by_cue(m["outlet"]) if m["outlet"] else None
    if m["outlet"] and outlet is None:
        return None, None, 0
    return place, outlet, m.end()


@cache
def _known_places() -> frozenset[str]:
    """Place names of the entities gazetteer (they only confirm a place, never required)."""
    return frozenset(load_lines("id/gazetteer_locations.txt"))


def _likely_bare_place(place: str) -> bool:
    """A place-only dateline ("Jakarta - ", "BEKASI - ") is trusted when it is one word, in capitals, or a known
    place; "Tim SAR - Basarnas ..." is not a dateline, nor a brand written in camel case ("IDXChannel - ")."""
    if _CAMEL_CASE.search(place):
        return False
    return len(place.split()) == 1 or place.isupper() or all(p in _known_places() for p in place.split("/"))


_CAMEL_CASE = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


# --- meta lines -----------------------------------------------------------------------------------------------------


@cache
def _date_words_pattern() -> re.Pattern:
    cues = _cues()
    words = sorted(cues["published"] + cues["updated"] + ["pada", "pukul", "pkl", "on", "at", "tanggal", "hari"],
                   key=len, reverse=True)
    # (not after an apostrophe: the "at" of "Jum'at" is part of the weekday)
    return re.compile(rf"(?<![\w'’-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", re.IGNORECASE)


def _date_segment(text: str, found: list | None = None) -> bool:
    """True when text is a date (with optional weekday, time, zone, publish/update cue and outlet name) and no more.
    found: find_dates(text), when the caller has it."""
    found = _dates.find_dates(text) if found is None else found
    if not found:
        return False
    rest = text
    for f in reversed(found):
        rest = rest[: f.start] + " " + rest[f.end :]
    rest = _date_words_pattern().sub(" ", rest)
    counters = _cues()["counters"]
    for token in _DATE_REST_TOKEN.findall(rest):
        low = token.lower().strip(".")
        if not low or low in _calendar_words() or low in counters or _NUMBER.fullmatch(low):
            continue
        if outlet_by_cue(token) or token[0].isupper() and token.title() in _known_places():
            continue  # "Jakarta, Selasa, 24 November 2020": the place the page was written in
        return False
    return True


NAME_THEN_DATE_WORDS = (2, 4)


def _name_then_date(text: str, date_start: int) -> bool:
    """"Hidayat Adhiningrat P Minggu, 22 November 2026 20:47": the writer's name run into the date (the byline's
    spans dumped on one line without a separator); two to four capitalised words, one a known given name."""
    name = text[:date_start].rstrip(" ,")
    weekday = name.rsplit(None, 1)[-1] if name else ""
    if weekday.lower() in _calendar_words():
        name = name[: -len(weekday)].rstrip(" ,")
    words = name.split()
    if not NAME_THEN_DATE_WORDS[0] <= len(words) <= NAME_THEN_DATE_WORDS[1] or not all(w[0].isupper() for w in words):
        return False
    if not any(w in _given_names() for w in words):
        return False  # (a short headline in a list runs into its date too: "Harga Cabai Naik 22/11/2026 20:47")
    if _is_known_place(name) or outlet_by_cue(name) or not _date_segment(text[len(name):]):
        return False
    return len(names_in(name)) == 1


@cache
def _given_names() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_person_names.txt"))


def _time_segment(text: str) -> bool:
    return bool(_TIME_ONLY.fullmatch(text))


def _segment_kind(segment: str, plain_dates: list | None = None) -> str | None:
    """'date', 'byline'/'editor'/'translator'/'credit', 'time', 'outlet', 'names' or None (ordinary text).

    plain_dates: find_dates(segment) when the caller already knows the stripped segment opens with no cue and is no
    date segment (a line that is its own only segment), so neither is looked for again."""
    segment = segment.strip(" -–—|,")
    if not segment:
        return "empty"
    if plain_dates is not None:
        return _uncued_kind(segment, plain_dates)
    cued = cue_segments(segment)
    if cued:
        kind, cue, rest = cued[0]
        if not rest:
            return kind  # a label line: "Penulis", "Editor:" (the name is on the next line)
        has_sep = re.match(rf"\s*{re.escape(cue)}\s*[:|]", segment, re.IGNORECASE) is not None
        if kind == "credit":
            tayang = cue.lower().startswith("artikel ini")
            return kind if (has_sep or tayang) and len(segment) <= 160 else None
        role_word = " " not in cue and cue.lower() not in ("oleh", "by")
        if role_word and not has_sep and len(cued) == 1 and len(rest.split()) > 3 and len(names_in(rest)) == 1:
            return None  # "Reporter Senior Kompas Tutup Usia" is a headline; "Penulis Fitria Chusna Farisa" a byline
        if all(names_in(r) or _date_segment(r) or outlet_by_cue(r) for _, _, r in cued):
            return kind
        if has_sep and len(rest.split()) <= 6 and not re.search(r"[.!?]\s|[,;]\s\w+\s\w+\s\w+", rest):
            return kind  # "Penulis: Tim Liputan6.com", "Editor: Redaksi": a credit line without a person's name
        return None
    found = _dates.find_dates(segment)
    if _date_segment(segment, found):
        return "date"
    if _CLOCK_12H.fullmatch(segment):
        return "time"  # "2:05 pm" in a row beside a date (alone on its line, no zone, it is no meta line)
    return _uncued_kind(segment, found)


def _uncued_kind(segment: str, found: list) -> str | None:
    """_segment_kind of a segment without cue that is no date (found: its find_dates)."""
    if _time_segment(segment):
        return "time"
    if outlet_by_cue(segment):
        return "outlet"
    if len(segment) <= 60 and names_in(segment, dates=found):
        return "names"
    return None


def meta_line_kind(line: str) -> str | None:
    """What kind of meta line this raw line is: 'byline', 'date', 'editor', 'translator', 'credit', 'dateline',
    or None for anything else (body sentences, even with a date in them; navigation; headlines)."""
    text = (line or "").strip()
    if not text or len(text) > MAX_META_LINE:
        return None
    try:
        return _meta_line_kind(unglued_weekday(text))
    except Exception:  # a meta cue must never break extraction
        return None


def unglued_weekday(text: str) -> str:
    """A byline whose name and date were dumped without a space between them, split again: "Rizka Amelia
    PratiwiSenin, 16 Nov 2026" -> "Rizka Amelia Pratiwi | Senin, 16 Nov 2026" (also "CAHYONOSELASA, 06 OKTOBER"), and
    so a date's cue: "Ika DefiantiDiperbarui 24 Nov 2026, 10:48 WIBDiterbitkan ..." -> "Ika Defianti | Diperbarui ...
    | Diterbitkan ..."."""
    if ", " not in text or not _DIGIT.search(text):
        return text
    return _dates.glued_date_cue().sub(" | ", _glued_weekday().sub(" | ", text))


@cache
def _glued_weekday() -> re.Pattern:
    days = sorted((d for d in load_json("id/calendar.json")["weekdays"] if "'" not in d and "’" not in d), key=len,
                  reverse=True)
    title = "|".join(re.escape(d.capitalize()) for d in days)
    upper = "|".join(re.escape(d.upper()) for d in days)
    return re.compile(rf"(?<=[a-z])(?=(?:{title}),\s*\d)|(?<=[A-Z]{{2}})(?=(?:{upper}),\s*\d)")


@cache
def _cue_first_words() -> frozenset[str]:
    cues = _cues()
    return frozenset(w.split()[0] for kind in ("byline", "editor", "translator", "credit") for w in cues[kind])


@cache
def _cue_initials() -> frozenset[str]:
    """The first letters of _cue_first_words in both cases: a line opening with none opens with no cue word."""
    return frozenset(c for w in _cue_first_words() for c in (w[0], w[0].upper()))


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None or not text.isascii() and any(map(str.isdigit, text))  # ("²" too)


# Marks of a line with more than one segment (a cue after "|", "Name - detikNews", "Name | Name") or of a dateline
# (which ends in a dash or a colon): a line without any is its own only segment and no dateline.
_SEGMENT_OR_DATELINE_MARK = re.compile(r"[|•·●:\-–—]")


def _one_plain_segment(text: str) -> bool:
    """The line is its only segment, equal to it (_segment_kind strips commas off a segment's ends), and no dateline:
    without a cue at its start it is then a meta line only as a date or a time."""
    return text[0] != "," and text[-1] != "," and not _SEGMENT_OR_DATELINE_MARK.search(text)


def _could_be_meta(text: str) -> bool:
    """Cheap pre-check: a meta line has a digit (dates), starts with a cue word, or names an outlet."""
    if _has_digit(text):
        return True
    words = _CUE_WORD.findall(text.lower())
    if not words:
        return False
    if "|" in text and len(text) <= 80:  # "Achmad Fauzi | Iwan Supriyatna" (see _names_pair)
        return True
    if words[0] in _cue_first_words():
        return True
    firsts = alias_first_words()
    return not firsts.keys().isdisjoint(words) \
        or "." in text and any(w[-1] == "." and w.rstrip(".") in firsts for w in words)  # (no word ends in "." else)


MAX_META_WORDS = 16  # the longest uncued meta lines ("RABU, 21 OKTOBER 2020 | 09:20 WIB | LAPORAN: ...") have ~12


def _meta_line_kind(text: str) -> str | None:
    if not _could_be_meta(text):
        return None
    cued = cue_segments(text)
    plain = cued is None and _one_plain_segment(text)
    if plain and not _has_digit(text):
        return "dateline" if "," in text and _place_outlet_line(text) else None  # no date or time without a digit
    if cued is not None:
        kind = _segment_kind(text)
        if kind:
            return kind
    if len(text.split()) > MAX_META_WORDS and not _short_segments(text):
        return None  # a sentence, even with a date in it
    found = _dates.find_dates(text)
    if _date_segment(text, found):
        return "date"
    if found and _date_then_cue(text, found):
        return "date"
    if plain:  # (an outlet's name or a person's name alone is no meta line: names_in need not be asked)
        return "date" if _time_segment(text) else None
    if found and _name_then_date(text, found[0].start):
        return "byline"
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s and s.strip()] if _SEGMENT_MARK.search(text) else [text]
    kinds = []
    for segment in segments:
        whole = cued is None and segment.strip(" -–—|,") == text  # the line is its only segment: checked above
        kind = _segment_kind(segment, found if whole else None)
        if not whole and (kind is None and is_boilerplate_cue(segment.strip(), len(segment.split()))
                          or kind == "names" and _is_known_place(segment.strip())):
            kind = "empty"  # "Jakarta ● Thu, November 19, 2026 ● 4 min read": the place and the reading time
        if kind is None:  # one ordinary segment is enough: the rest need not be read
            return _dateline_only(text)
        kinds.append(kind)
    if not kinds:
        return _dateline_only(text)
    meaningful = [k for k in kinds if k not in ("empty", "outlet")]
    if not meaningful:
        return None
    first = meaningful[0]
    if first in ("date", "byline", "editor", "translator", "credit"):
        return first
    if first == "time" and all(k in ("time", "date") for k in meaningful):
        return "date"
    if first == "names" and "outlet" in kinds and len(meaningful) <= 2:
        return "byline"  # "Andhika Prasetia - detikNews"
    if first == "names" and "date" in meaningful and len(segments) <= 3 and re.search(r"[|·•●]|\s[–—-]\s", text):
        return "byline"  # "Nama Penulis | Rabu, 21 Oktober 2020 09:20 WIB", "Fahreza Rizky, Jurnalis · Rabu ...",
        # "Yulia Savitri Ningsih — 15 November 2026" (a WordPress theme's author and date)
    if _names_pair(text, segments, kinds):
        return "byline"  # "Achmad Fauzi | Iwan Supriyatna": suara.com-style writer and editor, unlabelled
    return _dateline_only(text)


_DATE_TAIL_LEAD = " ,|-–—·•"
_BAR = re.compile(r"\s*[|•·●]\s*")
MAX_META_SEGMENT_WORDS = 8  # words of each part of a longer credit row ("date | time | Penulis: X | Editor: Y")
MAX_META_ROW_WORDS = 32


def _short_segments(text: str) -> bool:
    """A longer meta row that bars part into short pieces, three or more ("Minggu, 15 November 2026 | 19:02 WIB |
    Penulis : Kurniawan Eka Mulyana | Editor : Gading Persada"): no sentence is set that way."""
    if len(text.split()) > MAX_META_ROW_WORDS or not ("|" in text or "•" in text or "·" in text or "●" in text):
        return False
    parts = [p for p in _BAR.split(text) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= MAX_META_SEGMENT_WORDS for p in parts)


def _cued_tail(text: str, found: list) -> list[tuple[str, str, str]] | None:
    """cue_segments of what follows the last date of text (found: its find_dates), when text is that date and then
    people cues: "Posted on November 24, 2020 by Budi Santoso", "Jumat, 20 November 2020 - 19:03 WIB Oleh: Budi"."""
    tail = text[found[-1].end :].lstrip(_DATE_TAIL_LEAD)
    cued = cue_segments(tail) if tail else None
    if not cued or not _date_segment(text[: found[-1].end], found):
        return None
    return cued


def _date_then_cue(text: str, found: list) -> bool:
    """True for a date line ending in people cues with names: a 'date' line, as "RABU, 21 OKTOBER 2020 | 09:20 WIB |
    LAPORAN: ..." is (its first segment decides), whose names people_in_line reads."""
    cued = _cued_tail(text, found)
    return bool(cued) and cued[0][0] != "credit" and all(names_in(rest) for _, _, rest in cued)


def _names_pair(text: str, segments: list[str], kinds: list[str]) -> bool:
    """Two or three '|'-separated full names (two to four words each, none a known place): a byline row, not a
    menu ("Jawa Barat | Jawa Tengah") nor a headline."""
    if "|" not in text or not 2 <= len(segments) <= 3 or any(k != "names" for k in kinds):
        return False
    return all(2 <= len(s.split()) <= 4 and not _is_known_place(s) for s in segments)


def _known_meta_kind(line: str) -> str | None:
    """meta_line_kind through the classifier's per-text cache: it has already asked about most meta lines."""
    from kabar.extract.lines import _cached_meta_kind

    return _cached_meta_kind(line.strip())


def meta_line_kinds(lines: list[str]) -> list[str | None]:
    """meta_line_kind of every line, in context: date-only lines that form a list with other date-only lines
    (a "Populer"/"Terkini" list: title, date, title, date ...) are not meta lines and get None."""
    kinds = [meta_line_kind(line) for line in lines]
    numbers = [n for n, kind in enumerate(kinds, 1) if kind == "date"]
    for n in _list_like(numbers, dict(enumerate(kinds, 1)), list(lines)):
        kinds[n - 1] = None
    return kinds


_DATELINE_CLOSERS = ("-", "–", "—", ":", ".", ",")  # ("-" for _DASH, ". " after "KONTAN.CO.ID - JAKARTA", "," after
# "BOGOR-RADAR BOGOR,")


def _dateline_only(text: str) -> str | None:
    """'dateline' when the whole line is a dateline without the sentence: "JAKARTA, KOMPAS.com -"."""
    if text.rstrip()[-1:] not in _DATELINE_CLOSERS:
        return None  # every dateline pattern that can end the line ends in one of them (the others need a capital after)
    place, outlet, end = parse_dateline(text + " ")
    if (place or outlet) and not text[end:].strip():
        if outlet and (place or re.search(r"[-–—]\s*$", text)):
            return "dateline"
    return None


# --- agencies -------------------------------------------------------------------------------------------------------


@cache
def _agency_context() -> tuple[re.Pattern, re.Pattern]:
    cues = _cues()
    before = "|".join(re.escape(w) for w in sorted(cues["cite_before"], key=len, reverse=True))
    skips = "|".join(re.escape(w) for w in sorted(cues["cite_skip"], key=len, reverse=True))
    after = "|".join(re.escape(w) for w in sorted(cues["cite_after"], key=len, reverse=True))
    lead_in = re.compile(
        rf"(?<![\w-])(?:seperti\s+|sebagaimana\s+|yang\s+)?(?:{before})\s*:?\s+(?:dari\s+)?(?:(?:{skips})\s+)*"
        rf"(?:\S+\s+dari\s+(?:(?:{skips})\s+)*)?$",
        re.IGNORECASE,
    )
    follow = re.compile(rf"^\s*,?\s*(?:{after})(?![\w-])", re.IGNORECASE)
    return lead_in, follow


@cache
def _cite_stems() -> re.Pattern:
    """Any citation cue's first word, anywhere in a lower-cased text (one regex scan instead of one `in` per stem)."""
    cues = _cues()
    return re.compile(_dates.trie_alternation(w.split()[0].lower() for w in cues["cite_before"] + cues["cite_after"]))


def find_agencies(text: str) -> list[str]:
    """Agencies and outlets a text cites as its source: "dikutip dari AFP", "Dilaporkan Reuters", "laporan AP",
    "Sumber: Reuters", "Kantor Berita RIA", "Reuters melaporkan", "(ANTARA/Reuters)". Photo credits are not citations.
    """
    from kabar.extract.outlets import agency_mentions

    low = text.lower()
    if "(" not in text and not _cite_stems().search(low):
        return []  # no citation cue at all: skip the name scan
    lead_in, follow = _agency_context()
    found: list[str] = []
    for name, pos, end in agency_mentions(text):
        if name in found:
            continue
        if re.match(r"\s+dari\b", text[end : end + 8], re.IGNORECASE):
            continue  # "Dikutip Pikiranrakyat-Bekasi.com dari Al Jazeera": the citing outlet
        if end - pos <= 4 and (re.match(r"\s*\(\d", text[end : end + 5])
                               or re.search(r"inisial\s+$", text[max(0, pos - 15) : pos], re.IGNORECASE)):
            continue  # "menurut AP (35), warga setempat", "berinisial AP": a person's initials
        grouped = _in_agency_group(text, pos)
        if text[end : end + 6].lower().startswith((" photo", " foto", "/")) and not grouped:
            continue  # "AP Photo/...", "REUTERS/Aziz Karimov": a photo credit
        if grouped or lead_in.search(text[max(0, pos - 90) : pos]) or follow.match(text[end : end + 40]):
            found.append(name)
    found.extend(name for name in _lowercase_credit_agencies(text) if name not in found)
    return found


_LOWER_CREDIT = re.compile(r"\((?P<g>[a-z]{2,10}(?:\s?/\s?[a-z]{2,10}){0,3})\)[\s.]*$")
LONG_CREDIT_CHARS = 5  # a part of a credit group this long names an agency by its name ("antara", "xinhua")


def _lowercase_credit_agencies(text: str) -> list[str]:
    """The agencies a credit group closing a paragraph in lower case names: "(antara/jpnn)", "(ant/xinhua)",
    "(reuters/dil)". A short code ("ant", "afp") counts only beside an agency named in full: alone it may be an
    editor's initials."""
    m = _LOWER_CREDIT.search(text[-60:]) if text.rstrip(" .")[-1:] == ")" else None
    if m is None:
        return []
    parts = [p.strip() for p in m["g"].split("/")]
    if not any(len(p) >= LONG_CREDIT_CHARS and agency_name(p.title()) for p in parts):
        return []
    names = []
    for part in parts:
        name = agency_name(part.title()) if len(part) >= LONG_CREDIT_CHARS else agency_name(part.upper()) \
            or agency_name(part.title())
        if name and name not in names:
            names.append(name)
    return names


def _may_cite(texts: list[str]) -> list[bool]:
    """For each text, False when find_agencies(text) is surely empty: it has no citation cue nor "(" (find_agencies's
    own first test), or no agency's name (may_name_agencies, one scan of all the texts that pass the first test)."""
    cued = [i for i, text in enumerate(texts) if "(" in text or _cite_stems().search(text.lower())]
    out = [False] * len(texts)
    for i, may in zip(cued, may_name_agencies([texts[i] for i in cued]), strict=True):
        out[i] = may or texts[i].rstrip(" .")[-1:] == ")" and _LOWER_CREDIT.search(texts[i][-60:]) is not None
    return out


def _in_agency_group(text: str, pos: int) -> bool:
    """True inside a credit group like "(ANTARA/Reuters)" or "(AFP/dil)": every part an agency or initials."""
    open_at = text.rfind("(", 0, pos)
    close_at = text.find(")", pos)
    if open_at < 0 or close_at < 0 or close_at - open_at > 60 or ")" in text[open_at:pos]:
        return False
    parts = [p.strip() for p in text[open_at + 1 : close_at].split("/")]
    at_end = close_at + 1 >= len(text.rstrip(". "))
    in_dateline = open_at < 40 and re.match(r"\s*[-–—]", text[close_at + 1 :]) is not None  # "Paris (AFP) -"
    if len(parts) < 2 and not at_end and not in_dateline:
        return False
    return all(agency_name(p) or re.fullmatch(r"[a-z]{2,4}", p) for p in parts)


# --- the page's metadata --------------------------------------------------------------------------------------------


def _outlet_beside_meta(lines: list[str], meta_numbers: list[int]) -> str | None:
    """A line that is only an outlet's name right next to a meta line: "kumparanNEWS" / "21 Oktober 2020 9:20"."""
    for n in meta_numbers:
        for m in (n - 2, n - 1, n + 1, n + 2):
            if 1 <= m <= len(lines) and len(lines[m - 1].strip()) <= 30 and (name := outlet_by_cue(lines[m - 1])):
                return name
    return None


def _outlet_under_headline(lines: list[str], labels: LineLabels | None) -> str | None:
    """The outlet a byline under the headline or standfirst names in brackets ("Aditya Nugroho and Sri Wahyuni
    Lestari (The Jakarta Post)"), when the classifier did not take that line for a meta line."""
    heads = [n for n in (labels.title, labels.description) if n] if labels is not None else []
    for n in heads:
        under = _neighbour(lines, n, 1)
        m = _BRACKETED_TAIL.search(lines[under - 1]) if under is not None else None
        if m and (name := outlet_by_cue(m.group("o"))) and _name_and_outlet(lines[under - 1].strip()):
            return name
    return None


MASTHEAD_LINES = 2  # non-blank lines at the top of a dump where the site's logo text stands


def _masthead_outlet(lines: list[str]) -> str | None:
    """The outlet a page's first lines name by themselves, the logo's text ("BBC News, Indonesia" under a skip link):
    the last resort when no dateline, copyright line or credit names it."""
    top = [line.strip() for line in lines[:20] if line.strip()][:MASTHEAD_LINES]
    return next((name for line in top if len(line) <= 40 and (name := outlet_by_cue(line))), None)


_BRANDED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,2}),\s*(?P<brand>[A-Za-z][\w.-]{2,30})\s*[-–—]+\s")


def _place_before_own_brand(lead: str, outlet: str | None) -> str | None:
    """The place of "PAINAN, HALUAN — ..." on a page of Harian Haluan: a place in capitals, then a word of the page's
    own outlet name standing for it (a place the gazetteer may not know, a short brand outlets.json does not list)."""
    m = _BRANDED_DATELINE.match(lead[:80]) if outlet and lead[:1].isupper() else None
    if m is None or m["brand"].lower().rstrip(".") not in {w.lower() for w in re.findall(r"[A-Za-z]{3,}", outlet)}:
        return None
    return _proper_place(m["place"]) if _is_place(m["place"]) else None


_HOLDER_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z'’.]*(?: [A-Z][A-Za-z'’.]*){0,2})\s*(?:,\s*(?P<a>[^,()\n]{2,40}?)"
                              r"|\((?P<b>[^()\n]{2,40})\))\s*[-–—:]+\s")


PHOTOGRAPHER_REACH, PHOTOGRAPHER_LINES = 12, 4  # raw lines under the headline searched, and non-blank ones of them
_PHOTOGRAPHER = re.compile(r"^(?:fotografer|photographer|foto)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
_PHOTO_STORY = re.compile(r"^(?:foto|galeri foto|photo|photos|gallery)\s*:", re.IGNORECASE)


def _photographers_of_photo_story(lines: list[str], title_at: int, meta_numbers: list[int]) -> list[str]:
    """The writers of a photo story ("FOTO: Ribuan Pelari Ramaikan Maraton"), which names no writer: its
    photographers' credit ("Fotografer: Rianto Baskoro / DAS", a desk's code after the slash)."""
    if not _PHOTO_STORY.match(lines[title_at - 1].strip()):
        return []
    near = [n for n in range(title_at + 1, min(len(lines), title_at + PHOTOGRAPHER_REACH) + 1) if lines[n - 1].strip()]
    for n in [*near[:PHOTOGRAPHER_LINES], *meta_numbers]:
        if (m := _PHOTOGRAPHER.match(lines[n - 1].strip())) is not None and (names := names_in(m["rest"])):
            return names
    return []


def _as_the_page_spells_it(domain: str, lines: list[str]) -> str:
    """An unlisted outlet's domain as its copyright line spells it ("TribunGayo.com", or the same name in words:
    "Radar Jogja"), when a dateline in capitals ("TRIBUNGAYO.COM, TAKENGON -") gave it a guessed case."""
    for i in _lines_holding(lines, COPYRIGHT_WORDS):
        holder = copyright_holder(lines[i].strip())
        if holder and holder.lower() == domain.lower() and holder not in (holder.upper(), holder.lower()):
            return holder  # (a spelling in mixed case only: "GELORA.CO", "suarajogja.id" say nothing of its case)
        if holder and " " in holder and "." not in holder and _squashed(holder) == _squashed(domain.split(".")[0]):
            return holder  # its name in words ("© 2026 Radar Jogja" for "RADARJOGJA.ID"), as og:site_name would be
    return domain


def _dateline_naming_holder(lead: str, lines: list[str]) -> tuple[str, str] | None:
    """(place, outlet) of "Makassar (Kabar Pesisir) -" or "MAKASSAR, Kabar Pesisir –" when the name after the place is
    the one the page's copyright line holds: an outlet kabar does not list, named twice by its own page."""
    m = _HOLDER_DATELINE.match(lead[:90]) if lead[:1].isupper() else None
    if m is None or not _is_place(m["place"]):
        return None
    brand = (m["a"] or m["b"]).strip().lower()
    for i in _lines_holding(lines, COPYRIGHT_WORDS):
        holder = copyright_holder(lines[i].strip())
        if holder and holder.lower() == brand:
            return _proper_place(m["place"]), holder
    return None


def _unlisted_masthead_outlet(lines: list[str], copyright_at: list[int] | range | None = None) -> str | None:
    """An outlet kabar does not list, named by the page twice: the logo's text opening the page and the copyright
    line's holder ("Indonesia Business Post" ... "© 2026 Indonesia Business Post. All rights reserved."; the logo
    may run into the next link, "PROKAL.coKaltim Post")."""
    top = next((line.strip() for line in lines[:20] if line.strip()), "")
    if not top or len(top) > 40:
        return None  # (a logo's text is short: "Rogers Media uses cookies ..." is a notice naming the owner)
    for i in _lines_holding(lines, COPYRIGHT_WORDS) if copyright_at is None else copyright_at:
        holder = copyright_holder(lines[i].strip())
        if holder and top.lower().startswith(holder.lower()):
            return holder
    return None


_CLOSING_CREDIT = re.compile(r"\((?P<o>[A-Za-z][\w.-]{2,30})\)\s*[.\"”]?\s*$")  # "... (detikcom)."
_QUOTED_FROM = re.compile(rf"\b(?:dikutip|dilansir|dihimpun)\s+(?P<o>{DOMAIN_TOKEN})\s+dari\b", re.IGNORECASE)
_COPYRIGHT_ANYWHERE = re.compile(r"©|copyright|hak cipta", re.IGNORECASE)


def _may_contain(text: str, words: tuple[str, ...]) -> bool:
    """False only when no word (lower case, ASCII letters) occurs in text case-insensitively as re.IGNORECASE matches:
    plain string scans of the lower-cased text, several times faster than a pattern over a whole page. re.IGNORECASE
    also equates "ı" and "İ" with "i" and "ſ" with "s" (str.lower does not): a text holding one may contain any."""
    if "ı" in text or "İ" in text or "ſ" in text:
        return True
    low = text.lower()
    return any(word in low for word in words)


COPYRIGHT_WORDS = ("copyright", "hak cipta", "©", "(c)")  # (_COPYRIGHT's words)


def _lines_holding(lines: list[str], words: tuple[str, ...]) -> list[int] | range:
    """Indexes, in order, of the lines that may hold one of the words case-insensitively (as _may_contain): found by
    plain scans of the page, so that a pattern is tried on those lines only, not on every line."""
    joined = "\n".join(lines)
    if "ı" in joined or "İ" in joined or "ſ" in joined or "\u212a" in joined:
        return _lines_holding_lowered(joined, lines, words)
    try:
        # UTF-8 bytes lower-cased: only ASCII letters change, as with str.lower once no character lower-cases to
        # an ASCII letter ("İ" and the Kelvin sign, the only two, are left to the str path) -- several times cheaper
        # than str.lower over a page; a line's index is its count of "\n" before the word either way
        low = joined.encode("utf-8").lower()
    except UnicodeEncodeError:  # (a lone surrogate)
        return _lines_holding_lowered(joined, lines, words)
    found: set[int] = set()
    for word in words:
        needle = word.encode("utf-8")
        pos = low.find(needle)
        while pos >= 0:
            found.add(low.count(b"\n", 0, pos))
            pos = low.find(needle, pos + 1)
    return sorted(found)


def _lines_holding_lowered(joined: str, lines: list[str], words: tuple[str, ...]) -> list[int] | range:
    """_lines_holding by str.lower of the page (``joined``: the lines joined by "\n")."""
    low = joined.lower()
    if "ı" in joined or "İ" in joined or "ſ" in joined or len(low) != len(joined):
        return range(len(lines))
    found: set[int] = set()
    for word in words:
        pos = low.find(word)
        while pos >= 0:
            found.add(joined.count("\n", 0, pos))
            pos = low.find(word, pos + 1)
    return sorted(found)


def _mentions_copyright(text: str) -> bool:
    """_COPYRIGHT_ANYWHERE.search(text), by plain string scans when they can answer."""
    if not _may_contain(text, ("©", "copyright", "hak cipta")):
        return False
    return _COPYRIGHT_ANYWHERE.search(text) is not None


def _ends_in_bracket(text: str) -> bool:
    """Cheap gate for _CLOSING_CREDIT: ")" at the end, maybe before one full stop or closing quote."""
    tail = text.rstrip()
    if tail[-1:] in ('.', '"', '”'):
        tail = tail[:-1].rstrip()
    return tail.endswith(")")


def _outlet_from_text(lines: list[str], body: list[str], meta_texts: list[str],
                      copyright_at: list[int] | range | None = None) -> str | None:
    """The page's self-name outside the lead: copyright line, "(detikcom)", "Dikutip X dari", "Laporan wartawan X".
    ``copyright_at``: _lines_holding(lines, COPYRIGHT_WORDS) when the caller has it."""
    for i in _lines_holding(lines, COPYRIGHT_WORDS) if copyright_at is None else copyright_at:
        line = lines[i]
        if _COPYRIGHT.match(line):
            name = outlet_in_copyright(line)
            if name:
                return name
    quoting = _may_contain("\n".join(body), ("dikutip", "dilansir", "dihimpun"))  # (_QUOTED_FROM's cue words)
    for para in body:
        m = _CLOSING_CREDIT.search(para) if _ends_in_bracket(para) else None
        if m and (name := outlet_by_cue(m.group("o"))):
            return name
        m = _QUOTED_FROM.search(para) if quoting else None
        if m and (name := self_named_domain(m.group("o"))):
            return name
    for text in meta_texts:
        bracketed = _BRACKETED_TAIL.search(text) if text.rstrip().endswith(")") else None
        if bracketed and (name := outlet_by_cue(bracketed.group("o"))):  # "Dio Suhenda (The Jakarta Post)"
            return name
        m = re.search(r"\b(?:laporan|reporter)\s+(?:wartawan|reporter|jurnalis|kontributor)?\s*(?P<o>[^,]{3,40}),",
                      text, re.IGNORECASE)
        if m and (name := outlet_by_cue(m.group("o"))):
            return name
        for piece in re.split(r"\s[-–—|]\s", text)[1:]:
            if (name := outlet_by_cue(piece)) and len(text) < 80:
                return name
    for text in meta_texts:  # "kumparanNEWS Terverifikasi 14 Januari 2024 8:05 WIB": the outlet's channel first
        first = text.split(None, 1)[0] if text.strip() else ""
        if (name := outlet_by_cue(first)) and first.lower().strip(".:") not in _wire_aliases():
            return name
    return None


@cache
def _wire_aliases() -> frozenset[str]:
    """Lower-cased aliases of the news agencies (id/agencies.txt): "ANTARA | Rabu ..." credits a wire, not the outlet."""
    from kabar.data import load_lines

    return frozenset(a.strip().lower() for line in load_lines("id/agencies.txt") for a in line.split("|") if a.strip())


def _list_like(numbers: list[int], kinds: dict[int, str], lines: list[str], parsed: dict | None = None) -> set[int]:
    """Date-only lines in a run of three or more (each within four lines of the next) that are not all the same
    date: a "Populer"/"Terkini" list (title, date, title, date ...), not the page's byline. parsed: line number ->
    parse_published of the line, when the caller has it."""
    date_only = sorted(n for n in numbers if kinds.get(n) == "date"
                       and (parsed[n] if parsed else _dates.parse_published(lines[n - 1]))[1] == "date")
    runs: list[list[int]] = []
    for n in date_only:
        if runs and n - runs[-1][-1] <= 4:
            runs[-1].append(n)
        else:
            runs.append([n])
    out: set[int] = set()
    for run in runs:
        if len(run) >= 3 and len({" ".join(lines[n - 1].split()) for n in run}) > 1:
            out.update(run)
    return out


def _url_month(url: str | None) -> str | None:
    """'YYYY-MM' of a URL path's /2019/11/ (oregonlive, wordpress sites), else None."""
    m = re.search(r"/((?:19|20)\d\d)/([01]\d)/", url or "")
    return f"{m.group(1)}-{m.group(2)}" if m and 1 <= int(m.group(2)) <= 12 else None


def _yearless_byline_date(lines: list[str], meta_numbers: list[int], kinds: dict, body_numbers: list[int],
                          url_month: str) -> str | None:
    """'YYYY-MM-DD' of a date line above the body that states month and day without a year ("Updated Nov 19, 6:55
    AM;Posted Nov 19, 6:51 AM"), the year from the URL's /YYYY/MM/ when the months agree; the publication date
    before an update's."""
    first_body = min(body_numbers) if body_numbers else None
    year, month = int(url_month[:4]), int(url_month[5:])
    for n in meta_numbers:
        if kinds.get(n) not in (None, "date") or first_body is not None and n > first_body:
            continue
        stated = [(m, d, cue) for m, d, cue in _dates.yearless_dates(lines[n - 1]) if m == month]
        for wanted in ("published", None, "updated"):
            day = next((d for _, d, cue in stated if cue == wanted), None)
            if day is not None:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _url_date(url: str | None) -> str | None:
    """Date in the URL path: /2020/10/21/ (kompas, tribun, okezone, suara), /20201021094512-106-561000/ (cnnindonesia:
    a 14-digit stamp) or an 8-digit /20201021/; other digit runs are article ids, not dates."""
    if not url:
        return None
    m = re.search(r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)/", url) or re.search(
        r"/((?:19|20)\d\d)([01]\d)([0-3]\d)(?:\d{6})?(?=[-/._]|$)", url)
    if not m:
        return None
    day = _dates._make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return day.isoformat() if day else None


_HTML_DATE_KEYS = ("published", "article:published_time", "datePublished", "og:published_time", "pubdate", "publishdate",
                   "publish-date", "dtk:publishdate", "content_PublishedDate", "date", "dc.date", "DC.date.issued",
                   "modified", "article:modified_time", "dateModified")
_HTML_AUTHOR_KEYS = ("authors", "author", "article:author", "dtk:author", "content_author")


def _credited_names(html_meta: dict | None, kind: str, authors: list[str]) -> list[str]:
    """The names of the page's credit links of one kind (html.credit_links), each passing the byline name checks; an
    author is no editor unless the credit box itself names him in both roles ("Reporter: X | Editor: X", Kontan's
    translated wire stories)."""
    links = (html_meta or {}).get("credit_links", [])
    both = {text for link_kind, text in links if link_kind == "byline"}
    names: list[str] = []
    for link_kind, text in links:
        for name in names_in(text) if link_kind == kind else []:
            if name not in names and (name not in authors or text in both):
                names.append(name)
    return names


def _html_authors(html_meta: dict | None) -> list[str]:
    """Person names among the head's authors: the JSON-LD article's first (an author meta tag often names the
    publisher, "Condé Nast"), then the author tags; an outlet, desk or the site's own name ("Kompas Cyber Media",
    "Sky" on news.sky.com) is dropped."""
    meta = html_meta or {}
    jsonld = meta.get("jsonld") if isinstance(meta.get("jsonld"), dict) else {}
    site = _site_names(meta)
    for value in (jsonld.get("authors"), *(meta.get(key) for key in _HTML_AUTHOR_KEYS)):
        out: list[str] = []
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str) or outlet_by_cue(item) or outlet_from_url(item if "." in item else None):
                continue
            for name in names_in(item):
                if name not in out and name.lower() not in site and not _DOMAIN_NAME.search(name):
                    out.append(name)
        if out:
            return out
    return []


_DOMAIN_NAME = re.compile(r"\w\.(?:com|co|id|net|org|tv|news|info|io)\b", re.IGNORECASE)  # "Cleveland.com"


def _site_names(meta: dict) -> set[str]:
    """Lower-cased names the page's head gives its site: og:site_name, the publisher, the labels of its host."""
    names = {str(meta[key]).strip().lower() for key in ("site_name", "publisher") if meta.get(key)}
    host = re.match(r"(?:https?://)?([^/?#]+)", str(meta.get("url") or ""))
    if host:
        names.update(label for label in host.group(1).lower().split(".") if label not in ("www", "com", "co", "id"))
    return names


_GENERIC_HOST_LABELS = frozenset(["www", "m", "amp", "com", "co", "id", "net", "org", "or", "go", "ac", "web", "news"])


def _site_name_of_domain(outlet: str, html_meta: dict) -> str:
    """An unlisted outlet's domain-shaped self-name in a dateline ("RADARSEMARANG.ID, Kendal -") as the head's
    site name spells the same name ("Radar Semarang"), else as it was."""
    site = outlet_from_html_meta(html_meta)
    return site if site and "." not in site and _squashed(site) == _squashed(outlet.split(".")[0]) else outlet


def _squashed(text: str) -> str:
    return "".join(filter(str.isalnum, text.lower()))


def _site_labels(url: str | None, outlet: str | None) -> frozenset[str]:
    """The site's own names, squashed ("indiapost", "floridatoday"): its URL host's labels and its outlet's name."""
    host = re.match(r"(?:[a-z]+:)?//([^/?#:]+)", url or "")
    labels = {label for label in host.group(1).lower().split(".") if label not in _GENERIC_HOST_LABELS} if host else set()
    if host:
        labels.add(_squashed(host.group(1).lower().removeprefix("www.")))  # "cleveland.com" -> "clevelandcom"
    if outlet:
        labels.add(_squashed(outlet))
    return frozenset(label for label in labels if len(label) > 3)


def _without_site_name(name: str, site: frozenset[str]) -> str | None:
    """A person's name without the site's own name: None for the site itself ("India Post" on indiapost.com), the
    person alone for "Elliot Brownstein Florida Today" on floridatoday.com."""
    if not site:
        return name
    words = name.split()
    if _squashed(name) in site:
        return None
    for k in range(2, len(words)):
        if _squashed(" ".join(words[k:])) in site:
            return " ".join(words[:k])
    return name


def _own_brand(name: str, url: str | None) -> bool:
    """Whether an outlet's self-name is the site's own brand: its name without the domain suffix made of the URL
    host's labels ("SuaraJogja.id" on jogja.suara.com, "Nakita.id" on nakita.grid.id), not an outlet it quotes."""
    host = re.match(r"(?:[a-z]+:)?//([^/?#:]+)", url or "")
    if not host:
        return False
    labels = [label for label in host.group(1).lower().split(".") if label not in _GENERIC_HOST_LABELS]
    root = _squashed(_SITE_SUFFIX.sub("", name))
    return bool(root) and (root in labels or any(root in (a + b, b + a) for a in labels for b in labels if a != b))


def _without_short_forms(names: list[str]) -> list[str]:
    """names without one that is the first words of another ("Rina Ayu" beside "Rina Ayu Panca Rini": one writer,
    named in full by the byline and shorter by "Laporan Wartawan ..., Rina Ayu")."""
    return [name for name in names
            if not any(other != name and other.startswith(name + " ") for other in names)]


def _same_people(text_names: list[str], head_names: list[str]) -> bool:
    """True when a name of the page's text byline shares a word with a name of the head's authors."""
    head_words = {w for name in head_names for w in name.lower().split()}
    return any(w in head_words for name in text_names for w in name.lower().split())


_ZONED_TAG = "meta tag, zone of the outlet"


def _html_published(html_meta: dict | None, zone: str | None = None) -> tuple[str | None, str | None]:
    """The head's publication date (update date when it states only that); a time without its zone ("2020/10/21
    09:20:00", detik's dtk:publishdate) is read in the zone of the page's known outlet (zone), else left out."""
    if not html_meta:
        return None, None
    for key in _HTML_DATE_KEYS:
        value = html_meta.get(key)
        if isinstance(value, str) and value.strip():
            iso, _ = _dates.parse_published(value)
            if iso:
                basis = "meta tag" if "modified" not in key.lower() else "meta tag (update date)"
                if "T" not in iso and (zoned := _with_zone(value, iso, zone)):
                    return zoned, f"{basis}, zone of the outlet"
                if "T" not in iso and (timed := _jsonld_time_of_day(html_meta, iso)):
                    return timed, f"{basis}, time from JSON-LD"
                return iso, basis
    return None, None


def _jsonld_time_of_day(html_meta: dict, day: str) -> str | None:
    """The JSON-LD's zoned publication time on the day a zone-less meta tag states ("publish-date" "2026-11-24
    19:30:00" beside datePublished "2026-11-24T19:30:00+07:00"), else None."""
    stated = (html_meta.get("jsonld") or {}).get("published")
    if not isinstance(stated, str) or not stated.startswith(day):
        return None
    iso, _ = _dates.parse_published(stated)
    return iso if iso and iso.startswith(day) and "T" in iso else None


def extract_metadata(lines: list[str], labels: LineLabels | None, body: list[str], url: str | None,
                     html_meta: dict | None = None, fetched: str | None = None) -> dict:
    """The metadata fields of one page: outlet, published, published_basis, authors, editors, translators,
    agencies, dateline, language (always None here).

    lines: the raw lines (line n is lines[n-1]); labels: their classification (None: find meta lines here);
    body: the body paragraphs. Only meta lines, the lead and (for the outlet) a copyright line are read.

    published_basis says where the date came from, best first: 'byline' (a date/byline meta line; 'byline (update
    date)' when the page states only its update), 'byline, time from meta tag', 'meta tag' (HTML head), 'dateline'
    (the lead's "..., Rabu (21/10/2020)."), 'relative to fetch time' ("2 jam yang lalu" by the headline, resolved
    against fetched, the time the page was read; never without it; '... (update date)' for "Diperbarui 2 jam
    lalu"), 'url' (/2020/10/21/), 'inferred from body dates'.
    """
    result: dict = {"outlet": None, "published": None, "published_basis": None, "authors": [], "editors": [],
                    "translators": [], "agencies": [], "dateline": None, "language": None}
    try:
        lines = list(lines or [])
        if not set(map(type, lines)) <= {str}:  # (one C-level pass; a str subclass or a non-str takes the slow way)
            lines = [ln if isinstance(ln, str) else "" for ln in lines]
        _fill(result, lines, labels,
              [p for p in (body or []) if isinstance(p, str) and p.strip()], url, html_meta, fetched)
    except Exception as err:  # a metadata bug must not lose the page: keep what was found so far
        logger.warning("metadata extraction stopped early (%s: %s)", type(err).__name__, err)
    return result


def _fill(result: dict, lines: list[str], labels: LineLabels | None, body: list[str], url: str | None,
          html_meta: dict | None, fetched: str | None = None) -> None:
    if labels is not None:
        excluded = {labels.title, labels.description, *labels.boilerplate} - {None}
        meta_numbers = [n for n in labels.meta if 1 <= n <= len(lines)]
        body_numbers = [n for n in labels.body if 1 <= n <= len(lines)]
    else:
        excluded = set()
        meta_numbers = [n for n, ln in enumerate(lines, 1) if meta_line_kind(ln)]
        body_numbers = []
    kinds = {n: _known_meta_kind(lines[n - 1]) for n in meta_numbers}
    description = None
    if labels is not None and labels.description and 1 <= labels.description <= len(lines):
        description = lines[labels.description - 1].strip() or None
    # Where each text sits on the page (raw line number; body paragraphs by their labels when they line up).
    body_at = body_numbers if len(body_numbers) == len(body) else [10**6 + i for i in range(len(body))]
    desc_at = labels.description if description else 0
    # Short body paragraphs that are really meta lines ("Editor: X" at the end) also count.
    extra_meta = [(at, p) for at, p in zip(body_at, body, strict=True)
                  if len(p) <= 120 and p.split(None, 1)[0].lower().rstrip(":|") in _cue_first_words()
                  and _known_meta_kind(p) in ("byline", "editor", "translator", "credit")]
    cited: list[tuple[int, str]] = []  # (position, agency)

    # Dateline and outlet
    lead = list(zip(body_at[:2], body[:2], strict=True)) + ([(desc_at, description)] if description else [])
    lead += [(n, lines[n - 1] + " ") for n in meta_numbers if kinds[n] == "dateline"]  # "JAKARTA, KOMPAS.com -" alone
    dateline_outlet = None
    for _at, para in lead:  # a standfirst may open with the dateline too
        place, outlet, _ = parse_dateline(para)
        if not (place or outlet) and (pair := _place_outlet_line(para)):
            place, outlet = pair
        if place or outlet:
            result["dateline"], dateline_outlet = place, outlet
            break
    else:
        result["dateline"] = _place_before_date(lines, meta_numbers) or _place_over_lead(lines, body_at)
    if dateline_outlet and html_meta and outlet_by_cue(dateline_outlet) is None:
        dateline_outlet = _site_name_of_domain(dateline_outlet, html_meta)
    url_outlet = outlet_from_url(url)
    if dateline_outlet and url_outlet and dateline_outlet != url_outlet and not _own_brand(dateline_outlet, url):
        # "Jakarta (ANTARA) -" on republika.co.id: Republika publishes what ANTARA wrote.
        cited.append((body_at[0] if body_at else 0, dateline_outlet))
        dateline_outlet = url_outlet
    meta_texts = [lines[n - 1] for n in meta_numbers] + [p for _, p in extra_meta]
    # (every line goes to _outlet_from_text: of the lines it reads, copyright lines, none is left out as boilerplate)
    result["outlet"] = dateline_outlet or url_outlet or outlet_from_html_meta(html_meta)
    if not result["outlet"]:
        copyright_at = _lines_holding(lines, COPYRIGHT_WORDS)  # (read by the first and the last: one scan of the page)
        result["outlet"] = (_outlet_from_text(lines, body, meta_texts, copyright_at)
                            or _outlet_beside_meta(lines, meta_numbers) or _outlet_under_headline(lines, labels)
                            or _masthead_outlet(lines) or _unlisted_masthead_outlet(lines, copyright_at))
    if result["dateline"] is None and body:
        result["dateline"] = _place_before_own_brand(body[0], result["outlet"])
    if result["dateline"] is None and body and (named := _dateline_naming_holder(body[0], lines)):
        result["dateline"], holder = named
        result["outlet"] = result["outlet"] or holder
    if result["outlet"] and "." in result["outlet"] and outlet_by_cue(result["outlet"]) is None:
        result["outlet"] = _as_the_page_spells_it(result["outlet"], lines)

    # People and credits
    people = {"byline": result["authors"], "editor": result["editors"], "translator": result["translators"]}
    body_set = set(body_numbers)
    headline_at = {labels.title, labels.description} - {None} if labels is not None else set()
    found = _label_lines(lines, body_set) + _credit_lines(lines, body_numbers, meta_numbers)
    cited.extend(_wire_bylines(lines, meta_numbers, kinds, body_numbers, headline_at))
    for n in found + _name_lines(lines, meta_numbers, kinds, body_numbers, headline_at) + \
            _dates_beside_bylines(lines, meta_numbers, kinds, body_set):
        if n not in meta_numbers:  # a label or name line the classifier left out of the meta lines
            meta_numbers = sorted([*meta_numbers, n])
            kinds[n] = kinds.get(n) or _known_meta_kind(lines[n - 1]) or "byline"
    for at, n, text in [(n, n, lines[n - 1]) for n in meta_numbers] + [(at, None, p) for at, p in extra_meta]:
        credits = people_in_line(text, kinds[n] if n is not None else meta_line_kind(text))
        for kind, rest in credits:
            if not rest and n is not None:
                if len(credits) > 1:
                    continue  # a bare label among others in one row ("Reporter | X | Editor | Y"): no line under it
                rest = _next_line(lines, n)
                if (n + 1 in body_set or n + 2 in body_set) and rest in body:
                    continue  # "Editor" above a body paragraph is no label of a name
            if kind == "credit":
                cited.extend((at, name) for name in credited_agencies(rest))
                continue
            people[kind].extend(name for name in names_in(rest) if name not in people[kind])
            if kind == "byline":  # "Reporter: Antara", "oleh Reuters": the text comes from that agency
                parts = re.split(r"\s*[,;/&]\s*|\s+dan\s+", _dates_cut(rest))
                cited.extend((at, name) for part in parts if (name := agency_name(part.strip(" ."))))
    site = _site_labels(url, result["outlet"])
    for names in people.values():
        names[:] = _without_short_forms([kept for name in names if (kept := _without_site_name(name, site))])
    head_authors = _html_authors(html_meta)
    if head_authors and not _same_people(result["authors"] + result["editors"] + result["translators"], head_authors):
        # none of the text's byline names is the head's author: the text's line was a section or another
        # story's byline ("By Science & Astronomy"), the head's structured author is the page's own (unless the head
        # names the text's editor: some sites put the editor there, the text's writer stays)
        result["authors"][:] = head_authors
    tag_editors = (html_meta or {}).get("tag_editors")
    if not result["editors"] and isinstance(tag_editors, list):  # an editor meta tag ("content_Editor")
        result["editors"][:] = [name for item in tag_editors if isinstance(item, str) for name in names_in(item)]
    head_editors = (html_meta or {}).get("editors")
    if not result["editors"] and isinstance(head_editors, list):
        # a credit box of links ("Editor: <a>X</a>") is often lost to the main-content filter; JSON-LD names him too
        result["editors"][:] = [name for item in head_editors if isinstance(item, str) for name in names_in(item)
                                if name not in result["authors"]]
    for kind, field in (("byline", "authors"), ("editor", "editors")):
        if not result[field]:  # the visible text and the head name nobody: a credit box of links lost to resiliparse
            result[field][:] = _credited_names(html_meta, kind, result["authors"])

    if not result["authors"] and labels is not None and labels.title:
        result["authors"][:] = _photographers_of_photo_story(lines, labels.title, meta_numbers)
    if not result["authors"]:  # an agency's copy: its name is the head's author ("Reuters" on jakartaglobe.id)
        own = _squashed(f"{result['outlet'] or ''} {url or ''}")
        cited.extend((0, name) for name in _head_agencies(html_meta) if _squashed(name) not in own)  # not "BBC" on bbc.com
    cited.extend(_source_lines_below(lines, body_numbers, meta_numbers))

    # Agencies cited, in page order, never the outlet itself (nor the site: "SOURCE: Al Jazeera" on aljazeera.com)
    citing = ([(desc_at, description)] if description else []) + list(zip(body_at, body, strict=True))
    for (at, para), may in zip(citing, _may_cite([para for _, para in citing]), strict=True):
        if may:
            cited.extend((at, name) for name in find_agencies(para))
    for _, name in sorted(cited, key=lambda c: c[0]):
        if name != result["outlet"] and name not in result["agencies"] and _squashed(name) not in site \
                and _squashed(_SITE_SUFFIX.sub("", name)) not in site:  # "Sumber: Nakita.id" on nakita.grid.id
            result["agencies"].append(name)

    top = labels.title if labels is not None and labels.title else min(body_numbers, default=None)
    result["published"], result["published_basis"] = _published(lines, meta_numbers, kinds, body_numbers, body,
                                                                  url, html_meta, excluded, top,
                                                                  outlet_zone(result["outlet"]), fetched)


_COPYRIGHT = re.compile(r"^\s*(?:copyright|hak cipta|©|\(c\))", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\.(?:co\.id|com|id|net|co|tv|news|org)$", re.IGNORECASE)


def _dates_cut(text: str) -> str:
    """text up to its first date ("Reuters | Rabu, 21 Oktober 2020" -> "Reuters | ")."""
    found = _dates.find_dates(text)
    return re.split(r"\s[-–—|·•]\s", text[: found[0].start] if found else text)[0]


def credited_agencies(rest: str) -> list[str]:
    """Agencies named in a credit: "Reuters, AFP", "Al Jazeera", "Kompas.com dengan judul \"...\"" (not the title)."""
    from kabar.extract.outlets import agency_mentions

    rest = re.split(r"\b(?:dengan judul|berjudul|judul)\b", rest, maxsplit=1, flags=re.IGNORECASE)[0]
    out: list[str] = []
    for name, *_ in agency_mentions(rest[:120]):
        if name not in out:
            out.append(name)
    return out


_PIECES = re.compile(r"\s*[|·•●]\s*|\s+[-–—]+\s+")


def people_in_line(text: str, kind: str | None = None) -> list[tuple[str, str]]:
    """(kind, rest) for each credit in a meta line: "Penulis: A | Editor: B" -> [('byline', 'A'), ('editor', 'B')];
    "Andhika Prasetia - detikNews" (kind 'byline', no cue word) -> [('byline', 'Andhika Prasetia')]."""
    out: list[tuple[str, str]] = []
    text = unglued_weekday(text)
    pieces = [p for p in _PIECES.split(text.strip(" -–—")) if p.strip()]
    for piece in pieces:
        cued = cue_segments(piece)
        if cued is None and (found := _dates.find_dates(piece)):
            cued = _cued_tail(piece, found)  # "Posted on November 24, 2020 by Budi Santoso"
        for seg_kind, cue, rest in cued or []:
            if "," in rest and cue.lower() in _outlet_then_name():
                rest = rest.split(",", 1)[1].strip()  # "Laporan Wartawan Kabar Pesisir, Hendra Wijaya"
            if seg_kind != "credit" and rest.islower() and _LOWER_NAME.fullmatch(rest) \
                    and re.search(re.escape(cue) + r"\s*:", piece):
                rest = rest.title()  # "Penulis: hendra wijaya" (a site's CSS capitalises what its text does not)
            out.append((seg_kind, rest))
    if not out and len(pieces) > 1 and (found := _dates.find_dates(text)):
        out = [(seg_kind, rest) for seg_kind, _cue, rest in _cued_tail(text, found) or []]  # "..., 2020 - 19:03 WIB Oleh: X"
    if kind == "byline" and not any(k == "byline" for k, _ in out):  # "Dini Afrianti | Jumat, ... | Editor: X"
        for piece in pieces:
            piece = _without_bracketed_outlet(piece)
            if _segment_kind(piece) == "names":
                out.append(("byline", piece))
                break
    return out


_LOWER_NAME = re.compile(r"[a-z'’]+(?: [a-z'’]+){1,3}")


@cache
def _outlet_then_name() -> frozenset[str]:
    return frozenset(_cues()["outlet_then_name"])


_BRACKETED_TAIL = re.compile(r"\s\((?P<o>[^()]{2,40})\)\s*$")


def _without_bracketed_outlet(text: str) -> str:
    """A byline without the outlet in brackets after the name: "Dio Suhenda (The Jakarta Post)" -> "Dio Suhenda"."""
    m = _BRACKETED_TAIL.search(text) if text.endswith(")") else None
    return text[: m.start()] if m and outlet_by_cue(m.group("o")) else text


def _label_lines(lines: list[str], body_numbers: set[int]) -> list[int]:
    """Lines that are only a people label ("Penulis", "Editor:", "Reporter") with a short name line under them,
    as Kompas.com-style credit boxes dump: the label and the name are separate lines, outside the body."""
    out = []
    first_words = _cue_first_words()
    initials = _cue_initials()
    # (too long, stripped or not, in one comprehension: most lines; the strip below is skipped for them)
    for n in [n for n, text in enumerate(lines, 1) if text and (len(text) <= 25 or text[0].isspace() or text[-1].isspace())]:
        text = lines[n - 1].strip()
        if not text or len(text) > 25 or n in body_numbers:
            continue
        if text.isascii() and (text[0] not in initials
                               or text.split(None, 1)[0].lower().rstrip(":|-,;") not in first_words):
            continue  # a label line opens with a cue word (re.IGNORECASE folds only non-ASCII letters otherwise)
        cued = cue_segments(text)
        if not cued or len(cued) != 1 or cued[0][2] or cued[0][0] not in ("byline", "editor", "translator"):
            continue
        under = _next_line(lines, n)
        under_at = next((m for m in range(n + 1, min(n + 4, len(lines) + 1)) if lines[m - 1].strip()), None)
        if under and under_at not in body_numbers and names_in(under):
            out.append(n)
    return out


CREDIT_REACH = 8  # non-blank lines: credit rows sit right above or below the body, not down in the footer lists


def _credit_lines(lines: list[str], body_numbers: list[int], meta_numbers: list[int]) -> list[int]:
    """Labelled credit rows just outside the body that the classifier left as boilerplate: "Redaktur : X" /
    "Reporter : Y" under a JPNN-style body. Each needs its label with ':' and a person's name after it."""
    if not body_numbers:
        return []
    out = []
    for edge, step in ((min(body_numbers), -1), (max(body_numbers), 1)):
        n, seen = edge, 0
        while seen < CREDIT_REACH and (n := _neighbour(lines, n, step)) is not None and n not in body_numbers:
            seen += 1
            text = lines[n - 1].strip()
            if step > 0 and _headline_like(text) and cue_segments(text) is None and meta_line_kind(text) is None \
                    and not is_boilerplate_cue(text, len(text.split())):
                break  # another story's headline under the article: the credits below it are that story's
            if n in meta_numbers or len(text) > 120:
                continue
            cued = cue_segments(text)
            if cued and all(kind in ("byline", "editor", "translator") and names_in(rest) for kind, _, rest in cued) \
                    and re.match(r"[^:|]{2,30}\s*:", text):
                out.append(n)
    return out


MAX_SOURCE_LINE = 160  # ("Artikel ini telah tayang di X dengan judul <a headline>" runs long)


def _source_lines_below(lines: list[str], body_numbers: list[int], meta_numbers: list[int]) -> list[tuple[int, str]]:
    """(line, agency) of a source line just below the body that the classifier left as boilerplate: "Sumber:
    Reuters", "(Sumber: AFP)" (Medcom, Kontan: the wire a translated story comes from)."""
    if not body_numbers:
        return []
    out: list[tuple[int, str]] = []
    n, seen = max(body_numbers), 0
    while seen < CREDIT_REACH and (n := _neighbour(lines, n, 1)) is not None:
        seen += 1
        text = lines[n - 1].strip()
        if n in meta_numbers or len(text) > MAX_SOURCE_LINE:
            continue  # (a meta line's credits are read with the other meta lines)
        inner = text[1:-1].strip() if text[:1] == "(" and text[-1:] == ")" else text
        cued = [rest for kind, _, rest in cue_segments(inner) or [] if kind == "credit"]
        if not cued:  # "— Reuters", "(Reuters)", "With AFP", "Reuters contributed to this report."
            cued = [m["a"] for pattern in _credit_line_patterns() if (m := pattern.fullmatch(text))][:1]
        out.extend((n, name) for rest in cued for name in credited_agencies(rest))
    return out


@cache
def _credit_line_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in _cues()["credit_lines"])


def _head_agencies(html_meta: dict | None) -> list[str]:
    """Agencies the head names as the article's author (JSON-LD author, author meta tags): "Reuters", "AFP"."""
    meta = html_meta or {}
    jsonld = meta.get("jsonld") if isinstance(meta.get("jsonld"), dict) else {}
    out: list[str] = []
    for value in (jsonld.get("authors"), *(meta.get(key) for key in _HTML_AUTHOR_KEYS)):
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and (name := agency_name(item)) and name not in out:
                out.append(name)
    return out


_HEADLINE_WORDS = (5, 20)


def _headline_like(text: str) -> bool:
    """A line shaped like a headline: 5-20 words, mostly capitalised, no full stop, question or colon at its end."""
    words = text.split()
    if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1] or text[-1:] in ".!?:" or not text[:1].isupper() \
            or text.isupper():
        return False  # (a line in capitals is a label or a link cue: "BACA ARTIKEL LAINNYA... X")
    return sum(w[:1].isupper() or w[:1].isdigit() for w in words) * 10 >= len(words) * 6


UNDER_TITLE_REACH = 30  # raw lines (blank ones too) above the body within which the name under the headline stands


def _name_lines(lines: list[str], meta_numbers: list[int], kinds: dict, body_numbers: list[int],
                headline_at: set) -> list[int]:
    """Lines before the body that are only a person's name, right beside a date meta line or right under the
    headline: the byline of pages that print the author's name alone ("Defri Saefullah" / "Diterbitkan 02 April
    2024, 21:10 WIB"). Meta or boilerplate by the classifier's labels, never the title, standfirst or body."""
    first_body = min(body_numbers) if body_numbers else None
    dated = [n for n in meta_numbers if kinds.get(n) == "date" and (first_body is None or n < first_body)]
    out = []
    # Sindonews: date, title, then name; The Jakarta Post: title, standfirst, then "Name (The Jakarta Post)"
    under_title = [_neighbour(lines, t, 1) for t in sorted(headline_at)]
    for d in [*dated, None]:
        if d is not None and _names_its_writer(lines[d - 1]):
            continue  # "23 November 2026 Oleh Khairunnisa Andini": the line beside it is no byline ("Hasil Periksa Fakta")
        for n in (_neighbour(lines, d, -1), _neighbour(lines, d, 1)) if d is not None else under_title:
            if n is None or n in out or kinds.get(n) or n in headline_at or n in body_numbers:
                continue
            if first_body is not None and (n > first_body or d is None and first_body - n > UNDER_TITLE_REACH):
                continue  # (a "headline" far above the body is a menu's line, and the line under it another)
            text = lines[n - 1].strip()
            if _under_people_label(lines, n):
                if d is not None:
                    break  # "By" / "Al Root" / the date: the date's byline is the label's, not the line under it
                continue  # "Editor" / "Santi Dewi": the label's own name, read with the label
            if _bare_person_name(text) or _name_and_outlet(text) or _bare_co_writers(text) \
                    or _credited_mononym(text, lines, n):
                kinds[n] = "byline"
                out.append(n)
                if d is not None:
                    break  # one name beside a date: the line under it then is a button ("Order Reprints")
    return out


def _names_its_writer(text: str) -> bool:
    """Whether a date line names its writer after a cue ("23 November 2026 Oleh Khairunnisa Andini")."""
    return any(kind == "byline" and rest for kind, rest in people_in_line(text))


def _wire_bylines(lines: list[str], meta_numbers: list[int], kinds: dict, body_numbers: list[int],
                  headline_at: set) -> list[tuple[int, str]]:
    """(line number, agency) of a line that is only an agency's name where the byline stands (right under the
    headline or beside the date above the body: "Reuters" / "November 20, 2026 | 2:35 pm"): the story is the wire's."""
    first_body = min(body_numbers) if body_numbers else None
    near = {m for n in meta_numbers if kinds.get(n) == "date" and (first_body is None or n < first_body)
            for m in (_neighbour(lines, n, -1), _neighbour(lines, n, 1))}
    near |= {_neighbour(lines, t, 1) for t in headline_at}
    out = []
    for n in sorted(m for m in near if m is not None and m not in headline_at and (first_body is None or m < first_body)):
        text = lines[n - 1].strip()
        if len(text) <= 40 and (name := agency_name(text)) is not None and outlet_by_cue(text) is None:
            out.append((n, name))
    return out


def _dates_beside_bylines(lines: list[str], meta_numbers: list[int], kinds: dict, body_numbers: set[int]) -> list[int]:
    """Date lines right under or over a byline that the classifier left out of the meta lines ("by Madeline Fry" /
    "| November 18, 2019 12:01 PM"): the byline's own date, not a list's."""
    out = []
    for n in meta_numbers:
        if kinds.get(n) != "byline":
            continue
        for m in (_neighbour(lines, n, -1), _neighbour(lines, n, 1)):
            if m is None or m in body_numbers or m in meta_numbers or m in out:
                continue
            if _known_meta_kind(lines[m - 1]) == "date":
                kinds[m] = "date"
                out.append(m)
    return out


def _under_people_label(lines: list[str], n: int) -> bool:
    """True when the line above line n is only a people label ("Penulis", "Editor:")."""
    above = _neighbour(lines, n, -1)
    cued = cue_segments(lines[above - 1]) if above is not None and len(lines[above - 1]) <= 25 else None
    return bool(cued) and len(cued) == 1 and not cued[0][2]


_AND_NAMES = re.compile(r"\s*,\s*|\s+(?:and|dan|&)\s+")


def _name_and_outlet(text: str) -> bool:
    """A person's name, then after a comma or '|' (or in brackets) the outlet's name or a section: "Rindi Salsabila,
    CNBC Indonesia", "Putri Rosmalia | Humaniora", "Dio Suhenda (The Jakarta Post)" (the writer and where the story
    runs)."""
    from kabar.extract.bylines import _not_name_words

    bracketed = _BRACKETED_TAIL.search(text)  # "Dio Suhenda (The Jakarta Post)"
    cut = bracketed.start() if bracketed else max(text.rfind(","), text.rfind("|"), text.rfind("/"))  # "X/Jawa Pos"
    name, where = text[:cut].strip(), (bracketed.group("o") if bracketed else text[cut + 1 :]).strip()
    if bracketed and where and outlet_by_cue(where) is not None:  # "Aditya Nugroho and Sri Wahyuni Lestari (X)"
        return all(_bare_person_name(one) for one in _AND_NAMES.split(name))
    if cut < 0 or not where or not _bare_person_name(name):
        return False
    if outlet_by_cue(where) is not None:
        return True
    # one section word ("Humaniora"); "Al Goldis, Associated Press" is a wire photographer's credit
    return " " not in where and where.lower() in _not_name_words() and agency_name(where) is None


_JOINED_NAMES = re.compile(r"\s+(?:and|dan|&)\s+")


def _bare_co_writers(text: str) -> bool:
    """Two bare names joined by "and", "dan" or "&" ("Jane Doe and John Smith"; not a name and an affiliation
    after a comma, "Dewi Anggraeni, Universitas Contoh Nusantara")."""
    names = _JOINED_NAMES.split(text)
    return len(names) == 2 and all(_bare_person_name(name) for name in names)


def _bare_person_name(text: str) -> bool:
    """An unlabelled line that is one person's name: two to four title-case words ("Defri Saefullah"), no
    all-capital word ("GEDUNG KPK" is a caption), no place, no menu word ("Bagikan")."""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 60 or any(len(w) > 1 and w.isupper() for w in words):
        return False
    if not all(w[0].isupper() and re.fullmatch(r"[^\W\d_][\w.'’-]*", w) for w in words):
        return False  # "Bagikan :", "Foto: X"
    if is_boilerplate_cue(text, len(words)):
        return False  # a share button in title case beside the date ("Copy Link", "Salin Tautan")
    return _segment_kind(text) == "names" and len(names_in(text)) == 1 and not _is_known_place(text)


MONONYM_MIN_CHARS = 4


def _credited_mononym(text: str, lines: list[str], n: int) -> bool:
    """A one-word name ("Yuswantoro": many Indonesian journalists have one) alone by the headline or the date, when
    the page also credits it after a slash, as a photo's credit does ("Foto/SINDOnews/Yuswantoro", "(Kabar.com/
    Yuswantoro)"): one word alone is too often a section or a kicker to be taken on its own."""
    if not (MONONYM_MIN_CHARS <= len(text) <= 30 and text.isalpha() and text[0].isupper() and not text.isupper()):
        return False
    from kabar.extract.bylines import _not_name_words

    if text.lower() in _not_name_words() or _is_known_place(text) or outlet_by_cue(text) or agency_name(text):
        return False
    credit = re.compile(rf"/\s?{re.escape(text)}\b", re.IGNORECASE)
    return any(credit.search(line) for m, line in enumerate(lines, 1) if m != n and "/" in line)


def _neighbour(lines: list[str], n: int, step: int) -> int | None:
    """The nearest non-blank line before (step -1) or after (step 1) line n."""
    m = n + step
    while 1 <= m <= len(lines):
        if lines[m - 1].strip():
            return m
        m += step
    return None


def _is_known_place(text: str) -> bool:
    """A gazetteer place, or a name a place noun opens ("Kota Bogor", "Kabupaten Kupang": a breadcrumb, no writer)."""
    parts = [part.strip() for part in re.split(r"[,/|]", text)]
    return any(part in _known_places() or part.split(" ", 1)[0].lower() in _place_nouns() for part in parts if part)


@cache
def _place_nouns() -> frozenset[str]:
    return frozenset(load_lines("id/gazetteer_place_nouns.txt"))


def _next_line(lines: list[str], n: int) -> str:
    """The next non-blank line after line n (the name under a "Penulis" label line)."""
    for text in lines[n:n + 3]:
        if text.strip():
            return text.strip() if len(text.strip()) <= 80 else ""
    return ""


def _time_on_next_line(lines: list[str], n: int, meta_numbers: list[int]) -> str | None:
    """'HH:MM+07:00' when the next meta line (within two lines) is only a time with its zone."""
    for m in (n + 1, n + 2):
        if m in meta_numbers and _time_segment(lines[m - 1]):
            hit = re.search(r"(?<![\d:.])([0-2]?\d)[:.]([0-5]\d)(?:[:.][0-5]\d)?\s*\(?(WIB|WITA|WIT)", lines[m - 1],
                            re.IGNORECASE)  # (seconds too: "20:15:00 WIB")
            if hit and int(hit.group(1)) < 24:
                offset = _dates._calendar()["timezones"][hit.group(3).lower()]
                return f"{int(hit.group(1)):02d}:{hit.group(2)}{offset}"
    return None


LIST_GAP = 4  # raw lines between two dates of one list ("Populer": title, date, title, date ...)
MASTHEAD_GAP = 6  # non-blank lines: a bare date further above the headline is the site header's "today"


def _in_date_list(lines: list[str], n: int) -> bool:
    """True when date-only line n is one of a run of three or more date-only lines of the page (each within LIST_GAP
    lines of the next) that are not all the same: a list of other stories, labelled meta or not."""
    run = [lines[n - 1].strip()]
    for step in (-1, 1):
        at = n
        while (near := next((m for m in range(at + step, at + step * (LIST_GAP + 1), step)
                             if 1 <= m <= len(lines) and _date_only(lines[m - 1])), None)) is not None:
            run.append(lines[near - 1].strip())
            at = near
    return len(run) >= 3 and len(set(run)) > 1


def _date_only(line: str) -> bool:
    return bool(line.strip()) and _known_meta_kind(line) == "date" and _dates.parse_published(line)[1] == "date"


def _above_masthead_gap(lines: list[str], n: int, top: int | None) -> bool:
    """True when line n sits more than MASTHEAD_GAP non-blank lines above the article's top (its headline)."""
    if top is None or n >= top:
        return False
    return sum(1 for line in lines[n : top - 1] if line.strip()) > MASTHEAD_GAP


def _with_zone(line: str, iso: str, zone: str | None) -> str | None:
    """iso with the clock time its line states without a zone ("Minggu, 21 Juli 2024 07:40"), read in the outlet's
    zone; None when the line states no such time or the outlet's zone is not known."""
    if zone is None:
        return None
    for found in _dates.find_dates(line):
        if found.day.isoformat() == iso and found.hour is not None and found.minute is not None and not found.offset:
            return _dates.format_iso(found.day, found.hour, found.minute, zone)
    return None


MAX_RELATIVE_LINE = 120
RELATIVE_BASIS = "relative to fetch time"
RELATIVE_UPDATE_BASIS = "relative to fetch time (update date)"


def _relative_published(lines: list[str], meta_numbers: list[int], body_numbers: list[int], top: int | None,
                        zone: str | None, fetched: str | None) -> tuple[str | None, str | None]:
    """The time a line by the headline states relative to the fetch time ("2 jam yang lalu", "Hari ini, 09:12 WIB"),
    and its basis ('relative to fetch time', '... (update date)' when only "Diperbarui 2 jam lalu" is stated).

    Read: meta lines above the body, and any short line between the headline and the first body paragraph (the
    classifier may call "2 jam yang lalu" alone boilerplate). Lists of other stories carry such times too, so a window
    holding more than one uncued time is left alone, and nothing below the first paragraph is read."""
    moment = _dates.parse_fetch_time(fetched)
    if moment is None:
        return None, None
    first_body = min(body_numbers) if body_numbers else None
    numbers = {n for n in meta_numbers if first_body is None or n < first_body}
    if top is not None and first_body is not None and top < first_body:
        numbers.update(range(top + 1, first_body))
    numbers -= {top} - {None}
    found = []
    for n in sorted(numbers):
        if len(lines[n - 1]) > MAX_RELATIVE_LINE or not (times := _dates.relative_times(lines[n - 1], moment, zone)):
            continue
        iso, cue = _dates.parse_published(lines[n - 1])
        if iso and cue != "updated":  # "Rabu, 21 Oktober 2020 08:15 WIB | 4 jam yang lalu": the stated date wins
            return iso, "byline"
        found.extend(times)
    for wanted, basis in (("published", RELATIVE_BASIS), (None, RELATIVE_BASIS), ("updated", RELATIVE_UPDATE_BASIS)):
        times = {iso for iso, cue in found if cue == wanted}
        if len(times) > 1:
            return None, None  # "5 jam yang lalu", "6 jam yang lalu": a list, or a page that contradicts itself
        if times:
            return times.pop(), basis
    return None, None


def _published(lines, meta_numbers, kinds, body_numbers, body, url, html_meta, excluded,
               top=None, zone=None, fetched=None) -> tuple[str | None, str | None]:
    parsed = {n: _dates.parse_published(lines[n - 1]) for n in meta_numbers}  # (each line read once)
    listy = _list_like(meta_numbers, kinds, lines, parsed)
    first_body = min(body_numbers) if body_numbers else None
    candidates = []
    masthead = []  # bare dates far above the headline: the header's date of the day, the last resort
    for n in meta_numbers:
        if n in listy:
            continue
        iso, cue = parsed[n]
        if not iso:
            continue
        if cue == "date" and kinds.get(n) == "date" and _in_date_list(lines, n):
            continue  # a dated list of other stories (its other dates were not labelled meta)
        if "T" not in iso and (time := _time_on_next_line(lines, n, meta_numbers)):
            iso = f"{iso}T{time}"  # "Rabu, 21 Oktober 2020" / "09:20 WIB" on two lines
        rank = {"published": 0, "date": 1, "updated": 2}[cue]
        # where the line sits: 0 under the headline (the byline's place), 1 above it (a header may show the date of
        # the day there, a few lines up), 2 below the body
        place = 2 if first_body is not None and n > first_body else 1 if top is not None and n < top else 0
        if cue == "date" and kinds.get(n) in ("date", None) and _above_masthead_gap(lines, n, top):
            masthead.append((rank, place, n, iso, cue))
            continue
        candidates.append((rank, place, n, iso, cue))
    # A bare date below the body may be a list item mislabelled as meta: it only counts after the lead's date.
    strong = [c for c in candidates if not (c[1] == 2 and c[4] == "date")]
    if any(kinds.get(c[2]) for c in strong):
        # a bare date on a line meta_line_kind does not take for a meta line yields to the lines it does take
        # ("Wednesday, November 20, 2019 Spokane, Washington Est. May 19, 1883 38° Cloudy": a header's date of the
        # day, with the weather, above "UPDATED: Tue., Nov. 19, 2019")
        strong = [c for c in strong if kinds.get(c[2]) or c[4] != "date"]
    html_iso, html_basis = _html_published(html_meta, zone)
    if strong:
        rank, _, n, iso, cue = min(strong)
        if "T" not in iso and html_iso and html_iso.startswith(iso) and html_basis in ("meta tag", _ZONED_TAG):
            return html_iso, "byline, time from meta tag"  # "21 Oktober 2020 9:20" states no zone; the tag does
        basis = "byline (update date)" if cue == "updated" else "byline"
        if "T" not in iso and (zoned := _with_zone(lines[n - 1], iso, zone)):
            return zoned, f"{basis}, zone of the outlet"
        return iso, basis
    if html_iso:
        return html_iso, html_basis
    hint = None
    if _dates.has_short_dates(body):  # the year hint only completes "Kamis (8/10)": without one, none is needed
        # one scan of the whole page first: most pages state no copyright, and then no line needs its own scan
        copyright_lines = [ln for ln in lines if _COPYRIGHT_ANYWHERE.search(ln)] if _mentions_copyright(
            "\n".join(lines)) else []
        hint = _dates.year_hint(list(body) + copyright_lines) or (int(u[:4]) if (u := _url_date(url)) else None)
    lead = _dates.lead_dateline_date(body[:3], hint)
    if lead:
        return _dates.statement_day_after(body, lead, hint) or lead, "dateline"
    if candidates:
        return min(candidates)[3], "byline"
    relative, relative_basis = _relative_published(lines, meta_numbers, body_numbers, top, zone, fetched)
    u = _url_date(url)
    if relative and relative.startswith(u or _url_month(url) or ""):  # the URL's explicit day (month) wins
        return relative, relative_basis
    if u:
        return u, "url"
    month = _url_month(url)
    if month and (stated := _yearless_byline_date(lines, meta_numbers, kinds, body_numbers, month)):
        return stated, "byline, year from url"
    inferred = _dates.infer_published(body, hint)
    if inferred:
        return inferred, "inferred from body dates"
    if masthead:
        return min(masthead)[3], "byline"
    return None, None
