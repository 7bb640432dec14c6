"""Credits and standfirsts that the blind whole-page dumps (tests/fixtures/whole_dumps2) showed kabar reading wrong:
a columnist's occupation after the name, a given name an outlet shares, and a standfirst set below the byline and
photo instead of right under the headline. Pages made up for each rule."""

from __future__ import annotations

import pytest

from kabar.extract import extract_pages
from kabar.extract.bylines import names_in
from kabar.records import Page

MENU = ["Beranda", "Kolom", "Opini", "Ekonomi", "Masuk"]
BODY = ["Setiap tahun jutaan anak muda memasuki pasar kerja, sebagian besar tanpa keterampilan yang dicari industri.",
        "Sebagian besar lapangan kerja yang tercipta dalam lima tahun terakhir berada di sektor informal.",
        "Pendidikan vokasi sering disebut sebagai jawaban, tetapi kurikulumnya jarang disusun bersama industri."]


def _article(raw: list[str]):
    return extract_pages([Page(source="page.txt", raw="\n".join(raw), kind="text")])[0]


@pytest.mark.parametrize(("text", "names"), [
    ("Fajar Nugroho, Peneliti Lembaga Kajian Ketenagakerjaan", ["Fajar Nugroho"]),
    ("Dewi Lestari, Dosen Fakultas Ekonomi", ["Dewi Lestari"]),
    ("Rina Kartika, Lecturer at a private university", ["Rina Kartika"]),
    ("Fajar Pratama", ["Fajar Pratama"]),  # a given name the daily Fajar shares
    ("Antara Foto", []), ("Reuters Staff", []),  # an agency opening the credit stays no person
    ("Andi Saputra pada Rabu, 25 November 2026 pukul 09.10 WIB", ["Andi Saputra"]),  # the date's weekday cut too
    ("Jane Doe on Wednesday, November 25, 2026", ["Jane Doe"]),
])
def test_names_in_a_byline(text, names):
    assert names_in(text) == names


def test_a_standfirst_under_the_photo_and_above_the_columnists_byline():
    standfirst = "Tanpa pekerjaan layak bagi lulusan muda, bonus demografi bisa berubah menjadi beban."
    raw = [*MENU, "Bonus Demografi Tak Datang Dua Kali", "Rabu 18 Nov 2026 05:10 WIB", "Ilustrasi pekerja muda.",
           "Foto: Kabar/Andi Saputra", standfirst, "Oleh: Fajar Nugroho, Peneliti Lembaga Kajian", *BODY]
    art = _article(raw)
    assert art.description == standfirst
    assert art.authors == ["Fajar Nugroho"]
    assert art.text.split("\n") == BODY


def test_a_standfirst_under_the_credits_and_above_the_dateline_lead():
    standfirst = ("Bank sampah di sebuah kelurahan kini mengelola dua ton sampah per bulan. Kepala bank sampah bercerita "
                  "soal cara mengajak warga memilah sampah.")
    body = ["KABAR.id - Bank sampah yang dikelola ibu-ibu PKK di kelurahan itu menjadi percontohan bagi kelurahan lain.",
            *BODY[1:]]
    raw = [*MENU, "Kepala Bank Sampah: Warga Mau Memilah Kalau Ada Hasilnya", "Dini Afrianti | Jumat, 20 November 2026",
           "Editor: Rahmad Fauzan", "Ilustrasi bank sampah (Antara)", standfirst, *body]
    art = _article(raw)
    assert art.description == standfirst
    assert art.text.split("\n") == body


def test_the_lead_under_the_credits_stays_the_lead():
    """No byline under it and no dateline lead below it: the first sentence line is the body's."""
    raw = [*MENU, "Bonus Demografi Tak Datang Dua Kali", "Rabu 18 Nov 2026 05:10 WIB", "Editor: Budi Santoso",
           "Ilustrasi pekerja muda.", *BODY]
    art = _article(raw)
    assert art.description is None
    assert art.text.split("\n") == BODY


def test_credit_labels_alone_on_their_lines_with_the_names_under_them():
    """en.tempo-style credit box: each label on its own line ("Translator", no colon), the name on the next."""
    lead = ["TEMPO.CO, Jakarta - The anti-graft commission named a former regent as a suspect in a bribery case.",
            "Investigators found evidence that the official received kickbacks from several contractors.",
            "The commission also barred three contractors from traveling abroad for six months."]
    raw = ["Home", "National", "Business", "Opinion", "Sign In", "Commission Names Former Regent as Graft Suspect",
           "Reporter", "Hendrik Yaputra", "Translator", "Ananda Bintang", "Editor", "Petir Garda Bhwana",
           "November 20, 2026 | 04.45 pm", "Share", *lead]
    art = _article(raw)
    assert (art.authors, art.translators, art.editors) == (["Hendrik Yaputra"], ["Ananda Bintang"],
                                                           ["Petir Garda Bhwana"])
    assert art.lines.meta[:6] == list(range(7, 13))
    assert art.text.split("\n") == lead


