"""`kg export`: the graph for other tools.  A format is a name in a registry.

RDF formats come from rdflib's serializers; the CSV tables (officials, statistics,
programs) are saved queries run on the store; GEXF and GraphML are networkx's writers
over the same nodes and edges the browser view draws.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg.atomic import atomic_write
from kg.export.geojson import export_geojson
from kg.export.jsonld import to_jsonld
from kg.export.names import DEFAULT_NAMES
from kg.export.network import co_mention_network, network, write_network
from kg.sparql.query import parse_saved, run, saved_queries
from kg.sparql.results import format_csv, rows_of, term_text
from kg.sparql.store import open_store

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


def export_careers(graph_dir: Path, out: Path) -> list[Path]:
    """One row a post in the shape of CPED (person, profile, start, end, title, body, place,
    level, province, division code, rank, former, temporary, proposed, article, evidence),
    UTF-8 with BOM so that Excel and Stata read Chinese; pandas reads it as it is."""
    query = parse_saved("careers", (Path(__file__).resolve().parent / "careers.rq").read_text(encoding="utf-8"))
    names, rows = rows_of(run(open_store(graph_dir), query))
    atomic_write(out, ("\ufeff" + format_csv(names, rows)).encode("utf-8"))
    return [out]


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
             "comentions": export_co_mentions, "careers": export_careers, "geojson": export_geojson}


class ExportError(Exception):
    """An export that cannot be written where it was asked to; one line for the user."""


def check_target(target: Path, folder: bool) -> None:
    """Exports write regular files (and the csv tables a folder of them), replacing them
    whole: never through a symbolic link, never over a device, FIFO or socket, never a
    file where a folder stands (or the other way round)."""
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror}") from None
    if stat.S_ISLNK(st.st_mode):
        raise ExportError(f"{target} is a symbolic link; --out writes regular files only (name the file it points to)")
    if folder and not stat.S_ISDIR(st.st_mode):
        raise ExportError(f"{target} is not a folder; the csv tables go into a folder")
    if not folder and stat.S_ISDIR(st.st_mode):
        raise ExportError(f"{target} is a folder; give a file name, e.g. {target / DEFAULT_FILE}")
    if not folder and not stat.S_ISREG(st.st_mode):
        raise ExportError(f"{target} is a device, FIFO or socket; --out writes regular files only")


DEFAULT_FILE = "graph.ttl"


def export(fmt: str, graph_dir: Path, out: Path | None = None) -> list[Path]:
    target = out or graph_dir / "export" / DEFAULT_NAMES[fmt]
    check_target(target, folder=fmt == "csv")
    try:
        return EXPORTERS[fmt](graph_dir, target)
    except FileNotFoundError:
        raise
    except OSError as exc:
        where = exc.filename or target
        raise ExportError(f"cannot write {where}: {exc.strerror or exc}") from None
