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
    # (a word not in the gazetteer, or a bracket naming no agency, is no dateline)
    assert parse_dateline("sementara (kemarin) - warga")[0] is None
    assert parse_dateline("warga (ANTARA) - ada")[0] is None
