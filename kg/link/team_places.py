"""Where a work team's member serves: at the level the team's name says, or at the village
of the same person's post beside it.

A team named by the level it is stationed at (驻镇, 驻县, 驻村) serves in the place of that
level the article names, though a province or a body sends it (`StationedTeams`, a mixin of
the linker kg.link.posts.PostLinker, which gives `_nearest`).

A team stationed in a village is named by who sent it ("某局和某中学共同组成的乡村振兴工作队"),
not by where it works; its leader is often the village's first secretary too, and news
writes the two posts in one apposition ("工作队队长、某村第一书记某某").  Once every post
has its place (the linking stage), a team post with no place, or only the sending body's
county or province, is held at the village the same person's post of the same sentence
names.

>>> from kg.article import Article, Span
>>> art = Article(source_file="x")
>>> who = Span("person", 0, 20, 23, "王某某", {"name": "王某某"})
>>> county = Span("place", 0, 0, 3, "某某县", {"name": "某某县", "level": "county"})
>>> village = Span("place", 0, 10, 13, "某某村", {"name": "某某村", "level": "village"})
>>> team = Span("org", 0, -1, -1, "乡村振兴工作队", {"name": "乡村振兴工作队"})
>>> lead = art.add(Span("post", 0, 7, 9, "队长", {"title": "队长", "person": who, "org": team, "place": county}))
>>> first = art.add(Span("post", 0, 13, 17, "第一书记", {"title": "第一书记", "person": who, "org": None, "place": village}))
>>> teams_at_their_village(art); lead["place"]["name"]
'某某村'
"""
from __future__ import annotations

import re

from kg.article import Article, Span

STATIONED_LEVEL = re.compile(r"驻(镇|乡|村|县)")       # a team named by the level it serves at
RANKS = {"province": 0, "prefecture": 1, "county": 2, "township": 3, "village": 4}
TEAMS = ("工作队", "服务队", "帮扶队", "工作组")
ABOVE_VILLAGE = (None, "province", "prefecture", "county", "township")


def teams_at_their_village(art: Article) -> None:
    for post in art.of("post"):
        org, place = post.get("org"), post.get("place")
        if org is None or not org["name"].endswith(TEAMS) or (place["level"] if place else None) not in ABOVE_VILLAGE:
            continue
        villages = {p["place"]["name"]: p["place"] for p in art.in_sentence("post", post.sent)
                    if p is not post and p.get("person") is post.get("person") and p.get("place") is not None
                    and p["place"]["level"] == "village"}
        if len(villages) == 1:
            post["place"] = next(iter(villages.values()))


class StationedTeams:
    def _stationed_at(self, idx: int, a: int, title: str, org: Span | None, place: Span | None) -> Span | None:
        """Where a stationed team's member serves, by the level its name says (某某驻镇工作队,
        驻县服务队, 省派驻镇工作队, 驻村第一书记): the place of that level the sentence named
        before, else the article's one; None where the post has a place that low already, or
        the team is its division's own (某县驻村工作组: led from the county; a province's team
        never serves in the province at large).

        The team is sent by a province or a body, but its people are posted in the town,
        county or village it serves."""
        named = STATIONED_LEVEL.search((org["name"] if org is not None else "") + " " + title)
        if named is None:
            return None
        level = {"镇": "township", "乡": "township", "村": "village", "县": "county"}[named.group(1)]
        own = org is not None and place is not None and org["name"].startswith(place["name"] + "驻")
        if place is not None and (own and place["level"] != "province" or RANKS.get(place["level"], 5) >= RANKS[level]):
            return None             # "某县驻村工作组组长": a county's own group, led from the county (but a
            #                         body's team, "某县某厂驻村工作队", serves where it is sent)
        return self._nearest(idx, a, level)
