"""Headline blocks that the blind whole-page dumps (tests/fixtures/whole_dumps2) showed kabar reading wrong: a
headline opened by a "FOTO:" kicker, a byline "Name (Outlet)" under a standfirst, and a share button in title case
beside the date taken for a name. Pages made up for each rule."""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.lines import classify_lines
from kabar.records import Page

LEAD = ["Pekanbaru - Longsor menimbun jalan lintas provinsi setelah hujan deras mengguyur kawasan itu sejak malam.",
        "Balai jalan nasional menurunkan tiga alat berat untuk membersihkan material tanah dan batu di lokasi.",
        "Polisi mengimbau pengendara memakai jalur alternatif hingga penanganan longsor selesai dilakukan."]
MENU = ["Beranda", "Regional", "Foto", "Video", "Masuk"]


def _article(raw: list[str]):
    return extract_pages([Page(source="page.txt", raw="\n".join(raw), kind="text")])[0]


def test_a_headline_opened_by_a_photo_kicker_is_the_headline():
    headline = "FOTO: Jalan Lintas Provinsi Tertimbun Longsor, Antrean Kendaraan Mengular"
    raw = [*MENU, headline, "Oleh Rudi Hartono", "21 Nov 2026, 07:00 WIB", "1 dari 3",
           "Alat berat membersihkan material longsor. (Kabar/Rudi Hartono)", *LEAD]
    labels = classify_lines(raw)
    assert labels.title == 6
    assert [raw[n - 1] for n in labels.body] == LEAD


def test_a_photo_teaser_without_a_byline_under_it_is_no_headline():
    headline = "Jalan Lintas Provinsi Tertimbun Longsor, Antrean Kendaraan Mengular"
    raw = [*MENU, headline, "Oleh Rudi Hartono", "21 Nov 2026, 07:00 WIB", *LEAD[:2],
           "FOTO: Warga Bergotong Royong Membersihkan Lumpur di Permukiman", LEAD[2]]
    labels = classify_lines(raw)
    assert raw[labels.title - 1] == headline
    assert 11 not in labels.body


def test_a_share_button_beside_the_date_is_not_a_name():
    raw = [*MENU, "Jalan Lintas Provinsi Tertimbun Longsor, Antrean Kendaraan Mengular", "Oleh Rudi Hartono",
           "21 Nov 2026, 07:00 WIB", "Copy Link", *LEAD]
    assert _article(raw).authors == ["Rudi Hartono"]


def test_a_byline_with_the_outlet_in_brackets_under_the_standfirst():
    lead = ["Construction of a flood tunnel meant to protect central Jakarta has fallen behind schedule, officials said.",
            "The tunnel was slated for completion next year, but land acquisition has stalled along its route.",
            "Residents say the compensation offered is below market prices for land in the neighborhood."]
    raw = ["Indonesia", "Politics", "Business", "Opinion", "Society",
           "Jakarta flood tunnel faces delays as land acquisition stalls",
           "The city administration says only part of the land needed has been secured, pushing completion back.",
           "Dio Suhenda (The Jakarta Post)", "Jakarta ● Wed, November 18, 2026", "Share this article", *lead]
    art = _article(raw)
    assert art.title == raw[5]
    assert art.description == raw[6]
    assert art.authors == ["Dio Suhenda"]
    assert art.outlet == "The Jakarta Post"
    assert art.text.split("\n") == lead


def test_a_name_with_an_unknown_bracket_keeps_out_of_the_outlet():
    lead = LEAD
    raw = [*MENU, "Jalan Lintas Provinsi Tertimbun Longsor, Antrean Kendaraan Mengular",
           "Warga diminta memakai jalur alternatif selama penanganan longsor berlangsung di lokasi.",
           "Rudi Hartono (Kontributor)", "21 Nov 2026, 07:00 WIB", *lead]
    assert _article(raw).outlet is None


