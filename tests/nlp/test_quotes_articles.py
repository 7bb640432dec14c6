"""Whole short articles in the house styles of several outlets: every direct quote with its speaker."""

import pytest

from kabar.nlp.quotes import find_quotes

TRIBUN = """TRIBUNNEWS.COM, JAKARTA - Ketua DPR RI Puan Maharani meminta pemerintah segera menyalurkan bantuan bagi korban banjir.
Puan mengatakan, bantuan logistik harus tiba dalam 24 jam.
"Jangan sampai warga menunggu terlalu lama," ujar Puan dalam keterangan tertulisnya, Sabtu (6/1/2024).
Ia juga meminta kementerian terkait berkoordinasi dengan pemerintah daerah.
"Koordinasi itu kunci agar bantuan tepat sasaran," kata politikus PDI Perjuangan tersebut."""

OKEZONE = """JAKARTA - Kapolda Metro Jaya Irjen Karyoto memastikan pengamanan malam tahun baru berjalan lancar.
"Alhamdulillah situasi aman dan kondusif sampai pagi ini," tutur Karyoto kepada wartawan.
Sementara itu, Kabid Humas Polda Metro Jaya, Kombes Ade Ary Syam Indradi, menyebut ada 2.500 personel yang dikerahkan.
"Personel kami siagakan di titik-titik keramaian," ucapnya."""

REPUBLIKA = """REPUBLIKA.CO.ID, JAKARTA -- Wakil Presiden Ma'ruf Amin mengimbau umat Islam menjaga persatuan menjelang pemilu.
"Perbedaan pilihan jangan sampai memecah belah umat," kata Wapres di Istana Wakil Presiden, Jakarta, Selasa (9/1/2024).
Menurut Ma'ruf, ulama memiliki peran penting meredam ketegangan.
“Ulama harus menjadi penyejuk, bukan malah memanaskan suasana,” tuturnya."""

SINDONEWS = """Presiden Amerika Serikat Joe Biden menyatakan dukungan bagi gencatan senjata di Gaza.
"Kami bekerja tanpa henti untuk membawa pulang para sandera," kata Biden dalam pidatonya di Gedung Putih.
Sekretaris Jenderal PBB Antonio Guterres menyambut baik pernyataan itu.
"Ini langkah yang sudah lama ditunggu dunia," tulis Guterres di akun X miliknya.
Guterres menambahkan bahwa bantuan kemanusiaan harus segera masuk.
"Setiap jam sangat berarti bagi warga sipil," imbuhnya."""

KUMPARAN = """Menteri BUMN Erick Thohir mengumumkan perombakan direksi sejumlah perusahaan pelat merah.
Erick menyebut langkah itu bagian dari transformasi BUMN.
"Kita ingin BUMN lebih sehat dan profesional," kata Erick di Kementerian BUMN, Jakarta.
Langkah tersebut disambut positif oleh pelaku pasar. Ekonom INDEF, Tauhid Ahmad, menilai perombakan itu tepat waktu.
"Investor melihat ini sebagai sinyal perbaikan tata kelola," jelas Tauhid."""

MERDEKA = """Merdeka.com - Gubernur Jawa Tengah Ganjar Pranowo meninjau lokasi longsor di Banjarnegara.
Dalam kunjungannya, Ganjar berdialog dengan para pengungsi.
"Saya minta warga yang tinggal di lereng bukit untuk sementara mengungsi dulu," ujar Ganjar.
Seorang pengungsi, Sutarni (52), mengaku rumahnya rusak berat.
"Rumah saya sudah tidak bisa ditempati lagi, Pak," kata Sutarni sambil menangis.
"Kami akan bantu perbaikan rumah warga," jawab Ganjar."""

CASES = [
    (TRIBUN, ["Puan", "Puan Maharani"]),
    (OKEZONE, ["Karyoto", "Ade Ary Syam Indradi"]),
    (REPUBLIKA, ["Ma'ruf Amin", "Ma'ruf Amin"]),
    (SINDONEWS, ["Biden", "Guterres", "Antonio Guterres"]),
    (KUMPARAN, ["Erick", "Tauhid"]),
    (MERDEKA, ["Ganjar", "Sutarni", "Ganjar"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=["tribun", "okezone", "republika", "sindonews",
                                                           "kumparan", "merdeka"])
def test_article_speakers(text, expected):
    got = [q.speaker for q in find_quotes(text, []) if q.kind == "direct"]
    assert len(got) == len(expected)
    for speaker, want in zip(got, expected, strict=True):
        assert speaker in (want if isinstance(want, tuple) else (want,))


def test_share_of_right_speakers_over_all_articles():
    right = total = 0
    for text, expected in CASES:
        got = [q.speaker for q in find_quotes(text, []) if q.kind == "direct"]
        for speaker, want in zip(got, expected, strict=False):
            total += 1
            right += speaker in (want if isinstance(want, tuple) else (want,))
    assert total == sum(len(e) for _, e in CASES)
    assert right / total >= 0.85
