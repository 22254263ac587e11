"""`kg query` as an analyst uses it: predeclared prefixes, labels for parameters, paging,
CSV that pandas and csv.reader read as written, a closed pipe, one-sentence syntax errors."""
import csv
import io
import json
import subprocess
import sys

from kg.cli import main
from kg.sparql.params import ParamError, resolve
from kg.sparql.query import paged, scoped
from kg.sparql.store import open_store

PERSONS = "SELECT ?n WHERE { ?p a ck:Person ; rdfs:label ?n } ORDER BY ?n"


def kg(capsys, *args):
    code = main(list(args))
    return code, capsys.readouterr()


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))


def test_graph_prefixes_are_predeclared(corpus_build, capsys):
    out, _ = corpus_build
    code, res = kg(capsys, "query", PERSONS, "--graph", str(out), "--format", "csv")
    rows = csv_rows(res.out)
    assert code == 0 and rows[0] == ["n"] and ["白金山"] in rows


def test_a_declared_prefix_still_wins_over_the_predeclared_one(corpus_build, capsys):
    out, _ = corpus_build
    q = "PREFIX ck: <urn:nothing#> SELECT ?p WHERE { ?p a ck:Person }"
    code, res = kg(capsys, "query", q, "--graph", str(out), "--format", "csv")
    assert code == 0 and csv_rows(res.out) == [["p"]]


def test_csv_is_exactly_header_and_rows_with_a_bom(corpus_build, capsys):
    out, _ = corpus_build
    code, table = kg(capsys, "query", PERSONS, "--graph", str(out), "--format", "json")
    expected = len(json.loads(table.out)["results"]["bindings"])
    code, res = kg(capsys, "query", PERSONS, "--graph", str(out), "--format", "csv")
    assert res.out.startswith("\ufeff") and not res.out.endswith("\n\n")
    assert len(csv_rows(res.out)) == expected + 1 and expected > 5


def test_csv_and_json_carry_full_iris_and_the_table_labels(corpus_build, capsys):
    out, _ = corpus_build
    q = "SELECT ?p ?c WHERE { ?p a ck:Person ; a ?c ; rdfs:label '白金山'@zh }"
    _, res = kg(capsys, "query", q, "--graph", str(out), "--format", "csv")
    row = csv_rows(res.out)[1]
    assert row[0].startswith("https://w3id.org/cadre-kg/id/") and row[1] == "https://w3id.org/cadre-kg/ontology#Person"
    _, res = kg(capsys, "query", q, "--graph", str(out))
    assert "白金山 ‹person/" in res.out and "ck:Person" in res.out


def test_a_short_place_name_gives_the_rows_of_the_full_name(corpus_build, capsys):
    out, _ = corpus_build
    _, full = kg(capsys, "query", "officials_of_place", "--graph", str(out), "--format", "csv", "--param", "place=鞍山市")
    _, short = kg(capsys, "query", "officials_of_place", "--graph", str(out), "--format", "csv", "--param", "place=鞍山")
    assert len(csv_rows(full.out)) > 2 and short.out == full.out


def test_a_place_in_traditional_script_resolves(corpus_build):
    store = open_store(corpus_build[0])
    assert resolve(store, "place", "臺安縣") == "台安县"


def test_an_unknown_place_is_an_error_with_the_nearest_labels(corpus_build, capsys):
    out, _ = corpus_build
    code, res = kg(capsys, "query", "officials_of_place", "--graph", str(out), "--param", "place=鞍山县")
    assert code == 1 and "no place called '鞍山县'" in res.err and "鞍山市" in res.err


def test_a_name_that_fits_several_nodes_lists_them():
    import pyoxigraph as ox

    store = ox.Store()
    ck, rdfs = "https://w3id.org/cadre-kg/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
    for i, name in enumerate(["白云区", "白云街道"]):
        node = ox.NamedNode(f"https://w3id.org/cadre-kg/id/place/{i}")
        store.add(ox.Quad(node, ox.NamedNode(rdfs + "label"), ox.Literal(name, language="zh")))
        store.add(ox.Quad(node, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                          ox.NamedNode(ck + "Locality")))
    try:
        resolve(store, "place", "白云")
        raise AssertionError("several places did not raise")
    except ParamError as exc:
        assert "白云区" in str(exc) and "白云街道" in str(exc)
    assert resolve(store, "place", "白云区") == "白云区"        # positive control


