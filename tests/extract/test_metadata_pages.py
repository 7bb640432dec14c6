"""extract_metadata on small pages written in the house styles of many Indonesian outlets.

Each fixture line starts with its label as the lines classifier would give it: T title, D description, M meta,
B body, X boilerplate; blank lines are kept so line numbers are real.
"""

from __future__ import annotations

import pytest

from kabar.extract.metadata import extract_metadata
from kabar.records import LineLabels
from tests.extract.labelled import page

KOMPAS = """
T Jokowi Minta Menteri Percepat Penyaluran Bansos
M Kompas.com - 21/10/2020, 09:20 WIB
M Penulis: Fitria Chusna Farisa | Editor: Diamanty Meiliana
X Lihat Foto
B JAKARTA, KOMPAS.com - Presiden Joko Widodo meminta para menteri mempercepat penyaluran bantuan sosial.
B "Saya minta semua dipercepat," kata Jokowi di Istana Kepresidenan, Rabu (21/10/2020).
X Baca juga: Jokowi Resmikan Tol Baru, Senin (19/10/2020)
X Rabu, 21 Oktober 2020 | 11:00
"""


def test_kompas_page():
    meta = page(KOMPAS)
    assert meta["outlet"] == "Kompas.com"
    assert meta["dateline"] == "Jakarta"
    assert meta["published"] == "2020-10-21T09:20+07:00"
    assert meta["published_basis"] == "byline"
    assert meta["authors"] == ["Fitria Chusna Farisa"]
    assert meta["editors"] == ["Diamanty Meiliana"]
    assert meta["agencies"] == []


DETIK = """
T Puan Minta Pemerintah Jelaskan UU Cipta Kerja
M Andhika Prasetia - detikNews
M Selasa, 20 Okt 2020 13:45 WIB
X 0 komentar
X BAGIKAN
B Jakarta - Ketua DPR Puan Maharani meminta pemerintah menjelaskan isi UU Cipta Kerja kepada publik.
B "Pemerintah harus menjelaskan," kata Puan kepada wartawan, Selasa (20/10/2020).
X (azr/imk)
"""


def test_detik_page_byline_without_cue_word():
    meta = page(DETIK)
    assert meta["outlet"] == "detikcom"
    assert meta["authors"] == ["Andhika Prasetia"]
    assert meta["dateline"] == "Jakarta"
    assert meta["published"] == "2020-10-20T13:45+07:00"


TEMPO = """
T KPK Periksa Dua Saksi Kasus Suap Benih Lobster
M Reporter: Egi Adyatama
M Editor: Amirullah
M Rabu, 21 Oktober 2020 09:20 WIB
B TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi memeriksa dua saksi dalam kasus suap benih lobster.
B Pemeriksaan dilakukan di Gedung Merah Putih KPK, Jakarta.
"""


def test_tempo_page():
    meta = page(TEMPO)
    assert (meta["outlet"], meta["dateline"]) == ("Tempo.co", "Jakarta")
    assert meta["authors"] == ["Egi Adyatama"] and meta["editors"] == ["Amirullah"]
    assert meta["published"] == "2020-10-21T09:20+07:00"


CNN = """
T Rusia Klaim Gencatan Senjata Disepakati
M CNN Indonesia
M Rabu, 21 Okt 2020 09:20 WIB
B Jakarta, CNN Indonesia -- Rusia mengklaim gencatan senjata telah disepakati kedua pihak.
B Hal itu disampaikan juru bicara Kremlin seperti dikutip dari Reuters.
B Kantor berita TASS melaporkan pertemuan akan berlanjut pekan depan.
"""


def test_cnnindonesia_page_agencies():
    meta = page(CNN)
    assert meta["outlet"] == "CNN Indonesia"
    assert meta["dateline"] == "Jakarta"
    assert meta["agencies"] == ["Reuters", "TASS"]
    assert meta["published"] == "2020-10-21T09:20+07:00"


TRIBUN = """
T Kemenkes Catat 4.000 Kasus Baru
M Laporan Wartawan Tribunnews.com, Igman Ibrahim
M Editor: Johnson Simanjuntak
M Rabu, 21 Oktober 2020 09:20 WIB
B TRIBUNNEWS.COM, JAKARTA - Kementerian Kesehatan mencatat lebih dari 4.000 kasus baru pada Rabu.
B Data itu dirilis Satgas Penanganan Covid-19.
M Artikel ini telah tayang di Kompas.com dengan judul "Kemenkes Catat 4.000 Kasus Baru"
"""


