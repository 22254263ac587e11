"""`kg diff OLD NEW`: what changed between two builds, as a journalist follows it.

Run last month's crawl and this month's into two folders; the diff lists officials who
appear or disappear, officials whose posts changed, and places, programs and figures
added or removed.  Entities are compared by IRI, which the build derives from the name
(and province) and not from the run, so the same official in both builds is one row:

    change   kind      label   detail
    added    official  于涵    某县委 县委书记
    changed  official  李明    was: 某县政府 副县长 | now: 某县委 县委副书记

Each build is read from its store with one query per kind; nothing is written.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.sparql.query import PREFIXES
from kg.sparql.results import format_csv, format_table
from kg.sparql.store import open_store

# One row per entity: its IRI, its label, and what identifies its content (posts, value).
SNAPSHOTS = {
    "official": """SELECT ?id ?label (GROUP_CONCAT(DISTINCT ?post; separator=" | ") AS ?detail) WHERE {
        ?id ck:role "official" ; rdfs:label ?label ; ck:holds ?p .
        ?p ck:title ?t .
        OPTIONAL { ?p ck:organization/rdfs:label ?o } OPTIONAL { ?p ck:locality/rdfs:label ?l }
        BIND(CONCAT(COALESCE(?o, ?l, ""), " ", ?t) AS ?post)
    } GROUP BY ?id ?label""",
    "place": """SELECT ?id ?label (SAMPLE(?lv) AS ?detail) WHERE {
        ?id a ck:Locality ; rdfs:label ?label . OPTIONAL { ?id ck:level ?lv } } GROUP BY ?id ?label""",
    "program": """SELECT ?id ?label (GROUP_CONCAT(DISTINCT ?k; separator="、") AS ?detail) WHERE {
        ?id a ck:Program ; rdfs:label ?label . OPTIONAL { ?id ck:kind ?k } } GROUP BY ?id ?label""",
    "figure": """SELECT ?id ?label (SAMPLE(?about) AS ?detail) WHERE {
        ?id a ck:Statistic ; rdfs:label ?label . OPTIONAL { ?id ck:subject/rdfs:label ?about } } GROUP BY ?id ?label""",
}
COLUMNS = ["change", "kind", "label", "detail", "id"]


@dataclass(frozen=True)
class Change:
    change: str       # added, removed, changed
    kind: str         # official, place, program, figure
    label: str
    detail: str
    id: str

    def row(self) -> list[str]:
        return [self.change, self.kind, self.label, self.detail, self.id]


def snapshot(graph_dir: Path, kind: str) -> dict[str, tuple[str, str]]:
    """IRI -> (label, detail) of every entity of one kind in a build."""
    store = open_store(graph_dir)
    out = {}
    for row in store.query(SNAPSHOTS[kind], prefixes=PREFIXES):
        out[row["id"].value] = (row["label"].value, row["detail"].value if row["detail"] else "")
    return out


def compare(kind: str, old: dict, new: dict) -> list[Change]:
    """Added and removed entities; for officials, also those whose posts differ."""
    out = [Change("added", kind, *new[i], i) for i in sorted(new.keys() - old.keys(), key=lambda i: new[i])]
    out += [Change("removed", kind, *old[i], i) for i in sorted(old.keys() - new.keys(), key=lambda i: old[i])]
    if kind == "official":
        for i in sorted(old.keys() & new.keys(), key=lambda i: new[i]):
            if old[i][1] != new[i][1]:
                out.append(Change("changed", kind, new[i][0], f"was: {old[i][1]} | now: {new[i][1]}", i))
    return out


def diff(old_dir: Path, new_dir: Path) -> list[Change]:
    for d in (old_dir, new_dir):
        open_store(d)                      # a folder without a build is one clear error, before any work
    return [c for kind in SNAPSHOTS for c in compare(kind, snapshot(old_dir, kind), snapshot(new_dir, kind))]


def render(changes: list[Change], fmt: str) -> str:
    rows = [c.row() for c in changes]
    if fmt == "csv":
        return format_csv(COLUMNS, rows)
    counts = {}
    for c in changes:
        counts[(c.change, c.kind)] = counts.get((c.change, c.kind), 0) + 1
    summary = ", ".join(f"{n} {kind}{'s' if n != 1 else ''} {change}" for (change, kind), n in counts.items())
    return format_table(COLUMNS, rows) + "\n" + (summary or "no change")
