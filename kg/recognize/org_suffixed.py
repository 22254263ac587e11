"""Bodies named by what ends them: companies, cooperatives, schools, hospitals, papers.

A suffix of the closed class (kg/data/body_suffixes.txt: 有限公司, 合作社, 大学, 学院, 医院…)
ends the name; the name opens at a place, at the model's start of a body, or after the
last boundary ("他组建了某某种植合作社": the verb of founding bounds it).  Where the name
opens with a place, the chain's last link places it ("某县某镇某村股份经济合作社"); a firm's
branch is placed at the branch ("某某集团湖南分公司").  A university's schools and
hospitals named right after it ("某大学化学化工学院") are its units.  A mixin of
kg.recognize.orgs.OrgFinder, which gives `art` and `_org`, and of its kg.recognize.org_bare,
which gives `_resolve_level`.
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.lang.script import HAN
from kg.lang.words import longest_first, words
from kg.recognize.org_heads import left_edge, opening_ancestor
from kg.recognize.org_names import LEGAL_FORMS, branded, central, has_function_word, kind_of_body, matchers, numeral_brand
from kg.recognize.place_hits import names_a_branch

# A university's schools, departments and institutes are named after it without a break
# ("某大学化学化工学院", "某某大学附属医院"): one body, the university's unit.
UNIVERSITIES = ("大学",)
SCHOOL_UNITS = ("学院", "研究院", "研究所", "医院")
CAMPUS_TOWNS = ("城", "科技城")

# Suffixed names of public organs, which are named from the lowest place of their chain, as a
# county's bureau is ("某县公安局某某派出所", not the city before the county); a firm keeps
# the whole chain it registered ("某市某县某某有限公司").
PUBLIC_ORGANS = ("派出所",)
# The deliberative and coordinating bodies (kg/data/body_suffixes.txt), named only from the
# place or the organ that sets them up ("某县防汛抗旱指挥部", "中央某某领导小组").
COORDINATING = ("领导小组", "指挥部")
# A count right after a kind of body: "新建农民专业合作社3家", "引进企业12家" name no body.
COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)(?:多|余)?(?:家|个|所|座|处)")


# A firm's registered name may hold a bracketed word before its legal form: its group or
# holding, or the place where a firm of a brand registered elsewhere is registered
# (企业名称登记管理规定: "某某能源（集团）有限公司", "某某（中国）有限公司", "某某科技（成都）有限公司").
BRACKETED_FIRM = re.compile(rf"[{HAN}]{{2,12}}(?P<q>[（(](?P<word>[{HAN}]{{2,3}})[）)])[{HAN}]{{0,8}}?"
                            r"(?:股份有限公司|有限责任公司|有限公司|集团公司|公司)")
FIRM_QUALIFIERS = ("集团", "控股", "股份", "中国")


# A grade of recognition a body is given ("省级优秀合作社", "国家级龙头企业", "市级示范社"): a class
# of bodies, the honour's name, never one body's own.
GRADED = re.compile(r"(?:国家|省|市|县|区)级")


def bracketed_firms(text: str, places: list[Span]) -> list[tuple[int, int, int]]:
    """(start, bracket, end) of the firms whose names hold a bracketed group, holding or place:
    the name's left edge is sought before the bracket, which is no boundary inside a firm's name.

    >>> bracketed_firms("他曾任某某石油（集团）有限责任公司总经理", [])
    [(0, 7, 17)]
    >>> bracketed_firms("某某局（县政府办公室）公司", [])
    []
    """
    out = []
    for m in BRACKETED_FIRM.finditer(text):
        word = m.group("word")
        if word in FIRM_QUALIFIERS or any(p.start == m.start("word") and p.end == m.end("word") for p in places):
            out.append((m.start(), m.start("q"), m.end()))
    return out


# What breaks any name: punctuation, where the model's reading of a body never reaches over.
HARD_BREAKS = set("，,。；;：:、“”‘’《》()（）[]【】 ")
# The prepositions and verbs of going that may stand right before a body written with its level
# alone ("到市城投集团调研", "在市水务集团"), and a decision's link to its post ("聘任某某为县某研究所
# 所长"): the level is the article's place's.
LEAD_INS = "到在赴对由向和与及从为"
# The levels a body's name opens with when written bare ("县林业科学研究所", "市第一中学").
BARE_LEVELS = set("省市县区乡镇州旗")


class SuffixedReading:
    def _suffixed(self, idx, text, places, found) -> list[Span]:
        """Companies, cooperatives, universities and papers, bounded on the left (not a kind
        alone, 集团 + 公司: kg.recognize.org_short_names reads it as the article's own)."""
        out = []
        suffixes = words("body_suffixes")
        longest = longest_first(suffixes)
        firms = bracketed_firms(text, places)
        for start, cut, end in firms + [(m.start(), m.end(), m.end()) for m in matchers()[2].finditer(text)
                                        if not any(f[0] <= m.start() < f[2] for f in firms)]:
            host = next((o for o in out if o.end == start and o["name"].endswith(UNIVERSITIES)), None)
            school = host is not None and text[start:end].endswith(SCHOOL_UNITS)
            s = start if school else self._model_edge(idx, left_edge(text, start, cut, places), end, places, cut)
            e = end                       # (与 inside a school's name: "某大学机械与运载工程学院")
            while (more := next((x for x in longest if text.startswith(x, e)), None)) is not None:
                e += len(more)            # 某集团|有限公司, 某集团|公司: the whole legal name
            name = text[s:e]
            stem = name[: len(name) - len(next(x for x in suffixes if name.endswith(x)))]
            place, after = self._suffixed_place(text, s, e, places)
            if name.endswith(PUBLIC_ORGANS) and place is not None and place.start > s:
                s, after, name = place.start, after - (place.start - s), text[place.start:e]    # as a county's bureau:
                stem = name[:-len(next(x for x in PUBLIC_ORGANS if name.endswith(x)))]      # from the chain's last link
            own = stem[after:] if 0 < after < len(stem) else stem      # the words after the place: 重庆|安博电子
            own = self._after_village_stem(own) if after else own       # 某县|常山庄|果蔬种植: the village it is named after
            if school:
                stem, own = stem.replace("与", ""), own.replace("与", "")      # 材料科学与工程学院: two fields
            if not self._a_name(idx, text, s, e, stem, own, place, found, school) or COUNTED.match(text, e):
                continue                  # "建成氆氇编织合作社3家": a kind counted, no one body
            if name.endswith(UNIVERSITIES) and text.startswith(CAMPUS_TOWNS, e):
                continue                  # "某某大学城", "某某大学科技城": a district of campuses, no university
            if place is None and name[:1] in "省市县区" and not text[s - 1:s].strip("，,、。；;：: “\"（(" + LEAD_INS) \
                    and name[1:2] not in "委直" and len(name) > 4:
                place = self._resolve_level(name[0], [p for p in places if p.end <= s])
                if place is None:
                    continue              # no city the article names: one node of every city's 市社会主义学院, no body
                name = place["name"] + name[1:]      # "市社会主义学院": the city's
            if name.endswith(COORDINATING) and place is None and not central(name):
                continue                  # "各涉农区实施某某工作领导小组": a leading group is named from its place
            if school:
                name, s, place = host["name"] + name, host.start, place or host["place"]    # "某大学化学化工学院": its school
            if not any(o.start == s and o.end == e for o in out):      # (集团 and 有限公司 of one name: read once)
                out.append(self._org(name, place or branded(name), idx, s, e))
        for m in re.finditer(r"合作社“([^”]{2,8})”", text):
            out.append(self._org(m.group(1), None, idx, m.start(1), m.end(1)))
        return out

    def _a_name(self, idx, text, s, e, stem, own, place, found, school) -> bool:
        """Whether the words are a body's own name: not inside a person's name the model
        reads, not a kind of body alone, no function word (unless the model reads the whole
        as a body with a numeral brand, or up to a firm's legal form), not inside a body
        found before."""
        model = list(self.art.in_sentence("candidate", idx))
        if any(c["tag"] == "PER" and c.start < s < c.end for c in model):
            return False              # "某·吐尔逊|商量合作社…": a body's name never opens inside a person's
        whole = any(c["tag"] == "ORG" and c.start == s and c.end == e for c in model)
        said = whole and (numeral_brand(stem) or text.endswith(LEGAL_FORMS, s, e))   # "宁波均胜电子股份有限公司"
        return not (len(stem) < (1 if school else 2) or stem in words("body_suffixes") or GRADED.match(stem)
                    or has_function_word(stem) and has_function_word(own) and not said
                    or any(o.start <= s < o.end and not (o.start == s and o.end < e and text[s:e].endswith(PUBLIC_ORGANS))
                           for o in found if o.start >= 0)       # ("某县公安局|某某派出所": a unit of the body)
                    or any(s < o.start < e < o.end for o in found if o.start >= 0)    # ("某县联合|县供销合作社|联合社":
                    #                                                    crossing a body read before, no name)
                    or place is None and _described(text, s) and kind_of_body(stem))

    @staticmethod
    def _suffixed_place(text: str, s: int, e: int, places: list[Span]) -> tuple[Span | None, int]:
        """The place of a suffixed name and how many of its characters name it: the chain's
        last link that opens it, a firm's branch's place, or the place above one that the
        name opens right after."""
        place = next((p for p in places if p.start == s), None)
        while place is not None and (nxt := next((p for p in places if p.start == place.end and p.end < e), None)):
            if nxt["level"] == "other":
                nxt["in_name"] = True     # "某市华东某某有限公司": a region in the brand, no link and no place named
                break
            place = nxt               # "某县某镇某村股份经济合作社": the chain's last link places it
        if place is None or place["name"] == "中国":       # "中国某某湖南分公司", "某某甘肃分公司": a firm's
            branch = [p for p in places if s < p.start and p.end < e and names_a_branch((p.start, p.end, p.text), text)]
            place = branch[-1] if branch else place          # branch, at the branch's place
        after = place.end - s if place is not None else 0
        if place is not None and place["level"] == "other":
            return None, after            # "西北农林科技大学", "华东某某有限公司": a region in the name, no locality
        return place or next((opening_ancestor(text, p) for p in places if p.end == s and opening_ancestor(text, p)), None), after

    def _after_village_stem(self, own: str) -> str:
        """The words of a body's own name after the name of a village or township the article
        names, written without its 村 or 镇 ("常山庄果蔬种植" of 常山庄村): what is left is the
        trade, checked for function words without the place's characters (常 reads as an
        adverb alone)."""
        stems = {p["name"][:-1] for p in self.art.of("place") if p["level"] in ("village", "township")
                 and p["name"].endswith(("村", "镇", "乡")) and len(p["name"]) >= 3}
        stem = max((x for x in stems if own.startswith(x) and len(own) > len(x) + 1), key=len, default="")
        return own[len(stem):] if stem else own

    def _model_edge(self, idx: int, s: int, end: int, places: list[Span], cut: int | None = None) -> int:
        """Where the model reads a body ending with the suffix (or at a firm's bracket, `cut`)
        and starting inside what the rules took, after a name or a verb ("某某走访|某某大学",
        "某某同志任|某某大学党委书记", "某某曾任|某某（集团）有限公司"): the model's start, unless a
        place opens the rules' name (a place is firmer)."""
        if any(p.start == s for p in places):
            return s
        model = [c for c in self.art.in_sentence("candidate", idx) if c["tag"] == "ORG" and c.end in (end, cut)]
        starts = [c.start for c in model if s < c.start < end - 2]
        if not starts and self._cut_inside_word(idx, s):
            starts = [c.start for c in model if c.start < s and not HARD_BREAKS.intersection(self.art.sentences[idx].simp[c.start:s])]
        return min(starts, default=s)

    def _cut_inside_word(self, idx: int, s: int) -> bool:
        """Whether the rules' left edge `s` fell right after a character of their boundaries
        that the model reads inside a word ("华为技术有限公司": 为 is the brand's, no
        preposition there; "美的集团": no 的).  A name the rules open with a bare level is
        the level's body whatever word the model runs across its edge ("聘任某文华为|县林业
        科学研究所所长": no brand 华为 before the county's institute)."""
        if self.art.sentences[idx].simp[s:s + 1] in BARE_LEVELS:
            return False
        return 0 < s and any(a < s < z for a, z, _ in self.art.context.get("words", {}).get(idx, ()))


def _described(text: str, s: int) -> bool:
    """Whether the words before a body's name only say what kind of body follows: a verb of
    founding or joining, with its 了 ("组建了果蔬种植合作社"), or 的 after the owner ("村里的
    肉牛养殖合作社"): a body of that trade, not its name.

    >>> _described("全村组建了果蔬种植合作社", 5), _described("村里的肉牛养殖合作社", 3), _described("在绿源茶叶合作社", 1)
    (True, True, False)
    """
    before = text[:s].removesuffix("了")
    return before.endswith(tuple(words("founding_verbs"))) or text[s - 1:s] == "的"
