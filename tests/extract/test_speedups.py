"""The C speedups (kabar/extract/_speedups.c, built by setup.py) give the same answers as the pure-Python functions they
replace, which run where no compiler built them. Where the install did not build the C file (no compiler, or built
before the C file's last change), it is compiled here into a temporary folder, so its answers are always checked."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

import pytest

from kabar.extract import features

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SOURCE = Path(features.__file__).with_name("_speedups.c")


def _built_here(folder: Path):
    """The C speedups compiled from SOURCE into folder (setuptools' own build_ext, as setup.py runs it)."""
    from setuptools import Distribution, Extension

    dist = Distribution({"ext_modules": [Extension("_speedups", [str(SOURCE)])]})
    build = dist.get_command_obj("build_ext")
    build.build_lib, build.build_temp = str(folder), str(folder / "tmp")
    build.ensure_finalized()
    build.run()
    spec = importlib.util.spec_from_file_location("_speedups", build.get_ext_fullpath("_speedups"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def _speedups(tmp_path_factory):
    from kabar.extract.speedups import speedups as installed

    if installed is None:  # (not built by this install, or built from another version of the C file: compiled here)
        return _built_here(tmp_path_factory.mktemp("speedups"))
    return installed


def test_only_a_module_built_for_the_expected_interface_is_used(_speedups):
    from types import ModuleType

    from kabar.extract import speedups

    assert _speedups.API == speedups.API and speedups.usable(_speedups) is _speedups
    stale = ModuleType("kabar.extract._speedups")  # (an install built from an older C file: no API, or another one)
    stale.normalise = _speedups.normalise
    assert speedups.usable(stale) is None and speedups.usable(None) is None
    stale.API = speedups.API - 1
    assert speedups.usable(stale) is None

# Letters with special lower cases ("İ" -> two characters, final "Σ", "ß"), numeric characters that are not decimal
# ("²", "½": letters to the pattern), decimal digits of other scripts ("٠", "५"), joiners and look-alikes (' ’ - ‐ ‑
# –), "_", combining marks, zero-width and unusual whitespace, CJK, Thai, emoji (a 4-byte str) and Latin-1 letters.
TRICKY = ("aZ9_-'’‐‑– .,:;()[]!?\"“”‘’—\u00b2\u00bd\u0660\u096béÉİıßΣσς\u0301\u200d\u200b\u2028\u0085\u00a0\x1c"
          "中文ไทย😀Àÿµªºǅ")


def _random_texts(count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(TRICKY) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


def _every_character_texts() -> list[str]:
    """Every code point (but surrogates) in runs of 500, alone, between letters, after joiners and beside digits."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    out = []
    for start in range(0, len(chars), 500):
        run = chars[start : start + 500]
        out += [run, " ".join(run), "a".join(run), "a'".join(run), "a’b-".join(run), "7".join(run)]
    return out


def _fixture_lines() -> list[str]:
    lines = []
    for path in sorted(FIXTURES.rglob("*.txt"))[:200]:
        lines += path.read_text(encoding="utf-8", errors="replace").split("\n")
    return lines


def test_features_use_the_c_normalise_when_it_is_built():
    from kabar.extract.speedups import speedups

    assert features.normalise is (speedups.normalise if speedups is not None else features.normalise_python)


@pytest.mark.parametrize("texts", [
    _random_texts(20000, seed=3),
    _every_character_texts(),
    ["", " ", "don't", "anti-korupsi", "’90-an", "x-", "-x", "a--b", "a'-b", "ΟΔΟΣ ΣΑΣ", "İstanbul'da", "a1b2", "½²3"],
], ids=["random", "every-character", "examples"])
def test_c_normalise_equals_the_python_one(_speedups, texts):
    for text in texts:
        assert _speedups.normalise(text) == features.normalise_python(text), repr(text)


def test_c_normalise_equals_the_python_one_on_real_lines(_speedups):
    lines = _fixture_lines()
    assert len(lines) > 1000
    for line in lines:
        assert _speedups.normalise(line) == features.normalise_python(line), repr(line)


def test_c_normalise_gives_a_plain_str_that_compares_and_hashes_as_the_python_one(_speedups):
    # (a str of only ASCII characters kept from a wider one must still be stored narrow, or == and hash would fail)
    text = "Kata “dia” — jalan 😀"
    assert _speedups.normalise(text) == "kata dia jalan"
    assert hash(_speedups.normalise(text)) == hash("kata dia jalan")
    assert {_speedups.normalise(text): 1}["kata dia jalan"] == 1


def test_c_normalise_rejects_what_is_not_a_str(_speedups):
    with pytest.raises(TypeError):
        _speedups.normalise(b"bytes")


def _gate_texts(seed: int) -> list[str]:
    """Lines holding each gate substring (alone, at either end, inside wide text), cut ones, and look-alikes whose
    characters share a gate character's low bits ("ŀ" U+0140 and "@" U+0040, "ĳ" and "3"...)."""
    rnd = random.Random(seed)
    needles = [n for group in features.GATES for n in group]
    lookalikes = "".join(chr(ord(c) + 0x100) for n in needles for c in n if ord(c) < 0x100) + "\U00010040\U0001003e"
    texts = []
    for needle in needles:
        texts += [needle, needle[:-1], needle[1:], f"x {needle}", f"{needle} x", f"中文 {needle} 😀", needle.upper(),
                  "".join(chr(ord(c) + 0x100) if ord(c) < 0x100 else c for c in needle)]
    pool = TRICKY + lookalikes + "".join(needles)
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 60))) for _ in range(5000)]
    texts += ["".join(rnd.choice(needles + [" ", "a", "ŀ"]) for _ in range(rnd.randint(0, 8))) for _ in range(2000)]
    return texts


