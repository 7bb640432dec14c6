"""A self-contained HTML report of a digest: the web page's story views and every article, in one file.

Inline CSS only, no scripts, no external requests (its Content-Security-Policy forbids them too). Built from the same
Jinja templates and view models as ``kabar serve``; every value is escaped by Jinja's autoescape.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kabar.web.views import article_view, story_view


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(loader=PackageLoader("kabar.web", "templates"), autoescape=select_autoescape(default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def stylesheet() -> str:
    """The shared stylesheet, inlined into reports."""
    from importlib.resources import files

    return files("kabar.web").joinpath("static", "kabar.css").read_text(encoding="utf-8")


def report_anchor(doc_id: str, para: int | None = None) -> str:
    """In-report anchor of an article, or of one of its paragraphs."""
    return f"doc-{doc_id}" + (f"-p{para}" if para is not None else "")


def _cite_href(cite: dict[str, Any]) -> str:
    return "#" + report_anchor(cite["doc"], cite.get("para"))


def report_title(doc: dict[str, Any]) -> str:
    stories = doc.get("stories") or []
    if len(stories) == 1 and stories[0].get("title"):
        return stories[0]["title"]
    return "kabar digest"


def render_html(doc: dict[str, Any]) -> str:
    """The digest document (digest.schema.json) as one self-contained HTML page."""
    from kabar import __version__

    documents = doc.get("documents") or []
    template = _environment().get_template("standalone.html")
    return template.render(
        title=report_title(doc),
        version=(doc.get("generator") or {}).get("version") or __version__,
        generated=bool(doc.get("generator")),
        css=stylesheet(),
        stories=[story_view(s, documents) for s in doc.get("stories") or []],
        articles=[article_view(d) for d in documents],
        cite_href=_cite_href,
        doc_href=lambda doc_id: "#" + report_anchor(doc_id),
        para_anchor=report_anchor,
        line_href=lambda n: None,  # a report has no raw pages to point into
    )
