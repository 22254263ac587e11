"""Corpora held as tables, archives and crawls: each row or record is one article.

Scrapers and archives hand corpora over as CSV/TSV/JSONL tables (one article a row:
title, date, url, text), zip archives of pages, or WARC crawls.  Each row or record
becomes an article with its own identity, written `FILE#MEMBER`:

    news.csv#12              the table's 12th data row (the header row not counted)
    news.jsonl.gz#3          the third line
    pages.zip#2023/a.html    a member of the archive
    crawl.warc.gz#5          the fifth HTML or text response of the crawl

so the build's report, the reader and `kg diff` name it.  A row's metadata (title,
date, url, source) wins over what the reader would guess from the text.  Columns are
found by their common names (text/content/正文, title/标题, date/日期/发布时间, url/链接,
source/来源) or named with `kg build --columns text=正文,date=时间`.
"""
from __future__ import annotations

import gzip
import json
import os
import zipfile
from functools import lru_cache
from pathlib import Path

from kg.article import ReadError
from kg.read.crawls import warc_records
from kg.read.rows import MAX_MEMBER_BYTES, ROLES, Record
from kg.read.tables import table_records

SEP = "#"
TABLES = (".csv", ".tsv", ".jsonl", ".ndjson")
ARCHIVES = (".zip",)
CRAWLS = (".warc", ".warc.gz")
PAGES = (".txt", ".html", ".htm")
MAX_CONTAINER_BYTES = 2 * 1024 ** 3     # a table or archive larger than this is no corpus we read whole
COLUMNS_ENV = "KG_COLUMNS"      # `--columns`, seen by forked and spawned workers alike


def kind(path: Path) -> str | None:
    """"table", "archive", "crawl" or None for a page, by the file's name.

    >>> kind(Path("a.jsonl.gz")), kind(Path("b.warc")), kind(Path("c.html"))
    ('table', 'crawl', None)
    """
    name = path.name.lower()
    if name.endswith(CRAWLS):
        return "crawl"
    base = name[:-3] if name.endswith(".gz") else name
    if base.endswith(TABLES):
        return "table"
    if name.endswith(ARCHIVES):
        return "archive"
    return None


def split(source: str | Path) -> tuple[Path, str] | None:
    """(container, member) for a `FILE#MEMBER` reference, None for a plain file.

    >>> split("corpus/news.csv#12")
    (PosixPath('corpus/news.csv'), '12')
    >>> split("corpus/a#b.txt") is None       # no container before the mark
    True
    """
    text = str(source)
    cut = text.find(SEP)
    while cut > 0:
        head = Path(text[:cut])
        if kind(head) is not None and not Path(text).exists():
            return head, text[cut + 1:]
        cut = text.find(SEP, cut + 1)
    return None


def members(path: Path) -> list[Path]:
    """The member references of a container, in its own order (ReadError if unreadable)."""
    return [Path(f"{path}{SEP}{r.member}") for r in records(path)]


def read_member(path: Path, member: str) -> Record:
    for record in records(path):
        if record.member == member:
            if record.error:
                raise ReadError(record.error)
            return record
    raise ReadError(f"no row or member {member!r} in {path.name} (was the file changed during the build?)")


def fingerprint(path: Path, member: str) -> bytes:
    """What decides a member's extraction, for the build's cache key."""
    try:
        record = read_member(path, member)
    except ReadError as exc:
        return f"unreadable {exc}".encode()
    return record.data + json.dumps(record.meta, sort_keys=True, ensure_ascii=False).encode()


def records(path: Path) -> list[Record]:
    st = path.stat()
    if st.st_size > MAX_CONTAINER_BYTES:
        raise ReadError(f"{st.st_size // 1024 ** 2} MiB is more than a table or archive we read whole "
                        f"({MAX_CONTAINER_BYTES // 1024 ** 3} GiB); split it")
    return _records(str(path), st.st_mtime_ns, st.st_size, os.environ.get(COLUMNS_ENV, ""))


@lru_cache(maxsize=4)      # a worker reads many rows of one table in a row: parse it once
def _records(path: str, _mtime: int, _size: int, columns: str) -> list[Record]:
    p = Path(path)
    how = kind(p)
    try:
        if how == "table":
            return table_records(_open_bytes(p), p.name, parse_columns(columns))
        if how == "archive":
            return _zip_records(p)
        return warc_records(p)
    except (OSError, EOFError, zipfile.BadZipFile, gzip.BadGzipFile) as exc:
        raise ReadError(f"not a readable {how or 'file'} ({exc})") from None


def _open_bytes(path: Path) -> bytes:
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            data = fh.read(MAX_CONTAINER_BYTES + 1)
    else:
        data = path.read_bytes()
    if len(data) > MAX_CONTAINER_BYTES:
        raise ReadError(f"more than {MAX_CONTAINER_BYTES // 1024 ** 3} GiB once unpacked; split it")
    return data


def _zip_records(path: Path) -> list[Record]:
    """Pages and texts of a zip archive, by their names inside it; other members (images,
    macOS resource forks) are not articles and are passed over."""
    out = []
    with zipfile.ZipFile(path) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            name = info.filename
            if info.is_dir() or "__MACOSX" in name or Path(name).name.startswith("."):
                continue
            suffix = Path(name).suffix.lower()
            if suffix not in PAGES:
                continue
            if info.file_size > MAX_MEMBER_BYTES * 50:
                out.append(Record(name, error=f"{info.file_size // 1024 ** 2} MiB once unpacked: no single article"))
                continue
            with archive.open(info) as fh:
                out.append(Record(name, fh.read(MAX_MEMBER_BYTES), ".html" if suffix != ".txt" else ".txt"))
    if not out:
        raise ReadError("zip archive without .txt or .html members")
    return out


def parse_columns(spec: str) -> dict[str, str]:
    """`text=正文,date=时间` → {"text": "正文", "date": "时间"}; ValueError on a bad spec.

    >>> parse_columns("text=正文, date=时间")
    {'text': '正文', 'date': '时间'}
    """
    out = {}
    for item in filter(None, (s.strip() for s in spec.split(","))):
        role, _, column = item.partition("=")
        role = role.strip().lower()
        if role not in ROLES or not column.strip():
            raise ValueError(f"bad column mapping {item!r}: write ROLE=COLUMN with ROLE one of {', '.join(ROLES)}")
        out[role] = column.strip()
    return out


def expand(found: list[Path], problems: list[tuple[str, str]]) -> list[Path]:
    """Files of a corpus with each table, archive and crawl replaced by its members;
    an unreadable container is one of `problems`, with its reason."""
    out: list[Path] = []
    for path in found:
        if kind(path) is None:
            out.append(path)
            continue
        try:
            out += members(path)
        except (ReadError, OSError) as exc:
            problems.append((str(path), str(exc) if isinstance(exc, ReadError) else f"cannot read: {exc.strerror}"))
    return out
