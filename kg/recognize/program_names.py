"""Programs named without quotes: a descriptive name and its head noun, bounded on the left
by a verb of launching, a place or punctuation ("深入开展文明城市创建行动", "启动的12345政务
服务平台", "作风建设年、营商环境优化年活动"); a mixin of kg.recognize.programs.ProgramFinder,
which gives `art` and `_program`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Span
from kg.recognize import statistical
from kg.recognize.program_stems import TOLD_TIME, described_project, has_proper_name, is_clause, leading_verb
from kg.recognize.segment import tag_of, tagged
from kg.lang.words import longest_first, table, words

PUNCT = set("，,。；;：:！？!?()（）【】 \n”等")
CAMPAIGN_YEAR = re.compile(r"(?<=[\u4e00-\u9fff]{2})([\u4e00-\u9fff]{2})年(?=、|”|“[^“”]{1,8}”活动|活动)")
VENUE_VERBS = ("建设", "建成", "打造", "布局", "落地")      # "在某市建设…": built there
DIRECTED = re.compile(r"[东西南北]向")        # 东向, 西向…: "eastward" (jieba reads 向 as a preposition)
# A count before a campaign's name: "一场", "这场", "又一批" (how many, which one); 新一轮 stays,
# the round a programme's own name gives itself ("新一轮某某工程").
LEADING_COUNT = re.compile(r"(?:[这那又]?[一两几][场项批个次]|[这那]场|这一[场批])+")
# A count right after a project's head: "实施某某改造项目86个", "建成某某工程12处" (a class of
# projects and how many; a named project is never counted).
COUNT_AFTER = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:个|项|批|处|座)")
# What follows 计划 used as the verb "to plan": where, when, with what, or what is to be
# invested ("某公司计划在某县投资", "计划于年内建成", "计划用三年时间", "计划总投资5亿元").
PLANNED = re.compile(r"(?:在|于|到|用|将|投资|总投资|投入)")
# The heads of named works of transport and power, named after a place (kg/data/named_works.txt).
NAMED_WORKS = tuple(words("named_works"))
# A count before the head: "三个项目", "两大平台", "10项工程".
COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百几])(?:个|大|项|批|类|条)$")
# A count of the places just listed before the head: "到甲、乙两市督察", "甲乙三县试点" (which
# places, no name; a slogan's round counts, "十县百乡千村", are of 十, 百, 千).
COUNTED_PLACES = re.compile(r"[两二三四五六七八九\d](?:省|市|州|县|区|镇|乡|村)$")


def _counted(stem: str) -> bool:
    """Words that end in a count of the head after a name or a list ("甲、乙和丙三个|项目",
    "某区两大|产业平台"): how many, no name; a count alone is the name ("三大攻坚战").

    >>> _counted("滨江公园三个"), _counted("三大"), _counted("甲乙两市"), _counted("十县百乡千村")
    (True, False, True, False)
    """
    m = COUNTED.search(stem) or COUNTED_PLACES.search(stem)
    return m is not None and m.start() > 0
# The last characters of verbs that 好 completes ("落实好", "抓好", "用好", "做好"): the 好 after
# them is the verb's result, no first word of the program after it.
RESULT_VERBS = "实抓用做办管搞建"
# Launch verbs that only launch and never open a name themselves: after another launch verb
# they are its second half ("启动实施|某某五年行动", "组织开展|某某行动"), not the name's first word
# as 创新 or 深化 may be ("实施|创新驱动发展战略").
ONLY_LAUNCH = ("实施", "开展", "启动", "推进", "推行", "实行", "部署")


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict, dict, str, tuple, tuple]:
    """Heads (-> kind), quoted-only heads, the heads' alternation, launch verbs, left edges."""
    heads, quoted = program_heads(), table("program_quoted_heads")
    launch = tuple(words("launch_verbs"))
    return heads, quoted, "|".join(longest_first(list(heads) + list(quoted))), launch, launch + words("program_left_edges")


