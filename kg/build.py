"""`kg build`: map files to per-article triples, union them, write every output.

The map runs on a local process pool or a dask.distributed cluster; each article's
triples go to a content-keyed cache (kg.cache), so rebuilds only re-read what changed
and the union is a streaming merge whose memory does not grow with the corpus.
Outputs (graph.ttl, the store, graph.html) are each written atomically, and a lock file
keeps two builds from writing into one folder at once.
"""
from __future__ import annotations

import fcntl
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from tqdm import tqdm

from kg.cache import Cache, file_key, merge_sorted
from kg.export.turtle import PREFIXES
from kg.pipeline import process_file, warm_up
from kg.read.files import iter_files
from kg.store import write_store


class BuildError(Exception):
    """A build that cannot run at all (no input, output folder locked)."""


@dataclass
class Summary:
    read: int = 0
    cached: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    triples: int = 0
    outputs: dict = field(default_factory=dict)
    view_note: str = ""


@contextmanager
def locked(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / ".kg-build.lock", "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        raise BuildError(f"another build is writing into {out}; wait for it to finish")
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def extract(path: str, cache_dir: str | None, with_lines: bool = False) -> dict:
    """One file to its cache entry; returns the entry's metadata (and lines for dask)."""
    try:
        key = file_key(Path(path))
    except OSError as exc:
        return {"path": path, "error": f"cannot read: {exc.strerror}"}
    cache = Cache(Path(cache_dir)) if cache_dir else None
    hit = cache.get(key) if cache else None
    if hit is not None:
        return {**hit, "path": path, "key": key, "cached": True}
    r = process_file(path)
    meta = {"path": path, "key": key, "error": r.error, "warnings": r.warnings, "counts": r.counts,
            "article": r.article_key, "cached": False}
    if r.error is None and cache is not None:
        cache.put(key, r.lines, meta)
    return {**meta, "lines": r.lines} if with_lines else meta


def run_map(files: list[Path], jobs: int, progress: bool, cache_dir: Path | None = None, dask: str | None = None) -> list[dict]:
    paths = [str(p) for p in files]
    bar = tqdm(total=len(paths), desc="articles", unit="file", disable=not progress, file=sys.stderr)
    results: list[dict] = []
    cache = str(cache_dir) if cache_dir else None
    if dask:
        from kg.distributed import dask_map

        for meta in dask_map(paths, dask, cache_dir):
            results.append(meta)
            bar.update()
    elif jobs <= 1 or len(paths) < 2:
        for p in paths:
            results.append(extract(p, cache))
            bar.update()
    else:
        warm_up()
        with ProcessPoolExecutor(max_workers=jobs, mp_context=_fork_context()) as pool:
            chunk = max(1, min(4, len(paths) // (jobs * 8)))     # small chunks: no idle worker at the end
            for meta in pool.map(extract, paths, [cache] * len(paths), chunksize=chunk):
                results.append(meta)
                bar.update()
    bar.close()
    return results


def _fork_context():
    """Fork where the platform has it: workers inherit the warmed-up dictionaries."""
    import multiprocessing as mp

    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None


def build(inputs: list[Path], out: Path, jobs: int | None = None, progress: bool = True,
          dask: str | None = None, view: bool = True) -> Summary:
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise BuildError(f"input not found: {', '.join(missing)}")
    files = iter_files(inputs)
    if not files:
        raise BuildError(f"no files to read under {', '.join(map(str, inputs))}")
    with locked(out):
        cache = Cache(out / ".cache")
        metas = run_map(files, jobs or os.cpu_count() or 1, progress, cache.folder, dask)
        summary = summarize(metas)
        keep = [m for m in metas if not m.get("error") and m["path"] not in summary.duplicates]
        cache.prune({m["key"] for m in keep})
        write_outputs(out, [cache.paths(m["key"])[0] for m in keep], summary, view)
    return summary


def write_outputs(out: Path, parts: list[Path], summary: Summary, view: bool) -> None:
    nt = out / ".graph.nt.tmp"
    try:
        summary.triples = merge_sorted(parts, nt)
        write_turtle_file(nt, out / "graph.ttl")
        store = write_store(nt, out)
        summary.outputs = {"turtle": out / "graph.ttl", "store": store}
        if view:
            from kg.export.view import write_view     # pyvis, networkx, rdflib: only when drawing

            summary.view_note = write_view(store, out / "graph.html", f"cadre-kg · {summary.read} articles")
            summary.outputs["html"] = out / "graph.html"
    finally:
        nt.unlink(missing_ok=True)


def write_turtle_file(nt: Path, target: Path) -> None:
    """Sorted N-Triples to Turtle, streamed file to file, then renamed into place."""
    tmp = target.with_name(f".{target.name}.tmp")
    try:
        ox.serialize(ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES), output=str(tmp),
                     format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def summarize(metas: list[dict]) -> Summary:
    s = Summary()
    seen: dict[str, str] = {}
    for m in metas:
        if m.get("error"):
            s.skipped.append((m["path"], m["error"]))
            continue
        s.warnings += [(m["path"], w) for w in m.get("warnings", [])]
        if m["article"] in seen:
            s.duplicates.append(m["path"])
            continue
        seen[m["article"]] = m["path"]
        s.read += 1
        s.cached += bool(m.get("cached"))
        s.entities.update(m.get("counts", {}))
    return s
