"""Statistics: a number, its unit, its qualifier, what it measures and what it is about.

Chinese news writes figures as [qualifier] number [多/余] [万/亿] unit [以上/以下/左右]:
"1.2万多名", "超5000亿元", "10%以上", "三成", "1.5—2万元".  For counts 万/亿 fold into
the value (4.53万名 → 45300 名); for money they stay in the unit (82.57亿元, 1.2万亿元), as the
annotation guide and statistical yearbooks write them.  Dates, ages, ordinals, phone
numbers, numbers inside names and slogans are not figures.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

from kg.article import Article, Span
from kg.components import Component, register
from kg.recognize.orgs import title_matcher
from kg.recognize.measure import MOVED, measure_after, measure_before, measure_of, noun_phrase_after
from kg.recognize.segment import boundary, tag_of, tagged
from kg.lang.words import longest_first, words


CN_DIGITS = "零〇一二两三四五六七八九十百千半"
NUM = rf"(?:\d+(?:\.\d+)?|[{CN_DIGITS}]+)"


@lru_cache(maxsize=1)
def figure_re() -> re.Pattern:
    units = "|".join(re.escape(u) for u in longest_first(words("figure_units")))
    return re.compile(
        rf"(?P<bare>(?<=[过超上])(?P<bmag>万|亿)元)|"
        rf"(?P<pre>不少于|不低于|不超过|不高于|不多于|至少|超过|突破|不到|不足|多达|高达|约|近|超|逾|过|达)?"
        rf"(?P<num>{NUM})(?:(?P<range>[—\-~～至到])(?P<num2>{NUM}))?"
        rf"(?P<more>多|余|来)?(?P<mag>万亿|万|亿)?(?P<more2>多|余)?"
        rf"(?P<unit>{units})(?P<post>以上|以下|以内|左右|多)?"
    )


OVER_PRE = {"超过", "超", "逾", "过", "多达", "至少", "不少于", "不低于", "突破"}
UNDER_PRE = {"不到", "不足", "不超过", "不高于", "不多于"}
APPROX_PRE = {"约", "近"}
MONEY = ("元", "万元", "亿元")
MAGNITUDE = {"万": 10_000, "亿": 100_000_000, "万亿": 1_000_000_000_000}    # 1.2万亿元: 万亿 is one word
NOT_AFTER = ("后", "岁", "届", "号", "版", "周年", "月", "日", "时", "分", "点", "级", "线", "中全会", "型", "行动", "计划", "规划")
CLAUSE = re.compile(r"[，,；;。：:！？!?]")


DIGIT_WORDS = "一二两三四五六七八九"


def pair(num: str) -> bool:
    """Two neighbouring digits written as words, "两三", "三四": an estimate."""
    return len(num) == 2 and all(c in DIGIT_WORDS for c in num) and \
        DIGIT_WORDS.index(num[1]) - DIGIT_WORDS.index(num[0]) in (1, 2)


def _value(num: str) -> float | None:
    """
    >>> _value("两三"), _value("二十"), _value("3.5")
    (2.0, 20.0, 3.5)
    """
    if num == "半":
        return 0.5
    if pair(num):
        return float(cn2an.cn2an(num[0], "smart"))       # 两三公里, 三四个: two or three, about
    try:
        return float(num) if num[0].isdigit() else float(cn2an.cn2an(num, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def _qualifier(m: re.Match) -> str:
    pre, post = m.group("pre"), m.group("post")
    if m.group("range") or m.group("more") == "来" or pair(m.group("num") or ""):
        return "approx"                  # 1.5—2万元, 20来个: about
    if (pre in OVER_PRE or m.group("more") or m.group("more2") or post in ("以上", "多")
            or "至少" in m.string[max(0, m.start() - 6):m.start()]):
        return "over"
    if pre in UNDER_PRE or post in ("以下", "以内"):
        return "under"
    if pre in APPROX_PRE or post == "左右":
        return "approx"
    return "exact"


def _in_name(text: str, s: int, e: int) -> bool:
    """Inside a short quoted name or a 《》 title: part of a name, not a figure."""
    for m in re.finditer(r"“([^“”]{1,12})”|《[^《》]*》|‘[^‘’]{1,12}’", text):
        if m.start() <= s and e <= m.end():
            return True
    return False


TIME_UNITS = ("年", "个月", "月", "天", "日", "周", "小时", "个小时")
# A time frame that only scopes its sentence: "两年来", "十年间，", "这三年", "过去五年", "未来3年",
# "…以来的五年" (the annotation guide: not a figure; a duration that is itself the fact,
# "坚守10年", is one).
FRAME_AFTER = re.compile(r"(来|以来|多来|间[，,]|前[，,他她我该全])")   # "4个月前，他…": when, not how long
FRAME_BEFORE = ("这", "那", "近", "过去", "过去的", "未来", "最近", "最后", "头", "以来的", "这些", "前后", "经过", "历经",
                "接下来", "接下来的")
# Words that point ahead ("有以下3种情况", "分为如下两类"): the count is of the items the text
# lists next, not a statistic of its own.  ("这3位书记", pointing back, is one by the guide.)
POINTING = ("以下", "如下", "下列", "下述")
BOUNDARY_BEFORE = set("，,。；;：:、（( \n有共达建设立的")     # what may stand before a count of sites ("设立3处", "的两处")
SESSION = re.compile(r"(会议|全会|全体会议|代表大会|党代会)")


def time_frame(text: str, s: int, e: int, unit: str) -> bool:
    """
    >>> time_frame("两年来，全县新建道路", 0, 2, "年"), time_frame("坚守了10年。", 4, 7, "年")
    (True, False)
    >>> time_frame("4个月前，他抵达拉萨", 0, 3, "个月"), time_frame("经过两个月的努力", 2, 5, "个月")
    (True, True)
    >>> time_frame("接下来5个小时的路程", 3, 7, "个小时"), time_frame("过去的三年，", 3, 5, "年")
    (True, True)
    """
    if unit not in TIME_UNITS:
        return False
    after = text[e:e + 4]
    if FRAME_AFTER.match(after):
        return True
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


def _excluded(text: str, m: re.Match) -> bool:
    s, e = m.start(), m.end()
    num, unit = m.group("num"), m.group("unit")
    if num == "半" and unit == "年" and text[e:e + 1] not in "多来的里间后内时，,。；;":
        return True                      # 半年经济数据: the half-year's data, no duration
    frame = unit in TIME_UNITS and (m.group("pre") == "近"          # 近3年: the last three years
                                    or m.group("pre") == "过" and text[s - 1:s] in ("经", "历"))   # 经过两个月的努力
    if frame or time_frame(text, s, e, unit) or num.startswith("零") or text[e:e + 3] in ("及以上", "及以下"):
        return True                      # 一年来 (a frame), 四年零五个月 (part of a duration), 5000万元及以上 (a threshold)
    if text[max(0, s - 2):s].endswith(POINTING) and m.group("pre") is None:
        return True                      # "以下3种情况": the items listed next, no new fact
    if unit in ("条", "项", "种", "个") and re.search(r"(?:以下|如下|下列|下述)[^，,；;。]{0,6}的(?:任意|其中)?$", text[:s]):
        return True                      # "满足下述条件的任意1条": a rule's items, no new fact
    if unit in ("条", "个", "种", "项") and text.startswith(words("abstract_counts"), e):
        return True                      # "两条底线", "四个意识": a slogan's parts, no quantity
    if unit == "次" and text[e:e + 2] == "产业" and num == "三":
        return True                      # 三次产业: the three sectors of the economy, a name
    if unit == "头" and num == "两" and text[s - 1:s] in ("年", "天"):
        return True                      # 三年两头, 三天两头: "again and again", an idiom
    if unit == "次" and SESSION.match(text[e:e + 4]) and ("届" in text[max(0, s - 8):s] or text[e:e + 2] == "全会"):
        return True                      # 十二届人大四次会议, 中纪委五次全会: a session, not a count
    if (unit == "项" and text[e:e + 2] in ("规定", "纪律", "要求")) or (unit == "年" and text[e:e + 2] == "平均"):
        return True                      # 八项规定 (a name); 两年平均增长 (a basis of comparison)
    if unit in ("村", "组", "队") and (text[s - 1:s] in ("镇", "乡", "场") or re.search(r"\d[村组队]、$", text[:s])
                                      or title_matcher().match_at(text, e) is not None):
        return True                      # 宁河镇三村: a village's name after its township; 7村第一书记, a post of one
    if unit in ("处", "科", "室", "局", "所") and (title_matcher().match_at(text, e) is not None
                                               or not num[0].isdigit() and text[s - 1:s] not in BOUNDARY_BEFORE):
        return True                      # 秘书二处副处长, 办公厅一处: an office's number inside its name
    if not num[0].isdigit() and len(num) >= 3 and not re.search("[十百千]", num):
        return True                      # 八三五八所, 五一二厂: a code in a name, digits spelled out
    if text[max(0, s - 2):s] == "中央" or (not num[0].isdigit() and inside_word(text, s, e)):
        return True                      # 中央八项规定, 中央一号文件; 八家子镇
    if re.match(r"[A-Za-z]", text[s - 1:s]):
        return True                      # Web3.0, 5G手机, MP3: a name or a code that a number ends
    if unit == "位" and text[e:e + 1] == "数":
        return True                      # 两位数: double-digit, not two persons
    if unit == "周" and text[e:e + 1] == "年":
        return True                      # 75周年: an anniversary
    if unit == "年" and names_a_period(text, e):
        return True                      # 三年新冠疫情防控, 三年行动计划: the period in a thing's name
    if text[s - 1:s] == "第" or text[e:e + 2].startswith(NOT_AFTER) or _in_name(text, s, e):
        return True
    if unit == "年" and (len(num) == 4 or not m.group("num").isdigit() and text[e:e + 1] in "级代"):
        return True                      # a year, not a duration
    if unit in ("年", "月", "天") and re.match(r"\d{1,2}月|\d{1,2}日|以来|初|底|末|前|春|夏|秋|冬|度", text[e:e + 3]):
        return True
    if not num[0].isdigit():
        duration = unit in ("年", "个月") and text[e:e + 1] in "来多"
        if num in ("一", "十", "百", "千") and not m.group("range") and not duration:
            return True                  # 一个个, 一名党员: idiom, not a count
        before, after = text[s - 1:s], text[e:e + 1]
        if (before and before in CN_DIGITS) or (after and after in CN_DIGITS) or after == "大":
            return True                  # 二十大, 一一: not counts
        if num == "半" and (unit not in ("年", "个月", "天") or before in ("上", "下", "不")):
            return True                  # 上半年 is a period, not a duration; 不半天, an idiom
    if num.isdigit() and len(num) >= 7 and not m.group("mag") and not (len(num) <= 10 and unit in LARGE_COUNTS):
        return True                      # phone numbers, codes; not a census count (常住人口34915616人)
    return False


def figure_from_match(text: str, m: re.Match, art: Article) -> dict | None:
    if m.group("bare"):                  # "过亿元": one 亿元, and over it
        return {"value": 1.0, "unit": m.group("bmag") + "元", "qualifier": "over", "surface": m.group(0),
                "measure": measure_of(text, m.start() - 1, m.end()), "year": _year(text, m.start(), art)}
    if _excluded(text, m):
        return None
    value = _value(m.group("num"))
    if value is None:
        return None
    unit, mag = m.group("unit"), m.group("mag")
    over_inside = unit.startswith("个") and unit[1:2] in ("多", "余")
    unit = unit.replace("多", "").replace("余", "") if over_inside else unit     # 两个多小时: over two hours
    if unit in ("成",):
        value, unit = value * 10, "%"
    elif unit == "％":
        unit = "%"
    if mag and unit not in MONEY and unit not in ("万人次",):
        value *= MAGNITUDE[mag]
    elif mag:
        unit = mag + unit if unit == "元" else unit
    if unit == "万人次":
        value, unit = value * 10000, "人次"
    counted = counted_noun(UNBRACKETED.sub(unbracketed, text[m.end():])) if unit in CLASSIFIERS else ""
    if unit == "%" and text[m.end():m.end() + 1] == "的" and (not measure_before(text, m.start()) or SHARE_OF.search(text[:m.start()])):
        counted = noun_phrase_after(text[m.end() + 1:])          # 全县95%的农户: a share of the households
    if unit in SIZES and text[m.start() - 1:m.start()] == "了":
        counted = counted or noun_phrase_after(text[m.end():])      # "套种了50亩|辣椒": what the area is of
    if unit in SIZES and text[m.end():m.end() + 1] == "的" and only_a_verb(measure_before(text, m.start())):
        counted = counted or noun_phrase_after(text[m.end() + 1:])    # "建设100亩的|莲子基地": its size
    if unit in ("公里", "米", "千米") and text[m.end():m.end() + 1] == "外":
        counted = "距离"                                                # "1400多公里外的某县": how far away
    if unit in ("人", "名") and text[:m.start()].endswith("一行"):
        counted = "一行人数"                                            # "某某等一行7人": the party's size
    if text[m.start() - 1:m.start()] in ("(", "（") and text[m.end():m.end() + 1] in (")", "）"):
        counted = counted or measure_before(text, m.start() - 1)      # "销售总量(1932亿元)": the phrase before
    return {"value": float(f"{value:.12g}"), "unit": unit, "qualifier": "over" if over_inside else _qualifier(m),
            "surface": m.group(0),
            "measure": counted or measure_of(text, m.start(), m.end()), "after": measure_after(text, m.end()),
            "year": _year(text, m.start(), art)}


# A level written with its alternatives in brackets, right after a count ("88个县(市、区)",
# "2004个村(社区)"): read without the brackets, the noun is whole (县市区, 村社区).
UNBRACKETED = re.compile(r"(?<=^[\u4e00-\u9fff])[(（]([\u4e00-\u9fff、]{1,5})[)）]、?")


def unbracketed(m: re.Match) -> str:
    """"县(市、区)、某院" → "市区，" after 县: the alternatives joined, the list after them cut."""
    return m.group(1).replace("、", "") + ("，" if m.group(0).endswith("、") else "")


# Before "N%的…", words that leave the share to the noun after it: a list's joint ("80%的土地、|60%的人口")
# or the scope of the whole ("全省|80%的土地").
SHARE_OF = re.compile(r"(、|全(省|市|县|区|州|旗|国))$")


# A relative clause between a classifier's noun and its head: "10个贫困发生率|在30%以上的|深度贫困村".
RELATIVE = re.compile(r"(?:在|达到?|超过|低于|高于|不足)[^，,；;。：:！？!?的]{0,10}?(?:\d|以上|以下)[^，,；;。：:！？!?的]{0,8}?的")


def counted_noun(rest: str) -> str:
    """What a classifier counts: the noun phrase right after it ("35家|省直单位"), else the
    head after a modifier ending in 的 within its clause ("48栋|仿古建造的|小楼",
    "3—5人的|监督委员会")."""
    phrase = noun_phrase_after(rest, shortest=1)
    if phrase and ((tag_of(phrase) or "")[:1] == "a" and not rest.startswith(phrase + "的") or MOVED.match(rest)):
        return ""                       # "从31人|壮大到101人", "由12户|发展到…": a change, nothing counted
    relative = RELATIVE.match(rest, len(phrase)) if phrase else None
    if relative:                        # "10个|贫困发生率在30%以上的|深度贫困村": the head after the clause
        return noun_phrase_after(rest[relative.end():]) or phrase
    head = noun_phrase_after(rest[len(phrase) + 1:]) if phrase and rest.startswith(phrase + "的") else ""
    if head and title_matcher().match_at(head, 0) == head:
        return f"{phrase}的{head}"          # "1289名|深度贫困村的第一书记": the posts, of those villages
    if phrase and rest.startswith(phrase + "的") and (tag_of(phrase) or "")[:1] in ("a", "b", "d", "j"):
        head = noun_phrase_after(rest[len(phrase) + 1:])       # "3个|年幼的|孩子": the noun, not its quality
        phrase = head or phrase
    if phrase:
        return phrase
    clause = re.split(r"[，,；;。：:！？!?]", rest)[0]
    if "的" in clause[:16]:
        return noun_phrase_after(clause[clause.index("的", 0, 16) + 1:])
    return ""


def only_a_verb(phrase: str) -> bool:
    """Nothing before the figure says what it measures: no words, or one verb (建设, 可容);
    "海拔1600米的…" keeps 海拔."""
    words = tagged(phrase) if phrase else ()
    return not words or (len(words) == 1 and words[0][1].startswith("v"))


# Units of a size (area, length, volume, capacity): "N亩的X" gives X's size.
SIZES = {"亩", "公顷", "平方米", "平方公里", "公里", "米", "立方米", "千瓦", "万千瓦", "吨"}
# Measure words that count things: the noun right after them is what is counted
# ("新建35家|养老机构" measures 养老机构, not the verb before it).
CLASSIFIERS = {"个", "家", "名", "支", "项", "所", "座", "种", "位", "条", "处", "件", "辆", "台", "套", "台套", "间",
               "块", "头", "批", "类", "期", "人", "户", "栋", "幢", "口", "棵", "株", "只", "匹", "艘", "架"}
CHANGE = re.compile(r"(同比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|同期|年均|平均|分别)*"
                    r"(增长|下降|增加|减少|提高|回落|上涨|下滑|加快|放缓)")

CHANGE_AT_END = re.compile(CHANGE.pattern + "$")       # 增加值 is a measure, 同比增加 a change


RESPECTIVELY = re.compile(r"([^，,；;。：:！？!?()（）]+?)分别(增长|下降|增加|减少|提高|回落|达到|达|为|是|完成|超过|高于|低于)?$")


def runs(figs: list[Span], text: str) -> list[list[Span]]:
    """Figures written one after another, joined only by 、 和 及 与."""
    out: list[list[Span]] = []
    for fig in figs:
        if out and re.fullmatch(r"[、和及与]", text[out[-1][-1].end:fig.start]):
            out[-1].append(fig)
        else:
            out.append([fig])
    return out


# Compounds that name two things at once ("城乡居民收入分别达到A元和B元": 城镇's, then 农村's).
PAIRED = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口"), "收支": ("收入", "支出")}
AGAIN = re.compile(r"[，,]\s*(年均|同比|比上年|较上年)?(?:分别)?(增长|下降|增加|减少|提高|回落)$")


def respectively(figs: list[Span], text: str) -> None:
    """"甲、乙、丙分别增长5%、6%、7%": each figure of the run takes its own item of the
    list before 分别 (and the verb after it), in order, when the counts agree; a second
    分别 right after a comma ("…分别达A、B，分别增长C、D") goes back to the same list, and a
    compound that names two things ("城乡居民收入", "进出口额") is that list of two."""
    items: list[str] = []
    for run in runs(figs, text):
        before = text[:run[0].start]
        m = RESPECTIVELY.search(before)
        again = AGAIN.search(before) if items else None
        if len(run) < 2 or not (m and m.group(1).strip(" ，,")) and not again:
            continue
        verb = (again.group(1) or "") + again.group(2) if again else m.group(2)
        if not again:
            items = [x.strip() for x in re.split(r"[、和及与]", m.group(1)) if x.strip()]
            pair = next((k for k in PAIRED if len(items) == 1 and len(run) == 2 and k in items[0]), None)
            if pair:
                items = [items[0].replace(pair, half, 1) for half in PAIRED[pair]]
        if len(items) != len(run):
            continue
        heads = [measure_before(item, len(item)) or item for item in items]
        for fig, head in zip(run, heads):
            fig["measure"] = head + (verb or "") if verb and CHANGE.fullmatch(verb) else head


# What may stand between a change and the figure before it without being a measure: the
# base of the comparison ("较2018年", "比上年") and an aside ("(以下简称增长)").
COMPARED = re.compile(r"[(（][^()（）]{1,10}[)）]|(?:较|比)(?:\d{4}年(?:同期)?|上年同期|去年同期|上年|去年"
                      r"|[一二三四]季度|前三季度|上半年|上季度|上月)|[，,\s]")


def changes_measure(figs: list[Span], text: str) -> None:
    """A rate whose measure is only a change ("粮食产量12万吨，同比增长3%") is the change
    of the figure before it in the sentence: 粮食产量同比增长; so is a rate with no measure
    whose words since that figure are only a change ("…1507亿元，较2018年增长50.7%")."""
    for prev, fig in zip(figs, figs[1:]):
        base = CHANGE_AT_END.sub("", prev["measure"] or "")      # 收入同比增长8%，较2018年增长48%: 收入
        if len(base) < 2:
            continue
        if CHANGE.fullmatch(fig["measure"] or ""):
            fig["measure"] = base + fig["measure"]
        elif not fig["measure"] and CHANGE.fullmatch(between := COMPARED.sub("", text[prev.end:fig.start])):
            fig["measure"] = base + between


FRACTION = re.compile(r"(?P<pre>约|近|超过|超|逾)?(?:(?P<cd>[一二三四五六七八九十]+)分之(?P<cn>[一二三四五六七八九十]+)"
                      r"|(?<![\d/.-])(?P<n>\d{1,2})/(?P<d>\d{1,2})(?![\d/.-]|[日月号]))")


def fractions(text: str, art: Article) -> list[tuple[re.Match, dict]]:
    """Shares written as fractions: 三分之二 and 2/3 are 66.67 %.  Dates like 5/12 are
    not: with a slash, only small denominators (halves to tenths) make a share."""
    out = []
    for m in FRACTION.finditer(text):
        num = _value(m.group("cn")) if m.group("cn") else float(m.group("n"))
        den = _value(m.group("cd")) if m.group("cd") else float(m.group("d"))
        if not num or not den or num >= den or (m.group("d") and den > 10):
            continue                     # 5/12 is a date, 2/3 a share
        out.append((m, share(text, m, art, round(100 * num / den, 2), _share_qualifier(m.group("pre")))))
    return out


def share(text: str, m: re.Match, art: Article, value: float, qualifier: str) -> dict:
    """A share written in words: a percentage whose measure follows it ("过半的农户…")."""
    return {"value": value, "unit": "%", "qualifier": qualifier, "surface": m.group(0),
            "measure": measure_of(text, m.start(), m.end(), after_first=True),
            "after": measure_after(text, m.end()), "year": _year(text, m.start(), art)}


def _share_qualifier(pre: str | None, over: bool = False) -> str:
    return "over" if over or pre in ("超过", "超", "逾") else "approx" if pre in ("约", "近") else "exact"


def share_list_measures(figs: list[Span], text: str) -> None:
    """Figures in a list share the measure written before the first: "总投资3.5亿元、2.1亿元和8000万元"."""
    for prev, fig in zip(figs, figs[1:]):
        if re.fullmatch(r"[、和及与或]?", text[prev.end:fig.start]):
            fig["measure"] = prev["measure"]


HALF = re.compile(r"(?P<pre>近|超过|超|逾)?(?:一半|半数)(?P<post>以上)?|(?P<over>过半)")


def halves(text: str, art: Article) -> list[tuple[re.Match, dict]]:
    """Shares written as words: 过半 and 半数以上 are over 50 %, 近一半 about 50 %."""
    out = []
    for m in HALF.finditer(text):
        if text[m.end():m.end() + 1] in ("年", "月", "天", "个", "百") or text[m.start() - 1:m.start()] in ("上", "下", "前", "后", "年"):
            continue                     # 一半年, 上半数, 年过半百 (an age): not a share
        over = bool(m.group("over") or m.group("post"))
        out.append((m, share(text, m, art, 50.0, _share_qualifier(m.group("pre"), over))))
    return out


def _year(text: str, s: int, art: Article) -> int | None:
    """The nearest year word before the figure: "2019年", or 去年/今年 from the article's date."""
    clause_start = max((x.end() for x in CLAUSE.finditer(text[:s])), default=0)
    window = text[max(0, clause_start - 40):s]
    marks = [(m.end(), int(m.group(1))) for m in re.finditer(r"(20\d{2}|19\d{2})年", window)
             if window[m.start() - 1:m.start()] not in ("较", "比", "于")]     # 较2018年增长: the base, not the year
    if art.year:
        marks += [(m.end(), art.year - 1) for m in re.finditer("去年", window)]
        marks += [(m.end(), art.year) for m in re.finditer("今年|上半年", window)]
    return max(marks)[1] if marks else None


@register
class Figures(Component):
    """Statistics (ck:Statistic): value, unit, qualifier, measure, year; the subject comes
    from the link component once every other entity of the article is known."""
    name = "figures"
    assigns = ("figure",)

    def __call__(self, art: Article) -> Article:
        for sent in art.sentences:
            if sent.paragraph < 0:
                continue                 # headline and bylines repeat or carry no figures
            for m in figure_re().finditer(sent.simp):
                fig = figure_from_match(sent.simp, m, art)
                if fig:
                    art.add(Span("figure", sent.index, m.start(), m.end(), m.group(0), fig))
            for m, fig in halves(sent.simp, art) + fractions(sent.simp, art):
                art.add(Span("figure", sent.index, m.start(), m.end(), m.group(0), fig))
            found = sorted(art.in_sentence("figure", sent.index), key=lambda f: f.start)
            share_list_measures(found, sent.simp)
            changes_measure(found, sent.simp)
            respectively(found, sent.simp)
        return art
