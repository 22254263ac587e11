"""How fast a 5,000-node view opens and settles in Debian's chromium.

Builds a synthetic corpus large enough for the view cap (5,000 entities), opens
graph.html from disk in headless chromium, and reports: when kgView is ready, the first
draw (`window.kgView.firstDrawMs`, ms since navigation start), when the layout is
frozen, and the time a search + select takes after.

    python -m bench.bench_view [--articles 150]
    python -m bench.bench_view --corpus corpus                          # the seeds
    python -m bench.bench_view --corpus tests/data/realcorpus/texts     # the 120 real excerpts
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
    ap.add_argument("--corpus", type=Path, help="a corpus of real articles instead of synthetic ones")
    ap.add_argument("--loads", type=int, default=1, help="page loads, each measured")
    args = ap.parse_args()
    corpus = args.corpus or WORK / f"corpus{args.articles}"
    if not corpus.exists():
        generate(corpus, args.articles)
    out = WORK / (f"out-{corpus.resolve().name}" if args.corpus else f"out{args.articles}")
    summary = build([corpus], out, jobs=2, progress=False)
    html = out / "graph.html"
    from playwright.sync_api import sync_playwright

    print(f"corpus: {corpus if args.corpus else f'{args.articles} synthetic articles'}; view: {summary.view_note}")
    print("| nodes | edges | HTML (MiB) | kgView ready (s) | firstDrawMs | settled (s) | search+select (ms) |")
    print("|---|---|---|---|---|---|---|")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for _ in range(args.loads):
            print(measure(browser, html))
        browser.close()


def measure(browser, html: Path) -> str:
    """One load of the page, as a row of the table."""
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
    page.close()
    size = html.stat().st_size / 1024 / 1024
    return f"| {nodes} | {edges} | {size:.1f} | {ready:.1f} | {first_draw_ms} | {settled:.1f} | {select_ms:.0f} |"


if __name__ == "__main__":
    main()
