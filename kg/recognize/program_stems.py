"""Whether the words before a program's head noun are its name: what a launching verb did
not bound (a leading verb, "整合搭建某某平台"), a clause about the program rather than its
name ("某合作社申请某项目"), a time told from now, and a project's proper name (a place or a
company, not what is being built).  Used by kg.recognize.programs.
"""
from __future__ import annotations

from kg.places.gazetteer import common_words
from kg.recognize.place_hits import matcher
from kg.lang.words import words
from kg.recognize.segment import tagged


# Times told from now ("全州今年计划实现…": a clause of plans, no program's name); a season
# may open a campaign's name ("冬季攻势").
TOLD_TIME = ("今年", "去年", "明年", "近年", "近年来", "目前", "当前", "今后", "近期", "此前", "现在", "年初", "年底")


def leading_verb(stem: str) -> str:
    """The verbs that open the words before a head, where no launching verb bounded them
    ("整合搭建某某平台", "听取施工计划"): not the program's; "" when the first word is none.

    >>> leading_verb("整合搭建连心驿站"), leading_verb("连心驿站"), leading_verb("优化红星云")
    ('整合搭建', '', '优化')
    """
    lead = ""
    tags = tagged(stem)
    for k, (word, tag) in enumerate(tags):
        proper_next = k + 1 < len(tags) and tags[k + 1][1][:2] in ("nr", "ns", "nz", "nt")
        if not (tag == "v" or tag == "vn" and proper_next) or len(stem) - len(lead) - len(word) < 2:
            break                       # (a verbal noun before a proper name: "优化|某某云平台")
        lead += word
    return lead


# The verbs of what must or will be done, before another verb: "要加快", "应当推进", "必须抓好".
MODAL_VERBS = ("要", "应", "应当", "需", "需要", "必须", "须", "要求")


def is_clause(tags) -> bool:
    """A subject and its verb, or a verb of judging before 为: a clause about the program,
    not its name ("某合作社申请某项目", "高质量发展确定为重大国家战略"); a verb after a common
    noun is a name's ("种业振兴行动", "易地扶贫搬迁").

    >>> is_clause([("合作社", "nt"), ("申请", "v"), ("某省", "ns")]), is_clause([("种业", "n"), ("振兴", "v")])
    (True, False)
    >>> is_clause([("某新城", "ns"), ("要", "v"), ("加快", "v")])
    True
    """
    pairs = list(zip(tags, tags[1:]))
    return any(a[1] == "nt" and b[1] == "v" for a, b in pairs) or any(a[1] == "v" and b[0] == "为" for a, b in pairs) \
        or any(a[0] in MODAL_VERBS and b[1].startswith("v") for a, b in pairs)     # "某新城要加快|项目建设": what
    #                                                                                 it must do, no project's name


def has_proper_name(stem: str) -> bool:
    """A project is named by a place or a company in it, not by what is being built."""
    if any(f.startswith(("ns", "nt", "nz", "nr")) for _, f in tagged(stem)):
        return True
    return any(w not in common_words() and len(w) >= 2 for _, _, w in matcher().finditer(stem))


# The verbs that take a described project as object: "实施(了)…项目", "引进…项目", "新建…项目".
PROJECT_VERBS = ("实施", "引进", "新建", "建设", "投资", "落地", "上马", "启动", "发展", "建成", "谋划", "申报")


def described_project(stem: str, text: str, start: int) -> bool:
    """A project named by what it farms, makes or repairs, after a verb that takes it
    ("引进了生猪的养殖…项目", "实施河道修复…项目"): a noun, then a word of the work
    (kg/data/project_works.txt); the work alone (种植 before 项目) names none.

    >>> described_project("黄牛繁育", "村里引进了黄牛繁育项目", 5), described_project("繁育", "村里引进了繁育项目", 5)
    (True, False)
    """
    before = text[:start]
    if not before.rstrip("了").endswith(PROJECT_VERBS):
        return False
    tags = tagged(stem)
    return len(tags) >= 2 and tags[0][1][:1] == "n" and tags[-1][0] in words("project_works")
