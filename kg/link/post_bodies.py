"""What a title says about its body: the body a title names itself (县委书记 → the
county's 县委, 党支部书记 → a Party branch), the Party cells that stand only in an organ,
a township or a village, the bare titles a committee lends its name to (常委 of 某市委 is
市委常委), and the rank career datasets give a title at a level of place.

These are closed classes of the state's organization, read by the linking stage
(kg.link.posts); none depends on an article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Article, Span
from kg.lang.matcher import LongestMatcher
from kg.lang.words import body_types, words
from kg.recognize.org_heads import COURT_DIVISION
from kg.recognize.org_names import LEVEL_COMMITTEES, org_span

# Titles that name their body: the body word, written after the post's place.
TITLE_BODIES = [("团省委", "团省委"), ("团市委", "团市委"), ("团县委", "团县委"), ("团区委", "团区委"), ("团州委", "团州委"), ("团旗委", "团旗委"),
                ("团支部", "团支部"), ("机关党组", "机关党组"), ("机关党委", "机关党委"), ("党组织", "党组织"), ("村党支部", "党支部"), ("党支部", "党支部"), ("村支书", "党支部"), ("村书记", "党支部"), ("支书", "党支部"),
                ("村党总支", "党总支"), ("镇委", "镇委"), ("乡委", "乡委"), ("村主任", "村委会"), ("居委会", "居委会"), ("行署", "行署"), ("支部", "党支部"), ("支委", "党支部"), ("党总支", "党总支"), ("镇党委", "党委"),
                ("乡党委", "党委"), ("苏木党委", "党委"), ("党工委", "党工委"), ("党委", "党委"), ("党组", "党组"), ("省委", "省委"),
                ("市委", "市委"), ("县委", "县委"), ("区委", "区委"), ("旗委", "旗委"), ("州委", "州委"),
                ("盟委", "盟委"), ("地委", "地委"),
                ("武装部长", "武装部"), ("人武部长", "人武部"), ("纪委", "纪委"), ("村务监督委员会", "村务监督委员会"), ("监委会", "监委会"), ("监委", "监委"), ("村委会", "村委会"), ("村委", "村委会"), ("人大常委会", "人大常委会"), ("人大代表", "人大"), ("人民代表大会代表", "人大"),
                ("总工会", "总工会"), ("政协委员", "政协"), ("政协", "政协"), ("街道办事处", "办事处"),
                ("团委", "团委")]       # a commune's, a bureau's, a school's Youth League committee
# Memberships of national bodies, which no place qualifies.
NATIONAL_BODIES = {"中央委员": "中共中央", "中央候补委员": "中共中央", "总书记": "中共中央", "全国人大代表": "全国人大",
                   "全国人民代表大会代表": "全国人大",
                   "全国政协委员": "全国政协", "政治局委员": "中共中央政治局", "中央政治局委员": "中共中央政治局",
                   "政治局常委": "中共中央政治局", "中央政治局常委": "中共中央政治局", "书记处书记": "中央书记处",
                   "中央书记处书记": "中央书记处", "副总理": "国务院", "国务委员": "国务院",
                   "委员长": "全国人大常委会", "副委员长": "全国人大常委会"}
def national_body(art: Article, title: str, idx: int) -> Span | None:
    """The national body a title names by itself (中央委员, 总书记: 中共中央), else None."""
    return org_span(art, NATIONAL_BODIES[title], None, idx) if title in NATIONAL_BODIES else None


# A township Party committee's members by their portfolios: "某镇宣传委员" sits in the township's 党委.
PORTFOLIOS = ("组织委员", "宣传委员", "纪检委员", "统战委员", "政法委员", "武装委员")
# A village's own officers beside its committee (kg/data/titles.txt): held in the village a list
# of its cadres names ("某村党支部书记甲、会计乙、民兵连长丙").
VILLAGE_OFFICERS = ("会计", "文书", "妇女主任", "治保主任", "调解主任", "民兵连长", "民兵连连长")
# Party cells that stand in an organ, a township or a village, never in a county or above
# by themselves (a county's committee is 县委): "某县党组" is no body.
PARTY_CELLS = ("党组", "党委", "党支部", "党总支", "党工委", "机关党组", "机关党委")
# A Party cell a title of a career chain names, placed in the body written before it.
CAREER_CELLS = ("机关党组", "机关党委", "党组", "党委", "党总支", "党支部", "党工委")
# The level of place a title is held at, when the title says so.
TITLE_LEVEL = [("自治区", "province"), ("省长", "province"), ("省委", "province"), ("厅长", "province"), ("市长", "prefecture"), ("市委", "prefecture"),
               ("州长", "prefecture"), ("州委", "prefecture"), ("盟长", "prefecture"), ("盟委", "prefecture"),
               ("地委", "prefecture"), ("专员", "prefecture"),
               ("县长", "county"), ("县委", "county"), ("区长", "county"), ("区委", "county"),
               ("旗长", "county"), ("旗委", "county"),
               ("镇长", "township"), ("乡长", "township"), ("镇党委", "township"), ("镇委", "township"), ("乡委", "township"), ("乡党委", "township"),
               ("街道", "township"), ("苏木", "township"), ("嘎查", "village"),      # a city's street, Inner Mongolia's levels
               ("村主任", "village"),
               ("党支部", "village"), ("支书", "village"), ("村", "village")]
RANKS = {  # (title contains, place level) -> rank, the coding of political-elite datasets
    ("书记", "province"): "省部级", ("省长", "province"): "省部级", ("自治区主席", "province"): "省部级",
    ("书记", "prefecture"): "厅局级", ("市长", "prefecture"): "厅局级", ("局长", "province"): "厅局级",
    ("厅长", "province"): "厅局级", ("书记", "county"): "县处级", ("县长", "county"): "县处级",
    ("区长", "county"): "县处级", ("旗长", "county"): "县处级",
    ("州长", "prefecture"): "厅局级", ("盟长", "prefecture"): "厅局级", ("专员", "prefecture"): "厅局级", ("常委", "county"): "县处级", ("局长", "prefecture"): "县处级",
    ("书记", "township"): "乡科级", ("镇长", "township"): "乡科级", ("乡长", "township"): "乡科级",
    ("局长", "county"): "乡科级", ("主任", "township"): "乡科级",
}
# Titles written bare after a committee named once: "任某市委委员、常委、书记".
BARE_COMMITTEE = ("委员", "常委", "书记", "副书记", "候补委员", "常务委员")
TERRITORIAL = LEVEL_COMMITTEES + ("镇委", "乡委")   # a place's Party committee
COMMITTEES = TERRITORIAL + ("党工委", "党委", "党组")
DEPARTMENT_TITLES = {"组织部长": "组织部", "宣传部长": "宣传部", "统战部长": "统战部", "副组织部长": "组织部",
                     "副宣传部长": "宣传部"}


@lru_cache(maxsize=1)
def body_matcher() -> LongestMatcher:
    return LongestMatcher(body_types())


@lru_cache(maxsize=1)
def body_heads() -> tuple[str, ...]:
    return tuple(words("body_heads"))


def bare_unit(words_: str, longest: int) -> bool:
    """Words that name a unit without its place or parent: Han characters only, ending
    with the head of a body's name ("办公室", "物理系"), no level word first.

    >>> bare_unit("办公室", 8), bare_unit("市财政局", 8), bare_unit("他说", 8), bare_unit("乡村振兴领导小组", 10)
    (True, False, False, True)
    >>> bare_unit("刑事审判第一庭", 8)        # a court's division (kg.recognize.org_heads)
    True
    """
    return (2 <= len(words_) <= longest and re.fullmatch(r"[\u4e00-\u9fff]+", words_) is not None
            and (words_.endswith(body_heads()) or COURT_DIVISION.fullmatch(words_) is not None)
            and (words_[0] not in "省市县区州旗乡镇村" or words_.startswith(LEVEL_LIKE)))


# Words that open with a level's character but name no level: 乡村 (rural), 市场 (market)…:
# "乡村振兴工作领导小组" is a unit, as "扶贫开发领导小组" is.
LEVEL_LIKE = ("乡村", "市场", "市政", "区域", "县域", "村镇", "乡镇", "镇村")


def implied_level(title: str) -> str | None:
    """The level of place a title is held at ("副县长" → county), None when it does not say."""
    return next((lvl for word, lvl in TITLE_LEVEL if word in title), None)


def rank(title: str, level: str | None) -> str | None:
    """"县委书记" at a county is 县处级; a deputy to a congress, a journalist or a Youth League
    officer (团县委书记: no Party secretary's rank) has none."""
    if not level or title in ("人大代表", "政协委员") or title.endswith(("记者", "编辑")) or title.startswith("团"):
        return None
    for (word, lvl), r in RANKS.items():
        if lvl == level and word in title:
            return r
    return None


def committee_title(title: str, org: Span | None) -> str:
    """A bare title held in a committee is the committee's title, as rosters write it:
    委员 of 某市委 is 市委委员, 书记 of 某局党组 is 党组书记.

    >>> committee_title("常委", Span("org", 0, 0, 4, "甲市委", {"name": "甲市委"}))
    '市委常委'
    >>> committee_title("县委副书记", Span("org", 0, 0, 6, "共青团甲县委", {"name": "共青团甲县委"}))
    '团县委副书记'
    >>> committee_title("书记", Span("org", 0, 0, 6, "共青团甲县委", {"name": "共青团甲县委"}))
    '团县委书记'
    """
    if org is not None and title in BARE_COMMITTEE:
        cell = next((c for c in COMMITTEES if org["name"].endswith(c) and len(org["name"]) > len(c)), None)
        if cell is not None and not (cell == "党组" and title in ("委员", "常委")):
            title = cell + title
    if org is not None and org["name"].startswith("共青团") and title.startswith(TERRITORIAL[:6]):
        return "团" + title           # "共青团某县委书记": the league's committee, not the county's
    return title


def department_of(art: Article, idx: int, title: str, committee: Span | None) -> Span | None:
    """"某省委常委、宣传部长": the department the title names, in the committee the chain
    named before it (某省委宣传部)."""
    dept = DEPARTMENT_TITLES.get(title)
    if dept is None or committee is None or not committee["name"].endswith(TERRITORIAL):
        return None
    return org_span(art, committee["name"] + dept, committee.get("place"), idx)


# A committee's own officers, written bare after a member's title of that committee.
COMMITTEE_OFFICERS = ("书记", "副书记", "专职副书记", "秘书长")


def deputy_of(title: str, prev: Span | None) -> Span | None:
    """A deputy written bare right after the head's post in one chain is the head's body's:
    "选举甲为某县人大常委会主任，乙、丙为副主任", "甲任某局局长，乙任副局长".

    >>> deputy_of("副主任", {"title": "人大常委会主任", "org": {"name": "甲县人大常委会"}})["name"]
    '甲县人大常委会'
    >>> deputy_of("副县长", {"title": "县委书记", "org": {"name": "甲县委"}}) is None
    True
    """
    if prev is None or prev["org"] is None or not title.startswith("副") or len(title) < 3:
        return None
    return prev["org"] if prev["title"].endswith(title[1:]) and not prev["title"].endswith(title) else None


def committee_officer(title: str, prev: Span | None) -> Span | None:
    """"某市委常委、副书记", "某县纪委常委、副书记": the officer's post is in the committee
    whose member the title before names (某市委, 某县纪委); None otherwise.

    >>> prev = {"title": "市委常委", "org": {"name": "甲市委"}}
    >>> committee_officer("副书记", prev)["name"], committee_officer("副市长", prev)
    ('甲市委', None)
    >>> committee_officer("常委", {"title": "市委书记", "org": {"name": "甲市委"}})["name"]
    '甲市委'
    >>> committee_officer("书记", {"title": "团县委副书记", "org": {"name": "共青团甲县委"}})["name"]
    '共青团甲县委'
    """
    if prev is None or prev["org"] is None or not prev["org"]["name"].endswith("委"):
        return None
    if title in ("常委", "委员"):                 # "某市委书记、常委、委员": the seats of its secretary;
        seats = ("书记", "常委", "委员") if title == "常委" else ("书记", "常委")     # "某县委委员、常委、书记"
        return prev["org"] if prev["title"].endswith(seats) else None
    if title not in COMMITTEE_OFFICERS:
        return None
    if title == "书记" and prev["title"].endswith("副书记"):
        return prev["org"]                      # a résumé's "某镇党委副书记、书记": deputy, then head of it
    if title == "副书记" and prev["title"].endswith("书记") and not prev["title"].endswith("副书记"):
        return prev["org"]                      # an election's "甲为某县委书记，乙为副书记": its deputies
    return prev["org"] if prev["title"].endswith(("常委", "委员")) else None


# A place's own name ends so: its Party cell (某村党支部, 某嘎查党支部) has no host organ.
PLACE_ENDINGS = ("省", "市", "县", "区", "镇", "乡", "村", "旗", "州", "盟", "嘎查", "苏木", "社区", "街道")


def host_of(art: Article, org: Span) -> Span | None:
    """The organ whose Party cell `org` is ("某局党组" → 某局), None for a territorial
    committee (县委) or a body that is no cell."""
    for cell in sorted(PARTY_CELLS, key=len, reverse=True):
        name = org["name"]
        place = org.get("place")
        if name.endswith(cell) and len(name) > len(cell) + 1 and not name[:-len(cell)].endswith(PLACE_ENDINGS) \
                and not (place is not None and name[:-len(cell)] == place["name"]):       # 某某自治州党委: the place's
            return org_span(art, name[:-len(cell)], org.get("place"), org.sent)
    return None


# An organ's own officers beside its head, written bare after the head's title in one
# person's chain: a public security bureau's political commissar and inspector (政委,
# 督察长), a unit's political instructor (教导员), a firm's or institute's chief engineer,
# economist and accountant (总工程师, 总经济师, 总会计师): "某县公安局局长、督察长".
ORGAN_OFFICERS = ("政委", "副政委", "政治委员", "督察长", "副督察长", "教导员", "政治教导员",
                  "总工程师", "总经济师", "总会计师")


# An academic rank after a post at a school or an academy in one person's chain: held there
# ("某大学副校长、教授", "某市委党校副校长、教授", "某社会科学院副院长、研究员").
ACADEMIC_RANKS = ("教授", "副教授", "研究员", "副研究员", "讲师")
ACADEMIC_BODIES = ("大学", "学院", "学校", "党校", "科学院", "研究院", "研究所")


def organ_officer(title: str, prev: Span | None) -> Span | None:
    """The organ of the title before in the chain, for one of its own officers; None for a
    Party cell or a territorial committee (no 督察长 of a 县委).  A school's or academy's
    academic rank likewise (no 教授 of a 县政府)."""
    if title not in ORGAN_OFFICERS + ACADEMIC_RANKS or prev is None or prev["org"] is None:
        return None
    name = prev["org"]["name"]
    if title in ACADEMIC_RANKS:
        return prev["org"] if name.endswith(ACADEMIC_BODIES) else None
    return None if name.endswith(PARTY_CELLS + TERRITORIAL) else prev["org"]


def discipline_of(art: Article, idx: int, host: Span | None, title: str) -> Span | None:
    """"某大学党委副书记、纪委书记": an organ's discipline committee, after a post in the
    organ's Party committee (the organ's 纪委, not the organ)."""
    return org_span(art, host["name"] + "纪委", host.get("place"), idx) if host and title.startswith("纪委") else None


def cell_of(art: Article, idx: int, host: Span, cell: str) -> Span:
    """The Party cell of an organ the title names: "某市环境监察支队党支部书记" holds a
    post in the 支队's 党支部, "某局党组成员" in the bureau's 党组 (a body of its own,
    as career datasets code it)."""
    if host["name"].endswith(PARTY_CELLS):
        return host
    return org_span(art, host["name"] + cell, host.get("place"), idx)


def press_body(art: Article, idx: int, prefix: str | None) -> Span | None:
    """"新华社记者" → 新华社; "本报记者" or an editor line → the publisher; a paper and its
    site joined by a dash ("某某日报-某某网记者") → the paper, the site named beside it."""
    pair = re.split(r"[-—－]", prefix) if prefix else []
    if len(pair) == 2 and all(pair):
        site = press_body(art, idx, pair[1])
        if site is not None and site not in art.of("org"):
            art.add(site)             # (a body the text names, though no post is in it)
        return press_body(art, idx, pair[0])
    if prefix and prefix.endswith(("本报", "本台", "本网", "本刊", "本社")):
        prefix = None                  # "本报记者": the publisher's own reporter
    if prefix and prefix.startswith("《") and prefix.endswith("》"):
        return org_span(art, prefix[1:-1], None, idx)     # "《某某》记者": the magazine its title names
    if prefix:
        named = [o for o in art.of("org") if o["name"] and prefix.endswith(o["name"])]
        if named:
            return max(named, key=lambda o: len(o["name"]))
        if prefix.endswith(("日报", "晚报", "快报", "报", "社", "网", "台", "在线", "周刊")):
            return org_span(art, prefix, None, idx)
    if art.publisher and art.sources and art.publisher[:1] in "省市县区旗":
        # "来源：县委办": the body the organizations component settled for it, or none
        return next((o for o in art.of("org") if o.get("source") == art.publisher), None)
    if art.publisher and art.sources:      # a site name is not a body
        return org_span(art, art.publisher, None, idx)
    return None
