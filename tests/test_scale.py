"""Incremental, parallel and distributed builds give the same graph."""
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build import build

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
    (src / "004_70dd963745f53dde.txt").unlink()
    text = (src / "001_0d23f97345f46e5f.txt").read_text(encoding="utf-8")
    (src / "001_0d23f97345f46e5f.txt").write_text(text.replace("陈雷", "陈雨"), encoding="utf-8")
    third = build([src], out, jobs=1, progress=False, view=False)
    assert third.read == 4 and third.cached == 3
    labels = {str(o) for o in graph(out).objects()}
    assert "陈雨" in labels and "陈雷" not in labels and "交城县财政局" not in labels


def test_parallel_build_equals_serial_build(tmp_path):
    src = corpus_copy(tmp_path)
    build([src], tmp_path / "one", jobs=1, progress=False, view=False)
    build([src], tmp_path / "two", jobs=2, progress=False, view=False)
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()


def test_dask_build_equals_local_build(tmp_path):
    pytest.importorskip("dask.distributed")
    src = corpus_copy(tmp_path)
    # the same article twice: both engines keep the copy that comes first in corpus order
    shutil.copy(src / "004_70dd963745f53dde.txt", src / "000_0_copy.txt")
    local = build([src], tmp_path / "local", jobs=2, progress=False, view=False)
    dask = build([src], tmp_path / "dask", progress=False, dask="local", view=False)
    assert [Path(p).name for p in local.duplicates] == [Path(p).name for p in dask.duplicates] == ["004_70dd963745f53dde.txt"]
    assert isomorphic(graph(tmp_path / "local"), graph(tmp_path / "dask"))
    assert (tmp_path / "local" / "graph.ttl").read_bytes() == (tmp_path / "dask" / "graph.ttl").read_bytes()
