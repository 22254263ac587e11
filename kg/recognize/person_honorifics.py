"""A name before its title, as official news writes an official it names with respect
(a mixin of kg.recognize.persons.PersonFinder, which gives `art`, `posts`, `titles`,
`nouns`, `_person`, `_post` and `_name_before`).

    某某副主任强调…                 -> 副主任, the title alone, before what they do or say
    学习某某书记、某某书记讲话       -> 书记 of each: a list of leaders named then titled
    某县财政局某某局长介绍…          -> 局长 of 某县财政局: the body written before the name
    某镇党委某某书记主持会议         -> 书记 of 某镇党委
    县委党校某某校长作辅导           -> 校长 of the Party school

The body before the name is the post's only where its title heads a body of that kind
(局长 a 局, 校长 a 校, 书记 a Party committee or cell, 主任 a commission or an office):
"省民政厅某某主任" names a 主任 of no body the sentence names, the department's office
or centre untold.
"""
from __future__ import annotations

from kg.article import Span
from kg.recognize import names
from kg.recognize.person_proposals import SPEECH

TITLED_ACTS = ("一行", "带队", "率队", "主持", "出席", "调研", "在",
               "带领", "带着", "陪同", "来到", "深入", "走访", "察看", "看望", "慰问",     # leading, visiting
               "代表", "对")       # speaking for a body, addressing someone: "某某副厅长代表党组…", "某某书记对…的问候"
# What a leader said or wrote, passed on by a meeting ("传达学习某某书记讲话精神").
SPOKEN = ("讲话", "重要讲话", "近期讲话", "的讲话", "重要指示", "指示", "批示", "重要批示")
# What a deputy's or a chief's title opens with before the head it shares with its body.
RANKS = ("常务副", "第一副", "副", "常务", "执行", "代")
LEVELS = "省市县区旗州盟乡镇"      # the levels whose head's title is the level and 长 (县长, 镇长)
# A title's head and the endings of the bodies it heads (the names of organs, by their
# establishment notices): a 主任 heads a commission, an office or a centre; a 书记 a Party
# committee or cell; a 主席 a consultative conference or a federation.
HEADS_OF = {
    "书记": ("委", "党组", "支部", "总支"),      # 党委, 党工委, 纪委, 县委…; a Party group or branch
    "主任": ("委", "委员会", "常委会", "办", "办公室", "中心", "管委会", "站"),     # (人大常委会主任)
    "主席": ("政协", "工会", "妇联", "侨联", "文联", "科协", "残联", "工商联"),
    "校长": ("校", "中学", "小学", "大学", "学院"),
}


def level_head(title: str) -> bool:
    """Whether `title` is a level's head or deputy head, whose body is its government
    (县长, 副市长, 常务副县长, 代镇长), not any body named before it.

    >>> level_head("常务副县长"), level_head("县长"), level_head("局长"), level_head("县委书记")
    (True, True, False, False)
    """
    core = next((title[len(r):] for r in RANKS if title.startswith(r) and len(title) > len(r) + 1), title)
    return len(core) == 2 and core[1] == "长" and core[0] in LEVELS


def heads_body(title: str, body: str) -> bool:
    """Whether `title` is the head (or a deputy head) of a body named `body`.

    >>> heads_body("副局长", "某县农业农村局"), heads_body("书记", "某镇党委"), heads_body("主任", "某省民政厅")
    (True, True, False)
    >>> heads_body("校长", "某县委党校"), heads_body("所长", "某研究所"), heads_body("局长", "某县政府")
    (True, True, False)
    """
    core = next((title[len(r):] for r in RANKS if title.startswith(r) and len(title) > len(r) + 1), title)
    if level_head(title):
        return body.endswith((core[0] + "政府", core[0] + "人民政府"))      # 县长 a 县's government
    if core in HEADS_OF:
        return body.endswith(HEADS_OF[core])
    return len(core) == 2 and core.endswith("长") and body.endswith(core[0])     # 局长 a 局, 所长 a 所, 院长 a 院


class HonorificReading:
    def _named_then_titled(self, idx: int, text: str) -> None:
        """An official referred to by name then title: before what they do ("某某副主任
        强调", "某某局长一行到村调研"), or after the body the title heads, whatever follows
        ("听取了某县财政局某某局长关于…的汇报")."""
        for s, e, title in self.titles:
            if title in self.nouns:
                continue
            name, body = self._name_after_body(idx, text, s, title)
            name = name or self._name_before(idx, text, s)
            if not name or body is None and not text.startswith(SPEECH + TITLED_ACTS + SPOKEN, e) \
                    and not self._paired_after(idx, text, e):
                continue
            self._person(name, idx, s - len(name))
            if body is None:             # the title alone: the linking stage finds a level's place ("某某副县长")
                self._post(name, self.posts.segment(idx, text, s, e, title, None, how="segment"))
                continue
            read = text[:s - len(name)] + text[s:]     # the body, then its title, as the chain "某局局长" writes them
            post = self.posts.segment(idx, read, body.start, e - len(name), title, None, how="segment")
            post.start, post.end = s, e
            self._post(name, post)

    def _paired_after(self, idx: int, text: str, e: int) -> bool:
        """Whether another name then title follows the title ending at `e` after 、: a list
        of leaders each named then titled ("学习某某书记、某某书记近期讲话")."""
        if text[e:e + 1] != "、":
            return False
        return any((name := self._name_before(idx, text, s)) is not None and s - len(name) == e + 1
                   for s, _, title in self.titles if title not in self.nouns and e + 2 < s <= e + 5)

    def _name_after_body(self, idx: int, text: str, s: int, title: str) -> tuple[str | None, Span | None]:
        """A name of two or three characters between a body the recognizers read and a
        title that heads a body of its kind; the body bounds the name, whatever word its
        last character makes with the surname ("某局方某某局长": 局方 is a word too)."""
        for n in (3, 2):
            name = text[max(0, s - n):s]
            body = next((o for o in self.art.in_sentence("org", idx)
                         if o.end == s - n and o.start >= 0 and heads_body(title, o["name"])), None)
            if body is not None and names.surname_at(text, s - n) and names.plausible(name) \
                    and all("\u4e00" <= c <= "\u9fff" for c in name) and not names.NOT_GIVEN & set(name[1:]):
                #                                     (not "某局任过副局长": the verb and its 过)
                return name, body
        return None, None
