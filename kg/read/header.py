"""What a scraped page's header and footer say: the headline and its subtitles, the date,
the source and channel fields, the site's owner, the editors' lines (kg.read.layout finds
where the body is; this reads around it).
"""
from __future__ import annotations

import re

import cn2an

from kg.read.clean import arabic_dates, surname_chars
from kg.read.layout import DATE, EDITOR, OCCASION, SOURCE, is_junk, is_meta
from kg.lang.words import words


def cn_number(digits: str) -> int | None:
    """A whole number written in digits or in Chinese numerals (a month, a day, a term, a
    session, an ordinal), None where the characters write none.

    >>> [cn_number(x) for x in ("二十一", "十二", "十", "5", "〇", "百")]
    [21, 12, 10, 5, 0, None]
    """
    try:
        value = cn2an.cn2an(digits, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if value == int(value) else None


def parse_date(text: str) -> str | None:
    """The first date of `text`, its numbers Arabic or Chinese ("二〇二四年三月一日").

    >>> parse_date("发布时间：2024-3-1"), parse_date("二〇二四年十二月二十一日")
    ('2024-03-01', '2024-12-21')
    """
    m = DATE.search(arabic_dates(text))
    if not m:
        return None
    y, mo, d = int(m.group(1)), cn_number(m.group(2)), cn_number(m.group(3))
    if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


SIGNATURE_DATE = re.compile(r"^\s*(?:20\d{2}|19\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def signed_date(body: list[str]) -> str | None:
    """The date a notice is signed with under the issuer's name, its last lines: the
    article's date when the page's header gives none.

    >>> signed_date(["任命某某为市统计局局长。", "某市人民政府", "2025年3月8日"])
    '2025-03-08'
    >>> signed_date(["2025年3月8日", "某县召开会议，研究部署春耕生产工作。", "会议要求抓好落实。"]) is None
    True
    """
    for line in body[-2:]:
        if SIGNATURE_DATE.match(line):
            return parse_date(line)
    return None


# A site's notice of rights, which quotes a 来源 field of its own ("凡本站注明“稿件来源：某网”
# 的文章，均为转载稿"): never the headline, nor the story's source.
RIGHTS_NOTICE = re.compile(r"凡本[网站报]注明|转载[自于]其[它他]|转载请注明")
# Lines of a page's header that are no headline: site furniture, photo captions, bylines.
FURNITURE = re.compile(r"(当前位置|当前版|版面图|索引号|发文字号|所在的位置|设为(首页|主页)|移动版|客户端|阅读请点击|点击(进入|查看)|\d+\s*(小时|分钟)前|"
                       r"(主办|承办|协办)(单位)?$|主办单位|[(（]?\S{0,8}\s*摄[)）]?$|摄影|记者\s*[\u4e00-\u9fff·]{2,4}$|"
                       r"字体\s*[:：]?\s*大\s*中\s*小|字号\s*[:：]?\s*[大中小T]|分享到\s*[:：]?$|" + RIGHTS_NOTICE.pattern + ")")
TITLE_FIELD = re.compile(r"^(名称|标题|题目)\s*[:：]\s*(.{6,}?)(\s+文号.*)?$")


def is_furniture(line: str) -> bool:
    """A header line that is no headline: no Chinese at all (a code, "news"), markup, a
    bullet of a menu, a menu of short items, a photo caption, a byline, a sentence's end.

    >>> [is_furniture(x) for x in ["abc0011", "• 当前位置:", "海南 海口 原创 国际 国内", "古镇夜景 (王明 摄)",
    ...                            "某某网记者 张三", "网站主办单位:某县政府办公室", "某县召开春耕生产会", "工 作 报 告",
    ...                            "■ 董欣 谢文相", "凡本站注明“稿件来源：某网”的文章，均为转载稿"]]
    [True, True, True, True, True, True, False, False, True, True]
    """
    line = despaced(line.lstrip("•-·■▲◆ \t"))          # a bullet alone proves nothing: "• 某县召开…"
    if not re.search(r"[\u4e00-\u9fff]", line) or re.search(r"<\w+[^>]*>", line):
        return True
    items = line.split()
    if len(items) >= 3 and sum(len(x) <= 4 for x in items) >= 0.8 * len(items):
        return True
    if len(items) >= 2 and all(2 <= len(x) <= 3 and x[0] in surname_chars() for x in items):
        return True                      # "■ 某欣 某文相": the reporters' names, a byline
    return bool(FURNITURE.search(line)) or line.endswith("。")


def despaced(line: str) -> str:
    """Letters spaced out for show joined again: "工 作 报 告(2022年)" → "工作报告(2022年)"."""
    items = line.split()
    if len(items) >= 3 and sum(len(x) == 1 for x in items) >= 0.6 * len(items):
        return "".join(items)
    return line


def headline(header: list[str]) -> tuple[int, int]:
    """Where the headline is: (first line, number of lines), (-1, 0) when the header has
    none.  It is the substantial header line nearest above the page's first date or
    source line (where pages put it, under the site's name and menus), else the first
    one (a line of fewer than eight characters there is more often a column's name,
    "某地新闻速递", than the headline); never navigation, metadata or furniture.  A "名称: …" field of a government
    page is one.  A headline broken after a dash ("…建机制——") continues on the next line.
    """
    for i, line in enumerate(header):
        if TITLE_FIELD.match(line):
            return i, 1
    candidates = [i for i, line in enumerate(header)
                  if not (is_junk(line) or is_meta(line) or len(tidy_headline(line)) < 6 or is_furniture(line))]
    if not candidates:
        return -1, 0
    meta = next((i for i, line in enumerate(header) if is_meta(line)), None)
    above = [i for i in candidates if meta is not None and i < meta]
    long = [i for i in above if len(despaced(header[i])) >= 8]      # a short line there is a column's name
    best = (long or above)[-1] if above else candidates[0]
    if best - 1 in candidates and header[best - 1].endswith(("——", "—", "：", ":")):
        return best - 1, 2                     # the second line of a broken headline
    if header[best].endswith(("——", "—", "：", ":")) and best + 1 < len(header):
        return best, 2
    return best, 1


# A feature's or an interview's subtitle under its headline, after a dash: "——访某县委书记
# 某某", "——记某村党支部书记某某" (the person the piece is about, with the post).
SUBTITLE = re.compile(r"^\s*[—－\-]{1,2}\s*[\u4e00-\u9fff]")


def subtitles(header: list[str], after: int) -> list[str]:
    """The dash lines right under the headline, up to the header's first line of another
    kind; a speech's occasion ("——在某县…会议上") is read with the body (`speech_opening`).

    >>> subtitles(["某县新闻", "访谈：让小县城拥有大产业", "——访某县委书记某某", "2025-03-01 来源：某报"], 2)
    ['——访某县委书记某某']
    >>> subtitles(["让小县城拥有大产业", "2025-03-01 来源：某报"], 1), subtitles(["“一句民歌”", "——某某《某某歌》"], 1)
    ([], [])
    """
    out = []
    for line in header[after:]:
        if not SUBTITLE.match(line) or is_meta(line) or is_junk(line) or OCCASION.match(line) or "《" in line:
            break                     # (an epigraph's source, "——某某《某某歌》", is no subtitle)
        out.append(line.strip())
    return out


def tidy_headline(text: str) -> str:
    """The headline's words alone: a field's value, letters joined, no series tag
    ("(深度关注·…②)") at its end.

    >>> tidy_headline("标题: 某县召开春耕生产会 文号:"), tidy_headline("政 府 工 作 报 告")
    ('某县召开春耕生产会', '政府工作报告')
    """
    text = text.lstrip("•-·■▲◆ \t")
    field = TITLE_FIELD.match(text)
    text = despaced(field.group(2).strip() if field else text)
    return re.sub(r"[(（][^()（）]*[②①③④⑤⑥⑦⑧⑨·][^()（）]*[)）]$", "", text).strip()


def header_fields(header: list[str], first_body: str) -> dict:
    """Date, publisher and source bodies from the lines above the body."""
    joined = "\n".join(line for line in header if not RIGHTS_NOTICE.search(line))
    date = parse_date(joined) or parse_date(first_body[:40])
    m = SOURCE.search(joined)
    sources = outlets(m.group(1)) if m else dated_source(header)
    publisher = sources[-1] if sources else site_name(header)
    return {"date": date, "publisher": publisher, "sources": sources}


# An outlet's name ends with what it is: a paper, a site, an agency, a station, an app.
OUTLET_ENDS = ("日报", "晚报", "早报", "时报", "报", "网", "新闻社", "通讯社", "电视台", "广播电台", "客户端", "周刊")
TIME = re.compile(r"\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")      # 04:22, 04：22 (a full-width colon)
# What follows an e-paper's date: its page ("第02版", "第A3版：要闻"), the weekday, or nothing.
EDITION = re.compile(r"(?:(?:第\s*[0-9A-Z０-９一二三四五六七八九十]{1,4}\s*版|[A-Z]?\d{1,2}版)[^\n]{0,12}|星期.|周.)?")


def dated_source(header: list[str]) -> list[str]:
    """The outlets a header names, unlabelled, right after its date and time: a portal's
    line "2006年10月28日04:22 某某网-某某日报" (the story's source, as 来源 would say).

    >>> dated_source(["http://www.example.cn 2006年10月28日04:22 人民网-人民日报"])
    ['人民网', '人民日报']
    >>> dated_source(["2007年3月2日08：15 新华网"])
    ['新华网']
    >>> dated_source(["2023年06月01日 星期四"]), dated_source(["2023-06-01 10:30 浏览次数：12"])
    ([], [])

    And an e-paper's line, the paper first, then the day's date and the page ("某某日报
    2024年04月02日 第02版"): the paper the story is from.

    >>> dated_source(["某某日报 2024年04月02日 第02版"]), dated_source(["某某晚报 2024-04-02"])
    (['某某日报'], ['某某晚报'])
    """
    for line in header:
        m = DATE.search(line)
        if m is None:
            continue
        at = m.end() + (line[m.end():m.end() + 1] == "日")
        time = TIME.match(line, at)
        rest = line[time.end() if time else at:].strip()
        paper = line[:m.start()].strip()
        if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", paper) and paper.endswith(OUTLET_ENDS) and EDITION.fullmatch(rest):
            return [paper]
        if re.fullmatch(r"[\u4e00-\u9fff\-—·]{2,24}", rest):
            found = outlets(rest)
            if found and all(o.endswith(OUTLET_ENDS) for o in found):
                return found
    return []


CHANNELS = ("频道", "栏目", "专题")


def outlets(field: str) -> list[str]:
    """The outlets a source field names: "甲网-乙报" two, "甲报业·甲日报客户端" two, and a
    channel stays with its outlet ("人民网-某省频道" one: the channel is the outlet's page).

    >>> outlets("人民网-人民日报"), outlets("某报业·某日报客户端"), outlets("人民网-某省频道")
    (['人民网', '人民日报'], ['某报业', '某日报客户端'], ['人民网-某省频道'])
    >>> outlets("本站原创")
    []
    """
    out: list[str] = []
    field = field.strip("[]【】()（）")              # "[来源: 某报]"
    if field.strip() in words("source_placeholders"):
        return []                                  # "来源：本站原创": the site's own, no outlet named
    for chunk in re.split(r"[·•／/]", field):
        for i, part in enumerate(p for p in re.split(r"[-—_－–]", chunk) if p):
            if i > 0 and part.endswith(CHANNELS) and out:
                out[-1] = f"{out[-1]}-{part}"
            else:
                out.append(part)
    return out


# A government site's footer: "主办：某县人民政府 备案号：…", "网站主办单位：某县政府办公室".
SITE_OWNER = re.compile(r"主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff]{3,30}?(?:人民政府|政府|委员会|办公室|办公厅))(?![\u4e00-\u9fff])")


def site_owner(footer: list[str]) -> str | None:
    """The body that runs the site, as its footer names it: the publisher of a page that
    names none above its text (a county's own site speaks for that county).

    >>> site_owner(["【打印本页】", "主办：某某县人民政府 备案号：豫ICP备05001234号"])
    '某某县人民政府'
    """
    for line in footer:
        m = SITE_OWNER.search(line)
        if m:
            return m.group(1)
    return None


def site_name(header: list[str]) -> str | None:
    """Without a source line, the site's name is the short line before the breadcrumbs."""
    for i, line in enumerate(header):
        if ">" in line and i > 0 and 2 <= len(header[i - 1]) <= 10 and not is_junk(header[i - 1]):
            return header[i - 1]
    return None


def editor_lines(lines: list[str]) -> list[str]:
    """Lines naming editors anywhere on the page (header, end marker or footer)."""
    return [line for line in lines if EDITOR.search(line)]
