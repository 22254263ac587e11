"""How official news names a body: the closed classes of body types, named bodies and
post titles, and the rules that make one name of its variants.

    中共某县委员会, 某县委          -> 某县委 (normalize)
    正定县 + 县委                  -> 正定县委 (join: the level is not written twice)
    妇联机关党委                   -> 妇联, 妇联机关党委 (bodies_after: each chained type a body)
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Article, Span
from kg.lang.matcher import LongestMatcher
from kg.lang.script import HAN
from kg.lang.words import body_types, longest_first, table, words
from kg.places.gazetteer import division_span, load
from kg.recognize.place_outlets import division_opening
from kg.recognize.segment import frequency, tagged

# The Party committees of the levels from the province to the county, by their short names:
# a title opening with one names that committee ("县委书记"), a heading "某县委历任书记" too.
LEVEL_COMMITTEES = ("省委", "市委", "县委", "区委", "州委", "旗委", "盟委", "地委")
PARTY_AFTER_PLACE = ("人民代表大会常务委员会", "人民代表大会", "委员会", "委", "政府", "人大常委会", "人大", "政协", "纪委监委", "纪委")
# The general offices of a committee and a government by their short names ("县委办",
# "区政府办"; not 委办公室, read whole as 委 + 办公室).
GENERAL_OFFICE = re.compile(r"(?:委|政府|人民政府)办(?!公|事|理|学|法)")
SESSION_ORDINAL = re.compile(r"第?[一二三四五六七八九十]{1,3}届")
GROUP_ORDINAL = re.compile(r"第[一二三四五六七八九十]{1,3}")


@lru_cache(maxsize=1)
def committee_matcher() -> LongestMatcher:
    return LongestMatcher(words("assembly_committees"))


@lru_cache(maxsize=1)
def party_centre_organs() -> tuple[str, ...]:
    """The Party centre's organs by their formal names, 中共 before them ("中共中央组织部"):
    the same organs as "中央组织部", which `normalize` names them (not 中共中央 and a 组织部)."""
    return tuple("中共" + w for w in words("central_bodies") if w.startswith("中央") and len(w) > 2)


@lru_cache(maxsize=1)
def matchers() -> tuple[LongestMatcher, LongestMatcher, re.Pattern]:
    suffixes = "|".join(longest_first(words("body_suffixes")))
    return (LongestMatcher(body_types()), LongestMatcher(words("named_bodies") + words("central_bodies") + party_centre_organs()
                                                         + words("central_enterprises")),
            re.compile(rf"[{HAN}]{{2,12}}?(?:{suffixes})"))


@lru_cache(maxsize=1)
def title_matcher() -> LongestMatcher:
    """Post titles: a body's name ends before one ("某局" + 局长), and holds none."""
    return LongestMatcher(words("titles"))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    return table("body_abbreviations")


def normalize(name: str) -> str:
    """"中共某县委" is 某县委; 中共中央 keeps its name (中央 alone names nothing); a committee's
    formal name is its short one, whatever its term ("中共某镇第十五届委员会" is 某镇党委,
    "某县纪律检查委员会" 某县纪委).

    >>> normalize("中共某某镇第十五届委员会"), normalize("某某县第十四届纪律检查委员会"), normalize("中共中央宣传部")
    ('某某镇党委', '某某县纪委', '中央宣传部')
    """
    name = name[2:] if name in party_centre_organs() else name      # 中共中央组织部 is 中央组织部
    name = re.sub(r"^中共(?!中央)", "", name).replace("人民代表大会常务委员会", "人大常委会")
    name = re.sub(r"[“\"]两委[”\"]$", "两委", name)          # 某村“两委”: 某村两委
    name = abbreviations().get(name, name)          # 中纪委 is 中央纪委
    name = re.sub(r"第[一二三四五六七八九十]{1,3}届((?:纪律检查)?委员会)$", r"\1", name)    # the committee, any term
    name = re.sub(r"纪律检查委员会$", "纪委", name)
    name = re.sub(r"(镇|乡|街道)委员会$", r"\1党委", name)          # a township's committee is its 党委
    name = re.sub(r"(镇|乡)人大主席团$", r"\1人大", name)          # its congress's presidium: its 人大
    name = re.sub(r"村(?:村监会|村监委|监委会|监委)$", "村村务监督委员会", name)     # a village's supervisory committee (no 监察委员会)
    name = re.sub(r"村委会(党支部|党总支|党委)$", r"村\1", name)      # Hainan's "某村委会党支部": the village's branch
    return re.sub(r"(省|市|县|区|旗)委员会$", r"\1委", name)


