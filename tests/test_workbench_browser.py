"""The workbench of `kg serve` in Debian's chromium: permalinks run their query and show
its table, saved queries take labels as parameters, nothing leaves the machine."""
import csv
import io
import os
import subprocess
import sys
import urllib.parse

import pytest

from kg.cli import main
from kg.serve.backend import free_port
from tests.test_sparql import wait_port
from tests.test_view_browser import ARGS, CHROMIUM, ROOT

pytestmark = pytest.mark.browser
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def served(corpus_build):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(corpus_build[0]), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_port(port, proc)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def page_at(served):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)

        def open_(path):
            page = browser.new_page()
            outside, errors = [], []
            page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(served) else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(served + path)
            page.wait_for_function("window.kgWorkbench && window.kgWorkbench.ready", timeout=20000)
            return page, outside, errors
        yield open_
        browser.close()


def screenshot(page, name: str) -> None:
    """The README's pictures, only under `make screenshots` (a test run leaves the clone as it was)."""
    if os.environ.get("KG_SCREENSHOTS"):
        page.screenshot(path=str(ROOT / "docs" / f"{name}.png"))


def table_rows(page) -> list[list[str]]:
    page.wait_for_selector("#results table", timeout=20000)
    return page.evaluate("Array.from(document.querySelectorAll('#results tr')).slice(1)"
                         ".map(function (tr) { return Array.from(tr.cells).map(function (c) { return c.innerText; }); })")


def test_a_query_permalink_shows_its_rows_with_labels(page_at):
    q = "SELECT ?p ?name WHERE { ?p a ck:Person ; rdfs:label ?name } ORDER BY ?name"
    page, outside, errors = page_at("/?query=" + urllib.parse.quote(q))
    rows = table_rows(page)
    assert len(rows) > 10 and any("白金山" in r[1] for r in rows)
    assert any(r[0].startswith("白金山") for r in rows)                 # the IRI is shown by its label
    assert outside == [] and errors == []
    page.close()


def test_a_saved_query_permalink_takes_a_short_place_name(page_at, corpus_build, capsys):
    page, outside, errors = page_at("/?saved=officials_of_place&place=" + urllib.parse.quote("鞍山"))
    rows = table_rows(page)
    assert main(["query", "officials_of_place", "--graph", str(corpus_build[0]), "--format", "csv",
                 "--param", "place=鞍山市"]) == 0
    expected = list(csv.reader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))[1:]
    assert len(rows) == len(expected) > 2
    assert {r[0] for r in rows} == {r[0] for r in expected}
    screenshot(page, "workbench")
    assert outside == [] and errors == []
    page.close()


def test_an_unknown_place_is_a_message_on_the_page(page_at):
    page, _, errors = page_at("/?saved=officials_of_place&place=" + urllib.parse.quote("鞍山县"))
    page.wait_for_function("document.getElementById('status').className === 'error'", timeout=20000)
    assert "鞍山市" in page.inner_text("#status")                        # the nearest labels are offered
    page.close()


def test_the_map_shows_one_marker_per_located_place(page_at, corpus_build):
    from rdflib import Graph

    from kg.graph.ns import CK, GEO, RDF

    page, outside, errors = page_at("/")
    page.goto(page.url.rstrip("/") + "/map")
    page.wait_for_function("window.kgMap && window.kgMap.ready", timeout=20000)
    g = Graph().parse(corpus_build[0] / "graph.ttl")
    located = {p for p in g.subjects(RDF.type, CK.Locality)
               if g.value(p, GEO.hasGeometry) is not None and g.value(p, CK.mentionedIn) is not None}
    assert page.evaluate("document.querySelectorAll('circle.place').length") == len(located) > 10
    screenshot(page, "map")
    page.evaluate("window.kgMap.setProvince('山西省')")
    assert 0 < page.evaluate("document.querySelectorAll('circle.place').length") < len(located)
    assert outside == [] and errors == []
    page.close()


def test_the_map_zooms_and_fits_a_province_filter(page_at):
    page, outside, errors = page_at("/")
    page.goto(page.url.rstrip("/") + "/map")
    page.wait_for_function("window.kgMap && window.kgMap.ready", timeout=20000)
    before = page.evaluate("window.kgMap.viewBox")
    page.mouse.move(500, 400)
    page.mouse.wheel(0, -300)                              # the wheel zooms in: the scale changes
    zoomed = page.evaluate("window.kgMap.viewBox")
    assert zoomed[2] < before[2]
    page.evaluate("window.kgMap.setProvince('山西省')")
    box = page.evaluate("window.kgMap.viewBox")
    inside = page.evaluate("""([x, y, w, h]) => [...document.querySelectorAll('circle.place')].every(c =>
        +c.getAttribute('cx') >= x && +c.getAttribute('cx') <= x + w && +c.getAttribute('cy') >= y && +c.getAttribute('cy') <= y + h)""", box)
    assert inside and box[2] < before[2]                  # every marker of the province in view, closer than all China
    page.evaluate("window.kgMap.setProvince('')")
    labels = page.evaluate("""[...document.querySelectorAll('text.label')].map(t => t.getBBox())
        .map(b => [b.x, b.y, b.x + b.width, b.y + b.height])""")
    clash = [(a, b) for i, a in enumerate(labels) for b in labels[i + 1:]
             if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5]
    assert labels and clash == []                           # names never drawn over one another
    assert outside == [] and errors == []
    page.close()


