"""Linking: what each figure is about, once every entity of the article is known.

A figure is about the most specific place written before it in its clause ("全县新建
道路12公里" is the county's), else a program that holds it or is named before it ("某某项目
总投资5亿元"; not "收入翻番，较“十三五”末…", where the program dates a comparison), else a
body named there, else the place the article is about (its county, city, then province).
The subject is not part of the measure: "鞍山市新建学校" measures 新建学校 about 鞍山市, and
a measure that is only a place's name is none.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.components import Component, register
from kg.places.gazetteer import division_span
from kg.link.place_mentions import named_parents, one_lower_place, one_zone, places_in_names


def _before(art: Article, kind: str, idx: int, start: int) -> list[Span]:
    return [x for x in art.in_sentence(kind, idx) if x.start < start]


# "全省/全市/全县…" before a figure: the whole of the place the article is about.
WHOLE = {"全省": "province", "全区": "county", "全市": "city", "全州": "city", "全盟": "city", "全县": "county",
         "全旗": "county"}


# A comparison's base right before 全省/全市: "增速高于全省平均水平1.1个百分点" is the county's
# lead over the province, not a figure of the province (the comparative verbs and prepositions).
COMPARED = re.compile(r"(?:高于|低于|快于|慢于|超过|超出|领先|落后于?|比|较|同)$")


def whole_scope(art: Article, fig: Span) -> Span | None:
    """"全省100个县…": the article's province, not the last place named before; "全市" in a
    county-level city's own news (no prefecture the article is about) is that city."""
    clause = re.split(r"[，,；;。：:！？!?]", art.sentences[fig.sent].simp[:fig.start])[-1]
    for word, level in WHOLE.items():
        if word in clause and not _before_in(art, fig, clause, word) and not COMPARED.search(clause[:clause.index(word)]):
            code = art.context.get(level) or (art.context.get("province") if word == "全区" else None) \
                or (_county_city(art) if word == "全市" else None)
            return division_span(code) if code else None
    return None


def _county_city(art: Article) -> str | None:
    county = art.context.get("county")
    span = division_span(county) if county else None
    return county if span is not None and span["name"].endswith("市") else None


def _before_in(art: Article, fig: Span, clause: str, word: str) -> bool:
    """A place named after 全省 in the clause is more specific than the scope."""
    start = fig.start - len(clause) + clause.index(word)
    return any(p.start > start for p in _before(art, "place", fig.sent, fig.start) if p["level"] != "other")


# A village or township the text points back to ("该村", "这个村", "全镇", "村里"): the last one named.
POINTED = re.compile(r"(?:该|这个|本|全|此|这)(村|镇|乡)|(村|镇|乡)里(?![程])")      # (村里: "in the village"; not 公里, 里程)
POINTED_LEVELS = {"村": "village", "镇": "township", "乡": "township"}


def pointed_place(art: Article, fig: Span) -> Span | None:
    """"…来到某乡某村。该村有农户320户": the village last named before the figure, when
    its sentence points back to one before it and names no place of its own."""
    m = POINTED.search(art.sentences[fig.sent].simp[:fig.start])
    if m is None:
        return None
    level = POINTED_LEVELS[m.group(1) or m.group(2)]
    named = [p for p in art.of("place") if p["level"] == level and p.sent >= 0
             and (p.sent, p.start) < (fig.sent, fig.start) and not p.get("in_name")]
    return max(named, key=lambda p: (p.sent, p.start)) if named else None


def subject_of(art: Article, fig: Span, before: Span | None = None) -> Span | None:
    """`before`: the figure before this one in the article, whose subject a sentence that
    names nothing carries on ("全省实现生产总值…。分产业看，第一产业增加值…": the province's)."""
    scope = whole_scope(art, fig)
    if scope is not None:
        return scope
    places = [p for p in _before(art, "place", fig.sent, fig.start) if p["level"] != "other"]
    member = next((x for x in [*art.in_sentence("org", fig.sent), *places] if _first_of_count(art, fig, x)), None)
    if member is not None:
        return _above_member(art, member)
    named = [p for p in places if not p.get("in_name")]     # a place the text names before one inside a firm's
    if places:                                              # name: "甲县与乙市某公司签约…" is 甲县's
        return (named or places)[-1]
    pointed = pointed_place(art, fig)
    if pointed is not None:
        return pointed
    progs = [p for p in art.in_sentence("program", fig.sent) if of_program(p, fig)]
    if progs:
        return progs[-1]
    orgs = _before(art, "org", fig.sent, fig.start)
    if orgs:
        return orgs[-1]
    carried = before["subject"] if before is not None and fig.sent - before.sent in (0, 1) else None
    if carried is not None and carried.kind == "place" and carried["level"] in ("province", "prefecture", "county"):
        return carried                  # a division: not a program or a body named once beside a figure,
                                        # nor a village whose list a total follows ("甲村、乙村6个村，共89个组")
    return _article_scope(art)


def _article_scope(art: Article) -> Span | None:
    for level in ("county", "city", "province"):
        code = art.context.get(level)
        if code:
            return division_span(code)
    return None


