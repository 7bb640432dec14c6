"""Publication times stated relative to the fetch time ("2 jam yang lalu", "kemarin 14:05", "Baru saja")."""

import io
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kabar.extract.dates import parse_fetch_time, relative_times, resolve_relative
from kabar.extract.metadata import extract_metadata
from kabar.extract.pipeline import extract_page
from kabar.io.readers import read_source
from kabar.records import LineLabels, Page
from tests.conftest import run_kabar

FETCHED = datetime(2020, 10, 21, 5, 0, tzinfo=UTC)  # 12:00 WIB
WIB = "+07:00"


@pytest.mark.parametrize(("text", "zone", "expected"), [
    ("2 jam yang lalu", WIB, "2020-10-21T10:00+07:00"),
    ("30 menit lalu", WIB, "2020-10-21T11:30+07:00"),
    ("Penulis: Budi Santoso | 45 menit yg lalu", WIB, "2020-10-21T11:15+07:00"),
    ("sejam yang lalu", WIB, "2020-10-21T11:00+07:00"),
    ("dua jam lalu", WIB, "2020-10-21T10:00+07:00"),
    ("2 hours ago", None, "2020-10-21T03:00+00:00"),
    ("an hour ago", WIB, "2020-10-21T11:00+07:00"),
    ("1 hari yang lalu", WIB, "2020-10-20"),
    ("3 hari lalu", None, "2020-10-18"),
    ("2 minggu lalu", WIB, "2020-10-07"),
    ("kemarin 14:05", WIB, "2020-10-20T14:05+07:00"),
    ("Kemarin, pukul 14.05 WIB", None, "2020-10-20T14:05+07:00"),
    ("Hari ini, 09:12 WIB", None, "2020-10-21T09:12+07:00"),
    ("Hari ini 09:12 WITA", WIB, "2020-10-21T09:12+08:00"),
    ("Yesterday at 4:05 pm", WIB, "2020-10-20T16:05+07:00"),
    ("Baru saja", WIB, "2020-10-21T12:00+07:00"),
    ("Just now", None, "2020-10-21T05:00+00:00"),
])
def test_each_relative_form_resolves_against_the_fetch_time(text, zone, expected):
    assert resolve_relative(text, FETCHED, zone) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("5h ago", "2020-10-21T07:00+07:00"),
    ("2d ago", "2020-10-19"),
    ("beberapa detik yang lalu", "2020-10-21T12:00+07:00"),
    ("Kemarin", "2020-10-20"),  # alone on its line: the day only
    ("• Hari ini •", "2020-10-21"),
])
def test_short_and_vague_forms(text, expected):
    assert resolve_relative(text, FETCHED, WIB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Diterbitkan 3 hari lalu | Diperbarui 2 jam lalu", "2020-10-18"),
    ("Diperbarui 2 jam lalu | Diterbitkan 3 hari lalu", "2020-10-18"),
    ("Updated 2 hours ago", "2020-10-21T10:00+07:00"),  # only an update time: kept, the caller says so
    ("2 jam yang lalu • 3 menit baca", "2020-10-21T10:00+07:00"),  # a reading time is no date
    ("5 min read", None),
])
def test_publication_cues_win_over_update_cues(text, expected):
    assert resolve_relative(text, FETCHED, WIB) == expected


def test_cues_apply_only_to_the_time_right_after_them():
    times = relative_times("Diperbarui 2 jam lalu | 3 hari lalu", FETCHED, WIB)
    assert times == [("2020-10-21T10:00+07:00", "updated"), ("2020-10-18", None)]


def test_today_is_the_day_in_the_pages_zone_not_in_utc():
    late = datetime(2020, 10, 20, 20, 0, tzinfo=UTC)  # already 21 October, 03:00 in Jakarta
    assert resolve_relative("Hari ini, 02:40 WIB", late) == "2020-10-21T02:40+07:00"
    assert resolve_relative("1 hari yang lalu", late, WIB) == "2020-10-20"
    assert resolve_relative("1 hari yang lalu", late) == "2020-10-19"


