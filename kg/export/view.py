"""The build's browser view, read back from the store.

Up to VIEW_LIMIT entities the view shows the whole graph; past it, a page with tens of
thousands of nodes helps nobody, so it shows the VIEW_LIMIT best-connected entities and
says so (`kg view --focus` draws any neighbourhood in full).
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.export.html import write_html
from kg.export.view_data import CLASSES

VIEW_LIMIT = 5000
CK_NS = "https://w3id.org/cadre-kg/ontology#"
ENTITY_FILTER = f"FILTER(?c IN ({', '.join(f'<{c}>' for c in CLASSES)}))"
COUNT = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?c . {ENTITY_FILTER} }}"
TOP = f"""SELECT ?e (COUNT(?x) AS ?deg) WHERE {{ ?e a ?c . {ENTITY_FILTER} {{ ?e ?p ?x }} UNION {{ ?x ?p ?e }} }}
GROUP BY ?e ORDER BY DESC(?deg) ?e LIMIT {VIEW_LIMIT}"""


def store_graph(store: ox.Store) -> Graph:
    data = ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                        format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


HOLDS, GEOMETRY = ox.NamedNode(CK_NS + "holds"), ox.NamedNode("http://www.opengis.net/ont/geosparql#hasGeometry")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def store_subgraph(store: ox.Store, nodes: set[str]) -> Graph:
    """`focus.subgraph` read straight from the store: the kept entities' triples, their
    posts and geometries, and the links among them.  Only these triples ever reach
    rdflib, so the view of a corpus of a million triples costs what the view shows."""
    default = ox.DefaultGraph()
    extra = {q.object.value for n in nodes for p in (HOLDS, GEOMETRY)
             for q in store.quads_for_pattern(ox.NamedNode(n), p, None, default)}
    keep = nodes | extra
    g, term = Graph(), _terms()
    for s in sorted(keep):
        for q in store.quads_for_pattern(ox.NamedNode(s), None, None, default):
            if not isinstance(q.object, ox.NamedNode) or q.object.value in keep or q.predicate == RDF_TYPE:
                g.add((term(q.subject), term(q.predicate), term(q.object)))
    return g


def _terms():
    """Oxigraph's terms as rdflib's, IRIs made once each (no N-Triples round trip: rdflib's
    parser took half the time of a view at 20,000 articles)."""
    from rdflib import BNode, Literal, URIRef

    iris: dict = {}

    def term(t):
        if isinstance(t, ox.NamedNode):
            return iris.get(t.value) or iris.setdefault(t.value, URIRef(t.value))
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            dt = t.datatype.value
            return Literal(t.value, datatype=None if dt == XSD_STRING else URIRef(dt))
        return BNode(t.value)
    return term


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


INDEX = f"""SELECT ?e ?label ?c WHERE {{ ?e a ?c ; <http://www.w3.org/2000/01/rdf-schema#label> ?label .
{ENTITY_FILTER} }}"""
INDEX_LIMIT = 200_000           # labels of the entities not drawn, searchable in the page


def undrawn(store: ox.Store, drawn: set[str]) -> list[list[str]]:
    """[iri, label, class legend] of every entity the page does not draw, so that its
    search finds them too (and, under `kg serve`, draws one with its neighbours)."""
    from kg.export.view_data import CLASSES
    from rdflib import URIRef

    legend = {str(c): v[0] for c, v in CLASSES.items()}
    out, seen = [], set()
    for row in store.query(INDEX):
        iri = row["e"].value
        if iri not in drawn and iri not in seen and len(out) < INDEX_LIMIT:
            seen.add(iri)
            out.append([iri, row["label"].value, legend.get(str(URIRef(row["c"].value)), "")])
    return out


def write_view(store_path: Path, html: Path, title: str, limit: int | None = None, ranked=None) -> str:
    """`ranked`: the build's own ranking (kg.export.view_rank.ViewRank), which saves
    asking the store to rank every entity of the corpus."""
    limit = limit or VIEW_LIMIT
    store = ox.Store.read_only(str(store_path))
    if ranked is not None:
        entities, top, others = ranked.finish(limit)
    else:
        entities = int(next(iter(store.query(COUNT)))["n"].value)
    if entities <= limit:
        write_html(store_graph(store), html, title)
        return f"{entities} entities"
    if ranked is None:
        keep = {row["e"].value for row in store.query(TOP.replace(f"LIMIT {VIEW_LIMIT}", f"LIMIT {limit}"))}
        others = undrawn(store, keep)
    else:
        keep = set(top)
    write_html(store_subgraph(store, keep), html, f"{title} · {limit} of {entities} entities", others)
    return f"the {limit} best-connected of {entities} entities (the search finds the others; kg view --focus NAME)"