RANKS = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4, "zone": 3}


def _above_member(art: Article, member: Span) -> Span | None:
    """What a set is counted in, given one member: a body's place ("某省高级人民法院等35家
    单位": the province's); a township's or village's county; else the article's place above
    the member's level ("甲县等11个县" in a province's news: the province, not the member's
    prefecture, which holds few of them)."""
    if member.kind == "org":
        return member.get("place")
    county = member.get("parent")
    while county is not None and RANKS.get(county["level"], 5) > RANKS["county"]:
        county = county.get("parent")
    if county is not None and RANKS.get(member["level"], 5) > RANKS["county"]:
        return county                 # "某县甲镇等5个乡镇", "甲镇乙村等24个村": the county's
    rank = RANKS.get(member["level"], 5)
    for level, kind in (("county", "county"), ("city", "prefecture"), ("province", "province")):
        code = art.context.get(level)
        if code and RANKS[kind] < rank:
            return division_span(code)
    return None


def _first_of_count(art: Article, fig: Span, member: Span) -> bool:
    """Whether the place (or body) opens the set the figure counts ("对甲市等11个县（市）开展
    巡视", "甲村等24个村列入", "乙局等35家单位"): one member, not what the count is about.

    >>> from kg.article import Span
    >>> class A: sentences = [type("S", (), {"simp": "甲县等5个县"})()]
    >>> _first_of_count(A, Span("figure", 0, 3, 6, "5个县", {}), Span("place", 0, 0, 2, "甲县", {}))
    True
    """
    return member.sent == fig.sent and art.sentences[fig.sent].simp[member.end:fig.start] == "等"


def of_program(prog: Span, fig: Span) -> bool:
    """Whether the figure lies in the program's name or after it: "开展某某行动，查处问题
    40件" counts what the campaign did; a program after the figure only compares or dates it."""
    return prog.start <= fig.start


@register
class Link(Component):
    name = "link"
    requires = ("figure", "place", "program", "org")
    assigns = ("figure.subject",)

    def __call__(self, art: Article) -> Article:
        names = [x for kind in ("place", "org") for x in art.of(kind) if x.sent >= 0 and x.start >= 0]
        art.spans["figure"] = [f for f in art.of("figure") if not _in_a_persons_name(art, f)
                               and not any(x.sent == f.sent and x.start <= f.start and f.end <= x.end for x in names)]
                                                                               # "三家馆村", "某县第三中学": inside a name
        places_in_names(art)                       # and no place inside a name: every person is known now
        one_lower_place(art)                       # a village named twice under one chain: one place
        one_zone(art)                              # and a zone named short and in full
        named_parents(art)                         # then which places above each one the text names
        before: Span | None = None
        for fig in art.of("figure"):
            fig["subject"] = subject_of(art, fig, before)
            if before is not None and changes_before(art, before, fig):
                fig["subject"] = before["subject"]     # "全省实现生产总值X亿元，同比增长6.6%": the province's
            before = fig
            fig["measure"] = without_places(art, fig)
            if names_a_person(art, fig):
                fig["measure"] = ""             # "某某4位都曾…", "总书记两次提到": who, not what is counted
            if fig["unit"] in DURATION_UNITS and fig["measure"] and not fig["measure"].endswith(DURATION_NOUNS):
                fig["measure"] = "时长"         # "5年内完成了…", "掌舵某市21个月": how long, whatever the verb
        for fig in art.of("figure"):
            if not fig["measure"]:
                fig["measure"] = (listed_measure(art, fig) or in_brackets(art, fig) or adjacent_count(art, fig)
                                  or COUNTED.get(fig["unit"], ""))
        return art


def _in_a_persons_name(art: Article, fig: Span) -> bool:
    """Whether the figure overlaps a person's name written in its sentence ("…与夏扬九一起",
    a name's last character then 一起), wherever the article first met the person.

    >>> from kg.article import Article
    >>> art = Article.__new__(Article)
    >>> art.sentences = [type("S", (), {"simp": "他与夏扬九一起摸底。"})()]
    >>> art.spans = {"person": [Span("person", 5, 0, 3, "夏扬九", {"name": "夏扬九"})]}
    >>> _in_a_persons_name(art, Span("figure", 0, 4, 7, "九一起", {}))
    True
    """
    text = art.sentences[fig.sent].simp
    for person in art.of("person"):
        at = text.find(person["name"])
        while at >= 0:
            if at < fig.end and fig.start < at + len(person["name"]):
                return True
            at = text.find(person["name"], at + 1)
    return False


def changes_before(art: Article, prev: Span, fig: Span) -> bool:
    """The figure is the change of the one right before it in its sentence, in a clause
    of its own that names nothing else ("…60465亿元，同比增长6.6%")."""
    from kg.recognize.figure_lists import CHANGE, COMPARED

    if prev.sent != fig.sent or prev.end > fig.start:
        return False
    between = COMPARED.sub("", art.sentences[fig.sent].simp[prev.end:fig.start])
    return bool(between) and CHANGE.fullmatch(between) is not None


