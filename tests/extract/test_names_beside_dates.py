"""A bare name line beside the date is the byline; the line on the date's other side is not a second author
(kabar.extract.metadata._name_lines): widget buttons in title case ("Order Reprints", "Cetak Halaman") read as
two-word names."""

from __future__ import annotations

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
