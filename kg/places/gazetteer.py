"""China's administrative divisions above township level, as they are now and as old news names them.

The divisions are jionlp's of about 2021-22 (`kg/data/divisions.tsv`, derived by
`scripts/make_divisions.py`; Apache-2.0); coordinates come from cpca's `adcodes.csv`
(MIT), which is older (about 2018).  The code itself encodes the chain: digits 1-2 are
the province, 3-4 the prefecture, 5-6 the county, so parents are derived, never typed.

Old news still resolves (see kg.places.history): a division renamed or turned into a
city or district since (横县 → 横州市, 即墨市 → 即墨区, 那曲地区 → 那曲市) is the new
division, its old name one more way to write it; one abolished without a successor of
its name (莱芜市, merged into 济南 in 2019) stays as a former division with its old code.

Short forms ("遵义" for 遵义市, "乳源" for 乳源瑶族自治县) are how news writes
places, but some are ordinary words or shared by several divisions; those are marked
`risky` and the recognizer accepts them only where the article's province confirms them.
"""
from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.article import Span
from kg.lang.words import words

MUNICIPALITIES = {"11", "12", "31", "50"}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Short forms that are also everyday words ("和平", "胜利"): only with a chain or the
    article's province behind them."""
    return frozenset(words("common_place_words"))


@dataclass(frozen=True)
class Division:
    code: str            # 6-digit division code (adcode)
    name: str
    level: str           # province | prefecture | county
    lon: float | None
    lat: float | None
    former: bool = False     # abolished, kept so that old news resolves (莱芜市 in 2015)

    @property
    def province_code(self) -> str:
        return self.code[:2] + "0000"


def _table_path() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package is not installed: pip install cpca")
    return Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"


