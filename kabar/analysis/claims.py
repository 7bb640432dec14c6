"""Figures compared across a story's articles: the same quantity aligned, then 'agree', 'conflict' or 'single'.

Alignment: figures of two articles are paired one to one when they count the same thing (unit, group, side words,
both-sides, place) around the same time; pairs sharing side or source words go first, so that "36 warga sipil" (one
side's capital) pairs with "37 warga sipil" (the same side's region) once "63 warga sipil" (the other side) has
paired with "61 warga sipil" of that side. Pairs are joined across all articles. A group whose values are compatible
agrees; values from different outlets that cannot both be true at the same time (±1 day) conflict; otherwise the
group is split (different times, one article stating both values - they count different things -, one outlet's later
article, or a count that grew over hours between two publication times). Past tolls and one incident's toll are
never aligned; a vague amount ("puluhan") only with the same vague word."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cache
from typing import Any

from kabar.records import Article, Figure

PAST_EVENT = "peristiwa lampau"  # marks the subject of an earlier event's toll
MATCH_DAYS = 7  # values further apart in time are never the same quantity
CONFLICT_DAYS = 1  # incompatible values this close in time conflict
LOOSE_GROUPS = {"people", "civilians"}  # "12 orang tewas" and "12 warga tewas" may be one count
NOT_PERSONS = {"buildings", "places", "families"}
UPDATE_HOURS = 6  # a larger count published this much later is a rising toll
MAX_CONFLICT_RATIO = 2.0  # incompatible values further apart than this are taken to count different things


@dataclass(slots=True)
class _Item:
    """One value of one article (a figure, or several equal figures of the article merged)."""

    doc: str
    figure: Figure
    group: str
    sides: frozenset[str]
    sources: frozenset[str]
    both_sides: bool
    low: float
    high: float
    alignable: bool
    day: date | None
    outlet: str | None = None
    vague: bool = False  # "puluhan": pairs only with the same vague word
    stamp: datetime | None = None  # publication time, when the figure is as of the publication day
    figures: list[Figure] = field(default_factory=list)


@cache
def _non_side_words() -> frozenset[str]:
    from kabar.data import load_json

    return frozenset(w.lower() for w in load_json("id/counted.json")["non_side_words"])


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso and len(iso) >= 10 else None
    except ValueError:
        return None


def value_range(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a stated number allows: 'lebih dari 700' -> [700, 1050], 'hampir 5.000' -> [4000, 5000]."""
    if qualifier == "at_least":
        return value, max(value * 1.5, value + 10)
    if qualifier == "at_most":
        return min(value * 0.8, value - 1), value
    if qualifier == "approx":
        return value * 0.85, value * 1.15
    return value, value


def _source_words(attributed_to: str | None) -> frozenset[str]:
    if not attributed_to:
        return frozenset()
    return frozenset(w for w in attributed_to.replace(",", " ").split()
                     if w[:1].isupper() and w.lower() not in _non_side_words())


def _items_of(article: Article) -> list[_Item]:
    """The article's figures with their alignment features, equal values of one quantity merged."""
    from kabar.nlp.figures import profiles_of

    profiles = {}
    try:
        found = profiles_of(article.text, article.published, article.figures)
        profiles = {(p.figure.start, p.figure.end): p for p in found}
    except Exception:  # features are a refinement; a figure without them is still listed
        profiles = {}
    items: list[_Item] = []
    for fig in sorted(article.figures, key=lambda f: (f.start, f.end)):
        prof = profiles.get((fig.start, fig.end))
        if fig.attributed_to is None:  # a figure inside a quote is its speaker's
            speaker = next((q.speaker for q in article.quotes if q.start <= fig.start < q.end and q.speaker), None)
            if speaker:
                fig = replace(fig, attributed_to=speaker)
        low, high = value_range(fig.value, fig.qualifier)
        vague = False
        if prof is not None and prof.vague:
            low, high, vague = prof.low, prof.high, True
        group = (prof.group if prof else None) or ("money:" + fig.subject if fig.unit == "money" else "people")
        item = _Item(
            doc=article.id, figure=fig, group=group,
            sides=frozenset(prof.sides) if prof else frozenset(),
            sources=_source_words(fig.attributed_to), both_sides=bool(prof and prof.both_sides),
            low=low, high=high, day=_day(fig.as_of), figures=[fig], outlet=article.outlet,
            stamp=_stamp(article.published) if fig.as_of and fig.as_of == (article.published or "")[:10] else None,
            alignable=not (fig.historical or (prof is not None and prof.scoped)), vague=vague,
        )
        twin = next((x for x in items if _same_in_article(x, item)), None)
        if twin:
            twin.figures.append(fig)
        else:
            items.append(item)
    return items


