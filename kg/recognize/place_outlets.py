"""The division an outlet is, by its name: "来源：某县融媒体中心" is the county's own media,
"某省日报" the province's paper.  A county's media write its bare 县委 and 县长 for it and
may never name the county (kg.recognize.place_scope settles the article's scope with it);
a body's name that opens with a division's full name is that division's (kg.recognize.orgs).
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.lang.words import table
from kg.places.gazetteer import Gazetteer, load


# What follows a province's short name in the name of its own media.
PROVINCE_MEDIA = re.compile(r"日报|日报社|日报客户端|新闻网|广播电视台|卫视|电视台|新闻联播|之声|在线|网")


def division_opening(name: str, gaz: Gazetteer, within: list[str] = ()) -> str | None:
    """The division a body's name opens with in full ("某县融媒体中心"), when its name and
    the places `within` settle which one.

    >>> division_opening("平江县融媒体中心", load()), division_opening("湖南日报", load())
    ('430626', None)
    >>> division_opening("通道县融媒体中心", load())        # 通道侗族自治县, as its people write it
    '431230'
    >>> division_opening("长沙市望城区人民政府网", load())   # a district under its city: the district's
    '430112'
    """
    return _opening(name, gaz, within)[0]


def _opening(name: str, gaz: Gazetteer, within: list[str] = ()) -> tuple[str | None, str]:
    """`division_opening`'s division, and the words of the name after it ("某县|某镇人民政府")."""
    name = name[2:] if name.startswith("中共") else name      # "中共某县委宣传部": the county's committee's
    full = _opening_name(name, gaz)
    code = gaz.resolve(full, list(within)) if full else None      # (an informal name with its level: 某某县)
    if code is None:
        return None, name
    lower = _opening_name(name[len(full):], gaz)
    below = gaz.resolve(lower, [code]) if lower else None           # "某市某区人民政府网": the district's own
    if below and code in gaz.chain(below):
        return below, name[len(full) + len(lower):]
    return code, name[len(full):]


def _opening_name(name: str, gaz: Gazetteer) -> str | None:
    """The longest division name (or short name with its level) that opens `name`."""
    return next((name[:n] for n in range(min(len(name) - 1, 10), 1, -1) if name[:n] in gaz.names
                 or n >= 3 and name[:n].endswith(("县", "旗")) and name[:n] in gaz.shorts), None)


def source_division(art: Article, gaz: Gazetteer) -> str | None:
    """The division whose own outlet the 来源 field names by its full name ("来源：某县融媒体
    中心", "来源：某区人民政府网"): a county's media write its bare 县委 and 县长 for it, and
    may never name the county in the text.  A province's or a city's paper names it by its
    short form ("湖南日报", "岳阳日报") or is one of kg/data/provincial_papers.tsv.

    >>> from kg.read import article_from_text
    >>> from kg.places.gazetteer import load
    >>> source_division(article_from_text("县委召开常委会会议\\n2023-04-01 来源:平江县融媒体中心\\n县委书记主持召开县委常委会会议，研究部署春耕工作。", "x.txt"), load())
    '430626'
    """
    for src in art.sources:
        code = division_opening(src, gaz, [art.context["province"]] if art.context.get("province") else [])
        if code is not None:
            return code
    for src in art.sources:
        if src in table("provincial_papers"):
            return table("provincial_papers")[src]
        short = next((src[:n] for n in (4, 3, 2) if PROVINCE_MEDIA.fullmatch(src[n:]) and len(gaz.top(src[:n])) == 1),
                     None)          # (锡林郭勒日报; "某地新闻网" is 某地 and 新闻网, not 某地新闻 and 网)
        top = gaz.top(short) if short else []
        division = gaz.by_code[top[0]] if len(top) == 1 else None
        if division is not None and (division.level in ("province", "prefecture") or division.name.endswith("市")) \
                and not gaz.is_risky(short):
            return top[0]                     # "某省日报", "某市日报": the province's or the city's own paper (a
            #                                   county-level city's too: "浏阳日报", "江阴日报")
    for src in art.sources:
        src = src[:-1] if src.endswith(OWN_ACCOUNTS_SITE) else src       # "某某人大网": the body's own site
        tail = next((t for t in OWN_ACCOUNTS if src.endswith(t)), "")
        short = src[:-len(tail)] if tail and 2 <= len(src) - len(tail) <= 4 else None
        top = gaz.top(short) if short else []
        if len(top) == 1 and not gaz.is_risky(short):
            return top[0]                     # "来源：某某发布": a government's own account, named by its short name
    return None


# What follows a division's short name in the name of its government's or its bodies' own
# accounts: "某某发布" (the government's), "某某政协", "某某人大", "某某宣传" (the Party
# committee's propaganda department's), "某某组工", "某某纪检监察".
OWN_ACCOUNTS = ("发布", "政协", "人大", "宣传", "组工", "统战", "纪检监察", "纪委监委")
OWN_ACCOUNTS_SITE = tuple(t + "网" for t in OWN_ACCOUNTS[1:])      # "某某人大网", "某某政协网", "某某纪检监察网"


# A township's own government or Party committee after its county, as the 来源 field of a
# township's website names it: "某区某某镇人民政府", "某县某某乡党委", "某区某某街道办事处".
TOWNSHIP_OUTLET = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:镇|乡|街道))(?:人民政府|政府|党委|办事处|便民服务中心)")


def source_township(art: Article, gaz: Gazetteer) -> Span | None:
    """The township whose own government the 来源 field names after its county ("来源：某区
    某某镇人民政府"), as the national table lists it there: a township's news writes its
    posts bare (镇党委书记, 镇长) and may never name it in the text.

    >>> from kg.read import article_from_text
    >>> art = article_from_text("分工调整\\n2023-03-08 来源：平江县安定镇人民政府\\n镇党委书记主持全面工作。", "x.txt")
    >>> source_township(art, load())["name"], source_township(art, load())["parent"]["name"]
    ('安定镇', '平江县')
    """
    from kg.places.gazetteer import division_span
    from kg.places.villages import entries

    for src in art.sources:
        county, rest = _opening(src, gaz)
        m = TOWNSHIP_OUTLET.fullmatch(rest)
        if county is None or gaz.by_code[county].level != "county" or m is None:
            continue
        entry = next((e for e in entries(m.group(1)) if e.county == county and e.level != "v"), None)
        if entry is not None:
            return Span("place", -1, -1, -1, entry.name, {"name": entry.name, "surface": m.group(1), "level": "township",
                                                          "code": None, "parent": division_span(county)})
    return None
