"""How the words before a name split into posts: the chain of titles joined by 、 (and 兼),
the comma-separated groups of one speaker's titles ("某市委常委、组织部部长，市委党校校长某某"),
the groups after 时任, a roster item's concurrent groups; read by kg.recognize.posts.

"石家庄市正定县委常委、常务副县长某某": the chain splits at "、" into items, each ending in
a title: "石家庄市正定县委常委" and "常务副县长".
"""
from __future__ import annotations

import re

from kg.recognize.org_names import title_matcher
from kg.recognize.segment import tagged

BLANK = "丨"         # a quote around a title, blanked (see blank_quoted_titles)
CHAIN_BREAK = set("，,。；;：:“”‘’《》()（）!?！？ \n—的")


def split_items(chain: str) -> list[str]:
    """The items of an apposition chain: titles joined by 、, and by 兼 where a title ends on
    both sides ("某镇党委书记兼镇长", "副县长兼县公安局局长": two posts held at once; not 兼任,
    whose 任 could open a place, nor a garbled clause with a date in it).

    >>> split_items("某县委常委、副县长兼县公安局局长")
    ['某县委常委', '副县长', '县公安局局长']
    """
    out = []
    for part in _outside_brackets(chain):
        pieces = re.split(r"兼(?!任)", part)
        clean = not re.search(r"\d", part)
        out += pieces if len(pieces) > 1 and clean and all(title_matcher().suffix(p) for p in pieces) else [part]
    return out


def _outside_brackets(chain: str) -> list[str]:
    """The chain cut at each 、 that no bracket encloses ("某党校（某学院、某讲师团）校长" is
    one item: the bracket lists the bodies merged with the school).

    >>> _outside_brackets("甲县委常委、乙党校（丙学院、丁团）校长")
    ['甲县委常委', '乙党校（丙学院、丁团）校长']
    """
    parts, depth, start = [], 0, 0
    for i, c in enumerate(chain):
        depth += (c in "（(") - (c in "）)")
        if c == "、" and depth <= 0:
            parts.append(chain[start:i])
            start = i + 1
    return parts + [chain[start:]]


def blank_quoted_titles(text: str, titles) -> str:
    """The sentence with the quotes around each of `titles` ((start, end, title), as the
    sentence writes them) blanked to 丨, so that they break no chain of posts.

    >>> blank_quoted_titles("驻某村“第一书记”、某院教研员某某", [(4, 8, "第一书记")])
    '驻某村丨第一书记丨、某院教研员某某'
    """
    chars = list(text)
    for s, e, _ in titles:
        if 0 < s and e < len(text) and text[s - 1] in "“\"" and text[e] in "”\"":
            chars[s - 1] = chars[e] = BLANK
    return "".join(chars)


# A preposition opening the clause right before a body written with its bare level ("据|市某中心
# 主任某某介绍", "与|县某局局长某某交流"): no part of the chain (no division's name opens with one).
LEAD_IN = set("据由与向对经在")
LEVEL_FIRST_CHARS = set("省市县区镇乡村州盟旗")


def chain_start(text: str, s: int) -> int:
    """Where the chain that ends with the title at `s` begins: at a break, past a short
    quoted word inside a body's name ("市委常委、“某某”片区党委书记": the quote is the
    zone's name, the chain runs on before it), and past a firm's bracketed group or place
    ("某某能源（集团）有限公司董事长": kg.recognize.org_suffixed.BRACKETED_FIRM).

    >>> text = "市委常委、“某某”片区党委书记"
    >>> chain_start(text, text.index("党委书记"))
    0
    >>> text = "会上，甲乙能源（集团）有限公司董事长"
    >>> chain_start(text, text.index("董事长"))
    3
    >>> text = "据市某某中心主任"
    >>> chain_start(text, text.index("主任"))
    1
    """
    b = s
    while True:
        while b > 0 and text[b - 1] not in CHAIN_BREAK:
            b -= 1
        q = text.rfind("“", max(0, b - 10), b - 1) if b > 1 and text[b - 1] == "”" else -1
        if q < 0 and b > 1 and text[b - 1] in "）)" and "公司" in text[b:s]:
            q = max(text.rfind("（", max(0, b - 5), b - 1), text.rfind("(", max(0, b - 5), b - 1))
        merged = merged_bracket(text, s) or second_name(text, b)
        if merged is not None and merged[1] == b:
            b = merged[0]
            continue
        if q < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[q + 1:b - 1]):
            return b + 1 if b + 1 < s and text[b] in LEAD_IN and text[b + 1] in LEVEL_FIRST_CHARS else b
        b = q


