"""Mountains, rivers, lakes and scenic areas: places only where the text says so.

A name with the head of a natural feature (某山, 某江, 某湖, 某景区) is often part of a
company's, a school's or a product's name, and jieba knows many of them as ordinary
words (高山, 湖面).  Official news treats one as a place when it puts something on,
under or beside it after a preposition of place: "在某山脚下", "来到某湖畔", "沿着某江
两岸".  Only that shape makes a place of level `other`; the name must not be an ordinary
word (jieba tags it as a place or a name, or does not know it, and it is not one of
the common nouns jieba tags as places anyway: 高山, 湖泊).

>>> [m.group("name") for m in pattern().finditer("游客在玉龙雪山脚下拍照")]
['玉龙雪山']
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Span
from kg.recognize.segment import tag_of, tagged
from kg.lang.words import longest_first, words

BEFORE = ("在", "到", "来到", "走进", "登上", "沿着", "沿", "走上", "位于", "地处", "环绕")
STEM = r"[\u4e00-\u9fff]{1,5}?"
NOT_IN_NAME = set("的了在是和与及把被到从这那个们里上下边")
# A name opening a clause: no word of the clause's own before it ("对在某江边…").
OPEN_STEM = "(?:(?![" + "".join(sorted(NOT_IN_NAME)) + "对向沿])[\u4e00-\u9fff]){1,5}?"
# How a river runs or a range lies, right after its name opening a clause.
COURSES = ("横贯", "纵贯", "穿城而过", "流经", "绵延", "横亘", "发源于", "蜿蜒", "奔流", "环抱")


@lru_cache(maxsize=1)
def generic() -> frozenset[str]:
    return frozenset(words("generic_natural_words"))


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    heads = "|".join(longest_first(words("natural_heads")))
    after = "|".join(longest_first(words("natural_locatives")))
    before = "|".join(longest_first(list(BEFORE)))
    courses = "|".join(COURSES)
    # "地处某平原，", "位于某山脉中部": a statement of where a place lies ends its name at the clause's end too;
    # "某江两岸…", "某山脉横贯…": a clause that opens with the name, then where or how it lies
    return re.compile(rf"(?:(?:{before})(?P<name>{STEM}(?P<head>{heads}))(?={after})"
                      rf"|(?:地处|位于)(?P<lies>{STEM}(?:{heads}))(?=[，,。；;、])"
                      rf"|(?:^|(?<=[，,。；;：:“]))(?P<opens>{OPEN_STEM}(?:{heads}))(?={after}|{courses}))")


@lru_cache(maxsize=1)
def single_heads() -> frozenset[str]:
    return frozenset(h for h in words("natural_heads") if len(h) == 1)


def proper_tail(name: str, s: int) -> tuple[str, int]:
    """A name opening a clause without its clause's verb: the words before the feature's
    own proper name are the clause's ("统筹推进某江流域…" opens with a verb phrase).

    >>> proper_tail("保护黄河", 5), proper_tail("漓江", 0)
    (('黄河', 7), ('漓江', 0))
    """
    words_ = list(tagged(name))
    while len(words_) > 1 and not words_[0][1].startswith(("ns", "nr", "nz", "j")):
        s += len(words_.pop(0)[0])
    return "".join(w for w, _ in words_), s


def natural_places(idx: int, text: str, taken: list[Span]) -> list[Span]:
    """Spans of level other in one sentence, none overlapping a place already found."""
    out = []
    for m in pattern().finditer(text):
        group = next(g for g in ("name", "lies", "opens") if m.group(g))
        name, s, e = m.group(group), m.start(group), m.end(group)
        if group == "opens":
            name, s = proper_tail(name, s)
        head = next(h for h in sorted(words("natural_heads"), key=len, reverse=True) if name.endswith(h))
        stem = name[:-len(head)]
        if any(c in NOT_IN_NAME for c in name) or len(name) < 2 or any(c in single_heads() for c in stem):
            continue                      # "在某岛山间海边": two heads, no one name
        tag = tag_of(name)
        if name in generic() or (tag is not None and not tag.startswith(("ns", "nr", "nz"))):
            continue                      # 高山, 湖面: words, not names
        if any(p.sent == idx and p.start < e and s < p.end for p in taken):
            continue
        out.append(Span("place", idx, s, e, name, {"name": name, "surface": name, "level": "other",
                                                  "code": None, "parent": None}))
    return out


# A villagers' group (村民小组) by its own name, right after its village: "某村红星组",
# "某村勒尔社" (Sichuan's 社), "某村那坡屯" (Guangxi's 屯).  Numbered groups (三组) are ordinals,
# and a 组 or 社 that heads a body's name (工作组, 合作社, 经济社) or a word (组长, 组织) is none.
GROUP = re.compile(r"(?P<name>(?:(?![一二三四五六七八九十两0-9的了在是与及把被到从这那个们里上下])[\u4e00-\u9fff]){2,3}?"
                   r"(?:组|社|屯))(?![长员织建区会团])")
NOT_GROUPS = ("村民小组", "小组", "工作组", "经济社", "合作社", "公社", "股份社", "联社", "报社", "旅行社")


def village_groups(idx: int, text: str, found: list[Span]) -> list[Span]:
    """Spans of level other for a villagers' group named right after a village of `found`.

    >>> from kg.article import Span
    >>> v = Span("place", 0, 0, 3, "松林村", {"name": "松林村", "level": "village"})
    >>> [g.text for g in village_groups(0, "松林村和顺组的村民", [v])], village_groups(0, "松林村三组的村民", [v])
    (['和顺组'], [])
    """
    out = []
    for village in (p for p in found if p["level"] == "village" and p.sent == idx):
        m = GROUP.match(text, village.end)
        if m is None or m.group("name").endswith(NOT_GROUPS) or any(p.start < m.end() and m.start() < p.end for p in found):
            continue
        out.append(Span("place", idx, m.start(), m.end(), m.group("name"),
                        {"name": m.group("name"), "surface": m.group("name"), "level": "other", "code": None,
                         "parent": village}))
    return out


# Heads that make a named place wherever they stand, no preposition needed: a range, a
# reservoir, a reserve ("武陵山脉", "某镇白岩水库", "三江源自然保护区"): no company or word ends so.
UNMISTAKABLE = re.compile(r"山脉|水库|自然保护区|国家公园")
OPENERS = tuple(BEFORE) + ("地处", "位于")
FUNCTION = set("的了在是和与及把被到从这那个们里")          # (上, 下 may open such a name: 白岩水库)


def named_features(idx: int, text: str, found: list[Span]) -> list[Span]:
    """Spans of level other for a range, a reservoir or a reserve whose name of two to
    four characters opens a clause, follows a verb of place, or follows a place (its
    parent: "某镇白岩水库"); the name no ordinary word (高山水库: none).

    >>> [s.text for s in named_features(0, "地处武陵山脉腹地，建有光秀美的高山水库", [])]
    ['武陵山脉']
    """
    out = []
    for m in UNMISTAKABLE.finditer(text):
        for s in range(max(0, m.start() - 4), m.start() - 1):
            stem, e = text[s:m.start()], m.end()
            before = next((p for p in found if p.sent == idx and p.end == s), None)
            opens = s == 0 or text[s - 1] in "，,。；;、：:“（( " or text.endswith(OPENERS, 0, s)
            if not (before or opens) or stem.startswith(OPENERS) or any(c in FUNCTION or not "\u4e00" <= c <= "\u9fff" for c in stem):
                continue
            plain = any(t[:1] in "avdrbqcpuft" or w.startswith("全") for w, t in tagged(stem)) \
                or stem[-1] in "座个处条所项批"                     # 全县新建, 其中大型, 一座: no name
            if stem not in generic() and not plain \
                    and not any(p.sent == idx and p.start < e and s < p.end for p in found + out):
                out.append(Span("place", idx, s, e, text[s:e], {"name": text[s:e], "surface": text[s:e], "level": "other",
                                                                "code": None, "parent": before}))
            break
    return out
