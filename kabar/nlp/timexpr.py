"""Date expressions in Indonesian news sentences, resolved against the article's publication date.

Hand-written rules rather than dateparser.search_dates: dateparser has no notion of the Indonesian newsroom forms
"Selasa (20/10)", "Jumat lalu", "tadi malam", "akhir pekan ini", "tahun 1990-an", reads bare numbers such as
"20 desa" as dates, and is some hundred times slower per sentence. Month and weekday names come from
kabar/data/id/calendar.json, relative words and cues from kabar/data/id/relative_dates.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from kabar.data import load_json
from kabar.records import DatedEvent


@dataclass(frozen=True, slots=True)
class Reference:
    """What is known of the publication date: a day (for relative words) and/or a year (to complete dates)."""

    day: date | None = None
    year: int | None = None
    month: int | None = None
    hour: int | None = None  # local hour of publication, when the page gives it


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date expression in a sentence (character span relative to the sentence)."""

    start: int
    end: int
    date: str
    expression: str
    kind: str  # absolute | numeric | month | year | relative | weekday
    citation: bool = False  # the date of a cited report: "seperti dikutip dari AFP, Rabu (21/10/2020)"


# ---------------------------------------------------------------------------------------------------- word lists


@cache
def _calendar() -> dict:
    return load_json("id/calendar.json")


@cache
def _relative() -> dict:
    return load_json("id/relative_dates.json")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _month_words() -> tuple[dict[str, int], frozenset[str]]:
    """Month word -> number, and the set of abbreviations (only read next to a day number or a year)."""
    months = {k.lower(): v for k, v in _calendar()["months"].items()}
    longest: dict[int, int] = {}
    for word, number in months.items():
        longest[number] = max(longest.get(number, 0), len(word))
    abbreviations = frozenset(w for w, n in months.items() if len(w) <= 4 and len(w) < longest[n])
    return months, abbreviations


@cache
def _weekdays() -> dict[str, int]:
    return {k.lower(): v for k, v in _calendar()["weekdays"].items()}


