"""meta_line_kind: which raw lines are bylines, dates, editor/translator/credit lines or bare datelines."""

from __future__ import annotations

import pytest

from kabar.extract.metadata import meta_line_kind, meta_line_kinds


@pytest.mark.parametrize(("line", "kind"), [
    # bylines
    ("oleh Natasha Khairunisa Amani diperbarui 26 Okt 2020, 14:32 WIB", "byline"),  # liputan6
    ("Penulis: Fitria Chusna Farisa | Editor: Diamanty Meiliana", "byline"),  # kompas
    ("Penulis Fitria Chusna Farisa", "byline"),
    ("Reporter: Egi Adyatama", "byline"),  # tempo
    ("LAPORAN: SARAH MEILIANA GUNAWAN", "byline"),  # rmol
    ("Laporan Wartawan Tribunnews.com, Igman Ibrahim", "byline"),  # tribunnews
    ("Andhika Prasetia - detikNews", "byline"),  # detik
    ("Fahreza Rizky , Jurnalis · Rabu 21 Oktober 2020 09:20 WIB", "byline"),  # okezone
    ("Muhammad Yasir | Rabu, 21 Oktober 2020 | 09:20 WIB", "byline"),  # suara
    ("Pewarta: Ajat Sudrajat", "byline"),  # antaranews
    ("Rep: Febryan A Red: Agus Yulianto", "byline"),  # republika
    ("Oleh: Dr. Ahmad Fauzi", "byline"),
    ("Penulis", "byline"),  # label, the name on the next line
    ("Penulis: Tim Liputan6.com", "byline"),  # a desk, no person: still the byline line
    ("Editor: Redaksi", "editor"),
    # dates
    ("RABU, 21 OKTOBER 2020 | 09:20 WIB | LAPORAN: SARAH MEILIANA GUNAWAN", "date"),
    ("- 24 Oktober 2020, 06:25 WIB", "date"),  # pikiran-rakyat
    ("Diterbitkan 26 Okt 2020, 14:32 WIB", "date"),
    ("Kompas.com - 21/10/2020, 09:20 WIB", "date"),
    ("Selasa, 20 Okt 2020 13:45 WIB", "date"),
    ("Rabu 21 Oct 2020 09:20 WIB", "date"),  # republika
    ("Kamis, 22 Oktober 2020 – 14:05 WITA", "date"),
    ("CNN Indonesia | Rabu, 21/10/2020 09:20 WIB", "date"),
    ("Dipublikasikan: Kamis, 22 Oktober 2020 07:15 WIB", "date"),
    ("Update Terakhir: 22 Oktober 2020 07:15 WIB", "date"),
    ("21 Oktober 2020 9:20", "date"),  # kumparan
    ("Jumat, 23 Oktober 2020 21:05 WIB Dibaca: 1.234 kali", "date"),  # with a read counter
    # editors, translators, credits
    ("Editor: M Bayu Pratama", "editor"),
    ("Redaktur: Friederich Batari", "editor"),
    ("Penyunting: Rina Marlina", "editor"),
    ("Editor : Hadijah Alaydrus", "editor"),
    ("Penerjemah: Suwanti", "translator"),
    ("Alih bahasa: Budi Santoso", "translator"),
    ("Sumber: Reuters", "credit"),
    ("Sumber: Al Jazeera", "credit"),
    ("Artikel ini telah tayang di Kompas.com dengan judul \"Harga Naik\"", "credit"),
    # a dateline standing alone on its line
    ("JAKARTA, KOMPAS.com -", "dateline"),
    ("Jakarta (ANTARA) -", "dateline"),
])
def test_meta_lines(line, kind):
    assert meta_line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "Oleh karena itu, pemerintah akan menaikkan harga BBM pada 1 Oktober 2020.",
    "Pada Selasa (20/10), Armenia dan Azerbaijan mengatakan, menteri luar negeri mereka akan bertemu.",
    "Konflik antara Azerbaijan dan Armenia telah kembali meletus pada 27 September 2020.",
    "Sumber di kepolisian mengatakan hal itu pada Rabu, 21 Oktober 2020.",
    "Editor senior itu mengatakan bahwa redaksi akan menolak semua tulisan yang masuk pada 2020.",
    "Liputan6.com, Jakarta- Para menteri luar negeri dari Armenia dan Azerbaijan dilaporkan akan bertemu.",
    "Baca Juga: Tidak Ingin Kalah dengan Tetangga, Gelaran MotoGP Indonesia",
    "Populer", "UPDATE", "Advertisement", "Saksikan Video Berikut Ini:", "Komentar", "",
    "COPYRIGHT © ANTARA 2020",
    "Reporter Senior Kompas Tutup Usia", "Editor Majalah Tempo Meninggal Dunia",
    "Penulis Terpopuler", "Editor Pilihan", "Editor's Pick", "Sumber Foto: Antara", "(Foto: ANTARA/Reuters)",
    "Foto: Dok. Istimewa", "Kompas.com", "Berita Terkait",
    "Presiden Joko Widodo",
    "Pemukiman warga hancur setelah pertempuran sengit di Nagorno-Karabakh/Net",
    "Setidaknya 16 tentara telah tewas dalam lima hari terakhir (Photo credit: Karen Minasyan/AFP)",
    "x" * 400,
])
def test_not_meta_lines(line):
    assert meta_line_kind(line) is None


def test_dates_of_a_popular_list_are_not_meta_in_context():
    lines = ["Judul artikel", "Selasa, 20 Okt 2020 13:45 WIB", "Isi berita panjang sekali di sini.", "", "",
             "Populer", "Judul lain", "Sabtu, 27 April 2024 | 17:17", "Judul lain lagi", "Kamis, 02 Mei 2024 | 13:53",
             "Judul ketiga", "Minggu, 05 Mei 2024 | 09:51"]
    kinds = meta_line_kinds(lines)
    assert kinds[1] == "date"
    assert kinds[7] is None and kinds[9] is None and kinds[11] is None


def test_repeated_identical_date_lines_are_not_a_list():
    lines = ["Selasa, 20 Okt 2020 13:45 WIB", "Judul", "Selasa, 20 Okt 2020 13:45 WIB"]
    assert meta_line_kinds(lines) == ["date", None, "date"]
