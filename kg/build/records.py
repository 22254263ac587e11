"""An article as a reader shows it: its cleaned text with the graph's entities marked.

The build keeps, beside each article's triples, the article's sentences (in its own
script) and where each entity the graph holds for it was found: sentence, offsets,
class, colour and node.  `kg serve` shows that as a page (like spaCy's displaCy), each
mark linked to its entity page.  Only spans whose node the article's triples type with
their component's class are marked, so the reader shows what the graph holds, not a
candidate a rule later dropped.

Overlapping spans keep the first found of the longest (a place inside a body's name
stays inside the body's mark):

>>> keep_outermost([(0, 0, 4, "a"), (0, 0, 2, "b"), (0, 5, 7, "c")])
[(0, 0, 4, 'a'), (0, 5, 7, 'c')]
"""
from __future__ import annotations

import re

from kg.graph.ns import CK, RDF

SAFE_ID = re.compile(r"[0-9a-f]{6,64}")
ARTICLES_DIR = "articles"          # beside graph.ttl and the store


def keep_outermost(marks: list[tuple]) -> list[tuple]:
    """Marks (sent, start, end, …) without overlaps: longer first, then earlier."""
    kept: list[tuple] = []
    for mark in sorted(marks, key=lambda m: (m[0], -(m[2] - m[1]), m[1])):
        if not any(k[0] == mark[0] and k[1] < mark[2] and mark[1] < k[2] for k in kept):
            kept.append(mark)
    return sorted(kept, key=lambda m: (m[0], m[1]))


def reading(art, writer, triples: set[tuple]) -> dict:
    """The reader's record of one article; `triples` are the article's, as written."""
    typed = {(s, o) for s, p, o in triples if p == RDF.type}
    marks = []
    for kind, owner in writer.kinds.items():
        if owner.style is None:
            continue
        cls = CK[owner.style.cls]
        for span in art.of(kind):
            if span.sent < 0 or span.start < 0 or span.end <= span.start:
                continue
            try:
                node = writer.node(span)
            except Exception:      # noqa: BLE001 - a span without a node is simply not marked
                continue
            if (node, cls) in typed:
                marks.append((span.sent, span.start, span.end, owner.style.cls, str(node)))
    sentences = [s.text if len(s.text) == len(s.simp) else s.simp for s in art.sentences]
    return {"iri": str(writer.iri), "headline": art.title_original or art.title, "date": art.date,
            "publisher": art.publisher, "url": art.url, **scope(art), "file": art.source_file, "script": art.script,
            "sentences": sentences, "paragraphs": [s.paragraph for s in art.sentences],
            "marks": [list(m) for m in keep_outermost(marks)]}


def scope(art) -> dict:
    """The names of the article's province and prefecture (kg.recognize.places), for
    search results and facets."""
    from kg.places.gazetteer import load

    gaz, out = load(), {}
    for key, field in (("province", "province"), ("city", "prefecture")):
        code = art.context.get(key)
        if code in gaz.by_code:
            out[field] = gaz.by_code[code].name
    return out


def styles(kinds) -> dict[str, dict]:
    """class -> legend label and colour, for the page's marks and legend."""
    return {k.style.cls: {"label": k.style.label, "colour": k.style.colour, "short": k.style.short or k.style.cls}
            for k in kinds if k.style}


def article_id(iri: str) -> str | None:
    """The file name of an article's record: the last part of its IRI, if it is one of ours.

    >>> article_id("https://w3id.org/cadre-kg/id/article/0a1b2c3d4e5f")
    '0a1b2c3d4e5f'
    >>> article_id("https://w3id.org/cadre-kg/id/article/../../etc/passwd") is None
    True
    """
    tail = iri.rstrip("/").rsplit("/", 1)[-1]
    return tail if SAFE_ID.fullmatch(tail) and "/article/" in iri else None


def write_records(cache, kept: list[tuple[str, str]], folder) -> int:
    """The build's `articles/` folder: one record per article kept, named by its IRI's
    last part, linked (else copied) from the cache; returns how many were written."""
    import os
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for key, iri in kept:
        name, source = article_id(iri or ""), cache.reading(key)
        if name is None or not source.exists():
            continue
        try:
            os.link(source, folder / f"{name}.json")
        except OSError:
            shutil.copyfile(source, folder / f"{name}.json")
        written += 1
    return written
