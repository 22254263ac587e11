"""Quoted slogans: how official news quotes the names of policies and campaigns.

Quoted names come in runs ("“A”“B”工作", "“A”、“B”和“C”"), and the Party abbreviates
a policy into a count of its parts ("“三个一批”", "“六稳”", "“两山两化”"); a quoted count
may also be a doctrine, a body or a kind of people, which are no programs.
"""
from __future__ import annotations

import re

from kg.recognize.segment import tagged
from kg.lang.words import words

QUOTE = re.compile(r"“([^“”]{2,24})”")
SAID = re.compile(r"(?:[：:]|说|道|表示|指出|强调)\s*$")      # what opens a quotation of speech
# “三个一批”, “六稳”, “两山两化”: a numeral first, or "N个" inside.
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十百千两双多][\u4e00-\u9fff]{1,7}|[\u4e00-\u9fff]{0,3}[一二三四五六七八九十两]个[\u4e00-\u9fff]{1,5})$")
# A plan period (“十四五”, and the older “七五”) or the law-popularising plan named after it
# (“七五”普法, “八五”普法: the national five-year programmes of legal education since 1986).
FIVE_YEAR = re.compile(r"^十?[一二三四五六七八九]五$")
PLACE_ENDS = ("保护区", "林区", "牧区", "库区")      # with natural_heads: a place, “三江源自然保护区”
SPAN_OF_TIME = re.compile(r"^[一二三四五六七八九十百千万两]+[年月天日代载]")      # “千年巨变”, “百年大计”: how long, no parts
COUNT_WORD = re.compile(r"^[一二三四五六七八九十百千万两]+[年月天日个次批项条句]?$")
PEOPLE_ENDS = ("户", "书记", "小组", "班子", "人员", "队伍", "干部", "委员")


def names_people_or_a_word(core: str) -> bool:
    """A kind of people or a body (“五保户”, “五人小组”), or one dictionary word (“双赢”)."""
    tags = tagged(core)
    if len(tags) == 1 and (tags[0][1][:1] in ("l", "i") or tags[0][1] == "nr"):
        return True                      # one word of the dictionary: an idiom or a name
    return core.endswith(PEOPLE_ENDS) or tags[-1][1] == "nnt" or tags[-1][0] in words("person_nouns")


def quote_runs(text: str, head: re.Pattern | None = None) -> list[list[re.Match]]:
    """Quoted names written one after another, bare or joined by 、 和 与 及 甚至:
    “A”“B”, “A”、“B”和“C”.  A quote with a comma is speech, unless a program's `head`
    follows it at once: a slogan that names a campaign (“甲乙丙，丁戊己”活动).

    >>> [m.group(1) for r in quote_runs("他说“好，就这样”。开展“户帮户，亲帮亲”活动", re.compile("活动")) for m in r]
    ['户帮户，亲帮亲']
    """
    runs: list[list[re.Match]] = []
    for m in QUOTE.finditer(text):
        if re.search(r"[。？！?!]", m.group(1)) or re.search(r"[，,]", m.group(1)) \
                and not (head is not None and head.match(text, m.end()) and not SAID.search(text, 0, m.start())):
            continue
        if runs and re.fullmatch(r"(、|和|与|及|或|以及|甚至)?", text[runs[-1][-1].end():m.start()]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def numbered_program(core: str, text: str, m: re.Match) -> bool:
    """A quoted count of a policy's parts names it even without a head noun: the
    reader is expected to know “六稳”, “三个一” or “五个一批”, and “十四五” is a plan period.
    Not a program: one thing counted (“一个中心”), a doctrine of the Party's (“四个自信”,
    kg/data/slogan_not_programs.txt), a phrase with
    的, counts of time or things (“三年”, “一批”), set phrases (“一把手”), a body
    (村“两委”, “两委”班子), a kind of people (“五保户”, “五级书记”), problems counted
    (“五难”问题: what is solved, no programme), a span of time
    (“千年巨变”), a place whose name opens with a numeral (“三江源自然保护区”), or a word of
    the language that merely starts with a numeral (“双赢”, “三位一体”)."""
    if FIVE_YEAR.match(core):
        return True
    if not NUMBERED.match(core) or re.match(r"[\u4e00-\u9fff]{0,3}一个", core) or "的" in core \
            or COUNT_WORD.match(core) or SPAN_OF_TIME.match(core):
        return False
    if len(re.findall(r"[一二三四五六七八九十百千两双]", core)) < 2 and core.endswith(PLACE_ENDS + tuple(words("natural_heads"))):
        return False                     # “三江源自然保护区”: a place whose name opens with a numeral
    if core in words("slogan_not_programs") or names_people_or_a_word(core) or core.endswith("难"):
        return False                     # (“三难”, “五难”: difficulties counted, what is to be solved)
    return not (text[m.start() - 1:m.start()] in ("村", "社区") or
                re.match(r"(班子|成员|干部|人员|对象|换届|问题|难题|现象)", text[m.end():m.end() + 2]))     # “五难”问题: problems;
                                                                                        # “一肩挑”人员: people