def merged_bracket(text: str, s: int) -> tuple[int, int] | None:
    """The bracket [open, past its close) that names the bodies merged with a Party school, right
    before its head's title at `s` whose alternates were blanked ("某市委党校（某行政学院）
    丨丨丨校长", read from "校（院）长": kg.lang.script.ALTERNATE_TITLE); None elsewhere.

    >>> merged_bracket("某市委党校（某市行政学院）丨丨丨常务副校长", 18)
    (5, 13)
    """
    b = s - next((len(w) for w in ("常务", "第一") if text.endswith(w, 0, s)), 0)
    while b > 0 and text[b - 1] == BLANK:
        b -= 1
    if b < 2 or BLANK not in text[b:s] or text[b - 1] not in "）)":
        return None
    q = max(text.rfind("（", max(0, b - 20), b - 1), text.rfind("(", max(0, b - 20), b - 1))
    inside = text[q + 1:b - 1]
    return (q, b) if q > 0 and inside and all("\u4e00" <= c <= "\u9fff" or c == "、" for c in inside) else None


# The heads a body's second name in brackets ends with, and the body before it: an organ under
# two names, one staff (合署办公, 挂牌: "某县乡村振兴局（县扶贫办）", "县委组织部（县委老干部局）",
# "某县应急管理局（县地震局）").
SECOND_NAME = re.compile(r"(?:局|办|委|部|厅|室|院|中心|办公室)[（(]([\u4e00-\u9fff]{2,12}?(?:局|办|委|部|厅|室|院|中心|办公室))[)）]$")


def second_name(text: str, b: int) -> tuple[int, int] | None:
    """The bracket [open, past its close) right before `b` that gives the body before it its
    second name ("某县乡村振兴局（县扶贫办）局长"): the chain runs on before it, to the body the
    title heads; None elsewhere.

    >>> second_name("石阡县乡村振兴局（县扶贫办）局长", 14), second_name("会议（扩大）主持人", 6)
    ((8, 14), None)
    """
    m = SECOND_NAME.search(text, max(0, b - 16), b)
    return (m.start(1) - 1, b) if m else None


def segments(text: str, b: int, e: int) -> list[tuple[int, int, str]]:
    """(start, end, title) of the items of text[b:e] that end with a title, from the last
    back to the first that does not (a blanked quote after a title ends its item)."""
    segments, z = [], e
    for part in reversed(split_items(text[b:e])):
        a = z - len(part)
        title = title_matcher().suffix(part.rstrip(BLANK))
        if not title:
            break
        segments.insert(0, (a, a + len(part.rstrip(BLANK)), title))
        z = a - 1
    return segments


def then_groups(text: str, b: int) -> list[tuple[int, int, str]]:
    """"时任甲县委副书记、县长，乙市委常委某某": groups of titles after 时任, each ended by a
    comma, before the group at `b` that runs into the name; every item must be a post.

    >>> [t for _, _, t in then_groups("时任某县委副书记、县长，某市委常委张三", 12)]
    ['县委副书记', '县长']
    """
    if b < 1 or text[b - 1] not in "，,":
        return []
    c = text.rfind("时任", 0, b - 1)
    if c < 0 or any(ch in CHAIN_BREAK and ch not in "，," for ch in text[c:b - 1]):
        return []
    return title_runs(text, c + 2, b - 1)


def title_runs(text: str, a: int, z: int, plain: bool = False) -> list[tuple[int, int, str]]:
    """The items of the comma-separated groups of text[a:z], [] unless every item is a post
    (with `plain`, one whose words before its title hold no clause word)."""
    out = []
    for group in re.split(r"[，,]", text[a:z]):
        items = segments(text, a, a + len(group))
        if not group or len(items) != len(split_items(group)) \
                or plain and any(clause_words(text[x:y - len(t)]) for x, y, t in items):
            return []
        out += items
        a += len(group) + 1
    return out


GROUP_OPENS = "。；;：:\n"      # where a run of title groups may begin ("出席会议的有：…")
# The day a report opens with, before the run: "7月27日，", "近日，", "昨天上午，".
TIME_LEAD = re.compile(r"\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今天|昨天|昨日|当天|近期)(?:上午|下午|晚上|晚)?[，,]")


