"""When a career step happened, as résumés and appointment news write it.

A résumé dates each line by its first words, and a range closes the posts of the line:

    1998.10-2002.10 某县县长            -> (1998, 10) to (2002, 10)
    2012.09- 某市市长                   -> (2012, 9), still held
    1998年3月至2001年10月任…            -> (1998, 3) to (2001, 10)
    2002年12月至今 / 2002年12月起任…    -> (2002, 12), still held
    次年2月 / 同年5月 / 今年1月 / 去年 / 前年  -> relative to the previous date or the article's
    日前 / 近日 / 本周 / 昨天               -> the article's year
    三年后 / 2年以后                     -> counted from the previous date
    2019年5月卸任，9月当选…             -> a month alone: the year of the date before it
    2021年7月任…，次月任…               -> (2021, 8): the month after the one told
    2008年春 / 2012年底                 -> the year alone

>>> [(d.start, d.end, d.open) for d in find_dates("1998.10-2002.10 某县县长", 2020)]
[((1998, 10), (2002, 10), False)]
>>> [(d.start, d.end) for d in find_dates("2019年底调任某市副市长，次年3月任市长", 2021)]
[((2019, None), None), ((2020, 3), None)]
>>> [d.start for d in find_dates("3月到任", 2021)]       # a month alone, with no year told before it
[]
>>> [(d.start, d.end) for d in find_dates("2002—2006某镇镇长", 2020)]
[((2002, None), (2006, None))]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

YM = (r"(?:(?P<{p}y>(?:19|20)\d{{2}})(?:年|\.|/|(?=\s*(?:—{{1,2}}|–|~|～|至|-|－)\s*(?:19|20)\d{{2}}(?!\d))|－|-(?=\d){bare})"     # (2008—2016年)
      r"(?:(?P<{p}m>[01]?\d|十(?=月))(?:月份?)?)?"
      r"|(?P<{p}rel>次年|同年|当年|今年|去年|前年|翌年|日前|近日|前不久|本周|上周|昨天|昨日|今天|(?:[一二两三四五六七八九十]|\d{{1,2}})年(?:以后|之后|后))(?:(?P<{p}rm>[01]?\d|十)月)?"
      r"|(?P<{p}next>次月|同月|当月)"
      r"|(?<![\d.\-/年个])(?P<{p}mo>1[0-2]|0?[1-9])月(?![份底初末中]?\d|[\d个])(?!\d*日))")
SEASON = r"(?:[春夏秋冬][季天]?|初|底|末|年底|年初|上半年|下半年|[上中下]旬)?"     # (…3月中旬, 2019年夏天)
# (a résumé's dash doubled, "1994.07——1998.03", "1994.07--1998.03", or the bar ―)
DASH = r"\s*(?:至|到|—{1,2}|－{1,2}|-{1,2}|–{1,2}|―{1,2}|~|～)\s*"
# A range's end may be a year alone, the bracket or the clause closing it: "（1979—1984）", or
# the words of a résumé's line right after it, the reader having closed the gap ("2002—2006某镇镇长";
# not a count's unit: "2002—2006个").
BARE_END = r"|(?=[)）\s，,、；;。]|$|[\u4e00-\u9fff])(?![个名人元万亿余多户家项次])"
# The day after a month ("2019年3月5日，某某当选…"): part of the date, so the clause after it
# opens right where the date ends.
DAY_OF_MONTH = r"(?:(?<=月)(?:[12]\d|3[01]|0?[1-9])[日号])?"
DATE = re.compile(
    YM.format(p="a", bare="") + DAY_OF_MONTH + SEASON
    + rf"(?:{DASH}(?:(?P<now>今|现在)|" + YM.format(p="b", bare=BARE_END) + SEASON + r")?)?"
    + r"(?:(?<=年)间(?![隔断]))?"          # "2012年至2016年间，他先后任…": the years' span, 间 its own
    + r"(?:(?P<since>起|以来|后|开始))?")


# A time told back from an untold moment ("4个月前，他…履新…", "几年前"): the step has a
# date, but neither this one nor the article's.
AGO = re.compile(r"(?:[\d一二三四五六七八九十两几多]+(?:个多?月|年多?|天|周|个星期)|多年)(?:以前|之前|前)")

# How a sentence tells the time of an office around its chain of posts:
PERIOD = ("期间", "职务期间")      # "在担任某局局长期间": a period of office told after it, a past post
# A period of office over the whole chain, a notice's time of the deeds: "在担任甲、乙期间",
# "利用担任甲、乙等职务上的便利".
OFFICE_PERIOD = re.compile(r"(?:等职务|职务|等职)?(?:期间|(?:上的|的|之)?便利)")
NOW = ("现", "目前", "现在",      # "…，现任某职": held now, since a date not told
       "还", "也", "同时", "一直")   # "某某还担任…", "同时兼任…", "一直担任…": a post held beside, told as a state


@dataclass
class When:
    at: int                      # where the expression starts in the sentence
    stop: int                    # where it ends
    start: tuple[int, int | None]
    end: tuple[int, int | None] | None = None
    open: bool = False           # "至今", "起", or a range without an end ("2012.09-")
    ranged: bool = False         # the text wrote a range (closed or open)
    since: bool = False          # open by "起" alone: a start, which a later step may end
    news: bool = False           # the news's own day ("日前", "本周"): a start that ends nothing told before


# The time of the news itself, as a report dates what it tells: the article's year, however
# many steps of a career it told before ("…2019年起任某职。本周，他当选…"); a post taken
# then may be held beside those (a provincial secretary elected the congress's chair).
NEWS_DAYS = ("日前", "近日", "前不久", "本周", "上周", "昨天", "昨日", "今天")


def _point(m: re.Match, p: str, base: int | None, article_year: int | None,
           told: tuple[int, int | None] | None = None) -> tuple[int, int | None] | None:
    if m.group(f"{p}y"):
        month = month_number(m.group(f"{p}m"))
        month = month if month and 1 <= month <= 12 else None
        return int(m.group(f"{p}y")), month
    if m.group(f"{p}next"):                        # "2021年7月任…，次月任…": the month after the one told
        if not told or not told[1]:
            return None
        step = 1 if m.group(f"{p}next") == "次月" else 0
        return (told[0] + 1, 1) if told[1] + step > 12 else (told[0], told[1] + step)
    if m.group(f"{p}mo"):                          # "…次年5月卸任，9月当选…": the year told before
        if not told:                                # in the same sentence (the next one if the month is earlier)
            return None
        month = int(m.group(f"{p}mo"))
        return told[0] + (1 if told[1] and month < told[1] else 0), month
    rel = m.group(f"{p}rel")
    if not rel:
        return None
    if rel in NEWS_DAYS + ("今年",):                # "今年", "日前", "本周": the article's year
        year = article_year
    elif rel in ("去年", "前年"):                  # the year before the article's, or the one before that
        year = article_year - (1 if rel == "去年" else 2) if article_year else None
    elif rel in ("次年", "翌年"):
        year = base + 1 if base else None
    elif rel.endswith("后"):                        # "2005年…。三年后，他担任…": counted from the year told
        n = rel[:rel.index("年")]
        year = base + (int(n) if n.isdigit() else "一二三四五六七八九十".index(n.replace("两", "二")) + 1) if base else None
    else:                                           # 同年, 当年
        year = base
    month = month_number(m.group(f"{p}rm"))
    return (year, month if month and 1 <= month <= 12 else None) if year else None


def month_number(written: str | None) -> int | None:
    """A month's number as the reading copy writes it: digits, or 十 where digits would
    lengthen a date written in Chinese numerals ("二〇一八年十月" reads "2018年十月").

    >>> month_number("03"), month_number("十"), month_number(None)
    (3, 10, None)
    """
    if not written:
        return None
    return 10 if written == "十" else int(written)


# An age told after 今年 or 当年 ("今年70岁的某某", "当年已经56岁"): how old, not when.
AGE_AFTER = re.compile(r"(?:已经|已|刚满|刚|才|就|整)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})周?岁")


def find_dates(text: str, article_year: int | None, base: int | None = None) -> list[When]:
    """Every date or range in `text`, in order; relative ones read against the date
    before them (次年 after 2019 is 2020) or the article's year (今年)."""
    out: list[When] = []
    for m in DATE.finditer(text):
        told = (out[-1].end or out[-1].start) if out else None
        start = _point(m, "a", base, article_year, told)
        if start is None or m.group("arel") and AGE_AFTER.match(text, m.end()):
            continue                                # "今年70岁的某某": an age, no date of a step
        if m.group("ay") and not m.group("am") and text[m.end("ay"):m.end("ay") + 1] in "-－/." \
                and not m.group("by"):
            continue                                # "2012-09" read alone is handled by the month group
        end = _point(m, "b", start[0], article_year, start) if (m.group("by") or m.group("brel") or m.group("bmo")) else None
        ranged = bool(re.search(DASH, m.group(0))) or bool(m.group("now"))
        open_ = bool(m.group("now") or (m.group("since") in ("起",)) or (ranged and end is None))
        if m.group("ay") and not m.group("am") and m.group(0) == m.group("ay"):
            continue                                # "2012" with nothing after: a number, not a date
        since = open_ and not (m.group("now") or ranged)
        out.append(When(m.start(), m.end(), start, end, open_, ranged, since, m.group("arel") in NEWS_DAYS))
        base = (end or start)[0]
    return out


