"""Events: meetings, conferences and fairs that the text names (ck:Event).

How official news names and reports an event:
* a scope or owner, a topic and a head noun: "全市安全生产工作会议", "县委常委会会议",
  "第三届中国（某地）茶业博览会", "某镇乡村振兴现场推进会";
* the name follows a verb of holding or attending or a preposition, or opens the
  sentence: "召开全县…大会", "出席…开幕式", "在…论坛上";
* the date and the venue are in the same sentence: "6月5日，…在某市召开";
* who attends or speaks is said with 出席, 参加, 主持, 讲话, 致辞, 作报告: every person
  of such a sentence took part.
A head noun alone ("会议指出", "此次会议", "会上") is no name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Article, Span
from kg.components import Component, register
from kg.lang.words import longest_first, words


LEFT = ("召开", "举行", "举办", "出席", "参加", "主持", "列席", "开幕", "闭幕", "在", "的", "了", "于",
        "建立", "开展", "创办", "设立")        # ("建立某某季度工作交流会": a review set up as an institution)
STOP = set("，,。；;：:！？!?、《》 \n")        # brackets may stand inside a name: 第三届中国（某地）博览会
NOT_NAMED = ("此次", "这次", "本次", "该", "这", "会议", "大会", "各", "有关", "相关", "一系列", "多次", "专题")
CLAUSE_WORDS = ("按照", "根据", "围绕", "和", "与", "及", "对", "把", "被", "情况")   # a clause, not a name
SCOPE = re.compile(r"^(第[一二三四五六七八九十百\d]+[届次]|全[国省市县区镇乡]|[省市县区镇乡]委|[省市县区]政府|中国|国际|“)")
ATTEND = ("出席", "参加", "主持", "讲话", "致辞", "发言", "作报告", "列席", "宣读", "部署", "强调")
DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


@lru_cache(maxsize=1)
def head_re() -> re.Pattern:
    return re.compile("|".join(longest_first(words("event_heads"))))


def _stem_start(text: str, head_start: int) -> int:
    """After the nearest stop character or holding verb, at most 24 characters back."""
    for s in range(head_start - 1, max(head_start - 25, -1), -1):
        if text[s] in STOP:
            return s + 1
        if text.endswith(LEFT, 0, s + 1):
            return s + 1
    return max(head_start - 24, 0)


# Events a place or a body holds again and again, which official news names as institutions:
# its fairs and festivals (博览会, 展销会, 文化节…) and its reviews at fixed intervals ("镇党委
# 书记季度工作讲评会", "项目建设月度观摩点评会").  Such an event is a program of the place too
# (its kind "other"), where a one-off meeting is an event only.
FAIRS = ("博览会", "交易会", "展销会", "洽谈会", "展览会", "文化节", "旅游节", "艺术节")
PERIODIC = re.compile(r"(?<![一二三四1-4])季度|月度|每月|每季")      # (not 年度: "2022年度工作总结大会" is one meeting;
#                                                               not one quarter: "第一季度重点项目集中开工仪式")
COUNTED = re.compile(r"(?:[一二两三四五六七八九十]+|\d+)(?:届|次)")


def _named(stem: str, places: list[Span], start: int, head: str = "") -> bool:
    """A proper part: a scope or ordinal, a quoted name, or a place the stem opens with; a
    fair's own name before its head ("连续三年举办某某贸易投资博览会")."""
    if len(stem) < 2 or stem.startswith(NOT_NAMED) or any(w in stem for w in CLAUSE_WORDS):
        return False
    if stem.startswith("“") and "”" not in stem:
        return False                     # a quotation that runs on, not a quoted name
    fair = head in FAIRS and all("\u4e00" <= c <= "\u9fff" or c in "（）()" for c in stem)
    return bool(SCOPE.match(stem)) or any(p.start == start for p in places) or fair


def recurring(event: Span) -> bool:
    """Whether the event is one a place holds again and again: a fair or a festival, or a
    review at fixed intervals.

    >>> recurring(Span("event", 0, 0, 9, "某某茶叶博览会", {"name": "某某茶叶博览会"}))
    True
    >>> recurring(Span("event", 0, 0, 9, "全县安全生产工作会议", {"name": "全县安全生产工作会议"}))
    False
    >>> recurring(Span("event", 0, 0, 9, "某县第一季度重点项目开工仪式", {"name": "某县第一季度重点项目开工仪式"}))
    False
    """
    return event["name"].endswith(FAIRS) or PERIODIC.search(event["name"]) is not None


def _date(text: str, upto: int, year: int | None) -> str | None:
    found = [m for m in DATE.finditer(text[:upto])]
    if not found:
        return None
    y, mo, d = found[-1].groups()
    y = int(y) if y else year
    return f"{y:04d}-{int(mo):02d}-{int(d):02d}" if y and 1 <= int(mo) <= 12 and 1 <= int(d) <= 31 else None


def _venue(places: list[Span], text: str) -> Span | None:
    """"在某省某市召开": the last place of the chain that follows 在."""
    for p in places:
        if text[p.start - 1:p.start] == "在":
            chain = p
            for q in places:
                if q.start == chain.end:
                    chain = q
            return chain
    return None


def find_events(art: Article, idx: int, text: str) -> list[Span]:
    places = list(art.in_sentence("place", idx))
    out: list[Span] = []
    for m in head_re().finditer(text):
        start = _stem_start(text, m.start())
        counted = COUNTED.match(text, start, m.start())
        start = counted.end() if counted and m.group(0) in FAIRS else start      # "举办三届|某某旅游节": how often
        stem = text[start:m.start()]
        if out and out[-1].end > start or not _named(stem, places, start, m.group(0)):
            continue
        name = stem + m.group(0)
        people = [p for p in art.of("person") if idx in p["sentences"]] if any(w in text for w in ATTEND) else []
        out.append(Span("event", idx, start, m.end(), name,
                        {"name": name, "date": _date(text, start, art.year), "place": _venue(places, text),
                         "participants": people}))
    return out


@register
class Events(Component):
    """Meetings, conferences and fairs named in the text, with date, venue and who took part."""
    name = "events"
    requires = ("place", "person", "article.year")
    assigns = ("event",)

    def __call__(self, art: Article) -> Article:
        for sent in art.sentences:
            art.of("event").extend(find_events(art, sent.index, sent.simp))
        named = {p["key"] for p in art.of("program")}
        for event in art.of("event"):
            if recurring(event) and event["name"] not in named:
                named.add(event["name"])     # a fair or a periodic review: an institution, a program too
                art.add(Span("program", event.sent, event.start, event.end, event["name"],
                             {"name": event["name"], "core": event["name"], "kind": "other", "key": event["name"],
                              "place": event["place"], "org": None}))
        return art
