"""The store's schema as numbered migrations; ``PRAGMA user_version`` holds the newest applied one."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "pages, articles, stories, memberships, briefings, full-text index", """
CREATE TABLE IF NOT EXISTS migrations (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied TEXT NOT NULL
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE pages (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  version INTEGER NOT NULL,
  hash TEXT NOT NULL,
  kind TEXT NOT NULL,
  url TEXT,
  raw TEXT NOT NULL,
  article_id TEXT NOT NULL,
  current INTEGER NOT NULL DEFAULT 1,
  UNIQUE (source, version)
);
CREATE INDEX pages_source ON pages (source, current);
CREATE INDEX pages_article ON pages (article_id);
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages (id),
  active INTEGER NOT NULL DEFAULT 1,
  published TEXT,
  outlet TEXT,
  title TEXT,
  document TEXT NOT NULL,
  features TEXT NOT NULL,
  duplicate_of TEXT,
  story_id TEXT
);
CREATE INDEX articles_story ON articles (story_id);
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  size INTEGER NOT NULL,
  outlets TEXT NOT NULL,
  first TEXT,
  last TEXT,
  members_hash TEXT NOT NULL,
  briefing TEXT
);
CREATE INDEX stories_last ON stories (last);
CREATE TABLE story_members (
  story_id TEXT NOT NULL REFERENCES stories (id),
  article_id TEXT NOT NULL PRIMARY KEY,
  position INTEGER NOT NULL
);
CREATE INDEX story_members_story ON story_members (story_id, position);
CREATE VIRTUAL TABLE articles_fts USING fts5 (article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
"""),
]

LATEST = MIGRATIONS[-1][0]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply missing migrations, each in its own transaction; returns the resulting version."""
    from kabar.store import StoreError

    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > LATEST:
        raise StoreError(f"database schema version {current} is newer than this kabar supports ({LATEST}): upgrade kabar")
    for version, description, sql in MIGRATIONS:
        if version <= current:
            continue
        now = datetime.now(UTC).isoformat(timespec="seconds")
        script = (f"BEGIN;\n{sql}\nINSERT INTO migrations (version, description, applied) VALUES ({version}, "
                  f"'{description}', '{now}');\nPRAGMA user_version = {version};\nCOMMIT;")
        try:
            conn.executescript(script)
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise
        current = version
    return current
