"""Committees of other organisations than the Communist Party, written like its own: a
democratic party's ("民盟某市委") and the Communist Youth League's ("共青团某市委", "团县委").
The recognizers read the place's committee (某市委); these put the owner in front, so
that a post there is not read as a Party post.
"""
from __future__ import annotations

import re

from kg.article import Span
from kg.lang.matcher import occurrences
from kg.lang.words import longest_first, words
from kg.recognize.org_names import central, party_committee, written_name

# What may stand before a bare 团 of "团县委": a verb of holding a post, 原, a separator, or
# the level word a place's name ends with ("某县团县委": the county's league committee).
YOUTH_LEAGUE_BEFORE = set("任原在到的为和及、，,：:（( ") | set("省市县区州旗盟")


def democratic(text: str, found: list[Span]) -> list[Span]:
    """"民盟某市委", "九三学社某县委": a democratic party's committee of the place, not the
    Communist Party's (kg/data/democratic_parties.txt); after one, a committee written
    委会 (某市委会, the parties' word) is the same party's."""
    parties = longest_first(words("democratic_parties"))
    party = None
    for org in sorted(found, key=lambda o: o.start):
        written = next((p for p in parties if org.start >= len(p) and text.startswith(p, org.start - len(p))), None)
        if written and org["name"].endswith("委"):
            org.start -= len(written)
            org.text = org["name"] = written + org["name"]
            party = written
        elif party and org["name"].endswith("委") and text.startswith("会", org.end):
            org.text = org["name"] = party + org["name"]     # "…省委会副主委、某市委会主委": the same party's
    return found


def party_centres(text: str, found: list[Span], make) -> list[Span]:
    """"九三学社中央副主席", "民盟中央常委": a democratic party's central committee, written
    中央 after the party's name, is a body of its own."""
    out = []
    for party in longest_first(words("democratic_parties")):
        for at in occurrences(text, party + "中央"):
            end = at + len(party) + 2
            if not any(o.start < end and at < o.end for o in found + out):
                out.append(make(text[at:end], None, at, end))
    return out


# 中央 alone standing for the Party's Central Committee: listed with a level's Party committees or
# the State Council ("中央、市委的安排", "中央和县委的安排"), or before its decisions ("推进中央
# 重大决策部署"); not 党中央 or 中共中央 (named whole), nor a central meeting, inspection or organ
# of its own (中央经济工作会议, 中央生态环境保护督察, 中央纪委).
CENTRE_ALONE = re.compile(r"(?<![党共])中央(?=[、和与及](?:省委|市委|州委|县委|区委|自治区党委|国务院)"
                          r"|的?(?:重大)?决策部署|部署要求)")


def the_centre(text: str, found: list[Span], make) -> list[Span]:
    """The Party's Central Committee (中共中央) where the text writes 中央 alone for it.

    >>> [m.start() for m in CENTRE_ALONE.finditer("依照中央、市委的安排，推进党中央决策部署，召开中央经济工作会议")]
    [2]
    """
    return [make("中共中央", None, m.start(), m.end()) for m in CENTRE_ALONE.finditer(text)
            if not any(o.start < m.end() and m.start() < o.end for o in found)]


# The Party written out by its full name on its own ("1981年4月加入中国共产党", "中国共产党成立
# 100周年"): a named body wherever the text names it; not the opening of a committee's or a
# congress's full name ("中国共产党某县委员会", "中国共产党某县第十五次代表大会": a place follows), nor
# inside a document's title (《中国共产党纪律处分条例》).
THE_PARTY = "中国共产党"


def the_party(text: str, found: list[Span], places: list[Span], make) -> list[Span]:
    """The Communist Party of China where the text names it whole and alone."""
    out = []
    for at in occurrences(text, THE_PARTY):
        end = at + len(THE_PARTY)
        titled = text.rfind("《", 0, at) > text.rfind("》", 0, at)
        if titled or text[end:end + 1] in ("人", "员") or any(p.start == end for p in places) \
                or any(o.start < end and at < o.end for o in found):
            continue                      # (中国共产党人: the communists, people; 中国共产党员: a member)
        out.append(make(THE_PARTY, None, at, end))
    return out


def youth_league(text: str, found: list[Span]) -> list[Span]:
    """"共青团某市委", "团县委": the Communist Youth League's committee of the place, not
    the Party's (a former post "曾任共青团某市委书记" is no Party secretary's).  A bare
    团 is read only before a level's committee and after a word that ends there
    ("任团县委书记", "，团市委"), not inside 集团, 代表团."""
    for org in found:
        if org.start < 0 or not org["name"].endswith("委"):
            continue
        if org.start >= 3 and text.startswith("共青团", org.start - 3):
            org.start -= 3
        elif text[org.start - 1:org.start] == "团" and org.end - org.start == 2 \
                and (org.start < 2 or text[org.start - 2] in YOUTH_LEAGUE_BEFORE):
            org.start -= 1
        else:
            continue
        org.text = org["name"] = "共青团" + org["name"]
    return found


# A body whose name holds a quoted word ("“两新”组织工委", "“访惠聚”工作队", "“某某”片区党委").
QUOTED_BODY = re.compile(r"[“\"]([\u4e00-\u9fff]{1,8})[”\"]([\u4e00-\u9fff]{0,4}?(?:党工委|工委|党委|工作队|服务队|"
                         r"委员会|办公室|指挥部|领导小组|联合会))(?=[\u4e00-\u9fff]{0,8}?(?:书记|队长|主任|组长|委员|长|员|[，,、。]))")


