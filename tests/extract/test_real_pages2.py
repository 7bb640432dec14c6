"""A second set of real-style Indonesian news pages (tests/fixtures/real_html2): thirteen outlets' house styles with
more of the furniture real pages carry (nav, breadcrumbs, share bars, figure captions, inline 'Baca juga' links and
boxes, ads and 'scroll to continue' lines, video promos, editor codes, credit boxes, tags, popular/related widgets,
comment boxes, footers), some without JSON-LD, some with og tags that carry the site name or a shortened title.

Per page (HTML as a user's file): body token F1 >= 0.95 against the hand-labelled paragraphs, none of the furniture
lines in the body, and title, published (to the minute, as an instant), authors and editors as expected.json states.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from kabar.extract import extract_pages
from kabar.io.readers import read_source
from kabar.records import Page
from tests.conftest import FIXTURES
from tests.extract.test_real_pages import same_instant, token_f1

PAGES = FIXTURES / "real_html2"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}
FIELDS = ("title", "published", "authors", "editors")

# Furniture that must never reach a body, whatever the outlet.
FURNITURE = re.compile(
    r"baca juga|simak (juga )?video|scroll to continue|gambas|advertisement|artikel ini telah tayang|"
    r"pewarta:|copyright|follow berita|pilihan editor|video terkait|dapatkan (update|berita)|^\(\w+/\w+\)$",
    re.I | re.M,
)



@cache
def article(name: str):
    path = PAGES / name
    pages = list(read_source(path.name, path.read_bytes()))
    assert len(pages) == 1 and isinstance(pages[0], Page) and pages[0].kind == "html"
    return extract_pages(pages)[0]


def _body_cases():
    for name in EXPECTED:
        yield pytest.param(name, id=name)


def _field_cases():
    for name, want in EXPECTED.items():
        for field in FIELDS:
            if field in want:
                yield pytest.param(name, field, id=f"{name}-{field}")


def test_expected_bodies_are_in_the_pages_and_free_of_furniture():
    for name, want in EXPECTED.items():
        html = (PAGES / name).read_text()
        for paragraph in want["body"]:
            assert paragraph.split(" ")[-1] in html
            assert not FURNITURE.search(paragraph), (name, paragraph)


@pytest.mark.parametrize("name", list(_body_cases()))
def test_body_token_f1(name):
    got = article(name).text
    assert token_f1(got, "\n".join(EXPECTED[name]["body"])) >= 0.95, got


@pytest.mark.parametrize("name", list(_body_cases()))
def test_no_furniture_in_body(name):
    got = article(name).text
    assert not FURNITURE.search(got), FURNITURE.search(got)


@pytest.mark.parametrize(("name", "field"), list(_field_cases()))
def test_metadata_field(name, field):
    got, want = getattr(article(name), field), EXPECTED[name][field]
    if field == "published":
        assert same_instant(got, want), (got, want)
    else:
        assert got == want


# --- rules these pages brought in, on small dumps in other outlets' styles ------------------------------------------

LEAD = [
    "MAKASSAR - Pemerintah kota memperpanjang jam operasional bus rapid transit hingga pukul 22.00 mulai pekan depan "
    "untuk melayani pekerja yang pulang malam.",
    "Kepala dinas perhubungan mengatakan tambahan jam layanan diberikan setelah jumlah penumpang pada malam hari "
    "terus meningkat dalam tiga bulan terakhir.",
    '"Kami tambah sepuluh armada agar waktu tunggu di halte tidak lebih dari lima belas menit," ujarnya, Senin.',
]


def dump_article(lines: list[str]):
    return extract_pages([Page(source="t.txt", raw="\n".join(lines), kind="text")])[0]


def test_labelled_video_promo_is_furniture_at_any_length():
    """'Video Terkait : <a headline of ten words or more>' (VIVA-style) is a promo line, however long."""
    promo = "Video Terkait : Penumpang Keluhkan Halte Rusak dan Atap Bocor di Sepanjang Koridor Utama Kota"
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", *LEAD[:2], promo,
                        LEAD[2], "Copyright 2024 Contoh Media"])
    assert "Penumpang Keluhkan" not in art.text and all(p in art.text for p in LEAD)


def test_sentence_opening_with_video_terkait_stays_body():
    sentence = ("Video terkait antrean panjang penumpang di halte pusat kota itu sempat beredar luas di media sosial "
                "dan memicu keluhan warga sejak akhir pekan lalu.")
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", *LEAD[:2], sentence,
                        LEAD[2], "Copyright 2024 Contoh Media"])
    assert sentence in art.text.split("\n")


TEASERS = ["Berita Terkait", "Halte Baru Dibangun di Lima Titik Koridor Timur",
           "Pembangunan halte baru ditargetkan selesai sebelum akhir tahun untuk menambah kapasitas penumpang bus.",
           "Tarif Bus Kota Tidak Naik Meski Jam Layanan Bertambah",
           "Pemerintah kota memastikan tarif bus tetap sama walaupun jam operasional bus diperpanjang hingga malam.",
           "Komentar", "Tentang Kami Pedoman Media Siber", "Copyright 2024 Contoh Media"]


def test_related_stories_with_snippets_after_the_article_stay_out_of_the_body():
    """A related box with a one-sentence snippet under each headline (Republika-style) shares the article's words:
    it must not pass for a box inside the article with the article going on below it."""
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", *LEAD, *TEASERS])
    assert art.text.split("\n") == LEAD


def test_related_box_inside_the_article_still_lets_the_body_go_on():
    """The same box between paragraphs, the article going on below it with a subheading and a long paragraph."""
    more = ("Selain menambah jam layanan, dinas perhubungan juga akan memasang papan informasi digital di setiap halte "
            "sehingga penumpang dapat mengetahui perkiraan waktu kedatangan bus berikutnya secara langsung, termasuk "
            "pada malam hari ketika jumlah armada yang beroperasi lebih sedikit dibanding siang hari dan jarak antarbus "
            "menjadi lebih panjang.")
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", *LEAD[:2],
                        "Berita Terkait", "Halte Baru Dibangun di Lima Titik Koridor Timur",
                        "Tarif Bus Kota Tidak Naik Meski Jam Layanan Bertambah", LEAD[2],
                        "Papan Informasi Digital", more, "Copyright 2024 Contoh Media"])
    assert LEAD[2] in art.text and more in art.text and "Tarif Bus Kota" not in art.text


def test_author_bio_after_the_article_ends_the_body():
    """'Tentang Penulis' and a sentence about the writer (Pikiran Rakyat-style) close the article."""
    bio = ("Rina Wulandari adalah jurnalis yang meliput isu transportasi, tata kota, dan pelayanan publik di wilayah "
           "perkotaan sejak beberapa tahun terakhir.")
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", *LEAD,
                        "Tentang Penulis", bio, "Copyright 2024 Contoh Media"])
    assert art.text.split("\n") == LEAD


def html_page(head: str, credit: str) -> Page:
    paragraphs = "".join(f"<p>{p}</p>" for p in LEAD)
    return Page(source="p.html", kind="html", raw=f"<html><head>{head}</head><body><article><h1>Jam Operasional Bus "
                f"Kota Diperpanjang hingga Malam</h1>{credit}{paragraphs}</article></body></html>")


JSONLD = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Jam Operasional Bus Kota '
          'Diperpanjang hingga Malam","author":{"@type":"Person","name":"Rina Wulandari"},'
          '"editor":[{"@type":"Person","name":"Hendra Kusuma"}]}</script>')


def test_jsonld_editor_when_the_page_shows_none():
    art = extract_pages([html_page(JSONLD, "")])[0]
    assert art.authors == ["Rina Wulandari"] and art.editors == ["Hendra Kusuma"]


def test_visible_editor_line_wins_over_jsonld():
    art = extract_pages([html_page(JSONLD, "<p>Editor: Bambang Sutrisno</p>")])[0]
    assert art.editors == ["Bambang Sutrisno"]


def test_no_editor_without_one_on_the_page_or_in_the_head():
    art = extract_pages([html_page(JSONLD.replace(',"editor":[{"@type":"Person","name":"Hendra Kusuma"}]', ""), "")])[0]
    assert art.editors == []