def test_tribunnews_page():
    meta = page(TRIBUN)
    assert meta["outlet"] == "Tribunnews.com"
    assert meta["authors"] == ["Igman Ibrahim"]
    assert meta["editors"] == ["Johnson Simanjuntak"]
    assert meta["dateline"] == "Jakarta"
    assert meta["agencies"] == ["Kompas.com"]  # "Artikel ini telah tayang di Kompas.com dengan judul ..."


def test_syndicated_page_is_published_by_the_url_outlet():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
B Jakarta (ANTARA) - Isi berita pertama yang cukup panjang untuk menjadi paragraf.
""", url="https://www.republika.co.id/berita/qii1/judul")
    assert meta["outlet"] == "Republika"
    assert meta["agencies"] == ["ANTARA"]
    assert meta["dateline"] == "Jakarta"


def test_regional_contributor_byline():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
M Penulis Kontributor Makassar, Hendra Cipto | Editor Farid Assifa
B MAKASSAR, KOMPAS.com - Isi berita pertama yang cukup panjang untuk menjadi paragraf.
""")
    assert meta["authors"] == ["Hendra Cipto"]
    assert meta["editors"] == ["Farid Assifa"]
    assert (meta["outlet"], meta["dateline"]) == ("Kompas.com", "Makassar")


OKEZONE = """
T Polisi Tangkap Pengedar Narkoba di Bekasi
M Fahreza Rizky , Jurnalis · Rabu 21 Oktober 2020 09:20 WIB
B BEKASI - Polisi menangkap seorang pengedar narkoba di Bekasi Utara.
B Pelaku ditangkap di rumahnya.
"""


def test_okezone_page_name_then_role():
    meta = page(OKEZONE, url="https://news.okezone.com/read/2020/10/21/338/2296000/polisi-tangkap")
    assert meta["authors"] == ["Fahreza Rizky"]
    assert meta["dateline"] == "Bekasi"
    assert meta["outlet"] == "Okezone"
    assert meta["published"] == "2020-10-21T09:20+07:00"


REPUBLIKA = """
T MUI Imbau Umat Jaga Protokol Kesehatan
M Rabu 21 Oct 2020 09:20 WIB
M Rep: Febryan A Red: Agus Yulianto
B REPUBLIKA.CO.ID, JAKARTA -- Majelis Ulama Indonesia mengimbau umat menjaga protokol kesehatan.
"""


def test_republika_short_cues_with_separator():
    meta = page(REPUBLIKA)
    assert meta["outlet"] == "Republika"
    assert meta["authors"] == ["Febryan A"]
    assert meta["editors"] == ["Agus Yulianto"]
    assert meta["published"] == "2020-10-21T09:20+07:00"


ANTARA = """
T BMKG Peringatkan Hujan Lebat di Jawa Barat
B Bandung (ANTARA) - Badan Meteorologi memperingatkan potensi hujan lebat di Jawa Barat pada Rabu.
B Peringatan itu berlaku hingga Kamis (22/10).
M Pewarta: Ajat Sudrajat
M Editor: Budi Suyanto
X COPYRIGHT © ANTARA 2020
"""


def test_antara_page_pewarta_and_copyright_year():
    meta = page(ANTARA)
    assert meta["outlet"] == "ANTARA"
    assert meta["dateline"] == "Bandung"
    assert meta["authors"] == ["Ajat Sudrajat"] and meta["editors"] == ["Budi Suyanto"]
    # "hingga Kamis (22/10)" is a future bound, not a past event: nothing to infer from.
    assert meta["published"] is None


KUMPARAN = """
T Harga Emas Antam Naik Rp 5.000
M kumparanBISNIS
M 21 Oktober 2020 9:20
B Harga emas Antam naik Rp 5.000 per gram pada perdagangan hari ini.
"""


def test_kumparan_date_without_zone_and_channel_name():
    meta = page(KUMPARAN)
    # a time without its zone, on a page of a known Jakarta outlet: read on the outlet's clock (WIB)
    assert meta["published"] == "2020-10-21T09:20+07:00"
    assert meta["published_basis"] == "byline, zone of the outlet"
    assert meta["outlet"] == "kumparan"
    assert meta["dateline"] is None


def test_a_time_without_zone_of_an_unknown_outlet_is_no_instant():
    meta = page("T Harga Emas Naik\nM 21 Oktober 2020 9:20\nB Harga emas naik Rp 5.000 per gram pada perdagangan hari ini.")
    assert meta["outlet"] is None
    assert meta["published"] == "2020-10-21"


SUARA = """
T Viral Video Banjir di Kemang
M Muhammad Yasir | Rabu, 21 Oktober 2020 | 09:20 WIB
B Suara.com - Sebuah video banjir di kawasan Kemang viral di media sosial.
"""


