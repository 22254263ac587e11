"""The workbench's search box in Debian's chromium: it lists the articles holding the
words, its province facet narrows them, and a hit opens the reader with the words marked."""
import pytest

from tests.browsing import served_page
from tests.test_search import grep, searchable  # noqa: F401 - the fixture of the built corpus
from tests.test_view_browser import CHROMIUM
from tests.test_workbench_browser import screenshot

pytestmark = pytest.mark.browser
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


@pytest.fixture(scope="module")
def workbench(searchable):  # noqa: F811
    corpus, out = searchable
    with served_page(out, "/", "window.kgWorkbench && window.kgWorkbench.ready") as (page, _, outside):
        yield corpus, page, outside


def hits(page) -> list[str]:
    return page.eval_on_selector_all("#search-results a.hit", "as => as.map(a => a.textContent)")


def search_for(page, words: str, wait_for: str = "#search-results a.hit") -> None:
    page.fill("#search", words)
    page.click("#search-go")
    page.wait_for_selector(wait_for, timeout=20000)


def test_the_search_box_lists_every_article_holding_the_words(workbench):
    corpus, page, outside = workbench
    search_for(page, "第一书记")
    assert sorted(hits(page)) == sorted(["驻村干部座谈会", "乡村振兴观察", "第一书记的一天"])
    assert len(hits(page)) == len(grep(corpus, "第一书记"))
    screenshot(page, "search")
    assert outside == []


def test_a_province_facet_keeps_that_provinces_articles(workbench):
    _, page, _ = workbench
    search_for(page, "第一书记", "#facets button[data-key='甘肃省']")
    page.click("#facets button[data-key='甘肃省']")
    assert hits(page) == ["驻村干部座谈会"]
    page.click("#facets button[data-key='甘肃省']")          # again: the facet is off
    assert len(hits(page)) == 3


def test_a_hit_opens_the_reader_with_the_words_marked(workbench):
    _, page, _ = workbench
    search_for(page, "第一书记")
    page.click("#search-results a.hit >> text=驻村干部座谈会")
    page.wait_for_function("window.kgReader && window.kgReader.ready", timeout=20000)
    marked = page.eval_on_selector_all("mark.found", "ms => ms.map(m => m.textContent)")
    assert marked == ["第一书记"]
    assert page.inner_text("#headline") == "驻村干部座谈会"
