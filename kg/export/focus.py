"""`kg view --focus NAME`: the neighbourhood of one entity as its own page.

A person, a body or a program brings its neighbours to `--depth` steps; a place brings
everything under it (`ck:partOf` or `ck:adminParent`, any depth) and what points to those
places; an article brings everything mentioned in it.  The page is the same view, over the smaller graph.
"""
from __future__ import annotations

import networkx as nx
from rdflib import Graph, URIRef

from kg.export.view_data import view_data
from kg.graph.ns import CK, RDF, RDFS
from kg.lang.script import to_simplified


class FocusError(Exception):
    pass


def find(g: Graph, name: str) -> list[URIRef]:
    name = to_simplified(name)
    exact = sorted({s for s, o in g.subject_objects(RDFS.label) if str(o) == name})
    return exact or sorted({s for s, o in g.subject_objects(RDFS.label) if name in str(o) and (s, RDF.type, None) in g})


def neighbourhood(g: Graph, name: str, depth: int = 1) -> Graph:
    seeds = find(g, name)
    if not seeds:
        raise FocusError(f"nothing named {name!r} in the graph")
    data = view_data(g)
    net = nx.Graph()
    net.add_edges_from((s, o) for s, o, _ in data["edges"])
    keep: set[str] = set()
    for seed in seeds:
        start = {str(seed)}
        if (seed, RDF.type, CK.Locality) in g:
            places = _under(g, seed)
            start |= {str(s) for s in places} | _placed_in(g, places)
        if (seed, RDF.type, CK.Article) in g:
            start |= {str(s) for s in g.subjects(CK.mentionedIn, seed)}
        for node in start:
            if node in net:
                keep |= set(nx.single_source_shortest_path_length(net, node, cutoff=depth))
            keep.add(node)
    return subgraph(g, {URIRef(n) for n in keep})


def _under(g: Graph, place) -> set:
    """The place and every place under it, as the text puts it (ck:partOf) or as the
    tables do (ck:adminParent, where the text skipped a level)."""
    out, todo = {place}, [place]
    while todo:
        parent = todo.pop()
        for pred in (CK.partOf, CK.adminParent):
            for child in g.subjects(pred, parent):
                if child not in out:
                    out.add(child)
                    todo.append(child)
    return out


def _placed_in(g: Graph, places: set) -> set[str]:
    """Bodies, programs, figures and the holders of posts tied to these places."""
    out = set()
    for place in places:
        for s in g.subjects(CK.locality, place):
            out |= {str(p) for p in g.subjects(CK.holds, s)} or {str(s)}
        out |= {str(s) for s in g.subjects(CK.subject, place)}
    return out


def subgraph(g: Graph, nodes: set[URIRef]) -> Graph:
    """Triples about the kept nodes, their posts and geometries, and links among them."""
    out = Graph()
    extra = {post for n in nodes for post in g.objects(n, CK.holds)}
    extra |= {geo for n in nodes for geo in g.objects(n, URIRef("http://www.opengis.net/ont/geosparql#hasGeometry"))}
    for s in nodes | extra:
        for p, o in g.predicate_objects(s):
            if not isinstance(o, URIRef) or o in nodes or o in extra or p == RDF.type:
                out.add((s, p, o))
    return out
