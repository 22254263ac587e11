"""Which city a bare 市 body names ("市委", "市政协", "市纪委") where the article names a
county-level city beside its prefecture: the chain's city before it, the city whose official the
list named, the one county-level city of the news so far, or the county-level city under a
prefecture that is no city (a 州, 地区 or 盟).  Used by kg.recognize.orgs, as kg.link.posts
reads the posts of such bodies.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.recognize.org_names import title_matcher


def own_county_city(art: Article, places: list[Span], idx: int | None) -> Span | None:
    """The one county-level city the article has named up to here, where it named no
    prefecture-level city yet: a bare 市 in its news is its own ("邵东市…市政协委员"), as
    kg.link.posts reads the posts (`_own_city`)."""
    if idx is None:
        return None
    named = [p for p in art.of("place") if 0 <= p.sent < idx and p["code"]] + [p for p in places if p["code"]]
    if any(p["level"] == "prefecture" and p["name"].endswith("市") for p in named):
        return None
    cities = {p["code"]: p for p in named if p["level"] == "county" and p["name"].endswith("市")}
    return next(iter(cities.values())) if len(cities) == 1 else None


def listed_after_city(text: str, before: list[Span], at: int, level: str) -> Span | None:
    """A bare 市 body listed after the posts and name of an official of a county-level city,
    the sentence naming no prefecture-level city before it ("某市委常委、宣传部部长某某，市人民政府
    党组成员某某陪同"): that city's, as kg.link.posts reads the item's post (`_listed_city`).

    >>> city = Span("place", 0, 0, 3, "浏阳市", {"level": "county", "name": "浏阳市"})
    >>> listed_after_city("浏阳市委常委、宣传部部长张红，市人民政府", [city], 15, "市")["name"]
    '浏阳市'
    """
    if level[:1] != "市" or not before or text[at - 1:at] not in ("，", ",", "、") \
            or any(p["level"] == "prefecture" and p["name"].endswith("市") for p in before):
        return None
    city = before[-1]
    gap = text[city.end:at]
    return city if city["level"] == "county" and city["name"].endswith("市") and len(gap) <= 24 \
        and not re.search(r"[。；;：:]", gap) else None


def county_city(places: list[Span]) -> Span | None:
    """The last county-level city named (康定市 after 甘孜州): the bare 市 of a prefecture that is
    no city (an autonomous prefecture, a 地区, a 盟) is its county-level city's, or no one's."""
    return next((p for p in sorted(places, key=lambda p: (p.sent, p.start), reverse=True)
                 if p["level"] == "county" and p["name"].endswith("市") and p["code"]), None)


def city_of_the_chain(text: str, before: list[Span], at: int, level: str) -> Span | None:
    """A county-level city whose post ends the chain's item right before a bare 市 body:
    "某市委副书记，市人民政府市长候选人" is that city's government, not the prefecture's
    (as kg.link.posts reads the chain's posts)."""
    city = before[-1] if before else None
    if level[:1] != "市" or city is None or city["level"] != "county" or not city["name"].endswith("市"):
        return None
    gap = text[city.end:at]
    return city if gap[-1:] in ("、", "，", ",") and len(gap) <= 12 and not re.search(r"[。；;]", gap) \
        and title_matcher().suffix(gap[:-1]) else None
