"""Organizations: bodies written as place + body type, named bodies, companies.

Official news names a body by its place and its type ("正定县财政局", "塔元庄村党支部"),
chains types ("市总工会机关党委"), and drops the place when the article makes it plain
("省委", "县委宣传部").  A bare level is resolved to the article's own province, city or
county, and only when that is certain; otherwise it is left out.  Names are normalized so
variants meet: "中共" dropped, "X县委员会" written "X县委".  Bodies of a bare level and of
the source line are read by kg.recognize.org_bare, bodies named by their suffix by
kg.recognize.org_suffixed: mixins of OrgFinder.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.recognize.datelines import DATELINE, outlet_of
from kg.recognize.org_owners import (democratic, field_bodies, formal_committees, party_centres, quoted_bodies, the_centre,
                                     the_party, youth_league)
from kg.recognize.foreign import abroad
from kg.recognize.corps_units import CORPS, corps_units
from kg.recognize.org_lists import listed_bodies
from kg.recognize.org_short_names import short_names, shortened_firms, zone_bodies
from kg.recognize.org_bare import BareReading
from kg.recognize.org_suffixed import SuffixedReading
from kg.recognize.person_identity import qian_as_written
from kg.recognize.village_bodies import bare_village_bodies
from kg.recognize.org_heads import BOUNDARY, NUMBERED_GROUP, TASK_HEADS, bank_branches, court_division_end, headed_end
from kg.recognize.org_names import (SESSION_ORDINAL, bodies_after, committee_matcher, join, matchers, named_within, normalize,
                                    bu_opens_bumen, placed_name, title_matcher, written_name)
from kg.lang.words import words
from kg.recognize.segment import boundary


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


# Verbs of study and work whose object is a school or a body: "毕业于某某大学", "考入某某学院".


class OrgFinder(SuffixedReading, BareReading):
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
        self._sources()

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


@register
class Organizations(Component):
    name = "organizations"
    requires = ("place",)
    assigns = ("org",)

    def __call__(self, art: Article) -> Article:
        OrgFinder(art).run()
        return art
