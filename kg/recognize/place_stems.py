"""What a township's, village's or zone's own name may be made of: the stem before its
suffix ("塔元庄" in 塔元庄村, "正定经济" in 正定经济开发区) is Han characters with no clause
word in it, and a descriptive word at neither end ("贫困村", "先进村": no names).  Shared by
kg.recognize.lower_places (townships and villages) and kg.recognize.zones.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.script import HAN_CHAR
from kg.lang.words import longest_first, words
from kg.places.gazetteer import load
from kg.places.villages import entries
from kg.recognize.career_verbs import LEAVE, PAST, TAKE
from kg.recognize.segment import tag_of, tagged
from kg.recognize.names import transliteration

CAREER_VERBS = tuple(v for v in PAST + TAKE + LEAVE if len(v) >= 2)      # 任 alone opens 任庄村
NOT_IN_STEM = set("的了及在是为对把被个们到从部委局办厅市县区省")
CN_COUNT = r"(?:\d+|[两三四五六七八九十]+)个"
TERM = re.compile(r"[一二三四五六七八九十两本上下新历换]届")       # a term of office: 新一届, 本届, 历届
# The last morphemes of place names that jieba files as verbs: 铺 (a post station, 杏子铺, 油榨铺)
# and 冲 (a valley in Hunan and Jiangxi, 黄土冲, 牛角冲) — a name, not a verb, at a stem's end.
VERB_LIKE_FINALS = ("铺", "冲")


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern]:
    lower = words("township_suffixes") + words("village_suffixes")
    zones = "|".join(longest_first(words("zone_suffixes")))
    return {"lower": re.compile("|".join(longest_first(lower))), "zone": re.compile(zones),
            "zone_list": re.compile(rf"(?<=[的,，:：在])((?:[\u4e00-\u9fff]{{2,4}}、)+[\u4e00-\u9fff]{{2,4}}){CN_COUNT}({zones})")}


def level_of(name: str) -> str:
    if name.endswith(words("zone_suffixes")):
        return "zone"
    if name.endswith(words("village_suffixes")):
        return "village"
    return "township"


@lru_cache(maxsize=1)
def _not_stems() -> tuple[frozenset, tuple]:
    """Descriptive words: single characters checked at a stem's start, longer ones at either end."""
    stems = words("not_place_stems")
    return frozenset(stems), tuple(w for w in stems if len(w) > 1)


def good_stem(stem: str, check_words: bool = True) -> bool:
    """Han characters only, no descriptive word at either end, no verb or pronoun in front."""
    not_stems, long_ones = _not_stems()
    if not stem or not all(HAN_CHAR.match(c) for c in stem):
        return False
    if stem.startswith(long_ones) or stem.endswith(long_ones) or any(c in NOT_IN_STEM for c in stem):
        return False
    if TERM.search(stem):
        return False                           # "新一届镇党委", "本届村委": a term of office, no name
    if stem[0] in not_stems and not (stem[0] == "那" and len(stem) >= 2 and (tag_of(stem[:2]) or "ns")[0] in "ns") \
            and not (check_words and len(stem) >= 2 and tag_of(stem) == "ns") \
            or stem.startswith(CAREER_VERBS):
        return False                           # "时任某村村委委员": the verb of a career, then the name; 那
        #                                        only as the pronoun of a word (那个, 那里): it opens Zhuang
        #                                        names ("field": 那坡, 那桐) and Tibetan ones by sound; a
        #                                        descriptive first character opens a place name the
        #                                        dictionary knows whole (大坪, 大湾, 古城: not 大多数)
    if not check_words:
        return True
    tokens = tagged(stem)
    tag = tag_of(stem[:2])
    if tag and tag[0] in "vdprcqu" and not _noun_opens(tokens):
        return False                           # numerals may open a name: 十八洞村, 三合镇
    # "新修通村公路": a verb phrase before 村; "某某与村党支部书记…": a link after a name; no names
    tokens = tokens[:-1] if len(tokens) > 1 and tokens[-1][0] in VERB_LIKE_FINALS else tokens     # (杏子|铺)
    return len(tokens) == 1 or not any(flag.startswith("v") or flag in ("p", "c") for _, flag in tokens)


def _noun_opens(tokens) -> bool:
    """Whether the stem opens with a noun longer than two characters, whose first two
    characters alone would read as another word: "高新技术" (产业园区) is a noun, though 高新
    alone is tagged an adverb.

    >>> _noun_opens((("高新技术", "n"),)), _noun_opens((("新修", "v"), ("通", "v")))
    (True, False)
    """
    return bool(tokens) and len(tokens[0][0]) > 2 and tokens[0][1].startswith("n")


