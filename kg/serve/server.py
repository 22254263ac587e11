"""`kg serve`: a SPARQL 1.1 Protocol endpoint over the built store, and the HTML view.

Oxigraph's own server (the `oxigraph` package from PyPI) answers the queries, opened
read-only, on a private loopback port.  In front of it a threaded server binds 127.0.0.1
by default and is the only thing a client talks to.  It
* checks every query before the backend sees it (kg.sparql.guard: size, nesting depth, SERVICE),
  and refuses writes;
* bounds requests: a body over the limit or a malformed Content-Length gets 413/400
  without being read;
* enforces the timeout itself: a query that has no answer in time gets 503 and the
  backend is restarted, so a runaway query never keeps a core busy; an answer is sent
  only once it is whole, so a client never gets half an answer with 200;
* supervises the backend: restarted (and the restart logged) if it dies, and when a
  rebuild swaps the store folder;
* answers `OPTIONS` (204) and, only for the origins given with `--cors`, the CORS headers
  that let a page of that origin read answers (kg.serve.cors); `GET /query` without a query
  is the service description, naming the address the user opened (kg.serve.service).
"""
from __future__ import annotations

import ipaddress
import signal
import socket
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from kg.serve.connections import IDLE_SECONDS, RequestDeadline, Server, allowed_host
from kg.serve.cors import CorsPolicy
from kg.sparql.guard import MAX_QUERY_BYTES, QueryRejected, check
from kg.sparql.query import PREFIXES
from kg.serve.service import description
from kg.serve import workbench

MAX_BYTES = 50 * 1024 * 1024
# The graph's prefixes, declared on the query's first line (so the engine's line numbers in
# an error stay the user's), as `kg query` and the workbench predeclare them.
PROLOGUE = "".join(f"PREFIX {p}: <{iri}> " for p, iri in PREFIXES.items())
MAX_BODY = 2 * MAX_QUERY_BYTES          # a form-encoded query is longer than its text


from kg.serve.backend import Backend, ServeError



def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def query_text(method: str, path: str, body: bytes | None, ctype: str) -> str | None:
    """The query of a SPARQL Protocol request (GET ?query=, POST form or direct body)."""
    if method == "GET":
        return (parse_qs(urlsplit(path).query).get("query") or [None])[0]
    if ctype.startswith("application/sparql-query"):
        return (body or b"").decode("utf-8", errors="replace")
    form = parse_qs((body or b"").decode("utf-8", errors="replace"))
    return (form.get("query") or [None])[0]


