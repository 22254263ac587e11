"""What a figure measures: a clean noun phrase of its sentence.

Official news puts what is counted before the number ("全年接待游客 120万人次") or,
after a verb of reaching, right after it ("新增就业岗位达 300个" / "帮助 300户 脱贫").
The clause before the number also carries what is not the measure: a subject ("该县"),
pronouns ("他们"), adverbs and links ("还", "共", "并"), time words ("一年来").  The
measure keeps the noun phrase: words are stripped from the left while they are
function words, from the right while they are particles, and it is cut at a word
boundary, never inside a word.  A phrase that is then a bare verb (实现), a pronoun, a
single character or a bare place name is no measure; the words after the unit are tried,
else the measure is left empty rather than wrong (the sides: kg.recognize.measure_sides).

    >>> clean("他们还新建了文化广场")
    '新建了文化广场'
    >>> clean("来")
    ''
"""
from __future__ import annotations

import re

from kg.recognize.noun_phrases import LOCATIVES, MAX_CHARS, QUOTED, balance, tagged_through_quotes
from kg.recognize.segment import tagged
from kg.lang.words import words as words_of

# jieba tags of words that never start a measure: pronoun, adverb, conjunction,
# preposition, particle, modal, interjection, numeral, classifier, time word, locality.
WEAK_START = ("r", "d", "c", "p", "u", "y", "e", "m", "q", "t", "f")
WEAK_END = ("u", "y", "e", "c", "p", "d")
LEFT_WORDS = {"来", "以来", "其中", "同时", "目前", "共", "累计", "已", "并", "还", "有", "一年", "年", "就",
              "都", "也", "先后", "分别", "实际", "今年", "去年", "全年", "截至", "截至目前", "截止", "目前",
              "全省", "全市", "全县", "全区", "全镇", "全乡", "全村", "全州", "全盟", "全旗",
              "村里", "镇里", "乡里", "县里", "市里", "区里", "省里", "州里", "旗里",   # where, not what: "村里有129户…",
              "村上", "镇上", "乡上", "县上", "市上", "省上",                       # (and as the northwest says it, "县上")
              "苏木", "嘎查", "全苏木", "全嘎查",                                    # Inner Mongolia's township and village
              "预计", "预期", "使", "包括", "即", "如今",   # a forecast, a cause, an inclusion: "预计全年完成…"
              "确保", "力争",                  # a plan's target: "确保全县粮食产量稳定在…", "力争全年增长8%"
              "规定", "明确规定", "要求", "明确要求",         # a rule's bound: "规定…比例不得超过20%"
              "到", "至", "现在"}                               # "从昔日…，到如今常住居民…": the time reached
# Verbs that only link the subject to its figure when they open the clause ("实现地区生产总值
# 186亿元", "共有行政村158个"): what is measured is the noun after them.
LINKING = {"实现", "形成", "达到", "完成", "共有", "拥有", "累计", "已有", "现有", "共计", "合计"}
TOTALS = ("累计", "共计", "合计", "总计")         # "收入累计完成…": how it was summed, not what
# What may come of it, written between the measure and a figure that took its verb
# ("年交易额可|达30亿元", "产值有望|突破…"): the reach's mood, no part of what is measured.
MODALS = ("可", "将", "能", "可以", "有望", "预计", "将会")
# How many times the figure has been reached, before its verb ("总产量首次|突破…", "首度|超过…"): no
# part of what is measured (jieba tags 首次 a numeral, 首度 a noun).
ONCE = ("首次", "首度", "第一次", "再度", "又一次")
NEGATIONS = ("未", "尚未", "仍未", "还未", "没有", "不")
# What stays first in a measure though it is no noun: a negation turns it round (未脱贫), a
# preposition of distance makes it a distance (距县城 34公里, not 县城).
KEPT_FIRST = NEGATIONS + ("距", "离", "距离", "相距")


