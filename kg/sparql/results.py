"""A query's answer as the user reads it: a terminal table, CSV or SPARQL JSON.

CSV and JSON carry full IRIs (a program reads them); the table is for eyes, so an IRI is
shown by its label when the graph has one, with a short id beside it so that two people
of one name stay apart, and an ontology term by its prefixed name:

    https://w3id.org/cadre-kg/ontology#Person     ->  ck:Person
    https://w3id.org/cadre-kg/id/person/4b3e9a…    ->  于涵 ‹person/4b3e9a›
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata

import pyoxigraph as ox

from kg.escape import csv_cell, printable

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ID_BASE = "https://w3id.org/cadre-kg/id/"


def term_text(term) -> str:
    if term is None:
        return ""
    return term.value if hasattr(term, "value") else str(term)


def rows_of(result) -> tuple[list[str], list[list]]:
    """Column names and rows of terms (None where a variable is unbound)."""
    if isinstance(result, ox.QueryBoolean):
        return ["answer"], [[ox.Literal(str(bool(result)).lower())]]
    if isinstance(result, ox.QueryTriples):
        return ["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in result]
    names = [v.value for v in result.variables]
    return names, [[row[i] for i in range(len(names))] for row in result]


def width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def shown(term, store: ox.Store | None, prefixes: dict[str, str]) -> str:
    """How the table shows one term: a label with a short id for the graph's nodes, a
    prefixed name for vocabulary, the text of a literal."""
    if not isinstance(term, ox.NamedNode):
        return term_text(term)
    iri = term.value
    if iri.startswith(ID_BASE):
        short = iri[len(ID_BASE):]
        short = short[: short.find("/") + 7] if "/" in short else short[:12]
        label = next((q.object.value for q in store.quads_for_pattern(term, RDFS_LABEL, None)), None) if store else None
        return f"{label} ‹{short}›" if label else f"‹{short}›"
    for prefix, base in prefixes.items():
        if iri.startswith(base) and iri != base:
            return f"{prefix}:{iri[len(base):]}"
    return iri


def format_table(names: list[str], rows: list[list], max_width: int = 48, store: ox.Store | None = None,
                 prefixes: dict[str, str] | None = None) -> str:
    def clip(t: str) -> str:
        t = printable(t.replace("\n", " "))          # data never drives the terminal (ESC[2J…)
        while width(t) > max_width:
            t = t[:-2] + "…"
        return t
    texts = [[clip(c if isinstance(c, str) else shown(c, store, prefixes or {})) for c in r] for r in rows]
    sizes = [max([width(n)] + [width(r[i]) for r in texts]) for i, n in enumerate(names)]
    out = ["  ".join(_cell(n, s) for n, s in zip(names, sizes)), "  ".join("-" * s for s in sizes)]
    out += ["  ".join(_cell(c, s) for c, s in zip(r, sizes)) for r in texts]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def format_csv(names: list[str], rows: list[list]) -> str:
    """RFC 4180 CSV with full IRIs, whose cells a spreadsheet shows as text (csv_cell)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(names)
    writer.writerows([csv_cell(c if isinstance(c, str) else term_text(c)) for c in r] for r in rows)
    return buf.getvalue()


def format_json(result) -> str:
    """SPARQL 1.1 Query Results JSON, as Oxigraph writes it."""
    if isinstance(result, ox.QueryTriples):
        names, rows = rows_of(result)
        return json.dumps({"triples": [dict(zip(names, map(term_text, r))) for r in rows]}, ensure_ascii=False)
    return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")


def render(result, fmt: str, store: ox.Store | None = None, prefixes: dict[str, str] | None = None) -> str:
    if fmt == "json":
        return format_json(result)
    names, rows = rows_of(result)
    return format_csv(names, rows) if fmt == "csv" else format_table(names, rows, store=store, prefixes=prefixes)
