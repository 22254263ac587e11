"""Posts dated by the arrival in their place: "自2021年8月到务川任职以来，他走遍了全县"; and a
village's posts by an election told without them ("2021年换届时，她全票当选。").

Features about an official date the post by the day they came to the place, not by the
appointment: "到某县任职", "来某县工作以来", "赴某镇履职".  Once every post has its place
(the linking stage), the one person whose current posts are at that place, named in the
sentence (else in the sentence or the one before), takes the date as the start of those posts.

>>> [m.group("place") for m in ARRIVAL.finditer("自2021年8月到务川任职以来，他走遍了全县")]
['务川']
>>> [m.group("place") for m in ARRIVAL.finditer("驻村第一书记某某来自某厅，2021年5月到村履职。")]
['村']
>>> [m.group("place") for m in ARRIVED_FROM.finditer("2023年3月，龙某从省某局某处副处长岗位来到某某村。")]
['某某村']
>>> [m.group("place") for m in ARRIVED_IN_VILLAGE.finditer("她是某局派驻的干部，2021年来到村里。")]
['村']
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.link.post_lists import TEAM_TITLES
from kg.recognize.career_dates import find_dates

ARRIVAL = re.compile(r"(?:自|从|于)?(?P<when>(?:19|20)\d{2}年(?:\d{1,2}月)?(?:份)?)[，,]?(?:他|她)?(?:来到|来|到|赴)"
                     r"(?P<place>[\u4e00-\u9fff]{2,12}?|[村镇乡县])(?:任职|工作|履职|上任|任县委书记|任书记)(?:以来|后|至今|的)?")
# An arrival told with who came and from where, ending at the place: "2023年3月，某某从省某局
#某处副处长岗位来到某村。" (a stationed cadre's story: the post held there starts then).
ARRIVED_FROM = re.compile(r"(?P<when>(?:19|20)\d{2}年(?:\d{1,2}月)?(?:份)?)[，,]?(?P<who>[\u4e00-\u9fff·]{2,6}?)"
                          r"(?:从[^，,。；;]{2,30}?(?:岗位上?|任上))?(?:来到|到|赴)(?P<place>[\u4e00-\u9fff]{2,12}?)(?=[，,。；;])")
# An arrival at the village the story is about, its name unsaid: "她是某局派驻的干部，2021年来到
# 村里。" (a stationed cadre's posts there start then).
ARRIVED_IN_VILLAGE = re.compile(r"(?P<when>(?:19|20)\d{2}年(?:\d{1,2}月)?(?:份)?)[，,]?(?:他|她)?(?:来到|到|进驻|驻)了?"
                                r"(?P<place>村)(?:里|上)?(?=[，,。；;])")
# An election told without its post, in a village's story ("2021年村“两委”换届时，…她全票当选。"):
# the village posts the person holds start then, as an arrival at the village would.
ELECTED_UNSAID = re.compile(r"(?P<when>(?:19|20)\d{2}年(?:\d{1,2}月)?)[^。；;]{0,30}?(?:全票|高票|顺利)?当选(?P<place>)(?=[。；;，,]|$)")
# An arrival told with no place, right after the post and its holder ("现任县委书记为某某，2021年
# 9月到任"): the posts the sentence gives its one person start then.
TOOK_UP = re.compile(r"[，,]\s*(?:于|自)?(?P<when>(?:19|20)\d{2}年(?:\d{1,2}月)?(?:份)?)(?:到任|履新|上任|到岗)(?P<place>)(?=[。；;，,]|$)")
# The place of an arrival written by its level alone ("2021年5月到村履职"): the one of that
# level where the person's post is held.
BARE_LEVELS = {"村": "village", "镇": "township", "乡": "township", "县": "county"}


# A stationed cadre's term served out, told on its own: "2024年，某某任期届满，返回原单位",
# "2023年底他驻村期满", "今年3月，某某驻村期满" (the posts held there end then; an elected term's
# end names no person).
TERM_SERVED = re.compile(r"(?P<when>(?:(?:19|20)\d{2}|今|去|前)年(?:\d{1,2}月)?)(?:底|初|末)?[，,]?\s*(?P<who>[\u4e00-\u9fff·]{1,8}?)??"
                         r"的?(?:驻村|挂职|帮扶|选派)?(?:任期|服务期|工作期)?(?:届满|期满)")
# Staying on after the term: "任期届满后，他主动申请留任" ends nothing.
STAYED = re.compile(r"留任|留下|留了下来|继续(?:驻村|留|干|担任|任)|再干|延期|续任|连任")
# The posts of a cadre stationed in a place for a term: a village's first secretary, a work team's.
STATIONED = ("第一书记",) + TEAM_TITLES


def end_served_terms(art: Article) -> None:
    """End, at the date told, the posts a stationed cadre held for a term (temporary, a
    village's 第一书记, a work team's) when a sentence says the term was served out: the
    person named there, else (他/她, or no subject: "2021年挂职期满后，某某回到…") the one such cadre
    of the sentence or the one before.

    >>> from kg.read import article_from_text
    >>> art = article_from_text("题\\n2024-03-01\\n2021年，某某到某村任第一书记。2023年，某某任期届满。", "x.txt")
    >>> post = Span("post", 1, 9, 13, "第一书记", {"title": "第一书记", "person": {"name": "某某", "sentences": [1]}})
    >>> art.of("post").append(post); end_served_terms(art); post.get("end"), post.get("former")
    (2023, True)
    """
    for sent in art.sentences:
        for m in TERM_SERVED.finditer(sent.simp):
            who, dates = m.group("who"), find_dates(m.group("when"), art.year)
            if not dates or STAYED.search(sent.simp, m.end()):
                continue
            near = _people_near(art, sent.index) if who in (None, "他", "她") else None
            served = [p for p in art.of("post") if p.get("person") is not None and not p.get("end")
                      and (p.get("temporary") or p["title"].endswith(STATIONED))
                      and (id(p["person"]) in near if near is not None else p["person"]["name"] == who)
                      and (p.get("start") or 0) <= dates[0].start[0]]
            if len({id(p["person"]) for p in served}) == 1:
                for post in served:
                    post["end"], post["end_month"] = dates[0].end or dates[0].start
                    post["former"] = True


def _people_near(art: Article, idx: int) -> set[int]:
    """The persons named in the sentence or the one before (a 他 after the arrival refers
    to them)."""
    return {id(p) for p in art.of("person") for s in p.get("sentences", []) if s in (idx, idx - 1)}


def date_arrivals(art: Article) -> None:
    """Start the current, undated posts at the arrival's place of the one person near it."""
    for sent in art.sentences:
        for m in TOOK_UP.finditer(sent.simp):
            _took_up(art, sent.index, find_dates(m.group("when"), art.year))
        for m in list(ARRIVAL.finditer(sent.simp)) + list(ARRIVED_FROM.finditer(sent.simp)) \
                + list(ELECTED_UNSAID.finditer(sent.simp)) + list(ARRIVED_IN_VILLAGE.finditer(sent.simp)):
            where = [p for p in art.in_sentence("place", sent.index) if m.start("place") <= p.start < m.end("place")]
            if m.re is ARRIVED_FROM and not (where and where[-1].end == m.end("place")
                                             and any(p["name"] == m.group("who") for p in art.of("person"))):
                continue          # (the clause ends at the place, and who came is a person named there)
            dates = find_dates(m.group("when"), art.year)
            word = "村" if m.re is ELECTED_UNSAID else m.group("place")
            level = BARE_LEVELS.get(word)
            if not (where or level) or not dates:
                continue
            near = _people_near(art, sent.index)
            held = [p for p in art.of("post") if p.get("person") is not None and id(p["person"]) in near
                    and not p.get("former") and not p.get("start")
                    and (_at(p, where[-1]) if where else _of_level(p, level, word))]
            here = [p for p in held if sent.index in p["person"].get("sentences", [])]
            held = here if len({id(p["person"]) for p in here}) == 1 else held     # the sentence's own person first
            if len({id(p["person"]) for p in held}) == 1:
                for post in held:
                    post["start"], post["start_month"] = dates[0].start


def _took_up(art: Article, idx: int, dates: list) -> None:
    """Start the current, undated posts the sentence gives its one person at the date."""
    held = [p for p in art.in_sentence("post", idx) if p.get("person") is not None
            and not p.get("former") and not p.get("start")]
    if dates and len({id(p["person"]) for p in held}) == 1:
        for post in held:
            post["start"], post["start_month"] = dates[0].start


def _of_level(post: Span, level: str, word: str) -> bool:
    """Whether the post is held at a place of that level and kind ("到村履职": a village's)."""
    here = post.get("place")
    return here is not None and here.get("level") == level and here["name"].endswith(word)


def _at(post: Span, place: Span) -> bool:
    """Whether the post is held at the place (by its code, or its name)."""
    here = post.get("place")
    if here is None:
        return False
    same_code = here.get("code") and here.get("code") == place.get("code")
    return bool(same_code) or here.get("name") == place.get("name")
