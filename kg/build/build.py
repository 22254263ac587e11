"""`kg build`: map files to per-article triples, union them, write every output.

The map runs on a local process pool or a dask.distributed cluster; each article's
triples go to a content-keyed cache (kg.build.cache), so rebuilds only re-read what changed
and the union is a streaming merge whose memory does not grow with the corpus.  Results
come back in corpus order whatever ran them, so the build is the same on any engine.
After the map, the merge's union feeds both graph.ttl and the store; with more than one
job the store loads in a thread meanwhile (Oxigraph's loader runs without the GIL).
Outputs (graph.ttl, the store, graph.html) are each written atomically, and a lock file
keeps two builds from writing into one folder at once.
"""
from __future__ import annotations

import errno
import fcntl
import os
import sys
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from kg.atomic import Swap, recover
from kg.build.cache import Cache
from kg.build.pipeline import cached, extract_many, warm_up
from kg.build.outputs import EntityCounter, mark_built, tee, unchanged, view_rank, write_log, write_turtle
from kg.build.records import ARTICLES_DIR, write_records
from kg.graph.derived import as_ntriples, derived_triples
from kg.read.containers import expand
from kg.read.files import iter_files
from kg.search.index import INDEX, write_index
from kg.sparql.store import STORE_DIR, store_loader

CHUNK = 8          # articles enriched together: the model's calls fill up (kg.build.pipeline.enrich_all)

class BuildError(Exception):
    """A build that cannot run at all (no input, output folder locked)."""


@dataclass
class Summary:
    read: int = 0
    cached: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)   # (file, the earlier file kept)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    triples: int = 0
    outputs: dict = field(default_factory=dict)
    view_note: str = ""
    articles: dict[str, str] = field(default_factory=dict, repr=False)   # article IRI -> first file
    traces: list[tuple[str, str]] = field(default_factory=list, repr=False)
    log: Path | None = None
    signature: str = ""                 # what the outputs were built from (kg.build.outputs.unchanged)

    def add(self, m: dict) -> bool:
        """Count one file's result; True when its triples belong in the graph.  Files come
        in corpus order, so of two copies of one article the first one is kept."""
        if m.get("error"):
            self.skipped.append((m["path"], m["error"]))
            if m.get("trace"):
                self.traces.append((m["path"], m["trace"]))
            return False
        self.warnings += [(m["path"], w) for w in m.get("warnings", [])]
        if m["article"] in self.articles:
            self.duplicates.append((m["path"], self.articles[m["article"]]))
            return False
        self.articles[m["article"]] = m["path"]
        self.read += 1
        self.cached += bool(m.get("cached"))
        self.entities.update(m.get("counts", {}))
        return True


@contextmanager
def locked(out: Path):
    out.mkdir(parents=True, exist_ok=True)
    fh = open(out / ".kg-build.lock", "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        raise BuildError(f"another build is writing into {out}; wait for it to finish")
    recover(out)              # a build killed while swapping its outputs in: finish the swap
    clean_leftovers(out)
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def run_map(files: list[Path], jobs: int, progress: bool, cache_dir: Path | None = None, dask: str | None = None):
    """Each file's cache metadata, in the order of `files` whatever ran them.  Files the
    cache holds are answered here; only the others go to the workers (an unchanged
    corpus starts no pool at all)."""
    paths = [str(p) for p in files]
    cache = str(cache_dir) if cache_dir else None
    known = Cache(cache_dir) if cache_dir else None
    hits = {p: hit for p in paths if (hit := cached(p, known)) is not None}
    todo = [p for p in paths if p not in hits]
    if not todo:
        misses = iter(())
    elif dask:
        from kg.build.distributed import dask_map

        misses = dask_map(todo, dask, cache_dir)
    elif jobs <= 1 or len(todo) < 2:
        misses = (meta for i in range(0, len(todo), CHUNK) for meta in extract_many(todo[i:i + CHUNK], cache))
    else:
        misses = _pool_map(todo, cache, jobs)
    metas = (hits[p] if p in hits else next(misses) for p in paths)     # workers keep the order of `todo`
    yield from tqdm(metas, total=len(paths), desc="articles", unit="file", disable=not progress, file=sys.stderr)


LEFTOVERS = (".merge*", ".view-rank.*", ".store.*", ".search.sqlite.*", f".{ARTICLES_DIR}.*", ".graph.nt.tmp", ".graph.ttl.*", ".graph.html.*", ".tmp*",
             "..*")        # temporary names of staged outputs (..graph.ttl.new.tmp)


def clean_leftovers(out: Path) -> None:
    """Temporary files and folders of a build that was killed: only a build that holds the
    lock runs this, so none of them belongs to a running build."""
    import shutil

    for pattern in LEFTOVERS:
        for path in out.glob(pattern):
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)


