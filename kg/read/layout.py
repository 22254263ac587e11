"""Where a scraped news page's body starts and ends, and what its header says.

A news page is header (site name, navigation, headline, date and source line), body
(paragraphs, byline, dateline), then an end marker (editor line, print-edition line)
and footer junk (teasers, copyright notices, ICP numbers, place-name link lists).
Lines are classified on the simplified copy; the cut keeps the original lines.  What the
header and footer say (headline, date, source, editors) is read by kg.read.header; the
lines are mended first (kg.read.mend).
"""
from __future__ import annotations

import re


DATE = re.compile(r"(20\d{2}|19\d{2})\s*[-年/.]\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*[-月/.]\s*(\d{1,2}|(?:[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日))")
SOURCE = re.compile(r"来源\s*[:：]\s*([^\s|]+?)(?=\s|$|编辑|责编|作者|点击|\||(?:19|20)\d{2}[-./年])")    # (a date glued after it)
# A source line closing the body: "(新闻来源:某县融媒体中心 转载:某某)", "来源：某县政府网".
SOURCE_LINE = re.compile(r"\s*[(（【\[]?\s*(?:新闻|信息|稿件|文章|内容)?来源\s*[:：]")
# An editor's or reviewer's line (the review chain 初审/复审/终审 follows 责任编辑 under the text).
EDITOR = re.compile(r"(责任编辑|责编|编辑|初审|复审|终审|审核|责任校对|校对|编审|监制|签发)\s*[:：]\s*([\u4e00-\u9fff·]{2,4})")
NAV = re.compile(r"(首页|正文|网站地图|手机版|搜索|登录|注册|微博|评论|图集|关注|Qzone|分享)"
                 r"|^\s*(?:返回|顶部|返回顶部|回到顶部|返回列表)\s*$")      # a "back to top" link, whole or in two lines
# Footer lines.  Strong marks end a page wherever they stand; weak ones (contact lines,
# statements, comment and "load more" widgets, site statistics) also occur in news text,
# so they count only on short lines.
FOOTER_STRONG = re.compile(r"(ICP|备\d+号|Copyright|copyright|©|版权所有|版权声明|免责声明|未经.{0,12}授权.{0,12}不得)")
FOOTER_WEAK = re.compile(
    r"(版权|声明|主\s*办\s*[:：]|承\s*办\s*[:：]|联系地址|联系电话|电子邮件|邮编|^关闭$|^标签\s*[:：]|相关新闻|相关阅读|"
    r"载入更多|新闻评论|浏览器|分辨率|站长统计|^\+1$|^《\s*\S+\s*》\s*[(（].*版\s*[)）]$|打印本页|关闭窗口|"
    r"^上一篇|^下一篇|^相关链接|^友情链接)"
)


