"""Posts given to a list of names "respectively" (分别): "甲、乙分别任某县县长、某县县长"
gives the first post to the first name and the second to the second.  Official news
writes appointments and moves of several officials this way, the names in the sentence
or in the list that closes the sentence before ("…的两人：甲、乙。本次任命前分别任…").
A mixin of kg.recognize.careers.CareerReader, which gives `art`, `known`, `steps`,
`_chain` and `_when`.

The posts are read only when the chain has as many items as there are names; a shared
place written once before a list of short names ("分别任甲、乙两县县委书记") is left
unread (its items are no full posts).
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.recognize.career_chains import PAST_MARKS, chain_items
from kg.recognize.career_steps import Step

RESPECTIVELY = re.compile(r"分别(?:担任|出任|调任|任|为)")
NAME_JOINS = ("、", "和", "与", "及")


class RespectiveReading:
    def _respectively(self, idx: int, text: str, dates: list) -> None:
        for m in RESPECTIVELY.finditer(text):
            people = self._names_before(text, m.start()) or self.listed
            items = chain_items(text, m.end())
            if len(people) < 2 or len(items) != len(people):
                continue
            posts = self._chain(idx, text, items)
            when = self._when(text, dates, 0, 0, m.start())
            past = any(w in text[:m.start()] for w in PAST_MARKS + ("前",))
            for person, post in zip(people, posts):
                self.steps.append(Step(person, [post], when, past, False, len(self.steps)))
        self.listed = self._names_before(text.rstrip("。；; \n"), len(text.rstrip("。；; \n")))

    def _names_before(self, text: str, end: int) -> list[Span]:
        """The known names joined by 、 (或 和/与/及) that end right before `end`, after
        whatever short words stand between ("在同一天", "本次任命前")."""
        out: list[Span] = []
        pos = end
        ordered = sorted(self.known.items(), key=lambda kv: -len(kv[0]))
        gap = re.search(r"[\u4e00-\u9fff]{0,8}$", text[:pos])
        for start in range(gap.start() if gap else pos, pos + 1):
            hit = next((p for n, p in ordered if text.endswith(n, 0, start)), None)
            if hit is not None:
                pos = start
                break
        else:
            return []
        while True:
            hit = next(((n, p) for n, p in ordered if text.endswith(n, 0, pos)), None)
            if hit is None:
                break
            out.insert(0, hit[1])
            pos -= len(hit[0])
            join = next((j for j in NAME_JOINS if text.endswith(j, 0, pos)), None)
            if join is None:
                break
            pos -= len(join)
        return out
