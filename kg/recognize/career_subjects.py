"""Whose career step it is: the name right before the verb, a name the model reads there,
or the person the sentence or the résumé is about (a mixin of kg.recognize.careers).

    某某任某县县长                 -> the name before the verb
    2018年10月某某调任…            -> a date runs straight into the name
    某某（于）2019年3月调任…       -> the step's date after the name
    某某因工作变动辞去…            -> a reason between the name and the verb
    某某利用担任某局局长职务上的便利 -> a notice's abuse of office (past posts)
    某某在担任某局局长期间…        -> a notice's period of office
    …，2019年升任…                 -> the person last named in the sentence, or in focus;
                                     never the one succeeded (由甲接任…的乙，出任…: 甲)
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.lang.words import body_types
from kg.recognize import names, statistical
from kg.recognize.career_verbs import DECISION
from kg.recognize.career_dates import DATE
from kg.recognize.career_profiles import PROFILE_AFTER, life_years
from kg.recognize.person_proposals import MEETING_VERBS
from kg.recognize.career_topics import UnsaidSubjects
from kg.recognize.org_names import GENERAL_OFFICE

# What may stand between a clause's start and its verb when the person is implied (则: "某某，则由…调任").
IMPLIED = set("他她其后起又先曾并再即则同志均还已于正式之就年月日在此后期间随即从次调职现自前")     # 现: "…，现任某职";
#                                                                         自: "…成立某合作社，自任理事长"; 前: "…，此前曾任…"
# Connectives of a story's sequence that open the clause of its next step: "…任某县县长，
# 直到2019年调任某市副市长", "…，后来又任…", "…，不久升任…", "…，接着任…".
SEQUENCE = re.compile(r"^(?:直到|直至|一直到|后来|随后|之后|不久后?|旋即|接着|继而)")
# The period of a stay, before the post held during it: "援疆期间", "挂职期间", "驻村期间", "在校期间".
PERIOD = re.compile(r"^在?[\u4e00-\u9fff]{2}期间")
# The same adverbs after the subject, 此后/其后, and 当时 ("at that time"): the step is the story's,
# so the article's date is not its date ("某某2010年任某县副县长，此后任…", "某某后来任…").
STORY = re.compile(r"此后|其后|之后|后来|随后|不久|旋即|接着|继而|当时|^后(?:又|再|便)?$|连续")
#                        (…，后任…: "later"; 连续三届当选: terms in a row, begun before the news)
LATER = re.compile(r"(?:此后|其后|之后|后来|随后|不久|随即|旋即|接着|继而)")      # (not 当时: at that time)
RIGHT_AFTER = re.compile(r"(?:此后|其后|之后|随后|随即|旋即|接着|继而)")    # (not 后来, 不久: some time after)
# An adverb between the subject and the verb: "甲任某职，乙则任…", "乙也曾任…", "乙又调任…".
AFTER_SUBJECT = ("现已", "已经", "已", "则", "也", "又", "现", "挂职", "曾经", "曾", "先")    # 现: "某某现任某县县长"; "某某挂职担任…"; "某某已任…"; "某某曾于2015年任…"; "某某先任…，后任…"
# The adverbs of time and sequence a story puts there (a closed class of the grammar's 时间副词,
# one or two of them): "某某此后任…", "某某随后又调任…", "某某不久便升任…", "某某同时兼任…",
# and of the time before the story's news: "某某此前曾任…", "某某早年任…", "某某日前卸任".
ADVERBS = re.compile("(?:" + "|".join(sorted(AFTER_SUBJECT + (
    "此后", "随后", "之后", "其后", "后来", "不久", "随即", "旋即", "继而", "接着", "同时", "还", "目前",
    "当时", "首先", "一直", "再", "后", "便", "即", "就", "正式", "此前", "早年", "日前", "近日",
    "生前",
    "回村", "返村", "回乡", "返乡", "回到村里", "回到家乡", "回到村"),   # "某某回村担任村党支部书记": home, then the post
    key=len, reverse=True)) + "){1,2}$")                # (an obituary's "某某同志生前曾任…")
# A name written by sound with its dot, opening its clause right before the step's verb.
DOTTED_BEFORE = re.compile(r"(?:^|(?<=[，,、：:。；;\s”]))(" + names.DOTTED.pattern + ")$")
# A notice's note on a name: "某某（女）", "某某（女，彝族）", "某某（男，汉族，1975年3月生）".
SEX = r"[（(][男女](?:[，,、][\u4e00-\u9fff\d]{1,10}){0,3}[)）]"
# A removal's post whose place the notice leaves at its bare level, the county's own
# ("免去某某县财政局局长职务": the county's bureau; no place name for the name to end by).
BARE_LEVEL_POST = re.compile(r"[县市区镇乡][\u4e00-\u9fff、]{1,24}?(?:等)?职务")
SEX_NOTE = re.compile(SEX + "(?:同志)?$")          # "某某（女）同志任…": a notice's name, its note, 同志
# An obituary's life years after the name: "某某（1938—2023）同志生前任…".
LIFE_NOTE = re.compile(r"[（(](?:19|20)\d{2}年?\s*[—–\-－~～]+\s*(?:19|20)\d{2}年?[)）](?:同志)?$")
# How an election went, between the one elected and 当选: "某某全票当选村党支部书记".
ELECTED = ("以全票", "以高票", "全票", "高票", "顺利")
# The votes an election gave, between the name and the verb: "某某以586票当选…", "以98.6%的得票率".
VOTE_COUNT = r"以(?:\d+|[一二三四五六七八九十百千]+)票|以[\d.]+%的(?:高)?得票率"
VOTES = re.compile(rf"(?:{VOTE_COUNT})(?:的?高票)?$")
VOTES_AFTER = re.compile(VOTE_COUNT)
# A village or community named right before the one its election chose: "甲村某某当选…".
OWN_UNITS = ("村", "社区")
# How many terms in a row, between the name (and the year since) and 当选: "某某2013年起连续三届当选…".
TERMS = re.compile(r"(?<=[\u4e00-\u9fff])(?:起|以来)?(?:连续|连)(?:[一二两三四五六七八九十]|\d{1,2})(?:届|次)$")
# Why a post is left, written between the name and the verb: "某某因工作变动辞去…"; or a
# disciplinary notice's "某某利用担任某局局长等职务上的便利" (the posts abused, past ones); or the
# way the post was won, the closed class of selections: "某某通过公开选拔成为…", "某某经民主推荐当选…"
# (not "在外经商的某某…": 经 of another word); or from whose hands: "某某从老书记手中接过…".
REASON = re.compile(r"(?<=[\u4e00-\u9fff])(?:因[\u4e00-\u9fff]{2,12}|利用(?:其|本人)?"
                    r"|(?:通过|经过?)[\u4e00-\u9fff]{0,4}(?:选拔|遴选|推荐|推选|选举|直选|考试|考录|招考|竞聘|竞选|换届|考察|程序)"
                    r"|从[\u4e00-\u9fff]{1,8}?手(?:中|里|上))$")      # "某某从老书记手中接过…": from whom
# The agent of a passive choice or appointment, between the person and the verb:
# "某某被群众推选为…", "某某被村民推举为…", "某某被省委任命为…".
AGENT = re.compile(r"(?<=[\u4e00-\u9fff])被[\u4e00-\u9fff]{1,5}$")
AGENT_VERBS = ("推选为", "推举为", "任命为", "选举为", "选为", "提拔为", "评为")
# A move to the place of the post, between the person and the verb: "某某到某村任第一书记",
# "某某赴某县挂职任副县长", "某某从某局到某村担任…" (the place itself must be read there).
GONE_TO = re.compile(r"(?<=[\u4e00-\u9fff])(?:从[\u4e00-\u9fff]{2,14}?)?"       # (from where: "从某局到某村…")
                      r"(?:被(?:选派|派驻|下派|派)到|来到|前往|到|赴)[\u4e00-\u9fff]{2,16}$")
# Where a step's post is held, between its date and its verb: "在某县委办公室任…", "到某县挂职任…"
# (kg.recognize.careers gives a bare title that where's body).
# …and where a step's clause says where the person worked before the titles held there:
# "1990年在某县农业局工作，先后任技术员、副局长", "分配到某乡政府工作，历任…".
WHERE_BEFORE = re.compile(r"(?:在|到|赴)([\u4e00-\u9fff]{2,20}?)(?:挂职)?(?:工作[，,]?(?:先后|相继)?)?$")
# The electoral district a deputy was elected in, between the name and 当选 ("在某镇第二选区").
DISTRICT = re.compile(r"(?<=[\u4e00-\u9fff])在[\u4e00-\u9fff\d]{0,16}?选区$")
# The body left, between the person and a verb of transfer: "某某从县农业局调任某镇副镇长",
# "某某由某局交流任…" (a body read there, or a body's type ending the words).
LEFT_FROM = re.compile(r"(?<=[\u4e00-\u9fff])(?:从|由)[\u4e00-\u9fff]{2,14}$")
OFFICE_SHORT = re.compile(GENERAL_OFFICE.pattern + "$")
TRANSFERS = ("调任", "调入", "调往", "转任", "交流任", "交流到", "提拔任", "升任")
# A day's date right before the verb, its year told or not ("于今年2月7日", "2019年3月5日").
DAY = re.compile(r"(?:(?:19|20)\d{2}年|今年|去年)?\d{1,2}月\d{1,2}日$")
ACCEPT = ("接受", "同意", "批准")      # a body's verb before the name that resigns: "接受(了)某某辞去…"
# A body's verb of deciding or announcing before the name that takes a post: "省委决定某某任某市委
# 书记", "大会宣布某某出任…" (the decision's own words, kg.recognize.person_notices, read 任命某某为).
ANNOUNCE = ("决定", "宣布", "宣读")
# The one succeeded closing the clause before a verb's: "…接替乙同志，担任…".
SUCCEEDED_BEFORE = re.compile(r"(?:接替|替代|接)([\u4e00-\u9fff·]{2,8}?)(?:同志)?(?:的班)?[，,]\s*$")
# The one succeeded is the object of these verbs, never the subject of the clause after:
# "由甲接任已当选某职的乙，出任某市委书记" (甲 takes the post).
SUCCEEDED = re.compile("接任|接替|接过")
# So is a person met, heard or visited: "会议听取了某某的说明，并…" is the meeting's doing.
MET = re.compile(f"(?:{'|'.join(MEETING_VERBS)})了?$")


# A quoted speaker telling a step of their own: "我" alone (not 我们, 我县…), and an adverb.
FIRST_PERSON = re.compile(r"我(?:刚|又|就|先|曾|还|便|也|正式|先后)?")
# What closes a leading clause of time after its post: "…以来，", "…期间，", "…后，".
AFTER_LEAD = re.compile(r"(?:职务|一职)?(?:以来|期间|时|后)[，,]")


# The word a range of years closes with before its verb ("2010年至2016年间|任…").
RANGE_WORD = re.compile(r"(?<=年)(?:期)?间$")


def _dated(before: str) -> bool:
    """Whether a date ends the text right before a name: "2019年3月某某调任…", a career
    sketch's step written without a comma after its date."""
    return any(m.end() == len(before) and m.group(0) for m in DATE.finditer(before))


