"""What spans become, decided in one place: one registry of kinds.

Components (kg.recognize, kg.link) only find spans and set their attributes.  A kind says
what the spans of one span kind become: their node (`node`), their triples (`write`),
how many the build summary counts (`count`), and the style every reader of kinds shares
(`style`: the class IRI's local name, legend label, colour, shape, the saved queries'
parameter and noun, whether the view labels it).  The graph writer, the view, the reader
page's marks, the query parameters and the build summary all read this registry.

A kind is written only when some component of the pipeline assigns its spans: a build
that excludes `events` has no events to write and no events in its summary.

Adding a kind of entity: its component under kg/recognize/, a module here that registers
its kind (`@register`), its terms in ontology/cadre.ttl and a shape in
ontology/shapes.ttl, then `make context` regenerates the JSON-LD context.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

from kg.article import Article, Span
from kg.components import by_kind, components
from kg.graph.writer import GraphWriter


@dataclass(frozen=True)
class Style:
    """What a kind is called and how it looks."""
    cls: str            # local name of the class in the ontology (ck:Person)
    label: str          # legend label, Chinese and English
    colour: str
    shape: str          # vis-network shape
    plural: str         # the build summary's word for the count
    short: str = ""     # the reader page's tag on a mark (人, 地)
    param: str = ""     # the saved queries' parameter that names one (place=鞍山), if any
    noun: str = ""      # that parameter's noun in messages ("no body called …")
    prominent: bool = False   # labelled at the view's first zoom


class Kind:
    span: ClassVar[str] = ""                 # the span kind it writes ("place")
    style: ClassVar[Style | None] = None

    def node(self, span: Span, g):
        raise KeyError(f"{self.span} spans have no nodes")

    def write(self, art: Article, g) -> None:
        """Triples of the article's spans of this kind."""

    def count(self, art: Article) -> int:
        """How many the build summary counts: entities, not mentions."""
        return len(art.of(self.span))


REGISTRY: dict[str, Kind] = {}


def register(cls: type[Kind]) -> type[Kind]:
    REGISTRY[cls.span] = cls()
    return cls


@lru_cache(maxsize=1)
def load() -> dict[str, Kind]:
    """Import every module of this package; returns the registry they filled."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY


def active() -> dict[str, Kind]:
    """Span kind -> its kind, for the kinds some component of the pipeline assigns."""
    assigned = by_kind(components())
    return {span: k for span, k in load().items() if span in assigned}


def styles() -> dict[str, Style]:
    """Class local name -> its style, for every registered kind that has one."""
    return {k.style.cls: k.style for k in load().values() if k.style is not None}


def writer(art: Article) -> GraphWriter:
    """The article's writer, over the kinds of this pipeline."""
    return GraphWriter(art, active())


def counts(art: Article) -> dict[str, int]:
    """Entities per class for the build's summary."""
    return {k.style.plural: k.count(art) for k in active().values() if k.style is not None}