def _same_in_article(a: _Item, b: _Item) -> bool:
    fa, fb = a.figure, b.figure
    return (fa.unit, fa.value, fa.qualifier, a.group, a.sides, a.alignable, fa.historical) == \
        (fb.unit, fb.value, fb.qualifier, b.group, b.sides, b.alignable, fb.historical)


def _compatible(a: _Item, b: _Item) -> bool:
    return a.low <= b.high and b.low <= a.high


def _ratio(a: _Item, b: _Item) -> float:
    x, y = max(a.figure.value, 1e-9), max(b.figure.value, 1e-9)
    return max(x, y) / min(x, y)


def _same_place(a: str, b: str) -> bool:
    """'Manado' and 'Manado Sulawesi Utara' are one place; 'Bogor' and 'Bekasi' are not."""
    wa, wb = a.split(), b.split()
    return wa[: len(wb)] == wb[: len(wa)]


def _pair_score(a: _Item, b: _Item) -> tuple | None:
    """How well two items of different articles fit as one quantity (None: they cannot be the same)."""
    if not (a.alignable and b.alignable) or a.figure.unit != b.figure.unit:
        return None
    if (a.vague or b.vague) and (a.low, a.high, a.vague) != (b.low, b.high, b.vague):
        return None
    if a.group != b.group and {a.group, b.group} != LOOSE_GROUPS:
        generic = "people" in (a.group, b.group) and not ({a.group, b.group} & NOT_PERSONS)
        sums = a.figure.unit == "money" and a.figure.value == b.figure.value
        if not ((generic and _compatible(a, b)) or sums):
            return None  # "12 orang" may be "12 penumpang", "dana Rp1,5 triliun" may be "anggaran Rp1,5 triliun",
            # but they never conflict
    if a.both_sides != b.both_sides:
        return None
    if a.sides and b.sides and not (a.sides & b.sides):
        return None
    if a.figure.place and b.figure.place and not _same_place(a.figure.place, b.figure.place):
        return None
    if a.day and b.day and abs((a.day - b.day).days) > MATCH_DAYS:
        return None
    compatible = _compatible(a, b)
    if not compatible and _ratio(a, b) > MAX_CONFLICT_RATIO:
        return None
    shared = len((a.sides | a.sources) & (b.sides | b.sources))
    return (shared, a.group == b.group, compatible, -abs(math.log(_ratio(a, b))), a.figure.start, b.figure.start)


