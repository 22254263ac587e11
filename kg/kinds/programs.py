"""Programs, campaigns and policies: one node per name (variants merged by their key),
placed in the article's province unless the program is national."""
from __future__ import annotations

from rdflib import Literal, URIRef

from kg.article import Article, Span
from kg.graph import iris as resolve
from kg.graph.ns import CK
from kg.kinds import Kind, Style, register
from kg.places.gazetteer import division_span
from kg.recognize.programs import NATIONAL


@register
class Programs(Kind):
    span = "program"
    style = Style("Program", "项目 Program", "#ffc914", "diamond", "programs", short="项目", param="program",
                  noun="program")

    def count(self, art: Article) -> int:
        return len({p["key"] for p in art.of("program")})

    def node(self, span: Span, g) -> URIRef:
        label = max((p["name"] for p in g.art.of("program") if p["key"] == span["key"]), key=lambda n: (len(n), n))
        national = label.startswith(NATIONAL) or "主题教育" in label
        node = g.entity(resolve.program_iri(label, None if national else g.province), CK.Program, label)
        g.add(node, CK.kind, Literal(span["kind"]))
        place = span["place"] or (division_span(g.province) if g.province else None)
        if place is not None:
            g.add(node, CK.locality, g.node(place))
        if span["org"] is not None:
            g.add(node, CK.runBy, g.node(span["org"]))
        return node

    def write(self, art: Article, g) -> None:
        for span in art.of("program"):
            g.evidence(g.node(span), span.sent)
