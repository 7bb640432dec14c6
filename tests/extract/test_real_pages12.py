"""Rules the blind sets tests/fixtures/real_html12 and whole_dumps4 brought in (their per-page figures are tested in
test_real_page_sets.py and test_whole_dumps2.py), and those the probes written after them found: credit and byline
forms, datelines and names of outlets kabar does not list, boxes of other stories inside an article, footers and
bios after it, JSON-LD describing other stories, a head left at the site's defaults. Pages made up for each rule;
each test fails without its rule, the guards beside them hold what must not change."""

from __future__ import annotations

import json

import pytest

from kabar.extract import extract_pages
from kabar.extract.lines import classify_lines
from kabar.extract.metadata import meta_line_kind
from kabar.io.readers import read_source
from kabar.records import Page

MENU = ["Beranda", "Daerah", "Ekonomi", "Video"]
HEAD = ["Nelayan Keluhkan Kapal Isap Pasir di Perairan Selatan Pulau", "Penulis: Hendra Wijaya | Editor: Rina Lestari",
        "Senin, 23 November 2026 10:05 WIB"]
BODY = ["KOTA, KABAR.COM -- Nelayan di perairan selatan pulau mengeluhkan kapal isap pasir yang beroperasi di dekat "
        "wilayah tangkap mereka sejak awal bulan.",
        "Mereka menyebut jaring rusak dan air laut menjadi keruh sehingga hasil tangkapan turun hampir separuh.",
        "Baca juga: Harga Ikan di Pasar Kota Naik Jelang Akhir Tahun",
        "Dinas kelautan setempat berjanji memeriksa izin kapal-kapal tersebut dalam pekan ini."]
CLOSING = "Pemerintah kabupaten akan menyusun zonasi wilayah tangkap yang tertutup bagi kapal isap. (Kabar.com/Hendra Wijaya)"
TAIL = ["Tags:", "nelayan", "kapal isap", "Berita Populer", "Jadwal Kapal Akhir Pekan"]


def _body(raw: list[str]) -> list[str]:
    return [raw[n - 1] for n in classify_lines(raw).body]


def test_the_last_paragraph_closing_with_the_writers_credit_is_body():
    raw = [*MENU, *HEAD, *BODY, "Baca juga: Kapal Isap Ditertibkan di Perairan Utara", CLOSING, *TAIL]
    assert _body(raw) == [BODY[0], BODY[1], BODY[3], CLOSING]


def test_a_photo_caption_with_its_credit_stays_out_of_the_body():
    """Guards: captions of a gallery under the text, and a caption opened by its label, are no closing paragraph."""
    caption = "Kapal isap pasir beroperasi di perairan selatan pulau, Senin (23/11/2026). (Kabar.com/Hendra Wijaya)"
    gallery = [*MENU, *HEAD, *BODY, CLOSING, caption, *TAIL]
    assert CLOSING not in _body(gallery) and caption not in _body(gallery)
    labelled = "Foto: Kapal isap pasir beroperasi di perairan selatan pulau. (Kabar.com/Hendra Wijaya)"
    assert labelled not in _body([*MENU, *HEAD, *BODY, labelled, *TAIL])


def _article(raw: list[str]):
    return extract_pages([Page(source="page.txt", raw="\n".join(raw), kind="text")])[0]


def test_laporan_oleh_opens_a_byline():
    raw = [*MENU, HEAD[0], "Laporan oleh Hendra Wijaya", "Editor: Rina Lestari", HEAD[2], BODY[0], BODY[1], BODY[3],
           *TAIL]
    got = _article(raw)
    assert (got.authors, got.editors) == (["Hendra Wijaya"], ["Rina Lestari"])
    assert meta_line_kind("Laporan oleh warga setempat menyebutkan air datang tiba-tiba.") is None  # (a sentence)


def test_a_credit_box_under_the_text_and_the_writers_disclaimer_are_no_body():
    box = ["Pewarta : Hendra Wijaya", "Editor : Rina Lestari", "Fotografer : Agus Salim", "Publisher : Dedi Kurnia",
           "*) Konten di Kabar Daerah sepenuhnya tanggung jawab penulis."]
    raw = [*MENU, HEAD[0], HEAD[2], BODY[0], BODY[1], BODY[3], *box, *TAIL]
    got = _article(raw)
    assert got.text.split("\n") == [BODY[0], BODY[1], BODY[3]]
    assert (got.authors, got.editors) == (["Hendra Wijaya"], ["Rina Lestari"])
    first = raw.index(box[0]) + 1
    assert set(range(first, first + 4)) <= set(got.lines.meta)  # (the photographer's and publisher's credits too)
    assert meta_line_kind("Fotografer senior itu mengabadikan banjir di kota.") is None  # (a sentence)


