"""Publication dates of Indonesian news pages: meta-line dates, lead-paragraph dates, and dates inferred from the body.

Hand-written patterns rather than dateparser alone: dateparser finds no date inside a line such as
"RABU, 21 OKTOBER 2020 | 09:20 WIB | LAPORAN: ..." or "Kompas.com - 21/10/2020, 09:20 WIB", reads "21/10" month-first
without a locale hint, knows nothing of WIB/WITA/WIT, and is ~100x slower per line. The month, weekday and zone words
come from kabar/data/id/calendar.json; dateparser is kept as a last resort for whole short date strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache, lru_cache

from kabar.data import load_json, load_lines

__all__ = [
    "BodyDate",
    "FoundDate",
    "body_dates",
    "find_dates",
    "format_iso",
    "has_short_dates",
    "infer_published",
    "lead_dateline_date",
    "parse_fetch_time",
    "parse_published",
    "relative_times",
    "resolve_relative",
    "trie_alternation",
    "year_hint",
]


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in a text, with its time and zone offset when stated."""

    day: date
    hour: int | None
    minute: int | None
    offset: str | None  # "+07:00" ...
    start: int
    end: int
    cue: str | None = None  # 'published' | 'updated' | None: the word before it ("Diterbitkan", "diperbarui")

    @property
    def iso(self) -> str:
        return format_iso(self.day, self.hour, self.minute, self.offset)


def format_iso(day: date, hour: int | None = None, minute: int | None = None, offset: str | None = None) -> str:
    """'YYYY-MM-DDTHH:MM+07:00' when time and zone are known, else 'YYYY-MM-DD'."""
    if hour is not None and minute is not None and offset:
        return f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset}"
    return day.isoformat()


@cache
def _calendar() -> dict:
    return load_json("id/calendar.json")


@cache
def _cues() -> dict:
    return load_json("id/meta_cues.json")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def trie_alternation(words) -> str:
    """The regex alternation of words (longest first, like _alternation) written as a trie: "dikutip|dilansir" ->
    "di(?:kutip|lansir)". Python's re tries the branches of a flat alternation one after the other at every position;
    a trie rejects a position after its first character, several times faster over long texts. Lower-case the words
    of a case-insensitive pattern (branches are keyed by exact characters)."""
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else f"{body}?"  # greedy: the longer word first


@cache
def _patterns() -> dict[str, re.Pattern]:
    cal = _calendar()
    months = _alternation(cal["months"])
    weekdays = _alternation(cal["weekdays"])
    zones = _alternation(z.upper() for z in cal["timezones"])
    offset = r"(?:[+-]\d{1,2}(?::?\d\d)?)?"  # "GMT+7", "GMT+700" (ANTARA English), "UTC+07:00"
    time = (
        r"(?:\s*(?:[,|\-–—/)]|\bpukul\b|\bpkl\.?|\bjam\b|\s)\s*){0,3}"  # (")": "Rabu (25/11/2026) 10:05 WIB")
        r"(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?::[0-5]\d)?(?![\d/])"
        r"(?:\s*(?P<ap>[ap])\.?m\b\.?)?"  # "12:01 PM", "6:18 p.m." (English-language pages)
        rf"(?:\s*\(?(?P<Z>(?:{zones}){offset})\b\)?)?"
    )
    year = r"(?P<y>(?:19|20)\d\d)(?:\b|(?=[01]?\d:[0-5]\d))"  # (or glued to its clock: "20195:45 AM")
    flags = re.IGNORECASE
    return {
        # 21 Oktober 2020 / 26 Okt. 2020, 14:32 WIB
        "dmy_word": re.compile(
            rf"(?<![\d/])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon>{months})\.?,?\s+{year}(?:{time})?", flags
        ),
        # October 21, 2020 (English-style pages)
        "mdy_word": re.compile(
            rf"\b(?P<mon>{months})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+{year}(?:{time})?", flags
        ),
        # 21/10/2020, 09:20 WIB ; 21-10-2020
        "dmy_num": re.compile(
            rf"(?<![\d/.:-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])(?:{time})?",
            flags,
        ),
        # 2020-10-21T09:20:00+07:00 (meta tags, JSON-LD), 2020/10/21 09:20:00 (detik's dtk:publishdate)
        "iso": re.compile(
            r"\b(?P<y>(?:19|20)\d\d)(?P<isep>[-/])(?P<m>[01]\d)(?P=isep)(?P<d>[0-3]\d)"
            r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::\d\d(?:\.\d+)?)?\s*(?P<tz>Z|[+-][01]\d:?\d\d)?)?"
        ),
        # Rabu (21/10/2020) ; Kamis (8/10)
        "weekday_paren": re.compile(
            rf"\b(?P<wd>{weekdays})\s*\(\s*(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>(?:19|20)?\d\d))?\s*\)", flags
        ),
        "time_before": re.compile(
            rf"(?<![\d:.])(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)\s*(?P<Z>(?:{zones}){offset})\b\s*[,|\-–—/]*\s*"
            rf"(?:(?:{weekdays}),?\s*)?$",
            flags,
        ),
        "months": re.compile(rf"\b(?:{months})\b", flags),
    }


