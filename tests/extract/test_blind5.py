"""Rules the blind sets real_html14 and whole_dumps5 brought in, each tested on small pages of its own."""

from __future__ import annotations

import json

from kabar.extract import extract_pages
from kabar.records import Page

MENU = ["Beranda", "Gaya Hidup", "Kesehatan", "Keluarga", "Kuliner"]
LEAD = ["Banyak orang sulit tidur nyenyak di malam hari. Ada beberapa cara sederhana yang bisa dicoba agar tidur "
        "lebih nyenyak dan bangun dengan badan bugar.",
        "1. Jauhkan ponsel dari tempat tidur",
        "Cahaya layar membuat otak tetap terjaga. Simpan ponsel di meja lain setidaknya satu jam sebelum tidur.",
        "2. Minum air hangat",
        "Segelas air hangat membantu tubuh lebih rileks sehingga kamu lebih cepat terlelap di malam hari."]


def _dump(lines: list[str]):
    return extract_pages([Page(source="t.txt", raw="\n\n".join(lines), kind="text")])[0]


def test_a_listicle_headline_over_a_standfirst_printed_without_a_full_stop():
    headline = "7 Cara Sederhana Agar Tidur Lebih Nyenyak Setiap Malam"
    standfirst = "Tidur lama ternyata belum tentu membuat badan segar"
    got = _dump(MENU + [headline, standfirst, "Rina Maharani", "20 November 2026", *LEAD, "Tags", "tidur"])
    assert (got.title, got.description) == (headline, standfirst)
    assert got.text.split("\n")[0] == LEAD[0]


def test_a_headline_in_sentence_case_under_a_ticker_in_title_case_stays_the_headline():
    """(the ticker names less of the lead than the headline does)"""
    headline = "Cara sederhana agar tidur nyenyak di malam hari"
    ticker = "BREAKING NEWS: Harga Emas Antam Naik Lagi Pagi Ini"
    got = _dump(MENU + [ticker, headline, "Rina Maharani", "20 November 2026", *LEAD])
    assert got.title == headline and got.description is None


NEWS = ["Jalan Desa Rusak Parah, Warga Tanam Pohon Pisang di Tengah Jalan",
        "Reporter: Dimas Prakoso",
        "Warga Desa Sukamaju menanam pohon pisang di tengah jalan desa yang rusak parah sebagai bentuk protes kepada "
        "pemerintah kabupaten.",
        "Jalan sepanjang dua kilometer itu sudah rusak sejak tiga tahun lalu dan belum pernah diperbaiki meski warga "
        "berulang kali mengajukan usulan.",
        "Kepala desa mengatakan usulan perbaikan sudah masuk dalam musyawarah perencanaan pembangunan tahun ini."]


def test_a_date_printed_only_among_the_credits_under_the_text_dates_the_page():
    got = _dump(MENU + NEWS + ["Editor: Rahmat Hidayat", "Selasa, 24 November 2026 - 21:05 WIB", "Tags", "jalan rusak"])
    assert got.published == "2026-11-24T21:05+07:00"
    assert got.editors == ["Rahmat Hidayat"]


def test_a_date_under_a_list_after_the_text_dates_another_story():
    related = ["Berita Terkait", "Bupati Janji Perbaiki Jalan Kabupaten Sebelum Lebaran Tahun Depan",
               "Senin, 23 November 2026 - 10:00 WIB"]
    got = _dump(MENU + NEWS + related)
    assert got.published is None


MATCH = ["Tim Tuan Rumah Menang Tipis di Laga Pembuka Liga Daerah", "Penulis: Yoga Pratama",
         "Minggu, 22 November 2026 | 20:15 WIB",
         "Tim tuan rumah membuka musim dengan kemenangan tipis 1-0 atas tamunya dalam laga yang berlangsung ketat di "
         "stadion kebanggaan warga kota.",
         "Gol tunggal laga itu lahir pada menit ke-64 lewat sundulan bek tengah yang memanfaatkan sepak pojok dari sisi "
         "kanan lapangan."]
AFTER = ["Pelatih tuan rumah memuji disiplin para pemainnya dalam bertahan sepanjang babak kedua meski terus ditekan "
         "oleh lawan.",
         "Kedua tim akan kembali bertanding pekan depan dalam laga tandang masing-masing di luar kota."]