def _phrase_re(words) -> str:
    """Alternation of phrases with flexible inner whitespace."""
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in sorted(set(words), key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern]:
    months, abbreviations = _month_words()
    rel = _relative()
    month_any = _alternation(months)
    month_full = _alternation(w for w in months if w not in abbreviations)
    weekday = _alternation(_weekdays())
    num_words = _phrase_re(rel["number_words"])
    units = _phrase_re(rel["ago"]["units"])
    ago_dirs = _phrase_re(rel["ago"]["past"] + rel["ago"]["future"])
    relative_words = _phrase_re([*rel["days"], *rel["weeks"], *rel["weekends"], *rel["months"], *rel["years"]])
    flags = re.IGNORECASE
    wd = rf"(?P<wd>{weekday})"
    return {
        # "Jumat, 23 Oktober 2020", "23 Oktober", "26 Okt 2020", "tanggal 5-6 Mei 2021"
        "absolute": re.compile(
            rf"(?<![\w/.,])(?:{wd}\s*,?\s+)?(?:(?:tanggal|tgl\.?)\s+)?(?P<d>\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+"
            rf"(?P<m>{month_any})\.?(?:\s+(?P<y>\d{{4}}))?(?![\w-])"
            rf"(?:\s+(?P<dir>lalu|kemarin|silam|mendatang|depan|nanti)(?![\w-]))?", flags),
        # "Selasa (20/10)", "(21/10/2020)", "Rabu, 21/10/2020", "tanggal 21-10-2020"
        "numeric": re.compile(
            rf"(?:{wd}\s*,?\s*)?\((?P<d>\d{{1,2}})(?P<psep>[/-])(?P<m>\d{{1,2}})(?:(?P=psep)(?P<y>\d{{2}}|\d{{4}}))?\)"
            rf"|(?:(?P<wd2>{weekday})|tanggal|tgl\.?)\s*,?\s*(?P<d2>\d{{1,2}})(?P<sep>[/-])(?P<m2>\d{{1,2}})"
            rf"(?:(?P=sep)(?P<y2>\d{{4}}|\d{{2}}))?(?![\d/])"
            rf"|(?<![\d/.,])(?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})/(?P<y3>\d{{4}})(?![\d/])", flags),
        # English order in agency copy: "October 23, 2020"
        "month_day": re.compile(
            rf"(?<![\w-])(?P<m>{month_full})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})(?![\w-])", flags),
        # "awal Oktober 2020", "September 2020"
        "month_year": re.compile(
            rf"(?<![\w-])(?:(?:awal|akhir|pertengahan|medio)\s+)?(?:bulan\s+)?(?P<m>{month_any})\.?\s+(?P<y>\d{{4}})"
            rf"(?![\w-])", flags),
        # "pada November", "sejak awal Maret", "Oktober lalu"
        "month": re.compile(
            rf"(?<![\w-])(?:(?P<cue>{_phrase_re(rel['month_cues'])})\s+(?:(?:awal|akhir|pertengahan)\s+)?"
            rf"(?:bulan\s+)?(?P<m>{month_full})(?![\w-])"
            rf"|(?P<m2>{month_full})\s+(?P<dir>lalu|kemarin|silam|mendatang|depan|nanti|ini)(?![\w-]))", flags),
        # "sejak 1994", "tahun 1990-an", "pada 2019 lalu"
        "year": re.compile(
            rf"(?<![\w-])(?:(?P<cue>{_phrase_re(rel['year_cues'])})\s+(?:(?:awal|akhir|pertengahan|tahun)\s+)?"
            rf"(?:tahun\s+)?)?(?P<y>1[89]\d\d|20\d\d)(?P<decade>-?an)?(?![\w.,]\d)(?![\w-])", flags),
        # "dua hari lalu", "30 tahun silam", "tiga pekan lagi"
        "ago": re.compile(
            rf"(?<![\w-])(?:(?P<n>\d{{1,3}}|{num_words})\s+(?P<u>{units})|se(?P<u1>{units}))\s+(?P<dir>{ago_dirs})"
            rf"(?![\w-])", flags),
        "relative": re.compile(rf"(?<![\w-])(?P<rel>{relative_words})(?![\w-])", flags),
        # "pada Jumat", "Jumat lalu", "hari Senin mendatang"
        "weekday": re.compile(
            rf"(?<![\w-])(?:hari\s+)?(?P<wd>{weekday})(?![\w-])"
            rf"(?:\s+(?P<week>{_phrase_re(rel['weeks'])})(?![\w-])"
            rf"|\s+(?P<dir>{_phrase_re(rel['weekday_past'] + rel['weekday_future'])})(?![\w-]))?", flags),
    }


@cache
def _cue_patterns() -> dict[str, re.Pattern]:
    rel = _relative()
    return {
        "future": re.compile(rf"(?<![\w-])(?:{_phrase_re(rel['future_cues'])})(?![\w-])", re.IGNORECASE),
        "citation": re.compile(rf"(?:{_phrase_re(rel['citation_cues'])})\s+[^,;()]{{1,50}},\s*$", re.IGNORECASE),
        "caption": re.compile("|".join(re.escape(m) for m in rel["caption_markers"])),
        "not_dates": re.compile(rf"(?<![\w-])(?:{_phrase_re(rel['not_dates'])})(?![\w-])", re.IGNORECASE),
    }


# ---------------------------------------------------------------------------------------------------- resolution