def listed_stem(stem: str) -> bool:
    """A stem the national table may confirm: Han characters, no clause word, and no
    descriptive word at either end (先进村, 中心村); a single character must not be one
    (农村, 新村).  Unlike `good_stem`, a first character such as 大 or 古 is allowed:
    the table knows 柳湾村 and 石碾子村.  市 and 县 stand inside such names too: a market
    town (浦市镇, 新市镇), an old county seat (旧县镇, 古县乡) — never first, and never a
    county's own name before the suffix ("某县镇村干部" is the county's towns and villages).

    An ethnic township's or village's name ("某某瑶族乡") opens with a word of any kind: no
    description takes a nation's name after it (文明瑶族乡 is a name; 文明村, a title).

    >>> listed_stem("旧县"), listed_stem("县城"), listed_stem("岳池县")
    (True, False, False)
    >>> listed_stem("文明"), listed_stem("文明瑶族")
    (False, True)
    """
    not_stems, long_ones = _not_stems()
    if not all(HAN_CHAR.match(c) for c in stem) or any(c in NOT_IN_STEM and c not in "市县" for c in stem) \
            or stem.startswith(("市", "县")) or "县" in stem and stem in load().names:
        return False
    if len(stem) == 1:
        return stem not in not_stems and stem not in words("village_work_verbs")
    if len(stem) >= 4 and stem.endswith("族"):
        return True
    return not (stem.startswith(long_ones) or stem.endswith(long_ones))


def tail_of_description(text: str, start: int, end: int) -> bool:
    """Whether the stem text[start:end] is the tail of a descriptive word that begins before
    it ("优秀村" read as 秀村, "示范村" as 范村): the table may list such a village elsewhere
    in the county, but the text does not name it.

    >>> tail_of_description("表彰优秀村党组织书记", 3, 4), tail_of_description("表彰秀村党组织书记", 2, 3)
    (True, False)
    """
    _, long_ones = _not_stems()
    return any(text.startswith(w, end - len(w)) for w in long_ones if end - len(w) < start)


def sounded(text: str, end: int) -> bool:
    """Whether the six characters before `end` write Uyghur, Tibetan or Mongolian by sound
    (four of them or more from kg/data/transliteration_chars.txt, a set made for persons'
    names): such village names run to nine characters.

    >>> sounded("到了阿依巴格库木村", 8), sounded("到了新建幸福家园村", 8)
    (True, False)
    """
    return end >= 6 and sum(c in transliteration() for c in text[end - 6:end]) >= 4


def cut_from_sound(text: str, start: int, end: int) -> bool:
    """Whether a name starting at `start` would cut a name written by sound that runs on
    to its left: "阿亚格库木巴格村" is no village 库木巴格村, though the table lists one.
    A township's suffix before it ends that name (某苏木哈日阿图嘎查: 苏木 ends in 木).

    >>> cut_from_sound("到了阿亚格库木巴格村", 5, 9), cut_from_sound("到了阿亚格库木巴格村", 2, 9)
    (True, False)
    >>> cut_from_sound("巴彦胡舒苏木哈日阿图嘎查", 6, 10)
    False
    """
    return start > 0 and text[start - 1] in transliteration() and sounded(text, end) \
        and not text.endswith(tuple(words("township_suffixes")), 0, start)


# The bodies and people a village's own news writes after a bare 村 ("村“两委”", "村干部"), and
# the village works a verb builds ("新建村卫生室", "硬化村道", "改造村部", "建成村级…").
VILLAGE_OWN = ("“两委”", "两委", "党支部", "党总支", "委会", "干部", "集体",
               "卫生室", "卫生所", "部", "级", "道", "组道", "活动", "综合服务", "文化")


def verb_before_own_body(text: str, stem: str, end: int) -> bool:
    """Whether a table's village name is a verb and the bare 村 of a village's own body
    ("驻村队联合村“两委”修通道路": 联合 the verb, 村“两委” the committees).

    >>> verb_before_own_body("驻村队联合村“两委”修通道路", "联合", 6), verb_before_own_body("新建村党支部", "新建", 3)
    (True, True)
    >>> verb_before_own_body("来到红旗村党支部", "红旗", 5), verb_before_own_body("新建村卫生室", "新建", 3)
    (False, True)
    """
    return text.startswith(VILLAGE_OWN, end) and any(t.startswith("v") for w, t in tagged(stem) if w == stem)


CHAIN_END = ("，", ",", "、", "。", "；", ";", "：", ":", "）", ")")


def named_elsewhere(stem: str, suffix: str, text: str, end: int, chained: bool = False) -> bool:
    """Whether a word written right after its township ("某镇油榨村，") is a village's
    name because the national table knows a village of that name somewhere (油榨, 新建:
    verbs elsewhere, names of hundreds of villages), where the table lacks it under this
    township (renamed, merged, or never listed).  Two characters at least, and the name
    ends its clause or list item: "某镇新建村级活动室" goes on, no village; or, `chained`,
    the township itself comes right after its county, the address written in full, and
    the name is no 村级 ("某县某镇大路村举行选举").

    >>> named_elsewhere("油榨", "村", "龙口镇油榨村，", 6), named_elsewhere("新建", "村", "该镇新建村级道路", 5)
    (True, False)
    >>> named_elsewhere("大路", "村", "甲县乙镇大路村举行选举", 7, chained=True)
    True
    """
    ends = end == len(text.rstrip()) or text.startswith(CHAIN_END, end) or chained and not text.startswith("级", end)
    return len(stem) >= 2 and suffix == "村" and ends and bool(entries(stem + suffix))
