"""Statistics: a number, its unit, its qualifier, what it measures and what it is about.

Chinese news writes figures as [qualifier] number [多/余] [万/亿] unit [以上/以下/左右]:
"1.2万多名", "超5000亿元", "10%以上", "三成", "1.5—2万元".  For counts 万/亿 fold into
the value (4.53万名 → 45300 名); for money they stay in the unit (82.57亿元, 1.2万亿元), as the
annotation guide and statistical yearbooks write them.  Dates, ages, ordinals, phone
numbers, numbers inside names and slogans are not figures (kg.recognize.figure_exclusions);
measures spread over a run of figures are read in kg.recognize.figure_lists, what a count counts in
kg.recognize.figure_nouns.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

from kg.article import Article, Span
from kg.components import Component, register
from kg.recognize.measure_sides import measure_after, measure_before, measure_of, set_of_one
from kg.recognize.noun_phrases import noun_phrase_after
from kg.recognize.segment import tagged
from kg.recognize.figure_exclusions import BARE_MAGNITUDES, CATEGORY_AFTER, CN_DIGITS, excluded, in_quoted_name, recounted
from kg.recognize.figure_nouns import UNBRACKETED, cases_counted, counted_noun, unbracketed
from kg.recognize.figure_people import counted_people
from kg.recognize.figure_years import paragraph_years, year_before
from kg.recognize.figure_lists import against_bases, changes_measure, respectively, share_list_measures, shared_unit
from kg.lang.words import longest_first, words


# What one figure of a price or a yield is per, written right before it ("每斤120元", "每亩3000元"): part of
# the figure, not of what is measured.
PER = r"每(?:平方米|立方米|公斤|千克|斤|吨|亩|人|户|头|只|件|个|天|年|月)"
NUM = rf"(?:(?<![\d,])\d{{1,3}}(?:,\d{{3}})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?|[{CN_DIGITS}]+(?:点[零〇一二三四五六七八九]+)?)"
#      (1,234.5万元: a page's thousands separators; 一点二亿元: 1.2)
# A change written with its sign after the verb of change ("同比增长-2.3%"): a fall.
SIGNED_AFTER = ("增长", "增速", "增幅", "增长为", "增速为", "增幅为")
MINUS = ("-", "－", "−")


@lru_cache(maxsize=1)
def figure_re() -> re.Pattern:
    units = "|".join(re.escape(u) for u in longest_first(words("figure_units")))
    return re.compile(
        rf"(?P<bare>(?<=[过超上])(?P<bmag>万|亿)元)|"
        rf"(?P<pre>{'|'.join(longest_first(list(BOUNDS)))}|至少|超过|突破|不到|不足|多达|高达|约|近|超|逾|过|达)?"
        rf"(?P<per>{PER})?"
        rf"(?P<num>{NUM}|(?<=[近上超逾])万(?=[多余]?[\u4e00-\u9fff]))(?:(?P<range>[—\-~～至到])(?P<num2>{NUM}))?"
        rf"(?P<more>多|余|来)?(?P<mag>万亿|万|亿)?(?P<more2>多|余)?"
        rf"(?P<unit>{units})(?P<post>以上|以下|以内|左右|多)?"
    )


# A bound a rule sets: "不少于", "不得低于" (at least), "不超过", "不能高于" (at most); the modal
# between 不 and the comparison says how binding it is, not which way.
BOUNDS = {f"不{modal}{cmp}": way for modal in ("", "得", "能", "应", "宜", "可")
          for cmp, way in (("少于", "over"), ("低于", "over"), ("超过", "under"), ("高于", "under"), ("多于", "under"))}
OVER_PRE = {"超过", "超", "逾", "过", "多达", "至少", "突破"} | {b for b, way in BOUNDS.items() if way == "over"}
UNDER_PRE = {"不到", "不足"} | {b for b, way in BOUNDS.items() if way == "under"}
APPROX_PRE = {"约", "近"}
CURRENCIES = ("元", "美元", "欧元", "港元")      # (foreign trade and investment are counted in dollars)
MONEY = tuple(m + c for c in CURRENCIES for m in ("", "万", "亿"))
MAGNITUDE = {"万": 10_000, "亿": 100_000_000, "万亿": 1_000_000_000_000}    # 1.2万亿元: 万亿 is one word


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
    if num in BARE_MAGNITUDES:
        return float(BARE_MAGNITUDES[num])     # "近千名", "上百家", "近万人": the magnitude alone
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
            or "至少" in m.string[max(0, m.start() - 6):m.start()]
            or m.group("num") in BARE_MAGNITUDES and m.string[m.start() - 1:m.start()] == "上"):     # 上千: a thousand and more
        return "over"
    if pre in UNDER_PRE or post in ("以下", "以内"):
        return "under"
    if pre in APPROX_PRE or post == "左右" or m.string.endswith(("约有", "大约有", "大约", "约占", "约为"), 0, m.start()):
        return "approx"                  # (约有20%的…, 大约3000人: about, with a verb between)
    return "exact"


def figure_from_match(text: str, m: re.Match, art: Article) -> dict | None:
    if m.group("bare") and CATEGORY_AFTER.match(text, m.end()):
        return None                      # "投资过亿元项目32个": a class's threshold, the count the fact
    if m.group("bare"):                  # "过亿元": one 亿元, and over it
        return {"value": 1.0, "unit": m.group("bmag") + "元", "qualifier": "over", "surface": m.group(0),
                "measure": measure_of(text, m.start() - 1, m.end()), "year": year_before(text, m.start(), art)}
    if excluded(text, m):
        return None
    value = _value(m.group("num").replace(",", ""))
    if value is None:
        return None
    num_at = m.start("num")
    signed = text[num_at - 1:num_at] in MINUS and text.endswith(SIGNED_AFTER, 0, num_at - 1)
    value = -value if signed else value       # "同比增长-2.3%": a fall of 2.3%
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
        unit = mag + unit if unit in CURRENCIES else unit
    if unit == "万人次":
        value, unit = value * 10000, "人次"
    counted = (set_of_one(text, m.end()) or counted_noun(UNBRACKETED.sub(unbracketed, text[m.end():]))) if unit in CLASSIFIERS else ""
    if unit in CLASSIFIERS and unit not in ("人", "名", "位") and not counted \
            and (LISTED_BEFORE.search(text, 0, m.start()) or only_a_verb(measure_before(text, m.start()))):
        counted = noun_before_verb(measure_after(text, m.end()))    # "组成|四个|采访组", "甲、乙|两个|示范村": what follows
    if unit == "%" and text[m.end():m.end() + 1] == "的" and (not measure_before(text, m.start()) or SHARE_OF.search(text[:m.start()])):
        counted = noun_phrase_after(text[m.end() + 1:])          # 全县95%的农户: a share of the households
    before = measure_before(text, m.start())
    plant = PLANT.match(text, m.end()) if unit in SIZES and (ends_in_verb(before) or before.endswith(RATES)) else None
    if plant:
        counted = counted or plant.group(1)                           # "引进35万吨|玉米淀粉加工项目": its capacity
    if unit in SIZES and text[m.start() - 1:m.start()] in ("了", "和", "、", "及"):
        counted = counted or noun_phrase_after(text[m.end():])      # "套种了50亩|辣椒": what the area is of;
        #                                           "建设了甲项目、乙项目和5万吨|谷氨酸": the list's next item
    if unit in SIZES and only_a_verb(measure_before(text, m.start())):
        after = m.end() + (text[m.end():m.end() + 1] == "的")
        counted = counted or noun_phrase_after(text[after:])         # "建设100亩(的)|莲子基地": its size
    if unit in ("公里", "米", "千米") and text[m.end():m.end() + 1] == "外":
        counted = "距离"                                                # "1400多公里外的某县": how far away
    if unit == "起":
        counted = counted or cases_counted(text[m.end():])          # "通报4起|违反…规定问题": the cases
    if unit in ("人", "名") and text[:m.start()].endswith("一行"):
        counted = "一行人数"                                            # "某某等一行7人": the party's size
    if text[m.start() - 1:m.start()] in ("(", "（") and text[m.end():m.end() + 1] in (")", "）"):
        counted = counted or measure_before(text, m.start() - 1)      # "销售总量(1932亿元)": the phrase before
    return {"value": float(f"{value:.12g}"), "unit": unit, "qualifier": "over" if over_inside else _qualifier(m),
            "surface": m.group(0),
            "measure": counted or measure_of(text, m.start() - signed, m.end()), "after": measure_after(text, m.end()),
            "year": year_before(text, m.start(), art)}


# A list of names right before a count, in its clause: the count is of the listed items.
LISTED_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+$")
# Before "N%的…", words that leave the share to the noun after it: a list's joint ("80%的土地、|60%的人口")
# or the scope of the whole ("全省|80%的土地").
SHARE_OF = re.compile(r"(、|全(省|市|县|区|州|旗|国))$")


def only_a_verb(phrase: str) -> bool:
    """Nothing before the figure says what it measures: no words, or one verb (建设, 可容);
    "海拔1600米的…" keeps 海拔."""
    words = tagged(phrase) if phrase else ()
    return not words or (len(words) == 1 and words[0][1].startswith("v"))


def noun_before_verb(phrase: str) -> str:
    """The phrase up to the first verb after a noun: the noun phrase, not what is done next
    ("集中安置点|开展督导" → 集中安置点; "集中连片特困地区" stays whole)."""
    words = tagged(phrase) if phrase else []
    cut = next((i for i in range(1, len(words)) if words[i][1].startswith("v") and words[i - 1][1][:1] in ("n", "m", "q", "b")), None)
    return "".join(w for w, _ in words[:cut]) if cut else phrase


def ends_in_verb(phrase: str) -> bool:
    """The words before the figure end with a verb ("引进", "建设了"): they say what was done,
    not what is measured."""
    words = [w for w in tagged(phrase) if w[0] != "了"] if phrase else []
    return bool(words) and words[-1][1].startswith("v")


# A plant or project right after a capacity ("新建5万吨|污水处理厂", "建成100兆瓦|光伏电站项目"):
# the capacity is its size.  The heads: the closed class of what a capacity is written before.
PLANT = re.compile(r"的?([\u4e00-\u9fff]{2,12}?(?:项目|工程|生产线|基地|电站|厂)(?:(?![\u4e00-\u9fff])|(?=[、和及])))")


# A plant's rate of output or its capacity written before the figure ("建设年产30万吨|某某
#项目", "装机容量100万千瓦|某某电站"): the figure is the plant's size, as after a verb.
RATES = ("年产", "日产", "年处理", "日处理", "年加工", "日加工", "年吞吐", "年吞吐量", "装机", "装机容量", "设计产能", "产能")


# Units of a size (area, length, volume, capacity): "N亩的X" gives X's size.
SIZES = {"亩", "公顷", "平方米", "平方公里", "公里", "米", "立方米", "千瓦", "万千瓦", "兆瓦", "吉瓦", "吨"}
# Measure words that count things: the noun right after them is what is counted
# ("新建35家|养老机构" measures 养老机构, not the verb before it).
CLASSIFIERS = {"个", "家", "名", "支", "项", "所", "座", "种", "位", "条", "处", "件", "辆", "台", "套", "台套", "间",
               "块", "头", "批", "类", "期", "人", "户", "栋", "幢", "口", "棵", "株", "只", "匹", "艘", "架"}


FRACTION = re.compile(r"(?P<pre>约|近|超过|超|逾)?(?:(?P<cd>[一二三四五六七八九十]+)分之(?P<cn>[一二三四五六七八九十]+)"
                      r"|(?<![\d/.-])(?P<n>\d{1,2})/(?P<d>\d{1,2})(?![\d/.-]|[日月号]))")


# A percentage written in words: "百分之九十五", "百分之零点五", "百分之百", "百分之八十以上".
PERCENT_WORDS = re.compile(r"(?P<pre>约|近|超过|超|逾)?百分之(?P<p>百|[零〇一二两三四五六七八九十点]+)(?P<post>以上)?")


def fractions(text: str, art: Article) -> list[tuple[re.Match, dict]]:
    """Shares written as fractions: 三分之二 and 2/3 are 66.67 %.  Dates like 5/12 are
    not: with a slash, only small denominators (halves to tenths) make a share.  And
    percentages written in words (百分之九十五: 95 %)."""
    out = []
    for m in PERCENT_WORDS.finditer(text):
        value = 100.0 if m.group("p") == "百" else _value(m.group("p"))
        if m.group("p") == "百" and text.startswith("的", m.end()):
            continue                     # "百分之百的努力": wholeheartedly, an idiom
        if value is not None and 0 < value <= 100:
            out.append((m, share(text, m, art, value, _share_qualifier(m.group("pre"), bool(m.group("post"))))))
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
            "after": measure_after(text, m.end()), "year": year_before(text, m.start(), art)}


def _share_qualifier(pre: str | None, over: bool = False) -> str:
    return "over" if over or pre in ("超过", "超", "逾") else "approx" if pre in ("约", "近") else "exact"


HALF = re.compile(r"(?P<pre>近|超过|超|逾)?(?:一半|半数)(?P<post>以上)?|(?P<over>过半)")


def halves(text: str, art: Article) -> list[tuple[re.Match, dict]]:
    """Shares written as words: 过半 and 半数以上 are over 50 %, 近一半 about 50 %."""
    out = []
    for m in HALF.finditer(text):
        if text[m.end():m.end() + 1] in ("年", "月", "天", "个", "百") or text[m.start() - 1:m.start()] in ("上", "下", "前", "后", "年") \
                or in_quoted_name(text, m.start(), m.end()):
            continue                     # 一半年, 上半数, 年过半百 (an age), “双过半” (a slogan): not a share
        over = bool(m.group("over") or m.group("post"))
        out.append((m, share(text, m, art, 50.0, _share_qualifier(m.group("pre"), over))))
    return out


@register
class Figures(Component):
    """Statistics (ck:Statistic): value, unit, qualifier, measure, year; the subject comes
    from the link component once every other entity of the article is known."""
    name = "figures"
    requires = ("article.year",)
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
            taken = list(art.in_sentence("figure", sent.index))
            for m, fig in counted_people(sent.simp, _value, art):      # "6.5万群众", "3000余农户": no measure word
                if not any(f.start < m.end() and m.start() < f.end for f in taken):
                    art.add(Span("figure", sent.index, m.start(), m.end(), m.group(0), fig))
            for fig in shared_unit(list(art.in_sentence("figure", sent.index)), sent.simp, _value):
                art.add(fig)                         # "3.2、5.6和7.1个百分点": the numbers before share the unit
            found = sorted(art.in_sentence("figure", sent.index), key=lambda f: f.start)
            share_list_measures(found, sent.simp)
            changes_measure(found, sent.simp)
            respectively(found, sent.simp)
            against_bases(found, sent.simp)
        paragraph_years(art)
        art.spans["figure"] = [f for f in art.of("figure") if not recounted(art, f)]
        for fig in art.of("figure"):
            fig["measure"] = past_a_place(art, fig)
        return art


def past_a_place(art: Article, fig: Span) -> str:
    """The measure without the tail of a place's name it opens with: the segmenter may cut a
    name's first word as an adverb ("那么切乡…总投资": 那么 is "so"), leaving its last
    characters; the measure starts after the place, which is its subject."""
    measure = fig.get("measure") or ""
    text = art.sentences[fig.sent].simp
    at = text.rfind(measure, 0, fig.start) if measure else -1
    for p in art.in_sentence("place", fig.sent):
        if at >= 0 and p.start < at < p.end < at + len(measure):
            return measure[p.end - at:]
    return measure