def month_text(point: tuple[int, int | None] | None) -> str | None:
    """(2012, 9) -> "2012-09"; (2012, None) -> "2012"."""
    if not point:
        return None
    year, month = point
    return f"{year}-{month:02d}" if month else str(year)


# The rest of an opening adverbial that dates an occasion: "在2016年|村委会换届选举中，", or
# the step right after it: "2022年7月|援派期满后，他回到某地，任…".
OCCASION = re.compile(r"的?[^，,。；;]{0,12}(?:中|时|期间|之际|上|换届|选举|以后|之后|后)[，,]")    # (…换届后, …期满后)

# A meeting held on the date, whose announcement tells the step in a later clause: "于5月10日召开
# 领导干部大会，宣布某某任…" (kg.recognize.career_subjects.ANNOUNCE reads the name after 宣布).
MEETING = re.compile(r"[，,]?(?:召开|举行)(?:了)?[^，,。；;]{0,24}?(?:大会|会议|会)[，,]")
ANNOUNCED = re.compile(r"宣布|宣读")

# A move told right after the date, its clause ending before the verb: "回到村里，", "来到某镇，".
WENT = re.compile(r"(?:回到|来到|返回|回|到|赴|前往)[\u4e00-\u9fff]{1,10}[，,]\s*(?:并|又|便|就)?")
LIFE_EVENT = re.compile(r"\s*(?:出生|生|参加|入党|加入|毕业|入伍|入学|考入|获)")
BORN = ("出生于", "生于", "出生", "，生", ",生")    # (not a given name's 生 before a date: "某春生2022年…")


