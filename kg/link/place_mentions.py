"""Which place spans the text names: decided once every person is known.

A recognizer reads a place wherever a division's name stands; some of those are inside a
person's name, read before the persons were ("市委领导包某苏、…" names no province).  The
linking stage marks them, as the places component marks a place that only opens a
company's name (kg.recognize.places.opens_a_name): the span stays, `in_name`, and
kg.kinds.places writes no mention of it.
"""
from __future__ import annotations

from kg.article import Article


def places_in_names(art: Article) -> None:
    """Mark the places that lie inside a person's name found in the same sentence
    ("县领导王福建、李明远出席": 福建 is 王福建's given name; tests/test_persons.py)."""
    names = {p["name"] for p in art.of("person") if len(p["name"]) >= 2}
    for place in art.of("place"):
        if place.sent < 0 or place.start < 0:          # a place the text implies: no characters of its own
            continue
        text = art.sentences[place.sent].simp
        for name in names:
            at = text.find(name, max(0, place.end - len(name)))
            if 0 <= at <= place.start and place.end <= at + len(name):
                place["in_name"] = True
                break