def test_a_table_printed_one_cell_a_line_inside_the_text_is_no_paragraph():
    table = ["Statistik Pertandingan", "Tim", "Tembakan", "Penguasaan", "Tuan rumah", "12", "55%", "Tamu", "7", "45%"]
    got = _dump(MENU + MATCH + table + AFTER + ["Tags", "liga daerah"])
    assert got.text.split("\n") == MATCH[3:] + AFTER


def test_a_table_of_tab_parted_rows_in_an_html_page_is_no_paragraph():
    rows = [("Statistik", "Tuan rumah", "Tamu"), ("Tembakan", "12", "7"), ("Penguasaan bola", "55%", "45%"),
            ("Sepak pojok", "6", "2")]
    assert _html_page(MATCH[3:], rows, AFTER).text.split("\n") == MATCH[3:] + AFTER


def test_short_subheadings_without_figures_stay_in_the_text():
    """(a subheading over each paragraph: short lines, but no run of cells and no figures)"""
    heads = ["Jalur Selatan", "Jalur Utara", "Jalur Tengah"]
    paragraphs = MATCH[4:] + AFTER
    body = MATCH[3:4] + [x for pair in zip(heads, paragraphs, strict=True) for x in pair]
    got = _dump(MENU + MATCH[:3] + body)
    assert got.text.split("\n") == body


def test_a_screenshot_caption_credited_to_a_social_network_is_no_paragraph():
    caption = "Tangkapan layar unggahan yang mengklaim jalan desa ditutup permanen oleh pemerintah. (Facebook)"
    got = _dump(MENU + NEWS[:2] + ["Selasa, 24 November 2026 | 13:05 WIB", caption] + NEWS[2:] + ["Tags", "hoaks"])
    assert got.text.split("\n") == NEWS[2:]


def test_a_table_outweighing_the_text_is_the_pages_content():
    """(a standings page: a few sentences around the table they announce)"""
    rows = ["Pos.\t\tTim\t\tMain\t\tPoin"] + [f"{n}\t\tKota {n}\t\t12\t\t{30 - 2 * n}" for n in range(1, 15)]
    above = MATCH[3:] + ["Berikut klasemen sementara liga daerah setelah pertandingan pekan ke-12:"]
    got = _dump(MENU + MATCH[:2] + above + rows + AFTER[:1] + ["Tags", "liga"])
    assert got.text.split("\n") == above + rows + AFTER[:1]


def _html_page(above: list[str], rows: list[tuple[str, ...]], below: list[str]):
    """The article of an HTML page holding paragraphs, a table of these rows, and paragraphs."""
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    paragraphs = "".join(f"<p>{p}</p>" for p in above) + f"<table>{cells}</table>" + "".join(
        f"<p>{p}</p>" for p in below)
    html = (f"<html><head><title>{MATCH[0]}</title></head><body><nav><a href='#'>Beranda</a> <a href='#'>Bola</a></nav>"
            f"<h1>{MATCH[0]}</h1><div>{MATCH[1]}</div><div>{MATCH[2]}</div><article>{paragraphs}</article>"
            "<footer>Hak cipta dilindungi undang-undang</footer></body></html>")
    return extract_pages([Page(source="t.html", raw=html, kind="html")])[0]


def test_a_zone_less_meta_date_takes_its_time_from_the_json_ld_of_the_same_day():
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": NEWS[0],
                     "datePublished": "2026-11-24T19:30:00+07:00"})
    head = f'<meta name="publish-date" content="2026-11-24 19:30:00"><script type="application/ld+json">{ld}</script>'
    html = (f"<html><head><title>{NEWS[0]}</title>{head}</head><body><h1>{NEWS[0]}</h1><article>"
            + "".join(f"<p>{p}</p>" for p in NEWS[2:]) + "</article></body></html>")
    got = extract_pages([Page(source="t.html", raw=html, kind="html")])[0]
    assert got.published == "2026-11-24T19:30+07:00"


def _opener_page(site_name: str):
    lead = "KABARPESISIR.ID, Tegal - " + NEWS[2]
    html = (f'<html><head><title>{NEWS[0]}</title><meta property="og:site_name" content="{site_name}"></head><body>'
            f"<h1>{NEWS[0]}</h1><article><p>{lead}</p>" + "".join(f"<p>{p}</p>" for p in NEWS[3:])
            + "</article></body></html>")
    return extract_pages([Page(source="t.html", raw=html, kind="html")])[0]


