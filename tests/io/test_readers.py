import gzip
import io
import json

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from kabar.io.readers import detect_kind, read_inputs, read_source
from kabar.records import InputError, Page

HTML = "<!DOCTYPE html><html><head><title>Judul</title></head><body><p>Isi berita.</p></body></html>"


def pages_of(items):
    return [p for p in items if isinstance(p, Page)]


def errors_of(items):
    return [p for p in items if isinstance(p, InputError)]


def test_text_dump_is_text_and_html_is_html():
    assert detect_kind("Judul\n\nIsi berita yang panjang.") == "text"
    assert detect_kind(HTML) == "html"
    assert detect_kind("<div><p>a</p><p>b</p><span>c</span></div>") == "html"


def test_cp1252_page_is_decoded_right():
    text = "Harga kopi naik – kata “pedagang” di pasar café Jakarta. " * 5
    (page,) = read_source("a.txt", text.encode("cp1252"))
    assert isinstance(page, Page)
    assert "“pedagang”" in page.raw and "café" in page.raw and "–" in page.raw


def test_latin1_page_declared_in_meta_is_decoded_right():
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Señor Peña dari Bogotá.</p></body></html>'
    (page,) = read_source("a.html", html.encode("latin-1"))
    assert "Señor Peña" in page.raw and page.kind == "html"


def test_page_declared_latin1_is_read_as_windows1252():
    """Browsers read a latin-1 label as windows-1252: its dashes and curly quotes are no control characters."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<p>SEMARANG \u2013 Pedagang berkata \u201cpasar sepi\u201d di caf\u00e9 itu.</p></body></html>')
    (page,) = read_source("a.html", html.encode("cp1252"))
    assert "SEMARANG \u2013 Pedagang" in page.raw and "\u201cpasar sepi\u201d" in page.raw and "caf\u00e9" in page.raw
    assert not any("\x80" <= ch <= "\x9f" for ch in page.raw)


def test_gzip_html_is_read():
    (page,) = read_source("a.html.gz", gzip.compress(HTML.encode()))
    assert page.kind == "html" and "Isi berita" in page.raw


def test_empty_binary_and_broken_gzip_are_errors():
    assert errors_of(read_source("e.txt", b"  \n\n"))[0].reason == "empty file"
    assert "binary" in errors_of(read_source("b.bin", bytes(range(256)) * 10))[0].reason
    assert "gzip" in errors_of(read_source("g.gz", b"\x1f\x8b\x08\x00garbage"))[0].reason


def test_jsonl_pages_and_malformed_lines():
    lines = [
        json.dumps({"url": "https://example.id/a", "html": HTML}),
        "{not json",
        json.dumps({"url": "https://example.id/b", "text": "Judul\n\nIsi berita kedua yang panjang."}),
        json.dumps({"url": "https://example.id/c"}),
    ]
    items = list(read_source("pages.jsonl", "\n".join(lines).encode()))
    pages, errors = pages_of(items), errors_of(items)
    assert [p.url for p in pages] == ["https://example.id/a", "https://example.id/b"]
    assert pages[0].kind == "html" and pages[1].kind == "text"
    assert [e.source for e in errors] == ["pages.jsonl:2", "pages.jsonl:4"]


def _warc(records):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, payload, ctype in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers))
    return buf.getvalue()


def test_warc_html_responses_become_pages_and_images_are_skipped():
    data = _warc([
        ("https://example.id/a", HTML.encode(), "text/html; charset=utf-8"),
        ("https://example.id/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(100), "image/png"),
        ("https://example.id/b", HTML.replace("Isi", "Isi lain").encode(), "text/html"),
    ])
    pages = pages_of(read_source("crawl.warc.gz", data))
    assert [p.url for p in pages] == ["https://example.id/a", "https://example.id/b"]
    assert all(p.kind == "html" for p in pages)


def test_truncated_warc_keeps_earlier_records_and_reports_the_rest():
    data = _warc([("https://example.id/a", HTML.encode(), "text/html")] * 2)
    items = list(read_source("cut.warc.gz", data[: len(data) - 40]))
    assert len(pages_of(items)) >= 1
    assert errors_of(items) and all("cut.warc.gz" in e.source or "example.id" in e.source for e in errors_of(items))


def test_folders_are_read_recursively_in_order_and_missing_paths_reported(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Judul dua\n\nIsi dua.")
    (tmp_path / "1.txt").write_text("Judul satu\n\nIsi satu.")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "nope.txt"), str(tmp_path / "*.none")]))
    assert [p.source.rsplit("/", 1)[-1] for p in pages_of(items)] == ["1.txt", "2.txt"]
    assert len(errors_of(items)) == 2


def test_oversized_page_is_refused_with_a_clear_reason(monkeypatch):
    import kabar.io.readers as readers

    monkeypatch.setattr(readers, "MAX_PAGE_BYTES", 1000)
    (err,) = read_source("big.txt", b"kata " * 1000)
    assert isinstance(err, InputError) and "limit" in err.reason


def test_truncated_html_is_still_a_page():
    (page,) = read_source("cut.html", b"<html><head><title>Judul</title></head><body><p>Isi berita yang terpot")
    assert page.kind == "html"


def test_parquet_pages_table_is_read_like_any_input(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"url": ["https://example.id/a", "https://example.id/b"],
                      "html": [HTML, None], "text": [None, "Judul dua\n\nIsi berita kedua yang panjang."]})
    path = tmp_path / "pages.parquet"
    pq.write_table(table, path)
    pages = pages_of(read_inputs([str(path)]))
    assert [p.url for p in pages] == ["https://example.id/a", "https://example.id/b"]
    assert [p.kind for p in pages] == ["html", "text"]
