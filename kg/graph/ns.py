"""Namespaces.  `CK` is a closed namespace of exactly the terms ontology/cadre.ttl
declares, read from that file at import: the ontology is the source of truth, a
misspelt term fails (AttributeError), and a new term needs no edit here."""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD, ClosedNamespace  # noqa: F401 - re-exported

from kg.resources import folder

BASE = "https://w3id.org/cadre-kg/"
ID = Namespace(BASE + "id/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
ONTOLOGY = folder("ontology") / "cadre.ttl"
DECLARED = re.compile(r"^ck:(\w+)\s+a\s", re.M)


def declared_terms(path: Path = ONTOLOGY) -> list[str]:
    """Local names of the subjects the ontology declares (`ck:Term a owl:…`)."""
    return sorted(set(DECLARED.findall(path.read_text(encoding="utf-8"))))


CK = ClosedNamespace("https://w3id.org/cadre-kg/ontology#", declared_terms())