def _month(word: str) -> int | None:
    return _calendar()["months"].get(word.lower().rstrip("."))


_ZONE_WITH_OFFSET = re.compile(r"(?P<name>[a-z]+)(?P<sign>[+-])(?P<h>\d{1,2}?)(?::?(?P<m>\d\d))?$")


def _offset(zone: str | None) -> str | None:
    """"+07:00" of a zone name ("WIB") or of GMT/UTC with its offset ("GMT+7", "GMT+700", "UTC+07:00")."""
    if not zone:
        return None
    zone = zone.lower()
    m = _ZONE_WITH_OFFSET.match(zone)
    if m is None:
        return _calendar()["timezones"].get(zone)
    base, hours, minutes = _calendar()["timezones"].get(m["name"]), int(m["h"]), int(m["m"] or 0)
    if base != "+00:00" or hours > 14 or minutes >= 60:
        return None  # (only GMT and UTC carry an offset; "WIB+1" is no zone)
    return f"{m['sign']}{hours:02d}:{minutes:02d}"


def _year(text: str) -> int:
    y = int(text)
    return 2000 + y if y < 100 else y


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _iso_offset(tz: str | None) -> str | None:
    if not tz:
        return None
    if tz.upper() == "Z":
        return "+00:00"
    return tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"


@cache
def _date_cue_pattern() -> re.Pattern:
    """Publication and update cue words; an update cue that contains a publication cue ("update terakhir") wins."""
    cues = _cues()
    published = "|".join(re.escape(w) for w in sorted(cues["published"], key=len, reverse=True))
    updated = "|".join(re.escape(w) for w in sorted(cues["updated"], key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<updated>{updated})|(?P<published>{published}))\b")


@cache
def glued_date_cue() -> re.Pattern:
    """A capitalised date cue glued to the word before it by the page's markup ("Ika DefiantiDiperbarui 24 Nov",
    "06:12 WIBDiterbitkan"): matches the empty position between them (case-sensitive)."""
    cues = _cues()
    words = sorted({w[:1].upper() + w[1:] for w in (*cues["published"], *cues["updated"])}, key=len, reverse=True)
    return re.compile(rf"(?<=[^\W_])(?=(?:{'|'.join(map(re.escape, words))})\b)")


def _cue_before(text: str, start: int) -> str | None:
    """'published' or 'updated' when a cue word stands just before the date (e.g. "diperbarui 26 Okt 2020")."""
    window = text[max(0, start - 40) : start]
    window = glued_date_cue().sub(" ", window).lower() if not window.islower() else window
    best: tuple[int, str] | None = None
    for m in _date_cue_pattern().finditer(window):
        best = (m.start(), "updated" if m.group("updated") else "published")
    if best is None:
        return None
    # The cue only governs the date if no other date word sits between them (e.g. "... 2020 | diperbarui").
    between = window[best[0] :]
    return None if re.search(r"\d{4}", between) else best[1]


