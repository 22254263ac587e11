"""Checks a SPARQL query must pass before any engine sees it.

* Size: at most 1 MB of text.  Nobody writes a longer query by hand, and a query is
  parsed in memory.
* Nesting depth: Oxigraph's parser recurses once per bracket, so a few thousand nested
  `{` crash the process (a 6 KB `ASK {{{…}}}` took down the server's backend, 5,000
  levels made `kg query` segfault).  Real queries nest a handful of levels.
* SERVICE: a federated query makes the engine send requests to any URL, loopback services
  included, and hand back their answers; it is refused unless the user named the endpoint
  (`--allow-service URL`).

The query is read as the engine reads it, not as text patterns: codepoint escapes
(`\\u0041`) are replaced first, as the SPARQL grammar says they are before parsing,
then the text is cut into the grammar's tokens (IRIs, the four kinds of strings,
comments, names, punctuation).  SERVICE is a keyword token; its target is the next
token after an optional SILENT, however the query spaces, comments or escapes them, and
brackets inside strings, IRIs and comments do not count towards the depth.  Where
rdflib's SPARQL parser reads the query (standard SPARQL up to 64 KB), the SERVICE
patterns of its syntax tree are judged as well; pyoxigraph exposes no parser of its own,
and rdflib's does not read Oxigraph's LATERAL (which the saved queries use), so for those
the tokens are the reading.

    >>> check("SELECT * WHERE { ?s ?p ?o }")
    >>> check("ASK " + "{" * 500 + "}" * 500)
    Traceback (most recent call last):
    ...
    kg.sparql.guard.QueryRejected: the query nests brackets 500 levels deep; at most 64 are allowed
    >>> check("SELECT * { SERVICE<http://127.0.0.1:9/x> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.sparql.guard.QueryRejected: SERVICE <http://127.0.0.1:9/x> is refused: federated queries reach only the endpoints allowed with --allow-service; allowed: none (start with --allow-service URL to allow one)
"""
from __future__ import annotations

import re

MAX_QUERY_BYTES = 1024 * 1024
MAX_DEPTH = 64
OPEN, CLOSE = "{([", "})]"

CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
TOKEN = re.compile(r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''|\"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
  | (?P<name>[^\W\d][\w.\-]*(?::[\w.\-:%]*)?|:[\w.\-:%]*|\d[\w.]*)
  | (?P<space>\s+)
  | (?P<punct>.)
""", re.X | re.S)


class QueryRejected(ValueError):
    """A query refused before it runs; the message says why, for the user."""


def unescape(text: str) -> str:
    """Codepoint escapes replaced, as the grammar does before parsing (an invalid one,
    a surrogate, is left as it is: the engine will reject the query)."""
    def char(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)
    return CODEPOINT.sub(char, text)


def tokens(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every token but spaces and comments, in order."""
    return [(m.lastgroup, m.group()) for m in TOKEN.finditer(text) if m.lastgroup not in ("space", "comment")]


def depth(toks: list[tuple[str, str]]) -> int:
    deepest = level = 0
    for kind, value in toks:
        if kind != "punct":
            continue
        if value in OPEN:
            level += 1
            deepest = max(deepest, level)
        elif value in CLOSE:
            level = max(level - 1, 0)
    return deepest


def services(toks: list[tuple[str, str]]) -> list[str]:
    """The target of every SERVICE keyword (an IRI, a variable or a prefixed name)."""
    out = []
    for i, (kind, value) in enumerate(toks):
        if kind == "name" and value.upper() == "SERVICE":
            j = i + 1
            if j < len(toks) and toks[j][0] == "name" and toks[j][1].upper() == "SILENT":
                j += 1
            out.append(toks[j][1] if j < len(toks) else "")
    return out


TREE_BYTES = 64 * 1024          # rdflib's pure-Python parser reads queries up to this size in milliseconds


def syntax_tree_services(text: str) -> list[str] | None:
    """The SERVICE targets in rdflib's syntax tree of the query, or None where rdflib
    cannot parse it (Oxigraph's LATERAL, or a syntax error the engine will report).
    Called only once the tokens showed the nesting is shallow (the parser recurses)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue
    from rdflib.term import Variable

    try:
        tree = parseQuery(text)
    except Exception:              # noqa: BLE001 - any failure to parse leaves the tokens' verdict alone
        return None
    found, todo = [], [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                term = node.get("term")
                found.append(f"?{term}" if isinstance(term, Variable) else str(term))
            todo.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            todo.extend(node)
    return found


def check(text: str, allow_service: tuple[str, ...] = ()) -> None:
    """Raise QueryRejected when the query is too large, too deep, or federated to an
    endpoint the user did not allow."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_QUERY_BYTES:
        raise QueryRejected(f"the query is {size} bytes; at most {MAX_QUERY_BYTES} are allowed")
    toks = tokens(unescape(text))
    d = depth(toks)
    if d > MAX_DEPTH:
        raise QueryRejected(f"the query nests brackets {d} levels deep; at most {MAX_DEPTH} are allowed")
    targets = services(toks)
    tree = syntax_tree_services(text) if size <= TREE_BYTES else None
    if tree is not None:                        # standard SPARQL: the parser's own reading counts too
        targets += [f"<{t}>" if not t.startswith("?") else t for t in tree]
    for target in targets:
        if target.strip("<>") not in allow_service or not target.startswith("<"):
            allowed = ", ".join(allow_service) or "none (start with --allow-service URL to allow one)"
            raise QueryRejected(f"SERVICE {target or '(no endpoint)'} is refused: federated queries reach only "
                                f"the endpoints allowed with --allow-service; allowed: {allowed}")
