"""When a figure was measured: the year the text tells before it in its clause ("2019年",
去年/今年 from the article's date), else the year the last sentence of its paragraph that opens with one tells ("2025年，
全市经济运行…。全年全市实现地区生产总值…": a statistics release dates a paragraph once).
"""
from __future__ import annotations

import re

from kg.article import Article

CLAUSE = re.compile(r"[，,；;。：:！？!?]")


def year_before(text: str, s: int, art: Article) -> int | None:
    """The nearest year word before the figure: "2019年", or 去年/今年 from the article's date."""
    clause_start = max((x.end() for x in CLAUSE.finditer(text[:s])), default=0)
    window = text[max(0, clause_start - 40):s]
    marks = [(m.end(), int(m.group(1))) for m in re.finditer(r"(20\d{2}|19\d{2})年", window)
             if window[m.start() - 1:m.start()] not in ("较", "比", "于")]     # 较2018年增长: the base, not the year
    if art.year:
        marks += [(m.end(), art.year - 1) for m in re.finditer("去年", window)]
        marks += [(m.end(), art.year) for m in re.finditer("今年|上半年", window)]
    return max(marks)[1] if marks else None


PARAGRAPH_YEAR = re.compile(r"^\s*((?:19|20)\d{2})年(?:[，,]|全年|上半年|前三季度|一季度|1-\d{1,2}月|1—\d{1,2}月)"
                            # a statistics release's lead: "初步核算，2024年全县…", "据统计，2023年…", "初步测算，…"
                            r"|^\s*(?:经|据)?(?:初步核算|初步统计|初步测算|统计|测算)[，,]\s*((?:19|20)\d{2})年")
# A breakdown ("…，其中…；…") counts parts of the total before it: the same year.
PARTS = re.compile(r"[，,；;。：:]\s*其中[，,：:]?")


def paragraph_years(art: Article) -> None:
    """A sentence that opens with its year ("2025年，全市经济…。全年全市实现…") dates the
    figures that tell none in it and the sentences after it in its paragraph, until
    another opens with a year ("2000年，…返乡创业。2013年，…担任村支书。彼时，…": 2013)."""
    year, paragraph = None, None
    for sent in art.sentences:
        if sent.paragraph != paragraph:
            paragraph, year = sent.paragraph, None
        m = PARAGRAPH_YEAR.match(sent.simp)
        year = int(m.group(1) or m.group(2)) if m else year
        parts_dated(art.in_sentence("figure", sent.index), sent.simp)
        for fig in art.in_sentence("figure", sent.index) if year else ():
            if fig.get("year") is None:
                fig["year"] = year


def parts_dated(figures, text: str) -> None:
    """The figures after "其中" that tell no year of their own take the year of the total
    before it in that sentence: "全区2022年完成投资8亿元，其中工业投资3亿元" dates both.

    >>> from kg.article import Span
    >>> total = Span("figure", 0, 8, 10, "8亿元", {"year": 2022})
    >>> part = Span("figure", 0, 20, 22, "3亿元", {"year": None})
    >>> parts_dated([total, part], "全区2022年完成投资8亿元，其中工业投资3亿元"); part["year"]
    2022
    """
    for m in PARTS.finditer(text):
        dated = [f for f in figures if f.end <= m.start() and f.get("year")]
        for fig in (f for f in figures if f.start >= m.end() and f.get("year") is None) if dated else ():
            fig["year"] = dated[-1]["year"]
