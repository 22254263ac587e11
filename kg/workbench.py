"""The workbench's small API beside `/query`: the saved queries and their prepared text.

The page (`templates/workbench.html`) runs every query on the SPARQL endpoint itself;
what it needs from Python is what `kg query` already knows: the saved queries with
their parameters, and a saved query prepared for given values (labels resolved in
either script, short forms, paging), so that `/?saved=officials_of_place&place=鞍山`
shows the rows `kg query officials_of_place --param place=鞍山` prints.

    GET /, /map, /entity?iri=…                   -> the workbench, the map, an entity's page
    GET /api/saved                              -> {"prefixes": {...}, "queries": [...]}
    GET /api/prepare?saved=NAME&place=…&limit=100&offset=0 -> {"query": "PREFIX …"}
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.query import PREFIXES, QueryError, prepare, saved_queries

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


def prepared(graph: Path, path: str) -> bytes:
    """The text of a saved query for the values in the request's query string."""
    from kg.store import open_store

    args = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
    name = args.get("saved", "")
    saved = saved_queries()
    if name not in saved:
        raise ApiError(f"unknown saved query {name!r}; saved queries: {', '.join(saved)}")
    params = {k: v for k, v in args.items() if k not in PAGE_KEYS and v}
    try:
        limit = int(args["limit"]) if args.get("limit") else None
        offset = int(args["offset"]) if args.get("offset") else None
    except ValueError:
        raise ApiError("limit and offset are whole numbers") from None
    try:
        text, subs = prepare(open_store(graph), saved[name], params, limit, offset)
    except QueryError as exc:
        raise ApiError(str(exc)) from None
    if subs:                     # every saved query has a VALUES slot per parameter; a test keeps it so
        raise ApiError(f"{name}: parameter {next(iter(subs)).value} has no VALUES slot in the query")
    return json.dumps({"query": declared(text)}, ensure_ascii=False).encode("utf-8")



PAGES = {"/": "workbench.html", "/map": "map.html", "/entity": "entity.html", "/client.js": "client.js"}


def page(name: str) -> bytes:
    from importlib import resources

    return (resources.files("kg") / "templates" / name).read_bytes()


def answer(path: str, graph: Path) -> tuple[int, bytes, str]:
    """(status, body, content type) of a request for the page or the API."""
    route = urlsplit(path).path
    try:
        if route in PAGES:
            kind = "text/javascript" if route.endswith(".js") else "text/html"
            return 200, page(PAGES[route]), f"{kind}; charset=utf-8"
        if route == "/api/saved":
            return 200, catalog(), "application/json; charset=utf-8"
        if route == "/api/prepare":
            return 200, prepared(graph, path), "application/json; charset=utf-8"
    except ApiError as exc:
        return 400, json.dumps({"error": str(exc)}, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8"
    return 404, b"404 Not Found: the API has /api/saved and /api/prepare\n", "text/plain; charset=utf-8"
