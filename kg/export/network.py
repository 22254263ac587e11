"""The graph as a network for Gephi, Cytoscape or networkx: GEXF 1.3 and GraphML.

A Gephi user opens the file and expects it to look like the view: each node with its
class, the view's colour, its label and other spellings, and for places the division
code, level and coordinates (Gephi's Geo Layout reads `latitude`/`longitude`).  Edges
are typed by the predicate they stand for (`holds`, `locality`, `partOf`, `adminParent`, `subject`,
`mentionedIn`); a post is an edge person → body with the title as its own attribute, so
"filter edges by predicate" and "colour by title" both work:

    于涵 --holds{title: 镇长}--> 某镇人民政府

The co-mention network is another file: persons and places joined by the number of
articles that name both (the `co_mentions` saved query).
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph, URIRef

from kg.escape import xml_text
from kg.export.view_data import CLASSES, view_data
from kg.graph.ns import CK, GEO

POINT = re.compile(r"POINT\s*\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)")


def rgb(colour: str) -> dict:
    """'#1f77b4' -> the GEXF viz colour {'r': 31, 'g': 119, 'b': 180, 'a': 1.0}."""
    h = colour.lstrip("#")
    return {"r": int(h[0:2], 16), "g": int(h[2:4], 16), "b": int(h[4:6], 16), "a": 1.0}


def coordinates(g: Graph, node) -> tuple[float, float] | None:
    """(latitude, longitude) from the node's geometry, as WKT writes it: POINT(lon lat)."""
    for geom in g.objects(node, GEO.hasGeometry):
        m = POINT.search(str(g.value(geom, GEO.asWKT) or ""))
        if m:
            return float(m.group(2)), float(m.group(1))
    return None


def node_attributes(g: Graph, node, cls, detail: dict) -> dict:
    attrs = detail["attrs"]
    name, colour = CLASSES[cls][0].split()[-1], CLASSES[cls][1]
    out = {"label": xml_text(detail["label"]), "class": name, "colour": colour,
           "alt_labels": xml_text("; ".join(attrs.get("altLabel", []))),
           "province": xml_text("; ".join(detail["provinces"])),
           "adcode": "; ".join(attrs.get("adcode", [])), "level": "; ".join(attrs.get("level", [])),
           "dates": "; ".join(detail["dates"]), "articles": len(detail["articleIds"]),
           "viz": {"color": rgb(colour)}}
    point = coordinates(g, node)
    if point:
        out["latitude"], out["longitude"] = point
    return out


def network(g: Graph):
    """A MultiDiGraph (a person may hold two posts in one body): nodes with the attributes
    above, one edge per post or relation."""
    import networkx as nx      # only for these formats: `kg` starts 0.15 s faster without it

    data = view_data(g)
    net = nx.MultiDiGraph()
    for node, cls in data["nodes"].items():
        net.add_node(str(node), **node_attributes(g, node, cls, data["details"][str(node)]))
    for person, _, pos in sorted(g.triples((None, CK.holds, None))):
        target = g.value(pos, CK.organization) or g.value(pos, CK.locality)
        if person in data["nodes"] and target in data["nodes"]:
            title = xml_text(str(g.value(pos, CK.title) or ""))
            net.add_edge(str(person), str(target), label=title, predicate="holds", title=title,
                         former=str(g.value(pos, CK.former) or "false"), weight=1.0)
    for s, o, pred in data["edges"]:
        if pred in ("locality", "partOf", "adminParent", "subject", "mentionedIn"):
            net.add_edge(s, o, label=pred, predicate=pred, title="", former="false", weight=1.0)
    return net


def co_mention_network(rows: list[dict], g: Graph):
    """Persons and places as nodes, an undirected edge per pair weighted by the articles
    both are named in (rows of the `co_mentions` query: a, b, person, other, kind, articles)."""
    import networkx as nx

    net = nx.Graph()
    colours = {cls.split("#")[-1]: style[1] for cls, style in CLASSES.items()}
    for row in rows:
        for iri, label, cls in ((row["a"], row["person"], "Person"),
                                (row["b"], row["other"], "Person" if row["kind"] == "person" else "Locality")):
            if iri not in net:
                net.add_node(iri, label=xml_text(label), colour=colours[cls], viz={"color": rgb(colours[cls])},
                             **{"class": cls})
                point = coordinates(g, URIRef(iri))
                if point:
                    net.nodes[iri]["latitude"], net.nodes[iri]["longitude"] = point
        net.add_edge(row["a"], row["b"], weight=float(row["articles"]), kind=row["kind"])
    return net


def write_network(net, fmt: str, out: Path) -> None:
    import networkx as nx

    from kg.atomic import atomic_write

    if fmt == "graphml":
        plain = net.copy()
        for _, d in plain.nodes(data=True):
            d.pop("viz", None)           # GraphML has no viz: the colour is the `colour` attribute
        lines = nx.generate_graphml(plain)
    else:
        lines = nx.generate_gexf(net, version="1.3")
    atomic_write(out, "\n".join(lines).encode("utf-8"))
