"""What a figure is about: the most specific place written before it in its clause ("全县新建
道路12公里" is the county's; "全省…" the article's province), a village the text points back
to ("该村", "村里"), else a program that holds it or is named before it ("某某项目总投资5亿元";
not "收入翻番，较“十三五”末…", where the program dates a comparison), else a body named
there, else the place the article is about (its county, city, then province).  A set counted
after its first member ("甲县等11个县") is about what holds the set, not that member.
"""
from __future__ import annotations

import re

from kg.article import Article, Span
from kg.places.gazetteer import division_span


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
            if word == "全区" and not art.context.get("county") and (zone := _one_zone(art)) is not None:
                return zone
            code = art.context.get(level) or (art.context.get("province") if word == "全区" else None) \
                or (_county_city(art) if word == "全市" else None)
            return division_span(code) if code else None
    return None


def _one_zone(art: Article) -> Span | None:
    """The one development zone or new area an article about no county names: its 全区 is
    the zone's ("某某高新区召开…。全区新签约项目12个"), not a province's region."""
    zones = [p for p in art.of("place") if p["level"] == "zone" and p.sent >= 0]
    return zones[0] if zones and len({p["name"] for p in zones}) == 1 else None


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
    if carried is not None and carried.kind == "place" and carried["level"] in ("province", "prefecture", "county", "zone"):
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
