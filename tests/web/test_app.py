"""Routes of ``kabar serve`` with Flask's test client over a real store made by ingesting fixture pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from markupsafe import escape

from kabar.store import open_store
from tests.web.conftest import PAGES


class Tags(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def by_class(self, tag: str, cls: str) -> list[dict]:
        return [a for t, a in self.tags if t == tag and cls in (a.get("class") or "").split()]

    def hrefs(self) -> list[str]:
        return [a["href"] for t, a in self.tags if t == "a" and "href" in a]

    def tags_with_rel(self, rel: str) -> list[dict]:
        return [a for t, a in self.tags if t == "a" and a.get("rel") == rel]


def _store_contents(db):
    with open_store(str(db), create=False) as store:
        stories = store.list_stories()
        articles = [store.get_article(d) for s in stories for d in store.story_digest(s["id"])["stories"][0]["documents"]]
    return stories, articles


def _assert_nothing_executable(html: str) -> None:
    tags = Tags(html)
    assert not [t for t, _ in tags.tags if t in ("script", "iframe", "svg", "img", "object", "embed")]
    assert not [(t, a) for t, a in tags.tags if any(k.startswith("on") for k in a)]
    assert not [h for h in tags.hrefs() if h.strip().lower().startswith(("javascript:", "data:"))]


def test_story_list_shows_every_story_newest_first(client, pages_db):
    stories, _ = _store_contents(pages_db)
    resp = client.get("/")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    links = [a["href"] for a in Tags(html).by_class("a", "story-link")]
    assert links == [f"/story/{s['id']}" for s in stories]
    lasts = [s["last"] or "" for s in stories]
    assert lasts == sorted(lasts, reverse=True)


def test_every_response_forbids_scripts(client):
    for path in ("/", "/static/kabar.css", "/story/nope"):
        resp = client.get(path)
        csp = resp.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp and "unsafe-inline" not in csp
        assert resp.headers["X-Content-Type-Options"] == "nosniff"


def test_no_write_endpoints(client, pages_db):
    before = _store_contents(pages_db)[0]
    for method in ("post", "put", "delete", "patch"):
        assert getattr(client, method)("/").status_code == 405
        assert getattr(client, method)(f"/story/{before[0]['id']}").status_code == 405
    assert _store_contents(pages_db)[0] == before


def test_story_pages_show_every_section_and_cite_real_articles(client, pages_db):
    stories, _ = _store_contents(pages_db)
    for story in stories:
        resp = client.get(f"/story/{story['id']}")
        assert resp.status_code == 200
        html = resp.get_data(as_text=True)
        for section in ("summary", "timeline", "figures", "quotes", "entities", "articles"):
            assert f'id="{section}"' in html
        for href in Tags(html).hrefs():
            if href.startswith("/article/"):
                assert client.get(href.split("#")[0]).status_code == 200, href
        _assert_nothing_executable(html)


def test_article_page_labels_every_raw_line(client, pages_db):
    _, articles = _store_contents(pages_db)
    for doc in articles:
        resp = client.get(f"/article/{doc['id']}")
        assert resp.status_code == 200
        html = resp.get_data(as_text=True)
        rows = [a for t, a in Tags(html).tags if t == "tr" and re.fullmatch(r"L\d+", a.get("id") or "")]
        non_blank = [i for i, line in enumerate(doc["raw"].split("\n"), start=1) if line.strip()]
        assert [int(r["id"][1:]) for r in rows] == non_blank
        kept = {doc["lines"]["title"], doc["lines"]["description"], *doc["lines"]["body"]} - {None}
        dropped = [int(r["id"][1:]) for r in rows if "dropped" in r["class"].split()]
        assert sorted(dropped) == sorted(set(non_blank) - kept)
        for para in doc["text"].split("\n")[:3]:
            assert str(escape(para.split()[0])) in html
        _assert_nothing_executable(html)


def test_hostile_page_is_shown_as_text(client, pages_db):
    _, articles = _store_contents(pages_db)
    evil = [d for d in articles if d["source"].endswith("evil_page.txt")]
    assert evil
    html = client.get(f"/article/{evil[0]['id']}").get_data(as_text=True)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<script" not in html.lower()
    _assert_nothing_executable(html)
    story = client.get(f"/story/{evil[0]['story']}").get_data(as_text=True)
    _assert_nothing_executable(story)


def test_citation_highlights_the_cited_words(client, pages_db):
    _, articles = _store_contents(pages_db)
    doc = next(d for d in articles if d["text"])
    words = " ".join(doc["text"].split("\n")[0].split()[:4])
    html = client.get("/article/" + doc["id"], query_string={"p": 0, "hl": words}).get_data(as_text=True)
    assert re.search(r"<mark>[^<]+</mark>", html)
    assert 'class="cited"' in html


def test_outlet_filter_and_search(client, pages_db):
    stories, articles = _store_contents(pages_db)
    outlets = sorted({o for s in stories for o in s["outlets"]})
    if outlets:
        html = client.get("/", query_string={"outlet": outlets[0]}).get_data(as_text=True)
        shown = [a["href"] for a in Tags(html).by_class("a", "story-link")]
        assert shown == [f"/story/{s['id']}" for s in stories if outlets[0] in s["outlets"]]
    resp = client.get("/", query_string={"q": "Garut"})
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert 'id="hits"' in html
    garut = [d["id"] for d in articles if "Garut" in d["text"] or "Garut" in (d["title"] or "")]
    assert garut and all(f"/article/{i}" in html for i in garut)


@pytest.mark.parametrize("query", ['"((', "AND OR NOT", "*", "<script>alert(1)</script>", "a" * 500])
def test_odd_searches_never_fail(client, query):
    resp = client.get("/", query_string={"q": query, "since": "not-a-date", "until": "2024-13-45x"})
    assert resp.status_code == 200
    _assert_nothing_executable(resp.get_data(as_text=True))


def test_date_filter(client, pages_db):
    stories, _ = _store_contents(pages_db)
    html = client.get("/", query_string={"since": "2999-01-01"}).get_data(as_text=True)
    assert not Tags(html).by_class("a", "story-link")
    html = client.get("/", query_string={"since": "1990-01-01"}).get_data(as_text=True)
    dated = [s for s in stories if s["last"]]
    assert len(Tags(html).by_class("a", "story-link")) == len(dated)


def test_unknown_ids_are_404_and_escaped(client):
    resp = client.get("/story/<script>alert(1)</script>")
    assert resp.status_code == 404
    assert "<script>alert" not in resp.get_data(as_text=True)
    assert client.get("/article/nope").status_code == 404


def test_story_report_download(client, pages_db):
    stories, _ = _store_contents(pages_db)
    resp = client.get(f"/story/{stories[0]['id']}/report.html")
    assert resp.status_code == 200
    assert "attachment" in resp.headers["Content-Disposition"]
    assert "script" not in resp.headers["Content-Security-Policy"]
    html = resp.get_data(as_text=True)
    assert "<style>" in html and 'rel="stylesheet"' not in html


def test_fixture_pages_exist():
    assert len(list(PAGES.glob("*.txt"))) >= 5


def test_story_list_pages_through_many_stories(client, pages_db, monkeypatch):
    import kabar.web.app as web

    stories, _ = _store_contents(pages_db)
    monkeypatch.setattr(web, "STORIES_PER_PAGE", 1)
    seen = []
    for number in range(1, len(stories) + 2):
        html = client.get("/", query_string={"page": number}).get_data(as_text=True)
        seen += [a["href"] for a in Tags(html).by_class("a", "story-link")]
    # past the last page shows the last page again
    assert seen[: len(stories)] == [f"/story/{s['id']}" for s in stories]
    assert seen[-1] == seen[-2]
    html = client.get("/", query_string={"page": 1, "since": "1990-01-01"}).get_data(as_text=True)
    (link,) = Tags(html).tags_with_rel("next")
    assert "since=1990-01-01" in link["href"] and "page=2" in link["href"]  # filters survive paging


def test_html_page_shows_its_source_as_text(tmp_path):
    from kabar.web.app import create_app
    from tests.web.conftest import HTML_PAGES, ingest_into

    db = ingest_into(tmp_path / "html.db", HTML_PAGES)
    client = create_app(str(db)).test_client()
    with open_store(str(db), create=False) as store:
        (story,) = store.list_stories()
        (doc_id,) = store.story_digest(story["id"])["stories"][0]["documents"]
    html = client.get(f"/article/{doc_id}").get_data(as_text=True)
    assert "Cianjur" in html
    assert "&lt;script&gt;window.__pwned = &#39;head-script&#39;;&lt;/script&gt;" in html  # the source, escaped
    assert 'class="html-source"' in html
    _assert_nothing_executable(html)
    assert "cdn.example.invalid" not in "".join(Tags(html).hrefs())


def test_requests_for_other_hosts_are_refused(client):
    from kabar.web.app import allowed_hosts_for, host_name

    assert client.get("/", headers={"Host": "attacker.example:8000"}).status_code == 400
    for ok in ("localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"):
        assert client.get("/", headers={"Host": ok}).status_code == 200, ok
    assert host_name("[::1]:8000") == "::1" and host_name("kabar.lan:80") == "kabar.lan"
    assert allowed_hosts_for("0.0.0.0") is None
    assert "kabar.lan" in allowed_hosts_for("kabar.lan")


def test_article_page_lists_the_other_articles_of_its_story(client, pages_db):
    with open_store(str(pages_db), create=False) as store:
        story = max(store.list_stories(), key=lambda s: s["size"])
        members = store.story_digest(story["id"])["stories"][0]["documents"]
    assert len(members) > 1
    html = client.get(f"/article/{members[0]}").get_data(as_text=True)
    links = {h for h in Tags(html).hrefs() if h.startswith("/article/")}
    assert links >= {f"/article/{m}" for m in members[1:]}
    assert f"/article/{members[0]}" not in links  # the page does not link to itself
