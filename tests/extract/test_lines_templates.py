"""Template lines across a batch: pure functions a Spark job can run as map + shuffle."""

from __future__ import annotations

from kabar.extract.templates import page_group, page_template_keys, template_lines

MENU = ["Beranda", "Nasional", "Ikuti Kami di Google News"]


def page(n, extra=()):
    body = f"Isi berita nomor {n} yang cukup panjang untuk jadi baris terpanjang halaman."
    return [*MENU, f"Judul berita nomor {n} yang berbeda", body, *extra]


def test_group_is_host_without_www_or_mobile_prefix():
    assert page_group("https://www.kompas.com/read/1") == "kompas.com"
    assert page_group("https://m.detik.com/news/2") == "detik.com"
    assert page_group("news.detik.com/berita/3") == "news.detik.com"
    assert page_group(None) == ""


def test_lines_on_enough_pages_of_one_outlet_are_template():
    keys = [page_template_keys(page(n), f"https://www.kompas.com/read/{n}") for n in range(4)]
    found = template_lines(keys)["kompas.com"]
    assert "ikuti kami di google news" in found and "beranda" in found
    assert not any("judul berita nomor" in line for line in found)


def test_copies_of_one_page_do_not_make_template():
    keys = [page_template_keys(page(1), "https://www.kompas.com/read/1") for _ in range(5)]
    assert template_lines(keys) == {}


def test_outlets_are_counted_apart():
    keys = [page_template_keys(page(n), f"https://www.kompas.com/read/{n}") for n in range(2)]
    keys += [page_template_keys(page(n + 10), f"https://www.detik.com/read/{n}") for n in range(2)]
    assert template_lines(keys) == {}  # two pages per outlet are not enough


def test_long_lines_are_never_template():
    long_line = ("Komentar menjadi tanggung jawab anda sesuai undang undang informasi dan transaksi elektronik "
                 "yang berlaku di negeri ini")
    keys = [page_template_keys(page(n, [long_line]), f"https://suara.com/{n}") for n in range(5)]
    assert not any("komentar menjadi" in line for line in template_lines(keys)["suara.com"])
