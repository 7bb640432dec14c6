"""Real-style Indonesian news pages (tests/fixtures/real_html): full HTML in twelve outlets' house styles and their
visible-line dumps, read as a user's files are (kabar.io.read_source -> kabar.extract.extract_pages).

Per page: body token F1 >= 0.95 against the hand-written paragraphs, and title, published (to the minute, as an
instant), authors, editors, outlet and dateline as expected.json states them. The rules these pages brought in are
tested again below on small pages in other outlets' styles.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime
from functools import cache

import pytest

from kabar.extract import extract_pages
from kabar.extract.metadata import _html_authors, _outlet_from_text, meta_line_kind
from kabar.io.readers import read_source
from kabar.records import Page
from tests.conftest import FIXTURES

PAGES = FIXTURES / "real_html"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text()).items() if not k.startswith("_")}
FIELDS = ("title", "published", "authors", "editors", "outlet", "dateline", "agencies")



def tokens(text: str) -> Counter:
    return Counter(t.lower() for t in re.findall(r"\w+", text or ""))


def token_f1(predicted: str, truth: str) -> float:
    p, t = tokens(predicted), tokens(truth)
    common = sum((p & t).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def same_instant(got: str | None, want: str | None) -> bool:
    if not got or not want:
        return got == want
    x, y = datetime.fromisoformat(got), datetime.fromisoformat(want)
    return x.tzinfo is not None and x.replace(second=0, microsecond=0) == y


@cache
def article(name: str, mode: str):
    path = PAGES / name if mode == "html" else PAGES / "dumps" / name.replace(".html", ".txt")
    pages = list(read_source(path.name, path.read_bytes()))
    assert len(pages) == 1 and isinstance(pages[0], Page) and pages[0].kind == mode
    return extract_pages(pages)[0]


def _cases(kind: str):
    for name in EXPECTED:
        for mode in ("html", "text"):
            if kind == "body":
                yield pytest.param(name, mode, id=f"{name}-{mode}")
            else:
                for field in FIELDS:
                    if field in EXPECTED[name]:
                        yield pytest.param(name, mode, field, id=f"{name}-{mode}-{field}")


def test_fixture_dumps_are_the_pages_visible_lines():
    for name, want in EXPECTED.items():
        dump = (PAGES / "dumps" / name.replace(".html", ".txt")).read_text()
        assert want["title"] in dump and all(p.split(" - ", 1)[-1][:40] in dump for p in want["body"])


@pytest.mark.parametrize(("name", "mode"), list(_cases("body")))
def test_body_token_f1(name, mode):
    got = article(name, mode).text
    assert token_f1(got, "\n".join(EXPECTED[name]["body"])) >= 0.95, got


@pytest.mark.parametrize(("name", "mode", "field"), list(_cases("fields")))
def test_metadata_field(name, mode, field):
    got, want = getattr(article(name, mode), field), EXPECTED[name][field]
    if field == "published":
        assert same_instant(got, want), (got, want)
    else:
        assert got == want


# --- the rules these pages needed, on other outlets' styles ---------------------------------------------------------


def text_article(lines: list[str]):
    return extract_pages([Page(source="t.txt", raw="\n\n".join(lines), kind="text")])[0]


BODY = [
    "JAKARTA, KOMPAS.com - Pemerintah Provinsi DKI Jakarta memperpanjang masa berlaku kartu bantuan pendidikan bagi "
    "pelajar dari keluarga tidak mampu hingga akhir tahun ajaran mendatang.",
    "Kepala dinas pendidikan mengatakan perpanjangan diberikan karena proses pendataan ulang penerima belum selesai "
    "di sejumlah kelurahan.",
    '"Kami minta orangtua tidak khawatir, bantuan tetap cair setiap bulan seperti biasa," ujarnya, Rabu (8/11/2023).',
]


def test_label_line_with_the_name_on_the_next_line():
    """Credit boxes dumped as 'Penulis' / name / 'Editor' / name (Kompas.com, Sindonews, IDN Times layouts)."""
    art = text_article(["Beranda News Megapolitan", "Bantuan Pendidikan Pelajar DKI Diperpanjang hingga Akhir Tahun",
                        "Kompas.com - 08/11/2023, 10:05 WIB", "Penulis", "Kontributor Jakarta, Sonya Teresa",
                        "Editor", "Ambaranie Nadia Kemala Movanita", *BODY, "Copyright 2008 - 2023 PT. Kompas Cyber Media"])
    assert art.authors == ["Sonya Teresa"]
    assert art.editors == ["Ambaranie Nadia Kemala Movanita"]
    plain = text_article(["Bantuan Pendidikan Pelajar DKI Diperpanjang hingga Akhir Tahun",
                          "Rabu, 08 Nov 2023 10:05 WIB", *BODY])
    assert plain.authors == [] and plain.editors == []


def test_author_tag_naming_the_outlet_falls_back_to_the_jsonld_person():
    meta = {"authors": ["Liputan6.com"], "jsonld": {"authors": ["Muhammad Ali"], "publisher": "Liputan6.com"}}
    assert _html_authors(meta) == ["Muhammad Ali"]
    assert _html_authors({"authors": ["Okezone"], "jsonld": {"authors": ["Okezone"]}}) == []
    assert _html_authors({"authors": ["Rina Amelia"], "jsonld": {"authors": ["Redaksi"]}}) == ["Rina Amelia"]


def test_name_alone_above_the_date_is_the_byline():
    """Liputan6, Merdeka, IDN Times print the writer's name alone on the line next to the date."""
    art = text_article(["Harga Cabai di Pasar Induk Turun Drastis", "Arthur Gideon",
                        "Diterbitkan 08 November 2023, 10:05 WIB", *BODY])
    assert art.authors == ["Arthur Gideon"]
    after = text_article(["Harga Cabai di Pasar Induk Turun Drastis", "Rabu, 08 Nov 2023 10:05 WIB", "Nur Habibie",
                          *BODY])
    assert after.authors == ["Nur Habibie"]


