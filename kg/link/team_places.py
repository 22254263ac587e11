"""Where a work team's member serves, told by the same person's village post beside it.

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

from kg.article import Article

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
