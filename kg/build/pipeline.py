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
from kg.resources import give_back
from kg.graph.iris import article_iri


WARM_UP = "测试新闻\n2023-06-01 来源:测试日报\n河北省石家庄市正定县县长刘建华说，全县新建道路12公里，“三抓三促”专项行动成效明显。\n"


def warm_up() -> None:
    """Load jieba, OpenCC, the gazetteer, the matchers and the model once, before a pool
    forks, so that workers start with them in (copy-on-write) memory instead of each
    loading them."""
    import threading

    from kg.places.villages import ethnic_townships, table
    from kg.read import article_from_text

    villages = threading.Thread(target=_quietly, args=(table,))   # the villages, which the warm-up's text does
    villages.start()             # not ask for: decompressed without the GIL meanwhile (0.15 s)
    enrich(article_from_text(WARM_UP, "warm-up.txt"))
    villages.join()
    _quietly(ethnic_townships)   # their short names (40 ms), read once here rather than in each worker
    give_back()


def _quietly(load) -> None:
    """A load in a background thread: its error, if any, is raised again where the table is
    first asked for (its cache keeps only a success), not printed by the thread."""
    try:
        load()
    except Exception:        # noqa: BLE001 - see the docstring
        pass


def enrich(art: Article) -> Article:
    for component in components():
        art = component(art)
    return art


def enrich_all(arts: list[Article]) -> list[Article]:
    """Several articles through the pipeline together, as spaCy's `nlp.pipe`: each
    component gets them all at once, so the statistical model batches the sentences of
    every article into its calls (bigger batches, a third faster a character).  The
    result is each article's own: no component reads another article."""
    for component in components():
        arts = component.pipe(arts)
    return arts


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
    art = _read(path)
    if isinstance(art, FileResult):
        return art
    try:
        art = enrich(art)
    except Exception as exc:       # noqa: BLE001 - any bug in one article must not end the build
        return _failed(path, exc)
    return _finish(path, art)


def process_files(paths: list[str]) -> list[FileResult]:
    """`process_file` of each, the articles enriched together (`enrich_all`).  Should a
    component fail on the batch, each file is done again alone, so that the error is
    the one file's and the others' triples are kept."""
    if len(paths) < 2:
        return [process_file(p) for p in paths]
    read = [_read(p) for p in paths]
    good = [i for i, a in enumerate(read) if isinstance(a, Article)]
    try:
        arts = enrich_all([read[i] for i in good])
    except Exception:              # noqa: BLE001 - found again, file by file, below
        return [process_file(p) for p in paths]
    for i, art in zip(good, arts):
        read[i] = _finish(paths[i], art)
    return read


def _read(path: str) -> Article | FileResult:
    try:
        return read_article(Path(path))
    except ReadError as exc:
        return FileResult(path, error=str(exc))
    except (OSError, UnicodeError) as exc:
        return FileResult(path, error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:       # noqa: BLE001
        return _failed(path, exc)


def _failed(path: str, exc: Exception) -> FileResult:
    first = str(exc).splitlines()[0][:200] if str(exc) else ""
    return FileResult(path, error=f"extraction failed ({type(exc).__name__}: {first})", trace=traceback.format_exc())


def _finish(path: str, art: Article) -> FileResult:
    """An enriched article's triples, counts and reader's record."""
    try:
        writer = kinds.writer(art)
        triples = set(writer.write())          # a copy: the reader's node lookups must not add to it
        record = reading(art, writer, triples)
    except Exception as exc:       # noqa: BLE001
        return _failed(path, exc)
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


def extract_many(paths: list[str], cache_dir: str | None, with_lines: bool = False, exclude_names: tuple = ()) -> list[dict]:
    """Each file to its cache entry, in order; returns the entries' metadata (and lines
    for dask, whose workers are told the components switched off: they were not forked
    from us).  The files the cache does not hold are enriched together (`process_files`)."""
    if exclude_names and frozenset(exclude_names) != excluded():
        exclude(exclude_names)
    cache = Cache(Path(cache_dir)) if cache_dir else None
    out: list[dict | None] = []
    todo: dict[int, str] = {}
    for i, path in enumerate(paths):
        try:
            key = file_key(Path(path), MAX_BYTES, cache_salt())
        except OSError as exc:
            out.append({"path": path, "error": f"cannot read: {exc.strerror}"})
            continue
        hit = cache.get(key) if cache else None
        out.append({**hit, "path": path, "key": key, "cached": True} if hit is not None else None)
        if hit is None:
            todo[i] = key
    for (i, key), r in zip(todo.items(), process_files([paths[i] for i in todo])):
        meta = {"path": r.path, "key": key, "error": r.error, "warnings": r.warnings, "counts": r.counts,
                "article": r.article_key, "cached": False, **({"trace": r.trace} if r.trace else {})}
        if r.error is None and cache is not None:
            cache.put(key, r.lines, meta, r.reading)
        out[i] = {**meta, "lines": r.lines, "reading": r.reading} if with_lines else meta
    return out


def merged_lines(results: list[FileResult]) -> list[str]:
    """The union of the articles' triples, sorted: the build is a map and then this."""
    return sorted({line for r in results for line in r.lines})


def merge(results: list[FileResult]) -> Graph:
    return Graph().parse(data="\n".join(merged_lines(results)), format="nt")
