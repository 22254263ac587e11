"""The heads a post's bare title shares with the posts around it: a deputy's or a member's
title after its leader's in one body's list (副书记 after 县委书记, 政委 after 人武部部长), the
head of the body that convenes the meeting the news tells ("某局召开…。局长某某讲话"), and a
company's, a hospital's or a school's head named where a story or a visit went.  Closed classes
of the state's organization, read by the linking stage (kg.link.posts, kg.link.post_lists).
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.lang.words import words
from kg.recognize.org_names import LEVEL_COMMITTEES, org_span
from kg.recognize.person_honorifics import heads_body, level_head


# Heads a deputy's or a member's title shares with the leader's before it in one body's list.
HEADS = ("书记", "主席", "主任", "局长", "厅长", "部长", "处长", "秘书长", "组长", "队长", "院长", "校长", "社长")


def same_head(title: str, leader: str) -> bool:
    """A bare title that names a post of the body of `leader`'s post: its deputy (副书记 after
    县委书记, 副主席 after 政协主席) or a member of the same committee (常委 after 县委书记).

    >>> same_head("副书记", "县委书记"), same_head("副主席", "政协主席"), same_head("副局长", "县长")
    (True, True, False)
    >>> same_head("秘书长", "政协副主席"), same_head("秘书长", "副市长"), same_head("政治委员", "司令员")
    (True, False, True)
    >>> same_head("政委", "部长"), same_head("教导员", "大队长"), same_head("政委", "县长")
    (True, True, False)
    """
    head = next((h for h in HEADS if leader.endswith(h)), None)
    if head is not None and title != leader and title.endswith(head) and len(title) <= len(head) + 2:
        return True
    if title in ("秘书长", "副秘书长") and leader.endswith(ASSEMBLY_LEADERS):
        return True                   # "政协副主席甲、乙，秘书长丙": the assembly's own secretary-general
    if title in COMMAND and leader in COMMAND and title != leader:
        return True                   # "某军分区司令员甲、政治委员乙": one unit's commander and commissar
    if title in COMMISSARS and leader.endswith(("部长", "局长", "队长")):
        return True                   # "某县人武部部长甲、政委乙": an armed or police organ's commissar
    return title in ("常委", "委员") and leader.endswith(("委书记", "委副书记"))


# A military unit's dual command: its commander and its political commissar, and their
# deputies (the PLA's and the armed police's 首长 of a unit).
COMMAND = ("司令员", "副司令员", "政治委员", "政委", "副政治委员", "副政委")
# The political commissar or instructor beside the head of an armed or disciplined organ:
# a county's people's armed forces department (人武部部长, 政委), a public security bureau
# (局长, 政委), a fire or police brigade (支队长, 政委; 大队长, 教导员).
COMMISSARS = ("政委", "政治委员", "副政委", "副政治委员", "教导员", "政治教导员")


# The leaders of a people's congress standing committee or a political consultative
# conference, whose leadership lists name their secretary-general last (the 主席会议 and
# 主任会议 are the chair, the deputies and the secretary-general).
ASSEMBLY_LEADERS = ("政协主席", "政协副主席", "人大常委会主任", "人大常委会副主任")


# The heads of a company or cooperative, whose body a story names before it says who took
# the post: "他牵头成立某某合作社，任理事长", "创办某某公司并任董事长".
ENTERPRISE_HEADS = ("理事长", "副理事长", "董事长", "副董事长", "总经理", "副总经理")
# The heads of a hospital, school, court, station or factory, met bare where a visit went:
# "到某县人民医院，与院长某某交流", "来到某中学，校长某某介绍".
VISITED_HEADS = ("院长", "副院长", "校长", "副校长", "所长", "站长", "馆长", "厂长", "行长")


# What a body does when the news is its own meeting: "某局召开…会议。局长某某讲话".
CONVENES = re.compile(r"(?:组织)?(?:召开|举行|举办)")


def convening_body(art: Article, post: Span) -> Span | None:
    """The body that convenes the meeting the news tells, in the post's sentence or the one
    before, where the post's bare title heads a body of its kind ("某县财政局召开会议，局长
    某某讲话": that bureau's head; not "…，院长某某", a 局 having no 院长)."""
    for idx in (post.sent, post.sent - 1):
        if idx < 0:
            continue
        text = art.sentences[idx].simp
        named = [o for o in art.in_sentence("org", idx) if o.end >= 0 and (idx < post.sent or o.end <= post.start)
                 and CONVENES.match(text, o.end) and heads_body(post["title"], o["name"])
                 and not o["name"].endswith("政府")]     # (县长, 省长: a division's head, no body, as elsewhere)
        if named:
            return named[-1]
    return None


