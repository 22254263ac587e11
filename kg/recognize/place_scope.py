"""Where an article is from: its province, its prefecture and its county, from what it
names and how it speaks (a county's paper says 全县 and 县委; a county-level city's own
paper says 我市 and writes its prefecture in full).  The recognizers and the linking stage
read bare bodies and posts ("市委", "县长", "全省") against this scope.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.article import Article, Span
from kg.lang.matcher import occurrences
from kg.places.gazetteer import MUNICIPALITIES, Gazetteer, common_words, load
from kg.recognize.place_trips import away, trip_places


LEAD_WEIGHT = 5      # the headline and the dateline's sentence say where the article is from


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


# Characters that join, point or move rather than name ("县人大和县政协", "全县", "该县",
# "担任县长"): before
# 县 they begin no county's name in running text, however many times they are written.
JOINING = set("和与及同跟或并全本该各每我其此这那市省州区乡镇在到赴向对为是的之等任来去回离返出进入驻")


def home_counties(art: Article, province: str | None = None) -> set[str]:
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
        if text.count(surface) >= 2 and _speaks_as(text, surface[-1]) and surface in load().names:
            out.add(surface)
    return out | _home_short_forms("\n".join(s.simp for s in art.sentences), province)     # (the headline too)


def _speaks_as(text: str, level: str) -> bool:
    """Whether the text speaks as a division of that level: its bodies or head bare, or 全县."""
    return any(level + w in text for w in ("委", "政府", "长", "人大")) or ("全" + level) in text


# The verbs and prepositions that take a place as their object: "在某某落地", "落户某某".
PLACED_AFTER = ("在", "到", "赴", "来到", "落户")


def _home_short_forms(text: str, province: str | None = None) -> set[str]:
    """A county's short form that its own news repeats with no level after it ("某某：…",
    "某某召开…", twice or more) in a text that speaks as a county (县委书记, 全县): the
    county, where the short form names one county only, of the article's province when
    that is known ("某省路桥建设集团" in a text of another province holds no 路桥区); once is
    enough where a preposition of place takes it ("推动…在某某落地生根").

    >>> sorted(_home_short_forms("太康：春耕忙。太康召开会议，县委书记讲话。"))
    ['太康']
    >>> sorted(_home_short_forms("太康：春耕忙。太康召开会议，市委书记讲话。"))
    []
    >>> sorted(_home_short_forms("县委书记要求，推动新政策在鹿邑落地见效。"))
    ['鹿邑']
    """
    gaz, out = load(), set()
    common = common_words()
    pairs = {text[i:i + 2] for i in range(len(text) - 1)}
    for short in (p for p in pairs if p in gaz.shorts):
        codes = gaz.candidates(short)
        if len(codes) != 1 or gaz.by_code[codes[0]].level != "county" or gaz.is_risky(short) or short in common \
                or province and not codes[0].startswith(province[:2]):
            continue
        full = gaz.by_code[codes[0]].name
        tail = full[len(short):]
        bare = [i for i in occurrences(text, short) if tail and not text.startswith(tail, i + len(short))]
        placed = any(text.endswith(PLACED_AFTER, 0, i) for i in bare)     # "…在某某落地生根": a place's object
        if (len(bare) >= 2 or placed) and _speaks_as(text, full[-1]):
            out.add(short)
    return out


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


BARE_COUNTY_BODY = re.compile(r"(?<![\u4e00-\u9fff])旗(?:委|政府|人民政府|人大|政协|长)")
# A county's bodies, head or whole written bare, as its own news writes them ("县委", "全区",
# "现任县财政局…").
# A division's own bodies written with its level alone: 县委, 县长, 全县, and any body opening a
# clause with the bare level ("，县人民医院院长某某", "县第一中学校长").
OWN_BODY = r"{0}(?:委|政府|人大|政协|长|第?[一二三四五六七八九十]{{1,3}}届)|[全我本任]{0}|(?:^|(?<=[，,。；;：:、\s“])){0}(?=[\u4e00-\u9fff]{{2}})"
#           (a term's body: "县第十八届人大常委会", "县十届政协")
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
    own_city = county_city_paper(art, gaz) or _city_outlet(art, outlet) or headline_city(art, gaz) \
        or _city_of_its_own_bodies(art, outlet)
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


# A birthplace ("，湖南某县人，"): no bare body of a later clause is that place's, and it is
# no place the news is about.
NATIVE_AFTER = re.compile(r"人(?:[，,。；;）)]|$)")


NATIVE_WEIGHT = 0.25


def born_in(text: str, place: Span, places: list[Span]) -> bool:
    """Whether the place is a link of a birthplace's chain: 人 after it or after the places
    written right after it ("山西运城人": 山西 as well as 运城).

    >>> a, b = Span("place", 0, 5, 7, "山西"), Span("place", 0, 7, 9, "运城")
    >>> born_in("某某，男，山西运城人，现任…", a, [a, b]), born_in("某某，男，山西运城市委…", a, [a, b])
    (True, False)
    """
    return native_chain(text, place.end, {p.start: p.end for p in places})


def native_chain(text: str, end: int, ends: dict[int, int]) -> bool:
    """Whether 人 closes the chain of places that goes on from `end` (`ends`: each place's
    start to its end)."""
    while not NATIVE_AFTER.match(text, end):
        if ends.get(end, end) <= end:
            return False
        end = ends[end]
    return True
# A county-level city's own Party committee, government or congress written in full ("某市人民政府
# 副市长", "中共某市委"): the bodies a city's own pages name it by.
OWN_CITY_BODIES = re.compile(r"(?:委|人民政府|政府|人大|政协)")


def _city_of_its_own_bodies(art: Article, outlet: str | None) -> str | None:
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


def _city_outlet(art: Article, outlet: str | None) -> str | None:
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


def named_division(art: Article, code: str) -> Span | None:
    """The article's own mention of a division, with the name it wrote (a county's name
    before it was renamed: 大同县, today 云州区); None where only context implies it."""
    return next((p for p in art.of("place") if p["code"] == code and p.get("surface")), None)


# The article speaking as its own place: "我县", "本市" (its bare bodies and posts its own).
OWN_VOICE = re.compile(r"[我本][县市区旗州盟]")
# A host receiving guests: the places after the verb are where the guests come from, not
# what the paragraph is about ("市长某某会见了某市某公司董事长某某一行").
RECEIVES = re.compile(r"会见|会晤|接见|会谈|宴请|迎接")


def paragraph_place(art: Article, idx: int, level: str, fits=lambda place: True) -> Span | None:
    """In an article of several places of a level, the one an earlier sentence of sentence
    `idx`'s paragraph names, the nearest such sentence naming one only: "甲县地处三省交界。
    县长某某介绍…", "…县委宣传部部长某某说" are 甲县's where the article goes on to 乙县 in
    another paragraph.  None where the paragraph speaks as the article's own place ("…来我县
    考察。县长某某陪同"), or the article names one place of the level only (its scope then).
    A guest's place, named after the host's verb of receiving him, is none the paragraph is
    about ("…会见了甲市客商一行。副市长某某参加会见": the host city's deputy mayor)."""
    if not 0 <= idx < len(art.sentences):
        return None                            # a body named only in the source line
    para = art.sentences[idx].paragraph
    if para < 0 or len({p["name"] for p in art.of("place") if p["level"] == level}) < 2:
        return None
    for sent in reversed(art.sentences[:idx + 1]):
        if sent.paragraph != para or OWN_VOICE.search(sent.simp):
            return None
        received = RECEIVES.search(sent.simp)
        named = {p["name"]: p for p in art.in_sentence("place", sent.index) if p["level"] == level and fits(p)
                 and not (received and p.start >= received.end())}
        if named and sent.index < idx:
            return next(iter(named.values())) if len(named) == 1 else None
    return None
