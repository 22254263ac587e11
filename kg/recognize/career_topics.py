"""Whose step it is when the clause leaves its subject unsaid: the name that opens the
sentence (a topic chain), the one 他/她 stands for, the post a sentence opens with ("这位…县委
书记，"), or the speaker of the quote the step is told in.  A mixin of
kg.recognize.career_subjects.SubjectReading, which gives `art`, `known`, `focus` and `_person`.

    某某早年在部队服役，后来任…      -> the topic, 某某
    据了解，某某此前…，曾任…        -> the topic after the news's source
    “2018年，我来到某村任…”某某说   -> the speaker
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.recognize import names, statistical
from kg.recognize.career_dates import DATE

# A sentence opening with a post as its subject, described ("这位1978年出生的县委书记，…",
# "这位年轻的村支书，…"): the person the article has named with that post.
EPITHET = re.compile(r"\s*(?:这位|该)([^，,。；;“”]{2,24})[，,]")
# How news cites what it learnt, opening a sentence before its topic: "据了解，", "据悉，", "记者获悉，".
HEARSAY = re.compile(r"(?:据(?:了解|悉|介绍|报道|统计|知情人士透露)|记者(?:了解到|获悉|从[\u4e00-\u9fff]{2,12}获悉)|另悉|又讯)\s*[，,:：]?\s*")
# The speaker named right after a quote ("…”某某说", "…”某某感慨道", "…”某某笑着告诉记者")
# and right before one ("某某说：“…", "某某介绍：“…").
SPOKEN = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:说|道|表示|介绍|告诉|回忆|坦言)")
SPOKEN_BEFORE = re.compile(r"(?:说|道|表示|介绍|告诉记者|回忆)[:：，,]?\s*$")



class UnsaidSubjects:
    def _epithet_subject(self, opening: str) -> Span | None:
        """The one person holding the post a sentence opens with as its subject ("这位1978年
        出生的县委书记，2021年从…任上调任…"): a feature's way of naming the person again."""
        m = EPITHET.match(opening)
        if m is None:
            return None
        from kg.recognize.org_names import title_matcher

        title = title_matcher().suffix(m.group(1))
        holders = {id(p["person"]): p["person"] for p in self.art.of("post")
                   if title and p["title"] == title and p.get("person") is not None}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _topic(self, idx: int, text: str, sentence: int, clause: int) -> Span | None:
        """The name that opens the sentence (after its date), when no other name follows it
        before the step's clause: the topic its later clauses leave unsaid, as Chinese
        writes a topic chain — "某某早年在部队服役，后来任某县县长" (承前省略)."""
        lead = DATE.match(text, sentence)
        at = lead.end() if lead and lead.group(0) else sentence
        at += len(text[at:clause]) - len(text[at:clause].lstrip(" ，,"))
        heard = HEARSAY.match(text, at)
        at = heard.end() if heard and heard.end() < clause else at     # "据了解，某某此前…": the news's source first
        name = statistical.candidate_at(self.art, idx, at)
        if not name or not 2 <= len(name) <= 4 or not names.surname_at(name, 0) or not names.plausible(name, strict=False):
            return None
        end = at + len(name)
        if text[end:end + 1] in "的、和与及，,同" or text.find("，", end, clause) < 0:
            return None                  # a name described or listed, or no clause of its own before the step's
        others = statistical.candidates(self.art, idx)
        if any(end <= k < clause for k in others):
            return None                  # another person between: whose step it is is not told
        return self.known.get(name) or self._person(idx, name, at)

    def _antecedent(self, idx: int) -> Span | None:
        """Whom 他/她 stands for with no person in focus: the one person the nearest sentence
        before that names any names ("理事长某某说…。…她当选了…"); none where it names two."""
        for k in range(idx - 1, -1, -1):
            here = [p for p in self.known.values() if k in p["sentences"]]
            if here:
                return here[0] if len(here) == 1 else None
        return None

    def _speaker(self, idx: int, text: str, verb: int) -> Span | None:
        """Who says the quote the verb stands in: the name right before its opening ("某某
        说：“…"), else the name right after its close, in this sentence or the next ("…”某某
        感慨道").  None outside a quote."""
        if not quoted_between(text, 0, verb):
            return None
        opened = text.rfind("“", 0, verb)
        lead = SPOKEN_BEFORE.search(text, 0, opened)
        if lead is not None:
            return next((p for n, p in self.known.items() if text.endswith(n, 0, lead.start())), None)
        closed = text.find("”", verb)
        at, k = (closed + 1, idx) if 0 <= closed < len(text) - 1 else (0, idx + 1)
        if k >= len(self.art.sentences):
            return None
        after = self.art.sentences[k].simp if k != idx else text
        model = statistical.candidate_at(self.art, k, at)
        for name in sorted(list(self.known) + names.readings(after, at, strict=True) + ([model] if model else []),
                           key=len, reverse=True):
            if after.startswith(name, at) and SPOKEN.match(after, at + len(name)):
                return self.known.get(name) or self._person(k, name, at)
        return None


def quoted_between(text: str, a: int, b: int) -> bool:
    """Whether a quote opens between a and b and stays open: the words at b are a speaker's."""
    return "“" in text[a:b] and "”" not in text[text.rfind("“", a, b):b]
