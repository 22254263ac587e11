"""Localities: divisions from the gazetteer, then townships, villages and zones by pattern
(kg.recognize.lower_places).

How the news writes places decides the rules:
* Places are introduced as a chain, biggest first: "河北省石家庄市正定县塔元庄村".
  Each link resolves inside the one before it, so "铁西区" after "鞍山市" is Anshan's.
* Short forms that are everyday words or shared by several divisions count only inside
  the article's own province.
* Regions named in passing (华北, 长三角) are places of level `other`; so is a
  province's one-character short name plus a direction ("豫西", "粤东", "闽南").
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.places.gazetteer import common_words, division_span, load
from kg.recognize.natural_places import named_features, natural_places, village_groups
from kg.places.villages import counties_named_by_townships, entries, township_of
from kg.recognize.lower_places import LowerPlaces
from kg.recognize.zones import settle_level_zones
from kg.recognize.segment import frequency
from kg.recognize.place_lists import compass, counted_list, province_first
from kg.recognize.org_names import PARTY_AFTER_PLACE, bodies_after
from kg.recognize.place_outlets import source_division
from kg.recognize.place_home import home_counties
from kg.recognize.place_scope import visited_province, VISIT, article_scope, our_province, settle_scope
from kg.recognize.place_bounded import OWN_DOING
from kg.recognize.place_hits import division_hits, names_a_branch, opens_a_name, region_province, regions


def parent_key(span: Span) -> str | None:
    """What a place without a code is named under: its parent's code, else its name."""
    parent = span.get("parent")
    return (parent.get("code") or parent.get("name")) if parent is not None else None


LIST_JOINS = ("、", "和", "及", "与")


# A banner's body written with its level alone at a clause's start ("。旗政协主席某某陪同",
# "，旗委书记某某"): the article speaks as the one banner it names.  (县委书记 alone is also
# the generic word of a prefecture's news: "3名县委书记", "县委书记季度工作擂台".)
# What follows a county's name when the words are its own bodies or head: 委, 政府, 长…
COUNTY_OWN = ("委", "政府", "人民政府", "人大", "长", "副县长", "委书记", "政协")
# What only a prefecture has right after its short name: a 地区's Party committee and its
# administrative office ("某某地委书记", "某某行署专员", "某某地区行署"), the words of résumés
# and obituaries from before the 地区 became cities.
PREFECTURE_OWN = ("地委", "行署", "地区行署")
# The local banks every county and city has, named by its short name and their kind: the rural
# commercial bank of the 2010s' reform of the credit cooperatives ("某某农商银行", "某某农村商业银行"),
# a cooperative not yet reformed ("某某农村信用合作联社"), a village bank ("某某村镇银行").
LOCAL_BANKS = ("农商银行", "农村商业银行", "农商行", "农村信用合作联社", "农村信用联社", "农信联社", "村镇银行")


