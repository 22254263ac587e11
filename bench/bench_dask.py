"""`kg build --dask local` (two workers) against `--jobs 2` on one corpus (issue 32).

Each build is cold (its own output folder, so an empty cache), without the view, in a
subprocess whose process tree's summed RSS is sampled (bench.bench_build.sampled);
the two `graph.ttl` files are compared byte for byte.

    python -m bench.bench_dask [--articles 1000] [--real N]

`--real N` builds the 120 real excerpts of tests/data/realcorpus copied N times instead of
synthetic articles.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from bench.bench_build import sampled
from bench.synth import generate

WORK = Path("/tmp/cadre-bench-dask")
REAL = Path(__file__).resolve().parent.parent / "tests" / "data" / "realcorpus" / "texts"


def run(corpus: Path, out: Path, how: list[str]) -> tuple[float, int]:
    """Seconds and peak summed RSS of one cold `kg build` into `out`."""
    shutil.rmtree(out, ignore_errors=True)
    secs, rss, _ = sampled([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out),
                            "--no-view", "--quiet", *how])
    return secs, rss


def real_copies(n: int) -> Path:
    """The real excerpts n times, each copy made a distinct article by a line of its own."""
    corpus = WORK / f"real{n}"
    if not corpus.exists():
        for i in range(n):
            for p in sorted(REAL.glob("*.txt")):
                target = corpus / f"copy{i}" / p.name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(p.read_text(encoding="utf-8") + f"\n(副本{i})\n", encoding="utf-8")
    return corpus


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--real", type=int, default=0)
    args = ap.parse_args()
    if args.real:
        corpus, what = real_copies(args.real), f"the 120 real excerpts x{args.real}"
    else:
        corpus, what = WORK / f"corpus{args.articles}", f"{args.articles} synthetic articles"
        if not corpus.exists():
            generate(corpus, args.articles)
    rows = [("--jobs 2", run(corpus, WORK / "jobs", ["--jobs", "2"])),
            ("--dask local (2 workers)", run(corpus, WORK / "dask", ["--dask", "local"]))]
    same = (WORK / "jobs" / "graph.ttl").read_bytes() == (WORK / "dask" / "graph.ttl").read_bytes()
    print(f"corpus: {what}; graph.ttl byte-identical: {same}")
    print("| build | seconds | peak summed RSS (MiB) |\n|---|---|---|")
    for name, (secs, rss) in rows:
        print(f"| {name} | {secs:.1f} | {rss / 1024 / 1024:.0f} |")
    print(f"dask / jobs: {rows[1][1][0] / rows[0][1][0]:.2f}x time, {rows[1][1][1] / max(1, rows[0][1][1]):.2f}x memory")


if __name__ == "__main__":
    main()
