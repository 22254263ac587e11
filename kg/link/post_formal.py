"""Bodies and titles by their formal names, as decisions, notices and profiles write them:
a Party committee, a political consultative conference, a Youth League or a democratic
party committee by "委员会" ("中共某县委员会委员、常委、书记", "中国人民政治协商会议某市委员会主席",
"共青团某县委员会书记", "民盟某市委员会主委"), a ministry glued to its minister's title
("外交部长"), a deputy by the congress's full name ("第十四届全国人民代表大会代表").  Helpers
of the linking stage (kg.link.posts).
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.lang.words import longest_first, table, words
from kg.recognize.org_names import central, org_span, party_committee, written_name
from kg.recognize.org_owners import chain_start

# Titles written with a body's formal name, as their short form: one title however written.
SHORT_TITLES = {"人民代表大会代表": "人大代表", "全国人民代表大会代表": "全国人大代表"}
TERM = r"(?:第[一二三四五六七八九十]{1,3}届)?"


def short_title(title: str) -> str:
    """The short form of a title written with the body's formal name.

    >>> short_title("全国人民代表大会代表"), short_title("县长")
    ('全国人大代表', '县长')
    """
    return SHORT_TITLES.get(title, title)


def formal_committee(art: Article, idx: int, text: str, head: int, places: list[Span]) -> Span | None:
    """"中共某县委员会委员、常委、书记": a division's Party committee by its formal name,
    as appointment decisions write it, right before the title (a township's is its 党委);
    after 中国人民政治协商会议 or 政协, the conference's committee (某市政协, 全国政协)."""
    if re.search(rf"(?:中国人民政治协商会议|政协){TERM}全国委员会$", text[:head]):
        return org_span(art, "全国政协", None, idx)          # "中国人民政治协商会议第十四届全国委员会委员"
    place = places[-1] if places else None
    if place is None or not re.fullmatch(rf"{TERM}委员会", text[place.end:head]) \
            or place["level"] not in ("province", "prefecture", "county", "township"):
        return None
    name, first = written_name(place), chain_start(place, places)     # "中共某省某市委员会": the province before
    if text.endswith(("政治协商会议", "政协"), 0, first):
        return org_span(art, name + "政协", place, idx)      # "中国人民政治协商会议某市委员会": its 政协
    owner = committee_owner(text[:first])
    if owner == "共青团" and place["level"] == "township":
        return org_span(art, owner + name + "团委", place, idx)      # a township's league committee: 某镇团委
    return org_span(art, owner + (name + "党委" if place["level"] == "township" else party_committee(name)), place, idx)


def committee_owner(before: str) -> str:
    """Whose committee "某县委员会" is, by the words right before the place: the Youth
    League's (共青团), a democratic party's (民盟, 九三学社: kg/data/democratic_parties.txt),
    else the Communist Party's (written "").

    >>> committee_owner("会上，共青团"), committee_owner("九三学社"), committee_owner("中国共产党")
    ('共青团', '九三学社', '')
    """
    if before.endswith(("共青团", "中国共产主义青年团")):
        return "共青团"
    return next((p for p in longest_first(words("democratic_parties")) if before.endswith(p)), "")


def ministry(art: Article, idx: int, stem: str, title: str) -> Span | None:
    """"外交部长", "环保部长": a minister's title glued to the ministry's name, its 部 written
    once: the ministry (a central body, or the short name of one)."""
    if title not in ("部长", "副部长") or not stem:
        return None
    name = stem + "部"
    full = table("body_abbreviations").get(name, name)
    return org_span(art, full, None, idx) if central(full) else None
