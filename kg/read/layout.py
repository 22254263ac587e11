"""Where a scraped news page's body starts and ends, and what its header says.

A news page is header (site name, navigation, headline, date and source line), body
(paragraphs, byline, dateline), then an end marker (editor line, print-edition line)
and footer junk (teasers, copyright notices, ICP numbers, place-name link lists).
Lines are classified on the simplified copy; the cut keeps the original lines.
"""
from __future__ import annotations

import re

from kg.read.clean import arabic_dates, surname_chars

DATE = re.compile(r"(20\d{2}|19\d{2})\s*[-年/.]\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*[-月/.]\s*(\d{1,2}|(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日))")
SOURCE = re.compile(r"来源\s*[:：]\s*([^\s|]+?)(?=\s|$|编辑|责编|作者|点击|\||(?:19|20)\d{2}[-./年])")    # (a date glued after it)
# A source line closing the body: "(新闻来源:某县融媒体中心 转载:某某)", "来源：某县政府网".
SOURCE_LINE = re.compile(r"\s*[(（【\[]?\s*(?:新闻|信息|稿件|文章|内容)?来源\s*[:：]")
# An editor's or reviewer's line (the review chain 初审/复审/终审 follows 责任编辑 under the text).
EDITOR = re.compile(r"(责任编辑|责编|编辑|初审|复审|终审|审核|责任校对|校对|编审|监制|签发)\s*[:：]\s*([\u4e00-\u9fff·]{2,4})")
NAV = re.compile(r"(首页|正文|网站地图|手机版|搜索|登录|注册|微博|评论|图集|关注|Qzone|分享)")
# Footer lines.  Strong marks end a page wherever they stand; weak ones (contact lines,
# statements, comment and "load more" widgets, site statistics) also occur in news text,
# so they count only on short lines.
FOOTER_STRONG = re.compile(r"(ICP|备\d+号|Copyright|copyright|©|版权所有|版权声明|免责声明|未经.{0,12}授权.{0,12}不得)")
FOOTER_WEAK = re.compile(
    r"(版权|声明|主\s*办\s*[:：]|承\s*办\s*[:：]|联系地址|联系电话|电子邮件|邮编|^关闭$|^标签\s*[:：]|相关新闻|相关阅读|"
    r"载入更多|新闻评论|浏览器|分辨率|站长统计|^\+1$|^《\s*\S+\s*》\s*[(（].*版\s*[)）]$|打印本页|关闭窗口)"
)


class _Footer:
    """FOOTER.search(line): a strong mark anywhere, a weak one on a short line."""
    @staticmethod
    def search(line: str):
        return FOOTER_STRONG.search(line) or (len(line) <= 40 and FOOTER_WEAK.search(line))


FOOTER = _Footer()
END_MARK = re.compile(r"(【纠错】|^\[?责任编辑|^[(（]?责任编辑|^《\s*\S+\s*》\s*[(（].*版\s*[)）]$)")
SENTENCE_END = re.compile(r"[。！？!?”]")


def is_link_list(line: str) -> bool:
    """A run of short items joined by | or spaces: navigation or place-name link lists."""
    items = [x for x in re.split(r"[|｜]", line) if x.strip()]
    if len(items) >= 3 and sum(len(x.strip()) <= 8 for x in items) >= 0.8 * len(items):
        return True
    return False


def is_paragraph(line: str) -> bool:
    return len(line) >= 30 and bool(SENTENCE_END.search(line))


def is_sentence(line: str) -> bool:
    """A short line that ends a sentence: a paragraph of the body, not the header's (a
    headline ends with no full stop; captions and furniture are no sentences).

    >>> is_sentence("3月3日，县政府召开第二次常务会议。"), is_sentence("县政府召开第二次常务会议")
    (True, False)
    """
    return len(line) >= 12 and bool(re.search(r"[。！？!?]$", line)) and not is_junk(line) and not is_meta(line)


