"""What a figure measures, read from the words on each side of it: the noun phrase of its
clause before ("全年接待游客|120万人次"), else the words after it ("全县已有1.2万名|干部参加
培训"), the set it is one of ("是全市6个试点镇之一"), a verb and the noun it takes ("投入|10万元|
资金" → 投入资金).  Each side is cleaned by kg.recognize.measure.clean.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from kg.lang.words import words as words_of
from kg.recognize.measure import CHANGE_VERBS, LINKING, MOVED, clean, subject_name, thresholds
from kg.recognize.noun_phrases import MAX_CHARS, NP_TAGS, noun_phrase_after
from kg.recognize.segment import tagged


LEVEL = re.compile(rf"(?:{CHANGE_VERBS})(?:至|到)$")        # "…下降至|0.45%": the level reached
REASON = re.compile(r"^(?:因为|由于|因)[^，,；;。]{1,16}?而")
# "…单位由以前的|47个": the starting point of a change; what changes stands before 由/从.
FROM = re.compile(r"(?<=[\u4e00-\u9fff])(由|从)(以前|原来|过去|此前|原先)?的?(不足|不到|近|约|仅|只有)?$")     # "从不足1万元增加到…"
# When a level was reached, written between its verb and the figure: "…增加到去年的|32万元".
WHEN_REACHED = re.compile(r"(?<=[到至为])(?:去年|今年|前年|目前|现在|如今|当前)(?:底|末)?的?$")
REACHING = re.compile(r"(分别)?(?:(一共|总共|共计|合计|总计)?(达到|达|突破|超过|为|是|共有|有|实现|完成)|共计|合计|总计"
                      r"|(?:稳定|保持|维持)在?)$")         # "播种面积稳定在|85万亩以上": a level held      # "…收入实现|16745元"
# (累计 stays at a measure's end: "某某收入累计|8.79亿元" is a sum over years, not one year's)


def trailing_noun_phrase(phrase: str) -> str:
    """The noun phrase at the end of a long clause: what a figure right after it
    measures ("…长期在这平均海拔|4000米" -> 平均海拔); '' when the clause ends otherwise."""
    kept = []
    for i, (word, flag) in enumerate(reversed(thresholds(list(tagged(phrase))))):
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
    portion = text[start:end].rstrip("以上左右多").endswith(("%", "成", "元"))      # a share or a sum
    held = portion and text.startswith("的", end) and HOLDS.search(text, max(0, start - 4), start) is not None
    sides = [right, left] if after_first or held else [left, right]
    #        ("某港约有20%的GDP来自农业", "每个工作队有10万元的办公经费": the share or the sum of what
    #         follows 的, the clause before its holder; not a length, "距某地有近10公里的路程")
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
    raw = parts[-1] if clean(parts[-1]) or len(parts) == 1 or subject_name(last_words) else parts[-2]
    #     (not "某办党组书记、主任某某先后|6次": the posts listed before a name measure nothing)
    if re.search(r"\d", raw):
        pieces = re.split(r"(?<![A-Za-z])[\d.%]+(?![A-Za-z\d.]|[千百万亿]*元(?:以上|级))", raw)     # 5G基站: a name's
        #                                   digits; "3000万元以上企业": a class's threshold, kept (thresholds)
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
    if not left and (REACHED_ALONE.fullmatch(before.strip()) or not before.strip() and text.startswith("达", start)):
        left = clause_subject(re.split(r"[，,；;。：:]", head)[-2]) if re.search(r"[，,；;]", head) else ""
        #      ("全县财政收入增长8%，达到|12亿元": what reached it is the clause before's subject; the figure
        #       may hold its 达: "…出现在某镇，|达186.5毫米")
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
    >>> clause_subject("全县最大降雨量出现在某镇")
    '最大降雨量'
    """
    m = CHANGE_OPENS.search(clause)
    subject = clean(clause[:m.start()]) if m else ""
    words = tagged(subject) if subject else ()
    return "" if any(f.startswith("v") and f != "vn" for _, f in words[:-1]) else subject
    #            (a verb inside is a clause, not a subject: "合作社带动农户", "目标是让产量")


# Where a clause's change or comparison begins, after its subject; or where it says where the
# subject is, its value told in the clause after ("最大降雨量出现在某镇，达186.5毫米").
CHANGE_OPENS = re.compile(rf"同比|环比|较|比|翻|{CHANGE_VERBS}|达到|突破|超过|实现|完成|\d|出现[在于]|位于|发生[在于]")


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
