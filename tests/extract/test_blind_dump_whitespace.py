"""Whitespace as HTML-to-text tools leave it in dumps: no-break spaces, doubled spaces and zero-width spaces inside
lines, indentation and tabs. Every whole-page dump (tests/fixtures/whole_dumps, whole_dumps2, 3 and 4) so
changed must give the same headline and body, and the labelled metadata of whole_dumps2/3/4 the same fields (with no-break
spaces 42 of 65 pages lost their body's furniture filter before the lines were cleaned, 5 fields went wrong)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from kabar.extract import extract_pages
from kabar.records import Page
from tests.conftest import FIXTURES
from tests.extract.test_whole_dumps2 import KNOWN_FIELD_MISSES, KNOWN_PAGE_MISSES

CHANGES = {
    "no-break spaces": lambda line: line.replace(" ", "\u00a0", 2),
    "doubled spaces": lambda line: line.replace(" ", "  "),
    "zero-width spaces": lambda line: line.replace(" ", " \u200b", 1) if len(line) > 40 else line,
    "indented with tabs": lambda line: "\t" + line if line.strip() else line,
}
FIELDS = ("published", "authors", "editors", "translators", "agencies", "outlet", "dateline")


def _pages():
    for folder in ("whole_dumps", "whole_dumps2", "whole_dumps3", "whole_dumps4", "whole_dumps5", "whole_dumps6"):
        expected = json.loads((FIXTURES / folder / "expected.json").read_text())
        yield from ((folder, name, want) for name, want in sorted(expected.items())
                    if not name.startswith("_") and name not in KNOWN_PAGE_MISSES)


def _plain(text: str | None) -> str | None:
    return " ".join(text.replace("\u200b", "").split()) if text else text


@pytest.mark.parametrize("how", CHANGES)
@pytest.mark.parametrize(("folder", "name", "want"), list(_pages()), ids=lambda x: x if isinstance(x, str) else "")
def test_whitespace_inside_lines(folder, name, want, how):
    lines = (FIXTURES / folder / name).read_text(encoding="utf-8").split("\n")
    got = extract_pages([Page(source=name, raw="\n".join(map(CHANGES[how], lines)), kind="text")])[0]
    assert got.title == want["title"]
    paragraphs = [_plain(p) for p in got.text.split("\n")]
    assert len(paragraphs) == len(want["body_starts"])
    assert all(p.startswith(_plain(s)[:40]) for p, s in zip(paragraphs, want["body_starts"], strict=True))
    for field in (f for f in FIELDS if f in want and "labels" in want and (name, f) not in KNOWN_FIELD_MISSES):
        value = getattr(got, field)
        if field == "published":
            assert value and datetime.fromisoformat(value) == datetime.fromisoformat(want[field])
        else:
            assert value == want[field]
