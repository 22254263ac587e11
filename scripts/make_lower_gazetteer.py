"""Derive kg/data/lower_divisions.tsv.xz from jionlp's china_location.zip.

jionlp (Apache-2.0, https://github.com/dongrixinyu/JioNLP) ships every township (乡, 镇,
街道) and village or community (村, 社区) under its county, about 2021-22.  `pip install
jionlp` also pulls jiojio (GPL-3.0), which cadre-kg must not carry, so the data set is
derived once, here, and shipped in the package with jionlp's licence and this notice:

    python scripts/make_lower_gazetteer.py path/to/jionlp/dictionary/china_location.zip

Output: one line per name: `name<TAB>t|v<TAB>county[/township];county[/township]...`,
where t is a township (listed with its county's adcode) and v a village or community
(with its county's adcode and its township).  Changes to the original: only this layout.
"""
from __future__ import annotations

import lzma
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "lower_divisions.tsv.xz"


def derive(zip_path: Path) -> dict[tuple[str, str], list[str]]:
    lines = zipfile.ZipFile(zip_path).read("china_location.txt").decode("utf-8").split("\n")
    entries: dict[tuple[str, str], list[str]] = defaultdict(list)
    county = town = None
    for line in lines:
        if not line.strip():
            continue
        depth, fields = len(line) - len(line.lstrip("\t")), line.strip().split("\t")
        if depth == 2:
            county = fields[1] if len(fields) > 1 else None       # Taiwan's districts have no code
        elif depth == 3 and county:
            town = fields[0]
            entries[(town, "t")].append(county)
        elif depth == 4 and county:
            entries[(fields[0], "v")].append(f"{county}/{town}")
    return entries


def main() -> None:
    entries = derive(Path(sys.argv[1]))
    body = "".join(f"{name}\t{kind}\t{';'.join(dict.fromkeys(where))}\n" for (name, kind), where in sorted(entries.items()))
    OUT.write_bytes(lzma.compress(body.encode("utf-8"), preset=9))
    print(f"{OUT}: {len(entries)} names, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
