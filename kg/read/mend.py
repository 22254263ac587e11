"""The lines of a page mended before its body is found: a line of running text that also
holds the page's furniture cut at its sentence ends, a personnel form's row cut into its
fields, and a credit's or a list's label alone on its line joined to the names under it.
kg.read.layout then classifies the mended lines.
"""
from __future__ import annotations

import re

from kg.lang.script import plain_simplified
from kg.read.layout import FORM_FIELD, is_junk, is_paragraph


def split_glued(lines: list[str]) -> list[str]:
    """A long line of running text that also holds a page's furniture (a table cell a scraper
    filled with the navigation, the story and the disclaimer on one line) cut at its sentence
    ends, so that the furniture is dropped and the story kept; other lines as they are.

    >>> line = "首页| 新闻| 视频| 图片| 专题。" + "县委书记到镇里调研春耕生产，要求抓好落实。" * 8 + "免责声明：本文系转载，版权归原作者所有。"
    >>> pieces = split_glued([line])
    >>> len(pieces), pieces[-1][:4]
    (10, '免责声明')
    >>> split_glued(["县委书记到镇里调研春耕生产，要求抓好落实。" * 12]) == ["县委书记到镇里调研春耕生产，要求抓好落实。" * 12]
    True
    >>> len(split_glued(["縣委書記到鎮裏調研春耕生產，要求抓好落實。" * 8 + "版權所有：某某縣人民政府。"]))     # traditional
    9
    """
    out: list[str] = []
    for line in lines:
        if len(line) >= 80 and is_paragraph(line) and is_junk(plain_simplified(line)):     # (the page's script)
            out += [piece for piece in GLUED_END.split(line) if piece]
        else:
            out.append(line)
    return out


GLUED_END = re.compile(r"(?<=[。！？!?])(?![”’」』）)])")


def split_form_fields(lines: list[str]) -> list[str]:
    """A personnel form's row that holds several fields set apart by spaces ("姓名：某某　性别：男
    现任职务：某县委副书记　拟任职务：县长候选人"), a field a line, as a form copied out line by
    line reads; other lines as they are.

    >>> split_form_fields(["姓名：王某某　性别：男　出生年月：1979.05现任职务：某县委副书记", "会议强调：要抓落实。"])
    ['姓名：王某某', '性别：男', '出生年月：1979.05', '现任职务：某县委副书记', '会议强调：要抓落实。']
    """
    out: list[str] = []
    for line in lines:
        out += [f for f in FIELD_GAP.split(line) if f] if FORM_FIELD.match(line) else [line]
    return out


# The gap before a form's next field ("…男　出生年月：…"): spaces, then a field's label and colon
# (none left after a figure: "出生年月：1976.08现任职务：…", the cleaning drops a space between
# a digit and a Han character).
FIELD_GAP = re.compile(r"(?:[ \u3000\t]+|(?<=[0-9A-Za-z.]))(?=" + FORM_FIELD.pattern[len(r"^\s*"):] + ")")


# A credit's label on a line of its own and the name on the next ("编辑:" / "某某"), as
# some sites lay out their credits: one line, so the name is read with its label.
LABEL_ALONE = re.compile(r"\s*(?:责任编辑|责编|编辑|初审|复审|终审|审核|校对|作者|记者|通讯员|摄影)\s*[:：]\s*")
NAME_ALONE = re.compile(r"\s*[\u4e00-\u9fff·]{2,4}\s*")


# A list's label alone on its line, and the names under it: "出席会议的县领导有：" /
# "甲某　乙某某　丙某" (short words parted by spaces or 、, no sentence).
LIST_LABEL_ALONE = re.compile(r"\s*[^：:。！？!?\s]{4,30}[：:]\s*")
NAMES_ALONE = re.compile(r"\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})+\s*")


def join_credit_labels(lines: list[str], simp: list[str]) -> tuple[list[str], list[str]]:
    """The lines (as written, and simplified), each credit label standing alone joined to
    the name under it, and each list's label to the names under it; the label is looked
    for in the simplified copy ("編輯:" is 编辑).

    >>> join_credit_labels(["編輯:", "曹某某", "關鍵詞:"], ["编辑:", "曹某某", "关键词:"])
    (['編輯:曹某某', '關鍵詞:'], ['编辑:曹某某', '关键词:'])
    >>> join_credit_labels(["出席的县领导有：", "甲某　乙某某"], ["出席的县领导有：", "甲某　乙某某"])[1]
    ['出席的县领导有：甲某　乙某某']
    """
    out: list[str] = []
    out_simp: list[str] = []
    for line, easy in zip(lines, simp):
        if out_simp and (LABEL_ALONE.fullmatch(out_simp[-1]) and NAME_ALONE.fullmatch(easy)
                         or LIST_LABEL_ALONE.fullmatch(out_simp[-1]) and NAMES_ALONE.fullmatch(easy)):
            out[-1], out_simp[-1] = out[-1].rstrip() + line.strip(), out_simp[-1].rstrip() + easy.strip()
        else:
            out.append(line)
            out_simp.append(easy)
    return out, out_simp
