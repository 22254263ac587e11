"""Queries, the endpoint, push and exports against real parts: the store, Oxigraph's
server started by the test, real HTTP."""
import csv
import io
import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.cli import main
from kg.sparql.query import saved_queries
from kg.sparql.results import format_table, width
from kg.serve.backend import free_port, oxigraph_binary

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def kg(*args, capsys=None):
    code = main(list(args))
    out = capsys.readouterr() if capsys else None
    return code, out


def wait_port(port: int, proc) -> None:
    for _ in range(100):
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else "server exited"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server did not start")


def http_query(url: str, query: str) -> dict:
    req = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_answers_each_row_once_on_the_seeds(name, corpus_build, capsys):
    out, _ = corpus_build
    code, res = kg("query", name, "--graph", str(out), "--format", "json", capsys=capsys)
    if "SERVICE" in saved_queries()[name].text:          # no network here: refused, with the way out
        assert code == 1 and "--allow-service" in res.err
        return
    assert code == 0, res.err
    rows = [tuple(sorted((k, v["value"]) for k, v in b.items())) for b in json.loads(res.out)["results"]["bindings"]]
    assert rows, name
    assert len(rows) == len(set(rows)), f"{name} repeats rows"


def test_at_least_eight_saved_queries_each_documented():
    saved = saved_queries()
    assert len(saved) >= 8 and all(q.description for q in saved.values())


def test_parameter_is_bound_not_pasted(corpus_build, capsys):
    out, _ = corpus_build
    code, res = kg("query", "officials_of_place", "--graph", str(out), "--format", "csv", "--param", "place=鞍山市",
                   capsys=capsys)
    rows = list(csv.DictReader(io.StringIO(res.out)))
    assert code == 0 and rows and {r["where"] for r in rows} <= {"鞍山市", "台安县", "海城市", "岔沟镇", "铁西区", "繁荣街道"}
    code, res = kg("query", "officials_of_place", "--graph", str(out), "--param", 'place=x" } } DROP ALL #',
                   capsys=capsys)
    assert code == 1 and "no place called" in res.err and "Traceback" not in res.err
    code, res = kg("query", COUNT, "--graph", str(out), "--format", "csv", capsys=capsys)
    assert int(res.out.splitlines()[1]) > 1000


def test_malformed_query_reports_line_and_column(corpus_build, capsys):
    out, _ = corpus_build
    code, res = kg("query", "SELECT ?x WHERE {\n ?x ?y \n}", "--graph", str(out), capsys=capsys)
    assert code == 1 and "line 3" in res.err and "Traceback" not in res.err


def test_unknown_saved_query_lists_the_valid_names(corpus_build, capsys):
    out, _ = corpus_build
    code, res = kg("query", "no_such_query", "--graph", str(out), capsys=capsys)
    assert code == 1 and "officials_of_place" in res.err


def test_table_aligns_chinese_text():
    table = format_table(["名字", "n"], [["白金山", "1"], ["Li", "22"]]).splitlines()
    assert len({width(line) for line in table[:4]}) == 1


@pytest.fixture
def served(corpus_build):
    out, _ = corpus_build
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(out), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_port(port, proc)
    yield f"http://127.0.0.1:{port}", out
    proc.terminate()
    proc.wait(timeout=10)


def test_endpoint_answers_as_the_cli(served, capsys):
    url, out = served
    from kg.sparql.query import PREFIXES, prepare
    from kg.sparql.store import open_store

    text, _ = prepare(open_store(out), saved_queries()["article_summary"])
    declared = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    over_http = http_query(url + "/query", declared + text)
    code, res = kg("query", "article_summary", "--graph", str(out), "--format", "json", capsys=capsys)
    assert over_http == json.loads(res.out)


def test_endpoint_refuses_updates_and_serves_the_view(served):
    url, _ = served
    req = urllib.request.Request(url + "/update", data=b"update=CLEAR%20ALL", method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=10)
    assert err.value.code == 403
    req = urllib.request.Request(url + "/query", data=b"update=CLEAR%20ALL",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(req, timeout=10)
    assert http_query(url + "/query", COUNT)["results"]["bindings"][0]["n"]["value"] != "0"
    with urllib.request.urlopen(url + "/view", timeout=10) as resp:
        assert b"kgView" in resp.read()
    with urllib.request.urlopen(url + "/", timeout=10) as resp:
        assert b"kgWorkbench" in resp.read()


def test_push_loads_the_graph_into_a_graph_store(corpus_build, tmp_path, capsys):
    out, _ = corpus_build
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_port(port, proc)
        code, res = kg("push", "--endpoint", f"http://127.0.0.1:{port}/store", "--graph-iri", "urn:kg:seeds",
                       "--graph", str(out), capsys=capsys)
        assert code == 0, res.err
        got = http_query(f"http://127.0.0.1:{port}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:kg:seeds> { ?s ?p ?o } }")
        assert int(got["results"]["bindings"][0]["n"]["value"]) == len(Graph().parse(out / "graph.ttl"))
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_push_to_a_dead_endpoint_is_a_message(corpus_build, capsys):
    out, _ = corpus_build
    code, res = kg("push", "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--graph", str(out), capsys=capsys)
    assert code == 1 and "cannot reach" in res.err


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "jsonld"])
def test_rdf_exports_parse_to_the_same_graph(fmt, corpus_build, tmp_path, capsys):
    out, _ = corpus_build
    target = tmp_path / f"g.{fmt}"
    assert kg("export", "--format", fmt, "--graph", str(out), "--out", str(target), capsys=capsys)[0] == 0
    if fmt == "trig":
        parsed = Dataset().parse(target, format="trig")
        count = sum(1 for _ in parsed.quads((None, None, None, None)))
    else:
        count = len(Graph().parse(target, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]))
    assert count == len(Graph().parse(out / "graph.ttl"))


