"""Namespaces.  `CK` is a closed namespace built from ontology/cadre.ttl's terms, so a
misspelt term fails at import, and a test checks that this file and the ontology agree."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD, DefinedNamespace, Namespace as _NS  # noqa: F401

BASE = "https://w3id.org/cadre-kg/"
ID = Namespace(BASE + "id/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")


class CK(DefinedNamespace):
    _NS = _NS("https://w3id.org/cadre-kg/ontology#")
    _fail = True
    Article: object
    Person: object
    Position: object
    Organization: object
    Locality: object
    Program: object
    Statistic: object
    sourceFile: object
    mentionedIn: object
    evidence: object
    headline: object
    date: object
    publisher: object
    script: object
    holds: object
    role: object
    title: object
    organization: object
    locality: object
    rank: object
    former: object
    level: object
    partOf: object
    adcode: object
    kind: object
    runBy: object
    value: object
    unit: object
    qualifier: object
    measure: object
    subject: object
    year: object
