"""`kg push`: put the graph into any SPARQL 1.1 Graph Store Protocol endpoint.

A team shares one server: each member pushes a build into a named graph (or the default
graph), replacing what was there (HTTP PUT, as the protocol defines).
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path


class PushError(Exception):
    pass


def graph_url(endpoint: str, graph_iri: str | None) -> str:
    sep = "&" if "?" in endpoint else "?"
    return endpoint + sep + (f"graph={urllib.parse.quote(graph_iri, safe='')}" if graph_iri else "default")


def check_endpoint(endpoint: str) -> None:
    """An http(s) URL with a host, or PushError saying what is wrong.

    >>> try: check_endpoint("not a url")
    ... except PushError as exc: print(exc)
    'not a url' is not an endpoint URL: give http://HOST[:PORT]/PATH
    """
    try:
        parts = urllib.parse.urlsplit(endpoint)
        parts.port                                   # raises on a bad port
    except ValueError as exc:
        raise PushError(f"{endpoint!r} is not an endpoint URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PushError(f"{endpoint!r} is not an endpoint URL: give http://HOST[:PORT]/PATH")


def push(turtle: Path, endpoint: str, graph_iri: str | None = None, timeout: int = 600) -> int:
    check_endpoint(endpoint)
    if not turtle.exists():
        raise PushError(f"no {turtle}: run `kg build` first")
    req = urllib.request.Request(graph_url(endpoint, graph_iri), data=turtle.read_bytes(), method="PUT",
                                 headers={"Content-Type": "text/turtle; charset=utf-8"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        raise PushError(f"{endpoint} refused the graph: HTTP {exc.code} {exc.read(300).decode(errors='replace')}") from None
    except urllib.error.URLError as exc:
        raise PushError(f"cannot reach {endpoint}: {exc.reason}") from None
    except (OSError, ValueError) as exc:             # timeouts, resets, a URL urllib still refuses
        raise PushError(f"cannot push to {endpoint}: {exc}") from None