def test_csv_tables_have_headers_and_rows(corpus_build, tmp_path, capsys):
    out, _ = corpus_build
    assert kg("export", "--format", "csv", "--graph", str(out), "--out", str(tmp_path), capsys=capsys)[0] == 0
    officials = list(csv.DictReader(io.StringIO((tmp_path / "officials.csv").read_text(encoding="utf-8-sig"))))
    assert {"name", "title", "organization", "place", "file", "date"} <= set(officials[0])
    assert any(r["name"] == "白金山" and r["title"] == "党支部书记" for r in officials)
    assert (tmp_path / "statistics.csv").exists() and (tmp_path / "programs.csv").exists()


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_network_exports_carry_class_colour_and_coordinates(fmt, corpus_build, tmp_path, capsys):
    out, _ = corpus_build
    target = tmp_path / f"g.{fmt}"
    assert kg("export", "--format", fmt, "--graph", str(out), "--out", str(target), capsys=capsys)[0] == 0
    g = nx.read_gexf(target) if fmt == "gexf" else nx.read_graphml(target)
    nodes = dict(g.nodes(data=True))
    assert g.number_of_nodes() > 100 and any(d.get("label") == "白金山" for d in nodes.values())
    assert all(d["colour"].startswith("#") and d["class"] for d in nodes.values())
    located = [d for d in nodes.values() if d["class"] == "Locality" and "latitude" in d]
    assert located and all(18 < d["latitude"] < 54 and 73 < d["longitude"] < 136 for d in located)
    assert any(d["adcode"] == "210300" and d["level"] == "prefecture" for d in located)
    if fmt == "gexf":
        assert all("color" in d["viz"] for d in nodes.values())
    posts = [d for _, _, d in g.edges(data=True) if d["predicate"] == "holds"]
    assert posts and all(d["title"] for d in posts)
    assert {"holds", "partOf", "locality", "mentionedIn"} <= {d["predicate"] for _, _, d in g.edges(data=True)}


def test_persons_carry_the_provinces_of_their_posts_in_the_network(corpus_build, tmp_path, capsys):
    out, _ = corpus_build
    assert kg("export", "--format", "gexf", "--graph", str(out), "--out", str(tmp_path / "g.gexf"), capsys=capsys)[0] == 0
    g = nx.read_gexf(tmp_path / "g.gexf")
    persons = [d for _, d in g.nodes(data=True) if d["class"] == "Person"]
    assert any("辽宁省" in d["province"] for d in persons)


def test_co_mention_export_is_weighted_by_articles_in_common(corpus_build, tmp_path, capsys):
    out, _ = corpus_build
    target = tmp_path / "co.gexf"
    assert kg("export", "--format", "comentions", "--graph", str(out), "--out", str(target), capsys=capsys)[0] == 0
    g = nx.read_gexf(target)
    assert {d["class"] for _, d in g.nodes(data=True)} == {"Person", "Locality"}
    weights = [d["weight"] for _, _, d in g.edges(data=True)]
    assert weights and min(weights) >= 1 and max(weights) >= 2


def test_jsonld_is_compacted_with_the_ontology_context_and_round_trips(corpus_build, tmp_path, capsys):
    from rdflib.compare import isomorphic

    out, _ = corpus_build
    target = tmp_path / "g.jsonld"
    assert kg("export", "--format", "jsonld", "--graph", str(out), "--out", str(target), capsys=capsys)[0] == 0
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["@context"]["partOf"] == {"@id": "ck:partOf", "@type": "@id"}
    assert any(n.get("@type") == "Person" for n in doc["@graph"])
    assert isomorphic(Graph().parse(target, format="json-ld"), Graph().parse(out / "graph.ttl"))


def test_the_shipped_context_is_the_one_the_ontology_gives():
    from kg.export.jsonld import context_document
    from kg.resources import folder

    assert (folder("ontology") / "context.jsonld").read_bytes() == context_document()


def test_the_backend_never_takes_the_port_the_front_server_is_about_to_bind(monkeypatch):
    import kg.serve.backend as backend

    handed = iter([41261, 41261, 41262])          # the system hands the just-released port out again

    class Socket:
        def __init__(self, *a): self.port = next(handed)
        def __enter__(self): return self
        def __exit__(self, *a): return False
        def bind(self, address): pass
        def getsockname(self): return ("127.0.0.1", self.port)

    monkeypatch.setattr(backend.socket, "socket", Socket)
    assert backend.free_port(avoid=41261) == 41262
