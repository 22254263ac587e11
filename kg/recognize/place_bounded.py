"""A township or village that no place before it introduces, named by what bounds it.

Official news names a township or village without its county where its own body, post or
doing follows and something bounds the name on the left: "，西柏坡镇党委书记" (a clause's
start), "任东岗镇党委书记" (a verb of appointment), "被派驻到某村任第一书记" (where a cadre
is sent), "某某镇召开…" (the township's own meeting), "中共某某镇第十六次代表大会" (its
Party congress), "某某村：" (a list's heading).  The longest such name wins.
"""
from __future__ import annotations

import re

from kg.lang.script import ITEM_NUMBER
from kg.recognize.career_verbs import NOT_VERB_BEFORE
from kg.places.villages import entries
from kg.recognize.place_stems import CAREER_VERBS, good_stem, tagged

# A township or village named right before its own body or post is a name, not a description.
POST_AFTER_PLACE = ("党委", "党支部", "党总支", "党工委", "政府", "人民政府", "镇长", "乡长", "村委", "两委", "居委",
                    "村民委员会", "主任", "书记", "办事处", "党群服务中心",
                    "副镇长", "副乡长", "常务副镇长", "常务副乡长", "人大主席", "纪委",      # its deputies, its congress chair,
                    "第一书记", "驻村第一书记",                                          # the first secretary sent to it,
                    "领导班子")                                                        # its leading group
# A township's own stations (乡镇站所, the "七站八所" every township has), named right after it:
# "某某镇财政所所长", "某某乡卫生院院长" (a discipline notice's item, a health story's doctor).
TOWNSHIP_UNITS = ("财政所", "司法所", "派出所", "卫生院", "中心卫生院", "中心学校", "中心小学", "农技站", "林业站",
                  "兽医站", "畜牧站", "水利站", "国土所", "自然资源所", "规划所", "文化站", "便民服务中心")
# A township's own meeting or work, written with the township as the subject at a clause's
# start ("某某镇召开…", "某某乡：…" in a headline): a township's own news names it so (and a
# village's, "某某村召开村民代表大会", where no county named could place it elsewhere).
OWN_DOING = ("召开", "举行", "举办", "开展", "启动", "：", ":")
# A township's own Party congress or committee after 中共: "中共某某镇第十六次代表大会",
# "中共某某镇纪律检查委员会" (a township's congress news names it only so).
PARTY_ORGAN = re.compile(r"第[一二三四五六七八九十]+(?:次代表大会|次党代会|届委员会|届纪律检查委员会)|委员会|纪律检查委员会")
PARTY_NAMES = ("中共", "中国共产党")
# A post taken up where a cadre is sent: "到某村任第一书记", "驻某村担任工作队队长".
STATIONED_POST = re.compile(r"(?:挂职)?(?:任|担任)")
CLAUSE_START = ("", "，", ",", "。", " ", "\u3000")
# The words a sentence names those present or in a list after: "参加会议的还有某某镇党委书记某某",
# "陪同调研的也有…", "获奖的分别是…".
NAMED_AFTER = ("还有", "也有", "分别是", "依次是", "就是")
# A people's commune's own units, written right after its name in old careers: its
# production brigades (某公社二大队, 某公社红旗大队), its revolutionary and management committees.
COMMUNE_UNIT = re.compile(r"(?:[一二三四五六七八九十\d]+|[\u4e00-\u9fff]{2})?大队|革委会|革命委员会|管委会|团委")
# A village or an urban community framing its sentence, whose next clause speaks of its posts or
# people: "在某某村，村委会主任某某介绍…", "在某某村，驻村第一书记…", "在某某村，村民某某…", "在某某社区，
# 社区党委书记、居委会主任某某…".
VILLAGE_FRAME = re.compile(r"[，,]\s*(?:村(?:委|党|两委|民|支书|主任|书记|监)|党支部|党总支|驻村|第一书记"
                           r"|社区(?:党|居委|两委|居民|书记|主任)|居委会|居民委员会)")
FRAMED_SUFFIXES = ("村", "社区")
# Where a township or village lies, said of it as its clause's subject ("某某村隶属于某乡，全村…",
# "某某镇位于某县东部"): the opening of a story or profile of the place names it so.
LIES_IN = ("隶属于", "隶属", "位于", "地处", "坐落于", "坐落在")


