"""Rules the blind set whole_dumps6 brought in, each tested on small pages of its own."""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.metadata import parse_dateline
from kabar.records import Page

MENU = ["Beranda", "Terkini", "Ekonomi", "Politik", "Hukum"]


def _dump(lines: list[str]):
    return extract_pages([Page(source="t.txt", raw="\n\n".join(lines), kind="text")])[0]


def test_a_wire_dateline_typed_in_lower_case_names_its_place():
    headline = "Pemkot Siapkan Tiga Ribu Paket Sembako untuk Warga Terdampak Banjir"
    lead = ("medan (ANTARA) - Pemerintah Kota Medan menyiapkan tiga ribu paket sembako bagi warga yang terdampak banjir "
            "di enam kecamatan sejak Minggu malam.")
    got = _dump(MENU + [headline, "Senin, 23 November 2026 10:15 WIB", lead,
                        "Bantuan dibagikan melalui kantor kelurahan mulai Selasa pagi, kata kepala dinas sosial setempat.",
                        "Pewarta: Rina Sari", "Editor: Budi Santoso"])
    assert got.dateline == "Medan"
    assert parse_dateline("medan (ANTARA) - Pemerintah")[:2] == ("Medan", "ANTARA")
    assert parse_dateline("makassar - Kapal penumpang")[:2] == ("Makassar", None)
    assert parse_dateline("jakarta, CNN Indonesia -- Mahkamah")[0] == "Jakarta"
    # (a word not in the gazetteer, or a bracket naming no agency, is no dateline)
    assert parse_dateline("sementara (kemarin) - warga")[0] is None
    assert parse_dateline("warga (ANTARA) - ada")[0] is None


def test_a_comment_counter_under_the_standfirst_does_not_end_the_article():
    headline = "Harga Bawang Merah di Pasar Induk Naik Dua Kali Lipat dalam Sepekan"
    standfirst = "Pasokan dari sentra produksi berkurang karena hujan deras merusak tanaman petani menjelang panen."
    body = ["KENDARI - Harga bawang merah di pasar induk kota naik menjadi Rp70 ribu per kilogram dari Rp35 ribu pekan "
            "lalu, menurut pantauan di lapak pedagang pada Selasa pagi.",
            "Pedagang mengaku pasokan dari sentra produksi berkurang separuh sejak pekan lalu karena banjir di sawah.",
            "Dinas perdagangan setempat berencana menggelar operasi pasar mulai pekan depan di tiga kecamatan."]
    got = _dump(MENU + ["Selasa, 24 November 2026 - 09:10 WITA", headline, standfirst,
                        "Reporter: Sari Dewi | Editor: Andi Wijaya", "12 Komentar", *body, "Tags:", "bawang merah"])
    assert (got.title, got.description) == (headline, standfirst)
    assert got.text.split("\n") == body


def test_a_caption_over_its_credit_alone_between_the_byline_and_the_lead_is_no_paragraph():
    headline = "Pemprov Buka Pendaftaran Pelatihan Kerja Gratis untuk Lulusan SMK"
    caption = "Peserta mengikuti pelatihan las di balai latihan kerja. (ilustrasi)"
    body = ["Pemerintah provinsi membuka pendaftaran pelatihan kerja gratis bagi tiga ribu lulusan sekolah menengah "
            "kejuruan yang belum bekerja.",
            "Pelatihan berlangsung selama dua bulan di balai latihan kerja dan peserta mendapat uang saku harian.",
            "Pendaftaran dibuka hingga akhir bulan melalui laman resmi dinas tenaga kerja setempat."]
    got = _dump(MENU + ["Senin 23 Nov 2026 21:45 WIB", headline, "Rep: Sari Dewi/ Red: Andi Wijaya", caption,
                        "Foto: Dok. Humas", *body, "Berita Terkait", "Lowongan Kerja Bulan Ini"])
    assert got.title == headline and got.text.split("\n") == body
    # (a paragraph over a photo credit inside the text, a sentence above it, stays a paragraph)
    got = _dump(MENU + ["Senin 23 Nov 2026 21:45 WIB", headline, "Rep: Sari Dewi/ Red: Andi Wijaya", body[0],
                        body[1], "Foto: Dok. Humas", body[2], "Berita Terkait", "Lowongan Kerja Bulan Ini"])
    assert got.text.split("\n") == body


def test_a_bare_name_under_a_standfirst_under_the_headlines_second_copy_is_the_byline():
    headline = "Bus Listrik Mulai Diuji Coba di Kota, Tarif Lima Ribu Rupiah"
    standfirst = "Uji coba berlangsung selama tiga bulan di dua trayek yang melintasi pusat kota."
    body = ["Pemerintah kota mulai menguji coba bus listrik pada Selasa pagi dengan dua puluh unit kendaraan di dua "
            "trayek utama.",
            "Wali kota mengatakan hasil uji coba akan menentukan apakah program itu dilanjutkan tahun depan.",
            "Tarifnya lima ribu rupiah sekali jalan dan bisa dibayar nontunai melalui kartu elektronik."]
    lines = MENU + [headline, headline, standfirst, "Rina Maharani", "24 Nov 2026, 14:25 WITA", *body]
    got = _dump(lines)
    assert (got.title, got.description, got.authors) == (headline, standfirst, ["Rina Maharani"])
    assert 2 * (len(MENU) + 3) + 1 in got.lines.meta  # (the name's line: the dump has a blank line between lines)
    assert got.text.split("\n") == body


