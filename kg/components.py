"""Recognizers as components: each declares what it requires and assigns, and only finds:
it reads and assigns spans on the Article.  The pipeline is ordered from those
declarations, not by hand.  What spans become (triples, nodes, classes, styles) is
decided in one place, the registry of kinds (kg.kinds).

A component is a class with

* `name`: how it is registered and named in errors and tests;
* `requires` / `assigns`: span kinds ("place", "org", …) or span attributes written by
  another component ("figure.subject"); the pipeline puts a component after every
  component that assigns what it requires, and a requirement nobody assigns is an error
  at start-up, not an empty list at run time;
* `__call__(art)`: finds its spans and adds them to the article;
* `pipe(arts)`, optional: the same over several articles at once.

Adding a kind of entity is one module under `kg/recognize/` that registers a component
(`@register`), one under `kg/kinds/` that says what its spans become, its terms in
`ontology/cadre.ttl` and a shape in `ontology/shapes.ttl` (`make context` regenerates the
JSON-LD context).  Modules under `kg/recognize/` and `kg/link/` are found by `load()`.

A component can be switched off for a build (`kg build --exclude events`, as spaCy's
`exclude`): it is then not run at all.  A component others need is refused at start-up,
with the names of those that need it:

    >>> exclude(["events"]); [c.name for c in components()].count("events")
    0
    >>> exclude(["places"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.components.PipelineError: cannot exclude places: events, link, ..., persons, programs, ... need what it assigns (place); exclude them too
    >>> exclude([])
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from graphlib import CycleError, TopologicalSorter
from typing import TYPE_CHECKING, ClassVar, Iterable

if TYPE_CHECKING:
    from kg.article import Article


class PipelineError(Exception):
    """Components that cannot be put in an order: a missing requirement or a cycle."""


class Component:
    name: ClassVar[str] = ""
    requires: ClassVar[tuple[str, ...]] = ()
    uses: ClassVar[tuple[str, ...]] = ()     # read when some component assigns them (the model's candidates)
    assigns: ClassVar[tuple[str, ...]] = ()

    def __call__(self, art: "Article") -> "Article":
        raise NotImplementedError

    def pipe(self, arts: list["Article"]) -> list["Article"]:
        """Several articles at once (spaCy's `pipe`): one by one, unless a component can
        do better together (the statistical model batches sentences across them)."""
        return [self(art) for art in arts]


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
    requires "place", so it runs after "places"); among those ready together the stage
    and module name decide (`_canonical`), so the order is the same in every process."""
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
    rank = {c.name: _canonical(c, i) for i, c in enumerate(todo)}
    by_name = {c.name: c for c in todo}
    graph = TopologicalSorter({c.name: {p for k in tuple(c.requires) + tuple(k for k in c.uses if k in providers)
                                        for p in providers[k] if p != c.name} for c in todo})
    try:
        graph.prepare()
    except CycleError as exc:
        raise PipelineError("components require each other in a cycle: " + ", ".join(exc.args[1])) from None
    done, pool = [], set()
    while graph.is_active():
        pool |= set(graph.get_ready())
        pick = min(pool, key=rank.__getitem__)         # one at a time, the registry's order first
        pool.discard(pick)
        done.append(by_name[pick])
        graph.done(pick)
    return done


def _canonical(c: Component, registered: int) -> tuple:
    """A component's place among equals: its stage package, then its module's name, as
    `load` imports them, whatever module happened to import it first in this process (a
    test that imports a linker, a recognizer importing another's helpers); the order of
    registration only among components of one module."""
    module = type(c).__module__
    stage = next((k for k, pkg in enumerate(PACKAGES) if module.startswith(pkg + ".")), len(PACKAGES))
    return stage, module, registered


def by_kind(components: Iterable[Component]) -> dict[str, Component]:
    """The component that assigns each span kind (the first, in pipeline order)."""
    out: dict[str, Component] = {}
    for c in components:
        for kind in c.assigns:
            out.setdefault(kind, c)
    return out


# -- the pipeline's components: found in the stage packages, switched off on request --------
# Stage packages whose modules register components, in pipeline order: recognizers find
# spans in sentences, linkers tie them over the whole article.  They are imported by name
# (as a registry of plugins is): this module stays at the ground floor.
PACKAGES = ("kg.recognize", "kg.link")
_excluded: frozenset = frozenset()


@lru_cache(maxsize=1)
def load() -> dict:
    """Import every module of this package; returns the registry they filled."""
    for package in PACKAGES:
        pkg = importlib.import_module(package)
        for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
            importlib.import_module(f"{package}.{info.name}")
    return REGISTRY


@lru_cache(maxsize=1)
def components() -> tuple:
    """Every registered component not excluded, in an order that satisfies their
    requirements; a requirement that no component assigns fails here, at start-up."""
    return tuple(ordered(c for c in load().values() if c.name not in _excluded))


def excluded() -> frozenset:
    return _excluded


def exclude(names: Iterable[str]) -> None:
    """Switch components off in this process (workers forked later inherit it)."""
    global _excluded
    names = frozenset(names)
    if not names:                       # nothing to check: the components need not be imported
        _excluded = names
        components.cache_clear()
        return
    registry = load()
    unknown = sorted(names - set(registry))
    if unknown:
        raise PipelineError(f"no component named {unknown[0]!r}; the components are {', '.join(sorted(registry))}")
    kept = [c for c in registry.values() if c.name not in names]
    provided = {kind for c in kept for kind in c.assigns}
    needy = sorted(c.name for c in kept if any(k not in provided for k in c.requires))
    if needy:
        lost = sorted({k for c in kept for k in c.requires if k not in provided})
        raise PipelineError(f"cannot exclude {', '.join(sorted(names))}: {', '.join(needy)} "
                            f"need{'s' if len(needy) == 1 else ''} what it assigns ({', '.join(lost)}); exclude them too")
    _excluded = names
    components.cache_clear()


def with_dependants(names: Iterable[str]) -> frozenset:
    """The components named and every component that needs them, however indirectly."""
    registry = load()
    out = set(names)
    while True:
        lost = {k for c in registry.values() if c.name in out for k in c.assigns}
        kept_provides = {k for c in registry.values() if c.name not in out for k in c.assigns}
        more = {c.name for c in registry.values() if c.name not in out
                and any(k in lost and k not in kept_provides for k in c.requires)}
        if not more:
            return frozenset(out)
        out |= more
