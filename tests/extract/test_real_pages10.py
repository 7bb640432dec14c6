"""An eighth set of real-style pages (tests/fixtures/real_html10) aimed at dates: a Hijri date after the Gregorian
one, a head stating only the update time, an English-style date on an Indonesian outlet, a 'dd-mm-yyyy hh:mm WITA'
line on an unlisted outlet. Per page: body token F1 >= 0.95 and each field expected.json states; below, the rules
this set brought in, each on small inputs of its own.
"""

from __future__ import annotations

import json
from functools import cache

import pytest

from kabar.extract import extract_pages
from kabar.io.readers import read_source
from kabar.records import Page
from tests.conftest import FIXTURES
from tests.extract.test_real_pages import same_instant, token_f1
from tests.extract.test_real_pages3 import FOOT, LEAD, dump_article

PAGES = FIXTURES / "real_html10"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}
FIELDS = ("title", "published", "authors", "editors", "outlet", "dateline", "agencies")


@cache
def article(name: str):
    path = PAGES / name
    pages = list(read_source(path.name, path.read_bytes()))
    assert len(pages) == 1 and isinstance(pages[0], Page) and pages[0].kind == "html"
    return extract_pages(pages)[0]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_body_token_f1(name):
    got = article(name).text
    assert token_f1(got, "\n".join(EXPECTED[name]["body"])) >= 0.95, got


@pytest.mark.parametrize(("name", "field"), [(n, f) for n, w in EXPECTED.items() for f in FIELDS if f in w])
def test_metadata_field(name, field):
    got, want = getattr(article(name), field), EXPECTED[name][field]
    if field == "published":
        assert same_instant(got, want), (got, want)
    else:
        assert got == want


def test_headline_with_a_comma_and_a_number_is_no_bare_byline():
    """'Jalan Poros Longsor, Kendaraan Antre 3 Kilometer' over the byline reads like 'Name, Role': it is the headline."""
    headline = "Jalan Poros Kota Longsor, Kendaraan Antre 3 Kilometer"
    art = dump_article(["Contoh Kini Kendari Kolaka", headline, "Oleh: Rina Wulandari | 03-11-2026 16:15 WITA",
                        *LEAD, *FOOT])
    assert art.title == headline and art.authors == ["Rina Wulandari"]


def test_cued_byline_under_the_headline_outside_the_main_content():
    """'Oleh: X | date' in the header block the main-content filter drops with the headline."""
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    raw = ("<html><head><title>Jam Operasional Bus Kota Diperpanjang</title></head><body><div class='top'><a href='/'>"
           "Contoh Kini</a> <a href='/kota'>Kota</a></div><div class='post'><h1>Jam Operasional Bus Kota Diperpanjang"
           "</h1><div class='post-meta'>Oleh: Rina Wulandari | 03-11-2026 16:15 WITA</div><div class='post-content'>"
           f"{paragraphs}</div></div><footer>© 2026 Contoh Kini</footer></body></html>")
    art = extract_pages([Page(source="o.html", raw=raw, kind="html")])[0]
    assert art.authors == ["Rina Wulandari"]
    assert same_instant(art.published, "2026-11-03T16:15+08:00")
