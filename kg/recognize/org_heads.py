"""Where a body named by a head noun ends: the closed class of heads (kg/data/body_heads.txt)
after a place or a parent body, the words between that a name may hold (no title, verb or
function word, unless the body is named by its task), and what may follow a name (a title,
a separator, 的/和/等).  Used by kg.recognize.orgs for "某省" + 统计局 + 贸易处.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Span
from kg.lang.script import HAN
from kg.lang.words import longest_first, table, words
from kg.places.gazetteer import division_span, load
from kg.recognize.org_names import title_matcher
from kg.recognize.place_hits import names_a_branch
from kg.recognize.place_outlets import division_opening
from kg.recognize.segment import tagged

STUDIED = re.compile(r"毕业于|就读于|任教于|就职于|肄业于|考入|考取|考上|考进|升入|保送")
FOUNDING = re.compile("|".join(sorted(words("founding_verbs"), key=len, reverse=True)))
BOUNDARY = set("，,。；;：:、“”‘’《》()（）[]【】 的了在到从与和由是为对把被向给及并")


@lru_cache(maxsize=1)
def heads() -> tuple[str, ...]:
    """Heads that end a body's name by themselves (not 会 or 社: 大会, 报社 are read elsewhere)."""
    return tuple(sorted((h for h in words("body_heads") if h not in ("会", "社")), key=len, reverse=True))


# A body's own office, named by its head noun alone right after the body and before a post
# ("某公司办公室副主任", "某领导小组办公室主任"): the unit every organ and firm has.
OWN_OFFICE = ("办公室", "党委办公室", "综合办公室")


# A court's own divisions written right after it (人民法院组织法: its 审判庭 and 立案庭, the
# 执行局 of an intermediate court; "某县人民法院民事审判第一庭庭长", "某县法院立案庭副庭长"): read
# after a court only, where a title or a separator follows.
COURT_DIVISION = re.compile(rf"[{HAN}]{{0,6}}?审判(?:第[一二三四五六七八九十]+)?庭|立案庭|执行庭|执行局|审判监督庭|审判管理办公室")


def court_division_end(text: str, at: int) -> int | None:
    """Where the court division named right at `at` ends, None where none is.

    >>> court_division_end("民事审判第一庭庭长", 0), court_division_end("立案庭副庭长", 0)
    (7, 3)
    >>> court_division_end("执行局的干警", 0), court_division_end("立案登记", 0)
    (3, None)
    """
    m = COURT_DIVISION.match(text, at)
    if m is None or m.end() < len(text) and text[m.end()] not in BOUNDARY and not title_matcher().match_at(text, m.end()):
        return None
    return m.end()


# Quantifiers of a body's staff right after its name ("某管理处部分窗口工作人员", "某局全体干部").
STAFF_AFTER = ("部分", "全体")


def headed_end(text: str, at: int, unit: bool = False) -> int | None:
    """Where a body named after position `at` ends: the last head within ten characters
    that a title, a separator, 的/和/等 or the end of the text follows; after a body
    (`unit`), also its own office written alone before a title."""
    if unit:
        office = next((w for w in OWN_OFFICE if text.startswith(w, at)), None)
        if office and title_matcher().match_at(text, at + len(office)):
            return at + len(office)
    best = None
    for z in range(at + 2, min(len(text), at + 12) + 1):
        stem = text[at:z]
        if not re.fullmatch(rf"[{HAN}]+", stem) or not stem.endswith(heads()):
            continue
        head = next(h for h in heads() if stem.endswith(h))
        if len(stem) - len(head) < 2 or (z < len(text) and text[z] in "长员"):
            continue
        if text[z:z + 1] in ("在", "以", "有", "属") or re.fullmatch(r"[东南西北中]+", stem[:len(stem) - len(head)]) \
                or stem.endswith(words("not_body_endings")):
            continue                        # 所在, 处在: a verb; 中南部: a direction, not a body
        after = text[z:z + 1]
        staff = text.startswith(STAFF_AFTER, z) or text.startswith("一行", z)    # "某局部分窗口工作人员": some of its
        #                                                     staff; "某地考察团一行": its members in a party
        former = after == "原" and title_matcher().match_at(text, z + 1)      # "某局某某股原股长": a past head
        if not after or after in BOUNDARY or after in "等" or staff or title_matcher().match_at(text, z) or former:
            name = stem[:len(stem) - len(head)]
            if head == "委员会":
                name = name.replace("与", "")   # an assembly's "农业与农村工作委员会": two fields, no clause
            task = head in TASK_HEADS or head.endswith("组") or unit and head in FUNCTION_UNITS \
                or head in OWN_OFFICE and name.endswith(TASK_HEADS)    # "巡视工作领导小组办公室": the task body's office
            if not clause_like(name, title_matcher(), task=task, head=head):
                best = z
    return best


