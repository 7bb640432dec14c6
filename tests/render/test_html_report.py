"""The self-contained HTML report: story views, working in-page citations, nothing executable, nothing external."""

from __future__ import annotations

from html.parser import HTMLParser

from kabar.render import render
from kabar.render.html import render_html
from tests.conftest import SEEDS, run_kabar
from tests.web.sample import DETIK, KOMPAS, sample_digest


class Page(HTMLParser):
    """Every start tag with its attributes, the ids, and the text under each id."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.ids: set[str] = set()
        self.duplicate_ids: list[str] = []
        self.text_by_id: dict[str, str] = {}
        self._open: list[str | None] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if "id" in attrs:
            if attrs["id"] in self.ids:
                self.duplicate_ids.append(attrs["id"])
            self.ids.add(attrs["id"])
            self.text_by_id[attrs["id"]] = ""
        if tag not in ("meta", "link", "br", "img", "input", "hr"):
            self._open.append(attrs.get("id"))

    def handle_endtag(self, tag):
        if self._open and tag not in ("meta", "link", "br", "img", "input", "hr"):
            self._open.pop()

    def handle_data(self, data):
        for element_id in self._open:
            if element_id:
                self.text_by_id[element_id] += data

    def hrefs(self) -> list[str]:
        return [a["href"] for t, a in self.tags if t == "a" and "href" in a]


def test_report_is_self_contained_and_runs_nothing():
    page = Page(render_html(sample_digest()))
    tags = [t for t, _ in page.tags]
    assert "script" not in tags and "iframe" not in tags and "img" not in tags and "svg" not in tags
    assert "link" not in tags, "stylesheet must be inline"
    assert "style" in tags
    for tag, attrs in page.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "src" not in attrs
        href = attrs.get("href") or ""
        assert not href.lower().startswith("javascript:"), href
        assert href.startswith(("#", "https://", "http://")) or not href, href
    csp = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert csp and "default-src 'none'" in csp[0] and "script" not in csp[0]


def test_markup_from_pages_is_shown_as_text():
    html = render_html(sample_digest())
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "<script>" not in html and "<b onmouseover" not in html
    assert "javascript:alert" not in Page(html).hrefs()  # the page's own javascript: URL is not a link


def test_every_in_page_link_lands_on_an_element():
    page = Page(render_html(sample_digest()))
    local = [h[1:] for h in page.hrefs() if h.startswith("#")]
    assert local
    missing = [h for h in local if h not in page.ids]
    assert not missing
    assert not page.duplicate_ids  # two stories in one file keep their sections apart


def test_figure_values_cite_the_paragraph_that_states_them():
    html = render_html(sample_digest())
    page = Page(html)
    target = f"doc-{DETIK['id']}-p0"
    assert "#" + target in page.hrefs()
    assert "12 warga tewas" in page.text_by_id[target]
    kompas_target = f"doc-{KOMPAS['id']}-p0"
    assert "15 orang" in page.text_by_id[kompas_target]


def test_conflicts_are_marked_and_listed_first():
    page = Page(render_html(sample_digest()))
    rows = [a["class"].split() for t, a in page.tags if t == "tr" and "claim" in (a.get("class") or "")]
    statuses = [r[1] for r in rows]
    assert statuses.count("conflict") == 2
    assert statuses[: 2] == ["conflict", "conflict"]
    assert statuses.index("agree") > 1


def test_values_are_written_as_indonesian_readers_expect():
    html = render_html(sample_digest())
    assert ">1.200<" in html
    assert "±1.500" in html  # approximate value keeps its qualifier


def test_timeline_is_in_date_order_and_quotes_grouped_by_speaker():
    html = render_html(sample_digest())
    assert html.index('<span class="date">2024-10-13</span>') < html.index('<span class="date">2024-10-14</span>')
    assert html.count("Asep Sudrajat <span") == 1  # one heading for both of his quotes
    assert "Unattributed" in html


def test_report_of_the_seeds_from_the_command_line(tmp_path):
    out = tmp_path / "report.html"
    proc = run_kabar("digest", str(SEEDS), "--format", "html", "-o", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr.decode()
    html = out.read_text(encoding="utf-8")
    page = Page(html)
    assert html.startswith("<!doctype html>")
    assert sum(1 for t, a in page.tags if t == "article") == len(list(SEEDS.glob("*.txt")))
    assert not [h for h in page.hrefs() if h.startswith("#") and h[1:] not in page.ids]


def test_render_dispatches_html():
    assert render(sample_digest(), "html") == render_html(sample_digest())


def test_long_citation_lists_are_cut_with_a_count():
    doc = sample_digest()
    extra = [dict(doc["documents"][0], id=f"x{i:02d}", outlet=f"Outlet {i}") for i in range(10)]
    doc["documents"] += extra
    doc["stories"][0]["entities"][3]["documents"] = [d["id"] for d in extra]
    html = render_html(doc)
    assert "+4 more" in html


def test_events_of_one_day_share_one_date_label():
    doc = sample_digest()
    doc["stories"][0]["timeline"].append({"date": "2024-10-14", "text": "Bupati menetapkan tanggap darurat.",
                                          "documents": [KOMPAS["id"]]})
    page = Page(render_html(doc))
    items = [a.get("class") for t, a in page.tags if t == "li" and a.get("class") in (None, "same-day")]
    assert "same-day" in items
    html = render_html(doc)
    assert html.count('<span class="date">2024-10-14</span>') == 1
