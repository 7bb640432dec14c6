"""``kabar serve``: a read-only local web page over the SQLite store (Flask, server-rendered, no JavaScript).

Pages: the story list (filters and full-text search), a story (summary, timeline, figures, quotes, names, articles,
each fact citing the paragraph it came from), an article (metadata, clean text, the raw page with every line's
label) and a story's self-contained report. Only GET routes exist; every response carries a Content-Security-Policy
that allows no script at all, and Jinja autoescapes everything a page or the store supplies.
"""

from __future__ import annotations

import re
import socket
import sqlite3
import sys
from typing import Any

from flask import Flask, Response, abort, g, render_template, request, url_for
from werkzeug.exceptions import HTTPException

from kabar.web.views import article_rows, article_view, raw_lines, short_date, snippet_segments, story_view

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
STORIES_PER_PAGE = 50
HIGHLIGHT_MAX = 400  # characters of cited text carried in a link, enough to find and mark a sentence


def _store():
    if "store" not in g:
        from kabar.store import open_store

        g.store = open_store(g.db_path, create=False)
    return g.store


def _close_store(_exc: BaseException | None = None) -> None:
    store = g.pop("store", None)
    if store is not None:
        store.__exit__(None, None, None)


def _cite_href(cite: dict[str, Any]) -> str:
    args: dict[str, Any] = {"doc_id": cite["doc"]}
    if cite.get("para") is not None:
        args["p"] = cite["para"]
        if cite.get("text"):
            args["hl"] = cite["text"][:HIGHLIGHT_MAX]
        return url_for("article", **args) + f"#p{cite['para']}"
    return url_for("article", **args)


def _template_helpers() -> dict[str, Any]:
    return {
        "cite_href": _cite_href,
        "doc_href": lambda doc_id: url_for("article", doc_id=doc_id),
        "para_anchor": lambda doc_id, index: f"p{index}",
        "line_href": lambda n: f"#L{n}",
        "short_date": short_date,
        "snippet_segments": snippet_segments,
    }


def _day(value: str | None) -> str | None:
    value = (value or "").strip()
    return value if ISO_DAY.match(value) else None


