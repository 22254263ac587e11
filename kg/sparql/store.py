"""The embedded store: an Oxigraph database under the output folder.

Queries open this store instead of re-parsing Turtle; the ontology is loaded beside the
data so that `rdf:type/rdfs:subClassOf*` queries work.  The store is built in a
staged folder and swapped in with the build's other outputs, so a killed build leaves
the previous store whole.
"""
from __future__ import annotations

import shutil
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.resources import folder


STORE_DIR = "store"
ONTOLOGY_DIR = folder("ontology")
SLICE_LINES = 100_000
IN_FLIGHT = 3


def ontology_files() -> list[Path]:
    return sorted(ONTOLOGY_DIR.glob("*.ttl"))


class StoreLoader:
    """Fills a store with N-Triples in slices of about SLICE_LINES lines.

    The build feeds it the union of the articles' triples as the merge produces it, sorted
    and without repeats (a third fewer triples than the articles' own files hold, and
    sorted input loads faster).  Slices, not one load: Oxigraph's bulk loader holds what it
    loads (2.6M triples at once peak at 1.5 GiB).  With `background`, a slice loads in a
    thread while the next ones are gathered (the loader is Rust and releases the GIL); at
    most IN_FLIGHT slices wait, so memory stays bounded whatever the merge's pace."""

    def __init__(self, folder: Path, background: bool = False, derive=None):
        self.store = ox.Store(str(folder))
        self.derive = derive              # store -> whole-graph triples added once all is loaded
        self.derived: list[ox.Triple] = []
        self.pending: list[bytes] = []
        self.lines = 0
        self.pool = ThreadPoolExecutor(max_workers=1) if background else None
        self.loading: deque[Future] = deque()

    def add(self, ntriples: bytes) -> None:
        self.pending.append(ntriples)
        self.lines += ntriples.count(b"\n")
        if self.lines >= SLICE_LINES:
            self._load()

    def _load(self) -> None:
        data, self.pending, self.lines = b"".join(self.pending), [], 0
        if not data:
            return
        if self.pool is None:
            self.store.bulk_load(data, ox.RdfFormat.N_TRIPLES)
            return
        self._wait(IN_FLIGHT - 1)
        self.loading.append(self.pool.submit(self.store.bulk_load, data, ox.RdfFormat.N_TRIPLES))

    def _wait(self, most: int = 0) -> None:
        """Until at most `most` slices are queued; a failed load raises here."""
        while len(self.loading) > most:
            self.loading.popleft().result()

    def finish(self) -> None:
        self._load()
        self._wait()
        if self.derive is not None:
            self.derived = self.derive(self.store)
            self.store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in self.derived)
        for f in ontology_files():
            if f.name != "shapes.ttl":
                self.store.bulk_load(f.read_bytes(), ox.RdfFormat.TURTLE)
        self.store.flush()
        self.close()

    def close(self) -> None:
        """Stop the loader thread and close the database before its folder is swapped in."""
        if self.pool is not None:
            self.pool.shutdown(wait=True)
        self.__dict__.pop("store", None)


@contextmanager
def store_loader(folder: Path, background: bool = False, derive=None):
    """A StoreLoader on a fresh store in `folder`, finished when the block succeeds and
    removed when it fails (the build stages the folder and swaps it in with its other
    outputs: kg/atomic.py's Swap)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    loader = StoreLoader(folder, background, derive)
    try:
        yield loader
        loader.finish()
    except BaseException:
        loader.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    finally:
        loader.close()


def open_store(out: Path, read_only: bool = True) -> ox.Store:
    path = out / STORE_DIR
    if not path.exists():
        raise FileNotFoundError(f"no store at {path}: run `kg build` first")
    return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
