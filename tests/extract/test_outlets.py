"""Outlets as pages name themselves (datelines, URLs, meta tags, copyright lines) and the agencies they cite."""

from __future__ import annotations

import pytest

from kabar.data import load_json
from kabar.extract.metadata import find_agencies, parse_dateline
from kabar.extract.outlets import (
    agency_name,
    outlet_by_cue,
    outlet_from_html_meta,
    outlet_from_url,
    outlet_in_copyright,
)


def test_outlet_data_is_broad_and_unambiguous():
    outlets = load_json("id/outlets.json")["outlets"]
    assert len(outlets) >= 60
    names = [o["name"] for o in outlets]
    assert len(names) == len(set(names))
    seen: dict[str, str] = {}
    for outlet in outlets:
        for cue in outlet["cues"] + outlet["domains"]:
            assert seen.setdefault(cue.lower(), outlet["name"]) == outlet["name"], cue


@pytest.mark.parametrize(("lead", "place", "outlet"), [
    ("JAKARTA, KOMPAS.com - Presiden Joko Widodo meminta", "Jakarta", "Kompas.com"),
    ("TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi", "Jakarta", "Tempo.co"),
    ("Jakarta, CNN Indonesia -- Rusia mengklaim", "Jakarta", "CNN Indonesia"),
    ("Liputan6.com, Jakarta- Para menteri luar negeri", "Jakarta", "Liputan6.com"),
    ("Baku/Yerevan (ANTARA) - Pertempuran antara pasukan", "Baku/Yerevan", "ANTARA"),
    ("Jakarta (ANTARA) - Badan Meteorologi", "Jakarta", "ANTARA"),
    ("Nusa Dua, Bali (ANTARA) - Konferensi dibuka", "Nusa Dua, Bali", "ANTARA"),
    ("PR BEKASI - Menteri Luar Negeri", None, "Pikiranrakyat-Bekasi.com"),
    ("TRIBUNNEWS.COM, JAKARTA - Kementerian Kesehatan", "Jakarta", "Tribunnews.com"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Majelis Ulama", "Jakarta", "Republika"),
    ("Suara.com - Sebuah video banjir", None, "Suara.com"),
    ("KONTAN.CO.ID - JAKARTA. Rupiah menguat", "Jakarta", "Kontan"),
    ("jpnn.com, MAKASSAR - Gubernur Sulawesi Selatan", "Makassar", "JPNN"),
    ("Bisnis.com, JAKARTA - Harga emas", "Jakarta", "Bisnis.com"),
    ("Jakarta, IDN Times - Presiden", "Jakarta", "IDN Times"),
    ("VIVA – Presiden Joko Widodo", None, "VIVA"),
    ("Merdeka.com - Presiden Joko Widodo", None, "Merdeka.com"),
    ("RMOL. Pemerintah Jepang menambah", None, "RMOL"),
    ("JAKARTA, iNews.id - Polisi menangkap", "Jakarta", "inews"),
    ("SEMARANG, suaramerdeka.com - Wali Kota", "Semarang", "Suara Merdeka"),
    # an outlet not in our list still names itself by its domain in the dateline
    ("TRIBUNPAPUA.COM, JAYAPURA - Bupati", "Jayapura", "Tribunpapua.com"),
    ("Washington (ANTARA/Reuters) - Presiden AS", "Washington", "ANTARA"),
    ("Paris (AFP) - Presiden Prancis", "Paris", None),  # an agency's dateline names no Indonesian outlet
    ("Jakarta - Ketua DPR Puan Maharani", "Jakarta", None),  # detik, okezone: place only
    ("BEKASI - Polisi menangkap", "Bekasi", None),
    ("NUSA DUA - Konferensi dibuka", "Nusa Dua", None),
    ("Kuala Lumpur - Perdana Menteri Malaysia", "Kuala Lumpur", None),
    ("Jakarta. President Joko Widodo on Wednesday", "Jakarta", None),  # English editions
])
def test_datelines(lead, place, outlet):
    got_place, got_outlet, end = parse_dateline(lead)
    assert (got_place, got_outlet) == (place, outlet)
    assert end > 0


@pytest.mark.parametrize("lead", [
    "Namun, kedua pihak mengesampingkan kemungkinan itu.",
    "Setelah dikritik karena dianggap pasif, AS ikut mengambil peran.",
    "Pada Selasa (20/10), Armenia dan Azerbaijan mengatakan - menurut sumber - hal itu.",
    "Presiden Joko Widodo, Menteri - dan para pejabat hadir.",
    "\"Kami menolak,\" kata dia.",
    "Sabtu - Minggu ini hujan turun.",
    "Tim SAR - Basarnas menemukan korban.",
    "Selamat. Anda terpilih menjadi pemenang.",
    "Sistan - Baluchestan, yang berpenduduk minoritas, berbatasan dengan Pakistan.",
])
def test_not_datelines(lead):
    assert parse_dateline(lead)[:2] == (None, None)


@pytest.mark.parametrize(("url", "outlet"), [
    ("https://nasional.kompas.com/read/2020/10/21/09200001/judul", "Kompas.com"),
    ("https://news.detik.com/berita/d-5221234/judul", "detikcom"),
    ("https://www.antaranews.com/berita/1793000/judul", "ANTARA"),
    ("https://sumbar.antaranews.com/berita/1/judul", "ANTARA"),
    ("https://jabar.tribunnews.com/2020/10/21/judul", "TribunJabar.id"),
    ("https://www.tribunnews.com/nasional/2020/10/21/judul", "Tribunnews.com"),
    ("https://www.pikiranrakyat-bekasi.com/internasional/pr-1/judul", "Pikiranrakyat-Bekasi.com"),
    ("https://www.cnnindonesia.com/internasional/2020/judul", "CNN Indonesia"),
    ("https://example.org/berita", None),
    ("not a url", None),
    (None, None),
])
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_outlet_from_html_meta():
    assert outlet_from_html_meta({"site_name": "KOMPAS.com"}) == "Kompas.com"
    assert outlet_from_html_meta({"og:site_name": "Harian Nusantara"}) == "Harian Nusantara"  # as the page says
    assert outlet_from_html_meta({"site_name": "https://www.liputan6.com"}) == "Liputan6.com"
    assert outlet_from_html_meta({"site_name": "https://unknown.example"}) is None
    assert outlet_from_html_meta({"site_name": "Berita Terkini Hari Ini - Liputan6.com"}) == "Liputan6.com"
    assert outlet_from_html_meta({}) is None


@pytest.mark.parametrize(("line", "outlet"), [
    ("COPYRIGHT © ANTARA 2020", "ANTARA"),
    ("© 2020 Kompas.com - All rights reserved", "Kompas.com"),
    ("Copyright © 2021 Tempo.co", "Tempo.co"),
    ("Hak Cipta © 2020 Liputan6.com", "Liputan6.com"),
    ("Copyright © 2020 PT Sinar Harapan", None),
])
def test_copyright_lines(line, outlet):
    assert outlet_in_copyright(line) == outlet


def test_outlet_cues_are_case_insensitive_whole_names():
    assert outlet_by_cue("KOMPAS.com") == "Kompas.com"
    assert outlet_by_cue("detikNews") == "detikcom"
    assert outlet_by_cue("PR BEKASI") == "Pikiranrakyat-Bekasi.com"
    assert outlet_by_cue("Kompas.com hari ini") is None


@pytest.mark.parametrize(("text", "agencies"), [
    ("Pertemuan itu digelar di Washington, seperti dikutip dari AFP, Rabu (21/10/2020).", ["AFP"]),
    ("Dilaporkan Reuters, sejauh ini Departemen Luar Negeri AS belum berkomentar.", ["Reuters"]),
    ("Dikutip Pikiranrakyat-Bekasi.com dari Al Jazeera, kementerian melaporkan pertempuran.", ["Al Jazeera"]),
    ("Kantor Berita RIA, mengutip Kementerian Luar Negeri Rusia, menulis bahwa kedua pihak setuju.", ["RIA Novosti"]),
    ("Hal itu disampaikan juru bicara, seperti dilansir dari laman BBC, Senin.", ["BBC"]),
    ("Menurut laporan The New York Times, pejabat itu mundur.", ["The New York Times"]),
    ("Kantor berita Yonhap melaporkan rudal itu jatuh di laut.", ["Yonhap"]),
    ("Associated Press melaporkan bahwa korban bertambah.", ["AP"]),
    ("\"Kami siap,\" katanya kepada Reuters.", ["Reuters"]),
    ("Mengutip kantor berita Xinhua, gempa terjadi pukul 10.00.", ["Xinhua"]),
    ("Korban tewas mencapai 30 orang. (ANTARA/Reuters)", ["ANTARA", "Reuters"]),
    ("Korban tewas mencapai 30 orang. (Reuters)", ["Reuters"]),
    ("Paris (AFP) - Presiden Prancis mengumumkan karantina wilayah.", ["AFP"]),
    ("Korban tewas mencapai 30 orang. (AFP/dil)", ["AFP"]),
    ("Korban tewas mencapai 30 orang. (Ant/Reuters)", ["ANTARA", "Reuters"]),
    ("Sumber: Reuters", ["Reuters"]),
    ("Data itu dikutip dari Kompas.com.", ["Kompas.com"]),
    ("laporan AP menyebutkan sedikitnya 12 orang tewas.", ["AP"]),
    ("Hal itu seperti dilansir dari antaranews.com pada Senin.", ["ANTARA"]),
    ("Kyodo News melaporkan gempa berkekuatan 6,1.", ["Kyodo"]),
    ("Seperti dilansir Antara, korban bertambah.", ["ANTARA"]),
    ("Berdasarkan data Bloomberg, harga emas naik 0,4 persen.", ["Bloomberg"]),
    ("Hal itu dilansir dari Soompi, Rabu (21/10).", ["Soompi"]),  # entertainment desks
    ("Seperti dilansir Marca, pemain itu cedera.", ["Marca"]),  # sports desks
    ("Mengutip Investing.com, harga minyak naik.", ["Investing.com"]),  # market desks
    ("\"Kami siap,\" tulis Reuters dalam laporannya.", ["Reuters"]),
])
def test_agencies_cited(text, agencies):
    assert find_agencies(text) == agencies


@pytest.mark.parametrize("text", [
    "Seorang perempuan berjalan melewati rumah rusak. REUTERS/Aziz Karimov",
    "Pemandangan kebakaran pabrik lokal di Terter. (AP Photo/Aziz Karimov)",
    "Perjanjian itu dibuat antara kedua negara, kata dia.",
    "Kementerian Luar Negeri Rusia mengutip Kementerian Pertahanan.",
    "Presiden mengumumkan melalui Twitter bahwa perang berakhir.",
    "Reuters adalah kantor berita asal Inggris yang didirikan pada 1851.",
    "Jumlah itu naik dibanding tahun lalu, menurut data BPS.",
    "Ia bekerja untuk (Reuters) sejak lama dan kini pensiun di Jakarta.",
    "Menurut AP (35), warga setempat, api muncul dari dapur.",  # initials of a person, with age
    "Polisi menangkap pria berinisial AP di rumahnya.",
    "Menurut Vice President perusahaan itu, penjualan naik.",
    "Kata dia kepada Petra, temannya, di Bandung.",
])
def test_not_citations(text):
    assert find_agencies(text) == []


def test_agency_names_canonical():
    assert agency_name("REUTERS") == "Reuters"
    assert agency_name("Agence France-Presse") == "AFP"
    assert agency_name("Associated Press") == "AP"
    assert agency_name("ap") is None  # short names are case-sensitive
    assert agency_name("antara") is None  # the Indonesian word 'between'
    assert agency_name("Kantor Berita RIA") is None
