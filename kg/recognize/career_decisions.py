"""Appointment and removal decisions: "任命某某为某县副县长", "免去某某的某局局长职务".

A people's congress standing committee, a government or a Party committee publishes its
decisions as one verb and a list: the verb once, then a clause for each person, joined by
，or ；, or a header line ("决定任命：", "免去下列同志的职务：") over one line a person:

    会议决定任命甲为某县副县长，乙为某县某局局长；免去丙的某县某局局长职务。
    决定任命：
    甲为某县人民政府副县长；
    乙为某县某局局长。

Each clause "NAME(同志)为CHAIN" takes the posts up, "NAME(同志)的CHAIN职务" leaves them;
the list runs on while each clause or line reads so and ends at the first that does not.
A decision gives no date of its own: the sentence's, else the article's (CPED codes an
appointment from the decision's date).  A mixin of kg.recognize.careers.CareerReader,
which gives `art`, `steps`, `_person_at`, `_chain` and `_when`.
"""
from __future__ import annotations

import re

from kg.lang.script import ITEM_NUMBER
from kg.article import Span
from kg.recognize.career_chains import after_last, chain_items
from kg.recognize.career_verbs import DECISION, STOP
from kg.recognize.career_steps import Step
from kg.recognize.career_subjects import SEX

NOMINATE = ("提名", "推荐")      # a deciding body's nomination or recommendation: the post not yet held
LEAVING = ("免去", "免职", "终止")     # 终止: a deputy's seat ended by the standing committee ("终止某某的某县人大代表资格")
# Who a decision names by a pronoun: 其 ("免去其…职务"), and in a story 他/她 ("任命他为…").
PRONOUNS = ("其", "他", "她")
# A line that only opens a list: "决定任命：", "二、免去下列同志的职务：", "任职：", "一、任命".
# An assembly's election is listed so too: "大会选举：", "会议补选：" over "某某为某县县长；"; and a
# standing committee's approval of a procuratorate's appointment ("批准：" over "某某为某县人民检察院
# 副检察长"), which takes the post up as an appointment does.
HEADER = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]\s*)?(?:会议|大会|全会)?(?:决定|批准|同意|提请)?"
                    r"(?P<verb>任命|聘任|免去|免职|任职|选举|补选|批准)(?:下列|以下)?(?:同志|人员)?的?(?:职务)?\s*[：:]?\s*$")
LINK = re.compile(r"(?:同志)?(为|的|代理|担任|出任|兼任)")
OWNED = re.compile(r"(同志)?")           # "免去某某（同志）某县县长职务": no 的
NEXT = re.compile(r"(?:等?职务|职|资格)?\s*[，,；;]\s*")


