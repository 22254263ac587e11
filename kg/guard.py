"""Checks a SPARQL query must pass before any engine sees it.

* Size: at most 1 MB of text.  Nobody writes a longer query by hand, and a query is
  parsed in memory.
* Nesting depth: Oxigraph's parser recurses once per bracket, so a few thousand nested
  `{` crash the process (a 6 KB `ASK {{{…}}}` took down the server's backend, 5,000
  levels made `kg query` segfault).  Real queries nest a handful of levels.
* SERVICE: a federated query makes the engine send requests to any URL, loopback services
  included, and hand back their answers; it is refused unless the user named the endpoint
  (`--allow-service URL`).

The text is scanned with strings, IRIs and comments skipped, so a bracket or the word
SERVICE inside a literal does not count.

    >>> check("SELECT * WHERE { ?s ?p ?o }")
    >>> check("ASK " + "{" * 500 + "}" * 500)
    Traceback (most recent call last):
    ...
    kg.guard.QueryRejected: the query nests brackets 500 levels deep; at most 64 are allowed
"""
from __future__ import annotations

import re

MAX_QUERY_BYTES = 1024 * 1024
MAX_DEPTH = 64
OPEN, CLOSE = "{([", "})]"
SERVICE = re.compile(r"\bSERVICE\s+(?:SILENT\s+)?(<[^<>\s]*>|\?\w+|\$\w+|\w*:\w*)", re.I)


class QueryRejected(ValueError):
    """A query refused before it runs; the message says why, for the user."""


def _code_only(text: str) -> str:
    """The query with strings, IRIs and comments blanked out (same length)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif c == "<" and re.match(r"<[^<>\"{}|^`\\\s]*>", text[i:i + 4096]):
            j = i + re.match(r"<[^<>\"{}|^`\\\s]*>", text[i:i + 4096]).end()
            out.append(text[i:j])           # IRIs stay: SERVICE needs its target
            i = j
            continue
        elif c in "\"'":
            quote = text[i:i + 3] if text[i:i + 3] in ('"""', "'''") else c
            j = i + len(quote)
            while j < n and not text.startswith(quote, j):
                j += 2 if text[j] == "\\" else 1
            j = min(j + len(quote), n)
        else:
            out.append(c)
            i += 1
            continue
        out.append(" " * (j - i))
        i = j
    return "".join(out)


def depth(code: str) -> int:
    deepest = level = 0
    for c in code:
        if c in OPEN:
            level += 1
            deepest = max(deepest, level)
        elif c in CLOSE:
            level = max(level - 1, 0)
    return deepest


def check(text: str, allow_service: tuple[str, ...] = ()) -> None:
    """Raise QueryRejected when the query is too large, too deep, or federated to an
    endpoint the user did not allow."""
    size = len(text.encode("utf-8"))
    if size > MAX_QUERY_BYTES:
        raise QueryRejected(f"the query is {size} bytes; at most {MAX_QUERY_BYTES} are allowed")
    code = _code_only(text)
    d = depth(code)
    if d > MAX_DEPTH:
        raise QueryRejected(f"the query nests brackets {d} levels deep; at most {MAX_DEPTH} are allowed")
    for m in SERVICE.finditer(code):
        target = m.group(1).strip("<>")
        if target not in allow_service:
            allowed = ", ".join(allow_service) or "none (start with --allow-service URL to allow one)"
            raise QueryRejected(f"SERVICE {m.group(1)} is refused: federated queries reach only the endpoints "
                                f"allowed with --allow-service; allowed: {allowed}")
