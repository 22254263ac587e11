"""The workbench's search box in Debian's chromium: it lists the articles holding the
words, its province facet narrows them, and a hit opens the reader with the words marked."""
import subprocess
import sys

import pytest

from kg.serve.backend import free_port
from tests.test_search import grep, searchable  # noqa: F401 - the fixture of the built corpus
from tests.test_sparql import wait_port
from tests.test_view_browser import ARGS, CHROMIUM
from tests.test_workbench_browser import screenshot

pytestmark = pytest.mark.browser
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def workbench(searchable):  # noqa: F811
    from playwright.sync_api import sync_playwright

    corpus, out = searchable
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(out), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_port(port, proc)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        page = browser.new_page()
        outside = []
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(f"http://127.0.0.1:{port}") else None)
        page.goto(f"http://127.0.0.1:{port}/")
        page.wait_for_function("window.kgWorkbench && window.kgWorkbench.ready", timeout=20000)
        yield corpus, page, outside
        browser.close()
    proc.terminate()
    proc.wait(timeout=10)


def hits(page) -> list[str]:
    return page.eval_on_selector_all("#search-results a.hit", "as => as.map(a => a.textContent)")


def test_the_search_box_lists_every_article_holding_the_words(workbench):
    corpus, page, outside = workbench
    page.fill("#search", "第一书记")
    page.click("#search-go")
    page.wait_for_selector("#search-results a.hit", timeout=20000)
    assert sorted(hits(page)) == sorted(["驻村干部座谈会", "乡村振兴观察", "第一书记的一天"])
    assert len(hits(page)) == len(grep(corpus, "第一书记"))
    screenshot(page, "search")
    assert outside == []


def test_a_province_facet_keeps_that_provinces_articles(workbench):
    _, page, _ = workbench
    page.fill("#search", "第一书记")
    page.click("#search-go")
    page.wait_for_selector("#facets button[data-key='甘肃省']", timeout=20000)
    page.click("#facets button[data-key='甘肃省']")
    assert hits(page) == ["驻村干部座谈会"]
    page.click("#facets button[data-key='甘肃省']")          # again: the facet is off
    assert len(hits(page)) == 3


def test_a_hit_opens_the_reader_with_the_words_marked(workbench):
    _, page, _ = workbench
    page.fill("#search", "第一书记")
    page.click("#search-go")
    page.wait_for_selector("#search-results a.hit", timeout=20000)
    page.click("#search-results a.hit >> text=驻村干部座谈会")
    page.wait_for_function("window.kgReader && window.kgReader.ready", timeout=20000)
    marked = page.eval_on_selector_all("mark.found", "ms => ms.map(m => m.textContent)")
    assert marked == ["第一书记"]
    assert page.inner_text("#headline") == "驻村干部座谈会"
