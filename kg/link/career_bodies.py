"""Bodies of a career chain: in a résumé's step ("2016年任某局党组成员、副局长，后任某局
党组书记、局长") a body written once serves the titles after it, and a Party cell's title
is that body's cell.  Read by the linking stage (kg.link.posts) after the item's own words.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.link.post_bodies import CAREER_CELLS, bare_unit, body_heads, committee_title, department_of
from kg.recognize.org_names import org_span
from kg.recognize.person_honorifics import heads_body
from kg.recognize.posts import Cue


def career_body(art: Article, post: Span, cue: Cue, prev: Span | None, base: Span | None) -> Span | None:
    """A body written once serves the titles after it ("某局党组成员、局长、党组书记":
    局长 of 某局, 党组书记 of 某局党组).  Sets the post's body (and place from it) and
    returns the body the next item of the chain inherits (`base`, the one written last)."""
    idx, text, a, z, title = post.sent, cue.text, cue.a, cue.z, post.text
    written = [o for o in art.in_sentence("org", idx) if a <= o.start and o.end <= z - len(title)]
    named = None if written else named_body(art, idx, text, a, z - len(title))
    written += [named] if named is not None else []
    words_ = text[a:z - len(title)]
    own_place = any(p for p in art.in_sentence("place", idx) if a <= p.start < z) \
        or "公社" in words_        # "某公社某大队党支部": a rural commune's unit is a place of its own
    if not written and base is not None and not own_place and bare_unit(words_, 8) and not _same_kind(base["name"], words_):
        written = [org_span(art, base["name"] + words_, base.get("place"), idx)]   # "某市政府副秘书长，办公室主任"
    if written:
        base = max(written, key=lambda o: (o.end, o.end - o.start))
    elif own_place:
        base = None            # "某局局长、某高新区党工委书记": a place of its own ends the body's reach
    body = next((b for b in CAREER_CELLS + ("团委",) if title.startswith(b)), None)     # (a unit's Youth League committee)
    if base is not None and body:
        host = base["name"]
        if len(words_) == 1 and words_ in host[:-1] and not host.endswith(words_):
            host = host[:host.rindex(words_) + 1]     # "某局办公室主任、局党组成员": the bureau's cell
        post["org"] = org_span(art, host + body, base.get("place"), idx)
    elif named is not None:
        post["org"] = named
    elif body in CAREER_CELLS and not text[a:z - len(title)].strip() and post["org"] is not None \
            and post["org"]["name"].endswith(("省" + body, "市" + body, "区" + body, "县" + body)):
        post["org"] = None          # "某省党组" is no body: a Party group belongs to an organ
    elif base is not None and not own_place and not written and post["org"] is None \
            and not title.startswith(PLACE_COMMITTEES) and not (GOVERNMENT_HEAD.fullmatch(title) and not base["name"].endswith(GOVERNMENTS)):
        post["org"] = headed_organ(art, base, title, idx)   # ("某大队党支部副书记、某区区委副书记": a place's own;
        #           "某镇党委宣传委员、副镇长", "某县交通运输局局长、副县长": the division's government's head, not the body's)
    if post["org"] is None and prev is not None:
        post["org"] = department_of(art, idx, title, prev["org"])      # 省委常委、宣传部长
    deputy = promoted_from(art, post) if post["org"] is None and post["place"] is None and not words_.strip() else None
    if deputy is not None:                      # "2011年任某局副局长，两年后升任局长": the same bureau's head
        post["org"], post["place"] = deputy["org"], deputy["place"]
    host = nominated_head(art, post) if post["org"] is None and post["place"] is None and not words_.strip() else None
    if host is not None:                        # "任某局党组书记，提名为局长人选": that bureau's head
        post["org"] = host
    if post["place"] is None and post["org"] is not None:
        post["place"] = post["org"].get("place")
    post["title"] = committee_title(post["title"], post["org"])     # 市委委员、常委、书记
    return base


# A division's government's head or deputy head, as a title ("副镇长", "常务副县长", "乡长"), and
# the bodies such a title heads (never a bureau or a Party body written before it).
GOVERNMENT_HEAD = re.compile(r"(?:常务)?副?[省市县区镇乡旗州]长")
GOVERNMENTS = ("政府", "人民政府", "行署", "公署")
# A place's Party committee opening a title ("区委副书记", "县委常委"): the title names its own
# body, a place's, never the unit of the chain's item before it.
PLACE_COMMITTEES = ("省委", "市委", "地委", "州委", "盟委", "县委", "区委", "旗委", "镇委", "乡委")


def headed_organ(art: Article, base: Span, title: str, idx: int) -> Span:
    """The body a bare title after `base` serves: `base`, or the organ it is a unit of where
    the title heads that organ (`organ_headed`)."""
    name = organ_headed(base["name"], title)
    return base if name == base["name"] else org_span(art, name, base.get("place"), idx)


def organ_headed(name: str, title: str) -> str:
    """`name`, or the organ it is a unit of where `title` heads that organ: "某局办公室主任、
    副局长" is the bureau's deputy head, not the office's; "某医院医务科科长、副院长" the hospital's.

    >>> [organ_headed(n, "副局长") for n in ("甲县农业局办公室", "甲县农业局", "甲县委组织部")]
    ['甲县农业局', '甲县农业局', '甲县委组织部']
    >>> organ_headed("乙市人民医院医务科", "副院长")
    '乙市人民医院'
    """
    if heads_body(title, name):
        return name
    return next((name[:i] for i in range(len(name) - 1, 2, -1) if heads_body(title, name[:i])), name)


def promoted_from(art: Article, post: Span) -> Span | None:
    """The person's post told before this one whose title is this title's deputy (副局长 for
    局长, 常务副县长 for 县长, 代市长 for 市长): a bare title after it is its promotion."""
    deputies = ("副" + post["title"], "常务副" + post["title"], "代" + post["title"])
    earlier = [p for p in art.of("post") if p.get("person") is post.get("person") and p is not post
               and p["title"] in deputies and (p.sent, p.start) < (post.sent, post.start)]
    return max(earlier, key=lambda p: (p.sent, p.start)) if earlier else None


def nominated_head(art: Article, post: Span) -> Span | None:
    """The organ a bare head's title is proposed for ("提名为局长人选") where the same
    sentence gave the person that organ's Party cell first: "任某局党组书记，提名为局长
    人选" (the notice's way of naming an organ's head); None where the cell's host is no
    body of that head (an organ's 主任 after its 党组: not its head's title)."""
    if not post.get("proposed"):
        return None
    before = [p for p in art.in_sentence("post", post.sent) if p.get("person") is post.get("person")
              and p.start < post.start and p.get("org") is not None]
    cell = max(before, key=lambda p: p.start)["org"] if before else None
    suffix = next((c for c in CAREER_CELLS if cell is not None and cell["name"].endswith(c)), None)
    if suffix is None or len(cell["name"]) <= len(suffix) + 2:
        return None
    host = cell["name"][:-len(suffix)]
    return org_span(art, host, cell.get("place"), post.sent) if heads_body(post["title"], host) else None


def named_body(art: Article, idx: int, text: str, a: int, z: int) -> Span | None:
    """The words before a title in a chain, when they name a body: a place at their
    start and a head of a body's name at their end ("某省安全生产监督管理局" + 局长,
    "某大学化学系" + 教师)."""
    prefix = text[a:z]
    if len(prefix) < 4 or not prefix.endswith(body_heads()) or re.search(r"[^\u4e00-\u9fff\d]", prefix) \
            or prefix.endswith("干部"):      # "某省第九批援疆干部" + 领队: the cadres he led, no 部 of a body
        return None
    places = [p for p in art.in_sentence("place", idx) if p.start == a and p.end < z]
    if any(p.end == z for p in art.in_sentence("place", idx)):
        return None            # "某县某某公社" + 团委书记: places only, the title's own cell names the body
    if places:
        return org_span(art, prefix, places[0], idx)
    return None


def _same_kind(body: str, unit: str) -> bool:
    """A unit of the same head as the body before it is its sibling, not its part
    ("某局办公室主任、研究室主任"; "某省委农村工作领导小组副组长、扶贫工作领导小组组长").

    >>> _same_kind("甲市政府", "办公室"), _same_kind("甲局办公室", "研究室"), _same_kind("甲省委乙领导小组", "丙领导小组")
    (False, True, True)
    """
    head = next((h for h in sorted(body_heads(), key=len, reverse=True) if unit.endswith(h)), "")
    return body.endswith(unit) or (len(head) > 1 and body.endswith(head)) or body[-1:] == unit[-1:] == "室"
