"""Paragraphs a page broke at a fixed width (a PDF's or an e-paper's text, a terminal's
copy): "…党委书记李\\n红梅、镇长…" cut a name, "油茶\\n3200亩" a figure from its measure.

A body is hard-wrapped when most of its lines run to one common width and three or more
of them stop without a sentence's end; each such line is joined to the next.  Lines of a
body that is not wrapped (paragraphs of any length, each ending a sentence, and a report's
headings among them) are left as they are.

>>> text = "县委书记到镇里调研。他强调要抓好产业。镇党委书记李红梅、镇长张国庆陪同调研。全村种植油茶3200亩。"
>>> [o for o, _ in unwrap([(text[i:i + 12], "") for i in range(0, len(text), 12)])] == [text]
True
>>> unwrap([("县委书记到镇里调研。", ""), ("镇长陪同。", "")]) == [("县委书记到镇里调研。", ""), ("镇长陪同。", "")]
True"""
from __future__ import annotations

import re
from collections import Counter

from kg.read.layout import FORM_FIELD

ENDS = tuple("。！？!?；;：:”」』）)…")
MIN_WRAPPED = 3
MIN_WIDTH = 12          # a newspaper's narrowest column
# A line of its own by its opening: a résumé's dated line ("1998.03—2003.06 某镇副镇长", "2013年
# 6月 某县副县长"; not prose a column cut before its year: "…是|2016年开始担任的"), a list's
# numbered item ("一、", "（二）", "3.").
DATED = re.compile(r"\s*(?:19|20)\d{2}(?:\s*[.年/-]\s*\d{1,2}月?)?\s*(?:[—–\-~～至到]|\s)")
ITEM = re.compile(DATED.pattern + r"|\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d))")
# A labelled field: a page's field label and its colon open the line ("编辑(一审)：某某", "来源:某某网");
# a colon elsewhere is the prose's ("其中：第一产业…", "他说：“…", "具体有以下3种情况:").
LABEL = re.compile(r"\s*[(（【\[]?(?:责任编辑|责编|编辑|初审|复审|终审|审核|责任校对|校对|编审|监制|签发|记者|通讯员"
                   r"|作者|来源|摄影|摄像|原标题|发布时间|时间|日期|电话|地址)[^:：。，]{0,6}[:：]")


# The gap between two columns of a table set out with spaces: a tab, two spaces or more, or an
# ideographic one ("某某    县委书记    某某镇"); a line holding one is a table's row, never a line
# cut at a width (kg.recognize.person_notices reads a roster's columns by it too).
COLUMN_GAP = re.compile(r"\t|[ \u3000]{2,}|\u3000")
# ...or with single spaces, three fields or more ("1 某某某 县财政局 某镇某村"): prose never sets
# Han words apart so twice in one line.
SPACED_FIELDS = re.compile(r"[\u4e00-\u9fff] +[\u4e00-\u9fff][^ ]* +[\u4e00-\u9fff]")


# A list's line that ends with the holder's name set off by a space after the post's title
# ("某县某镇某村党支部书记 某某", a commendation's or a notice's list): whole, however long.
TITLED_NAME = re.compile(r"(?:书记|主任|[长员]|委员|常委|主席|经理|董事长)[ \u3000][\u4e00-\u9fff·]{2,5}$")
# ...or that opens with the name set off by a space before the post ("某某 某省某县委书记", "某某（女）
# 某县县长": an honours list's or a roster's row).
NAME_TITLED = re.compile(r"^[\u4e00-\u9fff·]{2,5}(?:[（(]女[)）])?[ \u3000]+[^ \u3000]*(?:书记|主任|[长员]|委员|常委|主席|经理|董事长)$")


# ...or a roster's row written label first: the post, a colon, the holders ("村党支部书记：某某",
# "委员：某某、某某"): a line of its own, whatever its length.
TITLE_LABEL = re.compile(r"^\s*[\u4e00-\u9fff（）()“”]{0,16}?(?:书记|主任|[长员]|委员|常委|主席|经理|董事长)\s*[：:]"
                         r"\s*[\u4e00-\u9fff·]{2,5}(?:[、，,\s]+[\u4e00-\u9fff·]{2,5})*\s*$")


