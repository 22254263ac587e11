"""A name introduced by the post titles before it, the commonest form of official news
("县委副书记、县长某某", "村党支部书记某某说"), as a mixin of kg.recognize.persons.PersonFinder,
which gives `art`, `posts`, `known`, `nouns`, `titles` and the readers of names it calls.

What may stand between the title and the name: a quote's close (某村“第一书记”某某), a note
(副县长（挂职）某某), how long the post was held and 的 (担任村党支部书记已有10年的某某), 的 alone
(时任某市长的某某), 为 (县委书记为某某), 由 and the holder's verb (某职由某某担任), a report
heading's space (县长 某某); then the name is read by the rules, the model, the sounds of a
minority name, a Yi clan name or a Tibetan one, whichever reads longest where a word ends.
"""
from __future__ import annotations

import re

from kg.recognize import names, statistical, tibetan_names, yi_names
from kg.recognize.person_credits import PADDED, heading_name
from kg.recognize.person_proposals import NAMED_ACTS, SPEECH, introducers, introductions
from kg.recognize.post_chains import blank_quoted_titles
from kg.recognize.org_names import title_matcher
from kg.lang.words import longest_first, words
from kg.recognize.segment import boundary, tag_of

# A note between a title and the name: a secondment, the rank the post carries, or a deputy
# in charge while the head's post is vacant ("副局长（主持工作）某某"); the holder's party where
# he is no Communist, as united-front news writes it ("县政协副主席（民建）某某": the eight
# democratic parties of kg/data/democratic_parties.txt, or none, 无党派).
POST_NOTE = re.compile(r"[（(](?:挂职|正处级|副处级|正厅级|副厅级|正科级|副科级|正县级|副县级|兼|代|主持工作|主持全面工作"
                       r"|援疆|援藏|援青|无党派人士|无党派|" + "|".join(longest_first(words("democratic_parties"))) + r")[）)]")
#                        (an official the paired-aid programmes send: "某县委副书记（援疆）")
# A river's, a lake's or a forest's chief: the title's first character ends a word before it
# as often ("黄河|长江两岸", "森林|长势"), so the title must start a word.
CHIEFS = ("河长", "湖长", "林长", "司长")      # (and a ministry department's: "公司|长期")
# A quoted word on how the posts are held, between them and the 的 before the name ("…“一肩挑”的某某").
QUOTED_OF = re.compile(r"[“\"][\u4e00-\u9fff]{2,6}[”\"](?=的)")
# How long the post has been held, between it and the 的 before its holder's name.
HELD_FOR_OF = re.compile(r"(?:已有|已经|已|有)?(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:多|余)?个?年(?:多|之久)?(?=的)")
# The holder after a post and 由, then the verb: "某市委书记由某某担任" (a notice's passive), "镇人大主席由某某当选".
BY_HOLDER = re.compile(r"([\u4e00-\u9fff·]{2,6}?)(?:同志)?(?:担任|兼任|出任|接任|当选)")
COLLECTIVE = "领导"
# What a cadre is in the body that sent him, between the body and his name ("某局干部某某").
SENT_AS = re.compile(r"干部|工作人员|职工|党员|同志|选调生")      # "县领导某某、某某陪同": the leaders listed without their posts
# The suffixes of divisions' full names (某某镇, 某某县, 某某街道): no person's name is written so.
DIVISION_SUFFIXES = ("省", "市", "县", "区", "旗", "镇", "乡", "村", "街道", "社区")


ADVERB_BEFORE_SPEECH = set("也都还就又")     # "某某也说": one adverb between a speaker and the verb
# The verbs of saying a name's last character may open, which jieba takes into the name ("某某|称"):
# speech, and its terse 称 and 讲.
SAID = SPEECH + ("称", "讲")
# What only a person does right after the name a title introduces: speaks, chairs, attends,
# accompanies, leads, gives a speech ("副县长某某陪同", "局长某某致辞").
PERSONS_ACTS = NAMED_ACTS + ("陪同", "参加", "讲话", "致辞", "率队", "宣读")


def _quoted_from(text: str, s: int) -> int | None:
    """Where the quote that the title at `s` ends opened: right before it ("“第一书记”"), or
    a few characters before, over its qualifiers ("“五保贫困户”")."""
    q = max(text.rfind("“", max(0, s - 6), s), text.rfind('"', max(0, s - 6), s))
    return q if q >= 0 and not any(c in "”，,。；;、" for c in text[q + 1:s]) else None


