"""WARC crawls (warcio, Apache-2.0): each HTML or text response is one article.

A crawl keeps requests, redirects, robots.txt, images and scripts beside the pages;
only a response with status 200 and a text or HTML body is an article.  Its target
URI is the article's url; the record's WARC-Date is when the crawler fetched the page,
not when the article was published, so it is never taken as the article's date.
"""
from __future__ import annotations

from pathlib import Path

from kg.article import ReadError
from kg.read.rows import MAX_MEMBER_BYTES, Record

READABLE = ("text/html", "application/xhtml+xml", "text/plain")


def warc_records(path: Path) -> list[Record]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    out: list[Record] = []
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                page = _page(record)
                if page is not None:
                    out.append(Record(str(len(out) + 1), *page))
    except ArchiveLoadFailed as exc:
        raise ReadError(f"not a readable WARC file ({str(exc).splitlines()[0][:120]})") from None
    if not out:
        raise ReadError("WARC file without an HTML or text response")
    return out


def _page(record) -> tuple[bytes, str, dict] | None:
    """(bytes, how to read them, metadata) of a response that is a page, else None."""
    if record.rec_type not in ("response", "resource"):
        return None
    http = record.http_headers
    if http is not None and http.get_statuscode() != "200":
        return None
    content_type = (http.get_header("Content-Type") if http is not None else record.rec_headers.get_header(
        "Content-Type")) or ""
    if not content_type.lower().startswith(READABLE):
        return None
    data = record.content_stream().read(MAX_MEMBER_BYTES)
    if not data.strip():
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    suffix = ".txt" if content_type.lower().startswith("text/plain") else ".html"
    return data, suffix, ({"url": url} if url else {})
