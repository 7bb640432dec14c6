"""End to end in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; `make test` installs
it via tools/install-system-deps.sh): ingest, `kabar serve` as a subprocess, click through as a reader would."""

from __future__ import annotations

import re
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_kabar
from tests.web.conftest import HTML_PAGES, PAGES

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("no /usr/bin/chromium: run `make system-deps` (bash tools/install-system-deps.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        yield chromium
        chromium.close()


def _ingest(db: Path, *paths: Path) -> Path:
    proc = run_kabar("ingest", *map(str, paths), "--db", str(db), "--quiet", "--workers", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    return db


@contextmanager
def kabar_serve(db: Path):
    """`kabar serve` on a free port; yields its printed URL and stops it afterwards."""
    proc = subprocess.Popen([sys.executable, "-m", "kabar", "serve", "--db", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+/", line)
        assert match, (line, proc.stderr.read() if proc.poll() is not None else "")
        yield match.group(0)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _new_page(browser, problems: list[str]):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    # our own pages must never need what the policy forbids (inline styles or scripts)
    page.on("console", lambda m: problems.append(f"console: {m.text}") if "Content Security Policy" in m.text else None)
    page.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "about:", "file:"))
            else problems.append(f"external request: {r.url}"))
    return page


def _executed(page) -> list[str]:
    """Signs that anything from a hostile page ran."""
    found = page.evaluate("""() => [
        window.__pwned !== undefined ? 'window.__pwned=' + window.__pwned : null,
        document.title === 'pwned-title' ? 'title replaced' : null,
        document.body.hasAttribute('data-pwned') ? 'body attribute set' : null,
        document.querySelectorAll('script, iframe, svg, img[onerror]').length ? 'live elements' : null,
    ].filter(Boolean)""")
    return found


def test_reader_walks_from_story_list_to_a_cited_article(browser, tmp_path):
    db = _ingest(tmp_path / "seeds.db", SEEDS)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with kabar_serve(db) as url:
        page = _new_page(browser, problems)
        page.goto(url)
        rows = page.locator("tr.story-row")
        assert rows.count() >= 1
        sizes = [int(rows.nth(i).locator("td.num").inner_text()) for i in range(rows.count())]
        biggest = rows.nth(sizes.index(max(sizes)))
        assert max(sizes) >= 4  # the sample is one story from four outlets
        page.screenshot(path=str(ARTIFACTS / "story-list.png"), full_page=True)

        biggest.locator("a.story-link").click()
        page.wait_for_url(re.compile(r"/story/"))
        assert page.locator("#timeline ol.timeline li").first.is_visible()
        conflict = page.locator("tr.claim.conflict")
        assert conflict.count() >= 1 and conflict.first.is_visible()
        assert page.locator("#quotes blockquote.quote").first.is_visible()
        assert page.locator("#articles tbody tr").count() == max(sizes)
        page.screenshot(path=str(ARTIFACTS / "story.png"), full_page=True)

        cited = conflict.first.locator(".cite a").first
        expected_words = cited.get_attribute("title")
        cited.click()
        page.wait_for_url(re.compile(r"/article/"))
        assert page.locator("h1").first.is_visible()
        if expected_words:
            assert page.locator("#clean mark").first.is_visible()
            assert page.locator("#clean p.cited").count() == 1
        assert page.locator("table.raw tr.dropped").count() >= 1  # boilerplate shown greyed out
        page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert not problems, problems


def test_hostile_page_runs_nothing_in_the_browser(browser, tmp_path):
    db = _ingest(tmp_path / "evil.db", PAGES, HTML_PAGES)
    problems: list[str] = []
    page = _new_page(browser, problems)
    page.set_content("<script>window.__pwned = 'probe'</script>")
    assert _executed(page), "the probe must see a script that does run"
    page.close()
    page = _new_page(browser, problems)
    raw_shown, hovered = False, 0
    with kabar_serve(db) as url:
        page.goto(url)
        stories = [a.get_attribute("href") for a in page.locator("a.story-link").all()]
        assert stories
        for story in stories:
            page.goto(url.rstrip("/") + story)
            assert not _executed(page), story
            for article in [a.get_attribute("href") for a in page.locator("#articles tbody a").all()]:
                page.goto(url.rstrip("/") + article)
                for spot in page.locator("h1, table.raw tr, #clean p", has_text="onmouseover").all():
                    spot.hover()  # would fire the page's onmouseover handlers, were any live
                    hovered += 1
                assert not _executed(page), article
                raw_shown |= "<script>window.__pwned=2</script>" in page.locator("#raw").inner_text()
        page.goto(url + "?q=" + "%3Cscript%3Ewindow.__pwned%3D9%3C%2Fscript%3E")
        assert not _executed(page)
    assert raw_shown, "the hostile page's markup is shown as text on its article page"
    assert hovered, "the element written with an onmouseover handler was shown and hovered"
    assert not problems, problems


def test_html_report_opens_offline_and_runs_nothing(browser, tmp_path):
    report = tmp_path / "report.html"
    proc = run_kabar("digest", str(PAGES), "--format", "html", "-o", str(report), "--quiet", "--workers", "1")
    assert proc.returncode == 0, proc.stderr.decode()
    problems: list[str] = []
    page = _new_page(browser, problems)
    page.goto(report.as_uri())
    assert page.locator("article.card").count() == len(list(PAGES.glob("*.txt")))
    first_cite = page.locator(".cite a").first
    if first_cite.count():
        first_cite.click()
        assert page.evaluate("location.hash").startswith("#doc-")
    assert not _executed(page)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=False)
    assert not problems, problems