def _worker_init() -> None:
    """Linux: a worker is killed when the build that forked it dies, even by SIGKILL, so no
    orphan keeps working (or keeps the folder's lock, which it inherited) after it."""
    import ctypes
    import signal

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)      # PR_SET_PDEATHSIG
    except OSError:
        pass
    if os.getppid() == 1:               # the parent died before prctl took effect
        os._exit(1)


def _pool_map(paths: list[str], cache: str | None, jobs: int):
    """A window of chunks in flight, not the whole corpus submitted at once: the pool's
    bookkeeping stays the same size for 1,000 articles or 1,000,000."""
    warm_up()
    size = max(1, min(CHUNK, len(paths) // (jobs * 8)))      # small chunks: no idle worker at the end
    window: deque = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_fork_context(), initializer=_worker_init) as pool:
        for i in range(0, len(paths), size):
            window.append(pool.submit(_extract_chunk, paths[i:i + size], cache))
            if len(window) >= jobs * 8:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _extract_chunk(paths: list[str], cache: str | None) -> list[dict]:
    return extract_many(paths, cache)


def _fork_context():
    """Fork where the platform has it: workers inherit the warmed-up dictionaries."""
    import multiprocessing as mp

    return mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None


def build(inputs: list[Path], out: Path, jobs: int | None = None, progress: bool = True,
          dask: str | None = None, view: bool = True, exclude: tuple[str, ...] = (), columns: str = "") -> Summary:
    """`exclude` switches components off (PipelineError, before anything is read, when
    others need them); `columns` names the columns of table corpora ("text=正文,date=时间";
    ValueError when malformed)."""
    from kg.components import exclude as switch_off, excluded
    from kg.read.containers import COLUMNS_ENV, parse_columns

    parse_columns(columns)
    before, before_columns = excluded(), os.environ.get(COLUMNS_ENV)
    switch_off(exclude)
    os.environ[COLUMNS_ENV] = columns          # forked and spawned workers see it too
    try:
        return _build(inputs, out, jobs, progress, dask, view)
    finally:
        switch_off(before)               # the process's own setting again (tests, a library user)
        os.environ.pop(COLUMNS_ENV) if before_columns is None else os.environ.update({COLUMNS_ENV: before_columns})


def _build(inputs: list[Path], out: Path, jobs: int | None, progress: bool, dask: str | None, view: bool) -> Summary:
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise BuildError(f"input not found: {', '.join(missing)}")
    files, unread = iter_files(inputs, outside=out)    # never our own outputs
    files = expand(files, unread)                       # a table's rows, an archive's pages
    if not files:
        reasons = "".join(f"; {p}: {why}" for p, why in unread)
        raise BuildError(f"no files to read under {', '.join(map(str, inputs))}{reasons}")
    summary = Summary(skipped=list(unread))
    jobs = max(1, min(jobs or os.cpu_count() or 1, 64))
    try:
        return _build_into(out, files, summary, jobs, progress, dask, view)
    except OSError as exc:           # the output side: inputs' errors are each file's own reason
        raise BuildError(output_error(out, exc)) from None


def output_error(out: Path, exc: OSError) -> str:
    """One line for a failure to write the outputs; the previous outputs are untouched
    because nothing is swapped in before every output is complete.

    >>> output_error(Path("out"), OSError(28, "No space left on device", "out/.merge1"))
    'no space left on the device of out (writing out/.merge1); the previous outputs are kept'
    """
    where = f" (writing {exc.filename})" if exc.filename else ""
    if exc.errno == errno.ENOSPC:
        return f"no space left on the device of {out}{where}; the previous outputs are kept"
    if exc.errno in (errno.EEXIST, errno.ENOTDIR) and not out.is_dir():
        return f"{out} is not a folder: a file of that name is in the way"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write into {out}: {exc.strerror}{where}"
    if exc.errno == errno.ENOENT:
        return (f"a file of the build vanished while it ran{where}: was {out} or its .cache changed "
                f"meanwhile? The previous outputs are kept; run the build again")
    return f"cannot write the outputs in {out}: {exc.strerror or exc}{where}"


def _build_into(out: Path, files: list[Path], summary: Summary, jobs: int, progress: bool,
                dask: str | None, view: bool) -> Summary:
    with locked(out):
        cache = Cache(out / ".cache")
        kept, metas = [], []
        for m in run_map(files, jobs, progress, cache.folder, dask):
            kept += [(m["key"], m["article"])] if summary.add(m) else []
            metas += [] if m.get("error") else [m]
        if not kept:
            raise BuildError(nothing_read(out, summary))
        keep = [key for key, _ in kept]
        keys = {m["key"] for m in metas}               # a second copy of an article stays cached too
        if not (all(m.get("cached") for m in metas) and keys == set(cache.index())):
            cache.prune(keys)                          # (an unchanged corpus: its index and entries are these)
            cache.write_index(metas)
        summary.log = write_log(out, summary.traces)
        if unchanged(out, keep, view, summary):
            return summary
        parts = [cache.paths(k)[0] for k in keep]
        swap = Swap(out)                # graph.ttl, store and graph.html replace the old ones together
        rank = view_rank(out) if view else None
        with ThreadPoolExecutor(max_workers=1) as side:      # the reader's records and the search index
            reader = side.submit(_write_reader, cache, kept, swap, out) if jobs > 1 else None   # (SQLite: no GIL)
            with store_loader(swap.staged(STORE_DIR), background=jobs > 1, derive=derived_triples) as store:  # fed by the merge
                counter = EntityCounter(store.add if rank is None else tee(store.add, rank))
                summary.triples = write_turtle(out, parts, counter, swap.staged("graph.ttl"))
            with open(swap.staged("graph.ttl"), "ab") as turtle:              # the counts of the whole graph
                turtle.write(as_ntriples(store.derived))
            summary.triples += len(store.derived)
            summary.entities = counter.counts
            summary.outputs = {"turtle": out / "graph.ttl", "store": out / STORE_DIR}
            if reader is not None:
                reader.result()               # its error, if any, is the build's
            else:
                _write_reader(cache, kept, swap, out)
        summary.outputs.update({"articles": out / ARTICLES_DIR, "search": out / INDEX})
        if view:
            from kg.export.view import write_view     # pyvis, networkx, rdflib: only when drawing

            summary.view_note = write_view(swap.staged(STORE_DIR), swap.staged("graph.html"),
                                           f"cadre-kg · {summary.read} articles", ranked=rank)
            summary.outputs["html"] = out / "graph.html"
        swap.commit()
        if summary.signature:
            mark_built(out, summary.signature, summary.entities)
    return summary


def _write_reader(cache: Cache, kept: list[tuple[str, str]], swap: Swap, out: Path) -> None:
    """The articles' records and their search index, staged: with more than one job in a
    thread while the merge writes the graph, as they need nothing of it."""
    write_records(cache, kept, swap.staged(ARTICLES_DIR))
    write_index(swap.staged(ARTICLES_DIR), swap.staged(INDEX), previous=out / INDEX if (out / INDEX).is_file() else None)


def nothing_read(out: Path, summary: Summary) -> str:
    """One line for a build that read no article: nothing in `out` is touched (neither the
    outputs nor the cache), because an empty graph must never replace a good one.

    >>> nothing_read(Path("out"), Summary(skipped=[("a.csv", "unsupported file type")]))
    'no article could be read (1 file skipped; a.csv: unsupported file type); the outputs in out are kept'
    """
    first = f"; {summary.skipped[0][0]}: {summary.skipped[0][1]}" if summary.skipped else ""
    n = len(summary.skipped)
    return (f"no article could be read ({n} file{'s' if n != 1 else ''} skipped{first}); "
            f"the outputs in {out} are kept")
