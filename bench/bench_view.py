"""How fast a 5,000-node view opens and settles in Debian's chromium.

Builds a synthetic corpus large enough for the view cap (5,000 entities), opens
graph.html from disk in headless chromium, and reports: when kgView is ready, the first
draw (`window.kgView.firstDrawMs`, ms since navigation start), when the layout is
frozen, and the time a search + select takes after.

    python -m bench.bench_view [--articles 150]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.synth import generate
from kg.build.build import build

WORK = Path("/tmp/cadre-bench-view")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=150)
    args = ap.parse_args()
    corpus = WORK / f"corpus{args.articles}"
    if not corpus.exists():
        generate(corpus, args.articles)
    out = WORK / f"out{args.articles}"
    summary = build([corpus], out, jobs=2, progress=False)
    html = out / "graph.html"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        t0 = time.perf_counter()
        page.goto(html.as_uri())
        page.wait_for_function("window.kgView && window.kgView.nodeCount() > 0", timeout=120000)
        ready = time.perf_counter() - t0
        page.wait_for_function("window.kgView.firstDrawMs !== null", timeout=120000)
        first_draw_ms = page.evaluate("window.kgView.firstDrawMs")
        page.wait_for_function("window.kgView.settled()", timeout=120000, polling=100)
        settled = time.perf_counter() - t0
        nodes = page.evaluate("window.kgView.nodeCount()")
        edges = page.evaluate("window.kgView.edges.length")
        t1 = time.perf_counter()
        page.evaluate("window.kgView.select(window.kgView.search('县')[0])")
        page.wait_for_function("document.querySelector('#panel h2') !== null")
        select_ms = (time.perf_counter() - t1) * 1000
        browser.close()
    size = html.stat().st_size / 1024 / 1024
    print(f"corpus: {args.articles} synthetic articles; view: {summary.view_note}")
    print(f"| nodes | edges | HTML (MiB) | kgView ready (s) | firstDrawMs | settled (s) | search+select (ms) |")
    print(f"|---|---|---|---|---|---|---|")
    print(f"| {nodes} | {edges} | {size:.1f} | {ready:.1f} | {first_draw_ms} | {settled:.1f} | {select_ms:.0f} |")


if __name__ == "__main__":
    main()
