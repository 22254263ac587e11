"""Townships and villages of the whole country, under their counties.

County-level gazetteers stop at the county, but local news names the township and the
village ("乐育镇尼美村党支部"), often bare.  This table (derived from jionlp's, Apache-2.0:
see kg/data/lower_divisions.LICENSE and scripts/make_lower_gazetteer.py) lists 34,000
township names and 300,000 village and community names with every county that has one.

A name alone proves little: there are 116 清泉村.  `place_of` accepts a name when the
article names a place above one of its entries (the county, or the prefecture around
it), or when the name has a single entry in the country and that entry lies in the
article's province.
"""
from __future__ import annotations

import lzma
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.places.gazetteer import nations

DATA = Path(__file__).resolve().parents[1] / "data" / "lower_divisions.tsv.xz"


@dataclass(frozen=True)
class Entry:
    name: str
    level: str                 # township or village
    county: str                # adcode of the county it lies in
    township: str | None       # for a village: its township's name


@lru_cache(maxsize=1)
def table() -> tuple[bytes, object, object]:
    """The decompressed table, one line a name ("尼美村\tv\t532529/乐育镇", sorted by
    name), where each line starts, and each line's first 8 bytes as a big-endian number
    (sorted too).  One bytes object of 17 MB that forked workers share and never
    write, where a dict of its 337,000 names took 87 MB in each worker."""
    import numpy as np

    data = lzma.decompress(DATA.read_bytes())
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    starts = np.concatenate(([0], ends[:-1] + 1)).astype(np.int32)
    padded = np.frombuffer(data + bytes(8), dtype=np.uint8)
    heads = np.zeros(len(starts), dtype=np.uint64)
    for i in range(8):                    # a line shorter than 8 bytes runs into the next: still sorted
        heads = (heads << np.uint64(8)) | padded[starts + i].astype(np.uint64)
    return data, starts, heads


def _lines(name: str) -> list[str]:
    """The table's lines of that name ("尼美村\t…"): numpy finds the lines that share the
    key's first 8 bytes (all of them are the name's when the key is shorter), and a
    bisection narrows a longer key among those.

    >>> _lines("乐育镇")[0].split()
    ['t', '532529']
    """
    data, starts, heads = table()
    key = name.encode("utf-8") + b"\t"
    low, high = (int.from_bytes(key[:8].ljust(8, fill), "big") for fill in (b"\0", b"\xff"))
    lo, hi = int(heads.searchsorted(low, side="left")), int(heads.searchsorted(high, side="right"))
    if len(key) > 8:
        lo = bisect_left(starts, key, lo, hi, key=lambda s: data[s:s + len(key)])
    out = []
    for at in range(lo, hi):
        if not data.startswith(key, starts[at]):
            break
        out.append(data[starts[at] + len(key):data.index(b"\n", starts[at])].decode("utf-8"))
    return out


@lru_cache(maxsize=16384)              # the same stems come back article after article; bounded
def entries(name: str) -> tuple[Entry, ...]:
    """Every township or village of that name; an ethnic township's written without its
    people ("明水乡" for 明水满族乡, as news shortens it) where no township has the short name.

    >>> [(e.county, e.township) for e in entries("尼美村")][:1]
    [('532529', '乐育镇')]
    >>> [(e.name, e.county) for e in entries("明水乡")]
    [('明水满族乡', '211421')]
    """
    found = _entries(name)
    if not found and name.endswith("苏木"):           # the code tables' "某某苏木乡" is news's 某某苏木
        found = _entries(name + "乡")
    if found or not name.endswith(("乡", "镇")):
        return found
    return tuple(e for full in ethnic_townships().get(name, ()) for e in _entries(full) if e.level == "township")


@lru_cache(maxsize=1)
def ethnic_townships() -> dict[str, tuple[str, ...]]:
    """Short name -> the table's ethnic townships ("明水乡" -> 明水满族乡; "某某民族乡"
    too), read once from the table (about 900 such townships)."""
    peoples = re.compile("(?:" + "|".join(sorted(nations() + ("民族",), key=len, reverse=True)) + ")+(?=[乡镇]$)")
    data, out = table()[0], {}
    for level in ("乡", "镇"):
        marker = f"族{level}\tt\t".encode("utf-8")
        at = data.find(marker)
        while at >= 0:
            full = data[data.rfind(b"\n", 0, at) + 1:at + len(marker) - 3].decode("utf-8")
            short = peoples.sub("", full)
            if short != full and len(short) >= 3:
                out.setdefault(short, []).append(full)
            at = data.find(marker, at + 1)
    return {k: tuple(v) for k, v in out.items()}