def _newest_first(stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(stories, key=lambda s: (s.get("last") or s.get("first") or ""), reverse=True)


def index():
    query = (request.args.get("q") or "").strip()
    outlet = (request.args.get("outlet") or "").strip() or None
    since, until = _day(request.args.get("since")), _day(request.args.get("until"))
    store = _store()
    problem = None
    hits: list[dict[str, Any]] = []
    try:
        stories = store.list_stories(outlet=outlet, since=since, until=until, query=query or None)
        if query:
            hits = store.search(query, limit=20)
    except sqlite3.Error as err:  # e.g. FTS5 syntax the user typed; say so instead of failing the page
        stories, problem = [], f"The search could not run ({err}). Try plain words."
    outlets = sorted({o for s in store.list_stories() for o in s.get("outlets") or []}, key=str.lower)
    stories = _newest_first(stories)
    pages = max(1, -(-len(stories) // STORIES_PER_PAGE))
    page = min(max(1, request.args.get("page", 1, type=int)), pages)
    shown = stories[(page - 1) * STORIES_PER_PAGE: page * STORIES_PER_PAGE]
    filters = {k: v for k, v in (("q", query), ("outlet", outlet), ("since", since), ("until", until)) if v}
    return render_template("stories.html", stories=shown, total=len(stories), page=page, pages=pages,
                           filters=filters, hits=hits, outlets=outlets, query=query, outlet=outlet or "",
                           since=since or "", until=until or "", problem=problem, **_template_helpers())


def story(story_id: str):
    doc = _store().story_digest(story_id)
    if not doc or not doc.get("stories"):
        abort(404, description=f"No story {story_id!r} in this store.")
    view = story_view(doc["stories"][0], doc.get("documents") or [])
    return render_template("story.html", v=view, **_template_helpers())


def story_report(story_id: str):
    from kabar.render.html import render_html

    doc = _store().story_digest(story_id)
    if not doc or not doc.get("stories"):
        abort(404, description=f"No story {story_id!r} in this store.")
    response = Response(render_html(doc), mimetype="text/html")
    response.headers["Content-Disposition"] = f'attachment; filename="kabar-{re.sub(r"[^A-Za-z0-9_-]", "", story_id)}.html"'
    response.headers["Content-Security-Policy"] = REPORT_CSP
    return response


def article(doc_id: str):
    doc = _store().get_article(doc_id)
    if not doc:
        abort(404, description=f"No article {doc_id!r} in this store.")
    para = request.args.get("p", type=int)
    view = article_view(doc, highlight=request.args.get("hl"), para=para)
    kind = doc.get("kind") or ("text" if doc.get("lines") else "html")
    lines = raw_lines(doc.get("raw"), doc.get("lines")) if kind == "text" else []
    siblings, story_title = [], None
    if doc.get("story"):
        story_doc = _store().story_digest(doc["story"]) or {}
        if story_doc.get("stories"):
            story_title = story_doc["stories"][0].get("title")
            siblings = article_rows(story_doc["stories"][0].get("documents") or [],
                                    {d["id"]: d for d in story_doc.get("documents") or []})
    return render_template("article.html", a=view, kind=kind, raw=doc.get("raw") or "", lines=lines,
                           story_id=doc.get("story"), story_title=story_title, siblings=siblings,
                           **_template_helpers())


def http_error(err: HTTPException):
    keep = [(k, v) for k, v in err.get_headers() if k.lower() == "allow"]  # 405 must say which methods work
    return render_template("error.html", name=err.name, message=err.description, **_template_helpers()), err.code, keep


def _security_headers(response: Response) -> Response:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
ANY_ADDRESS = frozenset({"", "0.0.0.0", "::"})


def host_name(host_header: str) -> str:
    """The name part of a Host header: 'localhost:8000' -> 'localhost', '[::1]:8000' -> '::1'."""
    host_header = host_header.strip().lower()
    if host_header.startswith("["):
        return host_header[1:].split("]", 1)[0]
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def allowed_hosts_for(bind: str) -> frozenset[str] | None:
    """Host names the server answers to: loopback names plus the bound name; None (any) on a wildcard address."""
    if bind.strip().lower() in ANY_ADDRESS:
        return None
    return LOOPBACK_NAMES | {host_name(bind) if bind.startswith("[") else bind.strip().lower()}


def create_app(db: str, allowed_hosts: frozenset[str] | None = LOOPBACK_NAMES) -> Flask:
    """The Flask app over the store at ``db`` (opened read-only per request).

    Requests naming any other host are refused, so a web page elsewhere cannot read the store through DNS
    rebinding. Checked by hand because werkzeug's trusted-host check rejects IPv6 literals like [::1].
    """
    app = Flask(__name__)
    app.config["KABAR_DB"] = db

    @app.before_request
    def _remember_db() -> None:
        if allowed_hosts is not None and host_name(request.host) not in allowed_hosts:
            abort(400, description="This kabar server only answers requests addressed to this machine.")
        g.db_path = app.config["KABAR_DB"]

    app.teardown_appcontext(_close_store)
    app.after_request(_security_headers)
    app.register_error_handler(HTTPException, http_error)
    app.add_url_rule("/", "index", index, methods=["GET"])
    app.add_url_rule("/story/<story_id>", "story", story, methods=["GET"])
    app.add_url_rule("/story/<story_id>/report.html", "story_report", story_report, methods=["GET"])
    app.add_url_rule("/article/<doc_id>", "article", article, methods=["GET"])
    return app


def _cannot_listen(host: str, port: int) -> str | None:
    """Why host:port cannot be bound, or None. Checked first because werkzeug exits with its own message."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as err:
        return f"{err.strerror or err}; check --host"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as werkzeug's server does
        try:
            probe.bind(address)
        except OSError as err:
            return f"{err.strerror or err}; pick another with --port"
    return None


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the store at ``db`` until interrupted; prints the URL first. Port 0 picks a free port."""
    from werkzeug.serving import make_server

    from kabar.store import open_store

    with open_store(db, create=False):  # fail now, in one line, if the db is missing or not a kabar store
        pass
    problem = _cannot_listen(host, port)
    if problem is None:
        try:
            server = make_server(host, port, create_app(db, allowed_hosts_for(host)), threaded=True)
        except OSError as err:
            problem = f"{err.strerror or err}; pick another with --port"
    if problem is not None:
        print(f"kabar: error: cannot listen on {host}:{port}: {problem}", file=sys.stderr)
        raise SystemExit(2)
    shown = f"[{host}]" if ":" in host else host
    print(f"kabar: serving {db} at http://{shown}:{server.server_port}/ (Ctrl+C to stop)", flush=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print("kabar: warning: listening beyond this machine; anyone who can reach it can read the store",
              file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:  # Ctrl+C is how a user stops it: not an error
        print("kabar: stopped", file=sys.stderr)
    finally:
        server.server_close()
