"""Meetings, conferences and fairs: a name and a date, a venue and who took part."""
from __future__ import annotations

from rdflib import Literal, URIRef

from kg.article import Article, Span
from kg.graph.iris import digest, norm
from kg.graph.ns import CK, ID, XSD
from kg.kinds import Kind, Style, register


@register
class Events(Kind):
    span = "event"
    style = Style("Event", "会议活动 Event", "#3d5a80", "star", "events", short="会")

    def node(self, span: Span, g) -> URIRef:
        """An event is its name and date; without a date, its name within the article."""
        return ID[f"event/{digest(norm(span['name']), span['date'] or g.iri, g.province)}"]

    def write(self, art: Article, g) -> None:
        for span in art.of("event"):
            node = g.entity(g.node(span), CK.Event, span["name"])
            g.evidence(node, span.sent)
            if span["date"]:
                g.add(node, CK.startDate, Literal(span["date"], datatype=XSD.date))
            if span["place"] is not None:
                g.add(node, CK.locality, g.node(span["place"]))
            for person in span["participants"]:
                g.add(node, CK.participant, g.node(person))
