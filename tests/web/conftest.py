"""Stores for the web tests: real SQLite files made by ingesting pages, as ``kabar ingest`` does."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "pages"
HTML_PAGES = Path(__file__).resolve().parent / "html_pages"


def ingest_into(db: Path, *paths: Path) -> Path:
    """Ingest pages into db with the store's own ingest."""
    from kabar.store import ingest as ingest_module

    report = ingest_module.ingest([str(p) for p in paths], db=str(db), workers=1, on_error=None, progress=None)
    assert not report.errors, report.errors
    return db


@pytest.fixture(scope="session")
def pages_db(tmp_path_factory) -> Path:
    """A store holding the hand-written fixture pages (several outlets, two stories, one hostile page)."""
    return ingest_into(tmp_path_factory.mktemp("store") / "pages.db", PAGES)


@pytest.fixture()
def client(pages_db):
    from kabar.web.app import create_app

    app = create_app(str(pages_db))
    app.config["TESTING"] = True
    return app.test_client()
