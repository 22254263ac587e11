"""`kg build`: map files to per-article triples, union them, write every output.

Outputs (graph.ttl, graph.html, the store) are each written atomically, and a lock file
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

from tqdm import tqdm

from kg.export.html import write_html
from rdflib import Graph

from kg.atomic import atomic_write
from kg.export.turtle import turtle_from_lines
from kg.pipeline import FileResult, merged_lines, process_file
from kg.read.files import iter_files
from kg.store import write_store


class BuildError(Exception):
    """A build that cannot run at all (no input, output folder locked)."""


@dataclass
class Summary:
    read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    triples: int = 0
    outputs: dict = field(default_factory=dict)


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


def run_map(files: list[Path], jobs: int, progress: bool) -> list[FileResult]:
    paths = [str(p) for p in files]
    bar = tqdm(total=len(paths), desc="articles", unit="file", disable=not progress, file=sys.stderr)
    results = []
    if jobs <= 1 or len(paths) < 2:
        for p in paths:
            results.append(process_file(p))
            bar.update()
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for r in pool.map(process_file, paths, chunksize=max(1, len(paths) // (jobs * 8) or 1)):
                results.append(r)
                bar.update()
    bar.close()
    return results


def build(inputs: list[Path], out: Path, jobs: int | None = None, progress: bool = True) -> Summary:
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise BuildError(f"input not found: {', '.join(missing)}")
    files = iter_files(inputs)
    if not files:
        raise BuildError(f"no files to read under {', '.join(map(str, inputs))}")
    with locked(out):
        results = run_map(files, jobs or os.cpu_count() or 1, progress)
        summary = summarize(results)
        lines = merged_lines([r for r in results if not r.error and r.path not in summary.duplicates])
        summary.triples = len(lines)
        nt = "\n".join(lines).encode("utf-8")
        atomic_write(out / "graph.ttl", turtle_from_lines(lines))
        store = write_store(nt, out)
        graph = Graph().parse(data=nt, format="nt")
        write_html(graph, out / "graph.html", title=f"cadre-kg · {summary.read} articles")
        summary.outputs = {"turtle": out / "graph.ttl", "html": out / "graph.html", "store": store}
    return summary


def summarize(results: list[FileResult]) -> Summary:
    s = Summary()
    seen: dict[str, str] = {}
    for r in results:
        if r.error:
            s.skipped.append((r.path, r.error))
            continue
        s.warnings += [(r.path, w) for w in r.warnings]
        if r.article_key in seen:
            s.duplicates.append(r.path)
            continue
        seen[r.article_key] = r.path
        s.read += 1
        s.entities.update(r.counts)
    return s
