"""Recognizer components: every module here that registers one is found by `load()`, so
adding a kind of entity needs no edit outside its own module (and the ontology).

A component can be switched off for a build (`kg build --exclude events`, as spaCy's
`exclude`): it is then not run at all.  A component others need is refused at start-up,
with the names of those that need it:

    >>> exclude(["events"]); [c.name for c in components()].count("events")
    0
    >>> exclude(["places"])
    Traceback (most recent call last):
    ...
    kg.components.PipelineError: cannot exclude places: events, link, name_lists, organizations, persons, programs need what it assigns (place); exclude them too
    >>> exclude([])
"""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from typing import Iterable

_excluded: frozenset = frozenset()


@lru_cache(maxsize=1)
def load() -> dict:
    """Import every module of this package; returns the registry they filled."""
    from kg.components import REGISTRY

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY


@lru_cache(maxsize=1)
def components() -> tuple:
    """Every registered component not excluded, in an order that satisfies their
    requirements; a requirement that no component assigns fails here, at start-up."""
    from kg.components import ordered

    return tuple(ordered(c for c in load().values() if c.name not in _excluded))


def excluded() -> frozenset:
    return _excluded


def exclude(names: Iterable[str]) -> None:
    """Switch components off in this process (workers forked later inherit it)."""
    from kg.components import PipelineError

    global _excluded
    names = frozenset(names)
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
