"""Whole-graph facts that a listing needs, computed once when a build's store is loaded.

An article's counts are known when the article is written (kg.graph.writer); how many
officials a body has is not: a person met in two articles is one node, so the count is
the union's.  Counting it at query time made `bodies_and_officials` the one saved listing
over a second on a million triples (every body's posts, holders and labels before the
first row could be sorted).  So the build counts once, with the store's own aggregate,
and writes the counts into the store and graph.ttl alike:

    <body> ck:officialCount 3 .     # three people hold a post in the body, in any article

The counts are a function of the merged graph, so an unchanged corpus gives the same
triples and a fresh build of the same files the same graph.
"""
from __future__ import annotations

import pyoxigraph as ox

from kg.graph.ns import CK

COUNT = ox.NamedNode(str(CK.officialCount))
INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
OFFICIALS_PER_BODY = f"""
SELECT ?org (COUNT(DISTINCT ?person) AS ?n) WHERE {{
  ?post <{CK.organization}> ?org . ?person <{CK.holds}> ?post
}} GROUP BY ?org"""


def derived_triples(store: ox.Store) -> list[ox.Triple]:
    """The whole-graph counts of a loaded store, sorted (so graph.ttl ends the same way
    in every build of the same corpus)."""
    rows = [(r["org"], int(r["n"].value)) for r in store.query(OFFICIALS_PER_BODY)]
    return [ox.Triple(org, COUNT, ox.Literal(str(n), datatype=INTEGER)) for org, n in sorted(rows, key=lambda r: r[0].value)]


def as_ntriples(triples: list[ox.Triple]) -> bytes:
    return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in triples).encode()
