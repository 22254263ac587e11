"""Where the view first puts each node: grouped by province, the groups where the provinces lie.

vis-network puts nodes without a position on a ring and lets physics untangle them, which
for a corpus of a few thousand entities ends as a hairball.  A reader of Chinese local
news thinks by province, so the first layout is an overview: each node starts in the
group of its province (a person's through the places of their posts), the groups laid
out roughly as the provinces lie on the map, and nodes of no province in a group of
their own in the west.  Each group is a sunflower (the most connected node at the
centre); groups that would overlap are pushed apart.

    >>> pos, groups = grouped({"a": ["江苏省"], "b": ["江苏省"], "c": []}, {"a": 3, "b": 1, "c": 0})
    >>> [g["name"] for g in groups]
    ['江苏省', '']
    >>> pos["a"] == (groups[0]["x"], groups[0]["y"])
    True
"""
from __future__ import annotations

import math
from functools import lru_cache

SCALE = 140          # pixels a degree of longitude or latitude
SPACING = 26         # pixels between neighbouring nodes of a group
GOLDEN = math.pi * (3 - math.sqrt(5))


@lru_cache(maxsize=1)
def seats() -> dict[str, tuple[float, float]]:
    """Province name -> (x, y) of its seat on the canvas (north up)."""
    from kg.places.gazetteer import load

    return {d.name: (d.lon * SCALE, -d.lat * SCALE) for d in load().by_code.values()
            if d.level == "province" and d.lon is not None}


def _radius(n: int) -> float:
    return SPACING * math.sqrt(n) + SPACING


def _separate(groups: list[dict], rounds: int = 200) -> None:
    """Push overlapping groups apart along the line between their centres."""
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(groups):
            for b in groups[i + 1:]:
                dx, dy = b["x"] - a["x"], b["y"] - a["y"]
                dist = math.hypot(dx, dy) or 1e-6
                gap = a["r"] + b["r"] - dist
                if gap > 0:
                    ux, uy = (dx, dy) if dist > 1e-6 else (1.0, 0.0)
                    ux, uy = ux / max(dist, 1e-6), uy / max(dist, 1e-6)
                    a["x"] -= ux * gap / 2; a["y"] -= uy * gap / 2
                    b["x"] += ux * gap / 2; b["y"] += uy * gap / 2
                    moved = True
        if not moved:
            return


def grouped(provinces: dict[str, list[str]], degree: dict[str, int]) -> tuple[dict, list[dict]]:
    """({node: (x, y)}, [{name, x, y, r, count}]) from each node's provinces (the first
    is its group) and its degree (the better connected nearer its group's centre)."""
    members: dict[str, list[str]] = {}
    for node in sorted(provinces):
        members.setdefault(provinces[node][0] if provinces[node] else "", []).append(node)
    where = seats()
    west = min((x for x, _ in where.values()), default=0.0) - 6 * SCALE
    groups = []
    for name in sorted(members, key=lambda n: (n == "", n)):
        x, y = where.get(name, (west, -36 * SCALE))
        groups.append({"name": name, "x": x, "y": y, "r": _radius(len(members[name])), "count": len(members[name])})
    _separate(groups)
    pos = {}
    for g in groups:
        ranked = sorted(members[g["name"]], key=lambda n: (-degree.get(n, 0), n))
        for i, node in enumerate(ranked):
            r, a = SPACING * math.sqrt(i), i * GOLDEN
            pos[node] = (round(g["x"] + r * math.cos(a), 1), round(g["y"] + r * math.sin(a), 1))
        g["x"], g["y"], g["r"] = round(g["x"], 1), round(g["y"], 1), round(g["r"], 1)
    return pos, groups
