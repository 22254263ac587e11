"""The model proposes, the rules decide: persons the statistical recognizer (LAC) reads
where the rules alone find no name — after a post, after a verb that takes a person, a
secretary addressed as 某某书记, a name of sounds with no surname.  A mixin of
kg.recognize.persons.PersonFinder, which gives `art`, `known`, `_known_at` and `_person`.

Each proposal is kept only where the rules agree it is a name: a surname (or the sounds
of a Mongolian, Tibetan or Uyghur name), a plausible given name, no place or body over
it, and a boundary on both sides (a word that follows names, or the model's next word a
verb, an adverb, a preposition or a time).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.matcher import LongestMatcher, occurrences
from kg.lang.words import words
from kg.places.gazetteer import load
from kg.recognize import names, statistical, yi_names
from kg.recognize.org_names import title_matcher
from kg.recognize.segment import tag_of

SPEECH = ("说", "表示", "介绍", "认为", "指出", "强调", "坦言", "告诉")
# What only a person does right after a name: speaks, is listed, leads, chairs, attends, reads or
# announces a decision, accompanies ("组织部部长某某宣读了决定"; a place never reads one).
# A meeting's speakers "作" their report or speech ("某某作表态发言"): 作 with the objects of a
# meeting report only, for 作 opens 作为, 作出, 作用 too.
MEETING_SPEECH = tuple("作" + w for w in ("了", "报告", "工作报告", "讲话", "重要讲话", "发言", "表态发言", "交流发言",
                                          "典型发言", "说明", "汇报", "述职", "动员", "总结", "部署", "专题",
                                          "解读", "政策解读", "辅导", "点评"))
STRONG_AFTER = ("说", "表示", "摄", "等", "同志", "介绍", "指出", "强调", "告诉", "被", "和", "与", "带领", "主持", "出席",
                "宣读", "宣布", "陪同", "涉嫌", "一行") + MEETING_SPEECH
# A meeting's adverbial of time, written without a comma before the clause's subject: "会上某某、
# 某某分别传达…", "会后某某表示…".
MEETING_TIMES = ("会上", "会后", "会中", "席间")
# A step of a career right after the name: "在某某担任某省委书记第17天", "某某任职某市委书记的同日"
# (a place or a body takes no post; the careers read the post after it).
CAREER_AFTER = ("担任", "任职", "出任", "调任", "升任", "兼任", "当选", "履新")
# A person's home right after the name ("走访了低保户某某某家中", "来到某某某家里"): only a person has
# one; the rules may have cut a given name whose last character the dictionary reads as a verb
# before it (某某|胜|家中).
HOME_AFTER = ("家中", "家里")
# Speaking for a body, the body or its level right after 代表: "某某代表区委区政府致辞", "某某代表
# 县“四大班子”…" (代表 alone is also the noun: a deputy).
SPEAKS_FOR = re.compile(r"代表(?:[省市县区旗乡镇村]|党委|党组|政府|全体|组织|公司|单位|“)")
# Speaking at an occasion, the occasion between the name and the verb: "某某在讲话中指出", "某某在
#调研时说", "某某在会上强调" — a person's words, whatever the name's length.
SPOKE_AT = re.compile(r"在[\u4e00-\u9fff“”]{1,12}?[中上时][，,]?(?:" + "|".join(SPEECH + ("要求",)) + ")")
# What a person does, right after a name the model reads after a title: a word the dictionary
# knows as a noun is a name there ("书记马力说", "局长文献主持").
NAMED_ACTS = SPEECH + ("主持", "出席", "同志", "带领", "带队", "一行") + MEETING_SPEECH
MODEL_LEFT = set("，,。；;：:“”‘’「」（）()、 \n和与及同")     # what may stand before a name the model proposes
# What closes a person named as one of a body's people ("来自县财政局的某某（派驻…）、…"): a
# bracket of what he does there, or the list's or clause's end.
OF_BODY_END = ("（", "(", "、", "，", ",", "。", "；")
# Verbs and prepositions that take a person as their object, before a full name the model
# proposes ("接替某某任…", "对某某涉嫌…", "看望某某", "听取了某某的汇报"): a closed class of
# official news's verbs, 了 after them or not.
# Verbs of meeting, hearing and visiting: their object is a person, never the subject of the
# clause after ("会议听取了某某的说明，并…", kg.recognize.career_subjects).
MEETING_VERBS = ("看望", "慰问", "会见", "接见", "见到", "找到", "遇到", "采访", "拜访", "探望", "听取")
# The model's tags of a word that may follow a verb's person object: a noun or an adjective
# of what is said of him ("肃清某某某|流毒", "肃清某某某|严重违纪…").
OBJECT_AFTER = ("n", "vn", "a", "ad")
MODEL_LEFT_WORDS = ("接替", "接任", "对", "给", "向", "为", "把", "由", "让", "请", "陪同", "会同", "委托", "受",
                    "代表", "获悉", "发包给", "转交", "帮助", "带领", "肃清", "握着", "拉着", "征求", *MEETING_VERBS,
                    "授予", "追授", "表彰")
# (肃清: discipline news purges a fallen official's influence, "肃清某某流毒和影响"; a visit's
# leader "握着某某的手", a villager "拉着某某的手": realcorpus r084, r080; a superior "征求某某的意见",
# r072 — 征求群众意见 names no one; an honour's verbs "授予某某、某某等10名同志“…”称号", "追授某某…",
# "表彰某某等": their object a person or a body, which the rules tell apart)


@lru_cache(maxsize=1)
def introducers() -> LongestMatcher:
    """Post titles and person nouns: a name written right after one is introduced."""
    return LongestMatcher(words("titles") + words("person_nouns"))


def introductions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the titles and person nouns of `text`, leftmost-longest; but a
    person noun whose last characters open a longer title gives way to that title:
    "村民兵连长某某" is the village's militia commander, not a villager (村民).

    >>> introductions("村民兵连长李四说"), introductions("村民李四说")
    ([(1, 5, '民兵连长')], [(0, 2, '村民')])
    """
    out, end, nouns = [], 0, set(words("person_nouns"))
    for s, e, word in introducers().finditer(text):
        if s < end:
            continue                     # inside the title that took the noun's place
        if word in nouns:
            title = next(((i, i + len(t), t) for i in range(s + 1, e) if (t := introducers().match_at(text, i))
                          and i + len(t) > e and t not in nouns), None)
            s, e, word = title or (s, e, word)
        out.append((s, e, word))
        end = e
    return out


