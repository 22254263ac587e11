"""Where a bare post is held: "县长某某", "镇人大主席某某", "州委书记某某" name no place, so
the place is the one of the level (or the kind: 镇, 乡, 街道, 州, 盟, a county-level 市) the
title implies that the sentence named before it, else its paragraph, else the article's
only one or its context.  A mixin of the linker (kg.link.posts.PostLinker), which gives
the article; read by its `_segment`.
"""
from __future__ import annotations

import re
from collections import Counter

from kg.article import Span
from kg.link.post_bodies import implied_level
from kg.places.gazetteer import division_span, load, other_kind
from kg.recognize.datelines import filed_from
from kg.recognize.place_outlets import source_township
from kg.recognize.place_paragraphs import born_in, named_division, paragraph_place
from kg.recognize.place_scope import OWN_COUNTY
from kg.recognize.place_trips import away
from kg.recognize.org_names import central
from kg.recognize.person_honorifics import heads_body


# The sentence speaks of the village in focus: "本村工程", "该村".
THIS_VILLAGE = re.compile(r"本村|该村")
# A visit's destination: "到某市调研", "赴某市考察", "深入某市督导".
VISIT_TO = re.compile(r"(?:到|赴|来到|深入|前往)$")
# A heading line that is a village's name alone, numbered or not ("二、甲村", "（三）乙村：").
VILLAGE_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十\d]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*\|[：:]?\s*")

# What joins the places of one list of destinations ("深入甲区、乙市和丙县走访").
LISTED = re.compile(r"[、和及与]")
VISIT_VERB = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?)(?:调研|考察|视察|检查|督导|督查|走访|慰问)")


# The level words a body's name may open with (no bare organ's name).
LEVEL_FIRST = "省市县区乡镇村州盟旗国中全各该本"


