"""Organizations: bodies written as place + body type, named bodies, companies.

Official news names a body by its place and its type ("正定县财政局", "塔元庄村党支部"),
chains types ("市总工会机关党委"), and drops the place when the article makes it plain
("省委", "县委宣传部").  A bare level is resolved to the article's own province, city or
county, and only when that is certain; otherwise it is left out.  Names are normalized so
variants meet: "中共" dropped, "X县委员会" written "X县委".
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.places.gazetteer import division_span, load, other_kind
from kg.recognize.datelines import DATELINE, outlet_of
from kg.recognize.org_owners import (democratic, field_bodies, formal_committees, party_centres, quoted_bodies, the_centre,
                                     the_party, youth_league)
from kg.recognize.place_outlets import division_opening
from kg.recognize.place_scope import NATIVE_AFTER, born_in, named_division, paragraph_place
from kg.recognize.foreign import abroad
from kg.recognize.corps_units import CORPS, corps_units
from kg.recognize.org_lists import listed_bodies
from kg.recognize.org_short_names import short_names, shortened_firms, zone_bodies
from kg.recognize.org_suffixed import SuffixedReading
from kg.recognize.person_identity import qian_as_written
from kg.recognize.village_bodies import bare_village_bodies
from kg.recognize.bare_cities import city_of_the_chain, county_city, listed_after_city, own_county_city
from kg.recognize.org_heads import BOUNDARY, NUMBERED_GROUP, TASK_HEADS, bank_branches, court_division_end, headed_end
from kg.recognize.org_names import (SESSION_ORDINAL, bodies_after, committee_matcher, join, matchers, named_within, normalize,
                                    bu_opens_bumen, placed_name, title_matcher, written_name)
from kg.lang.words import words
from kg.recognize.segment import boundary


LEVEL_BODY = re.compile(r"(?<![全各每城省市县区乡镇村两治民])(自治区|省直|省|市直|市|县|区|州|(?<![\u4e00-\u9fff])[旗盟])(?=[\u4e00-\u9fff])")
# The bodies of a zone (a development zone's or a functional area's Party working committee and
# administrative committee), which a district of the state's divisions does not have.
ZONE_BODIES = ("党工委", "管委会", "工委")
PAIRED = re.compile(r"(党?委)([省市县区镇乡旗州]?)((?:人民)?政府)")     # the committee and the government
# (Chongqing's city bodies send theirs as a group, 扶贫集团 / 帮扶集团: "某市委办公厅扶贫集团驻某乡工作队")
STATIONED = re.compile(r"(?:扶贫集团|帮扶集团)?驻[\u4e00-\u9fff]{1,16}?(?:帮扶工作队|扶贫工作队|驻村工作队|乡村振兴工作队|工作队|工作团|工作组|服务队|纪检监察组|纪检组)")
# Bodies named by a code: an army unit by its number (番号, "中国人民解放军81023部队") and a
# state factory of the Third Front by its own ("国营5326厂"), as older cadres' résumés list them.
CODED_UNITS = re.compile(r"(?:中国人民解放军|解放军)\d{3,5}部队|国营\d{3,4}厂")
# The central state builders' numbered bureaus, as local news names them at a project's
# signing ("中建三局", "中铁十八局", "中交一公局", "中交二航局", "中国水电八局"): firms whose
# names hold no firm's head word, a closed class of the SASAC's construction groups.
STATE_BUREAUS = re.compile(r"(?:中建|中铁建|中铁|中交|中国水电|中水|中电建|中核|中冶)[一二三四五六七八九十]{1,3}[公航]?局"
                           r"(?:集团有限公司|集团|有限公司)?")
# The numbered groups the Party centre and the State Council send out, named by their sender,
# their number and their task ("中央第四巡视组", "中央第二生态环境保护督察组", "国务院第五督查组"):
# bodies wherever they are named, not only before their heads' titles.
SENT_GROUPS = re.compile(r"(?:中央|国务院)第[一二三四五六七八九十]{1,3}(?:生态环境保护|安全生产|扫黑除恶|[\u4e00-\u9fff]{0,2}?)"
                         r"(?:巡视组|督察组|督查组|督导组|指导组|巡察组)")
# A firm or a school after a place's name, up to the 驻 of the team it sends: the place is part
# of its own name as written (a factory of "某安" is no "某安县" factory).
FIRM_HEAD = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:厂|公司|集团|中学|小学)(?:驻|$)")
# A newspaper or magazine named in title marks is its publisher: 《某某日报》, 《某某周刊》.
# A school's or a firm's own name running on after a named body it opens with ("中国石油
# 大学"; a central enterprise's "中国移动通信集团某省有限公司", "中国建筑第五工程局有限公司"): the
# named body yields to the suffixed reading of the whole name.
SCHOOL_SUFFIXES = ("大学", "学院", "学校", "研究院", "研究所", "科学院")
RUNS_ON = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:有限公司|公司|集团|大学|学院|学校|研究院|研究所|科学院)")
PERIODICAL = re.compile(r"《([\u4e00-\u9fff]{2,12}(?:日报|晚报|早报|报|周刊|杂志|画报))》")
COUNTED_PLACES = re.compile(r"[两二三四五六七八九十几各]个?[省市县区乡镇村]")
# A task body a place sets up, the verb of founding between them: "某县成立森林防灭火指挥部",
# "某镇组建了乡村振兴工作领导小组" — the place's body, named after the verb.
FOUNDED = re.compile(r"(?:成立|组建|设立)了?")
LEVEL_WORDS = {"省": "province", "市": "prefecture", "县": "county", "区": "county", "自": "province",
               "旗": "county", "盟": "prefecture", "州": "prefecture"}      # a banner is a county, a league
#                                                                                (and an autonomous 州) a prefecture


# Verbs of study and work whose object is a school or a body: "毕业于某某大学", "考入某某学院".
# Words before a bare level that make it every place of that level, not the article's own:
# "各省辖市审计局局长", "各县直单位", "全省各地级市…" (quantifiers and the level's class names).
EVERY_LEVEL = ("各", "每个", "所有", "省辖", "地级", "县级", "所辖", "下辖")


class OrgFinder(SuffixedReading):
    def __init__(self, art: Article):
        self.art = art
        self.teams: dict[str, tuple] = {}    # a body -> the team it sent (name, place), as first named in full

    def run(self) -> None:
        for sent in self.art.sentences:
            places = list(self.art.in_sentence("place", sent.index))
            found = self.sentence(sent.index, sent.simp, places)
            self.art.of("org").extend(o for o in found if not (o.start >= 0 and abroad(sent.simp, o.start))
                                      and not ends_inside_place(o, places)
                                      and not (o.start >= 0 and SITE_AFTER.match(sent.simp, o.end)))
            #                          ("会见了老挝人民革命党中央委员": no 中共中央; kg.recognize.foreign)
        if self.art.title:
            shortened_firms(self.art, 0, [o for o in self.art.of("org") if o.sent == 0], headline=True)
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

    def sentence(self, idx: int, text: str, places: list[Span]) -> list[Span]:
        found = self._placed(idx, text, places) + self._bare(idx, text, places)
        found += listed_bodies(idx, text, found, self._org)
        found += [self._org(w, None, idx, s, e) for s, e, w in matchers()[1].finditer(text)
                  if not bu_opens_bumen(w, text, e)           # (not 住建部门: a place's departments)
                  and not (text.startswith(SCHOOL_SUFFIXES, e) or w in words("central_enterprises") and RUNS_ON.match(text, e))
                  #        (not 中国石油 of 中国石油大学, a school's name; a firm's full name that opens with its brand)
                  and not any(p.start <= s and e < p.end for p in places)]    # (not 新华社 of a 新华社区)
        found += self._suffixed(idx, text, places, found)
        headed = self._headed(idx, text, places, found)
        found += headed + listed_bodies(idx, text, headed, self._org)      # "某委综合科、规划科"
        found += self._stationed(idx, text, found, places)
        found += self._committees(idx, text, found)
        found += [self._org(m.group(0), None, idx, m.start(), m.end()) for r in (CODED_UNITS, STATE_BUREAUS)
                  for m in r.finditer(text) if not any(o.start <= m.start() and m.end() <= o.end for o in found)]
        found += self._corps_units(idx, text, found)
        found = self._sent_groups(idx, text, found)
        found += [self._org(m.group(1), None, idx, m.start(1), m.end(1)) for m in PERIODICAL.finditer(text)
                  if not any(o.start == m.start(1) and o.end == m.end(1) for o in found)]
        found += self._outlets(idx, text, found)
        make = lambda name, place, s, e: self._org(name, place, idx, s, e)     # noqa: E731
        branches = bank_branches(text, places, make)          # (over the bank and the place's 支行 read alone)
        found += quoted_bodies(text, found, make)
        found += party_centres(text, found, make)
        found += the_centre(text, found, make) + the_party(text, found, places, make)
        shortened_firms(self.art, idx, found)
        found += short_names(self.art, idx, text, found, make) + zone_bodies(self.art, idx, text, found, make)
        found += bare_village_bodies(self.art, idx, text, found, make)
        for inner, wider in [(o, named_within(o, found)) for o in found]:
            if wider is not None and inner in found:
                found.remove(inner)
                wider["place"] = wider["place"] or inner["place"]     # the longer name, the shorter one's place
        found = [o for o in found if not any(b.start <= o.start and o.end <= b.end for b in branches)] + branches
        found += formal_committees(text, places, found, make)      # (drops what it reads over from `found`)
        found = field_bodies(text, found, make)
        return youth_league(text, democratic(text, found)) + self._cells(idx, text, found)

    def _corps_units(self, idx: int, text: str, found: list[Span]) -> list[Span]:
        """The Corps' divisions and regiments (kg.recognize.corps_units), where no body read
        before covers them."""
        before = [o["name"] for o in self.art.of("org") if o["name"].startswith(CORPS)]
        units = corps_units(text, [n for n in before if n.endswith("师")], bool(before))
        return [self._org(name, None, idx, s, e) for s, e, name in units
                if not any(o.start <= s and e <= o.end and o["name"] != CORPS for o in found if o.start >= 0)]

    def _sent_groups(self, idx: int, text: str, found: list[Span]) -> list[Span]:
        """`found` with the groups the centre sends out (SENT_GROUPS), their sender inside
        the name no body of its own there ("国务院第五督查组": one body)."""
        for m in SENT_GROUPS.finditer(text):
            found = [o for o in found if not (m.start() <= o.start and o.end <= m.end())]
            found.append(self._org(m.group(0), None, idx, m.start(), m.end()))
        return found

    def _cells(self, idx: int, text: str, found: list[Span]) -> list[Span]:
        """"某大学党委书记", "某集团公司党组": the Party cell of a body named right before it
        is a body of its own (a territorial committee has none: 某县委党委 is no name)."""
        out = []
        for org in found:
            cell = next((c for c in ("机关党委", "党委", "党组", "党总支", "党支部") if text.startswith(c, org.end)), None)
            if cell and org.start >= 0 and not org["name"].endswith(("委", "党组", "党支部", "党总支", "政府", "人大", "政协")):
                out.append(self._org(org["name"] + cell, org["place"], idx, org.start, org.end + len(cell)))
        return out

    def _outlets(self, idx, text, found) -> list[Span]:
        """The outlet that opens a dateline ("某某在线5月3日讯 (", "某某晚报讯(") is a body."""
        out = []
        for m in DATELINE.finditer(text):
            outlet = outlet_of(text, m)
            if outlet and outlet.startswith("本"):
                continue                       # 本报讯: the publisher, read from the page's source
            s = text.rfind(outlet, 0, m.end()) if outlet else -1
            if s >= 0 and not any(o.start <= s < o.end for o in found):
                out.append(self._org(outlet, None, idx, s, s + len(outlet)))
        return out

    def _committees(self, idx, text, found) -> list[Span]:
        """An assembly's committee after its name: "某省人大常委会" + 预算工作委员会 is a body
        of its own (kg/data/assembly_committees.txt)."""
        out, known = [], {(o.start, o.end) for o in found}
        for o in [o for o in found if o.start >= 0 and o["name"].endswith(("人大", "人大常委会", "政协"))]:
            word = committee_matcher().match_at(text, o.end)
            if word and (o.start, o.end + len(word)) not in known:
                known.add((o.start, o.end + len(word)))
                out.append(self._org(o["name"] + word, o.get("place"), idx, o.start, o.end + len(word)))
        return out

    def _stationed(self, idx, text, found, places) -> list[Span]:
        """A team a body sends to a place: "某县财政局" + 驻 + 某镇某村 + 帮扶工作队 is one body
        of its own, named whole (what the team's 队长 and 队员 hold posts in); so is a
        division's own ("某区驻村工作组")."""
        out = []
        senders = [(o.start, o.end, o["name"], o.get("place")) for o in found if o.start >= 0]
        senders += [(a.start, o.end, a["name"] + o["name"], o.get("place")) for a in found for o in found
                    if a.start >= 0 and a.end == o.start]         # "中央纪委国家监委驻某集团纪检监察组": both send it
        senders += [(p.start, p.end, p["name"], p) for p in places if p["level"] in ("prefecture", "county", "township")]
        for start, end, sender, place in senders:
            m = STATIONED.match(text, end)
            if m and (m.end() >= len(text) or text[m.end()] in BOUNDARY or title_matcher().match_at(text, m.end())
                      or boundary(text, m.end() - 3, m.end() + 2, m.end())):     # "…工作队|始终坚持" (not 工作队员)
                name = sender + m.group(0)
                posted = [p for p in self.art.in_sentence("place", idx) if m.start() < p.start < m.end()]
                if posted:
                    place = posted[-1]                    # the team's place is where it is stationed
                if m.group(0).startswith("驻村"):         # "某局驻村工作队" after "某局驻某村工作队": that team
                    name, place = self.teams.get(sender, (name, place))
                else:
                    self.teams.setdefault(sender, (name, place))
                out.append(self._org(name, place, idx, start, m.end()))
        return out + self._inspectors_unsent(idx, text, found, {o.start for o in out})

    def _inspectors_unsent(self, idx, text, found, taken: set) -> list[Span]:
        """A discipline commission's group stationed in a body, its sender unsaid ("驻县财政局
        纪检监察组组长某某": the county's commission sends it): named by the body it sits in,
        as written with that body's full name, and placed where that body is.  Not the body
        itself, which the group's head would otherwise be tied to."""
        out = []
        for m in STATIONED.finditer(text):
            if m.start() in taken or not m.group(0).endswith(("纪检监察组", "纪检组")) \
                    or any(o.start < m.start() <= o.end for o in found if o.start >= 0):
                continue                      # (a sender written before it: read above)
            host = next((o for o in found if o.start == m.start() + 1 and o.end < m.end()), None)
            if host is not None:
                name = "驻" + host["name"] + text[host.end:m.end()]
                out.append(self._org(name, host.get("place"), idx, m.start(), m.end()))
        return out

    def _headed(self, idx, text, places, found) -> list[Span]:
        """A body named by what it is under and the head of its kind: a place or a parent
        body, a short name, and a head of the closed class ("某省" + 统计局 + 贸易处, "某大学"
        + 化学系, "某县卫计局驻某村" + 帮扶工作队).  The name ends where a title, a
        separator or the end of the clause follows; its words must be a name, not a clause."""
        anchors = [(p.end, written_name(p), p, True) for p in places if p["level"] != "other"]     # (孟津县…: as of then)
        anchors += [(o.end, o["name"], o.get("place"), False) for o in found if o.start >= 0
                    and not NUMBERED_GROUP.search(o["name"])]    # "省委第八巡视组": a whole body, no parent of what follows
        anchors += [(m.end(), "中央", None, False) for m in re.finditer("中央", text)      # 中央财经领导小组办公室, also after 任/兼
                    if not text[m.start() - 1:m.start()] or text[m.start() - 1] in BOUNDARY or text[m.start() - 1] in "党任兼"]
        known = {(o.start, o.end) for o in found}
        out = []
        starts = {p.start for p in places} | {o.start for o in found}
        for end, name, place, is_place in anchors:
            if COUNTED_PLACES.match(text, end):
                continue                                 # "甲、乙两县县委": the committees of both, not one body
            founded = FOUNDED.match(text, end) if is_place else None
            if founded:
                z = headed_end(text, founded.end())
                if z is not None and text[founded.end():z].endswith(TASK_HEADS) and (founded.end(), z) not in known:
                    start = next((p.start for p in places if p.end == end), end)
                    out.append(self._org(join(name, text[founded.end():z]), place, idx, start, z))
                    known.add((founded.end(), z))
                continue
            z = headed_end(text, end, unit=not is_place)
            z = (court_division_end(text, end) or z) if name.endswith("法院") else z      # 某县法院立案庭
            if z is None or any(end <= a < z for a in starts) or any(end < e < z for e, *_ in anchors):
                continue                                 # a place or body of its own inside: read from there
            start = next((a for a, e2, *_ in [(p.start, p.end) for p in places] if e2 == end), end)
            start = next((o.start for o in found if o.end == end and o.start >= 0), start)
            start = end - len(name) if place is None and name == "中央" else start
            if (start, z) in known:
                continue
            full = join(name, text[end:z]) if is_place else name + text[end:z]
            if is_place and FIRM_HEAD.match(text, end, z):
                full = text[start:z]             # "某安卷烟厂驻村工作队": a firm keeps its name as written
            out.append(self._org(full, place, idx, start, z))
            known.add((start, z))
        return out

    def _placed(self, idx, text, places) -> list[Span]:
        out = []
        for p in places:
            if p["level"] == "other":
                continue
            session = SESSION_ORDINAL.match(text, p.end)
            gap = session.end() - p.end if session else 0      # "某市第八届人民代表大会"
            for body in bodies_after(text, p.end, village=p["level"] == "village"):
                out.append(self._org(placed_name(p, body), p, idx, p.start, p.end + gap * (not text.startswith(body, p.end)) + len(body)))
            if p["level"] == "county" and text.startswith(p["name"][-1] + "委", p.end):
                for body in bodies_after(text, p.end + 1):   # "中共某县县委巡察办": the level written again before
                    body = p["name"][-1] + body                # its committee, as a county of one character does
                    out.append(self._org(placed_name(p, body), p, idx, p.start, p.end + len(body)))
            pair = PAIRED.match(text, p.end)
            if pair and pair.group(2) in ("", p["name"][-1]):      # "某县委县政府", "某镇党委(镇)政府": both bodies
                gov = self._org(p["name"] + "政府", p, idx, pair.start(2) if pair.group(2) else pair.start(3), pair.end())
                if not pair.group(2):
                    gov["written"] = gov["name"]      # "某镇党委政府": no label 政府 of its own
                out.append(gov)
        return out

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

    def _org(self, name, place, idx, s, e) -> Span:
        name = normalize(name)
        sent = self.art.sentences[idx] if 0 <= idx else None
        if sent is not None and 0 <= s < e and sent.simp[s:e] == name and len(sent.text) == len(sent.simp):
            name = qian_as_written(name, sent.text[s:e])          # the words as the text wrote them: 乾程, not 干程
        return Span("org", idx, s, e, name, {"name": name, "place": place})


def ends_inside_place(org: Span, places: list[Span]) -> bool:
    """Whether a body's kind ends inside a place named after it: "某区学院路街道" is the
    district's subdistrict named after its road, no 学院 (college) of the district.

    >>> place = Span("place", 0, 3, 8, "学院路街道", {"name": "学院路街道"})
    >>> ends_inside_place(Span("org", 0, 0, 5, "某某区学院", {}), [place]), ends_inside_place(Span("org", 0, 0, 3, "某某区", {}), [place])
    (True, False)
    """
    return org.start >= 0 and any(org.start < p.start < org.end < p.end for p in places if p.start >= 0)


# A site named after a body, as its reports' opening credit or a source writes it ("某市人大网讯",
# "来源：某县政府网"): the outlet's brand, not the body (网信办, 网格 are no sites; "某委网站", the
# body's own website, names the body).
SITE_AFTER = re.compile(r"网(?:讯|消息|报道|记者|[\s:：，,）)]|$)")
# A prefecture's (地区's) own committee and administrative office: no bare level's but its own.
PREFECTURE_BODIES = ("地委", "行署")
# The media every county has since the 2018 reform, named by their kind alone in a source line.
COUNTY_MEDIA = ("融媒体中心", "新闻中心", "广播电视台", "融媒体")


@register
class Organizations(Component):
    name = "organizations"
    requires = ("place",)
    assigns = ("org",)

    def __call__(self, art: Article) -> Article:
        OrgFinder(art).run()
        return art