class Divisions:
    """Gazetteer divisions of one sentence, each resolved inside the chain before it."""

    def __init__(self, art: Article, province: str | None, cities: set[str]):
        self.gaz, self.art, self.province, self.cities = load(), art, province, cities
        self.common = common_words()
        self.regions = set(regions())
        self.seen: set[str] = set()      # codes the article has named in full: "桐庐县…桐庐" is one place
        self.home = home_counties(art, province)
        self.implied: set[str] = set()   # counties two townships of the text name (villages.counties_named_by_townships)

    def find(self, idx: int, text: str, hits) -> list[Span]:
        out: list[Span] = []
        counted = counted_list(text, hits)       # "甲、乙两县": short names a count and level vouch for
        for n, (s, e, surface) in enumerate(hits):
            if surface in self.regions:
                if not compass(surface, text, e):
                    code = region_province(surface)          # "皖南": a region of 安徽省
                    out.append(self.mention(idx, s, e, surface, "other", None, division_span(code) if code else None))
                continue
            prev = out[-1] if out and out[-1].end == s and out[-1]["code"] else None
            within = ([prev["code"]] if prev else []) + ([self.province] if self.province else [])
            code = self.gaz.resolve(surface, within)
            code = code if prev is not None else province_first(self.gaz, surface, code)
            if prev is not None and code is not None and prev["code"] not in self.gaz.chain(code):
                prev = self._reread(idx, out, code)      # "吉林梅河口": 吉林 is the province, not its city
            if prev is not None and (code is None or prev["code"] not in self.gaz.chain(code)):
                prev = None      # "正定县新建道路": a link that is not inside the one before is no chain
            if river_short_form(surface, text, e) or self._word_before_bare_level(surface, prev, text, e) \
                    or code and in_township_name(surface, self.gaz.by_code[code].name, text, e):
                continue
            sibling = out[-1] if out and out[-1]["code"] and text[out[-1].end:s] in LIST_JOINS else None
            if sibling is not None and (s, e) in counted:      # "海西、海北、海南…6个市(州)": 海南 of that
                code = next((c for c in self.gaz.candidates(surface) if c[:2] == sibling["code"][:2]     # list's
                             and self.gaz.by_code[c].level == sibling["level"]), code)                 # province
            if not self.acceptable(surface, code, prev, sibling, self._listed_before(text, hits[n + 1:n + 2], e, code)) \
                    and not self.own_body_after(surface, code, text, s, e) \
                    and not ((s, e) in counted and code and self.gaz.by_code[code].level in ("county", "prefecture")) \
                    and not (code and township_of(code, text, e)) and not labelled(surface, code, text, s, e) \
                    and not self._rare_county(surface, code, text, s, e):
                continue
            town = self._home_township(surface, code, prev, text, e)
            if town is not None:            # (only where the division would be read: not a new place)
                out.append(self.mention(idx, s, e, town.name, "township", None, division_span(town.county)))
                continue
            if code:
                self.seen.add(code)
            d = self.gaz.by_code.get(code) if code else None
            name = d.name if d else surface
            level = d.level if d else ("county" if surface.endswith(("区", "县")) else "other")
            out.append(self.mention(idx, s, e, name, level, code, prev))
        return out

    def _word_before_bare_level(self, surface: str, prev: Span | None, text: str, e: int) -> bool:
        """A county whose short name is a word of official writing (会同: "together with"),
        read where the sentence then writes the same level bare before another body: in
        "会同县发改局、县财政局负责同志…" the verb takes the county's own bureaus, each written
        县 + body; the county itself would be written once, or in full again.

        >>> d = Divisions.__new__(Divisions); d.common = common_words()
        >>> d._word_before_bare_level("会同县", None, "会同县发改局、县财政局负责同志", 3)
        True
        >>> d._word_before_bare_level("会同县", None, "会同县召开会议，县财政局参加", 3)
        False
        """
        level = surface[-1:]
        if prev is not None or surface[:-1] not in self.common or level not in "县市区":
            return False
        body = bodies_after(text, e)
        return bool(body) and text.startswith("、" + level, e + len(body[0])) and bool(bodies_after(text, e + len(body[0]) + 2))

    def _home_township(self, surface: str, code: str | None, prev: Span | None, text: str, e: int):
        """The township of a county the article names, written as its short name, where that
        name is also a division's of a province the article names nothing else of: in a
        story on 琼海市, "红色文化小镇阳江" is its 阳江镇, not Guangdong's 阳江市.  None when a
        chain places the name ("广东阳江"), or the text writes the township's level itself."""
        if not code or prev is not None or surface == self.gaz.by_code[code].name or text[e:e + 1] in ("镇", "乡") \
                or any(c[:2] == code[:2] for c in self.seen if c != code):
            return None
        for level in ("镇", "乡"):
            found = [t for t in entries(surface + level) if t.level == "township" and t.county in self.seen
                     and t.county[:2] != code[:2]]
            if len(found) == 1:
                return found[0]
        return None

    def _reread(self, idx: int, out: list[Span], code: str) -> Span:
        """The place before, read again as the division of its other reading that holds
        `code`, when it has one (a short form naming a province and its city alike)."""
        prev = out[-1]
        other = next((c for c in self.gaz.candidates(prev["surface"]) if c != prev["code"] and c in self.gaz.chain(code)), None)
        if other is None:
            return prev
        d = self.gaz.by_code[other]
        out[-1] = self.mention(idx, prev.start, prev.end, d.name, d.level, other, prev["parent"])
        return out[-1]

    def acceptable(self, surface: str, code: str | None, prev: Span | None, sibling: Span | None = None,
                   listed_before: bool = False) -> bool:
        """Everyday words need a chain; short or 2-character county names need their city,
        or a county of the same province right before or after them in a list ("甲县、乙、丙")."""
        gaz = self.gaz
        if surface in self.common or (gaz.is_risky(surface) and surface not in gaz.names):
            return prev is not None
        if code is None:
            return surface in gaz.names
        d = gaz.by_code[code]
        if len(surface) >= 3 and surface.endswith(("县", "旗")) and surface not in gaz.names:
            return True                  # "麻阳县" for 麻阳苗族自治县: the informal name, its level written
        if d.level == "county" and (surface not in gaz.names or len(surface) <= 2) and surface not in gaz.abbreviations:
            listed = listed_before or sibling is not None and sibling["level"] == "county" and sibling["code"][:2] == code[:2]
            return prev is not None or gaz.parent(code) in self.cities or listed or code in self.seen \
                or surface in self.home or code in self.implied      # "青浦要…" after 朱家角镇、练塘镇: its towns
        return True

    def _rare_county(self, surface: str, code: str | None, text: str, s: int, e: int) -> bool:
        """A two-character county whose first character names hardly anything else (泾县,
        歙县, 沛县; `standalone_first`), written in full where the article's province holds it,
        a visit's verb goes to it ("到某县调研", "在某县考察") or it opens its clause as the
        doer ("某县召开…"); not before 长 ("萧县长说": a surname and a title).  Any two-character
        county opening its clause as the doer ("道县召开…", "和县举行…"): no word and a 县 of
        another's stand there."""
        d = self.gaz.by_code.get(code) if code else None
        if d is None or d.level != "county" or len(surface) != 2 or surface not in self.gaz.names or text.startswith("长", e):
            return False
        doer = (s == 0 or text[s - 1] in "，,。；;：: ") and text.startswith(OWN_DOING, e)
        if standalone_first(surface):
            return doer           # "道县召开…": a clause's doer, whatever its first character (no 县召开 of another's)
        before = text[max(0, s - 2):s]
        return bool(self.province and code[:2] == self.province[:2]) or before.endswith(("在", "到", "赴", "来到", "走进", "前往")) \
            or doer

    def _listed_before(self, text: str, following: list, e: int, code: str | None) -> bool:
        """Whether a county named in full follows this name in a list, in the same province: in a city paper's "会上，甲县、乙区作交流发言" the short 甲县 is vouched for by
        the county after it as by one before it ("乙区、甲县").  Not a county after 和 alone
        ("各乡镇和县直部门": no county 和县 there)."""
        if not following or code is None:
            return False
        s2, _, surface = following[0]
        later = self.gaz.resolve(surface, [self.province] if self.province else [])
        return text[e:s2] == "、" and surface in self.gaz.names and later is not None and later[:2] == code[:2] \
            and self.gaz.by_code[later].level == "county"

    def own_body_after(self, surface: str, code: str | None, text: str, s: int, e: int) -> bool:
        """A county's full name right before its own committee, government, head or bureau
        ("某县县委书记", "某县人民政府", "某县县长", "某县财政局") is that county, however short its
        name; so is a prefecture's short name before its 地委 or 行署, and a county's or a city's
        before its local bank ("某某农商银行").  A name whose first
        character is a word of its own, glued to the text before it, is read so before 人民政府
        ("拟任县人民政府副县长": 拟任, then the article's own county government)."""
        d = self.gaz.by_code.get(code) if code else None
        if d is not None and d.level == "prefecture" and text.startswith(PREFECTURE_OWN, e):
            return True                   # "某某地委副书记": the prefecture, though its short name is a word too
        if d is not None and d.level in ("county", "prefecture") and text.startswith(LOCAL_BANKS, e) \
                and surface not in self.common:
            return True                   # "某某农商银行": the bank of the county it is named after
        if d is None or d.level != "county" or surface not in self.gaz.names:
            return False
        level = surface[-1]                   # the level written twice: "某县县委", not "时任县委"
        if text.startswith(tuple(level + w for w in COUNTY_OWN), e):
            return True
        if text.startswith("人民政府", e) or text.startswith(tuple(r + level + "长" for r in ("副", "常务副", "代")), e):
            return not (standalone_first(surface) and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff")
            #   ("、某县副县长": the county's deputy head, its level once; not "曾任县副县长")
        body = bodies_after(text, e)          # "某县财政局": a bureau of its own (not 委 alone: "省委和县委")
        return bool(body) and body[0] not in PARTY_AFTER_PLACE and not standalone_first(surface)

    def mention(self, idx, s, e, name, level, code, parent) -> Span:
        surface = self.art.sentences[idx].simp[s:e]
        return Span("place", idx, s, e, surface, {"name": name, "surface": surface, "level": level,
                                                   "code": code, "parent": parent})


@register
class Places(Component):
    name = "places"
    uses = ("candidate",)
    assigns = ("place",)

    def __call__(self, art: Article) -> Article:
        gaz = load()
        cut = art.context.get("words", {})                     # the statistical model's words, if it ran
        hits = {s.index: division_hits(s.simp, cut.get(s.index, ())) for s in art.sentences}
        first = next((s.index for s in art.sentences if s.paragraph >= 0), None)     # the lead: the body's first
        lead = (division_hits(art.title),) + ((hits[first],) if first is not None else ())   # (not the headline again)
        texts = {s.index: s.simp for s in art.sentences}
        province, cities = article_scope(gaz, hits, lead, texts, (art.title,) + ((texts[first],) if first is not None else ()))
        if "我省" in art.simp or "本省" in art.simp:
            ours = our_province(gaz, {s.index: s.simp for s in art.sentences}, hits)
            art.context["hosts"] = ours is not None and ours != province and VISIT.search(art.simp) is not None
            province = ours or province
        elif (host := visited_province(gaz, {s.index: s.simp for s in art.sentences[:3]}, hits, province)) is not None:
            art.context["hosts"], province = True, host     # "甲省某某来乙县考察": the writer is at 乙县
        art.context["province"] = province
        local = [c for c in cities if province and c[:2] == province[:2]]
        if len(local) == 1:
            art.context["city"] = local[0]
        divisions = Divisions(art, province, cities)
        lower = LowerPlaces(art)
        lower.codes = {c for sent in art.sentences for m in divisions.find(sent.index, sent.simp, hits[sent.index])
                       if m["code"] for c in gaz.chain(m["code"])}
        implied = {c for c in counties_named_by_townships(s.simp for s in art.sentences) if c in gaz.by_code}
        lower.codes |= {c for county in implied for c in gaz.chain(county)}
        outlet = source_division(art, gaz)
        lower.codes |= set(gaz.chain(outlet)) if outlet else set()     # "来源：某县融媒体中心": its towns
        divisions.implied = implied
        for second in (False, True):     # the first pass learns township and village names
            lower.last = {}
            for sent in art.sentences:
                found = divisions.find(sent.index, sent.simp, hits[sent.index])
                found += lower.find(sent.index, sent.simp, found)
                found += natural_places(sent.index, sent.simp, found)
                found += village_groups(sent.index, sent.simp, found)
                found += named_features(sent.index, sent.simp, found)
                found.sort(key=lambda m: m.start)
                for m in found:
                    lower.last[m["level"]] = m
                if second:
                    for m in found:
                        hit = (m.start, m.end, m.text)
                        if (m["code"] or m["level"] == "other") and opens_a_name(hit, sent.simp, cut.get(sent.index, ())) \
                                or names_a_branch(hit, sent.simp):
                            m["in_name"] = True     # it places the name's body; the text names no place here
                    art.of("place").extend(found)
        shared_suffix(art)
        settle_scope(art, gaz, implied, outlet)
        settle_level_zones(art)
        return art


LIST_TAIL = re.compile(r"(?:、[\u4e00-\u9fff]{2,4}?)*、[\u4e00-\u9fff]{2,4}?(村|镇|乡|社区)")


def shared_suffix(art: Article) -> None:
    """"比较甲、乙、丙村的做法": items of a list share the last one's suffix, so a bare 甲
    that is also a city's short form is 甲村 when the article names 甲村 elsewhere."""
    lower = {p["name"]: p for p in art.of("place") if p["level"] in ("village", "township")}
    for place in art.of("place"):
        if place["level"] not in ("province", "prefecture", "county") or place["surface"] == place["name"]:
            continue
        tail = LIST_TAIL.match(art.sentences[place.sent].simp, place.end)
        twin = lower.get(place["surface"] + tail.group(1)) if tail else None
        if twin is not None:
            place.attrs.update({k: twin.get(k) for k in ("name", "level", "code", "parent")})


# What only a river has after its name: its banks, reaches and source ("某江北岸", "某河流域").
RIVER_PARTS = ("源头", "北岸", "南岸", "东岸", "西岸", "两岸", "沿岸", "岸边", "流域", "上游", "中游", "下游",
               "干流", "支流", "江面", "河道", "之滨", "畔")     # (not 上的: "在浙江上的大学")


def river_short_form(surface: str, text: str, e: int) -> bool:
    """A division's short form that is a river's name, written with the river's banks or
    source after it ("怒江北岸", "某江源头"): the river, not the prefecture named after it.

    >>> river_short_form("怒江", "坐落在怒江北岸", 5), river_short_form("湛江", "湛江上半年", 2)
    (True, False)
    """
    return surface.endswith(("江", "河")) and text.startswith(RIVER_PARTS, e)


# One character and a township's level right after a county's short form: the short form opens
# a township's name ("某门坎乡"), unless the two characters are a word of their own (城镇, 城乡,
# 家乡, 故乡, 下乡, 回乡).
TOWNSHIP_TAIL = re.compile(r"[\u4e00-\u9fff](?<![城家故下回])[乡镇](?![长村县区市旗])")


def in_township_name(surface: str, full: str, text: str, e: int) -> bool:
    """A division's short form that opens a township's longer name, one character and 乡
    or 镇 after it: the township of another county, not the division ("推进岩口坝乡…" holds
    no 岩口 county); its full name, its short form with its level ("某州|东乡县"), or its short
    form before a word, stays.

    >>> in_township_name("桑植", "桑植县", "进驻桑植坪乡", 4), in_township_name("桑植", "桑植县", "桑植城乡", 2)
    (True, False)
    >>> in_township_name("桑植县", "桑植县", "桑植县坪乡", 3), in_township_name("甲州", "甲回族自治州", "甲州东乡县", 2)
    (False, False)
    """
    return surface != full and surface[-1] not in "省市县区州旗盟" and TOWNSHIP_TAIL.match(text, e) is not None


def labelled(surface: str, code: str | None, text: str, s: int, e: int) -> bool:
    """A county's full name alone before a colon at the line's start, a headline's or a
    paragraph's label ("某县：小香菇撑起大产业"): the county, however short its name.

    >>> labelled("嵩县", "410325", "嵩县：香菇产业兴旺", 0, 2), labelled("嵩县", "410325", "在嵩县：", 1, 3)
    (True, False)
    """
    return code is not None and s == 0 and text.startswith(("：", ":"), e) and surface in load().names


def standalone_first(name: str) -> bool:
    """Whether a two-character county's first character is a word of running text by
    itself, so that "甲县财政局" may be 甲 + "县财政局" (a conjunction or a verb, then the
    article's own county bureau: "县委和县妇联", "任县委书记"): jieba counts 和 555,815 times,
    任 16,831, 新 62,626; a character that names a county only (攸 291, 歙 62, 蠡 67) sits
    under 1,000.  Of the gazetteer's 109 two-character county names 49 are below.

    >>> standalone_first("和县"), standalone_first("攸县")
    (True, False)
    """
    return frequency(name[0]) >= 1000
