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


@lru_cache(maxsize=1)
def _converter():
    return opencc.OpenCC("t2s")


QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”"})


def to_simplified(text: str) -> str:
    """Simplified characters, and mainland quotation marks for the corner brackets of
    traditional typesetting (「」 → “”), so one set of rules reads both."""
    return _converter().convert(text).translate(QUOTES)


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
