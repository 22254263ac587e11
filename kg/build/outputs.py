"""What a build writes beside its map, and how it knows the outputs in place are current.

graph.ttl comes from the articles' sorted N-Triples, merged once; the merge's stream also
feeds the store, the entity counts of the summary and, with the view, the view's ranking
(kg.export.view_rank).  A marker in the cache names the articles the outputs were built
from, so an unchanged corpus is answered without merging or writing anything.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from kg.build.cache import merge_sorted
from kg.build.records import ARTICLES_DIR
from kg.export.turtle import PREFIXES
from kg.search.index import INDEX
from kg.sparql.store import STORE_DIR


def view_rank(out: Path):
    """The view's ranking of entities, gathered by the merge (kg.export.view_rank)."""
    from kg.export.view_data import CLASSES
    from kg.export.view_rank import ViewRank

    return ViewRank({str(c): v[0] for c, v in CLASSES.items()}, folder=out)


def tee(*sinks):
    """One sink of the merge's chunks that feeds several (the store, the view's ranking)."""
    def send(chunk: bytes) -> None:
        for sink in sinks:
            sink(chunk)
    return send


BUILT = ".cache/built"            # the cache keys (and view flag) of the outputs in place


def unchanged(out: Path, keys: list[str], view: bool, summary) -> bool:
    """True when the outputs in place were built from exactly these articles (same keys,
    same order, the view as asked): nothing is merged or written again, so an unchanged
    corpus rebuilds in the time it takes to hash its files.  Otherwise the signature of
    the build about to be written replaces the old one once the outputs are swapped in."""
    import hashlib

    signature = hashlib.sha1(("\n".join(keys) + f"\nview={view}").encode()).hexdigest()
    wanted = ["graph.ttl", STORE_DIR, ARTICLES_DIR, INDEX] + (["graph.html"] if view else [])
    marker = out / BUILT
    built = _read_marker(marker)
    same = built.get("signature") == signature and all((out / w).exists() for w in wanted)
    if same:
        summary.outputs = {"turtle": out / "graph.ttl", "store": out / STORE_DIR, "articles": out / ARTICLES_DIR,
                           "search": out / INDEX, **({"html": out / "graph.html"} if view else {})}
        summary.entities = Counter(built.get("entities", {}))
        summary.view_note = "unchanged, kept" if view else ""
        summary.triples = -1
    else:
        marker.unlink(missing_ok=True)
        summary.signature = signature
    return same


def mark_built(out: Path, signature: str, entities: Counter) -> None:
    """The marker of the outputs just swapped in: what they were built from, what they hold."""
    from kg.atomic import atomic_write

    atomic_write(out / BUILT, json.dumps({"signature": signature, "entities": dict(entities)}, ensure_ascii=False).encode())


def _read_marker(marker: Path) -> dict:
    """What the outputs in place were built from and what they hold; {} when unknown."""
    try:
        built = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return built if isinstance(built, dict) else {}


class EntityCounter:
    """A sink of the merged N-Triples that counts each kind's distinct entities on the way
    to the store: the union holds each `?s a ck:Person` once, however many articles name
    the person (the per-article counts would count mentions)."""

    def __init__(self, sink):
        from kg.kinds import active

        self.sink = sink
        self.patterns = {k.style.plural: f"> <{RDF_TYPE}> <{CK_NS}{k.style.cls}> .\n".encode()
                         for k in active().values() if k.style is not None}
        self.counts: Counter = Counter({plural: 0 for plural in self.patterns})

    def __call__(self, chunk: bytes) -> None:
        for plural, pattern in self.patterns.items():
            self.counts[plural] += chunk.count(pattern)
        self.sink(chunk)


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
CK_NS = "https://w3id.org/cadre-kg/ontology#"


def write_log(out: Path, traces: list[tuple[str, str]]) -> Path | None:
    """Tracebacks of files whose extraction failed unexpectedly: the report names the file
    and the error in one line, the log keeps what a developer needs to fix it."""
    from kg.atomic import atomic_write

    path = out / "build.log"
    if not traces:
        path.unlink(missing_ok=True)
        return None
    atomic_write(path, "".join(f"== {p}\n{t}\n" for p, t in traces).encode("utf-8"))
    return path


def write_turtle(out: Path, parts: list[Path], sink=None, target: Path | None = None) -> int:
    """graph.ttl (or `target`) from the articles' sorted N-Triples: merged (the union also
    goes to `sink`), then serialized; returns the number of triples."""
    nt = out / ".graph.nt.tmp"
    try:
        count = merge_sorted(parts, nt, sink)
        write_turtle_file(nt, target or out / "graph.ttl")
        return count
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
