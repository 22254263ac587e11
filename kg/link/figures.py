"""Linking: what each figure is about, once every entity of the article is known.

A figure is about the most specific place written before it in its clause ("全县新建
道路12公里" is the county's), else a program named in its sentence, else a body named
there, else the place the article is about (its county, city, then province).
The subject is not part of the measure: "鞍山市新建学校" measures 新建学校 about 鞍山市, and
a measure that is only a place's name is none.
"""
from __future__ import annotations

from kg.article import Article, Span
from kg.components import Component, register
from kg.places.gazetteer import division_span


def _before(art: Article, kind: str, idx: int, start: int) -> list[Span]:
    return [x for x in art.in_sentence(kind, idx) if x.start < start]


def subject_of(art: Article, fig: Span) -> Span | None:
    places = [p for p in _before(art, "place", fig.sent, fig.start) if p["level"] != "other"]
    if places:
        return places[-1]
    progs = list(art.in_sentence("program", fig.sent))
    if progs:
        return progs[0]
    orgs = _before(art, "org", fig.sent, fig.start)
    if orgs:
        return orgs[-1]
    for level in ("county", "city", "province"):
        code = art.context.get(level)
        if code:
            return division_span(code)
    return None


@register
class Link(Component):
    name = "link"
    requires = ("figure", "place", "program", "org")
    assigns = ("figure.subject",)

    def __call__(self, art: Article) -> Article:
        for fig in art.of("figure"):
            fig["subject"] = subject_of(art, fig)
            fig["measure"] = without_places(art, fig)
        for fig in art.of("figure"):
            if not fig["measure"]:
                fig["measure"] = listed_measure(art, fig)
        return art


def listed_measure(art: Article, fig: Span) -> str:
    """"地区生产总值甲市8316亿元，乙市7105亿元": a figure written after a place alone
    repeats the measure of the figure before it in the sentence with the same unit."""
    before = [f for f in art.in_sentence("figure", fig.sent) if f.end <= fig.start and f["unit"] == fig["unit"]]
    return max(before, key=lambda f: f.end)["measure"] if before else ""


def without_places(art: Article, fig: Span) -> str:
    """The measure with the names of places and bodies at its ends taken off (when
    something is left); a measure that is only a place's name gives way to the noun
    phrase after the figure, else is none."""
    measure = fig["measure"]
    places = {x.text for x in art.in_sentence("place", fig.sent)}
    if measure in places or not measure:          # "湖北省9个贫困县": the counted noun after it
        after = fig.get("after", "")
        return after if after not in places else ""
    names = sorted(places | {x.text for x in art.in_sentence("org", fig.sent)}, key=len, reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for name in names:
            if name and measure.startswith(name) and len(measure) - len(name) >= 2:
                measure, stripped = measure[len(name):], True
            elif name and measure.endswith(name) and len(measure) - len(name) >= 2:
                measure, stripped = measure[:-len(name)], True       # "粮食产量甲县12万吨"
    return measure
