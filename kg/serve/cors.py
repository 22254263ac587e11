"""Cross-origin use of `kg serve`, opt-in.

A browser lets a page of another origin read an answer only when the server names that
origin in `Access-Control-Allow-Origin`.  Any web page the user happens to visit could
otherwise query `http://127.0.0.1:7878/query` and read a private graph, so nothing is
allowed by default; `kg serve --cors https://yasgui.example` allows that origin (a
notebook, a YASGUI page), `--cors '*'` every origin.

    >>> CorsPolicy(("http://example.org",)).allow("http://example.org")
    'http://example.org'
    >>> CorsPolicy(("http://example.org",)).allow("http://evil.example") is None
    True
"""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

ALLOWED_METHODS = "GET, POST, OPTIONS"
ALLOWED_HEADERS = "Accept, Content-Type"
PREFLIGHT_MAX_AGE = "600"


class CorsError(ValueError):
    """An --cors value that is not an origin."""


def origin(value: str) -> str:
    """A command-line origin as browsers send it: scheme://host[:port], no path."""
    if value == "*":
        return value
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/") \
            or parts.query or parts.fragment:
        raise CorsError(f"--cors takes origins such as https://example.org (scheme and host, no path), not {value!r}")
    return f"{parts.scheme}://{parts.netloc}".lower()


@dataclass(frozen=True)
class CorsPolicy:
    origins: tuple[str, ...] = ()

    def allow(self, request_origin: str | None) -> str | None:
        """The value of Access-Control-Allow-Origin for this request, or None."""
        if not request_origin or not self.origins:
            return None
        if "*" in self.origins:
            return "*"
        return request_origin if request_origin.lower() in self.origins else None

    def headers(self, request_origin: str | None, preflight: bool = False) -> list[tuple[str, str]]:
        """The CORS headers of an answer (none for an origin that is not allowed)."""
        allowed = self.allow(request_origin)
        if allowed is None:
            return [("Vary", "Origin")] if self.origins else []
        out = [("Access-Control-Allow-Origin", allowed), ("Vary", "Origin")]
        if preflight:
            out += [("Access-Control-Allow-Methods", ALLOWED_METHODS),
                    ("Access-Control-Allow-Headers", ALLOWED_HEADERS),
                    ("Access-Control-Max-Age", PREFLIGHT_MAX_AGE)]
        return out
