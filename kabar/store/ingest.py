"""``kabar ingest``: add pages to the store in batched atomic commits, then update stories and their briefings.

Order of work, each step safe to interrupt (a rerun continues where a kill stopped):
1. pages are read as a stream; a page whose source already holds the same content is skipped before any
   extraction (hash check); a changed page becomes a new version of its source;
2. new pages are extracted, annotated and featurised in worker processes, in chunks; each chunk is written in one
   transaction (pages, articles, features, full-text rows) that also marks the stories out of date;
3. stories are recomputed from the stored features of all current articles (deterministic, so ids are stable) and
   written in one transaction; only stories whose membership changed lose their briefing;
4. missing briefings are computed story by story, committed in small batches.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cache
from typing import Any

from kabar.records import Article, InputError, Page, Story
from kabar.store.sqlite import Store, page_hash

CHUNK_PAGES = int(os.environ.get("KABAR_INGEST_CHUNK", "100"))  # pages per worker task and per transaction
BRIEFING_BATCH = 50  # stories per briefing transaction


@dataclass
class IngestReport:
    """What an ingest did."""

    db: str = ""
    pages_read: int = 0
    pages_unchanged: int = 0
    pages_added: int = 0
    pages_changed: int = 0
    articles_added: int = 0
    stories_changed: int = 0
    stories_total: int = 0
    briefings: int = 0
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.db}: {self.pages_read} pages read, {self.pages_added} new, {self.pages_changed} changed, "
                f"{self.pages_unchanged} unchanged, {len(self.errors)} failed; {self.articles_added} articles added; "
                f"{self.stories_changed} stories updated, {self.stories_total} in the store ({self.seconds:.1f}s)")


def featurise_pages(pages: list[Page]) -> list[tuple[str, Any, Any]]:
    """Worker task: per page ('ok', article dict, features dict) or ('error', source, reason), in page order."""
    from kabar.engines.local import process_pages
    from kabar.stories.features import article_features

    out: list[tuple[str, Any, Any]] = []
    results = process_pages(pages)
    if len(results) != len(pages):  # the stage promises one result per page; be safe if it does not
        by_source = {r.source: r for r in results}
        results = [by_source.get(p.source, InputError(p.source, "no article extracted")) for p in pages]
    for item in results:
        if isinstance(item, InputError):
            out.append(("error", item.source, item.reason))
            continue
        try:
            features = article_features(item).to_dict()
        except Exception as err:  # grouping features must never lose the article
            out.append(("error", item.source, f"grouping features failed ({type(err).__name__}: {err})"))
            continue
        out.append(("ok", plain(item), features))
    return out


_SCALARS = frozenset({str, int, float, bool, type(None)})


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of a dataclass type, None for any other type."""
    return tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None