class SubjectReading(UnsaidSubjects):
    """The person of a step: needs `self.art`, `self.known` (name -> person span) and
    `self.focus` (the person the text is about)."""

    def _person_at(self, idx: int, text: str, i: int, owned: bool = False, listed: bool = False) -> Span | None:
        """The known person whose name starts at i, or a new name the rules or the
        model read there, followed by 为 or 的 (or 分别为: the last of a list given its posts
        respectively); or, where the posts are `owned` (a removal,
        "免去某某某县县长职务"), right by the place or body of the post; or, in a `listed`
        decision ("选举甲、乙为…"), by the list's 、 or 和."""
        for name, person in sorted(self.known.items(), key=lambda kv: -len(kv[0])):
            if text.startswith(name, i):
                return person
        dotted = names.transliterated(text, i) if "·" in text[i:i + 8] and not DECISION.match(text, i) else None
        #                                    ("任命某某·某某为…"; not the next clause's verb: "，免去某某·某某的…")
        options = names.readings(text, i, strict=False) + [statistical.candidate_at(self.art, idx, i) or "", dotted or ""]
        starts = {x.start for k in ("place", "org") for x in self.art.in_sentence(k, idx)} if owned else set()
        for name in sorted(filter(None, options), key=len, reverse=True):
            follows = re.match(rf"(?:同志)?(?:{SEX})?(?:分别)?[为的]", text[i + len(name):]) or i + len(name) in starts \
                or owned and BARE_LEVEL_POST.match(text, i + len(name)) is not None \
                or (listed and text[i + len(name):i + len(name) + 1] in ("、", "和"))
            if follows and (name == dotted or names.plausible(name, strict=False)):
                return self._person(idx, name, i)
        return None

    def _named_at(self, idx: int, text: str, i: int) -> Span | None:
        """The person whose name opens the text at i: a known one ("某某同志简历"), or a
        new name that a profile follows ("某某出生于1969年4月", "某某，男，")."""
        for name, person in sorted(self.known.items(), key=lambda kv: -len(kv[0])):
            if text.startswith(name, i):
                return person
        if not any(PROFILE_AFTER.match(text, i + n) or life_years(text, i + n) for n in (2, 3, 4)):
            return None                       # no profile after a name's length: nothing to read (and no jieba call)
        for name in names.readings(text, i, strict=False) or [statistical.candidate_at(self.art, idx, i) or ""]:
            if name and (PROFILE_AFTER.match(text, i + len(name)) or life_years(text, i + len(name))) \
                    and names.plausible(name, strict=False):
                return self._person(idx, name, i)
        return None

    def _placed_before(self, idx: int, verb: int) -> bool:
        """Whether a place or a body the recognizers read ends right before the verb (or
        before 挂职 there): where a cadre went to take the post up."""
        text = self.art.sentences[idx].simp
        end = verb - 2 if text.endswith("挂职", 0, verb) else verb
        return any(x.end == end for k in ("place", "org") for x in self.art.in_sentence(k, idx))

    def _named_thing(self, idx: int, a: int, z: int) -> bool:
        """Whether a place or a body the recognizers read overlaps [a, z) of the sentence:
        a new name there is a village's or a firm's ("某镇高桥村，2014年…"), no person's."""
        return any(x.start < z and a < x.end for k in ("place", "org") for x in self.art.in_sentence(k, idx))

    def _person(self, idx: int, name: str, at: int) -> Span:
        person = Span("person", idx, at, at + len(name), name, {"name": name, "sentences": [idx], "role": "official"})
        self.known[name] = person
        self.art.add(person)
        return person

    def _subject(self, idx: int, text: str, cut: int, verb: int, sentence: int = 0) -> Span | None:
        """The name right before the verb; else, where only dates and function words
        stand before it, the person last named in the sentence or the one in focus."""
        cut = _outside_note(text, cut, verb)
        before = text[cut:verb].strip(" ，,:：")
        quoted = before.rfind("“")
        if quoted >= 0 and "”" not in before[quoted:]:
            before = before[quoted + 1:]        # "某某说：“2020年我接任…": the quote opens its own clause
        votes = VOTES.search(before) or TERMS.search(before)
        voted = votes.group(0) if votes else next((w for w in ELECTED if before.endswith(w)), "")
        before, verb = before[:len(before) - len(voted)], verb - len(voted)      # "某某全票当选…"
        agent = AGENT.search(before) if text.startswith(AGENT_VERBS, verb) else None
        if agent:                             # "某某2008年被群众推选为…": the passive's agent stands between
            verb, before = verb - (len(before) - agent.start()), before[:agent.start()]
        moved = GONE_TO.search(before)
        if moved and self._placed_before(idx, verb):     # "某某到某村任第一书记": where the post is held
            verb, before = verb - (len(before) - moved.start()), before[:moved.start()]
        held_at = WHERE_BEFORE.search(before)
        if held_at and re.search(r"(?:^|[\d年月][，,\s]?|(?<![\u4e00-\u9fff])[\u4e00-\u9fff·]{2,5}(?<![他她我们其]))$",
                                 before[:held_at.start()]) and self._placed_before(idx, verb):
            verb, before = verb - (len(before) - held_at.start()), before[:held_at.start()]    # where it was held,
            #                     after the step's date: "（其间：2017.03—2018.03在某省某厅挂职任…）", or
            #                     after the name opening the clause: "某某在某县某镇担任镇长，2021年当选为…" (the
            #                     name checked below; "她在某镇担任…" is the clause readers')
        district = DISTRICT.search(before)
        if district:                          # "某某在某街道第三选区当选为县人大代表": where the deputy was elected
            verb, before = verb - (len(before) - district.start()), before[:district.start()]
        left = LEFT_FROM.search(before) if text.startswith(TRANSFERS, verb) else None
        if left and (self._placed_before(idx, verb) or left.group(0).endswith(body_types())
                     or OFFICE_SHORT.search(left.group(0)) is not None):
            #                                            "某某从县农业局调任…": the body left; a
            #                                            general office by its short name ("从县委办调任")
            verb, before = verb - (len(before) - left.start()), before[:left.start()]
        reason = REASON.search(before)
        if reason:                            # "某某因工作变动辞去…": the reason stands between
            verb -= len(before) - reason.start()
            before = before[:reason.start()]
        if not reason and before.endswith("在") and re.match(r"[^。；;，,]*期间", text[verb:]):
            verb, before = verb - 1, before[:-1]     # "某某在担任某局局长期间": a notice's period of office
        else:                                        # "某某（于）2019年3月调任…": the step's date after the name
            #                                          (before a reason too: "某某2021年因年龄原因辞去…")
            years = RANGE_WORD.search(before)        # "某某2010年至2016年间任…": the years between
            if years is not None:
                verb, before = verb - len(years.group(0)), before[:years.start()]
            home = ADVERBS.search(before)            # "某某2017年回村任…": the date, then the way home
            dated = next((m for m in DATE.finditer(before) if m.group(0)
                          and m.end() in (len(before), len(before) - len(home.group(0) if home else ""))), None) \
                or DAY.search(before)                # "某某于2月7日被补选为…": a day's date, the month read with it
            if dated is not None and dated.start() > 0:
                cut_at = dated.start() - (1 if before[dated.start() - 1] in "于是从自在" else 0)     # "某某是2015年开始担任…", "某某在去年初担任…"
                verb, before = verb - (len(before) - cut_at), before[:cut_at]
        life = LIFE_NOTE.search(before)
        note = SEX_NOTE.search(before) or (life if life and life_years(before, life.start()) else None)
        if note:                                     # "某某（女）任某县妇联主席": a notice's note on the name
            verb, before = verb - (len(before) - note.start()), before[:note.start()]
        adverb = ADVERBS.search(before)
        adverb = adverb.group(0) if adverb else ""
        named = before[:len(before) - len(adverb)]                           # "某某则从…任上调任"
        for name, person in sorted(self.known.items(), key=lambda kv: -len(kv[0])):
            if named.endswith(name) or named.endswith(name + "同志"):
                return person
        new = self._new_name(idx, text, verb - (len(before) - len(named)), named)
        if new is not None:
            return new
        rest = re.sub(r"[\d\s，,.:：\-]", "", DATE.sub("", before))
        rest = re.sub(r"(参加工作|参军|入伍|毕业|大学毕业)(以?后)", "", rest)     # "…年参加工作后先后担任…"
        rest = re.sub(r"^(按程序|依法依规|依纪依法|依法|依规|按规定)", "", rest)    # "…，按程序免除其…职务"
        rest = re.sub(r"^(?:在|于)?(?:换届选举|换届|选举|届满)(?:时|中|后)", "", rest)    # "2017年换届时当选…": the occasion
        rest = SEQUENCE.sub("", rest)          # "…，直到2019年调任…", "…，不久又任…": the next step of the story
        rest = PERIOD.sub("", rest)            # "…，援疆期间任某医院副院长": the time of a secondment;
        rest = re.sub(r"^目前", "", rest)       # "…，目前任某局局长": now
        rest = re.sub(r"利用$", "", rest)       # "2012年至2021年，利用担任某县县长等职务上的便利": a
        #                                         notice's abuse of office, its subject the one in focus
        rest = re.sub(r"^第[一二三四五六七八九十]+届(?:、第?[一二三四五六七八九十]+届)*$", "", rest)   # "第十一届、十二届|省人大代表"
        if FIRST_PERSON.fullmatch(rest):
            return self._speaker(idx, text, verb)      # "“2018年，我来到某村任第一书记……”某某说"
        if len(rest) > 4 or not all(c in IMPLIED for c in rest):
            return None
        opened = text.rfind("“", sentence, cut)
        if not rest and opened >= 0 and "”" not in text[opened:verb] and FIRST_PERSON.match(text, opened + 1):
            speaker = self._speaker(idx, text, verb)        # "“我2009年退伍回村，2012年当选…”某某说":
            if speaker is not None:                         # the clause goes on with the quote's 我
                return speaker
        named = [(text.rfind(n, sentence, cut), p) for n, p in self.known.items() if text.rfind(n, sentence, cut) >= 0]
        named = [(at, p) for at, p in named if not SUCCEEDED.search(text, max(sentence, text.rfind("，", 0, at) + 1), at)
                 and not MET.search(text, 0, at)]
        if named:
            return max(named, key=lambda x: x[0])[1]
        topic = self._topic(idx, text, sentence, cut) or (self._subject_later(text, verb) if not rest else None)
        if topic is not None:
            return topic
        opened = re.search(r"(?:^|[，,])\s*[他她](?![们人])", text[sentence:cut]) is not None     # "…，他作为…，履新某局副局长"
        return self.focus or (self._antecedent(idx) if re.search("[他她]", rest) or opened else None) \
            or self._epithet_subject(text[sentence:cut])

    def _successor(self, idx: int, text: str, clause: int, cut: int, name_at: int) -> Span | None:
        """The subject of "甲接替乙任…" when the name before the verb (乙, at `name_at`) is
        the object of 接替: 甲, the name before 接替, else None."""
        lead = re.search(r"(?:接替|替代)$", text[clause:name_at])
        return self._subject(idx, text, clause, clause + lead.start(), cut) if lead else None

    def _succeeded_before(self, text: str, cut: int, clause: int, person: Span) -> Span | None:
        """The one succeeded named at the end of the clause before, the verb's clause having
        no subject of its own: "甲接替乙同志，担任某村第一书记" (乙, a person met)."""
        m = SUCCEEDED_BEFORE.search(text, cut, clause)
        other = self.known.get(m.group(1)) if m else None
        return other if other is not None and other is not person else None

    def _subject_later(self, text: str, verb: int) -> Span | None:
        """The person a later clause of the sentence opens with, after steps told with no
        subject but their dates: "2018年调任某镇镇长，2021年起任镇党委书记，某某跑遍了全镇"
        (a feature fronts the steps before the subject they are of).  A name described (的)
        or listed is no subject."""
        for m in re.finditer(r"[，,]\s*", text[verb:]):
            at = verb + m.end()
            for name, person in sorted(self.known.items(), key=lambda kv: -len(kv[0])):
                if text.startswith(name, at) and text[at + len(name):at + len(name) + 1] not in "的、和与及，,":
                    return person
        return None

    def _subject_after(self, idx: int, text: str, cut: int, verb: int, end: int) -> Span | None:
        """The name opening the clause after a leading clause of time that has no subject of
        its own ("自2018年担任某村党支部书记以来，某某带领…": 某某 held the post), or 他/她
        there, the person the story is about."""
        lead = text[cut:verb].strip(" ，,")
        if len(lead) > 14 or not (lead.startswith(("自", "从", "在")) or DATE.match(lead)):
            return None                   # only "自2018年", "在2019年", "2019年" before the verb
        m = AFTER_LEAD.match(text, end)
        if m is None:
            return None
        at = m.end()
        for name, person in sorted(self.known.items(), key=lambda kv: -len(kv[0])):
            if text.startswith(name, at):
                return person
        if re.match(r"[他她](?![们人])", text[at:at + 2]):
            return self.focus or self._antecedent(idx)      # "自…担任某职以来，他…": the one the story is about
        name = statistical.candidate_at(self.art, idx, at)
        if name and names.surname_at(name, 0) and names.plausible(name, strict=False) and 2 <= len(name) <= 4:
            return self._person(idx, name, at)
        return None

    def _new_name(self, idx: int, text: str, verb: int, before: str) -> Span | None:
        """"某某任某县县长" at the start of a clause: a name the persons rules did not meet."""
        dotted = DOTTED_BEFORE.search(before)
        if dotted is not None:                # "：某某·某某任某州党委副书记": a name written by sound
            n = len(dotted.group(1))
            return self._person(idx, dotted.group(1), verb - n - (len(text[:verb]) - len(text[:verb].rstrip(" ，,"))))
        for n in (4, 3, 2):                   # a compound surname makes four (欧阳某某)
            name = before[-n:] if len(before) >= n else ""
            if n == 4 and len(names.surname_at(name, 0) or "") < 2:
                continue
            i = verb - n - (len(text[:verb]) - len(text[:verb].rstrip(" ，,")))
            rare = name and n < 4 and len(before) == n and statistical.candidate_at(self.art, idx, i) == name
            if not name or not (names.surname_at(text, i) or rare) or not names.plausible(name, strict=False):
                continue                      # (rare: a surname beyond the list, "滑某某当选…", the
                #                               model's name alone opening the clause before the verb)
            if self._named_thing(idx, i, i + n):
                continue                      # "…回到某镇高桥村，2014年当选…": the village, no 高 named 桥村
            if len(before) > n and before[-n - 1] not in "，,、：:是为的 ”" \
                    and not before[:-n].rstrip("了").endswith(ACCEPT + ANNOUNCE + ("接替", "替代") + OWN_UNITS) \
                    and not _dated(before[:-n]):
                continue                      # (OWN_UNITS: "…；某某村某某当选村党支部书记", each village's own)
            announced = before[:-n].rstrip("了").endswith(ANNOUNCE)    # "宣布某某任…": the decision's slot
            if statistical.candidate_at(self.art, idx, i) != name and name not in names.readings(text, i, strict=False) \
                    and not VOTES_AFTER.match(text, i + n) and not announced:
                continue                      # (the votes after it end a name as a verb does: "某某以586票当选")
            return self._person(idx, name, i)
        return None


def _outside_note(text: str, cut: int, verb: int) -> int:
    """Where the clause before the verb starts, when the clause cut fell inside a note in
    brackets ("某某（女，汉族）任…": the comma of the note is no clause's end): before the
    name the note follows.

    >>> _outside_note("甲，张某（女，汉族）任县长", 7, 10), _outside_note("甲，张某任县长", 2, 4)
    (2, 2)
    """
    closing = re.search(r"[)）]", text[cut:verb])
    if closing is None or re.search(r"[（(]", text[cut:cut + closing.start()]):
        return cut
    opening = max(text.rfind("（", 0, cut), text.rfind("(", 0, cut))
    if opening < 0:
        return cut
    return max(text.rfind(c, 0, opening) for c in "，,。；;：:") + 1