def is_item(line: str) -> bool:
    """A line of a notice that opens or lists rather than ends a sentence: its address or
    decision ("各县区人民政府：", "市政府决定：") and its items ("任命某某为市统计局局长；").
    A notice is such lines and a last item with a full stop, all shorter than a paragraph.

    >>> is_item("任命某某为市统计局局长；"), is_item("市政府决定："), is_item("当前位置："), is_item("拟任职务：某镇镇长")
    (True, True, False, True)
    """
    return (len(line) >= 6 and bool(re.search(r"[；;：:]$", line)) or FORM_FIELD.match(line) is not None) \
        and not is_junk(line) and not is_meta(line)


# The fields of a personnel form that a pre-appointment notice copies out line by line
# ("姓名：某某  性别：男", "现任职务：某镇党委副书记", "拟任职务：某镇镇长"): a closed class.
FORM_FIELD = re.compile(r"^\s*(?:姓\s*名|性\s*别|民\s*族|籍\s*贯|出生年月|学\s*历|政治面貌|现任职务|拟任职务|现职务|拟任|"
                        r"工作单位|参加工作时间|入党时间)\s*[：:]")


def is_junk(line: str) -> bool:
    breadcrumb = line.count(">") >= 2 and len(line) < 80 and not SENTENCE_END.search(line)
    return (bool(FOOTER.search(line)) or is_link_list(line) or breadcrumb
            or (len(line) <= 12 and bool(NAV.search(line))))


def is_meta(line: str) -> bool:
    return bool(DATE.search(line) or SOURCE.search(line)) or line.startswith(("作者", "发布时间", "时间"))


def find_body(lines: list[str]) -> tuple[int, int]:
    """Index of the first body line and one past the last.

    The body starts after the date/source line of the header when the page has one near
    the top, else at the first line of running text.  It ends at an end mark, or at a
    footer or link list met after running text: the same line above the first paragraph
    (a copyright notice a scraper put first) is junk that costs only itself.
    """
    first_par = next((i for i, line in enumerate(lines) if is_paragraph(line)), None)
    if first_par is None:            # a brief of one short sentence: its first line that ends one
        first_par = next((i for i, line in enumerate(lines) if len(line) >= 10 and SENTENCE_END.search(line)), 0)
    metas = [i for i in range(min(first_par, 15)) if is_meta(lines[i])]
    start = metas[-1] + 1 if metas else first_par
    while start - 1 >= (metas[-1] + 1 if metas else 1) and (is_sentence(lines[start - 1]) or is_item(lines[start - 1])):
        start -= 1                   # "3月3日，县政府召开常务会议。": a short first paragraph, a notice's items
    end = len(lines)
    for i in range(start, len(lines)):
        if END_MARK.search(lines[i]):
            end = i
            break
        if (FOOTER.search(lines[i]) or is_link_list(lines[i])) and i >= first_par:
            end = i
            break
    return start, end


def source_under_text(lines: list[str]) -> int | None:
    """The index of a source line under the text: a short line opening with the field
    ("(新闻来源:某县融媒体中心 转载:某某)", "来源：县委办") that no paragraph follows.

    >>> source_under_text(["某县召开会议，研究部署工作。", "(新闻来源:某县融媒体中心 转载:某某) |", "编辑：某某"])
    1
    >>> source_under_text(["来源:新华社", "字号", "入冬以来，某县两百多名干部坚守岗位，走访困难群众，帮助他们解决取暖、就医等实际困难。"]) is None
    True
    """
    for i in range(len(lines) - 1, max(len(lines) - 10, -1), -1):
        if is_paragraph(lines[i]):
            return None
        if len(lines[i]) <= 60 and SOURCE_LINE.match(lines[i]) and SOURCE.search(lines[i]):
            return i
    return None


# A speech's occasion under its title: "——2020年1月6日在某县第十七届人民代表大会第四次会议上".
# Pages break it over two lines ("——…在某县第十七届" / "人民代表大会第七次会议上"): its start is enough.
OCCASION = re.compile(r"^\s*[—－\-]{1,2}\s*(?:\d{4}年\d{1,2}月\d{1,2}日\s*)?在[\u4e00-\u9fff\d（）()]{2,60}\s*$")