def plain(value: Any) -> Any:
    """dataclasses.asdict for records of immutable scalars: the same dict in about half the time (asdict
    deep-copies every string and number of every mention, quote and event one by one)."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    names = _field_names(cls)
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if cls is list:
        return [plain(v) for v in value]
    if cls is tuple:
        return tuple(plain(v) for v in value)
    if cls is dict:
        return {plain(k): plain(v) for k, v in value.items()}
    return copy.deepcopy(value)  # as asdict does for anything else


def _new_pages(store: Store, items: Iterable[Page | InputError], report: IngestReport,
               on_error: Callable[[InputError], None] | None) -> Iterator[tuple[Page, str]]:
    """Pages whose content the store does not hold yet at their source, with their hash."""
    pending: set[tuple[str, str]] = set()
    for item in items:
        if isinstance(item, InputError):
            report_error(report, item, on_error)
            continue
        digest = page_hash(item.raw, item.kind, item.url)
        if is_new_content(store, item.source, digest, pending, report):
            yield item, digest


def report_error(report: IngestReport, err: InputError, on_error: Callable[[InputError], None] | None) -> None:
    report.errors.append(err)
    if on_error:
        on_error(err)


def is_new_content(store: Store, source: str, digest: str, pending: set[tuple[str, str]], report: IngestReport) -> bool:
    """Whether the store holds other content (or none) at source and this run has not queued it yet; counts the page
    as read, and as unchanged when it is not new. Queued pages are remembered in pending."""
    report.pages_read += 1
    row = store.conn.execute("SELECT hash FROM pages WHERE source = ? AND current = 1", (source,)).fetchone()
    if (row is not None and row[0] == digest) or (source, digest) in pending:
        report.pages_unchanged += 1
        return False
    pending.add((source, digest))
    return True


def _chunks(stream: Iterator[tuple[Page, str]], size: int) -> Iterator[list[tuple[Page, str]]]:
    chunk: list[tuple[Page, str]] = []
    for entry in stream:
        chunk.append(entry)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def write_chunk(store: Store, chunk: list[tuple[Page, str]], results: list[tuple[str, Any, Any]],
                report: IngestReport, on_error: Callable[[InputError], None] | None) -> None:
    """One transaction: the chunk's pages, articles, features and full-text rows, and the stories marked stale."""
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        for (page, digest), (status, first, second) in zip(chunk, results, strict=True):
            if status != "ok":
                report_error(report, InputError(first, second), on_error)
                continue
            _write_page(conn, page, digest, first, second, report)
        store.set_meta("stories_stale", "1")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _write_page(conn, page: Page, digest: str, article: dict, features: dict, report: IngestReport) -> None:
    current = conn.execute("SELECT id, hash, article_id FROM pages WHERE source = ? AND current = 1",
                           (page.source,)).fetchone()
    if current is not None and current["hash"] == digest:
        return
    version = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM pages WHERE source = ?", (page.source,)).fetchone()[0]
    if current is not None:
        conn.execute("UPDATE pages SET current = 0 WHERE id = ?", (current["id"],))
        _retire_article(conn, current["article_id"])
        report.pages_changed += 1
    else:
        report.pages_added += 1
    cur = conn.execute("INSERT INTO pages (source, version, hash, kind, url, raw, article_id, current)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                       (page.source, version, digest, page.kind, page.url, page.raw, article["id"]))
    page_id = cur.lastrowid
    existing = conn.execute("SELECT a.active, a.published, p.source FROM articles a JOIN pages p ON p.id = a.page_id"
                            " WHERE a.id = ?", (article["id"],)).fetchone()
    if existing is not None and existing["active"]:
        # Another current page has the same body. Of the two, the earliest (date, then source) keeps the id and the
        # other gets its own id (it is then flagged as a duplicate), whichever arrived first.
        from kabar.stories.group import copy_id

        mine = (article.get("published") or "9999", page.source)
        theirs = (existing["published"] or "9999", existing["source"])
        if mine < theirs:
            _rename_article(conn, article["id"], copy_id(article["id"], existing["source"]))
        else:
            new_id = copy_id(article["id"], page.source)
            article = {**article, "id": new_id}
            features = {**features, "id": new_id}
            conn.execute("UPDATE pages SET article_id = ? WHERE id = ?", (new_id, page_id))
            again = conn.execute("SELECT active FROM articles WHERE id = ?", (new_id,)).fetchone()
            if again is not None and again["active"]:
                return
        existing = conn.execute("SELECT active FROM articles WHERE id = ?", (article["id"],)).fetchone()
    document = json.dumps(article, ensure_ascii=False, separators=(",", ":"))
    feats = json.dumps(features, ensure_ascii=False, separators=(",", ":"))
    if existing is not None:
        conn.execute("UPDATE articles SET page_id = ?, active = 1, document = ?, features = ? WHERE id = ?",
                     (page_id, document, feats, article["id"]))
    else:
        conn.execute("INSERT INTO articles (id, page_id, active, published, outlet, title, document, features)"
                     " VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
                     (article["id"], page_id, article.get("published"), article.get("outlet"), article.get("title"),
                      document, feats))
    conn.execute("INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)",
                 (article["id"], article.get("title") or "", article.get("text") or ""))
    report.articles_added += 1


def _rename_article(conn, old: str, new: str) -> None:
    """Give a stored article another id everywhere it is referenced (stories are recomputed afterwards)."""
    row = conn.execute("SELECT document, features, page_id FROM articles WHERE id = ?", (old,)).fetchone()
    document, features = json.loads(row["document"]), json.loads(row["features"])
    document["id"] = features["id"] = new
    conn.execute("DELETE FROM articles WHERE id = ? AND active = 0", (new,))
    conn.execute("UPDATE articles SET id = ?, document = ?, features = ? WHERE id = ?",
                 (new, json.dumps(document, ensure_ascii=False, separators=(",", ":")),
                  json.dumps(features, ensure_ascii=False, separators=(",", ":")), old))
    conn.execute("UPDATE pages SET article_id = ? WHERE id = ?", (new, row["page_id"]))  # not the page being added
    conn.execute("UPDATE articles_fts SET article_id = ? WHERE article_id = ?", (new, old))
    conn.execute("DELETE FROM story_members WHERE article_id = ?", (old,))


def _retire_article(conn, article_id: str) -> None:
    """An article no current page shows any more leaves search and stories (its row stays, inactive)."""
    still = conn.execute("SELECT 1 FROM pages WHERE article_id = ? AND current = 1", (article_id,)).fetchone()
    if still is None:
        conn.execute("UPDATE articles SET active = 0, story_id = NULL, duplicate_of = NULL WHERE id = ?", (article_id,))
        conn.execute("DELETE FROM articles_fts WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM story_members WHERE article_id = ?", (article_id,))


def load_weighed_features(store: Store) -> list:
    """Features of all active articles with their TF-IDF vectors; two passes so raw term counts never pile up."""
    from kabar.stories.features import Features, idf_table, weigh_features

    df: dict[str, int] = {}
    n = 0
    for (text,) in store.conn.execute("SELECT features FROM articles WHERE active = 1"):
        n += 1
        data = json.loads(text)
        for term in set(data.get("terms") or ()) | set(data.get("names") or ()):  # as features.counted_terms
            df[term] = df.get(term, 0) + 1
    idf = idf_table(df, n)
    del df
    feats = []
    for (text,) in store.conn.execute("SELECT features FROM articles WHERE active = 1"):
        f = Features.from_dict(json.loads(text))
        weigh_features(f, idf)
        f.terms, f.names = {}, []  # weighed into vector and specific; the raw lists are not needed any more
        feats.append(f)
    return feats


def members_hash(ids: list[str]) -> str:
    return hashlib.sha1("\n".join(ids).encode()).hexdigest()[:20]


def update_stories(store: Store) -> int:
    """Recompute stories from stored features; write only what changed. Returns the number of stories changed."""
    from kabar.stories.group import group_weighed

    grouping = group_weighed(load_weighed_features(store))
    conn = store.conn
    meta = {r["id"]: (r["published"], r["outlet"])
            for r in conn.execute("SELECT id, published, outlet FROM articles WHERE active = 1")}
    old = {r["id"]: r["members_hash"] for r in conn.execute("SELECT id, members_hash FROM stories")}
    new_ids = {s.id for s in grouping.stories}
    changed = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sid in sorted(set(old) - new_ids):
            conn.execute("DELETE FROM story_members WHERE story_id = ?", (sid,))
            conn.execute("DELETE FROM stories WHERE id = ?", (sid,))
            changed += 1
        for story in grouping.stories:
            mh = members_hash(story.documents)
            if old.get(story.id) == mh:
                continue
            changed += 1
            dates = sorted(meta[d][0] for d in story.documents if meta[d][0])
            outlets = sorted({meta[d][1] for d in story.documents if meta[d][1]}, key=str.lower)
            conn.execute("DELETE FROM story_members WHERE story_id = ?", (story.id,))
            conn.execute(
                "INSERT INTO stories (id, title, size, outlets, first, last, members_hash, briefing)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT(id) DO UPDATE SET title = excluded.title,"
                " size = excluded.size, outlets = excluded.outlets, first = excluded.first, last = excluded.last,"
                " members_hash = excluded.members_hash, briefing = NULL",
                (story.id, story.title, len(story.documents), json.dumps(outlets, ensure_ascii=False),
                 dates[0] if dates else None, dates[-1] if dates else None, mh))
            conn.executemany("INSERT OR REPLACE INTO story_members (story_id, article_id, position) VALUES (?, ?, ?)",
                             [(story.id, d, k) for k, d in enumerate(story.documents)])
        story_of = {d: s.id for s in grouping.stories for d in s.documents}
        current = {r["id"]: (r["story_id"], r["duplicate_of"])
                   for r in conn.execute("SELECT id, story_id, duplicate_of FROM articles WHERE active = 1")}
        updates = [(story_of.get(aid), grouping.duplicate_of.get(aid), aid) for aid, now in current.items()
                   if now != (story_of.get(aid), grouping.duplicate_of.get(aid))]
        conn.executemany("UPDATE articles SET story_id = ?, duplicate_of = ? WHERE id = ?", updates)
        store.set_meta("stories_stale", None)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return changed


def brief_batch(db: str, story_ids: list[str]) -> list[tuple[str, str]]:
    """Worker task: (story id, briefing JSON) for stories read from the store at db (read-only)."""
    with Store(db, create=False) as store:
        return brief_stored(store, story_ids)


def brief_stored(store: Store, story_ids: list[str]) -> list[tuple[str, str]]:
    """(story id, briefing JSON) for stories of an open store."""
    from kabar.analysis import brief_stories

    stories, articles = [], []
    for sid in story_ids:
        members = store.story_articles(sid)
        row = store.conn.execute("SELECT title FROM stories WHERE id = ?", (sid,)).fetchone()
        stories.append(Story(id=sid, documents=[a.id for a in members], title=row[0] if row else ""))
        articles.extend(members)
    try:
        briefings = brief_stories(stories, articles)
    except Exception:  # an analysis bug must not stop the store: brief one by one, empty on failure
        briefings = [_brief_one(s, articles) for s in stories]
    by_id = {b.get("id"): b for b in briefings}
    return [(s.id, json.dumps(by_id.get(s.id) or _brief_one(s, articles), ensure_ascii=False, separators=(",", ":")))
            for s in stories]


def update_briefings(store: Store, workers: int = 1) -> int:
    """Briefings for stories that have none (new or changed ones), computed in worker processes when there are
    many, and committed in small batches."""
    conn = store.conn
    todo = [r[0] for r in conn.execute("SELECT id FROM stories WHERE briefing IS NULL ORDER BY id")]
    batches = [todo[i : i + BRIEFING_BATCH] for i in range(0, len(todo), BRIEFING_BATCH)]
    if workers > 1 and len(batches) > 1 and store.path != ":memory:":
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(brief_batch, store.path, batch) for batch in batches]
            for batch, future in zip(batches, futures, strict=True):
                try:
                    results = future.result()
                except Exception:  # a dead worker: redo the batch here
                    results = brief_stored(store, batch)
                _write_briefings(store, results)
    else:
        for batch in batches:
            _write_briefings(store, brief_stored(store, batch))
    return len(todo)


