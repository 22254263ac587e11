"""When a post was held, as the clause that states it says: years, former, temporary.

Official news dates a career in the clause before the title:

    张三2016年起任某县县长            -> startYear 2016 (the last year in the sentence
                                         before the verb that takes the post up)
    2012年至2015年任某镇党委书记      -> startYear 2012, endYear 2015
    曾任某乡乡长 / 历任… / 已退休      -> former
    免去李四的某局局长职务            -> former (the post ends with the article)
    王五到某县挂职任副县长 / 挂任      -> temporary (a cadre seconded for a term)

A post without a year is dated by its article (the `career_of_person` query reads the
article's date as the date the post was reported).  "原" marks a former post only at the
start of the post's own words (原某县县长), which the post recognizer reads; elsewhere it
is too often part of a word (原则, 太原, 草原).
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.lang.words import words
from kg.recognize.career_verbs import PAST_LEADS, STILL_THEN
from kg.recognize.career_dates import find_dates
from kg.recognize.segment import frequency


CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")
# 时任 ("then serving as") dates the post's holding, not its start: "2010年，时任某省委常委的某某";
# 不再担任, 卸任, 离任 leave a post, and the year before them is when it was left.
TAKE_UP = re.compile(r"(?:(?<![时卸离担])(?<!不再)任|(?<!不再)担任|出任|调任|转任|挂任|提任|履新|当选)(?:[\u4e00-\u9fff]{0,20})$")
TEMPORARY = re.compile(r"挂职|挂任")
SECONDED_NOTE = re.compile(r"[（(](?:挂职|援疆|援藏|援青)[）)]")       # (paired aid sends its cadres for a term)
# The same note after the holder's name that follows the title: "县委常务副书记某某（挂职）".
NAME_NOTED = re.compile(r"[\u4e00-\u9fff]{2,4}" + SECONDED_NOTE.pattern)
# A post then the one who takes it up, right after its title: "…市长由某某担任", "…区长一职由某某接任".
TAKEN_BY = re.compile(r"(?:一职|职务)?由[\u4e00-\u9fff·]{2,6}?(?:同志)?(?:担任|兼任|接任|出任)(?=[，,；;。]|$)")
# Who held a post before, told by the post then its holder: "此前，某市市长一职由某某担任".
HELD_BY = re.compile(r"[^，,；;。]*?" + TAKEN_BY.pattern)
# A birth's date ("1975年5月出生，", "1975年生，"), which starts no post told after it.
BORN = re.compile(r"\s*(?:出生|生(?=[，,于人（(]))")
# A date whose clause ends in 前 ("2020年到某镇任职前，", "2018年调任之前，"): the time before
# which the post of the next clause was held, its end, not its start.
BEFORE_THEN = re.compile(r"[^，,；;。]{0,16}?(?:之前|以前|前)[，,]")


def clause_before(text: str, start: int) -> str:
    """The words of the post's clause before its title."""
    cut = max((m.end() for m in CLAUSE_END.finditer(text[:start])), default=0)
    return text[cut:start]


def tenure(text: str, post: Span, named_before: bool = False, article_year: int | None = None) -> dict:
    """Years and flags for one post, from its sentence (simplified text).

    >>> from kg.article import Span
    >>> tenure("他2012年至2015年任县委书记。", Span("post", 0, 13, 17, "县委书记", {}))
    {'start': 2012, 'end': 2015, 'former': True, 'temporary': False, 'start_news': False}
    >>> tenure("新任县委副书记、代县长某某说。", Span("post", 0, 9, 12, "代县长", {}), article_year=2020)["start"]
    2020
    """
    at = text.find(post.text, post.start)        # a post read from a clause starts before 挂职任
    at = at if at >= 0 else post.start
    before = clause_before(text, at)
    start, end = years(text, at, describes_a_name(text, at + len(post.text)), article_year)
    held_then = start is not None and article_year is not None and start < article_year and STILL_THEN.search(before) is not None
    start = None if held_then else start          # "2018年，某某还在某局担任副局长": held then, taken up before
    news = start is None and before.lstrip().startswith(("新任", "新当选的", "新上任的"))
    if news:
        start = article_year              # "新任某县委副书记、代县长某某": taken up as the news tells
    if start is None and TAKEN_BY.match(text, at + len(post.text)) and not held_before(text, at):
        told = find_dates(text[:at], article_year)     # "2019年9月起，某市市长由某某担任", "日前，…一职由某某接任"
        start = told[-1].start[0] if told and not told[-1].end else None
    own = before[max(before.rfind("）"), before.rfind(")")) + 1:]      # not a note of the item before it
    noted = SECONDED_NOTE.match(text, at + len(post.text)) is not None \
        or NAME_NOTED.match(text, at + len(post.text)) is not None     # "副县长（挂职）某某", "副县长某某（挂职）"
    return {"start": start, "end": end, "former": bool(end) or held_then or is_former(text, at, before, post.text, named_before)
            or held_before(text, at), "temporary": seconded(own) or noted, "start_news": bool(news)}


def seconded(own: str) -> bool:
    """Whether the words before a post say it is held on secondment (挂职, 挂任); not where
    they describe its holder by another post held so, before 的 ("挂职任某县副县长的|某厅
    某处处长": the 处长 is his own).

    >>> seconded("在某县挂职任"), seconded("挂职任某县副县长的某厅某处"), seconded("在某县挂职的")
    (True, False, True)
    """
    from kg.recognize.org_names import title_matcher        # (org_names reads the gazetteer: loaded late)
    marks = list(TEMPORARY.finditer(own))
    if not marks:
        return False
    rest = own[marks[-1].end():]
    relative = rest[:rest.rfind("的")] if "的" in rest else ""
    return not any(title_matcher().match_at(relative, i) for i in range(len(relative)))