def test_c_line_facts_equal_the_python_ones(_speedups):
    table = _speedups.needle_table(features.GATES)
    texts = _gate_texts(seed=5) + _fixture_lines() + ["a\u2028b", " x  y ", "\x1c", "٣", "²", "x\u3000y\xa0z", ""]
    for text in texts:
        words, digit, gates = _speedups.line_facts(table, text)
        assert (words, digit, gates) == (len(text.split()), features.DIGIT.search(text) is not None,
                                         features._gates_python(text)), repr(text)
        if text and text.strip() == text:  # (text_features' lines: stripped, not blank)
            assert features._line_facts_python(text) == (words, None, None), repr(text)


def test_python_gates_are_the_spelled_out_substring_tests():
    for text in _gate_texts(seed=9)[:3000]:
        expected = sum(1 << bit for bit, group in enumerate(features.GATES) if any(n in text for n in group))
        assert features._gates_python(text) == expected, repr(text)


def test_features_use_the_c_line_facts_when_they_are_built():
    from kabar.extract.speedups import speedups

    if speedups is None:
        assert features._line_facts is features._line_facts_python
    else:
        assert features._line_facts.func is speedups.line_facts


def test_needle_table_rejects_what_it_cannot_hold(_speedups):
    for bad in [["x"], (("",),), (("x", 1),), tuple(("x",) for _ in range(32)), (tuple("x" * 65),)]:
        with pytest.raises(ValueError):
            _speedups.needle_table(bad)
    with pytest.raises(TypeError):
        _speedups.line_facts(_speedups.needle_table((("x",),)), b"x")


def _normalised_texts(seed: int) -> list[str]:
    """Normalised lines joined as kabar.language reads them: function words of every language beside words that only
    share their hash's first characters or their length, digit runs, joiners, and wide characters."""
    from kabar.language import _index

    rnd = random.Random(seed)
    known = sorted(_index())
    pool = known + [w + "x" for w in known[:50]] + [w[:-1] for w in known[:50] if len(w) > 1] + [
        "12", "٣٤", "²", "anti-korupsi", "don't", "’90-an", "中文", "😀", "İstanbul", "ß", "yang", "dan", "the"]
    texts = [" ".join(rnd.choice(pool) for _ in range(rnd.randint(0, 500))) for _ in range(300)]
    texts += [features.normalise_python(line) for line in _fixture_lines()[:3000]]
    return texts


