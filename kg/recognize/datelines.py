"""Datelines: the outlet and reporters that open a news item.

    某某社北京5月3日电(记者 甲乙)       the agency's dispatch, dated
    某某在线01月23日讯 (某报记者 丙)     a site's item, dated
    某某晚报讯(记者 丁)                  an item without a date
    【某某报讯】记者 戊报道：             the same, in the lenticular brackets of Hong Kong papers

The outlet is a body (kg.recognize.orgs) and the reporters' employer when the byline
names no other (kg.recognize.persons).
"""
from __future__ import annotations

import re

DATELINE = re.compile(r"(?:\d{1,2}月\d{1,2}日(?:电|讯|消息)|^(?P<o>[\u4e00-\u9fff]{2,10})(?:讯|报道))\s*[（(]\s*(?:记者)?\s*"
                      r"|^【(?P<b>[\u4e00-\u9fff]{2,10}?)讯】\s*(?=记者)")     # "【某报讯】记者某某报道：": its reporters follow
# The outlet that opens a dateline: "某某社某地5月3日电", "某某网某地电".
OUTLET = re.compile(r"[\s（(【]*([\u4e00-\u9fff]{1,10}?(?:通讯社|新闻社|日报社|日报|晚报|报社|新闻网|网|社|报|电视台|台|客户端|在线|周刊|频道))")


def outlet_of(text: str, m: re.Match) -> str | None:
    """The outlet of a dateline: before its date ("某某社北京5月3日电"), or the whole of
    a dateline without a date ("某某晚报讯(记者 …)")."""
    if m.group("o") or m.group("b"):
        named = OUTLET.fullmatch(m.group("o") or m.group("b"))
        return named.group(1) if named else None
    return dateline_outlet(text, m.start())


def dateline_outlet(text: str, end: int) -> str | None:
    """The outlet named before a dateline's date: "某某社北京5月3日电" -> 某某社.

    >>> dateline_outlet("新华社北京5月3日电(记者 甲乙)", 5)
    '新华社'
    """
    m = OUTLET.match(text[:end])
    return m.group(1) if m else None


def credits_end(text: str) -> int:
    """Where the credits of a dateline that opens the sentence end (after its closing
    bracket), else 0: what follows is the news, whose subject is no reporter of it.

    >>> credits_end("某某社长沙5月3日电（记者甲乙）34岁的丙丁2021年任第一书记。"), credits_end("丙丁任第一书记。")
    (16, 0)
    """
    m = DATELINE.search(text, 0, 40)
    if m is None:
        return 0
    ends = [i for i in (text.find(")", m.end()), text.find("）", m.end())) if i >= 0]
    return min(ends) + 1 if ends else 0


FILED = re.compile(r"\s*\d{1,2}月\d{1,2}日(?:电|讯|消息)")


def filed_from(text: str, start: int, end: int) -> bool:
    """Whether the place at [start, end) is where a dispatch was filed, between the
    dateline's outlet and its date ("某某社长沙5月3日电"): the desk's city, not what the
    item is about.

    >>> filed_from("新华社长沙3月1日电 某县召开会议", 3, 5), filed_from("新华社记者在长沙3月1日", 6, 8)
    (True, False)
    >>> filed_from("（某某社长沙3月1日电）某县召开会议", 4, 6)      # a dispatch's line in brackets
    True
    """
    m = OUTLET.match(text[:start])
    return m is not None and m.end() == start and FILED.match(text, end) is not None
