"""What looks like a figure and is none: time frames, names, codes, dates, idioms.

Official news writes numbers that state no quantity: a time frame that scopes a sentence
("两年来"), a number inside a name ("八家子镇", "中央八项规定", "三年行动计划"), a session of a
congress ("十三届人大二次会议"), an office's number ("秘书二处"), a code ("Web3.0", phone
numbers), an idiom ("三天两头").  Each rule below says which, with an example of its own;
`excluded` is asked for every match of the figure pattern (kg.recognize.figures).

>>> import re
>>> m = re.search("两年", "两年来，全县新建道路"); time_frame(m.string, m.start(), m.end(), "年")
True
"""
from __future__ import annotations

import re

from kg.lang.words import words
from kg.recognize.org_names import title_matcher
from kg.recognize.segment import boundary, tagged

CN_DIGITS = "零〇一二两三四五六七八九十百千半"
# A magnitude written alone, a round count: "近千名干部", "千余人", "上百家企业", "近万人".
BARE_MAGNITUDES = {"百": 100, "千": 1000, "万": 10_000}
NOT_AFTER = ("后", "岁", "届", "号", "版", "周年", "月", "日", "时", "分", "点", "级", "线", "中全会", "型", "行动", "计划", "规划")


def in_quoted_name(text: str, s: int, e: int) -> bool:
    """Inside a short quoted name or a 《》 title: part of a name, not a figure (a quote
    holding a sentence's punctuation is speech: “去年每户分红3000元。” states one)."""
    for m in re.finditer(r"“([^“”]{1,12})”|《[^《》]*》|‘[^‘’]{1,12}’", text):
        if m.start() <= s and e <= m.end() and not re.search(r"[。，！？；,!?;]", m.group(0)):
            return True
    return False


# A sum that names a class of firms or projects counted after it: "亿元以上项目45个", "年产值超10亿元
# 企业8家" (the threshold of the class, as 规模以上 is; the count is the fact).
CATEGORY_AFTER = re.compile(r"(?:以上|级)?(?:工业企业|企业|项目|工程|产业集群|集群|园区|市场主体|商户)"
                            r"(?=[^，,。；;：:]{0,12}?(?:\d+|[一二三四五六七八九十两]+)(?:个|家|座|户|项))")
# The words of a latitude or longitude, written right before its degrees (as the earthquake
# network's reports write an epicentre: "北纬28.2度，东经112.9度").
COORDINATES = ("北纬", "南纬", "东经", "西经")
TIME_UNITS = ("年", "个月", "月", "天", "日", "周", "小时", "个小时")
# A time frame that only scopes its sentence: "两年来", "十年间，", "这三年", "过去五年", "未来3年",
# "…以来的五年" (the annotation guide: not a figure; a duration that is itself the fact,
# "坚守10年", is one).
FRAME_AFTER = re.compile(r"(来|以来|多来|间[，,]|前[，,他她我该全])")   # "4个月前，他…": when, not how long
# A plan's horizon: "力争三年内…", "计划用5年时间" is the plan's (a span things took, "两周之内，…相继…",
# is a fact).
PLANNED = re.compile(r"(?:力争|确保|争取|计划|预计|力求|拟)(?:在|用)?$")
FRAME_BEFORE = ("这", "那", "近", "过去", "过去的", "未来", "最近", "最后", "头", "以来的", "这些", "前后", "经过", "历经",
                "接下来", "接下来的")
# Words that point ahead ("有以下3种情况", "分为如下两类"): the count is of the items the text
# lists next, not a statistic of its own.  ("这3位书记", pointing back, is one by the guide.)
POINTING = ("以下", "如下", "下列", "下述")
BOUNDARY_BEFORE = set("，,。；;：:、（( \n有共达建设立的")     # what may stand before a count of sites ("设立3处", "的两处")
PHASED = ("项目", "工程")          # what is built in phases ("二期项目", "项目一期"), not a count of them
SESSION = re.compile(r"(会议|全会|全体会议|代表大会|党代会|常委会议|常委会|常务会议|主席会议|主任会议)")
# Bodies whose meetings are numbered, their name right before the number: "县委常委会184次会议",
# "政府常务会第12次会议" written without 第.
SESSION_BODIES = ("常委会", "常务会", "党组会", "办公会", "常务委员会")


