"""Recognizer components: every module here that registers one is found by `load()`, so
adding a kind of entity needs no edit outside its own module (and the ontology)."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache


@lru_cache(maxsize=1)
def load() -> dict:
    """Import every module of this package; returns the registry they filled."""
    from kg.components import REGISTRY

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        importlib.import_module(f"{__name__}.{info.name}")
    return REGISTRY


@lru_cache(maxsize=1)
def components() -> tuple:
    """Every registered component, in an order that satisfies their requirements; a
    requirement that no component assigns fails here, at start-up."""
    from kg.components import ordered

    return tuple(ordered(load().values()))
