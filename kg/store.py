"""The embedded store: an Oxigraph database under the output folder.

Queries open this store instead of re-parsing Turtle; the ontology is loaded beside the
data so that `rdf:type/rdfs:subClassOf*` queries work.  The store is built in a
temporary folder and swapped in, so a killed build leaves the previous store whole.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.atomic import atomic_folder

STORE_DIR = "store"
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SLICE_LINES = 200_000


def ontology_files() -> list[Path]:
    return sorted(ONTOLOGY_DIR.glob("*.ttl"))


class StoreLoader:
    """Fills a store with N-Triples in slices of about SLICE_LINES lines.

    The build feeds it each article's triples as the article is done, so loading overlaps
    extraction instead of following it.  Slices, not one load: Oxigraph's bulk loader
    holds what it loads (2.6M triples at once peak at 1.5 GiB, in slices at 0.35 GiB).
    The store's own set semantics makes the union of the articles' triples."""

    def __init__(self, folder: Path):
        self.store = ox.Store(str(folder))
        self.pending: list[bytes] = []
        self.lines = 0

    def add(self, ntriples: bytes) -> None:
        self.pending.append(ntriples)
        self.lines += ntriples.count(b"\n")
        if self.lines >= SLICE_LINES:
            self._load()

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            self.add(path.read_bytes())

    def _load(self) -> None:
        if self.pending:
            self.store.bulk_load(b"".join(self.pending), ox.RdfFormat.N_TRIPLES)
        self.pending, self.lines = [], 0

    def finish(self) -> None:
        self._load()
        for f in ontology_files():
            if f.name != "shapes.ttl":
                self.store.bulk_load(f.read_bytes(), ox.RdfFormat.TURTLE)
        self.store.flush()
        del self.store          # closes the database before its folder is swapped in


@contextmanager
def store_loader(out: Path):
    """A StoreLoader on a fresh store that replaces `out/store` when the block succeeds."""
    with atomic_folder(out / STORE_DIR) as tmp:
        loader = StoreLoader(tmp)
        try:
            yield loader
            loader.finish()
        finally:
            loader.__dict__.pop("store", None)


def write_store(ntriples: bytes, out: Path) -> Path:
    """A fresh store from N-Triples plus the ontology."""
    with store_loader(out) as loader:
        loader.add(ntriples)
    return out / STORE_DIR


def open_store(out: Path, read_only: bool = True) -> ox.Store:
    path = out / STORE_DIR
    if not path.exists():
        raise FileNotFoundError(f"no store at {path}: run `kg build` first")
    return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