def _open(line: str, width: int) -> bool:
    """A line cut at the page's width: as long as the width (a character or two short for
    half-width signs), not ending a sentence, and no labelled field ("编辑：某某").

    >>> _open("其中：第一产业增加值62857万", 16), _open("编辑(一审)：王明琪 李玉珍 柯微", 16)
    (True, False)
    >>> _open("2016年开始担任县委书记，任职两", 16), _open("2013.06— 嘉禾县委常委、副县长", 16)
    (True, False)
    >>> _open("（2）由县委书记任副市长的3人：某", 16)      # a list's item runs on over the width
    True
    >>> _open("邓某某    县委书记    某某镇", 20)      # a table's row
    False
    >>> _open("某县某某镇某某村党支部书记 罗某某", 17)      # a list's line: its title, then the holder
    False
    >>> _open("2 某某某 县教育局 某某镇某某村", 17)      # a table's row set out with single spaces
    False
    >>> _open("王某某 某省某某县委书记", 12)      # a roster's row: the name, then the post
    False
    >>> _open("村委会委员：张某某、李某某", 13), _open("会议强调：要抓好秋粮生产", 12)    # label first; prose
    (False, True)
    """
    return abs(len(line) - width) <= 2 and not line.rstrip().endswith(ENDS) and not LABEL.match(line) \
        and not FORM_FIELD.match(line) and not DATED.match(line) and not COLUMN_GAP.search(line.strip()) \
        and not SPACED_FIELDS.search(line) \
        and not TITLED_NAME.search(line.rstrip()) and not NAME_TITLED.match(line.strip()) and not TITLE_LABEL.match(line)


def wrap_width(body: list[str]) -> int | None:
    """The width the page broke the body's lines at, or None where it is not hard-wrapped."""
    if len(body) < MIN_WRAPPED + 1:
        return None
    lines = [o for o in body if len(o) >= 10]
    width = Counter(map(len, lines)).most_common(1)
    if not width or width[0][0] < MIN_WIDTH:
        return None             # credits and captions, not a column of text
    width = width[0][0]
    at_width = sum(abs(len(o) - width) <= 2 for o in lines)
    ceiling = at_width > MIN_WRAPPED and max(map(len, body[1:])) <= width + 2     # (the first line: a headline's)
    if sum(_open(o, width) for o in body) < MIN_WRAPPED or at_width * 2 <= len(lines) and not ceiling:
        return None             # most lines of any length (half is not most: a page's nav, headline and
        #                         headings near one length, between as many paragraphs): not a page's width;
        #                         unless no line runs past it (a résumé's short lines between a column's cut
        #                         ones: the width is the page's ceiling, which running text would overrun)
    return width


def wrapped_start(lines: list[str], start: int, end: int) -> int:
    """Where a hard-wrapped body starts: the lines right before the first one read as
    running text that run to the body's width and end no sentence are its first
    paragraph's (a lede cut before its first full stop: "6月20日，某某一行|，来我县…"), not
    the header's; the first line, the headline's place, stays the header's.

    >>> lines = ["某县召开乡村振兴工作座谈会", "6月20日，省农业农村厅副厅长", "王红梅一行来我县调研乡村振兴工",
    ...          "作。县委书记李强陪同调研，县长", "张国庆主持召开了座谈会，听取各", "乡镇工作汇报。会议强调，要抓好",
    ...          "秋粮生产和冬季农田水利建设，确", "保农民增收。"]
    >>> wrapped_start(lines, 3, 8), wrapped_start(["某县召开会议"] + lines[3:], 1, 6)
    (1, 1)
    """
    width = wrap_width(lines[start:end]) or wrap_width(lines[1:end])     # (a short body: its lede too)
    while width is not None and start - 1 >= 1 and _open(lines[start - 1], width):
        start -= 1
    return start


def unwrapped(lines: list[str], simp: list[str]) -> tuple[list[str], list[str]]:
    """A page's lines as written and simplified, those it cut at a width joined, before
    the header and the body are told apart: a lede cut before its first full stop
    ("6月20日，某某一行|，来我县…") is running text only once it is whole.

    >>> text = "6月20日，省农业农村厅副厅长王红梅一行来我县调研乡村振兴工作，县委书记李强陪同调研。县长张国庆主持召开了座谈会。"
    >>> cut = ["某县召开座谈会"] + [text[i:i + 15] for i in range(0, len(text), 15)]
    >>> unwrapped(cut, cut)[0] == ["某县召开座谈会", text]
    True
    """
    pairs = unwrap(list(zip(lines, simp)))
    return [o for o, _ in pairs], [s for _, s in pairs]


def unwrap(body: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The body's (original, simplified) paragraphs with hard-wrapped lines joined."""
    width = wrap_width([o for o, _ in body])
    if width is None:
        return body
    out: list[tuple[str, str]] = []
    carry: tuple[str, str] | None = None
    for orig, simp in body:
        line_open = _open(orig, width)
        if carry is not None and ITEM.match(orig):
            out.append(carry)                 # the next line opens an item: the one before was whole
            carry = None
        if carry is not None:
            orig, simp = carry[0] + orig, carry[1] + simp
        carry = (orig, simp) if line_open else None
        if carry is None:
            out.append((orig, simp))
    if carry is not None:
        out.append(carry)
    return out
