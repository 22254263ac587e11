"""Linking: what each figure is about (kg.link.figure_subjects) and what it measures, once
every entity of the article is known.  A count inside a name is none ("三家馆村", a person's
"夏扬九一起").  The subject is not part of the measure: "鞍山市新建学校" measures 新建学校
about 鞍山市, and a measure that is only a place's name is none.
"""
from __future__ import annotations

from kg.article import Article, Span
from kg.components import Component, register
from kg.link.figure_subjects import subject_of
from kg.link.place_mentions import named_parents, one_lower_place, one_zone, places_in_names


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


PEOPLE_UNITS = ("名", "人", "位")


def names_a_person(art: Article, fig: Span) -> bool:
    """The measure ends with a person's name or is a bare title: the clause's subject,
    not what the figure counts."""
    from kg.lang.words import words

    measure = fig["measure"] or ""
    before = art.sentences[fig.sent].simp[:fig.start]
    if not measure or measure not in before:
        return False                    # "3个县委书记": the title after the number is what is counted
    people = {p["name"] for p in art.of("person") if p.get("name")}
    if any(measure.endswith(n) for n in people):
        return True                     # "甲、乙4位都曾…": who, not what
    if fig["unit"] in PEOPLE_UNITS and before.endswith(measure):
        return False                    # "政协委员218名", "村医120名": the holders of a title, counted
    return measure in set(words("titles"))


def in_brackets(art: Article, fig: Span) -> str:
    """"公开选拔职位(7个)": a count in brackets measures the noun phrase before them."""
    from kg.recognize.measure_sides import measure_before

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
    群众来访6批": what was counted is the visits, not the person's), nor the title before
    the name ("村主任某某带领村民种植…"); "" left is no cut."""
    from kg.recognize.measure import clean

    for person in art.of("person"):
        if fig.sent != person.sent and fig.sent not in (person.get("sentences") or ()):
            continue
        name = person.get("name") or ""
        at = measure.find(name) if len(name) >= 2 else -1
        if at >= 0 and len(measure) - at - len(name) >= 2:
            return clean(measure[at + len(name):]) or measure
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
