"""Persons and the posts they hold.

A person's node comes from the name as written and the province of their posts (national
officials have none), so one official reported by two provinces' papers is one node.  A
post is its holder, title, body and place; its years, months and flags come from the
tenure and careers components, and a person's profile (gender, birth, native place…)
from careers."""
from __future__ import annotations

from rdflib import Literal, URIRef

from kg.article import Article, Span
from kg.graph import iris as resolve
from kg.graph.ns import CK, XSD
from kg.graph.writer import zh
from kg.kinds import Kind, Style, register
from kg.lang.words import words
from kg.recognize.org_names import central
from kg.recognize.person_identity import as_written, posts_province

PROFILE = (("gender", CK.gender), ("ethnicity", CK.ethnicity), ("party", CK.party), ("education", CK.education))


@register
class Persons(Kind):
    span = "person"
    style = Style("Person", "人物 Person", "#e4572e", "dot", "persons", short="人", param="person", noun="person",
                  prominent=True)

    def node(self, span: Span, g) -> URIRef:
        own = [p for p in g.art.of("post") if p["person"] is span]
        current = [p for p in own if not p.get("former")] or own   # a governor once at a ministry is the province's
        national = any(p["title"] in words("national_titles")
                       or (p["org"] is not None and central(p["org"]["name"])) for p in current)
        name = as_written(span["name"], g.original(span), g.art.script == "traditional")
        national = national or (not own and name in words("national_leaders"))     # "毛泽东同志", no title
        return resolve.person_iri(name, None if national else (posts_province(own) or g.province))

    def write(self, art: Article, g) -> None:
        for p in art.of("person"):
            label = as_written(p["name"], g.original(p), art.script == "traditional")
            node = g.entity(g.node(p), CK.Person, label)
            g.add(node, CK.role, Literal(p["role"]))
            g.alt_labels(node, {g.original(p), p["name"]}, label)
            self._profile(p, node, g)

    @staticmethod
    def _profile(person: Span, node, g) -> None:
        """Gender, ethnicity, party, education, birth, work start, native place."""
        profile = person.get("profile") or {}
        for key, prop in PROFILE:
            if profile.get(key):
                g.add(node, prop, zh(profile[key]))
        for key, prop in (("birth", CK.birthDate), ("work", CK.workStart)):
            if profile.get(key):
                kind = XSD.gYearMonth if "-" in profile[key] else XSD.gYear
                g.add(node, prop, Literal(profile[key], datatype=kind))
        if person.get("native_place") is not None:
            g.add(node, CK.birthPlace, g.node(person["native_place"]))


@register
class Posts(Kind):
    span = "post"

    def node(self, post: Span, g) -> URIRef:
        person, org, place = g.node(post["person"]), g.node(post["org"]), g.node(post["place"])
        return resolve.position_iri(person, post["title"], org, place)

    def write(self, art: Article, g) -> None:
        for post in art.of("post"):
            node = g.node(post)
            g.add(g.node(post["person"]), CK.holds, node)
            g.entity(node, CK.Position, f"{post['person']['name']} {post['title']}")
            g.add(node, CK.title, zh(post["title"]))
            g.evidence(node, post.sent)
            if post["org"] is not None:
                g.add(node, CK.organization, g.node(post["org"]))
            if post["place"] is not None:
                g.add(node, CK.locality, g.node(post["place"]))
            if post.get("rank"):
                g.add(node, CK.rank, zh(post["rank"]))
            self._tenure(post, node, g)

    @staticmethod
    def _tenure(post: Span, node, g) -> None:
        """Years and months held, former, temporary, proposed."""
        for attr, prop in (("start", CK.startYear), ("end", CK.endYear)):
            if post.get(attr):
                g.add(node, prop, Literal(post[attr], datatype=XSD.integer))
        for attr, year, prop in (("start_month", "start", CK.startMonth), ("end_month", "end", CK.endMonth)):
            if post.get(attr) and post.get(year):
                g.add(node, prop, Literal(f"{post[year]}-{post[attr]:02d}", datatype=XSD.gYearMonth))
        for attr, prop in (("former", CK.former), ("temporary", CK.temporary), ("proposed", CK.proposed)):
            if post.get(attr):
                g.add(node, prop, Literal(True))