class ModelReading:
    def _addressed(self, idx: int, text: str) -> None:
        """"某某书记的讲话", "学习甲书记、乙书记讲话精神": a leader named with 书记 after the
        name, as local news addresses its secretaries; and anyone with a form of address
        after the whole name ("年过八旬的某某某老人", kg/data/address_after_names.txt).  Bodies
        end in 书记 too (党支部书记), so the name must be the model's proposal ending right
        there, or a person met before."""
        proposed = {c.end: c.text for c in self.art.in_sentence("candidate", idx) if c["tag"] == "PER"}
        for m in re.finditer("|".join(("书记",) + words("address_after_names")), text):
            name = proposed.get(m.start()) or next((k for k in self.known if text.endswith(k, 0, m.start())), None)
            if not name or text[max(0, m.start() - len(name) - 1):m.start() - len(name)] in ("“", "\"", "‘"):
                continue                  # “某某书记”: a nickname in quotes
            at = m.start() - len(name)
            han = 2 <= len(name) <= 4 and names.surname_at(name, 0) and names.plausible(name, strict=False)
            if (han or yi_names.name_at(text, at, m.start()) == name) and name not in load().names and name not in load().shorts:
                self._person(name, idx, at)

    def _proposed(self, idx: int, text: str, at: int) -> str | None:
        """The statistical recognizer's name after a title the rules could not read: taken
        when it ends where a name ends and is no word, place or body ("…副县长" + a rare
        surname, a Yi or Tibetan name)."""
        word = statistical.candidate_at(self.art, idx, at)
        if word is None:              # "镇党委书记邹平介绍": a name that is a place's short form too,
            place = statistical.candidate_at(self.art, idx, at, "LOC")      # the model's place there, or the
            short = place if place in load().shorts else text[at:at + 2]     # short form the model left unread
            word = short if short in load().shorts and (text.startswith(STRONG_AFTER, at + len(short))
                                                         or self._next_item_titled(text, at + len(short))) else None
        if word is None and text[at + 2:at + 3] == "、" and self._next_item_titled(text, at + 2) \
                and text[at:at + 2] not in re.split(r"[、，,；;。]", text[at + 3:at + 33])[0]:
            word = text[at:at + 2]    # "乡党委书记甘露、乡长某某": a name the dictionary reads as a word, and no
            #                           model's; between a title and the list's next title only a name stands
            #                           (not a word the next item repeats: "组长单位、副组长单位")
        if not word or not 2 <= len(word) <= 6 or not all("\u4e00" <= c <= "\u9fff" for c in word):
            return None
        sounds = names.transliteration() if len(word) >= 3 else ()     # 宝日夫: 日 in a Mongolian name
        if any(c in names.NOT_GIVEN and c not in sounds for c in word[1:]) or word in load().names:
            return None
        if word in load().shorts:     # a place's short form; but "县长阳春主持": a post, a name, its verb
            placed = any(p.start < at + len(word) and at < p.end for p in self.art.in_sentence("place", idx))
            named = names.surname_at(word, 0) and (text.startswith(STRONG_AFTER, at + len(word))
                                                   or self._next_item_titled(text, at + len(word)))
            return word if named and not placed and word not in names.lexicon()[3] else None
        if names.ends_name(text, at + len(word)) and (names.plausible(word, strict=False) or self._repeated(word)
                                                      or self._rare_word_name(word)):
            return word
        if len(word) in (3, 4) and names.surname_at(word, 0) and names.plausible(word, strict=False) \
                and not text.startswith(tuple(words("titles")), at + len(word) - 1):
            return word               # "村委会主任某某某3年前…": the model's own boundary, after a title
        if len(word) == 2 and names.surname_at(word, 0) and names.plausible(word, strict=False) and names.rare(word) \
                and self._ends_word(idx, text, at + 2):
            return word               # "市委书记某凌宣布…": a name no dictionary knows, then the model's verb
        if len(word) == 2 and names.surname_at(word, 0) and text.startswith(NAMED_ACTS, at + 2) \
                and word not in names.lexicon()[3]:
            return word               # "县委书记马力说": a name that is a word too, the model's, a speaker's verb after
        if len(word) == 2 and names.surname_at(word, 0) and self._next_item_titled(text, at + 2) \
                and names.plausible(word, words_too=True):
            return word               # "主任黄海、市长某某": a name that is a place's word or a verb too ("书记甘霖、"),
            #                           between a title and the next item's title
        if len(word) >= 4 and sum(c in names.transliteration() for c in word) >= len(word) - 1 \
                and self._ends_word(idx, text, at + len(word)):
            return word               # "队长格桑瓦达正…": a Tibetan or Uyghur name, no surname, by its sounds
        return None

    @staticmethod
    def _next_item_titled(text: str, end: int) -> bool:
        """Whether the list's next item holds a title after `end`: "主任乌兰，副旗长某某",
        "股长龙文、县教育局副局长某某": the words before were the last item's name (乌兰, a
        Mongolian given name, and 龙文 are counties' short forms too)."""
        if text[end:end + 1] not in ("、", "，", ","):
            return False
        item = re.split(r"[、，,；;。]", text[end + 1:end + 30])[0]     # "…股长某某、县教育局副局长某某": a title
        return any(title_matcher().match_at(item, i) is not None for i in range(len(item)))     # in the next item

    def _adverb_after(self, idx: int, at: int, name: str | None, model: str | None) -> str | None:
        """The model's name where the rules' runs one character past it into a word the
        model reads as an adverb: "队长某·某某正和村民…", "书记岩某正带领…" (a sound name
        that no word following names ends; 正 is the adverb of the verb after)."""
        if not name or not model or len(name) != len(model) + 1 or not name.startswith(model) \
                or "·" not in name and names.surname_at(name, 0):
            return name                   # (a Han name's last character may be such a word: 某书刚, 某昌全)
        end = at + len(model)
        adverb = any(a == end and z == end + 1 and tag == "d" for a, z, tag in self.art.context.get("words", {}).get(idx, ()))
        return model if adverb else name

    @staticmethod
    def _rare_word_name(word: str) -> bool:
        """A surname and one character that the dictionary files as a rare word of another
        kind ("何力", an adverb it counts 28 times), where a title introduces it and the
        model reads a person: a name (never a listed non-name, a post or an honorific)."""
        return len(word) == 2 and bool(names.surname_at(word, 0)) and names.rare(word) \
            and word not in names.lexicon()[3] and word[1:] not in names.titles() and word[1:] not in words("honorifics")

    def _repeated(self, word: str) -> bool:
        """A two-character name the dictionary reads as a word ("强卫": a verb), which the
        article writes three times or more: a person it is about, not a word."""
        return len(word) == 2 and self.art.simp.count(word) >= 3 and word not in names.lexicon()[3] \
            and word[1:] not in names.titles()

    def _model_names(self, idx: int, text: str) -> None:
        """A person the model proposes anywhere, kept where the rules agree it is a name:
        a surname first, a plausible given name, no place or body over it, a word that
        follows names after it ("…说", "…等", "…在"), and a boundary before it."""
        places = [x for k in ("place", "org") for x in self.art.in_sentence(k, idx) if x.start >= 0]
        proposed = statistical.candidates(self.art, idx)
        for at, word in proposed.items():
            end = at + len(word)
            if word in self.known or not 2 <= len(word) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in word):
                continue
            yi = word[:2] in yi_names.clans() and yi_names.name_at(text, at) == word      # "吉克某某": clan and given name
            if (self._known_at(text, at) and not yi) or self._inside_known(text, at, end) or self._bracketed_alias(text, at, proposed):
                continue                      # the rules read a longer name here ("吴德和" over 吴德); a Yi name the
                #                               rules cut short elsewhere ("吉克某|某家中") is the model's whole one
            # Not strict about the given name: the model read a person where 立新, 明远, 为民 are
            # words of the dictionary, and cadres' given names are such words.
            if not names.surname_at(word, 0) or not names.plausible(word, strict=False) or word in load().names or word in load().shorts \
                    or any(c in names.NOT_GIVEN for c in _given(word, names.surname_at(word, 0))):
                continue                      # 某某摄: a photo credit, not a name of three characters
            # A surname and two characters after a title or a verb that takes a person
            # ("接替某某任…") may end where the model's next word is a verb, not a listed follower.
            strong = introducers().suffix(text[max(0, at - 8):at]) or text.endswith(MODEL_LEFT_WORDS, 0, at) \
                or (text[at - 1:at] == "了" and text.endswith(MODEL_LEFT_WORDS, 0, at - 1)) \
                or (text[at - 1:at] == "的" and len(word) == 3)     # "看望了某某", "被誉为“土专家”的某某某正…"
            opening = (at == 0 or text[at - 1] in "，,。；;：:“") and not word.endswith("儿")
            # ("在田间，某某某弯腰查看…": the clause's subject; not an account's readers, "某粉儿注意到")
            loose = len(word) - len(names.surname_at(word, 0)) == 2 and (strong or opening) and not any(
                text.startswith(k, at) for k in self.known) and (self._ends_word(idx, text, end)
                                                                 or strong and self._model_word(idx, end) in OBJECT_AFTER)
            #   (a verb's person object, then what is said of him: "肃清某某某流毒", "…某某某严重违纪…")
            recurring = len(word) == 2 and self._recurring(idx, text, word, end)
            acting = SPOKE_AT.match(text, end) is not None or text.startswith(CAREER_AFTER + HOME_AFTER, end) \
                or SPEAKS_FOR.match(text, end) is not None        # what only a person does, right after the name
            of_body = text[at - 1:at] == "的" and text[end:end + 1] in OF_BODY_END \
                and any(x.kind == "org" and x.end == at - 1 for x in places)    # "县财政局的某某（…）"
            if any(x.start < end and at < x.end for x in places) or not (names.ends_name(text, end) or loose or recurring
                                                                         or of_body or yi or acting):
                continue
            if introducers().suffix(word) or word[-1] == word[-2] and (text[end:end + 1] in "的地" or len(word) != 3) \
                    or word[-1] in "讯报网社" \
                    or word.endswith(words("honorifics")) or (len(word) == 4 and len(names.surname_at(word, 0) or "") < 2 and not yi):
                continue                      # 赵书记 (a title), 黄澄澄的 (an adjective: a doubled given name, 某婷婷,
                #                               only where no 的 or 地 follows), 某某特羊
            joined = text[at - 1:at] in ("和", "与", "及", "、") and any(text.endswith(k, 0, at - 1) for k in self.known)
            met = text.endswith(MEETING_VERBS, 0, at - (text[at - 1:at] == "了")) and text[end:end + 1] in "，,。；;时"
            #     ("记者采访了某某，她…": the visit's person, the clause ending with the name)
            if len(word) == 2 and not text.startswith(STRONG_AFTER, end) and text[end:end + 1] not in "）)、" and not acting \
                    and not self._spaced_list(idx, text, at, end) and not recurring and not joined and not of_body and not met:
                continue                      # a two-character word needs a name's own context
            if len(word) == 2 and _one_head_list(text, at, end, proposed):
                continue                      # "茶旅、林旅、文旅": words of one head, listed
            if text.startswith("等", end) and names.things_after(text[end + 1:]):
                continue                      # "观光、康养等新业态": things listed, no name
            bounded = at == 0 or text[at - 1] in MODEL_LEFT or strong or of_body or self._after_time(idx, at) \
                or acting and text[at - 1] == "在" \
                or text.endswith(MEETING_TIMES, 0, at)      # ("在某某担任某职的第17天": the time of his step)
            if not bounded and not text.startswith(SPEECH, end):
                continue                      # inside a phrase, only a speaker ("种粮大户某某说") is taken
            self._person(word, idx, at)

    def _bracketed_alias(self, text: str, at: int, proposed: dict[int, str]) -> bool:
        """Whether the name at `at` opens a bracket right after a person's name (known, or
        `proposed` by the model): another name of that person ("某某某(苗王)起义": the
        people's name for him), not a second person."""
        if text[at - 1:at] not in ("(", "（") or at < 3:
            return False
        names_before = set(self.known) | set(proposed.values())
        return any(text.endswith(n, 0, at - 1) for n in names_before if len(n) >= 2)

    def _inside_known(self, text: str, at: int, end: int) -> bool:
        """Whether text[at:end] lies inside a longer name already read that starts before
        it ("乌云毕力格": the model's 毕力格 is its last part, not a person of its own)."""
        return any(i <= at and i + len(k) >= end for k in self.known if len(k) > end - at
                   for i in occurrences(text, k))

    def _after_time(self, idx: int, at: int) -> bool:
        """Whether the model's word before `at` is a time ("1935年甲乙丙、丁戊等…"): a name
        may open its clause right after the date."""
        return any(z == at and tag == "TIME" for _, z, tag in self.art.context.get("words", {}).get(idx, ()))

    def _recurring(self, idx: int, text: str, word: str, end: int) -> bool:
        """A two-character name no dictionary knows, which the model reads in two places
        or more of the article, here before a verb or an adverb ("甲乙意识到…", "甲乙终于…":
        a person a feature follows)."""
        if tag_of(word) is not None or not self._ends_word(idx, text, end) \
                or any(k.startswith(word) for k in self.known):
            return False                  # "到甲乙丙家": the start of a longer name met before
        return sum(c.text == word and c["tag"] == "PER" for c in self.art.of("candidate")) >= 2

    def _spaced_list(self, idx: int, text: str, at: int, end: int) -> bool:
        """A name in a credit's list of names set apart by spaces ("（甲乙 丙丁丁）", "记者
        甲乙 丙丁丁"), or in an attendees' list ("出席的领导有：甲乙 丙丁丁。"): spaces or
        brackets on both sides (the list's last name before the clause's end), and the model
        reads a name next to it across a space."""
        last = text[at - 1:at] in (" ", "\u3000") and text[end:end + 1] in ("。", "；", ";", "，", ",", "")
        if not last and (text[at - 1:at] not in (" ", "\u3000", "（", "(") or text[end:end + 1] not in (" ", "\u3000", "）", ")")):
            return False
        proposed = statistical.candidates(self.art, idx)
        return end + 1 in proposed or any(a + len(w) == at - 1 for a, w in proposed.items())

    def _ends_word(self, idx: int, text: str, end: int) -> bool:
        """Whether a word ends at `end`: no Han character follows, or the model's next word
        is a verb, an adverb, a preposition, a particle or a time ("…某某涉嫌…", "…某某3年前…",
        "某某的", "见到某某时")."""
        if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":
            return True
        nxt = next(((z, t) for a, z, t in self.art.context.get("words", {}).get(idx, ()) if a == end), (end, None))
        return nxt[1] in ("v", "vd", "d", "p", "TIME", "c", "u") or text[end:nxt[0]] == "时" \
            or nxt[1] == "m" and text[end:nxt[0]].endswith(("次", "度"))     # "见到某某时", "某某的", "某某首次…"

    def _model_word(self, idx: int, at: int) -> str | None:
        """The tag of the model's word starting at `at`, if one does."""
        return next((t for a, _, t in self.art.context.get("words", {}).get(idx, ()) if a == at), None)

