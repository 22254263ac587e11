"""A foreign guest's bodies and posts: "老挝人民革命党中央委员、某某省委书记兼省长某某" names a
party and a province abroad, so its 党中央 is no 中共中央 and its 省委 no committee of the
host province (kg.recognize.orgs drops them), and its posts are no Chinese body's nor a place
of the article's (kg.link.posts gives them neither).  A foreign country (kg/data/countries.txt)
written before them in their clause, or in the first item of their chain, says so; the other
clauses of the sentence are untouched ("…会见了越南某省委书记某某一行，副省长某某参加会见":
the host's deputy governor is the host province's).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Span
from kg.lang.words import longest_first, words


@lru_cache(maxsize=1)
def _countries() -> re.Pattern:
    """A foreign country's name, not inside 内蒙古, 朝鲜族 or a Chinese place ("马里村")."""
    return re.compile("(?<!内)(?:" + "|".join(map(re.escape, longest_first(words("countries")))) + ")(?![村镇乡县区市州旗盟族])")


def abroad(text: str, start: int) -> bool:
    """Whether a foreign country is written in the clause before `start` (its items joined by
    、 and 兼, up to a comma or a stop).

    >>> abroad("省委书记会见了老挝人民革命党中央委员、某某省委书记", 26), abroad("省委书记会见了老挝客人", 0)
    (True, False)
    """
    clause = max(text.rfind(c, 0, start) for c in "，,。；;：:！？!?") + 1
    return _owned(text, clause, start)


# What parts a foreign body from ours in one clause: a conjunction, 的, or a verb of meeting,
# visiting or going ("美国驻华大使馆官员与我省商务厅厅长会谈", "赴日本考察归来的县农业局局长",
# "日本客人参观了县博物馆").
PARTED = re.compile(r"的|与|和|同|及|并|了|陪同|会见|会谈|出席|参加|参观|访问|考察|学习|交流|合作|签约|签署|赴|到|来|在")


def _owned(text: str, a: int, z: int) -> bool:
    """Whether the last country named in text[a:z] owns what ends at z: nothing parts them."""
    last = None
    for last in _countries().finditer(text, a, z):
        pass
    return last is not None and PARTED.search(text, last.end(), z) is None


def foreign(post: Span) -> bool:
    """Whether the post's chain opens with words that name a foreign country.

    >>> from kg.recognize.posts import Cue
    >>> text = "会见了老挝人民革命党中央委员、某省委书记某某"
    >>> first = Span("post", 0, 11, 15, "中央委员", {"cue": Cue("segment", text, 0, 15)})
    >>> second = Span("post", 0, 16, 20, "省委书记", {"cue": Cue("segment", text, 16, 20, prev=first)})
    >>> foreign(second), foreign(Span("post", 0, 8, 12, "书记", {"cue": Cue("segment", "内蒙古自治区党委书记", 0, 10)}))
    (True, False)
    """
    cue = post.get("cue")
    while cue is not None and cue.prev is not None and cue.prev.get("cue") is not None:
        cue = cue.prev["cue"]
    if cue is None or cue.how != "segment":
        return False
    return _owned(cue.text, cue.a, cue.z)