@lru_cache(maxsize=1)
def named_heads() -> re.Pattern:
    """The heads a name without quotes may end with (战略, not the quoted-only 发展战略,
    which would hide it in "区域协调发展战略")."""
    return re.compile("(" + "|".join(longest_first(program_heads())) + ")")


@lru_cache(maxsize=1)
def program_heads() -> dict[str, str]:
    """The heads a program's name ends with (-> kind): kg/data/program_heads.tsv, and the named
    works of kg/data/named_works.txt, written with 项目 after them or without (projects both)."""
    works = {w + tail: "project" for w in NAMED_WORKS for tail in ("", "项目")}
    return {**table("program_heads"), **works}


@lru_cache(maxsize=1)
def head_at_end() -> re.Pattern:
    """Any head, plain or quoted-only, that ends a name (the longest first)."""
    return re.compile(f"({lexicon()[2]})$")


def compound_at(text: str, at: int) -> bool:
    """Whether the head at AT opens a longer word that is no program ("签署战略合作协议",
    "“某某”工作队"): the compounds of program_head_compounds.txt."""
    return text.startswith(words("program_head_compounds"), at)


def _inside_a_word(text: str, at: int, edge: str) -> bool:
    """Whether a one-character edge word at AT is the end of a longer word, no edge: 在 in
    所在 or 存在, 和 in 总和 ("检查所在地区某某工程": no name opens at 地区); 的 is the
    particle however the words before it read (达标的: not 标的).

    >>> _inside_a_word("检查所在地区", 3, "在"), _inside_a_word("县在实施", 1, "在")
    (True, False)
    """
    pair = text[at - 1:at + 1]
    return len(edge) == 1 and edge not in "、的" and at > 0 and pair not in lexicon()[4] \
        and (tag_of(pair) or "x")[:1] in "bvan"       # (正在, 现在: time words, the edge still holds)


def function_word(tag: str) -> bool:
    """Whether a part of speech marks a word no name is made of: a pronoun, adverb,
    conjunction, particle, preposition, modal or interjection ("这", "都", "和", "的",
    "在").  English letters (eng: "5GW", "5G") and a rare character the tagger calls a
    modal's morpheme (yg) are parts of names.

    >>> function_word("uj"), function_word("p"), function_word("eng"), function_word("yg")
    (True, True, False, False)
    """
    return tag[:1] in "rdcup" or tag in ("y", "e")


