"""One leader's post per place at a time: a person who becomes the Party secretary of a
place they governed has left the government head's post (and the other way round).

Career databases (CPED) code it so, because since the separation of Party and
government no one holds both posts of one county, city or province at once (the closed
class is `kg/data/place_leaders.tsv`):

    2015年任某县县长，2020年接任县委书记      -> 县长 2015-2020, former
    某某任某市委书记 (today) … 2021年任某市市长 -> 市长 2021-, former

The later post is the one with the later start; a post with no start that is not
former is the article's news, later than every dated one.  Posts of one date, or of
places not known, are left as they are.
"""
from __future__ import annotations

from kg.article import Article, Span
from kg.lang.words import table


def leader_kind(post: Span) -> str | None:
    """"secretary", "head" or None.  A township's 党委书记 is its secretary.

    >>> from kg.article import Span
    >>> leader_kind(Span("post", 0, 0, 2, "县长", {"title": "县长"}))
    'head'
    """
    kind = table("place_leaders").get(post["title"])
    place, org = post.get("place"), post.get("org")
    if kind is None and post["title"] == "党委书记" and place is not None and place.get("level") == "township":
        if org is not None and org["name"] == place["name"] + "党委":
            return "secretary"
    return kind


def _place_key(post: Span) -> str | None:
    place = post.get("place")
    if place is None:
        return None
    return place.get("code") or place["name"]


def _later(a: Span, b: Span) -> bool:
    """Whether post a was taken up after post b."""
    if a.get("start") and b.get("start"):
        return (a["start"], a.get("start_month") or 0) > (b["start"], b.get("start_month") or 0)
    return not a.get("start") and not a.get("former") and bool(b.get("start"))


def end_earlier_leader(art: Article) -> None:
    """For each person and place, the secretary's and the head's post: the earlier one is
    former, ending when the later one started (if the text did not end it already)."""
    leaders: dict[tuple, dict[str, list[Span]]] = {}
    for post in art.of("post"):
        kind, key = leader_kind(post), _place_key(post)
        if kind and key and post.get("person") is not None:
            leaders.setdefault((id(post["person"]), key), {}).setdefault(kind, []).append(post)
    for kinds in leaders.values():
        for sec in kinds.get("secretary", ()):
            for head in kinds.get("head", ()):
                for early, late in ((head, sec), (sec, head)):
                    if _later(late, early) and not early.get("end"):
                        early["former"] = True
                        if late.get("start"):
                            early["end"], early["end_month"] = late["start"], late.get("start_month")
