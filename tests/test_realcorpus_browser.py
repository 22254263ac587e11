"""Exploring the build of 120 real excerpts (31 provinces, 2,000-odd entities) in Debian's
chromium under `kg serve`: the view drawn as a province overview, 300 entities drawn and
the rest found by its search; expanding fetches a node's neighbours from the store; a
province filter lays out again only that province (the map: test_realcorpus_map_browser)."""
import shutil

import pytest

from kg.cli import main
from tests.browsing import served_page
from tests.test_view_browser import CHROMIUM
from tests.test_workbench_browser import screenshot

pytestmark = pytest.mark.browser
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)

PREFIXES = """PREFIX ck: <https://w3id.org/cadre-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
"""
VIEWPORT = {"width": 1300, "height": 850}


@pytest.fixture(scope="module")
def real_graph(realcorpus_build, tmp_path_factory):
    graph = tmp_path_factory.mktemp("real") / "out"
    shutil.copytree(realcorpus_build[0], graph)
    assert main(["view", "--graph", str(graph), "--limit", "300"]) == 0
    return graph


def rows(graph, query: str) -> list[dict]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(graph / "store"))
    found = store.query(PREFIXES + query)
    names = [v.value for v in found.variables]
    return [{n: r[n].value for n in names if r[n] is not None} for r in found]


@pytest.fixture(scope="module")
def view(real_graph):
    with served_page(real_graph, "/view", "window.kgView && window.kgView.nodeCount() > 0", VIEWPORT) as opened:
        yield opened


def test_the_view_starts_as_an_overview_grouped_by_province(view):
    page, errors, outside = view
    groups = page.evaluate("window.kgView.groups()")
    assert len(groups) >= 10                                   # one group a province, named
    assert all(g["name"].endswith(("省", "市", "自治区")) for g in groups)
    assert page.evaluate("window.kgView.firstDrawMs") is not None
    screenshot(page, "view-overview")
    assert errors == [] and outside == []


def test_an_official_not_drawn_is_found_and_shown_with_the_places_of_posts(view, real_graph):
    page, errors, outside = view
    drawn = set(page.evaluate("window.kgView.nodes.getIds()"))
    officials = rows(real_graph, """SELECT ?p ?name ?place WHERE { ?p ck:holds/ck:locality ?pl ; rdfs:label ?name .
        ?pl rdfs:label ?place } ORDER BY ?name""")
    candidates = [r for r in officials if r["p"] not in drawn and len(r["name"]) >= 2]
    assert len(officials) > 100 and candidates, "every official is drawn: the test needs one who is not"
    hit = candidates[0]
    assert page.evaluate(f"window.kgView.search({hit['name']!r})")[0] == hit["p"]
    page.fill("#search", hit["name"])
    page.click("#matches div >> nth=0")
    page.wait_for_function(f"window.kgView.nodes.get({hit['p']!r}) !== null", timeout=20000)
    page.wait_for_function(f"window.kgView.network.getConnectedNodes({hit['p']!r}).length > 0", timeout=20000)
    labels = page.evaluate(f"window.kgView.network.getConnectedNodes({hit['p']!r}).map(n => window.kgView.nodes.get(n).label)")
    places = {r["place"] for r in officials if r["p"] == hit["p"]}
    assert places & set(labels)                                # the place of a post, drawn beside them
    assert hit["name"] in page.inner_text("#panel")
    assert errors == [] and outside == []


def test_expanding_a_node_adds_its_neighbours_from_the_store(view, real_graph):
    page, errors, _ = view
    drawn = set(page.evaluate("window.kgView.nodes.getIds()"))
    # a drawn place with officials the page does not draw
    places = rows(real_graph, """SELECT ?pl (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x ck:holds/ck:locality ?pl }
        GROUP BY ?pl ORDER BY DESC(?n) ?pl""")
    officials_of = lambda pl: {r["x"] for r in rows(real_graph, f"SELECT ?x WHERE {{ ?x ck:holds/ck:locality <{pl}> }}")}
    place = next(r["pl"] for r in places if r["pl"] in drawn and officials_of(r["pl"]) - drawn)
    before = page.evaluate("window.kgView.nodeCount()")
    page.evaluate(f"window.kgView.expand({place!r})")
    page.wait_for_function(f"window.kgView.nodeCount() > {before}", timeout=20000)
    linked = set(page.evaluate(f"window.kgView.network.getConnectedNodes({place!r})"))
    assert officials_of(place) - drawn <= linked               # every official of the place now beside it
    assert place in page.evaluate("window.kgView.bright")
    assert errors == []


def test_a_province_filter_lays_out_again_only_that_province(view):
    page, errors, _ = view
    page.evaluate("window.kgView.setProvince('')")
    page.wait_for_function("window.kgView.settled()", timeout=20000)
    before = page.evaluate("window.kgView.network.getPositions()")
    province = page.evaluate("""() => { const n = {}; window.kgView.nodes.getIds().forEach(id =>
        ((window.kgView.details[id] || {}).provinces || []).forEach(p => { n[p] = (n[p] || 0) + 1; }));
        return Object.keys(n).sort((a, b) => n[b] - n[a])[0]; }""")         # the province most drawn
    page.evaluate(f"window.kgView.setProvince({province!r})")
    page.wait_for_function("!window.kgView.settled()", timeout=5000)
    page.wait_for_function("window.kgView.settled()", timeout=20000)
    visible = page.evaluate("window.kgView.visibleIds()")
    assert 5 < len(visible) < page.evaluate("window.kgView.nodeCount()")
    assert page.evaluate("""([ids, p]) => ids.every(id => (window.kgView.details[id].provinces || []).indexOf(p) >= 0)""",
                         [visible, province])
    after = page.evaluate("window.kgView.network.getPositions()")
    assert any(before[i] != after[i] for i in visible)          # laid out again, not the old places
    box = page.evaluate("""ids => { const v = window.kgView.network, r = document.getElementById('graph').getBoundingClientRect();
        return ids.map(id => v.canvasToDOM(v.getPositions([id])[id])).every(p => p.x >= -2 && p.y >= -2 && p.x <= r.width + 2 && p.y <= r.height + 2); }""",
                        visible)
    assert box                                                   # and fitted: every node on screen
    page.evaluate("window.kgView.setProvince('')")
    assert errors == []
