"""Causes of wrong metadata values found by bench/metadata_silver.py (the pages' own head tags as silver truth), each
on fixtures written here: menu rows and site words read as names, 12-hour and month-first dates, the header's date
of the day, dated lists of other stories, head authors naming the publisher."""

from __future__ import annotations

import pytest

from kabar.extract.bylines import names_in
from kabar.extract.dates import parse_published
from kabar.extract.metadata import _dates_beside_bylines, meta_line_kind, people_in_line
from tests.extract.labelled import page

# --- menu rows and site words are no names ------------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    "Privacy policy | More Newsletters",
    "Contact Us/FAQ | Terms of Use | Privacy Policy",
    "Terms of Use | Privacy Policy",
    "About Us | Contact Us",
    "Kebijakan Privasi | Pedoman Media Siber",
])
def test_footer_menu_rows_are_not_bylines(line):
    assert meta_line_kind(line) is None


def test_two_writers_in_a_row_are_still_a_byline():
    assert meta_line_kind("Achmad Fauzi | Iwan Supriyatna") == "byline"


@pytest.mark.parametrize("text", ["Print Edition", "Enlarge Image", "Previous Post", "Read Later", "Shop Snopes",
                                  "Get App", "Personal Finance", "European Space Agency", "Whatsapp Facebook"])
def test_site_words_name_no_person(text):
    assert names_in(text) == []


def test_a_missing_name_before_the_desk_gives_no_author():
    # the writer's link rendered empty: "By , Spaceflight" names a desk only
    assert all(not names_in(rest) for _, rest in people_in_line("By , Spaceflight", "byline"))
    assert meta_line_kind("By , Spaceflight") is None


@pytest.mark.parametrize("text, names", [
    ("Kashmira Gander On 11/13/19 at 4:00 PM EST", ["Kashmira Gander"]),
    ("Rachael Link, MS, RD on November 19, 2019", ["Rachael Link"]),
    ("Ali Budiman pada 2 Mei 2020", ["Ali Budiman"]),
    ("Anton Ontario", ["Anton Ontario"]),  # a name merely starting with "On" keeps it
])
def test_words_leading_into_the_date_are_cut_with_it(text, names):
    assert names_in(text) == names


# --- dates --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, iso", [
    ("19 November 2019 6:18 PM GMT", "2019-11-19T18:18+00:00"),
    ("19 November 2019 12:05 a.m. GMT", "2019-11-19T00:05+00:00"),
    ("19 November 2019 12:30 pm GMT", "2019-11-19T12:30+00:00"),
    ("19 November 2019 14:05 PM GMT", "2019-11-19"),  # no 12-hour clock: the time is left out, not guessed
    ("Nov. 18, 2019 7:04 pm ET", "2019-11-18"),  # a zone without a fixed offset: the date alone
    ("11/13/19 11:00AM", "2019-11-13"),  # only month-first is a date
    ("21/10/2020, 09:20 WIB", "2020-10-21T09:20+07:00"),
    ("05/06/2020", "2020-06-05"),  # both readings possible: day first, as Indonesian pages write
])
def test_clock_and_order_of_dates(text, iso):
    assert parse_published(text)[0] == iso


@pytest.mark.parametrize("line", ["Wed, Nov 20, 2019", "November 18, 2019 | 4:10pm", "\xa0| November 18, 2019 12:01 PM",
                                  "Sen, 2 Nov 2020 14:05 WIB"])
def test_date_lines_with_short_weekdays_and_12_hour_clocks(line):
    assert meta_line_kind(line) == "date"



BODY = ("B Harga cabai merah di pasar induk naik tajam sejak awal pekan karena pasokan dari sentra produksi berkurang.\n"
        "B Pedagang memperkirakan harga baru turun setelah panen raya bulan depan, kata ketua asosiasi pedagang.")
HEADER = "\n".join(["M Rabu, 25 November 2020", "X Beranda", "X Berita", "X Ekonomi", "X Olahraga", "X Hiburan",
                    "X Teknologi", "X Otomotif"])


def test_the_header_date_of_the_day_loses_to_the_byline_date():
    meta = page(f"{HEADER}\nT Harga Cabai Naik Tajam\nM Oleh Budi Santoso\nM Senin, 23 November 2020 14:05 WIB\n{BODY}")
    assert meta["published"] == "2020-11-23T14:05+07:00"


def test_the_header_date_is_the_last_resort():
    meta = page(f"{HEADER}\nT Harga Cabai Naik Tajam\n{BODY}")
    assert meta["published"] == "2020-11-25"


def test_a_date_right_above_the_headline_is_no_header_date():
    meta = page(f"M Senin, 23 November 2020\nT Harga Cabai Naik Tajam\n{BODY}\nX Selasa, 24 November 2020")
    assert meta["published"] == "2020-11-23"


