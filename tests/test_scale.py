"""Incremental, parallel and distributed builds give the same graph."""
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build.build import build
from kg.sparql.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def corpus_copy(tmp_path: Path) -> Path:
    src = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", src, ignore=shutil.ignore_patterns("README.md"))
    return src


def graph(out: Path) -> Graph:
    return Graph().parse(out / "graph.ttl")


def test_rebuild_reextracts_only_changed_and_drops_removed(tmp_path):
    src, out = corpus_copy(tmp_path), tmp_path / "out"
    first = build([src], out, jobs=1, progress=False, view=False)
    assert first.cached == 0 and first.read == 5
    again = build([src], out, jobs=1, progress=False, view=False)
    assert again.cached == 5
    assert len(list((out / "articles").glob("*.json"))) == 5          # the reader's records come from the cache too
    (src / "004_70dd963745f53dde.txt").unlink()
    text = (src / "001_0d23f97345f46e5f.txt").read_text(encoding="utf-8")
    (src / "001_0d23f97345f46e5f.txt").write_text(text.replace("陈雷", "陈雨"), encoding="utf-8")
    third = build([src], out, jobs=1, progress=False, view=False)
    assert third.read == 4 and third.cached == 3
    labels = {str(o) for o in graph(out).objects()}
    assert "陈雨" in labels and "陈雷" not in labels and "交城县财政局" not in labels
    records = [p.read_text(encoding="utf-8") for p in (out / "articles").glob("*.json")]
    assert len(records) == 4 and any("陈雨" in r for r in records) and not any("陈雷" in r for r in records)


def test_an_unchanged_corpus_rebuilds_without_a_pool_and_a_change_goes_to_the_workers(tmp_path, monkeypatch):
    import kg.build.build as b

    src, out = corpus_copy(tmp_path), tmp_path / "out"
    build([src], out, jobs=2, progress=False, view=False)
    before = (out / "graph.ttl").read_bytes()
    real_pool, sent = b._pool_map, []

    def pool(paths, cache, jobs):
        sent.append(list(paths))
        return real_pool(paths, cache, jobs)
    monkeypatch.setattr(b, "_pool_map", pool)
    mtime = (out / "graph.ttl").stat().st_mtime_ns
    again = build([src], out, jobs=2, progress=False, view=False)
    assert again.cached == 5 and sent == [] and (out / "graph.ttl").read_bytes() == before
    assert (out / "graph.ttl").stat().st_mtime_ns == mtime              # the outputs in place were kept, not rewritten
    assert again.entities["persons"] > 0                                 # and the summary still counts them
    for name in ("001_0d23f97345f46e5f.txt", "002_454456ee1e2b7070.txt"):          # two changed files: a pool for two
        text = (src / name).read_text(encoding="utf-8")
        (src / name).write_text(text + "\n本文完。\n", encoding="utf-8")
    third = build([src], out, jobs=2, progress=False, view=False)
    assert third.cached == 3 and [sorted(p.rsplit("/", 1)[-1] for p in batch) for batch in sent] == \
        [["001_0d23f97345f46e5f.txt", "002_454456ee1e2b7070.txt"]]


def test_parallel_build_equals_serial_build(tmp_path):
    src = corpus_copy(tmp_path)
    one = build([src], tmp_path / "one", jobs=1, progress=False, view=False)
    build([src], tmp_path / "two", jobs=2, progress=False, view=False)     # store loaded in a thread
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()
    stores = [set(open_store(tmp_path / d)) for d in ("one", "two")]
    assert stores[0] == stores[1] and len(stores[0]) > one.triples     # the union, plus the ontology


def test_dask_build_equals_local_build(tmp_path):
    pytest.importorskip("dask.distributed")
    src = corpus_copy(tmp_path)
    # the same article twice: both engines keep the copy that comes first in corpus order
    shutil.copy(src / "004_70dd963745f53dde.txt", src / "000_0_copy.txt")
    local = build([src], tmp_path / "local", jobs=2, progress=False, view=False)
    dask = build([src], tmp_path / "dask", progress=False, dask="local", view=False)
    assert [Path(p).name for p, _ in local.duplicates] == [Path(p).name for p, _ in dask.duplicates] == ["004_70dd963745f53dde.txt"]
    assert isomorphic(graph(tmp_path / "local"), graph(tmp_path / "dask"))
    assert (tmp_path / "local" / "graph.ttl").read_bytes() == (tmp_path / "dask" / "graph.ttl").read_bytes()
    names = [sorted(p.name for p in (tmp_path / d / "articles").iterdir()) for d in ("local", "dask")]
    assert names[0] == names[1] and len(names[0]) == 5


