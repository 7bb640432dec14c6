"""The typed records that flow through kabar's steps.

Every step is a pure function over these records, so the same steps run in the local engine and on Spark.
Records are plain dataclasses that convert to and from dicts (``to_dict``/``from_dict``) for JSON, SQLite and
Parquet.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


class InputError(Exception):
    """A page that cannot be read; carries the source so the CLI can name it in one line."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # picklable, so errors cross process pools and Spark workers
        return (InputError, (self.source, self.reason))


def _from_dict(cls, data: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Page:
    """One raw page as read from an input: decoded text, and whether it is HTML or a plain-text dump."""

    source: str
    raw: str
    kind: str = "text"  # "text" (visible lines, as scrapers dump them) or "html"
    url: str | None = None
    fetched: str | None = None
    encoding: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Page:
        return _from_dict(cls, data)


@dataclass(slots=True)
class LineLabels:
    """How each non-blank raw line (1-based) of a text page was classified."""

    title: int | None = None
    description: int | None = None
    body: list[int] = field(default_factory=list)
    meta: list[int] = field(default_factory=list)
    boilerplate: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Mention:
    """An entity mention: character span into the article text."""

    start: int
    end: int
    text: str
    type: str  # person | organization | location | other
    role: str | None = None  # title preceding a person, e.g. "Menteri Luar Negeri AS"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quote:
    """A quote with its speaker as written in the article (resolved to a canonical name per story later)."""

    text: str
    speaker: str | None
    start: int
    end: int
    kind: str = "direct"  # direct | indirect
    cue: str | None = None  # the verb of saying, e.g. "kata"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Figure:
    """A numeric claim in one article."""

    value: float
    unit: str  # what is counted, normalised, e.g. "tewas", "luka", "rupiah"
    subject: str  # readable description, e.g. "warga sipil tewas"
    qualifier: str | None  # exact | approx | at_least | at_most
    text: str  # the words that state it
    start: int
    end: int
    as_of: str | None = None
    attributed_to: str | None = None
    place: str | None = None
    historical: bool = False  # about an earlier event (e.g. a past war's toll)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class DatedEvent:
    """A sentence of the article anchored to a resolved date."""

    date: str  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    text: str
    start: int
    end: int
    expression: str = ""  # the date words as written

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Article:
    """One extracted article: metadata, clean body, line labels and (after annotation) its mentions etc."""

    id: str
    source: str
    text: str = ""
    url: str | None = None
    language: str | None = None
    title: str | None = None
    description: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_basis: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    translators: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    dateline: str | None = None
    lines: LineLabels | None = None
    body_lines: list[int] = field(default_factory=list)  # raw line number of each paragraph of text
    duplicate_of: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    events: list[DatedEvent] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n") if self.text else []

    def line_of(self, offset: int) -> int | None:
        """The raw line number of the paragraph holding character ``offset`` of ``text``."""
        if not self.body_lines:
            return None
        pos = 0
        for number, para in zip(self.body_lines, self.paragraphs, strict=False):
            pos += len(para) + 1
            if offset < pos:
                return number
        return self.body_lines[-1]

    def document(self) -> dict[str, Any]:
        """The article as a ``documents[]`` item of digest.schema.json."""
        doc = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "title": self.title,
            "description": self.description,
            "outlet": self.outlet,
            "published": self.published,
            "published_basis": self.published_basis,
            "authors": list(self.authors),
            "editors": list(self.editors),
            "translators": list(self.translators),
            "agencies": list(self.agencies),
            "dateline": self.dateline,
            "text": self.text,
            "duplicate_of": self.duplicate_of,
        }
        if self.lines is not None:
            doc["lines"] = self.lines.to_dict()
        return doc

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        data = dict(data)
        if isinstance(data.get("lines"), dict):
            data["lines"] = LineLabels(**data["lines"])
        for key, kind in (("mentions", Mention), ("quotes", Quote), ("figures", Figure), ("events", DatedEvent)):
            data[key] = [x if isinstance(x, kind) else kind(**x) for x in data.get(key) or []]
        return _from_dict(cls, data)


@dataclass(slots=True)
class Story:
    """A group of articles about one event."""

    id: str
    documents: list[str]
    title: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
