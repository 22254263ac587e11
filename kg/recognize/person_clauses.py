"""Posts told in a clause about the person, and who that person is when the clause does
not open with a name: "在某县委组织部任科员", "到某县挂职任副县长", "曾任某乡乡长", "从某局副局长
的岗位上" (a former post); the subject the model reads right before such a clause, or the one
person the sentence before named when this one says 他 or 她.  And a chain of posts never runs
back over a person already named.  A mixin of kg.recognize.persons.PersonFinder, which gives
`art`, `posts`, `known`, `_person` and `_post`.
"""
from __future__ import annotations

import re

from kg.recognize import names, statistical
from kg.recognize.career_chains import after_last
from kg.recognize.career_verbs import PAST_LEADS, PAST_MARKS
from kg.recognize.datelines import credits_end
from kg.recognize.org_names import title_matcher

# A form of address or the word for comrade written after a full name ("某某先生", "某某同志"):
# part of how the name is written, not of what the sentence says next.
ADDRESS_AFTER = ("先生", "女士", "同志")
CLAUSE_POSTS = [
    # (调, 调入, 返回: moved to the body: "调某厅任处长"; not 调研, 调查, 调整, 调离…)
    re.compile(r"(?:在|到|赴|下派|派驻|返回|调(?:入|往|回|至)?(?!研|查|整|度|解|控|动|配|剂|节|处|离))"
               r"(?P<where>[\u4e00-\u9fff]{2,20}?)(?:挂职)?(?P<verb>任过|担任过|任|担任|当过|" + r"(?:当|干|做)了(?:\d{1,2}|[一二两三四五六七八九十]{1,3})多?年的?)"
               r"(?P<title>[\u4e00-\u9fff]{2,8})"),          # (a story's "在某村当了20年村支书": held so long)
    re.compile(r"从(?P<where>[\u4e00-\u9fff]{2,24}?)(?P<title>[\u4e00-\u9fff]{2,6})的?岗位"),
    re.compile(r"(?:曾任|曾担任|当过|作为)(?P<where>)(?P<title>[\u4e00-\u9fff]{2,8})"),
]
# A date between a name and the clause of its move, or 是 stressing it ("某某是2016年到…任…的"),
# and the passive of being sent ("某某2021年被选派到某村任第一书记"); an adverb of time may open it
# ("某某还在某局担任…", "某某曾在某镇任…").
WHEN_LEAD = re.compile(r"(?:还|已|曾|也|又|一直)?(?:是|于)?(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|初|末)?)?(?:被(?:选派|派|下派|抽调)?)?")


# A post said to be held by someone, the post first: "合作社理事长由村党支部书记某某兼任",
# "领导小组组长由县长某某担任" (the holder's own titles may come before the name).
HELD_BY = re.compile(r"(?<!分别)由(?P<who>[\u4e00-\u9fff、·]{2,30}?)(?:兼任|担任|出任)")


class ClauseReading:
    def _held_by(self, idx: int, text: str) -> None:
        """The post a clause says someone holds, the post written before 由 and the holder
        after it ("某某合作社理事长由村党支部书记甲兼任": 甲 is the cooperative's 理事长)."""
        for m in HELD_BY.finditer(text):
            name = next((n for n in self.known if m.group("who").endswith(n)), None)
            title = title_matcher().suffix(text[:m.start()])
            if name is None or not title:
                continue
            a = max(text.rfind(c, 0, m.start() - len(title)) for c in "，,。；;：:、（(") + 1
            a += text.startswith(("其", "该", "并", "且"), a)
            self._post(name, self.posts.segment(idx, text, a, m.start(), title, None, how="segment"))

    def _clause_posts(self, idx: int, text: str) -> None:
        """The posts each clause of CLAUSE_POSTS states, given to the sentence's one person."""
        here = [n for n, p in self.known.items() if idx in p["sentences"] and p["roles"] != {"journalist"}] \
            or self._clause_subject(idx, text)        # (a dateline's reporter is no subject of the news)
        told = not here and self._pronoun_subject(idx, text)       # 他/她 stands for the one named before
        here = here or told or []
        for pattern in CLAUSE_POSTS:
            for m in pattern.finditer(text):
                right_before = next((n for n in self.known if text.endswith(n, 0, m.start())), None)
                if right_before is None and len(here) != 1:
                    continue              # several persons, none written right before the clause's verb
                subject = right_before or here[0]       # ("父亲某某当过村党支部书记": his, the grandfather named too)
                clause = max(text.rfind(c, 0, m.start()) for c in "，,。；;") + 1
                if not told and re.search("[他她]", text[clause:m.start()]) and subject not in text[clause:m.start()]:
                    continue              # "他在某县任县长时，县委书记为某某": the pronoun's post, not the name's
                opened = text[after_last(text, clause - 1, "，,。；;"):clause - 1] if clause else ""
                past = any(w in text[clause:m.start()] for w in PAST_MARKS) or opened in PAST_LEADS \
                    or "verb" in m.groupdict() and (m.group("verb") or "").endswith("过")    # "在某镇担任过镇长"
                for post in self.posts.clause(idx, text, m):
                    post["former"] = post["former"] or past       # "曾在某镇担任副镇长", "此前，某某在某局担任…"
                    self._post(subject, post)

    def _clause_subject(self, idx: int, text: str) -> list[str]:
        """The name the model reads right before a clause's move to a body and the post taken
        there, opening its clause ("某某调某厅任处长"), where no name was met in the sentence."""
        for at, word in statistical.candidates(self.art, idx).items():
            end = at + len(word)
            lead = WHEN_LEAD.match(text, end).end()       # "某某(是)2016年到某村任…(的)": when, then where
            if (at == 0 or text[at - 1] in "，,。；; " or at == credits_end(text)) and names.plausible(word, strict=False) \
                    and CLAUSE_POSTS[0].match(text, lead):         # the where-clause: "在/到/调某地任…"
                self._person(word, idx, at)
                return [word]
        return []

    def _names_break(self, text: str, before: int) -> str:
        """The sentence with each known name before `before`, and the character after it,
        turned into a break: a chain of posts never runs back over a person ("队长、第一书记甲和
        村党支部书记乙": 乙's post is the last item's, not 甲's 队长 too; "某局局长甲率某委纪检监察员
        乙": 乙's chain starts after 甲率; "某市市长甲会见了某公司总裁乙": 乙's chain starts
        after 甲, whatever verb follows him).  A list's marks stay ("某校某部主任甲、某部主任乙",
        "某委副主任甲、乙，秘书长丙": the linker reads the body the first item names there)."""
        for name in self.known:
            at = text.rfind(name, 0, before)
            if at >= 0 and at + len(name) < before and "\u4e00" <= text[at + len(name)] <= "\u9fff":
                end = at + len(name)
                after = max((len(f) for f in ADDRESS_AFTER if text.startswith(f, end) and end + len(f) < before), default=1)
                text = text[:at] + "，" * (len(name) + after) + text[end + after:]
                #   ("某某先生会见了…": the form of address goes with the name, no word of the next chain)
        return text

    def _pronoun_subject(self, idx: int, text: str) -> list[str]:
        """The one person the sentence before named, where this one tells its step with 他 or
        她 ("某某是某村党支部书记。2019年，她被分配到某村任村主任助理"); none where that
        sentence named two or more, or the pronoun is plural (他们)."""
        pronoun = re.search(r"[他她](?![们])", text)
        before = [n for n, p in self.known.items() if idx - 1 in p["sentences"]]
        return before if pronoun and len(before) == 1 and not any(idx in p["sentences"] for p in self.known.values()) else []
