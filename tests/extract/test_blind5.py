"""Rules the blind sets real_html14 and whole_dumps5 brought in, each tested on small pages of its own."""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.records import Page

MENU = ["Beranda", "Gaya Hidup", "Kesehatan", "Keluarga", "Kuliner"]
LEAD = ["Banyak orang sulit tidur nyenyak di malam hari. Ada beberapa cara sederhana yang bisa dicoba agar tidur "
        "lebih nyenyak dan bangun dengan badan bugar.",
        "1. Jauhkan ponsel dari tempat tidur",
        "Cahaya layar membuat otak tetap terjaga. Simpan ponsel di meja lain setidaknya satu jam sebelum tidur.",
        "2. Minum air hangat",
        "Segelas air hangat membantu tubuh lebih rileks sehingga kamu lebih cepat terlelap di malam hari."]


def _dump(lines: list[str]):
    return extract_pages([Page(source="t.txt", raw="\n\n".join(lines), kind="text")])[0]


def test_a_listicle_headline_over_a_standfirst_printed_without_a_full_stop():
    headline = "7 Cara Sederhana Agar Tidur Lebih Nyenyak Setiap Malam"
    standfirst = "Tidur lama ternyata belum tentu membuat badan segar"
    got = _dump(MENU + [headline, standfirst, "Rina Maharani", "20 November 2026", *LEAD, "Tags", "tidur"])
    assert (got.title, got.description) == (headline, standfirst)
    assert got.text.split("\n")[0] == LEAD[0]


def test_a_headline_in_sentence_case_under_a_ticker_in_title_case_stays_the_headline():
    """(the ticker names less of the lead than the headline does)"""
    headline = "Cara sederhana agar tidur nyenyak di malam hari"
    ticker = "BREAKING NEWS: Harga Emas Antam Naik Lagi Pagi Ini"
    got = _dump(MENU + [ticker, headline, "Rina Maharani", "20 November 2026", *LEAD])
    assert got.title == headline and got.description is None


NEWS = ["Jalan Desa Rusak Parah, Warga Tanam Pohon Pisang di Tengah Jalan",
        "Reporter: Dimas Prakoso",
        "Warga Desa Sukamaju menanam pohon pisang di tengah jalan desa yang rusak parah sebagai bentuk protes kepada "
        "pemerintah kabupaten.",
        "Jalan sepanjang dua kilometer itu sudah rusak sejak tiga tahun lalu dan belum pernah diperbaiki meski warga "
        "berulang kali mengajukan usulan.",
        "Kepala desa mengatakan usulan perbaikan sudah masuk dalam musyawarah perencanaan pembangunan tahun ini."]


def test_a_date_printed_only_among_the_credits_under_the_text_dates_the_page():
    got = _dump(MENU + NEWS + ["Editor: Rahmat Hidayat", "Selasa, 24 November 2026 - 21:05 WIB", "Tags", "jalan rusak"])
    assert got.published == "2026-11-24T21:05+07:00"
    assert got.editors == ["Rahmat Hidayat"]


def test_a_date_under_a_list_after_the_text_dates_another_story():
    related = ["Berita Terkait", "Bupati Janji Perbaiki Jalan Kabupaten Sebelum Lebaran Tahun Depan",
               "Senin, 23 November 2026 - 10:00 WIB"]
    got = _dump(MENU + NEWS + related)
    assert got.published is None
