"""Hostile inputs: peak memory of `kg build` on /dev/zero and on a 1 GB text file.

The reader reads at most 2 MiB of a file from disk and refuses devices, so neither input
may cost more than a normal build; the target is a peak under 300 MB.  Each build runs
in a subprocess with --jobs 1; its peak resident size comes from the kernel
(`ru_maxrss` of the waited child).  The seed article alone is measured in the same run
as the baseline.

    python -m bench.bench_inputs [--gigabytes 1]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

WORK = Path("/tmp/cadre-bench-inputs")
ROOT = Path(__file__).resolve().parent.parent
LINE = ("某省某市某县县长王某说，全县今年新建道路12公里，改造老旧小区120个，群众满意度明显提高。" * 3 + "\n").encode()


def big_file(path: Path, gigabytes: float) -> Path:
    block = LINE * (4 * 1024 * 1024 // len(LINE))
    with open(path, "wb") as fh:
        for _ in range(int(gigabytes * 1024 ** 3 // len(block))):
            fh.write(block)
    return path


def peak_build(inputs: Path, out: Path) -> tuple[float, float, str]:
    """(peak MB, seconds, report) of one `kg build` in a child process."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        log = os.open(str(out) + ".log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.execv(sys.executable, [sys.executable, "-m", "kg.cli", "build", str(inputs), "--out", str(out),
                                  "--jobs", "1", "--quiet", "--no-view"])
    _, _, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    report = Path(str(out) + ".log").read_text(encoding="utf-8", errors="replace")
    return usage.ru_maxrss / 1024, seconds, report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gigabytes", type=float, default=1.0)
    args = ap.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    cases = {"seed article (baseline)": WORK / "seed", "/dev/zero": WORK / "zero",
             f"{args.gigabytes:g} GB text file": WORK / "big"}
    for folder in cases.values():
        folder.mkdir(parents=True)
    shutil.copy(sorted((ROOT / "corpus").glob("*.txt"))[0], WORK / "seed")
    (WORK / "zero" / "zero.txt").symlink_to("/dev/zero")
    big_file(WORK / "big" / "big.txt", args.gigabytes)
    print("| input | peak RSS (MB) | seconds | what the build said |\n|---|---|---|---|")
    for name, folder in cases.items():
        mb, seconds, report = peak_build(folder, WORK / f"out-{folder.name}")
        said = "; ".join(line for line in report.splitlines() if line.startswith(("skipped", "warning")))
        print(f"| {name} | {mb:.0f} | {seconds:.1f} | {said or 'read'} |")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
