"""Rules the blind set tests/fixtures/real_html15 (page variants and eras: AMP, mobile, print, old table layouts,
saved pages, legacy encodings, page 2, a live blog, a photo story, a column, a press release) brought in; its per-page
figures are tested in test_real_page_sets.py. Pages made up for each rule; each test fails without its rule.

Known misses left as they are (bench/real_pages.py real_html15 reports them):
- liputan6-live.html (rendered dump): the live report's clock stamps stay in the body, kabar's policy
  (kabar/data/extract/live_stamp_patterns.txt), where the label leaves them out.
- foto-suara.html (rendered dump): resiliparse's rendering leaves <figure> out, so the dump holds no caption to read
  (the HTML reads them: photo_story_captions).
- opini-mediaindonesia.html (rendered dump): the columnist's name and role printed as one line between the headline
  and the date ("Name Perencana kota, pengajar di ...") read as the headline, and no writer is found (the HTML is
  right by its head); splitting a name from a role with no separator was judged too risky.
"""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.lines import classify_lines
from kabar.io.readers import read_source
from kabar.records import Page

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


def _html_article(html: str):
    (page,) = read_source("page.html", html.encode("utf-8"))
    return extract_pages([page])[0]


LIVE_PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"{kind}","headline":"{title}",
"datePublished":"2026-11-24T06:12:00+07:00","dateModified":"2026-11-24T10:48:00+07:00",
"author":{{"@type":"Person","name":"Siti Rahmawati"}}}}</script></head><body>
<ul><li><a href="/">Beranda</a></li><li><a href="/news">News</a></li></ul><h1>{title}</h1>
<div class="share">Share <a href="#">Facebook</a> <a href="#">WhatsApp</a></div><div class="content">{body}</div>
</body></html>"""


def test_a_live_blog_postings_json_ld_gives_the_author_and_the_date():
    """schema.org's LiveBlogPosting (and the other news-article subtypes) is an article for the head's metadata."""
    body = "".join(f"<p>{p}</p>" for p in LIVE_BODY)
    got = _html_article(LIVE_PAGE.format(title=LIVE_HEAD[0], kind="LiveBlogPosting", body=body))
    assert got.authors == ["Siti Rahmawati"] and got.published == "2026-11-24T06:12+07:00"
    opinion = _html_article(LIVE_PAGE.format(title=LIVE_HEAD[0], kind="OpinionNewsArticle", body=body))
    assert opinion.authors == ["Siti Rahmawati"]


def _text_article(raw: list[str]):
    return extract_pages([Page(source="page.txt", raw="\n\n".join(raw), kind="text")])[0]


def test_a_date_cue_glued_to_the_name_and_the_time_by_the_markup():
    """'NameDiperbarui <date>WIBDiterbitkan <date>' (inline spans dumped without spaces) gives the writer and the
    publication time, not the update's."""
    glued = "Siti RahmawatiDiperbarui 24 Nov 2026, 10:48 WIBDiterbitkan 24 Nov 2026, 06:12 WIB"
    got = _text_article([*MENU, LIVE_HEAD[0], glued, LIVE_HEAD[3], LIVE_BODY[0], LIVE_BODY[3], LIVE_BODY[6], *TAIL])
    assert got.authors == ["Siti Rahmawati"] and got.published == "2026-11-24T06:12+07:00"


PHOTO_CAPTIONS = ["Warga menumpuk batu di atas kayu bakar saat tradisi panen di lembah, Sabtu (21/11/2026).",
                  "Batu yang membara dipindahkan ke lubang tanah beralas daun pisang dan rumput kering.",
                  "Kaum perempuan menyiapkan sayuran yang akan dimasak bersama di dalam lubang itu.",
                  "Anak-anak ikut menikmati hasil masakan bersama keluarga mereka, Sabtu (21/11/2026)"]
PHOTO_CREDITS = ["[Kabar.com/Yulia Wulandari]", "(ANTARA FOTO/Budi Santoso)", "KABAR.COM/YULIA WULANDARI",
                 "(Foto: Dok. Humas)"]


