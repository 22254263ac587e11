"""The build's full-text index of its articles: SQLite FTS5 with the trigram tokenizer.

Chinese has no spaces between words, so a word index would need a segmenter that splits
第一书记 one way in one article and another way in the next; the trigram tokenizer indexes
every three characters, and a search for any string of three or more characters is an
index lookup (a shorter one, 县长, is a scan of the text, still fast at the scale of a
province's decade of news).  The text is indexed in simplified script, so a search in
either script finds articles in both.  The index is `search.sqlite` beside `graph.ttl`,
rebuilt by every build from the articles' records (kg.build.records).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

INDEX = "search.sqlite"
COLUMNS = ("iri", "file", "date", "publisher", "province", "prefecture", "headline", "body")
SCHEMA = ("CREATE VIRTUAL TABLE articles USING fts5(iri UNINDEXED, file UNINDEXED, date UNINDEXED, "
          "publisher UNINDEXED, province UNINDEXED, prefecture UNINDEXED, headline, body, tokenize='trigram')")


class SearchError(Exception):
    """A search that cannot run: no index, a bad request.  The message is for the user."""


def write_index(records: Path, target: Path) -> int:
    """Index every article record under `records` into a new SQLite file `target`;
    returns the number of articles indexed."""
    from kg.lang.script import to_simplified

    target.unlink(missing_ok=True)
    db = sqlite3.connect(target)
    try:
        db.execute(SCHEMA)
        n = 0
        for path in sorted(records.glob("*.json")):
            r = json.loads(path.read_text(encoding="utf-8"))
            paragraphs = r.get("paragraphs") or [0] * len(r.get("sentences", []))
            body = "\n".join(text for text, p in zip(r.get("sentences", []), paragraphs)
                             if not (p == -1 and text == r.get("headline")))     # the headline has its own column
            if r.get("script") == "traditional":
                body = to_simplified(body)
            db.execute(f"INSERT INTO articles({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                       (r.get("iri"), r.get("file"), r.get("date"), r.get("publisher"), r.get("province"),
                        r.get("prefecture"), to_simplified(r.get("headline") or ""), body))
            n += 1
        db.commit()
    finally:
        db.close()
    return n


def open_index(graph: Path) -> sqlite3.Connection:
    path = graph / INDEX
    if not path.is_file():
        hint = "run kg build first" if not (graph / "graph.ttl").exists() else "it was built by an older kg; run kg build again"
        raise SearchError(f"no search index in {graph} ({hint})")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    return db