def test_limit_and_offset_page_the_rows(corpus_build, capsys):
    out, _ = corpus_build
    _, whole = kg(capsys, "query", "place_hierarchy", "--graph", str(out), "--format", "csv")
    _, first = kg(capsys, "query", "place_hierarchy", "--graph", str(out), "--format", "csv", "--limit", "5")
    _, second = kg(capsys, "query", "place_hierarchy", "--graph", str(out), "--format", "csv",
                   "--limit", "5", "--offset", "5")
    rows = csv_rows(whole.out)
    assert csv_rows(first.out) == rows[:6] and csv_rows(second.out)[1:] == rows[6:11]


def test_paging_replaces_the_query_own_limit():
    assert paged("SELECT * WHERE { ?s ?p ?o } LIMIT 10", 3, 6).split() == \
        "SELECT * WHERE { ?s ?p ?o } LIMIT 3 OFFSET 6".split()
    assert paged("SELECT * WHERE { ?s ?p ?o } LIMIT 10", None, None).endswith("LIMIT 10")


def test_lines_of_an_absent_parameter_are_dropped():
    text = "?a ?b ?c .\n?top rdfs:label ?place .  # if place\nFILTER(?a < ?b)  # unless person"
    assert scoped(text, set()) == "?a ?b ?c .\nFILTER(?a < ?b)  # unless person"
    assert scoped(text, {"place", "person"}) == "?a ?b ?c .\n?top rdfs:label ?place .  # if place"


def test_a_syntax_error_shows_the_line_a_caret_and_one_sentence(corpus_build, capsys):
    out, _ = corpus_build
    code, res = kg(capsys, "query", "SELECT ?n WHERE {\n  ?p a ck:Person ;\n     rdfs:lable ?n\n  ?x foo:bar ?n }",
                   "--graph", str(out))
    err = res.err
    assert code == 1 and "line 4" in err and "foo:" in err and "^" in err
    assert len(err.splitlines()) <= 4 and "Traceback" not in err and "\\u{" not in err


def test_co_mentions_weigh_pairs_by_articles_in_common(corpus_build, capsys):
    out, _ = corpus_build
    _, res = kg(capsys, "query", "co_mentions", "--graph", str(out), "--format", "csv")
    rows = csv_rows(res.out)
    header, body = rows[0], rows[1:]
    kinds = {r[header.index("kind")] for r in body}
    assert {"person", "place"} <= kinds
    pairs = [(r[header.index("a")], r[header.index("b")]) for r in body if r[header.index("kind")] == "person"]
    assert len(pairs) == len(set(pairs)) and all((b, a) not in set(pairs) for a, b in pairs)
    assert all(int(r[header.index("articles")]) >= 1 for r in body)


