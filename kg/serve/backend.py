"""The query engine behind `kg serve`: Oxigraph's own server, opened read-only on a
private loopback port, supervised (restarted when it dies, times out or its store is
swapped by a rebuild) and killed with `kg serve`."""
from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class ServeError(Exception):
    pass


def free_port(avoid: int = 0) -> int:
    """A port nothing listens on now, never `avoid` (the port the front server is about
    to bind: the system may hand a just-released port out again)."""
    while True:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        if port != avoid:
            return port


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        raise ServeError("the `oxigraph` server is not installed: pip install oxigraph")
    return found


def _die_with_parent() -> None:
    """Linux: the backend gets SIGTERM when `kg serve` dies, even by SIGKILL.  The signal
    comes when the *thread* that started the backend ends, so backends are started only
    from the Backend's own long-lived thread, never from a request's thread."""
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except OSError:
        pass


def log(message: str) -> None:
    print(f"kg serve: {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


class Backend:
    """The Oxigraph process, restarted when it dies, times out, or its store is swapped."""

    def __init__(self, store: Path, timeout_s: int, avoid: int = 0):
        self.store, self.timeout_s, self.avoid = store, timeout_s, avoid
        self.lock = threading.Lock()
        self.spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backend")   # lives as long as we do
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.store_id = None
        self._start()

    def _store_id(self):
        st = os.stat(self.store)
        return st.st_ino, st.st_dev

    def _start(self) -> None:
        port = free_port(self.avoid)
        proc = self.spawner.submit(subprocess.Popen, [
            oxigraph_binary(), "serve-read-only", "--location", str(self.store),
            "--bind", f"127.0.0.1:{port}", "--timeout-s", str(self.timeout_s)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_die_with_parent).result()
        for _ in range(200):
            if proc.poll() is not None:
                raise ServeError(f"oxigraph could not open {self.store}: "
                                 f"{proc.stderr.read().decode(errors='replace').strip()}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    self.proc, self.port, self.store_id = proc, port, self._store_id()
                    return
            except OSError:
                time.sleep(0.05)
        proc.kill()
        raise ServeError("oxigraph did not start")

    def _stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def restart(self, why: str, port_seen: int | None = None) -> None:
        """Restart once for all the requests that saw the same failure."""
        with self.lock:
            if port_seen is not None and port_seen != self.port:
                return                       # another request restarted it already
            log(f"restarting the query backend: {why}")
            self._stop()
            self._start()

    def current(self) -> int:
        """The backend's port, after restarting it if it died or the store was rebuilt."""
        with self.lock:
            dead = self.proc is None or self.proc.poll() is not None
            try:
                swapped = self._store_id() != self.store_id
            except OSError:
                swapped = False              # mid-swap: keep the running one
            if dead or swapped:
                log("the query backend " + ("died (exit %s)" % (self.proc.returncode if self.proc else "?")
                                            if dead else "reopens the rebuilt store"))
                self._stop()
                self._start()
            return self.port

    def close(self) -> None:
        with self.lock:
            self._stop()
        self.spawner.shutdown(wait=False)
