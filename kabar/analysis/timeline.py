"""A story's timeline: the dated events of its articles, merged across outlets, in date order, each citing its sources.

Also the small sentence helpers the summary shares: content words, overlap, dateline and citation trimming.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kabar.records import Article, DatedEvent

MAX_TEXT = 260  # characters of an item's text
MIN_EVENT_WORDS = 3  # content words besides the date words
MAX_ITEMS = 60  # items of one story's timeline; the least cited are dropped beyond this
SAME_EVENT = 0.45  # content-word overlap above which two sentences of one date tell the same event

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_DATELINE = re.compile(r"^\s*(?P<prefix>[^\n]{2,60}?)\s*(?:--?|–|—)\s+(?=\S)")
_PREFIX_TOKEN = re.compile(r"^[(\[]?(?:[A-Z0-9][\w.&/'’-]*|[\w-]+(?:\.[a-z]{2,4})+)[)\],]?,?$")
_STRONG_PREFIX = re.compile(r"\.(?i:com|co|id|net|tv)\b|\([A-Z][\w .]*\)|\b[A-Z]{3,}\b")


@cache
def stopwords() -> frozenset[str]:
    """Indonesian function words (shared with story grouping); empty when the list is not shipped."""
    try:
        from kabar.data import load_lines

        return frozenset(w.lower() for w in load_lines("id/stopwords_stories.txt"))
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return frozenset()


@cache
def _furniture_prefixes() -> tuple[str, ...]:
    """Line openings that mark page furniture ("Baca juga", "Simak video"), from the extraction's word list."""
    try:
        from kabar.data import load_lines

        return tuple(p.lower() for p in load_lines("extract/boilerplate_prefix.txt"))
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return ()


def is_furniture(sentence: str) -> bool:
    """A related-link or teaser sentence left in the text ("Baca juga: ..."), not part of the story."""
    low = sentence.lstrip().lower()
    prefixes = _furniture_prefixes()
    if not low.startswith(prefixes):  # one C-level test first: most sentences open with no prefix at all
        return False
    return any(low.startswith(p) and (len(low) == len(p) or not low[len(p)].isalnum())
               for p in _furniture_prefixes())


@cache
def _openers() -> tuple[str, ...]:
    try:
        from kabar.data import load_lines

        return tuple(sorted((p.lower() for p in load_lines("id/discourse_openers.txt")), key=len, reverse=True))
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return ()


def drop_opener(sentence: str) -> str:
    """'Selain itu, KPK menahan ...' -> 'KPK menahan ...': a quoted-alone sentence loses its link to the last one."""
    low = sentence.lower()
    if not low.startswith(_openers()):  # one C-level test first: most sentences open with no opener at all
        return sentence
    for opener in _openers():
        if low.startswith(opener) and len(low) > len(opener) + 1 and (opener[-1] == "," or low[len(opener)] == " "):
            rest = sentence[len(opener) :].lstrip(" ,")
            if len(rest.split()) >= 4:
                return rest[:1].upper() + rest[1:]
            return sentence
    return sentence


def content_words(text: str) -> frozenset[str]:
    """Lowercase words of three letters or more that are not function words."""
    stop = stopwords()
    return frozenset(w for w in (m.lower() for m in _WORD.findall(text)) if len(w) > 2 and w not in stop)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared words over the smaller set (a rewrite shortened by one outlet still matches)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


_OUTLET_STOP = re.compile(r"^[A-Z][A-Z0-9]{2,}(?:\.[A-Za-z]{2,5})*\.\s+(?=[A-Z\"“])")


def strip_dateline(sentence: str, lead: bool = False) -> str:
    """Drop a dateline prefix: 'Liputan6.com, Jakarta - ', 'Baku/Yerevan (ANTARA) - ', 'JAKARTA, KOMPAS.com - ',
    and on a lead 'RMOL. '.

    Only an article's first sentence (``lead``) may lose an all-capitalised prefix without a newsroom mark.
    """
    if lead and (stop := _OUTLET_STOP.match(sentence)):
        return sentence[stop.end() :]
    m = _DATELINE.match(sentence)
    if not m:
        return sentence
    prefix = m.group("prefix")
    tokens = prefix.replace(",", " , ").split()
    words = [t for t in tokens if t != ","]
    if not words or len(words) > 6 or not all(_PREFIX_TOKEN.match(t) for t in words):
        return sentence
    if not lead and not _STRONG_PREFIX.search(prefix):
        return sentence
    rest = sentence[m.end() :]
    return rest[:1].upper() + rest[1:] if rest else sentence


