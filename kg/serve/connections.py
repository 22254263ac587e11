"""What the server allows a connection: how long it may take to send its request, how
many may be open at once, and which names it may call the server by.

* A request (head and body) must arrive within REQUEST_SECONDS, and no read may wait
  more than IDLE_SECONDS: three hundred half-sent requests once left no thread free.
* At most MAX_CONNECTIONS are served at once; the next ones wait in the listen queue
  until a slot frees (at worst when a slow request is cut off), not in a thread each.
* The Host header must name the server as it listens: a loopback name (localhost,
  127.0.0.1, [::1]) or the address given with --host.  A page on another site can make
  a browser resolve its own name to 127.0.0.1 (DNS rebinding); its requests then carry
  that site's name as Host and are refused with 421.  A server bound to every address
  (0.0.0.0 or ::) cannot know its names and accepts any.

>>> allowed_host("localhost:7878", "127.0.0.1")
True
>>> allowed_host("evil.example:7878", "127.0.0.1")
False
>>> allowed_host("[::1]:7878", "::1")
True
"""
from __future__ import annotations

import ipaddress
import socket
import threading
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

REQUEST_SECONDS = 20
IDLE_SECONDS = 10
MAX_CONNECTIONS = 64
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def host_name(header: str) -> str | None:
    """The name in a Host header without its port; None when it is malformed."""
    try:
        parts = urlsplit(f"//{header.strip()}")
        parts.port                       # raises on a malformed port
    except ValueError:
        return None
    name = parts.hostname
    return name if name and not any(c.isspace() for c in header.strip()) else None


def _is_loopback(name: str) -> bool:
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def allowed_host(header: str | None, bound: str) -> bool:
    """Does a Host header name this server (bound to `bound`)?  HTTP/1.0 clients may send
    none: they cannot be steered by DNS rebinding, which needs a browser."""
    if header is None:
        return True
    name = host_name(header)
    if name is None:
        return False
    if bound in ("0.0.0.0", "::", ""):
        return True
    return _is_loopback(name) and _is_loopback(bound) or name.lower() == bound.strip("[]").lower()


class Server(ThreadingHTTPServer):
    """A threaded server that closes connections past MAX_CONNECTIONS and listens on IPv6
    when its address is one."""
    daemon_threads = True
    request_queue_size = 1024            # the default 5 resets clients under load

    def __init__(self, address, handler, max_connections: int = MAX_CONNECTIONS):
        host = address[0]
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.slots = threading.BoundedSemaphore(max_connections)
        super().__init__((host.strip("[]"), address[1]), handler)

    def process_request(self, request, client_address):
        """Wait for a free slot (later clients wait in the listen queue meanwhile); a slot
        frees within REQUEST_SECONDS at worst, when a slow request is cut off."""
        if not self.slots.acquire(timeout=REQUEST_SECONDS + IDLE_SECONDS):
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except Exception:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request, client_address):
        """A client that went away mid-answer is no error of ours: one line, no traceback."""
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, (BrokenPipeError, ConnectionResetError, TimeoutError, socket.timeout)):
            return
        print(f"kg serve: error while answering {client_address[0]}: {type(exc).__name__}: {exc}", file=sys.stderr)


class RequestDeadline:
    """Closes a connection whose request is not read within REQUEST_SECONDS."""

    def __init__(self, connection: socket.socket, seconds: float = REQUEST_SECONDS):
        self.connection = connection
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True
        self.timer.start()

    def _expire(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def done(self) -> None:
        self.timer.cancel()