def test_a_sentence_about_a_writers_responsibility_stays_body():
    sentence = "Dewan Pers menyebut artikel itu menjadi tanggung jawab penulis dan redaksi media tersebut."
    raw = [*MENU, *HEAD, BODY[0], BODY[1], sentence, BODY[3], *TAIL]
    assert sentence in _article(raw).text.split("\n")


LEAD_REST = "Pemerintah daerah menyiapkan posko pengungsian di tiga kecamatan setelah hujan deras mengguyur sejak malam."


@pytest.mark.parametrize(("opening", "place", "outlet"), [
    ("KBRN, Ambon: ", "Ambon", "RRI"),  # RRI's stations open with the code of its news desk
    ("Jakarta (TVRI News) - ", "Jakarta", "TVRI"),
    ("TIMESINDONESIA, MALANG – ", "Malang", "Times Indonesia"),
])
def test_datelines_naming_the_outlet_as_it_calls_itself(opening, place, outlet):
    got = _article([*MENU, *HEAD, opening + LEAD_REST, BODY[1], BODY[3], *TAIL])
    assert (got.dateline, got.outlet) == (place, outlet)


def test_a_dateline_alone_on_the_line_above_the_lead():
    got = _article([*MENU, HEAD[0], HEAD[2], "Jakarta, NU Online", LEAD_REST, BODY[1], BODY[3], *TAIL])
    assert (got.dateline, got.outlet) == ("Jakarta", "NU Online")
    assert got.text.split("\n")[0] == LEAD_REST


def test_a_name_and_an_outlet_alone_on_a_line_are_no_dateline():
    got = _article([*MENU, HEAD[0], HEAD[2], "Budi Santoso, Kompas.com", LEAD_REST, BODY[1], BODY[3], *TAIL])
    assert got.dateline is None


def test_a_blog_posts_profile_box_gives_the_writer_and_the_date_but_no_body():
    """Kompasiana's box under the headline: the writer's name with the account's badge, the bio, then the dates."""
    bio = "Guru di sebuah sekolah dasar di pedalaman. Menulis tentang pendidikan dan kehidupan desa."
    dates = "Diperbarui: 23 November 2026 07:02 · Diterbitkan: 22 November 2026 19:30 · 512 dibaca"
    paragraphs = [LEAD_REST, BODY[1], BODY[3]]
    got = _article([*MENU, HEAD[0], "Hendra Wijaya Terverifikasi", bio, dates, *paragraphs, *TAIL])
    assert got.text.split("\n") == paragraphs
    assert got.authors == ["Hendra Wijaya"]
    assert got.published[:10] == "2026-11-22"  # (the publication date, not the update's; no zone: an unknown outlet)


def test_a_lead_with_its_dateline_over_a_date_stays_the_lead():
    lead = "KOTA, KABAR.COM - " + LEAD_REST
    got = _article([*MENU, HEAD[0], HEAD[1], lead, "Senin, 23 November 2026 10:05 WIB", BODY[1], BODY[3], *TAIL])
    assert got.text.split("\n")[0] == lead


def test_a_writers_name_run_into_the_date_line_is_the_byline():
    """The byline's spans dumped on one line without a separator (Gatra): the name, then the date."""
    got = _article([*MENU, HEAD[0], "Hendra Wijaya Minggu, 22 November 2026 20:47", LEAD_REST, BODY[1], BODY[3],
                    *TAIL])
    assert got.authors == ["Hendra Wijaya"]
    assert got.published[:10] == "2026-11-22"
    # (a short headline of a list runs into its date too: no name of a known given name, no writer)
    assert meta_line_kind("Harga Cabai Naik Minggu, 22 November 2026 20:47") is None


def test_an_unlisted_outlet_named_by_its_logo_and_its_copyright_line():
    page = [HEAD[0], HEAD[2], LEAD_REST, BODY[1], BODY[3], *TAIL]
    got = _article(["Kabar Pesisir", *MENU, *page, "© 2026 Kabar Pesisir. All rights reserved."])
    assert got.outlet == "Kabar Pesisir"
    glued = _article(["KABARPESISIR.idBerita Daerah", *MENU, *page, "Copyright © 2026 KABARPESISIR.id"])
    assert glued.outlet == "KABARPESISIR.id"  # (the logo's text run into the next link)


