"""Embedded tweets, Instagram posts and YouTube frames in text dumps are furniture (issue #3): their attribution
lines, their frame text and, for a tweet, its text (ending with its picture or short link, or right above its
attribution); a sentence of the article that merely names a handle stays body."""

from __future__ import annotations

import json
import re

import pytest

from kabar.data import load_lines
from kabar.extract import extract_pages
from kabar.extract.features import (
    EMBED_GATE,
    is_boilerplate_cue,
    is_embed_attribution,
    is_embed_line,
    text_features,
)
from kabar.io.readers import read_source
from kabar.records import Page
from tests.conftest import FIXTURES
from tests.extract.test_real_pages import token_f1

EMBEDS = FIXTURES / "embeds"
EMBED_LEFTOVERS = re.compile(r"pic\.twitter\.com|t\.co/|\(@\w+\)|instagram$|^view this post|youtube$|^&mdash;",
                             re.I | re.M)


def dump(name: str):
    return extract_pages([Page(source=name, raw=(EMBEDS / name).read_text(encoding="utf-8"), kind="text")])[0]


def body(name: str) -> list[str]:
    return dump(name).text.split("\n")


@pytest.mark.parametrize("name", ["detik_tweet.txt", "kompas_two_tweets.txt", "suara_instagram.txt",
                                  "tribun_one_line_tweet.txt"])
def test_no_embed_lines_in_the_body(name):
    got = dump(name).text
    assert not EMBED_LEFTOVERS.search(got), EMBED_LEFTOVERS.search(got)


def test_tweet_in_the_middle_leaves_the_paragraphs_around_it():
    got = body("detik_tweet.txt")
    assert got[0].startswith("Jakarta - Banjir merendam")
    assert any(p.startswith("Petugas gabungan mengerahkan perahu") for p in got)  # the body goes on below the tweet
    assert not any("mengungsi ke masjid" in p for p in got)  # the tweet's text
    assert got[-1].startswith('"Kami minta warga tetap waspada')


def test_sentence_naming_a_handle_stays_body():
    assert any("melalui akun @BPBDJakarta" in p for p in body("detik_tweet.txt"))
    assert any("lewat akun @TMCPoldaMetro" in p for p in body("tribun_one_line_tweet.txt"))


def test_two_tweets_one_with_a_short_link_one_without_a_link():
    got = body("kompas_two_tweets.txt")
    assert not any("Kedalaman:10 Km" in p for p in got)  # ends with a t.co link
    assert not any("Tim kami sedang menuju lokasi" in p for p in got)  # no link: the line above its attribution
    for kept in ("Badan Meteorologi, Klimatologi", "Hingga siang hari", "Warga yang rumahnya rusak"):
        assert any(p.startswith(kept) for p in got), kept


def test_instagram_and_youtube_frames_are_furniture_the_article_goes_on():
    got = body("suara_instagram.txt")
    assert any(p.startswith("Melalui unggahan di akun Instagram") for p in got)  # names Instagram, stays
    assert got[-1].startswith("Konser peluncuran album")
    assert len(got) == 5


def test_tweet_and_attribution_on_one_line():
    got = body("tribun_one_line_tweet.txt")
    assert not any("pengendara diimbau mencari jalur alternatif" in p for p in got)
    assert any(p.startswith("Polisi memberlakukan sistem satu arah") for p in got)


@pytest.mark.parametrize("line", [
    "— BPBD DKI Jakarta (@BPBDJakarta) February 20, 2024",
    "&mdash; BMKG (@infoBMKG) March 12, 2024",
    "— Pusdalops BNPB (@BNPB_Indonesia) 12 Maret 2024",
    "— Humas Polri (@DivHumas_Polri)",
])
def test_attribution_lines(line):
    assert is_embed_attribution(line) and is_embed_line(line) and is_boilerplate_cue(line, len(line.split()))
    assert text_features(line)[3]  # the fast path agrees


@pytest.mark.parametrize("line", [
    "kata dia melalui akun @BPBDJakarta, Selasa.",
    "Informasi disampaikan lewat Twitter (@BPBDJakarta) pada Selasa pagi.",
    "Ia mengunggah foto itu di Instagram pribadinya dan YouTube.",
    "Kolom abu - tinggi sekitar 2.000 meter - teramati pukul 06.20 WIB.",
])
def test_sentences_are_not_embed_lines(line):
    assert not is_embed_line(line) and not is_embed_attribution(line)
    assert not text_features(line)[3]


def test_every_embed_pattern_holds_a_gate_string():
    """The patterns are only tried on lines holding one of EMBED_GATE: a pattern without one would never match."""
    for name in ("extract/embed_patterns.txt", "extract/embed_attributions.txt"):
        for pattern in load_lines(name):
            literal = pattern.lower().replace("\\", "")
            assert any(g.lower() in literal for g in EMBED_GATE), pattern


@pytest.mark.parametrize("line", ["View this post on Instagram", "Lihat postingan ini di Instagram",
                                  "Lihat unggahan ini di Instagram", "Watch on YouTube", "Tonton di YouTube"])
def test_embed_frames_are_furniture(line):
    assert is_boilerplate_cue(line, len(line.split())) and text_features(line)[3]


def test_merdeka_dump_drops_the_tweet():
    """tests/fixtures/real_html2/merdeka.html dumped to visible lines: the tweet (text and attribution) was the only
    furniture left (body F1 0.898 before this rule)."""
    from resiliparse.extract.html2text import extract_plain_text

    path = FIXTURES / "real_html2" / "merdeka.html"
    html = next(iter(read_source(path.name, path.read_bytes()))).raw
    lines = extract_plain_text(html, preserve_formatting=True, main_content=False, list_bullets=False, alt_texts=False)
    art = extract_pages([Page(source="merdeka.txt", raw=lines, kind="text")])[0]
    want = json.loads((FIXTURES / "real_html2" / "expected.json").read_text())["merdeka.html"]["body"]
    assert "id_magma" not in art.text and "Masyarakat agar tidak beraktivitas" not in art.text
    assert token_f1(art.text, "\n".join(want)) >= 0.99