def test_suara_name_pipe_date():
    meta = page(SUARA)
    assert meta["outlet"] == "Suara.com"
    assert meta["authors"] == ["Muhammad Yasir"]
    assert meta["dateline"] is None
    assert meta["published"] == "2020-10-21T09:20+07:00"


KONTAN = """
T Rupiah Menguat di Pasar Spot
M Reporter: Abdul Basith Bardan | Editor: Tendi Mahadi
M Rabu, 21 Oktober 2020 / 09:20 WIB
B KONTAN.CO.ID - JAKARTA. Rupiah menguat 0,3 persen di pasar spot pada Rabu siang.
"""


def test_kontan_outlet_then_place():
    meta = page(KONTAN)
    assert (meta["outlet"], meta["dateline"]) == ("Kontan", "Jakarta")
    assert meta["authors"] == ["Abdul Basith Bardan"] and meta["editors"] == ["Tendi Mahadi"]
    assert meta["published"] == "2020-10-21T09:20+07:00"


JPNN_WITA = """
T Gubernur Sulsel Tinjau Banjir
M Kamis, 22 Oktober 2020 – 14:05 WITA
M Penulis: Fathan Sinaga
M Redaktur: Friederich Batari
B jpnn.com, MAKASSAR - Gubernur Sulawesi Selatan meninjau lokasi banjir di Makassar.
"""


def test_jpnn_wita_zone():
    meta = page(JPNN_WITA)
    assert meta["published"] == "2020-10-22T14:05+08:00"
    assert (meta["outlet"], meta["dateline"]) == ("JPNN", "Makassar")
    assert meta["editors"] == ["Friederich Batari"]


RMOL = """
X Dunia
T Jepang Tambah Anggaran Pertahanan
M KAMIS, 22 OKTOBER 2020 | 14:05 WIB | LAPORAN: AHMAD ALFIAN
B RMOL. Pemerintah Jepang menambah anggaran pertahanan tahun depan.
X Populer
X Polemik Jam Buka Toko
X Sabtu, 27 April 2024 | 17:17
"""


def test_rmol_caps_byline_and_outlet():
    meta = page(RMOL)
    assert meta["authors"] == ["Ahmad Alfian"]
    assert meta["outlet"] == "RMOL"
    assert meta["published"] == "2020-10-22T14:05+07:00"


def test_update_date_only_is_said_so():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
M oleh Budi Santoso diperbarui 03 Nov 2020, 10:00 WIB
B Liputan6.com, Jakarta - Isi berita pertama yang cukup panjang untuk menjadi paragraf.
""")
    assert meta["authors"] == ["Budi Santoso"]
    assert meta["published"] == "2020-11-03T10:00+07:00"
    assert meta["published_basis"] == "byline (update date)"


def test_publication_date_beats_update_date_even_when_later_in_page():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
M Diperbarui: Jumat, 23 Oktober 2020 18:00 WIB
M Dipublikasikan: Kamis, 22 Oktober 2020 07:15 WIB
B Jakarta - Isi berita pertama yang cukup panjang untuk menjadi paragraf.
""")
    assert meta["published"] == "2020-10-22T07:15+07:00"


def test_list_dates_labelled_meta_by_mistake_are_not_used():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
B Jakarta - Isi berita pertama yang cukup panjang untuk menjadi paragraf, kata dia, Senin (19/10/2020).
X Terpopuler
X Judul lain satu
M Sabtu, 27 April 2024 | 17:17
X Judul lain dua
M Kamis, 02 Mei 2024 | 13:53
""")
    assert meta["published"] == "2020-10-19"
    assert meta["published_basis"] == "dateline"


def test_url_and_html_meta_when_text_is_silent():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
B Isi berita pertama yang cukup panjang untuk menjadi paragraf tanpa dateline.
""", url="https://www.merdeka.com/peristiwa/judul.html",
        html_meta={"published": "2020-10-21T09:20:00+07:00", "authors": ["Ahda Bayhaqi"], "site_name": "merdeka.com"})
    assert meta["outlet"] == "Merdeka.com"
    assert meta["published"] == "2020-10-21T09:20+07:00"
    assert meta["published_basis"] == "meta tag"
    assert meta["authors"] == ["Ahda Bayhaqi"]


def test_url_path_date():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
B Isi berita pertama yang cukup panjang untuk menjadi paragraf tanpa tanggal.
""", url="https://nasional.kompas.com/read/2020/10/21/09200001/judul")
    assert (meta["published"], meta["published_basis"]) == ("2020-10-21", "url")
    assert meta["outlet"] == "Kompas.com"


def test_unknown_page_states_nothing():
    meta = page("""
