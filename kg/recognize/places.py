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
from functools import lru_cache

from kg.article import Article, Span
from kg.components import Component, register
from kg.places.gazetteer import common_words, load
from kg.recognize.natural_places import natural_places
from kg.places.villages import counties_named_by_townships, township_of
from kg.recognize.lower_places import LowerPlaces
from kg.recognize.zones import settle_level_zones
from kg.recognize.segment import boundary, frequency
from kg.recognize.place_lists import compass, counted_list, province_first
from kg.recognize.org_names import PARTY_AFTER_PLACE, bodies_after
from kg.recognize.place_scope import article_scope, home_counties, settle_scope, source_division
from kg.lang.matcher import LongestMatcher
from kg.lang.words import words


DIRECTIONS = "东西南北"
NOT_AFTER_COUNTRY = ("共产党", "式", "特色", "人民")    # 中国共产党, 中国特色: not the country named
NATURAL_TAILS = "江河湖山溪"     # 闽江, 嘉陵江: a short form that begins a river's or mountain's name
# Verbs and prepositions that take a place as object and that the model may read into the
# place's own word ("任某县副县长" cut 任某县, "在某市" cut 在某市): no part of its name.
GLUED_BEFORE = tuple("任在到赴至从于往驻离回经") + ("调任", "出任", "来到", "前往", "位于")


@lru_cache(maxsize=1)
def regions() -> tuple[str, ...]:
    gaz = load()
    by_rule = [p + d for p in words("province_short") for d in DIRECTIONS]
    return tuple(words("regions")) + tuple(r for r in by_rule if r not in gaz.names and r not in gaz.shorts)


@lru_cache(maxsize=1)
def matcher() -> LongestMatcher:
    return LongestMatcher(load().surfaces() + list(regions()))


PARTY_PREFIXES = ("中共", "中国共产党", "共青团", "中国", "政协", "中国人民政治协商会议")   # and the 政协's


def inside_a_word(hit: tuple[int, int, str], text: str, words: tuple) -> bool:
    """A place name must start where a word starts.  Inside an ordinary word it is no
    place ("美丽江苏": 美丽 is a word, so 丽江 is no city); inside the model's own place or
    body name it is one only as the next link of a chain, after a full division name or the
    short form of a province or prefecture ("某省某市委" holds 某市, "某市某某县" holds the
    county; "贺兰山东麓" holds no 山东, since 贺兰 is a county's short form).

    `words` are (start, end, tag) of the sentence's words as the statistical model cut
    them; without them (the model switched off) nothing is dropped."""
    s, e, surface = hit
    word = next((w for w in words if w[0] <= s < w[1]), None)
    if word is None or word[0] == s:
        return False
    if word[2] not in ("LOC", "ORG"):
        return True
    if text[word[0]:s] in GLUED_BEFORE:
        return False                          # the model's word glued a verb to the name
    gaz = load()
    if text[word[0]:s] in PARTY_PREFIXES + democratic_parties():
        return False                          # "中共某市委": the place opens the body's name
    links = [f for f in matcher().finditer(text[word[0]:s]) if word[0] + f[1] == s]
    return not any(f[2] in gaz.names or _upper_short(gaz, f[2]) for f in links)


@lru_cache(maxsize=1)
def democratic_parties() -> tuple[str, ...]:
    """"九三学社某省委": a democratic party's name opens its committee's, as 中共 does."""
    return words("democratic_parties")


def _upper_short(gaz, surface: str) -> bool:
    """A short form that can name a province or a prefecture ("山东", "本溪"): such a
    link opens a chain; a county's short form ("贺兰") does not."""
    return any(gaz.by_code[c].level in ("province", "prefecture") for c in gaz.candidates(surface))


def readable_hits(text: str, words: tuple) -> list[tuple[int, int, str]]:
    """Leftmost-longest matches that are no part of a longer word; a match dropped as
    such gives way to the names that overlap it ("美丽江苏": 丽江 dropped, 江苏 read)."""
    masked = text
    for _ in range(8):
        found = list(matcher().finditer(masked))
        inside = [h for h in found if inside_a_word(h, text, words) or glued_short_form(h, text)]
        if not inside:
            return found
        for s, _, _ in inside:
            masked = masked[:s] + "\u3000" + masked[s + 1:]
    return [h for h in matcher().finditer(masked) if not inside_a_word(h, text, words) and not glued_short_form(h, text)]


def glued_short_form(hit: tuple[int, int, str], text: str) -> bool:
    """A short form that a word of the dictionary runs into from the left: "长江入海口"
    holds no 海口 (入海口), "美丽江苏" no 丽江 (美丽) — also where the model is off, or
    cuts it wrong itself (入|海口)."""
    s, e, surface = hit
    gaz = load()
    return surface in gaz.shorts and surface not in gaz.names and not boundary(text, max(0, s - 3), min(len(text), e + 3), s)


def division_hits(text: str, words: tuple = ()) -> tuple[tuple[int, int, str], ...]:
    """Gazetteer and region matches, dropping short forms that begin a smaller name, and,
    where the model's words are known, names read inside a longer word (see `inside_a_word`)."""
    names, shorts = load().names, load().shorts
    hits = []
    found = readable_hits(text, words)
    starts = {s for s, _, _ in found}
    for s, e, surface in found:
        nxt = text[e:e + 2]
        if surface not in names and (nxt[:1] in "镇乡村" or nxt in ("街道", "社区", "大学", "路", "街")):
            continue
        if surface in shorts and nxt[:1] and nxt[:1] in NATURAL_TAILS and e not in starts:
            continue         # "闽江" is a river, "四川江油" a province and a city
        if surface == "中国" and text.startswith(NOT_AFTER_COUNTRY, e):
            continue
        hits.append((s, e, surface))
    return tuple(hits)


