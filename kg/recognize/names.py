"""Chinese personal names: surnames, and where a name ends.

A name is a surname (one character, or a compound such as 欧阳) and one or two given
characters.  Text has no spaces, so the end of a name is read from what follows it:
official news puts a name right before a speech verb, punctuation, or the next clause
("王小明说", "李华正在走访", "赵强是一名90后").  When both a two- and a three-character
reading fit, the article decides: the reading that recurs before different words is
the name ("李华说", "李华带队" → 李华, not 李华带).
"""
from __future__ import annotations

import re

from functools import lru_cache

from kg.recognize.segment import frequency, tag_of, tagged
from kg.lang.words import words

PUNCT_AFTER_NAME = ("(", ")", "（", "）", "，", ",", "。", "、", "：", ":", "；", ";", "“", "”", "！", "？", "!", "?",
                    " ", "]", "】", "\n")
# Characters that follow a name in official news and stand in no given name: particles and
# verbs (说, 被), levels of place, 记者, and 摄 of a photo credit ("王五摄": never "王五摄" the name).
# Given names that open with 为, a character NOT_GIVEN holds (为民 "for the people", 为国, 为公):
# the era's names, read only where a name-ending word follows ("县长何为民主持…").
GIVEN_WITH_WEI = ("为民", "为国", "为公", "为华", "为群", "为东", "为平", "为先")
# 及 and 与 join a list's items ("某某及县委常委出席"): conjunctions no given name holds.
NOT_GIVEN = set("的了过在是说都被把对从到为这那其某们个年月日市县区省镇乡村委部局记者等摄及与")


@lru_cache(maxsize=1)
def lexicon() -> tuple[frozenset, frozenset, tuple, frozenset]:
    """Surnames (one and two characters), what follows a name, and words that are no names."""
    return (frozenset("".join(words("surnames"))), frozenset(words("compound_surnames")),
            tuple(words("name_followers")) + PUNCT_AFTER_NAME, frozenset(words("not_names")))


def surname_at(text: str, i: int) -> str | None:
    single, double, _, _ = lexicon()
    if text[i:i + 2] in double:
        return text[i:i + 2]
    if i < len(text) and text[i] in single:
        return text[i]
    return None


@lru_cache(maxsize=1)
def initials() -> frozenset:
    return frozenset("".join(words("name_initials")))


def initial_at(text: str, i: int) -> str | None:
    """A Dai name has no surname but opens with 岩 (men) or 玉 (women): "岩某", "玉某某".
    Only where the context says a name follows (after a post), never in running text."""
    return text[i] if i < len(text) and text[i] in initials() else None


def ends_name(text: str, j: int) -> bool:
    """Does a name plausibly end at j?  End of text, or a word that follows names; 摄 only
    as a photo credit's, which ends its caption ("某某摄）": not "某某拍|摄了视频").

    >>> ends_name("王五摄）", 2), ends_name("周涛拍摄了视频", 3)
    (True, False)
    """
    if text.startswith("摄", j) and not text.startswith("摄影", j) and j + 1 < len(text) and text[j + 1] not in CREDIT_END:
        return False
    return j >= len(text) or text.startswith(lexicon()[2], j) or DELIVERS.match(text, j) is not None \
        or COMRADES_COUNTED.match(text, j) is not None or serves_as(text, j)


SERVE_VERBS = ("担任", "兼任", "出任", "任")
# The first characters of the compounds of 任 that news writes after a name ("某某时任县委书记",
# "某某曾任…", "某某现任…", "某某调任…"): before 任 they are the compound's, not the given name's
# last character (新 is not here: a given name often ends with it, "某学新任指挥长").
REN_COMPOUNDS = set("时曾现历先后改转升调兼出担原继留连主接就上到离赴委前责聘续信")


def serves_as(text: str, j: int) -> bool:
    """任 (or 担任, 兼任, 出任) right before a title: the verb a roster of posts puts after each
    name ("由某某任组长，某某任副组长"), no given name's last character; not where the name's
    last character and 任 make a word ("某某时任县委书记": 时任, the name before it).

    >>> serves_as("王五任常务副指挥长", 2), serves_as("王五任务繁重", 2), serves_as("王五时任县长", 3)
    (True, False, False)
    """
    verb = next((v for v in SERVE_VERBS if text.startswith(v, j)), None)
    if verb is None or verb == "任" and text[j - 1:j] in REN_COMPOUNDS:
        return False
    from kg.recognize.org_names import title_matcher     # (org_names reads names: imported when first asked)
    return bool(title_matcher().match_at(text, j + len(verb)))


# The count of a list of names before 同志: "甲、乙两同志分别任…", "甲、乙、丙三位同志" (the count
# is no last character of the name before it).
COUNT_WORDS = r"[两二三四五六七八九十]{1,2}"
COMRADES_COUNTED = re.compile(COUNT_WORDS + r"(?:位|名)?同志")