@cache
def _yearless_patterns() -> tuple[re.Pattern, re.Pattern]:
    months = _alternation(_calendar()["months"])
    no_year = r"(?![.,]?\s*(?:19|20)\d\d)"
    return (re.compile(rf"\b(?P<mon>{months})\.?\s+(?P<d>[0-3]?\d)\b{no_year}", re.IGNORECASE),
            re.compile(rf"(?<![\d/])(?P<d>[0-3]?\d)\s+(?P<mon>{months})\b\.?{no_year}", re.IGNORECASE))


def yearless_dates(text: str) -> list[tuple[int, int, str | None]]:
    """(month, day, cue) of each date without a year in a meta line ("Posted Nov 18, 8:19 PM", "Diperbarui 26
    Okt, 14:32"), cue 'published'/'updated'/None as parse_published tells them, in order."""
    found = []
    for pattern in _yearless_patterns():
        for m in pattern.finditer(text):
            month, day = _month(m["mon"]), int(m["d"])
            if month and 1 <= day <= 31:
                found.append((m.start(), month, day, _cue_before(text, m.start())))
    return [(month, day, cue) for _, month, day, cue in sorted(found)]


# Where a full date's year can be: "2020" or the "/20" of "21/10/20". Dates are searched only in a window around
# these anchors, so a long paragraph costs little.
# (Written "\d(?:...)" rather than "(?<!\d)(?:19|20)\d\d(?!\d)|\d[/.-]\d{1,2}[/.-]\d\d(?!\d)": the same matches, but
# a pattern that opens with a digit lets re skip every other character quickly, ~2.5x faster over paragraphs.)
# A year may be glued to the clock after it ("Nov 15, 20195:45 AM": two elements dumped without a space between).
_YEAR_ANCHOR = re.compile(
    r"\d(?:(?<!\d\d)(?<=[12])(?:(?<=1)9|(?<=2)0)\d\d(?:(?!\d)|(?=[01]?\d:[0-5]\d))|[/.-]\d{1,2}[/.-]\d\d(?!\d))")


CACHED_DATES_CHARS = 300  # meta lines are short; a paragraph's dates are read once, not kept


def find_dates(text: str) -> list[FoundDate]:
    """Every full date (with year) in text, in order, with time/zone when stated right after it."""
    return list(_found_dates(text) if len(text) <= CACHED_DATES_CHARS else _dates_in(text))


@lru_cache(maxsize=16384)
def _found_dates(text: str) -> tuple[FoundDate, ...]:
    """find_dates of a short text, cached: the metadata step reads a meta line's dates several times (the line, its
    segments, its people), and the same bylines and date lines recur across an outlet's pages."""
    return _dates_in(text)


def _dates_in(text: str) -> tuple[FoundDate, ...]:
    found: list[FoundDate] = []
    for anchor in _YEAR_ANCHOR.finditer(text):
        lo, hi = max(0, anchor.start() - 40), min(len(text), anchor.end() + 60)
        for f in _find_dates_in(text, lo, hi):
            if all(f.end <= g.start or f.start >= g.end for g in found):
                found.append(f)
    found.sort(key=lambda f: f.start)
    return tuple(found)


_WORDS = re.compile(r"[A-Za-z]+")
_NUMERIC_DATE_HINT = re.compile(r"\d[/.-]\d")
_COPYRIGHT_CUES = ("copyright", "(c)", "hak cipta")  # the openings of _COPYRIGHT_YEAR, but "©" (never in ASCII text)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\bcopyright\b|\(c\)|hak cipta)\D{0,40}?((?:19|20)\d\d)\b", re.IGNORECASE)


