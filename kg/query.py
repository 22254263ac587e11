"""SPARQL over the built store: saved queries, bound parameters, three output formats.

Parameters are bound, never pasted: each value becomes a typed RDF term (a `label` is a
Chinese-tagged literal, an `iri` a node, an `int` a number, as the `# param` line of the
saved query says), serialized by Oxigraph with its escaping, and placed in the query's
own `VALUES ?name { UNDEF }` slot, so the engine starts from the bound value (Oxigraph's
substitutions apply after evaluation, which is slow on large graphs).  A query without
a slot gets Oxigraph substitutions; either way the variable is projected.
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.escape import csv_cell
from kg.guard import QueryRejected, check
from kg.resources import folder

QUERY_DIR = folder("queries")
# Predeclared in every query, as SPARQL notebooks and GraphDB do: `?p a ck:Person` works as typed.
PREFIXES = {"ck": "https://w3id.org/cadre-kg/ontology#", "cki": "https://w3id.org/cadre-kg/id/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "owl": "http://www.w3.org/2002/07/owl#", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "schema": "https://schema.org/",
            "org": "http://www.w3.org/ns/org#", "prov": "http://www.w3.org/ns/prov#",
            "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#", "dct": "http://purl.org/dc/terms/"}
PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(\w+)\s*(?:[—-]+\s*(.*))?$")


class QueryError(Exception):
    """A query that cannot run: the message is for the user, as it is."""


@dataclass
class SavedQuery:
    name: str
    text: str
    description: str = ""
    params: dict[str, tuple[str, str]] = field(default_factory=dict)   # name -> (type, help)


def parse_saved(name: str, text: str) -> SavedQuery:
    q = SavedQuery(name, text)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = PARAM_LINE.match(line)
        if m:
            q.params[m.group(1)] = (m.group(2), m.group(3) or "")
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
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", arg, re.I):
        return parse_saved("query", arg)
    raise QueryError(f"unknown saved query {arg!r}; saved queries: {', '.join(saved)}")


def bind(query: SavedQuery, params: dict[str, str]) -> dict:
    """Typed substitutions for the query's declared parameters."""
    out = {}
    for name, value in params.items():
        kind = query.params.get(name, ("string", ""))[0]
        if name not in query.params and query.params:
            raise QueryError(f"{query.name} has no parameter {name!r}; it takes: {', '.join(query.params)}")
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


def run(store: ox.Store, query: SavedQuery, params: dict[str, str] | None = None,
        allow_service: tuple[str, ...] = ()):
    try:
        check(query.text, allow_service)
    except QueryRejected as exc:
        raise QueryError(f"{query.name}: {exc}") from None
    try:
        text, subs = with_values(query.text, bind(query, params or {}))
        return store.query(text, substitutions=subs, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"{query.name}: malformed query: {exc}") from None
    except RuntimeError as exc:
        raise QueryError(f"{query.name}: {exc}") from None


def term_text(term) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def rows_of(result) -> tuple[list[str], list[list[str]]]:
    if isinstance(result, ox.QueryBoolean):
        return ["answer"], [[str(bool(result)).lower()]]
    if isinstance(result, ox.QueryTriples):
        return ["subject", "predicate", "object"], [[term_text(t.subject), term_text(t.predicate), term_text(t.object)]
                                                    for t in result]
    names = [v.value for v in result.variables]
    return names, [[term_text(row[i]) for i in range(len(names))] for row in result]


def width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def format_table(names: list[str], rows: list[list[str]], max_width: int = 40) -> str:
    def clip(t: str) -> str:
        t = t.replace("\n", " ")
        while width(t) > max_width:
            t = t[:-2] + "…"
        return t
    rows = [[clip(c) for c in r] for r in rows]
    sizes = [max([width(n)] + [width(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = "  ".join(_cell(n, s) for n, s in zip(names, sizes))
    out = [line, "  ".join("-" * s for s in sizes)]
    out += ["  ".join(_cell(c, s) for c, s in zip(r, sizes)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_csv(names: list[str], rows: list[list[str]]) -> str:
    """RFC 4180 CSV whose cells a spreadsheet shows as text (kg/escape.py's csv_cell)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(names)
    writer.writerows([csv_cell(c) for c in r] for r in rows)
    return buf.getvalue()


def format_json(result) -> str:
    """SPARQL 1.1 Query Results JSON, as Oxigraph writes it."""
    if isinstance(result, ox.QueryTriples):
        names, rows = rows_of(result)
        return json.dumps({"triples": [dict(zip(names, r)) for r in rows]}, ensure_ascii=False)
    return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")


def render(result, fmt: str) -> str:
    if fmt == "json":
        return format_json(result)
    names, rows = rows_of(result)
    return format_csv(names, rows) if fmt == "csv" else format_table(names, rows)


def answer(graph_dir: Path, query: SavedQuery, params: dict[str, str], allow_service: tuple[str, ...], fmt: str) -> str:
    """The rendered answer of a query on a build's store (what `kg query` prints)."""
    from kg.store import open_store

    result = run(open_store(graph_dir), query, params, allow_service)
    try:
        return render(result, fmt)        # solutions are computed while they are read
    except OSError as exc:                # a SERVICE endpoint that refused, failed or timed out
        raise QueryError(f"{query.name}: a SERVICE call failed: {exc}") from None
    except RuntimeError as exc:
        raise QueryError(f"{query.name}: {exc}") from None