# What a figure counts when its sentence names nothing else: "全村411户，1570人" gives the
# village's number of households and of people; "已经4年了", a length of time.
COUNTED = {"人": "人数", "名": "人数", "位": "人数", "户": "户数", "年": "时长", "个月": "时长", "个小时": "时长", "天": "时长",
           "批": "批次", "次": "次数"}


DURATION_UNITS = ("年", "个月", "天", "周", "小时", "个小时")
# Nouns that name a length of time: a duration's measure keeps them ("驻村时间", "工期").
DURATION_NOUNS = ("时间", "工期", "任期", "期限", "时长", "年限", "周期", "期", "天数")


def names_a_person(art: Article, fig: Span) -> bool:
    """The measure ends with a person's name or is a bare title: the clause's subject,
    not what the figure counts."""
    from kg.lang.words import words

    measure = fig["measure"] or ""
    if not measure or measure not in art.sentences[fig.sent].simp[:fig.start]:
        return False                    # "3个县委书记": the title after the number is what is counted
    people = {p["name"] for p in art.of("person") if p.get("name")}
    return any(measure.endswith(n) for n in people) or measure in set(words("titles"))


def in_brackets(art: Article, fig: Span) -> str:
    """"公开选拔职位(7个)": a count in brackets measures the noun phrase before them."""
    from kg.recognize.measure import measure_before

    text = art.sentences[fig.sent].simp
    if text[fig.start - 1:fig.start] in ("(", "（") and text[fig.end:fig.end + 1] in (")", "）"):
        return measure_before(text, fig.start - 1)
    return ""


def adjacent_count(art: Article, fig: Span) -> str:
    """Two counts written back to back count one group ("129户577人贫困户": its households
    and its people): the first takes the noun the second counts."""
    from kg.recognize.figures import CLASSIFIERS

    nxt = next((f for f in art.in_sentence("figure", fig.sent) if f.start == fig.end), None)
    if nxt is None or fig["unit"] not in CLASSIFIERS or nxt["unit"] not in CLASSIFIERS:
        return ""
    return nxt["measure"] or ""


def listed_measure(art: Article, fig: Span) -> str:
    """"地区生产总值甲市8316亿元，乙市7105亿元": a figure written after a place alone
    repeats the measure of the figure before it in the sentence with the same unit."""
    before = [f for f in art.in_sentence("figure", fig.sent) if f.end <= fig.start and f["unit"] == fig["unit"]]
    return max(before, key=lambda f: f.end)["measure"] if before else ""


def _without_level_word(text: str, measure: str, places: set[str]) -> str:
    """The measure without the last character of a place's name that the cut between
    words left at its start: jieba reads "某家桥镇地区生产总值" as 某家桥|镇|地区…, and the
    measure began with 镇.

    >>> _without_level_word("甲家桥镇地区生产总值年均增长", "镇地区生产总值年均增长", {"甲家桥镇"})
    '地区生产总值年均增长'
    """
    for name in places:
        if len(name) >= 3 and len(measure) > 3 and measure[0] == name[-1] and name + measure[1:] in text:
            return measure[1:]
    return measure


def _without_subject_name(art: Article, fig: Span, measure: str) -> str:
    """The measure without a person's name opening it, the clause's subject ("某某共接待
    群众来访6批": what was counted is the visits, not the person's); "" left is no cut."""
    from kg.recognize.measure import clean

    for person in art.of("person"):
        if fig.sent != person.sent and fig.sent not in (person.get("sentences") or ()):
            continue
        name = person.get("name") or ""
        if len(name) >= 2 and measure.startswith(name) and len(measure) - len(name) >= 2:
            return clean(measure[len(name):]) or measure
    return measure


def without_places(art: Article, fig: Span) -> str:
    """The measure with the names of places and bodies at its ends taken off (when
    something is left); a measure that is only a place's name gives way to the noun
    phrase after the figure, else is none."""
    measure = fig["measure"]
    places = {x.text for x in art.in_sentence("place", fig.sent)}
    if measure in places or not measure:          # "湖北省9个贫困县": the counted noun after it
        after = fig.get("after", "")
        return after if after not in places else ""
    names = sorted(places | {x.text for x in art.in_sentence("org", fig.sent)}, key=lambda n: (-len(n), n))
    measure = _without_level_word(art.sentences[fig.sent].simp, measure, places)
    measure = _without_subject_name(art, fig, measure)
    stripped = True
    while stripped:              # the longest name first, every time: "甲市乙区" never loses "乙" alone
        stripped = False
        for name in names:
            if name and measure.startswith(name) and len(measure) - len(name) >= 2:
                measure, stripped = measure[len(name):], True
            elif name and measure.endswith(name) and len(measure) - len(name) >= 2:
                measure, stripped = measure[:-len(name)], True       # "粮食产量甲县12万吨"
            if stripped:
                break
    if measure != fig["measure"]:
        from kg.recognize.measure import clean

        measure = clean(measure) or measure            # "某村有村民": 有 was the place's verb
    return measure
