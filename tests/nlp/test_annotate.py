"""annotate(): every per-article step filled, a missing or failing step never costs the others."""

from __future__ import annotations

import importlib
import time

from kabar.nlp import annotate
from kabar.records import Article

mod = importlib.import_module("kabar.nlp.annotate")  # the module; kabar.nlp.annotate is also the function

TEXT = ("Jakarta - Presiden Joko Widodo meresmikan Bendungan Sadawarna di Subang, Jawa Barat, pada Selasa (10/1).\n"
        "\"Bendungan ini akan mengairi 4.000 hektare sawah,\" kata Jokowi.\n"
        "Pembangunan bendungan itu dimulai sejak 2019 dan menelan biaya Rp2 triliun.")


def make() -> Article:
    return Article(id="a1", source="detik.txt", text=TEXT, published="2023-01-11T10:00+07:00", outlet="detikNews")


def test_annotate_fills_dated_events_from_the_publication_date() -> None:
    article = annotate(make())
    assert [e.date for e in article.events] == ["2023-01-10", "2019"]
    assert all(TEXT[e.start : e.end] == e.text for e in article.events)


def test_other_steps_run_when_their_modules_exist() -> None:
    import importlib.util

    article = annotate(make())
    if importlib.util.find_spec("kabar.nlp.entities"):
        assert any("Joko Widodo" in m.text for m in article.mentions)
    if importlib.util.find_spec("kabar.nlp.quotes"):
        assert any("mengairi" in q.text for q in article.quotes)


def test_a_failing_step_is_reported_once_and_the_rest_still_runs(monkeypatch, capsys) -> None:
    import sys

    fake = type(sys)("kabar.nlp.quotes")

    def broken(text, mentions):
        raise RuntimeError("boom")

    fake.find_quotes = broken
    monkeypatch.setitem(sys.modules, "kabar.nlp.quotes", fake)
    mod._module.cache_clear()
    mod._REPORTED.clear()
    try:
        first, second = annotate(make()), annotate(make())
    finally:
        mod._module.cache_clear()
    assert first.quotes == [] and second.quotes == []
    assert [e.date for e in first.events] == ["2023-01-10", "2019"]
    assert capsys.readouterr().err.count("boom") == 1


def test_missing_module_leaves_the_field_empty() -> None:
    assert mod._run("kabar.nlp.no_such_step", "find", "teks") == []


def test_empty_text_is_left_alone() -> None:
    article = Article(id="e", source="e.txt", text="", published=None)
    assert annotate(article).events == [] and article.mentions == []


def test_events_step_is_fast() -> None:
    from kabar.nlp.timexpr import find_dated_events

    text = "\n".join([TEXT] * 10)
    find_dated_events(text, "2023-01-11")
    start = time.perf_counter()
    for _ in range(20):
        find_dated_events(text, "2023-01-11")
    assert (time.perf_counter() - start) / 20 < 0.05  # well under the 5 ms per article the digest budget allows x10