def work_start(text: str, dates: list[When], verb: int) -> When | None:
    """The date a person started work, told right before the verb of their first posts:
    "1976年4月参加工作后先后担任…" (the first post of the chain starts then); or the
    years of work at one place, whose posts the clause after lists ("1990年至1995年在某镇
    工作，先后任甲、乙": 甲 from 1990, 乙 until 1995)."""
    for d in dates:
        if re.fullmatch(r"\s*参加工作以?后\s*[，,]?\s*", text[d.stop:verb]) or WORKED_AT.fullmatch(text, d.stop, verb):
            return d
    return None


WORKED_AT = re.compile(r"\s*(?:在|于)[\u4e00-\u9fff]{2,30}?工作\s*[，,]\s*(?:先后|历任|曾)?")


def step_date(text: str, dates: list[When], cut: int, clause: int, verb: int) -> When | None:
    """The step's date: the last one in the verb's own clause, or one that is a clause
    of its own before it ("2021年7月，他出任…"); never a birth, a joining or a degree."""
    for d in reversed(dates):
        if not cut <= d.at or d.stop > verb + 1:
            continue
        born = text[:d.at].endswith(BORN) and d.stop != verb            # ("某文生于2019年当选…": the
        if LIFE_EVENT.match(text, d.stop) or born:                                  # verb right after: a name's 生)
            return None
        alone = not text[d.stop:verb].strip(" ，,") or re.fullmatch(r"[，,]\s*[他她]?[^，,]{0,3}", text[d.stop:clause + 3] or "") \
            or WENT.fullmatch(text, d.stop, verb)      # "某某2017年回到村里，任…": the move's date is the post's
        opening = (d.at == cut or text[cut:d.at].rstrip().endswith(("：", ":"))) and text[d.stop:d.stop + 1] in "，," \
            and text[d.stop:verb].count("，") + text[d.stop:verb].count(",") <= 2
        #   "2008年春，某某首次主政一方，出任…": the sentence's date (or its part's after a colon: "…变动：2014年11月，…")
        opening = opening or (text[cut:d.at] in ("在", "于", "") and OCCASION.match(text, d.stop) is not None
                              and d.stop < clause)     # "在2016年的换届选举中，她当选…", "2020年村里换届，…": the occasion's
        announced = MEETING.match(text, d.stop) is not None and ANNOUNCED.search(text, d.stop, verb) is not None
        #   ("某市于2010年5月10日召开领导干部大会，宣布某某任…": the meeting's day is the decision's)
        if d.at >= clause or alone or opening or announced:
            return d
        return None
    return None


