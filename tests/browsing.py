"""A build served by `kg serve` and one Chromium page on it, for the browser tests."""
import subprocess
import sys
from contextlib import contextmanager

from kg.serve.backend import free_port
from tests.test_sparql import wait_port
from tests.test_view_browser import ARGS, CHROMIUM


@contextmanager
def served_page(graph, path: str, ready: str, viewport=None):
    """(page, errors, requests that left the machine) of `path` on a server of `graph`,
    once the page's `ready` expression holds."""
    from playwright.sync_api import sync_playwright

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--graph", str(graph), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait_port(port, proc)
    base = f"http://127.0.0.1:{port}"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport=viewport) if viewport else browser.new_page()
            errors, outside = [], []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) else None)
            page.goto(base + path)
            page.wait_for_function(ready, timeout=30000)
            yield page, errors, outside
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