@pytest.mark.parametrize("text", [
    "2 tahun lalu",  # too coarse for a day
    "3 bulan yang lalu",
    "Presiden hari ini mengatakan bahwa rapat ditunda",  # "hari ini" without a clock time is a sentence
    "Senin, 21 Oktober 2020",
    "kemarin 25:70",
    "",
])
def test_what_is_no_relative_time_gives_nothing(text):
    assert resolve_relative(text, FETCHED, WIB) is None


def test_a_clock_time_in_an_unknown_zone_keeps_only_the_day():
    assert resolve_relative("kemarin 14:05", FETCHED) == "2020-10-20"


def test_without_fetch_time_nothing_is_resolved():
    assert resolve_relative("2 jam yang lalu", None, WIB) is None


@pytest.mark.parametrize(("value", "expected"), [
    ("2020-10-21T05:00:00Z", FETCHED),
    ("2020-10-21T12:00:00+07:00", FETCHED),
    ("2020-10-21 05:00:00", FETCHED),  # no zone: UTC, as crawlers write it
    ("20201021050000", FETCHED),  # Common Crawl's stamp
    ("1603256400", FETCHED),
    ("1603256400000", FETCHED),
    ("kemarin", None),
    ("", None),
    (None, None),
    ("1200-01-01T00:00:00", None),
])
def test_fetch_times_in_common_forms(value, expected):
    assert parse_fetch_time(value) == expected


BODY = [
    "Bekasi - Hujan deras yang mengguyur sejak sore membuat ratusan rumah warga di pinggiran kota terendam air "
    "setinggi lutut orang dewasa, menurut petugas penanggulangan bencana setempat.",
    "Petugas mengatakan air mulai naik menjelang magrib dan warga memindahkan barang-barang ke lantai dua rumah "
    "mereka. Sebagian warga memilih mengungsi ke masjid terdekat.",
    "\"Kami sudah menyiapkan perahu karet dan dapur umum untuk warga yang terdampak,\" kata kepala pelaksana badan "
    "penanggulangan bencana daerah kepada wartawan.",
    "Menurut dia, genangan diperkirakan surut dalam dua hari jika hujan tidak kembali turun dengan intensitas tinggi.",
]
TITLE = "Hujan Deras Rendam Ratusan Rumah di Pinggiran Kota"


def dump(date_line: str, tail: list[str] = ()) -> str:
    """A text dump in the usual order: menu, headline, byline, a date line, body, then a list of other stories."""
    lines = ["Berita", "Daerah", TITLE, "Tim Redaksi", date_line, *BODY, "Berita Terkini", *tail]
    return "\n\n".join(lines) + "\n"


def metadata_of(date_line: str, fetched: str | None, tail: list[str] = (), url: str | None = None) -> dict:
    lines = dump(date_line, tail).split("\n")
    at = {text: n for n, text in enumerate(lines, 1) if text}
    labels = LineLabels(title=at[TITLE], body=[at[p] for p in BODY], meta=[at["Tim Redaksi"]],
                        boilerplate=[n for n, t in enumerate(lines, 1) if t and t not in BODY and t != TITLE
                                     and n != at["Tim Redaksi"]])
    return extract_metadata(lines, labels, BODY, url, fetched=fetched)


def test_relative_line_under_the_headline_gives_the_date_and_its_basis():
    meta = metadata_of("2 jam yang lalu", "2020-10-21T05:00:00Z", url="https://news.detik.com/berita/d-5227393/x")
    assert meta["published"] == "2020-10-21T10:00+07:00"  # detik runs on WIB
    assert meta["published_basis"] == "relative to fetch time"


def test_without_fetch_time_the_date_stays_null():
    meta = metadata_of("2 jam yang lalu", None)
    assert meta["published"] is None and meta["published_basis"] is None