def join(place_name: str, body: str) -> str:
    """Place name + body, without doubling the level ("正定县" + "县委" → "正定县委";
    "某市" renamed from a county + "县委", as an older text writes it → "某县委"; a city that
    became a district, "某区" + "市委" → "某市委"; a city that was a 地区, "某市" + "地委" →
    "某地委").

    A county of one character keeps its level before its committee's ("蔚县" + "县委" →
    "蔚县县委", as such counties write it: "蔚委" would name nothing).

    >>> join("某某市", "地委副书记"), join("某某县", "县委"), join("甲县", "县委"), join("甲县", "委宣传部")
    ('某某地委副书记', '某某县委', '甲县县委', '甲县县委宣传部')
    >>> join("甲村", "村委会"), join("某某村", "村委会")         # a village of one character too
    ('甲村村委会', '某某村委会')
    """
    if len(place_name) == 2 and place_name[-1] in "县区旗村":
        if body[:1] == place_name[-1] and body[1:2] == "委":
            return place_name + body
        if body[:1] == "委":          # the level written bare before its 委 ("县委宣传部": 县 + 委宣传部)
            return place_name + place_name[-1] + body
    if body[:1] in "省市县区旗州盟镇乡村" and body[1:2] == "委" and place_name.endswith(body[0]):
        return place_name + body[1:]
    if body.startswith("地委") and place_name.endswith("地区"):
        return place_name[:-2] + body      # a 地区's committee: "某某地区" + "地委" → "某某地委"
    if body.startswith("地委") and place_name.endswith("市"):
        return place_name[:-1] + body      # a city that was a 地区 when it had a 地委: "某某地委" as written
    if body[:2] in ("县委", "市委") and place_name[-1:] in "县市区" and place_name[-1] != body[0]:
        return place_name[:-1] + body      # a county that became a city or a district: "某县委" as written
    return place_name + body


# A body's name that opens with the nation's own words is a central organ ("国家乡村振兴局").
NATIONAL_LEADS = ("国家", "中央", "全国", "国务院")


def central(name: str) -> bool:
    """Whether a body is a central Party or state organ: listed (kg/data/central_bodies.txt),
    or named as the nation's ("国家某局", "中央某办").

    >>> central("国家林业和草原局"), central("财政部"), central("某县财政局")
    (True, True, False)
    """
    return name in words("central_bodies") or name.startswith(NATIONAL_LEADS)


def party_committee(place_name: str) -> str:
    """The Party committee of a division: its level word and 委, an autonomous region's 党委.

    >>> party_committee("某某县"), party_committee("某某自治区"), party_committee("某某地区")
    ('某某县委', '某某自治区党委', '某某地委')
    """
    if place_name.endswith("自治区"):
        return place_name + "党委"
    return join(place_name, "地委" if place_name.endswith("地区") else place_name[-1:] + "委")


# Schools and hospitals keep the place as their name writes it ("浦江中学" is no 浦江县中学);
# an organ's name is its place's full name and its type ("某县教育局").
INSTITUTIONS = ("中学", "小学", "学校", "医院", "卫生院")


def placed_name(place, body: str) -> str:
    """A body's name after the place the text wrote before it.

    >>> placed_name({"name": "某某县", "surface": "某某"}, "中学"), placed_name({"name": "某某县", "surface": "某某"}, "教育局")
    ('某某中学', '某某县教育局')
    """
    if place.get("body_name"):
        return join(place["body_name"], body)      # a bare zone's bodies carry its host: "某某高新区管委会"
    return join(place["surface"] if body in INSTITUTIONS else written_name(place), body)


