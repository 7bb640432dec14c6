"""The five customer seed pages, labelled line by line as a careful editor would (written from reading the pages)."""

from __future__ import annotations

import pytest

from kabar.extract.lines import classify_lines
from tests.conftest import SEEDS


def odd(a, b):
    return list(range(a, b + 1, 2))


EXPECTED = {
    # Starts with the body lead ("Liputan6.com, Jakarta- ..."): no title; ads and the video teaser are furniture,
    # the subheading "Sekilas Mengenai ..." is body.
    "000_a6d948ce5d5a1e2b.txt": dict(
        title=None, description=None, meta=[], boilerplate=[3, 9, 17], body=[1, 2, 4, 5, 6, 7, 8, *range(10, 17)]
    ),
    # Section labels and the photo caption ("/Net") above the title, the RMOL date/author line, popular list after.
    "001_90337aa5a698058f.txt": dict(
        title=7, description=None, meta=[9], boilerplate=[1, 3, 5, *odd(37, 109)], body=odd(11, 35)
    ),
    # Caption printed twice (without and with "/Twitter/@..."), "Baca Juga" links, editor and source after the body.
    "002_0d4127e431e53026.txt": dict(
        title=1, description=None, meta=[3, 51, 53],
        boilerplate=[4, 5, 13, 23, 33, 43, 56, 58, 60, 62, 64, 66, 68],
        body=[7, 9, 11, 15, 17, 19, 21, 25, 27, 29, 31, 35, 37, 39, 41, 45, 47, 49],
    ),
    # Title repeated, REUTERS caption, "Sumber:", "Penerjemah:", "Editor:" meta; copyright and what follows furniture.
    "003_d3b15dfe8f05e67f.txt": dict(
        title=1, description=None, meta=[30, 38, 39],
        boilerplate=[3, 5, 15, 17, 32, 34, 36, 40, 42, 44, 46],
        body=[7, 9, 11, 13, 20, 22, 24, 26, 28],
    ),
    # Standfirst under the title, byline/date lines, doubled caption, "FOTO:" teaser and its AP caption inside the
    # body, subheading "Negosiasi Berjalan Secara Intensif" is body.
    "004_1c4fb0b8a5ec03d9.txt": dict(
        title=1, description=3, meta=[5, 6], boilerplate=[7, 8, 30, 34, 35, 55, 56, 58, 60],
        body=[*range(10, 25, 2), 32, *odd(37, 53)],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_lines(name):
    raw = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    labels = classify_lines(raw)
    expected = EXPECTED[name]
    assert labels.title == expected["title"]
    assert labels.description == expected["description"]
    assert labels.meta == expected["meta"]
    assert labels.body == expected["body"]
    assert labels.boilerplate == expected["boilerplate"]
    nonblank = [i for i, line in enumerate(raw, start=1) if line.strip()]
    every = [x for x in (labels.title, labels.description) if x] + labels.body + labels.meta + labels.boilerplate
    assert sorted(every) == nonblank
