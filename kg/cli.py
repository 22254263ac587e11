"""The `kg` command: parses arguments, calls plain functions, turns errors into messages.

Exit codes: 0 success; 1 a runtime failure; 2 bad usage; 3 the build finished but some
input files were skipped (each named with its reason); `--strict` makes that 1.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kg.escape import file_stem, printable

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def _build(args) -> int:
    from kg.build.build import BuildError, build
    from kg.components import PipelineError

    inputs = [Path(p) for p in args.inputs] or [Path("corpus")]
    try:
        summary = build(inputs, Path(args.out), jobs=args.jobs, progress=not args.quiet, dask=args.dask,
                        view=not args.no_view, exclude=tuple(args.exclude), columns=args.columns)
    except (PipelineError, ValueError) as exc:
        print(f"kg build: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BuildError as exc:
        print(f"kg build: {printable(str(exc))}", file=sys.stderr)
        return EXIT_FAIL
    _report(summary)
    if summary.skipped or summary.duplicates:
        return EXIT_FAIL if args.strict else EXIT_SKIPPED
    return EXIT_OK


def _report(summary) -> None:
    print(f"articles read: {summary.read}" + (f" ({summary.cached} unchanged, from the cache)" if summary.cached else ""))
    for path, reason in summary.skipped:
        print(f"skipped {printable(path)}: {printable(reason)}")
    for path, kept in summary.duplicates:
        print(f"skipped {printable(path)}: the same article as {printable(kept)}")
    for path, warning in summary.warnings:
        print(f"warning {printable(path)}: {printable(warning)}")
    if summary.skipped or summary.duplicates:
        print(f"files skipped: {len(summary.skipped) + len(summary.duplicates)} "
              f"({len(summary.skipped)} unreadable or empty, {len(summary.duplicates)} copies of an article already read)")
    if summary.log:
        print(f"details of unexpected errors: {summary.log}")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(summary.entities.items()))
    print(f"entities: {counts}")
    print(f"triples: {summary.triples}" if summary.triples >= 0 else "outputs: unchanged (the same articles as the build in place)")
    print(f"graph:   {summary.outputs['turtle']}")
    print(f"store:   {summary.outputs['store']}")
    if "search" in summary.outputs:
        print(f"search:  {summary.outputs['search']}  (kg search WORDS)")
    if "html" in summary.outputs:
        print(f"view:    {Path(summary.outputs['html']).resolve().as_uri()}  ({summary.view_note})")


def _graph_dir(args) -> Path:
    return Path(args.graph)


def _query(args) -> int:
    from kg.sparql.deadline import DeadlineExceeded, with_deadline
    from kg.sparql.query import QueryError, answer, resolve_query, saved_queries

    if args.list:
        for name, q in saved_queries().items():
            print(f"{name}\n    {q.description}" + (f"\n    one row: {q.row}" if q.row else ""))
            for k, (t, help_) in q.params.items():
                print(f"    --param {k}=…  {help_}")
        return EXIT_OK
    if not args.query:
        print("kg query: give a saved query's name, a .rq file or query text (kg query --list)", file=sys.stderr)
        return EXIT_USAGE
    try:
        params = dict(_pair(p) for p in args.param)
        query = resolve_query(args.query)
        text = with_deadline(args.timeout, answer, _graph_dir(args), query, params, tuple(args.allow_service), args.format,
                             args.limit, args.offset)
    except DeadlineExceeded:
        print(f"kg query: stopped after {args.timeout} s without an answer; narrow the query or raise --timeout",
              file=sys.stderr)
        return EXIT_FAIL
    except (QueryError, FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"kg query: {exc}", file=sys.stderr)
        return EXIT_FAIL
    sys.stdout.write(_terminated(text, args.format))
    return EXIT_OK


def _search(args) -> int:
    import json

    from kg.search.find import search
    from kg.search.index import SearchError
    from kg.sparql.results import format_csv, format_table

    try:
        fields, rows = search(_graph_dir(args), " ".join(args.words), args.by, args.limit)
    except SearchError as exc:
        print(f"kg search: {printable(str(exc))}", file=sys.stderr)
        return EXIT_FAIL
    table = [[str(r[f]) for f in fields] for r in rows]
    if args.format == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=1)
    elif args.format == "csv":
        text = format_csv(fields, table)
    else:
        text = format_table([f for f in fields if f != "iri"], [c[:-1] if "iri" in fields else c for c in table])
    sys.stdout.write(_terminated(text, args.format))
    return EXIT_OK


def _diff(args) -> int:
    from kg.export.diff import diff, render

    try:
        changes = diff(Path(args.old), Path(args.new))
    except (FileNotFoundError, OSError, RuntimeError) as exc:
        print(f"kg diff: {exc}", file=sys.stderr)
        return EXIT_FAIL
    sys.stdout.write(_terminated(render(changes, args.format), args.format))
    return EXIT_OK


def _terminated(text: str, fmt: str) -> str:
    """CSV with a BOM (Excel reads Chinese as UTF-8 then) and its own last line ending,
    so that csv.reader sees exactly the header and the rows; other formats end with one newline."""
    if fmt == "csv":
        return "\ufeff" + text
    return text if text.endswith("\n") else text + "\n"


def _pair(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise ValueError(f"--param takes NAME=VALUE, not {text!r}")
    name, value = text.split("=", 1)
    return name.strip(), value


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


def _serve(args) -> int:
    from kg.serve.cors import CorsError, CorsPolicy, origin
    from kg.serve.server import ServeError, is_loopback, serve

    try:
        cors = CorsPolicy(tuple(origin(o) for o in args.cors))
    except CorsError as exc:
        print(f"kg serve: {exc}", file=sys.stderr)
        return EXIT_USAGE

    if not is_loopback(args.host):
        print(f"kg serve: WARNING: listening on {args.host}, not loopback: anyone who can reach this machine "
              "can query the graph. Use --host 127.0.0.1 unless you mean it.", file=sys.stderr)
    try:
        serve(_graph_dir(args), host=args.host, port=args.port, timeout_s=args.timeout,
              allow_service=tuple(args.allow_service), cors=cors,
              ready=lambda url: print(f"SPARQL endpoint: {url}/query\nworkbench:       {url}/\n"
                                     f"view:            {url}/view", flush=True))
    except ServeError as exc:
        print(f"kg serve: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("kg serve: stopped", file=sys.stderr)
    return EXIT_OK


def _push(args) -> int:
    from kg.export.push import PushError, push

    try:
        status = push(_graph_dir(args) / "graph.ttl", args.endpoint, args.graph_iri)
    except PushError as exc:
        print(f"kg push: {exc}", file=sys.stderr)
        return EXIT_FAIL
    print(f"pushed {_graph_dir(args) / 'graph.ttl'} to {args.endpoint} ({args.graph_iri or 'default graph'}): HTTP {status}")
    return EXIT_OK


def _export(args) -> int:
    from kg.export.formats import ExportError, export

    try:
        for path in export(args.format, _graph_dir(args), Path(args.out) if args.out else None):
            print(printable(str(path)))
    except (FileNotFoundError, ExportError) as exc:
        print(f"kg export: {printable(str(exc))}", file=sys.stderr)
        return EXIT_FAIL
    return EXIT_OK


def _view(args) -> int:
    from rdflib import Graph

    from kg.export.focus import FocusError, neighbourhood
    from kg.export.html import write_html

    ttl = _graph_dir(args) / "graph.ttl"
    if not ttl.exists():
        print(f"kg view: no {ttl}: run `kg build` first", file=sys.stderr)
        return EXIT_FAIL
    if args.focus is not None and not args.focus.strip():
        print("kg view: --focus needs a name (a person, place, body, program or headline)", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.out) if args.out else _graph_dir(args) / (f"view-{file_stem(args.focus)}.html" if args.focus else "graph.html")
    if not args.focus:                     # the whole graph, or its best-connected part, from the store
        from kg.export.view import write_view
        from kg.sparql.store import STORE_DIR

        note = write_view(_graph_dir(args) / STORE_DIR, out, "cadre-kg · all", args.limit)
        print(f"view: {out.resolve().as_uri()}  ({note})")
        return EXIT_OK
    g = Graph().parse(ttl)
    try:
        sub = neighbourhood(g, args.focus, args.depth)
    except FocusError as exc:
        print(f"kg view: {exc}", file=sys.stderr)
        return EXIT_FAIL
    write_html(sub, out, title=f"cadre-kg · {args.focus}")
    print(f"view: {out.resolve().as_uri()}")
    return EXIT_OK


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
    b.set_defaults(func=_build)

    f = sub.add_parser("search", help="the articles whose text holds every given word (full-text index of the build)")
    f.add_argument("words", nargs="+", help="words that must all appear, in either script")
    f.add_argument("--by", choices=["province", "date", "outlet"], default=None,
                   help="one row a province, month or outlet, with its numbers of articles and occurrences")
    f.add_argument("--graph", default="outputs", help="the build's folder (default: outputs/)")
    f.add_argument("--format", choices=["table", "csv", "json"], default="table")
    f.add_argument("--limit", type=_count, default=None, metavar="N", help="at most N rows")
    f.set_defaults(func=_search)

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
    q.set_defaults(func=_query)

    s = sub.add_parser("serve", help="a read-only SPARQL endpoint at /query, the workbench at / and the view at /view")
    s.add_argument("--graph", default="outputs")
    s.add_argument("--port", type=_port, default=7878, help="port to listen on (1-65535, default 7878)")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    s.add_argument("--timeout", type=_seconds, default=30, help=f"query timeout in seconds (1 to {MAX_TIMEOUT}, default 30)")
    s.add_argument("--allow-service", action="append", default=[], metavar="URL",
                   help="let SERVICE reach this endpoint (refused otherwise); repeatable")
    s.add_argument("--cors", nargs="+", default=[], metavar="ORIGIN",
                   help="let pages of these origins (or '*') read answers; none by default")
    s.set_defaults(func=_serve)

    u = sub.add_parser("push", help="load the graph into a SPARQL 1.1 Graph Store Protocol endpoint")
    u.add_argument("--endpoint", required=True, help="the Graph Store URL, e.g. http://host:7878/store")
    u.add_argument("--graph-iri", default=None, help="named graph to replace (default: the default graph)")
    u.add_argument("--graph", default="outputs")
    u.set_defaults(func=_push)

    from kg.export.names import DEFAULT_NAMES
    e = sub.add_parser("export", help="write the graph for other tools")
    e.add_argument("--format", choices=sorted(DEFAULT_NAMES), required=True)
    e.add_argument("--graph", default="outputs")
    e.add_argument("--out", default=None, help="file (or folder for csv); default: GRAPH/export/. A regular file only: a symbolic link, device or FIFO is refused")
    e.set_defaults(func=_export)

    d = sub.add_parser("diff", help="officials, places, programs and figures added, removed or changed between two builds")
    d.add_argument("old", help="the earlier build's folder")
    d.add_argument("new", help="the later build's folder")
    d.add_argument("--format", choices=["table", "csv"], default="table")
    d.set_defaults(func=_diff)

    v = sub.add_parser("view", help="write the HTML view, or the neighbourhood of one entity")
    v.add_argument("--focus", default=None, help="a person, place, body, program or article headline")
    v.add_argument("--depth", type=int, default=1)
    v.add_argument("--graph", default="outputs")
    v.add_argument("--out", default=None)
    v.add_argument("--limit", type=_count, default=None, metavar="N",
                   help="draw at most the N best-connected entities (default 5000); the search finds the others")
    v.set_defaults(func=_view)
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