def _given(word: str, surname: str) -> str:
    """The given name's characters NOT_GIVEN is asked about: a generation character 其 opening
    a two-character given name is a name's (刘其林, 王其江), which the model reads as one; as
    a pronoun it follows a verb, never a surname the model reads a person from.

    >>> _given("甲其春", "甲"), _given("甲春其", "甲"), _given("甲其", "甲")
    ('春', '春其', '其')
    """
    given = word[len(surname):]
    return given[1:] if len(given) == 2 and given[0] == "其" else given


def _one_head_list(text: str, at: int, end: int, proposed: dict[int, str]) -> bool:
    """Whether the two characters at [at, end) stand in a 、 list beside a word of two that
    ends with the same character and that the model reads as no person: compounds of one
    head ("茶旅、林旅、文旅"), not names (the model reads "甲军、乙军" both as persons).

    >>> _one_head_list("发展茶旅、林旅、文旅融合", 5, 7, {5: "林旅"}), _one_head_list("王军、李军出席", 3, 5, {0: "王军", 3: "李军"})
    (True, False)
    """
    head = text[end - 1]
    before = at - 3 if text[at - 1:at] == "、" and at >= 3 else None
    after = end + 1 if text[end:end + 1] == "、" and end + 3 <= len(text) else None
    return any(i is not None and text[i + 1] == head and i not in proposed for i in (before, after))
