"""What a count counts: the noun phrase right after its classifier ("35家|省直单位"), through
a level's bracketed alternatives ("88个县(市、区)"), a relative clause ("10个|贫困发生率在30%以上的|
深度贫困村"), a class of size ("22个|亿元以上项目") or a quality and 的 ("两个|偏远的|县"); and the
cases a count of 起 counts.  Used by kg.recognize.figures.
"""
from __future__ import annotations

import re

from kg.recognize.measure import MOVED
from kg.recognize.noun_phrases import LOCATIVES, noun_phrase_after
from kg.recognize.org_names import title_matcher
from kg.recognize.segment import tag_of, tagged

# What 起 counts (the classifier of incidents and cases: 案件, 事故, 事件, 纠纷, 警情, and the
# discipline bodies' 问题 and 案例), ending the phrase a case is described by, often a verb
# phrase jieba would cut: "4起|违反规定发放津贴问题", "2起|较大道路交通事故".
CASES = re.compile(r"[^，,；;。：:！？!?、]{0,22}?(?:案例|案件|事故|事件|问题线索|问题|纠纷|火灾|警情)+")


def cases_counted(rest: str) -> str:
    """The cases a count of 起 counts, up to their noun within the clause, else ''.

    >>> cases_counted("违规收受礼品礼金问题，其中…"), cases_counted("，同比下降")
    ('违规收受礼品礼金问题', '')
    """
    m = CASES.match(rest)
    return m.group(0) if m else ""


# A level written with its alternatives in brackets, right after a count ("88个县(市、区)",
# "2004个村(社区)"): read without the brackets, the noun is whole (县市区, 村社区).
UNBRACKETED = re.compile(r"(?<=^[\u4e00-\u9fff])[(（]([\u4e00-\u9fff、]{1,5})[)）]、?")


def unbracketed(m: re.Match) -> str:
    """"县(市、区)、某院" → "市区，" after 县: the alternatives joined, the list after them cut."""
    return m.group(1).replace("、", "") + ("，" if m.group(0).endswith("、") else "")


# A relative clause between a classifier's noun and its head: "10个贫困发生率|在30%以上的|深度贫困村".
RELATIVE = re.compile(r"(?:在|达到?|超过|低于|高于|不足)[^，,；;。：:！？!?的]{0,10}?(?:\d|以上|以下)[^，,；;。：:！？!?的]{0,8}?的")


# A class of size before a counted noun: "亿元以上", "5000万元以上的", "千亩以上".
SIZE_CLASS = re.compile(r"(?:\d+|[一二三四五六七八九十百千]+)?[千百十万亿]*(?:元|亩|吨|人)以上的?")


QUOTED_NOUN = re.compile(r"[“\"]([\u4e00-\u9fff]{2,12})[”\"](?![\u4e00-\u9fff]{0,4}(?:活动|行动|工程|计划|战略))")


def counted_noun(rest: str) -> str:
    """What a classifier counts: the noun phrase right after it ("35家|省直单位"), else the
    head after a modifier ending in 的 within its clause ("48栋|仿古建造的|小楼",
    "3—5人的|监督委员会")."""
    quoted = QUOTED_NOUN.match(rest)
    if quoted:                          # "4个|“老牌贫困县”": the quoted name of the kind counted, with
        nouns = ""                      # the nouns it names a kind of ("3个|“一村一品”示范村")
        after = re.sub(r"^\s*[(（][^()（）]*[)）]", "", rest[quoted.end():])      # (an aside: its long form)
        for word, flag in tagged(re.split(r"[，,；;。：:！？!?、]", after)[0][:12]):
            if not flag.startswith("n"):
                break
            nouns += word
        return f"“{quoted.group(1)}”{nouns}" if nouns else quoted.group(1)
    size = SIZE_CLASS.match(rest)
    if size:                            # "22个|亿元以上项目": a class of size, then the noun it sizes
        head = noun_phrase_after(rest[size.end():], shortest=1)
        return size.group(0) + head if head else ""
    phrase = noun_phrase_after(rest, shortest=1)
    phrase = "" if phrase in LOCATIVES else phrase      # "全村286户1032人|中，有…": among them, nothing counted
    if phrase and ((tag_of(phrase) or "")[:1] == "a" and not rest.startswith(phrase + "的") or MOVED.match(rest)):
        return ""                       # "从31人|壮大到101人", "由12户|发展到…": a change, nothing counted
    relative = RELATIVE.match(rest, len(phrase)) if phrase else None
    if relative:                        # "10个|贫困发生率在30%以上的|深度贫困村": the head after the clause
        return noun_phrase_after(rest[relative.end():]) or phrase
    head = noun_phrase_after(rest[len(phrase) + 1:]) if phrase and rest.startswith(phrase + "的") else ""
    if head and title_matcher().match_at(head, 0) == head:
        return f"{phrase}的{head}"          # "1289名|深度贫困村的第一书记": the posts, of those villages
    if phrase and rest.startswith(phrase + "的") and (tag_of(phrase) or "")[:1] in ("a", "b", "d", "j"):
        head = noun_phrase_after(rest[len(phrase) + 1:], shortest=1)     # "3个|年幼的|孩子": the noun, not its
        #                                                                   quality; "两个|偏远的|县", one character
        phrase = head or phrase
    if phrase:
        return _counted_of_next(phrase, rest[len(phrase):])
    clause = re.split(r"[，,；;。：:！？!?]", rest)[0]
    if "的" in clause[:16]:
        return noun_phrase_after(clause[clause.index("的", 0, 16) + 1:], shortest=1)     # (one character: 的|县)
    return ""


# What comes between a noun phrase and the figure that measures it, in "两个|园区总面积|12平方公里":
# adverbs of sum or spread and a verb of reaching.
NEXT_FIGURE = re.compile(r"[均共总合计累计分别各]{0,2}(?:达到?|超过|突破|为|近|约|逾)?\d")


def _counted_of_next(phrase: str, after: str) -> str:
    """The items counted when the phrase after the count is what the next figure measures
    of them: "三家|企业年产值|超过5亿元" counts the 企业, not their output; its noun up to
    the first noun (with the words before that noun), the rest the next figure's measure.

    >>> _counted_of_next("企业年产值", "超过5亿元"), _counted_of_next("示范基地种植面积", "达800亩")
    ('企业', '示范基地')
    >>> _counted_of_next("企业", "落户园区")
    '企业'
    """
    if not NEXT_FIGURE.match(after):
        return phrase
    words = list(tagged(phrase))
    head = next((i for i, (_, flag) in enumerate(words[:-1]) if flag[:1] == "n" or flag == "zg"), None)
    return "".join(w for w, _ in words[:head + 1]) if head is not None else phrase