def time_frame(text: str, s: int, e: int, unit: str) -> bool:
    """
    >>> time_frame("两年来，全县新建道路", 0, 2, "年"), time_frame("坚守了10年。", 4, 7, "年")
    (True, False)
    >>> time_frame("4个月前，他抵达拉萨", 0, 3, "个月"), time_frame("经过两个月的努力", 2, 5, "个月")
    (True, True)
    >>> time_frame("接下来5个小时的路程", 3, 7, "个小时"), time_frame("过去的三年，", 3, 5, "年")
    (True, True)
    >>> time_frame("这是难忘的三年。", 5, 7, "年"), time_frame("用了三年的时间", 2, 4, "年")
    (True, False)
    >>> time_frame("力争三年内出口量翻一番", 2, 4, "年"), time_frame("两周之内，三个镇相继完成换届", 0, 2, "周")
    (True, False)
    """
    if unit not in TIME_UNITS:
        return False
    after = text[e:e + 4]
    if FRAME_AFTER.match(after) or after.startswith(("内", "之内")) and PLANNED.search(text, max(0, s - 4), s):
        return True
    if text[s - 1:s] == "的" and (not after or after[0] in "。，,；;！!"):
        return True                      # "是极不平凡的五年。": a period described, ending its clause
    return text[max(0, s - 4):s].endswith(FRAME_BEFORE) or after.startswith("代")


# Nouns of a length of time after a duration ("用三年时间", "两年任期"): the duration is the fact.
PERIOD_NOUNS = ("时间", "工期", "任期", "期限", "时长", "年限", "周期", "光阴", "时光")


def names_a_period(text: str, e: int) -> bool:
    """A number of years written right before a noun qualifies the noun, not a measure:
    "三年新冠疫情防控", "两年行动方案" (the campaign's span, a count inside its name).  A verb
    after it, "连续三年举办", or a noun of time, "用三年时间", keeps the figure.

    >>> names_a_period("经历三年疫情冲击", 4), names_a_period("连续三年举办", 4), names_a_period("用三年时间完成", 3)
    (True, False, False)
    """
    rest = text[e:e + 6]
    if not rest or rest.startswith(PERIOD_NOUNS) or rest[0] in "的多来内后前间里中半零以":
        return False
    word = next(iter(tagged(rest)), ("", ""))
    return len(word[0]) >= 2 and word[1] in ("n", "nz", "vn", "j")


def inside_word(text: str, s: int, e: int) -> bool:
    """The number, written in Chinese numerals as names write it, and its measure word
    begin a longer word: a name, not a count ("八家子镇", "四次会议" of a congress).
    Segmented from the figure's start, a word that crosses the figure's end says so
    (with Arabic digits jieba glues the measure word to what follows: "3|位村").

    >>> inside_word("在八家子镇调研", 1, 3), inside_word("新建七家企业", 2, 4)
    (True, False)
    """
    return not boundary(text, s, e + 6, e)


# Units that follow counts written out in full digits in statistical bulletins.
LARGE_COUNTS = ("人", "人次", "户", "元", "吨", "亩", "平方米", "立方米", "千瓦时", "辆", "册", "件")
# One unit of land or weight, its noun after it and a figure later in its clause: the base of a
# rate ("1亩地能收入5000元", "1平方米菇床年产18公斤"), what the figure after it is per, no quantity.
RATE_BASES = ("亩", "平方米", "公顷", "立方米", "公斤", "千克", "斤", "吨")
RATE_BASE = re.compile(r"[\u4e00-\u9fff][^，,。；;！？!?：:]{0,15}?\d")


# What "24小时" qualifies when it means round the clock: a duty, a service, a watch ("24小时值班",
# "24小时不间断监测", "24小时服务热线"), not a duration that was spent ("抢修了24小时", "24小时内").
ROUND_THE_CLOCK = re.compile(r"(?:不间断|全天候|轮流|轮班)?(?:值班|值守|在线|服务|监测|监控|巡查|巡逻|开放|营业|运转|热线|待命|响应)")