class DecisionReading:
    deciding: str | None = None          # the verb of the header a list's lines come under

    def _decisions(self, idx: int, text: str, dates: list) -> None:
        """任命/补选/选举 NAME 为 CHAIN (taken up), 免去 NAME 的 CHAIN 职务 (left), for each
        clause of the decision; a header line opens a list of such lines."""
        header = HEADER.match(text)
        if header:
            self.deciding = header.group("verb")
            return
        opened = [(m.group("verb"), m.end(), text.endswith("分别", 0, m.start()))     # ("分别任命甲、乙为…")
                  for m in DECISION.finditer(text) if not text.startswith("其", m.end())]
        if not opened and self.deciding:          # a line of the list under the header ("1.某某为…")
            number = ITEM_NUMBER.match(text)
            opened = [(self.deciding, number.end() if number else len(text) - len(text.lstrip()), False)]
        carried = None
        for verb, at, respective in opened:
            at += len(text[at:]) - len(text[at:].lstrip(" ：:"))
            cut = after_last(text, at, STOP)
            when = self._when(text, dates, cut, cut, at)
            if self._clauses(idx, text, at, verb, when, respective):
                carried = verb
        if carried is None:
            self.deciding = None                  # a line that is no clause ends the list
        elif DECISION.search(text):               # a decision's sentence goes on after a semicolon
            self.deciding = carried if text.rstrip().endswith(("；", ";")) else None
        # else: a line under the header, which goes on

    def _decided_of_him(self, idx: int, text: str, dates: list) -> None:
        """"某某任甲职，免去其乙职务": read after the sentence's steps, which name him."""
        for m in DECISION.finditer(text):
            if text.startswith("其", m.end()):
                cut = after_last(text, m.end(), STOP)
                self._clauses(idx, text, m.end(), m.group("verb"), self._when(text, dates, cut, cut, m.end()))

    def _clauses(self, idx: int, text: str, at: int, verb: str, when, respective: bool = False) -> bool:
        """The steps of the clauses from `at` on, each a name, 为/的 and a chain; whether
        one was read.  Names given their posts respectively (分别, before the verb or after
        the names) take one post each, in order, where the counts agree: "选举甲、乙分别为
        某县人大常委会主任、副主任" (甲 主任, 乙 副主任)."""
        read = False
        leaving = verb in LEAVING
        before: Span | None = None          # the clause before's first post: "…为某县委书记，乙、丙为副书记"
        while at < len(text):
            at += text.startswith("由", at) and verb == "决定"          # "决定由某某代理…"
            people, after = self._people_at(idx, text, at, leaving)
            if not people:
                return read
            each = len(people) > 1 and (respective or text.startswith("分别", after))
            after += 2 if text.startswith("分别", after) else 0
            link = LINK.match(text, after) or (OWNED.match(text, after) if leaving else None)
            items = chain_items(text, link.end()) if link else []
            if not items:
                return read
            each = each or len(people) > 1 and head_and_deputies([t for _, _, t in items], len(people))
            ends = leaving and link.group(1) != "为"
            bare = before if items[0][0] == items[0][1] - len(items[0][2]) else None
            held = [[p] for p in self._chain(idx, text, items, bare)] if each else \
                [self._chain(idx, text, items, bare) for _ in people]    # "选举甲、乙为某县人大常委会委员": each holds the chain
            if len(held) != len(people):
                return read                   # (names and posts given respectively not one to one)
            for person, posts in zip(people, held):
                posts = acting(posts) if link.group(1) == "代理" else posts
                for post in posts if verb in NOMINATE else ():
                    post["proposed"] = True       # "提名某某为某市人民政府市长候选人": nominated, not yet elected
                self.steps.append(Step(person, posts, when, ends, False, len(self.steps), ends, proposed=verb in NOMINATE))
                before = before if bare is not None else posts[0]
            read = True
            nxt = NEXT.match(text, items[-1][1])
            if nxt is None:
                return read
            at = nxt.end()
        return read

    def _people_at(self, idx: int, text: str, at: int, leaving: bool) -> tuple[list, int]:
        """The name at `at`, and the names listed after it by 、 or 和 ("甲、乙和丙为…"), each
        with a notice's note on it ("甲（女）、乙为…"); 其 (他, 她) is the person the sentence is
        about ("某某任甲职，免去其乙职务"), else the one the story spoke of last.  With where
        the names end."""
        if text.startswith(PRONOUNS, at) and not text.startswith("们", at + 1):
            named = [(text.rfind(n, 0, at), p) for n, p in self.known.items() if text.rfind(n, 0, at) >= 0]
            person = max(named, key=lambda x: x[0])[1] if named else self.focus
            if person is None and text[at] != "其":
                person = self._antecedent(idx)      # "…。2016年，镇党委任命他为…": the story's person
            return ([person] if person is not None else []), at + 1
        people, end = [], at
        while (person := self._person_at(idx, text, at, owned=leaving, listed=True)) is not None:
            people.append(person)
            at += len(person["name"])
            note = re.match(SEX, text[at:])
            at += note.end() if note else 0      # "任命某某（女）为…", "甲（女，彝族）、乙为…"
            end = at
            if text[at:at + 1] not in ("、", "和"):
                break
            at += 1
        return people, end


def acting(posts: list) -> list:
    """The head's posts a decision has someone act in, titled as the acting head
    (市长 -> 代理市长, a title of kg/data/titles.txt); other titles stay."""
    from kg.lang.words import words

    known = set(words("titles"))
    for post in posts:
        post["title"] = "代理" + post["title"] if "代理" + post["title"] in known else post["title"]
    return posts


def head_and_deputies(titles: list[str], people: int) -> bool:
    """Whether a decision's titles are one body's head and its deputies, as many as the names
    before them: no one holds both, so they are given in order, 分别 written or not ("选举甲、乙
    为某县人大常委会主任、副主任"); not a chain each name holds whole ("增补甲、乙为县委委员、常委").

    >>> head_and_deputies(["人大常委会主任", "副主任"], 2), head_and_deputies(["县委委员", "常委"], 2)
    (True, False)
    """
    return len(titles) == people and len(set(titles)) == people and len({t[-2:] for t in titles}) == 1

