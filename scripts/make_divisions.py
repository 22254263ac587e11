"""Derive kg/data/divisions.tsv and kg/data/division_changes.tsv from jionlp's data.

cpca's table (the coordinates of every division) is from about 2018: it lacks 那曲市 and
色尼区 and still lists 莱芜市 and 横县.  jionlp (Apache-2.0, https://github.com/dongrixinyu/JioNLP)
ships the divisions of about 2021-22 (`china_location.zip`) and a dated list of changes
(`china_location_change.txt`).  `pip install jionlp` also pulls jiojio (GPL-3.0), so the
two are derived once, here, and shipped with jionlp's licence:

    python scripts/make_divisions.py path/to/jionlp/dictionary

Outputs, one line each:
  divisions.tsv         code<TAB>name   every province, prefecture and county of jionlp's
                        table (development zones and new areas, which news treats as
                        zones, and placeholders left out)
  division_changes.tsv  date<TAB>old code<TAB>old name<TAB>new code<TAB>new name, where both
                        divisions could be found (old ones in cpca's table, new in jionlp's)
"""
from __future__ import annotations

import csv
import importlib.util
import sys
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
ZONES = ("开发区", "新区", "园区", "管委会", "行政委员会", "示范区", "风景名胜区")   # level zone, found by their own rule
PLACEHOLDERS = {"市直辖行政区划", "省直辖行政区划", "市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def current(zip_path: Path) -> dict[str, str]:
    """code -> name of provinces, prefectures and counties, first listing of a code kept."""
    out: dict[str, str] = {}
    for line in zipfile.ZipFile(zip_path).read("china_location.txt").decode("utf-8").split("\n"):
        depth, fields = len(line) - len(line.lstrip("\t")), line.strip().split("\t")
        if depth > 2 or len(fields) < 2 or not fields[1].isdigit():
            continue
        code, name = fields[1], fields[0]
        if name in PLACEHOLDERS or code[4] == "7" or name.endswith(ZONES) or code in out:
            continue
        out[code] = name
    return out


def cpca_codes() -> dict[str, str]:
    spec = importlib.util.find_spec("cpca")
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as fh:
        return {r["adcode"][:6]: r["name"] for r in csv.DictReader(fh)}


def changes(path: Path, old: dict[str, str], new: dict[str, str]) -> list[tuple[str, ...]]:
    """(date, old code, old name, new code, new name) for each line both tables can place."""
    def find(table, names):
        names = [n for n in names if n]
        province = next((c for c, n in table.items() if n == names[0] and c.endswith("0000")), None)
        if province is None:
            return None
        codes = [c for c, n in table.items() if n == names[-1] and c[:2] == province[:2]]
        return codes[0] if len(codes) == 1 else None

    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=>" not in line:
            continue
        left, right = (part.split("\t") for part in line.split("=>", 1))
        a, b = find(old, left[2::2]), find(new, right)          # left: full name, short form, ...
        if a and b and (old[a], a) != (new[b], b):
            out.append((left[0], a, old[a], b, new[b]))
    return sorted(set(out))


def main() -> None:
    folder = Path(sys.argv[1])
    table = current(folder / "china_location.zip")
    (DATA / "divisions.tsv").write_text("".join(f"{c}\t{n}\n" for c, n in sorted(table.items())), encoding="utf-8")
    moves = changes(folder / "china_location_change.txt", cpca_codes(), table)
    (DATA / "division_changes.tsv").write_text("".join("\t".join(m) + "\n" for m in moves), encoding="utf-8")
    print(f"{len(table)} divisions, {len(moves)} dated changes")


if __name__ == "__main__":
    main()