def written_name(place) -> str:
    """The place's name for its bodies: as the text wrote it where that is a former full
    name of the division (a county renamed as a district in place: an article of before
    names the county's committee, never one "district + 县委" that did not exist), else
    its name of today."""
    surface = place.get("surface") or ""
    return surface if surface != place["name"] and surface in load().names else place["name"]


def org_span(art: Article, name: str, place: Span | None, sent: int) -> Span:
    """The body of this name the article met, or a new mention of it placed at `place`
    (a post names its body: "正定县委书记" is a post in 正定县委)."""
    name = normalize(name)
    met = next((o for o in art.of("org") if o["name"] == name), None)
    return met or Span("org", sent, -1, -1, name, {"name": name, "place": place})


# The institutions a place numbers ("某县第一中学", "某市第二人民医院", "某省第一监狱").
BODY_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]{1,3}")
NUMBERED_KINDS = ("中学", "小学", "高级中学", "初级中学", "实验中学", "实验小学", "职业中学", "幼儿园", "医院", "人民医院",
                  "中医医院", "中医院", "监狱", "看守所")
def title_or_end(text: str, z: int) -> bool:
    """Whether a short body name may end at `z`: a title, punctuation, 的, its people after."""
    return z >= len(text) or text[z] in "，,。；;、的（()） " or title_matcher().match_at(text, z) is not None \
        or text.startswith(("教师", "老师", "学生", "师生", "校区"), z)


# ...and its numbered schools as everyone writes them, the number and 中 or 小 alone ("县一中",
# "市二中", "县实验小学" aside): 一中 is 第一中学; not 一中心 (a centre), 一中队, 一中间.
SCHOOL_SHORT = re.compile(r"[一二三四五六七八九十]{1,2}[中小](?![心间央层国学专队部型组心])")


def bodies_after(text: str, i: int, village: bool = False) -> list[str]:
    """Body words right after position i, each chained type a body of its own:
    "妇联机关党委" gives 妇联 and 妇联机关党委.  After a village, 委会 is its committee
    ("某村委会主任": 村 + 委会, never 村委 + "会主任")."""
    bodies = matchers()[0]
    out, cur = [], ""
    session = SESSION_ORDINAL.match(text, i)
    if session and text.startswith(("人民代表大会", "人大", "政协"), session.end()):
        i = session.end()                 # "某市第八届人民代表大会": the congress, whatever its term
    numbered = BODY_ORDINAL.match(text, i)
    kind = bodies.match_at(text, numbered.end()) if numbered else None
    if kind in NUMBERED_KINDS:            # "某县第一人民医院", "某市第二中学": the place's numbered school or hospital
        return [numbered.group(0) + kind]
    school = SCHOOL_SHORT.match(text, i)
    if school and title_or_end(text, school.end()):
        return [school.group(0)]          # "县一中校长", "市二中的老师": the place's first, second school
    if text.startswith(("“两委”", '"两委"'), i):
        return [text[i:i + 4]]            # "某村“两委”班子": the village's two committees, quoted as news writes them
    office = GENERAL_OFFICE.match(text, i)
    if office:                            # "县委办、县政府办": the committee's and the government's offices
        return [office.group(0)]
    for lead in (("委会",) if village else ()) + PARTY_AFTER_PLACE:
        if text.startswith(lead, i):
            cur = lead
            out.append(cur)
            break
    while i + len(cur) < len(text):
        at = i + len(cur)
        ordinal = GROUP_ORDINAL.match(text, at) if cur else None      # "省委第二巡视组": its numbered group
        word = bodies.match_at(text, ordinal.end()) if ordinal else None
        if word and word.endswith("组"):
            word = ordinal.group(0) + word
        else:
            word = bodies.match_at(text, at)
        if not word or (word in ("政府", "人民政府") and cur.endswith("委")):
            break         # "某镇党委政府": the committee and the government, two bodies (orgs.PAIRED)
        cur += word
        out.append(cur)
    end = i + len(out[-1]) if out else i
    if out and (bu_opens_bumen(out[-1], text, end)
                or out[-1].endswith("部") and text.startswith("分", end) and not text.startswith(("分管", "分局"), end)):
        out.pop()         # 组织部门: "departments"; 组织部分代表: organized some deputies (not 组织部分管…)
    if len(out) > 1 and out[0] in PARTY_AFTER_PLACE:
        out = out[1:]     # "省委组织部" names the department; the committee itself is not named
    return [b for b in out if b != "委员会"]