def clean(phrase: str, max_chars: int = MAX_CHARS) -> str:
    """The noun phrase of a clause fragment, or '' when none is left."""
    phrase = phrase.strip(" \"'")
    words = thresholds(_after_since(tagged_through_quotes(phrase) if QUOTED.match(phrase)
                                     else list(tagged(phrase.strip("“”")))))
    #       ("“一肩挑”比例": a quoted name opening the measure is one noun, not a count and a verb)
    words = _after_count(words)
    while words and (_weak(words[0][1], WEAK_START) or _left_word(words[0][0]) or contrast(words)
                     or subject_name(words) or _subject_then_time(words) or _possessor(words)
                     or _modal_before_verb(words)) and words[0][0] not in KEPT_FIRST:
        counted = re.fullmatch(r"[一二三四五六七八九十两几\d]+", words.pop(0)[0]) is not None   # "未脱贫的…": the
        #                                                     negation stays, it turns the measure round
        if counted and len(words) > 1 and words[0][0] in PLACE_LEVELS:
            words.pop(0)                      # "三市将共同保护…": the places counted are the subject
    if len(words) > 1 and words[0][0] in LINKING and (words[1][1][:1] in ("n", "j") or words[1][1] == "vn" and len(words) > 2):
        words.pop(0)                          # "实现地区生产总值…" (but "完成投资", a verb's noun alone, is a bulletin's term)
    while words and (_weak(words[-1][1], WEAK_END) or len(words) > 1 and words[-1][0] in LOCATIVES + TOTALS + MODALS + ONCE):
        words.pop()
    words = _without_span(words)              # "粮食产量连续五年|稳定在50万吨以上": how long, not what
    while words and (_weak(words[-1][1], WEAK_END) or len(words) > 1 and words[-1][0] in LOCATIVES + TOTALS + MODALS + ONCE):
        words.pop()
    if len(words) > 2 and words[-2][0] in MODALS and re.fullmatch(CHANGE_VERBS, words[-1][0]):
        del words[-2]                         # "收入能|增加": the change, not its mood
    kept, size = [], 0
    for word, flag in reversed(words):       # whole words from the right, up to max_chars
        if size + len(word) > max_chars:
            break
        kept.insert(0, (word, flag))
        size += len(word)
    while kept and (_weak(kept[0][1], WEAK_START) or _left_word(kept[0][0])) and kept[0][0] not in KEPT_FIRST:
        kept.pop(0)
    text = balance("".join(w for w, _ in kept))
    return text if usable(text, kept) else ""


PLACE_LEVELS = ("省", "市", "县", "区", "镇", "乡", "村", "州", "旗")

# A count of items written in words with its classifier, one word to jieba ("三家", "五个").
COUNT_WORD = re.compile(r"[一二三四五六七八九十两几]+[个家项座所名位批类]")


def formula(count: str, noun: str) -> bool:
    """A count that is part of a numbered formula's name, not of items: "八项|规定",
    "四个|意识" (kg/data/abstract_counts.txt)."""
    return noun in words_of("abstract_counts") or count.endswith("项") and noun in ("规定", "纪律", "要求")


