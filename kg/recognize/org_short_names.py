"""A body's short name: the characters of its full name kept in their order, as Chinese
shortens names (华中科技大学 → 华中大, 某某石油化工集团 → 某某石化, 国家电网有限公司 → 国网).

An article names a firm or a school in full once, then writes it short before its
officers' titles ("…集团有限公司与某市签约。某某石化董事长某某…").  The short name is
that body, one node, with the short name as its other label.  It is read only where the
model proposes a body or a clause opens, a title follows, and a body named before holds
its characters in order and opens with the same one: no word list of short names.

A zone's news writes its own working committee and management committee short too
("某某经济技术开发区召开会议。区党工委书记、管委会主任某某…"): the bodies of the one zone
the article names.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.article import Article, Span
from kg.lang.words import words
from kg.places.gazetteer import load
from kg.recognize.org_names import title_matcher
from kg.recognize.zones import same_zone, zone_kinds


def shortened(short: str, full: str) -> bool:
    """Whether `short` keeps characters of `full` in their order, its first one first,
    and leaves out at least two.

    >>> shortened("华科大", "华中科技大学"), shortened("华大", "华中科技大学"), shortened("科大华", "华中科技大学")
    (True, True, False)
    >>> shortened("华中科技大学", "华中科技大学")
    False
    """
    if len(full) < len(short) + 2 or short[:1] != full[:1]:
        return False
    rest = iter(full)
    return all(c in rest for c in short)


def short_names(art: Article, idx: int, text: str, found: list[Span], make) -> list[Span]:
    """Short names in this sentence, each where the model proposes a body or a clause
    opens, a title following it, that shorten a body the article named before (or earlier
    in this sentence); `make(name, place, s, e)` makes the span, named in full."""
    named = [o for o in art.of("org") if o.sent >= 0] + [o for o in found if o.start >= 0]
    if not named:
        return []
    out = []
    places = [p for p in art.in_sentence("place", idx) if p.start >= 0]
    for s, e in _openings(art, idx, text):
        if any(o.start < e and s < o.end for o in found + out if o.start >= 0):
            continue                      # the rules read a body here
        if any(p.start <= s and e <= p.end for p in places):
            continue                      # "某自治区常委": a place, not its bureau's short name
        full = next((o for o in reversed(named) if (o.sent, o.start) < (idx, s)
                     and (shortened(text[s:e], o["name"]) or shortened(text[s:e], _unplaced(o)))), None)
        if full is not None:
            out.append(make(full["name"], full["place"], s, e))
    return out


def shortened_firms(art: Article, idx: int, found: list[Span], headline: bool = False) -> None:
    """Rename, in `found`, a firm's or a school's name the rules read whole that shortens
    one the article named before of the same kind ("某某煤业化工集团召开…。某煤集团党委
    书记…", "某某建工控股集团有限公司…某建集团": that group, one node, its short name the
    other label).  A `headline` writes short the firm its body names in full after it
    ("我市与某建集团签约" over "…与某某建工控股集团有限公司签署…")."""
    if headline:
        named = [o for o in art.of("org") if o.sent > idx and o.start >= 0]
    else:
        named = [o for o in art.of("org") if 0 <= o.sent < idx] + [o for o in found if o.start >= 0]
    for o in found:
        brand = o["name"] in words("central_enterprises")      # "中国石油": its group, named in full before
        kind = next((k for k in FIRMS + BANKS + SCHOOLS if o["name"].endswith(k)), None) or ("集团" if brand else None)
        if kind is None or o.start < 0:
            continue
        written = art.sentences[idx].simp[o.start:o.end]     # ("某某农商银行": as written, before its county is named in)
        full = next((f for f in reversed(named) if (headline or (f.sent, f.start) < (o.sent, o.start)) and _same_kind(f["name"], kind)
                     and (brand or not f["name"].startswith(o["name"]))   # (某大学某学院, then 某大学: the school's university)
                     and any(shortened(short, long_) for short in {o["name"], written}
                             for long_ in (f["name"], _unplaced(f), _after_province(f["name"])))),
                    None)
        if full is not None:
            old = o["name"]
            for x in [x for x in found if x.start == o.start and x is not o and x["name"].startswith(old)] + [o]:
                x["name"], x["place"] = full["name"] + x["name"][len(old):], full["place"] or x["place"]
                #                       (and its cell read with it: "某某农商银行党委")


def _same_kind(full: str, kind: str) -> bool:
    """Whether a body named `full` is of the kind a short name ends with: its own ending, or
    a firm's legal form after a group's (某某集团有限公司 is a 集团).

    >>> _same_kind("某某控股集团有限公司", "集团"), _same_kind("某某大学某某学院", "大学")
    (True, False)
    """
    return full.endswith(kind) or kind in FIRMS + BANKS and kind in full and full.endswith(FIRMS)


def _after_province(name: str) -> str:
    """A firm's registered name without the province it opens with ("陕西某某农村商业银行股份
    有限公司" → 某某农村商业银行股份有限公司): its short name starts at its own place.

    >>> _after_province("陕西黄龙农村商业银行股份有限公司"), _after_province("黄龙农村商业银行")
    ('黄龙农村商业银行股份有限公司', '黄龙农村商业银行')
    """
    gaz = load()
    for k in (3, 2):
        if any(gaz.by_code[c].level == "province" for c in gaz.candidates(name[:k])):
            return name[k:]
    return name


def _unplaced(org: Span) -> str:
    """A firm's name without the place it opens with: its short name drops the place
    ("某市甲乙电子股份有限公司" → 甲乙电子), as it drops the legal form.

    >>> _unplaced(Span("org", 0, 0, 12, "", {"name": "宁波甲乙电子股份有限公司", "place": {"surface": "宁波"}}))
    '甲乙电子股份有限公司'
    """
    place = org.get("place") or {}
    surface = place.get("surface") or ""
    name = org["name"]
    return name[len(surface):] if surface and name.startswith(surface) and name.endswith(FIRMS) else name


def _openings(art: Article, idx: int, text: str):
    """(start, end) of three to six characters a title follows: the model's bodies, and
    the words that open the sentence or a clause ("。某某石化董事长…", "，某某大学校长…")."""
    spans = {(c.start, c.end) for c in art.in_sentence("candidate", idx) if c["tag"] == "ORG"}
    spans |= {(k, k + n) for k in range(len(text)) if k == 0 or text[k - 1] in OPENERS for n in range(3, 7)}
    return sorted((s, e) for s, e in spans if 3 <= e - s <= 6 and e <= len(text) and title_matcher().match_at(text, e))


OPENERS = set("，,。；;：:、“（( ") | set("与同和向了")     # (a meeting's partner: "与某某电子副总裁…")


# A zone's or a school's bodies written bare after a break, by the one character its own
# news calls it: "，区党工委书记…", "园区党工委书记…", "、管委会主任…" (a zone); "校党委书记…", "校纪委…" (a school);
# and so an organ's Party group or committee: "某市某局召开…。局党组成员、副局长…" (厅, 院 alike).
OPEN = r"(?:(?<=[，,、。；;：:\s“与同和向])|^)"     # (a meeting's partner: "与公司党委书记…")
# A firm's own news writes it by its kind alone before its officers' titles: "某某集团召开…。
# 集团党委书记、董事长某某…", "公司总经理某某", a branch's "分公司党委书记" (the one firm the article names);
# the Corps' division and regiment alike ("某师某市召开…。师党委书记、政委某某": kg.recognize.corps_units);
# a cooperative's alike ("某村党支部书记、合作社理事长某某", the one cooperative named before).
OWN_BODY = re.compile(OPEN + r"(园区|区|)(党工委|管委会)|" + OPEN + r"(学校|校)(党委|纪委)|" + OPEN + r"(局|厅|医院|院|师|团)(党组|党委)|"
                      + OPEN + r"(集团(?:公司)?|总公司|分公司|公司|合作社)(党委|党组|纪委|)")
SCHOOLS = ("大学", "学院", "学校", "中学", "小学")
FIRMS = ("集团", "公司")
HOSPITALS = ("医院",)
COURTS = ("法院",)                # a court's and a procuratorate's officers, bare in their own news ("审判员某某")
PROCURATORATES = ("检察院",)
BANKS = ("银行",)          # "某某农村商业银行股份有限公司…某某农商银行"


def zone_bodies(art: Article, idx: int, text: str, found: list[Span], make) -> list[Span]:
    """The bodies written bare of the one zone, school or organ the article has named by
    this sentence ("某某经济技术开发区…。区党工委书记…": its 党工委; "某某大学…校党委
    书记…": the university's 党委; "某县统计局…。局党组成员…": the bureau's 党组)."""
    matches = list(OWN_BODY.finditer(text))
    if not matches:
        return []
    zones: dict[str, Span] = {}
    named = [p for p in art.of("place") if p["level"] == "zone" and 0 <= p.sent <= idx]
    kinds = set(zone_kinds()) | {k for longs in zone_kinds().values() for k in longs}
    for p in (p for p in named if not (p["name"] in kinds and any(q["name"] not in kinds for q in named))):
        #      (the kind alone, "经开区" in a headline, beside a zone named in full: that zone)
        same = next((k for k in zones if same_zone(k, p["name"])), None)     # one zone, named short and in full
        if same is None or len(p["name"]) > len(same):
            zones.pop(same, None)
            zones[p["name"]] = p
    schools = {o["name"]: o for o in named_by(art.of("org") + found, idx, SCHOOLS)}
    out = []
    for m in matches:
        if any(o.start < m.end() and m.start() < o.end for o in found if o.start >= 0):
            continue
        if m.group(2) and len(zones) == 1:
            zone = next(iter(zones.values()))
            out.append(make(zone.get("body_name", zone["name"]) + m.group(2), zone, m.start(), m.end()))
        elif m.group(4) and len(schools) == 1:
            school = next(iter(schools.values()))
            out.append(make(school["name"] + m.group(4), school["place"], m.start(), m.end()))
        elif m.group(6):
            organ = the_one(named_by(art.of("org") + found, idx, (m.group(5),)))
            if organ is not None:
                out.append(make(organ["name"] + m.group(6), organ["place"], m.start(), m.end()))
        elif m.group(7) and title_matcher().match_at(text, m.end()):
            kind = ("合作社",) if m.group(7) == "合作社" else FIRMS
            firm = own_firm(named_by(art.of("org") + found, idx, kind)) or visited_firm(art.of("org") + found, idx, m.start(), kind)
            if firm is not None and (firm.sent, firm.start) < (idx, m.start()):
                out.append(make(firm["name"] + m.group(8), firm["place"], m.start(), m.end()))
    for span in out:
        span["written"] = span["name"]      # no label 管委会 or 校党委 of its own: every zone's and school's
    return out


def named_by(orgs: list[Span], idx: int, endings: tuple[str, ...]) -> list[Span]:
    """The bodies of `orgs` of a kind (their name's ending) named in the text by sentence
    `idx`, in the order they were named: the candidates for a body written bare there."""
    return sorted((o for o in orgs if o["name"].endswith(endings) and 0 <= o.sent <= idx and o.start >= 0),
                  key=lambda o: (o.sent, o.start))


def the_one(bodies: list[Span]) -> Span | None:
    """The body, where all of `bodies` bear one name; None where they name two or none."""
    return bodies[0] if bodies and len({o["name"] for o in bodies}) == 1 else None


def own_firm(bodies: list[Span]) -> Span | None:
    """The firm a firm's own news writes by its kind alone ("集团党委书记…"): the one named,
    or, where it names others in passing (an officer's former firm, a partner), the one it
    names more often than any other, at least twice.

    >>> from kg.article import Span
    >>> own = [Span("org", 0, 0, 2, "甲乙", {"name": "甲乙集团"}), Span("org", 2, 0, 2, "甲乙", {"name": "甲乙集团"})]
    >>> own_firm(own + [Span("org", 1, 0, 2, "丙丁", {"name": "丙丁公司"})])["name"]
    '甲乙集团'
    >>> own_firm(own[:1] + [Span("org", 1, 0, 2, "丙丁", {"name": "丙丁公司"})]) is None
    True
    """
    one = the_one(bodies)
    if one is not None or not bodies:
        return one
    counts = Counter(o["name"] for o in bodies)
    (first, n), (_, m) = counts.most_common(2)
    return next(o for o in bodies if o["name"] == first) if n >= 2 and n > m else None


def visited_firm(orgs: list[Span], idx: int, at: int, kind: tuple[str, ...]) -> Span | None:
    """The one firm named in the last sentence that named any, this one before `at` or the
    one before: a visit's news goes from firm to firm, each named in full, then its officers
    by the kind alone ("随后来到某某有限公司。公司总经理某某介绍…").  Two firms in that sentence
    ("甲集团与乙公司签约。公司董事长…"): which, the words do not say."""
    before = [o for o in named_by(orgs, idx, kind) if (o.sent, o.start) < (idx, at) and o.sent >= idx - 1]
    return the_one([o for o in before if o.sent == before[-1].sent]) if before else None


# The heads an institution's own news writes bare or after its kind alone, and the kinds of
# body they head: "某某大学…。学校党委常委、副校长某某" (its colleges, named later, have 院长),
# "某某人民医院召开…。医院院长某某", "该院副院长某某"; a court's judges ("某县人民法院…审判员某某").
OWN_HEADS = {"校长": SCHOOLS, "副校长": SCHOOLS, "常务副校长": SCHOOLS, "院长": HOSPITALS, "副院长": HOSPITALS,
             "审判员": COURTS, "助理审判员": COURTS, "执行员": COURTS, "检察官": PROCURATORATES, "检察员": PROCURATORATES}
KIND_WORDS = {SCHOOLS: ("", "学校", "该校", "本校"), HOSPITALS: ("医院", "该院", "本院"),
              COURTS: ("", "该院", "本院", "法院"), PROCURATORATES: ("", "该院", "本院", "检察院")}


def own_institution(art: Article, idx: int, title: str, words: str) -> Span | None:
    """The one school, hospital, court or procuratorate the article has named by sentence
    `idx`, where `title` is its head's or officer's and the `words` before it are its kind
    alone (or none, for a school, a court or a procuratorate).

    >>> from kg.article import Span
    >>> art = Article("x.txt")
    >>> _ = art.add(Span("org", 0, 0, 6, "某某人民医院", {"name": "某某人民医院"}))
    >>> own_institution(art, 1, "副院长", "医院")["name"], own_institution(art, 1, "副院长", "")
    ('某某人民医院', None)
    """
    kind = OWN_HEADS.get(title)
    return the_one(named_by(art.of("org"), idx, kind)) if kind and words in KIND_WORDS[kind] else None
