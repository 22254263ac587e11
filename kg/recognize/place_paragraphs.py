"""Where a sentence is within an article of several places: the place its paragraph is about
("甲县地处…。县长某某介绍…"), the one the article names a division by, and a birthplace's
chain of places ("，山西运城人，"), which is no place the news is about.  The recognizers
and the linking stage read bare bodies and posts with these.
"""
from __future__ import annotations

import re

from kg.article import Article, Span


# A birthplace ("，湖南某县人，"): no bare body of a later clause is that place's, and it is
# no place the news is about.
NATIVE_AFTER = re.compile(r"人(?:[，,。；;）)]|$)")




def born_in(text: str, place: Span, places: list[Span]) -> bool:
    """Whether the place is a link of a birthplace's chain: 人 after it or after the places
    written right after it ("山西运城人": 山西 as well as 运城).

    >>> a, b = Span("place", 0, 5, 7, "山西"), Span("place", 0, 7, 9, "运城")
    >>> born_in("某某，男，山西运城人，现任…", a, [a, b]), born_in("某某，男，山西运城市委…", a, [a, b])
    (True, False)
    """
    return native_chain(text, place.end, {p.start: p.end for p in places})


def native_chain(text: str, end: int, ends: dict[int, int]) -> bool:
    """Whether 人 closes the chain of places that goes on from `end` (`ends`: each place's
    start to its end)."""
    while not NATIVE_AFTER.match(text, end):
        if ends.get(end, end) <= end:
            return False
        end = ends[end]
    return True


def named_division(art: Article, code: str) -> Span | None:
    """The article's own mention of a division, with the name it wrote (a county's name
    before it was renamed: 大同县, today 云州区); None where only context implies it."""
    return next((p for p in art.of("place") if p["code"] == code and p.get("surface")), None)


# The article speaking as its own place: "我县", "本市" (its bare bodies and posts its own).
OWN_VOICE = re.compile(r"[我本][县市区旗州盟]")
# A host receiving guests: the places after the verb are where the guests come from, not
# what the paragraph is about ("市长某某会见了某市某公司董事长某某一行").
RECEIVES = re.compile(r"会见|会晤|接见|会谈|宴请|迎接")


def paragraph_place(art: Article, idx: int, level: str, fits=lambda place: True) -> Span | None:
    """In an article of several places of a level, the one an earlier sentence of sentence
    `idx`'s paragraph names, the nearest such sentence naming one only: "甲县地处三省交界。
    县长某某介绍…", "…县委宣传部部长某某说" are 甲县's where the article goes on to 乙县 in
    another paragraph.  None where the paragraph speaks as the article's own place ("…来我县
    考察。县长某某陪同"), or the article names one place of the level only (its scope then).
    A guest's place, named after the host's verb of receiving him, is none the paragraph is
    about ("…会见了甲市客商一行。副市长某某参加会见": the host city's deputy mayor)."""
    if not 0 <= idx < len(art.sentences):
        return None                            # a body named only in the source line
    para = art.sentences[idx].paragraph
    if para < 0 or len({p["name"] for p in art.of("place") if p["level"] == level}) < 2:
        return None
    for sent in reversed(art.sentences[:idx + 1]):
        if sent.paragraph != para or OWN_VOICE.search(sent.simp):
            return None
        received = RECEIVES.search(sent.simp)
        named = {p["name"]: p for p in art.in_sentence("place", sent.index) if p["level"] == level and fits(p)
                 and not (received and p.start >= received.end())}
        if named and sent.index < idx:
            return next(iter(named.values())) if len(named) == 1 else None
    return None
