"""The build's browser view, read back from the store.

Up to VIEW_LIMIT entities the view shows the whole graph; past it, a page with tens of
thousands of nodes helps nobody, so it shows the VIEW_LIMIT best-connected entities and
says so (`kg view --focus` draws any neighbourhood in full).
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.export.focus import subgraph
from kg.export.html import write_html
from kg.export.view_data import CLASSES

VIEW_LIMIT = 5000
ENTITY_FILTER = f"FILTER(?c IN ({', '.join(f'<{c}>' for c in CLASSES)}))"
COUNT = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?c . {ENTITY_FILTER} }}"
TOP = f"""SELECT ?e (COUNT(?x) AS ?deg) WHERE {{ ?e a ?c . {ENTITY_FILTER} {{ ?e ?p ?x }} UNION {{ ?x ?p ?e }} }}
GROUP BY ?e ORDER BY DESC(?deg) ?e LIMIT {VIEW_LIMIT}"""


def store_graph(store: ox.Store) -> Graph:
    data = ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                        format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


def write_view(store_path: Path, html: Path, title: str) -> str:
    store = ox.Store.read_only(str(store_path))
    entities = int(next(iter(store.query(COUNT)))["n"].value)
    g = store_graph(store)
    if entities <= VIEW_LIMIT:
        write_html(g, html, title)
        return f"{entities} entities"
    keep = {URIRef(row["e"].value) for row in store.query(TOP)}
    write_html(subgraph(g, keep), html, f"{title} · {VIEW_LIMIT} of {entities} entities")
    return f"the {VIEW_LIMIT} best-connected of {entities} entities (kg view --focus NAME for any part)"