def title_groups(text: str, b: int) -> list[tuple[int, int, str]]:
    """"某市委常委、组织部部长，市委党校校长某某": groups of titles before the group at `b`
    that runs into the name, each ended by a comma and none naming anyone, from the start of
    the sentence or a colon; one person's posts, as a speaker's are written.  A group that
    ends with a name is another person's ("市委书记甲，市委副书记、市长乙").

    >>> [t for _, _, t in title_groups("临安市委常委、组织部部长，市委党校校长张三", 13)]
    ['市委常委', '部长']
    >>> title_groups("要当好第一书记，村支书张三", 8)
    []
    >>> title_groups("某市委书记甲某，市委副书记、市长张三", 8)
    []
    >>> [t for _, _, t in title_groups("县长、县委副书记，市委常委甲某主持，县委常委、副县长，市委委员张三", 27)]
    ['县委常委', '副县长']
    """
    if b < 1 or text[b - 1] not in "，,":
        return []
    c = max((text.rfind(ch, 0, b - 1) for ch in GROUP_OPENS), default=-1) + 1
    lead = TIME_LEAD.match(text, c)
    c = lead.end() if lead and lead.end() < b - 1 else c       # "7月27日，县委副书记、县长，某某指挥长某某"
    run = title_runs(text, c, b - 1, plain=True)
    if run:
        return run
    commas = [c + m.end() for m in re.finditer(r"[，,]", text[c:b - 1])]
    for k in range(len(commas) - 1, -1, -1):
        later = title_runs(text, commas[k], b - 1, plain=True)
        if not later:                     # the groups after the last clause, where that clause names
            break                         # another holder ("甲主持会议，县委副书记、县长，某市副市长乙作报告":
        before = text[c:commas[k] - 1]                          # 乙's, after 甲's clause; not after a
        if any(title_matcher().match_at(before, i) for i in range(len(before))):     # profile's "某某，女，")
            run = later
    return run


def clause_words(words_: str) -> bool:
    """A verb, adverb, preposition, conjunction, pronoun or particle among the words of an
    item before its title: a clause ("要当好第一书记"), not a body's name."""
    return bool(words_) and any(flag[:1] in "vdpcru" and flag != "vn" for _, flag in tagged(words_))


CONCURRENT = re.compile(r"[，,]兼(?:任)?")


def concurrent_groups(text: str, b: int, z: int, sep: re.Pattern | None = None) -> list[tuple[int, str]] | None:
    """The groups of titles of a roster item text[b:z] — titles joined by 、, a group after
    "，兼" held at once ("某局局长，兼某村第一书记"), or after each comma where `sep` says so —
    as (end, last title) each; None unless every item ends with a title.

    >>> concurrent_groups("甲，某县县长，兼某村第一书记", 2, 14)
    [(6, '县长'), (14, '第一书记')]
    """
    groups, a = [], b
    for m in list((sep or CONCURRENT).finditer(text, b, z)) + [None]:
        end = m.start() if m else z
        items = text[a:end].split("、")
        if not all(title_matcher().suffix(i) and not JOURNEY.match(i) for i in items) or any(c in text[a:end] for c in "，,"):
            return None
        groups.append((end, title_matcher().suffix(items[-1])))
        a = m.end() if m else z
    return groups


COMMA = re.compile(r"[，,]")
# A feature's headline of a career told as a journey, after its subject's name and a colon:
# "某某：从村官到县长", "某某：由教师成为村支书" (kinds of post, none held at a place).
JOURNEY = re.compile(r"(?:从|由)[\u4e00-\u9fff“”\"]{1,12}?(?:到|变成|成为|走向)")


def comma_groups(text: str, b: int, z: int) -> list[tuple[int, str]] | None:
    """A profile's groups of titles, each set off by a comma ("甲，某村党支部书记，第十四届全国
    人大代表"): two or more, each a list of titles; else None.

    >>> comma_groups("甲，某县县长，某市人大代表", 2, 13)
    [(6, '县长'), (13, '人大代表')]
    >>> comma_groups("甲，某县县长，今年52岁", 2, 12) is None
    True
    """
    groups = concurrent_groups(text, b, z, COMMA)
    return groups if groups and len(groups) > 1 else None
