"""The cheap gates and fast paths added for speed give the same answers as the slow paths they skip."""

from __future__ import annotations

import re

import dateparser
import pytest

from kabar.extract import dates, features
from kabar.extract.outlets import agency_mentions
from kabar.language import detect_language

# Short date-ish lines in the styles of many outlets, and look-alikes that are not full dates.
SHORT_LINES = [
    "21 Okt '20", "Rabu, 21 Okt 20", "21-Okt-2020", "Okt 21, 2020", "2 Mei 2020", "Mei 2, '21",
    "November 19th, 2019 at 8:40 AM", "Nov. 18th 2019 8:54 am PT", "14:53 GMT +320 November 2019",
    "Sabtu 31 Okt 2020 11:05", "Kamis, 8 Oktober", "Senin 7:30PM", "Monday 7:30PM", "Nov 20", "Mei 2020",
    "by Tom Rogan", "Mei kemarin", "Agustus lalu", "Jumat (23/10)", "Des '19", "3 Jan", "Maret 30, 2015",
    "10.30 WIB, 5 Juni", "Juni 2021 pukul 09.00", "Sept 9 at 10:00", "12 Sep",
]


@pytest.mark.parametrize("text", SHORT_LINES)
def test_digit_gate_never_skips_a_date_dateparser_reads(text):
    parsed = dateparser.parse(text, languages=["id", "en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is not None:
        assert dates._may_state_full_date(text), text


def test_digit_gate_skips_clock_times_and_day_month_only():
    assert not dates._may_state_full_date("Monday 7:30PM")
    assert not dates._may_state_full_date("Nov 20")
    assert dates._may_state_full_date("21 Okt '20")


def test_fallback_still_reads_a_short_form_the_patterns_miss():
    assert dates.parse_published("November 19th, 2019 at 8:40 AM")[0] == "2019-11-19"


def _slow_stop_ratio(text: str) -> float:
    tokens = features.WORD.findall(text)
    stops = features.stop_words()
    return sum(1 for t in tokens if t.lower() in stops) / len(tokens) if tokens else 0.0


@pytest.mark.parametrize("text", [
    "Presiden Joko Widodo meresmikan jalan tol yang menghubungkan dua provinsi di Sumatera pada Senin pagi",
    "The minister said on Tuesday that the new rules would take effect next month across the country",
    "İstanbul'da yapılan toplantıda dan yang di Jakarta",  # lower-casing "İ" changes the split: slow path
    "Rp 1.500.000 per-orang - 2020",
    "",
])
def test_stop_ratio_fast_path_equals_the_general_one(text):
    assert features.stop_ratio(text) == _slow_stop_ratio(text)


def test_agency_scan_without_any_alias_word_finds_nothing_and_with_one_finds_it():
    assert agency_mentions("Warga berkumpul di alun-alun sejak pagi untuk menyaksikan upacara.") == []
    found = agency_mentions("Seperti dilaporkan Reuters, warga berkumpul di alun-alun.")
    assert [name for name, *_ in found] == ["Reuters"]


def test_language_same_for_ascii_and_non_ascii_text():
    text = "Pemerintah akan membangun jalan baru di desa itu dan warga menyambutnya dengan gembira karena"
    assert detect_language(text) == "id"
    assert detect_language("İ " + text) == "id"


# Letters, digits, joiners and separators that tokenisers get wrong: "İ" lower-cases to two characters, "ß" and "Σ"
# are letters with special case rules, "²" and "½" are numeric but not decimal, "٠" is an Arabic-Indic decimal
# digit, U+0301 is a combining mark, U+2028 and U+0085 are whitespace to str.split, "_" is a word character.
TRICKY = "aZ9_-'’ .,:;()[]!?\"“”‘’–—\u00b2\u00bd\u0660éİßΣ\u0301\u200d\u2028\u0085\u00a0\x1c"


def _random_texts(count: int, seed: int) -> list[str]:
    import random

    rnd = random.Random(seed)
    return ["".join(rnd.choice(TRICKY) for _ in range(rnd.randint(0, 14))) for _ in range(count)]


EXAMPLES = ["Kata dia, \"(ANTARA) - anti-korupsi\" 2020-2021, covid19 ’90-an.", "—", "-kata- 'ini' “itu”", "(dia)",
            "don't", "1 2 3 4 5 -- 6 satu dua tiga", ""]


def test_normalise_equals_its_definition():
    for text in EXAMPLES + _random_texts(5000, seed=7):
        assert features.normalise(text) == " ".join(features.WORD.findall(text.lower())), repr(text)


def test_language_first_words_equal_their_definition():
    from kabar.language import WORD, _first_words

    for text in EXAMPLES + _random_texts(5000, seed=11):
        for max_words in (1, 2, 400):
            assert _first_words(text, max_words) == [t.lower() for t in WORD.findall(text)][:max_words], repr(text)


def _reference_language(text: str, max_words: int = 400) -> str | None:
    """detect_language as its docstring states it, token by token."""
    from kabar import language

    tokens = [t.lower() for t in language.WORD.findall(text[: max_words * 12])][:max_words]
    scores = dict.fromkeys(language.LANGUAGES, 0)
    for token in tokens:
        for lang in language._index().get(token, ()):
            scores[lang] += 1
    del scores["ms"]
    best = max(scores, key=lambda lang: (scores[lang], lang == "id"))
    if not tokens or scores[best] < language.MIN_HITS:
        return None
    malay = sum(1 for t in tokens if t in language._malay_only())
    return "ms" if best == "id" and malay >= 3 and malay >= 0.02 * len(tokens) else best


@pytest.mark.parametrize("text", [
    "Presiden mengatakan bahwa pemerintah akan segera membangun jalan baru di daerah itu, kata dia (ANTARA).",
    "Kerajaan berkata bahawa projek itu boleh dimulakan kerana peruntukan telah diluluskan oleh kementerian.",
    "The minister said on Tuesday that the new rules, which were announced in May, would take effect soon.",
    "Der Minister sagte am Dienstag, dass die neuen Regeln bald in Kraft treten würden.",
    "2020 - 12 - 31 | 10:00", "", "dan", "yang dan di " * 300 + "the and of " * 300,
])
def test_detect_language_equals_its_reference(text):
    from kabar.language import detect_language

    assert detect_language(text) == _reference_language(text)
    assert detect_language(text, max_words=5) == _reference_language(text, max_words=5)


def test_lower_case_keeps_each_character_a_letter_digit_joiner_or_neither():
    """What kabar.language.words_of_normalised relies on: apart from "İ", str.lower maps every character to one
    character of the same kind for the word patterns."""
    import re
    import sys

    letter, digit = re.compile(r"[^\W\d_]"), re.compile(r"\d")

    def kind(ch: str) -> str:
        return "joiner" if ch in "'’-" else "letter" if letter.match(ch) else "digit" if digit.match(ch) else "other"

    changed = [chr(cp) for cp in range(sys.maxunicode + 1) if chr(cp).lower() != chr(cp)]
    assert len(changed) > 1000  # (the loop did see the cased characters)
    for ch in changed:
        if ch == "\u0130":
            assert len(ch.lower()) == 2
            continue
        assert len(ch.lower()) == 1 and kind(ch.lower()) == kind(ch), hex(ord(ch))


def _multi_line_texts(count: int, seed: int) -> list[str]:
    import random

    rnd = random.Random(seed)
    return ["\n".join(rnd.choice(_random_texts(20, seed + i) + EXAMPLES) for _ in range(rnd.randint(1, 8)))
            for i in range(count)]


def test_words_of_normalised_lines_equal_the_first_words_of_the_text():
    from kabar.language import _first_words, words_of_normalised

    answered = 0
    for text in _multi_line_texts(1500, seed=13) + ["\n".join(EXAMPLES)]:
        normalised = [features.normalise(line) for line in text.split("\n")]
        for max_words in (1, 2, 3, 400):
            words = words_of_normalised(text, normalised, max_words)
            if words is not None:
                answered += 1
                assert words == _first_words(text[: max_words * 12], max_words), repr(text)
    assert answered > 1000  # most texts are answered from their normalised lines, not read again


def test_words_of_normalised_leave_to_the_text_a_line_cut_by_the_limit_and_context_cased_letters():
    from kabar.language import words_of_normalised

    long_line = "kata " * 10
    text = "\n".join(["dia pergi", long_line])
    normalised = [features.normalise(line) for line in text.split("\n")]
    assert words_of_normalised(text, normalised, max_words=4) is None  # 4 * 12 characters end inside the long line
    assert words_of_normalised(text, normalised, max_words=2) == ["dia", "pergi"]
    assert words_of_normalised("ΟΔΟΣ dan", ["οδος dan"]) is None


@pytest.mark.parametrize("text", [
    "Presiden mengatakan bahwa pemerintah akan\nsegera membangun jalan baru di daerah itu, kata dia (ANTARA).",
    "Kerajaan berkata bahawa projek itu\nboleh dimulakan kerana peruntukan telah diluluskan oleh kementerian.",
    "The minister said on Tuesday that the new rules,\nwhich were announced in May, would take effect soon.",
    "yang dan di " * 300 + "\n" + "the and of " * 300, "the and of " * 100 + "\n" + "yang dan di " * 300,
    "2020 - 12 - 31 | 10:00\nanti-korupsi don't ’90-an", "İstanbul dan\nyang di",
])
def test_detect_language_from_normalised_lines_equals_it_from_the_text(text):
    normalised = [features.normalise(line) for line in text.split("\n")]
    assert detect_language(text, normalised=normalised) == detect_language(text)
    assert detect_language(text, max_words=5, normalised=normalised) == detect_language(text, max_words=5)


def test_find_dates_is_cached_per_text_and_each_caller_gets_its_own_list():
    from datetime import date

    from kabar.extract import lines

    text = "Rabu, 21 Oktober 2020 | 09:20 WIB"
    first = dates.find_dates(text)
    first.clear()  # a caller changing its list changes nobody else's
    again = dates.find_dates(text)
    assert [f.day for f in again] == [date(2020, 10, 21)] and again is not first
    assert dates._found_dates.cache_info().currsize
    lines.clear_text_caches()  # (benchmarks time extraction cold)
    assert not dates._found_dates.cache_info().currsize


@pytest.mark.parametrize("text", [
    "Kamis, 02 Mei 2024 | 13:53", "- 24 Oktober 2020, 06:25 WIB", "Chris Davies - Nov 19, 2019, 10:31 pm CST",
    "Posted on Maret 30, 2015 by Admin", "21/10/2020", "12 2020", "Senin 12/10/2020 10.00", "Nov 19, 2019.",
    "Harga naik 2 persen pada 2020.", "Skor 2-1 10:00", "Jadwal 1/2/3 4", "Rabu 21 Oktober", "1 2 3 4 5 6 7 8 9 10 11 12 13",
])
def test_date_line_asks_the_numeric_pattern_only_where_it_decides(text):
    def by_definition(text: str, tokens: list[str]) -> bool:
        lowered = [t.lower() for t in tokens]
        named = sum(t in features.calendar_words() for t in lowered)
        dateish = named + sum(t.isdigit() for t in tokens)
        numeric = features.NUMERIC_DATE.search(text) is not None
        if (named > 0 or numeric) and dateish >= 2 and dateish >= 0.6 * len(tokens) and len(tokens) <= 12:
            return True
        if text.endswith("."):
            return False
        if features.TIME.search(text) is None and features._set("extract/posting_cues.txt").isdisjoint(lowered):
            return False
        return numeric or features.FULL_DATE.search(text) is not None

    tokens = features.WORD.findall(text)
    assert features.is_date_line(text, tokens) == by_definition(text, tokens)


def test_signup_gate_spelled_out_tests_the_substrings_of_signup_gate():
    import inspect

    spelled = re.findall(r'"([^"]+)" in text', inspect.getsource(features._may_be_signup))
    assert sorted(spelled) == sorted(features.SIGNUP_GATE)
    for gate in features.SIGNUP_GATE:
        assert features._may_be_signup(f"Daftar {gate} sekarang")
    assert not features._may_be_signup("Presiden tiba di Bandung pada Senin pagi.")


REPORTING_LEADS = [
    "Hal itu dikatakan Menteri di Jakarta, Rabu (21/10/2020).", "kata dia di Jakarta, Rabu (21/10/2020), mengatakan",
    "Gencatan senjata mulai berlaku pada, Senin (26/10/2020).", "sejak, Senin (1/2) lalu", "hingga, Kamis (8/10).",
    "sampai, Jumat (9/10/20);", "tapada, Kamis (8/10),", "X,Kamis(8/10)", "PADA, RABU (21/10/2020).",
    "di Bandung , Sabtu ( 3 / 4 / 2021 ) .", "Tanpa tanggal, hanya koma, di sini.", "",
]


@pytest.mark.parametrize("text", REPORTING_LEADS)
def test_reporting_date_pattern_opening_with_its_comma_matches_as_with_the_look_behinds_first(text):
    weekdays = dates._alternation(dates._calendar()["weekdays"])
    original = re.compile(
        rf"(?<!\bpada)(?<!\bsejak)(?<!\bhingga)(?<!\bsampai),\s*(?P<wd>{weekdays})\s*\(\s*(?P<d>[0-3]?\d)/(?P<m>[01]?\d)"
        rf"(?:/(?P<y>(?:19|20)?\d\d))?\s*\)\s*(?:[.;,]|$)", re.IGNORECASE)
    spans = [(m.span(), m.groupdict()) for m in original.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in dates._reporting_date_pattern().finditer(text)] == spans


def test_reporting_leads_hold_dates_taken_and_refused():
    found = [bool(dates._reporting_date_pattern().search(t)) for t in REPORTING_LEADS]
    assert any(found) and not all(found)


JSONLD_PAGES = [
    '<head><script type="application/ld+json">{"@type": "NewsArticle"}</script></head><body>x</body>',
    '<script type="application/ld+json">{"a": 1}</SCRIPT><p>+json</p><SCRIPT TYPE="APPLICATION/LD+JSON">{"b": 2}'
    '</script>',
    '<script type="application/ld+json">{"a": "</scrip"}</script ><script type="application/ld+json">[1]</script>',
    '<p>a +json b</p><script type="text/javascript">var x = "+json";</script>',
    '<script type="application/ld+json">{"unclosed": true}',
    '<script data-x="a<b" type="application/ld+json">{"c": 3}</script>tail +json',
    '<script type="application/ld+json"></script><script type="application/ld+json">{"d": 4}</script>',
    "",
]


@pytest.mark.parametrize("page", JSONLD_PAGES)
def test_jsonld_blocks_equal_one_pattern_over_the_page(page):
    from kabar.extract.html import _jsonld_blocks

    whole = re.compile(r"<script\b[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL)
    assert list(_jsonld_blocks(page)) == [m.group(1) for m in whole.finditer(page)]


def test_possessive_caption_patterns_match_as_their_greedy_forms():
    """A run made possessive ("{1,40}+") in caption_patterns.txt gives the matches of the greedy run it replaced."""
    import random

    from kabar.data import load_lines

    possessive = [p for p in load_lines("extract/caption_patterns.txt") if "}+" in p]
    assert possessive
    rnd = random.Random(3)
    pieces = ["A", "b", " ", "\t", "|", ",", ".", "!", "AP", "Getty Images", "Reuters", "ANTARA", "x", "\u00a0", "Z", "9"]
    texts = ["Natalie Naccache | Bloomberg | Getty Images", "Michael Conroy, AP", "Budi Santoso, ANTARA"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 25))) for _ in range(20000)]
    for pattern in possessive:
        fast = re.compile(pattern, re.IGNORECASE)
        greedy = re.compile(pattern.replace("}+", "}"), re.IGNORECASE)
        assert any(greedy.match(t) for t in texts)
        for text in texts:
            for end in (features.CAPTION_HEAD, len(text)):
                a, b = greedy.match(text, 0, end), fast.match(text, 0, end)
                assert (a and a.span()) == (b and b.span()), repr(text)


