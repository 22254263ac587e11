"""Parameters that name something in the graph, resolved to the label the graph uses.

A user types a name as they know it: in traditional script, as a short form, or as one
of the other spellings the graph keeps (skos:altLabel).  Before a saved query runs, the
value is looked up among the labels of the class the parameter names, so that

    place=鞍山      -> 鞍山市          (a short form of a division)
    place=瀋陽市    -> 沈阳市          (traditional script)
    person=于涵     -> 于涵            (as it is)

Several matches are listed for the user to choose from; no match is an error that names
the nearest labels.  A value that already is a label is used as it is, whatever else it
might shorten: 朝阳区 never becomes 朝阳区 and 朝阳县 together.
"""
from __future__ import annotations

import difflib
import re

import pyoxigraph as ox

from kg.kinds import styles
from kg.places.gazetteer import short_forms
from kg.lang.script import to_simplified

CK = "https://w3id.org/cadre-kg/ontology#"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LOWER_SUFFIX = re.compile(r"^(镇|乡|街道|村|社区|苏木|嘎查)$")   # below the county, short forms drop these


class ParamError(ValueError):
    """A parameter value that names nothing, or several things; the message is for the user."""


def _labels(store: ox.Store, node) -> list[str]:
    return [q.object.value for q in store.quads_for_pattern(node, LABEL, None)]


def _of_class(store: ox.Store, node, cls: ox.NamedNode) -> bool:
    return any(True for _ in store.quads_for_pattern(node, TYPE, cls))


def _by_spelling(store: ox.Store, value: str, cls: ox.NamedNode) -> set[str]:
    """Labels of the nodes of the class whose label or other spelling is the value."""
    found = set()
    for text in dict.fromkeys([value, to_simplified(value)]):
        for prop in (LABEL, ALT):
            for q in store.quads_for_pattern(None, prop, ox.Literal(text, language="zh")):
                if _of_class(store, q.subject, cls):
                    found.update(_labels(store, q.subject))
    return found


def _class_labels(store: ox.Store, cls: ox.NamedNode) -> dict[str, str]:
    """Every label of the class -> its level (for places; '' otherwise)."""
    query = (f"SELECT DISTINCT ?l ?lv WHERE {{ ?x a {cls} ; {LABEL} ?l OPTIONAL {{ ?x <{CK}level> ?lv }} }}")
    return {r["l"].value: (r["lv"].value if r["lv"] else "") for r in store.query(query)}


def _shortened(value: str, labels: dict[str, str]) -> list[str]:
    """Place labels of which the value is the short form news uses (鞍山 of 鞍山市)."""
    value = to_simplified(value)
    out = []
    for label, level in labels.items():
        if label.startswith(value) and label != value:
            if value in short_forms(label, level) or LOWER_SUFFIX.match(label[len(value):]):
                out.append(label)
    return sorted(out)


def resolve(store: ox.Store, param: str, value: str) -> str:
    """The graph's label for the value of a parameter named `place`, `person`... (others as given)."""
    style = next((st for st in styles().values() if st.param == param), None)   # the registry of kinds
    if style is None or not value.strip():
        return value
    cls_name = style.cls
    cls = ox.NamedNode(CK + cls_name)
    exact = _by_spelling(store, value.strip(), cls)
    if len(exact) == 1:
        return exact.pop()
    if len(exact) > 1:
        raise ParamError(f"{param}={value} names several {style.noun}s: {'、'.join(sorted(exact))}; give one of them")
    labels = _class_labels(store, cls)
    short = _shortened(value.strip(), labels) if cls_name == "Locality" else []
    if len(short) == 1:
        return short[0]
    if short:
        raise ParamError(f"{param}={value} may be any of {'、'.join(short)}; give one of them")
    near = difflib.get_close_matches(to_simplified(value.strip()), list(labels), n=5, cutoff=0.3)
    hint = f"; nearest: {'、'.join(near)}" if near else ""
    raise ParamError(f"no {style.noun} called {value!r} in this graph{hint}")
