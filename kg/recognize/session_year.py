"""The year of an article whose page gives none, from the congress session it reports.

Wire copy and reposted items are often dated only by a dateline without the year
("某某社某地1月30日电", "某某在线01月23日讯"), yet news of people's congresses names the
session it reports by term and session, and the provincial and national congresses are
all elected in the same years (1998, 2003 … 2023) and sit once a year from the first
(`kg/data/congress_terms.tsv`):

    某某社长沙1月18日电  湖南省第十一届人民代表大会第三次会议举行全体会议… -> 2010 (Hunan)
    某某日报2月2日讯  会议审议了省十三届人大二次会议议程草案…          -> 2019
    十二届全国人大四次会议在京开幕                                      -> 2016

Only the headline and the lead (the first sentences) date the article: a session named
further down is more often one recalled ("2008年1月在省十一届人大一次会议上当选为省长"), and
so is one after a year the sentence writes itself.
A city's or county's congress ("某县第十六届人民代表大会") is not dated: their terms do not
run in step across the country.  An article dated in the second half of a year is left
alone, since the session it names may be the next one.  The year goes to
`art.context["year"]` (read by `Article.year`), never to the page's date.
"""
from __future__ import annotations

import re

from kg.article import Article
from kg.components import Component, register
from kg.lang.words import table
from kg.places.gazetteer import MUNICIPALITIES
from kg.read.header import cn_number

FIRST_ALIGNED = 1998          # the year from which all these congresses are elected together
LEAD = 3                      # body sentences read after the headline

SESSION = re.compile(r"第?(?P<term>[一二三四五六七八九十]{1,3})届(?P<national>全国)?(?:人民代表大会|人大)"
                     r"(?!常委会|常务委员会)第?(?P<session>[一二三四五六七])次(?:全体)?会议"
                     r"|全国政协第?(?P<cterm>[一二三四五六七八九十]{1,3})届第?(?P<csession>[一二三四五六七])次会议")
DATELINE_MONTH = re.compile(r"(\d{1,2})月\d{1,2}日(?:电|讯|消息)")
YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年")


def session_year(body: str, term: int, session: int) -> int | None:
    """The year a congress (its key in congress_terms.tsv) sat in its term's session.

    >>> session_year("430000", 11, 3), session_year("120000", 18, 4), session_year("全国人大", 12, 1)
    (2010, 2026, 2013)
    >>> session_year("430000", 8, 2), session_year("460000", 6, 1)   # before 1998; a congress not in the table
    (None, None)
    """
    known = table("congress_terms").get(body)
    if known is None or not 1 <= session <= 5:
        return None
    start = 2013 + 5 * (term - int(known))
    return start + session - 1 if start >= FIRST_ALIGNED else None


def whose(art: Article, sent: int, text: str, at: int) -> str | None:
    """The congress a session belongs to, by what is written before it: a province's
    name (a place span ending there), or 省/自治区/市 alone for the article's province (市
    only for a municipality); a city's or county's congress is None."""
    for place in art.in_sentence("place", sent):
        if place.end == at:
            code = place.attrs.get("code")
            return code if place.attrs.get("level") == "province" else None
    province = art.context.get("province")
    if province is None:
        return None
    if text.endswith(("省", "自治区"), 0, at) or (text.endswith("市", 0, at) and province[:2] in MUNICIPALITIES):
        return province
    return None


def sessions(art: Article, sent: int, text: str) -> list[int]:
    """The years of the provincial or national sessions a sentence names."""
    years = []
    for m in SESSION.finditer(text):
        if YEAR_BEFORE.search(text, 0, m.start()):
            continue                     # "2008年1月在省十一届人大一次会议上当选…": a session recalled, dated by the text
        if m.group("cterm"):
            body, term, session = "全国政协", m.group("cterm"), m.group("csession")
        else:
            body = "全国人大" if m.group("national") or text.endswith("全国", 0, m.start()) \
                else whose(art, sent, text, m.start())
            term, session = m.group("term"), m.group("session")
        t, s = cn_number(term), cn_number(session)
        year = session_year(body, t, s) if body and t and s else None
        if year:
            years.append(year)
    return years


@register
class SessionYear(Component):
    name = "session_year"
    requires = ("place",)
    assigns = ("article.year",)

    def __call__(self, art: Article) -> Article:
        if art.date or not art.sentences:
            return art
        lead = [s for s in art.sentences if s.paragraph < 0] + [s for s in art.sentences if s.paragraph >= 0][:LEAD]
        month = None
        for s in lead:
            month = month or DATELINE_MONTH.search(s.simp)
        if month and int(month.group(1)) > 6:
            return art
        years = {y for s in lead for y in sessions(art, s.index, s.simp)}
        if len(years) == 1:
            art.context["year"] = years.pop()
        return art