def quoted_bodies(text: str, found: list[Span], make) -> list[Span]:
    """Bodies whose names hold a quoted word, under the body written right before the
    quote when there is one ("某市委“两新”组织工委": the city committee's; a work team of
    a department): the recognizers stop at the quote, so the post after it lost its body.
    `make(name, place, start, end)` makes the span.

    >>> from kg.article import Span
    >>> city = Span("org", 0, 0, 3, "某市委", {"name": "某市委", "place": None})
    >>> [s.text for s in quoted_bodies("某市委“两新”组织工委书记", [city], lambda n, p, s, e: Span("org", 0, s, e, n, {"name": n, "place": p}))]
    ['某市委“两新”组织工委']
    """
    out = []
    for m in QUOTED_BODY.finditer(text):
        owner = next((o for o in found if o.end == m.start() and o.start >= 0), None)
        start = owner.start if owner is not None else m.start()
        name = (owner["name"] if owner is not None else "") + f"“{m.group(1)}”{m.group(2)}"
        out.append(make(name, owner.get("place") if owner is not None else None, start, m.end()))
    return out


# The formal name of a place's people's political consultative conference (政协章程): "政协
# 某市委员会", "中国人民政治协商会议某县第五届委员会"; news writes the body 某市政协.
# The formal names of a place's committees, the lead before the place and the committee (its
# term maybe) after it: "政协某市第五届委员会" (the conference's: 某市政协), "中共某县委员会",
# "中国共产党某市第九届委员会" (the Party's: 某县委, a township's 某镇党委).
CPPCC_LEADS = ("中国人民政治协商会议", "政协")
PARTY_LEADS = ("中国共产党", "中共")
COMMITTEE_TAIL = re.compile(r"(?:第[一二三四五六七八九十]{1,3}届)?委员会")
# The committee's own offices, written right after its formal name ("中共某县委员会办公室",
# "中共某市委员会组织部"): the departments of kg/data/party_departments.txt and its general
# and research offices, which every committee keeps.
COMMITTEE_OFFICES = ("办公室", "政策研究室")


def _committee_name(lead: str, place: Span) -> str | None:
    """The name news gives the committee a formal name's lead and place write, or None."""
    if lead in CPPCC_LEADS:
        return place["name"] + "政协"
    if place["level"] not in ("province", "prefecture", "county", "township"):
        return None
    name = written_name(place)
    return name + "党委" if place["level"] == "township" else party_committee(name)


def _office(text: str, at: int) -> str | None:
    """The committee's office or department written at `at`, or None."""
    return next((o for o in longest_first(words("party_departments") + COMMITTEE_OFFICES)
                 if text.startswith(o, at)), None)


def chain_start(place: Span, places: list[Span]) -> int:
    """Where the chain of places written right before `place` begins: a formal name may write
    the province (and the prefecture) before the place whose committee it is ("中国共产党某省
    某县委员会").

    >>> from kg.article import Span
    >>> a, b = Span("place", 0, 0, 3, "某某省"), Span("place", 0, 3, 6, "某某县")
    >>> chain_start(b, [a, b]), chain_start(a, [a, b])
    (0, 0)
    """
    start = place.start
    for q in sorted(places, key=lambda q: -q.start):
        if q.end == start and q.start < start:
            start = q.start
    return start


def formal_committees(text: str, places: list[Span], found: list[Span], make) -> list[Span]:
    """A place's 政协 or Party committee written by its formal name ("政协某市第五届委员会副主席",
    "中共某县委员会召开全会"), named as news names it; what another reader made of the words
    inside ("某市第五届委员会") gives way.  `make(name, place, start, end)` builds the span."""
    out = []
    for p in places:
        first = chain_start(p, places)
        lead = next((w for w in CPPCC_LEADS + PARTY_LEADS if text.startswith(w, first - len(w))), None)
        tail = COMMITTEE_TAIL.match(text, p.end) if lead else None
        name = _committee_name(lead, p) if tail else None
        if name:
            s, e = first - len(lead), tail.end()
            office = _office(text, e) if lead in PARTY_LEADS else None
            if office:
                name, e = name + office, e + len(office)
            found[:] = [o for o in found if not (o.start >= 0 and s <= o.start < e)]
            out.append(make(name, p, s, e))
    return out


def field_bodies(text: str, found: list[Span], make) -> list[Span]:
    """`found` with a central organ's field body named as one: the organ, then the place the
    body serves and its kind ("国家统计局某省调查总队", "国家税务总局某县税务局"), the name as
    written; the two bodies read apart give way to it.  `make(name, place, start, end)`.

    >>> from kg.article import Span
    >>> a = Span("org", 0, 0, 5, "国家统计局", {"name": "国家统计局", "place": None})
    >>> b = Span("org", 0, 5, 11, "某某调查总队", {"name": "某某省调查总队", "place": "某某省"})
    >>> [o["name"] for o in field_bodies("国家统计局某某调查总队发布", [a, b], lambda n, p, s, e: {"name": n})]
    ['国家统计局某某调查总队']
    """
    out = list(found)
    for organ in found:
        body = next((o for o in found if o.start == organ.end and o.start >= 0 and o.get("place") is not None), None)
        if organ.start >= 0 and body is not None and central(organ["name"]) and organ in out and body in out:
            out.remove(organ)
            out.remove(body)
            out.append(make(organ["name"] + text[body.start:body.end], body["place"], organ.start, body.end))
    return out

