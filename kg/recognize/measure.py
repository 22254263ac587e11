"""What a figure measures: a clean noun phrase of its sentence.

Official news puts what is counted before the number ("全年接待游客 120万人次") or,
after a verb of reaching, right after it ("新增就业岗位达 300个" / "帮助 300户 脱贫").
The clause before the number also carries what is not the measure: a subject ("该县"),
pronouns ("他们"), adverbs and links ("还", "共", "并"), time words ("一年来").  The
measure keeps the noun phrase: words are stripped from the left while they are
function words, from the right while they are particles, and it is cut at a word
boundary, never inside a word.  A phrase that is then a bare verb (实现), a pronoun, a
single character or a bare place name is no measure; the words after the unit are tried,
else the measure is left empty rather than wrong.

    >>> clean("他们还新建了文化广场")
    '新建了文化广场'
    >>> clean("来")
    ''
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from kg.recognize.noun_phrases import LOCATIVES, MAX_CHARS, NP_TAGS, QUOTED, balance, noun_phrase_after, tagged_through_quotes
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
    words = _thresholds(_after_since(tagged_through_quotes(phrase) if QUOTED.match(phrase)
                                     else list(tagged(phrase.strip("“”")))))
    #       ("“一肩挑”比例": a quoted name opening the measure is one noun, not a count and a verb)
    while words and (_weak(words[0][1], WEAK_START) or _left_word(words[0][0]) or contrast(words)
                     or _subject_name(words) or _subject_then_time(words)) and words[0][0] not in KEPT_FIRST:
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


def _thresholds(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words with a class's threshold before a noun kept as one noun's word, so that the
    measure keeps it ("新增3000万元以上工业企业": not 万元以上工业企业).

    >>> "".join(w for w, _ in _thresholds([("新增", "v"), ("3000", "m"), ("万元以上", "l"), ("企业", "n")])[2:])
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


def _subject_name(words: list[tuple[str, str]]) -> bool:
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
LEVEL = re.compile(rf"(?:{CHANGE_VERBS})(?:至|到)$")        # "…下降至|0.45%": the level reached
REASON = re.compile(r"^(?:因为|由于|因)[^，,；;。]{1,16}?而")
# "…单位由以前的|47个": the starting point of a change; what changes stands before 由/从.
FROM = re.compile(r"(?<=[\u4e00-\u9fff])(由|从)(以前|原来|过去|此前|原先)?的?(不足|不到|近|约|仅|只有)?$")     # "从不足1万元增加到…"
# When a level was reached, written between its verb and the figure: "…增加到去年的|32万元".
WHEN_REACHED = re.compile(r"(?<=[到至为])(?:去年|今年|前年|目前|现在|如今|当前)(?:底|末)?的?$")
REACHING = re.compile(r"(分别)?(?:(一共|总共|共计|合计|总计)?(达到|达|为|是|共有|有|实现|完成)|共计|合计|总计"
                      r"|(?:稳定|保持|维持)在?)$")         # "播种面积稳定在|85万亩以上": a level held      # "…收入实现|16745元"
# (累计 stays at a measure's end: "某某收入累计|8.79亿元" is a sum over years, not one year's)


def trailing_noun_phrase(phrase: str) -> str:
    """The noun phrase at the end of a long clause: what a figure right after it
    measures ("…长期在这平均海拔|4000米" -> 平均海拔); '' when the clause ends otherwise."""
    kept = []
    for i, (word, flag) in enumerate(reversed(_thresholds(list(tagged(phrase))))):
        nominal_verb = i == 0 and flag == "v" and len(word) == 2       # 租金|收入: the head of the phrase
        if not (flag.startswith(NP_TAGS) or nominal_verb) or flag in ("m", "nr"):
            break
        kept.insert(0, word)
    text = "".join(kept)
    return text if len(text) >= 2 else ""


# "…是全省12个重点县之一": the count is of the things named after it, one of which the
# subject is; the words before (是全省) say nothing of what is counted.
ONE_OF = re.compile(r"([^，,；;。、：:\d]{2,20}?)之一")


def set_of_one(text: str, end: int) -> str:
    """The set a count after `end` names, when the subject is one of it: its name whole,
    verbs inside it too ("12个整村推进示范村之一" → 整村推进示范村), else ''."""
    one_of = ONE_OF.match(text, end)
    name = one_of.group(1).lstrip("的") if one_of else ""
    return name if re.fullmatch(r"[\u4e00-\u9fff]{2,20}", name) else ""


def measure_of(text: str, start: int, end: int, after_first: bool = False) -> str:
    """The measure of the figure at text[start:end]: its clause before, else the words
    after it (first for shares written as words: "过半村民…", "近一半的农户…"; and for a
    count of a set named as one of them: "是全市6个试点镇之一" → 试点镇).

    >>> measure_of("该镇是全市6个试点镇之一。", 5, 7)
    '试点镇'
    """
    one_of = set_of_one(text, end)
    if one_of:
        return one_of
    left = measure_before(text, start)
    right = measure_after(text, end)
    share = text[start:end].rstrip("以上左右多").endswith(("%", "成"))
    held = share and text.startswith("的", end) and HOLDS.search(text, max(0, start - 4), start) is not None
    sides = [right, left] if after_first or held else [left, right]
    #        ("某港约有20%的GDP来自农业": the share of what follows 的, the clause before its holder;
    #         not a length, "距某地有近10公里的路程")
    clause = re.split(r"[，,；;。：:！？!?()（）]", text[:start])[-1]
    ends_verb = not left or left.endswith(clause.rstrip("了着过")[-2:])      # (the clause's verb is the measure's end)
    return (verb_and_object(clause, right) if ends_verb else "") or next((m for m in sides if m), "")


def verb_and_object(left: str, right: str) -> str:
    """The verb the clause before ends with and the noun the figure counts right after it:
    "投入|10万元|资金" → 投入资金, "争取到|2000万元|专项资金" → 争取到专项资金 ('' where
    the clause before ends with a noun, or no noun follows).

    >>> verb_and_object("村里投入", "资金"), verb_and_object("新增就业岗位", "")
    ('投入资金', '')
    >>> verb_and_object("县里争取到", "专项资金"), verb_and_object("全年接待游客", "")
    ('争取到专项资金', '')
    """
    if not left or not right:
        return ""
    words = [w for w in tagged(left) if w[0] not in ASPECTS]             # (了, 着 after the verb)
    run = list(itertools.takewhile(lambda wf: wf[1] == "v", reversed(words)))[:2]    # "要|到", "争取|到"
    verb = "".join(w for w, _ in reversed(run))
    verb = verb if len(verb) >= 2 and verb not in LINKING and verb not in words_of("light_verbs") \
        and not REACHING.fullmatch(verb) else ""        # (造成, 涉及: alone they say nothing; the noun does)
    run = list(itertools.takewhile(lambda wf: wf[1].startswith(("n", "a", "b", "vn", "j")), tagged(right)))
    while run and not run[-1][1].startswith("n"):
        run.pop()                              # the noun phrase ends with its noun: "村级|活动|场所"
    noun = "".join(w for w, _ in run)
    return verb + noun if verb and 2 <= len(noun) <= 10 else ""


# What follows a verb and says it was done: "投入了", "争取到了" (kept: 到 of 争取到, 要到).
ASPECTS = ("了", "着", "过")


# A holder and its share of what follows 的: "某地约有20%的GDP…", "全县有三成的农户…".
HOLDS = re.compile(r"(?:有|拥有)(?:约|近|超过|逾)?$")


# An indicator's Latin acronym in brackets after its name ("居民消费价格指数（CPI）").
BRACKETED_ACRONYM = re.compile(r"[(（][A-Za-z]{2,6}[)）]")


def measure_before(text: str, start: int) -> str:
    """The noun phrase of the figure's clause before it, or ''.  Numbers inside the
    clause cut it: what follows the last one is tried first ("2019年|完成投资"), else
    what precedes the first ("贫困发生率|从2012年底的10.2%下降到…")."""
    head = BRACKETED_ACRONYM.sub("", text[:start])        # "地区生产总值（GDP）316亿元": the indicator's acronym, no aside
    before = re.split(r"[，,；;。：:！？!?()（）]", head)[-1]     # an aside's ends are boundaries too
    before = WHEN_REACHED.sub("", FROM.sub("", before))
    parts = re.split(r"、(?![^“”]*”)", before)          # not a list inside quotes: "“一村一品、一乡一业”专业村"
    last_words = list(tagged(parts[-1]))
    raw = parts[-1] if clean(parts[-1]) or len(parts) == 1 or _subject_name(last_words) else parts[-2]
    #     (not "某办党组书记、主任某某先后|6次": the posts listed before a name measure nothing)
    if re.search(r"\d", raw):
        pieces = re.split(r"(?<![A-Za-z])[\d.%]+(?![A-Za-z\d.]|[千百万亿]*元(?:以上|级))", raw)     # 5G基站: a name's
        #                                   digits; "3000万元以上企业": a class's threshold, kept (_thresholds)
        pieces[-1] = re.sub(r"^[\u4e00-\u9fff]的", "", pieces[-1])    # "13市中4市的|GDP总量": the number's own word
        unitless = leading_unit(pieces[-1])            # "交办的587件|群众举报件已办结554件": the figure before's unit
        pieces[-1] = "" if unitless != pieces[-1] and counted_noun_only(unitless) else unitless
        #             ("完成108个|县市区近|500万户": the noun the figure before counts, and how near)
        last = clean(pieces[-1])
        only_change = last and re.fullmatch(r"(?:同比|比上年|较上年|比去年|较去年)?(?:" + MOVED.pattern + ")", last)
        raw = pieces[-1] if last and not only_change else FROM.sub("", pieces[0])   # 发生率由56.7%|下降到: 发生率
        #       (but "11月份快递业务量同比增长|36.8%": a noun before the change, the measure after the date)
    level = LEVEL.search(raw)
    if level and clean(raw[:level.start()]):
        raw = raw[:level.start()]            # "发生率下降至|0.45%": the level reached, not the change
    left = clean(raw)
    if REACHING.search(left):            # (the verb cut from the words as written: a quoted name keeps its quotes)
        left = (clean(REACHING.sub("", raw)) if REACHING.search(raw) else "") or clean(REACHING.sub("", left)) or left
    firm = FIRM_SUBJECT.search(left)
    if firm and clean(left[firm.end():]) and tagged(left[firm.end():])[0][1].startswith("v"):
        left = clean(left[firm.end():])     # "某某新能源开发有限公司|投资": the firm is the subject, not the measure
    if not left and REACHED_ALONE.fullmatch(before.strip()):
        left = clause_subject(re.split(r"[，,；;。：:]", head)[-2]) if re.search(r"[，,；;]", head) else ""
        #      ("全县财政收入增长8%，达到|12亿元": what reached it is the clause before's subject)
    if len(left) > 12:
        change = CHANGE_TAIL.search(left)        # "…发案数|年均下降": the phrase is the noun's, the change after it
        base = left[:change.start()] if change else left
        trailing = trailing_noun_phrase(base)
        if len(trailing) >= 4 or len(trailing) >= 2 and _object_of_verb(base, trailing):
            left = trailing + (change.group(0) if change else "")    # 收入 alone says less, unless a verb
        #                                                                 takes it: "…签署了|总投资"
    return left


# A clause that is a verb of reaching alone, its subject told in the clause before ("…增长8%，达到12亿元").
REACHED_ALONE = re.compile(rf"(?:已|累计|总计|共计)?(?:达到|达|突破|超过|增至|增加到|增长到|提高到|升至|上升到|降至|下降到|减少到|{CHANGE_VERBS}(?:到|至))")


def clause_subject(clause: str) -> str:
    """The noun phrase that opens a clause, before its comparison or its change: the
    subject of a change ("全县财政收入增长8%" -> 财政收入; "村集体收入较上年翻一番" -> 村集体收入).

    >>> clause_subject("全县财政收入增长8%"), clause_subject("较上年增长8%"), clause_subject("合作社带动农户发展种植")
    ('财政收入', '', '')
    """
    m = CHANGE_OPENS.search(clause)
    subject = clean(clause[:m.start()]) if m else ""
    words = tagged(subject) if subject else ()
    return "" if any(f.startswith("v") and f != "vn" for _, f in words[:-1]) else subject
    #            (a verb inside is a clause, not a subject: "合作社带动农户", "目标是让产量")


# Where a clause's change or comparison begins, after its subject.
CHANGE_OPENS = re.compile(rf"同比|环比|较|比|翻|{CHANGE_VERBS}|达到|突破|超过|实现|完成|\d")


def _object_of_verb(clause: str, noun: str) -> bool:
    """Whether the noun phrase ending a long clause is the object of a done verb right before
    it ("某公司与某园区签署了|总投资", "某某厂去年完成了|产值"): the verb and the parties before it
    are the clause's story, the noun what the figure measures.

    >>> _object_of_verb("某某公司与某某园区签署了总投资", "总投资"), _object_of_verb("农村居民人均可支配收入", "收入")
    (True, False)
    """
    head = clause[:-len(noun)]
    return head.endswith("了") and len(head) > 1 and tagged(head[:-1])[-1][1].startswith("v")


TIME_UNITS = {"年", "天", "月", "日", "周", "小时", "分钟", "个月"}     # "5年内完成": a time frame, no unit to drop


@lru_cache(maxsize=1)
def _unit_head() -> re.Pattern:
    units = "|".join(re.escape(u) for u in sorted(set(words_of("figure_units")) - TIME_UNITS, key=len, reverse=True))
    return re.compile(rf"^(?:万|亿)?(?:{units})(?:多|余)?(?=[\u4e00-\u9fff]{{2}})")


def leading_unit(piece: str) -> str:
    """The words after a number without the number's own unit: "件群众举报件已办结" ->
    "群众举报件已办结" (two characters at least are left).

    >>> leading_unit("件群众举报件已办结"), leading_unit("亩土地")
    ('群众举报件已办结', '土地')
    """
    return _unit_head().sub("", piece)


APPROX_WORDS = ("近", "约", "超", "逾", "共", "计", "共计", "合计", "累计", "超过", "将近", "大约")


def counted_noun_only(piece: str) -> bool:
    """Whether the words after a figure's unit are only the noun it counts and a word of how
    near the next figure comes ("县市区近", "户"): no measure of the next figure.

    >>> counted_noun_only("县市区近"), counted_noun_only("群众举报件已办结")
    (True, False)
    """
    words = list(tagged(piece))
    while words and words[-1][0] in APPROX_WORDS:
        words.pop()
    return bool(words) and all(f[:1] == "n" for _, f in words)


# A firm's name as the clause's subject before what it does ("某某有限公司投资12亿元"): the
# legal forms a firm's name ends with (公司法) and 集团; the verb after it is the measure.
FIRM_SUBJECT = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:有限责任公司|股份有限公司|有限公司|股份公司|集团公司|集团|公司)"
                          r"(?=[\u4e00-\u9fff]{2,8}$)")     # (then a verb: not "全市上市公司|数量")

# A change written after what changes, at the end of a measure: "…收入|同比增长", "…数|年均下降".
CHANGE_TAIL = re.compile(rf"(?:同比|年均|比上年|较上年|比去年|较去年)?(?:{CHANGE_VERBS})$")


def measure_after(text: str, end: int) -> str:
    """What follows the figure in its clause, when the clause before is only a subject or
    a linking verb: "全县已有1.2万名|干部参加培训", "湖北省9个|贫困县全部摘帽"."""
    clauses = re.split(r"[，,；;。：:！？!?、]", text[end:])
    rest = clauses[0]
    if rest in ("来", "以来", "了", "多来") and len(clauses) > 1:
        rest = clauses[1]              # "十年来，…": how long what the next clause says has gone on
    rest = re.split(r"\d", rest.lstrip("的"))[0]           # up to the next figure
    rest = REASON.sub("", rest)                            # "…人|因为环境改变而返乡创业": what they do
    found = clean(rest[:MAX_CHARS]) or noun_phrase_after(rest)
    negation = re.match(r"(尚未|仍未|还未|未|没有|不再)", rest)
    if found and negation and not found.startswith(negation.group(1)) and rest.startswith(negation.group(1) + found):
        found = negation.group(1) + found                 # "80多人尚未脱贫": 尚未脱贫, never 脱贫
    return found