def parse_reference(published: str | None) -> Reference:
    """The reference of 'YYYY-MM-DD...', 'YYYY-MM' or 'YYYY'; an empty Reference when unknown or unreadable."""
    if not published:
        return Reference()
    if not isinstance(published, str):  # a date or datetime object
        published = published.isoformat() if hasattr(published, "isoformat") else str(published)
    m = re.match(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):\d{2})?)?)?", published)
    if not m:
        return Reference()
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = None
    if m.group(3):
        try:
            day = date(year, month or 1, int(m.group(3)))
        except ValueError:
            day = None
    hour = int(m.group(4)) if m.group(4) and int(m.group(4)) < 24 else None
    return Reference(day=day, year=year, month=month, hour=hour)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _complete_year(ref: Reference, month: int, day: int | None) -> int | None:
    """The year of a date written without one: the candidate closest to the reference day."""
    if ref.day is None:
        return ref.year
    best, best_gap = None, None
    for year in (ref.day.year - 1, ref.day.year, ref.day.year + 1):
        try:
            candidate = date(year, month, day or 15)
        except ValueError:
            continue
        gap = abs((candidate - ref.day).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _two_digit_year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _add_months(day: date, months: int) -> tuple[int, int]:
    total = day.year * 12 + day.month - 1 + months
    return total // 12, total % 12 + 1


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _relative()["number_words"].get(" ".join(word.lower().split()))


def _weekday_date(ref: date, target: int, direction: str) -> date:
    """The day named by a weekday: 'past' (strictly before), 'future' (strictly after) or 'near' (past-leaning)."""
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    if direction == "past":
        return ref - timedelta(days=back or 7)
    if direction == "future":
        return ref + timedelta(days=ahead or 7)
    if direction == "near_future":
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def _directed_year(year: int, when: tuple, ref: date, direction: str) -> int:
    """Move a completed year so that '... lalu' lies before the reference and '... mendatang' after it."""
    direction = direction.lower()
    ref_when = (ref.year, ref.month, ref.day)[: len(when) + 1]
    if direction in ("lalu", "kemarin", "silam") and (year, *when) > ref_when:
        return year - 1
    if direction in ("mendatang", "depan", "nanti") and (year, *when) < ref_when:
        return year + 1
    return year


def _ratio_before(sentence: str, position: int) -> bool:
    """The word before a bare "(d/m)" makes it a fraction or a score (or there is no word before it)."""
    before = sentence[:position].split()
    if not before:
        return True
    word = before[-1].lower().strip(",:;")
    return word[:1].isdigit() or word in _relative()["ratio_words"]


def _habitual_before(sentence: str, position: int) -> bool:
    """'setiap Jumat', 'tiap Januari': a repeated time, not a date."""
    before = sentence[:position].split()[-2:]
    habitual = _relative()["habitual_cues"]
    return any(w.lower().strip(",") in habitual for w in before)


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper()


def _year_followed_well(sentence: str, end: int) -> bool:
    """A year must not be a count: '2000 orang' is rejected, '1994 dan', '1994.' and '2010 sekitar' are fine."""
    rest = sentence[end:]
    m = re.match(r"\s+([^\W\d_][\w-]*)", rest)
    if not m:
        return not re.match(r"\s*\d", rest)
    word = m.group(1).lower()
    if _is_capitalised(m.group(1)) or word in _followers():
        return True
    counted = _counted_nouns()
    return bool(counted) and word not in counted


@cache
def _followers() -> frozenset[str]:
    return frozenset(w.lower() for w in _relative()["year_followers"])


@cache
def _counted_nouns() -> frozenset[str]:
    """Nouns that follow a count ('orang', 'rumah', 'ton'), from the figures word list; empty when absent."""
    try:
        counted = load_json("id/counted.json")
    except (FileNotFoundError, OSError, ValueError):
        return frozenset()
    words: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, str):
            words.add(node.split()[0].lower())
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for key in ("groups", "measures", "units", "others"):
        walk(counted.get(key, []))
    return frozenset(words) | _relative_count_nouns()


@cache
def _relative_count_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in _relative()["count_nouns"])


_NEVER = re.compile(r"(?!)")
EXPLICIT_REACH = 3  # characters between a relative word and the written date that spells it out
_LAW_NUMBER = re.compile(r"(?:nomor|nomer|no\.?)\s*\d+[a-z]?(?:/[\w.]+)*\s+tahun\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:\"“”()]|\s[-–—]\s")


def _future_before(sentence: str, position: int) -> bool:
    """A future cue ("akan", "dijadwalkan") earlier in the clause that ends at position.

    Only before the date, in its clause: in "X mengatakan Senin bahwa ... akan ..." and "..., kata X di Jakarta,
    Jumat." the day is past although the sentence speaks of the future.
    """
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, position)]
    start = breaks[-1] if breaks else 0
    return bool(_cue_patterns()["future"].search(sentence, start, position))


@cache
def _trigger_words() -> dict[str, frozenset[str]]:
    """Per kind of pattern, the words one of which a sentence must hold for that pattern to be tried."""
    rel = _relative()
    relative = {p.split()[0] for key in ("days", "weeks", "weekends", "months", "years") for p in rel[key]}
    relative |= {w for key in ("days", "weeks", "weekends", "months", "years") for p in rel[key] for w in p.split()}
    return {"month": frozenset(_month_words()[0]), "weekday": frozenset(_weekdays()),
            "relative": frozenset(relative), "unit": frozenset(rel["ago"]["units"])}


_LOWER_WORDS = re.compile(r"[a-z’']+")


