"""Where the ontology and the saved queries are, installed or in the source tree.

They live in the package (`kg/ontology`, `kg/queries`), because `pip install .` copies
only packages; the repository's root has links to them (`ontology/`, `queries/`), where
users look for them.  Code asks here instead of walking up from its own file, which
worked only in a checkout.

The process's own resource, memory, is here too: `give_back` hands freed pages back
to the system where glibc would keep them.
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


def give_back() -> None:
    """Loading the model (its bytes read, then edited) and the villages table
    (decompressed, then indexed) frees tens of megabytes just before a build's pool
    forks; glibc keeps such pages in the heap, so the parent and every worker would
    carry them.  `malloc_trim` gives them back (the model: 159 -> 99 MiB resident).
    Outside glibc a no-op."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
