"""The SQLite store through real ingests of hand-written text pages: idempotence, versions, incremental stories,
search, listings, digests, schema checks and the CLI."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from kabar.store import StoreError, open_store
from kabar.store.ingest import ingest
from kabar.store.schema import LATEST
from tests.conftest import SEEDS, run_kabar
from tests.stories.fixtures import ARTICLES, events, page_text


def write_pages(folder: Path, ids: list[str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for a in ARTICLES:
        if ids is None or a["id"] in ids:
            (folder / f"{a['id']}.txt").write_text(page_text(a), encoding="utf-8")
    return folder


def dump(db: Path) -> dict:
    """Everything the store holds that must not depend on how the ingest went (no row ids, no timestamps)."""
    conn = sqlite3.connect(db)
    page_key = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, source, version FROM pages")}
    out = {
        "pages": sorted(conn.execute("SELECT source, version, hash, kind, url, raw, article_id, current FROM pages")),
        "articles": sorted((r[0], page_key[r[1]], *r[2:]) for r in conn.execute(
            "SELECT id, page_id, active, published, outlet, title, document, features, duplicate_of, story_id"
            " FROM articles")),
        "stories": sorted(conn.execute("SELECT * FROM stories")),
        "members": sorted(conn.execute("SELECT story_id, article_id, position FROM story_members")),
        "fts": sorted(conn.execute("SELECT article_id, title, text FROM articles_fts")),
        "meta": sorted(conn.execute("SELECT key, value FROM meta")),
    }
    conn.close()
    return out


def stories_by_source(db: Path) -> dict[str, str]:
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT p.source, a.story_id FROM pages p JOIN articles a ON a.id = p.article_id"
                        " WHERE p.current = 1").fetchall()
    conn.close()
    return {Path(source).stem: story for source, story in rows}


@pytest.fixture(scope="module")
def store_db(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("store")
    pages = write_pages(root / "pages")
    db = root / "kabar.db"
    report = ingest([str(pages)], db=str(db))
    assert not report.errors, report.errors
    return db


def test_ingest_groups_pages_into_their_events(store_db):
    story = stories_by_source(store_db)
    ev = events()
    for a in story:
        for b in story:
            assert (story[a] == story[b]) == (ev[a] == ev[b]), (a, b)


def test_ingest_flags_agency_copies(store_db):
    conn = sqlite3.connect(store_db)
    rows = conn.execute("SELECT p.source, a.duplicate_of FROM pages p JOIN articles a ON a.id = p.article_id").fetchall()
    ids = {Path(s).stem: aid for s, aid in conn.execute("SELECT source, article_id FROM pages")}
    flagged = {Path(s).stem: d for s, d in rows if d}
    assert set(flagged) == {"ekspor-bisnis-lead", "ekspor-kontan-trim", "ekspor-jpnn-exact"}
    assert set(flagged.values()) == {ids["ekspor-antara"]}


def test_second_ingest_adds_nothing(store_db, tmp_path):
    before = dump(store_db)
    pages = write_pages(tmp_path / "pages")  # same content, new folder: different sources
    folder = Path(json.loads(json.dumps(str(store_db)))).parent / "pages"
    report = ingest([str(folder)], db=str(store_db))
    assert report.pages_added == 0 and report.pages_changed == 0 and report.articles_added == 0
    assert report.pages_unchanged == len(ARTICLES)
    assert dump(store_db) == before
    assert pages.exists()


def test_schema_is_versioned_and_the_file_uses_wal(store_db):
    conn = sqlite3.connect(store_db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert [r[0] for r in conn.execute("SELECT version FROM migrations ORDER BY version")] == list(range(1, LATEST + 1))


def test_changed_page_becomes_a_new_version_and_replaces_the_old_article(tmp_path):
    pages = write_pages(tmp_path / "pages", ["gempa-detik", "gempa-kompas"])
    db = tmp_path / "k.db"
    ingest([str(pages)], db=str(db))
    page = pages / "gempa-detik.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("37 rumah", "39 rumah").replace("Satria Budi", "Satria Budiman"),
                    encoding="utf-8")
    report = ingest([str(pages)], db=str(db))
    assert report.pages_changed == 1 and report.pages_unchanged == 1 and report.articles_added == 1
    conn = sqlite3.connect(db)
    versions = conn.execute("SELECT version, current FROM pages WHERE source = ? ORDER BY version", (str(page),)).fetchall()
    assert versions == [(1, 0), (2, 1)]
    assert conn.execute("SELECT count(*) FROM articles WHERE active = 1").fetchone()[0] == 2
    with open_store(str(db)) as store:
        assert [h["title"] for h in store.search("Budiman")]
        hits = store.search("Satria")
        assert len(hits) == 2  # the old version is no longer searchable, the new one is
        assert len(store.list_stories()) == 1


def test_pages_arriving_in_two_batches_or_in_two_orders_give_the_same_store(tmp_path, store_db):
    first = [a["id"] for a in ARTICLES[::2]]
    second = [a["id"] for a in ARTICLES[1::2]]
    assert "ekspor-antara" in first and "ekspor-jpnn-exact" in second  # an exact copy arrives before its original
    pages = tmp_path / "pages"
    db = tmp_path / "k.db"
    results = []
    for order in ((first, second), (second, first), (first + second,)):
        for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            path.unlink(missing_ok=True)
        for page in pages.glob("*.txt"):
            page.unlink()
        for batch in order:
            write_pages(pages, batch)
            ingest([str(pages)], db=str(db))
        results.append(dump(db))
    for result in results[1:]:
        for table in ("pages", "stories", "members", "articles", "fts"):
            assert result[table] == results[0][table], table
    assert stories_by_source(store_db).keys() == {a["id"] for a in ARTICLES}


def test_search_finds_words_and_survives_fts_syntax(store_db):
    with open_store(str(store_db), create=False) as store:
        hits = store.search("Citarum meluap")
        assert hits and all(set(h) == {"id", "title", "outlet", "published", "snippet", "story"} for h in hits)
        assert "Citarum" in hits[0]["snippet"] or "citarum" in hits[0]["snippet"].lower()
        for nasty in ['"', "AND (", "NEAR(", "*", "banjir OR", "-- ;", "title:banjir", ""]:
            assert isinstance(store.search(nasty), list)
        assert store.search("kata-yang-tidak-ada-di-mana-mana") == []


def test_list_stories_filters_and_sorts_newest_first(store_db):
    with open_store(str(store_db), create=False) as store:
        stories = store.list_stories()
        assert len(stories) == len(set(events().values()))
        assert [s["last"] for s in stories] == sorted((s["last"] for s in stories), reverse=True)
        assert all(set(s) == {"id", "title", "size", "outlets", "first", "last"} for s in stories)
        march = store.list_stories(since="2024-03-01", until="2024-03-31")
        assert len(march) == 2 and all(s["first"].startswith("2024-03") for s in march)
        by_query = store.list_stories(query="Pameungpeuk")
        assert len(by_query) == 1 and by_query[0]["size"] == 5
        outlet = stories[0]["outlets"][0]
        assert all(outlet in s["outlets"] for s in store.list_stories(outlet=outlet.upper()))


def test_story_digest_and_article_follow_the_schema(store_db, schema):
    import jsonschema

    with open_store(str(store_db), create=False) as store:
        story = store.list_stories(query="Pameungpeuk")[0]
        doc = store.story_digest(story["id"])
        jsonschema.validate(doc, schema)
        assert [d["id"] for d in doc["documents"]] == doc["stories"][0]["documents"]
        assert store.story_digest("tidak-ada") is None
        article = store.get_article(doc["documents"][0]["id"])
        assert article["story"] == story["id"] and article["kind"] == "text" and "Garut" in article["raw"]
        assert store.get_article("tidak-ada") is None
        whole = store.digest()
        jsonschema.validate(whole, schema)
        assert len(whole["documents"]) == len(ARTICLES)


def test_missing_or_foreign_database_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="run kabar ingest first"):
        open_store(str(tmp_path / "none.db"), create=False)
    newer = tmp_path / "newer.db"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(str(newer), create=False)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        open_store(str(junk), create=False)


def test_cli_ingest_stories_search_story(tmp_path):
    db = tmp_path / "seeds.db"
    proc = run_kabar("ingest", str(SEEDS), "--db", str(db), "--quiet", "--workers", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    listing = run_kabar("stories", "--db", str(db), "--format", "json")
    stories = json.loads(listing.stdout)
    assert len(stories) == 1 and stories[0]["size"] == 5
    table = run_kabar("stories", "--db", str(db)).stdout.decode()
    assert stories[0]["id"] in table
    hits = json.loads(run_kabar("search", "gencatan senjata", "--db", str(db), "--format", "json").stdout)
    assert hits and all(h["story"] == stories[0]["id"] for h in hits)
    story = run_kabar("story", stories[0]["id"], "--db", str(db), "--format", "json")
    assert story.returncode == 0 and len(json.loads(story.stdout)["documents"]) == 5
    missing = run_kabar("stories", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 2 and b"run kabar ingest first" in missing.stderr
    unknown = run_kabar("story", "s-none", "--db", str(db))
    assert unknown.returncode == 1


def test_a_later_article_joins_the_existing_story_and_keeps_its_id(tmp_path):
    pages = write_pages(tmp_path / "pages", ["gempa-detik", "gempa-kompas", "banjir-bandung-okezone"])
    db = tmp_path / "k.db"
    ingest([str(pages)], db=str(db))
    before = stories_by_source(db)
    write_pages(pages, ["gempa-pr-lanjut", "banjir-bekasi-tribun"])
    report = ingest([str(pages)], db=str(db))
    after = stories_by_source(db)
    assert report.articles_added == 2
    assert after["gempa-pr-lanjut"] == after["gempa-detik"] == before["gempa-detik"]
    assert after["banjir-bandung-okezone"] == before["banjir-bandung-okezone"]
    assert after["banjir-bekasi-tribun"] not in set(before.values())  # a new event opens a new story
    with open_store(str(db), create=False) as store:
        sizes = {s["id"]: s["size"] for s in store.list_stories()}
        assert sizes[before["gempa-detik"]] == 3


def test_digest_without_a_database_fills_stories_and_duplicates(tmp_path, schema):
    import jsonschema

    pages = write_pages(tmp_path / "pages")
    proc = run_kabar("digest", str(pages), "--format", "json", "--quiet", "--workers", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, schema)
    assert len(doc["stories"]) == len(set(events().values()))
    by_source = {Path(d["source"]).stem: d for d in doc["documents"]}
    assert by_source["ekspor-jpnn-exact"]["duplicate_of"] == by_source["ekspor-antara"]["id"]
    assert by_source["ekspor-antara"]["duplicate_of"] is None
    assert len({d["id"] for d in doc["documents"]}) == len(doc["documents"])  # ids unique although bodies repeat


def test_two_workers_build_the_same_store(store_db, tmp_path, monkeypatch):
    import kabar.store.ingest as ingest_module

    monkeypatch.setattr(ingest_module, "CHUNK_PAGES", 5)  # several extraction chunks in flight
    monkeypatch.setattr(ingest_module, "BRIEFING_BATCH", 2)  # several briefing batches in the pool
    db = tmp_path / "two.db"
    report = ingest([str(store_db.parent / "pages")], db=str(db), workers=2)
    assert not report.errors and report.briefings == len(set(events().values()))
    assert dump(db) == dump(store_db)
