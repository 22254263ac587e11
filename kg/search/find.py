"""`kg search`: the articles that hold every given word, one row an article or a group.

Words are separated by spaces and all must appear (in the headline or the text); each
is looked up in simplified script, so 第一書記 finds 第一书记:

>>> terms("第一書記  驻村")
['第一书记', '驻村']
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from pathlib import Path

from kg.search.index import SearchError, open_index

GROUPS = {"province": "province", "date": "month", "outlet": "publisher"}
ARTICLE_FIELDS = ("date", "province", "publisher", "headline", "file", "hits", "iri")
MAX_TERMS = 8


def terms(text: str) -> list[str]:
    from kg.lang.script import to_simplified

    words = [to_simplified(w) for w in text.split()]
    if not words:
        raise SearchError("give the words to search for, e.g. kg search 第一书记")
    if len(words) > MAX_TERMS:
        raise SearchError(f"at most {MAX_TERMS} words, all of which must appear")
    return words


def search(graph: Path, text: str, by: str | None = None, limit: int | None = None) -> tuple[list[str], list[dict]]:
    """(fields, rows): each article holding every word, newest first; with `by`, one row
    a province, month or outlet with its number of articles and of occurrences."""
    if by is not None and by not in GROUPS:
        raise SearchError(f"--by is one of {', '.join(GROUPS)}, not {by!r}")
    words = terms(text)
    db = open_index(graph)
    try:
        rows = [_article(r, words) for r in _matching(db, words)]
    except sqlite3.Error as exc:
        raise SearchError(f"the search index cannot be read ({exc}); run kg build again") from None
    finally:
        db.close()
    rows.sort(key=lambda r: (r["date"] or "", r["file"]), reverse=True)
    if by is None:
        return list(ARTICLE_FIELDS), rows[:limit] if limit else rows
    fields, groups = grouped(rows, by)
    return fields, groups[:limit] if limit else groups


def _matching(db: sqlite3.Connection, words: list[str]):
    """Rows holding every word: three characters or more through the trigram index,
    shorter ones by a LIKE over the text (escaped: % and _ are literal)."""
    long = [w for w in words if len(w) >= 3]
    short = [w for w in words if len(w) < 3]
    where, args = [], []
    if long:
        where.append("articles MATCH ?")
        args.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long))
    for w in short:
        pattern = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(headline LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')")
        args += [pattern, pattern]
    return db.execute(f"SELECT iri, file, date, publisher, province, prefecture, headline, body FROM articles "
                      f"WHERE {' AND '.join(where)}", args)


def _article(r: sqlite3.Row, words: list[str]) -> dict:
    text = (r["headline"] or "") + "\n" + (r["body"] or "")
    return {"date": r["date"] or "", "province": r["province"] or "", "publisher": r["publisher"] or "",
            "headline": r["headline"] or "", "file": r["file"] or "", "hits": sum(text.count(w) for w in words),
            "iri": r["iri"] or ""}


def grouped(rows: list[dict], by: str) -> tuple[list[str], list[dict]]:
    """One row a group, most articles first; articles without the field count under "".

    >>> grouped([{"province": "甘肃省", "hits": 2}, {"province": "甘肃省", "hits": 1},
    ...          {"province": "", "hits": 1}], "province")[1]
    [{'province': '甘肃省', 'articles': 2, 'hits': 3}, {'province': '', 'articles': 1, 'hits': 1}]
    """
    field = GROUPS[by]
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        key = r["date"][:7] if by == "date" else r[field]
        groups[key][0] += 1
        groups[key][1] += r["hits"]
    out = [{field: k, "articles": a, "hits": h} for k, (a, h) in groups.items()]
    out.sort(key=lambda g: (-g["articles"], g[field] == "", g[field]))
    return [field, "articles", "hits"], out
