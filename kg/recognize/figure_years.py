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


PARAGRAPH_YEAR = re.compile(r"^\s*((?:19|20)\d{2})年(?:[，,]|全年|上半年|前三季度|一季度|1-\d{1,2}月|1—\d{1,2}月)")


def paragraph_years(art: Article) -> None:
    """A sentence that opens with its year ("2025年，全市经济…。全年全市实现…") dates the
    figures that tell none in it and the sentences after it in its paragraph, until
    another opens with a year ("2000年，…返乡创业。2013年，…担任村支书。彼时，…": 2013)."""
    year, paragraph = None, None
    for sent in art.sentences:
        if sent.paragraph != paragraph:
            paragraph, year = sent.paragraph, None
        m = PARAGRAPH_YEAR.match(sent.simp)
        year = int(m.group(1)) if m else year
        for fig in art.in_sentence("figure", sent.index) if year else ():
            if fig.get("year") is None:
                fig["year"] = year
