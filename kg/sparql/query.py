"""SPARQL over the built store: saved queries, bound parameters, paging.

Parameters are bound, never pasted: each value becomes a typed RDF term (a `label` is a
Chinese-tagged literal, an `iri` a node, an `int` a number, as the `# param` line of the
saved query says), serialized by Oxigraph with its escaping, and placed in the query's
own `VALUES ?name { UNDEF }` slot, so the engine starts from the bound value (Oxigraph's
substitutions apply after evaluation, which is slow on large graphs).  A query without
a slot gets Oxigraph substitutions; either way the variable is projected.

A saved query answers with and without its parameter.  Lines that only make sense with
the parameter end in `# if NAME` and are dropped when NAME is not given; lines ending in
`# unless NAME` are kept only then.  So `officials_of_place` without `place` lists each
post once instead of once per enclosing place:

    ?top rdfs:label ?place ; a ck:Locality .      # if place
    ?loc (ck:partOf|ck:adminParent)* ?top .       # if place

`--limit`/`--offset` page any SELECT: the query's own trailing LIMIT/OFFSET is replaced.
A page is fast only if the engine can stop after it: a saved query sorts (`ORDER BY …
# if place`) only when a parameter narrows it, keeps lookups of labels and optional
values in `LATERAL` (a plain join there becomes a hash join over every label of the
graph), and sorts keys in a subquery before the lookups, so a page of a million-triple
graph takes milliseconds (`bench/README.md`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.sparql.guard import QueryRejected, check
from kg.sparql.params import ParamError, resolve
from kg.sparql.results import render, width
from kg.resources import folder

QUERY_DIR = folder("queries")
# Predeclared in every query, as SPARQL notebooks and GraphDB do: `?p a ck:Person` works as typed.
PREFIXES = {"ck": "https://w3id.org/cadre-kg/ontology#", "cki": "https://w3id.org/cadre-kg/id/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "owl": "http://www.w3.org/2002/07/owl#", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "schema": "https://schema.org/",
            "org": "http://www.w3.org/ns/org#", "prov": "http://www.w3.org/ns/prov#",
            "geo": "http://www.opengis.net/ont/geosparql#", "dct": "http://purl.org/dc/terms/"}
PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(\w+)\s*(?:[—-]+\s*(.*))?$")
ROW_LINE = re.compile(r"^#\s*row\s*:\s*(.*)$")
SCOPED = re.compile(r"#\s*(if|unless)\s+(\w+)\s*$")
TRAILING_PAGE = re.compile(r"(\s+(LIMIT|OFFSET)\s+\d+)+\s*$", re.I)


class QueryError(Exception):
    """A query that cannot run: the message is for the user, as it is."""


@dataclass
class SavedQuery:
    name: str
    text: str
    description: str = ""
    row: str = ""                 # what one row of the answer is
    params: dict[str, tuple[str, str]] = field(default_factory=dict)   # name -> (type, help)


def parse_saved(name: str, text: str) -> SavedQuery:
    q = SavedQuery(name, text)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = PARAM_LINE.match(line)
        r = ROW_LINE.match(line)
        if m:
            q.params[m.group(1)] = (m.group(2), m.group(3) or "")
        elif r:
            q.row = r.group(1).strip()
        elif not q.description:
            q.description = line.lstrip("# ").strip()
    return q


def saved_queries(folder: Path = QUERY_DIR) -> dict[str, SavedQuery]:
    return {p.stem: parse_saved(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))}


def resolve_query(arg: str) -> SavedQuery:
    """A saved query's name, a .rq file, or query text."""
    saved = saved_queries()
    if arg in saved:
        return saved[arg]
    path = Path(arg)
    if arg.endswith(".rq"):
        if not path.exists():
            raise QueryError(f"no query file {arg}")
        return parse_saved(path.stem, path.read_text(encoding="utf-8"))
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b|[{}]", arg, re.I):
        return parse_saved("query", arg)
    raise QueryError(f"unknown saved query {arg!r}; saved queries: {', '.join(saved)}")


def bind(query: SavedQuery, params: dict[str, str]) -> dict:
    """Typed substitutions for the query's declared parameters (`prepare` has checked
    that each is declared)."""
    out = {}
    for name, value in params.items():
        kind = query.params.get(name, ("string", ""))[0]
        if kind == "label":
            term = ox.Literal(value, language="zh")
        elif kind == "iri":
            term = ox.NamedNode(value)
        elif kind == "int":
            term = ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        else:
            term = ox.Literal(value)
        out[ox.Variable(name)] = term
    return out