def test_a_menu_label_over_a_section_name_is_no_credit():
    raw = ["Home", "Editor", "Pilihan Redaksi", "Opini", "Bonus Demografi Tak Datang Dua Kali",
           "Rabu 18 Nov 2026 05:10 WIB", *BODY]
    art = _article(raw)
    assert art.editors == [] and 2 not in art.lines.meta


@pytest.mark.parametrize(("line", "kind"), [("Penulis, Rivan Dwiastono", "byline"), ("Author, Jane Doe", "byline"),
                                            ("Oleh, karena itu kami", None), ("Sumber, Reuters", None),
                                            ("Penulis, yang juga dosen, mengatakan", None)])
def test_a_credit_label_closed_by_a_comma_before_a_name(line, kind):
    from kabar.extract.lines import credit_line_kind

    assert credit_line_kind(line) == kind


def test_bbc_style_credit_box_names_the_author():
    raw = [*MENU, "Pekerja muda memilih kamar sewa dekat stasiun: 'Ongkos habis di jalan'", "Sumber gambar, Getty Images",
           "Informasi artikel", "Penulis, Rivan Dwiastono", "Peranan, BBC News Indonesia", "16 November 2026", *BODY]
    art = _article(raw)
    assert art.authors == ["Rivan Dwiastono"]
    assert art.published == "2026-11-16"
    assert art.text.split("\n") == BODY


def test_kompas_style_credit_box_with_a_role_before_the_name_and_a_one_word_editor():
    body = ["KUPANG, KABAR.com - Kekeringan melanda sebelas kabupaten. Warga terpaksa membeli air bersih per tangki.",
            *BODY[1:]]
    raw = [*MENU, "Kekeringan Landa 11 Kabupaten, Warga Beli Air Bersih per Tangki", "Kabar.com, 24 November 2026, 16:45 WIB",
           "Lihat Foto", "Penulis", "Kontributor Kupang, Sigiranus Marutho Bere", "Editor", "Khairina", *body]
    art = _article(raw)
    assert (art.authors, art.editors) == (["Sigiranus Marutho Bere"], ["Khairina"])
    assert set(range(9, 13)) <= set(art.lines.meta)
    assert art.text.split("\n") == body


def test_a_label_over_a_one_word_section_is_no_credit():
    raw = ["Home", "Editor", "Nasional", "Opini", "Bonus Demografi Tak Datang Dua Kali", "Rabu 18 Nov 2026 05:10 WIB",
           *BODY]
    art = _article(raw)
    assert art.editors == [] and 2 not in art.lines.meta and 3 not in art.lines.meta


@pytest.mark.parametrize(("lead", "place"), [("Jakarta, 25 November 2026 - Pemerintah kota mulai", "Jakarta"),
                                             ("JAKARTA, 25 November 2026 – Pemerintah kota mulai", "Jakarta"),
                                             ("Budi, 25 tahun - warga kota itu mulai", None)])
def test_a_dateline_of_a_place_and_a_date(lead, place):
    from kabar.extract.metadata import parse_dateline

    assert parse_dateline(lead)[0] == place


@pytest.mark.parametrize(("line", "place"), [("Jakarta ● Wed, November 18, 2026", "Jakarta"),
                                             ("Jakarta | Rabu, 18 November 2026", "Jakarta"),
                                             ("Dewi Lestari | Rabu, 18 November 2026", None)])
def test_a_date_line_opened_by_its_place_names_the_dateline_when_the_lead_does_not(line, place):
    raw = [*MENU, "Bonus Demografi Tak Datang Dua Kali", line, *BODY]
    assert _article(raw).dateline == place


def test_the_logo_text_at_the_top_names_the_outlet_when_nothing_else_does():
    raw = ["Lompati ke konten", "BBC News, Indonesia", *MENU, "Bonus Demografi Tak Datang Dua Kali", "16 November 2026",
           *BODY[:2], "\"Kami perlu lapangan kerja,\" kata seorang lulusan kepada BBC News Indonesia.", BODY[2]]
    art = _article(raw)
    assert art.outlet == "BBC News Indonesia"
    assert art.agencies == []  # (the outlet's own name in the text cites no agency)