def test_name_alone_under_the_headline_is_the_byline():
    """Sindonews, Pikiran Rakyat: date above the headline, the writer's name alone under it."""
    art = text_article(["Rabu, 08 November 2023 - 10:05 WIB", "Harga Cabai di Pasar Induk Turun Drastis",
                        "Michelle Natalia", *BODY])
    assert art.title == "Harga Cabai di Pasar Induk Turun Drastis"
    assert art.authors == ["Michelle Natalia"]
    crumbs = text_article(["Home Ekbis Makro", "Rabu, 08 November 2023 - 10:05 WIB",
                           "Harga Cabai di Pasar Induk Turun Drastis", *BODY])
    assert crumbs.authors == []  # a breadcrumb row beside the date is no byline


def test_shortened_given_name_keeps_its_full_stop():
    from kabar.extract.bylines import names_in

    assert names_in("Moh. Kadafi") == ["Moh. Kadafi"]
    assert names_in("Abd. Rahman dan Muh. Ikhsan") == ["Abd. Rahman", "Muh. Ikhsan"]
    assert names_in("Ahmad Fauzi. Budi Santoso") == ["Ahmad Fauzi", "Budi Santoso"]


def test_credit_rows_right_under_the_body():
    """JPNN prints 'Redaktur : X' / 'Reporter : Y' under the body, often dumped among the tag and share rows."""
    art = text_article(["Honorer Diminta Tetap Bekerja Selama Seleksi", "Rabu, 08 November 2023 – 10:05 WIB", *BODY,
                        "BACA ARTIKEL LAINNYA... Gaji PPPK Naik Tahun Depan", "Redaktur : Friederich Batari",
                        "Reporter : Fathan Sinaga", "Tag PPPK honorer", "Bagikan Facebook Twitter WhatsApp"])
    assert art.editors == ["Friederich Batari"] and art.authors == ["Fathan Sinaga"]
    desk = text_article(["Honorer Diminta Tetap Bekerja Selama Seleksi", "Rabu, 08 November 2023 – 10:05 WIB", *BODY,
                         "BACA ARTIKEL LAINNYA... Gaji PPPK Naik Tahun Depan", "Redaktur : Tim Redaksi",
                         "Tag PPPK honorer"])
    assert desk.editors == []  # a desk credit names no person


def test_unlabelled_writer_and_editor_pair_is_a_byline_row():
    assert meta_line_kind("Achmad Fauzi | Iwan Supriyatna") == "byline"
    assert meta_line_kind("Dicky Prastya | Rizky Syahrial") == "byline"
    assert meta_line_kind("Jawa Barat | Jawa Tengah") is None  # a menu of places
    assert meta_line_kind("Nasional | Ekonomi | Olahraga") is None  # one-word menu items
    art = text_article(["Tarif Tol Dalam Kota Naik Mulai Pekan Depan", "Dicky Prastya | Rizky Syahrial",
                        "Rabu, 08 November 2023 | 10:05 WIB", *BODY])
    assert art.title == "Tarif Tol Dalam Kota Naik Mulai Pekan Depan"
    assert art.authors == ["Dicky Prastya"]


def test_outlet_channel_name_opening_a_meta_line():
    assert _outlet_from_text([], [], ["kumparanBISNIS Terverifikasi 8 November 2023 10:05 WIB"]) == "kumparan"
    assert _outlet_from_text([], [], ["detikFinance Rabu, 08 Nov 2023 10:05 WIB"]) == "detikcom"
    assert _outlet_from_text([], [], ["ANTARA Rabu, 08 Nov 2023 10:05 WIB"]) is None  # a wire credit
    assert _outlet_from_text([], [], ["Rabu, 08 Nov 2023 10:05 WIB"]) is None