def with_values(text: str, terms: dict) -> tuple[str, dict]:
    """Put each bound term in its `VALUES ?name { UNDEF }` slot; the rest stay substitutions."""
    rest = {}
    for var, term in terms.items():
        slot = re.compile(rf"VALUES\s+\?{re.escape(var.value)}\s*\{{\s*UNDEF\s*\}}")
        if slot.search(text):
            text = slot.sub(lambda _: f"VALUES ?{var.value} {{ {term} }}", text, count=1)
        else:
            rest[var] = term
    return text, rest


def scoped(text: str, given: set[str]) -> str:
    """The text with the lines of absent parameters (`# if NAME`) dropped, and those of
    `# unless NAME` dropped when NAME is given."""
    out = []
    for line in text.splitlines():
        m = SCOPED.search(line)
        if m and (m.group(2) in given) != (m.group(1) == "if"):
            continue
        out.append(line)
    return "\n".join(out)


def paged(text: str, limit: int | None, offset: int | None) -> str:
    """The query with LIMIT/OFFSET for one page (the query's own trailing ones replaced)."""
    if limit is None and not offset:
        return text
    text = TRAILING_PAGE.sub("", text.rstrip())
    return text + (f"\nLIMIT {limit}" if limit is not None else "") + (f"\nOFFSET {offset}" if offset else "")


def prepare(store: ox.Store, query: SavedQuery, params: dict[str, str] | None = None,
            limit: int | None = None, offset: int | None = None) -> tuple[str, dict]:
    """The text to run and the remaining substitutions: parameter values resolved to the
    graph's labels, put in their slots, the lines of absent parameters dropped, paged."""
    params = params or {}
    unknown = [n for n in params if query.params and n not in query.params]
    if unknown:
        raise QueryError(f"{query.name} has no parameter {unknown[0]!r}; it takes: {', '.join(query.params)}")
    try:
        params = {n: resolve(store, n, v) if query.params.get(n, ("",))[0] == "label" else v for n, v in params.items()}
    except ParamError as exc:
        raise QueryError(f"{query.name}: {exc}") from None
    text, subs = with_values(scoped(query.text, set(params)), bind(query, params))
    return paged(text, limit, offset), subs


def run(store: ox.Store, query: SavedQuery, params: dict[str, str] | None = None,
        allow_service: tuple[str, ...] = (), limit: int | None = None, offset: int | None = None):
    try:
        check(query.text, allow_service)
    except QueryRejected as exc:
        raise QueryError(f"{query.name}: {exc}") from None
    text, subs = prepare(store, query, params, limit, offset)
    try:
        return store.query(text, substitutions=subs, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: {syntax_message(text, str(exc))}") from None
    except RuntimeError as exc:
        raise QueryError(f"{query.name}: {exc}") from None


SYNTAX_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def syntax_message(text: str, error: str) -> str:
    """The parser's error as the line of the query, a caret under the place, one sentence.

    Oxigraph lists every token it would have accepted (a screenful of Unicode ranges for a
    name); the user needs the place and the likely cause."""
    m = SYNTAX_AT.search(error)
    if not m:
        return f"malformed query: {error}"
    line_no, col, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = text.splitlines() or [""]
    line = lines[min(line_no, len(lines)) - 1]
    caret = " " * width(line[: max(col - 1, 0)]) + "^"
    if "Prefix not found" in expected:
        unknown = [p for p in re.findall(r"(?<![\w<])([A-Za-z][\w-]*):", line) if p not in PREFIXES]
        why = (f"unknown prefix {unknown[0]}: " if unknown else "unknown prefix: ") + \
            f"declare it with PREFIX, or use one of {', '.join(p + ':' for p in PREFIXES)}"
    elif len(expected) < 60 and "[" not in expected:
        why = expected
    else:
        why = "the query cannot be read from here on (a missing '.', '}' or quote, or a misspelt keyword?)"
    return f"malformed query at line {line_no}, column {col}: {why}\n  {line}\n  {caret}"


def answer(graph_dir: Path, query: SavedQuery, params: dict[str, str], allow_service: tuple[str, ...], fmt: str,
           limit: int | None = None, offset: int | None = None) -> str:
    """The rendered answer of a query on a build's store (what `kg query` prints)."""
    from kg.sparql.store import open_store

    store = open_store(graph_dir)
    result = run(store, query, params, allow_service, limit, offset)
    try:
        return render(result, fmt, store, PREFIXES)        # solutions are computed while they are read
    except OSError as exc:                # a SERVICE endpoint that refused, failed or timed out
        raise QueryError(f"{query.name}: a SERVICE call failed: {exc}") from None
    except RuntimeError as exc:
        raise QueryError(f"{query.name}: {exc}") from None