_DECIMAL = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """any(ch.isdigit() for ch in text), by one regex search (str.isdigit also takes '²', hence the fallback)."""
    if _DECIMAL.search(text):
        return True
    return not text.isascii() and any(map(str.isdigit, text))


def _patterns_to_try(sentence: str) -> frozenset[str]:
    """The patterns worth running on a sentence: a cheap word test saves most of the regex work."""
    words = set(_LOWER_WORDS.findall(sentence.lower()))
    triggers = _trigger_words()
    digits = has_digit(sentence)
    month = bool(words & triggers["month"])
    weekday = bool(words & triggers["weekday"])
    out = set()
    if digits:
        out.add("year")
        if "/" in sentence or "-" in sentence and (weekday or words & {"tanggal", "tgl"}):
            out.add("numeric")
        if month:
            out.update(("absolute", "month_year", "month_day"))
    if month:
        out.add("month")
    if weekday:
        out.add("weekday")
    if words & triggers["relative"]:
        out.add("relative")
    if words & triggers["unit"] or any(w[:2] == "se" and w[2:] in triggers["unit"] for w in words):
        out.add("ago")
    return frozenset(out)


def _candidates(sentence: str, ref: Reference) -> list[DateMatch]:
    """Every resolvable date expression of one sentence, overlapping ones included."""
    run = _patterns_to_try(sentence)
    pats = {name: (pattern if name in run else _NEVER) for name, pattern in _patterns().items()}
    months, _ = _month_words()
    weekdays = _weekdays()
    rel = _relative()
    out: list[DateMatch] = []

    def add(m: re.Match, iso: str | None, kind: str, start: int | None = None) -> None:
        if iso:
            s = m.start() if start is None else start
            e = m.end() - 1 if sentence[m.end() - 1] == "." else m.end()
            out.append(DateMatch(s, e, iso, sentence[s:e], kind))

    for m in pats["absolute"].finditer(sentence):
        month = months[m.group("m").lower()]
        day = int(m.group("d"))
        year = int(m.group("y")) if m.group("y") else _complete_year(ref, month, day)
        if year and not m.group("y") and m.group("dir") and ref.day:
            year = _directed_year(year, (month, day), ref.day, m.group("dir"))
        add(m, _iso(year, month, day) if year else None, "absolute")
    for m in pats["numeric"].finditer(sentence):
        day_s, month_s, year_s = ((m.group("d"), m.group("m"), m.group("y")) if m.group("d") else
                                  (m.group("d2"), m.group("m2"), m.group("y2")) if m.group("d2") else
                                  (m.group("d3"), m.group("m3"), m.group("y3")))
        day, month = int(day_s), int(month_s)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if m.group("d") and not (m.group("wd") or year_s) and _ratio_before(sentence, m.start()):
            continue  # "dua pertiga (2/3)", "skor (2/1)": a fraction or a score, not a date
        year = _two_digit_year(year_s) or _complete_year(ref, month, day)
        add(m, _iso(year, month, day) if year else None, "numeric")
    for m in pats["month_day"].finditer(sentence):
        add(m, _iso(int(m.group("y")), months[m.group("m").lower()], int(m.group("d"))), "absolute")
    for m in pats["month_year"].finditer(sentence):
        add(m, _iso(int(m.group("y")), months[m.group("m").lower()]), "month")
    for m in pats["month"].finditer(sentence):
        word = m.group("m") or m.group("m2")
        named = re.search(r"bulan\s+$", sentence[m.start() : m.start("m")], re.IGNORECASE) if m.group("m") else None
        if not (_is_capitalised(word) or named) or _habitual_before(sentence, m.start()):
            continue  # "mei" alone is a word; "bulan mei" is the month
        month = months[word.lower()]
        year = _complete_year(ref, month, None)
        if year and ref.day and (m.group("dir") or _future_before(sentence, m.start())):
            year = _directed_year(year, (month,), ref.day, m.group("dir") or "mendatang")
        start = m.start("m") if m.group("m") and m.group("cue").lower() not in ("awal", "akhir", "pertengahan",
                                                                                  "medio") else m.start()
        add(m, _iso(year, month) if year else None, "month", start)
    for m in pats["year"].finditer(sentence):
        if not (m.group("cue") or m.group("decade")):
            continue
        said_year = "tahun" in m.group(0).lower()  # "tahun 2007 tumbuh": the word says it is a year
        if not (m.group("decade") or said_year) and not _year_followed_well(sentence, m.end()):
            continue
        if _LAW_NUMBER.search(sentence, 0, m.start("y")):
            continue  # "UU Nomor 11 Tahun 2020" names a regulation, not a time
        add(m, _iso(int(m.group("y"))), "year", m.start("cue") if m.group("cue") else m.start("y"))
    for m in pats["ago"].finditer(sentence):
        n = _number(m.group("n")) if m.group("n") else 1
        unit_word = (m.group("u") or m.group("u1")).lower()
        if n is None or ref.day is None and unit_word != "tahun":
            continue
        sign = 1 if m.group("dir").lower() in [d.lower() for d in rel["ago"]["future"]] else -1
        unit = rel["ago"]["units"][unit_word]
        if unit in ("day", "week"):
            add(m, (ref.day + timedelta(days=sign * n * (7 if unit == "week" else 1))).isoformat(), "relative")
        elif unit == "month":
            add(m, _iso(*_add_months(ref.day, sign * n)), "relative")
        elif ref.year:
            add(m, _iso(ref.year + sign * n), "relative")
    if ref.day is not None:
        for m in pats["relative"].finditer(sentence):
            phrase = " ".join(m.group("rel").lower().split())
            if phrase.startswith("minggu") and _is_capitalised(m.group("rel")):
                continue  # "Minggu lalu" is Sunday; the weekday rule reads it
            if phrase in rel["days"]:
                offset = rel["days"][phrase]
                if phrase in rel["same_evening"] and ref.hour is not None and ref.hour >= rel["evening_hour"]:
                    offset = 0  # "tadi malam" in a page published late in the evening is that evening
                add(m, (ref.day + timedelta(days=offset)).isoformat(), "relative")
            elif phrase in rel["weeks"]:
                add(m, (ref.day + timedelta(days=rel["weeks"][phrase])).isoformat(), "relative")
            elif phrase in rel["weekends"]:
                step = rel["weekends"][phrase]
                future = _future_before(sentence, m.start())
                direction = "past" if step < 0 else "future" if step > 0 else "near_future" if future else "near"
                add(m, _weekday_date(ref.day, 5, direction).isoformat(), "relative")
            elif phrase in rel["months"]:
                add(m, _iso(*_add_months(ref.day, rel["months"][phrase])), "relative")
        for m in pats["weekday"].finditer(sentence):
            if not _is_capitalised(m.group("wd")) or _habitual_before(sentence, m.start()):
                continue
            target = weekdays[m.group("wd").lower()]
            if m.group("week"):  # "Jumat pekan lalu": that weekday in the week before the reference's
                shift = rel["weeks"][" ".join(m.group("week").lower().split())]
                monday = ref.day - timedelta(days=ref.day.weekday()) + timedelta(days=shift)
                add(m, (monday + timedelta(days=target)).isoformat(), "week_day")
                continue
            direction = (m.group("dir") or "").lower()
            if direction in rel["weekday_past"]:
                mode = "past"
            elif direction in rel["weekday_future"]:
                mode = "future"
            else:
                mode = "near_future" if _future_before(sentence, m.start()) else "near"
            add(m, _weekday_date(ref.day, target, mode).isoformat(), "weekday")
    if ref.year is not None:
        for m in pats["relative"].finditer(sentence):
            phrase = " ".join(m.group("rel").lower().split())
            if phrase in rel["years"]:
                add(m, _iso(ref.year + rel["years"][phrase]), "relative")
    return out