def bu_opens_bumen(name: str, text: str, end: int) -> bool:
    """Whether the 部 a body's name ends with opens the word 部门 in the text ("组织部门",
    "住建部门": departments of that work, not the 组织部 or the ministry).

    >>> bu_opens_bumen("住建部", "住建部门巡查", 3), bu_opens_bumen("住建部", "住建部印发", 3)
    (True, False)
    """
    return name.endswith("部") and text.startswith("门", end)


def kind_of_body(stem: str) -> bool:
    """After a verb of founding, whether the words say what kind of body, not which one:
    "成立果蔬种植合作社" (果蔬, an everyday word) against "成立绿源茶叶合作社" (绿源, a brand
    the dictionary does not know).

    >>> kind_of_body("果蔬种植"), kind_of_body("绿源茶叶专业")
    (True, False)
    """
    first, flag = tagged(stem)[0]
    return frequency(first) >= 50 and flag not in ("nr", "ns", "nz", "nrt")


def has_function_word(stem: str) -> bool:
    """A verb, pronoun or adjective in the stem: a description, not a name ("大家加入合作社");
    likewise a time word first ("去年加入合作社"), a verb of founding or joining anywhere
    ("党支部领办合作社": a name never says how the body came about), or only the kind
    of body ("专业合作社").  得 (jieba's particle "ud") is no such word: brands write it
    (某得集团, 得力) and no description puts it before a body's kind.

    >>> has_function_word("大家加入"), has_function_word("临江恒得"), has_function_word("村民商量")
    (True, False, True)
    """
    tags = tagged(stem)
    if stem in words("body_kind_stems") or any(w in stem for w in words("founding_verbs")):
        return True
    if len(tags) > 1 and tags[0][0] in words("person_nouns"):
        return True               # "和村民商量合作社的事": people, then what they do, no name (a name
        #                           opens with its place or its brand: "某村农民专业合作社")
    return any(flag[:1] in "rdpcumq" and flag != "ud" for _, flag in tags) or tags[0][1][:1] in "vat"


def numeral_brand(stem: str) -> bool:
    """A stem whose only function words are numerals, as brands have them ("三一", "一百岁"):
    a name where the model reads the body whole, never a count ("三家合作社" is no name).

    >>> numeral_brand("三一"), numeral_brand("探索")
    (True, False)
    """
    tags = [flag for _, flag in tagged(stem)]
    return any(f.startswith("m") for f in tags) and all(f.startswith(("m", "n")) for f in tags) \
        and stem not in words("body_kind_stems")


def named_within(org: Span, found: list[Span]) -> Span | None:
    """The longer body that ends where `org` ends and names it ("国网某县供电公司" over
    "某县供电公司"): one body, under the longer name; so is a team a body stationed there
    ("某市驻某县扶贫工作团" over "某县扶贫工作团", its destination's full name written in), and
    a firm read inside its registered name, the legal form after it."""
    return next((w for w in found if w.start < org.start and w.end == org.end
                 and (w["name"].endswith(org["name"]) or "驻" in w["name"] and w["name"][-3:] == org["name"][-3:])
                 or w.start <= org.start < org.end < w.end and legal_form_after(w, org)), None)


# A firm's registered legal form (公司法), longest first: a description never ends so, so a name
# the model reads whole up to it is the firm's, whatever words its brand is made of (均胜: "all win").
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")


def legal_form_after(wider: Span, org: Span) -> bool:
    """Whether `wider` is `org` with a firm's legal form after it ("某某农村商业银行|股份有限
    公司"): one firm, under its registered name."""
    form = next((f for f in LEGAL_FORMS if wider["name"].endswith(f)), None)
    return form is not None and wider.end - org.end == len(form)


def branded(name: str) -> Span | None:
    """The division a firm's name holds after a brand of two to four characters: "国网某县
    供电公司" is the county's utility, "华润某市燃气公司" the city's."""
    for k in (2, 3, 4):
        code = division_opening(name[k:], load())
        if code is not None:
            return division_span(code)
    return None
