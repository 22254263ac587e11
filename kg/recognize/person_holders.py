"""Lists of a post's successive holders, as county gazetteers and government sites print
them (a mixin of kg.recognize.persons.PersonFinder, which gives `art`, `posts`, `known`,
`_known_at`, `_person` and `_post`):

    某县历任县委书记：            -> the post every holder held, from the heading
    甲（1983.06—1987.09）         -> a holder and the years held: a former post
    乙（1987.09—至今）            -> held still
    某县人民政府历届县长：丙（1979—1984）、丁（1984—1990）   -> the items on the heading's line

A political scientist codes a county's leadership from such lists: each line is a holder's
tenure of the same post.  The heading's post is read as any chain is (its place and body by
the linker); the words 历任/历届 and a list's word (名录, 一览) are no part of it.
"""
from __future__ import annotations

import re

from kg.recognize import names
from kg.recognize.career_dates import find_dates
from kg.recognize.org_names import LEVEL_COMMITTEES, title_matcher
from kg.recognize.posts import Cue

# The heading: 历任 or 历届, the post's words ending with a title, at most a list's word, then
# the line's end or a colon.
HOLDERS = re.compile(r"(?:历任|历届)(?P<post>[\u4e00-\u9fff]{1,16}?)(?:名录|名单|一览表?|简表|简介)?\s*(?:[：:]\s*|$)"
                     r"|(?:先后|曾)?(?:担任|出任|任)(?P<held>[\u4e00-\u9fff]{1,16}?)的(?:有|是|分别是|依次是)\s*[：:]?\s*")
#                      (or told in prose: "先后担任某县委书记的有：甲（1984—1990）、乙（…）")
# A level's Party committee written before 历任 (LEVEL_COMMITTEES), its bare title after
# ("中共某县委历任书记"): the title is the committee's (县委书记).
BARE_TITLES = ("书记", "副书记", "常委")
# A holder's years: "（1983.06—1987.09）", "1983—1987", "(1987年9月—今)", before or after the name.
YEARS = re.compile(r"[（(]?\s*(?:19|20)\d{2}[^，,、；;。（()）\u4e00-\u9fff]{0,12}"
                   r"(?:[年月至今]{1,3}[^，,、；;。（()）\u4e00-\u9fff]{0,10}){0,4}[）)]?")
ITEM_GAP = re.compile(r"\s*[、，,；;]?\s*")


class HolderReading:
    holders: tuple | None = None     # (sentence, title start, title end) of the heading being read

    def _holders(self, idx: int, text: str) -> None:
        """A heading names the post; the items after it, on its line or on the lines after,
        name its holders with their years.  A line that is no item ends the list."""
        head = self._holders_heading(idx, text)
        if head is not None:
            self.holders = head[:3]
            self._holder_items(idx, text, head[3])
        elif self.holders is not None and not self._holder_items(idx, text, 0):
            self.holders = None

    def _holders_heading(self, idx: int, text: str) -> tuple | None:
        """(sentence, title start, title end, where the items start) of "某县历任县委书记：",
        or None."""
        for m in HOLDERS.finditer(text.rstrip()):
            group = "post" if m.group("post") is not None else "held"
            title = title_matcher().suffix(m.group(group))
            if title:
                return idx, m.end(group) - len(title), m.end(group), m.end()
        return None

    def _heading_post(self):
        """The heading's post, afresh for each holder."""
        hidx, s, e = self.holders
        text = self.art.sentences[hidx].simp
        post = self.posts.chain(hidx, text, s, e)[-1]
        joined = next((c for c in LEVEL_COMMITTEES if text.endswith(c + "历任", 0, s) or text.endswith(c + "历届", 0, s)), None)
        if joined and post["title"] in BARE_TITLES:        # the linker reads 县委书记 ending at e, 县委 before 历任
            post = self.posts.record(hidx, s - 2 - len(joined), e, joined + post["title"],
                                     cue=Cue("segment", text, post["cue"].a, e))
        return post

    def _holder_items(self, idx: int, text: str, at: int) -> bool:
        """Reads "甲（1983—1987）、乙（1987—）" from `at` to the sentence's end; whether all of
        it was items (else nothing is taken: a line of prose is no list)."""
        items, end = [], len(text.rstrip(" 。；;\n"))
        while at < end:
            before = YEARS.match(text, at)
            start = before.end() if before and before.end() > at else at
            start += len(text[start:]) - len(text[start:].lstrip())
            name = self._known_at(text, start) or names.choose(names.readings(text, start, strict=False), self.art.simp)
            if not name or not names.plausible(name, strict=False):
                return False
            after = YEARS.match(text, start + len(name))
            told = before if before and before.end() > at else after
            if told is None or told.end() == start + len(name):
                return False                 # each holder has the years held
            items.append((name, start, told.group(0)))
            at = ITEM_GAP.match(text, max(start + len(name), told.end())).end()
            if at < end and text[at - 1:at] not in "、，,；; \u3000" and at != told.end():
                return False
        for name, start, told in items:
            self._holder(idx, name, start, told)
        return bool(items)

    def _holder(self, idx: int, name: str, at: int, told: str) -> None:
        """One holder: the heading's post, from the first year told to the second; held
        still where no end is told."""
        dates = find_dates(told, self.art.year)
        if not dates:
            return
        post = self._heading_post()
        (start, start_month), (end, end_month) = dates[0].start, dates[0].end or (None, None)
        post["held"] = {"start": start, "start_month": start_month, "end": end, "end_month": end_month,
                        "former": end is not None, "temporary": False}
        self._person(name, idx, at)
        self._post(name, post)