_RANK = {"absolute": 0, "numeric": 0, "week_day": 0, "month": 1, "year": 1, "relative": 1, "weekday": 2}


def _non_overlapping(matches: list[DateMatch]) -> list[DateMatch]:
    """Day-precise kinds first, then longest, then leftmost; overlapping later ones dropped."""
    chosen: list[DateMatch] = []
    for match in sorted(matches, key=lambda x: (_RANK[x.kind], -(x.end - x.start), x.start)):
        if all(match.end <= c.start or match.start >= c.end for c in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda x: x.start)


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’")


def quoted_ranges(sentence: str) -> list[tuple[int, int]]:
    """Spans of direct speech; relative words inside are relative to when it was said, not to publication."""
    return [m.span() for m in _QUOTED.finditer(sentence)]


def find_dates(sentence: str, ref: Reference) -> list[DateMatch]:
    """The date expressions of one sentence, resolved; citation datelines flagged."""
    citation = _cue_patterns()["citation"]
    quoted = quoted_ranges(sentence)
    idioms = [m.span() for m in _cue_patterns()["not_dates"].finditer(sentence)]
    out = []
    matches = _non_overlapping(_candidates(sentence, ref))
    explicit = [m.start for m in matches if m.kind in ("numeric", "absolute")]
    for match in matches:
        if match.kind in ("relative", "weekday", "week_day") and any(s <= match.start < e for s, e in quoted):
            continue
        if match.kind == "relative" and any(0 <= s - match.end <= EXPLICIT_REACH for s in explicit):
            continue  # "kemarin (16/3)": the written date wins over the reporter's "yesterday"
        if any(s <= match.start < e for s, e in idioms):
            continue
        is_citation = match.kind in ("numeric", "absolute") and bool(citation.search(sentence[: match.start]))
        out.append(DateMatch(match.start, match.end, match.date, match.expression, match.kind, is_citation))
    return out


