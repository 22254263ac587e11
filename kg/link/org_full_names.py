"""One body under its full name, where an article writes it both ways.

The organs of state are named "people's" in full (人民代表大会, 人民政府, 人民法院, 人民检察院;
a court by its tier, 中级人民法院 of a city, 高级人民法院 of a province), and news writes them
short ("某县人大", "某县政府", "某县法院") as often as in full, in one article too: a headline's "某县法院" and
its body's "某县人民法院" are one court.  Where the article writes the full name of the same
place's organ, the short spans take it (the short one stays the node's other label, as the
graph writer keeps what the text wrote); where only the short name is written, it stays as
written, for the full name is not the text's.  So with a department's short name
(kg/data/department_short_names.tsv): "某市科委" beside "某市科学技术委员会" is one body; and a firm
written without its legal form beside its full name ("某某集团", "某某集团有限公司").
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Article
from kg.lang.words import longest_first, table
from kg.recognize.org_names import central
from kg.recognize.zones import same_zone

# The short name's ending, and the full names it stands for (a court by its tier).
ORGANS = {"人大": ("人民代表大会",), "政府": ("人民政府",), "检察院": ("人民检察院",),
          "法院": ("人民法院", "中级人民法院", "高级人民法院")}


@lru_cache(maxsize=1)
def full_names_of() -> dict[str, tuple[str, ...]]:
    """Each short ending and its full names: the organs of state, and the departments' short
    names of kg/data/department_short_names.tsv (发改委, 科委, 住建局…)."""
    return {**ORGANS, **{short: (full,) for short, full in table("department_short_names").items()}}


@lru_cache(maxsize=1)
def _short() -> re.Pattern:
    return re.compile("(?<!人民)(" + "|".join(longest_first(full_names_of())) + ")$")


def full_names(art: Article) -> None:
    """Give each short-named organ the full name the article writes for the same place's.

    >>> from kg.article import Span
    >>> art = Article("x.txt")
    >>> short = art.add(Span("org", 0, 0, 5, "某某县法院", {"name": "某某县法院"}))
    >>> full = art.add(Span("org", 1, 0, 7, "某某县人民法院", {"name": "某某县人民法院"}))
    >>> full_names(art); short["name"]
    '某某县人民法院'
    """
    bodies = art.of("org") + [p["org"] for p in art.of("post") if p.get("org") is not None]   # (a career's
    names = {o["name"] for o in bodies}                       # body may be its post's alone: "曾任某市科委副主任")
    for org in bodies:
        m = _short().search(org["name"])
        if m is None:
            longs = {org["name"] + form for form in LEGAL_FORMS} & names
            if len(longs) == 1 and not org["name"].endswith(LEGAL_FORMS):
                _take_full(art, org, longs.pop())  # "某某集团" beside "某某集团有限公司": the firm
            continue
        stem = org["name"][:m.start()]
        longs = {stem + full for full in full_names_of()[m.group(1)]} & names if stem else set()
        if stem and not longs:             # "新疆农科院" beside "新疆维吾尔自治区农业科学院": the place
            longs = _same_place(bodies, org, full_names_of()[m.group(1)])     # written short in one
        if len(longs) == 1:
            _take_full(art, org, longs.pop())
    _zone_prefixed(art, bodies, names)
    _centrally_prefixed(art, bodies, names)
    _cells_of_short_names(art, bodies, names)


def _cells_of_short_names(art: Article, bodies: list, names: set[str]) -> None:
    """A department's Party cell written after its short name ("某市发改委党组" beside "某市发展
    和改革委员会"): the cell of the department under its full name, where the article writes
    that.  (An organ of state's cell keeps the name it is written by: "某县政府党组" is how the
    government's own Party group is named.)"""
    for org in bodies:
        cell = next((c for c in CELLS if org["name"].endswith(c)), None)
        m = _short().search(org["name"][:-len(cell)]) if cell else None
        stem = org["name"][:m.start()] if m and m.group(1) not in ORGANS else ""
        longs = {stem + full for full in full_names_of()[m.group(1)]} & names if stem else set()
        if len(longs) == 1:
            _take_full(art, org, longs.pop() + cell)


def _centrally_prefixed(art: Article, bodies: list, names: set[str]) -> None:
    """A local office of a centrally managed organ written without the organ its full name
    opens with ("某县税务局" beside "国家税务总局某县税务局", and its 党委): the full name, where
    the article writes it."""
    for org in bodies:
        longs = {n for n in names if n.endswith(org["name"]) and len(n) > len(org["name"])
                 and central(n[:-len(org["name"])])}
        if len(longs) == 1:
            _take_full(art, org, longs.pop())


def _zone_prefixed(art: Article, bodies: list, names: set[str]) -> None:
    """A zone's body written without the place its full name opens with ("两江新区党工委"
    beside "重庆两江新区党工委", kg.link.place_mentions.one_zone), or with its kind short
    ("某某经开区管委会" beside "某某经济技术开发区管委会", the zone's own name written short as
    its body's is: "某某经开区党工委"): the full name, where the article writes it."""
    zones = [p for p in art.of("place") if p["level"] == "zone"]
    shorts = {p["surface"]: p["name"] for p in zones if p.get("surface") and p["surface"] != p["name"]
              and (p["name"].endswith(p["surface"]) or same_zone(p["surface"], p["name"]))}
    shorts |= {p["body_name"]: p["name"] for p in zones      # "经开区管委会" in a headline: its host's 某某经开区
               if p.get("body_name") and p["body_name"] != p["name"] and same_zone(p["body_name"], p["name"])}
    for org in bodies:
        short = next((x for x in shorts if org["name"].startswith(x)), None)
        if short is not None and shorts[short] + org["name"][len(short):] in names:
            _take_full(art, org, shorts[short] + org["name"][len(short):])


def _take_full(art: Article, org, full: str) -> None:
    if org not in art.of("org"):
        org["written"] = org["name"]          # a career's body, its post's alone: the short
        art.add(org)                          # name stays its other label
    org["name"] = full


# The Party cells of an organ, written after its name ("某局党组", "某委党委").
CELLS = ("党组", "党委")
# A firm's legal forms (公司法): written after its name in full, left out as often.
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


def _same_place(bodies: list, org, fulls: tuple[str, ...]) -> set[str]:
    """The full names the article writes for the organ of the same place (by its code) as
    `org`, where the two write the place differently (its short form, its full name)."""
    place = org.get("place")
    code = place.get("code") if place is not None else None
    out: set[str] = set()
    for other in bodies if code else ():
        full = next((f for f in fulls if other["name"].endswith(f)), None)
        there = other.get("place")
        if full and there is not None and there.get("code") == code \
                and other["name"][:-len(full)] in (there["name"], there.get("surface")):
            out.add(other["name"])
    return out
