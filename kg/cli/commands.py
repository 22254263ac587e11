"""What each `kg` subcommand does: plain functions of the parsed arguments, each error turned
into a message on standard error and an exit code (the library raises; only this layer
prints and picks codes, as datasette's CLI does).

Exit codes: 0 success; 1 a runtime failure; 2 bad usage; 3 the build finished but some
input files were skipped (each named with its reason); `--strict` makes that 1.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.escape import file_stem, printable

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def run_build(args) -> int:
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


def run_query(args) -> int:
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


def run_search(args) -> int:
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


def run_diff(args) -> int:
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


def run_serve(args) -> int:
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


def run_push(args) -> int:
    from kg.export.push import PushError, push

    try:
        status = push(_graph_dir(args) / "graph.ttl", args.endpoint, args.graph_iri)
    except PushError as exc:
        print(f"kg push: {exc}", file=sys.stderr)
        return EXIT_FAIL
    print(f"pushed {_graph_dir(args) / 'graph.ttl'} to {args.endpoint} ({args.graph_iri or 'default graph'}): HTTP {status}")
    return EXIT_OK


def run_export(args) -> int:
    from kg.export.formats import ExportError, export

    try:
        for path in export(args.format, _graph_dir(args), Path(args.out) if args.out else None):
            print(printable(str(path)))
    except (FileNotFoundError, ExportError) as exc:
        print(f"kg export: {printable(str(exc))}", file=sys.stderr)
        return EXIT_FAIL
    return EXIT_OK


def run_view(args) -> int:
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
