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


def test_batch_templates_read_only_outlets_with_enough_pages_and_equal_the_full_count():
    import random

    from kabar.extract.pipeline import batch_templates, page_lines
    from kabar.extract.templates import page_template_keys
    from kabar.records import Page

    rnd = random.Random(5)
    furniture = ["Beranda", "Iklan", "Tag: banjir", "Baca Juga", "Terpopuler", "Kirim Komentar"]
    pages = []
    for n in range(40):
        host = rnd.choice(["kompas.com", "detik.com", "suara.com", "tempo.co", "antaranews.com", None])
        lines = rnd.sample(furniture, 3) + [f"Paragraf berita nomor {n} yang cukup panjang untuk halaman ini."]
        pages.append(Page(source=str(n), raw="\n".join(lines), url=f"https://{host}/read/{n}" if host else None))
    for size in (3, 7, 15, 40):
        batch = pages[:size]
        prepared = [page_lines(p) for p in batch]
        full = template_lines([page_template_keys(pl.lines, p.url) for p, pl in zip(batch, prepared, strict=True)])
        assert batch_templates(batch, prepared) == full
    assert batch_templates(pages, [page_lines(p) for p in pages])  # (some outlet has template lines in the end)
    two = [page_lines(p) for p in pages[:2]]
    assert all(not pl.normalised for pl in two) and batch_templates(pages[:2], two) == {}
    assert all(not pl.normalised for pl in two)  # outlets of fewer than three pages were not keyed at all


def test_a_malformed_url_is_pooled_with_unknown_ones_instead_of_failing_the_batch():
    from kabar.extract import extract_pages
    from kabar.records import Page

    assert page_group("http://[::1/berita") == ""
    page = Page(source="a.txt", raw="Judul Berita Hari Ini\n\nWarga desa menggelar panen raya pada Senin pagi.",
                url="http://[::1/berita")
    article = extract_pages([page])[0]
    assert article.title == "Judul Berita Hari Ini" and article.url == "http://[::1/berita"
