"""Per-article features for duplicates and stories: weighted terms, a MinHash signature, a body hash, a day number.

``article_features`` is pure and needs nothing but the article, so an engine can compute it where the article is
(a process pool, a Spark partition) and store it next to the article (the SQLite store keeps it as JSON).
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from kabar.data import load_json, load_lines
from kabar.records import Article

NUM_PERM = 128  # MinHash permutations: 128 keep the containment estimate within about +-0.05
SHINGLE = 5  # words per shingle for near-duplicate detection
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\w])|(?<![\w.,/])\d+(?![\w/])")
_WORD = re.compile(r"\w+", re.UNICODE)  # hyphenated names split: "Timor-Leste" and "Leste" share a term
_SENTENCE_END = set(".!?:\"'“”\n")
_SUFFIXES = ("nya", "lah", "kah")  # Indonesian clitics; a light strip instead of Sastrawi, which is too slow here
_DOMAIN_PARTS = {"com", "net", "org", "www", "co", "id", "or", "go", "tv"}
TITLE_BOOST = 2.0
ENTITY_BOOST = 2.0
KEEP_NAMES = 40  # name terms stored per article, most frequent first
KEEP_TERMS = 100  # terms stored per article (most frequent, then longest): bounds memory at 100,000 articles


@cache
def stopwords() -> frozenset[str]:
    """Function words and news-register words, plus the names of outlets and agencies: every article of an outlet
    names it, and many unrelated articles cite AFP or Reuters, so those names say nothing about the event."""
    words = set(load_lines("id/stopwords_stories.txt"))
    return frozenset(words | _source_words())


@cache
def generic_name_words() -> frozenset[str]:
    """Capitalised words that are not names of their own: titles ('Gubernur', 'Kepala'), place nouns ('Desa',
    'Sungai') and organisation heads ('Kementerian', 'Polres'). They stay terms but are not counted as names."""
    words: set[str] = set()
    for name in ("id/titles.txt", "id/gazetteer_place_nouns.txt", "id/gazetteer_org_heads.txt"):
        try:
            words.update(w.lower() for w in load_lines(name) if " " not in w.strip())
        except FileNotFoundError:  # the entity engineer's lists are optional here
            continue
    return frozenset(words)


def _source_words() -> set[str]:
    words: set[str] = set()
    try:
        outlets = load_json("id/outlets.json").get("outlets", [])
        names = [o.get("name", "") for o in outlets] + [c for o in outlets for c in o.get("cues", []) if " " not in c]
        for line in load_lines("id/agencies.txt"):
            names += [alias.strip() for alias in line.split("|")]
    except (FileNotFoundError, ValueError, AttributeError):  # the metadata data files are optional here
        return words
    for name in names:
        # only one-word names ('Kompas.com', 'Reuters'): the parts of longer ones are places or ordinary words
        parts = [w for w in re.findall(r"\w+", name.lower()) if w not in _DOMAIN_PARTS]
        if len(parts) == 1 and len(parts[0]) >= 3:
            words.add(parts[0])
    return words - set(load_lines("id/stories_keep_words.txt"))


@dataclass(slots=True)
class Features:
    """What grouping needs of one article; ``vector`` is filled by ``weigh_features`` once corpus IDF is known."""

    id: str
    published: str | None = None
    day: int | None = None  # days since 1970-01-01 of the publication date
    outlet: str | None = None
    title: str = ""
    terms: dict[str, float] = field(default_factory=dict)  # boosted term counts
    names: list[str] = field(default_factory=list)  # names (capitalised inside a sentence) and '#numbers'
    body_hash: str = ""
    minhash: bytes = b""  # NUM_PERM little-endian uint32
    shingles: int = 0  # distinct shingles in the body
    vector: dict[str, float] | None = None
    specific: dict[str, float] | None = None  # names and numbers with their IDF, set by weigh_features
    specific_total: float = 0.0

    def to_dict(self) -> dict:
        return {"id": self.id, "published": self.published, "day": self.day, "outlet": self.outlet,
                "title": self.title, "terms": self.terms, "names": self.names, "body_hash": self.body_hash,
                "minhash": self.minhash.hex(), "shingles": self.shingles}

    @classmethod
    def from_dict(cls, data: dict) -> Features:
        terms = {sys.intern(k): v for k, v in (data.get("terms") or {}).items()}
        return cls(id=data["id"], published=data.get("published"), day=data.get("day"), outlet=data.get("outlet"),
                   title=data.get("title") or "", terms=terms,
                   names=[sys.intern(n) for n in data.get("names") or []], body_hash=data.get("body_hash") or "",
                   minhash=bytes.fromhex(data.get("minhash") or ""), shingles=int(data.get("shingles") or 0))


def day_number(published: str | None) -> int | None:
    """Days since the epoch of an ISO date ('YYYY-MM-DD...'); None when there is no full date."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal() - 719163
    except ValueError:
        return None