def test_a_copyright_holder_the_logo_does_not_name_is_no_outlet():
    page = [*MENU, HEAD[0], HEAD[2], LEAD_REST, BODY[1], BODY[3], *TAIL]
    assert _article(["Kabar Pesisir", *page, "© 2026 PT Media Pesisir Nusantara"]).outlet is None
    notice = "Media Pesisir uses cookies to personalise content and ads on this site."
    assert _article([notice, *page, "© 2026 Media Pesisir. All rights reserved."]).outlet is None


RAID = "Polisi membongkar gudang penyimpanan pupuk palsu di Kecamatan Pasar Baru, Sabtu (21/11/2026)."
SEIZED = "Dari lokasi, petugas menyita sekitar dua ton pupuk siap edar dan tiga mesin pengemas."


def _undated(later: str):
    return _article([*MENU, HEAD[0], "Oleh: Hendra Wijaya", RAID, SEIZED, later, BODY[3], *TAIL])


def test_a_page_dated_only_in_its_text_is_published_on_its_latest_statement_day():
    said = "\"Kami masih memburu pemodalnya,\" ujarnya, Senin (23/11/2026)."
    assert _undated(said).published == "2026-11-23"


def test_an_events_later_date_or_a_statement_long_after_leaves_the_leads_date():
    event = "Sidang perdana kasus itu digelar di Pengadilan Negeri Kota, Senin (23/11/2026)."
    assert _undated(event).published == "2026-11-21"
    much_later = "\"Kami masih memburu pemodalnya,\" ujarnya, Sabtu (28/11/2026)."
    assert _undated(much_later).published == "2026-11-21"


def test_a_place_before_a_word_of_the_pages_own_outlet_name_is_the_dateline():
    """'PAINAN, HALUAN —' on a Harian Haluan page: a place the gazetteer may not know, a brand outlets.json does not
    list as a cue ('haluan' is an ordinary word), read together with the outlet the page names elsewhere."""
    lead = "PAINAN, HALUAN — " + LEAD_REST
    page = [*MENU, *HEAD, lead, BODY[1], BODY[3], *TAIL]
    assert _article([*page, "© 2026 Harian Haluan. Hak cipta dilindungi undang-undang."]).dateline == "Painan"
    assert _article([*page, "© 2026 Lampung Post. All rights reserved."]).dateline is None  # (another outlet's word)


def test_the_outlet_before_the_writer_in_a_reporters_credit_is_no_author():
    """'Laporan Wartawan OUTLET, Name' (the Tribun network's credit) with an outlet kabar does not list."""
    got = _article([*MENU, HEAD[0], HEAD[2], "Laporan Wartawan Kabar Pesisir, Hendra Wijaya", LEAD_REST, BODY[1],
                    BODY[3], *TAIL])
    assert got.authors == ["Hendra Wijaya"]


def test_a_writer_and_an_unlisted_outlet_after_a_dash_are_no_headline():
    got = _article([*MENU, HEAD[0], "Hendra Wijaya - Kabar Pesisir", "Senin, 23 November 2026 - 10:05 WIB", LEAD_REST,
                    BODY[1], BODY[3], *TAIL])
    assert got.title == HEAD[0]


def test_a_short_headline_with_a_dash_over_the_date_is_no_byline():
    raw = [*MENU, "Berita Terkini Seputar Harga Pangan di Pasar Kota", "Harga Cabai Naik - Pedagang Mengeluh",
           "Senin, 23 November 2026 - 10:05 WIB", LEAD_REST, BODY[1], BODY[3], *TAIL]
    assert raw.index("Harga Cabai Naik - Pedagang Mengeluh") + 1 not in classify_lines(raw).meta


def test_a_related_link_glued_to_a_paragraphs_end_is_cut_off():
    glued = BODY[1] + " Baca juga: Banjir Rendam Tiga Kecamatan di Pesisir"
    got = _article([*MENU, *HEAD, LEAD_REST, glued, BODY[3], *TAIL])
    assert got.text.split("\n") == [LEAD_REST, BODY[1], BODY[3]]
    quoted = "Ia menyebut satu hal penting: baca juga peraturan daerahnya sebelum membangun di pesisir"  # (no stop)
    assert quoted in _article([*MENU, *HEAD, LEAD_REST, quoted, BODY[3], *TAIL]).text.split("\n")