def test_a_bare_name_under_a_headline_with_its_date_above_is_the_byline():
    headline = "Ribuan Warga Padati Hari Bebas Kendaraan Setelah Dibuka Kembali"
    caption = "Suasana hari bebas kendaraan di jalan utama kota, Minggu (22/11/2026). Foto: Rina Maharani"
    body = ["Ribuan warga memadati hari bebas kendaraan di jalan utama kota pada Minggu pagi setelah kegiatan itu "
            "dihentikan selama tiga bulan.",
            "Warga memanfaatkan jalan yang ditutup untuk berolahraga, bersepeda, hingga membawa hewan peliharaan.",
            "Dinas perhubungan menutup ruas jalan sejak pukul enam hingga pukul sepuluh pagi."]
    lines = MENU + ["22 November 2026 11:20 WIB", "waktu baca 2 menit", headline, "Rina Maharani", caption, *body]
    got = _dump(lines)
    assert got.title == headline and got.text.split("\n") == body
    assert 2 * (len(MENU) + 3) + 1 in got.lines.meta  # (the name's line: the dump has a blank line between lines)


STANDFIRST_PAGE = ["Harga Bawang Merah di Pasar Induk Naik Dua Kali Lipat dalam Sepekan",
                   "Pasokan dari sentra produksi berkurang karena hujan deras merusak tanaman petani menjelang panen."]
STANDFIRST_BODY = ["KENDARI - Harga bawang merah di pasar induk kota naik menjadi Rp70 ribu per kilogram dari Rp35 ribu "
                   "pekan lalu, menurut pantauan di lapak pedagang pada Selasa pagi.",
                   "Pedagang mengaku pasokan dari sentra produksi berkurang separuh sejak pekan lalu karena banjir.",
                   "Dinas perdagangan setempat berencana menggelar operasi pasar mulai pekan depan di tiga kecamatan."]


def test_a_comment_counter_with_its_count_in_brackets_under_the_standfirst_does_not_end_the_article():
    got = _dump(MENU + ["Selasa, 24 November 2026 - 09:10 WITA", *STANDFIRST_PAGE, "Reporter: Sari Dewi",
                        "Komentar (3)", *STANDFIRST_BODY, "Tags:", "bawang merah"])
    assert (got.title, got.description) == tuple(STANDFIRST_PAGE)
    assert got.text.split("\n") == STANDFIRST_BODY


UNDATED_BODY = [STANDFIRST_BODY[0].removeprefix("KENDARI - "), *STANDFIRST_BODY[1:]]


def test_a_view_counter_is_no_paragraph():
    """(under a caption over its credit, the counter stood where the lead was looked for, and both came out as
    paragraphs)"""
    for counter in ("Dibaca 2.345 kali", "Dilihat: 1.204", "1.234 kali dibaca", "2,345 views"):
        got = _dump(MENU + [STANDFIRST_PAGE[0], "Selasa, 24 November 2026 09:10 WIB", "Reporter: Sari Dewi",
                            "Pedagang menata bawang merah di lapaknya. (ilustrasi)", "Foto: Dok. Humas", counter,
                            *UNDATED_BODY, "Tags:", "bawang merah"])
        assert got.text.split("\n") == UNDATED_BODY, counter


def test_a_share_bar_between_the_headline_and_its_standfirst():
    """(the standfirst was looked for on the line right under the headline only, and then read as the lead)"""
    headline, standfirst = STANDFIRST_PAGE
    for bar in (["Bagikan"], ["1.2K", "Shares"], ["350 kali dibagikan"]):
        got = _dump(MENU + [headline, *bar, standfirst, "Rina Maharani", "24 Nov 2026, 14:25 WITA",
                            "Pedagang menata bawang merah di lapaknya. (Foto: Dok. Humas)", *STANDFIRST_BODY])
        assert (got.title, got.description) == (headline, standfirst), bar
        assert got.text.split("\n") == STANDFIRST_BODY, bar


def test_a_share_bar_under_the_headlines_second_copy_leaves_the_standfirst_under_it():
    """(the headline's second copy is noise, so the standfirst under the bar read as a headline with a full stop)"""
    headline, standfirst = STANDFIRST_PAGE
    got = _dump(MENU + [headline, headline, "1.2K", "Shares", standfirst, "Rina Maharani", "24 Nov 2026, 14:25 WITA",
                        "Pedagang menata bawang merah di lapaknya. (Foto: Dok. Humas)", *STANDFIRST_BODY])
    assert (got.title, got.description) == (headline, standfirst)
    assert got.text.split("\n") == STANDFIRST_BODY


def test_a_byline_under_a_standfirst_under_a_share_bar_stays_the_byline():
    """(with 'Bagikan' between the headline and the standfirst, the byline was read as the headline)"""
    headline, standfirst = STANDFIRST_PAGE
    got = _dump(MENU + [headline, "Bagikan", standfirst, "Rina Maharani (Harian Kota)", "Kendari ● Selasa, 24 "
                        "November 2026", "Bagikan artikel ini", *STANDFIRST_BODY])
    assert (got.title, got.description) == (headline, standfirst)
    assert got.text.split("\n") == STANDFIRST_BODY
