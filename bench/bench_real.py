"""Build speed and memory on real text: the 120 real excerpts of ../shared/realcorpus,
copied N times (each copy made a different article by one line of its own), with bare
`jieba.posseg` over the same text converted to simplified as the yardstick, and the
statistical model's own throughput (LAC over every sentence, batched and one by one).

    python -m bench.bench_real [--times 10] [--jobs 1 2] [--repeat 3] [--rules-alone]

Every figure of one run is measured on the same machine in the same minutes; the ratios
are what the bench README records.
"""
from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from bench.bench_build import timed_build

WORK = Path("/tmp/cadre-bench-real")
REAL = Path(__file__).resolve().parents[2] / "shared" / "realcorpus" / "texts"


def make_corpus(times: int) -> Path:
    corpus = WORK / f"real-x{times}"
    shutil.rmtree(corpus, ignore_errors=True)
    corpus.mkdir(parents=True)
    for n in range(times):
        for src in sorted(REAL.glob("*.txt")):
            text = src.read_text(encoding="utf-8")
            (corpus / f"{src.stem}-{n:03d}.txt").write_text(text + f"\n（本文第{n}份副本）\n", encoding="utf-8")
    return corpus


def jieba_yardstick(corpus: Path) -> float:
    import jieba
    import jieba.posseg
    import opencc

    t2s = opencc.OpenCC("t2s").convert
    texts = [t2s(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*.txt"))]
    jieba.initialize()
    t = time.perf_counter()
    for text in texts:
        list(jieba.posseg.cut(text))
    return time.perf_counter() - t


def model_throughput(corpus: Path, limit: int = 120) -> tuple[int, int, float, float]:
    """(sentences, characters, seconds batched, seconds one by one) of LAC alone: batched
    as the build does (the sentences of CHUNK articles in one `tag_batch`), and one
    `LAC.run` a sentence."""
    from kg.read import read_article
    from kg.recognize.statistical import tag_batch, tagger

    sentences = []
    for path in sorted(corpus.glob("*.txt"))[:limit]:
        try:
            sentences.append([s.simp for s in read_article(path).sentences])
        except Exception:          # noqa: BLE001 - a page without a body is not part of the yardstick
            continue
    from kg.build.build import CHUNK

    lac = tagger()
    t = time.perf_counter()
    for i in range(0, len(sentences), CHUNK):            # as the build batches them: CHUNK articles a call
        tag_batch([s for article in sentences[i:i + CHUNK] for s in article])
    batched = time.perf_counter() - t
    t = time.perf_counter()
    for article in sentences:
        for s in article:
            lac.run(s)
    single = time.perf_counter() - t
    flat = [s for a in sentences for s in a]
    return len(flat), sum(map(len, flat)), batched, single


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--times", type=int, default=10)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1,
                    help="rounds of yardstick and builds, alternated; the fastest of each counts (a noisy machine "
                         "slows one round, rarely all)")
    ap.add_argument("--rules-alone", action="store_true", help="also build with --exclude statistical")
    args = ap.parse_args()
    corpus = make_corpus(args.times)
    n = len(list(corpus.glob("*.txt")))
    print(f"real excerpts x{args.times}: {n} articles")
    runs = [(f"--jobs {jobs}", jobs, ()) for jobs in args.jobs]
    if args.rules_alone:
        runs += [(f"--jobs {jobs} --exclude statistical", jobs, ("--exclude", "statistical")) for jobs in args.jobs]
    best: dict[str, float] = {}
    posseg = float("inf")
    for round_ in range(1, args.repeat + 1):
        this = jieba_yardstick(corpus)
        posseg = min(posseg, this)
        print(f"round {round_}: bare jieba.posseg over the simplified text: {this:.1f} s")
        for label, jobs, extra in runs:
            seconds, rss, pss = timed_build(corpus, jobs, extra)
            best[label] = min(best.get(label, seconds), seconds)
            print(f"round {round_}: kg build {label} --no-view: {seconds:.1f} s ({seconds / n * 1000:.1f} ms/article), "
                  f"peak summed RSS {rss / 2**20:.0f} MiB, PSS {pss / 2**20:.0f} MiB, {this / seconds:.2f}x bare jieba.posseg")
    if args.repeat > 1:
        for label, seconds in best.items():
            print(f"fastest of {args.repeat}: kg build {label} {seconds:.1f} s against {posseg:.1f} s: "
                  f"{posseg / seconds:.2f}x bare jieba.posseg")
    if "--jobs 1" in best and "--jobs 2" in best:
        print(f"1 -> 2 jobs: {best['--jobs 1'] / best['--jobs 2']:.2f}x")
    sents, chars, batched, single = model_throughput(corpus)
    print(f"LAC alone over {sents} sentences ({chars} characters) of the first 120 articles: batched as the build does {batched:.2f} s "
          f"({chars / batched:.0f} chars/s), one call a sentence {single:.2f} s ({chars / single:.0f} chars/s)")


if __name__ == "__main__":
    main()
