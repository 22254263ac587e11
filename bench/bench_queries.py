"""Every saved query on a graph of about a million triples: Oxigraph store vs rdflib.

Both engines answer the same query text in the same run (the machines are noisy, so
ratios are measured side by side).  rdflib gets one timed run per query, capped by a
timeout in a worker process; Oxigraph gets a warm-up and `--repeat` timed runs.

    python -m bench.bench_queries [--articles 2900] [--repeat 5] [--rdflib-timeout 120]
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import statistics
import time
from pathlib import Path

import pyoxigraph as ox

from bench.synth import generate
from kg.build import build
from kg.query import saved_queries, with_values

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


def _rdflib_worker(nt_path: str, ontology: list[str], conn) -> None:
    from rdflib import Graph

    g = Graph()
    t = time.perf_counter()
    g.parse(nt_path, format="nt")
    for f in ontology:
        g.parse(f)
    conn.send(("loaded", time.perf_counter() - t, len(g)))
    while True:
        msg = conn.recv()
        if msg is None:
            return
        text, bindings = msg
        t = time.perf_counter()
        rows = len(list(g.query(text, initBindings=bindings)))
        conn.send(("done", time.perf_counter() - t, rows))


CK = "https://w3id.org/cadre-kg/ontology#"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
SAMPLE = {  # a value a user would pass, picked from the graph: a city, a body, an official
    "place": f"SELECT ?v WHERE {{ ?p <{CK}level> \"prefecture\" ; {LABEL} ?v ; <{CK}mentionedIn> ?a }} GROUP BY ?v ORDER BY DESC(COUNT(?a)) LIMIT 1",
    "organization": f"SELECT ?v WHERE {{ ?post <{CK}organization> ?o . ?o {LABEL} ?v }} GROUP BY ?v ORDER BY DESC(COUNT(?post)) LIMIT 1",
    "person": f"SELECT ?v WHERE {{ ?p <{CK}holds> ?x ; {LABEL} ?v }} GROUP BY ?v ORDER BY DESC(COUNT(?x)) LIMIT 1",
    "program": f"SELECT ?v WHERE {{ ?s <{CK}subject> ?p . ?p a <{CK}Program> ; {LABEL} ?v }} GROUP BY ?v ORDER BY DESC(COUNT(?s)) LIMIT 1",
    "rank": None,
}


def bound_text(store: ox.Store, q) -> tuple[str, dict, str]:
    """The query with its parameters bound to sample values, as `kg query --param` binds them."""
    terms = {}
    for name in q.params:
        if SAMPLE.get(name):
            terms[ox.Variable(name)] = next(iter(store.query(SAMPLE[name])))["v"]
    text, subs = with_values(q.text, terms)
    return text, subs, ", ".join(f"{k.value}={v.value}" for k, v in terms.items())


def time_oxigraph(store: ox.Store, text: str, subs: dict, repeat: int) -> tuple[float, int]:
    rows = len(list(store.query(text, substitutions=subs)))
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        list(store.query(text, substitutions=subs))
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def _rdflib_term(term):
    from rdflib import Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    return Literal(term.value, lang=term.language) if term.language else Literal(term.value)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=2900)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rdflib-timeout", type=float, default=120)
    args = ap.parse_args()
    out = make_graph(args.articles)
    store = ox.Store.read_only(str(out / "store"))
    triples = len(store)
    ontology: list[str] = []           # the store's dump holds the ontology already
    parent, child = mp.Pipe()
    worker = mp.Process(target=_rdflib_worker, args=(str(out / "graph.nt"), ontology, child), daemon=True)
    worker.start()
    _, load_s, _ = parent.recv()
    print(f"graph: {args.articles} synthetic articles, {triples} triples in the store; rdflib parse {load_s:.1f} s")
    print(f"| query | parameters | rows | Oxigraph median (ms) | rdflib (ms) | ratio |\n|---|---|---|---|---|---|")
    for name, q in saved_queries().items():
        text, subs, bound = bound_text(store, q)
        ox_s, rows = time_oxigraph(store, text, subs, args.repeat)
        rd = "—"
        if not worker.is_alive():
            parent, child = mp.Pipe()
            worker = mp.Process(target=_rdflib_worker, args=(str(out / "graph.nt"), ontology, child), daemon=True)
            worker.start()
            parent.recv()
        if worker.is_alive():
            parent.send((text, {k.value: _rdflib_term(v) for k, v in subs.items()}))
            if parent.poll(args.rdflib_timeout):
                _, rd_s, _ = parent.recv()
                rd = f"{rd_s * 1000:.0f}"
                ratio = f"{rd_s / ox_s:.0f}×"
            else:
                worker.kill()
                rd, ratio = f"> {args.rdflib_timeout:.0f} s (stopped)", "—"
        else:
            ratio = "—"
        print(f"| {name} | {bound or '—'} | {rows} | {ox_s * 1000:.1f} | {rd} | {ratio} |", flush=True)
    if worker.is_alive():
        parent.send(None)


if __name__ == "__main__":
    main()