class BarePostPlaces:
    def _section_village(self, idx: int) -> Span | None:
        """The village of the section a heading opens: the post stands in a paragraph of its
        own ("驻村队长某某：“…”", a feature's subheading for each of its teams), the first
        village the next sentences name before another such heading."""
        if not self._heading(idx):
            return None
        for sent in self.art.sentences[idx + 1:idx + 8]:
            if self._heading(sent.index) and self.art.in_sentence("post", sent.index):
                return None                   # the next heading: this section named none
            found = [p for p in self.art.in_sentence("place", sent.index) if p["level"] == "village"]
            if found:
                return found[0]
        return None

    def _village_heading_above(self, idx: int) -> Span | None:
        """The village a numbered heading line names above a list of its posts, one a line
        ("二、甲村" then "村党支部书记：某某", "村委会主任：某某"): the list's village, up to
        the next such heading (a line of prose, with its full stop, ends the list)."""
        for sent in reversed(self.art.sentences[max(0, idx - 8):idx]):
            if not self._heading(sent.index):
                return None
            villages = [p for p in self.art.in_sentence("place", sent.index) if p["level"] == "village"]
            if len(villages) == 1 and VILLAGE_HEADING.fullmatch(sent.simp[:villages[0].start] + "|" + sent.simp[villages[0].end:]):
                return villages[0]
        return None

    def _heading(self, idx: int) -> bool:
        """Whether the sentence is a subheading: a short paragraph of its own that no full
        stop ends ("驻村队长某某：“…”")."""
        sent = self.art.sentences[idx]
        return sent.paragraph >= 0 and len(sent.simp) <= 40 and not re.search(r"[。！？!?]", sent.simp) \
            and sum(1 for s in self.art.sentences if s.paragraph == sent.paragraph) == 1

    def _nearest(self, idx, before, level, title: str = "") -> Span | None:
        """The place a bare post ("县长", "县委副书记") is held at: the nearest of its level
        earlier in the sentence (of its kind: a 县's post is no 区's), else the article's
        own place of that level (where that is a county-level city, a 州's or a 盟's post is
        of the prefecture above it)."""
        if not level:
            return None
        cands = [p for p in self.art.in_sentence("place", idx) if p.end <= before and p["level"] == level
                 and not self._native(p) and not other_kind(title, p["name"])]
        if cands and not (level == "province" and self.art.context.get("hosts")):     # a visit's hosts: their own
            return cands[-1]
        if level in ("village", "township"):           # the village the paragraph is about
            para = self.art.sentences[idx].paragraph
            for sent in reversed(self.art.sentences[:idx]):
                if sent.paragraph != para or para < 0:
                    break
                earlier = [p for p in self.art.in_sentence("place", sent.index) if p["level"] == level]
                if earlier:
                    return earlier[-1]
            section = self._section_village(idx) or self._village_heading_above(idx) if level == "village" else None
            if section is not None:
                return section                                # "驻村队长某某：“…”", a heading: its section's
            only = self._only_lower(level, idx)
            if only is None and level == "village" and THIS_VILLAGE.search(self.art.sentences[idx].simp):
                return self._last_named("village", idx)       # "本村…发包给村委委员某某": the one in focus
            only = only or most_named([p for p in self.art.of("place") if p["level"] == level and 0 <= p.sent < idx])
            #   ("甲村和乙村之间架起大桥。…甲村…。村党支部书记某某…": the story's village, named most)
            if only is None and level == "township":
                return self._outlet_township()
            return only if only is not None and self._same_county(only, idx, before) else None
        told = self._paragraph_place(idx, level, title) if level in ("county", "prefecture") else None
        if told is not None:
            return told                        # "甲县是…。县委书记某某说": the county its paragraph is about
        code = self.art.context.get({"prefecture": "city"}.get(level, level)) or self._only(level)
        gaz = load()
        if code and level == "prefecture" and gaz.by_code[code].level == "county" \
                and title.startswith(("州", "盟")) and gaz.parent(code):
            code = gaz.parent(code)          # "州委常委某某" in a county-level city's own news: its 州's
        county = self._only("county") if level == "prefecture" and not code else None
        code = code or (gaz.parent(county) if county else None)       # "市级…" in a county's news: its city
        return self._as_written(division_span(code)) if code else None

    def _as_written(self, place: Span) -> Span:
        """The article's own division with the name the article wrote it by: a county renamed
        since ("大同县", today 云州区) keeps the old name for its bodies ("县委书记": 大同县委)."""
        named = named_division(self.art, place["code"])
        if named is not None and named["surface"] != place["name"]:
            place["surface"] = named["surface"]
        return place

    def _paragraph_place(self, idx: int, level: str, title: str) -> Span | None:
        """The county (or city) the post's paragraph is about (kg.recognize.place_paragraphs),
        not a birthplace, and of the title's kind."""
        return paragraph_place(self.art, idx, level, lambda p: not self._native(p) and not other_kind(title, p["name"]))

    def _frame(self, idx: int, before: int) -> Span | None:
        """The village or township that frames the sentence before a post of no body or place
        ("在某某村，合作社理事长某某介绍…"; a résumé's "在某镇工作，先后任团委书记、…"): where
        the post is held."""
        text = self.art.sentences[idx].simp
        places = list(self.art.in_sentence("place", idx))
        for p in places:
            if p.end >= before or p["level"] not in ("village", "township") \
                    or text[p.end:p.end + 1] not in "，," and not re.match(r"工作[，,]", text[p.end:p.end + 3]):
                continue
            start = p.start                   # back through the chain that names it: 在某镇某村，
            while (up := next((q for q in places if q.end == start), None)) is not None:
                start = up.start
            if text[start - 1:start] == "在":
                return p
        return None

    def _framed_city(self, idx: int, before: int) -> Span | None:
        """A county-level city framing the clause before a bare 市 post ("在某某市，市委副书记、
        市长某某介绍…", a story that visits several counties of one prefecture in turn): that
        city's own 市委 and 市长, not the prefecture's."""
        text = self.art.sentences[idx].simp
        for p in self.art.in_sentence("place", idx):
            if p.end < before and p["level"] == "county" and p["name"].endswith("市") \
                    and text[p.start - 1:p.start] == "在" and text[p.end:p.end + 1] in "，," \
                    and not re.search(r"[，,。；;]", text[p.end + 1:before]):
                return p
        return None

    def _last_named(self, level: str, idx: int) -> Span | None:
        """The place of that level named last before the sentence `idx`."""
        for sent in reversed(self.art.sentences[:idx]):
            earlier = [p for p in self.art.in_sentence("place", sent.index) if p["level"] == level]
            if earlier:
                return earlier[-1]
        return None

    def _native(self, place: Span) -> bool:
        """A birthplace ("湖南某县人，", either link of "山西运城人"): no bare post of the article is
        held there by that."""
        return place.start >= 0 and born_in(self.art.sentences[place.sent].simp, place,
                                             [p for p in self.art.in_sentence("place", place.sent) if p.start >= 0])

    def _own_city(self, word: str | None, idx: int, before: int | None = None) -> Span | None:
        """A bare 市 ("市委副书记", "市人大常委会") in the news of a county-level city that the
        article names, with no prefecture-level city named up to this post (before `before` in
        its sentence): that city, as its own media write (the prefecture above it is only the
        article's context, and a prefecture named later, "某市农业农村局副局长到会指导", or
        after the post in a list of guests, "市长某某，某市委组织部副部长某某出席", is a
        visitor's).  Not where the article speaks as another county, or as the prefecture its
        outlet names ("来源：某市日报", the county-level city one stop of a visit)."""
        if word != "市" or any(p["level"] == "prefecture" and p["name"].endswith("市")       # (a 州, 地区 or 盟 above
                               and (p.sent < idx or p.sent == idx and (before is None or p.start < before))  # it has no
                               for p in self.art.of("place")):                                # bare 市 of its own)
            return None
        city = the_one(p for p in self.art.of("place") if p["level"] == "county" and p["name"].endswith("市"))
        county, outlet = self.art.context.get("county"), self.art.context.get("outlet")
        if city is None or county and city.get("code") != county or outlet and load().by_code[outlet].level == "prefecture":
            return None          # "来源：某市日报…在甲市某镇": the prefecture's paper visiting its county-level city
        if idx == 0 and self.art.title and self.art.sentences[0].simp == self.art.title and city.sent != 0:
            return None          # "新任市长某某简历": a headline's bare 市 the body alone does not settle
        return None if self._visited_first(city) else city

    def _own_county_organ(self, words_: str, title: str) -> Span | None:
        """A county's bureau written by its name alone ("应急管理局局长某某") in the news of a
        county that speaks as itself ("全县", "我县", or its own outlet's) and never as a city:
        that county's bureau, as its own news writes its organs.

        Not a central one ("国家统计局"), not where the article speaks as a city too."""
        county = self.art.context.get("county")
        if county is None or not words_.endswith("局") or not 3 <= len(words_) <= 10 or central(words_) \
                or re.search(r"[^\u4e00-\u9fff]", words_) or words_[0] in LEVEL_FIRST or not heads_body(title, words_):
            return None
        own = any(w in self.art.simp for w in OWN_COUNTY) or self.art.context.get("outlet") == county
        city_voice = any(w in self.art.simp for w in ("全市", "我市", "本市")) and not load().by_code[county].name.endswith("市")
        return division_span(county) if own and not city_voice else None

    def _visited_first(self, city: Span) -> bool:
        """Whether the article first names the city as where a visit went ("副市长某某到甲市
        调研"): a prefecture's leader visiting it, whose own bare 市 is the prefecture's."""
        first = min((p for p in self.art.of("place") if p["name"] == city["name"] and p.sent >= 0),
                    key=lambda p: (p.sent, p.start), default=None)
        if first is None or first.start < 0:
            return False
        text = self.art.sentences[first.sent].simp
        start, end = first.start, first.end
        for p in sorted(self.art.in_sentence("place", first.sent), key=lambda p: -p.start):
            start = p.start if p.end < start and LISTED.fullmatch(text[p.end:start]) else start
        for p in sorted(self.art.in_sentence("place", first.sent), key=lambda p: p.start):
            end = p.end if p.start > end and LISTED.fullmatch(text[end:p.start]) else end
        return VISIT_TO.search(text[:start]) is not None and VISIT_VERB.match(text, end) is not None

    def _listed_city(self, idx: int, text: str, at: int) -> Span | None:
        """A bare 市 ("市委副书记、市长") listed right after a post held at a county-level
        city the item names ("甲市委书记某某，市委副书记、市长某某"): that city's, as a
        list of the hosts of a visit writes it, not the prefecture the article is from."""
        for post in self.art.in_sentence("post", idx):
            person = post["person"]
            if person.sent != idx or text[person.end:at] not in ("，", "、", ",") or post.get("cue") is None:
                continue
            place = self.link(post)["place"]
            written = place is not None and place.sent == idx and post["cue"].a <= place.start    # in the item
            if written and place["level"] == "county" and place["name"].endswith("市"):
                return place
        return None

    def _own_prefecture(self, idx: int, before: int, title: str) -> Span | None:
        """"州委书记", "州长", "盟长": an autonomous prefecture's or a league's post is held at
        the one of that kind the sentence named before, else the article's only one (not
        the city of a wire service's dateline, "新华社长沙电", which is the article's context)."""
        word = next((w for w in ("州", "盟") if w in title), None)
        if word is None or implied_level(title) != "prefecture":
            return None
        kinds = [p for p in self.art.of("place") if p["level"] == "prefecture" and p["name"].endswith(word)]
        here = [p for p in kinds if p.sent == idx and p.end <= before]
        return here[-1] if here else the_one(kinds)

    def _township_of_kind(self, idx: int, before: int, word: str) -> Span | None:
        """"镇人大主席", "街道党工委书记", "乡纪委书记": the township of that kind (a 镇, a 乡,
        a 街道) the sentence named before, else its paragraph, else the article's only one."""
        fits = lambda p: p["level"] == "township" and p["name"].endswith(word)      # noqa: E731
        para = self.art.sentences[idx].paragraph
        for sent in reversed(self.art.sentences[:idx + 1]):
            if sent.index != idx and (sent.paragraph != para or para < 0):
                break
            named = [p for p in self.art.in_sentence("place", sent.index) if fits(p) and (sent.index != idx or p.end <= before)]
            if named:
                return named[-1]
        return the_one(p for p in self.art.of("place") if fits(p)) or self._outlet_township(word)

    def _outlet_township(self, word: str = "") -> Span | None:
        """The township whose own website the article comes from ("来源：某区某某镇人民政府"),
        where the text names no township at all: its bare 镇党委书记 and 镇长 are that
        township's (of that kind: a 镇's post is no 街道's)."""
        if not hasattr(self, "_source_township"):
            self._source_township = source_township(self.art, load())
        town = self._source_township
        if town is None or any(p["level"] == "township" for p in self.art.of("place")):
            return None
        return town if town["surface"].endswith(word) else None

    def _only_lower(self, level: str, idx: int) -> Span | None:
        """The one township (or village) the article names, when it names one only: "镇长某某"
        paragraphs after "某县甲镇乙村…" is 甲镇's; else the one it named before the post's
        sentence, when the others come after it (a report that turns to another village
        later: "…甲村…。2015年，某某当选村党支部书记。…乙村…")."""
        lower = [p for p in self.art.of("place") if p["level"] == level]
        return the_one(lower) or the_one(p for p in lower if 0 <= p.sent < idx)

    def _same_county(self, lower: Span, idx: int, before: int) -> bool:
        """Whether a township or village named elsewhere can be the one of a post whose own
        sentence names a county before it: only when it is that county's (the county written
        before it where it was named).  "某县甲村…" paragraphs before "乙县丙镇…，驻村工作队长某某"
        is no post of 甲村."""
        here = [p for p in self.art.in_sentence("place", idx) if p.end <= before and p["level"] == "county"]
        if not here:
            return True
        there = [p for p in self.art.in_sentence("place", lower.sent) if p.end <= lower.start and p["level"] == "county"]
        return bool(there) and there[-1]["name"] == here[-1]["name"]

    def _only(self, level: str) -> str | None:
        """The one division of that level the article names, when it names one only
        ("县委书记某某主持召开某县…": the county named after the title, once)."""
        codes = {p["code"] for p in self.art.of("place") if p["level"] == level and p.get("code") and not self._native(p)
                 and not (p.start >= 0 and filed_from(self.art.sentences[p.sent].simp, p.start, p.end))
                 and not (level in ("county", "prefecture") and away(load(), p["code"], self.art.context.get("trips", set())))}
        #          (a county or city its county's leaders went to: "县长某某率队赴甲市乙县考察")
        return next(iter(codes)) if len(codes) == 1 else None


def most_named(places: list[Span]) -> Span | None:
    """The place named at least twice and more often than any other, else None.

    >>> a, b = Span("place", 0, 0, 2, "甲村", {"name": "甲村"}), Span("place", 0, 3, 5, "乙村", {"name": "乙村"})
    >>> most_named([a, b, Span("place", 1, 0, 2, "甲村", {"name": "甲村"})])["name"], most_named([a, b])
    ('甲村', None)
    """
    counts = Counter(p["name"] for p in places).most_common(2)
    if not counts or counts[0][1] < 2 or len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    return next(p for p in places if p["name"] == counts[0][0])


def the_one(places) -> Span | None:
    """The place when the mentions name one place only (by name), else None."""
    named = {p["name"]: p for p in places}
    return next(iter(named.values())) if len(named) == 1 else None
