"""Incremental rebuilds and the view's cost, on a synthetic corpus (issue 32).

One corpus, one output folder, in this order, each `kg build --jobs 2` in a subprocess
with the summed RSS of its process tree sampled (bench.bench_build.timed):
1. a cold build without the view (the cache is empty), or with it (`--cold-view`: the
   default `kg build`, whose memory the scale issue bounds);
2. the same command again, twice, on the unchanged corpus: files hashed, no pool, the
   outputs in place kept;
3. 1 % of the files changed (a line added), the same command;
4. those files put back, with the view switched (off after a build with it, or on):
   the 1 % re-extracted and every output rewritten.
Yardstick in the same run: reading and SHA-1 hashing every file of the corpus in one
process (what an unchanged rebuild cannot avoid).

    python -m bench.bench_rebuild [--articles 1000] [--cold-view]
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import time
from pathlib import Path

import sys

from bench.bench_build import sampled
from bench.synth import generate

WORK = Path("/tmp/cadre-bench-rebuild")


def timed(corpus: Path, out: Path, jobs: int, view: bool) -> tuple[float, int]:
    """Seconds and peak summed RSS of one `kg build` into `out` (its cache kept)."""
    cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--jobs", str(jobs), "--quiet"]
    secs, rss, _ = sampled(cmd + ([] if view else ["--no-view"]))
    return secs, rss


def hash_all(corpus: Path) -> float:
    t0 = time.perf_counter()
    for p in sorted(corpus.rglob("*.txt")):
        hashlib.sha1(p.read_bytes()).hexdigest()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--cold-view", action="store_true", help="the cold build writes the view (the default kg build)")
    args = ap.parse_args()
    corpus, out = WORK / f"corpus{args.articles}", WORK / f"out{args.articles}"
    if not corpus.exists():
        generate(corpus, args.articles)
    shutil.rmtree(out, ignore_errors=True)
    view = args.cold_view
    rows = [("cold build, with the view" if view else "cold build, no view", timed(corpus, out, 2, view=view)),
            ("unchanged, the same command", timed(corpus, out, 2, view=view)),
            ("unchanged, the same command again", timed(corpus, out, 2, view=view))]
    files = sorted(corpus.rglob("*.txt"))
    for p in files[:: 100]:                       # 1 %
        p.write_text(p.read_text(encoding="utf-8") + "\n本文完。\n", encoding="utf-8")
    rows.append(("1 % changed, the same command", timed(corpus, out, 2, view=view)))
    for p in files[:: 100]:                       # put the corpus back for the next run
        p.write_text(p.read_text(encoding="utf-8").removesuffix("\n本文完。\n"), encoding="utf-8")
    rows.append(("the 1 % put back (re-extracted), the view " + ("off" if view else "on"), timed(corpus, out, 2, view=not view)))
    yard = hash_all(corpus)
    print(f"corpus: {args.articles} synthetic articles; yardstick: hashing every file {yard:.2f} s")
    print("| build | seconds | peak summed RSS (MiB) |")
    print("|---|---|---|")
    for name, (secs, rss) in rows:
        print(f"| {name} | {secs:.1f} | {rss / 1024 / 1024:.0f} |")


if __name__ == "__main__":
    main()
