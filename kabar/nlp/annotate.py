"""Adds entity mentions, quotes, figures and dated events to an article.

The steps of other modules are imported lazily: a step whose module is missing leaves its field empty, and a step
that raises on one article is reported once on stderr and skipped, so the article still goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from importlib import import_module

from kabar.records import Article

_REPORTED: set[str] = set()


@cache
def _module(name: str):
    """The module, or None when it is not there (yet) or fails to import (reported once)."""
    try:
        return import_module(name)
    except ModuleNotFoundError as err:
        if err.name != name:
            _report_once(name, err)
        return None
    except Exception as err:  # a broken module must not stop the other steps
        _report_once(name, err)
        return None


def _step(module: str, name: str) -> Callable | None:
    return getattr(_module(module), name, None)


def _report_once(step: str, err: Exception) -> None:
    if step not in _REPORTED:
        _REPORTED.add(step)
        print(f"kabar: warning: {step} failed ({type(err).__name__}: {err}); left empty", file=sys.stderr)


def _run(module: str, name: str, *args) -> list:
    func = _step(module, name)
    if func is None:
        return []
    try:
        return list(func(*args))
    except Exception as err:  # one annotator's bug must not cost the article its other annotations
        _report_once(f"{module}.{name}", err)
        return []


def annotate(article: Article) -> Article:
    """The article with mentions, quotes, figures and events filled from its text and publication date."""
    text = article.text or ""
    if not text.strip():
        return article
    article.mentions = _run("kabar.nlp.entities", "find_mentions", text)
    article.quotes = _run("kabar.nlp.quotes", "find_quotes", text, article.mentions)
    article.figures = _run("kabar.nlp.figures", "find_figures", text, article.published)
    article.events = _run("kabar.nlp.timexpr", "find_dated_events", text, article.published)
    return article
