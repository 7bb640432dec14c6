"""The SQLite store: pages (every version), articles with their annotations and grouping features, stories,
memberships, briefings and an FTS5 index. Reads for the CLI and the web page; writes for ``kabar.store.ingest``."""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from typing import Any

from kabar.records import Article
from kabar.store import StoreError
from kabar.store.schema import migrate

_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def page_hash(raw: str, kind: str, url: str | None) -> str:
    """Identity of a page's content: the same page read twice has the same hash."""
    return hashlib.sha1(f"{kind}\x00{url or ''}\x00{raw}".encode()).hexdigest()


def fts_query(text: str) -> str | None:
    """A user's words as a safe FTS5 query (every word quoted, all required); None when there are no words.

    Hand-written because FTS5 has no "plain text" query mode: quoting each word is the documented way to keep
    operators, quotes and parentheses typed by a user from being parsed as FTS syntax.
    """
    words = _FTS_WORD.findall(text or "")
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


class Store:
    """One SQLite file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: str, create: bool = True):
        self.path = str(path)
        if not create and (self.path == ":memory:" or not os.path.exists(self.path)):
            raise StoreError(f"no database at {self.path}: run kabar ingest first")
        try:
            self.conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process never loses a commit
            self.conn.execute("PRAGMA foreign_keys=ON")
            if create:
                migrate(self.conn)
            else:
                self._check_version()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path} is not a kabar database ({err})") from err

    def _check_version(self) -> None:
        from kabar.store.schema import LATEST

        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            raise StoreError(f"{self.path} is not a kabar database: run kabar ingest first")
        if version > LATEST:
            raise StoreError(f"database schema version {version} is newer than this kabar supports ({LATEST})")
        if version < LATEST:
            migrate(self.conn)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "conn", None) is not None:
            self.conn.close()
            self.conn = None

    # ---- meta -------------------------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        if value is None:
            self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = ?",
                              (key, value, value))

    # ---- reads ------------------------------------------------------------------------------------------------

    def list_stories(self, outlet: str | None = None, since: str | None = None, until: str | None = None,
                     query: str | None = None) -> list[dict[str, Any]]:
        """Stories newest first: {id, title, size, outlets, first, last}; filters combine."""
        sql = "SELECT id, title, size, outlets, first, last FROM stories WHERE 1 = 1"
        args: list[Any] = []
        if outlet:
            sql += " AND EXISTS (SELECT 1 FROM json_each(stories.outlets) WHERE lower(json_each.value) = lower(?))"
            args.append(outlet)
        if since:
            sql += " AND last >= ?"
            args.append(since)
        if until:
            sql += " AND first <= ?"
            args.append(until if len(until) > 10 else until + "T99")
        if query:
            match = fts_query(query)
            if match is None:
                return []
            sql += (" AND id IN (SELECT a.story_id FROM articles_fts f JOIN articles a ON a.id = f.article_id"
                    " WHERE articles_fts MATCH ?)")
            args.append(match)
        sql += " ORDER BY coalesce(last, '') DESC, id"
        try:
            rows = self.conn.execute(sql, args).fetchall()
        except sqlite3.OperationalError:
            return []
        return [{"id": r["id"], "title": r["title"], "size": r["size"], "outlets": json.loads(r["outlets"]),
                 "first": r["first"], "last": r["last"]} for r in rows]

    def _documents(self, where: str, args: tuple) -> list[dict[str, Any]]:
        rows = self.conn.execute(f"SELECT document, duplicate_of FROM articles WHERE {where}", args).fetchall()
        docs = []
        for r in rows:
            article = Article.from_dict(json.loads(r["document"]))
            article.duplicate_of = r["duplicate_of"]
            docs.append(article.document())
        return docs

    def story_articles(self, story_id: str) -> list[Article]:
        """The story's articles in story order, with their annotations."""
        rows = self.conn.execute(
            "SELECT a.document, a.duplicate_of FROM story_members m JOIN articles a ON a.id = m.article_id"
            " WHERE m.story_id = ? ORDER BY m.position", (story_id,)).fetchall()
        out = []
        for r in rows:
            article = Article.from_dict(json.loads(r["document"]))
            article.duplicate_of = r["duplicate_of"]
            out.append(article)
        return out

    def story_digest(self, story_id: str) -> dict[str, Any] | None:
        """A digest document holding one story: its documents and its briefing."""
        row = self.conn.execute("SELECT id, title, briefing FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        articles = self.story_articles(story_id)
        briefing = json.loads(row["briefing"]) if row["briefing"] else _empty_briefing(row["id"], row["title"], articles)
        return {"generator": _generator(), "documents": [a.document() for a in articles], "stories": [briefing]}

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """A documents[] item plus 'raw' (the page text), 'kind' and 'story'."""
        row = self.conn.execute(
            "SELECT a.document, a.duplicate_of, a.story_id, p.raw, p.kind FROM articles a JOIN pages p ON p.id = a.page_id"
            " WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        article = Article.from_dict(json.loads(row["document"]))
        article.duplicate_of = row["duplicate_of"]
        doc = article.document()
        doc.update(raw=row["raw"], kind=row["kind"], story=row["story_id"])
        return doc

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text hits, best first: {id, title, outlet, published, snippet, story}. Never raises on odd input."""
        match = fts_query(query)
        if match is None:
            return []
        sql = ("SELECT f.article_id AS id, a.title, a.outlet, a.published, a.story_id AS story,"
               " snippet(articles_fts, 2, '[', ']', '…', 16) AS snippet"
               " FROM articles_fts f JOIN articles a ON a.id = f.article_id WHERE articles_fts MATCH ?"
               " ORDER BY bm25(articles_fts, 0.0, 5.0, 1.0), f.article_id LIMIT ?")
        try:
            rows = self.conn.execute(sql, (match, max(1, int(limit)))).fetchall()
        except sqlite3.OperationalError:
            return []
        return [dict(r) for r in rows]

    def digest(self) -> dict[str, Any]:
        """The whole store as one digest document (active articles, every story's briefing)."""
        documents = self._documents("active = 1 ORDER BY id", ())
        stories = []
        for row in self.conn.execute("SELECT id, title, briefing FROM stories ORDER BY id").fetchall():
            if row["briefing"]:
                stories.append(json.loads(row["briefing"]))
            else:
                stories.append(_empty_briefing(row["id"], row["title"], self.story_articles(row["id"])))
        return {"generator": _generator(), "documents": documents, "stories": stories}

    def counts(self) -> dict[str, int]:
        one = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {"pages": one("SELECT count(*) FROM pages"), "articles": one("SELECT count(*) FROM articles WHERE active = 1"),
                "stories": one("SELECT count(*) FROM stories"),
                "duplicates": one("SELECT count(*) FROM articles WHERE active = 1 AND duplicate_of IS NOT NULL")}


def _generator() -> dict[str, Any]:
    from kabar import __version__

    return {"name": "kabar", "version": __version__, "settings": {"engine": "store"}}


def _empty_briefing(story_id: str, title: str, articles: list[Article]) -> dict[str, Any]:
    return {"id": story_id, "title": title, "documents": [a.id for a in articles], "summary": [], "timeline": [],
            "claims": [], "quotes": [], "entities": []}
