"""Exploring a graph larger than the page draws, in Debian's chromium under `kg serve`:
the search finds an official who is not drawn and draws them with their posts' places;
selecting dims everything but the neighbourhood; expanding grows it; a province filter
keeps only that province's nodes."""
import shutil

import pytest

from kg.cli import main
from tests.browsing import served_page
from tests.test_view_browser import CHROMIUM
from tests.test_workbench_browser import screenshot

pytestmark = pytest.mark.browser
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def explorer(corpus_build, tmp_path_factory):
    graph = tmp_path_factory.mktemp("explore") / "out"
    shutil.copytree(corpus_build[0], graph)
    assert main(["view", "--graph", str(graph), "--limit", "40"]) == 0        # 40 drawn, the rest searchable
    with served_page(graph, "/view", "window.kgView && window.kgView.nodeCount() > 0",
                     {"width": 1300, "height": 850}) as opened:
        yield opened


def test_an_official_who_is_not_drawn_is_found_and_drawn_with_the_places_of_posts(explorer):
    page, errors, outside = explorer
    assert page.evaluate("window.kgView.undrawn()") > 100
    hit = page.evaluate("""window.kgView.search('苑振超').filter(id => !window.kgView.nodes.get(id))[0]""")
    assert hit, "the official is drawn already: the test needs one who is not"
    page.fill("#search", "苑振超")
    page.click("#matches div >> nth=0")
    page.wait_for_function(f"window.kgView.nodes.get({hit!r}) !== null", timeout=20000)
    page.wait_for_function(f"window.kgView.network.getConnectedNodes({hit!r}).length > 0", timeout=20000)
    labels = page.evaluate(f"window.kgView.network.getConnectedNodes({hit!r}).map(n => window.kgView.nodes.get(n).label)")
    assert "台安县" in labels                                             # the place of the post 县委书记
    assert "苑振超" in page.inner_text("#panel") and page.is_visible("#panel a.open")
    screenshot(page, "view-explore")
    assert errors == [] and outside == []


def test_selecting_dims_all_but_the_neighbourhood_and_expanding_grows_it(explorer):
    page, errors, _ = explorer
    drawn = page.evaluate("window.kgView.nodes.getIds()")
    first = next(i for i in drawn if page.evaluate(f"window.kgView.network.getConnectedNodes({i!r}).length") >= 2)
    page.evaluate(f"window.kgView.select({first!r})")
    page.wait_for_function("window.kgView.bright.length > 0")
    bright = set(page.evaluate("window.kgView.bright"))
    dimmed = page.evaluate("window.kgView.nodes.get().filter(n => n.opacity < 1).map(n => n.id)")
    assert first in bright and dimmed and not bright & set(dimmed)
    neighbour = page.evaluate(f"window.kgView.network.getConnectedNodes({first!r})[0]")
    page.evaluate(f"window.kgView.expand({neighbour!r})")
    grown = set(page.evaluate("window.kgView.bright"))
    assert bright <= grown and len(grown) >= len(bright)
    assert errors == []


def test_a_province_filter_keeps_only_that_provinces_nodes(explorer):
    page, errors, _ = explorer
    page.evaluate("window.kgView.setProvince('辽宁省')")
    visible = page.evaluate("window.kgView.visibleIds()")
    assert visible
    inside = page.evaluate("""ids => ids.every(id => { const d = window.kgView.details[id];
        return !d || (d.provinces || []).indexOf('辽宁省') >= 0; })""", visible)
    assert inside
    assert len(visible) < page.evaluate("window.kgView.nodeCount()")       # others were hidden
    page.evaluate("window.kgView.setProvince('')")
    assert errors == []