def test_version_exits_zero():
    res = subprocess.run([sys.executable, "-m", "kg.cli", "--version"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and res.stdout.startswith("kg (cadre-kg) ")


def test_a_closed_pipe_ends_without_a_traceback(corpus_build):
    out, _ = corpus_build
    cmd = f"{sys.executable} -m kg.cli query co_mentions --graph {out} --format csv | head -1"
    res = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert res.stdout.lstrip("\ufeff").startswith("person,") and "Traceback" not in res.stderr
    assert "BrokenPipe" not in res.stderr


def test_pages_of_a_sorted_answer_are_slices_of_the_whole(corpus_build, capsys):
    out, _ = corpus_build
    args = ["query", "figures_about_place", "--graph", str(out), "--format", "csv", "--param", "place=辽宁省"]
    _, whole = kg(capsys, *args)
    _, page = kg(capsys, *args, "--limit", "4", "--offset", "3")
    rows = csv_rows(whole.out)
    values = [float(r[2]) for r in rows[1:]]
    assert len(rows) > 10 and values == sorted(values, reverse=True)     # the largest figures first
    assert csv_rows(page.out)[1:] == rows[4:8]


def test_the_programs_table_has_one_row_a_program_even_without_a_place(tmp_path):
    import csv as csvmod

    from kg.build.build import build
    from kg.export.formats import export

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("工作动态\n2022-03-01\n今年以来，各单位深入开展“春风送暖”专项行动和“清风细雨”专项行动，"
                                  "局长王建树说，两项行动成效明显。\n", encoding="utf-8")           # no place in the text
    out = tmp_path / "o"
    build([corpus], out, jobs=1, progress=False, view=False)
    tables = {p.name: p for p in export("csv", out)}
    rows = list(csvmod.DictReader(tables["programs.csv"].read_text(encoding="utf-8-sig").splitlines()))
    ids = [r["program"] for r in rows]
    assert len(ids) >= 2 and len(ids) == len(set(ids))                       # one row a program
    assert all(not r["place"] for r in rows)                                  # programs without a place


def test_the_predeclared_geo_prefix_is_the_graphs_geosparql(corpus_build, capsys):
    from kg.cli import main

    assert main(["query", "SELECT (COUNT(*) AS ?n) WHERE { ?p geo:hasGeometry ?g }", "--graph", str(corpus_build[0]),
                 "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) > 10


def test_the_article_summary_counts_zero_for_an_article_that_names_no_one(tmp_path, capsys):
    from kg.build.build import build

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("天气\n2022-04-02\n今天晴转多云，午后有小雨，气温比昨天低一些，出门请带伞。\n", encoding="utf-8")
    (corpus / "b.txt").write_text("会议\n2022-04-03\n县长王建树主持召开常务会议，研究部署春耕生产工作。\n", encoding="utf-8")
    out = tmp_path / "o"
    build([corpus], out, jobs=1, progress=False, view=False)
    code, res = kg(capsys, "query", "article_summary", "--graph", str(out), "--format", "json")
    rows = {b["file"]["value"]: b for b in json.loads(res.out)["results"]["bindings"]}
    assert code == 0 and set(rows) == {"a.txt", "b.txt"}                       # the empty article keeps its row
    assert [rows["a.txt"][k]["value"] for k in ("persons", "places", "organizations", "programs", "figures")] == ["0"] * 5
    assert int(rows["b.txt"]["persons"]["value"]) >= 1                         # control: the other counts its official


def test_the_counts_stored_on_each_article_are_the_counts_of_its_mentions(corpus_build):
    """article_summary looks the counts up; counting the mentions at query time must agree."""
    from kg.sparql.query import PREFIXES
    from kg.sparql.store import open_store

    store = open_store(corpus_build[0])
    counted = """SELECT ?a (SUM(IF(?c = ck:Person, 1, 0)) AS ?p) (SUM(IF(?c = ck:Locality, 1, 0)) AS ?l)
        (SUM(IF(?c = ck:Organization, 1, 0)) AS ?o) (SUM(IF(?c = ck:Program, 1, 0)) AS ?g) (SUM(IF(?c = ck:Statistic, 1, 0)) AS ?f)
        WHERE { ?a a ck:Article . { BIND(ck:none AS ?c) } UNION { ?x ck:mentionedIn ?a ; a ?c } } GROUP BY ?a"""
    stored = """SELECT ?a ?p ?l ?o ?g ?f WHERE { ?a a ck:Article ; ck:personCount ?p ; ck:placeCount ?l ;
        ck:organizationCount ?o ; ck:programCount ?g ; ck:figureCount ?f }"""
    rows = [{r["a"].value: tuple(int(r[v].value) for v in "plogf") for r in store.query(q, prefixes=PREFIXES)} for q in (counted, stored)]
    assert rows[0] == rows[1] and len(rows[0]) == 5 and all(sum(r) > 10 for r in rows[0].values())


def test_the_officials_counted_on_each_body_are_the_holders_of_its_posts_in_the_store_and_the_turtle(corpus_build):
    """bodies_and_officials looks the count up; counting holders at query time must agree,
    and graph.ttl carries the same counts as the store."""
    from rdflib import Graph, URIRef

    from kg.sparql.query import PREFIXES
    from kg.sparql.store import open_store

    store = open_store(corpus_build[0])
    counted = "SELECT ?org (COUNT(DISTINCT ?p) AS ?n) WHERE { ?post ck:organization ?org . ?p ck:holds ?post } GROUP BY ?org"
    stored = "SELECT ?org ?n WHERE { ?org ck:officialCount ?n }"
    rows = [{r["org"].value: int(r["n"].value) for r in store.query(q, prefixes=PREFIXES)} for q in (counted, stored)]
    assert rows[0] == rows[1] and len(rows[0]) > 10 and max(rows[0].values()) > 1
    turtle = Graph().parse(corpus_build[0] / "graph.ttl")
    ck = PREFIXES["ck"]
    assert {str(s): int(o) for s, o in turtle.subject_objects(URIRef(ck + "officialCount"))} == rows[1]
