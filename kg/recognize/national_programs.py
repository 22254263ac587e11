"""The country's programs known by a proper name alone (kg/data/national_programs.tsv):
"实施易地扶贫搬迁", "推行河长制", "深化供给侧结构性改革".  A name is read where the
recognizers of head nouns and quotes read no program over it, and not as part of a
longer word ("林长制度" is no 林长制) or of a body's name ("扫黑除恶办"); the name as
written, with the head noun that follows it if one does ("易地扶贫搬迁工程").

>>> names_in("全县实施易地扶贫搬迁工程，推行河长制度和林长制。")
[(4, 12, '易地扶贫搬迁工程', '易地扶贫搬迁', 'project'), (20, 23, '林长制', '林长制', 'policy')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.words import longest_first, table

HEADS = ("工程", "项目", "改革", "行动")


@lru_cache(maxsize=1)
def programs() -> dict[str, str]:
    return table("national_programs")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    return re.compile("(" + "|".join(map(re.escape, longest_first(list(programs())))) + ")")


def names_in(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, core, kind) of each national program named in `text`."""
    out = []
    for m in _pattern().finditer(text):
        if text.startswith(("度", "办", "领导小组", "指挥部"), m.end()):
            continue                  # 河长制度: the word 制度; 扫黑除恶办: an office named after it
        head = next((h for h in HEADS if text.startswith(h, m.end())), "")
        out.append((m.start(), m.end() + len(head), text[m.start():m.end() + len(head)], m.group(1), programs()[m.group(1)]))
    return out