def test_store_loaded_in_many_background_slices_holds_every_triple(tmp_path, monkeypatch):
    import kg.sparql.store
    from kg.sparql.store import store_loader

    build([corpus_copy(tmp_path)], tmp_path / "whole", jobs=1, progress=False, view=False)
    lines = (tmp_path / "whole" / "graph.ttl").read_bytes()
    nt = Graph().parse(data=lines, format="turtle").serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
    monkeypatch.setattr(kg.sparql.store, "SLICE_LINES", 50)          # dozens of slices, several in flight
    with store_loader(tmp_path / "sliced" / "store", background=True) as loader:
        for i in range(0, len(nt), 7):
            loader.add(b"".join(nt[i:i + 7]))
    assert set(open_store(tmp_path / "sliced")) == set(open_store(tmp_path / "whole"))


def by_value(g: Graph) -> set:
    from rdflib import Literal

    return {(s, p, o.toPython() if isinstance(o, Literal) and o.datatype else o) for s, p, o in g}


def test_the_view_of_a_large_graph_reads_only_the_kept_entities_from_the_store(corpus_build, tmp_path, monkeypatch):
    """Past the view's limit the page is built from the store's triples of the kept
    entities, the same triples the in-memory subgraph gives, without loading the graph."""
    import pyoxigraph as ox
    from rdflib import URIRef

    from kg.export import view
    from kg.export.focus import subgraph

    out, _ = corpus_build
    store = ox.Store.read_only(str(out / "store"))
    keep = {row["e"].value for row in store.query(view.TOP.replace(f"LIMIT {view.VIEW_LIMIT}", "LIMIT 40"))}
    whole = Graph().parse(out / "graph.ttl")
    expected = subgraph(whole, {URIRef(n) for n in keep})
    got = view.store_subgraph(store, keep)
    assert len(expected) > 100 and by_value(got) == by_value(expected)    # 154.0 in Turtle is 154 in the store
    monkeypatch.setattr(view, "VIEW_LIMIT", 40)
    monkeypatch.setattr(view, "TOP", view.TOP.replace("LIMIT 5000", "LIMIT 40"))
    monkeypatch.setattr(view, "store_graph", lambda store: pytest.fail("the whole graph was loaded"))
    note = view.write_view(out / "store", tmp_path / "graph.html", "t")
    assert note.startswith("the 40 best-connected of") and (tmp_path / "graph.html").stat().st_size > 1000


def test_the_builds_own_ranking_of_entities_for_the_view_is_the_stores(corpus_build):
    """The merge ranks the entities as the store's query does (degree in and out, ties by
    IRI) and lists the others with their labels, so the view need not ask the store."""
    import pyoxigraph as ox

    from kg.build.outputs import view_rank
    from kg.export import view

    out, _ = corpus_build
    store = ox.Store.read_only(str(out / "store"))
    top = [row["e"].value for row in store.query(view.TOP.replace(f"LIMIT {view.VIEW_LIMIT}", "LIMIT 40"))]
    nt = ox.serialize((q.triple for q in store), format=ox.RdfFormat.N_TRIPLES)
    lines = sorted(set(nt.splitlines(keepends=True)))
    rank = view_rank(out)
    for i in range(0, len(lines), 500):                 # in chunks, as the merge sends them
        rank(b"".join(lines[i:i + 500]))
    entities, got, others = rank.finish(40)
    assert entities == int(next(iter(store.query(view.COUNT)))["n"].value) > 40
    assert got == top                                                     # the same entities, in the same order
    assert sorted(map(tuple, others)) == sorted(map(tuple, view.undrawn(store, set(top))))
    assert not list(out.glob(".view-rank.*"))                           # its scratch file is gone
