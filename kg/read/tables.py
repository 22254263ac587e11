"""Tables of articles (CSV, TSV, JSONL): one row, one article, its columns found by name.

A scraper's export is a table whose header names the columns in English or Chinese;
the role of each (text, title, date, url, source) is read from those names
(kg.read.containers.ROLES) or given with `--columns`.  A row without text is a
reason for that row alone, never for the table:

>>> rows = table_records("标题,正文\\n县里开会,县长讲话。\\n空行,\\n".encode(), "t.csv", {})
>>> [(r.member, r.meta.get("title"), r.error) for r in rows]
[('1', '县里开会', None), ('2', '空行', 'row 2 has no text')]
"""
from __future__ import annotations

import csv
import io
import json
import sys

from kg.article import ReadError
from kg.read.rows import ROLES, Record
from kg.read.decoding import decode

csv.field_size_limit(min(sys.maxsize, 2 ** 31 - 1))     # a whole article in one cell


def table_records(data: bytes, name: str, overrides: dict[str, str]) -> list[Record]:
    text, _ = decode(data)                   # Excel saves GB18030 as often as UTF-8
    base = name.lower().removesuffix(".gz")
    rows = _json_rows(text) if base.endswith((".jsonl", ".ndjson")) else _csv_rows(text, base.endswith(".tsv"))
    columns = roles([k for _, r in rows if isinstance(r, dict) for k in r], overrides)
    out = []
    for number, row in rows:
        if isinstance(row, str):             # a line that is no JSON object
            out.append(Record(str(number), error=row))
            continue
        cols = _own_columns(row, columns, overrides)
        body = _cell(row, cols.get("text"))
        meta = {role: _cell(row, col) for role, col in cols.items() if role != "text" and _cell(row, col)}
        if not body:
            out.append(Record(str(number), meta=meta, error=f"row {number} has no text"))
            continue
        page = body.lstrip()[:200].lower()
        suffix = ".html" if page.startswith(("<!doctype", "<html", "<body", "<div", "<p>", "<p ")) else ".txt"
        out.append(Record(str(number), body.encode("utf-8"), suffix, meta))
    if not out:
        raise ReadError("table without rows")
    return out


def roles(keys, overrides: dict[str, str]) -> dict[str, str]:
    """Role → column name, from `overrides` first, then the common names (any case);
    `keys` are the rows' keys (JSON rows may differ in theirs).

    >>> roles(["ID", "Title", "发布时间", "内容"], {})
    {'text': '内容', 'title': 'Title', 'date': '发布时间'}
    """
    names = [n for n in dict.fromkeys(keys) if n is not None]      # None: a CSV row's extra cells
    lower = {str(n).strip().lower(): n for n in names}
    found = {}
    for role, column in overrides.items():
        if column.lower() not in lower:
            raise ReadError(f"no column {column!r} for {role} (columns: {', '.join(map(str, names))})")
        found[role] = lower[column.lower()]
    for role, candidates in ROLES.items():
        if role not in found:
            hit = next((lower[c] for c in candidates if c in lower), None)
            if hit is not None:
                found[role] = hit
    if "text" not in found:
        raise ReadError(f"no text column (columns: {', '.join(map(str, names)) or 'none'}); "
                        f"name it with --columns text=COLUMN")
    return found


def _own_columns(row: dict, columns: dict[str, str], overrides: dict[str, str]) -> dict[str, str]:
    """The table's columns, except where this row leaves one empty and fills another of the
    role's common names: rows of a JSON-lines file merged from two crawlers differ in their
    keys ("text" in some, "content" in others).  A column named with --columns stays.

    >>> _own_columns({"content": "某县开会。"}, {"text": "text"}, {})
    {'text': 'content'}
    """
    lower = {str(k).strip().lower(): k for k in row if k is not None}
    out = dict(columns)
    for role, candidates in ROLES.items():
        if role in overrides or _cell(row, columns.get(role)):
            continue
        hit = next((lower[c] for c in candidates if c in lower and _cell(row, lower[c])), None)
        if hit is not None:
            out[role] = hit
    return out


def _cell(row: dict, column) -> str:
    if column is None:
        return ""
    value = row.get(column)
    return "" if value is None else str(value).strip()


def _csv_rows(text: str, tab: bool) -> list[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter="\t" if tab else ",")
    try:
        rows = [(i, row) for i, row in enumerate(reader, 1)]
    except csv.Error as exc:
        raise ReadError(f"not a readable {'TSV' if tab else 'CSV'} table ({exc})") from None
    if reader.fieldnames is None:
        raise ReadError("table without a header row")
    if not rows:
        raise ReadError(f"table with a header ({', '.join(reader.fieldnames)}) and no rows")
    return rows


def _json_rows(text: str) -> list[tuple[int, dict | str]]:
    rows: list[tuple[int, dict | str]] = []
    for i, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append((i, f"line {i} is not JSON ({exc.msg})"))
            continue
        rows.append((i, value if isinstance(value, dict) else f"line {i} is not a JSON object"))
    return rows
