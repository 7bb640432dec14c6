"""On the five customer sample pages every direct quote has the right speaker."""

from pathlib import Path

import pytest

from kabar.nlp.quotes import find_quotes
from tests.conftest import SEEDS

# quote opening words -> the speaker's surname (as written, or the full name)
EXPECTED = {
    "Saya sekali lagi mendesak": "Aliyev",
    "hidup di bawah pemerintahan": "Pashinyan",
    "Saya sangat berharap mitra": "Putin",
    "jalan yang benar ke depan": "Pompeo",
    "sangat jauh": "Aliyev",
    "Pemerintah Azerbaijan dan Armenia telah": "Zakharova",
    "gencatan senjata kemanusiaan": "Departemen Luar Negeri AS",
    "Kami mendesak Armenia": "Suleymanov",
    "Azerbaijan berkomitmen kuat": "Suleymanov",
    "mengakhiri kekerasan": "Pompeo",
    "intensif": "Pompeo",
    "Selamat kepada mereka semua": "O'Brien",
    "setuju untuk bertemu lagi": "Departemen Luar Negeri AS",
    "semua langkah yang diperlukan": "Departemen Luar Negeri AS",
}


@pytest.fixture(scope="module")
def seed_articles():
    from kabar.extract import extract_pages
    from kabar.io import read_inputs

    pages = [p for p in read_inputs([str(SEEDS)]) if not isinstance(p, Exception)]
    return [a for a in extract_pages(pages) if not isinstance(a, Exception)]


def _mentions(text):
    try:
        from kabar.nlp.entities import find_mentions
    except ImportError:
        return []
    return find_mentions(text)


@pytest.mark.parametrize("use_mentions", [False, True], ids=["heuristic-names", "entity-mentions"])
def test_every_direct_quote_has_the_right_speaker(seed_articles, use_mentions):
    assert len(seed_articles) == 5
    found = {}
    for art in seed_articles:
        mentions = _mentions(art.text) if use_mentions else []
        for q in find_quotes(art.text, mentions):
            if q.kind != "direct":
                continue
            key = next((k for k in EXPECTED if q.text.startswith(k)), None)
            assert key is not None, f"unexpected quote in {Path(art.source).name}: {q.text!r}"
            found[key] = q.speaker
    assert set(found) == set(EXPECTED)
    wrong = {k: v for k, v in found.items() if not (v or "").endswith(EXPECTED[k])}
    assert not wrong