def _entries(name: str) -> tuple[Entry, ...]:
    """The lines of `name`, a 苏木 (Inner Mongolia's township) named as news and its own
    government write it: the code tables write 23 of them "某某苏木乡", their villages' too.

    >>> {(e.name, e.level) for e in _entries("格日朝鲁苏木乡")}, {e.township for e in _entries("哈达艾里嘎查")}
    ({('格日朝鲁苏木', 'township')}, {'格日朝鲁苏木'})
    """
    out = []
    written = name[:-1] if name.endswith("苏木乡") else name
    for line in _lines(name):                     # "t" sorts first: townships, then villages
        kind, _, where = line.partition("\t")
        for item in where.split(";"):
            if item:
                county, _, town = item.partition("/")
                town = town[:-1] if town.endswith("苏木乡") else town
                out.append(Entry(written, "township" if kind == "t" else "village", county, town or None))
    return tuple(out)


def place_of(name: str, codes: set[str], province: str | None, owned: bool = False,
             townships: frozenset[str] = frozenset(), nationwide: bool = True) -> Entry | None:
    """The entry this article means by `name`, or None.

    `codes` are the adcodes of the divisions the article names; `province` its province.
    An entry under a named county wins over one under a named prefecture (without its
    township where the county has two of the name); a name with one
    entry in the country counts when it lies in the article's province (or the article's
    province is unknown, the name has three characters or more and the divisions the
    article names, if any, include its province: "带头壮大村集体经济" in an article on a
    Sichuan county is no village 壮大村 of Heilongjiang).  A township's name of three
    characters counts so where its own committee, government or head follows it (`owned`:
    "某水镇党委副书记、镇长某某" in a one-line item that names no county).  Where the county
    has two villages of the name, the one under a township the article names (`townships`)
    is meant.  Without `nationwide`, only an entry of the article's divisions or province.
    """
    found = entries(name)
    if not found:
        return None
    for key in (lambda e: e.county, lambda e: e.county[:4] + "00"):
        near = {key(e) for e in found if key(e) in codes}
        if len(near) == 1:
            inside = [e for e in found if key(e) in near]
            if len({e.county for e in inside}) > 1:
                return None             # villages of the name in two counties of the prefecture: which, untold
            if inside[0].level == "village" and _other_county(codes, inside):
                named = sorted(c for c in codes if c[:4] == inside[0].county[:4] and not c.endswith("00"))
                return Entry(name, "village", named[0], None) if len(named) == 1 and len(name) >= 3 else None
                #   the named county's own, unlisted, not the namesake next door (not a two-character
                #   name: "三村共议", "任村" read across a verb are words before 村, no village)
            if len({e.township for e in inside}) > 1:       # two villages of the name in one county:
                named = {e.township: e for e in inside if e.township in townships}
                if len(named) == 1:
                    return next(iter(named.values()))       # the one under the township the article names
                return Entry(name, inside[0].level, inside[0].county, None)      # else its township is unknown
            return inside[0]
    if len(found) == 1:
        e = found[0]
        if province and e.county[:2] == province[:2]:
            return e
        if nationwide and province is None and len(name) >= 3 + (e.level == "township" and not owned) \
                and (not codes or e.county[:2] in {c[:2] for c in codes}):
            return e          # no province settled, but the divisions named lie elsewhere: not this one
    return None


def _other_county(codes: set[str], inside: list[Entry]) -> bool:
    """Whether the article names a county of the prefecture the entries lie in, and none of
    them lies in it: a village's name is common (石桥村 names 239 villages), and one the named
    county's table lacks is that county's own, unlisted (as one written right after it is:
    "某县堆瓦村"), not a namesake in the next county.  (A township's name is rarer: "乔达乡" in
    a story on its prefecture that names another of its counties stays that township.)

    >>> _other_county({"430100", "430182"}, [Entry("石桥村", "village", "430111", "跳马镇")])
    True
    >>> _other_county({"430100", "430111"}, [Entry("石桥村", "village", "430111", "跳马镇")])
    False
    """
    counties = {e.county for e in inside}
    return any(c[:4] == e.county[:4] and not c.endswith("00") for c in codes for e in inside) \
        and not counties & codes


