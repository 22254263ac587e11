"""Word lists as data: `kg/data/NAME.txt` (one entry a line, or several split by spaces)
and `NAME.tsv` (entry, tab, value).  Lines starting with # say which class of words the
list holds; they are skipped.  Each list is read once per process.

    >>> "副县长" in words("titles")
    True
    >>> table("program_heads")["工程"]
    'project'
"""
from __future__ import annotations

from functools import lru_cache
from itertools import permutations
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def _lines(name: str) -> list[str]:
    path = DATA / name
    if not path.exists():
        raise FileNotFoundError(f"word list {path} is missing from the installation")
    return [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Entries of NAME.txt, in file order, without repeats."""
    out: list[str] = []
    for line in _lines(f"{name}.txt"):
        out += line.split()
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=None)
def table(name: str) -> dict[str, str]:
    """Entry -> value of NAME.tsv."""
    out = {}
    for line in _lines(f"{name}.tsv"):
        key, _, value = line.partition("\t")
        out[key.strip()] = value.strip()
    return out


@lru_cache(maxsize=1)
def body_types() -> tuple[str, ...]:
    """The closed class of body types (body_types.txt) and the government departments'
    short names (department_short_names.tsv: 经信局, 医保局, 退役军人局…), one class for
    every reader of bodies; the research academies' short names there (农科院) stay
    names of their own, written as the text has them.

    >>> "经信局" in body_types(), "农科院" in body_types()
    (True, False)
    """
    listed = words("body_types")
    short = [w for w in table("department_short_names") if w not in set(listed) and not w.endswith("院")]
    merged = [w for w in culture_bureaus() if w not in set(listed)]
    return tuple(listed) + tuple(short) + tuple(merged)


def culture_bureaus() -> list[str]:
    """The merged bureaus of culture in every order a county names them (kg/data/
    merged_culture_fields.txt): 文化 and one to three other fields, 和 before the last or not.

    >>> "文化旅游广电体育局" in culture_bureaus(), "文化广电体育和旅游局" in culture_bureaus()
    (True, True)
    >>> "旅游文化局" in culture_bureaus()
    False
    """
    first, *others = _lines("merged_culture_fields.txt")
    out = []
    for n in (1, 2, 3):
        for rest in permutations(others[0].split(), n):
            out += [first + "".join(rest) + "局", first + "".join(rest[:-1]) + "和" + rest[-1] + "局"]
    return out


def longest_first(items) -> list[str]:
    """For regex alternations: the longest entry must be tried first."""
    return sorted(items, key=lambda w: (-len(w), w))
