"""`kg export`: the graph for other tools.  A format is a name in a registry.

RDF formats come from rdflib's serializers; the CSV tables (officials, statistics,
programs) are saved queries run on the store; GEXF and GraphML are networkx's writers
over the same nodes and edges the browser view draws.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg.atomic import atomic_write
from kg.export.jsonld import to_jsonld
from kg.export.network import co_mention_network, network, write_network
from kg.query import run, saved_queries
from kg.results import format_csv, rows_of, term_text
from kg.store import open_store

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "trig": "trig", "jsonld": "json-ld"}
TABLE_DIR = Path(__file__).resolve().parent / "tables"    # officials, statistics, programs


def load_graph(graph_dir: Path) -> Graph:
    path = graph_dir / "graph.ttl"
    if not path.exists():
        raise FileNotFoundError(f"no {path}: run `kg build` first")
    return Graph().parse(path)


GRAPH_IRI = "https://w3id.org/cadre-kg/id/graph"


def export_rdf(fmt: str):
    def write(graph_dir: Path, out: Path) -> list[Path]:
        g = load_graph(graph_dir)
        if fmt == "jsonld":
            atomic_write(out, to_jsonld(g))
            return [out]
        if fmt == "trig":          # TriG is for named graphs: the build goes into one
            ds = Dataset()
            named = ds.graph(URIRef(GRAPH_IRI))
            for t in g:
                named.add(t)
            g = ds
        atomic_write(out, g.serialize(format=RDF_FORMATS[fmt], encoding="utf-8"))
        return [out]
    return write


def export_csv(graph_dir: Path, out: Path) -> list[Path]:
    """Three tables in a folder, UTF-8 with BOM so that Excel and Stata read Chinese."""
    store, written = open_store(graph_dir), []
    for name, query in saved_queries(TABLE_DIR).items():
        names, rows = rows_of(run(store, query))
        path = out / f"{name}.csv"
        atomic_write(path, ("\ufeff" + format_csv(names, rows)).encode("utf-8"))
        written.append(path)
    return written


def export_network(fmt: str):
    def write(graph_dir: Path, out: Path) -> list[Path]:
        write_network(network(load_graph(graph_dir)), fmt, out)
        return [out]
    return write


def export_co_mentions(graph_dir: Path, out: Path) -> list[Path]:
    """The person–person and person–place network, weighted by articles in common."""
    names, rows = rows_of(run(open_store(graph_dir), saved_queries()["co_mentions"]))
    records = [{n: term_text(c) for n, c in zip(names, r)} for r in rows]
    write_network(co_mention_network(records, load_graph(graph_dir)), "gexf", out)
    return [out]


EXPORTERS = {**{f: export_rdf(f) for f in RDF_FORMATS}, "csv": export_csv,
             "gexf": export_network("gexf"), "graphml": export_network("graphml"),
             "comentions": export_co_mentions}
DEFAULT_NAMES = {"ttl": "graph.ttl", "nt": "graph.nt", "trig": "graph.trig", "jsonld": "graph.jsonld",
                 "csv": "tables", "gexf": "graph.gexf", "graphml": "graph.graphml",
                 "comentions": "co_mentions.gexf"}


def export(fmt: str, graph_dir: Path, out: Path | None = None) -> list[Path]:
    target = out or graph_dir / "export" / DEFAULT_NAMES[fmt]
    return EXPORTERS[fmt](graph_dir, target)