def enterprise_of(art: Article, post: Span) -> Span | None:
    """The company or cooperative named last before an enterprise head's title in its
    sentence, for a post whose own words name no body."""
    if post["title"] in ENTERPRISE_HEADS:
        suffixes = tuple(words("body_suffixes"))
        named = [o for o in art.in_sentence("org", post.sent) if 0 <= o.end <= post.start and o["name"].endswith(suffixes)]
    elif post["title"] in VISITED_HEADS:      # "到县人民医院，与院长某某交流": the hospital just visited
        named = [o for o in art.in_sentence("org", post.sent) if 0 <= o.end <= post.start and heads_body(post["title"], o["name"])]
    else:
        return None
    return max(named, key=lambda o: o.end) if named else None


def organ_headed(art: Article, idx: int, title: str, prev: Span | None) -> Span | None:
    """The organ a head's or a deputy head's bare title heads, written after another post in
    it or in one of its units: its spokesman's, a rank's, an office's ("某局新闻发言人、副局长",
    "某局四级调研员、副局长", "某局办公室主任、副局长": the 局).  A level's head (副县长) heads
    its government, never the body before; a Party cell or committee is no organ of a 局长.

    >>> organ_headed(None, 0, "副局长", {"title": "新闻发言人", "org": {"name": "甲县信访局"}})["name"]
    '甲县信访局'
    >>> organ_headed(None, 0, "副县长", {"title": "主任", "org": {"name": "甲县政府办公室"}}) is None
    True
    """
    if prev is None or prev["org"] is None or level_head(title):
        return None
    name = prev["org"]["name"]
    for end in range(len(name), 2, -1):
        organ = name[:end]
        if heads_body(title, organ) and not organ.endswith(LEVEL_COMMITTEES + ("党委", "党组", "党支部", "党工委")):
            return prev["org"] if end == len(name) else org_span(art, organ, prev["org"].get("place"), idx)
    return None


# A township's Party committee posts written without their level, and the township's heads
# they are chained with on its own pages: "党委副书记、镇长：某某", "党委委员、副乡长：某某".
BARE_COMMITTEE_POSTS = ("党委书记", "党委副书记", "党委委员")
TOWNSHIP_HEADS = ("镇长", "副镇长", "乡长", "副乡长")


def committee_of_the_head_after(art: Article) -> None:
    """A bare Party committee post chained before a township head's title is that
    township's committee's: "党委副书记、镇长某某" holds the 镇党委's deputy secretaryship
    where the 镇长 is held (a township's page of its leaders writes the level once); and the
    other bare committee posts of an article that names that committee only ("党委书记：某某"
    above them on the same page).

    >>> from kg.recognize.posts import Cue
    >>> town = Span("place", 0, 0, 3, "甲乙镇", {"name": "甲乙镇", "level": "township"})
    >>> deputy = Span("post", 0, 0, 5, "党委副书记", {"title": "党委副书记", "org": None, "place": None})
    >>> head = Span("post", 0, 6, 8, "镇长", {"title": "镇长", "org": None, "place": town, "cue": Cue("career", prev=deputy)})
    >>> art = Article("x.txt"); _ = art.add(deputy), art.add(head)
    >>> committee_of_the_head_after(art); deputy["org"]["name"], deputy["place"]["name"]
    ('甲乙镇党委', '甲乙镇')
    """
    for post in art.of("post"):
        cue = post.get("cue")
        prev = cue.prev if cue is not None else None
        place = post["place"]
        if prev is None or prev["org"] is not None or prev["place"] is not None or prev["title"] not in BARE_COMMITTEE_POSTS \
                or post["title"] not in TOWNSHIP_HEADS or place is None or place["level"] != "township":
            continue
        prev["org"], prev["place"] = org_span(art, place["name"] + "党委", place, post.sent), place
    told = {p["org"]["name"]: p for p in art.of("post") if p["title"] in BARE_COMMITTEE_POSTS and p["org"] is not None
            and p["place"] is not None and p["place"]["level"] == "township" and p["org"]["name"] == p["place"]["name"] + "党委"}
    if len(told) == 1:               # the page's other bare committee posts ("党委书记：某某" above): the same committee
        one = next(iter(told.values()))
        for post in art.of("post"):
            if post["title"] in BARE_COMMITTEE_POSTS and post["org"] is None and post["place"] is None:
                post["org"], post["place"] = one["org"], one["place"]
