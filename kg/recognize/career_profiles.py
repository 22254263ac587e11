"""The profile in a career: "某某，男，1962年12月生，汉族，某地人，…" — the person's fields
and the posts a profile lists as held now; a birth written before a name; a name that a
profile follows inside a sentence.  A mixin of kg.recognize.careers.CareerReader, which
gives `art`, `known`, `steps`, `_chain` and `_person`.
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.recognize import names, profiles, statistical
from kg.recognize.career_chains import chain_items, triggers
from kg.recognize.career_steps import Step
from kg.recognize.segment import boundary

PROFILE_AFTER = re.compile(r"(?:同志)?(?:出生于|生于|[，,](?:男|女)[，,]|[（(](?:男|女)|[，,][\u4e00-\u9fff]{1,3}族[，,]"
                           rf"|[，,]?(?:\d{{4}}年?|年)\d{{1,2}}月{profiles.BIRTH}|同志简历|简历"
                           r"|[，,](?:19|20)\d{2}年(?:\d{1,2}月)?(?:起|开始)?(?:任|担任|当选)"
                           r"|[，,](?:19|20)\d{2}年(?:\d{1,2}月)?(?:至|到|—|－|-)(?:19|20)\d{2}年"
                           rf"|[，,]{profiles.BIRTH_YEAR})")      # "某某，1975年生，…"
# (a birth month right after the name: "某某1970年1月生"; a page that lost the year's digits
# still writes "某某年1月生"; not 生产, 生活…: "全县2020年1月生产…"; and a career told right
# after the name and a comma: "某某，2011年起任某村党支部书记至今", "某某，2001年至2008年在某镇工作")
# An obituary's life years right after the name: "某某（1938—2023）", "某某(1938年-2023年)".
LIFE_YEARS = re.compile(r"[（(]((?:19|20)\d{2})年?\s*[—–\-－~～]+\s*((?:19|20)\d{2})年?[)）]")


def life_years(text: str, at: int) -> re.Match | None:
    """The life years of an obituary's name at `at`: a span of a life, not of a plan
    ("实施方案(2018-2022年)": five years, no one's life).

    >>> bool(life_years("某某（1938—2023）同志", 2)), bool(life_years("实施方案(2018-2022年)", 4))
    (True, False)
    """
    m = LIFE_YEARS.match(text, at)
    return m if m and int(m.group(2)) - int(m.group(1)) >= 20 else None


# A name's note on such a line: "副县长：某某（挂职）", "（女）", "（兼）" (a secondment, the sex, a post held beside).
LINE_NOTE = r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?"
TITLED_LINE = re.compile(r"\s*([^：:，,。；;]{2,30})[：:]\s*([\u4e00-\u9fff]{2,4}" + LINE_NOTE
                         + r"(?:[、，,\s]+[\u4e00-\u9fff]{2,4}" + LINE_NOTE + r")*)[。；;]?\s*"
                         + r"(?:(?:\s{2,}|[，,；;]\s*)(?:负责|分管|主持|协助|联系)[^\n]*)?$")
#                          (the duties may follow on the line: "副县长：某某  负责教育工作。")
# A leadership page's heading of one member, the name then the posts (a bullet before, a note
# after): "■ 某某 县长", "某某  副县长（挂职）"; the profile below it is that member's.
NAMED_LINE = re.compile(r"\s*[■●◆▲★◇□▶►]?\s*([\u4e00-\u9fff·]{2,4})[ \u3000]+([^\s：:，,。；;（(]{2,30})(" + LINE_NOTE
                        + r")\s*$")
# A roster's title alone on its line, a note of the order after it ("委员：（按姓氏笔画排序）"),
# and the line of its names after that.
TITLE_ALONE = re.compile(r"\s*([^：:，,。；;（(]{2,30})[：:]\s*(?:[（(][^（）()]{2,16}[）)])?\s*$")
ROSTER_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,8}(?:[、，,\s]+[\u4e00-\u9fff·]{2,8})+")
# A profile's professional grade (职称), written among its degrees: "工学硕士，正高级工程师"
# is a qualification, not a post (an 工程师 of a résumé's line is one).
GRADE = re.compile(r"\s*(?:正|副)?高级|\s*中级|\s*(?:教授|研究员)级")
BRACKETED = re.compile(r"[（(](?:[男女][，,、])?(?:[\u4e00-\u9fff]{1,4}族[，,、])?(?P<verb>现任|时任|曾任|原任)?"   # (女，土家族，…)
                       r"([^（）()]{2,40}?)等?[）)]")      # ("某某（现任某县副县长）", "某某（曾任某县县长）": held now, held before)
BORN_BEFORE = re.compile(r"(?:出生于|生于)((?:19|20)\d{2})年(?:(\d{1,2})月)?的")
# The clause of a native place inside a profile: "…生，安徽某某人，" or "…汉族，某某人，".
FIELD_BEFORE = re.compile(r"(?:[男女]|族|生|出生)[，,]\s*$")


def native_clause(text: str, end: int) -> bool:
    """Whether the clause ending at `end` is a profile's native place rather than a name:
    it ends in 人 and holds more than a name of two or three ("某省霍邱人"), or it follows a
    profile's field (a sex, a people, a birth).

    >>> native_clause("王某，男，1970年生，安徽霍邱人", 17), native_clause("王某，男，霍邱人", 8)
    (True, True)
    >>> native_clause("据介绍，霍邱人", 7)
    False
    """
    start = max(text.rfind(c, 0, end) for c in "，,。；;：:") + 1
    return text[end - 1] == "人" and (end - start > 3 or FIELD_BEFORE.search(text, 0, start) is not None)


class ProfileReading:
    def _profile_fields(self, idx: int, text: str, person: Span) -> None:
        """Gender, birth, ethnicity, native place, party, work start, education
        (kg.recognize.profiles); the native place is the most specific place the
        recognizers found in its clause."""
        start = text.find(person["name"]) + len(person["name"])
        found = profiles.fields(text, start)
        native = found.pop("native", None)
        if native is not None:
            at, clause = native
            places = [p for p in self.art.in_sentence("place", idx) if at <= p.start < at + len(clause)]
            if places:
                person["native_place"] = max(places, key=lambda p: p.start)
        person.attrs.setdefault("profile", {}).update({k: v for k, v in found.items() if v})

    def _profile_posts(self, idx: int, text: str, person: Span) -> None:
        """"某某，男，1962年12月生，某省某县委书记；": in a profile, a clause that is only a
        chain of titles is the post the person holds now (not dated: 现任 says no start)."""
        at = 0
        for clause in re.split(r"([，,；;。])", text):
            items = chain_items(text, at) if clause.strip() and clause not in "，,；;。" else []
            if items and items[-1][1] >= at + len(clause.rstrip("等职务")) - 1 and not triggers(clause) \
                    and not GRADE.match(clause):
                posts = self._chain(idx, text, items)
                self.steps.append(Step(person, posts, None, False, False, len(self.steps), present=True))
            at += len(clause)

    def _apposed(self, idx: int, text: str) -> None:
        """"某某，某县政协原副主席（副县级），于…退休", "某某，某村党支部书记，今年52岁": a name
        opening the sentence with only its chain of posts after the comma, as features and
        obituaries introduce a person: the posts the name holds (or held, 原)."""
        i = len(text) - len(text.lstrip())
        for name in names.readings(text, i, strict=False) or [statistical.candidate_at(self.art, idx, i) or ""]:
            at = i + len(name) + 1
            if not name or text[at - 1:at] not in ("，", ",") or not names.plausible(name, strict=False):
                continue
            clause = re.split(r"[，,；;。]", text[at:])[0]
            clause = re.sub(r"[（(][^（）()]{1,8}[)）]$", "", clause)         # "（副县级）": a rank's note
            items = chain_items(text, at)
            if items and items[-1][1] == at + len(clause) and not triggers(clause) and not GRADE.match(clause):
                person = self.known.get(name) or self._person(idx, name, i)
                self.steps.append(Step(person, self._chain(idx, text, items), None, False, False, len(self.steps), present=True))
                return

    def _bracketed_posts(self, idx: int, text: str) -> None:
        """"曹某（县委副书记）、龙某（县人大常委会副主任）": a list of members or attendees
        gives each name's posts in brackets right after it, held now; the bracket holds
        nothing but the chain."""
        for m in BRACKETED.finditer(text):
            inner = m.group(2)
            items = [(a + m.start(2), z + m.start(2), t) for a, z, t in chain_items(inner, 0)]
            if not items or items[-1][1] != m.end(2) or triggers(inner):
                continue
            person = next((p for n, p in sorted(self.known.items(), key=lambda kv: -len(kv[0]))
                           if text.endswith(n, 0, m.start())), None) or self._listed_name(idx, text, m.start())
            past = m.group("verb") in ("曾任", "原任")
            if person is not None:
                self.steps.append(Step(person, self._chain(idx, text, items), None, past, False,
                                       len(self.steps), present=not past))

    def _titled_line(self, idx: int, text: str) -> None:
        """"县委副书记、县长：某某", "副县长：甲、乙": a line of a leadership page or a group's
        roster, the posts before the colon, the names that hold them after it, held now; a
        roster's "委员：（按姓氏笔画排序）" gives its title to the line of names after it."""
        m = TITLED_LINE.match(text)
        names_at, names_text = idx, text
        if m is None:
            m = TITLE_ALONE.match(text)
            following = self.art.sentences[idx + 1].simp.strip() if m and idx + 1 < len(self.art.sentences) else ""
            if m is None or not ROSTER_NAMES.fullmatch(following):
                return
            names_at, names_text = idx + 1, following
        items = chain_items(m.group(1), 0)
        if not items or items[-1][1] != len(m.group(1)) or triggers(m.group(1)):
            return
        at = m.start(2) if names_at == idx else 0
        for item in re.split(r"[、，,\s]+", m.group(2) if names_at == idx else names_text):
            name = re.sub(LINE_NOTE + "$", "", item)
            at = names_text.find(name, at)
            person = self.known.get(name) or self._listed_name(names_at, names_text[:at + len(name)], at + len(name))
            if person is None or person["name"] != name:
                return                            # every name must be one: else the line is no roster
            posts = self._chain(idx, text, items)
            for post in posts if "挂职" in item else ():
                post["temporary"] = True
            self.steps.append(Step(person, posts, None, False, False, len(self.steps), present=True))

    def _named_line(self, idx: int, text: str) -> Span | None:
        """"■ 某某 县长", "某某  副县长（挂职）": a leadership page's heading of one member, the
        name then the chain of posts held now, alone on the line; the member, whom the profile
        lines below it ("男，汉族，…曾任…") are about, or None."""
        m = NAMED_LINE.match(text)
        if m is None or not names.surname_at(m.group(1), 0) or not names.plausible(m.group(1), strict=False):
            return None
        items = [(a + m.start(2), z + m.start(2), t) for a, z, t in chain_items(m.group(2), 0)]
        if not items or items[-1][1] != m.end(2) or triggers(m.group(2)):
            return None
        person = self.known.get(m.group(1)) or self._person(idx, m.group(1), m.start(1))
        posts = self._chain(idx, text, items)
        for post in posts if "挂职" in m.group(3) else ():
            post["temporary"] = True
        self.steps.append(Step(person, posts, None, False, False, len(self.steps), present=True))
        return person

    def _listed_name(self, idx: int, text: str, end: int) -> Span | None:
        """A name that only an item of a list stands for, right before its bracketed posts
        ("副组长：某某（县委副书记）"): a surname, a plausible given name, a list's separator
        or a colon before it, or the model's reading of just that name ("据某某（某乡党委书记）
        介绍": a preposition before it)."""
        for n in (3, 2):
            i = end - n
            bounded = i == 0 or text[i - 1] in "：:、，, " or statistical.candidate_at(self.art, idx, i) == text[i:end]
            if i >= 0 and bounded and names.surname_at(text, i) and names.plausible(text[i:end], strict=False):
                return self._person(idx, text[i:end], i)
        return None

    def _born_before_name(self, text: str) -> None:
        """"出生于1966年7月的某某，此前任…": the birth written before a known name."""
        for m in BORN_BEFORE.finditer(text):
            person = next((p for n, p in sorted(self.known.items(), key=lambda kv: -len(kv[0]))
                           if text.startswith(n, m.end())), None)
            if person is not None:
                person.attrs.setdefault("profile", {}).setdefault("birth", profiles.month(m.group(1), m.group(2)))

    def _profiled(self, idx: int, text: str) -> None:
        """A name that a profile follows inside a sentence ("其前任某某出生于1960年3月，…",
        "履历显示，某某1970年1月生") is the person the steps after it are about: the focus
        that "他曾任…" and "其调任…" then refer to."""
        for m in PROFILE_AFTER.finditer(text):
            known = next((p for n, p in sorted(self.known.items(), key=lambda kv: -len(kv[0]))
                          if text.endswith(n, 0, m.start())), None)
            if known is not None:
                self.focus = known
                continue
            for n in (3, 2):
                i = m.start() - n
                name = text[i:m.start()] if i >= 0 else ""
                if name and names.surname_at(text, i) and names.plausible(name, strict=False) and \
                        not native_clause(text, m.start()) and not self._named_thing(idx, i, m.start()) and \
                        (statistical.candidate_at(self.art, idx, i) == name
                         or name in names.readings(text, i, strict=False) and boundary(text, max(0, i - 4), m.start(), i)):
                    #     (not a word's second half: "退伍回村，2011年当选…" names no 伍回村)
                    self.focus = self._person(idx, name, i)
                    break
