"""The map of the build of 120 real excerpts, in Debian's chromium under `kg serve`: the
provinces' outlines drawn offline, townships and villages without coordinates counted at
their county, wheel zoom, a province filter that fits the view and marks the outline,
and a tooltip with the place's officials and articles."""
import pytest

from tests.browsing import served_page
from tests.test_realcorpus_browser import VIEWPORT, rows
from tests.test_view_browser import CHROMIUM
from tests.test_workbench_browser import screenshot

pytestmark = pytest.mark.browser
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def real_graph(realcorpus_build):
    return realcorpus_build[0]


@pytest.fixture(scope="module")
def atlas(real_graph):
    with served_page(real_graph, "/map", "window.kgMap && window.kgMap.ready && window.kgMap.outlines > 0",
                     VIEWPORT) as opened:
        yield opened


def test_the_map_draws_outlines_and_counts_places_without_coordinates_at_their_county(atlas, real_graph):
    page, errors, outside = atlas
    assert page.evaluate("document.querySelectorAll('path.outline').length") == 34
    lower = rows(real_graph, """SELECT DISTINCT ?p WHERE { ?p a ck:Locality ; ck:mentionedIn ?a ; ck:partOf+ ?up .
        ?up geo:hasGeometry ?g . FILTER NOT EXISTS { ?p geo:hasGeometry ?h } }""")
    assert len(lower) > 20
    assert page.evaluate("window.kgMap.lowerPlaces") == len(lower)          # each one counted once
    assert page.evaluate("[...document.querySelectorAll('text.count')].reduce((s, t) => s + +t.textContent, 0)") == len(lower)
    assert outside == [] and errors == []


def test_the_map_zooms_and_fits_a_province_with_its_outline(atlas):
    page, errors, outside = atlas
    page.evaluate("window.kgMap.setProvince('')")
    before = page.evaluate("window.kgMap.viewBox")
    page.mouse.move(650, 450)
    page.mouse.wheel(0, -300)
    assert page.evaluate("window.kgMap.viewBox")[2] < before[2]            # the scale changed
    page.evaluate("window.kgMap.setProvince('贵州省')")
    box = page.evaluate("window.kgMap.viewBox")
    inside = page.evaluate("""([x, y, w, h]) => [...document.querySelectorAll('circle.place, circle.lower')].every(c =>
        +c.getAttribute('cx') >= x && +c.getAttribute('cx') <= x + w && +c.getAttribute('cy') >= y && +c.getAttribute('cy') <= y + h)""", box)
    assert inside and box[2] < before[2] / 3 and page.evaluate("window.kgMap.markers") > 3
    assert page.evaluate("[...document.querySelectorAll('path.outline.chosen')].map(p => p.dataset.name)") == ["贵州省"]
    screenshot(page, "map-province")
    assert outside == [] and errors == []


def test_a_place_on_the_map_tells_its_officials_and_articles(atlas, real_graph):
    page, errors, _ = atlas
    page.evaluate("window.kgMap.setProvince('')")
    held = rows(real_graph, """SELECT ?pl ?name (COUNT(?x) AS ?n) WHERE { ?x ck:holds/ck:locality ?pl ; rdfs:label ?name .
        ?pl geo:hasGeometry ?g ; ck:mentionedIn ?a } GROUP BY ?pl ?name ORDER BY DESC(?n) ?pl""")
    place, official = held[0]["pl"], held[0]["name"]
    page.hover(f"circle.place[data-iri='{place}']", force=True)
    page.wait_for_function("window.kgMap.tip && window.kgMap.tip.indexOf('官员') >= 0", timeout=20000)
    tip = page.evaluate("window.kgMap.tip")
    assert official in tip and "文章 articles" in tip
    screenshot(page, "map-tooltip")
    assert errors == []
