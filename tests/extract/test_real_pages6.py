"""A fourth set of real-style pages (tests/fixtures/real_html6): a Next.js page whose body is only in its JSON-LD, an
AMP page, Liputan6, Okezone ("Jum'at"), SuaraJogja, Tempo's current layout, the second page of a multi-page story, a
detik interview. Per page: body token F1 >= 0.95 and each field expected.json states; below, the rules these pages
brought in, each on small inputs of its own.
"""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.features import is_menu_row
from kabar.extract.metadata import meta_line_kind
from kabar.records import Page
from tests.extract.test_real_pages import same_instant
from tests.extract.test_real_pages3 import FOOT, HEAD, LEAD, dump_article


def test_byline_with_an_apostrophe_weekday():
    """Okezone: 'Name, Jurnalis · Jum'at 13 November 2026 14:05 WIB' ('at' inside "Jum'at" is no English 'at')."""
    line = "Rina Wulandari, Jurnalis · Jum'at 13 November 2026 14:05 WIB"
    assert meta_line_kind(line) == "byline"
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", line, *LEAD, *FOOT])
    assert art.authors == ["Rina Wulandari"]
    assert same_instant(art.published, "2026-11-13T14:05+07:00")


def test_messaging_channel_pitch_is_furniture():
    line = "* Follow Official WhatsApp Channel Contoh Media untuk mendapatkan berita-berita terkini dengan mengklik tautan ini."
    art = dump_article([*HEAD, *LEAD, line, *FOOT])
    assert art.text.split("\n") == LEAD


def test_the_sites_own_brand_opening_the_lead_is_no_cited_outlet():
    """'SuaraJogja.id - ...' on jogja.suara.com is the site itself, not an outlet it quotes."""
    paragraphs = "".join(f"<p>{p}</p>" for p in ["SuaraJogja.id - " + LEAD[0], *LEAD[1:]])
    page = Page(source="s.html", kind="html", url="https://jogja.suara.com/read/2026/09/30/1/bus-kota", raw=(
        "<html><head><title>Bus Kota Beroperasi hingga Malam</title></head><body><article><h1>Bus Kota Beroperasi "
        f"hingga Malam</h1>{paragraphs}</article></body></html>"))
    assert extract_pages([page])[0].agencies == []


def test_another_outlet_opening_the_lead_is_still_cited():
    """'Jakarta (ANTARA) - ...' on another site: the story is ANTARA's."""
    paragraphs = "".join(f"<p>{p}</p>" for p in ["Jakarta (ANTARA) - " + LEAD[0], *LEAD[1:]])
    page = Page(source="r.html", kind="html", url="https://www.republika.co.id/berita/abc/bus-kota", raw=(
        "<html><head><title>Bus Kota Beroperasi hingga Malam</title></head><body><article><h1>Bus Kota Beroperasi "
        f"hingga Malam</h1>{paragraphs}</article></body></html>"))
    assert extract_pages([page])[0].agencies == ["ANTARA"]


def test_menu_dumped_without_spaces_is_a_menu_row():
    assert is_menu_row("TrendingNewsBisnisBola & SportsTekno")
    assert not is_menu_row("McDonald Buka Gerai Baru di Jakarta Selatan")