def test_an_entity_page_shows_posts_places_and_evidence(page_at, corpus_build):
    import pyoxigraph as ox

    from kg.sparql.query import PREFIXES

    store = ox.Store.read_only(str(corpus_build[0] / "store"))
    person = next(iter(store.query("SELECT ?p WHERE { ?p rdfs:label '苑振超'@zh }", prefixes=PREFIXES)))["p"].value
    page, outside, errors = page_at("/")
    page.goto(page.url.rstrip("/") + "/entity?iri=" + urllib.parse.quote(person))
    page.wait_for_function("window.kgEntity && window.kgEntity.ready", timeout=20000)
    text = page.inner_text("main")
    assert "苑振超" in text and "县委书记" in text and "台安县" in text
    assert "evidence" in text and "articles" in text
    screenshot(page, "entity")
    page.click("text=台安县")
    page.wait_for_function("window.kgEntity && window.kgEntity.ready && document.title.indexOf('台安县') === 0", timeout=20000)
    assert "鞍山市" in page.inner_text("main")                           # the place's chain upward
    assert outside == [] and errors == []
    page.close()


def test_the_reader_marks_the_entities_the_graph_holds_for_its_article(page_at, corpus_build):
    import pyoxigraph as ox

    from kg.sparql.query import PREFIXES

    store = ox.Store.read_only(str(corpus_build[0] / "store"))
    art = next(iter(store.query("SELECT ?a WHERE { ?p rdfs:label '苑振超'@zh ; ck:mentionedIn ?a }", prefixes=PREFIXES)))["a"].value

    def held(cls):
        rows = store.query(f"SELECT ?e WHERE {{ ?e a ck:{cls} ; ck:mentionedIn <{art}> }}", prefixes=PREFIXES)
        return {r["e"].value for r in rows}

    page, outside, errors = page_at("/")
    page.goto(page.url.rstrip("/") + "/article?iri=" + urllib.parse.quote(art))
    page.wait_for_function("window.kgReader && window.kgReader.ready", timeout=20000)
    marks = page.evaluate("Array.from(document.querySelectorAll('a.ent')).map(function (a) {"
                          " return [a.dataset.cls, a.dataset.iri, a.getAttribute('href')]; })")
    by_class = {}
    for cls, iri, href in marks:
        by_class.setdefault(cls, set()).add(iri)
        assert href == "/entity?iri=" + urllib.parse.quote(iri, safe="")
    assert by_class["Person"] == held("Person") and "苑振超" in page.inner_text("#text")
    for cls in ("Locality", "Organization", "Statistic"):                # marked only what the graph holds
        assert by_class[cls] and by_class[cls] <= held(cls)
    assert "人民日报" in page.inner_text("#meta") and page.inner_text("#headline")
    screenshot(page, "reader")
    assert outside == [] and errors == []
    page.close()


def test_the_reader_names_an_unknown_article_and_refuses_a_path(served):
    import json
    import urllib.error
    import urllib.request

    for iri in ("https://w3id.org/cadre-kg/id/article/0123456789abcdef",
                "https://w3id.org/cadre-kg/id/article/../../../etc/passwd"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(served + "/api/article?iri=" + urllib.parse.quote(iri))
        assert err.value.code == 400 and "article" in json.loads(err.value.read())["error"]
    ok = urllib.request.urlopen(served + "/api/saved")                     # positive control: the API answers
    assert ok.status == 200


def test_the_editor_highlights_sparql_and_runs_on_ctrl_enter(page_at):
    page, outside, errors = page_at("/")
    assert page.evaluate("Array.from(document.querySelectorAll('.CodeMirror .cm-keyword')).map(function (e) {"
                         " return e.textContent.toUpperCase(); })")[:1] == ["SELECT"]
    assert page.evaluate("document.querySelectorAll('.CodeMirror .cm-variable-2').length") > 0    # ?variables
    page.evaluate("window.kgEditor.setValue('')")
    page.click(".CodeMirror")
    page.keyboard.type("SELECT ?label WHERE { ?o a ck:Organization ; rdfs:label ?label } LIMIT 7")
    page.keyboard.press("Control+Enter")
    rows = table_rows(page)
    assert len(rows) == 7                                                  # the typed query ran
    assert "query=" in page.get_attribute("#permalink", "href")
    assert outside == [] and errors == []
    page.close()