# Heads of coordinating bodies set up for a task, which their names state as a verb and its
# object: "脱贫攻坚领导小组", "巡视工作领导小组", "防汛抗旱指挥部" (议事协调机构), "扶贫工作团";
# so are the groups sent out, whose heads end in 组 ("生态环境保护督察组").
TASK_HEADS = ("领导小组", "小组", "指挥部", "工作团")
# ...and a body's sections, named by the work they do ("某局预算科", "某委规划处", "督查室"):
# a verb there is the section's function, where the name runs right up to a title.
FUNCTION_UNITS = ("科", "处", "股", "室")
# A section named by its staff's post, numbered or not ("办公厅秘书二处", "县委办秘书科").
SECTION_AFTER = re.compile(r"[一二三四五六七八九十]{0,2}[科处股室]")
NUMBERED_GROUP = re.compile(r"第[一二三四五六七八九十]{1,3}[\u4e00-\u9fff]{0,4}组$")


def clause_like(name: str, titles, task: bool = False, head: str = "") -> bool:
    """Words that no body's name holds: a post title (a person's introduction runs on),
    a verb (unless the body is named by its task), a pronoun, adverb, preposition,
    conjunction or particle, 原 (a former post)."""
    return ("原" in name or name.startswith(words("generic_body_words"))
            or any(not name.startswith("会", e) and not SECTION_AFTER.fullmatch(name[e:] + head)
                   for _, e, _ in titles.finditer(name))      # 委员会 holds 委员, 秘书二处 秘书
            or any((f == "v" and not task) or f[:1] in "rdpcuq" for _, f in tagged(name)))


# A bank's branch written bank, place, 分行 or 支行 ("中国某某银行某县支行", "某某银行某市分行"):
# one body, the place's branch, where a county's finance news names its officers.
@lru_cache(maxsize=1)
def bank_branch() -> re.Pattern:
    """A bank's name, or its short name (kg/data/bank_short_names.tsv), then its branch."""
    shorts = "|".join(longest_first(list(table("bank_short_names"))))
    return re.compile(rf"((?:中国)?[{HAN}]{{2,8}}?银行|{shorts})([{HAN}]{{2,10}}?(?:分行|支行))")


def bank_branches(text: str, places: list, make) -> list:
    """The branches of `text`, each under the place its name holds; `make(name, place, s, e)`
    makes the span.

    >>> bank_branches("中国农业银行某县支行行长", [], lambda n, p, s, e: (n, s, e))
    [('中国农业银行某县支行', 0, 10)]
    >>> bank_branches("他在建设银行某市分行工作", [], lambda n, p, s, e: n)
    ['建设银行某市分行']
    >>> bank_branches("农行醴陵市支行行长", [], lambda n, p, s, e: n)     # the bank's short name
    ['中国农业银行醴陵市支行']
    >>> bank_branches("务农行业务支行", [], lambda n, p, s, e: n)         # and its branch's place after it
    []
    """
    out = []
    for m in bank_branch().finditer(text):
        start = max([m.start()] + [k + 1 for k in range(m.start(), m.end(1)) if text[k] in BOUNDARY])
        short = table("bank_short_names").get(text[start:m.end(1)])
        if m.end(1) - start < 4 and short is None:
            continue                      # "在银行某县支行": no bank's name
        place = next((p for p in places if m.start(2) <= p.start < m.end()), None)
        code = division_opening(m.group(2), load()) if place is None else None
        if short and place is None and code is None:
            continue                      # a short name must be followed by its branch's place ("务农行业": no 农行)
        name = (short or text[start:m.end(1)]) + m.group(2)        # 农行 is 中国农业银行
        out.append(make(name, place or (division_span(code) if code else None), start, m.end()))
    return out


def left_edge(text: str, start: int, end: int, places: list[Span]) -> int:
    """Start of a suffixed name: a place it opens with, else the last boundary before it.
    Where a place is followed by a place above it, the name opens with that one: in
    "在某县某镇某县某某合作社" the cooperative is registered as 某县某某合作社, and the
    township before says where it stands."""
    s = start
    while s < end and text[s] in BOUNDARY:
        s += 1
    for k in range(start, end):
        if text[k] in BOUNDARY:
            s = k + 1
    firm = max([start] + [k + 1 for k in range(start, end) if text[k] in BOUNDARY and text[k] != "和"])
    for p in places:      # after the last boundary but 和, which names hold: "某市副市长某某与某某分公司"
        if firm < p.start and names_a_branch((p.start, p.end, p.text), text):
            continue          # "某某甘肃分公司": the brand before the branch's place opens the name
        if firm <= p.start < end or p.start < firm < p.end:
            return p.end if opening_ancestor(text, p) is not None else p.start
    founded = [m.end() for m in FOUNDING.finditer(text, s, end)] + [m.end() for m in STUDIED.finditer(text, s, end)]
    return max(founded) if founded else s    # "他组建成立某某合作社", "毕业于某某大学": the name follows the verb


def opening_ancestor(text: str, place: Span) -> Span | None:
    """The place above `place` whose name the text writes right after it ("某镇|某县…"), if any."""
    above = place.get("parent")
    while above is not None and not text.startswith(above["name"], place.end):
        above = above.get("parent")
    return above