def test_head_end_answers_as_the_pattern_for_each_page_asked_in_turn():
    from kabar.extract import html

    pages = ["<html><head><title>x</title></head><body><p>a</p></body></html>", "<HTML><BODY><p>b</p>",
             "<p>no head at all</p>", "<head><script>document.write('<body>')</script></HEAD><body>c"]
    for page in pages + pages[::-1] + pages:
        end = html.HEAD_END.search(page)
        assert html.head_end(page) == (end.start() if end else None)


@pytest.mark.parametrize("text", [
    "JAKARTA, KOMPAS.com - Presiden tiba.", "Liputan6.com, Jakarta- Harga naik.", "Baku/Yerevan (ANTARA) - Perang.",
    "Jakarta, CNN Indonesia -- Hujan.", "PR BEKASI – Warga.", "jpnn.com, JAKARTA — Polisi.", "TEMPO.CO, Jakarta - Ia",
    "When President Trump’s advisers suggested that Beijing resume buying around $20 billion in",
    "Kansas City has held on to their lead in the AFC West", "A/B/C/D/E/F/G/H/I/J", "Merak-Bakauheni ramai.", "",
])
def test_dateline_dash_gate_answers_as_the_pattern(text):
    assert features.has_dateline(text) == bool(features.DATELINE.match(text[:100]))