def test_c_known_words_equal_the_python_count(_speedups):
    from kabar.language import _index, known_words_python

    table = _speedups.word_table(tuple(_index()))
    for text in _normalised_texts(seed=21):
        for max_words in (0, 1, 2, 7, 400):
            counts, read = _speedups.known_words(table, text, max_words)
            expected_counts, expected_read = known_words_python(text, max_words)
            assert (counts, read) == (dict(expected_counts), expected_read), (text, max_words)


def test_language_counts_with_the_c_words_when_they_are_built():
    from kabar import language
    from kabar.extract.speedups import speedups

    counter = language._known_words()
    if speedups is None:
        assert counter is language.known_words_python
    else:
        assert counter is not language.known_words_python
        assert counter("yang dan di the 2020", 400) == ({"yang": 1, "dan": 1, "di": 1, "the": 1}, 4)


def test_word_table_rejects_what_it_cannot_hold(_speedups):
    for bad in [["yang"], ("yang", ""), ("yang", 1), ("yang", "dan", "yang")]:
        with pytest.raises((TypeError, ValueError)):
            _speedups.word_table(bad)
    with pytest.raises(TypeError):
        _speedups.known_words(_speedups.word_table(("yang",)), b"yang", 5)


def _marked_pages() -> list[str]:
    """List openings and "+json" in any case (and "ſ", which IGNORECASE matches for "s"), "datePublished" (case as
    written only), look-alikes that are not ("<ulx", "+jsox", "<u l", "DatePublished", "datePublishe"), at every
    offset of a 16-character block and at the very end, in 1-, 2- and 4-byte str."""
    marks = ["<ul>", "<UL\t", "<uL\u3000", "<Ul\n", "+json", "+JSON", "+jſon", "+JſOn", "<ulx", "+jsox", "<u l", "<ul",
             "+jso", "<", "+", "<<ul ", "++json", "datePublished", "DatePublished", "datePublishe", "atePublished",
             "P", "datedatePublishedPublished", "<ul datePublished+json>", "<time", "<TIME", "<tim", "<times", "<<time"]
    pages = []
    for mark in marks:
        for offset in range(0, 40):
            for wide in ("", "é", "中", "😀"):
                pages += [wide + "x" * offset + mark, wide + "x" * offset + mark + "y" * (offset % 17)]
    html_dir = FIXTURES / "html"
    pages += [path.read_text(encoding="utf-8", errors="replace") for path in sorted(html_dir.rglob("*"))[:60]
              if path.is_file()]
    return pages


def test_c_tag_marks_equal_the_pattern_and_find_scans(_speedups):
    from kabar.extract import html

    def python_marks(page):
        times, at = [], page.find("<time")
        while at >= 0:
            times.append(at)
            at = page.find("<time", at + 1)
        return (*html._tag_marks_python(page)[:2], html._date_published_places(page), times)

    pages = _marked_pages()
    assert all(sum(bool(python_marks(page)[kind]) for page in pages) > 100 for kind in range(4))
    for page in pages:
        assert _speedups.tag_marks(page) == python_marks(page), repr(page[:80])


def test_html_uses_the_c_tag_marks_when_they_are_built():
    from kabar.extract import html
    from kabar.extract.speedups import speedups

    assert html._tag_marks_of is (speedups.tag_marks if speedups is not None else html._tag_marks_python)


def _head_pieces() -> list[str]:
    return ['<meta name="a" content="b">', "<META>", "<meta-x a=1>", "<metax a=1>", "<meta_x>", "<meta", "<Meta\n>",
            '<link rel="canonical" href="h">', "<LINK>", "<lİnk a>", "<linK b>", "<lınk c>", "<linkx>", "<link",
            "</head>", "</HEAD \n>", "</head x>", "</hea>", "<body>", "<BODY class=x>", "<bodyx>", "<body_>", "<body",
            "<title>t</title>", "<!-- <meta a> -->", "x", "é", "中", "😀", "<", ">", "<meta a=<b>", "<link <x>"]