def is_caption(sentence: str) -> bool:
    """A photo caption or credit line ("... REUTERS/Aziz Karimov"), whose dates are not events of the story."""
    return bool(_cue_patterns()["caption"].search(sentence))


def _caption_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs that are photo captions."""
    out, pos = [], 0
    for para in text.split("\n"):
        if is_caption(para):
            out.append((pos, pos + len(para)))
        pos += len(para) + 1
    return out


def anchor_from_text(text: str) -> str | None:
    """A reference day from the text when the page has no date: the first 'weekday (d/m/yyyy)' whose weekday agrees."""
    weekdays = _weekdays()
    text = "\n".join(p for p in text[:3000].split("\n") if not is_caption(p))
    for m in _patterns()["numeric"].finditer(text):
        wd = m.group("wd") or m.group("wd2")
        day_s, month_s, year_s = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (
            m.group("d2"), m.group("m2"), m.group("y2"))
        if not (wd and day_s and year_s):
            continue
        iso = _iso(_two_digit_year(year_s), int(month_s), int(day_s))
        if iso and date.fromisoformat(iso).weekday() == weekdays[wd.lower()]:
            return iso
    return None


def news_sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans, with a one-word piece cut off a dateline ("TEMPO." of "TEMPO.CO, Jakarta -") re-joined."""
    from kabar.nlp.sentences import sentence_spans

    out: list[tuple[int, int]] = []
    carry: tuple[int, int] | None = None  # a one-word piece waiting to be joined to the next sentence
    for start, end in sentence_spans(text):
        if carry is not None:
            if "\n" in text[carry[1] : start]:
                out.append(carry)
            else:
                start = carry[0]
            carry = None
        if " " not in text[start:end].strip() and end - start < 30:
            carry = (start, end)
            continue
        out.append((start, end))
    if carry is not None:
        out.append(carry)
    return out


def find_dated_events(text: str, published: str | None, year_hint: int | None = None) -> list[DatedEvent]:
    """Each sentence with a date expression, once per distinct resolved date, in text order.

    ``published`` ('YYYY-MM-DD...', 'YYYY-MM', 'YYYY' or None) anchors relative words and years left out;
    ``year_hint`` (e.g. from the other articles of a story) completes years when published is unknown.
    A cited report's date ("seperti dikutip dari AFP, Rabu (21/10/2020)") counts only when the sentence has no
    other date.
    """
    if not text:
        return []
    ref = parse_reference(published or anchor_from_text(text))
    if ref.year is None and year_hint:
        ref = Reference(year=year_hint)
    if not _may_hold_date(text):
        return []
    captions = _caption_ranges(text)
    events: list[DatedEvent] = []
    for start, end in news_sentence_spans(text):
        sentence = text[start:end]
        if any(s <= start < e for s, e in captions):
            continue
        matches = find_dates(sentence, ref)
        if any(not m.citation for m in matches):
            matches = [m for m in matches if not m.citation]
        seen: set[str] = set()
        for match in matches:
            if match.date in seen:
                continue
            seen.add(match.date)
            events.append(DatedEvent(date=match.date, text=sentence, start=start, end=end,
                                     expression=match.expression))
    return events


def _may_hold_date(text: str) -> bool:
    """A cheap test that a text may hold a date at all."""
    return bool(_patterns_to_try(text))
