"""Tibetan names, which have no surname: one to three words of a closed class
(kg/data/tibetan_name_parts.txt) written by sound ("次仁卓玛", "格桑达瓦", "扎西").

Neither the surname rules nor the statistical model read them well (the model tags a
village work team's "次仁仓决" a proper noun and "贡曲" a common one), and a Tibetan
village's news names its people only this way.  Two or three words make a name between a
boundary before (punctuation, a list's join, 的, a title) and a word that follows names
after; one word alone ("扎西") only where a title, a reporter's credit or an age introduces
it, or in a list beside a longer Tibetan name.

>>> names_in("队员次仁卓玛和扎西在村里。", lambda before: "队员" if before.endswith("队员") else "")
[(2, '次仁卓玛'), (7, '扎西')]
>>> names_in("这才让次仁高兴。格桑花开了。", lambda before: "")
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.words import words
from kg.recognize import names

BEFORE = set("，,。；;：:“”‘’「」（）() 、\n\u3000和与及同的")
AFTER = set("，,。；;：:”’」（）() 、\n\u3000和与及同")
JOINS = ("和", "、", "与", "及")
AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的$")


@lru_cache(maxsize=1)
def parts() -> frozenset:
    return frozenset(w for w in words("tibetan_name_parts") if len(w) == 2)


@lru_cache(maxsize=1)
def finals() -> frozenset:
    return frozenset(w for w in words("tibetan_name_parts") if len(w) == 1)


def names_in(text: str, introducer) -> list[tuple[int, str]]:
    """(start, name) of each Tibetan name of `text`.  `introducer(before)` is the title or
    person noun that `before` ends with, if any ("…工作队员" -> 队员)."""
    found: list[tuple[int, str, bool]] = []        # (start, name, sure by itself)
    i = 0
    while i < len(text) - 1:
        j = i
        while j - i < 6 and text[j:j + 2] in parts():
            j += 2
        if j > i and text[j:j + 1] in finals() and (j + 1 == len(text) or text[j + 1] in AFTER or names.ends_name(text, j + 1)):
            j += 1                          # "旦正加": an Amdo name's last syllable
        if j == i or (i > 0 and text[i - 1] not in BEFORE and not introducer(text[max(0, i - 8):i])):
            i += 1
            continue
        if j < len(text) and text[j] not in AFTER and not names.ends_name(text, j):
            i = j
            continue
        found.append((i, text[i:j], j - i >= 4 or _introduced(text, i, introducer)))
        i = j
    return [(at, name) for k, (at, name, sure) in enumerate(found) if sure or _beside_sure(text, found, k)]


def _introduced(text: str, at: int, introducer) -> bool:
    """A title or person noun, a reporter's credit ("记者 扎西 摄") or an age ("35岁的")
    right before `at`, spaces aside."""
    before = text[max(0, at - 10):at].rstrip(" \u3000")
    return bool(introducer(before[-8:])) or before.endswith(("记者", "摄影", "通讯员")) or AGE.search(before) is not None


def _beside_sure(text: str, found: list, k: int) -> bool:
    """Whether the k-th short name is joined by 和/、 to a sure Tibetan name next to it."""
    at, name, _ = found[k]
    neighbours = [found[n] for n in (k - 1, k + 1) if 0 <= n < len(found)]
    for other_at, other, sure in neighbours:
        gap = text[other_at + len(other):at] if other_at < at else text[at + len(name):other_at]
        if sure and gap in JOINS:
            return True
    return False


def name_at(text: str, at: int, introducer) -> str | None:
    """The Tibetan name that starts at `at`, if `names_in` reads one there: what follows a
    title when neither the surname rules nor the model read a name ("县委书记其美次仁、…").

    >>> name_at("县委书记其美次仁、县长王某参加。", 4, lambda before: "县委书记" if before.endswith("书记") else "")
    '其美次仁'
    """
    return next((name for start, name in names_in(text, introducer) if start == at), None)