def test_the_explicit_date_line_wins_over_a_relative_one():
    page = Page("a.txt", dump("Rabu, 21 Oktober 2020 08:15 WIB | 4 jam yang lalu"), fetched="2020-10-21T05:00:00Z")
    article = extract_page(page)  # (fetched 12:00 WIB: "4 jam yang lalu" alone would say 08:00)
    assert (article.published, article.published_basis) == ("2020-10-21T08:15+07:00", "byline")


def test_an_explicit_date_on_the_relative_line_wins_even_when_the_line_is_not_labelled_meta():
    meta = metadata_of("Rabu, 21 Oktober 2020 08:15 WIB | 4 jam yang lalu", "2020-10-21T05:00:00Z")
    assert (meta["published"], meta["published_basis"]) == ("2020-10-21T08:15+07:00", "byline")


def test_an_update_time_alone_says_so_in_its_basis():
    meta = metadata_of("Diperbarui 2 jam yang lalu", "2020-10-21T05:00:00Z", url="https://news.detik.com/berita/d-1/x")
    assert (meta["published"], meta["published_basis"]) == ("2020-10-21T10:00+07:00",
                                                            "relative to fetch time (update date)")


def test_the_publication_time_wins_over_the_update_time_on_other_lines():
    page = Page("a.txt", dump("Diperbarui 2 jam yang lalu").replace("Tim Redaksi", "Tim Redaksi\n\nTerbit 3 hari lalu"),
                url="https://news.detik.com/berita/d-1/x", fetched="2020-10-21T05:00:00Z")
    article = extract_page(page)
    assert (article.published, article.published_basis) == ("2020-10-18", "relative to fetch time")


def test_the_urls_day_wins_over_a_relative_day_that_disagrees():
    url = "https://www.example-berita.id/read/2020/10/19/123/hujan"
    assert metadata_of("2 jam yang lalu", "2020-10-21T05:00:00Z", url=url)["published"] == "2020-10-19"
    agreeing = metadata_of("2 jam yang lalu", "2020-10-21T05:00:00Z", url=url.replace("/19/", "/21/"))
    assert agreeing["published"].startswith("2020-10-21T") and agreeing["published_basis"] == "relative to fetch time"


def test_a_relative_date_outside_the_urls_month_is_dropped():
    url = "https://www.example.com/advice/2019/11/dear-reader.html"  # fetched years later: the times disagree
    assert metadata_of("1 day ago", "2026-11-24T12:00:00Z", url=url)["published"] is None
    assert metadata_of("1 day ago", "2019-11-24T12:00:00Z", url=url)["published"] == "2019-11-23"


def test_times_in_the_list_below_the_body_are_not_the_pages():
    meta = metadata_of("Senin", "2020-10-21T05:00:00Z", tail=["Banjir Surut, Warga Bersihkan Rumah", "5 jam yang lalu"])
    assert meta["published"] is None


def test_a_list_of_times_between_headline_and_body_is_left_alone():
    lines = dump("3 jam yang lalu").replace("Tim Redaksi", "Terpopuler\n\nJalan Tol Macet\n\n5 jam yang lalu")
    page = Page("x.txt", lines, fetched="2020-10-21T05:00:00Z")
    assert extract_page(page).published is None


