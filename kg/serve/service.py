"""The SPARQL 1.1 Service Description that `GET /query` without a query answers.

It names the endpoint by the address the user opened (`Host:` of the request), not the
private port of the Oxigraph process behind `kg serve`, and says what this endpoint
does: SPARQL 1.1 Query only (updates are refused), the result formats Oxigraph writes.

    >>> b"<http://127.0.0.1:7878/query>" in description("127.0.0.1:7878", "text/turtle")[0]
    True
"""
from __future__ import annotations

from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import RDF

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples")
# Accept header -> (rdflib format, content type); Turtle when nothing matches.
SERIALIZATIONS = {"application/ld+json": ("json-ld", "application/ld+json"),
                  "application/n-triples": ("nt", "application/n-triples"),
                  "application/rdf+xml": ("xml", "application/rdf+xml"),
                  "text/turtle": ("turtle", "text/turtle; charset=utf-8")}


def description(host: str, accept: str = "") -> tuple[bytes, str]:
    """The description for an endpoint reached at http://HOST/query, in the first RDF
    syntax the client accepts (Turtle otherwise)."""
    g = Graph()
    g.bind("sd", SD)
    service = BNode()
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, URIRef(f"http://{host}/query")))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    for name in RESULT_FORMATS:
        g.add((service, SD.resultFormat, FORMATS[name]))
    fmt, ctype = next((SERIALIZATIONS[t] for t in _accepted(accept) if t in SERIALIZATIONS), SERIALIZATIONS["text/turtle"])
    return g.serialize(format=fmt, encoding="utf-8"), ctype


def _accepted(accept: str) -> list[str]:
    return [part.split(";")[0].strip().lower() for part in accept.split(",") if part.strip()]
