"""Linking posts: each post's body and place, read once every recognizer has run.

The recognizers leave a post with its title and a cue (kg.recognize.posts.Cue): the
words before the title and the post before it in the same chain.  Here, over the whole
article, the body and place come from, in this order: the title's own head ("乡党委书记"
→ the township's 党委), what is written right before the title ("某县财政局局长"), the
chain's previous post ("县委副书记、县长": the county again), the place in focus (the
nearest place of the level the title implies, in the sentence, then the paragraph), and
the article's own places (its dateline and outlet).  A journalist's post is tied to the
outlet.  Then the same post given twice to a person (an introduction and a résumé
line) becomes one, with the dates of both, and of a place's two leaders' posts held by
one person the earlier one ends (kg.link.post_tenures).

    "甲县县委副书记、县长某某" → 县委副书记 of 甲县委 at 甲县; 县长 at 甲县
    "某报记者某某"             → 记者 of 某报

Switched off (`kg build --exclude post_links`), posts keep their titles and have no
body or place.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.link.career_bodies import career_body
from kg.link.post_words import (ANY_OF_LEVEL, TOWNSHIP_WORDS, anaphoric_body, candidacies, level_word, own_start, same_kind,
                                 unread_place)
from kg.link.post_bodies import (NATIONAL_BODIES, bare_unit, committee_officer, committee_title, department_of, deputy_of,
                                 discipline_of, host_of, implied_level, national_body, organ_officer, press_body, rank)
from kg.link.post_heads import committee_of_the_head_after, convening_body, enterprise_of, organ_headed
from kg.link.post_lists import ListBodies
from kg.link.post_organs import OrganBodies
from kg.link.post_places import BarePostPlaces
from kg.link.post_title_bodies import TitleBodies
from kg.link.post_merge import merge_same
from kg.link.org_full_names import full_names
from kg.link.post_arrivals import date_arrivals, end_served_terms
from kg.link.post_formal import formal_committee, ministry, short_title
from kg.link.post_tenures import (drop_starts_after_end, earlier_holders, end_deputy_on_promotion, end_earlier_leader,
                                   end_old_secondments, held_together)
from kg.link.task_bodies import task_body
from kg.link.team_places import StationedTeams, teams_at_their_village
from kg.places.gazetteer import other_kind
from kg.recognize.org_names import LEVEL_COMMITTEES, org_span, party_committee, written_name
from kg.recognize.org_short_names import own_institution
from kg.recognize.foreign import foreign
from kg.link.post_alternates import alternate_posts
from kg.recognize.post_chains import merged_bracket
from kg.recognize.person_honorifics import heads_body
from kg.recognize.posts import Cue

STATIONED_TEAM = re.compile(r"驻.*(?:队|组)$")
TEAM_HEAD = re.compile(r"(?:驻村|帮扶|扶贫)?(?:工作队|服务队)")
# Words opening an item before its own: "原某市委书记、现任省政协副主席" (现任), "原县人大常委会主任"
# (原, then the level).
# The prepositions of meeting someone, before a bare title ("与院长某某交流", "同厂长某某座谈").
WITH = ("与", "和", "同", "跟", "向")
ITEM_LEAD = re.compile(r"^(?:现任|现为|新任|现|(?:原任|原|前任)(?=[省市县区旗州盟乡镇]))")
# A level written as a rank ("县级", "正处级政府"): a notice's proposed post names no place by it.
RANK_ONLY = re.compile(r"[正副]?[省市县区乡镇处科厅局]级(?:党委|政府|人大常委会|人大|政协|党政)?")
# A post's grade written between its body and its title ("某纪委副处长级纪检监察员", "某局正科级干事").
RANK_BEFORE_TITLE = re.compile(r"[正副](?:处长|科长|局长|厅长|县|处|科|厅|局)级$")
TERM_BEFORE_TITLE = re.compile(r"第?[一二三四五六七八九十]{1,3}届$")
# A term of office before the level word of the title's body, as elections write it: "大会选举
# 甲、乙为新一届镇党委委员", "当选本届县委常委的有：": the words up to the term are the verb's.
TERM_BEFORE_LEVEL = re.compile(r"[^，,。；;：:]*?(?:新一|本|上一?|下一?|第[一二三四五六七八九十]{1,3})届(?=[省市县区旗州盟乡镇街村])")
# A village's own economic bodies, named bare after the village: "村集体经济合作社理事长",
# "村股份经济合作社社长", "村合作社理事长" (the village's collective, as its committee is).
VILLAGE_ECONOMY = ("村集体", "村股份", "村经济", "村合作")
# A village's own unit closing an item the chain did not cut ("…发包给村监会委员"): 村委, 村支部…
VILLAGE_UNIT = re.compile(r"(?<![\u4e00-\u9fff]{2}[镇乡县市区])村(?:党|委|两委|支|监|妇)[\u4e00-\u9fff]{0,3}$")   # (村妇联)
LEVEL_WORDS = {"自": "province", "省": "province", "市": "prefecture", "县": "county", "区": "county",
               "旗": "county", "盟": "prefecture", "州": "prefecture", "地": "prefecture"}


class PostLinker(ListBodies, BarePostPlaces, OrganBodies, StationedTeams, TitleBodies):
    def __init__(self, art: Article):
        self.art = art
        self.done: set[int] = set()
        self.base: dict[int, Span | None] = {}     # a career chain's body written last, by post

    def link(self, post: Span) -> Span:
        """Set the post's org, place, committee title and rank (once; the post before it
        in its chain first)."""
        if id(post) in self.done:
            return post
        self.done.add(id(post))
        cue: Cue | None = post.get("cue")
        org = place = None
        if cue is not None and cue.prev is not None:
            self.link(cue.prev)
        if foreign(post):             # a foreign guest's posts: no body or place of ours (kg.recognize.foreign)
            self._record(post, None, None)
            return post
        if cue is None:               # "某某总书记": the title alone, a national body's when it names one
            org = national_body(self.art, post["title"], post.sent)
        elif cue.how == "press":
            org = press_body(self.art, post.sent, cue.outlet)
        elif cue.how == "clause":
            org, place = self._clause(post.sent, cue, post["title"])
        else:
            prev = cue.prev
            if cue.how == "career" and prev is not None and prev["place"] is not None:
                level = implied_level(post["title"])
                if level and prev["place"]["level"] != level and not same_kind(post["title"], prev["place"]["name"]):
                    prev = None          # "某市委书记，省委副书记": the province's, not the city's
            org, place = self._segment(post.sent, cue.text, cue.a, cue.z, post["title"], prev)
            if org is None and cue.how == "career":
                org = enterprise_of(self.art, post)       # "成立某某合作社，任理事长"
                place = place or (org.get("place") if org is not None else None) or self._founders_village(post, org)
            sibling = self._sibling_body(post, cue, org) if cue.how == "segment" else None
            if sibling is not None:
                org, place = sibling, place or sibling.get("place")
            elif org is None and cue.how == "segment" and cue.a == cue.z - len(post.text):
                concurrent = self._concurrent(post, cue)
                owner = self._body_of_de(post, cue) if place is None else None    # "某区发改局的副局长某某"
                if concurrent is not None:
                    org, place = concurrent
                elif owner is not None:
                    org, place = owner, owner.get("place")
                elif place is None:
                    org, place = self._same_body(post, cue)
                if org is None:                       # "在某合作社…现场，理事长某某说"
                    org = enterprise_of(self.art, post) or convening_body(self.art, post)
                    place = place or (org.get("place") if org is not None else None)     # ("某局召开会议。局长某某…")
            elif org is None and place is None and cue.how == "segment" and cue.text[cue.a:cue.z - len(post.text)] in WITH:
                org = enterprise_of(self.art, post)   # "到某医院，与院长某某交流": the one met there
                place = org.get("place") if org is not None else None
            if org is None and place is None and cue.how in ("segment", "career"):
                place = self._frame(post.sent, cue.a)     # "在某某村，合作社理事长某某…"
            if org is None and place is None and cue.how == "career" and cue.a == cue.z - len(post.text):
                org, place = self._elected_with(post, cue)    # "…当选为某局局长，乙当选为副局长"
            if org is None and place is None and cue.a == cue.z - len(post.text) and not cue.text[:cue.a].strip():
                org = self._roster_heading(post)      # "某县人大常委会组成人员名单" over "主任：甲" lines
                place = org.get("place") if org is not None else None
        if org is None and place is None:
            org = task_body(self.art, post)       # "成立某某指挥部，由县长某某任指挥长": the body just set up
            place = org.get("place") if org is not None else None
        if post.get("proposed") and cue is not None and RANK_ONLY.fullmatch(cue.text[cue.a:cue.z - len(post["title"])]) \
                or post["title"].startswith("乡镇") or any(c in post["title"] for c in "（("):
            org = place = None            # "拟任县级党委书记", "拟任乡镇长": a rank or a class, the place not yet
            #                               told; "县（市）长": the heads of several, no one place
        self._record(post, org, place)
        if cue is not None and cue.how == "career":
            base = self.base.get(id(cue.prev)) if cue.prev is not None else None
            self.base[id(post)] = career_body(self.art, post, cue, prev, base)
        elif cue is not None and cue.how == "clause" and org is not None:
            self.base[id(post)] = org     # "在某局任技术员、副局长": where the clause says serves the titles after
        return post

    def _body_of_de(self, post: Span, cue: Cue) -> Span | None:
        """The body written right before 的 and the title alone after it, where the title
        heads such a body: "来自某区发改局的副局长某某", "县医院的院长某某"."""
        if cue.text[cue.a - 1:cue.a] != "的":
            return None
        return next((o for o in self._orgs(post.sent, 0, cue.a - 1) if o.end == cue.a - 1
                     and heads_body(post["title"], o["name"])), None)

    def _founders_village(self, post: Span, org: Span | None) -> Span | None:
        """The one village whose post the person holds, for a cooperative with no place of
        its own that the person founded and heads: "某村党支部书记某某…组建某某合作社，任理事长"."""
        if org is None or not org["name"].endswith("合作社"):
            return None
        villages = {p["place"]["name"]: p["place"] for p in self.art.of("post") if p is not post
                    and p.get("person") is post.get("person") and self.link(p)["place"] is not None
                    and p["place"]["level"] == "village"}
        return next(iter(villages.values())) if len(villages) == 1 else None

    def _record(self, post: Span, org: Span | None, place: Span | None) -> None:
        if place is not None and place["name"] == "中国":
            place = None                  # "中国某某大学教授": the country is no post's locality
        title = committee_title(short_title(post["title"]), org)
        level = place["level"] if place is not None else None
        name = written_name(place) if place is not None else None
        leading = org is None or (name and org["name"] in (party_committee(name), name + "政府", name + "人民政府"))
        own_office = org is not None and org["name"].endswith(("局", "厅")) and title.endswith(("局长", "厅长"))
        post["title"], post["org"], post["place"] = title, org, place
        post["rank"] = rank(title, level) if (leading or own_office) else None

    # -- one item of a chain ---------------------------------------------------------
    def _places(self, idx, a, z) -> list[Span]:
        return [p for p in self.art.in_sentence("place", idx) if a <= p.start < z and p["level"] != "other"]

    def _orgs(self, idx, a, z) -> list[Span]:
        return [o for o in self.art.in_sentence("org", idx) if a <= o.start and o.end <= z]

    def _segment(self, idx, text, a, z, title, prev) -> tuple[Span | None, Span | None]:
        """Body and place of the item [a, z) that ends with `title`, after the post `prev`
        of the same chain (whose place it inherits when it names none)."""
        head = z - len(title)
        head -= 1 if text[head - 1:head] in ("原", "前") and head - 1 > a else 0     # "宣传部原部长": the body's words end before 原
        grade = RANK_BEFORE_TITLE.search(text, a, head) or TERM_BEFORE_TITLE.search(text, a, head)
        head = grade.start() if grade and grade.start() > a else head     # "州纪委副处长级纪检监察员": the grade, no body's
        #                                                                   word; "县十八届人大常委会主任": the term
        a = own_start(self.art, idx, text, a, head)
        term = TERM_BEFORE_LEVEL.match(text, a, head)
        if term and not self._places(idx, a, term.end()) and not self._orgs(idx, a, term.end()):
            a = term.end()                # "为新一届镇党委委员": the term's words name no body
        a += next((len(w) for w in ("兼任", "兼") if text.startswith(w, a) and a + len(w) < head), 0)   # "，兼镇人大主席"
        if text[a - 1:a] in ("”", "\""):       # "某市委“两新”组织工委书记": the item began at the body's quote
            a = min((o.start for o in self.art.in_sentence("org", idx) if 0 <= o.start < a < o.end <= z),
                    default=a)
        if text[a:head].endswith("全国") and title.startswith(("政协", "人大")):     # "全国政协副主席"
            return org_span(self.art, "全国" + ("政协" if title.startswith("政协") else "人大"), None, idx), None
        anaphor = anaphoric_body(self.art, idx, text[a:head], a)
        if anaphor is not None:                # "该院执行局局长", "该局党组书记": the body of that kind named before
            return self._organ_cell(idx, anaphor, title), anaphor.get("place")
        places = self._places(idx, a, head + 1)
        orgs = self._orgs(idx, a, head)
        merged = merged_bracket(text, head)        # "某党校（某行政学院）副校（院）长": the school's head
        orgs = [o for o in orgs if not (merged and merged[0] < o.start < merged[1])] if merged else orgs
        inherited = prev["place"] if prev is not None else None
        level = implied_level(title) or (implied_level(text[a:head]) if text[a:head] in LEVEL_COMMITTEES + ("地委",) else None)
        #                                                              ("地委委员": the 地委 before 委员 says its level)
        if inherited is not None and level and (inherited["level"] != level and not same_kind(title, inherited["name"])
                                                or other_kind(title, inherited["name"])):
            inherited = None              # "省委常委、市委书记": the city's post, not the province's; "某区派驻的
            #                               干部、县委常委": the county's, not the district's
        place = places[-1] if places else inherited
        if not places and title.endswith("第一书记") and (village := self._nearest(idx, a, "village")) is not None:
            place = village               # "在某村，某局驻村工作队队长、第一书记某某": the village's, not the bureau's
        written_level = level_word(ITEM_LEAD.sub("", text[a:head]))
        if not places and written_level in TOWNSHIP_WORDS:          # "镇人大主席", "街道党工委书记"
            place = self._township_of_kind(idx, a, written_level)
        elif not places and written_level:              # "省人大常委会主任", "市公安局局长": the article's own
            wanted = LEVEL_WORDS[written_level[0]]      # (never a place of another level the chain named)
            city = _city_before(inherited, written_level)
            place = self._own_city(written_level, idx, a) or (self._listed_city(idx, text, a) if written_level[0] == "市" else None) \
                or city or self._nearest(idx, a, wanted, written_level) \
                or (place if place is not None and place["level"] == wanted and not other_kind(written_level, place["name"])
                    else None)          # ("某区挂职干部、县农业农村局副局长": a 县's bureau, no district's)
            if city is not None and place is city:       # the item's bare body read as the prefecture's: the city's
                orgs = [o for o in orgs if o.get("place") is None or o["place"]["name"] == city["name"]]
        unread = place is None and (unread_place(ITEM_LEAD.sub("", text[a:head]), title) or bool(ANY_OF_LEVEL.search(text, a, head)))
        #                                   ("城关镇党委书记": a town the tables do not place is no other town)
        if place is None and not unread and (text[a:head].endswith(("村", "社区"))
                                             or text[a:head].startswith(("村党", "村委", "村两委", "村支", "村监", "社区党", "村妇")
                                                                          + VILLAGE_ECONOMY)
                                             or VILLAGE_UNIT.search(text, a, head) or text[a:head] in ("驻村", "驻村工作队", "工作队")):
            place = self._nearest(idx, a, "village")       # "在某村，村党支部第一书记某某", "…社区，社区党委书记": that village
            #                                                 ("某村里，驻村工作队长某某": the team serves there)
            if place is not None and "社区" in text[a:head] and place["name"].endswith("村"):
                place = None            # a community's committee is no village's ("社区党委书记" and the one 某某村 named)
        if place is None and not unread:
            place = self._own_city("市" if "市" in title else None, idx, a) \
                or (self._framed_city(idx, a) if "市" in title[:2] else None) or self._own_prefecture(idx, a, title) \
                or (self._listed_city(idx, text, a) if "市" in title[:2] else None) or self._nearest(idx, a, level, title)
        cell = self._cell_in_title(idx, a, head, title)
        place = place or (cell.get("place") if cell is not None else None)      # "，区党工委书记": the zone's cell
        org = cell or formal_committee(self.art, idx, text, head, places) \
            or self._org(idx, title, place, orgs, places, text[a:head]) or ministry(self.art, idx, text[a:head], title)
        organ_discipline = self._organ_discipline(idx, title, prev) if a == head and not orgs else None
        org, place = (organ_discipline, organ_discipline.get("place")) if organ_discipline is not None else (org, place)
        if org is not None and org in orgs and TEAM_HEAD.fullmatch(text[org.end:head]):
            org = org_span(self.art, org["name"] + text[org.end:head], org.get("place"), idx)   # 某县委工作队队员
        if org is not None and STATIONED_TEAM.search(org["name"]) and org.get("place") is not None:
            place = org["place"]            # a stationed team's member serves where the team is
        if org is None and not places and prev is not None and prev["org"] is not None and (inherited or not level):
            host = host_of(self.art, prev["org"])
            org = self._unit_of(idx, prev["org"], text[a:head]) \
                or (discipline_of(self.art, idx, host, title) if a == head else None) or host \
                or department_of(self.art, idx, title, prev["org"]) or self._cell_after(idx, prev["org"], text[a:head], title) \
                or (committee_officer(title, prev) or organ_officer(title, prev) or deputy_of(title, prev)
                    or organ_headed(self.art, idx, title, prev) if a == head else None)
        if org is None and place is None and not places and a < head:
            place = self._own_county_organ(ITEM_LEAD.sub("", text[a:head]), title)     # "应急管理局局长某某" in a county's news
        if org is None and place is not None:
            unit = VILLAGE_UNIT.search(text, a, head) if place["level"] == "village" else None
            org = self._bare_body(idx, unit.group(0) if unit else text[a:head], place)   # "…发包给时任村监会委员": its 村监会
            org = self._organ_cell(idx, org, title) if org is not None else None   # "副县长、公安局党委书记": the bureau's
        if org is None:
            org = self._team(idx, text, a, head) or own_institution(self.art, idx, title, text[a:head])
            place = place or (org.get("place") if org is not None else None)      # a team's member: where it serves
        there = self._stationed_at(idx, a, title, org, place)
        place = there or place
        if place is None and org is not None and orgs:
            place = max(orgs, key=lambda o: o.end).get("place")
        if written_level == "自治区" and place is not None and not place["name"].endswith("自治区") \
                and not (org is not None and org.get("place") is not None and org["place"]["name"].endswith("自治区")):
            return None, None             # "自治区商务厅" in a province's news: an autonomous region's, unnamed
            #                               (not the region's team stationed in one of its villages)
        if title in NATIONAL_BODIES:
            place = None                  # "…村党总支书记，第十四届全国人大代表": the nation's seat, no village's
        return org, place

    # -- career chains, clauses, bylines ----------------------------------------------
    def _clause(self, idx: int, cue: Cue, title: str) -> tuple[Span | None, Span | None]:
        """"在某县委组织部任科员": the body and place written in the clause's where."""
        places = self._places(idx, cue.a, cue.z)
        orgs = self._orgs(idx, cue.a, cue.z)
        place = places[-1] if places else None
        if place is None and not orgs and cue.text[cue.a:cue.z] in IN_THE_VILLAGE:
            place = self._nearest(idx, cue.a, "village")      # "他在村里当了6年村委会主任": the story's village
        org = self._org(idx, title, place, orgs, places)
        if org is not None and orgs and place is None:
            place = max(orgs, key=lambda o: o.end).get("place")
        if org is not None and cue.unit and bare_unit(cue.unit, 10) and not org["name"].endswith(cue.unit):
            org = org_span(self.art, org["name"] + cue.unit, org.get("place"), idx)     # "在某局任办公室主任": its 办公室
        return org, place