def test_a_page_fetch_time_goes_through_the_pipeline():
    text = dump("30 menit lalu")
    with_time = extract_page(Page("a.txt", text, url="https://news.detik.com/berita/d-1/a",
                                  fetched="2020-10-21T05:00:00Z"))
    assert with_time.published == "2020-10-21T11:30+07:00"
    assert extract_page(Page("a.txt", text, url="https://news.detik.com/berita/d-1/a")).published is None


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - Suara</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1><div class="byline">Reporter: Budi Santoso</div><div class="date">{date}</div>
{body}</article><footer>Copyright Suara</footer></body></html>"""


def html_page(date_line: str) -> str:
    return HTML.format(title=TITLE, date=date_line, body="".join(f"<p>{p}</p>" for p in BODY))


def _warc(payload: bytes, warc_date: str) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://www.suara.com/news/2020/hujan", "response",
                                                  payload=io.BytesIO(payload), http_headers=headers,
                                                  warc_headers_dict={"WARC-Date": warc_date}))
    return buf.getvalue()


def test_warc_records_carry_their_warc_date_as_fetch_time():
    pages = [p for p in read_source("c.warc.gz", _warc(html_page("x").encode(), "2020-10-21T05:00:00Z"))
             if isinstance(p, Page)]
    assert [p.fetched for p in pages] == ["2020-10-21T05:00:00Z"]


@pytest.mark.parametrize("key", ["fetched", "fetch_time", "crawled_at", "date_crawled", "timestamp"])
def test_jsonl_fetch_time_under_common_names(key):
    line = json.dumps({"url": "https://example.id/a", "text": "Isi berita", key: "2020-10-21T05:00:00Z"})
    page = next(read_source("p.jsonl", line.encode()))
    assert page.fetched == "2020-10-21T05:00:00Z"


def test_jsonl_unix_timestamp_is_kept_as_text():
    line = json.dumps({"url": "https://example.id/a", "text": "Isi berita", "timestamp": 1603256400})
    page = next(read_source("p.jsonl", line.encode()))
    assert parse_fetch_time(page.fetched) == FETCHED


def _documents(proc) -> list[dict]:
    assert proc.returncode == 0, proc.stderr.decode()
    return json.loads(proc.stdout)["documents"]


def test_cli_resolves_a_warc_pages_relative_date_with_its_warc_date(tmp_path):
    (tmp_path / "crawl.warc.gz").write_bytes(_warc(html_page("Hari ini, 09:12 WIB").encode(), "2020-10-21T05:00:00Z"))
    (doc,) = _documents(run_kabar("digest", str(tmp_path / "crawl.warc.gz"), "--format", "json", "--quiet"))
    assert doc["published"] == "2020-10-21T09:12+07:00"
    assert doc["published_basis"] == "relative to fetch time"


def test_cli_resolves_a_jsonl_line_with_fetch_time_and_leaves_one_without_null(tmp_path):
    text = dump("1 jam yang lalu")
    lines = [{"url": "https://news.detik.com/berita/d-1/a", "text": text, "crawled_at": "2020-10-21T05:00:00Z"},
             {"url": "https://news.detik.com/berita/d-2/b", "text": text.replace("Bekasi", "Depok")}]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    docs = {d["url"]: d for d in _documents(run_kabar("digest", str(path), "--format", "json", "--quiet"))}
    assert docs["https://news.detik.com/berita/d-1/a"]["published"] == "2020-10-21T11:00+07:00"
    assert docs["https://news.detik.com/berita/d-1/a"]["published_basis"] == "relative to fetch time"
    assert docs["https://news.detik.com/berita/d-2/b"]["published"] is None


def test_fetch_time_before_midnight_utc_gives_the_next_day_in_jakarta():
    fetched = (datetime(2020, 10, 21, 1, 0, tzinfo=timezone(timedelta(hours=7)))).isoformat()  # 20 Oct 18:00 UTC
    meta = metadata_of("Baru saja", fetched, url="https://news.detik.com/berita/d-1/a")
    assert meta["published"] == "2020-10-21T01:00+07:00"


def test_parquet_fetch_time_column_is_read_and_a_date_column_is_not(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from kabar.io.readers import read_inputs

    table = pa.table({"url": ["https://example.id/a", "https://example.id/b"], "text": ["Isi satu", "Isi dua"],
                      "crawled_at": pa.array([FETCHED, None], pa.timestamp("s", tz="UTC")),
                      "date": ["2019-01-01", "2019-01-02"]})
    pq.write_table(table, tmp_path / "pages.parquet")
    pages = list(read_inputs([str(tmp_path / "pages.parquet")]))
    assert parse_fetch_time(pages[0].fetched) == FETCHED
    assert pages[1].fetched is None  # the publication-like "date" column is no fetch time
