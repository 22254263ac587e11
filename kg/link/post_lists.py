"""Posts in a list of one body's officials: what an item takes from the item before it.

Meeting reports and notices list officials one after another, "title name、title name",
and write the body once: "某市财政局局长甲、办公室主任乙" (the bureau's 办公室),
"县委书记甲、副书记乙" (the county committee's deputy); one person's titles joined by 兼
likewise ("人大常委会副主任兼秘书长").  A mixin of the linker
(kg.link.posts.PostLinker), which gives `link`, `_places` and the article.
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.link.post_bodies import PARTY_CELLS, PORTFOLIOS, TERRITORIAL, VILLAGE_OFFICERS, bare_unit, body_heads, implied_level
from kg.link.post_heads import HEADS, same_head
from kg.places.gazetteer import load
from kg.recognize.career_profiles import ROSTER_NAMES
from kg.recognize.org_names import central, org_span
from kg.recognize.org_short_names import named_by, the_one
from kg.recognize.person_honorifics import heads_body
from kg.recognize.posts import Cue

# A team's own name: a few words, then the head of a team ("乡村振兴工作队", "驻县服务队").
TEAM = re.compile(r"([^\s，,。；;、的：:“”()（）]{2,10}(?:工作队|服务队|帮扶队|突击队))")


# The prepositions that frame a clause before a team's officer ("在…的带领下", "由…牵头"): no
# team's name opens with one.
FRAMING = "在由经据随跟与"
TEAM_TITLES = ("队长", "副队长", "队员")      # a work team's, written bare
# The words between a body and the colon of the roster of its members ("某县人大常委会组成人员：").
ROSTER_HEAD = re.compile(r"(?:组成人员|领导班子成员|领导班子|班子成员|领导成员|成员)?(?:名单)?(?:如下)?")
ROSTER_OFFICERS = ("秘书长", "副秘书长", "委员", "常委", "成员")
GROUPS = ("巡视组", "巡察组", "督察组", "督导组", "督查组", "指导组", "检查组", "考核组", "调研组", "工作组",
          "代表团", "考察团", "访问团", "慰问团", "参观团",     # (and the delegations: "考察团团长某某")
          "中心组", "领导小组", "指挥部")     # a committee's study group, a leading group, a command ("某县委理论
#                                             学习中心组…。县委书记、中心组组长某某"; "防汛抗旱指挥部…指挥部指挥长")
ORDINAL_GROUP = re.compile(r"第?[一二三四五六七八九十\d]{1,3}$")       # a group's number before its kind


def assembly_secretary(title: str, org: Span) -> bool:
    """Whether `title` is the secretary-general of the assembly `org` whose leaders the list
    named before it, written bare ("某县人大常委会主任甲，副主任乙、丙，秘书长丁": the
    standing committee's 秘书长, as its 主任会议 lists him last)."""
    return title in ("秘书长", "副秘书长") and org["name"].endswith(("人大常委会", "政协"))


class ListBodies:
    def _team(self, idx, text: str, a: int, head: int) -> Span | None:
        """A team written by its own name before its members' titles ("某某帮扶工作队队员",
        "驻县服务队副队长") is the body; a bare 工作队 is the team the sentence named last
        ("…组成的乡村振兴工作队，工作队队长某某")."""
        words = text[a:head]
        if words[:1] in FRAMING and len(words) > 1:
            a, words = a + 1, words[1:]       # "在驻村工作队队长某某的带领下": the frame's preposition, no name's
        if words in ("工作队", "驻村工作队") or not words:
            named = list(TEAM.finditer(text, 0, a))
            if named and words:
                return org_span(self.art, named[-1].group(1), None, idx)
            return self._one_team(idx) if words or text.startswith(TEAM_TITLES, a) else None
        if TEAM.fullmatch(words) and words[0] not in "省市县区乡镇村该本此这那其":    # 该公司驻工作队: no name
            return org_span(self.art, words, None, idx)
        group = next((g for g in GROUPS if words == g or words.endswith(("了" + g, "的" + g))), None)
        if group is not None:                 # "巡视组组长某某": the inspection group named last before it
            named = [o for o in named_by(self.art.of("org"), idx, (group,)) if (o.sent, o.start) < (idx, a)]
            return named[-1] if named else None      # ("会见了考察团团长某某": the verb's object, that group)
        return None

    def _one_team(self, idx: int) -> Span | None:
        """The one team an article about a village's work team has named before `idx`:
        its 队长 and 队员 written bare ("…驻村工作队的队员。…队长某某说")."""
        return the_one(named_by(self.art.of("org"), idx, ("工作队", "服务队")))

    def _sibling_body(self, post: Span, cue: Cue, org: Span | None) -> Span | None:
        """A unit written bare in a list of one body's staff belongs to that body:
        "某市财政局局长甲、办公室主任乙" (the bureau's 办公室); "某大学化学系主任甲、物理系主任乙"
        (物理系 of the university, a sibling of 化学系).  Only the item right after the
        previous one (its name, then 、) and only a unit with no place of its own."""
        title = post.text
        unit = cue.text[cue.a:cue.z - len(title)]
        if not bare_unit(unit, 10) or self._places(post.sent, cue.a, cue.z) or central(unit):
            return None                 # (a central organ, "全国人大常委会", "国家某局", is no unit of the body before)
        if org is not None and (org["name"] != unit or org.get("place") is not None):
            return None                 # the unit is a body the recognizers placed
        if _names_a_division(unit):
            return None                 # "国网某县供电公司经理": a body of its own place, not a unit of the one before
        if TEAM.fullmatch(unit):
            return None                 # a team named so is a body of its own
        before = self._list_before(post, cue)
        if before is None or before["org"] is None:
            return None
        host = self._parent_of(post.sent, before["org"]) or before["org"]     # 化学系 of 某大学: 物理系 beside it
        group = next((g for g in GROUPS if unit.endswith(g) and host["name"].endswith(g)), None)
        if group is not None and ORDINAL_GROUP.fullmatch(unit[:-len(group)]):     # "县委第一巡察组组长甲、第二巡察组
            owner = ORDINAL_GROUP.sub("", host["name"][:-len(group)])              # 组长乙": the sender's other group
            return org_span(self.art, owner + unit, host.get("place"), post.sent) if owner else None
        if host["name"].endswith(unit) or _same_kind_as(unit, host["name"]):
            return None                 # "某学院党委书记甲、某某学院院长乙": a sibling school, no unit of it
        place = host.get("place")
        if place is not None and any(host["name"] == place["name"] + c for c in PARTY_CELLS + ("工委",)):     # (工委: 党工委 short)
            return org_span(self.art, place["name"] + unit, place, post.sent)   # 某街道党工委书记甲、办事处主任乙: the place's
        if place is not None and unit in ("党工委", "工委") and place.get("level") in ("zone", "township"):
            return org_span(self.art, place["name"] + "党工委", place, post.sent)   # and the other way round: 管委会
            #                                             主任甲，党工委委员乙: the zone's working committee, no cell of 管委会
        return org_span(self.art, host["name"] + unit, host.get("place"), post.sent)

    def _parent_of(self, idx: int, unit: Span) -> Span | None:
        """The body a unit is named under, when the sentence names it too: 某大学 for
        某大学化学系; None for a body named without a parent."""
        parents = [o for o in self.art.in_sentence("org", idx)
                   if unit["name"].startswith(o["name"]) and len(o["name"]) < len(unit["name"])
                   and unit["name"][len(o["name"]):].endswith(body_heads())]
        return max(parents, key=lambda o: len(o["name"])) if parents else None

    def _same_body(self, post: Span, cue: Cue) -> tuple[Span | None, Span | None]:
        """"县委书记甲、副书记乙", "县政协主席丙、副主席丁": a bare title right after the
        item before it in a list, of the same head (书记, 主席), is a post of the same body."""
        roster = self._roster_body(post, cue)
        if roster is not None:
            return roster, roster.get("place")
        before = self._list_before(post, cue) or self._leader_before(post, cue)
        if before is not None and before["org"] is not None and (same_head(post["title"], before["title"])
                                                                  or assembly_secretary(post["title"], before["org"])):
            return before["org"], before["place"]
        head = self._head_before(post, cue)
        if head is not None and head["org"] is not None:
            return head["org"], head["place"]
        where = before["place"] if before is not None else None
        level = where["level"] if where is not None else None
        if post["title"] in PORTFOLIOS and level == "township":      # "某镇纪委书记甲、组织委员乙": the
            return self._org(post.sent, post["title"], where, [], [where]), where    # township's 党委
        if post["title"] in VILLAGE_OFFICERS and level == "village":
            return None, where                # "某村党支部书记甲、会计乙、民兵连长丙": the village's
        if before is None or before["org"] is None:
            one = self._deputy_of_the_one(post)
            return (one, one.get("place")) if one is not None else (None, None)
        host = self._cell_host(post, before) or self._party_group(post, before)
        return (host, before["place"]) if host is not None else (None, None)

    def _roster_body(self, post: Span, cue: Cue) -> Span | None:
        """The body a roster names before its colon, for the bare titles listed after it
        ("选举产生了县人大常委会组成人员：主任甲，副主任乙、丙，秘书长丁"): the body's own
        heads, deputies and secretary-general."""
        text = cue.text
        colon = max(text.rfind("：", 0, cue.a), text.rfind(":", 0, cue.a))
        if colon < 0 or re.search(r"[。；;]", text[colon:cue.a]):
            return None
        org = next((o for o in self.art.in_sentence("org", post.sent)
                    if 0 <= o.end <= colon and ROSTER_HEAD.fullmatch(text, o.end, colon)), None)
        title = post["title"]
        if org is None or not (heads_body(title, org["name"]) or title in ROSTER_OFFICERS):
            return None
        return org

    def _roster_heading(self, post: Span) -> Span | None:
        """The body of a roster set out a line to a title ("某县人大常委会组成人员名单" on a line
        of its own, then "主任：甲", "副主任：乙 丙", "委员："): the heading's body, for its
        heads' and officers' titles, over the roster's lines right before."""
        title = post["title"]
        for k in range(post.sent - 1, max(-1, post.sent - 15), -1):
            text = self.art.sentences[k].simp.strip()
            org = next((o for o in self.art.in_sentence("org", k) if o.start <= 1 and ROSTER_HEAD.fullmatch(text, o.end)
                        and o.end < len(text)), None)
            if org is not None:
                return org if heads_body(title, org["name"]) or title in ROSTER_OFFICERS else None
            if "：" not in text and ":" not in text and not ROSTER_NAMES.fullmatch(text):
                return None                   # a line that is neither the roster's nor its heading
        return None

    def _deputy_of_the_one(self, post: Span) -> Span | None:
        """A bare deputy's title ("副院长", "副局长") or a bare seat in a Party group (党组成员)
        in an article that names one body only with that head, or one such group, held by
        someone before it: that body.  A body's own meeting news names its head once, then
        its deputies and the group's members bare ("某县人民法院党组书记、院长甲主持召开党组
        会议。党组成员、副院长乙…参加")."""
        title = post["title"]
        if title.startswith("党组") and title != "党组书记":
            wanted = lambda p: p["org"]["name"].endswith("党组")         # noqa: E731
        elif title.startswith("副") and title[1:] in HEADS and title[1:] not in ("书记", "主任", "主席", "组长", "队长"):
            wanted = lambda p: p["title"] == title[1:] and heads_body(title[1:], p["org"]["name"])     # noqa: E731
        else:
            return None                   # (书记, 主任, 主席: heads of too many bodies side by side in one story)
        bodies = set()
        for other in self.art.of("post"):
            if (other.sent, other.start) >= (post.sent, post.start):
                continue
            if other.get("person") is not None and self.link(other)["org"] is not None and wanted(other):
                bodies.add(other["org"]["name"])
        named = [o for o in self.art.of("org") if o["name"] in bodies]
        return named[0] if len(bodies) == 1 and named else None

    def _party_group(self, post: Span, before: Span) -> Span | None:
        """"某县人大常委会主任甲，副主任乙、丙，党组成员丁": a bare title of a Party group
        (党组成员, 党组副书记) listed among the officials of an organ is a seat in that organ's
        党组 (not for a Party cell or a place's committee, which has none)."""
        org = before["org"]
        if not post["title"].startswith("党组") or org["name"].endswith(PARTY_CELLS + TERRITORIAL):
            return None
        return org_span(self.art, org["name"] + "党组", org.get("place"), post.sent)

    def _cell_host(self, post: Span, before: Span) -> Span | None:
        """"某县财政局党组书记甲、局长乙", "某医院党委书记甲、院长乙": a bare head's title after
        the secretary of a body's Party cell heads that body (the cell's name without 党组,
        党委); None for a title that heads no body of that kind (主任 after a 局's 党组)."""
        org = before["org"]
        cell = next((c for c in PARTY_CELLS if org["name"].endswith(c) and len(org["name"]) > len(c) + 2), None)
        host = org["name"][:-len(cell)] if cell else org["name"]
        if host == org["name"] and before["title"] == post["title"] or not heads_body(post["title"], host):
            return None
        return org_span(self.art, host, org.get("place"), post.sent) if cell else org

    def _leader_before(self, post: Span, cue: Cue) -> Span | None:
        """The post of the one whose short clause ends right before the bare title:
        "某县人大常委会主任甲主持会议，副主任乙、丙出席" (the chair's clause, then the
        deputies of the same body), no other title or name between."""
        if cue.text[cue.a - 1:cue.a] not in ("，", ","):
            return None
        for other in self.art.in_sentence("post", post.sent):
            person = other.get("person")
            between = cue.text[other.end:cue.a - 1]
            if other is post or person is None or other.end > cue.a or not between.startswith(person["name"]):
                continue
            told = between[len(person["name"]):]
            if 0 < len(told) <= 8 and not re.search(r"[，,。；;、：:]", told) \
                    and not any(other.end < p.start < cue.a for p in self.art.in_sentence("post", post.sent)):
                return self.link(other)
        return None

    def _head_before(self, post: Span, cue: Cue) -> Span | None:
        """The head whose deputy a bare 副 title opening a clause is: the last post of the
        sentence before it with that head's title, none of it between ("巡视组组长甲向某市委
        书记乙反馈情况，副组长丙宣读…": the group's deputy leader, past the secretary between)."""
        head = post["title"][1:] if post["title"].startswith("副") else ""
        if head not in HEADS or cue.text[cue.a - 1:cue.a] not in ("，", ","):
            return None
        heads = [p for p in self.art.in_sentence("post", post.sent) if p.end <= cue.a and p is not post
                 and p["title"].endswith(head) and p.get("person") is not None]
        last = max(heads, key=lambda p: p.end, default=None)
        return self.link(last) if last is not None and not last["title"].startswith("副") else None

    def _elected_with(self, post: Span, cue: Cue) -> tuple[Span | None, Span | None]:
        """A bare deputy's title elected in the clause after the head's ("甲当选为某县人大常委会
        主任，乙、丙当选为副主任", "选举甲为政协某县委员会主席，增补乙、丙为副主席"): a post of the
        same body, no other post between."""
        clause = re.search(r"[，,；;]([\u4e00-\u9fff·、]{2,40}?)(?:当选为|当选|任|为)$", cue.text[:cue.a])
        if clause is None:
            return None, None
        for other in sorted(self.art.in_sentence("post", post.sent), key=lambda p: p.end, reverse=True):
            if other is post or other.end > clause.start() or other.get("person") is None:
                continue
            between = cue.text[other.end:clause.start()]
            linked = self.link(other)
            if between.strip() or not (same_head(post["title"], other["title"]) or _assembly_secretary(post, linked)):
                return None, None
            return (linked["org"], linked["place"]) if linked["org"] is not None else (None, None)
        return None, None

    def _list_before(self, post: Span, cue: Cue) -> Span | None:
        """The post of the item before in a list of officials: its title, a name, 、."""
        for other in self.art.in_sentence("post", post.sent):
            person = other.get("person")
            if other is post or person is None or other.end > cue.a:
                continue
            if cue.text[other.end:cue.a] in (person["name"] + "、", person["name"] + "，") \
                    or _names_listed(cue.text[other.end:cue.a], person["name"], self._names(post.sent)):
                return self.link(other)
        return None

    def _names(self, idx: int) -> set[str]:
        return {p["person"]["name"] for p in self.art.in_sentence("post", idx) if p.get("person") is not None}

    @staticmethod
    def _concurrent(post: Span, cue: Cue) -> tuple[Span | None, Span | None] | None:
        """A bare title after 兼 is held in the body of the title before it, unless it names
        a level's own post: "人大常委会副主任兼秘书长" (the standing committee's secretary-
        general), not "镇党委书记兼镇长" (the township's head, not its Party committee's)."""
        prev = cue.prev
        if prev is None or cue.text[prev.end:cue.a] != "兼" or implied_level(post["title"]) or prev["org"] is None:
            return None
        return prev["org"], prev["place"]


def _names_listed(between: str, first: str, names: set[str]) -> bool:
    """Whether `between` lists names under one title, `first` first, up to the next item:
    "甲、乙、丙，" after "政协副主席" (three deputies, then the next title).

    >>> _names_listed("甲乙、丙丁，", "甲乙", {"甲乙", "丙丁"}), _names_listed("甲乙、丙丁说，", "甲乙", {"甲乙", "丙丁"})
    (True, False)
    """
    if not between.startswith(first) or between[-1:] not in ("、", "，"):
        return False
    items = between[:-1].split("、")
    return len(items) > 1 and all(item in names for item in items)


def _names_a_division(words_: str) -> bool:
    """Whether the words hold a division's full name ("国网某某县供电公司": 某某县).

    >>> _names_a_division("国网桐庐县供电公司"), _names_a_division("办公室")
    (True, False)
    """
    names = load().names
    return any(words_[i:j] in names for i in range(len(words_)) for j in range(i + 3, min(len(words_), i + 10) + 1)
               if words_[j - 1] in "省市县区旗州盟")


KINDS = (("学院", "大学", "学校"), ("公司", "集团"), ("医院",), ("研究院", "研究所"),     # a family of kinds each
         ("派出所", "大队", "支队", "中队", "警务站"))     # a police bureau's stations and squads, side by side


def _same_kind_as(unit: str, host: str) -> bool:
    """Whether a bare unit ends with the kind of body its host is ("机械工程学院" after
    "化学学院"; one firm's group after another's company): two bodies side by side, not
    one inside the other.

    >>> _same_kind_as("机械工程学院", "化学学院"), _same_kind_as("物理系", "某某大学")
    (True, False)
    >>> _same_kind_as("乙控股集团", "甲建设有限公司")
    True
    >>> _same_kind_as("交警大队", "某某派出所")       # a police station's neighbour squad, no unit of it
    True
    """
    return any(unit.endswith(family) and host.endswith(family) for family in KINDS)


def _assembly_secretary(post: Span, leader: Span) -> bool:
    """A secretary-general elected after an assembly's leaders, whose titles were written
    bare ("选举甲为政协某市委员会主席，乙为副主席，丙为秘书长"): the assembly's own (a
    political consultative conference's or a congress standing committee's, as
    kg.link.post_heads.same_head reads it after their titles written whole)."""
    org = leader.get("org")
    return post["title"] in ("秘书长", "副秘书长") and org is not None and org["name"].endswith(("政协", "人大常委会"))