def test_a_dated_list_of_other_stories_gives_no_date():
    related = "\n".join(f"X Cerita lain nomor {i} tentang harga pangan\nX {d} Oktober 2020"
                        for i, d in ((1, 12), (2, 14), (3, 19)))
    # the classifier labelled only the list's last date meta: it belongs to the list all the same
    spec = related.rsplit("\n", 1)[0] + "\nM 19 Oktober 2020\nT Harga Cabai Naik Tajam\n" + BODY
    meta = page(spec)
    assert meta["published"] not in ("2020-10-12", "2020-10-14", "2020-10-19")


def test_a_date_beside_a_byline_that_the_classifier_left_out():
    lines = ["Harga Cabai Naik", "by Madeline Fry", "| November 18, 2019 12:01 PM", "Body text here."]
    kinds = {2: "byline"}
    assert _dates_beside_bylines(lines, [2], kinds, {4}) == [3]
    assert kinds[3] == "date"
    assert _dates_beside_bylines(lines, [2], {2: "editor"}, {4}) == []


# --- head authors ---------------------------------------------------------------------------------------------------


HTML_BODY = "T Harga Cabai Naik Tajam\nM By Science & Astronomy\n" + BODY


def test_head_json_ld_person_beats_an_author_tag_naming_the_publisher():
    meta = page("T Harga Cabai Naik Tajam\n" + BODY, html_meta={
        "authors": ["Penerbit Nusantara Group"], "jsonld": {"authors": ["Molly Wood"]}})
    assert meta["authors"] == ["Molly Wood"]


def test_head_author_naming_the_site_itself_is_no_person():
    meta = page("T Harga Cabai Naik Tajam\n" + BODY, html_meta={
        "authors": ["Sky"], "url": "https://news.sky.com/story/x", "site_name": "Sky News"})
    assert meta["authors"] == []
    meta = page("T Harga Cabai Naik Tajam\n" + BODY, html_meta={"jsonld": {"authors": ["Troy L. Smith", "Cleveland.com"]}})
    assert meta["authors"] == ["Troy L. Smith"]


def test_head_author_replaces_a_text_byline_that_names_none_of_them():
    meta = page(HTML_BODY, html_meta={"jsonld": {"authors": ["Mike Wall"]}})
    assert meta["authors"] == ["Mike Wall"]
    # the text names the head's writer and two more: the text's fuller list stays
    meta = page("T Harga Cabai Naik Tajam\nM Oleh Budi Santoso, Ani Lestari dan Dewi Sartika\n" + BODY,
                html_meta={"jsonld": {"authors": ["Budi Santoso"]}})
    assert meta["authors"] == ["Budi Santoso", "Ani Lestari", "Dewi Sartika"]


# --- the site's own name is no author -----------------------------------------------------------------------------


def test_the_site_named_as_the_writer_is_no_author():
    spec = "T Harga Cabai Naik Tajam\nM by Warta Kota Pos News Weekly\nM oleh Warta Pagi\n" + BODY
    assert page(spec, url="https://www.wartapagi.com/ekonomi/harga-cabai")["authors"] == []


def test_the_site_name_after_the_writer_is_cut_off():
    spec = "T Harga Cabai Naik Tajam\nM Elliot Brownstein Florida Today\nM Published 2:16 AM EST Nov 20, 2019\n" + BODY
    meta = page(spec, url="https://www.floridatoday.com/story/sports/2019/11/20/x/")
    assert meta["authors"] == ["Elliot Brownstein"]
    meta = page(spec, url="https://www.example.org/story/")  # another site: the words may be part of the name
    assert meta["authors"] == ["Elliot Brownstein Florida Today"]


# --- a publication date in the body's microdata -------------------------------------------------------------------


def test_body_microdata_date_when_the_head_states_none():
    from kabar.extract.html import html_meta

    one = '<html><head><title>x</title></head><body><meta itemprop="datePublished" content="2019-11-20T10:43Z"></body>'
    assert html_meta(one)["published"] == "2019-11-20T10:43Z"
    timed = '<html><head></head><body><time itemprop="datePublished" datetime="2019-11-19T05:04:02+00:00">x</time>'
    assert html_meta(timed)["published"] == "2019-11-19T05:04:02+00:00"
    listed = ('<html><head></head><body><time itemprop="datePublished" datetime="2019-11-20">a</time>'
              '<time itemprop="datePublished" datetime="2019-10-01">b</time></body>')
    assert "published" not in html_meta(listed)  # a list of stories: no one date is the page's
    head = ('<html><head><meta property="article:published_time" content="2020-10-21T09:20:00+07:00"></head>'
            '<body><meta itemprop="datePublished" content="2019-11-20"></body>')
    assert html_meta(head)["published"] == "2020-10-21T09:20:00+07:00"


