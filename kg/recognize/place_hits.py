"""Where a gazetteer name in running text is a place the text names: matches that start
where a word starts (not 丽江 inside 美丽江苏), that the model did not read inside a longer
name of its own (unless as the next link of a chain, or after 中共 or a verb it glued on),
and that open no company, school, outlet or honorary title.  Used by kg.recognize.places.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.places.gazetteer import common_words, load
from kg.recognize.org_names import central
from kg.recognize.place_outlet_names import country_in_a_title, in_credit, in_quoted_outlet
from kg.recognize.segment import boundary
from kg.lang.matcher import LongestMatcher
from kg.lang.words import body_types, table, words


DIRECTIONS = "东西南北"
NOT_AFTER_COUNTRY = ("共产党", "式", "特色", "人民")    # 中国共产党, 中国特色: not the country named
NATURAL_TAILS = "江河湖山溪"     # 闽江, 嘉陵江: a short form that begins a river's or mountain's name
# Verbs and prepositions that take a place as object and that the model may read into the
# place's own word ("任某县副县长" cut 任某县, "在某市" cut 在某市): no part of its name.
# Words that open with a lower level's suffix: after a short form that writes its level they
# start the next word.
# A level word with the others it stands for in brackets ("县（市）", "县(市、区)"): the level of a
# list of places, not the end of the last one's name ("甲、乙县(市)委书记": 乙 and the level).
# The levels whose character opens a rank with 级 after it ("县级河长", "市级领导", "省级部门"): a
# short form before it names the place of that rank, the level character is the rank's.
RANK_LEVELS = ("省", "市", "县", "区")
LEVEL_ALTERNATES = re.compile(r"[县市区旗][（(][县市区旗、]+[)）]")
GENERIC_LOWER = ("乡村", "乡镇", "镇村", "村镇", "村民", "村级", "镇级", "乡级")
GLUED_BEFORE = tuple("任在到赴至从于往驻离回经原") + ("调任", "出任", "来到", "前往", "位于",
                                                  "履新", "升任", "转任", "改任", "接任", "兼任", "担任")   # (the verbs of a post taken;
#                                                  原: a former post's "原某区委副书记", the model's word over both)
GLUED_BEFORE += ("其中共", "其中国共产党")     # "免去其中共某市委书记职务": his, then the Party's body (no 其中, "among them")
SINGLE_GLUED = "".join(w for w in GLUED_BEFORE if len(w) == 1)


@lru_cache(maxsize=1)
def regions() -> tuple[str, ...]:
    gaz = load()
    by_rule = [p + d for p in words("province_short") for d in (*DIRECTIONS, "东南", "西南", "东北", "西北")]
    return tuple(words("regions")) + tuple(r for r in by_rule if not any(w in gaz.names or w in gaz.shorts for w in (r, r[:2])))
    #   (not 陕西南, 陇西北: the province 陕西, the county 陇西 before 南部, 南郑, 北京)


def region_province(region: str) -> str | None:
    """The province a region named by its one-character abbreviation and a direction lies
    in (kg/data/province_letters.tsv).

    >>> region_province("皖南"), region_province("鲁西南"), region_province("华北")
    ('340000', '370000', None)
    """
    rest = region[1:]
    return table("province_letters").get(region[:1]) if rest and all(c in DIRECTIONS for c in rest) else None


@lru_cache(maxsize=1)
def matcher() -> LongestMatcher:
    return LongestMatcher(load().surfaces() + list(regions()))


LEVEL_CHARS = tuple("省市县区州旗盟")
# The branches a national firm names by their place ("中国某某银行某市分行", "某某公司某省分公司").
BRANCHES = ("分公司", "分行", "支行", "分理处", "营业部", "分中心", "分院", "分局", "分社")
PARTY_PREFIXES = ("中共", "中国共产党", "共青团", "中国", "政协", "中国人民政治协商会议")   # and the 政协's


def names_a_branch(hit: tuple[int, int, str], text: str) -> bool:
    """Whether the place names a firm's branch right after it ("某某银行郴州分行"): it places
    the branch, and like any place inside a firm's name it is no place the text names.

    >>> names_a_branch((6, 8, "郴州"), "中国农业银行郴州分行"), names_a_branch((0, 2, "郴州"), "郴州分行业务")
    (True, True)
    """
    e = hit[1]
    return text.startswith(BRANCHES, e) or text[e:e + 1] in ("省", "市", "县", "区") and text.startswith(BRANCHES, e + 1)


def inside_a_word(hit: tuple[int, int, str], text: str, words: tuple) -> bool:
    """A place name must start where a word starts.  Inside an ordinary word it is no
    place ("美丽江苏": 美丽 is a word, so 丽江 is no city); inside the model's own place or
    body name it is one only as the next link of a chain, after a full division name or the
    short form of a province or prefecture ("某省某市委" holds 某市, "某市某某县" holds the
    county; "贺兰山东麓" holds no 山东, since 贺兰 is a county's short form).

    `words` are (start, end, tag) of the sentence's words as the statistical model cut
    them; without them (the model switched off) nothing is dropped."""
    s, e, surface = hit
    word = next((w for w in words if w[0] <= s < w[1]), None)
    if word is None or word[0] == s:
        return False
    if text[word[0]:s] in GLUED_BEFORE and (word[2] in ("LOC", "ORG") or surface in load().names
                                            or surface.endswith(LEVEL_CHARS) or text.startswith(LEVEL_CHARS, e)):
        return False                          # the model's word glued a verb to the name (任某县, or 任某 read as a name;
        #                                       "担任务川县委书记": 任务 is a word, but a level follows the short name)
    if _chained_full_names(hit, text):
        return False                          # "某某盟|额济纳旗": the model's word across two full names
    if names_a_branch(hit, text):
        return False                          # "某某银行郴州分行", "某某移动湖南分公司": the branch's place
    if any(text.endswith(p, 0, s) and s - len(p) < word[0] for p in PARTY_PREFIXES + democratic_parties()):
        return False                          # "免去其中共某市委副书记职务": the model's word began inside 中共
        #                                       (其中|共某市委), the prefix that opens the body's name
    if word[2] not in ("LOC", "ORG"):
        return True
    if word[2] == "ORG" and text[s - 1:s] == "驻":
        return False                          # "某市驻某县扶贫工作团": where the body's team is stationed
    gaz = load()
    if text[word[0]:s] in PARTY_PREFIXES + democratic_parties():
        return False                          # "中共某市委": the place opens the body's name
    if word[2] == "ORG" and central(text[word[0]:s]) and text[e:word[1]] in body_types():
        return False                          # "国家统计局某省调查总队", "国家税务总局某县税务局": a central organ's
        #                                       field body, named by the place it serves and its kind
    lead = max(0, word[0] - 6)            # (a link the model cut across: "凉|山州某县委" holds 凉山州, then the county)
    links = [f for f in matcher().finditer(text[lead:s]) if lead + f[1] == s]
    return not any(f[2] in gaz.names or _upper_short(gaz, f[2]) for f in links)


def _chained_full_names(hit: tuple[int, int, str], text: str) -> bool:
    """A division's full name right after another one's, or after a province's or
    prefecture's short form with its level written ("某某州|某某县"): the next link of a
    chain, however the model cut the words across them (it read "阿拉善|盟额|济纳旗", and
    an adjective over "凉山州昭觉" in a list's row)."""
    s, _, surface = hit
    gaz = load()
    if surface not in gaz.names or len(surface) < 3:
        return False
    at = max(0, s - 12)
    return any(at + f[1] == s and len(f[2]) >= 3 and (f[2] in gaz.names or f[2].endswith(LEVEL_CHARS) and _upper_short(gaz, f[2]))
               for f in matcher().finditer(text[at:s]))


@lru_cache(maxsize=1)
def democratic_parties() -> tuple[str, ...]:
    """"九三学社某省委": a democratic party's name opens its committee's, as 中共 does."""
    return words("democratic_parties")


def _upper_short(gaz, surface: str) -> bool:
    """A short form that can name a province or a prefecture ("山东", "本溪"): such a
    link opens a chain; a county's short form ("贺兰") does not."""
    return any(gaz.by_code[c].level in ("province", "prefecture") for c in gaz.candidates(surface))


def readable_hits(text: str, words: tuple) -> list[tuple[int, int, str]]:
    """Leftmost-longest matches that are no part of a longer word; a match dropped as
    such gives way to the names that overlap it ("美丽江苏": 丽江 dropped, 江苏 read)."""
    masked = text
    for _ in range(8):
        found = list(matcher().finditer(masked))
        inside = [h for h in found if yields_to_full_name(h, masked)] \
            or [h for h in found if inside_a_word(h, text, words) or glued_short_form(h, text)]      # (first: "原阳东区")
        if not inside:
            return found
        for s, _, _ in inside:
            masked = masked[:s] + "\u3000" + masked[s + 1:]
    return [h for h in matcher().finditer(masked) if not inside_a_word(h, text, words) and not glued_short_form(h, text)
            and not yields_to_full_name(h, masked)]


def yields_to_full_name(hit: tuple[int, int, str], text: str) -> bool:
    """A short form opening with 原 or 前, or with a verb or preposition that takes a place
    (任, 在, 到…: GLUED_BEFORE), whose last characters open a full name that runs past it:
    "原阳东区" is 原 (former) and 阳东区, not the short form 原阳 of another county; "曾任城固县"
    is 任 and 城固县, not the short form 任城 of a district; the full name, its level written,
    is the surer reading.

    >>> yields_to_full_name((0, 2, "原阳"), "原阳东区委副书记"), yields_to_full_name((0, 2, "原阳"), "原阳县委书记")
    (True, False)
    >>> yields_to_full_name((1, 3, "任城"), "曾任城固县县长"), yields_to_full_name((1, 3, "任城"), "曾任城区主任")
    (True, False)
    """
    s, e, surface = hit
    names = load().names
    if surface in names or surface[0] not in "原前" and surface[0] not in SINGLE_GLUED:
        return False                  # (only where a former post's mark or a verb may be read into a name)
    window = text[s + 1:min(len(text), e + 8)]
    return any(a + s + 1 < e < z + s + 1 and word in names and len(word) >= 3     # (not 城区, a district's
               for a, z, word in matcher().finditer(window))                          # name and a word)


def glued_short_form(hit: tuple[int, int, str], text: str) -> bool:
    """A short form that a word of the dictionary runs into from the left: "长江入海口"
    holds no 海口 (入海口), "美丽江苏" no 丽江 (美丽) — also where the model is off, or
    cuts it wrong itself (入|海口).  Right after a province's or prefecture's name it is the
    chain's next link, whatever word the dictionary reads across them.

    >>> glued_short_form((3, 5, "丽江"), "建设美丽江苏"), glued_short_form((5, 7, "南宁"), "他来自广西南宁")
    (True, False)
    """
    s, e, surface = hit
    gaz = load()
    if surface not in gaz.shorts or surface in gaz.names or boundary(text, max(0, s - 3), min(len(text), e + 3), s):
        return False
    lead = max(0, s - 6)              # "广西南宁": the chain's next link after a province's name, which the
    return not any(lead + f[1] == s and (f[2] in gaz.names or _upper_short(gaz, f[2]))     # dictionary's 西南
                   for f in matcher().finditer(text[lead:s]))                              # runs across


def division_hits(text: str, words: tuple = ()) -> tuple[tuple[int, int, str], ...]:
    """Gazetteer and region matches, dropping short forms that begin a smaller name, and,
    where the model's words are known, names read inside a longer word (see `inside_a_word`)."""
    names, shorts = load().names, load().shorts
    hits = []
    found = readable_hits(text, words)
    starts = {s for s, _, _ in found}
    for s, e, surface in found:
        nxt = text[e:e + 2]
        if surface not in names and (nxt[:1] in "镇乡村" and not (surface[-1] in "省市州盟县区旗" and nxt in GENERIC_LOWER)
                                     or nxt in ("街道", "社区", "大学", "路", "街")):
            continue         # "东营乡" is a township; "某州乡村振兴局" is the prefecture's bureau (its level written, then 乡村)
        if surface in shorts and nxt[:1] and nxt[:1] in NATURAL_TAILS and e not in starts:
            continue         # "闽江" is a river, "四川江油" a province and a city
        if surface == "中国" and text.startswith(NOT_AFTER_COUNTRY, e):
            continue
        if surface not in names and in_natural_list(text, s, e, surface):
            continue         # "湘江、资江、沅江", "臭河、黑河、垃圾河": rivers listed, no city 沅江 or 黑河
        if surface in common_words() and surface not in names and not boundary(text, s, min(len(text), e + 3), e):
            continue         # "某市公安局": an everyday word's compound (公安局), no county 公安
        if surface in names and LEVEL_ALTERNATES.match(text, e - 1) and surface[:-1] in load().shorts:
            e, surface = e - 1, surface[:-1]      # "瑞安县(市)委": 瑞安 and the list's levels, not 瑞安县 (its old name)
        if surface.endswith(RANK_LEVELS) and text[e:e + 1] == "级" and surface[:-1] in load().shorts:
            e, surface = e - 1, surface[:-1]      # "某江县级河长": a rank (县级), the name before it its short form
        hits.append((s, e, surface))
    return tuple(hits)


def in_natural_list(text: str, s: int, e: int, surface: str) -> bool:
    """Whether a short form ending in 江/河/湖/山 stands in a 、-list of names with that same
    ending: a list of rivers, lakes or mountains, not of cities.

    >>> in_natural_list("有湘江、资江、沅江三条河", 7, 9, "沅江"), in_natural_list("益阳沅江", 2, 4, "沅江")
    (True, False)
    >>> in_natural_list("沅江、桃江两地", 0, 2, "沅江")
    False
    """
    tail = surface[-1]
    if tail not in NATURAL_TAILS:
        return False
    gaz = load()
    before = text[max(0, s - 6):s - 1] if text[s - 1:s] == "、" else ""
    after = text[e + 1:e + 6] if text[e:e + 1] == "、" else ""
    neighbours = [before[-k:] for k in range(2, len(before) + 1) if before.endswith(tail)]
    neighbours += [after[:k] for k in range(2, len(after) + 1) if after[k - 1] == tail]
    if any(n in gaz.names or n in gaz.shorts for n in neighbours):
        return False                     # "沅江、桃江": two counties' short forms, a list of places
    return bool(neighbours)


@lru_cache(maxsize=1)
def honorary_title() -> re.Pattern:
    """The rest of an honorary title after its place: "中国" + "红枣之乡"."""
    return re.compile(r"[\u4e00-\u9fff]{0,8}?(?:" + "|".join(words("honorary_titles")) + ")")


def opens_a_name(hit: tuple[int, int, str], text: str, cut: tuple) -> bool:
    """A place that opens the name of a company, school or news outlet, or an honorary
    title, is no place the text names: the model's word starting with it runs on to one
    of their heads, or holds one of two characters or more ("某市邮电大学", "某地网",
    "某某集团公司三院"), or an honorary title follows ("中国某某之乡",
    kg/data/honorary_titles.txt).  A government body's name still names its place
    ("某市教育局": 局 is no such head).  The span stays, marked `in_name` (the body it
    opens still lies there); kg.kinds.places writes no mention of it.  `cut`: the
    model's words."""
    s, e, surface = hit
    if honorary_title().match(text, e) or in_quoted_outlet(hit, text) or country_in_a_title(hit, text) or in_credit(hit, text) \
            or EDITION.search(text, max(0, s - 8), s):
        return True                  # ("第29届某某电影节": an event's edition, then its name)
    word = next((w for w in cut if w[0] == s and w[1] > e), None)
    if word is None:
        return False
    if surface == "中国" and word[2] == "ORG":
        return True                  # "中国石化派驻某村": the country opening a firm's or an institution's name
    heads = words("name_heads_not_places")
    rest = text[e:word[1]]          # a head inside the word too, where a unit follows: "某某集团公司三院"
    if rest.endswith(LOWER_LEVELS):
        return False                 # "某区学院路街道": the model's word runs on to a subdistrict, named after a road
    return rest.endswith(heads) or any(head in rest for head in heads if len(head) > 1)


# The levels below a county that end a place's own name: a word the model runs on to one of
# them is a chain of places, whatever head a street's name holds ("学院路街道", "大学城社区").
LOWER_LEVELS = ("街道", "社区", "镇", "乡", "村")
# An event's edition right before a place: the place opens the event's name ("第十届某省运动会").
EDITION = re.compile(r"第[\d一二三四五六七八九十百]+届$")
