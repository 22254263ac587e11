"""Atomic writes: a temporary file in the same folder, then a rename.

A build killed at any moment leaves either the previous file or the new one, never half
of one, because rename within a folder is atomic on POSIX file systems.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


JOURNAL = ".kg-swap.json"


class Swap:
    """Several outputs staged under temporary names, then swapped in together.

    graph.ttl, the store and graph.html of one build must never sit beside those of
    another.  Each is written to a staged name (`.graph.ttl.new`); `commit` writes a
    journal of the renames, makes them and removes the journal.  A build killed during
    the renames leaves the journal, and the next build (holding the folder's lock)
    finishes them with `recover`: every staged output was complete before the journal
    was written, so rolling forward is always right.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); s = Swap(d)
    >>> _ = s.staged("a.txt").write_text("new"); s.commit(); (d / "a.txt").read_text()
    'new'
    """

    def __init__(self, folder: Path):
        self.folder, self.pending = folder, {}

    def staged(self, name: str) -> Path:
        path = self.folder / f".{name}.new"
        self.pending[name] = path.name
        return path

    def commit(self) -> None:
        import json

        ready = {name: tmp for name, tmp in self.pending.items() if (self.folder / tmp).exists()}
        atomic_write(self.folder / JOURNAL, json.dumps(ready).encode("utf-8"))
        recover(self.folder)


def recover(folder: Path) -> None:
    """Finish the renames of a journal left by a build killed in `Swap.commit`."""
    import json

    journal = folder / JOURNAL
    if not journal.exists():
        return
    for name, tmp in json.loads(journal.read_text(encoding="utf-8")).items():
        staged, final = folder / tmp, folder / name
        if not staged.exists():          # renamed before the kill
            continue
        if staged.is_dir() and final.exists():
            old = folder / f".{name}.old"
            shutil.rmtree(old, ignore_errors=True)
            os.replace(final, old)
            os.replace(staged, final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staged, final)
    journal.unlink()