class TitledReading:
    def _titled(self, idx: int, text: str) -> None:
        """Every title of the sentence that a name follows gives that name its chain of posts,
        and the names listed after it the same posts."""
        addressed = [(k, k + len(v)) for k, v in statistical.candidates(self.art, idx).items()]
        self.titles = [t for t in introductions(text)      # one pass per sentence, read by the helpers
                       if text[t[1]:t[1] + 1] != "会"       # 委员会, 常委会: the body, not its member
                       and not (t[2] in CHIEFS and not boundary(text, max(0, t[0] - 3), min(len(text), t[1] + 3), t[0]))
                       and not any(a < t[0] and t[1] <= z for a, z in addressed)]
        #   (a title the model reads inside a name's word, "陈书记多次提到…": how one is addressed,
        #    a surname and the title; no name follows it)
        for s, e, title in self.titles:
            chain_text, at = self._names_break(blank_quoted_titles(text, self.titles), s), e
            if text[e:e + 1] in "”\"" and _quoted_from(text, s) is not None:      # 某村“第一书记”某某, “五保贫困户”某某
                at = e + 1
            if text[at:at + 1] == "兼" and any(a == at + 1 for a, _, _ in self.titles):
                continue                           # "某省委书记兼省长某某": the name comes after the post held beside
            note = POST_NOTE.match(text, at)       # "副县长（挂职）某某", "副县长（正处级）某某"
            at = note.end() if note else at
            held = HELD_FOR_OF.match(text, at) or QUOTED_OF.match(text, at)
            at = held.end() if held else at          # "担任村党支部书记已有10年的某某": how long, then 的; "书记、
            #                                           主任“一肩挑”的某某": a quoted word on how they are held
            of = text[at:at + 1] == "的"          # "时任某市长的某某": the post, 的, then the name
            be = text[at:at + 1] == "为" and text[s - 1:s] not in ("以", "由")   # "县委书记为某某，": who held it
            post_word = 2 if text.startswith(("一职由", "职务由"), at) else 0               # "某职一职由某某兼任"
            by = text[at + post_word:at + post_word + 1] == "由" and BY_HOLDER.match(text, at + post_word + 1) is not None
            at += of or be or (post_word + 1 if by else 0)                                # "某市委书记由某某担任"
            at = (self._past_sender(idx, text, at) or at) if of else at     # "…第一书记的市税务局干部某某"
            gap = len(text[at:at + 4]) - len(text[at:at + 4].lstrip(" \u3000"))     # the spaces after the title
            padded = PADDED.match(text, at + gap) if gap else None
            heading = heading_name(text, at) if title not in self.nouns else None
            heading = None if heading and self._place_named(idx, text.index(heading, at), heading) else heading
            placed = any(p.start <= at + gap < p.end for p in self.art.in_sentence("place", idx))
            framed = self._framed_name(text, at + gap) if gap and not placed else None
            if gap and (padded or heading or not placed and (names.readings(text, at + gap, strict=True) or framed)):
                at += gap                        # "县长 某某 各位代表": a report's heading; a column laid out with
                at = text.index(heading, at) if heading else at      # spaces, "党委书记  某某某  介绍" (a table's
                #                                                      wider gap: "县长    某某")
            listed = self._first_of_list(idx, text, at, title)
            name = self._known_at(text, at) or framed or names.choose(names.readings(text, at, strict=of or title in self.nouns), self.art.simp) \
                or listed \
                or heading or self._he_surname(idx, text, at, title) or self._acting(idx, text, at, title)
            dai = self._initial_speaker(text, at) if title in self.nouns else None
            if dai and (not name or name == dai + text[at + len(dai)]):
                name = dai                       # "村民岩某说", "村民玉某也说" (not 玉某也): a Dai name's initial
                #                                  (kg/data/name_initials.txt), a speaker's verb after
            if padded and names.surname_at(text, at) and title not in self.nouns:
                name = padded.group(1) + padded.group(2)      # "县长 王 丽": a two-character name set to three's width
            model = statistical.candidate_at(self.art, idx, at)
            if name and model and len(model) == len(name) + 1 and model.startswith(name) and name not in self.known \
                    and not names.ends_name(text, at + len(name)) and names.plausible(model, strict=False) \
                    and (tag_of(model[-1]) or "x")[0] not in "davpcu":        # not "某某正…", "某某深入…"
                name = model                     # "贫困户某某某送上…": the model's longer name where no word ends the rules'
            elif name and model and len(model) == len(name) - 1 and name.startswith(model) and model not in self.known \
                    and text.startswith(SAID, at + len(model)) and names.surname_at(model, 0):
                name = model                     # "主席某某称，": the model's shorter name where the rules' last
                #                                  character opens a verb of saying (jieba's guess took it in)
            if name and len(name) == 3 and name not in self.known and text.startswith("着", at + 3) \
                    and (tag_of(name[-1]) or "x")[0] == "v" and names.surname_at(name, 0):
                name = name[:2]                  # "老人刘某拉着…的手": a verb and its 着 after a two-character name
            if of and name and (title in self.nouns or name[-1] == name[-2]
                                or name not in self.known and model != name):
                continue                         # "总书记的殷殷嘱托", "干部的信访件": the model must read a name too
            if title in self.nouns and name and len(name) == 2 and name not in self.known and model != name and not dai \
                    and self._model_word(idx, at) in ("v", "vn", "vd", "n", "a", "ad", "an"):
                continue                         # "替老人办养老认证": the model's word is a verb or noun, no name
            if title in self.nouns and name and len(name) == 3 and name not in self.known and model != name \
                    and self._verb_and_object(idx, at, at + 3) and (text.endswith(words("pivot_verbs"), 0, s)
                                                                    or text[at + 3:at + 4] == "、" and self._verb_and_object(idx, at + 4, at + 7)):
                continue                         # "带着村民修水渠", "村民修水渠、种果树": what the people do, no name
            if title == COLLECTIVE and name and name not in self.known and model != name \
                    and name != listed:
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
                    and not (len(sound) == len(dotted) + 1 and names.ends_name(text, at + len(sound))) \
                    and not set(sound[len(dotted):]) <= names.transliteration():
                sound = dotted                   # "某·某某带着…": the model's name, where its next word is a verb
                                                 # (not one sound before a word that follows names: "某·麦麦提|激动地说",
                                                 # nor where all past it are sounds: "某·艾合|买提作…", the model's 买)
            sound = self._cut_at_verb(idx, at, sound or dotted)
            name = sound if sound and len(sound) > len(name or "") else name
            ended = at + len(model) if model and self._ends_word(idx, text, at + len(model)) else None
            yi = yi_names.name_at(text, at, ended)
            name = yi if yi and len(yi) > len(name or "") else name       # "部长马海木呷说": past the clan's two characters
            tibetan = tibetan_names.name_at(text, at, introducers().suffix) if name and text[at:at + 2] in tibetan_names.parts() else None
            name = tibetan if tibetan and len(tibetan) > len(name) else name   # "主任普布顿珠": not a surname 普
            name = self._adverb_after(idx, at, name, model)
            if not name:
                name = self._proposed(idx, text, at) or tibetan_names.name_at(text, at, introducers().suffix) \
                    or (self._place_worded(idx, text, at) if title not in self.nouns else None)
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

    def _first_of_list(self, idx: int, text: str, at: int, title: str) -> str | None:
        """The first name of a list a person noun opens, a name of words read loosely where
        names follow it after 、 ("县领导周建设、吴某某等出席": 建设, a verb, is a given name of
        the era): the list vouches for it as a title would."""
        if title not in self.nouns:
            return None
        loose = names.readings(text, at)
        name = loose[-1] if loose else None
        if not name or len(name) == 3 and self._verb_and_object(idx, at, at + 3):
            return None                   # "村民修水渠、种果树": what they do, listed
        return name if text.startswith("、", at + len(name)) and self._listed_after(idx, text, at + len(name)) else None

    def _acting(self, idx: int, text: str, at: int, title: str) -> str | None:
        """A two-character name that is a noun as well (方圆, 黄河), right after a post's title
        and right before what only a person does, a word of its own as the model reads it
        ("部长方圆陪同调研", "县长黄河主持会议"; not "县长信箱说明了…": 说明, no 说): the title and
        the act say a person stands between, whatever the word."""
        name = text[at:at + 2]
        act = next((a for a in PERSONS_ACTS if text.startswith(a, at + 2)), "")
        word = next((text[a:z] for a, z, _ in self.art.context.get("words", {}).get(idx, ()) if a == at + 2), "")
        if title in self.nouns or len(names.surname_at(text, at) or "") != 1 or len(name) < 2 or not act \
                or not (word == act or len(act) > 1 and word and (word.startswith(act) or act.startswith(word))) \
                or not (tag_of(name) or "n").startswith("n"):
            return None           # (the model's word is the act, opens with it or opens it: 主持会议, 作|工作报告; not 说明)
        return name if names.plausible(name, strict=False, words_too=True) else None

    def _verb_and_object(self, idx: int, start: int, end: int) -> bool:
        """Whether the model reads [start, end) as a one-character verb and the noun it
        governs ("修|水渠", "种|果树"). After a person noun that a verb of leading or
        urging governs ("带着村民修水渠", "组织群众种果树": what the people are led to do)
        such a reading is no name; elsewhere a surname that is also a verb stays one
        ("村民修某某告诉记者")."""
        words = {a: (z, t) for a, z, t in self.art.context.get("words", {}).get(idx, ())}
        verb, obj = words.get(start), words.get(start + 1)
        return verb == (start + 1, "v") and obj is not None and obj[0] == end and obj[1][:1] == "n"

    @staticmethod
    def _initial_speaker(text: str, at: int) -> str | None:
        """A name that opens with a Dai initial (岩, 玉: 玉 a surname too) after a person noun, its
        shortest reading that a speaker's verb follows, an adverb between or not ("村民岩某说",
        "村民岩某也表示"); the noun alone is too weak for any other such reading."""
        if not names.initial_at(text, at):
            return None
        first = next(iter(names.readings(text, at)), None)
        after = at + len(first) if first else at
        after += text[after:after + 1] in ADVERB_BEFORE_SPEECH
        return first if first and text.startswith(NAMED_ACTS, after) else None

    def _past_sender(self, idx: int, text: str, at: int) -> int | None:
        """Where the name starts after the body that sent its holder and what he is there,
        written between 的 and the name: "挂职任副县长的某某大学教授某某", "担任第一书记的市税务局
        干部某某" (the post before 的 is the name's, the body and its word describe him).  The body
        is one the rules read there or the model proposes (a bare "省某厅" of an unnamed province)."""
        bodies = [o for o in self.art.in_sentence("org", idx) if o.start == at] \
            or [c for c in self.art.in_sentence("candidate", idx) if c.start == at and c["tag"] == "ORG"]
        for body in sorted(bodies, key=lambda b: -b.end):     # a unit of the body first: "某委员会综合处|处长某某"
            word = SENT_AS.match(text, body.end)
            title = title_matcher().match_at(text, body.end) if word is None else None
            end = word.end() if word else body.end + len(title) if title else None
            if end is not None and (names.readings(text, end, strict=True) or statistical.candidate_at(self.art, idx, end)):
                return end
        return None

    def _place_worded(self, idx: int, text: str, at: int) -> str | None:
        """A two-character name right after a post that is also a place's short name (jieba
        tags it a place: "庭长高平主持", "县长邵东说"), where no place is read there and a
        word that follows names ends it: after a post, the person."""
        name = text[at:at + 2]
        if not names.surname_at(text, at) or tag_of(name) != "ns" or not names.ends_name(text, at + 2) \
                or any(p.start < at + 2 and at < p.end for p in self.art.in_sentence("place", idx)):
            return None
        return name

    @staticmethod
    def _framed_name(text: str, at: int) -> str | None:
        """A name a column sets off with spaces on both sides, after its title's ("党委书记  某某某
        介绍"), however rare its characters: a reading at `at` a space or the line's end
        closes, not a division's name ("县委书记    某某镇": a table's next column).

        >>> TitledReading._framed_name("党委书记  谭建明  介绍", 6), TitledReading._framed_name("县长  讲话要求", 4)
        ('谭建明', None)
        """
        return next((r for r in names.readings(text, at, strict=False) if not r.endswith(DIVISION_SUFFIXES)
                     and text[at + len(r):at + len(r) + 1] in (" ", "\u3000", "")), None)

    def _place_named(self, idx: int, at: int, name: str) -> bool:
        """Whether a division's full name stands at `at` (a place read there, its level's
        suffix written): "县委书记    某某镇" in a table's row is the township in the next
        column, not a name; a place's short name may be a person's (乌兰)."""
        return name.endswith(DIVISION_SUFFIXES) and any(
            p.start == at and p.end == at + len(name) for p in self.art.in_sentence("place", idx))