# The years a post was held, in brackets after it: "曾任某县县长（2011.09—2016.08）、…".
HELD_YEARS = re.compile(r"[（(]((?:19|20)\d{2}[\d.年月—―\-－–至~～ ]{0,18})[）)]")


def held_years(text: str, post, article_year: int | None) -> bool:
    """The range written in brackets right after the post's title: its start and end."""
    m = HELD_YEARS.match(text, post.end)
    told = find_dates(m.group(1), article_year) if m else []
    if told and told[0].ranged:
        post["start"], post["start_month"] = told[0].start
        if told[0].end:
            post["end"], post["end_month"] = told[0].end
            post["former"] = True
        return True
    return False


# What stands between two titles of one item: 、 and at most the second title's own body
# ("某县委常委、常务副县长（2016—2020）", "某县委副书记、县长（…）").
ITEM_GAP = re.compile(r"、[^，,；;。：:、（）()\d]{0,12}")


def bracketed_years(text: str, posts: list, article_year: int | None) -> None:
    """Each post's years in brackets after it; a bracket after an item's last title dates the
    titles listed before it in that item too ("临武县委常委、常务副县长（2016—2020）": both).

    >>> from kg.article import Span
    >>> text = "先后任甲县副县长（2011—2016）、乙县委常委、常务副县长（2016—2020）"
    >>> posts = [Span("post", 0, 5, 8, "副县长", {}), Span("post", 0, 21, 25, "县委常委", {}), Span("post", 0, 26, 31, "常务副县长", {})]
    >>> bracketed_years(text, posts, None); [(p.get("start"), p.get("end")) for p in posts]
    [(2011, 2016), (2016, 2020), (2016, 2020)]
    """
    told = [held_years(text, post, article_year) for post in posts]
    for k in range(len(posts) - 1, 0, -1):
        a, b = posts[k - 1], posts[k]
        if told[k] and not told[k - 1] and not a.get("start") and not a.get("end") and a.sent == b.sent \
                and ITEM_GAP.fullmatch(text, a.end, b.start):
            for key in ("start", "start_month", "end", "end_month"):
                a[key] = b.get(key)
            a["former"] = a.get("former") or bool(b.get("end"))
            told[k - 1] = True


# A secondment served out, dated, in the clause after its post: "…任第一书记，2019年期满返回原单位",
# "…挂职副县长，2022年挂职期满" (a term's end: 期满, 届满).
SERVED_OUT = re.compile(r"[，,]\s*(?:于|在)?((?:19|20)\d{2}年(?:\d{1,2}月)?)(?:底|初|末)?[，,]?\s*(?:挂职|任职|任|驻村|帮扶)?(?:期满|届满)")

# The date a step's posts were held until, told after them: "…任某县县委书记，直至2021年6月", "…书记至2021年底".
# The words after the date may say how the post was left ("直到2021年换届时才卸任", "一直干到2016年退休").
UNTIL = re.compile(r"[，,]?\s*(?:直至|直到|一直干到|一直到|干到|至)\s*((?:19|20)\d{2}年(?:\d{1,2}月)?)(?:底|初|末)?"
                   r"(?:[\u4e00-\u9fff]{0,6}?(?:卸任|离任|退休|退下来|交班|换届))?(?=[，,。；;]|$)")


def held_until(text: str, end: int, posts: list, article_year: int | None) -> None:
    """Ends the posts of a chain that stops at `end` at the date 直至/直到 tells right after.

    >>> from kg.article import Span
    >>> post = Span("post", 0, 3, 7, "县委书记", {})
    >>> held_until("此后任县委书记，直至2021年6月。", 7, [post], 2024); post["end"], post["former"]
    (2021, True)
    >>> held_until("起任村支书，直到2019年换届时才卸任。", 6, [post], 2024); post["end"]
    2019
    >>> held_until("到某村任第一书记，2018年期满返回原单位。", 8, [post], 2024); post["end"]
    2018
    """
    m = UNTIL.match(text, end) or SERVED_OUT.match(text, end)
    told = find_dates(m.group(1), article_year) if m else []
    for post in posts if told else ():
        post["end"], post["end_month"] = told[0].start
        post["former"] = True