@cache
def _citation_tail() -> re.Pattern:
    """', seperti dikutip dari AFP, Rabu (21/10/2020).' at the end of a sentence."""
    from kabar.data import load_json

    cues = sorted(load_json("id/relative_dates.json")["citation_cues"], key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(p) for p in c.split()) for c in cues)
    return re.compile(rf",?\s*(?:seperti\s+|sebagaimana\s+)?(?:{alternation})\s+[^,;()]{{1,50}}"
                      r"(?:,\s*[^,;]{0,40}\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?\s*(?P<end>[.!?]?)\s*$", re.IGNORECASE)


@cache
def _citation_words() -> tuple[str, ...]:
    """The distinctive words of the citation cues, for a cheap test before the full pattern."""
    from kabar.data import load_json

    cues = load_json("id/relative_dates.json")["citation_cues"]
    return tuple({c.split()[-1].lower() for c in cues})


def strip_citation(sentence: str) -> str:
    """Drop a trailing 'seperti dikutip dari AFP, Rabu (21/10/2020)' clause, keeping the final stop."""
    low = sentence.lower()
    if not any(word in low for word in _citation_words()):
        return sentence
    m = _citation_tail().search(sentence)
    if not m or len(sentence[: m.start()].split()) < 3:
        return sentence
    return sentence[: m.start()].rstrip(" ,") + (m.group("end") or ".")


