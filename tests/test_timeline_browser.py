"""A person's career as a timeline on the entity page, in Debian's chromium, on a build
of a résumé of our own."""
import subprocess
import sys
import urllib.parse

import pytest

from kg.serve.backend import free_port
from tests.test_careers import RESUME
from tests.test_sparql import wait_port
from tests.test_view_browser import ARGS, CHROMIUM

pytestmark = pytest.mark.browser
if CHROMIUM is None:
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)


def test_the_entity_page_draws_the_career_as_a_timeline(tmp_path):
    import pyoxigraph as ox
    from playwright.sync_api import sync_playwright

    from kg.build.build import build
    from kg.sparql.query import PREFIXES

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "resume.txt").write_text(RESUME, encoding="utf-8")
    build([corpus], tmp_path / "o", jobs=1, progress=False, view=False)
    store = ox.Store.read_only(str(tmp_path / "o" / "store"))
    person = next(iter(store.query("SELECT ?p WHERE { ?p rdfs:label '聂远航'@zh ; a ck:Person }", prefixes=PREFIXES)))["p"].value
    del store
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(tmp_path / "o"), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_port(port, proc)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page()
            outside = []
            page.on("request", lambda r: outside.append(r.url) if "127.0.0.1" not in r.url else None)
            page.goto(f"http://127.0.0.1:{port}/entity?iri=" + urllib.parse.quote(person))
            page.wait_for_function("window.kgEntity && window.kgEntity.ready", timeout=20000)
            bars = page.evaluate("Array.from(document.querySelectorAll('#timeline rect.post-bar'))"
                                 ".map(function (b) { return [b.dataset.start, b.dataset.end, b.getBoundingClientRect().x,"
                                 " b.getBoundingClientRect().width]; })")
            years = page.evaluate("Array.from(document.querySelectorAll('#timeline text.year')).map(function (t) { return t.textContent; })")
            browser.close()
        spans = {(s, e) for s, e, _, _ in bars}
        assert {("2001", "2008"), ("2008", "2015"), ("2015", "2021")} <= spans          # one bar a dated post
        by_start = sorted(bars, key=lambda b: int(b[0]))
        assert all(a[2] <= b[2] for a, b in zip(by_start, by_start[1:]))               # later posts sit further right
        assert any(e == "" for _, e, _, _ in bars)                                       # the post he holds now is open-ended
        assert years[0] <= "2001" and years[-1] >= "2020" and outside == []       # the axis spans the career
    finally:
        proc.terminate()
        proc.wait(timeout=10)
