"""Freed memory handed back to the system, where glibc would keep it.

Loading the model (its bytes read, then edited) and the villages table (decompressed,
then indexed) frees tens of megabytes of temporary objects just before a build's pool
forks; glibc keeps such pages in the process's heap, so the parent and every worker
would carry them.  `malloc_trim` gives them back (the model: 159 -> 99 MiB resident).
Outside glibc this is a no-op.
"""
from __future__ import annotations


def give_back() -> None:
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