def excluded(text: str, m: re.Match) -> bool:
    """Whether the match of the figure pattern states no quantity."""
    s, e = m.start(), m.end()
    num, unit = m.group("num"), m.group("unit")
    if num == "半" and unit == "年" and text[e:e + 1] not in "多来的里间后内时，,。；;":
        return True                      # 半年工作数据: the half-year's data, no duration
    frame = unit in TIME_UNITS and (m.group("pre") == "近"          # 近3年: the last three years
                                    or m.group("pre") == "过" and text[s - 1:s] in ("经", "历"))   # 经过两个月的努力
    if frame or time_frame(text, s, e, unit) or num.startswith("零") or text[e:e + 3] in ("及以上", "及以下"):
        return True                      # 一年来 (a frame), 四年零五个月 (part of a duration), 5000万元及以上 (a threshold)
    if unit.endswith("元") and CATEGORY_AFTER.match(text, e):
        return True                      # "5000万元以上工业企业12家", "投资过亿元项目32个": a class's threshold
    if text[max(0, s - 2):s].endswith(POINTING) and m.group("pre") is None:
        return True                      # "以下3种情况": the items listed next, no new fact
    if unit in ("条", "项", "种", "个") and re.search(r"(?:以下|如下|下列|下述)[^，,；;。]{0,6}的(?:任意|其中)?$", text[:s]):
        return True                      # "满足下述条件的任意1条": a rule's items, no new fact
    if unit in ("条", "个", "种", "项") and text.startswith(words("abstract_counts"), e):
        return True                      # "两条底线", "四个意识": a slogan's parts, no quantity
    if unit == "个" and text[e:e + 1] == "字" and text[s - 1:s] in "”」\"":
        return True                      # “某某某某、某某某某”八个字: a quotation's length, no quantity
    if unit == "期" and (text.startswith(PHASED, e) or text.endswith(PHASED, 0, s)):
        return True                      # 某某二期项目, 项目一期主体: a project's phase, an ordinal in its name
    if unit == "次" and text[e:e + 2] == "产业" and num == "三":
        return True                      # 三次产业: the three sectors of the economy, a name
    if unit == "头" and num == "两" and text[s - 1:s] in ("年", "天"):
        return True                      # 三年两头, 三天两头: "again and again", an idiom
    if unit == "次" and SESSION.match(text[e:e + 4]) and ("届" in text[max(0, s - 8):s] or text[e:e + 2] == "全会"
                                                        or text.endswith(SESSION_BODIES, 0, s)):
        return True                      # 十三届人大二次会议, 中纪委五次全会, 县委常委会184次会议: a session, not a count
    if (unit == "项" and text[e:e + 2] in ("规定", "纪律", "要求")) or (unit == "年" and text[e:e + 2] == "平均"):
        return True                      # 八项规定 (a name); 两年平均增长 (a basis of comparison)
    if unit in ("村", "组", "队") and (text[s - 1:s] in ("镇", "乡", "场") or re.search(r"\d[村组队]、$", text[:s])
                                      or title_matcher().match_at(text, e) is not None):
        return True                      # 宁河镇三村: a village's name after its township; 7村第一书记, a post of one
    if unit in ("村", "组", "队") and text.endswith(("在", "到", "来到", "走进", "深入"), 0, s) and m.group("pre") is None:
        return True                      # "在13村，第一书记…": where one is, a village by its number (a count
        #                                  of villages there writes 个: "在13个村开展")
    if unit in ("处", "科", "室", "局", "所") and (title_matcher().match_at(text, e) is not None
                                               or not num[0].isdigit() and text[s - 1:s] not in BOUNDARY_BEFORE):
        return True                      # 秘书二处副处长, 办公厅一处: an office's number inside its name
    if not num[0].isdigit() and len(num) >= 3 and not re.search("[十百千点]", num):
        return True                      # 六〇三所, 五一二厂: a code in a name, digits spelled out
    rounded = num in BARE_MAGNITUDES and (m.group("pre") or m.group("more") or m.group("more2") or text[s - 1:s] == "上")
    if text[max(0, s - 2):s] == "中央" or (not num[0].isdigit() and not rounded and inside_word(text, s, e)):
        return True                      # 中央八项规定, 中央一号文件; 八家子镇 (but 近千名, 千余人: a round count)
    if re.match(r"[A-Za-z]", text[s - 1:s]):
        return True                      # Web3.0, 5G手机, MP3: a name or a code that a number ends
    if unit == "度" and text.endswith(COORDINATES, 0, s):
        return True                      # 北纬28.2度, 东经112.9度: where an earthquake's epicentre is, no quantity
    if re.search(r"\d[:：]$", text[:s]):
        return True                      # "04:22 人民网": a clock time's minutes, whatever word follows
    if unit == "人" and num in ("两", "二", "三") and text[s - 1:s] in ("", "，", ",", "。", "；", ";", "但", "而") \
            and text[e:e + 1] in tuple("被都一共同先分是在也还均相依仍始又已正"):
        return True                      # "…，两人被选派到某村", "但两人依然坚守": the people just named, no count
    if unit == "口" and (text[e:e + 2] == "之家" or text[s - 1:s] == "家"):
        return True                      # 三口之家, 一家三口: a household described, not a count of wells or ponds
    if unit in ("眼", "棵", "包", "袋", "箱") and not num[0].isdigit() and len(num) == 1:
        return True                      # 两眼, 三棵老槐树, 三包责任, 两袋米: eyes, a scene, a policy's name, a
        #                                  household's goods (wells, planting and goods handed out are counted in digits)
    if unit in RATE_BASES and num in ("1", "一") and not m.group("mag") and RATE_BASE.match(text, e):
        return True                      # "1亩地能收入5000元": the base of a rate, what the next figure is per
    if unit == "小时" and num in ("24", "二十四") and ROUND_THE_CLOCK.match(text, e):
        return True                      # "24小时值班制度", "24小时在线": round the clock, how a service runs
    if unit == "位" and text[e:e + 1] == "数":
        return True                      # 两位数: double-digit, not two persons
    if unit == "周" and text[e:e + 1] == "年":
        return True                      # 75周年: an anniversary
    if unit == "年" and names_a_period(text, e):
        return True                      # 三年新冠疫情防控, 三年行动计划: the period in a thing's name
    if text[s - 1:s] == "第" or text[e:e + 2].startswith(NOT_AFTER) or in_quoted_name(text, s, e):
        return True
    if unit in TIME_UNITS and re.fullmatch(r"(?:19|20)\d\d\.[01]?\d", m.group("num2") or num):
        return True                      # "2009.07—2012.05 天门市…": a résumé's year.month, and a place's first character
    if unit == "年" and (len(num) == 4 or not m.group("num").isdigit() and text[e:e + 1] in "级代"):
        return True                      # a year, not a duration
    if unit in ("年", "月", "天") and re.match(r"\d{1,2}月|\d{1,2}日|以来|初|底|末|前|春|夏|秋|冬|度", text[e:e + 3]):
        return True
    if not num[0].isdigit():
        duration = unit in ("年", "个月") and (text[e:e + 1] in "来多" or text[s - 1:s] == "了")    # 坚守了十年
        multiple = unit == "倍" and re.search(r"(?:增长|增加|提高|提升|扩大|上升)了?$", text[:s]) is not None
        if num in ("一", "十", "百", "千") and not m.group("range") and not (num == "一" and m.group("mag")) and not duration \
                and not rounded and not multiple:
            return True                  # 一个个, 一名党员: idiom, not a count (but 增长一倍: a change; 一亿元)
        before, after = text[s - 1:s], text[e:e + 1]
        if (before and before in CN_DIGITS) or (after and after in CN_DIGITS) or after == "大":
            return True                  # 二十大, 一一: not counts
        if num == "半" and (unit not in ("年", "个月", "天") or before in ("上", "下", "不")):
            return True                  # 上半年 is a period, not a duration; 不半天, an idiom
    if num.isdigit() and len(num) >= 7 and not m.group("mag") and not (len(num) <= 10 and unit in LARGE_COUNTS):
        return True                      # phone numbers, codes; not a census count (常住人口34915616人)
    return False