POPULAR = ["Terpopuler", "Pemprov Umumkan Jadwal Pemadaman Bergilir di Tiga Kecamatan Mulai Pekan Depan",
           "Senin, 01 Januari 2024 08:00 WIB", "Harga Cabai Merah Turun Drastis Setelah Panen Raya di Sentra Produksi",
           "Senin, 01 Januari 2024 07:30 WIB", "Ratusan Warga Longsor Antre Bantuan di Kantor Kelurahan Sejak Subuh",
           "Minggu, 31 Desember 2023 19:10 WIB"]


def test_an_undated_headline_under_a_list_of_dated_headlines_is_the_headline():
    headline = "Longsor Timbun Jalan Lintas Provinsi, Kendaraan Dialihkan ke Jalur Alternatif"
    raw = [*MENU, *POPULAR, headline, "Bagikan", "Facebook", *LEAD]
    assert _article(raw).title == headline


def test_a_dated_headline_under_a_list_of_dated_headlines_stays_the_headline():
    headline = "Longsor Timbun Jalan Lintas Provinsi, Kendaraan Dialihkan ke Jalur Alternatif"
    raw = [*MENU, *POPULAR, headline, "Sabtu, 21 November 2026 07:00 WIB", "Alat berat di lokasi longsor tertutup lumpur",
           *LEAD]
    assert _article(raw).title == headline


def test_a_kicked_headline_printed_twice_without_a_byline_is_the_headline():
    headline = "FOTO: Jalan Lintas Provinsi Tertimbun Longsor, Antrean Kendaraan Mengular"
    raw = [*MENU, headline, headline, "Copy Link", "1 dari 3", "Alat berat membersihkan material longsor. (Kabar/Rudi)",
           *LEAD]
    assert _article(raw).title == headline


def test_a_headline_printed_twice_beats_the_site_name_over_the_mastheads_date():
    headline = "DPR Minta Pemerintah Evaluasi Program Pupuk Bersubsidi Sebelum Musim Tanam"
    lead = ["RMOL. Komisi DPR meminta pemerintah mengevaluasi penyaluran pupuk bersubsidi sebelum musim tanam dimulai.",
            "Banyak petani di daerah mengeluh pupuk bersubsidi datang terlambat ketika benih sudah disemai.",
            "Pemerintah tahun ini mengalokasikan jutaan ton pupuk bersubsidi dengan anggaran puluhan triliun rupiah."]
    raw = ["Kantor Berita Politik RMOL", "Senin, 09 November 2026", *MENU, headline, headline,
           "Ilustrasi petani menebar pupuk di sawah/Net", *lead]
    assert _article(raw).title == headline


def test_a_site_name_over_the_mastheads_date_is_no_headline_when_the_lead_names_the_headline():
    """The lead's dateline "RMOL." names the outlet as the site's name does; stripped, the lead names the headline."""
    headline = "DPR Minta Pemerintah Evaluasi Program Pupuk Bersubsidi Sebelum Musim Tanam"
    lead = ["RMOL. Komisi DPR meminta pemerintah mengevaluasi penyaluran pupuk bersubsidi sebelum musim tanam dimulai.",
            "Banyak petani di daerah mengeluh pupuk bersubsidi datang terlambat ketika benih sudah disemai.",
            "Pemerintah tahun ini mengalokasikan jutaan ton pupuk bersubsidi dengan anggaran puluhan triliun rupiah."]
    raw = ["Kantor Berita Politik RMOL", "Senin, 09 November 2026", *MENU, "BREAKING NEWS: KPK Periksa Dua Pejabat Dinas",
           headline, "Ilustrasi petani menebar pupuk di sawah/Net", *lead]
    assert _article(raw).title == headline


def test_a_kicked_headline_alone_is_the_headline():
    headline = "FOTO: Jalan Lintas Provinsi Tertimbun Longsor, Antrean Kendaraan Mengular"
    raw = [*MENU, headline, "Copy Link", "1 dari 3", "Alat berat membersihkan material longsor. (Kabar/Rudi)", *LEAD]
    assert _article(raw).title == headline