def test_an_unlisted_outlets_opener_domain_is_named_as_its_site_name_spells_it():
    assert (_opener_page("Kabar Pesisir").outlet, _opener_page("Kabar Pesisir").dateline) == ("Kabar Pesisir", "Tegal")
    assert _opener_page("Portal Berita Jateng").outlet == "Kabarpesisir.id"  # (another name: the opener's stays)


LINKED = "Polisi Tangkap Dua Pelaku Pencurian Kabel di Gardu Listrik Kecamatan"


def test_a_short_subheading_in_title_case_under_a_box_of_links_is_the_articles():
    after = ["Hasil Penelusuran", *NEWS[4:], "Bupati meminta warga bersabar karena perbaikan jalan butuh waktu dan "
             "anggaran yang tidak sedikit dari pemerintah kabupaten."]
    for box in (["BACA JUGA:", LINKED], ["Berita Terkait", LINKED, "Warga Keluhkan Jalan Berlubang di Jalur Utama Kota"]):
        got = _dump(MENU + NEWS[:4] + box + after + ["Tags", "jalan"])
        assert got.text.split("\n") == NEWS[2:4] + after, box


def test_editors_initials_closing_the_text_with_the_wires_in_brackets_credit_the_wires():
    got = _dump(MENU + NEWS + ["rzn/as (Reuters, AP)", "Topik terkait", "Lainnya dari kami"])
    assert got.agencies == ["Reuters", "AP"] and got.text.split("\n") == NEWS[2:]


def test_a_date_line_naming_its_writer_takes_no_bare_name_beside_it():
    """(the verdict box's title under a fact-check's 'date Oleh Name' line is no second writer)"""
    got = _dump(MENU + [NEWS[0], "23 November 2026 Oleh Rina Maharani", "Hasil Periksa Fakta", "SALAH"] + NEWS[2:])
    assert got.authors == ["Rina Maharani"]


def test_an_opener_of_the_outlets_domain_and_a_place_without_a_dash_is_the_dateline():
    lead = "Kabarpesisir.com, Semarang Musim hujan sering membuat cucian sulit kering dan berbau apek di dalam rumah."
    got = _dump(MENU + [NEWS[0], "Rina Maharani", "24 November 2026, 19:30 WIB", lead] + NEWS[3:])
    assert got.dateline == "Semarang"
    unknown = "Kabarpesisir.com, Ini Dia Cara Menjemur Pakaian agar Cepat Kering di Musim Hujan yang Panjang."
    assert _dump(MENU + [NEWS[0], "Rina Maharani", "24 November 2026, 19:30 WIB", unknown] + NEWS[3:]).dateline is None


def test_a_caption_closing_with_a_bare_credit_under_the_date_is_no_standfirst():
    caption = "Para pemain tuan rumah merayakan gol tunggal ke gawang tim tamu di stadion kota. (PSSI)"
    lead = "KABARPESISIR.ID - " + NEWS[2]
    got = _dump(MENU + [NEWS[0], "Penulis: Rina Maharani", "Minggu, 22 November 2026 | 22:15 WIB", caption, lead,
                        *NEWS[3:], "Tags", "liga"])
    assert got.description is None and got.text.split("\n") == [lead, *NEWS[3:]]


def test_an_unlisted_outlets_opener_domain_is_named_as_its_copyright_line_spells_it_in_words():
    lead = "KABARPESISIR.ID - " + NEWS[2]
    page = MENU + [NEWS[0], "Reporter: Rina Maharani", lead, *NEWS[3:], "Tags", "jalan"]
    assert _dump(page + ["© 2026 Kabar Pesisir | Grup Media Pantura"]).outlet == "Kabar Pesisir"
    assert _dump(page + ["© 2026 Grup Media Pantura"]).outlet == "Kabarpesisir.id"  # (another holder)


def test_a_place_in_capitals_alone_over_the_lead_is_the_dateline():
    page = MENU + [NEWS[0], "Rina Maharani", "24.11.2026"]
    assert _dump(page + ["SEMARANG", *NEWS[2:]]).dateline == "Semarang"
    assert _dump(page + ["BERITA UTAMA", *NEWS[2:]]).dateline is None  # (a label, no place)
