"""A story's briefing (the schema's stories[] item): summary, timeline, claims, quotes and entities.

Each piece comes from its own module, imported lazily; a piece whose module is missing or raises is left empty
(reported once on stderr), so one bug never costs the whole digest. Duplicates (``duplicate_of``) count as
sources but do not double quotes or summary sentences.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from importlib import import_module
from typing import Any

from kabar.analysis.timeline import chronological, originals_and_copies, with_copies
from kabar.records import Article, Story

_REPORTED: set[str] = set()


def _report_once(piece: str, err: BaseException) -> None:
    if piece not in _REPORTED:
        _REPORTED.add(piece)
        print(f"kabar: warning: {piece} failed ({type(err).__name__}: {err}); left empty", file=sys.stderr)


def _call(module: str, name: str, *args, default=None):
    """module.name(*args), or default when the module is missing or the call raises."""
    try:
        func = getattr(import_module(module), name)
    except ModuleNotFoundError as err:
        if err.name != module:
            _report_once(module, err)
        return default
    except Exception as err:  # a broken module: its piece stays empty
        _report_once(module, err)
        return default
    try:
        return func(*args)
    except Exception as err:  # one analysis piece's bug must not lose the briefing
        _report_once(f"{module}.{name}", err)
        return default


def _claims(originals: list[Article], copies: dict[str, list[str]]) -> list[dict[str, Any]]:
    claims = _call("kabar.analysis.claims", "compare_figures", originals, default=[]) or []
    for claim in claims:
        for value in claim.get("values", []):
            value["documents"] = with_copies(list(value.get("documents", [])), copies)
    return claims


def _entities(articles: list[Article]) -> list[dict[str, Any]]:
    entities = _call("kabar.analysis.entities", "merge_entities", articles, default=[]) or []
    return entities


def _normal_quote(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _quotes(originals: list[Article], resolve: Callable[[str], str | None] | None) -> list[dict[str, Any]]:
    """Quotes of the original articles, speaker canonical, each wording once (syndicated copies repeat them)."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for article in originals:
        for quote in article.quotes:
            key = _normal_quote(quote.text)
            if not key or key in seen:
                continue
            seen.add(key)
            speaker = quote.speaker
            if speaker and resolve is not None:
                try:
                    speaker = resolve(speaker) or speaker
                except Exception as err:  # keep the speaker as written
                    _report_once("kabar.analysis.entities.canonical_resolver", err)
            item = {"speaker": speaker, "text": quote.text, "document": article.id,
                    "line": article.line_of(quote.start)}
            if quote.kind and quote.kind != "direct":
                item["kind"] = quote.kind
            out.append(item)
    return out


def brief_story(story: Story, articles: list[Article]) -> dict[str, Any]:
    """The briefing of one story from its member articles (articles may hold others; they are ignored)."""
    ids = set(story.documents)
    members = [a for a in articles if a.id in ids]
    return _brief(story, members)


def _brief(story: Story, members: list[Article]) -> dict[str, Any]:
    members = chronological(members)  # by date, so the order articles arrive in does not matter
    originals, copies = originals_and_copies(members)
    entities = _entities(members)
    resolve = _call("kabar.analysis.entities", "canonical_resolver", entities) if entities else None
    return {
        "id": story.id,
        "title": story.title,
        "documents": list(story.documents),
        "summary": _call("kabar.analysis.summary", "summarize", members, default=[]) or [],
        "timeline": _call("kabar.analysis.timeline", "build_timeline", members, default=[]) or [],
        "claims": _claims(originals, copies),
        "quotes": _quotes(originals, resolve),
        "entities": [{k: v for k, v in e.items() if not k.startswith("_")} for e in entities],
    }


def brief_stories(stories: list[Story], articles: list[Article]) -> list[dict[str, Any]]:
    """Schema stories[] items, one per story, in story order."""
    by_id = {a.id: a for a in articles}
    return [_brief(story, [by_id[i] for i in dict.fromkeys(story.documents) if i in by_id]) for story in stories]
