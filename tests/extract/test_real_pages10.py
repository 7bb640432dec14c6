"""An eighth set of real-style pages (tests/fixtures/real_html10) aimed at dates: a Hijri date after the Gregorian
one, a head stating only the update time, an English-style date on an Indonesian outlet, a 'dd-mm-yyyy hh:mm WITA'
line on an unlisted outlet. Per page: body token F1 >= 0.95 and each field expected.json states; below, the rules
this set brought in, each on small inputs of its own.
"""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.records import Page
from tests.extract.test_real_pages import same_instant
from tests.extract.test_real_pages3 import FOOT, LEAD, dump_article


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