def held_before(text: str, at: int) -> bool:
    """Whether a sentence that opens on a time before the news (此前, 调整前…) says who held
    the post at `at`: "此前，某县县长一职由某某担任" — the holder has left it since.

    >>> held_before("此前，县长一职由甲某担任。", 3), held_before("目前，县长一职由甲某担任。", 3)
    (True, False)
    """
    return text.lstrip().startswith(PAST_LEADS) and HELD_BY.match(text, at) is not None


def describes_a_name(text: str, end: int) -> bool:
    """Whether the post's words from `end` on run into 的 within their clause: "担任某县县长
    的某某" describes the holder (a relative clause), it does not tell an appointment.

    >>> describes_a_name("会上，担任某县县长、县委副书记的王某发言", 9), describes_a_name("会上，王某任某县县长。", 9)
    (True, False)
    """
    rest = text[end:]
    stop = CLAUSE_END.search(rest)
    return "的" in rest[:stop.start() if stop else len(rest)]


def years(text: str, at: int, own_clause: bool = False, article_year: int | None = None) -> tuple[int | None, int | None]:
    """The last year (or span of years) in the sentence before the verb that takes up
    the post whose title starts at `at`; none when no such verb leads to it.  With
    `own_clause` (the verb is in a relative clause, see `describes_a_name`) only a year of
    the verb's own clause counts: "2020年5月，全县召开大会，担任县长的某某…" is dated by the
    meeting, "2016年担任县长的某某" by the post."""
    verb = TAKE_UP.search(text[:at])          # "…年…到某县挂职任|副县长"
    if not verb or CLAUSE_END.search(text[verb.start():at]):
        return None, None
    since = verb.start() - len(clause_before(text, verb.start())) if own_clause else 0
    told = find_dates(text[since:verb.start()], article_year)
    if not told:
        return None, None
    last = told[-1]
    if BORN.match(text, since + last.stop):
        return None, None                 # "某某，1975年5月出生，此前任某局局长": a birth, no start
    if BEFORE_THEN.match(text, since + last.stop) and not last.end:
        return None, last.start[0]        # "某某2020年到某镇任职前，在某局担任局长": held until then
    return last.start[0], last.end[0] if last.end else None


def is_former(text: str, at: int, before: str, title: str, named_before: bool = False) -> bool:
    """原/前 right before the title (unless it ends a name: 太原市委常委), a word of a past
    post in its clause, or 免去…职务."""
    after = text[at + len(title):at + len(title) + 8]
    return (text[at - 1:at] in ("原", "前") and not named_before) or any(w in before for w in words("former_markers")) or \
        (after.startswith(("职务", "等职务")) and "免" in before)


def _inside_a_name(art: Article, post: Span) -> bool:
    """Whether the character before the post's title (原 or 前) belongs to a word: a place
    or body the recognizers read (太原市, 中原区), or an everyday word with the character
    before it ("目前县长…", "草原") — unless a place or body ends right there ("某镇原党委
    书记") or the word means "before" (此前, 之前, 以前)."""
    before = post.start - 1
    spans = [x for k in ("place", "org") for x in art.in_sentence(k, post.sent)]
    if any(x.start <= before < x.end for x in spans):
        return True
    if before < 1 or any(x.end == before for x in spans):
        return False
    word = art.sentences[post.sent].simp[before - 1:before + 1]
    return word not in ("此前", "之前", "以前") and frequency(word) > 0


@register
class Tenure(Component):
    """Dates and flags of posts: ck:startYear, ck:endYear, ck:former, ck:temporary."""
    name = "tenure"
    requires = ("post", "article.year")
    uses = ("post.listed",)                      # the posts a list's heading gives (kg.recognize.name_lists)
    assigns = ("post.tenure",)

    def __call__(self, art: Article) -> Article:
        for post in art.of("post"):
            if post.get("held"):                 # a holders' list dated it (kg.recognize.person_holders)
                post.attrs.update(post["held"])
                continue
            t = tenure(art.sentences[post.sent].simp, post, _inside_a_name(art, post), art.year)
            post["former"] = post.get("former") or t["former"]
            post["temporary"], post["start"], post["end"] = t["temporary"], t["start"], t["end"]
            post["start_news"] = t["start_news"]     # (the article's year: a step the story dates says better)
        share_in_lists(art)
        return art


# What lies between two posts of one list: 、, then at most the next post's own body ("县委常委、组织部部长").
LIST_GAP = re.compile(r"、[^，,；;。：:的、\s]{0,12}")


def share_in_lists(art: Article) -> None:
    """A post listed right after a dated one, by 、 and nothing but its own body between them,
    was taken up by the same verb at the same time: "2019年起担任某村党支部书记、村委会主任的
    某某" dates both (the verb reaches the first title only, as `years` reads it).  A name
    between them makes two holders ("县长甲、副县长乙"); a date of its own is kept."""
    posts = sorted(art.of("post"), key=lambda p: (p.sent, p.start))
    for a, b in zip(posts, posts[1:]):
        if b.sent != a.sent or a["start"] is None or b["start"] is not None or b["end"] is not None or b.get("held"):
            continue
        text = art.sentences[a.sent].simp
        if not LIST_GAP.fullmatch(text, a.end, b.start) \
                or any(a.end <= n.start < b.start for n in art.in_sentence("person", a.sent)):
            continue
        b["start"], b["end"], b["start_news"] = a["start"], a["end"], a.get("start_news")
        b["former"] = b["former"] or bool(a["end"])
