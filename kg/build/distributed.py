"""The build's map on a dask.distributed cluster.

`kg build --dask local` starts a LocalCluster on this machine; `--dask tcp://host:8786`
uses a running scheduler (start one with `dask scheduler`, and `dask worker tcp://host:8786`
on each machine, each with cadre-kg installed).  Workers send each article's triples
back to the client, which writes the cache, so workers need no shared file system.
Deterministic IRIs make the result identical to a local build.
"""
from __future__ import annotations

from pathlib import Path


def dask_map(paths: list[str], address: str, cache_dir: Path | None):
    """Each file's metadata in the order of `paths` (the build keeps the first copy of a
    duplicated article, so order matters); the cluster computes them in any order.  The
    build sends only the files its cache does not hold (kg.build.build.run_map)."""
    from dask.distributed import Client, LocalCluster

    from kg.build.cache import Cache
    from kg.build.pipeline import extract
    from kg.components import excluded

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) \
        if address == "local" else None
    client = Client(cluster or address)
    cache = Cache(cache_dir) if cache_dir else None
    try:
        off = tuple(sorted(excluded()))
        todo = [client.submit(extract, p, None, True, off, pure=False) for p in paths]
        for i, item in enumerate(todo):
            todo[i] = None                       # let the cluster forget a result once used
            meta = item.result()
            lines, record = meta.pop("lines", []), meta.pop("reading", None)
            if cache is not None and not meta.get("error"):
                cache.put(meta["key"], lines, {k: v for k, v in meta.items() if k != "path"}, record)
            yield meta
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

