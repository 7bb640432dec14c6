"""Word lists, gazetteers and small models shipped with kabar; loaded once per process."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


def data_path(name: str):
    """Path-like handle of a file under kabar/data, e.g. data_path('id/calendar.json')."""
    return resources.files("kabar.data").joinpath(name)


@cache
def load_json(name: str):
    return json.loads(data_path(name).read_text(encoding="utf-8"))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text word list (comments start with #)."""
    text = data_path(name).read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
