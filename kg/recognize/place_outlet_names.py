"""A place's name inside an outlet's, a credit's or a title's, which names no place the news
is about: the country opening a quoted title or an outlet ("被誉为“中国某都”", "中国某某网讯"),
a province naming a credit's outlet ("（某省某某/记者 甲乙）", "某省人大网讯") or a quoted
new-media account ("“清风某省”微信公众号").  kg.recognize.place_hits asks these of each hit.
"""
from __future__ import annotations

import re


# The country opening a news outlet's name, then what the outlet gives: "中国某某网讯",
# "来源：中国某某报" (the outlet named; the country is no place the text names).
COUNTRY_OUTLET = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:网|报|日报|杂志|电视台)(?:讯|记者|消息|报道|[:：\s]|$)")


def country_in_a_title(hit: tuple[int, int, str], text: str) -> bool:
    """The country's name opening a quoted title ("被誉为“中国某都”", "“中国某某地标”") or
    a news outlet's name ("中国某某网讯"): a title or an outlet, no place named.  Only the
    country: a province opening a quoted slogan names it ("“美丽某省”建设").

    >>> country_in_a_title((4, 6, "中国"), "被誉为“中国薯都”"), country_in_a_title((4, 6, "中国"), "来源：中国县域经济报")
    (True, True)
    >>> country_in_a_title((1, 3, "中国"), "在中国外贸进出口总值同比下降的背景下")
    False
    """
    s, e, surface = hit
    if surface not in ("中国", "中华人民共和国"):
        return False
    return text[s - 1:s] == "“" or COUNTRY_OUTLET.match(text, e) is not None


# What follows a quoted outlet's name: its kind (公众号, 客户端) or, after 据, the news it gave.
OUTLET_KINDS = ("微信公众号", "公众号", "微信号", "微博", "客户端", "视频号", "抖音号", "头条号", "网站", "APP", "app")
QUOTED_NAME = re.compile(r"“([^“”，。、；：！？]{2,10})”")


# A source credit opening a paragraph, the outlet and its writers set apart by a slash:
# "（某某经济/甲乙 丙丁）", "(某某网/记者 甲乙)".
CREDIT = re.compile(r"\s*[（(]([^（）()/，,。]{2,12})\s*/\s*[^（）()/]{2,20}[)）]")
SITE_CREDIT = re.compile(r"\s*([\u4e00-\u9fff]{2,10}网)讯")


def in_credit(hit: tuple[int, int, str], text: str) -> bool:
    """A place inside the outlet's name of a credit that opens the paragraph: the outlet
    is named after its province ("（辽宁某某/甲乙）"), no place the news names.

    >>> in_credit((1, 3, "辽宁"), "(辽宁区域经济/丁一 张三)5月5日，…"), in_credit((1, 3, "辽宁"), "(辽宁/摄)")
    (True, False)

    So is a website's own opening credit ("某省人大网讯 7月17日，…"): the site named after
    its province.

    >>> in_credit((0, 2, "北京"), "北京人大网讯 7月17日，某区…"), in_credit((0, 2, "北京"), "北京网友说")
    (True, False)
    """
    m = CREDIT.match(text) or SITE_CREDIT.match(text)
    return m is not None and m.start(1) <= hit[0] and hit[1] < m.end(1)     # (the outlet's name runs past it)


def in_quoted_outlet(hit: tuple[int, int, str], text: str) -> bool:
    """A place inside the quoted name of a new-media outlet: “某某吉林”微信公众号, 据“某省发布”
    消息 — an account named after its province names no place (a quoted slogan does).

    >>> in_quoted_outlet((4, 6, "吉林"), "据“清风吉林”微信公众号消息"), in_quoted_outlet((4, 6, "吉林"), "在“美丽吉林”建设中")
    (True, False)
    """
    s, e, _ = hit
    for m in QUOTED_NAME.finditer(text, max(0, s - 11), min(len(text), e + 11)):
        if m.start(1) <= s and e <= m.end(1):
            rest = text[m.end():m.end() + 5]
            return rest.startswith(OUTLET_KINDS) or text[:m.start()].endswith("据") and rest.startswith(("消息", "发布", "报道"))
    return False
