"""Yi names, which open with a clan name written by sound: the clan's two characters
(kg/data/yi_clan_names.txt), then a given name of one to three syllables ("吉克曲布",
"马海木呷", "阿的哈日").  Read only after a title, where a name must stand, as far as the
first word that follows names: the shortest given name that one ends, so that a Han name
with a clan's two characters ("马海军说") reads as it did.

>>> name_at("组织部部长阿的哈日说，", 5), name_at("组织部部长马海军说，", 5), name_at("组织部部长王海说，", 5)
('阿的哈日', '马海军', None)
"""
from __future__ import annotations

from functools import lru_cache

from kg.lang.words import words
from kg.recognize import names
from kg.recognize.segment import tag_of


@lru_cache(maxsize=1)
def clans() -> frozenset:
    return frozenset(words("yi_clan_names"))


def name_at(text: str, at: int, word_end: int | None = None) -> str | None:
    """The Yi name that starts at `at`: a clan name, then the shortest run of one to three
    Han characters that a word following names (or punctuation) ends — or `word_end`, where
    the model's name ends before a word of its own ("小伙阿的哈日正忙着": 正, an adverb).

    >>> name_at("小伙阿的哈日正忙着", 2), name_at("小伙阿的哈日正忙着", 2, 6)
    (None, '阿的哈日')

    The model may take the adverb after the name into it ("阿的哈日正|忙着"): a last
    character that jieba files as an adverb is given back.

    >>> name_at("小伙阿的哈日正忙着", 2, 7)
    '阿的哈日'
    """
    if text[at:at + 2] not in clans():
        return None
    if word_end is not None and word_end - at >= 5 and tag_of(text[word_end - 1]) == "d":
        word_end -= 1
    for n in (1, 2, 3):
        end = at + 2 + n
        given = text[at + 2:end]
        if len(given) < n or not all("\u4e00" <= c <= "\u9fff" for c in given):
            return None
        if (end == word_end or names.ends_name(text, end)) and not syllable_before_name_end(text, end, n):
            return text[at:end]
    return None


# Syllables of Yi given names that are function words of their own as well (拉则, 木且):
# "…阿苏拉则到某县宣讲" reads 则 as the name's, when the name ends right after it and the
# given name would else be one syllable (most are two); after two, 则 is the word ("某某曲布则表示").
WORD_SYLLABLES = ("则", "且")


def syllable_before_name_end(text: str, end: int, n: int) -> bool:
    """Whether the word after a one-syllable given name is one of those syllables, and the
    name ends right after it: then it is the name's last syllable.

    >>> name_at("副校长阿苏拉则到县里宣讲", 3), name_at("副校长阿苏拉则到县里宣讲", 3, 6), name_at("副校长阿苏拉到县里宣讲", 3)
    ('阿苏拉则', '阿苏拉则', '阿苏拉')
    >>> name_at("县长吉克曲布则表示，", 2)
    '吉克曲布'

    """
    return n == 1 and text[end:end + 1] in WORD_SYLLABLES and names.ends_name(text, end + 1)
