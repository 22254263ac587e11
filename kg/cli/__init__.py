"""The `kg` command: parses arguments and hands them to its subcommand (kg.cli.commands),
which turns errors into messages and exit codes.

Exit codes: 0 success; 1 a runtime failure; 2 bad usage; 3 the build finished but some
input files were skipped (each named with its reason); `--strict` makes that 1.
"""
from __future__ import annotations

import argparse
import os
import sys

from kg.cli.commands import (EXIT_FAIL, EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, run_build, run_diff, run_export,
                             run_push, run_query, run_search, run_serve, run_view)

__all__ = ["EXIT_OK", "EXIT_FAIL", "EXIT_USAGE", "EXIT_SKIPPED", "main", "parser"]


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give a number from 1 to 65535")
    return int(text)


MAX_TIMEOUT = 86_400         # a day: longer is a typo, and larger numbers overflow the clocks below
MAX_JOBS = 64                # more workers than that only fight over the cores and memory


def _seconds(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"{text!r} is not a timeout: give whole seconds from 1 to {MAX_TIMEOUT}")
    return int(text)


def _jobs(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_JOBS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of jobs: give a whole number from 1 to {MAX_JOBS}")
    return int(text)


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of rows: give a whole number, 0 or more")
    return int(text)


EXAMPLES = """examples:
  kg build corpus/ --out outputs/          build the graph, the store and the view
  kg query --list                          the saved queries and their parameters
  kg query officials_of_place --param place=鞍山
  kg query 'SELECT ?n WHERE { ?p a ck:Person ; rdfs:label ?n }' --format csv > persons.csv
  kg serve                                 workbench, SPARQL endpoint and view on http://127.0.0.1:7878/
  kg export --format gexf                  for Gephi (also graphml, jsonld, csv, ttl...)
  kg diff last-month/ outputs/             officials and facts added or removed between builds
"""


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"kg (cadre-kg) {version('cadre-kg')}"
    except PackageNotFoundError:        # run from a source tree that was never installed
        return "kg (cadre-kg) unknown version"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kg", epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
                                description="Knowledge graph of officials, places, bodies, programs and figures "
                                            "from Chinese local-government news.")
    p.add_argument("--version", action="version", version=_version())
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the graph from a folder or files of articles")
    b.add_argument("inputs", nargs="*", help="folders or files (default: corpus/)")
    b.add_argument("--out", default="outputs", help="output folder (default: outputs/)")
    b.add_argument("--jobs", type=_jobs, default=None, help=f"worker processes, 1 to {MAX_JOBS} (default: all cores)")
    b.add_argument("--strict", action="store_true", help="fail (exit 1) when any file is skipped")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--dask", default=None, metavar="ADDRESS|local", help="run the map on a dask.distributed cluster")
    b.add_argument("--no-view", action="store_true", help="do not write graph.html")
    b.add_argument("--exclude", nargs="+", default=[], metavar="NAME",
                   help="switch recognizer components off (e.g. events); one that others need is refused")
    b.add_argument("--columns", default="", metavar="ROLE=COLUMN,...",
                   help="columns of CSV/TSV/JSONL corpora by role (text, title, date, url, source), e.g. "
                        "text=正文,date=时间; by default found by their common names")
    b.set_defaults(func=run_build)

    f = sub.add_parser("search", help="the articles whose text holds every given word (full-text index of the build)")
    f.add_argument("words", nargs="+", help="words that must all appear, in either script")
    f.add_argument("--by", choices=["province", "date", "outlet"], default=None,
                   help="one row a province, month or outlet, with its numbers of articles and occurrences")
    f.add_argument("--graph", default="outputs", help="the build's folder (default: outputs/)")
    f.add_argument("--format", choices=["table", "csv", "json"], default="table")
    f.add_argument("--limit", type=_count, default=None, metavar="N", help="at most N rows")
    f.set_defaults(func=run_search)

    q = sub.add_parser("query", help="run SPARQL on the built store: a saved query's name, a .rq file or text")
    q.add_argument("query", nargs="?", help="saved query name, FILE.rq, or SPARQL text")
    q.add_argument("--graph", default="outputs", help="the build's folder (default: outputs/)")
    q.add_argument("--format", choices=["table", "csv", "json"], default="table")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="bind a parameter")
    q.add_argument("--list", action="store_true", help="list the saved queries")
    q.add_argument("--allow-service", action="append", default=[], metavar="URL",
                   help="let SERVICE reach this endpoint (refused otherwise); repeatable")
    q.add_argument("--timeout", type=_seconds, default=60, help=f"stop a query after this many seconds (1 to {MAX_TIMEOUT}, default 60)")
    q.add_argument("--limit", type=_count, default=None, metavar="N", help="at most N rows (one page)")
    q.add_argument("--offset", type=_count, default=None, metavar="N", help="skip the first N rows (the next page)")
    q.set_defaults(func=run_query)

    s = sub.add_parser("serve", help="a read-only SPARQL endpoint at /query, the workbench at / and the view at /view")
    s.add_argument("--graph", default="outputs")
    s.add_argument("--port", type=_port, default=7878, help="port to listen on (1-65535, default 7878)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    s.add_argument("--timeout", type=_seconds, default=30, help=f"query timeout in seconds (1 to {MAX_TIMEOUT}, default 30)")
    s.add_argument("--allow-service", action="append", default=[], metavar="URL",
                   help="let SERVICE reach this endpoint (refused otherwise); repeatable")
    s.add_argument("--cors", nargs="+", default=[], metavar="ORIGIN",
                   help="let pages of these origins (or '*') read answers; none by default")
    s.set_defaults(func=run_serve)

    u = sub.add_parser("push", help="load the graph into a SPARQL 1.1 Graph Store Protocol endpoint")
    u.add_argument("--endpoint", required=True, help="the Graph Store URL, e.g. http://host:7878/store")
    u.add_argument("--graph-iri", default=None, help="named graph to replace (default: the default graph)")
    u.add_argument("--graph", default="outputs")
    u.set_defaults(func=run_push)

    from kg.export.names import DEFAULT_NAMES
    e = sub.add_parser("export", help="write the graph for other tools")
    e.add_argument("--format", choices=sorted(DEFAULT_NAMES), required=True)
    e.add_argument("--graph", default="outputs")
    e.add_argument("--out", default=None, help="file (or folder for csv); default: GRAPH/export/. A regular file only: a symbolic link, device or FIFO is refused")
    e.set_defaults(func=run_export)

    d = sub.add_parser("diff", help="officials, places, programs and figures added, removed or changed between two builds")
    d.add_argument("old", help="the earlier build's folder")
    d.add_argument("new", help="the later build's folder")
    d.add_argument("--format", choices=["table", "csv"], default="table")
    d.set_defaults(func=run_diff)

    v = sub.add_parser("view", help="write the HTML view, or the neighbourhood of one entity")
    v.add_argument("--focus", default=None, help="a person, place, body, program or article headline")
    v.add_argument("--depth", type=int, default=1)
    v.add_argument("--graph", default="outputs")
    v.add_argument("--out", default=None)
    v.add_argument("--limit", type=_count, default=None, metavar="N",
                   help="draw at most the N best-connected entities (default 5000); the search finds the others")
    v.set_defaults(func=run_view)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        print("kg: interrupted; previous outputs are untouched", file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        # the reader went away (`kg query ... | head -1`): stop quietly, as cat and grep do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
