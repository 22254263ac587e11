"""Leaving a post told without the post: stepping down and succession ("某市委书记甲日前卸任，
由乙接任"), a move from the post that introduced the person ("甲县县长某某调任…"), a
retirement, a recall or a dismissal ("…，并被召回").

The post left is the one that introduced the person, right before the name; a successor
takes it up.  A mixin of kg.recognize.careers.CareerReader, which gives `art`, `posts`,
`steps`, `known`, `_subject` and `_when`.
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.recognize.career_chains import after_last
from kg.recognize.career_verbs import STOP
from kg.recognize.career_dates import When
from kg.recognize.career_steps import Step

# Verbs of stepping down that need no post after them: the post is the one the subject was
# introduced by ("某市委书记某某卸任", "…某某离任").
STEPPED_DOWN = ("卸任", "离任")
# A retirement, dated: it ends the posts of the person's last dated step.
RETIRED = re.compile(r"(?:光荣|正式)?(?:退休|离休|退居二线|主动让贤)")
# (退居二线: left a leading post for a non-leading one; 主动让贤: stood down for a successor, as
# a village secretary does at an election, "2021年换届时，他主动让贤")
# The post a relative clause says one retired from: "从某县政协主席岗位上退休的某某", "在某局局长任上退休的".
RETIRED_FROM = re.compile(r"[从在][^，,。；;]{2,30}(?:岗位上|任上|职位上)(?:光荣|正式)?$")
# A successor named after the one succeeded, the post left unsaid: "接任他的是（时任某县县长的）某某".
SUCCESSOR = re.compile(r"接(?:任|替)(?P<who>他|她|[\u4e00-\u9fff·]{2,8}?)(?:同志)?的(?:是|为)(?:时任[^，,。；;]{2,24}?的)?")
# A discipline notice's removal of people named before it, with no post after the verb:
# "…，某某、某某均受到党内警告处分，并被召回" (a stationed cadre called back), "…，并被免职".
RECALLED = re.compile(r"(?:并|均|已|随即|同时)?被(?:召回|免职|撤职|撤销党内外职务|调离(?:原|工作)?岗位|停职检查)")
# The clause ends right after the verb: nothing is said of the post.
UNSAID = re.compile(r"\s*(?:[。；;，,]|$)")
# A removal whose post is only "职务" ("副县长某某被免去职务"): the post that introduced the person.
REMOVED = ("被免去", "免去")
BARE_OFFICE = re.compile(r"(?:其|所任|一切)?职务\s*(?:[。；;，,]|$)")


class SuccessionReading:
    def _stepped_down(self, idx: int, text: str, s: int, e: int, last: int, dates: list) -> None:
        """"某市委书记某某日前卸任", "副县长某某被免去职务": a verb of stepping down or a removal
        with no post after it ends the post that introduced the subject right before the name,
        at the sentence's date, else the article's."""
        if not (text[s:e] in STEPPED_DOWN and UNSAID.match(text, e) or text[s:e] in REMOVED and BARE_OFFICE.match(text, e)):
            return
        cut = after_last(text, s, STOP, last)
        clause = after_last(text, s, "，,", cut)
        person = self._subject(idx, text, clause, s, cut)
        name_at = text.rfind(person["name"], clause, s) if person is not None else -1
        if name_at < 0:
            return
        when = self._when(text, dates, cut, clause, s)
        self._moved_from(idx, text, person, name_at, when, titled=True)
        for post in self.art.in_sentence("post", idx):
            if post.get("person") is person and post.get("former") and not post.get("end") and self.art.year:
                post["end"] = self.art.year           # (the news of it: "日前", "近日")

    def _succeeded_unsaid(self, idx: int, text: str, s: int, e: int, last: int, dates: list) -> None:
        """"某市委书记甲卸任，由乙接任": a successor's verb with no post after it takes up the
        post another person of the sentence left, from the sentence's date (else the news's)."""
        if text[s:e] != "接任" or not UNSAID.match(text, e):
            return
        cut = after_last(text, s, STOP, last)
        clause = after_last(text, s, "，,", cut)
        person = self._subject(idx, text, clause, s, cut)
        left = [p for p in self.art.in_sentence("post", idx) if p.get("former") and p.get("person") is not None
                and person is not None and p["person"] is not person and p.end <= s]
        if left:
            taken = self.posts.copy(left[-1])
            taken["former"] = False
            self.steps.append(Step(person, [taken], self._when(text, dates, cut, clause, s), False, False, len(self.steps)))

    def _recalled(self, idx: int, text: str, dates: list) -> None:
        """"2018年2月，甲、乙均受到警告处分，并被召回": the posts the article gave the people
        its sentence names before the verb end then (at the article's year with no date),
        former: a removal no post follows."""
        for m in RECALLED.finditer(text):
            cut = after_last(text, m.start(), STOP)
            named = {n: p for n, p in self.known.items() if n in text[cut:m.start()]}
            people = [p for n, p in named.items() if not any(n != o and n in o for o in named)]   # (王伟 inside 王伟民: one)
            when = self._when(text, dates, cut, cut, m.start())
            for post in self.art.of("post"):
                if post.get("person") in people and post.sent <= idx and not post.get("end"):
                    post["former"] = True
                    post["end"], post["end_month"] = when.start if when is not None else (self.art.year, None)

    def _retired(self, idx: int, text: str, dates: list[When]) -> None:
        """"…1998年任某省政协副主席，2003年退休": a dated retirement of the person the
        clause is about ends the posts of their last dated step (kg.recognize.career_steps)."""
        for m in RETIRED.finditer(text):
            cut = after_last(text, m.start(), STOP)
            clause = after_last(text, m.start(), "，,", cut)
            when = self._when(text, dates, cut, clause, m.start())
            if self._retired_from(idx, text, m, clause, when):
                continue
            person = self._subject(idx, text, clause, m.start(), cut) if when is not None else None
            if person is not None:
                self.steps.append(Step(person, [], when, False, False, len(self.steps), retires=True))

    def _successor_named(self, text: str) -> None:
        """"2005年至2014年，甲任某县委书记。接任他的是时任某县县长的乙": 乙 takes up the last post
        of the step that ended, from its end (the post is the one a range of years closed)."""
        for m in SUCCESSOR.finditer(text):
            who = m.group("who")
            before = self.focus if who in ("他", "她") else self.known.get(who)
            after = next((p for n, p in sorted(self.known.items(), key=lambda kv: -len(kv[0]))
                          if text.startswith(n, m.end())), None)
            ended = next((s for s in reversed(self.steps) if s.person is before and s.posts and s.when is not None
                          and s.when.end), None)
            if before is None or after is None or after is before or ended is None:
                continue
            taken = self.posts.copy(ended.posts[-1])
            taken["former"] = False
            self.steps.append(Step(after, [taken], When(m.start(), m.end(), ended.when.end), False, False, len(self.steps)))

    def _retired_from(self, idx: int, text: str, m: re.Match, clause: int, when: When | None) -> bool:
        """"今年初，从某县政协主席岗位上退休的某某，…": the post the clause names before the
        verb is the one retired from, by the person the 的 leads to; it ends at the date.
        Whether the words were read so."""
        if not text.startswith("的", m.end()) or not RETIRED_FROM.search(text, clause, m.start()):
            return False
        person = next((p for n, p in self.known.items() if text.startswith(n, m.end() + 1)), None)
        posts = [p for p in self.art.in_sentence("post", idx) if clause <= p.start and p.end <= m.start()]
        for post in posts if person is not None else ():
            post["person"], post["former"] = person, True
            if when is not None and not post.get("end"):
                post["end"], post["end_month"] = when.start
        return person is not None and bool(posts)

    def _moved_from(self, idx: int, text: str, person: Span, name_at: int, when: When | None,
                    titled: bool = False) -> None:
        """"甲县县长某某2019年调任乙市副市长", "甲县县委书记为某某，2019年升任…": the title
        that introduced the person earlier in the sentence is the post they leave, former,
        and ended at the move's date where the sentence gives one.  Where the verb's clause
        does not name the person (`titled`), only a title written right before the name
        (or before 为) is theirs: "接任已当选为某职的某某，出任…" describes the one succeeded."""
        for post in self.art.in_sentence("post", idx):
            if titled and text[post.end:name_at] not in ("", "为"):
                continue
            if post.get("person") is person and post.end <= name_at and not post.get("start"):
                post["former"] = True
                if when is not None and not post.get("end"):
                    post["end"], post["end_month"] = when.start
                elif when is None:
                    post["left_by_move"] = True     # ended when the move is dated (kg.recognize.career_steps)
