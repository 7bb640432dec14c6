"""Furniture above the headline, between the headline block and the body, and after the body, in the forms outlets
print it, put into every whole-page dump (tests/fixtures/whole_dumps, whole_dumps2, whole_dumps3, whole_dumps4): the headline and
the body must come out as before. The forms the probe found kabar reading wrong: a popular list with a snippet under
each headline above an undated headline (taken for the article's start and headline), a reader-reaction widget after
the body (its question read as the last paragraph), a share bar or photo tools between a lone photo credit's caption
and the lead (the caption read as the lead)."""

from __future__ import annotations

import json

import pytest

from kabar.extract import extract_pages
from kabar.records import Page
from tests.conftest import FIXTURES
from tests.extract.test_whole_dumps2 import KNOWN_PAGE_MISSES

ABOVE = {
    "hashtags": ["#BanjirJakarta", "#HargaBeras", "#Timnas"],
    "breaking ticker": ["BREAKING NEWS: Gempa Magnitudo 5,2 Guncang Maluku Utara, Tidak Berpotensi Tsunami"],
    "weather": ["Jakarta 31°C Berawan"],
    "market ticker": ["IHSG 7.412,35 +0,42%", "USD/IDR 15.680 -0,15%"],
    "ads": ["ADVERTISEMENT", "Iklan"],
    "live tv": ["Live Streaming", "Live TV"],
    "date bar": ["Rabu, 25 November 2026"],
    "popular list with snippets": [
        "Terpopuler", "Harga Cabai Merah Turun Drastis Setelah Panen Raya",
        "Pedagang di pasar induk mengatakan harga cabai turun hingga separuhnya dalam sepekan terakhir.",
        "Pemprov Umumkan Jadwal Pemadaman Bergilir di Tiga Kecamatan",
        "Pemadaman dilakukan untuk perbaikan jaringan dan berlangsung selama tiga hari berturut-turut."],
}
BETWEEN = {
    "share bar": ["Bagikan", "Facebook", "Twitter", "WhatsApp", "Salin Link"],
    "reading time": ["Waktu baca 3 menit"],
    "audio player": ["Dengarkan artikel ini", "00:00 / 03:12"],
    "photo tools": ["Lihat Foto", "Perbesar"],
    "caption with credit": ["Suasana di lokasi kejadian. (Dok. Humas Polres)"],
    "gallery counter": ["1 / 5"],
}
AFTER = {
    "report and share": ["Laporkan", "Komentar", "Bagikan"],
    "author box": ["Tentang Penulis", "Andi Saputra",
                   "Wartawan yang meliput isu perkotaan dan transportasi publik sejak 2015."],
    "source credit": ["Sumber: Antara"],
    "reaction widget": ["Bagaimana perasaan Anda setelah membaca artikel ini?", "Senang", "Sedih", "Marah", "Terkejut"],
    "next article": ["Artikel Selanjutnya", "Harga Cabai Merah Turun Drastis Setelah Panen Raya"],
    "load more": ["Muat Lebih Banyak"],
    "comments": ["Komentar (2)", "Budi Santoso",
                 "Semoga pemerintah segera menyelesaikan masalah ini dengan cepat dan tepat sasaran untuk warga.", "Rina",
                 "Setuju sekali, warga sudah lama menunggu perbaikan dari pemerintah daerah setempat."],
}
FAMILIES = {"above the headline": ABOVE, "between headline and body": BETWEEN, "after the body": AFTER}


def _pages() -> list[tuple[str, str, dict]]:
    out = []
    for folder in ("whole_dumps", "whole_dumps2", "whole_dumps3", "whole_dumps4", "whole_dumps5", "whole_dumps6"):
        expected = json.loads((FIXTURES / folder / "expected.json").read_text())
        out += [(folder, name, want) for name, want in sorted(expected.items())
                if not name.startswith("_") and name not in KNOWN_PAGE_MISSES]
    return out


def _cases():
    for family, forms in FAMILIES.items():
        for how in forms:
            for folder, name, want in _pages():
                yield pytest.param(folder, name, want, family, how, id=f"{family}-{how}-{name}")


def _insert_at(lines: list[str], want: dict, family: str) -> int:
    starts = want["body_starts"]
    if family == "above the headline":
        return lines.index(want["title"])
    if family == "between headline and body":
        return min(i for i, line in enumerate(lines) if line.startswith(starts[0]))
    return max(i for i, line in enumerate(lines) if line.startswith(starts[-1])) + 1


@pytest.mark.parametrize(("folder", "name", "want", "family", "how"), list(_cases()))
def test_furniture_around_the_article(folder, name, want, family, how):
    lines = [line for line in (FIXTURES / folder / name).read_text(encoding="utf-8").split("\n") if line.strip()]
    at = _insert_at(lines, want, family)
    raw = lines[:at] + FAMILIES[family][how] + lines[at:]
    got = extract_pages([Page(source=name, raw="\n".join(raw), kind="text")])[0]
    assert got.title == want["title"]
    assert [p[: len(s)] for p, s in zip(got.text.split("\n"), want["body_starts"], strict=False)] == want["body_starts"]
    assert len(got.text.split("\n")) == len(want["body_starts"])