@lru_cache(maxsize=262_144)
def normalise_term(word: str) -> str | None:
    """Lowercase content term, clitics stripped; None for stop words, numbers and one- or two-letter tokens.

    Memoised: a pure function of the word, asked for every word of every article (~100 distinct words per 1,000).
    """
    w = word.lower()
    if w.isdigit() or len(w) < 3 or w in stopwords():
        return None
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    if w in stopwords() or any(ch.isdigit() for ch in w[:1]):
        return None
    return sys.intern(w)


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t(":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def term_counts(title: str, text: str, entity_words: set[str] | None = None,
                names: dict[str, int] | None = None) -> dict[str, float]:
    """Boosted counts: a capitalised word inside a sentence (a name) and every title word count double.
    Name terms are also counted into ``names`` when given."""
    counts: dict[str, float] = {}
    for m in _WORD.finditer(text):
        word = m.group()
        term = normalise_term(word)
        if term is None:
            continue
        is_name = (word[0].isupper() and not _sentence_initial(text, m.start())) or (
            entity_words is not None and term in entity_words)
        counts[term] = counts.get(term, 0.0) + (ENTITY_BOOST if is_name else 1.0)
        if is_name and names is not None and term not in generic_name_words():
            names[term] = names.get(term, 0) + 1
    for word in _WORD.findall(title or ""):
        term = normalise_term(word)
        if term is not None:
            counts[term] = counts.get(term, 0.0) + TITLE_BOOST
    if len(counts) > KEEP_TERMS:
        kept = sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[:KEEP_TERMS]
        counts = dict(kept)
    return counts


def number_terms(text: str) -> list[str]:
    """Figures that identify an event ('#175', '#5000'): not days of the month, not years."""
    out = []
    for m in _NUMBER.finditer(text):
        digits = m.group().replace(".", "").replace(",", "")
        if not digits.isdigit() or len(digits) > 12:
            continue
        value = int(digits)
        if value <= 31 or 1900 <= value <= 2100:
            continue
        out.append("#" + str(value))
    return out


def body_hash(text: str) -> str:
    """Hash of the body with case, spacing and punctuation ignored: equal for exact copies."""
    return hashlib.sha1(" ".join(_WORD.findall(text.lower())).encode("utf-8")).hexdigest()[:20]


@cache
def _minhash_permutations():
    """The permutations of MinHash(NUM_PERM, seed=1), drawn once per process instead of once per article."""
    from datasketch import MinHash

    template = MinHash(num_perm=NUM_PERM, seed=1)
    return {"permutations": template.permutations, "scheme": template.scheme}


def minhash_signature(text: str) -> tuple[bytes, int]:
    """MinHash (datasketch, 128 permutations, fixed seed) of the body's word 5-shingles, and how many distinct
    shingles there are. Measured: datasketch's update_batch (3.4 ms per 500-word article) beat a numpy version
    written here (4.0 ms), so the library it is."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    if not words:
        return b"", 0
    k = min(SHINGLE, len(words))
    shingles = {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}
    sketch = MinHash(num_perm=NUM_PERM, seed=1, **_minhash_permutations())
    sketch.update_batch(list(shingles))
    return sketch.hashvalues.astype("<u4").tobytes(), len(shingles)


def article_features(article: Article) -> Features:
    """Features of one article (pure; no corpus statistics)."""
    entity_words = None
    if article.mentions:
        entity_words = set()
        for mention in article.mentions:
            for word in _WORD.findall(mention.text):
                term = normalise_term(word)
                if term:
                    entity_words.add(term)
    signature, n_shingles = minhash_signature(article.text)
    names: dict[str, int] = {}
    terms = term_counts(article.title or "", article.text, entity_words, names)
    for number in number_terms(article.text):
        names[number] = names.get(number, 0) + 1
    return Features(
        id=article.id,
        published=article.published,
        day=day_number(article.published),
        outlet=article.outlet,
        title=(article.title or article.text[:120]).strip(),
        terms=terms,
        names=[t for t, _ in sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[:KEEP_NAMES]],
        body_hash=body_hash(article.text) if article.text.strip() else "",
        minhash=signature,
        shingles=n_shingles,
    )


# ---- corpus statistics -------------------------------------------------------------------------------------------

BACKGROUND_DOCS = 1000  # a prior corpus so that IDF over a handful of pages does not punish their shared topic
BACKGROUND_RATE = 0.01  # ... in which a content word is assumed to appear in 1% of documents
TOP_TERMS = 50  # terms kept per vector: the rest is noise and memory


def counted_terms(f: Features) -> set[str]:
    """The terms an article adds to document frequencies: its words and its names and figures."""
    return set(f.terms) | set(f.names)


def document_frequencies(features: list[Features]) -> dict[str, int]:
    df: dict[str, int] = {}
    for f in features:
        for term in counted_terms(f):
            df[term] = df.get(term, 0) + 1
    return df


def idf_table(df: dict[str, int], n_docs: int) -> dict[str, float]:
    """Smoothed IDF with a background prior (see BACKGROUND_DOCS)."""
    total = n_docs + BACKGROUND_DOCS
    prior = BACKGROUND_DOCS * BACKGROUND_RATE
    return {t: math.log(total / (d + prior)) for t, d in df.items()}


def weigh_features(f: Features, idf: dict[str, float], default_idf: float | None = None) -> dict[str, float]:
    """Sublinear TF-IDF vector of the top terms, L2-normalised; stored on ``f.vector`` and returned."""
    fallback = default_idf if default_idf is not None else math.log((BACKGROUND_DOCS + 1) / (BACKGROUND_DOCS * BACKGROUND_RATE))
    weights = {t: (1.0 + math.log(c)) * idf.get(t, fallback) for t, c in f.terms.items() if c > 0}
    top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    f.vector = {t: w / norm for t, w in top}
    f.specific = {t: idf.get(t, fallback) for t in f.names}
    f.specific_total = sum(f.specific.values())
    return f.vector
