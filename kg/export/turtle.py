"""Deterministic Turtle: triples sorted as N-Triples lines, written by Oxigraph.

Sorting the N-Triples lines fixes the order whatever the file order of the build was,
so a diff of graph.ttl shows what a change did; Oxigraph's serializer groups a subject's
triples and is far faster than rdflib's on large graphs.
"""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph
from rdflib.plugins.serializers.nt import _nt_row

from kg.graph.ns import CK, GEO, SKOS, XSD

PREFIXES = {"ck": str(CK), "geo": str(GEO), "skos": str(SKOS), "xsd": str(XSD),
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


def nt_lines(triples) -> list[str]:
    return [_nt_row(t).rstrip("\n") for t in triples]


def turtle_from_lines(lines) -> bytes:
    data = "\n".join(sorted(set(lines))).encode("utf-8")
    return ox.serialize(ox.parse(data, format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def canonical_turtle(graph: Graph) -> str:
    return turtle_from_lines(nt_lines(graph)).decode("utf-8")

