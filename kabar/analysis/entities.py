"""Story entities: mentions of one person, organisation or place across a story's articles merged into one record.

Surface forms merge when they are the same name, a surname or given name of a fuller name, a known nickname
(data file gazetteer_aliases.txt), an acronym given in brackets ("Mahkamah Konstitusi (MK)"), or a misspelling
across outlets (rapidfuzz, with safeguards: people with different given names never merge). Reporters, editors
and translators named in bylines, and names that only appear in photo credits, are not story entities.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from rapidfuzz import fuzz

from kabar.data import load_lines
from kabar.nlp.entities import is_abbreviation
from kabar.records import Article, Mention

WORD = re.compile(r"[\w'’]+")  # hyphens split: "Kim Jong-un" ~ "Kim Jong Un"
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z0-9.&-]{1,11})\)")
BRACKETED = re.compile(r"^(.+?)\s*\(([^()]{1,40})\)$")
NAME_PARTICLES = frozenset({"bin", "binti", "van", "von", "der", "de", "da", "di", "al", "el", "dan", "la", "le"})
SURNAME_SIMILARITY = 75  # rapidfuzz ratio between the last names of two people with the same given name
GIVEN_NAME_SIMILARITY = 80  # "Sergei" ~ "Sergey"; short names must be equal ("Joko" vs "Jono")
SINGLE_SIMILARITY = 86  # ratio for one-word forms (surnames alone) and organisation/place names
TRUNCATION_MIN = 4  # "Mike Pomp" may be a caption's truncation of "Mike Pompa"


@cache
def nicknames() -> dict[str, str]:
    """Lowercase nickname or short form -> full name, from gazetteer_aliases.txt and gazetteer_short_forms.txt."""
    out = {}
    for line in load_lines("id/gazetteer_aliases.txt") + load_lines("id/gazetteer_short_forms.txt"):
        if "=" in line:
            short, full = (part.strip() for part in line.split("=", 1))
            out[short.lower()] = full
    return out


@cache
def credit_cues() -> tuple[str, ...]:
    return tuple(cue.lower() for cue in load_lines("id/gazetteer_credit_cues.txt"))


@lru_cache(maxsize=100_000)
def normalize(form: str) -> str:
    """Lowercase, single-spaced, without quotes and a possessive -nya."""
    form = re.sub(r"[\"“”‘’']+$|^[\"“”‘’']+", "", form.strip())
    form = re.sub(r"\s+", " ", form)
    return form.lower()


def in_photo_credit(text: str, start: int, end: int) -> bool:
    """Whether the span sits in a photo credit ("REUTERS/Aziz Karimov", "(Photo credit: X/AFP)", "Foto: X") or a
    byline left in the body ("Pewarta: X")."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 2]
    if before.endswith("/") or after.startswith("/"):
        return True
    segment = before.rsplit("(", 1)[-1] if "(" in before else before.rsplit(". ", 1)[-1].rsplit("\n", 1)[-1]
    low = segment.lower()
    return any(cue in low for cue in credit_cues())


def credited_people(articles: list[Article]) -> set[str]:
    """Normalised names of reporters, editors and translators credited in the articles' metadata."""
    names: set[str] = set()
    for art in articles:
        for name in [*art.authors, *art.editors, *art.translators]:
            if name and name.strip():
                names.add(normalize(name))
    return names


def is_credited(form: str, credited: set[str]) -> bool:
    """A credited staff name, as written or with an initial dropped ("Bayu Pratama" for "M Bayu Pratama")."""
    if normalize(form) in credited:
        return True
    return len(_tokens(form)) > 1 and any(set(_tokens(form)) <= set(_tokens(name)) for name in credited)


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(" \"“'‘(")
    if not before:
        return start <= 12
    return before[-1] in ".!?:\n"


@cache
def _common_words() -> frozenset[str]:
    from kabar.nlp.ner_features import calendar_words, common_words

    return common_words() | calendar_words()


@cache
def _title_phrases() -> frozenset[str]:
    return frozenset(t.lower() for t in load_lines("id/titles.txt"))


