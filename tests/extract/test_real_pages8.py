"""A sixth set of real-style pages (tests/fixtures/real_html8): a detik explainer split over two pages, a Tribunnews
story republished from TribunJateng.com, Merdeka.com with 'Sumber: Antara', an IDN Times listicle, a Kompas.com
regional page. Per page: body token F1 >= 0.95 and each field expected.json states; below, the rule this set brought
in on a small input of its own.
"""

from __future__ import annotations

import pytest

from tests.extract.test_real_pages3 import FOOT, HEAD, LEAD, dump_article


def test_republished_from_line_names_the_source_outlet():
    """'Artikel ini telah tayang di TribunJateng.com dengan judul <a long headline>' under the body."""
    line = ("Artikel ini telah tayang di TribunJateng.com dengan judul Puluhan Warga Pikul Rumah Panggung, Tradisi "
            "Sambatan Masih Lestari di Desa Kami")
    art = dump_article([*HEAD, *LEAD, line, *FOOT])
    assert art.agencies == ["TribunJateng.com"] and art.text.split("\n") == LEAD


@pytest.mark.parametrize(("line", "name"), [
    ("Rina Wulandari PutriSenin, 16 Nov 2026, 12:00 WIB", "Rina Wulandari Putri"),
    ("LAPORAN: RINA WULANDARI PUTRISELASA, 06 OKTOBER 2026 | 15:20 WIB", "Rina Wulandari Putri"),
])
def test_byline_glued_to_its_date_is_split_again(line, name):
    """A name and the weekday of its date dumped without a space between them (IDN Times, RMOL)."""
    art = dump_article(["Beranda Berita", "Jam Operasional Bus Kota Diperpanjang hingga Malam", line, *LEAD, *FOOT])
    assert art.authors == [name]


def test_a_weekday_in_a_sentence_is_left_alone():
    from kabar.extract.metadata import unglued_weekday

    assert unglued_weekday("Rapat digelar Senin, 16 November, di balai kota.") == \
        "Rapat digelar Senin, 16 November, di balai kota."
