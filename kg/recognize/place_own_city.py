"""The county-level city or the county an article speaks as when it does not say so in
words: a county-level city's own paper (我市, its prefecture written in full), a headline
opening with the city or county as its actor, a city's own bodies in full, its outlet, or
a prefecture's counties named with its bare 市委.  kg.recognize.place_scope settles the
article's scope with these.
"""
from __future__ import annotations

import re

from kg.article import Article
from kg.lang.matcher import occurrences
from kg.places.gazetteer import Gazetteer, load
from kg.recognize.place_paragraphs import NATIVE_AFTER


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


# A county's bodies, head or whole written bare, as its own news writes them ("县委", "全区",
# "现任县财政局…").
# A division's own bodies written with its level alone: 县委, 县长, 全县, and any body opening a
# clause with the bare level ("，县人民医院院长某某", "县第一中学校长").
OWN_BODY = r"{0}(?:委|政府|人大|政协|长|第?[一二三四五六七八九十]{{1,3}}届)|[全我本任]{0}|(?:^|(?<=[，,。；;：:、\s“])){0}(?=[\u4e00-\u9fff]{{2}})"
#           (a term's body: "县第十八届人大常委会", "县十届政协")


def headline_city(art: Article, gaz: Gazetteer) -> str | None:
    """A county-level city that opens the headline as its actor ("甲市召开…", "中共甲市委…",
    "某省甲市人大常委会举行…") of news that names no prefecture in its body, carried by
    whatever paper: its bare 市委, 市长 are that city's ("市委副书记、市长某某主持").
    A prefecture's leaders visiting it write the city after a verb ("市委书记到甲市调研")."""
    title = art.title.removeprefix("中共")
    province = next((p for p in art.of("place") if p["level"] == "province" and title.startswith(p.text)), None)
    title = title[len(province.text):] if province is not None else title
    cities = [p for p in art.of("place") if p["level"] == "county" and p["code"] and p["name"].endswith("市")
              and title.startswith(p.text)]
    if not cities or any(p["level"] == "prefecture" and p.sent >= 0 for p in art.of("place")):
        return None
    return cities[0]["code"]


# A county-level city's own Party committee, government or congress written in full ("某市人民政府
# 副市长", "中共某市委"): the bodies a city's own pages name it by.
OWN_CITY_BODIES = re.compile(r"(?:委|人民政府|政府|人大|政协)")


def city_of_its_own_bodies(art: Article, outlet: str | None) -> str | None:
    """The one county-level city of news that names no prefecture and no other county (a
    birthplace, "湖南某县人", aside), and writes that city's own committee or government in
    full ("职务：某市人民政府副市长", a city's page of its leaders): its bare 市 bodies are
    that city's ("分管市水务局"), not the prefecture above it that the article never names."""
    counties = {p["code"]: p for p in art.of("place") if p["level"] == "county" and p["code"]
                and not (p.sent >= 0 and NATIVE_AFTER.match(art.sentences[p.sent].simp, p.end))}
    if len(counties) != 1 or outlet and outlet not in counties \
            or any(p["level"] == "prefecture" and p.sent >= 0 for p in art.of("place")):
        return None
    code, city = next(iter(counties.items()))
    if not city["name"].endswith("市") or art.context["county"] not in (None, code):
        return None
    own = any(OWN_CITY_BODIES.match(art.simp, i + len(city["name"])) for i in occurrences(art.simp, city["name"]))
    return code if own else None


def headline_county(art: Article, gaz: Gazetteer) -> str | None:
    """A county (district, banner) written in full at the headline's start as its actor
    ("某某县：小香菇撑起大产业", "某某区召开…") of news whose body names no county of its
    own and writes its bodies bare (县委书记, 副县长, 全县): those are that county's.

    >>> art = Article("a.txt", title="嵩县：香菇产业兴旺", simp="县委书记某某说，全县香菇种植规模扩大。")
    >>> load().by_code[headline_county(art, load())].name
    '嵩县'
    """
    title = art.title.removeprefix("中共").lstrip("【[（( ")
    for n in range(min(len(title), 12), 1, -1):
        name = title[:n]
        codes = gaz.names.get(name, [])
        if len(codes) == 1 and gaz.by_code[codes[0]].level == "county" and not gaz.by_code[codes[0]].former:
            level = name[-1]
            named = any(p["level"] == "county" and p["code"] and p["code"] != codes[0] for p in art.of("place"))
            return codes[0] if not named and re.search(OWN_BODY.format(level), art.simp) else None
    return None



# A city's own bodies written bare where a clause or the headline opens: its committee,
# government, congress, conference, discipline commission, a bureau ("市纪委监委通报…",
# "，市交通运输局原副局长…"); not 市场, 市民, 市区, 市县, 市级.
CITY_BARE_BODY = re.compile(r"(?:^|(?<=[，,。；;：:、\s“]))市(?:委|政府|人民政府|人大|政协|纪委|长"
                            r"|(?![场民区县级内面值容])[\u4e00-\u9fff]{2,6}局)")


def city_of_its_counties(art: Article, gaz: Gazetteer) -> str | None:
    """A city's own news that names no city, only counties and districts of one prefecture
    (two or more, none a county-level city, which may be the 我市 itself): its 我市 and bare
    市 are that prefecture ("我市召开…。甲县、乙县作表态发言": 副市长, 市水利局); so with an
    autonomous prefecture's 全州 (州委书记, 州长) and a league's 全盟, any county maybe a city."""
    levels = [level for level in "市州盟" if any(w + level in art.simp for w in "我本全")
              or level in "州盟" and re.search(rf"(?:^|(?<=[，,。；;：:、\s])){level}(?:委|长|人大|政协)", art.simp)
              or level == "市" and CITY_BARE_BODY.search(art.title + "\n" + art.simp)]
    #          (a 州's or a 盟's bare bodies, "盟委副书记、盟长某某": only a 州 or a 盟 has them; a 市's
    #          Party, government, discipline or bureau opening a clause or the headline: "市纪委监委通报…",
    #          "一、市交通运输局原副局长…")
    counties = {p["code"] for p in art.of("place") if p["level"] == "county" and p["code"]}
    if not levels or len(counties) < 2 or levels == ["市"] and any(gaz.by_code[c].name.endswith("市") for c in counties):
        return None
    above = {gaz.parent(c) for c in counties}
    city = gaz.by_code.get(next(iter(above)) or "") if len(above) == 1 else None
    ok = city is not None and city.level == "prefecture" and ("市" in levels or city.name[-1] in levels)
    return city.code if ok else None          # (全州 of a 州, 全盟 of a 盟)


def city_outlet(art: Article, outlet: str | None) -> str | None:
    """A county-level city's own media ("来源：某市融媒体中心") writing a bare 市委 with no
    prefecture named before it: the bare 市 is that city, as `county_city_paper` reads 我市
    (a prefecture named later is the one whose instructions the city carries out: "市委书记
    某某主持…。会议要求贯彻落实某某市委部署")."""
    if outlet is None or outlet != art.context["county"] or not load().by_code[outlet].name.endswith("市"):
        return None
    own = re.compile(OWN_BODY.format("市"))
    first = next(((x.index, m.start()) for x in art.sentences if (m := own.search(x.simp))), None)
    named = first is None or any(p["level"] == "prefecture" and (p.sent, p.start) < first for p in art.of("place"))
    return None if named else outlet
