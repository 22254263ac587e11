"""Where the ontology and the saved queries are, installed or in the source tree.

They live in the package (`kg/ontology`, `kg/queries`), because `pip install .` copies
only packages; the repository's root has links to them (`ontology/`, `queries/`), where
users look for them.  Code asks here instead of walking up from its own file, which
worked only in a checkout.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def folder(name: str) -> Path:
    """`ontology` or `queries`: the installed copy, else the checkout's.

    >>> folder("ontology").joinpath("cadre.ttl").is_file()
    True
    """
    for candidate in (PACKAGE / name, PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cadre-kg is installed without its {name}/ folder; reinstall it (pip install .)")
