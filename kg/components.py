"""Recognizers as components: each declares what it requires and assigns, and writes
its own triples.  The pipeline is ordered from those declarations, not by hand.

A component is a class with

* `name`: how it is registered and named in errors and tests;
* `requires` / `assigns`: span kinds ("place", "org", …) or span attributes written by
  another component ("figure.subject"); the pipeline puts a component after every
  component that assigns what it requires, and a requirement nobody assigns is an error
  at start-up, not an empty list at run time;
* `__call__(art)`: finds its spans and adds them to the article;
* `write(art, g)`: its triples, through the graph writer `g` (kg.graph);
* `node(span, g)`: the IRI of one of its spans, for kinds other components point at
  (a post points at its body and place);
* `style`: for a kind with a class of its own, the class IRI's local name, legend label,
  colour and shape, which the view and the build summary read from here.

Adding a kind of entity is one module under `kg/recognize/` that registers a component
(`@register`), plus its terms in `ontology/cadre.ttl` and a shape in
`ontology/shapes.ttl`.  Modules under `kg/recognize/` are found by `kg.recognize.load()`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Iterable

if TYPE_CHECKING:
    from kg.article import Article, Span


class PipelineError(Exception):
    """Components that cannot be put in an order: a missing requirement or a cycle."""


@dataclass(frozen=True)
class Style:
    cls: str            # local name of the class in the ontology (ck:Person)
    label: str          # legend label, Chinese and English
    colour: str
    shape: str          # vis-network shape
    plural: str         # the build summary's word for the count


class Component:
    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ()
    style: ClassVar[Style | None] = None
    counts: ClassVar[str | None] = None      # the span kind the build summary counts

    def __call__(self, art: "Article") -> "Article":
        raise NotImplementedError

    def write(self, art: "Article", g) -> None:
        """Triples of this component's spans; most components have some."""

    def node(self, span: "Span", g):
        raise PipelineError(f"{self.name} has no nodes for other components to point at ({span.kind})")

    def count(self, art: "Article") -> int:
        return len(art.of(self.counts)) if self.counts else 0


REGISTRY: dict[str, Component] = {}


def register(cls: type[Component]) -> type[Component]:
    """Class decorator: one instance per process, registered under its name."""
    if not cls.name:
        raise PipelineError(f"{cls.__name__} has no name")
    if cls.name in REGISTRY and type(REGISTRY[cls.name]) is not cls:
        raise PipelineError(f"two components are named {cls.name!r}")
    REGISTRY[cls.name] = cls()
    return cls


def ordered(components: Iterable[Component]) -> list[Component]:
    """Every component after the ones that assign what it requires ("organizations"
    requires "place", so it runs after "places"); the registry's order breaks ties, so
    the order is the same in every process."""
    todo = list(components)
    providers: dict[str, list[str]] = {}
    for c in todo:
        for kind in c.assigns:
            providers.setdefault(kind, []).append(c.name)
    for c in todo:
        missing = [k for k in c.requires if k not in providers]
        if missing:
            known = ", ".join(sorted(providers)) or "nothing"
            raise PipelineError(f"component {c.name!r} requires {', '.join(missing)}, which no component "
                                f"in the pipeline assigns (assigned: {known})")
    done: list[Component] = []
    names: set[str] = set()
    while todo:
        ready = [c for c in todo if all(p in names or p == c.name for k in c.requires for p in providers[k])]
        if not ready:
            raise PipelineError("components require each other in a cycle: " + ", ".join(c.name for c in todo))
        done.append(ready[0])
        names.add(ready[0].name)
        todo.remove(ready[0])
    return done


def by_kind(components: Iterable[Component]) -> dict[str, Component]:
    """The component whose nodes a span kind points at: the first that assigns the kind."""
    out: dict[str, Component] = {}
    for c in components:
        for kind in c.assigns:
            out.setdefault(kind, c)
    return out