def test_a_lower_case_credit_group_closing_the_text_names_its_agencies():
    """JPNN's '(antara/jpnn)', '(ant/xinhua)': an agency named in full beside short codes; a short code alone, or
    two short ones, may be editors' initials."""
    def agencies(tail: str) -> list[str]:
        return _article([*MENU, *HEAD, LEAD_REST, BODY[1], BODY[3] + " " + tail, *TAIL]).agencies

    assert agencies("(antara/jpnn)") == ["ANTARA"]
    assert agencies("(ant/xinhua)") == ["ANTARA", "Xinhua"]
    assert agencies("(ant)") == [] and agencies("(ant/afp)") == [] and agencies("(hdw/rin)") == []


def test_a_lead_over_a_bare_day_heading_a_chronology_stays_the_lead():
    lead = "Warga mulai mengungsi sejak pagi setelah air laut naik ke permukiman pesisir kota."
    got = _article([*MENU, HEAD[0], HEAD[1], lead, "Senin, 23 November 2026", LEAD_REST, BODY[1], BODY[3], *TAIL])
    assert got.text.split("\n")[0] == lead


FLOOD = ["KOTA, KABAR.COM - Banjir rob merendam ratusan rumah warga di tiga kecamatan pesisir kota sejak Senin pagi "
         "setelah tanggul laut jebol.",
         "Warga di Kecamatan Pantai Timur terpaksa mengungsi ke masjid dan sekolah karena air laut masuk hingga setinggi "
         "pinggang orang dewasa.",
         "Badan Penanggulangan Bencana Daerah mencatat sedikitnya 1.200 warga pesisir mengungsi akibat banjir rob dan "
         "tanggul yang jebol.",
         "Kepala BPBD mengatakan perbaikan tanggul laut akan dimulai setelah air surut, sementara warga diminta tetap "
         "waspada banjir susulan.",
         "Pemerintah kota juga menyiapkan dapur umum dan posko kesehatan bagi warga pesisir yang mengungsi di sejumlah "
         "titik."]
OTHER_STORIES = ["Harga Cabai Naik Jelang Natal di Pasar Kota", "Bupati Resmikan Jembatan Baru di Muara"]


@pytest.mark.parametrize("heading", ["BERITA PILIHAN", "Video Pilihan", "Berita Lainnya", "Jangan Lewatkan"])
def test_a_box_of_other_stories_between_two_paragraphs_does_not_end_the_article(heading):
    raw = [*MENU, *HEAD, *FLOOD[:2], heading, *OTHER_STORIES, *FLOOD[2:], *TAIL]
    assert _article(raw).text.split("\n") == FLOOD


def test_a_box_of_other_stories_after_the_article_still_ends_it():
    footer = "Kabar Pesisir adalah media daring yang menyajikan berita dari kota-kota pesisir sejak tahun 2015."
    raw = [*MENU, *HEAD, *FLOOD, "Berita Lainnya", *OTHER_STORIES, footer, "© 2026 Kabar Pesisir"]
    assert _article(raw).text.split("\n") == FLOOD


def test_a_one_word_writer_the_photo_credit_also_names_is_the_byline():
    caption = "Warga menyeberangi sungai dengan berpegangan tali. Foto/KabarPesisir/Suparman"
    page = [HEAD[2], caption, LEAD_REST, BODY[1], BODY[3], *TAIL]
    assert _article([*MENU, HEAD[0], "Suparman", *page]).authors == ["Suparman"]
    uncredited = [HEAD[2], "Warga menyeberangi sungai dengan berpegangan tali. Foto/KabarPesisir/Agus", *page[2:]]
    assert _article([*MENU, HEAD[0], "Suparman", *uncredited]).authors == []  # (one word alone: a kicker, a section)


