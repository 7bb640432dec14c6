"""Pages written as label-prefixed lines, for metadata tests.

Each line starts with its label as the lines classifier would give it: T title, D description, M meta, B body,
X boilerplate; blank lines are kept so line numbers are real.
"""

from __future__ import annotations

from kabar.extract.metadata import extract_metadata
from kabar.records import LineLabels

LIST_LABELS = {"M": "meta", "B": "body", "X": "boilerplate"}


def labelled_lines(spec: str) -> tuple[list[str], LineLabels]:
    """The lines of a label-prefixed page and the labels they carry."""
    lines: list[str] = []
    labels = LineLabels()
    for raw in spec.strip("\n").split("\n"):
        raw = raw.strip()
        tag, text = (raw[0], raw[2:]) if raw else ("", "")
        lines.append(text)
        n = len(lines)
        if tag == "T":
            labels.title = n
        elif tag == "D":
            labels.description = n
        elif tag in LIST_LABELS:
            getattr(labels, LIST_LABELS[tag]).append(n)
    return lines, labels


def page(spec: str, url: str | None = None, html_meta: dict | None = None) -> dict:
    """extract_metadata of a label-prefixed page."""
    lines, labels = labelled_lines(spec)
    return extract_metadata(lines, labels, [lines[n - 1] for n in labels.body], url, html_meta)