def _level(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


@lru_cache(maxsize=1)
def nations() -> tuple[str, ...]:
    """The names of the 56 peoples (满族, 蒙古族, 鄂温克族…), from cpca's list."""
    path = _table_path().with_name("56_nations.csv")
    return tuple(n for n in (line.strip().split(",")[0] for line in path.read_text(encoding="utf-8").splitlines()[1:]) if n)


@lru_cache(maxsize=1)
def _autonomous_suffix() -> re.Pattern:
    """The ethnic names and the autonomy word that end an autonomous division's name."""
    names = list(nations())
    # Xinjiang's names write the people without 族 (新疆维吾尔自治区, 伊犁哈萨克自治州,
    # 察布查尔锡伯自治县); a one-character name (回, 藏) is only taken with its 族.
    names += [n[:-1] for n in names if n.endswith("族") and len(n) >= 3]
    ethnic = "|".join(sorted((n for n in names if n), key=len, reverse=True) + ["各族"])
    return re.compile(rf"(?<=..)(({ethnic})+)?(自治区|自治州|自治县|自治旗|特别行政区)$")     # 内蒙古: no stem 内


def short_forms(name: str, level: str) -> list[str]:
    """The ways news shortens a division's name."""
    stem = _autonomous_suffix().sub("", name)
    if stem != name:
        kept = {"自治县": "县", "自治州": "州", "自治旗": "旗"}      # 凉山州, 澜沧县, 莫力达瓦旗
        if stem.endswith("族"):        # named after its people alone: 东乡族自治县 is 东乡县, not 东乡族
            return [stem[:-1] + short for full, short in kept.items() if name.endswith(full)]
        forms = [stem] + [stem + short for full, short in kept.items() if name.endswith(full)]
        forms += [stem + full for full in kept if name.endswith(full)]     # 务川自治县, 黔东南自治州: the
        return [f for f in forms if len(f) >= 2]                           # people dropped, the autonomy kept
    stem = re.sub(r"(省|市|地区|盟|县|区|旗)$", "", name)
    return [stem] if stem != name and len(stem) >= 2 else []


class Gazetteer:
    def __init__(self, rows: list[Division], old_names: list[tuple[str, str]] = (),
                 abbreviations: dict[str, str] | None = None, older: list[tuple[str, str]] = ()):
        """`old_names`: (a name a division had before, its code now); `older`: the same of
        the older tables, whose names are taken only in full (深县, not 深); `abbreviations`:
        a short name news writes -> the full name it stands for (西乌旗 -> 西乌珠穆沁旗)."""
        self.by_code = {d.code: d for d in rows}
        self.names: dict[str, list[str]] = {}      # full name -> codes
        self.shorts: dict[str, list[str]] = {}     # short form -> codes
        for d in rows:
            self.names.setdefault(d.name, []).append(d.code)
        current = set(self.names)
        for name, code in old_names:
            if name not in self.names:
                self.names[name] = [code]
        for d in rows:
            for s in short_forms(d.name, d.level):
                if s not in current:              # (a former name of another: "东乡县" is 东乡族自治县's too)
                    self.shorts.setdefault(s, []).append(d.code)
        for name, code in old_names:
            for s in short_forms(name, self.by_code[code].level):
                if s not in self.names and s not in self.shorts:
                    self.shorts[s] = [code]
        for name, code in older:                  # two divisions of one old name: both, risky
            if name not in current and name not in self.shorts and code not in self.names.setdefault(name, []):
                self.names[name].append(code)     # (漾濞县: today's 漾濞彝族自治县 written short, as before)
        self.abbreviations: set[str] = set()       # written with their level word: as sure as a full name
        for short, full in (abbreviations or {}).items():
            if short not in self.names and full in self.names:
                self.shorts[short] = list(self.names[full])
                self.abbreviations.add(short)

    def parent(self, code: str) -> str | None:
        d = self.by_code.get(code)
        if d is None or d.level == "province":
            return None
        if d.level == "county":
            pref = code[:4] + "00"
            if pref in self.by_code and code[:2] not in MUNICIPALITIES:
                return pref
        return d.province_code if d.province_code in self.by_code else None

    def chain(self, code: str) -> list[str]:
        out = [code]
        while (p := self.parent(out[-1])) is not None:
            out.append(p)
        return out

    def is_risky(self, surface: str) -> bool:
        """A short form that is an everyday word or names several divisions of one rank."""
        if surface in self.names:
            return len(self.top(surface)) > 1
        return bool(self.shorts.get(surface)) and (surface in common_words() or len(self.top(surface)) > 1)

    def candidates(self, surface: str) -> list[str]:
        """Divisions a surface may name; a division of today before a former one ("莱芜"
        is 莱芜区 of 济南, "莱芜市" the former prefecture), and a short form of today before a
        name given up ("东乡县": 东乡族自治县 of 临夏, then the county renamed 东乡区 in 2016).

        >>> [load().by_code[c].name for c in load().candidates("东乡县")]
        ['东乡族自治县', '东乡区']
        """
        codes = self.names.get(surface) or self.shorts.get(surface) or []
        if surface in self.names and surface in self.shorts:      # a former name, and a short form of today's
            codes = self.shorts[surface] + [c for c in codes if c not in self.shorts[surface]]
        return [c for c in codes if not self.by_code[c].former] or codes

    def top(self, surface: str) -> list[str]:
        """Candidates of the highest rank: "阜新" is the city before the county named after it."""
        codes = self.candidates(surface)
        rank = {"province": 0, "prefecture": 1, "county": 2}
        best = min((rank[self.by_code[c].level] for c in codes), default=None)
        return [c for c in codes if rank[self.by_code[c].level] == best]

    def resolve(self, surface: str, within: list[str]) -> str | None:
        """The one division a surface names, using places the text put it under.

        `within` holds codes of places that contain it (the chain written before it, then
        the article's province).  Without a unique answer the place stays unlinked.
        """
        codes = self.candidates(surface)
        for anchor in within:
            inside = [c for c in codes if anchor in self.chain(c) and c != anchor]
            if len(inside) == 1:
                return inside[0]
            if len(inside) > 1:
                codes = inside
        top = [c for c in codes if c in self.top(surface)] or codes
        return top[0] if len(top) == 1 else None

    def surfaces(self) -> list[str]:
        return sorted(set(self.names) | set(self.shorts), key=lambda s: (-len(s), s))


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Loaded once per process (before a build's workers fork, see kg.build.pipeline.warm_up)."""
    from kg.places.history import former_names, history

    from kg.lang.words import table

    now = _current_rows()
    rows, old_names = history(_cpca_rows(), now)
    return Gazetteer([Division(code, name, _level(code), lon, lat, former) for code, name, lon, lat, former in rows],
                     old_names, {**table("banner_abbreviations"), **table("county_abbreviations")},
                     former_names(set(now.values())))


def _cpca_rows() -> dict[str, tuple[str, float | None, float | None]]:
    """code -> (name, longitude, latitude) of cpca's table, placeholders left out."""
    out = {}
    with _table_path().open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            if rec["name"] in {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}:
                continue
            lon = float(rec["longitude"]) if rec.get("longitude") else None
            lat = float(rec["latitude"]) if rec.get("latitude") else None
            out[rec["adcode"][:6]] = (rec["name"], lon, lat)
    return out


def _current_rows() -> dict[str, str]:
    from kg.lang.words import DATA

    lines = (DATA / "divisions.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line)


def division_span(code: str) -> Span:
    """A division the text implies but does not name here (the article's own county)."""
    d = load().by_code[code]
    return Span("place", -1, -1, -1, d.name, {"name": d.name, "surface": d.name, "level": d.level,
                                               "code": code, "parent": None})


def other_kind(title: str, place: str) -> bool:
    """Whether a county-level title (or a body's level word alone) names the other kind of
    county-level place: a 县's post or body is no 区's, nor a 区's a 县's (both of the county
    level: "某区挂职干部、县农业农村局副局长" is the host county's bureau).

    >>> other_kind("县委常委", "某某区"), other_kind("区长", "某某县"), other_kind("县长", "某某县"), other_kind("县", "某某区")
    (True, True, False, True)
    """
    return "县" in title and place.endswith("区") or "区" in title and place.endswith("县")