@lru_cache(maxsize=1)
def honorary_title() -> re.Pattern:
    """The rest of an honorary title after its place: "中国" + "红枣之乡"."""
    return re.compile(r"[\u4e00-\u9fff]{0,8}?(?:" + "|".join(words("honorary_titles")) + ")")


def opens_a_name(hit: tuple[int, int, str], text: str, cut: tuple) -> bool:
    """A place that opens the name of a company, school or news outlet, or an honorary
    title, is no place the text names: the model's word starting with it runs on to one
    of their heads, or holds one of two characters or more ("某市邮电大学", "某地网",
    "某某集团公司三院"), or an honorary title follows ("中国某某之乡",
    kg/data/honorary_titles.txt).  A government body's name still names its place
    ("某市教育局": 局 is no such head).  The span stays, marked `in_name` (the body it
    opens still lies there); kg.kinds.places writes no mention of it.  `cut`: the
    model's words."""
    s, e, _ = hit
    if honorary_title().match(text, e):
        return True
    word = next((w for w in cut if w[0] == s and w[1] > e), None)
    if word is None:
        return False
    heads = words("name_heads_not_places")
    rest = text[e:word[1]]          # a head inside the word too, where a unit follows: "某某集团公司三院"
    return rest.endswith(heads) or any(head in rest for head in heads if len(head) > 1)


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


class Divisions:
    """Gazetteer divisions of one sentence, each resolved inside the chain before it."""

    def __init__(self, art: Article, province: str | None, cities: set[str]):
        self.gaz, self.art, self.province, self.cities = load(), art, province, cities
        self.common = common_words()
        self.regions = set(regions())
        self.seen: set[str] = set()      # codes the article has named in full: "桐庐县…桐庐" is one place
        self.home = home_counties(art)
        self.implied: set[str] = set()   # counties two townships of the text name (villages.counties_named_by_townships)

    def find(self, idx: int, text: str, hits) -> list[Span]:
        out: list[Span] = []
        counted = counted_list(text, hits)       # "甲、乙两县": short names a count and level vouch for
        for s, e, surface in hits:
            if surface in self.regions:
                if not compass(surface, text, e):
                    out.append(self.mention(idx, s, e, surface, "other", None, None))
                continue
            prev = out[-1] if out and out[-1].end == s and out[-1]["code"] else None
            within = ([prev["code"]] if prev else []) + ([self.province] if self.province else [])
            code = self.gaz.resolve(surface, within)
            code = code if prev is not None else province_first(self.gaz, surface, code)
            if prev is not None and code is not None and prev["code"] not in self.gaz.chain(code):
                prev = self._reread(idx, out, code)      # "吉林梅河口": 吉林 is the province, not its city
            if prev is not None and (code is None or prev["code"] not in self.gaz.chain(code)):
                prev = None      # "正定县新建道路": a link that is not inside the one before is no chain
            sibling = out[-1] if out and out[-1]["code"] and text[out[-1].end:s] in LIST_JOINS else None
            if not self.acceptable(surface, code, prev, sibling) and not self.own_body_after(surface, code, text, e) \
                    and not ((s, e) in counted and code and self.gaz.by_code[code].level == "county") \
                    and not (code and township_of(code, text, e)):
                continue
            if code:
                self.seen.add(code)
            d = self.gaz.by_code.get(code) if code else None
            name = d.name if d else surface
            level = d.level if d else ("county" if surface.endswith(("区", "县")) else "other")
            out.append(self.mention(idx, s, e, name, level, code, prev))
        return out

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

    def acceptable(self, surface: str, code: str | None, prev: Span | None, sibling: Span | None = None) -> bool:
        """Everyday words need a chain; short or 2-character county names need their city,
        or a county of the same province right before them in a list ("甲县、乙、丙")."""
        gaz = self.gaz
        if surface in self.common or (gaz.is_risky(surface) and surface not in gaz.names):
            return prev is not None
        if code is None:
            return surface in gaz.names
        d = gaz.by_code[code]
        if len(surface) >= 3 and surface.endswith(("县", "旗")) and surface not in gaz.names:
            return True                  # "麻阳县" for 麻阳苗族自治县: the informal name, its level written
        if d.level == "county" and (surface not in gaz.names or len(surface) <= 2) and surface not in gaz.abbreviations:
            listed = sibling is not None and sibling["level"] == "county" and sibling["code"][:2] == code[:2]
            return prev is not None or gaz.parent(code) in self.cities or listed or code in self.seen \
                or surface in self.home or code in self.implied      # "青浦要…" after 朱家角镇、练塘镇: its towns
        return True

    def own_body_after(self, surface: str, code: str | None, text: str, e: int) -> bool:
        """A county's full name right before its own committee, government, head or bureau
        ("某县县委书记", "某县人民政府", "某县县长", "某县财政局") is that county, however short its name."""
        d = self.gaz.by_code.get(code) if code else None
        if d is None or d.level != "county" or surface not in self.gaz.names:
            return False
        level = surface[-1]                   # the level written twice: "某县县委", not "时任县委"
        if text.startswith(tuple(level + w for w in COUNTY_OWN) + ("人民政府",), e):
            return True
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
        lead = (division_hits(art.title), hits[0]) if art.sentences else (division_hits(art.title),)
        province, cities = article_scope(gaz, hits, lead)
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
                found.sort(key=lambda m: m.start)
                for m in found:
                    lower.last[m["level"]] = m
                if second:
                    for m in found:
                        hit = (m.start, m.end, m.text)
                        if (m["code"] or m["level"] == "other") and opens_a_name(hit, sent.simp, cut.get(sent.index, ())):
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
