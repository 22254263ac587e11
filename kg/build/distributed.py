"""The build's map on a dask.distributed cluster.

`kg build --dask local` starts a LocalCluster on this machine; `--dask tcp://host:8786`
uses a running scheduler (start one with `dask scheduler`, and `dask worker tcp://host:8786`
on each machine, each with cadre-kg installed).  Remote workers send each article's
triples back to the client, which writes the cache, so they need no shared file system;
the workers of a local cluster write their entries themselves, as the process pool's do.
Deterministic IRIs make the result identical to a local build.

Three things keep the cluster's overhead small: a worker plugin loads the dictionaries,
the gazetteer and the matchers once when the worker starts (not in its first task); a
local cluster's workers are forked from the client once it has loaded them (as the
process pool's workers are), so they start warm and share those pages instead of each
spawning a fresh interpreter that loads its own copy; and a task reads a batch of files,
so the scheduler handles a few hundred tasks, not one per article.
"""
from __future__ import annotations

from pathlib import Path

BATCHES_PER_WORKER = 8         # enough to balance uneven files, few enough to cost nothing
MAX_BATCH = 64


def batches(paths: list[str], workers: int) -> list[list[str]]:
    """`paths` cut into consecutive batches, about BATCHES_PER_WORKER per worker.

    >>> [len(b) for b in batches([str(i) for i in range(10)], 1)]
    [2, 2, 2, 2, 2]
    """
    size = max(1, min(MAX_BATCH, -(-len(paths) // max(1, workers * BATCHES_PER_WORKER))))
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def extract_batch(paths: list[str], exclude_names: tuple, cache_dir: str | None = None) -> list[dict]:
    """What `extract_many` gives for each file of the batch, in order.  With `cache_dir` (a
    cluster on this machine, which shares its disk) the worker writes each entry itself
    and sends back only its metadata; otherwise the triples travel to the client."""
    from kg.build.pipeline import extract_many

    if cache_dir is not None:
        return extract_many(paths, cache_dir, False, exclude_names)
    return extract_many(paths, None, True, exclude_names)


def warm_plugin():
    """A WorkerPlugin (made here: dask is imported only for `--dask`) that warms a
    worker up as it starts."""
    from dask.distributed import WorkerPlugin

    class WarmUp(WorkerPlugin):
        name = "cadre-kg-warm-up"

        def setup(self, worker) -> None:
            from kg.build.pipeline import warm_up

            warm_up()

    return WarmUp()


def dask_map(paths: list[str], address: str, cache_dir: Path | None):
    """Each file's metadata in the order of `paths` (the build keeps the first copy of a
    duplicated article, so order matters); the cluster computes the batches in any order.
    The build sends only the files its cache does not hold (kg.build.build.run_map)."""
    import dask
    from dask.distributed import Client, LocalCluster

    from kg.build.cache import Cache
    from kg.components import excluded

    cluster = None
    if address == "local":                  # workers forked from a warm client, as the process pool's are
        from kg.build.pipeline import warm_up

        warm_up()
        with dask.config.set({"distributed.worker.multiprocessing-method": "fork"}):
            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster or address)
    cache = Cache(cache_dir) if cache_dir else None
    try:
        client.register_plugin(warm_plugin())
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        off = tuple(sorted(excluded()))
        shared = str(cache_dir) if cluster is not None and cache_dir else None     # local workers write it
        todo = [client.submit(extract_batch, batch, off, shared, pure=False) for batch in batches(paths, workers)]
        for i, item in enumerate(todo):
            todo[i] = None                       # let the cluster forget a result once used
            for meta in item.result():
                if "lines" in meta:
                    lines, record = meta.pop("lines"), meta.pop("reading", None)
                    if cache is not None and not meta.get("error"):
                        cache.put(meta["key"], lines, {k: v for k, v in meta.items() if k != "path"}, record)
                yield meta
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
