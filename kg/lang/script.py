"""Script conversion and sentence splitting, shared by every stage.

Recognizers match on a simplified copy so that one lexicon serves both scripts; OpenCC
converts character by character (phrase tables included), which keeps the copy aligned
with the original sentence in almost every case.
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

HAN = "\u4e00-\u9fff"                     # CJK unified ideographs: the characters of names
HAN_CHAR = re.compile(f"[{HAN}]")
SPLIT = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』]?|$)")
# The number a list's item opens with: "1.", "2、", "（一）", "(3)", "②"; a notice's items,
# a decision's lines.  What follows it opens a clause as a line's first word does.
ITEM_NUMBER = re.compile(r"\s*(?:\d{1,2}\s*[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[\u2460-\u2473])\s*")


@lru_cache(maxsize=1)
def _converter():
    return opencc.OpenCC("t2s")


QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”"}
                       # full-width digits, Latin letters and the decimal point ("１２３．４亿元", "ＧＤＰ"),
                       # one character each, as the rules read them; Chinese punctuation stays
                       | {chr(0xFF10 + i): str(i) for i in range(10)} | {"．": "."}
                       | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)} | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})


# A head of a Party school and the administrative academy merged with it, one title written
# with its alternates in brackets: "副校（院）长", "常务副校(院)长", "校（院、团）长" (the 2018
# reform made every Party school also its level's 行政学院).  The rules read the Party
# school's title, the brackets blanked before it to keep the length ("常务副校（院）长" reads
# "丨丨丨常务副校长").
ALTERNATE_TITLE = re.compile(r"(常务|第一)?(副)?校[（(]院(?:[、，,][院团])*[)）]长")
TITLE_BLANK = "丨"


def _one_title(m: re.Match) -> str:
    title = (m.group(1) or "") + (m.group(2) or "") + "校长"
    return TITLE_BLANK * (len(m.group(0)) - len(title)) + title


@lru_cache(maxsize=1)
def _restore() -> tuple[re.Pattern | None, dict[str, str]]:
    """Official names that OpenCC's t2s wrongly changes (乾安县 is no 干安县: 乾 is itself a
    simplified character), keyed by what t2s makes of them."""
    from kg.lang.words import words

    back = {_converter().convert(name): name for name in words("keep_in_simplified")}
    return (re.compile("|".join(map(re.escape, back))) if back else None), back


def plain_simplified(text: str) -> str:
    """The characters of `text` in simplified script, nothing else changed (to read words as
    written where `to_simplified` blanked some)."""
    return _converter().convert(text)


def to_simplified(text: str) -> str:
    """Simplified characters, and mainland quotation marks for the corner brackets of
    traditional typesetting (「」 → “”), so one set of rules reads both; official names
    that the conversion would spoil are kept, and so is a rare character whose simplified
    form lies outside the basic block of Han characters (譞, not 𫍽: the rules read that block);
    full-width digits and letters are read as ASCII ones (the same length: evidence offsets
    still hold).

    >>> to_simplified("吉林省乾安縣「三變」改革"), to_simplified("ＧＤＰ１２３．４億元，增長６．５％")
    ('吉林省乾安县“三变”改革', 'GDP123.4亿元，增长6.5％')
    >>> to_simplified("記者任譞")
    '记者任譞'

    """
    out = _converter().convert(text).translate(QUOTES)
    if len(out) == len(text) and any(ord(c) > 0xFFFF for c in out):
        out = "".join(o if ord(c) > 0xFFFF and "\u4e00" <= o <= "\u9fff" else c for o, c in zip(text, out))
    pattern, back = _restore()
    out = pattern.sub(lambda m: back[m.group(0)], out) if pattern else out
    return ALTERNATE_TITLE.sub(_one_title, out) if "院" in out else out


def is_traditional(text: str) -> bool:
    """Traditional when a noticeable share of Han characters changes under t2s."""
    sample = text[:5000]
    han = [c for c in sample if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return False
    changed = sum(a != b for a, b in zip(sample, to_simplified(sample)) if "\u4e00" <= a <= "\u9fff")
    return changed / len(han) > 0.05


def split_sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in SPLIT.findall(paragraph) if s.strip()]