def test_a_shorter_form_of_a_writers_name_is_the_same_writer():
    spec = ("T Harga Cabai Naik Tajam\nM Penulis: Rina Ayu Panca Rini\nX Baca juga: Harga bawang turun\n"
            "M Laporan Wartawan Tribunnews.com, Rina Ayu\n" + BODY)
    assert page(spec)["authors"] == ["Rina Ayu Panca Rini"]
    two = "T Harga Cabai Naik Tajam\nM Penulis: Rina Ayu dan Rina Ayumi Putri\n" + BODY  # not a first-words form
    assert page(two)["authors"] == ["Rina Ayu", "Rina Ayumi Putri"]


def test_the_site_itself_is_no_cited_agency():
    spec = "T Harga Cabai Naik Tajam\n" + BODY + "\nM Sumber: Al Jazeera"
    assert page(spec, url="https://www.aljazeera.com/news/2019/11/x.html")["agencies"] == []
    assert page(spec, url="https://www.example.com/news/x.html")["agencies"] == ["Al Jazeera"]


def test_a_date_under_the_headline_beats_one_a_few_lines_above_it():
    spec = ("X Beranda\nM Selasa, 24 November 2020\nX Ekonomi\nT Harga Cabai Naik Tajam\nM Penulis: Budi Santoso\n"
            "M Kamis, 19 November 2020 14:05 WIB\n" + BODY)
    assert page(spec)["published"] == "2020-11-19T14:05+07:00"


def test_a_date_on_a_line_that_is_no_meta_line_yields_to_a_meta_line():
    header = "Rabu, 25 November 2020 | Jakarta Cerah Berawan 31°C"
    assert meta_line_kind(header) is None
    spec = f"M {header}\nX Ekonomi\nT Harga Cabai Naik Tajam\nM Diperbarui: Selasa, 24 November 2020\n{BODY}"
    assert page(spec)["published"] == "2020-11-24"
    alone = f"M {header}\nX Ekonomi\nT Harga Cabai Naik Tajam\n{BODY}"  # the only date there is: still read
    assert page(alone)["published"] == "2020-11-25"


def test_a_head_time_without_zone_is_read_on_the_known_outlets_clock():
    spec = "T Harga Cabai Naik Tajam\n" + BODY
    meta = page(spec, url="https://news.detik.com/berita/d-1/harga", html_meta={"published": "2020/10/21 09:20:00"})
    assert meta["published"] == "2020-10-21T09:20+07:00"
    assert meta["published_basis"] == "meta tag, zone of the outlet"
    meta = page(spec, url="https://www.example.com/harga", html_meta={"published": "2020/10/21 09:20:00"})
    assert meta["published"] == "2020-10-21"  # an unknown site's clock is not guessed


@pytest.mark.parametrize("text, names", [
    ("Analysis by Chris Cillizza", ["Chris Cillizza"]),
    ("Opini oleh Budi Santoso", ["Budi Santoso"]),
    ("Photos by John Smith", []),  # a picture credit names no writer
    ("Foto oleh Budi Santoso", []),
    ("Troy L. Smith, Cleveland.com", ["Troy L. Smith"]),  # a site's domain is no second person
    ("Sean Martin Sean Martin", ["Sean Martin"]),  # a name printed twice (its link, then its text)
    ("Ali Ali", ["Ali Ali"]),  # a one-word name twice may be the name
])
def test_byline_forms_around_the_name(text, names):
    assert names_in(text) == names


def test_the_sites_domain_is_no_author():
    spec = "T Harga Cabai Naik Tajam\nM Oleh Budi Santoso dan Wartapagi.com\n" + BODY
    assert page(spec, url="https://www.wartapagi.com/x")["authors"] == ["Budi Santoso"]


def test_a_head_author_who_is_the_texts_editor_replaces_nobody():
    spec = "T Harga Cabai Naik Tajam\nM Penulis: Budi Santoso | Editor: Ani Lestari\n" + BODY
    meta = page(spec, html_meta={"jsonld": {"authors": ["Ani Lestari"]}})
    assert meta["authors"] == ["Budi Santoso"]
    assert meta["editors"] == ["Ani Lestari"]


@pytest.mark.parametrize("line, authors", [
    ("Putri Rosmalia | Humaniora", ["Putri Rosmalia"]),  # writer | section
    ("Rindi Salsabila, CNBC Indonesia", ["Rindi Salsabila"]),  # writer, outlet
    ("Putri Rosmalia | Jawa Barat", []),  # a place is no section: two names in a row are no byline here
])
def test_a_writer_with_the_section_or_outlet_under_the_headline(line, authors):
    spec = f"T Harga Cabai Naik Tajam\nX {line}\nM Senin, 22 Januari 2024, 11:48 WIB\n" + BODY
    assert page(spec)["authors"] == authors


def test_a_photographer_with_a_wire_agency_is_no_writer():
    spec = "T Harga Cabai Naik Tajam\nM Published 11:11 PM EST Nov 19, 2019\nX Al Goldis, Associated Press\n" + BODY
    assert page(spec)["authors"] == []