def _after_count(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words after a count of items inside the phrase, when nouns follow it: "园区内|三家|
    企业年产值" measures the firms' output, the scope before the count is no part of it (a
    count opening the phrase is the loop's in `clean`; "十大产业产值": 十大 is a name's, no count;
    nor "违反八项规定精神问题线索", a formula's).

    >>> "".join(w for w, _ in _after_count(list(tagged("园区内三家企业年产值"))))
    '企业年产值'
    """
    at = next((i for i in range(1, len(words) - 1) if COUNT_WORD.fullmatch(words[i][0])
               and words[i + 1][1][:1] in ("n", "j") and not formula(words[i][0], words[i + 1][0])), None)
    return words[at + 1:] if at is not None else words


def _modal_before_verb(words: list[tuple[str, str]]) -> bool:
    """Whether the words open with a mood of what may come before its verb ("预计可|带动就业",
    "能|解决就业"): how likely, not what; a name it opens stays ("可|再生能源装机").

    >>> _modal_before_verb([("可", "v"), ("带动", "v"), ("就业", "v")]), _modal_before_verb([("可", "v"), ("再生能源", "l")])
    (True, False)
    """
    return len(words) > 2 and words[0][0] in ("可", "能", "可以") and words[1][1].startswith("v")


def _possessor(words: list[tuple[str, str]]) -> bool:
    """Whether the words open with a place's bare level and 的, the owner of what is measured
    ("我们|村|的|茶叶收入", "镇|的|财政收入"): whose, not what.

    >>> _possessor([("村", "n"), ("的", "uj"), ("收入", "n")]), _possessor([("村", "n"), ("集体", "n"), ("收入", "n")])
    (True, False)
    """
    return len(words) > 2 and words[0][0] in PLACE_LEVELS and words[1][0] == "的"

# A sum that qualifies the noun after it, the threshold of a class: "3000万元以上(企业)", "亿元以上(项目)".
THRESHOLD = re.compile(r"(?:\d+(?:\.\d+)?)?[千百万亿]*元(?:以上|级)?")


# How long a level has held, written after what is measured: "连续五年", "连续3年", "连续两个月".
HELD_SPAN = re.compile(r"连续[\d一二三四五六七八九十两几多]+个?(?:年|月|季度|周|天)")


def _without_span(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words without a span of time the level has held for, and what follows it, where
    a noun comes before it or nothing does ("粮食产量|连续|五年|稳定" -> 粮食产量; "连续|五年|稳定"
    -> nothing): how long, not what.

    >>> "".join(w for w, _ in _without_span([("粮食", "n"), ("总产量", "n"), ("连续", "a"), ("3", "m"), ("年", "m")]))
    '粮食总产量'
    """
    for i in (i for i, (w, _) in enumerate(words) if w == "连续"):
        tail = "".join(w for w, _ in words[i:])
        if HELD_SPAN.match(tail) and (i == 0 or words[i - 1][1][:1] in ("n", "l", "j")):
            return words[:i]              # (opening the clause: "，连续五年稳定在…", no noun of its own)
    return words


def thresholds(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words with a class's threshold before a noun kept as one noun's word, so that the
    measure keeps it ("新增3000万元以上工业企业": not 万元以上工业企业).

    >>> "".join(w for w, _ in thresholds([("新增", "v"), ("3000", "m"), ("万元以上", "l"), ("企业", "n")])[2:])
    '企业'
    """
    out, i = [], 0
    while i < len(words):
        run = next((j for j in range(min(len(words) - 1, i + 3), i, -1) if words[i][1] == "m"
                    and THRESHOLD.fullmatch("".join(w for w, _ in words[i:j])) and words[j][1].startswith("n")), None)
        out.append(("".join(w for w, _ in words[i:run]), "n") if run else words[i])
        i = run or i + 1
    return out


def _left_word(word: str) -> bool:
    """A word of LEFT_WORDS, or a span of time up to now that jieba keeps as one word
    ("今年以来", "建县以来"; tagged an idiom, so no tag says it is time)."""
    return word in LEFT_WORDS or len(word) > 2 and word.endswith("以来")


def _after_since(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words after a span of time up to now that opens the clause, its event a verb
    or a noun before 以来 ("入冬|以来", "开展|活动|以来"), or after the event a forecast
    counts from ("建成|后|年产值", "园区|投产|后|…"): when, not what is measured."""
    since = next((i for i, (w, _) in enumerate(words[:4]) if w == "以来"), None)
    if since is None:
        since = next((i for i, (w, _) in enumerate(words[:4]) if w in ("后", "以后", "之后")
                      and i > 0 and words[i - 1][1].startswith("v")
                      and all(f[:1] in "nvr" for _, f in words[:i])), None)   # (该|园区|建成|后: its subject too)
    return words[since + 1:] if since is not None and since + 1 < len(words) else words


def subject_name(words: list[tuple[str, str]]) -> bool:
    """A person's name before a verb or an adverb is the clause's subject, not what is
    counted ("某某先后收受礼金…"); before a noun it may name it ("某家庄村民")."""
    if len(words) > 2 and words[0][1] == "nnt" and words[1][1] == "nr":
        words = words[1:]                     # "主任某某先后…": the post before the name too
    return len(words) > 1 and words[0][1] == "nr" and len(words[0][0]) >= 2 \
        and (words[1][1][:1] in ("v", "d") or words[1][0] in LEFT_WORDS)


def _subject_then_time(words: list[tuple[str, str]]) -> bool:
    """A noun, a time word, then a verb opens the clause: the noun is who acted, the verb
    phrase what is counted ("合作社|去年|销售|蔬菜…" -> 销售蔬菜); before a noun the time
    word parts nothing ("农民今年人均收入" keeps its noun)."""
    return len(words) > 3 and words[0][1][:1] == "n" and words[0][1] != "nr" \
        and words[1][1] == "t" and words[2][1].startswith("v")


def _weak(flag: str, tags: tuple[str, ...]) -> bool:
    """A tag of the weak classes; "eng" (a Latin word: GDP, CPI) is a noun, not an "e"."""
    return flag != "eng" and flag.startswith(tags)


def contrast(words: list[tuple[str, str]]) -> bool:
    """An adjective and 的 opening a clause ("近的相隔…，远的则相隔…", "多的…"): whose case
    the clause tells, not what it measures; the adjective goes first, then 的 as a particle."""
    return len(words) > 2 and words[0][1].startswith("a") and words[1][0] == "的"


def usable(text: str, words: list[tuple[str, str]]) -> bool:
    """Not empty, more than a character, not a lone verb, pronoun or adverb."""
    if len(text) < 2 or not re.search(r"[\u4e00-\u9fff]", text) and not ACRONYM.fullmatch(text):
        return False                          # (but GDP, CPI, PM2.5: the indicators written in Latin)
    if len(words) == 1 and (words[0][1][:1] in "rdq" or words[0][0] in words_of("light_verbs")):
        return False                          # 他们, 还有, 实现, 形成
    return True


ACRONYM = re.compile(r"[A-Z][A-Z0-9.]{1,6}")


CHANGE_VERBS = "下降|增加|提高|减少|增长|上升|降低|扩大|缩小|壮大|发展"
MOVED = re.compile(rf"({CHANGE_VERBS}|增)(到|至|为)?")
