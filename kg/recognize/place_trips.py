"""Places a county's own leaders travel to, which are never that county.

A county's news follows its leaders out of the county: "县委副书记、县长某某率队赴甲省乙市考察
招商", then the firms and the county visited there ("在乙市丙县，考察组参观了…").  The county
visited may be the only one the text names, even twice, yet the bare 县长 who leads the trip
is not its county's: a leader who goes (赴, 前往) to a place is not of it.  The article's own
county is then its outlet's ("来源：某县人民政府网") or none, never the destination.

A city's leader visiting a county of the city ("市委书记某某赴甲县调研，县委书记某某陪同") is
no such trip: there the bare 县委书记 is the host's, and the destination is the county.  So
only a trip whose leader holds a county-level post counts.

>>> from kg.read import article_from_text
>>> from kg.components import components
>>> art = article_from_text("题\\n县长王某率队赴浙江省湖州市考察，走访了德清县两家企业。\\n", "x.txt")
>>> for c in components()[:3]: art = c(art)
>>> from kg.places.gazetteer import load
>>> code = next(p["code"] for p in art.of("place") if p["name"] == "德清县")
>>> away(load(), code, trip_places(art))
True
"""
from __future__ import annotations

import re

from kg.article import Article
from kg.places.gazetteer import Gazetteer

# A county-level post (县长, 县委书记, 区长, 旗委副书记、旗长…, bare or after its county's name), its
# holder's name, then the verb of leaving for a destination, a delegation's lead before it
# ("率队赴", "一行前往").
TRIP_OUT = re.compile(r"(?:^|(?<=[，,。；;：:\s]))[\u4e00-\u9fff]{0,7}?[县区旗](?:委)?[\u4e00-\u9fff、]{0,12}?(?:长|书记)"
                      r"[\u4e00-\u9fff·]{2,4}?(?:率队|带队|率团|一行)?(?:赴|前往)")


# A city's leader likewise ("某市委书记某某率某市党政代表团赴甲省乙市考察"), where the place
# gone to lies outside the city the leader's words name: a city's own county visited is no trip.
CITY_TRIP_OUT = re.compile(r"(?:^|(?<=[，,。；;：:\s]))[\u4e00-\u9fff]{0,7}?[市州盟](?:委)?[\u4e00-\u9fff、]{0,12}?(?:长|书记)"
                           r"[\u4e00-\u9fff·]{2,4}?(?:率队|带队|率团|一行|率[\u4e00-\u9fff]{2,12}?代表团)?(?:赴|前往)")


def trip_places(art: Article) -> set[str]:
    """The codes of the places read after 赴/前往 in the clause of a county-level leader's
    trip, and of a city-level leader's trip out of the city the leader's words name."""
    out = set()
    for sent in art.sentences:
        text = sent.simp
        places = [p for p in art.in_sentence("place", sent.index) if p.get("code")]
        for m in TRIP_OUT.finditer(text):
            out |= {p["code"] for p in places if m.end() <= p.start < _clause_end(text, m.end())}
        for m in CITY_TRIP_OUT.finditer(text):
            home = [p["code"] for p in places if m.start() <= p.start < m.end() and p["level"] == "prefecture"]
            if len(set(home)) != 1:
                continue          # ("市委书记某某赴甲县调研": the city's own county, or whose city, unsaid)
            out |= {p["code"] for p in places if m.end() <= p.start < _clause_end(text, m.end())
                    and p["code"][:4] != home[0][:4]}
    return out


def _clause_end(text: str, at: int) -> int:
    return min((i for i in (text.find(c, at) for c in "。；;") if i >= 0), default=len(text))


def away(gaz: Gazetteer, code: str, trips: set[str]) -> bool:
    """Whether the division of `code` is, or lies within, a place the trips went to."""
    while code is not None:
        if code in trips:
            return True
        code = gaz.parent(code)
    return False
