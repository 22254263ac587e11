"""Build speed and memory on synthetic corpora, with bare jieba as the yardstick.

For each size: a fresh `kg build --jobs N --no-view` in a subprocess (cold cache), timed,
with the memory of its process tree (summed RSS and summed PSS) sampled from /proc
(RSS every 0.2 s, PSS every 2 s).  Corpora up to --all-jobs-up-to articles are built with each --jobs value, larger
ones with the most jobs only.  In the same run bare `jieba.posseg` and bare `jieba.cut`
go over the first corpus's text in one process.

    python -m bench.bench_build [--sizes 1000 10000 50000] [--jobs 1 2] [--repeat 3] [--no-yardsticks]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench.synth import generate

WORK = Path("/tmp/cadre-bench-build")


def _tree(pid: int) -> list[int]:
    """The process and its descendants, the children of every thread included (a dask
    client forks its workers from its event loop's thread, not its main one)."""
    todo, out = [pid], []
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
            except OSError:
                continue
    return out


def tree_rss(pid: int) -> int:
    """Summed RSS of a process tree, in bytes, from /proc/PID/status: a counter the kernel
    keeps, cheap to read every 0.2 s."""
    total = 0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/status") as fh:
                total += next((int(line.split()[1]) * 1024 for line in fh if line.startswith("VmRSS:")), 0)
        except OSError:
            continue
    return total


def tree_memory(pid: int) -> tuple[int, int]:
    """(summed RSS, summed PSS) of a process tree, in bytes.  Forked workers share the
    dictionaries they inherited; RSS counts those pages once per process, PSS splits them
    between the sharers, so summed PSS is what the tree really holds.  PSS walks every
    page table (smaps_rollup): read every 0.1 s it took a quarter of a core from the build
    it measured on this 2-core machine, so it is read every 2 s only."""
    rss = pss = 0
    for p in _tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except OSError:
            continue
    return rss, pss


def sampled(cmd: list[str]) -> tuple[float, int, int]:
    """Seconds and peak summed RSS (every 0.2 s) and PSS (every 2 s) of a command's
    process tree, sampled as it runs."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    peak_rss = peak_pss = 0
    ticks = 0
    while proc.poll() is None:
        peak_rss = max(peak_rss, tree_rss(proc.pid))
        if ticks % 10 == 9:
            peak_pss = max(peak_pss, tree_memory(proc.pid)[1])
        ticks += 1
        time.sleep(0.2)
    return time.perf_counter() - t, peak_rss, peak_pss


def timed_build(corpus: Path, jobs: int, extra: tuple[str, ...] = (), view: bool = False) -> tuple[float, int, int]:
    out = WORK / f"out-{corpus.name}-{jobs}"
    shutil.rmtree(out, ignore_errors=True)
    return sampled([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--jobs", str(jobs),
                    "--quiet", *(() if view else ("--no-view",)), *extra])


def jieba_yardsticks(corpus: Path) -> tuple[float, float, int]:
    import jieba
    import jieba.posseg

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    jieba.initialize()
    t = time.perf_counter()
    for text in texts:
        list(jieba.posseg.cut(text))
    posseg = time.perf_counter() - t
    t = time.perf_counter()
    for text in texts:
        list(jieba.cut(text))
    return posseg, time.perf_counter() - t, sum(len(x.encode("utf-8")) for x in texts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1, help="builds per size and jobs: the fastest counts, memory is the highest")
    ap.add_argument("--no-yardsticks", action="store_true")
    ap.add_argument("--all-jobs-up-to", type=int, default=10000, help="larger corpora run with the most jobs only")
    ap.add_argument("--view", action="store_true", help="the default kg build, which also draws the view")
    args = ap.parse_args()
    print(f"kg build {'with' if args.view else 'without'} the view")
    print("| articles | MB | jobs | seconds | ms/article | MB/s | peak RSS sum (MiB) | peak PSS sum (MiB) |\n"
          "|---|---|---|---|---|---|---|---|")
    yard = None
    for n in args.sizes:
        corpus = WORK / f"corpus{n}"
        if not corpus.exists():
            generate(corpus, n)
        mb = sum(p.stat().st_size for p in corpus.glob("*.txt")) / 1e6
        for jobs in (args.jobs if n <= args.all_jobs_up_to else [max(args.jobs)]):
            runs = [timed_build(corpus, jobs, view=args.view) for _ in range(args.repeat)]
            secs, rss, pss = min(r[0] for r in runs), max(r[1] for r in runs), max(r[2] for r in runs)
            print(f"| {n} | {mb:.1f} | {jobs} | {secs:.1f} | {secs / n * 1000:.1f} | {mb / secs:.2f} | {rss / 2**20:.0f} "
                  f"| {pss / 2**20:.0f} |", flush=True)
        if yard is None and not args.no_yardsticks:
            yard = (n, mb, *jieba_yardsticks(corpus))
    if yard is None:
        return
    n, mb, posseg, cut, _ = yard
    print(f"\nyardsticks over the same {n} articles ({mb:.1f} MB), one process:")
    print(f"| bare jieba.posseg | {posseg:.1f} s | {mb / posseg:.2f} MB/s |\n| bare jieba.cut | {cut:.1f} s | {mb / cut:.2f} MB/s |")


if __name__ == "__main__":
    main()
