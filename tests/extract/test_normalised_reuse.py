"""The template step's normalised longest lines, reused for the article id, give the ids and signatures of the plain
computations they replace."""

from __future__ import annotations

import heapq
import random

import pytest

from kabar.extract.features import normalise
from kabar.extract.pipeline import article_id, extract_pages
from kabar.extract.templates import joined_normalised, page_template_keys, page_template_parts
from kabar.records import Page

PIECES = ["Kata", "kata,", "(antara)", "--", "...", "2024", "19.30", "COVID-19", "don't", "Jum’at", "e-KTP", "“Kami", "",
          "  ", "Rp10.000", "ß", "İstanbul", "x_y", "½", "²", "—", "a-", "-b", "«Ya»", "\t", "汉字"]


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) + rng.choice([" ", "", "\t", "  "]) for _ in range(rng.randint(0, 12)))


@pytest.mark.parametrize("seed", range(20))
def test_normalise_of_joined_lines_is_the_join_of_their_normalised_forms(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(100):
        parts = [_random_text(rng) for _ in range(rng.randint(1, 5))]
        for sep in (" ", "\n"):
            assert joined_normalised(normalise(p) for p in parts) == normalise(sep.join(parts))


@pytest.mark.parametrize("seed", range(10))
def test_article_id_from_known_lines_equals_the_plain_id(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(50):
        paragraphs = [_random_text(rng) for _ in range(rng.randint(1, 6))]
        known = {p: normalise(p) for p in rng.sample(paragraphs, rng.randint(0, len(paragraphs)))}
        text = "\n".join(paragraphs)
        assert article_id(text, known) == article_id(text)


def test_signature_is_the_normalised_longest_lines() -> None:
    lines = ["Menu", "", "  Paragraf panjang pertama, dengan koma (antara) dan angka 2024.  ",
             "Paragraf kedua yang juga cukup panjang: e-KTP, COVID-19.", "Pendek", "Baca juga: judul lain di sini"]
    group, signature, short, normalised = page_template_parts(lines, "https://www.contoh.co.id/berita/1")
    texts = [t.strip() for t in lines if t.strip()]
    assert signature == normalise(" ".join(heapq.nlargest(3, texts, key=len)))
    assert normalised == {t: normalise(t) for t in heapq.nlargest(3, texts, key=len)}
    assert page_template_keys(lines, "https://www.contoh.co.id/berita/1") == (group, signature, short)


def test_batch_ids_equal_the_ids_of_the_plain_body() -> None:
    body = ["JAKARTA, KOMPAS.com - Hujan deras sejak Senin (1/1/2024) malam membuat sungai meluap ke permukiman warga.",
            "Menurut petugas, air setinggi 80 cm merendam ratusan rumah di tiga kelurahan; sebagian warga mengungsi.",
            "“Kami sudah menyiapkan perahu karet,” kata kepala BPBD setempat kepada wartawan, Selasa pagi.",
            "Warga diminta waspada karena hujan diperkirakan masih turun hingga akhir pekan ini di wilayah tersebut."]
    raw = "\n".join(["Beranda", "Banjir Rendam Ratusan Rumah di Jakarta", "Selasa, 2 Januari 2024 08:00 WIB", *body])
    pages = [Page(source=f"p{i}.txt", raw=raw.replace("ratusan", f"{i} ratus"), kind="text") for i in range(3)]
    for article in extract_pages(pages):
        assert article.id == article_id(article.text)  # (the plain id, from the whole body text)
        assert article.text