# A count a clause opens with that names again what the text just named one by one: "两人"
# (the two officials of the sentences before), "四个县" (the counties that reported); the kind
# counted, by its unit (人) or the word after 个 (区, 县, 村, 镇, 乡).
RECOUNTED_PLACES = {"区": "区", "县": "县", "村": "村", "镇": "镇", "乡": "乡"}
CLAUSE_OPENS = "，,。；;：:"


def recounted(art, fig) -> bool:
    """Whether the figure is a count that opens its clause and equals the number of
    persons the sentence and the two before name ("…郑某…。…吴某…。两人在某县共事"), or of
    places of its kind the article named so far ("甲县、乙县、丙县、丁县汇报。…四个县的汇报…"):
    a reference back to them, no new quantity.  Only a bare count (两人, 四个县): "3名新当选的
    镇长" describes them and states the fact."""
    text = art.sentences[fig.sent].simp
    value, unit = fig["value"], fig["unit"]
    if value is None or value != int(value) or not 2 <= value <= 9 or fig["qualifier"] != "exact" \
            or fig.start > 0 and text[fig.start - 1] not in CLAUSE_OPENS:
        return False
    kind = RECOUNTED_PLACES.get(text[fig.end:fig.end + 1]) if unit == "个" else RECOUNTED_PLACES.get(unit)
    if unit == "人":
        named = {p["name"] for s in range(max(0, fig.sent - 2), fig.sent + 1) for p in art.in_sentence("person", s)}
    elif kind is not None:
        named = {p["name"] for p in art.of("place") if 0 <= p.sent <= fig.sent and p["name"].endswith(kind)}
        if counted_before(art, fig, kind):
            return True                   # "赤岸、溪坪等3个成员村…，三村共议…": the count stated just before
    else:
        return False
    return len(named) == value


def counted_before(art, fig, kind: str) -> bool:
    """Whether a figure of the same value counted places of the kind just before, in the
    figure's sentence or the one before it ("…3个成员村的资源…，三村共议…")."""
    for other in art.of("figure"):
        if other is fig or other["value"] != fig["value"] or not fig.sent - 1 <= other.sent <= fig.sent \
                or other.sent == fig.sent and other.start >= fig.start:
            continue
        after = art.sentences[other.sent].simp[other.end:other.end + 4]
        if other["unit"] == "个" and kind in after or other["unit"] == kind:
            return True
    return False