def _find_dates_in(text: str, lo: int, hi: int) -> list[FoundDate]:
    """Dates within text[lo:hi] (patterns still see the characters around it for their boundaries)."""
    pats = _patterns()
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    window = text[lo:hi]
    names = ["iso", "dmy_num"] if _NUMERIC_DATE_HINT.search(window) else []
    months = _calendar()["months"]
    if any(w.lower() in months for w in _WORDS.findall(window)):
        names[1:1] = ["dmy_word", "mdy_word"]  # month words present: the costly patterns are worth running
    for name in names:
        for m in pats[name].finditer(text, lo, hi):
            if not all(m.end() <= a or m.start() >= b for a, b in taken):
                continue
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else _month(g["mon"])
            if month is None:
                continue
            day = _make_date(_year(g["y"]), month, int(g["d"]))
            if day is None and name == "dmy_num" and int(g["d"]) <= 12 < month:
                day = _make_date(_year(g["y"]), int(g["d"]), month)  # "11/13/19": only month-first is a date
            if day is None:
                continue
            hour = _hour_of_day(int(g["H"]), g.get("ap")) if g.get("H") else None
            minute = int(g["M"]) if g.get("M") else None
            offset = _iso_offset(g.get("tz")) if name == "iso" else _offset(g.get("Z"))
            if hour is None and (before := pats["time_before"].search(text[max(0, m.start() - 30) : m.start()])):
                hour, minute, offset = int(before["H"]), int(before["M"]), _offset(before["Z"])  # "09:20 WIB - Rabu"
            taken.append((m.start(), m.end()))
            found.append(FoundDate(day, hour, minute, offset, m.start(), m.end(), _cue_before(text, m.start())))
    return found


def _hour_of_day(hour: int, am_pm: str | None) -> int | None:
    """The 24-hour hour of "4:40" with its "a"/"p" of AM/PM (None when the clock is not a 12-hour one)."""
    if not am_pm:
        return hour
    if not 1 <= hour <= 12:
        return None  # "14:05 PM" is no clock time
    return hour % 12 + (12 if am_pm.lower() == "p" else 0)


def parse_published(text: str) -> tuple[str | None, str | None]:
    """The publication date stated in a meta line or tag: (ISO string, basis) or (None, None).

    basis is 'published' when a publication cue precedes the date ("Diterbitkan", "Terbit"), 'updated' when only
    an update date is stated ("diperbarui 26 Okt 2020"), else 'date'. Publication dates win over update dates.
    """
    if not text:
        return None, None
    text = glued_date_cue().sub(" ", text)  # ("24 Nov 2026, 06:12 WIBDiperbarui ...": the zone glued to the next cue)
    dates = find_dates(text)
    if not dates:
        dates = _dateparser_fallback(text)
    if not dates:
        return None, None
    for wanted in ("published", None, "updated"):
        for found in dates:
            if found.cue == wanted:
                return found.iso, found.cue or "date"
    return None, None


_CLOCK = re.compile(r"(?<![\d.:/-])[0-2]?\d:[0-5]\d(?![\d.:/-])")
_DIGIT_RUN = re.compile(r"\d+")


def _may_state_full_date(text: str) -> bool:
    """Day and year are separate numbers (REQUIRE_PARTS below): fewer than two digit runs outside a clock time
    ("Monday 7:30PM", "Nov 20") can never pass, so dateparser (whose first call also builds its time-zone regexes,
    ~0.15 s) is not asked."""
    return len(_DIGIT_RUN.findall(_CLOCK.sub(" ", text))) >= 2


