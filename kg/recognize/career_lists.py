"""Posts given to a list of names "respectively" (分别): "甲、乙分别任某县县长、某县县长"
gives the first post to the first name and the second to the second.  Official news
writes appointments and moves of several officials this way, the names in the sentence
or in the list that closes the sentence before ("…的两人：甲、乙。本次任命前分别任…").
A mixin of kg.recognize.careers.CareerReader, which gives `art`, `known`, `steps`,
`_chain` and `_when`.

The posts are read only when the chain has as many items as there are names, or when a
list of places closed by its count and level shares one title ("分别任甲、乙两县县委书记":
甲县委书记, 乙县委书记; kg.recognize.place_lists).

And a résumé's list of posts that semicolons part into sentences ("历任甲县副县长（…）；乙县
县长（…）；丙县县委书记（…）。"): each sentence that is only posts goes on with the step before.
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.recognize import names
from kg.recognize.career_chains import chain_items
from kg.recognize.career_verbs import PAST_MARKS
from kg.recognize.career_dates import bracketed_years
from kg.recognize.career_steps import Step
from kg.recognize.org_names import title_matcher
from kg.recognize.place_lists import listed_places, own_title
from kg.recognize.posts import Cue

RESPECTIVELY = re.compile(r"分别(?:(?P<left>从|由)|担任|出任|调任|当选为|当选|成为|被(?:任命|选举|提名|选)为|任|为)")
# The passive, the posts first: "某县县委书记、县长分别由甲、乙担任" (each name, in order, holds
# the post in that place of the chain).
HELD_BY = re.compile(r"分别由(?P<names>[\u4e00-\u9fff、和与及]{4,40}?)(?:担任|出任|兼任)")
MOVED_TO = re.compile(r"(?:调任|转任|提任|升任|改任|任)为?")
NAME_JOINS = ("、", "和", "与", "及")
GROUP_JOINS = ("和", "以及", "，", ",")      # between the groups of posts of several names
# The people just listed, taken up again before a second 分别: "二人", "两人", "他们".
GROUP_BEFORE = re.compile(r"(?:二人|两人|三人|他们|她们|上述同志|以上同志)(?:此前|之前|曾|均|都|也)?$")
AGED = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的$")
# What may close a sentence that is only a list's posts: the years held in brackets, 等职.
LIST_REST = re.compile(r"\s*(?:[（(][^（）()]{0,40}[)）])?\s*(?:等职务?|职务)?\s*[；;。]?\s*$")


class ListGoesOn:
    def _list_goes_on(self, idx: int, text: str, joined: bool) -> None:
        """A sentence of posts only, after one that a semicolon closed and whose step named
        posts: "历任某县副县长（2006.03—2011.09）；|某市委副书记、市长（2011.09—2016.08）；"
        — the same person's posts, past or not as that step's, each dated by its brackets."""
        last = self.steps[-1] if self.steps else None
        if not joined or last is None or last.proposed or last.ends or not last.posts or last.posts[-1].sent != idx - 1:
            return
        lead = len(text) - len(text.lstrip())
        items = chain_items(text, lead)
        if not items or items[0][0] != lead or not LIST_REST.match(text, items[-1][1]):
            return
        posts = self._chain(idx, text, items)
        bracketed_years(text, posts, self.art.year)
        self.steps.append(Step(last.person, posts, None, last.past, False, len(self.steps)))


class RespectiveReading:
    def _respectively(self, idx: int, text: str, dates: list) -> None:
        told: list[Span] = []               # the people of the sentence's last 分别: "…，此前二人分别担任…"
        for m in RESPECTIVELY.finditer(text):
            people = self._names_before(text, m.start()) \
                or (told if told and GROUP_BEFORE.search(text, 0, m.start()) else self.listed)
            left, at = self._left(idx, text, m) if m.group("left") else ([], m.end())
            posts = self._items(idx, text, at, len(people))
            groups = [[p] for p in posts] if len(posts) == len(people) else self._grouped(idx, text, at, len(people))
            if len(people) < 2 or len(groups) != len(people) or len(left) not in (0, len(people)):
                continue
            when = self._when(text, dates, 0, 0, m.start())
            past = any(w in text[:m.start()] for w in PAST_MARKS + ("前",)) or (self.before_change and when is None)
            for person, post in zip(people, left):
                self.steps.append(Step(person, [post], None, True, False, len(self.steps)))
            for person, group in zip(people, groups):
                self.steps.append(Step(person, group, when, past, False, len(self.steps)))
            told = people
        self._held_by(idx, text, dates)
        self.listed = self._names_before(text.rstrip("。；; \n"), len(text.rstrip("。；; \n")))

    def _held_by(self, idx: int, text: str, dates: list) -> None:
        """"某县县委书记、县长分别由甲、乙担任": the chain before 分别由, then the names
        that hold its posts in order (read as names there, the list's joins bounding them)."""
        for m in HELD_BY.finditer(text):
            clause = max(text.rfind(c, 0, m.start()) for c in "，,。；;：:") + 1
            items = chain_items(text[:m.start()], clause)
            if not items or items[-1][1] != m.start():
                continue
            people = [self._named(idx, text, name, m.start("names")) for name in re.split("[、和与及]", m.group("names"))]
            if len(people) != len(items) or None in people:
                continue
            when = self._when(text, dates, 0, 0, m.start())
            for person, post in zip(people, self._chain(idx, text, items)):
                self.steps.append(Step(person, [post], when, False, False, len(self.steps)))

    def _named(self, idx: int, text: str, name: str, start: int) -> Span | None:
        """The person of a name in the list at `start`: known, or a plausible name there."""
        if name in self.known:
            return self.known[name]
        at = text.find(name, start)
        return self._person(idx, name, at) if names.surname_at(name, 0) and names.plausible(name, strict=False) else None

    def _items(self, idx: int, text: str, at: int, count: int) -> list[Span]:
        """The posts of the chain at `at` when it has `count` items, else those of a shared
        title after a list of places."""
        items = chain_items(text, at)
        return self._chain(idx, text, items) if len(items) == count else self._shared(idx, text, at)

    def _grouped(self, idx: int, text: str, at: int, count: int) -> list[list[Span]]:
        """The chain at `at` cut into `count` groups where 和 (or a comma) joins them, each the
        posts of one name: "甲、乙分别任某县委常委、宣传部部长和某县委常委、组织部部长"."""
        items = chain_items(text, at)
        cuts = [i + 1 for i in range(len(items) - 1) if text[items[i][1]:items[i + 1][0]] in GROUP_JOINS]
        if len(cuts) != count - 1:
            return []
        posts = self._chain(idx, text, items)
        return [posts[a:z] for a, z in zip([0] + cuts, cuts + [len(posts)])]

    def _left(self, idx: int, text: str, m) -> tuple[list[Span], int]:
        """"分别从甲、乙两县县长调任…": the posts left, one a name, and where the posts taken
        begin (after the verb); ([], end of the match) when no such list is there."""
        left = self._shared(idx, text, m.end())
        verb = MOVED_TO.match(text, left[-1].end) if left else None
        return (left, verb.end()) if verb else ([], len(text))

    def _shared(self, idx: int, text: str, at: int) -> list[Span]:
        """One post a place of "甲、乙两县县委书记" (at `at`), each the title as its place's
        own, read in that place alone."""
        places, z = listed_places(self.art.in_sentence("place", idx), text, at, title_matcher().match_at)
        posts = []
        for place in places:
            told = own_title(place, text[z:z + 12], title_matcher().match_at)
            if told is None:
                return []
            cue = Cue("clause", text, place.start, place.end)
            posts.append(self.posts.record(idx, z, z + told[1], told[0], cue=cue))
        return posts

    def _names_before(self, text: str, end: int) -> list[Span]:
        """The known names joined by 、 (或 和/与/及) that end right before `end`, after
        whatever short words stand between ("在同一天", "本次任命前")."""
        gap = re.search(r"[\u4e00-\u9fff]{0,8}$", text[:end])
        for start in range(end, (gap.start() if gap else end) - 1, -1):      # the nearest name first
            if any(text.endswith(n, 0, start) for n in self.known):
                return self._names_ending_at(text, start)
        return []

    def _names_ending_at(self, text: str, pos: int) -> list[Span]:
        """The known names joined by 、 (或 和/与/及) whose last ends exactly at `pos`, in
        their order: "甲、乙和丙" -> 甲, 乙, 丙; each may have its age before it."""
        out: list[Span] = []
        ordered = sorted(self.known.items(), key=lambda kv: -len(kv[0]))
        while True:
            hit = next(((n, p) for n, p in ordered if text.endswith(n, 0, pos)), None)
            if hit is None:
                break
            out.insert(0, hit[1])
            pos -= len(hit[0])
            age = AGED.search(text, 0, pos)
            pos = age.start() if age else pos          # "35岁的甲和29岁的乙是…": each described by age
            join = next((j for j in NAME_JOINS if text.endswith(j, 0, pos)), None)
            if join is None:
                break
            pos -= len(join)
        return out
