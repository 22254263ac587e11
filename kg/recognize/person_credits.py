"""Who wrote, edited and photographed the piece: bylines and credits, as official news
prints them (a mixin of kg.recognize.persons.PersonFinder, which gives `art`, `posts`,
`_person`, `_post` and `_listed_after`).

    本报记者 甲 乙                      -> reporters of the paper
    某网某地9月15日电(甲 实习生 乙)     -> the wire's reporters
    责编(二审)：甲  审核(三审)：乙       -> editors, whatever the review stage
    访谈组：甲 乙 丙                    -> the interviewers
    ……。 甲/摄                          -> the photographer
"""
from __future__ import annotations

import re

from kg.lang.words import longest_first
from kg.recognize import names, statistical, tibetan_names, yi_names
from kg.read.layout import FORM_FIELD
from kg.recognize.segment import tag_of
from kg.recognize.datelines import DATELINE, outlet_of

# The press and the editorial chain of an article: bylines, editor and review lines.
CREDITS = ("特约记者", "记者", "实习记者", "实习生", "通讯员", "责任编辑", "责编", "编辑", "作者", "初审", "复审", "终审", "审核",
           "责任校对", "校对", "编审", "监制", "签发", "撰稿", "撰文", "摄影", "摄像", "采写", "访谈组", "文/图", "图/文")
# A credit's label and the title it gives ("文/图 某某": the author of text and photos).
CREDIT_TITLES = {"访谈组": "访谈组成员", "文/图": "作者", "图/文": "作者"}
PRESS_TITLES = set(CREDITS) | {"主编", "访谈组成员"}
# (作者 of 工作者, "workers", is no credit: "优秀党务工作者的决定")
BYLINE = re.compile(rf"(?:(《[^《》]{{2,12}}》\s*|[\u4e00-\u9fff]{{2,8}}[-—－][\u4e00-\u9fff]{{2,8}}?|[\u4e00-\u9fff]{{2,8}}?)(?=记者|通讯员))?({'|'.join(longest_first(list(CREDITS))).replace('作者', '(?<!工)作者')})"
                    r"(?:[(（][一二三四]审[)）])?\s*[:：|｜丨]?\s*(?:本报记者|记者)?\s*")     # "责编(二审)：某某": the review's stage;
                                                                                        # "编辑 | 某某": a page's bar;
                                                                                        # "《某某周刊》 记者": a magazine's title
# A photo's credit after the caption: "… 。 张三/摄", "李四 摄", also in the caption's
# brackets: "…。（某某社发 王五摄）"; a two-character name padded as in bylines ("王 五摄");
# spaces after 摄 where a page ran the next paragraph into the caption's line ("…。李四 摄  某县…";
# not 摄影 there, the label of the name after it: "记者 甲 乙 摄影 丙").
PHOTO_CREDIT = re.compile(r"(?:^|(?<=[\s。，,！!（(]))([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])"
                          r"\s*/?\s*(?:摄(?:影)?\s*[）)]?\s*$|摄[ \u3000]+(?=\S))")
# A two-character name padded to three characters' width in a byline or a column of names: "记者 左 京",
# one full-width space or two half-width ones (a Han character's width): "县领导  左  京  某某某".
PADDED = re.compile(r"([\u4e00-\u9fff])(?:[ \u3000]| {2})([\u4e00-\u9fff])(?=[\s)）]|$)")


# A work report's heading ends with its speaker, the post then the name alone on the line:
# "某县人民政府县长 某某", "旗人民政府代旗长 某某" (a Mongolian name may have no Han surname);
# a government's division of work labels each leader so, a colon after the name: "副市长 某某：
# 负责教育方面工作".
HEADING_NAME = re.compile(r"[ \u3000]+([\u4e00-\u9fff]{2,4})(?:\s*[)）]?\s*$|(?=[：:]))")    # (an author's note in
#                                                              brackets: "（作者系某村第一书记 某某）")


# Pronouns that open a clause after a headline's space, never a name (那 and 其 are left out:
# they open Mongolian names, 那顺, 其其格).
PRONOUNS = "他她它我你您咱这该此本"


def heading_name(text: str, end: int) -> str | None:
    """The name alone after a post title that ends at `end`, closing the line: a report's
    speaker.  Not a common noun, verb or function word ("县长 讲话"); a place's name may be
    a Mongolian person's (乌兰).

    >>> heading_name("旗人民政府代旗长 乌兰", 8), heading_name("县长 讲话", 2)
    ('乌兰', None)
    >>> heading_name("副县长 吴立新：负责农业农村方面工作", 3), heading_name("县长 讲话：", 2)
    ('吴立新', None)
    >>> heading_name("曾任四县县委书记 他被查", 8) is None
    True
    >>> heading_name("现任职务：某县委副书记 拟任职务：县长", 11) is None     # a personnel form's field
    True
    """
    m = HEADING_NAME.match(text, end)
    if m and FORM_FIELD.match(text[m.start(1):]):
        return None                  # "现任职务：某县委副书记 拟任职务：县长": the form's next field, no name
    tag = (tag_of(m.group(1)) or "x") if m else "n"
    if tag == "n" or tag[0] in "vadpcu" or m.group(1) in names.lexicon()[3] or m.group(1)[0] in PRONOUNS:
        return None                  # "…县委书记 他被查": a headline's pronoun and verb, no name
    return m.group(1)


