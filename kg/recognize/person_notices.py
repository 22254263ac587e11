"""Notices that name people with their posts: rosters of nominees and appointees, and
appointment decisions (a mixin of kg.recognize.persons.PersonFinder, which gives `art`,
`posts`, `known`, `titles`, `nouns`, `form_name`, `_known_at`, `_name_before`, `_person`
and `_post`).

    名单如下：甲，某县县委书记；乙，女，某市副市长   -> a roster, item by item
    某某同志任某县委书记 / 某某不再担任某县县长职务     -> an appointment, a removal
    任命某某为某县副县长 / 提名某某为某市市长候选人    -> a decision, a nomination
"""
from __future__ import annotations

import re

from kg.read.wrapped import COLUMN_GAP
from kg.places.gazetteer import load
from kg.recognize import names, statistical, tibetan_names, yi_names
from kg.recognize.career_verbs import PAST
from kg.recognize.career_decisions import acting
from kg.recognize.org_names import title_matcher
from kg.recognize.post_chains import comma_groups, concurrent_groups
from kg.recognize.posts import CANDIDATES

# Appointment notices: "某某同志任中共某县委书记", "某某不再担任某县人民政府县长职务".
APPOINTMENT = re.compile(r"(?:同志)?(?P<no>不再)?(?:兼任|担任|出任|任)")
# ...and with the deciding body's verb first: "任命某某为某县副县长", "免去某某同志的某局局长职务".
# And a standing committee's acting head: "决定(由)某某代理某县人民政府县长职务".
DECISION = re.compile(r"(?P<verb>任命|(?<![被拟])(?:选举|补选|增补|增选|推选)(?=[\u4e00-\u9fff·、（）()]{2,30}?为)|提名|(?<![被拟])推荐(?=[\u4e00-\u9fff·、]{2,24}?(?:同志)?为)|免去|决定由?(?=[\u4e00-\u9fff·]{2,8}?代理)"
                      r"|(?<![理经])由(?=[\u4e00-\u9fff·]{2,4}(?:同志)?(?:担任|出任|兼任)))")
# What closes the name a decision's verb puts in its slot: a note on the person ("同志",
# "（女）"), then the link to the post (为, 的, 担任, 代理) or the list's next name ("选举甲、乙为…").
NAME_NOTE = r"(?:同志)?(?:[（(][^（）()]{1,12}[）)])?"
LINKS = r"为|的|代理|担任|出任|兼任"
SLOT_END = re.compile(NAME_NOTE + rf"(?:{LINKS}|、|和)")
# A candidacy in a clause before its nominee's name: "提名为某县人民政府县长候选人的|某某同志".
NOMINATED_BEFORE = re.compile(r"(?:被|拟)?(?:提名|推荐)为(?P<what>[^，。；;、的]{2,30}?)(?:候选人|人选)的")
# Where an item of a roster starts: the sentence's start, after a semicolon or a colon,
# or after 分别是/分别为/名单如下 ("拟推荐对象分别是甲，某县县委书记；乙，…").
# A pre-appointment notice's item opens with the verbs of its posts, held and proposed:
# "甲，现任某县副县长，拟任县委常委" (kg.recognize.career_chains reads them).
NOTICE_VERB = re.compile(r"现任|拟任|拟提名|拟推荐")
TOLD_VERB = re.compile("|".join(PAST))     # posts a career tells (曾任, 历任…): the careers' own reading
ROSTER_ITEM = re.compile(r"(?:^|[；;：:]|分别是|分别为|名单如下[：:]?)(?P<rest>)")


# A personnel form copied out line by line (任前公示): "姓名：甲  性别：男…", then the posts
# held and proposed, "现任职务：某镇党委副书记", "拟任职务：某镇镇长候选人"; and a government
# site's page of its leaders, each record "姓名：甲", "职务：某市人民政府副市长" (or "职　务：").
FORM_NAME = re.compile(r"^\s*姓\s*名\s*[：:]\s*")
FORM_POSTS = re.compile(r"^\s*(现任职务|现职务|拟任职务|拟任|现任|现职|职[\s\u3000]*务)\s*[：:]\s*")


# A list's line set out as a table, the name, its notes, then the posts after spaces: "甲  某镇党委
#书记", "乙（女，瑶族）  某县人民医院护士长" (a commendation's or a notice's list of names).
SPACED_ITEM = re.compile(r"(?:[（(][男女](?:[，,、][\u4e00-\u9fff]{1,4}族)?[)）])?[ \u3000]+(?=[\u4e00-\u9fff])")



# A note in brackets closing a roster's posts: how they are held ("（挂职）", "（兼）", "（正处级）").
POST_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[)）]\s*$")


# A division of work's line, "甲：某镇党委副书记、镇长，主持镇政府全面工作": the name opens the
# line, a colon, the posts, then the duties, which a verb of charge opens after a comma.
DUTIES = re.compile(r"[，,；;]\s*(?:主持|分管|负责|协助|联系|兼管|主抓|协管|挂点|包联|具体负责)")


