"""The workbench's small API beside `/query`: the saved queries and their prepared text.

The page (`templates/workbench.html`) runs every query on the SPARQL endpoint itself;
what it needs from Python is what `kg query` already knows: the saved queries with
their parameters, and a saved query prepared for given values (labels resolved in
either script, short forms, paging), so that `/?saved=officials_of_place&place=鞍山`
shows the rows `kg query officials_of_place --param place=鞍山` prints.

    GET /, /map, /entity?iri=…, /article?iri=…  -> the workbench, the map, an entity's page, the reader
    GET /api/article?iri=…                      -> the article's record (kg.build.records) and class colours
    GET /api/saved                              -> {"prefixes": {...}, "queries": [...]}
    GET /api/search?q=第一书记&by=province       -> {"fields": [...], "rows": [...]} (kg search)
    GET /api/prepare?saved=NAME&place=…&limit=100&offset=0 -> {"query": "PREFIX …", "text": "SELECT …"}
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.sparql.query import PREFIXES, QueryError, prepare, saved_queries

PAGE_KEYS = ("saved", "limit", "offset")


class ApiError(ValueError):
    """A request the API cannot answer: the message is for the user."""


def catalog() -> bytes:
    queries = [{"name": q.name, "description": q.description, "row": q.row,
                "params": [{"name": n, "type": t, "help": h} for n, (t, h) in q.params.items()],
                "service": "SERVICE" in q.text}
               for q in saved_queries().values()]
    return json.dumps({"prefixes": PREFIXES, "queries": queries}, ensure_ascii=False).encode("utf-8")


def declared(text: str) -> str:
    """The query with the graph's prefixes declared, as `kg query` predeclares them."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()) + text


def _rows(args: dict, key: str) -> int | None:
    """limit/offset as `kg query` takes them: a whole number, 0 or more (or absent)."""
    value = args.get(key)
    if not value:
        return None
    if not value.isdigit():
        raise ApiError(f"{key} is a whole number, 0 or more, not {value!r}")
    return int(value)


def prepared(graph: Path, path: str) -> bytes:
    """The text of a saved query for the values in the request's query string."""
    from kg.sparql.store import open_store

    args = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
    name = args.get("saved", "")
    saved = saved_queries()
    if name not in saved:
        raise ApiError(f"unknown saved query {name!r}; saved queries: {', '.join(saved)}")
    params = {k: v for k, v in args.items() if k not in PAGE_KEYS and v}
    limit, offset = (_rows(args, key) for key in ("limit", "offset"))
    try:
        text, subs = prepare(open_store(graph), saved[name], params, limit, offset)
    except QueryError as exc:
        raise ApiError(str(exc)) from None
    if subs:                     # every saved query has a VALUES slot per parameter; a test keeps it so
        raise ApiError(f"{name}: parameter {next(iter(subs)).value} has no VALUES slot in the query")
    # "text" is what the editor shows (the graph's prefixes are predeclared), "query" what runs
    return json.dumps({"query": declared(text), "text": text}, ensure_ascii=False).encode("utf-8")



PAGES = {"/": "workbench.html", "/map": "map.html", "/entity": "entity.html", "/article": "reader.html",
         "/client.js": "client.js"}


def article(graph: Path, path: str) -> bytes:
    """An article's record as the build wrote it, with the colours of the classes it marks."""
    from kg.build.records import ARTICLES_DIR, article_id, styles
    from kg.kinds import active

    iri = (parse_qs(urlsplit(path).query).get("iri") or [""])[0]
    name = article_id(iri)
    if name is None:
        raise ApiError(f"not an article of this graph: {iri!r} (article IRIs end in /article/<hex>)")
    folder = graph / ARTICLES_DIR
    if not folder.is_dir():
        raise ApiError(f"{graph} has no {ARTICLES_DIR}/ folder: it was built by an older kg; run kg build again")
    record = folder / f"{name}.json"
    if not record.is_file():
        raise ApiError(f"no article {iri} in this graph")
    text = record.read_text(encoding="utf-8")
    return ('{"styles":' + json.dumps(styles(active().values()), ensure_ascii=False) + ',"article":' + text + "}").encode("utf-8")


def searched(graph: Path, path: str) -> bytes:
    """`kg search` for the workbench's search box: the articles holding the words, or groups."""
    from kg.search.find import search
    from kg.search.index import SearchError

    args = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
    try:
        fields, rows = search(graph, args.get("q", ""), args.get("by") or None, _rows(args, "limit") or 500)
    except SearchError as exc:
        raise ApiError(str(exc)) from None
    return json.dumps({"fields": fields, "rows": rows}, ensure_ascii=False).encode("utf-8")


STATIC = {f"/static/codemirror/{n}": ("static/codemirror", n)
          for n in ("codemirror.js", "codemirror.css", "sparql.js", "matchbrackets.js", "LICENSE")}
STATIC["/outlines.geojson"] = ("data", "province_outlines.geojson")      # the map's provinces, offline
TYPES = {"js": "text/javascript", "css": "text/css", "html": "text/html", "geojson": "application/geo+json"}


def page(name: str, folder: str = "templates") -> bytes:
    from importlib import resources

    return (resources.files("kg") / folder / name).read_bytes()


def content_type(name: str) -> str:
    return TYPES.get(name.rsplit(".", 1)[-1], "text/plain") + "; charset=utf-8"


def answer(path: str, graph: Path) -> tuple[int, bytes, str]:
    """(status, body, content type) of a request for the page or the API."""
    route = urlsplit(path).path
    try:
        if route in PAGES:
            return 200, page(PAGES[route]), content_type(PAGES[route])
        if route in STATIC:                 # a fixed list: no path from the request reaches the disk
            folder, name = STATIC[route]
            return 200, page(name, folder), content_type(name)
        if route == "/api/saved":
            return 200, catalog(), "application/json; charset=utf-8"
        if route == "/api/prepare":
            return 200, prepared(graph, path), "application/json; charset=utf-8"
        if route == "/api/article":
            return 200, article(graph, path), "application/json; charset=utf-8"
        if route == "/api/search":
            return 200, searched(graph, path), "application/json; charset=utf-8"
    except ApiError as exc:
        return 400, json.dumps({"error": str(exc)}, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8"
    return 404, b"404 Not Found: the API has /api/saved, /api/prepare, /api/article and /api/search\n", "text/plain; charset=utf-8"
