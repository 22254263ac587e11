"""Where an article is from: its province, its prefecture and its county, from what it
names and how it speaks (a county's paper says 全县 and 县委; a county-level city's own
paper says 我市 and writes its prefecture in full).  The recognizers and the linking stage
read bare bodies and posts ("市委", "县长", "全省") against this scope.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.article import Article
from kg.places.gazetteer import MUNICIPALITIES, Gazetteer, common_words, load


LEAD_WEIGHT = 5      # the headline and the dateline's sentence say where the article is from


def article_scope(gaz: Gazetteer, hits: dict[int, tuple], lead: tuple = ()) -> tuple[str | None, set[str]]:
    """The province an article is about, and the prefectures it names unambiguously.
    Places in the headline and the lead sentence (the dateline: "某省新闻网1月3日电")
    count five times: a résumé that names another province ten times is still a story
    of the province the dateline names."""
    votes: Counter = Counter()
    cities: set[str] = set()
    common = common_words()
    for weight, sent_hits in [(1, h) for h in hits.values()] + [(LEAD_WEIGHT - 1, h) for h in lead]:
        for _, _, surface in sent_hits:
            top = gaz.top(surface)
            if len(top) != 1 or gaz.is_risky(surface) or surface in common:
                continue
            d = gaz.by_code[top[0]]
            if d.level == "county" and (surface not in gaz.names or len(surface) <= 2) and surface not in gaz.abbreviations:
                continue            # "上街" in 走上街头: a county's short form proves nothing alone
            if d.level == "prefecture" or (d.level == "province" and d.code[:2] in MUNICIPALITIES):
                cities.add(d.code)
            votes[d.province_code] += weight * (1 if d.level != "county" else 0.5)
    province = votes.most_common(1)[0][0] if votes else None
    return province, cities


# Characters that join, point or move rather than name ("县人大和县政协", "全县", "该县",
# "担任县长"): before
# 县 they begin no county's name in running text, however many times they are written.
JOINING = set("和与及同跟或并全本该各每我其此这那市省州区乡镇在到赴向对为是的之等任来去回离返出进入驻")


def home_counties(art: Article) -> set[str]:
    """Two-character county names that a county's own news repeats: written twice or more
    in an article that speaks as a county of that level (全县, 县委, 县长…), it is the
    article's county even with no city named ("某县" twice and "县委书记" in a county's
    paper), where once, in a text about no county, it may be the end of another word.

    >>> from kg.read import article_from_text
    >>> sorted(home_counties(article_from_text("题\\n县委审议了户县方案。全县推广户县经验。", "x.txt")))
    ['户县']
    >>> sorted(home_counties(article_from_text("题\\n县人大和县政协出席。县委和县政府表示感谢。", "x.txt")))
    []
    """
    text = art.simp
    found = {m.group(0) for m in re.finditer(r"[\u4e00-\u9fff][县区旗]", text) if m.group(0)[0] not in JOINING}
    out = set()
    for surface in found:
        level = surface[-1]
        speaks = any(level + w in text for w in ("委", "政府", "长", "人大")) or ("全" + level) in text
        if text.count(surface) >= 2 and speaks and surface in load().names:
            out.add(surface)
    return out


def main_division(art: Article, level: str, own: bool = True) -> str | None:
    """The place of a level the article is about: its only one (when the article speaks as
    that place, "全县"), or one named at least twice and twice as often as any other."""
    found = Counter(p["code"] for p in art.of("place") if p["level"] == level and p["code"])
    if not found:
        return None
    (code, n), *rest = found.most_common()
    return code if (not rest and (own or n >= 2)) or (n >= 2 and (not rest or n >= 2 * rest[0][1])) else None


def county_city_paper(art: Article, gaz: Gazetteer) -> str | None:
    """A county-level city's own news: it says 我市, names one county-level city, and writes
    the prefecture above it in full before that prefecture's bodies ("南平市委", "南平市五届人大"),
    which a prefecture's own paper would call 市委; its bare 市委, 市长 and 全市 are then the
    county-level city's.

    "我市传达宁德市委全会精神，市委书记主持……推动福鼎更好发展": the bare 市委 is 福鼎市委.
    """
    if "我市" not in art.simp and "本市" not in art.simp:
        return None
    cities = {p["code"] for p in art.of("place") if p["level"] == "county" and p["code"]
              and gaz.by_code[p["code"]].name.endswith("市")}
    if len(cities) != 1:
        return None
    code = next(iter(cities))
    above = gaz.by_code.get(gaz.parent(code) or "")
    if above is None or above.level != "prefecture":
        return None
    names = "|".join(re.escape(n) for n in {above.name, above.name[:-1]} if len(n) >= 2)
    return code if re.search(rf"(?:{names})(?:市委|市政府|市人大|市政协|委|政府|人大|政协|[一二三四五六七八九十]+届)", art.simp) else None
