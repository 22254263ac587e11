"""The `kg` command: parses arguments, calls plain functions, turns errors into messages.

Exit codes: 0 success; 1 a runtime failure; 2 bad usage; 3 the build finished but some
input files were skipped (each named with its reason); `--strict` makes that 1.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def _build(args) -> int:
    from kg.build import BuildError, build

    inputs = [Path(p) for p in args.inputs] or [Path("corpus")]
    try:
        summary = build(inputs, Path(args.out), jobs=args.jobs, progress=not args.quiet)
    except BuildError as exc:
        print(f"kg build: {exc}", file=sys.stderr)
        return EXIT_FAIL
    _report(summary)
    if summary.skipped:
        return EXIT_FAIL if args.strict else EXIT_SKIPPED
    return EXIT_OK


def _report(summary) -> None:
    print(f"articles read: {summary.read}")
    for path, reason in summary.skipped:
        print(f"skipped {path}: {reason}")
    for path in summary.duplicates:
        print(f"skipped {path}: the same article as an earlier file")
    for path, warning in summary.warnings:
        print(f"warning {path}: {warning}")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(summary.entities.items()))
    print(f"entities: {counts}")
    print(f"triples: {summary.triples}")
    print(f"graph:   {summary.outputs['turtle']}")
    print(f"store:   {summary.outputs['store']}")
    print(f"view:    {Path(summary.outputs['html']).resolve().as_uri()}")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", description="Knowledge graph of officials, places, bodies, programs and figures from Chinese local-government news.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph from a folder or files of articles")
    b.add_argument("inputs", nargs="*", help="folders or files (default: corpus/)")
    b.add_argument("--out", default="outputs", help="output folder (default: outputs/)")
    b.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    b.add_argument("--strict", action="store_true", help="fail (exit 1) when any file is skipped")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(func=_build)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kg: interrupted; previous outputs are untouched", file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
