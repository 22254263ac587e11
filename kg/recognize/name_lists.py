"""Lists of names: the attendees of a meeting, the members of a team, written as names
joined by 、 after a collective label rather than each after a title, or parted by spaces
after the label's colon.

    县领导甲某某、乙某、丙某某出席会议       (a collective label, then the list)
    专家组成员甲某某、乙某某、丙某等         (等 closes it)
    出席会议的县领导有：甲某某 乙某 丙某某   (an attendees' line)

A run of three or more short items joined by 、 (or spaces) is read as a list of persons when the
statistical model (LAC) tags at least two of its items as persons and every item is a
name by the rules' own test (a surname, a plausible given name, no place or body of the
article): the model says "these are names", the rules decide which items are.  An item
the model splits or misreads ("包某苏" read as a place) is still taken when the rules
accept it and the list around it is a list of names.  A list of villages or bodies has
no person in it for the model, and is left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Article, Span
from kg.components import Component, register
from kg.recognize import names, statistical
from kg.recognize.org_names import title_matcher
from kg.recognize.posts import PostParser
from kg.lang.words import words

RUN = re.compile(r"[^，,。；;：:！？!?（）()“”《》\s、]{1,12}(?:、[^，,。；;：:！？!?（）()“”《》\s、]{1,12}){2,}")
HAN = re.compile(r"[\u4e00-\u9fff]+")
# Notes an election's or a notice's list writes after a name, its sex and its people ("甲某（女）、
# 乙某（回族）、丙某（女，土家族）"), and after the list its order ("（按姓氏笔画为序）"): read
# over, the names they follow stay items of one list.
LIST_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:[男女](?:[，,、][\u4e00-\u9fff]{1,6}){0,2}"
                       r"|[\u4e00-\u9fff]{1,5}族(?:[，,、][男女])?|按[\u4e00-\u9fff]{2,8})[)）]")
MASK = "\x00"            # what a note is read as: part of the item before it, no name's character
# Names parted by spaces after a label's colon, up to the sentence's end: "出席会议的县领导有：
# 甲某 乙某某 丙某" (as pages lay out an attendees' line; the reader joins a label alone on its
# line to the names under it, kg.read.mend.join_credit_labels).
SPACED = re.compile(r"[：:]\s*([\u4e00-\u9fff·]{2,4}(?:[ \u3000]+[\u4e00-\u9fff·]{2,4}){2,})\s*(?=[。；;]|$)")
HAN_WORD = re.compile(r"[\u4e00-\u9fff·]+")
# What ends a list's last item and the sentence or clause with it: no words of the item's own after the name.
STOPS = ("。", "；", ";", "，", ",", "")
# A post, then 的有, 为 or a colon, before a list of names: "当选为县委常委的有：", "副县长为：".
LISTED_POST = re.compile(r"([^，,。；;：:“”]{2,30}?)(?:的有|的是|为|是|有)?[：:]\s*$")
# Words that say the list's posts were taken up then: elections and appointments.
TAKEN = re.compile(r"当选|任命|增补|新任|选举产生")
# The last item of a list a count of persons closes: "丙某等10名…", "丙某等五位同志" (名 and
# 位 count people only).
COUNTED_LAST = re.compile(r"[\u4e00-\u9fff]{2,3}等(?:\d+|[一二两三四五六七八九十百]+)[名位]")


@lru_cache(maxsize=1)
def collective_labels() -> tuple[str, ...]:
    return words("collective_labels")


def items(run: str, offset: int) -> list[tuple[int, str]]:
    """(start, text) of each item of a 、-run, offsets in the sentence, a masked note
    (`masked`) left out of the item it follows."""
    out, at = [], offset
    for part in run.split("、"):
        out.append((at, part.rstrip(MASK)))
        at += len(part) + 1
    return out


def masked(text: str) -> str:
    """The sentence with each list note (LIST_NOTE) masked, offsets kept.

    >>> masked("甲某（女）、乙某").replace(MASK, "_")
    '甲某___、乙某'
    """
    return LIST_NOTE.sub(lambda m: MASK * len(m.group(0)), text)


class ListReader:
    def __init__(self, art: Article):
        self.art = art
        self.known = {p["name"] for p in art.of("person")}

    def run(self) -> None:
        for sent in self.art.sentences:
            if sent.simp.count("、") >= 2:
                for m in RUN.finditer(masked(sent.simp)):
                    self._run(sent.index, sent.simp, items(m.group(0), m.start()))
            for m in SPACED.finditer(sent.simp):
                self._run(sent.index, sent.simp, [(x.start(), x.group(0)) for x in HAN_WORD.finditer(sent.simp, m.start(1), m.end(1))],
                          spaced=True)

    def _run(self, idx: int, text: str, parts: list[tuple[int, str]], spaced: bool = False) -> None:
        model = statistical.candidates(self.art, idx)
        counted = COUNTED_LAST.match(parts[-1][1]) is not None
        found = [self._name(idx, text, i, len(parts), at, part, model, counted, spaced) for i, (at, part) in enumerate(parts)]
        tagged = sum(1 for f in found if f is not None and f[2])
        if (tagged < 2 and not (counted and all(found))) or any(f is None for f in (found if spaced else found[1:-1])) \
                or sum(f is not None for f in found) < 3:
            return
        labels = collective_labels()
        last = found[-1] or found[-2]
        after = text[last[0] + len(last[1]):].lstrip("等")
        lead = re.sub(r"(?:有|是|为)?[：:]?\s*$", "", text[:found[0][0]]) if found[0] is not None else ""
        official = lead.endswith(labels) or after.startswith(tuple(w for w in labels if len(w) >= 2 and w != "还有"))
        #          ("出席会议的县领导有：甲、乙、丙": the label, then 有 and a colon)
        for f in found:
            if f is not None and f[1] not in self.known:
                self._add(idx, f[0], f[1], official)
            elif f is not None and official:            # met before, now listed among officials
                for person in self.art.of("person"):
                    if person["name"] == f[1] and person.get("role") == "other":
                        person["role"] = "official"
        if found[0] is not None:
            self._listed_post(idx, text, found[0][0], [f[1] for f in found if f is not None])

    def _listed_post(self, idx: int, text: str, first: int, listed: list[str]) -> None:
        """The post a colon's list is introduced by, for everyone listed: "当选为县委常委的有：
        甲、乙、丙", "新任副县长为：甲、乙、丙"; taken up in the article's year where it says so
        (当选, 任命, 增补, 新任)."""
        lead = LISTED_POST.search(text, 0, first)
        title = title_matcher().suffix(lead.group(1)) if lead else None
        if not title:
            return
        e = lead.end(1)
        taken = TAKEN.search(text, 0, e) is not None and self.art.year is not None
        parser = PostParser(self.art)
        posts = parser.chain(idx, text, e - len(title), e)
        people = {p["name"]: p for p in self.art.of("person")}
        held = {(p["person"]["name"], p["title"]) for p in self.art.in_sentence("post", idx)}
        for name in (n for n in listed if n in people):
            for post in posts:
                if (name, post["title"]) in held:
                    continue                    # the person rules gave it already ("县委常委：甲、乙、丙")
                post = parser.copy(post)
                post["person"] = people[name]
                people[name]["role"] = "official"
                if taken:
                    post["held"] = {"start": self.art.year, "end": None, "former": False, "temporary": False}
                self.art.add(post)

    def _name(self, idx: int, text: str, i: int, n: int, at: int, part: str, model: dict, counted: bool = False,
              spaced: bool = False):
        """(start, name, tagged by the model) of the name an item holds, or None.  In a list
        a count of persons closes, a name is any surname with a plausible given name, however
        common a word it makes (高峰, 文静), which the model tags as a noun.  A list parted by
        spaces after its colon (`spaced`) has each name whole, nothing glued to the first or last."""
        if spaced:
            options = [(at, part)]
        elif i == 0:                                 # the first item: the label, then the name
            options = [(at + len(part) - k, part[-k:]) for k in (3, 2) if len(part) >= k]
        elif i == n - 1:                             # the last item: the name, then 等/出席…
            options = [(at, part[:k]) for k in (3, 2) if len(part) >= k]
        else:
            options = [(at, part)] if 2 <= len(part) <= 4 else []
        for start, name in options:
            longer = next((k for k in self.known if len(k) > len(name) and text.startswith(k, start)), None)
            if longer is not None and i > 0:
                return start, longer, True        # "…、某某进出席": the name read before, not the model's shorter one
        whole = i == n - 1 and len(part.removesuffix("等")) == 3 and text[at + 3:at + 4] in STOPS + ("等",) \
            and not names.ends_name(text, at + 2)
        for start, name in options:
            if whole and len(name) < 3:
                continue                    # "…、乙、罗德厚。", "…、罗德厚等": the item whole, the model's 罗德 is short
            if model.get(start) == name and self._acceptable(idx, start, name, lenient=True):
                return start, name, True
        for start, name in options:
            if i == n - 1 and len(part) > len(name) and not names.ends_name(text, start + len(name)):
                continue
            if self._acceptable(idx, start, name, lenient=False, counted=counted):
                return start, name, False
        return None

    def _acceptable(self, idx: int, start: int, name: str, lenient: bool, counted: bool = False) -> bool:
        """A surname first, a plausible given name (any, in a counted list), all Han, no place
        or body over it."""
        if not HAN.fullmatch(name) or not 2 <= len(name) <= 4:
            return False
        if not (names.surname_at(name, 0) or lenient) or not names.plausible(name, strict=not lenient, words_too=counted):
            return False
        for kind in ("place", "org"):
            if any(s.start < start + len(name) and start < s.end and not _short_form_inside(s, start, name)
                   for s in self.art.in_sentence(kind, idx) if s.start >= 0):
                return False
        return True

    def _add(self, idx: int, start: int, name: str, official: bool) -> None:
        self.known.add(name)
        self.art.add(Span("person", idx, start, start + len(name), name,
                          {"name": name, "sentences": [idx], "role": "official" if official else "other"}))


def _short_form_inside(place: Span, start: int, name: str) -> bool:
    """A place's bare short form after the surname, inside a listed item ("包某苏":
    某苏 would be a province's short form): a given name, in a list of names."""
    return (place.kind == "place" and place.text != place["name"] and start < place.start
            and place.end <= start + len(name) and bool(names.surname_at(name, 0)))


@register
class NameLists(Component):
    """Persons named in lists joined by 、 (attendees, members)."""
    name = "name_lists"
    requires = ("person", "place", "org")
    uses = ("candidate",)
    assigns = ("person.listed", "post.listed")

    def __call__(self, art: Article) -> Article:
        ListReader(art).run()
        return art