def shorten(text: str, limit: int = MAX_TEXT, keep: str = "") -> str:
    """At most about limit characters, cut at a clause boundary after ``keep`` (if given), else at a word, with '…'.

    The date words ``keep`` are never cut: a sentence whose date comes late is cut at the next boundary after it.
    """
    text = " ".join(text.split())
    must = text.find(keep) + len(keep) if keep and keep in text else 0
    limit = max(limit, must)
    if len(text) <= limit + 20:
        return text
    cut = max((text.rfind(sep, must, limit) for sep in (", ", "; ", " - ")), default=-1)
    if cut < max(must, limit // 2):
        after = [i for i in (text.find(sep, must) for sep in (", ", "; ")) if 0 < i <= limit + 80]
        cut = min(after) if after else text.rfind(" ", max(must, 1), limit + 1)
    if cut <= 0:
        cut = limit
    return text[:cut].rstrip(" ,;-") + "…"


_CITATION_LEAD = re.compile(r"^(?:Seperti\s+)?(?:Dikutip|Dilansir|Mengutip|Melansir|Menurut\s+laporan)\b[^,;\"“]{0,70},\s*"
                            r"(?=[A-Z])")


def strip_citation_lead(sentence: str) -> str:
    """Drop a leading 'Dikutip Kompas.com dari Al Jazeera, ' / 'Dilansir Reuters, ' clause."""
    m = _CITATION_LEAD.match(sentence)
    return sentence[m.end() :] if m and m.end() < len(sentence) // 2 else sentence


def readable(event_text: str, lead: bool = False, keep: str = "") -> str:
    """The event sentence as a timeline line: no dateline prefix, no citation clauses, not too long."""
    text = drop_opener(strip_citation_lead(strip_citation(strip_dateline(event_text.strip(), lead=lead))))
    if len(text) > MAX_TEXT + 20 and keep:
        text = focus_clause(text, keep)
    return shorten(text, keep=keep)


_CLAUSE_SPLIT = re.compile(r",\s+|;\s+|\s+(?=(?:dan|serta|sementara|namun|tetapi|sedangkan)\s+[a-z])")
_LEADING_CONJUNCTION = re.compile(r"^\s*(?:dan|serta|sementara|namun|tetapi|sedangkan)\s+")
MIN_CLAUSE_WORDS = 8


def focus_clause(sentence: str, expression: str) -> str:
    """The clauses of a sentence around the date expression, grown to at least MIN_CLAUSE_WORDS words.

    For sentences with several dates: "Pada awal Oktober 2020, gencatan senjata disepakati di Moskow dan satu
    kesepakatan lainnya pada akhir pekan ini." tells two events, one per date.
    """
    at = sentence.find(expression) if expression else -1
    if at < 0:
        return sentence
    bounds = [0]
    for m in _CLAUSE_SPLIT.finditer(sentence):
        if _inside_quote(sentence, m.start()):
            continue
        bounds.append(m.end())
    bounds.append(len(sentence) + 1)
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    index = next(i for i, (s, e) in enumerate(clauses) if s <= at < e)
    first = last = index

    def words(a: int, b: int) -> int:
        return len(_LEADING_CONJUNCTION.sub("", sentence[clauses[a][0] : clauses[b][1]]).split())

    while words(first, last) < MIN_CLAUSE_WORDS and (first > 0 or last < len(clauses) - 1):
        if last < len(clauses) - 1:
            last += 1
        else:
            first -= 1
    text = sentence[clauses[first][0] : clauses[last][1]].strip().rstrip(",;")
    text = _LEADING_CONJUNCTION.sub("", text)
    if text and text[-1] not in ".!?\"”":
        text += "."
    return text[:1].upper() + text[1:]


def _inside_quote(sentence: str, position: int) -> bool:
    before = sentence[:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


SINCE_WORDS = frozenset({"sejak", "semenjak", "since"})
SINCE_MARK = "<since>"
SINCE_REACH = 5  # words before the date: "sejak dimulainya pertempuran pada 27 September"


def predicate_words(sentence: str, expression: str, width: int = 3) -> frozenset[str]:
    """Common (lowercase) content words just before the date expression: what happened then ("meletus sejak")."""
    at = sentence.find(expression) if expression else -1
    if at < 0:
        return frozenset()
    preceding = sentence[:at].split()
    before = [w for w in preceding[-width:] if w[:1].islower()]
    words = content_words(" ".join(before))
    if any(w.lower() in SINCE_WORDS for w in preceding[-SINCE_REACH:]):
        words |= {SINCE_MARK}  # "sejak 27 September": the start of what the story follows, in every outlet
    return words


# ---------------------------------------------------------------------------------------------------- merging


@dataclass
class _Item:
    date: str
    texts: list[tuple[tuple[int, int], str]] = field(default_factory=list)  # (preference, readable text)
    words: list[frozenset[str]] = field(default_factory=list)  # content words of each merged sentence
    predicates: list[frozenset[str]] = field(default_factory=list)  # words just before each date expression
    documents: list[str] = field(default_factory=list)
    order: tuple[int, int] = (0, 0)

    def best_text(self) -> str:
        """The most typical wording (closest to the others), preferring one-date sentences, then shorter ones."""
        if len(self.texts) <= 2:
            return min(self.texts)[1]

        def typicality(k: int) -> float:
            return sum(overlap(self.words[k], w) for j, w in enumerate(self.words) if j != k)

        def score(k: int) -> float:  # typical and short; averaged so that big items weigh length the same
            return typicality(k) / (len(self.texts) - 1) - self.texts[k][0][1] / (2 * MAX_TEXT)

        best = min(range(len(self.texts)), key=lambda k: (self.texts[k][0][0], -round(score(k), 3)))
        return self.texts[best][1]

    def absorb(self, other: _Item) -> None:
        self.texts += other.texts
        self.words += other.words
        self.predicates += other.predicates
        self.documents += [d for d in other.documents if d not in self.documents]

    def same_event(self, words: frozenset[str], predicate: frozenset[str]) -> float:
        """How alike a sentence is to this item: 1 when a predicate word is shared, else whole-sentence overlap."""
        if any(predicate & p for p in self.predicates):
            return 1.0
        return max(overlap(words, w) for w in self.words)


def _date_key(iso: str) -> str:
    """Sort key placing a year before its months and a month before its days: '2020' -> '2020-00-00'."""
    parts = iso.split("-") + ["00", "00"]
    return "-".join(parts[:3])


def chronological(articles: list[Article]) -> list[Article]:
    """Articles by publication date, then id: results do not depend on the order articles arrive in (local or Spark)."""
    return sorted(articles, key=lambda a: (a.published or "9999", a.id))


def originals_and_copies(articles: list[Article]) -> tuple[list[Article], dict[str, list[str]]]:
    """The articles (by date) that are not duplicates of another article present, and each one's duplicate ids."""
    articles = chronological(articles)
    ids = {a.id for a in articles}
    copies: dict[str, list[str]] = {}
    originals = []
    copied: set[str] = set()
    for article in articles:
        target = article.duplicate_of
        if target and target in ids and target != article.id and target not in copied:  # no copy of a copy
            copies.setdefault(target, []).append(article.id)
            copied.add(article.id)
        else:
            originals.append(article)
    return originals, copies


def with_copies(documents: list[str], copies: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for doc in documents:
        for item in (doc, *copies.get(doc, [])):
            if item not in out:
                out.append(item)
    return out


def story_year(articles: list[Article]) -> int | None:
    """The most common publication year of a story's dated articles (completes years for undated ones)."""
    years = Counter(a.published[:4] for a in articles if a.published and a.published[:4].isdigit())
    return int(years.most_common(1)[0][0]) if years else None


def article_events(article: Article, year_hint: int | None) -> list[DatedEvent]:
    """The article's events; an undated article's are recomputed with the story's year to complete '(8/10)'."""
    if article.published or not year_hint or not article.text:
        return list(article.events)
    try:
        from kabar.nlp.timexpr import find_dated_events
    except ImportError:
        return list(article.events)
    return find_dated_events(article.text, None, year_hint=year_hint)


def build_timeline(articles: list[Article], limit: int = MAX_ITEMS) -> list[dict[str, Any]]:
    """Schema timeline[] items {date, text, documents}: one per event, merged across articles, in date order."""
    originals, copies = originals_and_copies(articles)
    hint = story_year(articles)
    items: list[_Item] = []
    by_date: dict[str, list[_Item]] = {}
    for a_index, article in enumerate(originals):
        events = article_events(article, hint)
        dates_per_sentence = Counter(e.start for e in events)
        for e_index, event in enumerate(events):
            if is_furniture(event.text):
                continue
            sentence = event.text
            if dates_per_sentence[event.start] > 1:
                sentence = focus_clause(sentence, event.expression)
            text = readable(sentence, lead=event.start == 0 and sentence == event.text, keep=event.expression)
            words = content_words(text)
            if len(content_words(text.replace(event.expression, " "))) < MIN_EVENT_WORDS:
                continue  # a bare date line ("Rabu, 21 Oktober 2020 | 09:20 WIB") tells no event
            predicate = predicate_words(event.text, event.expression)
            preference = (dates_per_sentence[event.start], len(text))
            same_day = by_date.setdefault(event.date, [])
            matches = [it for it in same_day if it.same_event(words, predicate) >= SAME_EVENT]
            if matches:
                match = matches[0]
                for other in matches[1:]:  # this sentence links items told apart so far: one event
                    match.absorb(other)
                    same_day.remove(other)
                    items.remove(other)
            else:
                match = _Item(date=event.date, order=(a_index, e_index))
                same_day.append(match)
                items.append(match)
            match.words.append(words)
            match.predicates.append(predicate)
            match.texts.append((preference, text))
            if article.id not in match.documents:
                match.documents.append(article.id)
    if len(items) > limit:
        keep = sorted(items, key=lambda it: (-len(it.documents), it.order))[:limit]
        items = [it for it in items if it in keep]
    items.sort(key=lambda it: (_date_key(it.date), -len(it.documents), it.order))
    rank = {a.id: n for n, a in enumerate(originals)}
    return [{"date": it.date, "text": it.best_text(),
             "documents": with_copies(sorted(it.documents, key=rank.__getitem__), copies)} for it in items]