def _words_line_by_line(text: str, normalised: list[str], max_words: int) -> list[str] | None:
    """words_of_normalised as it reads each line in turn (before it read the joined lines in one pass)."""
    from kabar.language import CONTEXT_CASED

    if any(ch in text for ch in CONTEXT_CASED):
        return None
    tokens: list[str] = []
    end = -1
    for line, words in zip(text.split("\n"), normalised, strict=True):
        end += len(line) + 1
        if end > max_words * 12:
            return None
        tokens += [w for w in words.replace("-", " ").replace("'", " ").replace("’", " ").split() if not w.isdecimal()]
        if len(tokens) >= max_words:
            return tokens[:max_words]
    return tokens


def test_words_of_normalised_in_one_pass_equal_them_line_by_line_and_cut_where_they_did():
    from kabar.language import words_of_normalised

    texts = _multi_line_texts(1500, seed=17) + ["\n".join(EXAMPLES), "kata\n" * 30, "dua kata\n\n12 34\n" * 20, ""]
    for text in texts:
        normalised = [features.normalise(line) for line in text.split("\n")]
        for max_words in (1, 2, 3, 5, 8, 400):
            assert words_of_normalised(text, normalised, max_words) == _words_line_by_line(text, normalised, max_words), \
                (text, max_words)
    with pytest.raises(ValueError):
        words_of_normalised("satu\ndua", ["satu"])