def test_an_outlet_named_further_down_the_menu_is_not_the_masthead():
    raw = ["Lompati ke konten", "Beranda", "Kanal", "BBC News Indonesia", *MENU, "Bonus Demografi Tak Datang Dua Kali",
           "16 November 2026", *BODY]
    assert _article(raw).outlet is None


@pytest.mark.parametrize(("lead", "place", "outlet"), [
    ("SAMARINDA–Banjir merendam permukiman di lima kecamatan", "Samarinda", None),
    ("BOGOR-RADAR BOGOR, Pemerintah Kota Bogor akan menguji coba", "Bogor", "Radar Bogor"),
    ("COVID-19 Melonjak di sejumlah daerah", None, None), ("KPK-Polri Sepakat memperkuat kerja sama", None, None)])
def test_a_dateline_glued_to_its_dash(lead, place, outlet):
    from kabar.extract.metadata import parse_dateline

    assert parse_dateline(lead)[:2] == (place, outlet)


@pytest.mark.parametrize(("row", "published", "authors", "editors"), [
    ("Minggu, 15 November 2026 | 19:02 WIB | Penulis : Kurniawan Eka Mulyana | Editor : Gading Persada",
     "2026-11-15T19:02+07:00", ["Kurniawan Eka Mulyana"], ["Gading Persada"]),
    ("Dini Afrianti | Jumat, 20 November 2026 19:30 WIB | Editor: Rahmad Fauzan", "2026-11-20T19:30+07:00",
     ["Dini Afrianti"], ["Rahmad Fauzan"]),
    ("Reza Pratama | November 19, 2026 | 2:05 pm", "2026-11-19", ["Reza Pratama"], []),
])
def test_one_credit_row_of_date_byline_and_editor(row, published, authors, editors):
    art = _article([*MENU, "Bonus Demografi Tak Datang Dua Kali", row, *BODY])
    assert (art.published[:len(published)], art.authors, art.editors) == (published, authors, editors)


def test_a_menu_row_of_bars_stays_furniture():
    from kabar.extract.features import is_boilerplate_cue

    row = "Tentang Kami | Redaksi | Karir | Kontak"
    assert is_boilerplate_cue(row, len(row.split()))


def test_a_breadcrumb_place_beside_the_date_is_no_writer():
    raw = [*MENU, "Kota Bogor", "Rabu, 25 November 2026 | 08:40 WIB", "Bonus Demografi Tak Datang Dua Kali",
           "Reporter: Reka Faturachman | Editor: Alpin", *BODY]
    assert _article(raw).authors == ["Reka Faturachman"]


def test_a_bare_label_inside_a_row_takes_no_name_from_the_next_line():
    raw = [*MENU, "Bonus Demografi Tak Datang Dua Kali", "Reporter | Editor | Rabu, 18 November 2026", "Font:", *BODY]
    assert _article(raw).authors == [] and _article(raw).editors == []


def test_the_jakarta_post_head_of_two_writers_and_a_dotted_date_row():
    lead = ["The government has postponed a planned levy on exports of processed nickel until the middle of next year.",
            "Officials said the delay would give smelters more time to adjust to the new rules and prices.",
            "Economists warned that the delay could cost the state trillions of rupiah in revenue this year."]
    raw = ["Business", "Economy", "Companies", "Opinion", "Indonesia", "Government delays nickel export levy to 2027",
           "Mining industry welcomes reprieve, but economists warn the delay could cost the state dearly.",
           "Aditya Nugroho and Sri Wahyuni Lestari (The Jakarta Post)", "Jakarta ● Thu, November 19, 2026 ● 4 min read",
           "Share this article", *lead]
    art = _article(raw)
    assert art.authors == ["Aditya Nugroho", "Sri Wahyuni Lestari"]
    assert (art.published, art.dateline, art.outlet) == ("2026-11-19", "Jakarta", "The Jakarta Post")
    assert art.text.split("\n") == lead


def test_a_wire_as_the_byline_is_the_agency_cited():
    lead = ["Bangkok. Thailand's cabinet approved a stimulus package on Friday aimed at reviving domestic spending.",
            "The package includes cash handouts for low-income households and tax deductions for shopping.",
            "Officials expect the measures to add half a percentage point to growth next year."]
    raw = ["Home", "Business", "Thailand Approves Stimulus as Tourism Recovery Stalls", "Reuters",
           "November 20, 2026 | 2:35 pm", "FacebookTwitterLinkedInWhatsapp", *lead]
    art = _article(raw)
    assert (art.agencies, art.authors) == (["Reuters"], [])


