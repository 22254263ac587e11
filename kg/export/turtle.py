"""Deterministic Turtle: sorted, so that a diff of graph.ttl shows what a change did."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.atomic import atomic_write
from kg.ns import CK, GEO, SKOS, XSD

PREFIXES = {"ck": str(CK), "id": "https://w3id.org/cadre-kg/id/", "geo": str(GEO), "skos": str(SKOS),
            "xsd": str(XSD), "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


def canonical_turtle(graph: Graph) -> str:
    """rdflib sorts subjects and predicates; objects are sorted here by re-adding in order."""
    ordered = Graph()
    for prefix, ns in PREFIXES.items():
        ordered.bind(prefix, ns, override=True, replace=True)
    for triple in sorted(graph, key=lambda t: (str(t[0]), str(t[1]), t[2].n3())):
        ordered.add(triple)
    return ordered.serialize(format="turtle")


def write_turtle(graph: Graph, path: Path) -> None:
    atomic_write(path, canonical_turtle(graph).encode("utf-8"))
