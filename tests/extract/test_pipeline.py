"""extract_pages end to end: articles from text dumps and HTML, ids, language, templates, bad pages."""

from __future__ import annotations

from kabar.extract import extract_pages
from kabar.extract.pipeline import article_id
from kabar.language import detect_language
from kabar.records import Article, InputError, Page
from tests.conftest import SEEDS

KOMPAS_LIKE = """Kompas.com
Menu Utama
Harga Minyak Goreng Turun di Pasar Tradisional {n}
Kompas.com - 12/03/2023, 14:05 WIB
JAKARTA, KOMPAS.com - Harga minyak goreng di sejumlah pasar tradisional turun dalam sepekan terakhir, kata pedagang {n}.
Penurunan harga terjadi setelah pasokan dari distributor kembali normal menjelang akhir bulan ini.
Ikuti Kuis Berhadiah
Pedagang berharap harga tetap stabil hingga hari raya agar pembeli kembali ramai berbelanja di pasar.
"""


def seed_pages():
    return [Page(source=p.name, raw=p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def test_seed_articles_have_clean_bodies_titles_and_line_numbers():
    articles = extract_pages(seed_pages())
    assert all(isinstance(a, Article) for a in articles)
    by_source = {a.source: a for a in articles}
    first = by_source["000_a6d948ce5d5a1e2b.txt"]
    assert first.title is None
    assert first.text.startswith("Liputan6.com, Jakarta- Para menteri")
    assert "Advertisement" not in first.text
    assert len(first.paragraphs) == len(first.body_lines)
    antara = by_source["003_d3b15dfe8f05e67f.txt"]
    assert antara.title == "Pertempuran Nagorno-Karabakh terus terjadi jelang perundingan Rusia"
    assert "Baca juga" not in antara.text and "COPYRIGHT" not in antara.text
    raw = (SEEDS / "003_d3b15dfe8f05e67f.txt").read_text(encoding="utf-8").split("\n")
    for number, para in zip(antara.body_lines, antara.paragraphs, strict=True):
        assert raw[number - 1].strip() == para
    liputan = by_source["004_1c4fb0b8a5ec03d9.txt"]
    assert liputan.description.startswith("AS umumkan bahwa")
    assert all(a.language == "id" for a in articles)
    assert len({a.id for a in articles}) == 5


def test_id_is_stable_across_spacing_and_case_and_falls_back_to_the_raw_page():
    assert article_id("Harga  naik.\nKata dia") == article_id("harga naik. kata DIA")
    assert article_id("a b") != article_id("a c")
    (article,) = extract_pages([Page(source="menu.txt", raw="Beranda\nKontak\nTentang Kami")])
    assert isinstance(article, Article) and article.text == ""
    assert article.id == article_id("Beranda\nKontak\nTentang Kami")


def test_empty_and_binary_pages_are_input_errors_and_the_batch_goes_on():
    pages = [Page(source="empty.txt", raw="  \n\n"), Page(source="bin.txt", raw="\x00\x01abc"), *seed_pages()[:1]]
    out = extract_pages(pages)
    assert isinstance(out[0], InputError) and out[0].source == "empty.txt"
    assert isinstance(out[1], InputError) and "binary" in out[1].reason
    assert isinstance(out[2], Article) and out[2].text


def test_lines_recurring_across_an_outlets_pages_are_template():
    pages = [Page(source=f"k{n}.txt", raw=KOMPAS_LIKE.format(n=n), url=f"https://www.kompas.com/read/{n}")
             for n in range(4)]
    alone = extract_pages(pages[:1])[0]
    assert "Ikuti Kuis Berhadiah" in alone.text
    batch = extract_pages(pages)
    assert all("Ikuti Kuis Berhadiah" not in a.text for a in batch)
    assert all(a.title.startswith("Harga Minyak Goreng") for a in batch)
    assert all(len(a.paragraphs) == 3 for a in batch)


def test_language_of_indonesian_english_and_malay_text():
    assert detect_language("Pemerintah akan menaikkan harga bahan bakar minyak mulai bulan depan, kata menteri.") == "id"
    assert detect_language("The government said it would raise fuel prices from next month, the minister said.") == "en"
    malay = ("Kerajaan berkata ia boleh menaikkan harga minyak kerana kos yang tinggi, iaitu selepas mesyuarat "
             "kabinet semalam, dan beliau mahu rakyat bersabar.")
    assert detect_language(malay) == "ms"
    assert detect_language("") is None
    assert detect_language("12345 67890") is None


def test_a_very_long_page_is_read_in_linear_time():
    import time

    import kabar.extract.lines as lines_module

    calls = []
    original = lines_module._external_meta_kind
    inner = original()

    def counting():
        if inner is None:
            return None
        return lambda line: calls.append(line) or inner(line)

    lines_module._external_meta_kind = counting
    try:
        raw = "\n".join(f"Baris nomor {i} berisi kalimat yang cukup panjang untuk dianggap isi berita." for i in range(20000))
        start = time.perf_counter()
        labels = lines_module.classify_lines(raw.split("\n"))
        elapsed = time.perf_counter() - start
    finally:
        lines_module._external_meta_kind = original
    assert len(labels.body) == 20000
    assert len(calls) < 100  # the costly meta question is only asked near the edges of the body
    assert elapsed < 20


def test_a_failing_metadata_step_keeps_the_article(monkeypatch):
    import kabar.extract.metadata as metadata

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(metadata, "extract_metadata", broken)
    (article,) = extract_pages(seed_pages()[3:4])
    assert isinstance(article, Article)
    assert article.title and article.text and article.published is None


def test_a_page_of_any_whitespace_is_empty_and_one_ending_in_newlines_is_read():
    text = seed_pages()[0].raw
    out = extract_pages([Page(source="blank.txt", raw="\u3000\xa0\u2028\t\n"), Page(source="s.txt", raw=f"\n{text}\n\n")])
    assert isinstance(out[0], InputError) and out[0].reason == "empty page"
    assert isinstance(out[1], Article) and out[1].text == extract_pages([Page(source="s.txt", raw=text)])[0].text