class NamedReading:
    def _campaign_years(self, idx, text) -> list[Span]:
        """Campaign years are named "<topic><verb>年" ("作风建设年", "营商环境优化年") and
        listed with "、", quoted, or closed by 活动: "开展作风建设年、营商环境优化年活动".
        The two characters before 年 must be a verb: "2023年", "近年" are no names."""
        out = []
        for m in CAMPAIGN_YEAR.finditer(text):
            verb = m.group(1)
            start = self._left_edge(text, m.start(1))
            stem = text[start:m.start(1)] if start is not None else ""
            if len(stem) < 2 or re.search(r"\d|[一二三四五六七八九十]$", stem) or stem in words("program_generic"):
                continue
            if not any(f.startswith("v") for w, f in tagged(verb) if w == verb):
                continue
            out.append(self._program(idx, text, start, m.end(), stem + verb + "年", stem + verb + "年", "campaign"))
        return out

    def _named(self, idx, text) -> list[Span]:
        heads, quoted, _, _, _ = lexicon()
        out = []
        for m in named_heads().finditer(text):
            if m.group(1) in quoted or text[m.start() - 1:m.start()] == "”" or compound_at(text, m.start()) \
                    or self._inside_a_body(idx, m.start(), m.end()):
                continue
            if statistical.word_tag(self.art, idx, m.start(), m.end()) == "v" \
                    or m.group(1) == "计划" and PLANNED.match(text, m.end()):
                continue                  # "某公司计划在某地投资": the verb of planning, as the model
                #                           reads it or as what follows it shows
            start = self._left_edge(text, m.start())
            if start is None:
                continue
            start = self._named_works(idx, text, start, m.start(), m.group(1))
            start += text[start:start + 1] == "好" and text[start - 1:start] in RESULT_VERBS      # 落实好|某某计划
            lead = LEADING_COUNT.match(text, start, m.start())
            start = lead.end() if lead else start          # "一场|新一轮扶贫攻坚战": how many, no part of its name
            start = self._after_venue(idx, text, start, m.start())
            stem = text[start:m.start()]
            lead = "" if text.endswith(lexicon()[3], 0, start) else leading_verb(stem)    # (实施|创新驱动发展战略: bounded)
            start, stem = start + len(lead), stem[len(lead):]     # "借力监察体制改革": the verb is no part of it
            listed = bool(out) and out[-1].end == start - 1 and text[start - 1] in "、和及与" \
                and out[-1]["name"].endswith(("工程", "项目")) and m.group(1) in ("工程", "项目")
            if not self._good_stem(stem, m.group(1), text, start, idx, listed):
                continue
            if m.group(1) in ("项目", "工程") and COUNT_AFTER.match(text, m.end()):
                continue                  # "实施城市更新项目86个": a class of projects counted, no one project
            if m.group(1) == "试点" and not text.endswith(lexicon()[3], 0, start) \
                    and not (len(stem) >= 6 and (start == 0 or text[start - 1] in "；;。")):
                continue                  # a pilot is named after the verb that launches it ("开展某某试点"),
                #                           or as its clause's subject, in full ("；某某制度改革试点取得…")
            head = m.group(1)
            core = stem + head if head.endswith("年") else stem
            out.append(self._program(idx, text, start, m.end(), stem + head, core, heads[head]))
        return out

    @staticmethod
    def _left_edge(text: str, head_start: int) -> int | None:
        """After the nearest punctuation, launching verb or linking word; None past 18 chars."""
        for s in range(head_start - 1, max(head_start - 19, -1), -1):
            if text[s] in PUNCT or text[s] == "“":
                return s + 1
            edge = next((w for w in lexicon()[4] if text.endswith(w, 0, s + 1)), None)
            if edge is not None and _inside_a_word(text, s, edge):
                continue
            if edge is not None:
                launched = text.endswith(lexicon()[3], 0, s + 1 - len(edge)) and edge in lexicon()[3] \
                    and edge not in ONLY_LAUNCH
                return s + 1 - len(edge) if launched else s + 1      # "实施|创新驱动发展战略": 创新 opens the name
        return 0 if head_start <= 18 else None

    def _named_works(self, idx: int, text: str, start: int, head: int, word: str) -> int:
        """A named work of transport or power opens with the place it is named after, the
        words before that are the clause's ("全力保障|某某国际机场通航", "把|某某高速公路
        建成…"): where such a head has a place a few characters before it, the name starts
        there; where no place is read, the model's name over the head ("某某国际机场" read as
        one place name) says where it starts."""
        if not word.startswith(NAMED_WORKS):
            return start
        places = [p for p in self.art.in_sentence("place", idx) if start <= p.start and p.end <= head and head - p.start <= 8]
        cut = {a: (z, tag) for a, z, tag in self.art.context.get("words", {}).get(idx, ())}
        if places:
            first = places[-1].start
            while text[first - 1:first] in ("至", "到", "—") and (prev := self._end_before(places, cut, first - 1, start)) is not None:
                first = prev              # "某某至某某高速公路": the two ends it joins (ours, or the model's place)
            return first
        named = next((a for a, (z, tag) in cut.items() if start <= a < head < z and tag in ("LOC", "ORG", "nz")), None)
        while named is not None and (up := next((a for a, (z, tag) in cut.items() if z == named and a >= start
                                                 and tag == "LOC"), None)) is not None:
            named = up                    # "成都|天府国际机场": the model's name, and the city before it
        return named if named is not None else start

    @staticmethod
    def _end_before(places: list[Span], cut: dict, end: int, start: int) -> int | None:
        """Where the place that ends at `end` starts: one the recognizers read, else one
        the model tags a place; None where neither does (or it starts before `start`)."""
        ours = [p.start for p in places if p.end == end]
        if ours:
            return ours[0]
        return next((a for a, (z, tag) in cut.items() if z == end and tag == "LOC" and a >= start), None)

    def _after_venue(self, idx: int, text: str, start: int, head: int) -> int:
        """Past a venue and the verb after it: "在某市建设某某项目" tells where it is
        built; the name is what is built (a place that no 在 marks opens names: 某市某某项目)."""
        for p in self.art.in_sentence("place", idx):
            if p.start == start and text[start - 1:start] in ("在", "到", "赴") and p.end < head:
                verb = next((v for v in VENUE_VERBS + lexicon()[3] if text.startswith(v, p.end)), None)
                return p.end + len(verb) if verb else start
        return start

    def _inside_a_body(self, idx: int, head: int, end: int) -> bool:
        """Whether the head lies inside a body's name that goes on past it ("某建筑第二工程局有限公司",
        "某某工程技术学院"): the company or school is named, no project."""
        return any(o.start <= head and o.end > end for o in self.art.in_sentence("org", idx))

    def _places_within(self, idx: int, s: int, e: int) -> list[Span]:
        """The places the recognizers read inside the words: a town whose rare character the
        tagger cuts off names a project ("某镇渔港经济区建设|项目") as a tagged place does."""
        return [p for p in self.art.in_sentence("place", idx) if s <= p.start and p.end <= e]

    def _only_a_place(self, idx: int, s: int, e: int) -> bool:
        """Whether divisions fill the words, nothing else named ("某县", "某市某镇"): where the
        projects are, not what one is called (a park is named by what it holds: "某某油茶产业园
        项目" is one)."""
        divisions = [p for p in self._places_within(idx, s, e) if p.get("level") not in ("zone", "other")]
        return {i for p in divisions for i in range(p.start, p.end)} == set(range(s, e))

    def _names_a_person(self, idx: int, s: int, e: int) -> bool:
        """Whether the model reads a person inside the words ("某某充分肯定工程": who
        praised the works, not their name)."""
        return any(s <= at < e for at in statistical.candidates(self.art, idx))

    def _good_stem(self, stem: str, head: str, text: str, start: int, idx: int, listed: bool = False) -> bool:
        """Whether `stem` names the program of `head`; `listed`: it follows a project the
        sentence named, in one list ("某某大道建设工程、北外环道路改造工程"), which is
        evidence enough that the works named are projects."""
        if len(stem) < (2 if len(head) >= 3 else 3) or stem in words("program_generic") or _counted(stem) or \
                stem.startswith(("这", "该", "各", "相关", "全省", "全市", "全县", "全区", "全镇", "全乡", "全州", "全旗", "全盟", "全地区")) or \
                stem.endswith(("重大", "重点", "重要", "主要", "相关", "有关", "各类", "各项")) or (stem.startswith("重点") and len(stem) < 5):
            return False
        if text[start - 1:start] == "等" or re.search(r"\d{4}年|季度|\d+月|[“”《》‘’]", stem) or stem.endswith("为"):
            return False              # (…为平台: "以某某为平台", what serves as one, no name)
        joined = re.sub(r"(?<=.)[至到—](?=.)", "", stem) if head.startswith(NAMED_WORKS) else stem   # (某某至某某高速公路)
        tags = tagged(DIRECTED.sub("东", joined))      # "西向开放": a direction, not the preposition 向
        if any(function_word(f) and w not in ("为",) for w, f in tags) or any(w in ("是", "有", "了") + TOLD_TIME for w, _ in tags):
            return False
        if is_clause(tags) or self._names_a_person(idx, start, start + len(stem)):
            return False
        if head in ("项目", "工程"):
            if self._only_a_place(idx, start, start + len(stem)):
                return False          # "某市项目建设提速": the place's projects, none named
            return has_proper_name(stem) or listed or bool(self._places_within(idx, start, start + len(stem))) \
                or (head == "项目" and described_project(stem, text, start))
        if head == "平台":               # a platform is named by a place, a brand or a hotline's number
            return has_proper_name(stem) or bool(re.search(r"\d", stem))   # ("搭建常态化交流协作平台": none)
        return True