def is_junk(mention: Mention, text: str) -> bool:
    """Single common words and sentence-initial capitalised words that are not names, titles, bare numbers."""
    form = mention.text.strip()
    if len(form) < 2 or not any(ch.isupper() for ch in form) or not any(ch.isalpha() for ch in form):
        return True
    low = form.lower()
    if low in _title_phrases():
        return True
    words = form.split()
    if form[:1].islower() and words[0].split("-")[0] not in NAME_PARTICLES:
        return True  # "pasukan Armenia": a description around a name, counted with the name elsewhere
    if len(words) > 1 and all(w.islower() and w not in NAME_PARTICLES for w in words[1:]):
        return True  # "Kementerian luar negeri dari ...": a description, not a name
    if " " not in form and low in _common_words():
        if low in _calendar():
            return True
        return _sentence_initial(text, mention.start) or mention.type == "person" and not form[:1].isupper()
    return False


@cache
def _calendar() -> frozenset[str]:
    from kabar.nlp.ner_features import calendar_words

    return calendar_words()


def split_bracketed(form: str) -> tuple[str, str | None]:
    """"Mahkamah Konstitusi (MK)" -> ("Mahkamah Konstitusi", "MK")."""
    m = BRACKETED.match(form)
    return (m.group(1).strip(), m.group(2).strip()) if m else (form, None)


class _Cluster:
    __slots__ = ("forms", "types", "roles", "documents", "count", "titled", "_name")

    def __init__(self) -> None:
        self.forms: Counter[str] = Counter()
        self.types: Counter[str] = Counter()
        self.roles: Counter[str] = Counter()
        self.documents: dict[str, None] = {}
        self.count = 0
        self.titled: dict[str, None] = {}
        self._name: str | None = None

    @property
    def type(self) -> str:
        return self.types.most_common(1)[0][0]

    def name(self) -> str:
        """The fullest form: most words, then most frequent, then longest."""
        if self._name is None:
            self._name = max(self.forms, key=lambda f: (len(f.split()), self.forms[f], len(f), f))
        return self._name

    def add(self, form: str, kind: str, role: str | None, doc: str, titled: str | None) -> None:
        self.forms[form] += 1
        self.types[kind] += 1
        if role:
            self.roles[role] += 1
        self.documents.setdefault(doc)
        if titled:
            self.titled.setdefault(titled)
        self.count += 1
        self._name = None


@lru_cache(maxsize=100_000)
def _tokens(form: str) -> tuple[str, ...]:
    return tuple(WORD.findall(normalize(form)))


def _same_word(a: str, b: str, threshold: int) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) >= TRUNCATION_MIN and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 2:
        return True
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and fuzz.ratio(a, b) >= threshold


@cache
def _courtesy_words() -> frozenset[str]:
    words = set(load_lines("id/gazetteer_honorifics.txt")) | set(load_lines("id/gazetteer_name_prefixes.txt"))
    return frozenset(w for w in words if " " not in w)


