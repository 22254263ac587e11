"""Persons and their posts, read from how official news introduces people.

The introduction patterns, in order of how much they tell:
* apposition chain: place + body + post + name, posts joined by "、" (kg.recognize.person_titled)
  ("某省人大代表、某村党支部书记王小明说");
* bylines and editor lines ("新华社记者张三、李四", "责任编辑: 王五");
* name + honorific post ("某某总书记", "某某同志");
* speakers ("赵强说") and age apposition ("35岁的李华");
* posts stated in a clause about the person: "在某县委组织部任科员", "到某县挂职任副县长",
  "曾任某乡乡长", "作为副镇长", "从某局副局长的岗位上" (a former post).
Every later mention of a known name is a mention of the same person.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.recognize import names, statistical
from kg.recognize.segment import boundary, tag_of
from kg.recognize.profiles import BIRTH_YEAR, profiled_name
from kg.recognize.person_credits import PRESS_TITLES, CreditReading
from kg.recognize.person_holders import HolderReading
from kg.recognize.person_honorifics import HonorificReading
from kg.recognize.person_clauses import ClauseReading
from kg.recognize.person_notices import NoticeReading
from kg.recognize.person_proposals import SPEECH, ModelReading, introducers
from kg.recognize.person_written import WrittenReading
from kg.recognize.person_roles import RoleReading
from kg.recognize.person_rolls import RollReading
from kg.recognize.person_titled import TitledReading
from kg.recognize.posts import PostParser
from kg.lang.words import words

HONORIFIC = re.compile(r"(总书记|同志|主席(?!团)|总理)")     # (主席 then 团: a congress's presidium)
PREPOSITION_SURNAMES = "由向于"       # surnames that are prepositions right after a title
# Surnames that are the verb of a column's headline, "who talks about what" ("书记谈振兴").
HEADLINE_VERBS = ("谈",)
# Prepositions that address the holder of the title after them ("某某向记者介绍", "某某对
# 书记说"): the character before the title closes a clause, not a name.
ADDRESSING = "向对给跟"
# The run of a name written by sound with its middle dot ("某某·某某"), right before a surname:
# the Han name read there is that name's tail.
SOUNDED_TAIL = re.compile(r"[·•‧・][\u4e00-\u9fff]*$")
AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的")
# A feature's introduction of its subject by name: "她叫某某，是…", "一位名叫某某的…", and a diary's
# own, in the first person: "我叫某某，是某局派驻某村的第一书记".
NAMED_SO = re.compile(r"(?:[我他她]|名)叫")
NAMED_END = tuple("，,。、的是")
# The count that closes a list of names: "甲、乙两位同志", "甲、乙、丙三名同志参加".
LIST_COUNT = re.compile(names.COUNT_WORDS + r"(?:位|名)")
# …and right before 同志, its measure word left out too ("甲、乙两同志分别任…").
COUNT_BEFORE = re.compile(names.COUNT_WORDS + r"(?:位|名)?$")
# A wire-service dateline credits its reporters in brackets: "某网某地9月15日电(张三 李四)".
LIST_SEP = re.compile(r"[、\s]+")
ITEM_END = set("、，,。；;：:）)”\"！？!? \u3000\n")     # what ends a list's item right after a name
# A career told right after the name and a comma, from its first dated step: "某某，2001年至
# 2008年在某镇工作…", "某某，2011年起任…" (kg.recognize.career_profiles.PROFILE_AFTER alike).
CAREER_OPENING = r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:至|到|—|－|-|起任|起担任|任|担任|当选)"
# An official profile opens with the name, then sex, nationality or birth month:
# "某某，男，汉族，1970年5月生", "某某(女),196812月生".
PROFILE = re.compile(r"\s*(?:[（(]女[)）])?\s*[,，]\s*(?:男|女|[\u4e00-\u9fff]{1,3}族|\d{4}年?\d{1,2}月"
                     rf"|{BIRTH_YEAR}|{CAREER_OPENING})")  # (a birth year alone: "某某，1975年生")
BEFORE_SPEAKER = "，,。“”：: 、"
# What opens a clause before a name that has no surname to show where it starts.
CLAUSE_OPEN = "，,。；;：:“ "


class PersonFinder(TitledReading, ModelReading, WrittenReading, CreditReading, NoticeReading, HolderReading, HonorificReading,
                   RoleReading, RollReading, ClauseReading):
    def __init__(self, art: Article):
        self.art = art
        self.posts = PostParser(art)
        self.known: dict[str, Span] = {}
        self.titles: list[tuple[int, int, str]] = []
        self.nouns = set(words("person_nouns"))
        self.form_name: str | None = None     # the record of a personnel form being read (person_notices)

    def run(self) -> None:
        for sent in self.art.sentences:
            self._introductions(sent.index, sent.simp)
        for sent in self.art.sentences:
            self._model_names(sent.index, sent.simp)
            self._tibetan_names(sent.index, sent.simp)
            self._dotted_names(sent.index, sent.simp)
            self._bracket_titled(sent.index, sent.simp)
        self._fold_prefixes()
        for sent in self.art.sentences:
            self._mentions(sent.index, sent.simp)
        for sent in self.art.sentences:
            self._clause_posts(sent.index, sent.simp)
            self._held_by(sent.index, sent.simp)
        for name in [n for n, p in self.known.items() if self._headline_topic(n, p)]:
            person = self.known.pop(name)
            self.art.spans["post"] = [x for x in self.art.of("post") if x.get("person") is not person]
        self.art.of("person").extend(self.known.values())

    def _headline_topic(self, name: str, person: Span) -> bool:
        """Whether a name read only in the headline is a column's "who talks about what"
        ("书记谈振兴", "县长谈发展": 谈 is the verb, the topic a word of the dictionary), where
        the surname 谈 and a given name would read the same: such a one is never written but
        right after a title, in the headline and wherever the column is named.

        >>> import types
        >>> art = types.SimpleNamespace(title="乡镇党委书记谈振兴", sentences=[types.SimpleNamespace(simp="乡镇党委书记谈振兴")])
        >>> reader = PersonFinder.__new__(PersonFinder); reader.art = art
        >>> reader._headline_topic("谈振兴", {"sentences": {0}}), reader._headline_topic("谈振兴", {"sentences": set()})
        (True, False)
        """
        headline = bool(self.art.sentences) and self.art.sentences[0].simp == self.art.title
        if not (headline and 0 in person["sentences"] and name.startswith(HEADLINE_VERBS) and len(name) == 3
                and not names.rare(name[1:])):
            return False
        texts = [self.art.sentences[i].simp for i in person["sentences"]]
        return all(introducers().suffix(text[max(0, at - 8):at]) for text in texts
                   for at in (m.start() for m in re.finditer(name, text)))      # (the column's name quoted: alike)

    # -- introductions -------------------------------------------------------------
    def _introductions(self, idx: int, text: str) -> None:
        """Names are introduced in running text, never inside a document title 《…》 (but a
        magazine's title before its reporter is the byline's outlet: "《某某周刊》 记者 某某")."""
        text = re.sub(r"《[^《》]*》(?!\s*(?:记者|通讯员))", lambda m: "＿" * len(m.group(0)), text)
        self._bylines(idx, text)
        self._titled(idx, text)
        for m in HONORIFIC.finditer(text):
            title = introducers().suffix(text[max(0, m.start() - 6):m.end()])
            if title and len(title) > len(m.group(1)):
                continue                     # "常务副主席": the end of a longer title, no name before 主席
            at = m.start()
            count = COUNT_BEFORE.search(text, 0, at) if m.group(1) == "同志" else None
            if count and re.search(r"[、和与及]", text[max(0, count.start() - 12):count.start()]):
                at = count.start()           # "甲、乙两同志": the list's count, then 同志
            name = self._name_before(idx, text, at)
            if name:
                self._person(name, idx, at - len(name))
                if m.group(1) != "同志":
                    self._post(name, self.posts.record(idx, m.start(), m.end(), m.group(1)))
        self._addressed(idx, text)
        for i in range(len(text)):
            if (i == 0 or text[i - 1] in BEFORE_SPEAKER) and names.surname_at(text, i) \
                    and any(text.startswith(SPEECH, i + n) for n in (2, 3, 4)):     # no speech verb: no reading
                for name in names.readings(text, i, strict=True):
                    if text.startswith(SPEECH, i + len(name)):
                        self._person(name, idx, i)
        self._named_then_titled(idx, text)
        self._rosters(idx, text)
        self._roll_row(idx, text)
        self._forms(idx, text)
        self._holders(idx, text)
        self._as_role(idx, text)
        self._appointments(idx, text)
        self._decisions(idx, text)
        self._nominees_named_after(idx, text)
        self._profile(idx, text)
        for m in AGE.finditer(text):
            name = names.choose(names.readings(text, m.end(), strict=True), self.art.simp)
            if name:
                self._person(name, idx, m.end())
        for m in NAMED_SO.finditer(text):
            ended = [n for n in names.readings(text, m.end(), strict=True) if text.startswith(NAMED_END, m.end() + len(n))]
            name = names.choose(ended, self.art.simp)
            if name:
                self._person(name, idx, m.end())

    def _known_at(self, text: str, at: int) -> str | None:
        """A person already met whose name is written here ("村民赵永福30亩…" after
        "李家平说"): the whole name, not the shorter reading a figure after it leaves."""
        return next((k for k in sorted(self.known, key=len, reverse=True) if len(k) >= 3 and text.startswith(k, at)), None)

    def _profile(self, idx: int, text: str) -> None:
        lead = len(text) - len(text.lstrip())
        for name in names.readings(text, lead):      # the profile's own shape is the evidence
            if PROFILE.match(text, lead + len(name)):
                self._person(name, idx, lead)
                return
        minority = profiled_name(text, lead)         # a name of another people: no Han surname
        if minority is not None:
            self._person(minority[0], idx, minority[1])

    def _he_surname(self, idx: int, text: str, at: int, title: str) -> str | None:
        """和 right after a post's title, then a given name the model reads: the surname 和
        (a Naxi one of Yunnan's north-west, "市委书记和某某主持"), not the conjunction
        ("县委书记和县长": a title after it, which the model reads as no name)."""
        given = statistical.candidate_at(self.art, idx, at + 1) if text[at:at + 1] == "和" and title not in self.nouns else None
        return "和" + given if given and len(given) == 2 and names.plausible("和" + given, strict=False) else None

    def _listed_after(self, idx: int, text: str, pos: int) -> list[tuple[str, int]]:
        """Names that follow a name in a list joined by 、 or spaces, until something that
        is not a name: a title starts a new introduction ("县长甲、副县长乙"), a place or a
        body starts the next item's post ("…主任甲、区政协主席乙", "摄影:甲 某镇…")."""
        out = []
        starts = {x.start for k in ("place", "org") for x in self.art.in_sentence(k, idx)}
        while True:
            sep = LIST_SEP.match(text, pos)
            if not sep or introducers().match_at(text, sep.end()) or sep.end() in starts:
                return out
            name, width = self._byline_name(text, sep.end(), strict=True)
            model = statistical.candidate_at(self.art, idx, sep.end())
            if not name and model and 2 <= len(model) <= 4 and names.surname_at(model, 0) \
                    and all("\u4e00" <= c <= "\u9fff" for c in model) and names.plausible(model, strict=False):
                name, width = model, len(model)          # "通讯员甲、乙）": a name whose given part is a word
            loose = names.readings(text, sep.end()) if not name and names.surname_at(text, sep.end()) else []
            if loose and text.startswith(names.lexicon()[2], sep.end() + len(loose[-1])):
                name, width = loose[-1], len(loose[-1])  # "市领导甲、龙某跃参加": a word for a given name, a verb after
            end = sep.end() + width
            if not name or not (names.ends_name(text, end) or text[end] in ITEM_END or LIST_COUNT.match(text, end)):
                return out                # "副镇长甲、某庙片片长乙": the item goes on, a place's post
            out.append((name, sep.end()))
            pos = end

    @staticmethod
    def _four_character_name(name: str) -> bool:
        """Four characters make a Han name only with a two-character surname (欧阳某某);
        else they are a name of sounds (a Yi or Tibetan name), or a set phrase."""
        return len(names.surname_at(name, 0) or "") == 2 or sum(c in names.transliteration() for c in name) >= 3

    def _name_before(self, idx: int, text: str, end: int) -> str | None:
        """"某某总书记": a surname three or two characters before the post, which does not
        end a title before it ("副主任和秘书长": 任 closes 主任, no name 任和) and is no place
        or body the recognizers read ("区政协主席": a district's committee)."""
        spans = [x for k in ("place", "org") for x in self.art.in_sentence(k, idx) if x.start >= 0]
        for n in (3, 2):
            i = end - n
            name = text[max(i, 0):end]
            if i > 0 and introducers().suffix(text[max(0, i - 6):i + 1]):
                continue
            if n == 3 and i > 0 and text[i] in PREPOSITION_SURNAMES and introducers().suffix(text[max(0, i - 6):i]):
                continue                  # "某职由某某同志兼任": 由 after the title is the preposition
            if any(x.start <= i < x.end or i < x.start < end for x in spans) or not boundary(text, max(0, i - 4), end, i):
                continue                  # "情况向总书记", "座谈会是总书记": the surname ends a word;
                                          # "会议由某德市委书记主持": a place begins inside the name
            if any(c in names.NOT_GIVEN for c in name[1:]):
                continue                  # "孙明等同志": the list's 等, not a name's character
            if i > 0 and SOUNDED_TAIL.search(text[max(0, i - 12):i]):
                continue                  # "某某·阿不都某某同志": the end of a name written by sound, no Han name
            if name[-1] in ADDRESSING and i > 0:
                continue                  # "县长某某向记者介绍": who is addressed, not a name's end
            if i >= 0 and len(names.surname_at(text, i) or name) < len(name) and all("\u4e00" <= c <= "\u9fff" for c in name):
                #      (a surname alone is how one is addressed: "司马书记", "欧阳主任" — no full name)
                proposed = statistical.candidate_at(self.art, idx, i) == name     # the model reads it there
                if (names.plausible(name) or proposed) and (i == 0 or not names.surname_at(text, i - 1) or n == 3):
                    return name
        i = end - 2
        if i >= 0 and text[i] in names.initials() and (i == 0 or text[i - 1] in CLAUSE_OPEN) \
                and "\u4e00" <= text[i + 1] <= "\u9fff" and text[i + 1] not in names.NOT_GIVEN \
                and not any(x.start < end and i < x.end for x in spans) and tag_of(text[i:end]) is None:
            return text[i:end]            # "岩某副主任一行…": a Dai name (kg/data/name_initials.txt) opening its clause,
            #                               no word of the dictionary (玉米, 岩石)
        return None

    # -- later mentions and clause posts ---------------------------------------------
    def _fold_prefixes(self) -> None:
        """A name read only where a longer name the article gives goes on ("26岁的罗布次仁":
        an age read 罗布, the Tibetan reading 罗布次仁) is that longer name: its posts are
        the longer name's, and it is no person of its own."""
        texts = [s.simp for s in self.art.sentences]
        for short in sorted(self.known, key=len):
            longer = [k for k in self.known if k != short and k.startswith(short)]
            if len(longer) != 1 or any(t.count(short) != t.count(longer[0]) for t in texts):
                continue
            kept = self.known.pop(short)
            for post in self.art.of("post"):
                if post["person"] is kept:
                    post["person"] = self.known[longer[0]]
            self.known[longer[0]]["sentences"] |= kept["sentences"]
            self.known[longer[0]]["roles"] |= kept["roles"]

    def _mentions(self, idx: int, text: str) -> None:
        for name in sorted(self.known, key=len, reverse=True):
            start = text.find(name)
            while start >= 0:
                longer = any(k != name and k.startswith(name) and text.startswith(k, start) for k in self.known)
                if not longer:
                    self.known[name]["sentences"].add(idx)
                start = text.find(name, start + len(name))

    # -- records ---------------------------------------------------------------------
    def _cut_at_verb(self, idx: int, at: int, sound: str | None) -> str | None:
        """A dotted name read by its sounds ends where the model reads a verb with its
        aspect particle ("某·某某带着…", "…拿了…": 带 is no sound of the name), or where the
        model's own reading of the name ends before a verb ("某·某某|商量…").  The model's
        other words inside such names are no evidence: it cuts them anywhere."""
        if not sound or "·" not in sound:
            return sound
        least = at + sound.rindex("·") + 3
        text = self.art.sentences[idx].simp
        words = self.art.context.get("words", {}).get(idx, ())
        cut = min((a for a, z, tag in words
                   if least <= a < at + len(sound) and tag == "v" and text[z:z + 1] in ("着", "了", "过")), default=None)
        dot = at + sound.rindex("·") + 1
        own = next((z for a, z, tag in words if a in (at, dot) and tag == "PER" and least <= z <= at + len(sound) - 1), None)
        #            (the model's whole name, or its reading of the part after the dot: "某某|·|某某某|看到")
        #            (one sound past the model's end is the name's: "某·某某提|高兴…", the model's 提高;
        #             one that is no sound is the verb's: "某·某某|看到…")
        if own is not None and any(a == own and tag == "v" for a, _, tag in words) \
                and not set(sound[own - at:]) <= names.transliteration():
            cut = min(cut or own, own)        # "某·某某|商量…": the model's name ends where its verb begins
            #                                   (not where the rest is sounds: "某·艾合|买提作…", the model's 买)
        return sound[:cut - at] if cut is not None else sound

    def _person(self, name: str, idx: int, start: int) -> None:
        if name not in self.known:
            self.known[name] = Span("person", idx, start, self._written_end(name, idx, start), name,
                                    {"name": name, "sentences": set(), "roles": set()})
        self.known[name]["sentences"].add(idx)

    def _written_end(self, name: str, idx: int, start: int) -> int:
        """Where the name the text writes from `start` ends, over the spaces a credit or a
        heading sets between its characters ("摄影 王 丽"): the reader marks what is written."""
        text = self.art.sentences[idx].simp if 0 <= idx < len(self.art.sentences) else ""
        end, k = start, 0
        while k < len(name) and end < len(text) and (text[end] == name[k] or text[end] in " \u3000" and k):
            k += text[end] == name[k]
            end += 1
        return end if k == len(name) else start + len(name)

    def _post(self, name: str, post: Span) -> None:
        person = self.known[name]
        post["person"] = person
        person["roles"].add("journalist" if post["title"] in PRESS_TITLES else "official")
        clause = getattr(post.get("cue"), "how", None) == "clause"     # "2019年到某村任…": dated later, merged then
        if not clause and any(p["title"] == post["title"] and not _one_chain(p, post) for p in self.art.of("post") if p["person"] is person):
            post["again"] = True      # "原某市副市长某某" then "某市人民政府原副市长某某": the body the
                                      # second names is the first's (kg.link.post_merge), or it is dropped
        self.art.add(post)


def _one_chain(one: Span, other: Span) -> bool:
    """Whether two posts are items of one chain of titles before the person's name, in one
    sentence ("某市委常委、组织部部长、统战部部长某某": two 部长, two departments)."""
    cue, other_cue = one.get("cue"), other.get("cue")
    return one.sent == other.sent and cue is not None and other_cue is not None and cue.how == other_cue.how == "segment" \
        and abs(one.start - other.start) <= 30


@register
class Persons(Component):
    """Persons and the posts the text gives them (ck:Person, ck:Position)."""
    name = "persons"
    requires = ("place", "org")
    uses = ("candidate",)
    assigns = ("person", "post")

    def __call__(self, art: Article) -> Article:
        PersonFinder(art).run()
        for p in art.of("person"):
            roles = p.attrs.pop("roles")
            p["role"] = "journalist" if roles == {"journalist"} else "official" if roles else "other"
            p["sentences"] = sorted(p["sentences"])
        return art