# A credit's name that fills its slot, the next credit or the line's end right after it.
CREDIT_SLOT = re.compile(rf"([\u4e00-\u9fff]{{2,4}})(?=[ \u3000]+(?:{'|'.join(longest_first(list(CREDITS)))})|\s*$"
                         r"|[ \u3000]*/?[ \u3000]*摄[ \u3000]*[）)]?\s*$)")      # "新华社记者 某某 摄": a caption's photographer

# A name set off by spaces in a credit line: "记者 甲 乙" (the next name, or the line's end).
SPACED = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[ \u3000]|\s*$)")


def alone_in_credit(text: str, at: int) -> str | None:
    """A name with no Han surname alone in a credit's slot ("责编：某某 审核：…"), when the
    dictionary hardly knows the word (a Mongolian name written by sound, not "本报").

    >>> alone_in_credit("编辑：包某 责编：那顺 审核：梅某", 9), alone_in_credit("来源：本报", 3)
    ('那顺', None)
    >>> alone_in_credit("某某社记者 觉果 摄", 6), alone_in_credit("某某社记者 觉果摄了照片", 6)
    ('觉果', None)
    """
    m = CREDIT_SLOT.match(text, at)
    return m.group(1) if m and names.rare(m.group(1)) else None


REPORTED = re.compile(r"报道|[：:。]")         # where a lenticular dateline's credits end


def closing(text: str, at: int) -> int:
    """Where the bracket a dateline opens closes: its credits all belong to its outlet
    ("某某频道报道(甲 实习生 乙)")."""
    if text[:at].startswith("【"):              # "【某报讯】记者甲、乙报道：": up to the report's verb
        told = REPORTED.search(text, at)
        return told.start() if told else at
    ends = [i for i in (text.find(")", at), text.find("）", at)) if i >= 0]
    return min(ends) if ends else at


def _outlet(before: str | None) -> str | None:
    """The outlet written before 记者, not where the reporter is stationed ("驻某地记者": the
    dateline's outlet's, "某某讯(驻某地记者 甲)"); a magazine keeps its title marks
    ("《某某》 记者": whatever its name, an outlet), or a paper and its site joined by a dash
    ("某某日报-某某网记者", kg.link.post_bodies.press_body)."""
    return None if before is None or before.startswith("驻") else before.strip()


class CreditReading:
    def _byline_name(self, text: str, pos: int, strict: bool = False) -> tuple[str | None, int]:
        """The name at `pos` and the characters it takes: a two-character name padded to
        three characters' width ("左 京") is read whole."""
        padded = PADDED.match(text, pos)
        if padded and names.surname_at(text, pos):
            return padded.group(1) + padded.group(2), padded.end() - pos
        name = names.choose(names.readings(text, pos, strict=strict), self.art.simp)
        sound = names.transliterated(text, pos)          # "本报记者 阿尔达克": a Kazakh name by its sounds,
        name = sound if sound and len(sound) > len(name or "") else name      # longer than its Han reading
        tibetan = next((n for at, n in tibetan_names.names_in(text[pos:pos + 8], lambda _: "记者") if at == 0), None)
        name = tibetan if tibetan and len(tibetan) > len(name or "") else name      # "责编：次仁卓玛": no surname
        yi = yi_names.name_at(text, pos)
        name = yi if yi and len(yi) > len(name or "") else name                     # "记者 阿牛阿呷": a Yi clan name first
        return name, len(name or "")

    def _spaced_model_name(self, idx: int, text: str, pos: int) -> str | None:
        """A credit's name set off by spaces ("记者 某乐 某某") that the dictionary takes for
        a word but the model reads as a person, with a surname: the spaces bound it."""
        m = SPACED.match(text, pos)
        if m is None or not names.surname_at(text, pos):
            return None
        return m.group(1) if statistical.candidate_at(self.art, idx, pos) == m.group(1) else None

    def _journalist(self, name: str, idx: int, at: int) -> None:
        """A person the credits name without a post word ("某某摄", "…电(某某)"): a
        journalist, with no post the text does not write."""
        self._person(name, idx, at)
        self.known[name]["roles"].add("journalist")

    def _bylines(self, idx: int, text: str) -> None:
        datelines = [(m.start(), closing(text, m.end()), outlet_of(text, m)) for m in DATELINE.finditer(text)]
        credits = [(m.start(2), m.end(2), "记者" if "记者" in m.group(0)[len(m.group(1) or ""):] else m.group(2),
                    _outlet(m.group(1)) or next((o for a, z, o in datelines if a <= m.start(2) <= z), None), m.end())
                   for m in BYLINE.finditer(text)]
        credits += [(m.start(), m.end(), "记者" if "记者" in m.group(0) else None, outlet_of(text, m), m.end())
                    for m in DATELINE.finditer(text)]       # "某网某地9月15日电(某某)": a reporter, no post word
        for m in PHOTO_CREDIT.finditer(text):
            name = re.sub(r"[ \u3000]", "", m.group(1))     # the caption's end bounds the name: no reading needed
            if names.surname_at(name, 0) and names.plausible(name, strict=False):
                self._journalist(name, idx, m.start(1))      # "某某摄": who took the photo, no post word
        for s, e, title, outlet, pos in credits:
            title = CREDIT_TITLES.get(title, title)
            name, width = self._byline_name(text, pos)
            name = name or alone_in_credit(text, pos) or self._spaced_model_name(idx, text, pos)
            width = width or len(name or "")
            if not name:
                continue
            for person, at in [(name, pos)] + self._listed_after(idx, text, pos + width):
                if title is None:
                    self._journalist(person, idx, at)
                    continue
                self._person(person, idx, at)
                self._post(person, self.posts.press(idx, s, e, title, outlet))
