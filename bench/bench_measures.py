"""The rate of bad measures on real text: a figure whose measure is empty, one
character, a lone pronoun or adverb, a bare place, or has unbalanced quotes.  Builds the
devset (or any folder) and counts; the target is under 3 %.

    python -m bench.bench_measures [FOLDER]      # default ../shared/devset/texts
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from kg.recognize.segment import tagged

DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset" / "texts"


def bad_measure(measure: str, place_names: set[str]) -> bool:
    """Empty, one character, a lone pronoun or adverb, a bare place, unbalanced quotes."""
    if len(measure) < 2 or measure in place_names:
        return True
    words = tagged(measure)
    if len(words) == 1 and words[0][1][:1] in "rd":
        return True
    return measure.count("“") != measure.count("”") or measure.count("《") != measure.count("》")


def main(folder: Path) -> int:
    from rdflib import Graph

    from kg.build.build import build
    from kg.graph.ns import CK, RDF, RDFS

    with tempfile.TemporaryDirectory() as out:
        build([folder], Path(out), jobs=2, progress=False, view=False)
        g = Graph().parse(Path(out) / "graph.ttl")
    places = {str(label) for p in g.subjects(RDF.type, CK.Locality) for label in g.objects(p, RDFS.label)}
    stats = list(g.subjects(RDF.type, CK.Statistic))
    bad = [str(g.value(s, RDFS.label)) for s in stats if bad_measure(str(g.value(s, CK.measure) or ""), places)]
    print(f"{len(bad)} of {len(stats)} figures have a bad measure ({len(bad) / max(1, len(stats)):.1%}) in {folder}")
    for label in bad:
        print("  ", label)
    return 0 if len(bad) / max(1, len(stats)) < 0.03 else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEVSET))
