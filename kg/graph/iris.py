"""Normalized keys to identifiers: the same entity gets the same IRI in any build.

IRIs are derived from what identifies an entity, never from file order or counters, so
graphs built on different machines, in any order, merge by plain union:
* a division linked to the gazetteer: its division code (`id/place/210900`);
* any other place: its name under its parent (`车新村` under 210921);
* a person: name + the article's province (the documented homonym rule: one 王伟 per
  province; traditional and simplified spellings meet because keys are simplified);
* an organization: its normalized name within its place node (village names repeat
  across counties, so "新华村党支部" is as many bodies as there are 新华村); a program: its
  name + the province it runs in;
* a position: person + title + body + place; a figure: article + sentence + span.
"""
from __future__ import annotations

import hashlib
import re

from kg.graph.ns import ID


def digest(*parts) -> str:
    text = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def norm(text: str) -> str:
    return re.sub(r"[\s“”\"'‘’《》「」·]", "", text or "")


def article_iri(text: str):
    """Content-addressed: the same article in two files is one article."""
    return ID[f"article/{digest(norm(text))}"]


def place_iri(code: str | None, name: str | None = None, parent_key: str | None = None):
    if code:
        return ID[f"place/{code}"]
    return ID[f"place/{digest(parent_key, norm(name))}"]


def person_iri(name: str, province: str | None):
    return ID[f"person/{digest(norm(name), province)}"]


def org_iri(name: str, place=None):
    """A body is its name within its place: "新华村党支部" exists in many counties."""
    return ID[f"org/{digest(norm(name), place)}"]


def program_iri(name: str, scope: str | None):
    return ID[f"program/{digest(norm(name), scope)}"]


def position_iri(person, title: str, org, place):
    return ID[f"position/{digest(person, title, org, place)}"]


def statistic_iri(article, sentence: int, start: int, value, unit: str):
    return ID[f"statistic/{digest(article, sentence, start, value, unit)}"]
