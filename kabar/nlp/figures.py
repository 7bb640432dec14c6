"""Numeric claims in Indonesian news text: "772 tentara Armenia ... tewas", "sedikitnya 30 orang luka-luka",
"Rp276 miliar", with qualifier, what is counted, who reported it, as of when, and whether it is a past event's toll.

Hand-written on top of kabar.nlp.numbers: no installed library reads Indonesian casualty and money statements;
the word lists (what is counted, qualifiers, verbs of reporting) live in kabar/data/id/.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from kabar.data import load_json, load_lines
from kabar.nlp.numbers import Number, find_numbers
from kabar.records import Figure

TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
CLAUSE_STOP = frozenset({".", ";", ":", "?", "!", "\"", "“", "”"})
AFTER_WINDOW = 12  # tokens after a number searched for what it counts
BEFORE_WINDOW = 6
PLACE_WINDOW = 8  # tokens after a figure searched for "di <Place>"


@dataclass(slots=True)
class FigureProfile:
    """What claims alignment needs beyond the Figure: group, side words, scope and the range a value stands for."""

    figure: Figure
    group: str | None
    group_words: str = ""
    sides: tuple[str, ...] = ()
    both_sides: bool = False
    scoped: bool = False  # the toll of one incident or a short window ("dalam lima hari terakhir")
    low: float = 0.0
    high: float = 0.0
    vague: bool = False


@cache
def _counted() -> dict:
    return load_json("id/counted.json")


@cache
def _qualifiers() -> dict:
    return load_json("id/qualifiers.json")


@cache
def _phrase_index(kind: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word -> [(phrase words, key)], longest phrases first, for the units or groups of counted.json."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, phrases in _counted()[kind].items():
        for phrase in phrases:
            words = tuple(phrase.lower().split())
            index.setdefault(words[0], []).append((words, key))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


@cache
def reporting_verbs() -> frozenset[str]:
    return frozenset(load_lines("id/speech_verbs.txt"))


@cache
def _calendar() -> dict:
    return load_json("id/calendar.json")


@cache
def _set(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _counted()[name])


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in TOKEN_RE.finditer(text)]


def _match_phrase(words: list[str], i: int, kind: str) -> tuple[int, str] | None:
    """(length, key) of the longest phrase of kind starting at words[i]."""
    for phrase, key in _phrase_index(kind).get(words[i], ()):
        if tuple(words[i:i + len(phrase)]) == phrase:
            return len(phrase), key
    return None


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    from kabar.nlp.sentences import sentence_spans

    return sentence_spans(text)


def _about_suffix(sent: str, n: Number) -> bool:
    """'2.000-an' (about two thousand); a decade ('1990-an') is a time, not an amount."""
    if sent[n.end:n.end + 3].lower() != "-an" or (sent[n.end + 3:n.end + 4].isalnum()):
        return False
    return not (n.text.isdigit() and 1800 <= n.value <= 2100)


def _is_skipped(sent: str, toks: list[tuple[int, int, str]], words: list[str], n: Number, first: int,
                after: int) -> bool:
    """Dates, years, ages, times, phone numbers, percentages, ordinals and numbers inside names are not figures."""
    if n.percent:
        return True
    nxt = words[after] if after < len(words) else ""
    prev = words[first - 1] if first > 0 else ""
    about = _about_suffix(sent, n)
    if (sent[n.end:n.end + 1] in ("-", "/", ":") and not about) or sent[n.start - 1:n.start] in ("-", "/", "#", "@"):
        return True  # "2-1", "21/10", "08:00", "ke-3", "Covid-19"; but "2.000-an orang" is about 2.000
    months = _calendar()["months"]
    if nxt in months or (prev in months and n.written == "digits"):
        return True
    raw = n.text.strip()
    if n.written == "digits" and not n.currency:
        digits = re.sub(r"\D", "", raw)
        if raw.isdigit() and 1800 <= n.value <= 2100 and _match_phrase(words, after, "groups") is None:
            return True  # a year
        if raw.isdigit() and (len(digits) >= 8 or (raw.startswith("0") and len(digits) >= 4)):
            return True  # a phone or reference number
    if sent[n.start - 1:n.start] == "(" and sent[n.end:n.end + 1] == ")":
        return True  # an age after a name: "Budi (45)"
    if prev in _set("label_words"):
        return True
    if nxt in _set("measures") and not n.currency:
        return True
    if first > 0 and toks[first - 1][2][:1].isupper() and toks[first - 1][2].lower() not in _qualifier_words():
        cue_or_group = after < len(words) and (_match_phrase(words, after, "groups") or
                                               _match_phrase(words, after, "units"))
        if not cue_or_group and not n.currency:
            return True  # part of a name: "Pasal 5", "Tol 3"
    return False


@cache
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for phrase in _qualifiers()["before"] for w in phrase.split())


def _qualifier(words: list[str], first: int, after: int, n: Number) -> tuple[str, int]:
    """(qualifier, index of its first token) from the words right before or after the number."""
    before = _qualifiers()["before"]
    for length in (4, 3, 2, 1):
        if first - length < 0:
            continue
        phrase = " ".join(words[first - length:first])
        if phrase in before:
            return before[phrase], first - length
    if after < len(words) and words[after] in _qualifiers()["after"] and \
            not (after + 1 < len(words) and words[after + 1] in ("dari", "daripada", "banyak")):
        return _qualifiers()["after"][words[after]], first
    if n.vague:
        return "at_least", first
    return "exact", first


def _find_cue(words: list[str], first: int, after: int) -> tuple[str, int, int] | None:
    """(unit, start, end token index) of the nearest word saying what the number counts, before or after it."""
    best_after = None
    for j in range(after, min(len(words), after + AFTER_WINDOW)):
        if words[j] in CLAUSE_STOP or (j > after and words[j] in reporting_verbs()):
            break
        hit = _match_phrase(words, j, "units")
        if hit:
            best_after = (hit[1], j, j + hit[0], j - after)
            break
    best_before = None
    j = first - 1
    while j >= max(0, first - BEFORE_WINDOW):
        if words[j] in _set("clause_links") or words[j] in CLAUSE_STOP:
            break
        for length in (3, 2, 1):
            start = j - length + 1
            if start < 0:
                continue
            hit = _match_phrase(words, start, "units")
            if hit and start + hit[0] == j + 1:
                best_before = (hit[1], start, j + 1, first - j - 1)
                break
        if best_before:
            break
        j -= 1
    choices = [c for c in (best_after, best_before) if c]
    if not choices:
        return None
    unit, s, e, _ = min(choices, key=lambda c: (c[3], c is best_before))
    return unit, s, e


@dataclass(slots=True)
class _Group:
    key: str | None = None
    surface: str = ""  # the group words as written, e.g. "warga sipil"
    side: str | None = None  # capitalised words naming whose people, e.g. "Armenia"
    end: int = 0  # token index after the group and side words
    both: bool = False


def _group_and_side(toks, words: list[str], after: int, stop: int) -> _Group:
    """Group key and words, side words and 'both sides' from the words following the number."""
    found = _Group(end=after)
    j = after
    if j < len(words) and words[j] == "orang" and j + 1 < len(words) and _match_phrase(words, j + 1, "groups"):
        j += 1  # "36 orang warga sipil"
    hit = _match_phrase(words, j, "groups") if j < len(words) else None
    if hit:
        found.key = hit[1]
        found.surface = " ".join(words[j:j + hit[0]])
        j += hit[0]
    elif j < len(words) and words[j] in _set("others"):
        found.key = "_others"
        found.end = j + 1
        return found
    window = " ".join(words[j:j + 5])
    found.both = any(f" {p} " in f" {window} " for p in _set("both_sides"))
    side_words: list[str] = []
    k = j
    limit = min(len(words), j + 4, stop if stop > j else len(words))
    while k < limit:
        tok = toks[k][2]
        if tok[:1].isupper() and tok.lower() not in _set("non_side_words"):
            side_words.append(tok)
        elif side_words or tok.lower() not in _set("side_links"):
            break
        k += 1
    found.side = " ".join(side_words) or None
    found.end = k if side_words else j
    return found


def _clean_name(words: list[str]) -> str | None:
    while words and words[0].lower() in _set("subject_fillers"):
        words = words[1:]
    while words and words[-1].lower() in _set("subject_fillers"):
        words = words[:-1]
    if not words or not any(w[:1].isupper() for w in words) or len(words) > 8:
        return None
    from kabar.nlp.quotes import strip_title

    return strip_title(" ".join(words))


def _attribution(toks, words: list[str], first: int) -> str | None:
    """Who reported the figure: 'X mengatakan/melaporkan ... <number>', 'menurut X, ...' or '..., kata X'."""
    verbs = reporting_verbs()
    for j in range(first - 1, -1, -1):
        if words[j] == "menurut" or (words[j].startswith("di") and words[j] in verbs):
            k = j + 1  # 'menurut X, ...', 'seperti dilaporkan X, ...': the source follows
            while k < len(words) and words[k] in ("oleh", "dari"):
                k += 1
            start = k
            while k < len(words) and words[k] not in CLAUSE_STOP and words[k] != ",":
                k += 1
            return _clean_name([t[2] for t in toks[start:k]])
        if words[j] in verbs:
            k = j
            while k > 0 and words[k - 1] not in CLAUSE_STOP and words[k - 1] not in (",", "bahwa"):
                k -= 1
            return _clean_name([t[2] for t in toks[k:j]])
    for j in range(first + 1, len(words) - 1):
        if words[j] in verbs and words[j - 1] == ",":
            k = j + 1
            while k < len(words) and words[k] not in CLAUSE_STOP and words[k] != ",":
                k += 1
            return _clean_name([t[2] for t in toks[j + 1:k]])
    return None


_DATE_NUMERIC = re.compile(r"\((?:[A-Za-z]+,?\s*)?(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\)")


@cache
def _date_text_re() -> re.Pattern:
    months = "|".join(sorted(_calendar()["months"], key=len, reverse=True))
    return re.compile(rf"\b(\d{{1,2}})\s+({months})\.?(?:\s+(\d{{4}}))?\b", re.IGNORECASE)


@cache
def _weekday_re() -> re.Pattern:
    """Capitalised weekday names only: lower-case 'minggu' is 'week' ("dua minggu terakhir")."""
    names = {d[:1].upper() + d[1:] for d in _calendar()["weekdays"]} | {d.upper() for d in _calendar()["weekdays"]}
    days = "|".join(sorted((re.escape(d) for d in names), key=len, reverse=True))
    return re.compile(rf"\b({days})\b")


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _full_date(day: int, month: int, year: int | None, ref: date | None) -> date | None:
    if year is not None and year < 100:
        year += 2000
    if year is None:
        if ref is None:
            return None
        year = ref.year - (1 if month > ref.month + 1 else 0)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def dates_in(sentence: str, published: str | None) -> list[tuple[int, date]]:
    """(offset, date) of the as-of dates of a sentence; start dates ("sejak 27 September") are left out."""
    ref = _published_date(published)
    found: list[tuple[int, date]] = []
    months = _calendar()["months"]
    for m in _DATE_NUMERIC.finditer(sentence):
        d = _full_date(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None, ref) \
            if 1 <= int(m.group(2)) <= 12 else None
        if d:
            found.append((m.start(), d))
    for m in _date_text_re().finditer(sentence):
        d = _full_date(int(m.group(1)), months[m.group(2).lower()], int(m.group(3)) if m.group(3) else None, ref)
        if d:
            found.append((m.start(), d))
    if ref is not None:
        for m in _weekday_re().finditer(sentence):
            if any(abs(pos - m.start()) < 25 for pos, _ in found):
                continue
            back = (ref.weekday() - _calendar()["weekdays"][m.group(1).lower()]) % 7
            found.append((m.start(), ref - timedelta(days=back)))
        for word, delta in (("kemarin", 1), ("hari ini", 0)):
            for m in re.finditer(rf"\b{word}\b", sentence, re.IGNORECASE):
                found.append((m.start(), ref - timedelta(days=delta)))
    starts = re.compile(r"(?:sejak|semenjak|mulai|dimulai)\s+(?:\w+\s+)?$", re.IGNORECASE)
    return sorted((pos, d) for pos, d in found if not starts.search(sentence[max(0, pos - 20):pos]))


def _is_historical(sentence: str, previous: str, ref_year: int | None) -> bool:
    """A past event's toll: a year well before publication, a decade ("1990-an"), or "silam" in the sentence
    (or in the previous sentence when this one points back with "tersebut"/"itu")."""

    def past(text: str) -> bool:
        if re.search(r"\b1[89]\d0-an\b|\b20[0-4]0-an\b|\bsilam\b|\bkala itu\b", text, re.IGNORECASE):
            return True
        if ref_year is not None:
            return any(int(y) <= ref_year - 2 for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text))
        return False

    if past(sentence):
        return True
    has_date = bool(_date_text_re().search(sentence) or _DATE_NUMERIC.search(sentence))
    return bool(previous) and not has_date and bool(re.search(r"\b(tersebut|itu)\b", sentence)) and past(previous)


def _is_delta(words: list[str], first: int) -> bool:
    """'bertambah 100 orang' counts new cases since the last report, not the total ('bertambah menjadi 268')."""
    j = first - 1
    if j >= 0 and words[j] == "sebanyak":
        j -= 1
    return j >= 0 and (words[j] in _set("delta_words") or " ".join(words[max(0, j - 1):j + 1]) in _set("delta_words"))


def _place(toks, words: list[str], start: int) -> str | None:
    """Where the counted thing happened: the capitalised words after 'di' soon after the figure
    ('tewas akibat banjir di Manado, Minggu' -> 'Manado')."""
    for j in range(start, min(len(words) - 1, start + PLACE_WINDOW)):
        if words[j] in CLAUSE_STOP or words[j] == "," or words[j] in reporting_verbs():
            return None
        if words[j] == "di" and toks[j + 1][2][:1].isupper():
            names = []
            k = j + 1
            while k < len(toks) and toks[k][2][:1].isupper() and words[k] not in _calendar()["weekdays"]:
                names.append(toks[k][2])
                k += 1
            return " ".join(names) or None
    return None


def _money_subject(toks, first: int) -> str:
    """The nouns right before a sum: 'Transaksi Potensial Rp276 miliar' -> 'transaksi potensial'; link words
    ("sebesar", "mencapai", "menjadi") are passed over, a number or punctuation ends the search."""
    words: list[str] = []
    j = first - 1
    while j >= 0 and len(words) < 3:
        w = toks[j][2]
        if not w[0].isalpha() or any(ch.isdigit() for ch in w):
            break
        if w.lower() in _set("money_links"):
            if words:
                break
        else:
            words.insert(0, w.lower())
        j -= 1
    return " ".join(words) or "nilai"


@cache
def _scope_re() -> re.Pattern:
    """One incident's or a short window's toll: 'dalam lima hari terakhir', 'insiden tersebut'."""
    patterns = [re.escape(p).replace(r"\{n\}", r"\w+") for p in _counted()["scope_markers"]]
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


def _money_words(toks, words: list[str], n: Number, after: int, q_first: int) -> tuple[str, int, int]:
    """(subject, start, end) of a sum: 'transaksi potensial (IDR)' and the words stating it."""
    code = n.currency or load_json("id/numbers.json")["currencies"].get(words[after], words[after].upper())
    span_end = n.end if n.currency else toks[min(after, len(toks) - 1)][1]
    return f"{_money_subject(toks, q_first)} ({code})", toks[q_first][0], span_end


def _count_words(toks, n: Number, numbers: list[Number], cue: tuple[str, int, int], grp: _Group, after: int,
                 q_first: int) -> tuple[str, int, int]:
    """(subject, start, end) of a count: 'tentara Armenia tewas' and the words stating it, from the qualifier to
    the cue ('sedikitnya 12 orang tewas') or from the cue to the group ('menewaskan 39 orang')."""
    unit, cue_start, cue_end = cue
    subject = " ".join(x for x in (grp.surface or "orang", grp.side, _counted()["labels"].get(unit, unit)) if x)
    group_end = toks[max(grp.end, after + 1) - 1][1] if after < len(toks) else n.end
    if cue_start < after:
        return subject, toks[cue_start][0], max(n.end, group_end)
    if any(n.end < m.start and toks[cue_start][0] > m.start for m in numbers):
        return subject, toks[q_first][0], group_end  # "772 tentara Armenia dan 36 ...": stop before the next number
    return subject, toks[q_first][0], toks[cue_end - 1][1]


def _sentence_profiles(text: str, start: int, end: int, published: str | None, previous: str,
                       numbers: list[Number] | None = None) -> list[FigureProfile]:
    """Figures of the sentence text[start:end] (numbers: those found in it, as offsets into the sentence)."""
    sent = text[start:end]
    numbers = find_numbers(sent) if numbers is None else numbers
    if not numbers:
        return []
    toks = _tokens(sent)
    words = [t[2].lower() for t in toks]
    tok_starts = [t[0] for t in toks]
    tok_ends = [t[1] for t in toks]
    ref = _published_date(published)
    out: list[FigureProfile] = []
    sent_dates: list[tuple[int, date]] | None = None
    for n in numbers:
        first = bisect_right(tok_ends, n.start)
        if first >= len(toks):
            continue
        after = bisect_left(tok_starts, n.end)
        if _is_skipped(sent, toks, words, n, first, after):
            continue
        qualifier, q_first = _qualifier(words, first, after, n)
        if qualifier == "exact" and _about_suffix(sent, n):
            qualifier = "approx"
        money = n.currency or (after < len(words) and words[after] in _set("currency_words"))
        cue = None if money else _find_cue(words, first, after)
        if not money and (cue is None or n.value != int(n.value)):
            continue  # nothing counted, or a fraction ("5,6") that cannot count people or houses
        grp = _group_and_side(toks, words, after, cue[1] if cue and cue[1] >= after else len(words))
        if grp.key == "_others":  # "61 warga sipil tewas dan 291 lainnya luka-luka"
            prev = out[-1] if out else None
            grp.key, grp.surface = (prev.group, prev.group_words) if prev else (None, "")
            grp.side = " ".join(prev.sides) or None if prev else None
        if n.written == "words" and cue and not grp.key and not (cue[1] == after or cue[2] == first):
            continue  # "dalam satu serangan", "di satu pasar": a number word counting something else
        if n.value == 1 and n.written == "words" and cue and cue[1] > grp.end + 2:
            continue  # "seorang perempuan berjalan melewati ... rusak": one of something, far from the cue
        if money:
            unit = "money"
            subject, span_start, span_end = _money_words(toks, words, n, after, q_first)
        else:
            unit = cue[0]
            subject, span_start, span_end = _count_words(toks, n, numbers, cue, grp, after, q_first)
        if sent_dates is None:  # sentence-level facts, computed once a figure is found
            sent_dates = dates_in(sent, published)
            historical = _is_historical(sent, previous, ref.year if ref else None)
            scoped = bool(_scope_re().search(sent))
        as_of = min(sent_dates, key=lambda d: abs(d[0] - n.start))[1].isoformat() if sent_dates else \
            (ref.isoformat() if ref else None)
        figure = Figure(
            value=n.value, unit=unit, subject=re.sub(r"\s+", " ", subject).strip(), qualifier=qualifier,
            text=sent[span_start:span_end], start=start + span_start, end=start + span_end, as_of=as_of,
            attributed_to=_attribution(toks, words, q_first),
            place=None if money else _place(toks, words, max(cue[2], grp.end)), historical=historical,
        )
        out.append(FigureProfile(
            figure=figure, group=grp.key, group_words=grp.surface, sides=tuple(grp.side.split()) if grp.side else (),
            both_sides=grp.both, scoped=scoped or _is_delta(words, q_first), low=n.low, high=n.high, vague=n.vague,
        ))
    return out


def figure_profiles(text: str, published: str | None) -> list[FigureProfile]:
    """All figures of a text with what claims alignment needs (group, sides, scope, value range)."""
    numbers = find_numbers(text) if text else []
    if not numbers:
        return []
    out: list[FigureProfile] = []
    spans = _sentence_spans(text)
    k = 0
    for i, (start, end) in enumerate(spans):
        while k < len(numbers) and numbers[k].start < start:
            k += 1
        inside = []
        while k < len(numbers) and numbers[k].end <= end:
            inside.append(replace(numbers[k], start=numbers[k].start - start, end=numbers[k].end - start))
            k += 1
        if not inside:
            continue
        previous = text[spans[i - 1][0]:spans[i - 1][1]] if i else ""
        try:
            out.extend(_sentence_profiles(text, start, end, published, previous, inside))
        except (ValueError, IndexError, KeyError):  # one odd sentence must not lose the article's figures
            continue
    return out


def profiles_of(text: str, published: str | None, figures: list[Figure]) -> list[FigureProfile]:
    """The profiles of the sentences holding the given figures only (cheaper than figure_profiles on a long text)."""
    from kabar.nlp.sentences import sentence_spans

    out: list[FigureProfile] = []
    done: set[int] = set()
    for fig in sorted(figures, key=lambda f: f.start):
        p_start = text.rfind("\n", 0, fig.start) + 1
        if p_start in done:
            continue
        done.add(p_start)
        p_end = text.find("\n", fig.start)
        p_end = len(text) if p_end < 0 else p_end
        spans = [(p_start + a, p_start + b) for a, b in sentence_spans(text[p_start:p_end])]
        previous_para = ""
        if p_start > 1:
            before = text[text.rfind("\n", 0, p_start - 1) + 1:p_start - 1]
            tail = sentence_spans(before)
            previous_para = before[tail[-1][0]:tail[-1][1]] if tail else ""
        for i, (start, end) in enumerate(spans):
            previous = text[spans[i - 1][0]:spans[i - 1][1]] if i else previous_para
            try:
                out.extend(_sentence_profiles(text, start, end, published, previous))
            except (ValueError, IndexError, KeyError):
                continue
    return out


def find_figures(text: str, published: str | None) -> list[Figure]:
    """Numeric claims of an article text (published: ISO date of the article, the default as-of date)."""
    return [p.figure for p in figure_profiles(text, published)]
