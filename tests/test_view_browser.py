"""The HTML view in a real browser: Debian's chromium driven by Playwright.

No request may leave the page, no script may fail, every entity is drawn, search finds a
node in either script, a click shows its evidence, and article text arrives as text.
The README's screenshot is taken here when KG_SCREENSHOTS is set (`make screenshots`);
a plain test run leaves the clone unmodified.
"""
import os
from pathlib import Path

import pytest
from rdflib import Graph

from kg.export.view_data import CLASSES
from kg.export.html import write_html
from kg.graph.ns import CK, RDF
from tests.conftest import chromium_path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = chromium_path()
pytestmark = pytest.mark.browser
if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium (.ci/run does): browser tests cannot be skipped there")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ENTITY_CLASSES = list(CLASSES)      # every kind the registry styles, events included


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def open_page(browser, html: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    external, errors = [], []
    page.on("request", lambda r: external.append(r.url) if not r.url.startswith(("file:", "data:", "about:")) else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(html.as_uri())
    try:
        page.wait_for_function("window.kgView && window.kgView.nodeCount() > 0", timeout=20000)
    except Exception:
        raise AssertionError(f"view did not start: errors={errors} external={external}")
    return page, external, errors


def test_view_draws_every_entity_offline(browser, corpus_build):
    out, _ = corpus_build
    page, external, errors = open_page(browser, out / "graph.html")
    g = Graph().parse(out / "graph.ttl")
    entities = {s for cls in ENTITY_CLASSES for s in g.subjects(RDF.type, cls)}
    assert page.evaluate("window.kgView.nodeCount()") == len(entities)
    page.wait_for_function("window.kgView.settled()", timeout=15000)
    assert external == [] and errors == []
    if os.environ.get("KG_SCREENSHOTS"):             # `make screenshots`, never a plain test run
        page.screenshot(path=str(ROOT / "docs" / "view.png"))
    page.close()


def test_search_in_traditional_script_finds_the_node_and_click_shows_evidence(browser, corpus_build):
    out, _ = corpus_build
    page, _, errors = open_page(browser, out / "graph.html")
    page.fill("#search", "白金山")
    page.wait_for_selector("#matches div")
    page.click("#matches div")
    panel = page.inner_text("#panel")
    assert "白金山" in panel and "党支部书记" in panel and "冲锋在滚石上山" in panel
    assert "白金山" in panel and ("書記" in panel or "说" in panel or "説" in panel)
    page.fill("#search", "葫蘆島")
    assert page.evaluate("window.kgView.search('葫蘆島').length") >= 1
    assert errors == []
    page.close()


def test_script_in_article_text_shows_as_text(browser, tmp_path):
    from kg.build.pipeline import merge, process_file

    src = tmp_path / "x.txt"
    src.write_text("测试<script>alert(1)</script>新闻\n2023-06-01 来源:测试日报\n"
                   "河北省正定县县长刘建华说<script>alert(1)</script>，要抓好项目建设，推动全县经济高质量发展。\n",
                   encoding="utf-8")
    g = merge([process_file(str(src))])
    html = tmp_path / "view.html"
    write_html(g, html, title="<script>alert(1)</script>")
    page, _, errors = open_page(browser, html)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.evaluate("window.kgView.select(window.kgView.search('刘建华')[0])")
    assert "<script>alert(1)</script>" in page.inner_text("#panel")
    assert dialogs == [] and errors == []
    page.close()


def test_first_draw_is_within_a_second_and_figures_start_folded(browser, corpus_build):
    out, _ = corpus_build
    page, external, errors = open_page(browser, out / "graph.html")
    page.wait_for_function("window.kgView.firstDrawMs !== null", timeout=10000)
    assert page.evaluate("window.kgView.firstDrawMs") <= 1000
    visible = set(page.evaluate("window.kgView.visibleIds()"))
    g = Graph().parse(out / "graph.ttl")
    figures = {str(s) for s in g.subjects(RDF.type, CK.Statistic)}
    assert figures and not visible & figures
    labelled = page.evaluate("window.kgView.edges.get().filter(function (e) { return e.label; }).length")
    assert labelled == 0                                          # edge labels wait for hover or selection
    assert external == [] and errors == []
    page.close()


def test_clicking_a_place_shows_its_figures_and_selection_labels_its_edges(browser, corpus_build):
    out, _ = corpus_build
    page, _, errors = open_page(browser, out / "graph.html")
    place = page.evaluate("window.kgView.search('鞍山市')[0]")
    assert page.evaluate(f"window.kgView.nodes.get('{place}').label") == "鞍山市"     # the exact name before 鞍山市委
    page.evaluate(f"window.kgView.network.selectNodes(['{place}']); "
                  f"window.kgView.network.body.emitter.emit('click', {{nodes: ['{place}'], edges: []}}); "
                  f"window.kgView.network.body.emitter.emit('selectNode', {{nodes: ['{place}'], edges: []}})")
    visible = page.evaluate("window.kgView.visibleIds()")
    assert any(page.evaluate(f"window.kgView.network.getConnectedNodes('{place}')").count(v) for v in visible)
    shown_figures = page.evaluate("window.kgView.visibleIds().filter(function (id) { return id.indexOf('/statistic/') > 0; })")
    assert shown_figures
    assert page.evaluate("window.kgView.edges.get().filter(function (e) { return e.label && e.label.trim(); }).length") > 0
    assert errors == []
    page.close()


def test_the_province_filter_keeps_the_officials_of_that_province(browser, corpus_build):
    out, _ = corpus_build
    page, _, errors = open_page(browser, out / "graph.html")
    page.evaluate("window.kgView.setProvince('辽宁省')")
    visible = page.evaluate("window.kgView.visibleIds()")
    assert any("/person/" in v for v in visible)
    names = page.evaluate("window.kgView.visibleIds().map(function (id) { return window.kgView.nodes.get(id).label; })")
    assert "苑振超" in names
    page.evaluate("window.kgView.setProvince('山西省')")
    assert "苑振超" not in page.evaluate(
        "window.kgView.visibleIds().map(function (id) { return window.kgView.nodes.get(id).label; })")
    assert errors == []
    page.close()


def test_the_date_filter_keeps_what_articles_of_those_dates_name(browser, corpus_build):
    out, _ = corpus_build
    page, _, errors = open_page(browser, out / "graph.html")
    labels = "window.kgView.visibleIds().map(function (id) { return window.kgView.nodes.get(id).label; })"
    page.evaluate("window.kgView.setDates('2024-04-01', '2024-04-30')")
    april = page.evaluate(labels)
    assert "苑振超" in april and "白金山" not in april                 # 2024-04-02's article, not 2020's
    page.evaluate("window.kgView.setDates('', '')")
    assert "白金山" in page.evaluate(labels)
    assert errors == []
    page.close()
