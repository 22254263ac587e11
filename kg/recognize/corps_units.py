"""The units of the Xinjiang Production and Construction Corps (新疆生产建设兵团): its divisions
and their regiments, which govern their land as prefectures and counties do.

The Corps numbers its fourteen divisions (第一师 … 第十四师, most of them one with a city:
"第八师石河子市", 师市合一) and their regiments by three Chinese digits ("一二一团", "一〇一团"),
or in tens in some divisions ("四十四团"); its news writes a division with or without the
Corps before it ("兵团第八师") and a regiment after its division or alone, once the division
is named.  Each is a body, named in full:
"新疆生产建设兵团第八师", "新疆生产建设兵团第八师一二一团".  A regiment's digits alone are read
only in an article that names the Corps or a division: elsewhere "一二一团" is no unit.

>>> [name for _, _, name in corps_units("兵团第八师一二一团召开会议", [], False)]
['新疆生产建设兵团第八师', '新疆生产建设兵团第八师一二一团']
>>> corps_units("一二一团召开会议", [], False), corps_units("一二一团召开会议", ["新疆生产建设兵团第八师"], True)
([], [(0, 4, '新疆生产建设兵团第八师一二一团')])
"""
from __future__ import annotations

import re

CORPS = "新疆生产建设兵团"
DIVISION = re.compile(r"(?:新疆生产建设兵团|兵团)?(第(?:十[一二三四]|[一二三四五六七八九十])师)")
# A regiment: three digits ("一四二团") or a number in tens ("四十四团", "五十团"), then 团, and
# no word that 团 opens ("团结", "团队", "团员", "团体").
REGIMENT = re.compile(r"(?<![一二三四五六七八九十〇零\d])((?:[一二三四五六七八九〇零]{3}|[二三四五六七八九]十[一二三四五六七八九]?"
                      r"|十[一二三四五六七八九])团)(?![结队员体购伙聚拜圆])")


def corps_units(text: str, divisions: list[str], corps_named: bool) -> list[tuple[int, int, str]]:
    """(start, end, full name) of the Corps' divisions and regiments written in `text`; the
    divisions the article named before (`divisions`, full names) place a regiment written
    alone when they are one; `corps_named`: the article named the Corps before."""
    out = []
    named = list(divisions)
    for m in DIVISION.finditer(text):
        name = CORPS + m.group(1)
        out.append((m.start(), m.end(), name))
        named.append(name)
    if not named and not corps_named and "兵团" not in text:
        return out
    for m in REGIMENT.finditer(text):
        before = next((name for s, e, name in out if e == m.start() and name.endswith("师")), None)
        if before is None:
            before = named[0] if len(set(named)) == 1 else None
        out.append((m.start(), m.end(), (before or "") + m.group(1)))
    return out
