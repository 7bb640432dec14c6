"""Rules the blind set tests/fixtures/real_html15 (page variants and eras: AMP, mobile, print, old table layouts,
saved pages, legacy encodings, page 2, a live blog, a photo story, a column, a press release) brought in; its per-page
figures are tested in test_real_page_sets.py. Pages made up for each rule; each test fails without its rule.

Known misses left as they are (bench/real_pages.py real_html15 reports them):
- liputan6-live.html (rendered dump): the live report's clock stamps stay in the body, kabar's policy
  (kabar/data/extract/live_stamp_patterns.txt), where the label leaves them out.
"""

from __future__ import annotations

from kabar.extract.lines import classify_lines

MENU = ["Beranda", "Nasional", "Daerah", "Olahraga", "Video"]
LIVE_HEAD = ["LIVE Update: Banjir Bandang Terjang Tiga Kecamatan di Lereng Gunung", "Siti Rahmawati",
             "Selasa, 24 Nov 2026 06:12 WIB", "Share Facebook X WhatsApp"]
LIVE_BODY = ["KABAR.COM, Kota - Banjir bandang menerjang tiga kecamatan di lereng gunung pada Selasa dini hari. Kabar.com "
             "merangkum perkembangan terkini dalam laporan langsung berikut.",
             "10:48 WIB", "Posko Pengungsian Dibuka di Balai Desa",
             "Pemerintah kabupaten membuka posko pengungsian di balai desa dan gedung sekolah yang tidak terdampak.",
             "09:20 WIB", "Jalan Provinsi Tertutup Material Longsor",
             "Material longsor menutup jalan provinsi sepanjang dua ratus meter sehingga kendaraan dialihkan.",
             "07:35 WIB", "Warga Mengungsi ke Dataran Tinggi",
             "Ratusan warga mengungsi ke dataran tinggi setelah air sungai naik dengan cepat sejak pukul tiga pagi."]
TAIL = ["Baca Juga", "Cara Membuat Tas Siaga Bencana", "Terpopuler", "Prakiraan Cuaca Hari Ini"]


def _body(raw: list[str]) -> list[str]:
    return [raw[n - 1] for n in classify_lines(raw).body]


def test_a_live_reports_headed_entries_do_not_restart_the_article():
    """The entries' headlines over their clock stamps are no headline with its date that opens the article: the
    lead above them and the first entry stay in the body."""
    body = _body([*MENU, *LIVE_HEAD, *LIVE_BODY, *TAIL])
    assert LIVE_BODY[0] in body and LIVE_BODY[2] in body and LIVE_BODY[3] in body and LIVE_BODY[-1] in body
