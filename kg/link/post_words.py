"""Which words of a post's item are its own: where they start when another person's clause
ran on into the title, and the level written alone before a title.  Read by the linking
stage (kg.link.posts).
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.link.post_bodies import bare_unit, body_matcher
from kg.recognize.org_names import org_span
from kg.recognize.posts import CANDIDATES


# The level words of divisions down to the county (自治区 before 区), and a township's.
LEVELS = ("自治区", "省", "市", "州", "县", "区", "旗", "盟")
TOWNSHIP_WORDS = ("街道", "镇", "乡")
GRADED = re.compile("(" + "|".join(LEVELS) + ")级$")          # a level's own grade: "市级", "旗级"


# A verb that introduces the people listed after it, right before a post's bare level: "出席
# 会议的有市委常委某某", "参加调研的还有县人大常委会副主任某某", "嘉宾包括省政协副主席某某".
LISTED_AFTER = re.compile(r"(?:的有|的是|还有|包括|邀请了?)(?=[省市县区州盟旗镇乡])")
HAS = re.compile(r"[有是](?=[省市县区州盟旗镇乡])")      # (an item that 的 ended before: "…的|有市委常委某某")
# A preposition that names the agent or addressee of the clause's verb right before the
# post's bare level: "活动由县政协副主席某某带队", "受市人大常委会主任某某委托", "向镇人大主席某某汇报".
AGENT_BEFORE = re.compile(r"(?:由|受|向|请|陪同)(?=[省市县区州盟旗镇乡])")


def own_start(art: Article, idx: int, text: str, a: int, head: int) -> int:
    """Where an item's own words start: after the last person named inside them, whose
    clause ran on into this title ("某县县长某某走访了市级人大代表某某": 市级, not the county);
    `a` unchanged where only a join and no word stand between that name and the title
    ("队长某某和队员某某": a bare title shares the list's body)."""
    spans = [x for k in ("place", "org") for x in art.in_sentence(k, idx)]
    ends = [at + len(p["name"]) for p in art.of("person")
            for at in [text.rfind(p["name"], a, head)] if at >= 0
            and not any(x.start <= at < x.end for x in spans)]
    if not ends:
        listed = LISTED_AFTER.search(text, a, head) or HAS.match(text, a, head) or AGENT_BEFORE.search(text, a, head)
        return listed.end() if listed else _after_a_clause(spans, text, a, head)      # "参加会议的有市人大常委会
        #                                           副主任某某", "由县政协副主席某某主持": the verb, then the post's words
    start = max(ends)
    while start < head and text[start] in "和与及、，, ":
        start += 1                    # "…某某和旗级人大代表某某": the join is no word of the post
    return start if start < head else a


def _after_a_clause(spans: list[Span], text: str, a: int, head: int) -> int:
    """Where the chain of places and bodies that runs up to the title starts, when a body
    or place stands before it with other words between ("某市中级人民法院公开宣判|某省某市原
    市长", "某局派驻|某村第一书记"; "某局选派到|某市某县某村的第一书记": 的 may stand between the
    run and the title): that one is the clause's subject, not the post's."""
    end = head - 1 if text[head - 1:head] == "的" else head
    run = next((x for x in spans if x.start >= a and x.end == end), None)
    start = run.start if run is not None else a
    while run is not None:
        run = next((x for x in spans if a <= x.start < start and x.end == start), None)
        start = run.start if run is not None else start
    before = [x for x in spans if a <= x.start and x.end < start]
    return start if start > a and before else a


def level_word(prefix: str) -> str | None:
    """A level written alone before a title or a body, which names the article's own
    division of that level.

    >>> level_word("市"), level_word("省公安局"), level_word("走访了市级"), level_word("社区")
    ('市', '省', '市', None)
    """
    for word in (LEVELS[0], "地区", *LEVELS[1:], *TOWNSHIP_WORDS):   # "地区行署", "镇人大"
        rest = prefix[len(word):]
        if prefix.startswith(word) and (rest in ("", "级") or body_matcher().suffix(rest) == rest or bare_unit(rest, 10)):
            return word
    graded = GRADED.search(prefix)       # "走访了市级人大代表"
    return graded.group(1) if graded else None


def same_kind(title: str, place: str) -> bool:
    """Whether the title's level word is the one the place's name ends with: a county-level
    city has a 市长 and a 市委 although its level is the county's ("某市委副书记、市长" in a
    career chain: the same 县级市), as a county's 县长 is its own.

    >>> same_kind("市长", "常宁市"), same_kind("市长", "某某县"), same_kind("省委副书记", "常宁市")
    (True, False, False)
    """
    word = next((w for w in LEVELS if w in title), None)
    return word is not None and place.endswith(word)


# 该 and a body's kind, standing for the body of that kind named before ("该院执行局局长": the
# court's; "该局党组书记": the bureau's), and the name endings each kind stands for.
ANAPHOR = re.compile(r"该(中心|公司|集团|院|局|校|行|厂|所|社)")
# ...and the kind alone opening an item with a unit of the body after it, as a body's own news
# writes its units ("某局召开会议。局办公室主任某某主持": the bureau's office).
BARE_KIND = re.compile(r"(中心|公司|集团|院|局|校|厂|所)(?=办公室|机关党委|机关党支部|党组|党委|党支部|工会|团委)[\u4e00-\u9fff]{2,5}")
KIND_ENDINGS = {"校": ("校", "中学", "小学", "大学", "学院")}


def anaphoric_body(art: Article, idx: int, words: str, at: int) -> Span | None:
    """The body "该院", "该局"… stands for (the last one of that kind named before `at` in
    sentence `idx`), or its unit written after it ("该院立案庭": the court's); the kind alone
    stands so too where a unit of the body follows it ("局办公室", in the bureau's own news).

    A unit is read only where the words after the kind are a body's ("该局办公室"), not a
    clause ("该局近日召开").

    >>> ANAPHOR.match("该院执行局").group(1), ANAPHOR.match("应该院")
    ('院', None)
    >>> BARE_KIND.fullmatch("局办公室").group(1), BARE_KIND.fullmatch("局长"), BARE_KIND.fullmatch("格局办公室")
    ('局', None, None)
    """
    m = ANAPHOR.match(words) or BARE_KIND.fullmatch(words)
    if m is None:
        return _of_that_place(art, idx, words, at)
    kind, unit = m.group(1), words[m.end(1):]
    if unit and not unit.startswith("驻") and not (body_matcher().suffix(unit) == unit or bare_unit(unit, 8)):
        return None
    ends = KIND_ENDINGS.get(kind, (kind,))
    before = [o for o in art.of("org") if o["name"].endswith(ends) and (o.sent < idx or o.sent == idx and o.end <= at)]
    host = max(before, key=lambda o: (o.sent, o.end), default=None)
    if host is None:
        return None
    if unit.startswith("驻"):          # "该公司驻工作队": the team it sent, as named in full before; else none
        return _team_of(art, idx, host["name"], unit[1:], at)      # (its place is not in these words)
    return org_span(art, host["name"] + unit, host.get("place"), idx) if unit else host


# 该 and a level, standing for the place of that level named before ("该乡扶贫工作站原站长": the
# township's station), the level's endings among place names.
PLACE_ANAPHOR = re.compile(r"该(乡|镇|街道|村|社区|县|区)")
LEVEL_ENDINGS = {"乡": ("乡", "镇"), "镇": ("镇", "乡"), "街道": ("街道",), "村": ("村",), "社区": ("社区",),
                 "县": ("县",), "区": ("区",)}


def _of_that_place(art: Article, idx: int, words: str, at: int) -> Span | None:
    """The body a place's anaphor opens ("该乡扶贫工作站", "该村股份经济合作社"): the body of
    that kind of the last place of its level named before `at`.

    >>> PLACE_ANAPHOR.match("该乡扶贫工作站").group(1), PLACE_ANAPHOR.match("应该村")
    ('乡', None)
    """
    m = PLACE_ANAPHOR.match(words)
    unit = words[m.end():] if m else ""
    if not unit or body_matcher().suffix(unit) != unit:
        return None
    before = [p for p in art.of("place") if p["name"].endswith(LEVEL_ENDINGS[m.group(1)])
              and 0 <= p.sent and (p.sent < idx or p.sent == idx and p.end <= at)]
    place = max(before, key=lambda p: (p.sent, p.end), default=None)
    return org_span(art, place["name"] + unit, place, idx) if place is not None else None


def _team_of(art: Article, idx: int, sender: str, kind: str, at: int) -> Span | None:
    """The team `sender` stationed somewhere, named in full before `at` ("某公司驻某村工作队"),
    for "该公司驻工作队"; None where no such team, or two, were named."""
    teams = [o for o in art.of("org") if o["name"].startswith(sender + "驻") and o["name"].endswith(kind)
             and (o.sent < idx or o.sent == idx and o.end <= at)]
    return teams[-1] if kind and len({o["name"] for o in teams}) == 1 else None


# A level's whole class of places, not one of them ("拟任设区市政府市长": some prefecture's mayor,
# which the notice does not say; "省属企业", "县（市、区）委书记").
ANY_OF_LEVEL = re.compile(r"设区的?市|地级市|县级市|副省级|省属|省直|市[（(]州[）)]|县[（(]市[、，,]?区?[）)]")


def unread_place(stem: str, title: str) -> bool:
    """Whether the words before a title that opens with a level ("镇党委书记", "县长") are a
    place's own name that no recognizer read ("某某镇党委书记" of a town the tables do not
    place): the post is that place's, so no other place of the sentence or the article
    is taken for it.

    >>> unread_place("城关", "镇党委书记"), unread_place("", "镇党委书记"), unread_place("该", "镇长")
    (True, False, False)

    The place's name may be written whole before its head's title, its level doubled ("某某市
    市长" of a city abroad the tables do not know): its own words before the level say so.

    >>> unread_place("光州广域市", "市长"), unread_place("哈勒市", "市长"), unread_place("我市", "市长")
    (True, True, False)
    """
    from kg.recognize.segment import tagged

    if not stem or title[:1] not in "乡镇村县区市旗":
        return False
    doubled = stem.endswith(title[0]) and len(stem) > 1
    word, tag = list(tagged(stem[:-1] if doubled else stem))[-1]
    if doubled:                           # "某某市市长": any noun before the level (a city abroad jieba
        return len(word) >= 2 and tag[:1] in "ns"        # reads as a foreign name: 哈勒, nrt), not 我市
    return tag.startswith(("ns", "s", "nz")) and len(word) >= 2      # a place's or a proper name (城关, 城郊)


def candidacies(art: Article) -> None:
    """A post the text writes with its candidacy's noun after it ("提名某某为某市市长候选人",
    "市委常委、提名常务副市长人选某某") is a candidacy: its title keeps the noun, as the text has
    it ("市长候选人"), and it is proposed, not held; one not held ends no post before it.

    >>> from kg.read import article_from_text
    >>> art = article_from_text("题\\n某某为市长候选人。", "x.txt")
    >>> post = Span("post", 1, 3, 5, "市长", {"title": "市长"}); art.of("post").append(post)
    >>> candidacies(art); post["title"], post["proposed"]
    ('市长候选人', True)
    """
    for post in art.of("post"):
        text = art.sentences[post.sent].simp
        noun = next((w for w in CANDIDATES if text.startswith(w, post.end)), None)
        if noun and not post["title"].endswith(noun):
            post["title"] += noun
            post["proposed"] = True