T Sebuah Judul
B Isi berita pertama yang cukup panjang untuk menjadi paragraf tanpa tanggal atau nama media.
""")
    assert meta == {"outlet": None, "published": None, "published_basis": None, "authors": [], "editors": [],
                    "translators": [], "agencies": [], "dateline": None, "language": None}


def test_own_outlet_is_not_an_agency():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
B Jakarta (ANTARA) - Isi berita pertama, seperti dikutip dari Reuters dan dilaporkan ANTARA sebelumnya.
""")
    assert meta["outlet"] == "ANTARA"
    assert meta["agencies"] == ["Reuters"]


def test_label_line_with_name_on_next_line():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
M Penulis
M Sarah Wulandari
M Editor
M Andi Nugroho
B Jakarta - Isi berita pertama yang cukup panjang untuk menjadi paragraf.
""")
    assert meta["authors"] == ["Sarah Wulandari"]
    assert meta["editors"] == ["Andi Nugroho"]


@pytest.mark.parametrize("lines", [[], [""], ["   "]])
def test_empty_input_does_not_crash(lines):
    meta = extract_metadata(lines, LineLabels(), [], None)
    assert meta["outlet"] is None and meta["authors"] == []


def test_labels_none_finds_meta_lines_itself():
    lines = ["Judul Berita", "", "Editor: Rina Marlina", "Jakarta - Isi berita pertama cukup panjang sekali."]
    meta = extract_metadata(lines, None, [lines[3]], None)
    assert meta["editors"] == ["Rina Marlina"]
    assert meta["dateline"] == "Jakarta"


def test_odd_inputs_never_raise():
    import random

    rng = random.Random(7)
    alphabet = "abcXYZ019 ,.-–|:/()©\"'·\t"
    for _ in range(200):
        lines = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(rng.randint(0, 12))]
        n = len(lines)
        labels = LineLabels(title=rng.choice([None, 1, n + 5]), meta=[rng.randint(-2, n + 2) for _ in range(3)],
                            body=[rng.randint(1, n + 2) for _ in range(3)])
        meta = extract_metadata(lines, labels, lines[:3], rng.choice([None, "http://", "::", "https://x.kompas.com/a"]),
                                rng.choice([None, {}, {"published": 5, "authors": [None, 3], "site_name": ""}]))
        assert set(meta) == {"outlet", "published", "published_basis", "authors", "editors", "translators",
                             "agencies", "dateline", "language"}


def test_dateline_and_citation_in_the_standfirst():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
D Liputan6.com, Jakarta - Presiden AS mengumumkan sanksi baru, seperti dikutip dari BBC.
B Sanksi itu berlaku untuk sejumlah pejabat dan perusahaan yang disebut terlibat.
""")
    assert (meta["outlet"], meta["dateline"]) == ("Liputan6.com", "Jakarta")
    assert meta["agencies"] == ["BBC"]


def test_agency_as_byline_is_an_agency_not_an_author():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
M Reporter: Antara | Editor: Budi Santoso
B Jakarta - Isi berita pertama yang cukup panjang untuk menjadi paragraf.
""", url="https://www.suara.com/news/2020/10/21/judul")
    assert meta["authors"] == []
    assert meta["agencies"] == ["ANTARA"]
    assert meta["editors"] == ["Budi Santoso"]
    assert meta["outlet"] == "Suara.com"


def test_date_and_time_on_two_lines():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
M Rabu, 21 Oktober 2020
M 09:20 WITA
B Makassar - Isi berita pertama yang cukup panjang untuk menjadi paragraf.
""")
    assert meta["published"] == "2020-10-21T09:20+08:00"


@pytest.mark.parametrize(("url", "published"), [
    ("https://www.cnnindonesia.com/internasional/20201021094512-106-561000/judul", "2020-10-21"),
    ("https://www.suara.com/news/2020/10/21/092000/judul", "2020-10-21"),
    ("https://www.antaranews.com/berita/2010123/judul", None),  # an article id
    ("https://www.liputan6.com/global/read/4389765/judul", None),
    ("https://www.example.com/arsip/201012311/judul", None),  # nine digits: an id
])
def test_url_dates(url, published):
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
B Isi berita pertama yang cukup panjang untuk menjadi paragraf tanpa tanggal.
""", url=url)
    assert meta["published"] == published


def test_dateline_on_its_own_line():
    meta = page("""
T Judul Berita Cukup Panjang Di Sini
M JAKARTA, KOMPAS.com -
B Presiden Joko Widodo meminta para menteri mempercepat penyaluran bantuan sosial.
""")
    assert (meta["outlet"], meta["dateline"]) == ("Kompas.com", "Jakarta")