def test_c_head_tags_equal_the_pattern_scan(_speedups):
    from kabar.extract import html

    rnd = random.Random(31)
    pieces = _head_pieces()
    pages = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(6000)]
    pages += ["x" * offset + piece + "y" * (offset % 5) for offset in range(0, 34) for piece in pieces]
    pages += [path.read_text(encoding="utf-8", errors="replace") for path in sorted((FIXTURES / "html").rglob("*"))[:60]
              if path.is_file()]
    assert sum(html._head_tags_python(page, 60) is None for page in pages) > 100  # (tags holding a "<")
    assert sum(bool(html._head_tags_python(page, 60) and html._head_tags_python(page, 60)[1]) for page in pages) > 1000
    for page in pages:
        for limit in (60, html.NO_HEAD_END_LIMIT):
            assert _speedups.head_tags(page, limit) == html._head_tags_python(page, limit), repr(page)


def test_c_head_tags_stay_linear_on_tags_never_closed(_speedups):
    page = "<meta " * 200_000  # (each tag's search for ">" would otherwise run to the end of the page)
    assert _speedups.head_tags(page, 10) == (None, [], [])


def test_html_uses_the_c_head_tags_when_they_are_built():
    from kabar.extract import html
    from kabar.extract.speedups import speedups

    assert html._head_tags_of is (speedups.head_tags if speedups is not None else html._head_tags_python)


def _meta_attributes(seed: int) -> list[str]:
    """<meta> attribute texts: the five names read in any case, look-alike names ("content2", "data-name", a Cyrillic
    "а", "İtemprop"), every way of quoting (and an unclosed quote), empty and escaped values, repeated names."""
    rnd = random.Random(seed)
    names = ["property", "PROPERTY", "name", "Name", "itemprop", "itemProp", "http-equiv", "HTTP-EQUIV", "content",
             "Content", "content2", "data-name", "nаme", "İtemprop", "og:title", "x.y", "_", "-"]
    values = ['"og:title"', "'author'", "description", '""', "''", '"Judul &amp; Isi"', "a&b", '"tak ditutup', "'x",
              '"a > b"', "日本", '"😀"', "=", ""]
    glue = [" ", "", "\n", "\t", " = ", "=", "= ", " =", "/", '"', "'", "<", ">", "中", "\u3000"]
    out = []
    for _ in range(8000):
        parts = []
        for _ in range(rnd.randint(0, 5)):
            parts += [rnd.choice(glue), rnd.choice(names), rnd.choice(glue), rnd.choice(["=", "=", " = ", ""]),
                      rnd.choice(glue), rnd.choice(values)]
        out.append("".join(parts))
    return out


def test_c_meta_key_content_equals_the_attribute_dict(_speedups):
    from kabar.extract import html

    texts = _meta_attributes(seed=41)
    for path in sorted((FIXTURES / "html").rglob("*"))[:60]:
        if path.is_file():
            scanned = html._head_tags_python(path.read_text(encoding="utf-8", errors="replace"), 200_000)
            texts += scanned[1] if scanned else []
    answered = 0
    for text in texts:
        got = _speedups.meta_key_content(text)
        if got is None:  # (a value to unescape: the dict reads it)
            assert "&" in text, repr(text)
            continue
        answered += 1
        assert got == html._meta_key_content_python(text), repr(text)
    assert answered > 5000


def test_html_uses_the_c_meta_reader_when_it_is_built():
    from kabar.extract import html
    from kabar.extract.speedups import speedups

    if speedups is None:
        assert html._meta_key_content("name=x content=y") is None
    else:
        assert html._meta_key_content is speedups.meta_key_content


def test_c_meta_key_content_stays_linear_on_unclosed_quotes(_speedups):
    from kabar.extract import html

    def text(repeats):  # (each value's search for its closing quote runs to the end of the text)
        return 'a="x ' * repeats + "b='z " * repeats + "name=y content=c"

    assert _speedups.meta_key_content(text(50)) == html._meta_key_content_python(text(50)) == ("y", "c")
    assert _speedups.meta_key_content(text(200_000)) == ("y", "c")