def test_a_weekday_glued_to_the_name_by_the_pages_markup_is_cut():
    raw = [*MENU, "Bonus Demografi Tak Datang Dua Kali", "LAPORAN: AGUS DWI CAHYONOSELASA, 06 OKTOBER 2026 | 15:20 WIB",
           *BODY]
    assert _article(raw).authors == ["Agus Dwi Cahyono"]


@pytest.mark.parametrize("line", ["4 min read", "3 menit baca", "Baca 5 menit"])
def test_a_reading_time_line_is_furniture(line):
    from kabar.extract.features import is_boilerplate_cue

    assert is_boilerplate_cue(line, len(line.split()))


@pytest.mark.parametrize(("line", "kind"), [("Laporan Saiful Bahri | Banda Aceh", "byline"),
                                            ("Laporan Keuangan Triwulan | PT Abc", None)])
def test_a_tribun_style_report_line_of_the_reporter_and_the_place(line, kind):
    from kabar.extract.lines import credit_line_kind

    assert credit_line_kind(line) == kind


@pytest.mark.parametrize(("line", "authors"), [("Kontributor Bandung, Andi Saputra", ["Andi Saputra"]),
                                               ("Andi Saputra/Jawa Pos", ["Andi Saputra"]),
                                               ("Penulis: Andi Saputra, Bandung", ["Andi Saputra"])])
def test_bylines_naming_a_place_or_the_outlet_beside_the_writer(line, authors):
    raw = [*MENU, "Bonus Demografi Tak Datang Dua Kali", line, "Rabu, 25 November 2026 10:05 WIB", *BODY]
    assert _article(raw).authors == authors


def test_a_standfirst_under_the_headlines_second_copy():
    standfirst = "Pemerintah daerah menyiapkan langkah darurat setelah laporan warga terus bertambah dalam sepekan terakhir."
    headline = "Bonus Demografi Tak Datang Dua Kali"
    raw = [*MENU, headline, headline, standfirst, "Hermawan Mappiwali - detikSulsel", "Kamis, 19 Nov 2026 14:05 WITA",
           *BODY]
    art = _article(raw)
    assert (art.title, art.description, art.text.split("\n")) == (headline, standfirst, BODY)


def test_a_standfirst_under_the_credits_with_a_caption_before_the_dateline_lead():
    standfirst = "Pemerintah daerah menyiapkan langkah darurat setelah laporan warga terus bertambah dalam sepekan terakhir."
    body = ["MAKASSAR - Kapal penumpang kandas di perairan kepulauan dan seluruh penumpang berhasil dievakuasi.", *BODY[1:]]
    raw = [*MENU, "Bonus Demografi Tak Datang Dua Kali", "Hermawan Mappiwali - detikSulsel",
           "Kamis, 19 Nov 2026 14:05 WITA", standfirst, "Foto: Proses evakuasi penumpang kapal (Dok. Basarnas)", *body]
    art = _article(raw)
    assert (art.description, art.text.split("\n")) == (standfirst, body)


@pytest.mark.parametrize("credit", ["Reporting by Stanley Widianto; Editing by Kanupriya Kapoor",
                                    "(Reporting by Stanley Widianto; Editing by Kanupriya Kapoor)"])
def test_a_wire_storys_closing_credit_of_reporter_and_editor(credit):
    body = ["JAKARTA (Reuters) - Indonesia aims to raise its coffee exports next year as global prices stay near record "
            "highs, the trade ministry said on Thursday.",
            "Coffee shipments reached 412,000 tons in the first ten months of the year, according to official data.",
            "Exporters warned that rising domestic consumption could limit how much coffee is left for overseas markets."]
    raw = ["News", "Business", "Tech", "Opinion", "Indonesia Targets Higher Coffee Exports as Global Prices Climb",
           "November 19, 2026 | 2:05 pm", *body, credit, "Tags", "Coffee"]
    art = _article(raw)
    assert (art.authors, art.editors, art.agencies) == (["Stanley Widianto"], ["Kanupriya Kapoor"], ["Reuters"])
    assert art.text.split("\n") == body


@pytest.mark.parametrize(("line", "authors"), [("Jane Doe and John Smith", ["Jane Doe", "John Smith"]),
                                               ("Andi Saputra dan Rina Wulandari", ["Andi Saputra", "Rina Wulandari"]),
                                               ("Polisi dan Warga", [])])
def test_bare_co_writers_beside_the_date(line, authors):
    raw = [*MENU, "Bonus Demografi Tak Datang Dua Kali", line, "Rabu, 25 November 2026 10:05 WIB", *BODY]
    assert _article(raw).authors == authors
