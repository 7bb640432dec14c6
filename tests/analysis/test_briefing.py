"""brief_stories(): the schema's stories[] items, pieces falling back to empty, duplicates counted once."""

from __future__ import annotations

import importlib
import sys

import jsonschema

from kabar.analysis import brief_stories
from kabar.nlp.timexpr import find_dated_events
from kabar.records import Article, Quote, Story

briefing = importlib.import_module("kabar.analysis.briefing")

TEXT = ("Jakarta - Menteri Keuangan Sri Mulyani mengumumkan defisit anggaran 2,8 persen pada Senin (3/1/2022).\n"
        "\"Kami tetap waspada terhadap risiko global,\" kata Sri Mulyani di Jakarta.\n"
        "Defisit itu lebih rendah dari target yang ditetapkan pada 2021.")


def make(doc_id: str, duplicate_of: str | None = None) -> Article:
    article = Article(id=doc_id, source=f"{doc_id}.txt", text=TEXT, published="2022-01-04", outlet="Bisnis.com",
                      duplicate_of=duplicate_of, body_lines=[3, 5, 7])
    article.events = find_dated_events(TEXT, article.published)
    start = TEXT.index("Kami")
    article.quotes = [Quote(text="Kami tetap waspada terhadap risiko global,", speaker="Sri Mulyani", start=start,
                            end=start + 41, cue="kata")]
    return article


def test_schema_items_with_duplicates_counted_once(schema) -> None:
    articles = [make("a"), make("b", duplicate_of="a")]
    stories = brief_stories([Story(id="s1", documents=["a", "b"], title="Defisit")], articles)
    assert len(stories) == 1
    story = stories[0]
    doc = {"documents": [a.document() for a in articles], "stories": stories}
    jsonschema.validate(doc, schema)
    assert len(story["quotes"]) == 1
    assert story["quotes"][0]["document"] == "a" and story["quotes"][0]["line"] == 5
    assert story["timeline"] and all(set(t["documents"]) == {"a", "b"} for t in story["timeline"])
    assert story["summary"] and all(set(s["documents"]) == {"a", "b"} for s in story["summary"])
    for entity in story["entities"]:
        assert not any(key.startswith("_") for key in entity)


def test_only_the_story_members_are_used() -> None:
    stories = brief_stories([Story(id="s1", documents=["a"])], [make("a"), make("z")])
    cited = {d for t in stories[0]["timeline"] for d in t["documents"]}
    assert cited == {"a"}


def test_a_failing_piece_leaves_its_list_empty(monkeypatch, capsys) -> None:
    fake = type(sys)("kabar.analysis.summary")

    def broken(articles):
        raise ValueError("summary exploded")

    fake.summarize = broken
    monkeypatch.setitem(sys.modules, "kabar.analysis.summary", fake)
    briefing._REPORTED.clear()
    stories = brief_stories([Story(id="s", documents=["a"]), Story(id="t", documents=["a"])], [make("a")])
    assert all(s["summary"] == [] and s["timeline"] for s in stories)
    assert capsys.readouterr().err.count("summary exploded") == 1


def test_no_stories_no_briefings() -> None:
    assert brief_stories([], [make("a")]) == []


def test_seeds_briefing(seeds_digest, schema) -> None:
    jsonschema.validate(seeds_digest, schema)
    stories = seeds_digest["stories"]
    assert len(stories) == 1
    story = stories[0]
    ids = {d["id"] for d in seeds_digest["documents"]}
    assert set(story["documents"]) == ids
    assert 5 <= len(story["summary"]) <= 8
    assert len(story["timeline"]) >= 12
    for key in ("summary", "timeline"):
        for item in story[key]:
            assert item["documents"] and set(item["documents"]) <= ids
    names = {e["name"] for e in story["entities"]}
    assert all(quote["document"] in ids for quote in story["quotes"])
    speakers = [q["speaker"] for q in story["quotes"] if q["speaker"]]
    if names and speakers:  # speakers are given by the canonical entity name
        assert sum(s in names for s in speakers) >= 0.8 * len(speakers), (speakers, names)


def test_the_order_articles_arrive_in_does_not_matter() -> None:
    other = make("c")
    other.published = "2022-01-03"
    articles = [make("a"), make("b", duplicate_of="a"), other]
    story = Story(id="s", documents=["a", "b", "c"])
    forward = brief_stories([story], articles)
    backward = brief_stories([story], list(reversed(articles)))
    assert forward == backward


def test_duplicate_cycles_keep_one_original() -> None:
    a, b = make("a", duplicate_of="b"), make("b", duplicate_of="a")
    story = brief_stories([Story(id="s", documents=["a", "b"])], [a, b])[0]
    assert len(story["quotes"]) == 1 and story["timeline"]
    assert all(set(t["documents"]) == {"a", "b"} for t in story["timeline"])