def test_a_short_article_without_a_date_keeps_its_body_over_a_list_of_teasers_with_snippets():
    """Two paragraphs under an undated headline, then 'Berita Lainnya' with five headlines, each with a snippet:
    more text than the article, yet other stories."""
    teasers = [("Tanggul Jebol di Muara Baru", "Warga Muara Baru diminta waspada banjir susulan karena tanggul di "
                "tiga titik belum diperbaiki hingga kini."),
               ("Dapur Umum Dibuka di Masjid Raya", "Relawan membuka dapur umum yang menyiapkan dua ribu porsi makanan "
                "setiap hari bagi warga yang mengungsi."),
               ("DPRD Panggil Dinas PU Soal Tanggul", "Anggota dewan mempertanyakan anggaran perbaikan tanggul yang sudah "
                "disetujui sejak tahun lalu tetapi belum terserap."),
               ("Sekolah Diliburkan Akibat Banjir Rob", "Dinas pendidikan meliburkan sebelas sekolah dasar karena gedungnya "
                "dipakai untuk menampung warga yang mengungsi."),
               ("Menteri Tinjau Lokasi Banjir Pesisir", "Menteri meninjau tanggul yang jebol dan menjanjikan bantuan dana "
                "darurat untuk perbaikan dalam pekan ini.")]
    raw = [*MENU, HEAD[0], *FLOOD[:2], "Berita Lainnya", *[x for pair in teasers for x in pair], "© 2026 Kabar Pesisir"]
    assert _article(raw).text.split("\n") == FLOOD[:2]


def test_the_sites_self_description_under_about_us_does_not_join_the_body():
    footer = ["Tentang Kami", "Kabar Pesisir adalah media daring yang menyajikan berita dari kota-kota pesisir di "
              "seluruh Indonesia sejak tahun 2015.", "Kami berkomitmen menyajikan informasi yang akurat, berimbang, dan "
              "bermanfaat bagi masyarakat pesisir dan nelayan.", "Redaksi menerima tulisan opini dan laporan warga melalui "
              "surel redaksi yang tercantum di halaman kontak."]
    for head in ([*HEAD], [HEAD[0]]):  # (dated, and undated: the footer's three sentences outweigh two paragraphs)
        assert _article([*MENU, *head, *FLOOD[:2], *footer, "© 2026 Kabar Pesisir"]).text.split("\n") == FLOOD[:2]


def _html_with_jsonld(*objects: dict) -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)
    paragraphs = "".join(f"<p>{p}</p>" for p in FLOOD[:3])
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{HEAD[0]} - Kabar Pesisir</title>'
            f'<meta property="og:site_name" content="Kabar Pesisir"><meta property="og:url" '
            f'content="https://kabarpesisir.id/read/2026/11/24/123/nelayan">{scripts}</head><body><article>'
            f"<h1>{HEAD[0]}</h1>{paragraphs}</article><footer>© 2026 Kabar Pesisir</footer></body></html>")


OWN_LD = {"@type": "NewsArticle", "headline": HEAD[0], "datePublished": "2026-11-24T10:00:00+07:00",
          "author": {"@type": "Person", "name": "Hendra Wijaya"}}
OTHER_LD = {"@type": "NewsArticle", "headline": "Harga Cabai Naik Jelang Natal", "datePublished":
            "2026-11-20T08:00:00+07:00", "author": {"@type": "Person", "name": "Agus Salim"}}


@pytest.mark.parametrize("objects", [(OTHER_LD, OWN_LD), ({"@type": "WebPage", "datePublished": "2026-11-01T00:00:00+07:00"},
                                                          OWN_LD)], ids=["another story first", "a web page first"])
def test_the_pages_own_article_in_its_json_ld_gives_the_date_and_writer(objects):
    got = extract_pages(list(read_source("page.html", _html_with_jsonld(*objects).encode())))[0]
    assert (got.published, got.authors) == ("2026-11-24T10:00+07:00", ["Hendra Wijaya"])


def test_json_ld_describing_only_another_story_gives_no_date_nor_writer():
    got = extract_pages(list(read_source("page.html", _html_with_jsonld(OTHER_LD).encode())))[0]
    assert got.authors == [] and not (got.published or "").startswith("2026-11-20")


def _html_with_time(time_tags: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in FLOOD[:3])
    return (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{HEAD[0]} - Kabar Pesisir</title>'
            f'</head><body><article><h1>{HEAD[0]}</h1>{time_tags}{paragraphs}</article></body></html>').encode()


def test_a_time_elements_datetime_under_the_headline_dates_a_page_whose_head_does_not():
    page = _html_with_time('<time datetime="2026-11-24T10:00:00+07:00">24 November 2026</time>')
    assert extract_pages(list(read_source("page.html", page)))[0].published == "2026-11-24T10:00+07:00"
    updated = _html_with_time('<time class="updated" datetime="2026-11-25T09:00:00+07:00">25 November 2026</time>')
    assert not (extract_pages(list(read_source("page.html", updated)))[0].published or "").startswith("2026-11-25")


