"""Localities: a gazetteer division is its code's node with its chain up to the province
and its point; a township, village or zone below the table is its name under its parent."""
from __future__ import annotations

from rdflib import Literal, URIRef

from kg.article import Article, Span
from kg.graph import iris as resolve
from kg.graph.ns import CK, GEO, RDF, RDFS
from kg.graph.writer import zh
from kg.kinds import Kind, Style, register
from kg.places.gazetteer import load
from kg.recognize.places import parent_key


@register
class Localities(Kind):
    span = "place"
    style = Style("Locality", "地点 Locality", "#76b041", "triangle", "localities", short="地", param="place",
                  noun="place", prominent=True)

    def count(self, art: Article) -> int:
        return len({p["name"] for p in art.of("place") if not p.get("in_name")})      # places, not mentions

    def node(self, span: Span, g) -> URIRef:
        if span.get("code"):
            return division(g, span["code"])
        return g.once(("place", parent_key(span), span["name"]), lambda: self._place(span, g))

    def _place(self, span: Span, g) -> URIRef:
        parent = span.get("parent")
        node = resolve.place_iri(None, span["name"], parent_key(span))
        g.add(node, RDF.type, CK.Locality)
        g.add(node, RDFS.label, zh(span["name"]))
        g.add(node, CK.level, Literal(span["level"]))
        if parent is not None and parent.get("name") != span["name"]:
            named = span.get("named_parent")
            if named is None:
                g.add(node, CK.partOf, g.node(parent))
            else:                               # the text skips the table's parent: both are written
                g.add(node, CK.partOf, division(g, named) if isinstance(named, str) else g.node(named))
                g.add(node, CK.adminParent, g.node(parent))
        return node

    def write(self, art: Article, g) -> None:
        for span in art.of("place"):
            if span.get("in_name"):            # "某市邮电大学": the school's place, not one the text names
                continue
            node = g.node(span)
            g.add(node, CK.mentionedIn, g.iri)
            g.alt_labels(node, {span.get("surface"), g.original(span)}, span["name"])
        gaz = load()
        for prop, key in ((CK.province, "province"), (CK.prefecture, "city")):
            code = art.context.get(key)
            if code and code in gaz.by_code and gaz.by_code[code].level == "county":
                code = gaz.parent(code)         # a county-level city's own news: its bare 市 is the city, the prefecture above
            if code and code in gaz.by_code and (key == "province" or code != art.context.get("province")):   # facets and search by province
                g.add(g.iri, prop, division(g, code))


def division(g, code: str) -> URIRef:
    """A gazetteer division and its chain up to the province, with code and point;
    written once per article however often the article refers to it."""
    return g.once(("division", code), lambda: _division(g, code))


def _division(g, code: str) -> URIRef:
    gaz = load()
    node = resolve.place_iri(code)
    d = gaz.by_code[code]
    g.add(node, RDF.type, CK.Locality)
    g.add(node, RDFS.label, zh(d.name))
    g.add(node, CK.level, Literal(d.level))
    g.add(node, CK.adcode, Literal(code))
    if d.lon is not None and d.lat is not None:
        geom = URIRef(str(node) + "/geometry")
        g.add(node, GEO.hasGeometry, geom)
        g.add(geom, RDF.type, GEO.Geometry)
        g.add(geom, GEO.asWKT, Literal(f"POINT({d.lon} {d.lat})", datatype=GEO.wktLiteral))
    parent = gaz.parent(code)
    if parent:
        named = _named_parents(g).get(code)
        g.add(node, CK.partOf, division(g, named or parent))
        if named:                               # "陕西商南": under the province the text names, in the table's prefecture
            g.add(node, CK.adminParent, division(g, parent))
    return node


def _named_parents(g) -> dict[str, str]:
    """Division code -> the code of the place above it the article names, where the text
    skips the one directly above (kg.link.place_mentions.named_parents)."""
    return g.once(("named parents",), lambda: {s["code"]: s["named_parent"] for s in g.art.of("place")
                                               if s.get("code") and isinstance(s.get("named_parent"), str)})
