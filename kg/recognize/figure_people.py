"""People counted without a measure word: "全县6.5万群众在产业链上增收", "带动3000余农户
增收", "吸引50万游客".  The noun (kg/data/counted_people.tsv) is what is counted, in persons
or households; a number with a measure word ("1200名党员") is the figures component's.

>>> [(f["value"], f["unit"], f["qualifier"], f["measure"]) for _, f in counted_people("项目带动3000余农户增收，惠及2.3万贫困群众。", float)]
[(3000.0, '户', 'over', '农户'), (23000.0, '人', 'exact', '贫困群众')]
>>> counted_people("2020年农户收入增长，三农工作，12345群众服务热线", float)     # a year, a hotline's number
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Article
from kg.lang.words import longest_first, table
from kg.recognize.figure_exclusions import CN_DIGITS
from kg.recognize.figure_years import year_before


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    nouns = "|".join(longest_first(list(table("counted_people"))))
    return re.compile(rf"(?<![\d.{CN_DIGITS}年])(?P<num>\d+(?:\.\d+)?|[{CN_DIGITS}]{{2,}}|[{CN_DIGITS}](?=[多余]?[万亿]))(?P<more>多|余)?"
                      rf"(?P<mag>万|亿)?(?P<more2>多|余)?(?P<noun>{nouns})(?!工作|服务|热线|平台|路线|之家)")


def counted_people(text: str, value_of, art: Article | None = None) -> list[tuple[re.Match, dict]]:
    """(match, figure) of each count of people written so, its number read by `value_of`
    (the figures component's reading of numerals), its year told before it in `art`."""
    out = []
    for m in pattern().finditer(text):
        value = value_of(m.group("num"))
        if value is None or (m.group("num").isdigit() and len(m.group("num")) == 4 and not m.group("mag")
                             and 1949 <= int(m.group("num")) <= 2100 and not m.group("more")):
            continue                     # "2020农户": a year run into its noun, no count
        value *= {"万": 10_000, "亿": 100_000_000}.get(m.group("mag") or "", 1)
        over = bool(m.group("more") or m.group("more2"))
        out.append((m, {"value": float(f"{value:.12g}"), "unit": table("counted_people")[m.group("noun")],
                        "qualifier": "over" if over else "exact", "surface": m.group(0), "measure": m.group("noun"),
                        "after": "", "year": year_before(text, m.start(), art) if art is not None else None}))
    return out