class _Footer:
    """FOOTER.search(line): a strong mark anywhere, a weak one on a short line.  A print
    edition's page letter-spaces its footer ("某 某 日 报 社 版 权 所 有"), so a strong mark
    is also looked for with the spaces taken out.

    >>> bool(FOOTER.search("某 某 日 报 社 版 权 所 有")), bool(FOOTER.search("版面所有稿件由本报记者采写"))
    (True, False)
    """
    @staticmethod
    def search(line: str):
        return (FOOTER_STRONG.search(line) or (len(line) <= 40 and FOOTER_WEAK.search(line))
                or (" " in line and FOOTER_STRONG.search(re.sub(r"\s+", "", line))))


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

    A decision's verb alone opens its list too, short as it is ("任命：", "二、免去：").

    >>> is_item("任命某某为市统计局局长；"), is_item("市政府决定："), is_item("当前位置："), is_item("拟任职务：某镇镇长")
    (True, True, False, True)
    >>> is_item("任命："), is_item("二、免去："), is_item("分享：")
    (True, True, False)
    """
    return (len(line) >= 6 and bool(re.search(r"[；;：:]$", line)) or FORM_FIELD.match(line) is not None
            or LIST_VERB.fullmatch(line) is not None) and not is_junk(line) and not is_meta(line)


# The verb that opens a notice's list of appointments or removals, on a line of its own
# ("任命：", "免去：", "一、聘任：", "决定免职："): a closed class, the deciding verbs.
LIST_VERB = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:决定)?(?:任命|免去|任职|免职|聘任|解聘|选举|补选|批准)\s*[：:]\s*")


# The fields of a personnel form that a pre-appointment notice copies out line by line
# ("姓名：某某  性别：男", "现任职务：某镇党委副书记", "拟任职务：某镇镇长"), or a government
# site's page of its leaders ("职务：某市副市长", "工作分工：负责…"): a closed class.
FORM_FIELD = re.compile(r"^\s*(?:姓\s*名|性\s*别|民\s*族|籍\s*贯|出生年月|出生日期|学\s*历|学\s*位|政治面貌|现任职务|拟任职务|"
                        r"现职务|拟任|现\s*任|现职|职\s*务|工作分工|分管工作|工作单位|参加工作时间|入党时间)\s*[：:]")


# A page's text-size switch ("字号：大 中 小", "字体:【大 中 小】"): furniture wherever it stands.
SIZE_SWITCH = re.compile(r"^\s*(?:字体|字号)\s*[:：]?\s*[【\[]?\s*[大中小T]\s*[大中小T]?\s*[大中小T]?\s*[】\]]?\s*$")
# A page's number where a document printed to PDF is read as text: the official documents'
# format (GB/T 9704-2012, 党政机关公文格式) sets it between dashes, "— 3 —"; a viewer's
# "第3页 共5页" or "3/5".
PAGE_NUMBER = re.compile(r"^\s*(?:[—－\-–]{1,2}\s*\d{1,3}\s*[—－\-–]{1,2}|第\s*\d{1,3}\s*页(?:\s*[/，,、]?\s*共\s*\d{1,3}\s*页)?"
                         r"|\d{1,3}\s*/\s*\d{1,3})\s*$")


def is_junk(line: str) -> bool:
    breadcrumb = line.count(">") >= 2 and len(line) < 80 and not SENTENCE_END.search(line)
    return (bool(FOOTER.search(line)) or is_link_list(line) or breadcrumb
            or (len(line) <= 12 and bool(NAV.search(line))) or SIZE_SWITCH.match(line) is not None
            or PAGE_NUMBER.match(line) is not None)


def is_meta(line: str) -> bool:
    return bool(SOURCE.search(line)) or bool(DATE.search(line)) and not dated_sentence(line) \
        or line.startswith(("作者", "发布时间", "时间"))


def dated_sentence(line: str) -> bool:
    """A line of the body that holds a date, not a page's date field: it ends as a sentence
    or a notice's opening does, among a dozen characters of its own, and its date is
    written into the words (after a word: "于2021年…", or opening the line before a comma).

    >>> dated_sentence("2021年5月6日，某县召开第三次常务会议。"), dated_sentence("某县人大常委会于2021年5月6日决定：")
    (True, True)
    >>> dated_sentence("发布日期：2021年5月6日。"), dated_sentence("某某网 2021-05-06  某某新闻  [复制链接]  字体:")
    (False, False)
    """
    date = DATE.search(line)
    if date is None or re.search(r"[。！？!?；;：:]\s*$", line) is None \
            or len(re.findall(r"[\u4e00-\u9fff]", DATE.sub("", line))) < 8:
        return False
    before = line[:date.start()]
    if not before.strip():
        return re.match(r"日?(?:上午|下午|晚上|晚)?[，,]", line[date.end():]) is not None
    return "\u4e00" <= before[-1] <= "\u9fff" and re.search(r"(?:日期|时间)$", before) is None


# The marks that open the heading of an article's section ("■ 某镇党委书记 某某", "◆某村：…"):
# a page's own header never opens so; but a mark before names alone is the reporters' byline
# ("■ 董 欣 谢某某", as Hainan's papers set it): a heading has words longer than a name.
SECTION_MARK = re.compile(r"^\s*[■●◆▲★◇□▶►]\s*(?=.*[\u4e00-\u9fff]{5})[\u4e00-\u9fff]")


# A line of a government page of its leaders: the posts, a colon, the name ("县委副书记、县长：某某"),
# or the name, a space, the posts and a note on them ("某某某 副县长（挂职）"); and a press
# conference's roster under its headline, a role's label, the posts, a space, the name
# ("发布人：县人民政府副县长 某某", "县农业农村局局长 某某", "主持人：县委宣传部副部长 某某").
POSTS = r"[\u4e00-\u9fff、]{1,24}(?:长|书记|主任|主席|委员|常委|部长|秘书长)"
TITLED = re.compile(rf"^\s*(?:{POSTS}\s*[：:]\s*[\u4e00-\u9fff·]{{2,8}}"
                    rf"|[\u4e00-\u9fff·]{{2,8}}[ \u3000\t]+{POSTS}(?:[（(][\u4e00-\u9fff]{{1,6}}[)）])?"
                    rf"|(?:[\u4e00-\u9fff]{{2,4}}[：:]\s*)?{POSTS}[ \u3000\t]+[\u4e00-\u9fff·]{{2,8}})\s*$")


def titled_line(lines: list[str], i: int) -> bool:
    """Whether line i is a leader's line of such a page, or the short line of duties right
    under one ("主持县委全面工作。").

    >>> titled_line(["县委副书记、县长：某某某", "主持县政府全面工作。"], 1), titled_line(["编辑：某某"], 0)
    (True, False)
    >>> titled_line(["发布人：县人民政府副县长 某某某"], 0), titled_line(["县农业农村局局长 某某某"], 0)
    (True, True)
    """
    if TITLED.match(lines[i]):
        return True
    return i > 0 and TITLED.match(lines[i - 1]) is not None and bool(re.search(r"[。；;]$", lines[i])) and not is_junk(lines[i])


def listed_under(lines: list[str], i: int) -> bool:
    """Whether line i is a label and its list right under a short first paragraph: the
    attendees a meeting's lede is followed by ("出席会议的县领导有：甲 乙 丙"), which ends no
    sentence, but is the body's as the paragraph over it is.

    >>> listed_under(["某县召开会议", "3月3日，某县召开安全生产会议。", "出席会议的县领导有：甲某 乙某 丙某"], 2)
    True
    >>> listed_under(["某县召开会议", "出席会议的县领导有：甲某 乙某 丙某"], 1), listed_under(["标题", "3月3日，某县召开会议。", "分享到："], 2)
    (False, False)
    """
    line = lines[i]
    return i >= 2 and is_sentence(lines[i - 1]) and re.search(r"[：:]\s*\S", line) is not None \
        and not is_junk(line) and not is_meta(line)


# A row of a list laid out in cells parted by spaces, none a sentence: "某某村　某某某（某局）".
ROW = re.compile(r"\s*[^\s。！？!?；;：:]{1,24}(?:\s+[^\s。！？!?；;：:]{1,24}){1,5}\s*")


def row_under_lede(lines: list[str], i: int) -> bool:
    """Whether line i is a row of a list whose rows run up to a lede that announces them
    ("现将名单公布如下：" over "某某村　某某某（某局）" lines): the notice's own content, not
    a menu (a page's menu has no such lede over it).

    >>> row_under_lede(["名单", "现将名单公布如下：", "甲村　某某某（某局）", "乙村　某某（某局）"], 3)
    True
    >>> row_under_lede(["名单", "首页 新闻 政务", "乙村　某某（某局）"], 2)
    False
    """
    k = i
    while k >= 1 and ROW.fullmatch(lines[k]) and not is_junk(lines[k]) and not is_meta(lines[k]):
        k -= 1
    return k < i and k >= 1 and is_item(lines[k]) and bool(re.search(r"[：:]\s*$", lines[k]))


def find_body(lines: list[str]) -> tuple[int, int]:
    """Index of the first body line and one past the last.

    The body starts after the date/source line of the header when the page has one near
    the top, else at the first line of running text.  It ends at an end mark, or at a
    footer or link list met after running text: the same line above the first paragraph
    (a copyright notice a scraper put first) is junk that costs only itself.
    """
    first_par = next((i for i, line in enumerate(lines) if is_paragraph(line) and not is_junk(line)), None)
    if first_par is None:            # a brief of one short sentence: its first line that ends one
        first_par = next((i for i, line in enumerate(lines) if len(line) >= 10 and re.search(r"[。！？!?]|”\s*$", line)
                          and not is_junk(line)), None)     # (a quote ends one only at the line's end: not a
        #                                                      headline's "某村“两委”成员公示")
    if first_par is None:            # a list with no sentence at all ("…名单", a table's rows): its
        top = [i for i in range(min(len(lines), 4)) if is_meta(lines[i])]     # header's date line, near the top
        first_par = top[-1] + 1 if top else int(len(lines) > 1 and len(lines[0]) >= 6 and not is_item(lines[0])
                                                        and not titled_line(lines, 0))
        #   (else its first line, where that is no row of the list itself: the headline, "某村“两委”成员公示")
    metas = [i for i in range(min(first_par, 15)) if is_meta(lines[i])]
    start = metas[-1] + 1 if metas else first_par
    while start - 1 >= (metas[-1] + 1 if metas else 1) and (is_sentence(lines[start - 1]) or is_item(lines[start - 1])
                                                           or SECTION_MARK.match(lines[start - 1]) is not None
                                                           or titled_line(lines, start - 1)
                                                           or listed_under(lines, start - 1)
                                                           or row_under_lede(lines, start - 1)):
        start -= 1                   # "3月3日，县政府召开常务会议。": a short first paragraph, a notice's items,
        #                              a section's heading ("■ 某镇党委书记 某某": whose words follow), a leaders'
        #                              page's "县长：某某" and the duties under it
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
# (the month and day as the reading copy has them: Arabic, or Chinese where digits would change
# the line's length: "2018年1月十二日", "2018年十月二十一日"; kg.read.clean.arabic_dates)
CN_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
OCCASION = re.compile(rf"^\s*[—－\-]{{1,2}}\s*(?:\d{{4}}年{CN_DAY}月{CN_DAY}日\s*)?在[\u4e00-\u9fff\d（）()]{{2,60}}\s*$")


def speech_opening(lines: list[str], start: int) -> int:
    """Where a report's body really starts: its occasion line and the speaker's line under
    it (a government work report's "——在某县…会议上", "县长 某某", "(2020年1月6日)") are
    the report's first words, though their date makes them look like the page's header.

    >>> speech_opening(["政府工作报告", "——2020年1月6日在某县第十七届人民代表大会第四次会议上", "县长 某某", "各位代表："], 3)
    1
    >>> speech_opening(["某县召开会议", "2020年1月6日 来源：某县新闻网", "各位代表："], 2)
    2
    >>> speech_opening(["政府工作报告", "——2018年1月二十一日在某县第十七届人民代表大会第二次会议上", "县长 某某", "各位代表："], 3)
    1
    """
    for i in range(max(0, start - 4), start):
        if OCCASION.match(lines[i]):
            return i
    return start
