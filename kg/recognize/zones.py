"""Development zones, new areas and parks (a mixin of kg.recognize.lower_places.LowerPlaces,
which gives `art`, `last` and `mention`).

    正定经济开发区             -> a zone under 正定县 (its place right before it)
    在滨海新区                 -> a zone standing alone after a preposition
    县经开区党工委书记某某     -> the zone of the county the article speaks as
    中法（武汉）生态示范城     -> a park named by its partners and its host in brackets
    在甲、乙2个工业园区        -> two zones sharing one head noun
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.article import Article, Span
from kg.lang.words import table
from kg.places.gazetteer import division_span, short_forms
from kg.recognize.place_stems import NOT_IN_STEM, good_stem, patterns

# Two characters of partners (中德, 中国), the host place in brackets, a descriptive middle:
# what stands before a zone's suffix in "中德（某市）高端装备制造产业园".
HOSTED = re.compile(r"([\u4e00-\u9fff]{2})[（(]([\u4e00-\u9fff]{2,8})[）)]([\u4e00-\u9fff]{0,10})")
# A zone written with its host's level alone ("县经开区", "市经开区"): the level, and the key of
# the article's frame (kg.recognize.place_scope.settle_scope) that names its host.
HOST_LEVELS = {"县": ("county", "county"), "市": ("prefecture", "city")}
# The state-designated zones a county's or city's news names by their kind alone ("高新区",
# "经开区"): its own (a district's news writes its 某某高新区 as 高新区).
OWN_ZONES = ("高新区", "经开区")
@lru_cache(maxsize=1)
def zone_kinds() -> dict[str, tuple[str, ...]]:
    """A zone kind's short form -> its full kinds (kg/data/zone_kind_abbreviations.tsv):
    "某某经开区" is "某某经济技术开发区" where the article writes that too."""
    return {short: tuple(full.split()) for short, full in table("zone_kind_abbreviations").items()}


def same_zone(a: str, b: str) -> bool:
    """Whether two zone names are one zone's, its kind written short in one of them.

    >>> same_zone("某某经开区", "某某经济技术开发区"), same_zone("某某经开区", "某某高新区")
    (True, False)
    """
    if a == b:
        return True
    for short, longs in zone_kinds().items():
        for x, y in ((a, b), (b, a)):
            if x.endswith(short) and any(y == x[:-len(short)] + k for k in longs):
                return True
    return False


BREAK_BEFORE = set("，,、。；;：:（(“\"　 在到于和与及")


class ZoneReading:
    def _zones(self, idx: int, text: str, places: list[Span]) -> list[Span]:
        out: list[Span] = []
        ends = {m.end: m for m in places if m["level"] != "zone"}
        for m in patterns()["zone"].finditer(text):
            s = m.start()
            if out and out[-1].end > s or any(p.start < s and m.end() <= p.end for p in ends.values()):
                continue          # "某市浦东新区": the kind word ends a division's own name
            hosted = self._hosted_zone(idx, text, s, m.end(), places)
            if hosted:
                out.append(hosted)
                continue
            for n in range(0, 7):
                anchor = ends.get(s - n)
                middle = text[s - n:s]
                if anchor and anchor["level"] != "township" and (not middle or good_stem(middle)):
                    name = anchor["surface"] + middle + m.group(0)
                    out.append(self.mention(idx, anchor.start, m.end(), name, anchor))
                    break
            else:
                hit = self._level_zone(idx, text, s, m.end()) or self._bare_zone(idx, text, s, m.end()) \
                    or self._own_zone(idx, text, s, m.end(), places)
                if hit:
                    out.append(hit)
        return out + self._zone_list(idx, text)

    def _hosted_zone(self, idx, text, s, e, places: list[Span]) -> Span | None:
        """A park named by its partners and, in brackets, the place that hosts it:
        "中法（武汉）生态示范城", "中国（某省）自由贸易试验区" — the national naming of
        cooperation parks and free-trade zones.  The bracketed division is its parent."""
        m = HOSTED.search(text, max(0, s - 24), s)
        if not m or m.end() != s or any(c in NOT_IN_STEM for c in m.group(3)):
            return None
        host = next((p for p in places if p.start == m.start(2) and p.end == m.end(2) and p["level"] != "zone"), None)
        if host is None:
            return None
        return self.mention(idx, m.start(), e, text[m.start():e], host)

    def _bare_zone(self, idx, text, s, e) -> Span | None:
        """A zone without its place: its own name bounded by a preposition or punctuation."""
        for n in range(4, 1, -1):
            stem = text[max(s - n, 0):s]
            before = text[s - n - 1:s - n] if s - n > 0 else ""
            if len(stem) == n and good_stem(stem) and before in "的在到于和与及,，、。“进赴入":     # (走进, 进入, 赴)
                return self.mention(idx, s - n, e, stem + text[s:e], None, zone=True)
        return None

    def _zone_list(self, idx, text) -> list[Span]:
        """"在甲、乙、丙3个工业园区": one head noun shared by a counted list of names."""
        out = []
        for m in patterns()["zone_list"].finditer(text):
            for item in m.group(1).split("、"):
                out.append(self.mention(idx, m.start(1), m.end(), item + m.group(2), None, zone=True))
        return out

    def _level_zone(self, idx, text, s, e) -> Span | None:
        """"，县经开区党工委书记某某": a zone after its host's level alone, after a break;
        which county or city hosts it is known once the article's frame is settled
        (`settle_level_zones`)."""
        if text[s - 1:s] not in HOST_LEVELS or s >= 2 and text[s - 2] not in BREAK_BEFORE:
            return None
        span = self.mention(idx, s - 1, e, text[s - 1:e], None, zone=True)
        span["host_level"] = text[s - 1]
        return span

    def _own_zone(self, idx, text, s, e, places: list[Span]) -> Span | None:
        """"，高新区管委会主任…": a state-designated zone's kind alone opening a clause is
        the zone of the county or city the sentence named before it ("某市某局干部来到高新区"),
        else of the one the article speaks as."""
        if text[s:e] not in OWN_ZONES or s > 0 and text[s - 1] not in BREAK_BEFORE:
            return None
        named = [p for p in places if p.end <= s and p["level"] in ("county", "prefecture") and p.get("code")]
        host = named[-1] if named else None
        span = self.mention(idx, s, e, text[s:e], host, zone=True)
        if host is None:
            span["host_level"] = ""           # the article's own, once its frame is settled
        else:
            span["body_name"] = hosted_name(host, text[s:e])
        return span


def settle_level_zones(art: Article) -> None:
    """Name each zone written with its host's level alone after the county (or city) the
    article speaks as (art.context, from its names, dateline and outlet): "县经开区" in a
    county's news is 某县经开区, a bare "高新区" is the county's zone under the name the text
    gives it; where the frame is not of that level ("某区" for 县) or not known, the zone
    is no place of its own.

        来源：某县融媒体中心 … 县经开区党工委书记某某   -> 某县经开区, under 某县
        某区工业项目开工 … 高新区管委会主任             -> 高新区, under 某区
        某某高新区党工委书记甲 … 高新区管委会副主任乙   -> 某某高新区 (the zone the text named in full)
        某县经济技术开发区召开… 经开区党工委书记某某     -> 某县经济技术开发区 (its kind written out)
    """
    named = [p for p in art.of("place") if p["level"] == "zone" and "host_level" not in p.attrs]
    for place in list(art.of("place")):
        level = place.attrs.pop("host_level", None)
        if level is None:
            continue
        kinds = (place["name"],) + zone_kinds().get(place["name"], ())
        full = {p["name"]: p for p in named if not level and len(p["name"]) > len(place["name"]) and p["name"].endswith(kinds)}
        if len(full) == 1:                    # "某某经开区党工委书记甲…经开区管委会副主任乙": the zone named in full
            #                                   (or its kind written out: "某县经济技术开发区…经开区党工委书记")
            zone = next(iter(full.values()))
            place.attrs.update({"name": zone["name"], "surface": place["surface"], "parent": zone["parent"], "body_name": zone["name"]})
            continue
        code = art.context.get(HOST_LEVELS[level][1]) if level else art.context.get("county") or art.context.get("city")
        host = division_span(code) if code else None
        if host is None or not host["name"].endswith(level):
            art.of("place").remove(place)
            continue
        name = host["name"] + place["name"][1:] if level else place["name"]
        place.attrs.update({"name": name, "surface": place["surface"], "parent": host})
        if not level:
            place["body_name"] = hosted_name(host, name)


def hosted_name(host: Span, zone: str) -> str:
    """The name a bare zone's bodies carry: its host's short name before it, as the zone's
    management committee is named ("某某高新区管委会" for the 高新区 of 某某区).

    >>> hosted_name({"name": "临安区", "level": "county"}, "高新区")
    '临安高新区'
    """
    short = short_forms(host["name"], host["level"])
    return (short[0] if short else host["name"]) + zone