def _write_briefings(store: Store, results: list[tuple[str, str]]) -> None:
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("UPDATE stories SET briefing = ? WHERE id = ?", [(b, sid) for sid, b in results])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _brief_one(story: Story, articles: list[Article]) -> dict[str, Any]:
    from kabar.analysis import brief_stories

    members = [a for a in articles if a.id in set(story.documents)]
    try:
        return brief_stories([story], members)[0]
    except Exception:
        return {"id": story.id, "title": story.title, "documents": list(story.documents), "summary": [], "timeline": [],
                "claims": [], "quotes": [], "entities": []}


def ingest(paths: Iterable[str], db: str = "kabar.db", workers: int = 1,
           on_error: Callable[[InputError], None] | None = None,
           progress: Callable[[int, int], None] | None = None) -> IngestReport:
    """Add the pages under paths to the store at db and bring its stories and briefings up to date."""
    from kabar.io import read_inputs

    started = time.monotonic()
    report = IngestReport(db=str(db))
    with Store(db, create=True) as store:
        chunks = _chunks(_new_pages(store, read_inputs(paths), report, on_error), CHUNK_PAGES)
        done = 0
        for chunk, results in _featurised(chunks, workers):
            write_chunk(store, chunk, results, report, on_error)
            done += len(chunk)
            if progress:
                progress(done, max(done, report.pages_read))
        if store.get_meta("stories_stale") or not _has_stories(store):
            report.stories_changed = update_stories(store)
        report.briefings = update_briefings(store, workers=workers)
        report.stories_total = store.conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    report.seconds = time.monotonic() - started
    return report


def _has_stories(store: Store) -> bool:
    articles = store.conn.execute("SELECT count(*) FROM articles WHERE active = 1").fetchone()[0]
    return not articles or store.conn.execute("SELECT 1 FROM stories LIMIT 1").fetchone() is not None


def _featurised(chunks: Iterator[list[tuple[Page, str]]], workers: int):
    """(chunk, results) in input order; with workers > 1 a persistent pool keeps a few chunks in flight."""
    if workers <= 1:
        for chunk in chunks:
            yield chunk, featurise_pages([p for p, _ in chunk])
        return
    in_flight: list[tuple[list[tuple[Page, str]], Future]] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk in chunks:
            in_flight.append((chunk, pool.submit(featurise_pages, [p for p, _ in chunk])))
            if len(in_flight) >= workers * 2:
                first, future = in_flight.pop(0)
                yield first, _result(first, future)
        for chunk, future in in_flight:
            yield chunk, _result(chunk, future)


def _result(chunk: list[tuple[Page, str]], future: Future) -> list[tuple[str, Any, Any]]:
    """A worker's results; if the worker died (out of memory, a crash in a C library) the chunk is redone here."""
    try:
        return future.result()
    except Exception:
        return featurise_pages([p for p, _ in chunk])
