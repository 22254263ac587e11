"""Statistics: value, unit, qualifier, measure, year and what the figure is about."""
from __future__ import annotations

from rdflib import Literal, URIRef

from kg.article import Article, Span
from kg.graph import iris as resolve
from kg.graph.ns import CK, XSD
from kg.graph.writer import decimal, zh
from kg.kinds import Kind, Style, register


@register
class Statistics(Kind):
    span = "figure"
    style = Style("Statistic", "数据 Statistic", "#8e7dbe", "dot", "statistics", short="数")

    def node(self, span: Span, g) -> URIRef:
        """A figure is its article, place in the text, value and unit."""
        return resolve.statistic_iri(g.iri, span.sent, span.start, span["value"], span["unit"])

    def write(self, art: Article, g) -> None:
        for fig in art.of("figure"):
            node = g.node(fig)
            g.entity(node, CK.Statistic, f"{fig['measure']} {fig['surface']}")
            g.add(node, CK.value, decimal(fig["value"]))
            g.add(node, CK.unit, Literal(fig["unit"]))
            g.add(node, CK.qualifier, Literal(fig["qualifier"]))
            g.add(node, CK.measure, zh(fig["measure"]))
            g.evidence(node, fig.sent)
            if fig.get("year"):
                g.add(node, CK.year, Literal(fig["year"], datatype=XSD.integer))
            if fig.get("subject") is not None:
                g.add(node, CK.subject, g.node(fig["subject"]))
