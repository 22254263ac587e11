"""One leader's post at a time: a person who becomes the Party secretary of a place they
governed has left the government head's post (and the other way round), and one who
becomes the head (or secretary) of another place has left the first one's.

Career databases (CPED) code it so, because since the separation of Party and
government no one holds both posts of one county, city or province at once (the closed
class is `kg/data/place_leaders.tsv`):

    2015年任某县县长，2020年接任县委书记      -> 县长 2015-2020, former
    某某任某市委书记 (today) … 2021年任某市市长 -> 市长 2021-, former
    2008年出任甲市市长 … 2012年转任乙市市长  -> 甲市市长 2008-2012, former
    2019年任某市代市长 … 现任市长          -> 代市长 former (confirmed in the post), ended when 市长 began

The later post is the one with the later start; a post with no start that is not
former is the article's news, later than every dated one.  Posts of one date, or of
places not known, are left as they are.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.lang.words import table
from kg.read.header import cn_number


def leader_kind(post: Span) -> str | None:
    """"secretary", "head" or None.  A township's 党委书记 is its secretary.

    >>> from kg.article import Span
    >>> leader_kind(Span("post", 0, 0, 2, "县长", {"title": "县长"}))
    'head'
    """
    kind = table("place_leaders").get(post["title"])
    place, org = post.get("place"), post.get("org")
    if kind is None and post["title"] == "党委书记" and place is not None and place.get("level") == "township":
        if org is not None and org["name"] == place["name"] + "党委":
            return "secretary"
    return kind


def _place_key(post: Span) -> str | None:
    place = post.get("place")
    if place is None:
        return None
    return place.get("code") or place["name"]


def _later(a: Span, b: Span) -> bool:
    """Whether post a was taken up after post b."""
    if a.get("start") and b.get("start"):
        return (a["start"], a.get("start_month") or 0) > (b["start"], b.get("start_month") or 0)
    return not a.get("start") and not a.get("former") and bool(b.get("start"))


def end_earlier_leader(art: Article) -> None:
    """For each person, of two leader's posts that cannot be held together (a place's
    secretary and its head; the same leader's post of two places) the earlier one is
    former, ending when the later one started (if the text did not end it already)."""
    held: dict[int, list[tuple[str, str, Span]]] = {}
    for post in art.of("post"):
        kind, key = leader_kind(post), _place_key(post)
        if kind and key and post.get("person") is not None and not post.get("proposed"):     # 拟任: not yet held
            held.setdefault(id(post["person"]), []).append((kind, key, post))
    for person, posts in held.items():
        starts = sorted({_when(p) for p in art.of("post") if id(p.get("person")) == person and p.get("start")})
        for kind_a, key_a, a in posts:
            for kind_b, key_b, b in posts:
                if a["title"] == "代" + b["title"] and key_a == key_b and not a.get("end"):
                    a["former"] = True      # "…任某市代市长，现任市长": acting, then confirmed in the post
                    if b.get("start"):
                        a["end"], a["end_month"] = b["start"], b.get("start_month")
                    for deputy in _deputy_beside(art, a, b["title"]):
                        deputy["former"] = True     # "被任命为某市副市长、代市长，现任市长": the deputy's
                        deputy["end"], deputy["end_month"] = a.get("end"), a.get("end_month")     # post, the
                        #                             form of the acting appointment, ended with it
                elif (kind_a != kind_b) == (key_a == key_b) and _later(b, a) and not a.get("end"):
                    a["former"] = True
                    if b.get("start") and (key_a == key_b or _next(a, b, starts)):
                        a["end"], a["end_month"] = b["start"], b.get("start_month")
                elif kind_a != kind_b and key_a == key_b and a.sent == b.sent and _later(b, a) and _inside(b, a):
                    a["end"], a["end_month"] = b["start"], b.get("start_month")    # "2008—2016，某县县长
                    #          （2011年起任县委书记）": in one line, the head's post ended when he became secretary
                    #          (where a later line lists both, "2008年任某市委书记、市长", they were held together)


def _deputy_beside(art: Article, acting: Span, head_title: str) -> list[Span]:
    """The deputy's post of the same place written right before the acting one, as a standing
    committee appoints an acting head ("任命某某为某市副市长、代理市长"), not ended already."""
    return [p for p in art.in_sentence("post", acting.sent) if p.get("person") is acting.get("person")
            and p["title"] == "副" + head_title and 0 <= acting.start - p.end <= 1 and _place_key(p) == _place_key(acting)
            and not p.get("end")]


def _inside(b: Span, a: Span) -> bool:
    """Whether post b started within the told span of post a, before its told end."""
    if not (a.get("end") and b.get("start")):
        return False
    return (_when(a) if a.get("start") else (0, 0)) < _when(b) < (a["end"], a.get("end_month") or 0)


def _when(post: Span) -> tuple:
    return post["start"], post.get("start_month") or 0


def _next(early: Span, late: Span, starts: list[tuple]) -> bool:
    """Whether the later post is the next step the text dates after the earlier one: only
    then does it date the end of a post held elsewhere ("2008年任甲市市长，2012年转任乙市
    市长"); a post dated by the article, or with dated steps between, only bounds it."""
    if not late.get("start_told", True) or not early.get("start"):
        return False
    return not any(_when(early) < s < _when(late) for s in starts)


def end_deputy_on_promotion(art: Article) -> None:
    """A deputy's post left for the head's post of the same body or place, taken up later
    ("2012年任某县委副书记、县长，2014年任某县委书记": the deputy secretaryship ended in 2014;
    "2013年任某县副县长，2016年任县长" alike), where the text did not end it already.

    >>> from kg.article import Article, Span
    >>> art = Article(source_file="x", date="2024-04-02")
    >>> org = {"name": "某县委"}; who = {"name": "某某"}
    >>> deputy = Span("post", 0, 0, 5, "县委副书记", {"title": "县委副书记", "org": org, "person": who, "start": 2012})
    >>> head = Span("post", 0, 9, 13, "县委书记", {"title": "县委书记", "org": org, "person": who, "start": 2014})
    >>> _ = art.add(deputy); _ = art.add(head); end_deputy_on_promotion(art); deputy["former"], deputy["end"]
    (True, 2014)
    """
    for deputy in art.of("post"):
        title, person = deputy["title"], deputy.get("person")
        if "副" not in title or person is None or deputy.get("end") or not deputy.get("start"):
            continue
        head_title = title.replace("副", "", 1)
        head = next((p for p in art.of("post") if p.get("person") is person and p["title"] == head_title
                     and _same_seat(p, deputy) and p.get("start") and _later(p, deputy)), None)
        if head is not None:
            deputy["former"] = True
            deputy["end"], deputy["end_month"] = head["start"], head.get("start_month")


def _same_seat(a: Span, b: Span) -> bool:
    """Whether two posts are of one body, or, bodiless both, of one place; a government's
    head or deputy is of his place whether the text wrote the government or not ("某县副县长",
    then "当选某县人民政府县长": one seat's deputy and head).

    >>> deputy = Span("post", 0, 0, 3, "副县长", {"org": None, "place": {"name": "某县", "code": "1"}})
    >>> head = Span("post", 1, 0, 2, "县长", {"org": {"name": "某县人民政府"}, "place": {"name": "某县", "code": "1"}})
    >>> bureau = Span("post", 1, 0, 2, "局长", {"org": {"name": "某县财政局"}, "place": {"name": "某县", "code": "1"}})
    >>> _same_seat(head, deputy), _same_seat(bureau, deputy)
    (True, False)
    """
    written = [p["org"]["name"] for p in (a, b) if p.get("org") is not None]
    if len(written) == 2:
        return written[0] == written[1]
    if written and not written[0].endswith(("人民政府", "政府")):
        return False
    return _place_key(a) is not None and _place_key(a) == _place_key(b)


# How long a secondment (挂职) lasts: one to two years by the rules on cadres' temporary
# postings, some poverty-alleviation ones a whole term of five; one started longer ago than
# that before the article is over.
SECONDMENT_YEARS = 5


def end_old_secondments(art: Article) -> None:
    """A secondment the article dates more than five years before its own year is a
    former post ("2015年…到某县挂职任副县长" in a 2024 article), its end untold.

    >>> from kg.article import Article, Span
    >>> art = Article(source_file="x", date="2024-04-02")
    >>> post = Span("post", 0, 0, 3, "副县长", {"title": "副县长", "temporary": True, "start": 2015})
    >>> _ = art.add(post); end_old_secondments(art); post["former"]
    True
    """
    for post in art.of("post"):
        start, year = post.get("start"), art.year
        if post.get("temporary") and start and year and year - start > SECONDMENT_YEARS and not post.get("end"):
            post["former"] = True



# The holder's ordinal written before a post: "第一任村书记某某", "第三任县委书记", "首任站长".
ORDINAL = re.compile(r"(?:第([一二三四五六七八九十\d]{1,3})|(首))任$")


def earlier_holders(art: Article) -> None:
    """Holders of one post counted by their order ("第一任村书记甲…；第二任村书记乙…；现在…村
    书记丙"): each one counted before a later holder the article names (a higher count, or the
    holder written with none: the present one) has left the post.  A post is its title and
    its body, else its place.

    >>> from kg.read import article_from_text
    >>> art = article_from_text("题\\n第一任站长甲，第二任站长乙。", "x.txt")
    >>> a = Span("post", 0, 3, 5, "站长", {"title": "站长", "person": {"name": "甲"}})
    >>> b = Span("post", 0, 10, 12, "站长", {"title": "站长", "person": {"name": "乙"}})
    >>> art.of("post").extend([a, b]); earlier_holders(art); a.get("former"), b.get("former")
    (True, None)
    """
    groups: dict[tuple, list[tuple[int | None, Span]]] = {}
    for post in art.of("post"):
        org, place = post.get("org"), post.get("place")
        where = org["name"] if org is not None else place["name"] if place is not None else None
        if post.get("person") is None:
            continue
        m = ORDINAL.search(art.sentences[post.sent].simp, 0, post.start)
        count = (cn_number(m.group(1)) if m.group(1) else 1) if m else None      # (首任: the first)
        groups.setdefault((post["title"], where), []).append((count, post))
    for held in groups.values():
        if len({id(p["person"]) for _, p in held}) < 2 or all(n is None for n, _ in held):
            continue
        top = max((n for n, _ in held if n is not None), default=0)
        current = any(n is None and not p.get("former") for n, p in held)
        for n, post in held:
            if n is not None and (current or n < top):
                post["former"] = True


def drop_starts_after_end(art: Article) -> None:
    """A post that ends before it starts had its start taken from the article's year (a step
    told with no date of its own) and its end told: "某某任某村党支部书记至2021年" in a 2024
    article.  The told end stands; the start is not known.

    >>> art = Article("x.txt")
    >>> post = Span("post", 0, 0, 2, "县长", {"start": 2024, "start_month": None, "end": 2021})
    >>> art.of("post").append(post); drop_starts_after_end(art); post["start"]
    """
    for post in art.of("post"):
        if post.get("start") and post.get("end") and post["start"] > post["end"]:
            post["start"] = post["start_month"] = None


# A village's two leaders' posts, which one person holds at once where the text says 一肩挑
# (the Party branch's secretary is also the village committee's head, the norm since 2018).
VILLAGE_LEADERS = ("党支部书记", "村党支部书记", "党总支书记", "村党总支书记", "村党组织书记", "村委会主任", "村主任",
                   "居委会主任", "社区居委会主任")


def held_together(art: Article) -> None:
    """"…当选为村党支部书记，实现“一肩挑”": the village committee's head named before stays
    held beside the secretary's post (not left for it), where the text ended it nowhere; in a
    story that says 一肩挑, of each person holding both posts of one village.

    >>> from kg.article import Span
    >>> from kg.read import article_from_text
    >>> art = article_from_text("题\\n2017年当选村委会主任。2020年当选为村党支部书记，实现“一肩挑”。", "x.txt")
    >>> who, village = {"name": "某某"}, {"name": "某村", "level": "village"}
    >>> head = art.add(Span("post", 0, 7, 12, "村委会主任", {"title": "村委会主任", "person": who, "place": village,
    ...                                                    "start": 2017, "former": True}))
    >>> art.add(Span("post", 1, 9, 15, "村党支部书记", {"title": "村党支部书记", "person": who, "place": village})) and None
    >>> held_together(art); head["former"]
    False
    """
    if not any("一肩挑" in sent.simp for sent in art.sentences):
        return
    for post in art.of("post"):
        if post["title"] not in VILLAGE_LEADERS or post.get("former"):
            continue
        for other in art.of("post"):
            if other is not post and other.get("person") is post.get("person") and other["title"] in VILLAGE_LEADERS \
                    and _place_key(other) is not None and _place_key(other) == _place_key(post) \
                    and other.get("former") and not other.get("end"):
                other["former"] = False

