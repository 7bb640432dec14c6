"""A bare name line beside the date is the byline; the line on the date's other side is not a second author
(kabar.extract.metadata._name_lines): widget buttons in title case ("Order Reprints", "Cetak Halaman") read as
two-word names."""

from __future__ import annotations

import pytest

from kabar.extract import extract_pages
from kabar.extract.lines import credit_line_kind
from kabar.extract.metadata import meta_line_kind
from kabar.records import Page
from tests.extract.labelled import page

LEAD = "B Harga beras medium di pasar tradisional naik sekitar delapan persen sepanjang bulan lalu, kata petugas."


def test_a_button_under_the_date_is_no_second_author_of_a_labelled_byline():
    """"By" / "Al Root" / the date / "Order Reprints": the label holds the byline, the button under the date
    is no name."""
    meta = page(f"""
T Home Depot Stock Is Falling After Its Earnings Release
X By
X Al Root
M Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET
X Order Reprints
X Print Article
{LEAD}
""")
    assert meta["authors"] == ["Al Root"]


def test_a_button_under_the_date_is_no_second_author_of_a_bare_name():
    """A bare name over the date is the byline; "Cetak Halaman" under it is a button."""
    meta = page(f"""
T Harga Beras Medium Naik Delapan Persen dalam Sebulan
X Rina Wulandari
M Senin, 20 Maret 2023 10:15 WIB
X Cetak Halaman
{LEAD}
""")
    assert meta["authors"] == ["Rina Wulandari"]


def test_a_bare_name_under_the_date_is_still_read():
    """With no name over the date, the name under it is the byline (Sindonews: date, then name)."""
    meta = page(f"""
T Harga Beras Medium Naik Delapan Persen dalam Sebulan
M Senin, 20 Maret 2023 10:15 WIB
X Rina Wulandari
{LEAD}
""")
    assert meta["authors"] == ["Rina Wulandari"]


@pytest.mark.parametrize(("line", "kind"), [
    ("Yulia Savitri Ningsih — 15 November 2026", "byline"),
    ("Andi Saputra - Senin, 16 November 2026", "byline"),
    ("Chris Davies – Nov 19, 2019, 10:31 pm CST", "byline"),
    ("Palembang — 15 November 2026", "date"),  # a place before the date is no writer
])
def test_a_name_and_a_date_parted_by_a_spaced_dash_is_a_byline(line, kind):
    assert meta_line_kind(line) == kind


def test_the_writer_of_a_name_dash_date_line_under_the_headline_is_read():
    raw = ["Sumsel Update", "Palembang", "Festival Perahu Naga di Sungai Musi Diikuti Empat Puluh Tim",
           "Yulia Savitri Ningsih — 15 November 2026",
           "PALEMBANG – Sebanyak empat puluh tim dari berbagai daerah mengikuti festival perahu naga di Sungai Musi.",
           "Ribuan warga memadati tepian sungai di kawasan Benteng Kuto Besak untuk menyaksikan lomba itu.",
           "Setiap perahu diawaki dua puluh pendayung, seorang penabuh gendang, dan seorang juru mudi."]
    article = extract_pages([Page(source="page.txt", raw="\n\n".join(raw), kind="text")])[0]
    assert article.authors == ["Yulia Savitri Ningsih"]
    assert article.published.startswith("2026-11-15")


@pytest.mark.parametrize(("line", "name"), [
    ("Posted by Jane Doe on May 12, 2020", "Jane Doe"),
    ("Diposting oleh Budi Santoso pada 12 Mei 2020", "Budi Santoso"),
    ("Dipublikasikan oleh Rina Wulandari", "Rina Wulandari"),
])
def test_a_posted_by_line_is_a_byline(line, name):
    """Blog themes credit the writer with "Posted by" / "Diposting oleh": a byline, not a headline-like line."""
    assert meta_line_kind(line) == "byline"
    meta = page(f"""
T Harga Beras Medium Naik Delapan Persen dalam Sebulan
M {line}
{LEAD}
""")
    assert meta["authors"] == [name]


@pytest.mark.parametrize(("line", "kind"), [("Red Pill", None), ("Rep Sukses Bersama", None),
                                            ("Red: Budi Santoso", "editor"), ("Penulis Ahmad Fauzi", "byline")])
def test_short_credit_abbreviations_need_their_colon(line, kind):
    """"Red" and "Rep" open a credit only with a colon; a menu item "Red Pill" is no editor line."""
    assert credit_line_kind(line) == kind


def test_a_name_under_a_headline_far_above_the_body_is_no_byline():
    """A menu's line taken for the headline far above the body: the menu item under it ("Last Man") is no name."""
    menu = "\n".join(f"X Menu Item {n}" for n in range(40))
    meta = page(f"""
X Home
T Join Private Club
X Last Man
{menu}
{LEAD}
""")
    assert meta["authors"] == []


def test_a_name_under_a_headline_near_the_body_is_the_byline():
    meta = page(f"""
X Home
T Harga Beras Medium Naik Delapan Persen dalam Sebulan
X Rina Wulandari
X Bagikan
{LEAD}
""")
    assert meta["authors"] == ["Rina Wulandari"]