def make_handler(backend: Backend, html: Path, max_bytes: int, timeout_s: int, allow_service: tuple[str, ...],
                 cors: CorsPolicy = CorsPolicy()):
    class Handler(BaseHTTPRequestHandler):
        server_version = "cadre-kg"
        protocol_version = "HTTP/1.0"
        timeout = IDLE_SECONDS                # no read of a request waits longer (kg.serve.connections)

        def log_message(self, fmt, *args):   # quiet by default: one line per request is noise
            pass

        def setup(self):
            super().setup()
            self.deadline = RequestDeadline(self.connection)

        def handle(self):
            try:
                super().handle()
            except (BrokenPipeError, ConnectionResetError, TimeoutError, socket.timeout):
                pass                          # the client went away or was too slow: nothing to answer
            finally:
                self.deadline.done()

        def parse_request(self) -> bool:
            if not super().parse_request():
                return False
            if not allowed_host(self.headers.get("Host"), self.server.server_address[0]):
                self.deadline.done()
                self._error(421, "this server answers only to the names it listens on (loopback or --host)")
                return False
            return True

        def _send(self, code: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in cors.headers(self.headers.get("Origin")):
                self.send_header(name, value)
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass                          # the client left before its answer: nothing to log

        def do_OPTIONS(self):
            """A CORS preflight, or a client asking what /query allows."""
            self.deadline.done()
            self.send_response(204)
            self.send_header("Allow", "GET, POST, OPTIONS")
            for name, value in cors.headers(self.headers.get("Origin"), preflight=True):
                self.send_header(name, value)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def _error(self, code: int, message: str) -> None:
            self._send(code, f"{code} {self.responses.get(code, ('',))[0]}: {message}\n".encode())

        def do_GET(self):
            self.deadline.done()
            path = self.path.split("?", 1)[0]
            if path in ("/view", "/graph.html"):
                return self._send(200, html.read_bytes(), "text/html; charset=utf-8") if html.exists() else \
                    self._error(404, "no graph.html in the graph folder")
            if path in workbench.PAGES or path in workbench.STATIC or path.startswith("/api/"):
                return self._send(*workbench.answer(self.path, html.parent))
            if path == "/query" and query_text("GET", self.path, None, "") is None:
                body, ctype = description(self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}",
                                          self.headers.get("Accept", ""))
                return self._send(200, body, ctype)
            if path == "/query":
                return self._forward(None)
            self._error(404, "endpoints: / (the workbench), /query (SPARQL 1.1 Protocol), /view (the network view)")


        def do_POST(self):
            if self.path.split("?", 1)[0] != "/query":
                return self._refuse()
            length = self.headers.get("Content-Length")
            if length is None or not length.strip().isdigit():
                return self._error(400, "a POST needs a numeric Content-Length")
            if int(length) > MAX_BODY:
                return self._error(413, f"request body over {MAX_BODY} bytes")
            body = self.rfile.read(int(length))
            self.deadline.done()
            self._forward(body)

        def _refuse(self) -> None:
            self._error(403, "read-only endpoint: SPARQL Update and Graph Store writes are refused")

        do_PUT = do_DELETE = do_PATCH = _refuse

        def _forward(self, body: bytes | None) -> None:
            ctype = self.headers.get("Content-Type", "")
            form = parse_qs((body or b"").decode("utf-8", errors="replace")) if body is not None else {}
            if "update" in form:
                return self._refuse()
            text = query_text("GET" if body is None else "POST", self.path, body, ctype)
            if not text:
                return self._error(400, "no query: send ?query=… or a POST with a query")
            try:
                check(text, allow_service)
            except QueryRejected as exc:
                return self._error(400, str(exc))
            self._ask((PROLOGUE + text).encode("utf-8"))

        def _ask(self, query: bytes) -> None:
            """The query, with the graph's prefixes declared before it (the user's own
            declarations come after and win), sent to the engine as a direct POST; the
            request's other parameters (default-graph-uri…) go along."""
            port = backend.current()
            rest = [(k, v) for k, vs in parse_qs(urlsplit(self.path).query).items() if k != "query" for v in vs]
            path = "/query" + ("?" + urlencode(rest) if rest else "")
            req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=query, method="POST")
            req.add_header("Content-Type", "application/sparql-query; charset=utf-8")
            if self.headers.get("Accept"):
                req.add_header("Accept", self.headers["Accept"])
            try:
                with urllib.request.urlopen(req, timeout=timeout_s) as resp:
                    data = _read_within(resp, max_bytes, time.monotonic() + timeout_s)
                    code, out_type = resp.status, resp.headers.get("Content-Type", "application/octet-stream")
            except urllib.error.HTTPError as exc:
                data, code, out_type = exc.read(max_bytes), exc.code, exc.headers.get("Content-Type", "text/plain")
            except (TimeoutError, socket.timeout):
                backend.restart("a query ran past the timeout", port)
                return self._error(503, f"the query had no answer within {timeout_s} s (--timeout); it was stopped")
            except (urllib.error.URLError, ConnectionError, OSError) as exc:
                backend.restart(f"the backend failed ({exc})", port)
                return self._error(503, "the query engine failed on this query and was restarted; try again")
            if data is None:
                return self._error(413, f"answer larger than {max_bytes} bytes: add LIMIT")
            self._send(code, data, out_type)

    return Handler


def _read_within(resp, max_bytes: int, deadline: float) -> bytes | None:
    """The whole answer, or None past max_bytes; TimeoutError past the deadline."""
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError
        chunk = resp.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)


def serve(graph: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30,
          max_bytes: int = MAX_BYTES, ready=None, allow_service: tuple[str, ...] = (),
          cors: CorsPolicy = CorsPolicy()) -> None:
    store = graph / "store"
    if not store.exists():
        raise ServeError(f"no store in {graph}: run `kg build` first")
    backend = Backend(store, timeout_s, avoid=port)          # never the port the front is to bind
    try:
        httpd = Server((host, port), make_handler(backend, graph / "graph.html", max_bytes, timeout_s, allow_service, cors))
    except OSError as exc:
        backend.close()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    if ready:
        ready(f"http://{'[' + host.strip('[]') + ']' if ':' in host else host}:{httpd.server_address[1]}")
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
        backend.close()
