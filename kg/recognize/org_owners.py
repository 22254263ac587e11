"""Committees of other organisations than the Communist Party, written like its own: a
democratic party's ("民盟某市委") and the Communist Youth League's ("共青团某市委", "团县委").
The recognizers read the place's committee (某市委); these put the owner in front, so
that a post there is not read as a Party post.
"""
from __future__ import annotations

from kg.article import Span
from kg.lang.words import longest_first, words

# What may stand before a bare 团 of "团县委": a verb of holding a post, 原, a separator.
YOUTH_LEAGUE_BEFORE = set("任原在到的为和及、，,：:（( ")


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
