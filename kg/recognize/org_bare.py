"""Bodies named by a level written bare: "省委", "县委宣传部", "市直单位", "区人民医院".

The level stands for a place of the article: the place of that level the sentence named
before it, the chain it closes ("某市…、市人民政府": one list's 市), the paragraph's place,
else the article's own scope (kg.recognize.place_scope).  A mixin of
kg.recognize.orgs.OrgFinder, which gives `art` and `_org`; kg.recognize.org_suffixed
places a suffixed body's bare level with `_resolve_level`.
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.lang.words import words
from kg.places.gazetteer import division_span, load, other_kind
from kg.recognize.bare_cities import city_of_the_chain, county_city, listed_after_city, own_county_city
from kg.recognize.segment import boundary
from kg.recognize.org_names import SESSION_ORDINAL, bodies_after, join, written_name
from kg.recognize.place_outlets import division_opening
from kg.recognize.place_paragraphs import born_in, named_division, paragraph_place


# A level written bare before a body's words ("县委", "市直", "自治区商务厅"); not after a word that
# makes it part of another ("全省", "城区", "两县", "民族区").
LEVEL_BODY = re.compile(r"(?<![全各每城省市县区乡镇村两治民])(自治区|省直|省|市直|市|县|区|州|(?<![\u4e00-\u9fff])[旗盟])(?=[\u4e00-\u9fff])")
# The bodies of a zone (a development zone's or a functional area's Party working committee and
# administrative committee), which a district of the state's divisions does not have.
ZONE_BODIES = ("党工委", "管委会", "工委")
LEVEL_WORDS = {"省": "province", "市": "prefecture", "县": "county", "区": "county", "自": "province",
               "旗": "county", "盟": "prefecture", "州": "prefecture"}      # a banner is a county, a league
#                                                                                (and an autonomous 州) a prefecture

# Words before a bare level that make it every place of that level, not the article's own:
# "各省辖市审计局局长", "各县直单位", "全省各地级市…" (quantifiers and the level's class names).
EVERY_LEVEL = ("各", "每个", "所有", "省辖", "地级", "县级", "所辖", "下辖")
# A prefecture's (地区's) own committee and administrative office: no bare level's but its own.
PREFECTURE_BODIES = ("地委", "行署")
# The media every county has since the 2018 reform, named by their kind alone in a source line.
COUNTY_MEDIA = ("融媒体中心", "新闻中心", "广播电视台", "融媒体")


class BareReading:
    def _sources(self) -> None:
        """The bodies of the source line ("来源：县农业农村局", "来源：某县融媒体中心"): a bare
        level is the article's own place's, a county's media by its kind alone the one county
        the article names; each is the press credits' body (kg.link.post_bodies)."""
        for src in self.art.sources:     # "来源：县农业农村局" names the article's own county's bureau
            level = LEVEL_BODY.match(src) and (src[1:2] in "委直" or boundary(src, 0, min(len(src), 4), 1))   # not 市场监管局
            bare = [o for o in self._bare(-1, src, []) if o.start == 0 and o.end == len(src)] if level else []
            span = bare[0] if bare else self._sole_level(src) if level else self._sole_county_media(src) \
                if src in COUNTY_MEDIA else self._org(src, None, -1, -1, -1)
            if span is None:
                continue                 # "县委办" of no county the article settles: no body of its own
            code = division_opening(src, load()) if span.get("place") is None else None
            if code is not None:
                span["place"] = division_span(code)        # "某县融媒体中心": the county's
            met = next((o for o in self.art.of("org") if o.start >= 0 and o["name"] == span["name"]), None)
            if met is not None:
                span["place"] = met.get("place")          # the outlet the text names too (a credit's
                #                                           "（某某日报记者 某某）"): one body, placed as there
            span.sent, span.start, span.end = -1, -1, -1
            span["source"] = src                             # the press credits' body (kg.link.post_bodies)
            self.art.add(span)


    def _sole_county_media(self, src: str) -> Span | None:
        """A source that is a county's media by its kind alone ("来源：融媒体中心"): the one
        county the article names, else none (every county has one: no node of them all)."""
        place = self._sole_named("county")
        return self._org(place["name"] + src, place, -1, -1, -1) if place is not None else None

    def _sole_named(self, level: str | None) -> Span | None:
        """The one division of the level the article's text names, else None."""
        named = {p["code"]: p for p in self.art.of("place") if p["level"] == level and p["code"] and p.sent >= 0}
        return next(iter(named.values())) if len(named) == 1 else None

    def _sole_level(self, src: str) -> Span | None:
        """A source written with its level alone ("来源：县委办") is the body of the one
        division of that level the article names ("某某县委办"), else none: a bare name
        would make one node of every county's 县委办."""
        place = self._sole_named(LEVEL_WORDS.get(src[0]))
        if place is None or not place["name"].endswith(src[0]):
            return None
        return self._org(place["name"] + src[1:], place, -1, -1, -1)      # 县委办 → 某某县委办, 县融媒体中心 → 某某县融媒体中心

    def _bare(self, idx, text, places) -> list[Span]:
        """"省委", "县委宣传部": the level stands for the article's own place."""
        out, listed = [], None           # (listed: the last bare 市 body read, its place and where it ended)
        for m in LEVEL_BODY.finditer(text):
            if any(p.start < m.end() and m.start() < p.end + 1 for p in places):
                continue
            if m.group(1) == "区" and text[:m.end()].endswith(tuple(words("area_nouns"))):
                continue                      # "某片区党委": an area's committee, not the district's
            if m.group(1) == "区" and text.startswith(ZONE_BODIES, m.end()) and m.start() > 0 \
                    and "\u4e00" <= text[m.start() - 1] <= "\u9fff" and text[m.start() - 1] not in "我本":
                continue                      # "某滨区党工委": a zone no gazetteer holds, not the district's
            if text.endswith(EVERY_LEVEL, 0, m.start()):
                continue                      # "各省辖市审计局", "各县财政局": every one's, no one body
            before = [p for p in places if p.end <= m.start() and not born_in(text, p, places)]
            same_list = listed is not None and m.group(1) == "市" and text[m.start() - 1:m.start()] in ("、", "，", ",") \
                and not re.search(r"[。；;：:]", text[listed[1]:m.start()]) and not any(listed[1] <= p.start < m.start() for p in places)
            place = (listed[0] if same_list else None) or city_of_the_chain(text, before, m.start(), m.group(1)) \
                or listed_after_city(text, before, m.start(), m.group(1)) or self._resolve_level(m.group(1)[0], before, idx)
            #   (same_list: "市人民政府党组成员、市政府办公室主任": one list's bare 市, one city)
            if place is None or (m.group(1) == "自治区") != place["name"].endswith("自治区") and place["level"] == "province" \
                    or m.group(1) == "州" and not place["name"].endswith("自治州"):
                continue                      # "自治区商务厅" in a province's news: not that province's, nor "省委"
                #                               an autonomous region's; "州扶贫办" only in an autonomous prefecture's news
            term = SESSION_ORDINAL.match(text, m.end())       # "县十八届人大常委会": the term, no part of the name
            after = term.end() if term and bodies_after(text, term.end()) else m.end()
            for body in bodies_after(text, after):
                if body.startswith(PREFECTURE_BODIES):
                    continue                  # "某县地委": a former county's name the table lacks, then its
                    #                           prefecture's committee; a county has no 地委 or 行署
                body = ("直" if m.group(1).endswith("直") else "") + body
                out.append(self._org(join(written_name(place), body), place, idx, m.start(), after + len(body)))
                listed = (place, after + len(body)) if m.group(1) == "市" else listed
        return out

    def _resolve_level(self, level: str, places: list[Span], idx: int | None = None) -> Span | None:
        want = LEVEL_WORDS[level]
        near = [p for p in places if p["level"] == want and p["code"] and not other_kind(level, p["name"])]
        own = own_county_city(self.art, places, idx) if level == "市" and not near else None
        if own is not None:
            return own
        found = self._level_place(want, near, idx)
        if level == "市" and found is not None and found["level"] == "prefecture" and not found["name"].endswith("市"):
            return county_city(places or [p for p in self.art.of("place") if idx is None or p.sent <= idx])
            #   "某州某市…市委": a 州, 地区 or 盟 has no bare 市 of its own; the county-level city's, or no one's
        return found

    def _level_place(self, want: str, near: list[Span], idx: int | None) -> Span | None:
        ctx = self.art.context
        if near and not (want == "province" and ctx.get("hosts")):
            return near[-1]       # (a visit's hosts write their own bodies bare: "甲省委书记某某率团，省委书记某某陪同")
        told = paragraph_place(self.art, idx, want, lambda p: bool(p["code"])) \
            if idx is not None and want in ("prefecture", "county") else None
        if told is not None:
            return told           # "甲县地处…。县委宣传部部长某某说": the county of the paragraph
        code = ctx.get("province") if want == "province" else ctx.get("city") if want == "prefecture" else ctx.get("county")
        if not code and want == "county" and idx is not None:
            code = self._only_county(idx)
        if not code:
            return None
        return named_division(self.art, code) or division_span(code)     # as the article named it

    def _only_county(self, idx: int) -> str | None:
        """The one county the article named before sentence `idx`, where it named no other:
        its bodies written bare in a later paragraph ("…某县第十八届人民代表大会…。…当选为县
        人大常委会主任") are that county's."""
        codes = {p["code"] for p in self.art.of("place") if p["level"] == "county" and p["code"] and 0 <= p.sent <= idx}
        named = {p["code"] for p in self.art.of("place") if p["level"] == "county" and p["code"]}
        return next(iter(codes)) if len(codes) == 1 and codes == named else None