# A meeting's speaker then what he delivers, the report named in between: "某某作常委会工作报告",
# "某某作关于某某条例草案的说明" (name_followers.txt holds the short ones, 作报告, 作讲话); not
# 所作的 ("某某所作的报告": the report made by him, the name before 所).
DELIVERS = re.compile(r"作(?!的)[^，,。；;：:、“”]{1,16}?(?:报告|讲话|发言|说明|汇报|部署|总结|点评|辅导)")


def opens_follower(text: str, j: int) -> bool:
    """Whether a word that follows names, of two characters or more, starts at j: a name
    that runs to j has taken that word's first character ("张三先任某职": 张三, 先任).

    >>> opens_follower("张三先任县长", 2), opens_follower("张三丰任县长", 2)
    (True, False)
    """
    return any(len(f) >= 2 and text.startswith(f, j) for f in lexicon()[2])


CREDIT_END = set(" \u3000）)】]。，,；;/\n")


@lru_cache(maxsize=1)
def transliteration() -> frozenset:
    return frozenset("".join(words("transliteration_chars")))


def rare(word: str) -> bool:
    """Whether the dictionary hardly knows the word: a name written by sound (宝力道, 那顺),
    not an everyday word (本报, 道路); a word names are made of sits below 50 in jieba's
    counts, a word of running text far above."""
    return frequency(word) < 50


def transliterated(text: str, i: int) -> str | None:
    """A minority name written by sound: the run of four to ten characters of the
    transliteration set right after a title ("牧委会主任乌日图那顺说" -> 乌日图那顺); the
    run itself is the evidence, as no Han word is made only of these characters."""
    chars = transliteration()
    dotted = DOTTED.match(text, i)
    if dotted:                            # "艾麦提·伊斯马伊力": the dot is only written inside such names;
        name = dotted.group(0)            # its last part ends at the first word that follows names ("…说")
        for k in range(name.rindex("·") + 3, len(name) + 1):
            if ends_name(text, i + k) or text.startswith(DOTTED_END, i + k):    # "…家": the person's home;
                longer = k < len(name) and name[k] in chars and ends_name(text, i + k + 1)
                return name[:k + longer]  # "…·买买提出席": 提出 and 出席 both follow names; the sound
                #                           the name may still take is the name's (买买提, a common part)
    j = i
    while j < len(text) and j - i < 10 and (text[j] in chars or _name_word_he(text, i, j, chars)):
        j += 1
    name = text[i:j].rstrip("·")
    if len(name) == 3 and (j >= len(text) or text[j] in "、，,。；;" or ends_name(text, j) and name[-1] != "都") and rare(name):
        return name                       # "主席宝力道、副主席…": three sounds the dictionary hardly knows, a list's
        #                                   item, or before a word that follows names ("嘎查长某某某说";
        #                                   not 都 there, the adverb: "巴图都说")
    if len(name) == 2 and j < len(text) and ends_name(text, j) and name[-1] != "都" and rare(name):
        return name                       # "旗长宝音参加…": two sounds no word of the dictionary is, then a
        #                                   word that follows names
    return name if len(name) >= 4 else None


def _name_word_he(text: str, i: int, j: int, chars) -> bool:
    """和 as the second sound of a Mongolian name word (苏和, 孟和: sükh, möngkh) opening a
    longer name ("旗长苏和毕力格介绍"), three sounds after it, or closing one before a
    list's comma ("书记巴图孟和、旗长…"); after two sounds or more it otherwise joins a list
    ("巴特尔和乌云")."""
    if text[j] == "和" and j >= i + 2 and text[j - 1] in "孟苏" and text[j + 1:j + 2] in tuple("、，,。；;"):
        return True                       # "旗委书记巴图孟和、旗长…": the word closes the name, a list's item
    return text[j] == "和" and j == i + 1 and text[i] in chars and all(c in chars for c in text[j + 1:j + 4]) \
        and len(text[j + 1:j + 4]) == 3


DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{2,8}(?:·[\u4e00-\u9fff]{2,8})?")
# What ends a dotted name beside the words that follow every name: the person's home (…家), and
# the verbs of a decision or a career step right after the name ("某某·某某任某州党委副书记",
# "任命某某·某某为…"), none of them a sound such names are written with.
DOTTED_END = ("家", "任", "担任", "出任", "兼任", "调任", "升任", "当选", "为")


def readings(text: str, i: int, strict: bool = False) -> list[str]:
    """Possible names starting at i, shortest first, each followed by a name-ending word.

    After a post or in a byline the context already says "a name follows", so given names
    that are also words (建国, 宏伟, 立新) are accepted; `strict` is for weaker contexts.
    """
    sur = surname_at(text, i) or (None if strict else initial_at(text, i))
    if not sur:
        return []
    out = []
    for given in (1, 2):
        j = i + len(sur) + given
        name = text[i:j]
        if given == 1 and text.startswith(GIVEN_WITH_WEI, i + len(sur)):
            continue                      # "何为民": 为 opens the two-character given name
        if j > len(text) or any((c in NOT_GIVEN and name[len(sur):] not in GIVEN_WITH_WEI) or not ("\u4e00" <= c <= "\u9fff")
                                for c in name[len(sur):]):
            break
        if given == 2 and (COMRADES_COUNTED.match(text, j - 1) or opens_follower(text, j - 1)):
            break                         # "甲、某丽两同志": the count; "某某陪同": the follower's first character
        if plausible(name, strict) and ends_name(text, j):
            out.append(name)
    return out or _segmenter_reading(text, i, sur, strict)