def renamed_township(name: str, codes: set[str]) -> Entry | None:
    """The table's township of a named county that `name` writes with the other of 乡 and
    镇: a township made a town since the table was drawn (撤乡设镇, every year hundreds), or
    an older article's 乡 that is a town today.  One such entry in the article's counties,
    and none of the name as written, or no reading.

    >>> renamed_township("禹王镇", {"140828"}).name, renamed_township("禹王镇", {"140829"})
    ('禹王乡', None)

    A town made a subdistrict (撤镇设街道) likewise: "零阳街道" is the county's 零阳镇.

    >>> renamed_township("零阳街道", {"430821"}).name
    '零阳镇'

    And a people's commune of an old career, which the reform of 1983–84 made the
    township of its name: "断龙山公社" is the county's 断龙山 township.

    >>> renamed_township("断龙山公社", {"433126"}).name
    '断龙山镇'
    """
    if len(name) < 3 or not name.endswith(("乡", "镇", "街道", "公社")) or any(e.county in codes for e in entries(name)):
        return None
    stem = name[:-2] if name.endswith(("街道", "公社")) else name[:-1]
    others = ("镇", "乡") if name.endswith(("街道", "公社")) else ("镇" if name[-1] == "乡" else "乡",)
    if len(stem) < 2:
        return None
    other = [e for level in others for e in entries(stem + level) if e.level == "township" and e.county in codes]
    return other[0] if len(other) == 1 else None


# Inner Mongolia's 苏木 and 嘎查 are its townships and villages.
TOWNSHIP_END = re.compile(r"[乡镇]|街道|苏木")
VILLAGE_END = re.compile(r"村|社区|嘎查")


def township_of(county: str, text: str, at: int) -> bool:
    """Whether a township the table lists in `county` is written at `at`: a county named
    right before its own township ("某县某镇") is that county, however short its name.

    >>> township_of("532529", "乐育镇党委", 0), township_of("532529", "某某镇党委", 0)
    (True, False)
    """
    m = TOWNSHIP_END.search(text, at + 2, at + 9)
    if m is None or not all("\u4e00" <= c <= "\u9fff" for c in text[at:m.start()]):
        return False
    return any(e.level == "township" and e.county == county for e in entries(text[at:m.end()]))


def _named(texts, end: re.Pattern, level: str):
    """Entries of that level whose name (a stem of two to six characters before an
    ending the pattern finds: Mongolian names run long, 某某某某某镇) the texts write."""
    for text in texts:
        for m in end.finditer(text):
            for n in (2, 3, 4, 5, 6):
                stem = text[max(m.start() - n, 0):m.start()]
                if len(stem) < n or not all("\u4e00" <= c <= "\u9fff" for c in stem):
                    break
                yield [e for e in entries(stem + m.group(0)) if e.level == level]


def counties_named_by_townships(texts, least: int = 2) -> set[str]:
    """Counties that two or more townships of the text name together: a township whose
    name the country has only once, in one county, is weak evidence alone ("某某乡"
    could be a typo), but two of them in the same county are that county, even where
    the article never writes it ("县委书记…前往甲乡、乙镇").  A township whose name
    several counties share counts for each of them beside one that names its county
    alone ("甲街道…乙镇" where only 甲街道 is unique and 乙镇 also lies there), and so
    does a village the table lists under a township the text names ("到甲镇调研，走访
    乙村、丙村": one unique township and its villages).

    >>> counties_named_by_townships(["走访了乐育镇和三村乡。"]) == {"532529"}
    True
    >>> counties_named_by_townships(["到乐育镇尼美村调研。"]) == {"532529"}
    True
    """
    texts = list(texts)
    found: dict[str, set[str]] = {}
    unique: set[str] = set()
    for hits in _named(texts, TOWNSHIP_END, "township"):
        for e in hits:
            found.setdefault(e.county, set()).add(e.name)
        if len(hits) == 1:
            unique.add(hits[0].county)
    for hits in _named(texts, VILLAGE_END, "village"):
        for e in hits:
            if e.township in found.get(e.county, ()):
                found[e.county].add(e.name)
    return {county for county, names in found.items() if len(names) >= least and county in unique}


def listed_under(anchor: Span | None, name: str) -> bool:
    """Whether the national table lists `name` in the county (or the township) written right
    before it: then its words need no checking ("某县四把镇": 把 is a preposition elsewhere,
    here a name's; "某镇大屯村": 大 opens descriptions elsewhere).

    >>> from kg.places.gazetteer import division_span
    >>> listed_under(division_span("451225"), "四把镇"), listed_under(division_span("451225"), "把村镇")
    (True, False)
    """
    if anchor is not None and anchor["level"] == "township":      # "某镇大屯村": the township's, wherever in its
        county = anchor.get("parent")                              # county the table has it (villages move when
        return county is not None and bool(county.get("code")) \
            and any(e.county == county["code"] for e in entries(name))      # townships merge: the text's own word)
    return anchor is not None and anchor["level"] == "county" and bool(anchor.get("code")) \
        and any(e.county == anchor["code"] for e in entries(name))
