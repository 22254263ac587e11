"""Every saved query on a graph of about a million triples, as `kg query` runs it.

For each saved query: the first page (`--limit 100`, what the workbench and a terminal
show first) and every row, with the parameter a user would pass (the busiest city, body,
official, picked from the graph) and without it.  Medians of `--repeat` warm runs.
(The rdflib comparison of earlier runs is gone: the saved queries use LATERAL, which only
Oxigraph reads.)

    python -m bench.bench_queries [--articles 3700] [--repeat 5] [--page 100] [--pages-only]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pyoxigraph as ox

from bench.synth import generate
from kg.build.build import build
from kg.sparql.query import PREFIXES, prepare, saved_queries

WORK = Path("/tmp/cadre-bench-queries")


def make_graph(n: int) -> Path:
    out = WORK / f"g{n}"
    if (out / "store").exists():
        return out
    corpus = WORK / f"corpus{n}"
    if not corpus.exists():
        generate(corpus, n)
    build([corpus], out, jobs=2, progress=True, view=False)
    store = ox.Store.read_only(str(out / "store"))
    ox.serialize((q.triple for q in store), output=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    return out


CK = "https://w3id.org/cadre-kg/ontology#"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SAMPLE = {  # a value a user would pass, picked from the graph: a city, a body, an official
    "place": f"SELECT ?v WHERE {{ ?p <{CK}level> \"prefecture\" ; {LABEL} ?v ; <{CK}mentionedIn> ?a }} GROUP BY ?v ORDER BY DESC(COUNT(?a)) LIMIT 1",
    "organization": f"SELECT ?v WHERE {{ ?post <{CK}organization> ?o . ?o {LABEL} ?v }} GROUP BY ?v ORDER BY DESC(COUNT(?post)) LIMIT 1",
    # the official most mentioned: per-person queries must not grow with a node's mentions
    "person": f"SELECT ?v WHERE {{ ?p <{CK}holds> ?x ; {LABEL} ?v ; <{CK}mentionedIn> ?a }} GROUP BY ?v ORDER BY DESC(COUNT(DISTINCT ?a)) LIMIT 1",
    "program": f"SELECT ?v WHERE {{ ?s <{CK}subject> ?p . ?p a <{CK}Program> ; {LABEL} ?v }} GROUP BY ?v ORDER BY DESC(COUNT(?s)) LIMIT 1",
    "rank": f"SELECT ?v WHERE {{ ?post <{CK}rank> ?v }} GROUP BY ?v ORDER BY DESC(COUNT(?post)) LIMIT 1",
}


def sample_params(store: ox.Store, q) -> dict[str, str]:
    """Values a user would pass, picked from the graph (the busiest city, body, official...)."""
    return {name: next(iter(store.query(SAMPLE[name])))["v"].value for name in q.params if SAMPLE.get(name)}


def time_query(store: ox.Store, q, params: dict, limit: int | None, repeat: int) -> tuple[float, int]:
    """Median seconds of `repeat` warm runs of the query as `kg query` prepares it."""
    text, subs = prepare(store, q, params, limit)
    rows = len(list(store.query(text, substitutions=subs, prefixes=PREFIXES)))
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        list(store.query(text, substitutions=subs, prefixes=PREFIXES))
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=3700)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--page", type=int, default=100)
    ap.add_argument("--pages-only", action="store_true", help="time the first pages only (every row of co_mentions takes minutes)")
    args = ap.parse_args()
    out = make_graph(args.articles)
    store = ox.Store.read_only(str(out / "store"))
    print(f"graph: {args.articles} synthetic articles, {len(store)} triples in the store")
    print("| query | parameters | first page (ms) | rows | all rows (ms) | rows |\n|---|---|---|---|---|---|")
    for name, q in saved_queries().items():
        if "SERVICE" in q.text:
            continue                       # needs the network
        for params in ([sample_params(store, q)] if q.params else []) + [{}]:
            page_s, page_rows = time_query(store, q, params, args.page, args.repeat)
            all_s, all_rows = (float("nan"), 0) if args.pages_only else time_query(store, q, params, None, max(1, args.repeat // 2))
            shown = ", ".join(f"{k}={v}" for k, v in params.items()) or "—"
            print(f"| {name} | {shown} | {page_s * 1000:.1f} | {page_rows} | {all_s * 1000:.1f} | {all_rows} |", flush=True)


if __name__ == "__main__":
    main()