def speech_opening(lines: list[str], start: int) -> int:
    """Where a report's body really starts: its occasion line and the speaker's line under
    it (a government work report's "——在某县…会议上", "县长 某某", "(2020年1月6日)") are
    the report's first words, though their date makes them look like the page's header.

    >>> speech_opening(["政府工作报告", "——2020年1月6日在某县第十七届人民代表大会第四次会议上", "县长 某某", "各位代表："], 3)
    1
    >>> speech_opening(["某县召开会议", "2020年1月6日 来源：某县新闻网", "各位代表："], 2)
    2
    """
    for i in range(max(0, start - 4), start):
        if OCCASION.match(lines[i]):
            return i
    return start


def _cn_number(digits: str) -> int:
    """"二十一" → 21, "十二" → 12, "5" → 5: the number of a month or a day."""
    if digits.isdigit():
        return int(digits)
    tens, _, units = digits.rpartition("十")
    value = "〇一二三四五六七八九"
    return (value.index(tens) if tens else 1 if "十" in digits else 0) * 10 + (value.index(units) if units else 0)


def parse_date(text: str) -> str | None:
    """The first date of `text`, its numbers Arabic or Chinese ("二〇二四年三月一日").

    >>> parse_date("发布时间：2024-3-1"), parse_date("二〇二四年十二月二十一日")
    ('2024-03-01', '2024-12-21')
    """
    m = DATE.search(arabic_dates(text))
    if not m:
        return None
    y, mo, d = int(m.group(1)), _cn_number(m.group(2)), _cn_number(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
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


# Lines of a page's header that are no headline: site furniture, photo captions, bylines.
FURNITURE = re.compile(r"(当前位置|当前版|版面图|索引号|发文字号|所在的位置|设为(首页|主页)|移动版|客户端|阅读请点击|点击(进入|查看)|\d+\s*(小时|分钟)前|"
                       r"(主办|承办|协办)(单位)?$|主办单位|[(（]?\S{0,8}\s*摄[)）]?$|摄影|记者\s*[\u4e00-\u9fff·]{2,4}$)")
TITLE_FIELD = re.compile(r"^(名称|标题|题目)\s*[:：]\s*(.{6,}?)(\s+文号.*)?$")


def is_furniture(line: str) -> bool:
    """A header line that is no headline: no Chinese at all (a code, "news"), markup, a
    bullet of a menu, a menu of short items, a photo caption, a byline, a sentence's end.

    >>> [is_furniture(x) for x in ["abc0011", "• 当前位置:", "海南 海口 原创 国际 国内", "古镇夜景 (王明 摄)",
    ...                            "某某网记者 张三", "网站主办单位:某县政府办公室", "某县召开春耕生产会", "工 作 报 告",
    ...                            "■ 董欣 谢文相"]]
    [True, True, True, True, True, True, False, False, True]
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
    joined = "\n".join(header)
    date = parse_date(joined) or parse_date(first_body[:40])
    m = SOURCE.search(joined)
    sources = outlets(m.group(1)) if m else []
    publisher = sources[-1] if sources else _site_name(header)
    return {"date": date, "publisher": publisher, "sources": sources}


CHANNELS = ("频道", "栏目", "专题")


def outlets(field: str) -> list[str]:
    """The outlets a source field names: "甲网-乙报" two, "甲报业·甲日报客户端" two, and a
    channel stays with its outlet ("人民网-某省频道" one: the channel is the outlet's page).

    >>> outlets("人民网-人民日报"), outlets("某报业·某日报客户端"), outlets("人民网-某省频道")
    (['人民网', '人民日报'], ['某报业', '某日报客户端'], ['人民网-某省频道'])
    """
    out: list[str] = []
    field = field.strip("[]【】()（）")              # "[来源: 某报]"
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


def _site_name(header: list[str]) -> str | None:
    """Without a source line, the site's name is the short line before the breadcrumbs."""
    for i, line in enumerate(header):
        if ">" in line and i > 0 and 2 <= len(header[i - 1]) <= 10 and not is_junk(header[i - 1]):
            return header[i - 1]
    return None


def editor_lines(lines: list[str]) -> list[str]:
    """Lines naming editors anywhere on the page (header, end marker or footer)."""
    return [line for line in lines if EDITOR.search(line)]