# A clause's where that is the village the story is about, unnamed: "在村里", "在本村".
IN_THE_VILLAGE = ("村里", "村上", "本村", "该村", "村")


@register
class PostLinks(Component):
    """Each post's body and place, from the whole article (the linking stage)."""
    name = "post_links"
    requires = ("post.career",)
    assigns = ("post.org", "post.place")

    def __call__(self, art: Article) -> Article:
        linker = PostLinker(art)
        for post in art.of("post"):
            linker.link(post)
        committee_of_the_head_after(art)
        merge_same(art)
        full_names(art)
        end_earlier_leader(art)
        end_deputy_on_promotion(art)
        held_together(art)
        earlier_holders(art)
        end_old_secondments(art)
        teams_at_their_village(art)
        date_arrivals(art)
        end_served_terms(art)
        drop_starts_after_end(art)
        candidacies(art)
        alternate_posts(art)
        for post in art.of("post"):
            post.attrs.pop("cue", None)
            post.attrs.pop("start_told", None)
        return art


def _city_before(inherited: Span | None, written_level: str) -> Span | None:
    """A county-level city named by the item before in the chain, when this item writes its
    body with 市 alone: "某市委常委、市人民政府副市长", "某市委常委、市公安局局长" are that
    city's bodies (its own 市), not those of the prefecture above it."""
    if inherited is not None and written_level[0] == "市" and inherited["level"] == "county" \
            and inherited["name"].endswith("市"):
        return inherited
    return None
