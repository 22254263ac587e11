"""Honour rolls and lists of nominees whose headline names the post ("2023年度优秀村党组织书记
名单", "优秀驻村第一书记拟推荐对象名单") and whose rows give each one's place and name set apart
as a table's columns ("某镇　某村　某某"): each name holds the headline's post at the place
of the row's last column (a mixin of kg.recognize.persons.PersonFinder, which gives `art`, `posts`, `_person`
and `_post`).  The rows write no title of their own, so no other reader sees a post there.
"""
from __future__ import annotations

import re

from kg.recognize import names, statistical
from kg.recognize.org_names import title_matcher
from kg.recognize.posts import Cue

# The headline of a roll: the post (after the honour's words), then 名单 and what kind of list.
ROLL = re.compile(r"(?P<post>[\u4e00-\u9fff]{2,16}?)(?:拟推荐|推荐|拟表彰|表彰|候选)?(?:对象|人选|人员)?名单$")
# A row's columns: set apart by spaces (a table's cells, the reader's single space between Han
# columns included).
COLUMN = re.compile(r"[^ \u3000]+")
# The unit that sends the one named, in brackets after the name ("某某（县财政局）").
SENDER = re.compile(r"[（(][^（()）]{2,20}[)）]$")


def roll_title(headline: str) -> str | None:
    """The post a roll's headline names, or None.

    >>> roll_title("2023年度优秀村党组织书记名单"), roll_title("优秀驻村第一书记拟推荐对象名单"), roll_title("获奖作品名单")
    ('党组织书记', '驻村第一书记', None)
    """
    m = ROLL.search(headline or "")
    return title_matcher().suffix(m.group("post")) if m else None


class RollReading:
    def _roll_row(self, idx: int, text: str) -> None:
        """A row of a roll: the one column that is a name holds the headline's post at the
        place the last other column names ("某镇　某村　某某", "1  某某  县财政局  某镇某村"),
        or the first, where it opens the row ("某村　某某（县财政局）")."""
        title = roll_title(self.art.title) if self.art.sentences[idx].paragraph >= 0 else None
        columns = [(m.start(), m.end()) for m in COLUMN.finditer(text)] if title else []
        if not 2 <= len(columns) <= 6:
            return
        columns = [(a, a + len(SENDER.sub("", text[a:z]))) for a, z in columns]   # "某某（某局）": the name, its unit aside
        people = [(a, z) for a, z in columns if self._roll_name(idx, text, a, z)]
        units = [c for c in columns if c not in people]
        place = next((p for p in self.art.in_sentence("place", idx) if units and p.end == units[-1][1]), None) \
            or next((p for p in self.art.in_sentence("place", idx) for u in units[:1] if p.end == u[1]
                     and columns.index(u) < columns.index(people[0] if people else u)), None)
        #         (or the first column, before the name: "某村　某某（某局）", a first secretaries' roll)
        if len(people) != 1 or place is None:
            return                    # (a last unit no place reading ends: its town is not the post's place)
        at, end = people[0]
        self._person(text[at:end], idx, at)
        self._post(text[at:end], self.posts.record(idx, place.start, place.end, title,
                                                   cue=Cue("clause", text, place.start, place.end)))

    def _roll_name(self, idx: int, text: str, a: int, z: int) -> bool:
        """Whether a column is a person's name alone: a surname and a plausible name, or the
        model's name."""
        name = text[a:z]
        if not 2 <= len(name) <= 6 or any(p.start < z and a < p.end for p in self.art.in_sentence("place", idx)):
            return False
        return bool(names.surname_at(text, a)) and names.plausible(name, strict=False) \
            or statistical.candidate_at(self.art, idx, a) == name