def _dateparser_fallback(text: str) -> list[FoundDate]:
    """dateparser for short whole-date strings our patterns missed (e.g. "21 Okt '20"); never on sentences."""
    stripped = text.strip()
    if len(stripped) > 40 or not _may_state_full_date(stripped) or not _patterns()["months"].search(stripped):
        return []
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dependency is installed
        return []
    try:
        parsed = dateparser.parse(stripped, languages=["id", "en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    except Exception:
        return []
    if parsed is None:
        return []
    return [FoundDate(parsed.date(), None, None, None, 0, len(stripped), None)]


# --- dates in the body -------------------------------------------------------------------------------------------


def year_hint(texts: list[str]) -> int | None:
    """The latest year of a full date stated in texts, else of a copyright line (which may be the year the page
    was scraped rather than written, so it only counts when no full date does), or None."""
    years: list[int] = []
    copyright_years: list[int] = []
    for text in texts:
        years.extend(f.day.year for f in find_dates(text))
        if text.isascii() and not any(cue in text.lower() for cue in _COPYRIGHT_CUES):
            continue  # no cue word (plain string scans; a non-ASCII text's case folds are left to the pattern)
        for m in _COPYRIGHT_YEAR.finditer(text):
            copyright_years.append(int(m.group(1)))
    years = years or copyright_years
    return max(years) if years else None


def _weekday_number(word: str) -> int | None:
    return _calendar()["weekdays"].get(word.lower())


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


@cache
def _word_pattern(kind: str, tail: str = "") -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(_cues()[kind], key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b{tail}", re.IGNORECASE)


def _is_future(sentence: str) -> bool:
    return _word_pattern("future").search(sentence) is not None


def _resolve_short(weekday: str, d: int, m: int, hint: int | None) -> date | None:
    """Year of a "Kamis (8/10)" date: the hint year, or a neighbouring year, where the weekday matches."""
    if hint is None:
        return None
    wd = _weekday_number(weekday)
    for y in (hint, hint - 1, hint + 1):
        day = _make_date(y, m, d)
        if day is not None and (wd is None or day.weekday() == wd):
            return day
    return None


@dataclass(frozen=True, slots=True)
class BodyDate:
    """A date written in the body, resolved to a day, and whether its sentence speaks of the future."""

    day: date
    start: int
    end: int
    weekday: str | None
    future: bool
    explicit_year: bool


_PAREN_DAY_MONTH = re.compile(r"\(\s*[0-3]?\d/[01]?\d")


def has_short_dates(paragraphs: list[str]) -> bool:
    """False when no paragraph holds a "(8/10" (every "Kamis (8/10)" does): lead_dateline_date and infer_published
    then never use their year hint."""
    return _PAREN_DAY_MONTH.search("\n".join(paragraphs)) is not None


def body_dates(text: str, hint: int | None) -> list[BodyDate]:
    """Dates written "Kamis (8/10)", "Rabu (21/10/2020)" or "23 Oktober 2020" in body text, resolved to days."""
    out: list[BodyDate] = []
    pats = _patterns()
    spans: list[tuple[int, int]] = []
    # every "Rabu (21/10)" holds "(21/10": without one, the costly weekday alternation need not scan the text
    for m in pats["weekday_paren"].finditer(text) if _PAREN_DAY_MONTH.search(text) else ():
        d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
        if y:
            day = _make_date(_year(y), mo, d)
            wd_ok = day is not None and day.weekday() == _weekday_number(m.group("wd"))
            if day is None or not wd_ok:
                continue
            explicit = True
        else:
            day = _resolve_short(m.group("wd"), d, mo, hint)
            explicit = False
            if day is None:
                continue
        spans.append((m.start(), m.end()))
        future = _is_future(_sentence_around(text, m.start(), m.end()))
        out.append(BodyDate(day, m.start(), m.end(), m.group("wd"), future, explicit))
    for found in find_dates(text):
        if any(not (found.end <= a or found.start >= b) for a, b in spans):
            continue
        future = _is_future(_sentence_around(text, found.start, found.end))
        out.append(BodyDate(found.day, found.start, found.end, None, future, True))
    out.sort(key=lambda b: b.start)
    return out


@cache
def _reporting_date_pattern() -> re.Pattern:
    weekdays = _alternation(_calendar()["weekdays"])
    # (the comma first, the words before it checked behind it: a pattern that opens with a literal lets re skip to
    # each comma of a paragraph instead of trying four look-behinds at every character, ~10x faster)
    return re.compile(
        rf",(?<!\bpada,)(?<!\bsejak,)(?<!\bhingga,)(?<!\bsampai,)\s*(?P<wd>{weekdays})\s*\(\s*(?P<d>[0-3]?\d)/(?P<m>[01]?\d)"
        rf"(?:/(?P<y>(?:19|20)?\d\d))?\s*\)\s*(?:[.;,]|$)",
        re.IGNORECASE,
    )


def lead_dateline_date(lead: list[str], hint: int | None) -> str | None:
    """The reporting date of the lead, in the convention "..., kata X di Jakarta, Rabu (21/10/2020)." or
    "Menteri ... di Jakarta, Rabu (21/10/2020), mengatakan ...".

    Only a weekday date set off by commas counts: "pada Senin (26/10/2020)" is the date of an event, not of the
    report.
    """
    for para in lead:
        for m in _reporting_date_pattern().finditer(para):
            # Only the clause the date closes matters: "akan bertemu ... mendatang, seperti dikutip dari AFP, Rabu
            # (21/10/2020)." is reported on that Wednesday; "akan digelar di Jakarta, Senin (26/10/2020)." is not.
            clause_start = max(para.rfind(",", 0, m.start()), para.rfind(". ", 0, m.start()))
            if _is_future(para[clause_start + 1 : m.start()]):
                continue
            d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
            if y:
                day = _make_date(_year(y), mo, d)
                if day is None or day.weekday() != _weekday_number(m.group("wd")):
                    continue
            else:
                day = _resolve_short(m.group("wd"), d, mo, hint)
            if day is not None:
                return day.isoformat()
    return None


def statement_day_after(paragraphs: list[str], day: str, hint: int | None) -> str | None:
    """The latest day, at most report_gap_days after day (the lead's date), on which the text reports something said
    in the same convention ("..., ujarnya, Senin (23/11/2026)." under a lead dated Saturday): a page is published on
    that day at the earliest. None when no statement is dated after day."""
    start = date.fromisoformat(day[:10])
    gap = _cues()["report_gap_days"]
    verbs = _speech_verbs()
    latest = None
    for para in paragraphs:
        for m in _reporting_date_pattern().finditer(para) if "(" in para else ():
            clause_start = max(para.rfind(",", 0, m.start()), para.rfind(". ", 0, m.start()), para.rfind('"', 0, m.start()),
                               para.rfind("”", 0, m.start()))
            clause = para[clause_start + 1 : m.start()]
            words = [w.lower() for w in re.findall(r"\w+", clause)]
            if not any(w in verbs or w.endswith("nya") and w[:-3] in verbs for w in words) or _is_future(clause):
                continue  # (a statement: "ujarnya", "kata Kapolres"; an event's date is the lead's to give)
            d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
            said = _make_date(_year(y), mo, d) if y else _resolve_short(m.group("wd"), d, mo, hint)
            if said is None or said.weekday() != _weekday_number(m.group("wd")):
                continue
            if start < said <= start + timedelta(days=gap) and (latest is None or said > latest):
                latest = said
    return latest.isoformat() if latest else None


@cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(load_lines("id/speech_verbs.txt"))


def _after_bound_word(text: str, start: int) -> bool:
    """True for "hingga Kamis (22/10)", "mulai Senin (26/10)": a limit, not the day something happened."""
    return _word_pattern("bound", r"\s+(?:hari\s+|pada\s+)?$").search(text[max(0, start - 20) : start]) is not None


def infer_published(paragraphs: list[str], hint: int | None) -> str | None:
    """A publication date for a page that states none: the latest past date in the body, moved forward to the
    weekday the lead names ("kembali pecah pada Jumat" after "Kamis (8/10)" -> that Friday)."""
    text = "\n".join(paragraphs)
    dates = [b for b in body_dates(text, hint) if not b.future and not _after_bound_word(text, b.start)]
    if not dates:
        return None
    latest = max(b.day for b in dates)
    lead = "\n".join(paragraphs[:2])
    weekdays = _alternation(_calendar()["weekdays"])
    bare = re.compile(rf"\b(?:pada|hari|sejak|,)\s+(?P<wd>{weekdays})\b(?!\s*[,(]?\s*\(?\d)", re.IGNORECASE)
    for m in bare.finditer(lead):
        if _is_future(_sentence_around(lead, m.start(), m.end())):
            continue
        wd = _weekday_number(m.group("wd"))
        if wd is None:
            continue
        return (latest + timedelta(days=(wd - latest.weekday()) % 7)).isoformat()
    later = _later_bare_weekday(text[len(lead):], latest)
    if later is not None:
        return later.isoformat()
    # No weekday in the lead: the latest past weekday-date of the lead paragraphs is when the news happened.
    lead_end = len("\n".join(paragraphs[:3]))
    weekday_dates = [b.day for b in dates if b.weekday and b.start < lead_end]
    return max(weekday_dates).isoformat() if weekday_dates else None


@cache
def _later_weekday_pattern() -> re.Pattern:
    weekdays = _alternation(_calendar()["weekdays"])
    past = _alternation(_cues()["past_after"])
    return re.compile(rf"\bpada\s+(?P<wd>{weekdays})\b(?!\s*[,(]?\s*\(?\d)(?!\s+(?:{past})\b)", re.IGNORECASE)


def _later_bare_weekday(text: str, latest: date) -> date | None:
    """The latest day a bare "pada Jumat" after the lead names, counted forward from the latest dated event, when it
    falls at most report_gap_days after it (the day the news was reported, not an earlier day or next week's)."""
    gap = _cues()["report_gap_days"]
    days = []
    for m in _later_weekday_pattern().finditer(text):
        wd = _weekday_number(m.group("wd"))
        if wd is None or _is_future(_sentence_around(text, m.start(), m.end())):
            continue
        ahead = (wd - latest.weekday()) % 7
        if 0 < ahead <= gap:
            days.append(latest + timedelta(days=ahead))
    return max(days) if days else None


# --- relative publication times ------------------------------------------------------------------------------------
# A small rule rather than dateparser (which has RELATIVE_BASE and reads "2 jam yang lalu" right as a whole string):
# dateparser finds nothing inside a byline such as "Penulis: Budi | 2 jam yang lalu", reads "Hari ini, 09:12 WIB" on
# the base's day in the base's zone (not the page's), and its first call costs ~0.1 s.


def parse_fetch_time(value: str | None) -> datetime | None:
    """The aware datetime of a page's fetch time: ISO 8601 ("2020-10-21T05:00:00Z"), a 14-digit crawl stamp
    ("20201021050000") or Unix seconds/milliseconds; a time without zone is read as UTC (as crawlers write it)."""
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{14}", text):
            parsed = datetime.strptime(text, "%Y%m%d%H%M%S")
        elif re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
            seconds = float(text)
            parsed = datetime.fromtimestamp(seconds / 1000 if seconds > 1e11 else seconds, tz=UTC)
        else:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@cache
def _relative_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    cal = _calendar()
    count = rf"(?P<n>\d{{1,3}}|{_alternation(cal['relative_numbers'])})"
    units = _alternation(cal["relative_units"])
    ago = _alternation(w.replace(" ", "\0") for w in cal["relative_ago"]).replace("\0", r"\s+").replace(r"\\0", r"\s+")
    zones = _alternation(z.upper() for z in cal["timezones"])
    flags = re.IGNORECASE
    ago_pattern = re.compile(
        rf"(?<![\w.:/])(?:{count}\s*(?P<unit>{units})|(?P<single>{_alternation(cal['relative_single_units'])}))"
        rf"\.?\s+(?:{ago})\b", flags)
    day_pattern = re.compile(
        rf"(?<!\w)(?P<day>{_alternation(cal['relative_days'])})\b\s*[,|\-–—]?\s*(?:(?:pukul|pkl\.?|jam|at)\s*)?"
        rf"(?P<H>[01]?\d|2[0-3])[:.](?P<M>[0-5]\d)(?![\d/])(?:\s*(?P<ap>[ap])\.?m\b\.?)?(?:\s*\(?(?P<Z>{zones})\b\)?)?",
        flags)
    now_pattern = re.compile(rf"(?<!\w)(?:{_alternation(cal['relative_now'])})(?!\w)", flags)
    # "Kemarin" alone on its line (a sentence's "hari ini" is no date: without a clock time only a whole line counts)
    bare_day = re.compile(rf"^[\W_]*(?P<day>{_alternation(cal['relative_days'])})[\W_]*$", flags)
    return ago_pattern, day_pattern, now_pattern, bare_day


def _zone(offset: str | None):
    """The tzinfo of "+07:00"."""
    if not offset:
        return None
    sign = -1 if offset[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))


def _offset_text(moment: datetime) -> str:
    delta = moment.utcoffset() or timedelta(0)
    minutes = int(delta.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _iso_minute(moment: datetime) -> str:
    return format_iso(moment.date(), moment.hour, moment.minute, _offset_text(moment))


def resolve_relative(text: str, fetched: datetime | None, zone: str | None = None) -> str | None:
    """The publication time a line states relative to when the page was read, as ISO, or None.

    "2 jam yang lalu", "30 menit lalu", "2 hours ago" -> fetched minus that, to the minute; "3 hari lalu" -> the day
    only; "kemarin 14:05", "Hari ini, 09:12 WIB" -> that clock time on that day; "Baru saja" -> fetched. Days and clock
    times are read in the zone the text states, else zone (the outlet's), else the fetch time's own. Without a fetch
    time nothing is resolved: a guessed date is worse than none. Of several, a publication time ("Diterbitkan 3 hari
    lalu") wins over an uncued one, which wins over an update time ("Diperbarui 2 jam lalu").
    """
    found = relative_times(text, fetched, zone)
    for wanted in ("published", None, "updated"):
        for iso, cue in found:
            if cue == wanted:
                return iso
    return None


def relative_times(text: str, fetched: datetime | None, zone: str | None = None) -> list[tuple[str, str | None]]:
    """Every relative time in text, resolved as resolve_relative does, with the cue word before it ('published',
    'updated' or None), in text order."""
    if fetched is None or not text:
        return []
    local = fetched.astimezone(_zone(zone)) if zone else fetched
    ago_pattern, day_pattern, now_pattern, bare_day = _relative_patterns()
    matches = sorted((m.start(), m.end(), kind, m) for kind, pattern in (("ago", ago_pattern), ("day", day_pattern),
                                                                          ("now", now_pattern), ("bare", bare_day))
                     for m in pattern.finditer(text))
    out: list[tuple[str, str | None]] = []
    end = 0
    for start, stop, kind, m in matches:
        if start < end:
            continue  # inside the previous match ("kemarin" of "kemarin 14:05" is one time)
        iso = _resolve_match(kind, m, fetched, local, zone)
        if iso:
            out.append((iso, _cue_before(text[end:], start - end)))  # only the words since the previous time
            end = stop
    return out


def _resolve_match(kind: str, m: re.Match, fetched: datetime, local: datetime, zone: str | None) -> str | None:
    cal = _calendar()
    if kind == "ago":
        if m.group("single"):
            seconds, amount = cal["relative_single_units"][m.group("single").lower()], 1
        else:
            seconds = cal["relative_units"][m.group("unit").lower()]
            n = m.group("n").lower()
            amount = int(n) if n.isdigit() else cal["relative_numbers"][n]
        moment = local - timedelta(seconds=seconds * amount)
        return moment.date().isoformat() if seconds >= 86400 else _iso_minute(moment)
    if kind == "now":
        return _iso_minute(local)
    day_back = timedelta(days=cal["relative_days"][m.group("day").lower()])
    if kind == "bare":
        return (local.date() - day_back).isoformat()
    hour = _hour_of_day(int(m.group("H")), m.group("ap"))
    if hour is None:
        return None
    stated = _offset(m.group("Z"))
    if stated:
        local = fetched.astimezone(_zone(stated))
    day = local.date() - day_back
    if not (stated or zone):
        return day.isoformat()  # a clock time in an unknown zone: the day only
    return format_iso(day, hour, int(m.group("M")), stated or _offset_text(local))