def _without_courtesy(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name words without leading courtesy words ("gus muhdlor" -> "muhdlor"), keeping at least one word."""
    courtesy = _courtesy_words()
    k = 0
    while k < len(tokens) - 1 and tokens[k] in courtesy:
        k += 1
    return tokens[k:]


def same_person(a: str, b: str) -> bool:
    """Whether two person forms name one person: equal, surname/given name of the other, or misspelt.

    Different given names never match ("Joko Widodo" vs "Jono Widodo"; transliterations like "Sergei"/"Sergey"
    do), so two people sharing a surname stay apart unless one form is the bare surname.
    """
    ta, tb = _without_courtesy(_tokens(a)), _without_courtesy(_tokens(b))
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if len(ta) == 1 or len(tb) == 1:
        single, other = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
        if len(ta) == len(tb):
            return _same_word(ta[0], tb[0], SINGLE_SIMILARITY)
        return any(_same_word(single, word, SINGLE_SIMILARITY) for word in other if len(word) > 1)
    first_a, first_b = ta[0], tb[0]
    initials = (len(first_a) == 1 or len(first_b) == 1) and first_a[0] == first_b[0]
    if not initials and not _same_word(first_a, first_b, GIVEN_NAME_SIMILARITY):
        return False
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    # every later word of the shorter form must match a later word of the longer one, surnames misspelt allowed
    return all(any(_same_word(w, v, SURNAME_SIMILARITY) for v in longer[1:]) for w in shorter[1:])


def same_thing(a: str, b: str) -> bool:
    """Organisation or place forms naming one thing: equal apart from case, or a close misspelling."""
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return True
    # word order varies across outlets ("Grup Minsk OSCE", "Group OSCE Minsk")
    return min(len(na), len(nb)) >= 8 and fuzz.token_sort_ratio(na, nb) >= 92


def _collect(articles: list[Article]):
    """(form, type, role, article id, titled form) of every kept mention, and acronym pairs seen in the texts."""
    credited = credited_people(articles)
    acronyms: dict[str, str] = {}
    rows = []
    for art in articles:
        text = art.text or ""
        for m in art.mentions:
            if is_junk(m, text):
                continue
            form, bracket = split_bracketed(m.text.strip())
            if m.type == "person" and (is_credited(form, credited) or in_photo_credit(text, m.start, m.end)):
                continue
            if bracket and is_abbreviation(bracket, form):
                acronyms[normalize(bracket)] = form
            after = ACRONYM_AFTER.match(text, m.end)
            if after and m.type != "person" and is_abbreviation(after.group(1), form):
                acronyms[normalize(after.group(1))] = form
            titled = f"{m.role} {form}" if m.role else None
            rows.append((form, m.type, m.role, art.id, titled))
            if bracket and is_abbreviation(bracket, form):
                rows.append((bracket, m.type, None, art.id, None))
    return rows, acronyms


def _exact_keys(form: str, acronyms: dict[str, str]) -> set[str]:
    """Keys under which a form matches exactly: itself, the full name of a nickname, the name an acronym stands for."""
    nf = normalize(form)
    keys = {nf}
    full = nicknames().get(nf) or acronyms.get(nf)
    if full:
        keys.add(normalize(full))
    return keys


def _prefixes(form: str) -> set[str]:
    return {t[:2] for t in _tokens(form) if len(t) > 1}


def _fuzzy_match(cluster: _Cluster, form: str, kind: str) -> bool:
    if kind == "person" and cluster.type == "person":
        single = len(_tokens(form)) == 1
        return same_person(cluster.name(), form) and all(
            single or len(_tokens(f)) == 1 or same_person(f, form) for f in cluster.forms)
    if kind != "person" and cluster.type != "person":
        return any(same_thing(existing, form) for existing in cluster.forms)
    if kind != "person" and " " not in form:  # a surname mistagged as a place or organisation
        name = _tokens(cluster.name())
        return len(name) > 1 and name[-1] == normalize(form)
    return False


class _Index:
    """Clusters by exact key and by two-letter word prefix, so each form is compared with few clusters."""

    def __init__(self, acronyms: dict[str, str]) -> None:
        self.acronyms = acronyms
        self.clusters: list[_Cluster] = []
        self.exact: dict[str, list[int]] = {}
        self.prefix: dict[str, list[int]] = {}
        self.position: dict[int, int] = {}

    def candidates(self, form: str, kind: str) -> list[_Cluster]:
        exact = sorted({i for key in _exact_keys(form, self.acronyms) for i in self.exact.get(key, ())})
        if exact:
            return [self.clusters[i] for i in exact]
        near = sorted({i for p in _prefixes(form) for i in self.prefix.get(p, ())})
        return [self.clusters[i] for i in near if _fuzzy_match(self.clusters[i], form, kind)]

    def register(self, cluster: _Cluster, form: str) -> None:
        index = self.position.get(id(cluster))
        if index is None:
            self.clusters.append(cluster)
            index = self.position[id(cluster)] = len(self.clusters) - 1
        for key in _exact_keys(form, self.acronyms):
            bucket = self.exact.setdefault(key, [])
            if index not in bucket:
                bucket.append(index)
        for p in _prefixes(form):
            bucket = self.prefix.setdefault(p, [])
            if index not in bucket:
                bucket.append(index)


def merge_entities(articles: list[Article]) -> list[dict[str, Any]]:
    """Entities of a story (schema stories[].entities items plus internal "_forms"), most mentioned first."""
    rows, acronyms = _collect(articles)
    by_form: dict[tuple[str, str], list[tuple]] = {}
    for row in rows:
        by_form.setdefault((row[0], row[1]), []).append(row)
    # fullest forms first, so surnames and nicknames attach to a full name when there is one
    order = sorted(by_form, key=lambda k: (-len(_tokens(k[0])), -len(by_form[k]), k[0], k[1]))
    index = _Index(acronyms)
    for form, kind in order:
        candidates = index.candidates(form, kind)
        if kind == "person" and len(_tokens(form)) == 1:
            people = {c.name() for c in candidates if c.type == "person"}
            if len(people) > 1:  # an ambiguous surname ("Widodo" with two Widodos) is left on its own
                candidates = [c for c in candidates if normalize(c.name()) == normalize(form)]
        cluster = candidates[0] if candidates else _Cluster()
        for row in by_form[(form, kind)]:
            cluster.add(*row)
        index.register(cluster, form)
    doc_order = {art.id: i for i, art in enumerate(articles)}
    entities = [_record(c, doc_order) for c in index.clusters]
    entities.sort(key=lambda e: (-e["mentions"], e["name"]))
    return entities


def _record(cluster: _Cluster, doc_order: dict[str, int]) -> dict[str, Any]:
    name = cluster.name()
    role = None
    if cluster.roles:
        role = max(cluster.roles, key=lambda r: (cluster.roles[r], len(r), r))
    aliases = []
    for form in sorted(cluster.forms, key=lambda f: (-cluster.forms[f], f)):
        if form != name and form not in aliases:
            aliases.append(form)
    aliases += [t for t in cluster.titled if t not in aliases and t != name]
    forms = [name, *aliases]
    return {
        "name": name,
        "type": cluster.type,
        "role": role,
        "aliases": aliases,
        "mentions": cluster.count,
        "documents": sorted(cluster.documents, key=lambda d: doc_order.get(d, 0)),
        "_forms": forms,
        "_roles": sorted(cluster.roles),
    }


def canonical_resolver(entities: list[dict[str, Any]]) -> Callable[[str], str | None]:
    """A function mapping a surface form (full name, surname, misspelling, titled form) to its entity's name."""
    exact: dict[str, str] = {}
    people: list[tuple[str, list[str]]] = []
    others: list[tuple[str, list[str]]] = []
    by_role: dict[str, set[str]] = {}
    for ent in entities:
        if ent.get("type") == "person":
            for role in {ent.get("role"), *ent.get("_roles", [])} - {None, ""}:
                by_role.setdefault(normalize(role), set()).add(ent["name"])
    for ent in entities:
        forms = [ent["name"], *ent.get("aliases", []), *ent.get("_forms", [])]
        for form in forms:
            exact.setdefault(normalize(form), ent["name"])
        (people if ent.get("type") == "person" else others).append((ent["name"], forms))

    def resolve(surface: str) -> str | None:
        if not surface or not surface.strip():
            return None
        key = normalize(surface)
        if key in exact:
            return exact[key]
        # "Presiden Rusia" when one person of the story has that role; a bare "Presiden" is too vague
        if " " in key and len(by_role.get(key, ())) == 1:
            return next(iter(by_role[key]))
        name = strip_title(surface)
        if not name:
            return None
        if normalize(name) in exact:
            return exact[normalize(name)]
        full = nicknames().get(normalize(name))
        if full and normalize(full) in exact:
            return exact[normalize(full)]
        hits = {canon for canon, forms in people if any(same_person(f, name) for f in forms if " " in f or
                                                                              " " not in name)}
        if len(hits) == 1:
            return hits.pop()
        hits = {canon for canon, forms in others if any(same_thing(f, name) for f in forms)}
        return hits.pop() if len(hits) == 1 else None

    return resolve


def strip_title(surface: str) -> str:
    """The name without a leading title or role: "Menlu Singapura Vivian Balakrishnan" -> "Vivian Balakrishnan".

    A title with only a place or institution after it ("Presiden Rusia") gives "".
    """
    from kabar.nlp.entities import leading_title_length
    from kabar.nlp.ner_features import tokenize

    spans = tokenize(surface)
    words = [surface[s:e] for s, e in spans]
    if len(words) < 2:
        return surface.strip()
    cut = leading_title_length(words)
    if cut == 0:
        return surface.strip()
    # after the title, skip a place or institution qualifier: "Menlu Singapura Vivian Balakrishnan"
    k = cut
    while k < len(words) - 1:
        if words[k] in {",", "(", ")"}:
            k += 1
            continue
        end = _qualifier_end(words, k)
        if end is None or end >= len(words):
            break
        k = end
    if _qualifier_end(words, k) == len(words):
        return ""  # only a title and a place or institution: "Presiden Rusia" names no one by name
    return surface[spans[k][0] :].strip()


def _qualifier_end(words: list[str], k: int) -> int | None:
    """End of a place or organisation name starting at words[k], if one does."""
    from kabar.nlp.ner_features import phrase_matches

    for key in ("LOC", "ORG"):
        found = phrase_matches(words[k:], key)
        if found and found[0][0] == 0:
            return k + found[0][1]
    return None
