"""`kg serve`: a SPARQL 1.1 Protocol endpoint over the built store, and the HTML view.

Oxigraph's own server (the `oxigraph` package from PyPI) answers the queries, opened
read-only and with a query timeout, on a private loopback port.  In front of it a small
server binds 127.0.0.1 by default, passes `/query` through with a cap on the size of an
answer, serves the view at `/`, and refuses everything that would write.
"""
from __future__ import annotations

import ctypes
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024


class ServeError(Exception):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise ServeError("the `oxigraph` server is not installed: pip install oxigraph")
    return found


def _die_with_parent() -> None:
    """Linux: the backend gets SIGTERM when `kg serve` dies, even by SIGKILL."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except OSError:
        pass


def start_backend(store: Path, timeout_s: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(store),
                             "--bind", f"127.0.0.1:{port}", "--timeout-s", str(timeout_s)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_die_with_parent)
    for _ in range(100):
        if proc.poll() is not None:
            raise ServeError(f"oxigraph could not open {store}: {proc.stderr.read().decode(errors='replace').strip()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise ServeError("oxigraph did not start")


def make_handler(backend: int, html: Path, max_bytes: int):
    class Handler(BaseHTTPRequestHandler):
        server_version = "cadre-kg"

        def log_message(self, fmt, *args):   # quiet by default: one line per request is noise
            pass

        def _send(self, code: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _refuse(self) -> None:
            self._send(403, "read-only endpoint: SPARQL Update and Graph Store writes are refused\n".encode())

        def do_GET(self):
            path = self.path.split("?", 1)[0]
            if path in ("/", "/view", "/graph.html"):
                return self._send(200, html.read_bytes(), "text/html; charset=utf-8") if html.exists() else \
                    self._send(404, b"no graph.html in the graph folder\n")
            if path == "/query":
                return self._forward(None)
            self._send(404, b"endpoints: /query (SPARQL 1.1 Protocol), / (the view)\n")

        def do_POST(self):
            if self.path.split("?", 1)[0] != "/query":
                return self._refuse()
            size = int(self.headers.get("Content-Length") or 0)
            self._forward(self.rfile.read(size))

        do_PUT = do_DELETE = do_PATCH = _refuse

        def _forward(self, body: bytes | None) -> None:
            req = urllib.request.Request(f"http://127.0.0.1:{backend}{self.path}", data=body,
                                         method="POST" if body is not None else "GET")
            for h in ("Accept", "Content-Type"):
                if self.headers.get(h):
                    req.add_header(h, self.headers[h])
            try:
                with urllib.request.urlopen(req, timeout=600) as resp:
                    data = resp.read(max_bytes + 1)
                    code, ctype = resp.status, resp.headers.get("Content-Type", "application/octet-stream")
            except urllib.error.HTTPError as exc:
                data, code, ctype = exc.read(max_bytes), exc.code, exc.headers.get("Content-Type", "text/plain")
            if len(data) > max_bytes:
                return self._send(413, f"answer larger than {max_bytes} bytes: add LIMIT\n".encode())
            self._send(code, data, ctype)

    return Handler


def serve(graph: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30,
          max_bytes: int = MAX_BYTES, ready=None) -> None:
    store = graph / "store"
    if not store.exists():
        raise ServeError(f"no store in {graph}: run `kg build` first")
    proc, backend = start_backend(store, timeout_s)
    try:
        httpd = ThreadingHTTPServer((host, port), make_handler(backend, graph / "graph.html", max_bytes))
    except OSError as exc:
        proc.kill()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    if ready:
        ready(f"http://{host}:{httpd.server_address[1]}")
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
        proc.terminate()
        proc.wait(timeout=10)
