"""The county a county's own news speaks as, by the name it repeats: "某县" twice in a text
that writes 县委 and 全县, or its short form ("某某：…", "在某某落地") where the short
form names one county.  kg.recognize.place_scope reads the article's scope with these.
"""
from __future__ import annotations

import re

from kg.article import Article
from kg.lang.matcher import occurrences
from kg.places.gazetteer import common_words, load


# Characters that join, point or move rather than name ("县人大和县政协", "全县", "该县",
# "担任县长"): before
# 县 they begin no county's name in running text, however many times they are written.
JOINING = set("和与及同跟或并全本该各每我其此这那市省州区乡镇在到赴向对为是的之等任来去回离返出进入驻")


def home_counties(art: Article, province: str | None = None) -> set[str]:
    """Two-character county names that a county's own news repeats: written twice or more
    in an article that speaks as a county of that level (全县, 县委, 县长…), it is the
    article's county even with no city named ("某县" twice and "县委书记" in a county's
    paper), where once, in a text about no county, it may be the end of another word.

    >>> from kg.read import article_from_text
    >>> sorted(home_counties(article_from_text("题\\n县委审议了户县方案。全县推广户县经验。", "x.txt")))
    ['户县']
    >>> sorted(home_counties(article_from_text("题\\n县人大和县政协出席。县委和县政府表示感谢。", "x.txt")))
    []
    """
    text = art.simp
    found = {m.group(0) for m in re.finditer(r"[\u4e00-\u9fff][县区旗]", text) if m.group(0)[0] not in JOINING}
    out = set()
    for surface in found:
        if text.count(surface) >= 2 and _speaks_as(text, surface[-1]) and surface in load().names:
            out.add(surface)
    return out | _home_short_forms("\n".join(s.simp for s in art.sentences), province)     # (the headline too)


def _speaks_as(text: str, level: str) -> bool:
    """Whether the text speaks as a division of that level: its bodies or head bare, or 全县."""
    return any(level + w in text for w in ("委", "政府", "长", "人大")) or ("全" + level) in text


# The verbs and prepositions that take a place as their object: "在某某落地", "落户某某".
PLACED_AFTER = ("在", "到", "赴", "来到", "落户")


def _home_short_forms(text: str, province: str | None = None) -> set[str]:
    """A county's short form that its own news repeats with no level after it ("某某：…",
    "某某召开…", twice or more) in a text that speaks as a county (县委书记, 全县): the
    county, where the short form names one county only, of the article's province when
    that is known ("某省路桥建设集团" in a text of another province holds no 路桥区); once is
    enough where a preposition of place takes it ("推动…在某某落地生根").

    >>> sorted(_home_short_forms("太康：春耕忙。太康召开会议，县委书记讲话。"))
    ['太康']
    >>> sorted(_home_short_forms("太康：春耕忙。太康召开会议，市委书记讲话。"))
    []
    >>> sorted(_home_short_forms("县委书记要求，推动新政策在鹿邑落地见效。"))
    ['鹿邑']
    """
    gaz, out = load(), set()
    common = common_words()
    pairs = {text[i:i + 2] for i in range(len(text) - 1)}
    for short in (p for p in pairs if p in gaz.shorts):
        codes = gaz.candidates(short)
        if len(codes) != 1 or gaz.by_code[codes[0]].level != "county" or gaz.is_risky(short) or short in common \
                or province and not codes[0].startswith(province[:2]):
            continue
        full = gaz.by_code[codes[0]].name
        tail = full[len(short):]
        bare = [i for i in occurrences(text, short) if tail and not text.startswith(tail, i + len(short))]
        placed = any(text.endswith(PLACED_AFTER, 0, i) for i in bare)     # "…在某某落地生根": a place's object
        if (len(bare) >= 2 or placed) and _speaks_as(text, full[-1]):
            out.add(short)
    return out