def bounded_start(text: str, s: int, e: int, village_doing: bool = False) -> int | None:
    """Where the name ends by the suffix at [s, e) starts, when what follows it is its own
    body, post or doing and something bounds it on the left; else None.  A village's own
    doing ("某某村召开村民代表大会") bounds it only with `village_doing` (the article names no
    county whose table could say the village is not its own).

    >>> bounded_start("，西柏坡镇党委书记某某", 4, 5), bounded_start("中共东岗镇第十六次代表大会", 4, 5)
    (1, 2)
    >>> bounded_start("推进示范镇建设", 4, 5) is None
    True
    >>> bounded_start("李某，后任丰利镇党委副书记", 7, 8)
    5
    >>> bounded_start("在柳湖社区，社区党委书记某某说", 3, 5)
    1
    >>> bounded_start("（二）红岭镇镇长某某违规…", 5, 6)      # a numbered item's first words
    3
    >>> bounded_start("石门坎村隶属于某乡", 3, 4), bounded_start("他说这个村位于山区", 5, 6)
    (0, None)
    >>> bounded_start("田某（石堰坪乡党委书记）：", 6, 7)       # an interview's speaker, the post in brackets
    3
    >>> bounded_start("枫木冲村“两委”成员公示", 3, 4)         # its body in quotes, as "两委" is written
    0
    """
    suffix = text[s:e]
    stationed = STATIONED_POST.match(text, e) is not None
    organ = suffix in "镇乡" and PARTY_ORGAN.match(text, e) is not None
    heading = suffix == "村" and text.startswith(("：", ":"), e)       # "某某村：党支部书记某某…", a list's heading
    framed = suffix in FRAMED_SUFFIXES and VILLAGE_FRAME.match(text, e) is not None    # "在某某村，村委会主任某某…"
    doing = (suffix in "镇乡" or village_doing and suffix in ("村", "社区")) and text.startswith(OWN_DOING, e) or organ or heading \
        or suffix in "村镇乡社区" and text.startswith(LIES_IN, e)
    post = text.startswith(POST_AFTER_PLACE, e + (text[e:e + 1] in "“\"")) \
        or suffix == "公社" and COMMUNE_UNIT.match(text, e) is not None \
        or suffix in "镇乡" and text.startswith(TOWNSHIP_UNITS, e)
    if not (post or stationed or doing or framed):
        return None
    for n in range(7 if text[s - 1:s] == "族" else 4, 1, -1):      # "某某山瑶族乡": a nation's name too
        stem, before = text[max(s - n, 0):s], text[s - n - 1:s - n] if s - n > 0 else ""
        if framed:
            bounded = before == "在" and text[max(0, s - n - 2):s - n - 1] in CLAUSE_START     # the sentence's frame
        elif organ:
            bounded = text.endswith(PARTY_NAMES, 0, s - n)          # "中共某某镇第十六次代表大会"
        elif heading:
            bounded = s - n == 0                                    # the line opens with it
        elif doing and not post:
            bounded = before in CLAUSE_START                        # the clause's subject
        elif stationed:
            bounded = before != "" and before in "到赴驻"        # "被派驻到某村任第一书记"
        else:
            bounded = before in CLAUSE_START + ("、", "；", "“", "的", "（", "(") or appointed_to(text, s - n) \
                or text.endswith(NAMED_AFTER, 0, s - n)
        bounded = bounded or not framed and not organ and ITEM_NUMBER.fullmatch(text, 0, s - n) is not None
        if any(appointed_to(text, s - m) for m in range(2, n)):
            continue            # "，后任某某镇党委书记": the verb inside bounds a shorter name (no 后任某某镇)
        if len(stem) == n and bounded and good_stem(stem) and not function_words(stem, suffix):
            return s - n
    return None


# Parts of speech that carry no name: adverbs, prepositions, conjunctions, particles, pronouns,
# time words.  A clause may open with them right before a bare level ("，现将镇领导班子…如下").
FUNCTION_TAGS = ("d", "p", "c", "u", "r", "t", "tg")


def function_words(stem: str, suffix: str) -> bool:
    """A stem made only of function words that no township or village of the national table
    is called: the clause's own words before a bare level, no name ("现将镇领导班子成员分工如下":
    现将, now hereby).  A listed name made of such words stays one (春和村, 上都村 are villages).

    >>> function_words("现将", "镇"), function_words("西柏坡", "镇")
    (True, False)
    """
    return all(tag in FUNCTION_TAGS for _, tag in tagged(stem)) and not entries(stem + suffix)


# A decision's verb, its object (a name, 他/她) and 为, right before the post's place.
NAMED_TO = re.compile(r"(?:任命|提拔|选举|推选|提名|推荐)[\u4e00-\u9fff·]{1,4}为$")


def appointed_to(text: str, start: int) -> bool:
    """Whether a verb of appointment or removal bounds the name at `start` on the left:
    "任东岗镇党委书记", "免去其西营镇…" (not the 任 of 主任 or 责任).

    >>> appointed_to("某某任东岗镇党委书记", 3), appointed_to("办公室主任东岗镇", 5)
    (True, False)
    >>> appointed_to("镇党委任命他为东岗镇", 7), appointed_to("他当上了东岗镇", 4)
    (True, True)
    """
    before = text[:start]
    if before.endswith(("免去其", "免去", "免除其") + CAREER_VERBS + tuple(v + "了" for v in CAREER_VERBS)):
        return True                           # "曾任某村党支部书记", "时任…", "当上了某村…"
    if NAMED_TO.search(before):
        return True                           # "镇党委任命他为某村…", "选举某某为某镇…"
    return before.endswith("任") and before[-2:-1] not in NOT_VERB_BEFORE
