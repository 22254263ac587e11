"""The build's full-text index of its articles: SQLite FTS5 with the trigram tokenizer.

Chinese has no spaces between words, so a word index would need a segmenter that splits
第一书记 one way in one article and another way in the next; the trigram tokenizer indexes
every three characters, and a search for any string of three or more characters is an
index lookup (a shorter one, 县长, is a scan of the text, still fast at the scale of a
province's decade of news).  The text is indexed in simplified script, so a search in
either script finds articles in both.  The index is `search.sqlite` beside `graph.ttl`,
written by every build from the articles' records (kg.build.records), updated where
they changed.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

INDEX = "search.sqlite"
COLUMNS = ("iri", "file", "date", "publisher", "province", "prefecture", "headline", "body")
SCHEMA = ("CREATE VIRTUAL TABLE articles USING fts5(iri UNINDEXED, file UNINDEXED, date UNINDEXED, "
          "publisher UNINDEXED, province UNINDEXED, prefecture UNINDEXED, headline, body, tokenize='trigram')")


class SearchError(Exception):
    """A search that cannot run: no index, a bad request.  The message is for the user."""


def write_index(records: Path, target: Path, previous: Path | None = None) -> int:
    """Index every article record under `records` into a new SQLite file `target`;
    returns the number of articles indexed.  With the `previous` build's index, only the
    records that changed are indexed again (a record is a link to its cache entry, so a
    changed article is a new file): a rebuild after a change of 1 % of 20,000 articles
    re-indexes 200 of them instead of all."""
    target.unlink(missing_ok=True)
    if previous is not None and _stamped(previous):
        shutil.copyfile(previous, target)
    db = sqlite3.connect(target)
    try:
        if not _stamped(target, db):
            db.execute(SCHEMA)
            db.execute(STAMPS)
        known = {iri: (stamp, rowid) for iri, stamp, rowid in db.execute("SELECT iri, stamp, row FROM indexed")}
        seen = set()
        for path in sorted(records.glob("*.json")):
            st = path.stat()
            stamp = f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"
            r = json.loads(path.read_text(encoding="utf-8")) if known.get(path.stem, ("",))[0] != stamp else None
            seen.add(path.stem)
            if r is None:
                continue                                    # indexed as it is
            if path.stem in known:
                db.execute("DELETE FROM articles WHERE rowid = ?", (known[path.stem][1],))
            row = db.execute(f"INSERT INTO articles({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                             _values(r)).lastrowid
            db.execute("INSERT OR REPLACE INTO indexed(iri, stamp, row) VALUES (?, ?, ?)", (path.stem, stamp, row))
        for gone in set(known) - seen:
            db.execute("DELETE FROM articles WHERE rowid = ?", (known[gone][1],))
            db.execute("DELETE FROM indexed WHERE iri = ?", (gone,))
        db.commit()
    finally:
        db.close()
    return len(seen)


# Which record each row indexes, and the record file's identity when it was indexed.
STAMPS = "CREATE TABLE indexed(iri TEXT PRIMARY KEY, stamp TEXT, row INTEGER)"


def _stamped(path: Path, db: sqlite3.Connection | None = None) -> bool:
    """Whether an index file has the table of what it indexed (older builds' do not)."""
    try:
        con = db or sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("SELECT 1 FROM sqlite_master WHERE name = 'indexed'").fetchone() is not None
        finally:
            if db is None:
                con.close()
    except sqlite3.Error:
        return False


def _values(r: dict) -> tuple:
    """A record's row: its body in simplified script, without the headline's own line."""
    from kg.lang.script import to_simplified

    paragraphs = r.get("paragraphs") or [0] * len(r.get("sentences", []))
    body = "\n".join(text for text, p in zip(r.get("sentences", []), paragraphs)
                     if not (p == -1 and text == r.get("headline")))     # the headline has its own column
    if r.get("script") == "traditional":
        body = to_simplified(body)
    return (r.get("iri"), r.get("file"), r.get("date"), r.get("publisher"), r.get("province"),
            r.get("prefecture"), to_simplified(r.get("headline") or ""), body)


def open_index(graph: Path) -> sqlite3.Connection:
    path = graph / INDEX
    if not path.is_file():
        hint = "run kg build first" if not (graph / "graph.ttl").exists() else "it was built by an older kg; run kg build again"
        raise SearchError(f"no search index in {graph} ({hint})")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    return db
