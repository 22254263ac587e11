"""Persons and their posts, read from how official news introduces people.

The introduction patterns, in order of how much they tell:
* apposition chain: place + body + post + name, posts joined by "、"
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
from kg.recognize import names, statistical, tibetan_names, yi_names
from kg.recognize.segment import boundary, tag_of
from kg.recognize.profiles import profiled_name
from kg.recognize.person_credits import PADDED, PRESS_TITLES, CreditReading, heading_name
from kg.recognize.person_holders import HolderReading
from kg.recognize.person_honorifics import HonorificReading
from kg.recognize.person_clauses import ClauseReading
from kg.recognize.person_notices import NoticeReading
from kg.recognize.person_proposals import SPEECH, ModelReading, introducers
from kg.recognize.person_roles import RoleReading
from kg.recognize.posts import PostParser, blank_quoted_titles
from kg.lang.words import words

HONORIFIC = re.compile(r"(总书记|同志|主席(?!团)|总理)")     # (主席 then 团: a congress's presidium)
# A note between a title and the name: a secondment, the rank the post carries, or a deputy
# in charge while the head's post is vacant ("副局长（主持工作）某某").
POST_NOTE = re.compile(r"[（(](?:挂职|正处级|副处级|正厅级|副厅级|正科级|副科级|正县级|副县级|兼|代|主持工作|主持全面工作"
                       r"|援疆|援藏|援青)[）)]")        # (an official the paired-aid programmes send: "某县委副书记（援疆）")
# A river's, a lake's or a forest's chief: the title's first character ends a word before it
# as often ("黄河|长江两岸", "森林|长势"), so the title must start a word.
CHIEFS = ("河长", "湖长", "林长")
PREPOSITION_SURNAMES = "由向于"       # surnames that are prepositions right after a title
# How long the post has been held, between it and the 的 before its holder's name.
HELD_FOR_OF = re.compile(r"(?:已有|已经|已|有)?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:多|余)?个?年(?:多|之久)?(?=的)")
# The holder after a post and 由, then the verb: "某市委书记由某某担任" (a notice's passive).
BY_HOLDER = re.compile(r"([\u4e00-\u9fff·]{2,6}?)(?:同志)?(?:担任|兼任|出任|接任)")
AGE = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的")
# The count that closes a list of names: "甲、乙两位同志", "甲、乙、丙三名同志参加".
LIST_COUNT = re.compile(r"[两二三四五六七八九十]{1,2}(?:位|名)")
# A wire-service dateline credits its reporters in brackets: "某网某地9月15日电(张三 李四)".
LIST_SEP = re.compile(r"[、\s]+")
ITEM_END = set("、，,。；;：:）)”\"！？!? \u3000\n")     # what ends a list's item right after a name
# An official profile opens with the name, then sex, nationality or birth month:
# "某某，男，汉族，1970年5月生", "某某(女),196812月生".
PROFILE = re.compile(r"\s*(?:[（(]女[)）])?\s*[,，]\s*(?:男|女|[\u4e00-\u9fff]{1,3}族|\d{4}年?\d{1,2}月)")
COLLECTIVE = "领导"      # "县领导某某、某某陪同": the leaders listed without their posts
BEFORE_SPEAKER = "，,。“”：: 、"


def _quoted_from(text: str, s: int) -> int | None:
    """Where the quote that the title at `s` ends opened: right before it ("“第一书记”"), or
    a few characters before, over its qualifiers ("“五保贫困户”")."""
    q = max(text.rfind("“", max(0, s - 6), s), text.rfind('"', max(0, s - 6), s))
    return q if q >= 0 and not any(c in "”，,。；;、" for c in text[q + 1:s]) else None


class PersonFinder(ModelReading, CreditReading, NoticeReading, HolderReading, HonorificReading, RoleReading, ClauseReading):
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
        for sent in self.art.sentences:
            self._mentions(sent.index, sent.simp)
        for sent in self.art.sentences:
            self._clause_posts(sent.index, sent.simp)
        self.art.of("person").extend(self.known.values())

    # -- introductions -------------------------------------------------------------
    def _introductions(self, idx: int, text: str) -> None:
        """Names are introduced in running text, never inside a document title 《…》 (but a
        magazine's title before its reporter is the byline's outlet: "《某某周刊》 记者 某某")."""
        text = re.sub(r"《[^《》]*》(?!\s*(?:记者|通讯员))", lambda m: "＿" * len(m.group(0)), text)
        self._bylines(idx, text)
        self.titles = [t for t in introducers().finditer(text)      # one pass per sentence, read by the helpers
                       if text[t[1]:t[1] + 1] != "会"       # 委员会, 常委会: the body, not its member
                       and not (t[2] in CHIEFS and not boundary(text, max(0, t[0] - 3), min(len(text), t[1] + 3), t[0]))]
        for s, e, title in self.titles:
            chain_text, at = self._names_break(blank_quoted_titles(text, self.titles), s), e
            if text[e:e + 1] in "”\"" and _quoted_from(text, s) is not None:      # 某村“第一书记”某某, “五保贫困户”某某
                at = e + 1
            note = POST_NOTE.match(text, at)       # "副县长（挂职）某某", "副县长（正处级）某某"
            at = note.end() if note else at
            held = HELD_FOR_OF.match(text, at)
            at = held.end() if held else at          # "担任村党支部书记已有10年的某某": how long, then 的
            of = text[at:at + 1] == "的"          # "时任某市长的某某": the post, 的, then the name
            be = text[at:at + 1] == "为" and text[s - 1:s] not in ("以", "由")   # "县委书记为某某，": who held it
            post_word = 2 if text.startswith(("一职由", "职务由"), at) else 0               # "某职一职由某某兼任"
            by = text[at + post_word:at + post_word + 1] == "由" and BY_HOLDER.match(text, at + post_word + 1) is not None
            at += of or be or (post_word + 1 if by else 0)                                # "某市委书记由某某担任"
            padded = PADDED.match(text, at + 1) if text[at:at + 1] in (" ", "\u3000") else None
            heading = heading_name(text, at) if title not in self.nouns else None
            if text[at:at + 1] in (" ", "\u3000") and (names.readings(text, at + 1, strict=True) or padded or heading):
                at += 1                          # "县长 某某 各位代表": a report's heading
            name = self._known_at(text, at) or names.choose(names.readings(text, at, strict=of or title in self.nouns), self.art.simp) \
                or heading or self._he_surname(idx, text, at, title)
            if padded and names.surname_at(text, at) and title not in self.nouns:
                name = padded.group(1) + padded.group(2)      # "县长 王 丽": a two-character name set to three's width
            model = statistical.candidate_at(self.art, idx, at)
            if name and model and len(model) == len(name) + 1 and model.startswith(name) and name not in self.known \
                    and not names.ends_name(text, at + len(name)) and names.plausible(model, strict=False) \
                    and (tag_of(model[-1]) or "x")[0] not in "davpcu":        # not "某某正…", "某某深入…"
                name = model                     # "贫困户某某某送上…": the model's longer name where no word ends the rules'
            if of and name and (title in self.nouns or name[-1] == name[-2]
                                or name not in self.known and model != name):
                continue                         # "总书记的殷殷嘱托", "干部的信访件": the model must read a name too
            if title in self.nouns and name and len(name) == 2 and name not in self.known and model != name \
                    and self._model_word(idx, at) in ("v", "vn", "vd", "n", "a", "ad", "an"):
                continue                         # "替老人办养老认证": the model's word is a verb or noun, no name
            if title == COLLECTIVE and name and name not in self.known and model != name:
                continue                         # "在市领导关心下": a collective, then a name only the model confirms
            if by:                               # the name runs right up to the verb
                held = BY_HOLDER.match(text, at).group(1)
                name = held if names.surname_at(held, 0) and names.plausible(held, strict=False) else None
                if not name:
                    continue
            if be and (not name or title in self.nouns or name not in self.known and model != name
                       or text[at + len(name):at + len(name) + 1] not in ("", "，", ",", "。", "；", "、", "(", "（")):
                continue                         # "书记为民办实事": a name the model reads too, then the clause ends
            sound, dotted = names.transliterated(text, at), self._dotted_model_name(idx, text, at, model)
            if sound and dotted and sound.startswith(dotted) and len(sound) - len(dotted) <= 2 \
                    and self._ends_word(idx, text, at + len(dotted)) \
                    and not self._glued_past(idx, text, at + len(dotted), at + len(sound)) \
                    and not (len(sound) == len(dotted) + 1 and names.ends_name(text, at + len(sound))):
                sound = dotted                   # "某·某某带着…": the model's name, where its next word is a verb
                                                 # (not one sound before a word that follows names: "某·麦麦提|激动地说")
            sound = self._cut_at_verb(idx, at, sound or dotted)
            name = sound if sound and len(sound) > len(name or "") else name
            ended = at + len(model) if model and self._ends_word(idx, text, at + len(model)) else None
            yi = yi_names.name_at(text, at, ended)
            name = yi if yi and len(yi) > len(name or "") else name       # "部长马海木呷说": past the clan's two characters
            tibetan = tibetan_names.name_at(text, at, introducers().suffix) if name and text[at:at + 2] in tibetan_names.parts() else None
            name = tibetan if tibetan and len(tibetan) > len(name) else name   # "主任普布顿珠": not a surname 普
            name = self._adverb_after(idx, at, name, model)
            if not name:
                name = self._proposed(idx, text, at) or tibetan_names.name_at(text, at, introducers().suffix)
                if name and title in self.nouns and (len(name) < 3 or len(name) == 4 and not self._four_character_name(name)):
                    name = None                  # "村民崇德尚义" (a set phrase), "村干部小宋" (how one is addressed)
            if not name or title in self.nouns and text[s - 1:s] == "“" and text.startswith("”", at + len(name)):
                continue                         # "“党员包楼栋”": a quoted slogan, noun and verb, no name
            self._person(name, idx, at)
            posts = self.posts.chain(idx, chain_text, s, e) if title not in self.nouns else \
                self.posts.before_noun(idx, chain_text, s)
            for post in posts:
                self._post(name, post)
            for other, where in self._listed_after(idx, text, at + len(name)):
                self._person(other, idx, where)     # "市委常委甲、乙、丙出席": one post, several names
                for post in posts:
                    self._post(other, self.posts.copy(post))
        for m in HONORIFIC.finditer(text):
            title = introducers().suffix(text[max(0, m.start() - 6):m.end()])
            if title and len(title) > len(m.group(1)):
                continue                     # "常务副主席": the end of a longer title, no name before 主席
            name = self._name_before(idx, text, m.start())
            if name:
                self._person(name, idx, m.start() - len(name))
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
        self._forms(idx, text)
        self._holders(idx, text)
        self._as_role(idx, text)
        self._appointments(idx, text)
        self._decisions(idx, text)
        self._profile(idx, text)
        for m in AGE.finditer(text):
            name = names.choose(names.readings(text, m.end(), strict=True), self.art.simp)
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
            if i >= 0 and names.surname_at(text, i) and all("\u4e00" <= c <= "\u9fff" for c in name):
                if names.plausible(name) and (i == 0 or not names.surname_at(text, i - 1) or n == 3):
                    return name
        return None

    # -- later mentions and clause posts ---------------------------------------------
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
        own = next((z for a, z, tag in words if a == at and tag == "PER" and least <= z <= at + len(sound) - 2), None)
        #            (one sound past the model's end is the name's: "某·某某提|高兴…", the model's 提高)
        if own is not None and any(a == own and tag == "v" for a, _, tag in words):
            cut = min(cut or own, own)        # "某·某某|商量…": the model's name ends where its verb begins
        return sound[:cut - at] if cut is not None else sound

    def _person(self, name: str, idx: int, start: int) -> None:
        if name not in self.known:
            self.known[name] = Span("person", idx, start, start + len(name), name,
                                    {"name": name, "sentences": set(), "roles": set()})
        self.known[name]["sentences"].add(idx)

    def _post(self, name: str, post: Span) -> None:
        person = self.known[name]
        post["person"] = person
        person["roles"].add("journalist" if post["title"] in PRESS_TITLES else "official")
        clause = getattr(post.get("cue"), "how", None) == "clause"     # "2019年到某村任…": dated later, merged then
        if clause or all(p["title"] != post["title"] for p in self.art.of("post") if p["person"] is person):
            self.art.add(post)


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