def _photo_story(captions: list[str]) -> str:
    figures = "".join(f'<figure><img src="f{i}.jpg" alt=""><figcaption><p>{c}</p> <span>{PHOTO_CREDITS[i % 4]}</span>'
                      f"</figcaption></figure>" for i, c in enumerate(captions))
    return ('<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>FOTO: Tradisi Panen di Lembah</title>'
            '<meta property="og:site_name" content="Kabar.com"></head><body><ul><li><a href="/">Beranda</a></li>'
            '<li><a href="/foto">Foto</a></li></ul><h1>FOTO: Tradisi Panen di Lembah</h1>'
            f'<div class="info">Yulia Wulandari | Sabtu, 21 November 2026 | 16:45 WIB</div>{figures}'
            '<div class="tags"><a href="#">tradisi</a></div><div>&copy; 2026 Kabar.com</div></body></html>')


def test_a_photo_story_told_in_its_captions_has_them_as_its_text():
    """A page without paragraphs whose figures' captions read as sentences: the captions, credits cut, are the text
    (the rendering leaves figures out, so the body was empty)."""
    assert _html_article(_photo_story(PHOTO_CAPTIONS)).text.split("\n") == PHOTO_CAPTIONS


def test_two_captions_make_no_photo_story():
    """Guard: a page with no text and only two captioned photos stays empty."""
    assert _html_article(_photo_story(PHOTO_CAPTIONS[:2])).text == ""


RELEASE = ["Kota, 24 November 2026 - Sebuah bank daerah menyalurkan kredit usaha rakyat senilai dua triliun rupiah kepada "
           "petani kopi sepanjang tahun ini.",
           "Direktur utama bank itu mengatakan kredit difokuskan pada peremajaan kebun dan mesin pengolah pascapanen.",
           "Tahun depan, bank menargetkan penyaluran kredit sektor perkebunan naik dengan menambah komoditas lada."]


def test_a_press_releases_media_contact_and_disclaimer_are_no_body():
    contact = "Kontak media: Divisi Komunikasi Perusahaan, telepon (0721) 555 0101, surel humas@bank.example"
    disclaimer = "Rilis ini merupakan kerja sama dengan pihak ketiga. Isi di luar tanggung jawab redaksi Kabar."
    raw = [*MENU, "Bank daerah salurkan kredit Rp2 triliun untuk petani kopi", "Selasa, 24 November 2026 13:00 WIB",
           *RELEASE, contact, disclaimer, *TAIL]
    assert _body(raw) == RELEASE
    # guard: a quoted speaker's "bukan tanggung jawab kami" is body
    quoted = '"Kerusakan jalan itu bukan tanggung jawab kami, tetapi pemerintah provinsi," kata kepala dinas.'
    assert quoted in _body([*raw[:-len(TAIL) - 2], quoted, *TAIL])


def test_a_label_over_the_pages_own_headline_does_not_make_it_a_link():
    """'ADVERTORIAL' (a cue that may head a box of links) right over the headline, its date and a lead opening with
    its dateline under it: the headline is the page's, not a linked one."""
    headline = "Bank daerah salurkan kredit Rp2 triliun untuk petani kopi"
    raw = [*MENU, "Rilis Pers", "ADVERTORIAL", headline, "Selasa, 24 November 2026 13:00 WIB", *RELEASE, *TAIL]
    assert _text_article(raw).title == headline


def test_a_dated_teaser_under_baca_juga_stays_a_link():
    """Guard: under 'Baca juga' a teaser with its date, then another teaser, is still a link."""
    teaser = "Harga Kopi Robusta di Tingkat Petani Naik Lagi Pekan Ini"
    raw = [*MENU, LIVE_HEAD[0], LIVE_HEAD[2], *RELEASE[:2], "Baca juga:", teaser, "Senin, 23 November 2026 10:00 WIB",
           "Ekspor Kopi Naik Dua Belas Persen Tahun Ini", RELEASE[2], *TAIL]
    assert teaser not in _body(raw)


def test_a_time_zone_glued_to_the_next_date_cue_keeps_the_time():
    """'... 06:12 WIBDiperbarui <date>': the publication date's zone glued to the update's cue still dates the
    page to the minute."""
    glued = "Siti RahmawatiDipublikasikan 24 Nov 2026, 06:12 WIBDiperbarui 24 Nov 2026, 10:48 WIB"
    got = _text_article([*MENU, LIVE_HEAD[0], glued, LIVE_HEAD[3], LIVE_BODY[0], LIVE_BODY[3], LIVE_BODY[6], *TAIL])
    assert got.published == "2026-11-24T06:12+07:00"