def _find(parent: dict[int, int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _link(items: list[_Item]) -> list[list[_Item]]:
    """Groups of items that are one quantity: one-to-one pairing per article pair, joined across pairs."""
    parent = {i: i for i in range(len(items))}
    docs = sorted({it.doc for it in items})
    by_doc = {d: [i for i, it in enumerate(items) if it.doc == d] for d in docs}
    for x, da in enumerate(docs):
        for db in docs[x + 1:]:
            candidates = []
            for i in by_doc[da]:
                for j in by_doc[db]:
                    score = _pair_score(items[i], items[j])
                    if score is not None:
                        candidates.append((score, i, j))
            used_a: set[int] = set()
            used_b: set[int] = set()
            for _, i, j in sorted(candidates, key=lambda c: c[0], reverse=True):
                if i in used_a or j in used_b:
                    continue
                used_a.add(i)
                used_b.add(j)
                parent[_find(parent, i)] = _find(parent, j)
    groups: dict[int, list[_Item]] = {}
    for i, it in enumerate(items):
        groups.setdefault(_find(parent, i), []).append(it)
    return list(groups.values())


def _value_entries(items: list[_Item]) -> list[dict[str, Any]]:
    """Values of a claim: equal values (and qualifiers) from several articles merge into one entry."""
    entries: dict[tuple, dict[str, Any]] = {}
    for it in sorted(items, key=lambda x: (x.figure.value, x.doc, x.figure.start)):
        fig = it.figure
        key = (fig.value, fig.qualifier)
        entry = entries.get(key)
        if entry is None:
            entries[key] = {"value": fig.value, "qualifier": fig.qualifier, "text": fig.text, "as_of": fig.as_of,
                            "attributed_to": fig.attributed_to, "documents": [it.doc]}
        else:
            if it.doc not in entry["documents"]:
                entry["documents"].append(it.doc)
            entry["attributed_to"] = entry["attributed_to"] or fig.attributed_to
            if fig.as_of and (entry["as_of"] is None or fig.as_of < entry["as_of"]):
                entry["as_of"] = fig.as_of
    return list(entries.values())


def _split_compatible(items: list[_Item]) -> list[list[_Item]]:
    """Items partitioned into runs of mutually compatible values."""
    parts: list[list[_Item]] = []
    for it in sorted(items, key=lambda x: (x.low, x.high, x.doc)):
        home = next((p for p in parts if all(_compatible(it, q) for q in p)), None)
        if home is None:
            parts.append([it])
        else:
            home.append(it)
    return parts


def _conflicting(parts: list[list[_Item]]) -> bool:
    """Two incompatible parts stated by different articles at the same time."""
    for x, pa in enumerate(parts):
        for pb in parts[x + 1:]:
            if {i.doc for i in pa} & {i.doc for i in pb}:
                continue  # one article states both: they count different things
            for a in pa:
                for b in pb:
                    if a.outlet and a.outlet == b.outlet:
                        continue  # one outlet's later article updates its earlier one
                    if _rising_update(a, b) or _rising_update(b, a):
                        continue
                    if a.day and b.day and abs((a.day - b.day).days) <= CONFLICT_DAYS:
                        return True
    return False


def _stamp(published: str | None) -> datetime | None:
    """The publication time when it has one ('2020-10-21T09:20+07:00'), else None."""
    if not published or "T" not in published:
        return None
    try:
        stamp = datetime.fromisoformat(published)
    except ValueError:
        return None
    return stamp if stamp.tzinfo else None


def _rising_update(earlier: _Item, later: _Item) -> bool:
    """A count that grows over hours ("5 tewas" in the morning, "7 tewas" at night) is an update, not a conflict."""
    if not (earlier.stamp and later.stamp) or earlier.figure.unit == "money":
        return False
    hours = (later.stamp - earlier.stamp).total_seconds() / 3600
    return hours >= UPDATE_HOURS and later.figure.value > earlier.figure.value


def _subject(items: list[_Item]) -> str:
    """The most specific subject of a claim: with side words if any, else the most frequent."""
    subjects = [it.figure.subject for it in items]
    with_side = [it.figure.subject for it in items if it.sides]
    pool = with_side or subjects
    return max(sorted(set(pool)), key=pool.count)


def _claim(items: list[_Item], status: str | None = None) -> dict[str, Any]:
    docs = {it.doc for it in items}
    if status is None:
        status = "agree" if len(docs) > 1 else "single"
    subject = _subject(items)
    if all(it.figure.historical for it in items):
        subject += f" ({PAST_EVENT})"
    return {"subject": subject, "status": status, "values": _value_entries(items)}


STATUS_ORDER = {"conflict": 0, "agree": 1, "single": 2}


def compare_figures(articles: list[Article]) -> list[dict[str, Any]]:
    """The story's claims[] (digest.schema.json): each quantity with its values, sources and agreement."""
    items: list[_Item] = []
    for article in sorted(articles, key=lambda a: a.id):
        if article.duplicate_of or not article.figures:
            continue  # a duplicate page repeats its original; it is not a second outlet
        items.extend(_items_of(article))
    claims: list[dict[str, Any]] = []
    for group in _link(items):
        parts = _split_compatible(group)
        if len(parts) > 1 and _conflicting(parts):
            claims.append(_claim(group, "conflict"))
        else:
            claims.extend(_claim(part) for part in parts)
    claims.sort(key=lambda c: (STATUS_ORDER[c["status"]], c["subject"], c["values"][0]["value"],
                               c["values"][0]["documents"]))
    return claims
