"""One body under the name the constitution gives it, where an article writes it both ways.

The organs of state are named "people's" in full (人民代表大会, 人民政府, 人民法院, 人民检察院;
a court by its tier, 中级人民法院 of a city, 高级人民法院 of a province), and news writes them
short ("某县人大", "某县政府", "某县法院") as often as in full, in one article too: a headline's "某县法院" and
its body's "某县人民法院" are one court.  Where the article writes the full name of the same
place's organ, the short spans take it (the short one stays the node's other label, as the
graph writer keeps what the text wrote); where only the short name is written, it stays as
written, for the full name is not the text's.
"""
from __future__ import annotations

import re

from kg.article import Article

# The short name's ending, and the full names it stands for (a court by its tier).
FULL_NAMES = {"人大": ("人民代表大会",), "政府": ("人民政府",), "检察院": ("人民检察院",),
              "法院": ("人民法院", "中级人民法院", "高级人民法院")}
SHORT = re.compile(r"(?<!人民)(人大|政府|检察院|法院)$")


def full_names(art: Article) -> None:
    """Give each short-named organ the full name the article writes for the same place's.

    >>> from kg.article import Span
    >>> art = Article("x.txt")
    >>> short = art.add(Span("org", 0, 0, 5, "某某县法院", {"name": "某某县法院"}))
    >>> full = art.add(Span("org", 1, 0, 7, "某某县人民法院", {"name": "某某县人民法院"}))
    >>> full_names(art); short["name"]
    '某某县人民法院'
    """
    names = {o["name"] for o in art.of("org")}
    for org in art.of("org"):
        m = SHORT.search(org["name"])
        if m is None:
            continue
        stem = org["name"][:m.start()]
        longs = {stem + full for full in FULL_NAMES[m.group(1)]} & names if stem else set()
        if len(longs) == 1:
            org["name"] = longs.pop()