def _item_after(text: str, end: int, opens_line: bool = False) -> int | None:
    """Where the posts of a roster's item start after a name ending at `end`: after its
    comma, after the colon of a name that opens its line, or after the spaces of a list set
    out as a table when the item is the line."""
    if text[end:end + 1] in ("，", ",") or opens_line and text[end:end + 1] in ("：", ":"):
        return end + 1
    m = SPACED_ITEM.match(text, end)
    return m.end() if m and text.find("\n", end) < 0 and not re.search(r"[，,。；;]", text[m.end():].rstrip("。；;")) else None


class NoticeReading:
    def _forms(self, idx: int, text: str) -> None:
        """The name of a form's record, and its posts on the lines after: held (现任职务)
        or proposed (拟任职务, a 候选人 or 人选 the notice puts forward)."""
        m = FORM_NAME.match(text)
        if m:
            at = m.end()
            name = self._known_at(text, at) or names.choose(names.readings(text, at, strict=False), self.art.simp)
            self.form_name = name if name and names.plausible(name, strict=False) else None
            if self.form_name:
                self._person(name, idx, at)
            return
        m = FORM_POSTS.match(text)
        name = self.form_name
        if m is None or name is None:
            return
        z = len(text.rstrip("。；; "))
        z -= next((len(w) for w in CANDIDATES if text.endswith(w, 0, z)), 0)
        for end, last in concurrent_groups(text, m.end(), z) or ():
            for post in self.posts.chain(idx, text, end - len(last), end):
                post["proposed"] = m.group(1).startswith("拟")
                self._post(name, post)

    def _rosters(self, idx: int, text: str) -> None:
        """A roster of nominees or appointees, each item a name, a comma and the posts:
        "名单如下：甲，某县县委书记；乙，女，某市副市长、某区区长。"  Every item is read
        whole or not at all: the words after the comma must be titles joined by 、."""
        for m in ROSTER_ITEM.finditer(text):
            at = m.start("rest")
            line = at == 0 or text[at - 1] == "\n"
            name = self._known_at(text, at) or next((n for n in reversed(names.readings(text, at, strict=False))
                                                      if _item_after(text, at + len(n), line)), None)
            name = name or statistical.candidate_at(self.art, idx, at)
            after = _item_after(text, at + len(name), line) if name else None
            if not after or not names.plausible(name, strict=False):
                continue
            b = after
            sex = re.match(r"(?:[男女][，,])?(?:[\u4e00-\u9fff]{1,4}族[，,])?(?:(?:19|20)\d{2}年\d{1,2}月出?生[，,])?", text[b:])
            b += sex.end()
            z = b
            while z < len(text) and text[z] not in "；;。\n":
                z += 1
            column = COLUMN_GAP.search(text, b, z) if text[at + len(name):at + len(name) + 1] in (" ", "\u3000") else None
            z = column.start() if column else z             # "甲  副县长  负责…": a table's posts column ends
            note = POST_NOTE.search(text, b, z)
            z = note.start() if note else z                 # "甲  副县长（挂职）": a note on the posts ends them
            duties = DUTIES.search(text, b, z) if text[after - 1] in "：:" else None
            z = duties.start() if duties else z             # "甲：副镇长，分管…": the duties after the posts
            told = NOTICE_VERB.search(text, b, z) or TOLD_VERB.search(text, b, z)      # (the careers read those)
            groups = concurrent_groups(text, b, z) or (comma_groups(text, b, z) if not told else None)
            #                    "甲，某局局长，兼某村第一书记"; "甲，某村党支部书记，某省人大代表": a profile's groups
            if groups is None:
                if NOTICE_VERB.match(text, b):
                    self._person(name, idx, at)             # "甲，现任某县副县长，拟任…": the careers read the posts
                continue
            self._person(name, idx, at)
            for end, last in groups:
                for post in self.posts.chain(idx, text, end - len(last), end):
                    self._post(name, post)

    def _appointments(self, idx: int, text: str) -> None:
        """A name right before 同志任/担任/不再担任 takes the first post of the clause
        after the verb; 不再 makes it a former post."""
        for m in APPOINTMENT.finditer(text):
            name = self._name_before(idx, text, m.start())
            if not name or not m.group(0).startswith("同志") and not m.group("no"):
                continue                     # "X任Y" without 同志 or 不再 is too loose to read a name from
            self._take_post(idx, text, name, m.start() - len(name), m.end(), bool(m.group("no")))

    def _decisions(self, idx: int, text: str) -> None:
        """任命/提名 NAME 为 TITLE, 免去 NAME (同志)的 TITLE 职务 (a former post)."""
        for m in DECISION.finditer(text):
            name = self._slot_reading(idx, text, m.end())
            if not name:
                continue
            self._slot_list(idx, text, m.end() + len(name))
            link = re.match(NAME_NOTE + rf"({LINKS})", text[m.end() + len(name):])
            if not link:
                continue
            self._take_post(idx, text, name, m.end(), m.end() + len(name) + link.end(), m.group("verb") == "免去",
                            proposed=m.group("verb") in ("提名", "推荐"), acts=link.group(1) == "代理")

    def _slot_reading(self, idx: int, text: str, at: int) -> str | None:
        """The name in a decision's slot: a Han reading the slot's end follows ("选举吉某某为":
        吉某 is no name there), else one of the names no surname rule reads."""
        ended = [n for n in names.readings(text, at, strict=True) if SLOT_END.match(text, at + len(n))]
        return names.choose(ended, self.art.simp) or self._slot_name(idx, text, at)

    def _slot_name(self, idx: int, text: str, at: int) -> str | None:
        """A name no surname rule reads, where a decision's verb puts one ("选举某某为…",
        "免去某某的…职务"): a Yi name (a clan's two characters, then the given name), a
        Tibetan one, a run of sounds, or the model's proposal, ending right at the slot's
        end.  The shortest such reading, so that 为 or 的 inside a given name is not cut at
        when a shorter one is no name (the slot's end must follow it): "选举|吉克某某|为…",
        "任命|扎西|为…", "免去|阿苏某某|的…职务".
        """
        for end in range(at + 2, min(len(text), at + 11)):
            word = text[at:end]
            if not all("\u4e00" <= c <= "\u9fff" or c == "·" for c in word):
                return None
            if not SLOT_END.match(text, end):
                continue
            if word in load().names or word in load().shorts:
                if self._named_like_a_place(text, at, end):
                    return word           # "任命周宁为某市副市长": a person named as a county is, a post after 为
                continue
            if yi_names.name_at(text, at, end) == word or names.transliterated(text, at) == word \
                    or tibetan_names.name_at(text, at, lambda before: "任命") == word \
                    or statistical.candidate_at(self.art, idx, at) == word and names.plausible(word, strict=False):
                return word
        return None

    @staticmethod
    def _named_like_a_place(text: str, at: int, end: int) -> bool:
        """A two- or three-character name with a surname that is also a place's short name
        (周宁, 江山), where 为 and a post follow it: a place is never appointed to a post.

        >>> NoticeReading._named_like_a_place("任命周宁为某市副市长", 2, 4), NoticeReading._named_like_a_place("推荐宁陕为示范县", 2, 4)
        (True, False)
        """
        if not 2 <= end - at <= 3 or not names.surname_at(text, at) or not text.startswith("为", end):
            return False
        clause = re.split(r"[，,。；;、]", text[end + 1:end + 20])[0]
        return any(title_matcher().match_at(clause, i) for i in range(len(clause)))

    def _slot_list(self, idx: int, text: str, at: int) -> None:
        """The names listed after a decision's first ("选举甲、乙和丙为…"), each read as the
        first was, a note on each aside ("甲（女）、乙为…"); the careers give them the post."""
        while True:
            note = re.match(NAME_NOTE + "[、和]", text[at:])
            if not note:
                return
            at += note.end()
            name = self._known_at(text, at) or self._slot_reading(idx, text, at)
            if not name:
                return
            self._person(name, idx, at)
            at += len(name)

    def _nominees_named_after(self, idx: int, text: str) -> None:
        """A candidacy told before the name it belongs to, in a clause ending in 的
        ("提名为县人民政府县长候选人的某某同志任…"): that person's proposed post."""
        for m in NOMINATED_BEFORE.finditer(text):
            name = self._known_at(text, m.end()) or names.choose(names.readings(text, m.end(), strict=True), self.art.simp)
            if not name:
                continue
            title = next(((s, e) for s, e, t in reversed(self.titles) if m.start("what") <= s and e == m.end("what")
                          and t not in self.nouns), None)
            if title is None:
                continue
            self._person(name, idx, m.end())
            for post in self.posts.chain(idx, text, title[0], title[1])[-1:]:
                post["proposed"] = True
                self._post(name, post)

    def _take_post(self, idx: int, text: str, name: str, at: int, after: int, former: bool, proposed: bool = False,
                   acts: bool = False) -> None:
        """The first post of the clause after `after` is the person's; a nomination's
        ("提名某某为某市市长候选人") is proposed, not held; a head's post acted in is the
        acting head's (代理县长)."""
        title = next(((s, e) for s, e, t in self.titles if s >= after
                      and t not in self.nouns and not re.search(r"[，。；,;]", text[after:s])), None)
        if title is None:
            return
        self._person(name, idx, at)
        for post in (acting if acts else list)(self.posts.chain(idx, text, title[0], title[1])[-1:]):
            post["former"] = post.get("former") or former
            if proposed or text.startswith(CANDIDATES, title[1]):
                post["proposed"] = True
            self._post(name, post)
