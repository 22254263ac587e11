"""Noun phrases a figure's measure is made of: the words a classifier counts after the
number ("7个|省级重点帮扶县全部摘帽" -> 省级重点帮扶县), read through asides and quoted
names, and quote marks balanced.  Shared by kg.recognize.measure (the measure before or
after a figure) and kg.recognize.figure_nouns.

    >>> noun_phrase_after("名驻村工作队员参加培训"[1:])
    '驻村工作队员'
"""
from __future__ import annotations

import re

from kg.recognize.segment import tagged
from kg.lang.words import words as words_of

MAX_CHARS = 24
LOCATIVES = ("中", "当中", "之中", "里", "内")     # "候选人当中有…", "贫困户中有…": where among, not what


def balance(text: str) -> str:
    """Drop quote marks that have no partner: 收入“翻番 -> 收入翻番."""
    for left, right in (("“", "”"), ("‘", "’"), ("《", "》"), ("(", ")"), ("（", "）")):
        if text.count(left) != text.count(right):
            text = text.replace(left, "").replace(right, "")
    return text


# jieba tags that belong to a noun phrase: nouns, names, adjectives, distinguishing words,
# abbreviations, idioms, nominal verbs, locality words.
NP_TAGS = ("n", "a", "b", "j", "l", "vn", "f", "s", "ng", "an", "m")


ASIDE = re.compile(r"[(（][^()（）]{1,20}[)）]")     # "7位|县(市、区)委书记", "队员(驻村工作的简称)"
QUOTED = re.compile(r"“([^“”]{1,12})”")


def tagged_through_quotes(text: str) -> list[tuple[str, str]]:
    """Words and tags, a short quoted name one noun: "“访惠聚”驻村工作队员" is a noun phrase
    even where jieba would cut the name into a verb and a noun."""
    out: list[tuple[str, str]] = []
    at = 0
    for m in QUOTED.finditer(text):
        out += tagged(text[at:m.start()]) if m.start() > at else []
        out.append((m.group(1), "n"))
        at = m.end()
    return out + (list(tagged(text[at:])) if at < len(text) else [])


def noun_phrase_after(text: str, shortest: int = 2) -> str:
    """The noun phrase that a classifier counts: "7个|省级重点帮扶县全部摘帽" -> 省级重点帮扶县;
    asides and quote marks are read through ("7位|县(市、区)委书记" -> 县委书记)."""
    text = ASIDE.sub("", text[:MAX_CHARS + 24])[:MAX_CHARS]
    generation = re.match(r"[“\"]?([5-9][05]后|00后)", text)          # 8名“65后”: officials born 1965-69
    if generation:
        return generation.group(1)
    kept, flags = [], []
    words = tagged_through_quotes(text)
    for i, (word, flag) in enumerate(words):
        inner_q = flag == "q" and kept and i + 1 < len(words) and words[i + 1][1].startswith("n")  # 工业大类行业
        if bridging_verb(words, i) or inner_q or word == "、" and kept and len(kept[-1]) > 1:   # "9个县、市法院": two items
            kept.append(word)               # "114支|驻村扶贫工作队": a verb inside the noun phrase;
            flags.append(flag)              # "13名|清华、北大选调生": a list of modifiers of one head
            continue
        if flag == "m" and (not kept or word in ("一起", "一同", "一道", "一并")) or re.search(r"\d", word):
            break                           # "334批|1224件", "行政村、3795名干部": another figure; "一起": an adverb
        if not (flag.startswith(NP_TAGS) or flag == "zg" and len(word) == 1 and not kept):
            if flag.startswith("v") and flags[-2:] == ["n", "vn"]:
                kept.pop()                  # "3家|县直单位对口|帮扶": a nominal verb after the noun modifies the verb
            break
        kept.append(word)
        flags.append(flag)
    while kept and kept[-1] == "、":
        kept.pop()
    while len(kept) > 1 and (kept[-1] in LOCATIVES or len(kept[-1]) == 1 and flags[-1] == "a"):
        kept.pop()                          # "7名|候选人当中": a locative ends the phrase, it is not the noun;
        flags.pop()                         # "255个|村党组织全覆盖": 全 qualifies the verb after it
    phrase = balance("".join(kept))
    return phrase if len(phrase) >= shortest else ""


def bridging_verb(words: list[tuple[str, str]], i: int) -> bool:
    """A verb of the tasks cadres are given (kg/data/modifier_verbs.txt) before a common
    noun modifies it: "驻村|扶贫|工作队", "帮扶|干部" are noun phrases, where a verb would
    otherwise end the phrase; a post title after it is a post taken ("担任|第一书记")."""
    word, flag = words[i]
    if not flag.startswith("v") or word not in words_of("modifier_verbs") or i + 1 >= len(words):
        return False
    return words[i + 1][1] == "n" and len(words[i + 1][0]) >= 2
