"""The view's choice of entities, gathered while the build merges its triples.

Past `VIEW_LIMIT` entities the view draws the best-connected ones (most triples in or
out) and lists the others for its search.  Asking the store for that ranks every entity
of the corpus in one query (110 s at 20,000 articles, 485,000 entities); the merge
already streams every triple once, sorted by subject, so the ranking costs a pass over
bytes it holds anyway:

- a subject's triples come together, so its out-degree, class and label are known when
  its group ends; each entity goes as one row to a scratch file, not to memory;
- in-degrees cannot wait for their subject, so each IRI object's 64-bit hash is
  appended to a compact array (8 bytes a triple) and counted once at the end.

The ranking is the store query's: degree = triples out + triples in (each counted once
per class of the entity, as the query's join does), ties by IRI.

>>> r = ViewRank({"http://x/C": "C"})
>>> r(b'<http://x/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/C> .\\n'
...   b'<http://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@zh .\\n'
...   b'<http://x/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://x/C> .\\n'
...   b'<http://x/b> <http://www.w3.org/2000/01/rdf-schema#label> "B \\\\"q\\\\""@zh .\\n'
...   b'<http://x/b> <http://x/p> <http://x/a> .\\n')
>>> r.finish(1)
(2, ['http://x/a'], [['http://x/b', 'B "q"', 'C']])
"""
from __future__ import annotations

import heapq
import json
import os
import tempfile
from array import array
from pathlib import Path

RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS_LABEL = b"<http://www.w3.org/2000/01/rdf-schema#label>"
INDEX_LIMIT = 200_000           # labels of the entities not drawn, searchable in the page


class ViewRank:
    """A sink of sorted N-Triples chunks (kg.build.cache.merge_sorted) that ranks the
    entities of the given classes (class IRI -> legend) for the view."""

    def __init__(self, classes: dict[str, str], folder: Path | None = None):
        self.classes = {f"<{c}>".encode(): legend for c, legend in classes.items()}
        fd, name = tempfile.mkstemp(dir=folder, prefix=".view-rank.")
        self.rows_path = Path(name)
        self.rows = os.fdopen(fd, "w", encoding="utf-8")
        self.objects = array("q")
        self.subject, self.out, self.legends, self.label = b"", 0, [], None
        self.entities = 0

    def __call__(self, chunk: bytes) -> None:
        append = self.objects.append
        for line in chunk.split(b"\n"):
            if not line:
                continue
            s, p, rest = line.split(b" ", 2)
            if s != self.subject:
                self._end_subject()
                self.subject = s
            self.out += 1
            obj = rest[:-2]
            if obj[:1] == b"<":
                append(hash(obj))
                if p == RDF_TYPE and obj in self.classes:
                    self.legends.append(self.classes[obj])
            elif p == RDFS_LABEL and self.label is None:
                self.label = obj

    def _end_subject(self) -> None:
        if self.legends:
            self.entities += 1
            row = [self.subject.decode("utf-8"), self.out, len(self.legends), self.legends[0], _literal(self.label)]
            self.rows.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.out, self.legends, self.label = 0, [], None

    def finish(self, limit: int) -> tuple[int, list[str], list[list[str]]]:
        """(entities, the `limit` best-connected IRIs best first, [iri, label, legend] of
        up to INDEX_LIMIT of the others); the scratch file is removed."""
        import numpy as np

        self._end_subject()
        self.rows.close()
        try:
            keys, counts = np.unique(np.frombuffer(self.objects, dtype=np.int64), return_counts=True)
            self.objects = array("q")

            def indegree(iri: str) -> int:
                i = int(np.searchsorted(keys, hash(iri.encode("utf-8"))))
                return int(counts[i]) if i < len(keys) and keys[i] == hash(iri.encode("utf-8")) else 0

            with open(self.rows_path, encoding="utf-8") as fh:
                ranked = ((-(out + indegree(iri)) * n, iri[1:-1]) for iri, out, n, _, _ in map(json.loads, fh))
                top = [iri for _, iri in heapq.nsmallest(limit, ranked)]
            drawn, others = set(top), []
            with open(self.rows_path, encoding="utf-8") as fh:
                for iri, _, _, legend, label in map(json.loads, fh):
                    if len(others) >= INDEX_LIMIT:
                        break
                    if label is not None and iri[1:-1] not in drawn:       # the search finds labels
                        others.append([iri[1:-1], label, legend])
            return self.entities, top, others
        finally:
            self.rows_path.unlink(missing_ok=True)

    def discard(self) -> None:
        self.rows.close()
        self.rows_path.unlink(missing_ok=True)


def _literal(text: bytes | None) -> str | None:
    """The lexical form of an N-Triples literal ('"A\\"B"@zh' -> 'A"B')."""
    if text is None:
        return None
    body = text[:text.rindex(b'"') + 1].decode("utf-8")
    try:
        return json.loads(body)
    except ValueError:                       # \\U0001F600 or \\' (N-Triples escapes JSON lacks)
        import pyoxigraph as ox

        return next(iter(ox.parse(input=f"<x:s> <x:p> {body} .", format=ox.RdfFormat.N_TRIPLES))).object.value