def _segmenter_reading(text: str, i: int, sur: str, strict: bool) -> list[str]:
    """When no name-ending word follows, ask jieba whether a person name starts here."""
    tokens = tagged(text[i:i + 8])
    word, flag = tokens[0]
    if word == sur and flag.startswith("nr") and len(tokens) > 1 and len(tokens[1][0]) <= 2 \
            and tokens[1][1].startswith(("nr", "nz")):
        word = sur + tokens[1][0]         # "司|鹏飞": a surname and a given name jieba cut apart
    head_tag = tag_of(word[:2]) or "nr"
    if (flag.startswith("nr") and len(sur) < len(word) <= len(sur) + 2 and plausible(word, strict)
            and (head_tag.startswith("nr") or head_tag[0] not in "vadn")):
        return [word]
    return []


@lru_cache(maxsize=1)
def titles() -> frozenset:
    return frozenset(words("titles"))


def plausible(name: str, strict: bool = True, words_too: bool = False) -> bool:
    """Not a listed non-name, and not an ordinary word ("关负责", "和面"); with `words_too`,
    where the context says a name stands there (a list a count of persons closes), an
    ordinary word is a name as well (高峰, 文静)."""
    if name in lexicon()[3]:
        return False
    if len(name) == 3 and name[1] in "不没" and name[0] == name[2]:
        return False                      # "村民富不富，关键看支部": a question's A-not-A, no name
    given = name[2:] if name[:2] in lexicon()[1] else name[1:]
    if not given:
        return False                      # "欧阳书记": a compound surname alone addresses, names no one
    if given in titles() or name in titles():
        return False                      # "由县委书记任组长": 任 and a post; "楼栋长" is a post
    if given in words("honorifics") or given and set(given) <= {"某"}:
        return False                      # "张大姐说": how one is addressed; "肖某": a name withheld
    if words_too:
        return True
    for word in (name, given if len(given) == 2 and strict else None):
        tag = tag_of(word) if word else None
        if tag and not tag.startswith("nr") and tag[0] in "vadpcurmqtf":
            return False
    if strict and len(name) == 3 and (tag_of(name[:2]) or "nr")[0] == "v":
        return False                      # "农民丰收节": a verb (丰收) opens it, a word and no name
    if name.endswith("地") and (tag_of(name[:-1]) or "nr")[0] in "abdv":
        return False                      # "满意地笑", "认真地听": an adverb's 地, no name
    tag = tag_of(name)
    return not (tag and not tag.startswith("nr") and len(name) == 2 and tag[0] in "n")


def choose(options: list[str], text_of_article: str) -> str | None:
    """Between "李华" and "李华正", the reading the article repeats before other words."""
    if not options:
        return None
    if len(options) == 1:
        return _confirmed_shorter(options[0], text_of_article) or options[0]
    short, long_ = options[0], options[-1]
    extra = long_[len(short):]
    if extra in ("和", "与", "同"):
        return long_          # "韩立和今年65岁": a name ends in 和 when a name-ending word follows it too
    if extra in lexicon()[2]:
        return short          # "某某摄" at a caption's end, twice: the credit's verb, not a name
    if text_of_article.count(long_) >= 2 and text_of_article.count(short) == text_of_article.count(long_):
        return long_
    return short


@lru_cache(maxsize=1024)      # asked once per mention, answered once per name and article
def _confirmed_shorter(name: str, text: str) -> str | None:
    """"李华正在" read as 李华正 when the article also writes "李华说": a three-character
    reading whose first two characters stand before a name-ending word elsewhere in the
    article is that shorter name followed by an adverb."""
    if len(name) < 3:
        return None
    short = name[:-1]
    i = text.find(short)
    while i >= 0:
        if not text.startswith(name, i) and ends_name(text, i + len(short)):
            return short
        i = text.find(short, i + 1)
    return None


PEOPLE_AFTER = ("同志", "领导", "人", "一行", "代表", "嘉宾", "专家", "负责")


def things_after(after: str) -> bool:
    """What follows a list's 等 is a noun that names no person ("…康养等新业态", "…等殊荣"),
    so the list is of things: not a person noun ("…等同志", "…等村民") or a verb ("…等出席").

    >>> things_after("农文旅融合新业态"), things_after("同志参加"), things_after("出席会议")
    (True, False, False)
    """
    if not after[:1] or not ("\u4e00" <= after[0] <= "\u9fff"):
        return False
    word, flag = tagged(after[:8])[0]
    if word.startswith(PEOPLE_AFTER) or word.startswith(words("person_nouns")):
        return False
    return flag.startswith("n") and not flag.startswith("nr")
