"""Menu rows are never headlines; short 'Baca:' links, bare 'Tag' rows and channel promos are furniture."""

from kabar.extract.features import is_boilerplate_cue, is_menu_row
from kabar.extract.lines import classify_lines

BODY = [
    "BANDUNG - Pemerintah Provinsi Jawa Barat menyiapkan 120 posko kesehatan di jalur mudik selatan tahun ini.",
    "Kepala Dinas Kesehatan mengatakan setiap posko dijaga dokter dan perawat selama 24 jam penuh.",
    "Posko juga menyediakan tempat istirahat bagi pemudik yang kelelahan di perjalanan panjang.",
]


def test_menu_rows_and_breadcrumbs_are_recognised():
    assert is_menu_row("Beranda Nasional Internasional Ekonomi Olahraga Hiburan Otomotif Tekno")
    assert is_menu_row("Home Nasional Politik")
    assert not is_menu_row("Posko Kesehatan Mudik Disiapkan di Jalur Selatan")
    assert not is_menu_row("Harga Saham Naik 10 Persen")  # digits: a headline, not a menu


def test_a_menu_row_above_the_date_is_not_taken_as_the_title():
    page = ["Okezone", "Beranda News Nasional Megapolitan Ekonomi Bola Sports Otomotif Lifestyle Travel",
            "Senin, 1 April 2024 10:15 WIB", "Jabar Siapkan 120 Posko Kesehatan di Jalur Mudik Selatan", "", *BODY]
    labels = classify_lines(page)
    assert labels.title == 4
    assert 2 in labels.boilerplate


def test_short_read_link_tag_row_and_channel_promo_are_boilerplate():
    assert is_boilerplate_cue("Baca: Jalur Selatan Mulai Dipadati Pemudik", 6)
    assert is_boilerplate_cue("Tag mudik lebaran jawa barat", 5)
    assert is_boilerplate_cue("Dapatkan update berita pilihan setiap hari. Mari bergabung di kanal WhatsApp kami.", 12)
    assert not is_boilerplate_cue("Tagihan air naik mulai bulan depan, kata direktur PDAM.", 9)
    assert not is_boilerplate_cue("Bacaan Al-Quran menggema di masjid raya sepanjang malam.", 8)
