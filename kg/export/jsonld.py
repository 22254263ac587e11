"""JSON-LD that reads as JSON: compacted with a context made from the ontology.

Expanded JSON-LD (every key a full IRI, every value an object) is correct but no one
reads it in a notebook.  The context gives each ontology term a short key and says which
values are nodes, so a person comes out as

    {"@id": "cki:person/4b3e…", "@type": "Person", "label": {"@language": "zh", "@value": "于涵"},
     "holds": "cki:position/77a1…"}

The context is built from `ontology/cadre.ttl` (an `owl:ObjectProperty` is `@type: @id`,
a datatype range is the value's `@type`), so a new term needs no edit here; the same
context is shipped as `ontology/context.jsonld` for other tools to reference.
"""
from __future__ import annotations

import json

from rdflib import OWL, RDF, RDFS, XSD, Graph

from kg.resources import folder

CK = "https://w3id.org/cadre-kg/ontology#"
PREFIXES = {"ck": CK, "cki": "https://w3id.org/cadre-kg/id/", "rdfs": str(RDFS), "rdf": str(RDF),
            "xsd": str(XSD), "owl": str(OWL), "skos": "http://www.w3.org/2004/02/skos/core#",
            "geo": "http://www.opengis.net/ont/geosparql#", "schema": "https://schema.org/",
            "org": "http://www.w3.org/ns/org#", "prov": "http://www.w3.org/ns/prov#",
            "dct": "http://purl.org/dc/terms/"}
# Terms of other vocabularies that the graph uses on every node.
SHARED = {"label": "rdfs:label", "altLabel": "skos:altLabel", "comment": "rdfs:comment",
          "geometry": {"@id": "geo:hasGeometry", "@type": "@id"},
          "wkt": {"@id": "geo:asWKT", "@type": "geo:wktLiteral"}}


def context(ontology: Graph | None = None) -> dict:
    """The `@context` for the graph: prefixes, shared terms, then each class and property
    of the ontology under its local name.

    >>> context()["partOf"]
    {'@id': 'ck:partOf', '@type': '@id'}
    >>> context()["value"]
    {'@id': 'ck:value', '@type': 'xsd:decimal'}
    """
    g = ontology or Graph().parse(folder("ontology") / "cadre.ttl")
    ctx: dict = dict(PREFIXES) | SHARED
    for cls in sorted(g.subjects(RDF.type, OWL.Class)):
        if str(cls).startswith(CK):
            ctx[cls[len(CK):]] = f"ck:{cls[len(CK):]}"
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in sorted(g.subjects(RDF.type, kind)):
            if not str(prop).startswith(CK):
                continue
            name = prop[len(CK):]
            term = {"@id": f"ck:{name}"}
            rng = g.value(prop, RDFS.range)
            if kind == OWL.ObjectProperty:
                term["@type"] = "@id"
            elif rng is not None and str(rng).startswith(str(XSD)) and rng != XSD.string:
                term["@type"] = f"xsd:{rng[len(str(XSD)):]}"
            ctx[name] = term
    return ctx


def to_jsonld(graph: Graph) -> bytes:
    """The graph as compacted JSON-LD with the context inline, so the file stands alone
    (offline readers cannot fetch a remote context)."""
    ctx = context()
    text = graph.serialize(format="json-ld", context=ctx, auto_compact=True, indent=1, ensure_ascii=False)
    doc = json.loads(text)
    if isinstance(doc, list):                      # a graph of one node comes out without @graph
        doc = {"@context": ctx, "@graph": doc}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def context_document() -> bytes:
    """`ontology/context.jsonld` as shipped: `{"@context": …}`."""
    return (json.dumps({"@context": context()}, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_context() -> None:
    """Regenerate `ontology/context.jsonld` from `ontology/cadre.ttl` (`make context`)."""
    from kg.atomic import atomic_write

    target = folder("ontology") / "context.jsonld"
    atomic_write(target, context_document())
    print(f"wrote {target}")


if __name__ == "__main__":
    write_context()