@pytest.mark.parametrize("opening", ["Makassar (Kabar Pesisir) - ", "MAKASSAR, Kabar Pesisir – "])
def test_a_dateline_naming_the_copyright_lines_holder_gives_place_and_outlet(opening):
    page = [*MENU, *HEAD, opening + LEAD_REST, BODY[1], BODY[3], *TAIL]
    got = _article([*page, "© 2026 Kabar Pesisir"])
    assert (got.dateline, got.outlet) == ("Makassar", "Kabar Pesisir")
    assert _article([*page, "© 2026 PT Media Pesisir"]).dateline is None  # (a name the page does not hold as its own)


@pytest.mark.parametrize(("byline", "authors"), [("Penulis: hendra wijaya", ["Hendra Wijaya"]),
                                                 ("Oleh: Hendra Wijaya*", ["Hendra Wijaya"]),
                                                 ("Penulis: redaksi kabar", [])])
def test_a_lower_case_writer_after_a_label_and_an_opinions_asterisk(byline, authors):
    """A site's CSS may capitalise a name its text writes in lower case; '*' points to the writer's note below."""
    assert _article([*MENU, HEAD[0], byline, HEAD[2], LEAD_REST, BODY[1], BODY[3], *TAIL]).authors == authors


def test_an_unlisted_domain_in_a_capitalised_dateline_is_spelled_as_the_copyright_line_spells_it():
    page = [*MENU, *HEAD, "KABARPESISIR.ID, MAKASSAR - " + LEAD_REST, BODY[1], BODY[3], *TAIL]
    assert _article([*page, "Copyright © 2026 KabarPesisir.id"]).outlet == "KabarPesisir.id"
    assert _article([*page, "Copyright © 2026 KABARPESISIR.ID"]).outlet == "Kabarpesisir.id"  # (capitals: no case)


def test_an_editorial_team_label_names_the_editor():
    got = _article([*MENU, *HEAD[::2], LEAD_REST, BODY[1], BODY[3], "Editorial Team: Rina Lestari", *TAIL])
    assert got.editors == ["Rina Lestari"]


def test_a_photo_storys_photographer_is_its_writer():
    story = ["Fotografer: Hendra Wijaya / DAS", HEAD[2], LEAD_REST, BODY[1], *TAIL]
    assert _article([*MENU, "FOTO: Ribuan Warga Padati Festival Perahu Hias di Pesisir", *story]).authors == \
        ["Hendra Wijaya"]
    assert _article([*MENU, HEAD[0], *story]).authors == []  # (a story's photographer did not write it)


@pytest.mark.parametrize("credit", ["— Reuters", "(Reuters)", "With Reuters", "Reuters contributed to this report.",
                                    "Additional reporting by Reuters"])
def test_a_wires_credit_on_its_own_line_below_the_article(credit):
    assert _article([*MENU, *HEAD, LEAD_REST, BODY[1], BODY[3], credit, *TAIL]).agencies == ["Reuters"]


def test_a_line_of_initials_or_a_name_in_brackets_below_the_article_is_no_wire():
    assert _article([*MENU, *HEAD, LEAD_REST, BODY[1], BODY[3], "(hdw)", "— Hendra Wijaya", *TAIL]).agencies == []


@pytest.mark.parametrize("head_title", ["Kabar Pesisir", "Home"])
def test_a_heads_title_left_at_the_sites_default_yields_to_the_printed_headline(head_title):
    paragraphs = "".join(f"<p>{p}</p>" for p in FLOOD[:3])
    page = (f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{head_title}</title>'
            f'<meta property="og:title" content="{head_title}"><meta property="og:site_name" content="Kabar Pesisir">'
            f"</head><body><article><h1>{HEAD[0]}</h1><div>{HEAD[1]}</div><div>{HEAD[2]}</div>{paragraphs}</article>"
            "</body></html>").encode()
    assert extract_pages(list(read_source("page.html", page)))[0].title == HEAD[0]


def test_a_columnists_bio_of_name_and_occupation_closing_the_piece_is_no_body():
    bio = "Hendra Wijaya, dosen Fakultas Perikanan dan Ilmu Kelautan Universitas Pesisir."
    raw = [*MENU, "Menata Ulang Pesisir Kita", "Oleh: Hendra Wijaya", HEAD[2], *FLOOD[1:], bio, *TAIL]
    assert _article(raw).text.split("\n") == FLOOD[1:]
