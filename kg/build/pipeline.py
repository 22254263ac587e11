"""Files → articles → facts → graph.

The pipeline is the registered recognizer components, ordered by what each requires and
assigns (kg.components), applied per file; per-file graphs then merge by union, which
is what makes the build a map followed by a union (see `kg.build.build`).
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.article import Article, ReadError
from kg.build.cache import Cache, file_key
from kg.export.turtle import nt_lines
from kg import kinds
from kg.read import read_article
from kg.read.files import MAX_BYTES
from kg.build.records import reading
from kg.components import components, exclude, excluded
from kg.graph.iris import article_iri


WARM_UP = "测试新闻\n2023-06-01 来源:测试日报\n河北省石家庄市正定县县长刘建华说，全县新建道路12公里，“三抓三促”专项行动成效明显。\n"


def warm_up() -> None:
    """Load jieba, OpenCC, the gazetteer and the matchers once, before a pool forks, so
    that workers start with them in (copy-on-write) memory instead of each loading them.
    The statistical recognizer is left to the workers (kg.recognize.statistical)."""
    from kg.read import article_from_text

    enrich(article_from_text(WARM_UP, "warm-up.txt"))


def enrich(art: Article) -> Article:
    for component in components():
        art = component(art)
    return art


def counts(art: Article) -> dict[str, int]:
    """Entities per class for the build's summary, named by the kinds."""
    return kinds.counts(art)


@dataclass
class FileResult:
    path: str
    lines: list[str] = field(default_factory=list)      # N-Triples: cheap to pickle, merge and sort
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    article_key: str | None = None
    trace: str | None = None                            # an unexpected error's traceback, for the log
    reading: dict | None = None                         # the article reader's record (kg.build.records)


def process_file(path: str) -> FileResult:
    """One file to its triples; a bad file becomes a reason, never an exception.  An
    unexpected error in one file is that file's reason too (type and one line), and the
    traceback goes to the build's log: one odd page must not end a build of thousands."""
    try:
        art = enrich(read_article(Path(path)))
        writer = kinds.writer(art)
        triples = set(writer.write())          # a copy: the reader's node lookups must not add to it
        record = reading(art, writer, triples)
    except ReadError as exc:
        return FileResult(path, error=str(exc))
    except (OSError, UnicodeError) as exc:
        return FileResult(path, error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:       # noqa: BLE001 - any bug in one article must not end the build
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        return FileResult(path, error=f"extraction failed ({type(exc).__name__}: {first})",
                          trace=traceback.format_exc())
    return FileResult(path, lines=nt_lines(triples), warnings=art.warnings, counts=counts(art),
                      article_key=str(article_iri(art.simp)), reading=record)


def cache_salt() -> str:
    """What the cache key adds for a build with components switched off."""
    return "exclude:" + ",".join(sorted(excluded())) if excluded() else ""


def cached(path: str, cache: Cache | None) -> dict | None:
    """The cache entry of a file whose key (content, code, switches) is in the cache, or
    None: the build asks this in its own process first, so an unchanged corpus costs
    the hashing of its files and never starts a pool."""
    if cache is None:
        return None
    try:
        key = file_key(Path(path), MAX_BYTES, cache_salt())
    except OSError:
        return None
    hit = cache.get(key)
    return {**hit, "path": path, "key": key, "cached": True} if hit is not None else None


def extract(path: str, cache_dir: str | None, with_lines: bool = False, exclude_names: tuple = ()) -> dict:
    """One file to its cache entry; returns the entry's metadata (and lines for dask,
    whose workers are told the components switched off: they were not forked from us)."""
    if exclude_names and frozenset(exclude_names) != excluded():
        exclude(exclude_names)
    try:
        key = file_key(Path(path), MAX_BYTES, cache_salt())
    except OSError as exc:
        return {"path": path, "error": f"cannot read: {exc.strerror}"}
    cache = Cache(Path(cache_dir)) if cache_dir else None
    hit = cache.get(key) if cache else None
    if hit is not None:
        return {**hit, "path": path, "key": key, "cached": True}
    r = process_file(path)
    meta = {"path": path, "key": key, "error": r.error, "warnings": r.warnings, "counts": r.counts,
            "article": r.article_key, "cached": False, **({"trace": r.trace} if r.trace else {})}
    if r.error is None and cache is not None:
        cache.put(key, r.lines, meta, r.reading)
    return {**meta, "lines": r.lines, "reading": r.reading} if with_lines else meta


def merged_lines(results: list[FileResult]) -> list[str]:
    """The union of the articles' triples, sorted: the build is a map and then this."""
    return sorted({line for r in results for line in r.lines})


def merge(results: list[FileResult]) -> Graph:
    return Graph().parse(data="\n".join(merged_lines(results)), format="nt")
