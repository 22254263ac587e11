"""Where an article is from: its province, its prefecture and its county, from what it
names and how it speaks (a county's paper says 全县 and 县委; a county-level city's own
paper says 我市 and writes its prefecture in full).  The recognizers and the linking stage
read bare bodies and posts ("市委", "县长", "全省") against this scope.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.article import Article
from kg.places.gazetteer import MUNICIPALITIES, Gazetteer, common_words
from kg.recognize.place_own_city import (OWN_BODY, city_of_its_counties, city_of_its_own_bodies, city_outlet,
                                         county_city_paper, headline_city, headline_county)
from kg.recognize.place_paragraphs import born_in, native_chain
from kg.recognize.place_trips import away, trip_places


LEAD_WEIGHT = 5      # the headline and the dateline's sentence say where the article is from
NATIVE_WEIGHT = 0.25  # a birthplace ("湖南某县人") says little of where the news is from


def article_scope(gaz: Gazetteer, hits: dict[int, tuple], lead: tuple = (),
                  texts: dict[int, str] | None = None, lead_texts: tuple = ()) -> tuple[str | None, set[str]]:
    """The province an article is about, and the prefectures it names unambiguously.
    Places in the headline and the lead sentence (the dateline: "某省新闻网1月3日电")
    count five times: a résumé that names another province ten times is still a story
    of the province the dateline names.  A birthplace ("湖北孝感人", in a sentence of
    `texts` or `lead_texts`) counts a quarter: where a cadre comes from, which decides
    only an article that names no other place."""
    votes: Counter = Counter()
    cities: set[str] = set()
    common = common_words()
    texts = texts or {}
    leading = [(LEAD_WEIGHT - 1, h, t) for h, t in zip(lead, lead_texts or ("",) * len(lead))]
    for weight, sent_hits, text in [(1, h, texts.get(k, "")) for k, h in hits.items()] + leading:
        ends = {s: e for s, e, _ in sent_hits}
        for s, e, surface in sent_hits:
            top = gaz.top(surface)
            if len(top) != 1 or gaz.is_risky(surface) or surface in common:
                continue
            d = gaz.by_code[top[0]]
            if d.level == "county" and (surface not in gaz.names or len(surface) <= 2) and surface not in gaz.abbreviations:
                continue            # "上街" in 走上街头: a county's short form proves nothing alone
            if d.level == "prefecture" or (d.level == "province" and d.code[:2] in MUNICIPALITIES):
                cities.add(d.code)
            native = NATIVE_WEIGHT if text and native_chain(text, e, ends) else 1
            votes[d.province_code] += weight * native * (1 if d.level != "county" else 0.5)
    province = votes.most_common(1)[0][0] if votes else None
    return province, cities


OUR_PROVINCE = re.compile(r"(?:我省|本省)的?")
VISIT = re.compile(r"(?:来|到|赴|莅临)(?:我省|本省)")


def our_province(gaz: Gazetteer, texts: dict[int, str], hits: dict[int, tuple]) -> str | None:
    """The province a provincial paper calls 我省, where the article names another one more:
    the province of a place written right after 我省 ("来到我省的某某市"), else, where a
    delegation of a province named before 来我省 visits, the one other province the
    article's places name ("某省党政代表团来我省考察…先后来到甲市、乙市").

    >>> from kg.places.gazetteer import load
    >>> from kg.recognize.place_hits import division_hits
    >>> texts = {0: "江苏省代表团来我省考察。", 1: "代表团来到我省的西宁市。"}
    >>> our_province(load(), texts, {k: division_hits(t) for k, t in texts.items()})
    '630000'
    """
    visitors, named = set(), Counter()
    for k, text in texts.items():
        for m in OUR_PROVINCE.finditer(text):
            after = [h for h in hits.get(k, ()) if h[0] == m.end() and len(gaz.top(h[2])) == 1]
            if after:
                return gaz.by_code[gaz.top(after[0][2])[0]].province_code
        visit = VISIT.search(text)
        for s, _, surface in hits.get(k, ()):
            top = gaz.top(surface)
            if len(top) != 1 or gaz.is_risky(surface) or surface in common_words():
                continue
            province = gaz.by_code[top[0]].province_code
            if visit and s < visit.start():
                visitors.add(province)        # "某省党政代表团来我省": the guests' province
            else:
                named[province] += 1
    others = set(named) - visitors
    return next(iter(others)) if visitors and len(others) == 1 else None


# Coming to a place, which the writer is at: "某省代表团来甲县考察" (not 以来, 原来, 未来, 近来, 后来).
COME_TO = re.compile(r"(?<![以原未近后从本])(?:来|莅临)(?:到)?$")


def visited_province(gaz: Gazetteer, texts: dict[int, str], hits: dict[int, tuple], province: str | None) -> str | None:
    """The hosts' province of a visit the writer reports from where it arrives: a place of
    another province than the one the article names most, written right after 来 or 莅临
    in a sentence that names that province before it ("甲省人大常委会委员某某带领考察组来乙县
    考察，省人大…副主任某某，市人大…，县人大…一同考察": the bare 省 are the hosts', like 市 and 县).

    >>> from kg.places.gazetteer import load
    >>> from kg.recognize.place_hits import division_hits
    >>> texts = {0: "江苏省考察团来正定县考察。"}
    >>> visited_province(load(), texts, {k: division_hits(t) for k, t in texts.items()}, "320000")
    '130000'
    >>> texts = {0: "江苏省党政代表团来宁夏考察。"}         # (a province visited as a whole)
    >>> visited_province(load(), texts, {k: division_hits(t) for k, t in texts.items()}, "320000")
    '640000'
    """
    if province is None:
        return None
    for k, text in texts.items():
        guests = False
        for s, _, surface in hits.get(k, ()):
            top = gaz.top(surface)
            if len(top) != 1 or gaz.is_risky(surface) or surface in common_words():
                continue
            d = gaz.by_code[top[0]]
            if d.province_code == province:
                guests = True
            elif guests and d.level in ("province", "prefecture", "county") and COME_TO.search(text, max(0, s - 3), s):
                return d.province_code
    return None


def main_division(art: Article, level: str, own: bool = True) -> str | None:
    """The place of a level the article is about: its only one (when the article speaks as
    that place, "全县"), or one named at least twice and twice as often as any other."""
    found = Counter(p["code"] for p in art.of("place") if p["level"] == level and p["code"])
    if not found:
        return None
    (code, n), *rest = found.most_common()
    return code if (not rest and (own or n >= 2)) or (n >= 2 and (not rest or n >= 2 * rest[0][1])) else None


def _named_once(art: Article, code: str | None) -> bool:
    """Whether the article names the division of `code` once only."""
    return code is not None and sum(1 for p in art.of("place") if p.get("code") == code) == 1


BARE_COUNTY_BODY = re.compile(r"(?<![\u4e00-\u9fff])旗(?:委|政府|人民政府|人大|政协|长)")
# A prefecture-level 地区's own bodies as its paper writes them: its Party committee (地委), its
# administrative office (行署, 行政公署), the whole prefecture (全地区), its direct organs (地直).
OWN_PREFECTURE_BODY = r"地委|行署|行政公署|全地区|地直"


# How a county's news speaks as the county ("全县", "我区", "本旗").
OWN_COUNTY = ("我县", "本县", "全县", "我区", "本区", "全区", "我旗", "本旗", "全旗")


# A county's own bodies and head written bare (区委, 县政府, 区长; not 社区委员会), and a
# prefecture's (市委, 州政府, 市长, 地委, 行署, 盟委): a prefecture's news writes the former
# generically ("全市县委书记"), together with the latter.
BARE_LEVEL_BODY = r"(?<![社片园景校库辖城])({0})(?:委(?!员)|政府|人民政府|长(?![期江城远久]))"
PREFECTURE_BARE = re.compile(BARE_LEVEL_BODY.format("市|州|盟") + "|地委|行署")


def _speaks_as_a_county(art: Article, gaz: Gazetteer) -> bool:
    """Whether an article that names one county-level division, alone (not under the city
    or province that introduce it from afar), writes that level's own bodies bare and no
    prefecture's: a district government's page on its executive meeting ("区长某某主持召开
    区政府常务会议…推进某某区…") names its district once, if at all."""
    codes = {p["code"] for p in art.of("place") if p["level"] == "county" and p["code"]}
    mentions = [p for p in art.of("place") if p["code"] in codes and p.sent >= 0]
    if len(codes) != 1 or any(born_in(art.sentences[p.sent].simp, p, list(art.in_sentence("place", p.sent)))
                              or any(q.end == p.start for q in art.in_sentence("place", p.sent)) for p in mentions):
        return False              # (a cadre's birthplace, "湖南某县人", is no county the news is about, nor
        #                           one introduced from afar under its province and city, "某省某市某县财政局")
    level = gaz.by_code[next(iter(codes))].name[-1]
    return level in "县区旗市" and re.search(BARE_LEVEL_BODY.format(level), art.simp) is not None \
        and PREFECTURE_BARE.search(art.title + "\n" + art.simp) is None


def settle_scope(art: Article, gaz: Gazetteer, implied: set[str], outlet: str | None) -> None:
    """The article's prefecture and county (art.context "city", "county"), once its places
    are read: the one it names most, the one its townships name (`implied`), its own
    outlet's (`outlet`, from `source_division`, kept as art.context "outlet"), then the
    places above; the province from the county where the names left it open."""
    art.context["outlet"] = outlet
    art.context["city"] = main_division(art, "prefecture") or art.context.get("city")
    own = any(w in art.simp for w in OWN_COUNTY) \
        or BARE_COUNTY_BODY.search(art.simp) is not None or _speaks_as_a_county(art, gaz)
    art.context["county"] = main_division(art, "county", own)
    if _ours_is_the_outlets(art, gaz, outlet):
        art.context["county"] = outlet                   # "我县" in a county's media: the outlet's county, not one
        art.context["province"] = outlet[:2] + "0000"    # its guests came from ("某省某区挂职干部、县委常委…")
    trips = art.context["trips"] = trip_places(art)
    if art.context["county"] and away(gaz, art.context["county"], trips):
        art.context["county"] = None             # "县长某某率队赴甲省乙市丙县考察": the trip's, not the county's
    if art.context["city"] and art.context["county"] is None and away(gaz, art.context["city"], trips):
        art.context["city"] = None
    if art.context["county"] is None and len(implied) == 1:     # 区委书记 of the district its townships name
        art.context["county"] = next(iter(implied))
    if art.context["county"] is None:
        art.context["county"] = headline_county(art, gaz)      # "某县：小香菇…", then 县委书记 in its body
    if art.context["county"] is None and outlet and gaz.by_code[outlet].level == "county" \
            and re.search(OWN_BODY.format(gaz.by_code[outlet].name[-1]), art.simp):
        art.context["county"] = outlet                  # a county's own media: "来源：某县融媒体中心", 县委书记
    if art.context["city"] is None and outlet and gaz.by_code[outlet].level == "prefecture" \
            and re.search(OWN_PREFECTURE_BODY if gaz.by_code[outlet].name.endswith("地区")
                          else OWN_BODY.format(gaz.by_code[outlet].name[-1]), art.simp):
        art.context["city"] = outlet                    # a city's own media: "来源：某市融媒体中心", 市委; a
        #                                                 地区's paper: 地委, 行署
    if art.context["province"] is None and outlet and gaz.by_code[outlet].level == "province":
        art.context["province"] = outlet                # "省长某某" in a province's own paper
    county = art.context["county"]
    if art.context["province"] is None and county:
        art.context["province"] = county[:2] + "0000"      # the county the article is about is in its province
    above = gaz.by_code.get(gaz.parent(county) or "") if county else None
    if art.context["city"] is None and above is not None and above.level == "prefecture":
        art.context["city"] = above.code            # "盟政协", "市委" in a county's paper: its prefecture
    elif above is not None and above.level == "prefecture" and art.context["city"] != above.code \
            and _named_once(art, art.context["city"]):
        art.context["city"] = above.code            # a county's 市委 is its own city's, not one named in passing
        #                                             ("我县医护人员驰援某市": a city helped, once)
    if art.context["city"] is None and art.context["province"] and art.context["province"][:2] in MUNICIPALITIES:
        art.context["city"] = art.context["province"]       # "市委" in a Shanghai paper: the municipality's own
    own_city = county_city_paper(art, gaz) or city_outlet(art, outlet) or headline_city(art, gaz) \
        or city_of_its_own_bodies(art, outlet)
    if own_city is not None:
        art.context["city"] = art.context["county"] = own_city
    if art.context["city"] is None:
        art.context["city"] = city_of_its_counties(art, gaz)
    if art.context["province"] is None and art.context["city"]:
        art.context["province"] = art.context["city"][:2] + "0000"     # a city's paper: "省交通运输厅" is its province's
    if art.context["province"] is None and outlet:
        art.context["province"] = outlet[:2] + "0000"       # any local outlet's bare 省委 is its own province's


OURS = re.compile(r"[我本]([县区旗])")


def _ours_is_the_outlets(art: Article, gaz: Gazetteer, outlet: str | None) -> bool:
    """Whether a county's own media (the outlet a county of that kind) says 我县 (我区, 我旗):
    the county it speaks as is the outlet's, whatever other county the article names."""
    ours = OURS.search(art.simp)
    return bool(ours and outlet and gaz.by_code[outlet].level == "county"
                and gaz.by_code[outlet].name.endswith(ours.group(1)) and art.context.get("county") != outlet)
