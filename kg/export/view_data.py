"""What the browser view shows, read from the RDF graph.

Posts are folded into edges (person → body, labelled with the title) because a reader
thinks "傅涵 — 浑南区委 (区委常委)", not in Position nodes.  Each node carries a detail
record for the side panel: attributes, posts or figures, and evidence sentences with
the headline and date of their article.
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, URIRef

from kg.graph.ns import CK, RDF, RDFS, SKOS
from kg.lang.script import to_simplified

ARTICLE_STYLE = ("文章 Article", "#888888", "box")


def classes() -> dict:
    """class -> (legend label, colour, shape), read from the registry of kinds, so a new
    kind of entity shows in the view and its legend without an edit here."""
    from kg.kinds import styles

    out = {CK[st.cls]: (st.label, st.colour, st.shape) for st in styles().values()}
    out[CK.Article] = ARTICLE_STYLE
    return out


CLASSES = classes()


def _label(g: Graph, node) -> str:
    return str(g.value(node, RDFS.label) or node.split("/")[-1])


def _articles(g: Graph) -> dict:
    return {a: {"headline": _label(g, a), "date": str(g.value(a, CK.date) or ""),
                "file": str(g.value(a, CK.sourceFile) or "")} for a in g.subjects(RDF.type, CK.Article)}


def _province(g: Graph, place) -> str | None:
    """The province a place lies in, through the partOf chain."""
    seen = set()
    while place is not None and place not in seen:
        seen.add(place)
        if str(g.value(place, CK.level) or "") == "province":
            return _label(g, place)
        place = g.value(place, CK.partOf)
    return None


def provinces(g: Graph, node) -> list[str]:
    """The provinces a node belongs to: a place's own, a body's or figure's through its
    locality, a person's through the places of the posts they hold (a person has no
    place of their own, yet "officials of 辽宁" must keep them)."""
    if (node, RDF.type, CK.Locality) in g:
        places = [node]
    elif (node, RDF.type, CK.Person) in g:
        places = [g.value(pos, CK.locality) or g.value(g.value(pos, CK.organization), CK.locality)
                  for pos in g.objects(node, CK.holds)]
    else:
        places = [g.value(node, CK.locality) or g.value(node, CK.subject)]
    return sorted({p for p in (_province(g, x) for x in places if x is not None) if p})


def view_data(g: Graph) -> dict:
    """Nodes, edges and detail records for every entity of the graph."""
    arts = _articles(g)
    nodes, edges, details = {}, [], {}
    for cls in CLASSES:
        for node in sorted(g.subjects(RDF.type, cls)):
            nodes[node] = cls
    for node, cls in nodes.items():
        details[str(node)] = _detail(g, node, cls, arts)
    edges += _post_edges(g, nodes)
    links = [(str(s), str(p), str(o)) for p in LINKS for s, o in g.subject_objects(p) if s in nodes and o in nodes]
    edges += [(s, o, p.split("#")[-1]) for s, p, o in sorted(links)]      # IRIs sort as their strings
    return {"nodes": nodes, "edges": edges, "details": details}


LINKS = (CK.locality, CK.partOf, CK.adminParent, CK.subject, CK.mentionedIn)          # the edges drawn between entities
ATTRS = {CK.level, CK.adcode, CK.kind, CK.value, CK.unit, CK.qualifier, CK.measure, CK.year, CK.role,
         CK.publisher, CK.date, CK.sourceFile, SKOS.altLabel}      # a node's attributes in its side panel


def _post_edges(g: Graph, nodes: dict) -> list:
    out = []
    for person, _, pos in sorted(g.triples((None, CK.holds, None))):
        title = str(g.value(pos, CK.title) or "")
        target = g.value(pos, CK.organization) or g.value(pos, CK.locality)
        if target in nodes:
            out.append((str(person), str(target), title))
    return out


def _detail(g: Graph, node: URIRef, cls, arts: dict) -> dict:
    label = _label(g, node)
    attrs = {}
    for p, o in sorted((p, o) for p in ATTRS for o in g.objects(node, p)):     # not every mention sorted
        attrs.setdefault(p.split("#")[-1], []).append(str(o))
    evidence = defaultdict(list)
    posts = []
    for pos in g.objects(node, CK.holds):
        posts.append({"title": str(g.value(pos, CK.title) or ""),
                      "organization": _label(g, g.value(pos, CK.organization)) if g.value(pos, CK.organization) else "",
                      "locality": _label(g, g.value(pos, CK.locality)) if g.value(pos, CK.locality) else "",
                      "rank": str(g.value(pos, CK.rank) or "")})
        _collect_evidence(g, pos, evidence, arts)
    _collect_evidence(g, node, evidence, arts)
    articles = sorted({str(a) for a in g.objects(node, CK.mentionedIn)})
    return {"label": label, "class": CLASSES[cls][0], "attrs": attrs, "posts": sorted(posts, key=str),
            "evidence": [dict(e) for e in sorted(evidence.values(), key=str)][:20],
            "articles": [arts[URIRef(a)]["headline"] for a in articles if URIRef(a) in arts],
            "articleIds": articles, "provinces": provinces(g, node),
            "dates": sorted({arts[URIRef(a)]["date"] for a in articles if URIRef(a) in arts and arts[URIRef(a)]["date"]}),
            "search": " ".join(dict.fromkeys([label, to_simplified(label), *attrs.get("altLabel", [])]))}


def _collect_evidence(g: Graph, node, evidence: dict, arts: dict) -> None:
    art = min(g.objects(node, CK.mentionedIn), key=str, default=None)     # the first article, as IRIs sort
    meta = arts.get(art, {}) if art is not None else {}
    for text in sorted(str(t) for t in g.objects(node, CK.evidence)):
        evidence[text] = {"text": text, "headline": meta.get("headline", ""), "date": meta.get("date", "")}
