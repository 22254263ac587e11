"""Bodies: one node per name and place, with the name the article wrote as another label."""
from __future__ import annotations

from rdflib import URIRef

from kg.article import Article, Span
from kg.graph import iris as resolve
from kg.graph.ns import CK
from kg.kinds import Kind, Style, register
from kg.places.gazetteer import short_forms

AUTONOMOUS = ("自治县", "自治州", "自治旗")


@register
class Organizations(Kind):
    span = "org"
    style = Style("Organization", "机构 Organization", "#17bebb", "square", "organizations", short="机构",
                  param="organization", noun="body", prominent=True)

    def count(self, art: Article) -> int:
        return len({o["name"] for o in art.of("org")})

    def node(self, span: Span, g) -> URIRef:
        place = g.node(span.get("place"))
        node = resolve.org_iri(span["name"], place)
        g.entity(node, CK.Organization, span["name"])
        if place is not None:
            g.add(node, CK.locality, place)
        return node

    def write(self, art: Article, g) -> None:
        """Each body under its full name, and as the article wrote it ("某县委" for
        "某族自治县委", the traditional spelling) as another label users search by."""
        for span in art.of("org"):
            node = g.node(span)
            if span.get("written"):             # a body whose words are not all in one run, or its short name
                g.alt_labels(node, {span["written"]}, span["name"])      # before kg.link.org_full_names
                continue
            if span.start >= 0 and 0 <= span.sent < len(art.sentences):
                written = art.sentences[span.sent].simp[span.start:span.end]
                g.alt_labels(node, {written, g.original(span)}, span["name"])
            place = span.get("place")
            informal = place.get("surface") if place is not None else None
            if informal and informal != place["name"] and informal[-1] in "县市区州旗盟" and informal[:-1] != place["name"][:-1] \
                    and not place["name"].startswith(informal) and span["name"].startswith(place["name"]):
                #   "阜蒙县政府", "西乌旗政协": as the text wrote it (not 滨州 of 滨州市, whose 州 is no level)
                g.alt_labels(node, {informal + span["name"][len(place["name"]):]}, span["name"])
            if place is not None and span["name"].startswith(place["name"]) and place["name"].endswith(AUTONOMOUS):
                rest = span["name"][len(place["name"]):]      # "孟连县委" for 孟连傣族拉祜族佤族自治县委, however written
                g.alt_labels(node, {short + rest for short in short_forms(place["name"], place.get("level") or "")
                                    if short[-1] in "县州旗"}, span["name"])
